"""Vocabulary for finding and attributing quotations, per language.

Sources: the attributions of the dev corpus (`shared/corpus/dev`, English,
German, Italian, Portuguese-origin releases) and of the bulk releases
(`shared/bulk`), wire style guides (AP style "said Name, Title"), and the
typographic conventions for quotation marks listed in the Unicode CLDR
`delimiters` data (English “ ”, German „ “ and » «, French « » with inner
spaces, Swiss « », Italian/Spanish « » and “ ”, Swedish ” ”).

Schema (all plain data, lower-case where words are compared
case-insensitively):

- `SPEECH_VERBS`: language -> verbs and verb phrases that report speech.
  A verb may stand before the speaker (`said Jane Doe`) or after it
  (`Jane Doe said`). Multi-word phrases are written with single spaces.
- `PRONOUNS`: subject pronouns that refer back to the last person named.
- `HONORIFICS`: courtesy titles dropped from a speaker's name.
- `DEGREES`: post-nominal letters dropped from the title after a name
  (compared without their periods: `m.p.h` is `mph`).
- `ROLE_WORDS`: words that make a phrase a job title (to tell
  `Jane Doe, CEO of Acme` from `Acme, Inc.`).
- `NAME_PARTICLES`: lower-case words allowed inside a personal name.
- `NOT_NAMES`: capitalised words that never start or make up a name.
- `ABBREVIATIONS`: words whose final period does not end a sentence.
- `QUOTE_PAIRS`: opening mark -> the marks that may close it.
- `SINGLE_QUOTE_PAIRS`: the same for single marks, used only when a
  paragraph has no double marks (apostrophes make them risky).
"""

from __future__ import annotations

# Word tables read best as running text, several words to a line.
# fmt: off

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "said", "says", "added", "adds", "noted", "notes", "explained", "explains", "commented",
        "comments", "stated", "states", "remarked", "remarks", "according to", "observed",
        "observes", "continued", "continues", "concluded", "concludes", "emphasized",
        "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "shared", "shares",
        "exclaimed", "exclaims", "declared", "declares", "told", "wrote", "writes",
        "pointed out", "points out", "highlighted", "affirmed", "asserted", "acknowledged",
        "recalled", "reflected", "elaborated", "confirmed", "urged", "insisted", "predicted",
        "summarized", "summarised", "enthused", "quipped", "replied", "responded",
    ),
    "de": (
        "sagte", "sagt", "erklärte", "erklärt", "betont", "betonte", "so", "ergänzt",
        "ergänzte", "kommentiert", "kommentierte", "meint", "meinte", "unterstreicht",
        "unterstrich", "fügt hinzu", "fügte hinzu", "sagt dazu", "äußerte", "äußert",
        "berichtet", "berichtete", "resümiert", "resümierte", "freut sich", "erläutert",
        "erläuterte", "zufolge",
    ),
    "fr": (
        "a déclaré", "déclare", "explique", "a expliqué", "selon", "ajoute", "a ajouté",
        "souligne", "a souligné", "commente", "a commenté", "précise", "a précisé", "affirme",
        "a affirmé", "indique", "a indiqué", "estime", "poursuit", "conclut", "a conclu", "dit",
        "a dit",
    ),
    "es": (
        "dijo", "afirmó", "explicó", "según", "declaró", "señaló", "añadió", "comentó",
        "indicó", "aseguró", "destacó", "afirma", "explica", "señala", "añade", "comenta",
        "asegura", "destaca", "dice", "subrayó", "subraya", "agregó", "agrega", "concluyó",
        # the perfect, as Spain's Spanish reports speech: `ha dicho`, `ha afirmado`
        "ha dicho", "ha afirmado", "ha explicado", "ha declarado", "ha señalado", "ha añadido",
        "ha comentado", "ha indicado", "ha asegurado", "ha destacado", "ha subrayado",
        "ha concluido", "ha manifestado",
    ),
    "it": (
        "ha dichiarato", "ha detto", "dichiara", "commenta", "ha commentato", "afferma",
        "ha affermato", "secondo", "spiega", "ha spiegato", "aggiunge", "ha aggiunto",
        "sottolinea", "ha sottolineato", "conclude", "ha concluso", "osserva", "evidenzia",
        "precisa",
    ),
    "pt": (
        "disse", "afirmou", "explicou", "segundo", "declarou", "comentou", "acrescentou",
        "afirma", "explica", "diz", "destaca", "destacou", "ressalta", "ressaltou", "comenta",
        "acrescenta", "conforme",
    ),
    "nl": (
        "zegt", "zei", "aldus", "verklaart", "verklaarde", "legt uit", "voegt toe", "stelt",
        "benadrukt", "benadrukte", "volgens",
    ),
    "no": (  # Norwegian, with Danish and Swedish forms that differ
        "sier", "sa", "uttaler", "uttalte", "forteller", "fortalte", "forklarer", "ifølge",
        "siger", "sagde", "udtaler", "ifølge", "säger", "berättar", "enligt",
    ),
}

PRONOUNS: frozenset[str] = frozenset({
    "he", "she", "they",  # en
    "er", "sie",  # de
    "il", "elle",  # fr
    "él", "ella",  # es
    "lui", "lei",  # it
    "ele", "ela",  # pt
    "hij", "zij",  # nl
    "han", "hun", "hon",  # no, da, sv
})

