"""Portuguese (Brazil and Portugal), Italian and Dutch, and the regional forms of French, Spanish and German.

Every family the reader knows in English is pinned here in each of these languages: an interview and
its time, a rejection, an offer, the owner's withdrawal, the asks, and the employer's reply-by
promise. All names, companies and sentences are invented for these tests.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.fixture_mail import NY, make
from watcher.core.gate import job_words_in
from watcher.core.nudges import LANGUAGES as NUDGE_LANGUAGES
from watcher.core.nudges import local_day
from watcher.core.reading.asks import find_asks
from watcher.core.reading.dates import find_slots
from watcher.core.reading.language import detect_language
from watcher.core.reading.lexicon import LANGUAGES, alternation
from watcher.core.reading.outcome import find_outcome
from watcher.core.reading.quoting import strip_quotes
from watcher.core.reading.relevance import non_interview_reason
from watcher.core.reading.replyby import find_reply_by
from watcher.core.timeline import build_timeline

TUE = datetime(2026, 3, 3, 10, 0, tzinfo=NY)  # a Tuesday
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
LISBON = ZoneInfo("Europe/Lisbon")
ROME = ZoneInfo("Europe/Rome")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MEXICO = ZoneInfo("America/Mexico_City")
VIENNA = ZoneInfo("Europe/Vienna")


def test_each_new_language_is_one_lexicon_and_one_set_of_nudges() -> None:
    assert {"pt", "it", "nl"} <= set(LANGUAGES)
    assert set(LANGUAGES) == set(NUDGE_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Olá Benedita, obrigado pela sua candidatura. Você tem disponibilidade na próxima semana?", "pt"),
        ("Bom dia, Anselmo. Não temos ainda uma data, mas entraremos em contacto com a sua equipa.", "pt"),
        ("Gentile Ottavia, grazie per la sua candidatura. Il colloquio è fissato per venerdì.", "it"),
        ("Hoi Wubbo, bedankt voor je sollicitatie. We laten het je uiterlijk vrijdag weten.", "nl"),
        ("Hola Eulalia, gracias por tu postulación; te estaremos contactando.", "es"),
        ("Bonjour Ghislaine, merci pour votre courriel. L'entrevue aura lieu mardi.", "fr"),
        ("Grüezi Herr Zwahlen, vielen Dank für Ihr Dossier und freundliche Grüsse.", "de"),
        ("Hi Torvald, thanks for applying; we would like to set up a call next week.", "en"),
    ],
)
def test_the_language_of_a_message_is_told_by_its_common_words(text: str, lang: str) -> None:
    assert detect_language(text) == lang


# --- an interview and its time --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # pt-BR, a bare weekday and a zone in words
            "Oi Benedita! Sua entrevista está marcada para terça às 14h (horário de Brasília).",
            datetime(2026, 3, 10, 14, 0, tzinfo=SAO_PAULO),
        ),
        (  # pt-PT
            "Cara Filipa, a entrevista fica confirmada para quinta-feira, 12 de março, às 15h30 (hora de Lisboa).",
            datetime(2026, 3, 12, 15, 30, tzinfo=LISBON),
        ),
        (
            "Gentile Ottavia, il colloquio è confermato per venerdì 13 marzo alle 10:30 (ora italiana).",
            datetime(2026, 3, 13, 10, 30, tzinfo=ROME),
        ),
        (
            "Hoi Wubbo, je sollicitatiegesprek staat gepland op donderdag 12 maart om 14.00 uur (Nederlandse tijd).",
            datetime(2026, 3, 12, 14, 0, tzinfo=AMSTERDAM),
        ),
        (  # fr-CA: "entrevue", "14 h", "heure de l'Est"
            "Bonjour Ghislaine, votre entrevue est confirmée pour le mardi 10 mars à 14 h (heure de l'Est).",
            datetime(2026, 3, 10, 14, 0, tzinfo=NY),
        ),
        (  # es-MX
            "Hola Eulalia, tu entrevista quedó agendada para el jueves 12 de marzo a las 10:00 (hora del centro de México).",
            datetime(2026, 3, 12, 10, 0, tzinfo=MEXICO),
        ),
        (  # de-AT
            "Sehr geehrter Herr Zwahlen, das Vorstellungsgespräch findet am Donnerstag, 12. März um 9:30 Uhr "
            "(Wiener Zeit) statt.",
            datetime(2026, 3, 12, 9, 30, tzinfo=VIENNA),
        ),
    ],
)
def test_a_confirmed_interview_is_read_at_its_time_in_the_stated_zone(text: str, expected: datetime) -> None:
    """Read by an owner in Chicago: the zone the sentence names wins over the owner's."""
    msg = make(text, at="2026-03-03T10:00:00-05:00", subject="Entrevista / Colloquio")
    t = build_timeline([msg], tz=ZoneInfo("America/Chicago"))
    assert [i.at for i in t.interviews] == [expected]


