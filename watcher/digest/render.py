"""What the digest says (a plain model) and how it looks (Jinja2 text + HTML).

`build_digest` is pure: assessed applications, the states at the last digest
and account health in, a `Digest` out. The templates only lay it out; the
HTML environment autoescapes, so anything taken from mail (an employer called
`<script>`, a quote with markup) comes out as inert text.
"""

from __future__ import annotations

import hashlib
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup

from watcher.core.assessment import REVIEW_WHAT, review_commands, state_counts
from watcher.core.drafts import thank_you_due
from watcher.core.humandates import fmt_at, fmt_day
from watcher.core.mail import normalise_subject
from watcher.core.nudges import NudgeDraft, draft_nudge, reply_target
from watcher.core.policy import DEFAULT_PARAMS, PolicyParams
from watcher.core.records import Application, Doubt, Evaluation
from watcher.core.safetext import clean

if TYPE_CHECKING:
    from watcher.core.assessment import Assessed

__all__ = [
    "AccountProblem",
    "CheckItem",
    "Digest",
    "OfferItem",
    "build_digest",
    "digest_message_id",
    "render_html",
    "render_text",
]

_LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}
_QUOTE_MAX = 140
FIRST_DIGEST_LOOKBACK = timedelta(days=7)


# --- the model ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThreadLink:
    """How a person finds the thread: a Gmail link, else who wrote last, when, and the subject to search for."""

    url: str  # "" unless the message was read from Gmail
    message_id: str  # "" when unknown
    who: str = ""  # "Chloé Tremblay" or "you"
    when: str = ""  # "Mon 9 Mar"
    subject: str = ""  # the thread's subject, without Re:

    @property
    def hint(self) -> str:
        """ "Last message from Chloé Tremblay on Mon 9 Mar: search your mail for “Next steps”"."""
        if not self.message_id:
            return ""
        text = f"Last message from {self.who} on {self.when}" if self.who else f"Last message on {self.when}"
        return text + (f": search your mail for “{self.subject}”" if self.subject else "")


@dataclass(frozen=True, slots=True)
class OfferItem:
    employer: str
    role: str
    on: str  # "Mon 9 Mar"
    quote: str
    link: ThreadLink


@dataclass(frozen=True, slots=True)
class CheckItem:
    """A process the mail may have closed (or given an interview) without the reader being sure."""

    employer: str
    role: str
    what: str  # "a possible rejection"
    on: str  # "Mon 9 Mar"
    quote: str  # the sentence that raised the doubt (from mail: escaped like everything else)
    settle: str  # the `mark` command for "it is so"
    reopen: str  # the `mark` command for "it is still open"
    link: ThreadLink


@dataclass(frozen=True, slots=True)
class DraftNote:
    """Where the reply waits ([drafts] on): "Waiting in Drafts (personal)", and for Gmail a link."""

    text: str
    url: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ToWrite:
    """Something the owner is to write (a reply, a thank-you, a nudge): to whom, where the
    thread is, and where its draft waits when [drafts] wrote one."""

    employer: str
    role: str
    link: ThreadLink
    in_drafts: DraftNote | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyItem(ToWrite):
    quote: str
    since: str  # "Mon 9 Mar (yesterday)"


@dataclass(frozen=True, slots=True, kw_only=True)
class ThankYouItem(ToWrite):
    """An interview today or yesterday and nothing sent since it began: a short thank-you is due."""

    interview: str  # "today at 10:30" / "yesterday at 10:30"


@dataclass(frozen=True, slots=True, kw_only=True)
class DueItem(ToWrite):
    interview: str  # "Tue 3 Mar at 14:00" or ""
    nudges_sent: int
    max_nudges: int
    last_contact: str
    due_since: str  # "today" or "since Fri 6 Mar"
    draft: NudgeDraft
    language_name: str
    mailto: str  # opens the draft in a mail program


@dataclass(frozen=True, slots=True)
class UpcomingItem:
    employer: str
    role: str
    when: str  # "Thu 12 Mar at 14:00 (in 2 days)"
    mark_command: str
    days_away: int | None = None  # 0 today, 1 tomorrow; None when the date is unknown


@dataclass(frozen=True, slots=True)
class WaitingItem:
    employer: str
    role: str
    next_nudge: str  # "Thu 12 Mar" or a sentence when no nudge is left
    stated_reply_by: str  # "they said they would answer by Fri 13 Mar" or ""


