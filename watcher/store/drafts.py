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
    " message_id TEXT NOT NULL, written_at TEXT NOT NULL)"
)


class DraftLedger:
    def __init__(self, store: Store) -> None:
        self.store = store
        store.db.execute(_TABLE)

    def all(self) -> dict[str, Recorded]:
        rows = self.store.db.execute(
            "SELECT app_id, marker, account, folder, ref, fingerprint, message_id FROM drafts"
        ).fetchall()
        return {r[0]: Recorded(*r) for r in rows}

    def put(self, rec: Recorded, written_at: str) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec.app_id,
                    rec.marker,
                    rec.account,
                    rec.folder,
                    rec.ref,
                    rec.fingerprint,
                    rec.message_id,
                    written_at,
                ),
            )

    def drop(self, app_id: str) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM drafts WHERE app_id = ?", (app_id,))
