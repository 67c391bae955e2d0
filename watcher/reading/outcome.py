"""Outcome of a process as one message states it: rejection, offer (employer) or withdrawal (owner)."""

from __future__ import annotations

import re

from watcher.reading.sentences import sentences
from watcher.records import OutcomeKind

__all__ = ["find_outcome"]

_REJECTED = re.compile(
    r"not (to )?(be )?mov(e|ing) forward|won'?t be mov\w+ forward|will not be mov\w+ forward"
    r"|mov(e|ing) forward with (other|another) (candidate|applicant)s?|pursue other candidates"
    r"|(go|going|gone|proceed|proceeding) with (another|other|a different) (candidate|applicant)"
    r"|(extend|extended|make|made) (an|the) offer to (another|a different) candidate"
    r"|not (be )?(proceeding|progressing|continuing)|no longer (being )?considered|not been selected"
    r"|were not selected|not selected|decided not to (proceed|continue|pursue|progress|offer)"
    r"|unable to (offer you|move you forward|progress)|regret to inform|position has (now )?been filled"
    r"|role has (now )?been filled|decided to close (the|this) (role|position|req)|not (a|the) (right )?fit"
    r"|(?<!if )(?<!if it's )(?<!whether it's )\bit'?s a no\b|they passed|decided to pass"
    r"|leider (mitteilen|absagen|nicht)|(uns|sich) für (eine|einen) andere\w* (kandidat|bewerber)\w*"
    r"|nicht (weiter )?berücksichtig|absage|nicht in die engere auswahl|anderweitig besetzt"
    r"|no (continuar|seguir adelante|avanzar)|seguir con otr[oa]s candidat"
    r"|(elegido|seleccionado|escogido|optado por|decantado por|decidido por|quedado con|contratado|incorporado)"
    r" (a )?(otr[oa]s?|un[oa]?) (\w+ )?(candidat|perfil|persona)\w*"
    r"|(ofrecido|ofrecer|dado|adjudicado|asignado) (el|la|este|esta) (puesto|posición|plaza|vacante|rol)"
    r" a (otr[oa]|un[oa]? |alguien)|(el puesto|la posición|la plaza|la vacante) (ya )?(ha sido|fue|está)"
    r" (cubiert[oa]|ocupad[oa])"
    r"|lamentamos (informarte|informarle|comunicarte)|no has? sido seleccionad|(ha|hemos) decidido no"
    r"|ne pas donner suite|pas (pu )?donner suite|retenu (un |une )?autre|pas été retenue?"
    r"|(choisi|sélectionné|privilégié|préféré|recruté|retenu|opté pour|orienté vers|porté notre choix sur"
    r"|fait le choix d'?|donner notre accord à) (un |une |d'|l')? ?autres? (candidat|profil|personne)"
    r"|(proposé|offert|attribué|confié) (le|ce) (poste|rôle) à (un|une|d'autres|quelqu'un|l'autre)"
    r"|(le|ce) poste (a été|est (désormais |maintenant )?|a finalement été) (pourvu|attribué)"
    r"|réponse (négative|défavorable)"
    r"|regrettons de vous informer|ne sommes pas en mesure de (poursuivre|retenir)"
    r"|pas (été )?sélectionné"
    r"|(move|moving|go|going) in a different direction|decided to go another way|\bunsuccessful\b"
    r"|(won'?t|will not|not) be (progressing|proceeding|taking (your application|this|things) (any )?further)"
    r"|not able to offer you|other (candidates|applicants) whose (experience|skills|background|profile)"
    r"|no longer (moving|able to move) forward|closed (the|this) (role|position) (without|internally)"
    r"|keine zusage|nicht berücksichtigen|haben uns (leider )?(gegen|für) .{0,40}entschieden"
    r"|no (podemos|vamos a) (avanzar|continuar)|no ha(s)? sido (seleccionad|elegid)|decidido (seguir"
    r"|avanzar) con"
    r"|nous ne (pouvons|pourrons) pas (donner suite|retenir)|avons décidé de ne pas"
    r"|(chose|chosen|selected|hired) (another|a different|someone|an(other)? internal) (candidate|applicant)"
    r"|went with (another|a different|someone)"
    r"|(offered|given|awarded|extended) (the|this) (role|position|job|post|offer) to (another|someone|somebody"
    r"|an?( \w+)? (candidate|applicant|person)|one of the other|an internal)"
    r"|(gone|went|decided to go) (ahead )?with (someone|somebody|an internal (candidate|applicant|hire)"
    r"|(another|a different) (candidate|applicant|person))"
    r"|(stelle|position|rolle)\b.{0,40}\b(an|mit) (eine[nmr]? (anderen?|internen?)|jemand(em|en)? ander\w*)\b"
    r".{0,30}\b(vergeben|besetzt|besetzen)"
    r"|(stelle|position) (wurde|ist|haben wir) (bereits |inzwischen |mittlerweile )?(anderweitig |intern )?"
    r"(vergeben|besetzt)"
    r"|(role|position) (has been|was) filled|filled the (role|position)"
    r"|leider .{0,40}(mitteilen|absagen|nicht berücksichtigen|keine)|continuar con otr[oa]s (candidat|perfil)"
    r"|otros perfiles|no podemos (avanzar|continuar|seguir)"
    r"|(decided|chosen|choose) to pursue (other )?(candidates|applicants)|pursue other (candidates|applicants)"
    r"|not (to )?(be )?mov(e|ing) ahead|won'?t be mov\w+ ahead|(not able|unable) to (move|go) (forward|ahead)"
    r"|(won'?t|will not|not) be (mov|progress|advanc)\w+ (you )?(on )?(to|into) the next (stage|round|step)"
    r"|(won'?t|will not|not) be taking (your application|your candidacy|you|this|things|it) (any )?forward"
    r"|go(ing)? with (a|another) (candidate|applicant|person) (whose|who|with)"
    r"|(it'?s|it is|was) not (a|the right) (good |strong )?match"
    r"|(mit|für) (den )?anderen? (kandidat|bewerber)\w*(:innen|\*innen)? (fortzusetzen|fortsetzen|fortfahren"
    r"|weiterzumachen|weitermachen|zu entscheiden|entschieden)|anderen? (kandidat|bewerber)\w* (den )?vorzug"
    r"|donner\w* pas suite|(poursuivre|continuer) avec (un autre|d'autres) (profil|candidat)\w*"
    # "decided not to move you forward to the onsite", "went with candidates with more ... experience"
    r"|\bnot (to )?(be )?(mov|tak|bring|progress|advanc)\w* you (forward|further|ahead|on\b|to the next|through)"
    r"|\b(went|gone|go|going|decided to go) (ahead )?with (other |stronger |more (\w+ ){0,2})?(candidates|applicants)"
    r" (with|who|whose|that)\b"
    r"|\bSie nicht (weiter|in die nächste (runde|phase|stufe)|zum (vor-ort|finalen|nächsten))"
    r"|\b(haben|hat) sich (\w+ ){0,3}für (andere |weitere )?(kandidat|bewerber)\w* (mit|entschieden)"
    r"|\b(optado|decantado|decidido|apostado) por (otr[oa]s )?(candidat|perfil)\w* (con|que|más)"
    r"|\bdecidido no (avanzar|seguir|continuar) (contigo|con usted|con tu|con su)"
    r"|\bdécidé de ne pas (vous|poursuivre|continuer|donner)"
    r"|\b(retenu|privilégié|choisi|préféré) des (candidat|profil)\w* (avec|plus|ayant|dont|qui)",
    re.I,
)
# Bad news without the word "rejected" ("sorry to be writing with disappointing news"): a rejection
# unless the same sentence is about a delay or a new time.
_REJECTED_NEWS = re.compile(
    r"(sorry|afraid|regret\w*|sad|unfortunately)\b.{0,60}\b(disappointing|bad|unwelcome|difficult) news\b"
    r"|\b(not|isn'?t|wasn'?t) the news you (were |had been )?hoping (for|to hear)"
    r"|(keine|leider keine|nicht die) (guten|positiven|erfreulichen|erhofften) nachrichten"
    r"|enttäuschende nachricht\w*|schlechte nachricht\w*"
    r"|no (te |le |os )?(traigo|traemos|tengo|tenemos|son) (buenas|las) noticias|no (poder )?(traerte|darte"
    r"|traerle|darle) (buenas|mejores|otras) noticias|(malas|tristes|no muy buenas) noticias"
    r"|noticias (decepcionantes|poco alentadoras)"
    r"|pas (avoir |de |les |une )?(de )?(bonne|bonnes|meilleures) nouvelles|nouvelles? décevantes?"
    r"|(mauvaise|triste)s? nouvelles?",
    re.I,
)
_NEWS_ABOUT_SCHEDULE = re.compile(
    r"\b(delay\w*|reschedul\w*|postpon\w*|move|moved|push\w* back|sick|ill|cancel\w*|verschieb\w*|verleg\w*"
    r"|verzögerung\w*|krank|retras\w*|aplaz\w*|reprogram\w*|enferm\w*|retard|report\w*|décal\w*|malade"
    r"|annul\w*)\b",
    re.I,
)
_OFFER = re.compile(
    r"(pleased|happy|delighted|excited|thrilled) to (extend|offer|make)\b.{0,60}\boffer|offer you the\b"
    r"|(like|love|want) to (extend|make) you an offer|(like|love|happy) to offer you|extend(ing)? (you )?an"
    r" offer|offer letter (is attached|attached|will (come|follow))|formal offer|verbal offer"
    r"|ihnen (gern |gerne )?(ein|das|unser) (vertrags)?angebot"
    r"|ihnen die stelle anbieten|zusage für die stelle"
    r"|ofrecerte (el|la) (puesto|posición|plaza)|oferta (formal|de trabajo|de empleo)|ofrecerle el puesto"
    r"|vous proposer le poste|offre d'emploi|proposition d'embauche|promesse d'embauche"
    r"|vous faire une (offre|proposition)|(would|'d) like to offer you|offer of employment|your offer letter"
    r"|(pleased|happy|delighted|excited|thrilled) to offer\b|nos complace ofrecerte|queremos ofrecerte"
    r"|freuen uns,? ihnen .{0,40}anzubieten|avons le plaisir de vous (proposer|offrir)"
    r"|hacerte una oferta|ofrecerte (el|la|un|una) (puesto|posición|plaza|contrato)"
    r"|(sending|send|prepare|preparing) (you )?(over )?(an|the|your) (formal |written )?offer\b",
    re.I,
)
_WITHDRAWN = re.compile(
    r"withdraw (my application|from (the|your|this) (process|search|consideration|running)|my candidacy"
    r"|myself)|decided to withdraw|like to withdraw|I('m"
    r"| am) withdrawing|accepted (another|an) (offer|position"
    r"|role)|no longer (be )?interested|take myself out of|remove (me|myself) from (the )?(process"
    r"|consideration)|bow out|pursue another opportunity|(decline|declining) (the|your) (offer|invitation to)"
    r"|bewerbung zurück(ziehen|zuziehen|gezogen)|ziehe meine bewerbung|nicht mehr interessiert"
    r"|retirar (mi|la) candidatura|retiro mi candidatura|ya no estoy interesad"
    r"|retirer ma candidature|me retirer du processus|retire ma candidature|plus intéressé"
    r"|(accept|accepted|taken|signed|accepting) (a|an|another) (offer|position|role|job)( elsewhere)?\b"
    r"|pursue (other|another) opportunit|withdraw from consideration|remove myself from consideration"
    r"|andere(s|n) (angebot|stelle) angenommen|otra oferta|aceptado (una|otra) oferta|accepté une autre offre"
    r"|me retire du processus|desisto"
    r"|no continuar con el proceso|nicht weiter am (prozess|verfahren) teilnehmen",
    re.I,
)
_CONDITIONAL = re.compile(
    r"^\s*(if|whether|in case|falls|wenn|si|en caso)\b|\bif (it|the role|that)\b.{0,40}$", re.I
)


def find_outcome(text: str, *, sent: bool) -> tuple[OutcomeKind, str] | None:
    """Rejection or offer (employer side) or withdrawal (owner), from the new text only."""
    for s in sentences(text):
        if sent:
            if _WITHDRAWN.search(s) and not _CONDITIONAL.search(s):
                return "withdrawn", s
            continue
        if re.match(r"^\s*(if|falls|si)\b", s, re.I):
            continue
        if _REJECTED.search(s) or (_REJECTED_NEWS.search(s) and not _NEWS_ABOUT_SCHEDULE.search(s)):
            return "rejected", s
    if sent:
        return None
    for s in sentences(text):
        if _OFFER.search(s) and not re.match(r"^\s*(if|falls|si)\b", s, re.I):
            return "offer", s
    return None