HONORIFICS: frozenset[str] = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "hon",
    "herr", "frau", "dr.-ing", "dipl.-ing", "mag", "mme", "mlle", "sr", "sra", "srta",
    "dott", "dott.ssa", "ing", "avv", "sig", "sig.ra", "reverend", "father", "rabbi",
    "pastor", "bishop", "imam", "sheikh",
})

DEGREES: frozenset[str] = frozenset({
    "m.d", "md", "ph.d", "phd", "mba", "jr", "sr", "esq", "cpa", "dvm", "rn", "d.o", "do",
    "mph", "msc", "bsc", "ll.m", "j.d", "jd", "facc", "facs", "ii", "iii", "faha", "fache",
    "frcp", "frcs", "dds", "dmd", "pharmd", "rph", "dnp", "msn", "bsn", "mha", "edd", "psyd",
    "cfa", "cfp", "lcsw", "iv", "mhs", "msph", "facp", "fasn", "fscai", "frcpc", "dpm",
})

ROLE_WORDS: frozenset[str] = frozenset({
    "ceo", "cfo", "coo", "cto", "cio", "cmo", "cso", "cro", "vp", "evp", "svp", "chairman",
    "chairwoman", "chair", "chairperson", "president", "founder", "co-founder", "cofounder",
    "chief", "officer", "director", "manager", "head", "executive", "lead", "leader",
    "partner", "principal", "administrator", "secretary", "minister", "governor", "mayor",
    "senator", "professor", "scientist", "engineer", "researcher", "analyst",
    "spokesperson", "spokesman", "spokeswoman", "host", "co-host", "member", "owner",
    "co-owner", "author", "editor", "advisor", "adviser", "consultant", "coordinator",
    "superintendent", "dean", "chancellor", "provost", "treasurer", "trustee", "fellow",
    "scholar", "physician", "surgeon", "attorney", "counsel", "commissioner", "ambassador",
    "co-author", "investigator", "specialist", "strategist", "architect", "producer",
    "promoter", "representative", "inspector", "general", "captain", "vice", "deputy",
    "assistant", "associate", "senior", "judge", "councilman", "councilwoman",
    "councilmember", "congressman", "congresswoman", "colonel", "historian", "economist",
    "expert", "coach", "teacher", "student", "nurse", "geschäftsführer", "vorstand",
    "präsident", "präsidentin", "vorsitzender", "vorsitzende", "sprecher", "sprecherin",
    "leiter", "leiterin", "direktor", "direktorin", "bürgermeister", "bürgermeisterin",
    "ministerin",
    "mitbegründer", "gründer", "directeur", "directrice", "président", "présidente", "fondateur",
    "presidente", "fundador", "directora", "gerente", "amministratore", "ad", "direttore",
    "responsabile", "diretor", "diretora",
})

NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "la",
    "le", "du", "bin", "ibn", "al", "el", "ter", "zu", "y",
})

NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "our", "i",
    "you", "your", "they", "their", "he", "she", "his", "her", "in", "on", "at", "for",
    "and", "but", "or", "as", "with", "by", "from", "to", "of", "today", "yesterday",
    "according", "commenting", "speaking", "inc", "corp", "corporation", "company", "ltd",
    "llc", "group", "university", "foundation", "institute", "association", "council",
    "department", "agency", "board", "bank", "holdings", "technologies", "systems",
    "international", "news", "der", "die", "das", "le", "la", "les", "il", "lo", "el",
    "los", "las", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "july", "september", "october", "november",
    "december",  # not April, May, June, August: they are names too
    # sentence openers that are capitalised only by position
    "one", "another", "among", "when", "while", "after", "before", "during", "furthermore",
    "moreover", "however", "additionally", "meanwhile", "also", "then", "now", "here",
    "there", "both", "each", "every", "many", "some", "most", "all", "such", "other",
    "several", "later", "online", "without", "within", "since", "although", "though", "if",
    "once", "so", "essentially", "finally", "ultimately", "overall", "together", "instead",
    "key", "name", "what", "why", "how", "who", "where", "which", "not", "no", "yes",
    "please", "learn", "visit", "click", "read", "see", "contact", "about", "my",
    # heading words that an emphasis-wrapped line may hold
    "media", "contacts", "statements", "statement", "highlights", "source", "investor",
    "investors", "relations", "notes", "note", "overview", "summary", "results", "financial",
    "forward-looking", "safe", "harbor", "disclaimer", "editors", "press", "release",
})

ABBREVIATIONS: frozenset[str] = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "dr", "mr", "mrs", "ms", "prof",
    "st", "no", "vs", "u.s", "u.k", "e.g", "i.e", "s.p.a", "s.a", "n.v", "l.p", "dept",
    "univ", "gov", "gen", "sen", "rep", "approx", "ph.d", "m.d",
})

QUOTE_PAIRS: dict[str, str] = {
    '"': '"”',  # straight quotes, closed by themselves, or by a curly close typed after
    "“": '”“"',  # English curly; “ closes in the Swedish/typo form “…“, " when mixed
    "”": "”",  # Swedish and Finnish ”…”, and a wrongly curled opener
    "„": '“”"',  # German, Czech, Polish low-high
    "«": "»",  # French, Italian, Spanish, Russian, Swiss guillemets
    "»": "«»",  # German and Danish reversed guillemets »…«
}

SINGLE_QUOTE_PAIRS: dict[str, str] = {
    "‘": "’",  # British single curly
    "‚": "‘’",  # German single low-high
    "‹": "›",  # single guillemets
    "›": "‹",  # reversed single guillemets
}
# fmt: on
