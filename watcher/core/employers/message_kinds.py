"""What kind of message it is: the owner's, an employer person's, an acknowledgement, other automated mail, or bulk."""

from __future__ import annotations

from typing import Literal

from watcher.core.employers.domains import vendor_of
from watcher.core.reading.firstletter import found_by_first_letter
from watcher.core.reading.lexicon import phrases
from watcher.core.reading.text import body_of
from watcher.core.reading.vocabulary import is_system_mailbox
from watcher.core.records import Message

__all__ = [
    "MessageKind",
    "is_acknowledgement",
    "is_automated",
    "is_noise",
    "is_system_address",
    "is_thank_you",
    "message_kind",
]

MessageKind = Literal["owner", "employer", "automated", "acknowledgement", "bulk"]

# Asked yes or no only (see firstletter).
_AUTOMATED_TEXT = found_by_first_letter("", phrases("AUTOMATED"))
_ACK = found_by_first_letter("", phrases("ACKNOWLEDGEMENT"))
_THANKS = found_by_first_letter(r"\b", phrases("THANKS"))


_NOT_ACK = found_by_first_letter(r"\b", phrases("NOT_ACKNOWLEDGEMENT"), r"\b")


def is_system_address(email: str) -> bool:
    """A mailbox no person reads: ``no-reply@``, ``notifications@``, ``mailer@`` ..."""
    return is_system_mailbox(email.partition("@")[0])


def is_automated(msg: Message) -> bool:
    """Mail a system sent on its own: acknowledgements, scheduler confirmations, form rejections."""
    if msg.direction == "sent":
        return False
    if msg.bulk.is_automated:
        return True
    sender = msg.from_
    human_reply_to = any(
        vendor_of(a.domain) is None and not is_system_mailbox(a.email.partition("@")[0]) for a in msg.reply_to
    )
    if sender and is_system_mailbox(sender.email.partition("@")[0]) and not human_reply_to:
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
