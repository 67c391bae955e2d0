"""Which messages are read in full at ingest: headers first, then a cheap look at the text.

Pure. Most of a mailbox (friends, receipts, newsletters, work) can never be
part of an interview process; reading it whole and storing it would make every
scan and the state grow with the mailbox. So a message is fetched whole only
when its headers say it may matter (an invitation, an applicant-tracking
sender, job words in the subject or the sender's name, or a link to a
conversation or a correspondent already known to be about a job); bulk mail
without such a sign is skipped; everything else gets a *peek*: the first few
KB of its text, searched once for job vocabulary in every supported language.
An interview can arrive as a recruiter's "Quick chat?", so the peek is what
keeps recall, and it costs microseconds, not the milliseconds of a full read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from functools import lru_cache
from typing import Any, Literal

import ahocorasick

from watcher.core.employers.domains import vendor_of
from watcher.core.mail import _feed_header_items, _plain_header_items, decode_header_text
from watcher.core.versions import GATE_VERSION

__all__ = ["GATE_VERSION", "PEEK_CHARS", "HeaderView", "Verdict", "first_look", "peek_passes", "read_headers"]

PEEK_CHARS = 4096  # the text a peek reads: a recruiter says what they want in the first lines

Verdict = Literal["fetch", "peek", "skip"]

# Job vocabulary, one pass for every language: English, German (also Swiss and Austrian), Spanish,
# French, Portuguese, Italian and Dutch. Stems, so inflections match; generous on purpose: a peek
# that lets a non-job message through costs one full read, one that misses an interview costs recall.
JOB_WORDS = re.compile(
    r"interview|recruit|hiring|\bhire\b|candida|applica(?:tion|nt)|applied for|apply for|applying|\bjob\b|\bjobs\b"
    r"|position|\brole\b|vacanc|job opening|opening for|opportunit|job offer|offer letter|offer of employment"
    r"|(?:formal|verbal|written) offer\b|extend(?:ing)? (?:you )?an offer|offer package|offer you|offering you"
    r"|résumé|your resume|resume attached"
    r"|\bcv\b|talent (?:acquisition|team|partner)|headhunt|onsite|on-site|screening|phone screen|take-home"
    r"|assessment|shortlist|references\b|salary|onboarding"
    # German
    r"|bewerb|vorstellungs|stelle\b|stellen(?:angebot|anzeige|ausschreibung)|kennenlern|personal(?:abteilung|berat"
    r"|vermittl)|gespräch|einstellung|zusage|absage|arbeitsvertrag"
    # Spanish / Portuguese
    r"|entrevista|vacante|\bvaga\b|puesto|\bcargo\b|selecci[oó]n|sele[cç][aã]o|proceso de|processo seletivo"
    r"|currículo|curriculum|oferta (?:de (?:trabajo|empleo)|laboral)|carta de oferta|proposta de trabalho"
    r"|contrataci[oó]n|contrata[cç][aã]o|reclutador|recrutador|recrutamento|postul"
    # French
    r"|entretien|entrevue|poste\b|recrutement|recruteu|embauche|proposition d'emploi|lettre d'offre|offre d'emploi"
    # Italian
    r"|colloqui|candidatura|posizione|selezione|assunzione|offerta di lavoro"
    # Dutch
    r"|sollicit|vacature|gesprek|functie|arbeidsovereenkomst|werving",
)  # lower-case only: the text is lower-cased first, which is several times faster than IGNORECASE

# JOB_WORDS spelt out word by word ("\\b" marks a word boundary), the same matches as one list of
# literals. JOB_WORDS stays the reference (a test holds the two to the same answer on every text).
_B = "\\b"
JOB_VOCABULARY: tuple[str, ...] = (
    "interview", "recruit", "hiring", _B + "hire" + _B, "candida", "application", "applicant", "applied for",
    "apply for", "applying", _B + "job" + _B, _B + "jobs" + _B, "position", _B + "role" + _B, "vacanc",
    "job opening", "opening for", "opportunit", "job offer", "offer letter", "offer of employment",
    "formal offer" + _B, "verbal offer" + _B, "written offer" + _B, "extend an offer", "extending an offer",
    "extend you an offer", "extending you an offer", "offer package", "offer you", "offering you", "résumé",
    "your resume", "resume attached", _B + "cv" + _B, "talent acquisition", "talent team", "talent partner",
    "headhunt", "onsite", "on-site", "screening", "phone screen", "take-home", "assessment", "shortlist",
    "references" + _B, "salary", "onboarding",
    # German
    "bewerb", "vorstellungs", "stelle" + _B, "stellenangebot", "stellenanzeige", "stellenausschreibung",
    "kennenlern", "personalabteilung", "personalberat", "personalvermittl", "gespräch", "einstellung",
    "zusage", "absage", "arbeitsvertrag",
    # Spanish / Portuguese
    "entrevista", "vacante", _B + "vaga" + _B, "puesto", _B + "cargo" + _B, "seleccion", "selección",
    "selecao", "selecão", "seleçao", "seleção", "proceso de", "processo seletivo", "currículo", "curriculum",
    "oferta de trabajo", "oferta de empleo", "oferta laboral", "carta de oferta", "proposta de trabalho",
    "contratacion", "contratación", "contratacao", "contratacão", "contrataçao", "contratação", "reclutador",
    "recrutador", "recrutamento", "postul",
    # French
    "entretien", "entrevue", "poste" + _B, "recrutement", "recruteu", "embauche", "proposition d'emploi",
    "lettre d'offre", "offre d'emploi",
    # Italian
    "colloqui", "candidatura", "posizione", "selezione", "assunzione", "offerta di lavoro",
    # Dutch
    "sollicit", "vacature", "gesprek", "functie", "arbeidsovereenkomst", "werving",
)  # fmt: skip


def _is_word(ch: str) -> bool:
    """A word character as the regex module's Unicode `\\w` sees it."""
    return ch.isalnum() or ch == "_"


