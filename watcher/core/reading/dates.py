"""Dates, times and time zones in prose, resolved against the message's own Date (never the clock).

Regular expressions only *find* phrases; dateparser reads the dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser

from watcher.core.reading.lexicon import (
    DAYS_FROM_TODAY,
    LANGUAGES,
    LEXICONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    WEEKDAYS_NOT_ENGLISH,
    alternation,
)
from watcher.core.reading.lexicon import MONTHS as LEXICON_MONTHS
from watcher.core.reading.sentences import sentences

__all__ = ["DATE_RE", "MONTHS", "NEXT_WEEK_DAY", "WEEKDAY", "Slot", "find_slots", "resolve_date"]

_WD_NAMES: dict[str, int] = WEEKDAYS  # every language's weekday names -> 0 (Monday) .. 6
_WD_ABBR: dict[str, int] = WEEKDAY_ABBREVIATIONS

WEEKDAY = r"(?:" + "|".join(sorted(_WD_NAMES, key=len, reverse=True)) + r")"
_WD_ANY = r"(?:" + "|".join(sorted(list(_WD_NAMES) + list(_WD_ABBR), key=len, reverse=True)) + r")\.?"
_MONTH_NAMES = LEXICON_MONTHS
MONTHS = r"(?:" + "|".join(sorted(set(_MONTH_NAMES), key=len, reverse=True)) + r")\.?(?![a-zà-ÿ])"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?"
_YEAR = r"(?:,?\s+(?:de\s+)?\d{4})?"

_WD_LEAD = rf"(?:(?:(?:am|el|le|den|der)\s+)?{_WD_ANY},?\s+)"  # "am Dienstag, ", "el lunes ", "Tue "
# German, Spanish and French write a date as a weekday and a bare day number: "el viernes 27",
# "vendredi 27", "Freitag, den 27."; English says "Friday 27th" or "Friday 27 March" instead, and
# a bare "Friday 10" there is as likely an hour, so English weekdays are left out.
_WD_NON_EN = r"(?:" + "|".join(sorted(WEEKDAYS_NOT_ENGLISH, key=len, reverse=True)) + r")"
_WD_DAY_NUMBER = (
    rf"(?:(?:am|el|le|den|der)\s+)?{_WD_NON_EN},?\s+(?:(?:der|den|el|le|dia|día)\s+)?[0-3]?\d(?:\.|º|°|er)?"
    r"(?![.:,/-]?\d)(?!\s*(?:[-–]\s*\d|h\b|uhr\b|uur\b|hrs?\b|horas?\b|heures?\b|[ap]\.?m\b))"
)
# A weekday of next week, said either way round. Checked before a bare weekday ("Friday" alone is the
# next Friday, which may be this week).
_NEXT_WEEK = (
    r"(?:of\s+|in\s+)?next\s+week|(?:de\s+)?la\s+semaine\s+prochaine|de\s+la\s+(?:próxima|proxima)\s+semana"
    r"|de\s+la\s+semana\s+que\s+viene|(?:nächster|der\s+nächsten|kommender|der\s+kommenden)\s+woche"
)
_NEXT_WEEK_DAY = (
    rf"\b(?:(?:am|el|le)\s+)?{WEEKDAY}(?:,?\s+(?:EOD|COB|end\s+of\s+(?:the\s+)?day|close\s+of\s+business))?,?\s+(?:{_NEXT_WEEK})\b"
    rf"|\b(?:next\s+week(?:'s)?|(?:nächste|kommende)\s+woche),?\s+(?:on\s+|am\s+)?{WEEKDAY}\b"
)
NEXT_WEEK_DAY = re.compile(_NEXT_WEEK_DAY, re.I)
_NEXT_WEEK_RE = re.compile(_NEXT_WEEK + r"|next\s+week|(?:nächste|kommende)\s+woche", re.I)

DATE_RE = re.compile(
    r"(?P<date>"
    # Thursday, March 12, 2026 / Tue Mar 24 / March 20th
    rf"{_WD_LEAD}?(?:the\s+)?{MONTHS}\s+{_DAYNUM}(?!\d){_YEAR}(?![\d:])"
    # Dienstag, der 24. März / am Dienstag, 10. Februar / 12 de marzo / jeudi 12 mars / the 24th of March
    rf"|{_WD_LEAD}?(?:(?:der|den|el|le|the|am)\s+)?{_DAYNUM}\s*(?:de\s+|of\s+)?{MONTHS}{_YEAR}"
    # Monday the 2nd
    rf"|{WEEKDAY},?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b"
    # 12.03.2026, 12/03/2026, 2026-03-12, 12.03.
    rf"|{_WD_LEAD}?(?:(?:den|der|am|el|le|the)\s+)?"
    r"(?:\b\d{4}-\d{2}-\d{2}\b|\b[0-3]?\d[./][01]?\d(?:[./]\d{2,4}|\.)(?![\d])|\b[01]?\d/[0-3]?\d\b)"
    # terça, 28/4 / martes 28/4 / dia 28/4: day first without a year, after a weekday or "dia"
    rf"|(?:{_WD_LEAD}|\bdia\s+)\b[0-3]?\d/[01]?\d\b(?![/.]\d)"
    # el viernes 27, vendredi 27, Freitag, den 27.
    rf"|{_WD_DAY_NUMBER}"
    # Friday next week, by Friday EOD next week, next week Friday, Freitag nächster Woche,
    # el viernes de la próxima semana, vendredi de la semaine prochaine
    rf"|{_NEXT_WEEK_DAY}"
    # tomorrow, morgen, mañana, demain ...
    r"|\b(?:" + "|".join(sorted(DAYS_FROM_TODAY, key=len, reverse=True)) + r")\b"
    # next Monday, nächsten Montag, el próximo lunes, lundi prochain
    rf"|\b(?:next|this|coming|nächsten|kommenden|diesen|am|el próximo|el proximo|próximo|este|ce"
    rf"|na próxima|próxima|nesta|prossimo|questo|volgende|aanstaande|komende|deze)\s+{WEEKDAY}\b"
    rf"|\b{WEEKDAY}\s+(?:prochain|que viene|próximo|prossimo|que vem)\b"
    # the 12th
    r"|\bthe\s+[0-3]?\d(?:st|nd|rd|th)\b"
    # a bare weekday
    rf"|\b{WEEKDAY}\b"
    r")",
    re.I,
)

_TIME_RE = re.compile(
    r"(?P<time>"
    r"(?<![\d.:/])(?P<h1>[0-2]?\d)(?::|\s?h\s?|\.)(?P<m1>[0-5]\d)(?![\d:/])(?!\.\d)"
    r"\s*(?P<ap1>a\.?m\.?|p\.?m\.?|[ap]\.\sm\.)?"  # "p. m.": Spanish and Canadian French spacing
    r"|(?<![\d.:/])(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>a\.?m\.?|p\.?m\.?|[ap]\.\sm\.)(?![a-z])"
    r"|(?<![\d.:/])(?P<h3>[0-2]?\d)\s*(?:uhr\b|h\b|uur\b)"
    r"|\b(?:at|um|a las|a la|à|a|às|alle|om|ore)\s+(?P<h4>[0-2]?\d)\b(?!\s?h\s?\d)"
    r"(?![.:,]\d|\s*(?:%|[x×]\b|k\b|minutes?|min|mins|hours?|days?|weeks?|months?|years?|people|persons?"
    r"|candidates?|rounds?|interviews?|steps?|stages?|questions?|times|euros?|dollars?|pounds?|percent"
    r"|stunden?|minuten?|tagen?|tage|wochen?|monaten?|jahren?|personen|kandidat\w*|runden?|prozent"
    r"|horas?|días?|dias?|minutos?|semanas?|meses|mes|años?|personas?|candidat\w*|rondas?|por ciento"
    r"|heures?|jours?|semaines?|mois|ans|années?|personnes?|tours?|pour cent"
    r"|dias|meses|anos|pessoas|etapas?|ore|giorni|settimane|mesi|anni|persone|candidati|minuti"
    r"|uur|uren|dagen|weken|maanden|jaar|kandidaten|rondes?|minuten))"
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
    # Canadian French zone abbreviations: heure avancée / normale de l'Est, du Centre, des Rocheuses, ...
    "HAE": "America/New_York",
    "HNE": "America/New_York",
    "HAC": "America/Chicago",
    "HNC": "America/Chicago",
    "HAR": "America/Denver",
    "HNR": "America/Denver",
    "HAP": "America/Los_Angeles",
    "HNP": "America/Los_Angeles",
    "HAA": "America/Halifax",
    "HNA": "America/Halifax",
}
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
    # zones named in the local languages: "14 h (heure de l'Est)", "(horário de Brasília)", "ora italiana",
    # and the cities people name a zone by ("10h de Brasília", "9 Uhr Wiener Zeit")
    (r"heure (?:normale |avancée )?de l['’]est|hora del este", "America/New_York"),
    (r"heure (?:normale |avancée )?du centre", "America/Chicago"),
    (
        r"(?:horário|hora) (?:oficial )?de bras[ií]lia|bras[íi]lia|s[ãa]o paulo|rio de janeiro",
        "America/Sao_Paulo",
    ),
    (r"buenos aires|(?:hora )?argentina", "America/Argentina/Buenos_Aires"),
    (
        r"(?:hora (?:del )?centro de )?m[ée]xico|ciudad de m[ée]xico|cdmx|guadalajara|monterrey",
        "America/Mexico_City",
    ),
    (r"bogot[áa]|(?:hora de )?colombia", "America/Bogota"),
    (r"ora italiana|ora di roma|roma|milano", "Europe/Rome"),
    (r"nederlandse tijd|amsterdamse tijd|belgische tijd", "Europe/Amsterdam"),
    (r"wiener zeit|österreichische zeit|schweizer zeit", "Europe/Vienna"),
    (r"lisboa|hora de portugal", "Europe/Lisbon"),
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
# Names that are a zone only after "hora de", "horário de", "heure de": a region or a country
# ("hora del centro de México", "hora de Colombia", "heure de l'Est", "heure du Centre").
_TZ_PLACES: tuple[tuple[str, str], ...] = (
    (r"centro de m[ée]xico|m[ée]xico|del centro|centro", "America/Mexico_City"),
    (r"brasil|brazil|br[ée]sil", "America/Sao_Paulo"),
    (r"colombia|colombie|per[úu]|lima", "America/Bogota"),
    (r"argentina", "America/Argentina/Buenos_Aires"),
    (r"chile|santiago", "America/Santiago"),
    (r"terre-neuve|newfoundland", "America/St_Johns"),
    (r"atlantique|atlantic|del atl[áa]ntico", "America/Halifax"),
    (r"^(?:l['’]\s?)?est\b|^del este\b", "America/New_York"),
    (r"^(?:du )?centre\b", "America/Chicago"),
    (r"rocheuses|^(?:la )?monta[ñn]a\b", "America/Denver"),
    (r"pacifique|^(?:del )?pac[íi]fico\b", "America/Los_Angeles"),
)
_ABBR_ALT = "|".join(sorted(_TZ_ABBR, key=len, reverse=True))
_BARE_HOUR_TZ = re.compile(rf"(?<![\d.:/])(?P<h5>1[0-2]|0?[1-9])\s+(?=(?:{_ABBR_ALT})\b)")

_TZ_RE = re.compile(
    r"\b(?:GMT|UTC)\s*(?P<offset>" + _OFFSET + r")"
    r"|\b(?P<abbr>" + _ABBR_ALT + r")\b"
    r"|\b(?P<iana>(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
    r"|(?i:\b(?P<word>" + "|".join(w for w, _ in _TZ_WORDS) + r")(?:er)?(?:\s+(?:time|standard time"
    r"|daylight time|zeit|ortszeit))?\b)"
    r"|(?i:\b(?:hora de|hora del|horario de|horário de|heure de|heure du|heure des|ortszeit in|zeit in|time in)"
    r"\s+(?P<place>[A-ZÀ-Ýa-zà-ÿ'’ -]{3,24}))",
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
    if match.group("place"):
        for pattern, zone in _TZ_PLACES:
            if re.search(pattern, text.strip()):
                return _zone(zone)
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


_CALENDAR_WORD = re.compile(_WD_ANY + "|" + MONTHS + r"|Uhr|at|um|a|à", re.I)


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
    r"(?:(?P<am>" + alternation("MORNING") + r")|(?P<pm>" + alternation("EVENING") + r"))\b",
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
        ap = (m.group("ap1") or m.group("ap2") or "").lower().replace(".", "").replace(" ", "")
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


_RELATIVE_DAYS = DAYS_FROM_TODAY


def _weekday_in(phrase: str) -> int | None:
    for word in re.findall(r"[a-zà-öø-ÿ]+(?:-feira)?", phrase.lower()):  # "terça-feira" is one word
        if word in _WD_NAMES:
            return _WD_NAMES[word]
        if word in _WD_ABBR:
            return _WD_ABBR[word]
    return None


# Month and weekday names -> the languages that write them ("maart": nl, "april": de, en, nl).
_CALENDAR_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang in LANGUAGES:
    for _word in (*LEXICONS[_lang].MONTHS, *(n for names in LEXICONS[_lang].WEEKDAYS for n in names)):
        _CALENDAR_LANGUAGES[_word] = (*_CALENDAR_LANGUAGES.get(_word, ()), _lang)


def _languages_of(phrase: str, lang: str) -> list[str]:
    """The message's language first, then the languages whose month or weekday names the phrase uses.

    A Dutch date quoted in a message the detector read as French ("donderdag 12 maart") is still a date.
    """
    out = [lang]
    for word in re.findall(r"[a-zà-öø-ÿ]+(?:-feira)?", phrase.lower()):
        out += [code for code in _CALENDAR_LANGUAGES.get(word, ()) if code not in out]
    return out if "en" in out else [*out, "en"]


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: datetime, lang: str) -> date | None:
    order = "MDY" if lang == "en" and not re.search(r"\d\.\d", phrase) else "DMY"
    languages = _languages_of(phrase, lang)
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


_NEXT_WORD = re.compile(r"\b(" + alternation("NEXT") + r")\b")


# A day and month without a year read as more than half a year ahead is a day that has passed
# ("Ihre Bewerbung vom 27. Jänner", "your application of January 27" written in March).
_FAR_AHEAD = timedelta(days=183)


def resolve_date(phrase: str, base: date, lang: str) -> date | None:
    """A date phrase read against the writer's local date (future preferred, but not half a year ahead)."""
    found = _resolve_date(phrase, base, lang)
    day_and_month = re.search(MONTHS, phrase, re.I) is not None or re.search(r"\d[./]\d", phrase) is not None
    if (
        found is not None
        and day_and_month
        and found - base > _FAR_AHEAD
        and not re.search(r"\d{4}|'\d{2}\b", phrase)
    ):
        try:
            earlier = found.replace(year=found.year - 1)
        except ValueError:  # 29 February
            earlier = found - timedelta(days=365)
        if base - earlier < _FAR_AHEAD:
            return earlier
    return found


