"""The header path of `watcher.core.mail.parse_message` as it was before the fast path: the reference.

A frozen copy (email.message_from_bytes with compat32, then
``policy.default.header_factory`` for every address header and for the
Subject). The equivalence tests hold the fast parser to exactly these
records. Only the header code is copied; the body, date and Message-ID
helpers it calls are unchanged and imported. Decoded names and text are
cleaned of control characters (watcher.core.safetext) where the old code did it.
"""

from __future__ import annotations

import email
import email.utils
import hashlib
from collections.abc import Collection
from datetime import UTC, datetime, timezone
from email import policy
from email.header import decode_header
from email.message import Message as EmailMessage

from watcher.core.mail import (
    _FOLD_RE,
    _WS_RE,
    SYNTHETIC_DOMAIN,
    _aware,
    _body,
    _decode_bytes,
    _msg_ids,
    _parse_date,
    _trim_preamble,
    strip_quotes,
)
from watcher.core.records import Address, BulkMarkers, CalendarEvent, Direction, Message
from watcher.core.safetext import clean
from watcher.errors import MessageParseError


def _scrub(text: str) -> str:
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def _unfold(value: str) -> str:
    return _FOLD_RE.sub(" ", value).strip()


def _raw_header(msg: EmailMessage, name: str) -> str | None:
    lname = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lname:
            return _unfold(str(value))
    return None


def _decode_words(value: str) -> str:
    try:
        text = str(policy.default.header_factory("subject", value))
    except Exception:
        try:
            parts = decode_header(value)
            text = "".join(part if isinstance(part, str) else _decode_bytes(part, cs) for part, cs in parts)
        except Exception:
            text = value
    return _WS_RE.sub(" ", clean(_scrub(text))).strip()


def _header_text(msg: EmailMessage, name: str) -> str:
    raw = _raw_header(msg, name)
    return _decode_words(raw) if raw else ""


def _parse_addresses(msg: EmailMessage, name: str) -> tuple[Address, ...]:
    lname = name.lower()
    raws = [_unfold(str(v)) for k, v in msg.raw_items() if k.lower() == lname]
    found: list[Address] = []
    for raw in raws:
        pairs: list[tuple[str, str]] = []
        try:
            header = policy.default.header_factory(name, raw)
            for addr in getattr(header, "addresses", ()):
                pairs.append((str(addr.display_name), str(addr.addr_spec)))
        except Exception:
            pairs = [(_decode_words(n), a) for n, a in email.utils.getaddresses([raw])]
        for disp, spec in pairs:
            spec = clean(_scrub(spec)).strip().strip("<>").strip()
            if not spec or "@" not in spec:
                continue
            disp = _WS_RE.sub(" ", clean(_scrub(disp))).strip().strip('"').strip()
            found.append(Address(name=disp, email=spec.lower()))
    return tuple(found)


def _synthetic_id(msg: EmailMessage) -> str:
    key = "\x00".join(
        _raw_header(msg, h) or "" for h in ("From", "To", "Cc", "Date", "Subject", "In-Reply-To")
    )
    digest = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()
    return f"<{digest}@{SYNTHETIC_DOMAIN}>"


def _bulk(msg: EmailMessage) -> BulkMarkers:
    unsub = (_raw_header(msg, "List-Unsubscribe") or "").strip()
    list_id = _header_text(msg, "List-Id")
    precedence = _header_text(msg, "Precedence").lower().split(";")[0].strip()
    auto = _header_text(msg, "Auto-Submitted").lower().split(";")[0].strip()
    return BulkMarkers(
        list_unsubscribe=bool(unsub), list_id=list_id, precedence=precedence, auto_submitted=auto
    )


def reference_parse_message(
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
) -> Message:
    """What parse_message returned before the fast header path (same errors too)."""
    try:
        return _parse(
            raw,
            account=account,
            folder=folder,
            uid=uid,
            my_addresses=my_addresses,
            internaldate=internaldate,
            thread_hint=thread_hint,
            headers_only=headers_only,
            max_body_bytes=max_body_bytes,
        )
    except MessageParseError:
        raise
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"
        raise MessageParseError(reason[:200]) from exc


def _parse(
    raw: bytes,
    *,
    account: str,
    folder: str,
    uid: str,
    my_addresses: Collection[str],
    internaldate: datetime | None,
    thread_hint: str | None,
    headers_only: bool,
    max_body_bytes: int,
) -> Message:
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MessageParseError(f"expected bytes, got {type(raw).__name__}")
    msg = email.message_from_bytes(_trim_preamble(bytes(raw)), policy=policy.compat32)
    if not msg.keys():
        raise MessageParseError("no headers")

    date_value = _parse_date(_raw_header(msg, "Date"))
    if date_value is None:
        if internaldate is None:
            raise MessageParseError("no usable Date header and no INTERNALDATE")
        date_value = _aware(internaldate)

    ids = _msg_ids(_raw_header(msg, "Message-ID"))
    message_id = ids[0] if ids else _synthetic_id(msg)
    in_reply_to_ids = _msg_ids(_raw_header(msg, "In-Reply-To"))
    in_reply_to = next((i for i in in_reply_to_ids if i != message_id), None)
    references = tuple(i for i in _msg_ids(_raw_header(msg, "References")) if i != message_id)

    froms = _parse_addresses(msg, "From") or _parse_addresses(msg, "Sender")
    from_ = froms[0] if froms else None
    mine = {a.strip().lower() for a in my_addresses}
    direction: Direction = "sent" if from_ is not None and from_.email in mine else "received"

    text = ""
    calendar: tuple[CalendarEvent, ...] = ()
    attachments: tuple[str, ...] = ()
    if not headers_only:
        fallback_tz = date_value.tzinfo or UTC
        offset = date_value.utcoffset()
        if offset is not None:
            fallback_tz = timezone(offset)
        text, calendar, attachments = _body(msg, max(0, max_body_bytes), fallback_tz)
        text = clean(text, multiline=True)  # as the product does (watcher.core.safetext)

    return Message(
        account=account,
        folder=folder,
        uid=str(uid),
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_=from_,
        to=_parse_addresses(msg, "To"),
        cc=_parse_addresses(msg, "Cc"),
        reply_to=_parse_addresses(msg, "Reply-To"),
        date=date_value,
        subject=_header_text(msg, "Subject"),
        direction=direction,
        bulk=_bulk(msg),
        text=text,
        new_text=strip_quotes(text) if text else "",
        calendar=calendar,
        attachments=attachments,
        thread_hint=thread_hint or None,
        headers_only=headers_only,
    )