@dataclass(frozen=True, slots=True)
class ColdItem:
    employer: str
    role: str
    why: str


@dataclass(frozen=True, slots=True)
class ClosedItem:
    employer: str
    role: str
    outcome: str  # rejected | offer | withdrawn
    what: str  # "turned you down on Fri 6 Mar"
    quote: str


@dataclass(frozen=True, slots=True)
class AccountProblem:
    account: str
    where: str  # host name, folder or "Gmail"
    since: datetime | None
    error: str


@dataclass(frozen=True, slots=True)
class Digest:
    day: date
    day_text: str  # "Tue 10 Mar"
    subject: str
    counts: str  # the opening line
    offers: tuple[OfferItem, ...] = ()  # offers the owner has not answered: always first
    check: tuple[CheckItem, ...] = ()  # maybe closed (or an undated interview): above any nudge
    reply: tuple[ReplyItem, ...] = ()
    thank_you: tuple[ThankYouItem, ...] = ()
    due: tuple[DueItem, ...] = ()
    upcoming: tuple[UpcomingItem, ...] = ()
    waiting: tuple[WaitingItem, ...] = ()
    cold: tuple[ColdItem, ...] = ()
    pipeline: str = ""  # "3 processes active; 2 went cold this month ..."
    closed: tuple[ClosedItem, ...] = ()
    problems: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    snapshot: Mapping[str, str] = field(default_factory=dict)

    @property
    def needs_attention(self) -> bool:
        """Whether there is anything worth an email: something to do, news, or a broken account.
        Waiting processes alone, and interviews further out than tomorrow, are not news."""
        soon = any(u.days_away is not None and u.days_away <= 1 for u in self.upcoming)
        return bool(
            self.offers
            or self.check
            or self.reply
            or self.thank_you
            or self.due
            or self.cold
            or self.closed
            or self.problems
            or soon
        )


# --- formatting helpers -------------------------------------------------------


