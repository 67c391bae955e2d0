"""Is one message about the owner's own job process? Recruiting context, and reasons it is not.

Pure over one `records.Message` (or one calendar event): no I/O, no clock.
"""

from __future__ import annotations

import re

from watcher.reading.text import MAX_SCAN, body_of
from watcher.records import CalendarEvent, Message

__all__ = [
    "has_recruiting_context",
    "interview_event",
    "is_interviewer_talk",
    "non_interview_reason",
]

_RECRUITING = re.compile(
    r"\b(interview\w*|phone screen|technical screen|screening call|onsite|on-site interview|final round"
    r"|hiring manager|hiring team|recruit\w*|talent acquisition|your application|your candidacy"
    r"|candida\w*|the role|this role|the position|this position|open role|your résumé|your resume|your cv"
    r"|thanks for applying|thank you for applying|applied for|job offer|offer letter|take-home|work sample"
    r"|bewerbung\w*|vorstellungsgespräch\w*|kennenlerngespräch|stelle\b|personalabteilung"
    r"|personalberat\w*|personalvermittl\w*|headhunt\w*|(offene|vakante) position|cabinet de recrutement"
    r"|(?-i:(die|diese|eine|unsere) Position (als |im Bereich )?[A-ZÄÖÜ])"
    r"|entrevista\w*|candidatura\w*|proceso de selección|vacante|puesto|reclutador\w*|selección"
    r"|entretien\w*|candidature\w*|recrutement|recruteu\w*|poste\b|processus de recrutement)",
    re.I,
)
# Someone asks the owner to interview a candidate: a panel seat, a named candidate, their CV.
# Stronger than the words "debrief" or "scorecard", so it also marks the sender's organisation as the
# owner's own workplace (see applications).
_ASKED_TO_INTERVIEW = re.compile(
    r"\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)|\bfaire passer (un|l')entretien"
    r"|\byou('d| would| could| can)? (be able to |like to |mind )?(sit|serve|sitting|serving) on (the|an|our|a"
    r"|this|that) (interview(ing)? |hiring )?(panel|loop|committee)\b(?! interview)"
    r"|\b(panel|loop) for (a|an|this) ([\w-]+ ){0,3}(candidate|applicant)\b"
    r"|\b(interview|assess|screen)(ing)? (a|an|this) (?!(final|last|few|more|other|remaining|couple|handful"
    r"|number|second|third|new|further|different|internal|external|strong|great|shortlisted)\b)"
    r"([\w-]+ ){0,3}(candidate|applicant)\b(?!s|['’]s| pool| portal| experience)"
    r"|\bfor (a|an|this) ([\w-]+ ){0,3}(candidate|applicant),? (?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    r"|\b(the|this|our) (candidate|applicant)'s (cv|résumé|resume|scorecard|debrief)\b"
    r"|\b(feedback|notes|thoughts|verdict) (on|about) (the|this|our) (candidate|applicant)\b"
    r"(?!s| experience| journey| portal| pool)"
    r"|\b(einen|eine|unsere[nr]?) (?!(weitere|andere|letzte|zweite|dritte|neue)\w*)([\w-]+ ){0,2}"
    r"[\w-]*(kandidat|bewerber)(in|en)? (mit )?(interviewen"
    r"|beurteilen|einschätzen)|\b(lebenslauf|cv) (des|der) (kandidat|bewerber)\w*"
    r"|\b(teil|mitglied) (des|im) ([\w-]+)?(panel|gremium)s? (sein|werden)\b"
    r"|\b(feedback|einschätzung) zu[mr]? (dem |der )?(kandidat|bewerber)"
    r"|\bentrevistar a (un|una|el|la|nuestr[oa]|este|esta) (?!(otr|últim|ultim|segund|tercer|nuev|más)\w*)"
    r"(\w+ )?(candidat|aspirante)\w*"
    r"|\bformar parte del (panel|tribunal|comité) (de )?(entrevista|selección)"
    r"|\b(cv|currículum) (del|de la) (candidat|aspirante)\w*|\b(opinión|valoración|feedback)"
    r" sobre (el|la) (candidat|aspirante)\w*"
    r"|\b(faire partie|siéger|participer) (du|au|à un) (jury|panel)( d'entretien| de recrutement)?\b"
    r"|\bentretien (avec|d') (un|une|notre) (?!(autre|dernier|dernière|nouvel|nouveau|nouvelle|second|deuxième)\b)"
    r"([\w-]+ )?(candidat|candidate)\b|\bfaire passer"
    r" (des|les|un|une) entretiens?\b|\bcv (du|de la) (candidat|candidate)\b"
    r"|\b(avis|retour) sur (le|la) (candidat|candidate)\b"
    # "beim Vorstellungsgespräch mit einer Kandidatin dabei sein", "du bist als zweiter Interviewer eingeplant"
    r"|\b(vorstellungsgespräch|gespräch|interview)\w* mit (einer|einem|der|dem|unsere[rmn]?) ([\w-]+ )?"
    r"(kandidat|bewerber)(in|en)?\b|\b(du bist|bist du|sie sind|sind sie) (\w+ ){0,2}als (\w+ )?interviewer"
    r"|\b(you('re| are)|you'll be) (\w+ ){0,2}(the|a|our) (second|third|other|additional|backup) interviewer\b"
    r"|\b(panel|jury|tribunal) (with|for|avec|pour|con|para) (a|an|the|un|une|le|la|el) ([\w-]+ )?"
    r"(candidate|candidat|candidate|candidato|candidata)\b",
    re.I,
)
_NEGATIVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "user research",
        re.compile(
            r"\b(user|customer|research|usability|product|feedback) (interview|study|session|research)\b"
            r"|\buser research\b|\bgift card\b|\bparticipant\b|\bincentive\b|\bstudy session\b"
            r"|\bentrevista de usuario|\binterview utilisateur|\bnutzerinterview|\bnutzerstudie",
            re.I,
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(podcast|episode|journalist|reporter|article|magazine|newspaper|our show|on the show|webinar"
            r"|livestream|interview you for|feature you|quote you|press)\b"
            r"|\b(folge|sendung|zeitschrift|periodista|revista|episodio|journaliste|émission)\b",
            re.I,
        ),
    ),
    (
        "exit interview",
        re.compile(
            r"\bexit[- ](interview|survey)\b|\bAustrittsgespräch"
            r"|\bentrevista de salida|\bentretien de sortie",
            re.I,
        ),
    ),
    (
        "mock interview",
        re.compile(
            r"\bmock[- ](system design |coding |behavioral )?interview|\bpractice interview|\binterview prep"
            r"|\bprobe-?interview|\bsimulacro de entrevista|\bentretien blanc",
            re.I,
        ),
    ),
    (
        "owner interviews",
        re.compile(
            r"\b(interview|screen) (a|the|one|two|our|this|another) (candidate|applicant|intern)s?\b"
            r"|\binterview(ing)? candidates\b|\b(join|sit in on|shadow|be on) (the |an |our |my )?"
            r"(interview )?(panel|loop|interview)\b|\bas an interviewer\b|\binterviewer (slot|training)"
            r"|\bcandidate'?s? (interview|debrief)|\bscorecard\b|\bdebrief\b"
            r"|\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)|\bentrevistar a (un|una)"
            r"|\bfaire passer (un|l')entretien"
            r"|" + _ASKED_TO_INTERVIEW.pattern,
            re.I,
        ),
    ),
    (
        "someone else's interview",
        re.compile(
            r"\b(I have|I've got|I had|I've had|I got) (my|an|a|the) (\w+ ){0,3}(interview|round)\b"
            r"|\bmy (\w+ ){0,2}(interview|round)s? (is|are|was|at|with|on|tomorrow)\b"
            r"|\b(be|being) (a|my|her|his) reference\b|\bwould you be (a|my) reference\b"
            r"|\b(asked|ask|asking) (me )?for (a )?references?\b|\bbe (one of )?(my|a|her|his) references\b"
            r"|\bwilling to be (one|a reference|my reference)\b|\bas (a|my) reference\b"
            r"|\breference (check|call) for (me|her|him)\b|\bI'?m in the (last|final) (stage|round)"
            r"|\bI'?m interviewing (at|with|for)\b|\bwish me luck\b"
            r"|\b(ich habe|tengo|j'ai) (mein|meine|mi|mon|un|une) .{0,20}(interview|vorstellungsgespräch"
            r"|entrevista|entretien)",
            re.I,
        ),
    ),
    (
        "marketing",
        re.compile(
            r"\b(\d+% off|discount|promo code|use code|coupon|unsubscribe|subscribe|upgrade to premium"
            r"|free trial|limited time|this week only)\b",
            re.I,
        ),
    ),
)


