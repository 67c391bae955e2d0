"""`interview-watcher run` with `[notify]`, as systemd runs it: a subprocess, its scheduler threads,
a Maildir with a process whose employer asked a question yesterday, and a loopback stand-in for
ntfy. The digest missed this morning goes out at start-up, its notice follows; a restart the
same day tells nothing twice."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.support.ntfy import FakeNtfy
from tests.test_daemon_process import RunningDaemon, has, midday_zone, toml_value

ME = "sam@rivera.example"
TOPIC = "sam-9x2-private-topic"


def thread(now: datetime) -> list[tuple[str, str, datetime]]:
    """(folder, message, delivered) of one process: an invitation, the owner's yes and thanks, and
    yesterday an ask for references, all dated relative to `now`."""
    invited, interview, asked = now - timedelta(days=12), now - timedelta(days=6), now - timedelta(days=1)
    day = f"{interview:%A} {interview.day} {interview:%B}"
    invite = (
        "From: Dana Okafor <dana.okafor@quillfeather.example>\n"
        f"To: Sam Rivera <{ME}>\n"
        "Subject: Quillfeather - Backend Engineer (Search)\n"
        f"Date: {format_datetime(invited)}\n"
        "Message-ID: <invite@mail.quillfeather.example>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Hi Sam,\n\nLovely to e-meet you. I lead the search team at Quillfeather Books, and your "
        f"application stood out. Could you join us for a 1-hour interview on {day} at 4pm? "
        "It'll be me and Farid from the platform team.\n\nDana\n"
    )
    yes = (
        f"From: Sam Rivera <{ME}>\n"
        "To: Dana Okafor <dana.okafor@quillfeather.example>\n"
        "Subject: Re: Quillfeather - Backend Engineer (Search)\n"
        f"Date: {format_datetime(invited + timedelta(hours=3))}\n"
        "Message-ID: <yes@rivera.example>\n"
        "In-Reply-To: <invite@mail.quillfeather.example>\n"
        "References: <invite@mail.quillfeather.example>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"Hi Dana,\n\nThanks so much - {day} at 4pm works for me.\n\nSam\n"
    )
    ask = (
        "From: Dana Okafor <dana.okafor@quillfeather.example>\n"
        f"To: Sam Rivera <{ME}>\n"
        "Subject: Re: Quillfeather - Backend Engineer (Search)\n"
        f"Date: {format_datetime(asked)}\n"
        "Message-ID: <ask@mail.quillfeather.example>\n"
        "In-Reply-To: <yes@rivera.example>\n"
        "References: <invite@mail.quillfeather.example> <yes@rivera.example>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Hi Sam,\n\nThanks for your time last week. Before we set up the final round, could you "
        "send me the names and contact details of two references?\n\nDana\n"
    )
    return [("", invite, invited), (".Sent", yes, invited + timedelta(hours=3)), ("", ask, asked)]


def write_maildir(root: Path, now: datetime) -> None:
    for folder in (root, root / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    for i, (sub, text, delivered) in enumerate(thread(now)):
        stamp = int(delivered.timestamp())
        path = root / sub / "cur" / f"{stamp}.M{i}P1.laptop:2,S"
        path.write_text(text)
        os.utime(path, (stamp, stamp))


@pytest.fixture
def ntfy() -> Iterator[FakeNtfy]:
    server = FakeNtfy()
    yield server
    server.close()


def test_the_daemon_pushes_once_after_its_catch_up_digest_and_not_again_after_a_restart(
    tmp_path: Path, ntfy: FakeNtfy
) -> None:
    tz, local_now = midday_zone()
    write_maildir(tmp_path / "Mail", local_now)
    config = tmp_path / "config.toml"
    config.write_text(
        "\n".join(
            [
                f"timezone = {toml_value(tz)}",
                f"my_addresses = {toml_value([ME])}",
                "[storage]",
                f"path = {toml_value(str(tmp_path / 'state.db'))}",
                "[schedule]",
                "jitter_seconds = 0",
                "[digest]",
                'deliver = "stdout"',
                f"send_at = {toml_value((local_now - timedelta(minutes=10)).strftime('%H:%M'))}",
                "[notify]",
                f"urls = {toml_value([ntfy.url(TOPIC)])}",
                "[[accounts]]",
                'name = "mail"',
                'type = "maildir"',
                f"path = {toml_value(str(tmp_path / 'Mail'))}",
            ]
        )
        + "\n"
    )
    first = RunningDaemon(tmp_path, config, name="first")
    try:
        first.wait_for(has("READY=1"))
        first.wait_for(lambda m: "digest printed" in m, timeout=60)
        deadline = time.monotonic() + 20
        while not ntfy.posted and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ntfy.messages() == [
            "1 reply needed: Quillfeather asked “Before we set up the final round, could you send "
            "me the names and contact details of two…”"
        ], first.stderr
        code, _ = first.stop(signal.SIGTERM)
        assert code == 0, first.stderr
    finally:
        first.close()

    again = RunningDaemon(tmp_path, config, name="again")
    try:
        again.wait_for(has("READY=1"))
        again.wait_for(lambda m: "mail: ok at" in m, timeout=30)
        time.sleep(1.0)
        code, _ = again.stop(signal.SIGTERM)
        assert code == 0, again.stderr
    finally:
        again.close()
    assert len(ntfy.posted) == 1
    journal = first.stderr + again.stderr
    assert "pushed: 1 reply needed" in journal
    assert f"push notices go to notify.urls[0] (ntfy://127.0.0.1:{ntfy.port}/…)" in first.stderr
    assert TOPIC not in journal and "Traceback" not in journal
