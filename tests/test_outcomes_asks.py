"""Outcomes, asks and tracking-system-only processes, in every language (issue 14's families).

All names, companies, domains and sentences here are invented for these tests.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import MINE, NY, OWNER, applications, event, make
from watcher.core.mail import parse_message
from watcher.core.policy import PolicyParams, evaluate
from watcher.core.reading.asks import find_asks
from watcher.core.reading.facts import read_facts
from watcher.core.reading.outcome import find_outcome
from watcher.core.records import Address, Application, Message

# --- mail as a tracking system sends it: HTML only, from a no-reply address ---------------------

_SYSTEM = ("Orvelle Freight Careers", "no-reply@hirecanal-notify.example")


def _html_page(lines: list[str], footer: str) -> str:
    rows = "".join(f"<tr><td style='padding:8px'>{line}</td></tr>" for line in lines)
    return (
        "<html><body><table role='presentation' width='100%'>"
        "<tr><td><h2>Orvelle Freight</h2></td></tr>"
        f"{rows}"
        "<tr><td><a href='https://hirecanal-notify.example/c/9931' style='background:#246'>Open</a></td></tr>"
        f"<tr><td style='font-size:10px;color:#999'>{footer}</td></tr>"
        "<img src='https://hirecanal-notify.example/px.gif' width='1' height='1'>"
        "</table></body></html>"
    )


def _ics(start: str, summary: str, uid: str = "qf-7741", organizer: str = _SYSTEM[1]) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hirecanal//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}@hirecanal-notify.example\r\nSEQUENCE:0\r\nDTSTART:{start}\r\nDTEND:{start[:-5]}4500Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:sam.rivera@post.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _system_mail(
    n: int,
    at: str,
    subject: str,
    lines: list[str],
    footer: str,
    ics: str | None = None,
    sender: tuple[str, str] = _SYSTEM,
) -> Message:
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{OWNER.name} <{OWNER.email}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.fromisoformat(at))
    msg["Message-ID"] = f"<qf-{n}-{zlib.crc32(subject.encode())}@hirecanal-notify.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(_html_page(lines, footer), subtype="html")
    if ics is not None:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return parse_message(msg.as_bytes(), account="t", folder="INBOX", uid=str(n), my_addresses=MINE)


# Per language: acknowledgement, self-scheduling link, confirmation (with .ics), rejection.
_NO_HUMAN_VOICE: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        (
            "Application received: Yard Data Analyst",
            [
                "Hi Sam,",
                "Thank you for applying for Yard Data Analyst. Track its progress under My Applications.",
            ],
        ),
        (
            "Pick a slot for your video interview",
            [
                "Hi Sam,",
                "You're invited to a short video interview (30 minutes) with two people from operations.",
                "Book your slot with the button below.",
            ],
        ),
        (
            "Booked: video interview on April 16, 2 PM",
            [
                "Hi Sam,",
                "You're booked: video interview, Yard Data Analyst.",
                "Join from the link in the calendar file attached to this email.",
            ],
        ),
        (
            "Update on your application: Yard Data Analyst",
            [
                "Hi Sam,",
                "Thanks for meeting our operations team.",
                "Having reviewed all interviews, we will move forward with other applicants for this role.",
            ],
        ),
    ],
    "de": [
        (
            "Bewerbung eingegangen: Datenanalyst Hof",
            [
                "Hallo Sam,",
                "wir haben Ihre Bewerbung als Datenanalyst erhalten. Den Stand können Sie jederzeit in Ihrem Bewerberprofil verfolgen.",
            ],
        ),
        (
            "Nächster Schritt: Wählen Sie einen Termin für Ihr Videointerview",
            [
                "Hallo Sam,",
                "wir möchten Sie zu einem 30-minütigen Videointerview mit unserem Betriebsteam einladen.",
                "Bitte wählen Sie über die Schaltfläche unten einen passenden Termin.",
            ],
        ),
        (
            "Interview bestätigt: Donnerstag, 16. April, 14:00 Uhr",
            [
                "Hallo Sam,",
                "Ihr Videointerview als Datenanalyst ist bestätigt.",
                "Den Link finden Sie in der beigefügten Kalendereinladung.",
            ],
        ),
        (
            "Ihre Bewerbung als Datenanalyst",
            [
                "Hallo Sam,",
                "vielen Dank für das Gespräch.",
                "Leider haben wir uns für andere Bewerber entschieden, deren Profil besser zur Stelle passt.",
            ],
        ),
    ],
    "es": [
        (
            "Hemos recibido tu candidatura: Analista de Datos",
            [
                "Hola Sam,",
                "Tu candidatura para Analista de Datos nos ha llegado. Sigue su estado en tu perfil.",
            ],
        ),
        (
            "Siguiente paso: elige un horario para tu entrevista por video",
            [
                "Hola Sam,",
                "Nos gustaría invitarte a una entrevista por video de 30 minutos con nuestro equipo de operaciones.",
                "Elige el horario que mejor te venga con el botón de abajo.",
            ],
        ),
        (
            "Entrevista confirmada: jueves 16 de abril, 14:00",
            [
                "Hola Sam,",
                "Tu entrevista por video para Analista de Datos está confirmada.",
                "El enlace está en la invitación de calendario adjunta.",
            ],
        ),
        (
            "Actualización sobre tu candidatura: Analista de Datos",
            [
                "Hola Sam,",
                "Gracias por el tiempo dedicado a la entrevista.",
                "Tras revisarlo con calma, optamos por seguir con otros candidatos para este puesto.",
            ],
        ),
    ],
    "fr": [
        (
            "Candidature reçue : Analyste de données",
            [
                "Bonjour Sam,",
                "Merci pour votre candidature comme analyste de données; elle nous est bien parvenue.",
            ],
        ),
        (
            "Prochaine étape : choisissez une plage horaire pour votre entrevue vidéo",
            [
                "Bonjour Sam,",
                "Nous vous invitons à un entretien vidéo d'une demi-heure avec l'équipe des opérations.",
                "Réservez votre créneau au moyen du bouton plus bas.",
            ],
        ),
        (
            "Entretien réservé — jeudi 16 avril, 14 h",
            [
                "Bonjour Sam,",
                "C'est noté : entretien vidéo jeudi pour le poste d'analyste.",
                "Vous trouverez le lien de connexion dans le fichier de calendrier.",
            ],
        ),
        (
            "Suivi de votre candidature — Orvelle Freight",
            [
                "Bonjour Sam,",
                "Merci d'avoir rencontré notre équipe.",
                "Après analyse, nous allons continuer avec d'autres candidatures.",
            ],
        ),
    ],
}
_FOOTER = {
    "en": "Sent automatically by the Orvelle Freight hiring system. Please do not reply to this email.",
    "de": "Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden nicht gelesen.",
    "es": "Este es un mensaje automático; no respondas a este correo.",
    "fr": "Message envoyé automatiquement, sans suivi des réponses.",
}
_DATES = (
    "2026-04-02T09:10:00-04:00",
    "2026-04-07T08:30:00-04:00",
    "2026-04-08T10:02:00-04:00",
    "2026-04-28T16:45:00-04:00",
)


def _no_human_voice(lang: str, sender: tuple[str, str] = _SYSTEM) -> list[Message]:
    out = []
    for n, ((subject, lines), at) in enumerate(zip(_NO_HUMAN_VOICE[lang], _DATES, strict=True)):
        ics = (
            _ics("20260416T180000Z", "Orvelle Freight - video interview", organizer=sender[1])
            if n == 2
            else None
        )
        out.append(_system_mail(n, at, subject, lines, _FOOTER[lang], ics, sender))
    return out


# A tracking system we don't know, a known one, and the employer's own no-reply address.
_SENDERS = [
    _SYSTEM,
    ("Orvelle Freight Careers", "no-reply@us.greenhouse-mail.example"),
    ("Orvelle Freight", "careers-noreply@orvellefreight.example"),
]


def _only(apps: list[Application]) -> Application:
    assert len(apps) == 1, [a.employer for a in apps]
    return apps[0]


@pytest.mark.parametrize("sender", _SENDERS)
@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_process_only_a_tracking_system_writes_is_one_interview_process(
    lang: str, sender: tuple[str, str]
) -> None:
    """Acknowledgement, self-scheduling link, .ics confirmation from a no-reply address: one process, its interview known."""
    mail = _no_human_voice(lang, sender)
    app = _only(applications("2026-04-20T09:00:00-04:00", mail))
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 4, 16, 18, 0, tzinfo=ZoneInfo("UTC"))]
    assert len([m for c in app.conversations for m in c.messages]) == 3
    assert app.timeline.outcome is None


@pytest.mark.parametrize("sender", _SENDERS)
@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_tracking_system_rejection_closes_the_process_it_scheduled(
    lang: str, sender: tuple[str, str]
) -> None:
    """The HTML-only rejection from the same no-reply address joins the process and closes it."""
    mail = _no_human_voice(lang, sender)
    app = _only(applications("2026-05-04T09:00:00-04:00", mail))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"
    state = evaluate(app.timeline, datetime.fromisoformat("2026-05-04T09:00:00-04:00"), NY, PolicyParams())
    assert state.state == "closed"


_CONFIRMED_AT = {
    "en": "April 16, 2026 from 2:00 to 2:30 PM (EDT)",
    "de": "Donnerstag, 16. April 2026, 14:00 Uhr",
    "es": "jueves 16 de abril de 2026, 14:00",
    "fr": "jeudi 16 avril 2026, 14 h",
}


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_tracking_system_confirmation_without_a_calendar_file_gives_the_interview(lang: str) -> None:
    """The confirmation states the time in its text only: the same process, the same interview, then closed."""
    mail = []
    for n, ((subject, lines), at) in enumerate(zip(_NO_HUMAN_VOICE[lang], _DATES, strict=True)):
        said = [*lines[:2], _CONFIRMED_AT[lang]] if n == 2 else lines
        mail.append(_system_mail(n, at, subject, said, _FOOTER[lang]))
    app = _only(applications("2026-05-04T09:00:00-04:00", mail))
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 4, 16, 14, 0, tzinfo=NY)]
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_a_tracking_system_writing_from_two_of_its_addresses_is_still_one_process(lang: str) -> None:
    """The link and the confirmation come from ``scheduling@``, the rest from ``no-reply@`` of the same system."""
    mail = _no_human_voice(lang)
    scheduler = Address(_SYSTEM[0], "scheduling@hirecanal-notify.example")
    mail[1:3] = [replace(m, from_=scheduler) for m in mail[1:3]]
    app = _only(applications("2026-05-04T09:00:00-04:00", mail))
    assert len([m for c in app.conversations for m in c.messages]) == 4
    assert app.timeline.interviews and app.timeline.outcome is not None


def test_a_tracking_system_address_shared_by_two_employers_keeps_them_apart() -> None:
    """The same no-reply address sending as another employer's name is not folded into the first."""
    other = replace(
        _system_mail(
            9,
            "2026-04-09T11:00:00-04:00",
            "Your calendar invitation",
            ["Hi Sam,", "Details are in the attached invitation."],
            _FOOTER["en"],
            _ics("20260421T150000Z", "Video call", uid="bm-202"),
        ),
        from_=Address("Brackwater Mills", _SYSTEM[1]),
    )
    mail = [*_no_human_voice("en"), other]
    apps = applications("2026-05-04T09:00:00-04:00", mail)
    orvelle = [
        a
        for a in apps
        if any(m.message_id == mail[0].message_id for c in a.conversations for m in c.messages)
    ]
    assert len(orvelle) == 1
    assert other.message_id not in {m.message_id for c in orvelle[0].conversations for m in c.messages}


