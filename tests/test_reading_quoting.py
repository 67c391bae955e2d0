"""The new text of a reply, for every common client in every supported language.

Each case puts an outcome in the author's new words (a rejection) and
another one in the quoted history (an offer): the new one must be in
`new_text`, the quoted one never. The mail is our own, written for these
tests; it goes through `parse_message` as a scan would read it.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from watcher.core.mail import parse_message
from watcher.core.reading.lexicon import LEXICONS
from watcher.core.reading.quoting import strip_quotes

ME = "noor.haddad@example.org"
RECRUITER = "Ines Kowal <ines.kowal@fernhill-systems.example>"

# The author's new words (a rejection) and the history they quote (an offer), per language.
NEW = {
    "en": "Unfortunately we have decided not to move forward with your application.",
    "de": "Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
    "fr": "Malheureusement, nous ne donnerons pas suite à votre candidature.",
    "es": "Lamentablemente hemos decidido no continuar con tu candidatura.",
    "pt": "Infelizmente decidimos não seguir com a sua candidatura.",
    "it": "Purtroppo abbiamo deciso di non proseguire con la tua candidatura.",
    "nl": "Helaas hebben we besloten niet verder te gaan met je sollicitatie.",
}
OLD = {
    "en": "We are delighted to offer you the position of data engineer.",
    "de": "Wir freuen uns, Ihnen die Stelle als Dateningenieurin anzubieten.",
    "fr": "Nous avons le plaisir de vous proposer le poste d'ingénieure données.",
    "es": "Nos complace ofrecerte el puesto de ingeniera de datos.",
    "pt": "Temos o prazer de lhe oferecer a vaga de engenheira de dados.",
    "it": "Siamo lieti di offrirti la posizione di ingegnera dei dati.",
    "nl": "We bieden je met plezier de functie van data-engineer aan.",
}

# Gmail's attribution line, as each language's interface writes it.
GMAIL = {
    "en": f"On Mon, Mar 9, 2026 at 4:12 PM {RECRUITER} wrote:",
    "de": f"Am Mo., 9. März 2026 um 16:12 Uhr schrieb {RECRUITER}:",
    "fr": f"Le lun. 9 mars 2026 à 16:12, {RECRUITER} a écrit :",
    "es": "El lun, 9 mar 2026 a las 16:12, Ines Kowal (<ines.kowal@fernhill-systems.example>) escribió:",
    "pt": f"Em seg., 9 de mar. de 2026 às 16:12, {RECRUITER} escreveu:",
    "it": f"Il giorno lun 9 mar 2026 alle ore 16:12 {RECRUITER} ha scritto:",
    "nl": f"Op ma 9 mrt 2026 om 16:12 schreef {RECRUITER}:",
}
# Apple Mail's attribution line (macOS and iOS).
APPLE = {
    "en": f"On 9 Mar 2026, at 16:12, {RECRUITER} wrote:",
    "de": f"Am 09.03.2026 um 16:12 schrieb {RECRUITER}:",
    "fr": f"Le 9 mars 2026 à 16:12, {RECRUITER} a écrit :",
    "es": f"El 9 mar 2026, a las 16:12, {RECRUITER} escribió:",
    "pt": f"Em 9 de mar. de 2026, à(s) 16:12, {RECRUITER} escreveu:",
    "it": f"Il giorno 9 mar 2026, alle ore 16:12, {RECRUITER} ha scritto:",
    "nl": f"Op 9 mrt 2026 om 16:12 heeft {RECRUITER} het volgende geschreven:",
}
# Outlook's header block (desktop and web): from, sent, to, subject labels.
OUTLOOK = {
    "en": ("From:", "Sent:", "To:", "Subject:", "Monday, March 9, 2026 4:12 PM"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Montag, 9. März 2026 16:12"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "lundi 9 mars 2026 16:12"),
    "es": ("De:", "Enviado:", "Para:", "Asunto:", "lunes, 9 de marzo de 2026 16:12"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "segunda-feira, 9 de março de 2026 16:12"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "lunedì 9 marzo 2026 16:12"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "maandag 9 maart 2026 16:12"),
}
# The rule older Outlook versions and many other clients put above the quoted message.
ORIGINAL = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----",
    "it": "-----Messaggio originale-----",
    "nl": "-----Oorspronkelijk bericht-----",
}
# A phone's signature: what the mail app adds below the new words.
PHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "it": "Inviato da iPhone",
    "nl": "Verzonden vanaf mijn iPhone",
}
# Outlook for phones: its signature, then the header block.
OUTLOOK_MOBILE = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS herunterladen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "pt": "Obter o Outlook para iOS",
    "it": "Scarica Outlook per iOS",
    "nl": "Outlook voor iOS downloaden",
}
# Gmail's rule above a forwarded message, and Apple Mail's first line of one.
GMAIL_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
    "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
}
APPLE_FORWARD = {
    "en": "Begin forwarded message:",
    "de": "Anfang der weitergeleiteten Nachricht:",
    "fr": "Début du message réexpédié :",
    "es": "Inicio del mensaje reenviado:",
    "pt": "Início da mensagem reencaminhada:",
    "it": "Inizio messaggio inoltrato:",
    "nl": "Begin doorgestuurd bericht:",
}
LANGS = sorted(NEW)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def outlook_block(lang: str, *, rule: bool = True) -> str:
    frm, sent, to, subject, when = OUTLOOK[lang]
    head = "_" * 32 + "\n" if rule else ""
    return (
        f"{head}{frm} {RECRUITER}\n{sent} {when}\n{to} Noor Haddad <{ME}>\n{subject} RE: Data engineer\n\n"
        f"{OLD[lang]}\n\nInes"
    )


def read(body: str) -> str:
    """The new text parse_message gives for a plain-text reply with this body."""
    msg = EmailMessage()
    msg["From"] = RECRUITER
    msg["To"] = ME
    msg["Date"] = "Tue, 10 Mar 2026 09:30:00 +0100"
    msg["Subject"] = "Re: Data engineer"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), account="a", folder="INBOX", uid="1", my_addresses=[ME]).new_text


def assert_only_new_words(new_text: str, lang: str) -> None:
    assert NEW[lang] in new_text
    assert OLD[lang] not in new_text
    assert "fernhill-systems" not in new_text  # nor the attribution or header lines that name the sender


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_table_of_quote_marks(lang: str) -> None:
    assert all(LEXICONS[lang].QUOTE_MARKS[kind] for kind in ("attributions", "wrote", "header_from", "rules"))


@pytest.mark.parametrize("lang", LANGS)
def test_gmail_top_posted_reply_keeps_the_new_words_and_never_the_quoted_outcome(lang: str) -> None:
    body = f"{NEW[lang]}\n\nInes\n\n{GMAIL[lang]}\n{quoted(OLD[lang])}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_gmail_attribution_wrapped_over_two_lines_is_still_recognised(lang: str) -> None:
    attribution = GMAIL[lang].replace(" <", "\n<", 1) if " <" in GMAIL[lang] else GMAIL[lang]
    body = f"{NEW[lang]}\n\n{attribution}\n\n{quoted(OLD[lang])}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_apple_mail_history_without_quote_marks_ends_the_new_text(lang: str) -> None:
    body = f"{NEW[lang]}\n\n{APPLE[lang]}\n\n{OLD[lang]}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_apple_mail_quoted_attribution_on_ios_is_history(lang: str) -> None:
    body = f"{NEW[lang]}\n\n{PHONE[lang]}\n\n{quoted(APPLE[lang] + chr(10) + chr(10) + OLD[lang])}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", [True, False], ids=["with_rule", "without_rule"])
def test_outlook_header_block_in_each_language_ends_the_new_text(lang: str, rule: bool) -> None:
    body = f"{NEW[lang]}\n\nInes\n\n{outlook_block(lang, rule=rule)}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_outlook_web_bold_labels_end_the_new_text(lang: str) -> None:
    frm, sent, to, subject, when = OUTLOOK[lang]
    block = f"*{frm}* {RECRUITER}\n*{sent}* {when}\n*{to}* Noor\n*{subject}* Data engineer\n\n{OLD[lang]}"
    assert_only_new_words(read(f"{NEW[lang]}\n\n{block}\n"), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_original_message_rule_in_each_language_ends_the_new_text(lang: str) -> None:
    frm, sent, _to, _subject, when = OUTLOOK[lang]
    body = f"{NEW[lang]}\n\n{ORIGINAL[lang]}\n{frm} Ines\n{sent} {when}\n\n{OLD[lang]}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_android_original_message_rule_with_eight_dashes_ends_the_new_text(lang: str) -> None:
    label = ORIGINAL[lang].strip("-")
    body = f"{NEW[lang]}\n\n{PHONE[lang].replace('iPhone', 'Galaxy')}\n\n-------- {label} --------\n{OLD[lang]}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("client", ["gmail", "apple"])
def test_forwarded_message_in_each_language_is_history_and_the_note_above_it_is_new(
    lang: str, client: str
) -> None:
    rule = GMAIL_FORWARD[lang] if client == "gmail" else APPLE_FORWARD[lang]
    frm, _sent, _to, _subject, _when = OUTLOOK[lang]
    body = f"{NEW[lang]}\n\n{rule}\n{frm} {RECRUITER}\n\n{OLD[lang]}\n"
    assert_only_new_words(read(body), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_phone_signature_above_unmarked_history_ends_the_new_text(lang: str) -> None:
    body = f"{NEW[lang]}\n\n{PHONE[lang]}\n\n{OLD[lang]}\n"
    new_text = read(body)
    assert_only_new_words(new_text, lang)
    assert PHONE[lang] not in new_text


@pytest.mark.parametrize("lang", LANGS)
def test_outlook_mobile_signature_and_header_block_end_the_new_text(lang: str) -> None:
    body = f"{NEW[lang]}\n\n{OUTLOOK_MOBILE[lang]}\n{outlook_block(lang)}\n"
    new_text = read(body)
    assert_only_new_words(new_text, lang)
    assert "Outlook" not in new_text


@pytest.mark.parametrize("lang", LANGS)
def test_interleaved_reply_keeps_every_answer_and_no_quoted_line(lang: str) -> None:
    body = f"{GMAIL[lang]}\n{quoted(OLD[lang])}\n\n{NEW[lang]}\n\n> Ines\n\nNoor\n"
    new_text = read(body)
    assert_only_new_words(new_text, lang)
    assert new_text.endswith("Noor")


@pytest.mark.parametrize("lang", LANGS)
def test_bottom_posted_reply_below_a_quoted_outlook_block_is_new(lang: str) -> None:
    body = f"{quoted(outlook_block(lang, rule=False))}\n\n{NEW[lang]}\n"
    assert_only_new_words(read(body), lang)


def test_a_sentence_that_starts_like_a_phone_signature_is_kept() -> None:
    text = (
        "Sent from my desk at the office, a long note about the role that goes on for a good while "
        "longer than any phone signature would.\nThanks"
    )
    assert strip_quotes(text) == text


def test_a_line_naming_the_interview_language_is_not_an_attribution() -> None:
    text = "Am Montag sprechen wir Deutsch.\nEl equipo escribió la prueba técnica.\nOp maandag: kennismaking"
    assert strip_quotes(text) == text
