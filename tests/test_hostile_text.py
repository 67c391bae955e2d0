"""Hostile mail is text: nothing in it steers a terminal, breaks `explain` or reaches a log raw.

Two threads on the demo mailbox carry escape sequences (clear screen, colour,
an OSC 8 `javascript:` hyperlink), a bidi override and rich markup (`[/]`,
`[bold]x[/]`) in a display name, a subject and a quoted ask. They go through
the real CLI: scan, status (table and --json), explain, digest (text, HTML,
and the email an aiosmtpd server receives) and the log.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.support.dovecot import free_port
from tests.support.smtp import Inbox
from watcher.core.safetext import clean, json_safe
from watcher.demo import demo_folder

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-03-10T07:30"
ESC = "\x1b"
CONTROLS = (
    f"{ESC}[2J{ESC}[31mRed{ESC}[0m {ESC}]8;;javascript:alert(1){ESC}\\Click{ESC}]8;;{ESC}\\ "
    "\u202eevil\u202c \x9b31m\x07"
)
MARKUP = "[/] [bold]x[/]"
# Anything a terminal would act on: C0 but tab/newline, DEL, C1, bidi controls.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_inert(text: str, where: str) -> None:
    found = FORBIDDEN.findall(text.replace("\r\n", "\n"))  # CRLF: the line end of mail
    assert not found, f"{where}: {len(found)} control characters, e.g. {found[:5]!r}"


def hostile_mail(n: int, sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Rivera <sam@rivera.example>"
    msg["Subject"] = subject
    msg["Date"] = f"Mon, 0{n + 7} Mar 2026 16:00:00 +0100"
    msg["Message-ID"] = f"<hostile-{n}@hostile.example>"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture(scope="module")
def config() -> Iterator[Path]:
    """The demo mailbox plus two hostile threads, scanned once."""
    with demo_folder() as folder:
        new = folder / "Maildir" / "new"
        # An applicant-tracking mail: the display name becomes the employer's name.
        (new / "1772900000.M1P1.hostile").write_bytes(
            hostile_mail(
                1,
                f'"Quarzwerk {MARKUP} {CONTROLS} Talent Team via Greenhouse" <no-reply@greenhouse-mail.io>',
                f"Thank you for interviewing with Quarzwerk {CONTROLS}",
                "Hello Sam,\n\nthank you for the interview today. We will be in touch.\n\nQuarzwerk\n",
            )
        )
        # A person's mail: the subject and the quoted ask carry it.
        (new / "1773068400.M2P1.hostile").write_bytes(
            hostile_mail(
                2,
                f'"Nora {CONTROLS} {MARKUP}" <nora@lindenwerk.example>',
                f"Your interview {CONTROLS} {MARKUP}",
                "Hello Sam,\n\nthank you for the interview yesterday. Could you send us two "
                f"references {CONTROLS} {MARKUP}?\n\nBest,\nNora\nLindenwerk\n",
            )
        )
        path = folder / "config.toml"
        r = iw(path, "scan")
        assert r.returncode == 0, r.stderr
        yield path


def iw(cfg: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(cfg), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )  # fmt: skip


# --- the cleaner itself ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (f"A{ESC}[2JB", "AB"),  # CSI: the whole sequence goes, no stray "[2J"
        (f"{ESC}[31mred{ESC}[0m", "red"),
        (f"{ESC}]8;;javascript:alert(1){ESC}\\link{ESC}]8;;{ESC}\\", "link"),  # OSC 8, ST-terminated
        (f"{ESC}]0;title\x07rest", "rest"),  # OSC, BEL-terminated
        (f"x{ESC}cy", "xy"),  # RIS: reset the terminal
        ("a\u202eb\u2066c\u2069d", "abcd"),  # bidi override and isolates
        ("a\x9b31mb\x85c\x7fd\x00e", "a31mbcde"),  # C1 CSI, NEL, DEL, NUL: single characters
        ("one\ttwo\r\nthree", "one two three"),  # single line: white space becomes a space
        ("[/] [bold]x[/] <b>", "[/] [bold]x[/] <b>"),  # markup is not control: kept as text
        ("Jürgen Müller 👩\u200d💻", "Jürgen Müller 👩\u200d💻"),  # letters and ZWJ emoji untouched
    ],
)
def test_clean_removes_what_steers_a_terminal_and_keeps_text(raw: str, shown: str) -> None:
    assert clean(raw) == shown
    assert clean(clean(raw)) == clean(raw)


def test_clean_keeps_lines_and_tabs_in_multiline_text_but_no_carriage_return() -> None:
    assert clean("a\tb\r\nc\rd\n\x1b[2Je", multiline=True) == "a\tb\nc\nd\ne"


def test_json_safe_escapes_c1_and_bidi_and_keeps_the_value() -> None:
    dumped = json.dumps({"n": "x\x9by\u202ez é"}, ensure_ascii=False)
    safe = json_safe(dumped)
    assert_inert(safe, "json")
    assert json.loads(safe) == json.loads(dumped) and "é" in safe


# --- through the product -------------------------------------------------------------


def hostile_employer(data: dict[str, Any]) -> dict[str, Any]:
    found = [a for a in data["applications"] if "Quarzwerk" in a["employer"]]
    assert len(found) == 1, [a["employer"] for a in data["applications"]]
    employer: dict[str, Any] = found[0]
    return employer


def test_status_table_and_json_carry_no_control_characters(config: Path) -> None:
    table = iw(config, "status", "--all", "--now", NOW)
    assert table.returncode == 0, table.stderr
    assert_inert(table.stdout + table.stderr, "status")
    assert "Quarzwerk [/]" in table.stdout  # markup in a name is shown, not obeyed
    assert "references Red Click evil 31m [/] [bold]x[/]" in table.stdout

    r = iw(config, "status", "--json", "--all", "--now", NOW)
    assert r.returncode == 0, r.stderr
    assert_inert(r.stdout, "status --json")
    data = json.loads(r.stdout)
    for app in data["applications"]:  # the values themselves, not just their JSON spelling
        assert_inert(json.dumps(app, ensure_ascii=False), f"status --json {app['employer']}")
    assert hostile_employer(data)["employer"].startswith("Quarzwerk [/] [bold]x[/] Red")
    nora = [a for a in data["applications"] if a["employer"] == "Lindenwerk"]
    assert nora and nora[0]["state"] == "your_turn"


def test_explain_shows_brackets_literally_and_does_not_crash(config: Path) -> None:
    for who, shown in (
        ("Quarzwerk", "Quarzwerk [/] [bold]x[/] Red"),
        ("Lindenwerk", "references Red Click evil"),
    ):
        r = iw(config, "explain", who, "--now", NOW)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr and "MarkupError" not in r.stderr
        assert_inert(r.stdout + r.stderr, f"explain {who}")
        assert shown in r.stdout, r.stdout
    assert "[/] [bold]x[/]" in r.stdout  # the ask, in the policy steps and the result
    # Not obeyed either: on a terminal, "[bold]x[/]" would otherwise be a bold "x".
    forced = iw(config, "explain", "Lindenwerk", "--now", NOW, env={"FORCE_COLOR": "1", "TERM": "xterm"})
    assert forced.returncode == 0, forced.stderr
    assert "[bold]x[/]" in re.sub(r"\x1b\[[0-9;]*m", "", forced.stdout)


def test_digest_text_and_html_carry_no_control_characters(config: Path, tmp_path: Path) -> None:
    html_out = tmp_path / "digest.html"
    r = iw(config, "digest", "--now", NOW, "--html-out", str(html_out))
    assert r.returncode == 0, r.stderr
    assert_inert(r.stdout + r.stderr, "digest text")
    assert "references Red Click evil 31m [/] [bold]x[/]" in r.stdout
    html = html_out.read_text(encoding="utf-8")
    assert_inert(html, "digest html")
    assert "<b>" not in r.stdout or "&lt;" in html  # the HTML part still escapes


@pytest.fixture
def smtp_config(config: Path, tmp_path: Path) -> Iterator[tuple[Path, Inbox]]:
    """A copy of the scanned demo that delivers to a real SMTP server (aiosmtpd)."""
    folder = tmp_path / "demo"
    shutil.copytree(config.parent, folder)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    text = (folder / "config.toml").read_text().replace('deliver = "stdout"', 'deliver = "smtp"')
    text += f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {controller.port}\nsecurity = "none"\n'
    (folder / "config.toml").write_text(text)
    try:
        yield folder / "config.toml", inbox
    finally:
        controller.stop()


def test_the_digest_email_carries_no_control_characters(smtp_config: tuple[Path, Inbox]) -> None:
    cfg, inbox = smtp_config
    r = iw(cfg, "digest", "--send", "--now", NOW)
    assert r.returncode == 0, r.stderr
    assert_inert(r.stdout + r.stderr, "digest --send")
    assert len(inbox.received) == 1
    msg = inbox.received[0][2]
    assert_inert(str(msg["Subject"]), "Subject")
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert_inert(text.get_content(), "email text part")
    assert_inert(html.get_content(), "email HTML part")
    assert "[/] [bold]x[/]" in text.get_content()


class HostileRefusal:
    """An SMTP server whose refusal text tries to clear the screen of whoever reads the log."""

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        return f"550 no such mailbox {ESC}[2J{ESC}]8;;javascript:x{ESC}\\here{ESC}]8;;{ESC}\\"


def test_a_log_line_with_server_text_carries_no_control_characters(config: Path, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(config.parent, folder)
    controller = Controller(HostileRefusal(), hostname="127.0.0.1", port=free_port())
    controller.start()
    cfg = folder / "config.toml"
    text = cfg.read_text().replace('deliver = "stdout"', 'deliver = "smtp"')
    cfg.write_text(
        text + f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {controller.port}\nsecurity = "none"\n'
    )
    try:
        r = iw(cfg, "digest", "--send", "--now", NOW)
    finally:
        controller.stop()
    assert r.returncode == 1
    assert "550 no such mailbox" in r.stderr and "here" in r.stderr  # the log and the CLI line
    assert_inert(r.stdout + r.stderr, "log")


# --- defence in depth: the output boundaries clean what an older state still holds -------


def test_output_boundaries_clean_records_that_were_never_cleaned() -> None:
    """Records stored before the parser cleaned them reach the same renderers."""
    from io import StringIO

    from rich.console import Console

    from tests.digest_helpers import NOW, assessed, at
    from watcher.cli.report import render_explain, render_status_table
    from watcher.config import Settings
    from watcher.digest.deliver import build_message
    from watcher.digest.render import DigestInputs, build_digest, render_html, render_text

    name = f"Evil {CONTROLS} {MARKUP}"
    items = [assessed(name, "your_turn", ask=f"Why {CONTROLS} {MARKUP}?", ask_at=at(9, 16))]
    settings = Settings.model_validate({"timezone": "Europe/Berlin", "my_addresses": ["sam@rivera.example"]})
    out = StringIO()
    console = Console(file=out, width=200, force_terminal=False)
    render_status_table(items, NOW, settings, console=console)
    render_explain(items[0], NOW, settings, console=console)
    assert_inert(out.getvalue(), "rich")
    assert "Evil Red" in out.getvalue() and "[/] [bold]x[/]" in out.getvalue()

    digest = build_digest(items, DigestInputs(now=NOW, tz=settings.tz))
    text, html = render_text(digest), render_html(digest)
    assert_inert(text, "text digest")
    assert_inert(html, "html digest")
    msg = build_message(
        subject=f"Follow-ups {CONTROLS}", text=text, html=html, to="sam@rivera.example",
        sender=None, message_id="<x@y>", now=NOW,
    )  # fmt: skip
    assert_inert(msg.as_string(), "message")
