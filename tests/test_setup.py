"""Setup that fails quietly: what a new user meets between `init` and the first digest."""

from __future__ import annotations

import json
import os
import pty
import pwd
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.support.dovecot import free_port, make_self_signed_cert
from tests.support.smtp import Inbox
from watcher.cli import cli
from watcher.store.state import Store


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def write_config(tmp_path: Path, body: str = "") -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'my_addresses = ["me@example.net"]\n[storage]\npath = "{tmp_path}/s.db"\n{body}')
    return cfg


# --- global options after the command -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--config", "{cfg}"],
        ["status", "--config={cfg}"],
        ["status", "--json", "--config", "{cfg}", "-v"],
        ["-v", "status", "--log-level", "debug", "--config", "{cfg}"],
    ],
)
def test_global_options_are_accepted_after_the_command(tmp_path: Path, args: list[str]) -> None:
    cfg = write_config(tmp_path)
    r = invoke(*[a.replace("{cfg}", str(cfg)) for a in args])
    assert r.exit_code == 0, r.output
    assert "No such option" not in r.output


def test_a_command_keeps_its_own_option_of_the_same_name() -> None:
    from watcher.cli.context import hoist_global_options

    commands = dict(cli.commands)
    assert hoist_global_options(["run", "--log-level", "debug"], commands) == ["run", "--log-level", "debug"]
    assert hoist_global_options(["check", "--config", "F", "-v"], commands) == [
        "--config",
        "F",
        "-v",
        "check",
    ]
    assert hoist_global_options(["mark", "X", "--", "--config"], commands) == ["mark", "X", "--", "--config"]


# --- the digest's delivery: stdout says so, check tests the real thing ------------------

ROOT = Path(__file__).resolve().parents[1]
IW = [sys.executable, "-m", "watcher"]
NOW = "2026-03-10T07:30"


def toml(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(str(v))


def table(name: str, values: dict[str, Any]) -> str:
    return f"[{name}]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in values.items())


def maildir_config(
    tmp_path: Path,
    digest: dict[str, Any],
    *,
    extra: str = "",
    accounts: list[dict[str, Any]] | None = None,
) -> Path:
    """The demo's Maildir as the account, and the given [digest] table (plus `extra` tables)."""
    mail = tmp_path / "Mail"
    if not mail.exists():
        shutil.copytree(ROOT / "watcher" / "demo" / "Maildir", mail)
        for sub in ("cur", "new", "tmp"):
            (mail / sub).mkdir(exist_ok=True)
            (mail / ".Sent" / sub).mkdir(exist_ok=True)
    accounts = accounts or [{"name": "local", "type": "maildir", "path": str(mail), "lookback_days": 3650}]
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        'timezone = "Europe/Berlin"\nmy_addresses = ["sam@rivera.example"]\n'
        + table("storage", {"path": str(tmp_path / "state.db")})
        + "".join("[[accounts]]\n" + table("x", a).split("\n", 1)[1] for a in accounts)
        + table("digest", digest)
        + extra
    )
    return cfg


@pytest.fixture
def daemons() -> Iterator[list[Any]]:
    """Daemons started as real processes (tests/test_daemon_process.py), killed after the test."""
    started: list[Any] = []
    yield started
    for d in started:
        d.close()


def check(cfg: Path) -> tuple[Result, list[str]]:
    r = CliRunner().invoke(cli, ["--config", str(cfg), "check"], catch_exceptions=False)
    digest_lines = [line for line in r.output.splitlines() if line.startswith("digest:")]
    return r, digest_lines


