"""The digest's content, section by section, in text and HTML (pure: hand-built applications)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html.parser import HTMLParser
from typing import Any

import pytest

from tests.digest_helpers import NOW, TZ, Address, assessed, at
from watcher.core.assessment import Assessed
from watcher.core.records import OutcomeKind, State
from watcher.digest.render import (
    AccountProblem,
    Digest,
    DigestInputs,
    build_digest,
    digest_message_id,
    render_html,
    render_text,
)

SECTION_TITLES = [
    "REPLY NEEDED",
    "DUE A POLITE NUDGE TODAY",
    "UPCOMING INTERVIEWS",
    "WAITING",
    "GONE COLD SINCE THE LAST DIGEST",
    "CLOSED SINCE THE LAST DIGEST",
]
HTML_TITLES = [
    "Reply needed",
    "Due a polite nudge today",
    "Upcoming interviews",
    "Waiting",
    "Gone cold since the last digest",
    "Closed since the last digest",
]


def one_of_each() -> list[Assessed]:
    return [
        assessed("Quillfeather Books", "your_turn", ask="Could you send two references?", ask_at=at(9, 16)),
        assessed(
            "Harbor & Finch",
            "due",
            role="Data Platform Engineer",
            interview_at=at(3, 15),
            last_contact_at=at(3, 17),
            next_nudge_on=date(2026, 3, 10),
            contact=Address("Jamie Chen", "jamie.chen@harborfinch.example"),
        ),
        assessed("Brightwater Analytics", "upcoming", interview_at=at(12, 14)),
        assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12)),
        assessed(
            "Tern Systems", "cold", nudges_sent=3, last_contact_at=at(2, 9), gives_up_on=date(2026, 3, 6)
        ),
        assessed(
            "Saltmarsh Clinics",
            "closed",
            outcome="rejected",
            outcome_at=at(6),
            outcome_quote="Not this time.",
        ),
    ]


def build(items: list[Assessed], **kw: Any) -> Digest:
    return build_digest(items, DigestInputs(now=NOW, tz=TZ, **kw))


def sections(text: str) -> dict[str, str]:
    """Section title -> its body, from the text part."""
    found = {}
    positions = [(text.index(t + "\n="), t) for t in SECTION_TITLES if t + "\n=" in text]
    positions.sort()
    for i, (pos, title) in enumerate(positions):
        end = positions[i + 1][0] if i + 1 < len(positions) else len(text)
        found[title] = text[pos:end]
    return found


class _Visible(HTMLParser):
    """The text a reader sees (no tags, no <style>/<title>), for HTML assertions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "title", "head"}:
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "title", "head"}:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def visible(html: str) -> str:
    p = _Visible()
    p.feed(html)
    return " ".join(" ".join(p.out).split())


# --- order and presence --------------------------------------------------------


def test_sections_come_in_the_issue_order() -> None:
    d = build(one_of_each())
    text, html = render_text(d), visible(render_html(d))
    assert [t for t in SECTION_TITLES if t in text] == SECTION_TITLES
    assert [text.index(t) for t in SECTION_TITLES] == sorted(text.index(t) for t in SECTION_TITLES)
    heads = [html.index(f"{t} · ") for t in HTML_TITLES]  # a title is followed by its count
    assert heads == sorted(heads)


def test_empty_sections_are_left_out() -> None:
    d = build([assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12))])
    text, html = render_text(d), visible(render_html(d))
    assert "WAITING" in text
    for title in SECTION_TITLES[:3] + SECTION_TITLES[4:]:
        assert title not in text
    for title in HTML_TITLES[:3] + HTML_TITLES[4:]:
        assert f"{title} · " not in html


def test_each_employer_lands_in_its_own_section() -> None:
    parts = sections(render_text(build(one_of_each())))
    assert "Quillfeather Books" in parts["REPLY NEEDED"]
    assert "Harbor & Finch" in parts["DUE A POLITE NUDGE TODAY"]
    assert "Brightwater Analytics" in parts["UPCOMING INTERVIEWS"]
    assert "Pinecone Labs" in parts["WAITING"]
    assert "Tern Systems" in parts["GONE COLD SINCE THE LAST DIGEST"]
    assert "Saltmarsh Clinics" in parts["CLOSED SINCE THE LAST DIGEST"]
    for title, body in parts.items():
        others = [
            e for e in ("Quillfeather", "Harbor", "Brightwater", "Pinecone", "Tern", "Saltmarsh") if e in body
        ]
        assert len(others) == 1, (title, others)


# --- the opening line and the subject ---------------------------------------------


def test_the_text_opens_with_a_line_of_counts() -> None:
    text = render_text(build(one_of_each()))
    first = text.splitlines()[0]
    assert first == "1 reply needed, 1 nudge due, 1 interview coming up, 1 waiting, 1 gone cold, 1 closed"


