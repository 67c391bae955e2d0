"""Drafts in a Maildir++ (mbsync/offlineimap carry them up): the file, its flags, the same idempotence."""

from __future__ import annotations

import os
from pathlib import Path

from tests.drafts_helpers import (
    DAY_AFTER,
    INTERVIEW_DAY,
    NUDGE_DAY,
    actions,
    body,
    parse,
    scan_and_draft,
    settings_for,
    thread_files,
)
from watcher.sources.maildir import maildir_key


def maildir(root: Path) -> Path:
    for n, (folder, raw) in enumerate(thread_files(), start=1):
        d = root if folder == "INBOX" else root / f".{folder}"
        for sub in ("cur", "new", "tmp"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        (d / "cur" / f"{1790000000 + n}.M{n}P{os.getpid()}.testhost:2,S").write_bytes(raw)
    return root


def drafts(root: Path, folder: str = "Drafts") -> list[Path]:
    d = root / f".{folder}"
    return sorted((d / "cur").iterdir()) + sorted((d / "new").iterdir()) if d.is_dir() else []


def account(root: Path) -> dict[str, object]:
    return {"name": "local", "type": "maildir", "path": str(root)}


def test_the_draft_is_a_file_in_drafts_with_the_draft_flag_and_a_second_run_changes_nothing(
    tmp_path: Path,
) -> None:
    root = maildir(tmp_path / "Mail")
    settings = settings_for(tmp_path, account(root))
    out = scan_and_draft(settings, NUDGE_DAY)
    assert actions(out) == [("Mosaic Freight", "nudge", "created")]
    [path] = drafts(root)
    _key, flags = maildir_key(path.name)
    assert path.parent.name == "cur" and set(flags) >= {"D", "S"}
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    msg = parse(path.read_bytes())
    assert b"\r\n" not in path.read_bytes()  # local line ends, as Maildir files have
    assert msg["In-Reply-To"] == "<en-ack-then-interview-04@fixtures.example>"
    assert msg["To"].addresses[0].addr_spec == "pia.lund@mosaicfreight.example"
    assert body(msg).startswith("Hi Pia,")
    assert actions(scan_and_draft(settings, NUDGE_DAY)) == [("Mosaic Freight", "nudge", "unchanged")]
    assert drafts(root) == [path]


def test_a_flag_change_by_a_sync_tool_keeps_the_draft_ours(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    settings = settings_for(tmp_path, account(root))
    scan_and_draft(settings, INTERVIEW_DAY)
    [path] = drafts(root)
    path.rename(path.with_name(maildir_key(path.name)[0] + ":2,DFS"))  # flagged by a client
    assert actions(scan_and_draft(settings, DAY_AFTER)) == [("Mosaic Freight", "thank_you", "updated")]
    [new] = drafts(root)
    assert "speak with me yesterday." in body(parse(new.read_bytes()))


def test_an_edited_maildir_draft_is_left_alone_and_a_stale_one_deleted(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    settings = settings_for(tmp_path, account(root))
    scan_and_draft(settings, INTERVIEW_DAY)
    [path] = drafts(root)
    path.write_bytes(path.read_bytes().replace(b"Thank you for taking", b"Thanks a lot for taking"))
    assert actions(scan_and_draft(settings, DAY_AFTER)) == [("Mosaic Freight", "thank_you", "edited")]
    assert drafts(root) == [path]

    other = maildir(tmp_path / "Mail2")
    settings2 = settings_for(tmp_path / "two", account(other))
    scan_and_draft(settings2, INTERVIEW_DAY)
    assert len(drafts(other)) == 1
    # Two days after the interview no thank-you is wanted and no nudge is due yet.
    assert actions(scan_and_draft(settings2, "2026-03-19T09:00:00-04:00")) == [
        ("Mosaic Freight", "thank_you", "deleted")
    ]
    assert drafts(other) == []