def test_init_leads_to_choosing_a_real_delivery(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    r = invoke("init", "--path", str(target))
    assert r.exit_code == 0, r.output
    assert 'deliver = "smtp", "imap" or "gmail"' in r.output and "only prints it" in r.output
    text = target.read_text()
    assert "nobody is emailed" in text
    for how in ('deliver = "smtp"', 'deliver = "imap"', 'deliver = "gmail"', "#   [digest.smtp]"):
        assert how in text, how


def test_check_says_plainly_that_a_stdout_digest_is_only_printed(tmp_path: Path) -> None:
    r, lines = check(maildir_config(tmp_path, {"deliver": "stdout"}))
    assert r.exit_code == 0, r.output
    assert lines == [
        'digest: WARNING: the digest is only printed, never emailed (deliver = "stdout"); '
        'to receive it, set deliver = "smtp", "imap" or "gmail" under [digest]'
    ]


def test_digest_send_to_stdout_says_printed_not_sent(tmp_path: Path) -> None:
    cfg = maildir_config(tmp_path, {"deliver": "stdout", "send_when_empty": True})
    assert invoke("--config", str(cfg), "scan").exit_code == 0
    r = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--send", "--now", NOW])
    assert r.exit_code == 0, r.output
    assert "Subject: Follow-ups for Tue 10 Mar" in r.stdout
    assert "Printed the digest for Tue 10 Mar above" in r.stderr and "never emailed" in r.stderr
    assert "Sent" not in r.output and "via stdout" not in r.output
    again = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--send", "--now", NOW])
    assert "already printed" in again.stderr and "sent" not in again.stderr


def test_smtp_without_its_table_fails_check_and_send_in_one_line_and_records_nothing(tmp_path: Path) -> None:
    cfg = maildir_config(tmp_path, {"deliver": "smtp", "send_when_empty": True})
    r, lines = check(cfg)
    assert r.exit_code == 1
    assert lines == [
        'digest: FAILED: deliver = "smtp" needs a [digest.smtp] table with at least host '
        '(or set deliver = "imap" or "gmail")'
    ]
    assert invoke("--config", str(cfg), "scan").exit_code == 0
    sent = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--send", "--now", NOW])
    assert sent.exit_code == 2
    assert sent.stderr.splitlines() == [
        'interview-watcher: digest: deliver = "smtp" needs a [digest.smtp] table with at least host '
        '(or set deliver = "imap" or "gmail"); nothing sent'
    ]
    with Store(tmp_path / "state.db") as store:
        assert store.digest_record(date(2026, 3, 10)) is None


def test_check_logs_in_to_the_smtp_server_with_starttls_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiosmtpd.controller import Controller

    from tests.test_digest_smtp import authenticator, server_context

    tls = tmp_path / "tls"
    tls.mkdir()
    cert, key = make_self_signed_cert(tls)
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=server_context(cert, key),
        require_starttls=True,
        authenticator=authenticator("sam", "right"),
        auth_require_tls=True,
    )
    controller.start()
    smtp = {
        "host": "127.0.0.1",
        "port": controller.port,
        "security": "starttls",
        "ca_file": str(cert),
        "username": "sam",
        "password_env": "TEST_SMTP_PASSWORD",
    }
    try:
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "right")
        good, good_lines = check(
            maildir_config(tmp_path, {"deliver": "smtp"}, extra=table("digest.smtp", smtp))
        )
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong-horse-battery")
        bad, bad_lines = check(
            maildir_config(tmp_path, {"deliver": "smtp"}, extra=table("digest.smtp", smtp))
        )
        untrusted = {k: v for k, v in smtp.items() if k != "ca_file"}
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "right")
        tls_bad, tls_lines = check(
            maildir_config(tmp_path, {"deliver": "smtp"}, extra=table("digest.smtp", untrusted))
        )
    finally:
        controller.stop()
    assert good.exit_code == 0, good.output
    assert good_lines == [f"digest: ok; SMTP 127.0.0.1:{controller.port} (starttls), logged in as sam"]
    assert bad.exit_code == 1 and len(bad_lines) == 1
    assert "login refused: 535" in bad_lines[0] and "wrong-horse-battery" not in bad.output
    assert tls_bad.exit_code == 1 and "certificate does not verify" in tls_lines[0]
    assert inbox.received == []


def test_check_refuses_an_smtp_server_without_starttls(tmp_path: Path, smtp: tuple[Any, Inbox]) -> None:
    controller, _inbox = smtp
    cfg = maildir_config(
        tmp_path,
        {"deliver": "smtp"},
        extra=table("digest.smtp", {"host": "127.0.0.1", "port": controller.port, "security": "starttls"}),
    )
    r, lines = check(cfg)
    assert r.exit_code == 1
    assert len(lines) == 1 and "does not offer STARTTLS" in lines[0]


