"""httplib2 with a deadline per request (the Gmail API and Google's OAuth token endpoint).

httplib2's `timeout` bounds each socket read: a server that trickles its
response keeps a request alive indefinitely. Here each connection's socket is
a `DeadlineSocket`, and every request (its headers, body and the whole
response) must finish within `timeout` seconds; a request that runs out
raises `DeadlineExceeded` (a TimeoutError) and its connection is dropped, so
the next request starts on a clean one.
"""

from __future__ import annotations

import re
from typing import Any

import httplib2

from watcher.deadline import Deadlines, DeadlineSocketHolder

_METHOD = re.compile(rb"(GET|POST|PUT|PATCH|DELETE|HEAD) ")


def _request_line(data: bytes) -> str | None:
    """A request starts with its request line; anything else is its body (same deadline)."""
    m = _METHOD.match(data)
    return "the request" if m else None


class _DeadlineSock(DeadlineSocketHolder):
    """`sock` that wraps whatever httplib2 or http.client assigns (plain or TLS)."""

    timeout: Any
    _lazy_deadlines: Deadlines | None = None

    def _socket_deadlines(self) -> Deadlines:
        """Made at the first connect, from the connection's own timeout."""
        if self._lazy_deadlines is None:
            self._lazy_deadlines = Deadlines(float(self.timeout), command_name=_request_line)
        return self._lazy_deadlines


class _HTTPConnection(_DeadlineSock, httplib2.HTTPConnectionWithTimeout):  # type: ignore[misc]
    pass


class _HTTPSConnection(_DeadlineSock, httplib2.HTTPSConnectionWithTimeout):  # type: ignore[misc]
    pass


class DeadlineHttp(httplib2.Http):  # type: ignore[misc]
    """httplib2.Http whose requests each finish within `timeout` seconds, or fail."""

    def __init__(self, timeout: float, **kw: Any) -> None:
        super().__init__(timeout=timeout, **kw)

    def request(self, uri: str, method: str = "GET", *args: Any, **kw: Any) -> Any:
        if kw.get("connection_type") is None:
            https = str(uri).lower().startswith("https:")
            kw["connection_type"] = _HTTPSConnection if https else _HTTPConnection
        try:
            return super().request(uri, method, *args, **kw)
        except TimeoutError:
            for conn in list(self.connections.values()):  # half-read: never reuse it
                conn.close()
            self.connections.clear()
            raise
