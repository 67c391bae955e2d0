"""HTML-only mail read as a person reads it: applicant-tracking layouts, buttons, footers, quoted replies.

All mail here is our own, shaped like what tracking systems and mail clients send.
"""

from __future__ import annotations

import time
from email.message import EmailMessage

import pytest

from watcher.core.mail import parse_message
from watcher.core.reading.html_mail import FOOTER_MARKERS, html_to_text

ME = "noor.haddad@example.org"

ROW = (
    '<tr><td style="padding:8px 32px;font-family:Arial,sans-serif;font-size:15px;color:#333333">{}</td></tr>'
)


def ats_page(rows: list[str], *, footer: str = "", preheader: str = "", after: str = "") -> str:
    """A tracking-system message: a hidden preheader, nested layout tables, a footer table, a pixel."""
    hidden = (
        f'<div style="display:none;max-height:0;overflow:hidden">{preheader}&zwnj;&nbsp;</div>'
        if preheader
        else ""
    )
    foot = (
        f'<table role="presentation" width="600"><tr><td style="font-size:11px;color:#8a8f98">{footer}</td></tr></table>'
        if footer
        else ""
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fernhill Careers</title>'
        "<style>.btn{color:#ffffff} p{margin:0}</style><script>track('open')</script></head>"
        f'<body style="margin:0;background:#f2f3f5">{hidden}'
        '<table role="presentation" width="100%"><tr><td align="center">'
        f'<table role="presentation" width="600" bgcolor="#ffffff">{"".join(ROW.format(r) for r in rows)}</table>'
        f"{foot}</td></tr></table>{after}"
        '<img src="https://track.fernhill-ats.example/o/77.gif" width="1" height="1" alt="open tracker">'
        "</body></html>"
    )


def read_html(html: str) -> tuple[str, str]:
    """(text, new_text) that parse_message gives for an HTML-only message with this body."""
    msg = EmailMessage()
    msg["From"] = "Fernhill Careers <no-reply@fernhill-ats.example>"
    msg["To"] = ME
    msg["Date"] = "Tue, 10 Mar 2026 09:30:00 +0100"
    msg["Subject"] = "Your application"
    msg.set_content(html, subtype="html")
    m = parse_message(msg.as_bytes(), account="a", folder="INBOX", uid="1", my_addresses=[ME])
    return m.text, m.new_text


REJECTION = "Unfortunately we will not be moving forward with your application for the Data Engineer role."

# A closing legal block, per language, in the words tracking systems use.
FOOTERS = {
    "en": "You are receiving this email because you applied for a job at Fernhill Systems. "
    '<a href="https://fernhill-ats.example/u">Unsubscribe</a> | <a href="https://fernhill.example/p">Privacy policy</a>',
    "de": "Sie erhalten diese E-Mail, weil Sie sich bei Fernhill Systems beworben haben. "
    '<a href="https://fernhill.example/d">Datenschutzerklärung</a> · <a href="https://fernhill.example/a">Abmelden</a>',
    "fr": "Vous recevez ce courriel parce que vous avez postulé chez Fernhill Systems. "
    '<a href="https://fernhill.example/c">Politique de confidentialité</a> · <a href="https://fernhill.example/x">Se désabonner</a>',
    "es": "Recibes este correo porque te postulaste en Fernhill Systems. "
    '<a href="https://fernhill.example/p">Aviso de privacidad</a> · <a href="https://fernhill.example/b">Darse de baja</a>',
    "pt": "Você está recebendo este e-mail porque se candidatou na Fernhill Systems. "
    '<a href="https://fernhill.example/p">Política de privacidade</a> · <a href="https://fernhill.example/c">Descadastrar</a>',
    "it": "Hai ricevuto questa email perché ti sei candidato presso Fernhill Systems. "
    '<a href="https://fernhill.example/p">Informativa sulla privacy</a> · <a href="https://fernhill.example/u">Annulla l\'iscrizione</a>',
    "nl": "Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij Fernhill Systems. "
    '<a href="https://fernhill.example/p">Privacyverklaring</a> · <a href="https://fernhill.example/a">Afmelden</a>',
}


