"""English: the phrases of each concept, as regular-expression pieces (see `watcher.core.reading.lexicon`)."""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"dr",
        r"mr",
        r"mrs",
        r"ms",
        r"st",
        r"no",
        r"e\.g",
        r"i\.e",
        r"vs",
        r"approx",
    ),
    "ACCEPT": (
        r"works?( well| great| perfectly| fine| for me| for us| for both)?",
        r"is perfect",
        r"perfect",
        r"looks good",
        r"sounds (good|great|perfect)",
        r"suits me",
        r"i'?ll be there",
        r"see you then",
        r"count me in",
        r"that'?s fine",
        r"is fine",
    ),
    "ACCEPT_ALONE": (
        r"works( well| great| perfectly| fine)?( for me| for us)?",
        r"that works",
        r"perfect",
        r"sounds (good|great|perfect)",
        r"see you then",
    ),
    "ACCEPT_PLAIN": (
        r"I'?m (available|free)( then| at that time| that day)?",
        r"I am (available|free)",
        r"I can make (it|that)",
        r"I can do (that|it|then|this)",
        r"happy to (do|take|go with|confirm)",
        r"glad to (do|take)",
        r"I'?ll take",
        r"I'?d (like|love) to take",
        r"(absolutely|definitely|of course|gladly|with pleasure)\b",
        r"(it is|it's a date)[.!]",
        r"talk (to you )?then",
        r"see you (then|there)",
        r"I'?ll be there",
    ),
    "ACCEPT_STRONG": (
        r"works? (well |great |perfectly |fine )?for (me|us|both)",
        r"that works",
        r"works (well|great|perfectly)",
        r"is perfect",
        r"sounds (good|great|perfect)",
        r"i'?ll be there",
        r"see you (then|on|at)",
        r"count me in",
    ),
    "ACCEPT_TIMED": (
        r"see you",
        r"yes",
        r"yep",
        r"sure",
        r"great",
        r"ok",
        r"okay",
        r"fine by me",
        r"booked",
        r"grabbed",
        r"scheduled",
        r"picked",
        r"reserved",
        r"signed up for",
    ),
    "ACKNOWLEDGEMENT": (
        r"thank(s| you) for (applying|your application)",
        r"we('ve| have) received your application",
        r"application (has been )?received",
        r"received your application",
        r"your application (for|to) .{0,80}(has been|was) (received|submitted)",
        r"application confirmation",
    ),
    "ASK": (
        r"\b(could|can|would|will) you\b",
        r"\bplease\b",
        r"\bsend (me|us|over|it|back)\b",
        r"\blet me know\b",
        r"\bI'?d need\b",
        r"\bwe('ll| will)? need\b",
        r"\bwe'?d like you to\b",
        r"\bnext step is\b",
        r"\bnext stage\b",
        r"\bbefore I schedule",
        r"\bwe ask\b",
        r"\bshare\b",
        r"\bpick\b",
        r"\bbook\b",
        r"\bgrab\b",
        r"\bsubmit\b",
        r"\bprovide\b",
        r"\bupload\b",
        r"\bforward\b",
        r"\b(we|I)('d| would)? ask (you|that you)\b",
        r"\b(we|I)('d| would) (like|love) (you|to (see|receive|get))\b",
        r"\binvite you to (complete|work on|prepare|put together|tackle|take|do|submit|send|share)\b",
        r"\bwould you mind\b",
        r"\bcan we (get|have|see)\b",
        r"\b(have|has|they'?ve) asked (for|to see)\b",
    ),
    "ASKED_TO_INTERVIEW": (
        (
            r"\byou('d| would| could| can)? (be able to |like to |mind )?(sit|serve|sitting"
            r"|serving) on (the|an|our|a|this|that) (interview(ing)? |hiring )?(panel|loop"
            r"|committee)\b(?! interview)"
        ),
        r"\b(panel|loop) for (a|an|this) ([\w-]+ ){0,3}(candidate|applicant)\b",
        (
            r"\b(interview|assess|screen)(ing)? (a|an|this) (?!(final|last|few|more|other|remaining"
            r"|couple|handful|number|second|third|new|further|different|internal|external|strong|great"
            r"|shortlisted)\b)([\w-]+ ){0,3}(candidate|applicant)\b(?!s|['’]s| pool| portal| experience)"
        ),
        r"\bfor (a|an|this) ([\w-]+ ){0,3}(candidate|applicant),? (?-i:[A-Z][a-z]+ [A-Z][a-z]+)",
        r"\b(the|this|our) (candidate|applicant)'s (cv|résumé|resume|scorecard|debrief)\b",
        (
            r"\b(feedback|notes|thoughts|verdict) (on|about) (the|this|our) (candidate|applicant)\b(?!s"
            r"| experience| journey| portal| pool)"
        ),
        (
            r"\b(you('re| are)|you'll be) (\w+ ){0,2}(the|a|our) (second|third|other|additional"
            r"|backup) interviewer\b"
        ),
        (
            r"\b(panel|jury|tribunal) (with|for|avec|pour|con|para) (a|an|the|un|une|le|la"
            r"|el) ([\w-]+ )?(candidate|candidat|candidate|candidato|candidata)\b"
        ),
    ),
    "ASK_AVAILABILITY": (
        r"\bavailabilit\w*",
        (
            r"\b(times|windows|slots|dates|alternatives|mornings|afternoons|evenings"
            r"|options?)\b.{0,40}\b(works?|suits?|available|fly)"
        ),
        (
            r"\b(would|do|could) you have (\d+|a few|some|fifteen|twenty|thirty|half an hour)( minutes"
            r"| mins)?\b"
        ),
        (
            r"\b(a few|some|two or three|\d+\s*[–-]\s*\d+|\d+|a couple of|three|several) (times|windows"
            r"|slots|dates|options|mornings|afternoons|evenings)\b"
        ),
        r"\bwhen (are|would) you (be )?(free|available)",
        r"\bwhat (times?|days?) (would )?(work|suit)",
        r"\bwhen (would|does|could|might) .{0,25}\b(suit|work for) you",
        r"\bpick (a|whatever|any) (time|slot)",
        r"\bpick whatever works\b",
        r"\bbook (a|some) time\b",
        r"\bgrab (a|some) time\b",
        r"\bgrab \d+ minutes\b",
        r"\bscheduling link\b",
        r"\bschedule (a time|some time|a slot|a call|your interview|a meeting)\b",
        r"\bbook a slot\b",
    ),
    "ASK_DOCUMENT": (
        r"résumé",
        r"resume",
        r"cv",
        r"portfolio",
        r"transcripts?",
        r"diploma",
        r"certificates?",
        r"work authori[sz]ation",
        r"passport",
        r"writing sample",
        r"salary expectations?",
        r"work permit",
        r"visa",
        r"right to work",
        r"compensation expectations?",
        r"cover letter",
        r"signed",
        r"form",
        r"documents?",
        r"(expected|desired|target) (salary|compensation|pay)",
        r"salary (range|requirements?|expectation)",
        r"examples? of (your )?(previous |past |recent )?work",
        r"background (check|screening|verification|investigation)s?",
        r"pre-?employment (check|screening)s?",
        r"(consent|authori[sz]ation|disclosure) form",
        r"drug (test|screen)(ing)?",
    ),
    "ASK_DONE": (
        r"thank(s| you)\w* for (sending|submitting)",
        r"the time you (put|spent|invested)",
        r"received",
        r"reviewed",
        r"submitted",
        r"completing",
        r"your submission",
        r"heard back from",
        r"passed it",
        r"wonderful things",
        r"got your",
    ),
    "ASK_REFERENCES": (
        r"\breferences?\b(?! (number|no\.?|id|code))",
        r"\breferees?\b",
    ),
    "ASK_TAKE_HOME": (
        r"coding (exercise|challenge|assignment|test)",
        r"assignment",
        r"case study",
        r"technical (exercise|test)",
        r"assessment",
        r"questionnaire",
        r"exercise",
        r"(coding|technical|design|data|written) (task|challenge)",
        r"mini[- ]project",
        r"sample project",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"take[- ]home",
        r"work sample",
        r"home assignment",
        r"online assessment",
        r"hackerrank",
        r"codility",
        r"codesignal",
        r"coding assessment",
        r"spec attached",
        r"brief attached",
    ),
    "AUTOMATED": (
        (
            r"this (is an automated|is an automatic|message was sent automatically"
            r"|mailbox is not monitored)"
        ),
        r"(please )?do not reply to this (e-?mail|message)",
    ),
    "BACK_REFERENCE": (r"\b(that|it|this|them|those|these)\b",),
    "CANCEL": (
        r"(need|have|had) to cancel",
        r"(has|have) been cancel+ed",
        r"is cancel+ed",
        r"are cancel+ing",
        r"we'?re cancel+ing",
        r"I'?m cancel+ing",
    ),
    "CLIENT_WORK": (
        r"I(?:'m| am) (?:working|partnering|recruiting) (?:with|for)",
        r"we(?:'re| are) (?:working|partnering) with",
    ),
    "CONDITIONAL": (
        r"^\s*(if|whether|in case)\b",
        r"\bif (it|the role|that)\b.{0,40}$",
    ),
    "CONFIRM": (
        (
            r"\b(confirm\w*|scheduled|booked|locked in|all set|is set|see you (on|then|at)"
            r"|invite is attached|invitation is attached|attached (an |the |a )?(calendar )?invit\w+"
            r"|calendar invit\w+ (is )?attached|here'?s the invite|it is!|it's a date|we're set"
            r"|you're on the calendar)\b"
        ),
        r"\bit is!",
        (
            r"\blooking forward to (speaking|talking|meeting|chatting|seeing you|our (call|chat"
            r"|conversation))"
        ),
        r"\bsent (you )?(a |an |the )?(calendar )?invit\w*",
        r"\bit is[.!]",
        r"\byou'?re all set\b",
        r"\b(I|we)('ll| will) (call|ring|phone|see|meet) you\b",
        r"\b(put|pencil+ed) you (in|down)\b",
        r"\btalk (to you )?(then|on)\b",
        r"\b(look|looking) forward to (seeing|meeting|speaking with|talking (to|with)) you\b",
        r"\bit is\s*[-–—,]",
        r"\b(will|is going to) take place\b",
        r"\bis on the calendar\b",
        r"\bon (the|your|our) calendar for\b",
        r"\byou('ll| will) (be )?(meet|meeting|speak|speaking|talk|talking) (with|to)\b",
    ),
    "DECLINE": (
        r"\b(except|apart from|other than)\b",
        (
            r"\b(doesn'?t|does not|won'?t|will not|can'?t|cannot|can not|don'?t|isn'?t|not) (work|make"
            r"|suit|do)\b"
        ),
        r"\bunfortunately\b",
        r"\bconflict\b",
        r"\bif (not|that|this|none|the time|it)\b.{0,30}\b(doesn'?t|does not|don'?t|isn'?t|won'?t)\b",
        r"^\s*(if|falls|si)\b",
    ),
    "EVENING": (
        r"in the (?:afternoon|evening)",
        r"tonight",
    ),
    "EVENT_INTERVIEW": (
        r"interview\w*",
        r"screen(ing)?",
        r"onsite",
        r"on-site",
        r"final round",
        r"\w+ round",
        r"technical",
        r"tech screen",
        r"hiring",
        r"recruit\w*",
        r"candidate",
        r"meet the team",
        r"conversation with",
        r"chat with",
        r"intro\w*",
        r"call with",
        r"panel",
    ),
    "GREETING": (
        r"hi",
        r"hello",
        r"hey",
        r"dear",
        r"good (morning|afternoon|evening)",
    ),
    "HAND_OVER": (r"\b(send|share|forward|provide|upload|email|e-mail|pass)\w*\b",),
    "INTERVIEW": (
        (
            r"\b(\w*interview\w*|call\w*|chat\w*|conversation|screen\w*|onsite|on-site|round|session"
            r"|meet\w*|talk\w*|speak\w*|video|zoom|teams|phone|panel|intro\w*|invit\w*)\b"
        ),
        r"\b\d+[- ]?(min|mins|minute|minutes|minuten|minutos)\b",
    ),
    "INTERVIEWER_VERDICT": (
        r"(strong|definite|clear|lean|soft|weak)(ly)? (no[- ])?hire",
        r"no[- ]hire",
        r"(hire|no hire) from me",
        r"I('d| would)( not)? hire (him|her|them)",
        r"thumbs[- ](up|down) (from me )?(for|on) (him|her|them)",
        r"my (feedback|notes|scorecard|verdict) (on|for|about) (the|this) (candidate|applicant)",
    ),
    "INVITED": (
        r"invite you (to|for)",
        r"inviting you (to|for)",
        r"scheduled",
        r"booked",
        r"confirm\w*",
    ),
    "JOB_TITLE": (
        r"engineer",
        r"developer",
        r"designer",
        r"scientist",
        r"analyst",
        r"architect",
        r"product manager",
        r"engineering manager",
        r"program manager",
        r"consultant",
        r"specialist",
        r"administrator",
        r"accountant",
        r"researcher",
        r"sre",
        r"devops",
    ),
    "MORNING": (r"in the morning",),
    "NEXT": (r"next",),
    "NOT_ACKNOWLEDGEMENT": (
        r"unfortunately",
        r"regret",
        r"not (be )?mov\w+ forward",
        r"other candidates",
        r"interview (is|has been) (scheduled|confirmed)",
    ),
    "NOT_A_JOB_EXIT_INTERVIEW": (
        r"\bexit[- ](interview|survey)\b",
        r"\bstay[- ]interviews?\b",
        r"\b(annual|mid-year|year-end) performance review\b",
        r"\bengagement survey\b",
    ),
    "NOT_A_JOB_MARKETING": (
        r"\d+% off",
        r"discount",
        r"promo code",
        r"use code",
        r"coupon",
        r"unsubscribe",
        r"subscribe",
        r"upgrade to premium",
        r"free trial",
        r"limited time",
        r"this week only",
    ),
    "NOT_A_JOB_MEDIA": (
        (
            r"\b(podcast|episode|journalist|reporter|article|magazine|newspaper|our show|on the show"
            r"|webinar|livestream|interview you for|feature you|quote you|press)\b"
        ),
    ),
    "NOT_A_JOB_MOCK_INTERVIEW": (
        r"\bmock[- ](system design |coding |behavioral )?interview",
        r"\bpractice interview",
        r"\binterview prep",
        r"\binterview (practice|simulation)\b",
    ),
    "NOT_A_JOB_OFFICIAL": (
        (
            r"\b(visa|consular|embassy|consulate|immigration|citizenship|naturali[sz]ation|green[- ]card|residency"
            r"|residence[- ]permit|asylum|passport|biometrics?|trusted[- ]travell?er|enrol(?:l)?ment|border)"
            r"[- ](interview|appointment)s?\b"
        ),
        r"\b(citizenship|immigration|consular|visa|border services) officer\b",
        r"\bconsular (section|post|appointment)\b",
        r"\bvisa (class|category|appointment|application number)\b",
        r"\btrusted[- ]travell?er\b",
        r"\bnotice to appear\b",
        r"\boath ceremony\b",
        r"\b(uscis|ircc) field office\b|\bfield office\b.{0,40}\b(naturali[sz]ation|citizenship|green card)",
        r"\bpermanent residen(ce|cy) (application|interview|file)\b",
        r"\b(department|office|bureau|ministry) of (immigration|citizenship)\b",
    ),
    "NOT_A_JOB_OWNER_INTERVIEWS": (
        r"\b(interview|screen) (a|the|one|two|our|this|another) (candidate|applicant|intern)s?\b",
        r"\binterview(ing)? candidates\b",
        r"\b(join|sit in on|shadow|be on) (the |an |our |my )?(interview )?(panel|loop|interview)\b",
        r"\bas an interviewer\b",
        r"\binterviewer (slot|training)",
        r"\bcandidate'?s? (interview|debrief)",
        r"\bscorecard\b",
        r"\bdebrief\b",
        r"\b(volunteer|admissions?) interviewer\b",
    ),
    "NOT_A_JOB_SOMEONE_ELSES": (
        r"\b(I have|I've got|I had|I've had|I got) (my|an|a|the) (\w+ ){0,3}(interview|round)\b",
        r"\bmy (\w+ ){0,2}(interview|round)s? (is|are|was|at|with|on|tomorrow)\b",
        r"\b(be|being) (a|my|her|his) reference\b",
        r"\bwould you be (a|my) reference\b",
        r"\b(asked|ask|asking) (me )?for (a )?references?\b",
        r"\bbe (one of )?(my|a|her|his) references\b",
        r"\bwilling to be (one|a reference|my reference)\b",
        r"\bas (a|my) reference\b",
        r"\breference (check|call) for (me|her|him)\b",
        r"\bI'?m in the (last|final) (stage|round)",
        r"\bI'?m interviewing (at|with|for)\b",
        r"\bwish me luck\b",
        (
            r"\b(ich habe|tengo|j'ai) (mein|meine|mi|mon|un|une) .{0,20}(interview|vorstellungsgespräch"
            r"|entrevista|entretien)"
        ),
    ),
    "NOT_A_JOB_USER_RESEARCH": (
        r"\b(user|customer|research|usability|product|feedback) (interview|study|session|research)\b",
        r"\buser research\b",
        r"\bgift card\b",
        r"\bparticipant\b",
        r"\bincentive\b",
        r"\bstudy session\b",
    ),
    "NOT_A_NAME": (
        r"i",
        r"we",
        r"you",
        r"they",
        r"he",
        r"she",
        r"it",
        r"this",
        r"that",
        r"the",
        r"a",
        r"an",
        r"in",
        r"on",
        r"at",
        r"for",
        r"and",
        r"but",
        r"if",
        r"as",
        r"our",
        r"my",
        r"your",
        r"their",
        r"its",
        r"monday",
        r"tuesday",
        r"wednesday",
        r"thursday",
        r"friday",
        r"saturday",
        r"sunday",
        r"january",
        r"february",
        r"march",
        r"april",
        r"may",
        r"june",
        r"july",
        r"august",
        r"september",
        r"october",
        r"november",
        r"december",
    ),
    "OFFER": (
        r"(pleased|happy|delighted|excited|thrilled) to (extend|offer|make)\b.{0,60}\boffer",
        r"offer you the\b",
        r"(like|love|want) to (extend|make) you an offer",
        r"(like|love|happy) to offer you",
        r"extend(ing)? (you )?an offer",
        r"offer letter (is attached|attached|will (come|follow))",
        r"formal offer",
        r"verbal offer",
        r"(would|'d) like to offer you",
        r"offer of employment",
        r"your offer letter",
        r"(pleased|happy|delighted|excited|thrilled) to offer\b",
        r"(sending|send|prepare|preparing) (you )?(over )?(an|the|your) (formal |written )?offer\b",
        # the offer as the tracking system brings it
        r"\byour offer (letter )?is (ready|available|waiting|here)",
        (
            r"\b(has|have) (sent|extended|issued) you (an|a|the|your) (formal |written |job |employment"
            r" )?offer\b"
        ),
        (
            r"\b(view|review|accept|sign|open|see|read) (and (sign|accept|respond to) )?your (job "
            r"|employment )?offer\b"
        ),
        r"\bnew offer (from|for you)\b",
    ),
    "OFFER_DOCUMENT": (
        r"offer( letter)?",
        r"(employment|job|work) (contract|agreement|offer)",
        # (not a bare "contract": agencies attach "Contract role - spec.pdf" before any interview)
        r"contract of employment",
        r"signed contract",
        r"offer of employment",
    ),
    "OFFER_ATTACHMENT": (
        r"\boffer\b",
        r"\bcontract\b",
        r"employment agreement",
        r"letter of (offer|employment)",
    ),
    "ON_BEHALF_OF": (
        r"on behalf of",
        r"for (?:my|our) client,?",
        r"(?:my|our|the) client(?:'s name)?(?: is| here is|,)?",
        r"(?:can|may) (?:now )?(?:share|tell you|reveal|disclose) (?:that )?(?:the client is|it(?:'s| is))",
    ),
    "OWNER_CONFIRM": (
        r"I('m| am)? (happy |glad |pleased )?(to )?confirm\w*",
        r"confirmed",
        r"(hereby |gladly |gerne? )?confirm(ing)?",
    ),
    "POSSIBLE_OFFER": (
        r"\b(your|an|the) offer (is|has been) (ready|available|attached|sent|on its way)\b",
        r"\b(sent|send|sending) you an offer\b",
        r"\breview (your|the) offer\b",
        (
            "\\b(pleased|happy|delighted|thrilled|excited|glad) to (share|inform|tell|let you know|confirm|announce)"
        ),
        r"\bcongratulations\b",
        r"\bcongrats\b",
        r"\b(good|great|exciting|fantastic) news\b",
        r"\bwelcome (you )?(to|aboard|on board)( to)? the team\b",
        r"\b(offer|compensation|salary) (details|package|call|paperwork)\b",
        r"\b(start|starting) date\b",
        r"\bonboarding\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(disappointing|bad|unwelcome|sad|difficult) news\b",
        r"\bdecided (not to|against)\b",
        r"\bhiring freeze\b",
        r"\bclos(e|ed|ing) (the|this|our) (search|role|position|requisition|opening)\b",
        r"\bno longer (hiring|recruiting|open)\b",
        r"\bunfortunately\b",
        r"\bregret(fully|tably)?\b",
        r"\bsorry to (say|tell|inform|share|let you know|report)\b",
        r"\b(i'?m|we'?re|i am|we are) afraid\b",
        r"\b(difficult|tough|hard) (decision|choice|call)\b",
        r"\bafter careful (consideration|review|deliberation)\b",
        r"\b(keep|retain|hold) your (cv|resume|résumé|details|profile|information) on (file|record)\b",
        r"\b(future|other) (opportunities|openings|roles|vacancies|positions)\b",
        r"\b(best of luck|wish you (all the best|every success|success|luck|the best))\b",
        r"\bnot in a position to\b",
    ),
    "PROPOSAL": (
        r"how about",
        r"how's",
        r"how does",
        r"are you (free|available)",
        r"would (that|this|it) work",
        r"let me know",
        r"let us know",
        r"what works",
        r"whichever",
        r"which (one|option|time|slot)",
        r"works? (better |best )?for you",
        r"if (that|this|it|either|any|one)",
        r"either",
        r"or",
    ),
    "RECRUITER_AT": (
        (
            r"I(?:'m| am)? (?:run|lead|head|manage|handle|do|own|look after) (?:the )?(?:recruiting"
            r"|recruitment|talent(?: acquisition)?|hiring)(?: team)? (?:at|for)"
        ),
        (
            r"I(?:'m| am) (?:a |the |an? (?:technical |senior )?)?(?:recruiter|talent partner"
            r"|sourcer) (?:at|for|with)"
        ),
        r"I(?:'m| am) on the (?:recruiting|talent|hiring) team (?:at|for)",
    ),
    "RECRUITING": (
        r"interview\w*",
        r"phone screen",
        r"technical screen",
        r"screening call",
        r"onsite",
        r"on-site interview",
        r"final round",
        r"hiring manager",
        r"hiring team",
        r"recruit\w*",
        r"talent acquisition",
        r"your application",
        r"your candidacy",
        r"candida\w*",
        r"the role",
        r"this role",
        r"the position",
        r"this position",
        r"open role",
        r"your résumé",
        r"your resume",
        r"your cv",
        r"thanks for applying",
        r"thank you for applying",
        r"applied for",
        r"job offer",
        r"offer letter",
        r"take-home",
        r"work sample",
    ),
    "REJECTION": (
        r"not (to )?(be )?mov(e|ing) forward",
        r"won'?t be mov\w+ forward",
        r"will not be mov\w+ forward",
        r"mov(e|ing) forward with (other|another) (candidate|applicant)s?",
        r"pursue other candidates",
        r"(go|going|gone|proceed|proceeding) with (another|other|a different) (candidate|applicant)",
        r"(extend|extended|make|made) (an|the) offer to (another|a different) candidate",
        r"not (be )?(proceeding|progressing|continuing)",
        r"no longer (being )?considered",
        r"not been selected",
        r"were not selected",
        r"not selected",
        r"decided not to (proceed|continue|pursue|progress|offer)",
        r"unable to (offer you|move you forward|progress)",
        r"regret to inform",
        r"position has (now )?been filled",
        r"role has (now )?been filled",
        r"decided to close (the|this) (role|position|req)",
        r"not (a|the) (right )?fit",
        r"(?<!if )(?<!if it's )(?<!whether it's )\bit'?s a no\b",
        r"they passed",
        r"decided to pass",
        r"(move|moving|go|going) in a different direction",
        r"decided to go another way",
        r"\bunsuccessful\b",
        (
            r"(won'?t|will not|not) be (progressing|proceeding|taking (your application|this"
            r"|things) (any )?further)"
        ),
        r"not able to offer you",
        r"other (candidates|applicants) whose (experience|skills|background|profile)",
        r"no longer (moving|able to move) forward",
        r"closed (the|this) (role|position) (without|internally)",
        (
            r"(chose|chosen|selected|hired) (another|a different|someone|an(other)? internal) (candidate"
            r"|applicant)"
        ),
        r"went with (another|a different|someone)",
        (
            r"(offered|given|awarded|extended) (the|this) (role|position|job|post|offer) to (another"
            r"|someone|somebody|an?( \w+)? (candidate|applicant|person)|one of the other|an internal)"
        ),
        (
            r"(gone|went|decided to go) (ahead )?with (someone|somebody|an internal (candidate|applicant"
            r"|hire)|(another|a different) (candidate|applicant|person))"
        ),
        r"(role|position) (has been|was) filled",
        r"filled the (role|position)",
        r"(decided|chosen|choose) to pursue (other )?(candidates|applicants)",
        r"pursue other (candidates|applicants)",
        r"not (to )?(be )?mov(e|ing) ahead",
        r"won'?t be mov\w+ ahead",
        r"(not able|unable) to (move|go) (forward|ahead)",
        (
            r"(won'?t|will not|not) be (mov|progress|advanc)\w+ (you )?(on )?(to|into) the next (stage"
            r"|round|step)"
        ),
        (
            r"(won'?t|will not|not) be taking (your application|your candidacy|you|this|things"
            r"|it) (any )?forward"
        ),
        r"go(ing)? with (a|another) (candidate|applicant|person) (whose|who|with)",
        r"(it'?s|it is|was) not (a|the right) (good |strong )?match",
        (
            r"\bnot (to )?(be )?(mov|tak|bring|progress|advanc)\w* you (forward|further|ahead|on\b"
            r"|to the next|through)"
        ),
        (
            r"\b(went|gone|go|going|decided to go) (ahead )?with (other |stronger "
            r"|more (\w+ ){0,2})?(candidates|applicants) (with|who|whose|that)\b"
        ),
        # the role itself closes: not filled, cancelled, filled from inside, on hold for good (a hold
        # "while the budget is signed off" is a pause, not an outcome)
        (
            r"\b(decided|chosen|choose|opted|elected) (not to|against) (fill|filling|hire|hiring|proceed with"
            r" hiring|open|opening|move forward with|pursue|continue with) (the|this|that|for the|for this"
            r"|a|any|on the) ([\w,-]+ ){0,4}(role|position|vacancy|opening|req|requisition|job|search|hire)"
        ),
        (
            r"\bnot (to )?(be )?(fill|filling|hiring for) (the|this|that) ([\w,-]+ ){0,4}(role|position"
            r"|vacancy|opening)"
        ),
        (
            r"\b(role|position|vacancy|opening|req|requisition|search|headcount)"
            r" (is|has been|was|have been|had been|will be|are|is being|has now been|is now) (put |placed "
            r"|now )?"
            r"(cancel+ed|closed|withdrawn|eliminated|pulled)\b"
        ),
        (
            r"\b(role|position|vacancy|opening|req|requisition|search|hiring|headcount)\b.{0,40}\b(on hold"
            r"|paused"
            r"|frozen|suspended) (indefinitely|for the foreseeable future|until further notice|for (the rest"
            r" of )?"
            r"(this|the) year)"
        ),
        (
            r"\b(paused|froze|frozen|put|placed) (the|this|our) ([\w,-]+ ){0,3}(role|position|vacancy"
            r"|opening|search"
            r"|hiring|req|requisition)( on hold)? (indefinitely|for the foreseeable future|until further"
            r" notice)"
        ),
        (
            r"\b(clos|cancel+)\w* (the|this|our) ([\w,-]+ ){0,3}(search|req|requisition|vacancy|opening"
            r"|hiring process|recruitment)\b"
        ),
        r"\b(filled|fill|filling|be filled) (the (role|position) )?(internally|from within|by an internal)",
        r"\bno longer (hiring|recruiting) for\b",
        # someone else chosen: a finalist, an internal candidate, "someone else" (also as an agency relays it)
        # (said by the employer side about its choice: "you'll continue with someone else from the team" is a plan)
        (
            r"\b(we|they|client|company|team|panel|manager|business)('ve|'re|'ll| have| are| is| has| had| will)?"
            r"( now| ultimately| finally| instead)?( decided to| chosen to| opted to)? (go|going|gone|went|proceed"
            r"|proceeding|continue|continuing|move|moving|moved)( ahead| forward| on)? with (another|a different"
            r"|an internal|someone|somebody) ?(\w+ )?(candidate|applicant|finalist|person|profile|hire|else)s?\b"
        ),
        r"\b(move|moving|moved) ahead with (other|another) (candidate|applicant|finalist)s?",
        (
            r"\b(chose|chosen|selected|hired|picked|offered (it|the (role|position)) to) (another|a"
            r" different|an internal|the other|one of the other) (\w+ )?(candidate|applicant|finalist"
            r"|person)"
        ),
        (
            r"\b(client|hiring manager|team|company|they)( has| have)? (went|gone|decided to go|chosen|chose"
            r"|selected|opted) (\w+ )?(with|for) ((another|a different|an internal|other) (\w+ )?(candidate"
            r"|applicant|finalist|person|profile|hire)|someone|somebody)"
        ),
        r"\b(role|position|vacancy|opening|job) is no longer (available|open)\b",
        (
            r"\b(we('ve| have)|the team has|they('ve| have)) (now )?(made a hire|hired someone|found"
            r" (someone|the right"
            r" person|our (new )?\w+|a candidate)) (for|to fill) (the|this|that) (role|position|vacancy"
            r"|opening)"
        ),
        r"(chosen|decided|opted) to (continue|proceed|go ahead) with (other |another )?(candidates|applicants|profiles) (whose|who)",
        r"\bhiring freeze\b",
    ),
    "REJECTION_NEWS": (
        (
            r"(sorry|afraid|regret\w*|sad|unfortunately)\b.{0,60}\b(disappointing|bad|unwelcome"
            r"|difficult) news\b"
        ),
        r"\b(not|isn'?t|wasn'?t) the news you (were |had been )?hoping (for|to hear)",
        (
            r"\b(I|we)( have|'ve| do)? (got |some |unfortunate |)?(disappointing|bad|unwelcome|difficult"
            r"|sad) news\b"
        ),
        r"\b(writing|write) (to you )?with (disappointing|bad|unwelcome|difficult|sad) news\b",
        r"\bsorry to (be the bearer|bring|share|deliver) (of )?(this |the |some )?(\w+ )?news\b",
    ),
    "REPLY_BY": (
        r"get back to you",
        r"hear back",
        r"hear from (us|me)",
        r"respond\w*",
        r"be in touch",
        r"reach out",
        r"let you know",
        r"let (?:all |the )?(?:candidates|applicants|everyone|finalists) know",
        r"update",
        r"decision",
        r"decide",
        r"answer",
        r"feedback",
        r"news",
        r"respond",
        r"response",
        r"come back to you",
        r"follow up with you",
        r"next steps",
        r"circle back",
        r"touch base",
        r"(?:I|we)(?:'ll| will) (?:call|phone|ring) you",
        r"wrap(?:ping)? (?:things |it )?up",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"from you",
        r"your (answer|decision|response|reply)",
        r"(love|like|need|appreciate|want) (an|your) (answer|decision|response)",
        r"please (let us know|reply|respond|confirm)",
        r"could you",
        r"can you",
        r"would you",
        r"if you",
    ),
    "REPLY_BY_BEFORE": (
        r"by",
        r"before",
        r"no later than",
        r"not later than",
        r"(?:at the )?latest by",
        r"on or before",
        r"until",
        r"on",
    ),
    "REPLY_BY_LATEST": (
        r"at the latest",
        r"at latest",
    ),
    "REPLY_BY_WITHIN": (
        r"within",
        r"in the next",
        r"over the next",
        r"in",
    ),
    "RESCHEDULE": (
        r"move",
        r"moved",
        r"reschedul\w*",
        r"push (it|this|the)",
        r"postpone\w*",
        r"new time",
        r"instead",
    ),
    "ROLE_WORDS": (
        r"engineer",
        r"developer",
        r"manager",
        r"designer",
        r"scientist",
        r"analyst",
        r"architect",
        r"consultant",
        r"specialist",
        r"administrator",
        r"director",
        r"lead",
        r"intern",
        r"recruiter",
        r"officer",
        r"head",
        r"vp",
        r"president",
        r"engineering",
        r"platform",
        r"backend",
        r"frontend",
        r"software",
        r"senior",
        r"staff",
        r"principal",
        r"junior",
        r"interview",
        r"role",
        r"position",
        r"opportunity",
        r"job",
        r"request",
        r"update",
    ),
    "SCHEDULE_CHANGE": (
        r"delay\w*",
        r"reschedul\w*",
        r"postpon\w*",
        r"move",
        r"moved",
        r"push\w* back",
        r"sick",
        r"ill",
        r"cancel\w*",
        r"timing",
        r"timeline",
        r"(take|taking|takes) longer",
        r"(new|later|another) (date|time|day)",
    ),
    "STRONG_RECRUITING": (
        r"your application",
        r"your candidacy",
        r"applied for",
        r"thanks for applying",
        r"thank you for applying",
        r"recruit\w*",
        r"talent acquisition",
        r"hiring manager",
        r"hiring team",
        r"the (role|position|opening)",
        r"this (role|position|opening)",
    ),
    "TEAM_WORDS": (
        r"talent( acquisition)?( team)?",
        r"recruiting( team)?",
        r"recruitment( team)?",
        r"hiring( team)?",
        r"careers?",
        r"jobs",
        r"people( team| ops)?",
        r"hr( team)?",
        r"team",
        r"notifications?",
        r"no-?reply",
        r"talent partners?",
        r"human resources",
        r"candidate experience",
    ),
    "THANKS": (
        (
            r"thank(s| you)( so much| again)? for (the|your|today|this|making|taking|speaking|meeting"
            r"|organi[sz]ing|setting|arranging|a great|a really)"
        ),
        r"thank you both",
        r"great (speaking|talking|meeting)",
    ),
    "UNDECIDED": (
        r"\bthink (this|it|things|that) (over|through)\b",
        r"\bneed (a few|a couple of|some) (more )?(days|time)\b",
        r"\b(get|come) back to you (\w+ ){0,3}(by|before|on|within|either way|one way or the other)\b",
        r"\btake (a few|some|a couple of) (days|time) to (think|consider|decide)",
    ),
    "VIA": (
        r"via",
        r"through",
    ),
    "WITHDRAWAL": (
        (
            r"withdraw (my application|from (the|your|this) (process|search|consideration|running)"
            r"|my candidacy|myself)"
        ),
        r"decided to withdraw",
        r"like to withdraw",
        r"I('m| am) withdrawing",
        r"accepted (another|an) (offer|position|role)",
        r"no longer (be )?interested",
        r"take myself out of",
        r"remove (me|myself) from (the )?(process|consideration)",
        r"bow out",
        r"pursue another opportunity",
        r"(decline|declining) (the|your) (offer|invitation to)",
        (
            r"(accept|accepted|taken|signed|accepting) (a|an|another) (offer|position|role"
            r"|job)( elsewhere)?\b"
        ),
        r"pursue (other|another) opportunit",
        r"withdraw from consideration",
        r"remove myself from consideration",
        r"(please )?withdraw (me|my name|my candidacy) from",
        (
            r"I('ll| will|'d like to| would like to| have to| must| need to) (be )?withdraw(ing)? (from|my"
            r" (application|candidacy|name))"
        ),
        (
            r"I('ve| have) (decided|chosen) to (accept|take|go with|pursue) (another|an|a different) (offer"
            r"|role|position|opportunity|job)"
        ),
        r"decline (your|the|this) (kind |generous )?offer",
        (
            r"(not|no longer) (be )?(pursuing|continuing with|moving forward with) (this|the|my) (role"
            r"|position|opportunity|application|process)"
        ),
        (
            r"\b(decided|chosen) not to (proceed|continue|move forward|go ahead)( further)? with (my"
            r" application"
            r"|the process|this process|the role|this role|this opportunity|my candidacy)"
        ),
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "this",
    "of",
    "that",
    "it",
    "the",
    "is",
    "will",
    "i",
    "in",
    "our",
    "would",
    "not",
    "have",
    "for",
    "and",
    "we",
    "at",
    "on",
    "you",
    "are",
    "thanks",
    "as",
    "with",
    "be",
    "to",
    "your",
    "me",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
)

