"""The once-a-day rule around the digest: prepare, check the state, deliver, record.

The state holds one row per day (in the configured time zone). A day whose
digest was sent is done unless `force`; a failed send is retried by the next
call; a day with nothing to say is recorded as skipped and re-checked by the
next call (news may have arrived).

The check and the send are one critical section across processes (`send_lock`),
and a send is recorded in phases (see Store.record_digest). A send interrupted
after the message was handed over is never repeated silently: with IMAP the
folder is searched for its Message-ID (exactly once); with SMTP and Gmail the
day is recorded as 'maybe_sent', not resent unless `force`, and the next digest
says so (at most once, with a notice).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING

from watcher.app.drafts import draft_notes
from watcher.app.locks import state_lock
from watcher.app.pipeline import assess
from watcher.app.staleness import state_notices
from watcher.config import ImapAccount, MaildirAccount, Settings
from watcher.core.assessment import by_urgency
from watcher.core.humandates import fmt_day
from watcher.digest.deliver import (
    DEFAULT_RETRY_DELAYS,
    build_message,
    deliver,
    delivery_config_problem,
    imap_holds,
)
from watcher.digest.render import (
    FIRST_DIGEST_LOOKBACK,
    AccountProblem,
    Digest,
    DigestInputs,
    build_digest,
    digest_message_id,
    render_html,
    render_text,
)
from watcher.errors import ConfigError, MaybeDeliveredError, WatcherError
from watcher.store.records import DigestRecord, DigestStatus
from watcher.store.state import Store

if TYPE_CHECKING:
    from watcher.app.pipeline import Refresh
    from watcher.core.assessment import Assessed

log = logging.getLogger(__name__)

#: How long a second `digest --send` waits for the first one to finish its send.
LOCK_WAIT_SECONDS = 600.0
_MEMORY_LOCK = threading.Lock()
Assessor = Callable[[datetime], "list[Assessed]"]


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    status: DigestStatus
    day: date
    message_id: str
    subject: str
    error: str = ""
    deliver: str = ""  # how it went out ("smtp", "imap", "gmail", "stdout")
    to: str = ""


@dataclass(frozen=True, slots=True)
class PreparedDigest:
    """The day's digest, rendered and addressed: what a send hands over."""

    digest: Digest
    text: str
    html: str
    message_id: str
    to: str
    deliver: str  # how it goes out ("smtp", "imap", "gmail", "stdout")

    @property
    def day(self) -> date:
        return self.digest.day

    @property
    def subject(self) -> str:
        return self.digest.subject

    def outcome(self, status: DigestStatus, error: str = "", subject: str | None = None) -> DigestOutcome:
        """What became of this digest (`subject`: the one recorded, when it went out before)."""
        return DigestOutcome(
            status,
            self.day,
            self.message_id,
            self.subject if subject is None else subject,
            error,
            self.deliver,
            self.to,
        )

    @property
    def needs_attention(self) -> bool:
        return self.digest.needs_attention


def _problems(settings: Settings, store: Store) -> list[AccountProblem]:
    out = []
    for name, st in sorted(store.account_statuses().items()):
        if st.ok:
            continue
        try:
            account = settings.account(name)
        except WatcherError:
            continue  # no longer configured
        if isinstance(account, ImapAccount):
            where = account.host
        elif isinstance(account, MaildirAccount):
            where = str(account.path)
        else:
            where = "Gmail"
        out.append(AccountProblem(name, where, st.since, st.error))
    return out


def _with_state_notices(digest: Digest, settings: Settings, store: Store) -> Digest:
    """Say at the top when the state is empty or partly never scanned. (A failing account
    is already one of the digest's problems, with its host and since when.) `digest --send`
    refuses a state never scanned, and the daemon scans before each digest."""
    notices = state_notices(settings, store)
    if any(n.kind == "never_scanned" for n in notices) and not digest.snapshot:
        # "Nothing needs your attention today" would be a claim about mail nobody read.
        return dataclasses.replace(digest, counts=notices[0].text[:1].upper() + notices[0].text[1:])
    unscanned = tuple(n.text for n in notices if n.kind == "account_never_scanned")
    if unscanned:
        return dataclasses.replace(digest, problems=unscanned + tuple(digest.problems))
    return digest


