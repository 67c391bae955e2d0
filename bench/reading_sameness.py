"""What the per-message readers give, written out so that two versions of the code can be compared.

    python bench/reading_sameness.py OUT [--heads PICKLE] [--corpus DIR]
    python bench/reading_sameness.py --compare OLD NEW

A speed change to the readers (`gate.read_headers`, `gate.first_look`, `mail.parse_message`,
`candidates.index_facts` and `party_tokens`, `state.message_to_json`) or to the readers of what
a message says (`facts.read_facts`; `find_outcome`, `sentence_signals`, `non_interview_reason`,
`is_interviewish` and `confirms` on its texts as written and upper-cased) must not change any
answer. This records every answer, one line each, for:

- header blocks as a scan stores them (``--heads``: a pickle of ``{(folder, uid): (header
  bytes, internaldate, bodystructure)}``, read with ``headers_only=True`` and the gate's items,
  the way the scan reads them);
- every labelled message (``--corpus``, by default ``../shared/corpus``; ``bench/heldout*``;
  ``tests/fixtures``), parsed in full and as its header block, and a few edits of each header
  block (the owner as sender, a free-mail sender, no Date and Message-ID, list headers, folded
  lower-case fields, a Reply-To elsewhere), each read with the owner's addresses as written and
  in odd case;

then ``--compare`` counts the lines that differ (exit status 1 when any does).
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import re
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixture_mail import MINE as FIXTURE_OWNER  # noqa: E402
from watcher.core.candidates import index_facts, party_tokens  # noqa: E402
from watcher.core.gate import first_look, read_headers  # noqa: E402
from watcher.core.mail import parse_message  # noqa: E402
from watcher.core.reading.facts import read_facts  # noqa: E402
from watcher.core.reading.outcome import find_outcome  # noqa: E402
from watcher.core.reading.relevance import non_interview_reason  # noqa: E402
from watcher.core.reading.scheduling import confirms, is_interviewish, sentence_signals  # noqa: E402
from watcher.core.reading.sentences import sentences  # noqa: E402
from watcher.core.records import Message  # noqa: E402
from watcher.store.state import message_to_json  # noqa: E402

_FALLBACK_DATE = datetime(2026, 1, 1, tzinfo=UTC)
_BLANK = re.compile(rb"\r?\n\r?\n")


def _answer(fn: Callable[[], object]) -> str:
    """An answer as text, or the error it raised (type and message): both must stay the same."""
    try:
        value = fn()
    except Exception as exc:
        return f"raised {type(exc).__name__}: {exc}"
    return value if isinstance(value, str) else repr(value)


def _record(out: TextIO, key: str, raw: bytes, mine: list[str], *, full: bool, when: datetime | None) -> None:
    """Every reader's answer on one input, one line each."""
    view = read_headers(raw)
    out.write(f"{key}\tread_headers\t{view!r} items={view.items!r}\n")
    out.write(f"{key}\tfirst_look\t{first_look(view)}\n")
    out.write(f"{key}\tparty_tokens\t{sorted(party_tokens(view.addresses, set(mine)))!r}\n")
    parsed: list[Message] = []

    def parse() -> str:
        msg = parse_message(
            raw,
            account="a",
            folder="INBOX",
            uid="1",
            my_addresses=mine,
            internaldate=when,
            headers_only=not full,
            header_items=None if full else view.items,
        )
        parsed.append(msg)
        return message_to_json(msg)

    out.write(f"{key}\tparse_message\t{_answer(parse)}\n")
    for msg in parsed:
        facts = _answer(functools.partial(index_facts, msg, mine))
        out.write(f"{key}\tindex_facts\t{facts}\n")
        if full:
            _read(out, key, msg)


