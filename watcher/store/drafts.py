"""The drafts this program wrote: where each is, and a fingerprint of what it wrote.

One row per application (one draft at a time). The row outlives the draft: a
draft the owner sent or deleted is not written again for the same thing, across
restarts and accounts. The table lives in the state database, created on first
use (no schema migration, so that turning drafts on is the only change).
"""

from __future__ import annotations

from watcher.core.drafts import Recorded
from watcher.store.state import Store

_TABLE = (
    "CREATE TABLE IF NOT EXISTS drafts (app_id TEXT PRIMARY KEY, marker TEXT NOT NULL,"
    " account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL, fingerprint TEXT NOT NULL,"
    " message_id TEXT NOT NULL, written_at TEXT NOT NULL, link TEXT NOT NULL DEFAULT '',"
    " edited INTEGER NOT NULL DEFAULT 0, no_recipient INTEGER NOT NULL DEFAULT 0)"
)


GONE = "gone"


class DraftLedger:
    def __init__(self, store: Store) -> None:
        self.store = store
        store.db.execute(_TABLE)

    def all(self) -> dict[str, Recorded]:
        rows = self.store.db.execute(
            "SELECT app_id, marker, account, folder, ref, fingerprint, message_id, link, edited, no_recipient"
            " FROM drafts"
        ).fetchall()
        return {
            r[0]: Recorded(
                app_id=r[0],
                marker=r[1],
                account=r[2],
                folder=r[3],
                ref=r[4],
                fingerprint=r[5],
                message_id=r[6],
                link=r[7],
                edited=bool(r[8]),
                no_recipient=bool(r[9]),
            )
            for r in rows
        }

    def put(self, rec: Recorded, written_at: str) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec.app_id,
                    rec.marker,
                    rec.account,
                    rec.folder,
                    rec.ref,
                    rec.fingerprint,
                    rec.message_id,
                    written_at,
                    rec.link,
                    int(rec.edited),
                    int(rec.no_recipient),
                ),
            )

    def mark_gone(self, app_id: str) -> None:
        """The draft left the mailbox (sent or deleted) but the same one is still wanted: keep the
        row, so it is not written again, and say it no longer waits there."""
        with self.store.transaction() as db:
            db.execute("UPDATE drafts SET fingerprint = ? WHERE app_id = ?", (GONE, app_id))

    def waiting(self) -> dict[str, Recorded]:
        """The drafts that wait in a mailbox now (as far as the last run saw)."""
        return {k: r for k, r in self.all().items() if r.fingerprint != GONE}

    def seen(self, app_id: str, *, link: str, edited: bool) -> None:
        """What the last run saw of a draft that stays: its link now, and whether the owner edited it."""
        with self.store.transaction() as db:
            db.execute("UPDATE drafts SET link = ?, edited = ? WHERE app_id = ?", (link, int(edited), app_id))

    def drop(self, app_id: str) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM drafts WHERE app_id = ?", (app_id,))
