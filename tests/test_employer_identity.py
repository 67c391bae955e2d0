"""Employer identity: services are never employers, a parent company joins, one name however it is joined.

All names, domains and sentences here are invented.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.fixture_mail import MINE, applications, event, make
from tests.support.groups import employer_groups
from watcher.core.conversations import thread
from watcher.core.employers.domains import is_free_mail, vendor_of
from watcher.core.employers.identity import resolve_employer, service_domains
from watcher.core.employers.names import name_matches_label, norm_name
from watcher.core.records import Address, Message


def _groups(msgs: list[Message]) -> set[str]:
    return {key for _, _, key in employer_groups(thread(msgs, my_addresses=MINE), my_addresses=MINE)}


@pytest.mark.parametrize(
    ("domain", "service"),
    [
        ("zoom-mail.example", "Zoom"),
        ("webex.example", "Webex"),
        ("whereby.example", "Whereby"),
        ("mail.calendly.example", "Calendly"),
        ("acuityscheduling.example", "Acuity Scheduling"),
        ("chilipiper.example", "Chili Piper"),
        ("email.teams.microsoft.example", "Microsoft Teams"),
        ("calendar.google.example", "Google Calendar"),
    ],
)
def test_booking_and_video_call_services_are_data(domain: str, service: str) -> None:
    assert vendor_of(domain) == service


@pytest.mark.parametrize("domain", ["microsoft.example", "careers.google.example"])
def test_a_company_that_also_runs_a_meeting_service_can_still_be_an_employer(domain: str) -> None:
    assert vendor_of(domain) is None


def test_a_video_call_reminder_is_not_an_employer() -> None:
    msgs = [
        make(
            "We'd like to invite you to a video interview on Friday, April 10 at 1:00 PM Eastern.",
            at="2026-04-01T11:00:00-04:00",
            frm=("Rhea Lind", "rhea.lind@tamarack-power.example"),
            subject="Tamarack Power — interview invitation",
        ),
        make(
            "Meeting reminder: Analyst — video interview (Tamarack Power) starts tomorrow, April 10, 1:00 PM.",
            at="2026-04-09T13:00:00-04:00",
            frm=("Zoom", "no-reply@zoom-mail.example"),
            subject="Reminder: Analyst — video interview (Tamarack Power) starts tomorrow",
        ),
    ]
    assert _groups(msgs) == {"tamarack-power.example"}


def _booking(employer_domain: str, person: str, title: str, at: str, start: str) -> Message:
    """A confirmation from a booking tool nobody has heard of, its invite organised by the recruiter."""
    return make(
        f"Booking confirmed\n\n{title}\n\nReschedule or cancel: https://slotharbor.example/b/{employer_domain}",
        at=at,
        frm=("SlotHarbor", "no-reply@slotharbor.example"),
        subject=f"Booking confirmed: {title}",
        calendar=[
            event(
                start,
                summary=title,
                organizer=f"{person}@{employer_domain}",
                uid=f"{person}@slotharbor.example",
            )
        ],
    )


def test_an_unknown_booking_tool_used_by_two_employers_is_a_service_not_an_employer() -> None:
    msgs = [
        make(
            "Thanks for applying. Please pick a time for a 45-minute interview: https://slotharbor.example/ox/45",
            at="2026-03-10T14:00:00-04:00",
            frm=("Dana Ruiz", "dana@oxbow-foods.example"),
            subject="Oxbow Foods — interview for Planning Analyst",
        ),
        _booking(
            "oxbow-foods.example",
            "dana",
            "Planning Analyst interview (Oxbow Foods)",
            "2026-03-11T09:20:00-04:00",
            "2026-03-25T10:00:00-04:00",
        ),
        make(
            "We'd like to invite you to an interview. Choose a slot here: https://slotharbor.example/ln/int",
            at="2026-04-01T11:00:00-04:00",
            frm=("Ezra Vance", "ezra@lanternwell.example"),
            subject="Lanternwell — interview invitation: Markets Analyst",
        ),
        _booking(
            "lanternwell.example",
            "ezra",
            "Markets Analyst — video interview (Lanternwell)",
            "2026-04-02T08:15:00-04:00",
            "2026-04-10T13:00:00-04:00",
        ),
    ]
    assert service_domains(msgs, MINE) == {"slotharbor.example"}
    assert _groups(msgs) == {"oxbow-foods.example", "lanternwell.example"}
    apps = applications("2026-04-05T08:00:00-04:00", msgs)
    assert sorted(a.employer_key for a in apps) == ["lanternwell.example", "oxbow-foods.example"]
    for app in apps:  # each employer's process holds its own booking confirmation
        senders = {m.from_.email for c in app.conversations for m in c.messages if m.from_}
        assert "no-reply@slotharbor.example" in senders


def test_a_reminder_from_a_service_without_an_invite_makes_no_employer() -> None:
    """Once a domain is known to book for several organisations, its bare reminders are never one."""
    reminder = make(
        "Reminder: your meeting starts in 1 hour.",
        at="2026-03-25T09:00:00-04:00",
        frm=("SlotHarbor", "no-reply@slotharbor.example"),
        subject="Reminder: Planning Analyst interview starts in 1 hour",
    )
    booked = [
        _booking(
            "oxbow-foods.example",
            "dana",
            "Interview (Oxbow)",
            "2026-03-11T09:20:00-04:00",
            "2026-03-25T10:00:00-04:00",
        ),
        _booking(
            "lanternwell.example",
            "ezra",
            "Interview (Lanternwell)",
            "2026-04-02T08:15:00-04:00",
            "2026-04-10T13:00:00-04:00",
        ),
    ]
    assert "slotharbor.example" not in _groups([reminder, *booked])
    assert resolve_employer(reminder, MINE) is not None  # alone, nothing says it is a service


def test_a_scheduling_tool_with_a_reply_to_at_the_employer_joins_its_process() -> None:
    msg = make(
        "Your meeting is confirmed. Video screen: Sam Rivera / Brisket & Vane. Thursday, February 26, 10:00 AM.",
        at="2026-02-19T08:30:00-05:00",
        frm=("Meetloop", "scheduling@meetloop.example"),
        reply_to=[("Ines Aldo", "ines.aldo@brisketvane.example")],
        subject="Confirmed: Video screen with Brisket & Vane on Thu, Feb 26 at 10:00 AM EST",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:brisketvane.example"


def test_one_company_on_two_domains_is_not_mistaken_for_a_service() -> None:
    msg = make(
        "Your interview is confirmed for Tuesday at 10.",
        at="2026-02-19T08:30:00-05:00",
        frm=("Acorn Labs", "no-reply@acornlabs.example"),
        subject="Interview confirmed",
        calendar=[event("2026-02-24T10:00:00-05:00", organizer="kim@acornlabs-hr.example")],
    )
    assert service_domains([msg], MINE) == frozenset()
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:acornlabs.example"


def test_a_hiring_manager_at_the_parent_company_joins_the_process() -> None:
    first = make(
        "Thanks for the screen. I'll pass your notes to the hiring manager.",
        at="2026-03-05T10:00:00-05:00",
        frm=("Ines Aldo", "ines.aldo@brisketvane.example"),
        subject="Brisket & Vane — Senior Analyst",
    )
    parent = dataclasses.replace(
        make(
            "I lead analytics for the operating companies at Tallow Group, which includes Brisket and Vane, "
            "and I'm the hiring manager. I've sent an invitation for Thursday, March 19 at 1:00 PM Eastern.",
            at="2026-03-12T14:30:00-04:00",
            frm=("Graham Oduya", "graham.oduya@tallowgroup.example"),
            subject="Brisket and Vane — panel interview (Senior Analyst)",
        ),
        cc=(Address("Ines Aldo", "ines.aldo@brisketvane.example"),),
    )
    moved = make(
        "One of the panelists is travelling; I've moved our session to Friday, March 20 at 11:00 AM Eastern.",
        at="2026-03-16T09:10:00-04:00",
        frm=("Graham Oduya", "graham.oduya@tallowgroup.example"),
        subject="Updated: panel interview moved to Fri Mar 20",
    )
    guess = resolve_employer(parent, MINE)
    assert guess is not None and guess.key == "dom:brisketvane.example"
    assert _groups([first, parent, moved]) == {"brisketvane.example"}


def test_a_german_parent_company_head_copying_the_subsidiary_joins_too() -> None:
    msg = dataclasses.replace(
        make(
            "Ich leite das Data-Team der Bergholz Gruppe, zu dem auch die Stelle bei Firnhang gehört, und "
            "würde Sie gerne in einem Fachgespräch kennenlernen.",
            at="2026-03-20T14:25:00+01:00",
            frm=("Dr. Vreni Lauber", "vreni.lauber@bergholz-gruppe.example"),
            subject="Fachgespräch Data Engineer (Firnhang)",
        ),
        cc=(Address("Beat Imhof", "beat.imhof@firnhang.example"),),
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:firnhang.example"


@pytest.mark.parametrize(
    "written",
    [
        "Marrow & Finch",
        "Marrow and Finch",
        "Marrow und Finch",
        "Marrow et Finch",
        "Marrow e Finch",
        "Marrow y Finch",
        "Marrow + Finch",
    ],
)
def test_a_name_with_and_without_its_joining_word_is_one_employer(written: str) -> None:
    assert norm_name(written) == "marrowfinch"
    assert name_matches_label(written, "marrowfinch")
    assert name_matches_label(written, "marrow-and-finch")
    assert name_matches_label(written, "marrowetfinch")


def test_an_ats_name_with_an_ampersand_joins_a_domain_that_spells_and() -> None:
    msgs = [
        make(
            "Thanks for applying to Marrow & Finch Outfitters. Your application for Planner is in review.",
            at="2026-02-05T18:44:00-06:00",
            frm=("Marrow & Finch Outfitters", "no-reply@marrowfinch.hirebox-mail.example"),
            subject="Thanks for applying to Marrow & Finch Outfitters",
            auto=True,
        ),
        make(
            "Hi Sam, I'd like to set up an interview for the Planner role on Thursday at 1:30 PM.",
            at="2026-02-10T10:00:00-06:00",
            frm=("Cass Moreno", "cass.moreno@marrow-and-finch.example"),
            subject="Marrow and Finch — Planner interview",
        ),
    ]
    assert len(_groups(msgs)) == 1


def test_a_calendar_invite_sent_as_a_person_does_not_make_that_person_an_employer() -> None:
    """ "Valeria Ostos has invited you to an event" names the organiser, not the organisation."""
    msg = make(
        "Valeria Ostos te ha invitado a un evento.\n\nEntrevista Analista de Producto - Sam Rivera\n"
        "martes, 31 de marzo de 2026 9:00 a. m. - 10:00 a. m.\n\nInvitación de Google Calendar",
        at="2026-03-25T10:34:00-05:00",
        frm=("Valeria Ostos", "valeria.ostos@guayaba-digital.example"),
        subject="Invitación: Entrevista Analista de Producto - Sam Rivera @ mar 31 mar 2026 9am - 10am",
        auto=True,
        calendar=[event("2026-03-31T09:00:00-05:00", organizer="valeria.ostos@guayaba-digital.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:guayaba-digital.example"


_CONFIDENTIAL_SEARCH = {
    "en": (
        "Confidential search — Data Analyst",
        "I'm reaching out about one of our clients, a Series C fintech in Toronto. I can't name them yet. "
        "Could you send me your CV?",
        "Great news: the client liked your profile. I can now share that it's Harbor Ledger. Your interview "
        "is confirmed for Tuesday, March 10 at 2:00 PM Eastern.",
        "Harbor Ledger",
    ),
    "fr": (
        "Mandat confidentiel — Analyste de données",
        "Un de nos clients, une PME en robotique à Laval, cherche une analyste de données. Je ne peux pas "
        "encore nommer l'entreprise. Pourriez-vous m'envoyer votre CV?",
        "C'est confirmé! Je peux maintenant vous dévoiler le nom du client : il s'agit de Quillon Optique. "
        "Votre entrevue aura lieu le mardi 10 mars à 14 h (heure de l'Est).",
        "Quillon Optique",
    ),
    "es": (
        "Búsqueda confidencial — Analista de datos",
        "Uno de nuestros clientes, una fintech en Monterrey, busca un analista de datos. Aún no puedo decir "
        "el nombre. ¿Me envías tu CV?",
        "¡Confirmado! Ya puedo decirte que el cliente es Pitaya Pagos. Tu entrevista será el martes 10 de "
        "marzo a las 14:00.",
        "Pitaya Pagos",
    ),
    "de": (
        "Vertrauliche Suche — Data Analyst",
        "Einer unserer Kunden, ein Fintech in Wien, sucht eine Data Analystin. Den Namen darf ich noch nicht "
        "nennen. Senden Sie mir Ihren Lebenslauf?",
        "Bestätigt! Ich darf Ihnen jetzt sagen, dass es sich um die Lindwurm Bank handelt. Ihr "
        "Vorstellungsgespräch findet am Dienstag, 10. März um 14:00 Uhr statt.",
        "Lindwurm Bank",
    ),
}


@pytest.mark.parametrize("lang", sorted(_CONFIDENTIAL_SEARCH))
def test_an_agency_that_names_its_client_only_once_the_interview_is_set_stays_one_process(lang: str) -> None:
    subject, first, reveal, client = _CONFIDENTIAL_SEARCH[lang]
    agency = ("Rene Costa", "rene.costa@brume-conseil.example")
    msgs = [
        make(first, at="2026-03-02T10:00:00-05:00", frm=agency, subject=subject),
        make(
            "Voilà / here it is.",
            at="2026-03-02T12:00:00-05:00",
            sent=True,
            frm=agency,
            subject=f"Re: {subject}",
        ),
        make(reveal, at="2026-03-04T10:00:00-05:00", frm=agency, subject=f"Re: {subject}"),
    ]
    for k in range(1, len(msgs)):
        msgs[k] = dataclasses.replace(
            msgs[k], in_reply_to=msgs[k - 1].message_id, references=(msgs[0].message_id,)
        )
    before = employer_groups(thread(msgs[:2], my_addresses=MINE), my_addresses=MINE)
    apps = applications("2026-03-05T08:00:00-05:00", msgs)
    assert len(apps) == 1
    assert apps[0].employer == client
    assert [i.at.date().isoformat() for i in apps[0].timeline.interviews] == ["2026-03-10"]
    assert [app_id for app_id, _, _ in before] == [apps[0].id]  # the same process before and after


@pytest.mark.parametrize("domain", ["wrenmail.example", "mail.quokkamail.example"])
def test_a_one_word_mail_host_we_have_not_listed_is_a_personal_address(domain: str) -> None:
    """A friend at "wrenmail" is a person; the host is no organisation to list as an employer."""
    msg = make(
        "Oi! Tenho uma entrevista na sexta e queria treinar com você no domingo.",
        at="2026-03-05T20:10:00-03:00",
        frm=("Lia Prates", f"lia.prates@{domain}"),
        subject="socorro: entrevista na sexta",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.via == "person"


@pytest.mark.parametrize("domain", ["hirecrest-mail.example", "workablemail.example", "e-mail.example"])
def test_a_sending_service_named_mail_stays_a_service(domain: str) -> None:
    """ "x-mail" domains and vendors' own mail domains are services, not personal mail hosts."""
    assert not is_free_mail(domain)


