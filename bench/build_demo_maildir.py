"""Write the demo's bundled Maildir (watcher/demo/Maildir) from the invented mail below.

    python bench/build_demo_maildir.py            # rewrite watcher/demo/Maildir

Everything here is fiction: Sam Rivera, a data engineer in Berlin, and sixteen
employers on .example domains, plus the ordinary noise of a mailbox (job alerts,
a newsletter, a friend's interview, a climbing date). The mail is written the way
people write, in English, German, Spanish and French, with the quoting styles of
common mail programs; nothing is phrased for the classifier's benefit.

The demo evaluates it as of Tue 10 Mar 2026 07:30 Europe/Berlin. The output is
deterministic (fixed file names and dates), so the tree can be committed.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "watcher" / "demo" / "Maildir"

BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
MADRID = ZoneInfo("Europe/Madrid")
PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")

SAM = ("Sam Rivera", "sam@rivera.example")


@dataclass
class Mail:
    key: str
    when: datetime
    sender: tuple[str, str]
    to: list[tuple[str, str]]
    subject: str
    body: str
    reply_to_key: str | None = None
    cc: list[tuple[str, str]] = field(default_factory=list)
    html: bool = False
    ics: str | None = None
    ics_method: str = "REQUEST"
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    quote_style: str = (
        "sam"  # how the writer's mail program quotes: sam | gmail | outlook | de | es | fr | none
    )
    unread: bool = False
    mid_host: str = ""

    @property
    def folder(self) -> str:
        return "Sent" if self.sender[1] == SAM[1] else "INBOX"


MAILS: list[Mail] = []


def at(y: int, mo: int, d: int, h: int, mi: int, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def mail(**kw: Any) -> Mail:
    m = Mail(**kw)
    MAILS.append(m)
    return m


def body(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def ics_event(
    *,
    uid: str,
    start: str,
    end: str,
    tzid: str,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    location: str = "",
    description: str = "",
    stamp: str = "20260301T090000Z",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    method: str = "REQUEST",
) -> str:
    tz_blocks = {
        "Europe/Berlin": ("CET", "+0100", "CEST", "+0200"),
        "Europe/London": ("GMT", "+0000", "BST", "+0100"),
    }
    std, std_off, dst, dst_off = tz_blocks[tzid]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}",
        "DTSTART:19700329T020000" if tzid == "Europe/Berlin" else "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}",
        "DTSTART:19701025T030000" if tzid == "Europe/Berlin" else "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, addr in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}"
        )
    lines += [
        "CREATED:" + stamp,
        "DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"),
        "LAST-MODIFIED:" + stamp,
        "LOCATION:" + location.replace(",", "\\,"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + summary.replace(",", "\\,"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _fold(line: str) -> str:
    out, cur = [], line
    while len(cur.encode()) > 75:
        cut = 75
        while len(cur[:cut].encode()) > 75:
            cut -= 1
        out.append(cur[:cut])
        cur = " " + cur[cut:]
    out.append(cur)
    return "\r\n".join(out)


# =====================================================================================
# A. Brightwater Analytics — an interview on Thursday, confirmed by a calendar invite.
# =====================================================================================
PRIYA = ("Priya Natarajan", "priya.natarajan@brightwater-analytics.example")
mail(
    key="bw1",
    when=at(2026, 3, 2, 10, 14),
    sender=PRIYA,
    to=[SAM],
    html=True,
    quote_style="gmail",
    subject="Senior Data Engineer at Brightwater - next step",
    body=body("""
        Hi Sam,

        Thanks for applying for the Senior Data Engineer role at Brightwater Analytics, and for the
        thoughtful note about your work on streaming pipelines. We'd love to move forward.

        The next step is a 45-minute technical conversation with Tobias, who leads our data platform
        team. Would Thursday 12 March in the afternoon work for you? Anything between 13:00 and 17:00
        Berlin time is possible on our side.

        Best,
        Priya

        --
        Priya Natarajan
        Talent Partner | Brightwater Analytics
        """),
)
mail(
    key="bw2",
    when=at(2026, 3, 2, 12, 3),
    sender=SAM,
    to=[PRIYA],
    reply_to_key="bw1",
    subject="Re: Senior Data Engineer at Brightwater - next step",
    body=body("""
        Hi Priya,

        Thank you, that's great to hear! Thursday 12 March works well for me; 14:00 would be ideal
        if that suits Tobias.

        Looking forward to it,
        Sam
        """),
)
mail(
    key="bw3",
    when=at(2026, 3, 3, 9, 41),
    sender=PRIYA,
    to=[SAM],
    quote_style="none",
    subject=(
        "Invitation: Sam Rivera / Tobias Lind - Technical interview @ Thu 12 Mar 2026 14:00 - 14:45 (CET)"
    ),
    body=body("""
        Priya Natarajan has invited you to an event.

        Sam Rivera / Tobias Lind - Technical interview
        When: Thursday 12 Mar 2026 14:00 - 14:45 (Central European Time - Berlin)
        Joining info: meet.brightwater-analytics.example/tl-sam-rivera
        Organizer: Priya Natarajan

        Hi Sam, here's the invite for Thursday. Tobias will walk you through a small data modelling
        exercise, no preparation needed. Talk soon! Priya

        Going (sam@rivera.example)? Yes - Maybe - No

        Invitation from the Brightwater calendar.
        You are receiving this email because you are an attendee of the event.
        """),
    ics=ics_event(
        uid="7k2q9v3m1bw@brightwater-analytics.example",
        start="20260312T140000",
        end="20260312T144500",
        tzid="Europe/Berlin",
        summary="Sam Rivera / Tobias Lind - Technical interview",
        organizer=PRIYA,
        attendees=[SAM, ("Tobias Lind", "tobias.lind@brightwater-analytics.example")],
        location="meet.brightwater-analytics.example/tl-sam-rivera",
        description="Technical interview for the Senior Data Engineer role.",
        stamp="20260303T084100Z",
    ),
)

# =====================================================================================
# B. Solera Datos (Madrid, in Spanish) — a video interview next Monday, agreed in text.
# =====================================================================================
LUCIA = ("Lucía Fernández", "lucia.fernandez@soleradatos.example")
mail(
    key="sd1",
    when=at(2026, 2, 26, 11, 20, MADRID),
    sender=LUCIA,
    to=[SAM],
    quote_style="es",
    subject="Tu candidatura - Ingeniero/a de Datos (remoto)",
    body=body("""
        Hola, Sam:

        Gracias por tu interés en el puesto de Ingeniero/a de Datos en Solera Datos. Hemos revisado
        tu perfil y nos encantaría conocerte mejor.

        ¿Te vendría bien una videollamada con el equipo el lunes 16 de marzo a las 10:00 (hora de
        Madrid)? Será una conversación de unos 60 minutos con Javier, nuestro responsable de
        plataforma, y conmigo.

        Un saludo,
        Lucía Fernández
        Selección de personal · Solera Datos
        """),
)
mail(
    key="sd2",
    when=at(2026, 2, 27, 8, 55),
    sender=SAM,
    to=[LUCIA],
    reply_to_key="sd1",
    subject="Re: Tu candidatura - Ingeniero/a de Datos (remoto)",
    body=body("""
        Hola, Lucía:

        ¡Muchas gracias por la invitación! El lunes 16 de marzo a las 10:00 me va perfecto.

        Un saludo,
        Sam
        """),
)
mail(
    key="sd3",
    when=at(2026, 3, 2, 16, 40, MADRID),
    sender=LUCIA,
    to=[SAM],
    reply_to_key="sd2",
    quote_style="es",
    subject="Re: Tu candidatura - Ingeniero/a de Datos (remoto)",
    body=body("""
        ¡Genial, Sam! Queda confirmado entonces. Unos días antes te mando el enlace de la
        videollamada.

        Lucía
        """),
)

# =====================================================================================
# C. Pinecone Labs (remote, New York) — interviewed last Thursday, thanked the same day.
# =====================================================================================
MARCUS = ("Marcus Webb", "marcus@pineconelabs.example")
mail(
    key="pl1",
    when=at(2026, 2, 24, 9, 12, NEW_YORK),
    sender=MARCUS,
    to=[SAM],
    quote_style="gmail",
    subject="Pinecone Labs - Data Engineer interview",
    body=body("""
        Hi Sam,

        I'm the engineering manager for our ingestion team at Pinecone Labs. Your background with
        Kafka and dbt is a great fit for what we're building, and I'd like to set up an interview.

        Could you do Thursday March 5 at 3pm CET (9am Eastern)? It would be an hour over video
        with me and one of our senior engineers.

        Thanks,
        Marcus
        """),
)
mail(
    key="pl2",
    when=at(2026, 2, 24, 17, 2),
    sender=SAM,
    to=[MARCUS],
    reply_to_key="pl1",
    subject="Re: Pinecone Labs - Data Engineer interview",
    body=body("""
        Hi Marcus,

        Thanks for reaching out! Thursday March 5 at 3pm CET works for me. Please send over a link
        whenever convenient.

        Best,
        Sam
        """),
)
mail(
    key="pl3",
    when=at(2026, 3, 5, 17, 48),
    sender=SAM,
    to=[MARCUS],
    reply_to_key="pl2",
    subject="Thank you - Data Engineer interview",
    body=body("""
        Hi Marcus,

        Thanks a lot to you and Elena for the conversation today. I really enjoyed the discussion
        about back-pressure in the ingestion service, and it made me even more excited about the
        role.

        Have a good rest of your week,
        Sam
        """),
)

# =====================================================================================
# D. Oakridge Insurance — second round last Monday; they will answer by Friday 13 March.
# =====================================================================================
HELEN = ("Helen Ostrowski", "h.ostrowski@oakridge-insurance.example")
mail(
    key="oi1",
    when=at(2026, 2, 20, 14, 31, LONDON),
    sender=HELEN,
    to=[SAM],
    html=True,
    quote_style="outlook",
    subject="Oakridge Insurance - second interview",
    body=body("""
        Dear Sam,

        Thank you for your time on the phone last week. I'm pleased to invite you to a second
        interview for the position of Analytics Engineer.

        Date: Monday, 2 March 2026
        Time: 10:00 - 11:30 (UK time)
        Format: video call with Richard Hale (Head of Data) and Sunita Rao (Senior Analytics Engineer)

        Please let me know if this works for you.

        Kind regards,

        Helen Ostrowski
        Senior Talent Acquisition Partner
        Oakridge Insurance
        """),
)
mail(
    key="oi2",
    when=at(2026, 2, 20, 16, 10),
    sender=SAM,
    to=[HELEN],
    reply_to_key="oi1",
    subject="RE: Oakridge Insurance - second interview",
    body=body("""
        Dear Helen,

        Thank you for the invitation. Monday 2 March at 10:00 UK time works well for me, and I
        look forward to meeting Richard and Sunita.

        Best regards,
        Sam Rivera
        """),
)
mail(
    key="oi3",
    when=at(2026, 3, 2, 15, 5, LONDON),
    sender=HELEN,
    to=[SAM],
    reply_to_key="oi2",
    html=True,
    quote_style="outlook",
    subject="RE: Oakridge Insurance - second interview",
    body=body("""
        Hi Sam,

        Thanks for making the time today - Richard and Sunita really enjoyed the conversation.

        We are speaking with two more candidates this week, and we will get back to you by Friday
        13 March at the latest.

        Kind regards,
        Helen
        """),
)
mail(
    key="oi4",
    when=at(2026, 3, 2, 18, 27),
    sender=SAM,
    to=[HELEN],
    reply_to_key="oi3",
    subject="RE: Oakridge Insurance - second interview",
    body=body("""
        Hi Helen,

        Thank you for letting me know, and please pass my thanks on to Richard and Sunita as well.
        I enjoyed the conversation a lot. I look forward to hearing from you.

        Best regards,
        Sam
        """),
)

# =====================================================================================
# E. Harbor & Finch (London) — video interview a week ago today; no nudge yet.
# =====================================================================================
JAMIE = ("Jamie Chen", "jamie.chen@harborfinch.example")
mail(
    key="hf1",
    when=at(2026, 2, 23, 11, 2, LONDON),
    sender=JAMIE,
    to=[SAM],
    quote_style="gmail",
    subject="Data Platform Engineer - Harbor & Finch",
    body=body("""
        Hi Sam,

        Thanks for your application for the Data Platform Engineer role. I lead the data team here
        and would like to have a chat about your experience and what we're working on.

        Could we do a video call on Tuesday 3 March at 2pm UK time (3pm for you in Berlin)? It'll
        take about 50 minutes.

        Cheers,
        Jamie

        Jamie Chen
        Head of Data, Harbor & Finch
        """),
)
mail(
    key="hf2",
    when=at(2026, 2, 23, 13, 45),
    sender=SAM,
    to=[JAMIE],
    reply_to_key="hf1",
    subject="Re: Data Platform Engineer - Harbor & Finch",
    body=body("""
        Hi Jamie,

        Thank you for getting in touch! Tuesday 3 March at 2pm UK time works for me.

        Best,
        Sam
        """),
)
mail(
    key="hf3",
    when=at(2026, 3, 3, 16, 31),
    sender=SAM,
    to=[JAMIE],
    reply_to_key="hf2",
    subject="Re: Data Platform Engineer - Harbor & Finch",
    body=body("""
        Hi Jamie,

        Thanks again for the conversation this afternoon. I left it with a lot of ideas about the
        lakehouse migration you described, and I'm very keen on the role.

        All the best,
        Sam
        """),
)

# =====================================================================================
# F. Maison Lumière (Paris, in French) — interviewed 17 Feb; one nudge so far, no answer.
# =====================================================================================
CLAIRE = ("Claire Dubois", "claire.dubois@maisonlumiere.example")
mail(
    key="ml1",
    when=at(2026, 2, 10, 9, 12, PARIS),
    sender=CLAIRE,
    to=[SAM],
    quote_style="fr",
    subject="Votre candidature - Ingénieur(e) backend",
    body=body("""
        Bonjour Sam,

        Suite à votre candidature au poste d'ingénieur(e) backend chez Maison Lumière, je vous
        propose un entretien en visioconférence le mardi 17 février à 10h (heure de Paris), avec
        Antoine, notre CTO, et moi-même.

        Pourriez-vous me confirmer votre disponibilité ?

        Bien cordialement,
        Claire Dubois
        Responsable recrutement - Maison Lumière
        """),
)
mail(
    key="ml2",
    when=at(2026, 2, 10, 11, 30),
    sender=SAM,
    to=[CLAIRE],
    reply_to_key="ml1",
    subject="Re: Votre candidature - Ingénieur(e) backend",
    body=body("""
        Bonjour Claire,

        Merci beaucoup pour votre message. Le mardi 17 février à 10h me convient parfaitement.

        Bien cordialement,
        Sam Rivera
        """),
)
mail(
    key="ml3",
    when=at(2026, 2, 17, 15, 2),
    sender=SAM,
    to=[CLAIRE],
    reply_to_key="ml2",
    subject="Re: Votre candidature - Ingénieur(e) backend",
    body=body("""
        Bonjour Claire,

        Merci à vous et à Antoine pour l'entretien de ce matin. J'ai beaucoup apprécié nos
        échanges sur l'architecture de la plateforme de réservation.

        Bonne fin de journée,
        Sam
        """),
)
mail(
    key="ml4",
    when=at(2026, 3, 3, 9, 20),
    sender=SAM,
    to=[CLAIRE],
    reply_to_key="ml3",
    subject="Re: Votre candidature - Ingénieur(e) backend",
    body=body("""
        Bonjour Claire,

        Je me permets de revenir vers vous au sujet du poste d'ingénieur(e) backend. Avez-vous
        une idée du calendrier pour la suite du processus ?

        Merci d'avance et bonne journée,
        Sam
        """),
)

# =====================================================================================
# G. Kranich Logistik (Hamburg, in German) — interviewed 10 Feb; two nudges, no answer.
# =====================================================================================
ANNA = ("Anna Keller", "anna.keller@kranich-logistik.example")
mail(
    key="kl1",
    when=at(2026, 2, 2, 8, 47),
    sender=ANNA,
    to=[SAM],
    html=True,
    quote_style="de",
    subject="Einladung zum Vorstellungsgespräch - Senior Data Engineer (m/w/d)",
    body=body("""
        Sehr geehrte/r Sam Rivera,

        vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kranich Logistik GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch
        per Videokonferenz ein:

        Dienstag, 10. Februar 2026, 11:00 Uhr
        Gesprächspartner: Dr. Henrik Vogt (Leitung Data & Analytics) und Anna Keller (HR)

        Bitte bestätigen Sie uns den Termin kurz per E-Mail.

        Mit freundlichen Grüßen

        Anna Keller
        Personalreferentin
        Kranich Logistik GmbH | Am Sandtorkai 12 | 20457 Hamburg
        """),
)
mail(
    key="kl2",
    when=at(2026, 2, 2, 10, 5),
    sender=SAM,
    to=[ANNA],
    reply_to_key="kl1",
    subject="Re: Einladung zum Vorstellungsgespräch - Senior Data Engineer (m/w/d)",
    body=body("""
        Sehr geehrte Frau Keller,

        vielen Dank für die Einladung. Den Termin am Dienstag, 10. Februar, um 11:00 Uhr bestätige
        ich gern.

        Mit freundlichen Grüßen
        Sam Rivera
        """),
)
mail(
    key="kl3",
    when=at(2026, 2, 10, 16, 12),
    sender=SAM,
    to=[ANNA],
    reply_to_key="kl2",
    subject="Re: Einladung zum Vorstellungsgespräch - Senior Data Engineer (m/w/d)",
    body=body("""
        Sehr geehrte Frau Keller,

        herzlichen Dank für das angenehme Gespräch heute, auch an Herrn Dr. Vogt. Die Einblicke in
        Ihre Routenplanung haben mich sehr beeindruckt.

        Viele Grüße
        Sam Rivera
        """),
)
mail(
    key="kl4",
    when=at(2026, 2, 18, 9, 30),
    sender=SAM,
    to=[ANNA],
    reply_to_key="kl3",
    subject="Re: Einladung zum Vorstellungsgespräch - Senior Data Engineer (m/w/d)",
    body=body("""
        Sehr geehrte Frau Keller,

        ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Gibt es schon Neuigkeiten
        zum weiteren Ablauf?

        Viele Grüße
        Sam Rivera
        """),
)
mail(
    key="kl5",
    when=at(2026, 3, 3, 10, 2),
    sender=SAM,
    to=[ANNA],
    reply_to_key="kl4",
    subject="Re: Einladung zum Vorstellungsgespräch - Senior Data Engineer (m/w/d)",
    body=body("""
        Sehr geehrte Frau Keller,

        ich melde mich noch einmal wegen der Stelle als Senior Data Engineer. Ich bin weiterhin
        sehr interessiert und würde mich über eine kurze Rückmeldung zum Zeitplan freuen.

        Viele Grüße
        Sam Rivera
        """),
)

# =====================================================================================
# H. Quillfeather Books — they want references and a date for the final round (unanswered).
# =====================================================================================
DANA = ("Dana Okafor", "dana.okafor@quillfeather.example")
mail(
    key="qf1",
    when=at(2026, 2, 12, 15, 20, LONDON),
    sender=DANA,
    to=[SAM],
    quote_style="gmail",
    subject="Quillfeather - Backend Engineer (Search)",
    body=body("""
        Hi Sam,

        Lovely to e-meet you. I lead the search team at Quillfeather Books, and your application
        stood out. Could you join us for a 1-hour interview on Thursday 19 February at 4pm (UK)?
        It'll be me and Farid from the platform team.

        Dana
        """),
)
mail(
    key="qf2",
    when=at(2026, 2, 12, 18, 44),
    sender=SAM,
    to=[DANA],
    reply_to_key="qf1",
    subject="Re: Quillfeather - Backend Engineer (Search)",
    body=body("""
        Hi Dana,

        Thanks so much - Thursday 19 February at 4pm UK time works for me. Looking forward to
        meeting you and Farid.

        Sam
        """),
)
mail(
    key="qf3",
    when=at(2026, 2, 19, 19, 5),
    sender=SAM,
    to=[DANA],
    reply_to_key="qf2",
    subject="Re: Quillfeather - Backend Engineer (Search)",
    body=body("""
        Hi Dana,

        Thank you and Farid for your time today, I really enjoyed talking about relevance tuning
        for long-tail queries.

        Best,
        Sam
        """),
)
mail(
    key="qf4",
    when=at(2026, 3, 9, 15, 12, LONDON),
    sender=DANA,
    to=[SAM],
    reply_to_key="qf3",
    quote_style="gmail",
    unread=True,
    subject="Re: Quillfeather - Backend Engineer (Search)",
    body=body("""
        Hi Sam,

        Sorry for the slow reply - it's been a busy few weeks. Good news: the team would like to
        invite you to the final round, a 90-minute session with our CTO and a pairing exercise.

        Before we set that up, could you send me the names and contact details of two references?
        And which days next week would work best for you?

        Thanks,
        Dana
        """),
)

# =====================================================================================
# I. Northgate Talent (an agency) — interview with their client Ledgerly; one nudge sent.
# =====================================================================================
TOM = ("Tom Bradley", "tom.bradley@northgatetalent.example")
mail(
    key="ng1",
    when=at(2026, 2, 13, 9, 55),
    sender=TOM,
    to=[SAM],
    html=True,
    quote_style="outlook",
    subject="Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Sam,

        I hope you don't mind me reaching out. I'm a recruiter at Northgate Talent, and I'm working
        with a Series B fintech in Berlin that is building out its data platform team. Your
        experience with event streaming looks like a strong match.

        Would you be open to a quick call this afternoon or on Monday to talk it through?

        Best regards,
        Tom Bradley
        Principal Consultant - Data & Engineering
        Northgate Talent
        """),
)
mail(
    key="ng2",
    when=at(2026, 2, 13, 11, 20),
    sender=SAM,
    to=[TOM],
    reply_to_key="ng1",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Tom,

        Thanks for getting in touch. Happy to chat, Monday any time after 10 works for me.

        Sam
        """),
)
mail(
    key="ng3",
    when=at(2026, 2, 17, 16, 40),
    sender=TOM,
    to=[SAM],
    reply_to_key="ng2",
    html=True,
    quote_style="outlook",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Sam,

        Great speaking yesterday! As promised: the client is Ledgerly, and they would like to
        interview you on Wednesday 25 February at 11:00 at their office in Kreuzberg
        (Oranienstraße 45), with their CTO, Mira Havel.

        Can you confirm you're available?

        Thanks,
        Tom
        """),
)
mail(
    key="ng4",
    when=at(2026, 2, 17, 18, 2),
    sender=SAM,
    to=[TOM],
    reply_to_key="ng3",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Tom,

        Confirmed, Wednesday 25 February at 11:00 at Ledgerly. Thanks for arranging it!

        Sam
        """),
)
mail(
    key="ng5",
    when=at(2026, 2, 25, 14, 20),
    sender=TOM,
    to=[SAM],
    reply_to_key="ng4",
    html=True,
    quote_style="outlook",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Sam,

        How did it go this morning? I'll chase Ledgerly for feedback and come back to you as soon
        as I hear anything.

        Tom
        """),
)
mail(
    key="ng6",
    when=at(2026, 2, 25, 15, 3),
    sender=SAM,
    to=[TOM],
    reply_to_key="ng5",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Tom,

        It went well, I think! Mira was great and the team sounds like a good fit. Thanks for
        chasing.

        Sam
        """),
)
mail(
    key="ng7",
    when=at(2026, 3, 4, 10, 15),
    sender=SAM,
    to=[TOM],
    reply_to_key="ng6",
    subject="RE: Senior Data Engineer - Series B fintech, Berlin",
    body=body("""
        Hi Tom,

        Just checking in: have you heard anything back from Ledgerly yet?

        Thanks,
        Sam
        """),
)

# =====================================================================================
# J. Tern Systems — three polite nudges since the interview on 4 Feb, and silence.
# =====================================================================================
RACHEL = ("Rachel Kim", "rachel.kim@ternsystems.example")
mail(
    key="ts1",
    when=at(2026, 1, 26, 14, 0),
    sender=RACHEL,
    to=[SAM],
    quote_style="gmail",
    subject="Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Sam,

        Thank you for your interest in Tern Systems. We'd like to invite you to an interview for
        the Software Engineer, Data Infrastructure position on Wednesday, 4 February at 10:00 CET.
        You'll meet Daniel and Grace from the infrastructure team.

        Please reply to confirm.

        Best regards,
        Rachel Kim
        Recruiting Coordinator, Tern Systems
        """),
)
mail(
    key="ts2",
    when=at(2026, 1, 26, 16, 22),
    sender=SAM,
    to=[RACHEL],
    reply_to_key="ts1",
    subject="Re: Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Rachel,

        Thank you, I confirm Wednesday 4 February at 10:00.

        Best regards,
        Sam Rivera
        """),
)
mail(
    key="ts3",
    when=at(2026, 2, 4, 14, 50),
    sender=SAM,
    to=[RACHEL],
    reply_to_key="ts2",
    subject="Re: Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Rachel,

        Many thanks for organising this morning's interview. Please pass on my thanks to Daniel
        and Grace as well.

        Best regards,
        Sam
        """),
)
mail(
    key="ts4",
    when=at(2026, 2, 12, 9, 40),
    sender=SAM,
    to=[RACHEL],
    reply_to_key="ts3",
    subject="Re: Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Rachel,

        I hope you're well. I wanted to follow up on my interview last week. Is there any news on
        the next steps?

        Best regards,
        Sam
        """),
)
mail(
    key="ts5",
    when=at(2026, 2, 19, 10, 5),
    sender=SAM,
    to=[RACHEL],
    reply_to_key="ts4",
    subject="Re: Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Rachel,

        Following up once more on the Software Engineer, Data Infrastructure role. I'm still very
        interested and would appreciate any update on the timeline.

        Best regards,
        Sam
        """),
)
mail(
    key="ts6",
    when=at(2026, 3, 2, 9, 15),
    sender=SAM,
    to=[RACHEL],
    reply_to_key="ts5",
    subject="Re: Interview invitation: Software Engineer, Data Infrastructure",
    body=body("""
        Hello Rachel,

        One last check-in about the role: if the position has been filled, a short note would be
        very helpful. Thank you for your time either way.

        Best regards,
        Sam
        """),
)

