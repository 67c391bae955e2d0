"""Deadlines for network operations: a per-read timeout alone bounds nothing.

A socket timeout bounds one read: a server that sends one byte just before it
runs out keeps a command alive forever. `Deadlines` adds two bounds on top of
the per-read timeout: the current operation's (connecting, logging in, one
command with its whole response) and a ceiling for everything on the connection
(a whole scan of one account). `DeadlineSocket` applies all three to every read
and write of a socket: before each one its timeout is set to the least of them,
and once the operation's time or the ceiling is up it raises `DeadlineExceeded`.

An operation is either explicit (`with deadlines.operation("LOGIN"):`) or,
outside of one, begins at every command the client sends (the protocol module
says what a command looks like), so no exchange is ever unbounded.
"""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

CommandName = Callable[[bytes], "str | None"]
"""What a write starts: the command's name, or None for data inside a command (a literal)."""


class DeadlineExceeded(TimeoutError):
    """An operation, or the whole connection's ceiling, ran out of time (not one slow read)."""

    def __init__(self, what: str, seconds: float, *, ceiling: bool) -> None:
        super().__init__(f"{what} did not finish within {seconds:g}s")
        self.what = what
        self.seconds = seconds
        self.ceiling = ceiling


@dataclass(slots=True)
class _Operation:
    what: str
    seconds: float
    until: float
    explicit: bool