@pytest.mark.dovecot
def test_check_selects_the_inbox_the_imap_digest_goes_to(tmp_path: Path, dovecot: Any) -> None:
    user = dovecot.add_user()
    account = dovecot.account_config(user, name="personal", security="ssl")
    ok, ok_lines = check(
        maildir_config(
            tmp_path,
            {"deliver": "imap"},
            extra=table("digest.imap", {"account": "personal"}),
            accounts=[account],
        )
    )
    assert ok.exit_code == 0, ok.output
    assert ok_lines == [f"digest: ok; IMAP {account['host']}:{account['port']} (personal), appends to INBOX"]
    bad, bad_lines = check(
        maildir_config(
            tmp_path,
            {"deliver": "imap"},
            extra=table("digest.imap", {"account": "personal", "folder": "Digests"}),
            accounts=[account],
        )
    )
    assert bad.exit_code == 1
    assert len(bad_lines) == 1 and bad_lines[0].startswith("digest: FAILED: ") and "Digests" in bad_lines[0]


@pytest.mark.parametrize("can_send", [True, False])
def test_check_needs_the_gmail_send_scope_for_a_gmail_digest(tmp_path: Path, can_send: bool) -> None:
    from tests.support.fake_gmail import FakeGmail
    from watcher.sources.gmail_auth import READONLY, SEND

    with FakeGmail.start("sam@rivera.example") as fake:
        token = tmp_path / "gm-token.json"
        fake.write_token(token, scopes=[READONLY, SEND] if can_send else [READONLY])
        gm = {"name": "gm", "type": "gmail", "token_file": str(token), "api_endpoint": fake.url}
        r, lines = check(maildir_config(tmp_path, {"deliver": "gmail"}, accounts=[gm]))
        assert fake.calls["messages.send"] == 0
    if can_send:
        assert r.exit_code == 0, r.output
        assert lines == ["digest: ok; Gmail API as sam@rivera.example (gm), gmail.send granted"]
    else:
        assert r.exit_code == 1
        assert len(lines) == 1 and "no gmail.send" in lines[0] and "interview-watcher auth gm" in lines[0]


def test_the_daemon_says_at_start_up_and_in_its_status_that_the_digest_is_only_printed(
    tmp_path: Path, daemons: list[Any]
) -> None:
    from tests.test_daemon_process import RunningDaemon, has

    cfg = maildir_config(tmp_path, {"deliver": "stdout", "catch_up_hours": 0})
    d = RunningDaemon(tmp_path, cfg)
    daemons.append(d)
    d.wait_for(has("READY=1"))
    d.wait_for(lambda m: "local: ok at" in m)
    assert 'digest only printed to the log, not emailed (deliver = "stdout")' in d.status()
    assert "the digest is only printed, never emailed" in d.stderr


def test_the_daemon_says_when_its_digest_cannot_be_sent_at_all(tmp_path: Path, daemons: list[Any]) -> None:
    from tests.test_daemon_process import RunningDaemon, has

    cfg = maildir_config(tmp_path, {"deliver": "smtp", "send_at": "00:00", "catch_up_hours": 24})
    d = RunningDaemon(tmp_path, cfg)
    daemons.append(d)
    d.wait_for(has("READY=1"))
    d.wait_for(lambda m: "local: ok at" in m)
    time.sleep(1)  # the start-up catch-up (queued for now) has run by then
    assert "sending it now (start-up)" in d.stderr
    assert 'digest CANNOT be sent: deliver = "smtp" needs a [digest.smtp] table' in d.status()
    errors = [line for line in d.stderr.splitlines() if " ERROR " in line]
    assert len(errors) == 1 and "[digest.smtp]" in errors[0]


# --- a stale state says so -------------------------------------------------------------------


def test_digest_before_any_scan_says_never_scanned_not_nothing_to_do(tmp_path: Path) -> None:
    cfg = maildir_config(tmp_path, {"deliver": "stdout"})
    r = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--now", NOW])
    assert r.exit_code == 0, r.output
    body = r.stdout.split("\n\n", 1)[1]
    assert body.startswith("Never scanned: run `interview-watcher scan`")
    assert "Nothing needs your attention" not in r.output
    sent = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--send", "--now", NOW])
    assert sent.exit_code == 1
    assert sent.stderr.splitlines() == [
        "interview-watcher: never scanned: run `interview-watcher scan` first; nothing sent"
    ]
    with Store(tmp_path / "state.db") as store:
        assert store.digest_record(date(2026, 3, 10)) is None


