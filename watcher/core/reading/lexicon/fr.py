"""French: the phrases of each concept, as regular-expression pieces (see `watcher.core.reading.lexicon`)."""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"mme",
        r"m",
    ),
    "ACCEPT": (
        r"ça me va",
        r"me convient",
        r"parfait",
        r"d'accord",
        r"je serai (là|disponible)",
        r"très bien",
    ),
    "ACCEPT_ALONE": (
        r"ça me va",
        r"me convient",
        r"parfait",
        r"c'est parfait",
        r"d'accord",
    ),
    "ACCEPT_PLAIN": (
        r"je suis disponible",
        r"avec plaisir",
        r"j'y serai",
        r"je serai présente?",
        r"c'est noté",
        r"entendu",
    ),
    "ACCEPT_STRONG": (
        r"ça me va",
        r"me convient",
        r"c'est parfait",
        r"je serai (là|disponible)",
    ),
    "ACCEPT_TIMED": (
        r"oui",
        r"volontiers",
        r"ça marche",
        r"c'est bon",
        r"entendu",
        r"agendé",
        r"réservé",
    ),
    "ACKNOWLEDGEMENT": (
        r"nous avons (bien )?reçu votre candidature",
        r"merci pour votre candidature",
        r"accusé de réception",
        r"nous avons (bien )?reçu votre (candidature|postulation)",
        r"merci d'avoir postulé",
    ),
    "ASK": (
        r"\bpourriez-vous\b",
        r"\bmerci de\b",
        r"\bveuillez\b",
        r"\bpouvez-vous\b",
        r"\benvoye\w*\b",
        r"\btransmett\w*\b",
        r"\bont demandé\b",
        r"\b(nous|je) vous (demandons|demande|prions|prie|invitons|invite) (de|d'|à)",
        r"\b(nous|j') ?aimerions que vous\b",
        r"\bj'aimerais que vous\b",
        r"\bfaire parvenir\b",
        r"\bvous serait-il possible\b",
        r"\bpourrais-tu\b",
        r"\bj'aimerais (connaître|savoir|avoir|recevoir|obtenir)\b",
        r"\b(faites|faire)-(moi|nous) (part|savoir|parvenir)\b",
        r"\blaissez-(moi|nous) savoir\b",
        r"\bindiquez-(moi|nous)\b",
        r"\b(me|nous) (faire part|communiquer|laisser savoir|revenir avec)\b",
    ),
    "ASKED_TO_INTERVIEW": (
        r"\bfaire passer (un|l')entretien",
        (
            r"\b(faire partie|siéger|participer) (du|au|à un) (jury|panel)( d'entretien"
            r"| de recrutement)?\b"
        ),
        (
            r"\bentretien (avec|d') (un|une|notre) (?!(autre|dernier|dernière|nouvel|nouveau|nouvelle"
            r"|second|deuxième)\b)([\w-]+ )?(candidat|candidate)\b"
        ),
        r"\bfaire passer (des|les|un|une) entretiens?\b",
        r"\bcv (du|de la) (candidat|candidate)\b",
        r"\b(avis|retour) sur (le|la) (candidat|candidate)\b",
    ),
    "ASK_AVAILABILITY": (
        r"\bauriez-vous (\d+ minutes|un moment|une demi-heure)",
        r"\b(quelques|deux ou trois) (soirées|matinées|après-midi|dates)",
        r"\bquels? (jours?|créneaux|moments?) vous (convien\w+|arrange\w*)",
        r"\bdisponibilités\b",
        r"\bquand (seriez|êtes)-vous disponible",
        r"\bquels créneaux",
        r"\bcréneaux\b",
        r"\bvos disponibilités\b",
        r"\bdispos\b",
        r"\bplages? horaires?\b",
    ),
    "ASK_DOCUMENT": (
        r"permis de travail",
        r"autorisation de travail",
        r"titre de séjour",
        r"passeport",
        r"prétentions salariales",
        r"lettre de motivation",
        r"justificatifs?",
        r"attentes salariales",
        r"rémunération (souhaitée|attendue|visée)",
        r"salaire (souhaité|attendu|visé)",
        r"exemples de (vos|tes) (travaux|réalisations)",
        r"vérification (des|d')\s?antécédents",
        r"enquête (de sécurité|préalable|de crédit)",
        r"casier judiciaire",
        r"formulaire\w*",
        r"consentement",
    ),
    "ASK_DONE": (
        r"reçu",
        r"avoir (envoyé|transmis|réalisé|complété)",
        r"merci pour (votre|ton) (envoi|rendu|travail)",
    ),
    "ASK_REFERENCES": (
        r"\bréférences\b",
        r"\b(vos|des|les|deux|trois|quelques|de|\d+) (répondant|répondante)s?\b",
        r"\bpersonnes? (de )?référence\b",
    ),
    "ASK_TAKE_HOME": (
        r"test technique",
        r"exercice",
        r"étude de cas",
        r"cas pratique",
        r"mise en situation",
        r"défi technique",
        r"mini-projet",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"test technique à (faire|réaliser)",
        r"exercice à la maison",
        r"cas pratique à",
        r"travail à (faire|réaliser) (à la maison|chez vous)",
    ),
    "AUTOMATED": (
        r"ne pas répondre",
        r"message automatique",
        r"e-?mail automatique",
        r"courriel (généré )?automatique",
        r"ne répondez pas à ce courriel",
    ),
    "BACK_REFERENCE": (
        r"\b(cela|ça|ceci|les|le)\b",
        r"\bl['’]",
    ),
    "CANCEL": (
        r"a été annulé\w*",
        r"devons annuler",
    ),
    "CLIENT_WORK": (
        r"je (?:travaille|collabore) avec",
        r"nous (?:travaillons|collaborons) avec",
        r"je recrute pour",
        r"nous recrutons pour",
    ),
    "CONDITIONAL": (r"^\s*(si)\b",),
    "CONFIRM": (
        r"\b(confirmé\w*|prévu\w*|calé\w*|fixé\w*|réservé\w*|c'est noté)\b",
        r"\bje vous appellerai\b",
        r"\bnous vous appellerons\b",
        r"\bau plaisir\b",
        (
            r"\b(aura lieu|se déroulera|se tiendra|rendez-vous (le |à )?(lundi|mardi|mercredi|jeudi"
            r"|vendredi)|je vous attends|nous vous attendons)\b"
        ),
    ),
    "DECLINE": (
        r"\b(sauf|hormis)\b",
        r"\bne (me )?(convient|peux|va) pas\b",
        r"\bmalheureusement\b",
        r"\bsinon\b",
    ),
    "EVENING": (
        r"de l'après-midi",
        r"du soir",
    ),
    "EVENT_INTERVIEW": (
        r"entretien",
        r"entrevue",
    ),
    "GREETING": (
        r"bonjour",
        r"chère?",
    ),
    "HAND_OVER": (r"\b(envoy|transm|partag|faire parvenir|fournir|joindre)\w*",),
    "INTERVIEW": (
        r"\b(entretien|entrevue|appel|rendez-vous|échange|visio)\b",
        r"\b(appel vidéo|rencontre)\b",
    ),
    "INTERVIEWER_VERDICT": (
        r"je (le|la) (recruterais|embaucherais)",
        r"avis (très )?(favorable|défavorable) (pour|à) (son|sa) (recrutement|embauche)",
        r"mon (retour|avis) sur (le|la) (candidat|candidate)",
    ),
    "INVITED": (
        r"vous inviter",
        r"convier",
    ),
    "JOB_TITLE": (
        r"ingénieur\w*",
        r"développeur\w*",
        r"chef de projet",
    ),
    "MORNING": (r"du matin",),
    "NEXT": (r"prochain",),
    "NOT_ACKNOWLEDGEMENT": (r"malheureusement",),
    "NOT_A_JOB_EXIT_INTERVIEW": (
        r"\bentretien de sortie",
        r"\bentrevue de départ",
        r"\b(entretien|entrevue) (annuel|de (maintien|fidélisation|rétention))",
        r"\bévaluation annuelle\b",
    ),
    "NOT_A_JOB_MARKETING": (),
    "NOT_A_JOB_MEDIA": (r"\b(journaliste|émission)\b",),
    "NOT_A_JOB_MOCK_INTERVIEW": (
        r"\bentretien blanc",
        r"\bentrevue (simulée|fictive|de pratique)",
        r"\bsimulations? d'(entrevue|entretien)",
        r"\b(entrevue|entretien) simulée?\b",
    ),
    "NOT_A_JOB_OFFICIAL": (
        (
            r"\b(entretien|entrevue|rendez-vous) (consulaire|de (naturalisation|citoyenneté|visa|nationalité"
            r"|séjour|l'immigration|demande d'asile)|pour (le|un|votre) visa)"
        ),
        r"\bnaturalisation\b",
        r"\b(agent|agente|officier|examen|cérémonie|certificat|demande) de (la )?citoyenneté\b",
        r"\btitre de séjour\b",
        r"\bsection consulaire\b",
        r"\bvoyageurs? (de confiance|dignes de confiance)\b",
        r"\bdemande de (sélection|résidence) permanente\b",
        r"\b(bureau|ministère|direction|service) de l'immigration\b",
    ),
    "NOT_A_JOB_OWNER_INTERVIEWS": (
        r"\bfaire passer (un|l')entretien",
        r"\bintervieweu(r|se)s?\b",
        r"\b(entrevue|entretien)s? (d'admission )?à mener\b",
        r"\bmener (une|l'|des) (entrevue|entretien)",
        r"\b(faire partie|siéger|participer) (du|au|à un) comité( d'(entrevue|entretien|sélection))?",
    ),
    "NOT_A_JOB_SOMEONE_ELSES": (),
    "NOT_A_JOB_USER_RESEARCH": (r"\binterview utilisateur",),
    "NOT_A_NAME": (
        r"lundi",
        r"mardi",
        r"mercredi",
        r"jeudi",
        r"vendredi",
        r"nous",
        r"vous",
        r"ils",
        r"le",
        r"les",
        r"une",
    ),
    "OFFER": (
        r"vous proposer le poste",
        r"offre d'emploi",
        r"proposition d'embauche",
        r"promesse d'embauche",
        r"vous faire une (offre|proposition)",
        r"avons le plaisir de vous (proposer|offrir)",
        r"lettre d'offre",
        r"offre d'emploi (officielle|formelle)",
        r"vous offrir le poste",
        # l'offre, telle que le système de recrutement l'apporte
        (
            r"\bvotre (offre|lettre d'offre|proposition d'embauche) (\w+ )?(est|se trouve) (prête|disponible"
            r"|en ligne)"
        ),
        (
            r"\b(vous a|vous ont|vous avons) (envoyé|transmis|fait parvenir|adressé) (une|votre|notre)"
            r" (offre|lettre d'offre|proposition d'embauche|promesse d'embauche)"
        ),
        r"\b(consulter|voir|accepter|signer) votre (offre|lettre d'offre|proposition d'embauche)",
        (
            r"\b(ci-joint|ci-jointe|en pièce jointe|vous trouverez) (\w+ ){0,3}(lettre d'offre|offre"
            r" d'emploi|promesse d'embauche|contrat de travail)"
        ),
        r"\blettre d'offre (\w+ ){0,2}(ci-jointe|en pièce jointe|jointe)",
        r"\bvous offrir (le|ce) poste",
    ),
    "OFFER_DOCUMENT": (
        r"lettre (d )?offre",
        r"offre( d (emploi|embauche))?",
        r"promesse (d )?embauche",
        r"proposition (d )?embauche",
        r"contrat( de travail)?",
    ),
    "OFFER_ATTACHMENT": (
        r"\boffre\w*",
        r"\bcontrat\w*",
        r"\bpromesse d.?embauche\b",
        r"\blettre d.?offre\b",
    ),
    "ON_BEHALF_OF": (
        r"pour le compte de",
        r"(?:notre|le) client(?: est)?,?",
        r"le nom (?:du|de notre) client(?: est)?\s*:?\s*(?:il s'agit de|c'est)?",
    ),
    "OWNER_CONFIRM": (
        r"je (vous |te )?confirme",
        r"c'est confirmé",
        r"confirmé\w*",
    ),
    "POSSIBLE_OFFER": (
        r"\bvotre offre (est|vous attend|a été envoyée)\b",
        r"\b(nous vous|je vous) (envoyons|envoie|transmettons|transmets) (notre|l'|l’|une) (offre|proposition)\b",
        r"\b(nous avons|j'ai|j’ai) le plaisir\b",
        (
            "\\b(nous sommes|je suis) (heureux|heureuse|heureuses|ravi\\w*|content\\w*) de (vous |t'|t’)?(annoncer|informer|confirmer|proposer|faire part)"
        ),
        r"\b(bonne|excellente) nouvelle\b",
        r"\bfélicitations\b",
        r"\bbienvenue (dans|au sein de) (l'|l’|notre )?équipe\b",
        r"\bdate (de début|d.entrée|d.arrivée|de démarrage)\b",
        r"\bproposition (salariale|de contrat|d.embauche)\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(mauvaise|triste) nouvelle\b",
        r"\bnouvelle décevante\b",
        r"\bdécidé de ne pas\b",
        r"\bgel des (recrutements|embauches)\b",
        r"\bmalheureusement\b",
        r"\bregrett\w*",
        r"\bau regret\b",
        r"\bdésolée?s? de\b",
        r"\bdécision (très )?difficile\b",
        r"\bbonne continuation\b",
        r"\b(plein )?succès dans (vos|tes|votre|ta) (recherche|démarche|projet)\w*",
        r"\b(futures|prochaines) (opportunités|offres)\b",
    ),
    "PROPOSAL": (
        r"vous convient",
        r"je vous propose",
        r"seriez-vous",
        r"pourriez",
        r"dites-moi",
        r"faites-moi savoir",
    ),
    "RECRUITER_AT": (
        (
            r"je (?:m'occupe|m’occupe|suis en charge|gère|dirige|pilote) (?:du|le) recrutement (?:chez|de"
            r"|pour|d')"
        ),
        r"je suis (?:la |le )?(?:recruteuse|recruteur|chargée? de recrutement) (?:chez|de|pour|d')",
    ),
    "RECRUITING": (
        r"cabinet de recrutement",
        r"entretien\w*",
        r"entrevue\w*",
        r"candidature\w*",
        r"recrutement",
        r"recruteu\w*",
        r"poste\b",
        r"processus de recrutement",
        r"entrevue\w*",
        r"affichage de poste",
        r"dotation",
        r"postul\w+",
    ),
    "REJECTION": (
        r"ne pas donner suite",
        r"pas (pu )?donner suite",
        r"retenu (un |une )?autre",
        r"pas été retenue?",
        (
            r"(choisi|sélectionné|privilégié|préféré|recruté|retenu|opté pour|orienté vers"
            r"|porté notre choix sur|fait le choix d'?|donner notre accord à) (un |une |d'"
            r"|l')? ?autres? (candidat|profil|personne)"
        ),
        r"(proposé|offert|attribué|confié) (le|ce) (poste|rôle) à (un|une|d'autres|quelqu'un|l'autre)",
        r"(le|ce) poste (a été|est (désormais |maintenant )?|a finalement été) (pourvu|attribué)",
        r"réponse (négative|défavorable)",
        r"regrettons de vous informer",
        r"ne sommes pas en mesure de (poursuivre|retenir)",
        r"pas (été )?sélectionné",
        r"nous ne (pouvons|pourrons) pas (donner suite|retenir)",
        r"avons décidé de ne pas",
        r"donner\w* pas suite",
        r"(poursuivre|continuer) avec (un autre|d'autres) (profil|candidat)\w*",
        r"\bdécidé de ne pas (vous|poursuivre|continuer|donner)",
        r"\b(retenu|privilégié|choisi|préféré) des (candidat|profil)\w* (avec|plus|ayant|dont|qui)",
        r"(le|ce) poste (a été|est) comblé",
        r"ne (sera|sommes) pas (retenue?|en mesure d'aller de l'avant)",
        r"pas (aller|de l'avant) (de l'avant )?avec votre candidature",
        r"ne pas aller de l'avant",
        # le poste lui-même : non pourvu, mis en attente, annulé, pourvu à l'interne
        (
            r"\b(décidé|choisi|convenu) de ne pas (pourvoir|combler|doter|ouvrir|maintenir) (le|ce|notre)"
            r" (\w+ ){0,3}poste"
        ),
        (
            r"\b(poste|recrutement|affichage|processus de recrutement|processus de sélection)\b.{0,50}"
            r"\b(a été|est|sera|se trouve) (\w+ )?(annulé|fermé|retiré)"
        ),
        (
            r"\b(poste|recrutement|affichage|processus de recrutement|processus de sélection)\b.{0,50}"
            r"\b(mis en (attente|pause|suspens)|suspendu|gelé) (indéfiniment|pour une durée indéterminée"
            r"|jusqu'à nouvel ordre|pour (cette|l')année|cette année)"
        ),
        r"\bpourvu (à l'|en )interne\b",
        (
            r"\b(choisi|retenu|privilégié|opté pour|sélectionné|arrêté son choix sur|préféré) (un|une) "
            r"(candidat|candidate|candidature|profil|personne)s? (à l'|en )?interne"
        ),
        (
            r"\b(retenu|privilégié|choisi|préféré|sélectionné) (un|une) (autre )?(candidat|candidate"
            r"|candidature"
            r"|profil|personne|finaliste) (avec|plus|ayant|dont|qui|possédant|présentant)"
        ),
        (
            r"\b(poursuivre|continuer) (le processus |notre processus |la démarche )?avec (un autre|une"
            r" autre|d'autres) (profil|candidat|candidature|personne|finaliste)"
        ),
        (
            r"\b(client|cliente|entreprise|équipe)\b.{0,40}\b(choisi|retenu|opté pour|privilégié|préféré"
            r"|arrêté son choix sur) ((un|une) autre (candidat|candidate|candidature|profil|personne|finaliste)"
            r"|quelqu'un d'autre)"
        ),
        r"\b(poste|rôle) n'est plus (disponible|ouvert|à pourvoir|vacant)",
        (
            r"\b(avons|a|ont) trouvé (la bonne personne|quelqu'un|notre (nouveau |nouvelle )?\w+|un candidat"
            r"|une candidate) pour (le|ce) poste"
        ),
        r"gel des (recrutements|embauches)",
        r"ne (pas )?pourvoir (le|ce) poste",
    ),
    "REJECTION_NEWS": (
        r"pas (avoir |de |les |une )?(de )?(bonne|bonnes|meilleures) nouvelles",
        r"nouvelles? décevantes?",
        r"(mauvaise|triste)s? nouvelles?",
        r"\b(écris|écrire|reviens|revenir|communique)( vers vous)? avec regret\b",
        r"\bc'est avec regret que\b",
    ),
    "REPLY_BY": (
        r"aurez (une réponse|des nouvelles|un retour)",
        r"répond\w*",
        r"réponse",
        r"retour",
        r"reviendr\w+",
        r"revenir vers vous",
        r"(?:vous|te) (?:reviens|revenons|reviendrai|reviendrons)",
        r"revenons vers vous",
        r"nouvelles",
        r"décision",
        r"informé\w*",
        r"recontact\w*",
        r"contacter\w*",
        r"ferons signe",
        r"communiquer\w* avec vous",
        r"communiquerons avec vous",
        r"vous (reviendrons|ferons signe)",
        r"vous reviens",
        r"vous revenir",
        r"(?:je|nous) vous (?:appellerai|appellerons|téléphonerai|téléphonerons)",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"votre (réponse|décision)",
        r"merci de (nous )?(répondre|confirmer|faire savoir|revenir)",
        r"veuillez (nous )?(répondre|confirmer|revenir)",
    ),
    "REPLY_BY_BEFORE": (
        r"d'ici(?: le)?",
        r"avant le",
        r"au plus tard(?: le| d'ici)?",
    ),
    "REPLY_BY_LATEST": (r"au plus tard",),
    "REPLY_BY_WITHIN": (
        r"sous",
        r"dans les",
        r"dans un délai de",
        r"d'ici",
    ),
    "RESCHEDULE": (
        r"déplacer",
        r"reporter",
        r"décaler",
        r"report",
    ),
    "ROLE_WORDS": (
        r"ingénieur\w*",
        r"développeur\w*",
    ),
    "SCHEDULE_CHANGE": (
        r"retard",
        r"report\w*",
        r"décal\w*",
        r"malade",
        r"annul\w*",
        r"délais?",
        r"déplac\w*",
        r"(nouvelle|autre) (date|heure)",
        r"plus de temps",
    ),
    "STRONG_RECRUITING": (
        r"candidature\w*",
        r"poste\b",
        r"affichage de poste",
    ),
    "TEAM_WORDS": (
        r"ressources humaines",
        r"recrutement",
    ),
    "THANKS": (
        r"merci pour (l'entretien|votre temps|cet échange|notre échange|la conversation)",
        r"merci pour (l'entrevue|cette entrevue)",
    ),
    "UNDECIDED": (
        r"\bréfléchi(r|s)\b",
        r"\b(quelques|un peu de) (jours|temps)\b.{0,40}\b(réfléchir|décider|considérer)",
        (
            r"\b(reviens|reviendrai|revenir) vers (vous|toi) (\w+ ){0,3}(avant|d'ici|sous|dans tous les cas"
            r"|quoi qu'il en soit)"
        ),
    ),
    "VIA": (r"par",),
    "WITHDRAWAL": (
        r"retirer ma candidature",
        r"me retirer du processus",
        r"retire ma candidature",
        r"plus intéressé",
        r"accepté une autre offre",
        r"me retire du processus",
        r"retire ma candidature du processus",
        r"ne (suis|serai) plus disponible pour (le|ce) poste",
        r"\b(me|je me) retire(r)? (\w+ ){0,2}(du processus|de la course|du concours|de la sélection)",
        r"\b(retire|retirer|retiré) (\w+ ){0,2}ma candidature",
        r"\baccepté (un autre poste|une autre (offre|proposition|opportunité))",
        r"\bdécliner (votre|cette|l'|la) (aimable |généreuse )?(offre|proposition d'(embauche|emploi))",
        (
            r"\bne (souhaite|désire|veux) (plus|pas) ((poursuivre|continuer) (le processus|ma candidature|avec vous"
            r"|la démarche)|donner suite)"
        ),
        (
            r"\b(décidé|choisi) de ne pas ((poursuivre|continuer) (le processus|ma candidature|avec vous"
            r"|la démarche)|donner suite)"
        ),
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "que",
    "sur",
    "les",
    "dans",
    "vous",
    "des",
    "pas",
    "ce",
    "pour",
    "du",
    "qui",
    "au",
    "la",
    "votre",
    "le",
    "est",
    "merci",
    "de",
    "avec",
    "nous",
    "une",
    "je",
    "bien",
    "et",
    "un",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# Weekday names, Monday first (spelling variants together).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)
# Abbreviated weekday names, Monday first.
WEEKDAY_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    (),
    (),
    (),
    (),
    (),
    (),
    (),
)

