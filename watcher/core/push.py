"""What a push notice says, and to whom it is new: pure decisions for `[notify]`.

The shell (watcher.app.push) reads the processes, asks these functions which items a service has
not been told today, sends one short line and records what it told. Nothing here does I/O;
the time is passed in.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Literal

from watcher.core.records import Application, Evaluation
from watcher.core.safetext import clean

Kind = Literal["nudge", "reply", "offer", "check"]

#: What a notice after a scan tells: news that cannot wait for tomorrow's digest.
DURING_THE_DAY: frozenset[Kind] = frozenset({"reply", "offer", "check"})
#: The pseudo-item recorded with the first notice of a day: nudges are told once, with it.
MORNING = "morning"
TITLE = "interview-watcher"
BODY_MAX = 240
_QUOTE_MAX = 90
_CHECK_WHAT = {
    "rejected": "a possible rejection",
    "offer": "a possible offer",
    "interview": "an interview without a date",
}


@dataclass(frozen=True, slots=True)
class PushItem:
    """One thing the owner should act on, as a push notice names it."""

    kind: Kind
    app_id: str
    employer: str
    detail: str = ""  # the ask's words, or what the mail may mean

    @property
    def key(self) -> str:
        """The same item on the same day is told once: what the state records."""
        return f"{self.kind}:{self.app_id}"


@dataclass(frozen=True, slots=True)
class Notice:
    title: str
    body: str


def _line(text: str, limit: int) -> str:
    line = " ".join(clean(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def push_items(assessed: Iterable[tuple[Application, Evaluation]], now: datetime) -> list[PushItem]:
    """The digest's "act now" sections as items, in the digest's order of precedence: a doubt to
    settle (check these) before an ask (reply needed) before a due nudge; an unanswered offer
    only when the process is not in one of the active states the digest lists elsewhere."""
    out: list[PushItem] = []
    for app, ev in assessed:
        employer = _line(app.employer, 60) or "an employer"
        if ev.review is not None:
            out.append(PushItem("check", app.id, employer, _CHECK_WHAT.get(ev.review.kind, "")))
        elif ev.state == "your_turn":
            asks = [k for k in app.timeline.asks if k.at <= now]
            ask = max(asks, key=lambda k: k.at) if asks else None
            out.append(PushItem("reply", app.id, employer, _line(ask.quote, _QUOTE_MAX) if ask else ""))
        elif ev.state == "due":
            out.append(PushItem("nudge", app.id, employer))
        elif ev.state in {"upcoming", "waiting", "cold"}:
            continue
        elif ev.needs_reply and app.timeline.outcome is not None:
            out.append(PushItem("offer", app.id, employer))
    return out


def untold(items: Sequence[PushItem], told: Iterable[str], *, morning_told: bool) -> list[PushItem]:
    """What a service has not been told today. Nudges go out once a day, with the first notice
    (the one after the morning digest); after it only asks, offers and doubts are news."""
    seen = set(told)
    return [i for i in items if i.key not in seen and not (morning_told and i.kind not in DURING_THE_DAY)]


_COUNT_ORDER: tuple[tuple[Kind, str, str], ...] = (
    ("nudge", "nudge due", "nudges due"),
    ("reply", "reply needed", "replies needed"),
    ("offer", "offer to answer", "offers to answer"),
    ("check", "to check", "to check"),
)
_URGENCY: tuple[Kind, ...] = ("offer", "reply", "check", "nudge")


def _headline(item: PushItem) -> str:
    if item.kind == "offer":
        return f"{item.employer} made you an offer"
    if item.kind == "reply":
        return (
            f"{item.employer} asked “{item.detail}”" if item.detail else f"{item.employer} is waiting for you"
        )
    if item.kind == "check":
        return f"{item.employer}: {item.detail or 'something'} to check"
    return f"follow up with {item.employer}"


def compose(items: Sequence[PushItem]) -> Notice:
    """One short line: the counts, then the most urgent item ("2 nudges due, 1 reply needed:
    Harbor & Finch asked “Could you send two references?”")."""
    counts = []
    for kind, one, many in _COUNT_ORDER:
        n = sum(1 for i in items if i.kind == kind)
        if n:
            counts.append(f"{n} {one if n == 1 else many}")
    top = min(items, key=lambda i: _URGENCY.index(i.kind)) if items else None
    body = ", ".join(counts) or "nothing new"
    if top is not None:
        body += f": {_headline(top)}"
    return Notice(TITLE, _line(body, BODY_MAX))


def after_morning(now: datetime, send_at: time, tz: tzinfo) -> bool:
    """Whether today's digest time has come: before it, news waits for the morning digest."""
    local = now.astimezone(tz)
    return local >= datetime.combine(local.date(), send_at).replace(tzinfo=tz, fold=0)


def push_day(now: datetime, tz: tzinfo) -> date:
    """The day an item's "once a day" counts in: the owner's local date."""
    return now.astimezone(tz).date()


# --- naming a service without its secrets ------------------------------------------------

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]{0,31})://")
_DNS = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$")


def _shown_host(host: str) -> bool:
    """A host worth naming: a DNS name, an IP address or localhost. Anything else in that place
    (a bot token, a webhook key, a user key) is a secret in many services' URLs."""
    if host.lower() == "localhost" or _DNS.fullmatch(host):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def redact_url(url: str) -> str:
    """`ntfys://tk_secret@ntfy.sh/topic?x=y` → `ntfys://ntfy.sh/…`: the scheme and a plain host
    with its port; never a user, password, token, path (an ntfy topic is a password) or query."""
    m = _SCHEME.match(url.strip())
    if m is None:
        return "(not a URL)"
    rest = url.strip()[m.end() :]
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    hostport = authority.rsplit("@", 1)[-1]
    host, _, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
    if hostport.startswith("["):
        host, _, tail = hostport.partition("]")
        host, port = host + "]", tail.removeprefix(":")
    shown = host if _shown_host(host) else "…"
    if shown != "…" and port.isdigit():
        shown += f":{port}"
    more = "/…" if shown != "…" and (rest[len(authority) :].strip("/") or "@" in authority) else ""
    return f"{m.group(1).lower()}://{shown}{more}"


def secret_parts(url: str) -> list[str]:
    """The pieces of a service URL that may be secret (user, password, path segments, query
    values), longest first, so that a library's error text can be scrubbed of them."""
    m = _SCHEME.match(url.strip())
    rest = url.strip()[m.end() :] if m else url.strip()
    shown = redact_url(url)
    authority = shown.split("://", 1)[-1].split("/", 1)[0]
    shown_host, _, shown_port = (
        authority.rpartition(":") if authority.count(":") == 1 or "]:" in authority else (authority, "", "")
    )
    parts = {p for p in re.split(r"[/@:?&=#,+\s]", rest) if len(p) >= 3 and p not in (shown_host, shown_port)}
    return sorted(parts, key=len, reverse=True)


def scrub(text: str, url: str, limit: int = 160) -> str:
    """`text` (an error from a notification library) without any secret piece of `url`."""
    out = text.replace(url.strip(), redact_url(url))
    for part in secret_parts(url):
        out = out.replace(part, "…")
    return _line(out, limit)
