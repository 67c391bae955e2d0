"""German: the phrases of each concept, as regular-expression pieces (see `watcher.core.reading.lexicon`)."""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"nr",
        r"ca",
        r"bzw",
        r"z\.b",
    ),
    "ACCEPT": (
        r"passt",
        r"geht klar",
        r"geht in ordnung",
        r"einverstanden",
        r"perfekt",
    ),
    "ACCEPT_ALONE": (
        r"passt (mir|gut|perfekt)",
        r"das passt",
        r"geht klar",
        r"einverstanden",
    ),
    "ACCEPT_PLAIN": (
        r"(da |dann )?habe ich zeit",
        r"ich habe (da |dann )?zeit",
        r"ich bin dabei",
        r"bin ich dabei",
        r"ich kann (da|dann)",
        r"sehr gerne?",
        r"ich komme gerne?",
    ),
    "ACCEPT_STRONG": (
        r"passt (mir|uns) (gut|sehr gut|perfekt)?",
        r"das passt",
        r"einverstanden",
    ),
    "ACCEPT_TIMED": (
        r"gern",
        r"gerne",
        r"klingt gut",
        r"gebucht",
    ),
    "ACKNOWLEDGEMENT": (
        r"vielen dank für ihre bewerbung",
        r"ihre bewerbung (ist|wurde) .{0,30}eingegangen",
        r"eingangsbestätigung",
        r"vielen dank für ihr dossier",
        r"ihr dossier (ist|wurde) .{0,30}eingegangen",
    ),
    "ASK": (
        r"\bbitte\b",
        r"\bkönnten sie\b",
        r"\bsenden sie\b",
        r"\bschicken sie\b",
        r"\bnennen sie\b",
        r"\bteilen sie\b",
        r"\bhaben (um|nach) .{0,40}gebeten\b",
        r"\bbitten\b",
        r"\bbäten\b",
        r"\bersuchen sie\b",
        r"\bzukommen\b",
        r"\bzuzusenden\b",
        r"\bzuzuschicken\b",
        r"\bzu (schicken|senden)\b",
        r"\bmöchten (wir|ich) sie\b",
        r"\b(wir|ich) würden? (uns )?freuen, wenn sie\b",
        r"\blassen sie (uns|mir)\b",
        r"\b(geben|sagen) sie (mir|uns)\b",
    ),
    "ASKED_TO_INTERVIEW": (
        r"\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)",
        (
            r"\b(einen|eine|unsere[nr]?) (?!(weitere|andere|letzte|zweite|dritte"
            r"|neue)\w*)([\w-]+ ){0,2}[\w-]*(kandidat|bewerber)(in|en)? (mit )?(interviewen|beurteilen"
            r"|einschätzen)"
        ),
        r"\b(lebenslauf|cv) (des|der) (kandidat|bewerber)\w*",
        r"\b(teil|mitglied) (des|im) ([\w-]+)?(panel|gremium)s? (sein|werden)\b",
        r"\b(feedback|einschätzung) zu[mr]? (dem |der )?(kandidat|bewerber)",
        (
            r"\b(vorstellungsgespräch|gespräch|interview)\w* mit (einer|einem|der|dem"
            r"|unsere[rmn]?) ([\w-]+ )?(kandidat|bewerber)(in|en)?\b"
        ),
        r"\b(du bist|bist du|sie sind|sind sie) (\w+ ){0,2}als (\w+ )?interviewer",
    ),
    "ASK_AVAILABILITY": (
        r"\b(hätten|haben) sie (\d+ minuten|kurz|eine halbe stunde)( zeit)?",
        r"\b(einige|ein paar|zwei oder drei) (abende|vormittage|nachmittage|termine)",
        r"\bwann (hätten|haben|passt|wäre)\b.{0,40}\b(zeit|ihnen)\b",
        r"\bverfügbarkeit\w*",
        r"\bterminvorschläge",
        r"\bwann (hätten|haben) sie zeit",
        r"\balternativ\w*",
        r"\b(zeitfenster|terminoptionen|terminvorschlag)\b",
        r"\bwann (es )?(ihnen|dir) (am besten )?passt\b",
    ),
    "ASK_DOCUMENT": (
        r"arbeitserlaubnis",
        r"arbeitsgenehmigung",
        r"aufenthaltstitel",
        r"lebenslauf",
        r"zeugnisse?",
        r"unterlagen",
        r"gehaltsvorstellung\w*",
        r"anschreiben",
        r"gehaltswunsch\w*",
        r"wunschgehalt\w*",
        r"gehaltserwartung\w*",
        r"arbeitsproben?",
        r"referenzprojekte?",
        r"bewerbungsdossier",
        r"dossier",
        r"hintergrund(über)?prüfung\w*",
        r"(erweitertes )?führungszeugnis",
        r"sicherheits(über)?prüfung\w*",
        r"einverständniserklärung\w*",
        r"formular\w*",
    ),
    "ASK_DONE": (
        r"erhalten",
        r"(danke|dank) für (die|ihre|deine) (zusendung|lösung|einreichung|unterlagen)",
        r"eingegangen",
    ),
    "ASK_REFERENCES": (
        r"\breferenzen\b",
        r"\breferenz(personen|person|auskünfte|auskunft|geber\w*)\b",
        r"\breferenz(personen?|geber\w*|kontakte?|auskünfte?|angaben)\b",
    ),
    "ASK_TAKE_HOME": (
        r"fallstudie",
        r"programmieraufgabe",
        r"aufgabe",
        r"testaufgabe",
        r"coding-challenge",
        r"fallbeispiel",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"probeaufgabe",
        r"probearbeit",
        r"hausaufgabe",
        r"arbeitsprobe",
    ),
    "AUTOMATED": (
        r"automatisch (erstellt|generiert|versendet)",
        r"bitte antworten sie nicht",
    ),
    "BACK_REFERENCE": (r"\b(diese[ns]?|dies|das|sie|es)\b",),
    "CANCEL": (
        r"wurde abgesagt",
        r"müssen .{0,30}absagen",
    ),
    "CLIENT_WORK": (
        r"(?:ich arbeite|arbeite ich|wir arbeiten|arbeiten wir) (?:mit|für)",
        r"(?:ich suche|suche ich|wir suchen|suchen wir) für",
    ),
    "CONDITIONAL": (r"^\s*(falls|wenn)\b",),
    "CONFIRM": (
        r"\b(bestätig\w*|fest(halten|gehalten)?|eingeplant|gebucht|einladung .{0,30}anhang)\b",
        r"\bhalten wir\b",
        r"\bich rufe sie\b",
        r"\bwir rufen sie\b",
        r"\bfreue mich auf\b",
        r"\bfreuen uns auf\b",
        r"\bfindet\b.{0,60}\bstatt\b",
        r"\bwir sehen uns\b",
        r"\beinladung\b.{0,40}\b(geschickt|gesendet|verschickt)\b",
    ),
    "DECLINE": (
        r"\b(außer|ausgenommen)\b",
        r"\bleider\b",
        r"\bpasst (mir |uns )?(leider )?nicht\b",
        r"\bgeht nicht\b",
        r"\bfalls\b.{0,40}\bnicht\b",
    ),
    "EVENING": (
        r"(?:am )?nachmittags?",
        r"abends",
    ),
    "EVENT_INTERVIEW": (
        r"gespräch",
        r"vorstellungsgespräch",
        r"kennenlernen",
    ),
    "GREETING": (
        r"hallo",
        r"liebe[rs]?",
        r"sehr geehrte[rs]?",
        r"guten (tag|morgen)",
        r"grüezi",
        r"grüß gott",
        r"servus",
    ),
    "HAND_OVER": (r"\b(schick|send|zusend|zuschick|zukommen|übermittel|weiterleit|nachreich)\w*",),
    "INTERVIEW": (r"\b(\w*gespräch\w*|\w*termin\w*|treffen|einladung\w*)\b",),
    "INTERVIEWER_VERDICT": (
        r"(ihn|sie) (würde ich|ich würde) einstellen",
        r"würde (ihn|sie) einstellen",
        r"einstellungsempfehlung",
        r"(ja|nein) zur einstellung",
        r"mein (feedback|eindruck) zu[mr]? (dem |der )?(kandidat|bewerber)\w*",
    ),
    "INVITED": (
        r"einladen",
        r"eingeplant",
    ),
    "JOB_TITLE": (
        r"entwickler\w*",
        r"ingenieur\w*",
        r"berater\w*",
    ),
    "MORNING": (
        r"(?:am )?morgens",
        r"vormittags?",
        r"früh",
    ),
    "NEXT": (r"nächsten?",),
    "NOT_ACKNOWLEDGEMENT": (r"leider",),
    "NOT_A_JOB_EXIT_INTERVIEW": (
        r"\bAustrittsgespräch",
        r"\bAustrittsinterview",
        r"\b(bleibe|mitarbeiter|jahres|entwicklungs)gespräch\w*",
    ),
    "NOT_A_JOB_MARKETING": (),
    "NOT_A_JOB_MEDIA": (r"\b(folge|sendung|zeitschrift)\b",),
    "NOT_A_JOB_MOCK_INTERVIEW": (
        r"\bprobe-?interview",
        r"\b(übungs|probe)(gespräch|vorstellungsgespräch)\w*",
        r"\bbewerbungstraining\b",
        r"\bsimulierte\w* (vorstellungsgespräch|bewerbungsgespräch|interview)",
    ),
    "NOT_A_JOB_OFFICIAL": (
        r"\beinbürgerung\w*",
        r"\b(visum|visa|konsular|aufenthalts|niederlassungs)\w*[- ]?(interview|gespräch|termin)\w*",
        r"\bausländerbehörde\b",
        r"\baufenthalts(titel|erlaubnis|genehmigung)\b",
        r"\bstaatsbürgerschaft\w*",
        r"\b(konsularabteilung|generalkonsulat)\b",
        r"\b(registered|trusted) travell?er\b|\bvertrauenswürdige reisende\b",
        r"\bniederlassungserlaubnis\b",
        r"\b(amt|behörde|ministerium) für (migration|einwanderung)\b|\beinwanderungsbehörde\b",
    ),
    "NOT_A_JOB_OWNER_INTERVIEWS": (
        r"\b(einen|eine) (kandidat|bewerber)\w* (interviewen|kennenlernen)",
        r"\bals interviewer(in)?\b",
        r"\b(zwei|drei|mehrere|die|\d+) (kandidat|bewerber)\w* (interviewen|kennenlernen)",
    ),
    "NOT_A_JOB_SOMEONE_ELSES": (),
    "NOT_A_JOB_USER_RESEARCH": (
        r"\bnutzerinterview",
        r"\bnutzerstudie",
    ),
    "NOT_A_NAME": (
        r"montag",
        r"dienstag",
        r"mittwoch",
        r"donnerstag",
        r"freitag",
        r"ich",
        r"wir",
        r"sie",
        r"er",
        r"es",
        r"der",
        r"die",
        r"das",
        r"ein",
        r"eine",
    ),
    "OFFER": (
        r"ihnen (gern |gerne )?(ein|das|unser) (vertrags)?angebot",
        r"ihnen die stelle anbieten",
        r"zusage für die stelle",
        r"freuen uns,? ihnen .{0,40}anzubieten",
        r"vertragsofferte",
        r"offerte für die stelle",
        r"ihnen die (stelle|anstellung) (offerieren|anbieten)",
        # das Angebot, wie das Bewerbermanagementsystem es bringt
        (
            r"\b(ihr|dein) (vertrags|stellen|arbeits)?angebot (ist|steht) (jetzt |nun )?(bereit|verfügbar"
            r"|online|abrufbar)"
        ),
        (
            r"\b(hat|haben) (ihnen|dir) (ein|das|ihr|dein) (vertrags|stellen|arbeits)?angebot (\w+"
            r" )?(gesendet|geschickt|übermittelt|zugestellt)"
        ),
        (
            r"\b(ihr|dein) (vertrags|stellen|arbeits)?angebot (ansehen|einsehen|prüfen|annehmen"
            r"|unterschreiben|öffnen)"
        ),
        (
            r"\b(freuen uns|freue mich),? (ihnen|dir) (\w+ ){0,4}(ein |das |unser )?(vertrags|stellen"
            r"|arbeits)?angebot"
        ),
        r"\b(arbeitsvertrag|vertragsangebot|anstellungsvertrag) (\w+ ){0,3}(im|in der) anhang",
        r"\b(ihnen|dir) (eine|die|unsere) zusage (zu )?(geben|erteilen|machen|mitteilen)",
    ),
    "OFFER_DOCUMENT": (
        r"(vertrags|stellen|arbeits)?angebot",
        r"(arbeits|anstellungs|dienst)?vertrag",
        r"(einstellungs)?zusage",
    ),
    "OFFER_ATTACHMENT": (
        r"\bangebot\w*",
        r"\b(arbeits)?vertrag\w*",
        r"\bvertragsangebot\w*",
        r"\bzusage\b",
    ),
    "ON_BEHALF_OF": (
        r"im Auftrag von",
        r"unser(?:em)? Kunden?,?",
        r"(?:unser|der) Kunde(?: ist)?,?",
        r"(?:darf|kann) (?:ich )?(?:Ihnen|dir) (?:jetzt |nun )?(?:sagen|verraten|mitteilen),? (?:dass )?es sich um(?: die| den| das)?",
    ),
    "OWNER_CONFIRM": (
        r"bestätige\w*",
        r"bestätigt",
    ),
    "POSSIBLE_OFFER": (
        r"\b(ihr|dein) angebot (ist|steht|liegt) (jetzt )?(bereit|vor)\b",
        r"\b(sende|senden|schicke|schicken) (ihnen|dir) (gerne )?(das|unser|ein) angebot\b",
        r"\bfreu\w* (uns|mich),? (ihnen|dir|euch) (\w+ )?mit\w*",
        r"\b(gute|erfreuliche|tolle|positive) nachricht\w*",
        r"\b(herzlichen )?glückwunsch\w*",
        r"\bgratulier\w*",
        r"\bwillkommen (im|in unserem|an bord)\b",
        r"\bvertragsunterlagen\b",
        r"\b(eintritts|start)(datum|termin)\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(keine guten|schlechte|enttäuschende|traurige) nachricht\w*",
        r"\bentschieden,? (die|diese) (stelle|position) nicht\b",
        r"\beinstellungsstopp\b",
        r"\b(stelle|position) (wird|wurde) (vorerst )?nicht (nach)?besetzt\b",
        r"\bleider\b",
        r"\bbedauer\w*",
        r"\btut (uns|mir) (sehr )?leid\b",
        r"\b(schwere|schwierige|nicht leichte) entscheidung\b",
        r"\bnicht leicht gefallen\b",
        r"\bweiterhin (viel )?erfolg\b",
        r"\balles gute für (ihre|deine) (weitere|berufliche)\w*",
        r"\bin (unserem|unseren) (talentpool|bewerberpool)\b",
    ),
    "PROPOSAL": (
        r"vorschlag",
        r"passt (ihnen|dir)",
        r"hätten sie",
        r"könnten sie",
        r"sag(en sie)? bescheid",
    ),
    "RECRUITER_AT": (
        (
            r"ich (?:leite|verantworte|betreue|mache|koordiniere) (?:das |die )?(?:Recruiting|Recruitment"
            r"|Personalgewinnung|Talent Acquisition) (?:bei|für|von)"
        ),
        r"ich bin (?:die |der )?(?:Recruiterin|Recruiter|Personalreferent(?:in)?) (?:bei|für|von)",
    ),
    "RECRUITING": (
        r"bewerbung\w*",
        r"vorstellungsgespräch\w*",
        r"kennenlerngespräch",
        r"stelle\b",
        r"personalabteilung",
        r"personalberat\w*",
        r"personalvermittl\w*",
        r"headhunt\w*",
        r"(offene|vakante) position",
        r"(?-i:(die|diese|eine|unsere) Position (als |im Bereich )?[A-ZÄÖÜ])",
        r"bewerbungsgespräch\w*",
        r"anstellung",
    ),
    "REJECTION": (
        r"leider (mitteilen|absagen|nicht)",
        r"(uns|sich) für (eine|einen) andere\w* (kandidat|bewerber)\w*",
        r"nicht (weiter )?berücksichtig",
        r"absage",
        r"nicht in die engere auswahl",
        r"anderweitig besetzt",
        r"keine zusage",
        r"nicht berücksichtigen",
        r"haben uns (leider )?(gegen|für) .{0,40}entschieden",
        (
            r"(stelle|position|rolle)\b.{0,40}\b(an|mit) (eine[nmr]? (anderen?|internen?)|jemand(em"
            r"|en)? ander\w*)\b.{0,30}\b(vergeben|besetzt|besetzen)"
        ),
        (
            r"(stelle|position) (wurde|ist|haben wir) (bereits |inzwischen |mittlerweile )?(anderweitig "
            r"|intern )?(vergeben|besetzt)"
        ),
        r"leider .{0,40}(mitteilen|absagen|nicht berücksichtigen|keine zusage)",
        (
            r"(mit|für) (den )?anderen? (kandidat|bewerber)\w*(:innen|\*innen)? (fortzusetzen|fortsetzen"
            r"|fortfahren|weiterzumachen|weitermachen|zu entscheiden|entschieden)"
        ),
        r"anderen? (kandidat|bewerber)\w* (den )?vorzug",
        r"\bSie nicht (weiter|in die nächste (runde|phase|stufe)|zum (vor-ort|finalen|nächsten))",
        (
            r"\b(haben|hat) sich (\w+ ){0,3}für (andere |weitere )?(kandidat|bewerber)\w* (mit"
            r"|entschieden)"
        ),
        r"(stelle|position) (wurde|ist) (bereits |inzwischen )?anderweitig (vergeben|besetzt)",
        r"(dossier|bewerbung) (leider )?nicht (weiter )?berücksichtigen",
        # die Stelle selbst: nicht (nach)besetzt, auf Eis gelegt, gestoppt, intern besetzt
        (
            r"\b(entschieden|beschlossen|entschlossen),? (die|diese|unsere) (\w+ ){0,3}(stelle|position"
            r"|vakanz|rolle)"
            r" (\w+ ){0,6}nicht (zu |mehr zu |neu zu |nach)?(besetzen|nachzubesetzen)"
        ),
        (
            r"\b(wird|wurde|werden) (vorerst |vorläufig |derzeit |leider |nun |doch |aktuell )*nicht (nach"
            r"|neu |wieder )?besetzt"
        ),
        (
            r"\b(stelle|position|vakanz|ausschreibung|besetzung|stellenbesetzung|rekrutierung|suche)\b.{0,60}"
            r"\b(gestoppt|gestrichen|storniert|abgebrochen|eingestellt)"
        ),
        (
            r"\b(stelle|position|vakanz|ausschreibung|besetzung|stellenbesetzung|rekrutierung|suche)\b.{0,60}"
            r"\b(auf unbestimmte zeit|bis auf weiteres|für dieses jahr|in diesem jahr) (\w+ )?(auf eis gelegt"
            r"|eingefroren|pausiert|zurückgestellt)"
        ),
        r"\bintern (nach)?besetzt\b",
        (
            r"\bfür (eine[nm]? )?((interne\w*|andere\w*) (kandidat|bewerber|person|finalist)\w*|interne (lösung"
            r"|besetzung)) (\w+ ){0,3}entschieden"
        ),
        (
            r"\b(mit|für) (einer?|einem|einen) (anderen|internen) (kandidat|bewerber|finalist|person)\w*"
            r" (fortzufahren|fortfahren|weiterzugehen|weitergehen)"
        ),
        (
            r"\b(ihre|deine) (bewerbung|kandidatur) (\w+ ){0,3}nicht (weiter|länger) (zu )?(verfolgen"
            r"|berücksichtigen)"
        ),
        (
            r"\b(stelle|position|vakanz) ist (leider )?nicht mehr (verfügbar|vakant|offen|ausgeschrieben|zu"
            r" besetzen)"
        ),
        (
            r"\b(jemanden|eine passende person|einen passenden kandidaten|eine passende kandidatin) für (die"
            r"|diese) (stelle|position) gefunden"
        ),
        r"einstellungsstopp",
    ),
    "REJECTION_NEWS": (
        r"(keine|leider keine|nicht die) (guten|positiven|erfreulichen|erhofften) nachrichten",
        r"enttäuschende nachricht\w*",
        r"schlechte nachricht\w*",
        r"\bkeine (gute|erfreuliche) nachricht\b",
        r"\b(leider|bedauer\w*) .{0,40}\bnachricht\w*, die (sie|du) sich (anders )?(gewünscht|erhofft)",
    ),
    "REPLY_BY": (
        r"hören",
        r"hörst",
        r"antwort\w*",
        r"melden",
        r"rückmeldung",
        r"bescheid",
        r"entscheidung",
        r"entscheiden",
        r"zurückkommen",
        r"informieren",
        r"feedback",
        r"antwort",
        r"(?:rufe|rufen) (?:ich|wir) (?:Sie|dich) an",
        r"melde(?:n)? (?:ich|wir) (?:mich|uns) telefonisch",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"von ihnen",
        r"ihre (antwort|entscheidung)",
        r"bitte (antworten|bestätigen|melden sie|teilen sie|geben sie)",
        r"(antworten|melden|bestätigen) sie (uns )?bitte",
    ),
    "REPLY_BY_BEFORE": (
        r"bis(?: zum| spätestens)?(?: am| zum)?",
        r"spätestens(?: am| bis)?(?: zum| am)?",
    ),
    "REPLY_BY_LATEST": (r"spätestens",),
    "REPLY_BY_WITHIN": (
        r"innerhalb(?: von| der nächsten)?",
        r"in den nächsten",
        r"binnen",
        r"innert",
    ),
    "RESCHEDULE": (
        r"verschieb\w*",
        r"verleg\w*",
    ),
    "ROLE_WORDS": (r"entwickler\w*",),
    "SCHEDULE_CHANGE": (
        r"verschieb\w*",
        r"verleg\w*",
        r"verzögerung\w*",
        r"krank",
        r"termin\w*",
        r"zeitplan\w*",
        r"länger dauer\w*",
    ),
    "STRONG_RECRUITING": (
        r"bewerbung\w*",
        r"stelle\b",
    ),
    "TEAM_WORDS": (
        r"personalabteilung",
        r"karriere",
    ),
    "THANKS": (
        r"vielen dank für (das|die|ihre|den) (gespräch|zeit|organisation|heutige)",
        r"danke für das gespräch",
    ),
    "UNDECIDED": (
        r"\bbedenkzeit\b",
        r"\b(darüber|es|das) (in ruhe )?(nachdenken|überlegen|überdenken)",
        r"\b(ein paar|einige|wenige) tage\b.{0,40}\b(zeit|überlegen|nachdenken)",
        r"\bmelde mich (\w+ ){0,3}(bis|vor|spätestens|in jedem fall|so oder so)",
    ),
    "VIA": (r"über",),
    "WITHDRAWAL": (
        r"bewerbung zurück(ziehen|zuziehen|gezogen)",
        r"ziehe meine bewerbung",
        r"nicht mehr interessiert",
        r"andere(s|n) (angebot|stelle) angenommen",
        r"nicht weiter am (prozess|verfahren) teilnehmen",
        r"\b(bewerbung|kandidatur) (\w+ ){0,3}zurück(ziehen|zuziehen|gezogen|ziehe)",
        r"\bziehe (ich )?meine (bewerbung|kandidatur)",
        (
            r"\b(mich|meine bewerbung) (\w+ ){0,2}aus dem (\w+ )?(prozess|verfahren|auswahlverfahren"
            r"|bewerbungsprozess) zurück"
        ),
        r"\b(ein )?anderes (stellen|job|arbeits)?angebot (\w+ ){0,3}(angenommen|zugesagt)",
        r"\b(mich )?für (eine|ein) andere\w* (stelle|angebot|position|unternehmen|firma) entschieden",
        r"\b(ihr|das) angebot (leider )?(ab(lehnen|sagen|zulehnen)|nicht an(nehmen|zunehmen))",
        r"\blehne (ich )?(ihr|das) angebot (\w+ )?ab",
        r"\b(den|diesen) (prozess|bewerbungsprozess) nicht (mehr )?weiter(verfolgen|zuverfolgen| verfolgen)",
        (
            r"\b(entschieden|entschlossen),? (den|diesen) (\w+ )?(prozess|bewerbungsprozess|auswahlprozess)"
            r" nicht (weiter )?fortzusetzen"
        ),
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "auf",
    "des",
    "dem",
    "den",
    "zu",
    "ich",
    "wird",
    "ein",
    "nicht",
    "ihnen",
    "und",
    "wir",
    "eine",
    "mit",
    "vielen",
    "uns",
    "von",
    "der",
    "das",
    "ihre",
    "ihr",
    "sind",
    "sie",
    "ist",
    "für",
    "grüße",
    "grüsse",
    "die",
    "gern",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "januar",
    "jänner",
    "jaenner",
    "februar",
    "feber",
    "märz",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
)

