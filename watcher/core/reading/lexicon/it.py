"""Italian: the phrases of each concept, as regular-expression pieces (see `watcher.core.reading.lexicon`)."""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"sig",
        r"sig\.ra",
        r"dott",
        r"ing",
    ),
    "ACCEPT": (
        r"mi va bene",
        r"va benissimo",
        r"perfetto",
        r"d'accordo",
        r"mi sta bene",
        r"funziona( perfettamente| bene| per me)?",
    ),
    "ACCEPT_ALONE": (
        r"mi va bene",
        r"va benissimo",
        r"perfetto",
        r"d'accordo",
    ),
    "ACCEPT_PLAIN": (
        r"ci sarò",
        r"sono disponibile",
        r"con piacere",
        r"volentieri",
        r"certamente",
    ),
    "ACCEPT_STRONG": (
        r"mi va (molto )?bene",
        r"va benissimo",
        r"mi sta bene",
        r"funziona (perfettamente|benissimo|bene)",
    ),
    "ACCEPT_TIMED": (
        r"ottimo",
        r"sì",
        r"benissimo",
        r"prenotato",
    ),
    "ACKNOWLEDGEMENT": (
        r"abbiamo ricevuto la (sua|tua) candidatura",
        r"grazie per (la (sua|tua) candidatura|aver(e)? (inviato|presentato) la (sua|tua) candidatura)",
        r"la (sua|tua) candidatura è stata ricevuta",
    ),
    "ASK": (
        r"\bper favore\b",
        r"\bpotrebbe\b",
        r"\bpotresti\b",
        r"\bpuò (inviar|mandar|indicar|condivider)\w*",
        r"\bpuoi (inviar|mandar|indicar|condivider)\w*",
        r"\binvia(teci|ci|mi)?\b",
        r"\bci (invii|mandi|indichi|faccia sapere|fai sapere)\b",
        r"\babbiamo bisogno\b",
        r"\b(le|ti) (chiediamo|chiedo|saremmo grati)\b",
        r"\bvorremmo (che|ricevere)\b",
        r"\bla preghiamo di\b",
        r"\bti preghiamo di\b",
        r"\bavremmo bisogno\b",
        r"\bme (li|la|lo|le) può (mandare|inviare)\b",
    ),
    "ASKED_TO_INTERVIEW": (
        (
            r"\b(intervistare|colloquiare) (un|una|il|la|questo|questa) (?!(altr|ultim|second|terz|nuov)\w*)"
            r"(\w+ )?candidat\w*"
        ),
        r"\bfar parte della (commissione|giuria|panel) (di )?(colloquio|selezione)",
        r"\bcv (del|della) candidat\w*",
        r"\b(parere|valutazione|feedback) (sul|sulla) candidat\w*",
    ),
    "ASK_AVAILABILITY": (
        r"\bavrebbe (\d+ minuti|mezz'ora)",
        r"\b(alcune|un paio di|due o tre) (date|opzioni|fasce orarie|mattine|pomeriggi)",
        r"\b(quali|che) (giorni|orari) (le|ti) (andrebbero|vanno|sono comodi)",
        r"\bdisponibilità\b",
        r"\bquando (sarebbe|sei|è|saresti) disponibile",
        r"\bfasce orarie\b",
    ),
    "ASK_DOCUMENT": (
        r"permesso di (lavoro|soggiorno)",
        r"passaporto",
        r"(aspettative|pretese|richieste) (salariali|economiche|retributive)",
        r"ral (attuale|desiderata)",
        r"lettera di presentazione",
        r"portfolio",
        r"esempi (del (suo|tuo) lavoro|di lavori)",
        r"casellario( giudiziale)?",
        r"controllo dei precedenti",
        r"modulo allegato",
    ),
    "ASK_DONE": (
        r"ricevut[oa]",
        r"grazie per (aver(e)? )?(inviato|completato|condiviso|mandato)",
    ),
    "ASK_REFERENCES": (r"\breferenze\b",),
    "ASK_TAKE_HOME": (
        r"prova tecnica",
        r"test tecnico",
        r"esercizio",
        r"caso di studio",
        r"case study",
        r"esercitazione",
        r"compito",
        r"(la )?(sua|tua) soluzione",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"esercizio da (svolgere|fare) a casa",
        r"prova tecnica da (svolgere|fare) a casa",
    ),
    "AUTOMATED": (
        r"non rispondere a questa",
        r"messaggio (generato )?automatic\w*",
        r"e-?mail (generata )?automatica",
    ),
    "BACK_REFERENCE": (
        r"\b(questo|questa|ciò)\b",
        r"\w+r(?:ce|ci|me|mi)?(?:lo|la|li|le)\b",
    ),
    "CANCEL": (
        r"è stat[oa] annullat[oa]",
        r"dobbiamo annullare",
    ),
    "CLIENT_WORK": (
        r"(?:lavoro|collaboro|lavoriamo|collaboriamo) con",
        r"(?:cerco|cerchiamo|selezioniamo) per",
    ),
    "CONDITIONAL": (
        r"^\s*(qualora|nel caso)\b",
        r"^\s*se (dovess\w+|foss\w+|avess\w+|non|potess\w+|ci)\b",
    ),
    "CONFIRM": (
        r"\b(confermat[oa]|fissat[oa]|programmat[oa]|prenotat[oa])\b",
        r"\b(la|ti) (chiamerò|chiameremo)\b",
        r"\ba presto\b",
        r"\b(si terrà|avrà luogo|ci vediamo|la aspettiamo|ti aspettiamo)\b",
    ),
    "DECLINE": (
        r"\b(tranne|eccetto|salvo)\b",
        r"\bnon (mi )?(va|posso|riesco)\b",
        r"\bpurtroppo\b",
        r"\baltrimenti\b",
    ),
    "EVENING": (
        r"del pomeriggio",
        r"di pomeriggio",
        r"di sera",
        r"della sera",
    ),
    "EVENT_INTERVIEW": (r"colloqui\w*",),
    "GREETING": (
        r"ciao",
        r"buongiorno",
        r"gentile",
        r"car[oa]",
        r"salve",
    ),
    "HAND_OVER": (r"\b(invi|mand|condivid|trasmett|allegat|far\w* avere)\w*",),
    "INTERVIEW": (
        r"\b(colloqui\w*|chiamata|incontro|videochiamata|intervista)\b",
        r"\b(sentirci|call|telefonata)\b",
    ),
    "INTERVIEWER_VERDICT": (
        r"(lo|la) assumerei",
        r"(consiglio|raccomando) (di assumerl[oa]|l'assunzione)",
        r"il mio (feedback|parere) (sul|sulla) candidat\w*",
    ),
    "INVITED": (
        r"invitarl[ao]",
        r"invitarti",
    ),
    "JOB_TITLE": (
        r"ingegner\w*",
        r"sviluppat\w*",
        r"analista",
    ),
    "MORNING": (
        r"di mattina",
        r"del mattino",
        r"della mattina",
    ),
    "NEXT": (
        r"prossim[oa]",
        r"che viene",
    ),
    "NOT_ACKNOWLEDGEMENT": (r"purtroppo",),
    "NOT_A_JOB_EXIT_INTERVIEW": (r"\bcolloquio di uscita",),
    "NOT_A_JOB_MARKETING": (),
    "NOT_A_JOB_MEDIA": (r"\b(giornalista|rivista|puntata)\b",),
    "NOT_A_JOB_MOCK_INTERVIEW": (r"\bsimulazione di colloquio",),
    "NOT_A_JOB_OWNER_INTERVIEWS": (r"\bintervistare (un|una) candidat",),
    "NOT_A_JOB_SOMEONE_ELSES": (),
    "NOT_A_JOB_USER_RESEARCH": (r"\bintervista (con gli )?utent\w*",),
    "NOT_A_NAME": (
        r"lunedì",
        r"martedì",
        r"mercoledì",
        r"giovedì",
        r"venerdì",
        r"noi",
        r"voi",
        r"loro",
        r"il",
        r"lo",
        r"gli",
        r"uno",
    ),
    "OFFER": (
        r"offrirle (la posizione|il ruolo|il posto)",
        r"offrirti (la posizione|il ruolo|il posto)",
        r"offerta (formale|di lavoro|di assunzione)",
        r"proposta (formale )?di assunzione",
        r"(siamo lieti|abbiamo il piacere) di (offrirle|offrirti|proporle|proporti)",
        r"lettera di offerta",
    ),
    "ON_BEHALF_OF": (
        r"per conto di",
        r"(?:il nostro|il) cliente(?: è)?,?",
    ),
    "OWNER_CONFIRM": (
        r"confermo",
        r"confermat[oa]",
    ),
    "PROPOSAL": (
        r"(le|ti) andrebbe",
        r"(le|ti) va bene",
        r"potrebbe",
        r"propongo",
        r"mi faccia sapere",
        r"fammi sapere",
    ),
    "RECRUITER_AT": (
        r"(?:gestisco|coordino|seguo) (?:la selezione|il recruiting|le assunzioni) (?:in|presso|per|di)",
        r"sono (?:la |il )?(?:recruiter|selezionatric\w+|selezionator\w+|talent acquisition) (?:in|presso|per|di)",
    ),
    "RECRUITING": (
        r"colloqui\w*",
        r"candidatur\w*",
        r"processo di selezione",
        r"selezione",
        r"posizione aperta",
        r"recruiter",
        r"risorse umane",
    ),
    "REJECTION": (
        r"non (proseguire|procedere|andare avanti)",
        r"(proseguire|procedere|andare avanti) con altr[ie] (candidat|profil)\w*",
        (
            r"(scelto|selezionato|preferito|optato per|deciso per|assunto) (un[oa]? )?altr[oaie] (\w+ )?"
            r"(candidat|profil|persona)\w*"
        ),
        r"(la posizione|il ruolo|il posto) è (già )?stat[oa] (coperto|copert[oa]|assegnat[oa])",
        r"(siamo spiacenti|ci dispiace) (di )?comunicar",
        r"non (è|sei) stat[oa] selezionat[oa]",
        r"(abbiamo deciso|deciso) di non (proseguire|procedere|andare avanti)",
        r"profili (più )?(in linea|aderenti)",
        r"non (potremo|possiamo) (proseguire|procedere|dare seguito)",
        r"esito negativo",
        r"(scelto|selezionato) (un|una) (candidat\w*|profilo) (con|che|più)",
        r"deciso di non coprire (la|questa) posizione",
        r"deciso di non (coprire|aprire|procedere con) (la|questa) posizione",
        r"(posizione|selezione|ricerca)\b.{0,50}\b(è stat[oa]|sarà|viene) (annullat[oa]|chius[oa]|sospes[oa]|congelat[oa])",
        r"copert[oa] internamente",
        r"(scelto|selezionato|optato per) (un|una) (candidat\w*|profilo|persona) intern[oa]",
        r"(cliente|azienda|team)\b.{0,40}\b(scelto|optato per|preferito) (un altro|un'altra|qualcun altro)",
        r"è con rammarico che",
        r"(congelat\w* le|blocco delle) assunzioni",
        r"non (copriremo|andremo a coprire) (la|questa) posizione",
    ),
    "REJECTION_NEWS": (
        r"non (abbiamo|portiamo) (buone|le) notizie",
        r"(brutte|cattive) notizie",
        r"notizie (deludenti|non positive)",
    ),
    "REPLY_BY": (
        r"avrà (nostre )?notizie",
        r"avrai (nostre )?notizie",
        r"vi faremo sapere",
        r"le faremo sapere",
        r"ti faremo sapere",
        r"faremo sapere",
        r"risposta",
        r"riscontro",
        r"notizie",
        r"decisione",
        r"decidere",
        r"contatter\w*",
        r"ricontatter\w*",
        r"aggiorner\w*",
        r"comunicher\w*",
        r"feedback",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"(la )?(sua|tua) risposta",
        r"(la preghiamo|ti preghiamo|per favore),? (di )?(rispondere|confermare|farci sapere)",
        r"attendiamo (un |il )?(suo |tuo )?(riscontro|risposta)",
        r"(le|ti) chiediamo (di )?(rispondere|confermare|un riscontro)",
    ),
    "REPLY_BY_BEFORE": (
        r"entro(?: il| la)?",
        r"prima d(?:i|el|ella)",
        r"al più tardi(?: entro)?(?: il)?",
    ),
    "REPLY_BY_LATEST": (r"al più tardi",),
    "REPLY_BY_WITHIN": (
        r"entro",
        r"nei prossimi",
        r"nelle prossime",
        r"tra",
        r"fra",
    ),
    "RESCHEDULE": (
        r"spostar\w*",
        r"rimandar\w*",
        r"riprogrammar\w*",
    ),
    "ROLE_WORDS": (
        r"ingegner\w*",
        r"sviluppat\w*",
    ),
    "SCHEDULE_CHANGE": (
        r"ritard\w*",
        r"rinvi\w*",
        r"spost\w*",
        r"malat\w*",
        r"annull\w*",
    ),
    "STRONG_RECRUITING": (
        r"candidatur\w*",
        r"processo di selezione",
        r"posizione aperta",
    ),
    "TEAM_WORDS": (
        r"risorse umane",
        r"talent acquisition",
        r"selezione",
    ),
    "THANKS": (r"grazie per (il colloquio|il (suo|tuo) tempo|la (piacevole )?conversazione)",),
    "UNDECIDED": (
        r"\b(qualche|alcuni) giorn[oi] per (riflettere|pensarci|decidere)\b",
        r"\bpensarci (su|bene)\b",
    ),
    "VIA": (
        r"tramite",
        r"attraverso",
    ),
    "WITHDRAWAL": (
        r"ritir(are|o) la (mia )?candidatura",
        r"ritirarmi dal(la)? (processo|selezione)",
        r"mi ritiro dal(la)? (processo|selezione)",
        r"non (sono|sarei) più interessat[oa]",
        r"accettato (un'altra|un altra|altra) (offerta|proposta)",
        r"non (proseguirò|continuerò) (con )?il processo",
    ),
    "NOT_A_JOB_OFFICIAL": (
        r"\b(colloquio|appuntamento) (consolare|per il visto|per la cittadinanza|in questura|in prefettura|in ambasciata|al consolato)\b",
        r"\bpermesso di soggiorno\b",
        r"\bcittadinanza italiana\b",
        r"\b(ufficio|sportello) (immigrazione|unico per l'immigrazione)\b",
    ),
    "OFFER_DOCUMENT": (
        r"lettera (di )?(offerta|assunzione)",
        r"offerta di lavoro",
        r"contratto di lavoro",
    ),
    "OFFER_ATTACHMENT": (
        r"\bofferta\w*",
        r"\bcontratt\w*",
        r"\blettera (di )?(offerta|assunzione)\b",
        r"\bproposta di assunzione\b",
    ),
    "POSSIBLE_OFFER": (
        r"\b(la )?(sua|tua) offerta (è|e') (pronta|disponibile|stata inviata)\b",
        r"\b(siamo|sono) (lieti|lieta|lieto|felici|felice) di\b",
        r"\b(ottime|buone|belle) notizie\b",
        r"\bcongratulazioni\b",
        r"\b(abbiamo|ho) il piacere di\b",
        r"\bbenvenut[oa] (nel|nella|in) (team|squadra)\b",
        r"\bdata di (inizio|assunzione|ingresso)\b",
        r"\bproposta (economica|contrattuale|di assunzione)\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(brutte|cattive) notizie\b",
        r"\bdeciso di non\b",
        r"\bblocco delle assunzioni\b",
        r"\bpurtroppo\b",
        r"\b(siamo spiacenti|ci dispiace|con rammarico)\b",
        r"\bdecisione (molto )?difficile\b",
        r"\bin bocca al lupo\b",
        r"\b(future|prossime) (opportunità|posizioni)\b",
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "che",
    "non",
    "il",
    "di",
    "della",
    "dei",
    "sono",
    "siamo",
    "lei",
    "gli",
    "grazie",
    "molto",
    "ma",
    "è",
    "nel",
    "alla",
    "ci",
    "vi",
    "suo",
    "questo",
    "questa",
    "anche",
    "saluti",
    "cordiali",
    "e",
    "per",
    "un",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "giu",
    "lug",
    "ott",
)

