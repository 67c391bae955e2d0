"""The Gmail API source: the real google-api-python-client against a local fake Gmail."""

from __future__ import annotations

import json
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.fake_gmail import FakeGmail, shape_errors
from watcher.app.ingest import scan_account
from watcher.config import GmailAccount, Settings, parse
from watcher.errors import AuthError, DeliveryError, SourceError
from watcher.sources.base import Batch, FolderState
from watcher.sources.gmail import FOLDER, Cursor, GmailSource, send_message
from watcher.sources.gmail_auth import SEND
from watcher.store.state import Store

ME = "sam@rivera.example"
NOW = datetime.now(UTC).replace(microsecond=0)


def mail(
    n: int | str,
    *,
    sender: str = "Nora Becker <nora@lindenwerk.example>",
    to: str = ME,
    subject: str = "Interview for the platform engineer role",
    days_ago: float = 3,
    reply_to: int | str | None = None,
    body: str = "",
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW - timedelta(days=days_ago))
    msg["Message-ID"] = f"<{n}@gmail-fixtures.example>"
    if reply_to:
        msg["In-Reply-To"] = f"<{reply_to}@gmail-fixtures.example>"
        msg["References"] = f"<{reply_to}@gmail-fixtures.example>"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body or f"Hello Sam,\n\nwould Tuesday at 10:00 work for a call? ({n})\n\nNora\n")
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def newsletter(n: int, days_ago: float = 2) -> bytes:
    return mail(
        n,
        sender="Weekly Jobs <news@jobboard.example>",
        subject=f"Your weekly digest #{n}",
        days_ago=days_ago,
        headers={"List-Unsubscribe": "<mailto:off@jobboard.example>"},
    )


def interviews_only(headers: bytes) -> bool:
    """A strict stand-in for the classifier: bodies only for interview subjects."""
    return b"Interview" in headers


def everything(_headers: bytes) -> bool:
    return True


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start(ME) as fake:
        yield fake


def make_settings(
    fake: FakeGmail,
    tmp_path: Path,
    *,
    timeout: float | None = None,
    deliver: str = "stdout",
    scopes: list[str] | None = None,
    expired: bool = False,
    write_token: bool = True,
) -> Settings:
    token = tmp_path / "gmail-token.json"
    if write_token:
        fake.write_token(token, expired=expired, scopes=scopes)
    extra = f"timeout_seconds = {timeout}\n" if timeout else ""
    return parse(
        f'my_addresses = ["{ME}"]\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[digest]\ndeliver = "{deliver}"\n'
        f'[[accounts]]\nname = "gm"\ntype = "gmail"\ntoken_file = "{token}"\n'
        f'api_endpoint = "{fake.url}"\nlookback_days = 365\n{extra}'
    )


def gmail_account(settings: Settings) -> GmailAccount:
    """The one account `make_settings` writes, as the Gmail account it is."""
    account = settings.accounts[0]
    assert isinstance(account, GmailAccount)
    return account


def source(settings: Settings, **kw: Any) -> GmailSource:
    kw.setdefault("sleep", Sleeps())
    src = GmailSource(gmail_account(settings), settings, **kw)
    src.connect()
    return src


def run_sync(
    src: GmailSource, states: dict[str, FolderState] | None = None, is_candidate: Any = everything
) -> tuple[list[Batch], dict[str, FolderState]]:
    states = dict(states or {})
    batches = list(src.sync(states, is_candidate))
    for b in batches:
        states[b.folder] = b.state
    return batches, states


def fetched(batches: list[Batch]) -> dict[str, Any]:
    return {m.uid: m for b in batches for m in b.messages}


@pytest.fixture
def close_later() -> Iterator[list[GmailSource]]:
    sources: list[GmailSource] = []
    yield sources
    for s in sources:
        s.close()


# --- first sync ----------------------------------------------------------------------


