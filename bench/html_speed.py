"""How long `parse_message` takes on HTML-only applicant-tracking mail.

    python bench/html_speed.py [N]          (default N = 400 messages, 5 rounds)

Generates N HTML-only messages shaped like tracking-system mail (nested
layout tables, a hidden preheader, a button, a detail table, a legal footer,
a tracking pixel; every fourth one a reply quoting the previous message in a
blockquote) and prints the median time per message of `parse_message` and of
`html_to_text` alone. Run it on two checkouts (PYTHONPATH=...) to compare.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path.cwd()))

from watcher.core.mail import html_to_text, parse_message

T = TypeVar("T")

ROW = '<tr><td style="padding:8px 32px;font-family:Arial,sans-serif;font-size:15px;color:#333">{}</td></tr>'


def ats_html(i: int) -> str:
    """One tracking-system message: layout tables around a few paragraphs, a detail table, a footer."""
    paragraphs = [
        f"Hello Candidate {i},",
        "Thank you for the time you have given to our hiring process for the Platform Engineer role.",
        "Here are the details of your next conversation with the team. Please keep an eye on your inbox.",
        "If anything changes on your side, use the button below to pick another slot.",
        "The Talent Team",
    ]
    details = "".join(
        f'<tr><th align="left" style="padding:4px 8px">{k}</th><td style="padding:4px 8px">{v}</td></tr>'
        for k, v in (
            ("Date", f"Tuesday, {1 + i % 27} March"),
            ("Time", "14:00 CET"),
            ("Format", "Video call"),
        )
    )
    body = "".join(ROW.format(p) for p in paragraphs[:3])
    body += f'<tr><td style="padding:8px 32px"><table role="presentation">{details}</table></td></tr>'
    body += "".join(ROW.format(p) for p in paragraphs[3:])
    body += (
        f'<tr><td align="left" style="padding:16px 32px"><a href="https://ats.example/s/{i}" '
        'style="display:inline-block;padding:12px 22px;background:#1a73e8;color:#fff">Choose a time</a></td></tr>'
    )
    quote = ""
    if i % 4 == 0:
        quote = (
            '<div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 2, 2026 at 9:00 AM Hiring Desk '
            "&lt;desk@ats.example&gt; wrote:<br></div><blockquote><p>Could you share a few times that suit you?"
            "</p><p>Regards,<br>Hiring Desk</p></blockquote></div>"
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Update</title>'
        "<style>body{margin:0} .btn{color:#fff}</style></head>"
        '<body style="margin:0;background:#f2f3f5">'
        '<div style="display:none;max-height:0;overflow:hidden">Your next conversation is confirmed&zwnj;&nbsp;</div>'
        '<table role="presentation" width="100%"><tr><td align="center">'
        f'<table role="presentation" width="600" bgcolor="#ffffff">{body}</table>'
        '<table role="presentation" width="600"><tr><td style="font-size:11px;color:#8a8f98">'
        "<p>Example Hiring Co. · 1 Sample Street · 00000 Sample City</p>"
        "<p>You are receiving this email because you applied for a position. "
        '<a href="https://ats.example/u">Unsubscribe</a> · <a href="https://ats.example/p">Privacy policy</a></p>'
        "</td></tr></table></td></tr></table>"
        f"{quote}"
        '<img src="https://ats.example/o.gif" width="1" height="1" alt="" style="display:block">'
        "</body></html>"
    )


def message(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Hiring Desk <no-reply@ats.example>"
    msg["To"] = "candidate@example.org"
    msg["Date"] = "Mon, 9 Mar 2026 10:00:00 +0100"
    msg["Subject"] = "Your interview"
    msg["Message-ID"] = f"<bench-{i}@ats.example>"
    msg.set_content(ats_html(i), subtype="html")
    return msg.as_bytes()


def median_ms(fn: Callable[[T], object], items: list[T], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append((time.perf_counter() - start) / len(items) * 1000)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    raws = [message(i) for i in range(n)]
    htmls = [ats_html(i) for i in range(n)]

    def parse(raw: bytes) -> None:
        parse_message(raw, account="a", folder="INBOX", uid="1", my_addresses=["candidate@example.org"])

    parse(raws[0])  # imports and caches warm
    print(f"{n} HTML-only messages, {sum(map(len, raws)) // n} bytes each on average")
    print(f"  parse_message: {median_ms(parse, list(raws), 5):.3f} ms per message (median of 5 rounds)")
    print(f"  html_to_text : {median_ms(html_to_text, list(htmls), 5):.3f} ms per message")


if __name__ == "__main__":
    main()
