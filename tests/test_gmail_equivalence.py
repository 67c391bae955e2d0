"""The same mail through Dovecot (IMAP) and through the fake Gmail API gives the same `status --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.fake_gmail import FakeGmail

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parents[1]
ME = "Sam Rivera <sam@rivera.example>"
NOW = datetime.now(UTC).replace(second=0, microsecond=0)


def _mail(
    mid: str,
    sender: str,
    to: str,
    subject: str,
    days_ago: float,
    body: str,
    reply_to: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[str, bytes, datetime]:
    when = NOW - timedelta(days=days_ago)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{mid}@equivalence.example>"
    if reply_to:
        msg["In-Reply-To"] = f"<{reply_to}@equivalence.example>"
        msg["References"] = f"<{reply_to}@equivalence.example>"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    folder = "Sent" if sender == ME else "INBOX"
    return folder, msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")), when


NORA = "Nora Becker <nora@lindenwerk.example>"
JUERGEN = "Jürgen Müller <juergen@kesselbau.example>"
LUCIA = "Lucía Ortega <lucia@olivar-sistemas.example>"
CLAIRE = "Claire Dubois <claire@atelier-bleu.example>"

MAIL = [
    # English: an interview that happened; nothing since → a nudge becomes due
    _mail(
        "en1",
        NORA,
        ME,
        "Interview for the Platform Engineer role",
        24,
        "Hello Sam,\n\nthank you for applying to Lindenwerk. Could we do a video interview on "
        "Thursday at 10:00?\n\nBest,\nNora Becker\nTalent Acquisition, Lindenwerk",
    ),
    _mail(
        "en2",
        ME,
        NORA,
        "Re: Interview for the Platform Engineer role",
        23.8,
        "Hi Nora,\n\nThursday at 10:00 works for me. Looking forward to it.\n\nSam",
        reply_to="en1",
    ),
    _mail(
        "en3",
        NORA,
        ME,
        "Re: Interview for the Platform Engineer role",
        20,
        "Hi Sam,\n\nthanks for your time in the interview today. We will get back to you next week.\n\nNora",
        reply_to="en2",
    ),
    # German: an invitation, my answer, then a rejection
    _mail(
        "de1",
        JUERGEN,
        ME,
        "Einladung zum Vorstellungsgespräch",
        15,
        "Hallo Sam,\n\nwir laden Sie gerne zu einem Vorstellungsgespräch am Dienstag um 14 Uhr ein.\n\n"
        "Viele Grüße\nJürgen Müller\nPersonalabteilung, Kesselbau GmbH",
    ),
    _mail(
        "de2",
        ME,
        JUERGEN,
        "Re: Einladung zum Vorstellungsgespräch",
        14.9,
        "Hallo Herr Müller,\n\nvielen Dank, Dienstag um 14 Uhr passt mir gut.\n\nViele Grüße\nSam",
        reply_to="de1",
    ),
    _mail(
        "de3",
        JUERGEN,
        ME,
        "Re: Einladung zum Vorstellungsgespräch",
        3,
        "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten "
        "entschieden haben.\n\nViele Grüße\nJürgen Müller",
        reply_to="de2",
    ),
    # Spanish: an interview next week
    _mail(
        "es1",
        LUCIA,
        ME,
        "Entrevista para el puesto de desarrolladora backend",
        4,
        "Hola Sam,\n\n¿Te viene bien una entrevista el próximo jueves a las 11:00?\n\n"
        "Saludos,\nLucía Ortega\nRecursos Humanos, Olivar Sistemas",
    ),
    _mail(
        "es2",
        ME,
        LUCIA,
        "Re: Entrevista para el puesto de desarrolladora backend",
        3.9,
        "Hola Lucía,\n\nel jueves a las 11:00 me viene perfecto.\n\nUn saludo,\nSam",
        reply_to="es1",
    ),
    # French: after the interview they promise an answer
    _mail(
        "fr1",
        CLAIRE,
        ME,
        "Entretien pour le poste de développeuse",
        9,
        "Bonjour Sam,\n\nmerci pour votre candidature. Seriez-vous disponible pour un entretien "
        "mercredi à 15h ?\n\nCordialement,\nClaire Dubois\nRessources humaines, Atelier Bleu",
    ),
    _mail(
        "fr2",
        ME,
        CLAIRE,
        "Re: Entretien pour le poste de développeuse",
        8.9,
        "Bonjour Claire,\n\nmercredi à 15h me convient très bien.\n\nBien cordialement,\nSam",
        reply_to="fr1",
    ),
    _mail(
        "fr3",
        CLAIRE,
        ME,
        "Re: Entretien pour le poste de développeuse",
        6,
        "Bonjour Sam,\n\nmerci pour cet entretien. Nous reviendrons vers vous d'ici la fin de la semaine "
        "prochaine.\n\nClaire",
        reply_to="fr2",
    ),
    # noise: a job board newsletter and a friend
    _mail(
        "nl1",
        "Weekly Jobs <news@jobboard.example>",
        ME,
        "Your weekly job digest",
        2,
        "20 new jobs match your search.",
        headers={"List-Unsubscribe": "<mailto:off@jobboard.example>", "Precedence": "bulk"},
    ),
    _mail("pp1", "Alex <alex@friends.example>", ME, "Dinner on Saturday?", 1, "Pizza at eight?"),
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEW_WATCHER_CONFIG"}
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def toml_value(v: Any) -> str:
    return json.dumps(v) if not isinstance(v, bool) else str(v).lower()


def write_config(path: Path, state: Path, account: dict[str, Any]) -> Path:
    lines = [
        'my_addresses = ["sam@rivera.example"]',
        'timezone = "Europe/Berlin"',
        "[storage]",
        f"path = {toml_value(str(state))}",
        "[digest]",
        'deliver = "stdout"',
        "[[accounts]]",
    ]
    lines += [f"{k} = {toml_value(v)}" for k, v in account.items()]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start("sam@rivera.example") as fake:
        yield fake


def status(config: Path) -> dict[str, Any]:
    scanned = run("--config", str(config), "scan")
    assert scanned.returncode == 0, scanned.stdout + scanned.stderr
    out = run("--config", str(config), "status", "--json", "--now", NOW.isoformat())
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout))


def test_gmail_api_and_imap_give_the_same_status_for_the_same_mail(
    dovecot: Dovecot, imap_user: DovecotUser, gmail: FakeGmail, tmp_path: Path
) -> None:
    for folder, raw, when in MAIL:
        dovecot.append(imap_user, folder, raw, internaldate=when)
        gmail.add(raw, labels=["SENT"] if folder == "Sent" else ["INBOX", "UNREAD"], when=when)
    token = gmail.write_token(tmp_path / "gmail-token.json")

    imap_cfg = write_config(
        tmp_path / "imap.toml",
        tmp_path / "imap" / "state.db",
        dovecot.account_config(imap_user, name="personal"),
    )
    gmail_cfg = write_config(
        tmp_path / "gmail.toml",
        tmp_path / "gmail" / "state.db",
        {"name": "personal", "type": "gmail", "token_file": str(token), "api_endpoint": gmail.url},
    )

    from_imap = status(imap_cfg)
    from_gmail = status(gmail_cfg)

    assert from_gmail == from_imap
    apps = from_gmail["applications"]
    assert len(apps) >= 3, json.dumps(apps, indent=1, ensure_ascii=False)
    assert gmail.shape_errors == []
    print("\n" + "\n".join(f"{a['employer']}: {a['state']} ({a['language']})" for a in apps))