def _automaton(words: tuple[str, ...]) -> Any:
    """The words as one Aho-Corasick automaton (a C library): a pass over the text finds every
    occurrence of every word at once. A word's boundaries ("\\b" at either end) are checked
    where it occurs, the only places they matter."""
    ends: dict[str, set[tuple[bool, bool]]] = {}
    for word in words:
        lead, trail = word.startswith(_B), word.endswith(_B)
        core = word[len(_B) if lead else 0 : len(word) - len(_B) if trail else len(word)]
        if _B in core or not core or (lead and not _is_word(core[0])) or (trail and not _is_word(core[-1])):
            raise ValueError(
                f"a word boundary goes at either end of a vocabulary word, by a letter: {word!r}"
            )
        ends.setdefault(core, set()).add((lead, trail))
    automaton = ahocorasick.Automaton()
    for core, bounds in ends.items():
        automaton.add_word(core, (len(core), tuple(sorted(bounds))))
    automaton.make_automaton()
    return automaton


_JOB_AUTOMATON = _automaton(JOB_VOCABULARY)


def job_words_in(lowered: str) -> bool:
    """Whether lower-cased text has a job word: what `JOB_WORDS.search` says, in one pass of an
    automaton (about 10 µs for a peek's text where the regex takes 37)."""
    size = len(lowered)
    for end, (length, bounds) in _JOB_AUTOMATON.iter(lowered):
        start = end - length + 1
        for lead, trail in bounds:
            if lead and start > 0 and _is_word(lowered[start - 1]):
                continue
            if trail and end + 1 < size and _is_word(lowered[end + 1]):
                continue
            return True
    return False


