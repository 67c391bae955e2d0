"""How assessed applications are shown on a terminal: the status table and `explain`."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from watcher.config import Settings
from watcher.core.assessment import REVIEW_WHAT, Assessed, review_commands, state_counts
from watcher.core.humandates import fmt_day
from watcher.core.safetext import clean

STATE_STYLE = {
    "your_turn": ("reply needed", "bold magenta"),
    "due": ("nudge due", "bold yellow"),
    "upcoming": ("upcoming", "bold cyan"),
    "waiting": ("waiting", "green"),
    "cold": ("cold", "dim blue"),
    "closed": ("closed", "dim"),
}
CHECK_STYLE = ("check", "bold red")
RECENT_DAYS = 14


def review_line(a: Assessed, tz: Any) -> str:
    """ "Check: a possible rejection on Mon 9 Mar: “...”. Settle it: ..." for the status table and `explain`."""
    review = a.evaluation.review
    if review is None:
        return ""
    commands = review_commands(a.application.id, review.kind)
    quote = " ".join(review.quote.split())
    return (
        f"Check: {REVIEW_WHAT[review.kind]} on {_day(review.at.astimezone(tz).date())}: “{quote}”. "
        f"No nudge until you settle it: {commands[0]} (or {commands[-1]} if it is still open)."
    )


def is_recent(a: Assessed, now: datetime) -> bool:
    """Cold and closed processes stay on the table for two weeks, then only with --all."""
    ev = a.evaluation
    if ev.needs_review:
        return True
    if ev.state not in {"cold", "closed"}:
        return True
    tl = a.application.timeline
    marks: list[date] = []
    if ev.state == "closed" and tl.outcome is not None:
        marks.append(tl.outcome.at.date())
    if ev.state == "cold":
        if ev.gives_up_on is not None:
            marks.append(ev.gives_up_on)
        if ev.last_contact_at is not None:
            marks.append(ev.last_contact_at.date())
    if not marks:
        return False
    return max(marks) >= (now - timedelta(days=RECENT_DAYS)).date()


def _day(v: datetime | date | None, tz: Any = None) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        v = v.astimezone(tz) if tz else v
        return f"{fmt_day(v.date())} {v:%H:%M}"
    return fmt_day(v)


def _date_of(v: datetime | None, tz: Any) -> date | None:
    return v.astimezone(tz).date() if v is not None else None


def render_status_table(
    items: list[Assessed],
    now: datetime,
    settings: Settings,
    *,
    show_all: bool = False,
    console: Console | None = None,
    drafts: Collection[str] = (),
) -> None:
    """`drafts`: ids of the processes with a draft waiting in the owner's Drafts folder (✉)."""
    console = console or Console()
    tz = settings.tz
    shown = [a for a in items if show_all or is_recent(a, now)]
    hidden = len(items) - len(shown)
    if not items:
        console.print(
            "No interview processes found yet. Run [bold]interview-watcher scan[/] first, "
            "or check my_addresses and the accounts in your config."
        )
        return
    summary = state_counts(a.evaluation for a in items)
    table = Table(
        title=f"Interview processes as of {now.astimezone(tz):%a %-d %b %Y %H:%M}",
        caption=summary + (f"; {hidden} older cold/closed hidden (--all shows them)" if hidden else ""),
        show_lines=False,
        expand=False,
        title_justify="left",
    )
    # On a narrow terminal the reason (which names the interview and the nudge
    # count) is worth more than those two columns.
    wide = console.width >= 110
    table.add_column("State", no_wrap=True)
    table.add_column("Employer", style="bold", max_width=22, overflow="fold")
    if wide:
        table.add_column("Interview", no_wrap=True)
        table.add_column("Nudges", justify="right", no_wrap=True)
    table.add_column("Next nudge", no_wrap=True)
    table.add_column("Why", overflow="fold", min_width=20, ratio=1)
    maxn = settings.policy.max_nudges
    for a in shown:
        ev, app = a.evaluation, a.application
        label, style = STATE_STYLE[ev.state]
        if ev.state == "closed" and ev.outcome:
            label = ev.outcome
        if ev.needs_reply:
            label, style = "offer: reply", "bold green"
        if ev.needs_review:
            label, style = CHECK_STYLE
        state = Text(label, style=style)
        employer = Text(clean(app.employer))
        if app.manual:
            employer.append(" ✎", style="dim")
        if app.id in drafts:
            employer.append(" ✉", style="dim")
        why = Text(clean(review_line(a, tz)) if ev.needs_review else clean(ev.reason))
        for w in ev.warnings:
            why.append(f"\n⚠ {clean(w)}", style="red")
        # The hour matters only for what is still ahead.
        interview = _day(ev.interview_at if ev.state == "upcoming" else _date_of(ev.interview_at, tz), tz)
        middle = [interview, f"{ev.nudges_sent}/{maxn}"] if wide else []
        next_nudge = "" if ev.needs_review else _day(ev.next_nudge_on)  # no nudge into a closed door
        table.add_row(state, employer, *middle, next_nudge, why)
    console.print(table)
    if any(a.application.manual for a in shown):
        console.print("[dim]✎ = some facts set by hand with `interview-watcher mark`[/]")
    if any(a.application.id in drafts for a in shown):
        console.print("[dim]✉ = a reply waits in your Drafts folder (`interview-watcher drafts`)[/]")


