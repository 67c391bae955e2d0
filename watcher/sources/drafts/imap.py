"""Drafts over IMAP: APPEND to the special-use \\Drafts folder (RFC 6154) with \\Draft and \\Seen.

Only when the server flags no folder \\Drafts are the usual names tried
(`Drafts`, `INBOX.Drafts`, `[Gmail]/Drafts`, and the German, French and Spanish
ones); when none exists either, `Drafts` is created under the personal
namespace. A draft is found again by its Message-ID (UIDs change when a client
moves it), and removed with UID EXPUNGE so nothing else the owner flagged
\\Deleted is expunged with it.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from watcher.config import ImapAccount, Settings
from watcher.errors import SourceError

log = logging.getLogger(__name__)

DRAFT_FLAGS = (b"\\Draft", b"\\Seen")

#: The names servers and clients use when nothing is flagged, in order of preference.
FALLBACK_NAMES = (
    "Drafts",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "Draft",
    "Entwürfe",  # German (Dovecot/Thunderbird, GMX, web.de)
    "INBOX.Entwürfe",
    "[Gmail]/Entwürfe",
    "Brouillons",  # French
    "INBOX.Brouillons",
    "[Gmail]/Brouillons",
    "Borradores",  # Spanish
    "INBOX.Borradores",
    "[Gmail]/Borradores",
)


@dataclass(frozen=True, slots=True)
class FolderChoice:
    name: str
    reason: str  # for `check` and the log
    exists: bool


def choose_drafts_folder(folders: list[tuple[tuple[bytes, ...], str]], override: str | None) -> FolderChoice:
    """The folder to write to, from LIST's (flags, name) pairs, and why.

    The configured `folder` wins; then the folder the server flags \\Drafts; then the usual
    names (case-insensitively); else "Drafts" (to be created).
    """
    names = {name for _, name in folders}
    if override:
        return FolderChoice(override, "set by [drafts] folder", override in names)
    for flags, name in folders:
        if any(f.lower() == b"\\drafts" for f in flags):
            return FolderChoice(name, "the server flags it \\Drafts (RFC 6154 special-use)", True)
    by_lower = {n.lower(): n for n in names}
    for candidate in FALLBACK_NAMES:
        if candidate.lower() in by_lower:
            found = by_lower[candidate.lower()]
            return FolderChoice(found, f'no folder is flagged \\Drafts; "{found}" is the usual name', True)
    return FolderChoice(
        "Drafts", "no folder is flagged \\Drafts and none has a usual name: it is created", False
    )


class ImapDrafts:
    """One logged-in IMAP connection for a run's drafts on one account."""

    kind = "imap"

    def __init__(self, account: ImapAccount, settings: Settings) -> None:
        from watcher.sources.imap import ImapSource

        self.account = account
        self.override = settings.drafts.folder if settings.drafts else None
        self.src = ImapSource(account, settings)
        self.where = f"IMAP {account.host}:{account.effective_port} ({account.name})"
        self._folder: FolderChoice | None = None

    def __enter__(self) -> ImapDrafts:
        self.src.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.src.close()

    @property
    def client(self) -> Any:
        return self.src.client

    def folder(self) -> FolderChoice:
        if self._folder is None:
            try:
                listed = [(tuple(flags), name) for flags, _sep, name in self.client.list_folders()]
            except Exception as e:
                raise SourceError(f"{self.where}: cannot list folders: {e}") from None
            self._folder = choose_drafts_folder(listed, self.override)
        return self._folder

    def _ensure_folder(self) -> str:
        choice = self.folder()
        if not choice.exists:
            name = choice.name
            prefix = "" if self.override else self._personal_prefix()  # "INBOX." on Courier, Cyrus
            if prefix and not name.startswith(prefix):
                name = prefix + name
            try:
                if not self.client.folder_exists(name):
                    self.client.create_folder(name)
                with contextlib.suppress(Exception):
                    self.client.subscribe_folder(name)
            except Exception as e:
                raise SourceError(f"{self.where}: cannot create the folder {name}: {e}") from None
            log.info("%s: created the drafts folder %s", self.account.name, name)
            self._folder = FolderChoice(name, choice.reason, True)
        return self.folder().name

    def _personal_prefix(self) -> str:
        try:
            ns = self.client.namespace()
            personal = ns.personal or []
            return str(personal[0][0]) if personal else ""
        except Exception:
            return ""

    # --- the operations the runner needs -----------------------------------------

    def _find(self, folder: str, message_id: str) -> list[int]:
        try:
            self.client.select_folder(folder)
        except Exception:
            return []  # the folder is gone: so is the draft
        return list(self.client.search(["HEADER", "Message-ID", message_id]))

    def fetch(self, folder: str, ref: str) -> bytes | None:
        """The stored draft with Message-ID `ref`, or None when it is gone (sent, deleted, moved)."""
        uids = self._find(folder, ref)
        if not uids:
            return None
        data = self.client.fetch(uids[-1:], [b"BODY.PEEK[]"])
        for item in data.values():
            raw = item.get(b"BODY[]")
            if isinstance(raw, bytes):
                return raw
        return None

    def write(self, raw: bytes, message_id: str, thread_hint: str | None = None) -> tuple[str, str]:
        """APPEND the draft (unless a lost earlier APPEND already put it there); (folder, ref)."""
        folder = self._ensure_folder()
        if not self._find(folder, message_id):
            self.client.append(folder, raw, flags=DRAFT_FLAGS)
        return folder, message_id

    def delete(self, folder: str, ref: str) -> None:
        uids = self._find(folder, ref)
        if not uids:
            return
        self.client.add_flags(uids, [b"\\Deleted"], silent=True)
        if self.client.has_capability("UIDPLUS"):
            self.client.uid_expunge(uids)
        else:  # pragma: no cover - every current server has UIDPLUS; the flag alone hides it in clients
            log.info("%s: no UIDPLUS: the old draft is flagged \\Deleted, not expunged", self.account.name)

    def link(self, ref: str) -> str:
        return ""


def folder_report(account: ImapAccount, settings: Settings) -> str:
    """`check`'s line: which folder drafts go to, and why."""
    with ImapDrafts(account, settings) as box:
        choice = box.folder()
    return f'drafts go to "{choice.name}" ({choice.reason})'
