"""Spanish: the phrases of each concept, as regular-expression pieces (see `watcher.core.reading.lexicon`)."""

from __future__ import annotations

# Concept -> the pieces that say it. Every language has the same keys; a concept this language has
# no words for is an empty tuple.
PHRASES: dict[str, tuple[str, ...]] = {
    "ABBREVIATIONS": (
        r"sr",
        r"sra",
    ),
    "ACCEPT": (
        r"me va bien",
        r"me viene bien",
        r"me parece bien",
        r"perfecto",
        r"de acuerdo",
    ),
    "ACCEPT_ALONE": (
        r"me va bien",
        r"me viene bien",
        r"perfecto",
        r"de acuerdo",
    ),
    "ACCEPT_PLAIN": (
        r"allí estaré",
        r"ahí estaré",
        r"estaré allí",
        r"estoy disponible",
        r"con gusto",
        r"claro que sí",
        r"cuenta conmigo",
    ),
    "ACCEPT_STRONG": (
        r"me va (muy )?bien",
        r"me viene (muy )?bien",
        r"me parece bien",
    ),
    "ACCEPT_TIMED": (
        r"genial",
        r"sí",
        r"me encaja",
        r"reservado",
    ),
    "ACKNOWLEDGEMENT": (
        r"hemos recibido tu (solicitud|candidatura)",
        r"gracias por (tu|su) (solicitud|candidatura)",
        r"(hemos recibido|recibimos) tu postulaci[oó]n",
        r"gracias por (tu|su) postulaci[oó]n",
        r"gracias por postularte",
    ),
    "ASK": (
        r"\bpor favor\b",
        r"\bpodrías\b",
        r"\bpodría\b",
        r"\bpuedes\b",
        r"\benvía\w*\b",
        r"\bmánda\w*\b",
        r"\bnecesitamos\b",
        r"\b(han|ha) pedido\b",
        (
            r"\b(te|le|les|os) (pedimos|pido|pediría\w*|agradecer\w*|invitamos a (realizar|completar"
            r"|resolver|preparar|enviar|hacer))\b"
        ),
        r"\bnos gustaría (que|recibir|ver)\b",
        r"\b(nos|me) (envíes|envies|mandes|hagas llegar|compartas|remitas|indiques)\b",
        r"\bhaz(nos|me) llegar\b",
        r"\bcompárte\w+\b",
        r"\bindícanos\b",
        r"\bfavor de\b",
        r"\b(me|nos) (podrías|podría|puedes|puede) (compartir|enviar|mandar|pasar)\b",
        r"\bagradecer[ée] (que|si)\b",
        r"\b(me|nos) (compartes|comparte|envías|envía|mandas|manda|pasas|pasa|confirmas|confirma)\b",
    ),
    "ASKED_TO_INTERVIEW": (
        (
            r"\bentrevistar a (un|una|el|la|nuestr[oa]|este|esta) (?!(otr|últim|ultim|segund|tercer|nuev"
            r"|más)\w*)(\w+ )?(candidat|aspirante)\w*"
        ),
        r"\bformar parte del (panel|tribunal|comité) (de )?(entrevista|selección)",
        r"\b(cv|currículum) (del|de la) (candidat|aspirante)\w*",
        r"\b(opinión|valoración|feedback) sobre (el|la) (candidat|aspirante)\w*",
    ),
    "ASK_AVAILABILITY": (
        r"\btendrías (\d+ minutos|un rato)",
        r"\b(algunas|un par de|dos o tres) (tardes|mañanas|fechas|opciones)",
        r"\b(qué|cuándo) (días?|horas?|horarios?)? ?te (viene|va|iría|vendría)",
        r"\bdisponibilidad\w*",
        r"\bcuándo (estarías|estás|estaría) disponible",
        r"\bqué (días|horarios) te",
        r"\bqué horario (te|le) (acomoda|queda)\b",
        r"\bcuándo (te|le) acomoda\b",
        r"\b(cuándo|qué día|qué horario) (\w+ ){0,3}(agendar|agendamos|coordinar|coordinamos)\b",
    ),
    "ASK_DOCUMENT": (
        r"permiso de trabajo",
        r"autorizaci[oó]n de trabajo",
        r"pasaporte",
        r"expectativas salariales",
        r"pretensiones salariales",
        r"documentaci\w+",
        r"expectativa salarial",
        r"pretensiones económicas",
        r"aspiraci\w+ salarial\w*",
        r"banda salarial",
        r"rango salarial",
        r"portafolio",
        r"muestras de (tu|su) trabajo",
        r"verificaci[oó]n de antecedentes",
        r"comprobaci[oó]n de antecedentes",
        r"antecedentes (penales|laborales)",
        r"formulario\w*",
        r"consentimiento",
        r"estudio socioecon[oó]mico",
        r"investigaci[oó]n laboral",
    ),
    "ASK_DONE": (
        r"recibido",
        r"gracias por (enviar|completar|mandar|hacer|compartir|tu entrega)",
    ),
    "ASK_REFERENCES": (
        r"\breferencias\b",
        r"\breferencias?\s+(laborales|profesionales|personales)\b",
        r"\bcontactos? de referencia\b",
    ),
    "ASK_TAKE_HOME": (
        r"prueba técnica",
        r"prueba práctica",
        r"ejercicio",
        r"caso práctico",
        r"reto técnico",
        r"caso de estudio",
        r"proyecto de prueba",
        r"desaf[ií]o (técnico|práctico)",
        r"reto práctico",
    ),
    "ASK_TAKE_HOME_NAMED": (
        r"prueba técnica para casa",
        r"ejercicio para casa",
        r"muestra de trabajo",
    ),
    "AUTOMATED": (
        r"no respondas a este",
        r"mensaje (generado )?automático",
    ),
    "BACK_REFERENCE": (
        r"\b(eso|esto|lo|la|los|las)\b",
        r"\w+r(?:nos|me|se|te)?(?:lo|la|los|las)\b",
    ),
    "CANCEL": (
        r"ha sido cancelad\w+",
        r"hemos cancelado",
    ),
    "CLIENT_WORK": (
        r"(?:trabajo|colaboro|estoy trabajando|estamos trabajando) con",
        r"(?:busco|buscamos) para",
    ),
    "CONDITIONAL": (r"^\s*(si|en caso)\b",),
    "CONFIRM": (
        r"\b(confirmad\w*|agendad\w*|programad\w*|reservad\w*)\b",
        r"\bte llamar\w+",
        r"\bnos vemos\b",
        r"\b(tendrá lugar|será el|quedamos (el|a las|en)|esperamos verte|te esperamos|le esperamos)\b",
        r"\bqued[óo] agendad\w*",
    ),
    "DECLINE": (
        r"\b(excepto|salvo|menos)\b",
        r"\bno (me )?(va|viene|puedo)\b",
        r"\blamentablemente\b",
        r"\bsi no\b",
    ),
    "EVENING": (
        r"de la tarde",
        r"de la noche",
    ),
    "EVENT_INTERVIEW": (r"entrevista",),
    "GREETING": (
        r"hola",
        r"estimad[oa]",
    ),
    "HAND_OVER": (r"\b(envi|mand|compart|remit|hac\w* llegar|adjunt)\w*",),
    "INTERVIEW": (r"\b(entrevista|llamada|reunión|charla|invitaci\w+)\b",),
    "INTERVIEWER_VERDICT": (
        r"(lo|la) contrataría",
        r"(recomiendo|recomendaría) (contratarl[oa]|su contratación)",
        r"mi (feedback|valoración|opinión) sobre (el|la) (candidat|aspirante)\w*",
    ),
    "INVITED": (
        r"invitarte",
        r"invitarle",
    ),
    "JOB_TITLE": (
        r"ingenier[oa]s?",
        r"desarrollador\w*",
        r"analista",
    ),
    "MORNING": (r"de la mañana",),
    "NEXT": (
        r"próximo",
        r"proximo",
        r"que viene",
    ),
    "NOT_ACKNOWLEDGEMENT": (r"lamentablemente",),
    "NOT_A_JOB_EXIT_INTERVIEW": (
        r"\bentrevista de salida",
        r"\bentrevista de (permanencia|retenci[oó]n)",
        r"\bevaluaci[oó]n (anual )?de desempeño\b",
    ),
    "NOT_A_JOB_MARKETING": (),
    "NOT_A_JOB_MEDIA": (r"\b(periodista|revista|episodio)\b",),
    "NOT_A_JOB_MOCK_INTERVIEW": (
        r"\bsimulacro de entrevista",
        r"\bentrevista simulada\b",
        r"\bsimulaci[oó]n de entrevista\b",
    ),
    "NOT_A_JOB_OFFICIAL": (
        (
            r"\bentrevista (consular|de (visa|visado|ciudadan[ií]a|naturalizaci[oó]n|nacionalidad|residencia"
            r"|inmigraci[oó]n|migraci[oó]n|asilo))"
        ),
        r"\bcita (consular|de (visa|visado|extranjer[ií]a|huellas|biometr[ií]a|pasaporte))",
        r"\bsecci[oó]n consular\b",
        r"\bextranjer[ií]a\b",
        r"\bnaturalizaci[oó]n\b",
        r"\bviajero (confiable|de confianza)\b",
        r"\bsolicitud de residencia permanente\b",
        r"\b(oficina|departamento|ministerio|servicio|instituto) (nacional )?de (migraci[oó]n|inmigraci[oó]n|extranjer[ií]a)\b",
    ),
    "NOT_A_JOB_OWNER_INTERVIEWS": (
        r"\bentrevistar a (un|una)",
        r"\bentrevistador(a)? voluntari[oa]\b",
        r"\brealizar (una|la) entrevista (a|al|de admisi[oó]n)\b",
        r"\bentrevistar a (dos|tres|cuatro|varios|varias|los|las|\d+) (candidat|postulant)\w*",
    ),
    "NOT_A_JOB_SOMEONE_ELSES": (),
    "NOT_A_JOB_USER_RESEARCH": (r"\bentrevista de usuario",),
    "NOT_A_NAME": (
        r"lunes",
        r"martes",
        r"miércoles",
        r"jueves",
        r"viernes",
        r"nosotros",
        r"ellos",
        r"el",
        r"la",
        r"los",
        r"las",
        r"un",
        r"una",
    ),
    "OFFER": (
        r"ofrecerte (el|la) (puesto|posición|plaza)",
        r"oferta (formal|de trabajo|de empleo)",
        r"ofrecerle el puesto",
        r"nos complace ofrecerte",
        r"queremos ofrecerte",
        r"hacerte una oferta",
        r"ofrecerte (el|la|un|una) (puesto|posición|plaza|contrato)",
        r"carta (de )?oferta",
        r"propuesta (económica|laboral|formal)",
        r"(te|le) queremos hacer una (oferta|propuesta)",
        # la oferta, como la trae el sistema de selección
        r"\b(tu|su) oferta (\w+ )?(ya )?(está|se encuentra) (lista|disponible)",
        r"\b(te|le) (ha|hemos|han) (enviado|emitido|hecho llegar) (una|la|tu|su) (carta de )?oferta",
        r"\b(ver|revisar|consultar|aceptar|firmar) (tu|su) (carta de )?oferta",
        r"\b(adjunt\w+|anexamos|anexo) (\w+ ){0,2}(carta (de )?oferta|oferta (formal|laboral)|contrato)",
        r"\bcarta (de )?oferta (\w+ ){0,2}(adjunta|en adjunto|anexa)",
        (
            r"\b(propuesta|oferta) (formal|laboral|económica) (para|por) (el|la|este|esta) (puesto|posición"
            r"|vacante|rol)"
        ),
        (
            r"\b(te|le|les) (queremos|quisiéramos|quisiera|gustaría|queríamos) (hacer|extender|presentar)"
            r" (una|nuestra) (oferta|propuesta)"
        ),
    ),
    "OFFER_DOCUMENT": (
        r"oferta( laboral| de (empleo|trabajo))?",
        r"contrato( laboral| de trabajo)?",
        r"propuesta (laboral|econ[oó]mica)",
    ),
    "OFFER_ATTACHMENT": (
        r"\boferta\w*",
        r"\bcontrato\w*",
        r"\bcarta (de )?oferta\b",
    ),
    "ON_BEHALF_OF": (
        r"en nombre de",
        r"(?:nuestro|el) cliente(?: es)?,?",
        r"(?:el nombre del|nuestro) cliente(?: es)?\s*:?\s*(?:se trata de)?",
        r"(?:puedo|podemos) (?:ya )?(?:decirte|contarte|revelarte|compartir) que se trata de",
    ),
    "OWNER_CONFIRM": (
        r"confirmo",
        r"confirmad[oa]",
        r"queda confirmad[oa]",
    ),
    "POSSIBLE_OFFER": (
        r"\b(tu|su) oferta (ya )?(está|esta) (lista|disponible)\b",
        r"\b(te|le) (enviamos|envío|mandamos) (la|nuestra|una) (oferta|propuesta)\b",
        (
            "\\b(nos|me) (complace|alegra|satisface|es grato) (comunicar|informar|anunciar|compartir|confirmar|decir)\\w*"
        ),
        r"\b(buenas|excelentes|grandes) noticias\b",
        r"\b(felicidades|enhorabuena|felicitaciones)\b",
        r"\bbienvenid[oa]s? al equipo\b",
        r"\bfecha de (inicio|incorporación|ingreso)\b",
        r"\bpropuesta (económica|salarial|formal)\b",
    ),
    "POSSIBLE_REJECTION": (
        r"\b(malas|tristes) noticias\b",
        r"\bnoticias (decepcionantes|poco alentadoras)\b",
        r"\bdecidido no\b",
        r"\bcerrar (el|este) proceso\b",
        r"\blamentablemente\b",
        r"\bdesafortunadamente\b",
        r"\bpor desgracia\b",
        r"\blamenta\w*",
        r"\b(sentimos|siento) (mucho )?(comunicar|informar|decir)\w*",
        r"\bdecisión (muy )?(difícil|complicada)\b",
        r"\b(éxito|suerte) en (tu|su) (búsqueda|carrera|futuro)\w*",
        r"\b(futuras|próximas) (oportunidades|vacantes|posiciones)\b",
    ),
    "PROPOSAL": (
        r"te (viene|va)",
        r"le (viene|va)",
        r"podrías",
        r"propongo",
        r"avísame",
        r"dime",
    ),
    "RECRUITER_AT": (
        (
            r"(?:llevo|dirijo|gestiono|coordino) (?:el reclutamiento|la selección|el talento"
            r"|el recruiting) (?:en|de|para)"
        ),
        r"soy (?:la |el )?(?:reclutadora|reclutador|recruiter|responsable de selección) (?:en|de|para)",
    ),
    "RECRUITING": (
        r"entrevista\w*",
        r"candidatura\w*",
        r"proceso de selección",
        r"vacante",
        r"puesto",
        r"reclutador\w*",
        r"selección",
        r"postulaci[oó]n\w*",
        r"postulante\w*",
        r"reclutamiento",
    ),
    "REJECTION": (
        r"no (continuar|seguir adelante|avanzar)",
        r"seguir con otr[oa]s candidat",
        (
            r"(elegido|seleccionado|escogido|optado por|decantado por|decidido por|quedado con|contratado"
            r"|incorporado) (a )?(otr[oa]s?|un[oa]?) (\w+ )?(candidat|perfil|persona)\w*"
        ),
        (
            r"(ofrecido|ofrecer|dado|adjudicado|asignado) (el|la|este|esta) (puesto|posición|plaza"
            r"|vacante|rol) a (otr[oa]|un[oa]? |alguien)"
        ),
        (
            r"(el puesto|la posición|la plaza|la vacante) (ya )?(ha sido|fue|está) (cubiert[oa]"
            r"|ocupad[oa])"
        ),
        r"lamentamos (informarte|informarle|comunicarte)",
        r"no has? sido seleccionad",
        r"(ha|hemos) decidido no",
        r"no (podemos|vamos a) (avanzar|continuar)",
        r"no ha(s)? sido (seleccionad|elegid)",
        r"decidido (seguir|avanzar) con",
        r"continuar con otr[oa]s (candidat|perfil)",
        r"otros perfiles",
        r"no podemos (avanzar|continuar|seguir)",
        r"\b(optado|decantado|decidido|apostado) por (otr[oa]s )?(candidat|perfil)\w* (con|que|más)",
        r"\bdecidido no (avanzar|seguir|continuar) (contigo|con usted|con tu|con su)",
        r"no (fuiste|fue) seleccionad",
        r"decidimos (no )?(avanzar|continuar|seguir) con otr[oa]s",
        r"(tu|su) postulaci[oó]n no (avanzará|continuará|seguirá)",
        r"no (podremos|vamos a poder) (avanzar|continuar|seguir) con (tu|su) (postulaci|candidatura)",
        # el puesto mismo: no se cubre, en pausa, cancelado, cubierto internamente
        (
            r"\b(decidido|optado por) no (cubrir|contratar|abrir|seguir con) (el|la|este|esta|ese|esa) (\w+"
            r" ){0,3}(puesto|posición|vacante|plaza|rol|búsqueda)"
        ),
        (
            r"\bno (vamos a|se va a|se van a|podremos|podemos) cubrir (el|la|este|esta) (\w+ ){0,3}(puesto"
            r"|posición|vacante|plaza)"
        ),
        (
            r"\b(puesto|posición|vacante|plaza|búsqueda|contratación|requisición)\b.{0,50}\b(ha quedado"
            r"|queda|quedó"
            r"|está|ha sido|fue|se ha|se encuentra|se pone|se puso) (\w+ )?(cancelad[oa]|sin efecto"
            r"|cerrad[oa]"
            r"|anulad[oa])"
        ),
        (
            r"\b(puesto|posición|vacante|plaza|búsqueda|contratación|requisición)\b.{0,50}\b(en pausa"
            r"|pausad[oa]"
            r"|congelad[oa]|suspendid[oa]|en espera|en suspenso) (indefinidamente|de forma indefinida"
            r"|hasta nuevo aviso|por tiempo indefinido|(por )?este año)"
        ),
        r"\b(cubiert[oa]|cubrir|cubrirlo|cubrirla) (de forma |)intern(amente|a)",
        (
            r"\b(seguir|avanzar|continuar|ir|quedarse|quedarnos|quedado)( adelante)? con otr[oa]s? (\w+ )?"
            r"(candidat[oa]|perfil|finalista)s?"
        ),
        (
            r"\b(decidido|optado por|preferido|decidió|decidieron|optó|optaron) (por )?(seguir|avanzar|continuar"
            r"|ir|quedarse)( adelante)? con (otr[oa] persona|alguien más|un[oa] (candidat[oa]|persona|perfil)"
            r" intern[oa])"
        ),
        (
            r"\b(optado|decantado|elegido|seleccionado|apostado) por (un[oa] )?(candidat[oa]|perfil|persona"
            r"|candidatura)s? intern[oa]s?"
        ),
        (
            r"\b(cliente|empresa|equipo)\b.{0,40}\b(optado|elegido|decidido|decantado|seleccionado|apostado)"
            r" (por|a) (otr[oa] (\w+ )?(candidat[oa]|perfil|persona|finalista)|alguien)"
        ),
        r"\b(puesto|vacante|posición|plaza) ya no está (disponible|abiert[oa]|vigente)",
        (
            r"\b(ya )?(hemos|han) (encontrado|contratado) (a )?(la persona|alguien|un[oa]? candidat[oa]|otra"
            r" persona) (para|que)"
        ),
        (
            r"\bno (continuaremos|avanzaremos|seguiremos|podremos continuar|podremos avanzar)( adelante)? con (tu|su)"
            r" (postulación|candidatura|proceso|perfil)"
        ),
        r"\b(postulación|candidatura|perfil) no (fue|ha sido|resultó) (seleccionad|elegid)",
        r"congel\w+ (la|las) contrataci\w+",
        r"no (vamos a|podremos) cubrir (la|esta) (vacante|posici\w+)",
    ),
    "REJECTION_NEWS": (
        r"no (te |le |os )?(traigo|traemos|tengo|tenemos|son) (buenas|las) noticias",
        r"no (poder )?(traerte|darte|traerle|darle) (buenas|mejores|otras) noticias",
        r"(malas|tristes|no muy buenas) noticias",
        r"noticias (decepcionantes|poco alentadoras)",
        r"\bno (es|son) la(s)? noticia(s)? que (esperabas|esperaba|esperábamos)",
    ),
    "REPLY_BY": (
        r"tendrás noticias",
        r"tendrá noticias",
        r"contestar\w*",
        r"respuesta",
        r"noticias",
        r"decisión",
        r"decidir",
        r"contactar\w*",
        r"informar\w*",
        r"comunicar\w*",
        r"volveremos",
        r"escribir\w*",
        r"diremos",
        r"te contamos",
        r"le contamos",
        r"les contamos",
        r"novedades",
        r"(te|le) estaremos (contactando|escribiendo|avisando)",
        r"nos (comunicaremos|pondremos en contacto)",
        r"(te|le) avisamos",
        r"(te|le) (confirmamos|contamos)",
        r"(?:te|le) (?:llamaré|llamaremos|llamo|llamamos)",
    ),
    "REPLY_BY_ASKED_OF_OWNER": (
        r"tu respuesta",
        r"su respuesta",
        r"por favor,? (responde|contesta|confirma|dinos|avísanos|indícanos)",
    ),
    "REPLY_BY_BEFORE": (
        r"antes del?",
        r"para el",
        r"hasta el",
        r"(?:como )?muy tarde(?: el| para el)?",
        r"(?:a )?lo más tarde(?: el)?",
        r"a (?:lo )?más tardar(?: el)?",
    ),
    "REPLY_BY_LATEST": (
        r"(?:como )?muy tarde",
        r"a (?:lo )?más tardar",
        r"lo más tarde",
    ),
    "REPLY_BY_WITHIN": (
        r"dentro de",
        r"en los próximos",
        r"en las próximas",
        r"en (?:un|el) plazo (?:máximo )?de",
        r"en",
    ),
    "RESCHEDULE": (
        r"reprogram\w*",
        r"cambiar la (fecha|hora)",
        r"mover",
    ),
    "ROLE_WORDS": (
        r"ingeniero\w*",
        r"desarrollador\w*",
    ),
    "SCHEDULE_CHANGE": (
        r"retras\w*",
        r"aplaz\w*",
        r"reprogram\w*",
        r"enferm\w*",
        r"cambi\w* (de |la )?(fecha|hora)",
        r"(nueva|otra) (fecha|hora)",
        r"cancel\w*",
        r"más tiempo",
    ),
    "STRONG_RECRUITING": (
        r"candidatura\w*",
        r"puesto",
        r"vacante",
        r"postulaci[oó]n\w*",
    ),
    "TEAM_WORDS": (
        r"recursos humanos",
        r"rrhh",
        r"empleo",
        r"talento",
    ),
    "THANKS": (r"gracias por (la|su|tu) (entrevista|tiempo|conversación)",),
    "UNDECIDED": (
        r"\bpens[aá]r(lo|melo|mélo)\b",
        r"\b(unos|algunos|un par de) días\b.{0,40}\b(pensar|decidir|considerar)",
        (
            r"\b(te|le|les|os) (contesto|respondo|confirmo|digo algo) (\w+ ){0,3}(antes|el|en|de todas"
            r" formas|sea como sea)"
        ),
    ),
    "VIA": (
        r"vía",
        r"por",
    ),
    "WITHDRAWAL": (
        r"retirar (mi|la) candidatura",
        r"retiro mi candidatura",
        r"ya no estoy interesad",
        r"otra oferta",
        r"aceptado (una|otra) oferta",
        r"desisto",
        r"no continuar con el proceso",
        r"retir(ar|o) mi postulaci[oó]n",
        r"declin(ar|o) (el proceso|la oferta)",
        r"desisto del proceso",
        r"\bretirar(me)? (\w+ ){0,2}(del proceso|mi candidatura|de la candidatura|de la selección)",
        r"\bme retiro (del proceso|de la selección)",
        r"\b(he|hemos) (decidido )?(aceptado|aceptar) (una|otra) (oferta|propuesta|posición|puesto)",
        (
            r"\b(declinar|rechazar|declino|rechazo) (la|su|tu|vuestra|esta) (amable |generosa )?(oferta"
            r"|propuesta (laboral|de trabajo|de empleo|económica))"
        ),
        r"\bno (seguir|continuar) (adelante )?(en|con) el proceso",
        r"\b(retirar|retiro|declinar|declino) (\w+ ){0,2}(mi|la) postulación",
        r"\bdesist(o|ir) (de|del) (\w+ ){0,2}(proceso|postulación|candidatura)",
    ),
}