def _owner_name(settings: Settings) -> str:
    name = parseaddr(settings.digest.from_ or "")[0].strip()
    return "" if name.lower() == "interview-watcher" else name


def prepare_digest(
    settings: Settings, store: Store, now: datetime, *, assessor: Assessor | None = None
) -> PreparedDigest:
    """Everything the digest for `now`'s day says, rendered; no side effects."""
    tz = settings.tz
    day = now.astimezone(tz).date()

    def default_assessor(moment: datetime) -> list[Assessed]:
        return assess(settings, store, moment)

    run = assessor or default_assessor
    items = by_urgency(run(now))
    last = store.last_sent_digest(before=day)
    if last is not None:
        previous: dict[str, str] = dict(last.snapshot)
        last_day: date | None = last.day
    else:
        # The first digest: what changed during the past week counts as news.
        previous = {a.application.id: a.evaluation.state for a in run(now - FIRST_DIGEST_LOOKBACK)}
        last_day = None

    def since_last(r: DigestRecord) -> bool:
        return r.day < day and (last_day is None or r.day > last_day)

    missed = [(r.day, r.error) for r in store.failed_digests() if since_last(r)]
    maybe_sent = [r.day for r in store.failed_digests(DigestStatus.MAYBE_SENT) if since_last(r)]
    digest = build_digest(
        items,
        DigestInputs(
            now=now,
            tz=tz,
            policy=settings.policy,
            previous=previous,
            problems=_problems(settings, store),
            missed=missed,
            maybe_sent=maybe_sent,
            gmail_accounts=frozenset(a.name for a in settings.accounts if a.type == "gmail"),
            owner_name=_owner_name(settings),
            drafts=draft_notes(settings, store),
        ),
    )
    digest = _with_state_notices(digest, settings, store)
    to = settings.digest_to
    return PreparedDigest(
        digest=digest,
        text=render_text(digest),
        html=render_html(digest),
        message_id=digest_message_id(day, to),
        to=to,
        deliver=settings.digest.deliver,
    )


