"""The follow-up etiquette: who is due a polite nudge, who has gone cold.

Pure over a `Timeline`, a moment `now` and a timezone, so a day can be
replayed exactly (`--now` in the past) and every rule can be tested on
hand-built timelines. Calendar dates are taken in the configured timezone;
elapsed time (the 48-hour acknowledgement window) is measured in real hours,
so a daylight-saving change never stretches or shrinks it.

The rules, in order (README, "The follow-up policy"):

1. closed: an outcome is known (an offer the owner has not answered yet
   still needs a reply: `needs_reply`);
2. upcoming: an interview is scheduled after `now`;
3. your_turn: the latest employer message asks for something and the owner
   has not written since; left unanswered past the give-up span, the
   process is cold like any other;
4. otherwise the clock starts at Q, the later of the latest interview and the
   latest employer message; owner messages more than 48 hours after Q are
   nudges; the first nudge is due Q + 7 days (not before the day after a
   stated reply-by date on or after the interview), each next one 7 days after
   the previous; weekends roll to Monday; the process goes cold after
   Q (or the reply-by date) + 30 days, or 7 days after the third nudge.

One refinement the rules leave open: when the latest employer message asked
for something, the owner's first message after it is the *answer*, not a
nudge, however late it comes; a late answer (after the acknowledgement window)
also pushes the first nudge to a week after it. With timely answers (the usual
case) this changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from watcher.core.humandates import fmt_at, fmt_day
from watcher.core.records import (
    Ask,
    Evaluation,
    Interview,
    OutcomeKind,
    OwnerMessage,
    OwnerRole,
    ReplyBy,
    State,
    Timeline,
)

__all__ = ["DEFAULT_PARAMS", "TOO_MANY", "TOO_SOON", "PolicyParams", "evaluate"]

TOO_SOON = "followed up too soon"
TOO_MANY = "more follow-ups than advised"

_QUOTE_MAX = 80


@dataclass(frozen=True, slots=True)
class PolicyParams:
    """The `[policy]` numbers; the defaults are the advice in the seed texts."""

    first_nudge_after_days: int = 7
    min_days_between_nudges: int = 7
    max_nudges: int = 3
    give_up_after_days: int = 30
    weekdays_only: bool = True
    acknowledgement_hours: int = 48

    def __post_init__(self) -> None:
        for name in (
            "first_nudge_after_days",
            "min_days_between_nudges",
            "max_nudges",
            "give_up_after_days",
            "acknowledgement_hours",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"policy {name} must not be negative")


DEFAULT_PARAMS = PolicyParams()


# --- small helpers ---------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    """Compare and subtract in UTC: Python ignores offsets between equal tzinfos."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime reached the policy: {moment!r}")
    return moment.astimezone(UTC)


