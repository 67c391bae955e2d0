"""The config file is a public contract: every mistake gets one precise line."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from watcher import config
from watcher.config import ImapAccount, MaildirAccount, parse
from watcher.core.policy import evaluate
from watcher.core.records import Timeline
from watcher.errors import ConfigError, SecretError
from watcher.secrets import resolve_password

HEAD = 'my_addresses = ["me@example.net"]\n'
IMAP = """
[[accounts]]
name = "p"
host = "imap.example.net"
username = "me"
password_env = "X"
"""


def imap(**overrides: str | None) -> str:
    """An IMAP account's TOML; a key given as None is left out."""
    lines: dict[str, str | None] = {
        "name": '"p"',
        "host": '"imap.example.net"',
        "username": '"me"',
        "password_env": '"X"',
    }
    lines.update(overrides)
    body = "\n".join(f"{k} = {v}" for k, v in lines.items() if v is not None)
    return HEAD + "[[accounts]]\n" + body + "\n"


def _imap_account(text: str) -> ImapAccount:
    account = parse(text).accounts[0]
    assert isinstance(account, ImapAccount)
    return account


MISTAKES = [
    (
        "port is a word",
        imap(port='"imap"'),
        'config.toml: accounts[0].port: expected an integer 1-65535, got "imap"',
    ),
    ("port out of range", imap(port="70000"), "accounts[0].port: expected an integer 1-65535, got 70000"),
    ("typo in account key", imap(prot="993"), 'accounts[0].prot: unknown key (did you mean "port"?)'),
    (
        "typo at top level",
        'my_adresses = ["a@b.example"]\n',
        'my_adresses: unknown key (did you mean "my_addresses"?)',
    ),
    ("my_addresses missing", 'timezone = "UTC"\n', "my_addresses: required key is missing"),
    ("my_addresses empty", "my_addresses = []\n", "my_addresses: expected a non-empty list"),
    ("not an address", 'my_addresses = ["me"]\n', 'expected e-mail addresses, got "me"'),
    (
        "bad timezone",
        HEAD + 'timezone = "Mars/Base"\n',
        'timezone: expected an IANA time zone name like "Europe/Berlin", got "Mars/Base"',
    ),
    (
        "unknown account type",
        imap(type='"pop3"'),
        'accounts[0].type: expected one of "imap", "maildir", "gmail", got "pop3"',
    ),
    (
        "unknown security",
        imap(security='"tls"'),
        'accounts[0].security: expected one of "ssl", "starttls", "none", got "tls"',
    ),
    ("cleartext to a remote host", imap(security='"none"'), 'security = "none" sends the password in clear'),
    ("no password", imap(password_env=None), "expected one of password_env | password_file"),
    (
        "two passwords",
        imap(password_file='"/x"'),
        "expected exactly one of password_env | password_file | password_command | password_credential, "
        "got password_env, password_file",
    ),
    ("host missing", imap(host=None), "accounts[0].host: required key is missing"),
    (
        "lookback not a number",
        imap(lookback_days='"a year"'),
        "accounts[0].lookback_days: expected a whole number",
    ),
    (
        "scan deadline zero",
        imap(scan_deadline_minutes="0"),
        "config.toml: accounts[0].scan_deadline_minutes: expected a number of minutes (0-1440], got 0",
    ),
    (
        "scan deadline not a number",
        imap(scan_deadline_minutes='"half an hour"'),
        'accounts[0].scan_deadline_minutes: expected a number of minutes (0-1440], got "half an hour"',
    ),
    ("duplicate account names", imap() + IMAP, 'accounts[1].name: expected a unique name, got "p" twice'),
    (
        "maildir typo",
        HEAD + '[[accounts]]\nname = "m"\ntype = "maildir"\npath = "/x"\nsent_folde = "Sent"\n',
        'accounts[0].sent_folde: unknown key (did you mean "sent_folder"?)',
    ),
    (
        "policy zero nudges",
        HEAD + "[policy]\nmax_nudges = 0\n",
        "policy.max_nudges: expected a whole number 1-20, got 0",
    ),
    (
        "acknowledgement window negative",
        HEAD + "[policy]\nacknowledgement_hours = -1\n",
        "policy.acknowledgement_hours: expected a whole number of hours 0-720, got -1",
    ),
    (
        "acknowledgement window typo",
        HEAD + "[policy]\nacknowledgment_hours = 72\n",
        'policy.acknowledgment_hours: unknown key (did you mean "acknowledgement_hours"?)',
    ),
    (
        "policy typo",
        HEAD + "[policy]\nmax_nudge = 2\n",
        'policy.max_nudge: unknown key (did you mean "max_nudges"?)',
    ),
    (
        "send_at not a time",
        HEAD + '[digest]\nsend_at = "7h"\n',
        'digest.send_at: expected a time of day like "07:30", got "7h"',
    ),
    (
        "deliver unknown",
        HEAD + '[digest]\ndeliver = "pigeon"\n',
        'digest.deliver: expected one of "smtp", "imap", "gmail", "stdout", got "pigeon"',
    ),
    (
        "smtp typo",
        HEAD + '[digest.smtp]\nhost = "x"\nprot = 1\n',
        'digest.smtp.prot: unknown key (did you mean "port"?)',
    ),
    (
        "digest imap unknown account",
        imap() + '[digest]\ndeliver = "imap"\n[digest.imap]\naccount = "nope"\n',
        'digest.imap.account: expected the name of an imap account (p), got "nope"',
    ),
    ("not TOML", "my_addresses = [", "config.toml: not valid TOML"),
    (
        "boolean as string",
        HEAD + '[policy]\nweekdays_only = "yes"\n',
        'policy.weekdays_only: expected true or false, got "yes"',
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_every_config_mistake_gets_one_precise_line(case: str, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse(text)
    message = str(err.value)
    assert expected in message
    assert message.startswith("config.toml: ")
    assert "Traceback" not in message and "pydantic" not in message


def test_defaults_are_sane() -> None:
    s = parse(imap())
    acc = s.accounts[0]
    assert isinstance(acc, ImapAccount)
    assert acc.type == "imap" and acc.security == "ssl" and acc.effective_port == 993
    assert acc.lookback_days == 365 and acc.timeout_seconds == 60 and acc.scan_deadline_minutes == 30
    assert _imap_account(imap(security='"starttls"')).effective_port == 143
    assert s.policy.first_nudge_after_days == 7 and s.policy.max_nudges == 3
    assert s.digest.deliver == "smtp" and s.digest.send_at.strftime("%H:%M") == "07:30"
    assert s.digest_to == "me@example.net"


def test_the_acknowledgement_window_set_in_the_config_is_the_one_the_policy_uses() -> None:
    ny = ZoneInfo("America/New_York")
    heard = datetime(2026, 3, 2, 12, 0, tzinfo=ny)
    thanks = heard + timedelta(hours=60)  # a nudge in the default 48-hour window, thanks in a 72-hour one
    tl = Timeline(employer_messages=(heard,), owner_messages=(thanks,))
    now = datetime(2026, 3, 6, 8, 0, tzinfo=ny)
    default = parse(HEAD).policy
    wider = parse(HEAD + "[policy]\nacknowledgement_hours = 72\n").policy
    assert default.acknowledgement_hours == 48 and wider.acknowledgement_hours == 72
    assert evaluate(tl, now, ny, default).nudges_sent == 1
    assert evaluate(tl, now, ny, wider).nudges_sent == 0
    assert [(o.at, o.role) for o in evaluate(tl, now, ny, wider).owner_messages] == [
        (thanks, "acknowledgement")
    ]


def test_cleartext_is_allowed_to_loopback_only() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.5"):
        assert _imap_account(imap(security='"none"', host=f'"{host}"')).effective_port == 143


def test_the_shipped_template_is_valid() -> None:
    from watcher.cli.setup import config_template

    parse(config_template())


def test_examples_in_config_folder_are_valid() -> None:
    folder = Path(__file__).parents[1] / "config"
    examples = sorted(folder.glob("*.toml"))
    assert examples, "config/ holds documented example configs"
    for path in examples:
        parse(path.read_text(), file=path.name)


def test_config_is_found_in_the_documented_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xdg = tmp_path / "xdg"
    (xdg / "interview-watcher").mkdir(parents=True)
    (xdg / "interview-watcher" / "config.toml").write_text(HEAD)
    env_file = tmp_path / "env.toml"
    env_file.write_text(HEAD)
    explicit = tmp_path / "explicit.toml"
    explicit.write_text(HEAD)
    monkeypatch.delenv("CONFIGURATION_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    monkeypatch.setenv("INTERVIEW_WATCHER_CONFIG", str(env_file))
    assert config.find_config(explicit) == explicit
    assert config.find_config() == env_file
    monkeypatch.delenv("INTERVIEW_WATCHER_CONFIG")
    assert config.find_config() == xdg / "interview-watcher" / "config.toml"


def test_missing_config_says_how_to_create_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERVIEW_WATCHER_CONFIG", raising=False)
    monkeypatch.delenv("CONFIGURATION_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(config, "config_candidates", lambda explicit=None: [(tmp_path / "none.toml", "test")])
    with pytest.raises(ConfigError, match="interview-watcher init"):
        config.find_config()


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        HEAD + '[storage]\npath = "state/s.db"\n[[accounts]]\nname="m"\ntype="maildir"\npath="Mail"\n'
    )
    s = config.load(path)
    assert s.storage.path == tmp_path / "state" / "s.db"
    account = s.accounts[0]
    assert isinstance(account, MaildirAccount) and account.path == tmp_path / "Mail"


# --- secrets ---------------------------------------------------------------


def _src(**kw: object) -> config.PasswordSource:
    return config.PasswordSource(**kw)


def test_password_file_readable_by_others_is_refused_with_the_fix(tmp_path: Path) -> None:
    f = tmp_path / "pw"
    f.write_text("hunter2\n")
    os.chmod(f, 0o644)
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_file=f), "accounts.p")
    assert "chmod 600" in str(err.value) and "hunter2" not in str(err.value)
    os.chmod(f, stat.S_IRUSR | stat.S_IWUSR)
    assert resolve_password(_src(password_file=f), "accounts.p") == "hunter2"


def test_password_command_list_runs_without_a_shell() -> None:
    assert resolve_password(_src(password_command=["echo", "a b; $HOME"]), "x") == "a b; $HOME"


def test_password_command_string_runs_through_the_shell() -> None:
    assert resolve_password(_src(password_command="printf 'x\\ny' | tail -n 1"), "x") == "y"


def test_failing_password_command_is_one_line_without_the_secret() -> None:
    with pytest.raises(SecretError) as err:
        resolve_password(_src(password_command="echo s3cret; echo oops >&2; exit 3"), "accounts.p")
    assert str(err.value) == "accounts.p: password_command exited with 3: oops"


def test_password_env_and_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IW_PW", "pw1")
    assert resolve_password(_src(password_env="IW_PW"), "x") == "pw1"
    with pytest.raises(SecretError, match="password_env names is not set"):
        resolve_password(_src(password_env="IW_NOPE"), "x")
    (tmp_path / "imap").write_text("pw2\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert resolve_password(_src(password_credential="imap"), "x") == "pw2"


def test_secret_repr_never_shows_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IW_PW", "topsecret")
    secret = resolve_password(_src(password_env="IW_PW"), "x")
    assert "topsecret" not in repr(secret) and "topsecret" not in f"{secret!r}"


def test_no_home_directory_is_fine_under_systemd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A DynamicUser= service may have no $HOME and no passwd entry: systemd's directories suffice."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "INTERVIEW_WATCHER_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "config.toml").write_text(HEAD)
    monkeypatch.setenv("CONFIGURATION_DIRECTORY", str(tmp_path / "etc"))
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    assert config.find_config() == tmp_path / "etc" / "config.toml"
    assert config.load().storage.path == tmp_path / "state" / "state.db"
    monkeypatch.delenv("STATE_DIRECTORY")
    with pytest.raises(ConfigError, match=r"set \[storage\] path"):
        config.load()
