"""`run` (the daemon, watcher.daemon) and `install-service` (writes the unit watcher.app.service plans)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from watcher.app.service import (
    CREDSTORE,
    EXAMPLE_CREDENTIAL,
    Kind,
    ServicePlan,
    default_kind,
    plan_service,
    unit_path,
)
from watcher.cli.context import Ctx, fail, pass_ctx, setup_logging


@click.command("run")
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    default=None,
    help="How much to log to stderr (default for the daemon: info).",
)
@click.pass_context
def run(ctx: click.Context, log_level: str | None) -> None:
    """Run the daemon: scan on a schedule and send the digest each morning.

    Meant for systemd (see `install-service`), but runs in a terminal too;
    Ctrl-C stops it, SIGHUP reloads the config.
    """
    from watcher.daemon.service import Daemon

    obj = ctx.find_object(Ctx)
    config_path = obj.config_path if obj is not None else None
    parent = ctx.parent
    if log_level:
        setup_logging(log_level)
    elif (
        "INTERVIEW_WATCHER_LOG_LEVEL" not in os.environ
        and parent is not None
        and all(
            parent.get_parameter_source(p) == click.core.ParameterSource.DEFAULT
            for p in ("log_level", "verbose")
        )
    ):
        setup_logging("info")  # a daemon's few lines are its only voice
    code = Daemon(config_path).run()
    sys.exit(code)


@click.command("install-service")
@click.option(
    "--user", "kind", flag_value="user", help="A user unit for systemctl --user (default unless root)."
)
@click.option("--system", "kind", flag_value="system", help="A system unit (default for root).")
@click.option("--print", "print_only", is_flag=True, help="Print the unit instead of writing it.")
@click.option(
    "--path",
    "target",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the unit here instead of the systemd directory.",
)
@click.option("--force", is_flag=True, help="Overwrite a unit that differs.")
@pass_ctx
def install_service(obj: Ctx, kind: Kind | None, print_only: bool, target: str | None, force: bool) -> None:
    """Write the systemd unit for this installation (venv, pipx or system Python)."""
    plan = plan_service(kind or default_kind(), obj.config_path)
    if plan.unreadable:
        if not print_only:
            fail(plan.unreadable)
        click.echo(f"interview-watcher: warning: {plan.unreadable}", err=True)
    if print_only:
        click.echo(plan.text, nl=False)
        for n in plan.notes:
            click.echo(f"interview-watcher: note: {n}", err=True)
        return
    path = Path(target).expanduser() if target else unit_path(plan.kind)
    if _write_unit(path, plan, force=force):
        _print_next_steps(path, plan)


def _write_unit(path: Path, plan: ServicePlan, *, force: bool) -> bool:
    """Write the unit (atomically, mode 0644); False when it was already there, as is."""
    if path.exists():
        current = path.read_text(encoding="utf-8", errors="replace")
        if current == plan.text:
            click.echo(f"{path} is up to date")
            return False
        if not force:
            fail(f"{path} exists and differs; compare with --print, then overwrite with --force")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(plan.text, encoding="utf-8")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        hint = " (a system unit needs root: sudo)" if plan.kind == "system" and e.errno in (1, 13) else ""
        fail(f"cannot write {path}: {e.strerror}{hint}")
    return True


def _print_next_steps(path: Path, plan: ServicePlan) -> None:
    kind = plan.kind
    click.echo(f"Wrote {path}")
    for n in plan.notes:
        click.echo(f"Note: {n}")
    ctl = "systemctl --user" if kind == "user" else "sudo systemctl"
    journal = (
        "journalctl --user -u interview-watcher" if kind == "user" else "journalctl -u interview-watcher"
    )
    click.echo("Next:")
    if kind == "system":
        names = plan.credentials if plan.credentials is not None else [EXAMPLE_CREDENTIAL]
        if names:
            click.echo(f"  sudo install -d -m 0700 {CREDSTORE}")
        for name in names:
            click.echo(
                f"  sudo sh -c 'umask 077; cat > {CREDSTORE}/interview-watcher.{name}'"
                f"   # type the secret, then Ctrl-D"
            )
    click.echo(f"  {ctl} daemon-reload")
    click.echo(f"  {ctl} enable --now interview-watcher")
    if kind == "user":
        click.echo('  loginctl enable-linger "$USER"   # keep it running while you are logged out')
    click.echo(f"  {ctl.replace('sudo ', '')} status interview-watcher")
    click.echo(f"  {journal} -f")


COMMANDS = (run, install_service)
