"""The mail index in the state: conversations kept as mail arrives, and the few facts a question needs.

Each stored message is indexed once (`refresh`): its Message-ID joins a
conversation through its thread keys (a union-find kept in `thread_nodes`),
and `mail_index` / `index_tokens` keep whether it is a seed and who is on its
other side (see `watcher.core.candidates`). `interview_mail` then reads the
conversations with a seed, closes them over shared organisations and people,
and returns only those messages: the cost of a question follows the interview
mail, not the mailbox.

The index is derived data. It is rebuilt from the stored records, with no
download, when its version or `my_addresses` change; a deleted row re-threads
the conversation it was in. Conversations here may be larger than the
pipeline's own (every copy's links count), never smaller, so the pipeline,
which threads and groups what it is given again, answers as over all mail.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from watcher.core.records import Message
from watcher.core.versions import INDEX_VERSION
from watcher.store.state import Store, message_from_json

if TYPE_CHECKING:  # the reader behind them loads when there is mail to index or a question to answer
    from watcher.core.candidates import IndexFacts

log = logging.getLogger(__name__)

CHUNK = 500  # rows indexed per transaction
_MAX_ROUNDS = 8  # closing over tokens: a handful of rounds reach the fixpoint in practice
_SQL_VARS = 500  # values bound in one IN (...) list

Progress = Callable[[int, int], None]
"""progress(indexed so far, to index in all)"""


def _fingerprint(my_addresses: Collection[str]) -> str:
    mine = sorted({a.strip().lower() for a in my_addresses})
    return hashlib.sha256(json.dumps([INDEX_VERSION, mine]).encode()).hexdigest()[:16]


def _chunks(items: Sequence[str], size: int = _SQL_VARS) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class MailIndex:
    """The index of one store, for one set of `my_addresses`."""

    def __init__(self, store: Store, my_addresses: Collection[str]) -> None:
        self.store = store
        self.db = store.db
        self.my_addresses = [a.strip().lower() for a in my_addresses]
        self.fingerprint = _fingerprint(self.my_addresses)

    # --- keeping it current ------------------------------------------------------------

    def pending(self) -> int:
        """Rows not indexed yet (all of them after an upgrade or a change of my_addresses)."""
        if self._stale():
            return int(self.db.execute("SELECT count(*) FROM messages").fetchone()[0])
        return int(self.db.execute("SELECT count(*) FROM messages WHERE indexed=0").fetchone()[0])

    def _stale(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key='index'").fetchone()
        return row is None or row[0] != self.fingerprint

    def _reset_if_stale(self) -> None:
        """A new index version or other my_addresses: everything is indexed again (from the stored records)."""
        if self._stale():
            with self.store.transaction() as db:
                for table in ("mail_index", "thread_nodes", "index_tokens", "owner_names", "index_gone"):
                    db.execute(f"DELETE FROM {table}")
                db.execute("UPDATE messages SET indexed=0")
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('index', ?)", (self.fingerprint,)
                )

    def index_in(
        self, messages: Sequence[Message], facts: Sequence[IndexFacts]
    ) -> Callable[[sqlite3.Connection], None]:
        """What `Store.write_batch(index=...)` runs inside the batch's transaction: the batch indexed
        with the rows themselves. Call it before the transaction (it may reset a stale index)."""
        self._reset_if_stale()
        mids = [m.message_id for m in messages]

        def run(db: sqlite3.Connection) -> None:
            self._add_many(db, mids, facts)

        return run

    def refresh(self, progress: Progress | None = None) -> int:
        """Index what is new, forget what is gone; returns how many rows were read."""
        self._reset_if_stale()
        self._forget_gone()
        total = int(self.db.execute("SELECT count(*) FROM messages WHERE indexed=0").fetchone()[0])
        done = 0
        if total == 0:
            return done  # a rescan with nothing new: no reader to load
        from watcher.core.candidates import index_facts

        while True:
            rows = self.db.execute(
                "SELECT rowid, record FROM messages WHERE indexed=0 LIMIT ?", (CHUNK,)
            ).fetchall()
            if not rows:
                break
            mids: list[str] = []
            facts: list[IndexFacts] = []
            for rowid, record in rows:
                try:
                    msg = message_from_json(record)
                except (ValueError, KeyError, TypeError) as e:
                    log.warning("stored row %s unreadable (%s); not indexed", rowid, e)
                else:
                    mids.append(msg.message_id)
                    facts.append(index_facts(msg, self.my_addresses))
            with self.store.transaction() as db:
                self._add_many(db, mids, facts)
                db.executemany("UPDATE messages SET indexed=1 WHERE rowid=?", [(r,) for r, _ in rows])
            done += len(rows)
            if progress is not None:
                progress(done, total)
        return done

    def _add_many(self, db: sqlite3.Connection, mids: Sequence[str], facts: Sequence[IndexFacts]) -> None:
        """Thread a batch into the stored conversations and record its facts, a few statements in all.

        A union-find over the batch's thread keys and the conversations those keys
        already belong to: each group of linked keys becomes one conversation,
        named by the smallest existing name it takes in (else its first message's
        own key), and the conversations it joins are renamed to it.
        """
        if not mids:
            return
        nodes = sorted({n for f in facts for n in f.nodes})
        existing: dict[str, str] = {}
        for chunk in _chunks(nodes):
            existing.update(
                db.execute(
                    f"SELECT node, conv FROM thread_nodes WHERE node IN ({_marks(len(chunk))})", tuple(chunk)
                ).fetchall()
            )
        parent: dict[str, str] = {}

        def find(key: str) -> str:
            root = key
            while parent.get(root, root) != root:
                root = parent[root]
            while parent.get(key, key) != root:
                parent[key], key = root, parent[key]
            return root

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        old_convs = set(existing.values())
        for f in facts:
            own = f.nodes[0]
            for n in f.nodes:
                union(own, n)
                if n in existing:
                    union(own, "conv\x00" + existing[n])
        # Name each group: the smallest existing conversation in it, else its first message's own key.
        names: dict[str, str] = {}
        for conv in sorted(old_convs):
            names.setdefault(find("conv\x00" + conv), conv)
        for f in facts:
            names.setdefault(find(f.nodes[0]), f.nodes[0])
        renames = [
            (names[find("conv\x00" + conv)], conv)
            for conv in old_convs
            if names[find("conv\x00" + conv)] != conv
        ]
        for target, other in renames:
            db.execute("UPDATE thread_nodes SET conv=? WHERE conv=?", (target, other))
            db.execute("UPDATE mail_index SET conv=? WHERE conv=?", (target, other))
        db.executemany(
            "INSERT OR REPLACE INTO thread_nodes (node, conv) VALUES (?,?)",
            [(n, names[find(n)]) for n in nodes],
        )
        db.executemany(
            "INSERT INTO mail_index (message_id, conv, seed) VALUES (?,?,?) ON CONFLICT(message_id)"
            " DO UPDATE SET conv=excluded.conv, seed=max(seed, excluded.seed)",
            [(mid, names[find(f.nodes[0])], int(f.seed)) for mid, f in zip(mids, facts, strict=True)],
        )
        db.executemany(
            "INSERT OR IGNORE INTO index_tokens (token, message_id) VALUES (?,?)",
            [(t, mid) for mid, f in zip(mids, facts, strict=True) for t in f.tokens],
        )
        words = sorted({w for f in facts for w in f.owner_names})
        db.executemany("INSERT OR IGNORE INTO owner_names (word) VALUES (?)", [(w,) for w in words])

    def _forget_gone(self) -> None:
        """Message-IDs whose last stored copy was deleted leave the index; their conversations are
        threaded again from what remains (a deleted message may have been the only link)."""
        gone = [mid for (mid,) in self.db.execute("SELECT message_id FROM index_gone")]
        if not gone:
            return
        with self.store.transaction() as db:
            still = {
                mid
                for chunk in _chunks(gone)
                for (mid,) in db.execute(
                    f"SELECT DISTINCT message_id FROM messages WHERE message_id IN ({_marks(len(chunk))})",
                    tuple(chunk),
                )
            }
            vanished = [mid for mid in gone if mid not in still]
            convs = sorted(
                {
                    conv
                    for chunk in _chunks(vanished)
                    for (conv,) in db.execute(
                        f"SELECT DISTINCT conv FROM mail_index WHERE message_id IN ({_marks(len(chunk))})",
                        tuple(chunk),
                    )
                }
            )
            members = [
                mid
                for chunk in _chunks(convs)
                for (mid,) in db.execute(
                    f"SELECT message_id FROM mail_index WHERE conv IN ({_marks(len(chunk))})", tuple(chunk)
                )
            ]
            for chunk in _chunks(convs):
                db.execute(f"DELETE FROM thread_nodes WHERE conv IN ({_marks(len(chunk))})", tuple(chunk))
            for chunk in _chunks(members):
                args = tuple(chunk)
                db.execute(f"DELETE FROM mail_index WHERE message_id IN ({_marks(len(chunk))})", args)
                db.execute(f"DELETE FROM index_tokens WHERE message_id IN ({_marks(len(chunk))})", args)
                db.execute(f"UPDATE messages SET indexed=0 WHERE message_id IN ({_marks(len(chunk))})", args)
            for chunk in _chunks(vanished):  # what gone mail said goes with it
                db.execute(
                    f"DELETE FROM message_facts WHERE message_id IN ({_marks(len(chunk))})", tuple(chunk)
                )
            db.execute("DELETE FROM index_gone")

    # --- questions ----------------------------------------------------------------------

    def interview_mail(self, *, marked_ids: Collection[str] = ()) -> list[Message]:
        """Every stored copy of the messages in conversations that can make an interview process.

        `marked_ids` are application ids the owner marked as interview processes by
        hand: their organisations' mail is read whatever it says.
        """
        convs, _tokens = self._interview_convs(marked_ids)
        return list(self._messages_in(convs))

    def interview_keys(self) -> tuple[set[str], set[str]]:
        """The thread keys and the organisations/people of the interview conversations, for the gate:
        new mail that links to them, or comes from them, is read in full."""
        convs, tokens = self._interview_convs(())
        nodes: set[str] = set()
        for chunk in _chunks(sorted(convs)):
            nodes.update(
                n
                for (n,) in self.db.execute(
                    f"SELECT node FROM thread_nodes WHERE conv IN ({_marks(len(chunk))})", tuple(chunk)
                )
            )
        return nodes, tokens

    def headers_only_in_interview_mail(self) -> list[tuple[str, str, str]]:
        """(account, folder, uid) of stored rows without a body in interview conversations:
        mail that turned out to matter after it was stored headers-only."""
        convs, _tokens = self._interview_convs(())
        out: list[tuple[str, str, str]] = []
        for chunk in _chunks(sorted(convs)):
            out += self.db.execute(
                "SELECT m.account, m.folder, m.uid FROM messages m JOIN mail_index i ON i.message_id = m.message_id"
                f" WHERE m.headers_only=1 AND m.stale=0 AND i.conv IN ({_marks(len(chunk))})",
                tuple(chunk),
            ).fetchall()
        return out

    def _interview_convs(self, marked_ids: Collection[str]) -> tuple[set[str], set[str]]:
        """The conversations with a seed, closed over the tokens they share; and those tokens."""
        from watcher.core.applications import application_id_for

        self.refresh()
        known = {t for (t,) in self.db.execute("SELECT DISTINCT token FROM index_tokens")}
        convs = {c for (c,) in self.db.execute("SELECT DISTINCT conv FROM mail_index WHERE seed=1")}
        wanted = {
            t
            for t in known
            if marked_ids and application_id_for(t[2:] if t[:2] in {"d:", "n:"} else t) in marked_ids
        }
        new_convs = set(convs) | self._convs_with(wanted)
        convs |= new_convs
        seen_tokens: set[str] = set(wanted)
        from watcher.core.candidates import close_tokens

        for _ in range(_MAX_ROUNDS):
            tokens = self._tokens_of(new_convs) - seen_tokens
            tokens = close_tokens(tokens, known) - seen_tokens
            seen_tokens |= tokens
            new_convs = self._convs_with(tokens) - convs
            if not new_convs:
                break
            convs |= new_convs
        return convs, seen_tokens

    def owner_names(self) -> set[str]:
        """Name words the owner goes by, over all stored mail."""
        self.refresh()
        return {w for (w,) in self.db.execute("SELECT word FROM owner_names")}

    def _tokens_of(self, convs: Iterable[str]) -> set[str]:
        return self._linked("t.token", "i.conv", convs)

    def _convs_with(self, tokens: Iterable[str]) -> set[str]:
        return self._linked("i.conv", "t.token", tokens)

    def _linked(self, wanted: str, given: str, values: Iterable[str]) -> set[str]:
        """The distinct `wanted` over tokens joined to their messages where `given` is one of
        `values` (conversation <-> token; both columns are fixed names, never input)."""
        out: set[str] = set()
        for chunk in _chunks(sorted(values)):
            out.update(
                v
                for (v,) in self.db.execute(
                    f"SELECT DISTINCT {wanted} FROM index_tokens t JOIN mail_index i USING (message_id)"
                    f" WHERE {given} IN ({_marks(len(chunk))})",
                    tuple(chunk),
                )
            )
        return out

    def _messages_in(self, convs: Iterable[str]) -> Iterator[Message]:
        for chunk in _chunks(sorted(convs)):
            rows = self.db.execute(
                "SELECT m.record, m.account, m.folder, m.uid FROM messages m"
                " JOIN mail_index i ON i.message_id = m.message_id"
                f" WHERE i.conv IN ({_marks(len(chunk))})",
                tuple(chunk),
            )
            for record, account, folder, uid in rows:
                try:
                    yield message_from_json(record)
                except (ValueError, KeyError, TypeError) as e:
                    log.warning(
                        "%s/%s uid %s: stored record unreadable (%s); rescan to refresh",
                        account,
                        folder,
                        uid,
                        e,
                    )
