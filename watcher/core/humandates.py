"""Dates as the owner reads them in `explain`, `status` and the digest: "Mon 9 Mar", "Mon 9 Mar at 14:00".

English names from a table, not `strftime`, so the text does not follow the
machine's locale; the year shows only when it is not the current one.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

__all__ = ["fmt_at", "fmt_day"]

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_day(day: date, today: date | None = None) -> str:
    """ "Mon 9 Mar", with the year when it differs from `today`'s."""
    text = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return text if today is None or day.year == today.year else f"{text} {day.year}"


def fmt_at(moment: datetime, tz: tzinfo, today: date | None = None) -> str:
    """ "Mon 9 Mar at 14:00", local to `tz`."""
    local = moment.astimezone(tz)
    return f"{fmt_day(local.date(), today)} at {local:%H:%M}"