# =====================================================================================
# K. Vellum Studio — interview on 5 Feb, a thank-you, and then a month of nothing.
# =====================================================================================
NOOR = ("Noor Haddad", "noor@vellumstudio.example")
mail(
    key="vs1",
    when=at(2026, 1, 29, 11, 33),
    sender=NOOR,
    to=[SAM],
    quote_style="gmail",
    subject="Chat about the Analytics Engineer role?",
    body=body("""
        Hi Sam!

        Noor here, co-founder at Vellum Studio. Loved your portfolio. Would you have time for an
        interview on Thursday 5 Feb at 13:00? We're at Torstraße 112, but a video call is fine too.

        Noor
        """),
)
mail(
    key="vs2",
    when=at(2026, 1, 29, 13, 10),
    sender=SAM,
    to=[NOOR],
    reply_to_key="vs1",
    subject="Re: Chat about the Analytics Engineer role?",
    body=body("""
        Hi Noor,

        Thanks for reaching out! Thursday 5 Feb at 13:00 works; I'm happy to come by the office.

        See you then,
        Sam
        """),
)
mail(
    key="vs3",
    when=at(2026, 2, 5, 17, 55),
    sender=SAM,
    to=[NOOR],
    reply_to_key="vs2",
    subject="Re: Chat about the Analytics Engineer role?",
    body=body("""
        Hi Noor,

        It was great to meet you and the team today, thanks for the coffee and the tour!

        Sam
        """),
)

