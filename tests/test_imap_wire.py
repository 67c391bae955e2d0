"""The wire reader of the bulk FETCH passes: the same reading as imapclient's parser, faster.

Pure tests on responses written by hand (every shape a server may send for the
items asked), and one against the real Dovecot on every message the project
ships, compared item by item with what `IMAPClient.fetch` gives.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.response_parser import parse_fetch_response

from tests.support.dovecot import Dovecot, DovecotUser
from watcher.sources.base import HEADER_FIELDS
from watcher.sources.imap import _aware, _uid_set
from watcher.sources.imap_wire import (
    Response,
    WireFetch,
    has_calendar,
    parse_bodystructure,
    parse_fetch,
    receive_fetch,
    send_fetch,
)
from watcher.sources.structure import describe_structure

from .test_gate_fast import mail_files

HEADERS = b"From: Ana <ana@acme.example>\r\nSubject: Hello\r\n\r\n"
SIMPLE = b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 120 4 NIL NIL NIL NIL)'
MIXED = (
    b'(("text" "plain" ("charset" "iso-8859-1") NIL NIL "quoted-printable" 10 1 NIL NIL NIL NIL)'
    b'("text" "calendar" ("charset" "utf-8" "method" "REQUEST") NIL NIL "base64" 300 4 NIL NIL NIL NIL)'
    b' "mixed" ("boundary" "=_b(1)") NIL NIL NIL)'
)


def imapclient_reading(response: Response) -> dict[bytes, object]:
    """What imapclient makes of the same response (as imaplib hands it over)."""
    lines: list[object] = []
    for part in response:
        if isinstance(part, tuple):
            text = part[0] if lines else part[0].replace(b"* ", b"", 1).replace(b"FETCH ", b"", 1)
            lines.append((text, part[1]))
        else:
            lines.append(part if lines else part.replace(b"* ", b"", 1).replace(b"FETCH ", b"", 1))
    parsed = parse_fetch_response(lines, True, True)
    uid, data = next(iter(parsed.items()))
    return {**data, b"UID": uid}


def agrees(response: Response) -> WireFetch:
    got = parse_fetch(response)
    assert got is not None
    ref = imapclient_reading(response)
    assert got.uid == ref[b"UID"]
    assert got.size == ref.get(b"RFC822.SIZE")
    assert got.internaldate == _aware(ref.get(b"INTERNALDATE"))
    flags = ref.get(b"FLAGS", ())
    assert isinstance(flags, tuple)
    assert got.flags == tuple(f.decode() for f in flags)
    literal = next((v for k, v in ref.items() if isinstance(k, bytes) and k.startswith(b"BODY[")), None)
    assert got.body == literal
    assert got.structure() == describe_structure(ref.get(b"BODYSTRUCTURE"))
    assert got.calendar() == describe_structure(ref.get(b"BODYSTRUCTURE")).calendar
    return got


def test_reads_the_usual_response_like_imapclient() -> None:
    head = (
        b'* 7 FETCH (UID 42 RFC822.SIZE 1234 INTERNALDATE "06-Dec-2026 01:02:03 +0100" FLAGS (\\Seen $Label)'
        b" BODYSTRUCTURE " + SIMPLE + b" BODY[HEADER.FIELDS (FROM SUBJECT)] {%d}" % len(HEADERS)
    )
    got = agrees([(head, HEADERS), b")"])
    assert got.parsed is None  # read on the fast path
    assert got.internaldate == datetime(2026, 12, 6, 1, 2, 3, tzinfo=timezone(timedelta(hours=1)))


def test_items_after_the_literal_are_read_too() -> None:
    """Dovecot sends BODYSTRUCTURE after the header literal when it is not in its cache."""
    head = b"* 1 FETCH (UID 9 FLAGS () BODY[HEADER.FIELDS (FROM)] {%d}" % len(HEADERS)
    got = agrees(
        [(head, HEADERS), b' INTERNALDATE " 1-Jan-2026 00:00:00 -0500" BODYSTRUCTURE ' + MIXED + b")"]
    )
    assert got.parsed is None
    assert got.calendar() and got.structure().section == "1"
    assert got.internaldate == datetime(2026, 1, 1, 5, 0, tzinfo=UTC)


def test_a_literal_inside_the_structure_goes_to_imapclient() -> None:
    head = b'* 3 FETCH (UID 3 BODYSTRUCTURE ("text" "plain" ("name" {9}'
    got = agrees(
        [
            (head, b"caf\xc3\xa9.ics"),
            (b' ) NIL NIL "7bit" 5 1 NIL NIL NIL NIL) BODY[HEADER] {%d}' % len(HEADERS), HEADERS),
            b")",
        ]
    )
    assert got.parsed is not None and got.calendar()


def test_a_peek_and_a_response_without_literal() -> None:
    got = agrees([(b"* 5 FETCH (UID 5 BODY[1]<0> {5}", b"hello"), b")"])
    assert got.body == b"hello"
    assert agrees([b"* 6 FETCH (UID 6 FLAGS (\\Seen) BODYSTRUCTURE " + SIMPLE + b")"]).body is None


def test_an_unsolicited_flag_update_is_not_a_message() -> None:
    assert parse_fetch([b"* 12 FETCH (FLAGS (\\Seen))"]) is None


def test_a_quoted_bracket_does_not_end_the_structure() -> None:
    structure = b'("text" "plain" ("name" "a (b) \\"c\\".txt") NIL NIL "7bit" 5 1 NIL NIL NIL NIL)'
    got = agrees([b"* 1 FETCH (UID 1 BODYSTRUCTURE " + structure + b" FLAGS (\\Seen))"])
    assert got.flags == ("\\Seen",)


@given(
    parts=st.lists(
        st.tuples(
            st.sampled_from([b"text", b"application", b"image"]),
            st.sampled_from([b"plain", b"html", b"calendar", b"ics", b"pdf", b"png"]),
            st.sampled_from([b"utf-8", b"iso-8859-1", b"windows-1252"]),
            st.sampled_from([b"7bit", b"base64", b"quoted-printable"]),
            st.sampled_from([b"NIL", b'("attachment" ("filename" "invite.ics"))', b'("inline" NIL)']),
            st.integers(0, 10**7),
        ),
        min_size=1,
        max_size=4,
    ),
    nested=st.booleans(),
)
@settings(max_examples=200, deadline=None)
def test_structures_read_as_imapclient_reads_them(
    parts: list[tuple[bytes, bytes, bytes, bytes, bytes, int]], nested: bool
) -> None:
    leaves = [
        b'("%s" "%s" ("charset" "%s") NIL NIL "%s" %d 3 NIL %s NIL NIL)' % (a, b, c, d, size, disp)
        if a == b"text"
        else b'("%s" "%s" NIL NIL NIL "%s" %d NIL %s NIL NIL)' % (a, b, d, size, disp)
        for a, b, c, d, disp, size in parts
    ]
    body = (
        leaves[0] if len(leaves) == 1 else b"(" + b"".join(leaves) + b' "mixed" ("boundary" "x") NIL NIL NIL)'
    )
    if nested:
        body = (
            b"("
            + body
            + b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 1 1 NIL NIL NIL NIL) "alternative" ("boundary" "y") NIL NIL NIL)'
        )
    agrees([b"* 1 FETCH (UID 1 BODYSTRUCTURE " + body + b")"])
    assert has_calendar(body) == describe_structure(parse_bodystructure(body)).calendar


def test_uid_sets_collapse_runs() -> None:
    assert _uid_set([5, 1, 2, 3, 9, 10, 3]) == "1:3,5,9:10"
    assert _uid_set([7]) == "7"


class FakeImap:
    """An imaplib-shaped connection that answers with a script."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.sent: list[bytes] = []

    def send(self, data: bytes) -> None:
        self.sent.append(data)

    def readline(self) -> bytes:
        return self.lines.pop(0) if self.lines else b""

    def read(self, n: int) -> bytes:
        data = self.lines.pop(0)
        assert len(data) == n
        return data


