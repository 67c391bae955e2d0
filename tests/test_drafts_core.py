"""The pure drafts core: which draft is wanted (to every boundary), its headers, and the tidy plan."""

from __future__ import annotations

import dataclasses
import email
from datetime import date, datetime, timedelta
from email.policy import default as default_policy
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import MINE, make
from watcher.core.drafts import (
    Draft,
    DraftKind,
    Recorded,
    Wanted,
    compose,
    draft_fingerprint,
    fingerprint_of,
    parse_marker,
    plan,
    thank_you_due,
    to_email,
    wanted_draft,
)
from watcher.core.records import (
    Address,
    Application,
    Ask,
    Conversation,
    Doubt,
    Evaluation,
    Interview,
    Message,
    State,
    Timeline,
)

NY = ZoneInfo("America/New_York")
IV = datetime(2026, 3, 17, 10, 30, tzinfo=NY)  # a Tuesday


def app_of(
    messages: list[Message], *, interviews: tuple[datetime, ...] = (IV,), owner: tuple[datetime, ...] = (),
    asks: tuple[Ask, ...] = (), language: str = "en",
) -> Application:  # fmt: skip
    return Application(
        id="app-orbitkit",
        employer="Orbitkit",
        employer_key="orbitkit.example",
        role="Backend Engineer",
        language=language,
        conversations=(Conversation("c1", messages[0].subject, tuple(messages)),),
        timeline=Timeline(
            interviews=tuple(Interview(at, IV - timedelta(days=5), "x", "text") for at in interviews),
            owner_messages=owner,
            asks=asks,
        ),
    )


def ev_of(
    state: State = "waiting", *, next_nudge_on: date | None = None, review: Doubt | None = None
) -> Evaluation:
    return Evaluation(
        state=state, outcome=None, interview_at=IV, next_nudge_on=next_nudge_on, nudges_sent=0, reply_by=None,
        gives_up_on=None, last_employer_message_at=None, reason="", review=review,
    )  # fmt: skip


def rita(text: str = "Confirmed for Tuesday 10:30.", **kw: Any) -> Message:
    return make(text, at="2026-03-12T09:00:00-04:00", **kw)


# --- thank-you: the day of the interview and the day after -------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-17T10:29:59-04:00", False),  # the interview has not begun
        ("2026-03-17T10:30:00-04:00", True),
        ("2026-03-18T23:59:59-04:00", True),  # the day after, to its end
        ("2026-03-19T00:00:00-04:00", False),
    ],
)
def test_a_thank_you_is_due_from_the_interview_start_to_the_end_of_the_next_day(
    now: str, expected: bool
) -> None:
    app = app_of([rita()])
    assert thank_you_due(app, ev_of(), datetime.fromisoformat(now), NY) is expected


def test_no_thank_you_once_the_owner_wrote_after_the_interview_began() -> None:
    now = datetime(2026, 3, 17, 18, 0, tzinfo=NY)
    before = app_of([rita()], owner=(IV - timedelta(minutes=1),))
    after = app_of([rita()], owner=(IV + timedelta(hours=2),))
    assert thank_you_due(before, ev_of(), now, NY) is True
    assert thank_you_due(after, ev_of(), now, NY) is False


def test_no_thank_you_for_a_closed_process_or_one_in_doubt() -> None:
    now = datetime(2026, 3, 17, 18, 0, tzinfo=NY)
    app = app_of([rita()])
    doubt = Doubt("rejected", IV, "x", "we went another way")
    assert thank_you_due(app, ev_of("closed"), now, NY) is False
    assert thank_you_due(app, ev_of(review=doubt), now, NY) is False


