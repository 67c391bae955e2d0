"""Write, update and tidy the drafts after a scan (the daemon) or on demand (`drafts`).

The decisions are pure (`watcher.core.drafts`); this module reads what the
mailboxes hold now, applies the plan and keeps the ledger. One account that
fails (a login, a refusal) is reported and the others go on.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, Self

from watcher.app.locks import state_lock
from watcher.app.pipeline import Refresh
from watcher.config import GmailAccount, ImapAccount, MaildirAccount, Settings
from watcher.core.assessment import Assessed, by_urgency
from watcher.core.drafts import (
    Action,
    Draft,
    Recorded,
    compose,
    draft_fingerprint,
    fingerprint_of,
    plan,
    to_email,
    wanted_draft,
)
from watcher.core.safetext import clean
from watcher.errors import WatcherError
from watcher.store.drafts import DraftLedger
from watcher.store.state import Store

log = logging.getLogger(__name__)

LOCK_WAIT_SECONDS = 600.0
KIND_WORDS = {"nudge": "nudge", "thank_you": "thank-you note", "reply": "reply"}


class Mailbox(Protocol):
    kind: str
    where: str

    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...
    def fetch(self, folder: str, ref: str) -> bytes | None: ...
    def write(self, raw: bytes, message_id: str, thread_hint: str | None) -> tuple[str, str]: ...
    def delete(self, folder: str, ref: str) -> None: ...
    def link(self, ref: str) -> str: ...


def open_mailbox(account: Any, settings: Settings) -> Mailbox:
    if isinstance(account, ImapAccount):
        from watcher.sources.drafts.imap import ImapDrafts

        return ImapDrafts(account, settings)
    if isinstance(account, MaildirAccount):
        from watcher.sources.drafts.maildir import MaildirDrafts

        return MaildirDrafts(account, settings)
    if isinstance(account, GmailAccount):
        from watcher.sources.drafts.gmail import GmailDrafts

        return GmailDrafts(account, settings)
    raise WatcherError(f"{account.name}: drafts cannot be written to this kind of account")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One application's draft after the run, for the command's output and the log."""

    app_id: str
    employer: str
    action: str  # created, updated, deleted, unchanged, edited, gone, failed (dry run: "would ...")
    kind: str  # nudge, thank_you, reply ("" when none is wanted any more)
    account: str
    folder: str
    link: str = ""
    no_recipient: bool = False
    error: str = ""

    def line(self) -> str:
        what = KIND_WORDS.get(self.kind, "draft")
        where = f"{self.folder} ({self.account})" if self.folder else self.account
        name = clean(self.employer)
        if self.action == "failed":
            return f"{name}: {what} NOT written: {clean(self.error)}"
        if self.action == "edited":
            return f"{name}: your edited {what} in {where} is left alone"
        if self.action == "gone":
            return f"{name}: the {what} written earlier is gone from {where} (sent or deleted); not written again"
        tail = "; To: is empty, no person named in the mail" if self.no_recipient else ""
        return f"{name}: {what} {self.action} in {where}{tail}"


@dataclass(frozen=True, slots=True)
class Target:
    account: Any
    draft: Draft


def _target_account(settings: Settings, draft: Draft) -> Any | None:
    name = settings.drafts.account or draft.account
    for a in settings.accounts:
        if a.name == name:
            return a
    return settings.accounts[0] if settings.accounts and not settings.drafts.account else None


def wanted_drafts(settings: Settings, items: list[Assessed], now: datetime) -> dict[str, Target]:
    """Every draft the processes want now, by application id, with the account to hold it."""
    out: dict[str, Target] = {}
    for a in items:
        try:
            w = wanted_draft(a.application, a.evaluation, now, settings.tz)
            if w is None:
                continue
            d = compose(
                a.application, a.evaluation, w, tz=settings.tz, now=now, my_addresses=settings.my_addresses
            )
            draft_fingerprint(d)  # builds the message once: what cannot be built is left out here
        except Exception as e:  # untrusted mail must not stop the other drafts
            log.warning(
                "drafts: no draft for %s (%s): %s: %s",
                a.application.id,
                clean(a.application.employer),
                type(e).__name__,
                e,
            )
            continue
        account = _target_account(settings, d)
        if account is not None:
            out[a.application.id] = Target(account, d)
    return out


