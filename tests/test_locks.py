"""The digest send lock and the drafts lock (one flock helper, watcher.app.locks): a second
holder waits, then gives up with one clear line; a released lock is free again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from watcher.app.digest import send_lock
from watcher.app.drafts import drafts_lock
from watcher.errors import WatcherError


def test_a_second_digest_send_gives_up_after_its_wait_with_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    with send_lock(db), pytest.raises(WatcherError) as caught, send_lock(db, wait=0.1):
        pass
    assert str(caught.value) == (
        f"another digest send has held {db}.digest.lock for over 0s; not sending now"
    )


def test_a_second_drafts_run_gives_up_after_its_wait_with_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    with drafts_lock(db), pytest.raises(WatcherError) as caught, drafts_lock(db, wait=0.1):
        pass
    assert str(caught.value) == f"another drafts run has held {db}.drafts.lock for over 0s"


def test_the_digest_and_drafts_locks_are_separate_files_and_free_again_once_released(
    tmp_path: Path,
) -> None:
    db = tmp_path / "state.db"
    with send_lock(db, wait=0.1), drafts_lock(db, wait=0.1):
        pass
    with send_lock(db, wait=0.1), drafts_lock(db, wait=0.1):
        assert (tmp_path / "state.db.digest.lock").exists()
        assert (tmp_path / "state.db.drafts.lock").exists()
        assert (tmp_path / "state.db.digest.lock").stat().st_mode & 0o777 == 0o600


def test_an_in_memory_state_serialises_digest_sends_within_the_process() -> None:
    order: list[str] = []
    entered = threading.Event()

    def second() -> None:
        entered.wait(5)
        with send_lock(Path(":memory:")):
            order.append("second")

    t = threading.Thread(target=second)
    t.start()
    with send_lock(Path(":memory:")):
        entered.set()
        t.join(0.2)  # the second send cannot get in while the first holds the lock
        order.append("first")
    t.join(5)
    assert order == ["first", "second"]
