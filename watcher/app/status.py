"""`status` and `explain`: every process as of a moment, most urgent first, and the state's notices.

`status --json` is a contract for scripts: `status_json` writes it, and its field names never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from watcher.app.drafts import waiting_drafts
from watcher.app.pipeline import Refresh, assess
from watcher.app.staleness import Notice, state_notices
from watcher.config import Settings
from watcher.core.assessment import Assessed, by_urgency
from watcher.core.drafts import thank_you_due
from watcher.core.safetext import clean
from watcher.errors import UsageError
from watcher.store.state import Store


@dataclass(frozen=True, slots=True)
class Status:
    now: datetime
    tz: tzinfo  # the owner's zone: "the day of the interview" is a day there
    items: list[Assessed]  # most urgent first
    notices: list[Notice]  # why the state may be incomplete ([] when it is fresh)
    drafts: frozenset[str] = frozenset()  # ids of processes with a reply waiting in Drafts


def status(settings: Settings, now: datetime, *, refresh: Refresh | None = None) -> Status:
    """Every interview process as of `now`, with what the state cannot vouch for."""
    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        items = by_urgency(assess(settings, store, now))
        notices = state_notices(settings, store)
        drafts = frozenset(waiting_drafts(settings, store))
    return Status(now, settings.tz, items, notices, drafts)


def explain(settings: Settings, who: str, now: datetime, *, refresh: Refresh | None = None) -> Assessed:
    """The one process `who` names (id or employer), as of `now`; UsageError when none or several."""
    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        items = assess(settings, store, now)
    found = find_application(items, who)
    if isinstance(found, str):
        raise UsageError(found)
    return found


def _iso(v: datetime | date | None) -> str | None:
    return v.isoformat() if v is not None else None


def application_json(a: Assessed) -> dict[str, Any]:
    app, ev = a.application, a.evaluation
    return {
        "id": app.id,
        "employer": app.employer,
        "state": ev.state,
        "outcome": ev.outcome,
        "interview_at": _iso(ev.interview_at),
        "next_nudge_on": _iso(ev.next_nudge_on),
        "nudges_sent": ev.nudges_sent,
        "reply_by": _iso(ev.reply_by),
        "gives_up_on": _iso(ev.gives_up_on),
        "last_employer_message_at": _iso(ev.last_employer_message_at),
        "reason": ev.reason,
        "warnings": list(ev.warnings),
        "manual": bool(app.manual),
        "manual_facts": list(app.manual),
        "role": app.role,
        "language": app.language,
        "needs_reply": ev.needs_reply,
        # "check": the mail may say it ended (or holds an interview); `state` stays the policy's.
        "needs_review": ev.needs_review,
        "review_reason": ev.review.quote if ev.review else None,
        "review_kind": ev.review.kind if ev.review else None,
        "threads": [
            {"id": c.id, "subject": c.subject, "message_ids": sorted({m.message_id for m in c.messages})}
            for c in app.conversations
        ],
    }


def status_json(report: Status) -> dict[str, Any]:
    """The `status --json` contract: field names never change (new ones are only added)."""
    return {
        "now": report.now.isoformat(),
        "applications": [
            {
                **application_json(a),
                "thank_you_due": thank_you_due(a.application, a.evaluation, report.now, report.tz),
            }
            for a in report.items
        ],
        "notices": [n.as_json() for n in report.notices],
    }


def find_application(items: list[Assessed], needle: str) -> Assessed | str:
    """By id, or by employer name (case-insensitive, unique prefix or substring)."""
    n = needle.strip().lower()
    for a in items:
        if a.application.id.lower() == n:
            return a
    exact = [a for a in items if a.application.employer.lower() == n]
    if len(exact) == 1:
        return exact[0]
    partial = [a for a in items if n in a.application.employer.lower()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        return f'no interview process matches "{clean(needle)}"; see `interview-watcher status --all` for names and ids'
    names = ", ".join(f"{clean(a.application.employer)} ({a.application.id})" for a in partial)
    return f'"{clean(needle)}" matches several processes: {names}; give the id'