def render_explain(a: Assessed, now: datetime, settings: Settings, *, console: Console | None = None) -> None:
    console = console or Console()
    tz = settings.tz
    app, ev = a.application, a.evaluation
    # What comes from mail is Text, never markup: a name like "[/]" is shown, not obeyed.
    role = (" — ", clean(app.role)) if app.role else ("",)
    console.print(Text.assemble((clean(app.employer), "bold"), f" ({app.id})", *role))
    label = ev.outcome if ev.state == "closed" and ev.outcome else STATE_STYLE[ev.state][0]
    style = STATE_STYLE[ev.state][1]
    if ev.needs_review:
        label, style = f"{CHECK_STYLE[0]} (the rules alone say: {label})", CHECK_STYLE[1]
    console.print(Text.assemble(f"State as of {now.astimezone(tz):%a %-d %b %Y %H:%M}: ", (label, style)))
    if ev.needs_review:
        console.print(Text(clean(review_line(a, tz)), style=CHECK_STYLE[1]))
    if app.manual:
        console.print(Text(f"Set by hand: {', '.join(clean(m) for m in app.manual)}"))
    table = Table(title="Timeline", title_justify="left", show_lines=False)
    table.add_column("When", no_wrap=True)
    table.add_column("Who", no_wrap=True)
    table.add_column("Roles", no_wrap=True)
    table.add_column("What", overflow="fold")
    owner_roles = {o.at.astimezone(tz): o.role for o in ev.owner_messages}
    rows: list[tuple[datetime, str, str, str]] = []
    for e in app.timeline.entries:
        roles: list[str] = list(e.roles)
        at = e.at.astimezone(tz)
        if e.direction == "sent" and at in owner_roles:
            # The policy, not the text, decides whether a message of yours was a nudge.
            roles = [r for r in roles if r not in ("acknowledgement", "nudge", "other")] + [owner_roles[at]]
        rows.append((at, "you" if e.direction == "sent" else "them", ", ".join(roles), e.summary))
    for iv in app.timeline.interviews:
        rows.append((iv.at.astimezone(tz), "", "interview", f"the interview ({iv.via})"))
    for at, who, roles_text, what in sorted(rows, key=lambda r: r[0]):
        table.add_row(_day(at, tz), who, Text(roles_text), Text(clean(what)))
    console.print(table)
    console.print("[bold]Policy steps[/]")
    for step in ev.steps:
        console.print(Text(f"  - {clean(step)}"))
    console.print(Text.assemble(("Result:", "bold"), " ", clean(ev.reason)))
    for w in ev.warnings:
        console.print(Text(f"⚠ {clean(w)}", style="red"))
