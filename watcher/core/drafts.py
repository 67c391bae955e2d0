"""Which reply should wait in the owner's Drafts folder, and the message itself.

Pure: an application, its evaluation, `now` and the timezone in; a value out.
Three kinds, at most one per application at a time:

- `reply`: they asked something and the next move is the owner's (a skeleton quoting the ask);
- `thank_you`: the day of an interview and the day after, while the owner has sent nothing
  since it began (recruiters expect the note within a day; most applicants skip it);
- `nudge`: a follow-up that the policy says is due.

The message answers the employer's human thread (In-Reply-To and References
from the message the owner would reply to, one "Re:"), is addressed to the
latest person on their side (never a no-reply or tracking-system address),
comes from the address the owner used there, and quotes the earlier message
the way mail clients do, in the thread's language (the wording is each
language's `[DRAFTS]` table in watcher/core/reading/lexicon). Every name and
subject from mail is cleaned of control characters before it reaches a
header, and the `email` package encodes what is not ASCII.

A draft is found again by its own header, `X-Interview-Watcher: <application
id>; <kind>; <day>`, and by a fingerprint of what was written, so a later run
can tell "unchanged", "edited by the owner" and "gone" apart (see `plan`).
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from typing import Literal
from zoneinfo import ZoneInfo

from watcher.core.employers.domains import vendor_of
from watcher.core.mail import SYNTHETIC_DOMAIN, normalise_subject
from watcher.core.nudges import (
    _first_name,
    _human_thread,
    _is_person,
    _messages,
    _owner_name,
    draft_nudge,
    local_day,
)
from watcher.core.reading.lexicon import LEXICONS
from watcher.core.records import Address, Application, Evaluation, Message
from watcher.core.safetext import clean

__all__ = [
    "HEADER",
    "Action",
    "Draft",
    "DraftKind",
    "Recorded",
    "Wanted",
    "compose",
    "fingerprint",
    "parse_marker",
    "plan",
    "thank_you_due",
    "to_email",
    "wanted_draft",
]

HEADER = "X-Interview-Watcher"
DraftKind = Literal["nudge", "thank_you", "reply"]
_KINDS: tuple[DraftKind, ...] = ("nudge", "thank_you", "reply")
_QUOTE_LINES = 40
_MAX_REFERENCES = 12
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Wanted:
    """A draft that should exist: for which application, what kind, about which day."""

    app_id: str
    kind: DraftKind
    day: date  # nudge: the day it fell due; thank_you: the interview's day; reply: the ask's day

    @property
    def marker(self) -> str:
        """The value of the X-Interview-Watcher header: the draft's identity across runs."""
        return f"{self.app_id}; {self.kind}; {self.day.isoformat()}"


def parse_marker(value: str) -> Wanted | None:
    """The identity in an X-Interview-Watcher header, or None when it is not one of ours."""
    parts = [p.strip() for p in " ".join(value.split()).split(";")]
    if len(parts) != 3 or parts[1] not in _KINDS or not parts[0]:
        return None
    try:
        day = date.fromisoformat(parts[2])
    except ValueError:
        return None
    kind: DraftKind = next(k for k in _KINDS if k == parts[1])
    return Wanted(parts[0], kind, day)


# --- which draft is wanted ----------------------------------------------------


def _latest_started_interview(app: Application, now: datetime) -> datetime | None:
    started = [i.at for i in app.timeline.interviews if i.known_at <= now and i.at <= now]
    return max(started) if started else None


def thank_you_due(app: Application, ev: Evaluation, now: datetime, tz: tzinfo) -> bool:
    """True on the day an interview took place and the day after, until the owner writes.

    Not for a process that closed (a thank-you after a rejection reads oddly) nor while
    the mail leaves its state in doubt; the interview must have begun.
    """
    if ev.state == "closed" or ev.needs_review:
        return False
    began = _latest_started_interview(app, now)
    if began is None:
        return False
    day = began.astimezone(tz).date()
    if not day <= now.astimezone(tz).date() <= day + timedelta(days=1):
        return False
    return not any(began <= m <= now for m in app.timeline.owner_messages)


