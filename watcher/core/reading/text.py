"""The part of a message the readers look at, bounded for hostile mail."""

from __future__ import annotations

import re
import unicodedata

from watcher.core.reading.lexicon import alternation
from watcher.core.records import Message

__all__ = ["MAX_SCAN", "body_of", "file_words", "fold", "summary"]

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


def fold(text: str) -> str:
    """Without accents ("técnica" → "tecnica"): file names often drop them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def file_words(name: str) -> str:
    """An attachment's name as words, without accents: "Prueba_Técnica-JDoe.pdf" → "prueba tecnica j doe pdf"."""
    spaced = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])", " ", name[:200])  # camelCase: "OfferLetter"
    return " ".join(re.split(r"[\W_]+", fold(spaced).lower())).strip()
