"""Getting the digest to the owner: SMTP, IMAP APPEND, the Gmail API or stdout.

Transient network trouble is retried with backoff; everything else (a refused
login, a certificate that does not verify, a server without STARTTLS) fails at
once with a message that says what to fix. Passwords are resolved at the last
moment and never appear in errors.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import ssl
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from typing import Any, TextIO

from watcher.config import GmailAccount, ImapAccount, Settings, SmtpSettings
from watcher.core.safetext import clean
from watcher.deadline import DeadlineExceeded, Deadlines, DeadlineSocketHolder
from watcher.errors import DeliveryError, MaybeDeliveredError, SecretError
from watcher.secrets import resolve_password

log = logging.getLogger(__name__)

DEFAULT_RETRY_DELAYS: tuple[float, ...] = (5.0, 30.0)


class TransientError(Exception):
    """Worth another try in a moment (connection refused, timeout, 4xx)."""


Handover = Callable[[], None]


def _nothing() -> None:
    pass


# --- the message ------------------------------------------------------------


def build_message(
    *, subject: str, text: str, html: str, to: str, sender: str | None, message_id: str, now: datetime
) -> EmailMessage:
    """multipart/alternative: text first, HTML last (the preferred part goes last)."""
    msg = EmailMessage()
    msg["From"] = sender or formataddr(("interview-watcher", parseaddr(to)[1] or to))
    msg["To"] = to
    msg["Subject"] = clean(subject)  # a header: one line, no control characters
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    # Machine-written: no auto-replies to it, and our own classifier skips it when it
    # lands in a scanned mailbox.
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Interview-Watcher"] = "digest"
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


# --- retries ------------------------------------------------------------------


def with_retries(what: str, attempt: Callable[[], None], delays: Sequence[float]) -> None:
    """Run `attempt`; on TransientError wait and retry, then give up with a DeliveryError."""
    for i in range(len(delays) + 1):
        try:
            attempt()
            return
        except TransientError as e:
            if i == len(delays):
                tries = len(delays) + 1
                raise DeliveryError(
                    f"{what}: {e} (gave up after {tries} attempt{'s' if tries > 1 else ''})"
                ) from None
            log.warning("%s: %s; retrying in %gs", what, e, delays[i])
            time.sleep(delays[i])


# --- SMTP ---------------------------------------------------------------------


def _tls_context(ca_file: object | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _smtp_command(data: bytes) -> str | None:
    """An SMTP command line ("EHLO x", "MAIL FROM:<...>", "DATA"); None for the message itself."""
    word = data.split(b"\r\n", 1)[0].split(b" ", 1)[0]  # smtplib writes "ehlo", "mail FROM:", "data"
    known = {b"EHLO", b"HELO", b"STARTTLS", b"AUTH", b"MAIL", b"RCPT", b"DATA", b"RSET", b"NOOP", b"QUIT"}
    return word.upper().decode() if word.upper() in known else None


class _Deadlined(DeadlineSocketHolder):
    """smtplib over a DeadlineSocket: each command and its reply within timeout_seconds.

    `on_data` runs as the DATA phase begins: from then on the server may have the message."""

    _deadlines: Deadlines
    on_data: Handover = staticmethod(_nothing)
    data_began = False

    def data(self, msg: Any) -> Any:
        self.data_began = True
        self.on_data()
        return super().data(msg)  # type: ignore[misc]


class _SMTP(_Deadlined, smtplib.SMTP):
    def __init__(self, deadlines: Deadlines, host: str, port: int) -> None:
        self._deadlines = deadlines
        with deadlines.operation("connecting"):  # TCP and the greeting
            super().__init__(host, port, timeout=deadlines.read_timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return socket.create_connection((host, port), self._deadlines.io_timeout(), self.source_address)


class _SMTP_SSL(_Deadlined, smtplib.SMTP_SSL):
    def __init__(self, deadlines: Deadlines, host: str, port: int, context: ssl.SSLContext) -> None:
        self._deadlines = deadlines
        with deadlines.operation("connecting"):  # TCP, the TLS handshake and the greeting
            super().__init__(host, port, timeout=deadlines.read_timeout, context=context)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        raw = socket.create_connection((host, port), self._deadlines.io_timeout(), self.source_address)
        raw.settimeout(self._deadlines.io_timeout())  # CPython bounds the whole handshake by it
        return self.context.wrap_socket(raw, server_hostname=self._host)  # type: ignore[attr-defined]


def _smtp_error(e: BaseException, where: str) -> Exception:
    """Sort an exception into transient (retry) or final (DeliveryError)."""
    if isinstance(e, ssl.SSLCertVerificationError):
        return DeliveryError(
            f"{where}: the server's certificate does not verify ({e.verify_message}); "
            f"if it is self-signed, set ca_file in [digest.smtp]"
        )
    if isinstance(e, ssl.SSLError):
        return DeliveryError(f"{where}: TLS failed: {e.reason or e}")
    if isinstance(e, smtplib.SMTPAuthenticationError):
        return DeliveryError(f"{where}: login refused: {e.smtp_code} {_text(e.smtp_error)}")
    if isinstance(e, smtplib.SMTPNotSupportedError):
        return DeliveryError(f"{where}: {e}")
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _m in e.recipients.values()]
        detail = "; ".join(f"{r}: {c} {_text(m)}" for r, (c, m) in e.recipients.items())
        if codes and all(400 <= c < 500 for c in codes):
            return TransientError(f"recipient deferred: {detail}")
        return DeliveryError(f"{where}: recipient refused: {detail}")
    if isinstance(e, smtplib.SMTPResponseException):
        if 400 <= e.smtp_code < 500:
            return TransientError(f"{e.smtp_code} {_text(e.smtp_error)}")
        return DeliveryError(f"{where}: the server said {e.smtp_code} {_text(e.smtp_error)}")
    if isinstance(e, smtplib.SMTPServerDisconnected):
        return TransientError(f"connection closed: {e}")
    if isinstance(e, socket.gaierror):
        return TransientError(f"cannot resolve the host name ({e.strerror or e})")
    if isinstance(e, ConnectionRefusedError):
        return TransientError("connection refused")
    if isinstance(e, TimeoutError | socket.timeout):
        return TransientError("timed out")
    if isinstance(e, OSError):
        return TransientError(e.strerror or str(e))
    if isinstance(e, smtplib.SMTPException):
        return DeliveryError(f"{where}: {e}")
    return DeliveryError(f"{where}: {type(e).__name__}: {e}")


def _text(v: bytes | str) -> str:
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)


def _smtp_password(smtp: SmtpSettings) -> str | None:
    if not smtp.username:
        return None
    try:
        return resolve_password(smtp, "digest.smtp")
    except SecretError as e:
        raise DeliveryError(str(e)) from None


@contextlib.contextmanager
def _smtp_session(smtp: SmtpSettings, password: str | None, deadlines: Deadlines) -> Iterator[smtplib.SMTP]:
    """Connected, encrypted as configured, and logged in; `send` and `check` share it."""
    host, port, where = smtp.host, smtp.effective_port, f"SMTP {smtp.host}:{smtp.effective_port}"
    ctx = _tls_context(smtp.ca_file)
    client: smtplib.SMTP = (
        _SMTP_SSL(deadlines, host, port, ctx) if smtp.security == "ssl" else _SMTP(deadlines, host, port)
    )
    with client:
        client.ehlo()
        if smtp.security == "starttls":
            if not client.has_extn("starttls"):
                # Never fall back to plain text: the password and the digest would travel in clear.
                raise DeliveryError(
                    f"{where}: the server does not offer STARTTLS; "
                    f'refusing to continue without encryption (security = "starttls")'
                )
            client.starttls(context=ctx)
            client.ehlo()
        if smtp.username and password is not None:
            client.login(smtp.username, password)
        yield client


def send_smtp(
    msg: EmailMessage, smtp: SmtpSettings, *, delays: Sequence[float], on_handover: Handover = _nothing
) -> None:
    """Send once. An error before DATA (refused, login, recipient) is safe to retry; a lost
    answer after DATA raises MaybeDeliveredError instead, and is not retried."""
    where = f"SMTP {smtp.host}:{smtp.effective_port}"
    password = _smtp_password(smtp)

    def attempt() -> None:
        deadlines = Deadlines(smtp.timeout_seconds, command_name=_smtp_command)
        client: smtplib.SMTP | None = None
        delivered = False
        try:
            with _smtp_session(smtp, password, deadlines) as client:
                client.on_data = on_handover  # type: ignore[attr-defined]
                client.send_message(msg)
                delivered = True
        except DeliveryError:
            raise
        except Exception as e:
            if delivered:
                return  # only QUIT failed, after the 250 for the message: nothing can undo it
            # smtplib turns a failed read or write into "Server not connected": say which deadline ran out.
            fired = e if isinstance(e, DeadlineExceeded) else deadlines.fired
            detail = (
                f"{fired.what} did not finish within {fired.seconds:g}s (timeout_seconds)"
                if fired is not None
                else str(_smtp_error(e, where))
            )
            if getattr(client, "data_began", False) and not isinstance(e, smtplib.SMTPResponseException):
                # The server may hold the message and have queued it: sending again could deliver it twice.
                raise MaybeDeliveredError(
                    f"{where}: the connection failed after the message was handed over ({detail})"
                ) from None
            if fired is not None:
                raise TransientError(detail) from None
            raise _smtp_error(e, where) from None

    with_retries(where, attempt, delays)


def check_smtp(smtp: SmtpSettings) -> str:
    """`check`: connect and log in exactly as sending does, then QUIT; no mail is sent."""
    where = f"SMTP {smtp.host}:{smtp.effective_port}"
    password = _smtp_password(smtp)
    try:
        with _smtp_session(
            smtp, password, Deadlines(smtp.timeout_seconds, command_name=_smtp_command)
        ) as client:
            client.noop()
    except DeliveryError:
        raise
    except Exception as e:
        text = str(_smtp_error(e, where))
        raise DeliveryError(text if text.startswith(where) else f"{where}: {text}") from None
    login = f"logged in as {smtp.username}" if smtp.username else "no login configured"
    return f"{where} ({smtp.security}), {login}"


# --- IMAP APPEND ----------------------------------------------------------------


def _imap_target(settings: Settings) -> tuple[ImapAccount, str, str]:
    d = settings.digest
    if d.imap is None:
        raise DeliveryError('deliver = "imap" needs [digest.imap] account = "NAME"')
    account = settings.account(d.imap.account)
    if not isinstance(account, ImapAccount):
        raise DeliveryError(f"digest.imap.account: {account.name!r} is not an imap account")
    return account, d.imap.folder, f"IMAP {account.host}:{account.effective_port} ({account.name})"


def _holds(client: object, folder: str, message_id: str) -> bool:
    """Whether `folder` holds a message with this Message-ID (UID SEARCH HEADER Message-ID)."""
    client.select_folder(folder, readonly=True)  # type: ignore[attr-defined]
    found = client.search(["HEADER", "Message-ID", message_id])  # type: ignore[attr-defined]
    return bool(found)


def imap_holds(settings: Settings, message_id: str) -> bool:
    """Whether the digest folder already holds `message_id`: after a crash between APPEND and
    the record, this tells a digest that arrived from one that did not."""
    from watcher.errors import SourceError
    from watcher.sources import imap as imap_source

    account, folder, where = _imap_target(settings)
    src = imap_source.ImapSource(account, settings)
    try:
        src.connect()
        return _holds(src.client, folder, message_id)
    except (SourceError, SecretError) as e:
        raise DeliveryError(str(e)) from None
    except Exception as e:
        raise DeliveryError(f"{where}: cannot look for {message_id} in {folder}: {e}") from None
    finally:
        with contextlib.suppress(Exception):
            src.close()


def append_imap(
    msg: EmailMessage,
    settings: Settings,
    *,
    now: datetime,
    delays: Sequence[float],
    on_handover: Handover = _nothing,
) -> None:
    """APPEND to the INBOX of [digest.imap].account, logging in exactly as a scan does
    (same TLS rules, same password source): no SMTP server needed.

    Exactly once: a retry after an APPEND whose answer was lost first looks for the
    Message-ID in the folder."""
    from imapclient.exceptions import IMAPClientError

    from watcher.errors import AuthError, SourceError
    from watcher.sources import imap as imap_source

    account, folder, where = _imap_target(settings)
    transient: tuple[type[BaseException], ...] = tuple(
        t for t in (getattr(imap_source, "_Transient", None),) if isinstance(t, type)
    )
    raw = msg.as_bytes()
    message_id = str(msg["Message-ID"])
    appending = False  # an APPEND was started and its answer may have been lost

    def attempt() -> None:
        nonlocal appending
        src = imap_source.ImapSource(account, settings)
        try:
            src.connect()
            if appending and _holds(src.client, folder, message_id):
                appending = False
                return  # the lost APPEND did arrive
            appending = True
            on_handover()
            src.client.append(folder, raw, flags=(), msg_time=now)
            appending = False
        except (AuthError, SecretError) as e:
            raise DeliveryError(str(e)) from None
        except SourceError as e:
            if transient and isinstance(e, transient):
                raise TransientError(str(e)) from None
            raise DeliveryError(str(e)) from None
        except (OSError, EOFError) as e:
            raise TransientError(f"{where}: {e}") from None
        except IMAPClientError as e:
            if "abort" in type(e).__name__.lower():
                raise TransientError(f"{where}: {e}") from None
            appending = False  # a NO or BAD: the server said it did not store it
            raise DeliveryError(f"{where}: APPEND to {folder} failed: {e}") from None
        finally:
            with contextlib.suppress(Exception):
                src.close()

    try:
        with_retries(where, attempt, delays)
    except DeliveryError as e:
        if appending:
            raise MaybeDeliveredError(f"{e}; the last APPEND may have arrived") from None
        raise


def check_imap(settings: Settings) -> str:
    """`check`: log in to [digest.imap].account as APPEND would and select its folder read-only."""
    from imapclient.exceptions import IMAPClientError

    from watcher.errors import SourceError
    from watcher.sources import imap as imap_source

    account, folder, where = _imap_target(settings)
    src = imap_source.ImapSource(account, settings)
    try:
        src.connect()
        src.client.select_folder(folder, readonly=True)
    except (SourceError, SecretError) as e:
        raise DeliveryError(str(e)) from None
    except (IMAPClientError, OSError, EOFError) as e:
        raise DeliveryError(f"{where}: cannot select {folder}: {e}") from None
    finally:
        with contextlib.suppress(Exception):
            src.close()
    return f"{where}, appends to {folder}"


# --- Gmail and stdout -------------------------------------------------------------


def send_gmail(msg: EmailMessage, settings: Settings) -> None:
    from watcher.sources.gmail import send_message

    names = [a.name for a in settings.accounts if a.type == "gmail"]
    name = settings.digest.gmail_account or (names[0] if names else None)
    if name is None:
        raise DeliveryError('deliver = "gmail" needs a [[accounts]] entry with type = "gmail"')
    account = settings.account(name)
    if not isinstance(account, GmailAccount):
        raise DeliveryError(f'digest.gmail_account: {name!r} is not a type = "gmail" account')
    send_message(account, settings, msg.as_bytes())


def print_stdout(msg: EmailMessage, text: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(f"Subject: {msg['Subject']}\n\n{text}")
    out.flush()


def delivery_config_problem(settings: Settings) -> str | None:
    """What in the config stops the digest from going out at all, in one line, or None.

    Checked before a send (and by `check`), so a missing table is one clear line, not a
    failed delivery recorded and retried."""
    d = settings.digest
    if d.deliver == "smtp" and d.smtp is None:
        return (
            'digest: deliver = "smtp" needs a [digest.smtp] table with at least host '
            '(or set deliver = "imap" or "gmail")'
        )
    if d.deliver == "gmail":
        names = [a.name for a in settings.accounts if isinstance(a, GmailAccount)]
        if d.gmail_account and d.gmail_account not in names:
            return (
                f'digest.gmail_account: expected the name of a type = "gmail" account '
                f'({", ".join(names) or "none configured"}), got "{d.gmail_account}"'
            )
        if not names:
            return 'digest: deliver = "gmail" needs an [[accounts]] entry with type = "gmail"'
    return None


#: What `check`, `digest --send` and the daemon say when the digest only goes to stdout.
STDOUT_ONLY = (
    'the digest is only printed, never emailed (deliver = "stdout"); '
    'to receive it, set deliver = "smtp", "imap" or "gmail" under [digest]'
)


def check_delivery(settings: Settings) -> str:
    """`check`: can the digest go out as configured? Returns what was tested; raises
    DeliveryError (SMTP login, the IMAP folder, the Gmail send scope) when not. Sends nothing."""
    problem = delivery_config_problem(settings)
    if problem:
        raise DeliveryError(problem.removeprefix("digest: "))
    how = settings.digest.deliver
    if how == "smtp":
        assert settings.digest.smtp is not None
        return check_smtp(settings.digest.smtp)
    if how == "imap":
        return check_imap(settings)
    if how == "gmail":
        from watcher.sources.gmail import check_send

        names = [a.name for a in settings.accounts if isinstance(a, GmailAccount)]
        account = settings.account(settings.digest.gmail_account or names[0])
        assert isinstance(account, GmailAccount)
        return check_send(account, settings)
    return STDOUT_ONLY


def deliver(
    msg: EmailMessage,
    text: str,
    settings: Settings,
    *,
    now: datetime,
    delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    on_handover: Handover = _nothing,
) -> None:
    """Send by the configured method; raises DeliveryError (with the reason) when it could not,
    MaybeDeliveredError when the server may have it. `on_handover` runs just before the message
    leaves our hands (SMTP DATA, IMAP APPEND, the Gmail API call), so a crash after it is known."""
    how = settings.digest.deliver
    if how == "smtp":
        if settings.digest.smtp is None:
            raise DeliveryError(
                'deliver = "smtp" needs a [digest.smtp] table with at least host '
                '(or set deliver = "imap", "gmail" or "stdout")'
            )
        send_smtp(msg, settings.digest.smtp, delays=delays, on_handover=on_handover)
    elif how == "imap":
        append_imap(msg, settings, now=now, delays=delays, on_handover=on_handover)
    elif how == "gmail":
        on_handover()
        send_gmail(msg, settings)
    else:
        print_stdout(msg, text)
