"""Never nudge into a closed door: outcome language the reader cannot settle puts a process under "check".

A process whose latest employer mail may say it ended ("unfortunately ...",
"nous avons le plaisir ...", an attachment named like an offer letter) or may
hold an interview nobody could date is never advised a nudge: the digest lists
it under "Check these" above the nudges, the status table shows "check", and
`status --json` keeps the policy's state beside `needs_review`. `mark` settles it.
Every name, domain and sentence here is invented.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console

from tests.fixture_mail import MINE, event, make
from watcher.app.status import application_json
from watcher.cli.report import render_status_table
from watcher.core.applications import Mark
from watcher.core.assessment import Assessed, assess_messages, by_urgency, state_counts
from watcher.core.policy import DEFAULT_PARAMS
from watcher.core.reading.doubt import find_doubt, meeting_sentence
from watcher.core.reading.facts import facts_from_json, facts_to_json, read_facts
from watcher.core.reading.lexicon import LEXICONS
from watcher.core.records import Message
from watcher.digest.render import Digest, DigestInputs, build_digest, render_html, render_text

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 20, 8, 0, tzinfo=TZ)  # two weeks after the last employer message: a nudge is due
ROOT = Path(__file__).resolve().parents[1]

REJECTIONS = {
    "en": "Unfortunately, the hiring team has reached a decision about the role.",
    "de": "Leider hat das Team inzwischen eine Entscheidung zur Stelle getroffen.",
    "es": "Lamentablemente, el equipo ya tomó una decisión sobre el puesto.",
    "fr": "Malheureusement, l'équipe a pris une décision concernant le poste.",
    "pt": "Infelizmente, a equipa já tomou uma decisão sobre a vaga.",
    "it": "Purtroppo il team ha preso una decisione sulla posizione.",
    "nl": "Helaas heeft het team inmiddels een beslissing genomen over de functie.",
}
OFFERS = {
    "en": "We are pleased to share that the hiring team has reached a decision about the role.",
    "de": "Wir freuen uns, Ihnen mitteilen zu können, dass das Team eine Entscheidung getroffen hat.",
    "es": "Nos complace comunicarte que el equipo ya tomó una decisión sobre el puesto.",
    "fr": "Nous avons le plaisir de vous annoncer que l'équipe a pris sa décision concernant le poste.",
    "pt": "Temos o prazer de lhe dizer que a equipa já tomou uma decisão sobre a vaga.",
    "it": "Abbiamo il piacere di comunicarle che il team ha preso una decisione sulla posizione.",
    "nl": "Goed nieuws: het team heeft een beslissing genomen over de functie.",
}
ATTACHMENTS = {
    "en": "Offer_Letter_Sam_Rivera.pdf",
    "de": "Arbeitsvertrag_Entwurf.pdf",
    "es": "Contrato_Sam_Rivera.pdf",
    "fr": "Promesse_d_embauche.pdf",
    "pt": "Carta_Proposta_Sam_Rivera.pdf",
    "it": "Lettera_di_assunzione.pdf",
    "nl": "Arbeidsovereenkomst_Sam.pdf",
}
LANGS = tuple(REJECTIONS)
OPENINGS = {
    "en": "Thanks for applying to the Backend Engineer role. Here is the invitation for your interview.",
    "de": "Vielen Dank für Ihre Bewerbung. Anbei die Einladung zu Ihrem Vorstellungsgespräch.",
    "es": "Gracias por tu candidatura. Te enviamos la invitación para tu entrevista.",
    "fr": "Merci pour votre candidature. Voici l'invitation pour votre entretien.",
    "pt": "Obrigada pela sua candidatura. Segue o convite para a sua entrevista.",
    "it": "Grazie per la sua candidatura. Ecco l'invito per il suo colloquio.",
    "nl": "Bedankt voor je sollicitatie. Hierbij de uitnodiging voor je sollicitatiegesprek.",
}
THANKS = {
    "en": "Thank you for the interview today, I enjoyed it.",
    "de": "Vielen Dank für das Gespräch heute.",
    "es": "Muchas gracias por la entrevista de hoy.",
    "fr": "Merci pour l'entretien d'aujourd'hui.",
    "pt": "Muito obrigada pela entrevista de hoje.",
    "it": "Grazie mille per il colloquio di oggi.",
    "nl": "Dank je wel voor het gesprek van vandaag.",
}


def _recruiter(domain: str = "quillfeather.example") -> tuple[str, str]:
    return ("Noor Halvorsen", f"noor.halvorsen@{domain}")


def process(
    last_text: str,
    *,
    domain: str = "quillfeather.example",
    subject: str = "Quillfeather — Backend Engineer",
    attachments: tuple[str, ...] = (),
    last_at: str = "2026-03-06T10:00:00-05:00",
    lang: str = "en",
) -> list[Message]:
    """An interview on Mar 4 (calendar invite), the owner's thanks, then the employer's last word."""
    frm = _recruiter(domain)
    invite = make(
        OPENINGS[lang],
        at="2026-03-02T09:00:00-05:00",
        frm=frm,
        subject=subject,
        calendar=[
            event(
                "2026-03-04T14:00:00-05:00",
                uid=f"iv-1@{domain}",
                organizer=frm[1],
                summary="Interview: Sam Rivera / Backend Engineer",
            )
        ],
    )
    thanks = make(
        THANKS[lang],
        at="2026-03-04T18:00:00-05:00",
        sent=True,
        frm=frm,
        to=[frm],
        subject=f"Re: {subject}",
    )
    last = make(f"Hi Sam,\n\n{last_text}\n\nBest,\nNoor", at=last_at, frm=frm, subject=f"Re: {subject}")
    return [invite, thanks, dataclasses.replace(last, attachments=attachments)]


def assess(
    messages: list[Message], marks: dict[str, Mark] | None = None, now: datetime = NOW
) -> list[Assessed]:
    return assess_messages(
        messages, my_addresses=list(MINE), tz=TZ, now=now, params=DEFAULT_PARAMS, marks=marks
    )


def only(items: list[Assessed], needle: str = "quillfeather") -> Assessed:
    found = [a for a in items if needle in a.application.employer_key]
    assert len(found) == 1, [a.application.employer for a in items]
    return found[0]


def table_text(items: list[Assessed]) -> str:
    from tests.digest_helpers import settings_for_tests

    console = Console(record=True, width=220, color_system=None)
    render_status_table(by_urgency(items), NOW, settings_for_tests(), console=console)
    return console.export_text()


def digest_of(items: list[Assessed]) -> Digest:
    return build_digest(by_urgency(items), DigestInputs(now=NOW, tz=TZ))


# --- the detector ----------------------------------------------------------------


def test_the_new_concepts_are_data_in_every_lexicon() -> None:
    for lang, module in LEXICONS.items():
        for key in ("POSSIBLE_REJECTION", "POSSIBLE_OFFER", "OFFER_ATTACHMENT"):
            assert module.PHRASES[key], (lang, key)


@pytest.mark.parametrize("lang", LANGS)
def test_doubtful_rejection_and_offer_language_is_found_in_every_language(lang: str) -> None:
    assert find_doubt(f"Hi Sam,\n{REJECTIONS[lang]}\nBest") == ("rejected", REJECTIONS[lang])
    assert find_doubt(f"Hi Sam,\n{OFFERS[lang]}\nBest") == ("offer", OFFERS[lang])
    kind, sentence = find_doubt("Here it is.", (ATTACHMENTS[lang],)) or ("", "")
    assert kind == "offer" and ATTACHMENTS[lang] in sentence


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately I need to move our call to Thursday at 15:00.",
        "Leider muss ich unser Gespräch auf Freitag verschieben.",
        "Lamentablemente tengo que mover la llamada al jueves a las 10:00.",
        "Malheureusement je dois déplacer notre appel à jeudi 14h00.",
        "If it is unfortunately not a fit, we will tell you quickly.",
        "Unfortunately, did the link not work for you?",
        "We are pleased to invite you to a second interview with the team.",
    ],
)
def test_a_schedule_change_a_condition_a_question_or_a_next_round_is_no_doubt(text: str) -> None:
    assert find_doubt(text) is None


def test_good_news_that_asks_for_a_work_sample_is_the_next_step_not_an_offer() -> None:
    text = "Good news: the team would like a short work sample from you."
    assert find_doubt(text, asks=True) is None
    assert find_doubt(text, asks=False) == ("offer", text)


def test_a_confirmation_without_a_day_or_time_is_no_possible_interview() -> None:
    assert meeting_sentence("The panel will wrap up soon, after which I'll call you.") is None
    invited = "We would like to invite you to a final interview with the founders."
    assert meeting_sentence(invited) == invited


def test_facts_keep_the_doubt_and_the_meeting_sentence_through_json() -> None:
    msg = process(REJECTIONS["en"])[-1]
    facts = read_facts(msg, tz=TZ)
    assert facts.doubt == ("rejected", REJECTIONS["en"])
    assert facts_from_json(facts_to_json(facts)) == facts
    assert msg.from_ is not None
    mine = read_facts(dataclasses.replace(msg, direction="sent", from_=msg.to[0], to=(msg.from_,)), tz=TZ)
    assert mine.doubt is None, "the owner's own words raise no doubt"


# --- through the pipeline -----------------------------------------------------------


def test_without_doubtful_words_the_same_process_is_a_nudge_due() -> None:
    """The control: what the policy says when the last message is plain."""
    a = only(assess(process("Thanks again for your time on Wednesday.")))
    assert a.evaluation.state == "due" and not a.evaluation.needs_review


# An attachment that names an offer document settles the outcome (see test_outcomes_asks); one whose
# name only may be about an offer ("Contract_...": agencies attach contract-role specs) raises a doubt.
VAGUE_ATTACHMENT = {"en": "Contract_Sam_Rivera.pdf"}


@pytest.mark.parametrize(
    ("lang", "kind"),
    [(lang, kind) for kind in ("rejected", "offer") for lang in LANGS]
    + [(lang, "attachment") for lang in VAGUE_ATTACHMENT],
)
def test_a_possible_rejection_or_offer_is_never_a_nudge_due(lang: str, kind: str) -> None:
    if kind == "attachment":
        msgs = process("Here is the document.", attachments=(VAGUE_ATTACHMENT[lang],), lang=lang)
        quote_part = VAGUE_ATTACHMENT[lang]
    else:
        quote_part = (REJECTIONS if kind == "rejected" else OFFERS)[lang]
        msgs = process(quote_part, lang=lang)
    a = only(assess(msgs))
    ev = a.evaluation
    assert ev.state == "due", "the state stays what the policy computes"
    assert ev.needs_review and ev.review is not None and quote_part in ev.review.quote
    assert ev.review.kind == ("rejected" if kind == "rejected" else "offer")
    d = digest_of([a])
    assert not d.due, "no nudge into a door that may be closed"
    assert [c.employer for c in d.check] == [a.application.employer]
    assert quote_part in d.check[0].quote
    settle = "--closed rejected" if kind == "rejected" else "--closed offer"
    assert d.check[0].settle == f"interview-watcher mark {a.application.id} {settle}"
    assert d.check[0].reopen == f"interview-watcher mark {a.application.id} --reopen"
    assert "DUE A POLITE NUDGE" not in render_text(d) and "Suggested" not in render_text(d)
    row = next(line for line in table_text([a]).splitlines() if a.application.employer in line)
    assert "check" in row and "nudge due" not in row
    header = next(line for line in table_text([a]).splitlines() if "Next nudge" in line)
    column = [c.strip() for c in header.split("┃")].index("Next nudge")
    assert row.split("│")[column].strip() == "", "no next-nudge date"


@pytest.mark.parametrize("lang", LANGS)
def test_an_attached_offer_document_is_an_offer_never_a_nudge(lang: str) -> None:
    a = only(assess(process("Here is the document.", attachments=(ATTACHMENTS[lang],), lang=lang)))
    assert a.evaluation.state == "closed" and a.application.timeline.outcome is not None
    assert a.application.timeline.outcome.kind == "offer"
    assert not digest_of([a]).due


def test_the_status_json_keeps_the_state_and_adds_the_review_fields() -> None:
    a = only(assess(process(REJECTIONS["en"])))
    data = application_json(a)
    assert data["state"] == "due" and data["next_nudge_on"] is not None  # the policy's, as scored
    assert data["needs_review"] is True
    assert data["review_reason"] == REJECTIONS["en"] and data["review_kind"] == "rejected"
    plain = application_json(only(assess(process("Thanks again for your time on Wednesday."))))
    assert plain["needs_review"] is False and plain["review_reason"] is None


def test_a_possible_interview_nobody_could_date_is_checked_not_nudged() -> None:
    a = only(assess(process("We would like to invite you to a final interview with the founders.")))
    assert a.evaluation.needs_review and a.evaluation.review is not None
    assert a.evaluation.review.kind == "interview"
    d = digest_of([a])
    assert not d.due and d.check[0].settle.endswith('--interview-at "WHEN"')


def test_a_schedule_change_keeps_the_nudge() -> None:
    a = only(assess(process("Unfortunately I need to move our call to Thursday at 15:00.")))
    assert not a.evaluation.needs_review


def test_a_settled_outcome_is_closed_not_checked() -> None:
    a = only(assess(process("We regret to inform you that we will not be moving forward.")))
    assert a.evaluation.state == "closed" and not a.evaluation.needs_review


def test_an_interview_arranged_after_the_doubt_clears_it() -> None:
    msgs = process(REJECTIONS["en"])
    frm = _recruiter()
    later = make(
        "Here is the invitation for the next round.",
        at="2026-03-09T09:00:00-04:00",
        frm=frm,
        subject="Re: Quillfeather — Backend Engineer",
        calendar=[event("2026-03-30T11:00:00-04:00", uid="iv-2@quillfeather.example", organizer=frm[1])],
    )
    a = only(assess([*msgs, later]))
    assert a.evaluation.state == "upcoming" and not a.evaluation.needs_review


# --- mark settles it ----------------------------------------------------------------


def test_mark_closed_or_reopen_settles_the_check() -> None:
    msgs = process(REJECTIONS["en"])
    app_id = only(assess(msgs)).application.id
    closed = only(assess(msgs, {app_id: Mark(closed="rejected")}))
    assert closed.evaluation.state == "closed" and not closed.evaluation.needs_review
    reviewed = only(assess(msgs, {app_id: Mark(reviewed=NOW - timedelta(days=1))}))
    assert reviewed.evaluation.state == "due" and not reviewed.evaluation.needs_review
    assert reviewed.application.manual == ()


def test_a_new_doubt_after_the_review_is_checked_again() -> None:
    msgs = process(REJECTIONS["en"])
    app_id = only(assess(msgs)).application.id
    newer = make(
        "Unfortunately, the role has been paused while the team regroups.",
        at="2026-03-18T10:00:00-04:00",
        frm=_recruiter(),
        subject="Re: Quillfeather — Backend Engineer",
    )
    reviewed_on = datetime(2026, 3, 10, 9, 0, tzinfo=TZ)
    a = only(assess([*msgs, newer], {app_id: Mark(reviewed=reviewed_on)}))
    assert a.evaluation.needs_review and a.evaluation.review is not None
    assert "paused" in a.evaluation.review.quote


# --- the digest and the table -------------------------------------------------------


def _two_processes(quote: str) -> list[Assessed]:
    doubtful = process(quote)
    plain = process(
        "Thanks again for your time on Wednesday.",
        domain="larkhollow.example",
        subject="Larkhollow — Data Engineer",
    )
    return assess([*doubtful, *plain])


def test_check_these_comes_above_the_nudges_in_text_and_html() -> None:
    items = _two_processes(REJECTIONS["fr"])
    d = digest_of(items)
    assert len(d.check) == 1 and len(d.due) == 1
    text, html = render_text(d), render_html(d)
    assert text.index("CHECK THESE") < text.index("DUE A POLITE NUDGE TODAY")
    assert html.index("Check these") < html.index("Due a polite nudge today")
    block = text[text.index("CHECK THESE") : text.index("DUE A POLITE NUDGE TODAY")]
    assert "a possible rejection" in block and "“Malheureusement" in block
    assert "--closed rejected" in block and "--reopen" in block and "Quillfeather" in block
    assert "Larkhollow" not in block
    assert "--closed rejected" in html and "Malheureusement" in html
    assert "to check" in d.subject and "1 to check" in d.counts
    assert d.counts == state_counts(a.evaluation for a in items)


def test_the_status_table_lists_the_check_first_with_its_sentence_and_command() -> None:
    items = _two_processes(OFFERS["de"])
    text = table_text(items)
    lines = [line for line in text.splitlines() if "Quillfeather" in line or "Larkhollow" in line]
    assert "Quillfeather" in lines[0] and "check" in lines[0]
    assert "nudge due" in lines[1]
    assert "Wir freuen uns" in text and "--closed offer" in text
    assert "1 to check, 1 nudge due" in text


def test_untrusted_sentence_text_is_escaped_in_the_html_digest() -> None:
    hostile = "Unfortunately <script>alert('x')</script> <b>the role</b> has news."
    a = only(assess(process(hostile)))
    assert a.evaluation.needs_review
    html = render_html(digest_of([a]))
    assert "<script>" not in html and "<b>the role</b>" not in html
    assert "&lt;script&gt;" in html


# --- end to end: scan, status, mark ---------------------------------------------------


def _eml(msg: Message) -> bytes:
    e = EmailMessage()
    e["From"] = f"{msg.from_.name} <{msg.from_.email}>" if msg.from_ else ""
    e["To"] = ", ".join(f"{a.name} <{a.email}>" for a in msg.to)
    e["Subject"] = msg.subject
    e["Date"] = format_datetime(msg.date)
    e["Message-ID"] = msg.message_id
    e.set_content(msg.text)
    for ev in msg.calendar:
        assert ev.start is not None
        start = ev.start.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{ev.uid}\r\nDTSTAMP:{start}\r\nDTSTART:{start}\r\nSUMMARY:{ev.summary}\r\n"
            f"ORGANIZER:mailto:{ev.organizer}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        e.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return e.as_bytes()


def _iw(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_mark_reopen_settles_a_check_from_the_command_line(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True)
    for n, msg in enumerate(process(REJECTIONS["es"])):
        (mail / "cur" / f"{1772000000 + n}.M{n}P1.host:2,S").write_bytes(_eml(msg))
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'timezone = "{TZ.key}"\nmy_addresses = {json.dumps(list(MINE))}\n'
        f'[storage]\npath = "{tmp_path}/state.db"\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{mail}"\nlookback_days = 3650\n'
    )
    assert _iw(cfg, "scan").returncode == 0
    now = NOW.isoformat()
    r = _iw(cfg, "status", "--json", "--now", now)
    assert r.returncode == 0, r.stderr
    [app] = json.loads(r.stdout)["applications"]
    assert (app["state"], app["needs_review"]) == ("due", True)
    assert app["review_reason"] == REJECTIONS["es"]
    table = _iw(cfg, "status", "--now", now).stdout
    assert "check" in table and "nudge due" not in table
    r = _iw(cfg, "mark", app["id"], "--reopen", "--now", now)
    assert r.returncode == 0, r.stderr
    [after] = json.loads(_iw(cfg, "status", "--json", "--now", now).stdout)["applications"]
    assert (after["state"], after["needs_review"], after["review_reason"]) == ("due", False, None)
    assert "nudge due" in _iw(cfg, "status", "--now", now).stdout


def test_a_role_on_hold_is_a_pause_and_keeps_the_nudge() -> None:
    """A pause is not a closed door: the labelled mailboxes still advise a nudge after one."""
    a = only(assess(process("The role has been put on hold until the new budget is approved.")))
    assert a.evaluation.state == "due" and not a.evaluation.needs_review


def test_a_reply_keeping_a_confirmed_subject_is_no_possible_interview() -> None:
    assert meeting_sentence("", "RE: Interview confirmed - Backend Engineer") is None
    assert meeting_sentence("", "Confirmed: Interview with Quillfeather") is not None


def test_a_confirmation_while_an_interview_is_ahead_is_about_that_interview() -> None:
    msgs = process("Thanks again for your time on Wednesday.")
    frm = _recruiter()
    second = make(
        "Here is the invitation for the next round.",
        at="2026-03-09T09:00:00-04:00",
        frm=frm,
        subject="Re: Quillfeather — Backend Engineer",
        calendar=[event("2026-03-12T11:00:00-04:00", uid="iv-2@quillfeather.example", organizer=frm[1])],
    )
    confirm = make(
        "We would like to invite you to a final interview with the founders.",
        at="2026-03-10T09:00:00-04:00",
        frm=frm,
        subject="Re: Quillfeather — Backend Engineer",
    )
    a = only(assess([*msgs, second, confirm]))
    assert not a.evaluation.needs_review


PROPOSALS = {
    "en": (
        "Would Tuesday, March 10 at 11:00 work for the second interview?",
        "I'll arrange my day around it.",
    ),
    "de": (
        "Passt Ihnen Dienstag, 10. März um 11:00 Uhr für das zweite Gespräch?",
        "Ich richte meinen Tag danach ein.",
    ),
    "es": (
        "¿Le va bien el martes 10 de marzo a las 11:00 para la segunda entrevista?",
        "Organizo mi día para ello.",
    ),
    "fr": (
        "Mardi 10 mars à 11h00 vous irait-il pour le deuxième entretien ?",
        "J'organise ma journée en fonction.",
    ),
    "pt": (
        "Terça-feira, 10 de março, às 11h00 serviria para a segunda entrevista?",
        "Organizo o meu dia à volta disso.",
    ),
    "it": (
        "Martedì 10 marzo alle 11:00 le andrebbe bene per il secondo colloquio?",
        "Organizzo la giornata di conseguenza.",
    ),
    "nl": (
        "Past dinsdag 10 maart om 11:00 uur voor het tweede gesprek?",
        "Ik plan mijn dag eromheen.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_proposal_answered_in_words_nobody_listed_is_a_possible_interview(lang: str) -> None:
    """The reader cannot tell the owner's answer from a refusal: ask, do not advise a nudge."""
    proposal, answer = PROPOSALS[lang]
    msgs = process(proposal, lang=lang)
    reply = make(answer, at="2026-03-06T18:00:00-05:00", sent=True, frm=_recruiter(), to=[_recruiter()])
    a = only(assess([*msgs, reply]))
    assert [i.at.day for i in a.application.timeline.interviews] == [4], (
        "the reader found no second interview"
    )
    review = a.evaluation.review
    assert review is not None and review.kind == "interview" and "10" in review.quote
    assert not digest_of([a]).due


