"""ImapSource against a real Dovecot: incremental sync, folders, lookback, headers first, faults."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Generator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.support import dovecot as dovecot_support
from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.imap_interleave import InterleavingImapProxy
from tests.support.mailgen import BROKEN_CHARSET, ME, make_mail
from watcher.config import Settings
from watcher.core.mail import parse_message
from watcher.errors import AuthError, SourceError
from watcher.sources.base import HEADER_FIELDS, Batch, FolderState
from watcher.sources.imap import ImapSource

pytestmark = pytest.mark.dovecot

SETTINGS = Settings.model_validate({"my_addresses": [ME], "timezone": "UTC"})
RECENT = datetime.now(UTC) - timedelta(days=3)


def everything(_headers: bytes) -> bool:
    return True


def source(server: Dovecot, user: DovecotUser, **kw: Any) -> ImapSource:
    opts = {k: kw.pop(k) for k in ("chunk_size", "body_cap", "retry_delays") if k in kw}
    kw.setdefault("security", "none")
    src = ImapSource(server.account(user, **kw), SETTINGS, **opts)
    src.connect()
    return src


def run_sync(
    src: ImapSource, states: dict[str, FolderState] | None = None, is_candidate: Any = everything
) -> tuple[list[Batch], dict[str, FolderState]]:
    """Sync to the end, keeping states as the store would (last batch of each folder wins)."""
    states = dict(states or {})
    batches = list(src.sync(states, is_candidate))
    for b in batches:
        states[b.folder] = b.state
    return batches, states


def uids(batches: list[Batch], folder: str | None = None) -> list[int]:
    return [int(m.uid) for b in batches if folder in (None, b.folder) for m in b.messages]


@pytest.fixture
def close_later() -> Iterator[list[ImapSource]]:
    sources: list[ImapSource] = []
    yield sources
    for s in sources:
        s.close()


def test_first_scan_reads_inbox_and_sent_and_a_rescan_fetches_only_new_uids(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(1, 4)])
    dovecot.append(
        imap_user, "Sent", make_mail(4, sender=ME, to="nora@lindenwerk.example"), internaldate=RECENT
    )

    src = source(dovecot, imap_user)
    batches, states = run_sync(src)
    assert uids(batches, "INBOX") == [1, 2, 3] and uids(batches, "Sent") == [1]
    assert states["INBOX"].last_uid == 3 and states["INBOX"].uidvalidity > 0
    assert states["INBOX"].highestmodseq > 0  # CONDSTORE is on
    assert all(not b.reset and not b.done for b in batches)
    src.close()

    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in (5, 6)])
    src = source(dovecot, imap_user)
    batches, states = run_sync(src, states)
    assert uids(batches) == [4, 5]
    assert sorted(src.stats.header_uids) == [4, 5] and sorted(src.stats.body_uids) == [4, 5]
    assert src.stats.searches == 1  # Sent: UIDNEXT says nothing new, no SEARCH
    assert states["INBOX"].last_uid == 5
    src.close()

    src = source(dovecot, imap_user)
    batches, _ = run_sync(src, states)
    assert batches == [] and src.stats.searches == 0 and src.stats.header_uids == []
    src.close()


def test_each_chunk_is_a_batch_with_the_state_after_it(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(5)])
    src = source(dovecot, imap_user, chunk_size=2, folders=["INBOX"])
    batches = list(src.sync({}, everything))
    assert [[int(m.uid) for m in b.messages] for b in batches] == [[1, 2], [3, 4], [5]]
    assert [b.state.last_uid for b in batches] == [2, 4, 5]
    assert {b.total_hint for b in batches} == {5}
    # A crash after the first batch resumes right after it.
    resumed = list(
        source(dovecot, imap_user, folders=["INBOX"]).sync({"INBOX": batches[0].state}, everything)
    )
    assert uids(resumed) == [3, 4, 5]


def test_inbox_is_selected_before_the_folder_list_is_read(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    """After a LIST, Dovecot re-reads a big folder's whole uid list on SELECT (60 ms at 90,000
    messages): INBOX, always read first unless folders are configured, goes before it."""
    order: list[str] = []

    class Recording(ImapSource):
        def _select(self, folder: str) -> tuple[int, int, int, int]:
            order.append(f"SELECT {folder}")
            return super()._select(folder)

        def _choose_folders(self) -> Any:
            order.append("LIST")
            return super()._choose_folders()

    dovecot.append(imap_user, "INBOX", make_mail(1), internaldate=RECENT)
    src = Recording(dovecot.account(imap_user, security="none"), SETTINGS)
    src.connect()
    batches, _ = run_sync(src)
    assert order == ["SELECT INBOX", "LIST", "SELECT Sent"]
    assert uids(batches, "INBOX") == [1]
    src.close()


def _bland_mail(count: int) -> list[tuple[bytes, datetime]]:
    """Personal mail under a bland subject (the gate peeks at each); the odd ones ask for an interview."""
    bodies = ("Would you have time for an interview with our team on Tuesday?", "Dinner on Friday?")
    return [
        (make_mail(i, subject="Quick chat?", body=bodies[(i + 1) % 2]), RECENT) for i in range(1, count + 1)
    ]


def test_the_next_chunks_peeks_and_headers_are_on_the_wire_before_a_chunk_is_handed_out(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    from watcher.app.ingest import IngestGate

    dovecot.append_many(imap_user, "INBOX", _bland_mail(6))
    src = source(dovecot, imap_user, chunk_size=2, folders=["INBOX"])
    sent: list[bytes] = []
    imap = src.client._imap
    send = imap.send

    def recording(data: bytes) -> None:
        sent.append(bytes(data))
        send(data)

    imap.send = recording
    batches = src.sync({}, IngestGate(set(), set(), [ME]))
    first = next(batches)
    # Chunk 2's headers were read and its peeks sent; only chunk 1's peeks were read back.
    assert sorted(src.stats.header_uids) == [1, 2, 3, 4]
    assert sorted(src.stats.peek_uids) == [1, 2]
    # ... and chunk 3's headers were asked for after chunk 2's peeks, answers not read yet.
    fetches = [line.split(b" (", 1)[0].split(b" ", 1)[1] for line in sent if b" UID FETCH " in line]
    assert fetches[-2:] == [b"UID FETCH 3:4", b"UID FETCH 5:6"]
    assert b"HEADER.FIELDS" in next(line for line in sent if b"UID FETCH 5:6" in line)
    rest = list(batches)
    assert [[int(m.uid) for m in b.messages] for b in [first, *rest]] == [[1, 2], [3, 4], [5, 6]]
    assert [m.headers_only for b in [first, *rest] for m in b.messages] == [False, True] * 3
    assert sorted(src.stats.body_uids) == [1, 3, 5]
    src.close()


def test_a_scan_stopped_while_peeks_are_on_the_wire_goes_on_from_there_on_the_same_source(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    from watcher.app.ingest import IngestGate

    dovecot.append_many(imap_user, "INBOX", _bland_mail(6))
    src = source(dovecot, imap_user, chunk_size=2, folders=["INBOX"])
    gate = IngestGate(set(), set(), [ME])
    batches = src.sync({}, gate)
    assert isinstance(batches, Generator)
    first = next(batches)
    batches.close()  # as the scan does at its time limit: chunk 2's peek answers are unread
    rest = list(src.sync({"INBOX": first.state}, gate))
    assert uids(rest) == [3, 4, 5, 6]
    assert [m.headers_only for b in rest for m in b.messages] == [False, True, False, True]
    src.close()


def _sync_record(src: ImapSource) -> list[tuple[int, list[tuple[str, bool, bytes]]]]:
    from watcher.app.ingest import IngestGate

    out = [
        (b.state.last_uid, [(m.uid, m.headers_only, m.raw) for m in b.messages])
        for b in src.sync({}, IngestGate(set(), set(), [ME]))
    ]
    src.close()
    return out


def test_answers_of_a_later_fetch_read_among_the_peeks_are_kept_for_the_next_chunk(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    """A server may answer the next chunk's header FETCH before the peeks' FETCH completes: those
    heads are kept, and every message comes out once, as with Dovecot's in-order answers."""
    dovecot.append_many(imap_user, "INBOX", _bland_mail(9))
    expected = _sync_record(source(dovecot, imap_user, chunk_size=2, folders=["INBOX"]))
    with InterleavingImapProxy(dovecot.imap_port) as proxy:
        got = _sync_record(source(dovecot, imap_user, chunk_size=2, folders=["INBOX"], port=proxy.port))
    assert proxy.interleaved >= 3  # chunks 2-4's heads arrived among chunks 1-3's peeks
    assert got == expected
    assert [uid for _, ms in got for uid, _, _ in ms] == [str(u) for u in range(1, 10)]
    assert [only for _, ms in got for _, only, _ in ms] == [False, True] * 4 + [False]