def wanted_draft(app: Application, ev: Evaluation, now: datetime, tz: tzinfo) -> Wanted | None:
    """The one draft this application wants now: an answer to an ask, a thank-you, a nudge, or none."""
    if ev.needs_review or ev.state == "closed":
        return None
    if ev.state == "your_turn" and app.timeline.asks:
        asked = max(a.at for a in app.timeline.asks)
        return Wanted(app.id, "reply", asked.astimezone(tz).date())
    if thank_you_due(app, ev, now, tz):
        began = _latest_started_interview(app, now)
        assert began is not None
        return Wanted(app.id, "thank_you", began.astimezone(tz).date())
    if ev.state == "due":
        return Wanted(app.id, "nudge", ev.next_nudge_on or now.astimezone(tz).date())
    return None


# --- the draft as a value ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draft:
    """Everything a mailbox needs to hold the reply; `to` is None when the mail names no person."""

    wanted: Wanted
    account: str  # where the answered message was read
    thread_hint: str | None  # the server's thread key (Gmail threadId) of the answered message
    from_: Address
    to: Address | None
    subject: str
    in_reply_to: str
    references: tuple[str, ...]
    language: str
    body: str


def _single_line(text: str) -> str:
    """A header-safe line: controls and line breaks gone, runs of spaces folded, no lone surrogate."""
    return " ".join(_no_surrogates(clean(text)).split())


def _header_text(text: str) -> str:
    """A header value from mail: one clean line, and no text that a reader would take for an
    RFC 2047 encoded word (`email` writes an ASCII "=?utf-8?q?...?=" out as it is, and a reader
    would decode it, e.g. into "Bcc: ..." inside To:). A zero-width space after "=" makes the
    word non-ASCII, so it is encoded itself and reads back as the same text."""
    return _single_line(text).replace("=?", "=\u200b?")


def _valid_address(email: str) -> bool:
    return bool(re.fullmatch(r"[^\s<>()\[\]\\,;:@\"]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+", email or ""))


def _is_human_sender(addr: Address | None, msg: Message) -> bool:
    """A person on their side: not a robot's local part, not a tracking or scheduling system's domain."""
    return (
        addr is not None
        and _is_person(addr, msg)
        and vendor_of(addr.domain) is None
        and _valid_address(addr.email)
    )


def recipient(app: Application, mine: frozenset[str]) -> Address | None:
    """The latest person who wrote from the employer side (their Reply-To when it is a person)."""
    fallback: Address | None = None
    for m in reversed(_messages(app)):
        if m.direction != "received" or m.from_ is None or m.from_.email in mine:
            continue
        if not _is_human_sender(m.from_, m):
            # A system's notice can still name a person in Reply-To.
            fallback = fallback or next((a for a in m.reply_to if _is_human_sender(a, m)), None)
            continue
        return next((a for a in m.reply_to if _is_human_sender(a, m) and a.email not in mine), m.from_)
    return fallback


def answered_message(app: Application) -> Message | None:
    """The last message people wrote in the thread with the employer: what the draft replies to."""
    human = [m for m in _messages(app) if _human_thread(m)]
    received = [m for m in human if m.direction == "received"]
    if received:
        return received[-1]
    return next((m for m in reversed(human) if m.direction == "sent"), None)


def _own_address(app: Application, answered: Message | None, my_addresses: list[str], name: str) -> Address:
    """The address the owner used with this employer; else the one they were written to at."""
    mine = [a.lower() for a in my_addresses]
    for m in reversed(_messages(app)):
        if m.direction == "sent" and m.from_ is not None and m.from_.email.lower() in mine:
            return Address(m.from_.name or name, m.from_.email.lower())
    if answered is not None:
        for a in (*answered.to, *answered.cc):
            if a.email.lower() in mine:
                return Address(name, a.email.lower())
    return Address(name, mine[0])


def _references(answered: Message | None) -> tuple[str, ...]:
    """References as a client writes them: the parent's References plus the parent (the root kept)."""
    if answered is None or _synthetic(answered.message_id):
        return ()
    refs = [r for r in answered.references if not _synthetic(r)]
    chain = list(dict.fromkeys([*refs, answered.message_id]))
    if len(chain) > _MAX_REFERENCES:
        chain = [chain[0], *chain[-(_MAX_REFERENCES - 1) :]]
    return tuple(chain)


def _synthetic(message_id: str) -> bool:
    return not message_id or message_id.endswith(f"@{SYNTHETIC_DOMAIN}>")


