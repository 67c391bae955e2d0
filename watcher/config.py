"""TOML config → validated settings.

The config file is a public contract: key names never change silently, an
unknown key is an error with a "did you mean", and every error names the file,
the key path, what was expected and what was found.
"""

from __future__ import annotations

import contextlib
import difflib
import ipaddress
import os
import tomllib
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    SecretStr,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic.fields import FieldInfo

from watcher.core.policy import DEFAULT_PARAMS, PolicyParams
from watcher.errors import ConfigError

APP = "interview-watcher"

# --- where things live ----------------------------------------------------


def _home() -> Path | None:
    """The home directory, or None: a systemd DynamicUser= may have none (no HOME, no passwd entry)."""
    try:
        return Path.home()
    except (RuntimeError, KeyError):
        return None


def xdg_config_home() -> Path | None:
    if os.environ.get("XDG_CONFIG_HOME"):
        return Path(os.environ["XDG_CONFIG_HOME"])
    home = _home()
    return home / ".config" if home else None


def config_home_or_fail(what: str) -> Path:
    """$XDG_CONFIG_HOME for things that have no other sensible place."""
    home = xdg_config_home()
    if home is None:
        raise ConfigError(f"no home directory for {what}; set $XDG_CONFIG_HOME or give a path")
    return home


def xdg_state_home() -> Path | None:
    if os.environ.get("XDG_STATE_HOME"):
        return Path(os.environ["XDG_STATE_HOME"])
    home = _home()
    return home / ".local" / "state" if home else None


def default_state_path() -> Path:
    # Under systemd, StateDirectory= sets $STATE_DIRECTORY; prefer it.
    if os.environ.get("STATE_DIRECTORY"):
        return Path(os.environ["STATE_DIRECTORY"].split(":")[0]) / "state.db"
    state_home = xdg_state_home()
    if state_home is None:
        raise ConfigError(
            "no home directory to keep the state in: set [storage] path in the config, "
            "or $STATE_DIRECTORY / $XDG_STATE_HOME"
        )
    return state_home / APP / "state.db"


def config_candidates(explicit: str | os.PathLike[str] | None = None) -> list[tuple[Path, str]]:
    """Where the config is looked for, in order, with why."""
    out: list[tuple[Path, str]] = []
    if explicit:
        return [(Path(explicit).expanduser(), "--config")]
    if os.environ.get("INTERVIEW_WATCHER_CONFIG"):
        out.append((Path(os.environ["INTERVIEW_WATCHER_CONFIG"]).expanduser(), "$INTERVIEW_WATCHER_CONFIG"))
        return out
    if os.environ.get("CONFIGURATION_DIRECTORY"):  # systemd ConfigurationDirectory=
        d = os.environ["CONFIGURATION_DIRECTORY"].split(":")[0]
        out.append((Path(d) / "config.toml", "$CONFIGURATION_DIRECTORY"))
    config_home = xdg_config_home()
    if config_home is not None:
        out.append((config_home / APP / "config.toml", "$XDG_CONFIG_HOME"))
    out.append((Path("/etc") / APP / "config.toml", "/etc"))
    return out


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path:
    cands = config_candidates(explicit)
    for path, _why in cands:
        if path.is_file():
            return path
    if explicit or os.environ.get("INTERVIEW_WATCHER_CONFIG"):
        raise ConfigError(f"{cands[0][0]}: no such config file")
    looked = ", ".join(str(p) for p, _ in cands)
    raise ConfigError(f"no config file found (looked in {looked}); create one with `{APP} init`")


# --- field types ----------------------------------------------------------

Port = Annotated[int, Field(ge=1, le=65535, strict=True, description="an integer 1-65535")]
Days = Annotated[int, Field(ge=1, le=3650, description="a whole number of days 1-3650")]
NonNegDays = Annotated[int, Field(ge=0, le=3650, description="a whole number of days 0-3650")]
Count = Annotated[int, Field(ge=1, le=20, description="a whole number 1-20")]
Hours = Annotated[int, Field(ge=0, le=720, description="a whole number of hours 0-720")]
Flag = Annotated[bool, Field(strict=True, description="true or false")]
Seconds = Annotated[float, Field(gt=0, le=3600, description="a number of seconds (0-3600]")]
Minutes = Annotated[float, Field(gt=0, le=1440, description="a number of minutes (0-1440]")]
NonEmpty = Annotated[str, Field(min_length=1, description="a non-empty string")]
Security = Annotated[
    Literal["ssl", "starttls", "none"], Field(description='one of "ssl", "starttls", "none"')
]
PasswordCommand = Annotated[
    str | list[str], Field(description="a shell command string or a list of arguments")
]