def test_layout_tables_become_one_line_per_block_and_a_detail_table_one_line_per_row() -> None:
    details = (
        '<table role="presentation"><tr><th align="left">Date</th><td>Tuesday, 17 March 2026</td></tr>'
        '<tr><th align="left">Time</th><td>14:00 (CET)</td></tr><tr><th>Format</th><td>Video call</td></tr></table>'
    )
    text, _ = read_html(ats_page(["Hello Noor,", "Your interview is confirmed.", details, "The Talent Team"]))
    assert text.splitlines()[:3] == [
        "Hello Noor,",
        "Your interview is confirmed.",
        "Date Tuesday, 17 March 2026",
    ]
    assert "Time 14:00 (CET)" in text.splitlines()
    assert "Format Video call" in text.splitlines()


def test_button_and_link_text_are_kept_and_their_addresses_are_not() -> None:
    button = (
        '<a href="https://fernhill-ats.example/schedule/9f2" class="btn" '
        'style="display:inline-block;padding:12px 22px;background:#1a73e8">Choose&nbsp;a&nbsp;time</a>'
        '<a href="https://fernhill-ats.example/decline/9f2" style="display:inline-block;padding:12px 22px">Decline</a>'
    )
    text, _ = read_html(
        ats_page(
            [
                "Please pick a slot for your interview.",
                button,
                'Or read the <a href="https://x.example/j">job description</a>.',
            ]
        )
    )
    assert "Choose a time Decline" in text
    assert "Or read the job description." in text
    assert "https://" not in text


def test_head_style_script_title_preheader_and_tracking_pixel_are_dropped() -> None:
    text, _ = read_html(ats_page(["Your interview is confirmed."], preheader="Confirmed: Tuesday at 14:00"))
    assert text == "Your interview is confirmed."
    for gone in ("Fernhill Careers", "color", "track(", "Confirmed: Tuesday", "open tracker"):
        assert gone not in text


def test_an_element_hidden_by_class_or_attribute_is_dropped_and_its_neighbours_stay() -> None:
    html = '<p>Before <span class="preheader">preview words</span>after</p><div hidden>secret</div><p>End</p>'
    assert html_to_text(html) == "Before after\n\nEnd"


@pytest.mark.parametrize("lang", sorted(FOOTERS))
def test_legal_footer_in_each_language_is_dropped_and_the_outcome_above_it_is_kept(lang: str) -> None:
    assert lang in FOOTER_MARKERS
    rows = ["Hello Noor,", REJECTION, "We wish you every success.", "The Talent Team"]
    footer = f"<p>Fernhill Systems GmbH · Musterweg 4 · 10115 Berlin</p><p>{FOOTERS[lang]}</p><p>© 2026 Fernhill</p>"
    text, new_text = read_html(ats_page(rows, footer=footer))
    assert REJECTION in text and REJECTION in new_text
    assert text.endswith("The Talent Team")
    assert "Fernhill Systems GmbH" not in text  # the address inside the footer goes with it


def test_a_privacy_sentence_in_the_middle_of_the_message_cuts_nothing_below_it() -> None:
    rows = [
        "Hello Noor,",
        "Before we start, you can read our privacy policy on the careers site.",
        "We are pleased to invite you to a second interview with the engineering manager next week.",
        "Best regards,",
        "Ines",
    ]
    text, _ = read_html(ats_page(rows))
    assert "We are pleased to invite you to a second interview" in text
    assert text.endswith("Best regards,\nInes")


def test_a_message_that_is_all_footer_words_keeps_its_first_line() -> None:
    text = html_to_text("<p>Please do not reply to this email.</p><p>Unsubscribe</p>")
    assert text == "Please do not reply to this email."


def test_words_split_across_inline_tags_stay_whole() -> None:
    html = "<p>Votre entretien pour le poste d’<b>Ingé</b><span>nieure</span> est confirmé.</p>"
    assert html_to_text(html) == "Votre entretien pour le poste d’Ingénieure est confirmé."


def test_lists_keep_their_bullets_and_preformatted_text_its_lines() -> None:
    text = html_to_text(
        "<ul><li>Part 1: coding</li><li>Part 2: design</li></ul><pre>line one\n  line two</pre>"
    )
    assert text == "- Part 1: coding\n- Part 2: design\n\nline one\nline two"


def test_gmail_html_reply_quotes_are_history_and_the_new_outcome_counts() -> None:
    html = (
        f'<div dir="ltr"><div>{REJECTION}</div><div><br></div><div>Ines</div></div><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 9, 2026 at 4:12 PM Noor Haddad '
        f'&lt;{ME}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex">'
        "<div>Could you tell me whether you have reached a decision? An offer elsewhere is pending.</div>"
        "</blockquote></div>"
    )
    text, new_text = read_html(html)
    assert "> Could you tell me whether" in text
    assert new_text == f"{REJECTION}\n\nInes"


