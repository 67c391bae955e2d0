"""`scan`: fetch new mail into the state, with progress, then one line per account."""

from __future__ import annotations

import sys

import click

from watcher.cli.context import Ctx, pass_ctx
from watcher.core.safetext import clean


@click.command()
@click.option(
    "--account", "names", multiple=True, metavar="NAME", help="Scan only this account (repeatable)."
)
@pass_ctx
def scan(obj: Ctx, names: tuple[str, ...]) -> None:
    """Fetch new mail from every account into the local state."""
    from watcher.app.scan import scan as scan_accounts
    from watcher.cli.progress import scan_progress

    with scan_progress() as progress_for:
        results = scan_accounts(obj.settings, names, progress_for=progress_for, log_health=False)
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


COMMANDS = (scan,)
