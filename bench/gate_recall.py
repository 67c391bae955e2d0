"""The gate alone on labelled mailboxes: does it ever rule out a message of an interview process?

    python bench/gate_recall.py [MAILBOX ...]   (default: ../shared/corpus and every bench/heldout*)

Two figures per mailbox, for the messages of applications labelled `interview: true`:

- the gate alone: its first look at each header block (with the calendar flag a
  server's BODYSTRUCTURE gives) and, when it asks for one, its peek at the start
  of the text, each message on its own: the stricter figure;
- through a scan of the mailbox as a Maildir: what is left stored with headers
  only at the end, after the gate has linked mail to known interview
  conversations and correspondents and the late joiners were read. This one
  must be 0: an interview message the scan does not read is lost recall.

Also how much of the other mail the gate rules out. A measurement, exit status 0.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.app.ingest import scan_account  # noqa: E402
from watcher.config import parse  # noqa: E402
from watcher.core.gate import first_look, peek_passes, read_headers  # noqa: E402
from watcher.sources.structure import peek_message  # noqa: E402
from watcher.store.state import Store  # noqa: E402


def header_block(raw: bytes) -> bytes:
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[: m.end()] if m else raw


def verdict(raw: bytes) -> str:
    calendar, text = peek_message(raw)
    look = first_look(read_headers(header_block(raw)), has_calendar=calendar)
    if look == "peek":
        return "read (peek)" if peek_passes(text) else "ruled out (peek)"
    return "read" if look == "fetch" else "ruled out"


def scanned_headers_only(box: Path, labels: dict[str, object]) -> set[str]:
    """Message-IDs a gated scan of the mailbox (as a Maildir) leaves without their body."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "Maildir"
        for i, p in enumerate(sorted((box / "mail").glob("*/*.eml"))):
            folder = root / (".Sent" if p.stem.endswith("sent") else "") / "cur"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(p, folder / f"{1770000000 + i}.M{i}P1.host:2,S")
        settings = parse(
            f'timezone = "{labels["timezone"]}"\nmy_addresses = {json.dumps(labels["my_addresses"])}\n'
            f'[storage]\npath = "{Path(tmp) / "state.db"}"\n'
            f'[[accounts]]\nname = "m"\ntype = "maildir"\npath = "{root}"\nlookback_days = 3650\n'
        )
        with Store(settings.storage.path) as store:
            scan_account(settings, store, settings.accounts[0])
            return {
                mid for (mid,) in store.db.execute("SELECT message_id FROM messages WHERE headers_only=1")
            }


def message_id(raw: bytes) -> str:
    m = re.search(rb"^Message-ID:\s*(<[^>]+>)", header_block(raw), re.I | re.M)
    return m.group(1).decode() if m else ""


def measure(box: Path) -> list[str]:
    labels = json.loads((box / "labels.json").read_text())
    interview = {a["slug"] for a in labels["applications"] if a.get("interview")}
    left = scanned_headers_only(box, labels)
    counts = {"interview": [0, 0, 0], "other": [0, 0, 0]}  # messages, ruled out by the gate, left by a scan
    missed: list[str] = []
    for path in sorted((box / "mail").glob("*/*.eml")):
        kind = "interview" if path.parent.name in interview else "other"
        raw = path.read_bytes()
        v = verdict(raw)
        counts[kind][0] += 1
        counts[kind][1] += v.startswith("ruled out")
        counts[kind][2] += message_id(raw) in left
        if kind == "interview" and message_id(raw) in left:
            missed.append(f"    left unread by a scan: {path.relative_to(box)} ({v})")
    (n_i, gate_i, scan_i), (n_o, gate_o, scan_o) = counts["interview"], counts["other"]
    head = (
        f"{box.name}: interview mail {n_i} messages: gate alone rules out {gate_i}, a scan leaves {scan_i} unread;"
        f" other mail {n_o}: gate rules out {gate_o} ({gate_o / max(n_o, 1):.0%}), a scan leaves {scan_o}"
    )
    return [head, *missed]


def main() -> int:
    boxes = [Path(a) for a in sys.argv[1:]] or [
        ROOT.parent / "shared" / "corpus",
        *sorted(p for p in (ROOT / "bench").glob("heldout*") if (p / "labels.json").exists()),
    ]
    for box in boxes:
        if not (box / "labels.json").exists():
            print(f"{box}: no labels.json, skipped")
            continue
        print("\n".join(measure(box)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
