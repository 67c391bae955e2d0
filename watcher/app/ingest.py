"""The scan loop: a source's batches → parsed records → one transaction each."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from watcher.config import GmailAccount, ImapAccount, MaildirAccount, Settings
from watcher.core.records import Message
from watcher.errors import MessageParseError, ScanCeilingReached, WatcherError
from watcher.sources import open_source
from watcher.sources.base import Batch, FolderState, MailSource, Verdict
from watcher.store.state import Store, message_to_json

if TYPE_CHECKING:  # the gate is imported when mail arrives: a rescan with nothing new never needs it
    from watcher.core.candidates import IndexFacts
    from watcher.core.gate import HeaderView

log = logging.getLogger(__name__)

AnyAccount = ImapAccount | MaildirAccount | GmailAccount


@dataclass(slots=True)
class ScanResult:
    account: str
    new: int = 0
    changed: int = 0
    total: int = 0
    skipped: int = 0  # messages that could not be parsed
    seconds: float = 0.0
    error: str = ""
    stopped: str = ""  # why the scan stopped early (its time limit); what it stored is kept
    folders: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error


Progress = Callable[[str, int, int | None], None]
"""progress(folder, messages_done_in_this_batch, total_hint)"""


def parse_batch(
    account: str, batch: Batch, my_addresses: list[str], views: dict[bytes, HeaderView] | None = None
) -> tuple[list[tuple[Message, bytes]], int]:
    """Parse what a batch fetched; a message that cannot be parsed is logged and skipped, and
    a draft (not sent) is left out.

    `views`: what the gate read from header blocks, by block (see `IngestGate.views`); the ones
    this batch uses are taken out.
    """
    from watcher.core.mail import parse_message  # once mail arrives (a rescan never needs the reader)

    records: list[tuple[Message, bytes]] = []
    skipped = 0
    for f in batch.messages:
        if f.is_draft:
            continue  # not sent: nobody has read it, it answers nothing
        view = views.pop(f.raw, None) if views and f.headers_only else None
        try:
            msg = parse_message(
                f.raw,
                account=account,
                folder=batch.folder,
                uid=f.uid,
                my_addresses=my_addresses,
                internaldate=f.internaldate,
                thread_hint=f.thread_hint,
                headers_only=f.headers_only,
                header_items=view.items if view is not None else None,
            )
        except MessageParseError as e:
            skipped += 1
            log.warning("%s/%s uid %s: skipped, cannot parse: %s", account, batch.folder, f.uid, e)
            continue
        except Exception as e:  # untrusted input must never stop a scan
            skipped += 1
            log.warning(
                "%s/%s uid %s: skipped, parser failed: %s: %s",
                account,
                batch.folder,
                f.uid,
                type(e).__name__,
                e,
            )
            continue
        records.append((msg, f.raw))
    return records, skipped


_MAX_VIEWS = 5000  # header views kept for parses to come (a chunk or two of a big first scan)

INDEXING = "(indexing)"  # the progress "folder" while new mail joins the index


class IngestGate:
    """The gate of one scan (see `watcher.core.gate`), knowing the interview mail already stored.

    A message that links to an interview conversation, or comes from or goes to
    one of its organisations or people, is read in full whatever its words; so is
    mail this scan found to be part of one (`learn`).
    """

    def __init__(
        self,
        nodes: set[str] | None,
        tokens: set[str] | None,
        my_addresses: list[str],
        store: Store | None = None,
    ) -> None:
        self._nodes, self._tokens = nodes, tokens
        self.store = store
        self.mine = {a.strip().lower() for a in my_addresses}
        self.my_addresses = my_addresses
        # What `decide` read from blocks it did not send for a whole read, for the parse. A source
        # may decide the next chunk before the last is stored, so each batch takes out its own.
        self.views: dict[bytes, HeaderView] = {}

    @classmethod
    def for_store(cls, store: Store, my_addresses: list[str]) -> IngestGate:
        """A gate that reads what the store knows when it first needs it (a scan with nothing new never does)."""
        return cls(None, None, my_addresses, store)

    def _known(self) -> tuple[set[str], set[str]]:
        if self._nodes is None or self._tokens is None:
            from watcher.store.mailindex import MailIndex

            nodes, tokens = (
                (set(), set())
                if self.store is None
                else MailIndex(self.store, self.my_addresses).interview_keys()
            )
            self._nodes, self._tokens = nodes, tokens
        return self._nodes, self._tokens

    @property
    def nodes(self) -> set[str]:
        return self._known()[0]

    @property
    def tokens(self) -> set[str]:
        return self._known()[1]

    def decide(self, headers: bytes, *, has_calendar: bool = False) -> Verdict:
        from watcher.core.candidates import party_tokens
        from watcher.core.gate import first_look, read_headers

        h = read_headers(headers)
        if any("id:" + i in self.nodes for i in h.ids) or party_tokens(h.addresses, self.mine) & self.tokens:
            return "fetch"
        verdict = first_look(h, has_calendar=has_calendar)
        if verdict != "fetch" and h.items is not None:
            self.views[headers] = h
        return verdict

    def peek(self, text: str) -> bool:
        from watcher.core.gate import peek_passes

        return peek_passes(text)

    def learn(self, messages: Sequence[Message], facts: Sequence[IndexFacts]) -> None:
        """Read-in-full mail that can start a process, or joins one, widens what later mail links to.

        `facts` are the messages' `index_facts`, computed once per batch for this and the index.
        """
        for m, f in zip(messages, facts, strict=True):
            if m.headers_only:
                continue
            if f.seed or any(n in self.nodes for n in f.nodes):
                self.nodes.update(f.nodes)
                self.tokens.update(f.tokens)


def _refresh_index(settings: Settings, store: Store, progress: Progress | None) -> int:
    """Index what this scan stored, so that questions find it ready (and after an upgrade, all of it);
    how many rows were indexed."""
    from watcher.store.mailindex import MailIndex

    last = 0

    def step(done: int, total: int) -> None:
        nonlocal last
        if progress:
            progress(INDEXING, done - last, total)
        last = done

    try:
        return MailIndex(store, settings.my_addresses).refresh(step)
    except WatcherError as e:  # the next question tries again
        log.warning("indexing the new mail failed: %s", e)
        return 0


def _batch_index(
    settings: Settings, store: Store, messages: list[Message], facts: Sequence[IndexFacts]
) -> Callable[[sqlite3.Connection], None] | None:
    """The batch's indexing, to run in its transaction; None when the index cannot be read now
    (the rows are then stored unindexed, and the next refresh takes them in)."""
    from watcher.store.mailindex import MailIndex

    try:
        return MailIndex(store, settings.my_addresses).index_in(messages, facts)
    except WatcherError as e:
        log.warning("indexing the new mail failed: %s", e)
        return None


_LATE_ROUNDS = 3  # a fetched body may bring in more of its thread; a few rounds settle it


def _fetch_whole(
    settings: Settings, store: Store, account: str, src: MailSource, wanted: dict[str, list[str]], why: str
) -> bool:
    """Read stored header-only messages in full (uids per folder); True when any arrived."""
    fetch_full = getattr(src, "fetch_full", None)
    if fetch_full is None or not wanted:
        return False
    states = store.folder_states(account)
    fetched_any = False
    for folder, uids in wanted.items():
        try:
            fetched = fetch_full(folder, uids)
        except WatcherError as e:  # the next scan tries again
            log.warning("%s/%s: could not read %d message(s) in full: %s", account, folder, len(uids), e)
            continue
        if not fetched:
            continue
        fetched_any = True
        batch = Batch(folder, messages=fetched, state=states.get(folder, FolderState()))
        records, _skipped = parse_batch(account, batch, settings.my_addresses)
        store.write_batch(account, batch, records)
        log.info("%s/%s: %d message(s) %s; read in full", account, folder, len(records), why)
    return fetched_any


def _read_late_joiners(
    settings: Settings, store: Store, account: str, src: MailSource, progress: Progress | None
) -> None:
    """Fetch the bodies of mail stored with headers only whose conversation turned out to be about
    an interview (a bland "Quick chat?" before the recruiter named the role, the owner's reply
    read before the message it answers)."""
    from watcher.store.mailindex import MailIndex

    index = MailIndex(store, settings.my_addresses)
    for _ in range(_LATE_ROUNDS):
        late: dict[str, list[str]] = {}
        for acc, folder, uid in index.headers_only_in_interview_mail():
            if acc == account:
                late.setdefault(folder, []).append(uid)
        if not _fetch_whole(settings, store, account, src, late, "turned out to matter"):
            return
        _refresh_index(settings, store, progress)


def _regate(settings: Settings, store: Store, account: str, src: MailSource, gate: IngestGate) -> None:
    """After an upgrade of the gate: header-only mail it now lets through is fetched (from the stored
    headers; nothing else is downloaded again)."""
    wanted: dict[str, list[str]] = {}
    for folder, uid, headers in store.ungated_headers(account):
        try:
            verdict = gate.decide(headers)
        except Exception:  # a gate bug must not stop the scan: leave it as it was
            continue
        if verdict == "fetch":
            wanted.setdefault(folder, []).append(uid)
    _fetch_whole(settings, store, account, src, wanted, "pass the upgraded gate")
    store.mark_gated(account)


def _facts_outdated(settings: Settings, store: Store) -> bool:
    from watcher.store.facts import outdated

    return outdated(store, settings.tz, settings.my_addresses)


def _learn_facts(settings: Settings, store: Store) -> None:
    """Read what the interview mail says, once, and keep it for the questions (watcher.store.facts):
    the new mail's facts, or all of them after an upgrade of the reader."""
    from datetime import UTC, datetime

    from watcher.app.pipeline import assess

    try:
        assess(settings, store, datetime.now(UTC), keep_facts=True)
    except WatcherError as e:  # the questions read the text themselves meanwhile
        log.warning("reading the interview mail failed: %s", e)


