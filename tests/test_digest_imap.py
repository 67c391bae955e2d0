"""Delivering the digest by IMAP APPEND into a real Dovecot INBOX: no SMTP server needed."""

from __future__ import annotations

import email
from datetime import date, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

from tests.digest_helpers import NOW, assessed, at
from tests.support.dovecot import Dovecot, DovecotUser
from watcher.app.digest import run_digest
from watcher.config import Settings
from watcher.core.assessment import Assessed
from watcher.store.state import Store

pytestmark = pytest.mark.dovecot


def assessor(moment: datetime) -> list[Assessed]:
    return [
        assessed("Harbor & Finch", "due", interview_at=at(3, 15), next_nudge_on=date(2026, 3, 10)),
        assessed("Brightwater Analytics", "upcoming", interview_at=at(12, 14)),
    ]


def settings_for(tmp_path: Path, account: dict[str, Any]) -> Settings:
    return Settings.model_validate(
        {
            "timezone": "Europe/Berlin",
            "my_addresses": ["sam@rivera.example"],
            "storage": {"path": str(tmp_path / "state.db")},
            "accounts": [account],
            "digest": {"deliver": "imap", "imap": {"account": account["name"]}},
        }
    )


def inbox(server: Dovecot, user: DovecotUser) -> list[tuple[Any, Any]]:
    with server.client(user) as c:
        c.select_folder("INBOX", readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["RFC822", "FLAGS"]) if uids else {}
    return [
        (email.message_from_bytes(d[b"RFC822"], policy=default_policy), d[b"FLAGS"]) for d in data.values()
    ]


def test_the_digest_is_appended_to_the_inbox_once_a_day(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=(0.01,))
        assert out.status == "sent", out.error
        assert out.deliver == "imap"
    with Store(settings.storage.path) as store:  # a restart, later the same day
        assert (
            run_digest(settings, store, NOW + timedelta(hours=3), assessor=assessor).status == "already_sent"
        )
    got = inbox(dovecot, imap_user)
    assert len(got) == 1
    msg, flags = got[0]
    assert msg["Subject"] == "Follow-ups for Tue 10 Mar: 1 due"
    assert msg["Message-ID"] == out.message_id
    assert msg.get_content_type() == "multipart/alternative"
    assert b"\\Seen" not in flags  # it should catch the eye: unread
    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Harbor & Finch" in text and "Brightwater Analytics" in text


def test_starttls_append_works_too(tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser) -> None:
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="starttls"))
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, NOW, assessor=assessor, retry_delays=(0.01,))
    assert out.status == "sent", out.error
    assert len(inbox(dovecot, imap_user)) == 1


def test_a_wrong_password_fails_and_is_retried_later(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    bad = tmp_path / "bad-password"
    bad.write_text("not-the-password\n")
    bad.chmod(0o600)
    account = dovecot.account_config(imap_user, security="ssl", password_file=str(bad))
    settings = settings_for(tmp_path, account)
    with Store(settings.storage.path) as store:
        failed = run_digest(settings, store, NOW, assessor=assessor, retry_delays=(30.0,))  # no retry
        assert failed.status == "failed"
        assert "login" in failed.error.lower()
        assert "not-the-password" not in failed.error
    assert inbox(dovecot, imap_user) == []
    good = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    with Store(good.storage.path) as store:
        assert run_digest(good, store, NOW + timedelta(hours=1), assessor=assessor).status == "sent"
    assert len(inbox(dovecot, imap_user)) == 1