# =====================================================================================
# L. Saltmarsh Clinics — an ATS acknowledgement, an interview, and an ATS rejection last Friday.
# =====================================================================================
SALTMARSH_ATS = ("Saltmarsh Clinics", "no-reply@saltmarshclinics.hireflow.example")
MIA = ("Mia Schultz", "mia.schultz@saltmarshclinics.example")
mail(
    key="lh1",
    when=at(2026, 2, 9, 8, 2),
    sender=SALTMARSH_ATS,
    to=[SAM],
    html=True,
    quote_style="none",
    subject="Thank you for applying to Saltmarsh Clinics",
    headers={"X-Mailer": "Hireflow ATS"},
    body=body("""
        Hi Sam,

        Thank you for applying for the Platform Engineer position at Saltmarsh Clinics. We have
        received your application and our team will review it shortly. If your experience matches
        what we are looking for, a member of our team will be in touch.

        Best wishes,
        The Saltmarsh Clinics Talent Team

        This is an automated message; please do not reply. Powered by Hireflow.
        """),
)
mail(
    key="lh2",
    when=at(2026, 2, 16, 10, 30),
    sender=MIA,
    to=[SAM],
    quote_style="gmail",
    subject="Saltmarsh Clinics - Platform Engineer interview",
    body=body("""
        Hi Sam,

        I'm on the talent team at Saltmarsh Clinics. We'd like to invite you to a video interview for the
        Platform Engineer role with our engineering manager, Kai.

        Would Monday 23 February at 9:30 work for you?

        Kind regards,
        Mia Schultz
        """),
)
mail(
    key="lh3",
    when=at(2026, 2, 16, 12, 0),
    sender=SAM,
    to=[MIA],
    reply_to_key="lh2",
    subject="Re: Saltmarsh Clinics - Platform Engineer interview",
    body=body("""
        Hi Mia,

        Thank you! Monday 23 February at 9:30 works for me.

        Best,
        Sam
        """),
)
mail(
    key="lh4",
    when=at(2026, 2, 23, 12, 15),
    sender=SAM,
    to=[MIA],
    reply_to_key="lh3",
    subject="Re: Saltmarsh Clinics - Platform Engineer interview",
    body=body("""
        Hi Mia,

        Thanks for setting up the interview this morning; it was great to talk to Kai about the
        platform roadmap.

        Best,
        Sam
        """),
)
mail(
    key="lh5",
    when=at(2026, 3, 6, 17, 2),
    sender=SALTMARSH_ATS,
    to=[SAM],
    html=True,
    quote_style="none",
    subject="Your application for Platform Engineer at Saltmarsh Clinics",
    headers={"X-Mailer": "Hireflow ATS"},
    body=body("""
        Dear Sam,

        Thank you for your interest in the Platform Engineer position at Saltmarsh Clinics and for the
        time you invested in our interview process.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the needs of the role at this time.

        We appreciate your interest in Saltmarsh Clinics and wish you every success in your search.

        Kind regards,
        The Saltmarsh Clinics Talent Team
        """),
)

