"""Reading an application's mail: interviews, who wrote, reply-by, outcome, asks (watcher.core.timeline)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import NY, event, make
from watcher.core.reading.asks import find_asks
from watcher.core.reading.dates import find_slots
from watcher.core.reading.language import detect_language
from watcher.core.reading.outcome import find_outcome
from watcher.core.reading.replyby import find_reply_by
from watcher.core.reading.sentences import sentences
from watcher.core.timeline import build_timeline

TUE = datetime(2026, 3, 3, 10, 0, tzinfo=NY)  # a Tuesday, before the US DST switch on 8 March
BERLIN = ZoneInfo("Europe/Berlin")
MADRID = ZoneInfo("Europe/Madrid")
PARIS = ZoneInfo("Europe/Paris")


# --- dates and times in four languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Does Thursday the 12th at 2pm ET work?", "en", datetime(2026, 3, 12, 14, 0, tzinfo=NY)),
        ("You're confirmed for tomorrow at 3 (Eastern).", "en", datetime(2026, 3, 4, 15, 0, tzinfo=NY)),
        ("Could you do tomorrow at 10?", "en", datetime(2026, 3, 4, 10, 0, tzinfo=NY)),
        ("How about next Monday at 11am ET?", "en", datetime(2026, 3, 9, 11, 0, tzinfo=NY)),
        ("Confirmed for Tuesday 10:30am.", "en", datetime(2026, 3, 10, 10, 30, tzinfo=NY)),
        ("Would Monday the 9th at 1pm ET work?", "en", datetime(2026, 3, 9, 13, 0, tzinfo=NY)),
        ("Would Monday the 2nd at 1pm ET work?", "en", datetime(2026, 11, 2, 13, 0, tzinfo=NY)),
        (
            "Wednesday, March 18 at 10:30 AM Central (11:30 AM Eastern)",
            "en",
            datetime(2026, 3, 18, 10, 30, tzinfo=ZoneInfo("America/Chicago")),
        ),
        ("Thursday at 11 ET works for me.", "en", datetime(2026, 3, 5, 11, 0, tzinfo=NY)),
        ("Locked in for Thursday 11 ET.", "en", datetime(2026, 3, 5, 11, 0, tzinfo=NY)),
        (
            "Let's do 3/12 at 4pm PT.",
            "en",
            datetime(2026, 3, 12, 16, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        ),
        (
            "Event Date/Time: 02:00pm - 02:30pm (Eastern Time - US & Canada) on Thursday, March 12, 2026",
            "en",
            datetime(2026, 3, 12, 14, 0, tzinfo=NY),
        ),
        ("Passt Ihnen der 12.03.2026 um 14:00 Uhr?", "de", datetime(2026, 3, 12, 14, 0, tzinfo=NY)),
        (
            "Passt Ihnen Dienstag, der 24. März, um 15:00 Uhr MEZ?",
            "de",
            datetime(2026, 3, 24, 15, 0, tzinfo=BERLIN),
        ),
        ("Wie wäre es morgen um 10 Uhr?", "de", datetime(2026, 3, 4, 10, 0, tzinfo=NY)),
        ("Montag, 16.03. um 9:30 Uhr", "de", datetime(2026, 3, 16, 9, 30, tzinfo=NY)),
        (
            "¿Te viene bien el jueves 12 de marzo a las 10:00 (hora de Madrid)?",
            "es",
            datetime(2026, 3, 12, 10, 0, tzinfo=MADRID),
        ),
        ("¿Qué tal el próximo lunes a las 11:00?", "es", datetime(2026, 3, 9, 11, 0, tzinfo=NY)),
        ("Te confirmo mañana a las 10.", "es", datetime(2026, 3, 4, 10, 0, tzinfo=NY)),
        (
            "Je vous propose le jeudi 12 mars à 14h (heure de Paris).",
            "fr",
            datetime(2026, 3, 12, 14, 0, tzinfo=PARIS),
        ),
        ("C'est confirmé pour demain à 10h.", "fr", datetime(2026, 3, 4, 10, 0, tzinfo=NY)),
        ("Seriez-vous disponible lundi prochain à 11h ?", "fr", datetime(2026, 3, 9, 11, 0, tzinfo=NY)),
    ],
)
def test_scheduling_phrases_resolve_against_the_message_date_in_the_stated_zone(
    text: str, lang: str, expected: datetime
) -> None:
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert slots and slots[0].at == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Confirmed for Tuesday March 24, 10am-1pm, lunch after at Casa Madrid nearby.",
            "en",
            datetime(2026, 3, 24, 10, 0, tzinfo=NY),
        ),
        (
            "Termin: Dienstag, 24.03.2026 um 10 Uhr in unserem Berliner Büro.",
            "de",
            datetime(2026, 3, 24, 10, 0, tzinfo=NY),
        ),
        (
            "Quedamos el martes 24 de marzo a las 10:00 en la oficina de Madrid Río.",
            "es",
            datetime(2026, 3, 24, 10, 0, tzinfo=NY),
        ),
        (
            "Rendez-vous le mardi 24 mars à 10h dans nos bureaux de la rue de Paris Montparnasse.",
            "fr",
            datetime(2026, 3, 24, 10, 0, tzinfo=NY),
        ),
        (
            "Tuesday March 24 at 10am London time works.",
            "en",
            datetime(2026, 3, 24, 10, 0, tzinfo=ZoneInfo("Europe/London")),
        ),
    ],
)
def test_a_city_named_in_an_address_is_not_the_time_zone_of_the_slot(
    text: str, lang: str, expected: datetime
) -> None:
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert slots and slots[0].at == expected


def test_relative_dates_follow_the_writers_own_day_not_the_readers() -> None:
    # 21:40 on Monday in Los Angeles is already Tuesday in New York; "tomorrow" is the writer's Tuesday.
    late = datetime.fromisoformat("2026-03-16T21:40:00-07:00")
    slot = find_slots("Could you do tomorrow at 10?", base=late, tz=NY, lang="en")[0]
    assert slot.day == date(2026, 3, 17)


def test_a_date_line_takes_the_time_on_the_next_line() -> None:
    text = "Your interview is confirmed:\n\nTuesday, February 3, 2026\n9:30 AM - 10:30 AM EST\n"
    slot = find_slots(text, base=datetime(2026, 2, 2, 11, 0, tzinfo=NY), tz=NY)[0]
    assert slot.at == datetime(2026, 2, 3, 9, 30, tzinfo=NY)


def test_two_options_in_one_sentence_are_two_slots() -> None:
    slots = find_slots("Would Monday at 10 or Tuesday at 2 work?", base=TUE, tz=NY)
    assert [s.at for s in slots] == [
        datetime(2026, 3, 9, 10, 0, tzinfo=NY),
        datetime(2026, 3, 10, 14, 0, tzinfo=NY),
    ]


def test_sentences_keep_german_dates_whole() -> None:
    assert sentences("Passt Ihnen Dienstag, der 24. März, um 15 Uhr? Gern.") == [
        "Passt Ihnen Dienstag, der 24. März, um 15 Uhr?",
        "Gern.",
    ]


# --- stated reply-by dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We'll get back to you by Friday.", "en", date(2026, 3, 6)),
        ("You'll hear from us within two weeks.", "en", date(2026, 3, 17)),
        ("We will let you know by end of next week.", "en", date(2026, 3, 13)),
        ("I expect we'll make decisions by March 20th.", "en", date(2026, 3, 20)),
        (
            "We're still interviewing this week, and I expect to decide by March 20th.",
            "en",
            date(2026, 3, 20),
        ),
        ("We'll be in touch within 5 business days.", "en", date(2026, 3, 10)),
        ("Wir melden uns bis Ende nächster Woche.", "de", date(2026, 3, 13)),
        ("Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.", "de", date(2026, 3, 17)),
        ("Wir geben Ihnen bis zum 20. März Bescheid.", "de", date(2026, 3, 20)),
        ("Te daremos una respuesta dentro de dos semanas.", "es", date(2026, 3, 17)),
        ("Te contactaremos antes del viernes.", "es", date(2026, 3, 6)),
        ("Nous reviendrons vers vous d'ici vendredi.", "fr", date(2026, 3, 6)),
        ("Vous aurez une réponse sous deux semaines.", "fr", date(2026, 3, 17)),
        ("Nous vous ferons un retour d'ici la fin de la semaine prochaine.", "fr", date(2026, 3, 13)),
    ],
)
def test_stated_reply_by_is_counted_from_the_message_date(text: str, lang: str, expected: date) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We expect to get back to you within 5-8 days.", "en", date(2026, 3, 11)),
        ("Sie hören innerhalb von 7 bis 10 Tagen von uns.", "de", date(2026, 3, 13)),
        ("Tendrás noticias nuestras dentro de 7 a 10 días.", "es", date(2026, 3, 13)),
        ("Vous aurez une réponse sous 7 à 10 jours.", "fr", date(2026, 3, 13)),
    ],
)
def test_a_stated_range_of_days_means_its_upper_bound(text: str, lang: str, expected: date) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We'll get back to you by the end of March.", "en"),
        ("Wir melden uns spätestens Ende März bei Ihnen.", "de"),
        ("Te daremos una respuesta a finales de marzo.", "es"),
        ("Nous reviendrons vers vous d'ici fin mars.", "fr"),
    ],
)
def test_the_end_of_a_named_month_is_its_last_day(text: str, lang: str) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks again for your time; we will get back to you\nby March 20.", "en"),
        ("Das Team trifft sich nächste Woche, und wir melden uns\nbis zum 20. März bei Ihnen.", "de"),
        ("El equipo se reúne la semana que viene y te daremos una respuesta\nantes del 20 de marzo.", "es"),
        ("Merci pour votre temps, nous vous ferons un retour\nd'ici le 20 mars.", "fr"),
    ],
)
def test_a_promise_wrapped_over_lines_is_read_whole(text: str, lang: str) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "We'd love an answer by April 15.",  # a deadline for the owner
        "Could you send it back within a week or so?",  # an ask, not a promise
        "We're meeting a few more candidates this week.",  # no promise at all
        "Please send your references by Friday.",
    ],
)
def test_deadlines_for_the_owner_are_not_reply_by_dates(text: str) -> None:
    assert find_reply_by(text, base=TUE, tz=NY) == []


# --- outcomes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After a lot of discussion, the team has decided not to move forward with your application.",
        "They're not moving forward.",
        "We have decided to move forward with other candidates whose qualifications more closely align.",
        "The team has decided to extend an offer to another candidate.",
        "Unfortunately your application was unsuccessful.",
        "Leider haben wir uns für einen anderen Kandidaten entschieden.",
        "Lamentamos informarte de que hemos decidido seguir con otros candidatos.",
        "Nous avons le regret de ne pas donner suite à votre candidature.",
    ],
)
def test_rejections_in_many_phrasings_and_four_languages(text: str) -> None:
    assert find_outcome(text, sent=False) == ("rejected", text)


@pytest.mark.parametrize(
    "text",
    [
        "On behalf of everyone here, I'd like to offer you the Staff Engineer position!",
        "Wir freuen uns, Ihnen die Stelle anbieten zu können.",
        "Nos complace ofrecerte el puesto de Ingeniera de Datos.",
        "Nous sommes ravis de vous proposer le poste.",
    ],
)
def test_offers_in_four_languages(text: str) -> None:
    assert find_outcome(text, sent=False) == ("offer", text)


@pytest.mark.parametrize(
    "text",
    [
        "After a lot of thought, I've decided to withdraw from the process.",
        "Ich ziehe meine Bewerbung zurück.",
        "He decidido retirar mi candidatura.",
        "Après réflexion, je souhaite retirer ma candidature.",
    ],
)
def test_the_owners_withdrawal_in_four_languages(text: str) -> None:
    assert find_outcome(text, sent=True) == ("withdrawn", text)


def test_outcome_phrases_that_are_not_outcomes() -> None:
    assert find_outcome("I have an offer in hand with a deadline of April 15.", sent=True) is None
    assert find_outcome("If it's a no, that's completely fine.", sent=True) is None
    assert find_outcome("Thanks for the note; we're still reviewing.", sent=False) is None


# --- asks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Could you send me your availability for the weeks of March 16 and 23?", "availability"),
        ("Would you please send me two or three times that work for you next week?", "availability"),
        ("Could you send me 3–4 windows that work next week?", "availability"),
        ("Want to grab 30 minutes? Pick whatever works here: https://cal.example/x", "availability"),
        ("Could you please send me the names of two professional references?", "references"),
        (
            "Before I schedule it, could you please send me:\n"
            "1. Two references, and\n2. Your salary expectations.",
            "references",
        ),
        ("Our next step is a short work sample; the brief is attached.", "take-home"),
        ("Please send us a copy of your CV.", "document"),
        ("Könnten Sie mir bitte Ihre Verfügbarkeit für nächste Woche schicken?", "availability"),
        ("¿Podrías enviarme tus referencias?", "references"),
        ("Pourriez-vous nous envoyer vos disponibilités ?", "availability"),
    ],
)
def test_asks_for_availability_references_documents_and_take_homes(text: str, kind: str) -> None:
    assert kind in [k for k, _ in find_asks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Does Thursday at 11 work?",
        "If that doesn't work, send me a few times and I'll shuffle things.",
        "If not, send me a couple of alternatives.",
        "We've now heard back from both of your references.",
        "Thank you for the time you put into the take-home exercise.",
        "Kindly accept the invitation to confirm.",
    ],
)
def test_single_proposals_fallbacks_and_thanks_are_not_asks(text: str) -> None:
    assert find_asks(text) == []


# --- the timeline -------------------------------------------------------------------------------


def test_a_proposed_slot_alone_is_not_an_interview() -> None:
    t = build_timeline([make("Does Thursday at 11 ET work for you?", at="2026-03-03T09:00:00-05:00")], tz=NY)
    assert t.interviews == ()


def test_the_owners_works_for_me_confirms_the_proposal_known_from_the_proposal() -> None:
    proposal = make("Does Thursday at 11 ET work for a call with our CTO?", at="2026-03-03T09:00:00-05:00")
    answer = make("Thursday at 11 ET works for me.", at="2026-03-03T10:00:00-05:00", sent=True)
    t = build_timeline([proposal, answer], tz=NY)
    assert [(i.at, i.known_at, i.via) for i in t.interviews] == [
        (datetime(2026, 3, 5, 11, 0, tzinfo=NY), proposal.date, "text")
    ]


def test_a_bare_that_works_accepts_the_single_pending_proposal() -> None:
    proposal = make("Could we do the phone screen on Friday at 2pm ET?", at="2026-03-03T09:00:00-05:00")
    answer = make("That works, thanks!", at="2026-03-03T10:00:00-05:00", sent=True)
    t = build_timeline([proposal, answer], tz=NY)
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 6, 14, 0, tzinfo=NY)]


def test_employer_confirmation_of_one_of_the_owners_windows() -> None:
    owner = make(
        "Any of these work:\n- Tuesday, Mar 10: 9:00–11:30 AM\n- Wed, Mar 11: 1–3pm",
        at="2026-03-03T10:00:00-05:00",
        sent=True,
    )
    confirm = make(
        "Confirmed for Tuesday 10:30am. Steve will send a Teams link.", at="2026-03-04T09:00:00-05:00"
    )
    t = build_timeline([owner, confirm], tz=NY)
    assert [(i.at, i.known_at) for i in t.interviews] == [
        (datetime(2026, 3, 10, 10, 30, tzinfo=NY), confirm.date)
    ]


def test_a_declined_slot_is_not_an_interview() -> None:
    proposal = make("Would Thursday at 11 ET work?", at="2026-03-03T09:00:00-05:00")
    answer = make(
        "Unfortunately Thursday at 11 doesn't work for me.", at="2026-03-03T10:00:00-05:00", sent=True
    )
    assert build_timeline([proposal, answer], tz=NY).interviews == ()


def test_calendar_request_cancel_and_reschedule() -> None:
    first = make(
        "Invite below.",
        at="2026-03-02T09:00:00-05:00",
        calendar=[event("2026-03-10T11:00:00-04:00", uid="a@x.example")],
    )
    moved = make(
        "Updated invite.",
        at="2026-03-04T09:00:00-05:00",
        calendar=[event("2026-03-12T11:00:00-04:00", uid="a@x.example", sequence=1)],
    )
    second = make(
        "Second round.",
        at="2026-03-04T10:00:00-05:00",
        calendar=[event("2026-03-20T11:00:00-04:00", uid="b@x.example")],
    )
    cancel = make(
        "Cancelled.",
        at="2026-03-05T10:00:00-05:00",
        calendar=[event("2026-03-20T11:00:00-04:00", uid="b@x.example", method="CANCEL", sequence=1)],
    )
    t = build_timeline([first, moved, second, cancel], tz=NY)
    assert [(i.at, i.known_at, i.via) for i in t.interviews] == [
        (datetime(2026, 3, 12, 11, 0, tzinfo=NY), moved.date, "calendar")
    ]


def test_an_older_sequence_does_not_undo_a_reschedule() -> None:
    moved = make(
        "Updated.",
        at="2026-03-04T09:00:00-05:00",
        calendar=[event("2026-03-12T11:00:00-04:00", uid="a@x.example", sequence=2)],
    )
    stale = make(
        "Old copy.",
        at="2026-03-05T09:00:00-05:00",
        calendar=[event("2026-03-10T11:00:00-04:00", uid="a@x.example", sequence=1)],
    )
    t = build_timeline([moved, stale], tz=NY)
    assert [i.at.day for i in t.interviews] == [12]


def test_the_owners_calendar_reply_is_an_owner_message_not_an_invite() -> None:
    invite = make("Invite.", at="2026-03-02T09:00:00-05:00", calendar=[event("2026-03-10T11:00:00-04:00")])
    reply = make(
        "Sam Rivera has accepted this invitation.",
        at="2026-03-02T10:00:00-05:00",
        sent=True,
        calendar=[event("2026-03-10T11:00:00-04:00", method="REPLY", partstat="ACCEPTED")],
    )
    t = build_timeline([invite, reply], tz=NY)
    assert len(t.interviews) == 1 and t.owner_messages == (reply.date,)
    assert "invite" not in t.entries[1].roles


def test_non_interview_invites_are_excluded() -> None:
    recurring = make(
        "Weekly",
        at="2026-03-02T09:00:00-05:00",
        calendar=[event("2026-03-05T10:00:00-05:00", summary="Weekly sync", recurring=True)],
    )
    dentist = make(
        "Cleaning",
        at="2026-03-02T09:00:00-05:00",
        calendar=[event("2026-03-17T08:30:00-04:00", summary="Dental cleaning", uid="d@x.example")],
    )
    assert build_timeline([recurring, dentist], tz=NY).interviews == ()
    assert (
        build_timeline(
            [
                make(
                    "Invite",
                    at="2026-03-02T09:00:00-05:00",
                    calendar=[event("2026-03-05T10:00:00-05:00", summary="Chat")],
                )
            ],
            tz=NY,
            job_context=False,
        ).interviews
        == ()
    )


def test_a_rescheduling_proposal_moves_the_text_interview() -> None:
    msgs = [
        make("Confirmed for Thursday 11am for your interview.", at="2026-03-02T09:00:00-05:00"),
        make("Could we move to Friday at 2pm instead?", at="2026-03-03T09:00:00-05:00"),
        make("Friday at 2pm works.", at="2026-03-03T10:00:00-05:00", sent=True),
    ]
    t = build_timeline(msgs, tz=NY)
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 6, 14, 0, tzinfo=NY)]


def test_a_cancellation_in_prose_removes_the_coming_interview() -> None:
    msgs = [
        make("Confirmed for Thursday 11am.", at="2026-03-02T09:00:00-05:00"),
        make(
            "I'm sorry, we need to cancel Thursday's interview; the role is on hold.",
            at="2026-03-03T09:00:00-05:00",
        ),
    ]
    assert build_timeline(msgs, tz=NY).interviews == ()


def test_a_thank_you_for_todays_interview_shows_it_took_place() -> None:
    note = make(
        "Thank you for the interview this afternoon, I enjoyed it.", at="2026-03-04T17:00:00-05:00", sent=True
    )
    t = build_timeline([make("Hi Sam, looking forward to it.", at="2026-03-01T09:00:00-05:00"), note], tz=NY)
    assert [i.at.date() for i in t.interviews] == [date(2026, 3, 4)]


def test_employer_messages_exclude_automated_mail_and_owner_messages_are_all_sent_mail() -> None:
    human = make("Would Monday at 10 work?", at="2026-03-02T09:00:00-05:00")
    auto = make(
        "Your interview has been scheduled.",
        at="2026-03-02T09:05:00-05:00",
        auto=True,
        frm=("Orbitkit", "notifications@ashbyhq.test"),
    )
    mine = make("Monday at 10 works.", at="2026-03-02T10:00:00-05:00", sent=True)
    t = build_timeline([human, auto, mine], tz=NY)
    assert t.employer_messages == (human.date,) and t.owner_messages == (mine.date,)
    assert [e.roles[0] for e in t.entries] == ["employer_reply", "automated", "interview"]


def test_outcome_is_read_from_new_text_only_never_from_quoted_history() -> None:
    quoted = "> Unfortunately we have decided not to move forward with your application."
    msg = make(f"Thanks again!\n\n{quoted}", at="2026-03-02T09:00:00-05:00", new_text="Thanks again!")
    assert build_timeline([msg], tz=NY).outcome is None


def test_an_automated_form_rejection_is_an_outcome_but_not_an_employer_message() -> None:
    msg = make(
        "We have decided to move forward with other candidates.",
        at="2026-03-12T03:14:00-04:00",
        auto=True,
        frm=("Orbitkit Careers", "orbitkit@myworkday.test"),
    )
    t = build_timeline([msg], tz=NY)
    assert t.outcome is not None and t.outcome.kind == "rejected" and t.employer_messages == ()


def test_asks_come_from_the_latest_employer_message_only() -> None:
    ask = make("Could you send me your availability?", at="2026-03-02T09:00:00-05:00")
    update = make("Quick update: we're still reviewing.", at="2026-03-05T09:00:00-05:00")
    assert build_timeline([ask], tz=NY).asks[0].at == ask.date
    assert build_timeline([ask, update], tz=NY).asks == ()


def test_reply_by_dates_carry_the_message_they_came_from() -> None:
    msg = make("We'll get back to you by end of next week.", at="2026-03-11T10:12:00-04:00")
    (rb,) = build_timeline([msg], tz=NY).reply_bys
    assert (
        rb.on.astimezone(NY).date() == date(2026, 3, 20)
        and rb.known_at == msg.date
        and rb.source == msg.message_id
    )


def test_a_new_interview_after_an_outcome_reopens_the_process() -> None:
    msgs = [
        make("We have decided not to move forward.", at="2026-03-02T09:00:00-05:00"),
        make(
            "Good news, the role reopened. Confirmed for a call on Thursday at 11am.",
            at="2026-03-09T09:00:00-04:00",
        ),
    ]
    t = build_timeline(msgs, tz=NY)
    assert t.outcome is None and len(t.interviews) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks for your time, we will get back to you next week.", "en"),
        ("Vielen Dank für das Gespräch, wir melden uns bei Ihnen.", "de"),
        ("Muchas gracias por tu tiempo, te escribiremos pronto con la respuesta.", "es"),
        ("Merci pour votre temps, nous reviendrons vers vous la semaine prochaine.", "fr"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


# --- untrusted mail ---------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from(
    [
        "Thursday",
        "the 12th",
        "at",
        "3pm",
        "ET",
        "works",
        "?",
        "tomorrow",
        "um",
        "15:00",
        "Uhr",
        "März",
        "24.",
        "by",
        "end of next week",
        "within",
        "two",
        "weeks",
        "références",
        "\n",
        "31.02.2026",
        "99:99",
        "the 45th",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40).map(" ".join))
def test_reading_never_raises_on_arbitrary_text(text: str) -> None:
    find_slots(text, base=TUE, tz=NY)
    find_reply_by(text, base=TUE, tz=NY)
    find_outcome(text, sent=False)
    find_asks(text)
    build_timeline(
        [make(text, at="2026-03-03T09:00:00-05:00"), make(text, at="2026-03-03T10:00:00-05:00", sent=True)],
        tz=NY,
    )


@pytest.mark.parametrize(
    "text",
    [
        "See you Thursday at 2pm for the interview!",
        "I've sent you a calendar invite for Thursday at 2pm.",
        "I would like to confirm your interview on Thursday at 2pm.",
        "You're all set for your phone screen on Thursday at 2pm.",
        "Wir bestätigen Ihr Gespräch am Donnerstag um 14 Uhr.",
        "Te confirmo la entrevista el jueves a las 14:00.",
        "Je vous confirme l'entretien jeudi à 14h.",
    ],
)
def test_employer_confirmations_make_an_interview(text: str) -> None:
    t = build_timeline([make(text, at="2026-03-03T09:00:00-05:00")], tz=NY)
    assert [i.at.astimezone(NY).date() for i in t.interviews] == [date(2026, 3, 5)]


@pytest.mark.parametrize(
    "text",
    [
        "I can do Thursday at 2pm or Friday at 10am, let me know what works.",
        "He has Wednesday at 4pm ET open. Does that work?",
        "Vorschlag: Donnerstag um 14 Uhr. Passt Ihnen das?",
        "¿Te viene bien el jueves a las 14:00?",
        "Seriez-vous disponible jeudi à 14h ?",
    ],
)
def test_employer_proposals_wait_for_an_answer(text: str) -> None:
    assert build_timeline([make(text, at="2026-03-03T09:00:00-05:00")], tz=NY).interviews == ()


def test_an_invitation_for_a_proposed_slot_confirms_it_known_since_the_proposal() -> None:
    proposal = make("Would Thursday at 11am ET work?", at="2026-03-02T09:00:00-05:00")
    invite = make(
        "Invite attached.", at="2026-03-03T09:00:00-05:00", calendar=[event("2026-03-05T11:00:00-05:00")]
    )
    t = build_timeline([proposal, invite], tz=NY)
    assert [(i.at, i.known_at, i.via) for i in t.interviews] == [
        (datetime(2026, 3, 5, 11, 0, tzinfo=NY), proposal.date, "calendar")
    ]


def test_a_slot_that_is_not_about_a_call_or_interview_is_not_one() -> None:
    proposal = make(
        "Dinner at our place on Sunday the 8th at 6? Bring wine.",
        at="2026-03-03T09:00:00-05:00",
        subject="Sunday",
    )
    answer = make(
        "Yes! Sunday the 8th at 6 works.", at="2026-03-03T10:00:00-05:00", sent=True, subject="Re: Sunday"
    )
    assert build_timeline([proposal, answer], tz=NY).interviews == ()


# --- the owner confirms the slot the employer offered --------------------------------------------


@pytest.mark.parametrize(
    ("invite", "answer"),
    [
        (
            "We'd like to invite you to an interview on Thursday, 5 March at 10:00 ET. Please reply to confirm.",
            "Thank you, I confirm Thursday 5 March at 10:00.",
        ),
        (
            "Gerne laden wir Sie zu einem Vorstellungsgespräch ein: Donnerstag, 5. März 2026, 10:00 Uhr. "
            "Bitte bestätigen Sie uns den Termin.",
            "Den Termin am Donnerstag, 5. März, um 10:00 Uhr bestätige ich gern.",
        ),
        (
            "Te proponemos una entrevista el jueves 5 de marzo a las 10:00. ¿Nos confirmas?",
            "Te confirmo el jueves 5 de marzo a las 10:00.",
        ),
        (
            "Je vous propose un entretien le jeudi 5 mars à 10h. Merci de me confirmer votre disponibilité.",
            "Je vous confirme ma présence le jeudi 5 mars à 10h.",
        ),
    ],
)
def test_the_owner_confirming_the_offered_slot_makes_it_an_interview(invite: str, answer: str) -> None:
    offer = make(invite, at="2026-03-02T09:00:00-05:00")
    reply = make(answer, at="2026-03-02T11:00:00-05:00", sent=True)
    t = build_timeline([offer, reply], tz=NY)
    assert [(i.at, i.known_at) for i in t.interviews] == [
        (datetime(2026, 3, 5, 10, 0, tzinfo=NY), offer.date)
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Could you confirm Thursday 5 March at 10:00?",
        "Please confirm Thursday 5 March at 10:00 and send the link.",
        "I can confirm Thursday 5 March at 10:00 once I have checked with my manager.",
    ],
)
def test_asking_for_a_confirmation_is_not_confirming(answer: str) -> None:
    offer = make("We could do an interview on Thursday, 5 March at 10:00 ET.", at="2026-03-02T09:00:00-05:00")
    reply = make(answer, at="2026-03-02T11:00:00-05:00", sent=True)
    assert build_timeline([offer, reply], tz=NY).interviews == ()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Many thanks for organising this morning's interview.", date(2026, 3, 4)),
        ("Thank you for today's conversation with the team.", date(2026, 3, 4)),
        ("Herzlichen Dank für das angenehme Gespräch heute.", date(2026, 3, 4)),
        ("Vielen Dank für das gestrige Gespräch.", date(2026, 3, 3)),
    ],
)
def test_a_thank_you_naming_the_interview_before_the_day_shows_it_took_place(text: str, day: date) -> None:
    hello = make("Hi Sam, looking forward to it.", at="2026-03-01T09:00:00-05:00")
    note = make(text, at="2026-03-04T17:00:00-05:00", sent=True)
    assert [i.at.date() for i in build_timeline([hello, note], tz=NY).interviews] == [day]


# --- zones, halves of the day, weekdays ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Could we do Thursday at 10:00 IST?",
            "en",
            datetime(2026, 3, 5, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata")),
        ),
        (
            "Thursday 9:00 AEST works for the panel.",
            "en",
            datetime(2026, 3, 5, 9, 0, tzinfo=ZoneInfo("Australia/Sydney")),
        ),
        (
            "Tuesday 7 April at 14:00 BST.",
            "en",
            datetime(2026, 4, 7, 14, 0, tzinfo=ZoneInfo("Europe/London")),
        ),
        ("Jeudi 12 mars à 10h CET.", "fr", datetime(2026, 3, 12, 10, 0, tzinfo=BERLIN)),
        ("Am Donnerstag um 10:00 Uhr MESZ?", "de", datetime(2026, 3, 5, 10, 0, tzinfo=BERLIN)),
        (
            "Friday 6 March, 10:00 (GMT+5:30)",
            "en",
            datetime(2026, 3, 6, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        (
            "Friday 6 March at 15:00 UTC-05:00",
            "en",
            datetime(2026, 3, 6, 15, 0, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "Tuesday, March 10, 2026 2:00pm - 2:45pm (Central European Time)",
            "en",
            datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN),
        ),
        (
            "Tuesday, March 10, 2026 9:00am - 9:30am (India Standard Time)",
            "en",
            datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Asia/Kolkata")),
        ),
        ("How about Thursday at 9 in the evening?", "en", datetime(2026, 3, 5, 21, 0, tzinfo=NY)),
        ("Passt es morgen um 8 Uhr abends?", "de", datetime(2026, 3, 4, 20, 0, tzinfo=NY)),
        ("¿Te viene bien el jueves a las 5 de la tarde?", "es", datetime(2026, 3, 5, 17, 0, tzinfo=NY)),
        ("Jeudi à 9h du matin ?", "fr", datetime(2026, 3, 5, 9, 0, tzinfo=NY)),
        ("Could you do Wednesday 11/03 at 10am?", "en", datetime(2026, 3, 11, 10, 0, tzinfo=NY)),
        ("Could you do Thursday 3/12 at 10am?", "en", datetime(2026, 3, 12, 10, 0, tzinfo=NY)),
    ],
)
def test_zones_offsets_and_halves_of_the_day(text: str, lang: str, expected: datetime) -> None:
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert slots and slots[0].at == expected
    assert slots[0].at is not None and slots[0].at.utcoffset() == expected.utcoffset()


def test_a_weekday_with_its_article_and_a_date_is_one_slot() -> None:
    slots = find_slots(
        "Den Termin am Dienstag, 10. März, um 11:00 Uhr bestätige ich gern.", base=TUE, tz=NY, lang="de"
    )
    assert [(s.day, s.at) for s in slots] == [(date(2026, 3, 10), datetime(2026, 3, 10, 11, 0, tzinfo=NY))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El jueves 12 de marzo, a 2 semanas del cierre, decidimos.", "es"),
        ("Thursday works; at 3 candidates a day the loop is quick.", "en"),
        ("Le jeudi 12 mars, à 4 semaines du lancement.", "fr"),
    ],
)
def test_a_bare_number_before_a_unit_is_not_an_hour(text: str, lang: str) -> None:
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert slots and all(s.at is None for s in slots)


@pytest.mark.parametrize(
    ("written", "text", "expected"),
    [
        ("2026-03-08T10:00:00-04:00", "How about next Monday at 10?", date(2026, 3, 16)),  # said on a Sunday
        ("2026-03-08T10:00:00-04:00", "How about Monday at 10?", date(2026, 3, 9)),
        ("2026-03-09T10:00:00-04:00", "How about next Monday at 10?", date(2026, 3, 16)),  # on a Monday
        ("2026-03-09T10:00:00-04:00", "How about next Tuesday at 10?", date(2026, 3, 17)),
        ("2026-03-11T10:00:00-04:00", "How about next Monday at 10?", date(2026, 3, 16)),
        ("2026-03-08T10:00:00-04:00", "Wie wäre es nächsten Montag um 10 Uhr?", date(2026, 3, 16)),
    ],
)
def test_next_weekday_never_means_tomorrow(written: str, text: str, expected: date) -> None:
    lang = detect_language(text)
    (slot,) = find_slots(text, base=datetime.fromisoformat(written), tz=NY, lang=lang)
    assert slot.day == expected


@pytest.mark.parametrize(
    ("proposal", "answer"),
    [
        ("Would Thursday at 2pm ET work for a call with our CTO?", "Yes, I'm available then."),
        ("Would Thursday at 2pm ET work for a call with our CTO?", "I can make it, thanks!"),
        ("Would Thursday at 2pm ET work for a call with our CTO?", "Absolutely, Thursday at 2pm it is."),
        ("Would Thursday at 2pm ET work for a call with our CTO?", "Great, see you Thursday."),
        (
            "Hätten Sie am Donnerstag um 14 Uhr Zeit für ein Gespräch?",
            "Ja, am Donnerstag um 14 Uhr habe ich Zeit.",
        ),
        ("Hätten Sie am Donnerstag um 14 Uhr Zeit für ein Gespräch?", "Sehr gerne, ich bin dabei."),
        ("¿Te viene bien una entrevista el jueves a las 14:00?", "¡Claro! Allí estaré."),
        ("Seriez-vous disponible jeudi à 14h pour un entretien ?", "Avec plaisir, à jeudi !"),
    ],
)
def test_plain_ways_of_taking_the_offered_slot(proposal: str, answer: str) -> None:
    offer = make(proposal, at="2026-03-02T09:00:00-05:00")
    reply = make(answer, at="2026-03-02T10:00:00-05:00", sent=True)
    assert [i.at for i in build_timeline([offer, reply], tz=NY).interviews] == [
        datetime(2026, 3, 5, 14, 0, tzinfo=NY)
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "I'm available Friday at 10 instead.",
        "I'm free any day next week except Thursday.",
        "Of course, I'd love to chat, but could we do Friday at 10?",
    ],
)
def test_a_counter_proposal_is_not_taking_the_slot(answer: str) -> None:
    offer = make("Would Thursday at 2pm ET work for a call with our CTO?", at="2026-03-02T09:00:00-05:00")
    reply = make(answer, at="2026-03-02T10:00:00-05:00", sent=True)
    assert build_timeline([offer, reply], tz=NY).interviews == ()


def test_the_employer_taking_the_owners_counter_proposal_makes_it_the_interview() -> None:
    msgs = [
        make("Would Thursday at 2pm ET work for a call with our CTO?", at="2026-03-02T09:00:00-05:00"),
        make("I'm available Friday at 10 instead.", at="2026-03-02T10:00:00-05:00", sent=True),
        make("Friday works, talk then.", at="2026-03-02T11:00:00-05:00"),
    ]
    assert [i.at for i in build_timeline(msgs, tz=NY).interviews] == [datetime(2026, 3, 6, 10, 0, tzinfo=NY)]


@pytest.mark.parametrize(
    "text",
    [
        "We look forward to seeing you on Thursday at 2pm for your interview.",
        "Thursday at 2pm it is - I'll send you a calendar invite.",
        "Your phone screen with Dana is on the calendar for Thursday at 2pm.",
        "You'll be meeting with Priya on Thursday at 2pm ET.",
        "Your interview will take place on Thursday, 5 March at 14:00.",
        "Das Gespräch findet am Donnerstag, 5. März um 14 Uhr statt.",
        "Wir sehen uns am Donnerstag um 14 Uhr zum Gespräch.",
        "La entrevista será el jueves 5 de marzo a las 14:00.",
        "Quedamos el jueves a las 14:00 para la entrevista.",
        "L'entretien aura lieu le jeudi 5 mars à 14h.",
        "Je vous attends jeudi à 14h pour l'entretien.",
    ],
)
def test_a_slot_the_employer_states_as_settled_is_an_interview(text: str) -> None:
    t = build_timeline([make(text, at="2026-03-02T09:00:00-05:00")], tz=NY)
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 5, 14, 0, tzinfo=NY)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We've decided to pursue candidates whose experience more closely aligns with the role.",
            "rejected",
        ),
        ("We have decided not to move ahead with your candidacy.", "rejected"),
        ("We won't be moving you on to the next stage.", "rejected"),
        ("I'm afraid we won't be taking your application forward.", "rejected"),
        ("The team decided to go with a candidate whose experience is a closer match.", "rejected"),
        ("Sadly, this time it's not a match.", "rejected"),
        ("We are not able to move forward with your application at this time.", "rejected"),
        ("Wir haben uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.", "rejected"),
        ("Après étude de votre dossier, nous ne donnerons pas suite à votre candidature.", "rejected"),
        ("Nous avons choisi de poursuivre avec un autre profil.", "rejected"),
        ("We would love to have you join the team and are sending over an offer.", "offer"),
    ],
)
def test_more_ways_to_say_no_and_yes(text: str, kind: str) -> None:
    found = find_outcome(text, sent=False)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Wir sprechen diese Woche noch mit anderen Bewerbern.",
        "Good news: we will be moving you to the next stage.",
        "If it's not a match, no worries at all.",
        "Nous rencontrons d'autres candidats cette semaine.",
    ],
)
def test_talk_of_other_candidates_or_next_stages_is_not_an_outcome(text: str) -> None:
    assert find_outcome(text, sent=False) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We hope to have feedback for you by mid next week.", "en", date(2026, 3, 11)),
        ("We'll wrap up interviews this week and will share feedback next Tuesday.", "en", date(2026, 3, 10)),
        ("Sie hören innerhalb von zwei Wochen von uns.", "de", date(2026, 3, 17)),
        ("Eine Rückmeldung erhalten Sie bis Mitte nächster Woche.", "de", date(2026, 3, 11)),
        ("Te escribiremos en un plazo de 10 días.", "es", date(2026, 3, 13)),
        ("Vous aurez une réponse sous huit jours.", "fr", date(2026, 3, 11)),
        ("Nous reviendrons vers vous lundi prochain.", "fr", date(2026, 3, 9)),
        ("Du hörst innerhalb von 10 Tagen von uns, versprochen.", "de", date(2026, 3, 13)),
        ("Merci encore, revenons vers vous d'ici le 20 mars.", "fr", date(2026, 3, 20)),
    ],
)
def test_more_stated_reply_by_dates(text: str, lang: str, expected: date) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "When would suit you for a second call?",
        "What days work best for you next week?",
        "Wann hätten Sie nächste Woche Zeit?",
        "¿Qué días te vendría bien la próxima semana?",
        "Quels jours vous conviendraient la semaine prochaine ?",
    ],
)
def test_a_question_about_when_the_owner_is_free_asks_for_availability(text: str) -> None:
    assert [kind for kind, _ in find_asks(text)] == ["availability"]


# --- "at the latest" with a weekday and a day number ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Te diremos algo como muy tarde el viernes 13.", "es", date(2026, 3, 13)),
        ("Te escribiremos el lunes 16 a más tardar.", "es", date(2026, 3, 16)),
        ("Nous reviendrons vers vous au plus tard vendredi 13.", "fr", date(2026, 3, 13)),
        ("Vous aurez notre réponse le jeudi 12 au plus tard.", "fr", date(2026, 3, 12)),
        ("Wir melden uns spätestens am Freitag, den 13.", "de", date(2026, 3, 13)),
        ("Sie hören bis spätestens Montag, 16. von uns.", "de", date(2026, 3, 16)),
        ("We'll get back to you on Friday the 13th at the latest.", "en", date(2026, 3, 13)),
        ("You'll hear from us no later than Thursday 12th.", "en", date(2026, 3, 12)),
        ("La decisión te la comunicaremos el lunes 30 como muy tarde.", "es", date(2026, 3, 30)),
    ],
)
def test_a_reply_by_said_as_at_the_latest_on_a_numbered_weekday(text: str, lang: str, expected: date) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Please send the signed form by Friday the 13th at the latest.", "en"),
        ("Bitte antworten Sie spätestens am Freitag, den 13.", "de"),
        ("Por favor, confirma como muy tarde el viernes 13.", "es"),
        ("Merci de nous répondre au plus tard vendredi 13.", "fr"),
    ],
)
def test_an_at_the_latest_deadline_for_the_owner_is_not_a_reply_by(text: str, lang: str) -> None:
    assert find_reply_by(text, base=TUE, tz=NY, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("¿Te va bien el jueves 12 a las 16:00?", "es", datetime(2026, 3, 12, 16, 0, tzinfo=NY)),
        ("¿Y el lunes 30 a las 9:30?", "es", datetime(2026, 3, 30, 9, 30, tzinfo=NY)),
        ("Je vous propose vendredi 13 à 10h.", "fr", datetime(2026, 3, 13, 10, 0, tzinfo=NY)),
        ("Passt Ihnen Freitag, den 13. um 14 Uhr?", "de", datetime(2026, 3, 13, 14, 0, tzinfo=NY)),
    ],
)
def test_a_weekday_with_a_bare_day_number_is_that_date_not_the_next_such_weekday(
    text: str, lang: str, expected: datetime
) -> None:
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert [s.at for s in slots] == [expected]


def test_an_english_weekday_followed_by_a_number_keeps_its_old_reading() -> None:
    # "Friday 10-11" names an hour, not Friday the 10th
    (slot,) = find_slots("Could we talk Friday 10-11?", base=TUE, tz=NY, lang="en")
    assert slot.day == date(2026, 3, 6)


# --- asks for take-homes, case studies, portfolios and salary expectations ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("As a next step, we'd ask you to work through the attached case study.", "take-home"),
        ("We'd like to invite you to complete a short data challenge before the final round.", "take-home"),
        ("I'd love to see a few examples of your recent work before Friday.", "document"),
        (
            "Im nächsten Schritt möchten wir Sie bitten, die angehängte Programmieraufgabe zu lösen.",
            "take-home",
        ),
        ("Wir würden uns freuen, wenn Sie uns Ihren Gehaltswunsch nennen.", "document"),
        ("Lassen Sie uns gern zwei, drei Arbeitsproben zukommen.", "document"),
        ("Como siguiente paso, te pedimos que resuelvas el caso práctico adjunto.", "take-home"),
        ("Te agradeceríamos que nos hicieras llegar tu portafolio.", "document"),
        ("Nos gustaría que nos indicaras tu expectativa salarial.", "document"),
        ("Pour la suite, nous vous invitons à réaliser l'étude de cas ci-jointe.", "take-home"),
        ("Nous aimerions que vous nous fassiez parvenir vos attentes salariales.", "document"),
    ],
)
def test_requests_for_work_and_expectations_are_asks_in_four_languages(text: str, kind: str) -> None:
    assert kind in [k for k, _ in find_asks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for completing the case study; the team is going through it now.",
        "Vielen Dank für Ihre Lösung der Fallstudie.",
        "Wir bitten um etwas Geduld.",
        "Gracias por enviar el caso práctico.",
        "Merci pour votre rendu de l'étude de cas.",
        "Please let me know if scheduling is a challenge.",
    ],
)
def test_thanks_for_work_already_sent_and_polite_words_are_not_asks(text: str) -> None:
    assert find_asks(text) == []


def test_a_german_case_study_request_is_what_the_employer_last_asked_for() -> None:
    frm = ("Henrike Sauer", "henrike.sauer@lindenhall.example")
    msgs = [
        make(
            "Guten Tag,\n\nvielen Dank für das Gespräch. Im nächsten Schritt möchten wir Sie bitten, die "
            "beigefügte Fallstudie zu bearbeiten und uns Ihre Ergebnisse zuzusenden.\n\nHenrike Sauer",
            at="2026-03-03T09:00:00+01:00",
            frm=frm,
            subject="Fallstudie – nächste Runde",
        )
    ]
    t = build_timeline(msgs, tz=BERLIN, language="de")
    assert len(t.asks) == 1 and t.asks[0].quote.startswith("Im nächsten Schritt möchten wir Sie bitten")


# --- rejections said warmly or indirectly ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm really sorry to be the bearer of disappointing news.",
        "In the end we offered the position to an applicant with deeper payments experience.",
        "We've gone with someone who has more hands-on Kubernetes experience.",
        "This isn't the news you were hoping for, I know.",
        "Wir haben die Stelle leider an eine andere Bewerberin vergeben.",
        "Die Position wurde inzwischen anderweitig besetzt.",
        "Leider habe ich keine guten Nachrichten für Sie.",
        "Hemos ofrecido el puesto a otra persona con más experiencia en banca.",
        "Al final nos hemos decantado por otro perfil.",
        "Siento no traerte buenas noticias.",
        "Nous avons finalement proposé le poste à une autre personne.",
        "Nous avons porté notre choix sur un autre profil.",
        "Le poste a été pourvu en interne.",
    ],
)
def test_warm_and_indirect_rejections_in_four_languages(text: str) -> None:
    assert find_outcome(text, sent=False) == ("rejected", text)


@pytest.mark.parametrize(
    "text",
    [
        "After some discussion we decided not to move you forward at this time.",
        "They went with candidates whose backgrounds were closer to embedded systems.",
        "Das Team hat entschieden, Sie nicht in die nächste Runde einzuladen.",
        "Leider hat sich das Team für Kandidaten mit mehr Praxiserfahrung entschieden.",
        "El equipo ha decidido no avanzar contigo a la entrevista final.",
        "Al final han optado por candidatos con más experiencia práctica.",
        "L'équipe a décidé de ne pas vous faire passer à l'étape suivante.",
        "L'équipe a retenu des candidats ayant plus d'expérience terrain.",
    ],
)
def test_not_moving_the_owner_forward_and_going_with_other_candidates_are_rejections(text: str) -> None:
    assert find_outcome(text, sent=False) == ("rejected", text)


@pytest.mark.parametrize(
    "text",
    [
        "The hiring manager would like to move you forward to the onsite!",
        "Wir möchten Sie gern in die nächste Runde einladen.",
        "Queremos avanzar contigo a la entrevista final.",
        "Nous souhaitons vous faire passer à l'étape suivante.",
    ],
)
def test_moving_the_owner_forward_is_not_a_rejection(text: str) -> None:
    assert find_outcome(text, sent=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "We are still talking to other candidates and will be in touch next week.",
        "Wir führen noch Gespräche mit anderen Kandidaten.",
        "Seguimos hablando con otros candidatos; te diremos algo pronto.",
        "Nous rencontrons encore d'autres candidats cette semaine.",
        "Sorry for the bad news: the hiring manager is out sick, so we need to move Thursday's call.",
        "We're going ahead with another round next week.",
        "Hemos optado por otra fecha para la entrevista.",
        "Wir möchten die Stelle mit einer weiteren Person besetzen.",
    ],
)
def test_other_candidates_still_in_the_running_and_bad_news_about_a_delay_are_not_rejections(
    text: str,
) -> None:
    assert find_outcome(text, sent=False) is None


def test_a_rejection_phrase_in_quoted_history_is_not_an_outcome() -> None:
    new = "Thanks Sam, Thursday at 10 works. See you then."
    quoted = f"{new}\n\nOn Mon, Rita wrote:\n> We have offered the role to another candidate.\n"
    t = build_timeline([make(quoted, new_text=new, at="2026-03-03T09:00:00-05:00")], tz=NY)
    assert t.outcome is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "HR will need a scan of your work permit before the offer stage. Could you forward it "
            "to me this week?",
            "en",
        ),
        (
            "Für die Einstellung braucht unsere Personalabteilung eine Kopie Ihrer Arbeitserlaubnis. "
            "Könnten Sie uns diese bitte zusenden?",
            "de",
        ),
        (
            "Nuestro equipo de personas necesita una copia de tu permiso de trabajo. "
            "¿Podrías enviárnoslo cuando puedas?",
            "es",
        ),
        (
            "Notre service RH a besoin de votre permis de travail. Pourriez-vous nous le transmettre ?",
            "fr",
        ),
    ],
)
def test_a_request_pointing_back_at_a_document_named_just_before_asks_for_it(text: str, lang: str) -> None:
    assert [kind for kind, _ in find_asks(text)] == ["document"]


def test_a_request_about_something_else_after_a_named_document_is_no_document_ask() -> None:
    assert find_asks("We loved your portfolio. Could you share your thoughts on the role on Tuesday?") == []


def test_a_request_naming_its_own_thing_does_not_inherit_what_the_sentence_before_named() -> None:
    text = (
        "The final round is a session with our CTO and a pairing exercise. Before we set that up, "
        "could you send me the names of two references?"
    )
    assert [kind for kind, _ in find_asks(text)] == ["references"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can you send me a few mornings that work for you?", "availability"),
        ("Would you have 20 minutes on Friday for a quick call?", "availability"),
        ("Let me know which option works best for you.", "availability"),
        ("Könnten Sie mir ein paar Abende nennen, die Ihnen passen?", "availability"),
        ("¿Podrías indicarme un par de tardes que te vengan bien?", "availability"),
        ("Pourriez-vous me proposer quelques soirées la semaine prochaine ?", "availability"),
        ("The hiring manager has asked for a couple of references.", "references"),
        ("Sie haben um zwei Referenzen gebeten.", "references"),
        ("Nos han pedido dos referencias profesionales.", "references"),
        ("Ils ont demandé deux références professionnelles.", "references"),
    ],
)
def test_more_ways_of_asking_for_times_and_references(text: str, kind: str) -> None:
    assert kind in [k for k, _ in find_asks(text)]


def test_text_restating_the_attached_invite_adds_no_second_interview() -> None:
    ask = make(
        "Could we talk the week after next? Thursday 26 March after 14:00 would suit me best.",
        at="2026-03-16T09:00:00-04:00",
        sent=True,
    )
    invite = make(
        "Thursday at 15:00 it is - invite attached.",
        at="2026-03-16T11:00:00-04:00",
        calendar=[event("2026-03-26T15:00:00-04:00", summary="Orbitkit / call with the team lead")],
    )
    t = build_timeline([ask, invite], tz=NY)
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 26, 15, 0, tzinfo=NY)]
    assert t.interviews[0].via == "calendar"


def test_a_different_slot_named_beside_an_invite_still_counts() -> None:
    invite = make(
        "Here is the invite for the first round. We have also booked the onsite for Tuesday at 9:00.",
        at="2026-03-16T11:00:00-04:00",
        calendar=[event("2026-03-19T15:00:00-04:00")],
    )
    t = build_timeline([invite], tz=NY)
    assert len(t.interviews) == 2


# --- a call about an outcome is not an interview -----------------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "We'd love to offer you the Staff Engineer position! I'll call you tomorrow at 10 to go through the details.",
        "Wir freuen uns, Ihnen die Stelle anbieten zu können. Ich rufe Sie morgen um 10 Uhr an, um die Details zu besprechen.",
        "Nos complace ofrecerte el puesto. Te llamo mañana a las 10:00 para comentar los detalles.",
        "Nous sommes ravis de vous proposer le poste. Je vous appelle demain à 10h pour en parler.",
    ],
)
def test_a_call_arranged_in_an_offer_is_not_an_interview(offer: str) -> None:
    msgs = [
        make("Confirmed for Thursday 11am for your final interview.", at="2026-03-02T09:00:00-05:00"),
        make(offer, at="2026-03-10T09:00:00-04:00"),
    ]
    t = build_timeline(msgs, tz=NY)
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 5, 11, 0, tzinfo=NY)]
    assert t.outcome is not None and t.outcome.kind == "offer"


def test_the_owners_call_after_an_offer_is_not_an_interview() -> None:
    msgs = [
        make("Confirmed for Thursday 11am for your final interview.", at="2026-03-02T09:00:00-05:00"),
        make("Great news: they want to offer you the role! Give me a call.", at="2026-03-10T09:00:00-04:00"),
        make(
            "Brilliant, thank you! I'll call you this afternoon at 3.",
            at="2026-03-10T10:00:00-04:00",
            sent=True,
        ),
    ]
    t = build_timeline(msgs, tz=NY)
    assert [i.at.date() for i in t.interviews] == [date(2026, 3, 5)]
    assert t.outcome is not None and t.outcome.kind == "offer"


def test_a_feedback_call_offered_with_a_rejection_is_not_an_interview() -> None:
    msgs = [
        make("Confirmed for Thursday 11am for your interview.", at="2026-03-02T09:00:00-05:00"),
        make(
            "Unfortunately we have decided not to move forward. Happy to share feedback on a call tomorrow at 10.",
            at="2026-03-10T09:00:00-04:00",
        ),
    ]
    t = build_timeline(msgs, tz=NY)
    assert [i.at.date() for i in t.interviews] == [date(2026, 3, 5)]
    assert t.outcome is not None and t.outcome.kind == "rejected"
