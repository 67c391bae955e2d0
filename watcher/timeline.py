"""Read an application's mail the way an attentive person would.

From the messages of one application this module extracts the interviews
(calendar invitations and scheduling prose), who wrote when, the reply-by
dates the employer stated, the outcome and what the employer last asked for.

Pure: dates are resolved against each message's own Date, never the clock.
Regular expressions only *find* phrases; dateparser reads the dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser

from watcher.employers.message_kinds import message_kind
from watcher.reading.relevance import interview_event, non_interview_reason
from watcher.reading.text import MAX_SCAN
from watcher.records import (
    Ask,
    CalendarEvent,
    Interview,
    Message,
    Outcome,
    OutcomeKind,
    ReplyBy,
    Role,
    Timeline,
    TimelineEntry,
)

__all__ = [
    "Slot",
    "build_timeline",
    "detect_language",
    "find_asks",
    "find_outcome",
    "find_reply_by",
    "find_slots",
    "resolve_date",
    "sentences",
    "with_manual",
]

Lang = Literal["en", "de", "es", "fr"]


# --- language ------------------------------------------------------------

_STOP: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "to",
            "of",
            "you",
            "for",
            "is",
            "in",
            "that",
            "we",
            "it",
            "with",
            "on",
            "be",
            "this",
            "are",
            "your",
            "have",
            "will",
            "at",
            "as",
            "our",
            "i",
            "thanks",
            "would",
            "me",
            "not",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ich",
            "sie",
            "nicht",
            "ist",
            "mit",
            "zu",
            "den",
            "ein",
            "eine",
            "für",
            "auf",
            "wir",
            "ihnen",
            "uns",
            "dem",
            "des",
            "sind",
            "von",
            "gern",
            "vielen",
            "grüße",
            "ihre",
            "ihr",
            "wird",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "de",
            "que",
            "y",
            "en",
            "los",
            "las",
            "un",
            "una",
            "por",
            "con",
            "para",
            "es",
            "tu",
            "su",
            "muy",
            "gracias",
            "al",
            "lo",
            "se",
            "nos",
            "te",
            "del",
            "como",
            "pero",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "est",
            "un",
            "une",
            "pour",
            "vous",
            "nous",
            "que",
            "qui",
            "dans",
            "avec",
            "pas",
            "sur",
            "au",
            "ce",
            "votre",
            "merci",
            "je",
            "bien",
            "du",
        ]
    ),
}


def detect_language(text: str) -> Lang:
    """en, de, es or fr by counting common words; English when unsure."""
    words = re.findall(r"[a-zäöüßáéíóúñàâçèêëîïôûù]+", text.lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or scores[best] < scores["en"] * 1.2:
        return "en"
    return best  # type: ignore[return-value]


# --- sentences -------------------------------------------------------------

_ABBREV_END = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|st|no|nr|ca|bzw|z\.b|e\.g|i\.e|vs|approx|sr|sra|mme|m)\.)$", re.I
)


def sentences(text: str) -> list[str]:
    """Lines, then sentences within lines; dates such as "24. März" are not split."""
    out: list[str] = []
    for raw_line in text.splitlines():
        line = raw_line.strip(" \t>*•-–")
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"')\]”]*(?=\s+[A-ZÄÖÜÁÉÍÓÚÑÀÂÇÈÊ¿¡\"“(])|[!?][\"')\]”]*(?=\s)", line):
            end = m.end()
            chunk = line[start:end]
            if m.group(0) == "." and (_ABBREV_END.search(chunk) or re.search(r"\d\.$", chunk)):
                continue
            if chunk.strip():
                out.append(chunk.strip())
            start = end
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


# --- dates and times --------------------------------------------------------

_WD_NAMES: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "monday montag lunes lundi",
        "tuesday dienstag martes mardi",
        "wednesday mittwoch miércoles miercoles mercredi",
        "thursday donnerstag jueves jeudi",
        "friday freitag viernes vendredi",
        "saturday samstag sonnabend sábado sabado samedi",
        "sunday sonntag domingo dimanche",
    )
):
    for _n in _names.split():
        _WD_NAMES[_n] = _i
_WD_ABBR = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

_WD = r"(?:" + "|".join(sorted(_WD_NAMES, key=len, reverse=True)) + r")"
_WD_ANY = r"(?:" + "|".join(sorted(list(_WD_NAMES) + list(_WD_ABBR), key=len, reverse=True)) + r")\.?"
_MONTH_NAMES = " ".join(
    (
        "january february march april may june july august september october november december",
        "jan feb mar apr jun jul aug sept sep oct nov dec",
        "januar jänner februar märz maerz mai juni juli oktober dezember",
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
        "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre",
    )
).split()
_MONTHS = r"(?:" + "|".join(sorted(set(_MONTH_NAMES), key=len, reverse=True)) + r")\.?(?![a-zà-ÿ])"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?"
_YEAR = r"(?:,?\s+(?:de\s+)?\d{4})?"

_WD_LEAD = rf"(?:(?:(?:am|el|le|den|der)\s+)?{_WD_ANY},?\s+)"  # "am Dienstag, ", "el lunes ", "Tue "
# German, Spanish and French write a date as a weekday and a bare day number: "el viernes 27",
# "vendredi 27", "Freitag, den 27."; English says "Friday 27th" or "Friday 27 March" instead, and
# a bare "Friday 10" there is as likely an hour, so English weekdays are left out.
_WD_NON_EN = (
    r"(?:" + "|".join(sorted((n for n in _WD_NAMES if not n.endswith("day")), key=len, reverse=True)) + r")"
)
_WD_DAY_NUMBER = (
    rf"(?:(?:am|el|le|den|der)\s+)?{_WD_NON_EN},?\s+(?:(?:der|den|el|le)\s+)?[0-3]?\d(?:\.|º|°|er)?"
    r"(?![.:,/-]?\d)(?!\s*(?:[-–]\s*\d|h\b|uhr\b|hrs?\b|horas?\b|heures?\b|[ap]\.?m\b))"
)
_DATE_RE = re.compile(
    r"(?P<date>"
    # Thursday, March 12, 2026 / Tue Mar 24 / March 20th
    rf"{_WD_LEAD}?(?:the\s+)?{_MONTHS}\s+{_DAYNUM}(?!\d){_YEAR}(?![\d:])"
    # Dienstag, der 24. März / am Dienstag, 10. Februar / 12 de marzo / jeudi 12 mars / the 24th of March
    rf"|{_WD_LEAD}?(?:(?:der|den|el|le|the|am)\s+)?{_DAYNUM}\s*(?:de\s+|of\s+)?{_MONTHS}{_YEAR}"
    # Monday the 2nd
    rf"|{_WD},?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b"
    # 12.03.2026, 12/03/2026, 2026-03-12, 12.03.
    rf"|{_WD_LEAD}?(?:(?:den|der|am|el|le|the)\s+)?"
    r"(?:\b\d{4}-\d{2}-\d{2}\b|\b[0-3]?\d[./][01]?\d(?:[./]\d{2,4}|\.)(?![\d])|\b[01]?\d/[0-3]?\d\b)"
    # el viernes 27, vendredi 27, Freitag, den 27.
    rf"|{_WD_DAY_NUMBER}"
    # tomorrow, morgen, mañana, demain ...
    r"|\b(?:the day after tomorrow|tomorrow|today|tonight|übermorgen|morgen|heute|pasado mañana|mañana|hoy"
    r"|après-demain|demain|aujourd'hui|ce soir)\b"
    # next Monday, nächsten Montag, el próximo lunes, lundi prochain
    rf"|\b(?:next|this|coming|nächsten|kommenden|diesen|am|el próximo|el proximo|próximo|este|ce)\s+{_WD}\b"
    rf"|\b{_WD}\s+(?:prochain|que viene|próximo)\b"
    # the 12th
    r"|\bthe\s+[0-3]?\d(?:st|nd|rd|th)\b"
    # a bare weekday
    rf"|\b{_WD}\b"
    r")",
    re.I,
)

_TIME_RE = re.compile(
    r"(?P<time>"
    r"(?<![\d.:/])(?P<h1>[0-2]?\d)(?::|\s?h\s?|\.)(?P<m1>[0-5]\d)(?![\d:/])(?!\.\d)"
    r"\s*(?P<ap1>a\.?m\.?|p\.?m\.?)?"
    r"|(?<![\d.:/])(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?<![\d.:/])(?P<h3>[0-2]?\d)\s*(?:uhr\b|h\b)"
    r"|\b(?:at|um|a las|a la|à|a)\s+(?P<h4>[0-2]?\d)\b(?!\s?h\s?\d)"
    r"(?![.:,]\d|\s*(?:%|[x×]\b|k\b|minutes?|min|mins|hours?|days?|weeks?|months?|years?|people|persons?"
    r"|candidates?|rounds?|interviews?|steps?|stages?|questions?|times|euros?|dollars?|pounds?|percent"
    r"|stunden?|minuten?|tagen?|tage|wochen?|monaten?|jahren?|personen|kandidat\w*|runden?|prozent"
    r"|horas?|días?|dias?|minutos?|semanas?|meses|mes|años?|personas?|candidat\w*|rondas?|por ciento"
    r"|heures?|jours?|semaines?|mois|ans|années?|personnes?|tours?|pour cent))"
    r"|\b(?P<noon>noon|midday|mittags|mediodía|midi)\b"
    r")",
    re.I,
)
# Common abbreviations; an ambiguous one gets its most common reading (IST: India). Left out on
# purpose: words that are also common acronyms near a time (ICT, GST, HST, CAT, EAT).
_TZ_ABBR: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "BRT": "America/Sao_Paulo",
    "GMT": "UTC",
    "UTC": "UTC",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "WEZ": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "OEZ": "Europe/Helsinki",
    "OESZ": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "WAT": "Africa/Lagos",
    "SAST": "Africa/Johannesburg",
    "PKT": "Asia/Karachi",
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "KST": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "AET": "Australia/Sydney",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}
_ABBR_ALT = "|".join(sorted(_TZ_ABBR, key=len, reverse=True))
_BARE_HOUR_TZ = re.compile(rf"(?<![\d.:/])(?P<h5>1[0-2]|0?[1-9])\s+(?=(?:{_ABBR_ALT})\b)")
# "GMT+1", "UTC-05:00", "(GMT+5:30)": a fixed offset
_OFFSET = r"(?P<sign>[+−-])\s*(?P<oh>1[0-4]|0?\d)(?::?(?P<om>[0-5]\d))?(?!\d)"
_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s*" + _OFFSET)
_TZ_WORDS: tuple[tuple[str, str], ...] = (  # multi-word names first: "Central European" is not "Central"
    (
        r"central europe(?:an)?|mitteleuropäische?|europe centrale|centroeurope[oa]|central europea",
        "Europe/Berlin",
    ),
    (r"eastern europe(?:an)?|osteuropäische?|europe de l'est", "Europe/Helsinki"),
    (r"western europe(?:an)?|westeuropäische?|europe de l'ouest", "Europe/Lisbon"),
    (r"india(?:n)? (?:standard )?time|kolkata|mumbai|bangalore|bengaluru|delhi|hyderabad", "Asia/Kolkata"),
    (r"eastern|new york|nueva york|new yorker|toronto|montr[ée]al|boston", "America/New_York"),
    (r"central|chicago", "America/Chicago"),
    (r"mountain|denver", "America/Denver"),
    (r"pacific|los angeles|san francisco|seattle|vancouver", "America/Los_Angeles"),
    (
        r"berlin|berliner|deutsche|german|munich|münchen|frankfurt|hamburg|vienna|wien|zurich|zürich"
        r"|amsterdam|stockholm|copenhagen|oslo|warsaw|prague|rome|milan",
        "Europe/Berlin",
    ),
    (r"paris|parisienne|france|française|bruxelles|brussels", "Europe/Paris"),
    (r"madrid|peninsular|españa|espagne|spain|barcelona", "Europe/Madrid"),
    (r"london|londres|uk|british|dublin|irish|ireland|lisbon|portugal", "Europe/London"),
    (r"singapore", "Asia/Singapore"),
    (r"tokyo|japan", "Asia/Tokyo"),
    (r"australian eastern|melbourne", "Australia/Sydney"),
)
_TZ_RE = re.compile(
    r"\b(?:GMT|UTC)\s*(?P<offset>" + _OFFSET + r")"
    r"|\b(?P<abbr>" + _ABBR_ALT + r")\b"
    r"|\b(?P<iana>(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
    r"|(?i:\b(?P<word>" + "|".join(w for w, _ in _TZ_WORDS) + r")(?:er)?(?:\s+(?:time|standard time"
    r"|daylight time|zeit|ortszeit))?\b)"
    r"|(?i:\b(?:hora de|heure de|ortszeit in|zeit in|time in)\s+(?P<place>[A-ZÀ-Ýa-zà-ÿ ]{3,20}))",
)


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _tz_from(match: re.Match[str]) -> tzinfo | None:
    if match.group("offset"):
        minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
        sign = -1 if match.group("sign") in "-−" else 1
        return timezone(timedelta(minutes=sign * minutes))
    if match.group("abbr"):
        return _zone(_TZ_ABBR[match.group("abbr")])
    if match.group("iana"):
        return _zone(match.group("iana"))
    text = (match.group("word") or match.group("place") or "").lower()
    for pattern, zone in _TZ_WORDS:
        if re.search(pattern, text):
            return _zone(zone)
    return None


# After a place name, words that make it an address, not a time zone: "our Berlin office".
_PLACE_NOUN = re.compile(
    r"\s+(?:office|offices|square|street|st\b|road|avenue|ave\b|campus|hq|headquarters|site|building|hub"
    r"|büro|niederlassung|standort|oficina|oficinas|sede|bureau|bureaux|locaux|siège)\b",
    re.I,
)


_CALENDAR_WORD = re.compile(_WD_ANY + "|" + _MONTHS + r"|Uhr|at|um|a|à", re.I)


def _part_of_a_name(text: str, m: re.Match[str]) -> bool:
    """ "Casa Madrid", "our Paris office": a place named in passing, not the zone of a time."""
    if not m.group("word") or re.search(r"\s+(?:time|standard|daylight|zeit|ortszeit)", m.group(0), re.I):
        return False
    prev = re.search(r"([A-Za-zÀ-ÿ'’]+)[ \t]+$", text[: m.start()])
    nxt = re.match(r"[ \t]+([A-Za-zÀ-ÿ]+)", text[m.end() :])
    word = prev.group(1) if prev else ""
    if word[:1].isupper() and not word.isupper() and not _CALENDAR_WORD.fullmatch(word):
        return True  # "Casa Madrid"
    if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() not in {"time", "standard", "daylight"}:
        return True  # "Paris Montparnasse", "Berliner Büro"
    return bool(_PLACE_NOUN.match(text, m.end()))


def _find_tz(text: str) -> tzinfo | None:
    for m in _TZ_RE.finditer(text):
        if _part_of_a_name(text, m):
            continue
        z = _tz_from(m)
        if z is not None:
            return z
    return None


@dataclass(frozen=True, slots=True)
class _Time:
    hour: int
    minute: int
    start: int
    end: int


# Said after a time, these settle the half of the day: "at 9 in the evening", "um 8 Uhr abends".
_DAY_PART = re.compile(
    r"\s*(?:uhr\b|h\b|o'?clock\b)?\s*"
    r"(?:(?P<am>in the morning|(?:am )?morgens|vormittags?|früh|de la mañana|du matin)"
    r"|(?P<pm>in the (?:afternoon|evening)|tonight|(?:am )?nachmittags?|abends|de la tarde|de la noche"
    r"|de l'après-midi|du soir))\b",
    re.I,
)


def _times(text: str) -> list[_Time]:
    out: list[_Time] = []
    text = _OFFSET_RE.sub(lambda m: " " * len(m.group(0)), text)  # "GMT+5:30" is a zone, not a time
    for m in _TIME_RE.finditer(text):
        if m.group("noon"):
            out.append(_Time(12, 0, m.start(), m.end()))
            continue
        h = m.group("h1") or m.group("h2") or m.group("h3") or m.group("h4")
        if h is None:
            continue
        hour = int(h)
        minute = int(m.group("m1") or 0)
        ap = (m.group("ap1") or m.group("ap2") or "").lower().replace(".", "")
        if hour > 23 or minute > 59:
            continue
        if not ap:  # a range such as "1:00 - 2:30 PM" lends its meridiem to the start
            tail = re.match(
                r"\s*(?:-|–|—|to|bis|a|à|hasta)\s*\d{1,2}(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)",
                text[m.end() :],
                re.I,
            )
            if tail:
                ap = tail.group(1).lower().replace(".", "")
        if not ap:
            part = _DAY_PART.match(text, m.end())
            if part:
                ap = "am" if part.group("am") else "pm"
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        elif not ap and m.group("h1") is None and 1 <= hour <= 7:
            hour += 12  # "at 3": business hours, so the afternoon
        elif not ap and m.group("h1") is not None and 1 <= hour <= 6 and m.group(0)[len(h)] == ":":
            hour += 12  # "2:00 Eastern"
        out.append(_Time(hour, minute, m.start(), m.end()))
    for m in _BARE_HOUR_TZ.finditer(text):
        if not any(t.start <= m.start() < t.end for t in out):
            hour = int(m.group("h5"))
            out.append(_Time(hour + 12 if 1 <= hour <= 7 else hour, 0, m.start(), m.end()))
    return sorted(out, key=lambda t: t.start)


_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "heute": 0,
    "hoy": 0,
    "aujourd'hui": 0,
    "ce soir": 0,
    "tomorrow": 1,
    "morgen": 1,
    "mañana": 1,
    "demain": 1,
    "the day after tomorrow": 2,
    "übermorgen": 2,
    "pasado mañana": 2,
    "après-demain": 2,
}


def _weekday_in(phrase: str) -> int | None:
    for word in re.findall(r"[a-zéáíóúäöüñ]+", phrase.lower()):
        if word in _WD_NAMES:
            return _WD_NAMES[word]
        if word in _WD_ABBR:
            return _WD_ABBR[word]
    return None


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: datetime, lang: str) -> date | None:
    order = "MDY" if lang == "en" and not re.search(r"\d\.\d", phrase) else "DMY"
    languages = [lang] if lang == "en" else [lang, "en"]
    try:
        parsed = dateparser.parse(
            phrase,
            languages=languages,
            settings={
                "RELATIVE_BASE": base,
                "PREFER_DATES_FROM": "future",
                "DATE_ORDER": order,
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:  # dateparser on odd input: no date rather than a crash
        return None
    return parsed.date() if isinstance(parsed, datetime) else None


def _numeric_date(phrase: str, base: date, lang: str) -> date | None:
    """12.03.2026, 12.03., 2026-03-12, 3/12 (US order in English, day first elsewhere)."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", phrase)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.search(r"(\d{1,2})([./])(\d{1,2})(?:[./](\d{2,4}))?", phrase)
        if not m:
            return None
        a, b = int(m.group(1)), int(m.group(3))
        d, mo = (b, a) if m.group(2) == "/" and lang == "en" and a <= 12 else (a, b)
        y = int(m.group(4)) if m.group(4) else 0
        if 0 < y < 100:
            y += 2000
    try:
        if y:
            return date(y, mo, d)
        candidate = date(base.year, mo, d)
        return candidate if candidate >= base - timedelta(days=1) else date(base.year + 1, mo, d)
    except ValueError:
        return None


