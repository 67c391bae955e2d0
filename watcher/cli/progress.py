"""Scan progress: a rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from watcher.app.ingest import INDEXING, REREADING, AnyAccount
from watcher.app.scan import ProgressFor
from watcher.config import Settings
from watcher.store.state import Store


@contextmanager
def scan_progress() -> Iterator[ProgressFor]:
    """Each account's scan progress: a rich bar on a terminal; elsewhere (cron, CI, a pipe) one
    plain line per fetched batch, counting up per folder."""
    if not sys.stderr.isatty():
        yield lambda account: _PlainStep(account.name)
        return

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        steps: list[_BarStep] = []

        def step_for(account: AnyAccount) -> _BarStep:
            for done in steps:  # the account before has finished: its bar goes
                bar.remove_task(done.task)
            steps[:] = [_BarStep(bar, bar.add_task(f"{account.name}: connecting", total=None), account.name)]
            return steps[0]

        yield step_for


class _BarStep:
    """Moves one account's bar; each folder restarts it with that folder's total."""

    def __init__(self, bar: Any, task: Any, name: str) -> None:
        self.bar, self.task, self.name = bar, task, name
        self.seen: dict[str, int] = {}

    def __call__(self, folder: str, n: int, total: int | None) -> None:
        if folder not in self.seen:
            what = {INDEXING: "indexing new mail", REREADING: "reading stored mail again"}.get(folder, folder)
            self.bar.update(self.task, description=f"{self.name}: {what}", completed=0, total=total)
        self.seen[folder] = self.seen.get(folder, 0) + n
        self.bar.update(self.task, completed=self.seen[folder])


class _PlainStep:
    """Progress for a non-terminal: a line per batch, at most one a second per folder, with an estimate."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: dict[str, int] = {}
        self.started: dict[str, float] = {}
        self.last = 0.0

    def _left(self, folder: str, total: int | None, now: float) -> str:
        done, began = self.seen[folder], self.started[folder]
        if not total or done >= total or done == 0 or now - began < 2:
            return ""
        return f", about {int((total - done) * (now - began) / done) + 1}s left"

    def __call__(self, folder: str, n: int, total: int | None) -> None:
        now = time.monotonic()
        self.started.setdefault(folder, now)
        self.seen[folder] = self.seen.get(folder, 0) + n
        if now - self.last < 1.0 and (total is None or self.seen[folder] < total):
            return
        self.last = now
        of = f"/{total}" if total else ""
        of += self._left(folder, total, now)
        if folder in {INDEXING, REREADING}:
            done = "indexed" if folder == INDEXING else "read again"
            print(f"{self.name}: {self.seen[folder]}{of} {done}", file=sys.stderr, flush=True)
        else:
            print(f"{self.name}/{folder}: {self.seen[folder]}{of} fetched", file=sys.stderr, flush=True)


INDEX_QUIETLY = 2000  # rows the index can take in without a progress display


def index_with_progress(settings: Settings, store: Store) -> None:
    """Bring the mail index up to date before a question, showing progress when that takes a while
    (the first question after an upgrade indexes the whole state, from the stored records)."""
    from watcher.store.mailindex import MailIndex

    index = MailIndex(store, settings.my_addresses)
    pending = index.pending()
    if pending <= INDEX_QUIETLY:
        return
    if not sys.stderr.isatty():
        step = _PlainStep("state")
        index.refresh(lambda done, total: step("(indexing)", done - step.seen.get("(indexing)", 0), total))
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("indexing stored mail"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("index", total=pending)
        index.refresh(lambda done, total: bar.update(task, completed=done, total=total))
