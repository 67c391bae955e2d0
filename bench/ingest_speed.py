"""Ingestion speed, as ratios (never absolute timings in tests).

    python bench/ingest_speed.py [N]          (default N = 2000 messages)

Against a real Dovecot with N generated messages (a tenth interview mail, the
rest newsletters and notifications), it prints:

- headers-first: bodies fetched / messages, and time vs fetching every body;
- incremental: a rescan with nothing new vs the first scan;
- batching: one transaction per batch vs one transaction per message.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.mailgen import make_mail  # noqa: E402
from watcher.app.ingest import parse_batch, scan_account  # noqa: E402
from watcher.config import ImapAccount, Settings  # noqa: E402
from watcher.sources.base import Batch, FolderState, Gate, IsCandidate  # noqa: E402
from watcher.sources.imap import ImapSource  # noqa: E402
from watcher.store.state import Store  # noqa: E402

BULK_BODY = ("Top jobs this week for you!\n\n" + "Senior engineer at a company you may like. " * 400) + "\n"


def corpus(n: int) -> list[tuple[bytes, datetime]]:
    start = datetime.now(UTC) - timedelta(days=60)
    out = []
    for i in range(n):
        when = start + timedelta(minutes=37 * i)
        if i % 10 == 0:
            raw = make_mail(i, date=when)
        else:
            raw = make_mail(
                i,
                date=when,
                subject=f"Weekly digest #{i}",
                sender="Jobs <news@jobsboard.example>",
                body=BULK_BODY,
                extra_headers={
                    "List-Unsubscribe": "<mailto:u@jobsboard.example>",
                    "Precedence": "bulk",
                    "List-Id": "<jobs.example>",
                },
            )
        out.append((raw, when))
    return out


class AllBodies(ImapSource):
    """The IMAP source with the gate open: every message's body is fetched (the cost without the gate)."""

    def sync(self, states: dict[str, FolderState], is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        return super().sync(states, lambda _h: True)


def timed_scan(
    settings: Settings, store: Store, account: ImapAccount, *, all_bodies: bool = False
) -> tuple[float, ImapSource]:
    src = (AllBodies if all_bodies else ImapSource)(account, settings)
    t = time.perf_counter()
    r = scan_account(settings, store, account, source=src)
    assert r.ok, r.error
    return time.perf_counter() - t, src


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with Dovecot.start() as server, tempfile.TemporaryDirectory() as tmp:
        user = server.add_user("bench")
        server.append_many(user, "INBOX", corpus(n))
        account = server.account(user, security="ssl", lookback_days=365)
        settings = Settings(my_addresses=["sam@rivera.example"], accounts=[account], timezone="UTC")

        with Store(Path(tmp) / "a.db") as store:
            first, src = timed_scan(settings, store, account)
            bodies = len(src.stats.body_uids)
            again, src2 = timed_scan(settings, store, account)
        with Store(Path(tmp) / "b.db") as store:
            every, _ = timed_scan(settings, store, account, all_bodies=True)

        print(f"{n} messages in INBOX")
        print(
            f"headers-first: bodies fetched for {bodies}/{n} messages ({bodies / n:.2f}); "
            f"scan time {first / every:.2f}x of fetching every body"
        )
        print(
            f"incremental: rescan with nothing new takes {again / first:.3f}x of the first scan "
            f"({len(src2.stats.header_uids)} headers refetched)"
        )

        # Batching: the same parsed records, one transaction vs one per message.
        src4 = ImapSource(account, settings)
        src4.connect()
        batches = list(src4.sync({}, lambda _h: True))
        src4.close()
        records = [r for b in batches for r in parse_batch("bench", b, settings.my_addresses)[0]]
        with Store(Path(tmp) / "c.db") as store:
            t = time.perf_counter()
            store.write_batch("bench", Batch("INBOX", state=FolderState(1, n)), records)
            one = time.perf_counter() - t
        with Store(Path(tmp) / "d.db") as store:
            t = time.perf_counter()
            for i, rec in enumerate(records):
                store.write_batch("bench", Batch("INBOX", state=FolderState(1, i)), [rec])
            each = time.perf_counter() - t
        print(f"batching: one transaction per message is {each / one:.1f}x slower than one per batch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
