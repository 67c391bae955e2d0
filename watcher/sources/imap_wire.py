"""FETCH responses read straight off the wire, for the bulk passes of a scan.

imapclient's response parser handles every shape IMAP allows, token by token
in Python: about 35 µs for a message's header fields and BODYSTRUCTURE, which
is most of a first scan of a big mailbox. The passes that touch every message
(headers with the MIME structure, and the peek at the first KB of text) ask
for a fixed set of items, so their answers have a fixed shape: this module
reads that shape with a few regular expressions, and hands any response it
does not recognise to imapclient's own parser, so nothing is lost to speed.

Split as imapclient splits it: `send_fetch` and `receive_fetch` do the
protocol (tagged commands, sent ahead so the server works while the scan
does, then their untagged answers and literals in order), `parse_fetch` and
`parse_bodystructure` are pure and tested without a server.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.response_parser import parse_fetch_response

from watcher.sources.structure import TextPart, describe_structure

__all__ = [
    "WireFetch",
    "has_calendar",
    "parse_bodystructure",
    "parse_fetch",
    "receive_fetch",
    "send_fetch",
]

# One response as imaplib reads it: (text before a literal, the literal) pairs, then the last text.
Response = list[tuple[bytes, bytes] | bytes]

_TAGS = itertools.count(1)


@dataclass(slots=True)
class WireFetch:
    """The items of one FETCH response (those this module asks for)."""

    uid: int
    size: int | None = None
    internaldate: datetime | None = None
    flags: tuple[str, ...] = ()
    bodystructure: bytes | None = None  # the raw parenthesised structure, parsed when needed
    body: bytes | None = None  # the one literal: a header block or a peek
    parsed: dict[bytes, Any] | None = field(default=None, repr=False)  # imapclient's, for odd shapes

    def calendar(self) -> bool:
        """Whether the structure names a calendar part (cheap: no parse of the structure)."""
        if self.parsed is not None:
            return self.structure().calendar
        return self.bodystructure is not None and has_calendar(self.bodystructure)

    def structure(self) -> TextPart:
        """The first text part and the calendar flag, as `describe_structure` reads them."""
        if self.parsed is not None:
            return describe_structure(self.parsed.get(b"BODYSTRUCTURE"))
        return _describe(_SHAPE_NOISE.sub(b"0", self.bodystructure)) if self.bodystructure else TextPart()


def send_fetch(imap: Any, uids: str, items: str) -> bytes:
    """Send one `UID FETCH` and return its tag, without waiting: the server works on it while the
    caller does something else, and `receive_fetch` reads the answers later (IMAP pipelining)."""
    tag = b"IW%d" % next(_TAGS)
    imap.send(tag + b" UID FETCH " + uids.encode("ascii") + b" (" + items.encode("ascii") + b")\r\n")
    return tag


def receive_fetch(imap: Any, tags: Sequence[bytes]) -> Iterator[Response]:
    """The untagged FETCH responses until every one of `tags` (sent in this order) has completed.

    Responses are told apart by their UID, not by the command they answer. Raises imapclient's
    errors as `IMAPClient.fetch` would: `IMAPClientError` when the server answers NO or BAD,
    `IMAPClientAbortError` when the connection ends. The caller bounds the time (a deadline on
    the socket).
    """
    waiting = list(tags)
    while waiting:
        line = imap.readline()
        if not line:
            raise IMAPClientAbortError("connection closed by the server during FETCH")
        if line.startswith(waiting[0] + b" "):
            status, _, text = line[len(waiting[0]) + 1 :].partition(b" ")
            if status.upper() != b"OK":
                raise IMAPClientError(f"FETCH failed: {text.decode('ascii', 'replace').strip()}")
            waiting.pop(0)
            continue
        parts: Response = []
        while line.endswith(b"}\r\n"):
            start = line.rfind(b"{")
            try:
                size = int(line[start + 1 : -3])
            except ValueError:
                break
            parts.append((line[:-2], imap.read(size)))
            line = imap.readline()
        parts.append(line.rstrip(b"\r\n"))
        head = parts[0][0] if isinstance(parts[0], tuple) else parts[0]
        if head.startswith(b"* BYE"):
            raise IMAPClientAbortError(head.decode("ascii", "replace")[:200])
        if _FETCH.match(head):
            yield parts


_FETCH = re.compile(rb"\* \d+ FETCH \(", re.IGNORECASE)
_UNTAGGED = re.compile(rb"^\* (\d+) FETCH ", re.IGNORECASE)
_UID = re.compile(rb"[( ]UID (\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"[( ]RFC822\.SIZE (\d+)", re.IGNORECASE)
_IDATE = re.compile(rb'[( ]INTERNALDATE "([^"]*)"', re.IGNORECASE)
_FLAGS = re.compile(rb"[( ]FLAGS \(([^()]*)\)", re.IGNORECASE)
_BODYSTRUCTURE = re.compile(rb"[( ]BODYSTRUCTURE \(", re.IGNORECASE)
_LITERAL_ITEM = re.compile(rb"[( ]BODY\[[^\]]*\](?:<\d+>)? \{\d+\}$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(b"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
# One token of an IMAP parenthesised list: a bracket, a quoted string, or an atom (NIL, numbers).
_TOKEN = re.compile(rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|([^\s()"]+))')


def parse_fetch(response: Response) -> WireFetch | None:
    """One FETCH response; None when it carries no UID (an unsolicited flag update).

    The usual shape (no literal, or one literal that is a BODY[...] item) is
    read here; anything else goes to imapclient's parser.
    """
    literals = [p for p in response if isinstance(p, tuple)]
    text = response[0][0] if isinstance(response[0], tuple) else response[0]
    if len(literals) > 1 or (literals and not _LITERAL_ITEM.search(text)):
        return _slow(response)
    if literals:  # the items after the literal (a server may send them in any order) join the text
        tail = response[-1]
        if not isinstance(tail, bytes) or not tail.rstrip().endswith(b")"):
            return _slow(response)
        text = text + b" " + tail
    uid = _UID.search(text)
    if uid is None:
        return None
    out = WireFetch(uid=int(uid.group(1)), body=literals[0][1] if literals else None)
    if size := _SIZE.search(text):
        out.size = int(size.group(1))
    if idate := _IDATE.search(text):
        out.internaldate = _internaldate(idate.group(1))
    if flags := _FLAGS.search(text):
        out.flags = tuple(f.decode("utf-8", "replace") for f in flags.group(1).split())
    if structure := _BODYSTRUCTURE.search(text):
        end = _list_end(text, structure.end() - 1)
        if end is None:
            return _slow(response)
        out.bodystructure = text[structure.end() - 1 : end]
    return out


def _slow(response: Response) -> WireFetch | None:
    """imapclient's reading of a response this module does not recognise."""
    lines: list[Any] = []
    for part in response:  # as imaplib keeps them: "* 12 FETCH (..." becomes "12 (..."
        if isinstance(part, tuple):
            lines.append((part[0] if lines else _UNTAGGED.sub(rb"\1 ", part[0], 1), part[1]))
        else:
            lines.append(part if lines else _UNTAGGED.sub(rb"\1 ", part, 1))
    parsed = parse_fetch_response(lines, True, True)
    if not parsed:
        return None
    uid, data = next(iter(parsed.items()))
    literal = next((v for k, v in data.items() if k.startswith(b"BODY[")), None)
    when = data.get(b"INTERNALDATE")
    return WireFetch(
        uid=int(uid),
        size=data.get(b"RFC822.SIZE"),
        internaldate=when if isinstance(when, datetime) else None,
        flags=tuple(
            f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f) for f in data.get(b"FLAGS", ())
        ),
        body=literal if isinstance(literal, bytes) else None,
        parsed=data,
    )


