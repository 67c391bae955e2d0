"""What a message says, read once and kept in the state (`reading.facts.MessageFacts`).

Reading a message's text (dates, outcome, asks, reply-by promises) is the
costly part of a question. The scan reads the facts of the interview mail
after it stored new mail (`learn`), and questions take them from the state
instead of reading the text again. A stored reading is used only when it was
made the same way: by this version of the reader (`FACTS_VERSION`), of the
same record (`RECORD_VERSION`, with or without its body), in the owner's
zone, for the language the application is read in, with the same addresses
counting as the owner's. Anything else is read again, so a newer release, or
a change of `timezone` or `my_addresses`, never uses an outdated reading: the
next scan reads it again and keeps that.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from watcher.core.reading.version import FACTS_VERSION
from watcher.core.records import Message
from watcher.store.state import RECORD_VERSION, Store

if TYPE_CHECKING:
    from watcher.core.reading.facts import MessageFacts

log = logging.getLogger(__name__)

_SQL_VARS = 500


def facts_base(tz: ZoneInfo, my_addresses: Collection[str]) -> str:
    """What a stored reading must have been made with (reader, record, zone, owner's addresses)."""
    mine = sorted({a.strip().lower() for a in my_addresses})
    digest = hashlib.sha256(json.dumps(mine).encode()).hexdigest()[:12]
    return f"{FACTS_VERSION}|{RECORD_VERSION}|{tz.key}|{digest}"


def outdated(store: Store, tz: ZoneInfo, my_addresses: Collection[str]) -> bool:
    """Were the kept facts read some other way than this release reads them now? (a scan then
    reads them again, even with no new mail)"""
    return store.meta("facts") != facts_base(tz, my_addresses)


class StoredFacts:
    """Facts of the messages of one question (or one scan), from the state or read now."""

    def __init__(self, store: Store, *, tz: ZoneInfo, my_addresses: Collection[str]) -> None:
        self.store = store
        self.tz = tz
        self._base = facts_base(tz, my_addresses)
        self._stored: dict[tuple[str, str], str] = {}
        self.fresh: dict[tuple[str, str], MessageFacts] = {}  # read now, not in the state yet
        self.reused = 0

    def key(self, msg: Message, language: str) -> str:
        return f"{self._base}|{language}|{int(msg.headers_only)}"

    def load(self, messages: Iterable[Message]) -> None:
        """Read the stored facts of these messages (one query per few hundred)."""
        ids = sorted({m.message_id for m in messages})
        for i in range(0, len(ids), _SQL_VARS):
            chunk = ids[i : i + _SQL_VARS]
            rows = self.store.db.execute(
                f"SELECT message_id, key, facts FROM message_facts WHERE message_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
            for mid, key, facts in rows:
                self._stored[(mid, key)] = facts

    def facts_for(self, msg: Message, language: str) -> MessageFacts:
        """The facts of `msg` read in `language`: as stored when read the same way, else read now."""
        key = self.key(msg, language)
        stored = self._stored.get((msg.message_id, key))
        from watcher.core.reading.facts import facts_from_json, read_facts

        if stored is not None:
            try:
                facts = facts_from_json(stored)
            except ValueError as e:
                log.debug("stored facts of %s unusable (%s); reading again", msg.message_id, e)
            else:
                self.reused += 1
                return facts
        facts = read_facts(msg, tz=self.tz, language=language)
        self.fresh[(msg.message_id, key)] = facts
        return facts

    def save(self) -> int:
        """Keep what was read now (one transaction); how many readings. The state then says its
        facts were read by this release (`outdated`)."""
        from watcher.core.reading.facts import facts_to_json

        rows = [(mid, key, facts_to_json(f)) for (mid, key), f in self.fresh.items()]
        with self.store.transaction() as db:
            # A message keeps the readings of the current reader only.
            db.executemany(
                "DELETE FROM message_facts WHERE message_id=? AND key NOT LIKE ?",
                [(mid, self._base + "|%") for mid in {r[0] for r in rows}],
            )
            db.executemany(
                "INSERT OR REPLACE INTO message_facts (message_id, key, facts) VALUES (?,?,?)", rows
            )
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('facts', ?)", (self._base,))
        self.fresh.clear()
        return len(rows)
