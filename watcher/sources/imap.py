"""IMAP source: one imapclient connection per account, incremental by UID.

Per folder we keep UIDVALIDITY, the highest UID seen and how many messages up
to it the server held (see _Cursor). A scan SELECTs the folder read-only, skips
it when UIDNEXT shows nothing new, otherwise asks the server for
`UID n:* SINCE <lookback>` and fetches in chunks: the needed header fields
first, then (capped) bodies only for the messages the classifier calls
candidates. Each chunk is one Batch carrying the folder state after it, so a
crash loses at most the batch in flight.

Mail expunged on the server leaves the state at the next scan: when EXISTS says
something went, one `UID SEARCH UID 1:last` lists what is left (Batch.present_uids).
A UIDVALIDITY change re-reads the folder (Batch.reset .. Batch.done); the cursor
says a re-read is under way, so one killed part-way is resumed as a re-read.
On Gmail (X-GM-EXT-1) identities are X-GM-MSGIDs, not UIDs: no expunge check there yet.
"""

from __future__ import annotations

import imaplib
import json
import logging
import re
import socket
import ssl
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient import imap4 as imapclient_imap4
from imapclient import tls as imapclient_tls
from imapclient.exceptions import IMAPClientError, LoginError

from watcher.config import ImapAccount, Settings
from watcher.deadline import DeadlineExceeded, Deadlines, DeadlineSocket, DeadlineSocketHolder
from watcher.errors import AuthError, ScanCeilingReached, SourceError
from watcher.secrets import resolve_password
from watcher.sources.account import BODY_CAP, AccountSource
from watcher.sources.base import (
    HEADER_FIELDS,
    Batch,
    Fetched,
    FolderChoice,
    FolderState,
    Gate,
    IsCandidate,
    as_gate,
)
from watcher.sources.gmail_imap import (
    GM_CAPABILITY,
    choose_gmail_folders,
    fetch_with_gmail_ids,
    gmail_ids,
    lookback_criteria,
    xoauth2_login,
)
from watcher.sources.imap_wire import WireFetch, parse_fetch, receive_fetch, send_fetch
from watcher.sources.structure import PEEK_BYTES, TextPart, decode_peek

log = logging.getLogger(__name__)

CHUNK_SIZE = 1000
RETRY_DELAYS = (1.0, 4.0, 15.0)  # seconds before each reconnect after a network fault
MIB = 1024 * 1024
HEADER_BYTES_GUESS = 4096  # per message, for a header FETCH's time budget
# The first pass asks every message for these header fields (see `_head_items`).
_HEADER_ITEM = "BODY.PEEK[HEADER.FIELDS ({})]".format(" ".join(f.upper() for f in HEADER_FIELDS))
BODY_BATCH_BYTES = 16 * 1024 * 1024  # whole messages fetched at most per FETCH (memory stays bounded)

# RFC 6154 attributes: if a server shows any of them, it does special-use and we trust it.
SPECIAL_USE_FLAGS = frozenset(
    {b"\\ALL", b"\\ARCHIVE", b"\\DRAFTS", b"\\FLAGGED", b"\\JUNK", b"\\SENT", b"\\TRASH"}
)
FALLBACK_SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent")

# Faults of the connection (not of the request): worth a reconnect and another try.
_NETWORK_ERRORS = (imaplib.IMAP4.abort, OSError, EOFError)


@dataclass
class FetchStats:
    """What this source asked the server for (for logs, `scan` summaries and tests)."""

    selects: int = 0
    searches: int = 0
    header_uids: list[int] = field(default_factory=list)
    body_uids: list[int] = field(default_factory=list)
    peek_uids: list[int] = field(default_factory=list)  # looked at (the first KB of text) by the gate
    reconnects: int = 0


class _Transient(SourceError):
    """A connection-level failure while (re)connecting: retried during sync."""


@dataclass
class _FolderProgress:
    """What has been handed to the caller for one folder (where a retry resumes)."""

    state: FolderState


@dataclass(frozen=True, slots=True)
class _Cursor:
    """What an IMAP folder's FolderState.extra holds besides UIDVALIDITY and last_uid (JSON).

    `exists`: how many messages with a UID up to last_uid the server held when the
    state was written (None: not known, e.g. mid-scan). Messages at or below last_uid
    can only go away, so a SELECT whose EXISTS, less what may have arrived since
    (UIDNEXT - 1 - last_uid), falls short of it means something was expunged; only
    then is the folder's UID list asked for. An unchanged folder stays one SELECT.

    `resync`: a re-read after a UIDVALIDITY change is under way (its first batch had
    the store mark the old rows stale). A scan killed part-way resumes it as a
    re-read, so its last batch still tells the store to drop what was not seen again.
    """

    exists: int | None = None
    resync: bool = False

    @classmethod
    def load(cls, extra: str) -> _Cursor:
        if not extra:
            return cls()
        try:
            data = json.loads(extra)
            exists = data.get("exists")
            return cls(exists=int(exists) if exists is not None else None, resync=bool(data.get("resync")))
        except (ValueError, TypeError, AttributeError):
            log.warning("IMAP folder cursor unreadable; checking the folder for deleted mail")
            return cls()

    def dump(self) -> str:
        data: dict[str, Any] = {}
        if self.exists is not None:
            data["exists"] = self.exists
        if self.resync:
            data["resync"] = True
        return json.dumps(data, separators=(",", ":")) if data else ""

    def may_have_lost(self, exists: int, uidnext: int, last_uid: int) -> bool:
        """Whether messages up to last_uid may have been expunged since this cursor was written."""
        if self.exists is None or not uidnext:
            return True
        return exists - max(0, uidnext - 1 - last_uid) < self.exists


