"""Every network operation has a deadline, and a scan has a ceiling; a trickling server cannot hold us.

A TCP proxy on loopback (tests/support/tcpproxy.py) sits in front of the real
Dovecot or aiosmtpd and passes the server's words one byte at a time: each
read is quick, so a per-read timeout alone never fires.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.fake_gmail import FakeGmail
from tests.support.mailgen import ME, make_mail
from tests.support.smtp import Inbox
from tests.support.tcpproxy import TcpProxy
from watcher.app.ingest import ScanResult, scan_account
from watcher.config import GmailAccount, Settings, SmtpSettings, parse
from watcher.digest.deliver import send_smtp
from watcher.errors import DeliveryError, SourceError
from watcher.sources.gmail import GmailSource
from watcher.sources.imap import ImapSource
from watcher.store.state import Store

pytestmark = pytest.mark.dovecot

SETTINGS = Settings.model_validate({"my_addresses": [ME], "timezone": "UTC"})
RECENT = datetime.now(UTC) - timedelta(days=3)
TRICKLE = 0.02  # seconds between bytes: every read succeeds well within any timeout below


def everything(_headers: bytes) -> bool:
    return True


@pytest.fixture
def imap_proxy(dovecot: Dovecot) -> Iterator[TcpProxy]:
    with TcpProxy(dovecot.imap_port) as proxy:
        yield proxy


def account(dovecot: Dovecot, user: DovecotUser, proxy: TcpProxy, **kw: Any) -> Any:
    kw.setdefault("folders", ["INBOX"])
    return dovecot.account(user, security="none", port=proxy.port, **kw)


def scan(tmp_path: Path, acc: Any, **kw: Any) -> tuple[ScanResult, float]:
    started = time.monotonic()
    with Store(tmp_path / "state.db") as store:
        settings = SETTINGS.model_copy(update={"accounts": [acc]})
        result = scan_account(settings, store, acc, log_health=False, **kw)
    return result, time.monotonic() - started


def stored_ids(tmp_path: Path) -> list[str]:
    with Store(tmp_path / "state.db") as store:
        return [m.message_id for m in store.messages()]


# --- IMAP ------------------------------------------------------------------


def test_a_trickling_imap_greeting_fails_the_scan_within_its_deadline(
    dovecot: Dovecot, imap_user: DovecotUser, imap_proxy: TcpProxy, tmp_path: Path
) -> None:
    imap_proxy.trickle = TRICKLE
    result, elapsed = scan(tmp_path, account(dovecot, imap_user, imap_proxy, timeout_seconds=0.3))
    assert (
        result.error == f"127.0.0.1:{imap_proxy.port} did not finish connecting within 0.3s (timeout_seconds)"
    )
    assert elapsed < 2


def test_a_command_whose_response_trickles_is_cut_at_its_deadline_then_retried_then_given_up(
    dovecot: Dovecot, imap_user: DovecotUser, imap_proxy: TcpProxy
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(3)])
    src = ImapSource(
        account(dovecot, imap_user, imap_proxy, timeout_seconds=0.3), SETTINGS, retry_delays=(0.01,)
    )
    src.connect()
    src.folders()
    imap_proxy.trickle = TRICKLE  # from now on the server is alive but never finishes a response
    started = time.monotonic()
    with pytest.raises(SourceError) as err:
        list(src.sync({}, everything))
    src.close()
    assert time.monotonic() - started < 3
    assert str(err.value) == (
        f"personal: 127.0.0.1:{imap_proxy.port} did not finish connecting within 0.3s (timeout_seconds); "
        f"gave up after 2 tries"
    )
    assert imap_proxy.connections == 2  # the first try's EXAMINE was cut, then one reconnect


def test_a_scan_stopped_by_its_ceiling_between_batches_resumes_without_duplicates(
    dovecot: Dovecot, imap_user: DovecotUser, imap_proxy: TcpProxy, tmp_path: Path
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(10)])
    acc = account(dovecot, imap_user, imap_proxy, scan_deadline_minutes=0.005)  # 0.3 s

    def slow(_folder: str, _n: int, _total: int | None) -> None:
        time.sleep(0.2)  # the owner's machine is busy: each batch takes a while

    first, _ = scan(tmp_path, acc, source=ImapSource(acc, SETTINGS, chunk_size=2), progress=slow)
    assert first.ok and first.stopped.startswith("stopped after 0.005 min (scan_deadline_minutes)")
    assert 0 < first.new < 10 and len(stored_ids(tmp_path)) == first.new

    acc = acc.model_copy(update={"scan_deadline_minutes": 30.0})
    second, _ = scan(tmp_path, acc, source=ImapSource(acc, SETTINGS, chunk_size=2))
    assert second.ok and not second.stopped
    assert first.new + second.new == 10
    ids = stored_ids(tmp_path)
    assert len(ids) == len(set(ids)) == 10


def test_a_scan_whose_ceiling_comes_mid_command_stops_keeps_what_it_stored_and_resumes(
    dovecot: Dovecot, imap_user: DovecotUser, imap_proxy: TcpProxy, tmp_path: Path
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(6)])
    # timeout_seconds is generous: only the scan's ceiling (1.8 s) can end the trickled FETCH.
    acc = account(dovecot, imap_user, imap_proxy, timeout_seconds=30, scan_deadline_minutes=0.03)

    def trickle_from_now(_folder: str, _n: int, _total: int | None) -> None:
        imap_proxy.trickle = TRICKLE

    first, elapsed = scan(
        tmp_path, acc, source=ImapSource(acc, SETTINGS, chunk_size=2), progress=trickle_from_now
    )
    assert elapsed < 4
    assert first.ok, first.error
    assert first.stopped == (
        "stopped after 0.03 min (scan_deadline_minutes); what was read is kept and the next scan "
        "goes on from there"
    )
    assert first.new == 2 and len(stored_ids(tmp_path)) == 2

    imap_proxy.trickle = None
    second, _ = scan(tmp_path, acc, source=ImapSource(acc, SETTINGS, chunk_size=2))
    assert second.ok and not second.stopped and second.new == 4
    ids = stored_ids(tmp_path)
    assert len(ids) == len(set(ids)) == 6


def test_a_connection_cut_mid_search_gives_a_short_reason_not_the_raw_response(
    dovecot: Dovecot, imap_user: DovecotUser, imap_proxy: TcpProxy
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(100)])
    imap_proxy.cut_on = b"* SEARCH"
    src = ImapSource(account(dovecot, imap_user, imap_proxy), SETTINGS, retry_delays=(0.01, 0.01, 0.01))
    src.connect()
    with pytest.raises(SourceError) as err:
        list(src.sync({}, everything))
    msg = str(err.value)
    assert msg == (
        f"personal: 127.0.0.1:{imap_proxy.port} closed the connection while reading INBOX: "
        f"cut off in the middle of a response during SEARCH; gave up after 4 tries"
    )
    assert "1 2 3" not in msg and len(msg) < 160


# --- SMTP ------------------------------------------------------------------


def message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = msg["To"] = ME
    msg["Subject"] = "digest"
    msg.set_content("hello\n")
    return msg


@pytest.mark.parametrize("what", ["connecting", "EHLO"])
def test_a_trickling_smtp_server_fails_the_send_within_its_deadline(
    smtp: tuple[Controller, Inbox], what: str
) -> None:
    controller, inbox = smtp
    after = 0
    if what == "EHLO":  # the greeting at full speed, then the server trickles
        with socket.create_connection(("127.0.0.1", controller.port), timeout=5) as s:
            after = len(s.recv(4096))
    with TcpProxy(controller.port) as proxy:
        proxy.trickle, proxy.trickle_after = TRICKLE, after
        settings = SmtpSettings(host="127.0.0.1", port=proxy.port, security="none", timeout_seconds=0.3)
        started = time.monotonic()
        with pytest.raises(DeliveryError) as err:
            send_smtp(message(), settings, delays=(0.01,))
        elapsed = time.monotonic() - started
    assert str(err.value) == (
        f"SMTP 127.0.0.1:{proxy.port}: {what} did not finish within 0.3s (timeout_seconds) "
        f"(gave up after 2 attempts)"
    )
    assert elapsed < 3 and inbox.received == []


# --- Gmail API and OAuth ---------------------------------------------------


@pytest.fixture
def fake_gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start(ME) as fake:
        for i in range(4):
            fake.add(make_mail(i), when=RECENT)
        yield fake


def gmail_account(settings: Settings) -> GmailAccount:
    account = settings.accounts[0]
    assert isinstance(account, GmailAccount)
    return account


def gmail_settings(fake: FakeGmail, tmp_path: Path, endpoint: str, **extra: Any) -> Settings:
    token = tmp_path / "gmail-token.json"
    if not token.exists():
        fake.write_token(token)
    lines = "".join(f"{k} = {v}\n" for k, v in extra.items())
    return parse(
        f'my_addresses = ["{ME}"]\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "gm"\ntype = "gmail"\ntoken_file = "{token}"\n'
        f'api_endpoint = "{endpoint}"\n{lines}'
    )


def test_a_trickling_gmail_api_fails_each_request_at_its_deadline(
    fake_gmail: FakeGmail, tmp_path: Path
) -> None:
    with TcpProxy(int(fake_gmail.url.rsplit(":", 1)[1].strip("/"))) as proxy:
        proxy.trickle = TRICKLE
        settings = gmail_settings(
            fake_gmail, tmp_path, f"http://127.0.0.1:{proxy.port}/", timeout_seconds=0.3
        )
        src = GmailSource(gmail_account(settings), settings, sleep=lambda _s: None)
        src.connect()
        started = time.monotonic()
        with pytest.raises(SourceError) as err:
            list(src.sync({}, everything))
        elapsed = time.monotonic() - started
        src.close()
    assert str(err.value) == "gm: Gmail API getProfile did not finish within 0.3s (timeout_seconds)"
    assert elapsed < 3  # three tries of 0.3 s each


def test_a_trickling_oauth_token_endpoint_fails_the_refresh_at_its_deadline(
    fake_gmail: FakeGmail, tmp_path: Path
) -> None:
    token = tmp_path / "gmail-token.json"
    with TcpProxy(int(fake_gmail.url.rsplit(":", 1)[1].strip("/"))) as proxy:
        fake_gmail.write_token(token, expired=True)
        data = json.loads(token.read_text())
        data["token_uri"] = f"http://127.0.0.1:{proxy.port}/token"
        token.write_text(json.dumps(data))
        proxy.trickle = TRICKLE
        settings = gmail_settings(fake_gmail, tmp_path, fake_gmail.url, timeout_seconds=0.3)
        started = time.monotonic()
        with pytest.raises(SourceError) as err:
            GmailSource(gmail_account(settings), settings).connect()
        elapsed = time.monotonic() - started
    assert str(err.value).startswith("gm: cannot reach Google's token endpoint: ")
    assert "did not finish within 0.3s" in str(err.value)
    assert elapsed < 3


def test_a_gmail_scan_past_its_ceiling_stops_between_requests_and_resumes_without_duplicates(
    fake_gmail: FakeGmail, tmp_path: Path
) -> None:
    fake_gmail.fail("messages.list", None, delay=0.5)  # a slow but correct answer
    settings = gmail_settings(fake_gmail, tmp_path, fake_gmail.url, scan_deadline_minutes=0.005)  # 0.3 s
    first, _ = scan(tmp_path, settings.accounts[0])
    assert first.ok and first.stopped.startswith("stopped after 0.005 min (scan_deadline_minutes)")
    assert fake_gmail.calls["messages.get:metadata"] == 0 and fake_gmail.calls["batch"] == 0

    settings = gmail_settings(fake_gmail, tmp_path, fake_gmail.url)
    second, _ = scan(tmp_path, settings.accounts[0])
    assert second.ok and not second.stopped and second.new == 4
    ids = stored_ids(tmp_path)
    assert len(ids) == len(set(ids)) == 4
