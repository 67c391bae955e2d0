"""The pure pipeline as the commands use it: one bad conversation never hides the others."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import watcher.core.applications as applications
import watcher.core.assessment as pipeline
from watcher.app.ingest import scan_account
from watcher.config import Settings
from watcher.core.assessment import Assessed, assess_messages
from watcher.core.records import Application, Conversation, Message
from watcher.store.state import Store

ROOT = Path(__file__).resolve().parents[1]
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 7, 30, tzinfo=BERLIN)
ME = ["sam@rivera.example"]


@pytest.fixture(scope="module")
def demo_messages(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    tmp = tmp_path_factory.mktemp("pipeline")
    shutil.copytree(ROOT / "watcher" / "demo" / "Maildir", tmp / "Mail")
    settings = Settings.model_validate({
        "timezone": "Europe/Berlin", "my_addresses": ME,
        "storage": {"path": str(tmp / "s.db")},
        "accounts": [{"name": "demo", "type": "maildir", "path": str(tmp / "Mail"), "lookback_days": 3650}],
    })  # fmt: skip
    with Store(tmp / "s.db") as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        return store.messages()


def run(messages: list[Message]) -> list[Assessed]:
    params = Settings.model_validate({"my_addresses": ME}).policy
    return assess_messages(messages, my_addresses=ME, tz=BERLIN, now=NOW, params=params)


def test_one_conversation_that_breaks_detection_is_left_out_and_the_rest_reported(
    demo_messages: list[Message], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    healthy = {a.application.employer for a in run(demo_messages)}
    poison = next(a for a in run(demo_messages) if a.evaluation.state == "upcoming")
    poison_ids = {m.message_id for c in poison.application.conversations for m in c.messages}
    real = applications.build_applications

    def flaky(conversations: Sequence[Conversation], known: applications.Known) -> list[Application]:
        if any(m.message_id in poison_ids for c in conversations for m in c.messages):
            raise ValueError("classifier tripped over this mail")
        return real(conversations, known)

    monkeypatch.setattr(pipeline, "build_applications", flaky)
    with caplog.at_level(logging.WARNING):
        survived = {a.application.employer for a in run(demo_messages)}
    assert poison.application.employer not in survived
    assert survived == healthy - {poison.application.employer}
    assert "left out the conversation" in caplog.text


def test_messages_after_now_are_ignored(demo_messages: list[Message]) -> None:
    early = datetime(2026, 2, 20, 8, 0, tzinfo=BERLIN)
    later = [m for m in demo_messages if m.date > early]
    assert later, "the demo has mail after the chosen moment"
    params = Settings.model_validate({"my_addresses": ME}).policy

    def at_early(msgs: list[Message]) -> list[Assessed]:
        return assess_messages(msgs, my_addresses=ME, tz=BERLIN, now=early, params=params)

    assert at_early(demo_messages) == at_early([m for m in demo_messages if m.date <= early])
    assert at_early(demo_messages) != run(demo_messages)
