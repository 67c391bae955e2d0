"""The follow-up drafts: polite, in the thread's language, and never the same twice."""

from __future__ import annotations

from datetime import date

import pytest

from tests.digest_helpers import TZ, Address, assessed, at
from watcher.digest.nudges import draft_nudge, local_day, reply_target

# Words that show each part of a polite nudge is there: thanks, interest, a question.
MARKERS = {
    "en": {"thanks": ("thank", "appreciate"), "interest": ("interested", "keen"), "question": ("?",)},
    "de": {"thanks": ("dank",), "interest": ("interesse", "reizt", "interessiert"), "question": ("?",)},
    "es": {
        "thanks": ("gracias", "agradezco"),
        "interest": ("interés", "interesando", "ganas"),
        "question": ("?",),
    },
    "fr": {
        "thanks": ("merci", "remercie"),
        "interest": ("intéresse", "intérêt", "motive"),
        "question": ("?",),
    },
}
GREETINGS = {"en": "Hi ", "de": "Guten Tag ", "es": "Hola, ", "fr": "Bonjour "}


def due(language: str, nudges_sent: int = 0, **kw):
    return assessed(
        "Kranich Logistik",
        "due",
        language=language,
        role=kw.pop("role", "Senior Data Engineer"),
        interview_at=at(10, 11, 2),
        nudges_sent=nudges_sent,
        next_nudge_on=date(2026, 3, 10),
        contact=kw.pop("contact", Address("Anna Keller", "anna.keller@kranich.example")),
        **kw,
    )


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_three_nudges_are_worded_differently(language):
    a = due(language)
    bodies = [draft_nudge(a.application, a.evaluation, tz=TZ, number=n).body for n in (1, 2, 3)]
    assert len(set(bodies)) == 3
    # Not just a different closing line: the opening sentences differ too.
    openings = {b.split("\n\n")[1][:60] for b in bodies}
    assert len(openings) == 3


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
@pytest.mark.parametrize("number", [1, 2, 3])
def test_each_nudge_thanks_restates_interest_and_asks(language, number):
    a = due(language)
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=number).body.lower()
    for part, words in MARKERS[language].items():
        assert any(w in body for w in words), (language, number, part, body)


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_the_draft_is_in_the_language_of_the_thread(language):
    a = due(language)
    d = draft_nudge(a.application, a.evaluation, tz=TZ)
    assert d.language == language
    assert d.body.startswith(GREETINGS[language])
    others = {lang: g for lang, g in GREETINGS.items() if lang != language}
    assert not any(d.body.startswith(g) for g in others.values())


def test_the_number_follows_the_nudges_sent():
    for sent, expected in [(0, 1), (1, 2), (2, 3), (5, 3)]:
        a = due("en", nudges_sent=sent)
        assert draft_nudge(a.application, a.evaluation, tz=TZ).number == expected


def test_the_draft_names_the_interview_day_in_the_thread_language():
    expected = {
        "en": "Tuesday, 10 February",
        "de": "Dienstag, 10. Februar",
        "es": "martes 10 de febrero",
        "fr": "mardi 10 février",
    }
    for language, day in expected.items():
        a = due(language)
        assert day in draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body


def test_local_day_formats():
    assert local_day(date(2026, 3, 1), "fr") == "dimanche 1er mars"
    assert local_day(date(2026, 3, 3), "es") == "martes 3 de marzo"


def test_greeting_uses_first_name_and_full_name_in_german():
    a = due("en", contact=Address("Keller, Anna", "anna.keller@kranich.example"))
    assert draft_nudge(a.application, a.evaluation, tz=TZ).body.startswith("Hi Anna,\n")
    a = due("de", contact=Address("Anna Keller", "anna.keller@kranich.example"))
    assert draft_nudge(a.application, a.evaluation, tz=TZ).body.startswith("Guten Tag Anna Keller,\n")


def test_no_name_for_a_team_or_robot_sender():
    a = due("en", contact=Address("Kranich Recruiting Team", "jobs@kranich.example"))
    d = draft_nudge(a.application, a.evaluation, tz=TZ)
    assert d.body.startswith("Hello,\n")


def test_a_subject_line_is_not_used_as_the_role():
    a = due("en", role="Your application - next steps")
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body
    assert "the position" in body and "Your application" not in body


def test_french_elides_before_a_vowel():
    a = due("fr", role="Ingénieur backend")
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=2).body
    assert "au poste d'Ingénieur backend" in body


def test_signed_with_the_owner_name_and_replies_in_thread():
    a = due("en")
    d = draft_nudge(a.application, a.evaluation, tz=TZ, owner_name="Sam Rivera")
    assert d.body.rstrip().endswith("Sam Rivera")
    assert d.subject == "Re: Interview for Senior Data Engineer"
    person, msg = reply_target(a.application)
    assert person is not None and person.email == "anna.keller@kranich.example"
    assert msg is not None and d.in_reply_to == msg.message_id
    assert d.to == "Anna Keller <anna.keller@kranich.example>"


def test_without_an_interview_the_draft_refers_to_their_message():
    a = assessed("Harbor", "due", next_nudge_on=date(2026, 3, 10), last_contact_at=at(2, 9))
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body
    assert "your message on" in body