def _internaldate(value: bytes) -> datetime | None:
    """`06-Dec-2026 01:02:03 +0100` (a day may be space-padded), as an aware datetime."""
    try:
        day, month, rest = value.strip().split(b"-", 2)
        year, clock, zone = rest.split(b" ")
        hh, mm, ss = clock.split(b":")
        sign = -1 if zone[:1] == b"-" else 1
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
        return datetime(
            int(year), _MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=timezone(offset)
        )
    except (ValueError, KeyError, IndexError):
        return None


def _list_end(text: bytes, start: int) -> int | None:
    """The index after the bracket that closes the list opening at `start` (quotes respected)."""
    depth = 0
    for m in _BRACKET.finditer(text, start):
        c = m.group()
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if depth == 0:
                return m.end()
    return None


_BRACKET = re.compile(rb'"(?:[^"\\]|\\.)*"|[()]')  # a quoted string whole, or a bracket


# Sizes, line counts and boundaries differ from message to message; the part layout, types,
# encodings, charsets and file names that `describe_structure` reads mostly repeat. Numbers become
# 0 (places kept) and boundaries empty: the reading of the shape is the reading of the message.
_SHAPE_NOISE = re.compile(rb'(?<=[ (])\d+(?=[ )])|(?<="boundary" )"(?:[^"\\]|\\.)*"', re.IGNORECASE)


@lru_cache(maxsize=2048)
def _describe(shape: bytes) -> TextPart:
    return describe_structure(parse_bodystructure(shape))


_CALENDAR = re.compile(rb'"(?:text" "calendar|application" "ics)"|\.(?:ics|vcs)"', re.IGNORECASE)


def has_calendar(bodystructure: bytes) -> bool:
    """Does a raw BODYSTRUCTURE name a calendar part (by type, or an .ics/.vcs file)?"""
    return _CALENDAR.search(bodystructure) is not None


def parse_bodystructure(raw: bytes) -> Any:
    """A raw BODYSTRUCTURE as nested tuples, the shape imapclient gives (a multipart's parts
    are a list in its first place), for `structure.describe_structure`."""
    stack: list[list[Any]] = [[]]
    for m in _TOKEN.finditer(raw):
        opening, closing, quoted, atom = m.groups()
        if opening:
            stack.append([])
        elif closing:
            if len(stack) < 2:
                break
            items = stack.pop()
            stack[-1].append(_group_parts(items))
        elif quoted is not None:
            stack[-1].append(re.sub(rb"\\(.)", rb"\1", quoted) if b"\\" in quoted else quoted)
        elif atom is not None:
            stack[-1].append(None if atom.upper() == b"NIL" else int(atom) if atom.isdigit() else atom)
    top = stack[0]
    return top[0] if top else None


def _group_parts(items: list[Any]) -> tuple[Any, ...]:
    """A multipart lists its parts first: those become one list, as imapclient's BodyData has it."""
    n = 0
    while n < len(items) and isinstance(items[n], tuple):
        n += 1
    if n == 0:
        return tuple(items)
    return (list(items[:n]), *items[n:])
