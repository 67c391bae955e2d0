"""Build the fourth labelled mailbox (bench/heldout3/): labels.json + mail/<slug>/<NN>-<inbox|sent>.eml.

    python bench/heldout3/generate.py            write the mailbox
    python bench/heldout3/generate.py --check    also print every label and the convention checks

A small independent mailbox in the corpus format, written without looking at the
detection code or at any other mailbox's mail. Helpers are copied from
bench/heldout2/generate.py. Deterministic. Owner: Jonas Lindqvist, Europe/Berlin,
mostly German and French mail. `expected` is derived from the facts with
watcher.policy exactly as bench/heldout2/generate.py does.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from email.policy import SMTP
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mailkit import (
    App,
    Cal,
    M,
    Mailbox,
    main,
    use,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

UTCZ = ZoneInfo("UTC")
PHX = ZoneInfo("America/Phoenix")
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
KOL = ZoneInfo("Asia/Kolkata")
PAR = ZoneInfo("Europe/Paris")
MAD = ZoneInfo("Europe/Madrid")
BER = ZoneInfo("Europe/Berlin")

OWNER = ("Jonas Lindqvist", "jonas@lindqvist.example")
ALIAS = ("Jonas Lindqvist", "jonas.lindqvist@example.org")
TIMEZONE = "Europe/Berlin"
EVALUATE_AT = ["2026-03-26T08:00:00+01:00", "2026-04-16T08:00:00+02:00", "2026-05-21T08:00:00+02:00"]
POLICY = {
    "first_nudge_after_days": 7,
    "min_days_between_nudges": 7,
    "max_nudges": 3,
    "give_up_after_days": 30,
    "weekdays_only": True,
}
MAIL_POLICY = SMTP.clone(max_line_length=78)

Person = tuple[str, str]


def at(stamp: str, tz: ZoneInfo = BER) -> datetime:
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
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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
        salt="heldout3",
        owner=OWNER,
        alias=ALIAS,
        tz=BER,
        evaluate_at=EVALUATE_AT,
        span=(d("2026-03-01"), d("2026-05-20")),
        vtz=VTZ,
        policy=POLICY,
    )
)
ME = OWNER
ME2 = ALIAS


# --- 1. Tamarack Data: Rippling acknowledgement (null on Mar 12), "how about Thu 3/19 at 1:30 PT?", Outlook ----


# =============================================================================
# The mailbox (heldout3). People, companies and domains are fictional.
# =============================================================================


def gm(**kw: object) -> dict[str, object]:
    """The owner's usual client: Gmail on the web, German locale."""
    return {"html": "auto", "mid_style": "gmail", "quote": "de", **kw}


def tb(**kw: object) -> dict[str, object]:
    """Thunderbird for the example.org address: plain text, wrapped at 72."""
    return {"mid_style": "thunderbird", "quote": "de-tb", "cte": "auto", **kw}


def ol(**kw: object) -> dict[str, object]:
    return {"html": "auto", "mid_style": "outlook", "quote": "de-outlook", "re": "AW: ", **kw}


