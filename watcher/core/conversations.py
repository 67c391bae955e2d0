"""Group messages into conversations (JWZ-style), pure over `records.Message`.

Header links (Message-ID, In-Reply-To, References) decide first, tolerating
parents we never saw: two replies to the same missing message still meet at
it. A server's thread key (Gmail) groups too, and so does an iCalendar UID
(an invitation, its update and the RSVP are one meeting even when the
calendar software sets no In-Reply-To). The normalised subject joins
threads only when the people on the other side are exactly the same, so two
"Interview" threads with different employers never merge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Sequence

from watcher.core.mail import normalise_subject
from watcher.core.reading.vocabulary import is_system_mailbox
from watcher.core.records import Conversation, Message

__all__ = ["conversation_id", "conversations_of", "dedupe", "owner_addresses", "thread", "thread_nodes"]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:  # path compression
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller key wins, so output never depends on input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _copy_rank(m: Message) -> tuple[bool, int, str, str, str]:
    """Prefer a copy with a body, then the longest text, then a fixed order."""
    return (m.headers_only, -len(m.text), m.account, m.folder, m.uid)


def dedupe(messages: Iterable[Message]) -> list[Message]:
    """One message per Message-ID: a message stored in two folders (or accounts) counts once."""
    best: dict[str, Message] = {}
    for m in messages:
        current = best.get(m.message_id)
        if current is None or _copy_rank(m) < _copy_rank(current):
            best[m.message_id] = m
    return list(best.values())


def conversation_id(root_message_id: str) -> str:
    """Stable id of a conversation from its root Message-ID."""
    return "t-" + hashlib.sha1(root_message_id.encode("utf-8", "replace")).hexdigest()[:12]


def _participants(m: Message, me: set[str]) -> frozenset[str]:
    people = [m.from_] if m.from_ else []
    people += [*m.to, *m.cc, *m.reply_to]
    return frozenset(a.email for a in people if a.email not in me)


def _machine_sent(m: Message) -> bool:
    """Automated, bulk or no-reply mail: generic subjects from shared senders (an applicant-tracking
    relay writing for many employers) must not merge by subject."""
    if m.bulk.is_bulk or m.bulk.is_automated:
        return True
    return m.from_ is not None and is_system_mailbox(m.from_.email.partition("@")[0])


def _root_of(m: Message) -> str:
    """The thread root according to a message's own headers (first Reference, else its parent)."""
    if m.references:
        return m.references[0]
    if m.in_reply_to:
        return m.in_reply_to
    return m.message_id


def _sort_key(m: Message) -> tuple[float, str]:
    return (m.date.timestamp(), m.message_id)


def thread_nodes(m: Message, me: Collection[str]) -> tuple[str, ...]:
    """The keys that tie a message to its conversation: its own Message-ID first, then the
    Message-IDs it answers, the server's thread key, calendar UIDs and, for mail people wrote,
    its subject with the people on the other side. Two messages sharing any key are one
    conversation; kept per message, this lets a store thread incrementally."""
    nodes = ["id:" + m.message_id]
    nodes += ["id:" + ref for ref in m.references]
    if m.in_reply_to:
        nodes.append("id:" + m.in_reply_to)
    if m.thread_hint:
        nodes.append(f"hint:{m.account}\x00{m.thread_hint}")
    nodes += ["ical:" + event.uid for event in m.calendar if event.uid]
    if not _machine_sent(m):
        subject = normalise_subject(m.subject).casefold()
        people = _participants(m, set(me))
        if subject and people:
            nodes.append("subj:" + subject + "\x00" + "\x00".join(sorted(people)))
    return tuple(dict.fromkeys(nodes))


def owner_addresses(messages: Iterable[Message], my_addresses: Collection[str]) -> set[str]:
    """Every address that is "me": the configured ones and the From of every sent message."""
    me = {a.strip().lower() for a in my_addresses}
    me.update(m.from_.email for m in messages if m.direction == "sent" and m.from_)
    return me


def thread(messages: Iterable[Message], *, my_addresses: Collection[str] = ()) -> list[Conversation]:
    """Conversations sorted by their first message; messages in each sorted by date.

    `my_addresses` sharpens the subject fallback; the From of every sent
    message counts as "me" as well, so it is optional.
    """
    unique = sorted(dedupe(messages), key=_sort_key)
    me = owner_addresses(unique, my_addresses)

    uf = _UnionFind()
    for m in unique:
        own, *links = thread_nodes(m, me)
        uf.find(own)
        for node in links:
            uf.union(own, node)
    return conversations_of(unique, uf.find)


def conversations_of(messages: Sequence[Message], group_of: Callable[[str], str]) -> list[Conversation]:
    """Messages (deduplicated, in date order) gathered by `group_of("id:" + Message-ID)`."""
    groups: dict[str, list[Message]] = {}
    for m in messages:  # already in date order, so each group is too
        groups.setdefault(group_of("id:" + m.message_id), []).append(m)

    conversations: list[Conversation] = []
    for members in groups.values():
        first = members[0]
        subject = next((normalise_subject(m.subject) for m in members if m.subject.strip()), "")
        conversations.append(
            Conversation(id=conversation_id(_root_of(first)), subject=subject, messages=tuple(members))
        )
    conversations.sort(key=lambda c: (*_sort_key(c.messages[0]), c.id))
    return conversations