# What only an interviewer writes about a candidate: a hiring verdict ("strong hire from me").
_INTERVIEWER_VERDICT = re.compile(
    r"\b((strong|definite|clear|lean|soft|weak)(ly)? (no[- ])?hire|no[- ]hire|(hire|no hire) from me"
    r"|I('d| would)( not)? hire (him|her|them)|thumbs[- ](up|down) (from me )?(for|on) (him|her|them)"
    r"|my (feedback|notes|scorecard|verdict) (on|for|about) (the|this) (candidate|applicant)"
    r"|(ihn|sie) (würde ich|ich würde) einstellen|würde (ihn|sie) einstellen"
    r"|einstellungsempfehlung|(ja|nein) zur einstellung|mein (feedback|eindruck) zu[mr]? (dem |der )?"
    r"(kandidat|bewerber)\w*"
    r"|(lo|la) contrataría|(recomiendo|recomendaría) (contratarl[oa]|su contratación)|mi (feedback|valoración"
    r"|opinión) sobre (el|la) (candidat|aspirante)\w*"
    r"|je (le|la) (recruterais|embaucherais)|avis (très )?(favorable|défavorable) (pour|à) (son|sa)"
    r" (recrutement|embauche)|mon (retour|avis) sur (le|la) (candidat|candidate))\b",
    re.I,
)


