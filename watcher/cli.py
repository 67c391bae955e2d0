"""Thin commands: parse arguments, call the core, print. No logic lives here."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from watcher import __version__
from watcher.config import Settings, config_candidates, config_home_or_fail, load
from watcher.core.safetext import clean, json_safe
from watcher.errors import ConfigError, WatcherError

log = logging.getLogger("watcher")
F = TypeVar("F", bound=Callable[..., Any])


# --- plumbing ---------------------------------------------------------------


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"interview-watcher: {clean(message, multiline=True)}", err=True)
    sys.exit(code)


def setup_logging(level: str) -> None:
    """stderr; under journald no timestamps of our own, and syslog priority prefixes."""
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    from watcher.logs import CleanFormatter, JournalFormatter

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
    def __init__(self, config_path: str | None):
        self.config_path = config_path
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load(self.config_path)
        return self._settings


pass_ctx = click.make_pass_decorator(Ctx)


def parse_now(value: str | None, settings: Settings | None = None) -> datetime:
    """--now ISO-8601; a naive value is read in the configured timezone."""
    tz = settings.tz if settings else None
    if not value:
        return datetime.now(tz).astimezone(tz) if tz else datetime.now().astimezone()
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        fail(f'--now: expected an ISO-8601 date or time like "2026-03-31T08:00", got "{value}"', 2)
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz) if tz else when.astimezone()
    return when


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


# --- init / check / scan ----------------------------------------------------


def config_template() -> str:
    return resources.files("watcher").joinpath("templates/config.toml").read_text(encoding="utf-8")


@cli.command()
@click.option(
    "--path",
    "path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to write it (default: $XDG_CONFIG_HOME/interview-watcher/config.toml).",
)
@pass_ctx
def init(obj: Ctx, path: str | None) -> None:
    """Write a fully commented config file to start from."""
    target = Path(
        path
        or obj.config_path
        or config_home_or_fail("the config file") / "interview-watcher" / "config.toml"
    ).expanduser()
    if target.exists():
        fail(f"{target} already exists; not overwriting it (edit it, or choose another --path)", 1)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(config_template())
    click.echo(f"Wrote {target}")
    click.echo("Next:")
    click.echo("  1. set my_addresses to every address you write from;")
    click.echo("  2. fill in [[accounts]] (host, username and one password_* key);")
    click.echo(
        '  3. choose how the digest reaches you: deliver = "smtp", "imap" or "gmail" under [digest]\n'
        '     (as written, deliver = "stdout" only prints it: nobody is emailed);'
    )
    click.echo(f"  4. run: interview-watcher{'' if path is None else f' --config {target}'} check")


@cli.command()
@pass_ctx
def check(obj: Ctx) -> None:
    """Validate the config, log in to every account and test the digest's delivery (sends nothing)."""
    from watcher.sources import open_source

    settings = obj.settings
    click.echo(f"config: {settings.source_path} ok")
    if not settings.accounts:
        fail("no [[accounts]] configured; add one (see the comments in the config file)", 1)
    failures = 0
    for account in settings.accounts:
        src = open_source(account, settings)
        try:
            src.connect()
            folders = src.folders()
            shown = ", ".join(f"{f.name} ({f.reason})" for f in folders)
            click.echo(f"{account.name}: ok; reads {shown}")
        except WatcherError as e:
            failures += 1
            click.echo(f"{account.name}: FAILED: {clean(str(e).removeprefix(account.name + ': '))}")
        finally:
            try:
                src.close()
            except Exception as e:
                log.debug("%s: close failed: %s", account.name, e)
    if settings.drafts.enabled:
        from watcher.drafts.run import check_drafts

        for line, ok in check_drafts(settings):
            click.echo(line)
            failures += not ok
    failures += check_digest_delivery(settings)
    if failures:
        sys.exit(1)