@pytest.mark.parametrize(
    "answer",
    [
        "Unfortunately that does not work for me, could we find another day?",
        "Leider passt mir das nicht.",
    ],
)
def test_a_proposal_the_owner_declined_is_no_possible_interview(answer: str) -> None:
    msgs = process(PROPOSALS["en"][0])
    reply = make(answer, at="2026-03-06T18:00:00-05:00", sent=True, frm=_recruiter(), to=[_recruiter()])
    a = only(assess([*msgs, reply]))
    assert a.evaluation.review is None or a.evaluation.review.kind != "interview"


def test_explain_names_the_check_and_what_the_rules_alone_say() -> None:
    from tests.digest_helpers import settings_for_tests
    from watcher.cli.report import render_explain

    a = only(assess(process(REJECTIONS["de"], lang="de")))
    console = Console(record=True, width=220, color_system=None)
    render_explain(a, NOW, settings_for_tests(), console=console)
    text = console.export_text()
    assert "check (the rules alone say: nudge due)" in text
    assert "Leider hat das Team" in text and "--closed rejected" in text
    assert "no nudge is advised until it is settled" in text  # the policy step


def test_a_check_alone_is_worth_a_digest() -> None:
    d = digest_of(assess(process(OFFERS["es"], lang="es")))
    assert d.check and not d.due and d.needs_attention
    assert d.subject.endswith("1 to check")