def test_first_sync_follows_every_list_page_reads_metadata_then_raw_for_candidate_threads(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    old = gmail.add(mail("old", subject="Interview for the data role", days_ago=400))  # before the lookback
    invite = gmail.add(mail("inv", subject="Re: Interview for the data role", reply_to="old", days_ago=9))
    assert gmail.messages[invite].thread_id == gmail.messages[old].thread_id
    first = gmail.add(mail(1, days_ago=6))
    reply = gmail.add(
        mail(
            2,
            sender=f"Sam Rivera <{ME}>",
            to="nora@lindenwerk.example",
            subject="Re: Tuesday works",
            reply_to=1,
            days_ago=5,
        ),
        labels=["SENT"],
    )
    news = [gmail.add(newsletter(n)) for n in range(10, 14)]
    draft = gmail.add(mail("draft", subject="Interview notes", days_ago=1), labels=["DRAFT"])
    gmail.add(mail("spam", subject="Interview??? win money", days_ago=1), labels=["SPAM"])
    old_reply = gmail.add(
        mail("old-reply", subject="Re: Interview for the data role", reply_to="old", days_ago=399)
    )
    gmail.list_page_size = 3
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)

    batches, states = run_sync(src, is_candidate=interviews_only)

    got = fetched(batches)
    # 8 listed within 365 days (spam is not listed, the two old ones are too old) → 3 pages of 3
    assert gmail.calls["messages.list"] == 3
    assert gmail.calls["messages.get:metadata"] == 8
    assert draft not in got  # drafts are never stored
    assert {got[i].headers_only for i in news} == {True}
    assert not got[first].headers_only and not got[reply].headers_only  # the reply rides on its thread
    assert got[reply].thread_hint == gmail.messages[first].thread_id
    # the candidate thread's older messages come in through threads.get, whatever their age
    assert old in got and not got[old].headers_only and old_reply in got
    assert gmail.calls["threads.get"] == 2
    assert gmail.calls["messages.get:raw"] == 5  # old, inv, old-reply, 1, 2
    assert b"would Tuesday at 10:00 work" in got[first].raw
    assert got[first].internaldate is not None
    assert batches[0].reset and batches[-1].done
    cursor = Cursor.parse(states[FOLDER].extra)
    assert cursor is not None and int(cursor.history_id) >= int(gmail.messages[first].history_id)
    assert gmail.messages[first].thread_id in cursor.threads
    assert gmail.shape_errors == []


