"""What one sentence does about a meeting: propose, accept, confirm, decline, move or cancel it.

These are the signals of one message; matching them against proposals of
*other* messages (who offered which slot, and when) is the timeline's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from watcher.reading.sentences import is_question

__all__ = ["SentenceSignals", "confirms", "is_interviewish", "sentence_signals", "thanked_for_meeting"]

_CONFIRM = re.compile(
    r"\b(confirm\w*|scheduled|booked|locked in|all set|is set|see you (on|then|at)|invite is attached"
    r"|invitation is attached|attached (an |the |a )?(calendar )?invit\w+|calendar invit\w+ (is )?attached"
    r"|here'?s the invite|it is!|it's a date|we're set"
    r"|you're on the calendar|bestätig\w*|fest(halten|gehalten)?"
    r"|eingeplant|gebucht|einladung .{0,30}anhang|confirmad\w*|agendad\w*|programad\w*|reservad\w*"
    r"|confirmé\w*|prévu\w*|calé\w*|fixé\w*|réservé\w*|c'est noté)\b|\bit is!|\bhalten wir\b"
    r"|\blooking forward to (speaking|talking|meeting|chatting|seeing you|our (call|chat|conversation))"
    r"|\bsent (you )?(a |an |the )?(calendar )?invit\w*|\bit is[.!]|\byou'?re all set\b"
    r"|\b(I|we)('ll| will) (call|ring|phone|see|meet) you\b|\b(put|pencil+ed) you (in|down)\b"
    r"|\bich rufe sie\b|\bwir rufen sie\b|\bte llamar\w+|\bje vous appellerai\b|\bnous vous appellerons\b"
    r"|\btalk (to you )?(then|on)\b|\bfreue mich auf\b|\bfreuen uns auf\b|\bnos vemos\b|\bau plaisir\b"
    # a settled slot stated as a fact: "will take place", "findet ... statt", "aura lieu", "será el"
    r"|\b(look|looking) forward to (seeing|meeting|speaking with|talking (to|with)) you\b|\bit is\s*[-–—,]"
    r"|\b(will|is going to) take place\b|\bis on the calendar\b|\bon (the|your|our) calendar for\b"
    r"|\byou('ll| will) (be )?(meet|meeting|speak|speaking|talk|talking) (with|to)\b"
    r"|\bfindet\b.{0,60}\bstatt\b|\bwir sehen uns\b|\beinladung\b.{0,40}\b(geschickt|gesendet|verschickt)\b"
    r"|\b(tendrá lugar|será el|quedamos (el|a las|en)|esperamos verte|te esperamos|le esperamos)\b"
    r"|\b(aura lieu|se déroulera|se tiendra|rendez-vous (le |à )?(lundi|mardi|mercredi|jeudi|vendredi)"
    r"|je vous attends|nous vous attendons)\b",
    re.I,
)
_ACCEPT = re.compile(
    r"\b(works?( well| great| perfectly| fine| for me| for us"
    r"| for both)?|is perfect|perfect|looks good|sounds"
    r" (good|great|perfect)|suits me|i'?ll be there|see you then|count me in|that'?s fine|is fine"
    r"|passt|geht klar|geht in ordnung|einverstanden|perfekt|me va bien|me viene bien|me parece bien"
    r"|perfecto|de acuerdo|ça me va|me convient|parfait|d'accord|je serai (là|disponible)|très bien)\b",
    re.I,
)
_ACCEPT_ALONE = re.compile(
    r"\b(works( well| great| perfectly| fine)?( for me| for us)?|that works|perfect|sounds (good"
    r"|great|perfect)"
    r"|see you then|passt (mir|gut|perfekt)|das passt|geht klar|einverstanden|me va bien|me viene bien"
    r"|perfecto|de acuerdo|ça me va|me convient|parfait|c'est parfait|d'accord)\b",
    re.I,
)
_ACCEPT_TIMED = re.compile(  # said next to a time, these accept it
    r"\b(see you|yes|yep|sure|great|ok|okay|fine by me|gern|gerne|klingt gut|genial|sí|me encaja|oui"
    r"|volontiers|ça marche|c'est bon|entendu|booked|grabbed|scheduled|picked|reserved|signed up for|gebucht"
    r"|reservado|agendé|réservé)\b",
    re.I,
)
_OWNER_CONFIRM = re.compile(  # the owner confirming a slot the employer offered accepts it
    r"\b(I('m| am)? (happy |glad |pleased )?(to )?confirm\w*|confirmed|(hereby |gladly |gerne? )?confirm(ing)?"
    r"|bestätige\w*|bestätigt|confirmo|confirmad[oa]|queda confirmad[oa]|je (vous |te )?confirme"
    r"|c'est confirmé|confirmé\w*)\b",
    re.I,
)
_NOT_CONFIRMED = re.compile(
    r"\b(please|could you|can you|would you|once|if|when|to be|yet to be|not|bitte|können sie|könnten sie"
    r"|por favor|puedes|podrías|merci de|pourriez-vous|pouvez-vous|si)\b.{0,25}\b(confirm|bestätig|confirm)\w*"
    r"|\b(confirm|bestätig)\w*\b.{0,80}\b(once|as soon as|after I|when I|if|sobald|wenn|falls|cuando|en cuanto"
    r"|si|dès que|quand)\b",
    re.I,
)
# Plain ways to take a slot that was offered ("I'm available then", "Ja, da habe ich Zeit",
# "Allí estaré", "Avec plaisir"); with a date they must name the day that was offered.
_ACCEPT_PLAIN = re.compile(
    r"\b(I'?m (available|free)( then| at that time| that day)?|I am (available|free)|I can make (it|that)"
    r"|I can do (that|it|then|this)|happy to (do|take|go with|confirm)|glad to (do|take)|I'?ll take"
    r"|I'?d (like|love) to take|(absolutely|definitely|of course|gladly|with pleasure)\b"
    r"|(it is|it's a date)[.!]|talk (to you )?then|see you (then|there)|I'?ll be there"
    r"|(da |dann )?habe ich zeit|ich habe (da |dann )?zeit|ich bin dabei|bin ich dabei|ich kann (da|dann)"
    r"|sehr gerne?|ich komme gerne?|allí estaré|ahí estaré|estaré allí|estoy disponible|con gusto|claro que sí"
    r"|cuenta conmigo|je suis disponible|avec plaisir|j'y serai|je serai présente?|c'est noté|entendu)",
    re.I,
)
_DECLINE = re.compile(
    r"\b(except|apart from|other than|außer|ausgenommen|excepto|salvo|menos|sauf|hormis)\b"
    r"|\b(doesn'?t|does not|won'?t|will not|can'?t|cannot|can not|don'?t|isn'?t|not) (work|make|suit|do)\b"
    r"|\bunfortunately\b|\bleider\b|\bpasst (mir |uns )?(leider )?nicht\b|\bgeht nicht\b|\bno (me )?(va|viene"
    r"|puedo)\b|\blamentablemente\b|\bne (me )?(convient|peux|va) pas\b|\bmalheureusement\b|\bconflict\b"
    r"|\bif (not|that|this|none|the time|it)\b.{0,30}\b(doesn'?t|does not|don'?t|isn'?t|won'?t)\b"
    r"|\bfalls\b.{0,40}\bnicht\b|\bsi no\b|\bsinon\b|^\s*(if|falls|si)\b",
    re.I,
)
_INVITED = re.compile(
    r"\b(invite you (to|for)|inviting you (to|for)|scheduled|booked|confirm\w*|einladen|eingeplant"
    r"|invitarte|invitarle|vous inviter|convier)\b",
    re.I,
)
_RESCHEDULE = re.compile(
    r"\b(move|moved|reschedul\w*|push (it|this|the)|postpone\w*|new time|instead|verschieb\w*|verleg\w*"
    r"|reprogram\w*|cambiar la (fecha|hora)|mover|déplacer|reporter|décaler|report)\b",
    re.I,
)
_CANCEL = re.compile(
    r"\b((need|have|had) to cancel|(has|have) been cancel+ed|is cancel+ed|are cancel+ing|we'?re cancel+ing"
    r"|I'?m cancel+ing|wurde abgesagt|müssen .{0,30}absagen|ha sido cancelad\w+|hemos cancelado"
    r"|a été annulé\w*|devons annuler)\b",
    re.I,
)
_INTERVIEWISH = re.compile(
    r"\b(\w*interview\w*|call\w*|chat\w*|conversation|screen\w*|onsite|on-site|round|session|meet\w*|talk\w*"
    r"|speak\w*|video|zoom|teams|phone|panel|intro\w*|\w*gespräch\w*|\w*termin\w*|treffen|entrevista|llamada"
    r"|reunión|charla|entretien|appel|rendez-vous|échange|visio|invit\w*|einladung\w*|invitaci\w+)\b"
    r"|\b\d+[- ]?(min|mins|minute|minutes|minuten|minutos)\b",
    re.I,
)


_PROPOSAL_WORDS = re.compile(
    r"\b(how about|how's|how does|are you (free|available)|would (that|this|it) work|vorschlag"
    r"|passt (ihnen|dir)"
    r"|hätten sie|könnten sie|te (viene|va)|le (viene|va)|podrías|propongo|vous convient|je vous propose"
    r"|seriez-vous|pourriez|let me know|let us know|what works|whichever|which (one|option|time|slot)"
    r"|works? (better |best )?for you|if (that|this|it|either|any|one)|either|or|sag(en sie)? bescheid"
    r"|avísame|dime|dites-moi|faites-moi savoir)\b",
    re.I,
)
_ACCEPT_STRONG = re.compile(
    r"\b(works? (well |great |perfectly |fine )?for (me|us|both)|that works|works (well|great|perfectly)"
    r"|is perfect|sounds (good|great|perfect)|i'?ll be there|see you (then|on|at)|count me in"
    r"|passt (mir|uns) (gut|sehr gut|perfekt)?|das passt|einverstanden|me va (muy )?bien|me viene (muy )?bien"
    r"|me parece bien|ça me va|me convient|c'est parfait|je serai (là|disponible))\b",
    re.I,
)


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