def test_outlook_html_reply_header_block_is_history() -> None:
    html = (
        f'<div class="WordSection1"><p class="MsoNormal">{REJECTION}<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b><span lang="DE">Von:</span></b><span lang="DE"> Noor Haddad '
        f"&lt;{ME}&gt; <br><b>Gesendet:</b> Montag, 9. März 2026 16:12<br><b>An:</b> Ines Kowal<br>"
        "<b>Betreff:</b> Stand meiner Bewerbung<o:p></o:p></span></p></div>"
        '<p class="MsoNormal">We are delighted to offer you the position.<o:p></o:p></p></div>'
    )
    text, new_text = read_html(html)
    assert "Gesendet: Montag, 9. März 2026 16:12" in text
    assert new_text == REJECTION


def test_apple_mail_html_blockquote_is_history() -> None:
    html = (
        f'<html><body><div>{REJECTION}</div><div><br><blockquote type="cite">'
        f"<div>On 9 Mar 2026, at 16:12, Noor Haddad &lt;{ME}&gt; wrote:</div><br>"
        "<div>We are delighted to offer you the position.</div></blockquote></div></body></html>"
    )
    _, new_text = read_html(html)
    assert new_text == REJECTION


def test_nested_blockquotes_are_marked_once_per_level() -> None:
    html = "<p>New</p><blockquote><p>older</p><blockquote><p>oldest</p></blockquote></blockquote><p>After</p>"
    assert html_to_text(html) == "New\n\n> older\n>\n> > oldest\n\nAfter"


def test_hostile_nesting_and_size_stay_fast_and_never_raise() -> None:
    cases = [
        "<p>a</p>" + ("<blockquote>" * 250 + "deep" + "</blockquote>" * 250) * 100,
        "<div>" * 100_000 + "x",
        "<table>" + "<tr><td>a</td><td>b</td></tr>" * 30_000 + "</table>",
        "<p>unclosed <b><i><a href='x'>" * 5_000,
        "\x00<p>\ud800 broken surrogate</p>",
        "<?xml version='1.0'?><!DOCTYPE x><html><body>ok</body></html>",
    ]
    for html in cases:
        start = time.perf_counter()
        assert isinstance(html_to_text(html), str)
        assert time.perf_counter() - start < 5


def test_the_interview_date_line_right_above_a_footer_is_kept() -> None:
    rows = ["Your interview is confirmed:", "Tuesday, March 17, 2026, 2:00 PM, Room 4, 12 Harbour Road"]
    text, _ = read_html(ats_page(rows, footer=f"<p>{FOOTERS['en']}</p>"))
    assert text.endswith("Tuesday, March 17, 2026, 2:00 PM, Room 4, 12 Harbour Road")


@pytest.mark.parametrize(
    "line",
    [
        "This mailbox is not monitored. Please do not reply.",
        "Bitte nicht auf diese E-Mail antworten.",
        "Ce message est automatique, merci de ne pas y répondre.",
        "Este es un correo automático, no respondas.",
        "Este é um e-mail automático, por favor não responda.",
        "Messaggio automatico: non rispondere.",
        "Deze mailbox wordt niet gelezen.",
    ],
)
def test_a_closing_no_reply_line_in_each_language_is_footer(line: str) -> None:
    text, _ = read_html(ats_page([REJECTION, "The Talent Team"], footer=f"<p>{line}</p>"))
    assert text == f"{REJECTION}\nThe Talent Team"


def test_footer_markers_are_lower_case_since_they_are_matched_on_the_lower_cased_line() -> None:
    for lang, markers in FOOTER_MARKERS.items():
        for marker in markers:
            assert marker == marker.lower(), (lang, marker)


def test_xhtml_mail_with_an_encoding_declaration_is_laid_out_like_any_other() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?><html><head><style>p{color:red}</style></head>'
        "<body><p>Viele Grüße</p></body></html>"
    )
    assert html_to_text(html) == "Viele Grüße"


def test_html_interleaved_reply_keeps_each_answer_between_the_quotes() -> None:
    html = (
        "<blockquote><p>Could you do Thursday at 10?</p></blockquote><p>Thursday at 10 works.</p>"
        "<blockquote><p>We are delighted to offer you the position.</p></blockquote><p>Thank you, I accept.</p>"
    )
    _, new_text = read_html(html)
    assert new_text == "Thursday at 10 works.\n\nThank you, I accept."
