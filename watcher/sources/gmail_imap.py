"""Gmail over IMAP: the X-GM-EXT-1 extensions, for watcher.sources.imap to call.

When Gmail offers X-GM-EXT-1 the IMAP source reads `[Gmail]/All Mail` (found
by its \\All special-use flag, whatever the language of the account) instead
of INBOX and Sent, so each message is read once; X-GM-MSGID is the message's
identity, X-GM-THRID its conversation key, and X-GM-RAW carries the lookback
search in Gmail's own syntax. XOAUTH2 login uses the same token file and
refresh as the Gmail API source.

Gmail sends label lists that are not valid IMAP (unquoted `[Mailbox]`,
unbalanced parentheses or quotes in user labels). Labels only decide whether
a message is a draft here, so they are parsed leniently and never stop a scan.
"""

from __future__ import annotations

import imaplib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from imapclient import imap_utf7
from imapclient.exceptions import IMAPClientError, ProtocolError
from imapclient.response_parser import parse_fetch_response
from imapclient.util import to_bytes

from watcher.config import ImapAccount, Settings
from watcher.errors import AuthError
from watcher.sources.base import FolderChoice

log = logging.getLogger(__name__)

GM_CAPABILITY = "X-GM-EXT-1"
GM_FETCH_ITEMS: tuple[str, ...] = ("X-GM-MSGID", "X-GM-THRID", "X-GM-LABELS")
ALL_MAIL_FALLBACK_NAMES = ("[Gmail]/All Mail", "[Google Mail]/All Mail")
DRAFT_LABELS = frozenset({"\\draft", "\\drafts"})


def offers_gmail_extensions(capabilities: Iterable[bytes | str]) -> bool:
    """True when the CAPABILITY list has X-GM-EXT-1 (imapclient's `capabilities()` is fine)."""
    return any(to_bytes(c).upper() == GM_CAPABILITY.encode() for c in capabilities)


def all_mail_folder(listing: Iterable[tuple[Sequence[bytes | str], Any, str]]) -> FolderChoice | None:
    """`[Gmail]/All Mail` from imapclient's list_folders(): by the \\All flag, else by its usual names."""
    names: list[str] = []
    for flags, _delim, name in listing:
        upper = {to_bytes(f).upper() for f in flags}
        if b"\\NOSELECT" in upper or b"\\NONEXISTENT" in upper:
            continue
        if b"\\ALL" in upper:
            return FolderChoice(str(name), "special-use \\All on Gmail (X-GM-EXT-1): each message once")
        names.append(str(name))
    for fallback in ALL_MAIL_FALLBACK_NAMES:
        if fallback in names:
            return FolderChoice(fallback, "Gmail's All Mail by name (X-GM-EXT-1; no \\All flag shown)")
    return None


def choose_gmail_folders(
    capabilities: Iterable[bytes | str],
    listing: Iterable[tuple[Sequence[bytes | str], Any, str]],
    configured: Sequence[str] | None = None,
) -> list[FolderChoice] | None:
    """The folders to read on Gmail, or None to keep the generic IMAP choice.

    Configured folders always win; without X-GM-EXT-1 (or without All Mail,
    e.g. hidden from IMAP in Gmail's settings) the generic INBOX + Sent stays.
    """
    if configured or not offers_gmail_extensions(capabilities):
        return None
    choice = all_mail_folder(listing)
    if choice is None:
        log.info(
            "Gmail: All Mail is not visible over IMAP (Settings → Labels → Show in IMAP); "
            "reading INBOX and Sent instead"
        )
        return None
    return [choice]


def lookback_criteria(days: int, last_uid: int = 0) -> list[str]:
    """SEARCH criteria for imapclient: new UIDs within the lookback, in Gmail's own search syntax."""
    return ["UID", f"{last_uid + 1}:*", "X-GM-RAW", f"newer_than:{int(days)}d"]  # an atom: no quotes needed


# --- labels and ids ----------------------------------------------------------


def _decode_label(value: bytes | str | int) -> str:
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    try:
        return str(imap_utf7.decode(value))
    except (UnicodeError, ValueError):
        return value.decode("utf-8", "replace")


def parse_labels(value: Any) -> tuple[str, ...]:
    """imapclient's X-GM-LABELS value (tuple, nested tuples, bytes, NIL) → label names.

    A nested tuple comes from an unquoted label with parentheses ("Web (RW)"
    sent as `Web (RW)`): it is joined back onto the label before it.
    """
    if value is None:
        return ()
    if isinstance(value, bytes | str | int):
        return (_decode_label(value),)
    out: list[str] = []
    for item in value:
        if isinstance(item, tuple | list):
            inner = " ".join(parse_labels(item))
            if out:
                out[-1] = f"{out[-1]} ({inner})"
            elif inner:
                out.append(f"({inner})")
        elif item is not None:
            out.append(_decode_label(item))
    return tuple(x for x in out if x)


@dataclass(frozen=True, slots=True)
class GmailIds:
    """What X-GM-EXT-1 adds to one FETCH."""

    msgid: int | None
    thrid: int | None
    labels: tuple[str, ...] = ()

    @property
    def uid(self) -> str | None:
        """The message's identity across folders and UIDVALIDITY changes (Fetched.uid)."""
        return str(self.msgid) if self.msgid is not None else None

    @property
    def thread_hint(self) -> str | None:
        """The conversation key (Fetched.thread_hint)."""
        return str(self.thrid) if self.thrid is not None else None

    @property
    def is_draft(self) -> bool:
        return any(label.lower() in DRAFT_LABELS for label in self.labels)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def gmail_ids(data: dict[bytes, Any]) -> GmailIds:
    """Pick X-GM-MSGID / X-GM-THRID / X-GM-LABELS out of one imapclient FETCH dict."""
    flags = {
        (f.decode("ascii", "replace") if isinstance(f, bytes) else str(f)).lower()
        for f in data.get(b"FLAGS", ()) or ()
    }
    labels = parse_labels(data.get(b"X-GM-LABELS"))
    if "\\draft" in flags and "\\Draft" not in labels:
        labels = (*labels, "\\Draft")
    return GmailIds(_int(data.get(b"X-GM-MSGID")), _int(data.get(b"X-GM-THRID")), labels)


