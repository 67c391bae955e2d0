"""What an employer message asks the owner for, and whether an owner message chases."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watcher.core.reading.firstletter import LazyPattern, found_by_first_letter
from watcher.core.reading.lexicon import alternation, phrases
from watcher.core.reading.sentences import is_question, sentences
from watcher.core.reading.text import file_words, fold

__all__ = ["find_asks"]

# The vocabularies are asked yes or no only (see firstletter).
_ASK_REQUEST = found_by_first_letter("", phrases("ASK"))
# (kind, what names it, whether the sentence must also ask for it): a take-home named as such is asked for.
_ASKS: tuple[tuple[str, LazyPattern, bool], ...] = (
    ("availability", found_by_first_letter("", phrases("ASK_AVAILABILITY")), True),
    ("references", found_by_first_letter("", phrases("ASK_REFERENCES")), True),
    ("document", found_by_first_letter(r"\b", phrases("ASK_DOCUMENT"), r"\b"), True),
    ("take-home", found_by_first_letter(r"\b", phrases("ASK_TAKE_HOME_NAMED"), r"\b"), False),
    ("take-home", found_by_first_letter(r"\b", phrases("ASK_TAKE_HOME"), r"\b"), True),
)
_ASK_DONE = found_by_first_letter(r"\b", phrases("ASK_DONE"), r"\b")


# Handing something over: "send that over", "schicken Sie es uns", "envíanoslo", "nous la transmettre".
_HAND_OVER = found_by_first_letter("", phrases("HAND_OVER"))

# A word pointing back at what the previous sentence named: "send *that* over", "envíanos*lo*".
_BACK_REFERENCE = found_by_first_letter("", phrases("BACK_REFERENCE"))


# A take-home attached under a sentence that names no task ("see the attached, due Friday").
_TAKE_HOME_FILE = re.compile(
    r"\b(" + fold(alternation("ASK_TAKE_HOME_NAMED") + "|" + alternation("ASK_TAKE_HOME")) + r")\b", re.I
)


def find_asks(text: str, attachments: Sequence[str] = ()) -> list[tuple[str, str]]:
    """What an employer message asks the owner for: (kind, the sentence).

    An attachment named like a take-home ("Case_Study_Brief.pdf") is asked for by the
    message's first request that is not a thank-you for something already sent.
    """
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    inherited = 0  # list items after "could you please send me:" carry the request
    pending: list[str] = []  # kinds the previous sentence named without asking for them
    for s in sentences(text):
        named_before, pending = pending, []
        if (
            named_before
            and not any(pattern.search(s) for _, pattern, _ in _ASKS)  # it names nothing of its own
            and _ASK_REQUEST.search(s)
            and _HAND_OVER.search(s)
            and _BACK_REFERENCE.search(s)
            and not _ASK_DONE.search(s)
        ):
            # "Our People team needs a copy of your work authorisation. Could you send that over?"
            for kind in named_before:
                if kind not in seen:
                    seen.add(kind)
                    out.append((kind, s))
        requested = inherited > 0
        inherited = max(0, inherited - 1)
        if s.rstrip().endswith(":") and _ASK_REQUEST.search(s):
            inherited = 4
        if re.match(
            r"^\s*(if (not|that|this|the|none|it|you need|anything|you have)|falls|si no|sinon|in case)\b",
            s,
            re.I,
        ) and not re.search(r"\bif (that|this|it) (still )?works\b", s, re.I):
            continue
        if _ASK_DONE.search(s):
            continue
        for kind, pattern, needs_request in _ASKS:
            if kind in seen or not pattern.search(s):
                continue
            asked = requested or bool(_ASK_REQUEST.search(s)) or (kind == "availability" and is_question(s))
            if needs_request and not asked:
                pending.append(kind)
                continue
            seen.add(kind)
            out.append((kind, s))
    if "take-home" not in seen and any(_TAKE_HOME_FILE.search(file_words(a)) for a in attachments):
        for s in sentences(text):
            if _ASK_REQUEST.search(s) and not _ASK_DONE.search(s):
                out.append(("take-home", s))
                break
    return out
