"""Reply-by: the dates an employer says *they* will answer by, from one message's text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta, tzinfo

from watcher.core.reading.dates import DATE_RE, MONTHS, NEXT_WEEK_DAY, WEEKDAY, resolve_date
from watcher.core.reading.lexicon import NUMBERS, alternation
from watcher.core.reading.sentences import sentences

__all__ = ["find_reply_by"]

_RB_TRIGGER = re.compile(r"(" + alternation("REPLY_BY") + r")", re.I)
_RB_FROM_OWNER = re.compile(r"\b(" + alternation("REPLY_BY_ASKED_OF_OWNER") + r")\b", re.I)
_NUM = r"(?:\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_RB_WITHIN = re.compile(
    r"\b(?:"
    + alternation("REPLY_BY_WITHIN")
    + rf")\s+(?:{_NUM}\s*(?:-|–|to|or|bis|oder|a|o|y|à|ou|tot|of|e)\s*)?(?P<n>{_NUM})\s+(?P<biz>business |working |"
    r"Werk|Arbeits|días hábiles |jours ouvrés |hábiles )?(?P<unit>days?|weeks?|tage?n?|wochen|woche|días"
    r"|dias|semanas?|jours|semaines?|giorni|settiman[ae]|werkdagen|dagen|weken|week)\b"
    r"(?P<biz_after>\s+(?:úteis|uteis|lavorativi|hábiles|habiles|laborables|ouvrables|ouvrés|ouvres))?",
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
    r"|a principios de (?:la )?(?:próxima semana|semana que viene)|(?:beginning|start) of next week"
    r"|anfang (?:der )?(?:nächsten|kommenden) woche|(?:en )?début de semaine prochaine"
    r"|a finales de (?:esta|la) semana|la próxima semana|la semana que viene|esta semana"
    r"|(?:d'ici )?(?:la )?fin de (?:la )?semaine prochaine|(?:d'ici )?(?:la )?fin de (?:la|cette) semaine"
    r"|la semaine prochaine|début de la semaine prochaine|cette semaine"
    r"|(?:o )?(?:final|fim) da (?:próxima semana|semana que vem)|(?:o )?(?:final|fim) (?:desta|da) semana"
    r"|(?:o )?início da (?:próxima semana|semana que vem)|(?:a )?próxima semana|(?:a )?semana que vem"
    r"|(?:la )?fine della (?:prossima settimana|settimana prossima)|(?:la )?fine (?:di questa|della) settimana"
    r"|(?:l')?inizio della (?:prossima settimana|settimana prossima)|(?:la )?(?:prossima settimana"
    r"|settimana prossima)|eind (?:van )?volgende week|(?:het )?eind(?:e)? van (?:de|deze) week"
    r"|begin volgende week|volgende week|deze week)\b",
    re.I,
)
_RB_BY_DATE = re.compile(r"\b(?:" + alternation("REPLY_BY_BEFORE") + r")\s+(?P<what>.{3,40})", re.I)
# "at the latest" after the date: "on Friday 27th at the latest", "el viernes 27 como muy tarde"
_RB_LATEST = re.compile(r"\b(?:" + alternation("REPLY_BY_LATEST") + r")\b", re.I)


def _add_business_days(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


_RB_PREP = re.compile(
    r"(?:\b(?:by|before|until|around|in|at|bis|vor|a|para|antes de|d'ici|avant|pour|até|entro|uiterlijk|vóór"
    r"|voor|tegen)\s+(?:the\s+|la\s+|o\s+|a\s+)?)$",
    re.I,
)


def _end_of_period(sentence: str, local: date) -> date | None:
    """ "by end of next week", "bis Ende nächster Woche", "d'ici la fin de la semaine prochaine" ..."""
    for m in _RB_END_WEEK.finditer(sentence):
        w = m.group("when").lower()
        nxt = any(
            k in w
            for k in ("next", "nächst", "próxima", "que viene", "prochaine", "following", "que vem", "prossima",
                      "volgende")
        )  # fmt: skip
        end_of = any(k in w for k in ("end", "ende", "finales", "fin ", "final", "fim ", "fine ", "eind"))
        if not (nxt or end_of or _RB_PREP.search(sentence[: m.start("when")])):
            continue  # "we're interviewing this week": not a promise
        monday = local - timedelta(days=local.weekday())
        if any(k in w for k in ("mid", "mitte", "mediados", "milieu")):
            return monday + timedelta(days=(9 if nxt else 2))  # Wednesday
        if "month" in w:
            first_next = (local.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first_next - timedelta(days=1)
        if any(
            k in w
            for k in (
                "early",
                "anfang",
                "début",
                "principios",
                "beginning",
                "start",
                "início",
                "inizio",
                "begin",
            )
        ):
            return monday + timedelta(days=8)
        return monday + timedelta(days=(11 if nxt else 4))
    return None


_RB_END_MONTH = re.compile(
    r"\b(?:(?:by |before |until |at )?(?:the )?end of|(?:bis )?(?:zum )?ende|(?:a |para )?finales de"
    r"|(?:para |antes de )?fin(?:ales)? de|(?:d'ici |avant )?(?:la )?fin(?: d'| de | )?"
    r"|(?:até )?(?:o )?(?:final|fim) de|(?:entro )?(?:la )?fine di|(?:voor |tegen )?(?:het )?eind(?:e)? (?:van )?)\s*"
    r"(?P<month>" + MONTHS + r")",
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
    rf"^(next|coming|nächsten|kommenden|el próximo|próximo|el proximo|na próxima|próxima|prossimo|volgende"
    rf"|aanstaande|komende)\s+{WEEKDAY}$|^{WEEKDAY}\s+(prochain|que viene|próximo|prossimo|que vem)$"
)


def _latest_date(sentence: str, local: date, lang: str) -> date | None:
    """The date next to "at the latest" / "como muy tarde" / "au plus tard" / "spätestens", if any."""
    starts = [m.start() for m in _RB_LATEST.finditer(sentence)]
    if not starts:
        return None
    ends = [m.end() for m in _RB_LATEST.finditer(sentence)]
    near: list[tuple[int, str]] = []
    for dm in DATE_RE.finditer(sentence):
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
        found = (
            _by_date(s, local, lang)
            or _latest_date(s, local, lang)
            or _next_named_day(s, local, lang)
            or _within(s, local)
            or _end_of_period(s, local)
            or _end_of_named_month(s, local, lang)
        )
        if found is not None and found >= local:
            out.append((found, s))
    return out


def _by_date(s: str, local: date, lang: str) -> date | None:
    """ "by <date>": the first such date after the message's day."""
    for m3 in _RB_BY_DATE.finditer(s):
        dm = DATE_RE.search(m3.group("what"))
        if dm and dm.start() <= 4:
            cand = resolve_date(dm.group("date"), local, lang)
            if cand is not None and cand > local:
                return cand
    return None


def _next_named_day(s: str, local: date, lang: str) -> date | None:
    """ "we'll share feedback next Tuesday", "nous reviendrons vers vous jeudi prochain"."""
    for dm in DATE_RE.finditer(s):
        phrase = dm.group("date").lower()
        if _NEXT_DAY_PHRASE.search(phrase) or NEXT_WEEK_DAY.fullmatch(phrase):
            cand = resolve_date(dm.group("date"), local, lang)
            if cand is not None and cand > local:
                return cand
    return None


def _within(s: str, local: date) -> date | None:
    """ "within two weeks", "in 3 business days": that many days, business days or weeks from the message's day."""
    m = _RB_WITHIN.search(s)
    if not m:
        return None
    raw_n = m.group("n").lower()
    n = int(raw_n) if raw_n.isdigit() else NUMBERS.get(raw_n)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith(("week", "woche", "seman", "semai", "settiman", "wek")):
        return local + timedelta(weeks=n)
    if m.group("biz") or m.group("biz_after") or unit.startswith("werkdag"):
        return _add_business_days(local, n)
    return local + timedelta(days=n)
