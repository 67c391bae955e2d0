"""`interview-watcher auth ACCOUNT`: Google's OAuth consent for a gmail (or IMAP XOAUTH2) account."""

from __future__ import annotations

import click

from watcher.cli.context import Ctx, pass_ctx
from watcher.config import GmailAccount, ImapAccount
from watcher.errors import ConfigError


@click.command()
@click.argument("account_name", metavar="ACCOUNT")
@click.option(
    "--no-browser",
    is_flag=True,
    help="Headless: print the URL to open on another machine, then paste back the address "
    "the browser ends on.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Loopback port for Google's redirect (0: any free port; with --no-browser: 8080).",
)
@pass_ctx
def auth(obj: Ctx, account_name: str, no_browser: bool, port: int) -> None:
    """Authorize a Gmail account with Google (OAuth) and save its token (mode 0600).

    Needs the account's client_secrets: a Desktop OAuth client JSON from
    the Google Cloud console. Asks for gmail.readonly, plus gmail.send
    when the digest is delivered with deliver = "gmail".
    """
    from watcher.sources.gmail_auth import authorize

    settings = obj.settings
    account = settings.account(account_name)
    if not (
        isinstance(account, GmailAccount) or (isinstance(account, ImapAccount) and account.auth == "oauth2")
    ):
        raise ConfigError(
            f'{account_name}: auth is for type = "gmail" accounts and for IMAP accounts '
            f'with auth = "oauth2"; this one is type = "{account.type}"'
            + (' with auth = "password"' if isinstance(account, ImapAccount) else "")
        )
    authorize(
        account,
        settings,
        no_browser=no_browser,
        echo=click.echo,
        read=lambda prompt: click.prompt(prompt, prompt_suffix="", show_default=False),
        port=port,
    )
    click.echo(f"Next: interview-watcher check   (then: interview-watcher scan --account {account_name})")


COMMANDS = (auth,)
