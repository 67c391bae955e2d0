"""Who is on the other side of a message, and what kind of message is it.

Pure functions over `records.Message`: no I/O, no clock. Everything here is
generic: vendors are recognised by the registrable name of their domain (so
``greenhouse-mail.io`` and a look-alike such as ``greenhouse-mail.test`` both count), employers by
what the mail itself says. Nothing is tuned to one mailbox.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from watcher.records import Address, CalendarEvent, Message

__all__ = [
    "MAX_SCAN",
    "EmployerGuess",
    "MessageKind",
    "body_of",
    "display_employer",
    "domain_label",
    "has_recruiting_context",
    "interview_event",
    "is_acknowledgement",
    "is_agency_domain",
    "is_automated",
    "is_free_mail",
    "is_interviewer_talk",
    "is_noise",
    "is_thank_you",
    "message_kind",
    "name_matches_label",
    "non_interview_reason",
    "norm_name",
    "recruiter_employer",
    "registrable_domain",
    "resolve_employer",
    "vendor_of",
]

MAX_SCAN = 20_000  # characters read per message: enough for any reply, bounded for hostile mail


def body_of(msg: Message) -> str:
    """The new (unquoted) text, else the whole text, cut to `MAX_SCAN` characters."""
    return (msg.new_text or msg.text)[:MAX_SCAN]


# --- domains ----------------------------------------------------------------

# Applicant-tracking, scheduling and assessment vendors, by the second-level
# label of their sending domain (with common "-mail"/"mail" variants matched too).
_VENDORS: dict[str, str] = {
    "greenhouse": "Greenhouse",
    "lever": "Lever",
    "ashbyhq": "Ashby",
    "ashby": "Ashby",
    "myworkday": "Workday",
    "workday": "Workday",
    "myworkdayjobs": "Workday",
    "smartrecruiters": "SmartRecruiters",
    "personio": "Personio",
    "icims": "iCIMS",
    "calendly": "Calendly",
    "goodtime": "GoodTime",
    "jobvite": "Jobvite",
    "teamtailor": "Teamtailor",
    "recruitee": "Recruitee",
    "bamboohr": "BambooHR",
    "workable": "Workable",
    "workablemail": "Workable",
    "breezy": "Breezy HR",
    "breezyhr": "Breezy HR",
    "applytojob": "JazzHR",
    "jazzhr": "JazzHR",
    "taleo": "Taleo",
    "successfactors": "SuccessFactors",
    "pinpointhq": "Pinpoint",
    "comeet": "Comeet",
    "softgarden": "softgarden",
    "dvinci": "d.vinci",
    "rexx": "rexx",
    "onlyfy": "onlyfy",
    "prescreen": "prescreen",
    "join": "JOIN",
    "welcometothejungle": "Welcome to the Jungle",
    "flatchr": "Flatchr",
    "talentsoft": "Talentsoft",
    "csod": "Cornerstone",
    "recruiterbox": "Recruiterbox",
    "zohorecruit": "Zoho Recruit",
    "manatal": "Manatal",
    "homerun": "Homerun",
    "kenjo": "Kenjo",
    "rippling": "Rippling",
    "gem": "Gem",
    "modernloop": "ModernLoop",
    "paradox": "Paradox",
    "hirevue": "HireVue",
    "codility": "Codility",
    "hackerrank": "HackerRank",
    "codesignal": "CodeSignal",
    "coderpad": "CoderPad",
    "youcanbookme": "YouCanBook.me",
    "savvycal": "SavvyCal",
    "doodle": "Doodle",
    "hubspot": "HubSpot",
    "oraclecloud": "Oracle",
    "ultipro": "UKG",
    "ukg": "UKG",
    "adp": "ADP",
    "jobylon": "Jobylon",
    "hrmos": "HRMOS",
    "factorialhr": "Factorial",
    "bizneo": "Bizneo",
    "sesamehr": "Sesame",
    "cornerstoneondemand": "Cornerstone",
}

# Words a vendor puts around its name in a sending domain ("lever-hire", "mail-ashby", "workable-jobs").
_VENDOR_AFFIX = frozenset(
    (
        "mail",
        "email",
        "mailer",
        "hire",
        "hiring",
        "jobs",
        "job",
        "ats",
        "careers",
        "career",
        "recruit",
        "recruiting",
        "talent",
        "notifications",
        "notification",
        "notify",
        "apply",
        "app",
        "apps",
        "hq",
        "inbox",
        "send",
        "sender",
        "messages",
        "message",
        "alerts",
        "noreply",
        "scheduling",
        "schedule",
        "calendar",
        "invites",
        "bounce",
        "bounces",
        "eu",
        "us",
    )
)

_FREE_MAIL = {
    "gmail",
    "googlemail",
    "yahoo",
    "ymail",
    "rocketmail",
    "hotmail",
    "outlook",
    "live",
    "msn",
    "aol",
    "icloud",
    "me",
    "mac",
    "gmx",
    "web",
    "t-online",
    "freenet",
    "posteo",
    "mailbox",
    "protonmail",
    "proton",
    "pm",
    "hey",
    "fastmail",
    "zohomail",
    "yandex",
    "mail",
    "wanadoo",
    "laposte",
    "libero",
    "virgilio",
    "tiscali",
    "seznam",
    "wp",
    "interia",
    "qq",
    "163",
    "126",
    "naver",
    "sbcglobal",
    "btinternet",
    "arcor",
    "bluewin",
    "tutanota",
    "tuta",
    "gmx-topmail",
    "hushmail",
    "mailfence",
    "runbox",
    "inbox",
}

# Bare reserved names (RFC 2606) behave like a public mail host: unrelated people share them.
_SHARED_HOSTS = {"example.com", "example.net", "example.org"}

_TWO_LEVEL_SUFFIXES = {
    "co.uk",
    "org.uk",
    "ac.uk",
    "gov.uk",
    "ltd.uk",
    "plc.uk",
    "me.uk",
    "com.au",
    "net.au",
    "org.au",
    "co.nz",
    "co.jp",
    "co.in",
    "co.za",
    "com.br",
    "com.mx",
    "com.ar",
    "com.es",
    "com.tr",
    "com.cn",
    "com.sg",
    "com.hk",
    "co.kr",
    "co.il",
    "com.pl",
    "co.at",
    "or.at",
    "gv.at",
    "com.co",
    "com.pe",
    "com.ve",
    "com.uy",
    "com.ec",
}

_AGENCY_WORDS = re.compile(
    r"(talent|search|recruit|staffing|headhunt|personnel|placement|sourcing|resourcing)"
)


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def registrable_domain(domain: str) -> str:
    """The organisation part of a host name: ``mail.eu.acme.co.uk`` → ``acme.co.uk``."""
    labels = [x for x in domain.lower().strip(".").split(".") if x]
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def domain_label(domain: str) -> str:
    """The second-level label: ``jobs.acme-robotics.example`` → ``acme-robotics``."""
    reg = registrable_domain(domain)
    return reg.split(".")[0] if reg else ""


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def vendor_of(domain: str) -> str | None:
    """The ATS or scheduling vendor a sending domain belongs to, or None."""
    label = domain_label(domain)
    if not label:
        return None
    candidates = {label, label.replace("-", "")}
    for suffix in ("-mail", "mail", "-email", "email", "-notifications", "-jobs", "jobs", "hq", "-hq"):
        if label.endswith(suffix) and len(label) > len(suffix) + 2:
            candidates.add(label[: -len(suffix)].rstrip("-"))
    for c in candidates:
        if c in _VENDORS:
            return _VENDORS[c]
    # "lever-hire", "hire-lever", "mail-ashby": the vendor's name with affixes around it. A long
    # vendor name counts with any affix; a short one ("join", "gem") only with mail-system words.
    parts = [p for p in re.split(r"[-_.]+", label) if p]
    if len(parts) > 1:
        for i, part in enumerate(parts):
            if part not in _VENDORS:
                continue
            rest = parts[:i] + parts[i + 1 :]
            if len(part) >= 5 or all(r in _VENDOR_AFFIX for r in rest):
                return _VENDORS[part]
    return None


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def is_free_mail(domain: str) -> bool:
    """A public mail host, where the domain says nothing about an organisation."""
    d = domain.lower()
    if registrable_domain(d) in _SHARED_HOSTS or d in _SHARED_HOSTS:
        return True
    return domain_label(d) in _FREE_MAIL


def is_agency_domain(domain: str) -> bool:
    """A recruiting agency by its name (``brightpath-talent``, ``apexsearch``...)."""
    label = domain_label(domain)
    return bool(label) and vendor_of(domain) is None and bool(_AGENCY_WORDS.search(label))


# --- names ------------------------------------------------------------------

_LEGAL = re.compile(
    r"\b(gmbh|ag|kg|se|inc|llc|ltd|limited|corp|corporation|co|company|plc|sa|sas|sarl|sl|slu|srl"
    r"|spa|bv|nv|ab|oy|as|aps|pty|n\.?a)\.?$",
    re.I,
)
_TEAM_WORDS = re.compile(
    r"\b(talent( acquisition)?( team)?|recruiting( team)?|recruitment( team)?|hiring( team)?|careers?"
    r"|jobs|people( team| ops)?|hr( team)?|team|notifications?|no-?reply|talent partners?"
    r"|human resources|candidate experience|personalabteilung|recursos humanos|rrhh|ressources humaines"
    r"|recrutement|karriere|empleo|talento)\s*$",
    re.I,
)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def norm_name(name: str) -> str:
    """Lower-case letters and digits only, legal form dropped: "Acme-Robotics GmbH" → "acmerobotics"."""
    s = _fold(name).strip().rstrip(".,;")
    for _ in range(2):
        s = _LEGAL.sub("", s).strip().rstrip(",")
    return re.sub(r"[^a-z0-9]", "", s.lower())


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def name_matches_label(name: str, label: str) -> bool:
    """Does an organisation name fit a domain label ("Acme Robotics" ~ ``acmerobotics``)?"""
    n, lab = norm_name(name), norm_name(label)
    if not n or not lab:
        return False
    if n == lab:
        return True
    short, long_ = sorted((n, lab), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _strip_team(name: str) -> str:
    s = name.strip()
    for _ in range(3):
        new = _TEAM_WORDS.sub("", s).strip(" -–—|,·:")
        if new == s:
            break
        s = new
    return s


@lru_cache(maxsize=8192)  # pure; a scan asks about the same few hundred values again and again
def display_employer(display_name: str, vendor: str | None = None) -> str | None:
    """The employer a display name names: "Acme Talent Team via Greenhouse" → "Acme"."""
    name = " ".join(display_name.split()).strip("\"' ")
    if not name:
        return None
    m = re.search(r"\(([^()]+)\)\s*$", name)  # "Sam Whitaker (Acme Health)"
    if m:
        inner = m.group(1).strip()
        if not (vendor and norm_name(inner) == norm_name(vendor)):
            return _strip_team(inner) or None
        name = name[: m.start()].strip()
    name = re.sub(r"\s+(via|through|über|vía|par|por)\s+.*$", "", name, flags=re.I)
    if vendor:
        name = re.sub(rf"\b{re.escape(vendor)}\b", "", name, flags=re.I).strip(" -–—|,·:")
    m = re.search(r"\s+(?:at|@|from|bei|de|chez)\s+(.+)$", name)  # "Devon Price at Acme Travel"
    if m:
        name = m.group(1)
    name = _strip_team(name)
    if not name or (vendor and norm_name(name) == norm_name(vendor)):
        return None
    return name


# --- employer resolution ----------------------------------------------------

Via = Literal["domain", "ats", "agency", "person"]


@dataclass(frozen=True, slots=True)
class EmployerGuess:
    """Who the other side works for, and how we know."""

    key: str  # "dom:acme.example", "name:acmerobotics" or "person:jo@gmail.com"
    name: str  # a display form, may be "" when only the domain is known
    domain: str = ""  # organisation domain when known
    via: Via = "domain"
    agency: str = ""  # the agency's domain, when an agency recruiter speaks for the employer


_URL_DOMAIN = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})", re.I)
_BEHALF = re.compile(
    r"\b(?:on behalf of|for (?:my|our) client,?|(?:my|our|the) client(?:'s name)?(?: is| here is|,)?"
    r"|im Auftrag von|unser(?:em)? Kunden?,?|(?:unser|der) Kunde(?: ist)?,?"
    r"|en nombre de|(?:nuestro|el) cliente(?: es)?,?|pour le compte de|(?:notre|le) client(?: est)?,?)\s+"
    r"((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9][\w&'’.-]*|&|de|of|and|y|et|und)){0,4})",
)
# A recruiter saying whom they hire for: "I run recruiting at Acme Labs", "ich leite das Recruiting bei ...".
_RECRUITER_AT = re.compile(
    r"\b(?i:I(?:'m| am)? (?:run|lead|head|manage|handle|do|own|look after) (?:the )?(?:recruiting|recruitment"
    r"|talent(?: acquisition)?|hiring)(?: team)? (?:at|for)"
    r"|I(?:'m| am) (?:a |the |an? (?:technical |senior )?)?(?:recruiter|talent partner|sourcer) (?:at|for|with)"
    r"|I(?:'m| am) on the (?:recruiting|talent|hiring) team (?:at|for)"
    r"|ich (?:leite|verantworte|betreue|mache|koordiniere) (?:das |die )?(?:Recruiting|Recruitment"
    r"|Personalgewinnung|Talent Acquisition) (?:bei|für|von)"
    r"|ich bin (?:die |der )?(?:Recruiterin|Recruiter|Personalreferent(?:in)?) (?:bei|für|von)"
    r"|(?:llevo|dirijo|gestiono|coordino) (?:el reclutamiento|la selección|el talento|el recruiting)"
    r" (?:en|de|para)"
    r"|soy (?:la |el )?(?:reclutadora|reclutador|recruiter|responsable de selección) (?:en|de|para)"
    r"|je (?:m'occupe|m’occupe|suis en charge|gère|dirige|pilote) (?:du|le) recrutement (?:chez|de|pour|d')"
    r"|je suis (?:la |le )?(?:recruteuse|recruteur|chargée? de recrutement) (?:chez|de|pour|d'))"
    r"\s*((?:[A-Z0-9][\w&'’-]*)(?:\s+(?:[A-Z0-9][\w&'’-]*|&)){0,3})"
)


def recruiter_employer(text: str) -> str | None:
    """The organisation a recruiter says they hire for, if the text says so."""
    m = _RECRUITER_AT.search(text)
    if not m:
        return None
    name = m.group(1).strip(" .,'’-")
    return name if name and name.split()[0].lower() not in _NOT_A_NAME else None


_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|designer|scientist|analyst|architect|consultant|specialist"
    r"|administrator|director|lead|intern|recruiter|officer|head|vp|president|engineering|platform"
    r"|backend|frontend|software|senior|staff|principal|junior|interview|entwickler\w*|ingeniero\w*"
    r"|desarrollador\w*|ingénieur\w*|développeur\w*|role|position|opportunity|job|request|update)\b",
    re.I,
)
_WEEKDAY_OR_MONTH = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I
)


def _addr_domain(a: Address) -> str:
    return a.domain.lower()


def _is_org(domain: str, mine: Collection[str]) -> bool:
    return bool(domain) and vendor_of(domain) is None and not is_free_mail(domain) and domain not in mine


# Capitalised words that start a sentence or a date, not a company name.
def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (lists of short words read better that way)."""
    return frozenset(text.split())