def _read(out: TextIO, key: str, msg: Message) -> None:
    """What a fully read message says (`read_facts`, in its own language and in English), and the
    sentence readers' answers on its texts as written and upper-cased."""
    for language in (None, "en"):
        facts = _answer(functools.partial(read_facts, msg, tz=UTC, language=language))
        out.write(f"{key}\tread_facts[{language}]\t{facts}\n")
    for name, text in (("new", msg.new_text), ("text", msg.text), ("subject", msg.subject)):
        for case, cased in (("", text), ("upper", text.upper())):
            tag = f"{name}{case and '-' + case}"
            for sent in (False, True):
                out.write(
                    f"{key}\tfind_outcome[{tag},{sent}]\t{_answer(functools.partial(find_outcome, cased, sent=sent))}\n"
                )
            out.write(f"{key}\tnon_interview_reason[{tag}]\t{non_interview_reason(cased)}\n")
            out.write(f"{key}\tis_interviewish[{tag}]\t{is_interviewish(cased)} {confirms(cased)}\n")
            signals = [sentence_signals(s) for s in sentences(cased[:20000])]
            out.write(f"{key}\tsentence_signals[{tag}]\t{signals!r}\n")


def _head(raw: bytes) -> bytes:
    """The header block a scan stores for a message the gate ruled out (its blank line kept)."""
    m = _BLANK.search(raw)
    return raw[: m.end()] if m else raw


def _edits(head: bytes, owner: str) -> Iterator[tuple[str, bytes]]:
    """A header block changed in the ways that steer the readers down other branches."""
    yield "owner-sends", re.sub(rb"(?mi)^From:.*$", f"From: Me <{owner}>".encode(), head, count=1)
    yield "free-mail", re.sub(rb"(?mi)^(From:.*@)[A-Za-z0-9.-]+", rb"\1gmail.com", head, count=1)
    yield "no-date-id", re.sub(rb"(?mi)^(Date|Message-ID):.*\r?\n", b"", head)
    yield "bulk", b"List-Unsubscribe: <mailto:u@lists.example>\r\nPrecedence: bulk\r\n" + head
    folded = re.sub(rb"(?m)^([A-Za-z-]+):", lambda m: m.group(1).lower() + b":", head)
    yield "folded", re.sub(rb"(?mi)^(to:[^\r\n,]*),", rb"\1,\r\n\t", folded, count=1)
    yield "reply-to", b"Reply-To: Jo Ng <jo@other-org.example>\r\n" + head


def _labelled(corpus: Path) -> Iterator[tuple[str, bytes, list[str]]]:
    """Every labelled message: (name, bytes, the mailbox owner's addresses)."""
    corpora = [corpus, *sorted(ROOT.glob("bench/heldout*"))]
    for corpus in corpora:
        labels = json.loads((corpus / "labels.json").read_text())
        for path in sorted((corpus / "mail").glob("*/*.eml")):
            yield str(path.relative_to(corpus.parent)), path.read_bytes(), list(labels["my_addresses"])
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.eml")):
        yield str(path.relative_to(ROOT)), path.read_bytes(), list(FIXTURE_OWNER)


def record(out: TextIO, heads: Path | None, corpus: Path) -> None:
    if heads is not None:
        with heads.open("rb") as f:
            data: dict[tuple[str, int], tuple[bytes, datetime, Any]] = pickle.load(f)  # our own dump
        for (folder, uid), (raw, when, _) in data.items():
            _record(out, f"heads:{folder}/{uid}", raw, ["sam@rivera.example"], full=False, when=when)
    for name, raw, mine in _labelled(corpus):
        odd = [f" {a.upper()} " for a in mine]
        _record(out, f"full:{name}", raw, mine, full=True, when=None)
        _record(out, f"full-odd:{name}", raw, odd, full=True, when=None)
        head = _head(raw)
        _record(out, f"head:{name}", head, mine, full=False, when=_FALLBACK_DATE)
        for label, edited in _edits(head, mine[0]):
            _record(out, f"{label}:{name}", edited, mine, full=False, when=_FALLBACK_DATE)
            _record(out, f"{label}-odd:{name}", edited, odd, full=False, when=_FALLBACK_DATE)


def compare(old: Path, new: Path) -> int:
    """The number of lines that differ (and the first few of them)."""
    a = old.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    b = new.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    differing = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    for x, y in differing[:5]:
        print(f"- {x[:300]}\n+ {y[:300]}")
    print(f"{len(a)} and {len(b)} lines, {len(differing)} differ")
    return len(differing) + abs(len(a) - len(b))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--heads", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        return 1 if compare(*args.compare) else 0
    if args.out is None:
        parser.error("OUT is required")
    with args.out.open("w", encoding="utf-8", errors="surrogateescape") as out:
        record(out, args.heads, args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
