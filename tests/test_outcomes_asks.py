"""Outcomes, asks and tracking-system-only processes, in every language (issue 14's families).

All names, companies, domains and sentences here are invented for these tests.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import MINE, NY, OWNER, applications, make
from watcher.mail import parse_message
from watcher.policy import PolicyParams, evaluate
from watcher.reading.asks import find_asks
from watcher.reading.facts import read_facts
from watcher.reading.outcome import find_outcome
from watcher.records import Application, Message

# --- mail as a tracking system sends it: HTML only, from a no-reply address ---------------------

_SYSTEM = ("Quillon Freight Careers", "no-reply@hirecanal-notify.example")


def _html_page(lines: list[str], footer: str) -> str:
    rows = "".join(f"<tr><td style='padding:8px'>{line}</td></tr>" for line in lines)
    return (
        "<html><body><table role='presentation' width='100%'>"
        "<tr><td><h2>Quillon Freight</h2></td></tr>"
        f"{rows}"
        "<tr><td><a href='https://hirecanal-notify.example/c/9931' style='background:#246'>Open</a></td></tr>"
        f"<tr><td style='font-size:10px;color:#999'>{footer}</td></tr>"
        "<img src='https://hirecanal-notify.example/px.gif' width='1' height='1'>"
        "</table></body></html>"
    )


def _ics(start: str, summary: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hirecanal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:qf-7741@hirecanal-notify.example\r\nSEQUENCE:0\r\nDTSTART:{start}\r\nDTEND:{start[:-5]}4500Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:no-reply@hirecanal-notify.example\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:sam.rivera@post.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _system_mail(n: int, at: str, subject: str, lines: list[str], footer: str, ics: str | None = None) -> Message:
    msg = EmailMessage()
    msg["From"] = f"{_SYSTEM[0]} <{_SYSTEM[1]}>"
    msg["To"] = f"{OWNER.name} <{OWNER.email}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.fromisoformat(at))
    msg["Message-ID"] = f"<qf-{n}-{abs(hash(subject)) % 10_000}@hirecanal-notify.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(_html_page(lines, footer), subtype="html")
    if ics is not None:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return parse_message(msg.as_bytes(), account="t", folder="INBOX", uid=str(n), my_addresses=MINE)


# Per language: acknowledgement, self-scheduling link, confirmation (with .ics), rejection.
_NO_HUMAN_VOICE: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        ("Application received: Yard Data Analyst", ["Hi Sam,", "We have received your application for Yard Data Analyst. You can follow its status in your candidate profile."]),
        ("Next step: choose a time for your video interview", ["Hi Sam,", "We would like to invite you to a 30-minute video interview with our operations team.", "Please choose a time that suits you using the button below."]),
        ("Interview confirmed: Thu, Apr 16 at 2:00 PM EDT", ["Hi Sam,", "Your video interview for Yard Data Analyst is confirmed.", "The video link is in the attached calendar invitation."]),
        ("Update on your application: Yard Data Analyst", ["Hi Sam,", "Thank you for taking the time to interview with us.", "After careful review we have decided to move forward with other applicants for this role."]),
    ],
    "de": [
        ("Bewerbung eingegangen: Datenanalyst Hof", ["Hallo Sam,", "wir haben Ihre Bewerbung als Datenanalyst erhalten. Den Stand können Sie jederzeit in Ihrem Bewerberprofil verfolgen."]),
        ("Nächster Schritt: Wählen Sie einen Termin für Ihr Videointerview", ["Hallo Sam,", "wir möchten Sie zu einem 30-minütigen Videointerview mit unserem Betriebsteam einladen.", "Bitte wählen Sie über die Schaltfläche unten einen passenden Termin."]),
        ("Interview bestätigt: Donnerstag, 16. April, 14:00 Uhr", ["Hallo Sam,", "Ihr Videointerview als Datenanalyst ist bestätigt.", "Den Link finden Sie in der beigefügten Kalendereinladung."]),
        ("Ihre Bewerbung als Datenanalyst", ["Hallo Sam,", "vielen Dank für das Gespräch.", "Leider haben wir uns für andere Bewerber entschieden, deren Profil besser zur Stelle passt."]),
    ],
    "es": [
        ("Hemos recibido tu candidatura: Analista de Datos", ["Hola Sam,", "Hemos recibido tu candidatura para Analista de Datos. Puedes seguir su estado en tu perfil de candidato."]),
        ("Siguiente paso: elige un horario para tu entrevista por video", ["Hola Sam,", "Nos gustaría invitarte a una entrevista por video de 30 minutos con nuestro equipo de operaciones.", "Elige el horario que mejor te venga con el botón de abajo."]),
        ("Entrevista confirmada: jueves 16 de abril, 14:00", ["Hola Sam,", "Tu entrevista por video para Analista de Datos está confirmada.", "El enlace está en la invitación de calendario adjunta."]),
        ("Actualización sobre tu candidatura: Analista de Datos", ["Hola Sam,", "Gracias por el tiempo dedicado a la entrevista.", "Tras revisarlo con calma, hemos decidido seguir con otros candidatos para este puesto."]),
    ],
    "fr": [
        ("Candidature reçue : Analyste de données", ["Bonjour Sam,", "Nous avons bien reçu votre candidature au poste d'Analyste de données. Vous pouvez en suivre l'état dans votre espace candidat."]),
        ("Prochaine étape : choisissez une plage horaire pour votre entrevue vidéo", ["Bonjour Sam,", "Nous aimerions vous inviter à une entrevue vidéo de 30 minutes avec notre équipe des opérations.", "Choisissez la plage horaire qui vous convient à l'aide du bouton ci-dessous."]),
        ("Confirmation : entrevue le jeudi 16 avril à 14 h", ["Bonjour Sam,", "Votre entrevue vidéo pour le poste d'Analyste de données est confirmée.", "Le lien figure dans l'invitation jointe."]),
        ("Votre candidature chez Quillon Freight", ["Bonjour Sam,", "Merci du temps consacré à votre entrevue.", "Après analyse, nous avons choisi de poursuivre le processus avec d'autres candidatures."]),
    ],
}
_FOOTER = {
    "en": "Quillon Freight is an equal opportunity employer. This is an automated message; replies are not monitored.",
    "de": "Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden nicht gelesen.",
    "es": "Este es un mensaje automático; no respondas a este correo.",
    "fr": "Ceci est un message automatique; merci de ne pas y répondre.",
}
_DATES = ("2026-04-02T09:10:00-04:00", "2026-04-07T08:30:00-04:00", "2026-04-08T10:02:00-04:00", "2026-04-28T16:45:00-04:00")


def _no_human_voice(lang: str) -> list[Message]:
    out = []
    for n, ((subject, lines), at) in enumerate(zip(_NO_HUMAN_VOICE[lang], _DATES, strict=True)):
        ics = _ics("20260416T180000Z", "Quillon Freight - video interview") if n == 2 else None
        out.append(_system_mail(n, at, subject, lines, _FOOTER[lang], ics))
    return out


def _only(apps: list[Application]) -> Application:
    assert len(apps) == 1, [a.employer for a in apps]
    return apps[0]


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_process_only_a_tracking_system_writes_is_one_interview_process(lang: str) -> None:
    """Acknowledgement, self-scheduling link, .ics confirmation from a no-reply address: one process, its interview known."""
    mail = _no_human_voice(lang)
    app = _only(applications("2026-04-20T09:00:00-04:00", mail))
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 4, 16, 18, 0, tzinfo=ZoneInfo("UTC"))]
    assert len([m for c in app.conversations for m in c.messages]) == 3
    assert app.timeline.outcome is None


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_tracking_system_rejection_closes_the_process_it_scheduled(lang: str) -> None:
    """The HTML-only rejection from the same no-reply address joins the process and closes it."""
    mail = _no_human_voice(lang)
    app = _only(applications("2026-05-04T09:00:00-04:00", mail))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"
    state = evaluate(app.timeline, datetime.fromisoformat("2026-05-04T09:00:00-04:00"), NY, PolicyParams())
    assert state.state == "closed"