_NOT_A_NAME = _words(
    "i we you they he she it this that the a an in on at for and but if as our my your their its"
    " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
    " july august september october november december montag dienstag mittwoch donnerstag freitag"
    " lunes martes miércoles jueves viernes lundi mardi mercredi jeudi vendredi ich wir sie er es der"
    " die das ein eine nosotros ellos el la los las un una nous vous ils le les une"
)


# An agency recruiter on the search they run: "I'm working with Acme Labs on their ... search".
_CLIENT_WORK = re.compile(
    r"\b(?i:I(?:'m| am) (?:working|partnering|recruiting) (?:with|for)|we(?:'re| are) (?:working|partnering)"
    r" with|(?:ich arbeite|arbeite ich|wir arbeiten|arbeiten wir) (?:mit|für)|(?:ich suche|suche ich|wir suchen"
    r"|suchen wir) für|(?:trabajo|colaboro|estoy"
    r" trabajando|estamos trabajando) con|(?:busco|buscamos) para|je (?:travaille|collabore) avec"
    r"|nous (?:travaillons|collaborons) avec|je recrute pour|nous recrutons pour)"
    r"\s+((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9][\w&'’.-]*|&)){0,3})"
)
_REPLY_LEAD = re.compile(r"^(\s*(re|aw|fw|fwd|wg|rv|tr|sv|antw)\s*(\[\d+\])?\s*:\s*)+", re.I)