# --- outcomes, sentence by sentence ------------------------------------------------------------

_REJECTIONS = [
    # an agency relays its client's decision
    ("en", "Just heard back: the client went with an internal candidate, I'm sorry."),
    ("en", "My client has decided to move forward with someone else for this one."),
    ("en", "The hiring team is continuing with an internal applicant."),
    ("de", "Mein Kunde hat sich leider für eine interne Kandidatin entschieden."),
    ("de", "Der Kunde hat entschieden, mit einem anderen Kandidaten fortzufahren."),
    ("es", "Mi cliente ha optado por un candidato interno."),
    ("es", "El cliente decidió seguir adelante con otra persona del equipo."),
    ("fr", "Mon client a préféré une candidate qui possède davantage d'expérience en entrepôt."),
    ("fr", "Mon client a retenu une candidature à l'interne."),
    # someone else: a finalist, someone else
    (
        "en",
        "In the end they went ahead with another finalist.",
    ),
    ("en", "The panel is moving ahead with a different applicant."),
    # the role itself closes: not filled, held for good, cancelled, filled internally
    ("en", "Finance asked us not to fill the Platform Analyst role after all."),
    ("en", "We have closed this search without making a hire."),
    ("en", "The position has been put on hold indefinitely."),
    ("en", "The requisition has been cancelled."),
    ("en", "In the end the role was filled internally."),
    ("de", "Die Stelle wird vorerst nicht besetzt."),
    ("de", "Wir haben entschieden, die Stelle als Analystin in diesem Jahr nicht zu besetzen."),
    ("de", "Die Besetzung der Stelle wurde bis auf Weiteres auf Eis gelegt."),
    ("de", "Die Stelle wurde intern besetzt."),
    ("es", "Hemos decidido no cubrir la vacante este año."),
    ("es", "La vacante ha quedado en pausa indefinidamente."),
    ("es", "El puesto fue cancelado por una reorganización."),
    ("es", "La posición se ha cubierto internamente."),
    ("fr", "La direction a décidé de ne pas pourvoir ce poste cette année."),
    ("fr", "Le poste a été mis en attente jusqu'à nouvel ordre."),
    ("fr", "Le processus de recrutement a été annulé."),
    ("fr", "Le poste a finalement été pourvu à l'interne."),
    ("fr", "L'équipe va continuer la démarche avec d'autres profils."),
    # the role is gone or someone was found
    ("en", "The position is no longer available."),
    ("en", "We've now made a hire for the role, so we're closing it."),
    ("de", "Die Stelle ist leider nicht mehr verfügbar."),
    ("de", "Wir haben jemanden für die Stelle gefunden."),
    ("es", "La vacante ya no está disponible."),
    ("es", "Ya hemos encontrado a la persona para el puesto."),
    ("fr", "Le poste n'est plus à pourvoir."),
    ("fr", "Nous avons trouvé quelqu'un pour ce poste."),
    # Latin-American Spanish: "postulación"
    ("es", "Lamentablemente no continuaremos con tu postulación."),
    ("es", "Tu postulación no fue seleccionada en esta ocasión."),
    # bad news as its own sentence, with the news after it
    ("en", "We have some disappointing news to share. The team chose a different route for this hire."),
    ("fr", "C'est avec regret que je reviens vers vous : l'équipe a fait un autre choix."),
]


