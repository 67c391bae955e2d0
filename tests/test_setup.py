"""Setup that fails quietly: what a new user meets between `init` and the first digest."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from watcher.cli import cli


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
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
    from watcher.cli import hoist_global_options

    commands = dict(cli.commands)
    assert hoist_global_options(["run", "--log-level", "debug"], commands) == ["run", "--log-level", "debug"]
    assert hoist_global_options(["check", "--config", "F", "-v"], commands) == [
        "--config",
        "F",
        "-v",
        "check",
    ]
    assert hoist_global_options(["mark", "X", "--", "--config"], commands) == ["mark", "X", "--", "--config"]
