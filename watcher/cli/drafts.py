"""`drafts [--dry-run] [--now ISO-8601]`: write and tidy the replies waiting in the Drafts folder now."""

from __future__ import annotations

import click

from watcher.app.clock import parse_now
from watcher.cli.context import Ctx, fail, pass_ctx


@click.command("drafts")
@click.option(
    "--dry-run", is_flag=True, help="Print what would be written, updated and deleted; change nothing."
)
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@pass_ctx
def drafts(obj: Ctx, dry_run: bool, now_text: str | None) -> None:
    """Leave replies waiting in your Drafts folder: nudges, thank-you notes, answers to asks."""
    from watcher.app.drafts import drafts as write_drafts
    from watcher.cli.progress import index_with_progress
    from watcher.errors import WatcherError

    settings = obj.settings
    if not settings.drafts.enabled and not dry_run:
        fail("drafts are off: set enabled = true under [drafts] in the config (or try --dry-run)", 2)
    try:
        outcomes = write_drafts(
            settings, parse_now(now_text, settings), dry_run=dry_run, refresh=index_with_progress
        )
    except WatcherError as e:
        fail(str(e), 1)
    if not outcomes:
        click.echo("No draft wanted right now.")
    for o in outcomes:
        click.echo(o.line())
    if any(o.action == "failed" for o in outcomes):
        raise SystemExit(1)


COMMANDS = (drafts,)
