"""Phrase tables per language, as data: one module per language, the same concept keys in each.

A rule is written once against a concept (`alternation("REJECTION")`) and the
concept's pieces are compiled from every language, English first. Mail mixes
languages (an English template around a German sentence, a French signature),
so rules do not wait for `detect_language`; the language a message is in only
picks the date grammar (dateparser, with English as the fallback).

Adding a language is one module here, named by its ISO 639-1 code, with the
same keys as the others (tests/test_lexicon.py checks them: the phrases, the date
words, the quote marks of its mail clients, how a nudge names the role), its
nudge templates in `watcher.core.nudges`, and a set of fixtures.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

__all__ = [
    "DAYS_FROM_TODAY",
    "LANGUAGES",
    "LEXICONS",
    "MONTHS",
    "NUMBERS",
    "STOPWORDS",
    "WEEKDAYS",
    "WEEKDAYS_NOT_ENGLISH",
    "WEEKDAY_ABBREVIATIONS",
    "alternation",
    "phrases",
]

# Every module in this package is a language; English first (the fallback), then by code.
LANGUAGES: tuple[str, ...] = tuple(
    sorted((m.name for m in pkgutil.iter_modules(__path__)), key=lambda code: (code != "en", code))
)
LEXICONS: dict[str, ModuleType] = {lang: importlib.import_module(f"{__name__}.{lang}") for lang in LANGUAGES}


def _spellings(piece: str) -> str:
    """A piece as every regional spelling writes it: Swiss German has no "ß" ("Grüsse", "ausser")."""
    return piece.replace("ß", "(?:ß|ss)")


def phrases(concept: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """The pieces of a concept in the given languages (all of them by default), English first."""
    return tuple(_spellings(p) for lang in languages for p in LEXICONS[lang].PHRASES[concept])


def alternation(concept: str, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The pieces of a concept as one regular-expression alternation."""
    return "|".join(phrases(concept, languages))


def _index(table: str, languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """A weekday table as name → weekday number (Monday is 0)."""
    return {
        name: i
        for lang in languages
        for i, names in enumerate(getattr(LEXICONS[lang], table))
        for name in names
    }


STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(LEXICONS[lang].STOPWORDS) for lang in LANGUAGES}
MONTHS: frozenset[str] = frozenset(m for lang in LANGUAGES for m in LEXICONS[lang].MONTHS)
WEEKDAYS: dict[str, int] = _index("WEEKDAYS")
WEEKDAYS_NOT_ENGLISH: dict[str, int] = _index("WEEKDAYS", tuple(lang for lang in LANGUAGES if lang != "en"))
WEEKDAY_ABBREVIATIONS: dict[str, int] = _index("WEEKDAY_ABBREVIATIONS")
DAYS_FROM_TODAY: dict[str, int] = {
    w: n for lang in LANGUAGES for w, n in LEXICONS[lang].DAYS_FROM_TODAY.items()
}
NUMBERS: dict[str, int] = {w: n for lang in LANGUAGES for w, n in LEXICONS[lang].NUMBERS.items()}
