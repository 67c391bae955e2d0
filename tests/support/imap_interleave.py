"""An IMAP proxy on 127.0.0.1 that answers pipelined commands the way RFC 3501 allows and Dovecot never does.

Dovecot answers pipelined commands one after the other. A server may instead send the
untagged responses of a later command before an earlier command's tagged completion
(RFC 3501 §5.5): this proxy does so on purpose. It holds the server's responses while
any command is outstanding, and after a FETCH completes it waits `linger` seconds for
the client's next command (a pipelining client has sent it already); once every
command sent so far has completed, it passes on all the untagged responses first, in
reverse order, then the tagged completions in the order they came. A response is read
whole, literals included, so nothing is cut.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from typing import BinaryIO

from tests.support.tcpproxy import TcpProxy

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


def _read_unit(stream: BinaryIO) -> bytes:
    """One response, with the literals it carries; b"" at the end of the stream."""
    out = b""
    while True:
        line = stream.readline()
        if not line:
            return b""
        out += line
        m = _LITERAL.search(line)
        if m is None:
            return out
        out += stream.read(int(m.group(1)))


class InterleavingImapProxy(TcpProxy):
    def __init__(self, target_port: int, target_host: str = "127.0.0.1", linger: float = 0.2) -> None:
        super().__init__(target_port, target_host)
        self.linger = linger
        self.interleaved = 0  # flushes that moved a later command's answers before an earlier completion

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        counts = {"sent": 0, "done": 0, "fetch": 0}
        lock = threading.Condition()
        for target in (self._commands, self._answers):
            self._start(target, client, server, counts, lock)

    def _commands(
        self, client: socket.socket, server: socket.socket, counts: dict[str, int], lock: threading.Condition
    ) -> None:
        with contextlib.suppress(OSError, ValueError), client.makefile("rb") as stream:
            while line := stream.readline():
                m = _LITERAL.search(line)
                if m is None:  # a command's last line: counted before the server can answer it
                    with lock:
                        counts["sent"] += 1
                        counts["fetch"] += b" FETCH " in line.upper()
                        lock.notify_all()
                    server.sendall(line)
                    continue
                server.sendall(line)  # the client sends the literal once the server says "+"
                server.sendall(stream.read(int(m.group(1))))

    def _answers(
        self, client: socket.socket, server: socket.socket, counts: dict[str, int], lock: threading.Condition
    ) -> None:
        held: list[bytes] = []
        with contextlib.suppress(OSError, ValueError), server.makefile("rb") as stream:
            while unit := _read_unit(stream):
                untagged, continuation = unit.startswith(b"* "), unit.startswith(b"+")
                with lock:
                    if not untagged and not continuation:
                        counts["done"] += 1
                        if counts["sent"] == counts["done"] and counts["fetch"]:
                            # A FETCH (or what came with it) completed: does the client pipeline more?
                            lock.wait_for(lambda: counts["sent"] > counts["done"], self.linger)
                            counts["fetch"] = 0
                    idle = counts["sent"] == counts["done"]
                if continuation or (untagged and idle and not held):
                    client.sendall(b"".join(held) + unit)  # the client waits for it: in order
                    held = []
                    continue
                held.append(unit)
                if not untagged and idle:
                    self._flush(client, held)
                    held = []

    def _flush(self, client: socket.socket, held: list[bytes]) -> None:
        untagged = [u for u in held if u.startswith(b"* ")]
        tagged = [u for u in held if not u.startswith(b"* ")]
        # Reversed, the last command's answers come before the first command's completion.
        self.interleaved += len(tagged) > 1 and bool(untagged)
        client.sendall(b"".join(reversed(untagged)) + b"".join(tagged))
