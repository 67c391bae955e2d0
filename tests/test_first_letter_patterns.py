"""The vocabularies the sentence readers ask yes or no, grouped by first letter, answer as the plain ones.

`find_outcome`, `sentence_signals`, `non_interview_reason`, `find_doubt`, `find_asks` and the message kinds ask big case-insensitive alternations of the lexicon whether a
sentence holds one of their phrases; `firstletter.found_by_first_letter` builds each one grouped by
the letters its phrases start with and without capturing groups. Each is held here to the pattern
main compiled (`re.compile(head + "(" + alternation(concept) + ")" + tail, re.I)`): on every sentence
the project ships, in every letter case, and on text made of the vocabulary's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core.employers import message_kinds
from watcher.core.reading import asks, doubt, outcome, relevance, scheduling
from watcher.core.reading.firstletter import (
    OTHER_CASES,
    LazyPattern,
    first_letters,
    found_by_first_letter,
    without_captures,
)
from watcher.core.reading.lexicon import alternation, phrases
from watcher.core.reading.sentences import sentences

from .test_reading_shortcuts import ODD_TEXTS, shipped

# (quick pattern, head, concepts, tail) as the module compiled it before; "A+B" is A's pieces, then B's.
_B = r"\b"
PATTERNS: tuple[tuple[LazyPattern, str, str, str], ...] = (
    (outcome._REJECTED, "", "REJECTION", ""),
    (outcome._REJECTED_NEWS, "", "REJECTION_NEWS", ""),
    (outcome._NEWS_ABOUT_SCHEDULE, _B, "SCHEDULE_CHANGE", _B),
    (outcome._OFFER, "", "OFFER", ""),
    (outcome._WITHDRAWN, "", "WITHDRAWAL", ""),
    (outcome._CONDITIONAL, "", "CONDITIONAL", ""),
    (outcome._UNDECIDED, "", "UNDECIDED", ""),
    (scheduling._CONFIRM, "", "CONFIRM", ""),
    (scheduling._ACCEPT, _B, "ACCEPT", _B),
    (scheduling._ACCEPT_ALONE, _B, "ACCEPT_ALONE", _B),
    (scheduling._ACCEPT_TIMED, _B, "ACCEPT_TIMED", _B),
    (scheduling._OWNER_CONFIRM, _B, "OWNER_CONFIRM", _B),
    (scheduling._ACCEPT_PLAIN, _B, "ACCEPT_PLAIN", ""),
    (scheduling._DECLINE, "", "DECLINE", ""),
    (scheduling._INVITED, _B, "INVITED", _B),
    (scheduling._RESCHEDULE, _B, "RESCHEDULE", _B),
    (scheduling._CANCEL, _B, "CANCEL", _B),
    (scheduling._INTERVIEWISH, "", "INTERVIEW", ""),
    (scheduling._PROPOSAL_WORDS, _B, "PROPOSAL", _B),
    (scheduling._ACCEPT_STRONG, _B, "ACCEPT_STRONG", _B),
    *(
        (pattern, head, concept, tail)
        for (_, pattern), (head, concept, tail) in zip(
            relevance._NEGATIVE,
            (
                ("", "NOT_A_JOB_USER_RESEARCH", ""),
                (_B, "NOT_A_JOB_MEDIA", _B),
                ("", "NOT_A_JOB_EXIT_INTERVIEW", ""),
                ("", "NOT_A_JOB_MOCK_INTERVIEW", ""),
                ("", "NOT_A_JOB_OWNER_INTERVIEWS+ASKED_TO_INTERVIEW", ""),
                ("", "NOT_A_JOB_SOMEONE_ELSES", ""),
                ("", "NOT_A_JOB_OFFICIAL", ""),
                (_B, "NOT_A_JOB_MARKETING", _B),
            ),
            strict=True,
        )
    ),
    (message_kinds._AUTOMATED_TEXT, "", "AUTOMATED", ""),
    (message_kinds._ACK, "", "ACKNOWLEDGEMENT", ""),
    (message_kinds._THANKS, _B, "THANKS", ""),
    (message_kinds._NOT_ACK, _B, "NOT_ACKNOWLEDGEMENT", _B),
    (doubt._REJECTION, "", "POSSIBLE_REJECTION", ""),
    (doubt._OFFER, "", "POSSIBLE_OFFER", ""),
    (doubt._ATTACHMENT, "", "OFFER_ATTACHMENT", ""),
    (doubt._SCHEDULE, _B, "SCHEDULE_CHANGE+RESCHEDULE+CANCEL", _B),
    (asks._ASK_REQUEST, "", "ASK", ""),
    (asks._ASKS[0][1], "", "ASK_AVAILABILITY", ""),
    (asks._ASKS[1][1], "", "ASK_REFERENCES", ""),
    (asks._ASKS[2][1], _B, "ASK_DOCUMENT", _B),
    (asks._ASKS[3][1], _B, "ASK_TAKE_HOME_NAMED", _B),
    (asks._ASKS[4][1], _B, "ASK_TAKE_HOME", _B),
    (asks._ASK_DONE, _B, "ASK_DONE", _B),
    (asks._HAND_OVER, "", "HAND_OVER", ""),
    (asks._BACK_REFERENCE, "", "BACK_REFERENCE", ""),
)


@cache
def plain(head: str, concept: str, tail: str) -> re.Pattern[str]:
    return re.compile(head + "(" + "|".join(map(alternation, concept.split("+"))) + ")" + tail, re.I)


def pieces(concept: str) -> tuple[str, ...]:
    return tuple(p for c in concept.split("+") for p in phrases(c))


def _odd_case(text: str) -> str:
    """The text with the letters re.IGNORECASE folds from beyond ASCII ("İ", "ı", Kelvin "K", "ſ")."""
    return text.translate({ord("i"): "ı", ord("I"): "İ", ord("k"): "\u212a", ord("s"): "ſ"})


@cache
def _sentences() -> tuple[str, ...]:
    """Every subject and sentence of new text the project ships, as written and upper-cased with the odd letters."""
    said: set[str] = set(ODD_TEXTS)
    for m in shipped():
        said.add(m.subject)
        said.update(sentences(m.new_text[:3000]))
    out: set[str] = set()
    for s in said:
        out.update((s, _odd_case(s.upper())))
    return tuple(sorted(out))


def test_the_first_letter_patterns_match_where_the_plain_ones_do_on_every_shipped_sentence() -> None:
    found = dict.fromkeys((concept for _, _, concept, _ in PATTERNS), 0)
    for text in _sentences():
        for quick, head, concept, tail in PATTERNS:
            expected = plain(head, concept, tail).search(text) is not None
            assert (quick.search(text) is not None) == expected, (concept, text)
            found[concept] += expected
    # Each vocabulary is found somewhere: the answers compared are not all "no".
    assert all(n > 0 for n in found.values()), found


def _words() -> list[str]:
    """The literal words of every vocabulary compared, and the odd letters that fold to ASCII ones."""
    words = {w for _, _, c, _ in PATTERNS for p in pieces(c) for w in re.findall(r"[^\W\d_]+'?", p)}
    return sorted(words | set("".join(OTHER_CASES.values())))


@settings(max_examples=300)
@given(st.data())
def test_the_first_letter_patterns_agree_on_text_made_of_their_words(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_words()), max_size=12))
    gaps = data.draw(
        st.lists(st.sampled_from([" ", "", "\n", ", ", "-", "_", "'", ". "]), min_size=12, max_size=12)
    )
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    cases: list[Callable[[str], str]] = [str, str.upper, str.swapcase, _odd_case]
    case = data.draw(st.sampled_from(cases))
    text = case(text)
    for quick, head, concept, tail in PATTERNS:
        assert (quick.search(text) is None) == (plain(head, concept, tail).search(text) is None), (
            concept,
            text,
        )


def test_a_piece_without_captures_matches_the_same_text() -> None:
    """Capturing groups become plain ones and nothing else changes: same spans on every sentence."""
    every_piece = sorted({p for _, _, c, _ in PATTERNS for p in pieces(c)})
    texts = _sentences()[::7]
    for piece in every_piece:
        before, after = re.compile(piece, re.I), re.compile(without_captures(piece), re.I)
        assert after.groups == 0, piece
        for text in texts:
            a, b = before.search(text), after.search(text)
            assert (a and a.span()) == (b and b.span()), (piece, text)


def test_without_captures_leaves_escapes_classes_and_look_arounds_alone() -> None:
    assert without_captures(r"\(a(b|c)[(]\)(?<!x)(?:d)(?=e)") == r"\(a(?:b|c)[(]\)(?<!x)(?:d)(?=e)"
    assert without_captures(r"[^)(]x(y)") == r"[^)(]x(?:y)"
    assert without_captures(r"[]()](z)") == r"[]()](?:z)"


def test_the_first_letters_of_a_piece_are_known_only_when_it_must_start_with_one() -> None:
    assert first_letters(r"\b(sorry|afraid)\b.{0,9}news") == frozenset({"s", "a"})
    assert first_letters(r"(?:go|gone) with") == frozenset({"g"})
    assert first_letters("[sz]ee|Bee") == frozenset({"s", "z", "b"})
    assert first_letters(r"\bIch") == frozenset({"i"})
    assert first_letters("(de )?functie") is None  # optional: the piece may start at "f"
    assert first_letters("a?b") is None
    assert first_letters("x*y") is None
    assert first_letters("x{0,2}y") is None
    assert first_letters("(a|)b") is None  # an empty branch starts with what follows
    assert first_letters(r"(?<!if )\bit's") is None
    assert first_letters(r"^\s*(if)") is None
    assert first_letters("é com pesar") is None
    assert first_letters("[a-z]x") is None
    assert first_letters(r"\w+ news") is None


def test_a_grouped_pattern_keeps_pieces_it_cannot_group_and_the_head_and_tail() -> None:
    pattern = found_by_first_letter(r"\b", ("cat", "(de )?dog", "émeu"), r"\b")
    for text, hit in (("a CAT!", True), ("the dog", True), ("DE DOG", True), ("ÉMEU", True), ("cats", False)):
        assert (pattern.search(text) is not None) == hit, text


def test_the_grouped_vocabularies_are_compiled_on_their_first_search_not_at_import() -> None:
    """Compiling them all costs about 70 ms, which every command paid at start-up; a status whose
    facts are kept searches with none of them."""
    import subprocess
    import sys

    probe = (
        "import gc, watcher.core.assessment, watcher.core.reading.facts\n"
        "from watcher.core.reading.firstletter import LazyPattern\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
        "assert len(lazy) > 40, len(lazy)\n"
        "assert all(p._compiled is None for p in lazy)\n"
        "p = lazy[0]; p.search('x'); assert p._compiled is not None and p.compiled is p.compiled\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_a_piece_splits_only_at_bars_outside_groups_classes_and_escapes() -> None:
    from watcher.core.reading.firstletter import top_level_branches

    assert top_level_branches("a|b") == ["a", "b"]
    assert top_level_branches("a(b|(c|d))|e") == ["a(b|(c|d))", "e"]
    assert top_level_branches("[|]|x") == ["[|]", "x"]
    assert top_level_branches("[^]|]|z") == ["[^]|]", "z"]  # "]" first in a class is its own
    assert top_level_branches(r"\||y") == [r"\|", "y"]
    assert top_level_branches("(?:x|y)z") == ["(?:x|y)z"]
    assert top_level_branches("a|") == ["a", ""]
