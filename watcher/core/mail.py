"""Raw RFC 5322 bytes → `records.Message`.

Pure: no I/O, no clock. Untrusted mail must never crash a scan, so every
decoding step degrades (replacement characters, missing fields) instead of
raising; anything truly unexpected becomes one `MessageParseError` that the
scan logs and skips.
"""

from __future__ import annotations

import email
import email.utils
import functools
import hashlib
import io
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email import policy
from email.header import decode_header
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import Group
from email.message import Message as EmailMessage
from email.utils import _has_surrogates, _sanitize  # type: ignore[attr-defined]
from functools import cache, lru_cache
from typing import Any, ParamSpec, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from watcher.core.reading.html_mail import html_to_text
from watcher.core.reading.quoting import strip_quotes
from watcher.core.reading.vocabulary import strip_reply_prefixes
from watcher.core.records import Address, BulkMarkers, CalendarEvent, Direction, Message
from watcher.core.safetext import clean
from watcher.errors import MessageParseError

__all__ = [
    "decode_header_text",
    "html_to_text",
    "normalise_subject",
    "parse_message",
    "strip_quotes",
    "unflow",
]

SYNTHETIC_DOMAIN = "interview-watcher.invalid"
P = ParamSpec("P")

# --- header decoding -------------------------------------------------------

_FOLD_RE = re.compile(r"\r?\n[ \t]*")
_WS_RE = re.compile(r"[ \t\r\n]+")


_RAW_BYTE_RE = re.compile("[\udc80-\udcff]")


