"""`interview-watcher demo`: the whole product on a small bundled mailbox (see `watcher.demo`)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import TextIO

import click

from watcher.app.clock import parse_now
from watcher.config import load
from watcher.demo import DEMO_NOW, OWNER, demo_folder


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
    run_demo(now_text=now_text, keep=keep, html_out=Path(html_out) if html_out else None, out=sys.stdout)


def run_demo(
    *,
    now_text: str | None = None,
    keep: bool = False,
    html_out: Path | None = None,
    out: TextIO | None = None,
) -> None:
    """Scan a copy of the bundled mailbox, then print the status table and the digest."""
    from rich.console import Console

    from watcher.app.digest import preview_digest
    from watcher.app.scan import scan
    from watcher.app.status import status
    from watcher.cli.report import render_status_table

    out = out or sys.stdout
    with demo_folder(keep=keep) as folder:
        settings = load(folder / "config.toml")
        now = parse_now(now_text, settings) if now_text else DEMO_NOW
        local = now.astimezone(settings.tz)
        results = scan(settings)
        items = status(settings, now).items
        prepared = preview_digest(settings, now).prepared
        console = Console(file=out, highlight=False)  # the terminal's width, as `status` uses
        console.print(
            f"[bold]interview-watcher demo[/]: invented mail for {OWNER}, "
            f"as of {local:%a %-d %b %Y %H:%M} ({settings.tz.key})."
        )
        for r in results:
            if r.ok:
                console.print(
                    f"Scanned the bundled Maildir: {r.total} messages, "
                    f"{len(items)} interview processes found."
                )
            else:
                console.print(f"[red]Scanning the bundled Maildir failed: {r.error}[/]")
        console.print()
        render_status_table(items, now, settings, show_all=True, console=console)
        console.print()
        console.rule("The morning digest (text part)", align="left")
        out.flush()
        width = console.width
        out.write(fit(f"Subject: {prepared.subject}\n\n{prepared.text}", width))
        if html_out is not None:
            html_out.write_text(prepared.html, encoding="utf-8")
            out.write(fit(f"\nHTML part written to {html_out}\n", width))
        out.write(
            fit(
                "\nTry it on your own mail: interview-watcher init, then check, scan, status and digest.\n",
                width,
            )
        )
        if keep:
            out.write(fit(f"Demo files kept in {folder} (use --config {folder / 'config.toml'}).\n", width))
        out.flush()


def fit(text: str, width: int) -> str:
    """Wrap each line to the terminal, keeping its indentation (and a bullet's hanging
    indent): the digest's text part is mail, with paragraphs on one line each."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        hang = indent + ("  " if line.lstrip().startswith(("* ", "- ")) else "")
        lines += textwrap.wrap(
            line.strip(),
            width=width,
            initial_indent=indent,
            subsequent_indent=hang,
            break_on_hyphens=False,
        ) or [""]
    return "\n".join(lines)


COMMANDS = (demo,)