# Weekday names, Monday first (spelling variants together).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday",),
    ("tuesday",),
    ("wednesday",),
    ("thursday",),
    ("friday",),
    ("saturday",),
    ("sunday",),
)
# Abbreviated weekday names, Monday first.
WEEKDAY_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("mon",),
    ("tue", "tues"),
    ("wed",),
    ("thu", "thur", "thurs"),
    ("fri",),
    ("sat",),
    ("sun",),
)

# Days from the message's date: "tomorrow" is 1.
DAYS_FROM_TODAY: dict[str, int] = {"today": 0, "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "ten": 10,
    "fourteen": 14,
    "a couple of": 2,
    "a couple": 2,
    "a few": 3,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    # attributions: a whole attribution line (or up to three wrapped lines, joined), without its colon;
    # wrote: the verb of a bare attribution ("Priya wrote:"), trusted only when '>' lines follow;
    # header_from, header_date, header_other: the labels of an Outlook-style header block;
    # rules: what stands between dashes in "-----Original Message-----"; forwarded: the line that
    # opens a forwarded message (Apple Mail); sent_from: a phone's or app's signature, the whole line.
    "attributions": (r"On\b.{3,300}\bwrote",),
    "wrote": (r"wrote",),
    "header_from": ("From",),
    "header_date": ("Sent", "Date"),
    "header_other": ("To", "Cc", "Subject"),
    "rules": (r"Original\s+Message", r"Forwarded\s+Message"),
    "forwarded": (r"Begin\s+forwarded\s+message",),
    "sent_from": (
        r"Sent\s+from\s+my\s+\S.{0,40}",
        r"Sent\s+(?:from|with|via)\s+<APPS>\b.{0,30}",
        r"Get\s+<APPS>\s+for\s+(?:iOS|Android)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "the": ("the {role} role", "the position"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = ()
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"application",
    r"applying",
    r"interview",
    r"invitation",
    r"invite",
    r"next steps?",
    r"your",
    r"you",
    r"thank",
    r"follow",
    r"re",
    r"fwd?",
)
