"""The scan loop: a source's batches → parsed records → one transaction each."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field

from watcher.classify import is_candidate
from watcher.config import GmailAccount, ImapAccount, MaildirAccount, Settings
from watcher.errors import MessageParseError, ScanCeilingReached, WatcherError
from watcher.mail import parse_message
from watcher.records import Message
from watcher.sources import open_source
from watcher.sources.base import Batch, MailSource
from watcher.store import Store

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
    account: str, batch: Batch, my_addresses: list[str]
) -> tuple[list[tuple[Message, bytes]], int]:
    """Parse what a batch fetched; a message that cannot be parsed is logged and skipped."""
    records: list[tuple[Message, bytes]] = []
    skipped = 0
    for f in batch.messages:
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


INDEXING = "(indexing)"  # the progress "folder" while new mail joins the index


def _refresh_index(settings: Settings, store: Store, progress: Progress | None) -> None:
    """Index what this scan stored, so that questions find it ready (and after an upgrade, all of it)."""
    from watcher.mailindex import MailIndex

    last = 0

    def step(done: int, total: int) -> None:
        nonlocal last
        if progress:
            progress(INDEXING, done - last, total)
        last = done

    try:
        MailIndex(store, settings.my_addresses).refresh(step)
    except WatcherError as e:  # the next question tries again
        log.warning("indexing the new mail failed: %s", e)


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
        states = store.folder_states(account.name)
        batches = src.sync(states, is_candidate)
        for batch in batches:
            records, skipped = parse_batch(account.name, batch, settings.my_addresses)
            new, changed = store.write_batch(account.name, batch, records)
            result.new += new
            result.changed += changed
            result.skipped += skipped
            if batch.folder not in result.folders:
                result.folders.append(batch.folder)
            if progress:
                progress(batch.folder, len(batch.messages), batch.total_hint)
            if time.monotonic() >= ceiling:  # between batches: everything so far is committed
                result.stopped = stopped
                break
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
    result.total = store.count_messages(account.name)
    result.seconds = time.monotonic() - started
    had_failed = not store.account_statuses().get(account.name, {"ok": True})["ok"]
    if store.set_account_status(account.name, result.ok, result.error) and log_health:
        if result.ok and had_failed:
            log.info("%s: scanning works again", account.name)
        elif not result.ok:
            log.error("%s: %s", account.name, result.error)
    if result.stopped and log_health:
        log.warning("%s: %s", account.name, result.stopped)
    return result
