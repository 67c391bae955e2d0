"""Words every part of the reader must agree on: reply prefixes and the mailboxes that are not a person.

One home, so that threading, employer identity, the doubt reader and the
nudge drafts never drift apart: a prefix stripped in one place and kept in
another splits a thread, a robot sender known to one module and not another
gets a draft addressed to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "REPLY_PREFIXES",
    "SYSTEM_MAILBOXES",
    "TEAM_MAILBOXES",
    "has_reply_prefix",
    "is_system_mailbox",
    "is_team_or_system_mailbox",
    "strip_reply_prefixes",
]

# Reply and forward prefixes, as mail programs write them in many languages: Re, Fw/Fwd;
# German AW/WG; Dutch Antw/Doorst; Spanish/Portuguese RV/Enc/Res/Ref; French TR/Réf;
# Italian R/Rif; Scandinavian SV/VS; Polish Odp; Turkish Ynt.
REPLY_PREFIXES = (
    "re",
    "fw",
    "fwd",
    "aw",
    "wg",
    "antw",
    "doorst",
    "rv",
    "enc",
    "res",
    "ref",
    "réf",
    "tr",
    "r",
    "rif",
    "sv",
    "vs",
    "odp",
    "ynt",
)

# Mailboxes no person reads: a message from one is a system's, and it never gets a reply.
SYSTEM_MAILBOXES = (
    r"no[-_.]?reply",
    r"do[-_.]?not[-_.]?reply",
    r"notifications?",
    r"notify",
    r"mailer",
    r"mailer-daemon",
    r"alerts?",
    r"bounce",
    r"system",
    r"automated",
    r"auto",
    r"postmaster",
    r"news(?:letter)?",
    r"updates?",
    r"info",
    r"hello",
    r"team",
    r"support",
)

# Mailboxes a team reads (careers@, bewerbung@): mail from them may be a person's, but a draft
# greets and addresses the person who wrote, never the team's box.
TEAM_MAILBOXES = (
    r"jobs",
    r"careers",
    r"talent",
    r"recruiting",
    r"recruitment",
    r"hiring",
    r"hr",
    r"apply",
    r"applications?",
    r"bewerbung(?:en)?",
    r"karriere",
    r"empleo",
    r"rrhh",
    r"recrutement",
    r"candidatures?",
    r"recrutamento",
    r"vagas",
    r"selezione",
    r"lavora-?con-?noi",
    r"werkenbij",
    r"werving",
    r"sollicitaties?",
    r"vacatures?",
)


def _words(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_REPLY_PREFIX_RE = re.compile(
    rf"^\s*(?:{_words(tuple(map(re.escape, REPLY_PREFIXES)))})(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
# The name stands alone or ends at a separator: "no-reply", "noreply.jobs", "careers+acme".
_END = r"(?![^\W_])"
_SYSTEM_RE = re.compile(rf"^(?:{_words(SYSTEM_MAILBOXES)}){_END}", re.IGNORECASE)
_TEAM_OR_SYSTEM_RE = re.compile(rf"^(?:{_words(SYSTEM_MAILBOXES + TEAM_MAILBOXES)}){_END}", re.IGNORECASE)


def has_reply_prefix(subject: str) -> bool:
    """ "Re: ...", "AW: ...", "Fwd[2]: ...": the subject is a reply's or a forward's."""
    return _REPLY_PREFIX_RE.match(subject) is not None


def strip_reply_prefixes(subject: str) -> str:
    """The subject without its leading reply and forward prefixes, however many ("Re: AW: Fwd: x" → "x")."""
    if ":" not in subject and "：" not in subject:
        return subject  # every prefix ends in a colon
    while True:
        stripped = _REPLY_PREFIX_RE.sub("", subject, count=1)
        if stripped == subject:
            return subject
        subject = stripped


@lru_cache(maxsize=8192)
def is_system_mailbox(local_part: str) -> bool:
    """``no-reply``, ``notifications``, ``mailer-daemon`` ...: a mailbox no person reads.

    Cached: a scan asks about the same few hundred senders on every message."""
    return _SYSTEM_RE.match(local_part) is not None


def is_team_or_system_mailbox(local_part: str) -> bool:
    """A system's mailbox or a team's (``careers``, ``bewerbung``): not a person to greet or address."""
    return _TEAM_OR_SYSTEM_RE.match(local_part) is not None