# =====================================================================================
# M. Windrose Power — two rounds, then an offer yesterday.
# =====================================================================================
BEN = ("Ben Adler", "ben.adler@windrose-power.example")
mail(
    key="ce1",
    when=at(2026, 2, 9, 13, 5),
    sender=BEN,
    to=[SAM],
    quote_style="gmail",
    subject="Windrose Power - Senior Software Engineer (Data)",
    body=body("""
        Hi Sam,

        Thanks for applying to Windrose! I'm the hiring manager for the grid forecasting team.
        Are you available for a first interview on Friday 13 February at 11:00?

        Ben
        """),
)
mail(
    key="ce2",
    when=at(2026, 2, 9, 14, 12),
    sender=SAM,
    to=[BEN],
    reply_to_key="ce1",
    subject="Re: Windrose Power - Senior Software Engineer (Data)",
    body=body("""
        Hi Ben,

        Yes, Friday 13 February at 11:00 works for me. Looking forward to it!

        Sam
        """),
)
mail(
    key="ce3",
    when=at(2026, 2, 16, 9, 50),
    sender=BEN,
    to=[SAM],
    reply_to_key="ce2",
    quote_style="gmail",
    subject="Re: Windrose Power - Senior Software Engineer (Data)",
    body=body("""
        Hi Sam,

        Thanks again for Friday, the team was impressed. We'd like you to come in for the final
        round: Tuesday 24 February, 13:00-16:00, at our office on Pappelallee. You'll meet our VP
        Engineering and do a short system design session.

        Does that work?

        Ben
        """),
)
mail(
    key="ce4",
    when=at(2026, 2, 16, 11, 2),
    sender=SAM,
    to=[BEN],
    reply_to_key="ce3",
    subject="Re: Windrose Power - Senior Software Engineer (Data)",
    body=body("""
        Hi Ben,

        Great news, thank you! Tuesday 24 February at 13:00 works. See you then.

        Sam
        """),
)
mail(
    key="ce5",
    when=at(2026, 2, 24, 19, 10),
    sender=SAM,
    to=[BEN],
    reply_to_key="ce4",
    subject="Re: Windrose Power - Senior Software Engineer (Data)",
    body=body("""
        Hi Ben,

        Thank you for today, and for the thoughtful system design discussion. I enjoyed meeting
        everyone.

        Sam
        """),
)
mail(
    key="ce6",
    when=at(2026, 3, 9, 17, 45),
    sender=BEN,
    to=[SAM],
    reply_to_key="ce5",
    quote_style="gmail",
    unread=True,
    subject="Offer - Senior Software Engineer (Data)",
    attachments=[
        (
            "Windrose_Offer_Sam_Rivera.pdf",
            "application/pdf",
            b"%PDF-1.4\n% demo placeholder, not a real offer letter\n%%EOF\n",
        )
    ],
    body=body("""
        Hi Sam,

        I'm delighted to let you know that we would like to offer you the position of Senior
        Software Engineer (Data) at Windrose Power!

        The formal offer letter with the details of salary, start date and benefits is attached.
        Take your time to read it, and let me know if you have any questions. Happy to set up a
        call with our People team too.

        We really hope you'll join us.

        Ben
        """),
)

