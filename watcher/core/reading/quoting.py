"""Where a reply's own words end and the quoted history begins.

The new text of a message is what its author wrote above, between or below
the quotes. Mail clients mark where the history begins in a handful of ways,
each localised: an attribution line ("On … wrote:", Gmail and Apple Mail),
an Outlook header block ("From: / Sent: / To: / Subject:"), a rule
("-----Original Message-----"), an Apple "Begin forwarded message:" line,
lines quoted with ``>``, and a signature (``-- `` or a phone's "Sent from my
iPhone"). What each language says is data: one `QuoteMarks` table per
language, so the next language is one more table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LANGUAGES", "QuoteMarks", "strip_quotes"]


@dataclass(frozen=True)
class QuoteMarks:
    """How one language's mail clients mark the start of quoted or forwarded history (regex fragments)."""

    language: str
    # A whole attribution line (or up to three wrapped lines, joined), without the trailing colon's end.
    attributions: tuple[str, ...]
    # The verb of a bare attribution ("Priya wrote:"): trusted only when '>' lines follow.
    wrote: tuple[str, ...]
    # Labels of an Outlook-style header block: sender, date, and recipients or subject.
    header_from: tuple[str, ...]
    header_date: tuple[str, ...]
    header_other: tuple[str, ...]
    # What stands between dashes in "-----Original Message-----" and its kin.
    rules: tuple[str, ...]
    # A line that opens a forwarded message (Apple Mail).
    forwarded: tuple[str, ...]
    # A phone's or app's signature, the whole line ("Sent from my iPhone").
    sent_from: tuple[str, ...]


_APPS = r"(?:Outlook|Yahoo\s+Mail|Mail|Gmail|Proton\s?Mail|AOL|Spark|BlueMail|Samsung\s+Mail)"
_DEVICES = r"(?:iPhone|iPad|Android|Samsung|Galaxy|Pixel|Huawei|Xiaomi|BlackBerry|smartphone|mobile)"