# Weekday names, Monday first (spelling variants together).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag", "sonnabend"),
    ("sonntag",),
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
DAYS_FROM_TODAY: dict[str, int] = {"heute": 0, "morgen": 1, "übermorgen": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "einer": 1,
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "zehn": 10,
    "vierzehn": 14,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    "attributions": (r"Am\b.{3,300}\bschrieb\b.{0,200}", r".{1,200}\bschrieb\s+am\b.{3,120}"),
    "wrote": (r"schrieb",),
    "header_from": ("Von",),
    "header_date": ("Gesendet", "Datum"),
    "header_other": ("An", "Cc", "Betreff"),
    "rules": (
        r"Urspr(?:ü|ue)ngliche\s+Nachricht",
        r"Original-?Nachricht",
        r"Weitergeleitete\s+Nachricht",
    ),
    "forwarded": (r"(?:Anfang|Beginn)\s+der\s+weitergeleiteten\s+(?:Nachricht|E-Mail)",),
    "sent_from": (
        r"Von\s+meine[mr]\s+\S.{0,40}\s+gesendet",
        r"Gesendet\s+(?:von|mit)\s+meine[mr]\s+\S.{0,40}",
        r"Gesendet\s+(?:von|mit)\s+(?:<APPS>|GMX|WEB\.DE)\b.{0,30}",
        r"Outlook\s+für\s+(?:iOS|Android)\s+(?:herunterladen|beziehen)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "zur": ("zur Stelle als {role}", "zur ausgeschriebenen Stelle"),
    "als": ("als {role}", ""),
    "wegen": ("wegen der Stelle als {role}", "wegen der Stelle"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = ()
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"bewerbung",
    r"gespräch",
    r"einladung",
    r"ihre",
    r"aw",
)
