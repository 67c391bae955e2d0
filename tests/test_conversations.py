"""thread(): header threading, missing parents, subject fallback, duplicates."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.core.conversations import conversation_id, dedupe, thread
from watcher.core.mail import parse_message
from watcher.core.records import Address, BulkMarkers, CalendarEvent, Conversation, Message

ME = Address("Sam Rivera", "sam@rivera.example")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def msg(
    mid: str,
    *,
    hours: float = 0,
    subject: str = "Interview",
    sender: Address | None = None,
    to: tuple[Address, ...] = (),
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    folder: str = "INBOX",
    thread_hint: str | None = None,
    text: str = "body",
    headers_only: bool = False,
    calendar_uid: str = "",
) -> Message:
    sender = sender or Address("Priya Nair", "priya@harbourlight.example")
    calendar: tuple[CalendarEvent, ...] = ()
    if calendar_uid:
        calendar = (CalendarEvent("REQUEST", calendar_uid, 0, "", "", "", None, None, False),)
    return Message(
        account="acct",
        folder=folder,
        uid=mid,
        message_id=f"<{mid}@test.example>",
        in_reply_to=f"<{in_reply_to}@test.example>" if in_reply_to else None,
        references=tuple(f"<{r}@test.example>" for r in references),
        from_=sender,
        to=to or (ME,),
        cc=(),
        reply_to=(),
        date=T0 + timedelta(hours=hours),
        subject=subject,
        direction="sent" if sender == ME else "received",
        text="" if headers_only else text,
        thread_hint=thread_hint,
        headers_only=headers_only,
        calendar=calendar,
    )


PRIYA = Address("Priya Nair", "priya@harbourlight.example")
LENA = Address("Lena Vogel", "lena@kranich-software.example")


def ids(conversations: list[Conversation]) -> list[list[str]]:
    return [[m.uid for m in c.messages] for c in conversations]


def test_replies_join_their_thread_in_date_order() -> None:
    root = msg("a", hours=0)
    reply = msg(
        "b", hours=2, sender=ME, to=(PRIYA,), subject="Re: Interview", in_reply_to="a", references=("a",)
    )
    again = msg("c", hours=5, subject="Re: Interview", in_reply_to="b", references=("a", "b"))
    convs = thread([again, root, reply])
    assert ids(convs) == [["a", "b", "c"]]
    assert convs[0].subject == "Interview"
    assert convs[0].id == conversation_id("<a@test.example>")
    assert convs[0].id.startswith("t-")


def test_messages_referencing_the_same_missing_parent_join_one_thread() -> None:
    one = msg("x1", hours=1, subject="Re: Old thread", in_reply_to="gone", references=("gone",))
    two = msg("x2", hours=3, subject="Re: Old thread", sender=ME, to=(LENA,), references=("gone",))
    convs = thread([one, two])
    assert ids(convs) == [["x1", "x2"]]
    assert convs[0].id == conversation_id("<gone@test.example>")


def test_only_in_reply_to_is_enough() -> None:
    convs = thread([msg("p", hours=0), msg("q", hours=1, subject="Something else", in_reply_to="p")])
    assert ids(convs) == [["p", "q"]]


def test_same_subject_between_different_people_stays_separate() -> None:
    a = msg("a", hours=0, sender=PRIYA)
    b = msg("b", hours=1, sender=LENA)
    convs = thread([a, b])
    assert ids(convs) == [["a"], ["b"]]


def test_same_subject_with_the_same_people_joins_when_headers_are_missing() -> None:
    first = msg("a", hours=0, sender=PRIYA)
    mine = msg("b", hours=1, sender=ME, to=(PRIYA,), subject="RE: Interview")  # client dropped headers
    convs = thread([first, mine])
    assert ids(convs) == [["a", "b"]]


def test_subject_fallback_needs_the_exact_same_people() -> None:
    first = msg("a", hours=0, sender=PRIYA)
    wider = msg("b", hours=1, sender=PRIYA, to=(ME, LENA), subject="Re: Interview")
    assert ids(thread([first, wider])) == [["a"], ["b"]]


def test_generic_subject_from_a_shared_no_reply_sender_never_merges() -> None:
    relay = Address("Hiring Team", "no-reply@ats-relay.example")
    a = msg("a", hours=0, sender=relay, subject="Thank you for your application")
    b = msg("b", hours=5, sender=relay, subject="Thank you for your application")
    assert ids(thread([a, b])) == [["a"], ["b"]]
    auto = replace(
        b,
        from_=Address("Talent", "talent@ats-relay.example"),
        bulk=BulkMarkers(auto_submitted="auto-generated"),
    )
    a2 = replace(a, from_=auto.from_)
    assert ids(thread([a2, auto])) == [["a"], ["b"]]


def test_empty_subject_never_merges() -> None:
    a = msg("a", hours=0, subject="")
    b = msg("b", hours=1, subject="Re:")
    assert ids(thread([a, b])) == [["a"], ["b"]]


def test_my_addresses_parameter_treats_my_other_address_as_me() -> None:
    other_me = Address("Sam", "s.rivera@work.example")
    a = msg("a", hours=0, sender=PRIYA, to=(ME,))
    b = msg("b", hours=1, sender=PRIYA, to=(other_me,), subject="Re: Interview")
    assert ids(thread([a, b])) == [["a"], ["b"]]
    assert ids(thread([a, b], my_addresses=[ME.email, "S.Rivera@work.example"])) == [["a", "b"]]


def test_duplicate_across_folders_is_counted_once_preferring_the_copy_with_a_body() -> None:
    headers = msg("a", folder="Archive", headers_only=True)
    full = msg("a", folder="INBOX", text="full body")
    reply = msg("b", hours=1, sender=ME, to=(PRIYA,), in_reply_to="a")
    convs = thread([headers, reply, full])
    assert ids(convs) == [["a", "b"]]
    assert convs[0].messages[0].folder == "INBOX"
    assert convs[0].messages[0].text == "full body"
    assert len(dedupe([headers, full, full])) == 1


def test_thread_hint_groups_messages_without_headers() -> None:
    a = msg("a", hours=0, sender=PRIYA, subject="Interview", thread_hint="18c2f")
    b = msg("b", hours=1, sender=LENA, subject="Different", thread_hint="18c2f")
    c = msg("c", hours=2, sender=LENA, subject="Other", thread_hint="99999")
    assert ids(thread([a, b, c])) == [["a", "b"], ["c"]]


def test_calendar_uid_links_invitation_update_and_rsvp() -> None:
    invite = msg("a", hours=0, subject="Invitation: Interview @ Thu", calendar_uid="evt-1")
    rsvp = msg(
        "b", hours=1, sender=ME, to=(PRIYA,), subject="Accepted: Interview @ Thu", calendar_uid="evt-1"
    )
    moved = msg("c", hours=5, subject="Updated invitation: Interview @ Mon", calendar_uid="evt-1")
    other = msg("d", hours=6, subject="Invitation: Book club", calendar_uid="evt-2", sender=LENA)
    assert ids(thread([invite, rsvp, moved, other])) == [["a", "b", "c"], ["d"]]


def test_output_is_deterministic_and_ordered_by_first_date() -> None:
    messages = [
        msg("late", hours=10, sender=LENA, subject="Offer"),
        msg("early", hours=1, sender=PRIYA, subject="Screen"),
        msg("early-reply", hours=11, sender=ME, to=(PRIYA,), in_reply_to="early"),
    ]
    forward = thread(messages)
    backward = thread(list(reversed(messages)))
    assert forward == backward
    assert ids(forward) == [["early", "early-reply"], ["late"]]


def test_conversation_id_is_stable_when_later_replies_arrive() -> None:
    root = msg("a", hours=0)
    before = thread([root])[0].id
    after = thread([root, msg("b", hours=1, sender=ME, to=(PRIYA,), in_reply_to="a", references=("a",))])[
        0
    ].id
    assert before == after


def test_conversation_from_parsed_mail() -> None:
    first = (
        b"From: Priya Nair <priya@harbourlight.example>\nTo: sam@rivera.example\n"
        b"Subject: Interview\nDate: Mon, 2 Mar 2026 10:00:00 -0500\n"
        b"Message-ID: <p1@harbourlight.example>\n\nHi\n"
    )
    second = (
        b"From: Sam Rivera <sam@rivera.example>\nTo: priya@harbourlight.example\n"
        b"Subject: Re: Interview\nDate: Mon, 2 Mar 2026 11:00:00 -0500\nMessage-ID: <s1@rivera.example>\n"
        b"In-Reply-To: <p1@harbourlight.example>\nReferences: <p1@harbourlight.example>\n\nThanks\n"
    )
    parsed = [
        parse_message(raw, account="a", folder=f, uid="1", my_addresses=[ME.email])
        for raw, f in ((first, "INBOX"), (second, "Sent"), (second, "INBOX"))
    ]
    convs = thread(parsed)
    assert len(convs) == 1
    assert [m.message_id for m in convs[0].messages] == ["<p1@harbourlight.example>", "<s1@rivera.example>"]


def test_no_messages_no_conversations() -> None:
    assert thread([]) == []


def test_replace_keeps_records_frozen() -> None:
    m = msg("a")
    with pytest.raises(AttributeError):
        m.subject = "x"  # type: ignore[misc]
    assert replace(m, subject="x").subject == "x"


# --- corpus ---------------------------------------------------------------


def corpus_root() -> Path:
    env = os.environ.get("INTERVIEW_WATCHER_CORPUS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _header_components(messages: list[Message]) -> int:
    """How many threads the Message-ID/In-Reply-To/References headers alone imply."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            k = parent[k]
        return k

    for m in messages:
        for ref in (*m.references, *([m.in_reply_to] if m.in_reply_to else [])):
            parent[find(ref)] = find(m.message_id)
        find(m.message_id)
    return len({find(m.message_id) for m in messages})


