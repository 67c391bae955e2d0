"""Hand-built applications and evaluations for the digest tests (plain data, no pipeline)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from watcher.core.records import (
    Address,
    Application,
    Ask,
    Conversation,
    Evaluation,
    Message,
    Outcome,
    OutcomeKind,
    State,
    Timeline,
)

if TYPE_CHECKING:
    from watcher.config import Settings
    from watcher.core.assessment import Assessed

__all__ = ["NOW", "OWNER", "TZ", "Address", "assessed", "at", "message", "settings_for_tests"]

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 7, 30, tzinfo=TZ)  # a Tuesday
OWNER = Address("Sam Rivera", "sam@rivera.example")


def at(day: int, hour: int = 10, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=TZ)


def message(
    *,
    mid: str,
    when: datetime,
    sender: Address,
    to: Address,
    subject: str,
    text: str = "",
    account: str = "personal",
    thread_hint: str | None = None,
) -> Message:
    direction: Literal["sent", "received"] = "sent" if sender.email == OWNER.email else "received"
    return Message(
        account=account,
        folder="INBOX" if direction == "received" else "Sent",
        uid=mid.strip("<>"),
        message_id=mid,
        in_reply_to=None,
        references=(),
        from_=sender,
        to=(to,),
        cc=(),
        reply_to=(),
        date=when,
        subject=subject,
        direction=direction,
        text=text,
        new_text=text,
        thread_hint=thread_hint,
    )


def assessed(
    employer: str,
    state: State,
    *,
    role: str = "Backend Engineer",
    language: str = "en",
    contact: Address | None = None,
    interview_at: datetime | None = None,
    nudges_sent: int = 0,
    next_nudge_on: date | None = None,
    reply_by: date | None = None,
    gives_up_on: date | None = None,
    cold_on: date | None = None,
    last_contact_at: datetime | None = None,
    ask: str | None = None,
    ask_at: datetime | None = None,
    outcome: OutcomeKind | None = None,
    outcome_at: datetime | None = None,
    outcome_quote: str = "",
    account: str = "personal",
    thread_hint: str | None = None,
    app_id: str | None = None,
    needs_reply: bool = False,
) -> Assessed:
    """One Assessed(application, evaluation) with a one-message thread from `contact`."""
    from watcher.core.assessment import Assessed

    slug = "".join(ch for ch in employer.lower() if ch.isalnum())[:20] or "x"
    contact = contact or Address("Alex Moreau", f"alex@{slug}.example")
    first = interview_at or last_contact_at or at(2, 9)
    mid = f"<m1.{slug}@{slug}.example>"
    msg = message(
        mid=mid,
        when=first - timedelta(days=1),
        sender=contact,
        to=OWNER,
        subject=f"Interview for {role}",
        account=account,
        thread_hint=thread_hint,
    )
    asks = (Ask(ask_at or at(9), mid, ask),) if ask else ()
    out = Outcome(outcome, outcome_at or at(6), mid, outcome_quote) if outcome else None
    app = Application(
        id=app_id or f"app-{slug}",
        employer=employer,
        employer_key=f"{slug}.example",
        role=role,
        language=language,
        conversations=(Conversation(f"c-{slug}", msg.subject, (msg,)),),
        timeline=Timeline(asks=asks, outcome=out),
    )
    ev = Evaluation(
        state=state,
        outcome=outcome,
        interview_at=interview_at,
        next_nudge_on=next_nudge_on,
        nudges_sent=nudges_sent,
        reply_by=reply_by,
        gives_up_on=gives_up_on,
        last_employer_message_at=first - timedelta(days=1),
        reason=f"{state} for a test",
        last_contact_at=last_contact_at,
        needs_reply=needs_reply,
        cold_on=cold_on,
    )
    return Assessed(app, ev)


def settings_for_tests() -> Settings:
    """Settings with this module's time zone and the default policy (no accounts needed to render)."""
    from watcher.config import parse

    return parse(f'timezone = "{TZ.key}"\nmy_addresses = ["{OWNER.email}"]\n')
