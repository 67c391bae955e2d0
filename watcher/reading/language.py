"""Which language a message is written in, by counting common words."""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Lang", "detect_language"]

Lang = Literal["en", "de", "es", "fr"]


# --- language ------------------------------------------------------------

_STOP: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "to",
            "of",
            "you",
            "for",
            "is",
            "in",
            "that",
            "we",
            "it",
            "with",
            "on",
            "be",
            "this",
            "are",
            "your",
            "have",
            "will",
            "at",
            "as",
            "our",
            "i",
            "thanks",
            "would",
            "me",
            "not",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ich",
            "sie",
            "nicht",
            "ist",
            "mit",
            "zu",
            "den",
            "ein",
            "eine",
            "für",
            "auf",
            "wir",
            "ihnen",
            "uns",
            "dem",
            "des",
            "sind",
            "von",
            "gern",
            "vielen",
            "grüße",
            "ihre",
            "ihr",
            "wird",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "de",
            "que",
            "y",
            "en",
            "los",
            "las",
            "un",
            "una",
            "por",
            "con",
            "para",
            "es",
            "tu",
            "su",
            "muy",
            "gracias",
            "al",
            "lo",
            "se",
            "nos",
            "te",
            "del",
            "como",
            "pero",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "est",
            "un",
            "une",
            "pour",
            "vous",
            "nous",
            "que",
            "qui",
            "dans",
            "avec",
            "pas",
            "sur",
            "au",
            "ce",
            "votre",
            "merci",
            "je",
            "bien",
            "du",
        ]
    ),
}


def detect_language(text: str) -> Lang:
    """en, de, es or fr by counting common words; English when unsure."""
    words = re.findall(r"[a-zäöüßáéíóúñàâçèêëîïôûù]+", text.lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or scores[best] < scores["en"] * 1.2:
        return "en"
    return best  # type: ignore[return-value]
