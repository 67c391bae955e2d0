"""Is one message about the owner's own job process? Recruiting context, and reasons it is not.

Pure over one `records.Message` (or one calendar event): no I/O, no clock.
"""

from __future__ import annotations

import re

from watcher.core.reading.firstletter import (
    LazyPattern,
    found_by_first_letter,
    letter_cases,
    top_level_branches,
)
from watcher.core.reading.lexicon import alternation, phrases
from watcher.core.reading.text import MAX_SCAN, body_of
from watcher.core.records import CalendarEvent, Message

__all__ = [
    "has_recruiting_context",
    "interview_event",
    "is_interviewer_talk",
    "non_interview_reason",
]

_RECRUITING = re.compile(r"\b(" + alternation("RECRUITING") + r")", re.I)
# Someone asks the owner to interview a candidate: a panel seat, a named candidate, their CV.
# Stronger than the words "debrief" or "scorecard", so it also marks the sender's organisation as the
# owner's own workplace (see applications).
_ASKED_TO_INTERVIEW = re.compile(alternation("ASKED_TO_INTERVIEW"), re.I)
# Asked yes or no only (see firstletter).
_NEGATIVE: tuple[tuple[str, LazyPattern], ...] = (
    ("user research", found_by_first_letter("", phrases("NOT_A_JOB_USER_RESEARCH"))),
    ("media", found_by_first_letter(r"\b", phrases("NOT_A_JOB_MEDIA"), r"\b")),
    ("exit interview", found_by_first_letter("", phrases("NOT_A_JOB_EXIT_INTERVIEW"))),
    ("mock interview", found_by_first_letter("", phrases("NOT_A_JOB_MOCK_INTERVIEW"))),
    (
        "owner interviews",
        found_by_first_letter("", phrases("NOT_A_JOB_OWNER_INTERVIEWS") + phrases("ASKED_TO_INTERVIEW")),
    ),
    ("someone else's interview", found_by_first_letter("", phrases("NOT_A_JOB_SOMEONE_ELSES"))),
    # A visa, citizenship, consular or trusted-traveller "interview": an appointment with an authority.
    ("official interview", found_by_first_letter("", phrases("NOT_A_JOB_OFFICIAL"))),
    ("marketing", found_by_first_letter(r"\b", phrases("NOT_A_JOB_MARKETING"), r"\b")),
)


# What only an interviewer writes about a candidate: a hiring verdict ("strong hire from me").
_INTERVIEWER_VERDICT = re.compile(r"\b(" + alternation("INTERVIEWER_VERDICT") + r")\b", re.I)


def is_interviewer_talk(msg: Message) -> bool:
    """Does the message put the owner on the interviewer's side (a panel request, a verdict on a candidate)?

    Received mail is read for requests to interview someone; the owner's own mail
    for what only an interviewer writes (a hiring verdict).
    """
    text = f"{msg.subject}\n{body_of(msg)}"
    if msg.direction == "sent":
        return bool(_INTERVIEWER_VERDICT.search(text))
    return bool(_ASKED_TO_INTERVIEW.search(text))


_JOB_TITLE = re.compile(r"\b(" + alternation("JOB_TITLE") + r")\b", re.I)


def _with_signature(msg: Message) -> str:
    """The new text plus what follows it briefly (a signature often names the recruiter's job)."""
    new = msg.new_text[:MAX_SCAN]
    if not new:
        return msg.text[:3000]
    full = msg.text[: MAX_SCAN + 400]
    key = new[:MAX_SCAN].rstrip()[-40:]
    at = full.find(key) if key else -1
    tail = full[at + len(key) : at + len(key) + 300] if at >= 0 else ""
    tail = re.split(
        r"^\s*(>|On .{5,80} wrote:|Am .{5,80} schrieb|El .{5,80} escribió|Le .{5,80} a écrit)",
        tail,
        maxsplit=1,
        flags=re.M,
    )[0]
    return new + "\n" + tail


_STRONG_RECRUITING = re.compile(r"\b(" + alternation("STRONG_RECRUITING") + r")", re.I)


def _splits(piece: str) -> bool:
    """Can a piece be written as its first letter and the rest (one letter, not repeated or optional)?"""
    first = piece[:1]
    return (
        first.isascii()
        and first.isalpha()
        and piece[1:2] not in ("?", "*", "+", "{")
        and len(top_level_branches(piece)) == 1
    )


