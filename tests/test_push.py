"""`[notify] urls`: a short push notice after the morning digest and when news arrives during the
day, at most once per item and day, through Apprise to a loopback stand-in for ntfy.

The daemon tests drive the real code paths (Daemon.scan, the digest job, the state database)
on the bundled demo mailbox, with the daemon's clock set to the demo's morning.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from tests.digest_helpers import NOW, TZ, assessed
from tests.support.ntfy import FakeNtfy
from watcher.config import Settings, load, parse
from watcher.core.push import (
    MORNING,
    PushItem,
    after_morning,
    compose,
    push_items,
    redact_url,
    scrub,
    untold,
)
from watcher.daemon.notify import Notifier
from watcher.daemon.service import Daemon
from watcher.demo import DEMO_NOW, demo_folder
from watcher.digest.render import DigestInputs, build_digest
from watcher.errors import ConfigError
from watcher.store.pushlog import PushLog, target_key
from watcher.store.state import Store

SECRET_TOPIC = "sam-7f3kq-secret-topic"
MORNING_NOTICE = "3 nudges due, 1 reply needed, 1 offer to answer: Windrose Power made you an offer"
PINECONE_ASK = (
    "1 reply needed: Pinecone Labs asked “Before we move on to the final round, could you send me "
    "the names and contact details of…”"
)

# A reply in the demo's Pinecone Labs thread, on the demo's Tuesday at 10:05: a new ask.
ASK_MAIL = """\
From: Marcus Webb <marcus@pineconelabs.example>
To: Sam Rivera <sam@rivera.example>
Subject: Re: Thank you - Data Engineer interview
Date: Tue, 10 Mar 2026 10:05:00 +0100
Message-ID: <pinecone-next-step@mail.pineconelabs.example>
In-Reply-To: <135905a3-5500-b6d6-700a18acd3cb@rivera.example>
References: <CAFD33405A5E+bdb7600df9bef739@mail.pineconelabs.example>
 <135905a3-5500-b6d6-700a18acd3cb@rivera.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Sam,

Thanks again for your time last week. Before we move on to the final round, could you send me \
the names and contact details of two references?

