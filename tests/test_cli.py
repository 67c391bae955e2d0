"""The commands as a new user meets them: one-line errors, exit codes, no tracebacks."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "INTERVIEW_WATCHER_CONFIG"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=60,
        check=False,
    )


def test_init_writes_a_private_commented_config_and_says_what_next(tmp_path: Path) -> None:
    target = tmp_path / "cfg" / "config.toml"
    r = run("init", "--path", str(target))
    assert r.returncode == 0, r.stderr
    assert "my_addresses" in target.read_text() and "# " in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Next:" in r.stdout and "check" in r.stdout


def test_init_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    target.write_text("mine")
    r = run("init", "--path", str(target))
    assert r.returncode == 1
    assert "already exists" in r.stderr and target.read_text() == "mine"
    assert "Traceback" not in r.stderr


def test_init_defaults_to_the_xdg_config_home(tmp_path: Path) -> None:
    r = run("init", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "interview-watcher" / "config.toml").is_file()


def test_a_config_mistake_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        'my_addresses = ["me@example.net"]\n[[accounts]]\nname = "p"\nhost = "h.example"\n'
        'port = "imap"\nusername = "u"\npassword_env = "X"\n'
    )
    r = run("--config", str(cfg), "check")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert lines == [f'interview-watcher: {cfg}: accounts[0].port: expected an integer 1-65535, got "imap"']


def test_missing_config_points_to_init(tmp_path: Path) -> None:
    r = run("status", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert r.returncode == 2
    assert "interview-watcher init" in r.stderr and "Traceback" not in r.stderr


def test_bad_now_is_a_one_line_error(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'my_addresses = ["me@example.net"]\n[storage]\npath = "{tmp_path}/s.db"\n')
    r = run("--config", str(cfg), "status", "--now", "yesterday-ish")
    assert r.returncode == 2
    assert r.stderr.strip().startswith("interview-watcher: --now: expected an ISO-8601")


def test_status_on_an_empty_state_explains_what_to_do(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'my_addresses = ["me@example.net"]\n[storage]\npath = "{tmp_path}/s.db"\n')
    r = run("--config", str(cfg), "status")
    assert r.returncode == 0, r.stderr
    assert "interview-watcher scan" in r.stdout


def test_scan_without_accounts_says_so(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'my_addresses = ["me@example.net"]\n[storage]\npath = "{tmp_path}/s.db"\n')
    r = run("--config", str(cfg), "scan")
    assert r.returncode == 1
    assert "no [[accounts]] configured" in r.stderr


@pytest.mark.parametrize("cmd", [["--help"], ["status", "--help"], ["mark", "--help"], ["--version"]])
def test_help_and_version_work_without_a_config(cmd: list[str], tmp_path: Path) -> None:
    r = run(*cmd, env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr


def test_scan_off_a_terminal_prints_plain_progress_and_a_summary_per_account(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "watcher" / "demo" / "Maildir", tmp_path / "Mail")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'my_addresses = ["sam@rivera.example"]\n[storage]\npath = "{tmp_path}/s.db"\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path}/Mail"\nlookback_days = 3650\n'
        f'[[accounts]]\nname = "gone"\ntype = "maildir"\npath = "{tmp_path}/nothing"\n'
    )
    r = run("--config", str(cfg), "scan")
    assert r.returncode == 1  # one account failed
    assert "local/INBOX:" in r.stderr and "fetched" in r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("local: ") and " new, 0 changed, " in lines[0] and " total, " in lines[0]
    assert lines[1].startswith("gone: FAILED") and "does not exist" in lines[1]
    again = run("--config", str(cfg), "scan", "--account", "local")
    assert again.returncode == 0 and again.stdout.startswith("local: 0 new")
