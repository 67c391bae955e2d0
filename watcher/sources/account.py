"""The part every MailSource shares: the account it reads and the settings it runs under."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from watcher.config import Settings


class _Named(Protocol):
    @property
    def name(self) -> str: ...


AccountT = TypeVar("AccountT", bound=_Named)


BODY_CAP = 2_000_000  # bytes of a raw message kept at most, whatever the source


class AccountSource(Generic[AccountT]):
    """What every source keeps: its account, the settings, and the account's name (for logs and errors)."""

    def __init__(self, account: AccountT, settings: Settings) -> None:
        self.account = account
        self.settings = settings
        self.name = account.name