@pytest.mark.parametrize(("lang", "sentence"), _REJECTIONS)
def test_a_rejection_is_read_in_every_language(lang: str, sentence: str) -> None:
    found = find_outcome(f"Hi Sam,\n\n{sentence}\n\nBest,\nMaren", sent=False)
    assert found is not None and found[0] == "rejected", lang


_OFFERS = [
    ("en", "Your offer is ready: sign in to see it."),
    ("en", "Orvelle Freight has now sent you a formal offer."),
    ("en", "Sign in to review and sign your offer."),
    ("de", "Ihr Vertragsangebot ist jetzt verfügbar."),
    ("de", "Orvelle Freight hat Ihnen ein Angebot übermittelt."),
    ("es", "Tu oferta está lista: revísala en el portal de candidatos."),
    ("es", "Te hemos enviado la carta de oferta por el portal."),
    ("fr", "Votre offre est prête : connectez-vous pour la consulter."),
    ("fr", "Orvelle Freight vous a transmis une proposition d'embauche."),
    # said by a person, in regional forms
    ("de", "Wir freuen uns, Ihnen eine Zusage zu geben."),
    ("es", "Te queremos hacer una oferta para el puesto."),
    ("fr", "Nous serions ravis de vous offrir le poste."),
]


@pytest.mark.parametrize(("lang", "sentence"), _OFFERS)
def test_an_offer_through_the_tracking_system_is_read_in_every_language(lang: str, sentence: str) -> None:
    found = find_outcome(f"Orvelle Freight\n\nHi Sam,\n{sentence}\nOpen", sent=False)
    assert found is not None and found[0] == "offer", lang