def is_interviewer_talk(msg: Message) -> bool:
    """Does the message put the owner on the interviewer's side (a panel request, a verdict on a candidate)?

    Received mail is read for requests to interview someone; the owner's own mail
    for what only an interviewer writes (a hiring verdict).
    """
    text = f"{msg.subject}\n{body_of(msg)}"
    if msg.direction == "sent":
        return bool(_INTERVIEWER_VERDICT.search(text))
    return bool(_ASKED_TO_INTERVIEW.search(text))


_JOB_TITLE = re.compile(
    r"\b(engineer|developer|designer|scientist|analyst|architect|product manager|engineering manager"
    r"|program manager|consultant|specialist|administrator|accountant|researcher|sre|devops"
    r"|entwickler\w*|ingenieur\w*|berater\w*|ingenier[oa]s?|desarrollador\w*|analista|ingénieur\w*"
    r"|développeur\w*|chef de projet)\b",
    re.I,
)


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


_STRONG_RECRUITING = re.compile(
    r"\b(your application|your candidacy|applied for|thanks for applying|thank you for applying|recruit\w*"
    r"|talent acquisition|hiring manager|hiring team|the (role|position|opening)|this (role|position|opening)"
    r"|bewerbung\w*|stelle\b|candidatura\w*|puesto|vacante|candidature\w*|poste\b)",
    re.I,
)


def has_recruiting_context(msg: Message, *, strict: bool = False) -> bool:
    """Does the message (subject, new text or signature) talk about a job application or interview?

    `strict` asks for more than the word "interview": a role, an application
    or a recruiter (for people writing from personal addresses, who also
    talk about their own interviews and the owner's job hunt).
    """
    if _JOB_TITLE.search(msg.subject):
        return True
    pattern = _STRONG_RECRUITING if strict else _RECRUITING
    return bool(pattern.search(f"{msg.subject}\n{_with_signature(msg)}"))


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


_EVENT_INTERVIEW = re.compile(
    r"\b(interview\w*|screen(ing)?|onsite|on-site|final round|\w+ round|technical|tech screen|hiring"
    r"|recruit\w*|candidate|meet the team|conversation with|chat with|intro\w*|call with|panel"
    r"|gespräch|vorstellungsgespräch|kennenlernen|entrevista|entretien)\b",
    re.I,
)


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
