"""The shortcuts the per-message readers take give exactly what the plain way gives.

A first scan reads every message once and stores most of them as a header block, so
the readers of one message (`gate.read_headers`, `mail.parse_message`,
`candidates.index_facts`, `state.message_to_json`) skip work where the answer is
known without it. Each shortcut is held here to the plain way it replaces: on
every message the project ships, and on inputs made to hit its edges.
(`bench/reading_sameness.py` compares whole answers of two versions of the code.)
"""

from __future__ import annotations

import dataclasses
import email.utils
import itertools
import json
import re
import string
import unicodedata
from datetime import UTC, datetime
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from watcher.core import applications, mail
from watcher.core.employers import names
from watcher.core.mail import parse_message
from watcher.core.reading import relevance
from watcher.core.reading.firstletter import letter_cases
from watcher.core.reading.vocabulary import _REPLY_PREFIX_RE, strip_reply_prefixes
from watcher.core.records import Address, BulkMarkers, CalendarEvent, Message
from watcher.core.safetext import clean
from watcher.store.state import _record, message_to_json

from .test_gate_fast import mail_files
from .test_mail_headers import header_block

WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@cache
def shipped() -> tuple[Message, ...]:
    """Every message the project ships, read in full and as its header block."""
    out = []
    for path in mail_files():
        raw = path.read_bytes()
        for block, headers_only in ((raw, False), (header_block(raw), True)):
            out.append(
                parse_message(
                    block,
                    account="a",
                    folder="INBOX",
                    uid="1",
                    my_addresses=["owner@example.org"],
                    internaldate=WHEN,
                    headers_only=headers_only,
                )
            )
    return tuple(out)


# Text that tries the letters re.IGNORECASE matches beyond ASCII, and words cut at every edge.
ODD_TEXTS = (
    "İnterview",
    "ınterview",
    "\u212aonsultant",
    "ſcreening",
    "Senior ENGİNEER",
    "Recrutement — poſte",
    "interviewer",
    "reinterview",
    "engineer_",
    "engineer\n\nnext",
    "die Position als Entwickler",
    "Die Position als Entwickler",
    "offene position",
    "",
    "\n\n",
)


def _texts() -> list[str]:
    texts = [*ODD_TEXTS]
    for m in shipped():
        texts += [m.subject, f"{m.subject}\n\n", m.new_text[:3000], m.text[:3000]]
    return texts


def test_the_first_letter_patterns_find_a_match_where_the_vocabulary_patterns_do() -> None:
    pairs = (
        (relevance._JOB_TITLE, relevance._JOB_TITLE_FOUND),
        (relevance._RECRUITING, relevance._RECRUITING_FOUND),
        (relevance._STRONG_RECRUITING, relevance._STRONG_RECRUITING_FOUND),
    )
    found = 0
    for text in _texts():
        for plain, fast in pairs:
            assert (plain.search(text) is None) == (fast.search(text) is None), (plain.pattern[:40], text)
            found += plain.search(text) is not None
    assert found > 100  # the texts hold job words: both answers are asked for


@given(st.text(alphabet="ıİſKkKsSiIeEnNgrtvw :\n-_é", max_size=30))
def test_the_first_letter_patterns_agree_on_any_text(text: str) -> None:
    assert (relevance._JOB_TITLE.search(text) is None) == (relevance._JOB_TITLE_FOUND.search(text) is None)
    assert (relevance._RECRUITING.search(text) is None) == (relevance._RECRUITING_FOUND.search(text) is None)


def test_the_cases_of_a_letter_are_the_ones_re_ignorecase_matches() -> None:
    """The classes the first-letter patterns use (watcher.core.reading.firstletter): two ASCII cases
    and Unicode's other foldings."""
    every_char = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        matched = set(re.findall(letter, every_char, re.IGNORECASE))
        assert matched == set(letter_cases(letter)), letter


def _has_recruiting_context_in_two_passes(msg: Message, *, strict: bool = False) -> bool:
    """`has_recruiting_context` as it was written before the one-pass reading of a bare subject."""
    if relevance._JOB_TITLE.search(msg.subject):
        return True
    pattern = relevance._STRONG_RECRUITING if strict else relevance._RECRUITING
    invites = "\n".join(ev.summary for ev in msg.calendar if ev.method in {"REQUEST", ""} and ev.summary)
    return bool(pattern.search(f"{msg.subject}\n{invites}\n{relevance._with_signature(msg)}"))


def test_a_message_with_only_its_subject_reads_in_one_pass_as_in_two() -> None:
    messages = [*shipped()]
    messages += [
        dataclasses.replace(shipped()[0], subject=t, text="", new_text="", calendar=()) for t in ODD_TEXTS
    ]
    for msg in messages:
        for strict in (False, True):
            expected = _has_recruiting_context_in_two_passes(msg, strict=strict)
            assert relevance.has_recruiting_context(msg, strict=strict) == expected, (msg.subject, strict)