def _client_from_text(msg: Message, agency_label: str, people: Collection[str]) -> str | None:
    """An agency recruiter's client, when the subject or the text names one."""
    texts = [msg.subject, body_of(msg)]
    for pattern in (_BEHALF, _CLIENT_WORK):
        for t in texts:
            for m in pattern.finditer(t):
                cand = m.group(1).strip(" .,")
                if not cand or cand.split()[0].lower() in _NOT_A_NAME:
                    continue
                if not name_matches_label(cand, agency_label):
                    return cand
    body = body_of(msg)
    segments = re.split(r"\s+[—–|/:-]\s+|\s*[|:]\s*", _REPLY_LEAD.sub("", msg.subject))
    for seg in segments:
        seg = re.sub(r"\s*\([^()]*\)$", "", seg.strip())  # "Acme Labs (Oakland)": a place, not the name
        if len(norm_name(seg)) < 3 or _ROLE_WORDS.search(seg) or _WEEKDAY_OR_MONTH.match(seg):
            continue
        if not seg[:1].isupper() or name_matches_label(seg, agency_label):
            continue
        if any(norm_name(seg) == norm_name(p) for p in people):
            continue
        if re.search(rf"(?<!\w){re.escape(seg)}(?!\w)", body):
            return seg
    return None


def resolve_employer(msg: Message, my_addresses: Collection[str] = ()) -> EmployerGuess | None:
    """The employer behind one message's other side, or None when nothing can be said."""
    mine = {a.lower() for a in my_addresses}
    my_domains = {a.rpartition("@")[2] for a in mine}
    if msg.direction == "sent":
        people = [a for a in msg.to + msg.cc if a.email not in mine]
    else:
        people = [msg.from_] if msg.from_ else []
    if not people:
        return None
    sender = people[0]
    domain = _addr_domain(sender)
    vendor = vendor_of(domain)
    if vendor is None and msg.direction == "received":
        vendor = _via_service(sender, domain)
    person_names = [a.name for a in (*msg.to, *msg.cc, *((msg.from_,) if msg.from_ else ()))]

    if msg.direction == "sent":
        for a in people:  # an owner's message: the first organisational recipient
            d = _addr_domain(a)
            if _is_org(d, my_domains):
                return _org_guess(msg, d, person_names)
        if vendor is None and is_free_mail(domain):
            return EmployerGuess(f"person:{sender.email}", sender.name, "", "person")
        return None

    if vendor is not None:
        for a in msg.reply_to:
            d = _addr_domain(a)
            if _is_org(d, my_domains):
                shown = display_employer(sender.name, vendor) or ""
                return EmployerGuess(f"dom:{registrable_domain(d)}", shown, registrable_domain(d), "ats")
        for ev in msg.calendar:
            d = ev.organizer.rpartition("@")[2]
            if ev.organizer and _is_org(d, my_domains):
                shown = display_employer(sender.name, vendor) or ""
                return EmployerGuess(f"dom:{registrable_domain(d)}", shown, registrable_domain(d), "ats")
        name: str | None = display_employer(sender.name, vendor) or recruiter_employer(body_of(msg))
        if not name:
            behalf = _BEHALF.search(body_of(msg))
            name = behalf.group(1).strip(" .,") if behalf else None
        if not name:
            m = re.search(
                r"\b(?:on behalf of|for|with|at|bei|con|chez"
                r"|avec)\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})",
                msg.subject,
            )
            name = m.group(1) if m else None
        if not name:
            return None
        for url_domain in _URL_DOMAIN.findall(msg.text[:MAX_SCAN]):
            d = url_domain.lower()
            if _is_org(d, my_domains) and name_matches_label(name, domain_label(d)):
                return EmployerGuess(f"dom:{registrable_domain(d)}", name, registrable_domain(d), "ats")
        return EmployerGuess(f"name:{norm_name(name)}", name, "", "ats")

    if domain in my_domains and not is_free_mail(domain):
        return None  # a colleague at the owner's own organisation is not a prospective employer
    if is_free_mail(domain) or domain in my_domains:
        for a in msg.reply_to:
            d = _addr_domain(a)
            if _is_org(d, my_domains):
                return _org_guess(msg, d, person_names)
        client = _client_from_text(msg, "", person_names) if has_recruiting_context(msg) else None
        if client:
            return EmployerGuess(f"name:{norm_name(client)}", client, "", "agency")
        return EmployerGuess(f"person:{sender.email}", sender.name, "", "person")
    return (
        _relayed_employer(msg, sender, domain, my_domains)
        or _hosted_employer(msg, sender, domain, my_domains)
        or _org_guess(msg, domain, person_names)
    )


