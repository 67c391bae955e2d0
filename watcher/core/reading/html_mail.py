"""HTML mail as a person reads it.

Applicant-tracking mail is often HTML only: layout tables, buttons, a hidden
preview line ("preheader"), a tracking pixel and a legal footer. The text a
person sees is what the readers should see: lxml parses the markup and
html-text lays it out (blocks on their own lines, table cells in reading
order, link and button text kept). Before that, what a mail client never
shows is dropped (head, style, script, comments, elements hidden with
``display:none``, preheaders); images never give text, so tracking pixels
leave nothing. Quoted history in ``<blockquote>`` is marked with ``> `` as
plain-text mail marks it, so `watcher.core.reading.quoting` finds it. After the
layout, a trailing footer of unsubscribe, privacy and legal boilerplate is
cut; what marks one is data, one table per language.
"""

from __future__ import annotations

import re
from html import unescape as html_unescape
from typing import Any

import lxml.etree
import lxml.html
from html_text import NEWLINE_TAGS, etree_to_text

__all__ = ["FOOTER_MARKERS", "html_to_text"]

# Lines of boilerplate that close applicant-tracking and bulk mail, by language (regex fragments,
# lower case, matched from a word start anywhere in a line). Whole phrases only: a single word such as
# "confidential" also occurs in what a recruiter writes.
FOOTER_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"unsubscribe",
        r"privacy (?:policy|notice|statement|center|centre)",
        r"you(?:'re| are)? receiv(?:e|ed|ing) this (?:e-?mail|message|notification)",
        r"this (?:e-?mail|message|notification) (?:was|has been|is being) sent (?:to|by|from|automatically|on behalf)",
        r"do not reply\b",
        r"(?:mailbox|inbox|address) is (?:not|un)monitored",
        r"all rights reserved",
        r"manage (?:your )?(?:e-?mail |notification |communication )?(?:preferences|settings|subscriptions)",
        r"view (?:this (?:e-?mail|message) )?in (?:your |a )?(?:web )?browser",
        r"intended (?:only )?for the (?:named |intended )?(?:recipient|addressee)",
        r"if you (?:are not|have received this (?:e-?mail|message) in error)",
        r"terms of (?:use|service)",
    ),
    "de": (
        r"abmelden",
        r"abbestellen",
        r"datenschutz(?:erklärung|hinweise?|richtlinie|bestimmungen)",
        r"(?:sie erhalten|du erhältst) diese (?:e-?mail|nachricht)",
        r"diese (?:e-?mail|nachricht) wurde (?:automatisch |an |von |im auftrag )",
        r"bitte (?:antworten sie|antworte) nicht",
        r"nicht (?:auf diese (?:e-?mail|nachricht) )?antworten",
        r"wird nicht (?:überwacht|gelesen)",
        r"alle rechte vorbehalten",
        r"impressum",
        r"(?:nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger))",
    ),
    "fr": (
        r"(?:se |vous )?désabonner|désabonnement|désinscri(?:re|ption|vez)",
        r"politique de (?:confidentialité|protection des (?:données|renseignements))",
        r"vous recevez ce (?:courriel|message|e-?mail)",
        r"ce (?:courriel|message|e-?mail) (?:a été|vous a été|est) envoyé",
        r"ne pas (?:y )?répondre|ne répondez pas",
        r"n['’]est pas (?:surveillée|consultée|lue)",
        r"tous droits réservés",
        r"gérer (?:vos|mes) préférences",
        r"destinataire (?:prévu|visé)",
    ),
    "es": (
        r"darse de baja|date de baja|cancelar (?:la |tu |su )?suscripción",
        r"(?:política|aviso) de privacidad",
        r"(?:recibes|recibe|has recibido|ha recibido) este (?:correo|mensaje|e-?mail)",
        r"este (?:correo|mensaje|e-?mail) (?:fue|ha sido|se ha) (?:enviado|generado)",
        r"no (?:respondas|responda|contestes|conteste)\b",
        r"no (?:es|está) (?:monitoreado|supervisado)",
        r"todos los derechos reservados",
        r"gestionar (?:tus|sus) preferencias",
        r"destinatario (?:previsto|indicado)",
    ),
    "pt": (
        r"cancelar (?:a )?(?:sua )?inscrição|descadastr(?:ar|e-se)",
        r"(?:política|aviso) de privacidade",
        r"(?:você está recebendo|recebeu|está a receber) este (?:e-?mail|mensagem)",
        r"(?:este e-?mail|esta mensagem) (?:foi|é) (?:enviad[oa]|gerad[oa])",
        r"não (?:responda|responder)\b",
        r"não é monitorad[oa]",
        r"todos os direitos reservados",
        r"gerenciar (?:suas )?preferências",
    ),
    "it": (
        r"annulla(?:re)? l['’]iscrizione|disiscriv(?:iti|ersi)",
        r"informativa (?:sulla )?privacy|privacy policy",
        r"(?:ricevi|hai ricevuto) questa (?:e-?mail|email|comunicazione)",
        r"questa (?:e-?mail|email|comunicazione) (?:è stata|viene) (?:inviata|generata)",
        r"non rispondere\b",
        r"non è monitorat[oa]",
        r"tutti i diritti riservati",
        r"gestisci (?:le tue )?preferenze",
    ),
    "nl": (
        r"afmelden|uitschrijven",
        r"privacy(?:verklaring|beleid|statement)",
        r"(?:u ontvangt|je ontvangt|jij ontvangt) deze (?:e-?mail|mail|e-mail|nieuwsbrief)",
        r"deze (?:e-?mail|mail) (?:is|werd) (?:automatisch )?(?:verzonden|verstuurd|gegenereerd)",
        r"niet beantwoorden|reageer niet op deze|antwoord niet op deze",
        r"wordt niet (?:gelezen|gecontroleerd)",
        r"alle rechten voorbehouden",
        r"voorkeuren beheren|beheer (?:je|uw) voorkeuren",
    ),
}
# Matched on the lower-cased line, each phrase from a word start: ten times faster than IGNORECASE.
_FOOTER_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?:{p})" for markers in FOOTER_MARKERS.values() for p in markers)
    + r")|©|\(c\) ?\d{4}"
)
_MAX_FILLER = 120  # a longer line without a marker is content: the footer walk stops there
_SENTENCE_ENDS = (".", "!", "?", "…")
# A company's postal line opening a footer ("Acme GmbH · Weg 4 · 10115 Berlin", "Acme Inc., 1 Main St, Springfield,
# IL 62701"): short, a number, several separators, and no time of day (an interview's date line has one).
_ADDRESS_SEPARATORS_RE = re.compile(r"(?:[·|•].*){2}|(?:,.*){3}")
_TIME_OF_DAY_RE = re.compile(
    r"\b\d{1,2}\s*(?::|h|\.)\s*\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE
)

