"""A local Gmail REST server for tests: the real google-api-python-client talks to it.

It serves on 127.0.0.1 (a free port) what watcher.sources.gmail calls, with
the JSON shapes of the discovery document shipped inside
google-api-python-client (every 2xx body is checked against it; mismatches
land in `shape_errors`):

    GET  /gmail/v1/users/{me}/profile            users.getProfile
    GET  /gmail/v1/users/{me}/messages           users.messages.list  (q newer_than:Nd, pages)
    GET  /gmail/v1/users/{me}/messages/{id}      users.messages.get   (minimal/metadata/full/raw)
    POST /gmail/v1/users/{me}/messages/send      users.messages.send
    POST /gmail/v1/users/{me}/drafts             users.drafts.create  (message.raw + message.threadId)
    GET  /gmail/v1/users/{me}/drafts             users.drafts.list
    GET  /gmail/v1/users/{me}/drafts/{id}        users.drafts.get     (minimal/metadata/full/raw)
    PUT  /gmail/v1/users/{me}/drafts/{id}        users.drafts.update  (a new message id, the same draft id)
    DELETE /gmail/v1/users/{me}/drafts/{id}      users.drafts.delete  (204, no body)
    GET  /gmail/v1/users/{me}/threads/{id}       users.threads.get
    GET  /gmail/v1/users/{me}/history            users.history.list   (pages, 404 once expired)
    POST /batch/gmail/v1                         the batch endpoint, multipart/mixed both ways
    POST /token                                  OAuth token endpoint (refresh + authorization code)

Bearer tokens are checked (401 otherwise); the drafts endpoints also check the token's
scopes as the discovery document lists them (403 insufficientPermissions otherwise).
A draft joins the threadId it names only when its References/In-Reply-To point into that
thread and its Subject matches, as Gmail documents; otherwise it starts a thread of its own. `fail()` queues faults (status,
Google error reason, delay) per endpoint, for plain and batched calls alike;
`calls` counts requests per endpoint ("messages.get:raw", "batch", ...).

    with FakeGmail.start(email="me@example.net") as gmail:
        gmail.add(raw_bytes)
        gmail.write_token(tmp_path / "token.json")   # then type = "gmail", api_endpoint = gmail.url
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.header
import email.message
import email.policy
import itertools
import json
import re
import secrets
import threading
import time
import urllib.parse
import uuid
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
API = "/gmail/v1/users/"
SYSTEM_LABELS = ("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT", "CHAT")


def discovery() -> dict[str, Any]:
    doc = resources.files("googleapiclient").joinpath("discovery_cache/documents/gmail.v1.json")
    document: dict[str, Any] = json.loads(doc.read_text(encoding="utf-8"))
    return document


_DISCOVERY = discovery()
_SCHEMAS: dict[str, Any] = _DISCOVERY["schemas"]
_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "boolean": bool,
    "array": list,
    "object": dict,
    "number": (int, float),
}


def shape_errors(value: Any, schema: dict[str, Any] | str, where: str = "") -> list[str]:
    """Where `value` departs from a discovery-document schema (unknown keys, wrong JSON types)."""
    if isinstance(schema, str):
        schema = {"$ref": schema}
    if "$ref" in schema:
        name = schema["$ref"]
        spec = _SCHEMAS[name]
        if not isinstance(value, dict):
            return [f"{where or name}: expected an object, got {type(value).__name__}"]
        errs = []
        props = spec.get("properties", {})
        for key, v in value.items():
            if key not in props:
                errs.append(f"{where or name}.{key}: not in schema {name}")
            else:
                errs += shape_errors(v, props[key], f"{where or name}.{key}")
        return errs
    typ = schema.get("type")
    if (typ and not isinstance(value, _TYPES[typ])) or (typ == "integer" and isinstance(value, bool)):
        return [f"{where}: expected {typ}, got {type(value).__name__}"]
    if typ == "array":
        errs = []
        for i, item in enumerate(value):
            errs += shape_errors(item, schema.get("items", {}), f"{where}[{i}]")
        return errs
    if typ == "string" and schema.get("format") in {"int64", "uint64"} and not str(value).isdigit():
        return [f"{where}: expected a decimal string, got {value!r}"]
    return []


RESPONSE_SCHEMA = {
    "getProfile": "Profile",
    "messages.list": "ListMessagesResponse",
    "messages.get": "Message",
    "messages.send": "Message",
    "threads.get": "Thread",
    "history.list": "ListHistoryResponse",
    "drafts.create": "Draft",
    "drafts.get": "Draft",
    "drafts.update": "Draft",
    "drafts.list": "ListDraftsResponse",
}


def _method_scopes(name: str) -> frozenset[str]:
    methods = _DISCOVERY["resources"]["users"]["resources"]["drafts"]["methods"]
    return frozenset(methods[name]["scopes"])


#: Which scopes each drafts endpoint accepts (from the discovery document).
DRAFT_SCOPES = {f"drafts.{m}": _method_scopes(m) for m in ("create", "get", "list", "update", "delete")}


def google_error(status: int, message: str, reason: str, status_text: str) -> dict[str, Any]:
    return {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": "global", "reason": reason}],
            "status": status_text,
        }
    }


ERRORS = {
    400: ("Invalid request.", "invalidArgument", "INVALID_ARGUMENT"),
    401: ("Request had invalid authentication credentials.", "authError", "UNAUTHENTICATED"),
    403: ("User-rate limit exceeded.", "userRateLimitExceeded", "PERMISSION_DENIED"),
    -403: ("Request had insufficient authentication scopes.", "insufficientPermissions", "PERMISSION_DENIED"),
    404: ("Requested entity was not found.", "notFound", "NOT_FOUND"),
    429: ("Resource has been exhausted (e.g. check quota).", "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
    500: ("Internal error encountered.", "backendError", "INTERNAL"),
    503: ("The service is currently unavailable.", "backendError", "UNAVAILABLE"),
}


@dataclass
class Fault:
    status: int | None = None  # None: answer normally (after the delay)
    reason: str | None = None
    delay: float = 0.0
    retry_after: int | None = None


@dataclass
class Stored:
    id: str
    thread_id: str
    raw: bytes
    labels: list[str]
    internal_ms: int
    history_id: int
    message_id: str = ""


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def raw_headers(raw: bytes) -> list[tuple[str, str]]:
    """The header section as (name, raw unfolded value) pairs, in order, encoded words kept."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0].decode("utf-8", "replace")
    out: list[tuple[str, str]] = []
    for line in re.split(r"\r?\n", head):
        if line[:1] in {" ", "\t"} and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
        elif ":" in line:
            name, value = line.split(":", 1)
            out.append((name.strip(), value.strip()))
    return out