def test_the_digest_counts_like_the_status_table() -> None:
    """The digest's opening line and the status table's footer are one wording of the same counts."""
    from rich.console import Console

    from tests.digest_helpers import settings_for_tests
    from watcher.cli.report import render_status_table

    items = one_of_each()
    console = Console(width=200, record=True)
    render_status_table(items, NOW, settings_for_tests(), console=console, show_all=True)
    footer = console.export_text()
    assert render_text(build(items)).splitlines()[0] in " ".join(footer.split())


def test_subject_reads_like_the_issue_example() -> None:
    items = [
        assessed("A Corp", "due", next_nudge_on=date(2026, 3, 10), interview_at=at(2)),
        assessed("B Corp", "due", next_nudge_on=date(2026, 3, 9), interview_at=at(2)),
        assessed("C Corp", "your_turn", ask="When can you start?"),
        assessed("D Corp", "waiting", next_nudge_on=date(2026, 3, 12)),
    ]
    assert build(items).subject == "Follow-ups for Tue 10 Mar: 2 due, 1 reply needed"


def test_subject_without_anything_due_names_what_there_is() -> None:
    d = build([assessed("Brightwater", "upcoming", interview_at=at(11, 14))])
    assert d.subject == "Follow-ups for Tue 10 Mar: 1 interview coming up"
    assert build([]).subject == "Follow-ups for Tue 10 Mar: nothing due"


def test_subject_pluralises_replies() -> None:
    items = [assessed(f"E{i}", "your_turn", ask="Which day works?") for i in range(2)]
    assert build(items).subject.endswith("2 replies needed")


def test_message_id_is_the_same_for_the_same_day_and_recipient() -> None:
    a = digest_message_id(date(2026, 3, 10), "Sam@Rivera.example")
    assert a == digest_message_id(date(2026, 3, 10), "sam@rivera.example")
    assert a.startswith("<digest-2026-03-10.") and a.endswith("@interview-watcher>")
    assert a != digest_message_id(date(2026, 3, 11), "sam@rivera.example")
    assert a != digest_message_id(date(2026, 3, 10), "other@rivera.example")


# --- section content ----------------------------------------------------------------


def test_reply_needed_quotes_their_ask_and_says_since_when() -> None:
    d = build(
        [assessed("Quillfeather Books", "your_turn", ask="Could you send two references?", ask_at=at(9, 16))]
    )
    text, html = render_text(d), visible(render_html(d))
    for out in (text, html):
        assert "“Could you send two references?”" in out
        assert "since Mon 9 Mar (yesterday)" in out


def test_due_shows_role_interview_count_last_contact_draft_and_thread() -> None:
    d = build(
        [
            assessed(
                "Harbor & Finch",
                "due",
                role="Data Platform Engineer",
                interview_at=at(3, 15),
                last_contact_at=at(3, 17),
                next_nudge_on=date(2026, 3, 10),
                nudges_sent=1,
                contact=Address("Jamie Chen", "jamie.chen@harborfinch.example"),
            )
        ],
    )
    text, html = render_text(d), visible(render_html(d))
    for out in (text, html):
        assert "Data Platform Engineer" in out
        assert "Tue 3 Mar at 15:00" in out
        assert "1 of 3" in out
        assert "Tue 3 Mar (7 days ago)" in out
        assert "Hi Jamie," in out
        assert "Jamie Chen <jamie.chen@harborfinch.example>" in out
        assert "Last message from Jamie Chen on Mon 2 Mar: search your mail for “Interview for" in out
        assert "Message-ID" not in out
    assert "second nudge" in text


def test_gmail_threads_get_a_web_link() -> None:
    d = build(
        [
            assessed(
                "Harbor & Finch",
                "due",
                interview_at=at(3, 15),
                next_nudge_on=date(2026, 3, 10),
                account="gmail-main",
                thread_hint="18e0c2a1b2c3d4e5",
            )
        ],
        gmail_accounts=frozenset({"gmail-main"}),
    )
    link = "https://mail.google.com/mail/#search/rfc822msgid%3Am1.harborfinch%40harborfinch.example"
    assert f"Thread: {link}" in render_text(d)
    assert f'href="{link}"' in render_html(d)