_NEXT_WORD = re.compile(r"\b(next|nächsten?|próximo|proximo|prochain|que viene)\b")


def resolve_date(phrase: str, base: date, lang: str) -> date | None:
    """A date phrase read against the writer's local date (future preferred)."""
    p = " ".join(phrase.lower().split())
    if p in _RELATIVE_DAYS:
        return base + timedelta(days=_RELATIVE_DAYS[p])
    wd = _weekday_in(p)
    nth = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)\b", p)
    has_month = re.search(_MONTHS, p, re.I) is not None and re.search(r"\d", p) is not None
    if wd is not None and not nth and not has_month:
        # "el viernes 27", "Freitag, den 27.": the next Friday the 27th, when one is near
        bare = re.search(r"(?<![\d./:-])([0-3]?\d)(?:\.|º|°|er)?(?![\d./:-]?\d)", p)
        if bare and 1 <= int(bare.group(1)) <= 31:
            days = [
                d for d in (base + timedelta(days=k) for k in range(1, 62)) if d.day == int(bare.group(1))
            ]
            same_weekday = [d for d in days if d.weekday() == wd]
            if same_weekday or days:
                return (same_weekday or days)[0]
    if nth and not has_month:  # "Monday the 2nd", "the 12th": the next such day of a month
        day = int(nth.group(1))
        d = base
        fallback: date | None = None
        for _ in range(400):
            d += timedelta(days=1)
            if d.day == day:
                if wd is None or d.weekday() == wd:
                    return d
                if fallback is None:
                    fallback = d
        return fallback
    if wd is not None and not re.search(r"\d", p):  # a weekday: the next one after today
        ahead = (wd - base.weekday()) % 7 or 7
        if ahead == 1 and _NEXT_WORD.search(p):
            ahead = 8  # "next Monday" written on a Sunday: tomorrow would be "tomorrow"
        return base + timedelta(days=ahead)
    numeric = _numeric_date(p, base, lang)
    if numeric is not None and wd is not None and numeric.weekday() != wd:
        # "Wednesday 11/03": the weekday tells day-first from month-first
        other = _numeric_date(p, base, "de" if lang == "en" else "en")
        if other is not None and other.weekday() == wd:
            return other
    if numeric is not None:
        return numeric
    cleaned = re.sub(r"\b(the|der|den|am|el|le|of)\b\s*", " ", p)
    cleaned = re.sub(r"(\d)(st|nd|rd|th|º|°)\b", r"\1", cleaned)
    cleaned = " ".join(cleaned.replace(",", " , ").split()).replace(" ,", ",")
    return _dateparser(cleaned, datetime.combine(base, time(12)), lang)


