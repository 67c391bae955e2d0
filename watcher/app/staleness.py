"""Whether the state can be trusted: never scanned, or an account failing since a time.

`status` and `digest` read the state, not the mailbox; when the state is empty or
out of date they must say so above what they show, not present it as the truth.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from watcher.config import Settings
from watcher.store.state import Store

Kind = Literal["never_scanned", "account_never_scanned", "account_failing"]

NEVER_SCANNED = "never scanned: run `interview-watcher scan` (nothing below comes from your mail yet)"


@dataclass(frozen=True, slots=True)
class Notice:
    kind: Kind
    text: str
    account: str | None = None
    since: datetime | None = None
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "account": self.account,
            "since": self.since.isoformat() if self.since else None,
            "error": self.error or None,
            "text": self.text,
        }


def state_notices(settings: Settings, store: Store) -> list[Notice]:
    """One notice when no configured account was ever scanned; otherwise one per account
    that was never scanned or whose last scan failed (with since when)."""
    statuses = store.account_statuses()
    names = [a.name for a in settings.accounts]
    if not any(n in statuses for n in names):
        return [Notice("never_scanned", NEVER_SCANNED)]
    tz = settings.tz
    out: list[Notice] = []
    for name in names:
        st = statuses.get(name)
        if st is None:
            out.append(
                Notice(
                    "account_never_scanned",
                    f"{name}: never scanned: run `interview-watcher scan`; its mail is missing below",
                    name,
                )
            )
        elif not st.ok:
            since = st.since
            when = f" since {since.astimezone(tz):%a %-d %b %H:%M}" if since else ""
            error = " ".join((st.error or "unknown error").split())
            error = error if len(error) <= 200 else error[:199] + "…"
            out.append(
                Notice(
                    "account_failing",
                    f"{name}: failing{when}: {error}; its news may be missing below",
                    name,
                    since,
                    error,
                )
            )
    return out
