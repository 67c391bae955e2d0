"""`interview-watcher demo`: the whole product on a small bundled mailbox.

The Maildir and its config ship inside the package. The demo copies both to a
temporary folder (the installed package stays read-only and untouched); the
`demo` command (watcher.cli.demo) scans it and prints the status table and the
digest as of a fixed moment, so that its output is the same on every machine.
No config, no network, no server.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from watcher.errors import WatcherError

DEMO_NOW = datetime(2026, 3, 10, 7, 30, tzinfo=ZoneInfo("Europe/Berlin"))
OWNER = "Sam Rivera <sam@rivera.example>"


@contextmanager
def demo_folder(keep: bool = False) -> Iterator[Path]:
    """A temporary copy of the bundled Maildir++ and config (Maildir/, config.toml)."""
    tmp = Path(tempfile.mkdtemp(prefix="interview-watcher-demo-"))
    try:
        with resources.as_file(resources.files("watcher") / "demo") as src:
            shutil.copytree(Path(src) / "Maildir", tmp / "Maildir")
            shutil.copy(Path(src) / "config.toml", tmp / "config.toml")
        _complete_maildir(tmp / "Maildir")
        yield tmp
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def _complete_maildir(root: Path) -> None:
    """Packaging drops empty folders (tmp/); put them back, and date each file as a
    delivery agent would (mtime = arrival, encoded in the file name's first field)."""
    if not (root / ".Sent").is_dir():
        # setuptools' globs skip dot-folders unless named; a build that lost .Sent would
        # show a mailbox where the owner never wrote, and a demo that lies.
        raise WatcherError(
            f"the bundled demo mailbox is incomplete ({root.name}/.Sent is missing): this "
            f"installation was built without it; reinstall from a complete source tree"
        )
    for folder in [root, *(p for p in root.iterdir() if p.is_dir() and p.name.startswith("."))]:
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(exist_ok=True)
        for sub in ("cur", "new"):
            for f in (folder / sub).iterdir():
                stamp = f.name.split(".", 1)[0]
                if stamp.isdigit():
                    os.utime(f, (int(stamp), int(stamp)))
