"""OAuth for Gmail: the installed-app flow against the fake token endpoint, scopes, the token file."""

from __future__ import annotations

import json
import stat
import threading
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.fake_gmail import FakeGmail
from watcher.config import GmailAccount, ImapAccount, Settings, parse
from watcher.errors import AuthError, ConfigError
from watcher.sources.gmail_auth import (
    IMAP_SCOPE,
    READONLY,
    SEND,
    authorize,
    load_credentials,
    save_credentials,
    scopes_for,
    token_path,
)

ME = "sam@rivera.example"


def oauth_account(settings: Settings, name: str) -> GmailAccount | ImapAccount:
    """The named account, as one that signs in with OAuth (a Gmail or an XOAUTH2 IMAP account)."""
    account = settings.account(name)
    assert isinstance(account, GmailAccount | ImapAccount)
    return account


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start(ME) as fake:
        yield fake


@pytest.fixture(autouse=True)
def plain_http_token_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    """oauthlib insists on https for the token endpoint; the fake is plain http on loopback."""
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


def config(
    tmp_path: Path, fake: FakeGmail | None = None, *, deliver: str = "stdout", extra: str = ""
) -> Settings:
    secrets = fake.write_client_secrets(tmp_path / "client_secret.json") if fake else tmp_path / "none.json"
    return parse(
        f'my_addresses = ["{ME}"]\n[storage]\npath = "{tmp_path / "state" / "state.db"}"\n'
        f'[digest]\ndeliver = "{deliver}"\n'
        f'[[accounts]]\nname = "gm"\ntype = "gmail"\nclient_secrets = "{secrets}"\n'
        f'[[accounts]]\nname = "other"\ntype = "gmail"\n'
        f'[[accounts]]\nname = "imap-oauth"\nhost = "imap.gmail.com"\nusername = "{ME}"\nauth = "oauth2"\n'
        f'token_file = "{tmp_path / "imap-token.json"}"\nclient_secrets = "{secrets}"\n' + extra
    )


# --- scopes -------------------------------------------------------------------------


def test_scopes_are_readonly_plus_send_only_for_the_account_that_sends_the_digest(tmp_path: Path) -> None:
    s = config(tmp_path)
    assert scopes_for(oauth_account(s, "gm"), s) == [READONLY]
    s = config(tmp_path, deliver="gmail")
    assert scopes_for(oauth_account(s, "gm"), s) == [READONLY, SEND]
    assert scopes_for(oauth_account(s, "other"), s) == [READONLY]
    s = parse(
        f'my_addresses = ["{ME}"]\n[digest]\ndeliver = "gmail"\ngmail_account = "other"\n'
        '[[accounts]]\nname = "gm"\ntype = "gmail"\n[[accounts]]\nname = "other"\ntype = "gmail"\n'
    )
    assert scopes_for(oauth_account(s, "gm"), s) == [READONLY]
    assert scopes_for(oauth_account(s, "other"), s) == [READONLY, SEND]


def test_imap_xoauth2_asks_for_the_one_scope_gmail_imap_accepts(tmp_path: Path) -> None:
    s = config(tmp_path)
    assert scopes_for(oauth_account(s, "imap-oauth"), s) == [IMAP_SCOPE]


def test_the_token_defaults_to_the_state_folder(tmp_path: Path) -> None:
    s = config(tmp_path)
    assert token_path(oauth_account(s, "gm"), s) == tmp_path / "state" / "gm-token.json"
    assert token_path(oauth_account(s, "imap-oauth"), s) == tmp_path / "imap-token.json"


# --- the token file -------------------------------------------------------------------


