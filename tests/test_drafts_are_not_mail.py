"""A draft in a scanned folder is not mail: the owner's unsent reply must not count as a nudge sent.

An account whose `folders` list names the Drafts folder (or a server that files drafts in
Sent) would otherwise read the owner's drafts, and the ones `[drafts]` leaves, as messages
the owner sent: the policy would count a nudge that never went out. IMAP (\\Draft), Maildir
(D) and the Gmail API (the DRAFT label) leave them out alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.mailgen import ME, make_mail
from tests.test_maildir_source import Maildir
from tests.test_resync import RECENT, SETTINGS, maildir_account, mids, scan
from watcher.sources.imap import ImapSource
from watcher.sources.maildir import MaildirSource
from watcher.store.state import Store


def test_a_maildir_draft_is_not_read_as_mail_the_owner_sent(tmp_path: Path) -> None:
    md = Maildir(tmp_path / "Mail")
    sent = md.deliver("Sent", make_mail(1, sender=ME), when=RECENT, flags="S")
    md.deliver("Sent", make_mail(2, sender=ME), when=RECENT, flags="DS")  # saved, not sent
    account = maildir_account(md.root, folders=["Sent"])
    with Store(tmp_path / "s.db") as store:
        result = scan(store, MaildirSource(account, SETTINGS), account)
        assert result.new == 1
        assert [m.uid for m in store.messages()] == [sent]
        assert mids(store) == ["<1@fixtures.example>"]


@pytest.mark.dovecot
def test_an_imap_draft_is_not_read_as_mail_the_owner_sent(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    dovecot.append_many(imap_user, "Drafts", [(make_mail(3, sender=ME), RECENT)], flags=["\\Draft"])
    dovecot.append_many(imap_user, "Drafts", [(make_mail(4, sender=ME), RECENT)])  # sent from here
    account = dovecot.account(imap_user, security="none", folders=["Drafts"])
    with Store(tmp_path / "s.db") as store:
        result = scan(store, ImapSource(account, SETTINGS), account)
        assert result.new == 1
        assert mids(store) == ["<4@fixtures.example>"]
