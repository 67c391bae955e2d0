"""`status`, `explain` and `mark`: what the state says about each process, and the user's corrections."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from watcher.app.clock import parse_now
from watcher.cli.context import Ctx, pass_ctx
from watcher.core.safetext import clean, json_safe

if TYPE_CHECKING:  # the application layer loads the whole core: only the command that runs imports it
    from watcher.app.marking import Ask, Marked
    from watcher.core.records import OutcomeKind


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (a stable contract for scripts).")
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@click.option(
    "--all", "show_all", is_flag=True, help="Also list cold and closed processes that are not recent."
)
@pass_ctx
def status(obj: Ctx, as_json: bool, now_text: str | None, show_all: bool) -> None:
    """Every interview process and what to do about it, most urgent first."""
    from watcher.app.status import status as assess_status
    from watcher.app.status import status_json
    from watcher.cli.progress import index_with_progress

    settings = obj.settings
    report = assess_status(settings, parse_now(now_text, settings), refresh=index_with_progress)
    if as_json:
        click.echo(json_safe(json.dumps(status_json(report), ensure_ascii=False, indent=1)))
        return
    from rich.console import Console
    from rich.text import Text

    from watcher.cli.report import render_status_table

    console = Console()
    for n in report.notices:  # above the table: what follows may be incomplete
        console.print(Text(f"! {clean(n.text)}", style="bold yellow"), soft_wrap=True)
    render_status_table(
        report.items, report.now, settings, show_all=show_all, console=console, drafts=report.drafts
    )


@click.command()
@click.argument("who", metavar="EMPLOYER|ID")
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@pass_ctx
def explain(obj: Ctx, who: str, now_text: str | None) -> None:
    """Show one process's timeline and the policy steps behind its state."""
    from watcher.app.status import explain as find_process
    from watcher.cli.progress import index_with_progress
    from watcher.cli.report import render_explain

    settings = obj.settings
    now = parse_now(now_text, settings)
    render_explain(find_process(settings, who, now, refresh=index_with_progress), now, settings)


@click.command()
@click.argument("who", metavar="EMPLOYER|ID")
@click.option("--not-interview", is_flag=True, help="This is not an interview process: hide it.")
@click.option(
    "--interview", "is_interview", is_flag=True, help="This is an interview process, whatever the mail says."
)
@click.option(
    "--closed", type=click.Choice(["rejected", "offer", "withdrawn"]), help="Close it with this outcome."
)
@click.option("--interview-at", metavar="WHEN", help='When the interview is, e.g. "next Friday 3pm".')
@click.option("--reply-by", metavar="WHEN", help='When they said they would reply, e.g. "Friday".')
@click.option(
    "--reopen",
    is_flag=True,
    help='Forget every mark on it and trust the mail again; settles a "check" as still open.',
)
@click.option("--now", "now_text", metavar="ISO-8601", help="Resolve WHEN relative to this moment.")
@click.option(
    "--yes", "-y", is_flag=True, help="Record a date that looks wrong (years off, before the interview)."
)
@pass_ctx
def mark(
    obj: Ctx,
    who: str,
    not_interview: bool,
    is_interview: bool,
    closed: OutcomeKind | None,
    interview_at: str | None,
    reply_by: str | None,
    reopen: bool,
    now_text: str | None,
    yes: bool,
) -> None:
    """Correct what the mail cannot show; marks survive rescans and win over detection."""
    from watcher.app.marking import MarkRequest
    from watcher.app.marking import mark as record_mark
    from watcher.cli.progress import index_with_progress

    request = MarkRequest(not_interview, is_interview, closed, interview_at, reply_by, reopen)
    marked = record_mark(
        obj.settings,
        who,
        request,
        now=parse_now(now_text, obj.settings),
        yes=yes,
        ask=_ask_at_a_terminal(),
        refresh=index_with_progress,
    )
    for line in marked_lines(marked):
        click.echo(line)


def _ask_at_a_terminal() -> Ask | None:
    """A yes/no question at a terminal; None elsewhere (nobody to answer)."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        return lambda question: click.confirm(question, default=False)
    return None


def marked_lines(marked: Marked) -> list[str]:
    """What `mark` recorded, a line each, in the order it was recorded."""
    who, m = marked.employer, marked.mark
    lines = []
    if marked.reopened:
        lines.append(f"{who}: marks cleared; detection decides again")
    if m.not_interview:
        lines.append(f"{who}: hidden (not an interview process); undo with --reopen")
    if m.interview:
        lines.append(f"{who}: marked as an interview process")
    if m.closed:
        lines.append(f"{who}: closed ({m.closed})")
    if m.interview_at is not None:
        lines.append(f"{who}: interview at {m.interview_at:%a %-d %b %Y %H:%M %Z}")
    if m.reply_by is not None:
        lines.append(f"{who}: they said they would reply by {m.reply_by:%a %-d %b %Y}")
    return lines


COMMANDS = (status, explain, mark)