def _scrub(text: str) -> str:
    """Turn surrogate-escaped raw 8-bit bytes into text (UTF-8, else replacement)."""
    if text.isascii() or not _RAW_BYTE_RE.search(text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def _unfold(value: str) -> str:
    if "\n" not in value:
        return value.strip()  # not folded (most values): the same, without the regex
    return _FOLD_RE.sub(" ", value).strip()


def _raw_header(msg: EmailMessage, name: str) -> str | None:
    """The first raw value of a header, unfolded; None when absent."""
    lname = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lname:
            return _unfold(str(value))
    return None


# The headers a Message is made of: read once from the parsed items, not re-scanned per header.
_READ_HEADERS = frozenset(
    {
        "from", "sender", "to", "cc", "reply-to", "date", "subject", "message-id", "in-reply-to",
        "references", "list-unsubscribe", "list-id", "precedence", "auto-submitted",
    }
)  # fmt: skip


class _Headers:
    """The unfolded values of the headers we read, in order, from one pass over a message's raw items."""

    __slots__ = ("_values",)

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        values: dict[str, list[str]] = {}
        for key, value in items:
            lname = key.lower()
            if lname in _READ_HEADERS:
                text = value if type(value) is str else str(value)
                values.setdefault(lname, []).append(text.strip() if "\n" not in text else _unfold(text))
        self._values = values

    def first(self, name: str) -> str | None:
        """The first value (unfolded) of a header by its lower-case name, None when absent: what
        `_raw_header` gives."""
        found = self._values.get(name)
        return found[0] if found else None

    def every(self, name: str) -> list[str]:
        """Every value of a header by its lower-case name."""
        return self._values.get(name, [])

    def has_any(self, lower_names: Iterable[str]) -> bool:
        """Is any of these (lower-case) headers present?"""
        return any(name in self._values for name in lower_names)


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset; unknown or wrong charsets give U+FFFD, never an error."""
    cs = (charset or "utf-8").strip().strip('"').lower() or "utf-8"
    if cs in {"us-ascii", "ascii", "unknown-8bit", "x-unknown", "8bit", "default"}:
        cs = "utf-8"
    try:
        return data.decode(cs, "replace")
    except (LookupError, TypeError, ValueError):
        return data.decode("utf-8", "replace")


def _decode_words(value: str) -> str:
    """RFC 2047 decoding of an unstructured header (Subject, display names)."""
    try:
        text = str(policy.default.header_factory("subject", value))
    except Exception:
        try:
            parts = decode_header(value)
            text = "".join(part if isinstance(part, str) else _decode_bytes(part, cs) for part, cs in parts)
        except Exception:
            text = value
    return _WS_RE.sub(" ", clean(_scrub(text))).strip()


def decode_header_text(value: str) -> str:
    """`_decode_words` for a raw header value, the same text for less work.

    Without ``=?`` the email package's unstructured parser gives the value
    back unchanged (raw 8-bit bytes decoded as UTF-8, else U+FFFD), which
    `_scrub` does too. Encoded words go through that parser, cached.
    """
    if "=?" not in value:
        text = clean(_scrub(value))
        if "  " in text or "\t" in text or "\n" in text or "\r" in text:
            text = _WS_RE.sub(" ", text)  # else it has no run of white space to make one space
        return text.strip()
    return _encoded_words(value)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=4096)
def _encoded_words(value: str) -> str:
    """RFC 2047 text from the parser `policy.default.header_factory` uses, without the header object.

    The header object adds nothing to a decoded text without surrogates; the
    rest (and any parser error) takes `_decode_words`, the full way.
    """
    try:
        text = str(_header_class("subject").value_parser(value))
    except Exception:
        return _decode_words(value)
    if _SURROGATE_RE.search(text):
        return _decode_words(value)
    return _WS_RE.sub(" ", clean(text)).strip()


def _header_text(headers: _Headers, name: str) -> str:
    raw = headers.first(name)
    return decode_header_text(raw) if raw else ""


# A mailbox simple enough that its display name and address can be read off the text: a dot-atom
# address, bare or in <>, after an optional phrase of atoms (dots allowed) or one quoted string
# without backslashes. Raw 8-bit bytes (surrogates) may only be in the name. No comments, groups,
# encoded words, routes, domain literals or CR/LF: those keep the email package's parser.
# Possessive quantifiers: no backtracking, so a long odd name costs linear time.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_NAME_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\udc80-\udcff]"
_DOT_ATOM = rf"{_ATEXT}++(?:\.{_ATEXT}++)*+"
_ADDR_SPEC = rf"{_DOT_ATOM}@{_DOT_ATOM}"
_SIMPLE_MAILBOX_RE = re.compile(
    rf"[ \t]*+(?:"
    rf"(?P<bare>{_ADDR_SPEC})"
    rf"|(?:\"(?P<quoted>[^\"\\\x00-\x08\x0a-\x1f\x7f]*+)\""
    rf"|(?P<phrase>{_NAME_ATEXT}++(?:[ \t]*+(?:{_NAME_ATEXT}++|\.))*+))?"
    rf"[ \t]*+<(?P<angle>{_ADDR_SPEC})>"
    rf")?[ \t]*+(?:,|\Z)"
)
_NON_SIMPLE_CHARS = re.compile(r"=\?|[\\()\[\]:;\r\n]")


def _consecutive(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], int]:
    """The matches of `pattern` one right after the other from the start of `text`, and where they stop."""
    found: list[re.Match[str]] = []
    pos, end = 0, len(text)
    while pos < end and (m := pattern.match(text, pos)) is not None:
        found.append(m)
        pos = m.end()
    return found, pos


def _simple_address_pairs(raw: str) -> list[tuple[str, str]] | None:
    """(display name, address) pairs as the email package would give them, or None when unsure."""
    if _NON_SIMPLE_CHARS.search(raw):
        return None
    mailboxes, stop = _consecutive(_SIMPLE_MAILBOX_RE, raw)
    if stop < len(raw):
        return None
    pairs: list[tuple[str, str]] = []
    for m in mailboxes:
        bare, angle = m.group("bare", "angle")
        if bare is not None:
            pairs.append(("", bare))
        elif angle is not None:
            pairs.append((m.group("quoted") or m.group("phrase") or "", angle))
    return pairs


_MAX_PARSED_PARENS = 32  # comments nest; deeper ones take the full way (its recursion, its errors)


def _parsed_address_pairs(name: str, raw: str) -> list[tuple[str, str]]:
    """The pairs `_slow_address_pairs` gives, from the same parser without building the header object.

    This is `AddressHeader.parse` and `BaseHeader.__new__` minus the defect
    list and the per-call header class: the same Group/Address objects, the
    same decoded text and its sanitising, so whatever raises there (CR/LF
    in a decoded name, surrogates that are no raw bytes) raises here and
    takes the full way.
    """
    if raw.count("(") > _MAX_PARSED_PARENS:
        return _slow_address_pairs(name, raw)
    try:
        groups = [
            Group(
                addr.display_name,
                [
                    HeaderAddress(mb.display_name or "", mb.local_part or "", mb.domain or "")
                    for mb in addr.all_mailboxes
                ],
            )
            for addr in _header_class(name).value_parser(raw).addresses
        ]
        decoded = ", ".join([str(group) for group in groups])
        if _has_surrogates(decoded):
            _sanitize(decoded)
    except Exception:
        return _slow_address_pairs(name, raw)
    return [(str(a.display_name), str(a.addr_spec)) for group in groups for a in group.addresses]


@cache
def _header_class(name: str) -> Any:
    """`policy.default.header_factory[name]`: it builds a new class on every call otherwise."""
    factory: Any = policy.default.header_factory
    return factory[name]


def _slow_address_pairs(name: str, raw: str) -> list[tuple[str, str]]:
    """The email package's address header (encoded words, comments, groups), else `getaddresses`."""
    pairs: list[tuple[str, str]] = []
    try:
        header = _header_class(name)(name, raw)
        for addr in getattr(header, "addresses", ()):
            pairs.append((str(addr.display_name), str(addr.addr_spec)))
    except Exception:
        pairs = [(_decode_words(n), a) for n, a in email.utils.getaddresses([raw])]
    return pairs


@lru_cache(maxsize=4096)
def _addresses_of(name: str, raw: str) -> tuple[Address, ...]:
    """The mailboxes of one address header value, decoded and lower-cased (pure, so cached)."""
    pairs = _simple_address_pairs(raw)
    if pairs is None:
        pairs = _parsed_address_pairs(name, raw)
    found: list[Address] = []
    for disp, spec in pairs:
        spec = clean(_scrub(spec)).strip().strip("<>").strip()
        if not spec or "@" not in spec:
            continue
        disp = _WS_RE.sub(" ", clean(_scrub(disp))).strip().strip('"').strip()
        found.append(Address(name=disp, email=spec.lower()))
    return tuple(found)


def _parse_addresses(headers: _Headers, name: str) -> tuple[Address, ...]:
    """Every mailbox of an address header (all occurrences), decoded and lower-cased."""
    values = headers.every(name.lower())
    if len(values) == 1:
        return _addresses_of(name, values[0])
    if not values:
        return ()
    return tuple(a for raw in values for a in _addresses_of(name, raw))


_MSGID_RE = re.compile(r"<([^<>]*)>")
_ONE_ID_RE = re.compile(r"<[^<>\s]+>")
_SPACES_RE = re.compile(r"\s+")
_ID_GAPS_RE = re.compile(r"[\s,]+")


def _msg_ids(value: str | None) -> list[str]:
    """Message-IDs in a header: `<...>` tokens (inner whitespace dropped), else bare tokens with '@'."""
    if not value:
        return []
    if value.isascii() and _ONE_ID_RE.fullmatch(value):
        return [value]  # one id, nothing to drop or decode (most headers): what the lines below give
    value = _scrub(value)
    ids = ["<" + _SPACES_RE.sub("", inner) + ">" for inner in _MSGID_RE.findall(value)]
    ids = [i for i in ids if len(i) > 2]
    if not ids and "<" not in value:
        ids = ["<" + tok.strip("<>") + ">" for tok in _ID_GAPS_RE.split(value) if "@" in tok]
    seen: set[str] = set()
    out: list[str] = []
    for i in ids:
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


# The Date every mail program writes ("Mon, 01 Dec 2025 07:31:28 +0000"): read by `_usual_date`.
_USUAL_DATE_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-][0-9]{4})"
)
_MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


