"""What the interview mail says is read once, by the scan, and kept for the questions."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from watcher.app.ingest import scan_account
from watcher.app.pipeline import assess
from watcher.app.status import application_json
from watcher.config import parse
from watcher.core.assessment import assess_messages
from watcher.store.facts import StoredFacts, outdated
from watcher.store.mailindex import MailIndex
from watcher.store.state import Store

from .test_gate import maildir_of

BOX = Path(__file__).resolve().parents[1] / "bench" / "heldout3"


def settings_for(tmp_path: Path, tz: str | None = None) -> Any:
    labels = json.loads((BOX / "labels.json").read_text())
    root = tmp_path / "Maildir"
    if not root.exists():
        maildir_of(BOX, root)
    return parse(
        f'timezone = "{tz or labels["timezone"]}"\nmy_addresses = {json.dumps(labels["my_addresses"])}\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "m"\ntype = "maildir"\npath = "{root}"\nlookback_days = 3650\n'
    )


def question(settings: Any, store: Store, now: datetime) -> tuple[list[dict[str, object]], StoredFacts]:
    """`assess` as a question runs it, with a look at how it got each message's facts."""
    index = MailIndex(store, settings.my_addresses)
    mail = index.interview_mail()
    facts = StoredFacts(store, tz=settings.tz, my_addresses=settings.my_addresses)
    facts.load(mail)
    got = assess_messages(
        mail,
        my_addresses=settings.my_addresses,
        tz=settings.tz,
        now=now,
        params=settings.policy,
        owner_names=index.owner_names(),
        facts_for=facts.facts_for,
    )
    return [application_json(a) for a in got], facts


def moments() -> list[datetime]:
    return [datetime.fromisoformat(t) for t in json.loads((BOX / "labels.json").read_text())["evaluate_at"]]


def test_after_a_scan_a_question_reads_no_message_text_and_answers_the_same(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        assert not outdated(store, settings.tz, settings.my_addresses)
        for now in moments():
            answer, facts = question(settings, store, now)
            assert facts.fresh == {} and facts.reused > 0, now
            # the same answer as reading every message's text now
            read_now = assess_messages(
                MailIndex(store, settings.my_addresses).interview_mail(),
                my_addresses=settings.my_addresses,
                tz=settings.tz,
                now=now,
                params=settings.policy,
                owner_names=MailIndex(store, settings.my_addresses).owner_names(),
            )
            assert answer == [application_json(a) for a in read_now]


def test_another_zone_reads_the_text_again_and_the_next_scan_keeps_the_new_reading(tmp_path: Path) -> None:
    """Facts read in one zone are never used in another; a scan with nothing new reads them again."""
    first = settings_for(tmp_path)
    with Store(first.storage.path) as store:
        assert scan_account(first, store, first.accounts[0]).ok
    moved = settings_for(tmp_path, tz="Asia/Tokyo")
    with Store(moved.storage.path) as store:
        assert outdated(store, moved.tz, moved.my_addresses)
        now = moments()[-1]
        _, facts = question(moved, store, now)
        assert facts.reused == 0 and facts.fresh  # nothing read in another zone is trusted
        result = scan_account(moved, store, moved.accounts[0])
        assert result.ok and result.new == 0
        assert not outdated(store, moved.tz, moved.my_addresses)
        answer, facts = question(moved, store, now)
        assert facts.fresh == {} and facts.reused > 0
        assert answer == [application_json(a) for a in assess(moved, store, now)]


def test_a_reading_of_an_older_reader_is_read_again(tmp_path: Path, monkeypatch: Any) -> None:
    settings = settings_for(tmp_path)
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        import watcher.store.facts as stored_facts
        from watcher.core.reading.version import FACTS_VERSION

        monkeypatch.setattr(stored_facts, "FACTS_VERSION", FACTS_VERSION + 1)
        assert outdated(store, settings.tz, settings.my_addresses)
        _, facts = question(settings, store, moments()[-1])
        assert facts.reused == 0 and facts.fresh


def test_facts_of_deleted_mail_leave_the_state(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        before = store.db.execute("SELECT count(DISTINCT message_id) FROM message_facts").fetchone()[0]
        assert before > 0
        for f in (tmp_path / "Maildir").rglob("*:2,S"):
            f.unlink()
        assert scan_account(settings, store, settings.accounts[0]).ok
        MailIndex(store, settings.my_addresses).refresh()
        assert store.db.execute("SELECT count(*) FROM message_facts").fetchone()[0] == 0
