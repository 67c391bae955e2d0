"""Delivering the digest through a real SMTP server (aiosmtpd) on loopback, once a day."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.digest_helpers import NOW, assessed, at
from tests.support.dovecot import free_port, make_self_signed_cert
from tests.support.smtp import Inbox
from watcher.app.digest import run_digest
from watcher.config import Settings
from watcher.core.assessment import Assessed
from watcher.digest.render import digest_message_id
from watcher.store.records import DigestStatus
from watcher.store.state import Store

FAST = (0.01,)  # retry delays: real retries, no real waiting


def settings_for(tmp_path: Path, port: int, **digest: Any) -> Settings:
    smtp = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "timeout_seconds": 10,
        **digest.pop("smtp", {}),
    }
    return Settings.model_validate(
        {
            "timezone": "Europe/Berlin",
            "my_addresses": ["sam@rivera.example"],
            "storage": {"path": str(tmp_path / "state.db")},
            "digest": {"deliver": "smtp", "smtp": smtp, **digest},
        }
    )


def items() -> list[Assessed]:
    return [
        assessed("Quillfeather Books", "your_turn", ask="Could you send two references?", ask_at=at(9, 16)),
        assessed(
            "Harbor & Finch",
            "due",
            role="Data Platform Engineer",
            interview_at=at(3, 15),
            last_contact_at=at(3, 17),
            next_nudge_on=date(2026, 3, 10),
        ),
        assessed(
            "Kranich Logistik",
            "due",
            language="de",
            interview_at=at(10, 11, 2),
            nudges_sent=2,
            last_contact_at=at(3, 10),
            next_nudge_on=date(2026, 3, 10),
        ),
        assessed("Brightwater Analytics", "upcoming", interview_at=at(12, 14)),
        assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12)),
        assessed(
            "Tern Systems",
            "cold",
            nudges_sent=3,
            last_contact_at=at(2, 9),
            gives_up_on=date(2026, 3, 6),
            app_id="tern",
        ),
        assessed("Windrose Power", "closed", outcome="offer", outcome_at=at(9, 18), app_id="windrose"),
    ]


def assessor(moment: datetime) -> list[Assessed]:
    """Today's applications; a week ago there was nothing yet (so cold and closed are news)."""
    return items() if moment >= NOW - timedelta(days=1) else []


def parts(msg: EmailMessage) -> tuple[str, str]:
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    return text.get_content().replace("\r\n", "\n"), html.get_content().replace("\r\n", "\n")


def section(text: str, title: str) -> str:
    start = text.index(title + "\n")
    rest = text[start + len(title) + 1 :]
    nxt = [
        rest.index(t)
        for t in (
            "\nREPLY NEEDED",
            "\nDUE A POLITE",
            "\nUPCOMING",
            "\nWAITING\n",
            "\nGONE COLD",
            "\nCLOSED SINCE",
            "\n--\n",
        )
        if t in rest
    ]
    return rest[: min(nxt)] if nxt else rest


# --- what arrives -----------------------------------------------------------------


def test_one_well_formed_email_arrives_with_both_parts(
    tmp_path: Path, smtp: tuple[Controller, Inbox]
) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        outcome = run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
    assert outcome.status == "sent", outcome.error
    assert len(inbox.received) == 1
    _sender, rcpts, msg = inbox.received[0]
    assert rcpts == ["sam@rivera.example"]
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"] == "Follow-ups for Tue 10 Mar: 2 due, 1 reply needed"
    assert msg["Message-ID"] == digest_message_id(date(2026, 3, 10), "sam@rivera.example")
    assert msg["Auto-Submitted"] == "auto-generated"
    assert outcome.message_id == msg["Message-ID"]
    text, html = parts(msg)
    assert text.startswith("1 reply needed, 2 nudges due")
    assert "<!DOCTYPE html>" in html and "Harbor &amp; Finch" in html


