"""Short, polite follow-up drafts, in the language of the thread.

Each draft thanks, restates interest and asks about next steps or the
timeline; the first, second and third are worded differently, so that three
nudges to the same person never read like a form letter sent three times.
Pure: everything comes from the application, its evaluation and `tz`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from watcher.core.reading.lexicon import LEXICONS
from watcher.core.reading.vocabulary import is_team_or_system_mailbox
from watcher.core.records import Address, Application, Evaluation, Message

__all__ = ["LANGUAGES", "NudgeDraft", "display_address", "draft_nudge", "local_day", "reply_target"]

LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt")

# A "role" that is really a subject line: the draft then says "the position".
_NOT_A_ROLE_RE = re.compile(
    r"\b(?:" + "|".join(w for lex in LEXICONS.values() for w in lex.NOT_A_ROLE) + r")\b|[?!:]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class NudgeDraft:
    language: str  # one of LANGUAGES
    number: int  # 1, 2 or 3: which nudge this is
    to: str  # "Name <address>", "" when nobody suitable is known
    subject: str  # "Re: ..."
    body: str
    in_reply_to: str  # Message-ID of the message it answers ("" when none)


# --- dates in each language (small enough to keep by hand) -----------------

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
}  # fmt: skip


def local_day(day: date, language: str) -> str:
    """'Tuesday, 3 March' / 'Dienstag, 3. März' / 'martes 3 de marzo' / 'mardi 3 mars' / 'martedì 3 marzo' /
    'dinsdag 3 maart' / 'terça-feira, 3 de março'."""
    wd, mon, d = _WEEKDAYS[language][day.weekday()], _MONTHS[language][day.month - 1], day.day
    return {
        "en": f"{wd}, {d} {mon}",
        "de": f"{wd}, {d}. {mon}",
        "es": f"{wd} {d} de {mon}",
        "fr": f"{wd} {'1er' if d == 1 else d} {mon}",
        "it": f"{wd} {d} {mon}",
        "nl": f"{wd} {d} {mon}",
        "pt": f"{wd}, {d} de {mon}",
    }[language]


# --- the wording ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Words:
    """Everything a draft needs in one language; `{role}` etc. are filled in later."""

    greeting: Callable[[str], str]  # name ("" when unknown) -> greeting line
    ref_interview: str  # "{day}" -> our conversation on ...
    ref_message: str  # "{day}" -> your message on ...
    bodies: tuple[str, str, str]
    closings: tuple[str, str, str]


_VOWELS = "aeiouyhàâäéèêëîïôöûü"


def _role_forms(role: str, language: str) -> dict[str, str]:
    """The lexicon's `NUDGE_ROLE` forms for this role ("" when unknown), elided before a vowel."""
    lexicon = LEXICONS[language]
    forms = {}
    for form, (with_role, without) in lexicon.NUDGE_ROLE.items():
        if not role:
            forms[form] = without
            continue
        before, _, after = with_role.partition("{role}")
        if role[:1].lower() in _VOWELS:
            for full, elided in lexicon.ELISIONS:
                if before.endswith(full):
                    before = before[: -len(full)] + elided
        forms[form] = before + role + after
    return forms


