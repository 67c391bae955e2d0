"""Turn a password source from the config into a password, at the last moment.

Passwords live only in memory, are never logged and never stored in the state.
"""

from __future__ import annotations

import logging
import os
import re
import selectors
import shlex
import signal
import stat
import subprocess
import time
from pathlib import Path

from watcher.config import PasswordSource
from watcher.errors import SecretError

log = logging.getLogger(__name__)


class Secret(str):
    """A str whose repr never shows the value (so a stray log line leaks nothing)."""

    def __repr__(self) -> str:
        return "Secret('***')"


def check_private_file(path: Path, what: str = "password_file") -> None:
    """Refuse a secret file that group or others can read, as ssh does."""
    try:
        st = path.stat()
    except OSError as e:
        raise SecretError(f"{what} {path}: cannot read: {e.strerror}") from None
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretError(
            f"{what} {path} is readable by others (mode {stat.S_IMODE(st.st_mode):04o}); "
            f"fix it with: chmod 600 {shlex.quote(str(path))}"
        )


def resolve_password(src: PasswordSource, what: str, *, timeout: float = 30.0) -> Secret:
    """Read the one configured password source. `what` names the owner in errors.

    Errors name the key (`password_env`, `password_command`), never its value:
    a password pasted there by mistake must not end up on a terminal or in a journal.
    """
    if src.password_env is not None:
        value = os.environ.get(src.password_env)
        if not value:
            if not _ENV_NAME.fullmatch(src.password_env):
                raise SecretError(
                    f"{what}: password_env must name an environment variable (letters, digits, _), "
                    f"not hold the password itself"
                )
            raise SecretError(f"{what}: the environment variable that password_env names is not set or empty")
        return Secret(value)
    if src.password_file is not None:
        path = Path(src.password_file).expanduser()
        check_private_file(path)
        try:
            value = path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as e:
            raise SecretError(f"{what}: password_file {path}: cannot read: {e}") from None
        if not value:
            raise SecretError(f"{what}: password_file {path} is empty")
        return Secret(value)
    if src.password_credential is not None:
        cred_dir = os.environ.get("CREDENTIALS_DIRECTORY")
        if not cred_dir:
            raise SecretError(
                f"{what}: password_credential = {src.password_credential!r} needs "
                f"$CREDENTIALS_DIRECTORY (set by systemd's LoadCredential=)"
            )
        path = Path(cred_dir) / src.password_credential
        try:
            value = path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as e:
            raise SecretError(f"{what}: credential {src.password_credential!r}: cannot read: {e}") from None
        return Secret(value)
    if src.password_command is not None:
        return Secret(run_password_command(src.password_command, what, timeout=timeout))
    raise SecretError(f"{what}: no password configured")


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_EXIT_GRACE = 1.0  # seconds a command that printed its line gets to exit (to see its status)
_STDERR_CAP = 16_384  # bytes of stderr kept (only its last line is ever shown)
_STDOUT_CAP = 65_536  # a password is one short line; more without a line end is a mistake


def run_password_command(cmd: str | list[str], what: str, *, timeout: float = 30.0) -> str:
    """Run `cmd` in its own process group; return the first line it prints.

    Reading stops at the first line or at the command's exit, whichever comes
    first (a background child that keeps the pipe open cannot hold us up). The
    group is killed afterwards, and on timeout, so nothing of it stays behind.
    """
    proc = _start_password_command(cmd, what)
    try:
        pipes = _Pipes(proc, what, timeout)
        pipes.read_first_line()
        code = proc.returncode  # None: still running after printing its line (it is stopped below)
    finally:
        _kill_group(proc)
    if code is not None and code != 0:
        raise SecretError(
            f"{what}: password_command exited with {code}{_stderr_tail(bytes(pipes.err), cmd, code)}"
        )
    value = pipes.out.decode("utf-8", "replace").split("\n", 1)[0].rstrip("\r")
    if not value:
        raise SecretError(f"{what}: password_command printed nothing on its first line")
    return value


