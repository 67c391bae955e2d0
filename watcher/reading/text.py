"""The part of a message the readers look at, bounded for hostile mail."""

from __future__ import annotations

from watcher.records import Message

__all__ = ["MAX_SCAN", "body_of"]

MAX_SCAN = 20_000  # characters read per message: enough for any reply, bounded for hostile mail


def body_of(msg: Message) -> str:
    """The new (unquoted) text, else the whole text, cut to `MAX_SCAN` characters."""
    return (msg.new_text or msg.text)[:MAX_SCAN]