def _is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"} or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class PasswordSource(_Strict):
    """Exactly one way to get a password; the password itself is never kept here."""

    password_env: NonEmpty | None = Field(None, description="the name of an environment variable")
    password_file: Path | None = Field(None, description="a path to a file (mode 0600)")
    password_command: PasswordCommand | None = None
    password_credential: NonEmpty | None = Field(
        None, description="the name of a systemd credential (LoadCredential=)"
    )

    @property
    def password_keys_set(self) -> list[str]:
        keys = ("password_env", "password_file", "password_command", "password_credential")
        return [k for k in keys if getattr(self, k) is not None]

    @property
    def has_password(self) -> bool:
        return bool(self.password_keys_set)

    def _require_one_password(self, what: str) -> None:
        keys = self.password_keys_set
        if len(keys) > 1:
            raise ValueError(
                f"expected exactly one of password_env | password_file | "
                f"password_command | password_credential, got {', '.join(keys)}"
            )


class _Account(PasswordSource):
    name: NonEmpty = Field(description="a non-empty account name")
    lookback_days: Days = 365
    # A scan of this account stops after this long, keeps what it stored, and the next one goes on.
    scan_deadline_minutes: Minutes = 30.0


class ImapAccount(_Account):
    type: Literal["imap"] = "imap"
    host: NonEmpty = Field(description="a host name")
    port: Port | None = None
    security: Security = "ssl"
    username: NonEmpty = Field(description="a login name")
    auth: Annotated[Literal["password", "oauth2"], Field(description='"password" or "oauth2"')] = "password"
    token_file: Path | None = Field(None, description="a path to a google-auth token file")
    client_secrets: Path | None = Field(None, description="a path to an OAuth client JSON file")
    ca_file: Path | None = Field(None, description="a path to a PEM file")
    folders: list[NonEmpty] | None = Field(None, description="a list of folder names")
    timeout_seconds: Seconds = 60.0

    @property
    def effective_port(self) -> int:
        if self.port:
            return self.port
        return 993 if self.security == "ssl" else 143

    @model_validator(mode="after")
    def _check(self) -> ImapAccount:
        self._require_one_password("password")
        if self.auth == "password" and not self.has_password:
            raise ValueError(
                "expected one of password_env | password_file | password_command | "
                "password_credential, got none"
            )
        if self.auth == "oauth2" and self.token_file is None:
            raise ValueError('auth = "oauth2": expected token_file, got none')
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(
                f'security = "none" sends the password in clear text; it is allowed for '
                f'loopback hosts only, got host "{self.host}" (use "ssl" or "starttls")'
            )
        return self


class MaildirAccount(_Account):
    type: Literal["maildir"]
    path: Path = Field(description="a path to a Maildir++ folder")
    sent_folder: NonEmpty = "Sent"
    folders: list[NonEmpty] | None = Field(None, description="a list of folder names")


class GmailAccount(_Account):
    type: Literal["gmail"]
    client_secrets: Path | None = Field(None, description="a path to an OAuth client JSON file")
    token_file: Path | None = Field(None, description="a path to a google-auth token file")
    api_endpoint: NonEmpty | None = Field(None, description="an http(s) URL")
    timeout_seconds: Seconds = 60.0


def _account_tag(v: Any) -> str:
    t = v.get("type", "imap") if isinstance(v, dict) else getattr(v, "type", "imap")
    return str(t)


Account = Annotated[
    Annotated[ImapAccount, Tag("imap")]
    | Annotated[MaildirAccount, Tag("maildir")]
    | Annotated[GmailAccount, Tag("gmail")],
    Discriminator(_account_tag),
]


class StorageSettings(_Strict):
    path: Path = Field(default_factory=default_state_path, description="a file path")


@pydantic_dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class PolicySettings(PolicyParams):
    """The `[policy]` table: the policy's own `PolicyParams`, within the ranges a config may set."""

    first_nudge_after_days: Days = DEFAULT_PARAMS.first_nudge_after_days
    min_days_between_nudges: Days = DEFAULT_PARAMS.min_days_between_nudges
    max_nudges: Count = DEFAULT_PARAMS.max_nudges
    give_up_after_days: Days = DEFAULT_PARAMS.give_up_after_days
    weekdays_only: Flag = DEFAULT_PARAMS.weekdays_only
    acknowledgement_hours: Hours = DEFAULT_PARAMS.acknowledgement_hours


