"""Short, polite follow-up drafts, in the language of the thread.

Each draft thanks, restates interest and asks about next steps or the
timeline; the first, second and third are worded differently, so that three
nudges to the same person never read like a form letter sent three times.
The wording is data: each language's file in watcher/core/reading/lexicon
(`[NUDGE]`, `NUDGE_ROLE`, `ELISIONS`, `NOT_A_ROLE`, and the phrases `CALENDAR_SUBJECT` and
`NOT_A_PERSON`); this module only fills it in.
Pure: everything comes from the application, its evaluation and `tz`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from watcher.core.reading.lexicon import LANGUAGES, LEXICONS, alternation
from watcher.core.reading.vocabulary import is_team_or_system_mailbox
from watcher.core.records import Address, Application, Evaluation, Message

__all__ = ["LANGUAGES", "NudgeDraft", "display_address", "draft_nudge", "local_day", "reply_target"]

# A "role" that is really a subject line: the draft then says "the position".
_NOT_A_ROLE_RE = re.compile(
    r"\b(?:" + "|".join(w for lex in LEXICONS.values() for w in lex.NOT_A_ROLE) + r")\b|[?!:]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class NudgeDraft:
    language: str  # one of LANGUAGES
    number: int  # 1, 2 or 3: which nudge this is
    to: str  # "Name <address>", "" when nobody suitable is known
    subject: str  # "Re: ..."
    body: str
    in_reply_to: str  # Message-ID of the message it answers ("" when none)


# --- the wording: each language's data file ([NUDGE], NUDGE_ROLE, ELISIONS) -----


def local_day(day: date, language: str) -> str:
    """'Tuesday, 3 March' / 'Dienstag, 3. März' / 'martes 3 de marzo' / 'mardi 3 mars' / 'martedì 3 marzo' /
    'dinsdag 3 maart' / 'terça-feira, 3 de março'."""
    words = LEXICONS[language].NUDGE
    return words.date.format(
        weekday=words.weekdays[day.weekday()],
        day=words.first_of_month if day.day == 1 else day.day,
        month=words.months[day.month - 1],
    )


_VOWELS = "aeiouyhàâäéèêëîïôöûü"


def _role_forms(role: str, language: str) -> dict[str, str]:
    """The lexicon's `NUDGE_ROLE` forms for this role ("" when unknown), elided before a vowel."""
    lexicon = LEXICONS[language]
    forms = {}
    for form, (with_role, without) in lexicon.NUDGE_ROLE.items():
        if not role:
            forms[form] = without
            continue
        before, _, after = with_role.partition("{role}")
        if role[:1].lower() in _VOWELS:
            for full, elided in lexicon.ELISIONS:
                if before.endswith(full):
                    before = before[: -len(full)] + elided
        forms[form] = before + role + after
    return forms


# --- who and what to answer -------------------------------------------------


def _messages(app: Application) -> list[Message]:
    return sorted((m for c in app.conversations for m in c.messages), key=lambda m: m.date)


def _is_person(addr: Address | None, msg: Message) -> bool:
    if addr is None or not addr.email or msg.bulk.is_automated or msg.bulk.is_bulk:
        return False
    return not is_team_or_system_mailbox(addr.email.partition("@")[0])


# Subjects that calendar programs and schedulers write: a reply belongs in the human thread instead.
_UPDATED, _INVITATION = alternation("CALENDAR_SUBJECT_UPDATE"), alternation("CALENDAR_SUBJECT")
_INVITE_SUBJECT_RE = re.compile(rf"^\s*(?:(?:{_UPDATED})\s+)?(?:{_INVITATION})\s*:", re.IGNORECASE)
# Titles and team names ("Acme Recruiting Team") are not people to greet.
_NOT_A_PERSON_RE = re.compile(r"\b(?:" + alternation("NOT_A_PERSON") + r")\b", re.IGNORECASE)


def _human_thread(msg: Message) -> bool:
    """A message people wrote to each other, not a calendar invitation or a system notification."""
    if msg.calendar or _INVITE_SUBJECT_RE.match(msg.subject) or msg.bulk.is_bulk or msg.bulk.is_automated:
        return False
    return msg.direction == "sent" or _is_person(msg.from_, msg)


