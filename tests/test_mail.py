"""parse_message, strip_quotes and normalise_subject against our own fixture mail."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import watcher.core.mail
from watcher.core.mail import (
    MAX_EVENTS_PER_MESSAGE,
    html_to_text,
    normalise_subject,
    parse_message,
    strip_quotes,
    unflow,
)
from watcher.core.records import CalendarEvent, Message
from watcher.errors import MessageParseError

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
ME = ["sam@rivera.example", "s.rivera@work.example"]


def load(name: str, **kwargs: Any) -> Message:
    raw = (FIXTURES / name).read_bytes()
    options: dict[str, Any] = {"account": "acct", "folder": "INBOX", "uid": "7", "my_addresses": ME}
    options.update(kwargs)
    return parse_message(raw, **options)


# --- headers --------------------------------------------------------------


def test_rfc2047_names_and_folded_subject_are_decoded() -> None:
    m = load("alternative_qp.eml")
    assert m.subject == "Entretien pour le poste d’ingénieur backend"
    assert m.from_ is not None
    assert m.from_.name == "Renée Fontaine"
    assert m.from_.email == "renee.fontaine@brightwater-robotics.example"  # lower-cased
    assert [a.email for a in m.to] == ["sam@rivera.example", "hiring-ops@brightwater-robotics.example"]
    assert m.to[1].name == "Ops, Hiring"
    assert m.cc[0].name == "Jürgen Müller"
    assert m.reply_to[0].email == "talent@brightwater-robotics.example"
    assert m.date == datetime(2026, 3, 10, 8, 15, tzinfo=UTC)
    assert m.date.utcoffset() == timedelta(hours=1)
    assert (m.account, m.folder, m.uid) == ("acct", "INBOX", "7")


def test_direction_is_sent_when_from_is_one_of_my_addresses_case_insensitively() -> None:
    m = load("calendar_reply_recurring_floating.eml", my_addresses=["SAM@rivera.example"])
    assert m.direction == "sent"
    assert load("alternative_qp.eml").direction == "received"


def test_missing_date_falls_back_to_internaldate() -> None:
    internal = datetime(2026, 3, 4, 15, 30, tzinfo=timezone(timedelta(hours=-5)))
    m = load("no_date_no_id.eml", internaldate=internal)
    assert m.date == internal


def test_unparseable_date_falls_back_to_internaldate_and_naive_internaldate_is_utc() -> None:
    m = load("bad_date.eml", internaldate=datetime(2026, 3, 4, 15, 30))
    assert m.date == datetime(2026, 3, 4, 15, 30, tzinfo=UTC)


def test_no_date_and_no_internaldate_is_a_parse_error() -> None:
    with pytest.raises(MessageParseError, match="Date"):
        load("no_date_no_id.eml")


def test_missing_message_id_is_synthesised_stably() -> None:
    internal = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    first = load("no_date_no_id.eml", internaldate=internal)
    again = load("no_date_no_id.eml", internaldate=internal, folder="Archive", uid="99")
    headers = load("no_date_no_id.eml", internaldate=internal, headers_only=True)
    assert first.message_id.startswith("<") and first.message_id.endswith("@interview-watcher.invalid>")
    assert first.message_id == again.message_id == headers.message_id


def test_message_id_and_references_are_normalised() -> None:
    m = load("bad_date.eml", internaldate=datetime(2026, 3, 4, tzinfo=UTC))
    assert m.message_id == "<spaced-id@nimbus-freight.example>"
    assert m.in_reply_to == "<parent-1@rivera.example>"
    assert m.references == ("<root-1@rivera.example>", "<parent-1@rivera.example>")


def test_bare_message_ids_without_brackets_are_wrapped() -> None:
    raw = b"From: a@x.example\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nMessage-ID: abc@x.example\n"
    raw += b"In-Reply-To: parent@x.example\n\nhi\n"
    m = parse_message(raw, account="a", folder="INBOX", uid="1", my_addresses=[])
    assert m.message_id == "<abc@x.example>"
    assert m.in_reply_to == "<parent@x.example>"


def test_bulk_and_automated_markers() -> None:
    bulk = load("bad_date.eml", internaldate=datetime(2026, 3, 4, tzinfo=UTC)).bulk
    assert bulk.list_unsubscribe
    assert bulk.precedence == "bulk"
    assert "news.nimbus-freight.example" in bulk.list_id
    assert bulk.is_bulk and not bulk.is_automated
    auto = load("base64_plain.eml").bulk
    assert auto.auto_submitted == "auto-generated"
    assert auto.is_automated and not auto.is_bulk
    assert not load("alternative_qp.eml").bulk.is_bulk


# --- bodies ---------------------------------------------------------------


def test_multipart_alternative_prefers_plain_text_and_decodes_quoted_printable() -> None:
    m = load("alternative_qp.eml")
    assert "entretien technique d’une heure, jeudi 19 mars à 14h" in m.text
    assert "HTML version" not in m.text


def test_base64_body_is_decoded() -> None:
    m = load("base64_plain.eml")
    assert m.text.startswith("Thank you for applying to Harbour Light Systems.")


def test_html_only_mail_becomes_text_with_breaks_and_without_style_or_script() -> None:
    m = load("html_only.eml")
    assert "Hallo Sam," in m.text
    assert "wir würden Sie gerne am Donnerstag um 11 Uhr sprechen.\nPasst Ihnen das?" in m.text
    assert "- Teil 2: Team & Kultur" in m.text
    assert "Viele Grüße\nLena" in m.text
    for gone in ("color: red", "alert", "ignored", "<p>"):
        assert gone not in m.text
    # the quoted part (German attribution + blockquote) is history
    assert "vielen Dank" in m.text
    assert "vielen Dank" not in m.new_text
    assert "schrieb" not in m.new_text
    assert m.new_text.endswith("Viele Grüße\nLena")


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>One</p><p>Two &amp; three</p>") == "One\n\nTwo & three"
    assert html_to_text("a<br>b") == "a\nb"


def test_unknown_charset_decodes_with_replacement_characters() -> None:
    m = load("unknown_charset.eml")
    assert "Hola Sam," in m.text
    assert "\ufffd" in m.text
    assert "a las 10?" in m.text


def test_latin1_labelled_utf8_decodes_with_replacement_characters() -> None:
    m = load("latin1_labelled_utf8.eml")
    assert m.text.startswith("Bonjour Sam, un caf\ufffd demain")
    assert m.from_ is not None and m.from_.name == "André Dubois"
    assert m.subject.startswith("Caf")  # raw 8-bit header: never raises, never surrogates
    m.subject.encode("utf-8")
    m.text.encode("utf-8")


def test_headers_only_has_no_body_or_calendar() -> None:
    raw = (FIXTURES / "calendar_tzid.eml").read_bytes()
    header_block = raw.split(b"\n\n", 1)[0] + b"\n\n"
    m = parse_message(header_block, account="a", folder="INBOX", uid="1", my_addresses=ME, headers_only=True)
    assert m.headers_only
    assert m.text == "" and m.calendar == ()
    assert m.message_id == "<cal-tzid@kranich-software.example>"
    full = load("calendar_tzid.eml", headers_only=True)
    assert full.text == "" and full.calendar == () and full.headers_only


def test_attachments_are_listed_by_file_name() -> None:
    m = load("calendar_utc_ics_attachment.eml")
    assert m.attachments == ("invite.ics", "take-home-brief.txt")
    assert "Build a small service" not in m.text


def test_body_size_cap_truncates_text() -> None:
    msg = EmailMessage()
    msg["From"] = "a@x.example"
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 +0000"
    msg.set_content("x" * 5000)
    m = parse_message(
        msg.as_bytes(), account="a", folder="INBOX", uid="1", my_addresses=[], max_body_bytes=100
    )
    assert len(m.text) <= 100


HEAD = b"From: a@x.example\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not a message at all",
        b"From: \xff\xfe\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nSubject: =?bogus?q?x?=\n\n\xff",
        HEAD + b"Content-Type: multipart/mixed\n\nno boundary",
        HEAD + b"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nunterminated",
        HEAD + b"Content-Type: text/plain; charset=zlib\n\nabc",
        HEAD + b'Content-Type: text/plain; charset=""\n\nabc',
        HEAD + b"Content-Transfer-Encoding: base64\n\n!!!*",
        HEAD + b"Content-Transfer-Encoding: quoted-printable\n\n=ZZ=\n",
        HEAD + b"Content-Type: text/calendar\n\nBEGIN:VCAL",
        HEAD + b"Content-Type: text/plain; name*=x'y'%ff%fe\nContent-Disposition: attachment; "
        b"filename*=bogus''\n\nx",
        HEAD.replace(b"a@x.example", b'"unterminated <a@x.example') + b"\nhi",
        b"From: a@x.example\nDate: Mon, 32 Foo 2026 99:99:99 +9999\n\nbody",
    ],
)
def test_bad_mail_never_raises_anything_but_message_parse_error(raw: bytes) -> None:
    try:
        m = parse_message(
            raw,
            account="a",
            folder="INBOX",
            uid="1",
            my_addresses=[],
            internaldate=datetime(2026, 3, 1, tzinfo=UTC),
        )
    except MessageParseError:
        return
    m.text.encode("utf-8")
    m.subject.encode("utf-8")


FIXTURE_BYTES = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(FIXTURE_BYTES),
    st.lists(st.tuples(st.integers(min_value=0, max_value=4000), st.binary(max_size=12)), max_size=8),
)
def test_mangled_fixture_mail_never_escapes_as_another_exception(
    base: bytes, edits: list[tuple[int, bytes]]
) -> None:
    raw = bytearray(base)
    for pos, chunk in edits:
        at = pos % (len(raw) + 1)
        raw[at : at + len(chunk) // 2] = chunk
    try:
        m = parse_message(
            bytes(raw), account="a", folder="INBOX", uid="1", my_addresses=ME, internaldate=datetime.now(UTC)
        )
    except MessageParseError:
        return
    for text in (m.subject, m.text, m.new_text, *(a.name + a.email for a in m.to)):
        text.encode("utf-8")  # no lone surrogates reach the store


def test_leading_blank_or_junk_lines_do_not_hide_the_headers() -> None:
    raw = b"\r\n\r\nX junk line\nFrom: a@x.example\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nSubject: Hi\n\nbody"
    m = parse_message(raw, account="a", folder="INBOX", uid="1", my_addresses=[])
    assert m.subject == "Hi"
    assert m.text == "body"


# --- calendar -------------------------------------------------------------


def test_calendar_request_with_tzid_and_vtimezone() -> None:
    (event,) = load("calendar_tzid.eml").calendar
    assert event.method == "REQUEST"
    assert event.uid == "kranich-interview-1@kranich-software.example"
    assert event.sequence == 0
    assert event.status == "CONFIRMED"
    assert event.summary == "Interview Sam Rivera / Backend-Entwickler"
    assert event.organizer == "lena.vogel@kranich-software.example"
    assert event.start == datetime(2026, 3, 24, 14, 0, tzinfo=UTC)  # CET, +01:00
    assert event.end == datetime(2026, 3, 24, 15, 0, tzinfo=UTC)
    assert not event.recurring
    assert event.partstat == ""  # only meaningful for REPLY


def test_calendar_outlook_windows_zone_name_is_honoured() -> None:
    (event,) = load("calendar_windows_tz.eml").calendar
    # 10 March 2026 is after the US switch to daylight time (8 March): PDT, -07:00
    assert event.start == datetime(2026, 3, 10, 16, 30, tzinfo=UTC)
    assert event.start is not None and event.start.utcoffset() == timedelta(hours=-7)
    assert event.summary == "Interview: Sam Rivera / Platform Engineer"


def test_calendar_windows_zone_name_without_vtimezone_is_mapped() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20260401T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"] = "a@x.example"
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 -0500"
    msg.set_content(ics, subtype="calendar")
    (event,) = parse_message(msg.as_bytes(), account="a", folder="I", uid="1", my_addresses=[]).calendar
    assert event.start == datetime(2026, 4, 1, 8, 0, tzinfo=UTC)  # CEST


def test_calendar_utc_times_in_an_ics_attachment() -> None:
    (event,) = load("calendar_utc_ics_attachment.eml").calendar
    assert event.start == datetime(2026, 3, 13, 17, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 3, 13, 18, 0, tzinfo=UTC)
    assert event.organizer == "tomas@fjord-analytics.example"


def test_calendar_cancel() -> None:
    (event,) = load("calendar_cancel.eml").calendar
    assert (event.method, event.status, event.sequence) == ("CANCEL", "CANCELLED", 1)
    assert event.uid == "kranich-interview-1@kranich-software.example"


def test_calendar_reply_partstat_recurrence_and_floating_time() -> None:
    (event,) = load("calendar_reply_recurring_floating.eml").calendar
    assert event.method == "REPLY"
    assert event.partstat == "ACCEPTED"
    assert event.recurring
    # floating time: interpreted in the offset of the message's Date (-05:00)
    assert event.start == datetime(2026, 3, 5, 15, 0, tzinfo=UTC)
    assert event.end is not None and event.end - event.start == timedelta(minutes=30)


def test_same_invite_as_part_and_attachment_is_one_event() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:dup-1\r\n"
        "DTSTART:20260401T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"] = "a@x.example"
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 -0500"
    msg.set_content("See invite")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    m = parse_message(msg.as_bytes(), account="a", folder="I", uid="1", my_addresses=[])
    assert len(m.calendar) == 1
    assert m.attachments == ("invite.ics",)


def _calendar_mail(n_events: int, copies: int = 1) -> bytes:
    """One message whose calendar (n distinct events) comes `copies` times, as Google repeats invites."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:ev-{i}@export.example\r\nDTSTART:20260401T{i % 24:02d}0000Z\r\n"
        f"SUMMARY:Event {i}\r\nEND:VEVENT\r\n"
        for i in range(n_events)
    )
    ics = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n{events}END:VCALENDAR\r\n"
    msg = EmailMessage()
    msg["From"] = "a@x.example"
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 -0500"
    msg.set_content("See invite")
    for i in range(copies):
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename=f"cal{i}.ics")
    return msg.as_bytes()


