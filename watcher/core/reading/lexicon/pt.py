"""Portuguese (Portugal and Brazil): the phrases of each concept (see `watcher.core.reading.lexicon`).

Brazilian and European forms sit side by side: "você"/"o senhor", "entrevista marcada"/"agendada",
"entraremos em contato"/"entraremos em contacto", "equipe"/"equipa", "cadastro"/"registo".
"""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"sr",
        r"sra",
        r"dr",
        r"dra",
    ),
    "ACCEPT": (
        r"fica bem",
        r"está ótimo",
        r"está óptimo",
        r"perfeito",
        r"combinado",
        r"de acordo",
        r"pode ser",
        r"funciona( perfeitamente| bem| para mim)?",
    ),
    "ACCEPT_ALONE": (
        r"fica bem",
        r"perfeito",
        r"combinado",
        r"pode ser",
    ),
    "ACCEPT_PLAIN": (
        r"estarei (lá|presente|disponível)",
        r"estou disponível",
        r"com (todo o )?prazer",
        r"claro que sim",
        r"pode contar comigo",
    ),
    "ACCEPT_STRONG": (
        r"fica (muito )?bem",
        r"funciona (muito )?bem",
        r"está (ótimo|óptimo|perfeito)",
        r"combinado",
        r"funciona (perfeitamente|muito bem|bem)",
    ),
    "ACCEPT_TIMED": (
        r"ótimo",
        r"óptimo",
        r"sim",
        r"reservado",
    ),
    "ACKNOWLEDGEMENT": (
        r"recebemos a sua candidatura",
        r"recebemos sua candidatura",
        r"obrigad[oa] pela (sua )?candidatura",
        r"agradecemos (a sua|sua|pela sua) candidatura",
        r"sua candidatura foi recebida",
    ),
    "ASK": (
        r"\bpor favor\b",
        r"\bpoderia\b",
        r"\bpoderias\b",
        r"\bpode(s)? (enviar|mandar|partilhar|compartilhar|indicar|nos)\b",
        r"\benvi(e|a)(-nos|-me)?\b",
        r"\bprecisamos\b",
        r"\bgostaríamos (que|de receber)\b",
        r"\b(pedimos|solicitamos|peço|solicito) que\b",
        r"\bnos (envie|mande|indique|informe)\b",
        r"\bagradecemos (que|se) (nos )?(envie|mande|indique)",
    ),
    "ASKED_TO_INTERVIEW": (
        r"\bentrevistar (um|uma|o|a|nosso|nossa) (?!(outr|últim|ultim|segund|terceir|nov)\w*)(\w+ )?candidat\w*",
        r"\bfazer parte do (painel|comitê|comité|júri) (de )?(entrevista|seleção|selecção)",
        r"\b(cv|currículo) (do|da) candidat\w*",
        r"\b(opinião|avaliação|feedback) sobre (o|a) candidat\w*",
    ),
    "ASK_AVAILABILITY": (
        r"\bteria (\d+ minutos|um tempinho|meia hora)",
        r"\b(alguns|algumas|dois ou três|duas ou três) (horários|datas|opções|manhãs|tardes)",
        r"\b(quais|que) (dias|horários) (te |lhe )?(ficam|ficaria|funcionam|seriam)",
        r"\bdisponibilidade\w*",
        r"\bquando (estaria|está|estarias|estás) disponível",
    ),
    "ASK_DOCUMENT": (
        r"autorização de trabalho",
        r"visto de trabalho",
        r"passaporte",
        r"pretensão salarial",
        r"pretensões salariais",
        r"expectativa salarial",
        r"expectativas salariais",
        r"carta de apresentação",
        r"portfólio",
        r"portefólio",
        r"amostras do (seu|teu) trabalho",
    ),
    "ASK_DONE": (
        r"recebid[oa]",
        r"obrigad[oa] por (enviar|completar|mandar|partilhar|compartilhar)",
    ),
    "ASK_REFERENCES": (r"\breferências\b",),
    "ASK_TAKE_HOME": (
        r"teste técnico",
        r"desafio técnico",
        r"exercício",
        r"caso prático",
        r"estudo de caso",
        r"case (técnico|prático)",
        r"projeto de teste",
        r"projecto de teste",
        r"(a )?(sua|tua) (solução|resolução)",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"desafio para (fazer em |realizar em )?casa",
        r"exercício para casa",
        r"teste técnico para casa",
    ),
    "AUTOMATED": (
        r"não responda a este",
        r"mensagem automática",
        r"e-?mail automático",
    ),
    "BACK_REFERENCE": (
        r"\b(isso|isto)\b",
        r"\w+-(?:lo|la|los|las)\b",
        r"\b(o|a|os|as) (envi|mand|partilh|compartilh)\w*",
    ),
    "CANCEL": (
        r"foi cancelad[oa]",
        r"precisamos cancelar",
        r"temos de cancelar",
    ),
    "CLIENT_WORK": (
        r"(?:trabalho|estou a trabalhar|estou trabalhando|trabalhamos) com",
        r"(?:recruto|recrutamos|procuro|procuramos) para",
    ),
    "CONDITIONAL": (
        r"^\s*(caso)\b",
        r"^\s*se (eu|você|vocês|houver|for|tiver|puder|não)\b",
    ),
    "CONFIRM": (
        r"\b(confirmad[oa]s?|agendad[oa]s?|marcad[oa]s?|reservad[oa]s?)\b",
        r"\b(vou|vamos) (te |lhe )?ligar\b",
        r"\baté (lá|breve)\b",
        r"\b(terá lugar|será (na|no|dia)|ficamos (na|no|às)|esperamos por (você|si)|te esperamos)\b",
    ),
    "DECLINE": (
        r"\b(exceto|excepto|menos)\b",
        r"\bnão (me )?(dá|posso|consigo)\b",
        r"\binfelizmente\b",
        r"\bse não\b",
    ),
    "EVENING": (
        r"da tarde",
        r"da noite",
    ),
    "EVENT_INTERVIEW": (r"entrevista",),
    "GREETING": (
        r"olá",
        r"oi",
        r"car[oa]",
        r"prezad[oa]",
        r"bom dia",
        r"boa tarde",
    ),
    "HAND_OVER": (r"\b(envi|mand|partilh|compartilh|remet|anex)\w*",),
    "INTERVIEW": (
        r"\b(entrevista|chamada|reunião|conversa|convite)\b",
        r"\b(ligação|bate-papo|videochamada|call)\b",
    ),
    "INTERVIEWER_VERDICT": (
        r"(eu )?(o|a) contrataria",
        r"(recomendo|recomendaria) (a (sua )?contratação|contratá-l[oa])",
        r"(meu|o meu) (feedback|parecer|opinião) sobre (o|a) candidat\w*",
    ),
    "INVITED": (
        r"convidá-l[oa]",
        r"convidar você",
        r"convidar-te",
        r"te convidar",
    ),
    "JOB_TITLE": (
        r"engenheir[oa]s?",
        r"desenvolvedor\w*",
        r"programador\w*",
        r"analista",
    ),
    "MORNING": (r"da manhã",),
    "NEXT": (
        r"próxim[oa]",
        r"que vem",
    ),
    "NOT_ACKNOWLEDGEMENT": (r"infelizmente",),
    "NOT_A_JOB_EXIT_INTERVIEW": (r"\bentrevista de (saída|desligamento)",),
    "NOT_A_JOB_MARKETING": (),
    "NOT_A_JOB_MEDIA": (r"\b(jornalista|revista|episódio)\b",),
    "NOT_A_JOB_MOCK_INTERVIEW": (r"\bsimulação de entrevista",),
    "NOT_A_JOB_OWNER_INTERVIEWS": (r"\bentrevistar (um|uma) candidat",),
    "NOT_A_JOB_SOMEONE_ELSES": (),
    "NOT_A_JOB_USER_RESEARCH": (r"\bentrevista (de|com) usuário",),
    "NOT_A_NAME": (
        r"segunda",
        r"terça",
        r"quarta",
        r"quinta",
        r"sexta",
        r"nós",
        r"eles",
        r"o",
        r"os",
        r"as",
        r"um",
        r"uma",
    ),
    "OFFER": (
        r"oferecer(-lhe|-te)? (a|o) (vaga|posição|cargo|função)",
        r"proposta (formal|de trabalho|de emprego|de contratação)",
        r"carta (de )?oferta",
        r"temos o prazer de (lhe |te )?oferecer",
        r"(queremos|gostaríamos de) (lhe |te )?(fazer|apresentar) uma (proposta|oferta)",
        r"(lhe |te )?(fazer|apresentar) uma proposta",
        r"carta[- ]proposta",
        r"(enviar|apresentar|fazer)(-lhe|-te)? (a nossa|nossa|uma) (proposta|oferta)",
        r"prazer de (te |lhe )?(enviar|apresentar|fazer)(-lhe|-te)? (a nossa |nossa |uma )?(proposta|oferta)",
    ),
    "ON_BEHALF_OF": (
        r"em nome d[aoe]",
        r"(?:nosso|o) cliente(?: é)?,?",
    ),
    "OWNER_CONFIRM": (
        r"confirmo",
        r"confirmad[oa]",
        r"fica confirmad[oa]",
    ),
    "PROPOSAL": (
        r"(te|lhe) (fica|serve|convém)",
        r"poderia",
        r"proponho",
        r"me avise",
        r"avise-me",
        r"diga-me",
    ),
    "RECRUITER_AT": (
        r"(?:lidero|coordeno|cuido d[oa]) (?:o recrutamento|a seleção|a selecção|talent acquisition) (?:na|no|da|do|em|para)",
        r"sou (?:a |o )?(?:recrutadora|recrutador|recruiter|tech recruiter) (?:na|no|da|do|em|para)",
    ),
    "RECRUITING": (
        r"entrevista\w*",
        r"candidatura\w*",
        r"processo seletivo",
        r"processo de seleção",
        r"processo de selecção",
        r"processo de recrutamento",
        r"vaga\b",
        r"recrutador\w*",
        r"recrutamento",
    ),
    "REJECTION": (
        r"não (vamos|iremos|poderemos|podemos) (avançar|prosseguir|seguir)",
        r"(seguir|avançar|prosseguir) com outr[oa]s? (candidat|perfi|pessoa)\w*",
        (
            r"(escolhido|selecionado|seleccionado|optado por|decidido por|contratado) (outr[oa]s?|um[a]?)"
            r" (\w+ )?(candidat|perfi|pessoa)\w*"
        ),
        r"(a vaga|a posição|o cargo) (já )?(foi|está) (preenchid[oa]|ocupad[oa])",
        r"lamentamos (informar|comunicar)",
        r"não (foi|foste) selecionad[oa]",
        r"não (foi|foste) seleccionad[oa]",
        r"(decidimos|optámos|optamos) (por )?não (avançar|prosseguir|seguir)",
        r"(avançar|prosseguir|seguir) com outr[oa]s? (candidat|perfi)\w*",
        r"outros perfis",
        r"perfis (mais )?(alinhados|aderentes)",
        r"(escolhemos|selecionamos|seleccionámos|optamos por|optámos por) (um|uma) (candidat\w*|perfil) (com|que|mais)",
        r"decidi\w* não preencher (a|esta) (vaga|posição)",
        r"decidi\w* não (preencher|abrir|manter|seguir com) (a|esta|essa) (vaga|posição)",
        r"(vaga|processo seletivo|processo de seleção|posição)\b.{0,50}\b(foi|está|será) (cancelad[oa]|encerrad[oa]|congelad[oa]|suspens[oa])",
        r"preenchid[oa] internamente",
        r"(escolh\w*|opt\w* por|selecion\w*) (um|uma) (candidat\w*|pessoa|perfil) intern[oa]",
        r"(cliente|empresa|time|equipe|equipa)\b.{0,40}\b(escolheu|optou por|decidiu seguir com|preferiu) (outr[oa]|alguém)",
        r"é com pesar que",
        r"congel\w+ (a|as) (contrata\w+|admiss\w+)",
        r"n[ãa]o (vamos|iremos) preencher (a|esta) (vaga|posi\w+|fun\w+)",
        r"decid\w+ n[ãa]o preencher (a|esta) (vaga|posi\w+)",
    ),
    "REJECTION_NEWS": (
        r"não (temos|trazemos|são) (boas|as) notícias",
        r"(más|tristes|notícias não muito boas) notícias",
        r"notícias (decepcionantes|desanimadoras)",
    ),
    "REPLY_BY": (
        r"terá notícias",
        r"terás notícias",
        r"entraremos em conta(c)?to",
        r"entramos em conta(c)?to",
        r"retorn(o|ar|aremos|amos)",
        r"resposta",
        r"notícias",
        r"decisão",
        r"decidir",
        r"contactar\w*",
        r"contatar\w*",
        r"informar\w*",
        r"comunicar\w*",
        r"daremos (um )?retorno",
        r"voltaremos",
        r"novidades",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"(a )?sua resposta",
        r"(a )?tua resposta",
        r"por favor,? (responda|confirme|nos diga|nos avise|indique)",
        r"pedimos (um |o seu |seu |a sua |sua )?(retorno|resposta|confirmação)",
        r"aguardamos (o seu |seu |a sua |sua )?(retorno|resposta)",
    ),
    "REPLY_BY_BEFORE": (
        r"até(?: o dia| a| o)?",
        r"antes d[eao]",
        r"o mais tardar(?: até)?",
        r"no máximo até",
    ),
    "REPLY_BY_LATEST": (
        r"o mais tardar",
        r"no máximo",
    ),
    "REPLY_BY_WITHIN": (
        r"dentro de",
        r"nos próximos",
        r"nas próximas",
        r"no prazo de",
        r"em até",
    ),
    "RESCHEDULE": (
        r"remarc\w*",
        r"reagend\w*",
        r"mudar (a data|o horário)",
    ),
    "ROLE_WORDS": (
        r"engenheir\w*",
        r"desenvolvedor\w*",
    ),
    "SCHEDULE_CHANGE": (
        r"atras\w*",
        r"adi\w*",
        r"remarc\w*",
        r"reagend\w*",
        r"doente",
    ),
    "STRONG_RECRUITING": (
        r"candidatura\w*",
        r"vaga\b",
        r"processo seletivo",
    ),
    "TEAM_WORDS": (
        r"recursos humanos",
        r"rh",
        r"talentos",
        r"recrutamento",
    ),
    "THANKS": (r"obrigad[oa] pel[ao] (entrevista|seu tempo|teu tempo|conversa)",),
    "UNDECIDED": (
        r"\b(pensar|refletir) (com calma|melhor)\b",
        r"\b(alguns|uns) dias para (pensar|decidir)\b",
    ),
    "VIA": (
        r"via",
        r"através d[aoe]",
    ),
    "WITHDRAWAL": (
        r"retir(ar|o) a (minha )?candidatura",
        r"retiro (a )?minha candidatura",
        r"desist(ir|o) d[ao] (processo|candidatura|vaga)",
        r"já não (estou|tenho) interess",
        r"não (estou|tenho) mais interess",
        r"aceitei (uma |outra )?(outra )?(proposta|oferta)",
        r"não (vou |quero )?(continuar|seguir) (com|n)o processo",
        r"retir(ar|o|ei) (a )?(minha )?candidatura",
        r"decidi (não seguir|não continuar|desistir)",
    ),
    "NOT_A_JOB_OFFICIAL": (
        r"\b(entrevista|agendamento|atendimento) (consular|de visto|de imigração|de cidadania|de naturalização|de residência)\b",
        r"\b(entrevista|agendamento) (no|na) (consulado|embaixada|polícia federal|sef|aima)\b",
        r"\bnaturalização\b",
        r"\b(autorização|título) de residência\b",
        r"\bsetor consular\b",
    ),
    "OFFER_DOCUMENT": (
        r"carta[- ](de )?(oferta|proposta)",
        r"proposta de (trabalho|emprego)",
        r"contrato de trabalho",
    ),
    "OFFER_ATTACHMENT": (
        r"\bproposta\w*",
        r"\boferta\w*",
        r"\bcontrato\w*",
        r"\bcarta[- ](de )?(oferta|proposta)\b",
    ),
    "POSSIBLE_OFFER": (
        r"\b(a )?(sua|tua) proposta (está|já está|foi) (pronta|disponível|enviada)\b",
        r"\b(temos|tenho) o prazer\b",
        r"\b(boa|ótima|óptima|excelente)s? notícias?\b",
        r"\bparabéns\b",
        r"\b(bem-vind[oa]|boas-vindas) (à|ao) (equipe|equipa|time)\b",
        r"\bdata de (início|admissão|entrada)\b",
        r"\bproposta (salarial|de contrato|de contratação)\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(má|más|triste|tristes)s? notícias?\b",
        r"\bdecidi\w* não\b",
        r"\bcongelamento de (contratações|vagas)\b",
        r"\binfelizmente\b",
        r"\blamenta\w*",
        r"\b(sentimos|sinto) muito\b",
        r"\bdecisão (muito )?difícil\b",
        r"\bboa sorte\b",
        r"\b(futuras|próximas) (oportunidades|vagas)\b",
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "não",
    "você",
    "vocês",
    "sua",
    "seu",
    "uma",
    "dos",
    "na",
    "em",
    "com",
    "de",
    "que",
    "e",
    "o",
    "os",
    "obrigado",
    "obrigada",
    "muito",
    "mas",
    "está",
    "ao",
    "pela",
    "pelo",
    "nós",
    "também",
    "para",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "janeiro",
    "fevereiro",
    "março",
    "marco",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "fev",
    "dez",
)