def _relayed_employer(
    msg: Message, sender: Address, domain: str, my_domains: Collection[str]
) -> EmployerGuess | None:
    """A recruiter writing through a tool we don't know, answered at the employer's own domain.

    "Jo Ng (Acme Labs)" <jo@some-tool.example> with Reply-To jo@acmelabs.example, or a
    text saying "I run recruiting at Acme Labs": the Reply-To domain is the employer when the
    display name or the text names it and the sending domain is not the one named.
    """
    named = [n for n in (display_employer(sender.name), recruiter_employer(body_of(msg))) if n]
    if not named:
        return None
    own = domain_label(registrable_domain(domain))
    for a in msg.reply_to:
        d = registrable_domain(_addr_domain(a))
        if not _is_org(d, my_domains) or d == registrable_domain(domain):
            continue
        for name in named:
            if name_matches_label(name, domain_label(d)) and not name_matches_label(name, own):
                return EmployerGuess(f"dom:{d}", name, d, "ats")
    return None


def _via_service(sender: Address, domain: str) -> str | None:
    """ "Acme Robotics via Hireflow" <jobs@hireflow.example>: a service we don't know, named as such."""
    m = re.search(r"\s+(?:via|through|über|vía|par|por)\s+(.+)$", sender.name, re.I)
    if not m:
        return None
    service, label = m.group(1).strip(), domain_label(domain)
    inside = norm_name(service)
    if name_matches_label(service, label) or (len(inside) >= 4 and inside in norm_name(label)):
        return service  # "Acme via Hireflow" from ``mail-hireflow.example`` too
    return None


