"""One message's facts (watcher.core.reading.facts): JSON round trip, and the timeline built from stored facts."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fixture_mail import NY, load, make, slug_of
from watcher.core.mail import parse_message
from watcher.core.reading.dates import Slot
from watcher.core.reading.facts import FACTS_VERSION, MessageFacts, facts_from_json, facts_to_json, read_facts
from watcher.core.reading.scheduling import SentenceSignals
from watcher.core.records import Message
from watcher.core.timeline import build_timeline

BENCH = Path(__file__).resolve().parents[1] / "bench"
HELDOUT = ("heldout", "heldout3")  # English; German, French and Spanish


def _heldout(name: str) -> dict[str, list[Message]]:
    """A held-out corpus in bench/, by application folder."""
    labels = json.loads((BENCH / name / "labels.json").read_text())
    mine = labels["my_addresses"]
    out: dict[str, list[Message]] = defaultdict(list)
    for f in sorted((BENCH / name / "mail").glob("*/*.eml")):
        folder = "Sent" if f.stem.endswith("sent") else "INBOX"
        msg = parse_message(
            f.read_bytes(), account="h", folder=folder, uid=f"{f.parent.name}/{f.stem}", my_addresses=mine
        )
        out[f.parent.name].append(msg)
    return out


def _fixtures() -> dict[str, list[Message]]:
    out: dict[str, list[Message]] = defaultdict(list)
    for msg in load():
        out[slug_of(msg.message_id)].append(msg)
    return out


GROUPS = {
    **{f"fixtures/{k}": v for k, v in _fixtures().items()},
    **{f"{name}/{k}": v for name in HELDOUT for k, v in _heldout(name).items()},
}


def test_facts_of_real_mail_survive_json_exactly() -> None:
    """Every message of the fixtures and a held-out corpus: stored and read back, the same value and zones."""
    count = 0
    for msgs in GROUPS.values():
        for msg in msgs:
            facts = read_facts(msg, tz=NY)
            back = facts_from_json(facts_to_json(facts))
            assert back == facts
            assert repr(back) == repr(facts)  # the same tzinfo objects, not only the same instants
            count += 1
    assert count > 400


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_timeline_from_stored_facts_equals_timeline_read_from_mail(group: str) -> None:
    """Facts stored as JSON (as an ingest would) and handed in through `facts_for` give the same timeline."""
    msgs = GROUPS[group]
    corpus = group.partition("/")[0]
    tz = (
        ZoneInfo(json.loads((BENCH / corpus / "labels.json").read_text())["timezone"])
        if corpus in HELDOUT
        else NY
    )
    stored = {m.message_id: facts_to_json(read_facts(m, tz=tz)) for m in msgs}
    plain = build_timeline(msgs, tz=tz)
    from_store = build_timeline(msgs, tz=tz, facts_for=lambda m: facts_from_json(stored[m.message_id]))
    assert from_store == plain


def test_timeline_reads_facts_not_text_when_facts_are_given() -> None:
    """The seam is real: facts that say "bulk" hide a message the text would have counted."""
    msg = make(
        "Thanks for your time yesterday. We'd like to invite you to a final round.",
        at="2026-03-03T10:00-05:00",
    )
    assert build_timeline([msg], tz=NY).employer_messages == (msg.date,)
    hidden = build_timeline([msg], tz=NY, facts_for=lambda m: MessageFacts("bulk"))
    assert hidden.employer_messages == () and hidden.entries == ()


def test_facts_of_another_version_are_refused() -> None:
    """Stored facts from an older reader are read again, not trusted."""
    data = json.loads(facts_to_json(MessageFacts("employer")))
    data["version"] = FACTS_VERSION - 1
    with pytest.raises(ValueError, match="version"):
        facts_from_json(json.dumps(data))


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("slots"),
        lambda d: d.update(slots=[["2026-13-40", None, "x", 0]]),
        lambda d: d.update(
            met_at={"local": "2026-03-03T10:00:00", "tz": {"zone": "Mars/Olympus"}, "fold": 0}
        ),
        lambda d: d.update(sentences=[[1, True]]),
        lambda d: d.update(kind="spam"),
        lambda d: d.update(asks=7),
    ],
)
def test_a_damaged_facts_record_is_one_value_error(damage: Callable[[dict[str, Any]], object]) -> None:
    """A store that hands back a damaged record gets a ValueError (read the message again), nothing else."""
    data = json.loads(
        facts_to_json(read_facts(make("See you Tuesday at 3pm.", at="2026-03-03T10:00-05:00"), tz=NY))
    )
    damage(data)
    with pytest.raises(ValueError):
        facts_from_json(json.dumps(data))
    with pytest.raises(ValueError):
        facts_from_json(facts_to_json(MessageFacts("owner"))[:-3])


def test_bulk_mail_is_not_read_further() -> None:
    msg = make("Interview tips: join our webinar on Tuesday at 3pm!", at="2026-03-03T10:00-05:00", bulk=True)
    assert read_facts(msg, tz=NY) == MessageFacts("bulk")


# --- any facts, not only those real mail gives ----------------------------------------------

_ZONES = st.one_of(
    st.none(),
    st.sampled_from([ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Kolkata"), UTC]),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)
_MOMENTS = st.builds(
    lambda d, z: d.replace(tzinfo=z),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    _ZONES,
)
_TEXT = st.text(max_size=40)
_SLOTS = st.builds(
    Slot,
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.one_of(st.none(), _MOMENTS),
    _TEXT,
    st.integers(min_value=0, max_value=500),
)
_SIGNALS = st.builds(SentenceSignals, length=st.integers(min_value=0, max_value=20_000))
_FACTS = st.builds(
    MessageFacts,
    kind=st.sampled_from(["owner", "employer", "automated", "acknowledgement", "bulk"]),
    lang=st.sampled_from(["en", "de", "es", "fr"]),
    summary=_TEXT,
    not_interview=st.one_of(st.none(), _TEXT),
    slots=st.lists(_SLOTS, max_size=4).map(tuple),
    sentences=st.lists(_SIGNALS, max_size=4).map(tuple),
    met_at=st.one_of(st.none(), _MOMENTS),
    outcome=st.one_of(st.none(), st.tuples(st.sampled_from(["rejected", "offer", "withdrawn"]), _TEXT)),
    reply_bys=st.lists(st.tuples(st.dates(), _TEXT), max_size=3).map(tuple),
    asks=st.lists(
        st.tuples(st.sampled_from(["availability", "document", "take-home"]), _TEXT), max_size=3
    ).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(_FACTS)
def test_any_facts_survive_json_exactly(facts: MessageFacts) -> None:
    back = facts_from_json(facts_to_json(facts))
    assert back == facts
    assert repr(back) == repr(facts)