def test_the_right_employers_are_in_the_right_sections(
    tmp_path: Path, smtp: tuple[Controller, Inbox]
) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
    text, _html = parts(inbox.received[0][2])
    assert "Quillfeather Books" in section(text, "REPLY NEEDED")
    due = section(text, "DUE A POLITE NUDGE TODAY")
    assert "Harbor & Finch" in due and "Kranich Logistik" in due
    assert "Guten Tag" in due  # the German thread gets a German draft
    assert "Brightwater Analytics" in section(text, "UPCOMING INTERVIEWS")
    assert "Pinecone Labs" in section(text, "WAITING")
    assert "Tern Systems" in section(text, "GONE COLD SINCE THE LAST DIGEST")
    assert "Windrose Power" in section(text, "CLOSED SINCE THE LAST DIGEST")
    assert "Pinecone Labs" not in section(text, "DUE A POLITE NUDGE TODAY")


# --- exactly once a day -------------------------------------------------------------


def test_a_second_send_the_same_day_sends_nothing_even_after_a_restart(
    tmp_path: Path, smtp: tuple[Controller, Inbox]
) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        assert run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST).status == "sent"
        assert (
            run_digest(settings, store, NOW + timedelta(hours=2), assessor=assessor).status == "already_sent"
        )
    with Store(settings.storage.path) as store:  # a restart: a new process, the same state file
        later = run_digest(settings, store, NOW + timedelta(hours=12), assessor=assessor)
        assert later.status == "already_sent"
        assert later.subject == "Follow-ups for Tue 10 Mar: 2 due, 1 reply needed"
        rec = store.digest_record(date(2026, 3, 10))
        assert rec is not None and rec.status == "sent" and rec.attempts == 1
    assert len(inbox.received) == 1


def test_force_resends_with_the_same_message_id(tmp_path: Path, smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
        again = run_digest(
            settings, store, NOW + timedelta(hours=1), force=True, assessor=assessor, retry_delays=FAST
        )
    assert again.status == "sent"
    assert len(inbox.received) == 2
    assert inbox.received[0][2]["Message-ID"] == inbox.received[1][2]["Message-ID"]
    # The resend reports the same news: it compares with the digest before today's.
    assert "Tern Systems" in parts(inbox.received[1][2])[0]


def test_the_next_day_is_a_new_digest_and_old_news_is_not_repeated(
    tmp_path: Path, smtp: tuple[Controller, Inbox]
) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
        tomorrow = run_digest(settings, store, NOW + timedelta(days=1), assessor=assessor, retry_delays=FAST)
    assert tomorrow.status == "sent"
    assert tomorrow.message_id != inbox.received[0][2]["Message-ID"]
    text, _ = parts(inbox.received[1][2])
    assert "Wed 11 Mar" in inbox.received[1][2]["Subject"]
    assert "GONE COLD" not in text and "Tern Systems" not in text
    assert "CLOSED SINCE" not in text and "Windrose" not in text


def test_dry_run_sends_and_records_nothing(tmp_path: Path, smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, NOW, send=False, assessor=assessor)
        assert out.status == "dry_run"
        assert store.digest_record(date(2026, 3, 10)) is None
    assert inbox.received == []


# --- failures -------------------------------------------------------------------------


def test_a_failed_send_is_recorded_and_retried_at_the_next_call(tmp_path: Path) -> None:
    port = free_port()  # nothing listens here yet: the server is "down"
    settings = settings_for(tmp_path, port)
    with Store(settings.storage.path) as store:
        failed = run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
        assert failed.status == "failed"
        assert "connection refused" in failed.error and "gave up after 2 attempts" in failed.error
        rec = store.digest_record(date(2026, 3, 10))
        assert rec is not None and rec.status == "failed" and rec.error == failed.error
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with Store(settings.storage.path) as store:  # later, after a restart
            retried = run_digest(
                settings, store, NOW + timedelta(minutes=30), assessor=assessor, retry_delays=FAST
            )
            assert retried.status == "sent", retried.error
            rec = store.digest_record(date(2026, 3, 10))
            assert rec is not None and rec.status == "sent" and rec.attempts == 2
    finally:
        controller.stop()
    assert len(inbox.received) == 1
    assert inbox.received[0][2]["Message-ID"] == failed.message_id


def test_a_day_that_never_got_its_digest_is_mentioned_the_next_day(
    tmp_path: Path, smtp: tuple[Controller, Inbox]
) -> None:
    controller, inbox = smtp
    down = settings_for(tmp_path, free_port())
    with Store(down.storage.path) as store:
        assert run_digest(down, store, NOW, assessor=assessor, retry_delays=FAST).status == "failed"
    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        assert run_digest(settings, store, NOW + timedelta(days=1), assessor=assessor).status == "sent"
    text, _ = parts(inbox.received[0][2])
    assert "The digest for Tue 10 Mar could not be delivered" in text
    assert "connection refused" in text


def test_nothing_to_say_sends_nothing_unless_asked_to(tmp_path: Path, smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp

    def quiet(moment: datetime) -> list[Assessed]:
        return [assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12))]

    settings = settings_for(tmp_path, controller.port)
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, NOW, assessor=quiet)
        assert out.status == DigestStatus.SKIPPED
        rec = store.digest_record(date(2026, 3, 10))
        assert rec is not None and rec.status == "skipped"
    assert inbox.received == []
    eager = settings_for(tmp_path, controller.port, send_when_empty=True)
    with Store(eager.storage.path) as store:
        assert run_digest(eager, store, NOW, assessor=quiet).status == "sent"
    assert len(inbox.received) == 1
    assert "Pinecone Labs" in parts(inbox.received[0][2])[0]


