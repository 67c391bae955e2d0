"""When the daemon acts: retry back-off, the digest's daily slot and catch-up window, and a
once-a-day trigger that survives DST. Pure helpers, tested without threads or clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import time as dtime

from apscheduler.triggers.cron import CronTrigger

from watcher.store.records import DigestRecord, DigestStatus

#: First retry delay of a failing account; it doubles up to the scan interval.
BACKOFF_BASE_SECONDS = 30.0
#: Digest records that settle the day: no catch-up, no retry. A day recorded "skipped" (nothing
#: to say) or "failed"/"sending" (delivery failed or was interrupted) is tried again; "maybe_sent"
#: (handed to the server, answer lost) is not: only `digest --send --force` resends it.
SETTLED_DIGEST = frozenset({DigestStatus.SENT, DigestStatus.MAYBE_SENT})
#: Delivery attempts per day before the daemon gives up on a failing digest until tomorrow.
MAX_DIGEST_ATTEMPTS = 6


def backoff_delay(failures: int, cap_seconds: float, base_seconds: float = BACKOFF_BASE_SECONDS) -> float:
    """Seconds before retrying after `failures` consecutive failures: base, 2·base, 4·base... ≤ cap."""
    if failures <= 0:
        return cap_seconds
    return float(min(cap_seconds, base_seconds * 2 ** min(failures - 1, 32)))


def local_at(day: date, at: dtime, tz: tzinfo) -> datetime:
    """`day` at wall time `at` in `tz`. A wall time skipped by DST is read with the pre-change
    offset (so 02:30 on a spring-forward day means 03:30), the way the cron trigger does."""
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0)


def digest_slot(now: datetime, at: dtime, tz: tzinfo) -> datetime:
    """The most recent scheduled digest time at or before `now`."""
    local = now.astimezone(tz)
    slot = local_at(local.date(), at, tz)
    if slot > local:
        slot = local_at(local.date() - timedelta(days=1), at, tz)
    return slot


def catch_up_deadline(slot: datetime, catch_up_hours: int, tz: tzinfo) -> datetime:
    """Until when a missed digest is still worth sending: `catch_up_hours` after its time, and no
    later than the end of its day (tomorrow morning brings tomorrow's digest)."""
    end_of_day = local_at(slot.astimezone(tz).date() + timedelta(days=1), dtime(0, 0), tz)
    return min(slot + timedelta(hours=catch_up_hours), end_of_day)


def digest_due(
    now: datetime, at: dtime, tz: tzinfo, catch_up_hours: int, record: DigestRecord | None
) -> date | None:
    """The day whose digest should go out now, or None.

    `record` is the state's once-a-day record for that day (store.digest_record): once it says
    "sent", nothing is due, whatever the scheduler remembers. Otherwise (no record, nothing to say
    yet, a failed or interrupted delivery) the digest is due while the catch-up window is open,
    up to MAX_DIGEST_ATTEMPTS deliveries a day.
    """
    slot = digest_slot(now, at, tz)
    if now >= catch_up_deadline(slot, catch_up_hours, tz):
        return None
    if record is not None and (record.status in SETTLED_DIGEST or record.attempts >= MAX_DIGEST_ATTEMPTS):
        return None
    return slot.astimezone(tz).date()


class DailyTrigger(CronTrigger):  # type: ignore[misc]  # APScheduler 3 ships no type hints
    """A cron trigger for one wall time a day that fires once per local day.

    CronTrigger alone fires twice when the time repeats as the clocks go back (02:30 CEST,
    then 02:30 CET); the second occurrence is skipped here. A time the clocks skip fires
    at the same instant with the old offset (02:30+01:00 is 03:30 CEST).
    """

    def __init__(self, at: dtime, timezone: tzinfo) -> None:
        super().__init__(hour=at.hour, minute=at.minute, second=0, timezone=timezone)

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        nxt: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        while nxt is not None and _repeated_wall_time(nxt):
            nxt = super().get_next_fire_time(nxt, nxt)
        return nxt


def _repeated_wall_time(when: datetime) -> bool:
    """True for the second occurrence of a wall time that happens twice (DST fall-back)."""
    if not when.fold or when.tzinfo is None:
        return False
    first = when.replace(fold=0)
    return first.utcoffset() != when.utcoffset() and (
        first.astimezone(UTC).astimezone(when.tzinfo).replace(tzinfo=None) == when.replace(tzinfo=None)
    )
