"""Maildir++ source: local mail from mbsync, offlineimap, notmuch or the demo.

Layout: INBOX is the root's cur/ and new/; other folders sit beside it as
`.Name` (`.Sent`, `.Archive.2024`). A message's uid is its Maildir key: the
file name without the `:2,<flags>` info, which stays put when flags change or
the message moves from new/ to cur/.

Incremental cursor (FolderState.extra, JSON): the newest inode change time
(ctime) seen, plus the keys seen within a short margin below it. ctime — unlike
mtime, which tools copy along — is set by the kernel whenever a file is created
or renamed into the folder, so every delivery lands above the cursor, whatever
the tool. The margin with its key list covers files that share a timestamp
tick. A flag change renames the file and so hands the message out again; the
store keeps one row per uid, so that costs a re-parse, never a duplicate.
A wall clock stepped back by more than the margin between two deliveries
could hide mail until a full rescan (empty states).

FolderState.uidvalidity is the inode of the folder's cur/ directory: a folder
deleted and recreated (or restored from backup) is re-read from scratch, like
an IMAP UIDVALIDITY change; the cursor notes that the re-read is under way, so
a scan killed part-way resumes it and still drops what is gone at its end.

Deleted mail: the cursor also keeps how many files the folder held. Every scan
lists the folder anyway; when fewer of the files handed out before are still
there, the first batch carries every key present (Batch.present_uids) and the
store drops its rows of the others.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from watcher.config import MaildirAccount, Settings
from watcher.errors import SourceError
from watcher.sources.account import BODY_CAP, AccountSource
from watcher.sources.base import Batch, Fetched, FolderChoice, FolderState, Gate, IsCandidate, as_gate
from watcher.sources.structure import peek_message

log = logging.getLogger(__name__)

CHUNK_SIZE = 200
MARGIN_NS = 2 * 1_000_000_000  # keys with a ctime this close below the cursor are remembered
_INFO_SEPARATORS = (":", "!")  # "!" on filesystems that forbid ":" (mbsync's InfoDelimiter)


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    path: Path
    ctime_ns: int
    mtime: float
    flags: tuple[str, ...]


def maildir_key(filename: str) -> tuple[str, tuple[str, ...]]:
    """Split `1700000000.M1P2.host:2,FS` into the stable key and its flags."""
    for sep in _INFO_SEPARATORS:
        if sep + "2," in filename:
            key, _, info = filename.rpartition(sep + "2,")
            return key, tuple(sorted(info))
    return filename, ()


def _header_block(path: Path, cap: int) -> bytes:
    """The header block of a message file (up to the first empty line), read lazily."""
    out = bytearray()
    with path.open("rb") as f:
        for line in f:
            if line in (b"\n", b"\r\n") or len(out) > cap:
                break
            out += line
    return bytes(out)


class MaildirSource(AccountSource[MaildirAccount]):
    """A MailSource over a local Maildir++ tree (see module docstring)."""

    body_cap = BODY_CAP  # bytes of a message read at most, as every source

    def __init__(self, account: MaildirAccount, settings: Settings, *, chunk_size: int = CHUNK_SIZE) -> None:
        super().__init__(account, settings)
        self.root = Path(account.path).expanduser()
        self.chunk_size = chunk_size

    def connect(self) -> None:
        try:
            exists = self.root.is_dir()
            is_file = not exists and self.root.exists()
            is_maildir = exists and self._is_maildir(self.root)
        except OSError as e:  # e.g. a system service that may not look under /home
            raise SourceError(f"{self.name}: cannot read maildir {self.root}: {e.strerror}") from None
        if is_file:
            raise SourceError(f"{self.name}: maildir {self.root} is a file, not a Maildir folder")
        if not exists:
            raise SourceError(f"{self.name}: maildir {self.root} does not exist")
        if not is_maildir:
            raise SourceError(f"{self.name}: {self.root} is not a Maildir (expected cur/ or new/ in it)")
        self._check_readable(self.root)

    def _check_readable(self, folder_dir: Path) -> None:
        """Its cur/ and new/ can be listed: `check` must fail where a scan would."""
        for sub in ("cur", "new"):
            d = folder_dir / sub
            try:
                with os.scandir(d):
                    pass
            except FileNotFoundError:
                continue  # copies often drop an empty one; the other is there
            except OSError as e:
                raise SourceError(f"{self.name}: cannot read {d}: {e.strerror}") from None

    def close(self) -> None:
        pass

    @staticmethod
    def _is_maildir(path: Path) -> bool:
        # cur/ or new/ is enough: copies (git, rsync, archives) often drop the empty ones.
        return (path / "cur").is_dir() or (path / "new").is_dir()

    def folder_path(self, folder: str) -> Path:
        """INBOX is the root; `Sent` is `.Sent`; `A/B` or `A.B` is `.A.B` (Maildir++)."""
        if folder.upper() == "INBOX":
            return self.root
        return self.root / ("." + folder.replace("/", ".").lstrip("."))

    def folders(self) -> list[FolderChoice]:
        if self.account.folders:
            choices = [FolderChoice(f, "configured") for f in self.account.folders]
        else:
            sent = self.account.sent_folder
            choices = [FolderChoice("INBOX", "inbox")]
            if self._is_maildir(self.folder_path(sent)):
                choices.append(FolderChoice(sent, "sent_folder"))
            else:
                log.info(
                    "%s: no sent folder %s in %s; reading INBOX only",
                    self.name,
                    self.folder_path(sent).name,
                    self.root,
                )
        for c in choices:
            if not self._is_maildir(self.folder_path(c.name)):
                raise SourceError(
                    f"{self.name}: folder {c.name!r} is not a Maildir "
                    f"({self.folder_path(c.name)} has no cur/ or new/)"
                )
            self._check_readable(self.folder_path(c.name))
        return choices

    def since(self) -> datetime:
        start = datetime.now(self.settings.tz).date() - timedelta(days=self.account.lookback_days)
        return datetime.combine(start, datetime.min.time(), tzinfo=self.settings.tz)

    def fetch_full(self, folder: str, uids: list[str]) -> list[Fetched]:
        """Whole messages stored earlier with headers only (they turned out to matter)."""
        folder_dir = self.folder_path(folder)
        out = []
        for key in uids:
            path = _find_key(folder_dir, key)
            if path is None:
                continue  # gone meanwhile: the next scan notices
            try:
                with path.open("rb") as f:
                    raw = f.read(self.body_cap)
                when = datetime.fromtimestamp(int(path.stat().st_mtime), UTC)
            except OSError as exc:
                log.warning("%s/%s %s: cannot read: %s", self.name, folder, key, exc.strerror)
                continue
            out.append(Fetched(uid=key, raw=raw, internaldate=when, flags=maildir_key(path.name)[1]))
        return out

    def _entries(self, folder_dir: Path) -> list[_Entry]:
        found: dict[str, _Entry] = {}
        for sub in ("new", "cur"):
            try:
                it = os.scandir(folder_dir / sub)
            except FileNotFoundError:
                continue
            except OSError as e:
                raise SourceError(f"{self.name}: cannot read {folder_dir / sub}: {e.strerror}") from None
            with it:
                for de in it:
                    if de.name.startswith("."):
                        continue
                    try:
                        if not de.is_file():
                            continue
                        st = de.stat()
                    except OSError:
                        continue  # renamed away while we looked: next scan sees it
                    key, flags = maildir_key(de.name)
                    found[key] = _Entry(key, Path(de.path), st.st_ctime_ns, st.st_mtime, flags)
        return sorted(found.values(), key=lambda e: (e.ctime_ns, e.key))

    def sync(self, states: dict[str, FolderState], is_candidate: Gate | IsCandidate) -> Iterator[Batch]:
        gate = as_gate(is_candidate)
        for choice in self.folders():
            yield from self._sync_folder(choice.name, states.get(choice.name, FolderState()), gate)

    def _sync_folder(self, folder: str, state: FolderState, gate: Gate) -> Iterator[Batch]:
        folder_dir = self.folder_path(folder)
        try:
            anchor = folder_dir / "cur" if (folder_dir / "cur").is_dir() else folder_dir / "new"
            validity = anchor.stat().st_ino & 0x7FFFFFFF or 1
        except OSError as exc:
            raise SourceError(f"{self.name}: cannot read {folder_dir}: {exc.strerror}") from None
        reset = bool(state.uidvalidity) and state.uidvalidity != validity
        cur = _Cursor(resync=True) if reset else _load_cursor(state.extra)
        cursor, seen, resync = cur.ctime_ns, set(cur.keys), cur.resync
        entries = self._entries(folder_dir)
        # Below cursor - margin everything was handed out before; above it, what is not in `seen`.
        fresh = [e for e in entries if e.ctime_ns >= cursor - MARGIN_NS and e.key not in seen]
        ctime_of = {e.key: e.ctime_ns for e in entries}
        since = self.since().timestamp()

        def state_at(count: int | None) -> FolderState:
            extra = _Cursor(cursor, frozenset(seen), count, resync and count is None).dump()
            keep = cursor or count or (resync and count is None)
            return FolderState(uidvalidity=validity, extra=extra if keep else "")

        handed_out = state
        # Files handed out before and still here, against how many there were: fewer means some
        # were deleted (or renamed by a flag change, which hands them out again anyway).
        kept = len(entries) - len(fresh)
        if not reset and state.extra and (cur.count is None or kept < cur.count):
            handed_out = state_at(kept if not resync else None)
            yield Batch(
                folder=folder,
                state=handed_out,
                present_uids=frozenset(e.key for e in entries),
                total_hint=0,
            )

        if not fresh:
            new_state = state_at(len(entries))
            if new_state != handed_out or reset or resync:
                yield Batch(folder=folder, state=new_state, reset=reset, done=resync, total_hint=0)
            return

        for i in range(0, len(fresh), self.chunk_size):
            chunk = fresh[i : i + self.chunk_size]
            final = i + self.chunk_size >= len(fresh)
            messages: list[Fetched] = []
            for e in chunk:
                if e.mtime < since:
                    continue  # outside the lookback window (mtime is the delivery time)
                fetched = self._read(e, folder_dir, folder, gate)
                if fetched is not None:
                    messages.append(fetched)
            cursor = max(cursor, chunk[-1].ctime_ns)  # fresh is sorted by ctime
            seen = {k for k in seen | {e.key for e in chunk} if ctime_of.get(k, -1) >= cursor - MARGIN_NS}
            yield Batch(
                folder=folder,
                messages=messages,
                state=state_at(len(entries) if final else None),
                reset=reset and i == 0,
                done=resync and final,
                total_hint=len(fresh),
            )

    def _read(self, e: _Entry, folder_dir: Path, folder: str, gate: Gate) -> Fetched | None:
        path = e.path
        try:
            headers = _header_block(path, self.body_cap)
        except FileNotFoundError:
            # Renamed (flags changed, new/ → cur/) since we listed it: find it by its key.
            found = _find_key(folder_dir, e.key)
            if found is None:
                return None  # deleted meanwhile
            path = found
            try:
                headers = _header_block(path, self.body_cap)
            except OSError:
                return None
        except OSError as exc:
            log.warning("%s/%s %s: cannot read: %s", self.name, folder, e.key, exc.strerror)
            return None
        when = datetime.fromtimestamp(int(e.mtime), UTC)  # whole seconds, like IMAP INTERNALDATE
        try:
            verdict = gate.decide(headers)
        except Exception as exc:  # a classifier bug must not lose mail
            log.warning(
                "%s/%s %s: candidate check failed (%s); reading the body",
                self.name,
                folder,
                e.key,
                type(exc).__name__,
            )
            verdict = "fetch"
        if verdict == "skip":
            return Fetched(uid=e.key, raw=headers, internaldate=when, headers_only=True, flags=e.flags)
        try:
            with path.open("rb") as f:
                raw = f.read(self.body_cap)
        except OSError as exc:
            log.warning("%s/%s %s: cannot read: %s", self.name, folder, e.key, exc.strerror)
            return None
        if verdict == "peek":
            calendar, text = peek_message(raw)
            if not (calendar or gate.peek(text)):
                return Fetched(uid=e.key, raw=headers, internaldate=when, headers_only=True, flags=e.flags)
        return Fetched(uid=e.key, raw=raw, internaldate=when, flags=e.flags)


def _find_key(folder_dir: Path, key: str) -> Path | None:
    for sub in ("cur", "new"):
        try:
            with os.scandir(folder_dir / sub) as it:
                for de in it:
                    if maildir_key(de.name)[0] == key:
                        return Path(de.path)
        except OSError:
            continue
    return None


@dataclass(frozen=True, slots=True)
class _Cursor:
    """FolderState.extra of a Maildir folder (JSON); see the module docstring.

    `count`: how many files the folder held when the state was written (None mid-scan
    or from older versions: then the next scan lists what is there for the store).
    `resync`: a re-read of a recreated folder is under way; a scan killed part-way
    resumes it, and its last batch still has the store drop what was not seen again.
    """

    ctime_ns: int = 0
    keys: frozenset[str] = frozenset()
    count: int | None = None
    resync: bool = False

    def dump(self) -> str:
        data: dict[str, object] = {"ctime_ns": self.ctime_ns, "keys": sorted(self.keys)}
        if self.count is not None:
            data["count"] = self.count
        if self.resync:
            data["resync"] = True
        return json.dumps(data, separators=(",", ":"))


def _load_cursor(extra: str) -> _Cursor:
    if not extra:
        return _Cursor()
    try:
        data = json.loads(extra)
        count = data.get("count")
        return _Cursor(
            int(data["ctime_ns"]),
            frozenset(data.get("keys", [])),
            int(count) if count is not None else None,
            bool(data.get("resync")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("maildir cursor unreadable; reading the folder again")
        return _Cursor()
