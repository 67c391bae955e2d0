"""Phrase tables per language, as data: one TOML file per language, the same keys in each.

A rule is written once against a concept (`alternation("REJECTION")`) and the
concept's pieces are compiled from every language, English first. Mail mixes
languages (an English template around a German sentence, a French signature),
so rules do not wait for `detect_language`; the language a message is in only
picks the date grammar (dateparser, with English as the fallback).

Adding a language is one data file here, `<code>.toml` named by its ISO 639-1
code, with the same keys as the others (tests/test_lexicon.py checks them: the
phrases, the date words, the quote marks of its mail clients, how a nudge names
the role, the wording of nudges and drafts under `[NUDGE]` and `[DRAFTS]`), and a set of
fixtures. The files
are data, not code: a table that is not there or has the wrong type stops the
import with one line naming the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

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
    "DraftWording",
    "Lexicon",
    "NudgeWording",
    "alternation",
    "phrases",
]


@dataclass(frozen=True, slots=True)
class NudgeWording:
    """How the follow-up drafts (watcher.core.nudges) are worded in one language; `{...}` filled in there."""

    weekdays: tuple[str, ...]  # Monday first, as the draft writes a date
    months: tuple[str, ...]  # January first
    date: str  # "{weekday}, {day} {month}"
    first_of_month: str  # what {day} is on the 1st ("1er" in French)
    greeting: str  # "Hi {name},"
    greeting_without_name: str  # "Hello,"
    greeting_full_name: bool  # greet by the whole name (German), not the first name alone
    ref_interview: str  # "our conversation on {day}"
    ref_message: str  # "your message on {day}"
    bodies: tuple[str, str, str]  # the first, second and third nudge: {ref}, {employer}, {r[form]}
    closings: tuple[str, str, str]

    def greet(self, name: str) -> str:
        """The greeting line: with the name when there is one (nudges and drafts greet alike)."""
        return self.greeting.format(name=name) if name else self.greeting_without_name


@dataclass(frozen=True, slots=True)
class DraftWording:
    """The drafts left in the Drafts folder (watcher.core.drafts) in one language; `{...}` filled in there."""

    thank_you: str  # the note after an interview: {when}, {employer}
    thank_you_closing: str
    today: str  # {when} on the day of the interview
    yesterday: str  # {when} the day after
    reply_opening: str  # above the quoted ask
    reply_placeholder: str  # where the owner writes the answer
    reply_closing: str
    wrote: str  # "On {day}, {who} wrote:" above the quoted message


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's tables, as its data file has them (lists read as tuples)."""

    PHRASES: dict[str, tuple[str, ...]]  # concept -> regular-expression pieces
    STOPWORDS: tuple[str, ...]  # common words, counted to tell the language of a text
    MONTHS: tuple[str, ...]  # month names and abbreviations, for the date grammar
    WEEKDAYS: tuple[tuple[str, ...], ...]  # Monday first, spelling variants together
    WEEKDAY_ABBREVIATIONS: tuple[tuple[str, ...], ...]
    DAYS_FROM_TODAY: dict[str, int]  # "tomorrow" is 1
    NUMBERS: dict[str, int]  # number words in "within two weeks"
    QUOTE_MARKS: dict[str, tuple[str, ...]]  # where quoted or forwarded history begins
    NUDGE_ROLE: dict[str, tuple[str, str]]  # form -> (with the role, without one)
    ELISIONS: tuple[tuple[str, str], ...]  # before a vowel: French "de " -> "d'"
    NOT_A_ROLE: tuple[str, ...]  # words that make a "role" a subject line
    NUDGE: NudgeWording
    DRAFTS: DraftWording


