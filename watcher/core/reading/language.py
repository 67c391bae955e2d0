"""Which language a message is written in, by counting common words."""

from __future__ import annotations

import re
from typing import Literal

from watcher.core.reading.lexicon import STOPWORDS

__all__ = ["Lang", "detect_language"]

Lang = Literal["en", "de", "es", "fr", "it", "nl", "pt"]


_STOP = STOPWORDS  # language -> its common words, English first


def detect_language(text: str) -> Lang:
    """The language whose common words a text uses most (one of `Lang`); English when unsure."""
    words = re.findall(r"[a-zà-öø-ÿß]+", text.lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or scores[best] < scores["en"] * 1.2:
        return "en"
    return best  # type: ignore[return-value]
