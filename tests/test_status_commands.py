"""status, explain and mark as a user runs them, on the bundled demo mailbox."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO_MAILDIR = ROOT / "watcher" / "demo" / "Maildir"
NOW = "2026-03-10T07:30:00+01:00"
CONTRACT_KEYS = {
    "id", "employer", "state", "outcome", "interview_at", "next_nudge_on", "nudges_sent", "reply_by",
    "gives_up_on", "last_employer_message_at", "reason", "warnings", "manual", "threads", "needs_reply",
}  # fmt: skip
URGENCY = ["your_turn", "due", "upcoming", "waiting", "cold", "closed"]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A config over a copy of the demo Maildir, scanned once."""
    tmp = tmp_path_factory.mktemp("status")
    shutil.copytree(DEMO_MAILDIR, tmp / "Mail")
    cfg = tmp / "config.toml"
    cfg.write_text(
        'timezone = "Europe/Berlin"\nmy_addresses = ["sam@rivera.example"]\n'
        f'[storage]\npath = "{tmp}/state.db"\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp}/Mail"\nlookback_days = 3650\n'
    )
    r = iw(cfg, "scan")
    assert r.returncode == 0, r.stderr
    return cfg


def iw(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(cfg), *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip


def status(cfg: Path, now: str = NOW) -> dict[str, Any]:
    r = iw(cfg, "status", "--json", "--now", now)
    assert r.returncode == 0, r.stderr
    data: dict[str, Any] = json.loads(r.stdout)
    return data


def by_employer(data: dict[str, Any], needle: str) -> dict[str, Any]:
    found = [a for a in data["applications"] if needle.lower() in a["employer"].lower()]
    assert len(found) == 1, [a["employer"] for a in data["applications"]]
    application: dict[str, Any] = found[0]
    return application


def test_status_json_follows_the_contract(setup: Path) -> None:
    data = status(setup)
    assert data["now"] == NOW
    apps = data["applications"]
    assert apps, "the demo has interview processes"
    for a in apps:
        assert set(a) >= CONTRACT_KEYS
        assert a["state"] in URGENCY
        assert (a["outcome"] is not None) == (a["state"] == "closed")
        assert isinstance(a["nudges_sent"], int) and isinstance(a["warnings"], list)
        assert isinstance(a["manual"], bool) and a["reason"]
        for key in ("interview_at", "last_employer_message_at"):
            if a[key] is not None:
                assert datetime.fromisoformat(a[key]).tzinfo is not None
        for key in ("next_nudge_on", "reply_by", "gives_up_on"):
            if a[key] is not None:
                date.fromisoformat(a[key])
        if a["state"] in {"upcoming", "your_turn", "cold", "closed"}:
            assert a["next_nudge_on"] is None
        assert a["threads"]
        for t in a["threads"]:
            assert t["id"] and t["message_ids"]
            assert all(re.fullmatch(r"<[^<>\s]+>", m) for m in t["message_ids"])
        assert isinstance(a["needs_reply"], bool)
        if a["needs_reply"]:
            assert (a["state"], a["outcome"]) == ("closed", "offer")
    ranks = [-1 if a["needs_reply"] else URGENCY.index(a["state"]) for a in apps]
    assert ranks == sorted(ranks), "sorted by urgency, an offer to answer first"
    assert len({a["id"] for a in apps}) == len(apps)


def test_every_state_shows_up_in_the_demo(setup: Path) -> None:
    states = {a["state"] for a in status(setup)["applications"]}
    assert set(URGENCY) <= states


def test_ids_are_stable_across_runs_and_rescans(setup: Path) -> None:
    first = {a["employer"]: a["id"] for a in status(setup)["applications"]}
    assert iw(setup, "scan").returncode == 0
    assert {a["employer"]: a["id"] for a in status(setup)["applications"]} == first


def test_now_in_the_past_reproduces_that_day(setup: Path) -> None:
    early = status(setup, "2026-02-01T08:00:00+01:00")
    late = status(setup)
    assert len(early["applications"]) < len(late["applications"])


def test_status_table_reads_at_a_glance(setup: Path) -> None:
    r = iw(setup, "status", "--now", NOW)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for header in ("State", "Employer", "Interview", "Nudges", "Next nudge", "Why"):
        assert header in out
    assert "nudge due" in out and "reply needed" in out and "upcoming" in out
    assert "Traceback" not in r.stderr


def test_old_cold_and_closed_are_hidden_unless_all(setup: Path) -> None:
    later = "2026-05-20T08:00:00+02:00"
    short = iw(setup, "status", "--now", later).stdout
    full = iw(setup, "status", "--all", "--now", later).stdout
    assert "hidden (--all shows them)" in " ".join(short.split())
    assert full.count("\n") > short.count("\n")


def test_explain_shows_roles_and_policy_steps(setup: Path) -> None:
    name = next(a["employer"] for a in status(setup)["applications"] if a["state"] == "due")
    r = iw(setup, "explain", name, "--now", NOW)
    assert r.returncode == 0, r.stderr
    assert "Timeline" in r.stdout and "Policy steps" in r.stdout
    assert "State: due." in r.stdout
    assert re.search(r"interview|employer_reply|nudge|acknowledgement", r.stdout)


def test_explain_unknown_employer_is_one_line(setup: Path) -> None:
    r = iw(setup, "explain", "No Such Company", "--now", NOW)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "no interview process matches" in r.stderr


def test_mark_closed_wins_over_detection_and_survives_rescans(setup: Path) -> None:
    target = next(a for a in status(setup)["applications"] if a["state"] == "waiting")
    r = iw(setup, "mark", target["id"], "--closed", "offer", "--now", NOW)
    assert r.returncode == 0, r.stderr
    assert iw(setup, "scan").returncode == 0
    after = next(a for a in status(setup)["applications"] if a["id"] == target["id"])
    assert after["state"] == "closed" and after["outcome"] == "offer" and after["manual"] is True
    assert iw(setup, "mark", target["id"], "--reopen").returncode == 0
    again = next(a for a in status(setup)["applications"] if a["id"] == target["id"])
    assert again["state"] == target["state"] and again["manual"] is False


def test_mark_not_interview_hides_and_reopen_brings_back(setup: Path) -> None:
    target = next(a for a in status(setup)["applications"] if a["state"] == "cold")
    assert iw(setup, "mark", target["employer"], "--not-interview").returncode == 0
    assert target["id"] not in {a["id"] for a in status(setup)["applications"]}
    r = iw(setup, "mark", target["employer"], "--reopen")
    assert r.returncode == 0, r.stderr
    assert target["id"] in {a["id"] for a in status(setup)["applications"]}


def test_mark_reply_by_sets_the_first_nudge_date(setup: Path) -> None:
    target = next(a for a in status(setup)["applications"] if a["state"] == "due" and a["nudges_sent"] == 0)
    r = iw(setup, "mark", target["id"], "--reply-by", "2026-03-18", "--now", NOW)
    assert r.returncode == 0, r.stderr
    after = next(a for a in status(setup)["applications"] if a["id"] == target["id"])
    assert after["reply_by"] == "2026-03-18"
    assert after["next_nudge_on"] == "2026-03-19" and after["state"] == "waiting"
    assert after["manual"] is True
    iw(setup, "mark", target["id"], "--reopen")


def test_mark_interview_at_makes_it_upcoming(setup: Path) -> None:
    target = next(a for a in status(setup)["applications"] if a["state"] == "waiting")
    r = iw(setup, "mark", target["id"], "--interview-at", "next Friday 3pm", "--now", NOW)
    assert r.returncode == 0, r.stderr
    after = next(a for a in status(setup)["applications"] if a["id"] == target["id"])
    assert after["state"] == "upcoming"
    # interview_at stays the latest past interview (the contract); the reason names the new one.
    assert "Fri 13 Mar at 15:00" in after["reason"]
    iw(setup, "mark", target["id"], "--reopen")


def test_mark_needs_something_to_do_and_unreadable_dates_are_one_line(setup: Path) -> None:
    name = status(setup)["applications"][0]["id"]
    r = iw(setup, "mark", name)
    assert r.returncode == 2 and "nothing to mark" in r.stderr
    r = iw(setup, "mark", name, "--reply-by", "when pigs fly")
    assert r.returncode == 2 and 'cannot read "when pigs fly" as a date' in r.stderr


def test_status_table_fits_a_narrow_terminal(setup: Path) -> None:
    env = {**os.environ, "COLUMNS": "80"}
    r = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(setup), "status", "--now", NOW],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    assert "Why" in r.stdout and "Next nudge" in r.stdout
