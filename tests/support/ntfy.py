"""A loopback HTTP server that stands in for ntfy (https://ntfy.sh): it takes what Apprise's
`ntfy://127.0.0.1:PORT/topic` posts, keeps it, and answers as ntfy does, or with an error
when told to (`fail_with`)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Posted:
    path: str
    headers: dict[str, str]
    payload: dict[str, Any]

    @property
    def topic(self) -> str:
        return str(self.payload.get("topic") or self.path.strip("/"))

    @property
    def message(self) -> str:
        return str(self.payload.get("message", ""))

    @property
    def title(self) -> str:
        return str(self.payload.get("title", ""))


class FakeNtfy:
    def __init__(self) -> None:
        self.posted: list[Posted] = []
        self.refused: list[Posted] = []
        self.fail_with = 0  # an HTTP status to answer with instead of 200
        self.stall = threading.Event()  # set: take the request, then never answer
        self._release = threading.Event()
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    payload = json.loads(raw or b"{}")
                except ValueError:
                    payload = {"message": raw.decode("utf-8", "replace")}
                got = Posted(self.path, dict(self.headers.items()), payload)
                if owner.stall.is_set():
                    owner._release.wait(60)
                    return
                with owner._lock:
                    status = owner.fail_with
                    (owner.refused if status else owner.posted).append(got)
                body = (
                    json.dumps({"code": status, "http": status, "error": "unavailable"})
                    if status
                    else json.dumps({"id": f"m{len(owner.posted)}", "event": "message", "topic": got.topic})
                ).encode()
                self.send_response(status or 200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="fake-ntfy", daemon=True)
        self._thread.start()

    def url(self, topic: str) -> str:
        return f"ntfy://127.0.0.1:{self.port}/{topic}"

    def messages(self, topic: str | None = None) -> list[str]:
        with self._lock:
            return [p.message for p in self.posted if topic is None or p.topic == topic]

    def close(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)
