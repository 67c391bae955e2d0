"""The follow-up policy on hand-built timelines: every rule and every boundary.

Dates are in March 2026 unless said otherwise; 2 Mar 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from watcher.core.policy import TOO_MANY, TOO_SOON, PolicyParams, evaluate
from watcher.core.records import Ask, Evaluation, Interview, Outcome, OutcomeKind, ReplyBy, Timeline

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


def at(day: str, hour: int = 12, minute: int = 0, tz: ZoneInfo = NY) -> datetime:
    """A moment on an ISO day ("03-02" means 2026-03-02), local to `tz`."""
    if len(day) == 5:
        day = f"2026-{day}"
    return datetime.combine(date.fromisoformat(day), time(hour, minute), tz)


def d(day: str) -> date:
    return date.fromisoformat(f"2026-{day}" if len(day) == 5 else day)


def interview(day: str, known: str, hour: int = 12, tz: ZoneInfo = NY) -> Interview:
    return Interview(
        at=at(day, hour, tz=tz), known_at=at(known, 9, tz=tz), source="<i@x.example>", via="text"
    )


def timeline(
    *,
    interviews: tuple[Interview, ...] = (),
    employer: tuple[datetime, ...] = (),
    owner: tuple[datetime, ...] = (),
    reply_bys: tuple[ReplyBy, ...] = (),
    outcome: Outcome | None = None,
    asks: tuple[Ask, ...] = (),
) -> Timeline:
    return Timeline(
        interviews=interviews,
        employer_messages=employer,
        owner_messages=owner,
        reply_bys=reply_bys,
        outcome=outcome,
        asks=asks,
    )


def reply_by(on: str, known: str) -> ReplyBy:
    return ReplyBy(on=at(on, 0), known_at=at(known), source="<r@x.example>", quote="by then")


def ask(day: str, quote: str = "Could you send two references?", hour: int = 12) -> Ask:
    return Ask(at=at(day, hour), source="<a@x.example>", quote=quote)


def outcome(kind: OutcomeKind, day: str) -> Outcome:
    return Outcome(kind=kind, at=at(day), source="<o@x.example>", quote="...")


def run(
    tl: Timeline, day: str, hour: int = 8, tz: ZoneInfo = NY, params: PolicyParams | None = None
) -> Evaluation:
    return evaluate(tl, at(day, hour, tz=tz), tz, params or PolicyParams())


# An interview on Mon 2 Mar at 14:00, arranged by mail on 24 Feb, thanked the same day.
BASIC = timeline(
    interviews=(interview("03-02", "02-24", hour=14),),
    employer=(at("02-24", 10),),
    owner=(at("02-24", 11), at("03-02", 17)),
)


# --- 1. closed ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["rejected", "offer", "withdrawn"])
def test_known_outcome_closes_the_process(kind: OutcomeKind) -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-10")),
        outcome=outcome(kind, "03-10"),
    )
    ev = run(tl, "03-12")
    assert (ev.state, ev.outcome, ev.next_nudge_on, ev.nudges_sent) == ("closed", kind, None, 0)
    assert "Tue 10 Mar" in ev.reason


def test_an_offer_needs_a_reply_until_the_owner_writes() -> None:
    offered = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-10")),
        owner=BASIC.owner_messages,
        outcome=outcome("offer", "03-10"),
    )
    ev = run(offered, "03-12")
    assert (ev.state, ev.outcome, ev.needs_reply) == ("closed", "offer", True)
    assert ev.reason == "Offer received on Tue 10 Mar: reply to it."
    answered = timeline(
        interviews=offered.interviews,
        employer=offered.employer_messages,
        owner=(*offered.owner_messages, at("03-11", 9)),
        outcome=offered.outcome,
    )
    assert run(answered, "03-12").needs_reply is False
    assert run(answered, "03-12").state == "closed"


@pytest.mark.parametrize("kind", ["rejected", "withdrawn"])
def test_only_an_offer_needs_a_reply(kind: OutcomeKind) -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, outcome=outcome(kind, "03-10")
    )
    assert run(tl, "03-12").needs_reply is False


def test_an_offer_set_by_hand_needs_no_reply() -> None:
    manual = Outcome(kind="offer", at=at("03-10"), source="manual", quote="set by hand")
    tl = timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages, outcome=manual)
    assert run(tl, "03-12").needs_reply is False


def test_closed_wins_over_an_upcoming_interview() -> None:
    tl = timeline(
        interviews=(interview("03-20", "03-02"),),
        employer=(at("03-02"),),
        outcome=outcome("withdrawn", "03-05"),
    )
    assert run(tl, "03-06").state == "closed"


def test_withdrawal_message_is_not_counted_as_a_nudge() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-20")),
        outcome=outcome("withdrawn", "03-20"),
    )
    assert run(tl, "03-23").nudges_sent == 0


def test_outcome_dated_after_now_is_ignored() -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, outcome=outcome("rejected", "03-20")
    )
    ev = run(tl, "03-06")
    assert ev.state == "waiting"
    assert ev.outcome is None


# --- 2. upcoming ------------------------------------------------------------------


def test_interview_after_now_is_upcoming_with_no_nudge() -> None:
    ev = run(BASIC, "03-02", hour=9)
    assert (ev.state, ev.next_nudge_on, ev.nudges_sent, ev.gives_up_on) == ("upcoming", None, 0, None)
    assert ev.interview_at == at("03-02", 14)
    assert ev.reason == "Interview coming up Mon 2 Mar at 14:00; nothing to chase until then."


def test_interview_earlier_the_same_day_is_past() -> None:
    ev = run(BASIC, "03-02", hour=15)
    assert ev.state == "waiting"
    assert ev.next_nudge_on == d("03-09")


def test_interview_not_yet_known_at_now_is_ignored() -> None:
    tl = timeline(
        interviews=(*BASIC.interviews, interview("03-30", "03-20")), employer=BASIC.employer_messages
    )
    ev = run(tl, "03-06")
    assert ev.state == "waiting"
    assert ev.interview_at == at("03-02", 14)


def test_interview_at_is_the_next_one_ahead_else_the_latest_past() -> None:
    first = interview("03-02", "02-24", hour=14)
    second = interview("03-16", "03-05", hour=10)
    tl = timeline(interviews=(second, first), employer=(at("02-24"), at("03-05")))
    assert run(tl, "02-27").interview_at == first.at  # nothing past yet: the next one
    assert run(tl, "03-10").interview_at == second.at  # a second round ahead wins over the first
    assert run(tl, "03-10").state == "upcoming"
    assert "Mon 16 Mar" in run(tl, "03-10").reason
    assert run(tl, "03-17").interview_at == second.at  # both past: the latest
    assert run(tl, "03-04").interview_at == first.at  # the second not yet known: the latest past


def test_new_interview_makes_a_cold_process_upcoming_again() -> None:
    cold = timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages)
    assert run(cold, "04-02").state == "cold"
    revived = timeline(
        interviews=(*BASIC.interviews, interview("04-14", "04-06")),
        employer=(*BASIC.employer_messages, at("04-06")),
    )
    assert run(revived, "04-08").state == "upcoming"
    after = run(revived, "04-15")
    assert (after.state, after.next_nudge_on) == ("waiting", d("04-21"))


# --- 3. your_turn ------------------------------------------------------------------


def test_unanswered_ask_is_your_turn_and_quotes_it() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-05")),
        owner=BASIC.owner_messages,
        asks=(ask("03-05"),),
    )
    ev = run(tl, "03-06")
    assert (ev.state, ev.next_nudge_on, ev.nudges_sent) == ("your_turn", None, 0)
    assert ev.reason == (
        "They asked on Thu 5 Mar (1 day ago): “Could you send two references?”; the next move is yours."
    )


def test_an_ask_left_unanswered_past_the_give_up_span_goes_cold() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-05")),
        owner=BASIC.owner_messages,
        asks=(ask("03-05"),),
    )
    assert run(tl, "04-04").state == "your_turn"  # the 30th day after the ask
    ev = run(tl, "04-05")
    assert ev.state == "cold"
    assert ev.gives_up_on == d("04-04")
    assert "Thu 5 Mar" in ev.reason and "unanswered for a month" in ev.reason
    assert any("cold" in step for step in ev.steps)
    shorter = run(tl, "03-20", params=PolicyParams(give_up_after_days=10))
    assert shorter.state == "cold" and "10 days" in shorter.reason


def test_owner_reply_ends_your_turn_and_starts_the_clock_at_the_ask() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-05")),
        owner=(*BASIC.owner_messages, at("03-06", 9)),
        asks=(ask("03-05"),),
    )
    ev = run(tl, "03-09")
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on) == ("waiting", 0, d("03-12"))


def test_late_answer_to_an_ask_is_not_a_nudge_and_restarts_the_wait() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-05")),
        owner=(*BASIC.owner_messages, at("03-10")),
        asks=(ask("03-05"),),
    )
    ev = run(tl, "03-12")
    assert (ev.state, ev.nudges_sent, ev.warnings) == ("waiting", 0, ())
    assert ev.next_nudge_on == d("03-17")  # a week after the answer, not Thu 12 Mar


def test_ask_from_an_older_employer_message_is_ignored() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-04"), at("03-05")),
        asks=(ask("03-04"),),
    )
    assert run(tl, "03-06").state == "waiting"


def test_upcoming_wins_over_an_ask_but_the_reason_mentions_it() -> None:
    tl = timeline(
        interviews=(interview("03-12", "03-02"),),
        employer=(at("03-05"),),
        asks=(ask("03-05", "Send the brief"),),
    )
    ev = run(tl, "03-06")
    assert ev.state == "upcoming"
    assert "“Send the brief”" in ev.reason
    assert run(tl, "03-13").state == "your_turn"


def test_long_ask_quote_is_shortened() -> None:
    tl = timeline(employer=(at("03-05"),), asks=(ask("03-05", "word " * 60),))
    ev = run(tl, "03-06")
    assert "…”" in ev.reason
    assert len(ev.reason) < 160


# --- 4. the clock: waiting and due -----------------------------------------------------


def test_reason_reads_like_the_issue_example() -> None:
    ev = run(BASIC, "03-06")
    assert ev.reason == "Interviewed Mon 2 Mar; no word since. First nudge due Mon 9 Mar (0 of 3 sent)."
    assert ev.gives_up_on == d("04-01")
    assert ev.last_employer_message_at == at("02-24", 10)
    assert ev.last_contact_at == at("03-02", 17)


def test_day_six_is_waiting_and_day_seven_is_due() -> None:
    tl = timeline(interviews=(interview("03-03", "02-24"),), employer=(at("02-24"),))
    six, seven = run(tl, "03-09"), run(tl, "03-10")
    assert (six.state, six.next_nudge_on) == ("waiting", d("03-10"))
    assert (seven.state, seven.next_nudge_on) == ("due", d("03-10"))
    assert seven.reason == "Interviewed Tue 3 Mar; no word since. First nudge due today (0 of 3 sent)."


def test_q_is_the_later_of_interview_and_employer_message() -> None:
    tl = timeline(interviews=BASIC.interviews, employer=(*BASIC.employer_messages, at("03-04")))
    ev = run(tl, "03-06")
    assert ev.next_nudge_on == d("03-11")
    assert ev.reason.startswith("Last heard from them Wed 4 Mar")


@pytest.mark.parametrize(
    ("sent", "nudges"),
    [((2, 14, 0), 0), ((4, 14, 0), 0), ((4, 14, 1), 1)],
    ids=["same-day thanks", "exactly 48 hours", "48 hours and a minute"],
)
def test_acknowledgement_window_is_48_hours(sent: tuple[int, int, int], nudges: int) -> None:
    day, hour, minute = sent
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=(at(f"03-0{day}", hour, minute),)
    )
    assert run(tl, "03-06").nudges_sent == nudges


def test_nudge_moves_the_next_date_a_week_on() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-10")),
    )
    ev = run(tl, "03-12")
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on) == ("waiting", 1, d("03-17"))
    assert ev.reason == (
        "Interviewed Mon 2 Mar; no reply to your nudge of Tue 10 Mar. "
        "Next nudge due Tue 17 Mar (1 of 3 sent)."
    )
    assert run(tl, "03-17").state == "due"


def test_owner_messages_before_q_are_not_counted() -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=(at("02-20"), at("02-27"))
    )
    assert run(tl, "03-06").nudges_sent == 0


def test_new_employer_message_resets_the_count() -> None:
    nudged = (*BASIC.owner_messages, at("03-09"), at("03-16"))
    before = run(
        timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=nudged), "03-18"
    )
    assert before.nudges_sent == 2
    tl = timeline(
        interviews=BASIC.interviews, employer=(*BASIC.employer_messages, at("03-18", 9)), owner=nudged
    )
    ev = run(tl, "03-19")
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on, ev.gives_up_on) == (
        "waiting",
        0,
        d("03-25"),
        d("04-17"),
    )


# --- reply-by -------------------------------------------------------------------------


def test_reply_by_pushes_the_first_nudge_to_the_day_after_then_rolls_the_weekend() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-04")),
        reply_bys=(reply_by("03-20", "03-04"),),
    )
    ev = run(tl, "03-12")
    assert ev.reply_by == d("03-20")
    assert (ev.state, ev.next_nudge_on) == ("waiting", d("03-23"))  # Sat 21 Mar -> Mon 23 Mar
    assert ev.gives_up_on == d("04-19")  # 30 days after the reply-by date, not after Q
    assert "(they said by Fri 20 Mar)" in ev.reason


def test_reply_by_earlier_than_the_first_nudge_keeps_the_date_but_extends_give_up() -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, reply_bys=(reply_by("03-05", "03-02"),)
    )
    ev = run(tl, "03-06")
    assert (ev.reply_by, ev.next_nudge_on, ev.gives_up_on) == (d("03-05"), d("03-09"), d("04-04"))


def test_reply_by_on_the_interview_day_counts() -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, reply_bys=(reply_by("03-02", "02-24"),)
    )
    assert run(tl, "03-06").reply_by == d("03-02")


def test_reply_by_before_the_interview_is_ignored() -> None:
    tl = timeline(
        interviews=(interview("03-02", "02-18"), interview("03-16", "03-09")),
        employer=(at("02-18"), at("03-09")),
        reply_bys=(reply_by("03-13", "03-03"),),  # promised after round one, then a second round came
    )
    ev = run(tl, "03-18")
    assert ev.reply_by is None
    assert ev.next_nudge_on == d("03-23")
    assert any("Ignored 1 stated reply-by date" in s for s in ev.steps)


def test_latest_statement_of_a_reply_by_wins() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-04"), at("03-20")),
        reply_bys=(reply_by("03-27", "03-04"), reply_by("03-24", "03-20")),
    )
    ev = run(tl, "03-23")
    assert ev.reply_by == d("03-24")
    assert ev.next_nudge_on == d("03-27")  # Q (20 Mar) + 7, later than the day after 24 Mar


def test_reply_by_stated_after_now_is_ignored() -> None:
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, reply_bys=(reply_by("03-31", "03-20"),)
    )
    assert run(tl, "03-06").reply_by is None


# --- weekends --------------------------------------------------------------------------


@pytest.mark.parametrize(("q_day", "due"), [("03-07", "03-16"), ("03-08", "03-16"), ("03-06", "03-13")])
def test_weekend_nudge_dates_roll_to_monday(q_day: str, due: str) -> None:
    tl = timeline(employer=(at(q_day),))
    assert run(tl, "03-12").next_nudge_on == d(due)


def test_weekend_roll_can_be_switched_off() -> None:
    tl = timeline(employer=(at("03-07"),))
    ev = run(tl, "03-14", hour=9, params=PolicyParams(weekdays_only=False))
    assert (ev.state, ev.next_nudge_on) == ("due", d("03-14"))


def test_later_nudge_dates_roll_too() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-14")),
    )
    assert run(tl, "03-16").next_nudge_on == d("03-23")  # Sat 21 Mar -> Mon 23 Mar


# --- giving up and cold ----------------------------------------------------------------------


def test_give_up_boundary_is_more_than_thirty_days() -> None:
    on_the_day = run(BASIC, "04-01")
    assert (on_the_day.state, on_the_day.gives_up_on) == ("due", d("04-01"))
    after = run(BASIC, "04-02")
    assert (after.state, after.next_nudge_on) == ("cold", None)
    assert after.reason == "Interviewed Mon 2 Mar; no word since. No word for a month: time to move on."


def test_next_nudge_after_the_give_up_date_is_not_advised() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-16"), at("03-26")),
    )
    ev = run(tl, "03-30")
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on) == ("waiting", 2, None)  # Thu 2 Apr > Wed 1 Apr
    assert "moves on from Thu 2 Apr" in ev.reason
    assert run(tl, "04-02").state == "cold"


def test_third_nudge_then_a_week_goes_cold() -> None:
    nudges = (at("03-09"), at("03-16"), at("03-23"))
    tl = timeline(
        interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=(*BASIC.owner_messages, *nudges)
    )
    six = run(tl, "03-29")
    assert (six.state, six.nudges_sent, six.next_nudge_on) == ("waiting", 3, None)
    seven = run(tl, "03-30")
    assert (seven.state, seven.nudges_sent, seven.next_nudge_on) == ("cold", 3, None)
    assert seven.reason.endswith("No reply after 3 follow-ups: time to move on.")
    assert seven.warnings == ()


def test_cold_after_give_up_mentions_the_follow_ups() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-10")),
    )
    ev = run(tl, "04-06")
    assert ev.state == "cold"
    assert ev.reason.endswith("No reply after 1 follow-up and no word for a month: time to move on.")


# --- warnings --------------------------------------------------------------------------


def test_nudge_before_the_first_nudge_date_warns() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-06")),
    )
    ev = run(tl, "03-09")
    assert ev.nudges_sent == 1
    assert ev.warnings == (TOO_SOON,)
    assert ev.next_nudge_on == d("03-13")


def test_nudges_closer_than_a_week_warn_once() -> None:
    owner = (*BASIC.owner_messages, at("03-09"), at("03-12"), at("03-13"))
    ev = run(timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=owner), "03-16")
    assert ev.warnings == (TOO_SOON,)


def test_more_nudges_than_advised_warns() -> None:
    owner = (*BASIC.owner_messages, at("03-09"), at("03-16"), at("03-23"), at("03-30"))
    ev = run(timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=owner), "03-31")
    assert ev.nudges_sent == 4
    assert ev.warnings == (TOO_MANY,)
    assert ev.next_nudge_on is None


def test_nudge_on_the_weekend_of_the_first_date_is_not_too_soon() -> None:
    tl = timeline(employer=(at("03-07"),), owner=(at("03-14"),))  # Q+7 is Saturday, sent that Saturday
    assert run(tl, "03-16").warnings == ()


def test_well_spaced_nudges_raise_no_warning() -> None:
    owner = (*BASIC.owner_messages, at("03-09"), at("03-16"))
    assert (
        run(
            timeline(interviews=BASIC.interviews, employer=BASIC.employer_messages, owner=owner), "03-18"
        ).warnings
        == ()
    )


# --- time zones and daylight saving ---------------------------------------------------------


def test_acknowledgement_window_counts_real_hours_across_us_dst() -> None:
    # Fri 6 Mar 14:00 EST; clocks go forward on Sun 8 Mar.
    q = timeline(interviews=(interview("03-06", "02-27", hour=14),), employer=(at("02-27"),))
    inside = timeline(
        interviews=q.interviews, employer=q.employer_messages, owner=(at("03-08", 14, 30),)
    )  # 47.5 h
    outside = timeline(
        interviews=q.interviews, employer=q.employer_messages, owner=(at("03-08", 15, 30),)
    )  # 48.5 h
    assert run(inside, "03-10").nudges_sent == 0
    assert run(outside, "03-10").nudges_sent == 1


def test_today_is_the_configured_zones_date_after_us_dst() -> None:
    tl = timeline(interviews=(interview("03-06", "02-27", hour=14),), employer=(at("02-27"),))
    late_thursday = evaluate(tl, at("03-12", 23, 30), NY)  # already Fri 13 Mar in UTC
    assert (late_thursday.state, late_thursday.next_nudge_on) == ("waiting", d("03-13"))
    assert evaluate(tl, at("03-13", 0, 30), NY).state == "due"
    assert late_thursday.interview_at is not None
    assert late_thursday.interview_at.utcoffset() == timedelta(hours=-5)
    assert late_thursday.last_contact_at == at("02-27")


def test_acknowledgement_window_and_dates_across_berlin_dst() -> None:
    # Fri 27 Mar 10:00 CET; clocks go forward on Sun 29 Mar.
    q = (at("03-27", 10, tz=BERLIN),)
    inside = timeline(employer=q, owner=(at("03-29", 10, 30, tz=BERLIN),))  # 47.5 h
    outside = timeline(employer=q, owner=(at("03-29", 11, 30, tz=BERLIN),))  # 48.5 h
    assert run(inside, "04-01", tz=BERLIN).nudges_sent == 0
    assert run(outside, "04-01", tz=BERLIN).nudges_sent == 1
    just_after_midnight = evaluate(inside, at("04-03", 0, 30, tz=BERLIN), BERLIN)  # Thu 2 Apr in UTC
    assert (just_after_midnight.state, just_after_midnight.next_nudge_on) == ("due", d("04-03"))
    assert just_after_midnight.gives_up_on == d("04-26")


def test_dates_follow_the_configured_zone_not_the_senders() -> None:
    late_in_la = datetime(2026, 3, 4, 22, 0, tzinfo=ZoneInfo("America/Los_Angeles"))  # Thu 5 Mar 01:00 in NY
    ev = run(timeline(employer=(late_in_la,)), "03-06")
    assert ev.next_nudge_on == d("03-12")
    assert ev.last_employer_message_at is not None
    assert ev.last_employer_message_at.tzinfo == NY


# --- the rest ------------------------------------------------------------------------------


def test_messages_after_now_are_ignored() -> None:
    tl = timeline(
        interviews=BASIC.interviews,
        employer=(*BASIC.employer_messages, at("03-20")),
        owner=(*BASIC.owner_messages, at("03-25")),
        asks=(ask("03-20"),),
    )
    ev = run(tl, "03-06")
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on) == ("waiting", 0, d("03-09"))
    assert ev.last_employer_message_at == at("02-24", 10)


def test_custom_policy_numbers_are_honoured() -> None:
    params = PolicyParams(
        first_nudge_after_days=3, min_days_between_nudges=2, max_nudges=1, give_up_after_days=10
    )
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-05")),
    )
    ev = run(tl, "03-06", params=params)
    assert (ev.state, ev.nudges_sent, ev.next_nudge_on, ev.gives_up_on) == ("waiting", 1, None, d("03-12"))
    assert run(tl, "03-07", params=params).state == "cold"


def test_nothing_to_go_on_is_waiting_without_a_date() -> None:
    ev = run(timeline(owner=(at("03-01"),)), "03-06")
    assert (ev.state, ev.next_nudge_on, ev.gives_up_on) == ("waiting", None, None)


def test_steps_explain_the_verdict() -> None:
    ev = run(
        timeline(
            interviews=BASIC.interviews,
            employer=BASIC.employer_messages,
            owner=BASIC.owner_messages,
            reply_bys=(reply_by("03-20", "03-02"),),
        ),
        "03-12",
    )
    text = "\n".join(ev.steps)
    assert ev.steps[0].startswith("Evaluated as of Thu 12 Mar 08:00 (America/New_York)")
    assert "Q = the interview" in text
    assert "acknowledgements: Mon 2 Mar" in text
    assert "no nudge before Sat 21 Mar" in text
    assert "moved to Mon 23 Mar" in text
    assert ev.steps[-1] == "State: waiting."


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        evaluate(BASIC, datetime(2026, 3, 6, 8), NY)


def test_negative_policy_numbers_are_refused() -> None:
    with pytest.raises(ValueError, match="max_nudges"):
        PolicyParams(max_nudges=-1)


def test_year_is_shown_only_when_it_differs() -> None:
    tl = timeline(employer=(at("2025-12-29"),))
    ev = run(tl, "01-02")
    assert (
        ev.reason
        == "Last heard from them Mon 29 Dec 2025; no word since. First nudge due Mon 5 Jan (0 of 3 sent)."
    )


def test_the_evaluation_carries_the_day_it_goes_cold_for_the_digest_to_read() -> None:
    params = PolicyParams(
        first_nudge_after_days=3, min_days_between_nudges=2, max_nudges=1, give_up_after_days=10
    )
    tl = timeline(
        interviews=BASIC.interviews,
        employer=BASIC.employer_messages,
        owner=(*BASIC.owner_messages, at("03-05")),
    )
    waiting, cold = run(tl, "03-06", params=params), run(tl, "03-07", params=params)
    assert waiting.cold_on == cold.cold_on == d("03-07")  # the last nudge + 2 days, before the give-up date
    assert "moves on from Sat 7 Mar" in waiting.reason
    assert run(tl, "03-06").cold_on == d("04-02")  # default: the day after giving up (Q 2 Mar + 30 days)


def test_every_owner_message_gets_its_role_from_the_policy_with_the_configured_window() -> None:
    tl = timeline(
        interviews=(interview("03-16", "03-09"),),
        employer=(at("03-02"),),
        owner=(at("03-04", 23), at("03-17"), at("03-27")),
        asks=(ask("03-02"),),
    )
    roles = [o.role for o in run(tl, "03-30").owner_messages]
    # 59 hours after their message, before the interview: an answer to their request, not a nudge;
    # the day after the interview a thank-you; ten days later a nudge.
    assert roles == ["answer", "acknowledgement", "nudge"]
    wide = run(tl, "03-30", params=PolicyParams(acknowledgement_hours=72)).owner_messages
    assert [o.role for o in wide] == ["acknowledgement", "acknowledgement", "nudge"]
