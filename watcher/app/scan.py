"""`scan`: fetch what is new from the chosen accounts into the state (see `watcher.app.ingest`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from watcher.app.ingest import AnyAccount, Progress, ScanResult, scan_account
from watcher.config import Settings
from watcher.errors import WatcherError
from watcher.store.state import Store

#: The progress display of one account's scan (the CLI's bar or lines), or None for none.
ProgressFor = Callable[[AnyAccount], Progress | None]

NO_ACCOUNTS = "no [[accounts]] configured; add one (see the comments in the config file)"


def chosen_accounts(settings: Settings, names: Sequence[str] = ()) -> list[AnyAccount]:
    """The accounts named (all when none is), ConfigError for an unknown name or none at all."""
    accounts = [settings.account(n) for n in names] if names else list(settings.accounts)
    if not accounts:
        raise NoAccounts(NO_ACCOUNTS)
    return accounts


class NoAccounts(WatcherError):
    """The config has no [[accounts]]: nothing to scan or check."""


def scan(
    settings: Settings,
    names: Sequence[str] = (),
    *,
    progress_for: ProgressFor | None = None,
    log_health: bool = True,
) -> list[ScanResult]:
    """One result per account, in order; one account's failure never stops the others.
    `log_health`: log an account's failing and recovery (the CLI prints its results instead)."""
    accounts = chosen_accounts(settings, names)
    with Store(settings.storage.path) as store:
        return [
            scan_account(
                settings,
                store,
                account,
                progress=progress_for(account) if progress_for else None,
                log_health=log_health,
            )
            for account in accounts
        ]
