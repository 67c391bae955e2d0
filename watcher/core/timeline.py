"""Read an application's mail the way an attentive person would.

From the messages of one application this module assembles the interviews
(calendar invitations and scheduling prose), who wrote when, the reply-by
dates the employer stated, the outcome and what the employer last asked for.

It builds from each message's `MessageFacts` (what the message says alone,
`watcher.core.reading.facts`) and keeps here only what needs more than one message:
a slot proposed in one message and accepted in another, a reschedule that drops
what was still ahead, an invitation that restates its calendar event, an
outcome undone by a later interview. Pure: no clock, no I/O. What each of the
owner's messages counts as (a thank-you, a nudge) is the policy's to say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from watcher.core.reading.dates import Slot
from watcher.core.reading.facts import MessageFacts, read_facts
from watcher.core.reading.relevance import interview_event
from watcher.core.reading.scheduling import SentenceSignals
from watcher.core.records import (
    Ask,
    CalendarEvent,
    Doubt,
    Interview,
    Message,
    Outcome,
    OutcomeKind,
    ReplyBy,
    Role,
    Timeline,
    TimelineEntry,
)

__all__ = ["build_timeline", "with_manual"]


# --- the timeline ----------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    at: datetime
    known_at: datetime
    source: str
    via: Literal["calendar", "text", "manual"]
    uid: str = ""
    sequence: int = 0


@dataclass(slots=True)
class _Proposal:
    slot: Slot
    msg: Message
    side: str
    reschedule: bool = False
    interviewish: bool = False  # its message talks about a call, a meeting or an interview


@dataclass(slots=True)
class _State:
    tz: tzinfo
    found: list[_Found] = field(default_factory=list)
    proposals: list[_Proposal] = field(default_factory=list)
    by_uid: dict[str, _Found] = field(default_factory=dict)
    talked_at: datetime | None = None  # the last message about a call or interview
    last_employer_at: datetime | None = None  # the last message from an employer person


def _same_day(a: datetime, b: datetime, tz: tzinfo) -> bool:
    return a.astimezone(tz).date() == b.astimezone(tz).date()


def _add_interview(
    state: _State, new: _Found, *, reschedule_from: datetime | None = None, only_if_new_day: bool = False
) -> bool:
    """Record an interview (merged with one on the same day); False when `only_if_new_day` skips it."""
    if only_if_new_day and any(abs((f.at - new.at).total_seconds()) < 36 * 3600 for f in state.found):
        return False
    if reschedule_from is not None:  # a text reschedule drops what was still ahead at that moment
        state.found = [f for f in state.found if f.at <= reschedule_from or _same_day(f.at, new.at, state.tz)]
    for f in state.found:
        if _same_day(f.at, new.at, state.tz):
            if new.via == "calendar" and f.via != "calendar":
                f.at, f.via, f.source, f.uid = new.at, "calendar", new.source, new.uid
            f.known_at = min(f.known_at, new.known_at)
            return True
    state.found.append(new)
    return True


def _calendar(state: _State, msg: Message, ev: CalendarEvent, job_context: bool) -> bool:
    """Apply one calendar event; True when it is an interview invitation."""
    method = ev.method.upper()
    if method == "REPLY":
        return False
    uid = ev.uid or f"{msg.message_id}:{ev.summary}"
    if method == "CANCEL" or ev.status.upper() == "CANCELLED":
        old = state.by_uid.pop(uid, None)
        if old is not None and old in state.found:
            state.found.remove(old)
        return False
    if not interview_event(ev, job_context=job_context) or ev.start is None:
        return False
    start = ev.start
    old = state.by_uid.get(uid)
    if old is not None:
        if ev.sequence < old.sequence:
            return True
        if old.at == start:
            old.sequence = ev.sequence
            return True
        if old in state.found:
            state.found.remove(old)
        moved = _Found(start, msg.date, msg.message_id, "calendar", uid, ev.sequence)
        state.by_uid[uid] = moved
        _add_interview(state, moved)
        return True
    # an invitation for a slot proposed earlier: known since the proposal
    proposed = [p for p in state.proposals if p.slot.at == start and p.msg.date <= msg.date]
    known = min([msg.date, *(p.msg.date for p in proposed)])
    state.proposals = [p for p in state.proposals if p not in proposed]
    new = _Found(start, known, msg.message_id, "calendar", uid, ev.sequence)
    state.by_uid[uid] = new
    _add_interview(state, new)
    # the merged record may be an earlier text one: remember it under this UID
    for f in state.found:
        if _same_day(f.at, start, state.tz):
            state.by_uid[uid] = f
    return True


def _accept(
    state: _State,
    msg: Message,
    facts: MessageFacts,
    slot: Slot | None,
    side: str,
    *,
    offered_only: bool = False,
) -> bool:
    """The other side accepts a pending proposal (or states the slot it accepts).

    Either the accepting message or the proposal must be about a call or an
    interview: "Sunday at 6 works" for a family dinner is no interview.
    `offered_only` (for weaker words such as "I'm available") takes only a slot
    the other side offered: "I'm available Friday at 10 instead" is a counter-proposal.
    """
    here = facts.interviewish or (
        state.talked_at is not None and msg.date - state.talked_at <= timedelta(days=14)
    )
    horizon = msg.date - timedelta(days=21)
    pending = [
        p for p in state.proposals if p.side != side and p.msg.date >= horizon and p.msg.date <= msg.date
    ]
    match: _Proposal | None = None
    if slot is not None:
        same = [p for p in pending if p.slot.day == slot.day and p.slot.at is not None]
        if same:
            match = same[-1]
    elif pending:
        last_msg = pending[-1].msg
        from_last = [p for p in pending if p.msg is last_msg and p.slot.at is not None]
        if len({p.slot.at for p in from_last}) == 1:
            match = from_last[0]
    if match is not None and match.slot.at is not None:
        if not (here or match.interviewish):
            return False
        resched = match.msg.date if match.reschedule else None
        if slot is not None and slot.at is not None and slot.at != match.slot.at:
            # a different time on that day (one of several windows offered): known from now
            at, known = slot.at, msg.date
        else:
            at, known = match.slot.at, match.msg.date
        _add_interview(state, _Found(at, known, msg.message_id, "text"), reschedule_from=resched)
        state.proposals = [p for p in state.proposals if p.msg is not match.msg]
        return True
    if slot is not None and slot.at is not None and here and not offered_only:
        _add_interview(state, _Found(slot.at, msg.date, msg.message_id, "text"))
        return True
    return False


def _text(state: _State, msg: Message, facts: MessageFacts, side: str) -> bool:
    """Scheduling prose in one message, against the proposals of the others; True when it makes an interview known.

    The owner confirming ("I confirm Wednesday at 10:00") accepts; only the
    employer's "confirmed" settles a slot on its own.
    """
    made = False
    if facts.interviewish:
        state.talked_at = msg.date
    by_sentence: dict[int, list[Slot]] = {}
    for slot in facts.slots:
        by_sentence.setdefault(slot.index, []).append(slot)
    _drop_cancelled(state, msg, facts, by_sentence)
    for index, group in sorted(by_sentence.items()):
        if _sentence_slots(state, msg, facts, side, index, group, by_sentence):
            made = True
    if not facts.slots and _accept_without_slots(state, msg, facts, side):
        made = True
    if not made and facts.met_at is not None and facts.met_at <= msg.date:
        found = _Found(facts.met_at, msg.date, msg.message_id, "text")
        made = _add_interview(state, found, only_if_new_day=True)
    return made


def _propose(
    state: _State, msg: Message, facts: MessageFacts, side: str, timed: Sequence[Slot], resched: bool
) -> None:
    state.proposals.extend(_Proposal(slot, msg, side, resched, facts.interviewish) for slot in timed)


def _drop_cancelled(
    state: _State, msg: Message, facts: MessageFacts, by_sentence: dict[int, list[Slot]]
) -> None:
    """A cancellation ("we need to cancel Thursday's interview") drops the later interviews on the days it names (every later one when it names no day)."""
    for index, sig in enumerate(facts.sentences):
        if sig.cancel and sig.interviewish:
            days = {slot.day for slot in by_sentence.get(index, [])}
            state.found = [
                f
                for f in state.found
                if f.at <= msg.date or (days and f.at.astimezone(state.tz).date() not in days)
            ]
            state.by_uid = {u: f for u, f in state.by_uid.items() if f in state.found}
            by_sentence.pop(index, None)


def _asks_about(sigs: Sequence[SentenceSignals], index: int, by_sentence: dict[int, list[Slot]]) -> bool:
    """The sentence offers its times as a question (or the short question right after it, with no time of its own)."""
    sig = sigs[index]
    if sig.accept_strong and not sig.question:
        return False
    nxt = sigs[index + 1] if index + 1 < len(sigs) else None
    return (
        sig.question
        or (nxt is not None and nxt.question and nxt.length < 80 and index + 1 not in by_sentence)
        or sig.proposal
    )


def _sentence_slots(
    state: _State,
    msg: Message,
    facts: MessageFacts,
    side: str,
    index: int,
    group: list[Slot],
    by_sentence: dict[int, list[Slot]],
) -> bool:
    """The times one sentence names: accepted, confirmed or proposed; True when an interview became known."""
    sig = facts.sentences[index]
    if sig.decline:
        return False
    resched = sig.reschedule
    timed = [slot for slot in group if slot.at is not None]
    if _asks_about(facts.sentences, index, by_sentence):
        _propose(state, msg, facts, side, timed, resched)
        return False
    firm = sig.accept or bool(timed and sig.accept_timed)
    accepts = firm or (
        sig.accept_plain
        or sig.accept_timed  # without a time it must name the day offered (see _accept)
        or (side == "owner" and sig.owner_confirm)
    )
    confirms = side == "employer" and (sig.confirm or facts.subject_confirms)
    if not timed:
        return _day_without_time(state, msg, facts, side, sig, group[0], accepts=accepts, firm=firm)
    if accepts or confirms:
        if _accept(state, msg, facts, timed[0], side, offered_only=not (firm or confirms)):
            return True
        if not (firm or confirms):  # "I'm available Friday at 10 instead": a counter-proposal
            _propose(state, msg, facts, side, timed, resched)
        return False
    _propose(state, msg, facts, side, timed, resched)
    return False


def _day_without_time(
    state: _State,
    msg: Message,
    facts: MessageFacts,
    side: str,
    sig: SentenceSignals,
    slot: Slot,
    *,
    accepts: bool,
    firm: bool,
) -> bool:
    """A sentence that names a day but no time: an acceptance of the day offered, or an invitation for that day."""
    if accepts and _accept(state, msg, facts, slot, side, offered_only=not firm):
        return True
    if side == "employer" and sig.invited and sig.interviewish and slot.day > msg.date.date():
        # "we'd like to invite you to our final round on Wednesday, April 15": a day, no time yet
        noon = datetime.combine(slot.day, time(12), tzinfo=state.tz)
        _add_interview(state, _Found(noon, msg.date, msg.message_id, "text"))
        return True
    return False


def _accept_without_slots(state: _State, msg: Message, facts: MessageFacts, side: str) -> bool:
    """A message with no time at all: a short acceptance or confirmation of what was offered."""
    for sig in facts.sentences:
        if sig.decline or sig.question or sig.length >= 160:
            continue
        if (
            sig.accept_alone
            or sig.accept_plain
            or (side == "owner" and sig.owner_confirm)
            or (side == "employer" and sig.confirm and not sig.cancel)
        ) and _accept(state, msg, facts, None, side):
            return True
    return False


def _drop_echoes(state: _State, msg: Message, invited: Sequence[_Found], before: Sequence[_Found]) -> None:
    """A message's text that restates its calendar invite ("Thursday at 15:00 it is") adds nothing.

    Read alone, "Thursday" is the nearest one, which may not be the invite's
    week: the same weekday and time as the invite is the invite, not a second interview.
    """

    def key(at: datetime) -> tuple[int, int, int]:
        local = at.astimezone(state.tz)
        return local.weekday(), local.hour, local.minute

    def echoes(f: _Found) -> bool:
        local = f.at.astimezone(state.tz)
        for ev in invited:
            wd, hour, minute = key(ev.at)
            if local.weekday() == wd and (
                (local.hour, local.minute) == (hour, minute) or (local.hour, local.minute) == (12, 0)
            ):
                return True
        return False

    echo = [
        f
        for f in state.found
        if f.via == "text" and f.source == msg.message_id and f not in before and echoes(f)
    ]
    if echo:
        state.found = [f for f in state.found if f not in echo]


def _about_an_outcome(found: tuple[OutcomeKind, str] | None, standing: Outcome | None) -> bool:
    """A call arranged in prose around an outcome is not an interview.

    "I'll call you tomorrow at 10 to go through the offer", "give me a call this
    afternoon" beside a rejection, or the owner's "I'll call you this afternoon"
    after an offer: talk about the result, not another round. Only prose is
    ruled out; a calendar invitation still counts, and a new interview after a
    rejection (another role) still reopens the process.
    """
    if standing is not None and standing.kind == "offer":
        return True
    return found is not None


@dataclass(frozen=True, slots=True)
class _Reply:
    at: datetime
    side: str
    may_accept: bool  # neither declines a slot, cancels, nor states an outcome


def _unconfirmed_proposal(state: _State, replies: Sequence[_Reply]) -> Doubt | None:
    """A meeting proposed in prose, answered by the other side, and never settled: a possible interview.

    "Would Tuesday at 11 work?" answered with words nobody listed ("that suits me
    fine"): the reader cannot tell an acceptance from anything else, so the owner
    is asked rather than told to chase. Only the latest proposal counts, only a
    human answer within three weeks that declines nothing, and only when nothing
    was arranged since the proposal.
    """
    timed = [p for p in state.proposals if p.slot.at is not None and p.interviewish]
    if not timed:
        return None
    last = max(timed, key=lambda p: (p.msg.date, p.msg.message_id)).msg
    offered = [p for p in timed if p.msg is last]
    side = offered[0].side
    answer = next(
        (r for r in replies if last.date < r.at <= last.date + timedelta(days=21) and r.side != side), None
    )
    if answer is None or not answer.may_accept:
        return None
    if any(f.known_at >= last.date for f in state.found):
        return None
    return Doubt("interview", answer.at, last.message_id, offered[0].slot.sentence)


def _doubt_after(
    standing: Doubt | None,
    msg: Message,
    facts: MessageFacts,
    roles: Sequence[Role],
    job_context: bool,
    *,
    interview_ahead: bool = False,
) -> Doubt | None:
    """The doubt that stands after one employer-side message.

    Outcome language the reader could not settle raises one (the latest wins);
    so does a confirmation of, or an invitation to, an interview the message
    gave no date for that could be read, unless an interview was still ahead
    (then it is about that one). A settled outcome, an interview made
    known, or a person on their side asking for something (the process visibly
    goes on) clears it.
    """
    if facts.outcome or "interview" in roles or "invite" in roles:
        return None
    if facts.doubt is not None:
        return Doubt(facts.doubt[0], msg.date, msg.message_id, facts.doubt[1])
    if facts.kind == "employer" and facts.asks:
        return None  # their question is the next step ("when are you free for the final round?")
    if facts.meeting and job_context and not interview_ahead and not facts.not_interview:
        return Doubt("interview", msg.date, msg.message_id, facts.meeting)
    return standing


@dataclass(slots=True)
class _Walk:
    """What `build_timeline` gathers while it reads an application's messages in order."""

    employer_msgs: list[datetime] = field(default_factory=list)
    owner_msgs: list[datetime] = field(default_factory=list)
    reply_bys: list[ReplyBy] = field(default_factory=list)
    outcome: Outcome | None = None
    doubt: Doubt | None = None
    last_employer: Message | None = None
    last_facts: MessageFacts | None = None
    entries: list[TimelineEntry] = field(default_factory=list)
    replies: list[_Reply] = field(default_factory=list)


def build_timeline(
    messages: Sequence[Message],
    *,
    tz: ZoneInfo,
    job_context: bool = True,
    language: str | None = None,
    facts_for: Callable[[Message], MessageFacts] | None = None,
) -> Timeline:
    """The timeline of one application from its messages (already limited to `now`).

    `facts_for` gives each message's facts (say, stored at ingest); by default
    they are read here with `read_facts(msg, tz=tz, language=language)`. Stored
    facts must have been read with the same `tz` and `language` to give the
    same timeline.
    """
    if facts_for is None:

        def facts_for(msg: Message) -> MessageFacts:
            return read_facts(msg, tz=tz, language=language)

    state = _State(tz=tz)
    walk = _Walk()
    for msg in sorted(messages, key=lambda m: (m.date, m.message_id)):
        facts = facts_for(msg)
        if facts.kind != "bulk":
            roles = _read_message(state, walk, msg, facts, job_context)
            walk.entries.append(
                TimelineEntry(msg.date, msg.message_id, msg.direction, tuple(roles), facts.summary)
            )
    return _timeline_of(state, walk)


def _read_message(
    state: _State, walk: _Walk, msg: Message, facts: MessageFacts, job_context: bool
) -> list[Role]:
    """One message's part in the timeline; returns the roles it plays."""
    kind = facts.kind
    roles: list[Role] = []
    side = "owner" if kind == "owner" else "employer"
    if kind in ("owner", "employer"):
        declines = any(sig.decline or sig.cancel for sig in facts.sentences)
        walk.replies.append(_Reply(msg.date, side, not declines and not facts.outcome))
    for ev in msg.calendar:
        if _calendar(state, msg, ev, job_context) and "invite" not in roles:
            roles.append("invite")
    invited = [f for f in state.found if f.via == "calendar" and f.source == msg.message_id]
    before = list(state.found)
    if (
        job_context
        and not _about_an_outcome(facts.outcome, walk.outcome)
        and not facts.not_interview
        and _text(state, msg, facts, side)
    ):
        roles.append("interview")
    if invited:
        _drop_echoes(state, msg, invited, before)
    if kind == "owner":
        _owner_message(state, walk, msg, facts, roles)
    else:
        _other_message(state, walk, msg, facts, roles, job_context)
    return roles


def _owner_message(state: _State, walk: _Walk, msg: Message, facts: MessageFacts, roles: list[Role]) -> None:
    walk.owner_msgs.append(msg.date)
    out = facts.outcome
    if out:
        walk.outcome = Outcome(out[0], msg.date, msg.message_id, out[1])
        roles.append("outcome")
    elif not roles:
        roles.append("other")  # the policy gives it its role (`Evaluation.owner_messages`)


def _other_message(
    state: _State, walk: _Walk, msg: Message, facts: MessageFacts, roles: list[Role], job_context: bool
) -> None:
    """A message from the employer's side: a reply, an acknowledgement or an automated one."""
    kind = facts.kind
    if kind == "employer":
        walk.employer_msgs.append(msg.date)
        walk.last_employer, walk.last_facts = msg, facts
        state.last_employer_at = msg.date
        roles.insert(0, "employer_reply")
    elif kind == "acknowledgement":
        roles.insert(0, "acknowledgement")
    else:
        roles.insert(0, "automated")
    for on, quote in facts.reply_bys:
        walk.reply_bys.append(
            ReplyBy(datetime.combine(on, time(23, 59), tzinfo=state.tz), msg.date, msg.message_id, quote)
        )
        if "reply_by" not in roles:
            roles.append("reply_by")
    out = facts.outcome
    if out:
        walk.outcome = Outcome(out[0], msg.date, msg.message_id, out[1])
        roles.append("outcome")
    elif kind == "employer" and facts.asks:
        roles.append("ask")
    ahead = any(f.at >= msg.date for f in state.found)
    walk.doubt = _doubt_after(walk.doubt, msg, facts, roles, job_context, interview_ahead=ahead)
    if walk.doubt is not None and walk.doubt.source == msg.message_id:
        roles.append("check")


def _timeline_of(state: _State, walk: _Walk) -> Timeline:
    """The timeline once every message is read: outcomes and doubts settled by what came after them."""
    interviews = sorted(
        (Interview(f.at, f.known_at, f.source, f.via) for f in state.found), key=lambda i: i.at
    )
    outcome, doubt = walk.outcome, walk.doubt
    if outcome is not None and any(i.known_at > outcome.at for i in interviews):
        outcome = None  # a process that schedules again after an outcome is open again
    unsettled = _unconfirmed_proposal(state, walk.replies)
    if unsettled is not None and (doubt is None or unsettled.at > doubt.at):
        doubt = unsettled
    if doubt is not None and any(i.known_at >= doubt.at for i in interviews):
        doubt = None  # an interview arranged since: the process went on
    asks: tuple[Ask, ...] = ()
    last_employer, last_facts = walk.last_employer, walk.last_facts
    if last_employer is not None and last_facts is not None and not last_facts.outcome:
        asks = tuple(Ask(last_employer.date, last_employer.message_id, quote) for _, quote in last_facts.asks)
    return Timeline(
        interviews=tuple(interviews),
        employer_messages=tuple(walk.employer_msgs),
        owner_messages=tuple(walk.owner_msgs),
        reply_bys=tuple(walk.reply_bys),
        outcome=outcome,
        asks=asks,
        doubt=doubt,
        entries=tuple(walk.entries),
    )


def with_manual(
    timeline: Timeline,
    *,
    interview_at: datetime | None = None,
    reply_by: datetime | None = None,
    outcome: Outcome | None = None,
    clear_outcome: bool = False,
    clear_doubt: bool = False,
    known_at: datetime | None = None,
) -> Timeline:
    """A timeline with facts set by hand (they win over what the mail says)."""
    t = timeline
    if interview_at is not None:
        kept = [i for i in t.interviews if i.at != interview_at]
        manual = Interview(interview_at, known_at or interview_at, "manual", "manual")
        t = replace(t, interviews=tuple(sorted([*kept, manual], key=lambda i: i.at)))
    if reply_by is not None:
        rb = ReplyBy(reply_by, known_at or reply_by, "manual", "set by hand")
        t = replace(t, reply_bys=(*t.reply_bys, rb))
    if clear_outcome:
        t = replace(t, outcome=None)
    if clear_doubt:
        t = replace(t, doubt=None)
    if outcome is not None:
        t = replace(t, outcome=outcome)
    return t