def test_an_offer_to_answer_is_the_first_item_and_not_filed_as_closed() -> None:
    d = build(
        [
            *one_of_each(),
            assessed(
                "Larchwood Maps",
                "closed",
                outcome="offer",
                outcome_at=at(9, 11),
                outcome_quote="We are delighted to offer you the position.",
                needs_reply=True,
            ),
        ]
    )
    assert d.needs_attention
    assert d.subject.startswith("Follow-ups for Tue 10 Mar: 1 offer to answer")
    assert d.counts.startswith("1 offer to answer, ")
    text, html = render_text(d), visible(render_html(d))
    first_item = text.split("* ", 1)[1].splitlines()[0]
    assert first_item == "Offer from Larchwood Maps on Mon 9 Mar: reply (Backend Engineer)"
    assert html.index("Offer from Larchwood Maps on Mon 9 Mar: reply") < html.index("Quillfeather Books")
    closed_part = text.split("CLOSED SINCE THE LAST DIGEST", 1)[1]
    assert "Larchwood" not in closed_part


def test_upcoming_gives_local_time_and_the_follow_up_reminder() -> None:
    d = build([assessed("Brightwater Analytics", "upcoming", interview_at=at(12, 14).astimezone(TZ))])
    text, html = " ".join(render_text(d).split()), visible(render_html(d))
    for out in (text, html):
        assert "Thu 12 Mar at 14:00 (in 2 days)" in out
        assert "next steps" in out and "how best to follow up" in out
        assert "interview-watcher mark 'Brightwater Analytics' --reply-by WHEN" in out


def test_upcoming_time_is_shown_in_the_configured_zone() -> None:
    from zoneinfo import ZoneInfo

    utc_time = at(12, 14).astimezone(ZoneInfo("UTC"))  # 13:00 UTC
    d = build([assessed("Brightwater", "upcoming", interview_at=utc_time)])
    assert "Thu 12 Mar at 14:00" in render_text(d)


def test_waiting_gives_the_next_nudge_date() -> None:
    d = build(
        [
            assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12)),
            assessed("Oakridge", "waiting", next_nudge_on=date(2026, 3, 16), reply_by=date(2026, 3, 13)),
        ]
    )
    text, html = render_text(d), visible(render_html(d))
    for out in (text, html):
        assert "next nudge Thu 12 Mar (in 2 days)" in out
        assert "they said they would answer by Fri 13 Mar" in out


def test_gone_cold_says_why_and_gives_the_pipeline_line() -> None:
    items = [
        assessed(
            "Tern Systems",
            "cold",
            nudges_sent=3,
            last_contact_at=at(2, 9),
            gives_up_on=date(2026, 3, 6),
            cold_on=date(2026, 3, 7),
        ),
        assessed(
            "Vellum",
            "cold",
            last_contact_at=at(5, 9, 2),
            gives_up_on=date(2026, 3, 7),
            cold_on=date(2026, 3, 8),
        ),
        assessed("Quillon", "cold", gives_up_on=date(2026, 2, 26), cold_on=date(2026, 2, 27)),  # last month
        assessed("Pinecone Labs", "waiting", next_nudge_on=date(2026, 3, 12)),
        assessed("Harbor", "due", next_nudge_on=date(2026, 3, 10), interview_at=at(3)),
    ]
    d = build(items)
    text, html = render_text(d), visible(render_html(d))
    for out in (text, html):
        assert "Tern Systems" in out and "no reply after 3 follow-ups" in out
        assert "Vellum" in out and "no word for a month: time to move on" in out
        assert "2 processes active, 2 went cold this month" in out  # the policy's cold date, not February's


def test_gone_cold_and_closed_list_only_what_changed_since_the_last_digest() -> None:
    items = [
        assessed(
            "Tern Systems",
            "cold",
            nudges_sent=3,
            last_contact_at=at(2),
            gives_up_on=date(2026, 3, 6),
            app_id="tern",
        ),
        assessed(
            "Vellum", "cold", last_contact_at=at(5, 9, 2), gives_up_on=date(2026, 3, 7), app_id="vellum"
        ),
        assessed("Saltmarsh", "closed", outcome="rejected", app_id="saltmarsh"),
        assessed("Windrose", "closed", outcome="offer", outcome_at=at(9), app_id="windrose"),
    ]
    d = build(items, previous={"tern": "cold", "vellum": "due", "saltmarsh": "closed", "windrose": "waiting"})
    parts = sections(render_text(d))
    assert "Vellum" in parts["GONE COLD SINCE THE LAST DIGEST"]
    assert "Tern" not in render_text(d)
    assert "Windrose" in parts["CLOSED SINCE THE LAST DIGEST"]
    assert "Saltmarsh" not in render_text(d)


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        ("rejected", "they turned you down on Fri 6 Mar"),
        ("offer", "they made you an offer on Fri 6 Mar"),
        ("withdrawn", "you withdrew on Fri 6 Mar"),
    ],
)
def test_closed_says_how_it_ended(outcome: OutcomeKind, words: str) -> None:
    d = build([assessed("Saltmarsh Clinics", "closed", outcome=outcome, outcome_at=at(6))])
    assert words in render_text(d)
    assert words in visible(render_html(d))


