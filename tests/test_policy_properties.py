"""Properties of the follow-up policy that must hold for any timeline (hypothesis)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core.policy import PolicyParams, evaluate
from watcher.core.records import Ask, Evaluation, Interview, Outcome, ReplyBy, State, Timeline

BASE = datetime(2026, 1, 5, tzinfo=UTC)
ZONES = [
    ZoneInfo(z) for z in ("America/New_York", "Europe/Berlin", "UTC", "Asia/Kolkata", "Australia/Sydney")
]
MINUTES_90_DAYS = 90 * 24 * 60

# With no new mail, time only moves a process along this line; your_turn and
# closed, once reached, stay (only the owner's or employer's mail ends them).
FORWARD: dict[State, int] = {"upcoming": 0, "waiting": 1, "due": 2, "cold": 3}


def moved_forward(before: State, after: State) -> bool:
    if before == after:
        return True
    if before == "upcoming" and after == "your_turn":  # an unanswered ask shows once the interview is over
        return True
    if before == "your_turn" and after == "cold":  # an ask left unanswered too long goes cold
        return True
    return before in FORWARD and after in FORWARD and FORWARD[before] < FORWARD[after]


@dataclass(frozen=True)
class Case:
    timeline: Timeline
    nows: tuple[datetime, ...]  # ascending; every message and fact is known by the first
    tz: ZoneInfo
    params: PolicyParams


def minute(offset: int) -> datetime:
    return BASE + timedelta(minutes=offset)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    tz = draw(st.sampled_from(ZONES))
    params = PolicyParams(
        first_nudge_after_days=draw(st.integers(1, 14)),
        min_days_between_nudges=draw(st.integers(1, 14)),
        max_nudges=draw(st.integers(0, 4)),
        give_up_after_days=draw(st.integers(1, 60)),
        weekdays_only=draw(st.booleans()),
        acknowledgement_hours=draw(st.integers(0, 96)),
    )
    start = draw(st.integers(0, MINUTES_90_DAYS))  # the first `now`: everything is known by then
    known = st.integers(0, start)
    later = st.integers(0, start + 40 * 24 * 60)  # interviews and reply-by dates may lie ahead
    employer = tuple(minute(o) for o in draw(st.lists(known, max_size=4)))
    owner = tuple(minute(o) for o in draw(st.lists(known, max_size=6)))
    interviews = []
    for at, lead in draw(st.lists(st.tuples(later, st.integers(0, 30 * 24 * 60)), max_size=3)):
        known_at = minute(min(at, start) - lead)
        interviews.append(Interview(at=minute(at), known_at=known_at, source="i", via="text"))
    reply_bys = tuple(
        ReplyBy(on=minute(on), known_at=minute(stated), source="r", quote="")
        for on, stated in draw(st.lists(st.tuples(later, known), max_size=2))
    )
    asks: tuple[Ask, ...] = ()
    if draw(st.booleans()) and employer:
        asks = (Ask(at=max(employer), source="a", quote="Send your availability"),)
    outcome: Outcome | None = None
    if draw(st.sampled_from([False] * 5 + [True])):
        outcome = Outcome(kind="rejected", at=minute(draw(known)), source="o", quote="")
    steps = draw(st.lists(st.integers(0, 20 * 24 * 60), min_size=1, max_size=6))
    nows = [minute(start)]
    for step in steps:
        nows.append(nows[-1] + timedelta(minutes=step))
    timeline = Timeline(
        interviews=tuple(interviews),
        employer_messages=employer,
        owner_messages=owner,
        reply_bys=reply_bys,
        outcome=outcome,
        asks=asks,
    )
    return Case(timeline=timeline, nows=tuple(nows), tz=tz, params=params)


def clock_start(case: Case, now: datetime) -> date | None:
    """Q as the issue defines it, computed independently of the policy module."""
    moments = [m for m in case.timeline.employer_messages if m <= now]
    moments += [i.at for i in case.timeline.interviews if i.known_at <= now and i.at <= now]
    return max(moments).astimezone(case.tz).date() if moments else None


def evaluations(case: Case) -> list[Evaluation]:
    return [evaluate(case.timeline, now.astimezone(case.tz), case.tz, case.params) for now in case.nows]


@settings(max_examples=300, deadline=None)
@given(cases())
def test_no_nudge_is_advised_before_q_plus_the_first_wait(case: Case) -> None:
    for now, ev in zip(case.nows, evaluations(case), strict=True):
        if ev.next_nudge_on is None:
            continue
        q_day = clock_start(case, now)
        assert q_day is not None
        assert ev.next_nudge_on >= q_day + timedelta(days=case.params.first_nudge_after_days)
        assert ev.state in ("waiting", "due")


@settings(max_examples=300, deadline=None)
@given(cases())
def test_never_more_than_max_nudges_are_advised(case: Case) -> None:
    for now, ev in zip(case.nows, evaluations(case), strict=True):
        if ev.nudges_sent >= case.params.max_nudges:
            assert ev.next_nudge_on is None
        if ev.next_nudge_on is not None:
            assert ev.gives_up_on is not None
            assert ev.next_nudge_on <= ev.gives_up_on
            if case.params.weekdays_only:
                assert ev.next_nudge_on.weekday() < 5
        if ev.state == "due":
            assert ev.next_nudge_on is not None
            assert now.astimezone(case.tz).date() >= ev.next_nudge_on


@settings(max_examples=300, deadline=None)
@given(cases())
def test_with_no_new_mail_the_state_only_moves_forward(case: Case) -> None:
    states = [ev.state for ev in evaluations(case)]
    for before, after in itertools.pairwise(states):
        assert moved_forward(before, after), states


@settings(max_examples=100, deadline=None)
@given(cases())
def test_every_verdict_has_a_reason_and_steps(case: Case) -> None:
    for ev in evaluations(case):
        assert ev.reason.strip()
        assert ev.reason.endswith(".")
        assert ev.steps[-1] == f"State: {ev.state}."
