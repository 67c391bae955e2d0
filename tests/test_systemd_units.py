"""The systemd units: they verify, the system one is hardened (exposure ≤ 2.0), and
`install-service` writes them with the ExecStart of the running installation."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from watcher.app.service import (
    DEFAULT_SYSTEM_EXEC,
    default_unit,
    render_unit,
    service_command,
    systemd_quote,
)
from watcher.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_UNIT = ROOT / "systemd" / "interview-watcher.service"
USER_UNIT = ROOT / "systemd" / "user" / "interview-watcher.service"
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(
    ANALYZE is None, reason="systemd-analyze not installed (apt-get install systemd)"
)

HARDENING = [
    "NoNewPrivileges=yes",
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    "SystemCallFilter=@system-service",
    "CapabilityBoundingSet=",
    "MemoryDenyWriteExecute=yes",
]


def directives(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith(("#", "["))]


def with_exec_start(text: str, command: str) -> str:
    return re.sub(r"^ExecStart=.*$", f"ExecStart={command} run", text, flags=re.M)


def analyze(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert ANALYZE is not None
    return subprocess.run(
        [ANALYZE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


# --- the files in the repository ------------------------------------------------------


def test_repository_units_are_what_install_service_renders() -> None:
    assert SYSTEM_UNIT.read_text() == default_unit("system")
    assert USER_UNIT.read_text() == default_unit("user")


def test_system_unit_has_notify_dynamic_user_directories_credentials_restart_and_watchdog() -> None:
    lines = directives(SYSTEM_UNIT.read_text())
    for expected in [
        "Type=notify",
        f"ExecStart={DEFAULT_SYSTEM_EXEC} run",
        "DynamicUser=yes",
        "StateDirectory=interview-watcher",
        "ConfigurationDirectory=interview-watcher",
        "LoadCredential=imap-password:/etc/credstore/interview-watcher.imap-password",
        "Restart=on-failure",
        'ExecReload=/bin/sh -c "kill -HUP $$MAINPID"',  # procps (/bin/kill) may be missing
        *HARDENING,
    ]:
        assert expected in lines, expected
    assert any(line.startswith("RestartSec=") for line in lines)
    assert any(line.startswith("WatchdogSec=") for line in lines)


def test_user_unit_reads_the_xdg_config_and_runs_for_systemctl_user() -> None:
    lines = directives(USER_UNIT.read_text())
    assert "Type=notify" in lines
    assert "ExecStart=%h/.local/bin/interview-watcher run" in lines
    assert "WantedBy=default.target" in lines
    # No ConfigurationDirectory/StateDirectory: the program's XDG defaults apply.
    assert not any(
        line.startswith(("ConfigurationDirectory=", "StateDirectory=", "DynamicUser=")) for line in lines
    )


# --- systemd-analyze --------------------------------------------------------------------


@needs_analyze
def test_system_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    # verify insists that ExecStart's program exists: point it at this Python.
    unit = tmp_path / "interview-watcher.service"
    unit.write_text(with_exec_start(SYSTEM_UNIT.read_text(), f"{sys.executable} -m watcher"))
    r = analyze("verify", str(unit))
    assert r.returncode == 0, r.stderr
    assert r.stdout + r.stderr == ""  # verify exits 0 on unknown keys; it must say nothing either


@needs_analyze
def test_user_unit_passes_systemd_analyze_verify_with_its_home_specifier(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script = home / ".local" / "bin" / "interview-watcher"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    unit_dir = tmp_path / "units"
    unit_dir.mkdir()
    shutil.copy(USER_UNIT, unit_dir / "interview-watcher.service")
    r = analyze(
        "verify",
        "--user",
        str(unit_dir / "interview-watcher.service"),
        env={"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout + r.stderr == ""


@needs_analyze
def test_system_unit_exposure_is_at_most_two(tmp_path: Path) -> None:
    r = analyze("security", "--offline=true", "--no-pager", str(SYSTEM_UNIT))
    m = re.search(r"Overall exposure level for interview-watcher\.service: (\d+\.\d+)", r.stdout)
    assert m, r.stdout + r.stderr
    assert float(m.group(1)) <= 2.0, r.stdout


# --- install-service --------------------------------------------------------------------


def fake_venv(tmp_path: Path) -> Path:
    bindir = tmp_path / "venv with space" / "bin"
    bindir.mkdir(parents=True)
    (bindir / "python").symlink_to(sys.executable)
    script = bindir / "interview-watcher"
    script.write_text(f"#!{bindir / 'python'}\n")
    script.chmod(0o755)
    return bindir


def test_exec_start_uses_the_console_script_next_to_a_venvs_python(tmp_path: Path) -> None:
    bindir = fake_venv(tmp_path)
    command, pythonpath = service_command(str(bindir / "python"))
    assert command == [str(bindir / "interview-watcher")]
    assert pythonpath is None
    text = render_unit("user", command)
    assert f'ExecStart="{bindir}/interview-watcher" run' in text


def test_exec_start_uses_a_console_script_on_path_whose_interpreter_is_this_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python_dir = tmp_path / "usr" / "bin"
    python_dir.mkdir(parents=True)
    (python_dir / "python3").symlink_to(sys.executable)
    scripts = tmp_path / "usr" / "local" / "bin"
    scripts.mkdir(parents=True)
    (scripts / "interview-watcher").write_text(f"#!{python_dir / 'python3'}\n")
    (scripts / "interview-watcher").chmod(0o755)
    monkeypatch.setenv("PATH", str(scripts))
    assert service_command(str(python_dir / "python3"))[0] == [str(scripts / "interview-watcher")]


def test_exec_start_falls_back_to_python_dash_m_with_the_source_tree_on_pythonpath(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no console script anywhere
    (tmp_path / "python3").symlink_to(sys.executable)
    command, pythonpath = service_command(str(tmp_path / "python3"))
    assert command == [str(tmp_path / "python3"), "-m", "watcher"]
    import watcher

    if pythonpath is not None:  # a source checkout, not an installed package
        assert pythonpath == str(Path(watcher.__file__).resolve().parent.parent)
        assert f"Environment=PYTHONPATH={pythonpath}\n" in render_unit("user", command, pythonpath=pythonpath)


def test_systemd_quote_escapes_specifiers_and_variables() -> None:
    assert systemd_quote("/opt/iw/bin/interview-watcher") == "/opt/iw/bin/interview-watcher"
    assert systemd_quote("/srv/a b/100%$x") == '"/srv/a b/100%%$$x"'


def test_install_service_prints_the_user_unit_for_this_installation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bindir = fake_venv(tmp_path)
    monkeypatch.setattr(sys, "executable", str(bindir / "python"))
    r = CliRunner().invoke(cli, ["install-service", "--user", "--print"])
    assert r.exit_code == 0, r.output
    assert f'ExecStart="{bindir}/interview-watcher" run' in r.output
    assert "WantedBy=default.target" in r.output


def test_install_service_writes_the_user_unit_under_xdg_config_and_is_idempotent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bindir = fake_venv(tmp_path)
    monkeypatch.setattr(sys, "executable", str(bindir / "python"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    runner = CliRunner()
    r = runner.invoke(cli, ["install-service", "--user"])
    assert r.exit_code == 0, r.output
    unit = tmp_path / "cfg" / "systemd" / "user" / "interview-watcher.service"
    assert f'ExecStart="{bindir}/interview-watcher" run' in unit.read_text()
    assert "systemctl --user enable --now interview-watcher" in r.output
    assert "journalctl --user -u interview-watcher" in r.output
    assert oct(unit.stat().st_mode & 0o777) == "0o644"
    again = runner.invoke(cli, ["install-service", "--user"])
    assert again.exit_code == 0 and "up to date" in again.output
    unit.write_text(unit.read_text() + "# edited\n")
    refused = runner.invoke(cli, ["install-service", "--user"])
    assert refused.exit_code == 1 and "--force" in refused.output
    forced = runner.invoke(cli, ["install-service", "--user", "--force"])
    assert forced.exit_code == 0 and "# edited" not in unit.read_text()


def test_install_service_refuses_a_system_unit_for_a_program_under_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "watcher.app.service.service_command",
        lambda python=None: (["/home/sam/.local/bin/interview-watcher"], None),
    )
    r = CliRunner().invoke(cli, ["install-service", "--system", "--path", str(tmp_path / "u.service")])
    assert r.exit_code == 1
    assert "ProtectHome" in r.output and "/opt/interview-watcher" in r.output
    assert not (tmp_path / "u.service").exists()


def test_install_service_loads_each_credential_the_config_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        'my_addresses = ["sam@rivera.example"]\n'
        '[[accounts]]\nname = "work"\nhost = "imap.rivera.example"\nusername = "sam"\n'
        'password_credential = "work-imap"\n'
        '[digest]\n[digest.smtp]\nhost = "smtp.rivera.example"\nusername = "sam"\n'
        'password_credential = "smtp"\n'
    )
    monkeypatch.setattr(
        "watcher.app.service.service_command",
        lambda python=None: (["/opt/interview-watcher/bin/interview-watcher"], None),
    )
    target = tmp_path / "interview-watcher.service"
    r = CliRunner().invoke(
        cli, ["--config", str(config), "install-service", "--system", "--path", str(target)]
    )
    assert r.exit_code == 0, r.output
    lines = directives(target.read_text())
    assert f"ExecStart=/opt/interview-watcher/bin/interview-watcher --config {config} run" in lines
    assert "LoadCredential=work-imap:/etc/credstore/interview-watcher.work-imap" in lines
    assert "LoadCredential=smtp:/etc/credstore/interview-watcher.smtp" in lines
    assert "sudo systemctl enable --now interview-watcher" in r.output
