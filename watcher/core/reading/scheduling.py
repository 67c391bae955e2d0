"""What one sentence does about a meeting: propose, accept, confirm, decline, move or cancel it.

These are the signals of one message; matching them against proposals of
*other* messages (who offered which slot, and when) is the timeline's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from watcher.core.reading.firstletter import found_by_first_letter
from watcher.core.reading.lexicon import phrases
from watcher.core.reading.sentences import is_question

__all__ = ["SentenceSignals", "confirms", "is_interviewish", "sentence_signals", "thanked_for_meeting"]

# A settled slot, also stated as a fact: "will take place", "findet ... statt", "aura lieu", "será el".
_CONFIRM = found_by_first_letter("", phrases("CONFIRM"))
_ACCEPT = found_by_first_letter(r"\b", phrases("ACCEPT"), r"\b")
_ACCEPT_ALONE = found_by_first_letter(r"\b", phrases("ACCEPT_ALONE"), r"\b")
# Said next to a time, these accept it.
_ACCEPT_TIMED = found_by_first_letter(r"\b", phrases("ACCEPT_TIMED"), r"\b")
# The owner confirming a slot the employer offered accepts it.
_OWNER_CONFIRM = found_by_first_letter(r"\b", phrases("OWNER_CONFIRM"), r"\b")
_NOT_CONFIRMED = re.compile(
    r"\b(please|could you|can you|would you|once|if|when|to be|yet to be|not|bitte|können sie|könnten sie"
    r"|por favor|puedes|podrías|merci de|pourriez-vous|pouvez-vous|si)\b.{0,25}\b(confirm|bestätig|confirm)\w*"
    r"|\b(confirm|bestätig)\w*\b.{0,80}\b(once|as soon as|after I|when I|if|sobald|wenn|falls|cuando|en cuanto"
    r"|si|dès que|quand)\b",
    re.I,
)
# Plain ways to take a slot that was offered ("I'm available then", "Ja, da habe ich Zeit",
# "Allí estaré", "Avec plaisir"); with a date they must name the day that was offered.
_ACCEPT_PLAIN = found_by_first_letter(r"\b", phrases("ACCEPT_PLAIN"))
_DECLINE = found_by_first_letter("", phrases("DECLINE"))
_INVITED = found_by_first_letter(r"\b", phrases("INVITED"), r"\b")
_RESCHEDULE = found_by_first_letter(r"\b", phrases("RESCHEDULE"), r"\b")
_CANCEL = found_by_first_letter(r"\b", phrases("CANCEL"), r"\b")
_INTERVIEWISH = found_by_first_letter("", phrases("INTERVIEW"))


_PROPOSAL_WORDS = found_by_first_letter(r"\b", phrases("PROPOSAL"), r"\b")
_ACCEPT_STRONG = found_by_first_letter(r"\b", phrases("ACCEPT_STRONG"), r"\b")


def thanked_for_meeting(text: str, at: datetime) -> datetime | None:
    """ "Thank you for the interview this morning": a conversation took place; roughly when."""
    m = re.search(
        r"\b(thank(s| you)|\w*\s?dank\w*|gracias|merci)\b.{0,80}\b(interview\w*|conversation|call|chat"
        r"|meeting|speaking|talking|time|gespräch\w*|entrevista|conversación|llamada|entretien|échange)\b"
        r".{0,60}\b(?P<when>today|this (?P<part>morning|afternoon)|earlier today|yesterday|heute|gestern"
        r"|heutige\w*|hoy|ayer|esta (mañana|tarde)|aujourd'hui|hier|ce (matin|midi|après-midi))\b"
        # "thanks for organising this morning's interview", "Dank für das heutige Gespräch"
        r"|\b(thank(s| you)|\w*\s?dank\w*|gracias|merci)\b.{0,80}\b(?P<when2>today's|this (?P<part2>morning"
        r"|afternoon)'s|yesterday's|heutige\w*|gestrige\w*)\s+(\w+\s+)?(interview\w*|conversation|call|chat"
        r"|meeting|session|gespräch\w*|telefonat\w*|videocall\w*|termin\w*)\b",
        text,
        re.I | re.S,
    )
    if not m:
        return None
    when = (m.group("when") or m.group("when2")).lower()
    part = m.group("part") or m.group("part2")
    if when.startswith(("yesterday", "gestern", "gestrig", "ayer", "hier")):
        return datetime.combine(at.date() - timedelta(days=1), time(12), tzinfo=at.tzinfo)
    if part == "morning" or when in {"esta mañana", "ce matin"}:
        return min(at - timedelta(hours=1), datetime.combine(at.date(), time(10), tzinfo=at.tzinfo))
    return at - timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class SentenceSignals:
    """What one sentence says about a meeting, one flag per phrase table."""

    length: int
    question: bool  # a real question mark
    decline: bool  # "doesn't work", "except Monday", "leider"
    cancel: bool  # "we need to cancel"
    interviewish: bool  # about a call, a meeting or an interview
    proposal: bool  # "how about", "let me know", "either ... or"
    accept_strong: bool  # "works for me", "see you then"
    accept: bool  # "works", "perfect", "passt"
    accept_alone: bool  # an acceptance that needs no slot next to it
    accept_timed: bool  # "yes", "booked": accepts when a time stands next to it
    accept_plain: bool  # "I'm available then", "avec plaisir"
    owner_confirm: bool  # "I confirm Wednesday at 10", not a request to confirm, not a question
    confirm: bool  # "confirmed", "see you on", "invite is attached"
    invited: bool  # "we'd like to invite you to"
    reschedule: bool  # "move", "reschedule", "instead"


def sentence_signals(sentence: str) -> SentenceSignals:
    """Every scheduling phrase table applied to one sentence."""
    question = is_question(sentence)
    return SentenceSignals(
        length=len(sentence),
        question=question,
        decline=bool(_DECLINE.search(sentence)),
        cancel=bool(_CANCEL.search(sentence)),
        interviewish=bool(_INTERVIEWISH.search(sentence)),
        proposal=bool(_PROPOSAL_WORDS.search(sentence)),
        accept_strong=bool(_ACCEPT_STRONG.search(sentence)),
        accept=bool(_ACCEPT.search(sentence)),
        accept_alone=bool(_ACCEPT_ALONE.search(sentence)),
        accept_timed=bool(_ACCEPT_TIMED.search(sentence)),
        accept_plain=bool(_ACCEPT_PLAIN.search(sentence)),
        owner_confirm=bool(_OWNER_CONFIRM.search(sentence))
        and not _NOT_CONFIRMED.search(sentence)
        and not question,
        confirm=bool(_CONFIRM.search(sentence)),
        invited=bool(_INVITED.search(sentence)),
        reschedule=bool(_RESCHEDULE.search(sentence)),
    )


def is_interviewish(text: str) -> bool:
    """Does the text talk about a call, a meeting or an interview at all (not a dinner)?"""
    return bool(_INTERVIEWISH.search(text))


def confirms(text: str) -> bool:
    """Does the text (a subject, say) state a settled meeting?"""
    return bool(_CONFIRM.search(text))
