"""Everything the timeline learns from ONE message alone, as a value (`MessageFacts`).

`read_facts` reads a message once: its kind, language, the dates and times it
mentions, what each sentence does about a meeting, the outcome it states, what
it asks for, the reply-by promises it makes. Nothing here looks at the thread,
at other messages or at the clock; matching a proposal in one message with an
acceptance in another, or an outcome with a later interview, is the timeline's
work (`watcher.core.timeline`). Facts serialise to JSON exactly, so that a store can
keep them at ingest and the timeline can build from them later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, cast, get_args
from zoneinfo import ZoneInfo

from watcher.core.employers.message_kinds import MessageKind, message_kind
from watcher.core.reading.asks import find_asks
from watcher.core.reading.dates import Slot, find_slots
from watcher.core.reading.doubt import find_doubt, meeting_sentence
from watcher.core.reading.language import detect_language
from watcher.core.reading.outcome import find_outcome, offer_document
from watcher.core.reading.relevance import non_interview_reason
from watcher.core.reading.replyby import find_reply_by
from watcher.core.reading.scheduling import (
    SentenceSignals,
    confirms,
    is_interviewish,
    sentence_signals,
    thanked_for_meeting,
)
from watcher.core.reading.sentences import sentences
from watcher.core.reading.text import MAX_SCAN, summary
from watcher.core.reading.version import FACTS_VERSION
from watcher.core.records import DoubtKind, Message, OutcomeKind

__all__ = ["FACTS_VERSION", "MessageFacts", "facts_from_json", "facts_to_json", "read_facts"]


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What one message says, read without its thread.

    Bulk mail (`kind == "bulk"`) is not read further: the timeline skips it,
    so all the other fields stay empty.
    """

    kind: MessageKind
    lang: str = "en"
    summary: str = ""  # the first line that says something, for `explain`
    interviewish: bool = False  # subject or text talk about a call, a meeting or an interview
    subject_confirms: bool = False  # the subject states a settled meeting ("Confirmed: ...")
    not_interview: str | None = None  # why the message is not about the owner's own interview
    slots: tuple[Slot, ...] = ()  # dates (and times) mentioned, sentence by sentence
    sentences: tuple[SentenceSignals, ...] = ()  # what each sentence does about a meeting
    met_at: datetime | None = None  # "thank you for the interview this morning": roughly when
    outcome: tuple[OutcomeKind, str] | None = None  # rejection/offer (employer) or withdrawal (owner)
    reply_bys: tuple[
        tuple[date, str], ...
    ] = ()  # the writer's "we'll get back to you by ..." (not the owner's)
    asks: tuple[tuple[str, str], ...] = ()  # (kind, sentence) the message asks the owner for
    # Employer-side outcome language find_outcome could not settle ("unfortunately ...").
    doubt: tuple[DoubtKind, str] | None = None
    # An employer-side sentence that confirms or invites to an interview; the timeline calls it a
    # possible interview when the message made none it could date.
    meeting: str | None = None


def read_facts(msg: Message, *, tz: tzinfo, language: str | None = None) -> MessageFacts:
    """The facts of one message; `tz` is the owner's zone for times stated without one.

    `language` forces the language of the date grammar (else it is detected from
    this message). The one context read_facts takes from outside the message:
    `build_applications` detects one language over all of an application's
    received mail and reads every message with it (a bare "03/04" is then read
    day-first or month-first alike), so facts kept at ingest are only valid
    for the language they were read with (`MessageFacts.lang`).
    """
    kind = message_kind(msg)
    if kind == "bulk":
        return MessageFacts(kind)
    text = (msg.new_text or msg.text)[:MAX_SCAN]
    lang = language or detect_language(text)
    owner = kind == "owner"
    met = thanked_for_meeting(text, msg.date) if is_interviewish(text) else None
    outcome = find_outcome(text, sent=owner)
    if outcome is None and not owner:
        # an offer letter or contract attached under a bland sentence ("Please find the document attached"),
        # or named in the subject of an e-signature request
        document = offer_document(msg.attachments, msg.subject)
        if document is not None:
            outcome = ("offer", f"Attached: {document}")
    # An out-of-office reply's "unfortunately" is about the sender's holiday, not the process.
    doubtful = not owner and outcome is None and msg.bulk.auto_submitted.lower() != "auto-replied"
    interviewish = is_interviewish(f"{msg.subject}\n{text}")
    asks = tuple(find_asks(text, msg.attachments))
    reply_bys = () if owner else tuple(find_reply_by(text, base=msg.date, tz=tz, lang=lang))
    return MessageFacts(
        kind=kind,
        lang=lang,
        summary=summary(msg),
        interviewish=interviewish,
        subject_confirms=confirms(msg.subject),
        not_interview=non_interview_reason(f"{msg.subject}\n{text}", marketing=False),
        slots=tuple(find_slots(text, base=msg.date, tz=tz, lang=lang)),
        sentences=tuple(sentence_signals(s) for s in sentences(text)),
        met_at=met,
        outcome=outcome,
        reply_bys=reply_bys,
        asks=asks,
        doubt=find_doubt(text, msg.attachments, asks=bool(asks)) if doubtful else None,
        meeting=(
            meeting_sentence(text, msg.subject, besides=tuple(q for _, q in reply_bys))
            if not owner and interviewish
            else None
        ),
    )