# Never shown: metadata, code, and markup some clients keep for themselves.
_INVISIBLE_TAGS = frozenset(
    {
        "head",
        "title",
        "style",
        "script",
        "noscript",
        "template",
        "xml",
        "meta",
        "link",
        "object",
        "embed",
        "iframe",
    }
)
# Inline markup: unwrapped before the layout, so words split across tags stay whole ("d'<b>Ing</b>énieur").
_INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "o:p",
    }
)  # fmt: skip
# Elements without text of their own (an image, a tracking pixel, a form control).
_EMPTY_TAGS = frozenset({"img", "input", "area", "map", "source", "track", "video", "audio", "canvas", "svg"})
_BUTTON_STYLE_RE = re.compile(r"display\s*:\s*(?:inline-)?block|padding", re.IGNORECASE)
# Blocks html-text lays out inline: each on its own line here.
_NEWLINE_TAGS = NEWLINE_TAGS | {"section", "center", "address", "caption", "summary", "main", "menu"}
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COLLAPSED_RE = re.compile(r"max-height\s*:\s*0(?![.\d])", re.IGNORECASE)
_PREHEADER_CLASS_RE = re.compile(r"\b(?:preheader|pre-header|preview-?text)\b", re.IGNORECASE)

MAX_QUOTE_DEPTH = 8
"""Blockquotes deeper than this are laid out as plain blocks (hostile nesting costs no more)."""

_QUOTE_TOKEN = "\ue000quote{}\ue000"
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_TAG_RE = re.compile(r"<[^>]*>")
# XHTML mail may open with one; lxml refuses a str that declares an encoding.
_XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*>")


def _is_hidden(el: Any) -> bool:
    """Hidden from the reader: display:none, a preheader, or the `hidden` attribute."""
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").lower()
    if ("none" in style or "hidden" in style) and (
        _HIDDEN_STYLE_RE.search(style) or (_COLLAPSED_RE.search(style) and "overflow" in style)
    ):
        return True
    cls = el.get("class")
    return bool(cls and _PREHEADER_CLASS_RE.search(cls))


def _prune(root: Any) -> None:
    """Drop what a mail client never shows (tail text stays), unwrap inline markup, keep bullets and lines."""
    doomed: list[Any] = []
    inline: list[Any] = []
    pres: list[Any] = []
    breaks: list[Any] = []
    for el in root.iter():
        tag = el.tag
        # comments and processing instructions have no string tag
        if not isinstance(tag, str) or tag in _INVISIBLE_TAGS or tag in _EMPTY_TAGS or _is_hidden(el):
            doomed.append(el)
        elif tag in _INLINE_TAGS:
            inline.append(el)
        elif tag == "li":
            el.text = "- " + (el.text or "")
        elif tag == "pre":
            pres.append(el)
        elif tag == "button":
            _pad(el)
        elif tag == "br" and _is_blank_line(el):
            breaks.append(el)
    _apply_pruning(doomed, inline, pres, breaks)


