"""Drafts through the Gmail API: users.drafts.create with the thread's threadId.

Needs the gmail.compose scope, which `auth` asks for only when [drafts] is on;
a token without it gets one clear line (run `auth NAME` again). The draft is
found again by its draft id, which survives the owner's edits in Gmail (the
message id does not); the digest links to it.
"""

from __future__ import annotations

import base64
import contextlib
import urllib.parse
from typing import Any

from watcher.config import GmailAccount, Settings
from watcher.errors import AuthError, SourceError
from watcher.sources.gmail_auth import COMPOSE, IMAP_SCOPE

#: Scopes that allow drafts.create/update/delete (the discovery document's list, minus add-ons).
_DRAFT_SCOPES = (COMPOSE, "https://www.googleapis.com/auth/gmail.modify", IMAP_SCOPE)
FOLDER = "Drafts"


def lacks_compose(scopes: list[str] | tuple[str, ...] | None, name: str) -> str | None:
    """The `check`/run line when the saved token cannot write drafts; None when it can (or is unknown)."""
    if scopes and not any(s in scopes for s in _DRAFT_SCOPES):
        return (
            f"{name}: the saved authorization cannot write drafts (no gmail.compose); "
            f"with [drafts] enabled, run `interview-watcher auth {name}` again"
        )
    return None


class GmailDrafts:
    kind = "gmail"

    def __init__(self, account: GmailAccount, settings: Settings) -> None:
        self.account = account
        self.settings = settings
        self.where = f"Gmail API ({account.name})"
        self.api: Any = None
        self.email = ""
        self._message_ids: dict[str, str] = {}  # draft id → its current Gmail message id (for links)

    def __enter__(self) -> GmailDrafts:
        from watcher.sources.gmail import GmailApi

        self.api = GmailApi(self.account, self.settings)
        problem = lacks_compose(self.api.keeper.creds.scopes, self.account.name)
        if problem:
            self.api.close()
            raise AuthError(problem)
        try:
            self.email = str(
                self.api.execute(self.api.users.getProfile(userId="me"), "getProfile")["emailAddress"]
            )
        except (SourceError, KeyError, TypeError):
            self.email = ""
        return self

    def __exit__(self, *exc: object) -> None:
        if self.api is not None:
            self.api.close()

    @property
    def _drafts(self) -> Any:
        return self.api.users.drafts()

    def folder(self) -> tuple[str, str]:
        return FOLDER, "Gmail's drafts (users.drafts)"

    def fetch(self, folder: str, ref: str) -> bytes | None:
        from watcher.sources.gmail import _NotFound, decode_raw

        try:
            got = self.api.execute(self._drafts.get(userId="me", id=ref, format="raw"), "drafts.get")
        except _NotFound:
            return None
        self._remember(ref, got)
        raw = (got.get("message") or {}).get("raw")
        return decode_raw(raw) if isinstance(raw, str) else None

    def _body(self, raw: bytes, thread_hint: str | None) -> dict[str, Any]:
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        if thread_hint:
            message["threadId"] = thread_hint
        return {"message": message}

    def write(self, raw: bytes, message_id: str, thread_hint: str | None = None) -> tuple[str, str]:
        # Not retried on a lost answer (creating is not idempotent); the next run sees no record
        # and writes it then, which at worst leaves one extra draft the owner can delete.
        got = self.api.execute(
            self._drafts.create(userId="me", body=self._body(raw, thread_hint)),
            "drafts.create",
            retry=_refused_before_acting,
        )
        draft_id = str(got.get("id", ""))
        self._remember(draft_id, got)
        if not draft_id:
            raise SourceError(f"{self.account.name}: Gmail API drafts.create answered without an id")
        return FOLDER, draft_id

    def update(
        self, folder: str, ref: str, raw: bytes, message_id: str, thread_hint: str | None
    ) -> tuple[str, str]:
        from watcher.sources.gmail import _NotFound

        body = {"id": ref, **self._body(raw, thread_hint)}
        try:
            got = self.api.execute(self._drafts.update(userId="me", id=ref, body=body), "drafts.update")
        except _NotFound:
            return self.write(raw, message_id, thread_hint)
        self._remember(ref, got)
        return FOLDER, ref

    def delete(self, folder: str, ref: str) -> None:
        from watcher.sources.gmail import _NotFound

        with contextlib.suppress(_NotFound):  # already gone: nothing to do
            self.api.execute(self._drafts.delete(userId="me", id=ref), "drafts.delete")

    def _remember(self, draft_id: str, got: Any) -> None:
        mid = (got.get("message") or {}).get("id") if isinstance(got, dict) else None
        if draft_id and isinstance(mid, str):
            self._message_ids[draft_id] = mid

    def link(self, ref: str) -> str:
        """Opens the draft in Gmail's web interface: the drafts view, composing this draft's message."""
        user = urllib.parse.quote(self.email or "0", safe="@")
        mid = self._message_ids.get(ref)
        tail = f"?compose={urllib.parse.quote(mid)}" if mid else ""
        return f"https://mail.google.com/mail/u/{user}/#drafts{tail}"


def _refused_before_acting(e: BaseException) -> bool:
    from watcher.sources.gmail import _send_retryable

    return _send_retryable(e)
