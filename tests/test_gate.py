"""The gate: which messages are read in full at ingest, and that detection never notices the difference."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from watcher.app.ingest import scan_account
from watcher.app.pipeline import assess
from watcher.app.status import application_json
from watcher.config import parse
from watcher.core.assessment import assess_messages
from watcher.core.gate import first_look, peek_passes, read_headers
from watcher.core.mail import parse_message
from watcher.core.records import Message
from watcher.sources.structure import decode_peek, describe_structure
from watcher.store.state import Store, message_to_json

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MAILBOXES = [
    *sorted(p.parent for p in (ROOT / "bench").glob("heldout*/labels.json")),
    *([CORPUS] if (CORPUS / "labels.json").is_file() else []),
]


def headers(subject: str, sender: str = '"Jo Ng" <jo@quietfirm.example>', **extra: str) -> bytes:
    lines = [f"From: {sender}", "To: sam@rivera.example", f"Subject: {subject}", "Message-ID: <x@q.example>"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# --- first look: the headers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Interview next week",
        "Your application to Acme",
        "Einladung zum Vorstellungsgespräch",
        "Entrevista para el puesto de analista",
        "Entretien pour le poste de développeur",
        "Vaga de engenheira de dados",
        "Colloquio per la posizione di sviluppatore",
        "Uitnodiging voor een sollicitatiegesprek",
    ],
)
def test_job_words_in_the_subject_fetch_the_message_in_every_language(subject: str) -> None:
    assert first_look(read_headers(headers(subject))) == "fetch"


def test_a_calendar_part_or_an_applicant_tracking_sender_fetches_whatever_the_subject() -> None:
    assert first_look(read_headers(headers("Hello")), has_calendar=True) == "fetch"
    assert first_look(read_headers(headers("Hello", Content_Type="text/calendar; method=REQUEST"))) == "fetch"
    ats = '"Acme" <no-reply@acme.greenhouse-mail.example>'
    assert first_look(read_headers(headers("Update", sender=ats))) == "fetch"


def test_bulk_mail_with_a_dull_subject_is_skipped_and_scheduling_words_earn_a_peek() -> None:
    bulk = {"List_Unsubscribe": "<mailto:off@news.example>"}
    assert first_look(read_headers(headers("Our spring sale", **bulk))) == "skip"
    assert first_look(read_headers(headers("Meeting confirmed for Thursday", **bulk))) == "peek"
    newsletter = '"Weekly Jobs" <news@board.example>'
    assert first_look(read_headers(headers("Digest #12", sender=newsletter, **bulk))) == "skip"


def test_the_gate_never_raises_on_garbage_headers() -> None:
    for raw in (b"\xff\xfe\x00garbage", b"", b"Subject: =?x-unknown?q?=FF?=\r\nFrom: <<<>>>\r\n\r\n"):
        assert first_look(read_headers(raw)) in {"fetch", "peek", "skip"}


def test_a_bland_personal_subject_gets_a_peek() -> None:
    assert first_look(read_headers(headers("Quick chat?"))) == "peek"


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Hi Sam, I'm hiring for a backend engineer role on my team. Free for a call Thursday?", True),
        ("Hallo Sam, wir suchen für eine Stelle als Entwicklerin. Hätten Sie Zeit?", True),
        ("Hola Sam, tenemos una vacante de analista. ¿Hablamos el jueves?", True),
        ("Bonjour Sam, nous avons un poste de développeur à pourvoir.", True),
        ("Olá Sam, temos uma vaga de engenheira de dados.", True),
        ("Ciao Sam, abbiamo una posizione aperta per uno sviluppatore.", True),
        ("Hoi Sam, we hebben een vacature voor een ontwikkelaar.", True),
        ("Dinner on Friday? Bring the board game.", False),
        ("Your parcel is on its way and will arrive tomorrow.", False),
    ],
)
def test_a_peek_finds_job_vocabulary_in_the_first_lines(text: str, passes: bool) -> None:
    assert peek_passes(text) is passes


def test_the_peek_reads_only_the_first_lines() -> None:
    assert not peek_passes("x " * 5000 + "interview")


# --- the structure a server reports ---------------------------------------------------------------


def test_bodystructure_gives_the_first_text_part_and_a_calendar_under_any_subject() -> None:
    # as imapclient parses Dovecot's answer for mixed(alternative(plain, html), calendar, invite.ics)
    structure = (
        [
            (
                [
                    (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"quoted-printable", 25, 0),
                    (b"text", b"html", (b"charset", b"utf-8"), None, None, b"base64", 12, 0),
                ],
                b"alternative",
                (b"boundary", b"BB"),
            ),
            (b"application", b"octet-stream", (b"name", b"invite.ics"), None, None, b"7bit", 2, None,
             (b"attachment", (b"filename", b"invite.ics"))),
        ],
        b"mixed",
        (b"boundary", b"AA"),
    )  # fmt: skip
    part = describe_structure(structure)
    assert (part.section, part.encoding, part.charset, part.calendar) == (
        "1.1",
        "quoted-printable",
        "utf-8",
        True,
    )
    single = (b"text", b"html", (b"charset", b"iso-8859-1"), None, None, b"base64", 14, 1)
    assert describe_structure(single).section == "1"
    assert describe_structure(None).section == ""  # unknown: the whole message is fetched


def test_a_peek_undoes_the_transfer_encoding_and_drops_tags() -> None:
    assert decode_peek(b"Hello caf=C3=A9", "quoted-printable", "utf-8") == "Hello café"
    assert decode_peek(b"PGI+aW50ZXJ2aWV3PC9iPg==\r\n", "base64", "utf-8").strip() == "interview"
    assert decode_peek(b"PGI+aW50ZXJ2aW", "base64", "utf-8").startswith(" inter")  # cut mid-way: still text


# --- through a scan: what is stored, and that detection does not move ----------------------------------


def assert_same_status(settings: Any, store: Store, everything: list[Any], moments: list[str]) -> list[Any]:
    """At every moment, status from the gated state equals status over every message read in full;
    returns the last full answer."""
    full: list[Any] = []
    for when in moments:
        now = datetime.fromisoformat(when)
        gated = [application_json(a) for a in assess(settings, store, now)]
        full = assess_messages(
            everything,
            my_addresses=settings.my_addresses,
            tz=settings.tz,
            now=now,
            params=settings.policy,
        )
        assert gated == [application_json(a) for a in full], when
    return full


def maildir_of(box: Path, root: Path) -> Path:
    """The labelled mailbox as a Maildir: inbox files in INBOX, sent files in .Sent."""
    for i, p in enumerate(sorted((box / "mail").glob("*/*.eml"))):
        folder = root / (".Sent" if p.stem.endswith("sent") else "") / "cur"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(p, folder / f"{1770000000 + i}.M{i}P1.host:2,S")
    return root


@pytest.mark.parametrize("box", MAILBOXES, ids=lambda p: p.name)
def test_a_gated_scan_gives_the_same_status_as_reading_every_message_in_full(
    tmp_path: Path, box: Path
) -> None:
    labels = json.loads((box / "labels.json").read_text())
    maildir = maildir_of(box, tmp_path / "Maildir")
    settings = parse(
        f'timezone = "{labels["timezone"]}"\nmy_addresses = {json.dumps(labels["my_addresses"])}\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "m"\ntype = "maildir"\npath = "{maildir}"\nlookback_days = 3650\n'
    )
    everything = [
        parse_message(
            p.read_bytes(), account="m", folder="x", uid=str(i), my_addresses=labels["my_addresses"]
        )
        for i, p in enumerate(sorted((box / "mail").glob("*/*.eml")))
    ]
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        assert_same_status(settings, store, everything, labels["evaluate_at"])


@pytest.mark.dovecot
@pytest.mark.parametrize(
    "box", [b for b in MAILBOXES if b.name in {"heldout2", "corpus"}], ids=lambda p: p.name
)
def test_over_imap_a_gated_scan_reads_every_message_detection_needs(
    tmp_path: Path, box: Path, dovecot: Any, imap_user: Any
) -> None:
    """Through a real server: headers, BODYSTRUCTURE, peeks and the late fetch of a thread's first message."""
    labels = json.loads((box / "labels.json").read_text())
    by_folder: dict[str, list[tuple[bytes, datetime]]] = {}
    everything = []
    for i, p in enumerate(sorted((box / "mail").glob("*/*.eml"))):
        raw = p.read_bytes()
        msg = parse_message(raw, account="c", folder="x", uid=str(i), my_addresses=labels["my_addresses"])
        everything.append(msg)
        by_folder.setdefault("Sent" if p.stem.endswith("sent") else "INBOX", []).append((raw, msg.date))
    for folder, items in by_folder.items():
        dovecot.append_many(imap_user, folder, items)
    acc = dovecot.account_config(imap_user, name="c", security="ssl")
    acc["lookback_days"] = 3650
    toml = "\n".join(f"{k} = {json.dumps(v)}" for k, v in acc.items())
    settings = parse(
        f'timezone = "{labels["timezone"]}"\nmy_addresses = {json.dumps(labels["my_addresses"])}\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n[[accounts]]\n{toml}\n'
    )
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        bodies = {mid for (mid,) in store.db.execute("SELECT message_id FROM messages WHERE headers_only=0")}
        full = assert_same_status(settings, store, everything, labels["evaluate_at"])
    listed = {
        m for a in full for c in a.application.conversations for m in (x.message_id for x in c.messages)
    }
    assert listed <= bodies  # every message of a listed process was read in full


