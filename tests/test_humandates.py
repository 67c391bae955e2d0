"""One way to write a date for people: the policy, the digest and `status` agree."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from watcher.core.humandates import fmt_at, fmt_day

NY = ZoneInfo("America/New_York")


def test_a_day_shows_its_year_only_when_it_is_not_this_year() -> None:
    assert fmt_day(date(2026, 3, 9)) == "Mon 9 Mar"
    assert fmt_day(date(2026, 3, 9), today=date(2026, 12, 31)) == "Mon 9 Mar"
    assert fmt_day(date(2025, 12, 29), today=date(2026, 1, 2)) == "Mon 29 Dec 2025"


def test_a_moment_is_written_in_the_given_zone() -> None:
    moment = datetime(2026, 3, 9, 18, 0, tzinfo=ZoneInfo("UTC"))
    assert fmt_at(moment, NY, date(2026, 3, 1)) == "Mon 9 Mar at 14:00"