# Days from the message's date: "tomorrow" is 1.
DAYS_FROM_TODAY: dict[str, int] = {"aujourd'hui": 0, "ce soir": 0, "demain": 1, "après-demain": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "quinze": 15,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    "attributions": (r"Le\b.{3,300}\ba\s+écrit",),
    "wrote": (r"a\s+écrit",),
    "header_from": ("De", "Expéditeur"),
    "header_date": ("Envoyé", "Date", r"Date\s+d['’]envoi"),
    "header_other": ("À", "A", "Cc", "Objet", "Destinataire"),
    "rules": (r"Message\s+d['’]origine", r"Message\s+original", r"Message\s+transféré"),
    "forwarded": (r"Début\s+du\s+message\s+(?:réexpédié|transféré)",),
    "sent_from": (
        r"Envoyé\s+(?:de|depuis)\s+(?:mon|ma)\s+\S.{0,40}",
        r"Envoyé\s+(?:de|depuis|avec)\s+<APPS>\b.{0,30}",
        r"(?:Télécharger|Obtenir)\s+Outlook\s+pour\s+(?:iOS|Android)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "le": ("le poste de {role}", "le poste"),
    "du": ("du poste de {role}", "du poste"),
    "au": ("au poste de {role}", "au poste"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = (("de ", "d'"),)
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"candidature",
    r"entretien",
    r"votre",
)