@pytest.mark.parametrize(
    "text",
    [
        # a hold with hope is a pause, not an outcome
        "The role has been put on hold while next year's budget is signed off. You're still very much in the frame.",
        # bad news about a time, said in the next sentence
        "I have some bad news. We need to move our call to Thursday.",
        "Leider keine guten Nachrichten: wir müssen unser Gespräch verschieben.",
        "I have some bad news about the timing. Our panel is travelling.",
        "Leider keine guten Nachrichten: der Termin muss leider entfallen.",
        "Malas noticias: tenemos que buscar otra fecha.",
        "J'ai une mauvaise nouvelle : il nous faudra plus de temps.",
        "We'll continue with the other candidates' interviews this week and be in touch.",
        "Die Stelle ist noch nicht besetzt, wir melden uns nächste Woche.",
        "Your interview has been cancelled; we'll send a new time shortly.",
        # another time or another interviewer is not another candidate
        "The team opted for another time slot.",
        "In the second half you'll continue with someone else from the data team.",
        "El equipo ha optado por otra fecha.",
        "Después de mí, vas a seguir con otra persona del equipo técnico.",
        "L'équipe a choisi une autre date.",
    ],
)
def test_a_pause_or_a_new_time_is_not_an_outcome(text: str) -> None:
    assert find_outcome(text, sent=False) is None


