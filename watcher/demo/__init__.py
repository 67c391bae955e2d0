"""`interview-watcher demo`: the whole product on a small bundled mailbox.

The Maildir and its config ship inside the package. The demo copies both to a
temporary folder (the installed package stays read-only and untouched), scans,
and prints the status table and the digest as of a fixed moment, so that its
output is the same on every machine. No config, no network, no server.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from watcher.errors import WatcherError

if TYPE_CHECKING:
    from rich.console import Console

    from watcher.config import Settings
    from watcher.pipeline import Assessed

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


def run_demo(
    *,
    now_text: str | None = None,
    keep: bool = False,
    html_out: Path | None = None,
    out: TextIO | None = None,
) -> None:
    from rich.console import Console

    from watcher.cli import parse_now
    from watcher.config import load
    from watcher.digest import prepare_digest
    from watcher.pipeline import assess, by_urgency
    from watcher.scan import scan_account
    from watcher.store.state import Store

    out = out or sys.stdout
    with demo_folder(keep=keep) as folder:
        settings = load(folder / "config.toml")
        now = parse_now(now_text, settings) if now_text else DEMO_NOW
        local = now.astimezone(settings.tz)
        with Store(settings.storage.path) as store:
            results = [scan_account(settings, store, account) for account in settings.accounts]
            items = by_urgency(assess(settings, store, now))
            prepared = prepare_digest(settings, store, now)
        console = Console(file=out, highlight=False)  # the terminal's width, as `status` uses
        console.print(
            f"[bold]interview-watcher demo[/]: invented mail for {OWNER}, "
            f"as of {local:%a %-d %b %Y %H:%M} ({settings.tz.key})."
        )
        for r in results:
            if r.ok:
                console.print(
                    f"Scanned the bundled Maildir: {r.total} messages, "
                    f"{len(items)} interview processes found."
                )
            else:
                console.print(f"[red]Scanning the bundled Maildir failed: {r.error}[/]")
        console.print()
        _status_table(items, now, settings, console)
        console.print()
        console.rule("The morning digest (text part)", align="left")
        out.flush()
        width = console.width
        out.write(fit(f"Subject: {prepared.subject}\n\n{prepared.text}", width))
        if html_out is not None:
            html_out.write_text(prepared.html, encoding="utf-8")
            out.write(fit(f"\nHTML part written to {html_out}\n", width))
        out.write(
            fit(
                "\nTry it on your own mail: interview-watcher init, then check, scan, status and digest.\n",
                width,
            )
        )
        if keep:
            out.write(fit(f"Demo files kept in {folder} (use --config {folder / 'config.toml'}).\n", width))
        out.flush()


def fit(text: str, width: int) -> str:
    """Wrap each line to the terminal, keeping its indentation (and a bullet's hanging
    indent): the digest's text part is mail, with paragraphs on one line each."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        hang = indent + ("  " if line.lstrip().startswith(("* ", "- ")) else "")
        lines += textwrap.wrap(
            line.strip(),
            width=width,
            initial_indent=indent,
            subsequent_indent=hang,
            break_on_hyphens=False,
        ) or [""]
    return "\n".join(lines)


def _status_table(items: list[Assessed], now: datetime, settings: Settings, console: Console) -> None:
    from watcher.report import render_status_table

    render_status_table(items, now, settings, show_all=True, console=console)