# --- 1. Brennholz Logistik: Personio look-alike ack, prose date, "bis Ende der Woche", 1 nudge, terse ATS rejection
WIEBKE = ("Wiebke Sandhagen", "wiebke.sandhagen@brennholz-logistik.example")
BRENNHOLZ_ATS = ("Brennholz Logistik GmbH via Personio", "no-reply@personio-notify.example")
BRENNHOLZ = App(
    "brennholz-logistik",
    "Brennholz Logistik",
    "Personio ack; prose 'am Donnerstag, 12. März, um 9:00 Uhr'; 'bis Ende der Woche' (Fri Mar 20); one nudge; "
    "terse automated German rejection",
    [
        M(
            at("2026-03-03 08:41"),
            BRENNHOLZ_ATS,
            [ME],
            """
            Hallo Jonas Lindqvist,

            vielen Dank für Ihre Bewerbung als Teamleiter Datenplattform (m/w/d). Wir haben Ihre Unterlagen
            erhalten und melden uns, sobald wir sie gesichtet haben.

            Ihr Recruiting-Team der Brennholz Logistik GmbH

            Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
            """,
            subject="Ihre Bewerbung bei Brennholz Logistik GmbH",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-03-09 10:12"),
            WIEBKE,
            [ME],
            """
            Hallo Herr Lindqvist,

            vielen Dank für Ihre Bewerbung. Wir würden Sie gern in einem ersten Gespräch (ca. 45 Minuten, per
            Teams) kennenlernen. Passt es Ihnen am Donnerstag, 12. März, um 9:00 Uhr?

            Viele Grüße
            Wiebke Sandhagen
            Personal | Brennholz Logistik GmbH
            """,
            subject="Teamleiter Datenplattform - Kennenlernen",
            emp=True,
            **ol(quote=None),
        ),
        M(
            at("2026-03-09 11:30"),
            ME,
            [WIEBKE],
            """
            Hallo Frau Sandhagen,

            vielen Dank! Donnerstag, 12. März um 9:00 Uhr passt mir sehr gut.

            Viele Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-12 13:05"),
            ME,
            [WIEBKE],
            """
            Hallo Frau Sandhagen,

            danke für das angenehme Gespräch heute Vormittag. Die Rolle klingt sehr spannend.

            Viele Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-16 16:20"),
            WIEBKE,
            [ME],
            """
            Hallo Herr Lindqvist,

            kurzes Update: Wir führen noch zwei Gespräche und melden uns bis Ende der Woche bei Ihnen.

            Viele Grüße
            Wiebke Sandhagen
            """,
            emp=True,
            **ol(),
        ),
        M(
            at("2026-03-24 09:02"),
            ME,
            [WIEBKE],
            """
            Hallo Frau Sandhagen,

            ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Gibt es schon Neuigkeiten?

            Viele Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-04-02 07:15"),
            BRENNHOLZ_ATS,
            [ME],
            """
            Hallo Jonas Lindqvist,

            vielen Dank für Ihr Interesse an der Position Teamleiter Datenplattform (m/w/d). Leider können wir
            Sie nicht weiter berücksichtigen.

            Wir wünschen Ihnen alles Gute.
            Ihr Recruiting-Team der Brennholz Logistik GmbH
            """,
            subject="Ihre Bewerbung bei Brennholz Logistik GmbH",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack2",
            new_thread=True,
        ),
    ],
    interviews=[(at("2026-03-12 09:00"), "2026-03-09")],
    reply_by=[("2026-03-20", "2026-03-16")],
    outcome=("rejected", "2026-04-02"),
)


# --- 2. Ostrakon Versicherung: Berlin invite, moved (SEQUENCE:1), references asked and answered, 2 nudges, cold ---
TILL = ("Till Ravensberger", "till.ravensberger@ostrakon-versicherung.example")


def ostrakon_cal(start: str, seq: int) -> Cal:
    s = at(start)
    return Cal(
        "REQUEST",
        "ostr-7731-interview@ostrakon-versicherung.example",
        "Interview Jonas Lindqvist - Senior Analytics Engineer",
        TILL,
        s,
        s + timedelta(hours=1),
        tzid="Europe/Berlin",
        seq=seq,
        location="Ostrakon Versicherung, Am Speicher 4, Bremen / Teams",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    )


OSTRAKON = App(
    "ostrakon-versicherung",
    "Ostrakon Versicherung",
    "Outlook invite Mar 19 moved to Mar 24 by SEQUENCE:1; references asked Apr 1, answered Apr 2; "
    "two nudges; cold by May 21",
    [
        M(
            at("2026-03-12 14:40"),
            TILL,
            [ME],
            """
            Sehr geehrter Herr Lindqvist,

            wir laden Sie herzlich zu einem Vorstellungsgespräch ein. Die Einladung finden Sie im Anhang.

            Mit freundlichen Grüßen
            Till Ravensberger
            Talent Acquisition, Ostrakon Versicherung AG
            """,
            subject="Einladung zum Vorstellungsgespräch - Senior Analytics Engineer",
            emp=True,
            cals=[ostrakon_cal("2026-03-19 14:00", 0)],
            **ol(quote=None),
        ),
        M(
            at("2026-03-12 18:03"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            vielen Dank für die Einladung, den Termin habe ich angenommen. Ich freue mich auf das Gespräch.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-17 09:25"),
            TILL,
            [ME],
            """
            Sehr geehrter Herr Lindqvist,

            leider müssen wir das Gespräch verschieben. Neuer Termin: Dienstag, 24. März, 9:30 Uhr. Die
            aktualisierte Einladung ist beigefügt.

            Mit freundlichen Grüßen
            Till Ravensberger
            """,
            subject="Aktualisiert: Einladung zum Vorstellungsgespräch - Senior Analytics Engineer",
            emp=True,
            cals=[ostrakon_cal("2026-03-24 09:30", 1)],
            **ol(),
        ),
        M(
            at("2026-03-17 10:02"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            kein Problem, der 24. März um 9:30 Uhr passt mir ebenfalls.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-24 15:48"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            herzlichen Dank für das Gespräch heute Morgen und die Einblicke in Ihr Team.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-04-01 11:10"),
            TILL,
            [ME],
            """
            Sehr geehrter Herr Lindqvist,

            das Team war von dem Gespräch angetan. Könnten Sie uns bitte zwei Referenzen (Name, Funktion,
            Telefonnummer) nennen?

            Mit freundlichen Grüßen
            Till Ravensberger
            """,
            emp=True,
            ask=True,
            **ol(),
        ),
        M(
            at("2026-04-02 08:30"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            gern: Dr. Henrike Ost (Abteilungsleiterin, +49 40 5550 1822) und Malte Jessen (Teamleiter,
            +49 40 5550 1907). Beide wissen Bescheid.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-04-20 09:14"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            ich wollte freundlich nachfragen, ob es zu meiner Bewerbung schon einen neuen Stand gibt.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-04-29 17:40"),
            ME,
            [TILL],
            """
            Sehr geehrter Herr Ravensberger,

            ich melde mich noch einmal - ich bin weiterhin sehr an der Stelle interessiert und würde mich über
            eine kurze Rückmeldung freuen.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
    ],
    interviews=[(at("2026-03-24 09:30"), "2026-03-17")],
)


# --- 3. Maison Verveine: French, "demain à 14h", second round .ics (Europe/Paris), "avant le 30 avril", offer ---
SOLENE = ("Solène Argoud", "solene.argoud@maison-verveine.example")
VERVEINE = App(
    "maison-verveine",
    "Maison Verveine",
    "'demain à 14h' (Mar 5), second round .ics in Europe/Paris on Mar 18; 'avant le 30 avril' holds nudges to "
    "May 1; offer in French on Apr 14",
    [
        M(
            at("2026-03-04 16:22", PAR),
            SOLENE,
            [ME],
            """
            Bonjour Jonas,

            Merci pour votre candidature au poste de Responsable Data. Seriez-vous disponible demain à 14h pour
            un premier échange téléphonique d'une demi-heure ?

            Bien cordialement,
            Solène Argoud
            Chargée de recrutement, Maison Verveine
            """,
            subject="Candidature Responsable Data - premier échange",
            emp=True,
            html="auto",
            mid_style="other",
        ),
        M(
            at("2026-03-04 17:05"),
            ME,
            [SOLENE],
            """
            Bonjour Solène,

            Avec plaisir, demain à 14h me convient parfaitement.

            Bien cordialement,
            Jonas Lindqvist
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-03-05 15:10"),
            ME,
            [SOLENE],
            """
            Bonjour Solène,

            Merci pour cet échange très agréable.

            Bien cordialement,
            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-03-10 10:30", PAR),
            SOLENE,
            [ME],
            """
            Bonjour Jonas,

            Nous souhaitons poursuivre avec un entretien avec Bastien Ferrand, notre directeur technique. Vous
            trouverez l'invitation en pièce jointe.

            Bien cordialement,
            Solène
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="fr",
            cals=[
                Cal(
                    "REQUEST",
                    "verveine-entretien-2@maison-verveine.example",
                    "Entretien Jonas Lindqvist / Bastien Ferrand",
                    SOLENE,
                    at("2026-03-18 11:00", PAR),
                    at("2026-03-18 12:00", PAR),
                    tzid="Europe/Paris",
                    location="Visio",
                    attach=True,
                )
            ],
        ),
        M(
            at("2026-03-10 12:44"),
            ME,
            [SOLENE],
            """
            Bonjour Solène,

            C'est noté, merci ! À mercredi 18 mars.

            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-03-18 16:02"),
            ME,
            [SOLENE],
            """
            Bonjour Solène,

            Merci pour l'entretien de ce matin avec Bastien, j'ai beaucoup apprécié la discussion.

            Bien cordialement,
            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-03-20 11:15", PAR),
            SOLENE,
            [ME],
            """
            Bonjour Jonas,

            Merci à vous. Nous rencontrons encore quelques candidats et nous reviendrons vers vous avant le 30
            avril.

            Bien cordialement,
            Solène
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="fr",
        ),
        M(
            at("2026-04-14 10:05", PAR),
            SOLENE,
            [ME],
            """
            Bonjour Jonas,

            J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de Responsable Data.
            Vous trouverez notre proposition d'embauche en pièce jointe. N'hésitez pas à m'appeler si vous avez
            des questions.

            Bien cordialement,
            Solène
            """,
            subject="Proposition d'embauche - Responsable Data",
            emp=True,
            html="auto",
            mid_style="other",
            quote="fr",
            files=[("proposition.txt", "text/plain", "Proposition d'embauche\nPoste : Responsable Data\n")],
        ),
        M(
            at("2026-04-15 09:20"),
            ME,
            [SOLENE],
            """
            Bonjour Solène,

            Merci beaucoup, c'est une excellente nouvelle ! Je reviens vers vous très vite avec ma réponse.

            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
    ],
    interviews=[(at("2026-03-05 14:00", PAR), "2026-03-04"), (at("2026-03-18 11:00", PAR), "2026-03-10")],
    reply_by=[("2026-04-30", "2026-03-20")],
    outcome=("offer", "2026-04-14"),
)


# --- 4. Quellwerk Energie: "nächsten Dienstag, 14 Uhr", "innerhalb von 10 Tagen", still reviewing, 2 nudges, due ---
FRIEDA = ("Frieda Wolkenstein", "frieda.wolkenstein@quellwerk-energie.example")
QUELLWERK = App(
    "quellwerk-energie",
    "Quellwerk Energie",
    "'nächsten Dienstag, 14 Uhr' (Apr 7) from Thunderbird; 'innerhalb von 10 Tagen' (Apr 19, a Sunday); "
    "a still-reviewing reply to the first nudge, then two more nudges: due on May 21",
    [
        M(
            at("2026-04-02 11:40"),
            FRIEDA,
            [ME2],
            """
            Hallo Jonas,

            danke für deine Bewerbung als Data Engineer. Wir würden dich gern kennenlernen - passt dir nächsten
            Dienstag, 14 Uhr? Wir treffen uns per Video.

            Viele Grüße
            Frieda
            """,
            subject="Data Engineer bei Quellwerk",
            emp=True,
            mid_style="other",
        ),
        M(
            at("2026-04-02 13:02"),
            ME2,
            [FRIEDA],
            """
            Hallo Frieda,

            Dienstag um 14 Uhr passt, danke! Ich freue mich.

            Viele Grüße
            Jonas
            """,
            sent=True,
            **tb(),
        ),
        M(
            at("2026-04-07 16:30"),
            ME2,
            [FRIEDA],
            """
            Hallo Frieda,

            vielen Dank für das Gespräch heute, hat mir viel Spaß gemacht.

            Viele Grüße
            Jonas
            """,
            sent=True,
            **tb(),
        ),
        M(
            at("2026-04-09 10:10"),
            FRIEDA,
            [ME2],
            """
            Hallo Jonas,

            danke dir ebenfalls! Wir sprechen intern noch mit dem Fachbereich - du hörst innerhalb von 10 Tagen
            von uns.

            Viele Grüße
            Frieda
            """,
            emp=True,
            mid_style="other",
            quote="de",
        ),
        M(
            at("2026-04-22 08:50"),
            ME2,
            [FRIEDA],
            """
            Hallo Frieda,

            gibt es schon etwas Neues zur Data-Engineer-Stelle? Ich bin weiterhin sehr interessiert.

            Viele Grüße
            Jonas
            """,
            sent=True,
            **tb(),
        ),
        M(
            at("2026-04-24 14:05"),
            FRIEDA,
            [ME2],
            """
            Hallo Jonas,

            sorry für die Verzögerung - die Entscheidung ist noch in Abstimmung. Ich melde mich, sobald ich mehr
            weiß.

            Viele Grüße
            Frieda
            """,
            emp=True,
            mid_style="other",
            quote="de",
        ),
        M(
            at("2026-05-04 09:30"),
            ME2,
            [FRIEDA],
            """
            Hallo Frieda,

            ich wollte mich noch einmal melden - gibt es inzwischen eine Entscheidung?

            Viele Grüße
            Jonas
            """,
            sent=True,
            **tb(),
        ),
        M(
            at("2026-05-12 09:12"),
            ME2,
            [FRIEDA],
            """
            Hallo Frieda,

            kurze Nachfrage zur Data-Engineer-Stelle: Ist der Prozess noch offen?

            Viele Grüße
            Jonas
            """,
            sent=True,
            **tb(),
        ),
    ],
    interviews=[(at("2026-04-07 14:00"), "2026-04-02")],
    reply_by=[("2026-04-19", "2026-04-09")],
)


# --- 5. Caracola Studios: Spanish, UTC invite, nudge, work sample asked (your_turn on Apr 16), late answer, rejection --
ITZIAR = ("Itziar Montoya", "itziar.montoya@caracolastudios.example")
CARACOLA = App(
    "caracola-studios",
    "Caracola Studios",
    "Spanish; UTC invite (11:00 Berlin); one nudge; work sample asked Apr 1 and sent only Apr 20 (your_turn on "
    "Apr 16); personal rejection in Spanish",
    [
        M(
            at("2026-03-16 12:00", MAD),
            ITZIAR,
            [ME],
            """
            Hola Jonas:

            Gracias por tu interés en el puesto de Analista de Datos. Te envío una invitación para una entrevista
            por videollamada con el equipo.

            Un saludo,
            Itziar Montoya
            Caracola Studios
            """,
            subject="Entrevista - Analista de Datos",
            emp=True,
            html="auto",
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "car-20260320@caracolastudios.example",
                    "Entrevista Jonas Lindqvist",
                    ITZIAR,
                    datetime(2026, 3, 20, 10, 0, tzinfo=UTC),
                    datetime(2026, 3, 20, 11, 0, tzinfo=UTC),
                    location="https://meet.example/car-jl",
                )
            ],
        ),
        M(
            at("2026-03-16 13:15"),
            ME,
            [ITZIAR],
            """
            Hola Itziar:

            ¡Gracias! He aceptado la invitación.

            Saludos,
            Jonas
            """,
            sent=True,
            **gm(quote="es"),
        ),
        M(
            at("2026-03-20 12:40"),
            ME,
            [ITZIAR],
            """
            Hola Itziar:

            Muchas gracias por la entrevista de esta mañana, me ha gustado mucho conocer al equipo.

            Saludos,
            Jonas
            """,
            sent=True,
            **gm(quote="es"),
        ),
        M(
            at("2026-03-30 10:00"),
            ME,
            [ITZIAR],
            """
            Hola Itziar:

            Quería saber si hay novedades sobre el proceso.

            Saludos,
            Jonas
            """,
            sent=True,
            **gm(quote="es"),
        ),
        M(
            at("2026-04-01 17:20", MAD),
            ITZIAR,
            [ME],
            """
            Hola Jonas:

            Perdona la espera. Como siguiente paso, ¿podrías enviarnos un pequeño ejercicio? Adjunto el
            enunciado; bastan dos o tres horas.

            Un saludo,
            Itziar
            """,
            emp=True,
            ask=True,
            html="auto",
            mid_style="other",
            quote="es",
            files=[
                (
                    "ejercicio.txt",
                    "text/plain",
                    "Ejercicio: analiza el fichero de ventas y resume tres hallazgos.\n",
                )
            ],
        ),
        M(
            at("2026-04-20 19:05"),
            ME,
            [ITZIAR],
            """
            Hola Itziar:

            Perdona la tardanza, adjunto mi ejercicio.

            Saludos,
            Jonas
            """,
            sent=True,
            files=[("ejercicio_jonas.txt", "text/plain", "Tres hallazgos...\n")],
            **gm(quote="es"),
        ),
        M(
            at("2026-05-05 11:30", MAD),
            ITZIAR,
            [ME],
            """
            Hola Jonas:

            Gracias por tu ejercicio y por tu tiempo. Tras valorarlo, hemos decidido seguir con otros candidatos
            cuyo perfil se ajusta más a lo que buscamos. Te deseamos mucha suerte.

            Un saludo,
            Itziar
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="es",
        ),
    ],
    interviews=[(datetime(2026, 3, 20, 10, 0, tzinfo=UTC), "2026-03-16")],
    outcome=("rejected", "2026-05-05"),
)


# --- 6. Fennek Robotics: English, ATS look-alike with a human sender, availability asked, "by the end of the month",
#        withdrawal -----------------------------------------------------------------------------------------------
HALLIE = ("Hallie Ormsworth (Fennek Robotics)", "notifications@hiretrail-mail.example")
HALLIE_RT = ("Hallie Ormsworth", "hallie.ormsworth@fennek-robotics.example")
FENNEK_ATS = ("Fennek Robotics via HireTrail", "no-reply@hiretrail-mail.example")
FENNEK = App(
    "fennek-robotics",
    "Fennek Robotics",
    "ATS ack Mar 2; recruiter via the ATS asks for slots Mar 23; invite Mar 25 (upcoming on Mar 26); "
    "'by the end of the month' holds the nudge to May 1; the owner withdraws in English",
    [
        M(
            at("2026-03-02 09:05"),
            FENNEK_ATS,
            [ME],
            """
            Hi Jonas,

            Thanks for applying to Fennek Robotics for the Perception Data Lead role. We have received your
            application and will be in touch if there's a fit.

            The Fennek Robotics Talent Team
            """,
            subject="Your application to Fennek Robotics",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-03-23 15:10"),
            HALLIE,
            [ME],
            """
            Hi Jonas,

            I'm the recruiter for the Perception Data Lead role. We'd love to set up a 60-minute interview with
            our Head of Perception. Could you send me two or three slots that work for you next week?

            Best,
            Hallie
            """,
            subject="Fennek Robotics - interview for Perception Data Lead",
            emp=True,
            ask=True,
            reply_to=HALLIE_RT,
            html="auto",
            mid_style="other",
        ),
        M(
            at("2026-03-24 08:45"),
            ME,
            [HALLIE_RT],
            """
            Hi Hallie,

            Thanks! Next week I could do Wednesday 1 April 10:00-12:00 or Thursday 2 April after 14:00 (Berlin time).

            Best,
            Jonas
            """,
            sent=True,
            **gm(quote="gmail-us"),
        ),
        M(
            at("2026-03-25 11:00"),
            HALLIE_RT,
            [ME],
            """
            Hi Jonas,

            Thursday at 15:00 it is - invite attached.

            Best,
            Hallie
            """,
            emp=True,
            html="auto",
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "fennek-iv-0402@fennek-robotics.example",
                    "Fennek Robotics interview - Jonas Lindqvist",
                    HALLIE_RT,
                    at("2026-04-02 15:00"),
                    at("2026-04-02 16:00"),
                    tzid="Europe/Berlin",
                )
            ],
        ),
        M(
            at("2026-03-25 12:10"),
            ME,
            [HALLIE_RT],
            """
            Perfect, see you then. Thanks Hallie!

            Jonas
            """,
            sent=True,
            **gm(quote="gmail-us"),
        ),
        M(
            at("2026-04-02 17:05"),
            ME,
            [HALLIE_RT],
            """
            Hi Hallie,

            Thanks for organising today's interview - I enjoyed the conversation with Arvid.

            Best,
            Jonas
            """,
            sent=True,
            **gm(quote="gmail-us"),
        ),
        M(
            at("2026-04-06 10:30"),
            HALLIE_RT,
            [ME],
            """
            Hi Jonas,

            Thanks for your time! The team is meeting other candidates; we'll get back to you by the end of the
            month.

            Best,
            Hallie
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="gmail-us",
        ),
        M(
            at("2026-05-06 09:40"),
            ME,
            [HALLIE_RT],
            """
            Hi Hallie,

            I wanted to let you know that I have accepted another offer, so I'd like to withdraw my application
            for the Perception Data Lead role. Thank you and the team for your time - I hope our paths cross again.

            Best regards,
            Jonas
            """,
            sent=True,
            **gm(quote="gmail-us"),
        ),
    ],
    interviews=[(at("2026-04-02 15:00"), "2026-03-25")],
    reply_by=[("2026-04-30", "2026-04-06")],
    outcome=("withdrawn", "2026-05-06"),
)


# --- 7. Kupferhain Medizintechnik via an agency: "am Mittwoch um 10:30", three nudges, cold --------------------------
RAGNHILD = ("Ragnhild Oberfeld", "r.oberfeld@kranichfeld-personal.example")
KUPFERHAIN = App(
    "kupferhain-medizintechnik",
    "Kupferhain Medizintechnik",
    "agency recruiter (Kranichfeld Personalberatung) for Kupferhain; 'am Mittwoch um 10:30' (Mar 11); three "
    "unanswered nudges; due on Mar 26, cold from Apr 10",
    [
        M(
            at("2026-03-05 09:30"),
            RAGNHILD,
            [ME],
            """
            Guten Tag Herr Lindqvist,

            ich bin Personalberaterin bei der Kranichfeld Personalberatung und betreue für unseren Kunden, die
            Kupferhain Medizintechnik GmbH in Jena, die Position Head of Data. Ihr Profil passt hervorragend.
            Hätten Sie Interesse?

            Beste Grüße
            Ragnhild Oberfeld
            Kranichfeld Personalberatung
            """,
            subject="Head of Data - Kupferhain Medizintechnik",
            emp=True,
            **ol(quote=None),
        ),
        M(
            at("2026-03-05 12:20"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            ja, das klingt interessant. Meinen aktuellen Lebenslauf schicke ich Ihnen gern.

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-10 10:05"),
            RAGNHILD,
            [ME],
            """
            Guten Tag Herr Lindqvist,

            Kupferhain möchte Sie gern kennenlernen: Gespräch mit dem CTO, Dr. Lorenz Vesper, am Mittwoch um
            10:30 per Teams. Ich schicke Ihnen den Link separat.

            Beste Grüße
            Ragnhild Oberfeld
            """,
            emp=True,
            **ol(),
        ),
        M(
            at("2026-03-10 10:40"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            sehr gern, Mittwoch um 10:30 passt.

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-11 14:15"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            das Gespräch mit Dr. Vesper war sehr gut, vielen Dank für die Vermittlung.

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-19 09:00"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            gibt es schon eine Rückmeldung von Kupferhain?

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-03-27 08:40"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            ich wollte noch einmal nachhaken, ob Kupferhain sich schon gemeldet hat.

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-04-03 10:10"),
            ME,
            [RAGNHILD],
            """
            Guten Tag Frau Oberfeld,

            ein letztes Mal meine Nachfrage zur Position bei Kupferhain - über eine kurze Rückmeldung würde ich
            mich freuen.

            Beste Grüße
            Jonas Lindqvist
            """,
            sent=True,
            **gm(),
        ),
    ],
    interviews=[(at("2026-03-11 10:30"), "2026-03-10")],
)


# --- 8. Lumenreif: join-mail ack, invite, CANCEL, new invite (UTC-free Berlin) -> upcoming on May 21 ------------------
BENEDIKT = ("Benedikt Aschenbrenner", "benedikt.aschenbrenner@lumenreif.example")
LUMENREIF_ATS = ("Lumenreif GmbH über JOIN", "noreply@join-mail.example")


def lumen_cal(method: str, uid: str, start: str, status: str = "CONFIRMED") -> Cal:
    s = at(start)
    return Cal(
        method,
        uid,
        "Vorstellungsgespräch Jonas Lindqvist",
        BENEDIKT,
        s,
        s + timedelta(minutes=45),
        tzid="Europe/Berlin",
        status=status,
        attach=True,
        filename="einladung.ics",
    )


LUMENREIF = App(
    "lumenreif",
    "Lumenreif",
    "JOIN ack Apr 20 (null on Apr 16); invite for May 19 cancelled by METHOD:CANCEL on May 15, new invite "
    "(new UID) for May 27: upcoming on May 21",
    [
        M(
            at("2026-04-20 08:00"),
            LUMENREIF_ATS,
            [ME],
            """
            Hallo Jonas,

            vielen Dank für deine Bewerbung als BI Engineer bei der Lumenreif GmbH. Wir haben sie erhalten.

            Dein Lumenreif-Team
            """,
            subject="Bewerbung eingegangen: BI Engineer",
            auto=True,
            html="auto",
            mid_style="other",
            thread="ack",
        ),
        M(
            at("2026-05-12 13:20"),
            BENEDIKT,
            [ME],
            """
            Hallo Jonas,

            wir möchten dich gern zu einem Vorstellungsgespräch einladen - die Einladung hängt an.

            Viele Grüße
            Benedikt Aschenbrenner
            Lumenreif GmbH
            """,
            subject="Einladung: Vorstellungsgespräch BI Engineer",
            emp=True,
            mid_style="other",
            cals=[lumen_cal("REQUEST", "lumen-iv-1@lumenreif.example", "2026-05-19 10:00")],
        ),
        M(
            at("2026-05-12 14:00"),
            ME,
            [BENEDIKT],
            """
            Hallo Benedikt,

            danke, der Termin passt mir. Bis dann!

            Viele Grüße
            Jonas
            """,
            sent=True,
            **gm(),
        ),
        M(
            at("2026-05-15 09:10"),
            BENEDIKT,
            [ME],
            """
            Hallo Jonas,

            leider muss der Termin am Dienstag entfallen, unsere Teamleiterin ist krank. Ich schicke dir
            gleich Anfang nächster Woche einen neuen Termin.

            Viele Grüße
            Benedikt
            """,
            subject="Abgesagt: Vorstellungsgespräch BI Engineer",
            emp=True,
            mid_style="other",
            cals=[lumen_cal("CANCEL", "lumen-iv-1@lumenreif.example", "2026-05-19 10:00", "CANCELLED")],
        ),
        M(
            at("2026-05-18 10:30"),
            BENEDIKT,
            [ME],
            """
            Hallo Jonas,

            wie versprochen der neue Termin: Mittwoch, 27. Mai, 13:00 Uhr. Einladung anbei.

            Viele Grüße
            Benedikt
            """,
            subject="Einladung: Vorstellungsgespräch BI Engineer (neuer Termin)",
            emp=True,
            mid_style="other",
            cals=[lumen_cal("REQUEST", "lumen-iv-2@lumenreif.example", "2026-05-27 13:00")],
        ),
        M(
            at("2026-05-18 11:05"),
            ME,
            [BENEDIKT],
            """
            Hallo Benedikt,

            passt, danke! Gute Besserung an deine Kollegin.

            Viele Grüße
            Jonas
            """,
            sent=True,
            **gm(),
        ),
    ],
    interviews=[(at("2026-05-27 13:00"), "2026-05-18")],
)


# --- 9. Atelier Cormier: French, .ics (Paris), availability asked, prose second round, "d'ici le 22 mai" -----------
GAELLE = ("Gaëlle Trémoulin", "gaelle.tremoulin@atelier-cormier.example")
CORMIER = App(
    "atelier-cormier",
    "Atelier Cormier",
    "French; first interview by .ics (Europe/Paris), slots asked and given, second round in prose 'mardi 5 mai à "
    "11h'; 'd'ici le 22 mai' rolls the first nudge to Mon May 25: waiting on May 21",
    [
        M(
            at("2026-04-20 11:00", PAR),
            GAELLE,
            [ME],
            """
            Bonjour Jonas,

            Suite à votre candidature pour le poste d'Ingénieur Analytics, je vous propose un premier entretien
            jeudi 23 avril à 16h. Vous trouverez l'invitation ci-jointe.

            Cordialement,
            Gaëlle Trémoulin
            Atelier Cormier
            """,
            subject="Entretien - Ingénieur Analytics",
            emp=True,
            html="auto",
            mid_style="other",
            cals=[
                Cal(
                    "REQUEST",
                    "cormier-e1@atelier-cormier.example",
                    "Entretien Atelier Cormier",
                    GAELLE,
                    at("2026-04-23 16:00", PAR),
                    at("2026-04-23 16:45", PAR),
                    tzid="Europe/Paris",
                )
            ],
        ),
        M(
            at("2026-04-20 12:30"),
            ME,
            [GAELLE],
            """
            Bonjour Gaëlle,

            Merci, c'est accepté. À jeudi !

            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-04-23 18:00"),
            ME,
            [GAELLE],
            """
            Bonjour Gaëlle,

            Merci pour l'entretien de cet après-midi.

            Cordialement,
            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-04-28 09:45", PAR),
            GAELLE,
            [ME],
            """
            Bonjour Jonas,

            Nous aimerions organiser un second entretien avec l'équipe. Pourriez-vous m'envoyer vos
            disponibilités pour la semaine prochaine ?

            Cordialement,
            Gaëlle
            """,
            emp=True,
            ask=True,
            html="auto",
            mid_style="other",
            quote="fr",
        ),
        M(
            at("2026-04-29 08:20"),
            ME,
            [GAELLE],
            """
            Bonjour Gaëlle,

            Je suis disponible lundi 4 mai toute la journée et mardi 5 mai le matin.

            Cordialement,
            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-04-30 10:10", PAR),
            GAELLE,
            [ME],
            """
            Bonjour Jonas,

            Parfait : rendez-vous mardi 5 mai à 11h avec l'équipe, en visio.

            Cordialement,
            Gaëlle
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="fr",
        ),
        M(
            at("2026-04-30 11:00"),
            ME,
            [GAELLE],
            """
            Très bien, merci Gaëlle !

            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-05-05 14:20"),
            ME,
            [GAELLE],
            """
            Bonjour Gaëlle,

            Merci pour ce second entretien, l'équipe m'a beaucoup plu.

            Cordialement,
            Jonas
            """,
            sent=True,
            **gm(quote="fr"),
        ),
        M(
            at("2026-05-08 16:00", PAR),
            GAELLE,
            [ME],
            """
            Bonjour Jonas,

            Merci à vous. Nous faisons le point en interne et revenons vers vous d'ici le 22 mai.

            Cordialement,
            Gaëlle
            """,
            emp=True,
            html="auto",
            mid_style="other",
            quote="fr",
        ),
    ],
    interviews=[(at("2026-04-23 16:00", PAR), "2026-04-20"), (at("2026-05-05 11:00", PAR), "2026-04-30")],
    reply_by=[("2026-05-22", "2026-05-08")],
)