def test_account_failures_are_reported_at_the_top() -> None:
    d = build(
        [], problems=[AccountProblem("personal", "imap.example.net", at(10, 6), "authentication failed")]
    )
    text = render_text(d)
    assert "personal: could not reach imap.example.net since 06:00: authentication failed" in text
    assert "could not reach imap.example.net since 06:00" in visible(render_html(d))
    assert d.subject == "Follow-ups for Tue 10 Mar: 1 account failing"
    assert d.needs_attention


def test_a_missed_digest_is_mentioned_in_the_next_one() -> None:
    d = build(
        [assessed("Harbor", "due", next_nudge_on=date(2026, 3, 9), interview_at=at(2))],
        missed=[(date(2026, 3, 9), "SMTP smtp.example.net:465: connection refused")],
    )
    assert (
        "The digest for Mon 9 Mar could not be delivered (SMTP smtp.example.net:465: connection refused)"
        in (render_text(d))
    )


# --- when there is nothing to say -------------------------------------------------------


def test_waiting_and_far_interviews_alone_need_no_digest() -> None:
    items = [
        assessed("Pinecone", "waiting", next_nudge_on=date(2026, 3, 12)),
        assessed("Solera", "upcoming", interview_at=at(16, 10)),
    ]
    assert not build(items).needs_attention


@pytest.mark.parametrize("state", ["your_turn", "due"])
def test_something_to_do_needs_a_digest(state: State) -> None:
    item = assessed("Harbor", state, ask="Which day?", next_nudge_on=date(2026, 3, 10), interview_at=at(2))
    assert build([item]).needs_attention


def test_an_interview_today_or_tomorrow_needs_a_digest() -> None:
    assert build([assessed("Brightwater", "upcoming", interview_at=at(11, 14))]).needs_attention
    assert build([assessed("Brightwater", "upcoming", interview_at=at(10, 16))]).needs_attention


# --- escaping and the HTML itself ---------------------------------------------------------

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_markup_from_mail_is_inert_in_html() -> None:
    items = [
        assessed(f"Evil {EVIL} Corp", "your_turn", role=f"Role {EVIL}", ask=f"Ask {EVIL}"),
        assessed(
            f"Due {EVIL}",
            "due",
            role=EVIL,
            next_nudge_on=date(2026, 3, 10),
            interview_at=at(2),
            contact=Address(f"Jo {EVIL}", "jo@evil.example"),
        ),
        assessed(f"Soon {EVIL}", "upcoming", interview_at=at(12)),
        assessed(f"Wait {EVIL}", "waiting", next_nudge_on=date(2026, 3, 12)),
        assessed(f"Cold {EVIL}", "cold", gives_up_on=date(2026, 3, 7)),
        assessed(f"Closed {EVIL}", "closed", outcome="rejected", outcome_quote=EVIL),
    ]
    d = build(items, problems=[AccountProblem(f"acc{EVIL}", "imap.example.net", None, EVIL)])
    html = render_html(d)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")  # only as escaped text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    # ...and readable as text, exactly as written.
    assert f"Evil {EVIL} Corp" in visible(html)


def test_a_javascript_link_cannot_come_from_mail() -> None:
    d = build(
        [
            assessed(
                "X",
                "due",
                next_nudge_on=date(2026, 3, 10),
                interview_at=at(2),
                account="g",
                thread_hint='"><script>alert(1)</script>',
            )
        ],
        gmail_accounts=frozenset({"g"}),
    )
    html = render_html(d)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://mail.google.com/", "mailto:")) for h in hrefs)
    assert "<script" not in html


def test_html_has_no_remote_assets_and_declares_light_and_dark() -> None:
    html = render_html(build(one_of_each()))
    assert '<meta name="color-scheme" content="light dark">' in html
    assert "prefers-color-scheme: dark" in html
    assert not re.search(r"<(img|link|script|iframe|object)\b", html, re.I)
    assert not re.search(r"(src|background)\s*=", html, re.I)
    assert "url(" not in html
    assert "@import" not in html


def test_text_part_has_no_markup_and_no_trailing_spaces() -> None:
    text = render_text(build(one_of_each()))
    assert not re.search(r"</?(p|div|table|tr|td|span|br|a|strong|em|code|html|body)\b", text)
    assert "&lt;" not in text and "&amp;" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert "\n\n\n" not in text


def test_dates_far_away_carry_the_year() -> None:
    d = build(
        [
            assessed(
                "Old",
                "due",
                next_nudge_on=NOW.date() - timedelta(days=400),
                interview_at=at(2, 10, 1).replace(year=2025),
            )
        ]
    )
    assert "2025" in render_text(d)
