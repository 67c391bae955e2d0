"""Shared kit for the hand-written labelled mailboxes under bench/ (heldout2, heldout3, ...).

Each generator keeps only its people, companies and mail; this module builds the
.eml files (headers, quoting styles, HTML, calendar parts), derives `expected`
from the facts with the product's policy, checks the corpus conventions and
writes labels.json. A generator calls `use(Mailbox(...))` before it defines any
mail, since the kit reads the owner, zone and salt from there.
"""

from __future__ import annotations

import hashlib
import html as htmlmod
import json
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from watcher.core.records import Timeline

ROOT = Path(__file__).resolve().parents[1]
MAIL_POLICY = SMTP.clone(max_line_length=78)
Person = tuple[str, str]


@dataclass(frozen=True)
class Mailbox:
    """What differs between mailboxes besides the mail itself."""

    here: Path  # the mailbox folder (labels.json, mail/)
    salt: str  # keeps Message-IDs unique across mailboxes
    owner: Person
    alias: Person
    tz: ZoneInfo
    evaluate_at: list[str]
    span: tuple[date, date]  # first and last day of mail
    vtz: dict[str, str]  # VTIMEZONE blocks by TZID
    policy: dict[str, Any] = field(
        default_factory=lambda: {
            "first_nudge_after_days": 7,
            "min_days_between_nudges": 7,
            "max_nudges": 3,
            "give_up_after_days": 30,
            "weekdays_only": True,
        }
    )


BOX: Mailbox


def use(box: Mailbox) -> None:
    global BOX
    BOX = box


def d(day: str) -> date:
    return date.fromisoformat(day)