def _weekday_and_bare_day(p: str, base: date, wd: int) -> date | None:
    """ "el viernes 27", "Freitag, den 27.": the next Friday the 27th, when one is near."""
    bare = re.search(r"(?<![\d./:-])([0-3]?\d)(?:\.|º|°|er)?(?![\d./:-]?\d)", p)
    if bare and 1 <= int(bare.group(1)) <= 31:
        days = [d for d in (base + timedelta(days=k) for k in range(1, 62)) if d.day == int(bare.group(1))]
        same_weekday = [d for d in days if d.weekday() == wd]
        if same_weekday or days:
            return (same_weekday or days)[0]
    return None


def _next_day_of_month(day: int, base: date, wd: int | None) -> date | None:
    """The next `day` of a month after `base`, preferably on weekday `wd` (within 400 days)."""
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


def _resolve_date(phrase: str, base: date, lang: str) -> date | None:
    p = " ".join(phrase.lower().split())
    if p in _RELATIVE_DAYS:
        return base + timedelta(days=_RELATIVE_DAYS[p])
    wd = _weekday_in(p)
    nth = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)\b", p)
    has_month = re.search(MONTHS, p, re.I) is not None and re.search(r"\d", p) is not None
    if wd is not None and not nth and not has_month:
        on_day = _weekday_and_bare_day(p, base, wd)
        if on_day is not None:
            return on_day
    if wd is not None and not re.search(r"\d", p) and _NEXT_WEEK_RE.search(p):
        return base - timedelta(days=base.weekday()) + timedelta(days=7 + wd)  # "Friday next week"
    if nth and not has_month:  # "Monday the 2nd", "the 12th": the next such day of a month
        return _next_day_of_month(int(nth.group(1)), base, wd)
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
        dates = list(DATE_RE.finditer(s))
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
                if nt and nt[0].start <= 3 and not DATE_RE.search(nxt[: nt[0].start + 1]):
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
