"""Drafts in a Maildir++: a new file in the Drafts folder with the D (and S) flag.

mbsync and offlineimap carry it up to the server's Drafts folder on their next
run, flags included. The file is written to tmp/ and renamed into cur/
(the Maildir way, so no reader sees half a file); it is found again by its
Maildir key, which stays put when a client changes its flags.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

from watcher.config import MaildirAccount, Settings
from watcher.errors import SourceError
from watcher.sources.maildir import _find_key

#: Names used for drafts by mail clients and sync tools, when [drafts] folder is not set.
FALLBACK_NAMES = ("Drafts", "Draft", "Entwürfe", "Brouillons", "Borradores", "[Gmail].Drafts")


class MaildirDrafts:
    kind = "maildir"

    def __init__(self, account: MaildirAccount, settings: Settings) -> None:
        self.account = account
        self.root = Path(account.path).expanduser()
        self.override = settings.drafts.folder
        self.where = f"Maildir {self.root} ({account.name})"

    def __enter__(self) -> MaildirDrafts:
        if not self.root.is_dir():
            raise SourceError(f"{self.account.name}: maildir {self.root} does not exist")
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def _dir(self, folder: str) -> Path:
        return self.root / ("." + folder.replace("/", ".").lstrip("."))

    def folder(self) -> tuple[str, str]:
        """(folder, why): the configured one, else the first usual name that exists, else Drafts."""
        if self.override:
            return self.override, "set by [drafts] folder"
        for name in FALLBACK_NAMES:
            if (self._dir(name) / "cur").is_dir():
                return name, f'"{name}" is the drafts folder of this Maildir'
        return "Drafts", "no drafts folder yet: it is created"

    def fetch(self, folder: str, ref: str) -> bytes | None:
        path = _find_key(self._dir(folder), ref)
        if path is None:
            return None
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def write(self, raw: bytes, message_id: str, thread_hint: str | None = None) -> tuple[str, str]:
        folder, _ = self.folder()
        d = self._dir(folder)
        for sub in ("tmp", "new", "cur"):
            (d / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        key = f"{time.time_ns() // 1000}.P{os.getpid()}Q{time.monotonic_ns() % 10**9}.{socket.gethostname()}"
        key = key.replace("/", "\\057").replace(":", "\\072")
        tmp = d / "tmp" / key
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(raw.replace(b"\r\n", b"\n"))  # Maildir files use the local line end
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, d / "cur" / f"{key}:2,DS")
        return folder, key

    def delete(self, folder: str, ref: str) -> None:
        path = _find_key(self._dir(folder), ref)
        if path is not None:
            path.unlink(missing_ok=True)

    def link(self, ref: str) -> str:
        return ""
