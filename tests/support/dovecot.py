"""A throwaway Dovecot IMAP server on loopback, for tests and bench scripts.

Real server, real protocol: the sources are tested against what a user's
server does, not against our idea of it. Everything lives in one temp dir
(config, certificate, passwd-file, mail, logs, sockets); ports are picked free
on 127.0.0.1, so parallel runs never collide.

Dovecot refuses to serve mail as root, so when we run as root the mail is
owned by an unprivileged uid (`nobody`) and the login/internal processes run as
Dovecot's own users; when we are not root, everything runs as us.

    with Dovecot.start() as server:
        user = server.add_user()
        server.append(user, "INBOX", raw_bytes, internaldate=dt)
        account = server.account(user, security="ssl")   # an ImapAccount with ca_file

Run `python -m tests.support.dovecot` to keep one running for manual `check`/`scan`.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from imapclient import IMAPClient

if TYPE_CHECKING:
    from watcher.config import ImapAccount

DOVECOT = os.environ.get("DOVECOT_BINARY", "/usr/sbin/dovecot")
DOVEADM = os.environ.get("DOVEADM_BINARY", "/usr/bin/doveadm")
HOST = "127.0.0.1"

Security = Literal["ssl", "starttls", "none"]


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed or would not start; the message says how to fix it."""


@dataclass(frozen=True)
class DovecotUser:
    """A mailbox user on the test server. `password_file` is mode 0600 (as the config demands)."""

    name: str
    password: str
    password_file: Path

    @property
    def email(self) -> str:
        return f"{self.name}@example.net"


def free_port(host: str = HOST) -> int:
    """A port nobody listens on right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def make_self_signed_cert(directory: Path, host: str = HOST) -> tuple[Path, Path]:
    """cert.pem + key.pem for `host` and localhost; the cert doubles as the test's ca_file."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    openssl = shutil.which("openssl")
    if openssl:
        subprocess.run(
            [
                openssl,
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                str(key),
                "-out",
                str(cert),
                "-days",
                "7",
                "-subj",
                "/CN=interview-watcher test server",
                "-addext",
                f"subjectAltName=IP:{host},DNS:localhost",
            ],
            check=True,
            capture_output=True,
        )
    else:  # pragma: no cover - Debian always has the openssl CLI
        _cert_with_cryptography(cert, key, host)
    os.chmod(key, 0o600)
    return cert, key