# --- lenient parsing of what Gmail really sends -------------------------------

_LABELS_AT = re.compile(rb"X-GM-LABELS\s+\(", re.IGNORECASE)


def _scan_list(s: bytes, i: int) -> tuple[list[Any], int]:
    """Tokens of a parenthesised list starting at s[i] == '(' ; tolerant of broken quoting."""
    items: list[Any] = []
    i += 1
    n = len(s)
    while i < n:
        c = s[i : i + 1]
        if c in {b" ", b"\t"}:
            i += 1
        elif c == b")":
            return items, i + 1
        elif c == b"(":
            sub, i = _scan_list(s, i)
            items.append(sub)
        elif c == b'"':
            j, buf = i + 1, bytearray()
            while j < n and s[j : j + 1] != b'"':
                if s[j : j + 1] == b"\\" and j + 1 < n:
                    j += 1
                buf += s[j : j + 1]
                j += 1
            if j < n:
                items.append(bytes(buf))
                i = j + 1
            else:  # no closing quote: read it as an atom that starts with a stray quote
                m = re.match(rb'"([^ ()]*)', s[i:])
                assert m is not None
                items.append(m.group(1))
                i += m.end()
        else:
            m = re.match(rb"[^ ()]+", s[i:])
            assert m is not None
            items.append(m.group(0))
            i += m.end()
    return items, n


def _quote(label: str) -> bytes:
    encoded = bytes(imap_utf7.encode(label))
    return b'"' + encoded.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def sanitize_labels(line: bytes) -> bytes:
    """Rewrite every X-GM-LABELS (...) in a response line as a list of quoted strings."""
    out, pos = bytearray(), 0
    for m in _LABELS_AT.finditer(line):
        if m.start() < pos:
            continue
        start = m.end() - 1
        tokens, end = _scan_list(line, start)
        labels = parse_labels(tuple(_tuples(tokens)))
        out += line[pos:start] + b"(" + b" ".join(_quote(x) for x in labels) + b")"
        pos = end
    out += line[pos:]
    return bytes(out)


def _tuples(items: list[Any]) -> Iterable[Any]:
    for x in items:
        yield tuple(_tuples(x)) if isinstance(x, list) else x


def parse_fetch_lines(
    data: list[Any], *, normalise_times: bool = False, uid_is_key: bool = True
) -> dict[int, dict[bytes, Any]]:
    """imaplib FETCH response data → imapclient's dict, surviving Gmail's malformed label lists."""
    try:
        return dict(parse_fetch_response(data, normalise_times, uid_is_key))
    except ProtocolError as e:
        log.debug("FETCH response needs label repair: %s", e)
    fixed: list[Any] = []
    for item in data:
        if isinstance(item, tuple):
            fixed.append((sanitize_labels(item[0]), *item[1:]))
        elif isinstance(item, bytes):
            fixed.append(sanitize_labels(item))
        else:
            fixed.append(item)
    return dict(parse_fetch_response(fixed, normalise_times, uid_is_key))


def fetch_with_gmail_ids(
    client: Any, uids: Sequence[int], items: Sequence[str]
) -> dict[int, dict[bytes, Any]]:
    """client.fetch(uids, items + X-GM-*), repeated with a lenient parser when Gmail's labels break it."""
    wanted = [*items, *(x for x in GM_FETCH_ITEMS if x not in items)]
    try:
        return dict(client.fetch(list(uids), wanted))
    except ProtocolError as e:
        log.warning("Gmail sent a malformed FETCH response (%s); reading it leniently", e)
    from imapclient.imapclient import join_message_ids, seq_to_parenstr_upper

    imap = client._imap  # the same imaplib calls imapclient's fetch() makes, minus its strict parse
    args = ["FETCH", join_message_ids(list(uids)), seq_to_parenstr_upper(wanted)]
    if client.use_uid:
        args.insert(0, "UID")
    tag = imap._command(*args)
    typ, data = imap._command_complete("FETCH", tag)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {data!r}")
    typ, data = imap._untagged_response(typ, data, "FETCH")
    parsed = parse_fetch_lines(data, normalise_times=client.normalise_times, uid_is_key=client.use_uid)
    return {u: parsed[u] for u in uids if u in parsed}


# --- XOAUTH2 -------------------------------------------------------------------


def xoauth2_string(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google documents it."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def xoauth2_login(client: Any, account: ImapAccount, settings: Settings) -> None:
    """Log an imapclient connection in with the account's OAuth token (refreshed and saved as needed)."""
    from imapclient.exceptions import LoginError

    from watcher.sources.gmail_auth import TokenKeeper

    keeper = TokenKeeper(account, settings, timeout=account.timeout_seconds)
    creds = keeper.fresh()
    try:
        client.oauth2_login(account.username, creds.token)
    except imaplib.IMAP4.abort:
        raise  # the connection broke: the IMAP source's network handling retries it
    except (LoginError, IMAPClientError) as e:
        text = " ".join(str(e).split())[:200]
        raise AuthError(
            f"{account.name}: XOAUTH2 login refused ({text}); if the token was revoked, "
            f"run `interview-watcher auth {account.name}` again"
        ) from None