class SmtpSettings(PasswordSource):
    host: NonEmpty = Field(description="a host name")
    port: Port | None = None
    security: Security = "ssl"
    username: NonEmpty | None = None
    ca_file: Path | None = Field(None, description="a path to a PEM file")
    timeout_seconds: Seconds = 60.0

    @property
    def effective_port(self) -> int:
        if self.port:
            return self.port
        return {"ssl": 465, "starttls": 587, "none": 25}[self.security]

    @model_validator(mode="after")
    def _check(self) -> SmtpSettings:
        self._require_one_password("password")
        if self.username and not self.has_password:
            raise ValueError(
                "username is set: expected one of password_env | password_file | "
                "password_command | password_credential, got none"
            )
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(f'security = "none" is allowed for loopback hosts only, got host "{self.host}"')
        return self


class DigestImapSettings(_Strict):
    account: NonEmpty = Field(description="the name of an imap account")
    folder: NonEmpty = "INBOX"


class DigestSettings(_Strict):
    to: NonEmpty | None = Field(None, description="an e-mail address")
    from_: NonEmpty | None = Field(None, alias="from", description="an address like 'Name <a@b>'")
    deliver: Annotated[
        Literal["smtp", "imap", "gmail", "stdout"],
        Field(description='one of "smtp", "imap", "gmail", "stdout"'),
    ] = "smtp"
    send_at: time = Field(time(7, 30), description='a time of day like "07:30"')
    send_when_empty: bool = Field(False, strict=True, description="true or false")
    catch_up_hours: NonNegDays = 12
    smtp: SmtpSettings | None = None
    imap: DigestImapSettings | None = None
    gmail_account: NonEmpty | None = Field(None, description="the name of a gmail account")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("send_at", mode="before")
    @classmethod
    def _parse_time(cls, v: Any) -> Any:
        if isinstance(v, str):
            try:
                hh, mm = v.strip().split(":")
                return time(int(hh), int(mm))
            except ValueError as e:
                raise ValueError(f'expected a time of day like "07:30", got "{v}"') from e
        return v


class ScheduleSettings(_Strict):
    scan_every_minutes: Annotated[
        int, Field(ge=1, le=1440, description="a whole number of minutes 1-1440")
    ] = 15
    jitter_seconds: Annotated[int, Field(ge=0, le=600, description="a whole number of seconds 0-600")] = 30


def _apprise_url(url: SecretStr) -> SecretStr:
    # Never echo a URL back: its path or user part is often the secret (an ntfy topic, a token).
    text = url.get_secret_value()
    if "://" not in text or text.startswith("://") or not text.strip():
        raise ValueError(
            'expected an Apprise URL like "ntfys://ntfy.sh/your-topic", '
            'got something without "scheme://" (not shown: it may hold a token)'
        )
    return url


#: A push service's URL: its repr is masked, so a settings object printed by mistake shows no token.
AppriseUrl = Annotated[SecretStr, AfterValidator(_apprise_url)]


class NotifySettings(_Strict):
    """`[notify]`: Apprise URLs for a short push notice when something is due (watcher.app.push)."""

    urls: list[AppriseUrl] = Field(
        default_factory=list, description='a list of Apprise URLs like ["ntfys://ntfy.sh/your-topic"]'
    )

    @field_validator("urls")
    @classmethod
    def _once(cls, v: list[SecretStr]) -> list[SecretStr]:
        if len({u.get_secret_value() for u in v}) != len(v):
            raise ValueError("expected each URL once, got one twice (not shown: it may hold a token)")
        return v

    @property
    def url_values(self) -> list[str]:
        return [u.get_secret_value().strip() for u in self.urls]


class DraftsSettings(_Strict):
    """`[drafts]`: leave replies waiting in the owner's Drafts folder (never sent by us)."""

    enabled: bool = Field(False, strict=True, description="true or false")
    account: NonEmpty | None = Field(None, description="the name of an account")
    folder: NonEmpty | None = Field(None, description="a folder name")


