"""What an employer message asks the owner for, and whether an owner message chases."""

from __future__ import annotations

import re

from watcher.reading.sentences import is_question, sentences

__all__ = ["find_asks", "follows_up"]

_ASK_REQUEST = re.compile(
    r"\b(could|can|would|will) you\b|\bplease\b|\bsend (me|us|over|it|back)\b|\blet me know\b|\bI'?d need\b"
    r"|\bwe('ll| will)? need\b|\bwe'?d like you to\b|\bnext step is\b|\bnext stage\b|\bbefore I schedule"
    r"|\bwe ask\b|\bshare\b|\bpick\b|\bbook\b|\bgrab\b|\bsubmit\b|\bprovide\b|\bupload\b|\bforward\b"
    r"|\bbitte\b|\bkönnten sie\b|\bsenden sie\b|\bschicken sie\b|\bnennen sie\b|\bteilen sie\b"
    r"|\bpor favor\b|\bpodrías\b|\bpodría\b|\bpuedes\b|\benvía\w*\b|\bmánda\w*\b|\bnecesitamos\b"
    r"|\bpourriez-vous\b|\bmerci de\b|\bveuillez\b|\bpouvez-vous\b|\benvoye\w*\b|\btransmett\w*\b"
    # "we'd ask you to", "we invite you to complete", "wir bitten Sie", "te pedimos", "nous vous invitons à"
    r"|\b(we|I)('d| would)? ask (you|that you)\b|\b(we|I)('d| would) (like|love) (you|to (see|receive|get))\b"
    r"|\binvite you to (complete|work on|prepare|put together|tackle|take|do|submit|send|share)\b"
    r"|\bwould you mind\b|\bcan we (get|have|see)\b|\b(have|has|they'?ve) asked (for|to see)\b"
    r"|\bhaben (um|nach) .{0,40}gebeten\b|\b(han|ha) pedido\b|\bont demandé\b"
    r"|\bbitten\b|\bbäten\b|\bersuchen sie\b|\bzukommen\b|\bzuzusenden\b|\bzuzuschicken\b"
    r"|\bzu (schicken|senden)\b"
    r"|\bmöchten (wir|ich) sie\b|\b(wir|ich) würden? (uns )?freuen, wenn sie\b|\blassen sie (uns|mir)\b"
    r"|\b(te|le|les|os) (pedimos|pido|pediría\w*|agradecer\w*|invitamos a (realizar|completar|resolver|preparar"
    r"|enviar|hacer))\b|\bnos gustaría (que|recibir|ver)\b|\b(nos|me) (envíes|envies|mandes|hagas llegar"
    r"|compartas|remitas|indiques)\b|\bhaz(nos|me) llegar\b|\bcompárte\w+\b|\bindícanos\b"
    r"|\b(nous|je) vous (demandons|demande|prions|prie|invitons|invite) (de|d'|à)"
    r"|\b(nous|j') ?aimerions que vous\b"
    r"|\bj'aimerais que vous\b|\bfaire parvenir\b|\bvous serait-il possible\b|\bpourrais-tu\b",
    re.I,
)
_ASKS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "availability",
        re.compile(
            r"\bavailabilit\w*|\b(times|windows|slots|dates|alternatives|mornings|afternoons|evenings"
            r"|options?)\b.{0,40}\b(works?|suits?|available|fly)"
            r"|\b(would|do|could) you have (\d+|a few|some|fifteen|twenty|thirty|half an hour)( minutes| mins)?\b"
            r"|\b(hätten|haben) sie (\d+ minuten|kurz|eine halbe stunde)( zeit)?|\btendrías (\d+ minutos|un rato)"
            r"|\bauriez-vous (\d+ minutes|un moment|une demi-heure)"
            r"|\b(einige|ein paar|zwei oder drei) (abende|vormittage|nachmittage|termine)"
            r"|\b(algunas|un par de|dos o tres) (tardes|mañanas|fechas|opciones)"
            r"|\b(quelques|deux ou trois) (soirées|matinées|après-midi|dates)"
            r"|\b(a few|some|two or three|\d+\s*[–-]\s*\d+|\d+|a couple of"
            r"|three|several) (times|windows|slots|dates|options|mornings|afternoons|evenings)\b"
            r"|\bwhen (are|would) you (be )?(free|available)|\bwhat (times?|days?) (would )?(work|suit)"
            r"|\bwhen (would|does|could|might) .{0,25}\b(suit|work for) you|\bwann (hätten|haben|passt|wäre)\b.{0,40}"
            r"\b(zeit|ihnen)\b|\b(qué|cuándo) (días?|horas?|horarios?)? ?te (viene|va|iría|vendría)"
            r"|\bquels? (jours?|créneaux|moments?) vous (convien\w+|arrange\w*)"
            r"|\bpick (a|whatever|any) (time|slot)|\bpick whatever works\b|\bbook (a|some) time\b"
            r"|\bgrab (a|some) time\b|\bgrab \d+ minutes\b|\bscheduling link\b"
            r"|\bschedule (a time|some time|a slot|a call|your interview|a meeting)\b|\bbook a slot\b"
            r"|\bverfügbarkeit\w*|\bterminvorschläge|\bwann (hätten|haben) sie zeit|\balternativ\w*"
            r"|\bdisponibilidad\w*|\bcuándo (estarías|estás|estaría) disponible|\bqué (días|horarios) te"
            r"|\bdisponibilités\b|\bquand (seriez|êtes)-vous disponible|\bquels créneaux|\bcréneaux\b",
            re.I,
        ),
        True,
    ),
    (
        "references",
        re.compile(
            r"\breferences?\b(?! (number|no\.?|id|code))|\breferenzen\b|\breferencias\b"
            r"|\bréférences\b|\breferees?\b",
            re.I,
        ),
        True,
    ),
    (
        "document",
        re.compile(
            r"\b(résumé|resume|cv|portfolio|transcripts?|diploma|certificates?|work authori[sz]ation|passport"
            r"|writing sample|salary expectations?|work permit|visa|right to work|arbeitserlaubnis"
            r"|arbeitsgenehmigung|aufenthaltstitel|permiso de trabajo|autorizaci[oó]n de trabajo|pasaporte"
            r"|permis de travail|autorisation de travail|titre de séjour|passeport"
            r"|compensation expectations?|cover letter|signed|form|documents?"
            r"|(expected|desired|target) (salary|compensation|pay)|salary (range|requirements?|expectation)"
            r"|examples? of (your )?(previous |past |recent )?work"
            r"|lebenslauf|zeugnisse?|unterlagen|gehaltsvorstellung\w*|anschreiben|expectativas salariales"
            r"|gehaltswunsch\w*|wunschgehalt\w*|gehaltserwartung\w*|arbeitsproben?|referenzprojekte?"
            r"|pretensiones salariales|documentaci\w+|expectativa salarial|pretensiones económicas"
            r"|aspiraci\w+ salarial\w*|banda salarial|rango salarial|portafolio|muestras de (tu|su) trabajo"
            r"|prétentions salariales|lettre de motivation|justificatifs?|attentes salariales"
            r"|rémunération (souhaitée|attendue|visée)|salaire (souhaité|attendu|visé)"
            r"|exemples de (vos|tes) (travaux|réalisations))\b",
            re.I,
        ),
        True,
    ),
    (
        "take-home",
        re.compile(
            r"\b(take[- ]home|work sample|home assignment|online assessment|hackerrank|codility|codesignal"
            r"|coding assessment"
            r"|spec attached|brief attached|probeaufgabe|probearbeit"
            r"|hausaufgabe|prueba técnica para casa|ejercicio para casa|test technique à (faire|réaliser)"
            r"|exercice à la maison|cas pratique à)\b",
            re.I,
        ),
        False,
    ),
    (
        "take-home",
        re.compile(
            r"\b(coding (exercise|challenge|assignment|test)|assignment|case study|technical (exercise|test)"
            r"|assessment|questionnaire"
            r"|exercise|(coding|technical|design|data|written) (task|challenge)|mini[- ]project|sample project"
            r"|fallstudie|programmieraufgabe|aufgabe|testaufgabe|coding-challenge|fallbeispiel"
            r"|prueba técnica|prueba práctica|ejercicio|caso práctico|reto técnico|caso de estudio"
            r"|proyecto de prueba|test technique|exercice|étude de cas|cas pratique|mise en situation"
            r"|défi technique|mini-projet)\b",
            re.I,
        ),
        True,
    ),
)
_ASK_DONE = re.compile(
    r"\b(thank(s| you)\w* for (sending|submitting)"
    r"|the time you (put|spent|invested)|received|reviewed|submitted"
    r"|completing|your "
    r"submission|heard back from|passed it|wonderful things|got your|erhalten|recibido|reçu"
    r"|(danke|dank) für (die|ihre|deine) (zusendung|lösung|einreichung|unterlagen)|eingegangen"
    r"|gracias por (enviar|completar|mandar|hacer|compartir|tu entrega)|avoir (envoyé|transmis|réalisé|complété)"
    r"|merci pour (votre|ton) (envoi|rendu|travail))\b",
    re.I,
)