REREADING = "(re-reading)"  # the progress "folder" while a newer parser reads stored mail again


def reread_outdated(settings: Settings, store: Store, progress: Progress | None = None) -> int:
    """A newer parser reads the stored bytes again (no download); returns how many rows."""
    total = store.count_outdated_records()
    if total == 0:
        return 0  # the usual case, answered from the state's bookkeeping without a walk
    from watcher.core.mail import parse_message

    done = 0
    while True:
        rows = store.outdated_records(500)
        if not rows:
            return done
        out: list[tuple[int, str | None]] = []
        for rowid, account, folder, uid, raw, headers_only, _old in rows:
            try:
                msg = parse_message(
                    raw,
                    account=account,
                    folder=folder,
                    uid=uid,
                    my_addresses=settings.my_addresses,
                    headers_only=headers_only,
                )
            except MessageParseError:
                out.append((rowid, None))
            else:
                out.append((rowid, message_to_json(msg)))
        store.replace_records(out)
        done += len(rows)
        if progress:
            progress(REREADING, len(rows), total)


def scan_account(
    settings: Settings,
    store: Store,
    account: AnyAccount,
    *,
    progress: Progress | None = None,
    source: MailSource | None = None,
    log_health: bool = True,
) -> ScanResult:
    """Fetch what is new for one account. Errors are returned, not raised, so one
    account's failure never stops the others. Health changes are logged (for the
    daemon's journal) unless the caller prints the result itself."""
    result = ScanResult(account.name)
    started = time.monotonic()
    minutes = account.scan_deadline_minutes
    ceiling = started + minutes * 60
    stopped = (
        f"stopped after {minutes:g} min (scan_deadline_minutes); what was read is kept "
        f"and the next scan goes on from there"
    )
    src: MailSource | None = source
    batches: Iterator[Batch] | None = None
    try:
        if src is None:
            src = open_source(account, settings)
        src.connect()
        reread_outdated(settings, store, progress)
        states = store.folder_states(account.name)
        gate = IngestGate.for_store(store, settings.my_addresses)
        _regate(settings, store, account.name, src, gate)
        batches = src.sync(states, gate)
        for batch in batches:
            _store_batch(settings, store, account.name, batch, gate, result)
            if progress:
                progress(batch.folder, len(batch.messages), batch.total_hint)
            if time.monotonic() >= ceiling:  # between batches: everything so far is committed
                result.stopped = stopped
                break
        # New mail, or an index rebuilt after an upgrade, may turn stored header-only mail into interview mail.
        indexed = _refresh_index(settings, store, progress)
        if not result.stopped and (result.new or result.changed or indexed):
            _read_late_joiners(settings, store, account.name, src, progress)
        if not result.stopped and (
            result.new or result.changed or indexed or _facts_outdated(settings, store)
        ):
            _learn_facts(settings, store)
    except ScanCeilingReached as e:  # the source ran into the limit mid-request: nothing half-stored
        result.stopped = str(e).removeprefix(f"{account.name}: ")
    except WatcherError as e:  # source, login, secret or store trouble: report, never stop the others
        result.error = str(e).removeprefix(f"{account.name}: ")
    finally:
        try:
            if isinstance(batches, Generator):
                batches.close()
            if src is not None:
                src.close()
        except Exception as e:  # closing a broken connection must not mask the real error
            log.debug("%s: close failed: %s", account.name, e)
    _refresh_index(settings, store, progress)
    result.total = store.message_total(account.name)
    result.seconds = time.monotonic() - started
    _record_health(store, result, log_health)
    return result