def check_digest_delivery(settings: Settings) -> int:
    """`check`'s last line: how the digest goes out, tested without sending; 1 if it cannot."""
    from watcher.digest.deliver import STDOUT_ONLY, check_delivery

    if settings.digest.deliver == "stdout":
        click.echo(f"digest: WARNING: {STDOUT_ONLY}")
        return 0
    try:
        click.echo(f"digest: ok; {check_delivery(settings)}")
    except WatcherError as e:
        click.echo(f"digest: FAILED: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
        return 1
    return 0


@cli.command()
@click.option(
    "--account", "names", multiple=True, metavar="NAME", help="Scan only this account (repeatable)."
)
@pass_ctx
def scan(obj: Ctx, names: tuple[str, ...]) -> None:
    """Fetch new mail from every account into the local state."""
    settings = obj.settings
    from watcher.progress import scan_with_progress
    from watcher.store.state import Store

    accounts = [settings.account(n) for n in names] if names else list(settings.accounts)
    if not accounts:
        fail("no [[accounts]] configured; add one (see the comments in the config file)", 1)
    with Store(settings.storage.path) as store:
        results = scan_with_progress(settings, store, accounts)
    failed = 0
    for r in results:
        if r.ok:
            extra = f", {r.skipped} unreadable skipped" if r.skipped else ""
            extra += f"; {r.stopped}" if r.stopped else ""
            click.echo(
                f"{r.account}: {r.new} new, {r.changed} changed, {r.total} total, {r.seconds:.1f}s{extra}"
            )
        else:
            failed += 1
            click.echo(f"{r.account}: FAILED after {r.seconds:.1f}s: {clean(r.error)}")
    if failed:
        sys.exit(1)


# --- status / explain / mark -----------------------------------------------


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (a stable contract for scripts).")
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@click.option(
    "--all", "show_all", is_flag=True, help="Also list cold and closed processes that are not recent."
)
@pass_ctx
def status(obj: Ctx, as_json: bool, now_text: str | None, show_all: bool) -> None:
    """Every interview process and what to do about it, most urgent first."""
    settings = obj.settings
    now = parse_now(now_text, settings)
    from watcher.drafts.run import waiting_drafts
    from watcher.pipeline import assess, by_urgency
    from watcher.progress import index_with_progress
    from watcher.report import render_status_table, status_json
    from watcher.staleness import state_notices
    from watcher.store.state import Store

    with Store(settings.storage.path) as store:
        index_with_progress(settings, store)
        items = by_urgency(assess(settings, store, now))
        notices = state_notices(settings, store)
        drafts = waiting_drafts(settings, store)
    if as_json:
        data = status_json(items, now, settings.tz)
        data["notices"] = [n.as_json() for n in notices]  # [] when the state is fresh
        click.echo(json_safe(json.dumps(data, ensure_ascii=False, indent=1)))
    else:
        from rich.console import Console
        from rich.text import Text

        console = Console()
        for n in notices:  # above the table: what follows may be incomplete
            console.print(Text(f"! {clean(n.text)}", style="bold yellow"), soft_wrap=True)
        render_status_table(items, now, settings, show_all=show_all, console=console, drafts=drafts)


def _find_application(items: list[Any], needle: str) -> Any:
    from watcher.report import find_application

    found = find_application(items, needle)
    if isinstance(found, str):
        fail(found, 2)
    return found


@cli.command()
@click.argument("who", metavar="EMPLOYER|ID")
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@pass_ctx
def explain(obj: Ctx, who: str, now_text: str | None) -> None:
    """Show one process's timeline and the policy steps behind its state."""
    settings = obj.settings
    now = parse_now(now_text, settings)
    from watcher.pipeline import assess
    from watcher.progress import index_with_progress
    from watcher.report import render_explain
    from watcher.store.state import Store

    with Store(settings.storage.path) as store:
        index_with_progress(settings, store)
        items = assess(settings, store, now)
    render_explain(_find_application(items, who), now, settings)


@cli.command()
@click.argument("who", metavar="EMPLOYER|ID")
@click.option("--not-interview", is_flag=True, help="This is not an interview process: hide it.")
@click.option(
    "--interview", "is_interview", is_flag=True, help="This is an interview process, whatever the mail says."
)
@click.option(
    "--closed", type=click.Choice(["rejected", "offer", "withdrawn"]), help="Close it with this outcome."
)
@click.option("--interview-at", metavar="WHEN", help='When the interview is, e.g. "next Friday 3pm".')
@click.option("--reply-by", metavar="WHEN", help='When they said they would reply, e.g. "Friday".')
@click.option(
    "--reopen",
    is_flag=True,
    help='Forget every mark on it and trust the mail again; settles a "check" as still open.',
)
@click.option("--now", "now_text", metavar="ISO-8601", help="Resolve WHEN relative to this moment.")
@click.option(
    "--yes", "-y", is_flag=True, help="Record a date that looks wrong (years off, before the interview)."
)
@pass_ctx
def mark(
    obj: Ctx,
    who: str,
    not_interview: bool,
    is_interview: bool,
    closed: str | None,
    interview_at: str | None,
    reply_by: str | None,
    reopen: bool,
    now_text: str | None,
    yes: bool,
) -> None:
    """Correct what the mail cannot show; marks survive rescans and win over detection."""
    from watcher.marking import apply_mark_command

    apply_mark_command(
        obj.settings,
        who,
        now=parse_now(now_text, obj.settings),
        not_interview=not_interview,
        is_interview=is_interview,
        closed=closed,
        interview_at=interview_at,
        reply_by=reply_by,
        reopen=reopen,
        yes=yes,
    )


# --- later commands register themselves here --------------------------------


def _register_commands() -> None:
    """Commands that live beside what they drive (digest, demo, run, install-service, auth)."""
    from watcher.daemon_commands import register as daemon
    from watcher.digest.commands import register as digest
    from watcher.drafts.commands import register as drafts
    from watcher.sources.gmail_commands import register as gmail

    for register in (digest, daemon, gmail, drafts):
        register(cli)


_register_commands()


def main() -> None:
    try:
        cli(prog_name="interview-watcher")
    except ConfigError as e:  # raised outside a command (e.g. while parsing options)
        fail(str(e), 2)


__all__ = ["cli", "config_candidates", "main"]
