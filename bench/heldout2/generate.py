"""Build the third labelled mailbox (bench/heldout2/): labels.json + mail/<slug>/<NN>-<inbox|sent>.eml.

    python bench/heldout2/generate.py            write the mailbox
    python bench/heldout2/generate.py --check    also print every label and the convention checks

An independent mailbox in the corpus format (see the corpus README), written
without looking at the detection code or at the mail of the corpus and of
bench/heldout, to measure how the product generalises to mail it has never seen.
Deterministic: the same script always writes the same bytes.

Owner: Kavya Raman (kavya.raman@example.net, k.raman@raman.example), America/Los_Angeles.
`facts` are written by hand per application (interviews, reply-by dates, outcome);
employer/owner message days and asks are read off the message list below, so they
cannot drift from the mail. `expected` is derived from the facts with the product's
policy (watcher.policy), exactly as bench/heldout/generate.py does, and cross-checked
with the real message times.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from email.policy import SMTP
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mailkit import (
    SIG_PHONE,
    App,
    Cal,
    M,
    Mailbox,
    gmail,
    iphone,
    main,
    outlook,
    tbird,
    use,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
KOL = ZoneInfo("Asia/Kolkata")
PAR = ZoneInfo("Europe/Paris")
MAD = ZoneInfo("Europe/Madrid")
BER = ZoneInfo("Europe/Berlin")

OWNER = ("Kavya Raman", "kavya.raman@example.net")
ALIAS = ("Kavya Raman", "k.raman@raman.example")
TIMEZONE = "America/Los_Angeles"
EVALUATE_AT = ["2026-03-12T08:00:00-07:00", "2026-04-02T08:00:00-07:00", "2026-05-11T08:00:00-07:00"]
POLICY = {
    "first_nudge_after_days": 7,
    "min_days_between_nudges": 7,
    "max_nudges": 3,
    "give_up_after_days": 30,
    "weekdays_only": True,
}
MAIL_POLICY = SMTP.clone(max_line_length=78)

Person = tuple[str, str]


def at(stamp: str, tz: ZoneInfo = LA) -> datetime:
    """'2026-03-16 10:05' in the given zone."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def d(day: str) -> date:
    return date.fromisoformat(day)


# --- calendar parts ----------------------------------------------------------

VTZ = {
    "America/Los_Angeles": """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Phoenix": """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Pacific Standard Time": """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Asia/Kolkata": """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Europe/Paris": """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
}

use(
    Mailbox(
        here=HERE,
        salt="heldout2",
        owner=OWNER,
        alias=ALIAS,
        tz=LA,
        evaluate_at=EVALUATE_AT,
        span=(d("2026-02-10"), d("2026-05-10")),
        vtz=VTZ,
        policy=POLICY,
    )
)
ME = OWNER
ME2 = ALIAS


# --- 1. Tamarack Data: Rippling acknowledgement (null on Mar 12), "how about Thu 3/19 at 1:30 PT?", Outlook ----
#        "-----Original Message-----" quoting, "we aim to decide by April 10", one nudge, personal rejection --------
DELIA = ("Delia Okerlund", "delia.okerlund@tamarackdata.example")
TAMARACK_ATS = ("Tamarack Data via Rippling", "no-reply@rippling-ats.example")
DELIA_SIG = """

    Delia Okerlund
    Senior Technical Recruiter | Tamarack Data
    Portland, OR
    """
TAMARACK = App(
    "tamarack-data",
    "Tamarack Data",
    "Rippling acknowledgement Mar 5 (not listed on Mar 12); recruiter proposes 'how about Thu 3/19 at 1:30 PT?', "
    "the owner confirms; 'we aim to decide by April 10' holds the first nudge to Apr 13 (Apr 11 is a Saturday); "
    "one nudge, then a personal rejection",
    [
        M(
            at("2026-03-05 09:12"),
            TAMARACK_ATS,
            [ME],
            """
            Hi Kavya,

            Thanks for applying for the Staff Machine Learning Engineer role at Tamarack Data. We've received your
            application and our recruiting team reviews every one. If your background is a match, someone from
            our team will reach out about next steps.

            Thanks again for your interest in Tamarack Data!

            The Tamarack Data Recruiting Team

            This message was sent from an unmonitored mailbox. Please do not reply.
            """,
            subject="Thanks for applying to Tamarack Data",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-03-16 10:05"),
            DELIA,
            [ME],
            """
            Hi Kavya,

            Thank you for your interest in the Staff Machine Learning Engineer position. Owen Pruitt, our Director
            of ML Platform, would like to set up a 45-minute video call to talk through your background and the
            team's roadmap for the feature store.

            How about Thu 3/19 at 1:30 PT? If that doesn't work, send me a couple of alternatives and I'll make it
            happen.

            Best regards,
            Delia
            """
            + DELIA_SIG,
            subject="Staff ML Engineer - intro call with Owen Pruitt",
            emp=True,
            **outlook(quote=None),
        ),
        M(
            at("2026-03-16 11:20"),
            ME,
            [DELIA],
            """
            Hi Delia,

            Thanks for reaching out! Thursday 3/19 at 1:30 PT works well for me. I'm looking forward to talking
            with Owen.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-16 11:41"),
            DELIA,
            [ME],
            """
            Great, you're all set. Zoom link: https://zoom.example/j/83310457712

            Delia
            """
            + DELIA_SIG,
            emp=True,
            **outlook(),
        ),
        M(
            at("2026-03-19 15:10"),
            ME,
            [DELIA],
            """
            Hi Delia,

            Thanks for setting up the call with Owen today. I really enjoyed hearing about the feature-store
            migration and the plans for online inference, and it made me even more excited about the role.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-23 09:40"),
            DELIA,
            [ME],
            """
            Hi Kavya,

            Owen really enjoyed your conversation too. We're wrapping up first-round calls with a few more
            candidates this week, and we aim to decide by April 10 on who moves forward to the onsite. I'll be in
            touch either way.

            Best regards,
            Delia
            """
            + DELIA_SIG,
            emp=True,
            **outlook(),
        ),
        M(
            at("2026-03-23 10:15"),
            ME,
            [DELIA],
            """
            Thanks for the update, Delia - I appreciate you keeping me posted.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-14 09:05"),
            ME,
            [DELIA],
            """
            Hi Delia,

            I hope you're doing well. I wanted to follow up on the Staff ML Engineer role - has the team made a
            decision about the onsite stage? I'm still very interested.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-15 16:20"),
            DELIA,
            [ME],
            """
            Hi Kavya,

            Thanks for checking in, and sorry this took a few extra days. I'm afraid the team has decided not to
            move you forward to the onsite - they went with candidates with more hands-on streaming experience.
            Owen asked me to pass on that he enjoyed your conversation, and we'd be glad to hear from you again for
            future roles.

            All the best,
            Delia
            """
            + DELIA_SIG,
            emp=True,
            **outlook(),
        ),
    ],
    interviews=[(at("2026-03-19 13:30"), "2026-03-16")],
    reply_by=[("2026-04-10", "2026-03-23")],
    outcome=("rejected", "2026-04-15"),
)

# --- 2. Saguaro Payments via Ashby: availability, Ashby invites in America/Phoenix (no DST), a take-home, -----------
#        final loop, "in the next 7-10 days", due on Apr 2, one nudge, offer ------------------------------------------
MARISOL = ("Marisol Quintero", "marisol@saguaropay.example")
MARISOL_ASHBY = ("Marisol Quintero (Saguaro Payments)", "notifications@ashby-mail.example")
SAGUARO_ATS = ("Saguaro Payments via Ashby", "no-reply@ashby-mail.example")
SAGUARO_TAKE_HOME = """# Saguaro Payments - ML take-home (Fraud)

You get `transactions.csv` (one row per card transaction, ~200k rows) and
`chargebacks.csv` (transaction ids later disputed as fraud).

1. Build a model that scores a transaction's fraud risk at authorisation time.
   Only use information that would be available at that moment.
2. Pick an operating threshold and explain the trade-off you chose.
3. Write up (one page max) what you would monitor once this is live.

Please send a notebook or repo link plus the write-up. We expect 2-3 hours.
"""


def saguaro_cal(uid: str, start: str, end: str, summary: str, description: str) -> Cal:
    return Cal(
        "REQUEST",
        uid,
        summary,
        SAGUARO_ATS,
        at(start, PHX),
        at(end, PHX),
        tzid="America/Phoenix",
        prodid="-//Ashby//Interview Scheduling//EN",
        location="Google Meet: https://meet.example/sgp-kqzr-tmw",
        description=description,
        attendees=(OWNER, MARISOL),
    )