def _roll(day: date, weekdays_only: bool) -> date:
    """Saturday and Sunday move to the following Monday."""
    if weekdays_only and day.weekday() >= 5:
        return day + timedelta(days=7 - day.weekday())
    return day


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _quote(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > _QUOTE_MAX:
        line = line[: _QUOTE_MAX - 1].rstrip() + "…"
    return f"“{line}”"


def _span(days: int) -> str:
    return "a month" if 28 <= days <= 31 else _plural(days, "day")


@dataclass(frozen=True, slots=True)
class _View:
    """The timeline as known at `now`, in UTC, sorted; nothing from the future."""

    past_interviews: tuple[Interview, ...]
    future_interviews: tuple[Interview, ...]
    employer: tuple[datetime, ...]
    owner: tuple[datetime, ...]
    reply_bys: tuple[ReplyBy, ...]
    asks: tuple[Ask, ...]

    @classmethod
    def of(cls, timeline: Timeline, now: datetime) -> _View:
        known = [i for i in timeline.interviews if _utc(i.known_at) <= now]
        known.sort(key=lambda i: _utc(i.at))
        employer = tuple(sorted(m for m in map(_utc, timeline.employer_messages) if m <= now))
        last_employer = employer[-1] if employer else None
        asks = tuple(
            a
            for a in timeline.asks
            if _utc(a.at) <= now and (last_employer is None or _utc(a.at) >= last_employer)
        )
        return cls(
            past_interviews=tuple(i for i in known if _utc(i.at) <= now),
            future_interviews=tuple(i for i in known if _utc(i.at) > now),
            employer=employer,
            owner=tuple(sorted(m for m in map(_utc, timeline.owner_messages) if m <= now)),
            reply_bys=tuple(r for r in timeline.reply_bys if _utc(r.known_at) <= now),
            asks=asks,
        )


# --- the policy --------------------------------------------------------------


def evaluate(
    timeline: Timeline, now: datetime, tz: ZoneInfo, params: PolicyParams = DEFAULT_PARAMS
) -> Evaluation:
    """Apply the follow-up policy to one application as of `now`."""
    return _Evaluator(timeline, now, tz, params).run()


class _Evaluator:
    """One evaluation; holds the derived facts so each rule reads plainly."""

    def __init__(self, timeline: Timeline, now: datetime, tz: ZoneInfo, params: PolicyParams) -> None:
        self.tz = tz
        self.p = params
        self.now = _utc(now)
        self.today = self.now.astimezone(tz).date()
        self.timeline = timeline
        self.view = _View.of(timeline, self.now)
        local_now = self.now.astimezone(tz)
        self.counted: dict[datetime, OwnerRole] = {}  # the owner's messages the clock counted since Q
        self.steps: list[str] = [f"Evaluated as of {self.fmt(self.today)} {local_now:%H:%M} ({tz.key})."]

        view = self.view
        self.latest_interview = view.past_interviews[-1] if view.past_interviews else None
        self.next_interview = view.future_interviews[0] if view.future_interviews else None
        self.last_employer = view.employer[-1] if view.employer else None
        contacts = view.employer + view.owner
        self.last_contact = max(contacts) if contacts else None
        moments = [m for m in (self.latest_interview_at, self.last_employer) if m is not None]
        self.q: datetime | None = max(moments) if moments else None
        self.reply_by, self.ignored_reply_bys = self._relevant_reply_by()

    # derived facts ------------------------------------------------------------

    @property
    def latest_interview_at(self) -> datetime | None:
        return _utc(self.latest_interview.at) if self.latest_interview else None

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def fmt(self, day: date) -> str:
        return fmt_day(day, self.today)

    def fmt_at(self, moment: datetime) -> str:
        return fmt_at(moment, self.tz, self.today)

    def _relevant_reply_by(self) -> tuple[date | None, int]:
        """The stated reply-by that counts (the latest statement not dated before the
        interview), and how many were ignored for being earlier than the interview."""
        floor = self.day(self.latest_interview_at) if self.latest_interview_at else None
        usable = [r for r in self.view.reply_bys if floor is None or self.day(_utc(r.on)) >= floor]
        ignored = len(self.view.reply_bys) - len(usable)
        if not usable:
            return None, ignored
        chosen = max(usable, key=lambda r: (_utc(r.known_at), _utc(r.on)))
        return self.day(_utc(chosen.on)), ignored

    def interview_at(self) -> datetime | None:
        """The next interview ahead of now when one is known, else the latest that took place."""
        chosen = self.next_interview or self.latest_interview
        return chosen.at.astimezone(self.tz) if chosen else None

    def local(self, moment: datetime | None) -> datetime | None:
        return moment.astimezone(self.tz) if moment else None

    def result(
        self,
        state: State,
        reason: str,
        *,
        outcome: OutcomeKind | None = None,
        needs_reply: bool = False,
        nudges_sent: int = 0,
        next_nudge_on: date | None = None,
        gives_up_on: date | None = None,
        cold_on: date | None = None,
        warnings: tuple[str, ...] = (),
    ) -> Evaluation:
        self.steps.append(f"State: {state}.")
        return Evaluation(
            state=state,
            outcome=outcome,
            interview_at=self.interview_at(),
            next_nudge_on=next_nudge_on,
            nudges_sent=nudges_sent,
            reply_by=self.reply_by,
            gives_up_on=gives_up_on,
            last_employer_message_at=self.local(self.last_employer),
            reason=reason,
            warnings=warnings,
            steps=tuple(self.steps),
            last_contact_at=self.local(self.last_contact),
            owner_messages=self.owner_messages(),
            needs_reply=needs_reply,
            cold_on=cold_on,
        )

    # the rules ----------------------------------------------------------------

    def run(self) -> Evaluation:
        ev = self.closed() or self.upcoming() or self.your_turn() or self.clock()
        return self.review(ev)

    def review(self, ev: Evaluation) -> Evaluation:
        """A doubt the mail left open puts the process under "check": no nudge is advised.

        The state stays what the rules computed (so a settled doubt changes
        nothing else); a closed process has nothing left to check.
        """
        doubt = self.timeline.doubt
        if ev.state == "closed" or doubt is None or _utc(doubt.at) > self.now:
            return ev
        what = {
            "rejected": "may be a rejection",
            "offer": "may be an offer",
            "interview": "may be an interview that could not be dated",
        }[doubt.kind]
        step = (
            f"Check: their message of {self.fmt(self.day(_utc(doubt.at)))} {what}: {_quote(doubt.quote)}; "
            f"no nudge is advised until it is settled with `mark`."
        )
        return replace(ev, review=doubt, steps=(*ev.steps, step))

    def closed(self) -> Evaluation | None:
        outcome = self.timeline.outcome
        if outcome is None or _utc(outcome.at) > self.now:
            self.steps.append("1. No outcome known: not closed.")
            return None
        at = _utc(outcome.at)
        on = self.fmt(self.day(at))
        self.steps.append(f"1. Outcome known on {on}: {outcome.kind}.")
        reason = {
            "rejected": f"Closed: they turned you down on {on}.",
            "offer": f"Closed: offer received on {on}.",
            "withdrawn": f"Closed: you withdrew on {on}.",
        }[outcome.kind]
        # An offer is not the end of the owner's work: until they answer it (any
        # message of theirs after it) or settle it with `mark`, it needs a reply.
        needs_reply = (
            outcome.kind == "offer"
            and outcome.source != "manual"
            and not any(m > at for m in self.view.owner)
        )
        if needs_reply:
            self.steps.append("You have not written since the offer: it needs your reply.")
            reason = f"Offer received on {on}: reply to it."
        # The count stops with the process: a withdrawal is the owner's own last
        # message, not a nudge, and nothing is chased once closed.
        return self.result("closed", reason, outcome=outcome.kind, needs_reply=needs_reply)

    def upcoming(self) -> Evaluation | None:
        nxt = self.next_interview
        if nxt is None:
            self.steps.append("2. No interview scheduled after now: not upcoming.")
            return None
        when = self.fmt_at(_utc(nxt.at))
        self.steps.append(f"2. Interview scheduled for {when}: upcoming; the nudge clock restarts after it.")
        reason = f"Interview coming up {when}; nothing to chase until then."
        if self.view.asks and not self._owner_wrote_since_ask():
            reason = f"Interview coming up {when}; meanwhile they asked: {_quote(self.view.asks[0].quote)}."
        return self.result("upcoming", reason)

    def _ask_at(self) -> datetime | None:
        return max(_utc(a.at) for a in self.view.asks) if self.view.asks else None

    def _owner_wrote_since_ask(self) -> bool:
        ask_at = self._ask_at()
        return ask_at is None or any(m >= ask_at for m in self.view.owner)

    def your_turn(self) -> Evaluation | None:
        ask_at = self._ask_at()
        if ask_at is None:
            self.steps.append("3. The latest employer message asks nothing of you: not your turn.")
            return None
        asked_on = self.fmt(self.day(ask_at))
        if self._owner_wrote_since_ask():
            self.steps.append(
                f"3. They asked something on {asked_on} and you have written since: not your turn."
            )
            return None
        quote = _quote(self.view.asks[0].quote)
        more = f" (and {_plural(len(self.view.asks) - 1, 'more request')})" if len(self.view.asks) > 1 else ""
        waited = (self.today - self.day(ask_at)).days
        ago = "today" if waited == 0 else f"{_plural(waited, 'day')} ago"
        gives_up_on = self.day(ask_at) + timedelta(days=self.p.give_up_after_days)
        if self.today > gives_up_on:
            span = _span(self.p.give_up_after_days)
            self.steps.append(
                f"3. They asked on {asked_on}: {quote}{more}; unanswered since, and today is after "
                f"{self.fmt(gives_up_on)} ({self.p.give_up_after_days} days later): cold."
            )
            reason = (
                f"They asked on {asked_on}: {quote}{more}; left unanswered for {span}: "
                f"the process has gone cold, time to move on."
            )
            return self.result(
                "cold", reason, gives_up_on=gives_up_on, cold_on=gives_up_on + timedelta(days=1)
            )
        self.steps.append(
            f"3. They asked on {asked_on}: {quote}{more}; you have not written since: your turn "
            f"(it goes cold after {self.fmt(gives_up_on)})."
        )
        reason = f"They asked on {asked_on} ({ago}): {quote}{more}; the next move is yours."
        return self.result(
            "your_turn", reason, gives_up_on=gives_up_on, cold_on=gives_up_on + timedelta(days=1)
        )

    def _owner_messages_since(self, q: datetime) -> tuple[datetime | None, list[datetime]]:
        """The owner's messages after Q: acknowledgements, a late answer to their ask, and nudges.

        Returns the late answer (None when there is none) and the nudges.
        """
        p = self.p
        # Acknowledgements, the answer to an ask, and nudges.
        window_end = q + timedelta(hours=p.acknowledgement_hours)
        acks = [m for m in self.view.owner if q <= m <= window_end]
        answer = self._answer_to_ask(q)
        nudges = [m for m in self.view.owner if m > window_end and m != answer]
        self.counted = dict.fromkeys(acks, "acknowledgement")
        if answer is not None:
            self.counted.setdefault(answer, "answer")
        self.counted.update(dict.fromkeys(nudges, "nudge"))
        if acks:
            days = ", ".join(self.fmt(self.day(m)) for m in acks)
            self.steps.append(
                f"Your messages within {p.acknowledgement_hours} hours after Q are acknowledgements: {days}."
            )
        late_answer = answer if answer is not None and answer > window_end else None
        if late_answer is not None:
            self.steps.append(
                f"Your message on {self.fmt(self.day(late_answer))} answered their request; it is not a nudge."
            )
        if nudges:
            days = ", ".join(self.fmt(self.day(m)) for m in nudges)
            self.steps.append(f"Nudges sent after the acknowledgement window: {days}.")
        else:
            self.steps.append("No nudge sent since Q.")
        return late_answer, nudges

    def _first_nudge_floor(self, q: datetime, late_answer: datetime | None) -> date:
        """The first nudge date before the weekend roll: Q + the wait, pushed by a stated date or a late answer."""
        p = self.p
        floor = self.day(q) + timedelta(days=p.first_nudge_after_days)
        self.steps.append(f"First nudge: Q + {p.first_nudge_after_days} days = {self.fmt(floor)}.")
        if self.ignored_reply_bys:
            self.steps.append(
                f"Ignored {_plural(self.ignored_reply_bys, 'stated reply-by date')} "
                f"earlier than the interview on {self.fmt(self.day(self.latest_interview_at or q))}."
            )
        if self.reply_by is not None:
            after_reply = self.reply_by + timedelta(days=1)
            if after_reply > floor:
                floor = after_reply
                self.steps.append(
                    f"They said they would answer by {self.fmt(self.reply_by)}, "
                    f"so no nudge before {self.fmt(floor)}."
                )
            else:
                self.steps.append(f"Their stated date {self.fmt(self.reply_by)} does not delay it.")
        if late_answer is not None:
            after_answer = self.day(late_answer) + timedelta(days=p.min_days_between_nudges)
            if after_answer > floor:
                floor = after_answer
                self.steps.append(f"Your late answer pushes the first nudge to {self.fmt(floor)}.")
        return floor

    def clock(self) -> Evaluation:
        p = self.p
        q = self.q
        if q is None:
            self.steps.append("4. No interview and no employer message yet: the clock has not started.")
            return self.result(
                "waiting", "Nothing to go on yet: no interview and no message from them so far."
            )
        q_day = self.day(q)
        from_interview = self.latest_interview_at is not None and self.latest_interview_at >= q
        what = "the interview" if from_interview else "their latest message"
        self.steps.append(f"4. The clock starts at Q = {what}, {self.fmt_at(q)}.")

        late_answer, nudges = self._owner_messages_since(q)
        floor = self._first_nudge_floor(q, late_answer)
        warnings = self._warnings(nudges, floor)

        # Give-up date and the next advised nudge.
        base = max(q_day, self.reply_by) if self.reply_by else q_day
        gives_up_on = base + timedelta(days=p.give_up_after_days)
        self.steps.append(
            f"Gives up after {self.fmt(gives_up_on)} ({p.give_up_after_days} days after {self.fmt(base)})."
        )
        sent = len(nudges)
        last = self.day(nudges[-1]) if nudges else None
        next_on: date | None = None
        if sent < p.max_nudges:
            due = floor if last is None else max(floor, last + timedelta(days=p.min_days_between_nudges))
            rolled = _roll(due, p.weekdays_only)
            if rolled != due:
                self.steps.append(f"{self.fmt(due)} falls on a weekend: moved to {self.fmt(rolled)}.")
            if rolled <= gives_up_on:
                next_on = rolled
                which = "First" if sent == 0 else "Next"
                self.steps.append(
                    f"{which} nudge advised on {self.fmt(rolled)} ({sent} of {p.max_nudges} sent)."
                )
            else:
                self.steps.append(f"A nudge on {self.fmt(rolled)} would come after giving up: none advised.")
        else:
            self.steps.append(f"{sent} of {p.max_nudges} nudges sent: no more advised.")

        # State.
        exhausted_on = (
            last + timedelta(days=p.min_days_between_nudges)
            if last is not None and sent >= p.max_nudges
            else None
        )
        cold_on = gives_up_on + timedelta(days=1)
        if exhausted_on is not None:
            cold_on = min(cold_on, exhausted_on)
        context = self._context(from_interview, q_day, sent, last)
        if self.today > gives_up_on or (exhausted_on is not None and self.today >= exhausted_on):
            if exhausted_on is not None and self.today >= exhausted_on:
                self.steps.append(
                    f"{_plural(sent, 'nudge')} sent and {_plural(p.min_days_between_nudges, 'day')} "
                    f"passed since the last without a reply: cold."
                )
                tail = f"No reply after {_plural(sent, 'follow-up')}: time to move on."
            else:
                self.steps.append(f"Today is after the give-up date {self.fmt(gives_up_on)}: cold.")
                span = _span(p.give_up_after_days)
                if sent:
                    tries = _plural(sent, "follow-up")
                    tail = f"No reply after {tries} and no word for {span}: time to move on."
                else:
                    tail = f"No word for {span}: time to move on."
            return self.result(
                "cold",
                f"{context}. {tail}",
                nudges_sent=sent,
                gives_up_on=gives_up_on,
                cold_on=cold_on,
                warnings=warnings,
            )

        count = f"({sent} of {p.max_nudges} sent)"
        which = "First" if sent == 0 else "Next"
        if next_on is not None and self.today >= next_on:
            self.steps.append(f"Today is on or after {self.fmt(next_on)}: a nudge is due.")
            since = "today" if next_on == self.today else f"since {self.fmt(next_on)}"
            reason = f"{context}. {which} nudge due {since} {count}."
            state: State = "due"
        elif next_on is not None:
            self.steps.append(f"Today is before {self.fmt(next_on)}: too soon to nudge.")
            reason = f"{context}. {which} nudge due {self.fmt(next_on)} {count}."
            state = "waiting"
        else:
            self.steps.append(f"No nudge left to send: waiting until it goes cold on {self.fmt(cold_on)}.")
            reason = f"{context}. No further nudge advised {count}; moves on from {self.fmt(cold_on)}."
            state = "waiting"
        return self.result(
            state,
            reason,
            nudges_sent=sent,
            next_nudge_on=next_on,
            gives_up_on=gives_up_on,
            cold_on=cold_on,
            warnings=warnings,
        )

    def owner_messages(self) -> tuple[OwnerMessage, ...]:
        """Each of the owner's messages with its role: as the clock counted it since Q, and by the same
        rule, message by message, before Q or when no clock runs (as it stood when sent)."""
        out = []
        for m in self.view.owner:
            role = self.counted.get(m) or self._role_when_sent(m)
            if role is not None:
                out.append(OwnerMessage(m.astimezone(self.tz), role))
        return tuple(out)

    def _role_when_sent(self, m: datetime) -> OwnerRole | None:
        """Within the acknowledgement window after their latest message or interview a thank-you;
        later, the first message after their request answers it; any other is a nudge."""
        before = [e for e in self.view.employer if e <= m]
        before += [_utc(i.at) for i in self.view.past_interviews if _utc(i.at) <= m]
        if not before:
            return None
        q = max(before)
        if m <= q + timedelta(hours=self.p.acknowledgement_hours):
            return "acknowledgement"
        asked = [_utc(a.at) for a in self.timeline.asks if q <= _utc(a.at) <= m]
        if asked and next(o for o in self.view.owner if o >= max(asked)) == m:
            return "answer"
        return "nudge"

    def _answer_to_ask(self, q: datetime) -> datetime | None:
        """The owner's first message after an ask that started the clock."""
        ask_at = self._ask_at()
        if ask_at is None or ask_at < q:
            return None
        return next((m for m in self.view.owner if m >= ask_at), None)

    def _warnings(self, nudges: list[datetime], first_floor: date) -> tuple[str, ...]:
        p = self.p
        warnings: list[str] = []
        previous: date | None = None
        for moment in nudges:
            day = self.day(moment)
            if previous is None and day < first_floor:
                self.steps.append(
                    f"Warning: the nudge on {self.fmt(day)} came before {self.fmt(first_floor)}."
                )
                if TOO_SOON not in warnings:
                    warnings.append(TOO_SOON)
            elif previous is not None and (day - previous).days < p.min_days_between_nudges:
                gap = (day - previous).days
                self.steps.append(
                    f"Warning: the nudge on {self.fmt(day)} came only {_plural(gap, 'day')} after the last."
                )
                if TOO_SOON not in warnings:
                    warnings.append(TOO_SOON)
            previous = day
        if len(nudges) > p.max_nudges:
            self.steps.append(f"Warning: {len(nudges)} nudges sent, more than the {p.max_nudges} advised.")
            warnings.append(TOO_MANY)
        return tuple(warnings)

    def _context(self, from_interview: bool, q_day: date, sent: int, last: date | None) -> str:
        """The first half of a reason: what happened last and what followed."""
        start = (
            f"Interviewed {self.fmt(q_day)}" if from_interview else f"Last heard from them {self.fmt(q_day)}"
        )
        if self.reply_by is not None and self.reply_by >= q_day:
            start += f" (they said by {self.fmt(self.reply_by)})"
        if sent == 0 or last is None:
            return f"{start}; no word since"
        if sent == 1:
            return f"{start}; no reply to your nudge of {self.fmt(last)}"
        return f"{start}; no reply to {_plural(sent, 'nudge')}, the last on {self.fmt(last)}"