def test_which_draft_an_ask_beats_a_thank_you_beats_a_nudge() -> None:
    now = datetime(2026, 3, 18, 9, 0, tzinfo=NY)
    ask = Ask(datetime(2026, 3, 17, 15, 0, tzinfo=NY), "x", "Could you send two references?")
    assert wanted_draft(app_of([rita()], asks=(ask,)), ev_of("your_turn"), now, NY) == Wanted(
        "app-orbitkit", "reply", date(2026, 3, 17)
    )
    assert wanted_draft(app_of([rita()]), ev_of("due", next_nudge_on=date(2026, 3, 18)), now, NY) == Wanted(
        "app-orbitkit", "thank_you", date(2026, 3, 17)
    )
    later = datetime(2026, 3, 24, 9, 0, tzinfo=NY)
    assert wanted_draft(app_of([rita()]), ev_of("due", next_nudge_on=date(2026, 3, 24)), later, NY) == Wanted(
        "app-orbitkit", "nudge", date(2026, 3, 24)
    )
    assert wanted_draft(app_of([rita()]), ev_of("waiting"), later, NY) is None


def test_the_marker_round_trips_and_the_digest_header_is_not_a_draft() -> None:
    w = Wanted("app-orbitkit", "thank_you", date(2026, 3, 17))
    assert w.marker == "app-orbitkit; thank_you; 2026-03-17"
    assert parse_marker(w.marker) == w
    assert parse_marker("digest") is None
    assert parse_marker("app; sent; 2026-03-17") is None


# --- the message ----------------------------------------------------------------------


def draft_for(messages: list[Message], *, language: str = "en", kind: DraftKind = "nudge") -> Draft:
    app = app_of(messages, language=language)
    now = datetime(2026, 3, 24, 9, 0, tzinfo=NY)
    wanted = Wanted(app.id, kind, date(2026, 3, 24))
    return compose(
        app, ev_of("due", next_nudge_on=date(2026, 3, 24)), wanted, tz=NY, now=now, my_addresses=list(MINE)
    )


def reparse(draft: Draft) -> email.message.EmailMessage:
    raw = to_email(draft, now=datetime(2026, 3, 24, 9, 0, tzinfo=NY)).as_bytes()
    msg = email.message_from_bytes(raw, policy=default_policy)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_never_addressed_to_a_no_reply_or_tracking_system_and_says_when_nobody_is_named() -> None:
    ats = rita(frm=("Orbitkit Recruiting", "no-reply@greenhouse-mail.io"), auto=True)
    vendor_person = rita(frm=("Rita via Lever", "rita@hire.lever.co"))
    d = draft_for([ats, vendor_person])
    assert d.to is None
    assert "To" not in reparse(d)
    person = make("Thanks!", at="2026-03-13T09:00:00-04:00", frm=("Rita Ames", "rita.ames@orbitkit.example"))
    assert draft_for([ats, person]).to == Address("Rita Ames", "rita.ames@orbitkit.example")


def test_one_re_whatever_prefixes_the_thread_carries() -> None:
    msg = reparse(draft_for([rita(subject="RE: AW: Re: Orbitkit — Backend Engineer")]))
    assert msg["Subject"] == "Re: Orbitkit — Backend Engineer"


def test_a_display_name_and_a_subject_with_cr_lf_inject_no_header() -> None:
    evil = rita(
        frm=("Rita\r\nBcc: victim@evil.example", "rita.ames@orbitkit.example"),
        subject="Interview\r\nBcc: victim@evil.example\nX-Evil: 1",
    )
    raw = to_email(draft_for([evil]), now=datetime(2026, 3, 24, 9, 0, tzinfo=NY)).as_bytes()
    msg = email.message_from_bytes(raw, policy=default_policy)
    assert "Bcc" not in msg and "X-Evil" not in msg
    assert [k for k, _ in msg.items()].count("To") == 1
    assert msg["To"].addresses[0].addr_spec == "rita.ames@orbitkit.example"
    assert "\n" not in str(msg["Subject"]) and "victim" in str(msg["Subject"])  # shown, not obeyed
    assert b"\r\nBcc:" not in raw and b"\nX-Evil:" not in raw