class _Reader:
    """Reads one data file's values with their types checked, naming the file and key when one is wrong."""

    def __init__(self, name: str, data: dict[str, object]) -> None:
        self.name = name
        self.data = data

    def fail(self, where: str, expected: str) -> ValueError:
        return ValueError(f"lexicon {self.name}: {where} should be {expected}")

    def table(self, key: str) -> dict[str, object]:
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "a table")
        return value

    def strings(self, value: object, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, "a list of strings")
        return tuple(value)

    def pair(self, value: object, where: str) -> tuple[str, str]:
        pieces = self.strings(value, where)
        if len(pieces) != 2:
            raise self.fail(where, "two strings")
        return pieces[0], pieces[1]

    def three(self, value: object, where: str) -> tuple[str, str, str]:
        pieces = self.strings(value, where)
        if len(pieces) != 3:
            raise self.fail(where, "three strings")
        return pieces[0], pieces[1], pieces[2]

    def string(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "a string")
        return value

    def number(self, value: object, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(where, "a whole number")
        return value

    def flag(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "true or false")
        return value

    def items(self, key: str) -> list[object]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.fail(key, "a list")
        return value

    def groups(self, key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(self.strings(v, f"{key}[{i}]") for i, v in enumerate(self.items(key)))

    def lists(self, key: str) -> dict[str, tuple[str, ...]]:
        return {k: self.strings(v, f"{key}.{k}") for k, v in self.table(key).items()}

    def numbers(self, key: str) -> dict[str, int]:
        return {k: self.number(v, f"{key}.{k}") for k, v in self.table(key).items()}


def _nudge_wording(read: _Reader) -> NudgeWording:
    words = read.table("NUDGE")
    fields = set(NudgeWording.__dataclass_fields__)
    if set(words) != fields:
        raise read.fail("NUDGE", "the keys " + ", ".join(sorted(fields)))
    return NudgeWording(
        weekdays=read.strings(words["weekdays"], "NUDGE.weekdays"),
        months=read.strings(words["months"], "NUDGE.months"),
        date=read.string(words["date"], "NUDGE.date"),
        first_of_month=read.string(words["first_of_month"], "NUDGE.first_of_month"),
        greeting=read.string(words["greeting"], "NUDGE.greeting"),
        greeting_without_name=read.string(words["greeting_without_name"], "NUDGE.greeting_without_name"),
        greeting_full_name=read.flag(words["greeting_full_name"], "NUDGE.greeting_full_name"),
        ref_interview=read.string(words["ref_interview"], "NUDGE.ref_interview"),
        ref_message=read.string(words["ref_message"], "NUDGE.ref_message"),
        bodies=read.three(words["bodies"], "NUDGE.bodies"),
        closings=read.three(words["closings"], "NUDGE.closings"),
    )


def _draft_wording(read: _Reader) -> DraftWording:
    words = read.table("DRAFTS")
    fields = DraftWording.__dataclass_fields__
    if set(words) != set(fields):
        raise read.fail("DRAFTS", "the keys " + ", ".join(sorted(fields)))
    return DraftWording(**{k: read.string(words[k], f"DRAFTS.{k}") for k in fields})


def load(name: str, text: str) -> Lexicon:
    """A language's data file (its TOML text) as a `Lexicon`; `name` says which file in an error."""
    data: dict[str, object] = tomllib.loads(text)
    read = _Reader(name, data)
    fields = set(Lexicon.__dataclass_fields__)
    if set(data) != fields:
        unknown, missing = sorted(set(data) - fields), sorted(fields - set(data))
        raise ValueError(f"lexicon {name}: unknown keys {unknown}, missing keys {missing}")
    return Lexicon(
        PHRASES=read.lists("PHRASES"),
        STOPWORDS=read.strings(data["STOPWORDS"], "STOPWORDS"),
        MONTHS=read.strings(data["MONTHS"], "MONTHS"),
        WEEKDAYS=read.groups("WEEKDAYS"),
        WEEKDAY_ABBREVIATIONS=read.groups("WEEKDAY_ABBREVIATIONS"),
        DAYS_FROM_TODAY=read.numbers("DAYS_FROM_TODAY"),
        NUMBERS=read.numbers("NUMBERS"),
        QUOTE_MARKS=read.lists("QUOTE_MARKS"),
        NUDGE_ROLE={k: read.pair(v, f"NUDGE_ROLE.{k}") for k, v in read.table("NUDGE_ROLE").items()},
        ELISIONS=tuple(read.pair(v, f"ELISIONS[{i}]") for i, v in enumerate(read.items("ELISIONS"))),
        NOT_A_ROLE=read.strings(data["NOT_A_ROLE"], "NOT_A_ROLE"),
        NUDGE=_nudge_wording(read),
        DRAFTS=_draft_wording(read),
    )


def _data_files() -> dict[str, str]:
    """Language code -> its data file's text: every `<code>.toml` in this package."""
    folder = resources.files(__name__)
    return {
        entry.name.removesuffix(".toml"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


_FILES = _data_files()
if "en" not in _FILES:  # an install without its data files would read no phrases at all, silently
    raise RuntimeError(f"lexicon: no en.toml in {resources.files(__name__)} (the package data is missing)")
# Every data file in this package is a language; English first (the fallback), then by code.
LANGUAGES: tuple[str, ...] = tuple(sorted(_FILES, key=lambda code: (code != "en", code)))
LEXICONS: dict[str, Lexicon] = {lang: load(f"{lang}.toml", _FILES[lang]) for lang in LANGUAGES}


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
    """A weekday table (`WEEKDAYS`, `WEEKDAY_ABBREVIATIONS`) as name → weekday number (Monday is 0)."""
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