_WITHDRAWALS = [
    ("en", "I've decided to accept an offer elsewhere, so please withdraw my application."),
    ("en", "I'll be withdrawing from the process."),
    ("de", "Ich ziehe meine Bewerbung hiermit zurück."),
    (
        "de",
        "Ich habe mich für ein anderes Angebot entschieden und möchte mich aus dem Auswahlverfahren zurückziehen.",
    ),
    ("es", "He decidido retirarme del proceso."),
    ("es", "He aceptado otra oferta, así que debo declinar la oferta."),
    ("fr", "Je me retire du processus, car j'ai accepté un autre poste."),
    ("fr", "Après réflexion, je dois décliner votre offre."),
    ("en", "I've decided not to proceed with my application."),
    ("de", "Ich habe mich entschieden, den Bewerbungsprozess nicht fortzusetzen."),
    ("es", "He decidido no continuar con el proceso."),
    ("fr", "J'ai décidé de ne pas poursuivre le processus."),
    ("es", "Les escribo para retirar mi postulación al puesto."),
]


@pytest.mark.parametrize(("lang", "sentence"), _WITHDRAWALS)
def test_the_owners_withdrawal_is_read_in_every_language(lang: str, sentence: str) -> None:
    found = find_outcome(f"Hello,\n\n{sentence}\n\nThank you,\nSam", sent=True)
    assert found is not None and found[0] == "withdrawn", lang


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I accepted another position last month and need a couple of days to think it over. "
        "I'll get back to you by Friday either way.",
        "Ich habe ein anderes Angebot angenommen, brauche aber etwas Bedenkzeit.",
        "He aceptado otra oferta, pero necesito pensarlo unos días.",
        "J'ai accepté une autre offre, mais je voudrais y réfléchir quelques jours.",
        "I've decided to accept your offer!",
        "Please withdraw my availability for Tuesday, a conflict came up.",
        "I'll withdraw my earlier suggestion and take the Thursday slot.",
        # accepting their offer, or declining a time, is no withdrawal
        "Ich habe das Angebot angenommen und freue mich sehr!",
        "Lamentablemente debo rechazar la propuesta del martes.",
        "Je dois décliner votre proposition de créneau, je suis pris.",
        "Je ne veux pas continuer à vous déranger, mais avez-vous des nouvelles?",
    ],
)
def test_an_owner_still_deciding_has_not_withdrawn(text: str) -> None:
    assert find_outcome(text, sent=True) is None


# --- an offer letter attached --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "Offer_Letter_SRivera.pdf"),
        ("en", "SamRivera-EmploymentContract.pdf"),
        ("de", "Arbeitsvertrag_Rivera.pdf"),
        ("de", "Vertragsangebot Sam Rivera.pdf"),
        ("es", "Carta_de_Oferta_Rivera.pdf"),
        ("es", "contrato-laboral-rivera.pdf"),
        ("fr", "Lettre d'offre - S. Rivera.pdf"),
        ("fr", "promesse_embauche_rivera.pdf"),
    ],
)
def test_an_offer_letter_attached_is_an_offer(lang: str, name: str) -> None:
    msg = replace(
        make("Please find the document attached.", at="2026-04-15T10:00:00-04:00"), attachments=(name,)
    )
    facts = read_facts(msg, tz=NY)
    assert facts.outcome == ("offer", f"Attached: {name}"), lang


def test_other_attachments_and_the_owners_own_are_not_offers() -> None:
    received = replace(
        make("Please find the agenda attached.", at="2026-04-15T10:00:00-04:00"),
        attachments=("Interview_Agenda.pdf", "case_brief.txt", "invite.ics", "Contract_Role_Spec_Data.pdf"),
    )
    sent = replace(
        make("Here is my signed copy.", at="2026-04-16T10:00:00-04:00", sent=True),
        attachments=("Offer_Letter_signed.pdf",),
    )
    assert read_facts(received, tz=NY).outcome is None
    assert read_facts(sent, tz=NY).outcome is None


# --- a short rejection top-posted above the quoted thread ---------------------------------------