def test_encoded_words_and_accents_in_names_and_subjects_come_out_right() -> None:
    literal = rita(
        frm=("=?utf-8?q?Bcc:_x@evil.example?= Chloé", "chloe@orbitkit.example"),
        subject="Entretien — poste de développeuse =?utf-8?b?QmNjOiB4?=",
    )
    msg = reparse(draft_for([literal], language="fr"))
    assert "Bcc" not in msg
    # The literal encoded-word text stays text (a zero-width space keeps it from being one):
    # it is not decoded into another address or another subject.
    [to] = msg["To"].addresses
    assert to.addr_spec == "chloe@orbitkit.example"
    assert to.display_name.replace("\u200b", "") == "=?utf-8?q?Bcc:_x@evil.example?= Chloé"
    assert (
        msg["Subject"].replace("\u200b", "") == "Re: Entretien — poste de développeuse =?utf-8?b?QmNjOiB4?="
    )
    raw = to_email(draft_for([literal], language="fr"), now=datetime(2026, 3, 24, tzinfo=NY)).as_bytes()
    assert raw.isascii()  # every header encoded, the body in a transfer encoding


def test_control_characters_in_the_quote_are_neutralised() -> None:
    d = draft_for([rita("Line one\x1b[2J\r\nLine two\u202e")])
    assert "\x1b" not in d.body and "\u202e" not in d.body
    assert "> Line one[2J" not in d.body and "> Line one" in d.body


def test_the_draft_is_written_in_the_thread_language_with_a_quote_as_clients_write_it() -> None:
    de = draft_for([rita("Wir bestätigen Dienstag 10:30.", frm=("Anna Keller", "anna.keller@kranich.example"))],
                   language="de", kind="thank_you")  # fmt: skip
    assert de.body.startswith("Guten Tag Anna Keller,")
    assert "Am Donnerstag, 12. März schrieb Anna Keller:\n> Wir bestätigen Dienstag 10:30." in de.body


def test_the_owner_writes_from_the_address_used_in_that_thread() -> None:
    reply = make("Here you go", at="2026-03-12T10:00:00-04:00", sent=True)
    assert draft_for([rita(), reply]).from_.email == "sam.rivera@post.example"
    to_other = rita(to=[("Sam", "sam@rivera.example")])
    assert draft_for([to_other]).from_.email == "sam@rivera.example"


def test_threading_headers_skip_a_synthesised_message_id() -> None:
    d = draft_for([dataclasses.replace(rita(), message_id="<abc@interview-watcher.invalid>")])
    msg = reparse(d)
    assert "In-Reply-To" not in msg and "References" not in msg


def test_the_fingerprint_survives_a_mailbox_round_trip() -> None:
    d = draft_for([rita()])
    raw = to_email(d, now=datetime(2026, 3, 24, 9, 0, tzinfo=NY)).as_bytes()
    assert fingerprint_of(raw.replace(b"\r\n", b"\n"))[0] == draft_fingerprint(d)
    assert fingerprint_of(raw.replace(b"Thank you again", b"Thanks again"))[0] != draft_fingerprint(d)
    assert fingerprint_of(raw)[1] == d.wanted.marker


# --- the tidy plan ----------------------------------------------------------------------


def rec(marker: str = "app-orbitkit; nudge; 2026-03-24", fp: str = "fp1") -> Recorded:
    return Recorded("app-orbitkit", marker, "personal", "Drafts", "<x>", fp, "<x>")


def test_plan_every_case() -> None:
    d = draft_for([rita()])
    fp = draft_fingerprint(d)
    a = "app-orbitkit"

    def kinds(
        drafts: dict[str, Draft],
        recorded: dict[str, Recorded],
        found: dict[str, str | None],
        fps: dict[str, str] | None = None,
    ) -> list[str]:
        return [x.kind for x in plan(drafts, recorded, found, fps or {a: fp})]

    assert kinds({a: d}, {}, {}) == ["create"]
    assert kinds({}, {}, {}) == []
    assert kinds({a: d}, {a: rec(fp=fp)}, {a: fp}) == ["keep"]
    assert kinds({a: d}, {a: rec(fp="old")}, {a: "old"}) == ["update"]  # content changed
    assert kinds({a: d}, {a: rec("app-orbitkit; thank_you; 2026-03-17", fp)}, {a: fp}) == ["update"]
    assert kinds({}, {a: rec(fp=fp)}, {a: fp}) == ["delete"]
    assert kinds({a: d}, {a: rec(fp=fp)}, {a: "owner-changed"}) == ["edited"]
    assert kinds({}, {a: rec(fp=fp)}, {a: "owner-changed"}) == ["edited"]  # not even deleted
    assert kinds({a: d}, {a: rec(fp=fp)}, {a: None}) == ["gone"]  # never written twice
    assert kinds({a: d}, {a: rec("app-orbitkit; thank_you; 2026-03-17", fp)}, {a: None}) == ["create"]