def _quote(msg: Message | None, language: str, tz: ZoneInfo) -> str:
    """ "On <day>, <name> wrote:" and the message's own words, each line behind "> "."""
    if msg is None:
        return ""
    text = clean(msg.new_text or msg.text, multiline=True).strip()
    if not text:
        return ""
    lines = text.splitlines()
    if len(lines) > _QUOTE_LINES:
        lines = [*lines[:_QUOTE_LINES], "[…]"]
    quoted = "\n".join((">" if not line.strip() else "> " + line.rstrip()) for line in lines)
    who_addr = msg.from_
    who = _single_line(who_addr.name) if who_addr and who_addr.name else (who_addr.email if who_addr else "")
    day = local_day(msg.date.astimezone(tz).date(), language)
    return f"{LEXICONS[language].DRAFTS.wrote.format(day=day, who=who or '?')}\n{quoted}"


def _subject(answered: Message | None, app: Application) -> str:
    base = _single_line(normalise_subject(answered.subject if answered else ""))
    if base:
        return f"Re: {base}"
    return f"Re: {_single_line(app.role or app.employer)}"


def compose(
    app: Application,
    ev: Evaluation,
    wanted: Wanted,
    *,
    tz: ZoneInfo,
    now: datetime,
    my_addresses: list[str],
    owner_name: str = "",
) -> Draft:
    """The reply for `wanted`, in the thread's language, quoting what it answers."""
    language = app.language if app.language in LEXICONS else "en"
    words = LEXICONS[language].DRAFTS
    mine = frozenset(a.lower() for a in my_addresses)
    answered = answered_message(app)
    person = recipient(app, mine)
    signature = _single_line(_owner_name(app, owner_name))
    greeting = LEXICONS[language].NUDGE.greet(_single_line(_first_name(person, language)))
    if wanted.kind == "nudge":
        nudge = draft_nudge(app, ev, tz=tz, owner_name=owner_name)
        text = nudge.body
    elif wanted.kind == "thank_you":
        today = now.astimezone(tz).date()
        when = words.today if wanted.day == today else words.yesterday
        body = words.thank_you.format(when=when, employer=_single_line(app.employer))
        text = f"{greeting}\n\n{body}\n\n{words.thank_you_closing}"
        if signature:
            text += f"\n{signature}"
    else:
        asks = [a for a in app.timeline.asks if a.at.astimezone(tz).date() == wanted.day] or list(
            app.timeline.asks
        )
        quoted = "\n".join(f"> {' '.join(clean(a.quote).split())}" for a in asks[:3])
        text = f"{greeting}\n\n{words.reply_opening}\n\n{quoted}\n\n{words.reply_placeholder}\n\n{words.reply_closing}"
        if signature:
            text += f"\n{signature}"
    quote = _quote(answered, language, tz)
    if quote:
        text += f"\n\n{quote}"
    return Draft(
        wanted=wanted,
        account=answered.account if answered else "",
        thread_hint=answered.thread_hint if answered else None,
        from_=_own_address(app, answered, my_addresses, signature),
        to=person,
        subject=_subject(answered, app),
        in_reply_to=answered.message_id if answered and not _synthetic(answered.message_id) else "",
        references=_references(answered),
        language=language,
        body=_no_surrogates(text) + "\n",
    )


