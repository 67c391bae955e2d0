"""Phrase tables per language (watcher.core.reading.lexicon): the same concepts everywhere, rules over all of them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from tests.fixture_mail import make
from watcher.core.employers.message_kinds import is_acknowledgement
from watcher.core.reading.asks import find_asks
from watcher.core.reading.lexicon import (
    LANGUAGES,
    LEXICONS,
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    DraftWording,
    Lexicon,
    NudgeWording,
    alternation,
    load,
    phrases,
)
from watcher.core.reading.outcome import find_outcome
from watcher.core.reading.relevance import non_interview_reason

TABLES = (
    "PHRASES",
    "STOPWORDS",
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "DAYS_FROM_TODAY",
    "NUMBERS",
    "QUOTE_MARKS",
    "NUDGE_ROLE",
    "ELISIONS",
    "NOT_A_ROLE",
    "NUDGE",
    "DRAFTS",
)
DATA = Path(__file__).resolve().parents[1] / "watcher" / "core" / "reading" / "lexicon"


def data_file(lang: str) -> dict[str, object]:
    with (DATA / f"{lang}.toml").open("rb") as f:
        return tomllib.load(f)


def table(data: dict[str, object], key: str) -> dict[str, object]:
    value = data[key]
    assert isinstance(value, dict), key
    return value


def test_the_languages_the_code_reads_today_are_its_data_files() -> None:
    assert LANGUAGES == ("en", "de", "es", "fr", "it", "nl", "pt")
    assert {p.stem for p in DATA.glob("*.toml")} == set(LANGUAGES)
    assert not [p.name for p in DATA.glob("*.py") if p.name != "__init__.py"]  # no language is code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_data_file_has_the_same_keys_as_english(lang: str) -> None:
    data, english = data_file(lang), data_file("en")
    assert set(data) == set(TABLES) == {f.name for f in fields(Lexicon)}
    for key in ("PHRASES", "QUOTE_MARKS", "NUDGE", "DRAFTS"):
        assert set(table(data, key)) == set(table(english, key)), key
    assert set(table(data, "NUDGE")) == {f.name for f in fields(NudgeWording)}
    assert set(table(data, "DRAFTS")) == {f.name for f in fields(DraftWording)}
    assert set(table(data, "NUDGE_ROLE")), "a nudge needs at least one way to name the role"
    lexicon = LEXICONS[lang]
    assert len(lexicon.WEEKDAYS) == 7 and len(lexicon.WEEKDAY_ABBREVIATIONS) == 7
    assert len(lexicon.NUDGE.weekdays) == 7 and len(lexicon.NUDGE.months) == 12


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_loaded_lexicon_is_its_data_file_with_lists_as_tuples(lang: str) -> None:
    data, lexicon = data_file(lang), LEXICONS[lang]
    phrases_table = table(data, "PHRASES")
    assert {k: tuple(v) for k, v in phrases_table.items() if isinstance(v, list)} == lexicon.PHRASES
    stopwords = data["STOPWORDS"]
    assert isinstance(stopwords, list) and tuple(stopwords) == lexicon.STOPWORDS
    assert all(isinstance(names, tuple) for names in lexicon.WEEKDAYS)
    assert all(isinstance(forms, tuple) and len(forms) == 2 for forms in lexicon.NUDGE_ROLE.values())


def test_a_wrong_table_in_a_data_file_is_one_line_naming_file_and_key() -> None:
    text = (DATA / "fr.toml").read_text(encoding="utf-8")
    broken = text.replace("[NUMBERS]\nun = 1", "[NUMBERS]\nun = 'one'")
    assert broken != text
    with pytest.raises(ValueError, match=r"^lexicon xx\.toml: NUMBERS\.un should be a whole number$"):
        load("xx.toml", broken)
    with pytest.raises(ValueError, match=r"^lexicon xx\.toml: unknown keys \[\], missing keys \['NUDGE'\]$"):
        head, _, rest = text.partition("\n[NUDGE]\n")
        load("xx.toml", head + rest[rest.index("\n[") :])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_names_its_calendar_subjects_and_team_senders_as_data(lang: str) -> None:
    """The nudges' invitation subjects and team names were words in code; each language now brings its own."""
    assert LEXICONS[lang].PHRASES["CALENDAR_SUBJECT"] and LEXICONS[lang].PHRASES["NOT_A_PERSON"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_is_a_regular_expression_of_its_own(lang: str) -> None:
    """A piece that only works glued to its neighbour would break when a language is added or dropped."""
    for concept, pieces in LEXICONS[lang].PHRASES.items():
        assert isinstance(pieces, tuple), concept
        for piece in pieces:
            re.compile(piece, re.I)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_words_for_the_core_concepts(lang: str) -> None:
    core = ("REJECTION", "OFFER", "WITHDRAWAL", "ASK", "REPLY_BY", "INTERVIEW", "CONFIRM", "ACKNOWLEDGEMENT")
    assert all(LEXICONS[lang].PHRASES[c] for c in core)
    assert LEXICONS[lang].STOPWORDS and LEXICONS[lang].MONTHS and LEXICONS[lang].NUMBERS


def test_a_concept_compiles_from_every_language_english_first() -> None:
    assert phrases("OFFER")[: len(LEXICONS["en"].PHRASES["OFFER"])] == LEXICONS["en"].PHRASES["OFFER"]
    assert alternation("OFFER", ("de",)) == "|".join(LEXICONS["de"].PHRASES["OFFER"])
    assert WEEKDAYS["freitag"] == WEEKDAYS["viernes"] == WEEKDAYS["vendredi"] == WEEKDAYS["friday"] == 4
    assert {"märz", "marzo", "mars", "march"} <= MONTHS and NUMBERS["zwei"] == NUMBERS["deux"] == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.",
            "rejected",
        ),
        ("Lamentamos informarte de que hemos decidido seguir con otros candidatos.", "rejected"),
        ("Nous avons le plaisir de vous proposer le poste de développeuse backend.", "offer"),
        ("We'd like to extend you an offer for the role.", "offer"),
    ],
)
def test_rules_read_every_language_whatever_the_message_is_in(sentence: str, kind: str) -> None:
    """Mixed mail: an English template around a German sentence is still read (no language gate on rules)."""
    text = f"Hi Sam, thanks for your time and for the interest you have shown.\n{sentence}"
    found = find_outcome(text, sent=False)
    assert found is not None and found[0] == kind


def test_concepts_reach_the_rules_that_use_them() -> None:
    assert find_asks("Could you send me your Lebenslauf, please?")[0][0] == "document"
    assert non_interview_reason("Entretien de sortie prévu vendredi") == "exit interview"
    assert is_acknowledgement(make("Nous avons bien reçu votre candidature.", at="2026-03-03T10:00-05:00"))