def _fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets."""
    out: list[str] = []
    raw = line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@dataclass
class Cal:
    """One calendar object (one VEVENT), rendered as a text/calendar part or an .ics attachment."""

    method: str
    uid: str
    summary: str
    organizer: Person
    start: datetime | date  # aware datetime; `date` for an all-day event
    end: datetime | date
    tzid: str | None = None  # TZID name written with a VTIMEZONE; None writes UTC ...Z
    stamp: datetime | None = None
    seq: int = 0
    status: str = "CONFIRMED"
    location: str = ""
    description: str = ""
    attendees: tuple[Person, ...] = field(default_factory=lambda: (BOX.owner,))
    rrule: str = ""
    partstat: str = "NEEDS-ACTION"
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN"
    attach: bool = False  # as an attachment (invite.ics) rather than an alternative part
    filename: str = "invite.ics"

    def _dt(self, name: str, value: datetime | date) -> str:
        if not isinstance(value, datetime):
            return f"{name};VALUE=DATE:{value:%Y%m%d}"
        if self.tzid is None:
            return f"{name}:{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        return f"{name};TZID={self.tzid}:{value:%Y%m%dT%H%M%S}"

    def render(self) -> str:
        stamp = (self.stamp or datetime(2026, 1, 1, tzinfo=UTC)).astimezone(UTC)
        lines = ["BEGIN:VCALENDAR", f"PRODID:{self.prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        lines.append(f"METHOD:{self.method}")
        if self.tzid and self.tzid in BOX.vtz:
            lines += BOX.vtz[self.tzid].split("\n")
        lines += ["BEGIN:VEVENT", self._dt("DTSTART", self.start), self._dt("DTEND", self.end)]
        if self.rrule:
            lines.append(f"RRULE:{self.rrule}")
        lines.append(f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}")
        lines.append(f"ORGANIZER;CN={self.organizer[0]}:mailto:{self.organizer[1]}")
        lines.append(f"UID:{self.uid}")
        for name, addr in self.attendees:
            part = self.partstat if self.method == "REPLY" else "NEEDS-ACTION"
            lines.append(
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{addr}"
            )
        lines += [f"CREATED:{stamp:%Y%m%dT%H%M%SZ}", f"LAST-MODIFIED:{stamp:%Y%m%dT%H%M%SZ}"]
        if self.description:
            lines.append(f"DESCRIPTION:{_esc(self.description)}")
        if self.location:
            lines.append(f"LOCATION:{_esc(self.location)}")
        lines += [f"SEQUENCE:{self.seq}", f"STATUS:{self.status}", f"SUMMARY:{_esc(self.summary)}"]
        lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        folded: list[str] = []
        for line in lines:
            folded += _fold(line)
        return "\r\n".join(folded) + "\r\n"


# --- messages --------------------------------------------------------------


@dataclass
class M:
    """One message. `sent` ones come from the owner; `emp` marks a human employer-side message."""

    when: datetime
    frm: Person
    to: list[Person]
    text: str
    subject: str | None = None  # None: "Re: " + the thread's first subject
    sent: bool = False
    emp: bool = False
    ask: bool = False
    auto: bool = False
    reply_to: Person | None = None
    cc: list[Person] = field(default_factory=list)
    thread: str = "main"
    quote: str | None = None  # quoting style of the reply (None: no quoted history)
    html: str | None = None  # "auto": a text/html alternative rendered from the text; or literal HTML
    html_only: bool = False
    cte: str = "quoted-printable"
    cals: list[Cal] = field(default_factory=list)
    files: list[tuple[str, str, str]] = field(default_factory=list)  # (filename, mime type, text)
    headers: dict[str, str] = field(default_factory=dict)
    mid_style: str = "gmail"
    re: str = "Re: "
    new_thread: bool = False
    text_for_quote: str | None = None  # the plain text of an HTML-only message, for quoting and rendering


@dataclass
class App:
    slug: str
    employer: str | None
    notes: str
    msgs: list[M]
    interviews: list[tuple[datetime, str]] = field(default_factory=list)  # (when, known_from day)
    reply_by: list[tuple[str, str]] = field(default_factory=list)  # (on, known_from)
    outcome: tuple[str, str] | None = None  # (kind, known_from)

    @property
    def interview(self) -> bool:
        return self.employer is not None


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def message_id(slug: str, n: int, m: M) -> str:
    h = _h(BOX.salt, slug, n)
    dom = m.frm[1].rpartition("@")[2]
    style = m.mid_style
    if style == "gmail":
        return f"<CAJ{h[:10]}-{h[10:30]}Q@mail.gmail.example>"
    if style == "outlook":
        return (
            f"<BY5PR07MB{int(h[:6], 16) % 10000:04d}{h[6:26].upper()}"
            f"@BY5PR07MB{int(h[26:30], 16) % 10000:04d}.namprd07.prod.outlook.example>"
        )
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    if style == "fastmail":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}@app.fastmail.example>"
    return f"<{h[:24]}.{h[24:32]}@{dom}>"


def _fmt_addr(p: Person) -> Address:
    user, _, dom = p[1].partition("@")
    return Address(p[0], user, dom)


def _wrap(text: str, width: int | None = None) -> str:
    """Dedent a triple-quoted body; join the source's hard-wrapped paragraphs into one line each
    (as webmail sends them), or re-wrap them at `width` (as Thunderbird does). Lists and short lines stay."""
    out: list[str] = []
    for para in re.split(r"\n[ \t]*\n", textwrap.dedent(text).strip("\n")):
        para = textwrap.dedent(para).strip("\n")  # signatures appended to a body carry their own indentation
        if not para.strip():
            continue
        lines = para.split("\n")
        prose = len(lines) > 1 and all(
            len(line) > 60 and not line.lstrip().startswith(("-", ">", "1.", "2.", "3.", "*"))
            for line in lines[:-1]
        )
        if prose:
            joined = " ".join(line.strip() for line in lines)
            para = textwrap.fill(joined, width, break_on_hyphens=False) if width else joined
        out.append(para)
    return "\n\n".join(out)


DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS_DE_LONG = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS_DE_LONG = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
DAYS_ES = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")


def _h12(w: datetime) -> str:
    return f"{(w.hour % 12) or 12}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"


def _addr_list(people: list[Person]) -> str:
    return "; ".join(f"{n} <{a}>" for n, a in people)


# Quote styles whose history sits under a header block rather than `> ` lines.
BLOCK_STYLES = ("outlook-orig", "de-outlook", "tb-orig")


def quote_header(style: str, parent: M, subject: str, reader_tz: ZoneInfo) -> str:
    """The attribution (line or header block) a client writes above quoted history, in the replier's zone."""
    w = parent.when.astimezone(reader_tz)
    name, addr = parent.frm
    if style in ("gmail-us", "gmail-us-bottom"):
        return f"On {DAYS_EN[w.weekday()]}, {MONTHS_EN[w.month - 1]} {w.day}, {w.year} at {_h12(w)} {name} <{addr}> wrote:"
    if style == "tb-us":
        return f"On {w.month}/{w.day}/{w:%y} {_h12(w)}, {name} wrote:"
    if style == "gmail-in":
        return f"On {DAYS_EN[w.weekday()]}, {w.day} {MONTHS_EN[w.month - 1]} {w.year} at {w:%H:%M}, {name} <{addr}> wrote:"
    if style in ("ios", "ios-bottom", "html-cite"):
        return f"On {MONTHS_EN[w.month - 1]} {w.day}, {w.year}, at {_h12(w)}, {name} <{addr}> wrote:"
    if style == "es":
        return f"El {DAYS_ES[w.weekday()]}, {w.day} {MONTHS_ES[w.month - 1]} {w.year} a las {w:%H:%M}, {name} (<{addr}>) escribió:"
    if style == "fr":
        return f"Le {DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M}, {name} <{addr}> a écrit :"
    if style == "fr-tb":
        return f"Le {w:%d/%m/%Y} à {w:%H:%M}, {name} a écrit :"
    if style == "de":
        return f"Am {w:%d.%m.%Y} um {w:%H:%M} schrieb {name} <{addr}>:"
    if style == "de-tb":
        return f"Am {w:%d.%m.%y} um {w:%H:%M} schrieb {name}:"
    if style == "outlook-orig":
        sent = f"{DAYS_LONG[w.weekday()]}, {MONTHS_LONG[w.month - 1]} {w.day}, {w.year} {_h12(w)}"
        return (
            f"-----Original Message-----\nFrom: {name} <{addr}>\nSent: {sent}\n"
            f"To: {_addr_list(parent.to)}\nSubject: {subject}"
        )
    if style == "de-outlook":
        sent = f"{DAYS_DE_LONG[w.weekday()]}, {w.day}. {MONTHS_DE_LONG[w.month - 1]} {w.year} {w:%H:%M}"
        return f"Von: {name} <{addr}>\nGesendet: {sent}\nAn: {_addr_list(parent.to)}\nBetreff: {subject}"
    if style == "tb-orig":
        return (
            f"-------- Original Message --------\nSubject: \t{subject}\n"
            f"Date: \t{format_datetime(parent.when)}\nFrom: \t{name} <{addr}>\nTo: \t{_addr_list(parent.to)}"
        )
    raise ValueError(style)


