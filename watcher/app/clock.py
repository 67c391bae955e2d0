"""`--now`: the moment a command evaluates as of."""

from __future__ import annotations

from datetime import datetime

from watcher.config import Settings
from watcher.errors import UsageError


def parse_now(value: str | None, settings: Settings | None = None) -> datetime:
    """--now ISO-8601 (default: now); a naive value is read in the configured timezone."""
    tz = settings.tz if settings else None
    if not value:
        return datetime.now(tz).astimezone(tz) if tz else datetime.now().astimezone()
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f'--now: expected an ISO-8601 date or time like "2026-03-31T08:00", got "{value}"'
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz) if tz else when.astimezone()
    return when