# Host labels that name a mail system, not a customer of a hosted service.
_GENERIC_HOST_LABELS = re.compile(
    r"^(www|mail\w*|e?mails?|smtp|mx|mta|send(er|ing)?|bounces?|notif\w*|noreply|no-reply|news\w*"
    r"|jobs?|careers?|karriere|empleo|emplois?|recruit\w*|talent|hr|apply|app|apps|portal|em\d*|mg|out"
    r"|[a-z]{2}|\w*\d\w*)$",
    re.I,
)


def _hosted_employer(
    msg: Message, sender: Address, domain: str, my_domains: Collection[str]
) -> EmployerGuess | None:
    """An employer's system mailing from a service's domain, which the recognised vendors don't cover.

    Two generic signs: the host names the employer ("Acme Health" <no-reply@acmehealth.hiresys.example>,
    or a tenant label the text names), or an automated sender whose display name is an organisation
    other than the domain's own, in a message about an application.
    """
    if any(_is_org(_addr_domain(a), my_domains) for a in msg.reply_to):
        return None  # a person to answer to: their domain says who the employer is
    reg = registrable_domain(domain)
    tenants = [
        lab
        for lab in domain[: -len(reg)].strip(".").split(".")
        if lab and len(norm_name(lab)) >= 4 and not _GENERIC_HOST_LABELS.match(lab)
    ]
    shown = display_employer(sender.name)
    if shown and name_matches_label(shown, domain_label(reg)):
        return None  # the domain is the employer's own
    for lab in tenants:
        if shown and name_matches_label(shown, lab):
            return EmployerGuess(f"name:{norm_name(shown)}", shown, "", "ats")
    automated = is_automated(msg)
    if tenants and automated:
        folded = norm_name(f"{msg.subject} {body_of(msg)}")
        for lab in tenants:
            if norm_name(lab) in folded:
                return EmployerGuess(f"name:{norm_name(lab)}", shown or "", "", "ats")
    if shown and automated and has_recruiting_context(msg, strict=True) and len(norm_name(shown)) >= 3:
        folded = norm_name(f"{msg.subject} {body_of(msg)}")
        if norm_name(shown) in folded:  # the text names the same organisation as the display name
            return EmployerGuess(f"name:{norm_name(shown)}", shown, "", "ats")
    return None


def _org_guess(msg: Message, domain: str, people: Collection[str]) -> EmployerGuess:
    reg = registrable_domain(domain)
    text = body_of(msg)
    agency = is_agency_domain(reg) or bool(
        re.search(
            r"\b(my|our) client\b|\bon behalf of (my|our|a) client|\bI'?m partnering with\b"
            r"|\b(recruitment|staffing|search) (agency|firm)\b|\bunser(em)? Kunden\b|\bnuestro cliente\b"
            r"|\bnotre client\b",
            text,
            re.I,
        )
    )
    if agency:
        client = _client_from_text(msg, domain_label(reg), people)
        if client:
            return EmployerGuess(f"name:{norm_name(client)}", client, "", "agency", reg)
        return EmployerGuess(f"dom:{reg}", "", reg, "domain", reg)
    return EmployerGuess(f"dom:{reg}", "", reg, "domain")


# --- message kinds ----------------------------------------------------------

MessageKind = Literal["owner", "employer", "automated", "acknowledgement", "bulk"]

_NOREPLY_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer|mailer-daemon|alerts?"
    r"|bounce|system|automated|auto|postmaster|news(letter)?|updates?|info|hello|team)\b",
    re.I,
)
_AUTOMATED_TEXT = re.compile(
    r"this (is an automated|is an automatic|message was sent automatically|mailbox is not monitored)"
    r"|(please )?do not reply to this (e-?mail|message)|automatisch (erstellt|generiert|versendet)"
    r"|bitte antworten sie nicht|no respondas a este|mensaje (generado )?automático"
    r"|ne pas répondre|message automatique|e-?mail automatique",
    re.I,
)
_ACK = re.compile(
    r"(thank(s| you) for (applying|your application)|we('ve| have) received your application"
    r"|application (has been )?received|received your application|your application (for|to) .{0,80}"
    r"(has been|was) (received|submitted)|application confirmation"
    r"|vielen dank für ihre bewerbung|ihre bewerbung (ist|wurde) .{0,30}eingegangen|eingangsbestätigung"
    r"|hemos recibido tu (solicitud|candidatura)|gracias por (tu|su) (solicitud|candidatura)"
    r"|nous avons (bien )?reçu votre candidature|merci pour votre candidature|accusé de réception)",
    re.I,
)
_THANKS = re.compile(
    r"\b(thank(s| you)( so much| again)? for (the|your|today|this|making|taking|speaking|meeting"
    r"|organi[sz]ing|setting|arranging|a great|a really)|thank you both|great (speaking|talking|meeting)"
    r"|vielen dank für (das|die|ihre|den) (gespräch|zeit|organisation|heutige)|danke für das gespräch"
    r"|gracias por (la|su|tu) (entrevista|tiempo|conversación)|merci pour (l'entretien|votre temps"
    r"|cet échange|notre échange|la conversation))",
    re.I,
)


