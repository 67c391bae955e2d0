"""The part of a message the readers look at, bounded for hostile mail."""

from __future__ import annotations

import re

from watcher.reading.lexicon import alternation
from watcher.records import Message

__all__ = ["MAX_SCAN", "body_of", "summary"]

MAX_SCAN = 20_000  # characters read per message: enough for any reply, bounded for hostile mail


def body_of(msg: Message) -> str:
    """The new (unquoted) text, else the whole text, cut to `MAX_SCAN` characters."""
    return (msg.new_text or msg.text)[:MAX_SCAN]


_GREETING = re.compile(r"^(" + alternation("GREETING") + r")\b[^,—–!:]{0,40}[,—–!:]?\s*", re.I)


def summary(msg: Message) -> str:
    """The first line that says something, for `explain`."""
    for line in (msg.new_text or msg.text).splitlines():
        line = _GREETING.sub("", line.strip()).strip()
        if len(line) > 3:
            return line[:100]
    return msg.subject[:100]
