"""`interview-watcher digest` on a real Maildir (the demo's), through the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.support.dovecot import free_port
from watcher.cli import cli
from watcher.demo import demo_folder

NOW = "2026-03-10T07:30"


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Path]:
    """The demo's Maildir and config (deliver = "stdout"), scanned once."""
    with demo_folder() as folder:
        path = folder / "config.toml"
        result = CliRunner().invoke(cli, ["--config", str(path), "scan"])
        assert result.exit_code == 0, result.output
        yield path


def run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(config), "digest", *args], catch_exceptions=False)


def test_dry_run_is_the_default_and_prints_the_text_part(config: Path) -> None:
    result = run(config, "--now", NOW)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Subject: Follow-ups for Tue 10 Mar:")
    assert "REPLY NEEDED" in result.output or "DUE A POLITE NUDGE TODAY" in result.output
    # Nothing was recorded: sending afterwards still sends.
    assert "already sent" not in run(config, "--now", NOW, "--send").output


def test_html_out_writes_the_html_part(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.html"
    result = run(config, "--now", NOW, "--html-out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Follow-ups for Tue 10 Mar" in html


def test_send_twice_the_same_day_sends_once(config: Path) -> None:
    first = run(config, "--now", NOW, "--send")
    assert first.exit_code == 0, first.output
    assert "Follow-ups for Tue 10 Mar" in first.output  # deliver = "stdout" prints it
    second = run(config, "--now", "2026-03-10T18:00", "--send")
    assert second.exit_code == 0
    assert "already printed" in second.output  # deliver = "stdout": nothing is ever "sent"
    assert "REPLY NEEDED" not in second.output and "DUE A POLITE" not in second.output
    forced = run(config, "--now", "2026-03-10T18:00", "--send", "--force")
    assert forced.exit_code == 0
    assert "Follow-ups for Tue 10 Mar" in forced.output


class Refusing:
    """An SMTP server that refuses the recipient for good (550): no retry, a clear failure."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        return "550 5.1.1 no such mailbox here"


def test_a_failed_send_exits_non_zero_and_says_it_will_retry(config: Path) -> None:
    from aiosmtpd.controller import Controller

    controller = Controller(Refusing(), hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        text = config.read_text().replace('deliver = "stdout"', 'deliver = "smtp"')
        text += f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {controller.port}\nsecurity = "none"\n'
        config.write_text(text)
        result = run(config, "--now", NOW, "--send")
    finally:
        controller.stop()
    assert result.exit_code == 1
    assert "could not be sent" in result.output and "550" in result.output
    assert "will be retried at the next run" in result.output
    assert result.output.count("550 5.1.1 no such mailbox here") == 1  # said once, not logged and printed


def test_smtp_without_a_server_table_is_a_clear_error(config: Path) -> None:
    config.write_text(config.read_text().replace('deliver = "stdout"', 'deliver = "smtp"'))
    result = run(config, "--now", NOW, "--send")
    assert result.exit_code == 2  # a config mistake, like every other
    assert "[digest.smtp]" in result.output


def test_a_digest_in_the_scanned_mailbox_is_not_an_interview(config: Path) -> None:
    """deliver = "imap" puts the digest into a mailbox that is scanned: it must stay invisible."""
    from datetime import timedelta

    from watcher.app.digest import prepare_digest
    from watcher.app.ingest import scan_account
    from watcher.app.pipeline import assess
    from watcher.config import load
    from watcher.demo import DEMO_NOW
    from watcher.digest.deliver import build_message
    from watcher.store.state import Store

    settings = load(config)
    with Store(settings.storage.path) as store:
        before = sorted(a.application.id for a in assess(settings, store, DEMO_NOW + timedelta(hours=1)))
        p = prepare_digest(settings, store, DEMO_NOW)
        msg = build_message(
            subject=p.subject,
            text=p.text,
            html=p.html,
            to=p.to,
            sender=None,
            message_id=p.message_id,
            now=DEMO_NOW,
        )
        (config.parent / "Maildir" / "new" / "1773124200.M999P1.digest").write_bytes(msg.as_bytes())
        assert scan_account(settings, store, settings.accounts[0]).new == 1
        after = assess(settings, store, DEMO_NOW + timedelta(hours=1))
    assert sorted(a.application.id for a in after) == before
    assert not any(
        m.message_id == p.message_id for a in after for c in a.application.conversations for m in c.messages
    )
