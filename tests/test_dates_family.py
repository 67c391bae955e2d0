"""Dates people write in hiring mail, in every language we read: next-week weekdays, business days,
local zone names, a day that has passed, and the calendars Outlook and scheduling tools attach.

All names, domains and sentences here are invented.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import applications, event, make
from watcher.core.mail import parse_message
from watcher.core.reading.dates import find_slots, resolve_date
from watcher.core.reading.replyby import find_reply_by

CHICAGO = ZoneInfo("America/Chicago")
THURSDAY = datetime(2026, 4, 16, 17, 0, tzinfo=CHICAGO)  # Thu 16 April 2026


def _reply_by(text: str, lang: str) -> date | None:
    found = find_reply_by(text, base=THURSDAY, tz=CHICAGO, lang=lang)
    return found[0][0] if found else None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("You'll hear back from us by Friday EOD next week.", "en", date(2026, 4, 24)),
        ("We'll get back to you by end of day Friday next week at the latest.", "en", date(2026, 4, 24)),
        ("We'll share feedback Tuesday next week.", "en", date(2026, 4, 21)),
        ("We'll decide next week on Tuesday and let you know.", "en", date(2026, 4, 21)),
        ("Wir melden uns am Dienstag nächster Woche bei Ihnen.", "de", date(2026, 4, 21)),
        ("Wir melden uns nächste Woche Dienstag.", "de", date(2026, 4, 21)),
        ("Te daremos una respuesta el martes de la próxima semana.", "es", date(2026, 4, 21)),
        ("Te daremos una respuesta el martes de la semana que viene.", "es", date(2026, 4, 21)),
        ("Nous reviendrons vers vous mardi de la semaine prochaine.", "fr", date(2026, 4, 21)),
    ],
)
def test_a_weekday_of_next_week_is_next_weeks(text: str, lang: str, expected: date) -> None:
    """ "Friday next week" said on a Thursday is eight days on, not tomorrow."""
    assert _reply_by(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We'll get back to you early next week.", "en"),
        ("We'll be in touch at the beginning of next week.", "en"),
        ("Wir melden uns Anfang der nächsten Woche.", "de"),
        ("Te contamos cómo sigue el proceso a principios de la próxima semana.", "es"),
        ("Nous vous répondrons en début de semaine prochaine.", "fr"),
    ],
)
def test_early_next_week_is_the_tuesday_of_next_week(text: str, lang: str) -> None:
    assert _reply_by(text, lang) == date(2026, 4, 21)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We'll get back to you within 10 business days.", "en", date(2026, 4, 30)),
        ("Te daremos una respuesta en un plazo de 10 días hábiles.", "es", date(2026, 4, 30)),
        ("Recibirás noticias dentro de 5 días laborables.", "es", date(2026, 4, 23)),
        ("Nous vous répondrons dans les cinq jours ouvrables.", "fr", date(2026, 4, 23)),
        ("Nous vous répondrons sous 10 jours ouvrés.", "fr", date(2026, 4, 30)),
        ("Wir melden uns innerhalb von 10 Werktagen.", "de", date(2026, 4, 30)),
    ],
)
def test_business_days_skip_weekends_whichever_side_the_word_stands(
    text: str, lang: str, expected: date
) -> None:
    assert _reply_by(text, lang) == expected


MONDAY = datetime(2026, 3, 2, 16, 30, tzinfo=CHICAGO)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Votre entrevue aura lieu le jeudi 12 mars à 14 h (heure de l'Est).",
            "fr",
            "2026-03-12T14:00:00-04:00",
        ),
        (
            "Votre entrevue aura lieu le jeudi 12 mars à 14 h (heure du Centre).",
            "fr",
            "2026-03-12T14:00:00-05:00",
        ),
        ("Votre entrevue aura lieu le jeudi 12 mars à 14 h HAE.", "fr", "2026-03-12T14:00:00-04:00"),
        ("Pode ser terça, 7 de abril, às 11h (horário de Brasília)?", "es", "2026-04-07T11:00:00-03:00"),
        ("Terça, 7 de abril, às 11h de Brasília funciona.", "es", "2026-04-07T11:00:00-03:00"),
        ("El jueves 9 de abril a las 10:00 (hora del centro de México).", "es", "2026-04-09T10:00:00-06:00"),
        ("El martes 31 de marzo a las 9:00 a. m. hora de Colombia.", "es", "2026-03-31T09:00:00-05:00"),
        ("Tuesday, April 21 at 10:00 AM Mountain (noon Eastern).", "en", "2026-04-21T10:00:00-06:00"),
        ("Thursday, March 12 at 2 PM Central.", "en", "2026-03-12T14:00:00-05:00"),
        ("Montag, 9. März um 10 Uhr (Wiener Zeit).", "de", "2026-03-09T10:00:00+01:00"),
    ],
)
def test_a_time_given_with_a_local_zone_name_is_in_that_zone(text: str, lang: str, expected: str) -> None:
    slots = find_slots(text, base=MONDAY, tz=ZoneInfo("Europe/Lisbon"), lang=lang)
    assert [s.at.isoformat() for s in slots if s.at] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rendez-vous jeudi 12 mars à 14 h au centre-ville.", "fr"),
        ("Nos vemos el jueves 12 de marzo a las 14:00 en el centro.", "es"),
    ],
)
def test_a_place_word_that_is_not_after_a_zone_lead_is_no_zone(text: str, lang: str) -> None:
    slots = find_slots(text, base=MONDAY, tz=CHICAGO, lang=lang)
    assert [s.at.utcoffset() for s in slots if s.at] == [CHICAGO.utcoffset(datetime(2026, 3, 12, 14))]


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("27. Jänner", "de"),
        ("January 27", "en"),
        ("27 de enero", "es"),
        ("27 janvier", "fr"),
        ("27.01.", "de"),
    ],
)
def test_a_day_and_month_more_than_half_a_year_ahead_is_one_that_passed(phrase: str, lang: str) -> None:
    """ "Ihre Bewerbung vom 27. Jänner", written in March, is last January, not next."""
    assert resolve_date(phrase, date(2026, 3, 6), lang) == date(2026, 1, 27)


def test_a_day_and_month_a_few_months_ahead_is_still_ahead() -> None:
    assert resolve_date("27 January", date(2026, 11, 20), "en") == date(2027, 1, 27)
    assert resolve_date("Monday the 2nd", date(2026, 3, 4), "en") == date(2026, 11, 2)


def test_a_past_application_date_is_not_an_interview() -> None:
    msg = make(
        "bezugnehmend auf Ihre Bewerbung vom 27. Jänner möchten wir Sie zu einem Vorstellungsgespräch einladen. "
        "Termin: Donnerstag, 12. März 2026, 9:30 Uhr (Wiener Zeit), per Video.",
        at="2026-03-06T13:15:00+01:00",
        frm=("Mag. Lore Pucher", "lore.pucher@murtal-software.example"),
        subject="AW: Bewerbung Backend Engineer",
    )
    accept = make(
        "Der Termin am Donnerstag, 12. März um 9:30 Uhr passt mir sehr gut.",
        at="2026-03-06T15:02:00+01:00",
        sent=True,
        frm=("Mag. Lore Pucher", "lore.pucher@murtal-software.example"),
        subject="RE: Bewerbung Backend Engineer",
    )
    apps = applications("2026-03-08T08:00:00+01:00", [msg, accept], tz=ZoneInfo("Europe/Vienna"))
    assert [i.at.isoformat() for a in apps for i in a.timeline.interviews] == ["2026-03-12T09:30:00+01:00"]


# --- calendars -------------------------------------------------------------------------------------

_OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def _outlook_ics(tzid: str, with_zone: bool) -> str:
    zone = _OUTLOOK_ZONE.format(tzid=tzid) if with_zone else ""
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
        f"METHOD:REQUEST\n{zone}BEGIN:VEVENT\nDTSTART;TZID={tzid}:20260415T100000\n"
        f"DTEND;TZID={tzid}:20260415T110000\nUID:040000008200E00074C5B7101A82E008\n"
        "SUMMARY:Interview\nORGANIZER:mailto:hm@larkmoor.example\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def _mail_with_attachment(headers: str, body: str) -> bytes:
    return (
        (
            "From: Hale Moor <hm@larkmoor.example>\nTo: Sam Rivera <sam.rivera@post.example>\n"
            "Subject: Interview\nDate: Mon, 06 Apr 2026 10:00:00 -0500\nMessage-ID: <ol-1@larkmoor.example>\n"
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XX"\n\n--XX\nContent-Type: text/plain\n\n'
            f"Please find the invite attached.\n--XX\n{headers}\n\n{body}\n--XX--\n"
        )
        .replace("\n", "\r\n")
        .encode()
    )


@pytest.mark.parametrize(
    ("tzid", "with_zone", "expected"),
    [
        ("Central Standard Time", True, "2026-04-15T10:00:00-05:00"),  # daylight time in force
        ("Central Standard Time", False, "2026-04-15T10:00:00-05:00"),
        ("Romance Standard Time", False, "2026-04-15T10:00:00+02:00"),
        ("W. Europe Standard Time", False, "2026-04-15T10:00:00+02:00"),
    ],
)
def test_windows_zone_names_in_an_invite_follow_daylight_time(
    tzid: str, with_zone: bool, expected: str
) -> None:
    raw = _mail_with_attachment("Content-Type: text/calendar; method=REQUEST", _outlook_ics(tzid, with_zone))
    msg = parse_message(raw, account="t", folder="INBOX", uid="1", my_addresses=["sam.rivera@post.example"])
    assert [e.start.isoformat() for e in msg.calendar if e.start] == [expected]


@pytest.mark.parametrize(
    "headers",
    [
        'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"',
        'Content-Type: application/octet-stream; name="invite.ics"\nContent-Disposition: attachment; '
        'filename="invite.ics"\nContent-Transfer-Encoding: base64',
    ],
)
def test_an_outlook_invite_attached_as_invite_ics_is_read(headers: str) -> None:
    body = _outlook_ics("Central Standard Time", True)
    if "base64" in headers:
        body = base64.encodebytes(body.encode()).decode()
    raw = _mail_with_attachment(headers, body)
    msg = parse_message(raw, account="t", folder="INBOX", uid="1", my_addresses=["sam.rivera@post.example"])
    assert [(e.method, e.start.isoformat() if e.start else None) for e in msg.calendar] == [
        ("REQUEST", "2026-04-15T10:00:00-05:00")
    ]


def test_a_cancel_then_a_new_event_with_a_new_uid_is_the_new_interview() -> None:
    msgs = [
        make(
            "We'd like to invite you to an interview on Tuesday, March 10 at 10 AM. The invite is attached.",
            at="2026-03-02T10:00:00-05:00",
            subject="Interview — Backend Engineer",
            calendar=[event("2026-03-10T10:00:00-05:00", uid="first@orbitkit.example")],
        ),
        make("Thanks, accepted.", at="2026-03-02T12:00:00-05:00", sent=True, subject="Re: Interview"),
        make(
            "",
            at="2026-03-05T10:00:00-05:00",
            subject="Canceled: Interview — Backend Engineer",
            calendar=[
                event(
                    "2026-03-10T10:00:00-05:00",
                    uid="first@orbitkit.example",
                    method="CANCEL",
                    status="CANCELLED",
                )
            ],
        ),
        make(
            "",
            at="2026-03-05T10:05:00-05:00",
            subject="Invitation: Interview — Backend Engineer",
            calendar=[event("2026-03-12T14:00:00-05:00", uid="second@orbitkit.example")],
        ),
    ]
    for now in ("2026-03-06T08:00:00-05:00", "2026-03-11T08:00:00-05:00"):
        apps = applications(now, msgs)
        assert [i.at.isoformat() for a in apps for i in a.timeline.interviews] == [
            "2026-03-12T14:00:00-05:00"
        ]


@pytest.mark.parametrize(
    ("text", "lang", "base", "expected"),
    [
        (
            "We are finishing the second round and will let candidates know within 10 business days.",
            "en",
            datetime(2026, 2, 18, 11, 0, tzinfo=CHICAGO),
            date(2026, 3, 4),
        ),
        (
            "The background check should wrap up within five business days, after which I'll call you.",
            "en",
            datetime(2026, 5, 5, 11, 0, tzinfo=CHICAGO),
            date(2026, 5, 12),
        ),
        (
            "Je présente les candidatures cette semaine et je vous reviens d'ici le vendredi 20 février.",
            "fr",
            datetime(2026, 2, 12, 11, 0, tzinfo=CHICAGO),
            date(2026, 2, 20),
        ),
        (
            "Merci, c'est bien reçu. Je communique avec eux et vous reviens d'ici cinq jours ouvrables.",
            "fr",
            datetime(2026, 3, 16, 15, 0, tzinfo=CHICAGO),
            date(2026, 3, 23),
        ),
        (
            "Terminamos las entrevistas y te contamos cómo sigue el proceso el martes de la próxima semana.",
            "es",
            datetime(2026, 4, 1, 16, 0, tzinfo=CHICAGO),
            date(2026, 4, 7),
        ),
        (
            "Die Prüfung ist innerhalb von fünf Werktagen abgeschlossen, danach rufe ich Sie an.",
            "de",
            datetime(2026, 5, 5, 11, 0, tzinfo=CHICAGO),
            date(2026, 5, 12),
        ),
    ],
)
def test_a_promise_to_answer_said_in_other_words_is_a_reply_by(
    text: str, lang: str, base: datetime, expected: date
) -> None:
    found = find_reply_by(text, base=base, tz=CHICAGO, lang=lang)
    assert [d for d, _ in found] == [expected]


def _event_start_for(tzid_param: str) -> list[str]:
    body = (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
        f"BEGIN:VEVENT\nDTSTART;TZID={tzid_param}:20260415T100000\nDTEND;TZID={tzid_param}:20260415T110000\n"
        "UID:ol-2@larkmoor.example\nSUMMARY:Interview\nORGANIZER:mailto:hm@larkmoor.example\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    raw = _mail_with_attachment("Content-Type: text/calendar; method=REQUEST", body)
    msg = parse_message(raw, account="t", folder="INBOX", uid="1", my_addresses=["sam.rivera@post.example"])
    return [e.start.isoformat() for e in msg.calendar if e.start]


@pytest.mark.parametrize(
    ("tzid", "expected"),
    [
        ('"(UTC-06:00) Central Time (US & Canada)"', "2026-04-15T10:00:00-05:00"),
        ('"(UTC-05:00) Eastern Time (US & Canada)"', "2026-04-15T10:00:00-04:00"),
        ('"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"', "2026-04-15T10:00:00+02:00"),
        ('"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"', "2026-04-15T10:00:00+02:00"),
        ('"(UTC-03:00) Brasilia"', "2026-04-15T10:00:00-03:00"),
        ('"(UTC-06:00) Guadalajara, Mexico City, Monterrey"', "2026-04-15T10:00:00-06:00"),
        ("(UTC-06:00) Central Time (US & Canada)", "2026-04-15T10:00:00-05:00"),  # left unquoted
    ],
)
def test_outlook_display_names_of_windows_zones_are_read(tzid: str, expected: str) -> None:
    """The message says -0500; the invite's own zone decides, daylight time included."""
    assert _event_start_for(tzid) == [expected]