EN = QuoteMarks(
    language="en",
    attributions=(r"On\b.{3,300}\bwrote",),
    wrote=(r"wrote",),
    header_from=("From",),
    header_date=("Sent", "Date"),
    header_other=("To", "Cc", "Subject"),
    rules=(r"Original\s+Message", r"Forwarded\s+Message"),
    forwarded=(r"Begin\s+forwarded\s+message",),
    sent_from=(
        r"Sent\s+from\s+my\s+\S.{0,40}",
        rf"Sent\s+(?:from|with|via)\s+{_APPS}\b.{{0,30}}",
        rf"Get\s+{_APPS}\s+for\s+(?:iOS|Android)",
    ),
)
DE = QuoteMarks(
    language="de",
    attributions=(r"Am\b.{3,300}\bschrieb\b.{0,200}", r".{1,200}\bschrieb\s+am\b.{3,120}"),
    wrote=(r"schrieb",),
    header_from=("Von",),
    header_date=("Gesendet", "Datum"),
    header_other=("An", "Cc", "Betreff"),
    rules=(
        r"Urspr(?:ü|ue)ngliche\s+Nachricht",
        r"Original-?Nachricht",
        r"Weitergeleitete\s+Nachricht",
    ),
    forwarded=(r"(?:Anfang|Beginn)\s+der\s+weitergeleiteten\s+(?:Nachricht|E-Mail)",),
    sent_from=(
        r"Von\s+meine[mr]\s+\S.{0,40}\s+gesendet",
        r"Gesendet\s+(?:von|mit)\s+meine[mr]\s+\S.{0,40}",
        rf"Gesendet\s+(?:von|mit)\s+(?:{_APPS}|GMX|WEB\.DE)\b.{{0,30}}",
        r"Outlook\s+für\s+(?:iOS|Android)\s+(?:herunterladen|beziehen)",
    ),
)
FR = QuoteMarks(
    language="fr",
    attributions=(r"Le\b.{3,300}\ba\s+écrit",),
    wrote=(r"a\s+écrit",),
    header_from=("De", "Expéditeur"),
    header_date=("Envoyé", "Date", r"Date\s+d['’]envoi"),
    header_other=("À", "A", "Cc", "Objet", "Destinataire"),
    rules=(r"Message\s+d['’]origine", r"Message\s+original", r"Message\s+transféré"),
    forwarded=(r"Début\s+du\s+message\s+(?:réexpédié|transféré)",),
    sent_from=(
        r"Envoyé\s+(?:de|depuis)\s+(?:mon|ma)\s+\S.{0,40}",
        rf"Envoyé\s+(?:de|depuis|avec)\s+{_APPS}\b.{{0,30}}",
        r"(?:Télécharger|Obtenir)\s+Outlook\s+pour\s+(?:iOS|Android)",
    ),
)
ES = QuoteMarks(
    language="es",
    attributions=(r"El\b.{3,300}\bescribió",),
    wrote=(r"escribió",),
    header_from=("De", "Remitente"),
    header_date=("Enviado", r"Enviado\s+el", "Fecha"),
    header_other=("Para", "CC", "Asunto"),
    rules=(r"Mensaje\s+original", r"Mensaje\s+reenviado"),
    forwarded=(r"(?:Inicio|Comienzo)\s+del\s+mensaje\s+reenviado",),
    sent_from=(
        r"Enviado\s+desde\s+mi\s+\S.{0,40}",
        rf"Enviado\s+(?:desde|con)\s+{_APPS}\b.{{0,30}}",
        r"(?:Obtener|Obtén|Descargar|Descarga)\s+Outlook\s+para\s+(?:iOS|Android)",
    ),
)
PT = QuoteMarks(
    language="pt",
    # pt-BR "Em qua., 15 de abr. de 2026 às 11:30, X escreveu:"; pt-PT "X escreveu no dia quarta, 15/04/2026 à(s) 11:30:"
    attributions=(r"Em\b.{3,300}\bescreveu", r".{1,200}\bescreveu\s+(?:no\s+dia|em)\b.{3,120}"),
    wrote=(r"escreveu",),
    header_from=("De", "Remetente"),
    header_date=("Enviado", "Enviada", r"Enviad[oa]\s+em", "Data"),
    header_other=("Para", "Cc", "Assunto"),
    rules=(r"Mensagem\s+original", r"Mensagem\s+(?:re)?encaminhada"),
    forwarded=(r"Início\s+da\s+mensagem\s+(?:re)?encaminhada",),
    sent_from=(
        r"Enviado\s+(?:do|de|a\s+partir\s+do)\s+meu\s+\S.{0,40}",
        rf"Enviado\s+(?:do|pelo|via|com\s+o)\s+{_APPS}\b.{{0,30}}",
        r"(?:Obter|Obtenha|Baixe|Baixar)\s+o\s+Outlook\s+para\s+(?:iOS|Android)",
    ),
)
IT = QuoteMarks(
    language="it",
    attributions=(r"Il\b.{3,300}\bha\s+scritto",),
    wrote=(r"ha\s+scritto",),
    header_from=("Da", "Mittente"),
    header_date=("Inviato", r"Inviato\s+il", "Data"),
    header_other=("A", "Cc", "Oggetto"),
    rules=(r"Messaggio\s+originale", r"Messaggio\s+inoltrato"),
    forwarded=(r"Inizio\s+(?:del\s+)?messaggio\s+inoltrato",),
    sent_from=(
        rf"Inviato\s+da(?:l\s+mio|\s+mio)?\s+(?:{_DEVICES}|{_APPS}|cellulare|telefono|dispositivo)\b.{{0,30}}",
        r"(?:Scarica|Ottieni)\s+Outlook\s+per\s+(?:iOS|Android)",
    ),
)
NL = QuoteMarks(
    language="nl",
    attributions=(r"Op\b.{3,300}\b(?:schreef\b.{0,200}|het\s+volgende\s+geschreven)",),
    wrote=(r"schreef", r"het\s+volgende\s+geschreven"),
    header_from=("Van", "Afzender"),
    header_date=("Verzonden", "Verstuurd", "Datum"),
    header_other=("Aan", "CC", "Onderwerp"),
    rules=(r"Oorspronkelijk\s+bericht", r"Origineel\s+bericht", r"Doorgestuurd\s+bericht"),
    forwarded=(r"Begin\s+(?:van\s+het\s+)?doorgestuurde?\s+bericht",),
    sent_from=(
        rf"(?:Verzonden|Verstuurd)\s+(?:vanaf|met|van|vanuit)\s+(?:mijn\s+)?(?:{_DEVICES}|{_APPS}|mobiel|telefoon)\b.{{0,30}}",
        r"(?:Download|Ontvang)\s+Outlook\s+voor\s+(?:iOS|Android)",
        r"Outlook\s+voor\s+(?:iOS|Android)\s+downloaden",
    ),
)

LANGUAGES: tuple[QuoteMarks, ...] = (EN, DE, FR, ES, PT, IT, NL)


def _alternatives(field: str) -> str:
    parts = {part for marks in LANGUAGES for part in getattr(marks, field)}
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


def _labels(field: str) -> str:
    """Header labels as a regex: any spaces inside a label may be several."""
    return "|".join(
        sorted(
            {label.replace(" ", r"\s+") for marks in LANGUAGES for label in getattr(marks, field)},
            key=lambda p: (-len(p), p),
        )
    )