class Settings(_Strict):
    timezone: str | None = Field(None, description='an IANA time zone name like "Europe/Berlin"')
    my_addresses: list[NonEmpty] = Field(min_length=1, description="a non-empty list of e-mail addresses")
    storage: StorageSettings = Field(default_factory=StorageSettings)
    policy: PolicySettings = PolicySettings()
    accounts: list[Account] = Field(default_factory=list, description="a list of [[accounts]] tables")
    digest: DigestSettings = Field(default_factory=lambda: DigestSettings.model_validate({}))
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    notify: NotifySettings | None = None

    drafts: DraftsSettings = Field(default_factory=lambda: DraftsSettings.model_validate({}))

    # Set by load(); not part of the file.
    source_path: Path | None = Field(None, exclude=True)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f'expected an IANA time zone name like "Europe/Berlin", got "{v}"') from e
        return v

    @field_validator("my_addresses")
    @classmethod
    def _addrs(cls, v: list[str]) -> list[str]:
        for a in v:
            if "@" not in a or " " in a:
                raise ValueError(f'expected e-mail addresses, got "{a}"')
        return [a.lower() for a in v]

    @model_validator(mode="after")
    def _unique_names(self) -> Settings:
        seen: set[str] = set()
        for i, a in enumerate(self.accounts):
            if a.name in seen:
                raise ValueError(f'accounts[{i}].name: expected a unique name, got "{a.name}" twice')
            seen.add(a.name)
        d = self.digest
        if d.deliver == "smtp" and d.smtp is None and self.accounts:
            pass  # reported when the digest is sent, so that scan/status work without SMTP
        if d.deliver == "imap":
            names = {a.name for a in self.accounts if a.type == "imap"}
            if d.imap is None or d.imap.account not in names:
                got = d.imap.account if d.imap else "none"
                raise ValueError(
                    f"digest.imap.account: expected the name of an imap account "
                    f'({", ".join(sorted(names)) or "none configured"}), got "{got}"'
                )
        if self.drafts.account is not None and self.drafts.account not in seen:
            raise ValueError(
                f"drafts.account: expected the name of an account ({', '.join(sorted(seen)) or 'none configured'}), "
                f'got "{self.drafts.account}"'
            )
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone) if self.timezone else system_timezone()

    @property
    def digest_to(self) -> str:
        return self.digest.to or self.my_addresses[0]

    def account(self, name: str) -> ImapAccount | MaildirAccount | GmailAccount:
        for a in self.accounts:
            if a.name == name:
                return a
        raise ConfigError(f"no account named {name!r} (have: {', '.join(a.name for a in self.accounts)})")


def system_timezone() -> ZoneInfo:
    """The machine's zone: $TZ, then /etc/timezone, then /etc/localtime's link, else UTC."""
    tzname = os.environ.get("TZ", "").lstrip(":")
    candidates = [tzname] if tzname else []
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text().strip())
    try:
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for c in candidates:
        try:
            return ZoneInfo(c)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


# --- errors a person can read ---------------------------------------------


def _loc_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in {"imap", "maildir", "gmail"} and out.startswith("accounts") and out.endswith("]"):
            continue  # discriminator tag, not a key
        else:
            out += ("." if out else "") + str(part)
    return out


_ACCOUNT_MODELS: dict[str, type[BaseModel]] = {
    "imap": ImapAccount,
    "maildir": MaildirAccount,
    "gmail": GmailAccount,
}


Table = type[BaseModel] | type[PolicySettings]


def _fields(model: Table) -> dict[str, FieldInfo]:
    """The keys of a table, whether a model or a pydantic dataclass declares it."""
    fields: dict[str, FieldInfo] = (
        model.model_fields if issubclass(model, BaseModel) else vars(model)["__pydantic_fields__"]
    )
    return fields


def _submodel(annotation: Any) -> Table | None:
    if isinstance(annotation, type) and (issubclass(annotation, BaseModel) or annotation is PolicySettings):
        return annotation
    for a in getattr(annotation, "__args__", ()):
        found = _submodel(a)
        if found is not None:
            return found
    return None


def _model_at(loc: tuple[Any, ...], data: Any) -> Table | None:
    """The model class that holds the last key of loc (for hints and descriptions)."""
    model: Table | None = Settings
    sub: Any = data
    i = 0
    parts = list(loc[:-1])
    while i < len(parts):
        part = parts[i]
        if model is None:
            return None
        field = _fields(model).get(part) or next(
            (f for f in _fields(model).values() if f.alias == part), None
        )
        if field is None:
            return None
        sub = sub.get(part, {}) if isinstance(sub, dict) else {}
        if part == "accounts" and model is Settings:
            if i + 1 < len(parts) and isinstance(parts[i + 1], int):
                idx = parts[i + 1]
                item = sub[idx] if isinstance(sub, list) and idx < len(sub) else {}
                model = _ACCOUNT_MODELS.get(_account_tag(item), ImapAccount)
                sub = item
                i += 2
                if i < len(parts) and parts[i] in _ACCOUNT_MODELS:
                    i += 1  # discriminator tag
                continue
            return None
        model = _submodel(field.annotation)
        i += 1
    return model


