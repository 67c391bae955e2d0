"""MaildirSource: Maildir++ layout, stable keys, incremental cursor, and the same records as IMAP."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.mailgen import BROKEN_CHARSET, ME, SENT_GERMAN_REPLY, make_mail
from watcher.config import MaildirAccount, Settings
from watcher.core.mail import parse_message
from watcher.core.records import Message
from watcher.errors import SourceError
from watcher.sources.base import Batch, Fetched, FolderState
from watcher.sources.imap import ImapSource
from watcher.sources.maildir import MaildirSource, maildir_key

SETTINGS = Settings.model_validate({"my_addresses": [ME], "timezone": "UTC"})
RECENT = datetime.now(UTC) - timedelta(days=3)
FIXTURE_MAIL = Path(__file__).parent / "fixtures" / "mail"


def everything(_headers: bytes) -> bool:
    return True


class Maildir:
    """Writes a Maildir++ tree the way an MDA does (tmp/ then rename into new/ or cur/)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._n = 0
        self.folder("INBOX")

    def path(self, folder: str) -> Path:
        return self.root if folder == "INBOX" else self.root / f".{folder}"

    def folder(self, name: str) -> Path:
        for sub in ("cur", "new", "tmp"):
            (self.path(name) / sub).mkdir(parents=True, exist_ok=True)
        return self.path(name)

    def deliver(
        self, folder: str, raw: bytes, *, when: datetime | None = None, flags: str | None = None
    ) -> str:
        self._n += 1
        key = f"{1790000000 + self._n}.M{self._n}P{os.getpid()}.testhost"
        d = self.folder(folder)
        tmp = d / "tmp" / key
        tmp.write_bytes(raw)
        if when is not None:
            os.utime(tmp, (when.timestamp(), when.timestamp()))
        target = d / "new" / key if flags is None else d / "cur" / f"{key}:2,{flags}"
        os.rename(tmp, target)
        return key


def source(root: Path, **kw: Any) -> MaildirSource:
    opts = {k: kw.pop(k) for k in ("chunk_size",) if k in kw}
    account = MaildirAccount.model_validate({"name": "local", "type": "maildir", "path": str(root), **kw})
    src = MaildirSource(account, SETTINGS, **opts)
    src.connect()
    return src


def run_sync(
    src: MaildirSource, states: dict[str, FolderState] | None = None, is_candidate: Any = everything
) -> tuple[list[Batch], dict[str, FolderState]]:
    states = dict(states or {})
    batches = list(src.sync(states, is_candidate))
    for b in batches:
        states[b.folder] = b.state
    return batches, states


def keys(batches: list[Batch]) -> list[str]:
    return [m.uid for b in batches for m in b.messages]


@pytest.fixture
def md(tmp_path: Path) -> Maildir:
    return Maildir(tmp_path / "Mail")


def test_inbox_is_the_root_and_sent_sits_beside_it(md: Maildir) -> None:
    md.folder("Sent")
    md.folder("Archive")
    assert [(f.name, f.reason) for f in source(md.root).folders()] == [
        ("INBOX", "inbox"),
        ("Sent", "sent_folder"),
    ]
    md.folder("Gesendet")
    assert [f.name for f in source(md.root, sent_folder="Gesendet").folders()] == ["INBOX", "Gesendet"]
    assert [f.name for f in source(md.root, sent_folder="Nope").folders()] == ["INBOX"]


def test_the_folders_override_is_used_and_checked(md: Maildir) -> None:
    md.folder("Archive.2026")
    src = source(md.root, folders=["Archive.2026"])
    assert [(f.name, f.reason) for f in src.folders()] == [("Archive.2026", "configured")]
    with pytest.raises(SourceError, match=r"^local: folder 'Missing' is not a Maildir"):
        source(md.root, folders=["INBOX", "Missing"]).folders()