def test_status_before_any_scan_says_never_scanned_above_the_table_and_in_json(tmp_path: Path) -> None:
    cfg = maildir_config(tmp_path, {"deliver": "stdout"})
    r = invoke("--config", str(cfg), "status", "--now", NOW)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].startswith("! never scanned: run `interview-watcher scan`")
    data = json.loads(invoke("--config", str(cfg), "status", "--json", "--now", NOW).output)
    assert [n["kind"] for n in data["notices"]] == ["never_scanned"]
    assert set(data) >= {"now", "applications", "notices"}


def test_a_failing_and_an_unscanned_account_are_named_with_since_when(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    cfg = maildir_config(tmp_path, {"deliver": "stdout"})  # creates Mail
    accounts: list[dict[str, Any]] = [
        {"name": "local", "type": "maildir", "path": str(mail), "lookback_days": 3650},
        {"name": "gone", "type": "maildir", "path": str(tmp_path / "nothing")},
        {"name": "later", "type": "maildir", "path": str(mail)},
    ]
    cfg = maildir_config(tmp_path, {"deliver": "stdout"}, accounts=accounts)
    scan = invoke("--config", str(cfg), "scan", "--account", "local", "--account", "gone")
    assert scan.exit_code == 1  # "gone" failed
    r = invoke("--config", str(cfg), "status", "--now", NOW)
    lines = r.output.splitlines()
    assert lines[0].startswith("! gone: failing since ") and "does not exist" in lines[0]
    assert lines[1].startswith("! later: never scanned: run `interview-watcher scan`")
    data = json.loads(invoke("--config", str(cfg), "status", "--json", "--now", NOW).output)
    failing, unscanned = data["notices"]
    assert failing["kind"] == "account_failing" and failing["account"] == "gone" and failing["since"]
    assert unscanned == {
        "kind": "account_never_scanned",
        "account": "later",
        "since": None,
        "error": None,
        "text": unscanned["text"],
    }
    digest = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "--now", NOW]).stdout
    assert "! later: never scanned" in digest and "! gone: could not reach" in digest


def test_a_fresh_state_has_no_notices(tmp_path: Path) -> None:
    cfg = maildir_config(tmp_path, {"deliver": "stdout"})
    assert invoke("--config", str(cfg), "scan").exit_code == 0
    data = json.loads(invoke("--config", str(cfg), "status", "--json", "--now", NOW).output)
    assert data["notices"] == [] and data["applications"]
    assert not invoke("--config", str(cfg), "status", "--now", NOW).output.startswith("!")


# --- a Maildir that cannot be read -----------------------------------------------------------


@contextmanager
def unprivileged() -> Iterator[None]:
    """Permissions as a normal user sees them: root reads every folder, so drop to nobody."""
    if os.geteuid() != 0:
        yield
        return
    nobody = pwd.getpwnam("nobody")
    os.setegid(nobody.pw_gid)
    os.seteuid(nobody.pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder anybody may enter (pytest's tmp_path is private to root)."""
    d = Path(tempfile.mkdtemp(prefix="iw-check-"))
    d.chmod(0o755)
    yield d
    for p in d.rglob("*"):
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    shutil.rmtree(d)


def test_check_reports_a_maildir_whose_cur_cannot_be_read(open_dir: Path) -> None:
    mail = open_dir / "Mail"
    cfg = maildir_config(
        open_dir, {"deliver": "stdout"}, accounts=[{"name": "local", "type": "maildir", "path": str(mail)}]
    )
    assert check(cfg)[0].exit_code == 0  # readable; and every module `check` needs is loaded
    (mail / "cur").chmod(0o000)
    with unprivileged():
        r = CliRunner().invoke(cli, ["--config", str(cfg), "check"])
    assert r.exit_code == 1, r.output
    assert f"local: FAILED: cannot read {mail / 'cur'}: Permission denied" in r.output.splitlines()


def test_check_says_a_maildir_path_that_is_a_file_is_a_file(tmp_path: Path) -> None:
    mbox = tmp_path / "mbox"
    mbox.write_text("From someone Tue Mar 10 07:30:00 2026\n")
    cfg = maildir_config(
        tmp_path, {"deliver": "stdout"}, accounts=[{"name": "local", "type": "maildir", "path": str(mbox)}]
    )
    r, _ = check(cfg)
    assert r.exit_code == 1
    assert f"local: FAILED: maildir {mbox} is a file, not a Maildir folder" in r.output.splitlines()


# --- mark: dates that look wrong -------------------------------------------------------------


@pytest.fixture
def scanned(tmp_path: Path) -> Path:
    cfg = maildir_config(tmp_path, {"deliver": "stdout"})
    assert invoke("--config", str(cfg), "scan").exit_code == 0
    return cfg


def applications(cfg: Path) -> list[dict[str, Any]]:
    out = invoke("--config", str(cfg), "status", "--json", "--now", NOW).output
    return list(json.loads(out)["applications"])


def mark(cfg: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(cfg), "mark", *args, "--now", NOW])


def test_mark_refuses_a_reply_by_years_off_in_one_line_and_records_nothing(scanned: Path) -> None:
    target = next(a for a in applications(scanned) if a["state"] == "due")
    r = mark(scanned, target["id"], "--reply-by", "2029-03-18")
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        "interview-watcher: --reply-by: Sun 18 Mar 2029 is 3 years from now; a wrong year?; "
        "nothing recorded (add --yes to record it anyway)"
    ]
    after = next(a for a in applications(scanned) if a["id"] == target["id"])
    assert after["reply_by"] is None and after["manual"] is False


