"""Which stored mail a question must read: what one message says about that, and how to close the set.

Pure. An interview process needs job context: a received message, not bulk,
from an applicant-tracking vendor or about a job (a *seed*). Everything a
process is built from is either in a conversation with a seed or shares an
organisation or person with one. So each message carries, once, at ingest:

- `seed`: whether it is one;
- `nodes`: the keys that thread it (`conversations.thread_nodes`);
- `tokens`: the organisations and people on its other side, in the forms
  grouping compares (canonical employer keys and domain labels).

A question then reads the conversations with a seed, closes the set over
shared tokens (`close_tokens`), and runs the usual pipeline on that subset
only. The set may be larger than needed, never smaller: the pipeline re-threads
and re-groups what it loads, so its answer equals the answer over all mail.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from watcher.core.applications import canonical_key, is_seed, owner_name_words
from watcher.core.conversations import thread_nodes
from watcher.core.employers.domains import domain_label, is_free_mail, registrable_domain
from watcher.core.employers.identity import resolve_employer
from watcher.core.employers.names import norm_name
from watcher.core.records import Direction, Message
from watcher.core.versions import INDEX_VERSION

__all__ = ["INDEX_VERSION", "IndexFacts", "close_tokens", "index_facts", "party_tokens"]


_MIN_PREFIX = 4  # as `employers.names.name_matches_label`: "acme" fits "acmerobotics", "ac" fits nothing


@dataclass(frozen=True, slots=True)
class IndexFacts:
    seed: bool
    nodes: tuple[str, ...]
    tokens: tuple[str, ...]
    owner_names: tuple[str, ...]


def index_facts(msg: Message, my_addresses: Collection[str]) -> IndexFacts:
    """What one message tells the index (its direction as `my_addresses` says, as the pipeline reads it)."""
    mine = {a.strip().lower() for a in my_addresses}
    direction: Direction = "sent" if msg.from_ is not None and msg.from_.email.lower() in mine else "received"
    if msg.direction != direction:
        msg = dataclasses.replace(msg, direction=direction)
    tokens: set[str] = set()
    guess = resolve_employer(msg, mine)
    if guess is not None:
        kind = "n:" if guess.key.startswith("name:") else ("d:" if guess.key.startswith("dom:") else "")
        tokens.add(kind + canonical_key(guess.key))
        if guess.agency:
            tokens.add("d:" + canonical_key(guess.agency))
        if guess.domain:
            tokens.add("d:" + canonical_key(guess.domain))
    people = [*((msg.from_,) if msg.from_ else ()), *msg.to, *msg.cc, *msg.reply_to]
    emails = [a.email for a in people] + [ev.organizer for ev in msg.calendar if ev.organizer]
    tokens |= party_tokens(emails, mine)
    tokens.discard("")
    return IndexFacts(
        seed=is_seed(msg),
        nodes=thread_nodes(msg, mine),
        tokens=tuple(sorted(tokens)),
        owner_names=tuple(sorted(owner_name_words(msg, mine))),
    )


def party_tokens(emails: Iterable[str], mine: Collection[str]) -> set[str]:
    """The other side's organisations (domain labels) and people at public mail hosts (addresses)."""
    my_domains = {a.rpartition("@")[2] for a in mine}
    out: set[str] = set()
    for email in emails:
        email = email.strip().lower()
        if not email or email in mine or "@" not in email:
            continue
        domain = email.rpartition("@")[2]
        if domain in my_domains or is_free_mail(domain):
            out.add("person:" + email)
        else:
            out.add(_organisation_token(domain))
    return out


@lru_cache(maxsize=8192)
def _organisation_token(domain: str) -> str:
    """The token of an organisation's mail domain (its label, normalised); cached per domain."""
    return "d:" + (norm_name(domain_label(registrable_domain(domain))) or registrable_domain(domain))


def close_tokens(selected: Iterable[str], known: Collection[str]) -> set[str]:
    """The tokens among `known` that grouping could join with `selected`.

    Tokens are organisations as a domain label (``d:acmerobotics``) or as a name
    (``n:acme``), or people (``person:...``). The same organisation in either
    form matches, and a name matches the domain labels it fits the way grouping
    fits them (one a prefix of the other, at least four letters); two domain
    labels never match by prefix (``acme`` and ``acmenews`` are two senders).
    People match only themselves.
    """
    known_set = set(known)
    labels = sorted(t[2:] for t in known_set if t.startswith("d:"))
    names = sorted(t[2:] for t in known_set if t.startswith("n:"))
    out: set[str] = set()
    for token in selected:
        if token in known_set:
            out.add(token)
        if token.startswith("person:"):
            continue
        kind, value = token[:2], token[2:]
        for same in ("d:" + value, "n:" + value):
            if same in known_set:
                out.add(same)
        if len(value) < _MIN_PREFIX:
            continue
        other_kind, others = ("d:", labels) if kind == "n:" else ("n:", names)
        # the other kind's values that start with this one, and those this one starts with
        i = bisect.bisect_left(others, value)
        while i < len(others) and others[i].startswith(value):
            out.add(other_kind + others[i])
            i += 1
        for n in range(_MIN_PREFIX, len(value)):
            if other_kind + value[:n] in known_set:
                out.add(other_kind + value[:n])
    return out