# Weekday names, Monday first (spelling variants together).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lunedì", "lunedi"),
    ("martedì", "martedi"),
    ("mercoledì", "mercoledi"),
    ("giovedì", "giovedi"),
    ("venerdì", "venerdi"),
    ("sabato",),
    ("domenica",),
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
DAYS_FROM_TODAY: dict[str, int] = {"oggi": 0, "stasera": 0, "domani": 1, "dopodomani": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "dieci": 10,
    "quindici": 15,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    "attributions": (r"Il\b.{3,300}\bha\s+scritto",),
    "wrote": (r"ha\s+scritto",),
    "header_from": ("Da", "Mittente"),
    "header_date": ("Inviato", r"Inviato\s+il", "Data"),
    "header_other": ("A", "Cc", "Oggetto"),
    "rules": (r"Messaggio\s+originale", r"Messaggio\s+inoltrato"),
    "forwarded": (r"Inizio\s+(?:del\s+)?messaggio\s+inoltrato",),
    "sent_from": (
        r"Inviato\s+da(?:l\s+mio|\s+mio)?\s+(?:<DEVICES>|<APPS>|cellulare|telefono|dispositivo)\b.{0,30}",
        r"(?:Scarica|Ottieni)\s+Outlook\s+per\s+(?:iOS|Android)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "la": ("la posizione di {role}", "la posizione"),
    "per": ("per la posizione di {role}", "per la posizione"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = ()
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"colloquio",
    r"candidatura",
    r"convito",
    r"sua",
    r"tua",
    r"rif",
)
