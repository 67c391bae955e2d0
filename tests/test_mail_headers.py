"""The fast header path gives exactly the records of the email package's header objects.

`tests/support/mail_reference.py` is the header code as it was (compat32
message, then ``policy.default.header_factory`` per address header and for the
Subject). Every stored mail file, whole and cut to its header block, and
generated header blocks full of the awkward cases (names with commas and
quotes, encoded words in several charsets, folding, raw and broken bytes,
groups, comments, envelope lines, odd Content-Types) must give the same
`Message`, or the same `MessageParseError`, from both.
"""

from __future__ import annotations

import base64
import email
import email._header_value_parser
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.headerregistry import HeaderRegistry
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import watcher.core.mail
from watcher.core.gate import read_headers
from watcher.core.mail import parse_message
from watcher.core.records import Address
from watcher.errors import MessageParseError

from .support.mail_reference import reference_parse_message

ROOT = Path(__file__).resolve().parent.parent
ME = ("sam@rivera.example", "sam.rivera@post.example")
INTERNALDATE = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cold_caches() -> Iterator[None]:
    """The caches are exact (pure functions); start cold so the code behind them runs."""
    watcher.core.mail._addresses_of.cache_clear()
    watcher.core.mail._encoded_words.cache_clear()
    yield


def outcome(
    parse: Callable[..., Any], raw: bytes, *, headers_only: bool, internaldate: datetime | None
) -> str:
    """The record (its repr: datetimes compared with their offsets) or the error a parse gives."""
    try:
        record = parse(
            raw,
            account="acct",
            folder="INBOX",
            uid="9",
            my_addresses=ME,
            internaldate=internaldate,
            headers_only=headers_only,
        )
    except MessageParseError as exc:
        return f"MessageParseError: {exc}"
    return repr(record)


def differences(
    raw: bytes, *, headers_only: bool, internaldate: datetime | None = INTERNALDATE
) -> str | None:
    new = outcome(parse_message, raw, headers_only=headers_only, internaldate=internaldate)
    old = outcome(reference_parse_message, raw, headers_only=headers_only, internaldate=internaldate)
    return None if new == old else f"new: {new}\nold: {old}"


def header_block(raw: bytes) -> bytes:
    """What a headers-only fetch gets: up to and including the first empty line."""
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[: m.end()] if m else raw


CORPORA = [
    *sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("bench/heldout*/mail")),
    "watcher/demo/Maildir",
    "tests/fixtures",
]


def mail_files(corpus: str) -> list[Path]:
    base = ROOT / corpus
    return sorted(
        p for p in base.rglob("*") if p.is_file() and (p.suffix == ".eml" or p.parent.name in {"cur", "new"})
    )


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_stored_mail_file_gives_the_reference_record(corpus: str) -> None:
    files = mail_files(corpus)
    assert files, f"no mail under {corpus}"
    wrong: list[str] = []
    for path in files:
        raw = path.read_bytes()
        for label, data, headers_only in (
            ("header block", header_block(raw), True),
            ("whole, headers only", raw, True),
            ("whole", raw, False),
        ):
            diff = differences(data, headers_only=headers_only)
            if diff:
                wrong.append(f"{path.relative_to(ROOT)} ({label}):\n{diff}")
    assert not wrong, "\n\n".join(wrong[:3])


# --- generated header blocks -------------------------------------------------

WORDS = ["Anna", "Pat", "O'Brien", "Dr.", "A.", "van", "Jürgen", "Müller", "李雷", "Zoë", "HR", "team", "x"]
CHARSETS = ["utf-8", "UTF-8", "iso-8859-1", "windows-1252", "koi8-r", "utf-7", "x-bogus", "unknown-8bit", ""]


@st.composite
def encoded_word(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))
    charset = draw(st.sampled_from(CHARSETS))
    try:
        data = text.encode(charset or "utf-8")
    except (LookupError, UnicodeEncodeError):
        data = text.encode("utf-8")  # mislabelled on purpose: broken charsets must degrade
    if draw(st.booleans()):
        payload = base64.b64encode(data).decode("ascii")
        if draw(st.integers(0, 9)) == 0:
            payload = payload[:-2]  # broken padding
        return f"=?{charset}?{draw(st.sampled_from('bB'))}?{payload}?="
    q = "".join(chr(b) if chr(b).isalnum() and b < 128 else ("_" if b == 32 else f"={b:02X}") for b in data)
    return draw(
        st.sampled_from([f"=?{charset}?q?{q}?=", f"=?{charset}?Q?{q}?=", f"=?{charset}?q?{q}", *ODD_WORDS])
    )


