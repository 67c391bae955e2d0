"""A bland first message whose attached invitation names the interview is about a job.

Recruiters open with "Quick chat?" and put the word only in the calendar event
they attach. The invitation's title counts as what the message says, in every
language; an invitation titled like any meeting gives no job context.
"""

from __future__ import annotations

import pytest

from tests.fixture_mail import applications, event, make
from watcher.core.records import Message


def outreach(summary: str, subject: str = "Quick chat?") -> list[Message]:
    return [
        make(
            "Hi Sam, I came across your profile. Would you be up for a short call? I sent an invite.",
            at="2026-05-11T09:00:00-04:00",
            frm=("Ines Valk", "ines@copperfin.example"),
            subject=subject,
            calendar=[
                event(
                    "2026-05-14T10:00:00-04:00",
                    summary=summary,
                    organizer="ines@copperfin.example",
                    uid="qc-1@copperfin.example",
                )
            ],
        )
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "Interview: Platform Engineer (Copperfin)",
        "Vorstellungsgespräch: Platform Engineer",
        "Entrevista - Ingeniera de plataforma",
        "Entretien : ingénieur plateforme",
    ],
)
def test_an_invitation_titled_as_an_interview_gives_a_bland_message_job_context(summary: str) -> None:
    apps = applications("2026-05-12T08:00:00-04:00", outreach(summary))
    assert [a.employer for a in apps] == ["Copperfin"]
    assert [i.via for i in apps[0].timeline.interviews] == ["calendar"]


def test_an_invitation_titled_like_any_meeting_does_not() -> None:
    assert applications("2026-05-12T08:00:00-04:00", outreach("Coffee catch-up")) == []