class _Boxes:
    """Mailboxes opened on first use, one per account; an account that fails stays failed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.open: dict[str, Mailbox] = {}
        self.failed: dict[str, str] = {}
        self.stack = contextlib.ExitStack()

    def get(self, name: str) -> Mailbox | None:
        if name in self.failed:
            return None
        if name not in self.open:
            try:
                account = self.settings.account(name)
                self.open[name] = self.stack.enter_context(open_mailbox(account, self.settings))
            except WatcherError as e:
                self.failed[name] = str(e)
                log.error("drafts: %s", e)
                return None
        return self.open[name]

    def close(self) -> None:
        self.stack.close()


@contextlib.contextmanager
def _boxes(settings: Settings) -> Iterator[_Boxes]:
    b = _Boxes(settings)
    try:
        yield b
    finally:
        b.close()


@contextlib.contextmanager
def drafts_lock(db_path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold `<state db>.drafts.lock` (flock) for one run: the daemon and a `drafts` command
    at the same time would otherwise both see "no draft yet" and both write one."""
    busy = "another drafts run has held {path} for over {wait}s"
    with state_lock(db_path, "drafts", wait, busy, in_memory=contextlib.nullcontext()):
        yield


def run_drafts(
    settings: Settings, store: Store, items: list[Assessed], now: datetime, *, dry_run: bool = False
) -> list[Outcome]:
    """Bring the Drafts folders in line with what the processes want now; what happened, per process."""
    with drafts_lock(store.path):
        return _run_drafts(settings, store, items, now, dry_run=dry_run)


def _run_drafts(
    settings: Settings, store: Store, items: list[Assessed], now: datetime, *, dry_run: bool
) -> list[Outcome]:
    ledger = DraftLedger(store)
    recorded = ledger.all()
    targets = wanted_drafts(settings, items, now)
    employers = {a.application.id: a.application.employer for a in items}
    outcomes: list[Outcome] = []
    with _boxes(settings) as boxes:
        found: dict[str, str | None] = {}
        unreadable: set[str] = set()
        for app_id, rec in recorded.items():
            box = boxes.get(rec.account)
            if box is None:
                unreadable.add(app_id)
                continue
            try:
                raw = box.fetch(rec.folder, rec.ref)
            except Exception as e:  # one draft that cannot be read must not stop the others
                log.warning("drafts: %s: cannot read the draft for %s: %s", rec.account, app_id, e)
                unreadable.add(app_id)
                continue
            if raw is None:
                found[app_id] = None
                continue
            fp, marker = fingerprint_of(raw)
            # A message without our marker is not ours to change, whatever its Message-ID says.
            found[app_id] = fp if marker == rec.marker else None
        drafts = {k: t.draft for k, t in targets.items() if k not in unreadable}
        kept = {k: r for k, r in recorded.items() if k not in unreadable}
        new_fps = {k: draft_fingerprint(d) for k, d in drafts.items()}
        for action in plan(drafts, kept, found, new_fps):
            employer = employers.get(action.app_id, action.app_id)
            outcomes.extend(
                _apply(action, targets.get(action.app_id), boxes, ledger, employer, now, dry_run=dry_run)
            )
    return outcomes