def _relative(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    return f"in {delta} days" if delta > 0 else f"{-delta} days ago"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _one_line(text: str, limit: int = _QUOTE_MAX) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _role_display(role: str, employer: str) -> str:
    """The role without a leading employer name ("Oakridge - second interview" -> "second interview")."""
    role = _one_line(role, 90)
    if employer and role.lower().startswith(employer.lower()):
        rest = role[len(employer) :].lstrip(" -–—:|·")
        return rest or role
    return role


def digest_message_id(day: date, to: str) -> str:
    """The same for the same date and recipient, so that a resend is recognisable as a duplicate."""
    h = hashlib.sha256(to.strip().lower().encode()).hexdigest()[:12]
    return f"<digest-{day.isoformat()}.{h}@interview-watcher>"


def thread_link(app: Application, gmail_accounts: frozenset[str], today: date, tz: ZoneInfo) -> ThreadLink:
    """The thread a reply belongs in, as a person finds it: Gmail opens it by Message-ID; other
    mail programs are searched by subject, so say who wrote last and when."""
    _person, msg = reply_target(app)
    if msg is None:
        return ThreadLink("", "")
    url = ""
    if msg.account in gmail_accounts:
        url = "https://mail.google.com/mail/#search/" + quote(
            f"rfc822msgid:{msg.message_id.strip('<>')}", safe=""
        )
    who = "you" if msg.direction == "sent" else ((msg.from_.name or msg.from_.email) if msg.from_ else "")
    return ThreadLink(
        url,
        msg.message_id,
        who=who,
        when=fmt_day(msg.date.astimezone(tz).date(), today),
        subject=normalise_subject(msg.subject),
    )


def _mailto(draft: NudgeDraft) -> str:
    if not draft.to:
        return ""
    from email.utils import parseaddr

    addr = parseaddr(draft.to)[1]
    if not addr or "@" not in addr:
        return ""
    return (
        f"mailto:{quote(addr, safe='@')}?subject={quote(draft.subject, safe='')}"
        f"&body={quote(draft.body, safe='')}"
    )


def _cold_why(ev: Evaluation, max_nudges: int, give_up_days: int) -> str:
    span = "a month" if 28 <= give_up_days <= 31 else _plural(give_up_days, "day")
    n = ev.nudges_sent
    if n >= max_nudges:
        return f"no reply after {_plural(n, 'follow-up')}: time to move on"
    if n:
        return f"no reply after {_plural(n, 'follow-up')} and no word for {span}: time to move on"
    return f"no word for {span}: time to move on"


def _problem_line(p: AccountProblem, tz: ZoneInfo, today: date) -> str:
    since = ""
    if p.since is not None:
        local = p.since.astimezone(tz)
        since = f" since {local:%H:%M}" if local.date() == today else f" since {fmt_at(p.since, tz, today)}"
    error = _one_line(p.error, 200) or "unknown error"
    return (
        f"{p.account}: could not reach {p.where}{since}: {error}. "
        f"News from this account may be missing below."
    )


# --- building -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DigestInputs:
    """Everything `build_digest` needs besides the assessed applications."""

    now: datetime
    tz: ZoneInfo
    policy: PolicyParams = DEFAULT_PARAMS
    previous: Mapping[str, str] | None = None  # app id -> state at the last sent digest
    problems: Sequence[AccountProblem] = ()
    missed: Sequence[tuple[date, str]] = ()  # earlier days whose digest failed, with the error
    maybe_sent: Sequence[date] = ()  # earlier days whose digest may or may not have arrived
    gmail_accounts: frozenset[str] = frozenset()
    owner_name: str = ""
    drafts: Mapping[str, DraftNote] | None = None  # app id -> where its draft waits ([drafts] on)


def _waiting_item(employer: str, role: str, ev: Evaluation, today: date) -> WaitingItem:
    if ev.next_nudge_on is not None:
        nxt = f"next nudge {fmt_day(ev.next_nudge_on, today)} ({_relative(ev.next_nudge_on, today)})"
    else:
        nxt = "no further nudge advised; it moves on if they stay silent"
    stated = (
        f"they said they would answer by {fmt_day(ev.reply_by, today)}"
        if ev.reply_by is not None and ev.reply_by >= today - timedelta(days=1)
        else ""
    )
    return WaitingItem(employer=employer, role=role, next_nudge=nxt, stated_reply_by=stated)


def _closed_item(app: Application, role: str, ev: Evaluation, tz: ZoneInfo, today: date) -> ClosedItem:
    outcome = ev.outcome or (app.timeline.outcome.kind if app.timeline.outcome else "rejected")
    closed_on = app.timeline.outcome.at.astimezone(tz).date() if app.timeline.outcome else None
    on_day = f" on {fmt_day(closed_on, today)}" if closed_on else ""
    what = {
        "rejected": f"they turned you down{on_day}",
        "offer": f"they made you an offer{on_day}",
        "withdrawn": f"you withdrew{on_day}",
    }[outcome]
    quote_text = _one_line(app.timeline.outcome.quote) if app.timeline.outcome else ""
    return ClosedItem(employer=app.employer, role=role, outcome=outcome, what=what, quote=quote_text)


def _thank_you_item(
    a: Assessed, inputs: DigestInputs, role: str, drafts: Mapping[str, DraftNote]
) -> ThankYouItem | None:
    """ "Say thank you": an interview today or yesterday and nothing sent since (an ask is answered first)."""
    app, ev, tz, now = a.application, a.evaluation, inputs.tz, inputs.now
    if not thank_you_due(app, ev, now, tz) or ev.state == "your_turn":
        return None
    today = now.astimezone(tz).date()
    began = max(i.at for i in app.timeline.interviews if i.at <= now)
    began_day = began.astimezone(tz).date()
    return ThankYouItem(
        employer=app.employer,
        role=role,
        interview=f"{_relative(began_day, today)} at {began.astimezone(tz):%H:%M}",
        link=thread_link(app, inputs.gmail_accounts, today, tz),
        in_drafts=drafts.get(app.id),
    )


def _check_item(a: Assessed, review: Doubt, inputs: DigestInputs, role: str) -> CheckItem:
    """ "Check these": what the mail may say, and the two commands that settle it."""
    app, tz = a.application, inputs.tz
    today = inputs.now.astimezone(tz).date()
    settle, *_, reopen = review_commands(app.id, review.kind)
    return CheckItem(
        employer=app.employer,
        role=role,
        what=REVIEW_WHAT[review.kind],
        on=fmt_day(review.at.astimezone(tz).date(), today),
        quote=_one_line(review.quote),
        settle=settle,
        reopen=reopen,
        link=thread_link(app, inputs.gmail_accounts, today, tz),
    )


def _reply_item(a: Assessed, inputs: DigestInputs, role: str, drafts: Mapping[str, DraftNote]) -> ReplyItem:
    """ "Reply needed": their latest question (or the policy's reason) and since when it waits."""
    app, ev, tz, now = a.application, a.evaluation, inputs.tz, inputs.now
    today = now.astimezone(tz).date()
    asks = [k for k in app.timeline.asks if k.at <= now]
    ask = max(asks, key=lambda k: k.at) if asks else None
    since_day = ask.at.astimezone(tz).date() if ask else today
    return ReplyItem(
        employer=app.employer,
        role=role,
        quote=_one_line(ask.quote) if ask else _one_line(ev.reason),
        since=f"{fmt_day(since_day, today)} ({_relative(since_day, today)})",
        link=thread_link(app, inputs.gmail_accounts, today, tz),
        in_drafts=drafts.get(app.id),
    )


def _upcoming_item(employer: str, role: str, ev: Evaluation, tz: tzinfo, today: date) -> UpcomingItem:
    """ "Upcoming": when, and how to tell the watcher when they will answer."""
    when = ev.interview_at
    text, days_away = "date not known", None
    if when is not None:
        local_day = when.astimezone(tz).date()
        text = f"{fmt_at(when, tz, today)} ({_relative(local_day, today)})"
        days_away = (local_day - today).days
    return UpcomingItem(
        employer=employer,
        role=role,
        when=text,
        mark_command=f"interview-watcher mark {shlex.quote(employer)} --reply-by WHEN",
        days_away=days_away,
    )


def build_digest(items: Sequence[Assessed], inputs: DigestInputs) -> Digest:
    """Sort the applications into the six sections (empty ones stay empty)."""
    tz, now = inputs.tz, inputs.now
    today = now.astimezone(tz).date()
    previous = inputs.previous or {}
    offers: list[OfferItem] = []
    check: list[CheckItem] = []
    reply: list[ReplyItem] = []
    thank_you: list[ThankYouItem] = []
    due: list[DueItem] = []
    upcoming: list[UpcomingItem] = []
    waiting: list[WaitingItem] = []
    cold: list[ColdItem] = []
    closed: list[ClosedItem] = []
    active = cold_this_month = 0

    drafts = inputs.drafts or {}
    for a in items:
        app, ev = a.application, a.evaluation
        role = _role_display(app.role, app.employer)
        thanks = _thank_you_item(a, inputs, role, drafts)
        if thanks is not None:
            thank_you.append(thanks)
        if ev.state in {"your_turn", "due", "upcoming", "waiting"}:
            active += 1
        if ev.review is not None:
            # Never a nudge into a door that may be closed: the owner settles it first.
            check.append(_check_item(a, ev.review, inputs, role))
        elif ev.state == "your_turn":
            reply.append(_reply_item(a, inputs, role, drafts))
        elif ev.state == "due":
            draft = draft_nudge(app, ev, tz=tz, owner_name=inputs.owner_name)
            due_on = ev.next_nudge_on or today
            due.append(
                DueItem(
                    employer=app.employer,
                    role=role,
                    interview=fmt_at(ev.interview_at, tz, today) if ev.interview_at else "",
                    nudges_sent=ev.nudges_sent,
                    max_nudges=inputs.policy.max_nudges,
                    last_contact=(
                        f"{fmt_day(ev.last_contact_at.astimezone(tz).date(), today)} "
                        f"({_relative(ev.last_contact_at.astimezone(tz).date(), today)})"
                        if ev.last_contact_at
                        else "none yet"
                    ),
                    due_since="today" if due_on >= today else f"since {fmt_day(due_on, today)}",
                    draft=draft,
                    language_name=_LANGUAGE_NAMES.get(draft.language, draft.language),
                    mailto=_mailto(draft),
                    link=thread_link(app, inputs.gmail_accounts, today, tz),
                    in_drafts=drafts.get(app.id),
                )
            )
        elif ev.state == "upcoming":
            upcoming.append(_upcoming_item(app.employer, role, ev, tz, today))
        elif ev.state == "waiting":
            waiting.append(_waiting_item(app.employer, role, ev, today))
        elif ev.state == "cold":
            went = ev.cold_on
            if went is not None and (went.year, went.month) == (today.year, today.month):
                cold_this_month += 1
            if previous.get(app.id) != "cold":
                cold.append(
                    ColdItem(
                        employer=app.employer,
                        role=role,
                        why=_cold_why(ev, inputs.policy.max_nudges, inputs.policy.give_up_after_days),
                    )
                )
        elif ev.needs_reply and app.timeline.outcome is not None:
            offer = app.timeline.outcome
            offers.append(
                OfferItem(
                    employer=app.employer,
                    role=role,
                    on=fmt_day(offer.at.astimezone(tz).date(), today),
                    quote=_one_line(offer.quote),
                    link=thread_link(app, inputs.gmail_accounts, today, tz),
                )
            )
        elif ev.state == "closed" and previous.get(app.id) != "closed":
            closed.append(_closed_item(app, role, ev, tz, today))

    pipeline = ""
    if cold:
        pipeline = (
            f"Your pipeline: {_plural(active, 'process', 'processes')} active, "
            f"{cold_this_month} went cold this month. Keep applying elsewhere: "
            f"no single process should carry your search."
        )
    problems = tuple(_problem_line(p, tz, today) for p in inputs.problems)
    missed = tuple(
        f"The digest for {fmt_day(d, today)} could not be delivered "
        f"({_one_line(err, 160) or 'unknown error'}); this one covers everything since."
        for d, err in inputs.missed
    ) + tuple(
        f"The digest for {fmt_day(d, today)} may have been delivered, or not: sending it was "
        f"interrupted after the mail server had it, so it was not sent again. "
        f"If you did not get it, this one covers everything since."
        for d in inputs.maybe_sent
    )
    counts = state_counts(a.evaluation for a in items) or "Nothing needs your attention today."
    return Digest(
        day=today,
        day_text=fmt_day(today),
        subject=_subject(
            today,
            len(offers),
            len(due),
            len(reply),
            len(upcoming),
            len(cold),
            len(closed),
            len(problems),
            check=len(check),
            thank_you=len(thank_you),
        ),
        counts=counts,
        offers=tuple(offers),
        check=tuple(check),
        reply=tuple(reply),
        thank_you=tuple(thank_you),
        due=tuple(due),
        upcoming=tuple(upcoming),
        waiting=tuple(waiting),
        cold=tuple(cold),
        pipeline=pipeline,
        closed=tuple(closed),
        problems=problems,
        missed=missed,
        snapshot={a.application.id: a.evaluation.state for a in items},
    )


def _subject(
    today: date,
    offers: int,
    due: int,
    reply: int,
    upcoming: int,
    cold: int,
    closed: int,
    problems: int,
    *,
    check: int = 0,
    thank_you: int = 0,
) -> str:
    to_do = (
        (offers, _plural(offers, "offer") + " to answer"),
        (check, f"{check} to check"),
        (due, f"{due} due"),
        (reply, _plural(reply, "reply", "replies") + " needed"),
        (thank_you, _plural(thank_you, "thank-you note") + " to send"),
    )
    news = (
        (upcoming, _plural(upcoming, "interview") + " coming up"),
        (cold, f"{cold} gone cold"),
        (closed, f"{closed} closed"),
    )
    parts = [text for count, text in to_do if count] or [text for count, text in news if count]
    if problems:
        parts.append(_plural(problems, "account") + " failing")
    return f"Follow-ups for {fmt_day(today)}: {', '.join(parts) if parts else 'nothing due'}"


# --- rendering ----------------------------------------------------------------


def _clean_output(value: object) -> object:
    """Jinja `finalize`: strings lose control characters before they are escaped (HTML) or printed."""
    if isinstance(value, Markup):
        return Markup(clean(str(value), multiline=True))
    if isinstance(value, str):
        return clean(value, multiline=True)
    return value


@cache
def _env(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("watcher.digest", "templates"),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_clean_output,  # every {{ value }}: no escape sequences or control characters
    )
    env.filters["indent_block"] = lambda text, prefix="    ": "\n".join(
        (prefix + line) if line.strip() else prefix.rstrip() for line in str(text).splitlines()
    )
    env.filters["underline"] = lambda text, ch="=": "=" * len(str(text)) if ch == "=" else ch * len(str(text))
    return env


def render_text(d: Digest) -> str:
    text = _env(False).get_template("digest.txt.j2").render(d=d)
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:  # at most one blank line in a row
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def render_html(d: Digest) -> str:
    return _env(True).get_template("digest.html.j2").render(d=d)
