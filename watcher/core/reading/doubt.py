"""Outcome language the reader cannot settle: a possible rejection or a possible offer.

`find_outcome` settles an outcome only on phrases that say it plainly. Mail
written in words nobody listed ("Unfortunately, the team has decided ...",
"Nous avons le plaisir de ...", an attachment called ``Offer_Letter.pdf``)
would otherwise leave the process open, and the policy would advise a nudge
into a closed door. This detector finds such language so that the process is
shown as "check" instead: the owner settles it with `mark`. It is only asked
about employer-side mail in which `find_outcome` found nothing.

The phrases are data (POSSIBLE_REJECTION, POSSIBLE_OFFER and OFFER_ATTACHMENT in
every lexicon). Pure: text in, (kind, sentence) out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watcher.core.reading.firstletter import found_by_first_letter
from watcher.core.reading.lexicon import WEEKDAYS, phrases
from watcher.core.reading.scheduling import sentence_signals
from watcher.core.reading.sentences import is_question, sentences
from watcher.core.reading.vocabulary import has_reply_prefix
from watcher.core.records import DoubtKind

__all__ = ["find_doubt", "meeting_sentence"]

# Asked yes or no only (see firstletter).
_REJECTION = found_by_first_letter("", phrases("POSSIBLE_REJECTION"))
_OFFER = found_by_first_letter("", phrases("POSSIBLE_OFFER"))
_ATTACHMENT = found_by_first_letter("", phrases("OFFER_ATTACHMENT"))
_SCHEDULE = found_by_first_letter(
    r"\b", phrases("SCHEDULE_CHANGE") + phrases("RESCHEDULE") + phrases("CANCEL"), r"\b"
)
# A sentence that names a day or a time is about a slot ("unfortunately Tuesday at 10 is taken").
_SLOT = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)) + r")\b"
    r"|\b\d{1,2}\s?(:|h)\s?\d{2}\b|\b\d{1,2}\s?(am|pm|a\.m\.|p\.m\.|uhr)\b",
    re.I,
)
_CONDITIONAL_START = re.compile(r"^\s*(if|falls|wenn|si|in case)\b", re.I)
_SENTENCE_MAX = 300


def _cut(sentence: str) -> str:
    line = " ".join(sentence.split())
    return line if len(line) <= _SENTENCE_MAX else line[: _SENTENCE_MAX - 1].rstrip() + "…"


def _about_a_slot(sentence: str) -> bool:
    return bool(_SCHEDULE.search(sentence) or _SLOT.search(sentence))


def find_doubt(
    text: str, attachments: Sequence[str] = (), *, asks: bool = False
) -> tuple[DoubtKind, str] | None:
    """A sentence (or an attachment's name) that may state a rejection or an offer, else None.

    Not doubtful: a condition ("if ..."), a question, and a sentence about a
    slot or a change of schedule ("unfortunately I need to move Thursday").
    A hopeful phrase next to talk of an interview ("pleased to invite you to a
    second interview") is about the next round, not an offer; so is "good news"
    in a message that `asks` for something (a work sample, references), unless
    the sentence itself names an offer or a contract.
    """
    said = [s for s in sentences(text) if not _CONDITIONAL_START.match(s) and not is_question(s)]
    for s in said:
        if _REJECTION.search(s) and not _about_a_slot(s):
            return "rejected", _cut(s)
    for s in said:
        if _OFFER.search(s) and not _about_a_slot(s):
            sig = sentence_signals(s)
            if sig.interviewish or sig.invited or (asks and not _ATTACHMENT.search(s)):
                continue
            return "offer", _cut(s)
    for name in attachments:
        readable = re.sub(r"[_\-.+]+", " ", name)
        if _ATTACHMENT.search(readable):
            return "offer", _cut(f"Attached: {name}")
    return None


def meeting_sentence(text: str, subject: str = "", *, besides: Sequence[str] = ()) -> str | None:
    """The first sentence that confirms or invites to a meeting about an interview, else None.

    The timeline uses it when the message made no interview it could date: a
    possible interview the owner should confirm ("Your interview is confirmed."
    with a date written in a way nobody could read). A sentence in `besides`
    (their reply-by promise: "within five days, after which I'll call you") is
    a wait, not a meeting.
    """
    for s in sentences(text):
        if any(s in b or b in s for b in besides if b):
            continue
        sig = sentence_signals(s)
        if not sig.interviewish or sig.cancel or sig.question:
            continue
        # An invitation to a round; a confirmation only when it names a day or a time: "I'll call
        # you once we have decided" confirms nothing.
        if sig.invited or (sig.confirm and _SLOT.search(s)):
            return _cut(s)
    # A reply keeps the thread's subject: only a subject of its own ("Confirmed: interview") says so.
    sig = sentence_signals(subject)
    if subject and not has_reply_prefix(subject) and sig.interviewish and sig.confirm and not sig.cancel:
        return _cut(subject)
    return None
