"""Outcome of a process as one message states it: rejection, offer (employer) or withdrawal (owner)."""

from __future__ import annotations

import re

from watcher.reading.lexicon import alternation
from watcher.reading.sentences import sentences
from watcher.records import OutcomeKind

__all__ = ["find_outcome"]

_REJECTED = re.compile(alternation("REJECTION"), re.I)
# Bad news without the word "rejected" ("sorry to be writing with disappointing news"): a rejection
# unless the same sentence is about a delay or a new time.
_REJECTED_NEWS = re.compile(alternation("REJECTION_NEWS"), re.I)
_NEWS_ABOUT_SCHEDULE = re.compile(r"\b(" + alternation("SCHEDULE_CHANGE") + r")\b", re.I)
_OFFER = re.compile(alternation("OFFER"), re.I)
_WITHDRAWN = re.compile(alternation("WITHDRAWAL"), re.I)
_CONDITIONAL = re.compile(alternation("CONDITIONAL"), re.I)


def find_outcome(text: str, *, sent: bool) -> tuple[OutcomeKind, str] | None:
    """Rejection or offer (employer side) or withdrawal (owner), from the new text only."""
    for s in sentences(text):
        if sent:
            if _WITHDRAWN.search(s) and not _CONDITIONAL.search(s):
                return "withdrawn", s
            continue
        if re.match(r"^\s*(if|falls|si)\b", s, re.I):
            continue
        if _REJECTED.search(s) or (_REJECTED_NEWS.search(s) and not _NEWS_ABOUT_SCHEDULE.search(s)):
            return "rejected", s
    if sent:
        return None
    for s in sentences(text):
        if _OFFER.search(s) and not re.match(r"^\s*(if|falls|si)\b", s, re.I):
            return "offer", s
    return None
