"""The digest goes out once a day, even with two senders at once or a crash mid-send.

Real servers only: aiosmtpd, a small scripted SMTP server on 127.0.0.1 that stores
the message on DATA and then withholds its answer, and the suite's Dovecot. The
crashing sender is a separate process, killed with SIGKILL.
"""

from __future__ import annotations

import asyncio
import email
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.digest_helpers import NOW
from tests.support.dovecot import Dovecot, DovecotUser, free_port
from tests.support.smtp import Inbox
from tests.test_digest_imap import inbox as imap_inbox
from tests.test_digest_smtp import assessor, parts, settings_for
from watcher.app.digest import run_digest
from watcher.config import Settings
from watcher.store.state import Store

ROOT = Path(__file__).resolve().parents[1]
FAST = (0.01,)
DAY = date(2026, 3, 10)


class SlowInbox(Inbox):
    """Keeps what it receives, but takes a second to say so: a wide window for a race."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(1.0)
        return await super().handle_DATA(server, session, envelope)


def test_two_sends_at_once_deliver_one_message(tmp_path: Path) -> None:
    """The daemon and a manual `digest --send` at the same moment: one email, not two."""
    inbox = SlowInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings = settings_for(tmp_path, controller.port)
    start = threading.Barrier(2, timeout=30)
    statuses: list[str] = []

    def sender() -> None:
        with Store(settings.storage.path) as store:  # each its own connection, as two processes
            start.wait()
            statuses.append(run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST).status)

    threads = [threading.Thread(target=sender) for _ in range(2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        controller.stop()
    assert sorted(statuses) == ["already_sent", "sent"]
    assert len(inbox.received) == 1


def test_two_cli_processes_at_once_deliver_one_message(tmp_path: Path) -> None:
    inbox = SlowInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    cfg = settings_file(tmp_path, smtp_config(tmp_path, controller.port))
    try:
        procs = [child(cfg, NOW) for _ in range(2)]
        outs = [p.communicate(timeout=60)[0].split()[0] for p in procs]
    finally:
        controller.stop()
    assert sorted(outs) == ["already_sent", "sent"]
    assert len(inbox.received) == 1


def test_two_processes_opening_a_new_state_at_once_both_succeed(tmp_path: Path) -> None:
    """The first daemon start and a first manual command race to create the schema."""
    for n in range(5):
        path = tmp_path / f"state-{n}.db"
        errors: list[BaseException] = []
        start = threading.Barrier(2, timeout=30)

        def opener(
            path: Path = path, errors: list[BaseException] = errors, start: threading.Barrier = start
        ) -> None:
            start.wait()
            try:
                with Store(path) as store:
                    assert store.digest_record(DAY) is None
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=opener) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []


# --- a crash after the server took the message ------------------------------------------


class StallingSmtp:
    """A scripted SMTP server on 127.0.0.1: it stores the message at the end of DATA and then
    never answers (`then="stall"`) or hangs up (`then="close"`)."""

    def __init__(self, then: str = "stall") -> None:
        self.then = then
        self.messages: list[bytes] = []
        self.stored = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        f = conn.makefile("rb")
        with conn:
            conn.sendall(b"220 stalling.example ESMTP\r\n")
            for line in f:
                verb = line[:4].upper()
                if verb == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    body = b"".join(iter(f.readline, b".\r\n"))
                    self.messages.append(body)
                    self.stored.set()
                    if self.then == "close":
                        return
                    self._stop.wait(60)  # the reply never comes
                    return
                if verb == b"QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return
                conn.sendall(b"250 ok\r\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


def smtp_config(tmp_path: Path, port: int) -> dict[str, Any]:
    """What tests/test_digest_smtp.settings_for validates, as plain data for a child process."""
    return {
        "timezone": "Europe/Berlin",
        "my_addresses": ["sam@rivera.example"],
        "storage": {"path": str(tmp_path / "state.db")},
        "digest": {
            "deliver": "smtp",
            "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout_seconds": 10},
        },
    }


def settings_file(tmp_path: Path, config: dict[str, Any]) -> Path:
    path = tmp_path / f"settings-{free_port()}.json"
    path.write_text(json.dumps(config))
    return path


def child(cfg: Path, now: datetime, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.digest_child", str(cfg), now.isoformat(), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.fixture
def smtp_server() -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def test_a_send_killed_after_the_server_took_it_is_not_repeated_silently(
    tmp_path: Path, smtp_server: tuple[Controller, Inbox], caplog: pytest.LogCaptureFixture
) -> None:
    stalling = StallingSmtp("stall")
    try:
        proc = child(settings_file(tmp_path, smtp_config(tmp_path, stalling.port)), NOW)
        assert stalling.stored.wait(60), proc.communicate(timeout=5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        stalling.close()
    assert len(stalling.messages) == 1  # the server has it; the sender never heard so
    controller, inbox = smtp_server
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        rec = store.digest_record(DAY)
        assert rec is not None and rec.status == "submitting"
        with caplog.at_level(logging.WARNING, logger="watcher"):
            later = run_digest(
                settings, store, NOW + timedelta(hours=1), assessor=assessor, retry_delays=FAST
            )
        assert later.status == "maybe_sent"
        assert "may have been delivered" in caplog.text and "--force" in caplog.text
        rec = store.digest_record(DAY)
        assert rec is not None and rec.status == "maybe_sent"
        # Not resent by a later run the same day either.
        again = run_digest(settings, store, NOW + timedelta(hours=5), assessor=assessor, retry_delays=FAST)
        assert again.status == "maybe_sent"
        assert inbox.received == []

        tomorrow = run_digest(settings, store, NOW + timedelta(days=1), assessor=assessor, retry_delays=FAST)
        assert tomorrow.status == "sent"
        text, html = parts(inbox.received[0][2])
        assert "The digest for Tue 10 Mar may have been delivered, or not" in text
        assert "The digest for Tue 10 Mar may have been delivered, or not" in html

        forced = run_digest(
            settings, store, NOW + timedelta(hours=6), force=True, assessor=assessor, retry_delays=FAST
        )
        assert forced.status == "sent"
        rec = store.digest_record(DAY)
        assert rec is not None and rec.status == "sent"
    assert [m["Subject"].startswith("Follow-ups for Tue 10 Mar") for m in inbox.messages] == [False, True]


def test_a_lost_answer_after_data_is_not_retried(tmp_path: Path) -> None:
    """The server hangs up after storing the message: no second attempt in the same run."""
    closing = StallingSmtp("close")
    try:
        settings = settings_for(tmp_path, closing.port)
        with Store(settings.storage.path) as store:
            out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=(0.01, 0.01))
            rec = store.digest_record(DAY)
    finally:
        closing.close()
    assert out.status == "maybe_sent", out.error
    assert "after the message was handed over" in out.error
    assert rec is not None and rec.status == "maybe_sent"
    assert len(closing.messages) == 1


def test_the_cli_says_maybe_sent_and_force_resends(tmp_path: Path) -> None:
    closing = StallingSmtp("close")
    try:
        settings = settings_for(tmp_path, closing.port)
        cfg = tmp_path / "config.toml"
        for sub in ("cur", "new", "tmp"):
            (tmp_path / "Mail" / sub).mkdir(parents=True)
        cfg.write_text(
            'timezone = "Europe/Berlin"\nmy_addresses = ["sam@rivera.example"]\n'
            f'[storage]\npath = "{settings.storage.path}"\n'
            f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Mail"}"\n'
            f'[digest]\ndeliver = "smtp"\n[digest.smtp]\nhost = "127.0.0.1"\nport = {closing.port}\n'
            'security = "none"\n'
        )

        def iw(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "watcher", "--config", str(cfg), *args],
                capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
            )  # fmt: skip

        def digest(*args: str) -> subprocess.CompletedProcess[str]:
            return iw("digest", "--send", *args)

        scanned = iw("scan")
        assert scanned.returncode == 0, scanned.stderr

        first = digest("--now", "2026-03-10T07:30", "--force")  # --force: send even with nothing to say
        again = digest("--now", "2026-03-10T09:30")
        forced = digest("--now", "2026-03-10T09:30", "--force")
    finally:
        closing.close()
    assert first.returncode == 0 and "may already have been delivered" in first.stderr, first.stderr
    assert "may already have been delivered" in again.stderr and "--force" in again.stderr
    assert len(closing.messages) == 2  # the first send, and the forced one: never a silent repeat
    assert "may already have been delivered" in forced.stderr


# --- IMAP: exactly once -------------------------------------------------------------


def imap_config(tmp_path: Path, server: Dovecot, user: DovecotUser) -> dict[str, Any]:
    account = server.account_config(user, security="ssl")
    return {
        "timezone": "Europe/Berlin",
        "my_addresses": ["sam@rivera.example"],
        "storage": {"path": str(tmp_path / "state.db")},
        "accounts": [account],
        "digest": {"deliver": "imap", "imap": {"account": account["name"]}},
    }


@pytest.mark.dovecot
@pytest.mark.parametrize(
    ("kill_at", "appended_before"),
    [("sent", 1), ("submitting", 0)],  # after APPEND, before the record; just before APPEND
)
def test_an_imap_send_killed_mid_way_is_appended_exactly_once(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser, kill_at: str, appended_before: int
) -> None:
    config = imap_config(tmp_path, dovecot, imap_user)
    settings = Settings.model_validate(config)
    proc = child(settings_file(tmp_path, config), NOW, "--kill-at", kill_at)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(imap_inbox(dovecot, imap_user)) == appended_before
    with Store(settings.storage.path) as store:
        rec = store.digest_record(DAY)
        assert rec is not None and rec.status in {"submitting", "sending"}
        out = run_digest(settings, store, NOW + timedelta(hours=1), assessor=assessor, retry_delays=FAST)
        assert out.status == ("already_sent" if appended_before else "sent"), out.error
        rec = store.digest_record(DAY)
        assert rec is not None and rec.status == "sent"
        assert (
            run_digest(settings, store, NOW + timedelta(hours=2), assessor=assessor).status == "already_sent"
        )
    got = imap_inbox(dovecot, imap_user)
    assert len(got) == 1
    assert got[0][0]["Message-ID"] == out.message_id


# --- Gmail: at most once, with a notice ----------------------------------------------


def test_a_gmail_send_that_may_have_gone_out_is_not_repeated(tmp_path: Path) -> None:
    """An HTTP 500 to messages.send: Google may have sent it. Not resent; the next digest says so."""
    from tests.support.fake_gmail import FakeGmail
    from tests.test_gmail_source import ME, make_settings
    from watcher.sources.gmail_auth import SEND

    with FakeGmail.start(ME) as gmail:
        settings = make_settings(gmail, tmp_path, deliver="gmail", scopes=[SEND])
        gmail.fail("messages.send", 500)
        with Store(settings.storage.path) as store:
            first = run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
            assert first.status == "maybe_sent", first.error
            assert "HTTP 500" in first.error and "after the request was sent" in first.error
            again = run_digest(settings, store, NOW + timedelta(hours=2), assessor=assessor)
            assert again.status == "maybe_sent"
            assert gmail.calls["messages.send"] == 1
            tomorrow = run_digest(settings, store, NOW + timedelta(days=1), assessor=assessor)
            assert tomorrow.status == "sent", tomorrow.error
        assert gmail.calls["messages.send"] == 2
        sent = email.message_from_bytes(gmail.sent[-1], policy=default_policy)
        assert "The digest for Tue 10 Mar may have been delivered, or not" in parts(sent)[0]