def _apply_pruning(doomed: list[Any], inline: list[Any], pres: list[Any], breaks: list[Any]) -> None:
    """Change the tree as `_prune` decided, after its walk (changing it during the walk would skip nodes)."""
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for el in inline:
        if el.getparent() is not None:
            if el.tag == "a" and _BUTTON_STYLE_RE.search(el.get("style") or ""):
                _pad(el)  # a link drawn as a button stands apart from its neighbours
            el.drop_tag()
    for el in pres:
        _keep_lines(el)
    for el in breaks:
        if el.getparent() is not None:
            paragraph = lxml.html.Element("p")
            paragraph.tail = el.tail
            el.getparent().replace(el, paragraph)


def _is_blank_line(br: Any) -> bool:
    """A <br> that draws an empty line: right after another one, or alone in its block (<div><br></div>)."""
    before = br.getprevious()
    if before is not None:
        return bool(before.tag == "br" and not (before.tail or "").strip())
    parent = br.getparent()
    return bool(
        parent is not None
        and parent.tag in {"div", "p"}
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (br.tail or "").strip()
    )


def _pad(el: Any) -> None:
    el.text = " " + (el.text or "")
    el.tail = " " + (el.tail or "")


def _keep_lines(pre: Any) -> None:
    """A <pre> block's lines as <br>-separated text: the layout collapses whitespace elsewhere."""
    if pre.getparent() is None:
        return
    lines = str(pre.text_content()).split("\n")
    for child in list(pre):
        pre.remove(child)
    pre.text = lines[0]
    for line in lines[1:]:
        br = lxml.html.Element("br")
        br.tail = line
        pre.append(br)


def _outer_quotes(root: Any) -> list[Any]:
    """The blockquotes under `root` that no other blockquote under `root` contains (one walk)."""
    found: list[Any] = []
    depth = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end"), tag="blockquote"):
        if el is root:
            continue
        if event == "start":
            if depth == 0:
                found.append(el)
            depth += 1
        else:
            depth -= 1
    return found


def _render(root: Any, depth: int = 0) -> str:
    """Text of `root`, each blockquote's lines prefixed with '> ' (nested ones once more)."""
    quoted: dict[str, str] = {}
    if depth < MAX_QUOTE_DEPTH:
        for n, quote in enumerate(_outer_quotes(root)):
            inner = _render(quote, depth + 1)
            token = _QUOTE_TOKEN.format(n)
            stand_in = lxml.html.Element("blockquote")
            stand_in.text = token
            stand_in.tail = quote.tail
            parent = quote.getparent()
            if parent is None:
                continue
            parent.replace(quote, stand_in)
            quoted[token] = "\n".join(f"> {line}" if line.strip() else ">" for line in inner.split("\n"))
    text = str(etree_to_text(root, newline_tags=_NEWLINE_TAGS))
    if quoted:
        text = "\n".join(quoted.get(line.strip(), line) for line in text.split("\n"))
    return text


def _drop_footer(text: str) -> str:
    """The text without a trailing block of unsubscribe, privacy and legal boilerplate.

    Walking up from the end over boilerplate lines and the short lines
    between them (an address, a copyright, a row of links), the cut is made at
    the highest boilerplate line, and above it over the company's address
    lines that open the block. A sentence without a marker is the message
    itself and stops the walk; the first line always stays.
    """
    lines = text.split("\n")
    cut: int | None = None
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i].strip()
        if not line:
            continue
        if _FOOTER_RE.search(line.lower()):
            cut = i
        elif len(line) > _MAX_FILLER or (line.endswith(_SENTENCE_ENDS) and len(line.split()) > 3):
            break
    if cut is None:
        return text
    while cut > 1 and (not lines[cut - 1].strip() or _is_address(lines[cut - 1])):
        cut -= 1
    kept = "\n".join(lines[:cut]).rstrip()
    return kept if kept.strip() else text


def _is_address(line: str) -> bool:
    return (
        len(line) <= _MAX_FILLER
        and any(ch.isdigit() for ch in line)
        and _ADDRESS_SEPARATORS_RE.search(line) is not None
        and _TIME_OF_DAY_RE.search(line) is None
    )


def _tidy(text: str) -> str:
    """Each line's spaces collapsed (quote marks kept as they are), at most one empty line in a row."""
    lines = [line.rstrip() if line.startswith(">") else " ".join(line.split()) for line in text.split("\n")]
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> str:
    """Readable text from HTML mail: blocks on their own lines, quotes marked '> ', footer dropped.

    Untrusted markup never raises: what lxml cannot take (an empty document,
    a lone surrogate) is read with its tags stripped instead.
    """
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION_RE.sub("", html.replace("\x00", ""), count=1))
        _prune(root)
        body = root.find("body")
        text = _tidy(_render(body if body is not None else root))
    except Exception:  # untrusted input: degrade to the bare text, never fail the message
        return _tidy(html_unescape(_TAG_RE.sub(" ", html)))
    return _drop_footer(text)
