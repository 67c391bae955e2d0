"""`digest` and `demo`: thin commands over watcher.digest and watcher.demo.

Imports of the CLI's helpers happen inside the commands: this module is
imported while watcher.cli itself is still loading.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click


@click.command()
@click.option(
    "--now", "now_text", metavar="ISO-8601", help="Build the digest as of this moment (default: now)."
)
@click.option(
    "--dry-run", "mode", flag_value="dry-run", help="Print the text part; send nothing (the default)."
)
@click.option("--send", "mode", flag_value="send", help="Deliver it (once a day; see --force).")
@click.option(
    "--force",
    is_flag=True,
    help="Send even if today's digest went out already, or has nothing to say (implies --send).",
)
@click.option(
    "--html-out",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Also write the HTML part to FILE, to look at in a browser.",
)
@click.pass_obj
def digest(obj: Any, now_text: str | None, mode: str | None, force: bool, html_out: str | None) -> None:
    """Build today's digest: print it, or send it with --send."""
    from watcher.cli import fail, parse_now
    from watcher.digest import prepare_digest, run_digest
    from watcher.store.state import Store

    settings = obj.settings
    now = parse_now(now_text, settings)
    send = mode == "send" or (mode is None and force)
    from watcher.staleness import state_notices

    with Store(settings.storage.path) as store:
        from watcher.progress import index_with_progress

        index_with_progress(settings, store)
        never_scanned = any(n.kind == "never_scanned" for n in state_notices(settings, store))
        if not send:
            prepared = prepare_digest(settings, store, now)
            if html_out:
                Path(html_out).write_text(prepared.html, encoding="utf-8")
            click.echo(f"Subject: {prepared.subject}\n")
            click.echo(prepared.text, nl=False)
            if not prepared.needs_attention and not settings.digest.send_when_empty and not never_scanned:
                click.echo(
                    "\n(nothing needs attention: with --send, no digest would go out today; "
                    "set send_when_empty = true to get one anyway)",
                    err=True,
                )
            if html_out:
                click.echo(f"HTML written to {html_out}", err=True)
            return
        from watcher.digest.deliver import delivery_config_problem

        problem = delivery_config_problem(settings)
        if problem:
            fail(f"{problem}; nothing sent", 2)
        if never_scanned:  # a digest about mail nobody read would only mislead
            fail("never scanned: run `interview-watcher scan` first; nothing sent", 1)
        outcome = run_digest(settings, store, now, force=force)
        if html_out:
            Path(html_out).write_text(prepare_digest(settings, store, now).html, encoding="utf-8")
    from watcher.core.humandates import fmt_day

    day = fmt_day(outcome.day)
    # With deliver = "stdout" the digest itself is the output; the report goes to stderr.
    err = settings.digest.deliver == "stdout"
    if outcome.status == "sent" and err:
        from watcher.digest.deliver import STDOUT_ONLY

        click.echo(f"Printed the digest for {day} above; {STDOUT_ONLY}.", err=True)
    elif outcome.status == "sent":
        click.echo(f"Sent the digest for {day} to {outcome.to} via {outcome.deliver}: {outcome.subject}")
    elif outcome.status == "already_sent":
        done, again = ("printed", "print") if err else ("sent", "send")
        click.echo(
            f"The digest for {day} was already {done}; nothing {done}. Use --force to {again} it again.",
            err=err,
        )
    elif outcome.status == "maybe_sent":
        click.echo(
            f"The digest for {day} may already have been delivered: {outcome.error}. "
            f"It is not sent again on its own; use --force to send it again.",
            err=True,
        )
    elif outcome.status == "empty":
        click.echo(
            f"Nothing needs attention on {day}; no digest sent "
            f"(set send_when_empty = true to get one anyway).",
            err=err,
        )
    elif outcome.status == "failed":
        fail(
            f"the digest for {day} could not be sent: {outcome.error}\n"
            f"It is recorded as failed and will be retried at the next run.",
            1,
        )


@click.command()
@click.option(
    "--now",
    "now_text",
    metavar="ISO-8601",
    help="Evaluate as of this moment (default: the demo's fixed date, Tue 10 Mar 2026 07:30).",
)
@click.option(
    "--keep", is_flag=True, help="Keep the demo's temporary folder (mail, config, state) and print where."
)
@click.option(
    "--html-out",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Also write the demo digest's HTML to FILE.",
)
def demo(now_text: str | None, keep: bool, html_out: str | None) -> None:
    """Run everything on a small bundled mailbox: no config, no network, no server."""
    from watcher.demo import run_demo

    run_demo(now_text=now_text, keep=keep, html_out=Path(html_out) if html_out else None, out=sys.stdout)


def register(cli: click.Group) -> None:
    cli.add_command(digest)
    cli.add_command(demo)
