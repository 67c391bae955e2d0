"""What every command module shares: the context (config path, settings loaded once), the one-line
failure, logging set-up, and the group that turns a WatcherError into one line and an exit code."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import Any, NoReturn

import click

from watcher.config import Settings, load
from watcher.core.safetext import clean
from watcher.errors import WatcherError
from watcher.logs import CleanFormatter, JournalFormatter

log = logging.getLogger("watcher")


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"interview-watcher: {clean(message, multiline=True)}", err=True)
    sys.exit(code)


def setup_logging(level: str) -> None:
    """stderr; under journald no timestamps of our own, and syslog priority prefixes."""
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    handler = logging.StreamHandler(sys.stderr)
    inner: logging.Formatter
    if os.environ.get("JOURNAL_STREAM"):
        inner = JournalFormatter()
    else:
        inner = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
    handler.setFormatter(CleanFormatter(inner))
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Libraries are chatty at INFO; their news is ours to tell.
    for noisy in ("imapclient", "googleapiclient", "apscheduler", "urllib3", "mail.log"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


class Ctx:
    """The group's context object: the --config path, and the settings read from it on first use."""

    def __init__(self, config_path: str | None):
        self.config_path = config_path
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load(self.config_path)
        return self._settings


pass_ctx = click.make_pass_decorator(Ctx)


#: The group's own options, with whether each takes a value. They are accepted after the
#: command too (`interview-watcher check --config F`), as people type them.
GLOBAL_OPTIONS = {"--config": True, "--log-level": True, "-v": False, "--verbose": False}


def hoist_global_options(args: list[str], commands: Mapping[str, click.Command]) -> list[str]:
    """Move global options found after the command name in front of it.

    Options the command defines itself (`run --log-level`) stay with the command, and
    nothing after `--` moves."""
    i = 0
    while i < len(args):  # skip the global options already in front of the command
        arg = args[i]
        if arg == "--" or not arg.startswith("-"):
            break
        i += 2 if GLOBAL_OPTIONS.get(arg) else 1
    if i >= len(args) or args[i] not in commands:
        return args
    command = commands[args[i]]
    own = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
    head, tail, moved = args[: i + 1], [], []
    rest = args[i + 1 :]
    j = 0
    while j < len(rest):
        arg = rest[j]
        if arg == "--":
            tail += rest[j:]
            break
        name, eq, _value = arg.partition("=")
        if name in GLOBAL_OPTIONS and name not in own:
            if GLOBAL_OPTIONS[name] and not eq and j + 1 < len(rest):
                moved += rest[j : j + 2]
                j += 2
                continue
            moved.append(arg)
        else:
            tail.append(arg)
        j += 1
    return [*head[:-1], *moved, head[-1], *tail]


class Group(click.Group):
    """Turns every WatcherError into one line and an exit code, never a traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(list(args), self.commands))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WatcherError as e:
            lines = str(e).splitlines() or [type(e).__name__]
            for line in lines:
                click.echo(f"interview-watcher: {clean(line)}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("interview-watcher: interrupted", err=True)
            sys.exit(130)
