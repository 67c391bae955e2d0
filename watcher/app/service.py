"""The daemon's systemd unit: rendered for this installation, planned for `install-service`.

The unit files under systemd/ in the repository are these templates rendered
for the default install locations; a test keeps them in step.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from watcher.config import Settings, config_home_or_fail, load
from watcher.errors import WatcherError

Kind = Literal["system", "user"]

UNIT_NAME = "interview-watcher.service"
#: Where the repository's system unit expects the program (the README installs it there).
DEFAULT_SYSTEM_EXEC = "/opt/interview-watcher/bin/interview-watcher"
#: Where pipx and `pip install --user` put the command.
DEFAULT_USER_EXEC = "%h/.local/bin/interview-watcher"
#: The credential the example config and the README use.
EXAMPLE_CREDENTIAL = "imap-password"
CREDSTORE = "/etc/credstore"

# Paths that ProtectHome= hides from a system service.
_HIDDEN_FROM_SYSTEM = ("/home/", "/root/", "/run/user/")


# How the service runs and restarts: the same for the system and the user unit.
_SERVICE_RUN = """\
Type=notify
NotifyAccess=main
ExecStart={exec_start}
ExecReload=/bin/sh -c "kill -HUP $$MAINPID"
{extra}Restart=on-failure
RestartSec=30s
# Exit status 2 is a config error: it needs a person, not a restart loop.
RestartPreventExitStatus=2
WatchdogSec=2min
TimeoutStopSec=15s
"""

_SYSTEM_TEMPLATE = (
    """\
# interview-watcher as a system service.
#
# Install: interview-watcher install-service --system (writes this file with
# the right ExecStart), then: systemctl daemon-reload && systemctl enable --now interview-watcher
#
# Config:  /etc/interview-watcher/config.toml  ($CONFIGURATION_DIRECTORY, mode 0644: no secrets in it)
# State:   /var/lib/interview-watcher/state.db ($STATE_DIRECTORY, owned by a dynamic user)
# Secrets: one LoadCredential= line per password_credential = "NAME" in the config; the file
#          named here must exist (mode 0600, owner root) or the service does not start.
# Logs:    journalctl -u interview-watcher

[Unit]
Description=interview-watcher: interview follow-ups and a morning digest
Wants=network-online.target
After=network-online.target

[Service]
"""
    + _SERVICE_RUN
    + """\

DynamicUser=yes
StateDirectory=interview-watcher
StateDirectoryMode=0700
ConfigurationDirectory=interview-watcher
{credentials}
UMask=0077

# Hardening: `systemd-analyze security interview-watcher` rates this about 1.1 ("OK").
NoNewPrivileges=yes
CapabilityBoundingSet=
AmbientCapabilities=
ProtectSystem=strict
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
PrivateUsers=yes
PrivateIPC=yes
PrivateMounts=yes
ProtectHostname=yes
ProtectClock=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectProc=invisible
ProcSubset=pid
DevicePolicy=closed
KeyringMode=private
RemoveIPC=yes
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
SystemCallErrorNumber=EPERM

[Install]
WantedBy=multi-user.target
"""
)

_USER_TEMPLATE = (
    """\
# interview-watcher as a user service (systemctl --user).
#
# Install: interview-watcher install-service --user (writes this file with the
# right ExecStart), then: systemctl --user daemon-reload && systemctl --user enable --now interview-watcher
# To keep it running while you are logged out: loginctl enable-linger "$USER"
#
# Config:  ~/.config/interview-watcher/config.toml ($XDG_CONFIG_HOME)
# State:   ~/.local/state/interview-watcher/state.db ($XDG_STATE_HOME)
# Logs:    journalctl --user -u interview-watcher

[Unit]
Description=interview-watcher: interview follow-ups and a morning digest

[Service]
"""
    + _SERVICE_RUN
    + """\
UMask=0077

# Hardening that works without privileges (seccomp and no-new-privileges).
NoNewPrivileges=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RestrictNamespaces=yes
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
SystemCallErrorNumber=EPERM

