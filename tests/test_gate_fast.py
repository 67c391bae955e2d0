"""The gate's fast paths give the very answers of the slow reference code they replace."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import watcher.core.gate
import watcher.core.mail
from watcher.core.gate import (
    JOB_VOCABULARY,
    JOB_WORDS,
    PEEK_CHARS,
    _automaton,
    _fast_headers,
    _slow_headers,
    job_words_in,
    peek_passes,
    read_headers,
)
from watcher.sources.structure import peek_message

from .test_mail_headers import SOUP_BYTES, SOUP_PIECES, header_blocks

ROOT = Path(__file__).resolve().parents[1]


@cache
def mail_files() -> tuple[Path, ...]:
    """Every message the project ships: held-out mailboxes, the demo Maildir, the test fixtures."""
    files = [*ROOT.glob("bench/heldout*/mail/**/*.eml"), *ROOT.glob("tests/fixtures/**/*.eml")]
    files += [p for p in (ROOT / "watcher" / "demo" / "Maildir").rglob("*") if p.is_file()]
    return tuple(sorted(files))


@cache
def mail_texts() -> tuple[str, ...]:
    return tuple(peek_message(path.read_bytes())[1] for path in mail_files())


def reference_peek(text: str) -> bool:
    """What the gate did before: the one big alternation."""
    return bool(JOB_WORDS.search(text[:PEEK_CHARS].lower()))


def test_peek_agrees_with_the_regex_on_every_shipped_message() -> None:
    texts = mail_texts()
    assert len(texts) > 500
    verdicts = [peek_passes(text) for text in texts]
    assert verdicts == [reference_peek(text) for text in texts]
    assert True in verdicts and False in verdicts  # both answers occur: the comparison means something


def test_job_words_agree_on_every_shipped_subject_and_line() -> None:
    """first_look reads subjects and names the same way: short texts, every line of every message."""
    lines = {line.strip().lower() for text in mail_texts() for line in text.splitlines()[:40]}
    for line in lines:
        assert job_words_in(line) == bool(JOB_WORDS.search(line)), line


WORDS = [w.replace("\\b", "") for w in JOB_VOCABULARY]


def _neighbours(word: str) -> list[str]:
    """Near misses: cut short, one letter dropped or changed, glued to letters on either side."""
    out = [word[:-1], word[1:], "x" + word, word + "s", word + "_", "_" + word, word.upper(), word + "é"]
    out += [word[:i] + word[i + 1 :] for i in range(len(word))]
    out += [word[:i] + "a" + word[i + 1 :] for i in range(len(word))]
    return out


NEIGHBOURS = sorted({n for w in WORDS for n in _neighbours(w)})
pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NEIGHBOURS),
    st.sampled_from([" ", "\n", "-", "'", ".", ",", "1", "é", "_", "\u00a0", "İ"]),
    st.text(max_size=12),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéçãó -'", max_size=12),
)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=12))
def test_job_words_agree_on_generated_text(parts: list[str]) -> None:
    for joiner in ("", " "):
        text = joiner.join(parts)
        assert peek_passes(text) == reference_peek(text)
        assert job_words_in(text.lower()) == bool(JOB_WORDS.search(text.lower()))


def test_a_vocabulary_word_takes_its_boundaries_at_its_ends_only() -> None:
    """The automaton checks a word's boundaries where the word occurs: one inside a word, or next to
    a character that is no letter, would mean something else, so such a word is refused."""
    with pytest.raises(ValueError, match="boundary"):
        _automaton(("job\\boffer",))
    with pytest.raises(ValueError, match="boundary"):
        _automaton(("on-\\b",))
    found = _automaton(("\\bcv\\b", "cv writing"))
    assert sorted(found.keys()) == ["cv", "cv writing"]


def test_vocabulary_spells_out_the_regex() -> None:
    """Each word of the list is a match of the regex, and the regex finds nothing the list lacks."""
    for word in WORDS:
        assert JOB_WORDS.fullmatch(word), word
    for alternative in re.split(r"\|(?![^()]*\))", JOB_WORDS.pattern):
        examples = [w for w in WORDS if re.fullmatch(alternative, w)]
        assert examples, alternative


# --- read_headers: the fast reading of a header block against the email package's -------------


@pytest.fixture(autouse=True)
def _cold_cache() -> Iterator[None]:
    """The decoded-text cache is exact (a pure function); start cold so the code behind it runs."""
    watcher.core.mail._encoded_words.cache_clear()
    yield


def header_block(raw: bytes) -> bytes:
    """What a headers-first fetch gets: up to and including the first empty line."""
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[: m.end()] if m else raw


def test_headers_agree_with_the_email_package_on_every_shipped_message() -> None:
    blocks = [header_block(path.read_bytes()) for path in mail_files()]
    for block in blocks:
        assert read_headers(block) == _slow_headers(block)
    fast = sum(_fast_headers(block) is not None for block in blocks)
    assert fast > 0.8 * len(blocks)  # the usual block never needs the email package


header_soup = st.lists(
    st.one_of(
        st.sampled_from(SOUP_PIECES),
        st.binary(max_size=6).map(lambda b: bytes(SOUP_BYTES[x % len(SOUP_BYTES)] for x in b)),
    ),
    max_size=30,
).map(b"".join)
NAMES = [
    "Jo",
    "Ng",
    "Jo A. Ng",
    "Jo  A.\tNg",
    "Jo\r\n Ng",
    "Jo .Ng",
    "O'Brien",
    "J.R.",
    "Ng, Jo",
    "",
    " Jo ",
    "=?utf-8?q?J=C3=B6?=",
    "a@b",
    "x\\y",
]
GOOD_SPECS = ["jo@quietfirm.example", "Jo.Ng@Mail.Example", "a+b@x"]
SPECS = [
    *GOOD_SPECS,
    *GOOD_SPECS,
    *GOOD_SPECS,
    "jo@quietfirm.example",
    "Jo.Ng@Mail.Example",
    "a+b@x",
    "a..b@x",
    "@x",
    "a@b@c",
    "a b@x",
    "é@x",
]


@st.composite
def plain_mailbox(draw: st.DrawFn) -> str:
    name, spec = draw(st.sampled_from(NAMES)), draw(st.sampled_from(SPECS))
    space = draw(st.sampled_from(["", " ", "  ", "\t", "\r\n "]))
    return draw(
        st.sampled_from(
            [spec, f"<{spec}>", f"{name}{space}<{spec}>", f'"{name}"{space}<{spec}>', f"{name} {spec}"]
        )
    )


@st.composite
def plain_blocks(draw: st.DrawFn) -> bytes:
    """Blocks near the fast path's edge: plain mailboxes, quoted names with commas, folds, ids, junk bytes."""
    lines = []
    for _ in range(draw(st.integers(0, 7))):
        name = draw(
            st.sampled_from(
                ["From", "from", "To", "Cc", "Reply-To", "Subject", "Message-ID", "References", "In-Reply-To",
                 "Content-Type", "List-Unsubscribe", "List-Id", "Precedence", "X-Other"]
            )
        )  # fmt: skip
        if name.lower() in {"from", "to", "cc", "reply-to"}:
            boxes = draw(st.lists(plain_mailbox(), min_size=0, max_size=3))
            value = draw(st.sampled_from([", ", ",", ",\r\n ", " , "])).join(boxes)
            value += draw(st.sampled_from(["", "", ",", " "]))
        else:
            value = draw(
                st.sampled_from(
                    ["", "bulk", " List ", "<a@b> <c@d>", "x@y", "Text/Calendar", "Hello\r\n world",
                     "=?utf-8?b?SW50ZXJ2aWV3?=", "caf\xe9", "Interview, then?", "junk"]
                )
            )  # fmt: skip
        lines.append(f"{name}: {value}")
    text = "\r\n".join(lines) + draw(st.sampled_from(["\r\n\r\n", "\r\n", "", "\r\n\r\nbody"]))
    return text.encode(draw(st.sampled_from(["utf-8", "latin-1"])), "replace")


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=plain_blocks())
@example(block=b'From: Jo  A.\tNg <a@b.c>\r\nTo: Jo\r\n Ng <x@y>,\r\n "Ng, Jo" <n@j>\r\n\r\n')
def test_headers_agree_on_generated_plain_blocks(block: bytes) -> None:
    assert read_headers(block) == _slow_headers(block)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=st.one_of(header_blocks(), header_soup))
def test_headers_agree_on_generated_awkward_blocks(block: bytes) -> None:
    """The header-block strategies of the mail reader's tests: encoded words, groups, comments, soup."""
    assert read_headers(block) == _slow_headers(block)
