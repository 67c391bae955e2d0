"""Drafts in a real Dovecot: the \\Drafts folder, threading, idempotence, the owner's edits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import TypeAlias

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
from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.mailgen import make_mail
from watcher.config import Settings

pytestmark = pytest.mark.dovecot

# An IMAP THREAD response node (RFC 5256): a chain of UIDs, where a nested tuple is a branch.
ThreadNode: TypeAlias = tuple["int | ThreadNode", ...]


def load_thread(server: Dovecot, user: DovecotUser, folders: dict[str, str] | None = None) -> None:
    for folder, raw in thread_files():
        server.append(user, (folders or {}).get(folder, folder), raw)


def drafts_in(
    server: Dovecot, user: DovecotUser, folder: str = "Drafts"
) -> list[tuple[int, EmailMessage, tuple[bytes, ...]]]:
    with server.client(user) as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["RFC822", "FLAGS"]) if uids else {}
    return [(uid, parse(d[b"RFC822"]), d[b"FLAGS"]) for uid, d in sorted(data.items())]


def test_a_due_nudge_waits_in_drafts_threaded_under_the_employer_message_and_a_second_run_changes_nothing(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    out = scan_and_draft(settings, NUDGE_DAY)
    assert actions(out) == [("Mosaic Freight", "nudge", "created")]
    assert out[0].folder == "Drafts"
    [(uid, msg, flags)] = drafts_in(dovecot, imap_user)
    assert set(flags) >= {b"\\Draft", b"\\Seen"}
    # Thunderbird-style threading: In-Reply-To the last employer message, References the chain.
    assert msg["In-Reply-To"] == "<en-ack-then-interview-04@fixtures.example>"
    assert msg["References"].split() == [
        "<en-ack-then-interview-02@fixtures.example>",
        "<en-ack-then-interview-03@fixtures.example>",
        "<en-ack-then-interview-04@fixtures.example>",
    ]
    assert msg["Subject"] == "Re: Mosaic Freight - Backend Engineer"  # one Re:, the "RE:" not doubled
    assert msg["To"].addresses[0].addr_spec == "pia.lund@mosaicfreight.example"
    assert msg["To"].addresses[0].display_name == "Pia Lund"
    assert msg["From"].addresses[0].addr_spec == "sam@rivera.example"  # the address used in that thread
    assert msg["X-Interview-Watcher"].startswith(" ".join(msg["X-Interview-Watcher"].split()))
    text = body(msg)
    assert text.startswith("Hi Pia,")
    assert re.search(r"^On Thursday, 12 March, Pia Lund wrote:\n> Hi Sam,", text, re.M)
    assert "> Confirmed for Tuesday 10:30am. I'll call your mobile." in text

    again = scan_and_draft(settings, NUDGE_DAY)  # a restart: a new Store, the same moment
    assert actions(again) == [("Mosaic Freight", "nudge", "unchanged")]
    [(uid2, _, _)] = drafts_in(dovecot, imap_user)
    assert uid2 == uid  # not rewritten


def test_a_thank_you_is_written_on_the_interview_day_updated_in_place_the_next_day(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    assert actions(scan_and_draft(settings, INTERVIEW_DAY)) == [("Mosaic Freight", "thank_you", "created")]
    [(_, first, _)] = drafts_in(dovecot, imap_user)
    assert "Thank you for taking the time to speak with me today." in body(first)
    assert actions(scan_and_draft(settings, DAY_AFTER)) == [("Mosaic Freight", "thank_you", "updated")]
    [(_, second, _)] = drafts_in(dovecot, imap_user)  # still one draft
    assert "speak with me yesterday." in body(second)
    assert second["X-Interview-Watcher"] == first["X-Interview-Watcher"]


def test_a_draft_no_longer_wanted_is_deleted_when_the_owner_wrote_their_own(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    scan_and_draft(settings, INTERVIEW_DAY)
    assert len(drafts_in(dovecot, imap_user)) == 1
    own = (
        b"From: Sam Rivera <sam@rivera.example>\r\nTo: Pia Lund <pia.lund@mosaicfreight.example>\r\n"
        b"Date: Tue, 17 Mar 2026 16:00:00 -0400\r\nSubject: Re: Mosaic Freight - Backend Engineer\r\n"
        b"Message-ID: <own-thanks@rivera.example>\r\n"
        b"In-Reply-To: <en-ack-then-interview-04@fixtures.example>\r\n\r\nThank you, Pia!\r\n"
    )
    dovecot.append(imap_user, "Sent", own)
    out = scan_and_draft(settings, "2026-03-17T17:00:00-04:00")
    assert actions(out) == [("Mosaic Freight", "thank_you", "deleted")]
    assert drafts_in(dovecot, imap_user) == []
    assert actions(scan_and_draft(settings, "2026-03-17T18:00:00-04:00")) == []


def test_a_draft_the_owner_edited_is_left_alone_and_reported(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    scan_and_draft(settings, INTERVIEW_DAY)
    [(uid, msg, _)] = drafts_in(dovecot, imap_user)
    # A mail client saves the edited draft as a new message and expunges the old one.
    edited = msg.as_bytes().replace(b"Thank you for taking the time", b"Many thanks for taking the time")
    assert edited != msg.as_bytes()
    dovecot.append(imap_user, "Drafts", edited, flags=["\\Draft", "\\Seen"])
    dovecot.expunge(imap_user, "Drafts", [uid])
    out = scan_and_draft(settings, DAY_AFTER)  # the text would change ("yesterday"): still left alone
    assert actions(out) == [("Mosaic Freight", "thank_you", "edited")]
    assert "left alone" in out[0].line()
    later = scan_and_draft(settings, NUDGE_DAY)  # a nudge is due now: no second draft beside the edit
    assert actions(later) == [("Mosaic Freight", "thank_you", "edited")]
    [(_, kept, _)] = drafts_in(dovecot, imap_user)
    assert "Many thanks for taking the time" in body(kept)


def test_a_draft_the_owner_deleted_is_not_written_again(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    scan_and_draft(settings, NUDGE_DAY)
    [(uid, _, _)] = drafts_in(dovecot, imap_user)
    dovecot.expunge(imap_user, "Drafts", [uid])
    out = scan_and_draft(settings, "2026-03-24T15:00:00-04:00")
    assert actions(out) == [("Mosaic Freight", "nudge", "gone")]
    assert drafts_in(dovecot, imap_user) == []


def test_a_foreign_draft_is_never_touched(tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser) -> None:
    load_thread(dovecot, imap_user)
    foreign = (
        b"From: sam@rivera.example\r\nSubject: my own note\r\nMessage-ID: <mine@x.example>\r\n\r\nhi\r\n"
    )
    dovecot.append(imap_user, "Drafts", foreign, flags=["\\Draft"])
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    scan_and_draft(settings, INTERVIEW_DAY)
    scan_and_draft(settings, "2026-03-20T09:00:00-04:00")  # no draft wanted: ours is deleted
    left = drafts_in(dovecot, imap_user)
    assert [m["Subject"] for _, m, _ in left] == ["my own note"]


def test_dry_run_writes_nothing(tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser) -> None:
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    out = scan_and_draft(settings, NUDGE_DAY, dry_run=True)
    assert actions(out) == [("Mosaic Freight", "nudge", "would be created")]
    assert drafts_in(dovecot, imap_user) == []
    assert actions(scan_and_draft(settings, NUDGE_DAY)) == [("Mosaic Freight", "nudge", "created")]


def test_without_special_use_an_existing_localized_drafts_folder_is_used(
    tmp_path: Path, dovecot_bare: Dovecot
) -> None:
    user = dovecot_bare.add_user()
    load_thread(dovecot_bare, user)
    dovecot_bare.create_folder(user, "Entwürfe")
    settings = settings_for(tmp_path, dovecot_bare.account_config(user, security="none"))
    out = scan_and_draft(settings, NUDGE_DAY)
    assert actions(out) == [("Mosaic Freight", "nudge", "created")]
    assert out[0].folder == "Entwürfe"
    assert len(drafts_in(dovecot_bare, user, "Entwürfe")) == 1


def test_without_special_use_or_a_usual_name_drafts_is_created(tmp_path: Path, dovecot_bare: Dovecot) -> None:
    user = dovecot_bare.add_user()
    load_thread(dovecot_bare, user)
    settings = settings_for(tmp_path, dovecot_bare.account_config(user, security="none"))
    out = scan_and_draft(settings, NUDGE_DAY)
    assert out[0].folder == "Drafts"
    [(_, _, flags)] = drafts_in(dovecot_bare, user, "Drafts")
    assert set(flags) >= {b"\\Draft", b"\\Seen"}


def test_the_daemon_writes_the_draft_after_its_scan_and_only_when_drafts_are_on(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    from tests.drafts_helpers import at
    from watcher.daemon.notify import Notifier
    from watcher.daemon.service import Daemon

    load_thread(dovecot, imap_user)
    on = settings_for(tmp_path / "on", dovecot.account_config(imap_user, security="ssl"))
    off = on.model_copy(update={"drafts": on.drafts.model_copy(update={"enabled": False})})
    off = off.model_copy(update={"storage": off.storage.model_copy(update={"path": tmp_path / "off.db"})})

    def scan(settings: Settings) -> None:
        d = Daemon(settings=settings, notifier=Notifier(None), hard_exit=False, clock=lambda: at(NUDGE_DAY))
        result = d.scan("personal", wait=True)
        assert result is not None and result.ok

    scan(off)
    assert drafts_in(dovecot, imap_user) == []
    scan(on)
    [(_, msg, _)] = drafts_in(dovecot, imap_user)
    assert msg["In-Reply-To"] == "<en-ack-then-interview-04@fixtures.example>"
    scan(on)  # the next scan: nothing new
    assert len(drafts_in(dovecot, imap_user)) == 1


def test_the_daemon_runs_the_drafts_again_only_for_new_mail_or_a_new_day(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quiet scan every few minutes must not log in to the drafts mailbox each time."""
    import watcher.app.drafts as app_drafts
    from tests.drafts_helpers import at
    from watcher.daemon.notify import Notifier
    from watcher.daemon.service import Daemon

    runs: list[str] = []
    real = app_drafts.drafts_after_scan

    def counted(settings: Settings, now: datetime) -> list[app_drafts.Outcome] | None:
        runs.append(now.isoformat())
        return real(settings, now)

    monkeypatch.setattr(app_drafts, "drafts_after_scan", counted)
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    clock = [at(NUDGE_DAY)]
    daemon = Daemon(settings=settings, notifier=Notifier(None), hard_exit=False, clock=lambda: clock[0])

    def scan() -> None:
        result = daemon.scan("personal", wait=True)
        assert result is not None and result.ok

    scan()
    assert len(runs) == 1 and len(drafts_in(dovecot, imap_user)) == 1
    clock[0] += timedelta(minutes=15)
    scan()  # nothing new, the same day: no drafts run
    assert len(runs) == 1
    clock[0] += timedelta(days=1)
    scan()  # a new day: due dates move, so the drafts are looked at again
    assert len(runs) == 2
    dovecot.append_many(imap_user, "INBOX", [(make_mail(900), clock[0])])
    clock[0] += timedelta(minutes=15)
    scan()  # new mail the same day
    assert len(runs) == 3
    assert len(drafts_in(dovecot, imap_user)) == 1


