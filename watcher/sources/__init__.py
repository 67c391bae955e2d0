"""Mail sources: each turns a mailbox into raw messages and per-folder sync state.

Sources do I/O only. Parsing lives in watcher.core.mail, storage in watcher.store.state,
and the loop that joins them in watcher.app.ingest.
"""

from __future__ import annotations

from watcher.config import GmailAccount, ImapAccount, MaildirAccount, Settings
from watcher.sources.base import MailSource


def open_source(account: ImapAccount | MaildirAccount | GmailAccount, settings: Settings) -> MailSource:
    if account.type == "imap":
        from watcher.sources.imap import ImapSource

        return ImapSource(account, settings)
    if account.type == "maildir":
        from watcher.sources.maildir import MaildirSource

        return MaildirSource(account, settings)
    from watcher.sources.gmail import GmailSource

    return GmailSource(account, settings)
