"""Look-alikes: an "interview" that is not the owner's job interview, in every language we read.

Official appointments (visa, consular, citizenship, naturalisation, residence, trusted-traveller
enrolment), a stay interview with the owner's own HR, an interview simulation, and the owner
interviewing someone else. All names, domains and sentences here are invented.
"""

from __future__ import annotations

import pytest

from tests.fixture_mail import applications, event, make
from watcher.core.reading.relevance import interview_event, non_interview_reason


@pytest.mark.parametrize(
    "text",
    [
        # English
        "Appointment confirmation: consular interview on Thursday, May 7, 2026 at 8:15 AM. Bring your passport.",
        "Your Skyport enrollment interview is booked (trusted traveler program).",
        "Your Skyport enrolment interview is booked for 12 May.",
        "The field office has scheduled your naturalization interview for Friday, May 8 at 9:40 AM.",
        "You are requested to attend an interview with a citizenship officer on Wednesday.",
        "Your visa appointment is confirmed. Visa class: H-1B.",
        "Your permanent residence application: interview with the Department of Immigration on May 4.",
        # German (de, de-CH, de-AT)
        "Ihr Termin zum Einbürgerungsgespräch ist am Dienstag, 12. Mai, um 9 Uhr.",
        "Bestätigung Ihres Visumtermins beim Generalkonsulat am 4. Mai.",
        "Ihr Termin bei der Ausländerbehörde wegen Ihres Aufenthaltstitels ist am 6. Mai.",
        "Grüezi, Ihr Gespräch zur Staatsbürgerschaft findet am Montag statt.",
        # Spanish (es, es-LatAm)
        "Su entrevista consular está programada para el jueves 7 de mayo a las 8:15.",
        "Confirmación de su cita de extranjería para la toma de huellas.",
        "Le recordamos su entrevista de naturalización el lunes 4 de mayo.",
        "Tu entrevista de visa en la sección consular será el martes.",
        # French (fr, fr-CA)
        "Vous êtes convoquée à un entretien de naturalisation le mardi 12 mai à 9 h.",
        "Avis de convocation : entrevue de citoyenneté avec un agent de la citoyenneté le 22 avril.",
        "Dans le cadre de votre demande de résidence permanente, vous êtes convoquée à une entrevue.",
        "Votre rendez-vous pour le visa est confirmé à la section consulaire.",
    ],
)
def test_official_interviews_are_not_job_interviews(text: str) -> None:
    assert non_interview_reason(text) == "official interview"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Your stay interview with Priya is on Monday at 10:30.", "exit interview"),
        ("Einladung zu Ihrem Jahresgespräch mit Ihrer Teamleitung.", "exit interview"),
        ("Te esperamos en tu entrevista de permanencia con tu jefa.", "exit interview"),
        ("Votre entretien annuel avec votre gestionnaire aura lieu lundi.", "exit interview"),
        ("Confirmation de rendez-vous : simulation d'entrevue, jeudi 12 h.", "mock interview"),
        ("¿Hacemos una entrevista simulada el domingo?", "mock interview"),
        ("Hast du Lust auf ein Übungsgespräch am Sonntag?", "mock interview"),
        ("Book an interview practice session with our career advisers.", "mock interview"),
        ("Merci d'être intervieweuse bénévole pour la cohorte d'automne!", "owner interviews"),
        ("Thanks for joining us as a volunteer interviewer this spring.", "owner interviews"),
        ("Gracias por ser entrevistadora voluntaria este semestre.", "owner interviews"),
        ("Danke, dass du als Interviewerin beim Aufnahmetag dabei bist.", "owner interviews"),
        ("Peux-tu faire partie du comité d'entrevue jeudi pour le poste d'analyste?", "owner interviews"),
        ("Te toca entrevistar a dos candidatos el viernes.", "owner interviews"),
        ("Kannst du am Freitag zwei Bewerberinnen interviewen?", "owner interviews"),
    ],
)
def test_an_interview_at_the_owners_own_side_is_not_a_job_interview(text: str, reason: str) -> None:
    assert non_interview_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to invite you to interview for the Immigration Paralegal role at Tessel Law.",
        "Visa sponsorship is available for this role. Could you do a first interview on Tuesday?",
        "Wir laden Sie zum Vorstellungsgespräch für die Stelle im Bereich Reisen ein.",
        "Te invitamos a una entrevista para el puesto de analista de viajes corporativos.",
        "Nous aimerions vous rencontrer en entrevue pour le poste d'analyste.",
        "Vous rencontrerez le comité d'entrevue jeudi à 10 h.",
    ],
)
def test_a_job_interview_that_mentions_travel_or_visas_is_still_one(text: str) -> None:
    assert non_interview_reason(text) is None


def test_a_trusted_traveller_enrolment_invite_is_not_listed() -> None:
    """An .ics-only enrolment appointment from a border programme is not an interview process."""
    invite = event(
        "2026-05-12T11:20:00-04:00",
        summary="Skyport enrolment interview",
        organizer="appointments@skyport-enrol.example",
        uid="enrol-1@skyport-enrol.example",
    )
    msg = make(
        "Your interview is booked. Bring your passport.",
        at="2026-04-08T09:00:00-04:00",
        frm=("Skyport Trusted Traveller", "appointments@skyport-enrol.example"),
        subject="Your Skyport enrolment interview is booked",
        calendar=[invite],
    )
    assert not interview_event(invite, job_context=True)
    assert applications("2026-04-20T08:00:00-04:00", [msg]) == []


def test_a_french_canadian_citizenship_notice_is_not_listed() -> None:
    msg = make(
        "Vous êtes convoquée à une entrevue avec un agent de la citoyenneté le mercredi 22 avril 2026 "
        "à 9 h 30 (heure de l'Est). Apportez votre passeport.",
        at="2026-03-20T07:12:00-04:00",
        frm=("Bureau de la citoyenneté", "ne-pas-repondre@citoyennete-bureau.example"),
        subject="Avis de convocation : entrevue de citoyenneté",
    )
    assert applications("2026-04-01T08:00:00-04:00", [msg]) == []


def test_a_stay_interview_invite_from_the_owners_hr_is_not_listed() -> None:
    invite = event(
        "2026-03-23T10:30:00-05:00",
        summary="Stay interview: Sam / Gordon",
        organizer="people@quillfeather.example",
        uid="stay-1@quillfeather.example",
    )
    msg = make(
        "Every team member has a 20-minute stay interview with their manager. Yours is Monday at 10:30.",
        at="2026-03-17T10:00:00-05:00",
        frm=("Quillfeather People Team", "people@quillfeather.example"),
        subject="Your stay interview with Gordon",
        calendar=[invite],
    )
    assert applications("2026-03-20T08:00:00-05:00", [msg]) == []


def test_a_canadian_french_interview_is_an_interview() -> None:
    """ "Entrevue" is how Québec writes "entretien": the process is listed with its date."""
    msgs = [
        make(
            "Bonjour Sam, merci pour votre candidature au poste d'analyste. Votre entrevue aura lieu le "
            "jeudi 12 mars à 14 h (heure de l'Est), à nos bureaux de Laval.",
            at="2026-03-02T16:30:00-05:00",
            frm=("Mireille Tanguay", "m.tanguay@quillon-optique.example"),
            subject="Entrevue — Analyste de données",
        )
    ]
    apps = applications("2026-03-05T08:00:00-05:00", msgs)
    assert len(apps) == 1
    assert [i.at.isoformat() for i in apps[0].timeline.interviews] == ["2026-03-12T14:00:00-04:00"]