# Encoded words that decode to what a header object refuses: CR/LF, lone surrogates (UTF-7).
ODD_WORDS = ["=?", "=?utf-8?q?a=0D=0Ab?=", "=?utf-8?b?DQo=?=", "=?utf-7?q?+2AA-?=", "=?utf-7?b?KzJBQS0=?="]


def phrase() -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(WORDS), encoded_word())
    return st.lists(word, min_size=1, max_size=4).map(" ".join)


def display_name() -> st.SearchStrategy[str]:
    return st.one_of(
        phrase(),
        phrase().map(lambda p: f'"{p}"'),
        st.tuples(phrase(), phrase()).map(lambda t: f'"{t[0]}, {t[1]}"'),  # "Last, First"
        phrase().map(lambda p: f'"{p} \\"jr\\""'),  # escaped quotes
        st.just('""'),
        st.just('"unbalanced'),
        phrase().map(lambda p: f"{p} (comment (nested))"),
        st.sampled_from(["Team:", "a;b", "[x]", "x\\y", "\t", "  "]),
    )


def addr_spec() -> st.SearchStrategy[str]:
    local = st.sampled_from(["sam", "Sam.Rivera", "jobs+2026", "a..b", "a.", '"a b"', "o'brien", "zoë", ""])
    domain = st.sampled_from(
        ["rivera.example", "MAIL.Example.ORG", "x", "b.", "[10.0.0.1]", "a@b.example", "", "é.example"]
    )
    return st.one_of(
        st.tuples(local, domain).map(lambda t: f"{t[0]}@{t[1]}"),
        st.sampled_from(["no-at-sign", "@only.example", "sam@rivera.example@x"]),
    )


def mailbox() -> st.SearchStrategy[str]:
    return st.one_of(
        addr_spec(),
        addr_spec().map(lambda a: f"<{a}>"),
        st.tuples(display_name(), addr_spec(), st.sampled_from([" ", "", "  ", "\t"])).map(
            lambda t: f"{t[0]}{t[2]}<{t[1]}>"
        ),
        st.tuples(addr_spec(), phrase()).map(lambda t: f"{t[0]} ({t[1]})"),
        st.tuples(display_name(), addr_spec()).map(lambda t: f"{t[0]} <{t[1]}> (c)"),
        st.sampled_from(["<>", "undisclosed-recipients:;", "a@b c@d", "junk words", "<a@b", "a@b>"]),
    )


def address_value() -> st.SearchStrategy[str]:
    single = st.lists(mailbox(), min_size=0, max_size=4).flatmap(
        lambda boxes: st.lists(
            st.sampled_from([", ", ",", " , ", ",\r\n\t", ",\r\n ", ", ,"]),
            min_size=len(boxes),
            max_size=len(boxes),
        ).map(lambda seps: "".join(b + s for b, s in zip(boxes, seps, strict=True)).rstrip(", \r\n\t"))
    )
    group = st.tuples(phrase(), st.lists(mailbox(), max_size=3)).map(lambda t: f"{t[0]}: {', '.join(t[1])};")
    trailing = st.sampled_from(["", "", "", ",", ", ", " "])
    return st.tuples(st.one_of(single, single, group), trailing).map("".join)


def unstructured() -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(["Interview", "Re:", "AW:", "your", "application", "=?", "?=", "-", "\x0c", "\x00"]),
        st.sampled_from(WORDS),
        encoded_word(),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=12),
    )
    sep = st.sampled_from([" ", "  ", "\t", "", " \r\n ", "\r\n\t"])
    return st.lists(st.tuples(piece, sep), max_size=8).map(lambda ps: "".join(p + s for p, s in ps))


DATES = [
    "Mon, 5 Jan 2026 09:30:00 +0100",
    "5 Jan 2026 09:30 -0000",
    "Tue, 31 Feb 2026 25:61:00 +0000",
    "yesterday",
    "",
    "Mon, 5 Jan 99999 09:30:00 +0100",
]
CONTENT_TYPES = [
    "text/plain; charset=utf-8",
    'multipart/mixed; boundary="b1"',
    "multipart/alternative; boundary*=idna''x",
    "multipart/mixed; boundary*0*=utf-8''a%20b; boundary*1=c",
    "multipart/mixed",
    "message/rfc822",
    "message/delivery-status",
    "text/plain; name*=x-bogus''caf%E9",
    "text/html; charset=\xe9",
]


