"""OAuth for Gmail: the installed-app flow, and the token file it leaves behind.

The token file is the google-auth "authorized user" JSON (refresh token,
client id/secret, token endpoint, last access token). It is a secret: written
atomically with mode 0600, refused when others can read it, saved again after
every refresh so the newest access token survives a restart. An
`invalid_grant` from Google (revoked, or the 7-day expiry of apps left in
"Testing") becomes one clear line: run `interview-watcher auth NAME` again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from google.auth.exceptions import GoogleAuthError, RefreshError, TransportError
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import Request as HttplibRequest

from watcher.config import APP, GmailAccount, ImapAccount, Settings, config_home_or_fail
from watcher.deadline import DeadlineExceeded
from watcher.errors import AuthError, ConfigError, SourceError
from watcher.secrets import check_private_file
from watcher.sources.http_deadline import DeadlineHttp

log = logging.getLogger(__name__)

READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SEND = "https://www.googleapis.com/auth/gmail.send"
COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
IMAP_SCOPE = "https://mail.google.com/"  # the only scope Gmail's IMAP accepts for XOAUTH2

OAuthAccount = GmailAccount | ImapAccount


# --- what to ask for ---------------------------------------------------------


def digest_gmail_account(settings: Settings) -> GmailAccount | None:
    """The gmail account that sends the digest when `deliver = "gmail"`, else None."""
    if settings.digest.deliver != "gmail":
        return None
    gmail = [a for a in settings.accounts if isinstance(a, GmailAccount)]
    name = settings.digest.gmail_account
    if name:
        for a in gmail:
            if a.name == name:
                return a
        raise ConfigError(
            f'digest.gmail_account: expected the name of a type = "gmail" account '
            f'({", ".join(a.name for a in gmail) or "none configured"}), got "{name}"'
        )
    if not gmail:
        raise ConfigError('digest.deliver = "gmail" needs an [[accounts]] entry with type = "gmail"')
    return gmail[0]


def drafts_enabled(settings: Settings) -> bool:
    """`[drafts] enabled = true` adds gmail.compose (drafts.create/update/delete)."""
    drafts = getattr(settings, "drafts", None)
    return bool(getattr(drafts, "enabled", False))


def scopes_for(account: OAuthAccount, settings: Settings) -> list[str]:
    """Least privilege: read, plus send only for the digest's account, plus compose for drafts."""
    if isinstance(account, ImapAccount):
        return [IMAP_SCOPE]
    scopes = [READONLY]
    try:
        sender = digest_gmail_account(settings)
    except ConfigError:
        sender = None
    if sender is not None and sender.name == account.name:
        scopes.append(SEND)
    if drafts_enabled(settings):
        scopes.append(COMPOSE)
    return scopes


# --- where things are --------------------------------------------------------


def token_path(account: OAuthAccount, settings: Settings) -> Path:
    """The configured token_file, else `<state dir>/<account>-token.json` (next to state.db)."""
    if account.token_file is not None:
        return Path(account.token_file).expanduser()
    return Path(settings.storage.path).expanduser().parent / f"{account.name}-token.json"


def client_secrets_path(account: OAuthAccount) -> Path:
    if account.client_secrets is not None:
        return Path(account.client_secrets).expanduser()
    return config_home_or_fail("client_secret.json") / APP / "client_secret.json"


def reauth_message(name: str, detail: str = "") -> str:
    why = f" ({detail})" if detail else ""
    return (
        f"{name}: Google no longer accepts the saved authorization{why}; "
        f"run `interview-watcher auth {name}` again"
    )


# --- the token file ----------------------------------------------------------