@dataclass
class Built:
    m: M
    mid: str
    subject: str
    full_text: str  # new text plus quoted history, as in the body
    refs: list[str]


def _paras(text: str) -> str:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return "\n".join("<p>" + htmlmod.escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def _to_html(new: str, quoted: str | None, attribution: str | None, style: str | None) -> str:
    body = f"<div>\n{_paras(new)}\n</div>"
    if quoted is not None:
        if style in BLOCK_STYLES:
            body += (
                '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                + _paras(attribution or "")
                + "</div>\n<div>"
                + _paras(quoted)
                + "</div>"
            )
        elif style == "html-cite":
            body += (
                f'\n<div class="moz-cite-prefix">{htmlmod.escape(attribution or "")}<br></div>\n'
                f'<blockquote type="cite" cite="mid:x">\n{_paras(quoted)}\n</blockquote>'
            )
        else:
            body += (
                f'\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{htmlmod.escape(attribution or "")}'
                f'<br></div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">\n{_paras(quoted)}\n</blockquote></div>'
            )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body>\n{body}\n</body></html>\n"
    )


def build(slug: str, msgs: list[M]) -> list[tuple[str, bytes, Built]]:
    """Render one folder's messages; returns (file name, bytes, info)."""
    threads: dict[str, list[Built]] = {}
    out: list[tuple[str, bytes, Built]] = []
    prev_when: datetime | None = None
    for n, m in enumerate(msgs, 1):
        if prev_when is not None and m.when < prev_when:
            raise SystemExit(f"{slug}: message {n} is out of order")
        prev_when = m.when
        chain = [] if m.new_thread else threads.get(m.thread, [])
        parent = chain[-1] if chain else None
        subject = _subject_in_thread(m, chain)
        mid = message_id(slug, n, m)
        reader_tz = BOX.tz if m.sent else m.when.tzinfo
        assert isinstance(reader_tz, ZoneInfo)
        new = _wrap(m.text_for_quote or m.text, 72 if m.mid_style == "thunderbird" else None)
        full, quoted, attribution = _with_history(m, new, parent, reader_tz)
        refs = [b.mid for b in chain][-10:]

        msg = EmailMessage(policy=MAIL_POLICY)
        _set_headers(msg, m, subject, mid)
        _set_text_parts(msg, m, new, full, quoted, attribution)
        _add_calendars(msg, m)
        for filename, mime, content in m.files:
            maintype, _, subtype = mime.partition("/")
            msg.add_attachment(
                content.replace("\n", "\r\n").encode("utf-8"),
                maintype=maintype,
                subtype=subtype,
                filename=filename,
            )
        for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary(f"=_{_h(slug, n, i)[:24]}_{i + 1}")  # deterministic output
        raw = _wire_bytes(msg, slug, mid, parent, refs)
        name = f"{n:02d}-{'sent' if m.sent else 'inbox'}.eml"
        info = Built(m=m, mid=mid, subject=subject, full_text=full, refs=refs)
        if m.new_thread:
            threads[m.thread] = []
        threads.setdefault(m.thread, []).append(info)
        out.append((name, raw, info))
    return out