# --- upgrades ----------------------------------------------------------------------------------------


def _maildir_account(tmp_path: Path, files: dict[str, bytes]) -> Any:
    root = tmp_path / "Maildir"
    (root / "cur").mkdir(parents=True)
    for i, (name, raw) in enumerate(files.items()):
        (root / "cur" / f"{1770000000 + i}.M{i}P1.{name}:2,S").write_bytes(raw)
    return parse(
        'timezone = "Europe/Berlin"\nmy_addresses = ["sam@rivera.example"]\n'
        f'[storage]\npath = "{tmp_path / "state.db"}"\n'
        f'[[accounts]]\nname = "m"\ntype = "maildir"\npath = "{root}"\nlookback_days = 3650\n'
    )


def _mail(subject: str, body: str, n: int) -> bytes:
    return (
        f"From: Jo Ng <jo@quietfirm.example>\r\nTo: sam@rivera.example\r\nSubject: {subject}\r\n"
        f"Message-ID: <m{n}@quietfirm.example>\r\nDate: Mon, 2 Mar 2026 10:0{n}:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


def test_a_newer_parser_reads_stored_mail_again_without_a_download(tmp_path: Path) -> None:
    settings = _maildir_account(tmp_path, {"a": _mail("Interview on Thursday", "Thursday at 10 works?", 1)})
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        # as a state written by the previous release: older records, never checked by this one
        store.db.execute("UPDATE messages SET record=replace(record, 'Thursday', 'Friday'), record_version=0")
        store.db.execute("DELETE FROM meta WHERE key='records'")
        shutil.rmtree(tmp_path / "Maildir" / "cur")  # nothing to download from any more
        (tmp_path / "Maildir" / "cur").mkdir()
        from watcher.app.ingest import reread_outdated

        assert reread_outdated(settings, store) == 1
        (subject,) = store.db.execute("SELECT json_extract(record, '$.subject') FROM messages").fetchone()
        assert subject == "Interview on Thursday"
        assert store.count_outdated_records() == 0


def test_an_upgraded_gate_fetches_stored_header_only_mail_it_now_lets_through(tmp_path: Path) -> None:
    # an invitation under a bland subject: only the gate's calendar rule lets it through
    raw = _mail("Catch-up", "BEGIN:VCALENDAR\r\nEND:VCALENDAR", 2).replace(
        b"Subject:", b"Content-Type: text/calendar; method=REQUEST\r\nSubject:"
    )
    settings = _maildir_account(tmp_path, {"b": raw})
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        # as an older gate would have left it: headers only, checked by gate version 0
        head = raw.split(b"\r\n\r\n")[0] + b"\r\n\r\n"
        record = message_to_json(
            parse_message(head, account="m", folder="INBOX", uid="x", my_addresses=[], headers_only=True)
        )
        store.db.execute(
            "UPDATE messages SET headers_only=1, raw=?, record=?, gate_version=0", (head, record)
        )
        store.db.execute("DELETE FROM meta WHERE key LIKE 'gate:%'")
        assert scan_account(settings, store, settings.accounts[0]).ok
        assert store.db.execute("SELECT headers_only, gate_version FROM messages").fetchone() == (0, 1)


def test_a_bland_first_message_is_read_in_full_once_its_thread_turns_out_to_be_an_interview(
    tmp_path: Path,
) -> None:
    """ "Quick chat?" says nothing a gate can see; the recruiter's next message names the role."""
    first = (
        b"From: Jo Ng <jo@quietfirm.example>\r\nTo: sam@rivera.example\r\nSubject: Quick chat?\r\n"
        b"Message-ID: <q1@quietfirm.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\n"
        b"Hi Sam, are you free on Thursday at 10 for a call?\r\n"
    )
    settings = _maildir_account(tmp_path, {"q1": first})
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        assert store.db.execute("SELECT headers_only FROM messages").fetchone() == (1,)  # ruled out for now
        second = (
            b"From: Jo Ng <jo@quietfirm.example>\r\nTo: sam@rivera.example\r\nSubject: Re: Quick chat?\r\n"
            b"Message-ID: <q2@quietfirm.example>\r\nIn-Reply-To: <q1@quietfirm.example>\r\n"
            b"References: <q1@quietfirm.example>\r\nDate: Tue, 3 Mar 2026 10:00:00 +0100\r\n\r\n"
            b"Sorry, I should have said: it is an interview with our hiring manager. Thursday at 10 still?\r\n"
        )
        (tmp_path / "Maildir" / "cur" / "1770000009.M9P1.q2:2,S").write_bytes(second)
        assert scan_account(settings, store, settings.accounts[0]).ok
        rows = dict(store.db.execute("SELECT message_id, headers_only FROM messages"))
        assert rows == {"<q1@quietfirm.example>": 0, "<q2@quietfirm.example>": 0}


def test_a_scan_indexes_what_it_stored_and_reads_back_only_the_interview_mail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index is built from the records the scan holds; afterwards the scan reads the interview
    mail once (to keep what it says for the questions), and nothing else."""
    import watcher.store.mailindex as mailindex

    mail = {f"m{n}": _mail(f"Interview {n}", "Thursday at 10 works?", n) for n in range(1, 6)}
    mail |= {
        f"o{n}": _mail(f"Lunch on day {n}", "Pizza or sushi?", n)
        .replace(b"jo@quietfirm.example", b"kim@friends.example")
        .replace(b"@quietfirm.example>", b"@friends.example>")
        for n in range(1, 6)
    }
    settings = _maildir_account(tmp_path, mail)
    reads: list[int] = []
    from watcher.store.state import message_from_json as real

    def counting(record: str) -> Message:
        reads.append(1)
        return real(record)

    monkeypatch.setattr(mailindex, "message_from_json", counting)
    with Store(settings.storage.path) as store:
        assert scan_account(settings, store, settings.accounts[0]).ok
        assert mailindex.MailIndex(store, settings.my_addresses).pending() == 0
        kept = store.db.execute("SELECT count(DISTINCT message_id) FROM message_facts").fetchone()[0]
    assert len(reads) == 5 and kept == 5