def test_a_booking_tool_an_employer_links_to_is_a_service_even_without_an_invite() -> None:
    """ "Pick a time here: https://slotnest.example/..." then "SlotNest" confirms, naming the employer."""
    msgs = [
        make(
            "Thanks for applying. Please pick a time for a 45-minute interview: https://slotnest.example/ox/45",
            at="2026-03-10T14:00:00-04:00",
            frm=("Dana Ruiz", "dana@oxbow-foods.example"),
            subject="Oxbow Foods — interview for Planning Analyst",
        ),
        make(
            "Booking confirmed\n\nPlanning Analyst interview (Oxbow Foods)\nWednesday, March 25, 2026 · 10:00 - "
            "10:45 AM\n\nReschedule or cancel: https://slotnest.example/b/77",
            at="2026-03-11T09:20:00-04:00",
            frm=("SlotNest", "no-reply@slotnest.example"),
            subject="Booking confirmed: Planning Analyst interview (Oxbow Foods) — Wed Mar 25, 10:00 AM",
        ),
    ]
    assert service_domains(msgs, MINE) == {"slotnest.example"}
    assert "slotnest.example" not in _groups(msgs)


def test_an_employer_an_agency_links_to_is_not_a_service() -> None:
    msgs = [
        make(
            "I'm working with a client on a Planner search; the posting is here: https://acme-kilns.example/jobs/1",
            at="2026-03-10T14:00:00-04:00",
            frm=("Ravi Kohl", "ravi@kohl-search.example"),
            subject="Planner role",
        ),
        make(
            "Thank you for your application to Acme Kilns. We'd like to invite you to an interview.",
            at="2026-03-12T09:00:00-04:00",
            frm=("Acme Kilns", "careers@acme-kilns.example"),
            subject="Your application to Acme Kilns",
        ),
    ]
    assert service_domains(msgs, MINE) == frozenset()
    assert "acme-kilns.example" in _groups(msgs)


