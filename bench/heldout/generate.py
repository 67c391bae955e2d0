"""Build the held-out labelled mailbox (bench/heldout/): labels.json + mail/<slug>/<NN>-<inbox|sent>.eml.

    python bench/heldout/generate.py            write the mailbox
    python bench/heldout/generate.py --check    also print every label and the convention checks

A second, independent mailbox in the corpus format (see the corpus README), written
without looking at the detection code, to measure how the product generalises to
mail it has never seen. Deterministic: the same script always writes the same bytes.

Owner: Robin Okafor (robin.okafor@example.com, robin@okafor.example), Europe/London.
`facts` are written by hand per application (interviews, reply-by dates, outcome);
employer/owner message days and asks are read off the message list below, so they
cannot drift from the mail. `expected` is derived from the facts with the product's
policy (watcher.policy, verified against the corpus labels), exactly as
/work/notes/policy_check.py does, and cross-checked with the real message times.
"""

from __future__ import annotations

import hashlib
import html as htmlmod
import json
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
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
MAD = ZoneInfo("Europe/Madrid")
PAR = ZoneInfo("Europe/Paris")
AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")

OWNER = ("Robin Okafor", "robin.okafor@example.com")
ALIAS = ("Robin Okafor", "robin@okafor.example")
EVALUATE_AT = ["2026-03-04T08:00:00+00:00", "2026-03-25T08:00:00+00:00", "2026-04-21T08:00:00+01:00"]
POLICY = {
    "first_nudge_after_days": 7,
    "min_days_between_nudges": 7,
    "max_nudges": 3,
    "give_up_after_days": 30,
    "weekdays_only": True,
}
MAIL_POLICY = SMTP.clone(max_line_length=78)

Person = tuple[str, str]


def at(stamp: str, tz: ZoneInfo = LON) -> datetime:
    """'2026-01-26 10:14' in the given zone."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def d(day: str) -> date:
    return date.fromisoformat(day)


# --- calendar parts ----------------------------------------------------------

VTZ = {
    "Europe/London": """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Paris": """BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE""",
    "Europe/Madrid": """BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "America/New_York": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "GMT Standard Time": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Romance Standard Time": """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
}


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
    attendees: tuple[Person, ...] = (OWNER,)
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
        if self.tzid and self.tzid in VTZ:
            lines += VTZ[self.tzid].split("\n")
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
    in_reply_to: str | None = None  # an outside Message-ID (a message not in the mailbox)
    prior: M | None = None  # that outside message, quoted (Outlook style) in this one
    mid_style: str = "gmail"
    re: str = "Re: "
    new_thread: bool = False


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
    h = _h("heldout", slug, n)
    dom = m.frm[1].rpartition("@")[2]
    style = m.mid_style
    if style == "gmail":
        return f"<CAH{h[:10]}+{h[10:30]}w@mail.gmail.example>"
    if style == "outlook":
        return f"<LO2P265MB{int(h[:6], 16) % 10000:04d}{h[6:26].upper()}@LO2P265MB{int(h[26:30], 16) % 10000:04d}.GBRP265.PROD.OUTLOOK.example>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    return f"<{h[:24]}.{h[24:32]}@{dom}>"


def _fmt_addr(p: Person) -> Address:
    user, _, dom = p[1].partition("@")
    return Address(p[0], user, dom)


def _wrap(text: str, width: int | None = None) -> str:
    """Dedent a triple-quoted body; join the source's hard-wrapped paragraphs into one line each
    (as webmail sends them), or re-wrap them at `width` (as Thunderbird does). Lists and short lines stay."""
    out: list[str] = []
    for para in textwrap.dedent(text).strip("\n").split("\n\n"):
        lines = para.split("\n")
        prose = len(lines) > 1 and all(
            len(line) > 60 and not line.lstrip().startswith(("-", ">", "1.", "2.", "3."))
            for line in lines[:-1]
        )
        if prose:
            joined = " ".join(line.strip() for line in lines)
            para = textwrap.fill(joined, width) if width else joined
        out.append(para)
    return "\n\n".join(out)


DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
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
DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_DE = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
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


def quote_header(style: str, parent: M, reader_tz: ZoneInfo) -> str:
    """The attribution line a client writes above quoted history (in the replier's zone)."""
    w = parent.when.astimezone(reader_tz)
    name, addr = parent.frm
    if style in ("gmail", "gmail-bottom"):
        return f"On {DAYS_EN[w.weekday()]}, {w.day} {MONTHS_EN[w.month - 1]} {w.year} at {w:%H:%M}, {name} <{addr}> wrote:"
    if style in ("apple", "apple-bottom"):
        return f"On {w.day} {MONTHS_EN[w.month - 1]} {w.year}, at {w:%H:%M}, {name} <{addr}> wrote:"
    if style == "thunderbird":
        return f"On {w:%d/%m/%Y %H:%M}, {name} wrote:"
    if style == "de-gmail":
        return f"Am {DAYS_DE[w.weekday()]}, {w.day}. {MONTHS_DE[w.month - 1]} {w.year} um {w:%H:%M} Uhr schrieb {name} <{addr}>:"
    if style == "de-thunderbird":
        return f"Am {w:%d.%m.%y} um {w:%H:%M} schrieb {name}:"
    if style == "fr":
        return f"Le {DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M}, {name} <{addr}> a écrit :"
    if style == "es":
        return f"El {DAYS_ES[w.weekday()]}, {w.day} {MONTHS_ES[w.month - 1]} {w.year} a las {w:%H:%M}, {name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(parent: M, subject: str, reader_tz: ZoneInfo, lang: str = "en") -> str:
    w = parent.when.astimezone(reader_tz)
    to = "; ".join(n for n, _ in parent.to)
    if lang == "fr":
        sent = f"{DAYS_LONG_FR[w.weekday()]} {w.day} {MONTHS_LONG_FR[w.month - 1]} {w.year} {w:%H:%M}"
        return f"De : {parent.frm[0]} <{parent.frm[1]}>\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}"
    sent = f"{DAYS_LONG[w.weekday()]}, {w.day} {MONTHS_LONG[w.month - 1]} {w.year} {w:%H:%M}"
    return f"From: {parent.frm[0]} <{parent.frm[1]}>\nSent: {sent}\nTo: {to}\nSubject: {subject}"


DAYS_LONG_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_LONG_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@dataclass
class Built:
    m: M
    mid: str
    subject: str
    full_text: str  # new text plus quoted history, as in the body
    refs: list[str]


def _to_html(new: str, quoted: str | None, attribution: str | None, outlook: bool) -> str:
    def paras(text: str) -> str:
        blocks = [b for b in text.split("\n\n") if b.strip()]
        return "\n".join("<p>" + htmlmod.escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks)

    body = f'<div dir="ltr">\n{paras(new)}\n</div>'
    if quoted is not None:
        if outlook:
            body += (
                '\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                + paras(attribution or "")
                + "</div>\n<div>"
                + paras(quoted)
                + "</div>"
            )
        else:
            body += (
                f'\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{htmlmod.escape(attribution or "")}'
                f'<br></div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">\n{paras(quoted)}\n</blockquote></div>'
            )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n{body}\n</body></html>\n'


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
        root_subject = chain[0].subject if chain else None
        subject = m.subject or ""
        if m.subject is None and root_subject is not None:
            base = root_subject
            for prefix in ("Re: ", "RE: ", "AW: ", "RE : "):
                base = base.removeprefix(prefix)
            subject = m.re + base
        mid = message_id(slug, n, m)
        reader_tz = LON if m.sent else m.when.tzinfo  # type: ignore[assignment]
        new = _wrap(m.text, 72 if m.mid_style == "thunderbird" else None)
        quoted = attribution = None
        full = new
        if m.prior is not None:
            prior = m.prior
            prior_subject = prior.subject or ""
            attribution = outlook_block(prior, prior_subject, reader_tz)  # type: ignore[arg-type]
            quoted = _wrap(prior.text)
            full = f"{new}\n\n________________________________\n{attribution}\n\n{quoted}"
        if parent is not None and m.quote:
            outlook = m.quote.startswith("outlook")
            if outlook:
                lang = "fr" if m.quote == "outlook-fr" else "en"
                attribution = outlook_block(parent.m, parent.subject, reader_tz, lang)  # type: ignore[arg-type]
                quoted = parent.full_text
                full = f"{new}\n\n________________________________\n{attribution}\n\n{quoted}"
            else:
                attribution = quote_header(m.quote, parent.m, reader_tz)  # type: ignore[arg-type]
                quoted = parent.full_text
                q = "\n".join(
                    ">" + (" " + line if line and not line.startswith(">") else line)
                    for line in quoted.split("\n")
                )
                if m.quote.endswith("-bottom"):
                    full = f"{attribution}\n\n{q}\n\n{new}"
                else:
                    full = f"{new}\n\n{attribution}\n{q}"
        refs = [b.mid for b in chain][-10:]
        if m.in_reply_to:
            refs = [m.in_reply_to, *refs]

        msg = EmailMessage(policy=MAIL_POLICY)
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

        if m.html_only:
            html = m.html if m.html and m.html != "auto" else _to_html(new, quoted, attribution, False)
            msg.set_content(html, subtype="html", cte=m.cte)
        else:
            msg.set_content(full.replace("\n", "\r\n") + "\r\n", cte=m.cte)
            if m.html:
                html = (
                    m.html
                    if m.html != "auto"
                    else _to_html(new, quoted, attribution, bool(m.quote and m.quote.startswith("outlook")))
                )
                msg.add_alternative(html, subtype="html", cte="quoted-printable")
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
        raw = msg.as_bytes(policy=MAIL_POLICY)
        if parent is not None or m.in_reply_to:
            # Written by hand: the email package would RFC 2047-encode a long Message-ID rather than fold it.
            irt = parent.mid if parent is not None else m.in_reply_to
            threading = f"In-Reply-To: {irt}\r\nReferences: " + "\r\n ".join(refs) + "\r\n"
            anchor = f"Message-ID: {mid}\r\n".encode()
            if anchor not in raw:
                raise SystemExit(f"{slug}: Message-ID header was folded")
            raw = raw.replace(anchor, anchor + threading.encode(), 1)
        name = f"{n:02d}-{'sent' if m.sent else 'inbox'}.eml"
        info = Built(m=m, mid=mid, subject=subject, full_text=full, refs=refs)
        threads.setdefault(m.thread, [])
        if m.new_thread:
            threads[m.thread] = []
        threads[m.thread].append(info)
        out.append((name, raw, info))
    return out


# =============================================================================
# The mailbox. People, companies and domains are fictional; domains use `.example`.
# =============================================================================

ME = OWNER
ME2 = ALIAS


def gmail(**kw: object) -> dict[str, object]:
    return {"html": "auto", "mid_style": "gmail", **kw}


# --- 1. Saltire Analytics: "tomorrow at 2", "by the end of next week", second round, on hold, cold --------
AILSA = ("Ailsa Brodie", "ailsa.brodie@saltire-analytics.example")
SALTIRE = App(
    "saltire-analytics",
    "Saltire Analytics",
    "'tomorrow at 2' in a Mon Jan 26 mail means Jan 27 14:00; 'by the end of next week' (Feb 13) is superseded by a "
    "second interview Feb 24; due on Mar 4; two nudges, then 'role on hold' restarts the clock (due on Mar 25); "
    "cold by Apr 21",
    [
        M(
            at("2026-01-26 10:14"),
            AILSA,
            [ME],
            """
            Hi Robin,

            Thanks for applying for the Senior Data Engineer role at Saltire Analytics. Callum Rennie, our Head of
            Data, would like to have a first conversation with you - around 45 minutes on Google Meet, mostly about
            the pipelines you've built at Pebblewick and how you like to work.

            Would tomorrow at 2 work for you? If not, let me know and I'll find another slot.

            Best wishes,
            Ailsa

            Ailsa Brodie
            Talent Partner | Saltire Analytics
            Leith, Edinburgh
            """,
            subject="Senior Data Engineer - first conversation",
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-01-26 11:02"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            Tomorrow at 2 works well for me - thank you. I'm looking forward to speaking with Callum.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-01-27 16:30"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            Just a quick note to say thank you for arranging today's call. I really enjoyed talking to Callum about
            the move to streaming ingestion, and it made me even keener on the role.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-02 09:40"),
            AILSA,
            [ME],
            """
            Hi Robin,

            Thanks for your note - Callum enjoyed the conversation too. We're finishing first-round calls this week,
            and we'll be in touch by the end of next week about next steps.

            Best wishes,
            Ailsa
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-12 15:20"),
            AILSA,
            [ME],
            """
            Hi Robin,

            Good news: Callum would like you to meet two of the engineers for a technical conversation (system
            design and a bit of SQL, no live coding). How's Tuesday 24 February at 10:00? It would be at our Leith
            office, about 90 minutes.

            Best wishes,
            Ailsa
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-12 17:05"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            That's great news. Tuesday 24 February at 10:00 in Leith is perfect - I'll book my train.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-24 18:10"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            Thanks for today, and please pass my thanks on to Morag and Iain - I enjoyed the design discussion a lot.
            Happy to answer any follow-up questions.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-05 09:15"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            I hope you're well. I wanted to check in on the Senior Data Engineer role - is there any news after last
            week's technical interview?

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-12 09:30"),
            ME,
            [AILSA],
            """
            Hi Ailsa,

            Sorry to nudge again - I'm still very interested in the role and would be grateful for any update on
            timing.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-13 11:45"),
            AILSA,
            [ME],
            """
            Hi Robin,

            Sorry for the radio silence, that's on me. The role has been put on hold while next year's budget is
            signed off. You're still very much in the frame and the team were impressed; I'll come back to you as
            soon as I hear anything.

            Best wishes,
            Ailsa
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-13 12:30"),
            ME,
            [AILSA],
            """
            Thanks for letting me know, Ailsa - I appreciate the honesty. Fingers crossed for the budget.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-01-27 14:00"), "2026-01-26"), (at("2026-02-24 10:00"), "2026-02-12")],
    reply_by=[("2026-02-13", "2026-02-02")],
)

# --- 2. Gannet Freight via Tollgate Talent (agency): "this Friday at 11:30 GMT", second round, offer ----------
DEAN = ("Dean Gatenby", "dean.gatenby@tollgate-talent.example")
GANNET_HR = ("Gannet Freight People Team", "people@gannet-freight.example")
DEAN_SIG = """
            Dean Gatenby
            Senior Consultant - Data & Analytics
            Tollgate Talent | 0161 555 0142
"""


def dean(**kw: object) -> dict[str, object]:
    return {"mid_style": "outlook", "html": "auto", "re": "RE: ", **kw}


def iphone(**kw: object) -> dict[str, object]:
    return {"mid_style": "apple", **kw}


GANNET = App(
    "gannet-freight",
    "Gannet Freight",
    "agency recruiter (Tollgate Talent) writes for the client, named in the text; 'this Friday at 11:30 GMT' from "
    "Tue Feb 3 means Feb 6; availability asked and answered; second round; 'by Friday the 13th' pushes the nudge to "
    "Mar 16; offer through the agency Mar 19 and a formal letter from the client's own domain",
    [
        M(
            at("2026-02-03 08:52"),
            DEAN,
            [ME2],
            """
            Robin -

            Gannet Freight want to meet you for the Analytics Engineering Lead role. Video call with Ffion
            Sowerby (Head of Data) this Friday at 11:30 GMT, 45 mins, Teams link to follow from their side.

            OK?
            """
            + DEAN_SIG,
            subject="Gannet Freight - Analytics Engineering Lead",
            emp=True,
            **dean(),
        ),
        M(
            at("2026-02-03 09:30"),
            ME2,
            [DEAN],
            """
            Hi Dean, Friday at 11:30 is fine. Thanks!

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-02-06 14:05"),
            ME2,
            [DEAN],
            """
            Hi Dean,

            Went well I think - Ffion was great and the team sounds like a good fit. Thanks for setting it up.

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-02-09 10:10"),
            DEAN,
            [ME2],
            """
            Good feedback from Ffion. They want you back for round 2 in person at their Felixstowe HQ - a
            couple of hours with Ffion and the CTO.

            Can you send me a few slots for next week?
            """
            + DEAN_SIG,
            emp=True,
            ask=True,
            quote="outlook",
            **dean(),
        ),
        M(
            at("2026-02-09 19:20"),
            ME2,
            [DEAN],
            """
            Brilliant! Next week I could do:
            - Tue 17th, any time
            - Wed 18th, morning
            - Thu 19th, afternoon

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-02-11 09:05"),
            DEAN,
            [ME2],
            """
            Locked in: Tue 17 Feb, 10:00, Gannet Freight, Dock Road, Felixstowe. Ask for Ffion at reception.
            """
            + DEAN_SIG,
            emp=True,
            quote="outlook",
            **dean(),
        ),
        M(
            at("2026-02-11 09:40"),
            ME2,
            [DEAN],
            """
            Perfect, thanks Dean.

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-02-17 17:30"),
            ME2,
            [DEAN],
            """
            Hi Dean,

            Just back from Felixstowe. Really good session - the CTO walked me through their routing data and I
            think the case study went well. Thanks again.

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-03-02 08:30"),
            DEAN,
            [ME2],
            """
            Morning Robin,

            Quick update - Gannet are still reviewing. They've got two more candidates to see this week, but you're
            in a strong position. Ffion says they'll have a decision for you by Friday the 13th.
            """
            + DEAN_SIG,
            emp=True,
            quote="outlook",
            **dean(),
        ),
        M(
            at("2026-03-02 08:55"),
            ME2,
            [DEAN],
            """
            Thanks Dean, fingers crossed!

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-03-16 09:05"),
            ME2,
            [DEAN],
            """
            Hi Dean,

            Any news from Gannet? I know Friday was the target date.

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-03-19 12:15"),
            DEAN,
            [ME2],
            """
            Great news - Gannet want to offer you the role!

            GBP 78k base + 10% bonus, 25 days holiday, hybrid 2 days in Felixstowe/Ipswich. Start date is flexible.
            The formal offer letter will come from their People team. Give me a call when you can.
            """
            + DEAN_SIG,
            emp=True,
            quote="outlook",
            **dean(),
        ),
        M(
            at("2026-03-19 13:00"),
            ME2,
            [DEAN],
            """
            That's brilliant news, thank you Dean! Could I have until the end of next week to consider? I'll call
            you this afternoon.

            Robin

            Sent from my iPhone
            """,
            sent=True,
            quote="apple",
            **iphone(),
        ),
        M(
            at("2026-03-23 10:20"),
            GANNET_HR,
            [ME2],
            """
            Dear Robin,

            Following your conversations with Ffion Sowerby and Tollgate Talent, we are delighted to offer you the
            position of Analytics Engineering Lead at Gannet Freight Ltd. Your offer letter and contract are
            attached. Please sign and return them by Friday 3 April.

            Kind regards,
            Gannet Freight People Team
            """,
            subject="Your offer from Gannet Freight",
            emp=True,
            mid_style="outlook",
            files=[
                (
                    "Offer_Letter_Robin_Okafor.txt",
                    "text/plain",
                    "Gannet Freight Ltd - Offer of Employment\n\nPosition: Analytics Engineering Lead\n"
                    "Salary: GBP 78,000 per annum\nBonus: up to 10%\nHoliday: 25 days plus bank holidays\n",
                )
            ],
        ),
        M(
            at("2026-03-24 08:45"),
            ME2,
            [GANNET_HR],
            """
            Dear People Team,

            Thank you very much - I've received the letter and contract and will come back to you by Friday 3 April.

            Kind regards,
            Robin Okafor
            """,
            sent=True,
            mid_style="apple",
        ),
    ],
    interviews=[(at("2026-02-06 11:30"), "2026-02-03"), (at("2026-02-17 10:00"), "2026-02-11")],
    reply_by=[("2026-03-13", "2026-03-02")],
    outcome=("offer", "2026-03-19"),
)

