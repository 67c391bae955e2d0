"""The commands around drafts, as a new user runs them: check, drafts, status, digest, init."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.drafts_helpers import DAY_AFTER, INTERVIEW_DAY, NUDGE_DAY, TZ, thread_files
from tests.fixture_mail import MINE
from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.fake_gmail import FakeGmail
from watcher.cli import cli
from watcher.cli.setup import config_template
from watcher.config import GmailAccount, Settings, parse
from watcher.sources.gmail_auth import COMPOSE, READONLY, scopes_for

pytestmark = pytest.mark.dovecot


def write_config(tmp_path: Path, account: dict[str, Any], *, drafts: bool = True) -> Path:
    lines = [
        f'timezone = "{TZ}"',
        f"my_addresses = {json.dumps(list(MINE))}",
        "[storage]",
        f'path = "{tmp_path / "state.db"}"',
        "[digest]",
        'deliver = "stdout"',
        "[drafts]",
        f"enabled = {'true' if drafts else 'false'}",
        "[[accounts]]",
        "lookback_days = 3650",
        *[f"{k} = {json.dumps(v)}" for k, v in account.items()],
    ]
    tmp_path.mkdir(parents=True, exist_ok=True)
    cfg = tmp_path / "config.toml"
    cfg.write_text("\n".join(lines) + "\n")
    return cfg


def run(cfg: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(cfg), *args], catch_exceptions=False)


def gmail_account(settings: Settings) -> GmailAccount:
    """The config's one account, as the Gmail account it is (scopes_for takes OAuth accounts only)."""
    account = settings.accounts[0]
    assert isinstance(account, GmailAccount)
    return account


def loaded(server: Dovecot, user: DovecotUser) -> None:
    for folder, raw in thread_files():
        server.append(user, folder, raw)


def test_check_names_the_drafts_folder_and_why(
    tmp_path: Path, dovecot: Dovecot, dovecot_bare: Dovecot, imap_user: DovecotUser
) -> None:
    cfg = write_config(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    r = run(cfg, "check")
    assert r.exit_code == 0, r.output
    assert (
        'drafts (personal): ok; written to "Drafts" (the server flags it \\Drafts (RFC 6154 special-use))'
        in r.output
    )
    bare = dovecot_bare.add_user()
    cfg2 = write_config(tmp_path / "bare", dovecot_bare.account_config(bare, security="none"))
    r2 = run(cfg2, "check")
    assert "no folder is flagged \\Drafts and none has a usual name: it is created" in r2.output


def test_check_says_when_the_gmail_token_lacks_compose(tmp_path: Path) -> None:
    with FakeGmail.start("sam@rivera.example") as fake:
        token = fake.write_token(tmp_path / "t.json", scopes=[READONLY])
        cfg = write_config(
            tmp_path, {"name": "gm", "type": "gmail", "token_file": str(token), "api_endpoint": fake.url}
        )
        r = run(cfg, "check")
    assert r.exit_code == 1
    assert (
        "drafts (gm): FAILED: the saved authorization cannot write drafts (no gmail.compose); "
        "with [drafts] enabled, run `interview-watcher auth gm` again" in r.output
    )


def test_auth_asks_for_gmail_compose_only_when_drafts_are_on(tmp_path: Path) -> None:
    base = 'my_addresses = ["sam@rivera.example"]\n[[accounts]]\nname = "gm"\ntype = "gmail"\n'
    off = parse(base)
    on = parse(base + "[drafts]\nenabled = true\n")
    assert COMPOSE not in scopes_for(gmail_account(off), off)
    assert COMPOSE in scopes_for(gmail_account(on), on)


def test_the_drafts_command_dry_run_then_for_real_then_nothing_new(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    loaded(dovecot, imap_user)
    cfg = write_config(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    assert run(cfg, "scan").exit_code == 0
    dry = run(cfg, "drafts", "--dry-run", "--now", NUDGE_DAY)
    assert dry.output == "Mosaic Freight: nudge would be created in Drafts (personal)\n"
    real = run(cfg, "drafts", "--now", NUDGE_DAY)
    assert real.output == "Mosaic Freight: nudge created in Drafts (personal)\n"
    again = run(cfg, "drafts", "--now", NUDGE_DAY)
    assert again.output == "Mosaic Freight: nudge unchanged in Drafts (personal)\n"


def test_the_drafts_command_refuses_when_drafts_are_off(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    cfg = write_config(tmp_path, dovecot.account_config(imap_user, security="ssl"), drafts=False)
    r = CliRunner().invoke(cli, ["--config", str(cfg), "drafts"])
    assert r.exit_code == 2
    assert "drafts are off: set enabled = true under [drafts]" in r.output


def test_status_json_says_thank_you_due_and_the_table_marks_a_draft(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    loaded(dovecot, imap_user)
    cfg = write_config(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    assert run(cfg, "scan").exit_code == 0
    [app] = json.loads(run(cfg, "status", "--json", "--now", INTERVIEW_DAY).output)["applications"]
    assert app["thank_you_due"] is True
    [later] = json.loads(run(cfg, "status", "--json", "--now", NUDGE_DAY).output)["applications"]
    assert later["thank_you_due"] is False
    assert "✉" not in run(cfg, "status", "--now", DAY_AFTER).output
    run(cfg, "drafts", "--now", DAY_AFTER)
    table = run(cfg, "status", "--now", DAY_AFTER).output
    assert "Mosaic Freight ✉" in table and "✉ = a reply waits in your Drafts folder" in table


def test_the_digest_says_say_thank_you_and_waiting_in_drafts(
    tmp_path: Path, dovecot: Dovecot, imap_user: DovecotUser
) -> None:
    loaded(dovecot, imap_user)
    cfg = write_config(tmp_path, dovecot.account_config(imap_user, security="ssl"))
    assert run(cfg, "scan").exit_code == 0
    before = run(cfg, "digest", "--now", DAY_AFTER).output
    assert (
        "SAY THANK YOU" in before
        and "Mosaic Freight — Backend Engineer: interviewed yesterday at 10:30" in before
    )
    assert "Waiting in Drafts" not in before
    run(cfg, "drafts", "--now", DAY_AFTER)
    after = run(cfg, "digest", "--now", DAY_AFTER).output
    assert "  ✉ Waiting in Drafts (personal), ready to send" in after


def test_init_template_explains_drafts_and_parses() -> None:
    text = config_template()
    assert "[drafts]" in text and "enabled = false" in text
    assert "Drafts" in text and "never sends" in text.lower()
