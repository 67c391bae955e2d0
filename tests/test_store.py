"""The state file: private, versioned, one transaction per batch, reconciles by Message-ID."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from watcher.core.applications import Mark
from watcher.core.records import Address, CalendarEvent, Message
from watcher.errors import StoreError
from watcher.sources.base import Batch, FolderState
from watcher.store.records import DigestStatus
from watcher.store.state import Store, message_from_json, message_to_json


def msg(uid: str, mid: str, folder: str = "INBOX", subject: str = "Hello") -> Message:
    return Message(
        account="a",
        folder=folder,
        uid=uid,
        message_id=mid,
        in_reply_to=None,
        references=(),
        from_=Address("Ann", "ann@acme.example"),
        to=(Address("", "me@example.net"),),
        cc=(),
        reply_to=(),
        date=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        subject=subject,
        direction="received",
        text="hi",
        new_text="hi",
        calendar=(
            CalendarEvent(
                "REQUEST",
                "u1",
                0,
                "CONFIRMED",
                "Interview",
                "ann@acme.example",
                datetime(2026, 3, 3, 14, 0, tzinfo=UTC),
                None,
                False,
            ),
        ),
    )


def batch(
    folder: str,
    msgs: list[Message],
    last_uid: int,
    uidvalidity: int = 7,
    *,
    reset: bool = False,
    done: bool = False,
) -> tuple[Batch, list[tuple[Message, bytes]]]:
    b = Batch(
        folder=folder, state=FolderState(uidvalidity=uidvalidity, last_uid=last_uid), reset=reset, done=done
    )
    return b, [(m, b"raw") for m in msgs]


def test_state_file_is_private_in_a_private_directory(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "state.db"
    with Store(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_database_uses_wal_and_a_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.schema_version >= 1


def test_a_newer_schema_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path):
        pass
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(StoreError, match="newer interview-watcher"):
        Store(path)


def test_records_round_trip_through_json() -> None:
    m = msg("1", "<a@x>")
    assert message_from_json(message_to_json(m)) == m


def test_batch_writes_messages_and_cursor_together(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        b, recs = batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>")], last_uid=2)
        assert store.write_batch("a", b, recs) == (2, 0)
        assert store.folder_states("a") == {"INBOX": FolderState(7, 2, 0, "")}
        # The same messages again are neither new nor changed.
        assert store.write_batch("a", b, recs) == (0, 0)
        assert store.count_messages("a") == 2


def test_the_message_total_is_counted_once_after_each_write_and_then_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        counted: list[str] = []
        store.db.set_trace_callback(lambda sql: counted.append(sql) if "count(*)" in sql else None)
        b, recs = batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>")], last_uid=2)
        store.write_batch("a", b, recs)
        assert store.message_total("a") == 2 and len(counted) == 1
        assert store.message_total("a") == 2 and len(counted) == 1  # nothing written since: not counted
        b2, recs2 = batch("INBOX", [msg("3", "<c@x>")], last_uid=3)
        store.write_batch("a", b2, recs2)
        assert store.message_total("a") == 3 and len(counted) == 2
        store.forget_account("a")
        assert store.message_total("a") == 0


def test_a_failed_batch_leaves_nothing_half_written(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        b, recs = batch("INBOX", [msg("1", "<a@x>")], last_uid=1)
        store.write_batch("a", b, recs)
        b2, recs2 = batch("INBOX", [msg("2", "<b@x>")], last_uid=2)
        broken: tuple[Any, bytes] = ("not a message", b"")  # deliberately not a Message
        recs2.append(broken)
        with pytest.raises(AttributeError):
            store.write_batch("a", b2, recs2)
        assert store.count_messages("a") == 1
        assert store.folder_states("a")["INBOX"].last_uid == 1


def test_uidvalidity_reset_reconciles_by_message_id_without_duplicates(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        b, recs = batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>"), msg("3", "<gone@x>")], last_uid=3)
        store.write_batch("a", b, recs)
        store.add_mark("app1", Mark(closed="offer"), "Acme")
        # The folder was recreated: new UIDs, one message no longer there.
        b1, r1 = batch("INBOX", [msg("10", "<a@x>")], last_uid=10, uidvalidity=8, reset=True)
        assert store.write_batch("a", b1, r1) == (0, 0)
        b2, r2 = batch("INBOX", [msg("11", "<b@x>")], last_uid=11, uidvalidity=8, done=True)
        store.write_batch("a", b2, r2)
        uids = sorted(m.uid for m in store.messages())
        assert uids == ["10", "11"]
        assert store.folder_states("a")["INBOX"] == FolderState(8, 11, 0, "")
        assert store.marks() == {"app1": Mark(closed="offer")}


def test_a_reset_whose_new_uids_land_on_other_messages_old_uids_counts_nothing_new(tmp_path: Path) -> None:
    """New UID 1 is old UID 2's message and the other way round, in separate batches."""
    with Store(tmp_path / "s.db") as store:
        store.write_batch("a", *batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>"), msg("3", "<c@x>")], 3))
        b1, r1 = batch("INBOX", [msg("1", "<b@x>")], last_uid=1, uidvalidity=8, reset=True)
        assert store.write_batch("a", b1, r1) == (0, 0)
        b2, r2 = batch("INBOX", [msg("2", "<a@x>")], last_uid=2, uidvalidity=8, done=True)
        assert store.write_batch("a", b2, r2) == (0, 0)
        assert sorted((m.uid, m.message_id) for m in store.messages()) == [("1", "<b@x>"), ("2", "<a@x>")]


def test_a_second_reset_before_the_first_is_done_keeps_every_old_row_until_done(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write_batch("a", *batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>")], last_uid=2))
        store.write_batch("a", *batch("INBOX", [msg("1", "<b@x>")], last_uid=1, uidvalidity=8, reset=True))
        # Renumbered again before that re-read finished: the re-read starts over.
        b, r = batch("INBOX", [msg("1", "<a@x>")], last_uid=1, uidvalidity=9, reset=True)
        assert store.write_batch("a", b, r) == (0, 0)
        b, r = batch("INBOX", [msg("2", "<b@x>")], last_uid=2, uidvalidity=9, done=True)
        assert store.write_batch("a", b, r) == (0, 0)
        assert sorted((m.uid, m.message_id) for m in store.messages()) == [("1", "<a@x>"), ("2", "<b@x>")]


def test_present_uids_drop_live_rows_that_are_gone_and_leave_stale_ones_to_done(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write_batch("a", *batch("INBOX", [msg("1", "<a@x>"), msg("2", "<b@x>"), msg("3", "<c@x>")], 3))
        store.write_batch("a", *batch("INBOX", [msg("1", "<c@x>")], last_uid=1, uidvalidity=8, reset=True))
        # Resumed after a crash: of the re-read ones only UID 1 is left; <a@x>, <b@x> are still stale.
        b = Batch("INBOX", state=FolderState(8, 1), present_uids=frozenset({"1"}))
        store.write_batch("a", b, [])
        assert store.count_messages("a") == 3
        store.write_batch("a", *batch("INBOX", [msg("2", "<a@x>")], last_uid=2, uidvalidity=8, done=True))
        assert sorted((m.uid, m.message_id) for m in store.messages()) == [("1", "<c@x>"), ("2", "<a@x>")]


def test_same_message_in_two_folders_is_stored_per_folder(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write_batch("a", *batch("INBOX", [msg("1", "<a@x>")], last_uid=1))
        store.write_batch("a", *batch("Sent", [msg("1", "<a@x>", folder="Sent")], last_uid=1))
        assert store.count_messages("a") == 2  # threading counts it once


def test_digest_record_is_once_per_day_and_counts_attempts(tmp_path: Path) -> None:
    day = date(2026, 3, 10)
    with Store(tmp_path / "s.db") as store:
        assert store.digest_record(day) is None
        store.record_digest(day, "<d@x>", DigestStatus.FAILED, error="connection refused")
        store.record_digest(day, "<d@x>", DigestStatus.SENT, snapshot={"app": "due"})
        rec = store.digest_record(day)
        assert rec is not None
        assert rec.status == DigestStatus.SENT and rec.attempts == 2 and rec.snapshot == {"app": "due"}
        last = store.last_sent_digest(before=date(2026, 3, 11))
        assert last is not None and last.day == day


def test_account_status_reports_changes_only(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.set_account_status("a", False, "login failed") is True
        assert store.set_account_status("a", False, "login failed") is False
        assert store.set_account_status("a", True) is True
        assert store.account_statuses()["a"].ok is True


def test_store_in_an_impossible_place_is_one_clear_error(tmp_path: Path) -> None:
    """A parent that is a file fails for root too, so this runs in CI."""
    (tmp_path / "not-a-dir").write_text("")
    with pytest.raises(StoreError, match="cannot create the state database"):
        Store(tmp_path / "not-a-dir" / "sub" / "s.db")