def field() -> st.SearchStrategy[tuple[str, str]]:
    address_names = st.sampled_from(["From", "FROM", "from", "To", "Cc", "CC", "Reply-To", "Sender"])
    text_names = st.sampled_from(["Subject", "subject", "List-Id", "Precedence", "Auto-Submitted", "X-Junk"])
    return st.one_of(
        st.tuples(address_names, address_value()),
        st.tuples(address_names, address_value()),
        st.tuples(text_names, unstructured()),
        st.tuples(st.just("Date"), st.sampled_from(DATES)),
        st.tuples(
            st.sampled_from(["Message-ID", "In-Reply-To", "References"]),
            st.sampled_from(["<a1@x.example>", "<a1@x.example> <b2@y.example>", "a1@x.example", "<>", ""]),
        ),
        st.tuples(
            st.sampled_from(["List-Unsubscribe", "Precedence"]), st.sampled_from(["<mailto:u@x>", "bulk"])
        ),
        st.tuples(
            st.sampled_from(["Content-Type", "Content-Transfer-Encoding"]), st.sampled_from(CONTENT_TYPES)
        ),
    )


JUNK_LINES = [
    "From sender@x.example Mon Jan  5 09:30:00 2026",
    " leading continuation",
    ": no name",
    "Not a header line",
    "",
    "Subject : space before colon",
]