def _subject_in_thread(m: M, chain: list[Built]) -> str:
    """The message's subject; without one, the reply prefix and the thread's first subject."""
    root_subject = chain[0].subject if chain else None
    subject = m.subject or ""
    if m.subject is None and root_subject is not None:
        base = root_subject
        for prefix in ("Re: ", "RE: ", "AW: ", "RE : ", "Fwd: "):
            base = base.removeprefix(prefix)
        subject = m.re + base
    return subject


def _with_history(
    m: M, new: str, parent: Built | None, reader_tz: ZoneInfo
) -> tuple[str, str | None, str | None]:
    """The body text with the parent quoted in the message's style: (full text, quoted text, attribution)."""
    if parent is None or not m.quote:
        return new, None, None
    attribution = quote_header(m.quote, parent.m, parent.subject, reader_tz)
    quoted = parent.full_text
    if m.quote in BLOCK_STYLES:
        sep = "\n\n" if m.quote != "de-outlook" else "\n\n________________________________\n"
        return f"{new}{sep}{attribution}\n\n{quoted}", quoted, attribution
    q = "\n".join(
        ">" + (" " + line if line and not line.startswith(">") else line) for line in quoted.split("\n")
    )
    if m.quote.endswith("-bottom"):
        return f"{attribution}\n{q}\n\n{new}", quoted, attribution
    return f"{new}\n\n{attribution}\n{q}", quoted, attribution


