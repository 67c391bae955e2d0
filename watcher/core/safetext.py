"""Text from mail is data: strip what would steer a terminal, a header or a log.

Pure and idempotent. A display name, a subject or a quoted line can carry
escape sequences (`ESC[2J` clears the screen, `ESC]8;;javascript:...` makes a
hyperlink), other C0/C1 control characters, DEL, and the Unicode bidi
controls that reorder what is shown ("Trojan Source"). `clean` removes whole
escape sequences (so no stray `[2J` is left) and every other such character.

Kept on purpose: tab and newline where a multi-line text is expected, and
the zero-width (non-)joiners U+200C/U+200D, which scripts such as Persian and
emoji sequences need and which move nothing on a terminal. Zero-width spaces,
word joiners and a BOM carry no meaning in a name and are dropped.
"""

from __future__ import annotations

import re

__all__ = ["clean", "json_safe"]

# ESC introducing a string (OSC, DCS, SOS, PM, APC), up to its terminator (BEL,
# ST as ESC \ or U+009C) or, unterminated, to the end of the line. The 8-bit
# introducers (U+0090, U+009D, ...) are only dropped as single characters: they
# also come from mislabelled windows-1252 text, where eating what follows would
# lose real words.
_STRING_SEQ = r"\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
# CSI (ESC [): parameters, intermediates, one final byte.
_CSI_SEQ = r"\x1b\[[0-?]*[ -/]*[@-~]?"
# Any other escape: intermediates and one final byte (ESC c resets the terminal).
_OTHER_ESC = r"\x1b[ -/]*[0-~]?"
_SEQUENCES = re.compile(f"{_STRING_SEQ}|{_CSI_SEQ}|{_OTHER_ESC}")

_BIDI = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates
_INVISIBLE = "\u200b\u2060\ufeff"  # zero-width space, word joiner, BOM
_C0_KEEP_NONE = "\x00-\x1f"
_C0_KEEP_TAB_NL = "\x00-\x08\x0b-\x1f"
_DROP_LINE = re.compile(f"[{_C0_KEEP_NONE}\x7f-\x9f{_BIDI}{_INVISIBLE}]")
_DROP_BLOCK = re.compile(f"[{_C0_KEEP_TAB_NL}\x7f-\x9f{_BIDI}{_INVISIBLE}]")
_SUSPECT_LINE = re.compile(f"[{_C0_KEEP_NONE}\x7f-\x9f{_BIDI}{_INVISIBLE}\u2028\u2029]")
_SUSPECT_BLOCK = re.compile(f"[{_C0_KEEP_TAB_NL}\x7f-\x9f{_BIDI}{_INVISIBLE}\u2028\u2029]")
_LINE_SPACE = re.compile(r"[\t\n\r\u2028\u2029]+")


def clean(text: str, *, multiline: bool = False) -> str:
    """`text` without escape sequences or control, bidi and invisible characters.

    Single-line (names, subjects, headers): tabs and line breaks become one
    space. `multiline=True` (bodies, quotes, log records): tabs and `\\n` stay,
    CR LF and lone CR (which would overwrite a line) become `\\n`.
    """
    if not text or (_SUSPECT_BLOCK if multiline else _SUSPECT_LINE).search(text) is None:
        return text
    text = _SEQUENCES.sub("", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        return _DROP_BLOCK.sub("", text)
    text = _LINE_SPACE.sub(" ", text)
    return _DROP_LINE.sub("", text)


_JSON_ESCAPE = re.compile(f"[\x7f-\x9f{_BIDI}{_INVISIBLE}\u2028\u2029]")


def json_safe(dumped: str) -> str:
    """A `json.dumps(..., ensure_ascii=False)` result with C1, DEL, bidi and invisible
    characters written as `\\uXXXX` escapes: the same JSON value, inert on a terminal.
    (json already escapes C0, ESC included.) Outside strings JSON is ASCII, so this is safe."""
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
