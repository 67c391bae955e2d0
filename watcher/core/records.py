"""Plain data that flows through the pipeline.

Every stage after the sources works on these frozen records only, so the
core (threading, classification, timeline, policy) can be tested without
any server, file or clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Direction = Literal["sent", "received"]


@dataclass(frozen=True, slots=True)
class Address:
    """A decoded mailbox: display name and lower-cased address."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT of a text/calendar part, with the METHOD of its calendar."""

    method: str  # REQUEST, CANCEL, REPLY, PUBLISH, ... ("" when absent)
    uid: str
    sequence: int
    status: str  # CONFIRMED, TENTATIVE, CANCELLED or ""
    summary: str
    organizer: str  # lower-cased e-mail address, "" when absent
    start: datetime | None  # aware; TZID honoured, UTC for ...Z
    end: datetime | None
    recurring: bool  # has an RRULE / RDATE
    partstat: str = ""  # for METHOD:REPLY, the attendee's PARTSTAT


@dataclass(frozen=True, slots=True)
class BulkMarkers:
    list_unsubscribe: bool = False
    list_id: str = ""
    precedence: str = ""  # "bulk", "list", "junk" or ""
    auto_submitted: str = ""  # "auto-generated", "auto-replied" or ""

    @property
    def is_bulk(self) -> bool:
        return bool(self.list_unsubscribe or self.list_id or self.precedence in {"bulk", "list", "junk"})

    @property
    def is_automated(self) -> bool:
        return bool(self.auto_submitted and self.auto_submitted != "no")


@dataclass(frozen=True, slots=True)
class Message:
    """A normalised message, as every source produces it."""

    account: str
    folder: str
    uid: str  # IMAP UID, Maildir key or Gmail id, as text
    message_id: str  # with angle brackets; synthesised when missing
    in_reply_to: str | None
    references: tuple[str, ...]
    from_: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime  # aware; INTERNALDATE when the header is missing or broken
    subject: str
    direction: Direction
    bulk: BulkMarkers = field(default_factory=BulkMarkers)
    text: str = ""  # the whole plain-text body (HTML converted when needed)
    new_text: str = ""  # text with quoted history removed
    calendar: tuple[CalendarEvent, ...] = ()
    attachments: tuple[str, ...] = ()  # file names
    thread_hint: str | None = None  # a server's conversation key (Gmail thread id)
    headers_only: bool = False  # body not fetched (not a candidate)


# --- conversations and applications -------------------------------------


@dataclass(frozen=True, slots=True)
class Conversation:
    """Messages threaded together; sorted by date, each Message-ID once."""

    id: str  # stable: derived from the root Message-ID (or the server's thread key)
    subject: str  # normalised subject of the first message
    messages: tuple[Message, ...]


Role = Literal[
    "invite",
    "interview",
    "acknowledgement",
    "nudge",
    "employer_reply",
    "automated",
    "reply_by",
    "ask",
    "outcome",
    "check",
    "other",
]
OutcomeKind = Literal["rejected", "offer", "withdrawn"]
DoubtKind = Literal["rejected", "offer", "interview"]
State = Literal["upcoming", "waiting", "due", "your_turn", "cold", "closed"]


@dataclass(frozen=True, slots=True)
class Interview:
    at: datetime  # aware
    known_at: datetime  # Date of the message that made it known (or moved it)
    source: str  # Message-ID, or "manual"
    via: Literal["calendar", "text", "manual"]


@dataclass(frozen=True, slots=True)
class ReplyBy:
    on: datetime  # aware; end of the stated day is what matters, policy uses .date() in the configured tz
    known_at: datetime
    source: str
    quote: str


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: OutcomeKind
    at: datetime
    source: str
    quote: str


@dataclass(frozen=True, slots=True)
class Doubt:
    """What the mail may say but the reader cannot settle: a possible rejection, offer or interview.

    While it stands the process is shown as "check", never as a nudge; `mark` settles it.
    """

    kind: DoubtKind
    at: datetime
    source: str
    quote: str  # the sentence that raised the doubt (untrusted text)


@dataclass(frozen=True, slots=True)
class Ask:
    at: datetime
    source: str
    quote: str  # one line from the employer's new text


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One message of an application with the roles it plays (for `explain`)."""

    at: datetime
    message_id: str
    direction: Direction
    roles: tuple[Role, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """What an attentive reader learns from an application's mail, as of some moment.

    The pipeline drops messages dated after `now` before building it, so a
    timeline never contains the future.
    """

    interviews: tuple[Interview, ...] = ()  # effective: cancels removed, reschedules applied
    employer_messages: tuple[datetime, ...] = ()  # human employer-side messages
    owner_messages: tuple[datetime, ...] = ()  # what the owner sent to the employer side
    reply_bys: tuple[ReplyBy, ...] = ()
    outcome: Outcome | None = None
    asks: tuple[Ask, ...] = ()  # asks in the latest employer message (empty if it asks nothing)
    doubt: Doubt | None = None  # a possible outcome or interview nothing later settled
    entries: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Application:
    """One interview process with one employer."""

    id: str  # stable across rescans: derived from the employer key
    employer: str  # "Acme Robotics"
    employer_key: str  # organisation domain or normalised name
    role: str  # role or subject line
    language: str  # a watcher.core.reading.language.Lang: "en", "de", "es", "fr", "it", "nl", "pt"
    conversations: tuple[Conversation, ...]
    timeline: Timeline
    manual: tuple[str, ...] = ()  # names of facts set by `mark`


OwnerRole = Literal["acknowledgement", "answer", "nudge"]


@dataclass(frozen=True, slots=True)
class OwnerMessage:
    """One of the owner's messages as the policy counts it: a thank-you, the answer to a request, a nudge."""

    at: datetime
    role: OwnerRole


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The policy's verdict on one application as of `now`."""

    state: State
    outcome: OutcomeKind | None
    interview_at: datetime | None
    next_nudge_on: date | None
    nudges_sent: int
    reply_by: date | None
    gives_up_on: date | None
    last_employer_message_at: datetime | None
    reason: str
    warnings: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()  # the policy steps that produced the state, for `explain`
    last_contact_at: datetime | None = None
    owner_messages: tuple[
        OwnerMessage, ...
    ] = ()  # the role of each owner message known by now, for `explain`
    needs_reply: bool = False  # an offer the owner has not answered (nor marked) yet
    cold_on: date | None = None  # the first day it counts as cold (when the rules foresee one)
    # The mail may say the process ended (or holds an interview) and the reader cannot tell:
    # `state` stays what the policy computes, but no nudge is advised until `mark` settles it.
    review: Doubt | None = None

    @property
    def needs_review(self) -> bool:
        return self.review is not None
