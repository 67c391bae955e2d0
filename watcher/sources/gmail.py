"""Gmail API source (`type = "gmail"`): google-api-python-client over OAuth.

Gmail has labels, not folders, so every message is stored once under one
pseudo-folder, "gmail" (direction comes from From against my_addresses, as
for every source). Its FolderState.extra holds the cursor: the mailbox
historyId plus the ids of candidate threads already read in full.

First sync: users.getProfile (the historyId to resume from), messages.list
with q="newer_than:{lookback_days}d" over every page, messages.get
format=metadata (only the headers watcher.core.mail needs) in batches of at most
50 for all of them, then users.threads.get for every thread with a candidate
so replies and rejections are never missed, and format=raw for the messages
of those threads. Raw bytes take the same parse path as IMAP.

Later syncs: users.history.list from the cursor, every page (pages may carry
no `history`). Only added messages, and messages taken out of spam/trash,
are fetched; a message added to a known candidate thread goes straight to
raw. Deleted (or trashed/spammed) ones are removed. A 404 on history.list
means the historyId expired: a full sync with Batch(reset=True) .. (done=True)
so the store reconciles by Message-ID without duplicates.

Faults: 429, 5xx and 403 rateLimitExceeded/userRateLimitExceeded are retried
with jittered exponential backoff (Retry-After honoured); a batch with such
failures halves the batch size, a clean batch doubles it back to 50. Every
HTTP request has the account's timeout (default 60 s) on its socket.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import random
import socket
import time
import urllib.parse
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httplib2
from google.auth.exceptions import GoogleAuthError
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.errors import BatchError, HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from watcher.config import GmailAccount, Settings
from watcher.deadline import DeadlineExceeded
from watcher.errors import AuthError, DeliveryError, MaybeDeliveredError, ScanCeilingReached, SourceError
from watcher.sources.account import BODY_CAP, AccountSource
from watcher.sources.base import HEADER_FIELDS, Batch, Fetched, FolderChoice, FolderState, as_gate
from watcher.sources.gmail_auth import SEND, TokenKeeper, refresh_error
from watcher.sources.http_deadline import DeadlineHttp

if TYPE_CHECKING:  # the gate's types, for annotations only
    from watcher.sources.base import Gate, IsCandidate

log = logging.getLogger(__name__)

FOLDER = "gmail"
MAX_BATCH = 50  # Gmail's advice: more than 50 per batch invites rate limiting
PAGE_SIZE = 500  # the most messages.list / history.list return per page
RECORDS_PER_BATCH = 200  # messages per store transaction
SKIP_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
GONE_LABELS = frozenset({"SPAM", "TRASH"})
# What watcher.core.mail reads from a header block (same list as the IMAP source, plus Sender).
METADATA_HEADERS = (*HEADER_FIELDS, "Sender")
RETRY_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
_NETWORK_ERRORS: tuple[type[BaseException], ...] = (OSError, httplib2.HttpLib2Error)


class _NotFound(Exception):
    """HTTP 404 from one call (a vanished message, an expired historyId)."""


def _reason(e: HttpError) -> str:
    """Google's machine-readable reason ("rateLimitExceeded", "insufficientPermissions", ...)."""
    try:
        data = json.loads(e.content.decode("utf-8") if isinstance(e.content, bytes) else e.content)
        err = data.get("error", {}) if isinstance(data, dict) else {}
        errs = err.get("errors") or []
        if errs and isinstance(errs[0], dict) and errs[0].get("reason"):
            return str(errs[0]["reason"])
        return str(err.get("status", ""))
    except (ValueError, AttributeError, TypeError):
        return ""


def _message(e: HttpError) -> str:
    try:
        data = json.loads(e.content.decode("utf-8") if isinstance(e.content, bytes) else e.content)
        return " ".join(str(data["error"]["message"]).split())[:300]
    except (ValueError, KeyError, TypeError, AttributeError):
        return str(getattr(e.resp, "reason", "") or "")


def retryable(e: BaseException) -> bool:
    """429, 5xx and the two rate-limit 403s are worth another try; network faults too."""
    if isinstance(e, HttpError):
        status = int(e.resp.status)
        return status == 429 or status >= 500 or (status == 403 and _reason(e) in RETRY_REASONS)
    return isinstance(e, _NETWORK_ERRORS) and not isinstance(e, httplib2.ServerNotFoundError)