def _cert_with_cryptography(cert: Path, key: Path, host: str) -> None:  # pragma: no cover
    import ipaddress
    from datetime import UTC, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    k = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "interview-watcher test server")])
    now = datetime.now(UTC)
    c = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(k.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=7))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(k, hashes.SHA256())
    )
    cert.write_bytes(c.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        k.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def _ids() -> dict[str, Any]:
    """Which uids run what: unprivileged everywhere; Dovecot's own users when we are root."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return {
            "root": False,
            "login_user": me.pw_name,
            "internal_user": me.pw_name,
            "internal_group": grp.getgrgid(os.getegid()).gr_name,
            "mail_uid": me.pw_uid,
            "mail_gid": os.getegid(),
        }

    def user_or(name: str, fallback: str) -> str:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            return fallback

    nobody = pwd.getpwnam("nobody")
    try:
        gid = grp.getgrnam("nogroup").gr_gid
    except KeyError:
        gid = nobody.pw_gid
    return {
        "root": True,
        "login_user": user_or("dovenull", "nobody"),
        "internal_user": user_or("dovecot", "nobody"),
        "internal_group": "dovecot" if _group_exists("dovecot") else grp.getgrgid(gid).gr_name,
        "mail_uid": nobody.pw_uid,
        "mail_gid": gid,
    }


_CONFIG = """\
# Generated by tests/support/dovecot.py: a disposable test server.
protocols = imap
listen = {host}
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = {instance}
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
debug_log_path = {dir}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
first_valid_uid = {mail_uid}
last_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
last_valid_gid = {mail_gid}

# Loopback tests: allow LOGIN before TLS (security = "none") and answer refusals at once.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  # One passwd-file per user: Dovecot re-reads a changed file at most once a second,
  # but a new file is read at first use, so users added mid-test log in at once.
  args = scheme=PLAIN username_format=%u {dir}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={dir}/home/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
protocol imap {{
  mail_max_userip_connections = 200
}}

namespace inbox {{
  inbox = yes
  separator = {separator}
{mailboxes}}}

ssl = {ssl}
{ssl_settings}

service imap-login {{
  chroot =
  inet_listener imap {{
    address = {host}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No auth penalty: after a wrong-password test, other logins from 127.0.0.1 stay instant.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap {{
  process_limit = 200
}}
"""

_SPECIAL_USE = {
    "Sent": "\\Sent",
    "Drafts": "\\Drafts",
    "Trash": "\\Trash",
    "Junk": "\\Junk",
    "Archive": "\\Archive",
}


class Dovecot:
    """A running Dovecot in its own temp dir. Use `Dovecot.start()`; `stop()` removes everything."""

    def __init__(
        self, *, special_use: bool = True, tls: bool = True, separator: str = "/", root: Path | None = None
    ) -> None:
        self.special_use = special_use
        self.tls = tls
        self.separator = separator
        self._own_root = root is None
        self.dir = Path(root) if root else Path(tempfile.mkdtemp(prefix="iw-dovecot-"))
        self.host = HOST
        self.imap_port = 0
        self.imaps_port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.ca_file = self.dir / "cert.pem"
        self.config_path = self.dir / "dovecot.conf"
        self.log_path = self.dir / "dovecot.log"
        self._ids = _ids()
        self._counter = itertools.count(1)
        self.users: dict[str, DovecotUser] = {}

    # --- life cycle -------------------------------------------------------

    @classmethod
    def start(cls, **kwargs: Any) -> Dovecot:
        """Start a server and wait until it greets; raises DovecotUnavailable with the reason."""
        server = cls(**kwargs)
        atexit.register(server.stop)  # a crashed script must not leave a server behind
        try:
            server._start()
        except BaseException:
            server.stop()
            raise
        return server

    def _start(self) -> None:
        if not os.access(DOVECOT, os.X_OK):
            raise DovecotUnavailable(
                f"Dovecot is not installed ({DOVECOT} not found); install the Debian package "
                f"dovecot-imapd (`apt-get install -y dovecot-imapd`), as the README's test command does"
            )
        os.chmod(self.dir, 0o755)  # the unprivileged mail and auth users must traverse it
        for sub in ("run", "state", "home", "secrets", "passwd.d"):
            (self.dir / sub).mkdir(exist_ok=True)
        os.chmod(self.dir / "secrets", 0o700)
        if self._ids["root"]:
            os.chown(self.dir / "home", self._ids["mail_uid"], self._ids["mail_gid"])
        if self.tls:
            make_self_signed_cert(self.dir)
        last_error = ""
        for _attempt in range(3):  # a picked port can be taken before Dovecot binds it
            self.imap_port, self.imaps_port = free_port(), free_port()
            while self.imaps_port == self.imap_port:
                self.imaps_port = free_port()
            self.config_path.write_text(self._config())
            self.log_path.write_text("")
            self.proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                self._wait_ready(timeout=15.0)
                return
            except DovecotUnavailable as e:
                last_error = str(e)
                self._kill()
                if "in use" not in last_error:
                    break
        raise DovecotUnavailable(last_error)

    def _config(self) -> str:
        if self.special_use:
            boxes = "".join(
                f"  mailbox {name} {{\n    special_use = {flag}\n    auto = subscribe\n  }}\n"
                for name, flag in _SPECIAL_USE.items()
            )
        else:
            boxes = ""
        ssl_settings = f"ssl_cert = <{self.dir}/cert.pem\nssl_key = <{self.dir}/key.pem\n" if self.tls else ""
        return _CONFIG.format(
            host=self.host,
            dir=self.dir,
            instance=self.dir.name,
            separator=self.separator,
            mailboxes=boxes,
            ssl="yes" if self.tls else "no",
            ssl_settings=ssl_settings,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port if self.tls else 0,
            **self._ids,
        )

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode("utf-8", "replace") if self.proc.stdout else ""
                raise DovecotUnavailable(
                    f"dovecot exited with {self.proc.returncode}: {(out + self.log_tail()).strip()[-2000:]}"
                )
            try:
                with socket.create_connection((self.host, self.imap_port), timeout=1.0) as s:
                    if s.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise DovecotUnavailable(
            f"dovecot did not answer on {self.host}:{self.imap_port} "
            f"within {timeout:g}s: {self.log_tail()[-2000:]}"
        )

    def _kill(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=5)

    def stop(self) -> None:
        """Stop the server (its whole process group) and remove the temp dir."""
        atexit.unregister(self.stop)
        self._kill()
        if self.proc is not None and self.proc.stdout is not None:
            self.proc.stdout.close()
        if self._own_root:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    # --- users ------------------------------------------------------------

    def add_user(self, name: str | None = None, password: str | None = None) -> DovecotUser:
        """A fresh mailbox that can log in at once."""
        name = name or f"user{next(self._counter)}"
        password = password or f"pw-{name}-{os.urandom(4).hex()}"
        if name in self.users or ":" in name or ":" in password:
            raise ValueError(f"bad or duplicate test user {name!r}")
        secret = self.dir / "secrets" / name
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(password + "\n")
        if "/" in name or name.startswith("."):
            raise ValueError(f"bad test user name {name!r}")
        (self.dir / "passwd.d" / name).write_text(f"{name}:{password}::::::\n")
        user = DovecotUser(name, password, secret)
        self.users[name] = user
        return user

    # --- talking to it ----------------------------------------------------

    @contextlib.contextmanager
    def client(self, user: DovecotUser) -> Iterator[IMAPClient]:
        """A logged-in IMAPClient over the plain loopback port (for loading fixtures)."""
        c = IMAPClient(self.host, self.imap_port, ssl=False, timeout=30)
        try:
            c.login(user.name, user.password)
            yield c
        finally:
            with contextlib.suppress(Exception):
                c.logout()

    def create_folder(self, user: DovecotUser, folder: str) -> None:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)

    def recreate_folder(self, user: DovecotUser, folder: str) -> int:
        """Delete and create `folder` again (a new, empty folder with a new UIDVALIDITY); returns it."""
        with self.client(user) as c:
            if c.folder_exists(folder):
                c.delete_folder(folder)
            c.create_folder(folder)
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def append(
        self,
        user: DovecotUser,
        folder: str,
        raw: bytes,
        *,
        internaldate: datetime | None = None,
        flags: Iterable[str] = (),
    ) -> int:
        """APPEND one message; returns its UID (UIDPLUS)."""
        return self.append_many(user, folder, [(raw, internaldate)], flags=flags)[0]

    def append_many(
        self,
        user: DovecotUser,
        folder: str,
        messages: Iterable[bytes | tuple[bytes, datetime | None]],
        *,
        flags: Iterable[str] = (),
    ) -> list[int]:
        """APPEND many messages over one connection (creating the folder); returns their UIDs."""
        uids = []
        flag_list = list(flags)
        with self.client(user) as c:
            if folder.upper() != "INBOX" and not c.folder_exists(folder):
                c.create_folder(folder)
            for item in messages:
                raw, when = (item, None) if isinstance(item, bytes) else item
                resp = c.append(folder, raw, flags=flag_list, msg_time=when)
                m = re.search(rb"APPENDUID \d+ (\d+)", resp or b"")
                uids.append(int(m.group(1)) if m else 0)
        return uids

    def expunge(self, user: DovecotUser, folder: str, uids: Iterable[int]) -> None:
        """Delete these UIDs for good (\\Deleted + EXPUNGE), as a mail program does."""
        with self.client(user) as c:
            c.select_folder(folder)
            c.delete_messages(list(uids))
            c.expunge()

    def kick(self, user: DovecotUser) -> None:
        """Drop every connection of `user` (server side), as a flaky network would."""
        proc = subprocess.run(
            [DOVEADM, "-c", str(self.config_path), "kick", user.name], capture_output=True, timeout=10
        )
        if proc.returncode not in (0, 68):  # 68: nobody was connected
            raise RuntimeError(f"doveadm kick failed: {proc.stderr.decode(errors='replace').strip()}")

    # --- configuring the product against it -------------------------------

    def port_for(self, security: Security) -> int:
        if security == "ssl":
            if not self.tls:
                raise ValueError("this server was started without TLS")
            return self.imaps_port
        return self.imap_port

    def account_config(
        self,
        user: DovecotUser,
        *,
        name: str = "personal",
        security: Security = "ssl",
        ca_file: bool = True,
        **extra: Any,
    ) -> dict[str, Any]:
        """The [[accounts]] table (as a dict, ready for TOML) that reads this user's mail."""
        cfg: dict[str, Any] = {
            "name": name,
            "type": "imap",
            "host": self.host,
            "port": self.port_for(security),
            "security": security,
            "username": user.name,
            "password_file": str(user.password_file),
        }
        if ca_file and security != "none" and self.tls:
            cfg["ca_file"] = str(self.ca_file)
        cfg.update(extra)
        return cfg

    def account(self, user: DovecotUser, **kwargs: Any) -> ImapAccount:
        """An `ImapAccount` for this user (see account_config for the arguments)."""
        from watcher.config import ImapAccount

        return ImapAccount.model_validate(self.account_config(user, **kwargs))


def main() -> None:  # pragma: no cover - a manual tool
    """Keep a server running with one user, print how to reach it; Ctrl-C stops it."""
    import argparse

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--no-special-use", action="store_true")
    p.add_argument("--user", default="you")
    p.add_argument("--password", default="secret")
    args = p.parse_args()
    with Dovecot.start(special_use=not args.no_special_use) as server:
        user = server.add_user(args.user, args.password)
        print(f"dovecot in {server.dir}")
        print(
            f"  imap (plain/STARTTLS) {server.host}:{server.imap_port}",
            f"  imaps {server.host}:{server.imaps_port}",
        )
        print(f"  user {user.name}  password_file {user.password_file}  ca_file {server.ca_file}")
        with contextlib.suppress(KeyboardInterrupt):
            while server.proc is not None and server.proc.poll() is None:
                time.sleep(1)


if __name__ == "__main__":  # pragma: no cover
    main()
