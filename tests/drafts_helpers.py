"""Shared by the drafts tests: a real interview thread, the settings, and reading a Drafts folder back."""

from __future__ import annotations

import email
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from tests.fixture_mail import FIXTURES, MINE
from watcher.app.drafts import Outcome, run_drafts
from watcher.app.ingest import scan_account
from watcher.app.pipeline import assess
from watcher.config import Settings
from watcher.store.state import Store

TZ = "America/New_York"
THREAD = "en-ack-then-interview"  # Pia Lund, recruiter; interview Tue 17 Mar 2026 10:30 (New York)
INTERVIEW_DAY = "2026-03-17T15:00:00-04:00"
DAY_AFTER = "2026-03-18T09:00:00-04:00"
NUDGE_DAY = "2026-03-24T09:00:00-04:00"  # the interview + 7 days: the first nudge is due


def thread_files(slug: str = THREAD) -> list[tuple[str, bytes]]:
    """(folder, raw) of each fixture message, INBOX or Sent by its name."""
    return [
        ("Sent" if f.stem.endswith("sent") else "INBOX", f.read_bytes())
        for f in sorted((FIXTURES / slug).glob("*.eml"))
    ]


def settings_for(tmp_path: Path, account: dict[str, Any], **drafts: Any) -> Settings:
    return Settings.model_validate(
        {
            "timezone": TZ,
            "my_addresses": list(MINE),
            "storage": {"path": str(tmp_path / "state.db")},
            "accounts": [{"lookback_days": 3650, **account}],
            "digest": {"deliver": "stdout"},
            "drafts": {"enabled": True, **drafts},
        }
    )


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def scan_and_draft(settings: Settings, when: str, *, dry_run: bool = False) -> list[Outcome]:
    """What the daemon does after a scan, with a fresh state connection (as after a restart)."""
    with Store(settings.storage.path) as store:
        for account in settings.accounts:
            result = scan_account(settings, store, account)
            assert result.ok, result.error
        items = assess(settings, store, at(when))
        return run_drafts(settings, store, items, at(when), dry_run=dry_run)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=default_policy)
    assert isinstance(msg, EmailMessage)
    return msg


def body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def actions(outcomes: list[Outcome]) -> list[tuple[str, str, str]]:
    return [(o.employer, o.kind, o.action) for o in outcomes]
