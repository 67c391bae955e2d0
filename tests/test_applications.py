"""One application per employer, from the fixture mailbox (watcher.core.applications)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import APPLICATIONS, DISTRACTORS, MINE, NY, applications, event, load, make, slugs_of
from tests.support.groups import employer_groups
from watcher.core.applications import Known, Mark, application_id_for, build_applications
from watcher.core.conversations import thread
from watcher.core.mail import parse_message
from watcher.core.policy import evaluate
from watcher.core.records import Application, Message, Timeline

END = "2026-04-10T08:00:00-04:00"


def by_employer(apps: list[Application]) -> dict[str, Application]:
    return {a.employer: a for a in apps}


# --- detection --------------------------------------------------------------------------------


def test_exactly_the_interview_processes_are_listed() -> None:
    apps = applications(END)
    assert sorted(next(iter(slugs_of(a))) for a in apps) == sorted(APPLICATIONS)
    assert all(len(slugs_of(a)) == 1 for a in apps)


@pytest.mark.parametrize("distractor", DISTRACTORS)
def test_each_distractor_alone_is_not_an_interview_process(distractor: str) -> None:
    assert applications(END, load(distractor)) == []


def test_a_proposal_nobody_confirmed_is_not_listed() -> None:
    assert applications(END, load("en-unconfirmed-proposal")) == []


def test_an_employer_with_only_an_acknowledgement_so_far_is_not_listed_yet() -> None:
    assert applications("2026-03-11T08:00:00-04:00", load("en-ack-then-interview")) == []
    (app,) = applications("2026-03-13T08:00:00-04:00", load("en-ack-then-interview"))
    assert len(app.conversations) == 2  # the acknowledgement thread joins once there is an interview


def test_job_alerts_naming_an_employer_do_not_join_its_application() -> None:
    apps = by_employer(applications(END, load("en-ats-brightwave", "x-job-alert")))
    assert slugs_of(apps["Brightwave Labs"]) == {"en-ats-brightwave"}


# --- employers and grouping ------------------------------------------------------------------------


def test_employer_names_read_as_a_person_writes_them() -> None:
    names = {a.employer for a in applications(END)}
    assert names == {
        "Almendro Tech",
        "Atelier Sorbier",
        "Brightwave Labs",
        "Cerise Mobilité",
        "Hollin Werkstoffe GmbH",
        "Kettleby Robotics",
        "Kranich Werke GmbH",
        "Larkspur Analytics",
        "Lumbre Energía",
        "Mosaic Freight",
        "Osprey Grid",
        "Solstice Robotics",
        "Tidepool Systems",
        "Vantablue Freight",
        "Wrenfield Clinic",
    }


def test_ats_messages_and_the_recruiters_thread_form_one_application() -> None:
    (app,) = applications(END, load("en-ats-brightwave"))
    assert app.employer_key == "brightwavelabs.example"
    assert len(app.conversations) == 2


def test_a_new_thread_from_another_person_at_the_same_company_joins() -> None:
    (app,) = applications(END, load("en-new-thread-larkspur"))
    assert len(app.conversations) == 2
    senders = {
        m.from_.email for c in app.conversations for m in c.messages if m.direction == "received" and m.from_
    }
    assert len(senders) == 2


def test_an_agency_recruiter_is_resolved_to_the_client_and_a_later_new_thread_joins() -> None:
    (app,) = applications(END, load("en-agency-solstice"))
    assert app.employer == "Solstice Robotics"
    assert len(app.conversations) == 2
    assert app.role == "Controls Engineer"


def test_ids_are_stable_over_time_and_derive_from_the_employer() -> None:
    early = by_employer(applications("2026-03-20T08:00:00-04:00"))
    late = by_employer(applications(END))
    for name, app in early.items():
        assert late[name].id == app.id
    brightwave = late["Brightwave Labs"]
    assert (
        brightwave.id == application_id_for("Brightwave Labs") == application_id_for("brightwavelabs.example")
    )


def test_languages_are_detected() -> None:
    langs = {a.employer: a.language for a in applications(END)}
    assert langs["Kranich Werke GmbH"] == "de"
    assert langs["Lumbre Energía"] == "es"
    assert langs["Cerise Mobilité"] == "fr"
    assert langs["Brightwave Labs"] == "en"


def test_employer_groups_lists_organisations_that_are_not_interviews_too() -> None:
    msgs = load("en-unconfirmed-proposal")
    groups = employer_groups(thread(msgs, my_addresses=MINE), my_addresses=MINE)
    assert [(g[1], g[2]) for g in groups] == [("Quartzmere", "quartzmere.example")]


# --- timelines through the whole pipeline ---------------------------------------------------------


def test_german_process_interview_reply_by_and_rejection() -> None:
    (app,) = applications(END, load("de-kranich"))
    t = app.timeline
    assert [i.at for i in t.interviews] == [datetime(2026, 3, 17, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))]
    assert [r.on.astimezone(NY).date() for r in t.reply_bys] == [date(2026, 3, 27)]
    assert t.outcome is not None and t.outcome.kind == "rejected"
    assert len(t.employer_messages) == 3  # the automated acknowledgement is not one of them


def test_spanish_process_interview_in_madrid_time_reply_by_and_offer() -> None:
    (app,) = applications(END, load("es-lumbre"))
    t = app.timeline
    assert [i.at.astimezone(NY) for i in t.interviews] == [datetime(2026, 3, 12, 10, 0, tzinfo=NY)]
    assert [r.on.astimezone(NY).date() for r in t.reply_bys] == [date(2026, 3, 27)]
    assert t.outcome is not None and t.outcome.kind == "offer"


def test_french_process_ask_then_withdrawal() -> None:
    before = applications("2026-03-14T08:00:00-04:00", load("fr-cerise"))[0].timeline
    assert before.asks and "disponibilités" in before.asks[0].quote
    after = applications(END, load("fr-cerise"))[0].timeline
    assert after.outcome is not None and after.outcome.kind == "withdrawn"


def test_calendar_reschedule_and_cancel_through_the_parser() -> None:
    (app,) = applications(END, load("en-reschedule-tidepool"))
    assert [(i.at, i.via) for i in app.timeline.interviews] == [
        (datetime(2026, 3, 12, 11, 0, tzinfo=NY), "calendar")
    ]


def test_explain_entries_carry_roles() -> None:
    (app,) = applications(END, load("en-ats-brightwave"))
    roles = [e.roles for e in app.timeline.entries]
    assert roles[0][:2] == ("employer_reply", "invite")
    assert roles[2] == ("automated", "outcome")
    # Whether a message of the owner's thanks or chases is the policy's to say, by its window.
    ev = evaluate(app.timeline, datetime.fromisoformat(END), NY)
    assert [(o.at, o.role) for o in ev.owner_messages] == [(app.timeline.entries[1].at, "acknowledgement")]


def test_the_owners_i_confirm_makes_the_interview_and_three_nudges_follow() -> None:
    (app,) = applications(END, load("en-confirm-osprey"))
    t = app.timeline
    assert [i.at for i in t.interviews] == [datetime(2026, 2, 11, 10, 0, tzinfo=NY)]
    roles = [e.roles for e in t.entries]
    assert roles[1] == ("interview",)
    assert len(t.owner_messages) == 5
    ev = evaluate(t, datetime.fromisoformat(END), NY)
    assert [o.role for o in ev.owner_messages] == ["acknowledgement"] * 2 + ["nudge"] * 3


def test_a_german_confirmation_wrapped_by_format_flowed_is_read_whole() -> None:
    (app,) = applications(END, load("de-flowed-hollin"))
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 3, 11, 14, 0, tzinfo=NY)]
    assert app.language == "de" and app.role == "Prozessingenieur"


def test_an_agency_thread_stands_for_the_client_it_names_later() -> None:
    (app,) = applications(END, load("en-agency-brackenridge"))
    assert app.employer == "Vantablue Freight"
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 3, 19, 11, 0, tzinfo=NY)]


def test_an_unknown_ats_rejection_from_the_employers_subdomain_closes_its_application() -> None:
    (app,) = applications(END, load("en-hosted-ats-wrenfield"))
    assert app.employer == "Wrenfield Clinic" and app.employer_key == "wrenfield-clinic.example"
    assert len(app.conversations) == 3  # acknowledgement, the recruiter's thread, the rejection
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"
    assert len(app.timeline.employer_messages) == 1  # the ATS mail is automated, not a person writing


def test_the_id_stays_when_a_short_ats_name_is_later_joined_by_the_employers_domain() -> None:
    (early,) = applications("2026-03-04T08:00:00-05:00", load("en-ats-then-domain-kettleby"))
    (late,) = applications(END, load("en-ats-then-domain-kettleby"))
    assert early.employer == "Kettleby" and late.employer == "Kettleby Robotics"
    assert late.id == early.id and len(late.conversations) == 2


@pytest.mark.parametrize("stored_under", ["Kettleby", "kettleby-robotics.example", "Kettleby Robotics"])
def test_marks_apply_under_any_key_the_employers_mail_was_known_by(stored_under: str) -> None:
    marks = {application_id_for(stored_under): Mark(closed="offer")}
    (app,) = applications(END, load("en-ats-then-domain-kettleby"), marks=marks)
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "offer"


@pytest.mark.parametrize(
    ("slug", "role"),
    [
        ("fr-role-sorbier", "Ingénieur(e) logiciel"),
        ("es-role-almendro", "Ingeniero/a de Software"),
        ("de-kranich", "Backend-Entwickler*in"),
    ],
)
def test_gender_inclusive_titles_are_kept_whole(slug: str, role: str) -> None:
    (app,) = applications(END, load(slug))
    assert app.role == role


def _interview_mail(subject: str, body: str) -> list[Message]:
    frm = ("Ines Varga", "ines.varga@hollowmere.example")
    return [
        make(body, at="2026-03-02T09:00:00-05:00", frm=frm, subject=subject),
        make(
            "Thursday at 10 works for me.",
            at="2026-03-02T10:00:00-05:00",
            sent=True,
            to=[frm],
            subject=f"Re: {subject}",
        ),
    ]


def test_the_role_is_read_from_the_position_of_phrase_in_the_text() -> None:
    msgs = _interview_mail(
        "Hollowmere - second interview",
        "I'm pleased to invite you to a second interview for the position of Analytics Engineer. "
        "Would Thursday at 10 work?",
    )
    (app,) = applications(END, msgs)
    assert app.role == "Analytics Engineer"


@pytest.mark.parametrize(
    "subject",
    [
        "Hollowmere - Backend / Data role",
        "Your interview with Hollowmere is confirmed",
        "technical interview",
        "Updated invitation: Interview @ Mon Mar 9, 2026 1pm - 2pm (CDT)",
    ],
)
def test_a_subject_that_names_no_job_title_gives_no_role(subject: str) -> None:
    msgs = _interview_mail(subject, "Could we do an interview on Thursday at 10?")
    (app,) = applications(END, msgs)
    assert app.role == ""


# --- the owner as the interviewer --------------------------------------------------------------------


def test_a_colleagues_panel_request_its_invitation_and_the_owners_verdict_are_not_a_process() -> None:
    msgs = load("x-panel-colleague")
    assert applications(END, msgs) == []
    groups = employer_groups(thread(msgs, my_addresses=MINE), my_addresses=MINE)
    assert [g[1] for g in groups] == ["Tallowmere"]  # still known, for `mark --interview`


def test_mark_interview_brings_back_an_organisation_detection_ruled_out() -> None:
    marks = {application_id_for("Tallowmere"): Mark(interview=True)}
    (app,) = applications(END, load("x-panel-colleague"), marks=marks)
    assert app.employer == "Tallowmere" and app.manual == ("interview",)


def _invitation(
    summary: str, frm: tuple[str, str] = ("Rita Ames", "rita.ames@orbitkit.example")
) -> list[Message]:
    ev = event("2026-03-12T14:00:00-04:00", summary=summary, organizer=frm[1], uid=f"{summary}@orbitkit")
    return [
        make(
            f"{summary}\nThursday, March 12, 2:00pm",
            at="2026-03-03T09:00:00-05:00",
            frm=frm,
            subject=summary,
            calendar=[ev],
        )
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "Interview: Lena Osterhagen - Data Engineer",
        "Vorstellungsgespräch: Jonas Albrecht - Backend-Entwickler",
        "Entrevista: Carmela Izquierdo / Analista de Datos",
        "Entretien : Hugo Marchetti (Développeur backend)",
    ],
)
def test_an_invitation_titled_with_another_persons_name_is_not_the_owners_interview(summary: str) -> None:
    assert applications(END, _invitation(summary)) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Interview: Sam Rivera - Data Engineer",  # the owner
        "Interview: Orbit Kit - Backend Engineer",  # the employer
        "Interview: Rita Ames",  # the interviewer who sent it
        "Interview: Final Round - Backend Engineer",
        "Entrevista: Equipo Técnico",
    ],
)
def test_invitations_naming_the_owner_the_employer_or_the_interviewer_stay_interviews(summary: str) -> None:
    (app,) = applications(END, _invitation(summary))
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 3, 12, 14, 0, tzinfo=NY)]


def test_the_owners_own_application_at_an_organisation_they_also_interview_for_is_kept() -> None:
    recruiter = ("Ivo Sandoval", "ivo.sandoval@tallowmere.example")
    own = [
        make(
            "Hi Sam,\n\nThanks for your application to the Staff Engineer opening. Could we do the first "
            "interview on Tuesday, March 17 at 10am?\n\nIvo",
            at="2026-03-09T09:00:00-04:00",
            frm=recruiter,
            subject="Your application: Staff Engineer",
        ),
        make(
            "Tuesday, March 17 at 10am works for me.",
            at="2026-03-09T10:00:00-04:00",
            sent=True,
            to=[recruiter],
            subject="Re: Your application: Staff Engineer",
        ),
    ]
    (app,) = applications(END, load("x-panel-colleague") + own)
    assert app.employer == "Tallowmere" and len(app.conversations) == 1
    assert [i.at for i in app.timeline.interviews] == [datetime(2026, 3, 17, 10, 0, tzinfo=NY)]


@pytest.mark.parametrize(
    "text",
    [
        "Our interview panel for the role includes the CTO and two engineers. Would Thursday at 10 work?",
        "We're still interviewing a few other candidates, so could we do Thursday at 10?",
        "You'll be on a panel interview with three engineers - would Thursday at 10 work?",
        "Wir sprechen noch mit weiteren Bewerbern. Passt Ihnen Donnerstag um 10 Uhr?",
    ],
)
def test_a_recruiter_talking_of_panels_and_other_candidates_is_still_the_owners_process(text: str) -> None:
    (app,) = applications(END, _interview_mail("Hollowmere interview", text))
    assert app.employer == "Hollowmere"


def test_the_owner_asking_for_feedback_on_their_own_interview_keeps_the_process() -> None:
    frm = ("Ines Varga", "ines.varga@hollowmere.example")
    msgs = [
        *_interview_mail("Hollowmere interview", "Could we do the interview on Thursday at 10?"),
        make(
            "Hi Ines, could you share any feedback on my interview? I'd love to know how it went.",
            at="2026-03-16T10:00:00-04:00",
            sent=True,
            to=[frm],
            subject="Re: Hollowmere interview",
        ),
    ]
    (app,) = applications(END, msgs)
    assert len(app.timeline.owner_messages) == 2


# --- asks, reply-by and outcomes through the whole pipeline -------------------------------------------


def test_a_case_study_request_in_a_new_thread_from_another_person_is_the_latest_ask() -> None:
    second = ("Tobias Reinholt", "tobias.reinholt@hollowmere.example")
    msgs = [
        *_interview_mail("Hollowmere interview", "Could we do the interview on Thursday at 10?"),
        make(
            "Hallo Sam,\n\nIm nächsten Schritt bitten wir Sie, die angehängte Fallstudie zu bearbeiten und "
            "uns Ihre Ergebnisse zu senden.\n\nTobias Reinholt\nHollowmere",
            at="2026-03-06T09:00:00-05:00",
            frm=second,
            subject="Fallstudie",
        ),
    ]
    (app,) = applications(END, msgs)
    assert len(app.conversations) == 2
    assert [a.quote[:24] for a in app.timeline.asks] == ["Im nächsten Schritt bitt"]


def test_a_warm_rejection_closes_the_process() -> None:
    frm = ("Ines Varga", "ines.varga@hollowmere.example")
    msgs = [
        *_interview_mail("Hollowmere interview", "Could we do the interview on Thursday at 10?"),
        make(
            "Dear Sam,\n\nI'm so sorry to be the one sending disappointing news. It was close, but we offered "
            "the position to an applicant who has run a team like ours before.\n\nWarmly,\nInes",
            at="2026-03-13T15:00:00-04:00",
            frm=frm,
            subject="Re: Hollowmere interview",
        ),
    ]
    (app,) = applications(END, msgs)
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"


# --- marks --------------------------------------------------------------------------------------------


def test_marks_round_trip_through_store_fields() -> None:
    from watcher.store.records import mark_fields

    mark = Mark(interview=True, closed="offer", interview_at=datetime(2026, 3, 5, 14, 0, tzinfo=NY))
    assert Mark.from_fields(mark_fields(mark)) == mark
    reviewed = Mark(
        not_interview=True, reply_by=datetime(2026, 3, 9, tzinfo=NY), reviewed=datetime(2026, 3, 6, tzinfo=NY)
    )
    assert Mark.from_fields(mark_fields(reviewed)) == reviewed


def test_marks_read_from_store_fields_drop_what_they_cannot_read() -> None:
    fields = {"interview": "1", "closed": "offer", "interview_at": "2026-03-05T14:00:00-05:00"}
    mark = Mark(interview=True, closed="offer", interview_at=datetime(2026, 3, 5, 14, 0, tzinfo=NY))
    assert Mark.from_fields(fields) == mark
    assert Mark.from_fields({"closed": "nonsense", "interview_at": "not a date"}) == Mark()


def test_mark_not_interview_hides_an_application() -> None:
    app_id = application_id_for("Brightwave Labs")
    assert applications(END, load("en-ats-brightwave"), marks={app_id: Mark(not_interview=True)}) == []


def test_mark_interview_lists_what_detection_missed() -> None:
    marks = {application_id_for("Quartzmere"): Mark(interview=True)}
    (app,) = applications(END, load("en-unconfirmed-proposal"), marks=marks)
    assert app.manual == ("interview",) and app.employer == "Quartzmere"


def test_manual_facts_win_over_detection() -> None:
    at = datetime(2026, 4, 20, 15, 0, tzinfo=NY)
    marks = {
        application_id_for("Mosaic Freight"): Mark(
            interview_at=at, reply_by=datetime(2026, 4, 24, 12, 0, tzinfo=NY), closed="rejected"
        )
    }
    (app,) = applications(END, load("en-ack-then-interview"), marks=marks)
    assert at in [i.at for i in app.timeline.interviews]
    assert app.timeline.outcome is not None and app.timeline.outcome.kind == "rejected"
    assert set(app.manual) == {"interview_at", "reply_by", "closed"}


def test_reopen_clears_a_detected_outcome() -> None:
    marks = {application_id_for("Brightwave Labs"): Mark(reopen=True)}
    (app,) = applications(END, load("en-ats-brightwave"), marks=marks)
    assert app.timeline.outcome is None and app.manual == ("reopen",)


# --- the labelled corpus (skipped when it is not there) ---------------------------------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "labels.json").exists(), reason="labelled corpus not available")
def test_detection_and_grouping_on_the_labelled_corpus() -> None:
    labels = json.loads((CORPUS / "labels.json").read_text())
    tz = ZoneInfo(labels["timezone"])
    mine = labels["my_addresses"]
    msgs, folder_of = [], {}
    for f in sorted((CORPUS / "mail").glob("*/*.eml")):
        m = parse_message(
            f.read_bytes(),
            account="c",
            folder="Sent" if "sent" in f.stem else "INBOX",
            uid=f"{f.parent.name}/{f.stem}",
            my_addresses=mine,
        )
        msgs.append(m)
        folder_of[m.message_id] = f.parent.name
    for at in labels["evaluate_at"]:
        now = datetime.fromisoformat(at)
        visible = [m for m in msgs if m.date <= now]
        apps = build_applications(thread(visible, my_addresses=mine), Known(mine, tz, now))
        expected = {
            a["slug"]
            for a in labels["applications"]
            if a["interview"] and a["expected"].get(now.date().isoformat())
        }
        found = [Counter(folder_of[m.message_id] for c in a.conversations for m in c.messages) for a in apps]
        main = [c.most_common(1)[0][0] for c in found]
        precision = sum(s in expected for s in main) / max(len(main), 1)
        recall = len(expected & set(main)) / max(len(expected), 1)
        assert precision >= 0.97 and recall >= 0.97, (at, sorted(set(main) ^ expected))
        assert len(main) == len(set(main)), "one application per employer"


def test_owner_replies_to_a_recruiters_own_address_count_for_the_tool_thread_they_answer() -> None:
    frm = ("Nora Vik (Fenwhistle Labs)", "nora.vik@sourcely-outreach.example")
    direct = [("Nora Vik", "nora@fenwhistlelabs.example")]
    subject = "Intro call - Fenwhistle Labs"
    msgs = [
        make(
            "Thanks for your application. Would Tuesday 3/3 at 11am ET work for a video call?",
            at="2026-02-23T13:10:00-05:00",
            frm=frm,
            reply_to=direct,
            subject=subject,
        ),
        make(
            "Tuesday 3/3 at 11am ET works, thanks!",
            at="2026-02-23T14:00:00-05:00",
            sent=True,
            to=direct,
            subject=f"Re: {subject}",
        ),
        make(
            "Thanks for the chat today!",
            at="2026-03-03T17:30:00-05:00",
            sent=True,
            to=direct,
            subject=f"Re: {subject}",
        ),
    ]
    (app,) = applications("2026-03-04T08:00:00-05:00", msgs)
    assert app.employer == "Fenwhistle Labs"
    assert len(app.timeline.owner_messages) == 2
    assert [i.at.day for i in app.timeline.interviews] == [3]


def test_an_agency_thread_and_the_clients_own_invite_copying_the_recruiter_are_one_application() -> None:
    agent = ("Ola Brennan", "ola@harrow-search.example")
    subject = "Data Lead role | Brisklow Freight (Denver)"
    msgs = [
        make(
            "I'm working with Brisklow Freight, who are hiring a Data Lead. Their VP Engineering could speak "
            "with you Tuesday March 3 at 2pm ET. Does that work?",
            at="2026-02-26T09:20:00-05:00",
            frm=agent,
            subject=subject,
        ),
        make(
            "Tuesday March 3 at 2pm ET works for me.",
            at="2026-02-26T10:00:00-05:00",
            sent=True,
            to=[agent],
            subject=f"Re: {subject}",
        ),
        make(
            "Regarding next steps: Brisklow would like to meet you in person. Can you send me your availability?",
            at="2026-03-05T11:00:00-05:00",
            frm=agent,
            subject=f"Re: {subject}",
        ),
        make(
            "Attached is the calendar invite for your on-site interview.\n\nMina Sol\nPeople, Brisklow Freight",
            at="2026-03-09T13:30:00-04:00",
            frm=("Mina Sol", "mina.sol@brisklowfreight.example"),
            subject="Onsite interview - Data Lead",
            calendar=[
                event(
                    "2026-03-24T10:00:00-04:00",
                    organizer="mina.sol@brisklowfreight.example",
                    summary="Onsite interview - Data Lead",
                )
            ],
        ),
    ]
    (app,) = applications("2026-03-12T08:00:00-04:00", msgs)
    assert app.employer == "Brisklow Freight"
    assert len(app.timeline.interviews) == 2


def test_a_domain_spelling_out_umlauts_is_named_with_them() -> None:
    frm = ("Jonas Reh", "jonas.reh@kraehenfeld-analytics.example")
    msgs = [
        make(
            "Vielen Dank für Ihre Bewerbung bei der Krähenfeld Analytics. Passt Ihnen Donnerstag, "
            "05.03.2026 um 10:00 Uhr für ein Gespräch?",
            at="2026-03-02T10:00:00-05:00",
            frm=frm,
            subject="Ihre Bewerbung",
        ),
        make(
            "Donnerstag, 05.03.2026 um 10:00 Uhr passt mir gut.",
            at="2026-03-02T11:00:00-05:00",
            sent=True,
            to=[frm],
            subject="Re: Ihre Bewerbung",
        ),
    ]
    (app,) = applications("2026-03-04T08:00:00-05:00", msgs)
    assert app.employer == "Krähenfeld Analytics"


# --- an interview arranged without the word "interview" ----------------------------------------------


@pytest.mark.parametrize(
    ("first", "offer", "accept", "thanks"),
    [
        (
            "ich bin Personalberaterin und betreue für einen Kunden, die Wolkenmoor Optik GmbH, die Position "
            "Teamleitung Analytics. Hätten Sie Interesse?",
            "Wolkenmoor möchte Sie gern kennenlernen: Gespräch mit der Bereichsleiterin, Frau Dr. Hasel, "
            "am Donnerstag um 14:00 per Video.",
            "Sehr gern, Donnerstag um 14:00 passt mir.",
            "Das Gespräch mit Frau Dr. Hasel war sehr angenehm, danke für die Vermittlung.",
        ),
        (
            "je suis consultante dans un cabinet de recrutement et je cherche pour un client, Brumelac SAS, "
            "un profil pour le poste de responsable data. Seriez-vous intéressé ?",
            "Brumelac aimerait vous rencontrer : échange avec la directrice technique jeudi à 14h en visio.",
            "Parfait, jeudi à 14h me convient.",
            "Merci pour la mise en relation, l'échange avec la directrice était très riche.",
        ),
        (
            "I'm a recruiter working with a client, Fernwick Labs, on their Head of Data role. Interested?",
            "Fernwick would love to meet you: a chat with their CTO, Dr. Oduya, on Thursday at 2pm on Teams.",
            "Thursday at 2pm works for me, thanks.",
            "The chat with Dr. Oduya went really well - thanks for setting it up.",
        ),
        (
            "soy consultora de selección y busco para un cliente, Pinar Azul SL, un perfil para el puesto de "
            "responsable de datos. ¿Te interesa?",
            "Pinar Azul quiere conocerte: llamada con su directora técnica el jueves a las 14:00 por Teams.",
            "Perfecto, el jueves a las 14:00 me va bien.",
            "Gracias por organizar la llamada con la directora, fue muy interesante.",
        ),
    ],
)
def test_a_conversation_with_the_employer_set_up_by_an_agency_counts_as_an_interview(
    first: str, offer: str, accept: str, thanks: str
) -> None:
    frm = ("Wiebke Sandrock", "w.sandrock@talentbruecke.example")
    subject = "Teamleitung Analytics"
    msgs = [
        make(first, at="2026-03-02T09:00:00-05:00", frm=frm, subject=subject),
        make("Gern, mein Lebenslauf folgt.", at="2026-03-02T11:00:00-05:00", sent=True, to=[frm]),
        make(offer, at="2026-03-09T09:00:00-04:00", frm=frm, subject=f"AW: {subject}"),
        make(accept, at="2026-03-09T10:00:00-04:00", sent=True, to=[frm], subject=f"Re: {subject}"),
        make(thanks, at="2026-03-13T16:00:00-04:00", sent=True, to=[frm], subject=f"Re: {subject}"),
    ]
    (app,) = applications("2026-03-16T08:00:00-04:00", msgs)
    assert [i.at.astimezone(NY).date().isoformat() for i in app.timeline.interviews] == ["2026-03-12"]


def test_a_call_with_a_friend_at_a_set_time_is_not_an_interview() -> None:
    frm = ("Pia Lorenz", "pia.lorenz@mailbox.example")
    msgs = [
        make(
            "Lust auf ein Telefonat am Donnerstag um 19:00? Ich erzähl dir vom Umzug.",
            at="2026-03-09T09:00:00-04:00",
            frm=frm,
            subject="Telefonat",
        ),
        make("Donnerstag um 19:00 passt!", at="2026-03-09T10:00:00-04:00", sent=True, to=[frm]),
    ]
    assert applications("2026-03-16T08:00:00-04:00", msgs) == []


# --- cost: the reading follows interview mail ----------------------------------------------------


def test_mail_without_job_context_is_never_read_for_a_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ordinary mail (friends, receipts, a calendar invite for dinner) costs no timeline reading."""
    import watcher.core.applications as applications_module

    ordinary = [
        make(
            f"Hi! Are we still on for dinner on Friday at 7? Cheers, friend {n}",
            at=f"2026-03-{n + 1:02d}T09:00:00-05:00",
            frm=(f"Friend {n}", f"friend{n}@household{n}.example"),
            subject=f"Dinner {n}",
        )
        for n in range(12)
    ]
    interview = _interview_mail("Backend Engineer interview", "Could we do an interview on Thursday at 10?")
    calls: list[int] = []
    from watcher.core.timeline import build_timeline as real

    def counting(*args: Any, **kwargs: Any) -> Timeline:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(applications_module, "build_timeline", counting)
    apps = applications(END, [*ordinary, *interview])
    assert len(apps) == 1
    assert len(calls) == 1  # the one organisation with job context, not the twelve others


def test_a_hand_marked_interview_is_read_even_without_job_context() -> None:
    msgs = [
        make(
            "Great to chat today, let's talk again next week.",
            at="2026-03-02T09:00:00-05:00",
            frm=("Jo Ng", "jo@quietfirm.example"),
            subject="Chat",
        )
    ]
    convs = thread(msgs, my_addresses=MINE)
    mark = Mark(interview=True, interview_at=datetime(2026, 3, 5, 10, tzinfo=NY))
    known = Known(
        MINE, NY, datetime.fromisoformat(END), marks={application_id_for("quietfirm.example"): mark}
    )
    apps = build_applications(convs, known)
    assert [a.employer_key for a in apps] == ["quietfirm.example"]