# --- 3. Wychbold Health via SmartRecruiters: UTC invite, early second nudge, 'still reviewing', form rejection ---
ROSALIND = ("Rosalind Hartley", "rosalind.hartley@wychbold-health.example")
SR_ACK = ("Wychbold Health via SmartRecruiters", "no-reply@smartrecruiters-mail.example")
SR_INT = ("Wychbold Health via SmartRecruiters", "interviews@smartrecruiters-mail.example")
WYCHBOLD = App(
    "wychbold-health",
    "Wychbold Health",
    "SmartRecruiters auto-ack (not an employer message); availability asked and answered; invite from the ATS with "
    "UTC times; two nudges, the second only 4 days after the first; 'by Friday 6 March' (waiting on Mar 4); "
    "terse form rejection from the ATS no-reply address on Mar 10",
    [
        M(
            at("2026-01-21 18:02"),
            SR_ACK,
            [ME],
            """
            Hi Robin,

            Thank you for applying for the Data Platform Engineer position at Wychbold Health. We have received
            your application and our recruitment team will review it shortly. If your experience matches what
            we're looking for, someone from the team will be in touch.

            Kind regards,
            Wychbold Health Talent Acquisition

            This is an automated message, please do not reply.
            """,
            subject="Thank you for applying to Wychbold Health",
            auto=True,
            cte="base64",
            mid_style="other",
            html="auto",
            thread="ack",
        ),
        M(
            at("2026-02-05 09:30"),
            ROSALIND,
            [ME],
            """
            Dear Robin,

            Thank you for your application for the Data Platform Engineer role. We'd like to invite you to a
            30-minute phone screen with me, to talk through your background and the role.

            Could you let me know some times that suit you next week? Our system will then send you a confirmation.

            Kind regards,
            Rosalind Hartley
            Talent Acquisition Partner
            Wychbold Health
            """,
            subject="Data Platform Engineer - phone screen",
            emp=True,
            ask=True,
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-02-05 12:10"),
            ME,
            [ROSALIND],
            """
            Dear Rosalind,

            Thank you - I'd be glad to. Next week I'm free on Wednesday 11th after 1pm and on Thursday 12th between
            10:00 and 12:00.

            Kind regards,
            Robin Okafor
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-06 10:01"),
            SR_INT,
            [ME],
            """
            Hi Robin,

            Your interview has been confirmed.

            Position: Data Platform Engineer
            Interview: Phone screen with Rosalind Hartley
            When: Thursday, 12 February 2026, 10:00 - 10:30 (GMT)
            Rosalind will call you on the number in your application.

            A calendar invitation is attached. Need to reschedule? Reply to this email.

            Wychbold Health via SmartRecruiters
            """,
            subject="Interview confirmed: Data Platform Engineer",
            auto=True,
            reply_to=ROSALIND,
            thread="ats",
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "sr-7f3a9c21e0@smartrecruiters-mail.example",
                    "Phone screen: Robin Okafor / Data Platform Engineer",
                    ROSALIND,
                    at("2026-02-12 10:00"),
                    at("2026-02-12 10:30"),
                    tzid=None,
                    prodid="-//SmartRecruiters//Interview Scheduler//EN",
                    location="Phone call",
                )
            ],
        ),
        M(
            at("2026-02-12 14:20"),
            ME,
            [ROSALIND],
            """
            Dear Rosalind,

            Thank you for the call this morning. It was helpful to hear more about the platform migration, and I'm
            very interested in taking things further.

            Kind regards,
            Robin
            """,
            subject="Re: Data Platform Engineer - phone screen",
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-19 09:10"),
            ME,
            [ROSALIND],
            """
            Dear Rosalind,

            I hope you're well. I wanted to follow up on our phone screen last Thursday - is there any news on next
            steps?

            Kind regards,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-23 08:45"),
            ME,
            [ROSALIND],
            """
            Hi Rosalind, just checking whether my last email reached you? Thanks, Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-24 16:40"),
            ROSALIND,
            [ME],
            """
            Dear Robin,

            Apologies for the slow reply - our hiring manager has been on leave. The panel is still reviewing the
            phone screens and we'll update you by Friday 6 March at the latest.

            Kind regards,
            Rosalind
            """,
            emp=True,
            quote="outlook",
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-03-10 07:15"),
            SR_ACK,
            [ME],
            """
            Dear Robin,

            Thank you for your interest in the Data Platform Engineer position at Wychbold Health. After careful
            consideration, we will not be moving forward with your application.

            We wish you every success in your search.

            Wychbold Health Talent Acquisition
            """,
            subject="Your application to Wychbold Health",
            auto=True,
            cte="base64",
            mid_style="other",
            thread="reject",
        ),
    ],
    interviews=[(at("2026-02-12 10:00"), "2026-02-06")],
    reply_by=[("2026-03-06", "2026-02-24")],
    outcome=("rejected", "2026-03-10"),
)

# --- 4. Falkenstein Mobility (German): Personio ack, "am Donnerstag, 5. März um 14 Uhr", "bis Mitte nächster Woche" --
BIRGIT = ("Birgit Vogelsang", "b.vogelsang@falkenstein-mobility.example")
PERSONIO = ("Falkenstein Mobility GmbH über Personio", "noreply@personio-mail.example")
FALKENSTEIN = App(
    "falkenstein-mobility",
    "Falkenstein Mobility",
    "German process: Personio acknowledgement, then 'am Donnerstag, 5. März um 14 Uhr' (CET) proposed Feb 24 and "
    "confirmed: upcoming on Mar 4; 'bis Mitte nächster Woche' (Mar 11); one nudge; 'leider müssen wir Ihnen "
    "mitteilen' rejection Mar 17",
    [
        M(
            at("2026-02-10 14:03", BER),
            PERSONIO,
            [ME],
            """
            Guten Tag Robin Okafor,

            vielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d) bei der Falkenstein Mobility GmbH und
            Ihr Interesse an unserem Unternehmen. Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig.
            Wir melden uns so schnell wie möglich bei Ihnen.

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Falkenstein Mobility GmbH

            Diese E-Mail wurde automatisch erstellt.
            """,
            subject="Ihre Bewerbung bei der Falkenstein Mobility GmbH",
            auto=True,
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-02-24 10:15", BER),
            BIRGIT,
            [ME],
            """
            Guten Tag Robin Okafor,

            vielen Dank für Ihre Bewerbung und Ihre Geduld. Ihr Profil hat uns sehr angesprochen, und wir möchten
            Sie gern zu einem ersten Videogespräch einladen: am Donnerstag, 5. März um 14 Uhr, mit unserem
            Teamleiter Data Platform, Herrn Vinzenz Brandauer, und mir. Das Gespräch dauert etwa eine Stunde und
            findet über Microsoft Teams statt.

            Passt Ihnen der Termin? Dann sende ich Ihnen den Link.

            Mit freundlichen Grüßen
            Birgit Vogelsang
            Talent Acquisition
            Falkenstein Mobility GmbH | Landsberger Straße 110 | 80339 München
            """,
            subject="Einladung zum Kennenlernen - Senior Data Engineer (m/w/d)",
            emp=True,
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-02-24 11:20"),
            ME,
            [BIRGIT],
            """
            Guten Tag Frau Vogelsang,

            vielen Dank für die Einladung. Der Termin am Donnerstag, 5. März um 14 Uhr passt mir sehr gut. Ich freue
            mich auf das Gespräch mit Ihnen und Herrn Brandauer.

            Mit freundlichen Grüßen
            Robin Okafor
            """,
            sent=True,
            quote="de-gmail",
            re="AW: ",
            **gmail(),
        ),
        M(
            at("2026-03-05 16:30"),
            ME,
            [BIRGIT],
            """
            Guten Tag Frau Vogelsang,

            vielen Dank für das angenehme Gespräch heute. Die Einblicke in Ihre Datenplattform und die geplante
            Umstellung auf Echtzeitdaten fand ich sehr spannend, und ich bin weiterhin sehr an der Position
            interessiert.

            Mit freundlichen Grüßen
            Robin Okafor
            """,
            sent=True,
            quote="de-gmail",
            re="AW: ",
            **gmail(),
        ),
        M(
            at("2026-03-06 09:40", BER),
            BIRGIT,
            [ME],
            """
            Guten Tag Robin Okafor,

            vielen Dank für Ihre Nachricht und das gute Gespräch. Wir führen in dieser Woche noch Gespräche mit
            weiteren Kandidat*innen und melden uns bis Mitte nächster Woche bei Ihnen.

            Mit freundlichen Grüßen
            Birgit Vogelsang
            """,
            emp=True,
            quote="de-gmail",
            re="AW: ",
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-03-16 10:05"),
            ME,
            [BIRGIT],
            """
            Guten Tag Frau Vogelsang,

            ich hoffe, es geht Ihnen gut. Ich wollte freundlich nachfragen, ob es zur Position als Senior Data
            Engineer schon Neuigkeiten gibt.

            Mit freundlichen Grüßen
            Robin Okafor
            """,
            sent=True,
            quote="de-gmail",
            re="AW: ",
            **gmail(),
        ),
        M(
            at("2026-03-17 15:22", BER),
            BIRGIT,
            [ME],
            """
            Guten Tag Robin Okafor,

            vielen Dank für Ihre Geduld und Ihr Interesse an der Falkenstein Mobility GmbH. Leider müssen wir Ihnen
            mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Erfahrung noch etwas
            besser zu den aktuellen Anforderungen passt.

            Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre weitere Suche alles Gute.

            Mit freundlichen Grüßen
            Birgit Vogelsang
            """,
            emp=True,
            quote="de-gmail",
            re="AW: ",
            mid_style="outlook",
            html="auto",
        ),
    ],
    interviews=[(at("2026-03-05 14:00", BER), "2026-02-24")],
    reply_by=[("2026-03-11", "2026-03-06")],
    outcome=("rejected", "2026-03-17"),
)

# --- 5. Zinnober Software (German): availability, Berlin-time invite, NEW thread from the hiring manager with a
#        take-home (your_turn on Mar 4), second round, "innerhalb von zwei Wochen", three nudges ------------------
WIEBKE = ("Wiebke Hofstätter", "wiebke.hofstaetter@zinnober.example")
MATHIS = ("Mathis Erlbach", "mathis.erlbach@zinnober.example")


def tb(**kw: object) -> dict[str, object]:
    return {"mid_style": "thunderbird", "headers": {"User-Agent": "Mozilla Thunderbird"}, **kw}


FALLSTUDIE = """Fallstudie: Lieferzeiten-Prognose

Ausgangslage: Wir erhalten pro Tag ca. 40 Mio. Ereignisse aus unseren Lagern (CSV, siehe Beispiel).
Aufgabe:
1. Skizzieren Sie eine Pipeline, die die Ereignisse stündlich in ein Data Warehouse lädt.
2. Beschreiben Sie, wie Sie Datenqualität überwachen würden.
3. Schreiben Sie eine SQL-Abfrage für die mittlere Lieferzeit je Lager und Woche.

Umfang: max. 3 Stunden. Format: PDF, Markdown oder Notebook.
"""
ZINNOBER = App(
    "zinnober-software",
    "Zinnober Software",
    "German process: availability asked and answered; calendar part with TZID=Europe/Berlin (11:00 CET = 10:00 GMT); "
    "hiring manager writes in a NEW thread with a take-home (your_turn on Mar 4, answered Mar 5); second round "
    "'Donnerstag, 12.03., 15:00 Uhr'; 'innerhalb von zwei Wochen' (Mar 27) keeps it waiting on Mar 25; three nudges "
    "(waiting, none left, on Apr 21)",
    [
        M(
            at("2026-02-16 11:05", BER),
            WIEBKE,
            [ME],
            """
            Hallo Robin,

            vielen Dank für Ihre Bewerbung als Analytics Engineer bei Zinnober. Wir würden Sie gern zu einem ersten
            Kennenlernen (45 Minuten, per Video) einladen.

            Wann hätten Sie nächste Woche Zeit? Nennen Sie mir gern zwei oder drei Zeitfenster, dann schicke ich
            Ihnen eine Kalendereinladung.

            Viele Grüße aus Berlin
            Wiebke Hofstätter
            People & Culture | Zinnober Software GmbH
            """,
            subject="Ihre Bewerbung als Analytics Engineer",
            emp=True,
            ask=True,
            **tb(),
        ),
        M(
            at("2026-02-17 08:40"),
            ME,
            [WIEBKE],
            """
            Hallo Frau Hofstätter,

            vielen Dank für Ihre Nachricht, ich freue mich sehr. Nächste Woche passt mir:

            - Dienstag, 24.02., vormittags
            - Mittwoch, 25.02., ganztägig
            - Donnerstag, 26.02., ab 14 Uhr (Ihrer Zeit)

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            **tb(),
        ),
        M(
            at("2026-02-18 13:30", BER),
            WIEBKE,
            [ME],
            """
            Hallo Robin,

            super, dann nehmen wir Dienstag, 24. Februar, 11:00 Uhr (Berliner Zeit). Die Einladung mit dem
            Video-Link kommt mit dieser Mail. Sie sprechen mit mir und mit Mathis Erlbach, unserem Head of Data.

            Viele Grüße
            Wiebke
            """,
            emp=True,
            quote="de-thunderbird",
            re="AW: ",
            **tb(
                cals=[
                    Cal(
                        "REQUEST",
                        "zin-20260224-kennenlernen@zinnober.example",
                        "Kennenlernen Robin Okafor / Analytics Engineer",
                        WIEBKE,
                        at("2026-02-24 11:00", BER),
                        at("2026-02-24 11:45", BER),
                        tzid="Europe/Berlin",
                        prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                        location="https://video.zinnober.example/r/kennenlernen",
                        attendees=(OWNER, MATHIS),
                    )
                ]
            ),
        ),
        M(
            at("2026-02-18 14:00"),
            ME,
            [WIEBKE],
            """
            Danke, der Termin ist notiert. Bis Dienstag!

            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            **tb(),
        ),
        M(
            at("2026-02-24 15:10"),
            ME,
            [WIEBKE, MATHIS],
            """
            Hallo Frau Hofstätter, hallo Herr Erlbach,

            herzlichen Dank für das Gespräch heute Vormittag. Die Fragen zur Modellierung der Lagerdaten haben mir
            viel Spaß gemacht. Ich freue mich, von Ihnen zu hören.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            re="AW: ",
            **tb(),
        ),
        M(
            at("2026-03-03 16:40", BER),
            MATHIS,
            [ME],
            """
            Hallo Robin,

            Wiebke hat mir Ihre Unterlagen und Ihr Feedback weitergeleitet - vielen Dank noch einmal für das
            Gespräch. Als nächsten Schritt bitten wir Sie, die beigefügte Fallstudie zu bearbeiten und uns Ihre
            Lösung zu schicken. Planen Sie bitte nicht mehr als drei Stunden ein.

            Beste Grüße
            Mathis Erlbach
            Head of Data | Zinnober Software GmbH
            """,
            subject="Fallstudie für die zweite Runde",
            emp=True,
            ask=True,
            thread="hm",
            mid_style="apple",
            files=[("Fallstudie_Analytics_Engineer.txt", "text/plain", FALLSTUDIE)],
        ),
        M(
            at("2026-03-05 11:00"),
            ME,
            [MATHIS],
            """
            Hallo Herr Erlbach,

            vielen Dank für die spannende Aufgabe. Anbei meine Lösung zur Fallstudie als Markdown-Datei, inklusive
            SQL-Abfrage und einer Skizze der Pipeline.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            files=[
                (
                    "Loesung_Fallstudie_Okafor.md",
                    "text/markdown",
                    "# Lösung Fallstudie\n\n## Pipeline\nStündlicher Load mit Partitionierung nach Lager und Tag.\n",
                )
            ],
            **tb(),
        ),
        M(
            at("2026-03-09 10:20", BER),
            MATHIS,
            [ME],
            """
            Hallo Robin,

            vielen Dank für Ihre Lösung - sehr klar und pragmatisch. Wir möchten Sie gern zur zweiten Runde
            einladen: am Donnerstag, 12.03., 15:00 - 16:00 Uhr, per Video mit mir und zwei Kollegen aus dem Team.
            Wir besprechen dabei Ihre Lösung.

            Passt Ihnen das?

            Beste Grüße
            Mathis
            """,
            emp=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            mid_style="apple",
        ),
        M(
            at("2026-03-09 12:00"),
            ME,
            [MATHIS],
            """
            Hallo Herr Erlbach,

            sehr gern, Donnerstag, 12.03. um 15 Uhr passt mir.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            **tb(),
        ),
        M(
            at("2026-03-12 17:20"),
            ME,
            [MATHIS],
            """
            Hallo Herr Erlbach,

            danke für das offene Gespräch heute und die guten Fragen zu meiner Lösung. Ich würde sehr gern Teil
            Ihres Teams werden.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            **tb(),
        ),
        M(
            at("2026-03-13 09:10", BER),
            MATHIS,
            [ME],
            """
            Hallo Robin,

            danke Ihnen! Wir führen noch zwei weitere Gespräche und melden uns innerhalb von zwei Wochen mit einer
            Entscheidung bei Ihnen.

            Beste Grüße
            Mathis
            """,
            emp=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            mid_style="apple",
        ),
        M(
            at("2026-04-01 09:30"),
            ME,
            [MATHIS],
            """
            Hallo Herr Erlbach,

            ich hoffe, Sie hatten eine gute Woche. Gibt es schon Neuigkeiten zur Position als Analytics Engineer?

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            **tb(),
        ),
        M(
            at("2026-04-08 09:45"),
            ME,
            [MATHIS, WIEBKE],
            """
            Hallo Herr Erlbach, hallo Frau Hofstätter,

            ich wollte mich noch einmal nach dem Stand des Auswahlverfahrens erkundigen. Ich bin weiterhin sehr
            interessiert.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            **tb(),
        ),
        M(
            at("2026-04-15 10:00"),
            ME,
            [MATHIS, WIEBKE],
            """
            Hallo zusammen,

            ein letzter kurzer Nachtrag von meiner Seite: Falls die Stelle inzwischen besetzt ist, freue ich mich
            auch über eine kurze Rückmeldung.

            Viele Grüße
            Robin Okafor
            """,
            sent=True,
            quote="de-thunderbird",
            re="AW: ",
            thread="hm",
            **tb(),
        ),
    ],
    interviews=[(at("2026-02-24 11:00", BER), "2026-02-18"), (at("2026-03-12 15:00", BER), "2026-03-09")],
    reply_by=[("2026-03-27", "2026-03-13")],
)

# --- 6. Azahar Tecnologías (Spanish) via Teamtailor: "el jueves 12 a las 16:00", "en las próximas dos semanas" --
BEGONA = ("Begoña Garrido", "begona.garrido@azahar.example")
TEAMTAILOR = ("Azahar Tecnologías vía Teamtailor", "notifications@teamtailor-mail.example")
AZAHAR = App(
    "azahar-tecnologias",
    "Azahar Tecnologías",
    "Spanish process: Teamtailor auto-ack (null on Mar 4); recruiter writes through Teamtailor with Reply-To; "
    "'el jueves 12 a las 16:00' (Madrid) from Mon Mar 9 means Mar 12; 'en las próximas dos semanas' (Mar 27); "
    "'hemos decidido continuar con otros candidatos' on Apr 7",
    [
        M(
            at("2026-02-25 12:00", MAD),
            TEAMTAILOR,
            [ME],
            """
            Hola Robin:

            ¡Gracias por tu candidatura al puesto de Ingeniero/a de Datos en Azahar Tecnologías! La hemos recibido
            correctamente. Nuestro equipo la revisará y te escribiremos si tu perfil encaja con lo que buscamos.

            Un saludo,
            El equipo de Talento de Azahar Tecnologías

            Este mensaje se ha enviado automáticamente.
            """,
            subject="Hemos recibido tu candidatura",
            auto=True,
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-03-09 10:05", MAD),
            TEAMTAILOR,
            [ME],
            """
            Hola Robin:

            Soy Begoña, del equipo de Talento de Azahar. Hemos revisado tu candidatura y nos gustaría conocerte en
            una videollamada de unos 45 minutos con Álvaro Sanchís, nuestro responsable de datos.

            ¿Te vendría bien el jueves 12 a las 16:00 (hora de Madrid)?

            Un abrazo,
            Begoña Garrido
            Talent Acquisition · Azahar Tecnologías
            """,
            subject="Entrevista - Ingeniero/a de Datos",
            emp=True,
            reply_to=BEGONA,
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-03-09 11:30"),
            ME,
            [BEGONA],
            """
            Hola Begoña:

            ¡Muchas gracias! El jueves 12 a las 16:00 (hora de Madrid) me va perfecto. Quedo a la espera del enlace.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-12 17:45"),
            ME,
            [BEGONA],
            """
            Hola Begoña:

            Muchas gracias por organizar la entrevista de hoy. La conversación con Álvaro sobre la plataforma de
            datos me ha resultado muy interesante y sigo muy ilusionado con el puesto.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-13 13:20", MAD),
            BEGONA,
            [ME],
            """
            Hola Robin:

            ¡Gracias a ti por tu tiempo ayer! Estamos terminando las entrevistas con otros candidatos y te daremos
            una respuesta en las próximas dos semanas.

            Un abrazo,
            Begoña
            """,
            emp=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-04-07 11:50", MAD),
            BEGONA,
            [ME],
            """
            Hola Robin:

            Gracias por tu paciencia durante todo el proceso. Tras valorar todas las candidaturas, hemos decidido
            continuar con otros candidatos cuyo perfil se ajusta más a lo que el equipo necesita en este momento.

            Nos ha encantado conocerte y guardaremos tu candidatura para futuras posiciones.

            Un abrazo,
            Begoña
            """,
            emp=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-04-07 13:00"),
            ME,
            [BEGONA],
            """
            Hola Begoña:

            Gracias por avisarme y por la amabilidad durante todo el proceso. ¡Mucha suerte al equipo!

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-03-12 16:00", MAD), "2026-03-09")],
    reply_by=[("2026-03-27", "2026-03-13")],
    outcome=("rejected", "2026-04-07"),
)

# --- 7. Ceiba Pagos (Spanish): salary + availability ask, "como muy tarde el viernes 27", second round via an
#        .ics attachment (Europe/Madrid), two nudges, cold --------------------------------------------
MARTA = ("Marta Roig", "marta.roig@ceibapagos.example")
JORDI = ("Jordi Puigvert", "jordi.puigvert@ceibapagos.example")
CEIBA = App(
    "ceiba-pagos",
    "Ceiba Pagos",
    "Spanish process: salary expectations and availability asked first (answered next day); 'el martes 10 de "
    "febrero a las 10:00 (hora peninsular)'; one nudge; 'seguimos revisando ... como muy tarde el viernes 27' resets it "
    "(due on Mar 4); second round by .ics attachment (TZID=Europe/Madrid) Mar 18: due on Mar 25; two nudges; cold "
    "on Apr 21",
    [
        M(
            at("2026-02-02 09:45", MAD),
            MARTA,
            [ME],
            """
            Hola Robin,

            Gracias por tu interés en el puesto de Analytics Engineer en Ceiba Pagos. Tu experiencia nos parece muy
            interesante.

            Antes de agendar la primera entrevista, ¿podrías indicarme tus expectativas salariales y tu
            disponibilidad para la semana que viene?

            Saludos,
            Marta Roig
            Talent · Ceiba Pagos · Barcelona
            """,
            subject="Analytics Engineer - Ceiba Pagos",
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-02-03 08:30"),
            ME,
            [MARTA],
            """
            Hola Marta,

            Muchas gracias por tu mensaje. Mis expectativas salariales están entre 70.000 y 75.000 EUR brutos
            anuales, en función del paquete total. La semana que viene tengo disponibilidad el martes y el miércoles
            por la mañana, y el jueves a partir de las 15:00 (hora peninsular).

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-02-04 10:10", MAD),
            MARTA,
            [ME],
            """
            Perfecto, Robin. Te propongo el martes 10 de febrero a las 10:00 (hora peninsular) por Google Meet, con
            Laia, nuestra responsable de analítica. ¿Te encaja?

            Saludos,
            Marta
            """,
            emp=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-02-04 10:20"),
            ME,
            [MARTA],
            """
            Me encaja perfectamente. ¡Gracias, Marta!

            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-02-11 09:00"),
            ME,
            [MARTA],
            """
            Hola Marta,

            Quería darte las gracias por la entrevista de ayer con Laia. Me gustó mucho conocer cómo trabajáis con
            los datos de pagos en tiempo real.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-02-18 09:30"),
            ME,
            [MARTA],
            """
            Hola Marta,

            Espero que estés bien. ¿Hay alguna novedad sobre el proceso de Analytics Engineer?

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-02-19 17:05", MAD),
            MARTA,
            [ME],
            """
            Hola Robin,

            Disculpa la demora. Seguimos revisando candidaturas y el equipo aún tiene un par de entrevistas
            pendientes; te diremos algo como muy tarde el viernes 27.

            Saludos,
            Marta
            """,
            emp=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-05 09:10"),
            ME,
            [MARTA],
            """
            Hola Marta,

            ¿Hay novedades? Sigo muy interesado en el puesto.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-06 12:30", MAD),
            MARTA,
            [ME],
            """
            Hola Robin,

            ¡Perdona el retraso! Buenas noticias: Jordi, nuestro CTO, quiere conocerte en una segunda entrevista el
            miércoles 18 de marzo a las 17:00 (hora peninsular). Te adjunto la invitación.

            Saludos,
            Marta
            """,
            emp=True,
            quote="es",
            **gmail(
                cals=[
                    Cal(
                        "REQUEST",
                        "ceiba-2a-entrevista-okafor@ceibapagos.example",
                        "Segunda entrevista: Robin Okafor / Jordi Puigvert",
                        MARTA,
                        at("2026-03-18 17:00", MAD),
                        at("2026-03-18 18:00", MAD),
                        tzid="Europe/Madrid",
                        attendees=(OWNER, JORDI),
                        location="Google Meet",
                        attach=True,
                    )
                ]
            ),
        ),
        M(
            at("2026-03-06 13:00"),
            ME,
            [MARTA],
            """
            ¡Genial, Marta! Allí estaré el miércoles 18 a las 17:00.

            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-18 19:00"),
            ME,
            [MARTA, JORDI],
            """
            Hola Jordi, hola Marta,

            Muchas gracias por la conversación de esta tarde. Me quedo con muchas ganas de ayudar a construir la
            nueva plataforma de datos.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-03-26 09:20"),
            ME,
            [MARTA],
            """
            Hola Marta,

            Te escribo para saber si hay alguna novedad tras la entrevista con Jordi.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
        M(
            at("2026-04-02 09:15"),
            ME,
            [MARTA, JORDI],
            """
            Hola Marta, hola Jordi,

            Solo quería comprobar si el proceso sigue adelante. Cualquier noticia será bienvenida.

            Un saludo,
            Robin
            """,
            sent=True,
            quote="es",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-02-10 10:00", MAD), "2026-02-04"), (at("2026-03-18 17:00", MAD), "2026-03-06")],
    reply_by=[("2026-02-27", "2026-02-19")],
)

# --- 8. Ardoise Logiciels (French): Recruitee ack, "le mardi 17 mars à 10h", "d'ici la fin de la semaine
#        prochaine" twice, availability for a second round, Outlook invite in "Romance Standard Time" ------------
ELODIE = ("Élodie Marchetti", "elodie.marchetti@ardoise-logiciels.example")
RECRUITEE = ("Ardoise Logiciels via Recruitee", "no-reply@recruitee-mail.example")
ARDOISE = App(
    "ardoise-logiciels",
    "Ardoise Logiciels",
    "French process: Recruitee ack in January (null on Mar 4); 'le mardi 17 mars à 10h' (Paris) proposed Mar 9; "
    "'d'ici la fin de la semaine prochaine' (Mar 27) keeps it waiting on Mar 25; availability asked Mar 27 and "
    "answered Sat Mar 28; Outlook invite (TZID 'Romance Standard Time') for Apr 14 after the DST switch; a second "
    "'d'ici la fin de la semaine prochaine' (Apr 24) keeps it waiting on Apr 21",
    [
        M(
            at("2026-01-28 15:30", PAR),
            RECRUITEE,
            [ME],
            """
            Bonjour Robin,

            Nous avons bien reçu votre candidature pour le poste de Data Engineer confirmé·e chez Ardoise
            Logiciels et nous vous en remercions. Notre équipe l'étudiera avec attention et reviendra vers vous si
            votre profil correspond à nos besoins.

            L'équipe Recrutement d'Ardoise Logiciels

            Ceci est un message automatique, merci de ne pas y répondre.
            """,
            subject="Votre candidature chez Ardoise Logiciels",
            auto=True,
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-03-09 10:05", PAR),
            ELODIE,
            [ME],
            """
            Bonjour Robin,

            Merci pour votre candidature et pour votre patience. Votre parcours a retenu notre attention et je vous
            propose un entretien en visio avec Bastien Lefranc, responsable de l'équipe Data, le mardi 17 mars à
            10h (heure de Paris). L'entretien durera environ une heure.

            Cela vous convient-il ?

            Bien cordialement,
            Élodie Marchetti
            Chargée de recrutement · Ardoise Logiciels · Lyon
            """,
            subject="Entretien - Data Engineer confirmé·e",
            emp=True,
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-03-09 14:00"),
            ME,
            [ELODIE],
            """
            Bonjour Élodie,

            Merci beaucoup pour votre message. Le mardi 17 mars à 10h (heure de Paris) me convient parfaitement.

            Bien cordialement,
            Robin Okafor
            """,
            sent=True,
            quote="fr",
            **gmail(),
        ),
        M(
            at("2026-03-17 15:00"),
            ME,
            [ELODIE],
            """
            Bonjour Élodie,

            Je tenais à vous remercier pour l'organisation de l'entretien de ce matin. L'échange avec Bastien sur
            la refonte de votre entrepôt de données était passionnant.

            Bien cordialement,
            Robin Okafor
            """,
            sent=True,
            quote="fr",
            **gmail(),
        ),
        M(
            at("2026-03-18 11:00", PAR),
            ELODIE,
            [ME],
            """
            Bonjour Robin,

            Merci pour votre message, Bastien a également apprécié l'échange. Nous terminons les entretiens cette
            semaine et nous reviendrons vers vous d'ici la fin de la semaine prochaine.

            Bien cordialement,
            Élodie
            """,
            emp=True,
            quote="outlook-fr",
            re="RE : ",
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-03-27 16:10", PAR),
            ELODIE,
            [ME],
            """
            Bonjour Robin,

            Bonne nouvelle : Bastien souhaite vous revoir pour un second entretien, cette fois avec Solène Ferrand,
            notre CTO. Pourriez-vous m'indiquer vos disponibilités pour la semaine du 13 avril ?

            Bien cordialement,
            Élodie
            """,
            emp=True,
            ask=True,
            quote="outlook-fr",
            re="RE : ",
            mid_style="outlook",
            html="auto",
        ),
        M(
            at("2026-03-28 10:30"),
            ME,
            [ELODIE],
            """
            Bonjour Élodie,

            Excellente nouvelle, merci ! La semaine du 13 avril, je suis disponible le lundi 13 toute la journée,
            le mardi 14 après-midi et le jeudi 16 matin.

            Bien cordialement,
            Robin Okafor
            """,
            sent=True,
            quote="fr",
            **gmail(),
        ),
        M(
            at("2026-04-01 09:30", PAR),
            ELODIE,
            [ME],
            """
            Bonjour Robin,

            Je vous envoie l'invitation pour votre second entretien avec Solène Ferrand et Bastien Lefranc.

            Entretien - 2e tour
            mardi 14 avril 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
            Réunion Microsoft Teams

            Bien cordialement,
            Élodie
            """,
            subject="Entretien - 2e tour - Robin Okafor",
            emp=True,
            thread="invite2",
            mid_style="outlook",
            html="auto",
            cals=[
                Cal(
                    "REQUEST",
                    "040000008200E00074C5B7101A82E0080000000090B2A1C4D5C1DC01000000000000000010000000F3A1",
                    "Entretien - 2e tour - Robin Okafor",
                    ELODIE,
                    at("2026-04-14 14:00", PAR),
                    at("2026-04-14 15:00", PAR),
                    tzid="Romance Standard Time",
                    prodid="Microsoft Exchange Server 2010",
                    location="Réunion Microsoft Teams",
                    attendees=(OWNER, ("Solène Ferrand", "solene.ferrand@ardoise-logiciels.example")),
                )
            ],
        ),
        M(
            at("2026-04-01 10:00"),
            ME,
            [ELODIE],
            """
            C'est noté, merci Élodie. À mardi 14 !

            Robin
            """,
            sent=True,
            quote="fr",
            thread="invite2",
            **gmail(),
        ),
        M(
            at("2026-04-14 17:00"),
            ME,
            [ELODIE],
            """
            Bonjour Élodie,

            Merci pour ce second entretien. J'ai beaucoup apprécié la discussion avec Solène et Bastien sur la
            feuille de route technique.

            Bien cordialement,
            Robin Okafor
            """,
            sent=True,
            quote="fr",
            thread="invite2",
            **gmail(),
        ),
        M(
            at("2026-04-15 10:45", PAR),
            ELODIE,
            [ME],
            """
            Bonjour Robin,

            Merci à vous. Solène doit encore rencontrer une autre personne ; nous reviendrons vers vous d'ici la fin
            de la semaine prochaine.

            Bien cordialement,
            Élodie
            """,
            emp=True,
            quote="outlook-fr",
            re="RE : ",
            thread="invite2",
            mid_style="outlook",
            html="auto",
        ),
    ],
    interviews=[(at("2026-03-17 10:00", PAR), "2026-03-09"), (at("2026-04-14 14:00", PAR), "2026-04-01")],
    reply_by=[("2026-03-27", "2026-03-18"), ("2026-04-24", "2026-04-15")],
)

# --- 9. Colibri Énergie (French) via Workable: HTML-only mail, .ics attachment (Europe/Paris), one nudge, ----------
#        "nous avons retenu un autre profil" -------------------------------------------------------------------------
ANAIS = ("Anaïs Le Goff", "anais.legoff@colibri-energie.example")
WORKABLE = ("Colibri Énergie via Workable", "noreply@workable-mail.example")
COLIBRI_INVITE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;background:#f4f7f6">
<table width="600" align="center" style="background:#ffffff;padding:24px"><tr><td>
<p>Bonjour Robin,</p>
<p>Suite &agrave; votre candidature au poste d&rsquo;<b>Ing&eacute;nieur&middot;e Data</b>, nous souhaitons vous
rencontrer&nbsp;! Vous trouverez ci-joint une invitation pour un entretien avec Thomas Guivarc&rsquo;h, notre
responsable Data, le <b>jeudi 19 f&eacute;vrier de 15h &agrave; 16h</b> (heure de Paris), en visioconf&eacute;rence.</p>
<p>Merci de me confirmer votre pr&eacute;sence en r&eacute;pondant &agrave; ce message.</p>
<p>Bien &agrave; vous,<br>Ana&iuml;s Le Goff<br><span style="color:#6b7a86">Talent Acquisition &middot; Colibri
&Eacute;nergie &middot; Nantes</span></p>
</td></tr></table>
<p style="font-size:11px;color:#8a98a3;text-align:center">Envoy&eacute; via Workable pour Colibri &Eacute;nergie</p>
</td></tr></table>
</body></html>
"""
COLIBRI_REJECT_HTML = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bonjour Robin,</p>
<p>Nous vous remercions sinc&egrave;rement pour le temps que vous nous avez consacr&eacute; et pour votre
int&eacute;r&ecirc;t pour Colibri &Eacute;nergie.</p>
<p>Apr&egrave;s m&ucirc;re r&eacute;flexion, nous avons retenu un autre profil, dont l&rsquo;exp&eacute;rience
correspond davantage aux besoins actuels de l&rsquo;&eacute;quipe.</p>
<p>Nous vous souhaitons pleine r&eacute;ussite dans vos recherches.</p>
<p>Bien cordialement,<br>Ana&iuml;s Le Goff</p>
</div></body></html>
"""
COLIBRI = App(
    "colibri-energie",
    "Colibri Énergie",
    "French process: recruiter writes through Workable (Reply-To recruiter) in HTML only with an invite.ics "
    "attachment (TZID=Europe/Paris); thank-you next morning; one nudge (waiting on Mar 4); HTML-only "
    "'nous avons retenu un autre profil' on Mar 10",
    [
        M(
            at("2026-02-11 11:20", PAR),
            WORKABLE,
            [ME],
            "",
            subject="Invitation à un entretien - Ingénieur·e Data",
            emp=True,
            reply_to=ANAIS,
            html=COLIBRI_INVITE_HTML,
            html_only=True,
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "wk-9c1e7d0a-interview@workable-mail.example",
                    "Entretien Ingénieur·e Data - Robin Okafor",
                    ANAIS,
                    at("2026-02-19 15:00", PAR),
                    at("2026-02-19 16:00", PAR),
                    tzid="Europe/Paris",
                    prodid="-//Workable//Calendar//FR",
                    location="Visioconférence (lien envoyé par e-mail)",
                    attach=True,
                )
            ],
        ),
        M(
            at("2026-02-11 13:00"),
            ME,
            [ANAIS],
            """
            Bonjour Anaïs,

            Merci beaucoup, c'est noté pour le jeudi 19 février à 15h (heure de Paris). Au plaisir d'échanger avec
            Thomas.

            Bien à vous,
            Robin Okafor
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-20 09:00"),
            ME,
            [ANAIS],
            """
            Bonjour Anaïs,

            Un grand merci pour l'entretien d'hier avec Thomas. Le projet de prévision de production solaire me
            motive beaucoup.

            Bien à vous,
            Robin Okafor
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-02 09:30"),
            ME,
            [ANAIS],
            """
            Bonjour Anaïs,

            J'espère que vous allez bien. Je me permets de revenir vers vous au sujet du poste d'Ingénieur·e Data :
            avez-vous des nouvelles suite à mon entretien du 19 février ?

            Bien à vous,
            Robin Okafor
            """,
            sent=True,
            quote="fr",
            **gmail(),
        ),
        M(
            at("2026-03-10 14:00", PAR),
            ANAIS,
            [ME],
            "",
            emp=True,
            html=COLIBRI_REJECT_HTML,
            html_only=True,
            mid_style="outlook",
            re="RE : ",
        ),
    ],
    interviews=[(at("2026-02-19 15:00", PAR), "2026-02-11")],
    outcome=("rejected", "2026-03-10"),
)

# --- 10. Mossgiel Energy: Outlook invites in "GMT Standard Time", moved by SEQUENCE:1, references, CEO round, ---
#         a first nudge only 5 days after the interview ----------------------------------------------------------
FRASER = ("Fraser McLeish", "fraser.mcleish@mossgiel-energy.example")
MOSS_UID = "040000008200E00074C5B7101A82E00800000000B0C3F7E1A4A6DC010000000000000000100000002C4D"


def outlook(**kw: object) -> dict[str, object]:
    return {"mid_style": "outlook", "html": "auto", "re": "RE: ", **kw}


MOSSGIEL = App(
    "mossgiel-energy",
    "Mossgiel Energy",
    "verbose hiring manager; Outlook meeting request in TZID 'GMT Standard Time' for Mar 10, moved to Mar 12 by an "
    "updated request (same UID, SEQUENCE:1) on Mar 2: upcoming on Mar 4; references asked Fri Mar 13 and sent Sat; "
    "CEO round proposed for Apr 2 (upcoming on Mar 25); first nudge only 5 days after it, second a week later: due "
    "on Apr 21",
    [
        M(
            at("2026-02-25 16:45"),
            FRASER,
            [ME],
            """
            Dear Robin,

            Thank you very much for your application for the Lead Data Engineer position here at Mossgiel Energy,
            and please accept my apologies that it has taken us a little while to come back to you - it has been a
            busy few weeks with the wind-farm acquisitions, and I wanted to make sure I had read every application
            properly rather than skimming them.

            I was genuinely impressed by the work you describe on the forecasting pipelines at Pebblewick, and I
            would very much like to meet you to talk about the role, the team (currently six engineers and two
            analysts, spread between Glasgow and Aberdeen), and the challenges we have in bringing together SCADA
            telemetry, market prices and weather data.

            I have taken the liberty of sending you a meeting invitation for Tuesday 10 March at 10:00. The
            conversation will be with me and Gregor Baird, one of our senior engineers, and should take around an
            hour. It will be on Teams, so there is no need to travel for this first stage.

            If the time does not suit, please just say so and we will find another.

            With best regards,

            Fraser McLeish
            Head of Data Engineering
            Mossgiel Energy Ltd | 40 St Vincent Street, Glasgow
            """,
            subject="Lead Data Engineer - interview",
            emp=True,
            **outlook(
                cals=[
                    Cal(
                        "REQUEST",
                        MOSS_UID,
                        "Interview: Robin Okafor - Lead Data Engineer",
                        FRASER,
                        at("2026-03-10 10:00"),
                        at("2026-03-10 11:00"),
                        tzid="GMT Standard Time",
                        prodid="Microsoft Exchange Server 2010",
                        location="Microsoft Teams Meeting",
                        attendees=(OWNER, ("Gregor Baird", "gregor.baird@mossgiel-energy.example")),
                    )
                ]
            ),
        ),
        M(
            at("2026-02-25 18:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            Thank you for such a thoughtful message, and for the invitation. Tuesday 10 March at 10:00 is in my
            diary, and I'm looking forward to meeting you and Gregor.

            Best regards,
            Robin Okafor
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-03-02 11:30"),
            FRASER,
            [ME],
            """
            Dear Robin,

            I am so sorry to do this, but a board meeting has landed on top of our slot on the 10th. Could we move
            to Thursday 12 March at 11:00 instead? I have sent an updated invitation, which should replace the
            original one in your calendar.

            With apologies and best regards,
            Fraser
            """,
            subject="Updated: Lead Data Engineer - interview",
            emp=True,
            thread="upd",
            **outlook(
                cals=[
                    Cal(
                        "REQUEST",
                        MOSS_UID,
                        "Interview: Robin Okafor - Lead Data Engineer",
                        FRASER,
                        at("2026-03-12 11:00"),
                        at("2026-03-12 12:00"),
                        tzid="GMT Standard Time",
                        seq=1,
                        prodid="Microsoft Exchange Server 2010",
                        location="Microsoft Teams Meeting",
                        attendees=(OWNER, ("Gregor Baird", "gregor.baird@mossgiel-energy.example")),
                    )
                ]
            ),
        ),
        M(
            at("2026-03-02 12:05"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            No problem at all - Thursday 12 March at 11:00 works for me.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-03-12 16:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            Thank you and Gregor for this morning. I particularly enjoyed the discussion about reconciling
            half-hourly settlement data, and it confirmed how much I'd like to join the team.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-03-13 10:15"),
            FRASER,
            [ME],
            """
            Dear Robin,

            Thank you for your kind note, and for a very enjoyable conversation yesterday - Gregor and I both came
            away with a strong impression.

            Before we take things further, could you send me the names and contact details of two referees,
            ideally including a recent line manager? We will only contact them with your agreement, and not
            before the final stage.

            With best regards,
            Fraser
            """,
            emp=True,
            ask=True,
            quote="outlook",
            thread="upd",
            **outlook(),
        ),
        M(
            at("2026-03-14 10:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            Of course - here are my two referees:

            - Gwendolyn Ashdown, Head of Engineering, Pebblewick Retail (my line manager 2022-2026),
              gwendolyn.ashdown@pebblewick.example, 020 7946 0321
            - Dr Kwame Boateng, formerly Principal Analyst at Pebblewick, now at the University of Leeds,
              k.boateng@leeds-uni.example

            Both are happy to be contacted.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-03-20 15:30"),
            FRASER,
            [ME],
            """
            Dear Robin,

            Both references came back glowing - thank you for arranging them so quickly. The last step in our
            process is a conversation with our Chief Executive, Morag Dunlop. Could you do Thursday 2 April at
            9:30? It would be at our Glasgow office if you can make the trip (we will of course cover travel),
            though video is perfectly fine.

            With best regards,
            Fraser
            """,
            emp=True,
            quote="outlook",
            thread="upd",
            **outlook(),
        ),
        M(
            at("2026-03-20 16:10"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            That's wonderful news. Thursday 2 April at 9:30 works - I'll come up to Glasgow.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-04-02 18:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            Thank you for hosting me today, and please pass on my thanks to Morag. It was great to see the control
            room and to meet the team over lunch.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-04-07 09:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            I hope you had a good Easter weekend. I wondered whether there was any news following my conversation
            with Morag last Thursday?

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
        M(
            at("2026-04-14 09:00"),
            ME,
            [FRASER],
            """
            Dear Fraser,

            Just following up on my note of last week - I remain very keen on the role and would be grateful for
            any indication of timing.

            Best regards,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            thread="upd",
            **tb(),
        ),
    ],
    interviews=[(at("2026-03-12 11:00"), "2026-03-02"), (at("2026-04-02 09:30"), "2026-03-20")],
)

# --- 11. Thistledown Games: GoodTime invites (UTC), a CANCEL and a new invite, take-home, "within a week", -----
#         two nudges, the owner withdraws --------------------------------------------------------------------------
MORVEN = ("Morven Gillies", "morven.gillies@thistledown.example")
GOODTIME = ("Thistledown Games via GoodTime", "scheduling@goodtime-mail.example")
TAKE_HOME = """Thistledown Games - Data Engineering take-home

We run ~2M game sessions a day. The attached schema describes session events.
1. Design a daily job that builds a player-retention table (D1, D7, D30).
2. Write the SQL (any dialect) for D7 retention by acquisition channel.
3. Tell us how you would test it and what you would monitor.

Please spend no more than 3 hours. Send a PDF, notebook or repository link.
"""


def goodtime_cal(
    uid: str, start: str, method: str = "REQUEST", seq: int = 0, status: str = "CONFIRMED"
) -> Cal:
    s = at(start)
    return Cal(
        method,
        uid,
        "Interview: Robin Okafor <> Eilidh Carmichael (Data Engineer)",
        GOODTIME,
        s,
        s + timedelta(hours=1),
        tzid=None,
        seq=seq,
        status=status,
        prodid="-//GoodTime.io//Scheduling//EN",
        location="Zoom (link in description)",
        description="Data Engineer first interview with Eilidh Carmichael, Lead Data Engineer.",
    )


THISTLEDOWN = App(
    "thistledown-games",
    "Thistledown Games",
    "GoodTime scheduling mails (automated, UTC times, Reply-To recruiter); first interview CANCELLED (METHOD:CANCEL) "
    "and rebooked with a new UID; take-home asked Fri Feb 13, sent Sat; 'within a week' (Feb 24): due on Mar 4; two "
    "nudges; owner withdraws Mar 20",
    [
        M(
            at("2026-01-29 11:10"),
            MORVEN,
            [ME],
            """
            Hi Robin,

            Thanks for applying to Thistledown! We'd love to set up a first interview with Eilidh Carmichael, our
            Lead Data Engineer. Could you send me your availability for next week? Our scheduling tool will then
            send you an invite.

            Cheers,
            Morven
            --
            Morven Gillies | Talent | Thistledown Games, Dundee
            """,
            subject="Thistledown Games - Data Engineer",
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-01-29 13:45"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            Great to hear from you! Next week I'm free Tuesday and Wednesday afternoons, and Friday morning.

            Thanks,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-01-30 09:02"),
            GOODTIME,
            [ME],
            """
            Hi Robin,

            Your interview with Thistledown Games is scheduled.

            Wednesday, 4 February 2026
            15:00 - 16:00 GMT
            Interviewer: Eilidh Carmichael (Lead Data Engineer)
            Where: Zoom - the link is in the calendar invitation

            Need to make a change? Reply to this email and your recruiter will help.

            Powered by GoodTime
            """,
            subject="Interview scheduled: Thistledown Games - Data Engineer",
            auto=True,
            reply_to=MORVEN,
            thread="gt1",
            mid_style="other",
            html="auto",
            cals=[goodtime_cal("gt-5c2f1b77@goodtime-mail.example", "2026-02-04 15:00")],
        ),
        M(
            at("2026-02-02 08:15"),
            GOODTIME,
            [ME],
            """
            Hi Robin,

            Your interview with Thistledown Games on Wednesday, 4 February 2026 at 15:00 GMT has been cancelled.
            Your recruiter will be in touch to find a new time.

            Powered by GoodTime
            """,
            subject="Interview cancelled: Thistledown Games - Data Engineer",
            auto=True,
            reply_to=MORVEN,
            thread="gt1",
            mid_style="other",
            cals=[
                goodtime_cal(
                    "gt-5c2f1b77@goodtime-mail.example",
                    "2026-02-04 15:00",
                    method="CANCEL",
                    seq=1,
                    status="CANCELLED",
                )
            ],
        ),
        M(
            at("2026-02-02 08:40"),
            MORVEN,
            [ME],
            """
            Hi Robin,

            So sorry - Eilidh is off sick this week, so we've had to cancel Wednesday. Could you send me some new
            times for next week?

            Cheers,
            Morven
            """,
            emp=True,
            ask=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-02 09:30"),
            ME,
            [MORVEN],
            """
            No problem at all, I hope Eilidh feels better soon. Next week: Tuesday 10th any time, or Wednesday 11th
            after 2pm.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-03 10:05"),
            GOODTIME,
            [ME],
            """
            Hi Robin,

            Your interview with Thistledown Games is scheduled.

            Wednesday, 11 February 2026
            15:00 - 16:00 GMT
            Interviewer: Eilidh Carmichael (Lead Data Engineer)
            Where: Zoom - the link is in the calendar invitation

            Powered by GoodTime
            """,
            subject="Interview scheduled: Thistledown Games - Data Engineer",
            auto=True,
            reply_to=MORVEN,
            thread="gt2",
            mid_style="other",
            html="auto",
            cals=[goodtime_cal("gt-8e90a4d3@goodtime-mail.example", "2026-02-11 15:00")],
        ),
        M(
            at("2026-02-11 18:20"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            Thanks for rescheduling - I had a great chat with Eilidh this afternoon. The work on the live-ops
            dashboards sounds really fun.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-13 10:30"),
            MORVEN,
            [ME],
            """
            Hi Robin,

            Eilidh enjoyed it too! The next step is a short take-home (brief attached, about 3 hours). Could you
            send it back by the 20th?

            Cheers,
            Morven
            """,
            emp=True,
            ask=True,
            quote="gmail",
            files=[("take-home-brief.txt", "text/plain", TAKE_HOME)],
            **gmail(),
        ),
        M(
            at("2026-02-14 16:20"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            Here's my take-home: https://git.okafor.example/robin/thistledown-retention - the README walks through
            the design, the SQL and how I'd test it.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-17 14:00"),
            MORVEN,
            [ME],
            """
            Thanks Robin, that was quick! The team will review it and we'll be in touch within a week.

            Morven
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-05 10:00"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            Hope all's well in Dundee. Has the team had a chance to look at my take-home?

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-12 10:00"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            Just bumping this - any news on the Data Engineer role?

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-20 16:30"),
            ME,
            [MORVEN],
            """
            Hi Morven,

            I wanted to let you know that I've decided to withdraw from the process. After a lot of thought, the
            move to Dundee isn't going to work for my family right now. Thank you, and Eilidh, for your time - I
            really enjoyed meeting the team.

            All the best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-02-11 15:00"), "2026-02-03")],
    reply_by=[("2026-02-24", "2026-02-17")],
    outcome=("withdrawn", "2026-03-20"),
)

# --- 12. Quernstone Bank via Blackthorn Selection (agency): the first mail is the owner's reply to a message from --
#         before the mail span (Outlook quoting), two rounds in January, "decided to move forward with other candidates"
GILES = ("Giles Pennington", "giles.pennington@blackthorn-selection.example")
GILES_SIG = """
            Kind regards,

            Giles Pennington
            Principal Consultant, Financial Services Technology
            Blackthorn Selection | 1 Finsbury Avenue, London EC2
            T: 020 7946 0877
"""
QUERNSTONE = App(
    "quernstone-bank",
    "Quernstone Bank",
    "agency (Blackthorn Selection) for a client named only in the text; the owner's first mail answers a message from "
    "before the mail span (In-Reply-To points outside the mailbox; Outlook quoting); 'Thursday 22nd at 3pm' and "
    "'Wednesday 28th January at 10:00'; 'decided to move forward with other candidates' on Feb 3: closed throughout",
    [
        M(
            at("2026-01-20 08:30"),
            ME,
            [GILES],
            """
            Hi Giles,

            Thanks for putting me forward. Thursday 22nd at 3pm works for me - please confirm with Quernstone.

            Best,
            Robin
            """,
            subject="RE: Quernstone Bank - Senior Data Engineer - first stage",
            sent=True,
            quote=None,
            in_reply_to="<LO2P265MB0913A7C41E2B9D88F0C1@LO2P265MB0913.GBRP265.PROD.OUTLOOK.example>",
            prior=M(
                at("2026-01-16 17:05"),
                GILES,
                [ME],
                """
            Hi Robin,

            Good news - Quernstone Bank would like to invite you to a first-stage video interview for the Senior
            Data Engineer role, with their Head of Data Engineering. They've offered Thursday 22nd January at 3pm
            (45 minutes, Teams).

            Can you confirm you're available and I'll lock it in?
            """
                + GILES_SIG,
                subject="Quernstone Bank - Senior Data Engineer - first stage",
            ),
            mid_style="outlook",
            html="auto",
            re="RE: ",
        ),
        M(
            at("2026-01-20 10:15"),
            GILES,
            [ME],
            """
            Hi Robin,

            Confirmed with Quernstone for Thursday at 3pm. You'll be meeting Roshni Vadgama, Head of Data
            Engineering, and one of her leads. Teams link below - best of luck!

            https://teams.example/l/meetup-join/quernstone-okafor
            """
            + GILES_SIG,
            emp=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-01-22 17:00"),
            ME,
            [GILES],
            """
            Hi Giles,

            Just finished - I think it went well. Roshni was very engaging and we spent most of the time on their
            payments data platform. Thanks for setting it up.

            Robin
            """,
            sent=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-01-23 12:40"),
            GILES,
            [ME],
            """
            Hi Robin,

            Cracking feedback from Roshni. Quernstone want you in for stage two: a one-hour case study with the
            team at their Moorgate office, Wednesday 28th January at 10:00. Does that work?
            """
            + GILES_SIG,
            emp=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-01-23 13:10"),
            ME,
            [GILES],
            """
            Yes, Wednesday 28th at 10:00 at Moorgate is fine. Thanks Giles!

            Robin
            """,
            sent=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-01-28 15:00"),
            ME,
            [GILES],
            """
            Hi Giles,

            Case study done. Tough but fair - they wanted a reconciliation design for card settlements. Let me know
            what they say.

            Robin
            """,
            sent=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-02-03 09:20"),
            GILES,
            [ME],
            """
            Hi Robin,

            I'm sorry to say that Quernstone have decided to move forward with other candidates who have more
            direct card-payments experience. They were complimentary about your case study, particularly the
            testing approach, and said they'd be happy to see you for future roles.

            I'll keep you in mind for anything similar that comes across my desk.
            """
            + GILES_SIG,
            emp=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-02-03 10:00"),
            ME,
            [GILES],
            """
            Thanks Giles - disappointing, but thanks for the feedback and for all your help.

            Robin
            """,
            sent=True,
            quote="outlook",
            **outlook(),
        ),
    ],
    interviews=[(at("2026-01-22 15:00"), "2026-01-20"), (at("2026-01-28 10:00"), "2026-01-23")],
    outcome=("rejected", "2026-02-03"),
)

# --- 13. Ravensworth Pharma: iCIMS ack, phone screen, salary expectations asked and chased, never answered ------
HARRIET = ("Harriet Coulson", "harriet.coulson@ravensworth-pharma.example")
ICIMS = ("Ravensworth Pharma Careers", "careers-noreply@ravensworth.icims-mail.example")
RAVENSWORTH = App(
    "ravensworth-pharma",
    "Ravensworth Pharma",
    "iCIMS acknowledgement (base64); 'Wednesday 18 February at 09:30' phone screen; salary expectations and notice "
    "period asked Feb 20 and chased Mar 9; the owner never answers: your_turn at every date",
    [
        M(
            at("2026-02-03 21:14"),
            ICIMS,
            [ME],
            """
            Dear Robin Okafor,

            Thank you for your application for the position of Senior Analytics Engineer (Req ID 2026-0417) at
            Ravensworth Pharma. We have successfully received your application.

            Our Talent Acquisition team will review your qualifications, and if your profile matches the
            requirements of the role, a member of the team will contact you to discuss next steps, which may include
            an interview.

            You can track the status of your application in the candidate portal.

            Sincerely,
            Ravensworth Pharma Talent Acquisition
            """,
            subject="Ravensworth Pharma - Application Received (2026-0417)",
            auto=True,
            cte="base64",
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-02-16 14:30"),
            HARRIET,
            [ME],
            """
            Hi Robin,

            Thanks for your application for the Senior Analytics Engineer role. I'd like to set up a 30-minute call
            to talk about your experience and the team. Are you free on Wednesday 18 February at 09:30?

            Kind regards,
            Harriet Coulson
            Talent Acquisition Specialist, Ravensworth Pharma
            """,
            subject="Senior Analytics Engineer - initial call",
            emp=True,
            **outlook(),
        ),
        M(
            at("2026-02-16 15:00"),
            ME,
            [HARRIET],
            """
            Hi Harriet,

            Wednesday 18 February at 09:30 is perfect. Speak then!

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-18 12:00"),
            ME,
            [HARRIET],
            """
            Hi Harriet,

            Thanks for the call this morning - it was great to hear about the clinical-trials data work.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-20 16:50"),
            HARRIET,
            [ME],
            """
            Hi Robin,

            Lovely to speak on Wednesday. Before I put you forward to the hiring manager, could you let me know your
            salary expectations and your notice period?

            Kind regards,
            Harriet
            """,
            emp=True,
            ask=True,
            quote="outlook",
            **outlook(),
        ),
        M(
            at("2026-03-09 09:10"),
            HARRIET,
            [ME],
            """
            Hi Robin,

            Just following up on my note below - could you send your salary expectations and notice period when you
            get a chance? The hiring manager is keen to move things along.

            Kind regards,
            Harriet
            """,
            emp=True,
            ask=True,
            quote="outlook",
            **outlook(),
        ),
    ],
    interviews=[(at("2026-02-18 09:30"), "2026-02-16")],
)

# --- 14. Kittiwake Software: BambooHR ack in February (null on Mar 4), "this Thursday at 4pm", portfolio asked --
#         and sent, one nudge, final round by .ics attachment for Apr 23 (upcoming on Apr 21) -----------------------
JOEL = ("Joel Armitage", "joel.armitage@kittiwake.example")
BAMBOO = ("Kittiwake Software via BambooHR", "notifications@kittiwake.bamboohr-mail.example")


def apple(**kw: object) -> dict[str, object]:
    return {"mid_style": "apple", "html": "auto", **kw}


KITTIWAKE = App(
    "kittiwake-software",
    "Kittiwake Software",
    "BambooHR acknowledgement in February turns into an interview process only on Mar 16 ('this Thursday at 4pm' = "
    "Mar 19); portfolio asked Mar 20 and sent Sat Mar 21 (waiting on Mar 25); one nudge; final round invite as "
    "an .ics attachment (TZID=Europe/London) for Apr 23: upcoming on Apr 21",
    [
        M(
            at("2026-02-12 13:00"),
            BAMBOO,
            [ME2],
            """
            Hi Robin,

            Thanks for applying for the Senior Data Engineer position at Kittiwake Software. We've received your
            application and our hiring team will review it. If there's a good fit, we'll reach out to you about
            next steps.

            Thanks,
            Kittiwake Software
            """,
            subject="Thanks for applying to Kittiwake Software",
            auto=True,
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-03-16 09:20"),
            JOEL,
            [ME2],
            """
            Hi Robin,

            I'm the engineering manager for the data team at Kittiwake - sorry it's taken a while to get to your
            application. Would you have time for a chat this Thursday at 4pm? Video is fine, 45 minutes or so.

            Joel
            """,
            subject="Senior Data Engineer at Kittiwake",
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-03-16 10:00"),
            ME2,
            [JOEL],
            """
            Hi Joel,

            Thursday at 4pm works for me - thanks for getting in touch.

            Robin
            """,
            sent=True,
            quote="apple",
            **apple(),
        ),
        M(
            at("2026-03-19 18:30"),
            ME2,
            [JOEL],
            """
            Hi Joel,

            Thanks for the chat this afternoon. Really interesting to hear how you're splitting the monolith's
            reporting out into event streams.

            Robin
            """,
            sent=True,
            quote="apple",
            **apple(),
        ),
        M(
            at("2026-03-20 11:00"),
            JOEL,
            [ME2],
            """
            Hi Robin,

            Likewise! Could you send me a couple of examples of your work - a portfolio, GitHub, or write-ups of
            projects you're proud of? I'd like to share them with the team.

            Joel
            """,
            emp=True,
            ask=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-21 10:15"),
            ME2,
            [JOEL],
            """
            Hi Joel,

            Here are three things I'm proud of:

            1. https://okafor.example/writing/streaming-stock-levels - how we moved stock levels to streaming
            2. https://git.okafor.example/robin/dbt-contract-tests - a small open-source testing package
            3. https://okafor.example/talks/pydata-2025 - my PyData talk on data contracts

            Robin
            """,
            sent=True,
            quote="apple",
            **apple(),
        ),
        M(
            at("2026-03-30 09:30"),
            ME2,
            [JOEL],
            """
            Hi Joel,

            Hope you had a good week. Did the team get a chance to look at the examples I sent?

            Robin
            """,
            sent=True,
            quote="apple",
            **apple(),
        ),
        M(
            at("2026-04-08 14:00"),
            JOEL,
            [ME2],
            """
            Hi Robin,

            Sorry for the delay - Easter plus a release. The team loved your write-ups, and we'd like you to come in
            for a final round: pairing session, system design and a chat with our CTO. Invite attached for Thursday
            23 April, 14:00-16:30, at our office by the Tyne.

            Joel
            """,
            emp=True,
            quote="gmail",
            **gmail(
                cals=[
                    Cal(
                        "REQUEST",
                        "kw-final-okafor-20260423@kittiwake.example",
                        "Final round: Robin Okafor",
                        JOEL,
                        at("2026-04-23 14:00"),
                        at("2026-04-23 16:30"),
                        tzid="Europe/London",
                        location="Kittiwake Software, Tyne Street, Newcastle",
                        attach=True,
                    )
                ]
            ),
        ),
        M(
            at("2026-04-08 15:00"),
            ME2,
            [JOEL],
            """
            Brilliant - accepted, see you on the 23rd!

            Robin
            """,
            sent=True,
            quote="apple",
            **apple(),
        ),
    ],
    interviews=[(at("2026-03-19 16:00"), "2026-03-16"), (at("2026-04-23 14:00"), "2026-04-08")],
)

# --- 15. Otterburn Retail Group: Apple Mail bottom-posting, Google invite, three nudges, cold ------------------------
SOPHIE = ("Sophie Lacey", "sophie.lacey@otterburn.example")
OTTERBURN = App(
    "otterburn-retail",
    "Otterburn Retail Group",
    "recruiter on Apple Mail, owner bottom-posts once; phone screen Jan 30 and a Google Calendar invite "
    "(TZID=Europe/London) for Feb 10; three nudges with no reply: due on Mar 4 (two sent), cold afterwards",
    [
        M(
            at("2026-01-26 15:00"),
            SOPHIE,
            [ME],
            """
            Hi Robin,

            Thank you for applying for our Data Engineer role! I'd love to have a quick phone screen to learn more
            about you. Could you do a 30-min call on Friday 30 January at 11:00?

            Best,
            Sophie

            Sophie Lacey
            Talent Acquisition, Otterburn Retail Group
            """,
            subject="Data Engineer - Otterburn Retail Group",
            emp=True,
            **apple(),
        ),
        M(
            at("2026-01-26 16:00"),
            ME,
            [SOPHIE],
            """
            Hi Sophie,

            Friday 30 January at 11:00 is great - speak then.

            Robin
            """,
            sent=True,
            quote="gmail-bottom",
            **gmail(),
        ),
        M(
            at("2026-02-02 10:00"),
            SOPHIE,
            [ME],
            """
            Hi Robin,

            Great speaking on Friday! You're through to the next stage - a technical interview with two of our
            engineers. I've sent a calendar invite for Tuesday 10 February at 14:00.

            Best,
            Sophie
            """,
            emp=True,
            quote="apple",
            **apple(
                cals=[
                    Cal(
                        "REQUEST",
                        "3f7b0c1e92d84a7a@google.example",
                        "Otterburn - Technical interview (Robin Okafor)",
                        SOPHIE,
                        at("2026-02-10 14:00"),
                        at("2026-02-10 15:00"),
                        tzid="Europe/London",
                        location="https://meet.example/otb-tech-okafor",
                    )
                ]
            ),
        ),
        M(
            at("2026-02-02 10:30"),
            ME,
            [SOPHIE],
            """
            Accepted - thanks, Sophie!

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-10 17:00"),
            ME,
            [SOPHIE],
            """
            Hi Sophie,

            Thanks for today - please pass my thanks on to Ravi and Oona. I enjoyed the pairing exercise.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-18 09:00"),
            ME,
            [SOPHIE],
            """
            Hi Sophie,

            I hope you're well. Is there any news on the Data Engineer role after last week's technical interview?

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-25 09:00"),
            ME,
            [SOPHIE],
            """
            Hi Sophie,

            Just following up on my previous email - I'd love to know where things stand.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-05 09:00"),
            ME,
            [SOPHIE],
            """
            Hi Sophie,

            One last follow-up from me on the Data Engineer role. If you've decided to go another way, that's
            completely fine - a quick note would be appreciated either way.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-01-30 11:00"), "2026-01-26"), (at("2026-02-10 14:00"), "2026-02-02")],
)

# --- 16. Polder Mobility (Amsterdam, English): Jobvite ack, availability, "Wednesday 11 March, 15:00 CET", ---------
#         "by Friday 20 March", nudge, "still waiting on feedback", two more nudges ---------------------------------
SANNE = ("Sanne Verhoeven", "sanne.verhoeven@poldermobility.example")
JOBVITE = ("Polder Mobility via Jobvite", "noreply@jobvite-mail.example")
POLDER = App(
    "polder-mobility",
    "Polder Mobility",
    "Jobvite acknowledgement in February (null on Mar 4); availability asked and answered Mar 5; "
    "'Wednesday 11 March, 15:00 CET' (14:00 GMT); 'by Friday 20 March' then a nudge on Mar 23 (waiting on Mar 25); "
    "'still waiting on feedback' restarts the clock; two nudges (waiting on Apr 21, third due Apr 22)",
    [
        M(
            at("2026-02-20 17:30", AMS),
            JOBVITE,
            [ME],
            """
            Dear Robin,

            Thank you for applying for the position of Senior Data Engineer at Polder Mobility. We have received
            your application and will review it carefully. Should your profile match the role, we will contact you
            to schedule an interview.

            Kind regards,
            The Polder Mobility Talent Team
            """,
            subject="Your application at Polder Mobility",
            auto=True,
            thread="ack",
            mid_style="other",
            html="auto",
        ),
        M(
            at("2026-03-05 10:00", AMS),
            SANNE,
            [ME],
            """
            Hi Robin,

            Thanks for your patience! We'd like to invite you to an interview with Ruben de Graaf, our VP
            Engineering. Could you share your availability over the next week or so? The interview is on Google
            Meet and takes an hour.

            Best regards,
            Sanne Verhoeven
            Talent Acquisition Lead | Polder Mobility | Amsterdam
            """,
            subject="Interview Senior Data Engineer - Polder Mobility",
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-03-05 12:00"),
            ME,
            [SANNE],
            """
            Hi Sanne,

            Thank you, that's great news. I'm available Monday 9th and Wednesday 11th in the afternoon (UK time),
            and Thursday 12th all day.

            Best regards,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-06 09:15", AMS),
            SANNE,
            [ME],
            """
            Hi Robin,

            Ruben can do Wednesday 11 March, 15:00 CET (14:00 in London) - does that work?

            Best,
            Sanne
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-06 10:00"),
            ME,
            [SANNE],
            """
            Yes, that works perfectly. Thanks Sanne!

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-11 16:30"),
            ME,
            [SANNE],
            """
            Hi Sanne,

            Thanks for organising today's interview - I really enjoyed talking to Ruben about the fleet telemetry
            platform.

            Best regards,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-13 11:00", AMS),
            SANNE,
            [ME],
            """
            Hi Robin,

            Thanks for your time with Ruben, he enjoyed it. We're meeting the last candidates next week and will get
            back to you by Friday 20 March.

            Best,
            Sanne
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-23 09:00"),
            ME,
            [SANNE],
            """
            Hi Sanne,

            I hope you had a good weekend. I wanted to check in on the Senior Data Engineer role - is there any
            news?

            Best regards,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-26 14:30", AMS),
            SANNE,
            [ME],
            """
            Hi Robin,

            Sorry for the wait! We're still waiting on feedback from one interviewer who has been travelling. I'll be
            in touch as soon as I have it.

            Best,
            Sanne
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-26 15:00"),
            ME,
            [SANNE],
            """
            Thanks Sanne, no problem at all.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-06 09:00"),
            ME,
            [SANNE],
            """
            Hi Sanne,

            Just checking in - has the last piece of feedback come in?

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-15 09:30"),
            ME,
            [SANNE],
            """
            Hi Sanne,

            Following up once more on the Senior Data Engineer role. I'm still very interested and would appreciate
            an update when you have one.

            Best regards,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-03-11 15:00", AMS), "2026-03-06")],
    reply_by=[("2026-03-20", "2026-03-13")],
)

# --- 17. Heronsgate Studio: terse hiring manager, "Thursday at 10", "within 10 working days" ----------------------
TAMSIN = ("Tamsin Rowe", "tamsin@heronsgate.example")
HERONSGATE = App(
    "heronsgate-studio",
    "Heronsgate Studio",
    "terse founder; 'Thursday at 10?' from Tue Apr 7 means Apr 9; 'within 10 working days' from Fri Apr 10 is Apr 24, "
    "so still waiting on Apr 21; nothing before April (null on the first two dates)",
    [
        M(
            at("2026-04-07 08:50"),
            TAMSIN,
            [ME],
            """
            Hi Robin - liked your application. Fancy a chat? Thursday at 10?

            T
            """,
            subject="Data lead role",
            emp=True,
            cte="7bit",
            **gmail(),
        ),
        M(
            at("2026-04-07 09:30"),
            ME,
            [TAMSIN],
            """
            Hi Tamsin, Thursday at 10 is perfect. Video, or shall I come to the studio?

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-07 10:00"),
            TAMSIN,
            [ME],
            """
            Studio please - 14 Heron Yard, Hackney. Buzz for Heronsgate.

            T
            """,
            emp=True,
            quote="gmail",
            cte="7bit",
            **gmail(),
        ),
        M(
            at("2026-04-09 15:00"),
            ME,
            [TAMSIN],
            """
            Hi Tamsin,

            Thanks for the coffee and the tour this morning - lovely studio, and the client dashboards you showed me
            were great. I'd love to help build the data side.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-10 11:30"),
            TAMSIN,
            [ME],
            """
            Thanks Robin, great to meet. We're seeing a few more people; we'll be in touch within 10 working days.

            T
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-04-09 10:00"), "2026-04-07")],
    reply_by=[("2026-04-24", "2026-04-10")],
)

# --- 18. Cobbold & Pryor: formal partner, Apple Calendar .ics attachment, references, final round, one nudge, ----
#         warm personal rejection --------------------------------------------------------------------------------------
PHILIPPA = ("Philippa Seddon", "philippa.seddon@cobboldpryor.example")
COBBOLD = App(
    "cobbold-pryor",
    "Cobbold & Pryor",
    "formal partner at a small consultancy; Apple Calendar .ics attachment (TZID=Europe/London); references asked "
    "Fri Feb 27 and sent Sun Mar 1 (waiting on Mar 4); final round Mar 16; one nudge (waiting on Mar 25); warm, "
    "personal rejection Mar 30",
    [
        M(
            at("2026-02-17 11:00"),
            PHILIPPA,
            [ME],
            """
            Dear Robin,

            Thank you for your application to join Cobbold & Pryor as a Senior Data Consultant. I read your letter
            with real interest - your work on supply-chain forecasting is exactly the kind of experience our retail
            clients ask us for.

            I would be delighted to meet you. I attach an invitation for Thursday 26 February at 16:00 at our
            offices in Bloomsbury; we should need about an hour.

            With kind regards,

            Philippa Seddon
            Partner, Cobbold & Pryor
            22 Bedford Row, London WC1
            """,
            subject="Your application - Senior Data Consultant",
            emp=True,
            mid_style="apple",
            cals=[
                Cal(
                    "REQUEST",
                    "A1C84E2F-5B7D-4E0C-9A63-2F1D8B7E4C90",
                    "Meeting: Robin Okafor (Senior Data Consultant)",
                    PHILIPPA,
                    at("2026-02-26 16:00"),
                    at("2026-02-26 17:00"),
                    tzid="Europe/London",
                    prodid="-//Apple Inc.//macOS 15.3//EN",
                    location="Cobbold & Pryor, 22 Bedford Row, London WC1",
                    attach=True,
                    filename="iCal-20260217-110012.ics",
                )
            ],
        ),
        M(
            at("2026-02-17 12:30"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Thank you for your kind message. Thursday 26 February at 16:00 suits me well, and I look forward to
            meeting you.

            With best wishes,
            Robin Okafor
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-02-26 19:00"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Thank you for taking the time to meet me this afternoon. I very much enjoyed hearing about the firm's
            work with regional grocers, and our conversation has made me all the more enthusiastic about the role.

            With best wishes,
            Robin Okafor
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-02-27 17:00"),
            PHILIPPA,
            [ME],
            """
            Dear Robin,

            It was a pleasure to meet you yesterday. We would like to take things forward, and as a first step we
            would like to take up references. Could you send me the names and contact details of two referees?

            With kind regards,
            Philippa
            """,
            emp=True,
            ask=True,
            quote="apple",
            mid_style="apple",
        ),
        M(
            at("2026-03-01 11:00"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Thank you - that's very good to hear. My referees are:

            Gwendolyn Ashdown, Head of Engineering, Pebblewick Retail - gwendolyn.ashdown@pebblewick.example
            Alasdair Threlfall, Operations Director, Ashgrove Foods - alasdair.threlfall@ashgrovefoods.example

            With best wishes,
            Robin Okafor
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-03-10 09:45"),
            PHILIPPA,
            [ME],
            """
            Dear Robin,

            Both of your referees spoke very warmly of you - thank you. The final step is a conversation with our
            managing partner, Edmund Pryor. Would Monday 16 March at 11:00 suit, again at Bedford Row?

            With kind regards,
            Philippa
            """,
            emp=True,
            quote="apple",
            mid_style="apple",
        ),
        M(
            at("2026-03-10 10:30"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Monday 16 March at 11:00 suits me very well. Thank you.

            With best wishes,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-03-16 17:00"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Thank you for arranging today's meeting with Edmund. I enjoyed our discussion about the firm's plans
            for a data practice very much.

            With best wishes,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-03-24 09:00"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            I hope this finds you well. I wondered whether there was any news following my meeting with Edmund
            last week?

            With best wishes,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
        M(
            at("2026-03-30 16:00"),
            PHILIPPA,
            [ME],
            """
            Dear Robin,

            I am so sorry to be writing with disappointing news, and sorry too that it has taken a little longer
            than I had hoped.

            It was a genuinely close call. Edmund and I both enjoyed meeting you enormously, but in the end we have
            offered the role to a candidate with more experience of regulated industries, which is where most of
            our new work lies this year. That is no reflection on your ability, which was never in doubt.

            I would very much like to keep in touch, and if a role opens up that plays more to your strengths, I
            will get in touch with you first.

            With warm regards,
            Philippa
            """,
            emp=True,
            quote="apple",
            mid_style="apple",
        ),
        M(
            at("2026-03-30 18:00"),
            ME,
            [PHILIPPA],
            """
            Dear Philippa,

            Thank you for letting me know, and for such a generous note. I'm disappointed, of course, but I
            enjoyed the process and would be very glad to keep in touch.

            With warm wishes,
            Robin
            """,
            sent=True,
            quote="thunderbird",
            **tb(),
        ),
    ],
    interviews=[(at("2026-02-26 16:00"), "2026-02-17"), (at("2026-03-16 11:00"), "2026-03-10")],
    outcome=("rejected", "2026-03-30"),
)

# --- 19. Fellside Robotics: recruiter in New York; mails sent in the US evening land on the next London day; -----
#         take-home, "by March 6", final round after the US (not UK) DST switch, third conversation Apr 22 ----------
SHAUNA = ("Shauna Kowalczyk", "shauna.kowalczyk@fellside-robotics.example")
FELLSIDE = App(
    "fellside-robotics",
    "Fellside Robotics",
    "New York recruiter: Tue Feb 10 19:40 EST is Feb 11 in London; 'next Tuesday, February 17, at 10am Eastern "
    "(3pm for you)'; take-home asked 19:05 EST Feb 18 (= Feb 19 London), sent Feb 20; 'by March 6' (waiting on "
    "Mar 4); final round 9am ET = 13:00 GMT on Mar 19 (US already on DST, UK not); another ask Apr 2 answered; "
    "Apr 22 conversation: upcoming on Apr 21",
    [
        M(
            at("2026-02-10 19:40", NYC),
            SHAUNA,
            [ME],
            """
            Hi Robin!

            Thanks so much for applying to Fellside Robotics - our Sheffield team would love to talk. Could you do a
            call next Tuesday, February 17, at 10am Eastern (3pm for you in the UK)? It'll be with me and
            Conor Maddox, who leads the data platform team.

            Thanks,
            Shauna

            Shauna Kowalczyk | Senior Technical Recruiter | Fellside Robotics
            New York, NY
            """,
            subject="Fellside Robotics - Data Platform Engineer",
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-02-11 08:15"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            Thanks for reaching out! Tuesday 17 February at 3pm UK time (10am Eastern) works for me.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-17 17:00"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            Thanks for today's call, and please thank Conor for me too - I really enjoyed hearing about the robot
            telemetry pipeline.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-18 19:05", NYC),
            SHAUNA,
            [ME],
            """
            Hi Robin,

            The team would like you to do a take-home exercise (attached). Please send it back when you can,
            ideally within a week.

            Thanks!
            Shauna
            """,
            emp=True,
            ask=True,
            quote="gmail",
            files=[
                (
                    "fellside-take-home.txt",
                    "text/plain",
                    "Fellside Robotics take-home\n\nBuild a small "
                    "pipeline that ingests the attached robot telemetry "
                    "sample and reports per-robot uptime.\n",
                )
            ],
            **gmail(),
        ),
        M(
            at("2026-02-20 18:00"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            Please find my take-home here: https://git.okafor.example/robin/fellside-uptime - the README explains
            the approach and trade-offs.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-02-23 11:30", NYC),
            SHAUNA,
            [ME],
            """
            Got it, thanks Robin! Our engineers will review it this week and we'll get back to you by March 6.

            Shauna
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-09 10:00", NYC),
            SHAUNA,
            [ME],
            """
            Hi Robin,

            Great news - you passed the take-home! We'd like to invite you to a final round: a virtual onsite on
            Thursday, March 19, 9am-12pm ET. Heads up: we switched to daylight time here yesterday and you haven't
            yet, so that's 1pm-4pm for you. Calendar invite attached.

            Shauna
            """,
            emp=True,
            quote="gmail",
            **gmail(
                cals=[
                    Cal(
                        "REQUEST",
                        "fsr-onsite-okafor@google.example",
                        "Fellside virtual onsite - Robin Okafor",
                        SHAUNA,
                        at("2026-03-19 09:00", NYC),
                        at("2026-03-19 12:00", NYC),
                        tzid="America/New_York",
                        location="https://meet.example/fsr-onsite-okafor",
                    )
                ]
            ),
        ),
        M(
            at("2026-03-09 15:00"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            Fantastic news, thank you! Thursday 19 March, 1pm-4pm UK time, works for me.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-03-19 17:30"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            Thanks for organising today's onsite - it was intense but a lot of fun. Please pass my thanks on to
            everyone I met.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-02 13:00", NYC),
            SHAUNA,
            [ME],
            """
            Hi Robin,

            Sorry for the wait. The team loved you! Conor would like one more conversation about the team-lead
            scope of the role. Can you send me a few times that work for you next week?

            Shauna
            """,
            emp=True,
            ask=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-03 09:00"),
            ME,
            [SHAUNA],
            """
            Hi Shauna,

            That's great to hear. I'm away next week, but Wednesday 22nd or Thursday 23rd April, any time after
            2pm UK time, would work well.

            Best,
            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-06 12:00", NYC),
            SHAUNA,
            [ME],
            """
            No problem! Booked: Wednesday April 22 at 11am ET / 4pm UK with Conor.

            Shauna
            """,
            emp=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-04-06 18:00"),
            ME,
            [SHAUNA],
            """
            Perfect, thanks Shauna - see you on the 22nd.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
    ],
    interviews=[
        (at("2026-02-17 10:00", NYC), "2026-02-11"),
        (at("2026-03-19 09:00", NYC), "2026-03-09"),
        (at("2026-04-22 11:00", NYC), "2026-04-06"),
    ],
    reply_by=[("2026-03-06", "2026-02-23")],
)

# --- 20. Merrow Labs: founder on an iPhone, cofounder writes in a NEW thread, no word after the second chat --------
KIT = ("Kit Alderton", "kit@merrowlabs.example")
YASMIN = ("Yasmin Reddaway", "yasmin@merrowlabs.example")
MERROW = App(
    "merrow-labs",
    "Merrow Labs",
    "founder writes lower-case from a phone ('friday morning? 9:30?' from Wed Jan 21 = Jan 23); the cofounder "
    "starts a NEW thread from her own address and proposes 'Friday 30 January at 16:00'; no word after that and "
    "the owner never nudges: cold from the first date on",
    [
        M(
            at("2026-01-21 22:10"),
            KIT,
            [ME],
            """
            hey Robin - saw your application come through, love the streaming stuff. free for a quick chat friday
            morning? 9:30?

            Sent from my iPhone
            """,
            subject="merrow",
            emp=True,
            mid_style="apple",
            cte="7bit",
        ),
        M(
            at("2026-01-22 08:00"),
            ME,
            [KIT],
            """
            Hi Kit,

            Friday at 9:30 works. Shall I call you, or is there a link?

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-01-22 08:20"),
            KIT,
            [ME],
            """
            i'll send a meet link. speak then

            Sent from my iPhone
            """,
            emp=True,
            mid_style="apple",
            cte="7bit",
            quote="apple",
        ),
        M(
            at("2026-01-23 12:00"),
            ME,
            [KIT],
            """
            Hi Kit,

            Thanks for the chat this morning - really exciting what you're building.

            Robin
            """,
            sent=True,
            quote="gmail",
            **gmail(),
        ),
        M(
            at("2026-01-26 19:00"),
            KIT,
            [ME],
            """
            good chat. want you to meet Yasmin (cofounder/CTO). she'll email you

            Sent from my iPhone
            """,
            emp=True,
            mid_style="apple",
            cte="7bit",
            quote="apple",
        ),
        M(
            at("2026-01-27 09:00"),
            YASMIN,
            [ME],
            """
            Hi Robin,

            Kit mentioned you two spoke on Friday. I'd love to go deeper on the technical side - could you do Friday
            30 January at 16:00 at our office in Shoreditch? About an hour; we'll look at our current pipeline
            together.

            Yasmin
            --
            Yasmin Reddaway, CTO, Merrow Labs
            """,
            subject="Technical chat - Merrow Labs",
            emp=True,
            thread="cto",
            **gmail(),
        ),
        M(
            at("2026-01-27 09:40"),
            ME,
            [YASMIN],
            """
            Hi Yasmin,

            Friday 30 January at 16:00 works - see you in Shoreditch.

            Robin
            """,
            sent=True,
            quote="gmail",
            thread="cto",
            **gmail(),
        ),
        M(
            at("2026-01-30 19:30"),
            ME,
            [YASMIN, KIT],
            """
            Hi Yasmin, hi Kit,

            Thanks for having me this afternoon - I enjoyed untangling the pipeline with you, and I'd love to help
            build the next version.

            Robin
            """,
            sent=True,
            quote="gmail",
            thread="cto",
            **gmail(),
        ),
    ],
    interviews=[(at("2026-01-23 09:30"), "2026-01-21"), (at("2026-01-30 16:00"), "2026-01-27")],
)

APPS = [
    SALTIRE,
    GANNET,
    WYCHBOLD,
    FALKENSTEIN,
    ZINNOBER,
    AZAHAR,
    CEIBA,
    ARDOISE,
    COLIBRI,
    MOSSGIEL,
    THISTLEDOWN,
    QUERNSTONE,
    RAVENSWORTH,
    KITTIWAKE,
    OTTERBURN,
    POLDER,
    HERONSGATE,
    COBBOLD,
    FELLSIDE,
    MERROW,
]


# =============================================================================
# Distractors: mail that is not an interview process of the owner's.
# =============================================================================

BULK = {"Precedence": "bulk"}


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


JOBSPROUT = ("JobSprout Alerts", "alerts@jobsprout-mail.example")
CAREERKITE = ("The Shortlist by Careerkite", "newsletter@careerkite.example")
NORDHANG = ("Nordhang Energie GmbH über Personio", "noreply@personio-mail.example")
PENNY_SR = ("Pennywhistle Media via SmartRecruiters", "no-reply@smartrecruiters-mail.example")
BRONWEN = ("Bronwen Tillotson", "bronwen@veldt-partners.example")
GP = ("Riverside Medical Practice", "appointments@riverside-medical.example")
LEANNE = ("Leanne Pryce", "leanne.pryce@ashgrovefoods.example")
ALASDAIR = ("Alasdair Threlfall", "alasdair.threlfall@ashgrovefoods.example")
TOLU = ("Tolu Bankole", "tolu.bankole@kinmail.example")
BUDGETLY = ("Niamh at Budgetly", "research@budgetly.example")
MEETSLOT = ("MeetSlot", "no-reply@meetslot.example")
OWAIN = ("Owain Pritchard", "owain.pritchard@northernsignal.example")
PEBBLE_HR = ("Pebblewick People Team", "people@pebblewick.example")
FARAH = ("Farah Quraishi", "farah.quraishi@pebblewick.example")
ROBIN_WORK = ("Robin Okafor", "robin.okafor@pebblewick.example")
FORGE = ("InterviewForge", "hello@interviewforge.example")
CHI = ("Chiamaka Okafor", "chiamaka.okafor@kinmail.example")
EMPLEOYA = ("EmpleoYa Alertas", "alertas@empleoya-mail.example")

JOBSPROUT_HTML = """<html><body style="font-family:Arial,sans-serif">
<h2>12 new jobs for &ldquo;data engineer&rdquo; near London</h2>
<p><b>Hiring now &mdash; these companies are interviewing this week:</b></p>
<ul>
<li><a href="https://jobsprout.example/j/88121">Senior Data Engineer</a> &ndash; Polder Mobility &ndash; Remote (EU/UK)</li>
<li><a href="https://jobsprout.example/j/88305">Analytics Engineer</a> &ndash; Lanternfish Insurance &ndash; London</li>
<li><a href="https://jobsprout.example/j/88412">Data Platform Engineer</a> &ndash; Wychbold Health &ndash; Leeds</li>
</ul>
<p>Tip: prepare for your interview with our free question bank.</p>
<p style="font-size:11px;color:#777">You are receiving this because you created a job alert.
<a href="https://jobsprout.example/unsubscribe?u=ro">Unsubscribe</a></p>
</body></html>
"""
CAREERKITE_HTML = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>The Shortlist &mdash; issue #112</h1>
<h2>How to answer &ldquo;Tell me about yourself&rdquo; in your next interview</h2>
<p>Most candidates ramble. Here is a three-part structure that works in every first-round interview,
from phone screens to panel interviews: present, past, future.</p>
<h2>Five questions to ask at the end of an interview</h2>
<ol><li>What does success look like in the first 90 days?</li><li>What would you change about the team?</li>
<li>How do you make decisions about the roadmap?</li><li>What is the next step in the process, and when?</li>
<li>Is there anything about my background that worries you?</li></ol>
<p>See you next Wednesday,<br>The Careerkite team</p>
<p style="font-size:11px"><a href="https://careerkite.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
FORGE_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h1 style="color:#c2410c">Nail your next interview.</h1>
<p>Hi Robin, final rounds coming up? Book a <b>mock interview</b> with an engineer from a top tech company and get
written feedback within 24 hours.</p>
<p><a href="https://interviewforge.example/book?code=SPRING30" style="background:#c2410c;color:#fff;padding:10px 16px">
Book a mock interview &mdash; 30% off with SPRING30</a></p>
<p>Offer ends Sunday. Slots this week: Thursday at 18:00, Friday at 12:30.</p>
<p style="font-size:11px;color:#888">InterviewForge Ltd, London. <a href="https://interviewforge.example/unsub">Unsubscribe</a></p>
</body></html>
"""

DISTRACTORS: list[App] = [
    App(
        "jobsprout-job-alerts",
        None,
        "job-alert digests ('these companies are interviewing this week') naming employers the owner really "
        "applies to (Polder Mobility, Wychbold Health); List-Unsubscribe, Precedence: bulk",
        [
            M(
                at("2026-02-09 07:00"),
                JOBSPROUT,
                [ME],
                "",
                subject="12 new jobs for \u201cdata engineer\u201d - companies interviewing this week",
                html=JOBSPROUT_HTML,
                html_only=True,
                mid_style="other",
                auto=True,
                headers=bulk("<alerts.jobsprout-mail.example>", "https://jobsprout.example/unsubscribe?u=ro"),
            ),
            M(
                at("2026-03-16 07:00"),
                JOBSPROUT,
                [ME],
                """
                9 new jobs for "data engineer" near London

                Interviewing now:
                - Senior Data Engineer, Polder Mobility (Remote EU/UK) - interviews this week
                - Lead Data Engineer, Mossgiel Energy (Glasgow/hybrid)
                - Data Engineer, Brackenfield Council (Leeds)

                Prepare for your interview: https://jobsprout.example/interview-questions

                Unsubscribe: https://jobsprout.example/unsubscribe?u=ro
                """,
                subject="9 new jobs for \u201cdata engineer\u201d",
                html="auto",
                mid_style="other",
                auto=True,
                thread="second",
                headers=bulk("<alerts.jobsprout-mail.example>", "https://jobsprout.example/unsubscribe?u=ro"),
            ),
        ],
    ),
    App(
        "careerkite-newsletter",
        None,
        "HTML-only career newsletter about answering questions 'in your next interview'; bulk",
        [
            M(
                at("2026-02-18 06:30"),
                CAREERKITE,
                [ME],
                "",
                subject="How to answer \u201cTell me about yourself\u201d in your next interview",
                html=CAREERKITE_HTML,
                html_only=True,
                mid_style="other",
                headers=bulk("<shortlist.careerkite.example>", "https://careerkite.example/unsubscribe"),
            ),
        ],
    ),
    App(
        "nordhang-energie-bewerbung",
        None,
        "German Personio acknowledgement (same ATS domain as a real process) promising an interview invitation if "
        "the profile fits; nothing followed",
        [
            M(
                at("2026-02-26 16:12", BER),
                NORDHANG,
                [ME],
                """
                Guten Tag Robin Okafor,

                vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Nordhang Energie GmbH. Wir haben Ihre
                Unterlagen erhalten. Sollte Ihr Profil zu unseren Anforderungen passen, laden wir Sie gern zu einem
                Vorstellungsgespräch ein. Bitte haben Sie Verständnis, dass die Prüfung einige Wochen dauern kann.

                Mit freundlichen Grüßen
                Ihr Nordhang Energie Recruiting-Team

                Diese E-Mail wurde automatisch erstellt.
                """,
                subject="Eingangsbestätigung Ihrer Bewerbung - Data Engineer (m/w/d)",
                auto=True,
                mid_style="other",
                html="auto",
            ),
        ],
    ),
    App(
        "pennywhistle-media-application",
        None,
        "SmartRecruiters acknowledgement (same ATS domain as a real process) and a later 'decided to move forward "
        "with other candidates' rejection; no interview ever",
        [
            M(
                at("2026-02-04 12:40"),
                PENNY_SR,
                [ME],
                """
                Hi Robin,

                Thanks for applying for the Data Engineer position at Pennywhistle Media. We've received your
                application. If your experience matches what we're looking for, we'll be in touch to arrange an
                interview.

                Pennywhistle Media Talent Team

                This is an automated message, please do not reply.
                """,
                subject="Thank you for applying to Pennywhistle Media",
                auto=True,
                mid_style="other",
                html="auto",
            ),
            M(
                at("2026-02-25 08:05"),
                PENNY_SR,
                [ME],
                """
                Hi Robin,

                Thank you for your interest in the Data Engineer position at Pennywhistle Media. We received a large
                number of applications and have decided to move forward with other candidates whose experience more
                closely matches our needs.

                We wish you the best of luck in your search.

                Pennywhistle Media Talent Team
                """,
                subject="Your application to Pennywhistle Media",
                auto=True,
                cte="base64",
                mid_style="other",
                thread="reject",
            ),
        ],
    ),
    App(
        "veldt-partners-outreach",
        None,
        "agency cold outreach: 'open to interviewing' for an unnamed fintech, proposes 'Thursday at 12' for a call; "
        "the owner declines",
        [
            M(
                at("2026-03-10 12:20"),
                BRONWEN,
                [ME],
                """
                Hi Robin,

                I came across your PyData talk and your profile and thought you'd be a great fit for a Lead Data
                Engineer role I'm working on with a Series B fintech in Shoreditch (GBP 95-110k + equity).

                Would you be open to interviewing? They move fast - two stages, done in a week. Are you free for a
                quick call on Thursday at 12 so I can tell you more?

                Best,
                Bronwen Tillotson
                Veldt Partners | Data & ML Recruitment
                """,
                subject="Lead Data Engineer - Series B fintech",
                mid_style="outlook",
                html="auto",
            ),
            M(
                at("2026-03-10 18:45"),
                ME,
                [BRONWEN],
                """
                Hi Bronwen,

                Thanks for thinking of me. I'm not looking at fintech roles at the moment, so I'll pass on this one,
                but feel free to keep me in mind for anything in energy or logistics.

                Best,
                Robin
                """,
                sent=True,
                quote="gmail",
                **gmail(),
            ),
            M(
                at("2026-03-11 08:30"),
                BRONWEN,
                [ME],
                """
                No worries at all, Robin - noted, and I'll keep an eye out.

                Bronwen
                """,
                quote="outlook",
                **outlook(),
            ),
        ],
    ),
    App(
        "riverside-gp-appointment",
        None,
        "GP surgery appointment confirmation with a calendar invite (METHOD:REQUEST, TZID=Europe/London)",
        [
            M(
                at("2026-03-02 14:05"),
                GP,
                [ME],
                """
                Dear Robin Okafor,

                Your appointment is confirmed:

                Thursday 12 March 2026 at 08:40
                Dr S. Bhattacharya - routine review
                Riverside Medical Practice, 3 Wharf Road, London N1

                If you can no longer attend, please cancel at least 24 hours in advance.

                This is an automated message.
                """,
                subject="Appointment confirmation - Thu 12 Mar 08:40",
                auto=True,
                mid_style="other",
                cals=[
                    Cal(
                        "REQUEST",
                        "rmp-appt-5521907@riverside-medical.example",
                        "GP appointment - Dr S. Bhattacharya",
                        GP,
                        at("2026-03-12 08:40"),
                        at("2026-03-12 08:50"),
                        tzid="Europe/London",
                        prodid="-//Riverside Medical//Appointments//EN",
                        location="Riverside Medical Practice, 3 Wharf Road, London N1",
                    )
                ],
            ),
        ],
    ),
    App(
        "ashgrove-team-offsite",
        None,
        "freelance client's all-day team offsite invite (VALUE=DATE) and the owner's calendar 'Accepted' reply "
        "(METHOD:REPLY) as a sent message",
        [
            M(
                at("2026-03-18 10:00"),
                LEANNE,
                [ME],
                """
                Hi all,

                Save the date: our spring team offsite is on Thursday 16 April at the Canal Museum. Agenda to
                follow - roadmap, a retro on the data migration and dinner afterwards.

                Leanne
                """,
                subject="Invitation: Ashgrove data team offsite @ Thu 16 Apr 2026 (all day)",
                **gmail(
                    cals=[
                        Cal(
                            "REQUEST",
                            "ashgrove-offsite-2026@google.example",
                            "Ashgrove data team offsite",
                            LEANNE,
                            date(2026, 4, 16),
                            date(2026, 4, 17),
                            location="London Canal Museum, King's Cross",
                            attendees=(OWNER, ALASDAIR),
                        )
                    ]
                ),
            ),
            M(
                at("2026-03-18 10:20"),
                ME,
                [LEANNE],
                """
                Robin Okafor has accepted this invitation.

                Ashgrove data team offsite
                Thursday 16 April 2026 (all day)
                """,
                subject="Accepted: Ashgrove data team offsite @ Thu 16 Apr 2026 (all day)",
                sent=True,
                mid_style="gmail",
                cte="7bit",
                cals=[
                    Cal(
                        "REPLY",
                        "ashgrove-offsite-2026@google.example",
                        "Ashgrove data team offsite",
                        LEANNE,
                        date(2026, 4, 16),
                        date(2026, 4, 17),
                        partstat="ACCEPTED",
                        attendees=(OWNER,),
                    )
                ],
            ),
        ],
    ),
    App(
        "ashgrove-weekly-1to1",
        None,
        "recurring weekly 1:1 with the freelance client (RRULE, TZID=Europe/London)",
        [
            M(
                at("2026-01-28 16:00"),
                ALASDAIR,
                [ME],
                """
                Hi Robin, setting up a weekly 30 min check-in for the rest of the contract. Alasdair
                """,
                subject="Invitation: Robin / Alasdair weekly 1:1 @ Weekly from 09:30 to 10:00 on Monday",
                **gmail(
                    cals=[
                        Cal(
                            "REQUEST",
                            "ashgrove-1to1-robin@google.example",
                            "Robin / Alasdair weekly 1:1",
                            ALASDAIR,
                            at("2026-02-02 09:30"),
                            at("2026-02-02 10:00"),
                            tzid="Europe/London",
                            rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T083000Z",
                            location="Google Meet",
                        )
                    ]
                ),
            ),
        ],
    ),
    App(
        "friend-bank-interview",
        None,
        "a friend's story about HER OWN interview at a bank and her upcoming final round; the owner replies with "
        "tips; she gets the job",
        [
            M(
                at("2026-03-18 21:40"),
                TOLU,
                [ME],
                """
                Robin!! My interview at the bank yesterday was a DISASTER. They asked me to whiteboard a
                slowly-changing dimension and my mind went blank. Somehow they still want me back for the final
                round next Thursday at 2. Any tips?? You've done a million of these lately.

                T x
                """,
                subject="help",
                mid_style="apple",
                html="auto",
            ),
            M(
                at("2026-03-19 08:10"),
                ME,
                [TOLU],
                """
                Haha, it can't have been that bad if they want you back! Tips: talk through your thinking out
                loud, draw the tables before you write any SQL, and ask them what "done" looks like. You've got
                this. Drinks after?

                R x
                """,
                sent=True,
                quote="apple",
                **apple(),
            ),
            M(
                at("2026-03-27 18:30"),
                TOLU,
                [ME],
                """
                GOT IT!!! Drinks on me Saturday x
                """,
                quote="apple",
                **apple(),
            ),
        ],
    ),
    App(
        "budgetly-user-research",
        None,
        "a product's paid 'user interview' invitation and the scheduling tool's confirmation with a calendar invite",
        [
            M(
                at("2026-03-02 11:00"),
                BUDGETLY,
                [ME],
                """
                Hi Robin,

                You've been using Budgetly for a while now, and we'd love to learn from you! Would you join a
                30-minute user interview with our product team? As a thank-you we'll send a GBP 40 voucher.

                Pick a time that suits you: https://meetslot.example/budgetly/user-interview

                Thanks,
                Niamh, User Research at Budgetly
                """,
                subject="Can we interview you? (GBP 40 thank-you)",
                mid_style="other",
                html="auto",
                headers={"List-Unsubscribe": "<https://budgetly.example/unsub>"},
            ),
            M(
                at("2026-03-03 20:15"),
                MEETSLOT,
                [ME],
                """
                Your booking is confirmed.

                Budgetly user interview
                Tuesday 10 March 2026, 17:00 - 17:30 (GMT)
                With Niamh Costigan

                Add to calendar: the invitation is attached.
                """,
                subject="Confirmed: Budgetly user interview on Tue 10 Mar 17:00",
                auto=True,
                mid_style="other",
                thread="booking",
                cals=[
                    Cal(
                        "REQUEST",
                        "ms-4410-budgetly@meetslot.example",
                        "Budgetly user interview",
                        BUDGETLY,
                        at("2026-03-10 17:00"),
                        at("2026-03-10 17:30"),
                        tzid=None,
                        prodid="-//MeetSlot//EN",
                        location="https://meet.example/budgetly-ux",
                    )
                ],
            ),
        ],
    ),
    App(
        "northern-signal-journalist",
        None,
        "a journalist wants to 'interview' the owner about a conference talk; a phone interview is agreed for "
        "'Thursday 5 March at 12:30'",
        [
            M(
                at("2026-02-24 13:10"),
                OWAIN,
                [ME],
                """
                Hi Robin,

                I'm a reporter at Northern Signal, writing a feature on how logistics firms use real-time data. I
                watched your PyData talk on data contracts and would love to interview you for the piece.

                Would Thursday 5 March at 12:30 work for a 20-minute phone call?

                Best wishes,
                Owain Pritchard
                Technology Reporter, Northern Signal
                """,
                subject="Interview request - Northern Signal feature on real-time data",
                **gmail(),
            ),
            M(
                at("2026-02-24 15:00"),
                ME,
                [OWAIN],
                """
                Hi Owain,

                Happy to help - Thursday 5 March at 12:30 works. My number is 07700 900482.

                Best,
                Robin
                """,
                sent=True,
                quote="gmail",
                **gmail(),
            ),
            M(
                at("2026-03-05 13:05"),
                OWAIN,
                [ME],
                """
                Thanks so much for your time today, Robin - really useful. I'll send the quotes over for a check
                before we publish.

                Owain
                """,
                quote="gmail",
                **gmail(),
            ),
        ],
    ),
    App(
        "pebblewick-exit-interview",
        None,
        "former employer's HR schedules an 'exit interview' at the end of the owner's contract (Teams invite in "
        "'GMT Standard Time'); the owner accepts",
        [
            M(
                at("2026-02-02 09:00"),
                PEBBLE_HR,
                [ME],
                """
                Hi Robin,

                As your contract with Pebblewick ended on Friday, we'd like to invite you to a short exit interview.
                It's a confidential 20-minute conversation about your time here, and your feedback helps us improve.

                We've sent an invitation for Thursday 5 February at 10:00. If that doesn't suit, just let us know.

                Thanks,
                Pebblewick People Team
                """,
                subject="Your exit interview",
                **outlook(
                    cals=[
                        Cal(
                            "REQUEST",
                            "040000008200E00074C5B7101A82E00800000000D04E1F0B2A94DC01000000000000000010000000EE11",
                            "Exit interview - Robin Okafor",
                            PEBBLE_HR,
                            at("2026-02-05 10:00"),
                            at("2026-02-05 10:20"),
                            tzid="GMT Standard Time",
                            prodid="Microsoft Exchange Server 2010",
                            location="Microsoft Teams Meeting",
                        )
                    ]
                ),
            ),
            M(
                at("2026-02-02 11:30"),
                ME,
                [PEBBLE_HR],
                """
                Hi,

                Thursday at 10:00 is fine - thanks.

                Robin
                """,
                sent=True,
                quote="gmail",
                **gmail(),
            ),
        ],
    ),
    App(
        "pebblewick-interview-panel",
        None,
        "a colleague asks the owner to sit on an interview panel for a CANDIDATE (the owner is the interviewer): "
        "Outlook invite 'Interview: Sefton Whitcombe - Data Engineer', the owner's feedback afterwards",
        [
            M(
                at("2026-01-21 14:30"),
                FARAH,
                [ME],
                """
                Hi Robin,

                Could you sit on the interview panel for a Data Engineer candidate, Sefton Whitcombe, on Tuesday 27
                January at 14:00? You'd cover the SQL and modelling part. CV attached, invite to follow.

                Thanks a million,
                Farah
                """,
                subject="Interview panel - Data Engineer candidate",
                **outlook(
                    files=[
                        (
                            "CV_Sefton_Whitcombe.txt",
                            "text/plain",
                            "Sefton Whitcombe\nData Engineer\n\nExperience: 4 years, retail analytics.\n",
                        )
                    ]
                ),
            ),
            M(
                at("2026-01-21 15:00"),
                ME,
                [FARAH],
                """
                Hi Farah, sure - happy to. Robin
                """,
                sent=True,
                quote="outlook",
                **outlook(),
            ),
            M(
                at("2026-01-21 15:20"),
                FARAH,
                [ME],
                """
                Interview: Sefton Whitcombe - Data Engineer
                Tuesday 27 January 2026 14:00-15:00, Room 4.02 / Teams
                """,
                subject="Interview: Sefton Whitcombe - Data Engineer",
                thread="invite",
                **outlook(
                    cals=[
                        Cal(
                            "REQUEST",
                            "040000008200E00074C5B7101A82E00800000000F1B2C3D4E5F6DC0100000000000000001000000077AB",
                            "Interview: Sefton Whitcombe - Data Engineer",
                            FARAH,
                            at("2026-01-27 14:00"),
                            at("2026-01-27 15:00"),
                            tzid="GMT Standard Time",
                            prodid="Microsoft Exchange Server 2010",
                            location="Room 4.02 / Microsoft Teams Meeting",
                        )
                    ]
                ),
            ),
            M(
                at("2026-01-27 16:10"),
                ME,
                [FARAH],
                """
                Hi Farah,

                My feedback on Sefton: strong hire from me. Clear modelling, good instincts on testing, a bit slow on
                window functions but talked through it well. Happy to discuss.

                Robin
                """,
                sent=True,
                quote="outlook",
                **outlook(),
            ),
        ],
    ),
    App(
        "interviewforge-marketing",
        None,
        "interview-coaching marketing (mock interviews, discount code, 'slots this week'); HTML, bulk",
        [
            M(
                at("2026-03-09 18:00"),
                FORGE,
                [ME],
                "",
                subject="Final rounds coming up? Book a mock interview (30% off)",
                html=FORGE_HTML,
                html_only=True,
                mid_style="other",
                headers=bulk("<news.interviewforge.example>", "https://interviewforge.example/unsub"),
            ),
            M(
                at("2026-04-13 18:00"),
                FORGE,
                [ME],
                """
                Hi Robin,

                Last chance: 30% off mock interviews ends tonight. Interviewers from top tech companies, feedback in
                24 hours.

                Book: https://interviewforge.example/book?code=SPRING30
                Unsubscribe: https://interviewforge.example/unsub
                """,
                subject="Last chance: 30% off your mock interview",
                html="auto",
                mid_style="other",
                thread="second",
                headers=bulk("<news.interviewforge.example>", "https://interviewforge.example/unsub"),
            ),
        ],
    ),
    App(
        "sister-easter-lunch",
        None,
        "family mail about Easter lunch that asks about the job hunt and 'interviews'",
        [
            M(
                at("2026-04-01 20:10"),
                CHI,
                [ME],
                """
                Hey you,

                Mum says Easter lunch at hers on Sunday, 1pm - can you bring the trifle? Also how's the job hunt
                going, any more interviews? She keeps asking me and I don't know what to tell her.

                Chi x
                """,
                subject="Easter Sunday",
                mid_style="apple",
                html="auto",
            ),
            M(
                at("2026-04-02 07:45"),
                ME,
                [CHI],
                """
                Trifle: yes. Job hunt: a couple of final rounds coming up and one offer I'm still thinking about.
                Tell her I'll explain over lunch!

                R x
                """,
                sent=True,
                quote="apple",
                **apple(),
            ),
        ],
    ),
    App(
        "empleoya-alertas",
        None,
        "Spanish job-board alert ('empresas que están entrevistando esta semana'); bulk",
        [
            M(
                at("2026-03-17 08:00"),
                EMPLEOYA,
                [ME],
                """
                Hola Robin:

                Tenemos 7 ofertas nuevas que encajan con tu búsqueda "ingeniero de datos":

                - Ingeniero/a de Datos Senior - Madrid (remoto) - ¡entrevistas esta semana!
                - Analytics Engineer - Barcelona - empresas que están entrevistando ahora
                - Data Engineer - Valencia

                Consejo: prepara tu próxima entrevista con nuestra guía gratuita.

                Darse de baja: https://empleoya.example/baja
                """,
                subject="7 ofertas nuevas de ingeniero de datos - empresas entrevistando esta semana",
                html="auto",
                mid_style="other",
                headers=bulk("<alertas.empleoya-mail.example>", "https://empleoya.example/baja"),
            ),
        ],
    ),
]


# --- labels ---------------------------------------------------------------------


def london_day(moment: datetime) -> str:
    return moment.astimezone(LON).date().isoformat()


def facts_of(app: App) -> dict[str, object]:
    return {
        "interviews": [{"on": london_day(w), "known_from": kf} for w, kf in app.interviews],
        "employer_msgs": [london_day(m.when) for m in app.msgs if m.emp],
        "my_msgs": [london_day(m.when) for m in app.msgs if m.sent],
        "reply_by": [{"on": on, "known_from": kf} for on, kf in app.reply_by],
        "outcome": {"kind": app.outcome[0], "known_from": app.outcome[1]} if app.outcome else None,
        "your_turn": [london_day(m.when) for m in app.msgs if m.ask],
    }


def _timeline(facts: dict, app: App, now: datetime, real: bool):  # type: ignore[no-untyped-def]
    """facts -> records.Timeline as of now, like /work/notes/policy_check.py (noon), or with real times."""
    from watcher.records import Ask, Interview, Outcome, ReplyBy, Timeline

    def noon(day: str) -> datetime:
        return datetime.combine(d(day), time(12), LON)

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


def expected_of(app: App, facts: dict, real: bool = False) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from watcher.policy import PolicyParams, evaluate

    params = PolicyParams(**POLICY)
    out: dict[str, object] = {}
    for stamp in EVALUATE_AT:
        now = datetime.fromisoformat(stamp)
        day = now.date().isoformat()
        known = [i for i in facts["interviews"] if i["known_from"] <= day]  # type: ignore[index]
        if not known:
            out[day] = None
            continue
        ev = evaluate(_timeline(facts, app, now, real), now, LON, params)
        out[day] = {
            "state": ev.state,
            "outcome": ev.outcome,
            "nudges_sent": ev.nudges_sent,
            "next_nudge_on": ev.next_nudge_on.isoformat() if ev.next_nudge_on else None,
        }
    return out


def check_conventions(app: App, facts: dict) -> list[str]:
    """The corpus conventions that keep labels unambiguous, checked on real message times."""
    problems: list[str] = []
    eval_days = {datetime.fromisoformat(s).date().isoformat() for s in EVALUATE_AT}
    for m in app.msgs:
        if london_day(m.when) in eval_days:
            problems.append(f"message on an evaluation day: {m.when}")
    for w, _ in app.interviews:
        if london_day(w) in eval_days:
            problems.append(f"interview on an evaluation day: {w}")
    if not app.interview:
        return problems
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
            if gap > timedelta(hours=36) and not (outcome_day and london_day(m.when) >= outcome_day):
                problems.append(f"acknowledgement {m.when:%m-%d %H:%M} is {gap} after the last event")
            continue
        if outcome_day and london_day(m.when) >= outcome_day:
            continue
        days = (m.when.astimezone(LON).date() - last_when.astimezone(LON).date()).days
        if days < 4:
            problems.append(f"nudge {m.when:%m-%d} only {days} days after the last event")
    return problems


def main() -> int:
    check = "--check" in sys.argv
    mail_dir = HERE / "mail"
    if mail_dir.exists():
        shutil.rmtree(mail_dir)
    seen_ids: set[str] = set()
    applications: list[dict[str, object]] = []
    total = received = sent = 0
    failures = 0
    for app in APPS + DISTRACTORS:
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
        "owner": OWNER[0],
        "my_addresses": [OWNER[1], ALIAS[1]],
        "timezone": "Europe/London",
        "evaluate_at": EVALUATE_AT,
        "policy": POLICY,
        "applications": applications,
    }
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    n_app = sum(a.interview for a in APPS)
    print(
        f"wrote {total} messages ({received} received, {sent} sent) in {len(APPS) + len(DISTRACTORS)} folders: "
        f"{n_app} interview applications and {len(DISTRACTORS)} distractors"
    )
    if check:
        print(f"checks: {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
