"""The mail index: questions read only the interview mail and answer as if they read everything."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.fixture_mail import MINE, NY, make
from watcher.app.pipeline import assess
from watcher.app.status import application_json
from watcher.config import Settings, parse
from watcher.core.assessment import assess_messages
from watcher.core.conversations import thread
from watcher.core.mail import parse_message
from watcher.core.records import Message
from watcher.sources.base import Batch, FolderState
from watcher.store.mailindex import MailIndex
from watcher.store.state import Store

ROOT = Path(__file__).resolve().parents[1]
MAILBOXES = sorted(p.parent for p in (ROOT / "bench").glob("heldout*/labels.json"))
CORPUS = ROOT.parent / "shared" / "corpus"


def settings_for(tmp_path: Path, my_addresses: list[str], tz: str = "America/New_York") -> Settings:
    return parse(
        f'timezone = "{tz}"\nmy_addresses = {json.dumps(my_addresses)}\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
    )


def store_all(store: Store, messages: list[Message]) -> None:
    by_folder: dict[str, list[Message]] = {}
    for m in messages:
        by_folder.setdefault(m.folder, []).append(m)
    for folder, msgs in by_folder.items():
        store.write_batch("a", Batch(folder, state=FolderState(1, len(msgs))), [(m, b"") for m in msgs])


def everything(settings: Settings, store: Store, now: datetime) -> list[dict[str, object]]:
    """The answer over all stored mail, as the product gave it before the index."""
    items = assess_messages(
        store.messages(),
        my_addresses=settings.my_addresses,
        tz=settings.tz,
        now=now,
        params=settings.policy,
        marks=store.marks(),
    )
    return [application_json(a) for a in items]


def load_mailbox(box: Path) -> tuple[dict[str, Any], list[Message]]:
    labels: dict[str, Any] = json.loads((box / "labels.json").read_text())
    msgs = []
    for i, p in enumerate(sorted((box / "mail").glob("*/*.eml"))):
        folder = "Sent" if p.stem.endswith("sent") else "INBOX"
        msgs.append(
            parse_message(
                p.read_bytes(), account="a", folder=folder, uid=str(i), my_addresses=labels["my_addresses"]
            )
        )
    return labels, msgs


def _boxes() -> list[Path]:
    return [*MAILBOXES, *([CORPUS] if (CORPUS / "labels.json").is_file() else [])]


@pytest.mark.parametrize("box", _boxes(), ids=lambda p: p.name)
def test_status_from_the_index_equals_status_over_all_mail(tmp_path: Path, box: Path) -> None:
    labels, msgs = load_mailbox(box)
    settings = settings_for(tmp_path, list(labels["my_addresses"]), str(labels["timezone"]))
    with Store(settings.storage.path) as store:
        store_all(store, msgs)
        for when in labels["evaluate_at"]:
            now = datetime.fromisoformat(str(when))
            assert [application_json(a) for a in assess(settings, store, now)] == everything(
                settings, store, now
            )


@pytest.mark.parametrize("box", _boxes(), ids=lambda p: p.name)
def test_indexed_conversations_hold_whole_conversations(tmp_path: Path, box: Path) -> None:
    """Every conversation of a from-scratch thread lies inside one indexed conversation."""
    labels, msgs = load_mailbox(box)
    settings = settings_for(tmp_path, list(labels["my_addresses"]))
    with Store(settings.storage.path) as store:
        store_all(store, msgs)
        index = MailIndex(store, settings.my_addresses)
        index.refresh()
        conv_of = dict(store.db.execute("SELECT message_id, conv FROM mail_index"))
    for conv in thread(msgs, my_addresses=settings.my_addresses):
        assert len({conv_of[m.message_id] for m in conv.messages}) == 1


def ordinary(n: int) -> list[Message]:
    return [
        make(
            f"Dinner on Friday? Bring the board game. Friend {i}",
            at=f"2026-03-{1 + i % 27:02d}T09:00:00-05:00",
            frm=(f"Friend {i}", f"friend{i}@house{i}.example"),
            subject=f"Friday {i}",
        )
        for i in range(n)
    ]


def interview() -> list[Message]:
    frm = ("Ines Varga", "ines.varga@hollowmere.example")
    return [
        make(
            "We'd love to interview you for the Backend Engineer role. Could we do Thursday at 10?",
            at="2026-03-02T09:00:00-05:00",
            frm=frm,
            subject="Backend Engineer interview",
        ),
        make(
            "Thursday at 10 works for me.",
            at="2026-03-02T10:00:00-05:00",
            sent=True,
            to=[frm],
            subject="Re: Backend Engineer interview",
        ),
        # a separate thread of the owner's with the same employer, without job words
        make(
            "Thanks again, see you soon!",
            at="2026-03-06T10:00:00-05:00",
            sent=True,
            to=[frm],
            subject="Thanks",
        ),
    ]


def test_a_question_reads_the_interview_mail_and_its_organisations_other_threads(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, list(MINE))
    with Store(settings.storage.path) as store:
        store_all(store, [*ordinary(40), *interview()])
        read = MailIndex(store, settings.my_addresses).interview_mail()
    assert sorted(m.subject for m in read) == [
        "Backend Engineer interview",
        "Re: Backend Engineer interview",
        "Thanks",
    ]


def test_mail_arriving_later_joins_its_conversation_incrementally(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, list(MINE))
    first, reply, _thanks = interview()
    with Store(settings.storage.path) as store:
        store_all(store, [*ordinary(5), first])
        index = MailIndex(store, settings.my_addresses)
        assert [m.subject for m in index.interview_mail()] == [first.subject]
        store_all(store, [reply])
        assert index.refresh() == 1  # only the new row is read
        assert {m.subject for m in index.interview_mail()} == {first.subject, reply.subject}
        now = datetime(2026, 3, 20, 8, tzinfo=NY)
        assert [application_json(a) for a in assess(settings, store, now)] == everything(settings, store, now)


def test_a_changed_my_addresses_rebuilds_the_index_from_the_stored_records(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, list(MINE))
    with Store(settings.storage.path) as store:
        store_all(store, [*ordinary(3), *interview()])
        assert MailIndex(store, settings.my_addresses).refresh() == 6
        assert MailIndex(store, settings.my_addresses).refresh() == 0
        other = MailIndex(store, [*settings.my_addresses, "me@elsewhere.example"])
        assert other.pending() == 6
        assert other.refresh() == 6


def test_a_deleted_message_leaves_the_index_and_its_conversation_is_rethreaded(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, list(MINE))
    first, reply, thanks = interview()
    with Store(settings.storage.path) as store:
        store_all(store, [first, reply, thanks])
        index = MailIndex(store, settings.my_addresses)
        assert len(index.interview_mail()) == 3
        folder_of = {m.message_id: m.folder for m in (first, reply, thanks)}
        store.write_batch(
            "a", Batch(folder_of[first.message_id], state=FolderState(1, 9), removed_uids=[first.uid]), []
        )
        remaining = index.interview_mail()
        assert first.message_id not in {m.message_id for m in remaining}
        assert (
            store.db.execute(
                "SELECT count(*) FROM mail_index WHERE message_id=?", (first.message_id,)
            ).fetchone()[0]
            == 0
        )


def test_an_existing_state_is_indexed_on_first_use_without_a_download(tmp_path: Path) -> None:
    """A state written before the index (schema 2) gets it on first use, from its stored records."""
    import sqlite3

    settings = settings_for(tmp_path, list(MINE))
    with Store(settings.storage.path) as store:
        store_all(store, [*ordinary(4), *interview()])
    db = sqlite3.connect(settings.storage.path)
    for stmt in (
        "DROP TABLE message_facts",
        "DROP TRIGGER messages_deleted",
        "DROP TABLE meta",
        "DROP TABLE mail_index",
        "DROP TABLE thread_nodes",
        "DROP TABLE index_tokens",
        "DROP TABLE owner_names",
        "DROP TABLE index_gone",
        "DROP INDEX messages_unindexed",
        "DROP INDEX messages_by_message_id",
        "ALTER TABLE messages DROP COLUMN indexed",
        "ALTER TABLE messages DROP COLUMN gate_version",
        "PRAGMA user_version = 2",
    ):
        db.execute(stmt)
    db.commit()
    db.close()
    with Store(settings.storage.path) as store:
        assert store.schema_version == 5
        index = MailIndex(store, settings.my_addresses)
        assert index.pending() == 7
        now = datetime(2026, 3, 20, 8, tzinfo=NY)
        assert [application_json(a) for a in assess(settings, store, now)] == everything(settings, store, now)
        assert index.pending() == 0


def test_the_first_question_after_an_upgrade_shows_indexing_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import watcher.cli.progress as progress

    monkeypatch.setattr(progress, "INDEX_QUIETLY", 10)
    settings = settings_for(tmp_path, list(MINE))
    with Store(settings.storage.path) as store:
        store_all(store, ordinary(30))
        progress.index_with_progress(settings, store)
        assert MailIndex(store, settings.my_addresses).pending() == 0
    assert "30/30 indexed" in capsys.readouterr().err
