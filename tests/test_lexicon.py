"""Phrase tables per language (watcher.core.reading.lexicon): the same concepts everywhere, rules over all of them."""

from __future__ import annotations

import re

import pytest

from tests.fixture_mail import make
from watcher.core.employers.message_kinds import is_acknowledgement
from watcher.core.reading.asks import find_asks
from watcher.core.reading.lexicon import LANGUAGES, LEXICONS, MONTHS, NUMBERS, WEEKDAYS, alternation, phrases
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
)


def test_the_languages_the_code_reads_today() -> None:
    assert LANGUAGES == ("en", "de", "es", "fr", "it", "nl", "pt")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_lexicon_has_the_same_concepts_as_english(lang: str) -> None:
    module = LEXICONS[lang]
    public = {name for name in vars(module) if name.isupper()}
    assert public == set(TABLES)
    assert set(module.PHRASES) == set(LEXICONS["en"].PHRASES)
    assert set(module.QUOTE_MARKS) == set(LEXICONS["en"].QUOTE_MARKS)
    assert len(module.WEEKDAYS) == 7 and len(module.WEEKDAY_ABBREVIATIONS) == 7


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