# =====================================================================================
# N. Glasshouse Media — Sam withdraws last Wednesday.
# =====================================================================================
OLIVIA = ("Olivia Grant", "olivia.grant@glasshousemedia.example")
mail(
    key="gm1",
    when=at(2026, 2, 11, 10, 0),
    sender=OLIVIA,
    to=[SAM],
    quote_style="gmail",
    subject="Interview - Data Engineer at Glasshouse Media",
    body=body("""
        Hi Sam,

        Thanks for applying for the Data Engineer role at Glasshouse Media. We'd like to invite you
        to a first interview on Wednesday 18 February at 14:00 on Zoom.

        Best,
        Olivia Grant
        People & Talent
        """),
)
mail(
    key="gm2",
    when=at(2026, 2, 11, 12, 30),
    sender=SAM,
    to=[OLIVIA],
    reply_to_key="gm1",
    subject="Re: Interview - Data Engineer at Glasshouse Media",
    body=body("""
        Hi Olivia,

        Thank you, Wednesday 18 February at 14:00 works for me.

        Best,
        Sam
        """),
)
mail(
    key="gm3",
    when=at(2026, 2, 26, 11, 45),
    sender=OLIVIA,
    to=[SAM],
    reply_to_key="gm2",
    quote_style="gmail",
    subject="Re: Interview - Data Engineer at Glasshouse Media",
    body=body("""
        Hi Sam,

        Thanks for your patience! The team enjoyed meeting you and we'd like to move you to the
        next stage, a take-home exercise (about 4 hours) followed by an on-site in London.
        I'll send the details early next week.

        Olivia
        """),
)
mail(
    key="gm4",
    when=at(2026, 3, 4, 18, 20),
    sender=SAM,
    to=[OLIVIA],
    reply_to_key="gm3",
    subject="Re: Interview - Data Engineer at Glasshouse Media",
    body=body("""
        Hi Olivia,

        Thank you very much for moving me forward, and for your kindness throughout the process.
        After a lot of thought I have decided to withdraw my application: the role being based in
        London full-time doesn't fit with my plans to stay in Berlin.

        I really enjoyed meeting the team and wish you all the best.

        Kind regards,
        Sam
        """),
)