def test_starttls_never_falls_back_to_plain_text(tmp_path: Path, smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp  # this server offers no STARTTLS
    settings = settings_for(tmp_path, controller.port, smtp={"security": "starttls"})
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
    assert out.status == "failed"
    assert "does not offer STARTTLS" in out.error
    assert inbox.received == []


# --- TLS and login against a real server -------------------------------------------------


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    d = tmp_path / "tls"
    d.mkdir()
    return make_self_signed_cert(d)


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


def authenticator(user: str, password: str) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode() == user and auth_data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    return check


def test_starttls_with_login_delivers(
    tmp_path: Path, tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = tls_files
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=server_context(cert, key),
        require_starttls=True,
        authenticator=authenticator("sam", "s3cret pass"),
        auth_require_tls=True,
    )
    controller.start()
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret pass")
    try:
        settings = settings_for(
            tmp_path,
            controller.port,
            smtp={
                "security": "starttls",
                "ca_file": str(cert),
                "username": "sam",
                "password_env": "TEST_SMTP_PASSWORD",
            },
        )
        with Store(settings.storage.path) as store:
            out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=FAST)
    finally:
        controller.stop()
    assert out.status == "sent", out.error
    assert len(inbox.received) == 1


def test_a_refused_login_fails_at_once_and_keeps_the_password_out(
    tmp_path: Path, tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = tls_files
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=server_context(cert, key),
        require_starttls=True,
        authenticator=authenticator("sam", "right"),
        auth_require_tls=True,
    )
    controller.start()
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong-horse-battery")
    try:
        settings = settings_for(
            tmp_path,
            controller.port,
            smtp={
                "security": "starttls",
                "ca_file": str(cert),
                "username": "sam",
                "password_env": "TEST_SMTP_PASSWORD",
            },
        )
        with Store(settings.storage.path) as store:
            out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=(30.0,))  # no retry
            rec = store.digest_record(date(2026, 3, 10))
    finally:
        controller.stop()
    assert out.status == "failed"
    assert "login refused: 535" in out.error
    assert "wrong-horse-battery" not in out.error
    assert rec is not None and "wrong-horse-battery" not in str(rec)
    assert inbox.received == []


def test_implicit_tls_needs_a_trusted_certificate(tmp_path: Path, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), ssl_context=server_context(cert, key)
    )
    controller.start()
    try:
        untrusted = settings_for(tmp_path, controller.port, smtp={"security": "ssl"})
        with Store(untrusted.storage.path) as store:
            out = run_digest(untrusted, store, NOW, assessor=assessor, retry_delays=(30.0,))
        assert out.status == "failed"
        assert "certificate does not verify" in out.error and "ca_file" in out.error
        trusted = settings_for(tmp_path, controller.port, smtp={"security": "ssl", "ca_file": str(cert)})
        with Store(trusted.storage.path) as store:
            out = run_digest(trusted, store, NOW, assessor=assessor, retry_delays=FAST)
        assert out.status == "sent", out.error
    finally:
        controller.stop()
    assert len(inbox.received) == 1
