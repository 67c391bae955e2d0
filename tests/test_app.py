"""The application layer returns data and prints nothing: the CLI, the daemon and the demo share it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from watcher.app.digest import preview_digest
from watcher.app.marking import MarkError, MarkRequest, mark
from watcher.app.scan import NoAccounts, scan
from watcher.app.service import plan_service
from watcher.app.status import explain, status, status_json
from watcher.config import Settings, load
from watcher.core.applications import Mark
from watcher.errors import UsageError
from watcher.store.records import AccountStatus
from watcher.store.state import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime.fromisoformat("2026-03-10T07:30:00+01:00")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A config over a copy of the demo Maildir, scanned once through the application layer."""
    tmp = tmp_path_factory.mktemp("app")
    shutil.copytree(ROOT / "watcher" / "demo" / "Maildir", tmp / "Mail")
    cfg = tmp / "config.toml"
    cfg.write_text(
        'timezone = "Europe/Berlin"\nmy_addresses = ["sam@rivera.example"]\n'
        f'[storage]\npath = "{tmp}/state.db"\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp}/Mail"\nlookback_days = 3650\n'
    )
    s = load(cfg)
    (result,) = scan(s)
    assert result.ok and result.total > 0, result.error
    return s


def test_status_returns_the_processes_most_urgent_first_and_prints_nothing(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    report = status(settings, NOW)
    assert report.items and report.notices == []
    data = status_json(report)
    assert list(data) == ["now", "applications", "notices"]
    assert [a["id"] for a in data["applications"]] == [a.application.id for a in report.items]
    assert capsys.readouterr() == ("", "")


def test_explain_returns_the_one_process_or_one_usage_error(settings: Settings) -> None:
    first = status(settings, NOW).items[0].application
    assert explain(settings, first.id, NOW).application.id == first.id
    with pytest.raises(UsageError, match='no interview process matches "nobody at all"') as e:
        explain(settings, "nobody at all", NOW)
    assert e.value.exit_code == 2


def test_mark_records_a_typed_mark_and_says_what_it_recorded(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    target = status(settings, NOW).items[-1].application
    marked = mark(settings, target.id, MarkRequest(closed="withdrawn"), now=NOW)
    assert (marked.app_id, marked.reopened, marked.mark) == (target.id, False, Mark(closed="withdrawn"))
    with Store(settings.storage.path) as store:
        assert store.marks()[target.id].closed == "withdrawn"
    reopened = mark(settings, target.id, MarkRequest(reopen=True), now=NOW)
    assert reopened.reopened and reopened.mark == Mark()
    with Store(settings.storage.path) as store:
        assert store.marks()[target.id] == Mark(reviewed=NOW)
    assert capsys.readouterr() == ("", "")


def test_a_doubtful_date_is_refused_where_nobody_can_be_asked_and_asked_where_someone_can(
    settings: Settings,
) -> None:
    target = status(settings, NOW).items[0].application
    far = MarkRequest(reply_by="2031-01-05")
    with pytest.raises(MarkError, match=r"a wrong year.*add --yes to record it anyway"):
        mark(settings, target.id, far, now=NOW)
    asked: list[str] = []

    def no(question: str) -> bool:
        asked.append(question)
        return False

    with pytest.raises(MarkError, match=r"nothing recorded$"):
        mark(settings, target.id, far, now=NOW, ask=no)
    assert len(asked) == 1 and asked[0].endswith("Record it anyway?")
    with Store(settings.storage.path) as store:
        assert target.id not in store.marks() or store.marks()[target.id].reply_by is None


def test_a_mark_that_asks_for_nothing_is_refused_before_the_state_is_read(tmp_path: Path) -> None:
    missing = Settings.model_validate(
        {"my_addresses": ["a@b.example"], "storage": {"path": "/nonexistent/x"}}
    )
    with pytest.raises(MarkError, match="nothing to mark"):
        mark(missing, "x", MarkRequest(), now=NOW)
    with pytest.raises(MarkError, match="--not-interview cannot be combined"):
        mark(missing, "x", MarkRequest(not_interview=True, closed="offer"), now=NOW)


def test_scan_without_accounts_is_one_error(tmp_path: Path) -> None:
    empty = Settings.model_validate(
        {"my_addresses": ["a@b.example"], "storage": {"path": str(tmp_path / "s.db")}}
    )
    with pytest.raises(NoAccounts, match=r"no \[\[accounts\]\] configured"):
        scan(empty)


def test_the_store_hands_out_account_health_as_a_record(settings: Settings) -> None:
    with Store(settings.storage.path) as store:
        health = store.account_statuses()["local"]
    assert isinstance(health, AccountStatus) and health.ok and health.since is not None


def test_the_digest_preview_is_rendered_without_sending_or_recording(settings: Settings) -> None:
    preview = preview_digest(settings, NOW)
    assert preview.prepared.subject and not preview.never_scanned
    with Store(settings.storage.path) as store:
        assert store.digest_record(NOW.date()) is None


def test_the_service_plan_is_data_the_cli_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        'my_addresses = ["a@b.example"]\n[[accounts]]\nname = "m"\ntype = "imap"\nhost = "h.example"\n'
        'username = "u"\npassword_credential = "mail-secret"\n'
    )
    user = plan_service("user", str(cfg))
    assert user.kind == "user" and "WantedBy=default.target" in user.text and user.credentials is None
    system = plan_service("system", str(cfg))
    assert system.credentials == ["mail-secret"]
    assert "LoadCredential=mail-secret:/etc/credstore/interview-watcher.mail-secret" in system.text
    monkeypatch.setattr(
        "watcher.app.service.service_command", lambda: (["/home/sam/.venv/bin/interview-watcher"], None)
    )
    hidden = plan_service("system", str(cfg))
    assert hidden.unreadable is not None
    assert hidden.unreadable.startswith("/home/sam/.venv/bin/interview-watcher is under /home")


@pytest.mark.parametrize(
    "module", ["watcher.cli", "watcher.app.ingest", "watcher.store.state", "watcher.daemon.service"]
)
def test_starting_a_command_a_scan_or_the_daemon_does_not_load_the_reader(module: str) -> None:
    """The reader (applications, dates, dateparser) loads when a question or a digest needs it:
    `--help`, a rescan with nothing new and an idle daemon never pay for it."""
    code = f"import sys, {module}; print(sorted(m for m in ('watcher.core.applications', 'dateparser') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
