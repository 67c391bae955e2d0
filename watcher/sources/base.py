"""The contract between a mail source and the scan loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

# What watcher.core.mail reads from a header block; nothing else is fetched for non-candidates.
HEADER_FIELDS = (
    "Message-ID",
    "In-Reply-To",
    "References",
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Date",
    "Subject",
    "List-Unsubscribe",
    "List-Id",
    "Precedence",
    "Auto-Submitted",
    "Content-Type",
    "X-Mailer",
)


@dataclass(frozen=True, slots=True)
class FolderChoice:
    """A folder the source will read, and why (shown by `check`)."""

    name: str
    reason: str  # e.g. "special-use \\Sent", "configured", "fallback name"


@dataclass(frozen=True, slots=True)
class FolderState:
    """What we remember about one folder between scans (stored in SQLite)."""

    uidvalidity: int = 0
    last_uid: int = 0  # highest UID stored
    highestmodseq: int = 0  # CONDSTORE, when offered
    extra: str = ""  # source-specific cursor (e.g. Gmail historyId), opaque to the store


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as the server gave it."""

    uid: str
    raw: bytes  # whole message (capped) or, when headers_only, the header block
    internaldate: datetime | None = None
    headers_only: bool = False
    thread_hint: str | None = None  # server conversation key (X-GM-THRID, Gmail threadId)
    flags: tuple[str, ...] = ()  # IMAP flags ("\\Seen", "\\Draft") or Maildir letters ("S", "D")

    @property
    def is_draft(self) -> bool:
        """Not sent yet (IMAP \\Draft, Maildir D): a draft, the owner's or one we left, is not
        mail anybody received, so it never counts as a message of the owner's (Gmail's API source
        leaves out the DRAFT label the same way)."""
        return any(f.lower() == "\\draft" or f == "D" for f in self.flags)


@dataclass(slots=True)
class Batch:
    """Messages of one folder to store in one transaction, with the folder's state after them.

    `reset=True` on the first batch after a UIDVALIDITY change (or a full resync):
    the store then reconciles the folder by Message-ID instead of trusting old UIDs.
    `done=True` on the last batch of a folder's reset, so the store may drop what
    was not seen again. A reset interrupted by a crash is resumed by the source
    (its cursor says so) with more batches and a final `done`, never a second `reset`.

    Mail deleted on the server leaves the state: `removed_uids` names it, or
    `present_uids` lists every uid the folder still holds among those stored
    before (the store drops its other rows), for sources that can list what is
    there more cheaply than what went away.
    """

    folder: str
    messages: list[Fetched] = field(default_factory=list)
    state: FolderState = field(default_factory=FolderState)
    reset: bool = False
    done: bool = False
    removed_uids: list[str] = field(default_factory=list)
    present_uids: frozenset[str] | None = None
    total_hint: int | None = None  # how many new messages the folder has this scan (for progress)


IsCandidate = Callable[[bytes], bool]
"""Given a header block, say whether the body is worth fetching."""


Verdict = Literal["fetch", "peek", "skip"]


class Gate(Protocol):
    """Decides, per message, whether its body is fetched (see `watcher.core.gate`)."""

    def decide(self, headers: bytes, *, has_calendar: bool = False) -> Verdict:
        """From the header block (and whether the source saw a calendar part): fetch, peek or skip."""

    def peek(self, text: str) -> bool:
        """After a peek: is the start of the text worth the whole message?"""


@dataclass(frozen=True, slots=True)
class YesNoGate:
    """A plain yes/no on headers (no peek): what callers that only filter need."""

    wants: IsCandidate

    def decide(self, headers: bytes, *, has_calendar: bool = False) -> Verdict:
        return "fetch" if has_calendar or self.wants(headers) else "skip"

    def peek(self, text: str) -> bool:
        return True


def as_gate(gate: Gate | IsCandidate) -> Gate:
    if isinstance(gate, YesNoGate) or hasattr(gate, "decide"):
        return gate  # type: ignore[return-value]
    return YesNoGate(gate)


class MailSource(Protocol):
    name: str

    def connect(self) -> None:
        """Log in / open. Raises watcher.errors.SourceError (AuthError for refused credentials)."""

    def folders(self) -> list[FolderChoice]:
        """The folders this account will read, with reasons."""

    def sync(self, states: dict[str, FolderState], is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        """Yield batches of new (and, after a reset, all) messages within the lookback window;
        `is_candidate` (a `Gate`, or a yes/no on headers) decides whose bodies are fetched."""

    def close(self) -> None: ...
