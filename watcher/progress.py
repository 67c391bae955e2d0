"""Scan progress: a rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from watcher.config import Settings
from watcher.scan import AnyAccount, ScanResult, scan_account
from watcher.store import Store

log = logging.getLogger(__name__)


def scan_with_progress(settings: Settings, store: Store, accounts: Sequence[AnyAccount]) -> list[ScanResult]:
    if not sys.stderr.isatty():
        results = []
        for account in accounts:
            log.info("%s: scanning", account.name)

            def note(folder: str, n: int, total: int | None, _name: str = account.name) -> None:
                log.info("%s/%s: %d fetched", _name, folder, n)

            results.append(scan_account(settings, store, account, progress=note))
        return results

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(stderr=True)
    results = []
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        for account in accounts:
            task = bar.add_task(f"{account.name}: connecting", total=None)
            seen: dict[str, int] = {}

            def step(
                folder: str, n: int, total: int | None, _task: int = task, _name: str = account.name
            ) -> None:
                first = folder not in seen
                seen[folder] = seen.get(folder, 0) + n
                if first:
                    bar.update(_task, description=f"{_name}: {folder}", completed=0, total=total)
                bar.update(_task, completed=seen[folder])

            results.append(scan_account(settings, store, account, progress=step))
            bar.remove_task(task)
    return results