def _fold_walk(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_an_ascii_name_folds_as_the_unicode_walk_folds_it() -> None:
    for text in (string.printable, *map(chr, range(128)), "Acme-Robotics GmbH", "Pell & Garrick"):
        assert names._fold(text) == _fold_walk(text)
        assert applications._fold_lower(text) == _fold_walk(text).lower()
    assert names._fold("Zoë Müller") == "Zoe Muller"  # the walk still folds the rest


def test_the_usual_date_reads_as_the_email_package_reads_it() -> None:
    def plain(value: str) -> datetime | None:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        parsed = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
        return parsed if 1970 <= parsed.year <= 2200 else None

    read = 0
    for day, month, year, time, zone in itertools.product(
        ("1", "01", "29", "31", "32"),
        ("Jan", "Feb", "Dec"),
        ("0050", "0069", "0099", "1969", "2025", "2200", "2201"),
        ("00:00:00", "07:31:28", "24:00:00", "12:60:00", "12:00:60"),
        ("+0000", "-0000", "+0100", "-0530", "+0199", "+2359", "+2400", "-9999"),
    ):
        value = f"Mon, {day} {month} {year} {time} {zone}"
        assert mail._USUAL_DATE_RE.fullmatch(value), value  # the shortcut is what is tested
        got, expected = mail._parse_date(value), plain(value)
        assert got == expected, value
        if got is not None and expected is not None:
            assert (got.isoformat(), got.utcoffset()) == (expected.isoformat(), expected.utcoffset())
            read += 1
    assert read > 100


@given(st.text(alphabet=" \t\r\nab=?", max_size=12))
def test_header_text_without_a_run_of_white_space_is_left_as_it_is(value: str) -> None:
    expected = mail._WS_RE.sub(" ", clean(mail._scrub(value))).strip()
    if "=?" not in value:
        assert mail.decode_header_text(value) == expected


def test_a_subject_without_a_colon_has_no_reply_prefix() -> None:
    for msg in shipped():
        subject = msg.subject.replace(":", " ").replace("：", " ")
        assert _REPLY_PREFIX_RE.search(subject) is None
        assert strip_reply_prefixes(subject) == subject
    assert strip_reply_prefixes("Re: AW: Fwd: Interview") == "Interview"


MESSAGE = Message(
    account="a",
    folder="INBOX",
    uid="1",
    message_id="<x@y.example>",
    in_reply_to=None,
    references=("<a@y.example>", "<b@y.example>"),
    from_=Address('Zoë "Q"\n', "z@x.example"),
    to=(Address("A", "a@b.example"),),
    cc=(),
    reply_to=(),
    date=WHEN,
    subject="Ünïcode \u2028 \x7f \\ \"'",
    direction="received",
    bulk=BulkMarkers(True, "list", "bulk", ""),
    text='t\n"',
    new_text="",
    calendar=(CalendarEvent("REQUEST", "u", 1, "", "s", "o@x.example", WHEN, None, False, ""),),
    attachments=("a.pdf",),
    thread_hint="t",
    headers_only=False,
)


def test_a_record_writes_as_the_encoder_writes_it_whatever_its_field_types() -> None:
    """Fields of another type than declared (a caller's mistake) still give the encoder's text."""
    odd: list[Message] = [
        MESSAGE,
        dataclasses.replace(MESSAGE, from_=None, thread_hint=None, in_reply_to="<r@y.example>"),
        dataclasses.replace(MESSAGE, uid=5),  # type: ignore[arg-type]
        dataclasses.replace(MESSAGE, references=("<a@y.example>", 3)),  # type: ignore[arg-type]
        dataclasses.replace(MESSAGE, bulk=BulkMarkers(1, "", "", "")),  # type: ignore[arg-type]
        dataclasses.replace(MESSAGE, headers_only=0),  # type: ignore[arg-type]
        dataclasses.replace(MESSAGE, attachments=(1.5,)),  # type: ignore[arg-type]
        dataclasses.replace(MESSAGE, subject=None),  # type: ignore[arg-type]
    ]
    for msg in odd:
        assert message_to_json(msg) == json.dumps(_record(msg), ensure_ascii=False, separators=(",", ":"))


def _msg_ids_the_long_way(value: str | None) -> list[str]:
    """`mail._msg_ids` as it was written before the one-id shortcut."""
    if not value:
        return []
    value = mail._scrub(value)
    ids = ["<" + re.sub(r"\s+", "", inner) + ">" for inner in re.findall(r"<([^<>]*)>", value)]
    ids = [i for i in ids if len(i) > 2]
    if not ids and "<" not in value:
        ids = ["<" + tok.strip("<>") + ">" for tok in re.split(r"[\s,]+", value) if "@" in tok]
    return list(dict.fromkeys(ids))


@given(st.text(alphabet="<>@a \t,\n\udcffé", max_size=14))
def test_message_ids_read_as_the_long_way_reads_them(value: str) -> None:
    assert mail._msg_ids(value) == _msg_ids_the_long_way(value)


def test_a_single_message_id_reads_as_the_long_way_reads_it() -> None:
    for value in ("<a@b.example>", "<a b@c>", "<>", "< a@b >", "<a@b><a@b>", "<a@é.example>", "a@b"):
        assert mail._msg_ids(value) == _msg_ids_the_long_way(value), value