def test_mark_refuses_a_reply_by_before_the_interview_unless_told_yes(scanned: Path) -> None:
    target = next(a for a in applications(scanned) if a["state"] == "upcoming")
    r = mark(scanned, target["id"], "--reply-by", "2026-03-10")
    assert r.exit_code == 2
    (line,) = r.stderr.splitlines()
    assert "--reply-by: Tue 10 Mar 2026 is before the interview on " in line
    assert next(a for a in applications(scanned) if a["id"] == target["id"])["reply_by"] is None
    forced = mark(scanned, target["id"], "--reply-by", "2026-03-10", "--yes")
    assert forced.exit_code == 0, forced.output
    assert next(a for a in applications(scanned) if a["id"] == target["id"])["reply_by"] == "2026-03-10"


def test_mark_checks_a_reply_by_against_an_interview_given_in_the_same_command(scanned: Path) -> None:
    target = next(a for a in applications(scanned) if a["state"] == "waiting")
    r = mark(scanned, target["id"], "--interview-at", "2026-03-20 10:00", "--reply-by", "2026-03-16")
    assert r.exit_code == 2 and "before the interview on Fri 20 Mar 2026" in r.stderr
    ok = mark(scanned, target["id"], "--interview-at", "2026-03-20 10:00", "--reply-by", "2026-03-27")
    assert ok.exit_code == 0, ok.output


def test_mark_refuses_an_interview_at_years_off(scanned: Path) -> None:
    target = next(a for a in applications(scanned) if a["state"] == "waiting")
    r = mark(scanned, target["id"], "--interview-at", "2062-03-12 14:00")
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        "interview-watcher: --interview-at: Sun 12 Mar 2062 is 36 years from now; a wrong year?; "
        "nothing recorded (add --yes to record it anyway)"
    ]


def test_mark_asks_at_a_terminal_before_recording_a_doubtful_date(scanned: Path) -> None:
    """At a real terminal (a pty) the user is asked, and `y` records the date."""
    target = next(a for a in applications(scanned) if a["state"] == "due")
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [*IW, "--config", str(scanned), "mark", target["id"], "--reply-by", "2029-03-18", "--now", NOW],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        cwd=ROOT,
    )
    os.close(secondary)
    seen = b""
    try:
        while b"Record it anyway? [y/N]" not in seen:
            ready, _, _ = select.select([primary], [], [], 30)
            assert ready, seen
            seen += os.read(primary, 4096)
        os.write(primary, b"y\n")
        assert proc.wait(timeout=30) == 0, seen
    finally:
        if proc.poll() is None:
            proc.kill()
        with suppress(OSError):
            while select.select([primary], [], [], 0.2)[0] and os.read(primary, 4096):
                pass
        os.close(primary)
    assert b"is 3 years from now; a wrong year?" in seen
    assert next(a for a in applications(scanned) if a["id"] == target["id"])["reply_by"] == "2029-03-18"
