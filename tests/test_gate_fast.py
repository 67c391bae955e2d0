"""The gate's fast paths give the very answers of the slow reference code they replace."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watcher.gate import JOB_VOCABULARY, JOB_WORDS, PEEK_CHARS, job_words_in, peek_passes
from watcher.sources.structure import peek_message

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


def test_vocabulary_spells_out_the_regex() -> None:
    """Each word of the list is a match of the regex, and the regex finds nothing the list lacks."""
    for word in WORDS:
        assert JOB_WORDS.fullmatch(word), word
    for alternative in re.split(r"\|(?![^()]*\))", JOB_WORDS.pattern):
        examples = [w for w in WORDS if re.fullmatch(alternative, w)]
        assert examples, alternative
