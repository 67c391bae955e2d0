"""What a mail domain says: its organisation part, a public mail host, an ATS or scheduling vendor, an agency.

Pure str -> value helpers over data tables. A scan calls them per address,
hundreds of thousands of times over a few hundred distinct domains, so each
is cached. Vendors are recognised by the registrable name of their domain (so
``greenhouse-mail.io`` and a look-alike such as ``greenhouse-mail.test`` both count).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

__all__ = [
    "domain_label",
    "is_agency_domain",
    "is_free_mail",
    "registrable_domain",
    "vendor_of",
]

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

# Self-scheduling (booking pages) and video-call services: they send confirmations, reminders and
# recording notices for whoever booked them, so they are never an employer. Same matching as _VENDORS.
# (General mail and calendar hosts that are also employers, such as the big office-suite companies,
# are left out: their invites come from the organiser's own address.)
_MEETING_SERVICES: dict[str, str] = {
    "calendly": "Calendly",
    "youcanbookme": "YouCanBook.me",
    "savvycal": "SavvyCal",
    "doodle": "Doodle",
    "acuityscheduling": "Acuity Scheduling",
    "setmore": "Setmore",
    "simplybook": "SimplyBook.me",
    "zcal": "zcal",
    "tidycal": "TidyCal",
    "chilipiper": "Chili Piper",
    "calcom": "Cal.com",
    "koalendar": "Koalendar",
    "oncehub": "OnceHub",
    "schedulicity": "Schedulicity",
    "vcita": "vcita",
    "timetap": "TimeTap",
    "bookafy": "Bookafy",
    "zoom": "Zoom",
    "zoomus": "Zoom",
    "zoomgov": "Zoom",
    "webex": "Webex",
    "gotomeeting": "GoTo Meeting",
    "gotowebinar": "GoTo Webinar",
    "whereby": "Whereby",
    "bluejeans": "BlueJeans",
    "jitsi": "Jitsi",
    "livestorm": "Livestorm",
    "ringcentral": "RingCentral",
    "dialpad": "Dialpad",
    "skype": "Skype",
    "firefliesai": "Fireflies",
    "fireflies": "Fireflies",
    "tldv": "tl;dv",
    "brighthire": "BrightHire",
    "metaview": "Metaview",
}
_VENDORS.update({k: v for k, v in _MEETING_SERVICES.items() if k not in _VENDORS})

# Meeting and calendar services of companies that are also employers: known by the service's own
# host ("noreply@email.teams.microsoft.com"), never by the company's domain alone.
_SERVICE_HOSTS: dict[str, str] = {
    "teams.microsoft": "Microsoft Teams",
    "bookings.microsoft": "Microsoft Bookings",
    "meet.google": "Google Meet",
    "calendar.google": "Google Calendar",
    "scheduler.zoom": "Zoom",
    "chime.aws": "Amazon Chime",
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

_CACHE = 8192  # distinct domains per scan: a few hundred

_AGENCY_WORDS = re.compile(
    r"(talent|search|recruit|staffing|headhunt|personnel|placement|sourcing|resourcing)"
)


@lru_cache(maxsize=_CACHE)
def registrable_domain(domain: str) -> str:
    """The organisation part of a host name: ``mail.eu.acme.co.uk`` → ``acme.co.uk``."""
    labels = [x for x in domain.lower().strip(".").split(".") if x]
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@lru_cache(maxsize=_CACHE)
def domain_label(domain: str) -> str:
    """The second-level label: ``jobs.acme-robotics.example`` → ``acme-robotics``."""
    reg = registrable_domain(domain)
    return reg.split(".")[0] if reg else ""


@lru_cache(maxsize=_CACHE)
def vendor_of(domain: str) -> str | None:
    """The ATS or scheduling vendor a sending domain belongs to, or None."""
    label = domain_label(domain)
    if not label:
        return None
    host = domain.lower().strip(".").split(".")
    for a, b in pairwise(host):
        if f"{a}.{b}" in _SERVICE_HOSTS:
            return _SERVICE_HOSTS[f"{a}.{b}"]
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


@lru_cache(maxsize=_CACHE)
def is_free_mail(domain: str) -> bool:
    """A public mail host, where the domain says nothing about an organisation."""
    d = domain.lower()
    if registrable_domain(d) in _SHARED_HOSTS or d in _SHARED_HOSTS:
        return True
    label = domain_label(d)
    if label in _FREE_MAIL:
        return True
    # A one-word name ending in "mail" ("kinmail", "bolmail"): a mail host we have not listed, where
    # the address says nothing about an organisation. ("x-mail" names are services' sending domains.)
    return len(label) > 5 and label.endswith("mail") and label.isalpha() and vendor_of(d) is None


@lru_cache(maxsize=_CACHE)
def is_agency_domain(domain: str) -> bool:
    """A recruiting agency by its name (``brightpath-talent``, ``apexsearch``...)."""
    label = domain_label(domain)
    return bool(label) and vendor_of(domain) is None and bool(_AGENCY_WORDS.search(label))
