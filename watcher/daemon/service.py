"""`interview-watcher run`: keep the state fresh and send the digest every morning.

APScheduler runs the jobs in worker threads; the main thread only waits for
signals (through a wakeup pipe, so no work runs inside a signal handler) and
pings the systemd watchdog. Decisions that must survive a restart (was today's
digest sent?) are read from the state database, never from the scheduler's
memory. Every store access opens its own connection, so jobs in different
threads never share a transaction.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import threading
import time as _time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from watcher.app.ingest import ScanResult, scan_account
from watcher.app.push import Pusher
from watcher.config import Settings, load
from watcher.daemon.notify import Notifier
from watcher.daemon.schedule import (
    MAX_DIGEST_ATTEMPTS,
    DailyTrigger,
    backoff_delay,
    catch_up_deadline,
    digest_due,
    digest_slot,
)
from watcher.digest.deliver import STDOUT_ONLY, delivery_config_problem
from watcher.errors import ConfigError, WatcherError
from watcher.store.records import DigestStatus
from watcher.store.state import Store

log = logging.getLogger(__name__)

#: How long a stop waits for a running scan or digest before leaving anyway.
STOP_GRACE_SECONDS = 7.0
#: How often the main loop nudges the scheduler to re-read the wall clock (after suspend).
WAKEUP_SECONDS = 60.0
#: A scan this recent counts as the digest's pre-scan.
FRESH_SCAN = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class AccountState:
    """The last scan of one account, as the STATUS line shows it."""

    result: ScanResult
    at: datetime
    failures: int = 0
    retry_at: datetime | None = None


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def status_line(
    account_names: list[str], states: dict[str, AccountState], tz: tzinfo, *, digest: str = "", note: str = ""
) -> str:
    """What `systemctl status` shows: each account's last scan, then the digest."""
    parts = []
    for name in account_names:
        st = states.get(name)
        if st is None:
            parts.append(f"{name}: first scan pending")
            continue
        r = st.result
        hhmm = st.at.astimezone(tz).strftime("%H:%M")
        if r.ok:
            parts.append(f"{name}: ok at {hhmm}, {r.new} new, {r.total} stored")
        else:
            retry = f", retry {st.retry_at.astimezone(tz).strftime('%H:%M')}" if st.retry_at else ""
            parts.append(f"{name}: FAILING at {hhmm} ({_one_line(r.error, 80)}){retry}")
    text = "; ".join(parts) or "no accounts"
    if digest:
        text += f"; {digest}"
    if note:
        text += f"; {note}"
    return text


# --- the daemon -------------------------------------------------------------


class _Cancelled(Exception):
    """Raised from the scan's progress callback when the daemon stops: ends a scan between
    batches, each of which is already committed, so the state stays consistent."""