class Deadlines:
    """The per-read timeout, the current operation's deadline and a ceiling (see module docstring)."""

    def __init__(
        self,
        read_timeout: float,
        op_seconds: float | None = None,
        *,
        ceiling_at: float | None = None,
        ceiling_seconds: float | None = None,
        command_name: CommandName | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.read_timeout = read_timeout
        self.op_seconds = op_seconds if op_seconds is not None else read_timeout
        self.clock = clock
        if ceiling_at is None and ceiling_seconds is not None:
            ceiling_at = clock() + ceiling_seconds
        self.ceiling_at = ceiling_at
        self.ceiling_seconds = ceiling_seconds
        self.command_name = command_name
        self.fired: DeadlineExceeded | None = None  # the last deadline that ran out (survives re-wrapping)
        self._op: _Operation | None = None
        self._bound: DeadlineExceeded | None = None  # what a timeout of the armed I/O means
        self._heard = False  # the peer sent something during this operation

    # --- operations ------------------------------------------------------

    @contextmanager
    def operation(self, what: str, seconds: float | None = None) -> Iterator[None]:
        """Everything inside (commands, responses, handshakes) must finish within `seconds`."""
        outer = self._op
        secs = self.op_seconds if seconds is None else seconds
        self._op = _Operation(what, secs, self.clock() + secs, explicit=True)
        self.fired, self._heard = None, False
        try:
            yield
        finally:
            self._op = outer

    def command_sent(self, data: bytes) -> None:
        """A write outside an explicit operation: a new command begins its own operation."""
        if self._op is not None and self._op.explicit:
            return
        name = self.command_name(data) if self.command_name else "command"
        if name is None and self._op is not None:
            return  # data within the current command (a literal): same deadline
        secs = self.op_seconds
        self._op = _Operation(name or "command", secs, self.clock() + secs, explicit=False)
        self.fired, self._heard = None, False

    # --- time left ---------------------------------------------------------

    def ceiling_passed(self) -> bool:
        return self.ceiling_at is not None and self.clock() >= self.ceiling_at

    def io_timeout(self) -> float:
        """The timeout for the next read or write; DeadlineExceeded when no time is left."""
        now = self.clock()
        timeout, self._bound = self.read_timeout, None
        if self.ceiling_at is not None:
            left = self.ceiling_at - now
            secs = self.ceiling_seconds if self.ceiling_seconds is not None else 0.0
            if left <= 0:
                raise self._fire(DeadlineExceeded("the scan", secs, ceiling=True))
            if left < timeout:
                timeout, self._bound = left, DeadlineExceeded("the scan", secs, ceiling=True)
        if self._op is not None:
            left = self._op.until - now
            if left <= 0:
                raise self._fire(DeadlineExceeded(self._op.what, self._op.seconds, ceiling=False))
            if left < timeout:
                timeout = left
                self._bound = DeadlineExceeded(self._op.what, self._op.seconds, ceiling=False)
        return timeout

    def heard(self) -> None:
        self._heard = True

    def timed_out(self, e: TimeoutError) -> TimeoutError:
        """What a timeout of the last armed I/O means: the read timeout (e), or a deadline.

        A peer silent for the whole operation simply did not answer (e), even when the
        operation's deadline happened to come a moment before the read timeout.
        """
        if self._bound is None or (not self._bound.ceiling and not self._heard):
            return e
        return self._fire(self._bound)

    def _fire(self, e: DeadlineExceeded) -> DeadlineExceeded:
        self.fired = e
        return e


class DeadlineSocket:
    """A socket (plain or TLS) whose every read and write obeys `Deadlines`.

    Anything else is the wrapped socket's own (fileno, shutdown, close, ...).
    `makefile("rb")` reads through this wrapper, so buffered readers obey it too.
    """

    def __init__(self, sock: socket.socket, deadlines: Deadlines) -> None:
        self._sock = sock
        self._deadlines = deadlines

    @property
    def raw(self) -> socket.socket:
        return self._sock

    def _arm(self) -> None:
        try:
            self._sock.settimeout(self._deadlines.io_timeout())
        except DeadlineExceeded:
            raise
        except OSError:  # a closed socket: let the read itself say so
            pass

    def _io(self, call: Callable[..., Any], *args: Any) -> Any:
        self._arm()
        try:
            return call(*args)
        except TimeoutError as e:
            if isinstance(e, DeadlineExceeded):
                raise
            raise self._deadlines.timed_out(e) from None

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        data: bytes = self._io(self._sock.recv, bufsize, flags)
        if data:
            self._deadlines.heard()
        return data

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        n: int = self._io(self._sock.recv_into, buffer, nbytes, flags)
        if n:
            self._deadlines.heard()
        return n

    def send(self, data: Any, flags: int = 0) -> int:
        n: int = self._io(self._sock.send, data, flags)
        return n

    def sendall(self, data: Any, flags: int = 0) -> None:
        """Send in pieces, each within what is left (a peer that does not read cannot stall us)."""
        view = memoryview(data).cast("B")
        self._deadlines.command_sent(bytes(view[:64]))
        while view:
            sent: int = self._io(self._sock.send, view, flags)
            view = view[sent:]

    def makefile(self, mode: str = "r", buffering: int | None = None, **_kw: Any) -> io.BufferedReader:
        if mode not in {"rb", "br"}:
            raise ValueError(f"DeadlineSocket.makefile supports 'rb' only, not {mode!r}")
        return io.BufferedReader(socket.SocketIO(self, "rb"), buffering or io.DEFAULT_BUFFER_SIZE)  # type: ignore[arg-type]

    def gettimeout(self) -> float | None:
        """What a TLS handshake on top of this socket may take (it reads this once)."""
        return self._deadlines.io_timeout()

    def _decref_socketios(self) -> None:
        """Called when a makefile() reader closes; the socket's own close() does the rest."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class DeadlineSocketHolder:
    """Mixin for a stdlib protocol client (imaplib, smtplib) whose `sock` is always a DeadlineSocket.

    The clients assign `self.sock` when they connect and again after STARTTLS;
    wrapping at assignment catches both. Subclasses set `_deadlines` first.
    """

    _deadlines: Deadlines

    @property
    def sock(self) -> Any:
        return self.__dict__.get("_sock_")

    @sock.setter
    def sock(self, value: Any) -> None:
        if value is not None and not isinstance(value, DeadlineSocket):
            value = DeadlineSocket(value, self._socket_deadlines())
        self.__dict__["_sock_"] = value

    def _socket_deadlines(self) -> Deadlines:
        """The budget a newly assigned socket runs under (a subclass may make it on first use)."""
        return self._deadlines