@dataclass(frozen=True)
class _Say:
    """How one action's outcome is told (the dry run says "would be ...")."""

    action: Action
    employer: str
    dry_run: bool

    def __call__(self, what: str, account: str, folder: str, link: str = "", error: str = "") -> Outcome:
        action, rec = self.action, self.action.recorded
        kind = action.draft.wanted.kind if action.draft else (rec.marker.split("; ")[1] if rec else "")
        no_to = action.draft is not None and action.draft.to is None
        verb = f"would be {what}" if self.dry_run and what in {"created", "updated", "deleted"} else what
        return Outcome(action.app_id, self.employer, verb, kind, account, folder, link, no_to, error)


def _apply(
    action: Action,
    target: Target | None,
    boxes: _Boxes,
    ledger: DraftLedger,
    employer: str,
    now: datetime,
    *,
    dry_run: bool,
) -> list[Outcome]:
    say = _Say(action, employer, dry_run)
    if action.kind in {"keep", "edited", "gone"}:
        return [_settle(action, boxes, ledger, say, dry_run=dry_run)]
    if action.kind == "delete":
        return [_delete(action, boxes, ledger, say, dry_run=dry_run)]
    assert target is not None and action.draft is not None  # create or update
    return [_write(action, target, boxes, ledger, say, now, dry_run=dry_run)]


def _settle(action: Action, boxes: _Boxes, ledger: DraftLedger, say: _Say, *, dry_run: bool) -> Outcome:
    """A draft left as it is (ours unchanged, edited by the owner, or gone from the mailbox)."""
    rec = action.recorded
    assert rec is not None
    box = boxes.open.get(rec.account)
    link = box.link(rec.ref) if box is not None else ""
    edited = action.kind == "edited"
    if action.kind != "gone" and not dry_run and (link, edited) != (rec.link, rec.edited):
        ledger.seen(action.app_id, link=link, edited=edited)
    if action.kind == "gone" and not dry_run:
        if action.wanted:
            ledger.mark_gone(action.app_id)
        else:
            ledger.drop(action.app_id)
    if edited and not rec.edited:  # said once, not after every scan
        log.info("drafts: %s: the owner edited the draft; left alone", action.app_id)
    what = {"keep": "unchanged", "edited": "edited", "gone": "gone"}[action.kind]
    return say(what, rec.account, rec.folder, link)


def _delete(action: Action, boxes: _Boxes, ledger: DraftLedger, say: _Say, *, dry_run: bool) -> Outcome:
    """A draft of ours no longer wanted."""
    rec = action.recorded
    assert rec is not None
    if not dry_run:
        box = boxes.get(rec.account)
        if box is None:
            return say("failed", rec.account, rec.folder, error=boxes.failed.get(rec.account, ""))
        try:
            box.delete(rec.folder, rec.ref)
        except Exception as e:
            return say("failed", rec.account, rec.folder, error=str(e))
        ledger.drop(action.app_id)
    return say("deleted", rec.account, rec.folder)


def _write(
    action: Action,
    target: Target,
    boxes: _Boxes,
    ledger: DraftLedger,
    say: _Say,
    now: datetime,
    *,
    dry_run: bool,
) -> Outcome:
    """A new draft, or ours rewritten because what it should say changed."""
    rec, draft = action.recorded, action.draft
    assert draft is not None
    account = target.account.name
    done = "updated" if action.kind == "update" else "created"
    box = boxes.get(account)
    if box is None:
        return say("failed", account, "", error=boxes.failed.get(account, ""))
    if dry_run:
        try:
            return say(done, account, _folder_of(box)[0])
        except WatcherError as e:
            return say("failed", account, "", error=str(e))
    msg = to_email(draft, now=now)
    message_id = str(msg["Message-ID"])
    try:
        if action.kind == "update" and rec is not None and hasattr(box, "update") and rec.account == account:
            folder, ref = box.update(rec.folder, rec.ref, msg.as_bytes(), message_id, draft.thread_hint)
        else:
            folder, ref = box.write(msg.as_bytes(), message_id, draft.thread_hint)
            if rec is not None and action.kind == "update":
                old = boxes.get(rec.account)
                if old is not None:
                    old.delete(rec.folder, rec.ref)
    except Exception as e:
        log.error("drafts: %s: cannot write the draft for %s: %s", account, action.app_id, e)
        return say("failed", account, "", error=f"{type(e).__name__}: {e}")
    ledger.put(
        Recorded(
            app_id=action.app_id,
            marker=draft.wanted.marker,
            account=account,
            folder=folder,
            ref=ref,
            fingerprint=draft_fingerprint(draft),
            message_id=message_id,
            link=box.link(ref),
            no_recipient=draft.to is None,
        ),
        written_at=now.astimezone(UTC).isoformat(),
    )
    return say(done, account, folder, box.link(ref))