_NOT_ACK = re.compile(
    r"\b(unfortunately|regret|not (be )?mov\w+ forward|other candidates|leider|lamentablemente"
    r"|malheureusement|interview (is|has been) (scheduled|confirmed))\b",
    re.I,
)


def is_automated(msg: Message) -> bool:
    """Mail a system sent on its own: acknowledgements, scheduler confirmations, form rejections."""
    if msg.direction == "sent":
        return False
    if msg.bulk.is_automated:
        return True
    sender = msg.from_
    human_reply_to = any(
        vendor_of(a.domain) is None and not _NOREPLY_LOCAL.match(a.email.partition("@")[0])
        for a in msg.reply_to
    )
    if sender and _NOREPLY_LOCAL.match(sender.email.partition("@")[0]) and not human_reply_to:
        return True
    if sender and vendor_of(sender.domain) and not human_reply_to and not msg.reply_to:
        # a vendor address with nobody to answer to: a system message
        return True
    return bool(_AUTOMATED_TEXT.search(body_of(msg)))


def is_acknowledgement(msg: Message) -> bool:
    """An "application received" message (no person has looked at anything yet)."""
    if msg.direction == "sent":
        return False
    text = f"{msg.subject}\n{body_of(msg)}"
    return bool(_ACK.search(text)) and not msg.calendar and not _NOT_ACK.search(text)


def is_thank_you(msg: Message) -> bool:
    """The owner's thank-you note after a conversation."""
    return msg.direction == "sent" and bool(_THANKS.search(body_of(msg)))


def is_noise(msg: Message) -> bool:
    """Bulk mail (lists, newsletters) that is evidence against an interview process.

    Bulk markers are overridden when the message carries an invitation or
    comes from an applicant-tracking vendor (some add list headers to every mail).
    """
    if msg.direction == "sent" or not msg.bulk.is_bulk:
        return False
    if any(ev.method in {"REQUEST", "CANCEL", ""} for ev in msg.calendar):
        return False
    return not (msg.from_ and vendor_of(msg.from_.domain))


def message_kind(msg: Message) -> MessageKind:
    """Owner, employer person, acknowledgement, other automated mail, or bulk."""
    if msg.direction == "sent":
        return "owner"
    if is_noise(msg):
        return "bulk"
    if is_acknowledgement(msg) and is_automated(msg):
        return "acknowledgement"
    if is_automated(msg):
        return "automated"
    return "employer"


# --- recruiting context and what is not an interview process ---------------

