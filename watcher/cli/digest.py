"""`digest`: print today's digest, or send it once a day (watcher.app.digest)."""

from __future__ import annotations

from pathlib import Path

import click

from watcher.app.clock import parse_now
from watcher.cli.context import Ctx, fail, pass_ctx


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
@pass_ctx
def digest(obj: Ctx, now_text: str | None, mode: str | None, force: bool, html_out: str | None) -> None:
    """Build today's digest: print it, or send it with --send."""
    from watcher.app.digest import preview_digest, send_digest
    from watcher.cli.progress import index_with_progress
    from watcher.core.humandates import fmt_day
    from watcher.digest.deliver import STDOUT_ONLY
    from watcher.store.records import DigestStatus

    settings = obj.settings
    now = parse_now(now_text, settings)
    if not (mode == "send" or (mode is None and force)):
        preview = preview_digest(settings, now, refresh=index_with_progress)
        prepared = preview.prepared
        if html_out:
            Path(html_out).write_text(prepared.html, encoding="utf-8")
        click.echo(f"Subject: {prepared.subject}\n")
        click.echo(prepared.text, nl=False)
        if not prepared.needs_attention and not settings.digest.send_when_empty and not preview.never_scanned:
            click.echo(
                "\n(nothing needs attention: with --send, no digest would go out today; "
                "set send_when_empty = true to get one anyway)",
                err=True,
            )
        if html_out:
            click.echo(f"HTML written to {html_out}", err=True)
        return
    outcome, html = send_digest(
        settings, now, force=force, html=html_out is not None, refresh=index_with_progress
    )
    if html_out and html is not None:
        Path(html_out).write_text(html, encoding="utf-8")
    day = fmt_day(outcome.day)
    # With deliver = "stdout" the digest itself is the output; the report goes to stderr.
    err = settings.digest.deliver == "stdout"
    if outcome.status == DigestStatus.SENT and err:
        click.echo(f"Printed the digest for {day} above; {STDOUT_ONLY}.", err=True)
    elif outcome.status == DigestStatus.SENT:
        click.echo(f"Sent the digest for {day} to {outcome.to} via {outcome.deliver}: {outcome.subject}")
    elif outcome.status == DigestStatus.ALREADY_SENT:
        done, again = ("printed", "print") if err else ("sent", "send")
        click.echo(
            f"The digest for {day} was already {done}; nothing {done}. Use --force to {again} it again.",
            err=err,
        )
    elif outcome.status == DigestStatus.MAYBE_SENT:
        click.echo(
            f"The digest for {day} may already have been delivered: {outcome.error}. "
            f"It is not sent again on its own; use --force to send it again.",
            err=True,
        )
    elif outcome.status == DigestStatus.SKIPPED:
        click.echo(
            f"Nothing needs attention on {day}; no digest sent "
            f"(set send_when_empty = true to get one anyway).",
            err=err,
        )
    elif outcome.status == DigestStatus.FAILED:
        fail(
            f"the digest for {day} could not be sent: {outcome.error}\n"
            f"It is recorded as failed and will be retried at the next run.",
            1,
        )


COMMANDS = (digest,)