LINE_CAP = 120  # characters of server text or error detail in one line


def _one_line(text: object, cap: int = LINE_CAP) -> str:
    s = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    s = " ".join("".join(ch if ch.isprintable() else " " for ch in s).split())
    return s if len(s) <= cap else s[: cap - 1].rstrip() + "…"


def _server_text(exc: BaseException) -> str:
    """The server's own words from an imapclient error ("login failed: [AUTH...] ..." → "[AUTH...] ...")."""
    text = re.sub(r"^\w+ failed: ", "", " ".join(str(exc).split()), flags=re.IGNORECASE)
    return _one_line(re.sub(r"^b(['\"])(.*)\1$", r"\2", text))


def _abort_reason(exc: BaseException) -> str:
    """Why imaplib gave up on the connection, short: never the raw protocol data it quotes."""
    text = " ".join(str(exc).split())
    m = re.match(r"command: (\w+(?: \w+)?) => (.*)", text)  # imaplib: "command: SEARCH => socket error: ..."
    during = f" during {m.group(1)}" if m else ""
    detail = m.group(2) if m else text
    if "unterminated line" in detail:
        return f"cut off in the middle of a response{during}"
    if re.search(r"socket error: EOF|^EOF", detail) or not detail:
        return f"connection closed{during}"
    detail = re.sub(r"""b(['"]).*""", "…", detail)  # imaplib quotes what it read: leave it out
    return _one_line(f"{detail}{during}")


def _command_name(data: bytes) -> str | None:
    """imaplib's command lines start with a tag like b"ABCD12 " (the tag prefix is letters A-P)."""
    m = re.match(rb"[A-P]{4}\d+ (UID [A-Z]+|[A-Z]+)", data)
    return m.group(1).decode() if m else None


class _DeadlineIMAP4(DeadlineSocketHolder, imapclient_imap4.IMAP4WithTimeout):  # type: ignore[misc]
    """imaplib over a DeadlineSocket: every read and write within the operation's time."""

    def __init__(self, deadlines: Deadlines, host: str, port: int) -> None:
        self._deadlines = deadlines
        super().__init__(host, port, deadlines.read_timeout)

    def _create_socket(self, timeout: float | None = None) -> Any:
        return socket.create_connection((self.host, self.port), self._deadlines.io_timeout())


class _DeadlineIMAP4TLS(DeadlineSocketHolder, imapclient_tls.IMAP4_TLS):  # type: ignore[misc]
    def __init__(
        self, deadlines: Deadlines, host: str, port: int, ssl_context: ssl.SSLContext | None
    ) -> None:
        self._deadlines = deadlines
        super().__init__(host, port, ssl_context, deadlines.read_timeout)

    def _create_socket(self, timeout: float | None = None) -> Any:
        raw = socket.create_connection((self.host, self.port), self._deadlines.io_timeout())
        # The handshake reads as often as it likes; CPython bounds it as a whole by the timeout.
        raw.settimeout(self._deadlines.io_timeout())
        return imapclient_tls.wrap_socket(raw, self.ssl_context, self.host)


class _DeadlineIMAPClient(IMAPClient):  # type: ignore[misc]
    """IMAPClient whose connection obeys `Deadlines` (imapclient itself bounds single reads only)."""

    def __init__(self, deadlines: Deadlines, host: str, port: int, **kw: Any) -> None:
        self._deadlines = deadlines
        super().__init__(host, port, **kw)

    def socket(self) -> Any:
        """The real socket (plain or TLS) under the deadline wrapper, as imapclient documents it."""
        sock = super().socket()
        return sock.raw if isinstance(sock, DeadlineSocket) else sock

    def _create_IMAP4(self) -> Any:
        if self.ssl:
            return _DeadlineIMAP4TLS(self._deadlines, self.host, self.port, self.ssl_context)
        return _DeadlineIMAP4(self._deadlines, self.host, self.port)


