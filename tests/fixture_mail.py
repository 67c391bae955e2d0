"""Shared helpers for the detection tests: the fixture mailbox and hand-built messages.

The fixture mail under tests/fixtures/detection/ is fictional (``.example`` domains),
one folder per process or distractor, ``NN-inbox.eml`` / ``NN-sent.eml`` in time
order, in English, German, Spanish and French.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from watcher.core.applications import Known, Mark, build_applications
from watcher.core.conversations import thread
from watcher.core.mail import parse_message
from watcher.core.records import Address, Application, BulkMarkers, CalendarEvent, Message

FIXTURES = Path(__file__).parent / "fixtures" / "detection"
MINE = ("sam.rivera@post.example", "sam@rivera.example", "sam.rivera@corvid-works.example")
NY = ZoneInfo("America/New_York")
OWNER = Address("Sam Rivera", "sam.rivera@post.example")

APPLICATIONS = (
    "de-flowed-hollin",
    "de-kranich",
    "en-ack-then-interview",
    "en-agency-brackenridge",
    "en-agency-solstice",
    "en-ats-brightwave",
    "en-ats-then-domain-kettleby",
    "en-confirm-osprey",
    "en-hosted-ats-wrenfield",
    "en-new-thread-larkspur",
    "en-reschedule-tidepool",
    "es-lumbre",
    "es-role-almendro",
    "fr-cerise",
    "fr-role-sorbier",
)
DISTRACTORS = tuple(sorted(p.name for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("x-")))


def load(*slugs: str) -> list[Message]:
    """Parse the fixture mail of the given folders (all when none given)."""
    dirs = [FIXTURES / s for s in slugs] if slugs else sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    out = []
    for d in dirs:
        for f in sorted(d.glob("*.eml")):
            folder = "Sent" if f.stem.endswith("sent") else "INBOX"
            out.append(
                parse_message(
                    f.read_bytes(), account="t", folder=folder, uid=f"{d.name}/{f.stem}", my_addresses=MINE
                )
            )
    return out


def slug_of(message_id: str) -> str:
    """`<de-kranich-02@fixtures.example>` → `de-kranich`."""
    return message_id.strip("<>").partition("@")[0].rsplit("-", 1)[0]


def applications(
    now: str | datetime,
    messages: Iterable[Message] | None = None,
    *,
    tz: ZoneInfo = NY,
    marks: dict[str, Mark] | None = None,
) -> list[Application]:
    """What the pipeline lists as of `now` (messages after `now` dropped first, as the caller does)."""
    moment = datetime.fromisoformat(now) if isinstance(now, str) else now
    msgs = load() if messages is None else list(messages)
    visible = [m for m in msgs if m.date <= moment]
    return build_applications(thread(visible, my_addresses=MINE), Known(MINE, tz, moment, marks=marks))


def slugs_of(app: Application) -> set[str]:
    return {slug_of(m.message_id) for c in app.conversations for m in c.messages}


_COUNTER = iter(range(1, 1_000_000))


def make(
    text: str,
    *,
    at: str,
    sent: bool = False,
    frm: tuple[str, str] = ("Rita Ames", "rita.ames@orbitkit.example"),
    to: Sequence[tuple[str, str]] = (),
    subject: str = "Orbitkit — Backend Engineer",
    reply_to: Sequence[tuple[str, str]] = (),
    calendar: Sequence[CalendarEvent] = (),
    auto: bool = False,
    bulk: bool = False,
    new_text: str | None = None,
) -> Message:
    """A message built by hand (for rules that need no parser)."""
    n = next(_COUNTER)
    sender = Address(frm[0], frm[1]) if not sent else OWNER
    if sent:
        recipients = tuple(Address(a, b) for a, b in to) or (Address(frm[0], frm[1]),)
    else:
        recipients = tuple(Address(a, b) for a, b in to) or (OWNER,)
    return Message(
        account="t",
        folder="Sent" if sent else "INBOX",
        uid=str(n),
        message_id=f"<hand-{n}@fixtures.example>",
        in_reply_to=None,
        references=(),
        from_=sender,
        to=recipients,
        cc=(),
        reply_to=tuple(Address(a, b) for a, b in reply_to),
        date=datetime.fromisoformat(at),
        subject=subject,
        direction="sent" if sent else "received",
        bulk=BulkMarkers(
            list_unsubscribe=bulk,
            precedence="bulk" if bulk else "",
            auto_submitted="auto-generated" if auto else "",
        ),
        text=text,
        new_text=text if new_text is None else new_text,
        calendar=tuple(calendar),
    )


def event(
    start: str,
    *,
    method: str = "REQUEST",
    uid: str = "evt-1@orbitkit.example",
    sequence: int = 0,
    summary: str = "Interview: Sam Rivera / Backend Engineer",
    organizer: str = "rita.ames@orbitkit.example",
    recurring: bool = False,
    status: str = "CONFIRMED",
    partstat: str = "",
) -> CalendarEvent:
    s = datetime.fromisoformat(start)
    return CalendarEvent(
        method=method,
        uid=uid,
        sequence=sequence,
        status=status,
        summary=summary,
        organizer=organizer,
        start=s,
        end=None,
        recurring=recurring,
        partstat=partstat,
    )