@pytest.mark.parametrize(
    ("proposal", "answer", "expected"),
    [
        (
            "Podemos fazer a conversa com o time na quarta-feira, 11 de março, às 11h? Funciona para você?",
            "Quarta-feira, 11 de março, às 11h funciona bem para mim.",
            datetime(2026, 3, 11, 11, 0, tzinfo=NY),
        ),
        (
            "Le andrebbe bene un colloquio mercoledì 11 marzo alle 11:00?",
            "Mercoledì 11 marzo alle 11:00 mi va benissimo.",
            datetime(2026, 3, 11, 11, 0, tzinfo=NY),
        ),
        (
            "Heb je donderdag 5 maart om 16:30 tijd om te bellen over de vacature?",
            "Donderdag om 16:30 komt goed uit, tot dan!",
            datetime(2026, 3, 5, 16, 30, tzinfo=NY),
        ),
    ],
)
def test_the_owners_yes_makes_a_proposed_slot_an_interview(
    proposal: str, answer: str, expected: datetime
) -> None:
    t = build_timeline(
        [
            make(proposal, at="2026-03-03T09:00:00-05:00"),
            make(answer, at="2026-03-03T10:00:00-05:00", sent=True),
        ],
        tz=NY,
    )
    assert [i.at for i in t.interviews] == [expected]


def test_an_ordinal_is_not_a_portuguese_weekday() -> None:
    """ "segunda entrevista" is the second interview, not Monday's."""
    assert (
        find_slots("Gostaríamos de marcar a segunda entrevista com o time.", base=TUE, tz=NY, lang="pt") == []
    )
    assert [s.day for s in find_slots("Pode ser na segunda-feira às 10h?", base=TUE, tz=NY, lang="pt")] == [
        date(2026, 3, 9)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Das Gespräch findet am 3. Feber um 10 Uhr statt.", "de", date(2026, 2, 3)),  # de-AT
        ("A conversa fica para 20 de março, às 10h.", "pt", date(2026, 3, 20)),
        ("Il colloquio è il 20 marzo alle 10.", "it", date(2026, 3, 20)),
        ("Het gesprek is op 20 maart om 10 uur.", "nl", date(2026, 3, 20)),
        ("Gesprek: vr 20 mrt 2026, 10:00 - 11:00", "nl", date(2026, 3, 20)),  # a scheduler's short month
        ("Colloquio: 9 giu, ore 10", "it", date(2026, 6, 9)),
    ],
)
def test_month_names_of_every_language_are_dates(text: str, lang: str, expected: date) -> None:
    january = datetime(2026, 1, 20, 10, 0, tzinfo=NY)
    assert [s.day for s in find_slots(text, base=january, tz=NY, lang=lang)] == [expected]


# --- outcomes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Infelizmente decidimos seguir com outros candidatos para esta vaga.",  # pt-BR
        "Lamentamos informar que a sua candidatura não foi selecionada.",  # pt-PT
        "Optámos por avançar com outro perfil, mais alinhado com a função.",  # pt-PT
        "Purtroppo abbiamo deciso di proseguire con altri candidati.",
        "Siamo spiacenti di comunicarle che la posizione è stata coperta.",
        "Helaas hebben we gekozen voor een andere kandidaat.",
        "Na zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie.",
        "A empresa decidiu não preencher a vaga neste momento.",
        "O nosso cliente optou por seguir com outra pessoa.",
        "La posizione è stata coperta internamente.",
        "Il cliente ha scelto un altro profilo per questo ruolo.",
        "We hebben besloten de vacature toch niet in te vullen.",
        "De opdrachtgever heeft gekozen voor een andere kandidaat met meer ervaring.",
        "Nous vous informons que le poste a été comblé.",  # fr-CA
        "Lamentablemente tu postulación no avanzará a la siguiente etapa.",  # es-LatAm
        "Leider mussten wir uns für einen anderen Kandidaten entscheiden, freundliche Grüsse.",  # de-CH
    ],
)
def test_rejections_in_the_new_languages_and_regional_forms(text: str) -> None:
    found = find_outcome(text, sent=False)
    assert found is not None and found[0] == "rejected"


@pytest.mark.parametrize(
    "text",
    [
        "Temos o prazer de lhe fazer uma proposta para a posição de analista.",
        "Segue em anexo a carta proposta com as condições.",  # pt-BR
        "Siamo lieti di offrirle la posizione di sviluppatrice backend.",
        "We willen je graag een aanbod doen voor de functie van data-analist.",
        "Vous trouverez ci-joint la lettre d'offre.",  # fr-CA
        "Te compartimos la carta oferta con la propuesta económica.",  # es-LatAm
        "Gerne unterbreiten wir Ihnen unsere Vertragsofferte.",  # de-CH
    ],
)
def test_offers_in_the_new_languages_and_regional_forms(text: str) -> None:
    found = find_outcome(text, sent=False)
    assert found is not None and found[0] == "offer"


