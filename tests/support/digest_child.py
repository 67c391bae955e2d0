"""`python -m tests.support.digest_child SETTINGS.json NOW [--kill-at STATUS]`: one run_digest in
its own process, so that a test can SIGKILL it mid-send like a crash or an OOM kill would.

--kill-at STATUS kills this process with SIGKILL the moment the digest record is about to
become STATUS (e.g. "sent": after the server took the message, before the state says so).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.test_digest_smtp import assessor
from watcher.app.digest import run_digest
from watcher.config import Settings
from watcher.store.records import DigestStatus
from watcher.store.state import Store


def main(argv: list[str]) -> None:
    settings = Settings.model_validate(json.loads(Path(argv[0]).read_text()))
    now = datetime.fromisoformat(argv[1])
    kill_at = argv[3] if len(argv) > 3 and argv[2] == "--kill-at" else None
    if kill_at:
        original = Store.record_digest

        def record_digest(self: Store, day: Any, message_id: str, status: DigestStatus, **kw: Any) -> None:
            if status == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            original(self, day, message_id, status, **kw)

        Store.record_digest = record_digest  # type: ignore[method-assign]
    with Store(settings.storage.path) as store:
        out = run_digest(settings, store, now, assessor=assessor, retry_delays=(0.01,))
    print(out.status, out.error, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
