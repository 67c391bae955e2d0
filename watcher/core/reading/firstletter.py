"""Big case-insensitive vocabularies asked yes or no, grouped by the letter their words start with.

`re` tries every piece of a case-insensitive alternation at each position of the text, most of them
in full (a leading group or `\\b` is entered before the first letter fails). Grouped behind a look at
the next character in a case-sensitive class of one letter's cases, all the pieces that cannot start
there fail on one comparison. The grouped pattern finds a match wherever the plain one does (and only
there), but its groups and spans differ: it is only for `search(...) is not None`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = [
    "OTHER_CASES",
    "LazyPattern",
    "first_letters",
    "found_by_first_letter",
    "letter_cases",
    "top_level_branches",
    "without_captures",
]

# What a letter matches under re.IGNORECASE besides its two ASCII cases (Unicode simple case folding:
# "İ" and "ı" are an "i", the Kelvin sign a "k", the long "ſ" an "s"). A test holds this to what `re` does.
OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}

_REPEATS_FROM_ZERO = ("?", "*", "{")  # after an item: it may match nothing ("{" to be safe: "{0,2}")


def _class_end(piece: str, i: int) -> int:
    """The index of the "]" that closes the class "[" at `i` opens (a leading "^" and "]" are its own)."""
    i += 1
    if piece[i : i + 1] == "^":
        i += 1
    if piece[i : i + 1] == "]":
        i += 1
    while i < len(piece) and piece[i] != "]":
        i += 2 if piece[i] == "\\" else 1
    return i


def _walk(piece: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character from `i` on that is neither
    escaped nor inside a class (those are stepped over whole)."""
    depth = 0
    while i < len(piece):
        c = piece[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(piece, i) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _closing(piece: str, i: int) -> int:
    """The index of the ")" that closes the "(" at `i`, or -1."""
    return next((j for j, c, depth in _walk(piece, i) if c == ")" and depth == 0), -1)


def top_level_branches(piece: str) -> list[str]:
    """A piece split at each "|" outside any group or class."""
    bars = [j for j, c, depth in _walk(piece) if c == "|" and depth == 0]
    return [piece[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(piece)], strict=True)]


def without_captures(piece: str) -> str:
    """A piece with each capturing group "(...)" made a plain one "(?:...)": it matches the same text,
    and `re` need not save and restore what each group caught as it tries piece after piece (with
    many groups, most of the time of a big alternation).
    """
    out, i = [], 0
    while i < len(piece):
        c = piece[i]
        if c == "\\":
            out.append(piece[i : i + 2])
            i += 2
            continue
        if c == "[":
            end = _class_end(piece, i)
            out.append(piece[i : end + 1])
            i = end + 1
            continue
        out.append("(?:" if c == "(" and piece[i + 1 : i + 2] != "?" else c)
        i += 1
    return "".join(out)


def first_letters(piece: str) -> frozenset[str] | None:
    """The lower-case ASCII letters a match of `piece` (under re.IGNORECASE) can start with, or None
    when that is not known: the piece may start with anything else, or match nothing at all.

    Read: leading `\\b` (it matches no character), a letter, a class of letters (`[sz]`), a group
    (`(a|b)`, `(?:a|b)`), each not optional; anything else is unknown. Unknown is always safe.
    """
    branches = top_level_branches(piece)
    if len(branches) > 1:
        found: set[str] = set()
        for branch in branches:
            sub = first_letters(branch)
            if sub is None:
                return None
            found |= sub
        return frozenset(found)
    while piece.startswith("\\b"):
        piece = piece[2:]
    if not piece:
        return None
    c = piece[0]
    if c.isascii() and c.isalpha():
        after = 1
        letters: frozenset[str] | None = frozenset(c.lower())
    elif c == "[":
        end = piece.find("]", 1)
        inside = piece[1:end]
        if end < 0 or not inside or not all(x.isascii() and x.isalpha() for x in inside):
            return None
        after = end + 1
        letters = frozenset(inside.lower())
    elif c == "(":
        end = _closing(piece, 0)
        if end < 0:
            return None
        inside = piece[1:end]
        if inside.startswith("?:"):
            inside = inside[2:]
        elif inside.startswith("?"):
            return None  # a look-around, a named group or flags
        after = end + 1
        letters = first_letters(inside)
    else:
        return None
    if piece[after : after + 1] in _REPEATS_FROM_ZERO:
        return None
    return letters


def letter_cases(letter: str) -> str:
    """Every character re.IGNORECASE takes for a lower-case ASCII letter."""
    return letter + letter.upper() + OTHER_CASES.get(letter, "")


class LazyPattern:
    """A pattern compiled on its first search. The grouped patterns take about 70 ms to compile
    together, and most commands (a status with the facts already kept) never search with them."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, re.I)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)


def found_by_first_letter(head: str, pieces: tuple[str, ...], tail: str = "") -> LazyPattern:
    """A pattern that finds a match where `re.compile(head + "(" + "|".join(pieces) + ")" + tail, re.I)`
    does and nowhere else, with each piece whose first letters are known tried only where the next
    character is one of them. `head` must match no character (such as `\\b`) or nothing at all.
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for piece in pieces:
        letters = first_letters(piece)
        if letters is None:
            rest.append(without_captures(piece))
            continue
        for letter in sorted(letters):
            groups.setdefault(letter, []).append(without_captures(piece))
    branches = [
        f"(?=(?-i:[{letter_cases(letter)}]))(?:{'|'.join(ps)})" for letter, ps in sorted(groups.items())
    ]
    return LazyPattern(
        without_captures(head) + "(?:" + "|".join([*branches, *rest]) + ")" + without_captures(tail)
    )