# =====================================================================================
# O. Larkspur Games — an old process that went cold around New Year.
# =====================================================================================
ELLIS = ("Ellis Park", "ellis@larkspurgames.example")
mail(
    key="dg1",
    when=at(2025, 11, 24, 16, 0),
    sender=ELLIS,
    to=[SAM],
    quote_style="gmail",
    subject="Larkspur Games - Backend / Data role",
    body=body("""
        Hey Sam,

        We'd love to talk about the backend/data role on our live-ops team. How about an interview
        on Tuesday 2 December at 11:00?

        Ellis
        """),
)
mail(
    key="dg2",
    when=at(2025, 11, 24, 18, 30),
    sender=SAM,
    to=[ELLIS],
    reply_to_key="dg1",
    subject="Re: Larkspur Games - Backend / Data role",
    body=body("""
        Hey Ellis,

        Sounds great, Tuesday 2 December at 11:00 it is.

        Sam
        """),
)
mail(
    key="dg3",
    when=at(2025, 12, 2, 15, 0),
    sender=SAM,
    to=[ELLIS],
    reply_to_key="dg2",
    subject="Re: Larkspur Games - Backend / Data role",
    body=body("""
        Hi Ellis,

        Thanks for the chat this morning, it was fun to hear about the matchmaking telemetry.

        Sam
        """),
)
mail(
    key="dg4",
    when=at(2025, 12, 10, 10, 0),
    sender=SAM,
    to=[ELLIS],
    reply_to_key="dg3",
    subject="Re: Larkspur Games - Backend / Data role",
    body=body("""
        Hi Ellis,

        Just following up on our interview last week. Any news on the next steps?

        Sam
        """),
)