@dataclass(frozen=True, slots=True)
class Slot:
    """A date (and usually a time) found in one sentence."""

    day: date  # in the writer's (or stated) zone
    at: datetime | None  # aware, when a time was given
    sentence: str
    index: int  # sentence number within the text


def find_slots(text: str, *, base: datetime, tz: tzinfo, lang: str = "en") -> list[Slot]:
    """Every date in `text` with its time and zone, resolved against `base` (the message Date).

    A date alone on a line is joined with a time that starts the next line
    ("Tuesday, February 3, 2026" / "9:30 AM - 10:30 AM EST"). Each date takes
    the nearest time on its side of the neighbouring dates ("Monday at 10 or
    Tuesday at 2").
    """
    sents = sentences(text)
    out: list[Slot] = []
    for i, s in enumerate(sents):
        dates = list(_DATE_RE.finditer(s))
        times = _times(s)
        for k, dm in enumerate(dates):
            lo = dates[k - 1].end() if k > 0 else 0
            hi = dates[k + 1].start() if k + 1 < len(dates) else len(s)
            after = [t for t in times if dm.end() <= t.start < hi and t.start - dm.end() <= 60]
            before = [t for t in times if lo <= t.start and t.end <= dm.start() and dm.start() - t.end <= 60]
            if k > 0 and not after:
                before = []  # "Monday at 10 or Tuesday": the time belongs to Monday
            window = s
            near = ""
            chosen: _Time | None = after[0] if after else (before[0] if before else None)
            if chosen is not None:
                near = s[chosen.start : chosen.start + 60]
            elif i + 1 < len(sents) and k == len(dates) - 1:
                nxt = sents[i + 1]
                nt = _times(nxt)
                if nt and nt[0].start <= 3 and not _DATE_RE.search(nxt[: nt[0].start + 1]):
                    chosen = nt[0]
                    window = s + " " + nxt
                    near = nxt[:60]
            stated = (_find_tz(near) or _find_tz(window)) if chosen is not None else None
            zone = stated or tz
            local_base = base.astimezone(stated).date() if stated else base.date()
            day = resolve_date(dm.group("date"), local_base, lang)
            if day is None:
                continue
            at = None
            if chosen is not None:
                at = datetime.combine(day, time(chosen.hour, chosen.minute), tzinfo=zone)
            out.append(Slot(day, at, s, i))
    return out


# --- what a sentence does -----------------------------------------------------

_CONFIRM = re.compile(
    r"\b(confirm\w*|scheduled|booked|locked in|all set|is set|see you (on|then|at)|invite is attached"
    r"|invitation is attached|attached (an |the |a )?(calendar )?invit\w+|calendar invit\w+ (is )?attached"
    r"|here'?s the invite|it is!|it's a date|we're set"
    r"|you're on the calendar|bestätig\w*|fest(halten|gehalten)?"
    r"|eingeplant|gebucht|einladung .{0,30}anhang|confirmad\w*|agendad\w*|programad\w*|reservad\w*"
    r"|confirmé\w*|prévu\w*|calé\w*|fixé\w*|réservé\w*|c'est noté)\b|\bit is!|\bhalten wir\b"
    r"|\blooking forward to (speaking|talking|meeting|chatting|seeing you|our (call|chat|conversation))"
    r"|\bsent (you )?(a |an |the )?(calendar )?invit\w*|\bit is[.!]|\byou'?re all set\b"
    r"|\b(I|we)('ll| will) (call|ring|phone|see|meet) you\b|\b(put|pencil+ed) you (in|down)\b"
    r"|\bich rufe sie\b|\bwir rufen sie\b|\bte llamar\w+|\bje vous appellerai\b|\bnous vous appellerons\b"
    r"|\btalk (to you )?(then|on)\b|\bfreue mich auf\b|\bfreuen uns auf\b|\bnos vemos\b|\bau plaisir\b"
    # a settled slot stated as a fact: "will take place", "findet ... statt", "aura lieu", "será el"
    r"|\b(look|looking) forward to (seeing|meeting|speaking with|talking (to|with)) you\b|\bit is\s*[-–—,]"
    r"|\b(will|is going to) take place\b|\bis on the calendar\b|\bon (the|your|our) calendar for\b"
    r"|\byou('ll| will) (be )?(meet|meeting|speak|speaking|talk|talking) (with|to)\b"
    r"|\bfindet\b.{0,60}\bstatt\b|\bwir sehen uns\b|\beinladung\b.{0,40}\b(geschickt|gesendet|verschickt)\b"
    r"|\b(tendrá lugar|será el|quedamos (el|a las|en)|esperamos verte|te esperamos|le esperamos)\b"
    r"|\b(aura lieu|se déroulera|se tiendra|rendez-vous (le |à )?(lundi|mardi|mercredi|jeudi|vendredi)"
    r"|je vous attends|nous vous attendons)\b",
    re.I,
)
_ACCEPT = re.compile(
    r"\b(works?( well| great| perfectly| fine| for me| for us"
    r"| for both)?|is perfect|perfect|looks good|sounds"
    r" (good|great|perfect)|suits me|i'?ll be there|see you then|count me in|that'?s fine|is fine"
    r"|passt|geht klar|geht in ordnung|einverstanden|perfekt|me va bien|me viene bien|me parece bien"
    r"|perfecto|de acuerdo|ça me va|me convient|parfait|d'accord|je serai (là|disponible)|très bien)\b",
    re.I,
)
_ACCEPT_ALONE = re.compile(
    r"\b(works( well| great| perfectly| fine)?( for me| for us)?|that works|perfect|sounds (good"
    r"|great|perfect)"
    r"|see you then|passt (mir|gut|perfekt)|das passt|geht klar|einverstanden|me va bien|me viene bien"
    r"|perfecto|de acuerdo|ça me va|me convient|parfait|c'est parfait|d'accord)\b",
    re.I,
)
_ACCEPT_TIMED = re.compile(  # said next to a time, these accept it
    r"\b(see you|yes|yep|sure|great|ok|okay|fine by me|gern|gerne|klingt gut|genial|sí|me encaja|oui"
    r"|volontiers|ça marche|c'est bon|entendu|booked|grabbed|scheduled|picked|reserved|signed up for|gebucht"
    r"|reservado|agendé|réservé)\b",
    re.I,
)
_OWNER_CONFIRM = re.compile(  # the owner confirming a slot the employer offered accepts it
    r"\b(I('m| am)? (happy |glad |pleased )?(to )?confirm\w*|confirmed|(hereby |gladly |gerne? )?confirm(ing)?"
    r"|bestätige\w*|bestätigt|confirmo|confirmad[oa]|queda confirmad[oa]|je (vous |te )?confirme"
    r"|c'est confirmé|confirmé\w*)\b",
    re.I,
)
_NOT_CONFIRMED = re.compile(
    r"\b(please|could you|can you|would you|once|if|when|to be|yet to be|not|bitte|können sie|könnten sie"
    r"|por favor|puedes|podrías|merci de|pourriez-vous|pouvez-vous|si)\b.{0,25}\b(confirm|bestätig|confirm)\w*"
    r"|\b(confirm|bestätig)\w*\b.{0,80}\b(once|as soon as|after I|when I|if|sobald|wenn|falls|cuando|en cuanto"
    r"|si|dès que|quand)\b",
    re.I,
)
# Plain ways to take a slot that was offered ("I'm available then", "Ja, da habe ich Zeit",
# "Allí estaré", "Avec plaisir"); with a date they must name the day that was offered.
_ACCEPT_PLAIN = re.compile(
    r"\b(I'?m (available|free)( then| at that time| that day)?|I am (available|free)|I can make (it|that)"
    r"|I can do (that|it|then|this)|happy to (do|take|go with|confirm)|glad to (do|take)|I'?ll take"
    r"|I'?d (like|love) to take|(absolutely|definitely|of course|gladly|with pleasure)\b"
    r"|(it is|it's a date)[.!]|talk (to you )?then|see you (then|there)|I'?ll be there"
    r"|(da |dann )?habe ich zeit|ich habe (da |dann )?zeit|ich bin dabei|bin ich dabei|ich kann (da|dann)"
    r"|sehr gerne?|ich komme gerne?|allí estaré|ahí estaré|estaré allí|estoy disponible|con gusto|claro que sí"
    r"|cuenta conmigo|je suis disponible|avec plaisir|j'y serai|je serai présente?|c'est noté|entendu)",
    re.I,
)
_DECLINE = re.compile(
    r"\b(except|apart from|other than|außer|ausgenommen|excepto|salvo|menos|sauf|hormis)\b"
    r"|\b(doesn'?t|does not|won'?t|will not|can'?t|cannot|can not|don'?t|isn'?t|not) (work|make|suit|do)\b"
    r"|\bunfortunately\b|\bleider\b|\bpasst (mir |uns )?(leider )?nicht\b|\bgeht nicht\b|\bno (me )?(va|viene"
    r"|puedo)\b|\blamentablemente\b|\bne (me )?(convient|peux|va) pas\b|\bmalheureusement\b|\bconflict\b"
    r"|\bif (not|that|this|none|the time|it)\b.{0,30}\b(doesn'?t|does not|don'?t|isn'?t|won'?t)\b"
    r"|\bfalls\b.{0,40}\bnicht\b|\bsi no\b|\bsinon\b|^\s*(if|falls|si)\b",
    re.I,
)
_INVITED = re.compile(
    r"\b(invite you (to|for)|inviting you (to|for)|scheduled|booked|confirm\w*|einladen|eingeplant"
    r"|invitarte|invitarle|vous inviter|convier)\b",
    re.I,
)
_RESCHEDULE = re.compile(
    r"\b(move|moved|reschedul\w*|push (it|this|the)|postpone\w*|new time|instead|verschieb\w*|verleg\w*"
    r"|reprogram\w*|cambiar la (fecha|hora)|mover|déplacer|reporter|décaler|report)\b",
    re.I,
)
_CANCEL = re.compile(
    r"\b((need|have|had) to cancel|(has|have) been cancel+ed|is cancel+ed|are cancel+ing|we'?re cancel+ing"
    r"|I'?m cancel+ing|wurde abgesagt|müssen .{0,30}absagen|ha sido cancelad\w+|hemos cancelado"
    r"|a été annulé\w*|devons annuler)\b",
    re.I,
)
_INTERVIEWISH = re.compile(
    r"\b(\w*interview\w*|call\w*|chat\w*|conversation|screen\w*|onsite|on-site|round|session|meet\w*|talk\w*"
    r"|speak\w*|video|zoom|teams|phone|panel|intro\w*|\w*gespräch\w*|\w*termin\w*|treffen|entrevista|llamada"
    r"|reunión|charla|entretien|appel|rendez-vous|échange|visio|invit\w*|einladung\w*|invitaci\w+)\b"
    r"|\b\d+[- ]?(min|mins|minute|minutes|minuten|minutos)\b",
    re.I,
)


# --- reply-by -----------------------------------------------------------------

