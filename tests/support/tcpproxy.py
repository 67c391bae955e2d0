"""A TCP proxy on 127.0.0.1 in front of a test server that can trickle or cut what the server says.

Client → server bytes pass unchanged. Server → client bytes pass unchanged,
one byte every `trickle` seconds once `trickle_after` bytes went through on
that connection (a server that is alive but never finishes), or are cut off
in the middle of the first line that contains `cut_on`.
Both knobs can change while connections are open.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.trickle: float | None = None
        self.trickle_after = 0
        self.cut_on: bytes | None = None
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._socks: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> Self:
        self._accepter.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._accepter.join(timeout=5)
        with self._lock:
            socks = list(self._socks)
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        for t in self._threads:
            t.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            server.settimeout(None)
            with self._lock:
                self.connections += 1
                self._socks += [client, server]
            self._relay(client, server)

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        """Start the threads that carry one connection both ways (a subclass may reshape them)."""
        for src, dst, shaped in ((client, server, False), (server, client, True)):
            self._start(self._pump, src, dst, shaped)

    def _start(self, target: Callable[..., None], *args: object) -> None:
        t = threading.Thread(target=target, args=args, daemon=True)
        t.start()
        self._threads.append(t)

    def _pump(self, src: socket.socket, dst: socket.socket, shaped: bool) -> None:
        passed = 0
        try:
            while not self._stop.is_set():
                data = src.recv(65536)
                if not data:
                    break
                if shaped and self.trickle is not None and passed < self.trickle_after:
                    head, data = data[: self.trickle_after - passed], data[self.trickle_after - passed :]
                    dst.sendall(head)
                    passed += len(head)
                    if not data:
                        continue
                if shaped and self.cut_on is not None and self.cut_on in data:
                    at = data.index(self.cut_on)
                    end = data.find(b"\r\n", at)
                    end = len(data) if end < 0 else end
                    dst.sendall(data[: max(at + len(self.cut_on), end - 2)])  # no line end
                    break
                if shaped and self.trickle is not None:
                    for i in range(len(data)):
                        if self._stop.wait(self.trickle):
                            return
                        dst.sendall(data[i : i + 1])
                    continue
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
