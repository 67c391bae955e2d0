"""The local state: one SQLite file (WAL), 0600 in a 0700 directory.

It holds parsed messages with their raw bytes (the whole message for what
the gate let through, the header block for the rest), so a better parser or
gate can read them again without a download; the mail index that questions
read (watcher.store.mailindex); per-folder sync cursors, the user's marks, the
once-a-day digest record and account health. Never a secret.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.core.records import Address, BulkMarkers, CalendarEvent, Message
from watcher.core.versions import GATE_VERSION
from watcher.errors import StoreError
from watcher.sources.base import Batch, FolderState
from watcher.store.records import AccountStatus, DigestRecord, DigestStatus, MarkField, instant, mark_fields

if TYPE_CHECKING:  # applications loads the whole reader: a scan with nothing new never needs it
    from watcher.core.applications import Mark

log = logging.getLogger(__name__)

# Bump when the shape of stored records changes: old rows are re-parsed from raw.
RECORD_VERSION = 2  # 2: names, subjects and text cleaned of control characters (watcher.core.safetext)

# A reset renames each row it marks stale to _STALE + rowid + "/" + uid. No source's uid
# holds a "/" (IMAP UIDs and Gmail ids are numbers, Maildir keys are file names), so a
# stale row never stands in the way of the new UIDs, nor is matched by one.
_STALE = "/stale/"

_MIGRATIONS: list[str | tuple[str, ...]] = [
    # 1: the first schema
    """
    CREATE TABLE folders (
        account TEXT NOT NULL, folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL DEFAULT 0, last_uid INTEGER NOT NULL DEFAULT 0,
        highestmodseq INTEGER NOT NULL DEFAULT 0, extra TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE messages (
        account TEXT NOT NULL, folder TEXT NOT NULL, uid TEXT NOT NULL,
        message_id TEXT NOT NULL, date TEXT NOT NULL,
        headers_only INTEGER NOT NULL DEFAULT 0,
        raw BLOB, record TEXT NOT NULL, record_version INTEGER NOT NULL,
        stale INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, folder, uid)
    );
    CREATE INDEX messages_by_mid ON messages (account, folder, message_id);
    CREATE TABLE marks (
        app_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
        employer TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
        PRIMARY KEY (app_id, field)
    );
    CREATE TABLE digests (
        day TEXT PRIMARY KEY, message_id TEXT NOT NULL, status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, sent_at TEXT, error TEXT,
        snapshot TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE account_status (
        account TEXT PRIMARY KEY, ok INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '',
        since TEXT NOT NULL, last_scan TEXT
    );
    """,
    # 2: the digest's subject and how it went out (for `digest` and `status` to report)
    """
    ALTER TABLE digests ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    ALTER TABLE digests ADD COLUMN deliver TEXT NOT NULL DEFAULT ''
    """,
    # 3: the mail index (see watcher.core.candidates): questions read the interview mail, not the mailbox.
    # A state from before is indexed on first use, from the stored records (no download).
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE mail_index (message_id TEXT PRIMARY KEY, conv TEXT NOT NULL,"
        " seed INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX mail_index_by_conv ON mail_index (conv)",
        "CREATE INDEX mail_index_seeds ON mail_index (conv) WHERE seed=1",
        "CREATE TABLE thread_nodes (node TEXT PRIMARY KEY, conv TEXT NOT NULL)",
        "CREATE INDEX thread_nodes_by_conv ON thread_nodes (conv)",
        "CREATE TABLE index_tokens (token TEXT NOT NULL, message_id TEXT NOT NULL,"
        " PRIMARY KEY (token, message_id)) WITHOUT ROWID",
        "CREATE INDEX index_tokens_by_message ON index_tokens (message_id)",
        "CREATE TABLE owner_names (word TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TABLE index_gone (message_id TEXT PRIMARY KEY) WITHOUT ROWID",
        "ALTER TABLE messages ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX messages_unindexed ON messages (indexed) WHERE indexed=0",
        "CREATE INDEX messages_by_message_id ON messages (message_id)",
        # A deleted row may leave its Message-ID without any copy: the index checks those.
        "CREATE TRIGGER messages_deleted AFTER DELETE ON messages BEGIN"
        " INSERT OR IGNORE INTO index_gone (message_id) VALUES (old.message_id); END",
    ),
    # 4: which version of the gate (watcher.core.gate) left a message without its body
    "ALTER TABLE messages ADD COLUMN gate_version INTEGER NOT NULL DEFAULT 0",
    # 5: what the interview mail says, read once (watcher.store.facts); a state from before has
    # none, and its next scan reads them
    (
        "CREATE TABLE message_facts (message_id TEXT NOT NULL, key TEXT NOT NULL, facts TEXT NOT NULL,"
        " PRIMARY KEY (message_id, key)) WITHOUT ROWID",
    ),
]


def _utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- record <-> JSON --------------------------------------------------------


def _when(d: datetime | None) -> dict[str, str] | None:
    return {"$dt": d.isoformat()} if d is not None else None


def _dt(v: Any) -> datetime | None:
    return datetime.fromisoformat(v["$dt"]) if isinstance(v, dict) and "$dt" in v else None


def _addr(a: Address) -> dict[str, str]:
    return {"name": a.name, "email": a.email}


def _event(e: CalendarEvent) -> dict[str, Any]:
    return {
        "method": e.method, "uid": e.uid, "sequence": e.sequence, "status": e.status, "summary": e.summary,
        "organizer": e.organizer, "start": _when(e.start), "end": _when(e.end), "recurring": e.recurring,
        "partstat": e.partstat,
    }  # fmt: skip


# `json.dumps(d, ensure_ascii=False, separators=(",", ":"))` without building an encoder per record.
# A record is built afresh from a Message, so it holds no cycle for the circular check to find.
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_STRING = encode_basestring  # how that encoder writes a string (ensure_ascii=False)


def _flag(v: object) -> str:
    return "true" if v is True else "false" if v is False else _RECORD_ENCODER.encode(v)


def _optional(v: str | None) -> str:
    return "null" if v is None else _STRING(v)


@lru_cache(maxsize=8192)
def _address_json(a: Address) -> str:
    """`_addr(a)` as the encoder writes it; cached: the owner and their correspondents recur."""
    return '{"name":' + _STRING(a.name) + ',"email":' + _STRING(a.email) + "}"


@lru_cache(maxsize=8192)
def _addresses_json(addresses: tuple[Address, ...]) -> str:
    return "[" + ",".join([_address_json(a) for a in addresses]) + "]"


def _record_json(m: Message) -> str:
    """`_RECORD_ENCODER.encode(_record(m))`, written piece by piece: the same text (strings through the
    encoder's own string writer, nested values through the encoder), with the addresses cached.
    Raises TypeError where a field is not of its declared type (the caller then takes the encoder)."""
    b = m.bulk
    return "".join(
        (
            '{"account":', _STRING(m.account), ',"folder":', _STRING(m.folder), ',"uid":', _STRING(m.uid),
            ',"message_id":', _STRING(m.message_id), ',"in_reply_to":', _optional(m.in_reply_to),
            ',"references":[', ",".join([_STRING(r) for r in m.references]),
            '],"from_":', "null" if m.from_ is None else _address_json(m.from_),
            ',"to":', _addresses_json(m.to), ',"cc":', _addresses_json(m.cc),
            ',"reply_to":', _addresses_json(m.reply_to),
            ',"date":', "null" if m.date is None else '{"$dt":' + _STRING(m.date.isoformat()) + "}",
            ',"subject":', _STRING(m.subject), ',"direction":', _STRING(m.direction),
            ',"bulk":{"list_unsubscribe":', _flag(b.list_unsubscribe), ',"list_id":', _STRING(b.list_id),
            ',"precedence":', _STRING(b.precedence), ',"auto_submitted":', _STRING(b.auto_submitted),
            '},"text":', _STRING(m.text), ',"new_text":', _STRING(m.new_text),
            ',"calendar":[', ",".join([_RECORD_ENCODER.encode(_event(e)) for e in m.calendar]),
            '],"attachments":[', ",".join([_STRING(a) for a in m.attachments]),
            '],"thread_hint":', _optional(m.thread_hint), ',"headers_only":', _flag(m.headers_only), "}",
        )
    )  # fmt: skip


def message_to_json(m: Message) -> str:
    """The record as JSON, written out field by field (a scan stores every message, and a generic
    walk over the dataclass fields cost more than the parse; a test holds the two to the same output)."""
    try:
        return _record_json(m)
    except TypeError:  # a field not of its declared type: the encoder writes whatever it is
        return _RECORD_ENCODER.encode(_record(m))


def _record(m: Message) -> dict[str, Any]:
    """The record as a dict, for the encoder."""
    b = m.bulk
    d = {
        "account": m.account, "folder": m.folder, "uid": m.uid, "message_id": m.message_id,
        "in_reply_to": m.in_reply_to, "references": list(m.references),
        "from_": _addr(m.from_) if m.from_ is not None else None,
        "to": [_addr(a) for a in m.to], "cc": [_addr(a) for a in m.cc],
        "reply_to": [_addr(a) for a in m.reply_to], "date": _when(m.date),
        "subject": m.subject, "direction": m.direction,
        "bulk": {"list_unsubscribe": b.list_unsubscribe, "list_id": b.list_id, "precedence": b.precedence,
                 "auto_submitted": b.auto_submitted},
        "text": m.text, "new_text": m.new_text, "calendar": [_event(e) for e in m.calendar],
        "attachments": list(m.attachments), "thread_hint": m.thread_hint, "headers_only": m.headers_only,
    }  # fmt: skip
    return d


def message_from_json(s: str) -> Message:
    d = json.loads(s)

    def addr(x: Any) -> Address | None:
        return Address(**x) if x else None

    def addrs(xs: Any) -> tuple[Address, ...]:
        return tuple(Address(**x) for x in xs or ())

    cal = tuple(
        CalendarEvent(**{**c, "start": _dt(c.get("start")), "end": _dt(c.get("end"))})
        for c in d.get("calendar", ())
    )
    when = _dt(d["date"])
    assert when is not None
    return Message(
        account=d["account"],
        folder=d["folder"],
        uid=d["uid"],
        message_id=d["message_id"],
        in_reply_to=d.get("in_reply_to"),
        references=tuple(d.get("references", ())),
        from_=addr(d.get("from_")),
        to=addrs(d.get("to")),
        cc=addrs(d.get("cc")),
        reply_to=addrs(d.get("reply_to")),
        date=when,
        subject=d.get("subject", ""),
        direction=d.get("direction", "received"),
        bulk=BulkMarkers(**d.get("bulk", {})),
        text=d.get("text", ""),
        new_text=d.get("new_text", ""),
        calendar=cal,
        attachments=tuple(d.get("attachments", ())),
        thread_hint=d.get("thread_hint"),
        headers_only=bool(d.get("headers_only", False)),
    )


# --- the store --------------------------------------------------------------


def _secure_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # not ours to change (e.g. /tmp): leave it
        if path.stat().st_uid == os.getuid():
            os.chmod(path, 0o700)


class Store:
    """Thin wrapper over sqlite3; every write method is one transaction."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            if str(self.path) != ":memory:":
                _secure_dir(self.path.parent)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                os.close(fd)
                os.chmod(self.path, 0o600)
            self.db = sqlite3.connect(
                str(self.path), timeout=30, isolation_level=None, check_same_thread=False
            )
            self._wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open the state database: {e}") from None
        except OSError as e:
            raise StoreError(f"{self.path}: cannot create the state database: {e.strerror}") from None

    def _wal(self) -> None:
        """Switch to WAL. On a new file opened by two processes at once, the switch answers
        "database is locked" without waiting; the other side's switch settles it, so try again."""
        for attempt in range(100):
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == 99:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(_MIGRATIONS):
            raise StoreError(
                f"{self.path}: written by a newer interview-watcher "
                f"(schema {version}, this one knows {len(_MIGRATIONS)})"
            )
        for i in range(version, len(_MIGRATIONS)):
            migration = _MIGRATIONS[i]
            statements = migration.split(";") if isinstance(migration, str) else migration
            with self.transaction() as db:
                if db.execute("PRAGMA user_version").fetchone()[0] > i:
                    continue  # another process opened the same new file at the same time and migrated it
                for stmt in statements:
                    if stmt.strip():
                        db.execute(stmt)
                db.execute(f"PRAGMA user_version = {i + 1}")
        # WAL and SHM files must not be more open than the database itself.
        for suffix in ("-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            with contextlib.suppress(OSError):
                os.chmod(p, 0o600)

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # --- folders ----------------------------------------------------------

    def folder_states(self, account: str) -> dict[str, FolderState]:
        rows = self.db.execute(
            "SELECT folder, uidvalidity, last_uid, highestmodseq, extra FROM folders WHERE account=?",
            (account,),
        )
        return {r[0]: FolderState(r[1], r[2], r[3], r[4]) for r in rows}

    # --- messages ---------------------------------------------------------

    def write_batch(
        self,
        account: str,
        batch: Batch,
        records: Sequence[tuple[Message, bytes]],
        *,
        index: Callable[[sqlite3.Connection], None] | None = None,
    ) -> tuple[int, int]:
        """Store one fetched batch and the folder's new cursor atomically.

        Returns (new, changed). A reset marks the folder's rows stale and moves
        their uids aside (see _STALE), so the new UIDs never collide with old
        rows of other messages; re-read messages then find their old row by
        Message-ID (neither new nor changed when only the UID moved) and marks
        (keyed by application, not UID) survive. `done` drops the stale rows
        nobody claimed: mail that is gone.

        `index`, when given, indexes the records in the same transaction (see
        `MailIndex.index_in`), and the rows are stored as indexed: one commit a
        batch, which on a first scan of a big mailbox is most of the disk's work.
        """
        new = changed = 0
        folder = batch.folder
        with self.transaction() as db:
            db.execute("DELETE FROM meta WHERE key=?", (f"total:{account}",))  # see message_total
            if batch.reset:
                db.execute(
                    "UPDATE messages SET stale=1, uid=? || rowid || '/' || uid"
                    " WHERE account=? AND folder=? AND stale=0",
                    (_STALE, account, folder),
                )
            gone = list(batch.removed_uids)
            if batch.present_uids is not None:
                live = db.execute(
                    "SELECT uid FROM messages WHERE account=? AND folder=? AND stale=0", (account, folder)
                )
                gone += [uid for (uid,) in live if uid not in batch.present_uids]
            deleted = 0
            for uid in gone:
                deleted += db.execute(
                    "DELETE FROM messages WHERE account=? AND folder=? AND uid=?", (account, folder, uid)
                ).rowcount
            if deleted:
                log.info(
                    "%s/%s: %d message(s) deleted on the server, removed from the state",
                    account,
                    folder,
                    deleted,
                )
            existing = self._existing_rows(db, account, folder, records)
            stale_uids: set[str] = set()
            rows = []
            for msg, raw in records:
                old = existing.get(("mid", msg.message_id)) or existing.get(("uid", msg.uid))
                encoded = message_to_json(msg)
                if old is not None:
                    old_uid, old_record = old
                    stale_uids.update((old_uid, msg.uid))
                    was_uid = old_uid.rpartition("/")[2]  # a stale row's uid as it was stored
                    same = old_record == (
                        encoded
                        if was_uid == msg.uid
                        else message_to_json(dataclasses.replace(msg, uid=was_uid))
                    )
                    changed += not same  # a UID move alone is not a change
                else:
                    new += 1
                rows.append((
                    account, folder, msg.uid, msg.message_id, msg.date.astimezone(UTC).isoformat(),
                    int(msg.headers_only), raw, encoded, RECORD_VERSION,
                ))  # fmt: skip
            db.executemany(
                "DELETE FROM messages WHERE account=? AND folder=? AND uid=?",
                [(account, folder, uid) for uid in stale_uids],
            )
            db.executemany(
                "INSERT OR REPLACE INTO messages (account, folder, uid, message_id, date, headers_only, raw,"
                " record, record_version, stale, gate_version, indexed)"
                f" VALUES (?,?,?,?,?,?,?,?,?,0,{GATE_VERSION},{int(index is not None)})",
                rows,
            )
            if index is not None:
                index(db)
            if batch.done:
                dropped = db.execute(
                    "DELETE FROM messages WHERE account=? AND folder=? AND stale=1", (account, folder)
                ).rowcount
                if dropped:
                    log.info(
                        "%s/%s: re-read complete; %d message(s) no longer there, removed",
                        account,
                        folder,
                        dropped,
                    )
            s = batch.state
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, highestmodseq, extra, updated_at)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(account, folder) DO UPDATE SET"
                " uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid,"
                " highestmodseq=excluded.highestmodseq, extra=excluded.extra, updated_at=excluded.updated_at",
                (account, folder, s.uidvalidity, s.last_uid, s.highestmodseq, s.extra, _utcnow()),
            )
        return new, changed

    @staticmethod
    def _existing_rows(
        db: sqlite3.Connection, account: str, folder: str, records: Sequence[tuple[Message, bytes]]
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """Stored rows matching the batch by UID or Message-ID, in one query per 400 records.

        Keys are ("uid", uid) and ("mid", message_id); a live row wins over a stale one.
        """
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for i in range(0, len(records), 400):
            chunk = records[i : i + 400]
            uids = [m.uid for m, _ in chunk]
            mids = [m.message_id for m, _ in chunk]
            marks = ",".join("?" * len(chunk))
            # Two indexed lookups (an OR of two IN lists makes SQLite scan the folder's rows).
            rows = db.execute(
                f"SELECT uid, message_id, record, stale FROM messages WHERE account=? AND folder=?"
                f" AND uid IN ({marks}) UNION ALL"
                f" SELECT uid, message_id, record, stale FROM messages WHERE account=? AND folder=?"
                f" AND message_id IN ({marks}) ORDER BY stale DESC",
                (account, folder, *uids, account, folder, *mids),
            )
            for uid, mid, record, _stale in rows:  # live rows come last and overwrite stale ones
                found[("uid", uid)] = (uid, record)
                found[("mid", mid)] = (uid, record)
        return found

    def message_total(self, account: str) -> int:
        """`count_messages(account)`, kept between writes: a rescan with nothing new reads one row
        instead of counting 100,000 (every write of the account's rows drops the kept figure)."""
        key = f"total:{account}"
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        if row is not None:
            return int(row[0])
        with self.transaction() as db:  # counted and kept in one go: no write slips in between
            total = int(db.execute("SELECT count(*) FROM messages WHERE account=?", (account,)).fetchone()[0])
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?,?)", (key, str(total)))
        return total

    def count_messages(self, account: str | None = None) -> int:
        if account is None:
            return int(self.db.execute("SELECT count(*) FROM messages").fetchone()[0])
        return int(self.db.execute("SELECT count(*) FROM messages WHERE account=?", (account,)).fetchone()[0])

    def messages(self, *, accounts: Iterable[str] | None = None) -> list[Message]:
        """Every stored message, each row once (threading dedupes across folders)."""
        sql = "SELECT record, account, folder, uid FROM messages"
        args: tuple[Any, ...] = ()
        if accounts is not None:
            names = list(accounts)
            sql += f" WHERE account IN ({','.join('?' * len(names))})"
            args = tuple(names)
        out = []
        for record, account, folder, uid in self.db.execute(sql + " ORDER BY date", args):
            try:
                out.append(message_from_json(record))
            except (ValueError, KeyError, TypeError) as e:
                log.warning(
                    "%s/%s uid %s: stored record unreadable (%s); rescan to refresh", account, folder, uid, e
                )
        return out

    def outdated_records(self, limit: int) -> list[tuple[int, str, str, str, bytes, bool, str]]:
        """Rows a newer parser must read again from their stored bytes: (rowid, account, folder,
        uid, raw, headers_only, record)."""
        rows = self.db.execute(
            "SELECT rowid, account, folder, uid, raw, headers_only, record FROM messages"
            " WHERE record_version < ? AND raw IS NOT NULL LIMIT ?",
            (RECORD_VERSION, limit),
        ).fetchall()
        return [(r[0], r[1], r[2], r[3], bytes(r[4]), bool(r[5]), r[6]) for r in rows]

    def count_outdated_records(self) -> int:
        if self.meta("records") == str(RECORD_VERSION):
            return 0  # every row was read by this version already: no need to look
        n = int(
            self.db.execute(
                "SELECT count(*) FROM messages WHERE record_version < ? AND raw IS NOT NULL",
                (RECORD_VERSION,),
            ).fetchone()[0]
        )
        if n == 0:
            self._set_meta("records", str(RECORD_VERSION))
        return n

    def meta(self, key: str) -> str | None:
        """A value of the state's own bookkeeping (versions of what was read and indexed)."""
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else None

    def _set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?,?)", (key, value))

    def replace_records(self, rows: Sequence[tuple[int, str | None]]) -> None:
        """New records for re-read rows (None: unreadable now, kept as it was); they are indexed again."""
        with self.transaction() as db:
            for rowid, record in rows:
                if record is None:
                    db.execute("UPDATE messages SET record_version=? WHERE rowid=?", (RECORD_VERSION, rowid))
                else:
                    db.execute(
                        "UPDATE messages SET record=?, record_version=?, indexed=0 WHERE rowid=?",
                        (record, RECORD_VERSION, rowid),
                    )

    def ungated_headers(self, account: str) -> list[tuple[str, str, bytes]]:
        """Header-only rows an older gate (or none) ruled out: (folder, uid, header block)."""
        if self.meta(f"gate:{account}") == str(GATE_VERSION):
            return []  # all of this account's mail was seen by this gate
        rows = self.db.execute(
            "SELECT folder, uid, raw FROM messages WHERE account=? AND headers_only=1 AND stale=0"
            " AND gate_version < ? AND raw IS NOT NULL",
            (account, GATE_VERSION),
        ).fetchall()
        return [(f, u, bytes(r)) for f, u, r in rows]

    def mark_gated(self, account: str) -> None:
        """Every header-only row of the account has been seen by this version of the gate."""
        if self.meta(f"gate:{account}") == str(GATE_VERSION):
            return  # nothing older to mark: a rescan must not walk every row to learn that
        with self.transaction() as db:
            db.execute(
                "UPDATE messages SET gate_version=? WHERE account=? AND headers_only=1 AND gate_version < ?",
                (GATE_VERSION, account, GATE_VERSION),
            )
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?,?)",
                (f"gate:{account}", str(GATE_VERSION)),
            )

    def raw_messages(self) -> Iterator[tuple[str, str, str, bytes | None, bool]]:
        yield from self.db.execute("SELECT account, folder, uid, raw, headers_only FROM messages")

    def forget_account(self, account: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM messages WHERE account=?", (account,))
            db.execute("DELETE FROM folders WHERE account=?", (account,))
            db.execute("DELETE FROM meta WHERE key=?", (f"total:{account}",))

    # --- marks ------------------------------------------------------------

    def add_mark(self, app_id: str, mark: Mark, employer: str = "") -> None:
        """Record what `mark` sets (one row a field); what it leaves unset stays as it was."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO marks (app_id, field, value, employer, created_at) VALUES (?,?,?,?,?)",
                [(app_id, f, value, employer, _utcnow()) for f, value in mark_fields(mark).items()],
            )

    def clear_marks(self, app_id: str, fields: Iterable[MarkField] | None = None) -> None:
        with self.transaction() as db:
            if fields is None:
                db.execute("DELETE FROM marks WHERE app_id=?", (app_id,))
            else:
                for f in fields:
                    db.execute("DELETE FROM marks WHERE app_id=? AND field=?", (app_id, f))

    def marks(self) -> dict[str, Mark]:
        """Every application's marks; fields this version cannot read are ignored."""
        from watcher.core.applications import Mark

        rows: dict[str, dict[str, str]] = {}
        for app_id, field, value in self.db.execute("SELECT app_id, field, value FROM marks"):
            rows.setdefault(app_id, {})[field] = value
        return {app_id: Mark.from_fields(fields) for app_id, fields in rows.items()}

    def marked_employers(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT app_id, employer FROM marks WHERE employer != ''"))

    # --- digests ----------------------------------------------------------

    def digest_record(self, day: date) -> DigestRecord | None:
        row = self.db.execute(
            "SELECT day, message_id, status, attempts, sent_at, error, snapshot, subject, deliver"
            " FROM digests WHERE day=?",
            (day.isoformat(),),
        ).fetchone()
        return DigestRecord.from_row(row) if row is not None else None

    def record_digest(
        self,
        day: date,
        message_id: str,
        status: DigestStatus,
        *,
        error: str = "",
        snapshot: dict[str, str] | None = None,
        subject: str = "",
        deliver: str = "",
        count_attempt: bool = True,
    ) -> None:
        """One phase of an attempt (see `DigestStatus`); `count_attempt`: a new attempt starts."""
        inc = 1 if count_attempt else 0
        with self.transaction() as db:
            db.execute(
                "INSERT INTO digests (day, message_id, status, attempts, sent_at, error, snapshot, subject, deliver)"
                " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(day) DO UPDATE SET message_id=excluded.message_id,"
                " status=excluded.status, attempts=digests.attempts+?, sent_at=excluded.sent_at,"
                " error=excluded.error, snapshot=excluded.snapshot, subject=excluded.subject,"
                " deliver=excluded.deliver",
                (
                    day.isoformat(),
                    message_id,
                    str(status),
                    inc,
                    _utcnow() if status == DigestStatus.SENT else None,
                    error,
                    json.dumps(snapshot or {}),
                    subject,
                    deliver,
                    inc,
                ),
            )

    def last_sent_digest(self, before: date | None = None) -> DigestRecord | None:
        sql = f"SELECT day FROM digests WHERE status='{DigestStatus.SENT}'"
        args: tuple[Any, ...] = ()
        if before is not None:
            sql += " AND day < ?"
            args = (before.isoformat(),)
        row = self.db.execute(sql + " ORDER BY day DESC LIMIT 1", args).fetchone()
        return self.digest_record(date.fromisoformat(row[0])) if row else None

    def failed_digests(self, status: DigestStatus = DigestStatus.FAILED) -> list[DigestRecord]:
        """Records with this status (FAILED or MAYBE_SENT), oldest first."""
        days = [
            r[0]
            for r in self.db.execute("SELECT day FROM digests WHERE status=? ORDER BY day", (str(status),))
        ]
        return [r for d in days if (r := self.digest_record(date.fromisoformat(d))) is not None]

    # --- account health ---------------------------------------------------

    def set_account_status(self, account: str, ok: bool, error: str = "") -> bool:
        """Record health; returns True when it changed (so callers log transitions only)."""
        with self.transaction() as db:
            row = db.execute("SELECT ok, error FROM account_status WHERE account=?", (account,)).fetchone()
            now = _utcnow()
            changed = row is None or bool(row[0]) != ok or (not ok and row[1] != error)
            if changed:
                db.execute(
                    "INSERT OR REPLACE INTO account_status (account, ok, error, since, last_scan)"
                    " VALUES (?,?,?,?,?)",
                    (account, int(ok), error, now, now),
                )
            else:
                db.execute("UPDATE account_status SET last_scan=? WHERE account=?", (now, account))
            return changed

    def account_statuses(self) -> dict[str, AccountStatus]:
        rows = self.db.execute("SELECT account, ok, error, since, last_scan FROM account_status")
        return {r[0]: AccountStatus(r[0], bool(r[1]), r[2] or "", instant(r[3]), instant(r[4])) for r in rows}