def test_an_invitation_sent_with_pleasure_is_not_an_offer() -> None:
    assert find_outcome("Temos o prazer de lhe enviar o convite para a entrevista.", sent=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Depois de pensar bastante, retiro a minha candidatura.",  # pt-PT
        "Venho por meio deste retirar minha candidatura à vaga.",  # pt-BR
        "Dopo averci riflettuto, ritiro la mia candidatura.",
        "Na lang nadenken trek ik mijn sollicitatie in.",
        "Hierbij trek mijn sollicitatie in, omdat ik elders heb getekend.",
        "Ik heb besloten mij terug te trekken uit de procedure.",
        "Je retire ma candidature du processus.",
        "Les escribo para retirar mi postulación.",  # es-LatAm
    ],
)
def test_the_owners_withdrawal_in_the_new_languages(text: str) -> None:
    found = find_outcome(text, sent=True)
    assert found is not None and found[0] == "withdrawn"


# --- asks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Poderia me enviar a sua disponibilidade para a próxima semana?", "availability"),
        ("Você pode nos enviar duas referências profissionais?", "references"),
        ("A próxima etapa é um case prático: você pode nos enviar a sua solução até sexta?", "take-home"),
        ("Potrebbe indicarci la sua disponibilità per un colloquio?", "availability"),
        ("Le chiediamo di inviarci due referenze.", "references"),
        ("Ti inviamo la prova tecnica: potresti restituirla entro lunedì?", "take-home"),
        ("Zou je je beschikbaarheid voor volgende week willen doorgeven?", "availability"),
        ("Kun je ons twee referenties sturen?", "references"),
        ("Zou je de thuisopdracht voor vrijdag willen insturen?", "take-home"),
        ("Pourriez-vous me transmettre vos disponibilités pour une entrevue?", "availability"),  # fr-CA
        ("Nennen Sie uns bitte drei Referenzpersonen aus früheren Anstellungen.", "references"),  # de-CH
        ("O desafio segue em anexo. Poderia mandar a sua resolução até segunda-feira?", "take-home"),
        ("La traccia è in allegato. Potrebbe inviarci la sua soluzione entro lunedì?", "take-home"),
        ("De casus zit in de bijlage. Kun je je uitwerking voor maandag sturen?", "take-home"),
    ],
)
def test_asks_in_the_new_languages(text: str, kind: str) -> None:
    assert kind in [k for k, _ in find_asks(text)]


# --- reply-by ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Entraremos em contato até sexta-feira.", "pt", date(2026, 3, 6)),
        ("Daremos um retorno em até 5 dias úteis.", "pt", date(2026, 3, 10)),
        ("Entraremos em contacto no final da próxima semana.", "pt", date(2026, 3, 13)),
        ("Vi faremo sapere entro venerdì.", "it", date(2026, 3, 6)),
        ("Le daremo un riscontro entro due settimane.", "it", date(2026, 3, 17)),
        ("We laten het je uiterlijk vrijdag weten.", "nl", date(2026, 3, 6)),
        ("Je hoort binnen tien werkdagen van ons.", "nl", date(2026, 3, 17)),
        ("Eind volgende week hakken we de knoop door en hoor je van ons.", "nl", date(2026, 3, 13)),
        ("Daremos uma resposta até o final de março.", "pt", date(2026, 3, 31)),
        ("Le faremo sapere entro la fine di marzo.", "it", date(2026, 3, 31)),
        ("Je hoort voor eind maart van ons.", "nl", date(2026, 3, 31)),
        ("Je krijgt binnen 5 tot 7 werkdagen een reactie.", "nl", date(2026, 3, 12)),
        ("Entraremos em contato em até 5 a 7 dias úteis.", "pt", date(2026, 3, 12)),
        ("Je vous reviens d'ici trois jours ouvrables avec leur réponse.", "fr", date(2026, 3, 6)),  # fr-CA
        ("Te estaremos contactando a más tardar el viernes.", "es", date(2026, 3, 6)),  # es-LatAm
    ],
)
def test_reply_by_promises_in_the_new_languages(text: str, lang: str, expected: date) -> None:
    found = find_reply_by(text, base=TUE, tz=NY, lang=lang)
    assert found and found[0][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pedimos um retorno até o dia 24/3.",
        "Attendiamo un suo riscontro entro venerdì.",
        "We ontvangen graag je reactie uiterlijk vrijdag.",
    ],
)
def test_a_deadline_for_the_owner_is_not_a_reply_by(text: str) -> None:
    assert find_reply_by(text, base=TUE, tz=NY) == []


# --- regional spellings ------------------------------------------------------------------------