@lru_cache(maxsize=256)
def _zone(seconds: int) -> timezone:
    return timezone(timedelta(seconds=seconds))


def _usual_date(m: re.Match[str]) -> datetime:
    """`email.utils.parsedate_to_datetime` of a `_USUAL_DATE_RE` match, step for step, without its
    general tokenising (the same numbers, the same two-digit years, the same errors)."""
    day, month, year, hour, minute, second, zone = m.groups()
    yy = int(year)
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    offset = int(zone)
    if offset == 0 and zone.startswith("-"):
        return datetime(yy, _MONTH_NUMBERS[month], int(day), int(hour), int(minute), int(second))
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return datetime(
        yy, _MONTH_NUMBERS[month], int(day), int(hour), int(minute), int(second), tzinfo=_zone(offset)
    )


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        value = _scrub(value)
        usual = _USUAL_DATE_RE.fullmatch(value)
        parsed = _usual_date(usual) if usual is not None else email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)  # "-0000": no zone information, UTC by RFC 5322
    if not 1970 <= parsed.year <= 2200:
        return None
    return parsed


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def normalise_subject(subject: str) -> str:
    """Subject without reply/forward prefixes (any language, repeated) so threads compare equal."""
    if "  " in subject or "\t" in subject or "\n" in subject or "\r" in subject:
        subject = _WS_RE.sub(" ", subject)  # else it has no run of white space to make one space
    return strip_reply_prefixes(subject.strip()).strip()