def _no_surrogates(text: str) -> str:
    """Text from mail may hold lone surrogates (bytes that did not decode): U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text)


# --- the message -----------------------------------------------------------------


def _header_address(addr: Address) -> HeaderAddress | None:
    if not _valid_address(addr.email):
        return None
    name = _header_text(addr.name)
    try:
        return HeaderAddress(display_name=name, addr_spec=addr.email)
    except (ValueError, IndexError):
        return None


def draft_message_id(draft: Draft) -> str:
    """Deterministic per content: a retried APPEND whose answer was lost is found, not doubled."""
    key = f"{draft.wanted.marker}\n{_content_key(draft)}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(key).hexdigest()[:24]
    domain = draft.from_.domain if _valid_address(draft.from_.email) else SYNTHETIC_DOMAIN
    return f"<iw-draft.{digest}@{domain}>"


def _content_key(draft: Draft) -> str:
    to = draft.to.email if draft.to else ""
    return "\n".join((to, draft.subject, draft.in_reply_to, " ".join(draft.references), draft.body))


def to_email(draft: Draft, *, now: datetime) -> EmailMessage:
    """The RFC 5322 message (CRLF, encoded words and transfer encodings chosen by `email`)."""
    msg = EmailMessage(policy=SMTP)
    sender = _header_address(draft.from_)
    if sender is not None:
        msg["From"] = sender
    to = _header_address(draft.to) if draft.to else None
    if to is not None:
        msg["To"] = to
    msg["Subject"] = _header_text(draft.subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = draft_message_id(draft)
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        msg["References"] = " ".join(draft.references)
    msg["Content-Language"] = draft.language
    msg[HEADER] = draft.wanted.marker
    msg.set_content(_no_surrogates(draft.body))
    return msg


def fingerprint(body: str, to: str, subject: str) -> str:
    """What the owner would change by editing: the text, the recipient, the subject.

    Line ends and trailing spaces are ignored (servers and clients rewrite them).
    """
    text = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    key = f"{' '.join(to.lower().split())}\n{' '.join(subject.split())}\n{text.strip()}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# --- keeping the drafts tidy --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recorded:
    """A draft this program wrote and still keeps track of (the ledger's row)."""

    app_id: str
    marker: str
    account: str
    folder: str
    ref: str  # Message-ID (IMAP), draft id (Gmail) or file key (Maildir)
    fingerprint: str
    message_id: str
    link: str = ""  # opens it (Gmail), "" elsewhere
    edited: bool = False  # the last run found it changed by the owner
    no_recipient: bool = False  # To: left empty: the mail names no person on their side


ActionKind = Literal["create", "update", "delete", "keep", "edited", "gone"]


@dataclass(frozen=True, slots=True)
class Action:
    """What to do for one application. `edited`: the owner changed it; it is left alone."""

    kind: ActionKind
    app_id: str
    draft: Draft | None = None  # the new content (create, update)
    recorded: Recorded | None = None  # what is there now (update, delete, keep, edited, gone)
    wanted: bool = True  # for `edited`: whether a draft is still wanted at all


def plan(
    drafts: dict[str, Draft],
    recorded: dict[str, Recorded],
    found: dict[str, str | None],
    new_fingerprints: dict[str, str],
) -> list[Action]:
    """Per application: create, update in place, delete, keep, or leave the owner's edit alone.

    `drafts`: the wanted drafts by application id; `recorded`: what was written before;
    `found`: for each recorded one, the fingerprint of what the mailbox holds now (None: gone,
    i.e. sent, deleted or moved by the owner); `new_fingerprints`: the fingerprint of each draft.
    A draft that is gone is never written again for the same marker (across restarts too).
    """
    actions: list[Action] = []
    for app_id in sorted(set(drafts) | set(recorded)):
        draft, rec = drafts.get(app_id), recorded.get(app_id)
        if rec is None:
            if draft is not None:
                actions.append(Action("create", app_id, draft=draft))
            continue
        now_there = found.get(app_id)
        if now_there is None:
            if draft is not None and draft.wanted.marker != rec.marker:
                actions.append(Action("create", app_id, draft=draft, recorded=rec))
            else:
                actions.append(Action("gone", app_id, recorded=rec, wanted=draft is not None))
            continue
        if now_there != rec.fingerprint:
            actions.append(Action("edited", app_id, recorded=rec, wanted=draft is not None))
            continue
        if draft is None:
            actions.append(Action("delete", app_id, recorded=rec))
        elif draft.wanted.marker == rec.marker and new_fingerprints[app_id] == rec.fingerprint:
            actions.append(Action("keep", app_id, draft=draft, recorded=rec))
        else:
            actions.append(Action("update", app_id, draft=draft, recorded=rec))
    return actions


def fingerprint_of(raw: bytes) -> tuple[str, str]:
    """(fingerprint, X-Interview-Watcher value) of a stored draft, as a mailbox returns it."""
    msg = email.message_from_bytes(raw, policy=default)
    try:
        part = msg.get_body(preferencelist=("plain",))
        text = str(part.get_content()) if part is not None else ""
    except (KeyError, LookupError, ValueError, AttributeError):
        text = ""
    try:
        tos = [a.addr_spec for a in getattr(msg["To"], "addresses", ())] if msg["To"] else []
    except (ValueError, IndexError, AttributeError):
        tos = []
    subject = str(msg.get("Subject", "") or "")
    marker = " ".join(str(msg.get(HEADER, "") or "").split())
    return fingerprint(text, tos[0] if tos else "", subject), marker


def draft_fingerprint(draft: Draft) -> str:
    """The fingerprint of the message as written (read back the way a mailbox's copy is)."""
    return fingerprint_of(to_email(draft, now=datetime(2000, 1, 1, tzinfo=UTC)).as_bytes())[0]
