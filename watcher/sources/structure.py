"""A message's MIME structure as IMAP's BODYSTRUCTURE gives it, and the text of a peek.

The gate needs two things before a body is fetched: whether a calendar is
attached (an invitation under a bland subject), and which part holds the text
with its transfer encoding and charset, so that the first KB of it can be read
as text. Pure; tolerant of whatever a server sends.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["PEEK_BYTES", "TextPart", "decode_peek", "describe_structure", "peek_message"]

PEEK_BYTES = 6144  # raw bytes fetched for a peek: about 4 KB of text after base64


@dataclass(frozen=True, slots=True)
class TextPart:
    """The first text part (section number, encoding, charset, HTML?) and whether a calendar is attached."""

    section: str = ""  # "" when the structure is unknown: the gate then fetches the whole message
    encoding: str = ""
    charset: str = ""
    calendar: bool = False


def _s(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    return str(value).lower() if value is not None else ""


def _leaves(node: Any, prefix: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
    if not isinstance(node, tuple | list) or not node:
        return
    if isinstance(node[0], list | tuple) and not isinstance(node[0], bytes | str):
        for i, part in enumerate(node[0], 1):
            yield from _leaves(part, f"{prefix}{i}.")
        return
    yield (prefix.rstrip(".") or "1", tuple(node))


def _names(leaf: tuple[Any, ...]) -> list[str]:
    """File names in the leaf's parameters and disposition."""
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, tuple | list):
            items = list(x)
            for a, b in itertools.pairwise(items):
                if _s(a) in {"name", "filename"}:
                    out.append(_s(b))
            for item in items:
                if isinstance(item, tuple | list):
                    walk(item)

    walk(leaf[2:])
    return out


def _param(leaf: tuple[Any, ...], key: str) -> str:
    params = leaf[2] if len(leaf) > 2 else None
    if isinstance(params, tuple | list):
        items = list(params)
        for a, b in zip(items[::2], items[1::2], strict=False):
            if _s(a) == key:
                return _s(b)
    return ""


def describe_structure(structure: Any) -> TextPart:
    """From imapclient's parsed BODYSTRUCTURE (nested tuples), or None."""
    text: TextPart | None = None
    calendar = False
    for section, leaf in _leaves(structure, ""):
        kind = f"{_s(leaf[0])}/{_s(leaf[1])}" if len(leaf) > 1 else ""
        if kind in {"text/calendar", "application/ics"} or any(
            n.endswith((".ics", ".vcs")) for n in _names(leaf)
        ):
            calendar = True
            continue
        if text is None and kind in {"text/plain", "text/html"}:
            encoding = _s(leaf[5]) if len(leaf) > 5 else ""
            text = TextPart(section, encoding, _param(leaf, "charset"), False)
    if text is None:
        return TextPart(calendar=calendar)
    return TextPart(text.section, text.encoding, text.charset, calendar)


_TAG = re.compile(r"<[^>]*>|&nbsp;", re.IGNORECASE)


def decode_peek(data: bytes, encoding: str, charset: str) -> str:
    """The start of a part's content as text (transfer encoding undone, charset applied, tags dropped)."""
    if encoding == "base64":
        compact = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
        compact = compact[: len(compact) // 4 * 4]
        try:
            data = base64.b64decode(compact)
        except (binascii.Error, ValueError):
            data = b""
    elif encoding == "quoted-printable":
        data = quopri.decodestring(data)
    try:
        text = data.decode(charset or "utf-8", "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    return _TAG.sub(" ", text)


def peek_message(raw: bytes) -> tuple[bool, str]:
    """For a whole message at hand (a Maildir file): a calendar part?, and the start of its first text."""
    import email
    from email import policy

    try:
        msg = email.message_from_bytes(raw, policy=policy.compat32)
    except Exception:
        return True, ""  # unreadable here: let the full reader decide
    calendar, text = False, ""
    for part in msg.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        name = str(part.get_filename() or "").lower()
        if kind in {"text/calendar", "application/ics"} or name.endswith((".ics", ".vcs")):
            calendar = True
        elif not text and kind in {"text/plain", "text/html"}:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                text = decode_peek(payload[:PEEK_BYTES], "", str(part.get_content_charset() or "utf-8"))
    return calendar, text