class Daemon:
    """Scheduler, signals and systemd notifications around scan_account and run_digest."""

    def __init__(
        self,
        config_path: str | None = None,
        *,
        settings: Settings | None = None,
        notifier: Notifier | None = None,
        hard_exit: bool = True,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.config_path = config_path
        self.settings = settings if settings is not None else self._load()
        self.notifier = notifier if notifier is not None else Notifier.from_environment()
        self.hard_exit = hard_exit
        self._clock = clock
        self._stopping = threading.Event()
        self._state_lock = threading.Lock()
        self._account_locks: dict[str, threading.Lock] = {}
        self._digest_lock = threading.Lock()
        self._drafts_lock = threading.Lock()
        self._drafts_day: date | None = None  # the owner's day of the last drafts run that went through
        self._states: dict[str, AccountState] = {}
        self._digest_note = ""
        self._digest_tried: date | None = None
        self._pusher = Pusher()
        self._reload_note = ""
        self._running = 0
        self._running_cond = threading.Condition()
        self._wake_r = self._wake_w = -1
        self._old_handlers: dict[int, Any] = {}
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=8)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=self.settings.tz,
        )

    # --- config ------------------------------------------------------------

    def _load(self) -> Settings:
        settings = load(self.config_path)
        if not settings.accounts:
            where = settings.source_path or "the config"
            raise ConfigError(f"{where}: no [[accounts]] configured; the daemon has nothing to scan")
        return settings

    def now(self) -> datetime:
        return self._clock() if self._clock else datetime.now(self.settings.tz)

    # --- life cycle ----------------------------------------------------------

    def run(self) -> int:
        """Run until SIGTERM/SIGINT; returns the exit code (0 for a clean stop)."""
        with Store(self.settings.storage.path):
            pass  # create/migrate now: a state that cannot open is a start-up failure
        self._install_signals()
        try:
            self._schedule(None, self.settings)
            self.scheduler.start()
            try:
                self._maybe_catch_up("start-up")
                s = self.settings
                log.info(
                    "running: %d account(s), scan every %d min, digest at %s %s; config %s",
                    len(s.accounts),
                    s.schedule.scan_every_minutes,
                    s.digest.send_at.strftime("%H:%M"),
                    getattr(s.tz, "key", s.tz),
                    s.source_path,
                )
                self._log_delivery()
                self.notifier.ready(self.status())
                self._loop()
            finally:
                code = self._shutdown()
        finally:
            self._restore_signals()
        return code

    def _install_signals(self) -> None:
        """Signals only write their number to a pipe; the main loop acts on it."""
        self._wake_r, self._wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._old_wakeup_fd = signal.set_wakeup_fd(self._wake_w, warn_on_full_buffer=False)

        def _noop(signum: int, frame: FrameType | None) -> None:
            return None  # the wakeup fd carries the news

        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            self._old_handlers[sig] = signal.signal(sig, _noop)

    def _restore_signals(self) -> None:
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        self._old_handlers.clear()
        signal.set_wakeup_fd(self._old_wakeup_fd)
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _loop(self) -> None:
        ping_every = self.notifier.watchdog_interval
        next_ping = _time.monotonic()
        next_wakeup = _time.monotonic() + WAKEUP_SECONDS
        while True:
            now = _time.monotonic()
            if ping_every and now >= next_ping:
                if self._healthy():
                    self.notifier.watchdog()
                else:
                    log.error("the scheduler thread is gone; withholding the watchdog ping")
                next_ping = now + ping_every
            if now >= next_wakeup:
                # After a suspend, the scheduler's sleep (monotonic) lags the wall clock.
                self.scheduler.wakeup()
                next_wakeup = now + WAKEUP_SECONDS
            deadline = min(next_wakeup, next_ping) if ping_every else next_wakeup
            ready, _, _ = select.select([self._wake_r], [], [], max(0.0, deadline - _time.monotonic()))
            if not ready:
                continue
            try:
                received = os.read(self._wake_r, 64)
            except BlockingIOError:
                continue
            for signum in received:
                if signum in (signal.SIGTERM, signal.SIGINT):
                    log.info("received %s; stopping", signal.Signals(signum).name)
                    return
                if signum == signal.SIGHUP:
                    self.reload()

    def _healthy(self) -> bool:
        thread = getattr(self.scheduler, "_thread", None)
        return bool(self.scheduler.running and (thread is None or thread.is_alive()))

    def _shutdown(self) -> int:
        self.notifier.stopping("stopping")
        self._stopping.set()
        with contextlib.suppress(Exception):
            self.scheduler.shutdown(wait=False)
        deadline = _time.monotonic() + STOP_GRACE_SECONDS
        with self._running_cond:
            while self._running and _time.monotonic() < deadline:
                self._running_cond.wait(max(0.0, deadline - _time.monotonic()))
            left = self._running
        if left:
            # Each batch is its own SQLite transaction: leaving mid-scan loses at most the batch
            # in flight, which the next scan fetches again.
            log.warning(
                "%d job(s) still running after %.0fs; exiting anyway (the state is consistent)",
                left,
                STOP_GRACE_SECONDS,
            )
            if self.hard_exit:
                logging.shutdown()
                os._exit(0)
        log.info("stopped")
        return 0

    @contextlib.contextmanager
    def _job(self) -> Iterator[None]:
        with self._running_cond:
            self._running += 1
        try:
            yield
        finally:
            with self._running_cond:
                self._running -= 1
                self._running_cond.notify_all()

    # --- reload ------------------------------------------------------------

    def reload(self) -> bool:
        """SIGHUP: read the config again; if it is invalid keep the old one and say why."""
        self.notifier.reloading()
        try:
            new = self._load()
            with Store(new.storage.path):
                pass
        except WatcherError as e:
            self._reload_note = "config reload FAILED, running with the previous config"
            log.error("config reload failed; keeping the previous config:\n%s", e)
            self.notifier.ready(self.status())
            return False
        old, self.settings = self.settings, new
        self._reload_note = ""
        if old.notify != new.notify:
            self._pusher = Pusher()  # new services: their first notice may be owed at the next scan
        self._drafts_day = None  # another [drafts] or other accounts: the next scan brings the drafts in line
        self._schedule(old, new)
        log.info("config reloaded from %s: %d account(s)", new.source_path, len(new.accounts))
        self._log_delivery()
        self._maybe_catch_up("reload")
        self.notifier.ready(self.status())
        return True

    def _log_delivery(self) -> None:
        """Say at start-up (and reload) when no digest will reach the owner's mailbox."""
        problem = delivery_config_problem(self.settings)
        if problem:
            log.error("%s; no digest can be sent until the config is fixed", problem)
        elif self.settings.digest.deliver == "stdout":
            log.warning("%s", STDOUT_ONLY)
        from watcher.app.push import targets

        if pushed := targets(self.settings):  # [notify]: named redacted, never with their tokens
            log.info("push notices go to %s", ", ".join(t.label for t in pushed))

    def _delivery_note(self) -> str:
        """The STATUS line's word on delivery, when the digest will not reach a mailbox."""
        problem = delivery_config_problem(self.settings)
        if problem:
            return f"digest CANNOT be sent: {_one_line(problem.removeprefix('digest: '), 100)}"
        if self.settings.digest.deliver == "stdout":
            return 'digest only printed to the log, not emailed (deliver = "stdout")'
        return ""

    # --- scheduling ----------------------------------------------------------

    def _scan_trigger(self, s: Settings) -> IntervalTrigger:
        return IntervalTrigger(
            minutes=s.schedule.scan_every_minutes, jitter=s.schedule.jitter_seconds or None, timezone=s.tz
        )

    def _schedule(self, old: Settings | None, new: Settings) -> None:
        """Make the jobs match `new`, keeping the rhythm of what did not change."""
        now = self.now()
        old_accounts = {a.name: a for a in old.accounts} if old else {}
        new_names = [a.name for a in new.accounts]
        for name in old_accounts:
            if name not in new_names:
                self._remove_job(f"scan:{name}")
                with self._state_lock:
                    self._states.pop(name, None)
                log.info("%s: no longer configured; not scanning it", name)
        schedule_changed = old is None or old.schedule != new.schedule or old.timezone != new.timezone
        for i, account in enumerate(new.accounts):
            job_id = f"scan:{account.name}"
            before = old_accounts.get(account.name)
            if before is None or self.scheduler.get_job(job_id) is None:
                # First scans start at once, a second apart, so they do not all log in together.
                self.scheduler.add_job(
                    self._scan_job,
                    self._scan_trigger(new),
                    args=[account.name],
                    id=job_id,
                    name=f"scan {account.name}",
                    next_run_time=now + timedelta(seconds=i),
                    replace_existing=True,
                )
                continue
            if schedule_changed:
                self.scheduler.reschedule_job(job_id, trigger=self._scan_trigger(new))
            if before != account:  # e.g. a fixed password: try it now
                with self._state_lock:
                    self._states.pop(account.name, None)
                self._set_next_run(account.name, now)
        digest_changed = (
            old is None
            or old.digest.send_at != new.digest.send_at
            or old.timezone != new.timezone
            or self.scheduler.get_job("digest") is None
        )
        if digest_changed:
            self.scheduler.add_job(
                self._digest_job,
                DailyTrigger(new.digest.send_at, new.tz),
                id="digest",
                name="daily digest",
                kwargs={"reason": "scheduled"},
                replace_existing=True,
            )

    def _remove_job(self, job_id: str) -> None:
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(job_id)

    def _set_next_run(self, name: str, when: datetime) -> None:
        with contextlib.suppress(JobLookupError):
            self.scheduler.modify_job(f"scan:{name}", next_run_time=when)

    # --- scans ---------------------------------------------------------------

    def _lock_for(self, name: str) -> threading.Lock:
        with self._state_lock:
            return self._account_locks.setdefault(name, threading.Lock())

    def _progress(self, folder: str, done: int, total: int | None) -> None:
        if self._stopping.is_set():
            raise _Cancelled()

    def _scan_job(self, name: str) -> None:
        with self._job():
            self.scan(name, wait=False)

    def scan(self, name: str, *, wait: bool, unless_within: timedelta | None = None) -> ScanResult | None:
        """Scan one account now; never raises. Returns None when skipped (busy, removed, stopping).

        `unless_within`: keep a scan that finished that recently (the digest's pre-scan right after
        a start-up scan must not double a failing account's backoff)."""
        settings = self.settings
        try:
            account = settings.account(name)
        except ConfigError:
            return None
        lock = self._lock_for(name)
        if not (lock.acquire(timeout=300) if wait else lock.acquire(blocking=False)):
            log.debug("%s: a scan is already running; skipped", name)
            return None
        try:
            if self._stopping.is_set():
                return None
            if unless_within is not None:
                with self._state_lock:
                    recent = self._states.get(name)
                if (
                    recent is not None
                    and self.now().astimezone(UTC) - recent.at.astimezone(UTC) < unless_within
                ):
                    return recent.result
            result = self._scan_locked(settings, account)
        finally:
            lock.release()
        if result is not None:
            self._after_scan(settings, result)
            if result.ok and settings.drafts.enabled:
                self._drafts_after_scan(settings, result)
        return result

    def _drafts_after_scan(self, settings: Settings, result: ScanResult) -> None:
        """Write and tidy the drafts ([drafts] enabled); one run at a time, never raises.

        Only when something can have changed them: new or changed mail, a new day (a nudge
        falls due, a thank-you becomes "yesterday's"), or a run that did not go through. A quiet
        scan every few minutes must not log in to the drafts mailbox each time."""
        from watcher.app.drafts import drafts_after_scan

        now = self.now()
        today = now.astimezone(settings.tz).date()
        with self._drafts_lock:
            if not (result.new or result.changed) and self._drafts_day == today:
                return
            outcomes = drafts_after_scan(settings, now)
            failed = outcomes is None or any(o.action == "failed" for o in outcomes)
            self._drafts_day = None if failed else today

    def _scan_locked(self, settings: Settings, account: Any) -> ScanResult | None:
        try:
            with Store(settings.storage.path) as store:
                try:
                    return scan_account(settings, store, account, progress=self._progress)
                except _Cancelled:
                    log.info("%s: scan interrupted by stop; it resumes at the next start", account.name)
                    return None
                except Exception as e:
                    # scan_account returns source errors; anything else (a secret that cannot be
                    # read, a bug) is recorded the same way so it shows in the digest.
                    result = ScanResult(account.name, error=str(e) or type(e).__name__)
                    changed = store.set_account_status(account.name, False, result.error)
                    if changed:
                        if isinstance(e, WatcherError):
                            log.error("%s: %s", account.name, result.error)
                        else:
                            log.error("%s: scan failed unexpectedly", account.name, exc_info=True)
                    return result
        except WatcherError as e:  # the state database itself
            log.error("%s: cannot open the state: %s", account.name, e)
            return ScanResult(account.name, error=str(e))

    def _after_scan(self, settings: Settings, result: ScanResult) -> None:
        now = self.now()
        cap = settings.schedule.scan_every_minutes * 60.0
        with self._state_lock:
            prev = self._states.get(result.account)
            failures = 0 if result.ok else (prev.failures if prev else 0) + 1
            retry_at = None
            if failures:
                retry_at = now + timedelta(seconds=backoff_delay(failures, cap))
            self._states[result.account] = AccountState(result, now, failures, retry_at)
        if retry_at is not None:
            log.debug("%s: retrying at %s", result.account, retry_at.isoformat(timespec="seconds"))
            self._set_next_run(result.account, retry_at)
        self.notifier.status(self.status())
        if result.ok and (result.new or result.changed or self._pusher.pending):
            self._push(after_digest=False)

    # --- digest --------------------------------------------------------------

    def _maybe_catch_up(self, reason: str) -> None:
        """Queue the digest now if today's did not go out and its catch-up window is open."""
        s = self.settings
        now = self.now()
        day = self._due_day(now, "cannot read the digest record: %s")
        if day is None:
            return
        slot = digest_slot(now, s.digest.send_at, s.tz)
        log.info(
            "the digest for %s has not gone out (due %s); sending it now (%s)",
            day.isoformat(),
            slot.strftime("%H:%M"),
            reason,
        )
        self._queue_digest(now, "catch-up", reason)

    def _due_day(self, now: datetime, unreadable: str, nothing_due: str = "") -> date | None:
        """The day whose digest is due at `now` (today's record read from the state), or None;
        None too when the state cannot be read (logged as `unreadable`). `nothing_due`, when
        given, is logged (debug) with the slot's day when the state says nothing is due."""
        s = self.settings
        slot = digest_slot(now, s.digest.send_at, s.tz)
        try:
            with Store(s.storage.path) as store:
                record = store.digest_record(slot.date())
        except WatcherError as e:
            log.error(unreadable, e)
            return None
        day = digest_due(now, s.digest.send_at, s.tz, s.digest.catch_up_hours, record)
        if day is None and nothing_due:
            log.debug("%s for %s", nothing_due, slot.date())
        return day

    def _queue_digest(self, when: datetime, job: str, reason: str) -> None:
        """One extra digest run at `when` (job "digest:<job>"; a later one replaces it)."""
        self.scheduler.add_job(
            self._digest_job,
            "date",
            run_date=when,
            id=f"digest:{job}",
            name=f"digest {job}",
            kwargs={"reason": reason},
            replace_existing=True,
        )

    def _digest_job(self, reason: str = "scheduled") -> None:
        with self._job(), self._digest_lock:
            if self.digest(reason) is not None:
                self._digest_tried = self.now().astimezone(self.settings.tz).date()
                self._push(after_digest=True)

    def _push(self, *, after_digest: bool) -> None:
        """[notify] (watcher.app.push): after the morning digest, and after a scan once today's digest
        has been tried, tell each service what is new to it today. Never raises."""
        s = self.settings
        if s.notify is None or not s.notify.urls or self._stopping.is_set():
            return
        from watcher.core.push import after_morning

        now = self.now()
        if not after_morning(now, s.digest.send_at, s.tz):
            return  # overnight news waits for the morning digest and its notice
        if not after_digest and self._digest_lock.locked():
            return  # the digest is going out (this may be its pre-scan): its notice follows it
        try:
            with Store(s.storage.path) as store:
                if not after_digest and self._digest_tried != now.astimezone(s.tz).date():
                    record = store.digest_record(now.astimezone(s.tz).date())
                    if record is None and digest_due(
                        now, s.digest.send_at, s.tz, s.digest.catch_up_hours, None
                    ):
                        return  # the digest is about to go out; its notice follows it
                self._pusher.tell(s, store, now)
        except Exception as e:
            log.error("push: failed unexpectedly", exc_info=not isinstance(e, WatcherError))

    def digest(self, reason: str) -> DigestStatus | None:
        """Scan every account, then send the day's digest unless the state says it is settled.
        Returns the outcome's status, or None when nothing was attempted."""
        s = self.settings
        now = self.now()
        if self._due_day(now, "digest: cannot read the state: %s", f"digest ({reason}): nothing due") is None:
            return None
        problem = delivery_config_problem(s)
        if problem:  # a config mistake: no retries until the config changes; STATUS says so
            if reason not in ("start-up", "reload"):  # _log_delivery has just said it
                log.error("digest (%s) not sent: %s", reason, problem)
            return DigestStatus.FAILED
        for account in s.accounts:  # a scan runs just before each digest
            if self._stopping.is_set():
                return None
            self.scan(account.name, wait=True, unless_within=FRESH_SCAN)
        if self._stopping.is_set():
            return None
        from watcher.app.digest import run_digest  # the reader and renderer load when a digest is due

        now = self.now()
        try:
            with Store(s.storage.path) as store:
                outcome = run_digest(s, store, now)
        except Exception as e:
            log.error("digest failed unexpectedly", exc_info=not isinstance(e, WatcherError))
            status, error, subject = DigestStatus.FAILED, str(e), ""
        else:
            status, error, subject = outcome.status, outcome.error or "", outcome.subject or ""
        self._digest_note = self._digest_done(reason, now, status, error, subject)
        self.notifier.status(self.status())
        return status

    def _digest_done(self, reason: str, now: datetime, status: DigestStatus, error: str, subject: str) -> str:
        """Log what a digest run did (run_digest logged a maybe-sent itself), schedule the retry of
        a failed one, and return the STATUS line's note."""
        hhmm = now.strftime("%H:%M")
        if status == DigestStatus.SENT and self.settings.digest.deliver == "stdout":
            log.info("digest printed, not emailed (%s): %s", reason, subject)
            return f"digest printed {hhmm}"
        if status == DigestStatus.SENT:
            log.info("digest sent (%s): %s", reason, subject)
            return f"digest sent {hhmm}"
        if status == DigestStatus.SKIPPED:
            log.info("digest (%s): nothing to report today; not sent", reason)
            return f"digest empty {hhmm}"
        if status == DigestStatus.ALREADY_SENT:
            return "digest already sent today"
        if status == DigestStatus.MAYBE_SENT:
            return f"digest MAYBE sent {hhmm} (interrupted; not resent)"
        if status == DigestStatus.FAILED:
            log.error("digest (%s) could not be sent: %s", reason, error)
            self._schedule_digest_retry(now)
            return f"digest FAILED {hhmm}: {_one_line(error, 80)}"
        return f"digest {status} {hhmm}"

    def _schedule_digest_retry(self, now: datetime) -> None:
        s = self.settings
        slot = digest_slot(now, s.digest.send_at, s.tz)
        try:
            with Store(s.storage.path) as store:
                record = store.digest_record(slot.date())
        except WatcherError:
            record = None
        attempts = (record.attempts or 1) if record else 1
        delay = backoff_delay(attempts, cap_seconds=3600.0, base_seconds=s.schedule.scan_every_minutes * 60.0)
        when = now + timedelta(seconds=delay)
        if when >= catch_up_deadline(slot, s.digest.catch_up_hours, s.tz) or attempts >= MAX_DIGEST_ATTEMPTS:
            log.error("digest for %s: giving up for today after %d attempt(s)", slot.date(), attempts)
            return
        log.info("digest: retrying at %s", when.strftime("%H:%M"))
        with contextlib.suppress(Exception):  # the scheduler may be stopping
            self._queue_digest(when, "retry", "retry")

    # --- status ----------------------------------------------------------------

    def status(self) -> str:
        with self._state_lock:
            states = dict(self._states)
        digest = self._digest_note
        if not digest:
            job = self.scheduler.get_job("digest")
            when = getattr(job, "next_run_time", None) if job is not None else None
            if when is not None:
                digest = f"next digest {when.astimezone(self.settings.tz).strftime('%a %H:%M')}"
        note = "; ".join(n for n in (self._delivery_note(), self._reload_note) if n)
        return status_line(
            [a.name for a in self.settings.accounts],
            states,
            self.settings.tz,
            digest=digest,
            note=note,
        )
