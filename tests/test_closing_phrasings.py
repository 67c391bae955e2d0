"""More ways an employer closes a process, asks for something or promises an answer, in every language.

Each family member in our own words: a role frozen or left unfilled, a choice of
candidates "whose profile is closer", Swiss German "innert", Dutch "we laten je
... weten", Italian requests for references and a background check.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from watcher.core.reading.asks import find_asks
from watcher.core.reading.outcome import find_outcome
from watcher.core.reading.replyby import find_reply_by

ZURICH = ZoneInfo("Europe/Zurich")
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=ZURICH)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your patience. We have opted to proceed with applicants whose background is a closer match.",
        "Unfortunately we are now in a hiring freeze until the spring.",
        "A empresa decidiu congelar as contratações até ao fim do ano.",
        "Lamentamos, mas não vamos preencher esta vaga por agora.",
        "Por motivos internos hemos tenido que congelar las contrataciones este trimestre.",
        "Lo sentimos: no vamos a cubrir la vacante finalmente.",
        "Purtroppo è scattato un blocco delle assunzioni per tutto il gruppo.",
        "Ci dispiace, ma non andremo a coprire la posizione quest'anno.",
        "En raison d'un gel des embauches, le processus s'arrête ici.",
        "Nous avons décidé de ne pas pourvoir le poste pour le moment.",
        "Wegen eines Einstellungsstopps können wir die Stelle derzeit nicht besetzen.",
        "We hebben besloten de vacature voorlopig niet in te vullen.",
    ],
)
def test_a_frozen_or_unfilled_role_and_a_closer_profile_are_rejections(text: str) -> None:
    found = find_outcome(text, sent=False)
    assert found is not None and found[0] == "rejected", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Avremmo bisogno di due referenze professionali, con nome e telefono.", "references"),
        ("Le chiedo di compilare il modulo allegato per il controllo dei precedenti.", "document"),
        ("La preghiamo di inviarci un estratto del casellario giudiziale.", "document"),
    ],
)
def test_italian_requests_for_references_and_a_background_check_are_asks(text: str, kind: str) -> None:
    assert kind in {k for k, _ in find_asks(text)}, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sie erhalten innert 5 Arbeitstagen eine Rückmeldung von uns.", "de"),
        ("We laten je binnen een week weten hoe het verder gaat.", "nl"),
    ],
)
def test_swiss_innert_and_dutch_we_laten_je_weten_are_reply_by_promises(text: str, lang: str) -> None:
    assert find_reply_by(text, base=MONDAY, tz=ZURICH, lang=lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Contamos dar-lhe uma resposta até sexta-feira, dia 27.", "pt"),
        ("Le daremos una respuesta antes del viernes, día 27.", "es"),
        ("Wir melden uns bis Freitag, den 27.", "de"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_that_day_not_the_next_weekday(text: str, lang: str) -> None:
    """'sexta-feira, dia 27' said on Tuesday the 17th is Friday the 27th, not Friday the 20th."""
    tuesday = datetime(2026, 11, 17, 10, 0, tzinfo=ZURICH)
    assert [d.isoformat() for d, _ in find_reply_by(text, base=tuesday, tz=ZURICH, lang=lang)] == [
        "2026-11-27"
    ]