_RB_TRIGGER = re.compile(
    r"(get back to you|hear back|hear from (us|me)|hören|hörst|tendrás noticias"
    r"|tendrá noticias|aurez (une réponse|des nouvelles|un retour)|répond\w*|antwort\w*|respond\w*|contestar\w*"
    r"|be in touch|reach out|let you know|update|decision|decide|answer|feedback"
    r"|news|respond|response|come back to you|follow up with you|next steps|circle back|touch base"
    r"|melden|rückmeldung|bescheid|entscheidung|entscheiden|zurückkommen|informieren|feedback|antwort"
    r"|respuesta|noticias|decisión|decidir|contactar\w*|informar\w*|comunicar\w*|volveremos|escribir\w*"
    r"|diremos|novedades|réponse|retour|reviendr\w+|revenir vers vous|revenons vers vous|nouvelles"
    r"|décision|informé\w*"
    r"|recontact\w*|contacter\w*|ferons signe)",
    re.I,
)
_RB_FROM_OWNER = re.compile(
    r"\b(from you|your (answer|decision|response|reply)|(love|like|need|appreciate|want) (an|your) "
    r"(answer|decision|response)|please (let us know|reply|respond|confirm)|could you|can you|would you"
    r"|if you|von ihnen|ihre (antwort|entscheidung)|tu respuesta|su respuesta|votre (réponse|décision)"
    r"|bitte (antworten|bestätigen|melden sie|teilen sie|geben sie)|(antworten|melden|bestätigen) sie (uns )?bitte"
    r"|por favor,? (responde|contesta|confirma|dinos|avísanos|indícanos)|merci de (nous )?(répondre|confirmer"
    r"|faire savoir|revenir)|veuillez (nous )?(répondre|confirmer|revenir))\b",
    re.I,
)
_NUM_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "a couple of": 2,
    "a couple": 2,
    "a few": 3,
    "few": 3,
    "einer": 1,
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "eight": 8,
    "fourteen": 14,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "zehn": 10,
    "vierzehn": 14,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "diez": 10,
    "quince": 15,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "quinze": 15,
}
_NUM = (
    r"(?:\d+|a couple of|a couple|a few|an?|one|two|three|four|five|six|seven|eight|ten|fourteen|einer|ein|eine"
    r"|einem|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|vierzehn|un|una|uno|dos|tres|cuatro|cinco|seis|siete"
    r"|ocho|diez|quince|une|deux|trois|quatre|cinq|sept|huit|dix|quinze)"
)
_RB_WITHIN = re.compile(
    rf"\b(?:within|in the next|over the next|in|innerhalb(?: von| der nächsten)?|in den nächsten|binnen"
    rf"|dentro de|en los próximos|en las próximas|en (?:un|el) plazo (?:máximo )?de|en|sous|dans les"
    rf"|dans un délai de|d'ici)\s+(?:{_NUM}\s*(?:-|–|to|or|bis|oder|a|o|y|à|ou)\s*)?(?P<n>{_NUM})\s+(?P<biz>business |working |"
    r"Werk|Arbeits|días hábiles |jours ouvrés |hábiles )?(?P<unit>days?|weeks?|tage?n?|wochen|woche|días"
    r"|dias|semanas?|jours|semaines?)\b",
    re.I,
)
_RB_END_WEEK = re.compile(
    r"\b(?:by |before |at |around )?(?:the )?(?P<when>mid[- ]next week|(?:the )?middle of next week"
    r"|mitte (?:der )?nächste[rn]? woche|a mediados de la (?:próxima semana|semana que viene)"
    r"|(?:au )?milieu de la semaine prochaine|end of (?:the |this )?week|end of next week"
    r"|end of the (?:next|following) week|early next week|next week|later this week|this week"
    r"|end of (?:the |this )?month|bis ende (?:dieser|der) woche|bis ende nächster woche|ende nächster woche"
    r"|anfang nächster woche|nächste woche|diese woche"
    r"|a finales de (?:la )?(?:próxima semana|semana que viene)"
    r"|a finales de (?:esta|la) semana|la próxima semana|la semana que viene|esta semana"
    r"|(?:d'ici )?(?:la )?fin de (?:la )?semaine prochaine|(?:d'ici )?(?:la )?fin de (?:la|cette) semaine"
    r"|la semaine prochaine|début de la semaine prochaine|cette semaine)\b",
    re.I,
)
_RB_BY_DATE = re.compile(
    r"\b(?:by|before|no later than|not later than|(?:at the )?latest by|on or before|until|on"
    r"|bis(?: zum| spätestens)?(?: am| zum)?|spätestens(?: am| bis)?(?: zum| am)?"
    r"|antes del?|para el|hasta el|(?:como )?muy tarde(?: el| para el)?|(?:a )?lo más tarde(?: el)?"
    r"|a (?:lo )?más tardar(?: el)?"
    r"|d'ici(?: le)?|avant le|au plus tard(?: le| d'ici)?)\s+(?P<what>.{3,40})",
    re.I,
)
# "at the latest" after the date: "on Friday 27th at the latest", "el viernes 27 como muy tarde"
_RB_LATEST = re.compile(
    r"\b(?:at the latest|at latest|(?:como )?muy tarde|a (?:lo )?más tardar|lo más tarde|au plus tard"
    r"|spätestens)\b",
    re.I,
)