# Handing something over: "send that over", "schicken Sie es uns", "envíanoslo", "nous la transmettre".
_HAND_OVER = re.compile(
    r"\b(send|share|forward|provide|upload|email|e-mail|pass)\w*\b"
    r"|\b(schick|send|zusend|zuschick|zukommen|übermittel|weiterleit|nachreich)\w*"
    r"|\b(envi|mand|compart|remit|hac\w* llegar|adjunt)\w*"
    r"|\b(envoy|transm|partag|faire parvenir|fournir|joindre)\w*",
    re.I,
)

# A word pointing back at what the previous sentence named: "send *that* over", "envíanos*lo*".
_BACK_REFERENCE = re.compile(
    r"\b(that|it|this|them|those|these|diese[ns]?|dies|das|sie|es|eso|esto|lo|la|los|las|cela|ça|ceci"
    r"|les|le)\b|\w+r(?:nos|me|se|te)?(?:lo|la|los|las)\b|\bl['’]",
    re.I,
)


def find_asks(text: str) -> list[tuple[str, str]]:
    """What an employer message asks the owner for: (kind, the sentence)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    inherited = 0  # list items after "could you please send me:" carry the request
    pending: list[str] = []  # kinds the previous sentence named without asking for them
    for s in sentences(text):
        named_before, pending = pending, []
        if (
            named_before
            and not any(pattern.search(s) for _, pattern, _ in _ASKS)  # it names nothing of its own
            and _ASK_REQUEST.search(s)
            and _HAND_OVER.search(s)
            and _BACK_REFERENCE.search(s)
            and not _ASK_DONE.search(s)
        ):
            # "Our People team needs a copy of your work authorisation. Could you send that over?"
            for kind in named_before:
                if kind not in seen:
                    seen.add(kind)
                    out.append((kind, s))
        requested = inherited > 0
        inherited = max(0, inherited - 1)
        if s.rstrip().endswith(":") and _ASK_REQUEST.search(s):
            inherited = 4
        if re.match(
            r"^\s*(if (not|that|this|the|none|it|you need|anything|you have)|falls|si no|sinon|in case)\b",
            s,
            re.I,
        ) and not re.search(r"\bif (that|this|it) (still )?works\b", s, re.I):
            continue
        if _ASK_DONE.search(s):
            continue
        for kind, pattern, needs_request in _ASKS:
            if kind in seen or not pattern.search(s):
                continue
            asked = requested or bool(_ASK_REQUEST.search(s)) or (kind == "availability" and is_question(s))
            if needs_request and not asked:
                pending.append(kind)
                continue
            seen.add(kind)
            out.append((kind, s))
    return out


_FOLLOW_UP = re.compile(
    r"\b(follow(ing)? up|check(ing)? in|circl(e|ing) back|bump\w*|any (news|update|word)"
    r"|still (very )?(interested|keen)|nachfragen|nachhaken|stand der dinge|seguimiento|novedades"
    r"|relancer|des nouvelles)\b",
    re.I,
)


def follows_up(text: str) -> bool:
    """Does an owner's message chase ("just following up", "des nouvelles")?"""
    return bool(_FOLLOW_UP.search(text))