_RECRUITING = re.compile(
    r"\b(interview\w*|phone screen|technical screen|screening call|onsite|on-site interview|final round"
    r"|hiring manager|hiring team|recruit\w*|talent acquisition|your application|your candidacy"
    r"|candida\w*|the role|this role|the position|this position|open role|your résumé|your resume|your cv"
    r"|thanks for applying|thank you for applying|applied for|job offer|offer letter|take-home|work sample"
    r"|bewerbung\w*|vorstellungsgespräch\w*|kennenlerngespräch|stelle\b|personalabteilung"
    r"|personalberat\w*|personalvermittl\w*|headhunt\w*|(offene|vakante) position|cabinet de recrutement"
    r"|(?-i:(die|diese|eine|unsere) Position (als |im Bereich )?[A-ZÄÖÜ])"
    r"|entrevista\w*|candidatura\w*|proceso de selección|vacante|puesto|reclutador\w*|selección"
    r"|entretien\w*|candidature\w*|recrutement|recruteu\w*|poste\b|processus de recrutement)",
    re.I,
)
# Someone asks the owner to interview a candidate: a panel seat, a named candidate, their CV.
# Stronger than the words "debrief" or "scorecard", so it also marks the sender's organisation as the
# owner's own workplace (see applications).
_ASKED_TO_INTERVIEW = re.compile(
    r"\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)|\bfaire passer (un|l')entretien"
    r"|\byou('d| would| could| can)? (be able to |like to |mind )?(sit|serve|sitting|serving) on (the|an|our|a"
    r"|this|that) (interview(ing)? |hiring )?(panel|loop|committee)\b(?! interview)"
    r"|\b(panel|loop) for (a|an|this) ([\w-]+ ){0,3}(candidate|applicant)\b"
    r"|\b(interview|assess|screen)(ing)? (a|an|this) (?!(final|last|few|more|other|remaining|couple|handful"
    r"|number|second|third|new|further|different|internal|external|strong|great|shortlisted)\b)"
    r"([\w-]+ ){0,3}(candidate|applicant)\b(?!s|['’]s| pool| portal| experience)"
    r"|\bfor (a|an|this) ([\w-]+ ){0,3}(candidate|applicant),? (?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    r"|\b(the|this|our) (candidate|applicant)'s (cv|résumé|resume|scorecard|debrief)\b"
    r"|\b(feedback|notes|thoughts|verdict) (on|about) (the|this|our) (candidate|applicant)\b"
    r"(?!s| experience| journey| portal| pool)"
    r"|\b(einen|eine|unsere[nr]?) (?!(weitere|andere|letzte|zweite|dritte|neue)\w*)([\w-]+ ){0,2}"
    r"[\w-]*(kandidat|bewerber)(in|en)? (mit )?(interviewen"
    r"|beurteilen|einschätzen)|\b(lebenslauf|cv) (des|der) (kandidat|bewerber)\w*"
    r"|\b(teil|mitglied) (des|im) ([\w-]+)?(panel|gremium)s? (sein|werden)\b"
    r"|\b(feedback|einschätzung) zu[mr]? (dem |der )?(kandidat|bewerber)"
    r"|\bentrevistar a (un|una|el|la|nuestr[oa]|este|esta) (?!(otr|últim|ultim|segund|tercer|nuev|más)\w*)"
    r"(\w+ )?(candidat|aspirante)\w*"
    r"|\bformar parte del (panel|tribunal|comité) (de )?(entrevista|selección)"
    r"|\b(cv|currículum) (del|de la) (candidat|aspirante)\w*|\b(opinión|valoración|feedback)"
    r" sobre (el|la) (candidat|aspirante)\w*"
    r"|\b(faire partie|siéger|participer) (du|au|à un) (jury|panel)( d'entretien| de recrutement)?\b"
    r"|\bentretien (avec|d') (un|une|notre) (?!(autre|dernier|dernière|nouvel|nouveau|nouvelle|second|deuxième)\b)"
    r"([\w-]+ )?(candidat|candidate)\b|\bfaire passer"
    r" (des|les|un|une) entretiens?\b|\bcv (du|de la) (candidat|candidate)\b"
    r"|\b(avis|retour) sur (le|la) (candidat|candidate)\b"
    # "beim Vorstellungsgespräch mit einer Kandidatin dabei sein", "du bist als zweiter Interviewer eingeplant"
    r"|\b(vorstellungsgespräch|gespräch|interview)\w* mit (einer|einem|der|dem|unsere[rmn]?) ([\w-]+ )?"
    r"(kandidat|bewerber)(in|en)?\b|\b(du bist|bist du|sie sind|sind sie) (\w+ ){0,2}als (\w+ )?interviewer"
    r"|\b(you('re| are)|you'll be) (\w+ ){0,2}(the|a|our) (second|third|other|additional|backup) interviewer\b"
    r"|\b(panel|jury|tribunal) (with|for|avec|pour|con|para) (a|an|the|un|une|le|la|el) ([\w-]+ )?"
    r"(candidate|candidat|candidate|candidato|candidata)\b",
    re.I,
)
_NEGATIVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "user research",
        re.compile(
            r"\b(user|customer|research|usability|product|feedback) (interview|study|session|research)\b"
            r"|\buser research\b|\bgift card\b|\bparticipant\b|\bincentive\b|\bstudy session\b"
            r"|\bentrevista de usuario|\binterview utilisateur|\bnutzerinterview|\bnutzerstudie",
            re.I,
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(podcast|episode|journalist|reporter|article|magazine|newspaper|our show|on the show|webinar"
            r"|livestream|interview you for|feature you|quote you|press)\b"
            r"|\b(folge|sendung|zeitschrift|periodista|revista|episodio|journaliste|émission)\b",
            re.I,
        ),
    ),
    (
        "exit interview",
        re.compile(
            r"\bexit[- ](interview|survey)\b|\bAustrittsgespräch"
            r"|\bentrevista de salida|\bentretien de sortie",
            re.I,
        ),
    ),
    (
        "mock interview",
        re.compile(
            r"\bmock[- ](system design |coding |behavioral )?interview|\bpractice interview|\binterview prep"
            r"|\bprobe-?interview|\bsimulacro de entrevista|\bentretien blanc",
            re.I,
        ),
    ),
    (
        "owner interviews",
        re.compile(
            r"\b(interview|screen) (a|the|one|two|our|this|another) (candidate|applicant|intern)s?\b"
            r"|\binterview(ing)? candidates\b|\b(join|sit in on|shadow|be on) (the |an |our |my )?"
            r"(interview )?(panel|loop|interview)\b|\bas an interviewer\b|\binterviewer (slot|training)"
            r"|\bcandidate'?s? (interview|debrief)|\bscorecard\b|\bdebrief\b"
            r"|\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)|\bentrevistar a (un|una)"
            r"|\bfaire passer (un|l')entretien"
            r"|" + _ASKED_TO_INTERVIEW.pattern,
            re.I,
        ),
    ),
    (
        "someone else's interview",
        re.compile(
            r"\b(I have|I've got|I had|I've had|I got) (my|an|a|the) (\w+ ){0,3}(interview|round)\b"
            r"|\bmy (\w+ ){0,2}(interview|round)s? (is|are|was|at|with|on|tomorrow)\b"
            r"|\b(be|being) (a|my|her|his) reference\b|\bwould you be (a|my) reference\b"
            r"|\b(asked|ask|asking) (me )?for (a )?references?\b|\bbe (one of )?(my|a|her|his) references\b"
            r"|\bwilling to be (one|a reference|my reference)\b|\bas (a|my) reference\b"
            r"|\breference (check|call) for (me|her|him)\b|\bI'?m in the (last|final) (stage|round)"
            r"|\bI'?m interviewing (at|with|for)\b|\bwish me luck\b"
            r"|\b(ich habe|tengo|j'ai) (mein|meine|mi|mon|un|une) .{0,20}(interview|vorstellungsgespräch"
            r"|entrevista|entretien)",
            re.I,
        ),
    ),
    (
        "marketing",
        re.compile(
            r"\b(\d+% off|discount|promo code|use code|coupon|unsubscribe|subscribe|upgrade to premium"
            r"|free trial|limited time|this week only)\b",
            re.I,
        ),
    ),
)