# Bulk mail is skipped unless its subject speaks of scheduling (some systems send invitations as
# "newsletters"); those get a peek like any other mail.
_SCHEDULING = re.compile(
    r"invit|schedul|confirm|meeting|\bcall\b|\bchat\b|zoom|teams|\bmeet\b|next step|follow|update|cancel"
    r"|einladung|termin|\bcita\b|convocatoria|rendez-vous|accepted|declined|calendar|agenda|afspraak|appuntamento",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class HeaderView:
    """What the gate reads from a header block."""

    subject: str
    sender_name: str
    sender: str  # lower-cased address
    addresses: tuple[str, ...]  # every address in From, To, Cc, Reply-To (lower-cased)
    ids: tuple[str, ...]  # Message-ID, In-Reply-To and References, with angle brackets
    content_type: str
    bulk: bool
    # The header block's raw items as `watcher.core.mail` splits them (the usual block only): the scan
    # hands them to `parse_message`, so that a message ruled out here is not split twice.
    items: tuple[tuple[str, str], ...] | None = field(default=None, compare=False, repr=False)


def _text(value: object) -> str:
    """A header's text as the message reader decodes it (RFC 2047 words, the same clean-up)."""
    return decode_header_text(str(value)) if value is not None else ""


_ID = re.compile(r"<[^<>\s]+>")
_ADDRESS_FIELDS = ("from", "to", "cc", "reply-to")
_READ = frozenset(
    {*_ADDRESS_FIELDS, "subject", "message-id", "in-reply-to", "references", "content-type",
     "list-unsubscribe", "list-id", "precedence"}
)  # fmt: skip
# A plain mailbox: a bare dot-atom address, or one in <> after an optional name of atoms (dots
# allowed; encoded words are atoms to the old parser, decoded afterwards) or a quoted string without
# quotes, backslashes, commas or control characters. Anything else (comments, groups, routes, empty
# list elements) is left to the email package.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_WORD = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]"
_SPEC = rf"{_ATOM}++(?:\.{_ATOM}++)*+@{_ATOM}++(?:\.{_ATOM}++)*+"
_MAILBOX = re.compile(
    rf"[ \t]*+(?:(?P<bare>{_SPEC})"
    rf"|(?:\"(?P<quoted>[^\"\\,\x00-\x1f\x7f]*+)\"|(?P<phrase>{_WORD}++(?:[ \t]++{_WORD}++)*+))?"
    rf"[ \t]*+<(?P<angle>{_SPEC})>)[ \t]*+(?:,|\Z)"
)
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def _plain_pairs(value: str) -> list[tuple[str, str]] | None:
    """`getaddresses([value])` for a list of plain mailboxes; None for anything else."""
    if "\\" in value or "(" in value:
        return None
    if "\n" in value:
        if '"' in value:
            return None  # the old parser stops a quoted string at a line end
        value = _FOLD.sub("", value)
        if "\n" in value or "\r" in value:
            return None
    pairs: list[tuple[str, str]] = []
    pos, end = 0, len(value)
    while pos < end:
        m = _MAILBOX.match(value, pos)
        if m is None:
            return None
        bare, angle, quoted, phrase = m.group("bare", "angle", "quoted", "phrase")
        if bare is not None:
            pairs.append(("", bare))
        else:
            pairs.append((quoted if quoted is not None else " ".join((phrase or "").split()), angle))
        pos = m.end()
    return pairs if pairs and not value.rstrip(" \t").endswith(",") else None


@lru_cache(maxsize=8192)
def _mailboxes(value: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None:
    """`_plain_pairs` of an address field, and its addresses as the view keeps them (stripped,
    lower-cased); cached: a mailbox's To and its correspondents' From come back on every message."""
    pairs = _plain_pairs(value)
    if pairs is None:
        return None
    return tuple(pairs), tuple(a.strip().lower() for _, a in pairs)


@lru_cache(maxsize=8192)
def _name_text(value: str) -> str:
    """`_text` of a display name, cached: the same few hundred senders write again and again."""
    return _text(value)


def _first(fields: dict[str, list[str]], name: str) -> str:
    values = fields.get(name)
    return values[0] if values else ""


def _fast_headers(raw: bytes) -> HeaderView | None:
    """`_slow_headers` for the usual block (ASCII fields, plain mailboxes), or None when unsure."""
    # The header parser stops after the headers, so unlike mail.py it never reads the Content-Type:
    # the items alone, without its probe of that field.
    text = raw.decode("ascii", "surrogateescape")
    items = _plain_header_items(text)
    if items is None:
        items = _feed_header_items(text)
    if items is None:
        return None
    fields: dict[str, list[str]] = {}
    for name, value in items:
        lname = name.lower()
        if lname in _READ:
            if not value.isascii():
                return None  # raw 8-bit bytes: the email package makes Header objects of them
            fields.setdefault(lname, []).append(value)
    any_pair = False
    addresses: list[str] = []
    sender_name = sender = ""
    for name in _ADDRESS_FIELDS:
        for value in fields.get(name, ()):
            found = _mailboxes(value)
            if found is None:
                return None
            if name == "from" and not any_pair and not sender:
                sender_name, sender = found[0][0]
            any_pair = True  # `_plain_pairs` gives None rather than no pair
            addresses += found[1]
    ids = [
        i
        for name in ("message-id", "in-reply-to", "references")
        for v in fields.get(name, ())
        for i in _ID.findall(v)
    ]
    precedence = _first(fields, "precedence").strip().lower()
    return HeaderView(
        subject=_text(_first(fields, "subject")),
        sender_name=_name_text(sender_name),
        sender=sender.strip().lower(),
        addresses=tuple(addresses),
        ids=tuple(ids),
        content_type=_first(fields, "content-type").lower(),
        bulk=bool(
            _first(fields, "list-unsubscribe")
            or _first(fields, "list-id")
            or precedence in {"bulk", "list", "junk"}
        ),
        items=tuple(items),
    )


def read_headers(raw: bytes) -> HeaderView:
    """The few header fields the gate needs; never raises on broken headers.

    The usual block is read off its items without the email package (a few
    microseconds, not hundreds); anything unusual takes `_slow_headers`.
    """
    data = bytes(raw)
    try:
        fast = _fast_headers(data)
    except Exception:
        fast = None
    return fast if fast is not None else _slow_headers(data)


def _slow_headers(raw: bytes) -> HeaderView:
    """The email package's reading of the fields: the reference the fast path is held to."""
    parsed = BytesHeaderParser().parsebytes(bytes(raw))
    pairs = getaddresses(
        [str(v) for name in ("From", "To", "Cc", "Reply-To") for v in parsed.get_all(name) or ()]
    )
    sender_pairs = getaddresses([str(v) for v in parsed.get_all("From") or ()])
    sender_name, sender = sender_pairs[0] if sender_pairs else ("", "")
    ids: list[str] = []
    for name in ("Message-ID", "In-Reply-To", "References"):
        for value in parsed.get_all(name) or ():
            ids += _ID.findall(str(value))
    precedence = str(parsed.get("Precedence", "")).strip().lower()
    return HeaderView(
        subject=_text(parsed.get("Subject")),
        sender_name=_text(sender_name),
        sender=sender.strip().lower(),
        addresses=tuple(a.strip().lower() for _, a in pairs if "@" in a),
        ids=tuple(ids),
        content_type=str(parsed.get("Content-Type", "")).lower(),
        bulk=bool(
            parsed.get("List-Unsubscribe") or parsed.get("List-Id") or precedence in {"bulk", "list", "junk"}
        ),
    )


def first_look(h: HeaderView, *, has_calendar: bool = False) -> Verdict:
    """From the headers (and, when the source knows it, whether a calendar part is attached)."""
    if has_calendar or "calendar" in h.content_type:
        return "fetch"
    domain = h.sender.rpartition("@")[2]
    if domain and vendor_of(domain):
        return "fetch"
    if job_words_in(h.subject.lower()) or (not h.bulk and job_words_in(h.sender_name.lower())):
        return "fetch"  # a job board's newsletter ("Weekly Jobs") is named so on every issue: not a sign
    if h.bulk and not _SCHEDULING.search(h.subject):
        return "skip"
    return "peek"


def peek_passes(text: str) -> bool:
    """Does the start of a message's text use job vocabulary?"""
    return job_words_in(text[:PEEK_CHARS].lower())
