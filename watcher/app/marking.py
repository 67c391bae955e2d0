"""`mark`: the user's corrections, read and checked, then stored by application id so they survive rescans."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import dateparser

from watcher.app.pipeline import Refresh, assess
from watcher.app.status import find_application
from watcher.config import Settings
from watcher.core.applications import Mark, application_id_for
from watcher.core.records import OutcomeKind
from watcher.core.safetext import clean
from watcher.errors import UsageError
from watcher.store.state import Store


class MarkError(UsageError):
    """A mark that cannot be recorded as asked."""


def parse_when(text: str, now: datetime, settings: Settings, what: str) -> datetime:
    """Free text ("next Friday 3pm", "12.03.2026 14:00") → an aware datetime."""
    when: datetime | None = dateparser.parse(
        text,
        settings={
            "RELATIVE_BASE": now.astimezone(settings.tz).replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
            "TIMEZONE": str(settings.tz),
            "TO_TIMEZONE": str(settings.tz),
            "RETURN_AS_TIMEZONE_AWARE": True,
        },
    )
    if when is None:
        raise MarkError(
            f'{what}: cannot read "{text}" as a date (try "next Friday 3pm" or "2026-03-12 14:00")'
        )
    return when


#: A date further than this from now is almost surely a slip (a wrong year or month).
FAR_OFF = timedelta(days=366)


def _fmt(when: datetime, settings: Settings) -> str:
    return f"{when.astimezone(settings.tz):%a %-d %b %Y}"


def date_doubts(
    option: str, when: datetime, now: datetime, settings: Settings, interview: datetime | None = None
) -> str | None:
    """Why a date given to `mark` looks wrong (years off; a reply promised before the
    interview), in one line, or None when it looks plausible."""
    tz = settings.tz
    if abs(when - now) > FAR_OFF:
        years = abs(when - now).days / 365.25
        where = "from now" if when > now else "ago"
        span = f"{years:.0f} years" if years >= 1.5 else f"{abs(when - now).days} days"
        return f"{option}: {_fmt(when, settings)} is {span} {where}; a wrong year?"
    if interview is not None and when.astimezone(tz).date() < interview.astimezone(tz).date():
        return (
            f"{option}: {_fmt(when, settings)} is before the interview on {_fmt(interview, settings)}; "
            f"a reply comes after it"
        )
    return None


#: Asks the user whether to record a doubtful date anyway; None where nobody can be asked.
Ask = Callable[[str], bool]


def settle_doubt(doubt: str, *, yes: bool, ask: Ask | None) -> None:
    """Ask (at a terminal); where nobody can be asked refuse in one line; `--yes` records it anyway."""
    if yes:
        return
    if ask is None:
        raise MarkError(f"{doubt}; nothing recorded (add --yes to record it anyway)")
    if not ask(f"{doubt}. Record it anyway?"):
        raise MarkError(f"{doubt}; nothing recorded")


@dataclass(frozen=True, slots=True)
class MarkRequest:
    """What `mark` was asked to record (the command's options)."""

    not_interview: bool = False
    is_interview: bool = False
    closed: OutcomeKind | None = None
    interview_at: str | None = None  # free text, read by `parse_when`
    reply_by: str | None = None
    reopen: bool = False

    def check(self) -> None:
        """One line for a request that cannot be recorded as given."""
        if not any(
            [
                self.not_interview,
                self.is_interview,
                self.closed,
                self.interview_at,
                self.reply_by,
                self.reopen,
            ]
        ):
            raise MarkError(
                "nothing to mark: give one of --not-interview, --interview, --closed, "
                "--interview-at, --reply-by, --reopen"
            )
        if self.not_interview and self.sets_facts:
            raise MarkError("--not-interview cannot be combined with other marks")

    @property
    def sets_facts(self) -> bool:
        return bool(self.is_interview or self.closed or self.interview_at or self.reply_by)


@dataclass(frozen=True, slots=True)
class Marked:
    """What `mark` recorded for one process: `reopened` (every earlier mark forgotten), then `mark`."""

    app_id: str
    employer: str
    reopened: bool
    mark: Mark


def mark(
    settings: Settings,
    who: str,
    request: MarkRequest,
    *,
    now: datetime,
    yes: bool = False,
    ask: Ask | None = None,
    refresh: Refresh | None = None,
) -> Marked:
    """Record `request` for the process `who` names; the dates are read and checked before
    anything is recorded. MarkError (one line) for a request that cannot be recorded."""
    request.check()
    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        found = find_application(assess(settings, store, now), who)
        if isinstance(found, str):
            # Not listed now: maybe hidden by an earlier --not-interview, or not detected at all.
            app_id, employer = _unlisted(store, who, request.is_interview or request.reopen)
            if app_id is None:
                raise MarkError(found)
            known = None
        else:
            app_id, employer = found.application.id, clean(found.application.employer)
            known = found.evaluation.interview_at
        interview_at = (
            parse_when(request.interview_at, now, settings, "--interview-at")
            if request.interview_at
            else None
        )
        reply_by = parse_when(request.reply_by, now, settings, "--reply-by") if request.reply_by else None
        doubts: list[str | None] = []
        if interview_at is not None:
            doubts.append(date_doubts("--interview-at", interview_at, now, settings))
        if reply_by is not None:
            doubts.append(date_doubts("--reply-by", reply_by, now, settings, interview_at or known))
        for doubt in doubts:
            if doubt:
                settle_doubt(doubt, yes=yes, ask=ask)
        return _record(store, app_id, employer, request, interview_at, reply_by, now)


def _record(
    store: Store,
    app_id: str,
    employer: str,
    request: MarkRequest,
    interview_at: datetime | None,
    reply_by: datetime | None,
    now: datetime,
) -> Marked:
    if request.reopen:
        store.clear_marks(app_id)
        # What the mail said until now is settled as no outcome: a "check" it raised is gone.
        store.add_mark(app_id, Mark(reviewed=now), employer)
    if request.not_interview:
        store.clear_marks(app_id, ["interview"])
    if request.is_interview:
        store.clear_marks(app_id, ["not_interview"])
    mark = Mark(
        not_interview=request.not_interview,
        interview=request.is_interview,
        closed=request.closed,
        interview_at=interview_at,
        reply_by=reply_by,
    )
    store.add_mark(app_id, mark, employer)
    return Marked(app_id, employer, request.reopen, mark)


def _unlisted(store: Store, who: str, allow_new: bool) -> tuple[str | None, str]:
    needle = who.strip().lower()
    for app_id, employer in store.marked_employers().items():
        if needle in {app_id.lower(), employer.lower()} or needle in employer.lower():
            return app_id, employer
    if allow_new:
        return application_id_for(who), who
    return None, who