def _keys(model: Table) -> list[str]:
    return [f.alias or n for n, f in _fields(model).items() if n != "source_path"]


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _expected_for(loc: tuple[Any, ...], data: Any) -> str | None:
    model = _model_at(loc, data)
    if model is None or not isinstance(loc[-1], str):
        return None
    field = _fields(model).get(loc[-1])
    if field is None:
        return None
    if field.description:
        return field.description
    for m in field.metadata:
        if getattr(m, "description", None):
            return str(m.description)
    return _annotation_description(field.annotation)


def _annotation_description(annotation: Any) -> str | None:
    for m in getattr(annotation, "__metadata__", ()):
        if getattr(m, "description", None):
            return str(m.description)
    for a in getattr(annotation, "__args__", ()):
        found = _annotation_description(a)
        if found:
            return found
    return None


def format_validation_error(err: ValidationError, file: str, data: Any) -> str:
    lines = []
    for e in err.errors():
        loc = tuple(e["loc"])
        path = _loc_path(loc)
        got = e.get("input")
        etype = e["type"]
        if etype in ("extra_forbidden", "unexpected_keyword_argument"):
            model = _model_at(loc, data)
            hint = ""
            if model is not None:
                close = difflib.get_close_matches(str(loc[-1]), _keys(model), n=1, cutoff=0.6)
                if close:
                    hint = f' (did you mean "{close[0]}"?)'
                else:
                    hint = f" (known keys: {', '.join(_keys(model))})"
            lines.append(f"{file}: {path}: unknown key{hint}")
            continue
        if etype == "union_tag_invalid":
            lines.append(
                f'{file}: {path}.type: expected one of "imap", "maildir", "gmail", '
                f"got {_describe(e.get('ctx', {}).get('tag'))}"
            )
            continue
        if etype == "missing":
            lines.append(f"{file}: {path}: required key is missing")
            continue
        if etype == "value_error":
            msg = str(e.get("ctx", {}).get("error", e["msg"]))
            lines.append(f"{file}: {path + ': ' if path else ''}{msg}")
            continue
        expected = _expected_for(loc, data)
        shown = _describe(got)
        if loc and loc[0] == "notify" and isinstance(got, str):
            shown = "a string (not shown: it may hold a token)"
        if etype == "literal_error" and not expected:
            expected = str(e.get("ctx", {}).get("expected", ""))
        if not expected:
            expected = e["msg"].lower()
            expected = expected.removeprefix("input should be ")
        lines.append(f"{file}: {path}: expected {expected}, got {shown}")
    return "\n".join(lines)


# --- loading --------------------------------------------------------------


def parse(text: str, *, file: str = "config.toml") -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{file}: not valid TOML: {e}") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(format_validation_error(e, file, data)) from None
    return settings


def load(explicit: str | os.PathLike[str] | None = None) -> Settings:
    path = find_config(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    settings = parse(text, file=path.name if explicit is None else str(path))
    return resolve_paths(settings, path)


def resolve_paths(settings: Settings, config_path: Path) -> Settings:
    """Expand ~ and make relative paths relative to the config file's folder."""
    base = config_path.resolve().parent

    def fix(p: Path | None) -> Path | None:
        if p is None:
            return None
        p = p.expanduser()
        return p if p.is_absolute() else base / p

    accounts = []
    for a in settings.accounts:
        upd: dict[str, Any] = {}
        for key in ("path", "ca_file", "token_file", "client_secrets", "password_file"):
            if hasattr(a, key) and getattr(a, key) is not None:
                upd[key] = fix(getattr(a, key))
        accounts.append(a.model_copy(update=upd))
    digest = settings.digest
    if digest.smtp is not None:
        upd = {
            k: fix(getattr(digest.smtp, k))
            for k in ("ca_file", "password_file")
            if getattr(digest.smtp, k) is not None
        }
        digest = digest.model_copy(update={"smtp": digest.smtp.model_copy(update=upd)})
    storage = settings.storage.model_copy(update={"path": fix(settings.storage.path)})
    return settings.model_copy(
        update={"accounts": accounts, "digest": digest, "storage": storage, "source_path": config_path}
    )