def test_a_path_that_is_not_a_maildir_is_a_clear_error(tmp_path: Path) -> None:
    account = MaildirAccount.model_validate({"name": "local", "type": "maildir", "path": str(tmp_path / "x")})
    with pytest.raises(SourceError, match=r"^local: maildir .*/x does not exist$"):
        MaildirSource(account, SETTINGS).connect()
    (tmp_path / "x").mkdir()
    with pytest.raises(SourceError, match=r"is not a Maildir \(expected cur/ or new/ in it\)$"):
        MaildirSource(account, SETTINGS).connect()


def test_the_uid_is_the_key_without_the_flags_suffix(md: Maildir) -> None:
    a = md.deliver("INBOX", make_mail(1), flags="FS")
    b = md.deliver("INBOX", make_mail(2))
    (md.root / "tmp" / "half-written").write_bytes(b"From: x\r\n")  # not delivered yet
    (md.root / "cur" / ".hidden").write_bytes(b"x")
    batches, _ = run_sync(source(md.root))
    got = {m.uid: m for b_ in batches for m in b_.messages}
    assert set(got) == {a, b}
    assert got[a].flags == ("F", "S") and got[b].flags == ()
    assert maildir_key("123.M4P5.host:2,RS") == ("123.M4P5.host", ("R", "S"))
    assert maildir_key("123.M4P5.host!2,S") == ("123.M4P5.host", ("S",))


def test_a_rescan_yields_only_new_messages(md: Maildir) -> None:
    md.folder("Sent")
    first = [md.deliver("INBOX", make_mail(i)) for i in range(3)]
    batches, states = run_sync(source(md.root))
    assert sorted(keys(batches)) == sorted(first)

    again, states = run_sync(source(md.root), states)
    assert keys(again) == []
    later = md.deliver("Sent", make_mail(9, sender=ME))
    batches, states = run_sync(source(md.root), states)
    assert keys(batches) == [later] and batches[0].folder == "Sent"


def test_reading_a_message_flags_it_without_making_a_new_uid(md: Maildir) -> None:
    key = md.deliver("INBOX", make_mail(1))
    _, states = run_sync(source(md.root))
    time.sleep(0.01)
    os.rename(md.root / "new" / key, md.root / "cur" / f"{key}:2,S")  # what a mail reader does
    batches, _ = run_sync(source(md.root), states)
    assert set(keys(batches)) <= {key}  # at most handed out again under the same uid


def test_a_crash_mid_scan_resumes_after_the_last_batch(md: Maildir) -> None:
    delivered = [md.deliver("INBOX", make_mail(i)) for i in range(5)]  # mostly within one clock tick
    batches = list(source(md.root, chunk_size=2).sync({}, everything))
    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert sorted(keys(batches)) == sorted(delivered)
    resumed, _ = run_sync(source(md.root), {"INBOX": batches[0].state})
    assert sorted(keys(resumed)) == sorted(keys(batches[1:]))


def test_a_recreated_folder_is_read_again_with_reset_and_done(md: Maildir) -> None:
    md.deliver("Sent", make_mail(1, sender=ME))
    _, states = run_sync(source(md.root, folders=["Sent"]))
    # Restored from a backup: a new directory takes the old one's place.
    fresh = Maildir(md.root.parent / "restore")
    k1 = fresh.deliver("Sent", make_mail(1, sender=ME))
    k2 = fresh.deliver("Sent", make_mail(2, sender=ME))
    old = md.root.parent / "old-sent"
    os.rename(md.path("Sent"), old)
    os.rename(fresh.path("Sent"), md.path("Sent"))
    shutil.rmtree(old)
    batches = list(source(md.root, folders=["Sent"], chunk_size=1).sync(states, everything))
    assert sorted(keys(batches)) == sorted([k1, k2])
    assert [(b.reset, b.done) for b in batches] == [(True, False), (False, True)]


def test_lookback_skips_old_deliveries(md: Maildir) -> None:
    md.deliver("INBOX", make_mail(1), when=datetime.now(UTC) - timedelta(days=400))
    recent = md.deliver("INBOX", make_mail(2), when=RECENT)
    batches, _ = run_sync(source(md.root, lookback_days=365))
    assert keys(batches) == [recent]
    internaldate = batches[0].messages[0].internaldate
    assert internaldate is not None and abs(internaldate - RECENT) < timedelta(seconds=1)