def test_two_accounts_holding_the_same_thread_get_one_draft_between_them(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    first, second = dovecot.add_user(), dovecot.add_user()
    load_thread(dovecot, first)
    load_thread(dovecot, second)  # the same mail, e.g. a forwarding copy in a second mailbox
    one = settings_for(tmp_path, dovecot.account_config(first, name="home", security="ssl"))
    data = one.model_dump(by_alias=True, exclude={"source_path"})
    data["accounts"].append(
        {"lookback_days": 3650, **dovecot.account_config(second, name="work", security="ssl")}
    )
    both = Settings.model_validate(data)
    out = scan_and_draft(both, NUDGE_DAY)
    assert actions(out) == [("Mosaic Freight", "nudge", "created")]
    assert len(drafts_in(dovecot, first)) + len(drafts_in(dovecot, second)) == 1
    assert actions(scan_and_draft(both, NUDGE_DAY)) == [("Mosaic Freight", "nudge", "unchanged")]
    assert len(drafts_in(dovecot, first)) + len(drafts_in(dovecot, second)) == 1


def test_when_the_mail_names_no_person_to_is_empty_and_the_digest_says_so(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    from tests.drafts_helpers import THREAD
    from watcher.app.drafts import draft_notes
    from watcher.store.state import Store

    for folder, raw in thread_files(THREAD):
        # Every message from their side comes from a tracking system's no-reply address.
        raw = raw.replace(
            b"Pia Lund <pia.lund@mosaicfreight.example>", b"Mosaic Freight <no-reply@mosaicfreight.example>"
        )
        dovecot.append(imap_user, folder, raw)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    out = scan_and_draft(settings, INTERVIEW_DAY)
    assert [o.no_recipient for o in out] == [True]
    assert "To: is empty" in out[0].line()
    [(_, msg, _)] = drafts_in(dovecot, imap_user)
    assert "To" not in msg
    with Store(settings.storage.path) as store:
        [note] = draft_notes(settings, store).values()
    assert "To: is empty, the mail names no person" in note.text


def test_the_server_threads_the_draft_under_the_employer_message(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    """Dovecot's own THREAD=REFERENCES (RFC 5256, the algorithm mail clients follow) puts the
    draft in the employer's thread, as the child of the message it answers."""
    load_thread(dovecot, imap_user)
    settings = settings_for(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    scan_and_draft(settings, NUDGE_DAY)
    with dovecot.client(imap_user) as c:
        c.create_folder("Threads")
        for folder in ("INBOX", "Sent", "Drafts"):
            c.select_folder(folder, readonly=True)
            c.copy(c.search("ALL"), "Threads")
        c.select_folder("Threads", readonly=True)
        by_uid = {
            uid: parse(d[b"RFC822"])["Message-ID"] for uid, d in c.fetch(c.search("ALL"), ["RFC822"]).items()
        }
        threads = c.thread(algorithm="REFERENCES", criteria="ALL")

    def parents(node: ThreadNode, parent: int | None = None) -> Iterator[tuple[int, int | None]]:
        """(uid, parent uid) pairs: a tuple is a chain; a nested tuple a branch from the chain so far."""
        for item in node:
            if isinstance(item, tuple):
                yield from parents(item, parent)
            else:
                yield item, parent
                parent = item

    parent_of = {uid: parent for t in threads for uid, parent in parents(t)}
    draft_uid = next(u for u, mid in by_uid.items() if mid.startswith("<iw-draft."))
    assert by_uid[parent_of[draft_uid]] == "<en-ack-then-interview-04@fixtures.example>"
    chain, uid = [], draft_uid
    while uid is not None:
        chain.append(by_uid[uid])
        uid = parent_of[uid]
    assert chain[-1] == "<en-ack-then-interview-02@fixtures.example>"  # one thread, from the first mail