def _by_first_letter(head: str, *alternations: tuple[tuple[str, ...], str]) -> re.Pattern[str]:
    """For each (pieces, tail), `re.compile(head + "(" + "|".join(pieces) + ")" + tail, re.I)`, all in one
    pattern that finds a match where any of them does, several times faster: the pieces grouped by their
    first letter, each group behind a case-sensitive class of that letter's cases, which the engine fails
    on one comparison (it tries every piece of a case-insensitive alternation in full). Only for
    `search(...) is not None`: groups and spans differ.
    """
    groups: dict[str, list[str]] = {}  # letter -> the rests of its pieces, with their tail
    rest: list[str] = []
    for pieces, tail in alternations:
        by_letter: dict[str, list[str]] = {}
        others: list[str] = []
        for piece in pieces:
            if _splits(piece):
                by_letter.setdefault(piece[0].lower(), []).append(piece[1:])
            else:
                others.append(piece)  # anything else is tried as it is
        for letter, rests in by_letter.items():
            groups.setdefault(letter, []).append(f"(?:{'|'.join(rests)}){tail}")
        if others:
            rest.append(f"(?:{'|'.join(others)}){tail}")
    branches = [f"(?-i:[{letter_cases(letter)}])(?:{'|'.join(tails)})" for letter, tails in groups.items()]
    return re.compile(head + "(?:" + "|".join([*branches, *rest]) + ")", re.I)


# `_JOB_TITLE`, `_RECRUITING` and `_STRONG_RECRUITING` for a yes or no: every received message asks.
_JOB_TITLE_FOUND = _by_first_letter(r"\b", (phrases("JOB_TITLE"), r"\b"))
_RECRUITING_FOUND = _by_first_letter(r"\b", (phrases("RECRUITING"), ""))
_STRONG_RECRUITING_FOUND = _by_first_letter(r"\b", (phrases("STRONG_RECRUITING"), ""))
# Both questions at once, for a message with nothing but its subject to read (the usual header block).
_TITLE_OR_RECRUITING = _by_first_letter(r"\b", (phrases("JOB_TITLE"), r"\b"), (phrases("RECRUITING"), ""))
_TITLE_OR_STRONG_RECRUITING = _by_first_letter(
    r"\b", (phrases("JOB_TITLE"), r"\b"), (phrases("STRONG_RECRUITING"), "")
)


def has_recruiting_context(msg: Message, *, strict: bool = False) -> bool:
    """Does the message (subject, new text or signature) talk about a job application or interview?

    `strict` asks for more than the word "interview": a role, an application
    or a recruiter (for people writing from personal addresses, who also
    talk about their own interviews and the owner's job hunt).
    """
    # The invitations it carries count as what it says: a recruiter's "Quick chat?" may name the
    # interview only in the calendar event it attaches ("Interview: Data Engineer").
    invites = (
        "\n".join(ev.summary for ev in msg.calendar if ev.method in {"REQUEST", ""} and ev.summary)
        if msg.calendar
        else ""
    )
    signed = _with_signature(msg)
    if not invites and not signed:
        # Only the subject to read: a job title in it is a job title in it and two line ends, so one
        # pass answers both questions.
        both = _TITLE_OR_STRONG_RECRUITING if strict else _TITLE_OR_RECRUITING
        return both.search(f"{msg.subject}\n\n") is not None
    if _JOB_TITLE_FOUND.search(msg.subject):
        return True
    pattern = _STRONG_RECRUITING_FOUND if strict else _RECRUITING_FOUND
    return bool(pattern.search(f"{msg.subject}\n{invites}\n{signed}"))


def non_interview_reason(text: str, *, marketing: bool = True) -> str | None:
    """Why a text that mentions interviews is not about the owner's own job interview, if it isn't.

    `marketing=False` skips the weakest signal (discount codes, "unsubscribe"),
    which footers of real recruiting mail can carry too.
    """
    for reason, pattern in _NEGATIVE:
        if reason == "marketing" and not marketing:
            continue
        if pattern.search(text):
            return reason
    return None


_EVENT_INTERVIEW = re.compile(r"\b(" + alternation("EVENT_INTERVIEW") + r")\b", re.I)


def interview_event(ev: CalendarEvent, *, job_context: bool) -> bool:
    """Is a calendar event an interview? A title that says so, or any one-off event in a job process."""
    if ev.method not in {"REQUEST", "PUBLISH", ""} or ev.recurring:
        return False
    if ev.status.upper() == "CANCELLED" or ev.start is None:
        return False
    if non_interview_reason(ev.summary):
        return False
    if re.search(
        r"\b(1:1|1on1|one[- ]on[- ]one|standup|stand-up|sync|retro|all[- ]hands|birthday|dinner"
        r"|lunch|party|dentist|dental|doctor|appointment|book club|meetup|talk)\b",
        ev.summary,
        re.I,
    ):
        return False
    if ev.method == "PUBLISH":
        return bool(_EVENT_INTERVIEW.search(ev.summary)) and job_context
    return job_context