def test_headers_first_non_candidates_are_not_read_whole(md: Maildir) -> None:
    md.deliver("INBOX", make_mail(1, subject="Weekly newsletter"))
    batches, _ = run_sync(source(md.root), is_candidate=lambda h: b"newsletter" not in h)
    [m] = [m for b in batches for m in b.messages]
    assert m.headers_only and b"Hello Sam" not in m.raw and b"Subject: Weekly newsletter" in m.raw


# --- the same mail through IMAP and through a Maildir gives the same records -------


def sample_mail() -> list[tuple[str, bytes]]:
    """Fixture mail from tests/fixtures/mail plus a few of our own, each with its folder."""
    mail = [("INBOX", p.read_bytes()) for p in sorted(FIXTURE_MAIL.glob("*.eml"))]
    mail += [
        ("INBOX", make_mail(1)),
        ("INBOX", make_mail(2, in_reply_to="<1@fixtures.example>", subject="Re: Interview")),
        ("INBOX", BROKEN_CHARSET),
        ("Sent", make_mail(3, sender=f"Sam Rivera <{ME}>", to="nora@lindenwerk.example")),
        ("Sent", SENT_GERMAN_REPLY),
    ]
    return mail


def records(fetched: list[tuple[str, Fetched]]) -> list[Message]:
    out = []
    for folder, f in fetched:
        m = parse_message(
            f.raw,
            account="x",
            folder=folder,
            uid=f.uid,
            my_addresses=[ME],
            internaldate=f.internaldate,
            headers_only=f.headers_only,
        )
        out.append(dataclasses.replace(m, account="", uid=""))
    return sorted(out, key=lambda m: (m.folder, m.message_id, m.subject))


@pytest.mark.dovecot
def test_maildir_gives_the_same_records_as_imap_for_the_same_mail(
    dovecot: Dovecot, imap_user: DovecotUser, md: Maildir
) -> None:
    mail = sample_mail()
    assert len(mail) >= 10
    md.folder("Sent")
    for i, (folder, raw) in enumerate(mail):
        when = RECENT + timedelta(minutes=i)
        dovecot.append(imap_user, folder, raw, internaldate=when)
        md.deliver(folder, raw.replace(b"\r\n", b"\n"), when=when)  # Maildirs hold LF files

    def is_candidate(headers: bytes) -> bool:  # exercise both paths
        return b"Interview for the platform" not in headers

    imap = ImapSource(dovecot.account(imap_user, security="none"), SETTINGS)
    imap.connect()
    via_imap = [(b.folder, m) for b in imap.sync({}, is_candidate) for m in b.messages]
    imap.close()
    via_maildir = [(b.folder, m) for b in source(md.root).sync({}, is_candidate) for m in b.messages]

    assert len(via_imap) == len(via_maildir) == len(mail)
    assert sum(m.headers_only for _, m in via_imap) == sum(m.headers_only for _, m in via_maildir) == 2
    a, b = records(via_imap), records(via_maildir)
    for x, y in zip(a, b, strict=True):
        assert x == y


def test_a_folder_copied_without_its_empty_subfolders_is_still_read(tmp_path: Path) -> None:
    """git, rsync --prune-empty-dirs and archives drop empty new/ and tmp/: the mail is still there."""
    root = tmp_path / "Mail"
    (root / "cur").mkdir(parents=True)
    (root / "cur" / "1.M1P1.host:2,S").write_bytes(make_mail(1))
    (root / ".Sent" / "cur").mkdir(parents=True)
    (root / ".Sent" / "cur" / "2.M2P2.host:2,S").write_bytes(make_mail(2, sender=f"Sam <{ME}>"))
    account = MaildirAccount.model_validate({"name": "local", "type": "maildir", "path": str(root)})
    src = MaildirSource(account, SETTINGS)
    src.connect()
    assert [f.name for f in src.folders()] == ["INBOX", "Sent"]
    uids = sorted(f.uid for b in src.sync({}, lambda _h: True) for f in b.messages)
    assert len(uids) == 2