def drafts(
    settings: Settings, now: datetime, *, dry_run: bool = False, refresh: Refresh | None = None
) -> list[Outcome]:
    """`drafts`: bring the Drafts folders in line as of `now` (or say what that would do)."""
    from watcher.app.pipeline import assess

    with Store(settings.storage.path) as store:
        if refresh is not None:
            refresh(settings, store)
        items = by_urgency(assess(settings, store, now))
        return run_drafts(settings, store, items, now, dry_run=dry_run)


def drafts_after_scan(settings: Settings, now: datetime) -> list[Outcome] | None:
    """The daemon's hook after a scan: bring the drafts in line; never raises (logs instead).
    None when the run failed as a whole, so that the daemon tries again after the next scan."""
    if not settings.drafts.enabled:
        return []
    from watcher.app.pipeline import assess

    try:
        with Store(settings.storage.path) as store:
            outcomes = run_drafts(settings, store, assess(settings, store, now), now)
    except WatcherError as e:
        log.error("drafts: %s", e)
        return None
    except Exception:
        log.exception("drafts: the run failed unexpectedly; the next scan tries again")
        return None
    for o in outcomes:
        if o.action in {"created", "updated", "deleted"}:
            log.info("drafts: %s", o.line())
        elif o.action == "failed":
            log.error("drafts: %s", o.line())
    return outcomes


def check_drafts(settings: Settings) -> list[tuple[str, bool]]:
    """`check`'s lines for [drafts]: per account, where drafts go and why (or why they cannot)."""
    names = [settings.drafts.account] if settings.drafts.account else [a.name for a in settings.accounts]
    out: list[tuple[str, bool]] = []
    for name in names:
        if name is None:
            continue
        try:
            with open_mailbox(settings.account(name), settings) as box:
                where, why = _folder_of(box)
            out.append((f'drafts ({name}): ok; written to "{where}" ({why})', True))
        except WatcherError as e:
            text = clean(str(e)).removeprefix(f"{name}: ")
            out.append((f"drafts ({name}): FAILED: {text}", False))
    return out


def _folder_of(box: Any) -> tuple[str, str]:
    choice = box.folder()
    if isinstance(choice, tuple):
        return choice[0], choice[1]
    return choice.name, choice.reason


def waiting_drafts(settings: Settings, store: Store) -> dict[str, Recorded]:
    """The drafts waiting in a mailbox, by application id ({} when drafts are off: nothing is read)."""
    if not settings.drafts.enabled:
        return {}
    return DraftLedger(store).waiting()


def draft_notes(settings: Settings, store: Store) -> dict[str, Any]:
    """The digest's "waiting in Drafts" line per application ({} when drafts are off)."""
    from watcher.digest.render import DraftNote

    out: dict[str, Any] = {}
    for app_id, rec in waiting_drafts(settings, store).items():
        folder = rec.folder or "Drafts"
        if rec.edited:
            text = f"Your edited draft waits in {folder} ({rec.account}); left as you wrote it"
        elif rec.no_recipient:
            text = f"Waiting in {folder} ({rec.account}); To: is empty, the mail names no person: add one"
        else:
            text = f"Waiting in {folder} ({rec.account}), ready to send"
        out[app_id] = DraftNote(text=text, url=rec.link)
    return out