def _ids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


class FakeGmail:
    """State + server. Thread-safe: the HTTP threads and the test share one lock."""

    def __init__(self, email_address: str = "me@example.net", *, now: datetime | None = None) -> None:
        self.email = email_address
        self.now = now  # None: the real clock (for newer_than:)
        self.lock = threading.RLock()
        self.messages: dict[str, Stored] = {}
        self.history: list[dict[str, Any]] = []
        self.history_id = 41000
        self.history_floor = 0  # startHistoryId below this → 404 (expired)
        self._ids = itertools.count(0x18F0A1B2C3D40000, 0x1A3)
        self.calls: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self.shape_errors: list[str] = []
        self.list_page_size: int | None = None
        self.history_page_size: int | None = None
        self.blank_history_page = False  # insert a page without `history` before the real ones
        self.sent: list[bytes] = []
        self.batch_sizes: list[int] = []  # parts per batch request, in order
        # OAuth
        self.client_id = "fake-client.apps.googleusercontent.com"
        self.client_secret = "fake-secret"
        self.access_tokens: set[str] = set()
        self.token_scopes: dict[str, frozenset[str]] = {}  # access token → the scopes it carries
        self.drafts: dict[str, str] = {}  # draft id → the id of its current message
        self.refresh_tokens: set[str] = {"1//fake-refresh"}
        self.auth_codes: dict[str, str] = {}  # code → the scope the user granted
        self.invalid_grant = False
        self.token_scope = "https://www.googleapis.com/auth/gmail.readonly"
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------

    @classmethod
    def start(cls, email_address: str = "me@example.net", **kw: Any) -> FakeGmail:
        fake = cls(email_address, **kw)
        handler = type("Handler", (_Handler,), {"fake": fake})
        server = ThreadingHTTPServer((HOST, 0), handler)
        server.daemon_threads = True
        server.block_on_close = False  # a slow-response thread must not hold up teardown
        fake.server = server
        fake.thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-gmail", daemon=True
        )
        fake.thread.start()
        return fake

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def __enter__(self) -> FakeGmail:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://{HOST}:{self.server.server_address[1]}/"

    # --- test controls ---------------------------------------------------------

    def fail(
        self,
        endpoint: str,
        status: int | None = None,
        *,
        times: int = 1,
        reason: str | None = None,
        delay: float = 0.0,
        retry_after: int | None = None,
    ) -> None:
        """Queue `times` faults for the next calls of `endpoint` ("messages.get", "batch", ...)."""
        with self.lock:
            q = self.faults.setdefault(endpoint, deque())
            for _ in range(times):
                q.append(Fault(status, reason, delay, retry_after))

    def reset_counts(self) -> None:
        with self.lock:
            self.calls.clear()
            self.requests.clear()
            self.batch_sizes.clear()

    def _next_history(self) -> int:
        self.history_id += 7  # increasing, never contiguous (as Gmail's)
        return self.history_id

    def _thread_for(self, raw: bytes) -> str | None:
        headers = dict((k.lower(), v) for k, v in raw_headers(raw))
        refs = _ids(headers.get("references", "")) + _ids(headers.get("in-reply-to", ""))
        by_mid = {m.message_id: m for m in self.messages.values() if m.message_id}
        for ref in reversed(refs):
            if ref in by_mid:
                return by_mid[ref].thread_id
        return None

    def add(
        self,
        raw: bytes,
        labels: Iterable[str] = ("INBOX",),
        *,
        when: datetime | None = None,
        thread_id: str | None = None,
    ) -> str:
        """Deliver a message (threads by References/In-Reply-To, as Gmail does); returns its id."""
        with self.lock:
            mid = f"{next(self._ids):x}"
            headers = dict((k.lower(), v) for k, v in raw_headers(raw))
            if when is None:
                try:
                    when = parsedate_to_datetime(headers.get("date", ""))
                except (TypeError, ValueError):
                    when = None
                if when is None or when.tzinfo is None:
                    when = datetime.now(UTC)
            tid = thread_id or self._thread_for(raw) or mid
            hid = self._next_history()
            ids = _ids(headers.get("message-id", ""))
            stored = Stored(
                mid, tid, raw, list(labels), int(when.timestamp() * 1000), hid, ids[0] if ids else ""
            )
            self.messages[mid] = stored
            self.history.append(
                {
                    "id": str(hid),
                    "messages": [{"id": mid, "threadId": tid}],
                    "messagesAdded": [{"message": self._minimal(stored)}],
                }
            )
            return mid

    def delete(self, mid: str) -> None:
        with self.lock:
            m = self.messages.pop(mid)
            hid = self._next_history()
            self.history.append(
                {
                    "id": str(hid),
                    "messages": [{"id": mid, "threadId": m.thread_id}],
                    "messagesDeleted": [{"message": {"id": mid, "threadId": m.thread_id}}],
                }
            )

    def relabel(self, mid: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        with self.lock:
            m = self.messages[mid]
            add, remove = [x for x in add if x not in m.labels], [x for x in remove if x in m.labels]
            m.labels = [x for x in m.labels if x not in remove] + add
            m.history_id = hid = self._next_history()
            rec: dict[str, Any] = {"id": str(hid), "messages": [{"id": mid, "threadId": m.thread_id}]}
            if add:
                rec["labelsAdded"] = [{"message": self._minimal(m), "labelIds": add}]
            if remove:
                rec["labelsRemoved"] = [{"message": self._minimal(m), "labelIds": remove}]
            self.history.append(rec)

    def vanish(self, mid: str) -> None:
        """Drop a message without a history record (a get for it then answers 404)."""
        with self.lock:
            del self.messages[mid]

    def expire_history(self) -> None:
        """Every historyId handed out so far becomes too old (history.list → 404)."""
        with self.lock:
            self.history_floor = self._next_history()

    # --- OAuth helpers for tests -------------------------------------------------

    def issue_access_token(self, scopes: Iterable[str] | str | None = None) -> str:
        with self.lock:
            token = "ya29.fake-" + secrets.token_urlsafe(12)
            self.access_tokens.add(token)
            granted = self.token_scope if scopes is None else scopes
            self.token_scopes[token] = frozenset(granted.split() if isinstance(granted, str) else granted)
            return token

    def token_info(self, *, expired: bool = False, scopes: Iterable[str] | None = None) -> dict[str, Any]:
        """An authorized-user JSON (what google-auth writes) pointing at this fake's token endpoint."""
        scopes = list(scopes or ["https://www.googleapis.com/auth/gmail.readonly"])
        expiry = datetime.now(UTC) + (timedelta(hours=-1) if expired else timedelta(hours=1))
        return {
            "token": "ya29.expired-token" if expired else self.issue_access_token(scopes),
            "refresh_token": next(iter(self.refresh_tokens)),
            "token_uri": self.url + "token",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scopes": scopes,
            "expiry": expiry.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }

    def write_token(self, path: Path, **kw: Any) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.token_info(**kw)), encoding="utf-8")
        path.chmod(0o600)
        return path

    def write_client_secrets(self, path: Path) -> Path:
        """A Desktop ("installed") OAuth client JSON, as the Cloud console downloads it."""
        data = {
            "installed": {
                "client_id": self.client_id,
                "project_id": "interview-watcher-test",
                "auth_uri": self.url + "o/oauth2/auth",
                "token_uri": self.url + "token",
                "auth_provider_x509_cert_url": self.url + "certs",
                "client_secret": self.client_secret,
                "redirect_uris": ["http://localhost"],
            }
        }
        path.write_text(json.dumps(data), encoding="utf-8")
        path.chmod(0o600)
        return path

    def grant_code(self, scope: str | None = None) -> str:
        """An authorization code, as Google's consent page puts in the redirect, for `scope` granted."""
        with self.lock:
            code = "4/fake-code-" + secrets.token_urlsafe(8)
            self.auth_codes[code] = scope or self.token_scope
            return code

    # --- resources ----------------------------------------------------------------

    def _snippet(self, m: Stored) -> str:
        msg = email.message_from_bytes(m.raw, policy=email.policy.default)
        try:
            part = msg.get_body(preferencelist=("plain", "html"))
            text = part.get_content() if part is not None else ""
        except (KeyError, LookupError, AttributeError):
            text = ""
        return " ".join(str(text).split())[:140]

    def _minimal(self, m: Stored) -> dict[str, Any]:
        return {"id": m.id, "threadId": m.thread_id, "labelIds": list(m.labels)}

    def _resource(self, m: Stored, fmt: str, headers: list[str] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": m.id,
            "threadId": m.thread_id,
            "labelIds": list(m.labels),
            "snippet": self._snippet(m),
            "sizeEstimate": len(m.raw),
            "historyId": str(m.history_id),
            "internalDate": str(m.internal_ms),
        }
        if fmt == "raw":
            out["raw"] = _b64(m.raw)
        elif fmt == "metadata":
            wanted = {h.lower() for h in headers or ()}
            hs = [{"name": k, "value": v} for k, v in raw_headers(m.raw) if not wanted or k.lower() in wanted]
            ctype = dict((k.lower(), v) for k, v in raw_headers(m.raw)).get("content-type", "text/plain")
            out["payload"] = {
                "partId": "",
                "mimeType": ctype.split(";")[0].strip().lower(),
                "filename": "",
                "headers": hs,
                "body": {"size": 0},
            }
        elif fmt == "full":
            msg = email.message_from_bytes(m.raw, policy=email.policy.compat32)
            out["payload"] = self._part(msg, "")
        return out

    def _part(self, part: Any, part_id: str) -> dict[str, Any]:
        headers = [{"name": k, "value": " ".join(str(v).split())} for k, v in part.items()]
        out: dict[str, Any] = {
            "partId": part_id,
            "mimeType": part.get_content_type(),
            "filename": part.get_filename() or "",
            "headers": headers,
        }
        if part.is_multipart():
            out["body"] = {"size": 0}
            out["parts"] = [
                self._part(p, f"{part_id}.{i}" if part_id else str(i))
                for i, p in enumerate(part.get_payload())
            ]
        else:
            data = part.get_payload(decode=True) or b""
            out["body"] = {"size": len(data), "data": _b64(data)}
        return out

    # --- dispatch -------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, *, outer_auth: str | None = None
    ) -> tuple[str, Response]:
        """One (possibly batched) request → (endpoint name, response)."""
        parts = urllib.parse.urlsplit(target)
        path, query = parts.path, urllib.parse.parse_qs(parts.query)
        endpoint, args = self._route(method, path)
        if endpoint == "token":
            return endpoint, self._token(headers, body)
        if endpoint == "batch":
            return endpoint, self._batch(headers, body)
        with self.lock:
            fmt = (
                (query.get("format") or ["full"])[0]
                if endpoint in {"messages.get", "threads.get", "drafts.get"}
                else ""
            )
            self.calls[endpoint] += 1
            if fmt:
                self.calls[f"{endpoint}:{fmt}"] += 1
            self.requests.append((endpoint, query))
            fault = self._fault(endpoint)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.status:
            msg, reason, status_text = ERRORS.get(fault.status, ERRORS[500])
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            return endpoint, self._json(
                fault.status, google_error(fault.status, msg, fault.reason or reason, status_text), extra
            )
        auth = headers.get("authorization") or outer_auth or ""
        token = auth.removeprefix("Bearer ").strip()
        if endpoint != "unknown" and token not in self.access_tokens:
            return endpoint, self._json(401, google_error(401, *ERRORS[401]))
        if endpoint in DRAFT_SCOPES and not (
            self.token_scopes.get(token, frozenset()) & DRAFT_SCOPES[endpoint]
        ):
            return endpoint, self._json(403, google_error(403, *ERRORS[-403]))
        with self.lock:
            try:
                status, payload = getattr(self, "_" + endpoint.replace(".", "_"))(query, body, *args)
            except AttributeError:
                status, payload = 404, google_error(404, *ERRORS[404])
        if status < 300 and endpoint in RESPONSE_SCHEMA:
            errs = shape_errors(payload, RESPONSE_SCHEMA[endpoint])
            self.shape_errors.extend(errs)
        return endpoint, self._json(status, payload)

    def _fault(self, endpoint: str) -> Fault | None:
        q = self.faults.get(endpoint)
        return q.popleft() if q else None

    def _route(self, method: str, path: str) -> tuple[str, tuple[str, ...]]:
        if method == "POST" and path.rstrip("/") == "/token":
            return "token", ()
        if method == "POST" and path.rstrip("/") == "/batch/gmail/v1":
            return "batch", ()
        if not path.startswith(API):
            return "unknown", ()
        rest = path[len(API) :].split("/")
        if len(rest) < 2 or urllib.parse.unquote(rest[0]) not in {"me", self.email}:
            return "unknown", ()
        what = rest[1:]
        if method == "GET" and what == ["profile"]:
            return "getProfile", ()
        if method == "GET" and what == ["messages"]:
            return "messages.list", ()
        if method == "POST" and what == ["messages", "send"]:
            return "messages.send", ()
        if method == "GET" and len(what) == 2 and what[0] == "messages":
            return "messages.get", (urllib.parse.unquote(what[1]),)
        if method == "GET" and len(what) == 2 and what[0] == "threads":
            return "threads.get", (urllib.parse.unquote(what[1]),)
        if method == "GET" and what == ["history"]:
            return "history.list", ()
        if what == ["drafts"] and method in {"GET", "POST"}:
            return ("drafts.list" if method == "GET" else "drafts.create"), ()
        if len(what) == 2 and what[0] == "drafts" and method in {"GET", "PUT", "DELETE"}:
            name = {"GET": "drafts.get", "PUT": "drafts.update", "DELETE": "drafts.delete"}[method]
            return name, (urllib.parse.unquote(what[1]),)
        return "unknown", ()

    @staticmethod
    def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
        if status == 204:
            return Response(204, b"", dict(headers or {}))
        return Response(
            status,
            json.dumps(payload).encode("utf-8"),
            {"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
        )

    # --- endpoints -------------------------------------------------------------------

    def _getProfile(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        return 200, {
            "emailAddress": self.email,
            "messagesTotal": len(self.messages),
            "threadsTotal": len({m.thread_id for m in self.messages.values()}),
            "historyId": str(self.history_id),
        }

    def _clock(self) -> datetime:
        return self.now or datetime.now(UTC)

    def _matches(self, m: Stored, q: str, spam_trash: bool) -> bool:
        if not spam_trash and {"SPAM", "TRASH"} & set(m.labels):
            return False
        for term in q.split():
            found = re.fullmatch(r"newer_than:(\d+)([dmy])", term)
            if found:
                n, unit = int(found.group(1)), found.group(2)
                days = n * {"d": 1, "m": 31, "y": 366}[unit]
                if m.internal_ms < (self._clock() - timedelta(days=days)).timestamp() * 1000:
                    return False
        return True

    def _messages_list(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        q = (query.get("q") or [""])[0]
        spam_trash = (query.get("includeSpamTrash") or ["false"])[0] == "true"
        size = min(int((query.get("maxResults") or ["100"])[0]), 500, self.list_page_size or 500)
        found = sorted(
            (m for m in self.messages.values() if self._matches(m, q, spam_trash)),
            key=lambda m: (-m.internal_ms, m.id),
        )
        start = int((query.get("pageToken") or ["0"])[0])
        page = found[start : start + size]
        out: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            out["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if start + size < len(found):
            out["nextPageToken"] = str(start + size)
        return 200, out

    def _messages_get(self, query: dict[str, list[str]], body: bytes, mid: str) -> tuple[int, Any]:
        m = self.messages.get(mid)
        if m is None:
            return 404, google_error(404, *ERRORS[404])
        fmt = (query.get("format") or ["full"])[0]
        return 200, self._resource(m, fmt, query.get("metadataHeaders"))

    def _threads_get(self, query: dict[str, list[str]], body: bytes, tid: str) -> tuple[int, Any]:
        members = sorted(
            (m for m in self.messages.values() if m.thread_id == tid), key=lambda m: m.internal_ms
        )
        if not members:
            return 404, google_error(404, *ERRORS[404])
        fmt = (query.get("format") or ["full"])[0]
        return 200, {
            "id": tid,
            "historyId": str(max(m.history_id for m in members)),
            "messages": [self._resource(m, fmt, query.get("metadataHeaders")) for m in members],
        }

    def _history_list(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        try:
            start = int((query.get("startHistoryId") or [""])[0])
        except ValueError:
            return 400, google_error(400, *ERRORS[400])
        if start < self.history_floor:
            return 404, google_error(404, *ERRORS[404])
        size = min(int((query.get("maxResults") or ["100"])[0]), 500, self.history_page_size or 500)
        token = (query.get("pageToken") or [""])[0]
        out: dict[str, Any] = {"historyId": str(self.history_id)}
        if not token and self.blank_history_page:
            out["nextPageToken"] = "0"
            return 200, out
        offset = int(token or "0")
        records = [h for h in self.history if int(h["id"]) > start]
        page = records[offset : offset + size]
        if page:
            out["history"] = page
        if offset + size < len(records):
            out["nextPageToken"] = str(offset + size)
        return 200, out

    def _messages_send(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        try:
            data = json.loads(body or b"{}")
            raw = _unb64(data["raw"])
        except (ValueError, KeyError, TypeError):
            return 400, google_error(400, *ERRORS[400])
        self.sent.append(raw)
        mid = self.add(raw, labels=("SENT",), when=self._clock())
        m = self.messages[mid]
        return 200, {"id": mid, "threadId": m.thread_id, "labelIds": ["SENT"]}

    # --- drafts --------------------------------------------------------------------------

    def _joins_thread(self, raw: bytes, thread_id: str) -> bool:
        """Gmail's rule: the threadId is honoured when References/In-Reply-To name a message of
        that thread and the Subject matches (Re:/Fwd: aside)."""
        members = [m for m in self.messages.values() if m.thread_id == thread_id]
        if not members:
            return False
        headers = dict((k.lower(), v) for k, v in raw_headers(raw))
        refs = set(_ids(headers.get("references", "")) + _ids(headers.get("in-reply-to", "")))
        if not refs & {m.message_id for m in members}:
            return False

        def base(subject: str) -> str:
            decoded = str(email.header.make_header(email.header.decode_header(subject)))
            return re.sub(r"^(?:\s*(?:re|fwd?|aw)\s*:\s*)+", "", decoded, flags=re.I).strip().lower()

        subjects = {
            base(dict((k.lower(), v) for k, v in raw_headers(m.raw)).get("subject", "")) for m in members
        }
        return base(headers.get("subject", "")) in subjects

    def _draft_message(self, body: bytes) -> tuple[bytes, str | None] | None:
        try:
            data = json.loads(body or b"{}")
            message = data["message"]
            return _unb64(message["raw"]), message.get("threadId")
        except (ValueError, KeyError, TypeError):
            return None

    def _store_draft(self, raw: bytes, thread_id: str | None) -> str:
        tid = thread_id if thread_id and self._joins_thread(raw, thread_id) else None
        mid = self.add(raw, labels=("DRAFT",), when=self._clock(), thread_id=tid)
        if tid is None:  # add() threads by headers; a draft without a valid threadId starts its own
            self.messages[mid].thread_id = mid
        return mid

    def _draft_resource(self, draft_id: str, fmt: str = "minimal") -> dict[str, Any]:
        m = self.messages[self.drafts[draft_id]]
        message = self._minimal(m) if fmt == "minimal" else self._resource(m, fmt)
        return {"id": draft_id, "message": message}

    def _drafts_create(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        parsed = self._draft_message(body)
        if parsed is None:
            return 400, google_error(400, *ERRORS[400])
        draft_id = "r" + str(next(self._ids) % 10**19)
        self.drafts[draft_id] = self._store_draft(*parsed)
        return 200, self._draft_resource(draft_id)

    def _drafts_get(self, query: dict[str, list[str]], body: bytes, draft_id: str) -> tuple[int, Any]:
        if draft_id not in self.drafts:
            return 404, google_error(404, *ERRORS[404])
        return 200, self._draft_resource(draft_id, (query.get("format") or ["full"])[0])

    def _drafts_list(self, query: dict[str, list[str]], body: bytes) -> tuple[int, Any]:
        items = [
            {"id": d, "message": {"id": m, "threadId": self.messages[m].thread_id}}
            for d, m in self.drafts.items()
        ]
        out: dict[str, Any] = {"resultSizeEstimate": len(items)}
        if items:
            out["drafts"] = items
        return 200, out

    def _drafts_update(self, query: dict[str, list[str]], body: bytes, draft_id: str) -> tuple[int, Any]:
        if draft_id not in self.drafts:
            return 404, google_error(404, *ERRORS[404])
        parsed = self._draft_message(body)
        if parsed is None:
            return 400, google_error(400, *ERRORS[400])
        self.delete(self.drafts[draft_id])
        self.drafts[draft_id] = self._store_draft(*parsed)
        return 200, self._draft_resource(draft_id)

    def _drafts_delete(self, query: dict[str, list[str]], body: bytes, draft_id: str) -> tuple[int, Any]:
        if draft_id not in self.drafts:
            return 404, google_error(404, *ERRORS[404])
        self.delete(self.drafts.pop(draft_id))
        return 204, None

    def edit_draft(self, draft_id: str, raw: bytes) -> None:
        """The owner edits a draft in Gmail: a new message, the same draft id, the same thread."""
        with self.lock:
            old = self.messages[self.drafts[draft_id]]
            self.delete(old.id)
            self.drafts[draft_id] = self.add(
                raw, labels=("DRAFT",), when=self._clock(), thread_id=old.thread_id
            )

    def send_draft(self, draft_id: str) -> str:
        """The owner sends a draft: it leaves the drafts and its message becomes a sent one."""
        with self.lock:
            mid = self.drafts.pop(draft_id)
            self.relabel(mid, add=["SENT"], remove=["DRAFT"])
            return mid

    def _token(self, headers: dict[str, str], body: bytes) -> Response:
        form = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode("utf-8")).items()}
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):  # client authentication by HTTP Basic, as oauthlib does it
            user, _, password = base64.b64decode(basic[6:]).decode("utf-8").partition(":")
            form.setdefault("client_id", urllib.parse.unquote(user))
            form.setdefault("client_secret", urllib.parse.unquote(password))
        with self.lock:
            self.calls["token"] += 1
            self.calls[f"token:{form.get('grant_type', '?')}"] += 1
            fault = self._fault("token")
            if fault is not None and fault.status:
                return self._json(fault.status, {"error": "internal_failure"})
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return self._json(
                    401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
                )
            grant = form.get("grant_type")
            if self.invalid_grant:
                return self._json(
                    400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                )
            if grant == "refresh_token" and form.get("refresh_token") in self.refresh_tokens:
                return self._json(
                    200,
                    {
                        "access_token": self.issue_access_token(self.token_scope),
                        "expires_in": 3599,
                        "scope": self.token_scope,
                        "token_type": "Bearer",
                    },
                )
            if grant == "authorization_code" and form.get("code") in self.auth_codes:
                granted = self.auth_codes.pop(form["code"])
                if not form.get("code_verifier") or not form.get("redirect_uri"):
                    return self._json(400, {"error": "invalid_request", "error_description": "PKCE/redirect"})
                refresh = "1//fake-refresh-" + secrets.token_urlsafe(8)
                self.refresh_tokens.add(refresh)
                return self._json(
                    200,
                    {
                        "access_token": self.issue_access_token(granted),
                        "expires_in": 3599,
                        "refresh_token": refresh,
                        "scope": granted,
                        "token_type": "Bearer",
                    },
                )
            return self._json(400, {"error": "invalid_grant", "error_description": "Bad Request"})

    # --- batch -----------------------------------------------------------------------

    def _batch(self, headers: dict[str, str], body: bytes) -> Response:
        with self.lock:
            self.calls["batch"] += 1
            fault = self._fault("batch")
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.status:
            msg, reason, status_text = ERRORS.get(fault.status, ERRORS[500])
            return self._json(
                fault.status, google_error(fault.status, msg, fault.reason or reason, status_text)
            )
        ctype = headers.get("content-type", "")
        outer_auth = headers.get("authorization")
        parsed = email.message_from_bytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body, policy=email.policy.compat32
        )
        if not parsed.is_multipart():
            return self._json(400, google_error(400, *ERRORS[400]))
        boundary = "batch_" + uuid.uuid4().hex
        out = []
        with self.lock:
            self.batch_sizes.append(len(parsed.get_payload()))
        for part in parsed.get_payload():
            assert isinstance(part, email.message.Message)  # a multipart's payload is its parts
            cid = part.get("Content-ID", "<none>")
            inner = part.get_payload()
            assert isinstance(inner, str)  # application/http: one request as text
            method, target, inner_headers, inner_body = _parse_http(inner)
            _endpoint, resp = self.handle(method, target, inner_headers, inner_body, outer_auth=outer_auth)
            reason = {200: "OK", 401: "Unauthorized", 404: "Not Found"}.get(resp.status, "Error")
            lines = [f"HTTP/1.1 {resp.status} {reason}"]
            lines += [f"{k}: {v}" for k, v in resp.headers.items()]
            lines += [f"Content-Length: {len(resp.body)}", "", resp.body.decode("utf-8")]
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{cid.strip()[1:-1]}>\r\n\r\n" + "\r\n".join(lines) + "\r\n"
            )
        payload = ("".join(out) + f"--{boundary}--\r\n").encode("utf-8")
        return Response(200, payload, {"Content-Type": f"multipart/mixed; boundary={boundary}"})


def _parse_http(text: str) -> tuple[str, str, dict[str, str], bytes]:
    """An application/http part: request line, headers, body."""
    sep = re.search(r"\r?\n\r?\n", text)
    head, body = (text[: sep.start()], text[sep.end() :]) if sep else (text, "")
    lines = re.split(r"\r?\n", head)
    method, target, *_ = lines[0].split(" ")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    return method, target, headers, body.encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGmail
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        _endpoint, resp = self.fake.handle(method, self.path, headers, body)
        with contextlib.suppress(OSError):  # the client may have timed out and gone
            self.send_response(resp.status)
            for k, v in resp.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            self.wfile.write(resp.body)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def handle(self) -> None:
        with contextlib.suppress(OSError):
            super().handle()