_WORDS: dict[str, _Words] = {
    "en": _Words(
        greeting=lambda n: f"Hi {n}," if n else "Hello,",
        ref_interview="our conversation on {day}",
        ref_message="your message on {day}",
        bodies=(
            "Thank you again for {ref} about {r[the]}. I enjoyed learning more about the team and "
            "the work, and I remain very interested in the position.\n\n"
            "Could you let me know what the next steps are, and roughly when I might hear back?",
            "I hope you are well. I am following up on {ref} about {r[the]}: I am still very keen "
            "on it and would love to contribute to what {employer} is building.\n\n"
            "Is there any update on the timeline for a decision? I am happy to send anything else "
            "that would help.",
            "I am writing one last time about {r[the]}. I understand these decisions take time, "
            "and I appreciate your help so far; I am still very interested in joining {employer}.\n\n"
            "Could you let me know whether there is any news on the next steps or the timeline? "
            "If the position has been filled, a short note would help me plan as well.",
        ),
        closings=("Best regards,", "Thanks again for your time,", "Kind regards,"),
    ),
    "de": _Words(
        greeting=lambda n: f"Guten Tag {n}," if n else "Guten Tag,",
        ref_interview="unser Gespräch am {day}",
        ref_message="Ihre Nachricht vom {day}",
        bodies=(
            "vielen Dank noch einmal für {ref} {r[zur]}. Ich habe einen sehr guten Eindruck von "
            "Ihrem Team gewonnen und bin weiterhin sehr an der Position interessiert.\n\n"
            "Könnten Sie mir sagen, wie die nächsten Schritte aussehen und wann ich ungefähr mit "
            "einer Rückmeldung rechnen kann?",
            "ich hoffe, es geht Ihnen gut. Im Anschluss an {ref} möchte ich mich kurz zu meiner "
            "Bewerbung {r[als]} melden: Die Aufgabe bei {employer} reizt mich nach wie vor sehr.\n\n"
            "Gibt es schon Neuigkeiten zum weiteren Zeitplan? Wenn Ihnen noch Unterlagen von mir "
            "fehlen, schicke ich sie gern.",
            "ich melde mich ein letztes Mal {r[wegen]}. Ich verstehe, dass solche Entscheidungen "
            "Zeit brauchen, und danke Ihnen für alles bisher; mein Interesse an {employer} ist "
            "unverändert groß.\n\n"
            "Könnten Sie mir kurz sagen, wie der Stand ist und mit welchem Zeitplan ich rechnen "
            "kann? Falls die Stelle inzwischen vergeben ist, hilft mir auch das für meine Planung.",
        ),
        closings=("Viele Grüße", "Vielen Dank und freundliche Grüße", "Mit freundlichen Grüßen"),
    ),
    "es": _Words(
        greeting=lambda n: f"Hola, {n}:" if n else "Hola:",
        ref_interview="nuestra entrevista del {day}",
        ref_message="su mensaje del {day}",
        bodies=(
            "Muchas gracias de nuevo por {ref}. Me gustó mucho conocer mejor al equipo y "
            "{r[el]} me sigue interesando mucho.\n\n"
            "¿Podría indicarme cuáles son los próximos pasos y cuándo podría tener noticias?",
            "Espero que se encuentre bien. Le escribo a raíz de {ref} para hacer un seguimiento de "
            "mi candidatura {r[al]}: sigo con muchas ganas de formar parte de {employer}.\n\n"
            "¿Hay alguna novedad sobre los plazos del proceso? Si necesita algo más de mi parte, "
            "se lo envío con gusto.",
            "Le escribo una última vez sobre {r[el]}. Entiendo que estas decisiones llevan "
            "tiempo y le agradezco su ayuda hasta ahora; mi interés por {employer} sigue intacto.\n\n"
            "¿Podría decirme si hay novedades sobre los próximos pasos o los plazos? Si el puesto "
            "ya está cubierto, una breve respuesta también me ayudaría a organizarme.",
        ),
        closings=("Un saludo cordial,", "Gracias de nuevo por su tiempo,", "Atentamente,"),
    ),
    "fr": _Words(
        greeting=lambda n: f"Bonjour {n}," if n else "Bonjour,",
        ref_interview="notre entretien du {day}",
        ref_message="votre message du {day}",
        bodies=(
            "Merci encore pour {ref}. J'ai beaucoup apprécié d'en apprendre davantage sur "
            "l'équipe, et {r[le]} m'intéresse toujours vivement.\n\n"
            "Pourriez-vous m'indiquer quelles sont les prochaines étapes et quand je pourrais "
            "avoir un retour ?",
            "J'espère que vous allez bien. Suite à {ref}, je me permets de revenir vers vous au "
            "sujet de ma candidature {r[au]} : rejoindre {employer} me motive toujours autant.\n\n"
            "Avez-vous du nouveau concernant le calendrier du processus ? Je reste à votre "
            "disposition pour tout complément d'information.",
            "Je reviens vers vous une dernière fois au sujet {r[du]}. Je comprends que ces "
            "décisions prennent du temps et je vous remercie pour votre aide jusqu'ici ; mon "
            "intérêt pour {employer} reste entier.\n\n"
            "Pourriez-vous me dire où en est le processus et quel calendrier est envisagé ? Si le "
            "poste a été pourvu, un court message m'aiderait aussi à m'organiser.",
        ),
        closings=("Bien cordialement,", "Merci encore pour votre temps,", "Cordialement,"),
    ),
    "it": _Words(
        greeting=lambda n: f"Gentile {n}," if n else "Buongiorno,",
        ref_interview="il nostro colloquio di {day}",
        ref_message="il suo messaggio di {day}",
        bodies=(
            "grazie ancora per {ref}. Mi ha fatto molto piacere conoscere meglio il team e il "
            "lavoro, e {r[la]} continua a interessarmi molto.\n\n"
            "Potrebbe indicarmi quali sono i prossimi passi e quando potrei avere un riscontro?",
            "spero che stia bene. Le scrivo in seguito a {ref} per avere notizie sulla mia "
            "candidatura {r[per]}: entrare in {employer} mi motiva ancora molto.\n\n"
            "Ci sono novità sulle tempistiche del processo? Se le serve altro da parte mia, "
            "glielo invio volentieri.",
            "le scrivo un'ultima volta riguardo a {r[la]}. Capisco che queste decisioni richiedano "
            "tempo e la ringrazio per l'aiuto finora; il mio interesse per {employer} resta "
            "immutato.\n\n"
            "Potrebbe dirmi a che punto è il processo e quali sono le tempistiche previste? Se la "
            "posizione è già stata coperta, anche un breve messaggio mi aiuterebbe a organizzarmi.",
        ),
        closings=("Cordiali saluti,", "Grazie ancora per il suo tempo,", "Distinti saluti,"),
    ),
    "nl": _Words(
        greeting=lambda n: f"Beste {n}," if n else "Goedendag,",
        ref_interview="ons gesprek van {day}",
        ref_message="uw bericht van {day}",
        bodies=(
            "Nogmaals bedankt voor {ref}. Ik vond het erg leuk om meer over het team en het werk "
            "te horen, en ik blijf zeer geïnteresseerd in {r[de]}.\n\n"
            "Kunt u mij laten weten wat de volgende stappen zijn en wanneer ik ongeveer een "
            "reactie kan verwachten?",
            "Ik hoop dat alles goed met u gaat. Naar aanleiding van {ref} wilde ik even navragen "
            "hoe het staat met mijn sollicitatie {r[voor]}: ik zou nog steeds heel graag bij "
            "{employer} aan de slag gaan.\n\n"
            "Is er al meer bekend over de planning? Als u nog iets van mij nodig hebt, stuur ik "
            "het graag toe.",
            "Ik schrijf u een laatste keer over {r[de]}. Ik begrijp dat zulke beslissingen tijd "
            "kosten en ik waardeer uw hulp tot nu toe; mijn interesse in {employer} is "
            "onveranderd.\n\n"
            "Kunt u mij laten weten hoe het proces ervoor staat en welke planning u voor ogen "
            "hebt? Als de functie inmiddels is vervuld, helpt een kort bericht mij ook.",
        ),
        closings=("Met vriendelijke groet,", "Nogmaals dank voor uw tijd,", "Met hartelijke groet,"),
    ),
    "pt": _Words(
        greeting=lambda n: f"Olá, {n}," if n else "Olá,",
        ref_interview="a nossa conversa de {day}",
        ref_message="a sua mensagem de {day}",
        bodies=(
            "Muito obrigado mais uma vez por {ref}. Gostei muito de saber mais sobre o trabalho, "
            "e o meu interesse por {r[a]} continua grande.\n\n"
            "Seria possível indicar quais são os próximos passos e quando poderei ter uma resposta?",
            "Espero que esteja tudo bem. Escrevo após {ref} para saber como está a minha "
            "candidatura {r[para]}: continuo com muita vontade de trabalhar em {employer}.\n\n"
            "Há alguma novidade sobre os prazos do processo? Se precisar de mais alguma coisa da "
            "minha parte, envio com prazer.",
            "Escrevo uma última vez sobre {r[a]}. Compreendo que estas decisões levam tempo e "
            "agradeço toda a ajuda até aqui; o meu interesse em trabalhar em {employer} continua o "
            "mesmo.\n\n"
            "Seria possível dizer em que ponto está o processo e qual é o calendário previsto? Se "
            "a vaga já tiver sido preenchida, uma breve resposta também seria muito útil.",
        ),
        closings=(
            "Com os melhores cumprimentos,",
            "Obrigado mais uma vez pelo seu tempo,",
            "Atenciosamente,",
        ),
    ),
}


