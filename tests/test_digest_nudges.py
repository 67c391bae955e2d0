"""The follow-up drafts: polite, in the thread's language, and never the same twice."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.digest_helpers import TZ, Address, assessed, at
from watcher.core.assessment import Assessed
from watcher.core.nudges import LANGUAGES, draft_nudge, local_day, reply_target
from watcher.core.records import Application, Message

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
    "it": {"thanks": ("grazie", "ringrazio"), "interest": ("interess", "motiva"), "question": ("?",)},
    "nl": {"thanks": ("bedankt", "dank", "waardeer"), "interest": ("geïnteresseerd", "graag", "interesse"),
           "question": ("?",)},
    "pt": {"thanks": ("obrigad", "agradeço"), "interest": ("interesse", "vontade"), "question": ("?",)},
}  # fmt: skip
GREETINGS = {
    "en": "Hi ",
    "de": "Guten Tag ",
    "es": "Hola, ",
    "fr": "Bonjour ",
    "it": "Gentile ",
    "nl": "Beste ",
    "pt": "Olá, ",
}


def due(language: str, nudges_sent: int = 0, **kw: Any) -> Assessed:
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_three_nudges_are_worded_differently(language: str) -> None:
    a = due(language)
    bodies = [draft_nudge(a.application, a.evaluation, tz=TZ, number=n).body for n in (1, 2, 3)]
    assert len(set(bodies)) == 3
    # Not just a different closing line: the opening sentences differ too.
    openings = {b.split("\n\n")[1][:60] for b in bodies}
    assert len(openings) == 3


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("number", [1, 2, 3])
def test_each_nudge_thanks_restates_interest_and_asks(language: str, number: int) -> None:
    a = due(language)
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=number).body.lower()
    for part, words in MARKERS[language].items():
        assert any(w in body for w in words), (language, number, part, body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_draft_is_in_the_language_of_the_thread(language: str) -> None:
    a = due(language)
    d = draft_nudge(a.application, a.evaluation, tz=TZ)
    assert d.language == language
    assert d.body.startswith(GREETINGS[language])
    others = {lang: g for lang, g in GREETINGS.items() if lang != language}
    assert not any(d.body.startswith(g) for g in others.values())


def test_the_number_follows_the_nudges_sent() -> None:
    for sent, expected in [(0, 1), (1, 2), (2, 3), (5, 3)]:
        a = due("en", nudges_sent=sent)
        assert draft_nudge(a.application, a.evaluation, tz=TZ).number == expected


def test_the_draft_names_the_interview_day_in_the_thread_language() -> None:
    expected = {
        "en": "Tuesday, 10 February",
        "de": "Dienstag, 10. Februar",
        "es": "martes 10 de febrero",
        "fr": "mardi 10 février",
        "it": "martedì 10 febbraio",
        "nl": "dinsdag 10 februari",
        "pt": "terça-feira, 10 de fevereiro",
    }
    for language, day in expected.items():
        a = due(language)
        assert day in draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body


def test_local_day_formats() -> None:
    assert local_day(date(2026, 3, 1), "fr") == "dimanche 1er mars"
    assert local_day(date(2026, 3, 3), "es") == "martes 3 de marzo"


def test_greeting_uses_first_name_and_full_name_in_german() -> None:
    a = due("en", contact=Address("Keller, Anna", "anna.keller@kranich.example"))
    assert draft_nudge(a.application, a.evaluation, tz=TZ).body.startswith("Hi Anna,\n")
    a = due("de", contact=Address("Anna Keller", "anna.keller@kranich.example"))
    assert draft_nudge(a.application, a.evaluation, tz=TZ).body.startswith("Guten Tag Anna Keller,\n")


def test_no_name_for_a_team_or_robot_sender() -> None:
    a = due("en", contact=Address("Kranich Recruiting Team", "jobs@kranich.example"))
    d = draft_nudge(a.application, a.evaluation, tz=TZ)
    assert d.body.startswith("Hello,\n")


def test_a_subject_line_is_not_used_as_the_role() -> None:
    a = due("en", role="Your application - next steps")
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body
    assert "the position" in body and "Your application" not in body


def test_french_elides_before_a_vowel() -> None:
    a = due("fr", role="Ingénieur backend")
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=2).body
    assert "au poste d'Ingénieur backend" in body


def test_signed_with_the_owner_name_and_replies_in_thread() -> None:
    a = due("en")
    d = draft_nudge(a.application, a.evaluation, tz=TZ, owner_name="Sam Rivera")
    assert d.body.rstrip().endswith("Sam Rivera")
    assert d.subject == "Re: Interview for Senior Data Engineer"
    person, msg = reply_target(a.application)
    assert person is not None and person.email == "anna.keller@kranich.example"
    assert msg is not None and d.in_reply_to == msg.message_id
    assert d.to == "Anna Keller <anna.keller@kranich.example>"


def test_without_an_interview_the_draft_refers_to_their_message() -> None:
    a = assessed("Harbor", "due", next_nudge_on=date(2026, 3, 10), last_contact_at=at(2, 9))
    body = draft_nudge(a.application, a.evaluation, tz=TZ, number=1).body
    assert "your message on" in body


# --- whom to write and in which thread -------------------------------------------


def _with_messages(a: Assessed, *extra: Message) -> Application:
    """The same application with more messages in its one conversation (kept in date order)."""
    from dataclasses import replace

    (conv,) = a.application.conversations
    msgs = tuple(sorted((*conv.messages, *extra), key=lambda m: m.date))
    return replace(a.application, conversations=(replace(conv, messages=msgs),))


def test_the_to_line_shows_a_decoded_name_never_encoded_words() -> None:
    a = due("fr", contact=Address("Chloé Tremblay", "chloe.tremblay@kranich.example"))
    d = draft_nudge(a.application, a.evaluation, tz=TZ)
    assert d.to == "Chloé Tremblay <chloe.tremblay@kranich.example>"
    assert "=?" not in d.to
    b = due("en", contact=Address("Tremblay, Chloé", "chloe.tremblay@kranich.example"))
    assert (
        draft_nudge(b.application, b.evaluation, tz=TZ).to
        == '"Tremblay, Chloé" <chloe.tremblay@kranich.example>'
    )


def test_a_nudge_answers_the_human_thread_not_a_calendar_invitation() -> None:
    from tests.digest_helpers import message
    from watcher.core.records import CalendarEvent

    a = due("en")
    person = Address("Anna Keller", "anna.keller@kranich.example")
    invite = message(
        mid="<inv@kranich.example>",
        when=at(11, 9, 2),
        sender=person,
        to=Address("Sam Rivera", "sam@rivera.example"),
        subject="Updated invitation: Interview: Sam Rivera / Data Engineer @ Tue Feb 10, 2026 11am",
    )
    invite = __import__("dataclasses").replace(
        invite,
        calendar=(
            CalendarEvent(
                "REQUEST", "u1", 1, "CONFIRMED", "Interview", person.email, at(10, 11, 2), None, False
            ),
        ),
    )
    app = _with_messages(a, invite)
    d = draft_nudge(app, a.evaluation, tz=TZ)
    assert d.subject == "Re: Interview for Senior Data Engineer"
    assert d.in_reply_to == "<m1.kranichlogistik@kranichlogistik.example>"
    assert d.to.startswith("Anna Keller <")


def test_a_reply_subject_carries_one_re_whatever_the_thread_had() -> None:
    from tests.digest_helpers import message

    a = due("de")
    reply = message(
        mid="<r2@kranich.example>",
        when=at(11, 9, 2),
        sender=Address("Anna Keller", "anna.keller@kranich.example"),
        to=Address("Sam Rivera", "sam@rivera.example"),
        subject="AW: Re: RE: Ihr Gespräch",
    )
    d = draft_nudge(_with_messages(a, reply), a.evaluation, tz=TZ)
    assert d.subject == "Re: Ihr Gespräch"


def test_a_tracking_system_notice_is_never_the_thread_replied_to() -> None:
    from tests.digest_helpers import message

    a = due("en")
    notice = message(
        mid="<ats@ats-mail.example>",
        when=at(11, 9, 2),
        sender=Address("Kranich Careers", "no-reply@ats-mail.example"),
        to=Address("Sam Rivera", "sam@rivera.example"),
        subject="Your interview has been scheduled",
    )
    d = draft_nudge(_with_messages(a, notice), a.evaluation, tz=TZ)
    assert d.in_reply_to == "<m1.kranichlogistik@kranichlogistik.example>"
    assert d.subject == "Re: Interview for Senior Data Engineer"