# Common words, counted to tell the language of a text.
STOPWORDS: tuple[str, ...] = (
    "que",
    "nos",
    "se",
    "tu",
    "su",
    "las",
    "por",
    "muy",
    "una",
    "lo",
    "en",
    "la",
    "del",
    "es",
    "como",
    "te",
    "y",
    "gracias",
    "los",
    "para",
    "de",
    "con",
    "al",
    "pero",
    "el",
    "un",
)

# Month names (and their abbreviations), for the date grammar.
MONTHS: tuple[str, ...] = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

# Weekday names, Monday first (spelling variants together).
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lunes",),
    ("martes",),
    ("miércoles", "miercoles"),
    ("jueves",),
    ("viernes",),
    ("sábado", "sabado"),
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
DAYS_FROM_TODAY: dict[str, int] = {"hoy": 0, "mañana": 1, "pasado mañana": 2}

# Number words in "within two weeks".
NUMBERS: dict[str, int] = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "diez": 10,
    "quince": 15,
}


# How this language's mail clients mark where quoted or forwarded history begins (regular
# expressions; <APPS> and <DEVICES> stand for the mail apps and phones every language names).
QUOTE_MARKS: dict[str, tuple[str, ...]] = {
    "attributions": (r"El\b.{3,300}\bescribió",),
    "wrote": (r"escribió",),
    "header_from": ("De", "Remitente"),
    "header_date": ("Enviado", r"Enviado\s+el", "Fecha"),
    "header_other": ("Para", "CC", "Asunto"),
    "rules": (r"Mensaje\s+original", r"Mensaje\s+reenviado"),
    "forwarded": (r"(?:Inicio|Comienzo)\s+del\s+mensaje\s+reenviado",),
    "sent_from": (
        r"Enviado\s+desde\s+mi\s+\S.{0,40}",
        r"Enviado\s+(?:desde|con)\s+<APPS>\b.{0,30}",
        r"(?:Obtener|Obtén|Descargar|Descarga)\s+Outlook\s+para\s+(?:iOS|Android)",
    ),
}


# How a nudge names the role, in each grammatical form it needs: (with the role, without one).
NUDGE_ROLE: dict[str, tuple[str, str]] = {
    "el": ("el puesto de {role}", "el puesto"),
    "al": ("al puesto de {role}", "al puesto"),
}
# What a word before the role becomes when the role begins with a vowel (French "de" → "d'").
ELISIONS: tuple[tuple[str, str], ...] = ()
# Words that make a "role" a subject line instead ("Your interview"): the nudge says "the position".
NOT_A_ROLE: tuple[str, ...] = (
    r"entrevista",
    r"candidatura",
    r"solicitud",
    r"su",
    r"enc",
)