@contextlib.contextmanager
def send_lock(db_path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold `<state db>.digest.lock` (flock) for one check-and-send, across processes.

    A lock file rather than an SQLite write transaction: a send can take minutes (timeouts,
    retries), and a write transaction held that long would stall every scan writing to the
    same database; the phase records must also be committed before the send, so that a
    crash leaves them behind.
    """
    busy = "another digest send has held {path} for over {wait}s; not sending now"
    with state_lock(db_path, "digest", wait, busy, in_memory=_MEMORY_LOCK):
        yield


def run_digest(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    send: bool = True,
    force: bool = False,
    retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    assessor: Assessor | None = None,
) -> DigestOutcome:
    """Send today's digest at most once (unless `force`); never lose one silently.

    Returns what happened; a failed send is recorded and retried by the next call. The whole
    check-and-send holds `send_lock`: a second caller waits, then finds the day sent.
    """
    if not send:
        prepared = prepare_digest(settings, store, now, assessor=assessor)
        return prepared.outcome(DigestStatus.DRY_RUN)
    with send_lock(store.path):
        prepared = prepare_digest(settings, store, now, assessor=assessor)
        return _send_locked(settings, store, now, prepared, force=force, retry_delays=retry_delays)


MAYBE_SENT_ERROR = "interrupted after the message was handed to the server"


def _settle_interrupted(
    settings: Settings, store: Store, record: DigestRecord, prepared: PreparedDigest
) -> DigestOutcome | None:
    """The day is 'submitting': an earlier run handed the message over and then stopped.

    IMAP: look for its Message-ID in the folder; found is sent, not found is sent now (None).
    SMTP and Gmail cannot be asked: record 'maybe_sent' and do not send on our own.
    """
    day, how = prepared.day, record.deliver or settings.digest.deliver
    mid = record.message_id or prepared.message_id
    if how == "imap":
        try:
            found = imap_holds(settings, mid)
        except WatcherError as e:
            error = f"cannot tell whether the interrupted digest arrived: {e}"
            log.error("digest for %s: %s; not sending it again until it can", fmt_day(day), error)
            return prepared.outcome(DigestStatus.FAILED, error)
        if not found:
            log.info("digest for %s: the interrupted APPEND did not arrive; sending it", fmt_day(day))
            return None
        store.record_digest(
            day, mid, DigestStatus.SENT, snapshot=record.snapshot, subject=record.subject, deliver=how,
            count_attempt=False,
        )  # fmt: skip
        log.info(
            "digest for %s: the interrupted APPEND had arrived (%s); recorded as sent", fmt_day(day), mid
        )
        return prepared.outcome(DigestStatus.ALREADY_SENT, subject=record.subject or prepared.subject)
    if how in {"smtp", "gmail"}:
        store.record_digest(
            day, mid, DigestStatus.MAYBE_SENT, error=MAYBE_SENT_ERROR, snapshot=record.snapshot,
            subject=record.subject, deliver=how, count_attempt=False,
        )  # fmt: skip
        log.warning(
            "digest for %s may have been delivered: %s; not sending it again (--force does); "
            "the next digest says so",
            fmt_day(day),
            MAYBE_SENT_ERROR,
        )
        return prepared.outcome(DigestStatus.MAYBE_SENT, MAYBE_SENT_ERROR)
    return None  # stdout: nothing was handed to anyone


def _record_nothing_to_say(
    store: Store, record: DigestRecord | None, prepared: PreparedDigest, how: str
) -> None:
    """The day has nothing to say: recorded as skipped (re-checked by the next run); an earlier
    attempt that failed or was interrupted is no longer worth sending, and the state says so."""
    day, mid = prepared.day, prepared.message_id
    if record is None or record.status == DigestStatus.SKIPPED:
        store.record_digest(
            day, mid, DigestStatus.SKIPPED, subject=prepared.subject, deliver=how, count_attempt=False
        )
    elif record.status in {DigestStatus.FAILED, DigestStatus.SENDING, DigestStatus.SUBMITTING}:
        store.record_digest(
            day,
            mid,
            DigestStatus.SKIPPED,
            subject=prepared.subject,
            deliver=how,
            error=f"earlier attempt failed: {record.error or 'interrupted'}",
            count_attempt=False,
        )


def _send_locked(
    settings: Settings,
    store: Store,
    now: datetime,
    prepared: PreparedDigest,
    *,
    force: bool,
    retry_delays: Sequence[float],
) -> DigestOutcome:
    day, mid, how = prepared.day, prepared.message_id, settings.digest.deliver

    record = store.digest_record(day)
    if record is not None and record.status == DigestStatus.SUBMITTING and not force:
        settled = _settle_interrupted(settings, store, record, prepared)
        if settled is not None:
            return settled
    if record is not None and record.status == DigestStatus.SENT and not force:
        return prepared.outcome(DigestStatus.ALREADY_SENT, subject=record.subject or prepared.subject)
    if record is not None and record.status == DigestStatus.MAYBE_SENT and not force:
        return prepared.outcome(DigestStatus.MAYBE_SENT, record.error or MAYBE_SENT_ERROR)
    if not prepared.needs_attention and not settings.digest.send_when_empty and not force:
        _record_nothing_to_say(store, record, prepared, how)
        return prepared.outcome(DigestStatus.SKIPPED)

    snapshot = dict(prepared.digest.snapshot)
    store.record_digest(
        day, mid, DigestStatus.SENDING, snapshot=snapshot, subject=prepared.subject, deliver=how
    )
    msg = build_message(
        subject=prepared.subject,
        text=prepared.text,
        html=prepared.html,
        to=prepared.to,
        sender=settings.digest.from_,
        message_id=mid,
        now=now,
    )
    handed_over = False

    def handover() -> None:
        nonlocal handed_over
        if not handed_over:
            handed_over = True
            store.record_digest(
                day, mid, DigestStatus.SUBMITTING, snapshot=snapshot, subject=prepared.subject, deliver=how,
                count_attempt=False,
            )  # fmt: skip

    try:
        deliver(msg, prepared.text, settings, now=now, delays=retry_delays, on_handover=handover)
    except MaybeDeliveredError as e:
        error = str(e)
        if how == "imap":  # stays 'submitting': the next run looks in the folder first
            store.record_digest(
                day, mid, DigestStatus.SUBMITTING, error=error, snapshot=snapshot, subject=prepared.subject,
                deliver=how, count_attempt=False,
            )  # fmt: skip
            log.error(
                "digest for %s: %s; the next run looks for it before sending again", fmt_day(day), error
            )
            return prepared.outcome(DigestStatus.FAILED, error)
        store.record_digest(
            day, mid, DigestStatus.MAYBE_SENT, error=error, snapshot=snapshot, subject=prepared.subject, deliver=how,
            count_attempt=False,
        )  # fmt: skip
        log.warning(
            "digest for %s may have been delivered: %s; not sending it again (--force does); "
            "the next digest says so",
            fmt_day(day),
            error,
        )
        return prepared.outcome(DigestStatus.MAYBE_SENT, error)
    except WatcherError as e:
        error = str(e)
        store.record_digest(
            day,
            mid,
            DigestStatus.FAILED,
            error=error,
            snapshot=snapshot,
            subject=prepared.subject,
            deliver=how,
            count_attempt=False,
        )
        # Reported once, by the caller (the CLI's line, the daemon's journal), from the outcome.
        log.debug("digest for %s not delivered: %s; it will be retried", fmt_day(day), error)
        return prepared.outcome(DigestStatus.FAILED, error)
    except BaseException as e:
        if handed_over:
            raise  # stays 'submitting': the next run settles it as after a crash
        store.record_digest(
            day,
            mid,
            DigestStatus.FAILED,
            error=f"{type(e).__name__}: {e}",
            snapshot=snapshot,
            subject=prepared.subject,
            deliver=how,
            count_attempt=False,
        )
        raise
    store.record_digest(
        day,
        mid,
        DigestStatus.SENT,
        snapshot=snapshot,
        subject=prepared.subject,
        deliver=how,
        count_attempt=False,
    )
    log.info("digest for %s sent via %s: %s", fmt_day(day), how, prepared.subject)
    return prepared.outcome(DigestStatus.SENT)


# --- the `digest` command ------------------------------------------------------


NEVER_SCANNED_NOTHING_SENT = "never scanned: run `interview-watcher scan` first; nothing sent"


@dataclass(frozen=True, slots=True)
class Preview:
    """`digest` without --send: today's digest, and whether the state was ever scanned."""

    prepared: PreparedDigest
    never_scanned: bool


def preview_digest(settings: Settings, now: datetime, *, refresh: Refresh | None = None) -> Preview:
    """The digest for `now`'s day, rendered; nothing is sent or recorded."""
    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        never_scanned = any(n.kind == "never_scanned" for n in state_notices(settings, store))
        return Preview(prepare_digest(settings, store, now), never_scanned)


def send_digest(
    settings: Settings, now: datetime, *, force: bool, html: bool = False, refresh: Refresh | None = None
) -> tuple[DigestOutcome, str | None]:
    """`digest --send`: deliver the day's digest once (see `run_digest`); with `html`, also its HTML.
    Refuses a delivery the config cannot make, and a state never scanned (a digest about mail
    nobody read would only mislead)."""
    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        never_scanned = any(n.kind == "never_scanned" for n in state_notices(settings, store))
        problem = delivery_config_problem(settings)
        if problem:
            raise ConfigError(f"{problem}; nothing sent")
        if never_scanned:
            raise WatcherError(NEVER_SCANNED_NOTHING_SENT)
        outcome = run_digest(settings, store, now, force=force)
        return outcome, prepare_digest(settings, store, now).html if html else None