_TOP_POSTED = {
    "en": (
        "Hi Sam, thanks for your patience. We've decided to move forward with someone else.",
        "From: Ysolde Brodwick <ysolde@pellucid-works.example>\nSent: Tuesday, April 7, 2026 9:12 AM\n"
        "To: Sam Rivera <sam.rivera@post.example>\nSubject: RE: Platform Analyst - interview",
        "Great to meet you today! We'd love to invite you to a second interview next week.",
    ),
    "de": (
        "Hallo Sam, danke für Ihre Geduld. Wir haben uns für eine andere Kandidatin entschieden.",
        "Von: Ysolde Brodwick <ysolde@pellucid-works.example>\nGesendet: Dienstag, 7. April 2026 09:12\n"
        "An: Sam Rivera <sam.rivera@post.example>\nBetreff: AW: Platform Analyst - Interview",
        "Schön, Sie heute kennengelernt zu haben! Wir laden Sie gerne zu einem zweiten Gespräch ein.",
    ),
    "es": (
        "Hola Sam, gracias por tu paciencia. El cliente ha optado por un candidato interno.",
        "De: Ysolde Brodwick <ysolde@pellucid-works.example>\nEnviado: martes, 7 de abril de 2026 9:12\n"
        "Para: Sam Rivera <sam.rivera@post.example>\nAsunto: RE: Analista de Plataforma - entrevista",
        "¡Un gusto conocerte hoy! Nos encantaría invitarte a una segunda entrevista.",
    ),
    "fr": (
        "Bonjour Sam, merci de votre patience. Le poste a finalement été pourvu à l'interne.",
        "De : Ysolde Brodwick <ysolde@pellucid-works.example>\nEnvoyé : mardi 7 avril 2026 09:12\n"
        "À : Sam Rivera <sam.rivera@post.example>\nObjet : RE: Analyste plateforme - entrevue",
        "Ravie de vous avoir rencontré! Nous aimerions vous inviter à une deuxième entrevue.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_TOP_POSTED))
def test_a_rejection_top_posted_above_an_outlook_thread_is_the_outcome(lang: str) -> None:
    new, header, old = _TOP_POSTED[lang]
    msg = EmailMessage()
    msg["From"] = "Ysolde Brodwick <ysolde@pellucid-works.example>"
    msg["To"] = f"{OWNER.name} <{OWNER.email}>"
    msg["Subject"] = "RE: Platform Analyst - interview"
    msg["Date"] = "Mon, 20 Apr 2026 10:00:00 -0400"
    msg.set_content(f"{new}\n\nMaren\n\n{header}\n\n{old}\n\nMaren\n")
    parsed = parse_message(msg.as_bytes(), account="t", folder="INBOX", uid="1", my_addresses=MINE)
    facts = read_facts(parsed, tz=NY)
    assert facts.outcome is not None and facts.outcome[0] == "rejected"
    assert old not in parsed.new_text


def test_a_rejection_inside_the_quote_does_not_count() -> None:
    msg = EmailMessage()
    msg["From"] = "Ysolde Brodwick <ysolde@pellucid-works.example>"
    msg["To"] = f"{OWNER.name} <{OWNER.email}>"
    msg["Subject"] = "RE: Platform Analyst - interview"
    msg["Date"] = "Mon, 20 Apr 2026 10:00:00 -0400"
    msg.set_content(
        "Hi Sam, good news: the other hire fell through and we'd love to talk again next week.\n\nMaren\n\n"
        "From: Ysolde Brodwick <ysolde@pellucid-works.example>\nSent: Tuesday, April 7, 2026 9:12 AM\n"
        "To: Sam Rivera <sam.rivera@post.example>\nSubject: RE: Platform Analyst - interview\n\n"
        "We've decided to move forward with someone else.\n"
    )
    parsed = parse_message(msg.as_bytes(), account="t", folder="INBOX", uid="1", my_addresses=MINE)
    assert read_facts(parsed, tz=NY).outcome is None


# --- whole processes: closed by the outcome --------------------------------------------------------

_AT = {"invite": "2026-04-01T10:00:00-04:00", "accept": "2026-04-01T11:00:00-04:00"}
_AGENCY = ("Petra Wynfield", "petra@ferncastle-search.example")


def _agency_process(outcome_text: str, *, attachments: tuple[str, ...] = ()) -> list[Message]:
    subject = "Tessaline Labs — Data Engineer interview"
    invite = make(
        "Hi Sam, my client Tessaline Labs would like to meet you about the Data Engineer role. "
        "The interview is confirmed for Wednesday, April 8 at 2pm; the invite is attached.",
        at=_AT["invite"],
        frm=_AGENCY,
        subject=subject,
        calendar=[event("2026-04-08T14:00:00-04:00", organizer=_AGENCY[1], uid="tl-1@ferncastle.example")],
    )
    accept = make(
        "Thanks Petra, see you then.", at=_AT["accept"], sent=True, frm=_AGENCY, subject=f"Re: {subject}"
    )
    result = make(outcome_text, at="2026-04-20T09:00:00-04:00", frm=_AGENCY, subject=f"Re: {subject}")
    return [invite, accept, replace(result, attachments=attachments)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hi Sam, just heard from Tessaline: the client went with an internal candidate. Sorry!", "rejected"),
        ("Hallo Sam, leider hat sich mein Kunde für eine interne Kandidatin entschieden.", "rejected"),
        ("Hola Sam, lamentablemente el cliente ha optado por un candidato interno.", "rejected"),
        ("Bonjour Sam, malheureusement le client a retenu une candidature à l'interne.", "rejected"),
    ],
)
def test_a_rejection_an_agency_relays_closes_the_process(text: str, kind: str) -> None:
    app = _only(applications("2026-04-22T09:00:00-04:00", _agency_process(text)))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == kind
    now = datetime.fromisoformat("2026-04-22T09:00:00-04:00")
    assert evaluate(app.timeline, now, NY, PolicyParams()).state == "closed"


@pytest.mark.parametrize(
    "name",
    ["Offer_Letter_Rivera.pdf", "Arbeitsvertrag_Rivera.pdf", "Carta_Oferta_Rivera.pdf", "Lettre_offre.pdf"],
)
def test_an_offer_letter_attached_under_a_bland_note_closes_the_process_as_an_offer(name: str) -> None:
    mail = _agency_process(
        "Hi Sam, please see the attached and let me know your thoughts.", attachments=(name,)
    )
    app = _only(applications("2026-04-22T09:00:00-04:00", mail))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "offer"


def test_an_offer_said_by_a_person_and_then_brought_by_the_tracking_system_stays_an_offer() -> None:
    mail = _agency_process(
        "Hi Sam, wonderful news: Tessaline would like to offer you the Data Engineer role!"
    )
    ready = make(
        "Tessaline Labs\nHi Sam,\nYour offer is ready to review. Sign in to view your offer and respond.\nView offer",
        at="2026-04-21T09:00:00-04:00",
        frm=("Tessaline Labs", "no-reply@tessalinelabs.example"),
        subject="Your offer from Tessaline Labs is ready",
        auto=True,
    )
    app = _only(applications("2026-04-22T09:00:00-04:00", [*mail, ready]))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "offer"
    assert read_facts(ready, tz=NY).outcome is not None


# --- asks the owner must answer -------------------------------------------------------------------

_ASKS = [
    # take-home / work sample
    ("en", "take-home", "As a next step we'd like a small work sample; could you return it by Friday?"),
    ("de", "take-home", "Bitte schicken Sie uns bis Freitag eine kleine Arbeitsprobe."),
    ("es", "take-home", "El siguiente paso es una prueba técnica: ¿podrías enviárnosla antes del viernes?"),
    (
        "fr",
        "take-home",
        "La prochaine étape est un cas pratique : pourriez-vous nous le transmettre d'ici vendredi?",
    ),
    # a background check
    ("en", "document", "Please complete the background check through the link below."),
    ("de", "document", "Bitte füllen Sie das Formular zur Hintergrundprüfung aus."),
    ("es", "document", "Por favor llena el formulario para la verificación de antecedentes antes del lunes."),
    ("fr", "document", "Merci de remplir le formulaire de vérification des antécédents."),
    ("en", "document", "Please schedule your pre-employment drug screen this week."),
    ("es", "document", "Te pedimos completar el estudio socioeconómico esta semana."),
    ("es", "take-home", "El siguiente paso es un desafío técnico; por favor envíalo en 5 días."),
    ("es", "availability", "¿Cuándo te gustaría agendar la entrevista final?"),
    # references
    ("en", "references", "Would you share contact details for two references?"),
    (
        "de",
        "references",
        "Für den weiteren Ablauf benötigen wir zwei Referenzpersonen, bitte senden Sie uns deren Kontaktdaten.",
    ),
    ("es", "references", "¿Nos podrías compartir dos referencias laborales?"),
    (
        "fr",
        "references",
        "Avant l'offre, nous devons parler à deux de vos répondants : pouvez-vous m'envoyer leurs noms?",
    ),
    # availability (also Canadian French)
    ("en", "availability", "Could you share your availability for a final interview next week?"),
    ("de", "availability", "Teilen Sie mir bitte mit, wann es Ihnen am besten passt."),
    ("es", "availability", "¿Me compartes tu disponibilidad para una entrevista?"),
    ("fr", "availability", "J'aimerais connaître vos disponibilités pour une entrevue la semaine prochaine."),
    (
        "fr",
        "availability",
        "Pouvez-vous me laisser savoir vos dispos pour une entrevue mardi ou mercredi?",
    ),
]


@pytest.mark.parametrize(("lang", "kind", "sentence"), _ASKS)
def test_an_ask_is_read_in_every_language(lang: str, kind: str, sentence: str) -> None:
    assert kind in [k for k, _ in find_asks(sentence)], lang


@pytest.mark.parametrize(("lang", "kind", "sentence"), _ASKS)
def test_an_ask_after_the_interview_is_the_owners_turn(lang: str, kind: str, sentence: str) -> None:
    mail = _agency_process(sentence)
    app = _only(applications("2026-04-21T09:00:00-04:00", mail))
    now = datetime.fromisoformat("2026-04-21T09:00:00-04:00")
    assert evaluate(app.timeline, now, NY, PolicyParams()).state == "your_turn", (lang, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Confirmez votre venue en répondant simplement à ce courriel.",  # a verb, not referees
        "Good news: your background check came back clear.",
        "Vielen Dank, wir haben Ihre Referenzen erhalten.",
        "Gracias por enviar las referencias, ya las hemos recibido.",
    ],
)
def test_what_is_said_or_done_already_is_no_ask(sentence: str) -> None:
    assert find_asks(sentence) == []


