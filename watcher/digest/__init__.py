"""The morning digest: what to do today, in one email, at most once a day.

outcome = run_digest(settings, store, now)          # the daemon's call
prepared = prepare_digest(settings, store, now)     # text + HTML, no side effects
"""

from __future__ import annotations

from watcher.digest.run import DigestOutcome, PreparedDigest, prepare_digest, run_digest

__all__ = ["DigestOutcome", "PreparedDigest", "prepare_digest", "run_digest"]
