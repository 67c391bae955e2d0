"""Who the other side of one message works for (`resolve_employer`), and how we know.

Employers are recognised by what the mail itself says; nothing is tuned to one mailbox.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from watcher.core.employers.domains import (
    domain_label,
    is_agency_domain,
    is_free_mail,
    registrable_domain,
    vendor_of,
)
from watcher.core.employers.message_kinds import is_automated, is_system_address
from watcher.core.employers.names import (
    display_employer,
    fold_name,
    name_matches_label,
    norm_name,
    norm_words,
)
from watcher.core.reading.lexicon import alternation, phrases
from watcher.core.reading.relevance import has_recruiting_context
from watcher.core.reading.text import MAX_SCAN, body_of
from watcher.core.reading.vocabulary import strip_reply_prefixes
from watcher.core.records import Address, Message

__all__ = ["EmployerGuess", "Via", "recruiter_employer", "relayed_for", "resolve_employer", "service_domains"]

Via = Literal["domain", "ats", "agency", "person"]
_CACHE = 8192  # distinct senders per scan: a few hundred


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
    r"\b(?:"
    + alternation("ON_BEHALF_OF")
    + r")\s+((?:[A-Z0-9][\w&'’.-]*)(?:(?<!\.)\s+(?:[A-Z0-9][\w&'’.-]*|&|de|of|and|y|et|und)){0,4})"
)
# A recruiter saying whom they hire for: "I run recruiting at Acme Labs", "ich leite das Recruiting bei ...".
_RECRUITER_AT = re.compile(
    r"\b(?i:"
    + alternation("RECRUITER_AT")
    + r")\s*((?:[A-Z0-9][\w&'’-]*)(?:\s+(?:[A-Z0-9][\w&'’-]*|&)){0,3})"
)


def recruiter_employer(text: str) -> str | None:
    """The organisation a recruiter says they hire for, if the text says so."""
    m = _RECRUITER_AT.search(text)
    if not m:
        return None
    name = m.group(1).strip(" .,'’-")
    return name if name and name.split()[0].lower() not in _NOT_A_NAME else None


_ROLE_WORDS = re.compile(r"\b(" + alternation("ROLE_WORDS") + r")\b", re.I)
_WEEKDAY_OR_MONTH = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I
)


def _addr_domain(a: Address) -> str:
    return a.domain.lower()


def _is_org(domain: str, mine: Collection[str]) -> bool:
    return bool(domain) and vendor_of(domain) is None and not is_free_mail(domain) and domain not in mine


# Capitalised words that start a sentence or a date, not a company name.
_NOT_A_NAME = frozenset(phrases("NOT_A_NAME"))
# "Acme Robotics via Hireflow": a relaying service named after the employer.
_VIA = re.compile(r"\s+(?:" + alternation("VIA") + r")\s+(.+)$", re.I)


# An agency recruiter on the search they run: "I'm working with Acme Labs on their ... search".
_CLIENT_WORK = re.compile(
    r"\b(?i:"
    + alternation("CLIENT_WORK")
    + r")\s+((?:[A-Z0-9][\w&'’.-]*)(?:(?<!\.)\s+(?:[A-Z0-9][\w&'’.-]*|&)){0,3})"
)


_SUBJECT_SEPARATORS = re.compile(r"\s+[—–|/:-]\s+|\s*[|:]\s*")
_TRAILING_PLACE = re.compile(r"\s*\([^()]*\)$")


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
    segments = _SUBJECT_SEPARATORS.split(strip_reply_prefixes(msg.subject))
    for seg in segments:
        seg = _TRAILING_PLACE.sub("", seg.strip())  # "Acme Labs (Oakland)": a place, not the name
        if len(norm_name(seg)) < 3 or _ROLE_WORDS.search(seg) or _WEEKDAY_OR_MONTH.match(seg):
            continue
        if not seg[:1].isupper() or name_matches_label(seg, agency_label):
            continue
        if any(norm_name(seg) == norm_name(p) for p in people):
            continue
        if re.search(rf"(?<!\w){re.escape(seg)}(?!\w)", body):
            return seg
    return None


def _system_sender(sender: Address, reg: str) -> bool:
    """A no-reply address, or a sender shown under its domain's own name ("BookNook" <x@booknook...>)."""
    return is_system_address(sender.email) or (
        bool(sender.name.strip()) and name_matches_label(sender.name, domain_label(reg))
    )


def relayed_for(msg: Message, my_domains: Collection[str] = ()) -> set[str]:
    """The other organisations a system message is sent for: its invite's organiser, its Reply-To.

    "BookNook" <scheduling@booknook.example> with an invite organised by someone at
    ``acme.example``: the booking tool speaks for Acme. Only a system sender counts (a no-reply
    address, or a display name that is the sending domain's own name), and only an organisation
    whose domain does not carry the sender's own name (one company on two domains).
    """
    if msg.direction != "received" or msg.from_ is None:
        return set()
    sender = msg.from_
    domain = _addr_domain(sender)
    reg = registrable_domain(domain)
    if not _is_org(domain, my_domains) or not _system_sender(sender, reg):
        return set()
    own = domain_label(reg)
    pointed = [ev.organizer.rpartition("@")[2].lower() for ev in msg.calendar if ev.organizer]
    pointed += [_addr_domain(a) for a in msg.reply_to]
    out = set()
    for d in pointed:
        other = registrable_domain(d)
        if other == reg or not _is_org(other, my_domains):
            continue
        if name_matches_label(own, domain_label(other)) or (
            sender.name and name_matches_label(sender.name, domain_label(other))
        ):
            continue  # the same organisation on a second domain
        out.add(other)
    return out


def service_domains(messages: Collection[Message], my_addresses: Collection[str] = ()) -> frozenset[str]:
    """Sending domains that are services, not employers, judged over the mail at hand.

    A domain whose system mail is sent for several unrelated organisations (invites they
    organise, Reply-To addresses at their domains) is a booking or meeting tool the employers
    use: all its mail, reminders included, belongs to those employers and never makes one.
    """
    mine = {a.lower() for a in my_addresses}
    my_domains = {a.rpartition("@")[2] for a in mine}
    pointed: dict[str, set[str]] = {}
    linked: dict[str, set[str]] = {}  # link host -> organisations whose people sent the link
    systems: dict[str, list[str]] = {}  # domains that sent system mail -> what it says, folded
    for m in messages:
        if m.direction != "received" or m.from_ is None:
            continue
        domain = _addr_domain(m.from_)
        reg = registrable_domain(domain)
        if not _is_org(domain, my_domains):
            continue
        if _system_sender(m.from_, reg):
            systems.setdefault(reg, []).append(fold_name(f"{m.subject} {body_of(m)[:2000]}"))
            others = relayed_for(m, my_domains)
            if others:
                pointed.setdefault(reg, set()).update(others)
        else:
            for host in set(_URL_DOMAIN.findall(m.new_text[:MAX_SCAN] or m.text[:MAX_SCAN])):
                link = registrable_domain(host.lower())
                if (
                    link != reg
                    and _is_org(link, my_domains)
                    and not name_matches_label(domain_label(reg), domain_label(link))
                ):
                    linked.setdefault(link, set()).add(reg)
    # "Pick a time here: https://slot-tool.example/...": a link an employer's person sends, whose
    # domain then mails the owner as a system naming that employer, is the booking tool it uses.
    out = {
        d
        for d, said in systems.items()
        for org in linked.get(d, ())
        if len(norm_name(domain_label(org))) >= 4 and any(norm_name(domain_label(org)) in t for t in said)
    }
    for reg, others in pointed.items():
        labels = sorted(domain_label(d) for d in others)
        unrelated = [
            lab for i, lab in enumerate(labels) if not any(name_matches_label(lab, p) for p in labels[:i])
        ]
        if len(unrelated) >= 2:
            out.add(reg)
    return frozenset(out)


def resolve_employer(
    msg: Message, my_addresses: Collection[str] = (), services: Collection[str] = ()
) -> EmployerGuess | None:
    """The employer behind one message's other side, or None when nothing can be said.

    `services`: registrable sending domains known to be services (`service_domains`).
    """
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
    vendor = _sending_vendor(msg, sender, domain, services, my_domains)
    person_names = [a.name for a in (*msg.to, *msg.cc, *((msg.from_,) if msg.from_ else ()))]

    if msg.direction == "sent":
        return _owner_message_employer(msg, people, vendor, my_domains, person_names)
    if vendor is not None:
        return _vendor_employer(msg, sender, vendor, my_domains)
    if domain in my_domains and not is_free_mail(domain):
        return None  # a colleague at the owner's own organisation is not a prospective employer
    if is_free_mail(domain) or domain in my_domains:
        return _personal_address_employer(msg, sender, my_domains, person_names)
    return (
        _relayed_employer(msg, sender, domain, my_domains)
        or _hosted_employer(msg, sender, domain, my_domains)
        or _colleague_employer(msg, domain, my_domains)
        or _org_guess(msg, domain, person_names)
    )


def _sending_vendor(
    msg: Message, sender: Address, domain: str, services: Collection[str], my_domains: Collection[str]
) -> str | None:
    """The tracking system or service a message came through (its name), or None for a direct message."""
    vendor = vendor_of(domain)
    if vendor is None and msg.direction == "received":
        vendor = _via_service(sender, domain)
    if (
        vendor is None
        and msg.direction == "received"
        and (registrable_domain(domain) in services or relayed_for(msg, my_domains))
    ):
        vendor = sender.name.strip() or domain_label(domain)
    return vendor


def _owner_message_employer(
    msg: Message,
    people: list[Address],
    vendor: str | None,
    my_domains: Collection[str],
    person_names: list[str],
) -> EmployerGuess | None:
    """An owner's message: the first organisational recipient, else a person at a free-mail address."""
    for a in people:
        d = _addr_domain(a)
        if _is_org(d, my_domains):
            return _org_guess(msg, d, person_names)
    sender = people[0]
    if vendor is None and is_free_mail(_addr_domain(sender)):
        return EmployerGuess(f"person:{sender.email}", sender.name, "", "person")
    return None


def _vendor_employer(
    msg: Message, sender: Address, vendor: str, my_domains: Collection[str]
) -> EmployerGuess | None:
    """A message sent through a tracking system: the employer's domain where the mail shows it, else its name."""
    for d in (
        *(_addr_domain(a) for a in msg.reply_to),
        *(ev.organizer.rpartition("@")[2] for ev in msg.calendar if ev.organizer),
    ):
        if _is_org(d, my_domains):
            shown = display_employer(sender.name, vendor) or ""
            return EmployerGuess(f"dom:{registrable_domain(d)}", shown, registrable_domain(d), "ats")
    name = _vendor_mail_employer_name(msg, sender, vendor)
    if not name:
        return None
    for url_domain in _URL_DOMAIN.findall(msg.text[:MAX_SCAN]):
        d = url_domain.lower()
        if _is_org(d, my_domains) and name_matches_label(name, domain_label(d)):
            return EmployerGuess(f"dom:{registrable_domain(d)}", name, registrable_domain(d), "ats")
    return EmployerGuess(f"name:{norm_name(name)}", name, "", "ats")


_SUBJECT_EMPLOYER = re.compile(
    r"\b(?:on behalf of|for|with|at|bei|con|chez|avec)\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


def _vendor_mail_employer_name(msg: Message, sender: Address, vendor: str) -> str | None:
    """The employer a tracking system's message names: its sender name, its text, or its subject."""
    name: str | None = display_employer(sender.name, vendor) or recruiter_employer(body_of(msg))
    if not name:
        behalf = _BEHALF.search(body_of(msg))
        name = behalf.group(1).strip(" .,") if behalf else None
    if not name:
        m = _SUBJECT_EMPLOYER.search(msg.subject)
        name = m.group(1) if m else None
    return name


def _personal_address_employer(
    msg: Message, sender: Address, my_domains: Collection[str], person_names: list[str]
) -> EmployerGuess:
    """A sender at a free-mail address: a Reply-To organisation, an agency's client, else the person."""
    for a in msg.reply_to:
        d = _addr_domain(a)
        if _is_org(d, my_domains):
            return _org_guess(msg, d, person_names)
    client = _client_from_text(msg, "", person_names) if has_recruiting_context(msg) else None
    if client:
        return EmployerGuess(f"name:{norm_name(client)}", client, "", "agency")
    return EmployerGuess(f"person:{sender.email}", sender.name, "", "person")


def _colleague_employer(msg: Message, domain: str, my_domains: Collection[str]) -> EmployerGuess | None:
    """A hiring manager at the parent company, copying a colleague at the company the role is with.

    "Graham" <g@parent-group.example>, Cc "Devi" <d@acme.example>, subject "Acme — panel
    interview": the subject names the copied colleague's organisation and not the sender's own,
    so the process is Acme's.
    """
    reg = registrable_domain(domain)
    subject: str | None = None  # folded on first need: most mail copies no other organisation
    for a in (*msg.cc, *msg.to):
        d = registrable_domain(_addr_domain(a))
        if d == reg or not _is_org(d, my_domains):
            continue
        label = norm_name(domain_label(d))
        if len(label) < 4:
            continue
        if subject is None:
            subject = fold_name(strip_reply_prefixes(msg.subject))
            own = norm_name(domain_label(reg))
            if not subject or (own and own in subject):
                return None
        if label in subject:
            return EmployerGuess(f"dom:{d}", "", d, "domain")
    return None


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
    return _via_service_named(sender.name, domain)


@lru_cache(maxsize=_CACHE)
def _via_service_named(name: str, domain: str) -> str | None:
    """`_via_service` by the display name (cached by strings, whose hash Python keeps)."""
    m = _VIA.search(name)
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


_NAME_WORD_GAPS = re.compile(r"[^a-z0-9]+")
_LOCAL_PART_GAPS = re.compile(r"[._+-]+")


def _names_the_mailbox_owner(sender: Address) -> bool:
    """ "Valentina Arango" <valentina.arango@...>: the display name is the person whose mailbox it is.

    Calendar tools send an invite from the organiser's own address with the text "<name> has
    invited you": that name is a person, never the organisation behind the mail.
    """
    return _name_is_mailbox(sender.name, sender.email)


@lru_cache(maxsize=_CACHE)
def _name_is_mailbox(name: str, email: str) -> bool:
    """`_names_the_mailbox_owner` by display name and address (cached by strings)."""
    words = {w for w in _NAME_WORD_GAPS.split(norm_words(name)) if len(w) >= 2}
    parts = {p for p in _LOCAL_PART_GAPS.split(email.partition("@")[0].lower()) if p}
    return len(words) >= 2 and len(words & parts) >= 2


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
    if shown is not None and _names_the_mailbox_owner(sender):
        shown = None  # the display name is the person whose mailbox it is
    if shown and name_matches_label(shown, domain_label(reg)):
        return None  # the domain is the employer's own
    for lab in tenants:
        if shown and name_matches_label(shown, lab):
            return EmployerGuess(f"name:{norm_name(shown)}", shown, "", "ats")
    if not tenants and not shown:
        return None  # what the lines below come to without a tenant label or a name shown
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


_AGENCY_TEXT = re.compile(
    r"\b(my|our) client\b|\bon behalf of (my|our|a) client|\bI'?m partnering with\b"
    r"|\b(recruitment|staffing|search) (agency|firm)\b|\bunser(em)? Kunden\b|\bnuestro cliente\b"
    r"|\bnotre client\b|\bone of (my|our) clients\b|\b(un|une) de nos clients\b"
    r"|\b(uno|una) de nuestros clientes\b|\b(einer|eines|eine|einem) unserer Kunden\b",
    re.I,
)


def _org_guess(msg: Message, domain: str, people: Collection[str]) -> EmployerGuess:
    reg = registrable_domain(domain)
    text = body_of(msg)
    agency = is_agency_domain(reg) or bool(text and _AGENCY_TEXT.search(text))
    # "the client is Acme", "il s'agit de ...": naming a client makes the writer an agency.
    agency = agency or (
        bool(text) and any(m.group(1).split()[0].lower() not in _NOT_A_NAME for m in _BEHALF.finditer(text))
    )
    if agency:
        client = _client_from_text(msg, domain_label(reg), people)
        if client:
            return EmployerGuess(f"name:{norm_name(client)}", client, "", "agency", reg)
        return EmployerGuess(f"dom:{reg}", "", reg, "domain", reg)
    return EmployerGuess(f"dom:{reg}", "", reg, "domain")