def test_uidvalidity_change_rereads_the_folder_with_reset_then_done(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append_many(imap_user, "Sent", [(make_mail(i, sender=ME), RECENT) for i in range(3)])
    _, states = run_sync(source(dovecot, imap_user, folders=["Sent"]))
    old = states["Sent"].uidvalidity

    new = dovecot.recreate_folder(imap_user, "Sent")
    assert new != old
    dovecot.append_many(imap_user, "Sent", [(make_mail(i, sender=ME), RECENT) for i in range(5)])
    batches = list(source(dovecot, imap_user, folders=["Sent"], chunk_size=2).sync(states, everything))
    assert [b.reset for b in batches] == [True, False, False]
    assert [b.done for b in batches] == [False, False, True]
    assert uids(batches) == [1, 2, 3, 4, 5]
    assert all(b.state.uidvalidity == new for b in batches)


def test_uidvalidity_change_to_an_empty_folder_is_one_reset_and_done_batch(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append(imap_user, "Sent", make_mail(1, sender=ME), internaldate=RECENT)
    _, states = run_sync(source(dovecot, imap_user, folders=["Sent"]))
    dovecot.recreate_folder(imap_user, "Sent")
    batches = list(source(dovecot, imap_user, folders=["Sent"]).sync(states, everything))
    assert len(batches) == 1 and batches[0].reset and batches[0].done and batches[0].messages == []


def test_special_use_sent_folder_is_found_and_explained(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    dovecot.create_folder(imap_user, "Sent Items")  # a common name, but not the flagged one
    src = source(dovecot, imap_user)
    assert [(f.name, f.reason) for f in src.folders()] == [
        ("INBOX", "inbox"),
        ("Sent", "special-use \\Sent"),
    ]


def test_folders_override_is_used_as_configured(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    folder = "Bewerbungen/2026 – Übersicht"  # non-ASCII: modified UTF-7 on the wire
    dovecot.create_folder(imap_user, folder)
    dovecot.append(imap_user, folder, make_mail(1), internaldate=RECENT)
    src = source(dovecot, imap_user, folders=[folder])
    assert [(f.name, f.reason) for f in src.folders()] == [(folder, "configured")]
    batches, _ = run_sync(src)
    assert [b.folder for b in batches] == [folder] and uids(batches) == [1]


def test_a_configured_folder_that_does_not_exist_is_a_clear_error(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    src = source(dovecot, imap_user, folders=["INBOX", "Sent Mail"])
    with pytest.raises(SourceError, match=r"^personal: configured folder 'Sent Mail' does not exist"):
        src.folders()


def test_common_sent_names_are_used_only_without_special_use(dovecot_bare: Dovecot) -> None:
    user = dovecot_bare.add_user()
    dovecot_bare.create_folder(user, "Sent Items")
    src = source(dovecot_bare, user)
    assert [(f.name, f.reason) for f in src.folders()] == [
        ("INBOX", "inbox"),
        ("Sent Items", "fallback name; the server offers no special-use flags"),
    ]
    # No Sent folder at all: INBOX only, no error.
    other = dovecot_bare.add_user()
    assert [f.name for f in source(dovecot_bare, other).folders()] == ["INBOX"]


def test_a_wrong_password_is_one_line_with_the_servers_text(
    dovecot: Dovecot, imap_user: DovecotUser, tmp_path: Any
) -> None:
    wrong = tmp_path / "pw"
    wrong.write_text("not-the-password\n")
    wrong.chmod(0o600)
    src = ImapSource(dovecot.account(imap_user, security="ssl", password_file=str(wrong)), SETTINGS)
    with pytest.raises(AuthError) as err:
        src.connect()
    msg = str(err.value)
    assert msg == "personal: login failed: [AUTHENTICATIONFAILED] Authentication failed."
    assert "not-the-password" not in msg and imap_user.password not in msg


def test_mail_with_a_broken_charset_goes_through(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    dovecot.append(imap_user, "INBOX", BROKEN_CHARSET, internaldate=RECENT)
    batches, _ = run_sync(source(dovecot, imap_user, folders=["INBOX"]))
    [fetched] = [m for b in batches for m in b.messages]
    assert fetched.raw.replace(b"\r\n", b"\n") == BROKEN_CHARSET.replace(b"\r\n", b"\n")
    msg = parse_message(fetched.raw, account="personal", folder="INBOX", uid=fetched.uid, my_addresses=[ME])
    assert msg.message_id == "<broken-charset@atelier-bleu.example>"
    assert "Bonjour Sam" in msg.text


def test_headers_come_first_and_only_candidates_get_a_body_fetch(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    news = make_mail(2, subject="Weekly newsletter", extra_headers={"X-Secret-Header": "leave me"})
    dovecot.append_many(imap_user, "INBOX", [(make_mail(1), RECENT), (news, RECENT), (make_mail(3), RECENT)])

    def no_newsletters(headers: bytes) -> bool:
        assert b"\r\n\r\n" not in headers.rstrip(b"\r\n")  # a header block only
        return b"newsletter" not in headers

    src = source(dovecot, imap_user, folders=["INBOX"])
    batches, _ = run_sync(src, is_candidate=no_newsletters)
    got = {int(m.uid): m for b in batches for m in b.messages}
    assert src.stats.header_uids == [1, 2, 3] and src.stats.body_uids == [1, 3]
    assert got[2].headers_only and not got[1].headers_only
    assert b"X-Secret-Header" not in got[2].raw and b"Hello Sam" not in got[2].raw
    assert b"Message-ID: <2@fixtures.example>" in got[2].raw
    assert b"Hello Sam" in got[1].raw
    record = parse_message(
        got[2].raw, account="p", folder="INBOX", uid="2", my_addresses=[ME], headers_only=True
    )
    assert record.subject == "Weekly newsletter" and record.headers_only
    assert len(HEADER_FIELDS) == 15


def test_a_classifier_crash_fetches_the_body_rather_than_losing_mail(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append(imap_user, "INBOX", make_mail(1), internaldate=RECENT)

    def broken(_h: bytes) -> bool:
        raise RuntimeError("bug")

    batches, _ = run_sync(source(dovecot, imap_user, folders=["INBOX"]), is_candidate=broken)
    assert [m.headers_only for b in batches for m in b.messages] == [False]


def test_bodies_are_capped_with_a_partial_fetch(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    big = make_mail(1, body="x" * 5000 + "\n")
    dovecot.append(imap_user, "INBOX", big, internaldate=RECENT)
    batches, _ = run_sync(source(dovecot, imap_user, folders=["INBOX"], body_cap=1000))
    [fetched] = [m for b in batches for m in b.messages]
    assert len(fetched.raw) == 1000 and big.startswith(fetched.raw)


def test_lookback_is_a_server_side_search_since(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=400)
    dovecot.append_many(
        imap_user, "INBOX", [(make_mail(1), long_ago), (make_mail(2), RECENT), (make_mail(3), long_ago)]
    )
    src = source(dovecot, imap_user, folders=["INBOX"], lookback_days=365)
    batches, states = run_sync(src)
    assert uids(batches) == [2]
    assert src.stats.header_uids == [2]  # the old ones were never fetched at all
    assert states["INBOX"].last_uid == 3  # and are not searched for again
    assert batches[0].messages[0].internaldate is not None
    assert abs(batches[0].messages[0].internaldate - RECENT) < timedelta(seconds=1)


def test_a_dropped_connection_is_retried_and_resumes_after_the_last_batch(
    dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append_many(imap_user, "INBOX", [(make_mail(i), RECENT) for i in range(4)])
    src = source(dovecot, imap_user, folders=["INBOX"], chunk_size=1, retry_delays=(0.05, 0.05))
    it = src.sync({}, everything)
    first = next(it)
    dovecot.kick(imap_user)  # the server drops us mid-folder
    rest = list(it)
    assert uids([first, *rest]) == [1, 2, 3, 4]  # each exactly once
    assert src.stats.reconnects == 1
    src.close()


def test_a_server_that_stays_away_ends_in_one_source_error() -> None:
    server = Dovecot.start(tls=False)
    try:
        user = server.add_user()
        server.append_many(user, "INBOX", [(make_mail(i), RECENT) for i in range(3)])
        src = source(server, user, folders=["INBOX"], chunk_size=1, retry_delays=(0.01, 0.01))
        it = src.sync({}, everything)
        next(it)
        server.stop()
        started = time.monotonic()
        with pytest.raises(SourceError) as err:
            list(it)
    finally:
        server.stop()
    assert "gave up after 3 tries" in str(err.value) and "\n" not in str(err.value)
    assert time.monotonic() - started < 10


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield sock.getsockname()[1]
    stop.set()
    t.join()
    for c in held:
        c.close()
    sock.close()


@pytest.mark.parametrize("security", ["none", "ssl", "starttls"])
def test_timeout_seconds_is_applied_to_a_server_that_never_answers(
    dovecot: Dovecot, imap_user: DovecotUser, silent_server: int, security: str
) -> None:
    account = dovecot.account(imap_user, security=security, port=silent_server, timeout_seconds=1)
    started = time.monotonic()
    with pytest.raises(SourceError) as err:
        ImapSource(account, SETTINGS).connect()
    assert time.monotonic() - started < 5
    assert str(err.value) == f"personal: 127.0.0.1:{silent_server} did not answer within 1s (timeout_seconds)"


def test_a_refused_connection_is_one_clear_line(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        account = dovecot.account(imap_user, security="none", port=port)
        with pytest.raises(
            SourceError, match=rf"^personal: cannot connect to 127.0.0.1:{port}: connection refused$"
        ):
            ImapSource(account, SETTINGS).connect()


def test_the_launcher_says_how_to_install_a_missing_dovecot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dovecot_support, "DOVECOT", "/nonexistent/sbin/dovecot")
    with pytest.raises(dovecot_support.DovecotUnavailable, match="dovecot-imapd"):
        Dovecot.start()