def test_the_digest_renders_the_waiting_in_drafts_line_with_the_gmail_link() -> None:
    from tests.digest_helpers import NOW, TZ, assessed
    from watcher.digest.render import DigestInputs, DraftNote, build_digest, render_html, render_text

    a = assessed("Harbor & Finch", "due", next_nudge_on=NOW.date(), app_id="app-hf")
    note = DraftNote(
        "Waiting in Drafts (gm), ready to send", "https://mail.google.com/mail/u/0/#drafts?compose=18f"
    )
    d = build_digest([a], DigestInputs(now=NOW, tz=TZ, drafts={"app-hf": note}))
    assert (
        "  ✉ Waiting in Drafts (gm), ready to send: https://mail.google.com/mail/u/0/#drafts?compose=18f"
        in (render_text(d))
    )
    assert '<a href="https://mail.google.com/mail/u/0/#drafts?compose=18f"' in render_html(d)
    plain = build_digest([a], DigestInputs(now=NOW, tz=TZ))
    assert "✉" not in render_text(plain) and "✉" not in render_html(plain)  # drafts off: as before


# --- which IMAP folder (RFC 6154 first, then the usual names) ------------------------------


def test_the_folder_flagged_drafts_wins_over_any_name() -> None:
    from watcher.sources.drafts.imap import choose_drafts_folder

    listed = [((b"\\HasNoChildren",), "Drafts"), ((b"\\HasNoChildren", b"\\Drafts"), "Entwürfe")]
    choice = choose_drafts_folder(listed, None)
    assert (choice.name, choice.exists) == ("Entwürfe", True)
    assert "RFC 6154" in choice.reason


@pytest.mark.parametrize(
    "name",
    ["Drafts", "INBOX.Drafts", "[Gmail]/Drafts", "Entwürfe", "Brouillons", "Borradores", "INBOX.Borradores"],
)
def test_without_special_use_the_usual_names_in_four_languages_are_found(name: str) -> None:
    from watcher.sources.drafts.imap import choose_drafts_folder

    listed = [((b"\\HasNoChildren",), "INBOX"), ((b"\\HasNoChildren",), "Sent"), ((), name)]
    choice = choose_drafts_folder(listed, None)
    assert (choice.name, choice.exists) == (name, True)
    assert "no folder is flagged" in choice.reason


def test_the_configured_folder_overrides_the_choice() -> None:
    from watcher.sources.drafts.imap import choose_drafts_folder

    listed: list[tuple[tuple[bytes, ...], str]] = [((b"\\Drafts",), "Drafts")]
    assert choose_drafts_folder(listed, "Bewerbungen/Entwürfe").name == "Bewerbungen/Entwürfe"
    assert choose_drafts_folder([], None).exists is False


def test_undecodable_text_and_a_missing_sender_still_make_a_draft() -> None:
    # Surrogates: bytes that did not decode, as a lenient parser keeps them.
    person = rita("caf\udce9 at 10:30", subject="Entrevue \udcff", frm=("Ana \udcc3", "ana@orbitkit.example"))
    nobody = dataclasses.replace(rita("no sender"), from_=None, date=person.date + timedelta(hours=1))
    msg = reparse(draft_for([person, nobody]))
    assert str(msg["Subject"]) == "Re: Entrevue \ufffd"
    assert msg["To"].addresses[0].display_name == "Ana \ufffd"
    plain = msg.get_body(("plain",))
    assert plain is not None
    assert "> caf\ufffd at 10:30" in plain.get_content()