# --- text layout -------------------------------------------------------


def _tidy(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip("\n")


# --- format=flowed (RFC 3676) -------------------------------------------------

_QUOTE_MARKS = re.compile(r"^>+")


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join the soft line breaks of a ``format=flowed`` body, so wrapped sentences read whole.

    A line that ends in a space continues on the next line of the same quote
    depth; ``delsp=yes`` drops that space. Space-stuffing is undone and the
    signature separator ``-- `` stays a hard break. Quote depth is kept as
    ``>`` marks (one space after them) so quoted history is still recognised.
    """
    out: list[str] = []
    current: str | None = None
    depth_of_current = -1
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        marks = _QUOTE_MARKS.match(raw)
        depth = len(marks.group(0)) if marks else 0
        content = raw[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing, or the space after the quote marks
        soft = content.endswith(" ") and content != "-- "
        if current is not None and depth != depth_of_current:
            out.append(current)  # a soft break into another quote depth: RFC 3676 says it is hard
            current = None
        if current is None:
            current = (">" * depth + (" " if content else "") if depth else "") + content
            depth_of_current = depth
        else:
            current += content
        if soft:
            if delsp:
                current = current[:-1]
            continue
        out.append(current)
        current = None
    if current is not None:
        out.append(current)
    return "\n".join(out)


# --- calendar -------------------------------------------------------------


def _windows_zones() -> dict[str, str]:
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except Exception:  # older icalendar
        return {}
    return dict(WINDOWS_TO_OLSON)


_WINDOWS_TO_IANA = _windows_zones()


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """ "mexico city" → "America/Mexico_City": the last part of every IANA zone name, as a city."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            out.setdefault(name.rsplit("/", 1)[1].replace("_", " ").lower(), name)
    return out


# Windows display names Outlook writes as TZIDs, where the city list does not name an IANA zone.
_DISPLAY_CITIES = {"brasilia": "America/Sao_Paulo", "bern": "Europe/Zurich", "quito": "America/Guayaquil"}
_DISPLAY_NAME = re.compile(r"^\(UTC(?:(?P<sign>[+-])(?P<h>\d{1,2}):(?P<m>\d{2}))?\)\s*(?P<rest>.*)$")


@lru_cache(maxsize=256)
def _display_zone(tzid: str) -> tzinfo | None:
    """Outlook's "(UTC-06:00) Central Time (US & Canada)" or "(UTC+01:00) Amsterdam, Berlin, ...".

    The region ("Central Time (US & Canada)") is the Windows zone of that name; otherwise the first
    city that names an IANA zone; otherwise the fixed offset the name starts with.
    """
    m = _DISPLAY_NAME.match(tzid.strip())
    if not m:
        return None
    rest = m.group("rest").strip()
    region = re.match(r"(.+?) Time \((?:US & Canada|Canada|US)\)", rest)
    if region:
        zone = _WINDOWS_TO_IANA.get(f"{region.group(1)} Standard Time")
        if zone:
            return _zone_named(zone)
    for city in re.split(r"\s*,\s*", rest):
        key = city.strip().lower()
        zone = _DISPLAY_CITIES.get(key) or _zones_by_city().get(key)
        if zone:
            return _zone_named(zone)
    if m.group("h") is None:
        return _zone_named("UTC")
    minutes = int(m.group("h")) * 60 + int(m.group("m"))
    return timezone(timedelta(minutes=-minutes if m.group("sign") == "-" else minutes))


def _zone_named(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _iana_zone(tzid: str) -> tzinfo | None:
    name = _WINDOWS_TO_IANA.get(tzid, tzid).strip().strip('"')
    if name.startswith("(UTC"):
        return _display_zone(name)
    if not name or ("/" not in name and name not in {"UTC", "GMT"}):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _ical_datetime(prop: object, value: object, fallback_tz: tzinfo) -> datetime | None:
    """An aware datetime: TZID honoured (IANA or Windows names), UTC for Z, floating in the message's zone."""
    if isinstance(value, datetime):
        tzid = ""
        params = getattr(prop, "params", None)
        if params is not None:
            tzid = str(params.get("TZID", "") or "")
        if value.tzinfo is None:
            zone = _iana_zone(tzid) if tzid else None
            return value.replace(tzinfo=zone or fallback_tz)
        if tzid:
            zone = _iana_zone(tzid)
            if zone is not None:
                # Prefer the IANA zone when it agrees with the VTIMEZONE at that instant.
                candidate = value.replace(tzinfo=zone)
                if candidate.utcoffset() == value.utcoffset():
                    return candidate
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=fallback_tz)
    return None


MAX_EVENTS_PER_MESSAGE = 50
"""Calendar events kept from one message, at most.

An interview invite carries one event, a reschedule or a Google invite (sent
as a part and again as invite.ics) a handful. A calendar export with
thousands is not an invite, and turning each into a record (and storing them
all) would let one mail stall a scan; the first 50 distinct ones are kept.
"""


def _vevents(component: Any) -> Iterator[Any]:
    """VEVENTs in document order, lazily (icalendar's walk() builds the whole list first)."""
    if getattr(component, "name", None) == "VEVENT":
        yield component
    for sub in getattr(component, "subcomponents", ()):
        yield from _vevents(sub)


def _parse_calendar(
    data: bytes, part_method: str, fallback_tz: tzinfo, limit: int = MAX_EVENTS_PER_MESSAGE
) -> list[CalendarEvent]:
    """At most `limit` events; the walk stops there, so a huge calendar costs no more than its parse."""
    import icalendar

    if limit <= 0:
        return []
    text = _decode_bytes(data, "utf-8")
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception:
        return []
    events: list[CalendarEvent] = []
    for cal in calendars:
        method = str(cal.get("METHOD", "") or part_method).strip().upper()
        for ev in _vevents(cal):
            try:
                events.append(_event(ev, method, fallback_tz))
            except Exception:
                continue  # one broken VEVENT does not lose the others
            if len(events) >= limit:
                return events
    return events


_SPLIT_VALUE = re.compile(r"^(?P<tail>.*):(?P<when>\d{8}T\d{6})(?P<utc>Z?)$")


def _split_tzid_datetime(prop: object, fallback_tz: tzinfo) -> datetime | None:
    """``DTSTART;TZID=(UTC-06:00) Central Time (US & Canada):20260415T100000``, the TZID left unquoted.

    The colon inside the zone name splits the line early; joined again, the name is read as above.
    """
    params = getattr(prop, "params", None)
    tzid = str(params.get("TZID", "") or "") if params is not None else ""
    m = _SPLIT_VALUE.match(str(prop).strip())
    if not m or not tzid:
        return None
    try:
        when = datetime.strptime(m.group("when"), "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    if m.group("utc"):
        return when.replace(tzinfo=UTC)
    return when.replace(tzinfo=_iana_zone(f"{tzid}:{m.group('tail')}") or fallback_tz)


def _event(ev: object, method: str, fallback_tz: tzinfo) -> CalendarEvent:
    get = ev.get  # type: ignore[attr-defined]

    def decoded(name: str) -> object:
        try:
            return ev.decoded(name)  # type: ignore[attr-defined]
        except Exception:
            return None

    start = _ical_datetime(get("DTSTART"), decoded("DTSTART"), fallback_tz) if get("DTSTART") else None
    end = _ical_datetime(get("DTEND"), decoded("DTEND"), fallback_tz) if get("DTEND") else None
    if start is None and get("DTSTART") is not None:
        start = _split_tzid_datetime(get("DTSTART"), fallback_tz)
        end = _split_tzid_datetime(get("DTEND"), fallback_tz) if get("DTEND") is not None else None
    if end is None and start is not None and get("DURATION") is not None:
        duration = decoded("DURATION")
        if isinstance(duration, timedelta):
            end = start + duration
    try:
        sequence = int(str(get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        sequence = 0
    organizer = str(get("ORGANIZER", "") or "").strip()
    if organizer.lower().startswith("mailto:"):
        organizer = organizer[7:]
    partstat = ""
    attendees = get("ATTENDEE")
    if attendees is not None and method == "REPLY":
        first = attendees[0] if isinstance(attendees, list) and attendees else attendees
        params = getattr(first, "params", None)
        if params is not None:
            partstat = str(params.get("PARTSTAT", "") or "").upper()
    return CalendarEvent(
        method=method,
        uid=str(get("UID", "") or "").strip(),
        sequence=sequence,
        status=str(get("STATUS", "") or "").strip().upper(),
        summary=_WS_RE.sub(" ", clean(str(get("SUMMARY", "") or ""))).strip(),
        organizer=clean(organizer).strip().lower(),
        start=start,
        end=end,
        recurring=get("RRULE") is not None or get("RDATE") is not None,
        partstat=partstat,
    )


# --- body -----------------------------------------------------------------


def _filename(part: EmailMessage) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        return ""
    return _decode_words(str(name))


def _leaves(msg: EmailMessage) -> Iterator[EmailMessage]:
    """Leaf parts, not descending into attached messages (a forwarded .eml is an attachment)."""
    if msg.is_multipart():
        payload = msg.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, EmailMessage):
                    yield from _leaves(sub)
        return
    yield msg


def _payload(part: EmailMessage, cap: int) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return b""
    if not isinstance(data, bytes):
        return b""
    return data[:cap]


def _content_type(part: EmailMessage) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def _param(part: EmailMessage, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:
        return ""
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        value = value[2]
    return str(value or "")


def _charset(part: EmailMessage) -> str | None:
    try:
        cs = part.get_content_charset()
    except Exception:
        return None
    return str(cs) if cs else None


def _body(
    msg: EmailMessage, cap: int, fallback_tz: tzinfo
) -> tuple[str, tuple[CalendarEvent, ...], tuple[str, ...]]:
    plains: list[str] = []
    htmls: list[str] = []
    # Distinct events in first-seen order (a dict: linear, where a list lookup was quadratic).
    # Google sends the same invite as a part and as invite.ics.
    events: dict[CalendarEvent, None] = {}
    attachments: list[str] = []
    budget = cap
    for part in _leaves(msg):
        ctype = _content_type(part)
        name = _filename(part)
        disposition = (_raw_header(part, "Content-Disposition") or "").split(";")[0].strip().lower()
        is_attachment = disposition == "attachment" or (bool(name) and not ctype.startswith("text/"))
        if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart()):
            attachments.append(name or "message.eml")
            continue
        is_ics = ctype in {"text/calendar", "application/ics"} or name.lower().endswith((".ics", ".vcs"))
        if is_ics:
            room = MAX_EVENTS_PER_MESSAGE - len(events)
            if room > 0:
                method = _param(part, "method").upper()
                for event in _parse_calendar(_payload(part, cap), method, fallback_tz, room):
                    events.setdefault(event, None)
            if name:
                attachments.append(name)
            continue
        if name and (is_attachment or disposition == "attachment"):
            attachments.append(name)
            continue
        if ctype == "text/plain" and budget > 0:
            data = _payload(part, budget)
            budget -= len(data)
            plain = _decode_bytes(data, _charset(part))
            if _param(part, "format").strip().lower() == "flowed":
                plain = unflow(plain, delsp=_param(part, "delsp").strip().lower() == "yes")
            plains.append(plain)
        elif ctype == "text/html" and budget > 0:
            data = _payload(part, budget)
            budget -= len(data)
            htmls.append(_decode_bytes(data, _charset(part)))
        elif name:
            attachments.append(name)
    if plains:
        text = "\n\n".join(_tidy(p) for p in plains if p.strip())
    else:
        text = "\n\n".join(html_to_text(h) for h in htmls if h.strip())
    return text, tuple(events), tuple(attachments)


# --- message --------------------------------------------------------------


def _synthetic_id(headers: _Headers) -> str:
    """A stable Message-ID for mail without one, from headers every copy shares.

    Body bytes are left out on purpose: a headers-only fetch and the later full
    fetch of the same message must get the same id.
    """
    key = "\x00".join(headers.first(h) or "" for h in ("from", "to", "cc", "date", "subject", "in-reply-to"))
    digest = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()
    return f"<{digest}@{SYNTHETIC_DOMAIN}>"


_NO_BULK = BulkMarkers()
_BULK_HEADERS = ("list-unsubscribe", "list-id", "precedence", "auto-submitted")


def _bulk(headers: _Headers) -> BulkMarkers:
    if not headers.has_any(_BULK_HEADERS):
        return _NO_BULK  # what the lines below give without any of these headers
    unsub = (headers.first("list-unsubscribe") or "").strip()
    list_id = _header_text(headers, "list-id")
    precedence = _header_text(headers, "precedence").lower().split(";")[0].strip()
    auto = _header_text(headers, "auto-submitted").lower().split(";")[0].strip()
    return BulkMarkers(
        list_unsubscribe=bool(unsub), list_id=list_id, precedence=precedence, auto_submitted=auto
    )


_HEADER_LINE_RE = re.compile(rb"^[!-9;-~]+[ \t]*:")


def _trim_preamble(raw: bytes) -> bytes:
    """Drop leading blank or junk lines (a few at most) that would hide every header from the parser."""
    raw = raw.lstrip(b"\r\n\t ")
    if _HEADER_LINE_RE.match(raw):
        return raw  # the first line is a header (the usual case): what the loop below finds at i == 0
    lines = raw.split(b"\n", 8)
    for i, line in enumerate(lines[:6]):
        if _HEADER_LINE_RE.match(line) or line.startswith(b"From "):
            return raw if i == 0 else b"\n".join(lines[i:])
        if not line.strip():
            break  # a blank line: header block over, nothing to save
    return raw


# What email.feedparser takes for a header line (its headerRE), and for the blank separator line.
_FEED_HEADER_RE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_FEED_NL_RE = re.compile(r"\r\n|\r|\n")


def _header_items(data: bytes) -> list[tuple[str, str]] | None:
    """The raw items `email.message_from_bytes(data, policy=compat32)` would hold, for a header block.

    The feed parser's header rules, line for line (the same line splitting,
    envelope "From " lines, continuation and nameless lines skipped, value as
    compat32's header_source_parse leaves it), without building a Message.
    None when a body follows the headers, or when the email package would
    fail on the Content-Type while parsing the (empty) body: the caller then
    parses the usual way, so the result and any error stay the same.
    """
    text = data.decode("ascii", "surrogateescape")
    items = _plain_header_items(text)
    if items is None:
        items = _feed_header_items(text)
    if items is not None and _content_type_may_fail(items) and _content_type_fails(items):
        return None
    return items


# A well-formed header field (name, colon, value with its folded lines), and the line ends.
_PLAIN_FIELD_RE = re.compile(r"([!-9;-~]++):[ \t]*+([^\r\n]*+(?:\r?\n[ \t][^\r\n]*+)*+)(?:\r?\n|\Z)")


def _plain_header_items(text: str) -> list[tuple[str, str]] | None:
    """`_feed_header_items` for the usual block, one match per field; None for anything else.

    Usual: every line a field or its continuation, CRLF or LF line ends (no
    lone CR), then nothing or one empty line. The value is what compat32's
    header_source_parse keeps: leading blanks dropped, inner line ends kept.
    """
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None
    items: list[tuple[str, str]] = []
    pos, end = 0, len(text)
    match = _PLAIN_FIELD_RE.match
    while pos < end and (m := match(text, pos)) is not None:  # `_consecutive`, the pairs taken as found
        items.append(cast("tuple[str, str]", m.group(1, 2)))  # both groups always take part
        pos = m.end()
    if text[pos:] not in ("", "\n", "\r\n"):
        return None
    return items


def _feed_header_items(text: str) -> list[tuple[str, str]] | None:
    """The feed parser's header loop, line for line; None when a body follows the headers."""
    lines = io.StringIO(text, newline="").readlines()
    count = len(lines)
    for index, line in enumerate(lines):
        if not _FEED_HEADER_RE.match(line):
            body_start = index + 1 if _FEED_NL_RE.match(line) else index
            if body_start < count:
                return None
            lines = lines[:index]
            break
    items: list[tuple[str, str]] = []
    last = len(lines) - 1
    current: list[str] = []
    for lineno, line in enumerate(lines):
        if line[0] in " \t":
            if current:
                current.append(line)
            continue
        if current:
            items.append(_source_parse(current))
            current = []
        if line.startswith("From "):
            if 0 < lineno == last:
                return None  # the feed parser takes it for the first body line
            continue  # the envelope line, or a misplaced one (ignored)
        if line.find(":") == 0:
            continue  # no header name: ignored
        current = [line]
    if current:
        items.append(_source_parse(current))
    return items


def _source_parse(lines: list[str]) -> tuple[str, str]:
    """compat32's header_source_parse: name, and the value with its folds and no line end."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


_PROBED = frozenset({"content-type", "content-transfer-encoding"})


def _content_type_may_fail(items: Sequence[tuple[str, str]]) -> bool:
    """Only RFC 2231 parameters (``*``) or raw 8-bit bytes can make the type or boundary raise."""
    for name, value in items:  # noqa: SIM110 (a loop: half the time of any() over a generator)
        if ("*" in value or not value.isascii()) and name.lower() in _PROBED:
            return True
    return False


def _content_type_fails(items: Sequence[tuple[str, str]]) -> bool:
    """Would the feed parser raise on this Content-Type while parsing an empty body?

    It reads the type, and for a multipart the boundary (an RFC 2231 boundary
    in an odd charset raises) and the Content-Transfer-Encoding.
    """
    probe = EmailMessage()
    for name, value in items:
        if name.lower() in {"content-type", "content-transfer-encoding"}:
            probe.set_raw(name, value)
    try:
        if probe.get_content_maintype() == "multipart":
            probe.get_boundary()
            str(probe.get("content-transfer-encoding", "8bit")).lower()
    except Exception:
        return True
    return False


def _only_parse_errors(parse: Callable[P, Message]) -> Callable[P, Message]:
    """Untrusted input: whatever goes wrong while reading a message leaves as a `MessageParseError`."""

    @functools.wraps(parse)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> Message:
        try:
            return parse(*args, **kwargs)
        except MessageParseError:
            raise
        except Exception as exc:  # never let a surprise escape
            reason = f"{type(exc).__name__}: {exc}"
            raise MessageParseError(reason[:200]) from exc

    return guarded


@_only_parse_errors
def parse_message(
    raw: bytes,
    *,
    account: str,
    folder: str,
    uid: str,
    my_addresses: Collection[str],
    internaldate: datetime | None = None,
    thread_hint: str | None = None,
    headers_only: bool = False,
    max_body_bytes: int = 2_000_000,
    header_items: Sequence[tuple[str, str]] | None = None,
) -> Message:
    """Parse one message. Raises `MessageParseError` (short reason) and nothing else.

    `header_items`: for a header block, its items as the gate already split them
    (`gate.HeaderView.items`), so that they are not split a second time.
    """
    if not isinstance(raw, (bytes, bytearray, memoryview)):  # a tuple: checked faster than a union
        raise MessageParseError(f"expected bytes, got {type(raw).__name__}")
    data = _trim_preamble(bytes(raw))
    items: Sequence[tuple[str, str]] | None = None
    if headers_only and header_items is not None and len(data) == len(raw):
        # the gate split this same block (nothing trimmed): its items are `_header_items`' own
        items = header_items if isinstance(header_items, (tuple, list)) else list(header_items)
        if _content_type_may_fail(items) and _content_type_fails(items):
            items = None
    elif headers_only:
        items = _header_items(data)
    msg: EmailMessage | None = None
    if items is None:
        msg = email.message_from_bytes(data, policy=policy.compat32)
        items = list(msg.raw_items())
    if not items:
        raise MessageParseError("no headers")
    headers = _Headers(items)

    date_value = _parse_date(headers.first("date"))
    if date_value is None:
        if internaldate is None:
            raise MessageParseError("no usable Date header and no INTERNALDATE")
        date_value = _aware(internaldate)

    ids = _msg_ids(headers.first("message-id"))
    message_id = ids[0] if ids else _synthetic_id(headers)
    in_reply_to_ids = _msg_ids(headers.first("in-reply-to"))
    in_reply_to = next((i for i in in_reply_to_ids if i != message_id), None)
    references = tuple(i for i in _msg_ids(headers.first("references")) if i != message_id)

    froms = _parse_addresses(headers, "From") or _parse_addresses(headers, "Sender")
    from_ = froms[0] if froms else None
    mine = {a.strip().lower() for a in my_addresses}
    direction: Direction = "sent" if from_ is not None and from_.email in mine else "received"

    text = ""
    calendar: tuple[CalendarEvent, ...] = ()
    attachments: tuple[str, ...] = ()
    if msg is not None and not headers_only:
        fallback_tz = date_value.tzinfo or UTC
        offset = date_value.utcoffset()
        if offset is not None:
            fallback_tz = timezone(offset)
        text, calendar, attachments = _body(msg, max(0, max_body_bytes), fallback_tz)
        text = clean(text, multiline=True)  # mail is text: nothing in it may steer a terminal

    return Message(
        account=account,
        folder=folder,
        uid=str(uid),
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_=from_,
        to=_parse_addresses(headers, "To"),
        cc=_parse_addresses(headers, "Cc"),
        reply_to=_parse_addresses(headers, "Reply-To"),
        date=date_value,
        subject=_header_text(headers, "subject"),
        direction=direction,
        bulk=_bulk(headers),
        text=text,
        new_text=strip_quotes(text) if text else "",
        calendar=calendar,
        attachments=attachments,
        thread_hint=thread_hint or None,
        headers_only=headers_only,
    )
