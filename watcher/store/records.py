"""What the state hands out besides messages: typed records, never a dict of strings.

`DigestStatus` is the one vocabulary of the digest's once-a-day rule: the store records the
phases of an attempt in it and `watcher.app.digest` answers in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # applications loads the whole reader: a scan with nothing new never needs it
    from watcher.core.applications import Mark


class DigestStatus(StrEnum):
    """How a day's digest stands. Stored (in the order of one attempt's phases): SENDING (an
    attempt starts; nothing has left yet), SUBMITTING (being handed to the server; a crash here
    may have delivered it), then SENT, FAILED (refused or unreachable: retried) or MAYBE_SENT
    (handed over, answer lost: not retried on its own); SKIPPED: nothing to say (re-checked by
    the next run). A run also answers ALREADY_SENT (the day was done) and DRY_RUN (nothing sent)."""

    SENDING = "sending"
    SUBMITTING = "submitting"
    SENT = "sent"
    FAILED = "failed"
    MAYBE_SENT = "maybe_sent"
    SKIPPED = "skipped"
    ALREADY_SENT = "already_sent"
    DRY_RUN = "dry_run"


@dataclass(frozen=True, slots=True)
class DigestRecord:
    """The state's once-a-day record of the digest."""

    day: date
    message_id: str
    status: DigestStatus
    attempts: int = 0
    sent_at: datetime | None = None
    error: str = ""
    #: application id → its state in that digest (what the next digest compares with)
    snapshot: dict[str, str] = field(default_factory=dict)
    subject: str = ""
    deliver: str = ""  # how it went out ("smtp", "imap", "gmail", "stdout")

    @classmethod
    def from_row(cls, row: tuple[str, str, str, int, str | None, str | None, str, str, str]) -> DigestRecord:
        day, message_id, status, attempts, sent_at, error, snapshot, subject, deliver = row
        return cls(
            day=date.fromisoformat(day),
            message_id=message_id,
            status=DigestStatus(status),
            attempts=int(attempts or 0),
            sent_at=instant(sent_at),
            error=error or "",
            snapshot={str(k): str(v) for k, v in json.loads(snapshot or "{}").items()},
            subject=subject or "",
            deliver=deliver or "",
        )


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """An account's health as its last scan left it; `since`: when it became so."""

    account: str
    ok: bool
    error: str = ""
    since: datetime | None = None
    last_scan: datetime | None = None


#: The fields of a stored `Mark`, one row each (see `Store.add_mark`).
MarkField = Literal["not_interview", "interview", "closed", "interview_at", "reply_by", "reopen", "reviewed"]


def mark_fields(mark: Mark) -> dict[str, str]:
    """The rows a mark is stored as, `MarkField` → text (only what is set); `Mark.from_fields` reads them back."""
    out: dict[str, str] = {}
    if mark.not_interview:
        out["not_interview"] = "1"
    if mark.interview:
        out["interview"] = "1"
    if mark.closed:
        out["closed"] = mark.closed
    if mark.interview_at:
        out["interview_at"] = mark.interview_at.isoformat()
    if mark.reply_by:
        out["reply_by"] = mark.reply_by.isoformat()
    if mark.reopen:
        out["reopen"] = "1"
    if mark.reviewed:
        out["reviewed"] = mark.reviewed.isoformat()
    return out


def instant(value: str | None) -> datetime | None:
    """A stored ISO-8601 time; None when absent or unreadable."""
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
