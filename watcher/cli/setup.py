"""`init` (a commented config file to start from) and `check` (config, logins, the digest's way out)."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import click

from watcher.cli.context import Ctx, fail, log, pass_ctx
from watcher.config import Settings, config_home_or_fail
from watcher.core.safetext import clean
from watcher.errors import WatcherError


def config_template() -> str:
    return resources.files("watcher").joinpath("templates/config.toml").read_text(encoding="utf-8")


@click.command()
@click.option(
    "--path",
    type=click.Path(dir_okay=False),
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


@click.command()
@pass_ctx
def check(obj: Ctx) -> None:
    """Validate the config, log in to every account and test the digest's delivery (sends nothing)."""
    from watcher.app.scan import chosen_accounts
    from watcher.sources import open_source

    settings = obj.settings
    click.echo(f"config: {settings.source_path} ok")
    failures = 0
    for account in chosen_accounts(settings):
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
        from watcher.app.drafts import check_drafts

        for line, ok in check_drafts(settings):
            click.echo(line)
            failures += not ok
    failures += check_digest_delivery(settings)
    from watcher.app.push import check_lines

    lines, bad = check_lines(settings)  # [notify]: each service, redacted
    for line in lines:
        click.echo(line)
    failures += bad
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


COMMANDS = (init, check)
