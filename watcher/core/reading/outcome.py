"""Outcome of a process as one message states it: rejection, offer (employer) or withdrawal (owner)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watcher.core.reading.firstletter import found_by_first_letter
from watcher.core.reading.lexicon import alternation, phrases
from watcher.core.reading.sentences import sentences
from watcher.core.reading.text import file_words, fold
from watcher.core.records import OutcomeKind

__all__ = ["find_outcome", "offer_document"]

# Asked yes or no only (see firstletter): the sentence that says it is what find_outcome gives.
_REJECTED = found_by_first_letter("", phrases("REJECTION"))
# Bad news without the word "rejected" ("sorry to be writing with disappointing news"): a rejection
# unless that sentence or the next is about a delay or a new time ("Bad news. We need to move our call.").
_REJECTED_NEWS = found_by_first_letter("", phrases("REJECTION_NEWS"))
_NEWS_ABOUT_SCHEDULE = found_by_first_letter(r"\b", phrases("SCHEDULE_CHANGE"), r"\b")
_OFFER = found_by_first_letter("", phrases("OFFER"))
_WITHDRAWN = found_by_first_letter("", phrases("WITHDRAWAL"))
_CONDITIONAL = found_by_first_letter("", phrases("CONDITIONAL"))
# "I've accepted another position, so I need a few days to think this through": not decided yet.
_UNDECIDED = found_by_first_letter("", phrases("UNDECIDED"))
_OFFER_DOCUMENT = re.compile(r"^(.*\s)?(" + fold(alternation("OFFER_DOCUMENT")) + r")(\s.*)?$", re.I)
_IF = re.compile(r"^\s*(if|falls|si)\b", re.I)


def find_outcome(text: str, *, sent: bool) -> tuple[OutcomeKind, str] | None:
    """Rejection or offer (employer side) or withdrawal (owner), from the new text only."""
    said = sentences(text)
    if sent:
        if _UNDECIDED.search(text):
            return None
        for s in said:
            if _WITHDRAWN.search(s) and not _CONDITIONAL.search(s):
                return "withdrawn", s
        return None
    for i, s in enumerate(said):
        if _IF.match(s):
            continue
        if _REJECTED.search(s):
            return "rejected", s
        if _REJECTED_NEWS.search(s) and not any(_NEWS_ABOUT_SCHEDULE.search(t) for t in said[i : i + 2]):
            return "rejected", s
    for s in said:
        if _OFFER.search(s) and not _IF.match(s):
            return "offer", s
    return None


# A document named in a subject, as e-signature services write it ("Please sign: Offer Letter - J Doe.pdf").
_SUBJECT_DOCUMENT = re.compile(r"[\w'’ .-]+?\.(?:pdf|docx?|odt)\b", re.I)


def offer_document(attachments: Sequence[str], subject: str = "") -> str | None:
    """The first attachment (or document the subject names) called like an offer letter or employment contract."""
    named = [m.group(0).strip() for m in _SUBJECT_DOCUMENT.finditer(subject[:300])]
    for name in (*attachments, *named):
        if _OFFER_DOCUMENT.match(file_words(name)):
            return name[:200]
    return None