def _set_headers(msg: EmailMessage, m: M, subject: str, mid: str) -> None:
    msg["From"] = _fmt_addr(m.frm)
    msg["To"] = [_fmt_addr(p) for p in m.to]
    if m.cc:
        msg["Cc"] = [_fmt_addr(p) for p in m.cc]
    if m.reply_to:
        msg["Reply-To"] = _fmt_addr(m.reply_to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(m.when)
    msg["Message-ID"] = mid
    if m.auto:
        msg["Auto-Submitted"] = "auto-generated"
    for k, v in m.headers.items():
        msg[k] = v


def _set_text_parts(
    msg: EmailMessage, m: M, new: str, full: str, quoted: str | None, attribution: str | None
) -> None:
    """The text/plain part and its text/html alternative, or the text/html part alone."""
    if m.html_only:
        html = m.html if m.html and m.html != "auto" else _to_html(new, quoted, attribution, m.quote)
        msg.set_content(html, subtype="html", cte=None if m.cte == "auto" else m.cte)
        return
    msg.set_content(full.replace("\n", "\r\n") + "\r\n", cte=None if m.cte == "auto" else m.cte)
    if m.html:
        html = m.html if m.html != "auto" else _to_html(new, quoted, attribution, m.quote)
        msg.add_alternative(html, subtype="html", cte="quoted-printable" if m.cte != "base64" else "base64")


def _add_calendars(msg: EmailMessage, m: M) -> None:
    """Each calendar object as an .ics attachment or as a text/calendar alternative."""
    for cal in m.cals:
        if cal.stamp is None:
            cal.stamp = m.when
        ics = cal.render()
        if cal.attach:
            msg.add_attachment(
                ics,
                subtype="calendar",
                filename=cal.filename,
                params={"method": cal.method},
                cte="base64",
            )
        else:
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            msg.add_alternative(
                ics,
                subtype="calendar",
                params={"method": cal.method},
                cte="7bit" if ics.isascii() else "quoted-printable",
            )


def _wire_bytes(msg: EmailMessage, slug: str, mid: str, parent: Built | None, refs: list[str]) -> bytes:
    """The message as a client writes it: headers unfolded after their name, threading headers by hand."""
    raw = msg.as_bytes(policy=MAIL_POLICY)
    head, gap, payload = raw.partition(b"\r\n\r\n")
    # The email package folds a long header before its first word ("Subject:\r\n Canceled: ..."); clients don't.
    raw = re.sub(rb"(?m)^([A-Za-z-]+):\r\n ", rb"\1: ", head) + gap + payload
    if parent is not None:
        # Written by hand: the email package would RFC 2047-encode a long Message-ID rather than fold it.
        threading = f"In-Reply-To: {parent.mid}\r\nReferences: " + "\r\n ".join(refs) + "\r\n"
        anchor = f"Message-ID: {mid}\r\n".encode()
        if anchor not in raw:
            raise SystemExit(f"{slug}: Message-ID header was folded")
        raw = raw.replace(anchor, anchor + threading.encode(), 1)
    return raw


# =============================================================================
# The mailbox. People, companies and domains are fictional; domains use `.example`.
# =============================================================================


def gmail(**kw: object) -> dict[str, object]:
    """The owner's usual client: Gmail on the web, US locale."""
    return {"html": "auto", "mid_style": "gmail", "quote": "gmail-us", **kw}


def tbird(**kw: object) -> dict[str, object]:
    """The owner's desktop client for the alias: Thunderbird, plain text, wrapped at 72."""
    return {"mid_style": "thunderbird", "quote": "tb-us", "cte": "auto", **kw}


def iphone(**kw: object) -> dict[str, object]:
    return {"mid_style": "apple", "quote": "ios", **kw}


def outlook(**kw: object) -> dict[str, object]:
    return {"html": "auto", "mid_style": "outlook", "quote": "outlook-orig", "re": "RE: ", **kw}


SIG_PHONE = "\n\nSent from my iPhone"


def la_day(moment: datetime) -> str:
    return moment.astimezone(BOX.tz).date().isoformat()


def facts_of(app: App) -> dict[str, object]:
    return {
        "interviews": [{"on": la_day(w), "known_from": kf} for w, kf in app.interviews],
        "employer_msgs": [la_day(m.when) for m in app.msgs if m.emp],
        "my_msgs": [la_day(m.when) for m in app.msgs if m.sent],
        "reply_by": [{"on": on, "known_from": kf} for on, kf in app.reply_by],
        "outcome": {"kind": app.outcome[0], "known_from": app.outcome[1]} if app.outcome else None,
        "your_turn": [la_day(m.when) for m in app.msgs if m.ask],
    }


def _timeline(facts: dict[str, Any], app: App, now: datetime, real: bool) -> Timeline:
    """facts -> records.Timeline as of now, placing every fact at noon (as bench/heldout does), or with real times."""
    from watcher.core.records import Ask, Interview, Outcome, ReplyBy, Timeline

    def noon(day: str) -> datetime:
        return datetime.combine(d(day), time(12), BOX.tz)

    if real:
        emp = [m.when for m in app.msgs if m.emp]
        own = [m.when for m in app.msgs if m.sent]
        ivs = [(w, noon(kf)) for w, kf in app.interviews]
    else:
        emp = [noon(x) for x in facts["employer_msgs"]]
        own = [noon(x) for x in facts["my_msgs"]]
        ivs = [(noon(i["on"]), noon(i["known_from"])) for i in facts["interviews"]]
    interviews = tuple(Interview(at=a, known_at=k, source="label", via="manual") for a, k in ivs if k <= now)
    employer = tuple(x for x in emp if x <= now)
    owner = tuple(x for x in own if x <= now)
    reply_bys = tuple(
        ReplyBy(on=noon(r["on"]), known_at=noon(r["known_from"]), source="label", quote="")
        for r in facts["reply_by"]
        if noon(r["known_from"]) <= now
    )
    outcome = None
    if facts["outcome"] and noon(facts["outcome"]["known_from"]) <= now:
        o = facts["outcome"]
        outcome = Outcome(kind=o["kind"], at=noon(o["known_from"]), source="label", quote="")
    last = max(employer) if employer else None
    if real:
        asks = tuple(Ask(at=m.when, source="label", quote="") for m in app.msgs if m.ask and m.when == last)
    else:
        asks = tuple(Ask(at=noon(x), source="label", quote="") for x in facts["your_turn"] if noon(x) == last)
    return Timeline(
        interviews=interviews,
        employer_messages=employer,
        owner_messages=owner,
        reply_bys=reply_bys,
        outcome=outcome,
        asks=asks,
    )


def expected_of(app: App, facts: dict[str, Any], real: bool = False) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from watcher.core.policy import PolicyParams, evaluate

    params = PolicyParams(**BOX.policy)
    out: dict[str, object] = {}
    for stamp in BOX.evaluate_at:
        now = datetime.fromisoformat(stamp)
        day = now.date().isoformat()
        known = [i for i in facts["interviews"] if i["known_from"] <= day]
        if not known:
            out[day] = None
            continue
        ev = evaluate(_timeline(facts, app, now, real), now, BOX.tz, params)
        out[day] = {
            "state": ev.state,
            "outcome": ev.outcome,
            "nudges_sent": ev.nudges_sent,
            "next_nudge_on": ev.next_nudge_on.isoformat() if ev.next_nudge_on else None,
        }
    return out


def check_conventions(app: App, facts: dict[str, Any]) -> list[str]:
    """The corpus conventions that keep labels unambiguous, checked on real message times."""
    problems = _day_and_sender_conventions(app)
    if not app.interview:
        if any(m.emp or m.ask for m in app.msgs):
            problems.append("a distractor has employer messages")
        return problems
    return problems + _label_day_conventions(app) + _follow_up_conventions(app)


def _day_and_sender_conventions(app: App) -> list[str]:
    """No message or interview on an evaluation day, mail inside the span, the owner's mail sent by the owner."""
    problems: list[str] = []
    eval_days = {datetime.fromisoformat(s).date().isoformat() for s in BOX.evaluate_at}
    for m in app.msgs:
        if la_day(m.when) in eval_days:
            problems.append(f"message on an evaluation day: {m.when}")
        if not (BOX.span[0] <= m.when.astimezone(BOX.tz).date() <= BOX.span[1]):
            problems.append(f"message outside the mail span: {m.when}")
        if m.sent and m.frm not in (BOX.owner, BOX.alias):
            problems.append(f"sent message not from the owner: {m.frm}")
        if not m.sent and m.frm in (BOX.owner, BOX.alias):
            problems.append(f"received message from the owner: {m.when}")
    for w, _ in app.interviews:
        if la_day(w) in eval_days:
            problems.append(f"interview on an evaluation day: {w}")
    return problems


def _label_day_conventions(app: App) -> list[str]:
    """Each known_from / reply-by / outcome day must be the day of a message of this application."""
    problems: list[str] = []
    days = {la_day(m.when) for m in app.msgs}
    emp_days = {la_day(m.when) for m in app.msgs if m.emp}
    for w, kf in app.interviews:
        if kf not in days:
            problems.append(f"interview {w} known from {kf}, a day without a message")
        if kf > la_day(w):
            problems.append(f"interview {w} known after it happened")
    for on, kf in app.reply_by:
        if kf not in emp_days:
            problems.append(f"reply-by {on} known from {kf}, a day without an employer message")
    if app.outcome and app.outcome[1] not in days:
        problems.append(f"outcome known from {app.outcome[1]}, a day without a message")
    return problems


def _follow_up_conventions(app: App) -> list[str]:
    """The owner's messages are clearly acknowledgements (within 36 hours) or nudges (4 days or more)."""
    problems: list[str] = []
    events = sorted(
        [(m.when, "emp", m) for m in app.msgs if m.emp]
        + [(w, "iv", None) for w, _ in app.interviews if w <= max(m.when for m in app.msgs)],
        key=lambda e: e[0],
    )
    outcome_day = app.outcome[1] if app.outcome else None
    for m in app.msgs:
        if not m.sent:
            continue
        before = [e for e in events if e[0] <= m.when]
        if not before:
            continue
        last_when, kind, last_msg = before[-1]
        gap = m.when - last_when
        if gap <= timedelta(hours=48):
            if kind == "emp" and last_msg is not None and last_msg.ask:
                continue  # the answer to a request, within two days
            if gap > timedelta(hours=36) and not (outcome_day and la_day(m.when) >= outcome_day):
                problems.append(f"acknowledgement {m.when:%m-%d %H:%M} is {gap} after the last event")
            continue
        if outcome_day and la_day(m.when) >= outcome_day:
            continue
        days_after = (m.when.astimezone(BOX.tz).date() - last_when.astimezone(BOX.tz).date()).days
        if days_after < 4:
            problems.append(f"nudge {m.when:%m-%d} only {days_after} days after the last event")
    return problems


def main(apps: list[App], distractors: list[App]) -> int:
    check = "--check" in sys.argv
    mail_dir = BOX.here / "mail"
    if mail_dir.exists():
        shutil.rmtree(mail_dir)
    seen_ids: set[str] = set()
    applications: list[dict[str, object]] = []
    total = received = sent = 0
    failures = 0
    for app in apps + distractors:
        folder = mail_dir / app.slug
        folder.mkdir(parents=True)
        for name, raw, info in build(app.slug, app.msgs):
            if info.mid in seen_ids:
                raise SystemExit(f"duplicate Message-ID {info.mid}")
            seen_ids.add(info.mid)
            (folder / name).write_bytes(raw)
            total += 1
            sent += info.m.sent
            received += not info.m.sent
        entry: dict[str, object] = {"slug": app.slug, "interview": app.interview}
        if app.interview:
            facts = facts_of(app)
            expected = expected_of(app, facts)
            entry |= {"employer": app.employer, "notes": app.notes, "facts": facts, "expected": expected}
            if check:
                real = expected_of(app, facts, real=True)
                print(f"\n{app.slug}: {app.notes}")
                for day, exp in expected.items():
                    mark = "" if real[day] == exp else f"   <-- real times give {real[day]}"
                    print(f"  {day}: {exp}{mark}")
                    failures += bool(mark)
                for p in check_conventions(app, facts):
                    print("  CONVENTION:", p)
                    failures += 1
        else:
            entry["notes"] = app.notes
            if check:
                for p in check_conventions(app, {}):
                    print(f"  CONVENTION ({app.slug}):", p)
                    failures += 1
        applications.append(entry)
    labels = {
        "owner": BOX.owner[0],
        "my_addresses": [BOX.owner[1], BOX.alias[1]],
        "timezone": BOX.tz.key,
        "evaluate_at": BOX.evaluate_at,
        "policy": BOX.policy,
        "applications": applications,
    }
    (BOX.here / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    n_app = sum(a.interview for a in apps)
    print(
        f"wrote {total} messages ({received} received, {sent} sent) in {len(apps) + len(distractors)} folders: "
        f"{n_app} interview applications and {len(distractors)} distractors"
    )
    if check:
        print(f"checks: {failures} problem(s)")
    return 1 if failures else 0