def reply_target(app: Application) -> tuple[Address | None, Message | None]:
    """The person to write to and the message to answer.

    The person is the latest human on their side (an invitation's organiser
    will do when nobody else wrote); the message is the latest one people wrote
    in the thread with them, never an invitation or a tracking system's notice,
    so that the reply lands in the conversation the employer reads.
    """
    msgs = _messages(app)
    human = [m for m in msgs if _human_thread(m)]
    answered = next((m for m in reversed(human) if m.direction == "received"), None)
    if answered is None:
        answered = next((m for m in reversed(human) if m.direction == "sent" and m.to), None)
    person: Address | None = None
    for m in reversed(msgs):
        if m.direction == "received" and _is_person(m.from_, m):
            person = next((a for a in m.reply_to if _is_person(a, m)), None) or m.from_
            if _human_thread(m):
                break
    if person is None and answered is not None and answered.direction == "sent":
        person = answered.to[0]
    return person, answered


def display_address(addr: Address) -> str:
    """ "Chloé Tremblay <chloe@…>" for people to read (never RFC 2047 encoded words)."""
    name = " ".join(addr.name.replace('"', "").split())
    if not name:
        return addr.email
    if re.search(r'[,;:<>@()\[\]\\."]', name):
        name = f'"{name}"'
    return f"{name} <{addr.email}>"


def _first_name(addr: Address | None, language: str) -> str:
    """How to greet: the first name (full name in German, where first names alone are too casual)."""
    if addr is None:
        return ""
    name = " ".join(addr.name.replace('"', "").split())
    if not name or "@" in name or is_team_or_system_mailbox(name.replace(" ", "-")):
        return ""
    if "," in name:  # "Keller, Anna"
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    if _NOT_A_PERSON_RE.search(name):
        return ""
    return name if LEXICONS[language].NUDGE.greeting_full_name else name.split()[0]


def _owner_name(app: Application, fallback: str) -> str:
    for m in reversed(_messages(app)):
        if m.direction == "sent" and m.from_ and m.from_.name.strip():
            return " ".join(m.from_.name.replace('"', "").split())
    return fallback


def _role_text(role: str) -> str:
    role = " ".join(role.split())
    if not role or len(role) > 60 or _NOT_A_ROLE_RE.search(role):
        return ""
    return role


def _reply_subject(msg: Message | None, app: Application) -> str:
    """ "Re: <the human thread's subject>" with one Re:, or a fresh subject when there is no thread."""
    from watcher.core.mail import normalise_subject

    base = normalise_subject(msg.subject if msg else "")
    if base:
        return f"Re: {base}"
    role = _role_text(app.role)
    return f"Following up: {role}" if role else f"Following up: {app.employer}"


def draft_nudge(
    app: Application,
    ev: Evaluation,
    *,
    tz: ZoneInfo,
    owner_name: str = "",
    number: int | None = None,
) -> NudgeDraft:
    """The next nudge for a `due` application (number = nudges sent + 1 unless given)."""
    language = app.language if app.language in LEXICONS else "en"
    words = LEXICONS[language].NUDGE
    n = min(max(number if number is not None else ev.nudges_sent + 1, 1), 3)
    person, answered = reply_target(app)
    if ev.interview_at is not None:
        ref = words.ref_interview.format(day=local_day(_day(ev.interview_at, tz), language))
    elif ev.last_employer_message_at is not None:
        ref = words.ref_message.format(day=local_day(_day(ev.last_employer_message_at, tz), language))
    else:
        ref = words.ref_message.format(day="").replace("  ", " ")
    body = words.bodies[n - 1].format(
        ref=ref, r=_role_forms(_role_text(app.role), language), employer=app.employer
    )
    signature = _owner_name(app, owner_name)
    text = f"{words.greet(_first_name(person, language))}\n\n{body}\n\n{words.closings[n - 1]}"
    if signature:
        text += f"\n{signature}"
    to = display_address(person) if person else ""
    return NudgeDraft(
        language=language,
        number=n,
        to=to,
        subject=_reply_subject(answered, app),
        body=text,
        in_reply_to=answered.message_id if answered else "",
    )


def _day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()