[Install]
WantedBy=default.target
"""
)


# --- rendering ----------------------------------------------------------------


def systemd_quote(arg: str) -> str:
    """One ExecStart= word: quoted when needed, with % and $ escaped (systemd.service(5))."""
    if arg and not any(c in arg for c in " \t\n\"'\\;%$"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


def credential_line(name: str) -> str:
    return f"LoadCredential={name}:{CREDSTORE}/interview-watcher.{name}"


def render_unit(
    kind: Kind,
    command: list[str],
    *,
    credentials: list[str] | None = None,
    pythonpath: str | None = None,
    raw_exec: bool = False,
) -> str:
    """The unit text. `command` runs the program (the `run` argument is added here);
    `credentials` are the LoadCredential= names (system units only; None: the example).
    `raw_exec` leaves the first word unquoted, for specifiers such as %h."""
    words = [command[0] if raw_exec else systemd_quote(command[0])]
    words += [systemd_quote(w) for w in command[1:]] + ["run"]
    extra = f"Environment={systemd_quote('PYTHONPATH=' + pythonpath)}\n" if pythonpath else ""
    if kind == "user":
        return _USER_TEMPLATE.format(exec_start=" ".join(words), extra=extra)
    if credentials is None:
        credentials = [EXAMPLE_CREDENTIAL]
    if credentials:
        cred = "\n".join(credential_line(n) for n in credentials)
    else:
        cred = f"# No password_credential in the config; to add one:\n# {credential_line(EXAMPLE_CREDENTIAL)}"
    return _SYSTEM_TEMPLATE.format(exec_start=" ".join(words), extra=extra, credentials=cred)


def default_unit(kind: Kind) -> str:
    """What the repository ships under systemd/."""
    if kind == "user":
        return render_unit("user", [DEFAULT_USER_EXEC], raw_exec=True)
    return render_unit("system", [DEFAULT_SYSTEM_EXEC])


# --- finding the running installation -------------------------------------------


def _shebang_python(script: Path) -> str | None:
    try:
        with script.open("rb") as f:
            first = f.readline(512)
    except OSError:
        return None
    if not first.startswith(b"#!"):
        return None
    parts = first[2:].decode("utf-8", "replace").split()
    return parts[0] if parts else None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _site_dirs() -> list[Path]:
    dirs = {sysconfig.get_paths().get(k) for k in ("purelib", "platlib")}
    try:
        import site

        dirs.update(site.getsitepackages())
        dirs.add(site.getusersitepackages())
    except AttributeError:  # pragma: no cover - some embedded Pythons lack these
        pass
    return [Path(d).resolve() for d in dirs if d]


def service_command(python: str | None = None) -> tuple[list[str], str | None]:
    """How systemd should start this installation: (command, PYTHONPATH or None).

    A venv or pipx install has the console script next to its python; a system install
    may have it elsewhere on PATH (checked by its #! line); otherwise `python -m watcher`,
    with PYTHONPATH when the package is not installed (a source checkout)."""
    python = os.path.abspath(python or sys.executable)
    beside = Path(python).parent / "interview-watcher"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)], None
    found = shutil.which("interview-watcher")
    if found:
        interp = _shebang_python(Path(found))
        if interp and _same_file(interp, python):
            return [os.path.abspath(found)], None
    import watcher

    package_root = Path(watcher.__file__).resolve().parent.parent
    installed = any(package_root == d or d in package_root.parents for d in _site_dirs())
    return [python, "-m", "watcher"], None if installed else str(package_root)


def unit_path(kind: Kind) -> Path:
    if kind == "user":
        return config_home_or_fail("the user unit") / "systemd" / "user" / UNIT_NAME
    return Path("/etc/systemd/system") / UNIT_NAME


def config_credentials(settings: Settings) -> list[str]:
    names: list[str] = []
    sources = [*settings.accounts, *([settings.digest.smtp] if settings.digest.smtp else [])]
    for src in sources:
        name = getattr(src, "password_credential", None)
        if name and name not in names:
            names.append(name)
    return names


def hidden_from_system_service(path: str) -> bool:
    p = os.path.abspath(path) + "/"
    return p.startswith(_HIDDEN_FROM_SYSTEM)


# --- the plan ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServicePlan:
    """What `install-service` would write, and what to tell the user about it."""

    kind: Kind
    text: str  # the unit file
    #: a path of the command a system service cannot read (ProtectHome=yes), and what to do instead
    unreadable: str | None = None
    #: the LoadCredential= names of a system unit read from the config (None: the example's)
    credentials: list[str] | None = None
    notes: tuple[str, ...] = ()


def default_kind() -> Kind:
    """A system unit for root, a user unit for everyone else."""
    return "system" if os.geteuid() == 0 else "user"


def _unreadable(command: list[str], pythonpath: str | None) -> str | None:
    hidden = [p for p in [*command, pythonpath or ""] if p and hidden_from_system_service(p)]
    if not hidden:
        return None
    return (
        f"{hidden[0]} is under /home, /root or /run/user, which a system service cannot read "
        f"(ProtectHome=yes). Install it for the system instead:\n"
        f"  sudo python3 -m venv /opt/interview-watcher\n"
        f"  sudo /opt/interview-watcher/bin/pip install .   # from a checkout\n"
        f"  sudo /opt/interview-watcher/bin/interview-watcher install-service --system\n"
        f"or use a user service: interview-watcher install-service --user"
    )


def _system_config(config_path: str | None) -> tuple[list[str] | None, list[str]]:
    """The credentials a system unit loads, read from the config, and notes on what the
    service will not be able to read."""
    try:
        settings = load(
            config_path or os.environ.get("INTERVIEW_WATCHER_CONFIG") or "/etc/interview-watcher/config.toml"
        )
    except WatcherError as e:
        return None, [
            f"could not read the config ({str(e).splitlines()[0]}); "
            f"the unit loads the example credential {EXAMPLE_CREDENTIAL!r}"
        ]
    notes = []
    maildirs = [
        a.name for a in settings.accounts if a.type == "maildir" and hidden_from_system_service(str(a.path))
    ]
    if maildirs:
        notes.append(
            f"maildir account(s) {', '.join(maildirs)} live under /home, /root or /run/user, which "
            f"the service cannot read (ProtectHome=yes); keep the mail under /srv or /var, readable by all"
        )
    files = [a.name for a in settings.accounts if getattr(a, "password_file", None)]
    if files:
        notes.append(
            f"account(s) {', '.join(files)} use password_file, which the service's "
            f'dynamic user cannot read; use password_credential = "NAME" instead'
        )
    return config_credentials(settings), notes


def plan_service(kind: Kind, config_path: str | None) -> ServicePlan:
    """The unit for this installation (venv, pipx or system Python), run with `config_path`."""
    command, pythonpath = service_command()
    if config_path:
        command += ["--config", os.path.abspath(os.path.expanduser(config_path))]
    if kind == "user":
        return ServicePlan(kind, render_unit(kind, command, pythonpath=pythonpath))
    unreadable = _unreadable(command, pythonpath)
    credentials, notes = _system_config(config_path)
    text = render_unit(kind, command, credentials=credentials, pythonpath=pythonpath)
    return ServicePlan(kind, text, unreadable, credentials, tuple(notes))