# =====================================================================================
# P. Saffron Robotics — turned down in January.
# =====================================================================================
INES = ("Inês Costa", "ines.costa@saffronrobotics.example")
mail(
    key="sr1",
    when=at(2026, 1, 7, 10, 0),
    sender=INES,
    to=[SAM],
    quote_style="gmail",
    subject="Saffron Robotics - interview for ML Data Engineer",
    body=body("""
        Hi Sam,

        We'd like to invite you to interview for the ML Data Engineer position. Would Wednesday
        14 January at 15:00 suit you?

        Best,
        Inês Costa
        Talent Acquisition, Saffron Robotics
        """),
)
mail(
    key="sr2",
    when=at(2026, 1, 7, 12, 40),
    sender=SAM,
    to=[INES],
    reply_to_key="sr1",
    subject="Re: Saffron Robotics - interview for ML Data Engineer",
    body=body("""
        Hi Inês,

        Thank you, Wednesday 14 January at 15:00 suits me well.

        Sam
        """),
)
mail(
    key="sr3",
    when=at(2026, 1, 20, 16, 30),
    sender=INES,
    to=[SAM],
    reply_to_key="sr2",
    quote_style="gmail",
    subject="Re: Saffron Robotics - interview for ML Data Engineer",
    body=body("""
        Hi Sam,

        Thank you again for interviewing with us. Unfortunately we have decided not to move forward
        with your application; we were looking for more hands-on experience with robotics sensor
        data. It was a close call and we'd be glad to hear from you again in future.

        All the best,
        Inês
        """),
)

# =====================================================================================
# Noise: job alerts, a newsletter, a recruiter blast, a friend's interview, a climbing date.
# =====================================================================================
ALERTS = ("JobRadar", "alerts@mail.jobradar.example")
for i, (day, count, title) in enumerate([(3, 12, "Data Engineer"), (9, 7, "Analytics Engineer")]):
    mail(
        key=f"jr{i}",
        when=at(2026, 3, day, 6, 5),
        sender=ALERTS,
        to=[SAM],
        html=True,
        quote_style="none",
        unread=day == 9,
        subject=f"{count} new {title} jobs in Berlin match your search",
        headers={
            "List-Unsubscribe": "<https://jobradar.example/unsubscribe?u=84ac1>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        body=body(f"""
            Hi Sam, here are today's new jobs for "{title}" in Berlin:

            {title} - Quantic Freight - Berlin (hybrid) - apply in one click
            Senior {title} - Moonbeam Payments - Remote (EU)
            {title} (m/w/d) - Stadtwerke Nordhafen - Berlin
            Lead {title} - Parcelio - Berlin
            ... and {count - 4} more

            Tip: companies respond faster to applications sent in the first 48 hours.
            Interview coming up? Read our guide: 10 questions to ask your interviewer.

            You are receiving this email because you created a job alert on JobRadar.
            Unsubscribe: https://jobradar.example/unsubscribe?u=84ac1
            """),
    )
mail(
    key="nl1",
    when=at(2026, 3, 6, 7, 0),
    sender=("Data Engineering Weekly", "hello@dataweekly.example"),
    to=[SAM],
    html=True,
    quote_style="none",
    subject="DEW #212: Iceberg everywhere, and how to ace the system design interview",
    headers={
        "List-Id": "Data Engineering Weekly <weekly.dataweekly.example>",
        "List-Unsubscribe": "<mailto:unsubscribe@dataweekly.example?subject=unsubscribe>",
    },
    body=body("""
        This week in data engineering

        1. Iceberg everywhere: why three vendors shipped REST catalogs in the same month.
        2. The system design interview, demystified: a hiring manager on what they listen for,
           and why you should always ask about next steps before you hang up.
        3. Backfills without tears: idempotent partitions in practice.

        Thanks for reading! Forward this to a friend who might enjoy it.
        """),
)
KEVIN = ("Kevin Marsh", "kevin@talentspring.example")
mail(
    key="tsp1",
    when=at(2026, 3, 5, 8, 12),
    sender=KEVIN,
    to=[SAM],
    html=True,
    quote_style="none",
    subject="Exciting opportunity - Lead Data Engineer (remote, EUR 110k+)",
    body=body("""
        Hi Sam,

        Hope this finds you well! I'm working on an exciting Lead Data Engineer opportunity with a
        fast-growing scale-up (fully remote, EUR 110k+ plus equity).

        If you're open to new opportunities, reply with a good time for a quick call and an updated
        CV. If not, no worries - feel free to pass this on to anyone in your network!

        Kevin Marsh
        Senior Talent Consultant, TalentSpring
        """),
)
MAYA = ("Maya Lindqvist", "maya.lindqvist@postbox.example")
mail(
    key="fr1",
    when=at(2026, 3, 4, 21, 14),
    sender=MAYA,
    to=[SAM],
    quote_style="gmail",
    subject="aaah final interview done!!",
    body=body("""
        Sam!!

        I just had my final interview at Zephyr Cloud and I think it went really well?? The panel
        was super nice and they said they'd let me know by Friday. Fingers crossed.

        Drinks on Saturday to celebrate or commiserate? :)

        M
        """),
)
mail(
    key="fr2",
    when=at(2026, 3, 4, 21, 40),
    sender=SAM,
    to=[MAYA],
    reply_to_key="fr1",
    subject="Re: aaah final interview done!!",
    body=body("""
        Amazing, so proud of you! I'm sure they loved you. Saturday drinks for sure, Kater Blau at 8?

        Sam
        """),
)
LEO = ("Leo Brandt", "leo.brandt@postbox.example")
mail(
    key="cl1",
    when=at(2026, 3, 8, 20, 2),
    sender=LEO,
    to=[SAM],
    quote_style="none",
    subject="Invitation: Bouldering @ Thu 12 Mar 2026 19:00 - 21:00 (CET)",
    body=body("""
        Leo Brandt has invited you to an event.

        Bouldering
        When: Thursday 12 Mar 2026 19:00 - 21:00 (Central European Time - Berlin)
        Where: Ostwand Boulderhalle, Revaler Str. 99

        Bringing the new shoes, no excuses this time!

        Going (sam@rivera.example)? Yes - Maybe - No
        """),
    ics=ics_event(
        uid="3f8a21c9leo@postbox.example",
        start="20260312T190000",
        end="20260312T210000",
        tzid="Europe/Berlin",
        summary="Bouldering",
        organizer=LEO,
        attendees=[SAM],
        location="Ostwand Boulderhalle, Revaler Str. 99",
        description="Bringing the new shoes!",
        stamp="20260308T190200Z",
    ),
)


# =====================================================================================
# Writing the Maildir
# =====================================================================================


def message_id(m: Mail) -> str:
    h = hashlib.sha1(f"{m.key}/{m.when.isoformat()}".encode()).hexdigest()
    host = m.mid_host or m.sender[1].partition("@")[2]
    if m.sender == SAM:
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@rivera.example>"
    if "gmail" in m.quote_style or m.quote_style in {"es", "fr"}:
        return f"<CA{h[:10].upper()}+{h[10:26]}@mail.{host}>"
    if m.quote_style == "outlook":
        return f"<DB9PR{h[:6].upper()}{h[6:14]}.{h[14:20]}@mail.{host}>"
    return f"<{h[:24]}@{host}>"


_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MO = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DE_WD = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
_ES_WD = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
_ES_MO = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_FR_WD = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_FR_MO = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


def attribution(parent: Mail, style: str) -> str:
    """The line a mail program writes above a quote, in its own idiom."""
    w, name, addr = parent.when, parent.sender[0], parent.sender[1]
    if style == "de":
        return f"Am {_DE_WD[w.weekday()]}, {w:%d.%m.%Y} um {w:%H:%M} schrieb {name} <{addr}>:"
    if style == "es":
        return (
            f"El {_ES_WD[w.weekday()]}, {w.day} {_ES_MO[w.month - 1]} {w.year} a las {w:%H:%M}, "
            f"{name} (<{addr}>) escribió:"
        )
    if style == "fr":
        day = f"{_FR_WD[w.weekday()]} {w.day} {_FR_MO[w.month - 1]} {w.year}"
        return f"Le {day} à {w:%H:%M}, {name} <{addr}> a écrit :"
    if style == "sam":  # Thunderbird
        return f"On {w:%d/%m/%Y} {w:%H:%M}, {name} wrote:"
    return f"On {_WD[w.weekday()]}, {w.day} {_MO[w.month - 1]} {w.year} at {w:%H:%M}, {name} <{addr}> wrote:"


PROSE_MIN = 75  # in the bodies above, a line this long continues a sentence on the next line


def unwrap(text: str) -> list[tuple[bool, str]]:
    """Paragraphs as (is_prose, text): prose lines joined, other blocks (lists, addresses) kept."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        joined, cur, prose = [], "", False
        for line in lines:
            cur = f"{cur} {line}" if cur else line
            if len(line) >= PROSE_MIN:
                prose = True
                continue
            joined.append(cur)
            cur = ""
        if cur:
            joined.append(cur)
        out.append((prose and len(joined) == 1, "\n".join(joined)))
    return out


def as_sent(m: Mail) -> str:
    """The body as the sender's mail program emits it: Sam's Thunderbird wraps prose at 72
    (format=flowed: a trailing space marks a soft break); webmail and Outlook do not wrap."""
    paras = []
    for prose, para in unwrap(m.body):
        if prose and m.sender == SAM:
            para = " \n".join(textwrap.wrap(para, width=72))
        paras.append(para)
    return "\n\n".join(paras) + "\n"


def quoted(m: Mail, by_key: dict[str, Mail]) -> str:
    if m.reply_to_key is None or m.quote_style == "none":
        return as_sent(m)
    parent = by_key[m.reply_to_key]
    parent_text = quoted(parent, by_key)
    if m.quote_style == "outlook":
        to = "; ".join(n for n, _a in parent.to)
        block = (
            f"From: {parent.sender[0]} <{parent.sender[1]}>\n"
            f"Sent: {parent.when:%A, %d %B %Y %H:%M}\nTo: {to}\n"
            f"Subject: {parent.subject}\n\n{parent_text}"
        )
        return f"{as_sent(m)}\n________________________________\n{block}"
    lines = "\n".join(("> " + line) if line else ">" for line in parent_text.rstrip("\n").splitlines())
    return f"{as_sent(m)}\n{attribution(parent, m.quote_style)}\n{lines}\n"


def html_of(text: str) -> str:
    from html import escape

    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    inner = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>\n" for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{inner}</div></body></html>\n"
    )