@pytest.mark.parametrize("lang", sorted(_TOP_POSTED))
def test_a_rejection_top_posted_in_outlook_html_is_the_outcome(lang: str) -> None:
    """Outlook on the web: the new words in a div above a bold-labelled header block and the old mail."""
    new, header, old = _TOP_POSTED[lang]
    labels = "".join(
        f"<b>{label}</b>{rest}<br>"
        for label, _, rest in (line.partition(" ") for line in header.splitlines())
    )
    html = (
        f"<html><body><div dir='ltr'><p>{new}</p><p>Ysolde</p></div>"
        "<hr style='display:inline-block;width:98%'>"
        f"<div id='divRplyFwdMsg' dir='ltr'><font face='Calibri' style='font-size:11pt'>{labels}</font></div>"
        f"<div><p>{old}</p><p>Ysolde</p></div></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Ysolde Brodwick <ysolde@pellucid-works.example>"
    msg["To"] = f"{OWNER.name} <{OWNER.email}>"
    msg["Subject"] = "RE: Platform Analyst - interview"
    msg["Date"] = "Mon, 20 Apr 2026 10:00:00 -0400"
    msg.set_content(html, subtype="html")
    parsed = parse_message(msg.as_bytes(), account="t", folder="INBOX", uid="1", my_addresses=MINE)
    facts = read_facts(parsed, tz=NY)
    assert facts.outcome is not None and facts.outcome[0] == "rejected"
    assert old not in parsed.new_text


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Hi Sam, please see the attached and send it back by Friday.", "TakeHome_Brief_Data.pdf"),
        ("de", "Hallo Sam, bitte schicken Sie uns die Lösung bis Freitag zurück.", "Fallstudie_Logistik.pdf"),
        ("es", "Hola Sam, por favor envíanos tu solución antes del viernes.", "Prueba_Tecnica_Datos.pdf"),
        (
            "fr",
            "Bonjour Sam, merci de nous retourner votre travail d'ici vendredi.",
            "Etude_de_cas_entrepot.pdf",
        ),
    ],
)
def test_a_take_home_attached_under_a_bland_request_is_the_owners_turn(
    lang: str, text: str, name: str
) -> None:
    """The task is named only by its attachment; the message's request asks for it."""
    assert [k for k, _ in find_asks(text, (name,))] == ["take-home"], lang
    mail = _agency_process(text, attachments=(name,))
    app = _only(applications("2026-04-21T09:00:00-04:00", mail))
    now = datetime.fromisoformat("2026-04-21T09:00:00-04:00")
    assert evaluate(app.timeline, now, NY, PolicyParams()).state == "your_turn", lang