_ATTRIBUTION_RE = re.compile(rf"^\s*(?:{_alternatives('attributions')})\s*:\s*$", re.IGNORECASE | re.DOTALL)
# Attribution lines without a leading "On"/"Am"/...: only trusted when quoted lines follow.
_LOOSE_ATTRIBUTION_RE = re.compile(
    rf"^.{{0,250}}\b(?:{_alternatives('wrote')})\s*:\s*$", re.IGNORECASE | re.DOTALL
)
_SEPARATOR_RE = re.compile(
    rf"^\s*(?:>\s*)*(?:-{{2,}}\s*(?:{_alternatives('rules')})\s*-{{2,}}|(?:{_alternatives('forwarded')})\s*:)\s*$",
    re.IGNORECASE,
)
_HEADER_LABEL = r"^\s*(?:>\s*)*\*{{0,2}}(?:{labels})\s*\*{{0,2}}\s*:"
_OUTLOOK_FROM_RE = re.compile(
    _HEADER_LABEL.format(labels=_labels("header_from")) + r"\**\s*\S", re.IGNORECASE
)
_OUTLOOK_DATE_RE = re.compile(_HEADER_LABEL.format(labels=_labels("header_date")), re.IGNORECASE)
_OUTLOOK_OTHER_RE = re.compile(_HEADER_LABEL.format(labels=_labels("header_other")), re.IGNORECASE)
_UNDERSCORES_RE = re.compile(r"^\s*_{10,}\s*$")
_SIGNATURE_RE = re.compile(r"^--\s?$")
_SENT_FROM_RE = re.compile(rf"^\s*(?:{_alternatives('sent_from')})(?:\s*<[^<>\s]*>)?\s*$", re.IGNORECASE)
_MAX_SENT_FROM = 90  # a phone's signature is short; a longer line is a sentence that happens to match


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _next_nonblank(lines: list[str], start: int) -> int:
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _attribution_span(lines: list[str], i: int) -> int:
    """Lines taken by a "On … wrote:" style attribution starting at i (wrapped up to 3 lines), else 0."""
    if not lines[i].strip() or _is_quoted(lines[i]):
        return 0
    for span in (1, 2, 3):
        if i + span > len(lines):
            break
        if span > 1 and (not lines[i + span - 1].strip() or _is_quoted(lines[i + span - 1])):
            break
        if not lines[i + span - 1].rstrip().endswith(":"):
            continue  # every attribution ends with a colon: most lines are ruled out without a regex
        chunk = " ".join(x.strip() for x in lines[i : i + span])
        if _ATTRIBUTION_RE.match(chunk):
            return span
        if span == 1 and _LOOSE_ATTRIBUTION_RE.match(chunk):
            k = _next_nonblank(lines, i + span)
            if k < len(lines) and _is_quoted(lines[k]):
                return span
    return 0


def _outlook_block(lines: list[str], i: int) -> bool:
    """An Outlook-style header block ("From: … Sent: … To: … Subject: …"), quoted or not."""
    if not _OUTLOOK_FROM_RE.match(lines[i]):
        return False
    window = lines[i + 1 : i + 8]
    return any(_OUTLOOK_DATE_RE.match(x) for x in window) and any(_OUTLOOK_OTHER_RE.match(x) for x in window)


def _is_signature(line: str) -> bool:
    """A signature separator ("-- ") or a phone's or app's one-line signature ("Sent from my iPhone")."""
    if _SIGNATURE_RE.match(line):
        return True
    return len(line) <= _MAX_SENT_FROM and _SENT_FROM_RE.match(line) is not None


def _tidy(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def strip_quotes(text: str) -> str:
    """The new text of a reply: quoted history, forwarded blocks and a trailing signature removed.

    Top-posted replies keep what precedes the attribution or header block;
    bottom-posted and inline replies keep the unquoted text between and after
    the `>` blocks. History that is not marked with `>` (Outlook, Apple Mail,
    a phone) ends the new text where its first line is recognised.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        span = _attribution_span(lines, i)
        if span:
            k = _next_nonblank(lines, i + span)
            if k < n and _is_quoted(lines[k]):
                i += span  # quoted block follows; its '>' lines are dropped below
                continue
            break  # unquoted history (Apple/Outlook without '>'): everything after is old
        if _SEPARATOR_RE.match(line):
            break
        if _UNDERSCORES_RE.match(line):
            k = _next_nonblank(lines, i + 1)
            if k < n and _outlook_block(lines, k):
                break
        if _outlook_block(lines, i):
            if _is_quoted(line):
                # quoted Outlook header: skip the quoted block, keep text after it (bottom-posting)
                while i < n and (_is_quoted(lines[i]) or not lines[i].strip()):
                    i += 1
                continue
            break
        if _is_quoted(line):
            i += 1
            continue
        if _is_signature(line):
            break
        out.append(line.rstrip())
        i += 1
    return _tidy("\n".join(out)).strip()
