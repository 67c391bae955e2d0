"""TLS against a real Dovecot with a self-signed certificate: verified, or refused — never plain text."""

from __future__ import annotations

import ssl

import pytest

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.mailgen import ME
from watcher.config import Settings
from watcher.errors import SourceError
from watcher.sources.imap import ImapSource

pytestmark = pytest.mark.dovecot

SETTINGS = Settings.model_validate({"my_addresses": [ME], "timezone": "UTC"})


def logged_in(server: Dovecot, user: DovecotUser) -> bool:
    return f"Login: user=<{user.name}>" in server.log_path.read_text(errors="replace")


def test_ssl_with_ca_file_verifies_the_self_signed_server(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    src = ImapSource(dovecot.account(imap_user, security="ssl"), SETTINGS)
    src.connect()
    try:
        sock = src.client.socket()
        assert isinstance(sock, ssl.SSLSocket) and sock.version() in {"TLSv1.2", "TLSv1.3"}
        assert [f.name for f in src.folders()] == ["INBOX", "Sent"]
    finally:
        src.close()


def test_starttls_with_ca_file_upgrades_before_login(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    src = ImapSource(dovecot.account(imap_user, security="starttls"), SETTINGS)
    src.connect()
    try:
        assert isinstance(src.client.socket(), ssl.SSLSocket)
        assert src.folders()[0].name == "INBOX"
    finally:
        src.close()
    assert logged_in(dovecot, imap_user)


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_self_signed_server_is_refused_without_ca_file(
    dovecot: Dovecot, imap_user: DovecotUser, security: str
) -> None:
    account = dovecot.account(imap_user, security=security, ca_file=False)
    with pytest.raises(SourceError) as err:
        ImapSource(account, SETTINGS).connect()
    msg = str(err.value)
    assert msg.startswith(f"personal: TLS certificate verify failed for 127.0.0.1:{account.port}: ")
    assert "self-signed certificate" in msg and "set ca_file" in msg and "\n" not in msg
    assert not logged_in(dovecot, imap_user)  # the password never left


def test_starttls_not_offered_fails_instead_of_falling_back_to_plain_text(dovecot_bare: Dovecot) -> None:
    user = dovecot_bare.add_user()
    account = dovecot_bare.account(user, security="starttls")
    with pytest.raises(SourceError) as err:
        ImapSource(account, SETTINGS).connect()
    assert str(err.value) == (
        f"personal: 127.0.0.1:{account.port} does not offer STARTTLS; refusing to log in without TLS "
        f'(use security = "ssl" if the server has an SSL port)'
    )
    assert not logged_in(dovecot_bare, user)


def test_ssl_against_a_plain_port_says_what_is_likely_wrong(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    account = dovecot.account(imap_user, security="ssl", port=dovecot.imap_port)
    with pytest.raises(SourceError) as err:
        ImapSource(account, SETTINGS).connect()
    assert "TLS handshake with" in str(err.value) and 'try security = "starttls"' in str(err.value)


def test_a_missing_ca_file_is_named(dovecot: Dovecot, imap_user: DovecotUser, tmp_path: object) -> None:
    account = dovecot.account(imap_user, security="ssl", ca_file=False)
    account = account.model_copy(update={"ca_file": f"{tmp_path}/nope.pem"})
    with pytest.raises(SourceError, match=r"^personal: ca_file .*/nope.pem: cannot load: "):
        ImapSource(account, SETTINGS).connect()