def test_the_token_is_written_atomically_with_mode_0600(gmail: FakeGmail, tmp_path: Path) -> None:
    path = tmp_path / "deep" / "token.json"
    gmail.write_token(tmp_path / "seed.json")
    creds = load_credentials(tmp_path / "seed.json", "gm")
    path.parent.mkdir()
    path.write_text("old")
    path.chmod(0o644)
    save_credentials(creds, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["refresh_token"] == creds.refresh_token
    assert sorted(p.name for p in path.parent.iterdir()) == ["token.json"]  # no temp file left
    again = load_credentials(path, "gm")
    assert again.token_uri == gmail.url + "token"  # the token endpoint it came from is kept


def test_a_broken_token_file_says_to_run_auth_again(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text('{"token": "x"}')
    path.chmod(0o600)
    with pytest.raises(AuthError, match=r"unreadable .* run `interview-watcher auth gm` again"):
        load_credentials(path, "gm")


# --- the installed-app flow ------------------------------------------------------------


def test_no_browser_prints_the_url_and_takes_the_pasted_address(gmail: FakeGmail, tmp_path: Path) -> None:
    s = config(tmp_path, gmail, deliver="gmail")
    printed: list[str] = []
    asked: list[str] = []

    def paste(prompt: str) -> str:
        asked.append(prompt)
        url = next(line for line in printed if line.startswith(gmail.url + "o/oauth2/auth"))
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        assert q["access_type"] == ["offline"] and q["code_challenge_method"] == ["S256"]
        assert q["scope"][0].split() == [READONLY, SEND]
        return f"{q['redirect_uri'][0]}?state={q['state'][0]}&code={gmail.grant_code(q['scope'][0])}"

    path = authorize(oauth_account(s, "gm"), s, no_browser=True, echo=printed.append, read=paste)

    assert asked and any("localhost:8080" in line for line in printed)
    assert path == tmp_path / "state" / "gm-token.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = json.loads(path.read_text())
    assert saved["refresh_token"] in gmail.refresh_tokens and saved["token"] in gmail.access_tokens
    assert saved["token_uri"] == gmail.url + "token"


def test_a_pasted_address_from_another_attempt_is_refused(gmail: FakeGmail, tmp_path: Path) -> None:
    s = config(tmp_path, gmail)
    with pytest.raises(AuthError, match="state mismatch"):
        authorize(
            oauth_account(s, "gm"),
            s,
            no_browser=True,
            echo=lambda _l: None,
            read=lambda _p: f"http://localhost:8080/?state=nope&code={gmail.grant_code()}",
        )


def test_a_refused_consent_is_one_clear_error(gmail: FakeGmail, tmp_path: Path) -> None:
    s = config(tmp_path, gmail)
    with pytest.raises(AuthError, match="access_denied"):
        authorize(
            oauth_account(s, "gm"),
            s,
            no_browser=True,
            echo=lambda _l: None,
            read=lambda _p: "http://localhost:8080/?error=access_denied",
        )


class RedirectingBrowser(webbrowser.BaseBrowser):
    """Plays the user's browser: consents at once and follows Google's redirect to the loopback server."""

    def __init__(self, fake: FakeGmail) -> None:
        super().__init__("iw-test")
        self.fake = fake
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        code = self.fake.grant_code(q["scope"][0])
        target = f"{q['redirect_uri'][0]}?state={q['state'][0]}&code={code}"
        threading.Thread(
            target=lambda: urllib.request.urlopen(target, timeout=10).read(), daemon=True
        ).start()
        return True


def test_the_browser_flow_receives_the_redirect_on_loopback(
    gmail: FakeGmail, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "*")
    browser = RedirectingBrowser(gmail)
    webbrowser.register("iw-test", None, browser)
    s = config(tmp_path, gmail)
    path = authorize(
        oauth_account(s, "imap-oauth"),
        s,
        browser="iw-test",
        echo=lambda _l: None,
        timeout_seconds=20,
    )
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.opened[0]).query)
    assert q["redirect_uri"][0].startswith("http://localhost:") and q["scope"] == [IMAP_SCOPE]
    assert path == tmp_path / "imap-token.json" and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["refresh_token"] in gmail.refresh_tokens


def test_a_permission_left_unticked_on_the_consent_page_is_a_clear_error(
    gmail: FakeGmail, tmp_path: Path
) -> None:
    s = config(tmp_path, gmail, deliver="gmail")
    seen: list[str] = []

    def paste(_prompt: str) -> str:
        url = next(line for line in seen if "/o/oauth2/auth?" in line)
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        return f"http://localhost:8080/?state={q['state'][0]}&code={gmail.grant_code(READONLY)}"

    with pytest.raises(AuthError, match=r"gmail.send.*allow every permission"):
        authorize(oauth_account(s, "gm"), s, no_browser=True, echo=seen.append, read=paste)


def test_a_missing_client_secrets_file_explains_where_to_get_one(tmp_path: Path) -> None:
    s = config(tmp_path)
    with pytest.raises(ConfigError, match="Desktop OAuth client"):
        authorize(oauth_account(s, "gm"), s, no_browser=True)


# --- the command ------------------------------------------------------------------------


def test_auth_command_refuses_a_password_imap_account(tmp_path: Path) -> None:
    from watcher.cli import cli

    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'my_addresses = ["{ME}"]\n[[accounts]]\nname = "p"\nhost = "imap.example"\n'
        f'username = "u"\npassword_env = "X"\n'
    )
    r = CliRunner().invoke(cli, ["--config", str(cfg), "auth", "p"])
    assert r.exit_code == 2
    assert 'auth = "oauth2"' in r.output and "Traceback" not in r.output


def test_auth_command_no_browser_saves_the_token(
    gmail: FakeGmail, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watcher.cli import cli

    cfg = tmp_path / "config.toml"
    secrets = gmail.write_client_secrets(tmp_path / "client_secret.json")
    cfg.write_text(
        f'my_addresses = ["{ME}"]\n[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "gm"\ntype = "gmail"\nclient_secrets = "{secrets}"\n'
        f'token_file = "{tmp_path / "tok.json"}"\n'
    )
    import google_auth_oauthlib.flow as flow_mod

    real = flow_mod.Flow.authorization_url
    seen: dict[str, str] = {}

    def remember(self: object, **kw: str) -> tuple[str, str]:
        url, state = real(self, **kw)
        seen["state"] = state
        return url, state

    monkeypatch.setattr(flow_mod.Flow, "authorization_url", remember)

    import click

    monkeypatch.setattr(
        click,
        "prompt",
        lambda *_a, **_k: f"http://localhost:8080/?state={seen['state']}&code={gmail.grant_code()}",
    )
    r = CliRunner().invoke(cli, ["--config", str(cfg), "auth", "gm", "--no-browser"])
    assert r.exit_code == 0, r.output
    assert "Open this URL" in r.output and "Saved the token" in r.output
    assert stat.S_IMODE((tmp_path / "tok.json").stat().st_mode) == 0o600