# Weekday names, Monday first (spelling variants together). "Segunda", "quarta" and "quinta" alone
# are also "second", "fourth" and "fifth" ("segunda entrevista"): only their "-feira" forms count;
# "terça" and "sexta" alone are weekdays.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("segunda-feira",),
    ("terça-feira", "terça", "terca-feira", "terca"),
    ("quarta-feira",),
    ("quinta-feira",),
    ("sexta-feira", "sexta"),
    ("sábado",),
    ("domingo",),
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
DAYS_FROM_TODAY: dict[str, int] = {"hoje": 0, "amanhã": 1, "depois de amanhã": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "dez": 10,
    "quinze": 15,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    # pt-BR "Em qua., 15 de abr. de 2026 às 11:30, X escreveu:"; pt-PT "X escreveu no dia quarta, 15/04/2026 à(s) 11:30:"
    "attributions": (r"Em\b.{3,300}\bescreveu", r".{1,200}\bescreveu\s+(?:no\s+dia|em)\b.{3,120}"),
    "wrote": (r"escreveu",),
    "header_from": ("De", "Remetente"),
    "header_date": ("Enviado", "Enviada", r"Enviad[oa]\s+em", "Data"),
    "header_other": ("Para", "Cc", "Assunto"),
    "rules": (r"Mensagem\s+original", r"Mensagem\s+(?:re)?encaminhada"),
    "forwarded": (r"Início\s+da\s+mensagem\s+(?:re)?encaminhada",),
    "sent_from": (
        r"Enviado\s+(?:do|de|a\s+partir\s+do)\s+meu\s+\S.{0,40}",
        r"Enviado\s+(?:do|pelo|via|com\s+o)\s+<APPS>\b.{0,30}",
        r"(?:Obter|Obtenha|Baixe|Baixar)\s+o\s+Outlook\s+para\s+(?:iOS|Android)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "a": ("a vaga de {role}", "a vaga"),
    "para": ("para a vaga de {role}", "para a vaga"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = ()
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"entrevista",
    r"candidatura",
    r"convite",
    r"sua",
    r"vaga",
    r"enc",
)