def test_a_calendar_with_10k_events_keeps_the_first_50_and_reads_no_further(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[str] = []
    real_event = watcher.core.mail._event

    def counting_event(ev: object, method: str, fallback_tz: tzinfo) -> CalendarEvent:
        built.append(str(ev.get("UID")))  # type: ignore[attr-defined]
        return real_event(ev, method, fallback_tz)

    monkeypatch.setattr(watcher.core.mail, "_event", counting_event)
    m = parse_message(_calendar_mail(10_000), account="a", folder="I", uid="1", my_addresses=[])
    assert MAX_EVENTS_PER_MESSAGE == 50
    assert [e.uid for e in m.calendar] == [f"ev-{i}@export.example" for i in range(50)]
    assert len(built) == 50  # the walk stopped at the cap: the other 9,950 never became records


def test_duplicate_events_are_found_by_hash_not_by_comparing_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    comparisons = 0
    real_eq = CalendarEvent.__eq__

    def counting_eq(self: CalendarEvent, other: object) -> bool:
        nonlocal comparisons
        comparisons += 1
        return real_eq(self, other)

    monkeypatch.setattr(CalendarEvent, "__eq__", counting_eq)
    m = parse_message(_calendar_mail(40, copies=3), account="a", folder="I", uid="1", my_addresses=[])
    assert len(m.calendar) == 40 and len({e.uid for e in m.calendar}) == 40
    # A duplicate costs one comparison (its hash bucket); pairwise checking costs ~n²/2 (780 for 40).
    assert comparisons <= 2 * 40


def test_broken_calendar_part_is_skipped_not_fatal() -> None:
    msg = EmailMessage()
    msg["From"] = "a@x.example"
    msg["Date"] = "Mon, 2 Mar 2026 10:00:00 -0500"
    msg.set_content("hello")
    msg.add_alternative("BEGIN:VCALENDAR\r\nthis is not ical\r\n", subtype="calendar")
    m = parse_message(msg.as_bytes(), account="a", folder="I", uid="1", my_addresses=[])
    assert m.calendar == ()
    assert m.text == "hello"


# --- quoted history -------------------------------------------------------

NEW = "Thanks, Thursday at 10 works for me.\n\nBest,\nSam"

QUOTE_STYLES = {
    "gmail": "On Mon, Mar 9, 2026 at 4:12 PM Priya Nair <priya@harbourlight.example> wrote:\n"
    "> Would Thursday at 10 work?\n>\n> Priya",
    "gmail_wrapped": "On Mon, Mar 9, 2026 at 4:12 PM Priya Nair <\npriya@harbourlight.example> wrote:\n\n"
    "> Would Thursday at 10 work?",
    "apple": "> On 9 Mar 2026, at 16:12, Priya Nair <priya@harbourlight.example> wrote:\n>\n"
    "> Would Thursday at 10 work?",
    "apple_unquoted": "On 9 Mar 2026, at 16:12, Priya Nair <priya@harbourlight.example> wrote:\n\n"
    "Would Thursday at 10 work?",
    "german": "Am Mo., 9. März 2026 um 16:12 Uhr schrieb Lena Vogel <lena@kranich-software.example>:\n"
    "> Passt Ihnen Donnerstag um 10 Uhr?",
    "german_unquoted": "Am 09.03.26 um 16:12 schrieb Lena Vogel:\n\nPasst Ihnen Donnerstag um 10 Uhr?",
    "french": "Le lun. 9 mars 2026 à 16:12, Renée Fontaine <renee@brightwater-robotics.example> a écrit :\n"
    "> Jeudi à 10h vous conviendrait ?",
    "spanish": "El lun, 9 mar 2026 a las 16:12, Pablo Ortega (<pablo@sierra-datos.example>) escribió:\n"
    "> ¿Le viene bien el jueves a las 10?",
    "outlook": "________________________________\nFrom: Priya Nair <priya@harbourlight.example>\n"
    "Sent: Monday, March 9, 2026 4:12 PM\nTo: Sam Rivera <sam@rivera.example>\n"
    "Subject: Interview\n\nWould Thursday at 10 work?",
    "outlook_no_rule": "From: Priya Nair <priya@harbourlight.example>\nSent: Monday, March 9, 2026 4:12 PM\n"
    "To: Sam Rivera\nCc: Hiring\nSubject: Interview\n\nWould Thursday at 10 work?",
    "outlook_bold": "*From:* Priya Nair <priya@harbourlight.example>\n*Sent:* Monday, March 9, 2026\n"
    "*To:* Sam Rivera\n*Subject:* Interview\n\nWould Thursday at 10 work?",
    "outlook_german": "Von: Lena Vogel <lena@kranich-software.example>\n"
    "Gesendet: Montag, 9. März 2026 16:12\nAn: Sam Rivera\nBetreff: Interview\n\nPasst Ihnen Donnerstag?",
    "outlook_french": "De : Renée Fontaine <renee@brightwater-robotics.example>\n"
    "Envoyé : lundi 9 mars 2026 16:12\nÀ : Sam Rivera\nObjet : Entretien\n\nJeudi ?",
    "outlook_spanish": "De: Pablo Ortega <pablo@sierra-datos.example>\n"
    "Enviado el: lunes, 9 de marzo de 2026\nPara: Sam Rivera\nAsunto: Entrevista\n\n¿El jueves?",
    "original_message": "-----Original Message-----\nFrom: Priya\nSent: Monday\nTo: Sam\nSubject: x\n\nold",
    "german_original": "-----Ursprüngliche Nachricht-----\nVon: Lena\nGesendet: Montag\n\nalt",
    "thunderbird_original": "-------- Original Message --------\nSubject: Interview\nDate: Mon\n\nold",
    "thunderbird_forward": "-------- Forwarded Message --------\nSubject: Interview\n\nold",
    "gmail_forward": "---------- Forwarded message ---------\nFrom: Priya Nair\n\nold",
    "quoted_only": "> Would Thursday at 10 work?\n> Priya",
}


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_strip_quotes_keeps_only_the_new_top_posted_text(style: str) -> None:
    assert strip_quotes(NEW + "\n\n" + QUOTE_STYLES[style]) == NEW


def test_strip_quotes_bottom_posted_reply_keeps_text_after_the_quote() -> None:
    text = (
        "On Mon, Mar 9, 2026 at 4:12 PM Priya Nair <priya@harbourlight.example> wrote:\n"
        "> Would Thursday at 10 work?\n> Priya\n\n" + NEW
    )
    assert strip_quotes(text) == NEW


def test_strip_quotes_inline_reply_keeps_every_answer() -> None:
    text = "> Can you do Thursday?\nYes, Thursday works.\n> And could you send references?\nAttached.\n"
    assert strip_quotes(text) == "Yes, Thursday works.\nAttached."


def test_strip_quotes_drops_a_trailing_signature() -> None:
    assert strip_quotes("See you then.\n-- \nSam Rivera\n+1 555 0100") == "See you then."


def test_strip_quotes_keeps_ordinary_lines_that_look_a_bit_like_headers() -> None:
    text = "From: the team's side, all good.\nOn Monday we talked about it.\nI wrote the summary."
    assert strip_quotes(text) == text
    teams = "Join the call:\n" + "_" * 40 + "\nMicrosoft Teams meeting\nMeeting ID: 1"
    assert strip_quotes(teams) == teams


def test_new_text_is_computed_on_parse() -> None:
    msg = EmailMessage()
    msg["From"] = "Sam Rivera <sam@rivera.example>"
    msg["To"] = "priya@harbourlight.example"
    msg["Date"] = "Mon, 9 Mar 2026 17:00:00 -0400"
    msg["Subject"] = "Re: Interview"
    msg.set_content(NEW + "\n\n" + QUOTE_STYLES["gmail"])
    m = parse_message(msg.as_bytes(), account="a", folder="Sent", uid="1", my_addresses=ME)
    assert m.new_text == NEW
    assert m.direction == "sent"


# --- format=flowed (RFC 3676) ------------------------------------------------------


def _flowed(body: bytes, params: str) -> Message:
    raw = (
        b"From: Sam Rivera <sam@rivera.example>\r\nTo: Lea Brandt <lea@ostwind-haus.example>\r\n"
        b"Date: Mon, 2 Feb 2026 10:05:00 +0100\r\nSubject: Re: Einladung\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8; " + params.encode() + b"\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body
    )
    return parse_message(raw, account="a", folder="Sent", uid="1", my_addresses=ME)


def test_format_flowed_soft_breaks_are_joined_so_a_wrapped_sentence_reads_whole() -> None:
    body = (
        "Sehr geehrte Frau Brandt,\r\n\r\nden Termin am Dienstag, 10. Februar, um \r\n"
        "11:00 Uhr best\u00e4tige ich gern.\r\n\r\n-- \r\nSam\r\n"
    ).encode()
    m = _flowed(body, "format=flowed")
    assert "um 11:00 Uhr bestätige ich gern." in m.text
    assert m.new_text.endswith("bestätige ich gern.")  # the "-- " signature separator is still a hard break


def test_format_flowed_keeps_quote_depth_and_quoted_history_is_still_stripped() -> None:
    body = (
        b"Thursday works for \r\nme.\r\n\r\nOn Mon, 2 Feb 2026, Lea wrote:\r\n"
        b"> Could you do Thursday \r\n> at 3pm?\r\n>> an older \r\n>> line\r\n"
    )
    m = _flowed(body, "format=flowed")
    assert "> Could you do Thursday at 3pm?" in m.text
    assert ">> an older line" in m.text
    assert m.new_text == "Thursday works for me."


def test_format_flowed_delsp_deletes_the_space_and_stuffing_is_undone() -> None:
    assert unflow("Vorstellungs \ngespr\u00e4ch", delsp=True) == "Vorstellungsgespr\u00e4ch"
    assert unflow(" From the team \nwith thanks") == "From the team with thanks"
    m = _flowed(b"Interview- \r\nconfirmation\r\n", 'format="flowed"; delsp=yes')
    assert m.text == "Interview-confirmation"


def test_text_that_is_not_flowed_keeps_its_line_breaks() -> None:
    m = _flowed(b"line one \r\nline two\r\n", "format=fixed")
    assert m.text.splitlines() == ["line one ", "line two"]


# --- subjects -------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Interview", "Interview"),
        ("RE: Fwd: re: Interview", "Interview"),
        ("AW: WG: Vorstellungsgespräch", "Vorstellungsgespräch"),
        ("TR: RE : Entretien", "Entretien"),
        ("RV: Entrevista", "Entrevista"),
        ("Fw:   Offer   letter ", "Offer letter"),
        ("Re: [Careers] Interview", "[Careers] Interview"),
        ("Re[2]: Interview", "Interview"),
        ("Regarding the role", "Regarding the role"),
        ("", ""),
    ],
)
def test_normalise_subject_strips_reply_and_forward_prefixes(subject: str, expected: str) -> None:
    assert normalise_subject(subject) == expected


# --- corpus smoke test ----------------------------------------------------


def corpus_root() -> Path:
    env = os.environ.get("INTERVIEW_WATCHER_CORPUS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.corpus
def test_every_corpus_message_parses() -> None:
    root = corpus_root()
    if not (root / "mail").is_dir():
        pytest.skip(f"corpus not found at {root}")
    my_addresses = json.loads((root / "labels.json").read_text())["my_addresses"]
    files = sorted((root / "mail").glob("*/*.eml"))
    assert files
    for path in files:
        m = parse_message(
            path.read_bytes(), account="corpus", folder="INBOX", uid=path.name, my_addresses=my_addresses
        )
        assert m.direction == ("sent" if "-sent" in path.name else "received"), path
        assert m.date.tzinfo is not None
        assert m.text.strip(), path
        assert m.new_text.strip(), path
        assert m.new_text.count("\n>") == 0 and not m.new_text.startswith(">"), path