def _retry_after(e: BaseException) -> float:
    if isinstance(e, HttpError):
        try:
            return float(e.resp.get("retry-after", 0))
        except (TypeError, ValueError):
            return 0.0
    return 0.0


def decode_raw(value: str) -> bytes:
    """Gmail's base64url `raw` (padding optional) → the message bytes."""
    text = value.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def header_block(message: dict[str, Any]) -> bytes:
    """A format=metadata message's headers as an RFC 5322 header block (what IMAP's header fetch gives)."""
    lines = []
    for h in (message.get("payload") or {}).get("headers") or ():
        name = str(h.get("name", "")).strip()
        if not name or ":" in name:
            continue
        value = " ".join(str(h.get("value", "")).replace("\r", " ").replace("\n", " ").split(" "))
        lines.append(f"{name}: {value}\r\n")
    return ("".join(lines) + "\r\n").encode("utf-8", "surrogateescape")


def internaldate(message: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(message["internalDate"]) / 1000, UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


@dataclass
class Cursor:
    """What FolderState.extra holds for the gmail pseudo-folder."""

    history_id: str
    threads: set[str] = field(default_factory=set)

    def dump(self) -> str:
        return json.dumps(
            {"v": 1, "history_id": self.history_id, "threads": sorted(self.threads)}, separators=(",", ":")
        )

    @classmethod
    def parse(cls, extra: str) -> Cursor | None:
        if not extra:
            return None
        try:
            data = json.loads(extra)
            hid = str(data["history_id"])
            if not hid.isdigit():
                return None
            return cls(hid, {str(t) for t in data.get("threads", ())})
        except (ValueError, KeyError, TypeError):
            return None


# --- the API client ----------------------------------------------------------


class GmailApi:
    """googleapiclient's Gmail service with our token file, timeout, retries and adaptive batches."""

    def __init__(
        self,
        account: GmailAccount,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 6,
        network_attempts: int = 3,
        max_batch: int = MAX_BATCH,
        ceiling_at: float | None = None,
    ) -> None:
        from googleapiclient.discovery import build

        self.name = account.name
        self.timeout = account.timeout_seconds
        self.ceiling_at = ceiling_at  # monotonic time the scan stops at (checked between requests)
        self.ceiling_minutes = account.scan_deadline_minutes
        self.sleep = sleep
        self.max_attempts = max_attempts
        self.network_attempts = network_attempts
        self.max_batch = max(1, min(max_batch, MAX_BATCH))
        self.batch_size = self.max_batch
        self.calls: Counter[str] = Counter()  # what we asked for (logs, tests)
        self.keeper = TokenKeeper(account, settings, timeout=self.timeout)
        self.keeper.fresh()
        # Each request (headers, body, whole response) within timeout_seconds, not only each read.
        self.http = AuthorizedHttp(self.keeper.creds, http=DeadlineHttp(self.timeout))
        endpoint = account.api_endpoint
        if endpoint and not endpoint.endswith("/"):
            endpoint += "/"
        options = {"api_endpoint": endpoint} if endpoint else None
        self.service = build(
            "gmail",
            "v1",
            http=self.http,
            static_discovery=True,
            cache_discovery=False,
            client_options=options,
        )
        # new_batch_http_request() always uses the discovery rootUrl (google-api-python-client
        # issue 1107), so with another endpoint the batch URI is built here from the batchPath.
        self.batch_uri = urllib.parse.urljoin(endpoint, "batch/gmail/v1") if endpoint else None

    @property
    def users(self) -> Any:
        return self.service.users()

    def close(self) -> None:
        try:
            self.keeper.save_if_changed()
        finally:
            try:
                self.service.close()
            except Exception as e:  # closing sockets must not mask anything
                log.debug("%s: close failed: %s", self.name, e)

    # --- errors -------------------------------------------------------------

    def _error(self, e: BaseException, what: str) -> SourceError:
        if isinstance(e, GoogleAuthError):
            return refresh_error(self.name, e)
        if isinstance(e, HttpError):
            status, reason, text = int(e.resp.status), _reason(e), _message(e)
            if status == 401:
                return AuthError(
                    f"{self.name}: Gmail refused the access token ({text}); "
                    f"run `interview-watcher auth {self.name}` again"
                )
            if status == 403 and reason in {
                "insufficientPermissions",
                "PERMISSION_DENIED",
                "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
            }:
                return AuthError(
                    f"{self.name}: the saved authorization lacks a needed scope ({text}); "
                    f"run `interview-watcher auth {self.name}` again"
                )
            return SourceError(
                f"{self.name}: Gmail API {what} failed: HTTP {status}{' ' + reason if reason else ''}: {text}"
            )
        if isinstance(e, DeadlineExceeded):
            return SourceError(
                f"{self.name}: Gmail API {what} did not finish within {e.seconds:g}s (timeout_seconds)"
            )
        if isinstance(e, TimeoutError | socket.timeout):
            return SourceError(
                f"{self.name}: Gmail API {what} did not answer within {self.timeout:g}s (timeout_seconds)"
            )
        if isinstance(e, httplib2.ServerNotFoundError):
            return SourceError(f"{self.name}: cannot resolve the Gmail API host: {e}")
        if isinstance(e, BatchError):
            return SourceError(f"{self.name}: Gmail API sent a malformed batch response: {e}")
        return SourceError(f"{self.name}: Gmail API {what} failed: {type(e).__name__}: {e}")

    def check_ceiling(self) -> None:
        """Between requests: past the scan's time limit, stop (what was stored stays)."""
        if self.ceiling_at is not None and time.monotonic() >= self.ceiling_at:
            raise ScanCeilingReached(
                f"{self.name}: stopped after {self.ceiling_minutes:g} min (scan_deadline_minutes); "
                f"what was read is kept and the next scan goes on from there"
            )

    def _backoff(self, attempt: int, e: BaseException) -> None:
        delay = min(32.0, 2.0 ** (attempt - 1)) * (0.5 + random.random() / 2)
        delay = max(delay, min(60.0, _retry_after(e)))
        self.check_ceiling_after(delay)
        log.warning("%s: %s; retrying in %.1fs (try %d)", self.name, _short(e), delay, attempt + 1)
        self.sleep(delay)

    def check_ceiling_after(self, delay: float) -> None:
        """A wait that would end past the ceiling is not worth starting."""
        if self.ceiling_at is not None and time.monotonic() + delay >= self.ceiling_at:
            self.ceiling_at = time.monotonic()
            self.check_ceiling()

    def _limit(self, e: BaseException) -> int:
        return self.network_attempts if isinstance(e, _NETWORK_ERRORS) else self.max_attempts

    # --- calls --------------------------------------------------------------

    def execute(
        self, request: HttpRequest, what: str, *, retry: Callable[[BaseException], bool] = retryable
    ) -> Any:
        """One call with retries. 404 → _NotFound; anything else final → SourceError/AuthError."""
        attempt = 0
        while True:
            attempt += 1
            self.check_ceiling()
            self.calls[what] += 1
            try:
                result = request.execute(num_retries=0)
                self.keeper.save_if_changed()
                return result
            except HttpError as e:
                if int(e.resp.status) == 404:
                    raise _NotFound(what) from None
                if retry(e) and attempt < self._limit(e):
                    self._backoff(attempt, e)
                    continue
                raise self._error(e, what) from None
            except GoogleAuthError as e:
                raise self._error(e, what) from None
            except _NETWORK_ERRORS as e:
                if retry(e) and attempt < self._limit(e):
                    self._backoff(attempt, e)
                    continue
                raise self._error(e, what) from None

    def _new_batch(self, callback: Callable[[str, Any, Any], None]) -> BatchHttpRequest:
        if self.batch_uri:
            return BatchHttpRequest(callback=callback, batch_uri=self.batch_uri)
        return self.service.new_batch_http_request(callback=callback)

    def get_many(
        self, keys: Iterable[str], make: Callable[[str], HttpRequest], what: str
    ) -> Iterator[tuple[str, Any]]:
        """Batched GETs: yields (key, response), or (key, None) for a 404. Order is not kept.

        Retryable failures (of the whole batch or of single parts) are sent
        again in a smaller batch after a backoff; a clean batch grows it back.
        """
        pending = deque(dict.fromkeys(keys))
        tries: Counter[str] = Counter()
        while pending:
            chunk = [pending.popleft() for _ in range(min(self.batch_size, len(pending)))]
            answers: dict[str, Any] = {}
            errors: dict[str, BaseException] = {}

            def collect(
                rid: str,
                response: Any,
                exc: Any,
                answers: dict[str, Any] = answers,
                errors: dict[str, BaseException] = errors,
            ) -> None:
                if exc is None:
                    answers[rid] = response
                else:
                    errors[rid] = exc

            self.check_ceiling()
            batch = self._new_batch(collect)
            for key in chunk:
                batch.add(make(key), request_id=key)
            self.calls["batch"] += 1
            self.calls[what] += len(chunk)
            try:
                batch.execute()
                self.keeper.save_if_changed()
            except GoogleAuthError as e:
                raise self._error(e, what) from None
            except (HttpError, BatchError, *_NETWORK_ERRORS) as e:
                if isinstance(e, BatchError) or not retryable(e):
                    raise self._error(e, "batch " + what) from None
                errors = {k: e for k in chunk if k not in answers}
            again: list[str] = []
            last: BaseException | None = None
            for key in chunk:
                if key in answers:
                    yield key, answers[key]
                    continue
                err = errors.get(key)
                if isinstance(err, HttpError) and int(err.resp.status) == 404:
                    yield key, None
                elif err is None or retryable(err):
                    again.append(key)
                    last = err or last
                else:
                    raise self._error(err, what)
            if not again:
                self.batch_size = min(self.max_batch, self.batch_size * 2)
                continue
            self.batch_size = max(1, self.batch_size // 2)
            for key in again:
                tries[key] += 1
            worst = max(tries[k] for k in again)
            cause = last or SourceError("no answer for part of a batch")
            if worst >= self._limit(cause):
                raise SourceError(f"{self.error_text(cause, what)}; gave up after {worst} tries")
            self._backoff(worst, cause)
            pending.extendleft(reversed(again))

    def error_text(self, e: BaseException, what: str) -> str:
        return str(self._error(e, what)) if not isinstance(e, SourceError) else str(e)


def _short(e: BaseException) -> str:
    if isinstance(e, HttpError):
        reason = _reason(e)
        return f"HTTP {e.resp.status}{' ' + reason if reason else ''}"
    if isinstance(e, TimeoutError | socket.timeout):
        return "timed out"
    return f"{type(e).__name__}: {e}"


# --- the source ----------------------------------------------------------------


class GmailSource(AccountSource[GmailAccount]):
    """A MailSource over the Gmail API (see the module docstring)."""

    def __init__(
        self,
        account: GmailAccount,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_batch: int = MAX_BATCH,
        page_size: int = PAGE_SIZE,
        records_per_batch: int = RECORDS_PER_BATCH,
    ) -> None:
        super().__init__(account, settings)
        self.sleep = sleep
        self.max_batch = max_batch
        self.page_size = page_size
        self.records_per_batch = max(1, records_per_batch)
        self.api: GmailApi | None = None
        self._profile: dict[str, Any] | None = None
        self._ceiling_at: float | None = None  # set at the first connect: the scan's time limit

    # --- MailSource -------------------------------------------------------------

    def connect(self) -> None:
        """Load (and if needed refresh) the token and build the client; no Gmail call yet."""
        self.close()
        if self._ceiling_at is None:
            self._ceiling_at = time.monotonic() + self.account.scan_deadline_minutes * 60
        self.api = GmailApi(
            self.account,
            self.settings,
            sleep=self.sleep,
            max_batch=self.max_batch,
            ceiling_at=self._ceiling_at,
        )

    def close(self) -> None:
        api, self.api = self.api, None
        if api is not None:
            api.close()

    @property
    def calls(self) -> Counter[str]:
        return self.api.calls if self.api else Counter()

    def _api(self) -> GmailApi:
        if self.api is None:
            raise SourceError(f"{self.name}: not connected")
        return self.api

    def profile(self) -> dict[str, Any]:
        if self._profile is None:
            api = self._api()
            self._profile = api.execute(api.users.getProfile(userId="me"), "getProfile")
        return self._profile

    def folders(self) -> list[FolderChoice]:
        email = self.profile().get("emailAddress", "?")
        return [
            FolderChoice(
                FOLDER,
                f"Gmail API as {email}: all mail except spam, trash and drafts, "
                f"newer_than:{self.account.lookback_days}d",
            )
        ]

    def sync(self, states: dict[str, FolderState], is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        state = states.get(FOLDER, FolderState())
        cursor = Cursor.parse(state.extra)
        if cursor is None:
            if state.extra:
                log.warning("%s: unreadable sync cursor; reading the mailbox again", self.name)
            yield from self._full_sync(state, is_candidate)
            return
        try:
            history_id, records = self._history(cursor.history_id)
        except _NotFound:
            log.info("%s: historyId %s has expired; reading the mailbox again", self.name, cursor.history_id)
            yield from self._full_sync(state, is_candidate)
            return
        yield from self._apply_history(state, cursor, history_id, records, is_candidate)

    # --- full sync --------------------------------------------------------------

    def _list_all(self) -> list[tuple[str, str]]:
        api = self._api()
        out: dict[str, str] = {}
        token: str | None = None
        q = f"newer_than:{self.account.lookback_days}d"
        while True:
            resp = api.execute(
                api.users.messages().list(userId="me", q=q, maxResults=self.page_size, pageToken=token),
                "messages.list",
            )
            for m in resp.get("messages") or ():
                if m.get("id"):
                    out.setdefault(str(m["id"]), str(m.get("threadId") or m["id"]))
            token = resp.get("nextPageToken")
            if not token:
                return list(out.items())

    def _full_sync(self, state: FolderState, is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        # Take the historyId first: whatever changes while we read is replayed next time.
        history_id = str(self._profile_now().get("historyId") or "")
        if not history_id.isdigit():
            raise SourceError(f"{self.name}: Gmail API getProfile gave no historyId ({history_id!r})")
        listed = self._list_all()
        metas = self._metadata([mid for mid, _t in listed])
        threads = {m["threadId"] for mid, m in metas.items() if self._is_candidate(is_candidate, mid, m)}
        members = self._thread_members(threads)
        raw_ids = [mid for mid, m in metas.items() if m["threadId"] in threads]
        raw_ids += [mid for mid in members if mid not in metas]
        heads = [self._headers_only(mid, m) for mid, m in metas.items() if m["threadId"] not in threads]
        total = len(heads) + len(raw_ids)
        log.info(
            "%s: %d messages in the last %d days, %d in %d candidate threads",
            self.name,
            len(listed),
            self.account.lookback_days,
            len(raw_ids),
            len(threads),
        )
        final = FolderState(extra=Cursor(history_id, threads).dump())
        yield from self._batches(
            [*heads, *self._raw(raw_ids)], final=final, interim=state, reset=True, total=total
        )

    def _profile_now(self) -> dict[str, Any]:
        self._profile = None
        return self.profile()

    # --- incremental sync -------------------------------------------------------

    def _history(self, start: str) -> tuple[str, list[dict[str, Any]]]:
        api = self._api()
        records: list[dict[str, Any]] = []
        token: str | None = None
        history_id = start
        while True:
            resp = api.execute(
                api.users.history().list(
                    userId="me", startHistoryId=start, maxResults=self.page_size, pageToken=token
                ),
                "history.list",
            )
            records.extend(resp.get("history") or ())  # a page may carry no history at all
            history_id = str(resp.get("historyId") or history_id)
            token = resp.get("nextPageToken")
            if not token:
                return history_id, records

    def _apply_history(
        self,
        state: FolderState,
        cursor: Cursor,
        history_id: str,
        records: list[dict[str, Any]],
        is_candidate: Gate | IsCandidate,
    ) -> Iterator[Batch]:
        added: dict[str, str] = {}  # id → threadId, in history order
        removed: set[str] = set()

        def add(m: dict[str, Any]) -> None:
            if not m.get("id") or SKIP_LABELS.intersection(m.get("labelIds") or ()):
                return
            added[str(m["id"])] = str(m.get("threadId") or m["id"])
            removed.discard(str(m["id"]))

        def drop(m: dict[str, Any]) -> None:
            if m.get("id"):
                added.pop(str(m["id"]), None)
                removed.add(str(m["id"]))

        for h in records:
            for item in h.get("messagesAdded") or ():
                add(item.get("message") or {})
            for item in h.get("messagesDeleted") or ():
                drop(item.get("message") or {})
            for item in h.get("labelsAdded") or ():
                if GONE_LABELS.intersection(item.get("labelIds") or ()):
                    drop(item.get("message") or {})
            for item in h.get("labelsRemoved") or ():
                m = item.get("message") or {}
                if GONE_LABELS.intersection(item.get("labelIds") or ()) and not GONE_LABELS.intersection(
                    m.get("labelIds") or ()
                ):
                    add(m)  # back from spam or trash
        if not added and not removed and history_id == cursor.history_id:
            return

        known = [mid for mid, t in added.items() if t in cursor.threads]
        metas = self._metadata([mid for mid, t in added.items() if t not in cursor.threads])
        new_threads = {m["threadId"] for mid, m in metas.items() if self._is_candidate(is_candidate, mid, m)}
        members = self._thread_members(new_threads)
        raw_ids = known + [mid for mid in metas if metas[mid]["threadId"] in new_threads]
        raw_ids += [mid for mid in members if mid not in raw_ids]
        heads = [self._headers_only(mid, m) for mid, m in metas.items() if m["threadId"] not in new_threads]
        final = FolderState(extra=Cursor(history_id, cursor.threads | new_threads).dump())
        yield from self._batches(
            [*heads, *self._raw(raw_ids)],
            final=final,
            interim=state,
            reset=False,
            removed=sorted(removed),
            total=len(heads) + len(raw_ids),
        )

    # --- fetching ---------------------------------------------------------------

    def _metadata(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """format=metadata for each id; 404s and drafts/spam/trash/chats left out."""
        api = self._api()
        msgs = api.users.messages()

        def make(mid: str) -> HttpRequest:
            return msgs.get(userId="me", id=mid, format="metadata", metadataHeaders=list(METADATA_HEADERS))

        found: dict[str, dict[str, Any]] = {}
        for mid, m in api.get_many(ids, make, "messages.get"):
            if m is None:
                log.debug("%s: message %s vanished before it was read", self.name, mid)
                continue
            if SKIP_LABELS.intersection(m.get("labelIds") or ()):
                continue
            m["threadId"] = str(m.get("threadId") or mid)
            found[mid] = m
        return {mid: found[mid] for mid in ids if mid in found}  # keep list order

    def _thread_members(self, thread_ids: Iterable[str]) -> list[str]:
        """Every message id of these threads (any age), minus drafts/spam/trash."""
        api = self._api()
        threads = api.users.threads()

        def make(tid: str) -> HttpRequest:
            return threads.get(userId="me", id=tid, format="minimal")

        out: dict[str, None] = {}
        for _tid, t in api.get_many(sorted(thread_ids), make, "threads.get"):
            for m in (t or {}).get("messages") or ():
                if m.get("id") and not SKIP_LABELS.intersection(m.get("labelIds") or ()):
                    out[str(m["id"])] = None
        return list(out)

    def _raw(self, ids: list[str]) -> Iterator[Fetched]:
        api = self._api()
        msgs = api.users.messages()

        def make(mid: str) -> HttpRequest:
            return msgs.get(userId="me", id=mid, format="raw")

        for mid, m in api.get_many(ids, make, "messages.get"):
            if m is None or SKIP_LABELS.intersection(m.get("labelIds") or ()):
                continue
            try:
                raw = decode_raw(str(m.get("raw", "")))
            except (binascii.Error, ValueError) as e:
                log.warning("%s: message %s: undecodable raw (%s); skipped", self.name, mid, e)
                continue
            yield Fetched(
                uid=mid,
                raw=raw[:BODY_CAP],
                internaldate=internaldate(m),
                thread_hint=str(m.get("threadId") or "") or None,
            )

    def fetch_full(self, folder: str, uids: list[str]) -> list[Fetched]:
        """Whole messages stored earlier with headers only (they turned out to matter)."""
        return list(self._raw(list(uids)))

    def _headers_only(self, mid: str, m: dict[str, Any]) -> Fetched:
        return Fetched(
            uid=mid,
            raw=header_block(m),
            internaldate=internaldate(m),
            headers_only=True,
            thread_hint=m["threadId"],
        )

    def _is_candidate(self, is_candidate: Gate | IsCandidate, mid: str, m: dict[str, Any]) -> bool:
        """The gate on a message's metadata; Gmail's snippet (the start of its text) is the peek."""
        gate = as_gate(is_candidate)
        try:
            verdict = gate.decide(header_block(m))
            return verdict == "fetch" or (verdict == "peek" and gate.peek(str(m.get("snippet", ""))))
        except Exception as e:  # a classifier bug must not lose mail: read the body
            log.warning(
                "%s: message %s: candidate check failed (%s); reading it in full",
                self.name,
                mid,
                type(e).__name__,
            )
            return True

    def _batches(
        self,
        items: Iterable[Fetched],
        *,
        final: FolderState,
        interim: FolderState,
        reset: bool,
        removed: list[str] | None = None,
        total: int | None = None,
    ) -> Iterator[Batch]:
        """Store in chunks; only the last carries the new cursor (a crash repeats, never skips)."""
        buf: list[Fetched] = []
        first = True
        for f in items:
            buf.append(f)
            if len(buf) >= self.records_per_batch:
                yield Batch(FOLDER, buf, interim, reset=reset and first, total_hint=total)
                first, buf = False, []
        yield Batch(
            FOLDER,
            buf,
            final,
            reset=reset and first,
            done=reset,
            removed_uids=list(removed or ()),
            total_hint=total,
        )


# --- sending the digest ---------------------------------------------------------


def _send_retryable(e: BaseException) -> bool:
    """Sending is not idempotent: retry only what Google refused before doing anything."""
    if isinstance(e, HttpError):
        status = int(e.resp.status)
        return status == 429 or (status == 403 and _reason(e) in RETRY_REASONS)
    return isinstance(e, ConnectionRefusedError)


def _no_send_scope(api: GmailApi, name: str) -> DeliveryError | None:
    scopes = api.keeper.creds.scopes
    if scopes and SEND not in scopes and "https://mail.google.com/" not in scopes:
        return DeliveryError(
            f"{name}: the saved authorization may read but not send mail (no gmail.send); "
            f'with deliver = "gmail" set, run `interview-watcher auth {name}` again'
        )
    return None


@contextlib.contextmanager
def _sending_api(
    account: GmailAccount, settings: Settings, sleep: Callable[[float], None] = time.sleep
) -> Iterator[GmailApi]:
    """The API client of a sending account, closed after: gmail.send granted, its errors DeliveryError."""
    try:
        api = GmailApi(account, settings, sleep=sleep)
    except SourceError as e:
        raise DeliveryError(str(e)) from None
    try:
        missing = _no_send_scope(api, account.name)
        if missing is not None:
            raise missing
        yield api
    finally:
        api.close()


def check_send(account: GmailAccount, settings: Settings) -> str:
    """`check`: the token loads, Google accepts it, and it carries gmail.send; nothing is sent."""
    with _sending_api(account, settings) as api:
        try:
            profile = api.execute(api.users.getProfile(userId="me"), "getProfile")
        except SourceError as e:
            raise DeliveryError(str(e)) from None
    return f"Gmail API as {profile.get('emailAddress', '?')} ({account.name}), gmail.send granted"


def _may_have_sent(e: BaseException) -> bool:
    """A server error or a lost connection after the request went out: Google may have sent it."""
    if isinstance(e, HttpError):
        return int(e.resp.status) >= 500
    return not isinstance(e, ConnectionRefusedError)


def send_message(
    account: GmailAccount, settings: Settings, raw: bytes, *, sleep: Callable[[float], None] = time.sleep
) -> str:
    """Send one RFC 5322 message with users.messages.send; returns Gmail's message id.

    Raises DeliveryError (with the same "run auth again" text as a scan on invalid_grant).
    """
    if not isinstance(account, GmailAccount):
        raise DeliveryError(
            f'{account.name}: deliver = "gmail" sends through a type = "gmail" account; '
            f'this one is type = "{getattr(account, "type", "?")}"'
        )
    with _sending_api(account, settings, sleep) as api:
        body = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        seen: list[BaseException] = []

        def retry(e: BaseException) -> bool:
            seen.append(e)
            return _send_retryable(e)

        try:
            resp = api.execute(
                api.users.messages().send(userId="me", body=body), "messages.send", retry=retry
            )
        except _NotFound:
            raise DeliveryError(f"{account.name}: Gmail API messages.send: HTTP 404") from None
        except SourceError as e:
            if seen and _may_have_sent(seen[-1]):
                raise MaybeDeliveredError(f"{e}, after the request was sent") from None
            raise DeliveryError(str(e)) from None
        return str(resp.get("id", ""))
