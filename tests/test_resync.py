"""Mail that vanished from the server leaves the state: after a re-read (even one killed
half-way) and after an expunge, for IMAP (real Dovecot) and Maildir, through scan + store."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.mailgen import ME, make_mail
from tests.test_maildir_source import Maildir
from watcher.app.ingest import ScanResult, scan_account
from watcher.config import MaildirAccount, Settings
from watcher.sources.base import Batch, FolderChoice, FolderState, IsCandidate, MailSource
from watcher.sources.imap import ImapSource
from watcher.sources.maildir import MaildirSource
from watcher.store.state import Store

SETTINGS = Settings.model_validate({"my_addresses": [ME], "timezone": "UTC"})
RECENT = datetime.now(UTC) - timedelta(days=3)


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs; what was committed stays committed."""


class KilledAfter:
    """A source whose process dies once `batches` batches have been stored."""

    def __init__(self, inner: MailSource, batches: int) -> None:
        self.inner, self.batches, self.name = inner, batches, inner.name

    def connect(self) -> None:
        self.inner.connect()

    def folders(self) -> list[FolderChoice]:
        return self.inner.folders()

    def sync(self, states: dict[str, FolderState], is_candidate: IsCandidate) -> Iterator[Batch]:
        for i, batch in enumerate(self.inner.sync(states, is_candidate)):
            if i == self.batches:
                raise Killed
            yield batch

    def close(self) -> None:
        self.inner.close()


def scan(store: Store, source: Any, account: Any) -> ScanResult:
    result = scan_account(SETTINGS, store, account, source=source)
    assert result.ok, result.error
    return result


def mids(store: Store) -> list[str]:
    return sorted(m.message_id for m in store.messages())


def expected(numbers: Any) -> list[str]:
    return sorted(f"<{i}@fixtures.example>" for i in numbers)


# --- IMAP -----------------------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.parametrize("killed_after", [None, 0, 1, 3])
def test_an_imap_reread_killed_part_way_resumes_as_a_reread_and_drops_what_is_gone(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Path, killed_after: int | None
) -> None:
    """killed_after: batches stored before the kill (None: not killed at all)."""
    folder = "Jobs"
    dovecot.append_many(imap_user, folder, [(make_mail(i), RECENT) for i in range(60)])
    account = dovecot.account(imap_user, security="none", folders=[folder])

    def source() -> ImapSource:
        return ImapSource(account, SETTINGS, chunk_size=10)

    with Store(tmp_path / "s.db") as store:
        assert scan(store, source(), account).new == 60
        # The server loses 10 messages and numbers the rest anew (new UIDVALIDITY), in another
        # order, so new UIDs land on old UIDs of other messages.
        dovecot.recreate_folder(imap_user, folder)
        survivors = [i for i in range(60) if i % 6][::-1]  # every sixth gone, the rest reversed
        dovecot.append_many(imap_user, folder, [(make_mail(i), RECENT) for i in survivors])
        if killed_after is not None:
            with pytest.raises(Killed):
                scan(store, KilledAfter(source(), killed_after), account)
        resumed = scan(store, source(), account)
        assert (resumed.new, resumed.changed) == (0, 0)  # each was known before, under another UID
        assert mids(store) == expected(survivors) and resumed.total == 50
        again = source()
        quiet = scan(store, again, account)
        assert (quiet.new, quiet.changed, quiet.total) == (0, 0, 50)
        assert again.stats.searches == 0 and again.stats.selects == 1


KILLED_SCAN = """
import json, sys, time
from watcher.config import ImapAccount, Settings
from watcher.app.ingest import scan_account
from watcher.sources.imap import ImapSource
from watcher.store.state import Store

settings = Settings.model_validate({"my_addresses": [sys.argv[3]], "timezone": "UTC"})
account = ImapAccount.model_validate(json.loads(sys.argv[2]))
with Store(sys.argv[1]) as store:  # slow enough between batches to be killed part-way
    source = ImapSource(account, settings, chunk_size=10)
    scan_account(settings, store, account, source=source, progress=lambda *_: time.sleep(0.3))
"""


@pytest.mark.dovecot
def test_an_imap_reread_of_a_process_killed_with_sigkill_is_finished_by_the_next_scan(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Path
) -> None:
    folder = "Jobs"
    dovecot.append_many(imap_user, folder, [(make_mail(i), RECENT) for i in range(60)])
    config = dovecot.account_config(imap_user, security="none", folders=[folder])
    account = dovecot.account(imap_user, security="none", folders=[folder])
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert scan(store, ImapSource(account, SETTINGS), account).new == 60
    renumbered = dovecot.recreate_folder(imap_user, folder)
    survivors = [i for i in range(60) if i % 6][::-1]  # every sixth gone, the rest reversed
    dovecot.append_many(imap_user, folder, [(make_mail(i), RECENT) for i in survivors])

    proc = subprocess.Popen([sys.executable, "-c", KILLED_SCAN, str(db), json.dumps(config), ME])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.closing(sqlite3.connect(db, timeout=5)) as peek:
                row = peek.execute("SELECT uidvalidity FROM folders WHERE folder=?", (folder,)).fetchone()
            if row and row[0] == renumbered:
                break  # the re-read has stored its first batch
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL  # killed mid-way, not finished

    with Store(db) as store:
        resumed = scan(store, ImapSource(account, SETTINGS), account)
        assert (resumed.new, resumed.changed) == (0, 0)
        assert mids(store) == expected(survivors)


