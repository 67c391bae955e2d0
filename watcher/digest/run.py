"""The once-a-day rule around the digest: prepare, check the state, deliver, record.

The state holds one row per day (in the configured time zone). A day whose
digest was sent is done unless `force`; a failed or interrupted send is
retried by the next call; a day with nothing to say is recorded as skipped and
re-checked by the next call (news may have arrived).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING, Literal

from watcher.config import ImapAccount, MaildirAccount, Settings
from watcher.digest.deliver import DEFAULT_RETRY_DELAYS, build_message, deliver
from watcher.digest.render import (
    FIRST_DIGEST_LOOKBACK,
    AccountProblem,
    Digest,
    DigestInputs,
    build_digest,
    digest_message_id,
    fmt_day,
    render_html,
    render_text,
)
from watcher.errors import WatcherError
from watcher.store import Store

if TYPE_CHECKING:
    from watcher.pipeline import Assessed

log = logging.getLogger(__name__)

Status = Literal["sent", "already_sent", "empty", "failed", "dry_run"]
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
    missed = [
        (date.fromisoformat(r["day"]), r.get("error") or "")
        for r in store.failed_digests()
        if date.fromisoformat(r["day"]) < day
        and (last_day is None or date.fromisoformat(r["day"]) > last_day)
    ]
    p = settings.policy
    digest = build_digest(
        items,
        DigestInputs(
            now=now,
            tz=tz,
            max_nudges=p.max_nudges,
            min_days_between_nudges=p.min_days_between_nudges,
            give_up_after_days=p.give_up_after_days,
            previous=previous,
            problems=_problems(settings, store),
            missed=missed,
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

    Returns what happened; a failed send is recorded and retried by the next call.
    """
    prepared = prepare_digest(settings, store, now, assessor=assessor)
    day, mid, how = prepared.day, prepared.message_id, settings.digest.deliver

    def outcome(status: Status, error: str = "", subject: str | None = None) -> DigestOutcome:
        return DigestOutcome(
            status, day, mid, prepared.subject if subject is None else subject, error, how, prepared.to
        )

    if not send:
        return outcome("dry_run")
    record = store.digest_record(day)
    if record is not None and record["status"] == "sent" and not force:
        return outcome("already_sent", subject=record.get("subject") or prepared.subject)
    if not prepared.needs_attention and not settings.digest.send_when_empty and not force:
        if record is None or record["status"] in {"skipped"}:
            store.record_digest(
                day, mid, "skipped", subject=prepared.subject, deliver=how, count_attempt=False
            )
        elif record["status"] in {"failed", "sending"}:
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
    try:
        deliver(msg, prepared.text, settings, now=now, delays=retry_delays)
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