# --- who and what to answer -------------------------------------------------


def _messages(app: Application) -> list[Message]:
    return sorted((m for c in app.conversations for m in c.messages), key=lambda m: m.date)


def _is_person(addr: Address | None, msg: Message) -> bool:
    if addr is None or not addr.email or msg.bulk.is_automated or msg.bulk.is_bulk:
        return False
    return not is_team_or_system_mailbox(addr.email.partition("@")[0])


# Subjects that calendar programs and schedulers write: a reply belongs in the human thread instead.
_INVITE_SUBJECT_RE = re.compile(
    r"^\s*(?:(?:updated|new|canceled|cancelled)\s+)?(?:invitation|invite|accepted|declined|tentative"
    r"|tentatively accepted|event|meeting|einladung|aktualisierte einladung|angenommen|abgelehnt"
    r"|invitación|invitación actualizada|aceptado|rechazado|invitation mise à jour|accepté|refusé"
    r"|invito|invito aggiornato|accettato|rifiutato|uitnodiging|bijgewerkte uitnodiging|geaccepteerd"
    r"|geweigerd|convite|convite atualizado|aceito|aceite|recusado)\s*:",
    re.IGNORECASE,
)


def _human_thread(msg: Message) -> bool:
    """A message people wrote to each other, not a calendar invitation or a system notification."""
    if msg.calendar or _INVITE_SUBJECT_RE.match(msg.subject) or msg.bulk.is_bulk or msg.bulk.is_automated:
        return False
    return msg.direction == "sent" or _is_person(msg.from_, msg)


