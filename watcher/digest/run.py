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
import fcntl
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from watcher.config import ImapAccount, MaildirAccount, Settings
from watcher.core.humandates import fmt_day
from watcher.digest.deliver import (
    DEFAULT_RETRY_DELAYS,
    build_message,
    deliver,
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
from watcher.errors import MaybeDeliveredError, WatcherError
from watcher.store.state import Store

if TYPE_CHECKING:
    from watcher.pipeline import Assessed

log = logging.getLogger(__name__)

Status = Literal["sent", "already_sent", "maybe_sent", "empty", "failed", "dry_run"]
#: How long a second `digest --send` waits for the first one to finish its send.
LOCK_WAIT_SECONDS = 600.0
_MEMORY_LOCK = threading.Lock()
Assessor = Callable[[datetime], "list[Assessed]"]


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    status: Status
    day: date
    message_id: str
    subject: str
    error: str = ""
    deliver: str = ""  # how it went out ("smtp", "imap", "gmail", "stdout")
    to: str = ""


@dataclass(frozen=True, slots=True)
class PreparedDigest:
    digest: Digest
    subject: str
    text: str
    html: str
    message_id: str
    to: str

    @property
    def day(self) -> date:
        return self.digest.day

    @property
    def needs_attention(self) -> bool:
        return self.digest.needs_attention


def _problems(settings: Settings, store: Store) -> list[AccountProblem]:
    out = []
    for name, st in sorted(store.account_statuses().items()):
        if st["ok"]:
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
        since = None
        if st.get("since"):
            try:
                since = datetime.fromisoformat(st["since"])
            except ValueError:
                since = None
        out.append(AccountProblem(name, where, since, st.get("error") or ""))
    return out


def _with_state_notices(digest: Digest, settings: Settings, store: Store) -> Digest:
    """Say at the top when the state is empty or partly never scanned. (A failing account
    is already one of the digest's problems, with its host and since when.) `digest --send`
    refuses a state never scanned, and the daemon scans before each digest."""
    from watcher.staleness import state_notices

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
    from watcher.pipeline import assess, by_urgency

    tz = settings.tz
    day = now.astimezone(tz).date()

    def default_assessor(moment: datetime) -> list[Assessed]:
        return assess(settings, store, moment)

    run = assessor or default_assessor
    items = by_urgency(run(now))
    last = store.last_sent_digest(before=day)
    if last is not None:
        previous: dict[str, str] = dict(last["snapshot"])
        last_day = date.fromisoformat(last["day"])
    else:
        # The first digest: what changed during the past week counts as news.
        previous = {a.application.id: a.evaluation.state for a in run(now - FIRST_DIGEST_LOOKBACK)}
        last_day = None

    def since_last(r: dict[str, Any]) -> bool:
        d = date.fromisoformat(r["day"])
        return d < day and (last_day is None or d > last_day)

    missed = [
        (date.fromisoformat(r["day"]), r.get("error") or "") for r in store.failed_digests() if since_last(r)
    ]
    maybe_sent = [date.fromisoformat(r["day"]) for r in store.failed_digests("maybe_sent") if since_last(r)]
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
        ),
    )
    digest = _with_state_notices(digest, settings, store)
    to = settings.digest_to
    return PreparedDigest(
        digest=digest,
        subject=digest.subject,
        text=render_text(digest),
        html=render_html(digest),
        message_id=digest_message_id(day, to),
        to=to,
    )


