"""Turn a password source from the config into a password, at the last moment.

Passwords live only in memory, are never logged and never stored in the state.
"""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
from pathlib import Path

from watcher.config import PasswordSource
from watcher.errors import SecretError


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
    """Read the one configured password source. `what` names the owner in errors."""
    if src.password_env is not None:
        value = os.environ.get(src.password_env)
        if not value:
            raise SecretError(f"{what}: environment variable {src.password_env} is not set or empty")
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
        cmd = src.password_command
        shown = cmd if isinstance(cmd, str) else shlex.join(cmd)
        try:
            # A list runs without a shell; a string runs through the shell (pipes, ~, $VARS).
            proc = subprocess.run(
                cmd,
                shell=isinstance(cmd, str),
                capture_output=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except FileNotFoundError:
            raise SecretError(f"{what}: password_command not found: {shown}") from None
        except subprocess.TimeoutExpired:
            raise SecretError(f"{what}: password_command timed out after {timeout:g}s: {shown}") from None
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            tail = f": {err[-1]}" if err else ""
            raise SecretError(f"{what}: password_command exited with {proc.returncode}{tail}")
        value = proc.stdout.decode("utf-8", "replace").split("\n", 1)[0].rstrip("\r")
        if not value:
            raise SecretError(f"{what}: password_command printed nothing: {shown}")
        return Secret(value)
    raise SecretError(f"{what}: no password configured")
