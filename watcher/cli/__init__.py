"""The command line: thin commands that parse options, call `watcher.app` and print what it returns.

One module per command group (setup: init and check; scan; status: status, explain and mark;
digest; drafts; demo; daemon: run and install-service; auth), all sharing `context`.
"""

from __future__ import annotations

import os

import click

from watcher import __version__
from watcher.cli import auth, daemon, demo, digest, drafts, scan, setup, status
from watcher.cli.context import Ctx, Group, fail, setup_logging
from watcher.config import config_candidates
from watcher.errors import ConfigError


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    type=click.Path(dir_okay=False),
    help="Config file (default: $INTERVIEW_WATCHER_CONFIG, then "
    "$XDG_CONFIG_HOME/interview-watcher/config.toml, then /etc/interview-watcher/config.toml).",
)
@click.option(
    "--log-level",
    default=os.environ.get("INTERVIEW_WATCHER_LOG_LEVEL", "warning"),
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    show_default=True,
    help="How much to log to stderr.",
)
@click.option("-v", "--verbose", is_flag=True, help="Same as --log-level info.")
@click.version_option(__version__, prog_name="interview-watcher")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, log_level: str, verbose: bool) -> None:
    """Follow up after interviews: often enough, never a pest.

    Reads your mailbox, finds your interview processes and tells you each
    morning who is due a polite nudge and who has gone cold.
    """
    setup_logging("info" if verbose and log_level == "warning" else log_level)
    ctx.obj = Ctx(config_path)


def _add_commands() -> None:
    for module in (setup, scan, status, digest, drafts, demo, daemon, auth):
        for command in module.COMMANDS:
            cli.add_command(command)


_add_commands()


def main() -> None:
    try:
        cli(prog_name="interview-watcher")
    except ConfigError as e:  # raised outside a command (e.g. while parsing options)
        fail(str(e), 2)


__all__ = ["cli", "config_candidates", "main"]
