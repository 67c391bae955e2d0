"""password_command runs in its own process group and leaves nothing behind; errors never echo a secret."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from watcher.config import PasswordSource
from watcher.errors import SecretError
from watcher.secrets import group_members, resolve_password


def _src(**kw: object) -> PasswordSource:
    return PasswordSource(**kw)


def _alive(pid: int) -> bool:
    """Running (a zombie has ended; it only waits to be reaped by init)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in {"Z", "X"}


def _wait_for(path: Path) -> int:
    end = time.monotonic() + 5
    while not (path.exists() and path.read_text().strip()) and time.monotonic() < end:
        time.sleep(0.01)
    return int(path.read_text().strip())


def test_a_hanging_password_command_is_stopped_with_its_whole_group(tmp_path: Path) -> None:
    leader, child = tmp_path / "leader", tmp_path / "child"
    cmd = f"echo $$ > {leader}; sleep 1000 & echo $! > {child}; sleep 1000"
    started = time.monotonic()
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command=cmd), "accounts.p", timeout=0.5)
    elapsed = time.monotonic() - started
    assert str(err.value) == (
        "accounts.p: password_command timed out after 0.5s without printing a line; stopped it"
    )
    assert elapsed < 3
    pgid, background = _wait_for(leader), _wait_for(child)
    assert not _alive(pgid) and not _alive(background)
    assert group_members(pgid) == []


def test_a_background_child_holding_the_pipe_does_not_hide_the_password(tmp_path: Path) -> None:
    """`sleep & echo PW` printed the password: that is success, at once, and the sleep is stopped."""
    child = tmp_path / "child"
    started = time.monotonic()
    got = resolve_password(
        _src(password_command=f"sleep 100000 & echo $! > {child}; echo PW"), "accounts.p", timeout=5
    )
    assert got == "PW" and time.monotonic() - started < 2
    assert not _alive(_wait_for(child))


def test_a_command_that_exits_without_a_newline_while_a_child_keeps_the_pipe_open() -> None:
    started = time.monotonic()
    assert resolve_password(_src(password_command="sleep 100000 & printf PW"), "p", timeout=5) == "PW"
    assert time.monotonic() - started < 2


def test_a_command_that_prints_its_line_and_then_hangs_gives_the_line(tmp_path: Path) -> None:
    leader = tmp_path / "leader"
    got = resolve_password(
        _src(password_command=f"echo $$ > {leader}; echo PW; sleep 1000"), "accounts.p", timeout=5
    )
    assert got == "PW"
    assert group_members(_wait_for(leader)) == []


def test_a_failing_command_still_reports_its_status_and_stderr() -> None:
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command="echo s3cret; echo oops >&2; exit 3"), "accounts.p")
    assert str(err.value) == "accounts.p: password_command exited with 3: oops"


@pytest.mark.parametrize(
    "typed",
    ["Mistaken-Secret-666", "hunter2 correct horse", "it's-a-secret", "/Secret-Path-666"],
)
def test_a_password_typed_into_password_command_is_not_echoed(typed: str) -> None:
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command=typed), "accounts.p")
    msg = str(err.value)
    assert msg.startswith("accounts.p: password_command ") and "\n" not in msg
    for word in typed.replace("/", " ").split():
        assert word not in msg
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command=[typed]), "accounts.p")
    assert typed not in str(err.value) and "password_command" in str(err.value)


def test_a_password_typed_into_password_env_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_env="Mistaken-Secret-666"), "accounts.p")
    assert "Mistaken-Secret-666" not in str(err.value)
    assert str(err.value) == (
        "accounts.p: password_env must name an environment variable (letters, digits, _), "
        "not hold the password itself"
    )
    monkeypatch.delenv("HUNTER2SECRET", raising=False)
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_env="HUNTER2SECRET"), "accounts.p")
    assert str(err.value) == (
        "accounts.p: the environment variable that password_env names is not set or empty"
    )


def test_endless_output_without_a_line_end_is_stopped_not_buffered() -> None:
    started = time.monotonic()
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command="yes | tr -d '\\n'"), "accounts.p", timeout=10)
    assert str(err.value) == (
        "accounts.p: password_command printed more than 64 KiB without a line end; stopped it"
    )
    assert time.monotonic() - started < 5
