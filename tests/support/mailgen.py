"""Small, fictional fixture mail for the source tests (`.example` domains only)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

ME = "sam@rivera.example"


def make_mail(
    n: int,
    *,
    subject: str | None = None,
    sender: str = "Nora Becker <nora@lindenwerk.example>",
    to: str = ME,
    date: datetime | None = None,
    body: str | None = None,
    in_reply_to: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """A plain-text message with a unique Message-ID `<n@fixtures.example>`, CRLF line ends."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject or f"Interview for the platform engineer role ({n})"
    msg["Date"] = format_datetime(date or datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = f"<{n}@fixtures.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg.set_content(body or f"Hello Sam,\n\nwould Tuesday at 10:00 work for a call? ({n})\n\nNora\n")
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


# Declares a charset nobody knows and carries bytes valid in none: must still go through.
BROKEN_CHARSET = (
    b"From: =?x-made-up?Q?Ren=E9?= <rene@atelier-bleu.example>\r\n"
    b"To: sam@rivera.example\r\n"
    b"Subject: =?x-made-up?B?RW50cmV0aWVu?= \xe9t\xe9\r\n"
    b"Date: Tue, 03 Nov 2026 14:00:00 +0100\r\n"
    b"Message-ID: <broken-charset@atelier-bleu.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=x-made-up\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Bonjour Sam, pouvons-nous parler demain \xe0 10h\xff\xfe ?\r\n"
)

# A German reply sent by me, quoting the employer.
SENT_GERMAN_REPLY = (
    "From: Sam Rivera <sam@rivera.example>\r\n"
    "To: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@kesselbau.example>\r\n"
    "Subject: Re: =?utf-8?q?Einladung_zum_Gespr=C3=A4ch?=\r\n"
    "Date: Wed, 04 Nov 2026 18:05:00 +0100\r\n"
    "Message-ID: <sent-de@rivera.example>\r\n"
    "In-Reply-To: <einladung@kesselbau.example>\r\n"
    "References: <einladung@kesselbau.example>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Hallo Herr Müller,\r\n\r\nDonnerstag um 14 Uhr passt mir gut.\r\n\r\nViele Grüße\r\nSam\r\n\r\n"
    "Am 04.11.2026 um 09:12 schrieb Jürgen Müller <juergen@kesselbau.example>:\r\n"
    "> Hätten Sie Donnerstag um 14 Uhr Zeit?\r\n"
).encode()