Best,
Marcus
"""


# --- the pure decisions ---------------------------------------------------------------------


def test_push_items_are_the_digests_act_now_sections_item_for_item() -> None:
    """The notice counts what the digest lists: an offer, an ask, a doubt, a due nudge; nothing
    for upcoming, waiting, cold or closed processes."""
    rows = [
        assessed("Windrose", "closed", outcome="offer", needs_reply=True, outcome_quote="We are delighted"),
        assessed("Quill", "your_turn", ask="Could you send two references?"),
        assessed("Harbor & Finch", "due", next_nudge_on=NOW.date()),
        assessed("Kranich", "due", next_nudge_on=NOW.date()),
        assessed("Brightwater", "upcoming", interview_at=NOW + timedelta(days=2)),
        assessed("Ledgerly", "waiting", next_nudge_on=NOW.date() + timedelta(days=1)),
        assessed("Tern", "cold"),
        assessed("Saffron", "closed", outcome="rejected"),
    ]
    digest = build_digest(rows, DigestInputs(now=NOW, tz=TZ))
    items = push_items(((a.application, a.evaluation) for a in rows), NOW)
    kinds = [i.kind for i in items]
    assert kinds.count("offer") == len(digest.offers) == 1
    assert kinds.count("reply") == len(digest.reply) == 1
    assert kinds.count("nudge") == len(digest.due) == 2
    assert kinds.count("check") == len(digest.check) == 0
    assert {i.employer for i in items} == {"Windrose", "Quill", "Harbor & Finch", "Kranich"}
    assert next(i for i in items if i.kind == "reply").detail == "Could you send two references?"


def test_a_process_in_doubt_is_one_to_check_not_a_nudge() -> None:
    from watcher.core.records import Doubt

    row = assessed("Saltmarsh", "due", next_nudge_on=NOW.date())
    doubtful = type(row)(
        row.application,
        row.evaluation.__class__(
            **{
                **{f: getattr(row.evaluation, f) for f in row.evaluation.__dataclass_fields__},
                "review": Doubt("rejected", NOW - timedelta(days=1), "<m@x>", "we have decided"),
            }
        ),
    )
    digest = build_digest([doubtful], DigestInputs(now=NOW, tz=TZ))
    (item,) = push_items([(doubtful.application, doubtful.evaluation)], NOW)
    assert len(digest.check) == 1 and not digest.due
    assert (item.kind, item.detail) == ("check", "a possible rejection")


def test_notice_gives_the_counts_then_the_most_urgent_item() -> None:
    items = [
        PushItem("nudge", "a", "Kranich"),
        PushItem("reply", "b", "Harbor & Finch", "Could you send two references?"),
        PushItem("nudge", "c", "Maison Lumière"),
    ]
    notice = compose(items)
    assert notice.title == "interview-watcher"
    assert (
        notice.body == "2 nudges due, 1 reply needed: Harbor & Finch asked “Could you send two references?”"
    )
    assert compose([PushItem("nudge", "a", "Kranich")]).body == "1 nudge due: follow up with Kranich"
    assert (
        compose([PushItem("check", "a", "Saltmarsh", "a possible rejection")]).body
        == "1 to check: Saltmarsh: a possible rejection to check"
    )


def test_a_notice_is_one_short_line_whatever_the_mail_says() -> None:
    """Names and asks come from mail: no line break, no escape sequence, no endless line."""
    evil = PushItem("reply", "a", "Evil\r\nX-Injected: 1 \x1b[31mCorp", "please " * 100)
    body = compose([evil]).body
    assert "\n" not in body and "\r" not in body and "\x1b" not in body
    assert len(body) <= 240 and body.endswith("…")
    rows = [assessed("Line\nBreak Ltd", "your_turn", ask="Send\rthis\x00 now?")]
    (item,) = push_items(((a.application, a.evaluation) for a in rows), NOW)
    assert item.employer == "Line Break Ltd" and item.detail == "Send this now?"


def test_nudges_are_told_with_the_first_notice_of_the_day_only() -> None:
    items = [PushItem("nudge", "a", "Kranich"), PushItem("reply", "b", "Quill"), PushItem("offer", "c", "W")]
    assert untold(items, set(), morning_told=False) == items
    assert untold(items, {"reply:b"}, morning_told=False) == [items[0], items[2]]
    # After the morning notice a nudge that became due is left to tomorrow's digest; news is not.
    assert untold(items, {MORNING, "offer:c"}, morning_told=True) == [items[1]]


@pytest.mark.parametrize(
    ("now", "expected"),
    [(time(7, 29, 59), False), (time(7, 30), True), (time(23, 59), True), (time(0, 5), False)],
)
def test_news_waits_for_todays_digest_time(now: time, expected: bool) -> None:
    assert after_morning(datetime.combine(NOW.date(), now, tzinfo=TZ), time(7, 30), TZ) is expected


@pytest.mark.parametrize(
    ("url", "shown", "secrets"),
    [
        ("ntfy://127.0.0.1:8080/sam-secret", "ntfy://127.0.0.1:8080/…", ["sam-secret"]),
        (
            "ntfys://tk_AbCdEf123@ntfy.sh/mytopic?priority=high",
            "ntfys://ntfy.sh/…",
            ["tk_AbCdEf123", "mytopic"],
        ),
        ("ntfy://user:hunter22@ntfy.example/alerts", "ntfy://ntfy.example/…", ["hunter22", "alerts", "user"]),
        ("tgram://123456789:AAHbotTOKENxyz/987654321", "tgram://…", ["AAHbotTOKENxyz", "987654321"]),
        (
            "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general",
            "slack://…",
            ["TIiajkdnlazkcOXrIdevi7FQ"],
        ),
        ("gotify://gotify.example/AbCdEfToken", "gotify://gotify.example/…", ["AbCdEfToken"]),
        ("pover://userKEY123@appTOKEN456", "pover://…", ["userKEY123", "appTOKEN456"]),
        ("json://user:pw123@[::1]:9000/hook?key=val9", "json://[::1]:9000/…", ["pw123", "hook", "val9"]),
        ("mailto://sam:app-password@gmail.com", "mailto://gmail.com/…", ["app-password"]),
        ("no scheme at all", "(not a URL)", ["scheme"]),
    ],
)
def test_a_service_is_named_without_its_tokens(url: str, shown: str, secrets: list[str]) -> None:
    assert redact_url(url) == shown
    for secret in secrets:
        assert secret not in redact_url(url)
        assert secret not in scrub(f"Failed to send to {url} (topic '{secret}')", url)


def test_a_librarys_error_text_is_scrubbed_of_the_urls_secrets() -> None:
    url = "ntfy://127.0.0.1:8080/sam-secret"
    text = "Failed to send ntfy notification to topic 'sam-secret': error=500. (http://127.0.0.1:8080/sam-secret)"
    assert (
        scrub(text, url)
        == "Failed to send ntfy notification to topic '…': error=500. (http://127.0.0.1:8080/…)"
    )


# --- the config -------------------------------------------------------------------------------


BASE = 'my_addresses = ["sam@rivera.example"]\n'


def test_notify_is_off_when_absent_and_takes_a_list_of_urls() -> None:
    assert parse(BASE).notify is None
    settings = parse(BASE + '[notify]\nurls = ["ntfys://ntfy.sh/topic-1", "tgram://bot/chat"]\n')
    assert settings.notify is not None
    assert settings.notify.url_values == ["ntfys://ntfy.sh/topic-1", "tgram://bot/chat"]
    assert "topic-1" not in repr(settings) and "topic-1" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        (f'urls = "ntfys://ntfy.sh/{SECRET_TOPIC}"', "notify.urls: expected a list of Apprise URLs"),
        (
            f'urls = ["ntfys://ntfy.sh/x", "{SECRET_TOPIC}"]',
            'notify.urls[1]: expected an Apprise URL like "ntfys',
        ),
        (
            f'urls = ["ntfy://h/{SECRET_TOPIC}", "ntfy://h/{SECRET_TOPIC}"]',
            "notify.urls: expected each URL once",
        ),
        (f'url = ["ntfy://h/{SECRET_TOPIC}"]', 'notify.url: unknown key (did you mean "urls"?)'),
    ],
)
def test_a_config_mistake_under_notify_is_one_line_that_never_shows_the_url(
    snippet: str, message: str
) -> None:
    with pytest.raises(ConfigError) as err:
        parse(BASE + "[notify]\n" + snippet + "\n")
    text = str(err.value)
    assert message in text and len(text.splitlines()) == 1
    assert SECRET_TOPIC not in text


# --- the state's record -----------------------------------------------------------------------


def test_what_was_told_is_kept_per_service_and_day_in_the_private_state(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    day = NOW.date()
    url = f"ntfys://ntfy.sh/{SECRET_TOPIC}"
    with Store(path) as store:
        log = PushLog(store)
        assert log.claim(day, target_key(url), ["reply:a", MORNING]) == ["reply:a", MORNING]
        assert log.claim(day, target_key(url), ["reply:a", "offer:b"]) == ["offer:b"]
        log.release(day, target_key(url), ["offer:b"])
    with Store(path) as store:  # a restart
        log = PushLog(store)
        assert log.told(day, target_key(url)) == {"reply:a", MORNING}
        assert log.told(day + timedelta(days=1), target_key(url)) == set()
        assert log.told(day, target_key("ntfys://ntfy.sh/other")) == set()
    assert os.stat(path).st_mode & 0o077 == 0
    assert SECRET_TOPIC.encode() not in path.read_bytes()


# --- the daemon, end to end -------------------------------------------------------------------


@pytest.fixture
def ntfy() -> Iterator[FakeNtfy]:
    server = FakeNtfy()
    yield server
    server.close()


@pytest.fixture
def demo() -> Iterator[Path]:
    with demo_folder() as folder:
        yield folder


def demo_settings(folder: Path, urls: list[str]) -> Settings:
    cfg = folder / "config.toml"
    text = (
        (folder / "config.toml.orig").read_text()
        if (folder / "config.toml.orig").exists()
        else cfg.read_text()
    )
    (folder / "config.toml.orig").write_text(text)
    listed = ", ".join(f'"{u}"' for u in urls)
    cfg.write_text(text + f"\n[notify]\nurls = [{listed}]\n")
    return load(cfg)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def daemon(settings: Settings, clock: Clock) -> Daemon:
    return Daemon(settings=settings, notifier=Notifier(None), hard_exit=False, clock=clock)


def new_mail(folder: Path, text: str, name: str = "1773133500.M100P1.sam-laptop") -> None:
    (folder / "Maildir" / "new" / name).write_text(text)


def test_one_notice_after_the_morning_digest_one_for_news_during_the_day_and_none_twice(
    demo: Path, ntfy: FakeNtfy
) -> None:
    settings = demo_settings(demo, [ntfy.url(SECRET_TOPIC)])
    clock = Clock(DEMO_NOW)
    d = daemon(settings, clock)
    scanned = d.scan("demo", wait=True)
    assert scanned is not None and scanned.ok
    assert ntfy.messages() == []  # the digest is due: its notice follows it, not the scan before it

    d._digest_job("scheduled")
    assert ntfy.messages() == [MORNING_NOTICE]
    assert ntfy.posted[0].title == "interview-watcher"

    clock.now = DEMO_NOW + timedelta(hours=1)
    d.scan("demo", wait=True)  # nothing new
    assert ntfy.messages() == [MORNING_NOTICE]

    new_mail(demo, ASK_MAIL)
    clock.now = DEMO_NOW + timedelta(hours=3)
    d.scan("demo", wait=True)
    assert ntfy.messages() == [MORNING_NOTICE, PINECONE_ASK]  # only the news, not the morning's items

    # A restart the same day: the state remembers what was told.
    again = daemon(settings, Clock(DEMO_NOW + timedelta(hours=4)))
    again.scan("demo", wait=True)
    again._digest_job("start-up")
    assert ntfy.messages() == [MORNING_NOTICE, PINECONE_ASK]


def test_overnight_news_waits_for_the_morning_digest(demo: Path, ntfy: FakeNtfy) -> None:
    settings = demo_settings(demo, [ntfy.url(SECRET_TOPIC)])
    d = daemon(settings, Clock(DEMO_NOW - timedelta(hours=5)))  # 02:30
    d.scan("demo", wait=True)
    assert ntfy.messages() == []


def test_without_notify_nothing_is_pushed_and_the_state_has_no_push_table(demo: Path, ntfy: FakeNtfy) -> None:
    settings = load(demo / "config.toml")
    assert settings.notify is None
    d = daemon(settings, Clock(DEMO_NOW))
    d.scan("demo", wait=True)
    d._digest_job("scheduled")
    assert ntfy.posted == [] and ntfy.refused == []
    with Store(settings.storage.path) as store:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "pushed" not in tables


def test_a_failing_service_is_logged_once_redacted_and_gets_what_it_missed_when_it_recovers(
    demo: Path, ntfy: FakeNtfy, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = FakeNtfy()
    broken.fail_with = 500
    try:
        settings = demo_settings(demo, [ntfy.url(SECRET_TOPIC), broken.url(SECRET_TOPIC + "-2")])
        clock = Clock(DEMO_NOW)
        d = daemon(settings, clock)
        caplog.set_level(logging.DEBUG)
        d.scan("demo", wait=True)
        d._digest_job("scheduled")
        assert ntfy.messages() == [MORNING_NOTICE]
        assert len(broken.refused) == 1

        new_mail(demo, ASK_MAIL)
        clock.now = DEMO_NOW + timedelta(hours=3)
        result = d.scan("demo", wait=True)
        assert result is not None and result.ok  # the daemon carries on
        assert ntfy.messages() == [MORNING_NOTICE, PINECONE_ASK]
        assert len(broken.refused) == 2  # tried again with the next notice
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
        assert errors == [
            f"notify.urls[1] (ntfy://127.0.0.1:{broken.port}/…): push failed: Failed to send ntfy "
            "notification to topic '…': unavailable, error=500.; trying again with the next notice"
        ]

        broken.fail_with = 0
        clock.now = DEMO_NOW + timedelta(hours=4)
        d.scan("demo", wait=True)  # no new mail: the failing service's missed items are owed
        assert broken.messages() == [
            "3 nudges due, 2 replies needed, 1 offer to answer: Windrose Power made you an offer"
        ]
        assert ntfy.messages() == [MORNING_NOTICE, PINECONE_ASK]
        assert any("works again" in r.getMessage() for r in caplog.records)
        d.scan("demo", wait=True)
        assert len(broken.posted) == 1 and len(ntfy.posted) == 2
    finally:
        broken.close()
    out = capsys.readouterr()
    everything = caplog.text + out.out + out.err
    assert SECRET_TOPIC not in everything
    assert "Traceback" not in everything


def test_a_service_that_cannot_be_reached_or_is_unknown_does_not_stop_the_others(
    demo: Path, ntfy: FakeNtfy, caplog: pytest.LogCaptureFixture
) -> None:
    gone = FakeNtfy()
    gone.close()  # nobody listens on its port any more
    settings = demo_settings(
        demo, [gone.url(SECRET_TOPIC), f"nosuchservice://{SECRET_TOPIC}", ntfy.url(SECRET_TOPIC)]
    )
    d = daemon(settings, Clock(DEMO_NOW))
    d.scan("demo", wait=True)
    d._digest_job("scheduled")
    assert ntfy.messages() == [MORNING_NOTICE]
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2
    assert errors[0].startswith(f"notify.urls[0] (ntfy://127.0.0.1:{gone.port}/…): push failed: ")
    assert errors[1].startswith("notify.urls[1] (nosuchservice://…): push failed: Apprise does not recognise")
    assert SECRET_TOPIC not in caplog.text


def test_the_templates_notify_example_is_valid_once_uncommented() -> None:
    from watcher.cli.setup import config_template

    text = config_template()
    block = text[text.index("# [notify]") :]
    uncommented = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    settings = parse(BASE + uncommented)
    assert settings.notify is not None
    assert settings.notify.url_values == ["ntfys://ntfy.sh/pick-a-long-random-topic"]
    assert parse(text).notify is None  # as shipped: off


def test_check_lists_each_service_redacted_and_fails_on_one_apprise_does_not_know(tmp_path: Path) -> None:
    import subprocess
    import sys

    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True)
    cfg = tmp_path / "config.toml"
    base = (
        BASE + f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Mail"}"\n'
        '[digest]\ndeliver = "stdout"\n'
    )

    def check(*urls: str) -> subprocess.CompletedProcess[str]:
        cfg.write_text(base + "[notify]\nurls = [" + ", ".join(f'"{u}"' for u in urls) + "]\n")
        return subprocess.run(
            [sys.executable, "-m", "watcher", "--config", str(cfg), "check"],
            capture_output=True, text=True, timeout=60, check=False, cwd=Path(__file__).parents[1],
        )  # fmt: skip

    good = check(f"ntfys://tk_{SECRET_TOPIC}@ntfy.sh/{SECRET_TOPIC}", f"tgram://123456:{SECRET_TOPIC}/42")
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.splitlines()[-2:] == [
        "notify: notify.urls[0] (ntfys://ntfy.sh/…): ok; ntfy (tested by the first notice, not now)",
        "notify: notify.urls[1] (tgram://…): ok; Telegram (tested by the first notice, not now)",
    ]
    bad = check(f"ntfy://127.0.0.1:9/{SECRET_TOPIC}", f"nosuchservice://{SECRET_TOPIC}")
    assert bad.returncode == 1
    assert bad.stdout.splitlines()[-1].startswith(
        "notify: notify.urls[1] (nosuchservice://…): FAILED: not a URL Apprise knows"
    )
    for r in (good, bad):
        assert SECRET_TOPIC not in r.stdout + r.stderr
        assert "Traceback" not in r.stderr


def test_check_says_nothing_about_push_when_it_is_off(tmp_path: Path) -> None:
    from watcher.app.push import check_lines

    assert check_lines(parse(BASE)) == ([], 0)


def test_a_service_added_by_a_reload_gets_todays_notice_at_the_next_scan(
    demo: Path, ntfy: FakeNtfy, tmp_path: Path
) -> None:
    settings = demo_settings(demo, [ntfy.url(SECRET_TOPIC)])
    clock = Clock(DEMO_NOW)
    d = daemon(settings, clock)
    d.config_path = str(demo / "config.toml")
    d.scan("demo", wait=True)
    d._digest_job("scheduled")
    clock.now = DEMO_NOW + timedelta(hours=1)
    d.scan("demo", wait=True)
    assert ntfy.messages(SECRET_TOPIC) == [MORNING_NOTICE]

    demo_settings(demo, [ntfy.url(SECRET_TOPIC), ntfy.url("second-topic")])
    d.scheduler.start(paused=True)
    try:
        assert d.reload()
    finally:
        d.scheduler.shutdown(wait=False)
    clock.now = DEMO_NOW + timedelta(hours=2)
    d.scan("demo", wait=True)  # no new mail
    assert ntfy.messages("second-topic") == [MORNING_NOTICE]
    assert ntfy.messages(SECRET_TOPIC) == [MORNING_NOTICE]


def test_a_service_that_never_answers_holds_the_daemon_only_seconds(
    demo: Path, ntfy: FakeNtfy, caplog: pytest.LogCaptureFixture
) -> None:
    import time as _time

    silent = FakeNtfy()
    silent.stall.set()
    try:
        settings = demo_settings(demo, [silent.url(SECRET_TOPIC), ntfy.url(SECRET_TOPIC)])
        d = daemon(settings, Clock(DEMO_NOW))
        d.scan("demo", wait=True)
        started = _time.monotonic()
        d._digest_job("scheduled")
        took = _time.monotonic() - started
    finally:
        silent.close()
    assert ntfy.messages() == [MORNING_NOTICE]
    assert took < 20  # Apprise's read timeout (4 s), not the server's silence (60 s)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].startswith(f"notify.urls[0] (ntfy://127.0.0.1:{silent.port}/…)")
    assert SECRET_TOPIC not in caplog.text


def test_the_next_morning_tells_what_is_still_due_again(demo: Path, ntfy: FakeNtfy) -> None:
    """ "Once per item per day": a reply still owed tomorrow is in tomorrow's morning notice."""
    settings = demo_settings(demo, [ntfy.url(SECRET_TOPIC)])
    clock = Clock(DEMO_NOW)
    d = daemon(settings, clock)
    d.scan("demo", wait=True)
    d._digest_job("scheduled")
    clock.now = DEMO_NOW + timedelta(days=1)
    d.scan("demo", wait=True)
    assert len(ntfy.posted) == 1  # before the digest job: its notice follows it
    d._digest_job("scheduled")
    first, second = ntfy.messages()
    assert first == MORNING_NOTICE
    assert "1 reply needed" in second and "1 offer to answer" in second
