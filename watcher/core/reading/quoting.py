"""Where a reply's own words end and the quoted history begins.

The new text of a message is what its author wrote above, between or below
the quotes. Mail clients mark where the history begins in a handful of ways,
each localised: an attribution line ("On … wrote:", Gmail and Apple Mail),
an Outlook header block ("From: / Sent: / To: / Subject:"), a rule
("-----Original Message-----"), an Apple "Begin forwarded message:" line,
lines quoted with ``>``, and a signature (``-- `` or a phone's "Sent from my
iPhone"). What each language says is data: the `QUOTE_MARKS` table of its
lexicon (`watcher.core.reading.lexicon`), so the next language brings its own.
"""

from __future__ import annotations

import re

from watcher.core.reading.lexicon import LEXICONS

__all__ = ["strip_quotes"]


_APPS = r"(?:Outlook|Yahoo\s+Mail|Mail|Gmail|Proton\s?Mail|AOL|Spark|BlueMail|Samsung\s+Mail)"
_DEVICES = r"(?:iPhone|iPad|Android|Samsung|Galaxy|Pixel|Huawei|Xiaomi|BlackBerry|smartphone|mobile)"


def _pieces(field: str) -> set[str]:
    """One kind of mark (`attributions`, `sent_from` ...) in every lexicon, the apps and phones filled in."""
    return {
        piece.replace("<APPS>", _APPS).replace("<DEVICES>", _DEVICES)
        for lexicon in LEXICONS.values()
        for piece in lexicon.QUOTE_MARKS[field]
    }


def _alternatives(field: str) -> str:
    return "|".join(sorted(_pieces(field), key=lambda p: (-len(p), p)))


def _labels(field: str) -> str:
    """Header labels as a regex: any spaces inside a label may be several."""
    return "|".join(
        sorted(
            {label.replace(" ", r"\s+") for label in _pieces(field)},
            key=lambda p: (-len(p), p),
        )
    )


_ATTRIBUTION_RE = re.compile(rf"^\s*(?:{_alternatives('attributions')})\s*:\s*$", re.IGNORECASE | re.DOTALL)
# Attribution lines without a leading "On"/"Am"/...: only trusted when quoted lines follow.
_LOOSE_ATTRIBUTION_RE = re.compile(
    rf"^.{{0,250}}\b(?:{_alternatives('wrote')})\s*:\s*$", re.IGNORECASE | re.DOTALL
)
_SEPARATOR_RE = re.compile(
    rf"^\s*(?:>\s*)*(?:-{{2,}}\s*(?:{_alternatives('rules')})\s*-{{2,}}|(?:{_alternatives('forwarded')})\s*:)\s*$",
    re.IGNORECASE,
)
_HEADER_LABEL = r"^\s*(?:>\s*)*\*{{0,2}}(?:{labels})\s*\*{{0,2}}\s*:"
_OUTLOOK_FROM_RE = re.compile(
    _HEADER_LABEL.format(labels=_labels("header_from")) + r"\**\s*\S", re.IGNORECASE
)
_OUTLOOK_DATE_RE = re.compile(_HEADER_LABEL.format(labels=_labels("header_date")), re.IGNORECASE)
_OUTLOOK_OTHER_RE = re.compile(_HEADER_LABEL.format(labels=_labels("header_other")), re.IGNORECASE)
_UNDERSCORES_RE = re.compile(r"^\s*_{10,}\s*$")
_SIGNATURE_RE = re.compile(r"^--\s?$")
_SENT_FROM_RE = re.compile(rf"^\s*(?:{_alternatives('sent_from')})(?:\s*<[^<>\s]*>)?\s*$", re.IGNORECASE)
_MAX_SENT_FROM = 90  # a phone's signature is short; a longer line is a sentence that happens to match


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _next_nonblank(lines: list[str], start: int) -> int:
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _attribution_span(lines: list[str], i: int) -> int:
    """Lines taken by a "On … wrote:" style attribution starting at i (wrapped up to 3 lines), else 0."""
    if not lines[i].strip() or _is_quoted(lines[i]):
        return 0
    for span in (1, 2, 3):
        if i + span > len(lines):
            break
        if span > 1 and (not lines[i + span - 1].strip() or _is_quoted(lines[i + span - 1])):
            break
        if not lines[i + span - 1].rstrip().endswith(":"):
            continue  # every attribution ends with a colon: most lines are ruled out without a regex
        chunk = " ".join(x.strip() for x in lines[i : i + span])
        if _ATTRIBUTION_RE.match(chunk):
            return span
        if span == 1 and _LOOSE_ATTRIBUTION_RE.match(chunk):
            k = _next_nonblank(lines, i + span)
            if k < len(lines) and _is_quoted(lines[k]):
                return span
    return 0


def _outlook_block(lines: list[str], i: int) -> bool:
    """An Outlook-style header block ("From: … Sent: … To: … Subject: …"), quoted or not."""
    if not _OUTLOOK_FROM_RE.match(lines[i]):
        return False
    window = lines[i + 1 : i + 8]
    return any(_OUTLOOK_DATE_RE.match(x) for x in window) and any(_OUTLOOK_OTHER_RE.match(x) for x in window)


def _is_signature(line: str) -> bool:
    """A signature separator ("-- ") or a phone's or app's one-line signature ("Sent from my iPhone")."""
    if _SIGNATURE_RE.match(line):
        return True
    return len(line) <= _MAX_SENT_FROM and _SENT_FROM_RE.match(line) is not None


def _tidy(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def strip_quotes(text: str) -> str:
    """The new text of a reply: quoted history, forwarded blocks and a trailing signature removed.

    Top-posted replies keep what precedes the attribution or header block;
    bottom-posted and inline replies keep the unquoted text between and after
    the `>` blocks. History that is not marked with `>` (Outlook, Apple Mail,
    a phone) ends the new text where its first line is recognised.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        span = _attribution_span(lines, i)
        if span:
            k = _next_nonblank(lines, i + span)
            if k < n and _is_quoted(lines[k]):
                i += span  # quoted block follows; its '>' lines are dropped below
                continue
            break  # unquoted history (Apple/Outlook without '>'): everything after is old
        if _SEPARATOR_RE.match(line):
            break
        if _UNDERSCORES_RE.match(line):
            k = _next_nonblank(lines, i + 1)
            if k < n and _outlook_block(lines, k):
                break
        if _outlook_block(lines, i):
            if _is_quoted(line):
                # quoted Outlook header: skip the quoted block, keep text after it (bottom-posting)
                while i < n and (_is_quoted(lines[i]) or not lines[i].strip()):
                    i += 1
                continue
            break
        if _is_quoted(line):
            i += 1
            continue
        if _is_signature(line):
            break
        out.append(line.rstrip())
        i += 1
    return _tidy("\n".join(out)).strip()
