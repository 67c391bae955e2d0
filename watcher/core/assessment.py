"""The pure pipeline: messages → conversations → applications → evaluations, as of `now`,
and the words its results are shown in (urgency, counts, the `mark` commands that settle a doubt).

`watcher.app.pipeline` feeds it from the state; status, explain, the digest and the daemon all
read its results, so they can never disagree.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import shlex
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from watcher.core.applications import Known, Mark, build_applications
from watcher.core.conversations import thread
from watcher.core.policy import PolicyParams, evaluate
from watcher.core.reading.facts import MessageFacts
from watcher.core.records import Application, Direction, Evaluation, Message

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Assessed:
    application: Application
    evaluation: Evaluation


def with_direction(messages: list[Message], my_addresses: list[str]) -> list[Message]:
    """Recompute direction, so that editing my_addresses needs no rescan."""
    mine = {a.lower() for a in my_addresses}
    out = []
    for m in messages:
        sent = bool(m.from_ and m.from_.email.lower() in mine)
        direction: Direction = "sent" if sent else "received"
        out.append(m if m.direction == direction else dataclasses.replace(m, direction=direction))
    return out


def assess_messages(
    messages: list[Message],
    *,
    my_addresses: list[str],
    tz: ZoneInfo,
    now: datetime,
    params: PolicyParams,
    marks: dict[str, Mark] | None = None,
    owner_names: Collection[str] | None = None,
    facts_for: Callable[[Message, str], MessageFacts] | None = None,
) -> list[Assessed]:
    """The whole pure pipeline. Messages dated after `now` are ignored.

    `owner_names`: the name words the owner goes by over all their mail, when
    `messages` is only the interview mail (see `watcher.store.mailindex`).
    `facts_for`: what each message says, when read before (`watcher.store.facts`).
    """
    visible = [m for m in with_direction(messages, my_addresses) if m.date <= now]
    conversations = thread(visible, my_addresses=my_addresses)
    known = Known(my_addresses, tz, now, marks, owner_names, facts_for)
    build = functools.partial(build_applications, known=known)
    try:
        apps = build(conversations)
    except Exception:
        # Untrusted mail must not take the whole report down: find the conversation
        # that trips the classifier, leave it out, and keep the rest (ungrouped if need be).
        log.exception("detection failed; retrying conversation by conversation")
        apps = []
        for c in conversations:
            try:
                apps.extend(build([c]))
            except Exception as e:
                first = c.messages[0].message_id if c.messages else "?"
                log.warning(
                    "left out the conversation %r (%s): %s: %s", c.subject, first, type(e).__name__, e
                )
    out = []
    for a in apps:
        try:
            out.append(Assessed(a, evaluate(a.timeline, now, tz, params)))
        except Exception as e:
            log.warning("left out %s (%s): the policy failed: %s: %s", a.employer, a.id, type(e).__name__, e)
    return out


URGENCY = {"your_turn": 0, "due": 1, "upcoming": 2, "waiting": 3, "cold": 4, "closed": 5}


def by_urgency(items: list[Assessed]) -> list[Assessed]:
    """Most urgent first: an offer to answer, then replies owed, nudges due, interviews ahead, ..."""

    def key(a: Assessed) -> tuple[int, str, str]:
        e = a.evaluation
        when = (
            e.next_nudge_on.isoformat()
            if e.next_nudge_on
            else (e.interview_at.isoformat() if e.interview_at else "")
        )
        rank = -2 if e.needs_reply else (-1 if e.needs_review else URGENCY[e.state])
        return (rank, when, a.application.employer.lower())

    return sorted(items, key=key)


# (kind, singular, plural) in the order a reader acts on them; "offer" is a closed
# process whose offer still needs the owner's reply, counted there and not under "closed".
_COUNT_WORDS = (
    ("offer", "offer to answer", "offers to answer"),
    ("check", "to check", "to check"),
    ("your_turn", "reply needed", "replies needed"),
    ("due", "nudge due", "nudges due"),
    ("upcoming", "interview coming up", "interviews coming up"),
    ("waiting", "waiting", "waiting"),
    ("cold", "gone cold", "gone cold"),
    ("closed", "closed", "closed"),
)


def count_kind(e: Evaluation) -> str:
    if e.needs_reply:
        return "offer"
    return "check" if e.needs_review else e.state


# What a doubt may be, in words, and the `mark` commands that settle it (first: it is so).
REVIEW_WHAT = {
    "rejected": "a possible rejection",
    "offer": "a possible offer",
    "interview": "a possible interview that could not be dated",
}
_REVIEW_SETTLE = {
    "rejected": ("--closed rejected",),
    "offer": ("--closed offer",),
    "interview": ('--interview-at "WHEN"',),
}


def review_commands(app_id: str, kind: str) -> tuple[str, ...]:
    """The `mark` commands that settle a "check": it is so, or the process is still open (`--reopen`).

    By id (hex digits), so nothing taken from mail reaches a command line.
    """
    who = shlex.quote(app_id)
    return tuple(f"interview-watcher mark {who} {opt}" for opt in (*_REVIEW_SETTLE[kind], "--reopen"))


def state_counts(evaluations: Iterable[Evaluation]) -> str:
    """ "1 offer to answer, 3 nudges due, 2 gone cold, 4 closed": the one wording that the status
    table and the digest share, so the two never count the same state differently."""
    counts = Counter(count_kind(e) for e in evaluations)
    return ", ".join(
        f"{counts[kind]} {one if counts[kind] == 1 else many}"
        for kind, one, many in _COUNT_WORDS
        if counts[kind]
    )