@pytest.mark.corpus
def test_corpus_folders_end_up_in_as_few_conversations_as_headers_allow() -> None:
    root = corpus_root()
    if not (root / "mail").is_dir():
        pytest.skip(f"corpus not found at {root}")
    my_addresses = json.loads((root / "labels.json").read_text())["my_addresses"]
    messages: list[Message] = []
    folder_of: dict[str, str] = {}
    for path in sorted((root / "mail").glob("*/*.eml")):
        folder = "Sent" if "-sent" in path.name else "INBOX"
        m = parse_message(
            path.read_bytes(), account="c", folder=folder, uid=path.name, my_addresses=my_addresses
        )
        messages.append(m)
        folder_of[m.message_id] = path.parent.name
    conversations = thread(messages, my_addresses=my_addresses)
    assert sum(len(c.messages) for c in conversations) == len(messages)  # each message once

    per_folder: dict[str, set[str]] = defaultdict(set)
    for c in conversations:
        folders = {folder_of[m.message_id] for m in c.messages}
        assert len(folders) == 1, f"conversation {c.subject!r} mixes {sorted(folders)}"
        per_folder[folders.pop()].add(c.id)
    report = []
    for name in sorted(per_folder):
        own = [m for m in messages if folder_of[m.message_id] == name]
        allowed = _header_components(own)
        report.append(f"{name}: {len(per_folder[name])} conversations (headers imply {allowed})")
        assert len(per_folder[name]) <= allowed, report[-1]
    print("\n".join(report))