def build(m: Mail, by_key: dict[str, Mail]) -> EmailMessage:
    msg = EmailMessage(policy=policy.default.clone(max_line_length=120))
    msg["From"] = formataddr(m.sender)
    msg["To"] = ", ".join(formataddr(a) for a in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(formataddr(a) for a in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.when)
    msg["Message-ID"] = message_id(m)
    if m.reply_to_key:
        chain: list[str] = []
        k: str | None = m.reply_to_key
        while k:
            chain.insert(0, message_id(by_key[k]))
            k = by_key[k].reply_to_key
        msg["In-Reply-To"] = chain[-1]
        msg["References"] = " ".join(chain)
    msg["MIME-Version"] = "1.0"
    if m.sender == SAM:
        msg["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
    for k, v in m.headers.items():
        msg[k] = v
    text = quoted(m, by_key)
    if m.sender == SAM:
        msg.set_content(text, charset="utf-8", params={"format": "flowed"})
    else:
        msg.set_content(text, charset="utf-8")
    if m.html:
        msg.add_alternative(html_of(text), subtype="html", charset="utf-8")
    if m.ics:
        if not m.html:
            msg.add_alternative(html_of(text), subtype="html", charset="utf-8")
        msg.add_alternative(
            m.ics.encode(),
            maintype="text",
            subtype="calendar",
            params={"method": m.ics_method, "charset": "UTF-8"},
        )
        msg.add_attachment(m.ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for filename, ctype, data in m.attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    # Deterministic boundaries, so that rebuilding changes nothing.
    multiparts = [part for part in msg.walk() if part.is_multipart()]
    for i, part in enumerate(multiparts):
        part.set_boundary("0000000000" + hashlib.sha1(f"{m.key}/{i}".encode()).hexdigest()[:18])
    return msg


def write(out: Path) -> int:
    by_key = {m.key: m for m in MAILS}
    if out.exists():
        shutil.rmtree(out)
    for folder in ("", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (out / folder / sub).mkdir(parents=True, exist_ok=True)
    for i, m in enumerate(sorted(MAILS, key=lambda m: m.when)):
        raw = build(m, by_key).as_bytes()
        base = f"{int(m.when.timestamp())}.M{i:03d}P4711.sam-laptop,S={len(raw)}"
        box = out / (".Sent" if m.folder == "Sent" else "")
        if m.unread:
            path = box / "new" / base
        else:
            path = (
                box
                / "cur"
                / f"{base}:2,{'S' if m.folder == 'Sent' else 'RS' if _answered(m, by_key) else 'S'}"
            )
        path.write_bytes(raw)
    return len(MAILS)


def _answered(m: Mail, by_key: dict[str, Mail]) -> bool:
    return any(o.reply_to_key == m.key and o.sender == SAM for o in by_key.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    n = write(args.out)
    print(f"wrote {n} messages to {args.out}")


if __name__ == "__main__":
    main()
