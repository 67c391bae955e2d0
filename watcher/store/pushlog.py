"""What each push service was told, per day: "at most one notice per item per day" across restarts.

One small table in the state database (so it has the state's 0600 mode and survives restarts).
It is created on first use rather than by a schema migration: a state that never pushes has
no such table, and the table holds nothing a later version must convert. A service is named
by a hash of its URL, never the URL (its tokens stay in the config file).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from watcher.store.state import Store

#: Rows older than this are dropped as new ones are written (only today's are ever read).
KEEP_DAYS = 14


def target_key(url: str) -> str:
    """A push service as the state knows it: the same URL, the same key; the URL is not kept."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:24]


class PushLog:
    """The `pushed` table: (day, target, item) rows; a row means "told, or being told"."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.db.execute(
            "CREATE TABLE IF NOT EXISTS pushed (day TEXT NOT NULL, target TEXT NOT NULL,"
            " item TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (day, target, item)) WITHOUT ROWID"
        )

    def told(self, day: date, target: str) -> set[str]:
        rows = self.store.db.execute(
            "SELECT item FROM pushed WHERE day=? AND target=?", (day.isoformat(), target)
        )
        return {r[0] for r in rows}

    def claim(self, day: date, target: str, items: Iterable[str]) -> list[str]:
        """Record `items` as told before sending (at most once, even if the process dies while
        sending); returns those not already claimed, which are the ones to tell."""
        now = datetime.now(UTC)
        claimed = []
        with self.store.transaction() as db:
            for item in items:
                cur = db.execute(
                    "INSERT OR IGNORE INTO pushed (day, target, item, at) VALUES (?,?,?,?)",
                    (day.isoformat(), target, item, now.isoformat(timespec="seconds")),
                )
                if cur.rowcount:
                    claimed.append(item)
            db.execute("DELETE FROM pushed WHERE day < ?", ((day - timedelta(days=KEEP_DAYS)).isoformat(),))
        return claimed

    def release(self, day: date, target: str, items: Iterable[str]) -> None:
        """The notice did not go out: these items are told with the next one."""
        with self.store.transaction() as db:
            db.executemany(
                "DELETE FROM pushed WHERE day=? AND target=? AND item=?",
                [(day.isoformat(), target, item) for item in items],
            )