def _start_password_command(cmd: str | list[str], what: str) -> subprocess.Popen[bytes]:
    """Start `cmd` in a new session, its pipes ready; a start failure is one clear SecretError."""
    shell = isinstance(cmd, str)  # a list runs without a shell; a string through it (pipes, ~, $VARS)
    try:
        return subprocess.Popen(
            cmd,
            shell=shell,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except FileNotFoundError:
        raise SecretError(f"{what}: password_command: program not found") from None
    except PermissionError:
        raise SecretError(f"{what}: password_command: program not executable") from None
    except OSError as e:
        raise SecretError(
            f"{what}: password_command cannot start: {e.strerror or type(e).__name__}"
        ) from None


class _Pipes:
    """A password command's stdout and stderr, read together so that neither can fill up and block it."""

    def __init__(self, proc: subprocess.Popen[bytes], what: str, timeout: float) -> None:
        assert proc.stdout is not None and proc.stderr is not None
        self.proc, self.what, self.timeout = proc, what, timeout
        self.deadline = time.monotonic() + timeout
        self.out, self.err = bytearray(), bytearray()

    def read_first_line(self) -> None:
        """Read until stdout holds a line or the command exits, then give it a moment to exit."""
        assert self.proc.stdout is not None and self.proc.stderr is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ, self.out)
            sel.register(self.proc.stderr, selectors.EVENT_READ, self.err)
            while b"\n" not in self.out:
                self._check_size()
                if self.proc.poll() is not None:  # exited: take what is already in the pipes, then stop
                    self._drain(sel)
                    break
                self._pump(sel, min(self._time_left(), 0.05))
            if b"\n" in self.out and self.proc.returncode is None:
                self._wait_for_exit(sel)

    def _check_size(self) -> None:
        """Stop a command that prints too much without a line end."""
        if len(self.out) > _STDOUT_CAP:
            raise SecretError(
                f"{self.what}: password_command printed more than {_STDOUT_CAP // 1024} KiB "
                f"without a line end; stopped it"
            )

    def _time_left(self) -> float:
        """Seconds before the deadline; a command that has run out of time is stopped."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise SecretError(
                f"{self.what}: password_command timed out after {self.timeout:g}s without printing a line; "
                f"stopped it"
            )
        return left

    def _pump(self, sel: selectors.BaseSelector, wait: float) -> None:
        for key, _ev in sel.select(wait):
            data = os.read(key.fd, 65536)
            if not data:
                sel.unregister(key.fileobj)
            elif key.data is self.out or len(self.err) < _STDERR_CAP:
                key.data.extend(data)

    def _drain(self, sel: selectors.BaseSelector) -> None:
        """After the exit: what is already in the pipes (bounded, the pipes may be held by a child)."""
        for _ in range(64):
            if not sel.get_map() or not sel.select(0):
                break
            self._pump(sel, 0)

    def _wait_for_exit(self, sel: selectors.BaseSelector) -> None:
        """The line is in; give the command a moment to exit so a failure status is seen."""
        grace = time.monotonic() + min(_EXIT_GRACE, max(0.0, self.deadline - time.monotonic()))
        while self.proc.poll() is None and time.monotonic() < grace:
            self._pump(sel, 0.02)
        if self.proc.returncode is not None:
            self._pump(sel, 0)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the command's process group, SIGKILL what is left, reap the leader."""
    for sig, wait in ((signal.SIGTERM, 0.5), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            break  # nobody left in the group
        end = time.monotonic() + wait
        while time.monotonic() < end:
            if proc.poll() is not None and not group_members(proc.pid):
                break
            time.sleep(0.01)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL cannot be ignored
        log.warning("password_command: process %d did not exit after SIGKILL", proc.pid)


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc; killpg(0) where there is none.

    A zombie has ended: it only waits for its parent (init, once orphaned) to reap it.
    """
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():  # pragma: no cover - Linux has /proc
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
        return [pgid]
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat_line = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat_line.rsplit(")", 1)[-1].split()  # after "pid (comm)": state ppid pgrp ...
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] not in {"Z", "X"}:
            found.append(int(entry.name))
    return found


def _stderr_tail(err: bytes, cmd: str | list[str], code: int) -> str:
    """The command's last stderr line, unless the shell wrote it or it repeats the command:
    `sh: 1: X: not found` would show a password typed into password_command."""
    if code == 127:
        return " (command not found)"
    if code == 126:
        return " (command not executable)"
    lines = err.decode("utf-8", "replace").strip().splitlines()
    if not lines:
        return ""
    line = " ".join(lines[-1].split())
    shown = cmd if isinstance(cmd, str) else " ".join(cmd)
    if _SHELL_LINE.match(line) or shown.strip() in line:
        return ""
    line = "".join(ch for ch in line if ch.isprintable())
    return f": {line[:120]}"


_SHELL_LINE = re.compile(r"^(\S*/)?[a-z]*sh(\[\d+\])?: ")  # "sh: 1: ...", "/bin/bash: line 1: ..."