@pytest.mark.dovecot
def test_a_message_expunged_on_the_imap_server_leaves_the_state_at_the_next_scan(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Path
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(1, 6)])
    account = dovecot.account(imap_user, security="none", folders=["INBOX"])
    with Store(tmp_path / "s.db") as store:
        scan(store, ImapSource(account, SETTINGS), account)
        dovecot.expunge(imap_user, "INBOX", [2, 4])
        src = ImapSource(account, SETTINGS)
        result = scan(store, src, account)
        assert mids(store) == expected([1, 3, 5]) and result.total == 3
        assert (result.new, result.changed) == (0, 0)
        assert src.stats.searches == 1 and src.stats.header_uids == []  # one UID SEARCH, no FETCH
        # Nothing changed since: one SELECT, no SEARCH.
        quiet = ImapSource(account, SETTINGS)
        assert scan(store, quiet, account).total == 3
        assert quiet.stats.selects == 1 and quiet.stats.searches == 0


@pytest.mark.dovecot
def test_an_expunge_hidden_by_a_new_arrival_is_still_noticed(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Path
) -> None:
    """Same message count as before (one out, one in: a move out and back looks like this)."""
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(1, 4)])
    account = dovecot.account(imap_user, security="none", folders=["INBOX"])
    with Store(tmp_path / "s.db") as store:
        scan(store, ImapSource(account, SETTINGS), account)
        dovecot.expunge(imap_user, "INBOX", [1])
        dovecot.append(imap_user, "INBOX", make_mail(4), internaldate=RECENT)
        result = scan(store, ImapSource(account, SETTINGS), account)
        assert mids(store) == expected([2, 3, 4]) and result.new == 1


@pytest.mark.dovecot
def test_a_state_from_before_expunge_tracking_is_checked_once(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Path
) -> None:
    """A folder cursor without the message count (older versions) gets one UID SEARCH, then none."""
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(1, 4)])
    account = dovecot.account(imap_user, security="none", folders=["INBOX"])
    with Store(tmp_path / "s.db") as store:
        scan(store, ImapSource(account, SETTINGS), account)
        st = store.folder_states(account.name)["INBOX"]
        store.write_batch(account.name, Batch("INBOX", state=FolderState(st.uidvalidity, st.last_uid)), [])
        dovecot.expunge(imap_user, "INBOX", [3])
        first = ImapSource(account, SETTINGS)
        scan(store, first, account)
        assert mids(store) == expected([1, 2]) and first.stats.searches == 1
        then = ImapSource(account, SETTINGS)
        scan(store, then, account)
        assert then.stats.searches == 0


# --- Maildir --------------------------------------------------------------


def maildir_account(root: Path, **kw: Any) -> MaildirAccount:
    return MaildirAccount.model_validate({"name": "local", "type": "maildir", "path": str(root), **kw})


def test_a_maildir_reread_killed_part_way_resumes_as_a_reread_and_drops_what_is_gone(
    tmp_path: Path,
) -> None:
    md = Maildir(tmp_path / "Mail")
    keys = [md.deliver("Sent", make_mail(i, sender=ME), when=RECENT) for i in range(12)]
    account = maildir_account(md.root, folders=["Sent"])

    def source() -> MaildirSource:
        return MaildirSource(account, SETTINGS, chunk_size=3)

    with Store(tmp_path / "s.db") as store:
        assert scan(store, source(), account).new == 12
        # Restored from a backup (same file names) that lacks four of them: a new directory.
        restore = tmp_path / "restore"
        shutil.copytree(md.path("Sent"), restore)
        for key in keys[:4]:
            (restore / "new" / key).unlink()
        old = tmp_path / "old-sent"
        os.rename(md.path("Sent"), old)
        os.rename(restore, md.path("Sent"))
        shutil.rmtree(old)
        with pytest.raises(Killed):
            scan(store, KilledAfter(source(), 1), account)
        resumed = scan(store, source(), account)
        assert (resumed.new, resumed.changed) == (0, 0)
        assert mids(store) == expected(range(4, 12))


def test_a_message_deleted_from_a_maildir_leaves_the_state_at_the_next_scan(tmp_path: Path) -> None:
    md = Maildir(tmp_path / "Mail")
    keys = [md.deliver("INBOX", make_mail(i), when=RECENT) for i in range(1, 5)]
    account = maildir_account(md.root, folders=["INBOX"])
    with Store(tmp_path / "s.db") as store:
        scan(store, MaildirSource(account, SETTINGS), account)
        (md.root / "new" / keys[1]).unlink()
        result = scan(store, MaildirSource(account, SETTINGS), account)
        assert mids(store) == expected([1, 3, 4]) and (result.new, result.changed) == (0, 0)
        # Nothing changed since: the source hands out nothing at all.
        assert list(MaildirSource(account, SETTINGS).sync(store.folder_states("local"), lambda h: True)) == []
