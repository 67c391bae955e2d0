"""Text → sentences, and whether a sentence is a question."""

from __future__ import annotations

import re

from watcher.core.reading.lexicon import alternation

__all__ = ["is_question", "sentences"]

_ABBREV_END = re.compile(r"(?:\b(?:" + alternation("ABBREVIATIONS") + r")\.)$", re.I)


def sentences(text: str) -> list[str]:
    """Lines, then sentences within lines; dates such as "24. März" are not split."""
    out: list[str] = []
    for raw_line in text.splitlines():
        line = raw_line.strip(" \t>*•-–")
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"')\]”]*(?=\s+[A-ZÄÖÜÁÉÍÓÚÑÀÂÇÈÊ¿¡\"“(])|[!?][\"')\]”]*(?=\s)", line):
            end = m.end()
            chunk = line[start:end]
            if m.group(0) == "." and (_ABBREV_END.search(chunk) or re.search(r"\d\.$", chunk)):
                continue
            if chunk.strip():
                out.append(chunk.strip())
            start = end
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def is_question(sentence: str) -> bool:
    """A real question mark (not one inside a link)."""
    return bool(re.search(r"\?(?:\s|\)|$)", re.sub(r"https?://\S+", "", sentence)))