def tag_of(fake: FakeImap) -> bytes:
    return fake.sent[0].split(b" ")[0]


def read_fetch(fake: FakeImap, uids: str, items: str) -> Iterator[Response]:
    return receive_fetch(fake, [send_fetch(fake, uids, items)])


def test_receive_fetch_raises_on_no_and_on_a_closed_connection() -> None:
    fake = FakeImap([])
    with pytest.raises(IMAPClientAbortError):
        list(read_fetch(fake, "1:*", "UID"))
    fake = FakeImap([b"* 1 FETCH (UID 1)\r\n"])
    responses = read_fetch(fake, "1", "UID")
    assert next(responses) == [b"* 1 FETCH (UID 1)"]
    fake.lines.append(tag_of(fake) + b" NO [SERVERBUG] broken\r\n")
    with pytest.raises(IMAPClientError, match="broken"):
        next(responses)
    fake = FakeImap([b"* BYE going away\r\n"])
    with pytest.raises(IMAPClientAbortError, match="BYE"):
        list(read_fetch(fake, "1", "UID"))


def test_pipelined_fetches_are_read_in_the_order_sent_up_to_the_last_tag() -> None:
    fake = FakeImap([])
    first, second = send_fetch(fake, "1", "UID"), send_fetch(fake, "2", "UID")
    fake.lines += [
        b"* 1 FETCH (UID 1)\r\n",
        first + b" OK done\r\n",
        b"* 2 FETCH (UID 2)\r\n",
        second + b" OK done\r\n",
        b"* 3 FETCH (UID 3)\r\n",  # a later command's: left on the wire
    ]
    assert list(receive_fetch(fake, [first])) == [[b"* 1 FETCH (UID 1)"]]
    assert list(receive_fetch(fake, [second])) == [[b"* 2 FETCH (UID 2)"]]
    assert fake.lines == [b"* 3 FETCH (UID 3)\r\n"]


