"""The daemon's timing rules, without threads: the daily trigger across DST, the catch-up
decision (read from the state, not the scheduler), backoff and the STATUS line."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from watcher.app.ingest import ScanResult
from watcher.config import Settings
from watcher.daemon.notify import Notifier
from watcher.daemon.schedule import DailyTrigger, backoff_delay, catch_up_deadline, digest_due, digest_slot
from watcher.daemon.service import AccountState, Daemon, status_line
from watcher.store.records import DigestRecord, DigestStatus
from watcher.store.state import Store

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def local(t: datetime, tz: ZoneInfo) -> datetime:
    """The wall time `t` really is in `tz` (through UTC: arithmetic and astimezone within one
    tzinfo are wall-clock operations in Python)."""
    return t.astimezone(UTC).astimezone(tz)


def fire_times(trigger: DailyTrigger, start: datetime, n: int) -> list[datetime]:
    out: list[datetime] = []
    prev = None
    now = start
    for _ in range(n):
        nxt = trigger.get_next_fire_time(prev, now)
        assert nxt is not None
        out.append(nxt)
        prev = now = nxt
    return out


# --- the daily trigger ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "start"),
    [
        (BERLIN, datetime(2026, 3, 27, 12, 0, tzinfo=BERLIN)),  # spring forward on Sun 29 March
        (BERLIN, datetime(2026, 10, 23, 12, 0, tzinfo=BERLIN)),  # fall back on Sun 25 October
        (NEW_YORK, datetime(2026, 3, 6, 12, 0, tzinfo=NEW_YORK)),  # spring forward on Sun 8 March
        (NEW_YORK, datetime(2026, 10, 30, 12, 0, tzinfo=NEW_YORK)),  # fall back on Sun 1 November
    ],
)
def test_digest_fires_at_the_same_local_time_every_day_across_a_dst_change(
    tz: ZoneInfo, start: datetime
) -> None:
    times = fire_times(DailyTrigger(time(7, 30), tz), start, 5)
    walls = [local(t, tz) for t in times]
    assert [(t.hour, t.minute) for t in walls] == [(7, 30)] * 5
    assert [t.date() for t in walls] == [start.date() + timedelta(days=i) for i in range(1, 6)]
    # The UTC offset really changed in the window, so the absolute gap is 23 or 25 hours once.
    utc = [t.astimezone(UTC) for t in times]
    gaps = {(b - a).total_seconds() / 3600 for a, b in itertools.pairwise(utc)}
    assert gaps in ({24.0, 23.0}, {24.0, 25.0})


def test_digest_fires_once_when_its_wall_time_happens_twice_as_clocks_go_back() -> None:
    # 02:30 happens twice in Berlin on 25 October 2026 (CEST, then CET): one digest, not two.
    times = fire_times(DailyTrigger(time(2, 30), BERLIN), datetime(2026, 10, 24, 12, 0, tzinfo=BERLIN), 3)
    assert [local(t, BERLIN).date() for t in times] == [
        date(2026, 10, 25),
        date(2026, 10, 26),
        date(2026, 10, 27),
    ]
    assert times[0].utcoffset() == timedelta(hours=2)  # the first of the two 02:30s


def test_digest_fires_once_when_its_wall_time_is_skipped_as_clocks_go_forward() -> None:
    # 02:30 does not exist in Berlin on 29 March 2026; the digest still goes out that day, once.
    times = fire_times(DailyTrigger(time(2, 30), BERLIN), datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), 3)
    walls = [local(t, BERLIN) for t in times]
    assert [t.date() for t in walls] == [date(2026, 3, 29), date(2026, 3, 30), date(2026, 3, 31)]
    assert (walls[0].hour, walls[0].minute) == (3, 30)
    assert (walls[1].hour, walls[1].minute) == (2, 30)


def test_scheduled_digest_job_is_at_send_at_local_time_after_the_clocks_change(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, send_at="07:30")
    # Saturday noon, the day before Berlin moves to summer time.
    with time_machine.travel(datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), tick=False):
        d = Daemon(settings=settings, notifier=Notifier(None), hard_exit=False)
        d._schedule(None, settings)
        d.scheduler.start(paused=True)
        try:
            job = d.scheduler.get_job("digest")
            assert job is not None
            assert job.next_run_time == datetime(2026, 3, 29, 7, 30, tzinfo=BERLIN)
            assert job.next_run_time.utcoffset() == timedelta(hours=2)
            scan = d.scheduler.get_job("scan:work")
            assert scan is not None and scan.max_instances == 1 and scan.coalesce
            assert scan.trigger.interval == timedelta(minutes=15)
        finally:
            d.scheduler.shutdown(wait=False)


# --- catch-up: decided by the state's once-a-day record --------------------------


def at(hh: int, mm: int, day: date = date(2026, 11, 3)) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BERLIN)


def test_digest_is_due_after_send_at_when_the_state_has_no_record() -> None:
    assert digest_due(at(9, 0), time(7, 30), BERLIN, 12, None) == date(2026, 11, 3)


def test_digest_is_not_due_before_send_at() -> None:
    # 06:00: today's is not due yet, and yesterday's window (07:30 + 12 h) closed last night.
    assert digest_due(at(6, 0), time(7, 30), BERLIN, 12, None) is None


DAY = date(2026, 11, 3)


def test_digest_is_not_due_once_the_state_says_it_was_sent_today() -> None:
    record = DigestRecord(DAY, "<d@x>", DigestStatus.SENT, attempts=1)
    assert digest_due(at(9, 0), time(7, 30), BERLIN, 12, record) is None


def test_a_digest_that_may_have_been_delivered_is_not_sent_again_by_the_daemon() -> None:
    """'maybe_sent': the server may have it; only `digest --send --force` resends."""
    record = DigestRecord(DAY, "<d@x>", DigestStatus.MAYBE_SENT, attempts=1)
    assert digest_due(at(9, 0), time(7, 30), BERLIN, 12, record) is None


@pytest.mark.parametrize("status", ["failed", "sending", "submitting", "skipped"])
def test_an_unsent_digest_is_due_again_while_the_window_is_open(status: str) -> None:
    record = DigestRecord(DAY, "<d@x>", DigestStatus(status), attempts=1)
    assert digest_due(at(9, 0), time(7, 30), BERLIN, 12, record) == date(2026, 11, 3)


def test_digest_gives_up_after_too_many_failed_attempts() -> None:
    record = DigestRecord(DAY, "<d@x>", DigestStatus.FAILED, attempts=6)
    assert digest_due(at(9, 0), time(7, 30), BERLIN, 12, record) is None


def test_digest_catch_up_window_closes_after_catch_up_hours() -> None:
    assert digest_due(at(19, 29), time(7, 30), BERLIN, 12, None) == date(2026, 11, 3)
    assert digest_due(at(19, 30), time(7, 30), BERLIN, 12, None) is None
    assert digest_due(at(7, 45), time(7, 30), BERLIN, 0, None) is None


def test_catch_up_window_ends_at_midnight_so_a_late_digest_never_takes_tomorrows_day() -> None:
    slot = digest_slot(at(0, 30, date(2026, 11, 4)), time(22, 0), BERLIN)
    assert slot == at(22, 0)
    assert catch_up_deadline(slot, 12, BERLIN) == at(0, 0, date(2026, 11, 4))
    assert digest_due(at(0, 30, date(2026, 11, 4)), time(22, 0), BERLIN, 12, None) is None
    assert digest_due(at(23, 0), time(22, 0), BERLIN, 12, None) == date(2026, 11, 3)


def make_settings(tmp_path: Path, *, send_at: str = "07:30", catch_up_hours: int = 12) -> Settings:
    return Settings.model_validate(
        {
            "timezone": "Europe/Berlin",
            "my_addresses": ["sam@rivera.example"],
            "storage": {"path": str(tmp_path / "state.db")},
            "accounts": [
                {
                    "name": "work",
                    "type": "imap",
                    "host": "127.0.0.1",
                    "port": 9,
                    "security": "none",
                    "username": "sam",
                    "password_env": "IW_TEST_UNUSED",
                }
            ],
            "digest": {"send_at": send_at, "catch_up_hours": catch_up_hours, "deliver": "stdout"},
        }
    )


def test_start_up_queues_a_catch_up_digest_only_when_the_state_has_none_for_today(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    now = at(9, 0)

    def daemon() -> Daemon:
        d = Daemon(settings=settings, notifier=Notifier(None), hard_exit=False, clock=lambda: now)
        d._maybe_catch_up("start-up")
        return d

    d = daemon()
    assert d.scheduler.get_job("digest:catch-up") is not None
    with Store(settings.storage.path) as store:
        store.record_digest(now.date(), "<d@x.example>", DigestStatus.SENT)
    d = daemon()  # as after a restart: the scheduler is new, the state remembers
    assert d.scheduler.get_job("digest:catch-up") is None


# --- failures: backoff, logged on change -------------------------------------------


def test_backoff_doubles_from_thirty_seconds_and_is_capped_at_the_scan_interval() -> None:
    cap = 15 * 60.0
    assert [backoff_delay(n, cap) for n in range(1, 8)] == [30, 60, 120, 240, 480, 900, 900]
    assert backoff_delay(50, 60.0) == 60.0


def test_a_failing_account_is_retried_with_backoff_and_logged_only_when_its_state_changes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path)  # port 9 on loopback: nobody listens
    clock = [at(9, 0)]
    d = Daemon(settings=settings, notifier=Notifier(None), hard_exit=False, clock=lambda: clock[0])
    d._schedule(None, settings)
    caplog.set_level("INFO")
    for _ in range(3):
        r = d.scan("work", wait=False)
        assert r is not None and not r.ok
        clock[0] += timedelta(seconds=1)
    errors = [rec for rec in caplog.records if rec.levelname == "ERROR"]
    assert len(errors) == 1, [rec.getMessage() for rec in errors]
    state = d._states["work"]
    assert state.failures == 3
    assert state.retry_at == clock[0] - timedelta(seconds=1) + timedelta(seconds=120)
    job = d.scheduler.get_job("scan:work")
    assert job is not None and job.next_run_time == state.retry_at
    with Store(settings.storage.path) as store:
        assert store.account_statuses()["work"].ok is False


# --- STATUS= ------------------------------------------------------------------------


def test_status_line_shows_each_accounts_last_scan_and_the_digest() -> None:
    states = {
        "work": AccountState(ScanResult("work", new=2, total=40), at(8, 15)),
        "home": AccountState(
            ScanResult("home", error="home: login failed:\n[AUTHENTICATIONFAILED]"),
            at(8, 15),
            failures=1,
            retry_at=at(8, 16),
        ),
    }
    line = status_line(["work", "home", "new"], states, BERLIN, digest="digest sent 07:31")
    assert line == (
        "work: ok at 08:15, 2 new, 40 stored; "
        "home: FAILING at 08:15 (home: login failed: [AUTHENTICATIONFAILED]), retry 08:16; "
        "new: first scan pending; digest sent 07:31"
    )
    assert "\n" not in line


def test_status_times_are_local_to_the_configured_zone() -> None:
    states = {"work": AccountState(ScanResult("work"), datetime(2026, 11, 3, 7, 15, tzinfo=UTC))}
    assert status_line(["work"], states, BERLIN).startswith("work: ok at 08:15")
