"""Who the other side is and what kind of message it is (watcher.core.employers, watcher.core.reading.relevance)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fixture_mail import MINE, applications, event, make
from watcher.core.employers.domains import is_free_mail, registrable_domain, vendor_of
from watcher.core.employers.identity import resolve_employer
from watcher.core.employers.message_kinds import (
    is_acknowledgement,
    is_automated,
    is_noise,
    is_thank_you,
    message_kind,
)
from watcher.core.employers.names import display_employer, name_matches_label
from watcher.core.reading.relevance import (
    has_recruiting_context,
    interview_event,
    is_interviewer_talk,
    non_interview_reason,
)

# --- vendors and domains ---------------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "vendor"),
    [
        ("greenhouse-mail.test", "Greenhouse"),
        ("us.greenhouse-mail.io", "Greenhouse"),
        ("greenhouse.io", "Greenhouse"),
        ("hire.lever.co", "Lever"),
        ("jobs.lever-mail.test", "Lever"),
        ("ashbyhq.test", "Ashby"),
        ("tenant.wd5.myworkday.test", "Workday"),
        ("calendly.test", "Calendly"),
        ("goodtime.io", "GoodTime"),
        ("smartrecruiters.example", "SmartRecruiters"),
        ("acme.personio.example", "Personio"),
        ("icims.com", "iCIMS"),
        ("jobvite.example", "Jobvite"),
        ("teamtailor-mail.example", "Teamtailor"),
        ("recruitee.example", "Recruitee"),
        ("bamboohr.example", "BambooHR"),
        ("workablemail.example", "Workable"),
    ],
)
def test_ats_and_scheduling_vendors_are_known_by_their_registrable_name_on_any_tld(
    domain: str, vendor: str
) -> None:
    assert vendor_of(domain) == vendor


@pytest.mark.parametrize(
    "domain", ["orbitkit.example", "greenhousecafe.example", "leverage.example", "mail.acme.co.uk"]
)
def test_ordinary_organisations_are_not_vendors(domain: str) -> None:
    assert vendor_of(domain) is None


def test_registrable_domain_keeps_two_level_public_suffixes() -> None:
    assert registrable_domain("mail.eu.acme.co.uk") == "acme.co.uk"
    assert registrable_domain("jobs.acme-robotics.example") == "acme-robotics.example"


def test_free_mail_and_shared_reserved_hosts_say_nothing_about_an_organisation() -> None:
    assert is_free_mail("gmail.com") and is_free_mail("web.de") and is_free_mail("example.com")
    assert not is_free_mail("orbitkit.example")


@pytest.mark.parametrize(
    ("display", "vendor", "employer"),
    [
        ("Orbitkit Talent Team via Greenhouse", "Greenhouse", "Orbitkit"),
        ("Rita Ames (Orbitkit Labs)", "Lever", "Orbitkit Labs"),
        ("Rita Ames at Orbitkit Labs", "Lever", "Orbitkit Labs"),
        ("Orbitkit Labs", "Ashby", "Orbitkit Labs"),
        ("Orbitkit Careers", "Workday", "Orbitkit"),
        ("Orbitkit Hiring Team", "Greenhouse", "Orbitkit"),
        ("Calendly", "Calendly", None),
    ],
)
def test_the_employer_is_read_from_an_ats_display_name(
    display: str, vendor: str, employer: str | None
) -> None:
    assert display_employer(display, vendor) == employer


def test_names_match_domain_labels_without_spaces_hyphens_or_legal_form() -> None:
    assert name_matches_label("Kranich Werke GmbH", "kranich-werke")
    assert name_matches_label("Orbitkit", "orbitkit-labs")
    assert not name_matches_label("Acme", "zenith")


# --- resolving the employer ---------------------------------------------------------


def test_ats_sender_resolves_to_the_reply_to_organisation() -> None:
    msg = make(
        "Your interview is confirmed.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Orbitkit Talent Team via Greenhouse", "no-reply@greenhouse-mail.test"),
        reply_to=[("Rita Ames", "rita.ames@orbitkit-labs.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.domain == "orbitkit-labs.example" and guess.via == "ats"


def test_ats_sender_without_reply_to_resolves_to_the_calendar_organiser() -> None:
    msg = make(
        "A new event has been scheduled.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Calendly", "notifications@calendly.test"),
        calendar=[event("2026-03-05T14:00:00-05:00", organizer="felix@orbitkit-labs.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.domain == "orbitkit-labs.example"


def test_ats_sender_with_only_a_display_name_resolves_to_that_name() -> None:
    msg = make(
        "Thanks for applying!",
        at="2026-03-02T10:00:00-05:00",
        frm=("Orbitkit Labs", "jobs@lever-mail.test"),
        auto=True,
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "name:orbitkitlabs" and guess.name == "Orbitkit Labs"


def test_agency_recruiter_resolves_to_the_client_named_in_the_subject_and_text() -> None:
    msg = make(
        "Hi Sam,\n\nVerdant Grid would like to meet you. Would Thursday at 2pm ET work?\n\n"
        "Max, Senior Recruiter",
        at="2026-03-02T10:00:00-05:00",
        frm=("Max Quill", "max@summit-talent.example"),
        subject="Verdant Grid — Site Reliability Engineer — interview request",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.name == "Verdant Grid" and guess.via == "agency"
    assert guess.agency == "summit-talent.example"


def test_agency_recruiter_on_behalf_of_a_client_in_the_text() -> None:
    msg = make(
        "I'm writing on behalf of my client, Verdant Grid, who would like to interview you.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Max Quill", "max@quillpartners.example"),
        subject="An opportunity",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.name == "Verdant Grid"


def test_an_agency_thread_naming_the_client_later_resolves_that_message_to_the_client() -> None:
    msg = make(
        "Great speaking yesterday! As promised: the client is Corvel Dynamics, and they would like to "
        "interview you on Thursday at 11:00.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Ola Brennan", "ola@harrow-search.example"),
        subject="Re: Platform Engineer - growth-stage company",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and (guess.name, guess.via, guess.agency) == (
        "Corvel Dynamics",
        "agency",
        "harrow-search.example",
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm working with a client in Berlin; the client is a Series B fintech.",
        "Our client Monday morning said they want to move fast.",
    ],
)
def test_an_agency_recruiter_without_a_named_client_stays_the_agency(text: str) -> None:
    msg = make(text, at="2026-03-02T10:00:00-05:00", frm=("Ola Brennan", "ola@harrow-search.example"))
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:harrow-search.example"


def test_an_unknown_ats_on_a_subdomain_named_after_the_employer_resolves_to_the_employer() -> None:
    msg = make(
        "Thank you for applying. This is an automated message.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Corvel Dynamics", "no-reply@corveldynamics.hirestack.example"),
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and (guess.key, guess.name, guess.via) == (
        "name:corveldynamics",
        "Corvel Dynamics",
        "ats",
    )


def test_an_unknown_ats_tenant_named_in_the_text_resolves_to_the_employer() -> None:
    msg = make(
        "Thank you for your application to Corvel Dynamics. We have decided to move forward with other "
        "candidates.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Careers", "no-reply@corveldynamics.hirestack.example"),
        auto=True,
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "name:corveldynamics"


def test_an_automated_sender_speaking_for_another_named_employer_resolves_to_that_employer() -> None:
    msg = make(
        "Thank you for your application for the Data Analyst role at Corvel Dynamics.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Corvel Dynamics", "notifications@hirestack.example"),
        subject="Your application to Corvel Dynamics",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "name:corveldynamics"


def test_a_service_named_with_via_is_seen_through_to_the_reply_to_organisation() -> None:
    msg = make(
        "Your interview is confirmed for Thursday at 2pm.",
        at="2026-03-02T10:00:00-05:00",
        frm=("Corvel Dynamics via Hirestack", "jobs@hirestack.example"),
        reply_to=[("Mara Voss", "mara.voss@corvel.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and (guess.domain, guess.via) == ("corvel.example", "ats")


def test_a_person_writing_from_their_own_organisation_is_not_mistaken_for_a_hosted_service() -> None:
    msg = make(
        "Would Thursday at 2pm work for an interview about the Data Analyst role?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Mara Voss", "mara.voss@mail.corvel.example"),
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:corvel.example"


def test_a_colleague_at_the_owners_own_organisation_is_not_an_employer() -> None:
    msg = make(
        "Could you interview a candidate on Thursday?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Lin Torres", "lin.torres@corvid-works.example"),
    )
    assert resolve_employer(msg, MINE) is None


def test_free_mail_correspondents_are_people_not_organisations() -> None:
    msg = make(
        "Hey, how are you?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Jo Park", "jo.park@gmail.com"),
        subject="hi",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.via == "person"


def test_owner_messages_resolve_to_the_organisation_they_were_sent_to() -> None:
    msg = make(
        "Thanks!", at="2026-03-02T10:00:00-05:00", sent=True, to=[("Rita", "rita@orbitkit-labs.example")]
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.domain == "orbitkit-labs.example"


# --- message kinds --------------------------------------------------------------------


def test_auto_submitted_and_no_reply_senders_are_automated() -> None:
    assert is_automated(make("Hello", at="2026-03-02T10:00:00-05:00", auto=True))
    assert is_automated(
        make("Hello", at="2026-03-02T10:00:00-05:00", frm=("Orbitkit", "no-reply@orbitkit.example"))
    )
    assert not is_automated(make("Hello", at="2026-03-02T10:00:00-05:00"))


def test_an_ats_message_with_a_person_to_reply_to_is_a_human_message() -> None:
    msg = make(
        "Hi Sam, I'm Rita. Would Monday at 10 work?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Rita Ames at Orbitkit", "jobs@lever-mail.test"),
        reply_to=[("Rita Ames", "rita.ames@orbitkit.example")],
    )
    assert message_kind(msg) == "employer"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for applying to Orbitkit! We have received your application.",
        "Vielen Dank für Ihre Bewerbung. Ihre Bewerbung ist bei uns eingegangen.",
        "Hemos recibido tu candidatura para el puesto de ingeniera.",
        "Nous avons bien reçu votre candidature.",
    ],
)
def test_application_acknowledgements_in_four_languages(text: str) -> None:
    msg = make(text, at="2026-03-02T10:00:00-05:00", frm=("Orbitkit", "jobs@lever-mail.test"), auto=True)
    assert is_acknowledgement(msg)
    assert message_kind(msg) == "acknowledgement"


def test_a_human_thanks_for_applying_with_a_proposal_is_not_an_acknowledgement() -> None:
    msg = make("Thanks for applying! Would Monday at 10 work for a call?", at="2026-03-02T10:00:00-05:00")
    assert message_kind(msg) == "employer"


def test_owner_thank_you_notes() -> None:
    note = make(
        "Thank you for today's conversation, I enjoyed it.", at="2026-03-02T10:00:00-05:00", sent=True
    )
    assert is_thank_you(note) and message_kind(note) == "owner"
    assert not is_thank_you(make("Any news?", at="2026-03-02T10:00:00-05:00", sent=True))


def test_bulk_mail_is_noise_unless_it_carries_an_invitation() -> None:
    assert is_noise(make("Top jobs this week", at="2026-03-02T10:00:00-05:00", bulk=True))
    with_invite = make(
        "Your interview",
        at="2026-03-02T10:00:00-05:00",
        bulk=True,
        calendar=[event("2026-03-05T14:00:00-05:00")],
    )
    assert not is_noise(with_invite)


# --- what is not an interview process -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Can we interview you for 30 minutes? You'll get a $50 gift card.", "user research"),
        ("We'd love a customer interview about how you use Notely.", "user research"),
        ("I host a podcast and I'd love to interview you for an episode.", "media"),
        ("Please fill in your exit interview survey.", "exit interview"),
        ("Nous vous proposons votre entretien de sortie.", "exit interview"),
        ("Want to do a mock interview on Saturday?", "mock interview"),
        ("¿Hacemos un simulacro de entrevista el sábado?", "mock interview"),
        ("Could you interview a candidate for the backend role on Thursday?", "owner interviews"),
        ("I have my final round interview at Fernhill on Thursday!", "someone else's interview"),
        ("Would you be a reference for me? Their recruiter will call.", "someone else's interview"),
        ("Ace your next interview: 40% off coaching sessions, use code LOOP40.", "marketing"),
    ],
)
def test_non_interview_mentions_of_interviews_are_recognised(text: str, reason: str) -> None:
    assert non_interview_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to invite you to a technical interview with our team.",
        "Wir möchten Sie zu einem Vorstellungsgespräch einladen.",
        "Te proponemos una entrevista con el equipo.",
        "Je vous propose un entretien avec l'équipe.",
    ],
)
def test_real_interview_invitations_are_not_ruled_out(text: str) -> None:
    assert non_interview_reason(text) is None
    assert has_recruiting_context(make(text, at="2026-03-02T10:00:00-05:00", subject="Hello"))


def test_recruiting_context_from_a_job_title_in_the_subject_or_a_recruiter_signature() -> None:
    plain = "Marcus had a cancellation, so you're confirmed for tomorrow at 3."
    assert has_recruiting_context(
        make(plain, at="2026-03-02T10:00:00-05:00", subject="Re: Staff Data Engineer")
    )
    signed = replace(
        make("See you then.", at="2026-03-02T10:00:00-05:00", subject="Tomorrow"),
        text="See you then.\n--\nRita Ames, Technical Recruiter",
    )
    assert has_recruiting_context(signed)
    assert not has_recruiting_context(
        make("Dinner on Sunday at 6?", at="2026-03-02T10:00:00-05:00", subject="Dad")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als Personalberater betreue ich für einen Kunden die Position Leitung IT.", True),
        ("Ich bin Headhunterin und suche für einen Mandanten eine Teamleitung.", True),
        ("Notre cabinet de recrutement accompagne une start-up lyonnaise.", True),
        ("Die Besichtigung der Wohnung ist am Mittwoch um 17:00.", False),
        ("Bring die Position der Möbel beim Umzug nicht durcheinander.", False),
    ],
)
def test_agency_recruiters_give_recruiting_context(text: str, expected: bool) -> None:
    assert has_recruiting_context(make(text, at="2026-03-02T10:00:00-05:00", subject="Hallo")) is expected


def test_calendar_events_that_are_not_interviews() -> None:
    assert not interview_event(
        event("2026-03-05T10:00:00-05:00", recurring=True, summary="Weekly 1:1"), job_context=True
    )
    assert not interview_event(
        event("2026-03-05T10:00:00-05:00", summary="Dental cleaning"), job_context=True
    )
    assert not interview_event(event("2026-03-05T10:00:00-05:00", summary="Mock interview"), job_context=True)
    assert not interview_event(event("2026-03-05T10:00:00-05:00", method="REPLY"), job_context=True)
    assert not interview_event(event("2026-03-05T10:00:00-05:00", summary="Book club"), job_context=False)


def test_calendar_events_that_are_interviews() -> None:
    assert interview_event(event("2026-03-05T10:00:00-05:00"), job_context=True)
    assert interview_event(
        event("2026-03-05T10:00:00-05:00", summary="Intro with Felix (30 min)"), job_context=True
    )
    assert not interview_event(
        event("2026-03-05T10:00:00-05:00", summary="Intro with Felix"), job_context=False
    )


# --- the owner as the interviewer ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Would you sit on the interview panel for a Platform Engineer candidate next Wednesday?",
        "Could you take the design part of the loop for a frontend candidate, Mira Castellanos?",
        "Can you interview a senior backend candidate with me on Thursday? The candidate's CV is attached.",
        "Könntest du am Freitag mit mir einen Backend-Kandidaten interviewen? Der Lebenslauf des Kandidaten "
        "hängt an.",
        "¿Te animas a formar parte del panel de entrevista? Te paso el CV de la candidata.",
        "Pourrais-tu faire partie du jury d'entretien mardi ? Je t'envoie le CV du candidat.",
        "Könntest du am Montag beim Vorstellungsgespräch mit einer Kandidatin für das Data-Team dabei sein? "
        "Du bist als zweiter Interviewer eingeplant.",
        "You're down as the second interviewer on Friday - the invite is in your calendar.",
        "Serais-tu dans le jury pour une candidate jeudi ?",
    ],
)
def test_a_request_to_interview_a_candidate_puts_the_owner_on_the_interviewers_side(text: str) -> None:
    msg = make(text, at="2026-03-02T10:00:00-05:00", subject="Quick favour")
    assert is_interviewer_talk(msg)
    assert non_interview_reason(text) == "owner interviews"


@pytest.mark.parametrize(
    "text",
    [
        "Lean hire from me: solid on systems, a little vague on incident handling.",
        "Strong no hire - could not explain their own project.",
        "Mein Eindruck zum Kandidaten: würde ihn einstellen.",
        "Mi valoración sobre la candidata: la contrataría sin dudarlo.",
        "Mon avis sur le candidat : je le recruterais.",
    ],
)
def test_the_owners_hiring_verdict_is_interviewer_talk(text: str) -> None:
    assert is_interviewer_talk(make(text, at="2026-03-02T10:00:00-05:00", sent=True))


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Our interview panel for the role includes the CTO and two engineers.", False),
        ("We're still interviewing a few other candidates this week.", False),
        ("You'll be on a panel interview with three engineers on Thursday.", False),
        ("We're meeting another candidate tomorrow and will decide by Friday.", False),
        ("Update your candidate profile and pick a time that suits you.", False),
        ("Wir werden noch eine weitere Kandidatin interviewen.", False),
        ("Our CTO will sit on the panel, with two engineers from the team.", False),
        ("The hiring manager will assess a candidate's fit with the team.", False),
        ("Teil des Panels sind unser CTO und zwei Entwickler.", False),
        ("Wenn das Angebot steht, würde ich sie nehmen.", True),
        ("Je le prendrais volontiers si l'offre se confirme.", True),
        ("Nous avons encore un entretien avec un autre candidat.", False),
        ("We'll gather feedback on the candidate experience after your onsite.", False),
        ("Could you share any feedback on my interview? I'd love to improve.", True),
        ("Hätten Sie ein kurzes Feedback zu meinem Gespräch für mich?", True),
        ("I'd be thrilled to accept - it's a strong yes from me!", True),
    ],
)
def test_a_recruiter_on_panels_and_other_candidates_or_the_owner_asking_for_feedback_is_not(
    text: str, sent: bool
) -> None:
    msg = make(text, at="2026-03-02T10:00:00-05:00", sent=sent)
    assert not is_interviewer_talk(msg)
    if not sent:
        assert non_interview_reason(text) is None


# --- recruiters writing through a tool, vendors with affixes --------------------------------


@pytest.mark.parametrize(
    "domain", ["lever-hire.example", "hire-lever.example", "mail-lever.example", "careers-workable.example"]
)
def test_vendor_names_with_affixes_around_them_are_still_vendors(domain: str) -> None:
    assert vendor_of(domain) is not None


@pytest.mark.parametrize(
    "domain", ["join-robotics.example", "gem-cutters.example", "cantilever-works.example"]
)
def test_short_vendor_names_inside_ordinary_company_names_are_not_vendors(domain: str) -> None:
    assert vendor_of(domain) is None


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Hello Sam, I lead recruiting for Fenwhistle Labs and saw your profile.", "Fenwhistle Labs"),
        (
            "Hallo, ich leite das Recruiting bei Fenwhistle Labs und melde mich wegen Ihrer Bewerbung.",
            "Fenwhistle Labs",
        ),
        (
            "Hola, soy la reclutadora de Fenwhistle Labs y te escribo por tu candidatura.",
            "Fenwhistle Labs",
        ),
        (
            "Bonjour, je m'occupe du recrutement chez Fenwhistle Labs et je reviens vers vous.",
            "Fenwhistle Labs",
        ),
    ],
)
def test_a_recruiter_naming_whom_they_hire_for_names_the_employer(text: str, employer: str) -> None:
    msg = make(
        text,
        at="2026-03-02T10:00:00-05:00",
        frm=("Nora Vik", "nora.vik@sourcely-outreach.example"),
        reply_to=[("Nora Vik", "nora@fenwhistlelabs.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.domain == "fenwhistlelabs.example" and guess.name == employer


def test_a_recruiter_named_name_company_through_an_unknown_tool_resolves_to_the_reply_to_employer() -> None:
    msg = make(
        "Would Tuesday at 4pm work for a video chat?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Nora Vik (Fenwhistle Labs)", "nora.vik@sourcely-outreach.example"),
        reply_to=[("Nora Vik", "nora@fenwhistlelabs.example")],
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.key == "dom:fenwhistlelabs.example" and guess.via == "ats"


@pytest.mark.parametrize(
    "display",
    [
        "Fenwhistle Labs via Jobrelay",
        "Fenwhistle Labs vía Jobrelay",
        "Fenwhistle Labs über Jobrelay",
        "Fenwhistle Labs par Jobrelay",
    ],
)
def test_x_via_a_service_on_a_look_alike_domain_names_the_employer_x(display: str) -> None:
    msg = make(
        "Your interview is confirmed for Thursday at 10:00.",
        at="2026-03-02T10:00:00-05:00",
        frm=(display, "no-reply@mail-jobrelay.example"),
        auto=True,
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.name == "Fenwhistle Labs"


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        ("fenwsec.example", "Thanks from all of us at Fenw Security.", "Fenw Security"),
        (
            "fenwhistle-ins.example",
            "Fenwhistle Insurance would like to meet you.",
            "Fenwhistle Insurance",
        ),
        (
            "fenwhistleversicherung.example",
            "Die Fenwhistle Versicherung lädt Sie ein.",
            "Fenwhistle Versicherung",
        ),
        ("fenwhistle-seg.example", "Fenwhistle Seguros quiere conocerte.", "Fenwhistle Seguros"),
    ],
)
def test_an_abbreviated_or_run_together_domain_is_named_as_the_mail_writes_it(
    domain: str, text: str, name: str
) -> None:
    frm = ("Nora Vik", f"nora@{domain}")
    msgs = [
        make(
            f"{text} Would Thursday 3/5 at 10am ET work for an interview?",
            at="2026-03-02T10:00:00-05:00",
            frm=frm,
            subject="Interview",
        ),
        make(
            "Thursday 3/5 at 10am ET works for me.",
            at="2026-03-02T11:00:00-05:00",
            sent=True,
            to=[frm],
            subject="Re: Interview",
        ),
    ]
    (app,) = applications("2026-03-04T08:00:00-05:00", msgs)
    assert app.employer == name


@pytest.mark.parametrize(
    "text",
    [
        "Quick update: I'm working with Brisklow Freight, a logistics firm, on a data role.",
        "Wie besprochen arbeite ich mit Brisklow Freight zusammen, die eine Data-Stelle besetzen.",
        "Como te comenté, estoy trabajando con Brisklow Freight en la búsqueda de su equipo de datos.",
        "Comme convenu, je travaille avec Brisklow Freight sur leur recrutement data.",
    ],
)
def test_an_agency_recruiter_working_with_a_client_names_that_client(text: str) -> None:
    msg = make(
        text,
        at="2026-03-02T10:00:00-05:00",
        frm=("Ola Brennan", "ola@harrow-search.example"),
        subject="Data Lead",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and (guess.name, guess.via) == ("Brisklow Freight", "agency")


def test_a_reply_prefix_or_a_place_in_the_subject_is_not_the_agency_client() -> None:
    msg = make(
        "Brisklow would like a second conversation. Regarding the schedule, can you send times?",
        at="2026-03-02T10:00:00-05:00",
        frm=("Ola Brennan", "ola@harrow-search.example"),
        subject="Re: Data Lead - Brisklow Freight (Denver)",
    )
    guess = resolve_employer(msg, MINE)
    assert guess is not None and guess.name != "Re"