def _store_batch(
    settings: Settings, store: Store, account: str, batch: Batch, gate: IngestGate, result: ScanResult
) -> None:
    """Read, index and store one batch in one transaction, and count it in `result`."""
    from watcher.core.candidates import index_facts  # once mail arrives (a rescan never needs it)

    records, skipped = parse_batch(account, batch, settings.my_addresses, gate.views)
    if len(gate.views) > _MAX_VIEWS:  # blocks that passed a peek are read whole: their views go unused
        gate.views.clear()
    messages = [m for m, _ in records]
    facts = [index_facts(m, gate.mine) for m in messages]
    gate.learn(messages, facts)
    new, changed = store.write_batch(
        account, batch, records, index=_batch_index(settings, store, messages, facts)
    )
    result.new += new
    result.changed += changed
    result.skipped += skipped
    if batch.folder not in result.folders:
        result.folders.append(batch.folder)


def _record_health(store: Store, result: ScanResult, log_health: bool) -> None:
    """Keep the account's health; a change (and a stop at the deadline) goes to the journal."""
    before = store.account_statuses().get(result.account)
    had_failed = before is not None and not before.ok
    if store.set_account_status(result.account, result.ok, result.error) and log_health:
        if result.ok and had_failed:
            log.info("%s: scanning works again", result.account)
        elif not result.ok:
            log.error("%s: %s", result.account, result.error)
    if result.stopped and log_health:
        log.warning("%s: %s", result.account, result.stopped)
