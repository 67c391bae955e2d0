"""The systemd notify protocol: one datagram of `KEY=value` lines to $NOTIFY_SOCKET.

Small enough to write by hand (see sd_notify(3)); it must never fail the
daemon, so every error is logged at debug level and swallowed.
"""

from __future__ import annotations

import logging
import os
import socket
import time

log = logging.getLogger(__name__)

_ENV = ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")


def _socket_address(value: str | None) -> str | None:
    """A filesystem path or an abstract name ('@' prefix); other kinds (vsock) are not supported."""
    if not value:
        return None
    if value.startswith("@"):
        return "\0" + value[1:]
    if value.startswith("/"):
        return value
    log.debug("NOTIFY_SOCKET=%r: unsupported address kind, not notifying", value)
    return None


def monotonic_usec() -> int:
    """CLOCK_MONOTONIC in microseconds, as RELOADING=1 wants it in MONOTONIC_USEC= (systemd 253+)."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


class Notifier:
    """Sends notifications to the service manager; a no-op when not run by systemd."""

    def __init__(self, address: str | None = None, watchdog_usec: int | None = None) -> None:
        self.address = _socket_address(address)
        self.watchdog_usec = watchdog_usec if watchdog_usec and watchdog_usec > 0 else None

    @classmethod
    def from_environment(cls, *, unset: bool = True) -> Notifier:
        """Read $NOTIFY_SOCKET and the watchdog settings; by default remove them from the
        environment so child processes (password_command) cannot speak for us."""
        address = os.environ.get("NOTIFY_SOCKET")
        usec: int | None = None
        raw = os.environ.get("WATCHDOG_USEC", "")
        pid = os.environ.get("WATCHDOG_PID", "")
        if raw:
            try:
                usec = int(raw)
            except ValueError:
                log.debug("WATCHDOG_USEC=%r: not a number, watchdog off", raw)
            # The watchdog is meant for one process: WATCHDOG_PID names it when set.
            if pid and pid != str(os.getpid()):
                usec = None
        if unset:
            for key in _ENV:
                os.environ.pop(key, None)
        return cls(address, usec)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    @property
    def watchdog_interval(self) -> float | None:
        """Seconds between WATCHDOG=1 pings: half the timeout, as sd_watchdog_enabled(3) advises."""
        return self.watchdog_usec / 2_000_000 if self.watchdog_usec else None

    def send(self, *assignments: str, **fields: object) -> bool:
        """Send one datagram, e.g. send("READY=1", STATUS="scanning"). True when it was sent."""
        if self.address is None:
            return False
        lines = list(assignments)
        for key, value in fields.items():
            # One field per line: a value must not smuggle in another assignment.
            text = " ".join(str(value).splitlines())
            lines.append(f"{key}={text}")
        payload = "\n".join(lines).encode("utf-8", "replace")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
                s.connect(self.address)
                s.sendall(payload)
        except OSError as e:
            log.debug("sd_notify %s: %s", lines[0] if lines else "", e)
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        return self.send("READY=1", **({"STATUS": status} if status else {}))

    def status(self, status: str) -> bool:
        return self.send(STATUS=status)

    def reloading(self) -> bool:
        return self.send("RELOADING=1", MONOTONIC_USEC=monotonic_usec())

    def stopping(self, status: str | None = None) -> bool:
        return self.send("STOPPING=1", **({"STATUS": status} if status else {}))

    def watchdog(self) -> bool:
        return self.send("WATCHDOG=1")


def notify(*assignments: str, **fields: object) -> bool:
    """One-off notification from the current environment (keeps the environment as is)."""
    return Notifier.from_environment(unset=False).send(*assignments, **fields)
