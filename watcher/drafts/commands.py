"""`interview-watcher drafts [--dry-run] [--now ISO-8601]`: write and tidy the drafts now.

Imports of the CLI's helpers happen inside the command: this module is
imported while watcher.cli itself is still loading.
"""

from __future__ import annotations

from typing import Any

import click


@click.command("drafts")
@click.option(
    "--dry-run", is_flag=True, help="Print what would be written, updated and deleted; change nothing."
)
@click.option("--now", "now_text", metavar="ISO-8601", help="Evaluate as of this moment (default: now).")
@click.pass_obj
def drafts(obj: Any, dry_run: bool, now_text: str | None) -> None:
    """Leave replies waiting in your Drafts folder: nudges, thank-you notes, answers to asks."""
    from watcher.cli import fail, parse_now
    from watcher.drafts.run import run_drafts
    from watcher.errors import WatcherError
    from watcher.pipeline import assess, by_urgency
    from watcher.progress import index_with_progress
    from watcher.store.state import Store

    settings = obj.settings
    if not settings.drafts.enabled and not dry_run:
        fail("drafts are off: set enabled = true under [drafts] in the config (or try --dry-run)", 2)
    now = parse_now(now_text, settings)
    try:
        with Store(settings.storage.path) as store:
            index_with_progress(settings, store)
            items = by_urgency(assess(settings, store, now))
            outcomes = run_drafts(settings, store, items, now, dry_run=dry_run)
    except WatcherError as e:
        fail(str(e), 1)
    if not outcomes:
        click.echo("No draft wanted right now.")
    for o in outcomes:
        click.echo(o.line())
    if any(o.action == "failed" for o in outcomes):
        raise SystemExit(1)


def register(cli: click.Group) -> None:
    cli.add_command(drafts)
