"""A real SMTP server (aiosmtpd) in the test process, on a free loopback port."""

from __future__ import annotations

import email
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any


@dataclass
class Inbox:
    """aiosmtpd handler that keeps what it receives: (envelope sender, recipients, message)."""

    received: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)

    @property
    def messages(self) -> list[EmailMessage]:
        return [m for _, _, m in self.received]

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=default_policy)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK"