@st.composite
def header_blocks(draw: st.DrawFn) -> bytes:
    lines = [f"{name}: {value}" for name, value in draw(st.lists(field(), min_size=0, max_size=9))]
    for _ in range(draw(st.integers(0, 2))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(JUNK_LINES)))
    newline = draw(st.sampled_from(["\r\n", "\r\n", "\n", "\r"]))
    text = newline.join(lines) + draw(
        st.sampled_from([newline + newline, newline, "", newline + newline + "body"])
    )
    if newline != "\r\n":
        text = text.replace("\r\n", newline)  # folds follow the block's own line ends
    # Non-ASCII as raw bytes: UTF-8 mostly, sometimes Latin-1 (not valid UTF-8).
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "latin-1"]))
    return draw(st.sampled_from([b"", b"\r\n", b"  "])) + text.encode(encoding, "replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=header_blocks(), internaldate=st.sampled_from([INTERNALDATE, None]))
def test_generated_header_blocks_give_the_reference_record(
    block: bytes, internaldate: datetime | None
) -> None:
    assert differences(block, headers_only=True, internaldate=internaldate) is None
    assert differences(block + b"\r\nbody text\r\n", headers_only=False, internaldate=internaldate) is None


@settings(max_examples=300, deadline=None)
@given(
    soup=st.binary(max_size=120).map(
        lambda b: bytes(b'From: <>@",;:()\\=?\r\n\t abQB_-.\xc3\xa9\xff[]'[x % 34] for x in b)
    )
)
def test_byte_soup_after_a_from_header_gives_the_reference_record(soup: bytes) -> None:
    block = b"Date: Mon, 5 Jan 2026 09:30:00 +0100\r\nFrom: " + soup + b"\r\n\r\n"
    assert differences(block, headers_only=True) is None


SOUP_BYTES = b'<>@",;:()\\=?\r\n\t ab.\xc3\xa9\xff[]*/'
SOUP_PIECES = [
    b"From: ",
    b"To: ",
    b"Subject: ",
    b"Date: Mon, 5 Jan 2026 09:30:00 +0100",
    b"Content-Type: multipart/mixed; boundary*=",
    b"=?utf-8?q?",
    b"?=",
    b"\r\n",
    b"\r\n ",
    b"\n",
    b"\r",
    b"From x\r\n",
    b"a@b.example",
    b'"',
    b"Sam Rivera ",
]


@settings(max_examples=300, deadline=None)
@given(
    soup=st.lists(
        st.one_of(
            st.sampled_from(SOUP_PIECES),
            st.binary(max_size=6).map(lambda b: bytes(SOUP_BYTES[x % len(SOUP_BYTES)] for x in b)),
        ),
        max_size=30,
    ).map(b"".join)
)
def test_header_block_soup_gives_the_reference_record(soup: bytes) -> None:
    """Line structure: lone CRs, envelope lines, nameless and continuation lines, bodies, no headers."""
    assert differences(soup, headers_only=True) is None
    assert differences(soup, headers_only=False) is None


NASTY_ADDRESS_VALUES = [
    "=?utf-7?q?+2AA-?= <a@b.example>",
    "Group =?utf-7?q?+2AA-?=: a@b.example;",
    "=?utf-8?q?a=0D=0Ab?= <a@b.example>",
    "a@b.example (" + "(" * 40 + ")" * 40 + ")",
    *("a@b.example " + "(" * depth + ")" * depth for depth in (100, 200, 300, 400, 500, 700, 1000)),
    '"a\\"b" <a@b.example>, c@d.example',
    "a@b.example,,,  , <c@d.example>",
    "<a@b.example> <c@d.example>",
    "A <@route.example:a@b.example>",
]


@pytest.mark.parametrize("value", NASTY_ADDRESS_VALUES)
def test_addresses_the_header_objects_refuse_give_the_reference_record(value: str) -> None:
    block = f"Date: Mon, 5 Jan 2026 09:30:00 +0100\r\nFrom: {value}\r\nTo: {value}\r\n\r\n".encode()
    assert differences(block, headers_only=True) is None


@pytest.mark.parametrize(
    "value",
    [
        b"Sam Rivera" + b"\xa3$N\x86\xd6\xe5h\xd5\xebQk\xdf" * 40 + b"Rivera.example>",
        b"x" * 20_000 + b" y",
        b"a. " * 5_000 + b"<a@b.example",
        b'"' + b"q" * 20_000,
    ],
)
def test_a_long_odd_name_is_read_in_linear_time(value: bytes) -> None:
    """Regression: the name pattern once backtracked exponentially on atoms without spaces between."""
    block = b"Date: Mon, 5 Jan 2026 09:30:00 +0100\r\nFrom: " + value + b"\r\n\r\n"
    assert differences(block, headers_only=True) is None


# --- the fast path is taken ----------------------------------------------------


def test_an_ordinary_header_block_needs_neither_the_message_parser_nor_header_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cost of a non-candidate is its header block: no compat32 Message, no header objects."""
    calls: list[str] = []

    def counting(label: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls.append(label)
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(email, "message_from_bytes", counting("message_from_bytes", email.message_from_bytes))
    monkeypatch.setattr(HeaderRegistry, "__call__", counting("header_factory", HeaderRegistry.__call__))
    parser = email._header_value_parser
    monkeypatch.setattr(parser, "get_address_list", counting("get_address_list", parser.get_address_list))
    block = (
        b"Date: Mon, 5 Jan 2026 09:30:00 +0100\r\n"
        b'From: "Fontaine, Ren\xc3\xa9e" <Renee.Fontaine@brightwater.example>\r\n'
        b"To: Sam Rivera <sam@rivera.example>,\r\n\tops@brightwater.example, Dr. A. Smith <a.smith@x.example>\r\n"
        b"Subject: Weekly digest: 12 new jobs\r\n"
        b"Message-ID: <n1@brightwater.example>\r\n"
        b"List-Id: Jobs <jobs.brightwater.example>\r\n"
        b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    )
    m = parse_message(block, account="a", folder="INBOX", uid="1", my_addresses=ME, headers_only=True)
    assert calls == []
    assert m.from_ is not None and (m.from_.name, m.from_.email) == (
        "Fontaine, Renée",
        "renee.fontaine@brightwater.example",
    )
    assert [(a.name, a.email) for a in m.to] == [
        ("Sam Rivera", "sam@rivera.example"),
        ("", "ops@brightwater.example"),
        ("Dr. A. Smith", "a.smith@x.example"),
    ]
    assert (m.subject, m.bulk.list_id) == ("Weekly digest: 12 new jobs", "Jobs <jobs.brightwater.example>")
    assert differences(block, headers_only=True) is None


def test_broken_charsets_in_a_header_block_give_replacement_characters_not_errors() -> None:
    block = (
        b"Date: Mon, 5 Jan 2026 09:30:00 +0100\r\n"
        b"From: =?x-bogus?q?Caf=E9?= <cafe@x.example>\r\n"
        b'To: Ren\xe9 <rene@x.example>, "M\xfcller, J" <j@x.example>\r\n'
        b"Subject: caf\xe9 =?utf-8?b?////?=\r\n\r\n"
    )
    m = parse_message(block, account="a", folder="INBOX", uid="1", my_addresses=ME, headers_only=True)
    assert m.from_ == Address("Caf\ufffd", "cafe@x.example")
    assert m.to == (Address("Ren\ufffd", "rene@x.example"), Address("M\ufffdller, J", "j@x.example"))
    assert m.subject.startswith("caf\ufffd ")
    assert differences(block, headers_only=True) is None


def test_a_control_character_after_the_headers_is_cleaned_as_the_reference_cleans_it() -> None:
    """Found by hypothesis: the body text is cleaned (watcher.core.safetext) by both parsers."""
    block = b"From: \r\nNot a header line\r\nSubject: \x0c \r\n\r\n"
    assert differences(block, headers_only=False, internaldate=INTERNALDATE) is None


@pytest.mark.parametrize(
    "subject",
    [
        "=?utf-8?q?Interview=07_today?=",
        "=?utf-8?q?Interview?=   =?utf-8?q?_next__week?=",
        "=?utf-8?b?SW50ZXJ2aWV3?= \t at  10",
    ],
)
def test_the_gate_and_the_reader_decode_a_header_alike(subject: str) -> None:
    head = "From: Ana <ana@acme.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <s@acme.example>\r\n"
    raw = f"{head}Subject: {subject}\r\n\r\nHi\r\n".encode()
    msg = parse_message(raw, account="a", folder="INBOX", uid="1", my_addresses=())
    assert read_headers(raw).subject == msg.subject