def test_an_agency_that_names_its_client_in_a_new_thread_stays_one_process() -> None:
    """First "a Series C fintech", then a new thread once the interview is set: one process, one id."""
    agency = ("Noor Haddad", "noor@quarry-talent.example")
    early = make(
        "A Series C fintech in Toronto is hiring a Data Analyst. I can't share the name yet. Interested?",
        at="2026-03-02T10:00:00-05:00",
        frm=agency,
        subject="Data Analyst — fintech (confidential)",
    )
    reply = dataclasses.replace(
        make("Yes, very interested.", at="2026-03-02T12:00:00-05:00", sent=True, frm=agency, subject="Re: x"),
        in_reply_to=early.message_id,
        references=(early.message_id,),
    )
    confirmed = make(
        "Your interview with Tallis Ledger is confirmed for Tuesday, March 10 at 2:00 PM Eastern. The client is "
        "Tallis Ledger; you'll meet their VP of Data.",
        at="2026-03-04T10:00:00-05:00",
        frm=agency,
        subject="Interview confirmed: Tallis Ledger — Data Analyst",
    )
    before = employer_groups(thread([early, reply], my_addresses=MINE), my_addresses=MINE)
    apps = applications("2026-03-05T08:00:00-05:00", [early, reply, confirmed])
    assert len(apps) == 1
    assert apps[0].employer == "Tallis Ledger"
    assert len(apps[0].conversations) == 2
    assert [app_id for app_id, _, _ in before] == [apps[0].id]