# What only an interviewer writes about a candidate: a hiring verdict ("strong hire from me").
_INTERVIEWER_VERDICT = re.compile(
    r"\b((strong|definite|clear|lean|soft|weak)(ly)? (no[- ])?hire|no[- ]hire|(hire|no hire) from me"
    r"|I('d| would)( not)? hire (him|her|them)|thumbs[- ](up|down) (from me )?(for|on) (him|her|them)"
    r"|my (feedback|notes|scorecard|verdict) (on|for|about) (the|this) (candidate|applicant)"
    r"|(ihn|sie) (würde ich|ich würde) einstellen|würde (ihn|sie) einstellen"
    r"|einstellungsempfehlung|(ja|nein) zur einstellung|mein (feedback|eindruck) zu[mr]? (dem |der )?"
    r"(kandidat|bewerber)\w*"
    r"|(lo|la) contrataría|(recomiendo|recomendaría) (contratarl[oa]|su contratación)|mi (feedback|valoración"
    r"|opinión) sobre (el|la) (candidat|aspirante)\w*"
    r"|je (le|la) (recruterais|embaucherais)|avis (très )?(favorable|défavorable) (pour|à) (son|sa)"
    r" (recrutement|embauche)|mon (retour|avis) sur (le|la) (candidat|candidate))\b",
    re.I,
)


def is_interviewer_talk(msg: Message) -> bool:
    """Does the message put the owner on the interviewer's side (a panel request, a verdict on a candidate)?

    Received mail is read for requests to interview someone; the owner's own mail
    for what only an interviewer writes (a hiring verdict).
    """
    text = f"{msg.subject}\n{body_of(msg)}"
    if msg.direction == "sent":
        return bool(_INTERVIEWER_VERDICT.search(text))
    return bool(_ASKED_TO_INTERVIEW.search(text))


_JOB_TITLE = re.compile(
    r"\b(engineer|developer|designer|scientist|analyst|architect|product manager|engineering manager"
    r"|program manager|consultant|specialist|administrator|accountant|researcher|sre|devops"
    r"|entwickler\w*|ingenieur\w*|berater\w*|ingenier[oa]s?|desarrollador\w*|analista|ingénieur\w*"
    r"|développeur\w*|chef de projet)\b",
    re.I,
)


def _with_signature(msg: Message) -> str:
    """The new text plus what follows it briefly (a signature often names the recruiter's job)."""
    new = msg.new_text[:MAX_SCAN]
    if not new:
        return msg.text[:3000]
    full = msg.text[: MAX_SCAN + 400]
    key = new[:MAX_SCAN].rstrip()[-40:]
    at = full.find(key) if key else -1
    tail = full[at + len(key) : at + len(key) + 300] if at >= 0 else ""
    tail = re.split(
        r"^\s*(>|On .{5,80} wrote:|Am .{5,80} schrieb|El .{5,80} escribió|Le .{5,80} a écrit)",
        tail,
        maxsplit=1,
        flags=re.M,
    )[0]
    return new + "\n" + tail


_STRONG_RECRUITING = re.compile(
    r"\b(your application|your candidacy|applied for|thanks for applying|thank you for applying|recruit\w*"
    r"|talent acquisition|hiring manager|hiring team|the (role|position|opening)|this (role|position|opening)"
    r"|bewerbung\w*|stelle\b|candidatura\w*|puesto|vacante|candidature\w*|poste\b)",
    re.I,
)


def has_recruiting_context(msg: Message, *, strict: bool = False) -> bool:
    """Does the message (subject, new text or signature) talk about a job application or interview?

    `strict` asks for more than the word "interview": a role, an application
    or a recruiter (for people writing from personal addresses, who also
    talk about their own interviews and the owner's job hunt).
    """
    if _JOB_TITLE.search(msg.subject):
        return True
    pattern = _STRONG_RECRUITING if strict else _RECRUITING
    return bool(pattern.search(f"{msg.subject}\n{_with_signature(msg)}"))


def non_interview_reason(text: str, *, marketing: bool = True) -> str | None:
    """Why a text that mentions interviews is not about the owner's own job interview, if it isn't.

    `marketing=False` skips the weakest signal (discount codes, "unsubscribe"),
    which footers of real recruiting mail can carry too.
    """
    for reason, pattern in _NEGATIVE:
        if reason == "marketing" and not marketing:
            continue
        if pattern.search(text):
            return reason
    return None


_EVENT_INTERVIEW = re.compile(
    r"\b(interview\w*|screen(ing)?|onsite|on-site|final round|\w+ round|technical|tech screen|hiring"
    r"|recruit\w*|candidate|meet the team|conversation with|chat with|intro\w*|call with|panel"
    r"|gespräch|vorstellungsgespräch|kennenlernen|entrevista|entretien)\b",
    re.I,
)


def interview_event(ev: CalendarEvent, *, job_context: bool) -> bool:
    """Is a calendar event an interview? A title that says so, or any one-off event in a job process."""
    if ev.method not in {"REQUEST", "PUBLISH", ""} or ev.recurring:
        return False
    if ev.status.upper() == "CANCELLED" or ev.start is None:
        return False
    if non_interview_reason(ev.summary):
        return False
    if re.search(
        r"\b(1:1|1on1|one[- ]on[- ]one|standup|stand-up|sync|retro|all[- ]hands|birthday|dinner"
        r"|lunch|party|dentist|dental|doctor|appointment|book club|meetup|talk)\b",
        ev.summary,
        re.I,
    ):
        return False
    if ev.method == "PUBLISH":
        return bool(_EVENT_INTERVIEW.search(ev.summary)) and job_context
    return job_context
