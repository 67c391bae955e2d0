"""The shortcuts a scan takes per message give exactly what the plain way gives.

A first scan reads every message of a mailbox once, so a few of its steps are
written for speed: the record is encoded field by field, and a header block the
gate has split is not split again by the parser. Each is held here to the plain
way on every message the project ships and on generated header blocks.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings

from watcher.core.gate import read_headers
from watcher.core.mail import parse_message
from watcher.core.records import Message
from watcher.store.state import message_from_json, message_to_json

from .test_gate_fast import mail_files
from .test_mail_headers import header_block, header_blocks

MINE = ["owner@example.org"]


def _walk(o: Any) -> Any:
    if isinstance(o, datetime):
        return {"$dt": o.isoformat()}
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {f.name: _walk(getattr(o, f.name)) for f in dataclasses.fields(o)}
    if isinstance(o, tuple | list):
        return [_walk(x) for x in o]
    return o


def message_to_json_generic(m: Message) -> str:
    """The reference: every dataclass field of the record, walked generically."""
    return json.dumps(_walk(m), ensure_ascii=False, separators=(",", ":"))


WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def parse(
    raw: bytes, *, headers_only: bool = False, header_items: Sequence[tuple[str, str]] | None = None
) -> Message:
    return parse_message(
        raw,
        account="a",
        folder="INBOX",
        uid="1",
        my_addresses=MINE,
        internaldate=WHEN,
        headers_only=headers_only,
        header_items=header_items,
    )


def test_the_record_encoder_writes_what_the_generic_walk_writes() -> None:
    for path in mail_files():
        raw = path.read_bytes()
        for msg in (parse(raw), parse(header_block(raw), headers_only=True)):
            assert message_to_json(msg) == message_to_json_generic(msg), path
            assert message_from_json(message_to_json(msg)) == msg


def test_the_record_encoder_knows_every_field_of_a_message() -> None:
    """A new field on Message must be written by the encoder too (or this fails)."""
    msg = parse(mail_files()[0].read_bytes())
    assert set(json.loads(message_to_json(msg))) == {f.name for f in dataclasses.fields(Message)}


def test_header_items_from_the_gate_give_the_same_record_on_shipped_mail() -> None:
    used = 0
    for path in mail_files():
        block = header_block(path.read_bytes())
        view = read_headers(block)
        if view.items is None:
            continue
        used += 1
        assert parse(block, headers_only=True, header_items=view.items) == parse(block, headers_only=True), (
            path
        )
    assert used > 0.8 * len(mail_files())


@given(header_blocks())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_header_items_from_the_gate_give_the_same_record_on_generated_blocks(block: bytes) -> None:
    view = read_headers(block)
    if view.items is None:
        return
    try:
        plain = parse(block, headers_only=True)
    except Exception as e:  # the shortcut must fail the same way
        try:
            parse(block, headers_only=True, header_items=view.items)
        except Exception as e2:
            assert type(e2) is type(e) and str(e2) == str(e)
            return
        raise AssertionError("the shortcut parsed what the plain way refused") from None
    assert parse(block, headers_only=True, header_items=view.items) == plain


def _block(n: int, subject: str) -> bytes:
    return (
        f"From: Jo Ng <jo{n}@quietfirm.example>\r\nTo: owner@example.org\r\nSubject: {subject}\r\n"
        f"Message-ID: <v{n}@quietfirm.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\n"
    ).encode()


def test_a_header_view_waits_for_its_own_batch_when_the_next_chunk_was_decided_first() -> None:
    """A pipelined source decides chunk k+1 before chunk k is stored: storing chunk k must not drop
    chunk k+1's views (its blocks would be split a second time), and a block sent for a whole read
    keeps none."""
    from watcher.app.ingest import IngestGate, parse_batch
    from watcher.sources.base import Batch, Fetched, FolderState

    gate = IngestGate(set(), set(), MINE)
    first, following, whole = _block(1, "Quick chat?"), _block(2, "Lunch?"), _block(3, "Interview on Tuesday")
    assert [gate.decide(b) for b in (first, following, whole)] == ["peek", "peek", "fetch"]
    assert list(gate.views) == [first, following]

    fetched = Fetched(uid="1", raw=first, internaldate=WHEN, headers_only=True)
    records, skipped = parse_batch(
        "a", Batch("INBOX", messages=[fetched], state=FolderState()), MINE, gate.views
    )
    assert skipped == 0 and list(gate.views) == [following]
    assert records[0][0] == parse(first, headers_only=True)