def test_an_attachment_that_is_no_task_or_a_thank_you_for_one_is_no_ask() -> None:
    assert find_asks("Hi Sam, please see the attached agenda for Tuesday.", ("Agenda_Tuesday.pdf",)) == []
    assert find_asks("Thanks for sending it over, we received your case study.", ("Case_Study.pdf",)) == []


@pytest.mark.parametrize(
    "subject",
    [
        "Complete with Inksign: Offer Letter - Sam Rivera.pdf",
        "Bitte unterschreiben: Arbeitsvertrag_Rivera.pdf",
        "Firma pendiente: Carta_Oferta_Rivera.pdf",
        "Signature requise : Lettre_offre_Rivera.pdf",
    ],
)
def test_an_offer_letter_sent_to_sign_through_an_e_signature_service_is_an_offer(subject: str) -> None:
    """The service's mail names the document only in its subject; the employer's name is in its sender."""
    esign = make(
        "Tessaline Labs sent you a document to review and sign.\nREVIEW DOCUMENT",
        at="2026-04-21T09:00:00-04:00",
        frm=("Tessaline Labs via Inksign", "dse@inksign.example"),
        subject=subject,
        auto=True,
    )
    app = _only(applications("2026-04-22T09:00:00-04:00", [*_agency_process("Thanks, Sam!"), esign]))
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "offer"


def test_a_subject_naming_another_document_is_no_offer() -> None:
    msg = make(
        "Please sign before Tuesday.",
        at="2026-04-15T10:00:00-04:00",
        subject="Please sign: NDA_Interview.pdf",
    )
    assert read_facts(msg, tz=NY).outcome is None
