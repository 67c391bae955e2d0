"""Drafts through the Gmail API (the fake checked against the discovery document): threadId, the scope."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
from tests.support.fake_gmail import FakeGmail
from watcher.config import Settings
from watcher.sources.gmail_auth import COMPOSE, READONLY

ME = "sam@rivera.example"


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start(ME) as fake:
        for folder, raw in thread_files():
            fake.add(raw, labels=("SENT",) if folder == "Sent" else ("INBOX",))
        yield fake


def settings(fake: FakeGmail, tmp_path: Path, scopes: list[str] | None = None) -> Settings:
    token = fake.write_token(tmp_path / "gm-token.json", scopes=scopes or [READONLY, COMPOSE])
    return settings_for(
        tmp_path, {"name": "gm", "type": "gmail", "token_file": str(token), "api_endpoint": fake.url}
    )


def the_draft(fake: FakeGmail) -> tuple[str, bytes, str]:
    [(draft_id, mid)] = fake.drafts.items()
    m = fake.messages[mid]
    assert m.labels == ["DRAFT"]
    return draft_id, m.raw, m.thread_id


def thread_of(fake: FakeGmail, message_id: str) -> str:
    return next(m.thread_id for m in fake.messages.values() if m.message_id == message_id)


def test_a_nudge_is_created_in_the_employer_thread_and_a_second_run_changes_nothing(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    s = settings(gmail, tmp_path)
    out = scan_and_draft(s, NUDGE_DAY)
    assert actions(out) == [("Mosaic Freight", "nudge", "created")]
    draft_id, raw, thread_id = the_draft(gmail)
    assert thread_id == thread_of(gmail, "<en-ack-then-interview-04@fixtures.example>")
    msg = parse(raw)
    assert msg["In-Reply-To"] == "<en-ack-then-interview-04@fixtures.example>"
    assert msg["To"].addresses[0].addr_spec == "pia.lund@mosaicfreight.example"
    assert body(msg).startswith("Hi Pia,")
    assert out[0].link == f"https://mail.google.com/mail/u/{ME}/#drafts?compose={gmail.drafts[draft_id]}"
    gmail.reset_counts()
    assert actions(scan_and_draft(s, NUDGE_DAY)) == [("Mosaic Freight", "nudge", "unchanged")]
    assert gmail.calls["drafts.create"] == 0 and gmail.calls["drafts.update"] == 0
    assert list(gmail.drafts) == [draft_id]
    assert gmail.shape_errors == []


def test_the_next_day_the_thank_you_is_updated_in_place_with_drafts_update(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    s = settings(gmail, tmp_path)
    scan_and_draft(s, INTERVIEW_DAY)
    draft_id, _, thread_id = the_draft(gmail)
    assert actions(scan_and_draft(s, DAY_AFTER)) == [("Mosaic Freight", "thank_you", "updated")]
    assert gmail.calls["drafts.update"] == 1
    again_id, raw, again_thread = the_draft(gmail)
    assert (again_id, again_thread) == (draft_id, thread_id)
    assert "speak with me yesterday." in body(parse(raw))
    assert gmail.shape_errors == []


def test_an_edit_in_gmail_is_left_alone_and_a_sent_draft_is_not_written_again(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    s = settings(gmail, tmp_path)
    scan_and_draft(s, INTERVIEW_DAY)
    draft_id, raw, _ = the_draft(gmail)
    gmail.edit_draft(draft_id, raw.replace(b"Thank you for taking", b"Many thanks for taking"))
    assert actions(scan_and_draft(s, DAY_AFTER)) == [("Mosaic Freight", "thank_you", "edited")]
    assert gmail.calls["drafts.update"] == 0 and gmail.calls["drafts.delete"] == 0
    gmail.send_draft(draft_id)  # the owner sends their edited note
    out = scan_and_draft(s, "2026-03-18T18:00:00-04:00")
    assert actions(out) == [("Mosaic Freight", "thank_you", "gone")]
    assert gmail.drafts == {} and gmail.calls["drafts.create"] == 1


def test_without_gmail_compose_nothing_is_written_and_the_line_says_run_auth_again(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    s = settings(gmail, tmp_path, scopes=[READONLY])
    out = scan_and_draft(s, NUDGE_DAY)
    assert [o.action for o in out] == ["failed"]
    assert "no gmail.compose" in out[0].error and "interview-watcher auth gm" in out[0].error
    assert gmail.drafts == {} and gmail.calls["drafts.create"] == 0


def test_the_fake_refuses_drafts_without_a_compose_scope_as_gmail_does(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    import json
    import urllib.request

    token = gmail.issue_access_token([READONLY])
    req = urllib.request.Request(
        gmail.url + "gmail/v1/users/me/drafts",
        data=json.dumps({"message": {"raw": "eA"}}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403
    assert json.loads(e.value.read())["error"]["errors"][0]["reason"] == "insufficientPermissions"


def test_the_digest_links_to_the_gmail_draft_and_says_when_the_owner_edited_it(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    from watcher.app.drafts import draft_notes
    from watcher.store.state import Store

    s = settings(gmail, tmp_path)
    out = scan_and_draft(s, INTERVIEW_DAY)
    with Store(s.storage.path) as store:
        [note] = draft_notes(s, store).values()
    assert note.url == out[0].link and "#drafts?compose=" in note.url
    assert note.text == "Waiting in Drafts (gm), ready to send"
    draft_id, raw, _ = the_draft(gmail)
    gmail.edit_draft(draft_id, raw.replace(b"Thank you for taking", b"Many thanks for taking"))
    scan_and_draft(s, DAY_AFTER)
    with Store(s.storage.path) as store:
        [edited] = draft_notes(s, store).values()
    assert edited.text.startswith("Your edited draft waits in Drafts (gm)")
    assert edited.url.endswith(gmail.drafts[draft_id])  # the link follows the edited message