def reply_target(app: Application) -> tuple[Address | None, Message | None]:
    """The person to write to and the message to answer.

    The person is the latest human on their side (an invitation's organiser
    will do when nobody else wrote); the message is the latest one people wrote
    in the thread with them, never an invitation or a tracking system's notice,
    so that the reply lands in the conversation the employer reads.
    """
    msgs = _messages(app)
    human = [m for m in msgs if _human_thread(m)]
    answered = next((m for m in reversed(human) if m.direction == "received"), None)
    if answered is None:
        answered = next((m for m in reversed(human) if m.direction == "sent" and m.to), None)
    person: Address | None = None
    for m in reversed(msgs):
        if m.direction == "received" and _is_person(m.from_, m):
            person = next((a for a in m.reply_to if _is_person(a, m)), None) or m.from_
            if _human_thread(m):
                break
    if person is None and answered is not None and answered.direction == "sent":
        person = answered.to[0]
    return person, answered


def display_address(addr: Address) -> str:
    """ "Chloé Tremblay <chloe@…>" for people to read (never RFC 2047 encoded words)."""
    name = " ".join(addr.name.replace('"', "").split())
    if not name:
        return addr.email
    if re.search(r'[,;:<>@()\[\]\\."]', name):
        name = f'"{name}"'
    return f"{name} <{addr.email}>"


def _first_name(addr: Address | None, language: str) -> str:
    """How to greet: the first name (full name in German, where first names alone are too casual)."""
    if addr is None:
        return ""
    name = " ".join(addr.name.replace('"', "").split())
    if not name or "@" in name or is_team_or_system_mailbox(name.replace(" ", "-")):
        return ""
    if "," in name:  # "Keller, Anna"
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    # Titles and team names ("Acme Recruiting Team") are not people.
    if re.search(
        r"\b(?:team|recruiting|careers|talent|hr|jobs|karriere|rrhh|équipe|equipe|equipa|rh|risorse umane"
        r"|recrutamento|selezione|werving)\b",
        name,
        re.I,
    ):
        return ""
    return name if language == "de" else name.split()[0]


def _owner_name(app: Application, fallback: str) -> str:
    for m in reversed(_messages(app)):
        if m.direction == "sent" and m.from_ and m.from_.name.strip():
            return " ".join(m.from_.name.replace('"', "").split())
    return fallback


def _role_text(role: str) -> str:
    role = " ".join(role.split())
    if not role or len(role) > 60 or _NOT_A_ROLE_RE.search(role):
        return ""
    return role


def _reply_subject(msg: Message | None, app: Application) -> str:
    """ "Re: <the human thread's subject>" with one Re:, or a fresh subject when there is no thread."""
    from watcher.core.mail import normalise_subject

    base = normalise_subject(msg.subject if msg else "")
    if base:
        return f"Re: {base}"
    role = _role_text(app.role)
    return f"Following up: {role}" if role else f"Following up: {app.employer}"


def draft_nudge(
    app: Application,
    ev: Evaluation,
    *,
    tz: ZoneInfo,
    owner_name: str = "",
    number: int | None = None,
) -> NudgeDraft:
    """The next nudge for a `due` application (number = nudges sent + 1 unless given)."""
    language = app.language if app.language in _WORDS else "en"
    words = _WORDS[language]
    n = min(max(number if number is not None else ev.nudges_sent + 1, 1), 3)
    person, answered = reply_target(app)
    if ev.interview_at is not None:
        ref = words.ref_interview.format(day=local_day(_day(ev.interview_at, tz), language))
    elif ev.last_employer_message_at is not None:
        ref = words.ref_message.format(day=local_day(_day(ev.last_employer_message_at, tz), language))
    else:
        ref = words.ref_message.format(day="").replace("  ", " ")
    body = words.bodies[n - 1].format(
        ref=ref, r=_role_forms(_role_text(app.role), language), employer=app.employer
    )
    signature = _owner_name(app, owner_name)
    text = f"{words.greeting(_first_name(person, language))}\n\n{body}\n\n{words.closings[n - 1]}"
    if signature:
        text += f"\n{signature}"
    to = display_address(person) if person else ""
    return NudgeDraft(
        language=language,
        number=n,
        to=to,
        subject=_reply_subject(answered, app),
        body=text,
        in_reply_to=answered.message_id if answered else "",
    )


def _day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()