@contextlib.contextmanager
def send_lock(db_path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold `<state db>.digest.lock` (flock) for one check-and-send, across processes.

    A lock file rather than an SQLite write transaction: a send can take minutes (timeouts,
    retries), and a write transaction held that long would stall every scan writing to the
    same database; the phase records must also be committed before the send, so that a
    crash leaves them behind. The kernel releases a flock when its holder dies, even by
    kill -9: a lock never goes stale. Separate opens conflict within one process too.
    """
    if str(db_path) == ":memory:":
        with _MEMORY_LOCK:
            yield
        return
    path = Path(str(db_path) + ".digest.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WatcherError(
                        f"another digest send has held {path} for over {wait:.0f}s; not sending now"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock


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
        return _outcome(prepared, settings, "dry_run")
    with send_lock(store.path):
        prepared = prepare_digest(settings, store, now, assessor=assessor)
        return _send_locked(settings, store, now, prepared, force=force, retry_delays=retry_delays)


def _outcome(
    prepared: PreparedDigest, settings: Settings, status: Status, error: str = "", subject: str | None = None
) -> DigestOutcome:
    return DigestOutcome(
        status,
        prepared.day,
        prepared.message_id,
        prepared.subject if subject is None else subject,
        error,
        settings.digest.deliver,
        prepared.to,
    )


MAYBE_SENT_ERROR = "interrupted after the message was handed to the server"


def _settle_interrupted(
    settings: Settings, store: Store, record: dict[str, Any], prepared: PreparedDigest
) -> DigestOutcome | None:
    """The day is 'submitting': an earlier run handed the message over and then stopped.

    IMAP: look for its Message-ID in the folder; found is sent, not found is sent now (None).
    SMTP and Gmail cannot be asked: record 'maybe_sent' and do not send on our own.
    """
    day, how = prepared.day, record.get("deliver") or settings.digest.deliver
    mid = record.get("message_id") or prepared.message_id
    keep = {"snapshot": record["snapshot"], "subject": record.get("subject") or "", "deliver": how}
    if how == "imap":
        try:
            found = imap_holds(settings, mid)
        except WatcherError as e:
            error = f"cannot tell whether the interrupted digest arrived: {e}"
            log.error("digest for %s: %s; not sending it again until it can", fmt_day(day), error)
            return _outcome(prepared, settings, "failed", error)
        if not found:
            log.info("digest for %s: the interrupted APPEND did not arrive; sending it", fmt_day(day))
            return None
        store.record_digest(day, mid, "sent", **keep, count_attempt=False)
        log.info(
            "digest for %s: the interrupted APPEND had arrived (%s); recorded as sent", fmt_day(day), mid
        )
        return _outcome(prepared, settings, "already_sent", subject=keep["subject"] or prepared.subject)
    if how in {"smtp", "gmail"}:
        store.record_digest(day, mid, "maybe_sent", error=MAYBE_SENT_ERROR, **keep, count_attempt=False)
        log.warning(
            "digest for %s may have been delivered: %s; not sending it again (--force does); "
            "the next digest says so",
            fmt_day(day),
            MAYBE_SENT_ERROR,
        )
        return _outcome(prepared, settings, "maybe_sent", MAYBE_SENT_ERROR)
    return None  # stdout: nothing was handed to anyone


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

    def outcome(status: Status, error: str = "", subject: str | None = None) -> DigestOutcome:
        return _outcome(prepared, settings, status, error, subject)

    record = store.digest_record(day)
    if record is not None and record["status"] == "submitting" and not force:
        settled = _settle_interrupted(settings, store, record, prepared)
        if settled is not None:
            return settled
    if record is not None and record["status"] == "sent" and not force:
        return outcome("already_sent", subject=record.get("subject") or prepared.subject)
    if record is not None and record["status"] == "maybe_sent" and not force:
        return outcome("maybe_sent", record.get("error") or MAYBE_SENT_ERROR)
    if not prepared.needs_attention and not settings.digest.send_when_empty and not force:
        if record is None or record["status"] in {"skipped"}:
            store.record_digest(
                day, mid, "skipped", subject=prepared.subject, deliver=how, count_attempt=False
            )
        elif record["status"] in {"failed", "sending", "submitting"}:
            # The news that made the earlier attempt worth sending is gone; say so in the state.
            store.record_digest(
                day,
                mid,
                "skipped",
                subject=prepared.subject,
                deliver=how,
                error=f"earlier attempt failed: {record.get('error') or 'interrupted'}",
                count_attempt=False,
            )
        return outcome("empty")

    snapshot = dict(prepared.digest.snapshot)
    store.record_digest(day, mid, "sending", snapshot=snapshot, subject=prepared.subject, deliver=how)
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
                day, mid, "submitting", snapshot=snapshot, subject=prepared.subject, deliver=how,
                count_attempt=False,
            )  # fmt: skip

    try:
        deliver(msg, prepared.text, settings, now=now, delays=retry_delays, on_handover=handover)
    except MaybeDeliveredError as e:
        error = str(e)
        if how == "imap":  # stays 'submitting': the next run looks in the folder first
            store.record_digest(
                day, mid, "submitting", error=error, snapshot=snapshot, subject=prepared.subject,
                deliver=how, count_attempt=False,
            )  # fmt: skip
            log.error(
                "digest for %s: %s; the next run looks for it before sending again", fmt_day(day), error
            )
            return outcome("failed", error)
        store.record_digest(
            day, mid, "maybe_sent", error=error, snapshot=snapshot, subject=prepared.subject, deliver=how,
            count_attempt=False,
        )  # fmt: skip
        log.warning(
            "digest for %s may have been delivered: %s; not sending it again (--force does); "
            "the next digest says so",
            fmt_day(day),
            error,
        )
        return outcome("maybe_sent", error)
    except WatcherError as e:
        error = str(e)
        store.record_digest(
            day,
            mid,
            "failed",
            error=error,
            snapshot=snapshot,
            subject=prepared.subject,
            deliver=how,
            count_attempt=False,
        )
        # Reported once, by the caller (the CLI's line, the daemon's journal), from the outcome.
        log.debug("digest for %s not delivered: %s; it will be retried", fmt_day(day), error)
        return outcome("failed", error)
    except BaseException as e:
        if handed_over:
            raise  # stays 'submitting': the next run settles it as after a crash
        store.record_digest(
            day,
            mid,
            "failed",
            error=f"{type(e).__name__}: {e}",
            snapshot=snapshot,
            subject=prepared.subject,
            deliver=how,
            count_attempt=False,
        )
        raise
    store.record_digest(
        day, mid, "sent", snapshot=snapshot, subject=prepared.subject, deliver=how, count_attempt=False
    )
    log.info("digest for %s sent via %s: %s", fmt_day(day), how, prepared.subject)
    return outcome("sent")
