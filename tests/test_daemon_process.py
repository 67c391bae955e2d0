"""`interview-watcher run` as systemd runs it: a subprocess against real Dovecot and a real
SMTP server (aiosmtpd), with NOTIFY_SOCKET bound to a datagram socket of this test."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller

from tests.support.dovecot import Dovecot, DovecotUser, free_port
from tests.support.mailgen import make_mail
from tests.support.smtp import Inbox

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parent.parent
ME = "sam@rivera.example"


# --- an SMTP server in this process ------------------------------------------------


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


# --- config ------------------------------------------------------------------------


def toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return json.dumps(str(v))  # a JSON string is a TOML basic string


def write_config(
    path: Path,
    *,
    tz: str,
    accounts: list[dict[str, Any]],
    smtp_port: int,
    state: Path,
    send_at: str = "07:30",
    catch_up_hours: int = 12,
    extra_top: str = "",
) -> None:
    lines = [
        f"timezone = {toml_value(tz)}",
        f"my_addresses = {toml_value([ME])}",
        extra_top,
        "[storage]",
        f"path = {toml_value(str(state))}",
        "[schedule]",
        "scan_every_minutes = 15",
        "jitter_seconds = 0",
        "[digest]",
        f"to = {toml_value(ME)}",
        'from = "interview-watcher <watcher@rivera.example>"',
        'deliver = "smtp"',
        f"send_at = {toml_value(send_at)}",
        f"catch_up_hours = {catch_up_hours}",
        "send_when_empty = true",
        "[digest.smtp]",
        'host = "127.0.0.1"',
        f"port = {smtp_port}",
        'security = "none"',
    ]
    for a in accounts:
        lines.append("[[accounts]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in a.items()]
    path.write_text("\n".join(lines) + "\n")


def midday_zone() -> tuple[str, datetime]:
    """A fixed-offset zone where it is around noon now, so 'ten minutes ago' is the same day."""
    utc_now = datetime.now(UTC)
    offset = max(-12, min(14, 12 - utc_now.hour))
    name = "Etc/GMT" + (f"{-offset:+d}" if offset else "")
    return name, utc_now.astimezone(ZoneInfo(name))


# --- the daemon as a subprocess ------------------------------------------------------


class RunningDaemon:
    def __init__(self, tmp: Path, config: Path, *, watchdog_usec: int | None = None, name: str = "d") -> None:
        self.sock_path = tmp / f"{name}.notify"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.sock_path))
        self.sock.settimeout(0.2)
        self.stderr_path = tmp / f"{name}.stderr"
        self.received: list[str] = []
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"JOURNAL_STREAM", "INTERVIEW_WATCHER_CONFIG", "WATCHDOG_PID", "LISTEN_FDS"}
        }
        env.update(
            NOTIFY_SOCKET=str(self.sock_path),
            PYTHONPATH=str(ROOT),
            HOME=str(tmp),
            XDG_CONFIG_HOME=str(tmp / "xdg-config"),
            XDG_STATE_HOME=str(tmp / "xdg-state"),
        )
        if watchdog_usec:
            env["WATCHDOG_USEC"] = str(watchdog_usec)
        with self.stderr_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "watcher", "--config", str(config), "--log-level", "info", "run"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=tmp,
            )

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def _pump(self) -> None:
        try:
            while True:
                self.received.append(self.sock.recv(65536).decode())
        except (TimeoutError, BlockingIOError):
            pass

    def wait_for(self, pred: Callable[[str], bool], timeout: float = 15.0, after: int = 0) -> int:
        """Index of the first datagram (from `after` on) that satisfies `pred`."""
        deadline = time.monotonic() + timeout
        while True:
            for i in range(after, len(self.received)):
                if pred(self.received[i]):
                    return i
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no matching notification within {timeout}s; got {self.received[after:]}"
                    f"\nstderr:\n{self.stderr}"
                )
            if self.proc.poll() is not None:
                self._pump()
                if not any(pred(m) for m in self.received[after:]):
                    raise AssertionError(f"daemon exited with {self.proc.returncode}\n{self.stderr}")
            self._pump()

    def status(self) -> str:
        self._pump()
        for m in reversed(self.received):
            for line in m.split("\n"):
                if line.startswith("STATUS="):
                    return line[len("STATUS=") :]
        return ""

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, float]:
        started = time.monotonic()
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=15)
        elapsed = time.monotonic() - started
        self._pump()
        return code, elapsed

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.sock.close()


@pytest.fixture
def daemons() -> Iterator[list[RunningDaemon]]:
    started: list[RunningDaemon] = []
    yield started
    for d in started:
        d.close()


def imap_account(server: Dovecot, user: DovecotUser, name: str) -> dict[str, Any]:
    return server.account_config(user, name=name, security="ssl")


def has(prefix: str) -> Callable[[str], bool]:
    return lambda m: any(line.startswith(prefix) for line in m.split("\n"))


# --- the tests -------------------------------------------------------------------------


def test_daemon_notifies_systemd_reloads_on_sighup_keeps_a_good_config_and_stops_on_sigterm(
    tmp_path: Path, dovecot: Dovecot, smtp: tuple[Controller, Inbox], daemons: list[RunningDaemon]
) -> None:
    controller, inbox = smtp
    work = dovecot.add_user()
    dovecot.append(work, "INBOX", make_mail(1, to=ME), internaldate=datetime.now(UTC) - timedelta(days=1))
    side = dovecot.add_user()
    config = tmp_path / "config.toml"
    base: dict[str, Any] = {
        "tz": "Europe/Berlin",
        "smtp_port": controller.port,
        "state": tmp_path / "state.db",
        "catch_up_hours": 0,
    }  # no digest in this test
    write_config(config, accounts=[imap_account(dovecot, work, "work")], **base)

    d = RunningDaemon(tmp_path, config, watchdog_usec=2_000_000)
    daemons.append(d)
    ready = d.wait_for(has("READY=1"))
    scanned = d.wait_for(lambda m: "STATUS=work: ok at" in m and "1 new" in m)
    assert scanned > ready or "work: ok" in d.received[ready]
    first_ping = d.wait_for(has("WATCHDOG=1"), timeout=3)
    d.wait_for(has("WATCHDOG=1"), timeout=3, after=first_ping + 1)  # every second: half of WATCHDOG_USEC

    # A good config: a second account appears and is scanned at once.
    write_config(
        config, accounts=[imap_account(dovecot, work, "work"), imap_account(dovecot, side, "side")], **base
    )
    mark = len(d.received)
    d.proc.send_signal(signal.SIGHUP)
    reloading = d.wait_for(has("RELOADING=1"), after=mark)
    assert "MONOTONIC_USEC=" in d.received[reloading]
    d.wait_for(has("READY=1"), after=reloading)
    d.wait_for(lambda m: "side: ok at" in m, after=reloading)
    assert "config reloaded" in d.stderr

    # A bad config: logged, the old one stays, the daemon keeps running.
    config.write_text(config.read_text().replace("scan_every_minutes", "scan_evry_minutes"))
    mark = len(d.received)
    d.proc.send_signal(signal.SIGHUP)
    reloading = d.wait_for(has("RELOADING=1"), after=mark)
    back = d.wait_for(has("READY=1"), after=reloading)
    assert "reload FAILED" in d.received[back]
    assert "keeping the previous config" in d.stderr
    assert 'did you mean "scan_every_minutes"' in d.stderr
    d.wait_for(has("WATCHDOG=1"), timeout=3, after=back)  # still alive and healthy
    assert d.proc.poll() is None

    code, elapsed = d.stop(signal.SIGTERM)
    assert code == 0, d.stderr
    assert elapsed < 10
    assert any(has("STOPPING=1")(m) for m in d.received)
    assert inbox.messages == []
    assert "Traceback" not in d.stderr


def test_digest_catches_up_at_start_reports_failing_accounts_and_is_not_sent_twice_after_a_restart(
    tmp_path: Path, dovecot: Dovecot, smtp: tuple[Controller, Inbox], daemons: list[RunningDaemon]
) -> None:
    controller, inbox = smtp
    good = dovecot.add_user()
    dovecot.append(good, "INBOX", make_mail(7, to=ME), internaldate=datetime.now(UTC) - timedelta(days=2))
    locked_out = dovecot.add_user()
    wrong = tmp_path / "wrong-password"
    wrong.write_text("not-the-password\n")
    wrong.chmod(0o600)
    tz, local_now = midday_zone()
    send_at = (local_now - timedelta(minutes=10)).strftime("%H:%M")  # missed ten minutes ago
    config = tmp_path / "config.toml"
    write_config(
        config,
        tz=tz,
        smtp_port=controller.port,
        state=tmp_path / "state.db",
        send_at=send_at,
        accounts=[
            imap_account(dovecot, good, "work"),
            {**imap_account(dovecot, locked_out, "home"), "password_file": str(wrong)},
            {**imap_account(dovecot, good, "old"), "port": free_port()},  # nobody listens there
        ],
    )

    d = RunningDaemon(tmp_path, config, name="first")
    daemons.append(d)
    d.wait_for(has("READY=1"))
    d.wait_for(lambda m: "digest sent" in m, timeout=30)
    assert len(inbox.messages) == 1
    status = d.status()
    assert "work: ok at" in status
    assert "home: FAILING" in status and "old: FAILING" in status
    body = text_of(inbox.messages[0])
    assert "home: could not reach 127.0.0.1" in body
    assert "old: could not reach 127.0.0.1" in body
    assert inbox.messages[0]["To"] == ME
    # Each failure is logged once, when it starts; the daemon and the good account carry on.
    errors = [line for line in d.stderr.splitlines() if " ERROR " in line]
    assert sum(" home: " in line for line in errors) == 1, errors
    assert sum(" old: " in line for line in errors) == 1, errors
    assert d.proc.poll() is None
    code, elapsed = d.stop(signal.SIGINT)
    assert code == 0 and elapsed < 10, d.stderr

    # Same day, new process: the state says the digest went out; no second one.
    again = RunningDaemon(tmp_path, config, name="second")
    daemons.append(again)
    again.wait_for(has("READY=1"))
    again.wait_for(lambda m: "work: ok at" in m and "home: FAILING" in m and "old: FAILING" in m)
    time.sleep(0.5)
    assert len(inbox.messages) == 1
    assert "sending it now" not in again.stderr
    code, _ = again.stop()
    assert code == 0
    assert "Traceback" not in d.stderr + again.stderr


def test_sigterm_stops_within_ten_seconds_even_while_a_scan_hangs(
    tmp_path: Path, dovecot: Dovecot, smtp: tuple[Controller, Inbox], daemons: list[RunningDaemon]
) -> None:
    controller, _ = smtp
    user = dovecot.add_user()
    # A password helper that never answers (think: a locked keyring) keeps the scan busy.
    pidfile = tmp_path / "helper.pid"
    helper = tmp_path / "slow-password"
    helper.write_text(f'#!/bin/sh\necho $$ > "{pidfile}"\nexec sleep 30\n')
    helper.chmod(0o700)
    account = {**imap_account(dovecot, user, "work"), "password_command": [str(helper)]}
    del account["password_file"]
    config = tmp_path / "config.toml"
    write_config(
        config,
        tz="Europe/Berlin",
        smtp_port=controller.port,
        state=tmp_path / "state.db",
        catch_up_hours=0,
        accounts=[account],
    )
    d = RunningDaemon(tmp_path, config)
    daemons.append(d)
    try:
        d.wait_for(has("READY=1"))
        deadline = time.monotonic() + 10
        while not pidfile.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pidfile.exists(), d.stderr
        code, elapsed = d.stop(signal.SIGTERM)
        assert code == 0, d.stderr
        assert elapsed < 10
        assert "still running" in d.stderr
        assert any(has("STOPPING=1")(m) for m in d.received)
    finally:
        if pidfile.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)