def test_swiss_german_writes_ss_for_eszett() -> None:
    decline = re.compile(alternation("DECLINE"), re.I)
    assert decline.search("Ausser am Montag passt mir jeder Tag.")
    assert decline.search("Außer am Montag passt mir jeder Tag.")


@pytest.mark.parametrize(
    ("language", "day"),
    [("it", "martedì 3 marzo"), ("nl", "dinsdag 3 maart"), ("pt", "terça-feira, 3 de março")],
)
def test_nudge_dates_in_the_new_languages(language: str, day: str) -> None:
    assert local_day(date(2026, 3, 3), language) == day


def test_a_past_day_without_a_year_is_not_an_interview_next_year() -> None:
    """ "Ihre Bewerbung vom 9. Jänner" in March is this January, not next year's."""
    vienna_friday = datetime(2026, 3, 6, 13, 0, tzinfo=VIENNA)
    text = (
        "Bezugnehmend auf Ihre Bewerbung vom 9. Jänner laden wir Sie gerne zu einem Gespräch ein. "
        "Termin: Dienstag, 17. März 2026, 14:00 Uhr, per Teams."
    )
    slots = find_slots(text, base=vienna_friday, tz=VIENNA, lang="de")
    ahead = [s.at for s in slots if s.day > vienna_friday.date()]
    assert ahead == [datetime(2026, 3, 17, 14, 0, tzinfo=VIENNA)]


def test_the_european_portuguese_gmail_attribution_is_not_new_text() -> None:
    """ "X escreveu no dia terça, 21/04/2026 à(s) 17:45:" carries a date and a time that are not a slot."""
    text = (
        "Obrigada Clotilde, dia 7 de maio às 15h fica combinado.\nIlídia\n\n"
        "Clotilde Benevides <clotilde.benevides@vento-norte.example> escreveu no dia terça, 21/04/2026 à(s) 17:45:\n"
        "> Olá Ilídia, marquei a entrevista para dia 7 de maio.\n"
    )
    assert strip_quotes(text) == "Obrigada Clotilde, dia 7 de maio às 15h fica combinado.\nIlídia"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, seriez-vous disponible mardi pour une entrevue?",  # fr-CA
        "Hola, gracias por tu postulación; ¿tienes un rato el jueves?",  # es-LatAm
        "Buongiorno, le propongo due date per i colloqui di giovedì.",  # Italian plural
    ],
)
def test_the_scan_gate_reads_regional_job_words(text: str) -> None:
    """A big mailbox's scan skips mail without job words: regional ones must count."""
    assert job_words_in(text.lower())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Confirmation : simulation d'entrevue avec votre conseillère, jeudi 12 h.",
            "mock interview",
        ),  # fr-CA
        ("Agendamos a sua simulação de entrevista para quinta-feira.", "mock interview"),
        ("La simulazione di colloquio con il career service è fissata per giovedì.", "mock interview"),
        ("Je oefengesprek met de loopbaancoach staat donderdag gepland.", "mock interview"),
        ("Uitnodiging voor een exitgesprek op vrijdag.", "exit interview"),
        ("Convite para a sua entrevista de desligamento na sexta-feira.", "exit interview"),
    ],
)
def test_look_alike_interviews_in_the_new_languages(text: str, reason: str) -> None:
    assert non_interview_reason(text) == reason


def test_a_dutch_weekday_and_an_hour_is_a_time_not_a_day_of_the_month() -> None:
    """ "vrijdag 10 uur" is Friday at ten, not Friday the 10th."""
    slots = find_slots("Schikt het je vrijdag 10 uur voor een kort gesprek?", base=TUE, tz=NY, lang="nl")
    assert [s.at for s in slots] == [datetime(2026, 3, 6, 10, 0, tzinfo=NY)]


def test_a_spaced_p_m_is_the_afternoon() -> None:
    """Latin-American Spanish writes "7:30 p. m." with a space."""
    text = "Tu entrevista quedó agendada para el jueves 12 de marzo a las 7:30 p. m."
    slots = find_slots(text, base=TUE, tz=NY, lang="es")
    assert [s.at for s in slots] == [datetime(2026, 3, 12, 19, 30, tzinfo=NY)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A entrevista técnica fica para quinta-feira, 19/3, às 11h.", "pt"),
        ("Confirmamos la entrevista el jueves 19/3 a las 11:00.", "es"),
        ("Il colloquio è confermato per giovedì 19/3 alle 11:00.", "it"),
    ],
)
def test_a_weekday_and_a_day_first_date_without_a_year(text: str, lang: str) -> None:
    """ "quinta-feira, 19/3" is 19 March, not merely the next Thursday."""
    slots = find_slots(text, base=TUE, tz=NY, lang=lang)
    assert [s.at for s in slots] == [datetime(2026, 3, 19, 11, 0, tzinfo=NY)]
