"""One flock around a critical section that spans processes (the digest send, a drafts run)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from watcher.errors import WatcherError


@contextlib.contextmanager
def state_lock(
    db_path: Path, name: str, wait: float, busy: str, in_memory: AbstractContextManager[object]
) -> Iterator[None]:
    """Hold `<state db>.<name>.lock`; for an in-memory state (tests), `in_memory` instead."""
    if str(db_path) == ":memory:":
        with in_memory:
            yield
        return
    with held_flock(Path(f"{db_path}.{name}.lock"), wait, busy):
        yield


@contextlib.contextmanager
def held_flock(path: Path, wait: float, busy: str) -> Iterator[None]:
    """Hold an exclusive flock on `path` (created 0600), waiting at most `wait` seconds.

    The kernel releases a flock when its holder dies, even by kill -9: a lock never
    goes stale. Separate opens conflict within one process too. `busy` is the error
    when the wait runs out; `{path}` and `{wait}` in it are filled in.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WatcherError(busy.format(path=path, wait=f"{wait:.0f}")) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock
