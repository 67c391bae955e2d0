"""Conversations → one application per employer, each with its timeline.

Pure over plain data. The caller drops messages dated after `now` before
threading; everything here is then "as of now" by construction, so an
employer with only an acknowledgement so far is simply not listed yet.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache, partial
from zoneinfo import ZoneInfo

from watcher.core.employers.domains import domain_label, registrable_domain, vendor_of
from watcher.core.employers.identity import EmployerGuess, resolve_employer, service_domains
from watcher.core.employers.message_kinds import is_automated, is_noise, message_kind
from watcher.core.employers.names import name_matches_label, norm_name
from watcher.core.reading.facts import MessageFacts
from watcher.core.reading.language import detect_language
from watcher.core.reading.relevance import has_recruiting_context, is_interviewer_talk, non_interview_reason
from watcher.core.reading.text import MAX_SCAN, body_of
from watcher.core.reading.vocabulary import strip_reply_prefixes
from watcher.core.records import (
    Application,
    Conversation,
    Message,
    Outcome,
    OutcomeKind,
    Timeline,
)
from watcher.core.timeline import build_timeline, with_manual

__all__ = [
    "Known",
    "Mark",
    "application_id_for",
    "build_applications",
    "canonical_key",
    "is_seed",
    "owner_name_words",
]

_OUTCOMES: tuple[OutcomeKind, ...] = ("rejected", "offer", "withdrawn")


@dataclass(frozen=True, slots=True)
class Mark:
    """What the user set by hand with `mark`; it wins over detection."""

    not_interview: bool = False
    interview: bool = False
    closed: OutcomeKind | None = None
    interview_at: datetime | None = None
    reply_by: datetime | None = None
    reopen: bool = False
    at: datetime | None = None  # when the mark was made, if known
    # `mark --reopen` at this moment: what the mail said until then is no outcome ("check" settled).
    reviewed: datetime | None = None

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> Mark:
        """From the store's (field → text) rows; unknown or unreadable fields are ignored."""

        def flag(name: str) -> bool:
            return fields.get(name, "").strip().lower() in {"1", "true", "yes", "on"}

        def when(name: str) -> datetime | None:
            raw = fields.get(name, "").strip()
            if not raw:
                return None
            try:
                parsed = datetime.fromisoformat(raw)
            except ValueError:
                return None
            return parsed if parsed.tzinfo is not None else None

        closed_raw = fields.get("closed", "").strip().lower()
        closed: OutcomeKind | None = None
        for kind in _OUTCOMES:
            if closed_raw == kind:
                closed = kind
        return cls(
            not_interview=flag("not_interview"),
            interview=flag("interview"),
            closed=closed,
            interview_at=when("interview_at"),
            reply_by=when("reply_by"),
            reopen=flag("reopen"),
            at=when("at"),
            reviewed=when("reviewed"),
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The facts this mark sets, as `Application.manual` lists them."""
        # `at` and `reviewed` are no facts about the process: when it was marked, and a settled "check".
        facts = ("not_interview", "interview", "closed", "interview_at", "reply_by", "reopen")
        return tuple(name for name in facts if getattr(self, name))


_DOMAIN_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")


@lru_cache(maxsize=8192)
def canonical_key(text: str) -> str:
    """The id basis: a domain's label or a name, letters and digits only (pure, and asked for the same
    few hundred keys over and over, so cached)."""
    t = text.strip().lower()
    if t.startswith(("person:", "name:", "dom:")):
        kind, _, rest = t.partition(":")
        if kind == "person":
            return "person:" + rest
        if kind == "dom":
            return norm_name(domain_label(rest)) or rest
        return rest
    if "@" in t:
        return "person:" + t
    if _DOMAIN_NAME.fullmatch(t):
        return norm_name(domain_label(t)) or t
    return norm_name(t) or t


def _id_of(canonical: str) -> str:
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:10]


def application_id_for(employer: str) -> str:
    """The stable id of an employer's application: from a name, a domain or a key.

    "Acme Robotics", ``acme-robotics.example`` and ``acmerobotics.example`` all
    give the same id, so `mark --interview ACME` works before detection does.
    """
    return _id_of(canonical_key(employer))


# --- grouping ------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    key: str  # canonical key the group was merged under
    guesses: list[EmployerGuess]
    conversations: list[Conversation]
    first: tuple[datetime, str, str] | None = None  # (date, conversation id, canonical key) of the earliest
    aliases: set[str] = field(default_factory=set)  # every canonical key its mail was known by

    @property
    def id(self) -> str:
        """The application id: from the key of the group's earliest conversation.

        Mail only accumulates, so the earliest conversation stays the earliest and
        the id survives rescans, even when a short ATS name ("Acme") is later joined
        by the employer's own domain (``acme-robotics.example``) or the reverse.
        """
        return _id_of(self.first[2] if self.first else self.key)

    @property
    def alias_ids(self) -> tuple[str, ...]:
        """Ids this employer's mail could have had earlier: marks stored under any of them still apply."""
        return tuple(sorted(_id_of(a) for a in self.aliases | {self.key}))


def _speaks_for_other(m: Message, g: EmployerGuess | None) -> bool:
    """A person whose message was found to be for another organisation than their own domain's."""
    return (
        m.direction == "received"
        and m.from_ is not None
        and g is not None
        and g.via == "domain"
        and bool(g.domain)
        and g.domain != registrable_domain(m.from_.domain.lower())
    )


def _adopted_senders(
    conversations: Sequence[Conversation], my_addresses: Collection[str], services: Collection[str]
) -> dict[str, EmployerGuess]:
    """People at a parent company who once wrote for the company the role is with: all their mail is its."""
    out: dict[str, EmployerGuess] = {}
    for conv in conversations:
        for m in conv.messages:
            if m.direction != "received" or m.from_ is None or is_noise(m) or not (m.cc or len(m.to) > 1):
                continue
            g = resolve_employer(m, my_addresses, services)
            if _speaks_for_other(m, g) and g is not None:
                out.setdefault(m.from_.email.lower(), g)
    return out


def _split_by_employer(
    conv: Conversation,
    my_addresses: Collection[str],
    services: Collection[str] = (),
    adopted: Mapping[str, EmployerGuess] | None = None,
) -> list[tuple[Conversation, EmployerGuess | None, EmployerGuess | None]]:
    """A conversation, split where its messages plainly belong to different organisations.

    Each piece comes with its employer and with how its earliest message was known (the id basis).
    """
    adopted = adopted or {}

    def guess_of(m: Message) -> EmployerGuess | None:
        if is_noise(m):
            return None
        if m.direction == "received" and m.from_ is not None and m.from_.email.lower() in adopted:
            return adopted[m.from_.email.lower()]
        return resolve_employer(m, my_addresses, services)

    per: list[tuple[Message, EmployerGuess | None]] = [(m, guess_of(m)) for m in conv.messages]
    # The owner's reply belongs where the message it answers came from, whatever address it went to
    # (a recruiter writing through a tool is answered at the employer's own domain).
    answered: dict[str, EmployerGuess] = {}
    for m, g in per:
        if m.direction == "received" and g is not None and g.via != "person":
            for a in (*((m.from_,) if m.from_ else ()), *m.reply_to):
                answered.setdefault(a.email.lower(), g)
    received_keys = {
        canonical_key(g.agency or g.key)
        for m, g in per
        if m.direction == "received" and g is not None and g.via != "person"
    }
    aligned: list[tuple[Message, EmployerGuess | None]] = []
    for m, g in per:
        if m.direction == "sent" and g is not None and received_keys:
            to = [answered[a.email.lower()] for a in (*m.to, *m.cc) if a.email.lower() in answered]
            if to:
                g = to[0]
            elif canonical_key(g.agency or g.key) not in received_keys:
                g = None  # the owner wrote to an address nobody here wrote from: it follows the thread
        aligned.append((m, g))
    per = aligned
    org_keys = {canonical_key(g.agency or g.key) for _, g in per if g is not None and g.via != "person"}
    if len(org_keys) <= 1:
        return [(conv, _pick(per), _earliest(per))]
    # Several organisations: keep each received message with its sender's organisation,
    # and each sent message with the organisation it was addressed to.
    buckets: dict[str, list[tuple[Message, EmployerGuess | None]]] = {}
    orphans: list[tuple[Message, EmployerGuess | None]] = []
    for m, g in per:
        if g is None or g.via == "person":
            orphans.append((m, g))
        else:
            buckets.setdefault(canonical_key(g.agency or g.key), []).append((m, g))
    first_key = next(iter(buckets))
    buckets[first_key].extend(orphans)
    out = []
    for i, (_, items) in enumerate(buckets.items()):
        items.sort(key=lambda mg: (mg[0].date, mg[0].message_id))
        sub = Conversation(
            id=conv.id if i == 0 else f"{conv.id}-{i}",
            subject=conv.subject if i == 0 else strip_reply_prefixes(items[0][0].subject).strip(),
            messages=tuple(m for m, _ in items),
        )
        out.append((sub, _pick(items), _earliest(items)))
    return out


def _earliest(items: Sequence[tuple[Message, EmployerGuess | None]]) -> EmployerGuess | None:
    """How the first message with a known other side was known (before any later message named more)."""
    dated = sorted(((m.date, m.message_id, g) for m, g in items if g is not None), key=lambda t: t[:2])
    return dated[0][2] if dated else None


def _pick(items: Sequence[tuple[Message, EmployerGuess | None]]) -> EmployerGuess | None:
    """A conversation's employer: what people on the other side say first, then systems, then the owner.

    An agency recruiter's thread stands for the client as soon as any message
    in it names one ("the client is Acme"), even if the first one did not.
    """
    best: tuple[int, int, EmployerGuess] | None = None
    for n, (m, g) in enumerate(items):
        if g is None:
            continue
        rank = (1 if is_automated(m) else 0) if m.direction == "received" else 2
        if g.via == "agency" and g.agency:
            rank -= 3
        if g.via == "person":
            rank += 3
        if best is None or (rank, n) < (best[0], best[1]):
            best = (rank, n, g)
    return best[2] if best else None


def _system_sender(conv: Conversation) -> tuple[str, str] | None:
    """The one automated sender of every received message of a conversation: (its domain, its display name).

    The display name is part of it, and must be there: one tracking system sends as
    "Acme Careers" for one employer and as "Globex" for another, from one domain
    (``no-reply@`` for one mail, ``scheduling@`` for the next).
    """
    senders = {
        (registrable_domain(m.from_.domain), norm_name(m.from_.name))
        if m.from_ and is_automated(m)
        else ("", "")
        for m in conv.messages
        if m.direction == "received" and not is_noise(m)
    }
    if len(senders) != 1:
        return None
    sender = next(iter(senders))
    return sender if all(sender) else None


def _speak_for_one_employer(
    pieces: list[tuple[Conversation, EmployerGuess]],
) -> list[tuple[Conversation, EmployerGuess]]:
    """A tracking system that names one employer speaks for it in all its mail.

    A system we don't know ("Acme Careers" <no-reply@some-ats.example>) names the
    employer in some mails (the acknowledgement, the rejection) and not in others (the
    scheduling link, the confirmation): those are read as its own domain's. When every
    mail of that sender (domain and display name) that names an employer names the same
    one, the others are that employer's too; a sender that names several is left alone.
    """
    named: dict[tuple[str, str], set[str]] = {}
    by_key: dict[str, EmployerGuess] = {}
    for conv, g in pieces:
        sender = _system_sender(conv)
        if sender is not None and g.via == "ats" and g.key.startswith("name:"):
            named.setdefault(sender, set()).add(canonical_key(g.key))
            by_key.setdefault(canonical_key(g.key), g)
    if not named:
        return pieces
    out = []
    for conv, g in pieces:
        sender = _system_sender(conv)
        if (
            sender is not None
            and g.key.startswith("dom:")
            and registrable_domain(g.domain) == sender[0]
            and len(named.get(sender, ())) == 1
        ):
            g = by_key[next(iter(named[sender]))]
        out.append((conv, g))
    return out


def _employer_pieces(
    conversations: Sequence[Conversation], my_addresses: Collection[str]
) -> tuple[list[tuple[Conversation, EmployerGuess]], dict[str, EmployerGuess]]:
    """The conversations cut where the employer changes, each piece with its employer (noise left out),
    and for each piece how its first message was known (conversation id -> guess)."""
    pieces: list[tuple[Conversation, EmployerGuess]] = []
    known_first: dict[str, EmployerGuess] = {}  # conversation id -> how its first message was known
    # Booking and meeting tools several employers use: never an employer of their own.
    services = service_domains([m for c in conversations for m in c.messages], my_addresses)
    adopted = _adopted_senders(conversations, my_addresses, services)
    for conv in conversations:
        for sub, guess, first_known in _split_by_employer(conv, my_addresses, services, adopted):
            if guess is not None and not all(is_noise(m) for m in sub.messages):
                pieces.append((sub, guess))
                if first_known is not None:
                    known_first[sub.id] = first_known
    return _speak_for_one_employer(pieces), known_first


def _group(conversations: Sequence[Conversation], my_addresses: Collection[str]) -> list[_Group]:
    pieces, known_first = _employer_pieces(conversations, my_addresses)

    # An agency domain whose threads name exactly one client stands for that client.
    clients: dict[str, set[str]] = {}
    remap: dict[str, EmployerGuess] = {}
    for _, g in pieces:
        if g.via == "agency" and g.agency:
            clients.setdefault(g.agency, set()).add(g.key)
            remap.setdefault(g.key, g)

    domain_labels = {canonical_key(g.key) for _, g in pieces if g.key.startswith("dom:")}
    groups: dict[str, _Group] = {}
    for conv, g in pieces:
        original = g
        key = canonical_key(g.key)
        if g.key.startswith("dom:"):
            agency_clients = clients.get(g.domain, set())
            if len(agency_clients) == 1:
                only = next(iter(agency_clients))
                g = remap[only]
                key = canonical_key(g.key)
        elif g.key.startswith("name:"):
            matches = [d for d in domain_labels if name_matches_label(g.name or key, d)]
            if len(matches) == 1:
                key = matches[0]
        group = groups.setdefault(key, _Group(key, [], []))
        group.guesses.append(g)
        group.conversations.append(conv)
        group.aliases.update({canonical_key(original.key), canonical_key(g.key)})
        # The id comes from how the earliest mail was known when it came: an agency's thread keeps
        # its id when the client is named later (the process must not change identity then).
        basis = original
        early = known_first.get(conv.id)
        if original.via == "agency" and early is not None and early.agency == original.agency:
            basis = early  # the agency's thread before it named the client
        first = (conv.messages[0].date, conv.id, canonical_key(basis.key))
        if group.first is None or first[:2] < group.first[:2]:
            group.first = first
    taken: Counter[str] = Counter(grp.id for grp in groups.values())
    for grp in groups.values():
        if taken[grp.id] > 1 and grp.first is not None and grp.first[2] != grp.key:
            grp.first = None  # two groups would share an id: fall back to the (unique) merge key
    return list(groups.values())


# --- names -----------------------------------------------------------------------

_NOISE_EXT = re.compile(
    r"^(talent|team|recruiting|recruitment|hiring|careers?|jobs|people|hr|the|and|for|is|was|has|will"
    r"|via|at|on|in|to|of|from|with|we|our|your|re|aw|fwd|interview|engineering|notifications?)$",
    re.I,
)
_LEGAL_EXT = re.compile(r"^(gmbh|ag|inc\.?|llc|ltd\.?|s\.?a\.?|sas|s\.?l\.?|b\.?v\.?|plc|ab|oy|se|kg)$", re.I)


def _spelled_out(word: str) -> str:
    """ "Krähenfeld" as a domain spells it: ``kraehenfeld`` (German umlauts and ß written out)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        word = word.replace(a, b)
    return norm_name(word)


def _name_for_label(label: str, texts: Sequence[str]) -> str | None:
    """The way the mail writes the organisation a domain label stands for."""
    return _name_for_label_as(label, texts, norm_name) or _name_for_label_as(label, texts, _spelled_out)


def _name_for_label_as(label: str, texts: Sequence[str], norm: Callable[[str], str]) -> str | None:
    target = norm_name(label)
    if len(target) < 2:
        return None
    counts: Counter[str] = Counter()
    for text in texts:
        tokens = list(re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w&'’.-]*", text))
        for i, tok in enumerate(tokens):
            if not (tok.group(0)[0].isupper() or tok.group(0)[0].isdigit()):
                continue
            acc = ""
            for j in range(i, min(i + 5, len(tokens))):
                word = tokens[j].group(0).rstrip(".,'’")
                if j > i and text[tokens[j - 1].end() : tokens[j].start()] not in {" ", "-", " & "}:
                    break
                acc += norm(word) if not _LEGAL_EXT.match(word) else ""
                if not target.startswith(acc):
                    break
                if acc == target:
                    phrase = text[tok.start() : tokens[j].end()].rstrip(".,'’")
                    nxt = tokens[j + 1].group(0).rstrip(".,'’") if j + 1 < len(tokens) else ""
                    gap = text[tokens[j].end() : tokens[j + 1].start()] if j + 1 < len(tokens) else ""
                    ends = tokens[j].group(0)[-1] in ".,'’"
                    if nxt and gap == " " and not ends and nxt[0].isupper() and not _NOISE_EXT.match(nxt):
                        counts[f"{phrase} {nxt}"] += 1
                    counts[phrase] += 1
                    break
    if not counts:
        return None
    base_forms = [p for p in counts if norm(p) == target or norm(p.rsplit(" ", 1)[0]) != target]
    best = max(base_forms or list(counts), key=lambda p: (counts[p], -len(p)))
    extensions = [p for p in counts if p.startswith(best + " ")]
    for ext in sorted(extensions, key=lambda p: -counts[p]):
        suffix = ext[len(best) + 1 :]
        if _LEGAL_EXT.match(suffix) or counts[ext] * 2 >= counts[best]:
            return ext
    return best


def _name_abbreviated_by(label: str, texts: Sequence[str]) -> str | None:
    """The name a short or run-together label stands for: ``brant-sec`` ← "Brant Security".

    A phrase of two to four capitalised words fits when the label is, in order, a prefix of
    each word (at least two letters each, three for the first), and it is not the label itself.
    """
    target = norm_name(label)
    if len(target) < 5:
        return None

    def fits(rest: str, words: Sequence[str], first: bool) -> bool:
        if not words:
            return not rest
        w = words[0]
        for n in range(min(len(w), len(rest)), 2 if first else 1, -1):
            if w[:n] == rest[:n] and fits(rest[n:], words[1:], False):
                return True
        return False

    counts: Counter[str] = Counter()
    for text in texts:
        for m in re.finditer(r"[A-ZÀ-Ý][\w'’&-]*(?: [A-ZÀ-Ý][\w'’&-]*){1,3}", text):
            tokens = m.group(0).split()
            for i in range(len(tokens)):
                for j in range(i + 2, len(tokens) + 1):
                    words = [norm_name(t) for t in tokens[i:j]]
                    if any(not w for w in words) or "".join(words) == target or words[0][:3] != target[:3]:
                        continue
                    if fits(target, words, True):
                        counts[" ".join(tokens[i:j]).rstrip(".,'’")] += 1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -len(p)))


_SUFFIX_WORDS = {
    "labs": "Labs",
    "lab": "Lab",
    "ai": "AI",
    "io": "IO",
    "hq": "HQ",
    "tech": "Tech",
    "systems": "Systems",
    "software": "Software",
    "group": "Group",
    "health": "Health",
    "bio": "Bio",
    "media": "Media",
    "games": "Games",
    "studios": "Studios",
    "studio": "Studio",
    "cloud": "Cloud",
    "data": "Data",
    "analytics": "Analytics",
    "robotics": "Robotics",
    "energy": "Energy",
    "bank": "Bank",
    "capital": "Capital",
    "partners": "Partners",
    "apps": "Apps",
    "app": "App",
    "digital": "Digital",
    "solutions": "Solutions",
    "consulting": "Consulting",
    "gmbh": "GmbH",
    "inc": "Inc",
    "security": "Security",
    "finance": "Finance",
    "mobility": "Mobility",
    "logistics": "Logistics",
    "travel": "Travel",
    "learning": "Learning",
    "insurance": "Insurance",
    "payments": "Payments",
    "maps": "Maps",
    "networks": "Networks",
}


def _name_from_label(label: str, texts: Sequence[str]) -> str:
    """ "harborlabs" with "Harbor" in the mail → "Harbor Labs"; else the label, capitalised."""
    words = [w for w in re.split(r"[-_]+", label) if w]
    if len(words) == 1:
        target = norm_name(label)
        for suffix, shown in sorted(_SUFFIX_WORDS.items(), key=lambda kv: -len(kv[0])):
            head = target[: -len(suffix)]
            if target.endswith(suffix) and len(head) >= 3:
                found = _name_for_label(head, texts)
                return f"{found or head.capitalize()} {shown}"
    return " ".join(_SUFFIX_WORDS.get(w.lower(), w.capitalize()) for w in words)


def _employer_name(group: _Group, messages: Sequence[Message]) -> str:
    names = [g.name for g in group.guesses if g.name and g.via in {"ats", "agency"}]
    texts: list[str] = []
    for m in messages:
        if m.direction == "received" and m.from_:
            texts.append(m.from_.name)
        texts.append(m.subject)
        texts.append((m.text or m.new_text)[:MAX_SCAN])
    texts.extend(names)
    domains = [g.domain for g in group.guesses if g.domain]
    if domains:
        label = domain_label(Counter(domains).most_common(1)[0][0])
        found = _name_for_label(label, texts)
        if found:
            return found
        for n in names:
            if name_matches_label(n, label):
                return n
        return _name_abbreviated_by(label, texts) or _name_from_label(label, texts)
    if names:
        return Counter(names).most_common(1)[0][0]
    person = next((g for g in group.guesses if g.via == "person"), None)
    if person is not None:
        return person.name or person.key.partition(":")[2]
    return group.key


_ROLE_NOUN = (
    r"(?:Engineer|Developer|Manager|Designer|Scientist|Analyst|Architect|Consultant|Specialist|Administrator"
    r"|Director|Researcher|Accountant|SRE|Entwickler(?:in)?|Ingenieur(?:in)?|Berater(?:in)?"
    r"|Ingenier[oa]|Desarrollador(?:a)?|Analista|Ingénieure?|Développeu(?:r|se)|Chef de projet"
    r"|Consultor(?:a)?|Arquitect[oa]|Científic[oa] de datos|Data Scientist"
    # German compounds: "Prozessingenieur", "Softwareentwickler", "Datenanalyst"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?:ingenieur|entwickler|berater|analyst|architekt|manager|designer|leiter"
    r"|referent|administrator)(?:in)?)"
)
# Gender-inclusive endings: "Ingénieur(e)", "Ingeniero/a", "Entwickler*in", "Développeur·se", "Berater:in".
_GENDER = r"(?:\((?:e|a|in|ne|se|euse|ra)\)|[/*:_·](?:-?in|e|a|se|ne|euse|ra)(?![\w]))?"
_ROLE = re.compile(
    r"((?:(?:Senior|Sr\.?|Staff|Lead|Principal|Junior|Jr\.?|Head of|Chief)\s+)?"
    r"(?:[A-Z][\w/+#.]*[ -]){0,4}(?:[A-Z][\w]*-)?"
    + _ROLE_NOUN
    + _GENDER
    + r"(?![\w])(?:\s+(?:II|III|IV|I)\b)?"
    r"(?:,?\s+(?:[A-Z][\w&/]*(?:\s+[A-Z][\w&/]*){0,2}|\([\w /&-]{2,30}\)))?"
    r"(?:\s+(?:de|del|of|für|en)\s+[A-ZÀ-Ý]\w*(?:\s+[A-ZÀ-Ý]\w*)?)?)"
)
_ARTICLE = r"(?:(?:the|our|a|an|this|un|une|una|el|la|le|einen?|als)\s+)?"
_ROLE_BODY = re.compile(
    r"\b(?:for|as|to|on)\s+(?:the|our|a|an|this)\s+" + _ROLE.pattern + r"\s+(?:role|position|opening|job)\b"
    r"|\b(?:position|role|post|job|opening|poste|puesto|plaza|vacante|Stelle|Position)\s+(?:of|as|als|de|d'"
    r"|como|en tant que)\s*" + _ARTICLE + _ROLE.pattern.replace("((", "(?P<alt>(", 1)
)
# After a French or Spanish job noun, the words that qualify it ("Ingénieur(e) backend",
# "Analista de datos") are lower-case; these words end the title instead.
_ROMANCE_NOUN = re.compile(
    r"(?:Ingénieure?|Ingenier[oa]|Desarrollador(?:a)?|Analista|Développeu(?:r|se)|Consultor(?:a)?"
    r"|Arquitect[oa])" + _GENDER + r"$"
)
_ROMANCE_TAIL = re.compile(r"\s+(?:(?:de|del|d')\s*(?:la\s+)?)?([a-zà-ÿ][\w-]*)")


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (lists of short words read better that way)."""
    return frozenset(text.split())


_TAIL_STOP = _words(
    "chez at en à a au aux para pour por con avec et y o ou dans le la les el los las un une una du sur"
    " que qui dont nous vous je tu il elle on est es son sont h f m w d remoto remote"
)
_GENDER_NOTE = re.compile(
    r"\s*\(?\b(?:[mwfdhx]|divers)\s*/\s*(?:[mwfdhx]|divers)(?:\s*/\s*(?:[mwfdhx]|divers))?\b\)?", re.I
)


_ROLE_LEAD = re.compile(
    r"^(?:(?:Your|Ihre|Deine|Tu|Su|Votre)\s+)?(?:Application|Candidature|Candidatura|Bewerbung|Stellenangebot"
    r"|Stellenanzeige|Stellenausschreibung|Offre|Oferta|Vacante|Poste|Puesto|Stelle|Job|Position|Role|Rolle"
    r"|Interview|Entretien|Entrevista|Vorstellungsgespräch|Einladung|Invitation)\s+(?:(?:als|as|de|d'|for|pour"
    r"|para|für|zum|zur)\s+)?(?=[A-ZÀ-Ý])"
)


def _extend_romance(text: str, role: str, end: int) -> str:
    """ "Ingénieur(e)" followed by "backend" → "Ingénieur(e) backend" (one qualifier, or "de X")."""
    if not _ROMANCE_NOUN.search(role):
        return role
    m = _ROMANCE_TAIL.match(text, end)
    if m and m.group(1).lower() not in _TAIL_STOP:
        return role + m.group(0).rstrip(" ,.;:")
    return role


def _clean_role(role: str, employer: str) -> str:
    role = role.strip(" ,–-")
    if employer:
        role = re.sub(r",?\s+" + re.escape(employer) + r"$", "", role)
    role = _GENDER_NOTE.sub("", role)  # "(m/w/d)", "(H/F)": a legal note, not part of the title
    role = _ROLE_LEAD.sub("", role)  # "Candidature Développeur" → "Développeur"
    role = re.sub(
        r"\s*\((?:[^)]*\b(?:round|interview|technical|screen|onsite)\b[^)]*)\)$", "", role, flags=re.I
    )
    return role.strip(" ,–-")


def _role(conversations: Sequence[Conversation], employer: str) -> str:
    """The job title the mail names ("Backend Engineer, Bookings"), else "" (a subject is not a role)."""
    subjects = [c.subject for c in conversations if c.subject]
    subjects += [m.subject for c in conversations for m in c.messages if m.subject]
    for subject in subjects:
        m = _ROLE.search(subject)
        if m:
            return _clean_role(_extend_romance(subject, m.group(1), m.end(1)), employer)
    messages = [m for c in conversations for m in c.messages]
    for msg in sorted(messages, key=lambda m: m.direction != "received"):  # the employer's words first
        text = body_of(msg)
        found = _ROLE_BODY.search(text)
        if found:
            group = 1 if found.group(1) else found.re.groupindex["alt"]
            role = _extend_romance(text, found.group(group), found.end(group))
            return _clean_role(role, employer)
    return ""


# --- job context -------------------------------------------------------------------


_OWN_APPLICATION = re.compile(
    r"\b(your (application|candidacy)|thanks? (you )?for applying|ihre bewerbung|tu candidatura|su candidatura"
    r"|votre candidature)\b",
    re.I,
)


def _about_own_application(conv: Conversation) -> bool:
    """An applicant-tracking sender or talk of the owner's own application: the owner is the candidate."""
    return any(
        (m.from_ and vendor_of(m.from_.domain)) or _OWN_APPLICATION.search(f"{m.subject}\n{body_of(m)}")
        for m in conv.messages
        if m.direction == "received" and not is_noise(m)
    )


def _negative(conv: Conversation) -> bool:
    """A conversation about someone else's interview, a podcast, user research, ...

    The other side's words decide, and the owner's hiring verdict on a candidate;
    a thread with an ATS sender or with talk of the owner's own application is
    never ruled out this way.
    """
    received = [m for m in conv.messages if m.direction == "received" and not is_noise(m)]
    if not received or _about_own_application(conv):
        return False
    if any(non_interview_reason(f"{m.subject}\n{body_of(m)}") for m in received):
        return True
    return any(is_interviewer_talk(m) for m in conv.messages if m.direction == "sent")


def _interviewer_side(conv: Conversation) -> bool:
    """The owner interviews for this organisation (a panel request, a verdict on a candidate)."""
    return not _about_own_application(conv) and any(
        is_interviewer_talk(m) for m in conv.messages if not is_noise(m)
    )


# "Interview: Firstname Lastname - Role": scheduling tools put the candidate's name in the title.
_CANDIDATE_TITLE = re.compile(
    r"^\s*(?i:(?:(?:first|second|final|technical|phone|video|panel|onsite|on-site)\s+)?"
    r"(?:interview|screen(?:ing)?|phone screen|onsite|on-site|final round|entretien|entrevista"
    r"|vorstellungsgespräch|gespräch"
    r"|kennenlernen|kennenlerngespräch))\s*[:–—-]\s*"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})\s*(?:$|[-–—/|(,<:])"
)
_NOT_PERSON_WORDS = re.compile(
    r"\b(round|final|technical|tech|phone|video|virtual|remote|onsite|on-site|site|office|visit|screen\w*"
    r"|hiring|manager|team|panel|culture|values|fit|system|design|coding|pairing|case|study|exercise|review"
    r"|presentation|assessment|walkthrough|deep|dive|loop|session|conversation|discussion|follow|up|debrief"
    r"|kickoff|day|part|stage|step|next|intro\w*|first|second|third|call|chat|coffee|catch|meet\w*|welcome"
    r"|sync|interview\w*|engineer\w*|engineering|developer|data|product|platform|backend|frontend|software"
    r"|senior|junior|staff|lead|principal|head|director|analyst|scientist|designer|architect|recruiter"
    r"|talent|people|hr|with|and|the|for|of|at|und|mit|bei|con|de|del|avec|chez|zoom|teams|google|microsoft"
    r"|entwickler\w*|ingenieur\w*|ingenier\w*|ingénieur\w*|développeu\w*|runde|tour|ronda|equipo|équipe"
    r"|fachgespräch|gespräch|entretien|entrevista|técnica|technique|finale?|segunda|deuxième|zweite)\b",
    re.I,
)


_NAME_GAPS = re.compile(r"[^a-z0-9]+")


def _fold_lower(text: str) -> str:
    if text.isascii():
        return text.lower()  # no ASCII character decomposes or combines
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _tokens(name: str) -> set[str]:
    """The words of a name, folded: "Zoë Müller-Roth" → {"zoe", "muller", "roth"}."""
    return {t for t in _NAME_GAPS.split(_fold_lower(name)) if len(t) >= 2}


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> frozenset[str]:
    """`_tokens` of a display name, cached: the owner's few names come back on every message."""
    return frozenset(_tokens(name))


def owner_name_words(m: Message, mine: Collection[str]) -> set[str]:
    """Name words the owner goes by in one message: their display name as sender or recipient."""
    people = [m.from_] if m.direction == "sent" and m.from_ else []
    people += [a for a in (*m.to, *m.cc) if a.email.lower() in mine]
    names: set[str] = set()
    for a in people:
        names |= _name_tokens(a.name)
    return names


def _owner_names(messages: Sequence[Message], my_addresses: Collection[str]) -> set[str]:
    """Name words the owner goes by: their display names in sent and received mail."""
    mine = {a.lower() for a in my_addresses}
    names: set[str] = set()
    for m in messages:
        names |= owner_name_words(m, mine)
    return names


def _names_someone_else(conv: Conversation, owner: set[str]) -> bool:
    """Its invitations name another person as the candidate ("Interview: <not the owner> - Role")."""
    if not owner:
        return False  # the owner's name is unknown: nothing to compare with
    if any(
        _OWN_APPLICATION.search(f"{m.subject}\n{body_of(m)}")
        for m in conv.messages
        if m.direction == "received"
    ):
        return False
    senders: set[str] = set()  # the other side's people and organisations: a title may name either
    labels: list[str] = []
    for m in conv.messages:
        if m.direction == "received":
            for a in (*((m.from_,) if m.from_ else ()), *m.reply_to):
                senders |= _tokens(a.name)
                labels.append(norm_name(domain_label(a.domain)))
        labels += [norm_name(domain_label(ev.organizer.rpartition("@")[2])) for ev in m.calendar]
    titled = [
        ev for m in conv.messages for ev in m.calendar if ev.method.upper() in {"REQUEST", "PUBLISH", ""}
    ]
    others = 0
    for ev in titled:
        if _tokens(ev.summary) & owner:
            return False  # the owner is named: their own interview
        titled_name = _CANDIDATE_TITLE.match(ev.summary)
        if titled_name is None or _NOT_PERSON_WORDS.search(titled_name.group("name")):
            continue
        name = _tokens(titled_name.group("name"))
        if name & senders or any(len(t) >= 4 and t in lab for t in name for lab in labels if lab):
            continue  # the interviewer who sent it, or the employer's own name
        others += 1
    return others > 0


def _job_context(conversations: Sequence[Conversation], *, strict: bool = False) -> bool:
    """Is this organisation's mail about a job? (`strict` for people at personal addresses.)"""
    for conv in conversations:
        for m in conv.messages:
            if m.direction != "received" or is_noise(m):
                continue
            if (m.from_ and vendor_of(m.from_.domain)) or has_recruiting_context(m, strict=strict):
                return True
    return False


# --- the applications --------------------------------------------------------------


def is_seed(msg: Message) -> bool:
    """Could this message give its organisation's mail job context (see `_job_context`)?

    Mail of an organisation without one is never an application (unless marked by hand).
    """
    if msg.direction != "received" or is_noise(msg):
        return False
    return bool((msg.from_ and vendor_of(msg.from_.domain)) or has_recruiting_context(msg))


def _apply_mark(timeline: Timeline, mark: Mark, now: datetime) -> Timeline:
    when = mark.at or now
    t = timeline
    if mark.reopen and t.outcome is not None and (mark.at is None or t.outcome.at <= mark.at):
        t = with_manual(t, clear_outcome=True)
    if mark.closed:
        t = with_manual(t, outcome=Outcome(mark.closed, when, "manual", "set by hand"))
    if mark.interview_at:
        t = with_manual(t, interview_at=mark.interview_at, known_at=min(when, mark.interview_at))
    if mark.reply_by:
        t = with_manual(t, reply_by=mark.reply_by, known_at=min(when, now))
    if t.doubt is not None and (
        (mark.reviewed and t.doubt.at <= mark.reviewed)
        or (mark.interview_at and mark.interview_at >= t.doubt.at)  # the owner told us what came next
    ):
        t = with_manual(t, clear_doubt=True)
    return t


def _mark_for(marks: Mapping[str, Mark] | None, *ids: str) -> Mark | None:
    if not marks:
        return None
    for i in ids:
        if i in marks:
            return marks[i]
    return None


def _employer_key(group: _Group) -> str:
    domains = [g.domain for g in group.guesses if g.domain]
    if domains:
        return Counter(domains).most_common(1)[0][0]
    return group.key


def _in_language(
    facts_for: Callable[[Message, str], MessageFacts], language: str, msg: Message
) -> MessageFacts:
    return facts_for(msg, language)


@dataclass(frozen=True, slots=True)
class Known:
    """What grouping reads besides the mail: whose mail it is, where and when, and what is known already.

    `owner_names` are the name words the owner goes by in all their mail, when the
    caller passes only part of it (see `candidates`); by default they are read from it.
    `facts_for(message, language)` gives a message's facts read in the application's
    language (say, kept in the state); by default the timeline reads them.
    """

    my_addresses: Collection[str]
    tz: ZoneInfo
    now: datetime
    marks: Mapping[str, Mark] | None = None
    owner_names: Collection[str] | None = None
    facts_for: Callable[[Message, str], MessageFacts] | None = None


def build_applications(conversations: Sequence[Conversation], known: Known) -> list[Application]:
    """One application per employer with an interview known by `known.now` (or marked as one)."""
    my_addresses, tz, now, marks = known.my_addresses, known.tz, known.now, known.marks
    owner_names, facts_for = known.owner_names, known.facts_for
    apps: list[Application] = []
    if owner_names is None:
        owner = _owner_names([m for c in conversations for m in c.messages], my_addresses)
    else:
        owner = set(owner_names)
    # Marks that can make a process of mail without job context (an interview set by hand).
    adds_interview = any(m.interview or m.interview_at for m in (marks or {}).values())
    for group in _group(conversations, my_addresses):
        if not adds_interview and not _job_context(
            group.conversations, strict=group.key.startswith("person:")
        ):
            # Without job context the timeline finds no interview, so nothing would be listed: skip
            # the reading, which is most of the cost on a mailbox of ordinary mail.
            continue
        app_id = group.id
        early = _mark_for(marks, app_id, *group.alias_ids)
        ruled_in = early is not None and early.interview  # `mark --interview`: nothing is ruled out
        # Colleagues who ask the owner to interview a candidate: the owner's own workplace, where only
        # talk of the owner's own application counts.
        workplace = any(_interviewer_side(c) for c in group.conversations)
        convs = [
            c
            for c in group.conversations
            if ruled_in
            or (
                not _negative(c)
                and not (workplace and not _about_own_application(c))
                and not _names_someone_else(c, owner)
            )
        ]
        convs = [replace(c, messages=tuple(m for m in c.messages if m.date <= now)) for c in convs]
        convs = [c for c in convs if c.messages]
        msgs = sorted((m for c in convs for m in c.messages), key=lambda m: (m.date, m.message_id))
        employer = _employer_name(group, msgs) if msgs else group.key
        mark = _mark_for(marks, app_id, application_id_for(employer), *group.alias_ids)
        if mark is not None and mark.not_interview:
            continue
        if not msgs:
            continue
        job = _job_context(convs, strict=group.key.startswith("person:"))
        language = detect_language(
            "\n".join(body_of(m) for m in msgs if m.direction == "received" and not is_noise(m))
            or "\n".join(body_of(m) for m in msgs)
        )
        timeline = build_timeline(
            msgs,
            tz=tz,
            job_context=job,
            language=language,
            facts_for=None if facts_for is None else partial(_in_language, facts_for, language),
        )
        if mark is not None:
            timeline = _apply_mark(timeline, mark, now)
        has_interview = any(i.known_at <= now for i in timeline.interviews)
        if not has_interview and not (mark is not None and mark.interview):
            continue
        # Conversations that only hold noise (a newsletter from the same domain) stay out.
        shown = tuple(
            sorted(
                (c for c in convs if any(message_kind(m) != "bulk" for m in c.messages)),
                key=lambda c: (c.messages[0].date, c.id),
            )
        )
        apps.append(
            Application(
                id=app_id,
                employer=employer,
                employer_key=_employer_key(group),
                role=_role(shown, employer),
                language=language,
                conversations=shown,
                timeline=timeline,
                manual=mark.names if mark is not None else (),
            )
        )
    apps.sort(key=lambda a: (a.employer.lower(), a.id))
    return apps