def test_batches_hold_at_most_50_requests(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    for n in range(120):
        gmail.add(newsletter(n, days_ago=1 + n / 100))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    batches, _ = run_sync(src, is_candidate=interviews_only)
    assert len(fetched(batches)) == 120
    assert max(gmail.batch_sizes) == 50 and sum(gmail.batch_sizes) == 120
    assert gmail.calls["messages.list"] == 1  # 120 fit in one page of 500


# --- later syncs ---------------------------------------------------------------------


def test_history_is_followed_over_every_page_including_one_without_history(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    _, states = run_sync(src)
    new = [gmail.add(mail(n, reply_to=1, subject="Re: Interview", days_ago=1)) for n in range(2, 7)]
    gmail.history_page_size = 2
    gmail.blank_history_page = True
    gmail.reset_counts()

    batches, states = run_sync(src, states)

    assert sorted(fetched(batches)) == sorted(new)
    assert gmail.calls["history.list"] == 4  # a page without `history`, then 2 + 2 + 1 records
    assert gmail.calls["messages.list"] == 0 and gmail.calls["getProfile"] == 0
    cursor = Cursor.parse(states[FOLDER].extra)
    assert cursor is not None and cursor.history_id == str(gmail.history_id)


def test_a_rescan_after_a_small_change_makes_only_history_and_get_calls_for_what_changed(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    for n in range(1, 6):
        gmail.add(mail(n, subject=f"Interview {n}", days_ago=10 - n))
    for n in range(20, 40):
        gmail.add(newsletter(n))
    settings = make_settings(gmail, tmp_path)
    with Store(settings.storage.path) as store:
        first = scan_account(
            settings,
            store,
            settings.accounts[0],
            source=GmailSource(gmail_account(settings), settings, sleep=Sleeps()),
        )
        assert first.ok and first.new == 25
        initial = dict(gmail.calls)

        gmail.reset_counts()
        gmail.add(mail(50, subject="Re: Interview 3", reply_to=3, days_ago=0.1))  # a reply in a known thread
        gmail.add(newsletter(51, days_ago=0.1))  # and one newsletter
        again = scan_account(
            settings,
            store,
            settings.accounts[0],
            source=GmailSource(gmail_account(settings), settings, sleep=Sleeps()),
        )

        assert again.ok and again.new == 2
        calls = {k: v for k, v in gmail.calls.items() if v}
        assert calls == {
            "history.list": 1,
            "batch": 2,
            "messages.get": 2,
            "messages.get:raw": 1,
            "messages.get:metadata": 1,
        }

        gmail.reset_counts()
        quiet = scan_account(
            settings,
            store,
            settings.accounts[0],
            source=GmailSource(gmail_account(settings), settings, sleep=Sleeps()),
        )
        assert quiet.ok and quiet.new == 0
        assert {k: v for k, v in gmail.calls.items() if v} == {"history.list": 1}
    print(f"\ncalls: first sync {initial}; after 2 new messages {calls}; nothing new: history.list 1")


def test_an_expired_history_id_means_a_full_sync_without_duplicates(gmail: FakeGmail, tmp_path: Path) -> None:
    ids = [gmail.add(mail(n, subject=f"Interview {n}")) for n in range(1, 5)]
    settings = make_settings(gmail, tmp_path)
    account = gmail_account(settings)
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, account, source=GmailSource(account, settings)).new == 4
        gmail.delete(ids[0])
        gmail.add(mail(9, subject="Interview 9"))
        gmail.expire_history()
        gmail.reset_counts()

        result = scan_account(settings, store, account, source=GmailSource(account, settings))

        assert result.ok, result.error
        assert gmail.calls["history.list"] == 1 and gmail.calls["messages.list"] == 1  # 404, then a full sync
        stored = store.messages()
        mids = [m.message_id for m in stored]
        assert len(mids) == len(set(mids)) == 4
        assert "<1@gmail-fixtures.example>" not in mids and "<9@gmail-fixtures.example>" in mids
        assert result.new == 1
        cursor = Cursor.parse(store.folder_states("gm")[FOLDER].extra)
        assert cursor is not None and int(cursor.history_id) >= gmail.history_floor


def test_deleted_and_trashed_messages_leave_and_untrashed_ones_come_back(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    a, b, c = (gmail.add(mail(n, subject=f"Interview {n}")) for n in range(1, 4))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    _, states = run_sync(src)
    gmail.delete(a)
    gmail.relabel(b, add=["TRASH"])
    gmail.relabel(c, add=["STARRED"], remove=["UNREAD"])  # a label change that does not matter
    gmail.reset_counts()
    batches, states = run_sync(src, states)
    assert sorted(batches[-1].removed_uids) == sorted([a, b])
    assert fetched(batches) == {} and gmail.calls["messages.get"] == 0

    gmail.relabel(b, remove=["TRASH"])
    batches, states = run_sync(src, states)
    assert list(fetched(batches)) == [b] and batches[-1].removed_uids == []


def test_a_message_id_that_answers_404_is_skipped(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    _, states = run_sync(src)
    gone = gmail.add(mail(2, subject="Interview 2"))
    kept = gmail.add(mail(3, subject="Interview 3"))
    gmail.vanish(gone)
    batches, _ = run_sync(src, states)
    assert list(fetched(batches)) == [kept]


# --- faults and quotas ---------------------------------------------------------------


def test_429_then_success_is_retried_after_a_backoff(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    gmail.fail("messages.list", 429, retry_after=2)
    sleeps = Sleeps()
    src = source(make_settings(gmail, tmp_path), sleep=sleeps)
    close_later.append(src)
    batches, _ = run_sync(src)
    assert len(fetched(batches)) == 1
    assert gmail.calls["messages.list"] == 2
    assert len(sleeps) == 1 and sleeps[0] >= 2  # Retry-After is honoured


def test_user_rate_limit_403_is_retried_but_other_403s_are_not(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    gmail.fail("getProfile", 403, reason="userRateLimitExceeded")
    _, states = run_sync(src)
    assert gmail.calls["getProfile"] == 2
    gmail.fail("history.list", 403, reason="insufficientPermissions")
    with pytest.raises(AuthError, match="run `interview-watcher auth gm` again"):
        run_sync(src, states)
    assert gmail.calls["history.list"] == 1


def test_a_500_inside_a_batch_is_retried_in_a_smaller_batch_which_grows_again(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    for n in range(140):
        gmail.add(newsletter(n, days_ago=1 + n / 1000))
    gmail.fail("messages.get", 500)  # the first part of the first batch
    sleeps = Sleeps()
    src = source(make_settings(gmail, tmp_path), sleep=sleeps)
    close_later.append(src)
    batches, _ = run_sync(src, is_candidate=interviews_only)
    assert len(fetched(batches)) == 140
    assert len(sleeps) == 1
    sizes = gmail.batch_sizes
    assert sizes[0] == 50 and sizes[1] == 25  # halved after the error ...
    assert 50 in sizes[2:]  # ... and back to 50 after successes
    assert sum(sizes) == 141  # the failed one once more


def test_a_whole_batch_refused_with_503_is_sent_again(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    for n in range(3):
        gmail.add(mail(n, subject=f"Interview {n}"))
    gmail.fail("batch", 503)
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    batches, _ = run_sync(src)
    assert len(fetched(batches)) == 3 and gmail.calls["batch"] == 4  # metadata refused, again; threads; raw


def test_a_batch_that_keeps_failing_ends_in_one_source_error(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.add(mail(1))
    gmail.fail("messages.get", 500, times=50)
    settings = make_settings(gmail, tmp_path)
    with Store(settings.storage.path) as store:
        result = scan_account(
            settings,
            store,
            settings.accounts[0],
            source=GmailSource(gmail_account(settings), settings, sleep=Sleeps()),
        )
        assert not result.ok
        assert "gave up after 6 tries" in result.error and "HTTP 500" in result.error
        assert store.folder_states("gm") == {}  # no cursor: the next scan starts again


def test_the_http_timeout_is_applied_to_every_request(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.add(mail(1))
    gmail.fail("messages.list", None, delay=4, times=3)
    settings = make_settings(gmail, tmp_path, timeout=0.5)
    src = GmailSource(gmail_account(settings), settings, sleep=Sleeps())
    src.connect()
    try:
        started = time.monotonic()
        with pytest.raises(SourceError, match=r"did not answer within 0.5s"):
            run_sync(src)
        assert time.monotonic() - started < 3.5  # three tries of 0.5 s, not three of 4 s
        assert gmail.calls["messages.list"] == 3
    finally:
        src.close()


def test_the_default_timeout_is_60_seconds(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    assert src.account.timeout_seconds == 60
    assert src.api is not None and src.api.http.http.timeout == 60


# --- the token ------------------------------------------------------------------------


def test_an_expired_token_is_refreshed_and_saved_again_0600(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    settings = make_settings(gmail, tmp_path, expired=True)
    token = tmp_path / "gmail-token.json"
    token.chmod(0o600)
    src = source(settings)
    close_later.append(src)
    run_sync(src)
    saved = json.loads(token.read_text())
    assert gmail.calls["token:refresh_token"] == 1
    assert saved["token"] != "ya29.expired-token" and saved["token"] in gmail.access_tokens
    assert saved["refresh_token"] and saved["token_uri"] == gmail.url + "token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_token_refused_mid_scan_is_refreshed_once_and_the_scan_goes_on(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    gmail.add(mail(1))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    gmail.access_tokens.clear()  # Google revoked the access token (not the grant)
    batches, _ = run_sync(src)
    assert len(fetched(batches)) == 1 and gmail.calls["token:refresh_token"] == 1
    src.close()
    assert json.loads((tmp_path / "gmail-token.json").read_text())["token"] in gmail.access_tokens


def test_invalid_grant_says_to_run_auth_again_and_the_account_status_keeps_it(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    settings = make_settings(gmail, tmp_path, expired=True)
    gmail.invalid_grant = True
    with Store(settings.storage.path) as store:
        result = scan_account(settings, store, settings.accounts[0])
        assert "run `interview-watcher auth gm` again" in result.error
        assert "invalid_grant" in result.error and "Testing" in result.error
        status = store.account_statuses()["gm"]
        assert not status.ok and "interview-watcher auth gm" in status.error
    assert "ya29" not in result.error


def test_a_missing_token_file_says_to_run_auth_first(gmail: FakeGmail, tmp_path: Path) -> None:
    settings = make_settings(gmail, tmp_path, write_token=False)
    with pytest.raises(AuthError, match=r"no OAuth token at .* run `interview-watcher auth gm` first"):
        GmailSource(gmail_account(settings), settings).connect()


def test_a_token_file_others_can_read_is_refused(gmail: FakeGmail, tmp_path: Path) -> None:
    from watcher.errors import SecretError

    settings = make_settings(gmail, tmp_path)
    (tmp_path / "gmail-token.json").chmod(0o644)
    with pytest.raises(SecretError, match="chmod 600"):
        GmailSource(gmail_account(settings), settings).connect()


# --- check, delivery ------------------------------------------------------------------


def test_check_names_the_mailbox_and_the_single_pseudo_folder(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    (choice,) = src.folders()
    assert choice.name == FOLDER and ME in choice.reason and "newer_than:365d" in choice.reason


def test_the_digest_is_sent_with_users_messages_send(gmail: FakeGmail, tmp_path: Path) -> None:
    from watcher.digest.deliver import send_gmail

    settings = make_settings(
        gmail, tmp_path, deliver="gmail", scopes=["https://www.googleapis.com/auth/gmail.readonly", SEND]
    )
    digest = EmailMessage()
    digest["From"] = ME
    digest["To"] = ME
    digest["Subject"] = "Interview follow-ups: 1 due today"
    digest.set_content("Lindenwerk: a polite nudge is due today.\n")
    gmail_id = send_message(gmail_account(settings), settings, digest.as_bytes())
    assert gmail_id in gmail.messages and gmail.messages[gmail_id].labels == ["SENT"]
    assert gmail.sent[0] == digest.as_bytes()
    send_gmail(digest, settings)  # the digest's own delivery path
    assert len(gmail.sent) == 2 and gmail.calls["messages.send"] == 2


def test_sending_is_refused_clearly_without_the_send_scope(gmail: FakeGmail, tmp_path: Path) -> None:
    settings = make_settings(gmail, tmp_path, deliver="gmail")
    with pytest.raises(DeliveryError, match=r"no gmail.send.*run `interview-watcher auth gm` again"):
        send_message(gmail_account(settings), settings, b"Subject: x\r\n\r\nx\r\n")
    assert gmail.calls["messages.send"] == 0


def test_sending_after_invalid_grant_carries_the_same_message(gmail: FakeGmail, tmp_path: Path) -> None:
    settings = make_settings(gmail, tmp_path, deliver="gmail", expired=True, scopes=[SEND])
    gmail.invalid_grant = True
    with pytest.raises(DeliveryError, match="run `interview-watcher auth gm` again"):
        send_message(gmail_account(settings), settings, b"Subject: x\r\n\r\nx\r\n")


def test_a_sent_message_is_not_retried_after_a_server_error(gmail: FakeGmail, tmp_path: Path) -> None:
    settings = make_settings(gmail, tmp_path, deliver="gmail", scopes=[SEND])
    gmail.fail("messages.send", 500)
    with pytest.raises(DeliveryError, match="HTTP 500"):
        send_message(gmail_account(settings), settings, b"Subject: x\r\n\r\nx\r\n", sleep=Sleeps())
    assert gmail.calls["messages.send"] == 1  # it may have gone out: no blind resend


# --- the fake itself ------------------------------------------------------------------


def test_the_fake_answers_in_the_discovery_documents_shapes(
    gmail: FakeGmail, tmp_path: Path, close_later: list[GmailSource]
) -> None:
    mid = gmail.add(mail(1))
    src = source(make_settings(gmail, tmp_path))
    close_later.append(src)
    run_sync(src)
    api = src.api
    assert api is not None
    full = api.users.messages().get(userId="me", id=mid, format="full").execute()
    assert full["payload"]["mimeType"] == "text/plain"
    thread = (
        api.users.threads()
        .get(userId="me", id=gmail.messages[mid].thread_id, format="metadata", metadataHeaders=["Subject"])
        .execute()
    )
    assert thread["messages"][0]["payload"]["headers"] == [
        {"name": "Subject", "value": "Interview for the platform engineer role"}
    ]
    assert gmail.shape_errors == []
    assert shape_errors({"id": "1", "labels": []}, "Message") == ["Message.labels: not in schema Message"]
    assert shape_errors({"historyId": 5}, "Profile") == ["Profile.historyId: expected string, got int"]