APPS = [BRENNHOLZ, OSTRAKON, VERVEINE, QUELLWERK, CARACOLA, FENNEK, KUPFERHAIN, LUMENREIF, CORMIER]


# =============================================================================
# Distractors
# =============================================================================


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


STELLENLOTSE = ("Stellenlotse Jobmail", "jobmail@stellenlotse.example")
KARRIEREFUNK = ("Karrierefunk Akademie", "webinare@karrierefunk.example")
VERMIETER = ("Hausverwaltung Giebelhof", "vermietung@giebelhof-wohnen.example")
KOLLEGIN = ("Annika Steinmetz", "annika.steinmetz@lindenbast-digital.example")
JOURNALISTE = ("Clémence Vautrin", "c.vautrin@lemagazine-data.example")
FREUND = ("Mats Hollander", "mats.hollander@postfach.example")
ZAHNARZT = ("Zahnarztpraxis Dr. Immergrün", "termine@praxis-immergruen.example")
GLIMMER_ATS = ("Glimmerstein AG via softgarden", "noreply@softgarden-mail.example")

DISTRACTORS = [
    App(
        "stellenlotse-jobmail",
        None,
        "German job-alert newsletter that says 'Vorstellungsgespräch'",
        [
            M(
                at("2026-03-18 06:30"),
                STELLENLOTSE,
                [ME],
                """
            Hallo Jonas,

            hier sind 5 neue Jobs für "Data Engineer, Hamburg":

            - Senior Data Engineer (m/w/d) - Morgentau Handel GmbH - Vorstellungsgespräch innerhalb von 7 Tagen!
            - Analytics Engineer (m/w/d) - Hafenkran Digital
            - Tipp der Woche: So bereiten Sie sich auf Ihr nächstes Vorstellungsgespräch vor.

            Ihr Stellenlotse-Team
            Abmelden: https://stellenlotse.example/abmelden?u=jl
            """,
                subject="5 neue Jobs für Sie - Vorstellungsgespräch in 7 Tagen möglich",
                auto=True,
                html="auto",
                mid_style="other",
                headers=bulk("<jobmail.stellenlotse.example>", "https://stellenlotse.example/abmelden?u=jl"),
            ),
            M(
                at("2026-04-22 06:30"),
                STELLENLOTSE,
                [ME],
                """
            Hallo Jonas,

            3 neue Jobs für "Data Engineer, Hamburg". Arbeitgeber, die schnell zum Vorstellungsgespräch
            einladen, sind markiert.

            Ihr Stellenlotse-Team
            Abmelden: https://stellenlotse.example/abmelden?u=jl
            """,
                subject="3 neue Jobs für Sie",
                auto=True,
                html="auto",
                mid_style="other",
                thread="b",
                headers=bulk("<jobmail.stellenlotse.example>", "https://stellenlotse.example/abmelden?u=jl"),
            ),
        ],
    ),
    App(
        "karrierefunk-webinar",
        None,
        "webinar on interview tips, with a calendar invite",
        [
            M(
                at("2026-04-08 12:00"),
                KARRIEREFUNK,
                [ME],
                """
            Hallo Jonas,

            danke für deine Anmeldung zum Live-Webinar "Überzeugen im Vorstellungsgespräch: 10 Tipps" am
            Dienstag, 14. April, 18:00 Uhr. Den Kalendereintrag findest du im Anhang.

            Dein Karrierefunk-Team
            """,
                subject="Deine Anmeldung: Webinar Überzeugen im Vorstellungsgespräch",
                auto=True,
                html="auto",
                mid_style="other",
                headers=bulk("<webinare.karrierefunk.example>", "https://karrierefunk.example/abmelden"),
                cals=[
                    Cal(
                        "REQUEST",
                        "kf-webinar-0414@karrierefunk.example",
                        "Webinar: Überzeugen im Vorstellungsgespräch",
                        KARRIEREFUNK,
                        at("2026-04-14 18:00"),
                        at("2026-04-14 19:00"),
                        tzid="Europe/Berlin",
                        attach=True,
                    )
                ],
            ),
        ],
    ),
    App(
        "giebelhof-besichtigung",
        None,
        "landlord's flat viewing appointment (Besichtigungstermin) with an invite",
        [
            M(
                at("2026-03-30 10:15"),
                VERMIETER,
                [ME],
                """
            Sehr geehrter Herr Lindqvist,

            vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lerchenstraße 12. Gern bestätigen wir
            Ihnen den Besichtigungstermin am Donnerstag, 2. April, um 17:30 Uhr. Bitte bringen Sie eine
            Selbstauskunft mit.

            Mit freundlichen Grüßen
            Hausverwaltung Giebelhof
            """,
                subject="Besichtigungstermin Lerchenstraße 12",
                html="auto",
                mid_style="other",
                cals=[
                    Cal(
                        "REQUEST",
                        "besichtigung-0402@giebelhof-wohnen.example",
                        "Besichtigung Lerchenstraße 12",
                        VERMIETER,
                        at("2026-04-02 17:30"),
                        at("2026-04-02 18:00"),
                        tzid="Europe/Berlin",
                    )
                ],
            ),
            M(
                at("2026-03-30 11:00"),
                ME,
                [VERMIETER],
                """
            Sehr geehrte Damen und Herren,

            vielen Dank, ich komme gern zum Besichtigungstermin.

            Mit freundlichen Grüßen
            Jonas Lindqvist
            """,
                sent=True,
                **gm(),
            ),
        ],
    ),
    App(
        "hiring-panel-lindenbast",
        None,
        "a colleague asks Jonas to sit on a hiring panel for a candidate",
        [
            M(
                at("2026-04-21 09:30"),
                KOLLEGIN,
                [ME2],
                """
            Hi Jonas,

            könntest du am Montag, 27. April um 11 Uhr beim Vorstellungsgespräch mit einer Kandidatin für unser
            Data-Team dabei sein? Du bist als zweiter Interviewer eingeplant. Einladung anbei.

            Danke dir!
            Annika
            """,
                subject="Interview-Panel am 27.4.?",
                mid_style="other",
                cals=[
                    Cal(
                        "REQUEST",
                        "panel-0427@lindenbast-digital.example",
                        "Interview: Kandidatin Data Team (Panel)",
                        KOLLEGIN,
                        at("2026-04-27 11:00"),
                        at("2026-04-27 12:00"),
                        tzid="Europe/Berlin",
                        attendees=(ALIAS,),
                        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                    )
                ],
            ),
            M(
                at("2026-04-21 10:02"),
                ME2,
                [KOLLEGIN],
                """
            Hi Annika,

            klar, bin dabei.

            Jonas
            """,
                sent=True,
                **tb(),
            ),
        ],
    ),
    App(
        "journaliste-interview",
        None,
        "a journalist asks to interview Jonas for an article",
        [
            M(
                at("2026-04-09 15:00", PAR),
                JOURNALISTE,
                [ME],
                """
            Bonjour Jonas,

            Je prépare un article sur les équipes data en Europe et j'aimerais vous interviewer (30 minutes, par
            téléphone). Seriez-vous disponible jeudi prochain à 10h ?

            Bien à vous,
            Clémence Vautrin
            """,
                subject="Demande d'interview - article sur les équipes data",
                html="auto",
                mid_style="other",
            ),
            M(
                at("2026-04-09 18:20"),
                ME,
                [JOURNALISTE],
                """
            Bonjour Clémence,

            Avec plaisir, jeudi à 10h me va.

            Jonas
            """,
                sent=True,
                **gm(quote="fr"),
            ),
        ],
    ),
    App(
        "mats-vorstellungsgespraech",
        None,
        "a friend tells the story of his own Vorstellungsgespräch",
        [
            M(
                at("2026-03-13 21:10"),
                FREUND,
                [ME],
                """
            Hey Jonas,

            ich hatte heute mein Vorstellungsgespräch bei der Stadtbibliothek - lief ganz gut, glaube ich! Nächsten
            Dienstag um 14 Uhr soll ich zum zweiten Gespräch kommen. Drück mir die Daumen.

            Mats
            """,
                subject="Mein Vorstellungsgespräch",
                mid_style="apple",
            ),
            M(
                at("2026-03-14 09:30"),
                ME,
                [FREUND],
                """
            Hey Mats,

            super, ich drück dir die Daumen für Dienstag!

            Jonas
            """,
                sent=True,
                **gm(),
            ),
        ],
    ),
    App(
        "zahnarzt-immergruen",
        None,
        "dentist appointment reminder",
        [
            M(
                at("2026-04-27 08:00"),
                ZAHNARZT,
                [ME],
                """
            Guten Tag Herr Lindqvist,

            wir erinnern Sie an Ihren Termin zur Kontrolluntersuchung am Mittwoch, 6. Mai, um 8:15 Uhr.

            Ihr Praxisteam Dr. Immergrün
            """,
                subject="Terminerinnerung",
                auto=True,
                mid_style="other",
                cals=[
                    Cal(
                        "PUBLISH",
                        "zahn-0506@praxis-immergruen.example",
                        "Kontrolluntersuchung",
                        ZAHNARZT,
                        at("2026-05-06 08:15"),
                        at("2026-05-06 08:45"),
                        tzid="Europe/Berlin",
                    )
                ],
            ),
        ],
    ),
    App(
        "glimmerstein-bewerbung",
        None,
        "softgarden acknowledgement with no interview ever",
        [
            M(
                at("2026-04-14 13:45"),
                GLIMMER_ATS,
                [ME],
                """
            Sehr geehrter Herr Lindqvist,

            vielen Dank für Ihre Bewerbung als Data Architect. Wir prüfen Ihre Unterlagen sorgfältig und melden
            uns innerhalb von drei Wochen bei Ihnen.

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Glimmerstein AG
            """,
                subject="Eingangsbestätigung Ihrer Bewerbung",
                auto=True,
                html="auto",
                mid_style="other",
            ),
        ],
    ),
]


# --- labels ---------------------------------------------------------------------


if __name__ == "__main__":
    raise SystemExit(main(APPS, DISTRACTORS))