def _add_business_days(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


_RB_PREP = re.compile(
    r"(?:\b(?:by|before|until|around|in|at|bis|vor|a|para|antes de|d'ici|avant|pour)\s+(?:the\s+|la\s+)?)$",
    re.I,
)


def _end_of_period(sentence: str, local: date) -> date | None:
    """ "by end of next week", "bis Ende nächster Woche", "d'ici la fin de la semaine prochaine" ..."""
    for m in _RB_END_WEEK.finditer(sentence):
        w = m.group("when").lower()
        nxt = any(k in w for k in ("next", "nächst", "próxima", "que viene", "prochaine", "following"))
        end_of = any(k in w for k in ("end", "ende", "finales", "fin "))
        if not (nxt or end_of or _RB_PREP.search(sentence[: m.start("when")])):
            continue  # "we're interviewing this week": not a promise
        monday = local - timedelta(days=local.weekday())
        if any(k in w for k in ("mid", "mitte", "mediados", "milieu")):
            return monday + timedelta(days=(9 if nxt else 2))  # Wednesday
        if "month" in w:
            first_next = (local.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first_next - timedelta(days=1)
        if any(k in w for k in ("early", "anfang", "début")):
            return monday + timedelta(days=8)
        return monday + timedelta(days=(11 if nxt else 4))
    return None


_RB_END_MONTH = re.compile(
    r"\b(?:(?:by |before |until |at )?(?:the )?end of|(?:bis )?(?:zum )?ende|(?:a |para )?finales de"
    r"|(?:para |antes de )?fin(?:ales)? de|(?:d'ici |avant )?(?:la )?fin(?: d'| de | )?)\s*"
    r"(?P<month>" + _MONTHS + r")",
    re.I,
)


def _end_of_named_month(sentence: str, local: date, lang: str) -> date | None:
    """ "by the end of April", "spätestens Ende April", "a finales de abril", "d'ici fin avril"."""
    m = _RB_END_MONTH.search(sentence)
    if not m:
        return None
    first = resolve_date(f"1 {m.group('month')}", local, lang) or resolve_date(
        f"1 {m.group('month')}", local, "en"
    )
    if first is None:
        return None
    year = local.year if first.month >= local.month else local.year + 1
    after = date(year + (first.month == 12), first.month % 12 + 1, 1)
    return after - timedelta(days=1)


_NEXT_DAY_PHRASE = re.compile(
    rf"^(next|coming|nächsten|kommenden|el próximo|próximo|el proximo)\s+{_WD}$|^{_WD}\s+(prochain|que viene"
    r"|próximo)$"
)


def _latest_date(sentence: str, local: date, lang: str) -> date | None:
    """The date next to "at the latest" / "como muy tarde" / "au plus tard" / "spätestens", if any."""
    starts = [m.start() for m in _RB_LATEST.finditer(sentence)]
    if not starts:
        return None
    ends = [m.end() for m in _RB_LATEST.finditer(sentence)]
    near: list[tuple[int, str]] = []
    for dm in _DATE_RE.finditer(sentence):
        after = bisect_left(starts, dm.end())  # the first marker that starts after the date
        gaps = [starts[after] - dm.end()] if after < len(starts) else []
        before = bisect_right(ends, dm.start()) - 1  # the last marker that ends before it
        gaps += [dm.start() - ends[before]] if before >= 0 else []
        if gaps and min(gaps) <= 30:
            near.append((min(gaps), dm.group("date")))
    for _, phrase in sorted(near)[:5]:
        cand = resolve_date(phrase, local, lang)
        if cand is not None and cand > local:
            return cand
    return None


_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n(?=[ \t]*[a-zà-ÿ'’])")


def find_reply_by(text: str, *, base: datetime, tz: tzinfo, lang: str = "en") -> list[tuple[date, str]]:
    """Dates the writer says *they* will answer by ("we'll get back to you by Friday")."""
    out: list[tuple[date, str]] = []
    local = base.date()
    # A promise hard-wrapped over lines ("nous reviendrons vers vous\nd'ici le 20 avril") is one sentence.
    text = _SOFT_BREAK.sub(" ", text)
    for s in sentences(text):
        if not _RB_TRIGGER.search(s) or _RB_FROM_OWNER.search(s):
            continue
        found: date | None = None
        for m3 in _RB_BY_DATE.finditer(s):
            dm = _DATE_RE.search(m3.group("what"))
            if dm and dm.start() <= 4:
                cand = resolve_date(dm.group("date"), local, lang)
                if cand is not None and cand > local:
                    found = cand
                    break
        if found is None:
            found = _latest_date(s, local, lang)
        if found is None:  # "we'll share feedback next Tuesday", "nous reviendrons vers vous jeudi prochain"
            for dm in _DATE_RE.finditer(s):
                phrase = dm.group("date").lower()
                if _NEXT_DAY_PHRASE.search(phrase):
                    cand = resolve_date(dm.group("date"), local, lang)
                    if cand is not None and cand > local:
                        found = cand
                        break
        m = _RB_WITHIN.search(s) if found is None else None
        if m:
            raw_n = m.group("n").lower()
            n = int(raw_n) if raw_n.isdigit() else _NUM_WORDS.get(raw_n)
            unit = m.group("unit").lower()
            if n is not None:
                if unit.startswith(("week", "woche", "seman", "semai")):
                    found = local + timedelta(weeks=n)
                elif m.group("biz"):
                    found = _add_business_days(local, n)
                else:
                    found = local + timedelta(days=n)
        if found is None:
            found = _end_of_period(s, local) or _end_of_named_month(s, local, lang)
        if found is not None and found >= local:
            out.append((found, s))
    return out


# --- outcomes -------------------------------------------------------------------

_REJECTED = re.compile(
    r"not (to )?(be )?mov(e|ing) forward|won'?t be mov\w+ forward|will not be mov\w+ forward"
    r"|mov(e|ing) forward with (other|another) (candidate|applicant)s?|pursue other candidates"
    r"|(go|going|gone|proceed|proceeding) with (another|other|a different) (candidate|applicant)"
    r"|(extend|extended|make|made) (an|the) offer to (another|a different) candidate"
    r"|not (be )?(proceeding|progressing|continuing)|no longer (being )?considered|not been selected"
    r"|were not selected|not selected|decided not to (proceed|continue|pursue|progress|offer)"
    r"|unable to (offer you|move you forward|progress)|regret to inform|position has (now )?been filled"
    r"|role has (now )?been filled|decided to close (the|this) (role|position|req)|not (a|the) (right )?fit"
    r"|(?<!if )(?<!if it's )(?<!whether it's )\bit'?s a no\b|they passed|decided to pass"
    r"|leider (mitteilen|absagen|nicht)|(uns|sich) für (eine|einen) andere\w* (kandidat|bewerber)\w*"
    r"|nicht (weiter )?berücksichtig|absage|nicht in die engere auswahl|anderweitig besetzt"
    r"|no (continuar|seguir adelante|avanzar)|seguir con otr[oa]s candidat"
    r"|(elegido|seleccionado|escogido|optado por|decantado por|decidido por|quedado con|contratado|incorporado)"
    r" (a )?(otr[oa]s?|un[oa]?) (\w+ )?(candidat|perfil|persona)\w*"
    r"|(ofrecido|ofrecer|dado|adjudicado|asignado) (el|la|este|esta) (puesto|posición|plaza|vacante|rol)"
    r" a (otr[oa]|un[oa]? |alguien)|(el puesto|la posición|la plaza|la vacante) (ya )?(ha sido|fue|está)"
    r" (cubiert[oa]|ocupad[oa])"
    r"|lamentamos (informarte|informarle|comunicarte)|no has? sido seleccionad|(ha|hemos) decidido no"
    r"|ne pas donner suite|pas (pu )?donner suite|retenu (un |une )?autre|pas été retenue?"
    r"|(choisi|sélectionné|privilégié|préféré|recruté|retenu|opté pour|orienté vers|porté notre choix sur"
    r"|fait le choix d'?|donner notre accord à) (un |une |d'|l')? ?autres? (candidat|profil|personne)"
    r"|(proposé|offert|attribué|confié) (le|ce) (poste|rôle) à (un|une|d'autres|quelqu'un|l'autre)"
    r"|(le|ce) poste (a été|est (désormais |maintenant )?|a finalement été) (pourvu|attribué)"
    r"|réponse (négative|défavorable)"
    r"|regrettons de vous informer|ne sommes pas en mesure de (poursuivre|retenir)"
    r"|pas (été )?sélectionné"
    r"|(move|moving|go|going) in a different direction|decided to go another way|\bunsuccessful\b"
    r"|(won'?t|will not|not) be (progressing|proceeding|taking (your application|this|things) (any )?further)"
    r"|not able to offer you|other (candidates|applicants) whose (experience|skills|background|profile)"
    r"|no longer (moving|able to move) forward|closed (the|this) (role|position) (without|internally)"
    r"|keine zusage|nicht berücksichtigen|haben uns (leider )?(gegen|für) .{0,40}entschieden"
    r"|no (podemos|vamos a) (avanzar|continuar)|no ha(s)? sido (seleccionad|elegid)|decidido (seguir"
    r"|avanzar) con"
    r"|nous ne (pouvons|pourrons) pas (donner suite|retenir)|avons décidé de ne pas"
    r"|(chose|chosen|selected|hired) (another|a different|someone|an(other)? internal) (candidate|applicant)"
    r"|went with (another|a different|someone)"
    r"|(offered|given|awarded|extended) (the|this) (role|position|job|post|offer) to (another|someone|somebody"
    r"|an?( \w+)? (candidate|applicant|person)|one of the other|an internal)"
    r"|(gone|went|decided to go) (ahead )?with (someone|somebody|an internal (candidate|applicant|hire)"
    r"|(another|a different) (candidate|applicant|person))"
    r"|(stelle|position|rolle)\b.{0,40}\b(an|mit) (eine[nmr]? (anderen?|internen?)|jemand(em|en)? ander\w*)\b"
    r".{0,30}\b(vergeben|besetzt|besetzen)"
    r"|(stelle|position) (wurde|ist|haben wir) (bereits |inzwischen |mittlerweile )?(anderweitig |intern )?"
    r"(vergeben|besetzt)"
    r"|(role|position) (has been|was) filled|filled the (role|position)"
    r"|leider .{0,40}(mitteilen|absagen|nicht berücksichtigen|keine)|continuar con otr[oa]s (candidat|perfil)"
    r"|otros perfiles|no podemos (avanzar|continuar|seguir)"
    r"|(decided|chosen|choose) to pursue (other )?(candidates|applicants)|pursue other (candidates|applicants)"
    r"|not (to )?(be )?mov(e|ing) ahead|won'?t be mov\w+ ahead|(not able|unable) to (move|go) (forward|ahead)"
    r"|(won'?t|will not|not) be (mov|progress|advanc)\w+ (you )?(on )?(to|into) the next (stage|round|step)"
    r"|(won'?t|will not|not) be taking (your application|your candidacy|you|this|things|it) (any )?forward"
    r"|go(ing)? with (a|another) (candidate|applicant|person) (whose|who|with)"
    r"|(it'?s|it is|was) not (a|the right) (good |strong )?match"
    r"|(mit|für) (den )?anderen? (kandidat|bewerber)\w*(:innen|\*innen)? (fortzusetzen|fortsetzen|fortfahren"
    r"|weiterzumachen|weitermachen|zu entscheiden|entschieden)|anderen? (kandidat|bewerber)\w* (den )?vorzug"
    r"|donner\w* pas suite|(poursuivre|continuer) avec (un autre|d'autres) (profil|candidat)\w*"
    # "decided not to move you forward to the onsite", "went with candidates with more ... experience"
    r"|\bnot (to )?(be )?(mov|tak|bring|progress|advanc)\w* you (forward|further|ahead|on\b|to the next|through)"
    r"|\b(went|gone|go|going|decided to go) (ahead )?with (other |stronger |more (\w+ ){0,2})?(candidates|applicants)"
    r" (with|who|whose|that)\b"
    r"|\bSie nicht (weiter|in die nächste (runde|phase|stufe)|zum (vor-ort|finalen|nächsten))"
    r"|\b(haben|hat) sich (\w+ ){0,3}für (andere |weitere )?(kandidat|bewerber)\w* (mit|entschieden)"
    r"|\b(optado|decantado|decidido|apostado) por (otr[oa]s )?(candidat|perfil)\w* (con|que|más)"
    r"|\bdecidido no (avanzar|seguir|continuar) (contigo|con usted|con tu|con su)"
    r"|\bdécidé de ne pas (vous|poursuivre|continuer|donner)"
    r"|\b(retenu|privilégié|choisi|préféré) des (candidat|profil)\w* (avec|plus|ayant|dont|qui)",
    re.I,
)
# Bad news without the word "rejected" ("sorry to be writing with disappointing news"): a rejection
# unless the same sentence is about a delay or a new time.
_REJECTED_NEWS = re.compile(
    r"(sorry|afraid|regret\w*|sad|unfortunately)\b.{0,60}\b(disappointing|bad|unwelcome|difficult) news\b"
    r"|\b(not|isn'?t|wasn'?t) the news you (were |had been )?hoping (for|to hear)"
    r"|(keine|leider keine|nicht die) (guten|positiven|erfreulichen|erhofften) nachrichten"
    r"|enttäuschende nachricht\w*|schlechte nachricht\w*"
    r"|no (te |le |os )?(traigo|traemos|tengo|tenemos|son) (buenas|las) noticias|no (poder )?(traerte|darte"
    r"|traerle|darle) (buenas|mejores|otras) noticias|(malas|tristes|no muy buenas) noticias"
    r"|noticias (decepcionantes|poco alentadoras)"
    r"|pas (avoir |de |les |une )?(de )?(bonne|bonnes|meilleures) nouvelles|nouvelles? décevantes?"
    r"|(mauvaise|triste)s? nouvelles?",
    re.I,
)
_NEWS_ABOUT_SCHEDULE = re.compile(
    r"\b(delay\w*|reschedul\w*|postpon\w*|move|moved|push\w* back|sick|ill|cancel\w*|verschieb\w*|verleg\w*"
    r"|verzögerung\w*|krank|retras\w*|aplaz\w*|reprogram\w*|enferm\w*|retard|report\w*|décal\w*|malade"
    r"|annul\w*)\b",
    re.I,
)
_OFFER = re.compile(
    r"(pleased|happy|delighted|excited|thrilled) to (extend|offer|make)\b.{0,60}\boffer|offer you the\b"
    r"|(like|love|want) to (extend|make) you an offer|(like|love|happy) to offer you|extend(ing)? (you )?an"
    r" offer|offer letter (is attached|attached|will (come|follow))|formal offer|verbal offer"
    r"|ihnen (gern |gerne )?(ein|das|unser) (vertrags)?angebot"
    r"|ihnen die stelle anbieten|zusage für die stelle"
    r"|ofrecerte (el|la) (puesto|posición|plaza)|oferta (formal|de trabajo|de empleo)|ofrecerle el puesto"
    r"|vous proposer le poste|offre d'emploi|proposition d'embauche|promesse d'embauche"
    r"|vous faire une (offre|proposition)|(would|'d) like to offer you|offer of employment|your offer letter"
    r"|(pleased|happy|delighted|excited|thrilled) to offer\b|nos complace ofrecerte|queremos ofrecerte"
    r"|freuen uns,? ihnen .{0,40}anzubieten|avons le plaisir de vous (proposer|offrir)"
    r"|hacerte una oferta|ofrecerte (el|la|un|una) (puesto|posición|plaza|contrato)"
    r"|(sending|send|prepare|preparing) (you )?(over )?(an|the|your) (formal |written )?offer\b",
    re.I,
)
_WITHDRAWN = re.compile(
    r"withdraw (my application|from (the|your|this) (process|search|consideration|running)|my candidacy"
    r"|myself)|decided to withdraw|like to withdraw|I('m"
    r"| am) withdrawing|accepted (another|an) (offer|position"
    r"|role)|no longer (be )?interested|take myself out of|remove (me|myself) from (the )?(process"
    r"|consideration)|bow out|pursue another opportunity|(decline|declining) (the|your) (offer|invitation to)"
    r"|bewerbung zurück(ziehen|zuziehen|gezogen)|ziehe meine bewerbung|nicht mehr interessiert"
    r"|retirar (mi|la) candidatura|retiro mi candidatura|ya no estoy interesad"
    r"|retirer ma candidature|me retirer du processus|retire ma candidature|plus intéressé"
    r"|(accept|accepted|taken|signed|accepting) (a|an|another) (offer|position|role|job)( elsewhere)?\b"
    r"|pursue (other|another) opportunit|withdraw from consideration|remove myself from consideration"
    r"|andere(s|n) (angebot|stelle) angenommen|otra oferta|aceptado (una|otra) oferta|accepté une autre offre"
    r"|me retire du processus|desisto"
    r"|no continuar con el proceso|nicht weiter am (prozess|verfahren) teilnehmen",
    re.I,
)
_CONDITIONAL = re.compile(
    r"^\s*(if|whether|in case|falls|wenn|si|en caso)\b|\bif (it|the role|that)\b.{0,40}$", re.I
)


def find_outcome(text: str, *, sent: bool) -> tuple[OutcomeKind, str] | None:
    """Rejection or offer (employer side) or withdrawal (owner), from the new text only."""
    for s in sentences(text):
        if sent:
            if _WITHDRAWN.search(s) and not _CONDITIONAL.search(s):
                return "withdrawn", s
            continue
        if re.match(r"^\s*(if|falls|si)\b", s, re.I):
            continue
        if _REJECTED.search(s) or (_REJECTED_NEWS.search(s) and not _NEWS_ABOUT_SCHEDULE.search(s)):
            return "rejected", s
    if sent:
        return None
    for s in sentences(text):
        if _OFFER.search(s) and not re.match(r"^\s*(if|falls|si)\b", s, re.I):
            return "offer", s
    return None


# --- asks ---------------------------------------------------------------------------

_ASK_REQUEST = re.compile(
    r"\b(could|can|would|will) you\b|\bplease\b|\bsend (me|us|over|it|back)\b|\blet me know\b|\bI'?d need\b"
    r"|\bwe('ll| will)? need\b|\bwe'?d like you to\b|\bnext step is\b|\bnext stage\b|\bbefore I schedule"
    r"|\bwe ask\b|\bshare\b|\bpick\b|\bbook\b|\bgrab\b|\bsubmit\b|\bprovide\b|\bupload\b|\bforward\b"
    r"|\bbitte\b|\bkönnten sie\b|\bsenden sie\b|\bschicken sie\b|\bnennen sie\b|\bteilen sie\b"
    r"|\bpor favor\b|\bpodrías\b|\bpodría\b|\bpuedes\b|\benvía\w*\b|\bmánda\w*\b|\bnecesitamos\b"
    r"|\bpourriez-vous\b|\bmerci de\b|\bveuillez\b|\bpouvez-vous\b|\benvoye\w*\b|\btransmett\w*\b"
    # "we'd ask you to", "we invite you to complete", "wir bitten Sie", "te pedimos", "nous vous invitons à"
    r"|\b(we|I)('d| would)? ask (you|that you)\b|\b(we|I)('d| would) (like|love) (you|to (see|receive|get))\b"
    r"|\binvite you to (complete|work on|prepare|put together|tackle|take|do|submit|send|share)\b"
    r"|\bwould you mind\b|\bcan we (get|have|see)\b|\b(have|has|they'?ve) asked (for|to see)\b"
    r"|\bhaben (um|nach) .{0,40}gebeten\b|\b(han|ha) pedido\b|\bont demandé\b"
    r"|\bbitten\b|\bbäten\b|\bersuchen sie\b|\bzukommen\b|\bzuzusenden\b|\bzuzuschicken\b"
    r"|\bzu (schicken|senden)\b"
    r"|\bmöchten (wir|ich) sie\b|\b(wir|ich) würden? (uns )?freuen, wenn sie\b|\blassen sie (uns|mir)\b"
    r"|\b(te|le|les|os) (pedimos|pido|pediría\w*|agradecer\w*|invitamos a (realizar|completar|resolver|preparar"
    r"|enviar|hacer))\b|\bnos gustaría (que|recibir|ver)\b|\b(nos|me) (envíes|envies|mandes|hagas llegar"
    r"|compartas|remitas|indiques)\b|\bhaz(nos|me) llegar\b|\bcompárte\w+\b|\bindícanos\b"
    r"|\b(nous|je) vous (demandons|demande|prions|prie|invitons|invite) (de|d'|à)"
    r"|\b(nous|j') ?aimerions que vous\b"
    r"|\bj'aimerais que vous\b|\bfaire parvenir\b|\bvous serait-il possible\b|\bpourrais-tu\b",
    re.I,
)
_ASKS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "availability",
        re.compile(
            r"\bavailabilit\w*|\b(times|windows|slots|dates|alternatives|mornings|afternoons|evenings"
            r"|options?)\b.{0,40}\b(works?|suits?|available|fly)"
            r"|\b(would|do|could) you have (\d+|a few|some|fifteen|twenty|thirty|half an hour)( minutes| mins)?\b"
            r"|\b(hätten|haben) sie (\d+ minuten|kurz|eine halbe stunde)( zeit)?|\btendrías (\d+ minutos|un rato)"
            r"|\bauriez-vous (\d+ minutes|un moment|une demi-heure)"
            r"|\b(einige|ein paar|zwei oder drei) (abende|vormittage|nachmittage|termine)"
            r"|\b(algunas|un par de|dos o tres) (tardes|mañanas|fechas|opciones)"
            r"|\b(quelques|deux ou trois) (soirées|matinées|après-midi|dates)"
            r"|\b(a few|some|two or three|\d+\s*[–-]\s*\d+|\d+|a couple of"
            r"|three|several) (times|windows|slots|dates|options|mornings|afternoons|evenings)\b"
            r"|\bwhen (are|would) you (be )?(free|available)|\bwhat (times?|days?) (would )?(work|suit)"
            r"|\bwhen (would|does|could|might) .{0,25}\b(suit|work for) you|\bwann (hätten|haben|passt|wäre)\b.{0,40}"
            r"\b(zeit|ihnen)\b|\b(qué|cuándo) (días?|horas?|horarios?)? ?te (viene|va|iría|vendría)"
            r"|\bquels? (jours?|créneaux|moments?) vous (convien\w+|arrange\w*)"
            r"|\bpick (a|whatever|any) (time|slot)|\bpick whatever works\b|\bbook (a|some) time\b"
            r"|\bgrab (a|some) time\b|\bgrab \d+ minutes\b|\bscheduling link\b"
            r"|\bschedule (a time|some time|a slot|a call|your interview|a meeting)\b|\bbook a slot\b"
            r"|\bverfügbarkeit\w*|\bterminvorschläge|\bwann (hätten|haben) sie zeit|\balternativ\w*"
            r"|\bdisponibilidad\w*|\bcuándo (estarías|estás|estaría) disponible|\bqué (días|horarios) te"
            r"|\bdisponibilités\b|\bquand (seriez|êtes)-vous disponible|\bquels créneaux|\bcréneaux\b",
            re.I,
        ),
        True,
    ),
    (
        "references",
        re.compile(
            r"\breferences?\b(?! (number|no\.?|id|code))|\breferenzen\b|\breferencias\b"
            r"|\bréférences\b|\breferees?\b",
            re.I,
        ),
        True,
    ),
    (
        "document",
        re.compile(
            r"\b(résumé|resume|cv|portfolio|transcripts?|diploma|certificates?|work authori[sz]ation|passport"
            r"|writing sample|salary expectations?|work permit|visa|right to work|arbeitserlaubnis"
            r"|arbeitsgenehmigung|aufenthaltstitel|permiso de trabajo|autorizaci[oó]n de trabajo|pasaporte"
            r"|permis de travail|autorisation de travail|titre de séjour|passeport"
            r"|compensation expectations?|cover letter|signed|form|documents?"
            r"|(expected|desired|target) (salary|compensation|pay)|salary (range|requirements?|expectation)"
            r"|examples? of (your )?(previous |past |recent )?work"
            r"|lebenslauf|zeugnisse?|unterlagen|gehaltsvorstellung\w*|anschreiben|expectativas salariales"
            r"|gehaltswunsch\w*|wunschgehalt\w*|gehaltserwartung\w*|arbeitsproben?|referenzprojekte?"
            r"|pretensiones salariales|documentaci\w+|expectativa salarial|pretensiones económicas"
            r"|aspiraci\w+ salarial\w*|banda salarial|rango salarial|portafolio|muestras de (tu|su) trabajo"
            r"|prétentions salariales|lettre de motivation|justificatifs?|attentes salariales"
            r"|rémunération (souhaitée|attendue|visée)|salaire (souhaité|attendu|visé)"
            r"|exemples de (vos|tes) (travaux|réalisations))\b",
            re.I,
        ),
        True,
    ),
    (
        "take-home",
        re.compile(
            r"\b(take[- ]home|work sample|home assignment|online assessment|hackerrank|codility|codesignal"
            r"|coding assessment"
            r"|spec attached|brief attached|probeaufgabe|probearbeit"
            r"|hausaufgabe|prueba técnica para casa|ejercicio para casa|test technique à (faire|réaliser)"
            r"|exercice à la maison|cas pratique à)\b",
            re.I,
        ),
        False,
    ),
    (
        "take-home",
        re.compile(
            r"\b(coding (exercise|challenge|assignment|test)|assignment|case study|technical (exercise|test)"
            r"|assessment|questionnaire"
            r"|exercise|(coding|technical|design|data|written) (task|challenge)|mini[- ]project|sample project"
            r"|fallstudie|programmieraufgabe|aufgabe|testaufgabe|coding-challenge|fallbeispiel"
            r"|prueba técnica|prueba práctica|ejercicio|caso práctico|reto técnico|caso de estudio"
            r"|proyecto de prueba|test technique|exercice|étude de cas|cas pratique|mise en situation"
            r"|défi technique|mini-projet)\b",
            re.I,
        ),
        True,
    ),
)
_ASK_DONE = re.compile(
    r"\b(thank(s| you)\w* for (sending|submitting)"
    r"|the time you (put|spent|invested)|received|reviewed|submitted"
    r"|completing|your "
    r"submission|heard back from|passed it|wonderful things|got your|erhalten|recibido|reçu"
    r"|(danke|dank) für (die|ihre|deine) (zusendung|lösung|einreichung|unterlagen)|eingegangen"
    r"|gracias por (enviar|completar|mandar|hacer|compartir|tu entrega)|avoir (envoyé|transmis|réalisé|complété)"
    r"|merci pour (votre|ton) (envoi|rendu|travail))\b",
    re.I,
)


# Handing something over: "send that over", "schicken Sie es uns", "envíanoslo", "nous la transmettre".
_HAND_OVER = re.compile(
    r"\b(send|share|forward|provide|upload|email|e-mail|pass)\w*\b"
    r"|\b(schick|send|zusend|zuschick|zukommen|übermittel|weiterleit|nachreich)\w*"
    r"|\b(envi|mand|compart|remit|hac\w* llegar|adjunt)\w*"
    r"|\b(envoy|transm|partag|faire parvenir|fournir|joindre)\w*",
    re.I,
)

# A word pointing back at what the previous sentence named: "send *that* over", "envíanos*lo*".
_BACK_REFERENCE = re.compile(
    r"\b(that|it|this|them|those|these|diese[ns]?|dies|das|sie|es|eso|esto|lo|la|los|las|cela|ça|ceci"
    r"|les|le)\b|\w+r(?:nos|me|se|te)?(?:lo|la|los|las)\b|\bl['’]",
    re.I,
)


def find_asks(text: str) -> list[tuple[str, str]]:
    """What an employer message asks the owner for: (kind, the sentence)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    inherited = 0  # list items after "could you please send me:" carry the request
    pending: list[str] = []  # kinds the previous sentence named without asking for them
    for s in sentences(text):
        named_before, pending = pending, []
        if (
            named_before
            and not any(pattern.search(s) for _, pattern, _ in _ASKS)  # it names nothing of its own
            and _ASK_REQUEST.search(s)
            and _HAND_OVER.search(s)
            and _BACK_REFERENCE.search(s)
            and not _ASK_DONE.search(s)
        ):
            # "Our People team needs a copy of your work authorisation. Could you send that over?"
            for kind in named_before:
                if kind not in seen:
                    seen.add(kind)
                    out.append((kind, s))
        requested = inherited > 0
        inherited = max(0, inherited - 1)
        if s.rstrip().endswith(":") and _ASK_REQUEST.search(s):
            inherited = 4
        if re.match(
            r"^\s*(if (not|that|this|the|none|it|you need|anything|you have)|falls|si no|sinon|in case)\b",
            s,
            re.I,
        ) and not re.search(r"\bif (that|this|it) (still )?works\b", s, re.I):
            continue
        if _ASK_DONE.search(s):
            continue
        for kind, pattern, needs_request in _ASKS:
            if kind in seen or not pattern.search(s):
                continue
            asked = requested or bool(_ASK_REQUEST.search(s)) or (kind == "availability" and _is_question(s))
            if needs_request and not asked:
                pending.append(kind)
                continue
            seen.add(kind)
            out.append((kind, s))
    return out


# --- the timeline ----------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    at: datetime
    known_at: datetime
    source: str
    via: Literal["calendar", "text", "manual"]
    uid: str = ""
    sequence: int = 0


@dataclass(slots=True)
class _Proposal:
    slot: Slot
    msg: Message
    side: str
    reschedule: bool = False


@dataclass(slots=True)
class _State:
    tz: tzinfo
    found: list[_Found] = field(default_factory=list)
    proposals: list[_Proposal] = field(default_factory=list)
    by_uid: dict[str, _Found] = field(default_factory=dict)
    talked_at: datetime | None = None  # the last message about a call or interview


_GREETING = re.compile(
    r"^(hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?"
    r"|hola|estimad[oa]|bonjour|chère?|guten (tag|morgen)"
    r"|good (morning|afternoon|evening))\b[^,—–!:]{0,40}[,—–!:]?\s*",
    re.I,
)


def _is_question(sentence: str) -> bool:
    """A real question mark (not one inside a link)."""
    return bool(re.search(r"\?(?:\s|\)|$)", re.sub(r"https?://\S+", "", sentence)))


def _summary(msg: Message) -> str:
    """The first line that says something, for `explain`."""
    for line in (msg.new_text or msg.text).splitlines():
        line = _GREETING.sub("", line.strip()).strip()
        if len(line) > 3:
            return line[:100]
    return msg.subject[:100]


def _same_day(a: datetime, b: datetime, tz: tzinfo) -> bool:
    return a.astimezone(tz).date() == b.astimezone(tz).date()


def _add_interview(
    state: _State, new: _Found, *, reschedule_from: datetime | None = None, only_if_new_day: bool = False
) -> bool:
    """Record an interview (merged with one on the same day); False when `only_if_new_day` skips it."""
    if only_if_new_day and any(abs((f.at - new.at).total_seconds()) < 36 * 3600 for f in state.found):
        return False
    if reschedule_from is not None:  # a text reschedule drops what was still ahead at that moment
        state.found = [f for f in state.found if f.at <= reschedule_from or _same_day(f.at, new.at, state.tz)]
    for f in state.found:
        if _same_day(f.at, new.at, state.tz):
            if new.via == "calendar" and f.via != "calendar":
                f.at, f.via, f.source, f.uid = new.at, "calendar", new.source, new.uid
            f.known_at = min(f.known_at, new.known_at)
            return True
    state.found.append(new)
    return True


def _calendar(state: _State, msg: Message, ev: CalendarEvent, job_context: bool) -> bool:
    """Apply one calendar event; True when it is an interview invitation."""
    method = ev.method.upper()
    if method == "REPLY":
        return False
    uid = ev.uid or f"{msg.message_id}:{ev.summary}"
    if method == "CANCEL" or ev.status.upper() == "CANCELLED":
        old = state.by_uid.pop(uid, None)
        if old is not None and old in state.found:
            state.found.remove(old)
        return False
    if not interview_event(ev, job_context=job_context) or ev.start is None:
        return False
    start = ev.start
    old = state.by_uid.get(uid)
    if old is not None:
        if ev.sequence < old.sequence:
            return True
        if old.at == start:
            old.sequence = ev.sequence
            return True
        if old in state.found:
            state.found.remove(old)
        moved = _Found(start, msg.date, msg.message_id, "calendar", uid, ev.sequence)
        state.by_uid[uid] = moved
        _add_interview(state, moved)
        return True
    # an invitation for a slot proposed earlier: known since the proposal
    proposed = [p for p in state.proposals if p.slot.at == start and p.msg.date <= msg.date]
    known = min([msg.date, *(p.msg.date for p in proposed)])
    state.proposals = [p for p in state.proposals if p not in proposed]
    new = _Found(start, known, msg.message_id, "calendar", uid, ev.sequence)
    state.by_uid[uid] = new
    _add_interview(state, new)
    # the merged record may be an earlier text one: remember it under this UID
    for f in state.found:
        if _same_day(f.at, start, state.tz):
            state.by_uid[uid] = f
    return True


def _interviewish(msg: Message) -> bool:
    """Does the message talk about a call, a meeting or an interview at all (not a dinner)?"""
    return bool(_INTERVIEWISH.search(f"{msg.subject}\n{(msg.new_text or msg.text)[:MAX_SCAN]}"))


def _accept(state: _State, msg: Message, slot: Slot | None, side: str, *, offered_only: bool = False) -> bool:
    """The other side accepts a pending proposal (or states the slot it accepts).

    Either the accepting message or the proposal must be about a call or an
    interview: "Sunday at 6 works" for a family dinner is no interview.
    `offered_only` (for weaker words such as "I'm available") takes only a slot
    the other side offered: "I'm available Friday at 10 instead" is a counter-proposal.
    """
    here = _interviewish(msg) or (
        state.talked_at is not None and msg.date - state.talked_at <= timedelta(days=14)
    )
    horizon = msg.date - timedelta(days=21)
    pending = [
        p for p in state.proposals if p.side != side and p.msg.date >= horizon and p.msg.date <= msg.date
    ]
    match: _Proposal | None = None
    if slot is not None:
        same = [p for p in pending if p.slot.day == slot.day and p.slot.at is not None]
        if same:
            match = same[-1]
    elif pending:
        last_msg = pending[-1].msg
        from_last = [p for p in pending if p.msg is last_msg and p.slot.at is not None]
        if len({p.slot.at for p in from_last}) == 1:
            match = from_last[0]
    if match is not None and match.slot.at is not None:
        if not (here or _interviewish(match.msg)):
            return False
        resched = match.msg.date if match.reschedule else None
        if slot is not None and slot.at is not None and slot.at != match.slot.at:
            # a different time on that day (one of several windows offered): known from now
            at, known = slot.at, msg.date
        else:
            at, known = match.slot.at, match.msg.date
        _add_interview(state, _Found(at, known, msg.message_id, "text"), reschedule_from=resched)
        state.proposals = [p for p in state.proposals if p.msg is not match.msg]
        return True
    if slot is not None and slot.at is not None and here and not offered_only:
        _add_interview(state, _Found(slot.at, msg.date, msg.message_id, "text"))
        return True
    return False


_PROPOSAL_WORDS = re.compile(
    r"\b(how about|how's|how does|are you (free|available)|would (that|this|it) work|vorschlag"
    r"|passt (ihnen|dir)"
    r"|hätten sie|könnten sie|te (viene|va)|le (viene|va)|podrías|propongo|vous convient|je vous propose"
    r"|seriez-vous|pourriez|let me know|let us know|what works|whichever|which (one|option|time|slot)"
    r"|works? (better |best )?for you|if (that|this|it|either|any|one)|either|or|sag(en sie)? bescheid"
    r"|avísame|dime|dites-moi|faites-moi savoir)\b",
    re.I,
)
_ACCEPT_STRONG = re.compile(
    r"\b(works? (well |great |perfectly |fine )?for (me|us|both)|that works|works (well|great|perfectly)"
    r"|is perfect|sounds (good|great|perfect)|i'?ll be there|see you (then|on|at)|count me in"
    r"|passt (mir|uns) (gut|sehr gut|perfekt)?|das passt|einverstanden|me va (muy )?bien|me viene (muy )?bien"
    r"|me parece bien|ça me va|me convient|c'est parfait|je serai (là|disponible))\b",
    re.I,
)


def _thanked_for_meeting(text: str, at: datetime) -> datetime | None:
    """ "Thank you for the interview this morning": a conversation took place; roughly when."""
    m = re.search(
        r"\b(thank(s| you)|\w*\s?dank\w*|gracias|merci)\b.{0,80}\b(interview\w*|conversation|call|chat"
        r"|meeting|speaking|talking|time|gespräch\w*|entrevista|conversación|llamada|entretien|échange)\b"
        r".{0,60}\b(?P<when>today|this (?P<part>morning|afternoon)|earlier today|yesterday|heute|gestern"
        r"|heutige\w*|hoy|ayer|esta (mañana|tarde)|aujourd'hui|hier|ce (matin|midi|après-midi))\b"
        # "thanks for organising this morning's interview", "Dank für das heutige Gespräch"
        r"|\b(thank(s| you)|\w*\s?dank\w*|gracias|merci)\b.{0,80}\b(?P<when2>today's|this (?P<part2>morning"
        r"|afternoon)'s|yesterday's|heutige\w*|gestrige\w*)\s+(\w+\s+)?(interview\w*|conversation|call|chat"
        r"|meeting|session|gespräch\w*|telefonat\w*|videocall\w*|termin\w*)\b",
        text,
        re.I | re.S,
    )
    if not m:
        return None
    when = (m.group("when") or m.group("when2")).lower()
    part = m.group("part") or m.group("part2")
    if when.startswith(("yesterday", "gestern", "gestrig", "ayer", "hier")):
        return datetime.combine(at.date() - timedelta(days=1), time(12), tzinfo=at.tzinfo)
    if part == "morning" or when in {"esta mañana", "ce matin"}:
        return min(at - timedelta(hours=1), datetime.combine(at.date(), time(10), tzinfo=at.tzinfo))
    return at - timedelta(hours=1)


def _owner_confirms(sentence: str, side: str) -> bool:
    """ "I confirm Wednesday at 10:00", "Den Termin bestätige ich gern": the owner takes the slot."""
    return (
        side == "owner"
        and bool(_OWNER_CONFIRM.search(sentence))
        and not _NOT_CONFIRMED.search(sentence)
        and not _is_question(sentence)
    )


def _text(state: _State, msg: Message, lang: str, side: str) -> bool:
    """Scheduling prose in one message; True when it makes an interview known."""
    text = (msg.new_text if msg.new_text or msg.text == "" else msg.text)[:MAX_SCAN]
    made = False
    if _interviewish(msg):
        state.talked_at = msg.date
    slots = find_slots(text, base=msg.date, tz=state.tz, lang=lang)
    sents = sentences(text)
    message_confirms = bool(_CONFIRM.search(msg.subject)) and side == "employer"
    by_sentence: dict[int, list[Slot]] = {}
    for slot in slots:
        by_sentence.setdefault(slot.index, []).append(slot)
    for index, s in enumerate(sents):  # "we need to cancel Thursday's interview"
        if _CANCEL.search(s) and _INTERVIEWISH.search(s):
            days = {slot.day for slot in by_sentence.get(index, [])}
            state.found = [
                f
                for f in state.found
                if f.at <= msg.date or (days and f.at.astimezone(state.tz).date() not in days)
            ]
            state.by_uid = {u: f for u, f in state.by_uid.items() if f in state.found}
            by_sentence.pop(index, None)
    for index, group in sorted(by_sentence.items()):
        s = sents[index]
        if _DECLINE.search(s):
            continue
        nxt = sents[index + 1] if index + 1 < len(sents) else ""
        strong = bool(_ACCEPT_STRONG.search(s)) and not _is_question(s)
        question = not strong and (
            _is_question(s)
            or (_is_question(nxt) and len(nxt) < 80 and index + 1 not in by_sentence)
            or bool(_PROPOSAL_WORDS.search(s))
        )
        resched = bool(_RESCHEDULE.search(s))
        timed = [slot for slot in group if slot.at is not None]
        if question:
            state.proposals.extend(_Proposal(slot, msg, side, resched) for slot in timed)
            continue
        firm = bool(_ACCEPT.search(s) or (timed and _ACCEPT_TIMED.search(s)))
        accepts = firm or bool(
            _ACCEPT_PLAIN.search(s)
            or _ACCEPT_TIMED.search(s)  # without a time it must name the day offered (see _accept)
            or _owner_confirms(s, side)
        )
        confirms = side == "employer" and bool(_CONFIRM.search(s) or message_confirms)
        if not timed:
            slot = group[0]
            if accepts and _accept(state, msg, slot, side, offered_only=not firm):
                made = True
            elif (
                side == "employer"
                and _INVITED.search(s)
                and _INTERVIEWISH.search(s)
                and slot.day > msg.date.date()
            ):
                # "we'd like to invite you to our final round on Wednesday, April 15": a day, no time yet
                noon = datetime.combine(slot.day, time(12), tzinfo=state.tz)
                _add_interview(state, _Found(noon, msg.date, msg.message_id, "text"))
                made = True
            continue
        if accepts or confirms:
            if _accept(state, msg, timed[0], side, offered_only=not (firm or confirms)):
                made = True
            elif not (firm or confirms):  # "I'm available Friday at 10 instead": a counter-proposal
                state.proposals.extend(_Proposal(slot, msg, side, resched) for slot in timed)
            continue
        state.proposals.extend(_Proposal(slot, msg, side, resched) for slot in timed)
    if not slots:
        for s in sents:
            if _DECLINE.search(s) or _is_question(s) or len(s) >= 160:
                continue
            if (
                _ACCEPT_ALONE.search(s)
                or _ACCEPT_PLAIN.search(s)
                or _owner_confirms(s, side)
                or (side == "employer" and _CONFIRM.search(s) and not _CANCEL.search(s))
            ) and _accept(state, msg, None, side):
                made = True
                break
    if not made and _INTERVIEWISH.search(text):
        met = _thanked_for_meeting(text, msg.date)
        if met is not None and met <= msg.date:
            found = _Found(met, msg.date, msg.message_id, "text")
            made = _add_interview(state, found, only_if_new_day=True)
    return made


def _drop_echoes(state: _State, msg: Message, invited: Sequence[_Found], before: Sequence[_Found]) -> None:
    """A message's text that restates its calendar invite ("Thursday at 15:00 it is") adds nothing.

    Read alone, "Thursday" is the nearest one, which may not be the invite's
    week: the same weekday and time as the invite is the invite, not a second interview.
    """

    def key(at: datetime) -> tuple[int, int, int]:
        local = at.astimezone(state.tz)
        return local.weekday(), local.hour, local.minute

    def echoes(f: _Found) -> bool:
        local = f.at.astimezone(state.tz)
        for ev in invited:
            wd, hour, minute = key(ev.at)
            if local.weekday() == wd and (
                (local.hour, local.minute) == (hour, minute) or (local.hour, local.minute) == (12, 0)
            ):
                return True
        return False

    echo = [
        f
        for f in state.found
        if f.via == "text" and f.source == msg.message_id and f not in before and echoes(f)
    ]
    if echo:
        state.found = [f for f in state.found if f not in echo]


_FOLLOW_UP = re.compile(
    r"\b(follow(ing)? up|check(ing)? in|circl(e|ing) back|bump\w*|any (news|update|word)"
    r"|still (very )?(interested|keen)|nachfragen|nachhaken|stand der dinge|seguimiento|novedades"
    r"|relancer|des nouvelles)\b",
    re.I,
)


def _owner_role(state: _State, msg: Message, last_employer: Message | None, text: str) -> Role:
    """How `explain` labels an owner message: like the policy, by its distance from the last contact.

    Within 48 hours of the latest interview or employer message it acknowledges
    (a thank-you, a "works for me"); later, it is a nudge unless it answers a request.
    """
    moments = [f.at for f in state.found if f.at <= msg.date]
    if last_employer is not None:
        moments.append(last_employer.date)
    if not moments:
        return "other"
    q = max(moments)
    if msg.date - q <= timedelta(hours=48):
        return "acknowledgement"
    asked = last_employer is not None and bool(
        find_asks((last_employer.new_text or last_employer.text)[:MAX_SCAN])
    )
    if asked and not _FOLLOW_UP.search(text):
        return "other"  # the answer to their request
    return "nudge"


def _about_an_outcome(found: tuple[OutcomeKind, str] | None, standing: Outcome | None) -> bool:
    """A call arranged in prose around an outcome is not an interview.

    "I'll call you tomorrow at 10 to go through the offer", "give me a call this
    afternoon" beside a rejection, or the owner's "I'll call you this afternoon"
    after an offer: talk about the result, not another round. Only prose is
    ruled out; a calendar invitation still counts, and a new interview after a
    rejection (another role) still reopens the process.
    """
    if standing is not None and standing.kind == "offer":
        return True
    return found is not None


def build_timeline(
    messages: Sequence[Message],
    *,
    tz: ZoneInfo,
    job_context: bool = True,
    language: str | None = None,
) -> Timeline:
    """The timeline of one application from its messages (already limited to `now`)."""
    msgs = sorted(messages, key=lambda m: (m.date, m.message_id))
    state = _State(tz=tz)
    employer_msgs: list[datetime] = []
    owner_msgs: list[datetime] = []
    reply_bys: list[ReplyBy] = []
    outcome: Outcome | None = None
    last_employer: Message | None = None
    entries: list[TimelineEntry] = []
    for msg in msgs:
        kind = message_kind(msg)
        if kind == "bulk":
            continue
        text = (msg.new_text or msg.text)[:MAX_SCAN]
        lang = language or detect_language(text)
        roles: list[Role] = []
        side = "owner" if kind == "owner" else "employer"
        for ev in msg.calendar:
            if _calendar(state, msg, ev, job_context) and "invite" not in roles:
                roles.append("invite")
        invited = [f for f in state.found if f.via == "calendar" and f.source == msg.message_id]
        before = list(state.found)
        out = find_outcome(text, sent=kind == "owner")
        if (
            job_context
            and not _about_an_outcome(out, outcome)
            and not non_interview_reason(f"{msg.subject}\n{text}", marketing=False)
            and _text(state, msg, lang, side)
        ):
            roles.append("interview")
        if invited:
            _drop_echoes(state, msg, invited, before)
        if kind == "owner":
            owner_msgs.append(msg.date)
            if out:
                outcome = Outcome(out[0], msg.date, msg.message_id, out[1])
                roles.append("outcome")
            elif not roles:
                roles.append(_owner_role(state, msg, last_employer, text))
        else:
            if kind == "employer":
                employer_msgs.append(msg.date)
                last_employer = msg
                roles.insert(0, "employer_reply")
            elif kind == "acknowledgement":
                roles.insert(0, "acknowledgement")
            else:
                roles.insert(0, "automated")
            local_base = msg.date
            for on, quote in find_reply_by(text, base=local_base, tz=tz, lang=lang):
                reply_bys.append(
                    ReplyBy(datetime.combine(on, time(23, 59), tzinfo=tz), msg.date, msg.message_id, quote)
                )
                if "reply_by" not in roles:
                    roles.append("reply_by")
            if out:
                outcome = Outcome(out[0], msg.date, msg.message_id, out[1])
                roles.append("outcome")
            elif kind == "employer" and find_asks(text):
                roles.append("ask")
        entries.append(TimelineEntry(msg.date, msg.message_id, msg.direction, tuple(roles), _summary(msg)))
    interviews = sorted(
        (Interview(f.at, f.known_at, f.source, f.via) for f in state.found), key=lambda i: i.at
    )
    if outcome is not None and any(i.known_at > outcome.at for i in interviews):
        outcome = None  # a process that schedules again after an outcome is open again
    asks: tuple[Ask, ...] = ()
    last_text = (last_employer.new_text or last_employer.text)[:MAX_SCAN] if last_employer else ""
    if last_employer is not None and not find_outcome(last_text, sent=False):
        asks = tuple(
            Ask(last_employer.date, last_employer.message_id, quote) for _, quote in find_asks(last_text)
        )
    return Timeline(
        interviews=tuple(interviews),
        employer_messages=tuple(employer_msgs),
        owner_messages=tuple(owner_msgs),
        reply_bys=tuple(reply_bys),
        outcome=outcome,
        asks=asks,
        entries=tuple(entries),
    )


def with_manual(
    timeline: Timeline,
    *,
    interview_at: datetime | None = None,
    reply_by: datetime | None = None,
    outcome: Outcome | None = None,
    clear_outcome: bool = False,
    known_at: datetime | None = None,
) -> Timeline:
    """A timeline with facts set by hand (they win over what the mail says)."""
    t = timeline
    if interview_at is not None:
        kept = [i for i in t.interviews if i.at != interview_at]
        manual = Interview(interview_at, known_at or interview_at, "manual", "manual")
        t = replace(t, interviews=tuple(sorted([*kept, manual], key=lambda i: i.at)))
    if reply_by is not None:
        rb = ReplyBy(reply_by, known_at or reply_by, "manual", "set by hand")
        t = replace(t, reply_bys=(*t.reply_bys, rb))
    if clear_outcome:
        t = replace(t, outcome=None)
    if outcome is not None:
        t = replace(t, outcome=outcome)
    return t