# --- JSON ------------------------------------------------------------------------


def _zone_to_json(z: tzinfo | None) -> Any:
    if z is None:
        return None
    if isinstance(z, ZoneInfo) and z.key:
        return {"zone": z.key}
    if isinstance(z, timezone):
        offset = z.utcoffset(None)
        return {"offset": offset.total_seconds()}
    raise ValueError(f"cannot store the time zone {z!r}")


def _zone_from_json(v: Any) -> tzinfo | None:
    if v is None:
        return None
    if "zone" in v:
        return ZoneInfo(v["zone"])
    return timezone(timedelta(seconds=v["offset"]))


def _dt_to_json(d: datetime | None) -> Any:
    if d is None:
        return None
    return {"local": d.replace(tzinfo=None).isoformat(), "tz": _zone_to_json(d.tzinfo), "fold": d.fold}


def _dt_from_json(v: Any) -> datetime | None:
    if v is None:
        return None
    return datetime.fromisoformat(v["local"]).replace(tzinfo=_zone_from_json(v["tz"]), fold=v["fold"])


_SIGNALS = tuple(f.name for f in fields(SentenceSignals))


def facts_to_json(facts: MessageFacts) -> str:
    """One line of JSON that `facts_from_json` turns back into the same facts."""
    data = {
        "version": FACTS_VERSION,
        "kind": facts.kind,
        "lang": facts.lang,
        "summary": facts.summary,
        "interviewish": facts.interviewish,
        "subject_confirms": facts.subject_confirms,
        "not_interview": facts.not_interview,
        "slots": [[s.day.isoformat(), _dt_to_json(s.at), s.sentence, s.index] for s in facts.slots],
        "sentences": [[getattr(s, name) for name in _SIGNALS] for s in facts.sentences],
        "met_at": _dt_to_json(facts.met_at),
        "outcome": list(facts.outcome) if facts.outcome else None,
        "reply_bys": [[on.isoformat(), quote] for on, quote in facts.reply_bys],
        "asks": [list(a) for a in facts.asks],
        "doubt": list(facts.doubt) if facts.doubt else None,
        "meeting": facts.meeting,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def facts_from_json(text: str) -> MessageFacts:
    """Facts stored by `facts_to_json`.

    ValueError for another `FACTS_VERSION` or a damaged record: read the message again.
    """
    try:
        return _facts_from(json.loads(text))
    except (KeyError, TypeError, IndexError, AttributeError) as e:
        raise ValueError(f"damaged facts record: {e!r}") from None


def _facts_from(data: Any) -> MessageFacts:
    if data.get("version") != FACTS_VERSION:
        raise ValueError(f"facts of version {data.get('version')!r}, not {FACTS_VERSION}")
    kind = data["kind"]
    if kind not in get_args(MessageKind):
        raise ValueError(f"unknown message kind {kind!r}")
    outcome = data["outcome"]
    doubt = data["doubt"]
    return MessageFacts(
        kind=cast(MessageKind, kind),
        lang=data["lang"],
        summary=data["summary"],
        interviewish=data["interviewish"],
        subject_confirms=data["subject_confirms"],
        not_interview=data["not_interview"],
        slots=tuple(
            Slot(date.fromisoformat(day), _dt_from_json(at), sentence, index)
            for day, at, sentence, index in data["slots"]
        ),
        sentences=tuple(SentenceSignals(*row) for row in data["sentences"]),
        met_at=_dt_from_json(data["met_at"]),
        outcome=(cast(OutcomeKind, outcome[0]), outcome[1]) if outcome else None,
        reply_bys=tuple((date.fromisoformat(on), quote) for on, quote in data["reply_bys"]),
        asks=tuple((kind_, quote) for kind_, quote in data["asks"]),
        doubt=(cast(DoubtKind, doubt[0]), doubt[1]) if doubt else None,
        meeting=data["meeting"],
    )