@pytest.mark.dovecot
def test_every_shipped_message_reads_as_imapclient_reads_it(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    files = [p for p in mail_files() if p.suffix == ".eml"][:400]
    dovecot.append_many(imap_user, "INBOX", [(Path(p).read_bytes(), None) for p in files])
    header_item = "BODY.PEEK[HEADER.FIELDS ({})]".format(" ".join(f.upper() for f in HEADER_FIELDS))
    items = [header_item, "INTERNALDATE", "RFC822.SIZE", "FLAGS", "BODYSTRUCTURE"]
    ctx = ssl.create_default_context(cafile=str(dovecot.ca_file))
    with IMAPClient(dovecot.host, dovecot.imaps_port, ssl=True, ssl_context=ctx) as client:
        client.login(imap_user.name, imap_user.password)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        assert len(uids) == len(files)
        wire = {}
        for response in receive_fetch(
            client._imap, [send_fetch(client._imap, _uid_set(uids), " ".join(["UID", *items]))]
        ):
            got = parse_fetch(response)
            assert got is not None
            wire[got.uid] = got
        reference = client.fetch(uids, items)
    assert set(wire) == set(reference)
    for uid, data in reference.items():
        got = wire[uid]
        assert got.body == next(v for k, v in data.items() if k.startswith(b"BODY[HEADER"))
        assert (got.size, got.internaldate) == (data[b"RFC822.SIZE"], _aware(data[b"INTERNALDATE"]))
        assert got.flags == tuple(f.decode() for f in data[b"FLAGS"])
        assert got.structure() == describe_structure(data[b"BODYSTRUCTURE"])
        assert got.calendar() == got.structure().calendar