def save_credentials(creds: Credentials, path: Path) -> None:
    """Write the token atomically (temp file in the same folder, fsync, rename), mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data: str = creds.to_json()  # type: ignore[no-untyped-call]
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename durable too
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def load_credentials(path: Path, name: str) -> Credentials:
    """Read a token file written by `auth`. Missing or broken → AuthError saying what to run."""
    if not path.exists():
        raise AuthError(f"{name}: no OAuth token at {path} yet; run `interview-watcher auth {name}` first")
    check_private_file(path, "token_file")
    try:
        info: Any = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(info, dict):
            raise ValueError("not a JSON object")
        creds: Credentials = Credentials.from_authorized_user_info(info)  # type: ignore[no-untyped-call]
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise AuthError(
            f"{name}: token_file {path} is unreadable ({e}); run `interview-watcher auth {name}` again"
        ) from None
    # google-auth always points a loaded token at Google's endpoint; keep the one the token came from.
    token_uri = info.get("token_uri")
    if isinstance(token_uri, str) and token_uri and token_uri != creds.token_uri:
        expiry = creds.expiry
        creds = cast(Credentials, creds.with_token_uri(token_uri))
        creds.expiry = expiry  # the copy forgets it (and would never refresh ahead of a 401)
    return creds


def refresh_error(name: str, e: BaseException) -> SourceError:
    """Map a google-auth failure to our errors (never with a token in the text)."""
    text = str(e.args[0]) if e.args else str(e)
    if isinstance(e, RefreshError):
        if "invalid_grant" in text:
            return AuthError(
                reauth_message(
                    name,
                    "invalid_grant: revoked, or expired after 7 days because the OAuth app is in Testing",
                )
            )
        if "invalid_client" in text or "unauthorized_client" in text:
            return AuthError(
                f"{name}: Google refused the OAuth client ({text.split(':')[0]}); check "
                f"client_secrets and run `interview-watcher auth {name}` again"
            )
        return AuthError(f"{name}: token refresh failed: {text[:200]}")
    if isinstance(e, TransportError):
        return SourceError(f"{name}: cannot reach Google's token endpoint: {text[:200]}")
    return SourceError(f"{name}: OAuth failed: {text[:200]}")


class TokenKeeper:
    """Credentials plus the file they live in; saves again whenever google-auth refreshed them."""

    def __init__(self, account: OAuthAccount, settings: Settings, *, timeout: float) -> None:
        self.name = account.name
        self.path = token_path(account, settings)
        self.timeout = timeout
        self.creds = load_credentials(self.path, self.name)
        self._saved = (self.creds.token, self.creds.expiry)

    def request(self) -> HttplibRequest:
        return HttplibRequest(DeadlineHttp(self.timeout))  # the whole refresh within timeout

    def fresh(self) -> Credentials:
        """Refresh now when the access token is missing or expired; save after."""
        if not self.creds.valid:
            try:
                self.creds.refresh(self.request())  # type: ignore[no-untyped-call]
            except GoogleAuthError as e:
                raise refresh_error(self.name, e) from None
            except DeadlineExceeded as e:  # google-auth passes socket errors through unwrapped
                raise SourceError(
                    f"{self.name}: cannot reach Google's token endpoint: {e} (timeout_seconds)"
                ) from None
            except OSError as e:
                reason = "timed out" if isinstance(e, TimeoutError) else (e.strerror or type(e).__name__)
                raise SourceError(f"{self.name}: cannot reach Google's token endpoint: {reason}") from None
        self.save_if_changed()
        return self.creds

    def save_if_changed(self) -> None:
        now = (self.creds.token, self.creds.expiry)
        if now != self._saved:
            save_credentials(self.creds, self.path)
            self._saved = now
            log.info("%s: refreshed OAuth token saved to %s", self.name, self.path)


# --- the installed-app flow --------------------------------------------------

SUCCESS_PAGE = "interview-watcher is authorized. You can close this tab and return to the terminal."


def authorize(
    account: OAuthAccount,
    settings: Settings,
    *,
    no_browser: bool = False,
    echo: Callable[[str], None] = print,
    read: Callable[[str], str] = input,
    browser: str | None = None,
    port: int = 0,
    timeout_seconds: int = 300,
) -> Path:
    """Run Google's installed-app flow for `account` and save the token. Returns its path.

    With a browser: a one-shot server on localhost receives Google's redirect.
    Without (`no_browser`): print the URL; after consent the browser lands on
    http://localhost:PORT/?code=... (a page that fails to load on a headless
    box) and the user pastes that address back here.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    secrets = client_secrets_path(account)
    if not secrets.is_file():
        raise ConfigError(
            f"{account.name}: no OAuth client at {secrets}; create a Desktop OAuth client in the Google "
            f'Cloud console, download its JSON there, or set client_secrets (see the README, "Gmail")'
        )
    scopes = scopes_for(account, settings)
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(secrets), scopes=scopes)
    except (ValueError, KeyError, OSError) as e:
        raise ConfigError(
            f"{account.name}: client_secrets {secrets} is not a Desktop OAuth client JSON: {e}"
        ) from None
    extra = {"access_type": "offline", "prompt": "consent"}  # always hand out a refresh token
    echo(f"Authorizing {account.name} for: {', '.join(s.rsplit('/', 1)[-1] or s for s in scopes)}")
    try:
        if no_browser:
            _paste_flow(flow, echo=echo, read=read, port=port or 8080, extra=extra)
        else:
            import webbrowser

            try:
                flow.run_local_server(
                    host="localhost",
                    port=port,
                    open_browser=True,
                    browser=browser,
                    authorization_prompt_message="If no browser opened, visit this URL:\n{url}",
                    success_message=SUCCESS_PAGE,
                    timeout_seconds=timeout_seconds,
                    **extra,
                )
            except webbrowser.Error:
                raise AuthError(
                    f"{account.name}: no web browser found here; run "
                    f"`interview-watcher auth {account.name} --no-browser`"
                ) from None
    except AuthError:
        raise
    except GoogleAuthError as e:
        raise refresh_error(account.name, e) from None
    except Warning as e:  # oauthlib: the user unticked a permission on Google's consent page
        new = getattr(e, "new_scope", None) or []
        missing = [s.rsplit("/", 1)[-1] or s for s in scopes if s not in new]
        raise AuthError(
            f"{account.name}: Google's consent page did not grant {', '.join(missing) or 'every scope'}"
            f"; run `interview-watcher auth {account.name}` again and allow every permission "
            f"it asks for"
        ) from None
    except Exception as e:  # oauthlib / requests / WSGI timeout: one clear line
        kind = type(e).__name__
        if kind == "WSGITimeoutError":
            raise AuthError(
                f"{account.name}: no answer from the browser within {timeout_seconds}s; "
                f"try again (or use --no-browser)"
            ) from None
        if kind in {"ConnectionError", "Timeout"} or isinstance(e, OSError):
            raise SourceError(f"{account.name}: cannot reach Google: {e}") from None
        raise AuthError(f"{account.name}: authorization failed: {kind}: {e}") from None
    creds = flow.credentials
    if not creds.refresh_token:
        log.warning(
            "%s: Google sent no refresh token; remove the app's access at "
            "myaccount.google.com/permissions and run auth again",
            account.name,
        )
    path = token_path(account, settings)
    save_credentials(creds, path)
    echo(f"Saved the token to {path} (mode 0600).")
    return path


def _paste_flow(
    flow: Any, *, echo: Callable[[str], None], read: Callable[[str], str], port: int, extra: dict[str, str]
) -> None:
    flow.redirect_uri = f"http://localhost:{port}/"
    url, state = flow.authorization_url(**extra)
    echo("Open this URL in a browser on any machine and allow access:")
    echo("")
    echo(url)
    echo("")
    echo(
        f"Afterwards the browser goes to http://localhost:{port}/?... and shows an error page "
        f"(nothing listens there). Copy that page's whole address from the address bar."
    )
    answer = read("Paste the address here: ").strip()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(answer).query) if "?" in answer else {}
    if "error" in query:
        raise AuthError(f"authorization refused: {query['error'][0]}")
    code = (query.get("code") or [""])[0] if query else answer  # a bare code works too
    if not code:
        raise AuthError("no authorization code in what was pasted; paste the whole address")
    if query and (query.get("state") or [""])[0] != state:
        raise AuthError(
            "the pasted address belongs to another authorization attempt (state mismatch); "
            "run auth again and use the newest URL"
        )
    flow.fetch_token(code=code)