SAGUARO = App(
    "saguaro-payments",
    "Saguaro Payments",
    "Ashby acknowledgement, a recruiter message via Ashby (Reply-To the recruiter) asking for availability, Ashby "
    "invites in America/Phoenix (Feb 24 11:00 MST = 10:00 PST; Mar 17 09:00 MST = 09:00 PDT), a take-home asked "
    "and sent, 'in the next 7-10 days' (Mar 30) makes the first nudge due Mar 31; nudge Apr 3; offer Apr 7",
    [
        M(
            at("2026-02-12 14:02", PHX),
            SAGUARO_ATS,
            [ME],
            """
            Hi Kavya,

            Thanks for applying to the Senior ML Engineer, Fraud role at Saguaro Payments! Our team will review
            your application and get back to you if there's a fit.

            - Saguaro Payments Recruiting
            """,
            subject="Thanks for applying to Saguaro Payments",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-02-18 10:30", PHX),
            MARISOL_ASHBY,
            [ME],
            """
            Hi Kavya,

            I'm the recruiter for our Senior ML Engineer, Fraud role - thanks for applying! Your background in
            real-time risk scoring looks like a great fit and I'd love to set up a 30-minute recruiter screen.

            Could you reply with a few windows next week (Feb 23-27) that work for you? We're in Phoenix, but I'm
            happy to work around Pacific time.

            Thanks,
            Marisol

            Marisol Quintero | Technical Recruiter | Saguaro Payments
            """,
            subject="Saguaro Payments - Senior ML Engineer, Fraud",
            emp=True,
            ask=True,
            reply_to=MARISOL,
            html="auto",
            mid_style="other",
        ),
        M(
            at("2026-02-18 12:05"),
            ME,
            [MARISOL],
            """
            Hi Marisol,

            Thanks so much for reaching out! Next week I'm free:

            - Tue 2/24, 9am-12pm PT
            - Wed 2/25, after 1pm PT
            - Thu 2/26, any time before 3pm PT

            Looking forward to it.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-19 08:14", PHX),
            SAGUARO_ATS,
            [ME],
            """
            Hi Kavya,

            Your interview with Saguaro Payments has been scheduled.

            Recruiter screen with Marisol Quintero
            Tuesday, February 24, 2026
            11:00 AM - 11:30 AM MST (America/Phoenix)
            Google Meet: https://meet.example/sgp-kqzr-tmw

            Need to reschedule? Reply to this email and your recruiter will help.

            Powered by Ashby
            """,
            subject="Interview confirmed: Recruiter screen - Saguaro Payments",
            auto=True,
            reply_to=MARISOL,
            html="auto",
            mid_style="other",
            thread="ashby-1",
            cals=[
                saguaro_cal(
                    "ashby-int-7f3c2a91-saguaro-screen",
                    "2026-02-24 11:00",
                    "2026-02-24 11:30",
                    "Recruiter screen: Kavya Raman <> Saguaro Payments",
                    "Recruiter screen for Senior ML Engineer, Fraud.",
                )
            ],
        ),
        M(
            at("2026-02-24 10:52"),
            ME,
            [MARISOL],
            """
            Hi Marisol,

            Thanks for the chat this morning! It was great to hear how the fraud team works with the payments
            engineers, and I'm excited about the next step.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-02 09:15", PHX),
            MARISOL,
            [ME],
            """
            Hi Kavya,

            Good news - the hiring manager would like to move you forward! The next step is our take-home exercise
            (attached). Most people spend 2-3 hours on it.

            Could you send your solution back by Wednesday? Reply here with a notebook or repo link and a short
            write-up.

            Thanks,
            Marisol
            """,
            emp=True,
            ask=True,
            files=[("saguaro_fraud_take_home.md", "text/markdown", SAGUARO_TAKE_HOME)],
            **gmail(),
        ),
        M(
            at("2026-03-04 07:30"),
            ME,
            [MARISOL],
            """
            Hi Marisol,

            Here's my take-home: https://git.example/kraman/saguaro-fraud-exercise - the notebook is in the repo,
            and the one-page write-up is attached. I used only features available at authorisation time and chose
            a threshold that keeps the false-positive rate under 1%.

            Happy to walk through any of it.

            Best,
            Kavya
            """,
            sent=True,
            files=[
                (
                    "writeup_kavya_raman.md",
                    "text/markdown",
                    "# Fraud scoring write-up\n\nGradient-boosted model on authorisation-time features;\n"
                    "threshold at 0.82 (FPR 0.9%, recall 71%). Monitoring: score drift, chargeback lag,\n"
                    "approval-rate alarms per merchant segment.\n",
                )
            ],
            **gmail(),
        ),
        M(
            at("2026-03-09 11:05", PHX),
            MARISOL,
            [ME],
            """
            Hi Kavya,

            The team really liked your solution, especially the monitoring plan. We'd love to have you for the final
            loop: three 45-minute conversations (ML system design, a deep dive on your take-home, and a chat with
            our VP of Engineering) on Tuesday March 17, 9am-12pm Arizona time - which is also 9am-12pm Pacific now
            that you've sprung forward.

            You'll get the calendar invite from Ashby in a few minutes.

            Thanks,
            Marisol
            """,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-03-09 11:20", PHX),
            SAGUARO_ATS,
            [ME],
            """
            Hi Kavya,

            Your interview with Saguaro Payments has been scheduled.

            Final loop - Senior ML Engineer, Fraud
            Tuesday, March 17, 2026
            9:00 AM - 12:00 PM MST (America/Phoenix)
            Google Meet: https://meet.example/sgp-kqzr-tmw

            Powered by Ashby
            """,
            subject="Interview confirmed: Final loop - Saguaro Payments",
            auto=True,
            reply_to=MARISOL,
            html="auto",
            mid_style="other",
            thread="ashby-2",
            cals=[
                saguaro_cal(
                    "ashby-int-0b5d81e4-saguaro-final",
                    "2026-03-17 09:00",
                    "2026-03-17 12:00",
                    "Final loop: Kavya Raman <> Saguaro Payments",
                    "ML system design; take-home deep dive; VP Engineering.",
                )
            ],
        ),
        M(
            at("2026-03-09 13:02"),
            ME,
            [MARISOL],
            """
            That's great news, thank you Marisol! The 17th works - invite accepted.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-17 14:30"),
            ME,
            [MARISOL],
            """
            Hi Marisol,

            Thank you for organising today's loop. I enjoyed all three conversations - the take-home deep dive in
            particular - and I'd love to join the team.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-20 10:10", PHX),
            MARISOL,
            [ME],
            """
            Hi Kavya,

            Thanks for your patience! The hiring team is wrapping up debriefs, and you should hear from us in the
            next 7-10 days.

            Marisol
            """,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-04-03 09:30"),
            ME,
            [MARISOL],
            """
            Hi Marisol,

            I hope your week is going well! I wanted to check in on the Senior ML Engineer role - is there any
            update from the hiring team?

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-07 08:45", PHX),
            MARISOL,
            [ME],
            """
            Hi Kavya,

            I'm thrilled to let you know that the team would like to extend you an offer for the Senior ML
            Engineer, Fraud role! The written offer will come through Ashby this afternoon, and I'll call you
            tomorrow at 10 to walk you through it and answer any questions.

            Congratulations!
            Marisol
            """,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-04-07 09:10"),
            ME,
            [MARISOL],
            """
            Marisol, this is wonderful news - thank you! Talk tomorrow at 10.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[(at("2026-02-24 11:00", PHX), "2026-02-19"), (at("2026-03-17 09:00", PHX), "2026-03-09")],
    reply_by=[("2026-03-30", "2026-03-20")],
    outcome=("offer", "2026-04-07"),
)

# --- 3. Manzanita Health via Lever: "see you on the 24th at 9", availability for a second round, Lever invite -----
#        (America/Los_Angeles), two nudges, terse automated rejection ------------------------------------------------
GIDEON = ("Gideon Sorensen", "gideon@manzanitahealth.example")
MANZANITA_ATS = ("Manzanita Health via Lever", "no-reply@lever-hire.example")
MANZANITA = App(
    "manzanita-health",
    "Manzanita Health",
    "hiring manager writes directly after a Lever acknowledgement; 'see you on the 24th at 9' (Feb 24); "
    "availability for a second round, answered; Lever invite for Mar 17 (America/Los_Angeles); nudges Mar 26 "
    "and Apr 6 (second due on Apr 2); terse no-reply rejection Apr 9",
    [
        M(
            at("2026-02-16 13:40"),
            MANZANITA_ATS,
            [ME],
            """
            Hi Kavya,

            Thank you for applying to the Clinical ML Scientist position at Manzanita Health. We have received your
            application and will be in touch if your qualifications match our needs.

            Manzanita Health Talent Acquisition
            """,
            subject="Your application to Manzanita Health",
            auto=True,
            mid_style="other",
            thread="lever",
        ),
        M(
            at("2026-02-17 08:55"),
            GIDEON,
            [ME],
            """
            Hi Kavya,

            I'm the hiring manager for the Clinical ML Scientist role - your application came through Lever this
            week and your work on readmission models caught my eye. Would you have 30 minutes next week for an
            informal chat? Tuesday mornings are easiest for me.

            Gideon

            Gideon Sorensen
            Head of Clinical Data Science, Manzanita Health
            """,
            subject="Clinical ML Scientist - quick chat?",
            emp=True,
            ask=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-02-17 09:30"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            Thanks for reaching out - I'd love to. Tuesday the 24th works, any time between 9 and 11am.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-17 10:12"),
            GIDEON,
            [ME],
            """
            Perfect - see you on the 24th at 9. Zoom: https://zoom.example/j/92207718830

            Gideon
            """,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-02-24 11:30"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            Thanks for the conversation this morning. I enjoyed hearing about the sepsis early-warning project, and
            I'd be excited to contribute to it.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-03 10:20"),
            GIDEON,
            [ME],
            """
            Hi Kavya,

            The team would like to bring you in for a second round - a 2-hour virtual panel with two of our
            scientists and a clinician. Could you send me your availability for the week of March 16? Lever will
            send the invite once we've picked a slot.

            Gideon
            """,
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-03-04 09:00"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            Wonderful, thank you! The week of March 16 I'm available:

            - Mon 3/16, 9am-1pm
            - Tue 3/17, 9am-1pm
            - Thu 3/19, after 1pm

            (all Pacific)

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-05 14:12"),
            MANZANITA_ATS,
            [ME],
            """
            Hi Kavya,

            You're scheduled for an interview with Manzanita Health.

            Clinical ML Scientist - Panel
            Tuesday, March 17, 2026, 10:00 AM - 12:00 PM (PDT)
            Zoom: https://zoom.example/j/92207719001

            Please accept the attached calendar invitation.
            """,
            subject="Interview scheduled: Clinical ML Scientist - Panel",
            auto=True,
            html="auto",
            mid_style="other",
            thread="lever-2",
            cals=[
                Cal(
                    "REQUEST",
                    "lever-9c1d7e22-5aa0-4f7e-8f55-manzanita-panel",
                    "Clinical ML Scientist - Panel (Kavya Raman)",
                    MANZANITA_ATS,
                    at("2026-03-17 10:00"),
                    at("2026-03-17 12:00"),
                    tzid="America/Los_Angeles",
                    prodid="-//Lever//Scheduling//EN",
                    location="Zoom: https://zoom.example/j/92207719001",
                    attendees=(OWNER, GIDEON),
                )
            ],
        ),
        M(
            at("2026-03-17 13:05"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            Thank you for today's panel - please pass my thanks on to Ruth, Anders and Dr. Imani. The discussion
            about label noise in the EHR data was my favourite part.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-26 09:20"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            I hope you're well! I wanted to check in on the Clinical ML Scientist role - is there any news after
            last week's panel?

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-06 10:00"),
            ME,
            [GIDEON],
            """
            Hi Gideon,

            Just following up once more on the Clinical ML Scientist role. I'm still very interested and would be
            grateful for any update on timing.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-09 15:30"),
            MANZANITA_ATS,
            [ME],
            """
            Hi Kavya,

            Thank you for your interest in Manzanita Health. Unfortunately, we will not be moving forward with your
            application at this time.

            We wish you the best in your search.

            Manzanita Health Talent Acquisition
            """,
            subject="Your application to Manzanita Health",
            auto=True,
            mid_style="other",
            thread="lever-3",
        ),
    ],
    interviews=[(at("2026-02-24 09:00"), "2026-02-17"), (at("2026-03-17 10:00"), "2026-03-05")],
    outcome=("rejected", "2026-04-09"),
)

# --- 4. Bristlecone Analytics via Workable: Workable invite as a UTC .ics attachment, references asked and sent, ----
#        "by Friday the 13th", three nudges, cold ----------------------------------------------------------------------
HOLLIS = ("Hollis Brannigan", "hollis.brannigan@bristlecone-analytics.example")
HOLLIS_WORKABLE = ("Hollis Brannigan (Bristlecone Analytics)", "notifications@workable-jobs.example")
BRISTLECONE_ATS = ("Bristlecone Analytics via Workable", "noreply@workable-jobs.example")
BRISTLECONE = App(
    "bristlecone-analytics",
    "Bristlecone Analytics",
    "Workable acknowledgement; recruiter invite via Workable with a UTC .ics attachment (Feb 20 18:00Z = 10:00 "
    "PST); owner writes from her alias in Thunderbird; references asked and sent; 'by Friday the 13th' holds the "
    "first nudge to Mar 16; three unanswered nudges (waiting with none left on Apr 2), cold by May 11",
    [
        M(
            at("2026-02-10 11:00"),
            BRISTLECONE_ATS,
            [ME2],
            """
            Dear Kavya,

            Thank you for applying to the Senior Data Scientist position at Bristlecone Analytics. This email
            confirms that we have received your application. Our hiring team will review it and contact you if
            your profile matches the requirements.

            Kind regards,
            Bristlecone Analytics

            Sent via Workable
            """,
            subject="Thanks for applying to Bristlecone Analytics",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-02-13 10:40"),
            HOLLIS_WORKABLE,
            [ME2],
            """
            Hi Kavya,

            We'd like to invite you to a 45-minute video interview with me and Tomasz Wierzbicki, our lead data
            scientist, for the Senior Data Scientist role.

            I've attached a calendar invite for Friday, February 20 at 10:00 AM Pacific. If that doesn't work,
            just reply and we'll find another time.

            Best,
            Hollis
            """,
            subject="Interview invitation: Senior Data Scientist at Bristlecone Analytics",
            emp=True,
            reply_to=HOLLIS,
            html="auto",
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "wk-int-31c9f0e2@workable-jobs.example",
                    "Interview: Kavya Raman - Senior Data Scientist (Bristlecone Analytics)",
                    HOLLIS,
                    at("2026-02-20 10:00"),
                    at("2026-02-20 10:45"),
                    tzid=None,
                    prodid="-//Workable//Workable Calendar//EN",
                    location="https://meet.example/bca-xwe-pqa",
                    attach=True,
                )
            ],
        ),
        M(
            at("2026-02-13 11:30"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            Thank you - Friday, February 20 at 10:00 AM Pacific works for me. I've accepted the invite.

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
        M(
            at("2026-02-20 12:15"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            Thank you and Tomasz for the conversation this morning. I enjoyed the discussion about forecasting
            demand for the retail clients, and I'm very interested in the role.

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
        M(
            at("2026-02-25 09:30"),
            HOLLIS,
            [ME2],
            """
            Hi Kavya,

            Thanks again for your time last week - Tomasz was impressed. As a next step, could you send me two
            professional references? Name, email, and how you worked together is all we need.

            Best,
            Hollis
            """,
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-02-26 10:10"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            Of course. My references:

            - Dr. Marguerite Sallis, my manager at Kelpie Systems (2022-now), marguerite.sallis@kelpie-systems.example
            - Ravi Thottam, staff engineer I worked with on the pricing platform, ravi@thottam.example

            Both know you may contact them.

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
        M(
            at("2026-03-02 14:00"),
            HOLLIS,
            [ME2],
            """
            Thanks Kavya, that's perfect. We're reaching out to them this week and you'll hear from us by Friday
            the 13th.

            Hollis
            """,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-03-17 09:15"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            I hope things are going well. I wanted to follow up on the Senior Data Scientist role - did the
            reference checks go through?

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
        M(
            at("2026-03-24 09:20"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            Just checking in again on the Senior Data Scientist role. I'm still very interested and happy to
            provide anything else you need.

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
        M(
            at("2026-03-31 09:05"),
            ME2,
            [HOLLIS],
            """
            Hi Hollis,

            One last follow-up from me on the Senior Data Scientist role. If the position has been filled or put on
            hold, I'd be grateful for a quick note either way.

            Best regards,
            Kavya
            """,
            sent=True,
            **tbird(),
        ),
    ],
    interviews=[(at("2026-02-20 10:00"), "2026-02-13")],
    reply_by=[("2026-03-13", "2026-03-02")],
)

# --- 5. Yarrow Labs via Dover: HTML-only mail with <blockquote>, base64 bodies, work-authorisation documents asked --
#        (your turn on Mar 12), answered late, onsite by UTC .ics, "by April 24", one nudge, due on May 11 ----------
LENA = ("Lena Achterberg", "lena@yarrowlabs.example")
LENA_DOVER = ("Lena Achterberg (Yarrow Labs)", "lena.achterberg@dover-mail.example")
YARROW_FIRST_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
<p>Hi Kavya &mdash;</p>
<p>Lena here, I run recruiting at <b>Yarrow Labs</b> (we build weather-risk models for small farms).
I came across your application for our Senior ML Engineer opening and our CTO, Sam Adebayo-Reyes,
would love to meet you.</p>
<p>Would <b>Tuesday 3/3 at 4pm PT</b> work for a 30-minute video chat?</p>
<p>Cheers,<br>Lena</p>
<table role="presentation" style="margin-top:24px;border-top:1px solid #e5e5ea;font-size:12px;color:#6e6e73">
<tr><td style="padding-top:8px">Sent with Dover on behalf of Yarrow Labs &middot;
<a href="https://dover-mail.example/u/kraman">Manage email preferences</a></td></tr></table>
</body></html>
"""
YARROW = App(
    "yarrow-labs",
    "Yarrow Labs",
    "Dover sender with Reply-To the recruiter; HTML-only mail both ways (Apple <blockquote type=cite> and Gmail "
    "quotes); 'Tuesday 3/3 at 4pm PT'; work-authorisation documents asked Mar 10 (base64 body): your turn on "
    "Mar 12, answered Mar 16; onsite Mar 25 by UTC .ics; 'still collecting feedback'; nudge; 'should know by "
    "April 24'; nudge Apr 28, next due May 5",
    [
        M(
            at("2026-02-23 13:10"),
            LENA_DOVER,
            [ME],
            "",
            subject="Yarrow Labs <> Kavya",
            emp=True,
            reply_to=LENA,
            html=YARROW_FIRST_HTML,
            html_only=True,
            mid_style="other",
            text_for_quote="""
            Hi Kavya -

            Lena here, I run recruiting at Yarrow Labs (we build weather-risk models for small farms). I came
            across your application for our Senior ML Engineer opening and our CTO, Sam Adebayo-Reyes, would love
            to meet you.

            Would Tuesday 3/3 at 4pm PT work for a 30-minute video chat?

            Cheers,
            Lena
            """,
        ),
        M(
            at("2026-02-23 14:02"),
            ME,
            [LENA],
            """
            Hi Lena,

            Tuesday 3/3 at 4pm PT works - thanks! Looking forward to meeting Sam.

            Kavya
            """
            + SIG_PHONE,
            sent=True,
            html_only=True,
            mid_style="apple",
            quote="html-cite",
        ),
        M(
            at("2026-03-03 17:05"),
            ME,
            [LENA],
            """
            Hi Lena,

            Thanks for setting up today's chat with Sam. I loved hearing how you turn ensemble forecasts into
            payouts - it's exactly the kind of problem I'd like to work on.

            Best,
            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
        ),
        M(
            at("2026-03-10 11:30"),
            LENA_DOVER,
            [ME],
            """
            Hi Kavya,

            Sam really enjoyed meeting you, and we'd like to invite you to an onsite at our SF office.

            Before we can schedule it, our People team needs a copy of your current work authorization - your H-1B
            approval notice (I-797) or EAD card - so we can plan for the transfer. Could you send that over when
            you get a chance?

            Thanks!
            Lena
            """,
            emp=True,
            ask=True,
            reply_to=LENA,
            cte="base64",
            mid_style="other",
            quote=None,
        ),
        M(
            at("2026-03-16 08:50"),
            ME,
            [LENA],
            """
            Hi Lena,

            Sorry for the slow reply - I was travelling last week. Attached is my I-797 approval notice (personal
            details redacted). My current H-1B runs until September 2027.

            Looking forward to the onsite!

            Best,
            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
            files=[
                (
                    "I-797_approval_notice_redacted.txt",
                    "text/plain",
                    "FORM I-797A, NOTICE OF ACTION (redacted copy)\nBeneficiary: RAMAN, KAVYA\n"
                    "Classification: H-1B\nValid from 09/21/2024 to 09/20/2027\n",
                )
            ],
        ),
        M(
            at("2026-03-17 10:15"),
            LENA_DOVER,
            [ME],
            "",
            emp=True,
            reply_to=LENA,
            html_only=True,
            cte="base64",
            mid_style="other",
            quote="gmail-us",
            text_for_quote="""
            Thanks Kavya, all set on our side!

            Your onsite is on Wed 3/25 at 10am at our SF office (Mission Bay, 4th floor - ask for Lena at the front
            desk). The invite is attached. You'll meet Sam, two of our ML engineers and our head of product.

            Lena
            """,
            cals=[
                Cal(
                    "REQUEST",
                    "dover-evt-5e0c9a7d1b@dover-mail.example",
                    "Yarrow Labs onsite - Kavya Raman",
                    LENA,
                    at("2026-03-25 10:00"),
                    at("2026-03-25 14:00"),
                    tzid=None,
                    prodid="-//Dover//Scheduling 2.1//EN",
                    location="Yarrow Labs, 1180 Owens St, San Francisco",
                    attach=True,
                )
            ],
        ),
        M(
            at("2026-03-17 10:40"),
            ME,
            [LENA],
            """
            Perfect, see you on the 25th! Invite accepted.

            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
        ),
        M(
            at("2026-03-25 16:30"),
            ME,
            [LENA],
            """
            Hi Lena,

            Thank you for hosting me today, and for lunch! It was great to meet the team in person, and the
            whiteboard session on payout triggers was a lot of fun.

            Best,
            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
        ),
        M(
            at("2026-04-01 15:45"),
            LENA_DOVER,
            [ME],
            """
            Hi Kavya,

            Quick note so you're not left wondering: the team is still collecting feedback from the onsite. Thanks
            for your patience - I'll be back in touch as soon as I have news.

            Lena
            """,
            emp=True,
            reply_to=LENA,
            html="auto",
            cte="base64",
            mid_style="other",
            quote="gmail-us",
        ),
        M(
            at("2026-04-09 09:10"),
            ME,
            [LENA],
            """
            Hi Lena,

            Thanks for the update last week. I wanted to check in - has the team had a chance to wrap up feedback
            from the onsite?

            Best,
            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
        ),
        M(
            at("2026-04-13 11:00"),
            LENA_DOVER,
            [ME],
            """
            Hi Kavya,

            Sorry for the slow reply! The founders are making the final call between two candidates this month, and
            we should know by April 24. I'll let you know as soon as I hear.

            Lena
            """,
            emp=True,
            reply_to=LENA,
            html="auto",
            cte="base64",
            mid_style="other",
            quote="gmail-us",
        ),
        M(
            at("2026-04-28 09:30"),
            ME,
            [LENA],
            """
            Hi Lena,

            I hope you're well! I wanted to follow up on the Senior ML Engineer role - have the founders reached a
            decision?

            Best,
            Kavya
            """,
            sent=True,
            html_only=True,
            mid_style="gmail",
            quote="gmail-us",
        ),
    ],
    interviews=[(at("2026-03-03 16:00"), "2026-02-23"), (at("2026-03-25 10:00"), "2026-03-17")],
    reply_by=[("2026-04-24", "2026-04-13")],
)

# --- 6. Merganser Security: Outlook invites in "Pacific Standard Time", a METHOD:CANCEL and a new invite (new UID) -
#        across the DST change, "by March 27", due on Apr 2, the owner withdraws ---------------------------------------
THEO = ("Theo Vasquez", "theo.vasquez@merganser-sec.example")
THEO_SIG = """

    Theo Vasquez
    Talent Partner, Engineering | Merganser Security
    """
MERG_UID1 = "040000008200E00074C5B7101A82E008000000003A9F1C77A6A5DC01000000000000000010000000E4B1"
MERG_UID2 = "040000008200E00074C5B7101A82E00800000000D1F24B1DABABDC010000000000000000100000007F20"


def merg_cal(method: str, uid: str, start: str, seq: int = 0, status: str = "CONFIRMED") -> Cal:
    s = at(start)
    return Cal(
        method,
        uid,
        "Technical interview - Kavya Raman (Senior Detection Engineer, ML)",
        THEO,
        s,
        s + timedelta(hours=1),
        tzid="Pacific Standard Time",
        seq=seq,
        status=status,
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        description="Technical interview with Priti Dasgupta and Karl Enqvist (Detection team).",
        attendees=(OWNER,),
    )


MERGANSER = App(
    "merganser-security",
    "Merganser Security",
    "Outlook invite (TZID 'Pacific Standard Time') for Mar 4, cancelled by METHOD:CANCEL on Mar 2, re-invited "
    "Mar 3 with a new UID for Mar 10 15:00 (now PDT); 'come back to you by March 27' makes the first nudge due "
    "Mar 30; no nudge; the owner withdraws Apr 9 and the recruiter acknowledges",
    [
        M(
            at("2026-02-24 10:00"),
            THEO,
            [ME],
            """
            Hi Kavya,

            Thank you for applying for the Senior Detection Engineer (ML) position. We'd like to invite you to a
            60-minute technical interview with two members of our detection team on Wednesday, March 4 at 2:00 PM
            Pacific. A calendar invitation is included with this email.

            Kind regards,
            Theo
            """
            + THEO_SIG,
            subject="Interview invitation - Senior Detection Engineer (ML)",
            emp=True,
            cals=[merg_cal("REQUEST", MERG_UID1, "2026-03-04 14:00")],
            **outlook(quote=None),
        ),
        M(
            at("2026-02-24 10:45"),
            ME,
            [THEO],
            """
            Hi Theo,

            Thank you - I've accepted the invitation and look forward to meeting the team on the 4th.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-02 08:30"),
            THEO,
            [ME],
            """
            Hi Kavya,

            Apologies - one of the interviewers is out sick this week, so I need to cancel Wednesday's interview.
            I'll send you a new time shortly.

            Theo
            """
            + THEO_SIG,
            subject="Canceled: Technical interview - Kavya Raman (Senior Detection Engineer, ML)",
            emp=True,
            cals=[merg_cal("CANCEL", MERG_UID1, "2026-03-04 14:00", seq=1, status="CANCELLED")],
            **outlook(),
        ),
        M(
            at("2026-03-03 09:10"),
            THEO,
            [ME],
            """
            Hi Kavya,

            Thanks for your flexibility. New time: Tuesday, March 10 at 3:00 PM Pacific (heads-up that daylight
            saving time starts on Sunday). The updated invitation is attached.

            Theo
            """
            + THEO_SIG,
            subject="Technical interview - Kavya Raman (Senior Detection Engineer, ML)",
            emp=True,
            cals=[merg_cal("REQUEST", MERG_UID2, "2026-03-10 15:00")],
            **outlook(),
        ),
        M(
            at("2026-03-03 09:30"),
            ME,
            [THEO],
            """
            Hi Theo,

            No problem at all - Tuesday, March 10 at 3:00 PM works. Accepted.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-10 16:45"),
            ME,
            [THEO],
            """
            Hi Theo,

            Thank you for arranging today's interview. I enjoyed the discussion with Priti and Karl about
            alert-fatigue models.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-16 11:00"),
            THEO,
            [ME],
            """
            Hi Kavya,

            Quick update: the team is interviewing two more candidates this week and next, and we'll come back to
            you by March 27.

            Theo
            """
            + THEO_SIG,
            emp=True,
            **outlook(),
        ),
        M(
            at("2026-04-09 10:00"),
            ME,
            [THEO],
            """
            Hi Theo,

            Thank you again for the opportunity. After a lot of thought I've decided to focus on roles closer to ML
            platform work, so I'd like to withdraw from the process for the Senior Detection Engineer position.

            I really enjoyed meeting the team, and I wish you all the best with the search.

            Best regards,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-09 13:20"),
            THEO,
            [ME],
            """
            Hi Kavya,

            Thanks for letting me know, and best of luck with your search. Don't hesitate to reach out in the future.

            Theo
            """
            + THEO_SIG,
            emp=True,
            **outlook(),
        ),
    ],
    interviews=[(at("2026-03-10 15:00"), "2026-03-03")],
    reply_by=[("2026-03-27", "2026-03-16")],
    outcome=("withdrawn", "2026-04-09"),
)

# --- 7. Kesari Fintech (Bengaluru): mail written on an IST morning lands on the previous LA evening; invites in ------
#        Asia/Kolkata at 08:00 IST = 19:30 PDT the day before; "by 6 April"; second round; two nudges; due on May 11 --
ANANYA = ("Ananya Krishnan", "ananya.krishnan@kesarifintech.example")
ANANYA_SIG = """

    Ananya Krishnan
    Talent Acquisition | Kesari Fintech
    Koramangala, Bengaluru
    """


def kesari_cal(uid: str, start: str, summary: str, attach: bool) -> Cal:
    s = at(start, KOL)
    return Cal(
        "REQUEST",
        uid,
        summary,
        ANANYA,
        s,
        s + timedelta(hours=1),
        tzid="Asia/Kolkata",
        location="https://meet.example/ksr-ylm-vgo",
        attendees=(OWNER,),
        attach=attach,
    )


KESARI = App(
    "kesari-fintech",
    "Kesari Fintech",
    "recruiter in Bengaluru (+0530): her Mar 18 10:00 IST mail is Mar 17 in LA; availability asked and given; "
    "Asia/Kolkata invites at 08:00 IST are the previous evening in LA (Mar 25 and Apr 15 19:30 PDT); 'by 6 "
    "April' holds the first nudge to Apr 7; two nudges after the second round, third due May 7",
    [
        M(
            at("2026-03-18 10:00", KOL),
            ANANYA,
            [ME],
            """
            Hi Kavya,

            Thank you for your application for the Lead ML Engineer role in our new US team. Our CTO, Vikram
            Raghunathan, would like to speak with you.

            Since the engineering team is in Bengaluru, we usually hold these calls early in the morning IST,
            which is the previous evening for you in California. Could you share a couple of evenings next week
            that suit you?

            Warm regards,
            Ananya
            """
            + ANANYA_SIG,
            subject="Kesari Fintech - Lead ML Engineer (US)",
            emp=True,
            ask=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-03-17 22:15"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            Thank you, I'd be glad to speak with Vikram. Next week, Tuesday 3/24 or Wednesday 3/25 both work, any
            time after 6:30pm Pacific.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-19 11:00", KOL),
            ANANYA,
            [ME],
            """
            Hi Kavya,

            Thank you! I have sent an invite for Thursday 26 March, 8:00 AM IST - that is Wednesday 25 March,
            7:30 PM for you.

            Warm regards,
            Ananya
            """
            + ANANYA_SIG,
            emp=True,
            cals=[
                kesari_cal(
                    "kesari-cto-20260326@kesarifintech.example",
                    "2026-03-26 08:00",
                    "Kavya Raman / Vikram Raghunathan - Lead ML Engineer",
                    False,
                )
            ],
            **gmail(quote="gmail-in"),
        ),
        M(
            at("2026-03-19 07:45"),
            ME,
            [ANANYA],
            """
            Accepted - thank you, Ananya. Talk to you on Wednesday evening (my time).

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-25 21:05"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            Thank you for arranging this evening's call. I enjoyed talking with Vikram about the credit-risk
            platform and the plans for the US team. Please pass on my thanks.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-27 14:00", KOL),
            ANANYA,
            [ME],
            """
            Hi Kavya,

            Thank you for your time. Vikram enjoyed the conversation. We are completing the remaining first-round
            calls and will get back to you with next steps by 6 April.

            Warm regards,
            Ananya
            """
            + ANANYA_SIG,
            emp=True,
            **gmail(quote="gmail-in"),
        ),
        M(
            at("2026-04-08 10:00", KOL),
            ANANYA,
            [ME],
            """
            Hi Kavya,

            Good news - we would like you to move to the next round: a system design conversation with two of our
            engineering leads, on Thursday 16 April at 8:00 AM IST (Wednesday 15 April, 7:30 PM Pacific). The
            invite is attached.

            Warm regards,
            Ananya
            """
            + ANANYA_SIG,
            emp=True,
            cals=[
                kesari_cal(
                    "kesari-sysdesign-20260416@kesarifintech.example",
                    "2026-04-16 08:00",
                    "System design - Kavya Raman (Lead ML Engineer)",
                    True,
                )
            ],
            **gmail(quote="gmail-in"),
        ),
        M(
            at("2026-04-07 22:10"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            That's great news, thank you! Wednesday 15 April at 7:30 PM Pacific works - I've accepted the invite.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-15 21:10"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            Thanks for organising this evening's system design round. It was a fun problem, and Deepa and Arjun
            were great to work through it with.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-23 09:00"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            I hope you're doing well. I wanted to follow up on the Lead ML Engineer role - is there any feedback
            from the system design round?

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-30 09:15"),
            ME,
            [ANANYA],
            """
            Hi Ananya,

            Following up once more on the Lead ML Engineer role. I remain very interested and would appreciate any
            update on the timeline.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[(at("2026-03-26 08:00", KOL), "2026-03-18"), (at("2026-04-16 08:00", KOL), "2026-04-07")],
    reply_by=[("2026-04-06", "2026-03-27")],
)

# --- 8. Obsidian Freight via Harbormaster Talent (agency): the client is named only in the text; availability for --
#        a second round; onsite invite from the client's coordinator; "by Wednesday April 8"; references; final -----
#        chat; salary expectations asked May 6 and not yet answered (your turn on May 11) ----------------------------
ROWAN = ("Rowan Ellery", "rowan.ellery@harbormaster-talent.example")
CARLA = ("Carla Mendes", "carla.mendes@obsidianfreight.example")
ROWAN_SIG = """

    Rowan Ellery
    Principal Consultant, Data & AI
    Harbormaster Talent | San Francisco
    """
OBSIDIAN = App(
    "obsidian-freight",
    "Obsidian Freight",
    "agency recruiter (Harbormaster Talent) names the client in the text; phone screen Mar 3; availability for a "
    "second round; onsite invite Mar 24 from the client's coordinator (America/Los_Angeles); 'decision by "
    "Wednesday April 8'; nudge; references asked and sent; final chat Apr 27; salary expectations and start date "
    "asked May 6, not answered: your turn on May 11",
    [
        M(
            at("2026-02-26 09:20"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            Thanks for getting back to me on LinkedIn. As mentioned, I'm working with Obsidian Freight - a
            freight-visibility company based in Oakland - on their Lead Data Scientist search, and I think your
            forecasting background is a great match.

            Their Head of Data, Wendell Marsh, can do a 30-minute phone call on Tuesday March 3 at 2pm PT. Does
            that work for you?

            Best,
            Rowan
            """
            + ROWAN_SIG,
            subject="Lead Data Scientist - Obsidian Freight (Oakland)",
            emp=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-02-26 10:05"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Thanks for the introduction - Tuesday March 3 at 2pm PT works for me. Should I expect a call on my
            mobile?

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-03 15:00"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Just spoke with Wendell - a great conversation. Thanks for setting it up! Let me know what he thought.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-05 11:45"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            Great news - Obsidian want you in for their panel! It's a 3-hour onsite in Oakland with the data team,
            a product manager and the CTO.

            Can you send me your availability for the week of March 23?

            Best,
            Rowan
            """
            + ROWAN_SIG,
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-03-06 08:30"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Wonderful! The week of March 23 I can do Monday 3/23 or Tuesday 3/24, any time from 9am, or Thursday
            3/26 in the afternoon.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-09 10:10"),
            ROWAN,
            [ME],
            """
            You're booked: Tuesday March 24, 10am-1pm at their Jack London Square office. Carla from Obsidian's
            people team will send the calendar invite.

            Rowan
            """
            + ROWAN_SIG
            + "\n    Sent from my iPhone",
            emp=True,
            **iphone(),
        ),
        M(
            at("2026-03-09 13:30"),
            CARLA,
            [ME],
            """
            Hi Kavya,

            Please find attached the invitation for your onsite interview for the Lead Data Scientist role. We're at
            55 Harrison St, 3rd floor; visitor parking is in the Washington St garage and we'll validate.

            See you soon,
            Carla Mendes
            People Operations, Obsidian Freight
            """,
            subject="Onsite interview: Kavya Raman - Lead Data Scientist",
            emp=True,
            cc=[ROWAN],
            thread="carla",
            cals=[
                Cal(
                    "REQUEST",
                    "7kq2v0c9d5m8s1p3r6t4obsidian@google.example",
                    "Onsite interview: Kavya Raman - Lead Data Scientist",
                    CARLA,
                    at("2026-03-24 10:00"),
                    at("2026-03-24 13:00"),
                    tzid="America/Los_Angeles",
                    location="Obsidian Freight, 55 Harrison St, Oakland",
                    attendees=(OWNER, CARLA),
                )
            ],
            **gmail(quote=None),
        ),
        M(
            at("2026-03-24 17:20"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            The onsite went really well, I think - the CTO's questions about carrier ETAs were great fun. Thanks
            again for setting it all up.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-27 12:00"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            Feedback from Obsidian is very positive. They're deciding between you and one other finalist, and
            they've told me they'll have a decision by Wednesday April 8.

            Best,
            Rowan
            """
            + ROWAN_SIG,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-04-10 09:00"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Any word from Obsidian? I know they were hoping to decide by Wednesday.

            Thanks,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-13 14:30"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            Sorry for the wait - their CFO was travelling. Obsidian have asked for two references before the final
            step. Could you send me the names and contact details?

            Best,
            Rowan
            """
            + ROWAN_SIG,
            emp=True,
            ask=True,
            **gmail(),
        ),
        M(
            at("2026-04-14 10:00"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Of course:

            - Dr. Marguerite Sallis, my manager at Kelpie Systems, marguerite.sallis@kelpie-systems.example
            - Ravi Thottam, former colleague, ravi@thottam.example

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-20 09:45"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            References came back glowing. The CFO, Hank Ebersole, would like a final 30-minute chat - would Monday
            April 27 at 4pm PT work?

            Rowan
            """
            + ROWAN_SIG,
            emp=True,
            **gmail(),
        ),
        M(
            at("2026-04-20 10:30"),
            ME,
            [ROWAN],
            """
            Yes - Monday April 27 at 4pm PT works. Thanks Rowan!

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-27 17:15"),
            ME,
            [ROWAN],
            """
            Hi Rowan,

            Just finished with Hank - a friendly conversation, mostly about how I'd work with finance on pricing
            models. Thanks for everything so far.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-05-06 11:00"),
            ROWAN,
            [ME],
            """
            Hi Kavya,

            Good news: Obsidian are keen to keep moving. Before they make their final decision, they've asked for
            your salary expectations and your earliest possible start date - could you send those over?

            Best,
            Rowan
            """
            + ROWAN_SIG,
            emp=True,
            ask=True,
            **gmail(),
        ),
    ],
    interviews=[
        (at("2026-03-03 14:00"), "2026-02-26"),
        (at("2026-03-24 10:00"), "2026-03-09"),
        (at("2026-04-27 16:00"), "2026-04-20"),
    ],
    reply_by=[("2026-04-08", "2026-03-27")],
)

# --- 9. Hirondelle Santé (French): "mercredi 4 mars à 17h (heure de Paris)", availability for a second round, -------
#        "rendez-vous jeudi 16 avril à 15h (heure de Paris)" (06:00 PDT), "d'ici le 30 avril", one nudge -------------
CAMILLE = ("Camille Berthelot", "camille.berthelot@hirondelle-sante.example")
CAMILLE_SIG = """

    Camille Berthelot
    Chargée de recrutement - Hirondelle Santé
    75011 Paris
    """
HIRONDELLE = App(
    "hirondelle-sante",
    "Hirondelle Santé",
    "French process with a Paris recruiter; the owner answers in French from an English-locale Gmail; first "
    "call 'mercredi 4 mars à 17h (heure de Paris)' (08:00 PST); availability for a second round asked and given; "
    "'rendez-vous jeudi 16 avril à 15h (heure de Paris)' = 06:00 PDT, known Mar 11 (upcoming on Mar 12 and Apr "
    "2); 'd'ici le 30 avril' holds the first nudge to May 1; nudge May 4, next due May 11",
    [
        M(
            at("2026-03-02 17:30", PAR),
            CAMILLE,
            [ME],
            """
            Bonjour Kavya,

            Merci pour votre candidature au poste de Data Scientist Senior (100 % télétravail) au sein de notre
            équipe produit. Votre parcours nous intéresse beaucoup et j'aimerais organiser un premier échange en
            visio de 45 minutes.

            Seriez-vous disponible le mercredi 4 mars à 17h (heure de Paris), soit 8h du matin pour vous ?

            Bien cordialement,
            Camille
            """
            + CAMILLE_SIG,
            subject="Votre candidature - Data Scientist Senior",
            emp=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-03-02 09:10"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            Merci beaucoup pour votre message ! Mercredi 4 mars à 17h (heure de Paris) me convient parfaitement.

            Bien cordialement,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-04 10:00"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            Merci pour cet échange très agréable ce matin (enfin, cet après-midi pour vous). Le projet de
            prédiction des ruptures de stock en pharmacie m'intéresse beaucoup.

            Belle journée,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-09 16:20", PAR),
            CAMILLE,
            [ME],
            """
            Bonjour Kavya,

            Merci encore pour l'échange de mercredi. Hélène Carpentier, notre directrice Data, souhaite vous
            rencontrer pour un second entretien. Elle est en congé jusqu'au 10 avril : pourriez-vous m'indiquer vos
            disponibilités pour la semaine du 13 avril ?

            Bien cordialement,
            Camille
            """
            + CAMILLE_SIG,
            emp=True,
            ask=True,
            **gmail(quote="fr"),
        ),
        M(
            at("2026-03-10 08:45"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            Avec plaisir ! La semaine du 13 avril, je suis disponible mardi 14, mercredi 15 ou jeudi 16, entre 14h
            et 18h heure de Paris.

            Bien cordialement,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-11 10:05", PAR),
            CAMILLE,
            [ME],
            """
            Bonjour Kavya,

            Parfait : rendez-vous jeudi 16 avril à 15h (heure de Paris) avec Hélène, en visio. Avec le passage à
            l'heure d'été chez nous, cela fera 6h du matin chez vous - dites-moi si c'est trop tôt.

            Lien Teams : https://teams.example/l/meetup-join/hirondelle-hc-0416

            Bien cordialement,
            Camille
            """
            + CAMILLE_SIG,
            emp=True,
            **gmail(quote="fr"),
        ),
        M(
            at("2026-03-11 07:30"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            C'est parfait, 6h ne me pose aucun problème. À jeudi 16 avril !

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-16 07:15"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            Je sors de mon entretien avec Hélène : merci de l'avoir organisé. J'ai beaucoup apprécié notre
            discussion sur la qualité des données de dispensation.

            Bien cordialement,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-17 11:00", PAR),
            CAMILLE,
            [ME],
            """
            Bonjour Kavya,

            Merci à vous ! Hélène a beaucoup apprécié l'échange. Nous terminons les entretiens avec les autres
            candidats cette semaine et nous reviendrons vers vous d'ici le 30 avril.

            Bien cordialement,
            Camille
            """
            + CAMILLE_SIG,
            emp=True,
            **gmail(quote="fr"),
        ),
        M(
            at("2026-05-04 09:00"),
            ME,
            [CAMILLE],
            """
            Bonjour Camille,

            J'espère que vous allez bien. Je me permets de revenir vers vous au sujet du poste de Data Scientist
            Senior : avez-vous des nouvelles suite à mon entretien avec Hélène ?

            Bien cordialement,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[(at("2026-03-04 17:00", PAR), "2026-03-02"), (at("2026-04-16 15:00", PAR), "2026-03-11")],
    reply_by=[("2026-04-30", "2026-04-17")],
)

# --- 10. Sablier Logiciels (French, Lyon): French Thunderbird quoting ("Le 19/03/2026 à 10:15, ... a écrit :"), ----
#         "lundi 30 mars à 17h30 (heure de Paris)", "d'ici le 20 avril", the owner withdraws in French ---------------
MATHILDE = ("Mathilde Roussel", "mathilde.roussel@sablier-logiciels.example")
SABLIER = App(
    "sablier-logiciels",
    "Sablier Logiciels",
    "French process; recruiter on Thunderbird (French quoting); 'lundi 30 mars à 17h30 (heure de Paris)' = 08:30 "
    "PDT, after Europe's DST change; 'nous reviendrons vers vous d'ici le 20 avril' (waiting until Apr 21 on "
    "Apr 2); the owner withdraws in French on Apr 14",
    [
        M(
            at("2026-03-19 10:15", PAR),
            MATHILDE,
            [ME],
            """
            Bonjour Kavya,

            Merci pour votre candidature au poste d'Ingénieure Machine Learning chez Sablier Logiciels. Votre
            expérience sur les modèles de tarification nous intéresse.

            Je vous propose un entretien en visio le lundi 30 mars à 17h30 (heure de Paris) avec Gaëtan, notre
            responsable technique. Cela vous convient-il\u00a0?

            Bien à vous,
            Mathilde Roussel
            Responsable RH - Sablier Logiciels, Lyon
            """,
            subject="Candidature Ingénieure Machine Learning - Sablier Logiciels",
            emp=True,
            mid_style="thunderbird",
            cte="auto",
        ),
        M(
            at("2026-03-19 08:00"),
            ME,
            [MATHILDE],
            """
            Bonjour Mathilde,

            Merci pour votre retour ! Lundi 30 mars à 17h30 (heure de Paris), soit 8h30 pour moi en Californie,
            c'est noté.

            Bien à vous,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-30 10:00"),
            ME,
            [MATHILDE],
            """
            Bonjour Mathilde,

            Merci d'avoir organisé l'entretien avec Gaëtan ce matin. L'échange sur l'architecture de votre moteur
            de recommandation était passionnant.

            Bien à vous,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-31 15:40", PAR),
            MATHILDE,
            [ME],
            """
            Bonjour Kavya,

            Merci à vous pour cet échange. L'équipe se réunit la semaine prochaine pour faire le point sur les
            candidatures, et nous reviendrons vers vous d'ici le 20 avril.

            Bien à vous,
            Mathilde
            """,
            emp=True,
            mid_style="thunderbird",
            cte="auto",
            quote="fr-tb",
        ),
        M(
            at("2026-04-14 09:20"),
            ME,
            [MATHILDE],
            """
            Bonjour Mathilde,

            Je vous remercie pour le temps que vous et Gaëtan m'avez consacré. Après réflexion, je préfère retirer
            ma candidature : le poste demande une présence à Lyon trois jours par semaine, ce qui n'est pas
            compatible avec ma situation en Californie.

            Je vous souhaite une belle réussite dans ce recrutement.

            Bien à vous,
            Kavya Raman
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-15 09:30", PAR),
            MATHILDE,
            [ME],
            """
            Bonjour Kavya,

            Merci de nous avoir prévenus, nous comprenons tout à fait. Bonne continuation dans vos recherches !

            Mathilde
            """,
            emp=True,
            mid_style="thunderbird",
            cte="auto",
            quote="fr-tb",
        ),
    ],
    interviews=[(at("2026-03-30 17:30", PAR), "2026-03-19")],
    reply_by=[("2026-04-20", "2026-03-31")],
    outcome=("withdrawn", "2026-04-14"),
)

# --- 11. Brezo Energía (Spanish, Madrid): availability, "quedamos el martes 7 de abril a las 17:00 (hora de -------
#         Madrid)", "antes del 15 de abril", second interview, offer in Spanish -------------------------------------
LUCIA = ("Lucía Montesinos", "lucia.montesinos@brezoenergia.example")
LUCIA_SIG = """

    Lucía Montesinos
    Talent Acquisition · Brezo Energía
    Madrid
    """
BREZO_OFFER = """BREZO ENERGÍA S.L. - CARTA DE OFERTA

Puesto: Científica de Datos Sénior (remoto, EE. UU.)
Incorporación: a convenir
Salario bruto anual: 168.000 USD
Bonus: hasta el 10 % según objetivos

Esta oferta es válida hasta el 12 de mayo de 2026.
"""
BREZO = App(
    "brezo-energia",
    "Brezo Energía",
    "Spanish process (Madrid), recruiter on Gmail in Spanish; availability asked and given; 'quedamos el martes "
    "7 de abril a las 17:00 (hora de Madrid)' = 08:00 PDT (upcoming on Apr 2); 'antes del 15 de abril'; second "
    "interview 'el lunes 20 de abril a las 18:00 (hora de Madrid)' proposed and confirmed; offer in Spanish Apr 28",
    [
        M(
            at("2026-03-20 12:30", MAD),
            LUCIA,
            [ME],
            """
            Hola Kavya:

            Gracias por tu candidatura para el puesto de Científica de Datos Sénior. Nos ha gustado mucho tu perfil
            y nos gustaría tener una primera llamada contigo y con Íñigo Salaberri, nuestro responsable de Datos.

            ¿Qué disponibilidad tienes la semana del 6 de abril? Ten en cuenta que estamos en Madrid, así que lo
            ideal sería a primera hora de tu mañana.

            Un saludo,
            Lucía
            """
            + LUCIA_SIG,
            subject="Tu candidatura - Científica de Datos Sénior",
            emp=True,
            ask=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-03-20 09:10"),
            ME,
            [LUCIA],
            """
            Hola Lucía:

            ¡Muchas gracias! La semana del 6 de abril puedo el martes 7 o el miércoles 8, entre las 7:00 y las
            10:00 (hora del Pacífico).

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-23 13:00", MAD),
            LUCIA,
            [ME],
            """
            Hola Kavya:

            Perfecto, quedamos el martes 7 de abril a las 17:00 (hora de Madrid), que son las 8:00 en California.
            Te mando el enlace de Google Meet: https://meet.example/brz-ikq-owt

            Un saludo,
            Lucía
            """
            + LUCIA_SIG,
            emp=True,
            **gmail(quote="es"),
        ),
        M(
            at("2026-03-23 08:20"),
            ME,
            [LUCIA],
            """
            ¡Perfecto, Lucía! Nos vemos el martes 7.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-07 09:30"),
            ME,
            [LUCIA],
            """
            Hola Lucía:

            Muchas gracias por organizar la llamada con Íñigo. Me encantó conocer el proyecto de previsión de
            demanda eléctrica y cómo trabajáis con las comercializadoras.

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-08 10:00", MAD),
            LUCIA,
            [ME],
            """
            Hola Kavya:

            ¡Gracias a ti! Íñigo quedó muy contento con la conversación. Estamos terminando las entrevistas de esta
            fase y te daremos una respuesta antes del 15 de abril.

            Un saludo,
            Lucía
            """
            + LUCIA_SIG,
            emp=True,
            **gmail(quote="es"),
        ),
        M(
            at("2026-04-14 11:00", MAD),
            LUCIA,
            [ME],
            """
            Hola Kavya:

            ¡Buenas noticias! Queremos que conozcas a nuestra CTO, Itziar Aranguren. ¿Te viene bien el lunes 20 de
            abril a las 18:00 (hora de Madrid)?

            Un saludo,
            Lucía
            """
            + LUCIA_SIG,
            emp=True,
            **gmail(quote="es"),
        ),
        M(
            at("2026-04-14 07:30"),
            ME,
            [LUCIA],
            """
            Hola Lucía:

            ¡Qué buena noticia! Sí, el lunes 20 a las 18:00 hora de Madrid (las 9:00 para mí) me va perfecto.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-20 10:15"),
            ME,
            [LUCIA],
            """
            Hola Lucía:

            Acabo de hablar con Itziar: una conversación estupenda. ¡Gracias de nuevo por organizarlo todo!

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-28 12:00", MAD),
            LUCIA,
            [ME],
            """
            Hola Kavya:

            ¡Tengo muy buenas noticias! Nos complace ofrecerte el puesto de Científica de Datos Sénior en Brezo
            Energía. Te adjunto la carta de oferta con las condiciones. Si tienes cualquier duda, estoy a tu
            disposición.

            ¡Enhorabuena!
            Lucía
            """
            + LUCIA_SIG,
            emp=True,
            files=[("Carta_de_oferta_Brezo_Energia.txt", "text/plain", BREZO_OFFER)],
            **gmail(quote="es"),
        ),
        M(
            at("2026-04-28 08:40"),
            ME,
            [LUCIA],
            """
            ¡Muchísimas gracias, Lucía! Lo reviso con calma y te respondo esta semana.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[(at("2026-04-07 17:00", MAD), "2026-03-23"), (at("2026-04-20 18:00", MAD), "2026-04-14")],
    reply_by=[("2026-04-15", "2026-04-08")],
    outcome=("offer", "2026-04-28"),
)

# --- 12. Eichelhäher Analytics (German): availability asked Apr 1 (null on Apr 2: no interview known yet), ------
#         "Termin: 21.04.2026, 17:30 Uhr MESZ", German Outlook quoting, "spätestens Ende April", nudge, rejection ----
JONAS = ("Jonas Rehfeldt", "jonas.rehfeldt@eichelhaeher-analytics.example")
JONAS_SIG = """

    Mit freundlichen Grüßen

    Jonas Rehfeldt
    Talent Acquisition
    Eichelhäher Analytics GmbH | Leopoldstraße 112 | 80804 München
    """
EICHELHAEHER = App(
    "eichelhaeher-analytics",
    "Eichelhäher Analytics",
    "German process, formal 'Sie'; German Outlook quoting (Von:/Gesendet:/An:/Betreff:, 'AW:'); availability "
    "asked Apr 1 and answered (null on Apr 2: no interview known); 'Termin: 21.04.2026, 17:30 Uhr MESZ' = 08:30 "
    "PDT; 'spätestens Ende April' holds the nudge to May 1; nudge May 4; German rejection May 5",
    [
        M(
            at("2026-04-01 10:30", BER),
            JONAS,
            [ME],
            """
            Sehr geehrte Frau Raman,

            vielen Dank für Ihre Bewerbung als Senior Data Scientist (m/w/d) und Ihr Interesse an der Eichelhäher
            Analytics GmbH. Wir möchten Sie gern zu einem ersten Videogespräch mit unserer Teamleiterin, Frau Dr.
            Anke Wohlfahrt, einladen.

            Bitte nennen Sie uns zwei bis drei Terminvorschläge in der Woche ab dem 20. April; aufgrund der
            Zeitverschiebung gern am späten Nachmittag unserer Zeit.
            """
            + JONAS_SIG,
            subject="Ihre Bewerbung als Senior Data Scientist (m/w/d)",
            emp=True,
            ask=True,
            **outlook(quote=None, re="AW: "),
        ),
        M(
            at("2026-04-01 08:15"),
            ME,
            [JONAS],
            """
            Sehr geehrter Herr Rehfeldt,

            vielen Dank für die Einladung! In der Woche ab dem 20. April passen mir folgende Zeiten:

            - Dienstag, 21.04., ab 17:00 Uhr MESZ
            - Mittwoch, 22.04., ab 17:00 Uhr MESZ
            - Donnerstag, 23.04., ab 17:30 Uhr MESZ

            Mit freundlichen Grüßen
            Kavya Raman
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-03 09:50", BER),
            JONAS,
            [ME],
            """
            Sehr geehrte Frau Raman,

            vielen Dank für Ihre schnelle Rückmeldung. Hiermit bestätigen wir Ihnen folgenden Termin:

            Termin: 21.04.2026, 17:30 Uhr MESZ
            Dauer: ca. 60 Minuten
            Ort: Microsoft Teams (den Link erhalten Sie am Vortag)
            Gesprächspartnerin: Dr. Anke Wohlfahrt, Teamleiterin Data Science

            Wir freuen uns auf das Gespräch.
            """
            + JONAS_SIG,
            emp=True,
            **outlook(quote="de-outlook", re="AW: "),
        ),
        M(
            at("2026-04-03 08:00"),
            ME,
            [JONAS],
            """
            Sehr geehrter Herr Rehfeldt,

            vielen Dank, der Termin passt mir sehr gut.

            Mit freundlichen Grüßen
            Kavya Raman
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-21 09:45"),
            ME,
            [JONAS],
            """
            Sehr geehrter Herr Rehfeldt,

            vielen Dank für die Organisation des heutigen Gesprächs. Der Austausch mit Frau Dr. Wohlfahrt über
            Ihre Prognosemodelle für den Einzelhandel hat mir sehr gefallen.

            Mit freundlichen Grüßen
            Kavya Raman
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-23 14:10", BER),
            JONAS,
            [ME],
            """
            Sehr geehrte Frau Raman,

            vielen Dank für Ihre Nachricht. Wir führen derzeit noch Gespräche mit weiteren Kandidatinnen und
            Kandidaten und melden uns spätestens Ende April bei Ihnen.
            """
            + JONAS_SIG,
            emp=True,
            **outlook(quote="de-outlook", re="AW: "),
        ),
        M(
            at("2026-05-04 10:00"),
            ME,
            [JONAS],
            """
            Sehr geehrter Herr Rehfeldt,

            ich wollte mich freundlich nach dem Stand des Auswahlverfahrens erkundigen. Ich bin weiterhin sehr an
            der Position interessiert.

            Mit freundlichen Grüßen
            Kavya Raman
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-05-05 16:30", BER),
            JONAS,
            [ME],
            """
            Sehr geehrte Frau Raman,

            vielen Dank für Ihre Geduld. Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit
            einer anderen Kandidatin zu besetzen. Wir bedauern, Ihnen keine positivere Nachricht geben zu können,
            und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.
            """
            + JONAS_SIG,
            emp=True,
            **outlook(quote="de-outlook", re="AW: "),
        ),
    ],
    interviews=[(at("2026-04-21 17:30", BER), "2026-04-03")],
    reply_by=[("2026-04-30", "2026-04-23")],
    outcome=("rejected", "2026-05-05"),
)

# --- 13. Tansy Learning via Ashby (the same ATS domain as Saguaro): a self-scheduling link, an Ashby confirmation ---
#         with a UTC invite, due on Mar 12, one nudge, terse automated rejection -----------------------------------
NOOR = ("Noor Farouk", "noor@tansylearning.example")
NOOR_ASHBY = ("Noor Farouk (Tansy Learning)", "notifications@ashby-mail.example")
TANSY_ATS = ("Tansy Learning via Ashby", "no-reply@ashby-mail.example")
TANSY = App(
    "tansy-learning",
    "Tansy Learning",
    "Chicago company on the same Ashby look-alike domain as Saguaro; recruiter sends a self-scheduling link, the "
    "owner books and says so; Ashby confirmation with a UTC invite (Mar 5 19:00Z = 11:00 PST); first nudge due "
    "on Mar 12; nudge Mar 13; terse automated rejection Mar 18",
    [
        M(
            at("2026-02-10 15:20", CHI),
            TANSY_ATS,
            [ME],
            """
            Hi Kavya,

            Thanks for applying to Tansy Learning! We've received your application for Applied Scientist, Learning
            Analytics. We'll reach out if we'd like to move forward.

            Tansy Learning Recruiting
            """,
            subject="Thanks for applying to Tansy Learning!",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-02-25 11:10", CHI),
            NOOR_ASHBY,
            [ME],
            """
            Hi Kavya,

            Thanks for your interest in the Applied Scientist, Learning Analytics role! I'd love to set up a
            30-minute intro call. Please pick a time that works for you here:
            https://ashby-mail.example/tansy-learning/schedule/8f3a61c0

            Talk soon,
            Noor Farouk
            Recruiting, Tansy Learning
            """,
            subject="Tansy Learning - Applied Scientist intro call",
            emp=True,
            ask=True,
            reply_to=NOOR,
            html="auto",
            mid_style="other",
        ),
        M(
            at("2026-02-25 10:05"),
            ME,
            [NOOR],
            """
            Hi Noor,

            Thank you! I just booked Thursday 3/5 at 11am PT through the link.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-25 12:07", CHI),
            TANSY_ATS,
            [ME],
            """
            Your interview is confirmed.

            Kavya Raman <> Noor Farouk (Tansy Learning)
            Thu, Mar 5, 2026 - 1:00 PM - 1:30 PM CST
            Zoom: https://zoom.example/j/71502288104

            Add to calendar: the invitation is attached.
            Powered by Ashby
            """,
            subject="Interview confirmed: Kavya Raman <> Noor Farouk",
            auto=True,
            reply_to=NOOR,
            html="auto",
            mid_style="other",
            thread="ashby",
            cals=[
                Cal(
                    "REQUEST",
                    "ashby-int-c41e7a0d-tansy-intro",
                    "Kavya Raman <> Noor Farouk (Tansy Learning)",
                    TANSY_ATS,
                    at("2026-03-05 11:00"),
                    at("2026-03-05 11:30"),
                    tzid=None,
                    prodid="-//Ashby//Interview Scheduling//EN",
                    location="Zoom: https://zoom.example/j/71502288104",
                    attendees=(OWNER, NOOR),
                )
            ],
        ),
        M(
            at("2026-03-05 11:50"),
            ME,
            [NOOR],
            """
            Hi Noor,

            Thanks for the call this morning! It was great to learn how Tansy measures learning outcomes, and I'd be
            excited to talk with the team.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-13 09:30"),
            ME,
            [NOOR],
            """
            Hi Noor,

            I hope your week went well! I wanted to follow up on the Applied Scientist role and see whether there
            are any next steps.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-18 10:02", CHI),
            TANSY_ATS,
            [ME],
            """
            Hi Kavya,

            Thank you for your interest in Tansy Learning and for taking the time to speak with our team. After
            careful consideration, we have decided not to move forward with your candidacy.

            We wish you the best.
            The Tansy Learning Team
            """,
            subject="Update on your application to Tansy Learning",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
            new_thread=True,
        ),
    ],
    interviews=[(at("2026-03-05 11:00"), "2026-02-25")],
    outcome=("rejected", "2026-03-18"),
)

# --- 14. Chaparral Energy via Pacific Crest Search (agency): two rounds booked in prose, then nothing: ---------------
#         waiting on Mar 12, due on Apr 2 with no nudge sent, cold on May 11 ---------------------------------------
EMMETT = ("Emmett Tillery", "emmett@pacificcrest-search.example")
EMMETT_SIG = """

    Emmett Tillery | Partner
    Pacific Crest Search - Energy & Infrastructure
    """
CHAPARRAL = App(
    "chaparral-energy",
    "Chaparral Energy",
    "agency recruiter (Pacific Crest Search) names the client in the text; 'Monday March 9 at 3pm PT' and 'Wed "
    "3/18 at 10' proposed and confirmed; nobody writes afterwards and the owner never nudges: due from Mar 25, "
    "cold on May 11",
    [
        M(
            at("2026-03-04 13:15"),
            EMMETT,
            [ME],
            """
            Hi Kavya,

            Great speaking with you yesterday. As promised, here are the details: my client is Chaparral Energy
            (Bakersfield HQ, remote-friendly), and the role is Principal Data Engineer on their grid analytics
            team.

            Their VP of Data, Renata Aguilar, would like a 45-minute video call. She's free Monday March 9 at 3pm
            PT - does that work?

            Emmett
            """
            + EMMETT_SIG,
            subject="Chaparral Energy - Principal Data Engineer",
            emp=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-03-04 14:00"),
            ME,
            [EMMETT],
            """
            Hi Emmett,

            Thanks for the details! Monday 3/9 at 3pm PT works for me.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-09 16:30"),
            ME,
            [EMMETT],
            """
            Hi Emmett,

            I just finished with Renata - thanks for the introduction. I enjoyed hearing about the outage-prediction
            work.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-13 10:20"),
            EMMETT,
            [ME],
            """
            Renata liked you a lot - she wants you to meet their CTO, Doug Farraday. How about Wed 3/18 at 10?

            Emmett
            """
            + "\n\nSent from my iPhone",
            emp=True,
            **iphone(),
        ),
        M(
            at("2026-03-13 11:00"),
            ME,
            [EMMETT],
            """
            Great news! Wednesday 3/18 at 10am PT works.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-18 12:00"),
            ME,
            [EMMETT],
            """
            Hi Emmett,

            The conversation with Doug went well, I think - lots of questions about data contracts with the field
            teams. Thanks again!

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[(at("2026-03-09 15:00"), "2026-03-04"), (at("2026-03-18 10:00"), "2026-03-13")],
)

# --- 15. Tulefog Games: Thunderbird recruiter; a take-home forwarded inline under "-------- Original Message -------",
#         with availability asked (your turn on Apr 2), answered late; review session; final onsite May 13 (upcoming)
JESS = ("Jess Lindahl", "jess@tulefoggames.example")
TULEFOG = App(
    "tulefog-games",
    "Tulefog Games",
    "hiring lead on Thunderbird; 'this Friday, 3/13 at 11' (upcoming on Mar 12); a take-home forwarded inline "
    "under a Thunderbird '-------- Original Message --------' block plus availability asked Mar 30 (your turn on "
    "Apr 2), answered Apr 6; review 'Wed 4/22 at 2pm'; final onsite May 13 by .ics (upcoming on May 11)",
    [
        M(
            at("2026-03-10 10:30"),
            JESS,
            [ME],
            """
            Hi Kavya,

            Thanks for applying to the Senior Data Scientist (Player Insights) role! I'm the data lead here and I'd
            like to start with a 30-minute intro call. Would you have time this Friday, 3/13 at 11? (Pacific)

            Cheers,
            Jess

            --
            Jess Lindahl | Head of Data | Tulefog Games, Sacramento
            """,
            subject="Tulefog Games - Senior Data Scientist (Player Insights)",
            emp=True,
            mid_style="thunderbird",
            cte="auto",
        ),
        M(
            at("2026-03-10 11:15"),
            ME,
            [JESS],
            """
            Hi Jess,

            Thanks for reaching out! Friday 3/13 at 11 works great.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-13 12:30"),
            ME,
            [JESS],
            """
            Hi Jess,

            Thanks for the chat this morning - I loved hearing about the churn experiments on Hollowmere. Looking
            forward to the next steps.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-30 10:00"),
            JESS,
            [ME],
            """
            Hi Kavya,

            Sorry for the slow follow-up - we've been heads-down on a launch. The next step is a take-home; the
            brief from Marco, our analytics engineering lead, is below. Please send it back when you're done, and
            let me know your availability for a 1-hour review session the week of April 20.

            Cheers,
            Jess

            -------- Original Message --------
            Subject: 	take-home for senior DS candidates
            Date: 	Fri, 27 Mar 2026 16:02:11 -0700
            From: 	Marco Bellandi <marco@tulefoggames.example>
            To: 	Jess Lindahl <jess@tulefoggames.example>

            Jess - here's the brief, same as last year's with fresher data:

            Dataset: 30 days of session events for 50k players (parquet, link below).
            1. Define a churn label you'd defend in front of the design team.
            2. Build a model or an analysis that tells us which early-game moments predict churn.
            3. One slide on what you'd A/B test first.

            Link: https://files.example/tulefog/ds-takehome-2026.zip
            Timebox: ~4h, don't polish.

            Marco
            """,
            emp=True,
            ask=True,
            mid_style="thunderbird",
            cte="auto",
        ),
        M(
            at("2026-04-06 09:40"),
            ME,
            [JESS],
            """
            Hi Jess,

            Apologies for the wait - it was a busy week. Attached is my take-home (notebook summary and the slide),
            and the full notebook is at https://git.example/kraman/tulefog-churn.

            For the review session, the week of April 20 I'm free Tuesday 4/21 afternoon, Wednesday 4/22 any time,
            or Thursday 4/23 morning.

            Best,
            Kavya
            """,
            sent=True,
            files=[
                (
                    "tulefog_takehome_kavya_raman.md",
                    "text/markdown",
                    "# Churn take-home\n\nChurn = no session in days 8-14 after install.\n"
                    "Strongest early signal: failing the second boss twice in the first session.\n"
                    "First A/B test: an optional hint after the first failure.\n",
                )
            ],
            **gmail(),
        ),
        M(
            at("2026-04-07 14:20"),
            JESS,
            [ME],
            """
            Thanks Kavya, this is great - Marco already has questions (the good kind). Let's do the review on Wed
            4/22 at 2pm, on Zoom with Marco and me.

            Jess
            """,
            emp=True,
            mid_style="thunderbird",
            cte="auto",
            quote="tb-us",
        ),
        M(
            at("2026-04-07 15:00"),
            ME,
            [JESS],
            """
            Perfect, see you on the 22nd at 2!

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-22 15:30"),
            ME,
            [JESS],
            """
            Hi Jess,

            Thank you and Marco for the review session - it was fun to defend my churn label! Looking forward to
            hearing what's next.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-29 11:10"),
            JESS,
            [ME],
            """
            Hi Kavya,

            The team would like you to come in for a final onsite! I've attached an invite for Wednesday May 13,
            10am-2pm at our Sacramento studio: you'll meet two designers, our producer and our CEO, and we'll get
            lunch.

            Jess
            """,
            emp=True,
            mid_style="thunderbird",
            cte="auto",
            quote="tb-us",
            cals=[
                Cal(
                    "REQUEST",
                    "b1e0f7c4-6a2d-4c3e-9e51-2f8d7a0c5b13",
                    "Tulefog Games - final onsite (Kavya Raman)",
                    JESS,
                    at("2026-05-13 10:00"),
                    at("2026-05-13 14:00"),
                    tzid="America/Los_Angeles",
                    prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                    location="Tulefog Games, 1017 K St, Sacramento",
                    attach=True,
                )
            ],
        ),
        M(
            at("2026-04-29 12:00"),
            ME,
            [JESS],
            """
            Wonderful news, thank you Jess! Accepted - see you on the 13th.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
    ],
    interviews=[
        (at("2026-03-13 11:00"), "2026-03-10"),
        (at("2026-04-22 14:00"), "2026-04-07"),
        (at("2026-05-13 10:00"), "2026-04-29"),
    ],
)

# --- 16. Petrichor Climate: Europe/Paris .ics moved with SEQUENCE:1, a NEW thread from the Paris-based head of ML ---
#         with availability for a final round, one nudge, "hiring paused" restarts the clock, cold by May 11 --------
INES = ("Ines Duarte", "ines.duarte@petrichorclimate.example")
MATHIEU = ("Mathieu Lagarde", "mathieu.lagarde@petrichorclimate.example")
PETRI_UID = "petrichor-ml-2026-02-26-kraman@petrichorclimate.example"


def petri_cal(start: str, seq: int) -> Cal:
    s = at(start, PAR)
    return Cal(
        "REQUEST",
        PETRI_UID,
        "Kavya Raman / Mathieu Lagarde - ML Engineer, Forecasting",
        INES,
        s,
        s + timedelta(minutes=45),
        tzid="Europe/Paris",
        seq=seq,
        location="https://meet.example/ptc-mla-kzr",
        attendees=(OWNER, MATHIEU),
        attach=True,
    )


PETRICHOR = App(
    "petrichor-climate",
    "Petrichor Climate",
    "phone screen 'Tue 2/17 at 9:30 PT'; Europe/Paris .ics for Feb 26 18:00 moved to Feb 27 by SEQUENCE:1; the "
    "Paris-based head of ML starts a NEW thread asking for availability; CEO round Mar 16 in prose; one nudge "
    "(waiting on Apr 2, next Apr 3); 'paused all new hiring' Apr 8 restarts the clock; cold on May 11",
    [
        M(
            at("2026-02-11 09:05"),
            INES,
            [ME],
            """
            Hi Kavya,

            Thanks for applying to the ML Engineer, Forecasting role at Petrichor Climate. I'd love to set up a
            30-minute phone screen. Are you free Tue 2/17 at 9:30 PT?

            Best,
            Ines

            Ines Duarte | Recruiting Lead | Petrichor Climate
            """,
            subject="Petrichor Climate - ML Engineer, Forecasting",
            emp=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-02-11 10:00"),
            ME,
            [INES],
            """
            Hi Ines,

            Thanks! Tuesday 2/17 at 9:30 PT works for me.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-17 11:00"),
            ME,
            [INES],
            """
            Hi Ines,

            Thank you for the call this morning. It was great to hear about the seasonal-forecast product, and I'm
            keen to continue.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-19 14:30"),
            INES,
            [ME],
            """
            Hi Kavya,

            Next you'll meet Mathieu Lagarde, our Head of ML, who's based in our Paris office. The invite is
            attached for Thursday Feb 26, 6pm Paris time / 9am Pacific.

            Best,
            Ines
            """,
            emp=True,
            cals=[petri_cal("2026-02-26 18:00", 0)],
            **gmail(),
        ),
        M(
            at("2026-02-19 15:10"),
            ME,
            [INES],
            """
            Thanks Ines - accepted. Looking forward to meeting Mathieu.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-24 08:40"),
            INES,
            [ME],
            """
            Hi Kavya,

            Mathieu has a conflict on Thursday, so I've moved your conversation to Friday Feb 27, same time (6pm
            Paris / 9am Pacific). The updated invite is attached - sorry for the shuffle!

            Ines
            """,
            emp=True,
            cals=[petri_cal("2026-02-27 18:00", 1)],
            **gmail(),
        ),
        M(
            at("2026-02-24 09:30"),
            ME,
            [INES],
            """
            No problem at all - Friday works. Thanks Ines!

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-02-27 10:30"),
            ME,
            [INES],
            """
            Hi Ines,

            I just finished with Mathieu - a really interesting conversation about probabilistic forecasts for
            insurers. Thanks for arranging it.

            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-04 19:10", PAR),
            MATHIEU,
            [ME],
            """
            Hi Kavya,

            Mathieu here - thanks again for Friday. I'd like you to meet Zoe Whitlow, our CEO, as a final
            conversation. Could you send me a few slots the week of March 16? Mornings Pacific are best for her.

            Mathieu
            """
            + SIG_PHONE,
            subject="Petrichor - final conversation",
            emp=True,
            ask=True,
            thread="mathieu",
            **iphone(quote=None),
        ),
        M(
            at("2026-03-05 08:20"),
            ME,
            [MATHIEU],
            """
            Hi Mathieu,

            Thanks, I'd be glad to. The week of March 16:

            - Monday 3/16, 8-10am PT
            - Tuesday 3/17, 9-11am PT (after 12 is taken)

            Best,
            Kavya
            """,
            sent=True,
            thread="mathieu",
            **gmail(),
        ),
        M(
            at("2026-03-06 17:45", PAR),
            MATHIEU,
            [ME],
            """
            Great - Monday 3/16 at 8am PT with Zoe. She'll send a Meet link.

            Mathieu
            """
            + SIG_PHONE,
            emp=True,
            thread="mathieu",
            **iphone(),
        ),
        M(
            at("2026-03-16 09:30"),
            ME,
            [MATHIEU],
            """
            Hi Mathieu,

            I just spoke with Zoe - thank you for setting that up. I came away even more excited about Petrichor's
            mission.

            Best,
            Kavya
            """,
            sent=True,
            thread="mathieu",
            **gmail(),
        ),
        M(
            at("2026-03-19 18:00", PAR),
            MATHIEU,
            [ME],
            """
            Zoe enjoyed it too. We'll discuss it as a leadership team and get back to you.

            Mathieu
            """
            + SIG_PHONE,
            emp=True,
            thread="mathieu",
            **iphone(),
        ),
        M(
            at("2026-03-27 09:10"),
            ME,
            [MATHIEU],
            """
            Hi Mathieu,

            I hope you're well. I wanted to check in on the ML Engineer role - has the leadership team had a chance
            to discuss?

            Best,
            Kavya
            """,
            sent=True,
            thread="mathieu",
            **gmail(),
        ),
        M(
            at("2026-04-08 17:30", PAR),
            MATHIEU,
            [ME],
            """
            Hi Kavya,

            Sorry for the silence. Honest update: our Series B close slipped, and we've paused all new hiring until
            it's done. You were our top candidate, and I'll reach out if and when the role reopens.

            Mathieu
            """,
            emp=True,
            thread="mathieu",
            **gmail(quote="gmail-us"),
        ),
        M(
            at("2026-04-08 09:30"),
            ME,
            [MATHIEU],
            """
            Thanks for the honesty, Mathieu - I appreciate it. Fingers crossed for the round, and I'd love to hear
            from you if it reopens.

            Kavya
            """,
            sent=True,
            thread="mathieu",
            **gmail(),
        ),
    ],
    interviews=[
        (at("2026-02-17 09:30"), "2026-02-11"),
        (at("2026-02-27 18:00", PAR), "2026-02-24"),
        (at("2026-03-16 08:00"), "2026-03-06"),
    ],
)

# --- 17. Sandpiper Insurance via Rippling (the same ATS domain as Tamarack): a choice of two slots, UTC invite, -----
#         "an update for you by Friday, May 15" (waiting on May 11, first nudge May 18) ---------------------------
BEA = ("Bea Castellanos", "bea.castellanos@sandpiperins.example")
BEA_RIPPLING = ("Bea Castellanos (Sandpiper Insurance)", "notifications@rippling-ats.example")
SANDPIPER = App(
    "sandpiper-insurance",
    "Sandpiper Insurance",
    "recruiter writes via Rippling (Reply-To her address), offering two slots; the owner picks 'Tuesday 4/21 at "
    "10:00 AM PT'; Outlook confirmation with a UTC invite; 'an update for you by Friday, May 15' (waiting on May "
    "11, first nudge May 18)",
    [
        M(
            at("2026-04-13 10:00"),
            BEA_RIPPLING,
            [ME],
            """
            Hi Kavya,

            Thanks for applying to the Senior Pricing Data Scientist role at Sandpiper Insurance! We'd like to
            invite you to a 45-minute interview with the hiring manager, Daniel Achterhof.

            Please reply with the option that works best for you:
            - Tuesday 4/21 at 10:00 AM PT
            - Wednesday 4/22 at 3:00 PM PT

            Best,
            Bea Castellanos
            Talent Acquisition, Sandpiper Insurance
            """,
            subject="Interview invitation - Senior Pricing Data Scientist",
            emp=True,
            ask=True,
            reply_to=BEA,
            html="auto",
            mid_style="other",
        ),
        M(
            at("2026-04-13 10:45"),
            ME,
            [BEA],
            """
            Hi Bea,

            Thank you! Tuesday 4/21 at 10:00 AM PT, please.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-14 09:00"),
            BEA,
            [ME],
            """
            Hi Kavya,

            Confirmed - the calendar invitation is attached. Daniel will send a Teams link the day before.

            Bea
            """,
            emp=True,
            cals=[
                Cal(
                    "REQUEST",
                    "040000008200E00074C5B7101A82E00800000000F0A51C2E54CCDC010000000000000000100000009B3E",
                    "Interview: Kavya Raman - Senior Pricing Data Scientist",
                    BEA,
                    at("2026-04-21 10:00"),
                    at("2026-04-21 10:45"),
                    tzid=None,
                    prodid="Microsoft Exchange Server 2010",
                    location="Microsoft Teams Meeting",
                    attendees=(OWNER,),
                )
            ],
            **outlook(),
        ),
        M(
            at("2026-04-21 11:20"),
            ME,
            [BEA],
            """
            Hi Bea,

            Thanks for arranging the interview with Daniel this morning. I enjoyed discussing telematics pricing and
            would love to move forward.

            Best,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-04-27 13:30"),
            BEA,
            [ME],
            """
            Hi Kavya,

            Thanks for your patience! The hiring team is meeting later this week, and we expect to have an update for
            you by Friday, May 15.

            Bea
            """,
            emp=True,
            **outlook(),
        ),
    ],
    interviews=[(at("2026-04-21 10:00"), "2026-04-13")],
    reply_by=[("2026-05-15", "2026-04-27")],
)

# --- 18. Tramuntana Labs (Spanish, Barcelona) via Workable: acknowledgement and rejection in Spanish from a no-reply -
#         address; "el jueves 5 de marzo a las 18:00 (hora peninsular)"; due on Mar 12; two nudges --------------------
NURIA = ("Núria Casals", "nuria.casals@tramuntanalabs.example")
TRAMUNTANA_ATS = ("Tramuntana Labs vía Workable", "noreply@workable-jobs.example")
TRAMUNTANA = App(
    "tramuntana-labs",
    "Tramuntana Labs",
    "Spanish process (Barcelona) on the same Workable look-alike as Bristlecone; 'el jueves 5 de marzo a las "
    "18:00 (hora peninsular española)' = 09:00 PST; due on Mar 12; nudges Mar 16 and Mar 23; terse Spanish "
    "rejection from the no-reply address Mar 25",
    [
        M(
            at("2026-02-20 10:00", MAD),
            TRAMUNTANA_ATS,
            [ME],
            """
            Hola Kavya:

            Hemos recibido tu candidatura para el puesto de Ingeniera de Machine Learning (remoto). Nuestro equipo
            la revisará y se pondrá en contacto contigo si tu perfil encaja.

            Gracias por tu interés en Tramuntana Labs.

            Enviado a través de Workable
            """,
            subject="Hemos recibido tu candidatura - Tramuntana Labs",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-02-27 16:45", MAD),
            NURIA,
            [ME],
            """
            Hola Kavya:

            Soy Núria, de selección en Tramuntana Labs. Nos ha gustado tu candidatura y queremos conocerte. ¿Te va
            bien una videollamada con Pol, nuestro responsable de ML, el jueves 5 de marzo a las 18:00 (hora
            peninsular española)? Serían las 9:00 en California.

            Un abrazo,
            Núria Casals
            People & Talent - Tramuntana Labs
            """,
            subject="Entrevista - Ingeniera de ML (remoto)",
            emp=True,
            **gmail(quote=None),
        ),
        M(
            at("2026-02-27 08:30"),
            ME,
            [NURIA],
            """
            ¡Hola Núria!

            Muchas gracias. Sí, el jueves 5 de marzo a las 18:00 (las 9:00 para mí) me va perfecto.

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-05 10:10"),
            ME,
            [NURIA],
            """
            Hola Núria:

            Gracias por organizar la llamada con Pol. Me ha encantado conocer vuestro trabajo con modelos de
            previsión de viento para parques eólicos.

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-16 09:00"),
            ME,
            [NURIA],
            """
            Hola Núria:

            Espero que estés bien. Quería saber si hay novedades sobre el proceso para el puesto de Ingeniera de ML.

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-23 09:10"),
            ME,
            [NURIA],
            """
            Hola Núria:

            Te escribo de nuevo por si hay alguna novedad sobre el proceso. Sigo muy interesada en el puesto.

            Un saludo,
            Kavya
            """,
            sent=True,
            **gmail(),
        ),
        M(
            at("2026-03-25 13:00", MAD),
            TRAMUNTANA_ATS,
            [ME],
            """
            Hola Kavya:

            Gracias por tu interés en Tramuntana Labs. Lamentablemente, hemos decidido no seguir adelante con tu
            candidatura en esta ocasión.

            Te deseamos mucho éxito.
            El equipo de Tramuntana Labs
            """,
            subject="Tu candidatura en Tramuntana Labs",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
            new_thread=True,
        ),
    ],
    interviews=[(at("2026-03-05 18:00", MAD), "2026-02-27")],
    outcome=("rejected", "2026-03-25"),
)

APPS = [
    TAMARACK,
    SAGUARO,
    MANZANITA,
    BRISTLECONE,
    YARROW,
    MERGANSER,
    KESARI,
    OBSIDIAN,
    HIRONDELLE,
    SABLIER,
    BREZO,
    EICHELHAEHER,
    TANSY,
    CHAPARRAL,
    TULEFOG,
    PETRICHOR,
    SANDPIPER,
    TRAMUNTANA,
]


# =============================================================================
# Distractors: mail that is not an interview process of the owner's.
# =============================================================================


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


ROLERADAR = ("RoleRadar Job Alerts", "alerts@roleradar.example")
LOOPLADDER = ("Loop & Ladder", "digest@loopandladder.example")
MAREN = ("Maren Oduya", "maren@cascadiadatasummit.example")
DEV = ("Dev Malhotra", "dev@featurestorefm.example")
FERNLIGHT = ("Fernlight Research", "research@fernlight.example")
SLOTPICK = ("SlotPick", "no-reply@slotpick.example")
PULSE = ("Bramblecote Studio People Team via PulseCheck", "surveys@pulsecheck-survey.example")
DARNELL = ("Darnell Fitch", "darnell.fitch@kelpie-systems.example")
MARGUERITE = ("Marguerite Sallis", "marguerite.sallis@kelpie-systems.example")
MEERA = ("Meera Joshi", "meera.joshi@mailbox.example")
KIRAN = ("Kiran Mehrotra", "kiran@pipit-talent.example")
GLASSWING = ("Glasswing Robotics via Lever", "no-reply@lever-hire.example")
DENTAL = ("Sunset Dental Group", "appointments@sunsetdental.example")
ANJALI = ("Anjali Raman", "anjali.raman@mailbox.example")
JOBFALKE = ("Jobfalke Stellenalarm", "alarm@jobfalke.example")

ROLERADAR_HTML = """<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">
<table width="600" align="center" style="background:#ffffff;padding:16px">
<tr><td><h2 style="color:#0b5cad">14 new matches for &ldquo;machine learning engineer&rdquo;</h2>
<p>These companies are <b>interviewing now</b> in the Bay Area and remote (US):</p>
<ul>
<li><b>Senior ML Engineer, Fraud</b> &mdash; Saguaro Payments (Remote US) &middot; actively interviewing</li>
<li><b>Senior ML Engineer</b> &mdash; Yarrow Labs (San Francisco) &middot; interviews this week</li>
<li><b>Staff Machine Learning Engineer</b> &mdash; Tamarack Data (Portland / remote)</li>
<li><b>ML Platform Engineer</b> &mdash; Quiver Freightworks (Oakland)</li>
</ul>
<p><a href="https://roleradar.example/prep">Ace your next interview: our 10-minute prep checklist</a></p>
<p style="font-size:11px;color:#888">You get this alert because you saved the search &ldquo;machine learning
engineer&rdquo;. <a href="https://roleradar.example/unsubscribe?u=kr">Unsubscribe</a></p>
</td></tr></table></body></html>
"""

LOOPLADDER_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1>5 questions to ask at the end of every interview</h1>
<p>&ldquo;Do you have any questions for us?&rdquo; is not a formality. Here are the five we'd ask in your next
interview &mdash; and what the answers tell you.</p>
<ol>
<li>What would success look like in the first 90 days?</li>
<li>What's the hardest part of this job that the posting doesn't mention?</li>
<li>How do you decide between two strong candidates?</li>
<li>When can I expect to hear back, and from whom?</li>
<li>Is there anything in my background you'd like me to clarify?</li>
</ol>
<p>Coming next week: <i>how (and when) to follow up after an interview</i>.</p>
<p style="font-size:12px;color:#777">Loop &amp; Ladder &middot; a weekly letter for people changing jobs &middot;
<a href="https://loopandladder.example/unsubscribe">unsubscribe</a></p>
</body></html>
"""

DISTRACTORS: list[App] = [
    App(
        "roleradar-job-alerts",
        None,
        "job-alert digests ('these companies are interviewing now') naming employers the owner really applies to "
        "(Saguaro Payments, Yarrow Labs, Tamarack Data, Kesari Fintech); bulk headers, HTML-only and text+HTML",
        [
            M(
                at("2026-02-16 06:00"),
                ROLERADAR,
                [ME],
                "",
                subject="14 new jobs for \u201cmachine learning engineer\u201d - companies interviewing now",
                html=ROLERADAR_HTML,
                html_only=True,
                auto=True,
                mid_style="other",
                headers=bulk("<alerts.roleradar.example>", "https://roleradar.example/unsubscribe?u=kr"),
            ),
            M(
                at("2026-04-20 06:00"),
                ROLERADAR,
                [ME],
                """
                9 new jobs for "machine learning engineer"

                Interviewing this week:
                - Lead ML Engineer (US), Kesari Fintech - Remote US - interviews this week
                - Senior Data Scientist, Tulefog Games - Sacramento
                - Applied Scientist, Quiver Freightworks - Oakland

                Tip: schedule your interview for a Tuesday morning - hiring managers are fresher.

                Unsubscribe: https://roleradar.example/unsubscribe?u=kr
                """,
                subject="9 new jobs for \u201cmachine learning engineer\u201d",
                html="auto",
                auto=True,
                mid_style="other",
                thread="second",
                headers=bulk("<alerts.roleradar.example>", "https://roleradar.example/unsubscribe?u=kr"),
            ),
        ],
    ),
    App(
        "loop-and-ladder-newsletter",
        None,
        "weekly career newsletter, HTML-only: 'questions to ask at the end of every interview' and 'how to follow "
        "up after an interview' (with a made-up timeline); bulk",
        [
            M(
                at("2026-03-03 06:30"),
                LOOPLADDER,
                [ME],
                "",
                subject="5 questions to ask at the end of every interview",
                html=LOOPLADDER_HTML,
                html_only=True,
                mid_style="other",
                headers=bulk("<weekly.loopandladder.example>", "https://loopandladder.example/unsubscribe"),
            ),
            M(
                at("2026-03-10 06:30"),
                LOOPLADDER,
                [ME],
                "",
                subject="How (and when) to follow up after an interview",
                html_only=True,
                html="auto",
                mid_style="other",
                thread="second",
                headers=bulk("<weekly.loopandladder.example>", "https://loopandladder.example/unsubscribe"),
                text_for_quote="""
                How (and when) to follow up after an interview

                Say your interview was on Tuesday and the recruiter told you "we'll get back to you by Friday the
                20th". Wait until Monday the 23rd, then send one short, friendly note. If a week goes by without an
                answer, follow up once more - and after three unanswered nudges, move on.

                Reply to this email and tell us about your follow-up wins.

                Loop & Ladder - unsubscribe: https://loopandladder.example/unsubscribe
                """,
            ),
        ],
    ),
    App(
        "cascadia-data-summit-speaker",
        None,
        "conference program chair invites the owner to speak; a prep call is proposed ('Thu 3/26 at 10am PT'), "
        "confirmed and sent as a calendar invite; not a job interview",
        [
            M(
                at("2026-03-18 09:00"),
                MAREN,
                [ME],
                """
                Hi Kavya,

                I'm on the program committee for Cascadia Data Summit (Seattle, June 9-10). We loved your blog post on
                feature freshness and would like to invite you to give a 30-minute talk on it.

                Would you have time for a 20-minute call with the committee on Thu 3/26 at 10am PT to shape the
                abstract?

                Best,
                Maren Oduya
                Program Committee, Cascadia Data Summit
                """,
                subject="Speaking invitation - Cascadia Data Summit 2026",
                **gmail(quote=None),
            ),
            M(
                at("2026-03-18 10:30"),
                ME,
                [MAREN],
                """
                Hi Maren,

                What a lovely surprise - I'd be honoured. Thursday 3/26 at 10am PT works for the call.

                Best,
                Kavya
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-03-19 08:15"),
                MAREN,
                [ME],
                """
                Wonderful! Invite attached.

                Maren
                """,
                cals=[
                    Cal(
                        "REQUEST",
                        "cds2026-speaker-prep-kraman@cascadiadatasummit.example",
                        "Cascadia Data Summit - speaker prep call (Kavya Raman)",
                        MAREN,
                        at("2026-03-26 10:00"),
                        at("2026-03-26 10:20"),
                        tzid="America/Los_Angeles",
                        location="https://meet.example/cds-spk-prep",
                    )
                ],
                **gmail(),
            ),
            M(
                at("2026-03-26 11:00"),
                ME,
                [MAREN],
                """
                Hi Maren,

                Thanks for the call! Here's the revised abstract:

                "Fresh enough: measuring and budgeting feature staleness in real-time ML systems."

                Kavya
                """,
                sent=True,
                **gmail(),
            ),
        ],
    ),
    App(
        "feature-store-fm-podcast",
        None,
        "a podcast host wants to 'interview' the owner for an episode; a recording is booked by a UTC invite "
        "titled 'Podcast interview'; thank-you notes both ways",
        [
            M(
                at("2026-04-01 12:40"),
                DEV,
                [ME],
                """
                Hi Kavya,

                I host Feature Store FM, a podcast about the unglamorous side of machine learning. Would you be up for
                an interview on the show about your feature-freshness work? Recording takes about an hour, remote.

                Dev Malhotra
                Host, Feature Store FM
                """,
                subject="Interview on Feature Store FM?",
                **gmail(quote=None),
            ),
            M(
                at("2026-04-03 08:30"),
                ME,
                [DEV],
                """
                Hi Dev,

                I'd love to! Any afternoon the week of April 13 works for me.

                Kavya
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-04-06 10:00"),
                DEV,
                [ME],
                """
                Fantastic - I've sent an invite for Tuesday April 14 at 1pm PT. We'll record on Riverside; link in the
                invite.

                Dev
                """,
                cals=[
                    Cal(
                        "REQUEST",
                        "fsfm-ep87-kraman@featurestorefm.example",
                        "Podcast interview: Kavya Raman (Feature Store FM ep. 87)",
                        DEV,
                        at("2026-04-14 13:00"),
                        at("2026-04-14 14:00"),
                        tzid=None,
                        location="https://riverside.example/studio/featurestorefm",
                    )
                ],
                **gmail(),
            ),
            M(
                at("2026-04-14 15:10"),
                ME,
                [DEV],
                """
                Hi Dev,

                Thanks for having me on - that was a lot of fun. Let me know if you need anything for the show notes.

                Kavya
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-04-21 09:00"),
                DEV,
                [ME],
                """
                Thanks again, Kavya! The episode goes live on May 5; I'll send you the link.

                Dev
                """,
                **gmail(),
            ),
        ],
    ),
    App(
        "fernlight-user-research",
        None,
        "a product's paid 'user interview' ($75 gift card), booked through a scheduling tool with a calendar "
        "invite; thank-you and gift card afterwards",
        [
            M(
                at("2026-02-25 12:00"),
                FERNLIGHT,
                [ME],
                """
                Hi Kavya,

                You've been using Fernlight to plan your runs for over a year - thank you! Our research team would
                love to interview you about how you use the app. It takes 45 minutes over video, and we'll send a $75
                gift card as a thank-you.

                Pick a time here: https://slotpick.example/fernlight/user-interview

                The Fernlight Research team
                """,
                subject="Help shape Fernlight - 45-minute user interview ($75)",
                html="auto",
                mid_style="other",
                headers={"Precedence": "bulk", "List-Unsubscribe": "<https://fernlight.example/unsub>"},
            ),
            M(
                at("2026-02-26 19:02"),
                SLOTPICK,
                [ME],
                """
                You're booked!

                User interview with Fernlight Research
                Tuesday, March 3, 2026, 11:00am - 11:45am (Pacific Time)

                A calendar invitation is attached. Need to change it? https://slotpick.example/r/9c1f2e
                """,
                subject="Confirmed: User interview with Fernlight Research on Tue, Mar 3",
                auto=True,
                html="auto",
                mid_style="other",
                thread="booking",
                cals=[
                    Cal(
                        "REQUEST",
                        "slotpick-9c1f2e7a@slotpick.example",
                        "User interview with Fernlight Research",
                        ("Fernlight Research", "research@fernlight.example"),
                        at("2026-03-03 11:00"),
                        at("2026-03-03 11:45"),
                        tzid="America/Los_Angeles",
                        prodid="-//SlotPick//Booking//EN",
                        location="https://zoom.example/j/55510293847",
                    )
                ],
            ),
            M(
                at("2026-03-04 10:00"),
                ("Ayesha at Fernlight", "research@fernlight.example"),
                [ME],
                """
                Hi Kavya,

                Thanks so much for chatting with us yesterday - your feedback on the route planner was gold. Your $75
                gift card code is FERN-7Q2K-LM4X.

                Ayesha
                Fernlight Research
                """,
                subject="Thank you for your interview!",
                html="auto",
                mid_style="other",
                thread="thanks",
            ),
        ],
    ),
    App(
        "bramblecote-exit-interview",
        None,
        "a former client's exit-interview survey after a contract ended, and a reminder; sent by a survey tool",
        [
            M(
                at("2026-02-17 09:00"),
                PULSE,
                [ME],
                """
                Hi Kavya,

                Thank you for your work with Bramblecote Studio. As your contract has ended, we'd value your honest
                feedback in a short exit interview survey (about 10 minutes):

                https://pulsecheck-survey.example/s/bramblecote/exit?t=kr81

                Your answers are confidential and reported only in aggregate.

                Bramblecote Studio People Team
                """,
                subject="Your exit interview survey - Bramblecote Studio",
                auto=True,
                html="auto",
                mid_style="other",
            ),
            M(
                at("2026-02-24 09:00"),
                PULSE,
                [ME],
                """
                Hi Kavya,

                A friendly reminder: your exit interview survey closes on Friday.

                https://pulsecheck-survey.example/s/bramblecote/exit?t=kr81

                Bramblecote Studio People Team
                """,
                subject="Reminder: your exit interview survey closes Friday",
                auto=True,
                html="auto",
                mid_style="other",
                thread="reminder",
            ),
        ],
    ),
    App(
        "kelpie-interview-panel",
        None,
        "a colleague at the owner's current employer asks her to interview a candidate (invite summary with the "
        "candidate's name); she sends feedback; the candidate gets an offer",
        [
            M(
                at("2026-03-23 15:00"),
                DARNELL,
                [ME],
                """
                Hi Kavya,

                Could you join the technical panel for Callan Weatherby (Senior Data Scientist candidate) on Friday
                at 2pm? You'd cover the modelling deep dive. Sending this to your personal address because the work
                calendar sync is broken again - scorecard link is in the invite.

                Thanks!
                Darnell
                """,
                subject="Interview panel: Callan Weatherby - Senior Data Scientist",
                cals=[
                    Cal(
                        "REQUEST",
                        "kelpie-panel-cweatherby-0327@kelpie-systems.example",
                        "Interview: Callan Weatherby - Senior Data Scientist (technical panel)",
                        DARNELL,
                        at("2026-03-27 14:00"),
                        at("2026-03-27 15:00"),
                        tzid="America/Los_Angeles",
                        location="Zoom (Kelpie Systems)",
                        description="Panel: Kavya Raman (modelling), Jun Park (SQL), Darnell Fitch (hiring manager).",
                        attendees=(OWNER, DARNELL),
                    )
                ],
                **gmail(quote=None),
            ),
            M(
                at("2026-03-23 15:40"),
                ME,
                [DARNELL],
                """
                Sure, happy to - I'll take the modelling deep dive.

                Kavya
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-03-27 15:30"),
                ME,
                [DARNELL],
                """
                Hi Darnell,

                Feedback on Callan: strong hire from me. Clear thinking about leakage, good instincts on evaluation,
                and he asked great questions about our data. Scorecard submitted.

                Kavya
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-03-30 10:00"),
                DARNELL,
                [ME],
                """
                Thanks Kavya! The panel agreed - we're making Callan an offer today.

                Darnell
                """,
                **gmail(),
            ),
        ],
    ),
    App(
        "friend-meera-interview",
        None,
        "a friend's news about her own final-round interview ('they said they'd let me know by the 20th') and "
        "her offer; the owner's replies mention her own interviews",
        [
            M(
                at("2026-03-10 19:30"),
                MEERA,
                [ME],
                """
                KAVYA. I had my final round at Brightloom yesterday and I think it went really well?? Five interviews
                back to back. They said they'd let me know by the 20th. How are your interviews going?

                M
                """,
                subject="final round!!",
                **iphone(quote=None),
            ),
            M(
                at("2026-03-10 20:15"),
                ME,
                [MEERA],
                """
                Meera!! That's amazing, fingers crossed for the 20th. Mine are going OK - I have a final loop next
                Tuesday and an onsite in Oakland the week after. Drinks when we both have news?

                K
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-03-24 12:05"),
                MEERA,
                [ME],
                """
                I GOT THE OFFER. Starting in May!!! Drinks on me.
                """
                + SIG_PHONE,
                **iphone(),
            ),
            M(
                at("2026-03-24 12:30"),
                ME,
                [MEERA],
                """
                YESSS. So proud of you. Friday?

                K
                """,
                sent=True,
                **gmail(),
            ),
        ],
    ),
    App(
        "pipit-talent-outreach",
        None,
        "agency recruiter cold outreach with a self-scheduling link and a bump a week later; nothing is booked "
        "and the owner never replies",
        [
            M(
                at("2026-02-19 08:10"),
                KIRAN,
                [ME],
                """
                Hi Kavya,

                I'm working with a Series B fintech in San Francisco on a Staff ML Engineer search (base up to $240k +
                equity). Your background in risk models looks like a strong fit.

                If you're open to a quick chat, grab 20 minutes on my calendar: https://slotpick.example/kiran-b/intro

                Best,
                Kiran Mehrotra
                Pipit Talent Partners
                """,
                subject="Staff ML Engineer - Series B fintech (SF)",
                html="auto",
                mid_style="other",
            ),
            M(
                at("2026-02-26 08:05"),
                KIRAN,
                [ME],
                """
                Hi Kavya, just bumping this in case it got buried - happy to chat this week if you're curious.

                Kiran
                """,
                html="auto",
                mid_style="other",
                quote="gmail-us",
            ),
        ],
    ),
    App(
        "glasswing-robotics-application",
        None,
        "Lever acknowledgement (same ATS domain as a real process) and a rejection before any interview",
        [
            M(
                at("2026-02-20 16:25"),
                GLASSWING,
                [ME],
                """
                Hi Kavya,

                Thank you for applying to the Perception ML Engineer position at Glasswing Robotics. We have received
                your application and will be in touch if your qualifications match our needs.

                Glasswing Robotics Talent Team
                """,
                subject="Your application to Glasswing Robotics",
                auto=True,
                mid_style="other",
            ),
            M(
                at("2026-03-24 11:15"),
                GLASSWING,
                [ME],
                """
                Hi Kavya,

                Thank you for your interest in Glasswing Robotics. We've reviewed your application and decided not to
                move forward to interviews for the Perception ML Engineer role at this time.

                Glasswing Robotics Talent Team
                """,
                subject="Your application to Glasswing Robotics",
                auto=True,
                mid_style="other",
                thread="second",
            ),
        ],
    ),
    App(
        "sunset-dental-appointment",
        None,
        "a dentist's appointment confirmation with a calendar invite (America/Los_Angeles) and a text reminder",
        [
            M(
                at("2026-03-06 14:00"),
                DENTAL,
                [ME],
                """
                Hi Kavya,

                Your appointment is confirmed:

                Cleaning and exam with Dr. Pellegrino
                Friday, March 20, 2026 at 8:00 AM
                Sunset Dental Group, 2210 Irving St, San Francisco

                Add it to your calendar with the attached invitation. Please arrive 10 minutes early.
                """,
                subject="Appointment confirmed - Fri, Mar 20 at 8:00 AM",
                auto=True,
                html="auto",
                mid_style="other",
                cals=[
                    Cal(
                        "REQUEST",
                        "sdg-appt-55821@sunsetdental.example",
                        "Dental cleaning - Sunset Dental Group",
                        DENTAL,
                        at("2026-03-20 08:00"),
                        at("2026-03-20 09:00"),
                        tzid="America/Los_Angeles",
                        prodid="-//Sunset Dental//Appointments//EN",
                        location="2210 Irving St, San Francisco",
                        attach=True,
                        filename="appointment.ics",
                    )
                ],
            ),
            M(
                at("2026-03-18 10:00"),
                DENTAL,
                [ME],
                """
                Reminder: you have an appointment with Dr. Pellegrino on Friday, March 20 at 8:00 AM. Reply C to
                confirm or call (415) 555-0188 to reschedule.
                """,
                subject="Appointment reminder",
                auto=True,
                mid_style="other",
                thread="reminder",
            ),
        ],
    ),
    App(
        "kelpie-team-lunch",
        None,
        "the owner's manager invites the team to a lunch (METHOD:REQUEST); the owner's calendar reply "
        "(METHOD:REPLY, accepted) is a sent message",
        [
            M(
                at("2026-04-06 16:00"),
                MARGUERITE,
                [ME],
                """
                Team - lunch on me to celebrate a great Q1! Friday at noon at Sol Taqueria. Partners and plus-ones
                welcome, hence the personal addresses.

                Marguerite
                """,
                subject="Invitation: Team lunch - Q1 wrap @ Fri Apr 10, 2026 12pm - 1:30pm (PDT)",
                cals=[
                    Cal(
                        "REQUEST",
                        "q1-wrap-lunch-2026@kelpie-systems.example",
                        "Team lunch - Q1 wrap",
                        MARGUERITE,
                        at("2026-04-10 12:00"),
                        at("2026-04-10 13:30"),
                        tzid="America/Los_Angeles",
                        location="Sol Taqueria, 415 Valencia St",
                        attendees=(OWNER, DARNELL),
                    )
                ],
                **gmail(quote=None),
            ),
            M(
                at("2026-04-06 16:20"),
                ME,
                [MARGUERITE],
                """
                Kavya Raman has accepted this invitation.
                """,
                subject="Accepted: Team lunch - Q1 wrap @ Fri Apr 10, 2026 12pm - 1:30pm (PDT)",
                sent=True,
                html="auto",
                mid_style="gmail",
                cals=[
                    Cal(
                        "REPLY",
                        "q1-wrap-lunch-2026@kelpie-systems.example",
                        "Team lunch - Q1 wrap",
                        MARGUERITE,
                        at("2026-04-10 12:00"),
                        at("2026-04-10 13:30"),
                        tzid="America/Los_Angeles",
                        partstat="ACCEPTED",
                    )
                ],
            ),
        ],
    ),
    App(
        "sister-anjali",
        None,
        "family mail asking about the job hunt; the owner's reply names two employers and interview dates; "
        "congratulations on an offer later",
        [
            M(
                at("2026-03-14 10:20"),
                ANJALI,
                [ME],
                """
                Hi akka! Amma keeps asking me how the job hunt is going, so I'm asking you :) Any interviews coming up?
                Also are you coming for Ugadi?

                Anju
                """,
                subject="job hunt + Ugadi",
                **gmail(quote=None),
            ),
            M(
                at("2026-03-14 11:05"),
                ME,
                [ANJALI],
                """
                Hi Anju! Busy but good - final loop with Saguaro on Tuesday the 17th and an onsite with Obsidian on
                the 24th, plus a few early calls. Tell Amma not to worry. And yes, I'll be there for Ugadi!

                K
                """,
                sent=True,
                **gmail(),
            ),
            M(
                at("2026-04-12 18:00"),
                ANJALI,
                [ME],
                """
                Amma says congratulations on the offer!!! She has already told the whole building.

                Anju
                """,
                subject="!!!",
                thread="offer",
                **gmail(quote=None),
            ),
            M(
                at("2026-04-12 18:30"),
                ME,
                [ANJALI],
                """
                Haha of course she has. Thank you! Still deciding, will call this weekend.

                K
                """,
                sent=True,
                thread="offer",
                **gmail(),
            ),
        ],
    ),
    App(
        "jobfalke-stellenalarm",
        None,
        "German job-alert digests ('Diese Unternehmen führen gerade Vorstellungsgespräche') naming Eichelhäher "
        "Analytics; bulk",
        [
            M(
                at("2026-03-17 07:00", BER),
                JOBFALKE,
                [ME],
                """
                Hallo Kavya,

                für Ihre Suche "Data Scientist, remote" gibt es 6 neue Stellen.

                Diese Unternehmen führen gerade Vorstellungsgespräche:
                - Senior Data Scientist (m/w/d) - Eichelhäher Analytics GmbH, München / remote
                - Machine Learning Engineer (m/w/d) - Silberreiher Software GmbH, Berlin

                Tipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor.

                Ihr Jobfalke-Team
                Abbestellen: https://jobfalke.example/abmelden?u=kr
                """,
                subject="6 neue Stellen für \u201eData Scientist, remote\u201c",
                html="auto",
                auto=True,
                mid_style="other",
                headers=bulk("<stellenalarm.jobfalke.example>", "https://jobfalke.example/abmelden?u=kr"),
            ),
            M(
                at("2026-04-14 07:00", BER),
                JOBFALKE,
                [ME],
                """
                Hallo Kavya,

                für Ihre Suche "Data Scientist, remote" gibt es 4 neue Stellen.

                Jetzt im Vorstellungsgespräch:
                - Lead Data Scientist (m/w/d) - Silberreiher Software GmbH, Berlin
                - Data Scientist Pricing (m/w/d) - Eichelhäher Analytics GmbH, München

                Ihr Jobfalke-Team
                Abbestellen: https://jobfalke.example/abmelden?u=kr
                """,
                subject="4 neue Stellen für \u201eData Scientist, remote\u201c",
                html="auto",
                auto=True,
                mid_style="other",
                thread="second",
                headers=bulk("<stellenalarm.jobfalke.example>", "https://jobfalke.example/abmelden?u=kr"),
            ),
        ],
    ),
]


# --- labels ---------------------------------------------------------------------


if __name__ == "__main__":
    raise SystemExit(main(APPS, DISTRACTORS))
