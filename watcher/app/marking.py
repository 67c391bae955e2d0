"""`mark`: the user's corrections, stored by application id so they survive rescans."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import click
import dateparser

from watcher.config import Settings
from watcher.core.safetext import clean
from watcher.errors import WatcherError
from watcher.pipeline import assess
from watcher.report import find_application
from watcher.store.state import Store


class MarkError(WatcherError):
    exit_code = 2


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


def confirm_or_refuse(doubt: str, *, yes: bool) -> None:
    """Ask at a terminal; elsewhere refuse in one line, and `--yes` records it anyway."""
    if yes:
        return
    if sys.stdin.isatty() and sys.stdout.isatty():
        if click.confirm(f"{doubt}. Record it anyway?", default=False):
            return
        raise MarkError(f"{doubt}; nothing recorded")
    raise MarkError(f"{doubt}; nothing recorded (add --yes to record it anyway)")


def apply_mark_command(
    settings: Settings,
    who: str,
    *,
    now: datetime,
    not_interview: bool,
    is_interview: bool,
    closed: str | None,
    interview_at: str | None,
    reply_by: str | None,
    reopen: bool,
    yes: bool = False,
) -> None:
    if not any([not_interview, is_interview, closed, interview_at, reply_by, reopen]):
        raise MarkError(
            "nothing to mark: give one of --not-interview, --interview, --closed, "
            "--interview-at, --reply-by, --reopen"
        )
    if not_interview and (is_interview or closed or interview_at or reply_by):
        raise MarkError("--not-interview cannot be combined with other marks")
    with Store(settings.storage.path) as store:
        from watcher.progress import index_with_progress

        index_with_progress(settings, store)
        items = assess(settings, store, now)
        found = find_application(items, who)
        if isinstance(found, str):
            # Not listed now: maybe hidden by an earlier --not-interview, or not detected at all.
            app_id, employer = _unlisted(store, who, is_interview or reopen)
            if app_id is None:
                raise MarkError(found)
        else:
            app_id, employer = found.application.id, clean(found.application.employer)
        # Read and sanity-check the dates before anything is recorded.
        interview_when = parse_when(interview_at, now, settings, "--interview-at") if interview_at else None
        reply_when = parse_when(reply_by, now, settings, "--reply-by") if reply_by else None
        known = None if isinstance(found, str) else found.evaluation.interview_at
        doubts: list[str | None] = []
        if interview_when is not None:
            doubts.append(date_doubts("--interview-at", interview_when, now, settings))
        if reply_when is not None:
            doubts.append(date_doubts("--reply-by", reply_when, now, settings, interview_when or known))
        for doubt in doubts:
            if doubt:
                confirm_or_refuse(doubt, yes=yes)
        if reopen:
            store.clear_marks(app_id)
            # What the mail said until now is settled as no outcome: a "check" it raised is gone.
            store.set_mark(app_id, "reviewed", now.isoformat(), employer)
            click.echo(f"{employer}: marks cleared; detection decides again")
            if not (is_interview or closed or interview_at or reply_by):
                return
        if not_interview:
            store.clear_marks(app_id, ["interview"])
            store.set_mark(app_id, "not_interview", "1", employer)
            click.echo(f"{employer}: hidden (not an interview process); undo with --reopen")
        if is_interview:
            store.clear_marks(app_id, ["not_interview"])
            store.set_mark(app_id, "interview", "1", employer)
            click.echo(f"{employer}: marked as an interview process")
        if closed:
            store.set_mark(app_id, "closed", closed, employer)
            click.echo(f"{employer}: closed ({closed})")
        if interview_when is not None:
            store.set_mark(app_id, "interview_at", interview_when.isoformat(), employer)
            click.echo(f"{employer}: interview at {interview_when:%a %-d %b %Y %H:%M %Z}")
        if reply_when is not None:
            store.set_mark(app_id, "reply_by", reply_when.isoformat(), employer)
            click.echo(f"{employer}: they said they would reply by {reply_when:%a %-d %b %Y}")


def _unlisted(store: Store, who: str, allow_new: bool) -> tuple[str | None, str]:
    needle = who.strip().lower()
    for app_id, employer in store.marked_employers().items():
        if needle in {app_id.lower(), employer.lower()} or needle in employer.lower():
            return app_id, employer
    if allow_new:
        from watcher.core.applications import application_id_for

        return application_id_for(who), who
    return None, who