class ImapSource(AccountSource[ImapAccount]):
    """A MailSource over IMAP (see module docstring)."""

    def __init__(
        self,
        account: ImapAccount,
        settings: Settings,
        *,
        chunk_size: int = CHUNK_SIZE,
        body_cap: int = BODY_CAP,
        retry_delays: Sequence[float] = RETRY_DELAYS,
    ) -> None:
        super().__init__(account, settings)
        self.chunk_size = chunk_size
        self.body_cap = body_cap
        self.retry_delays = tuple(retry_delays)
        self.stats = FetchStats()
        self._client: IMAPClient | None = None
        self._folders: list[FolderChoice] | None = None
        self._deadlines: Deadlines | None = None
        self._ceiling_at: float | None = None  # set at the first connect: the scan's time limit
        self.gmail = False  # X-GM-EXT-1 offered: see watcher.sources.gmail_imap

    # --- connection -------------------------------------------------------

    @property
    def _where(self) -> str:
        return f"{self.account.host}:{self.account.effective_port}"

    def _ssl_context(self) -> ssl.SSLContext:
        ca = self.account.ca_file
        try:
            # With ca_file, that file is the trust store; otherwise the system's.
            return ssl.create_default_context(cafile=str(ca) if ca else None)
        except (OSError, ssl.SSLError) as e:
            reason = getattr(e, "strerror", None) or getattr(e, "reason", None) or e
            raise SourceError(f"{self.name}: ca_file {ca}: cannot load: {_one_line(reason)}") from None

    def connect(self) -> None:
        """Open, secure and log in. AuthError for refused credentials, SourceError otherwise."""
        self.close()
        acc = self.account
        if self._ceiling_at is None:
            self._ceiling_at = time.monotonic() + acc.scan_deadline_minutes * 60
        client = self._open()
        try:
            if acc.auth == "oauth2":  # XOAUTH2 with the token file `interview-watcher auth` wrote
                try:
                    xoauth2_login(client, acc, self.settings)
                except _NETWORK_ERRORS as e:
                    raise self._network_error(e, "during login") from None
            else:
                password = resolve_password(acc, f"accounts.{self.name}")
                try:
                    with self._op("LOGIN"):
                        client.login(acc.username, password)
                except (LoginError, IMAPClientError) as e:
                    raise AuthError(f"{self.name}: login failed: {_server_text(e)}") from None
                except _NETWORK_ERRORS as e:
                    raise self._network_error(e, "during login") from None
                del password
            client.normalise_times = False  # keep INTERNALDATE aware, as the server gave it
            try:
                if client.has_capability(GM_CAPABILITY):
                    self.gmail = True  # All Mail, X-GM-MSGID/THRID, X-GM-RAW: watcher.sources.gmail_imap
                if client.has_capability("CONDSTORE") and client.has_capability("ENABLE"):
                    client.enable("CONDSTORE")  # SELECT then reports HIGHESTMODSEQ
            except _NETWORK_ERRORS as e:
                raise self._network_error(e, "after login") from None
            except IMAPClientError as e:
                log.debug("%s: ENABLE CONDSTORE refused: %s", self.name, _server_text(e))
        except BaseException:
            self._drop(client)
            raise
        self._client = client

    def _open(self) -> IMAPClient:
        """TCP + TLS as configured. STARTTLS failure is fatal: never a plain-text fallback."""
        acc = self.account
        timeout = SocketTimeout(connect=acc.timeout_seconds, read=acc.timeout_seconds)
        ctx = self._ssl_context() if acc.security != "none" else None
        client: IMAPClient | None = None
        self._deadlines = deadlines = Deadlines(
            acc.timeout_seconds,
            ceiling_at=self._ceiling_at,
            ceiling_seconds=acc.scan_deadline_minutes * 60,
            command_name=_command_name,
        )
        try:
            with deadlines.operation("connecting"):  # TCP, TLS handshake and the greeting
                client = _DeadlineIMAPClient(
                    deadlines,
                    acc.host,
                    acc.effective_port,
                    ssl=acc.security == "ssl",
                    ssl_context=ctx,
                    timeout=timeout,
                )
            if acc.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise SourceError(
                        f"{self.name}: {self._where} does not offer STARTTLS; refusing to log in "
                        f'without TLS (use security = "ssl" if the server has an SSL port)'
                    )
                try:
                    client.starttls(ctx)
                except IMAPClientError as e:
                    raise SourceError(
                        f"{self.name}: STARTTLS refused by {self._where}: {_server_text(e)}"
                    ) from None
            return client
        except SourceError:
            self._drop(client)
            raise
        except (*_NETWORK_ERRORS, IMAPClientError) as e:
            self._drop(client)
            raise self._network_error(e, "") from None

    def _op(self, what: str, seconds: float | None = None) -> Any:
        """An explicit operation with its own time budget (default: timeout_seconds)."""
        if self._deadlines is None:
            raise SourceError(f"{self.name}: not connected")
        return self._deadlines.operation(what, seconds)

    def _ceiling_error(self) -> ScanCeilingReached:
        minutes = self.account.scan_deadline_minutes
        return ScanCeilingReached(
            f"{self.name}: stopped after {minutes:g} min (scan_deadline_minutes); "
            f"what was read is kept and the next scan goes on from there"
        )

    def _network_error(self, e: BaseException, when: str) -> SourceError:
        """One clear line for what went wrong on the wire (never the password: it is not in e)."""
        acc, where = self.account, self._where
        suffix = f" {when}" if when else ""
        if self._ceiling_at is not None and time.monotonic() >= self._ceiling_at:
            return self._ceiling_error()  # not a fault to retry: the scan's time is up
        fired = e if isinstance(e, DeadlineExceeded) else None
        if fired is None and self._deadlines is not None and isinstance(e, imaplib.IMAP4.abort | OSError):
            fired = self._deadlines.fired  # imaplib re-wraps a failed write as "socket error: ..."
        if fired is not None:
            context = "" if fired.what.lower() in suffix.lower() else suffix  # not "LOGIN ... during login"
            return _Transient(
                f"{self.name}: {where} did not finish {fired.what} within {fired.seconds:g}s"
                f"{context} (timeout_seconds)"
            )
        if isinstance(e, ssl.SSLCertVerificationError):
            return SourceError(
                f"{self.name}: TLS certificate verify failed for {where}: "
                f"{_one_line(e.verify_message or e.reason)}; if the server uses a self-signed or "
                f"private-CA certificate, set ca_file to its PEM certificate"
            )
        if isinstance(e, ssl.SSLError):
            hint = ""
            if "WRONG_VERSION_NUMBER" in str(e) or "wrong version" in str(e).lower():
                hint = ' (is this a plain-text port? try security = "starttls")'
            return _Transient(
                f"{self.name}: TLS handshake with {where} failed{suffix}: {_one_line(e.reason or e)}{hint}"
            )
        if isinstance(e, TimeoutError | socket.timeout):
            return _Transient(
                f"{self.name}: {where} did not answer within {acc.timeout_seconds:g}s"
                f"{suffix} (timeout_seconds)"
            )
        if isinstance(e, socket.gaierror):
            return SourceError(f"{self.name}: cannot resolve host {acc.host!r}: {_one_line(e.strerror or e)}")
        if isinstance(e, ConnectionRefusedError):
            return _Transient(f"{self.name}: cannot connect to {where}: connection refused")
        if isinstance(e, OSError):
            return _Transient(
                f"{self.name}: connection to {where} failed{suffix}: {_one_line(e.strerror or e)}"
            )
        if isinstance(e, imaplib.IMAP4.abort | EOFError):
            return _Transient(f"{self.name}: {where} closed the connection{suffix}: {_abort_reason(e)}")
        return SourceError(f"{self.name}: {where}: {_server_text(e)}")

    @staticmethod
    def _drop(client: IMAPClient | None) -> None:
        if client is None:
            return
        try:
            client.shutdown()
        except Exception as e:  # already broken: nothing more to do
            log.debug("shutdown failed: %s", e)

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            self._drop(client)

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise SourceError(f"{self.name}: not connected")
        return self._client

    # --- folders ----------------------------------------------------------

    def folders(self) -> list[FolderChoice]:
        """INBOX and the \\Sent folder (RFC 6154), or the configured list; with reasons."""
        if self._folders is None:
            self._folders = self._choose_folders()
        return list(self._folders)

    def _choose_folders(self) -> list[FolderChoice]:
        try:
            listing = self.client.list_folders()
        except _NETWORK_ERRORS as e:
            raise self._network_error(e, "while listing folders") from None
        except IMAPClientError as e:
            raise SourceError(f"{self.name}: LIST failed: {_server_text(e)}") from None
        if self.gmail:
            gmail_choice = choose_gmail_folders([GM_CAPABILITY], listing, self.account.folders)
            if gmail_choice is not None:
                return gmail_choice
        names = {str(name): tuple(bytes(f).upper() for f in flags) for flags, _d, name in listing}
        if self.account.folders:
            missing = [f for f in self.account.folders if f not in names and f.upper() != "INBOX"]
            if missing:
                have = ", ".join(sorted(names))
                raise SourceError(
                    f"{self.name}: configured folder {missing[0]!r} does not exist (the server has: {have})"
                )
            return [FolderChoice(f, "configured") for f in self.account.folders]

        choices = [FolderChoice("INBOX", "inbox")]
        selectable = {
            n: fl for n, fl in names.items() if b"\\NOSELECT" not in fl and b"\\NONEXISTENT" not in fl
        }
        sent = [n for n, fl in selectable.items() if b"\\SENT" in fl]
        offers_special_use = any(SPECIAL_USE_FLAGS.intersection(fl) for fl in names.values())
        if sent:
            choices.append(FolderChoice(sorted(sent, key=len)[0], "special-use \\Sent"))
        elif not offers_special_use:
            by_lower = {n.lower(): n for n in selectable}
            delims = {bytes(d).decode() for _f, d, _n in listing if d}
            candidates = list(FALLBACK_SENT_NAMES) + [f"INBOX{d}Sent" for d in sorted(delims)]
            for cand in candidates:
                if cand.lower() in by_lower:
                    found = by_lower[cand.lower()]
                    choices.append(
                        FolderChoice(found, "fallback name; the server offers no special-use flags")
                    )
                    break
            else:
                log.warning(
                    "%s: no Sent folder found (no special-use flags, none of %s)",
                    self.name,
                    ", ".join(FALLBACK_SENT_NAMES),
                )
        else:
            log.warning(
                "%s: the server marks special-use folders but none as \\Sent; reading INBOX only "
                "(set folders = [...] to name it)",
                self.name,
            )
        return choices

    # --- sync -------------------------------------------------------------

    def since(self) -> date:
        """First day of the lookback window, in the configured time zone."""
        return datetime.now(self.settings.tz).date() - timedelta(days=self.account.lookback_days)

    def sync(self, states: dict[str, FolderState], is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        gate = as_gate(is_candidate)
        first = ""
        if self._folders is None and not self.account.folders and not self.gmail:
            # INBOX comes first whatever LIST says, so it is read before the LIST: after a LIST,
            # Dovecot re-reads a big folder's whole uid list on SELECT (60 ms at 90,000 messages).
            first = "INBOX"
            yield from self._sync_folder_retrying(first, states.get(first, FolderState()), gate)
        for choice in self.folders():
            if choice.name != first:
                yield from self._sync_folder_retrying(
                    choice.name, states.get(choice.name, FolderState()), gate
                )

    def _sync_folder_retrying(self, folder: str, state: FolderState, gate: Gate) -> Iterator[Batch]:
        """Network faults: reconnect with backoff and resume after the last batch handed out."""
        progress = _FolderProgress(state)
        faults = 0
        while True:
            before = progress.state
            try:
                if self._client is None:
                    self.connect()
                yield from self._sync_folder(folder, progress, gate)
                return
            except (_Transient, *_NETWORK_ERRORS) as e:
                err = e if isinstance(e, SourceError) else self._network_error(e, f"while reading {folder}")
                if isinstance(err, ScanCeilingReached) or (
                    self._ceiling_at is not None and time.monotonic() >= self._ceiling_at
                ):
                    self._drop(self._client)
                    self._client = None
                    raise self._ceiling_error() from None
                if progress.state != before:
                    faults = 0  # progress since the last fault: a blip, not a dead server
                if faults >= len(self.retry_delays):
                    raise SourceError(f"{err}; gave up after {faults + 1} tries") from None
                delay = self.retry_delays[faults]
                faults += 1
                log.warning(
                    "%s; reconnecting in %gs (try %d of %d)",
                    err,
                    delay,
                    faults + 1,
                    len(self.retry_delays) + 1,
                )
                self._drop(self._client)
                self._client = None
                time.sleep(delay)
                self.stats.reconnects += 1
            except IMAPClientError as e:  # the server said NO/BAD: not a network fault
                raise SourceError(f"{self.name}: {folder}: {_server_text(e)}") from None

    def _sync_folder(self, folder: str, progress: _FolderProgress, gate: Gate) -> Iterator[Batch]:
        uidvalidity, uidnext, modseq, exists = self._select(folder)

        st = progress.state
        cursor = _Cursor.load(st.extra)
        starting = bool(st.uidvalidity) and st.uidvalidity != uidvalidity
        if starting:
            # The old UIDs mean nothing now: re-read the folder; the store reconciles by Message-ID.
            # Until the first batch is handed out, a retry or a crash starts the re-read over.
            log.info(
                "%s/%s: UIDVALIDITY changed (%d → %d); re-reading the folder",
                self.name,
                folder,
                st.uidvalidity,
                uidvalidity,
            )
            st, cursor = FolderState(uidvalidity=uidvalidity), _Cursor(resync=True)
        elif cursor.resync:
            log.info("%s/%s: resuming the interrupted re-read after UID %d", self.name, folder, st.last_uid)
        resync = cursor.resync
        last_uid = st.last_uid
        top = max(last_uid, uidnext - 1) if uidnext else last_uid
        handed_out = False

        def state_after(uid: int, final: bool) -> FolderState:
            if not final:  # how many are left up to `uid` is not known mid-way: None
                return FolderState(uidvalidity, uid, st.highestmodseq, _Cursor(resync=resync).dump())
            # Messages up to `top`: EXISTS at SELECT, plus (at most) what arrived after it and was found.
            below = exists + (max(0, top - (uidnext - 1)) if uidnext else 0)
            return FolderState(uidvalidity, top, modseq, _Cursor(exists=below).dump())

        def batch(
            messages: list[Fetched],
            state: FolderState,
            *,
            final: bool,
            total: int,
            present: frozenset[str] | None = None,
        ) -> Batch:
            nonlocal handed_out
            out = Batch(
                folder=folder,
                messages=messages,
                state=state,
                reset=starting and not handed_out,
                done=resync and final,
                present_uids=present,
                total_hint=total,
            )
            # Bookkeeping happens before the yield: once handed out, a retry must not repeat it.
            progress.state, handed_out = state, True
            return out

        if not starting and last_uid and not self.gmail and cursor.may_have_lost(exists, uidnext, last_uid):
            present = self._present_uids(folder, last_uid)
            state = FolderState(
                uidvalidity, last_uid, st.highestmodseq, _Cursor(exists=len(present), resync=resync).dump()
            )
            yield batch([], state, final=False, total=0, present=frozenset(str(u) for u in present))

        if uidnext and uidnext <= last_uid + 1:
            # Nothing new (no SEARCH needed); still record a first UIDVALIDITY / new MODSEQ.
            end = state_after(last_uid, True)
            if end != progress.state or resync:
                yield batch([], end, final=True, total=0)
            return

        uids = self._new_uids(folder, last_uid)
        if uids:
            top = max(top, uids[-1])
        if not uids:
            end = state_after(last_uid, True)
            if end != progress.state or resync:
                yield batch([], end, final=True, total=0)
            return

        chunks = self._chunks(uids, gate, folder)
        try:
            for messages, last, final in chunks:
                yield batch(messages, state_after(last, final), final=final, total=len(uids))
        finally:
            chunks.close()  # answers still on the wire are dropped with the connection

    def _chunks(
        self, uids: list[int], gate: Gate, folder: str
    ) -> Generator[tuple[list[Fetched], int, bool], None, None]:
        """`uids` fetched a chunk at a time: (messages, the chunk's last UID, whether it is the last).

        Pipelined: a chunk is handed out only once the next chunk's peeks, and the headers of the
        one after it, are on the wire, so the server reads those messages while the caller stores
        the last chunk (see `_start_chunk`).
        """
        ready: tuple[list[Fetched], int, bool] | None = None
        heads: dict[int, WireFetch] | None = None  # the chunk's heads, when read while finishing the last
        for i in range(0, len(uids), self.chunk_size):
            chunk = uids[i : i + self.chunk_size]
            following = uids[i + self.chunk_size : i + 2 * self.chunk_size]
            started = self._start_chunk(chunk, gate, folder, heads=heads, following=following)
            if ready is not None:
                try:
                    yield ready
                except GeneratorExit:
                    if started.on_the_wire:  # answers still to read: this connection cannot carry on
                        self._drop(self._client)
                        self._client = None
                    raise
            ready = (self._finish_chunk(started, gate), chunk[-1], not following)
            heads = started.following_heads
        if ready is not None:
            yield ready

    def _select(self, folder: str) -> tuple[int, int, int, int]:
        """SELECT (read-only): UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and EXISTS, 0 when not sent."""
        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as e:
            if isinstance(e, imaplib.IMAP4.abort):
                raise
            raise SourceError(f"{self.name}: cannot open folder {folder!r}: {_server_text(e)}") from None
        self.stats.selects += 1

        def number(key: bytes) -> int:
            return int(info.get(key, 0))

        return number(b"UIDVALIDITY"), number(b"UIDNEXT"), number(b"HIGHESTMODSEQ"), number(b"EXISTS")

    def _new_uids(self, folder: str, last_uid: int) -> list[int]:
        """The UIDs after last_uid within the lookback, in order: one UID SEARCH."""
        try:
            if self.gmail:
                found = self.client.search(lookback_criteria(self.account.lookback_days, last_uid))
            else:
                found = self.client.search(["UID", f"{last_uid + 1}:*", "SINCE", self.since()])
        except IMAPClientError as e:
            if isinstance(e, imaplib.IMAP4.abort):
                raise
            raise SourceError(f"{self.name}: SEARCH in {folder!r} failed: {_server_text(e)}") from None
        self.stats.searches += 1
        return sorted(int(u) for u in found if int(u) > last_uid)  # "n:*" always matches the last UID

    def _present_uids(self, folder: str, last_uid: int) -> set[int]:
        """The UIDs up to last_uid still on the server: one UID SEARCH, whatever their dates."""
        try:
            found = self.client.search(["UID", f"1:{last_uid}"])
        except IMAPClientError as e:
            if isinstance(e, imaplib.IMAP4.abort):
                raise
            raise SourceError(f"{self.name}: SEARCH in {folder!r} failed: {_server_text(e)}") from None
        self.stats.searches += 1
        return {int(u) for u in found if int(u) <= last_uid}

    def _start_chunk(
        self,
        chunk: list[int],
        gate: Gate,
        folder: str,
        *,
        heads: dict[int, WireFetch] | None = None,
        following: list[int] | None = None,
    ) -> _Chunk:
        """Decide a chunk from its headers and structure (fetched now unless `heads` has them), then
        send, without waiting for the answers, the FETCHes of its peeks and of the `following`
        chunk's headers: the server works on them while the caller stores the last chunk, and
        `_finish_chunk` reads them in the order they were sent."""
        timeout = self.account.timeout_seconds
        if heads is None:
            # A FETCH may take timeout_seconds, plus as much again for every MiB it has to carry.
            with self._op("FETCH", timeout * (1 + len(chunk) * HEADER_BYTES_GUESS / MIB)):
                heads = self._heads(chunk, _HEADER_ITEM)
        self.stats.header_uids.extend(u for u in chunk if u in heads)
        started = _Chunk(chunk, heads)
        for uid in chunk:
            head = heads.get(uid)
            if head is None:
                continue  # expunged meanwhile (or a Gmail draft)
            try:
                verdict = gate.decide(head.body or b"", has_calendar=head.calendar())
                structure = head.structure() if verdict == "peek" else TextPart()
            except Exception as e:  # a classifier bug must not lose mail: fetch the body
                log.warning(
                    "%s/%s uid %d: candidate check failed (%s); fetching the body",
                    self.name,
                    folder,
                    uid,
                    type(e).__name__,
                )
                verdict, structure = "fetch", TextPart()
            if verdict == "fetch" or (verdict == "peek" and not structure.section):
                started.wanted.append(uid)
            elif verdict == "peek":
                started.peeks.setdefault(structure.section, []).append(
                    (uid, structure.encoding, structure.charset)
                )
        if not self.gmail:  # (Gmail's answers need imapclient's reader: no pipelining there)
            with self._op("FETCH", timeout):  # sending only
                for section, items in started.peeks.items():
                    wanted = f"UID BODY.PEEK[{section}]<0.{PEEK_BYTES}>"
                    started.tags.append(
                        send_fetch(self.client._imap, _uid_set([u for u, _, _ in items]), wanted)
                    )
                if following:
                    started.following = following
                    started.following_tag = send_fetch(
                        self.client._imap,
                        _uid_set(following),
                        " ".join(["UID", *_head_items(_HEADER_ITEM)]),
                    )
        return started

    def _finish_chunk(self, started: _Chunk, gate: Gate) -> list[Fetched]:
        """Read a started chunk's peeks, then the bodies of what passed; the chunk's messages."""
        heads = started.heads
        wanted = started.wanted + self._peek(started, gate)
        wanted.sort()
        if started.following_tag is not None:  # answered after the peeks, before anything sent now
            tag, started.following_tag = started.following_tag, None
            count = len(started.following)
            with self._op("FETCH", self.account.timeout_seconds * (1 + count * HEADER_BYTES_GUESS / MIB)):
                started.following_heads = started.early | self._read_heads([tag])
        bodies = self._bodies(wanted, {u: h.size for u, h in heads.items()})
        out = []
        for uid in started.chunk:
            head = heads.get(uid)
            if head is None:
                continue
            key, hint = str(uid), None
            if self.gmail and head.parsed is not None:  # Gmail's own ids: identity and conversation key
                gm = gmail_ids(head.parsed)
                key, hint = gm.uid or key, gm.thread_hint
            body = bodies.get(uid)
            out.append(
                Fetched(
                    uid=key,
                    raw=body if body is not None else head.body or b"",
                    internaldate=head.internaldate,
                    headers_only=body is None,
                    flags=head.flags,
                    thread_hint=hint,
                )
            )
        return out

    def _heads(self, chunk: list[int], header_item: str) -> dict[int, WireFetch]:
        """The header fields, MIME structure, date, size and flags of each message in `chunk`."""
        items = _head_items(header_item)
        if self.gmail:  # + X-GM-MSGID/X-GM-THRID/X-GM-LABELS, surviving Gmail's malformed label lists
            found = fetch_with_gmail_ids(self.client, chunk, items)
            return {u: _from_imapclient(u, d) for u, d in found.items() if not gmail_ids(d).is_draft}
        return self._read_heads([send_fetch(self.client._imap, _uid_set(chunk), " ".join(["UID", *items]))])

    def _read_heads(self, tags: list[bytes]) -> dict[int, WireFetch]:
        heads: dict[int, WireFetch] = {}
        for response in receive_fetch(self.client._imap, tags):
            head = parse_fetch(response)
            if head is not None:
                heads[head.uid] = head
        return heads

    def _bodies(self, uids: list[int], sizes: dict[int, int | None]) -> dict[int, bytes]:
        """Whole messages (capped), a few MiB per FETCH so that memory stays bounded."""
        bodies: dict[int, bytes] = {}
        timeout = self.account.timeout_seconds
        group: list[int] = []
        weight = 0
        for i, uid in enumerate(uids):
            size = min(max(0, sizes.get(uid) or self.body_cap), self.body_cap)
            group.append(uid)
            weight += size
            if weight < BODY_BATCH_BYTES and i + 1 < len(uids):
                continue
            with self._op("FETCH", timeout * (1 + weight / MIB)):
                found = self.client.fetch(group, [f"BODY.PEEK[]<0.{self.body_cap}>"])
            for u, data in found.items():
                bodies[u] = _item(data, b"BODY[]")
            self.stats.body_uids.extend(u for u in group if u in found)
            group, weight = [], 0
        return bodies

    def fetch_full(self, folder: str, uids: list[str]) -> list[Fetched]:
        """Whole messages stored earlier with headers only (they turned out to matter).

        By UID; on Gmail, where the stored key is X-GM-MSGID, nothing is fetched (yet).
        """
        if self.gmail:
            return []
        numbers = sorted(int(u) for u in uids if u.isdigit())
        if not numbers:
            return []
        client = self.client
        with self._op("SELECT", self.account.timeout_seconds):
            client.select_folder(folder, readonly=True)
        self.stats.selects += 1
        out = []
        for i in range(0, len(numbers), self.chunk_size):
            chunk = numbers[i : i + self.chunk_size]
            with self._op(
                "FETCH", self.account.timeout_seconds * (1 + len(chunk) * HEADER_BYTES_GUESS / MIB)
            ):
                heads = self._heads(chunk, "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]")
            bodies = self._bodies(sorted(heads), {u: h.size for u, h in heads.items()})
            for uid in chunk:
                head, body = heads.get(uid), bodies.get(uid)
                if head is None or body is None:
                    continue
                out.append(Fetched(uid=str(uid), raw=body, internaldate=head.internaldate, flags=head.flags))
        return out

    def _peek(self, started: _Chunk, gate: Gate) -> list[int]:
        """The first KB of each undecided message's text (one FETCH per section number, sent by
        `_start_chunk` except on Gmail); who passes."""
        passed: list[int] = []
        peeks = started.peeks
        count = sum(len(items) for items in peeks.values())
        if not count:
            return passed
        found: dict[int, bytes] = {}
        with self._op("FETCH", self.account.timeout_seconds * (1 + count * PEEK_BYTES / MIB)):
            if self.gmail:
                for section, items in peeks.items():
                    uids = [uid for uid, _, _ in items]
                    for uid, data in self.client.fetch(
                        uids, [f"BODY.PEEK[{section}]<0.{PEEK_BYTES}>"]
                    ).items():
                        found[uid] = _item(data, b"BODY[")
            else:
                tags, started.tags = started.tags, []
                asked = {uid for items in peeks.values() for uid, _, _ in items}
                for response in receive_fetch(self.client._imap, tags):
                    head = parse_fetch(response)
                    if head is None:
                        continue
                    if head.uid in asked:
                        found[head.uid] = head.body or b""
                    else:  # a server may answer pipelined commands interleaved: the next chunk's heads
                        started.early[head.uid] = head
        for items in peeks.values():
            self.stats.peek_uids.extend(uid for uid, _, _ in items)
            for uid, encoding, charset in items:
                data = found.get(uid)
                if data is None:
                    continue
                if gate.peek(decode_peek(data, encoding, charset)):
                    passed.append(uid)
        return passed


@dataclass(slots=True)
class _Chunk:
    """A chunk between `_start_chunk` and `_finish_chunk`: its heads, what they decided, and the
    tags of the peek FETCHes on the wire."""

    chunk: list[int]
    heads: dict[int, WireFetch]
    wanted: list[int] = field(default_factory=list)
    peeks: dict[str, list[tuple[int, str, str]]] = field(
        default_factory=dict
    )  # section -> (uid, encoding, charset)
    tags: list[bytes] = field(default_factory=list)  # the peeks' FETCHes, sent and not read yet
    following: list[int] = field(default_factory=list)  # the next chunk, whose heads were asked for
    following_tag: bytes | None = None  # that FETCH, sent after the peeks, not read yet
    following_heads: dict[int, WireFetch] | None = None  # its answers, once read
    early: dict[int, WireFetch] = field(default_factory=dict)  # its answers read among the peeks'

    @property
    def on_the_wire(self) -> bool:
        """Whether answers to FETCHes sent for this chunk are still unread."""
        return bool(self.tags) or self.following_tag is not None


def _head_items(header_item: str) -> list[str]:
    """What the first pass asks of each message: its header fields, date, size, flags and MIME structure."""
    return [header_item, "INTERNALDATE", "RFC822.SIZE", "FLAGS", "BODYSTRUCTURE"]


def _uid_set(uids: Sequence[int]) -> str:
    """UIDs as an IMAP sequence set, runs collapsed ("1:200,205,207:300")."""
    out: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(out)


def _from_imapclient(uid: int, data: dict[bytes, Any]) -> WireFetch:
    """imapclient's FETCH dict in the wire reader's shape."""
    return WireFetch(
        uid=uid,
        size=_size(data, 0) if b"RFC822.SIZE" in data else None,
        internaldate=_aware(data.get(b"INTERNALDATE")),
        flags=tuple(_text(f) for f in data.get(b"FLAGS", ())),
        body=_item(data, b"BODY[HEADER.FIELDS"),
        parsed=data,
    )


def _item(data: dict[bytes, Any], prefix: bytes) -> bytes:
    """A FETCH item by prefix (servers echo header lists and partial origins in their own way)."""
    for key, value in data.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            return bytes(value) if value is not None else b""
    return b""


def _size(data: dict[bytes, Any], default: int) -> int:
    try:
        return max(0, int(data.get(b"RFC822.SIZE", default)))
    except (TypeError, ValueError):
        return default


def _aware(value: Any) -> datetime | None:
    """INTERNALDATE with a plain `timezone` offset (imapclient's FixedOffset does not pickle/compare well)."""
    if not isinstance(value, datetime):
        return None
    off = value.utcoffset()
    return value.replace(tzinfo=timezone(off) if off is not None else UTC)


def _text(v: Any) -> str:
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
