"""Cue phrases of legal disclosures, per kind and language.

Schema: each table maps a `DisclosureKind` value (`"forward_looking"`,
`"fara"`, `"non_gaap"`, `"offer"`, `"trademark"`, `"other"`) to a tuple of
regular-expression fragments, matched case-insensitively with spaces
matching any whitespace. Fragments must stay linear: no nested
quantifiers, gaps bounded (`.{0,80}`).

- `STRONG_CUES`: one match is enough to call a paragraph legal text of
  that kind: the fixed phrases lawyers put in such paragraphs.
- `WEAK_CUES`: words that such paragraphs use but ordinary prose uses
  too (`risks and uncertainties`, `Adjusted EBITDA`): they count only
  under a disclosure heading of the same kind.
- `HEADINGS`: a heading line that stands alone and opens legal text, as a
  whole-line pattern (markup and a closing colon are stripped first).
- `WIRE_NOTICES`: the distributor's own disclaimers, which belong to the
  wire footer, not to the issuer's disclosures (each wire's are in its
  row of `_data.wires`).

Sources: the gold `disclosures` and `wire_footer` of the dev corpus, the
disclosure headings and paragraphs of the releases in `shared/bulk/`
(PR Newswire, Business Wire, GlobeNewswire, Newsfile, ACCESSWIRE, EIN
Presswire, Media OutReach, IWR, Prism MediaWire), and the standard
wording of the US Private Securities Litigation Reform Act safe harbor,
the FARA label (28 CFR 5.402), TSX-V/CSE policy notices and Regulation S
legends, with their usual German, French, Spanish, Italian and Dutch
renderings.
"""

from __future__ import annotations

from typing import Final

from .wires import collect

STRONG_CUES: Final[dict[str, tuple[str, ...]]] = {
    "forward_looking": (
        r"forward[- ]looking (?:statements?|information|terminology|words|events)",
        r"safe[- ]harbou?r",
        r"Private Securities Litigation Reform Act",
        r"Section 27A of the Securities Act",
        r"Section 21E of the (?:Securities )?Exchange Act",
        r"(?:place|put) undue reliance",
        r"undertakes? no (?:obligation|duty) to (?:publicly )?(?:update|revise)",
        r"actual results (?:could|may|might) differ materially",
        r"zukunftsgerichtete[nr]? Aussagen",  # German
        r"zukunftsbezogene[nr]? Aussagen",
        r"déclarations prospectives",  # French
        r"énoncés prospectifs",
        r"informations prospectives",
        r"declaraciones (?:prospectivas|a futuro|sobre el futuro)",  # Spanish
        r"proyecciones a futuro",
        r"dichiarazioni (?:previsionali|prospettiche)",  # Italian
        r"toekomstgerichte verklaringen",  # Dutch
    ),
    "fara": (
        r"Foreign Agents? Registration Act",
        r"on behalf of .{0,120}foreign principal",
        r"(?:on file|available) (?:with|at) the (?:U\.?S\.? )?Department of Justice",
        r"registered (?:with the Department of Justice )?under (?:the )?FARA",
    ),
    "non_gaap": (
        r"non-?(?:GAAP|IFRS) (?:financial )?measures?.{0,160}"
        r"(?:supplement|substitute|isolation|in addition to|comparable|reconcil|defin|"
        r"not (?:prepared |presented |calculated )?in accordance)",
        r"(?:supplement|substitute|isolation|in addition to|defin)"
        r".{0,160}non-?(?:GAAP|IFRS) (?:financial )?(?:measures?|results|figures|"
        r"operating|net income|income|EPS|earnings|adjustments?)",
        r"not (?:prepared |presented |calculated )?in accordance with (?:U\.?S\.? )?"
        r"(?:GAAP|generally accepted accounting principles|IFRS)",
        r"alternative performance measures",
    ),
    "offer": (
        r"(?:not|neither) (?:constitute |be |an? )?(?:an )?offer to (?:sell|buy|purchase)",
        r"solicitation of (?:an )?offer to (?:buy|sell|purchase)",
        r"not for (?:release, )?(?:publication or )?(?:distribution|dissemination) "
        r"(?:in|into|to) the United States",
        r"(?:have|has) not been(?: and will not be)? registered under the "
        r"(?:United States |U\.?S\.? )?Securities Act",
        r"nor shall there be any sale of (?:these|the|such) securities",
        r"ne constitue (?:pas )?une offre",  # French
        r"(?:stellt|ist) (?:weder )?kein(?:e|en)? (?:Angebot|Aufforderung)",  # German
        r"no constituye una oferta",  # Spanish
    ),
    "trademark": (
        r"(?:is|are) (?:a |the )?(?:registered )?(?:trade ?marks?|service marks?)"
        r"(?: (?:or|and|and/or) (?:a )?(?:registered )?(?:trade ?marks?|service marks?))? of",
        r"(?:property of|owned by|belong to|trade ?marks? of|marks? of)"
        r" (?:their|its|the) respective (?:owners|holders|companies)",
        r"trade ?marks? of the individual companies",
        r"eingetragene(?:s|n)? (?:Marken?|Warenzeichen)",  # German
        r"marques? (?:déposée|commerciale)s? de",  # French
        r"marcas? registradas? de",  # Spanish
    ),
    "other": (
        r"Neither (?:the )?(?:TSX Venture Exchange|TSX-?V|TSX|Canadian Securities Exchange|"
        r"CSE|NEO|Cboe Canada) nor (?:its|their) Regulation Services Providers?",
        r"(?:accepts?|takes?) (?:no )?responsibility for the adequacy or accuracy",
        r"(?:has|have) (?:neither )?approved nor disapproved",
        r"Hyperlinks are provided as a convenience",
        r"solely those of the (?:study )?authors",
        r"makes? no representations? or (?:warrant(?:y|ies)|guarantee)",
        r"not (?:intended (?:as|to be|to serve as)|a substitute for) .{0,40}"
        r"(?:investment|investing|financial|legal|medical|tax|trading) advice",
        r"(?:does|do|shall) not constitute .{0,40}(?:investment|financial|legal|medical|tax)"
        r" advice",
        r"not a solicitation for investment",
        r"for (?:general )?informational purposes only",
        r"inside information .{0,80}Market Abuse Regulation",
        r"Nachdruck (?:honorar|kosten)frei",  # German: free to reprint
        r"Belegexemplar",
    ),
}

# For each kind, lowercase words of which every strong cue above holds at least
# one: a paragraph with none of them cannot match a strong cue of that kind, so
# its patterns need not run (the classifier asks this of every paragraph).
STRONG_CUE_ANCHORS: Final[dict[str, tuple[str, ...]]] = {
    "forward_looking": (
        "forward", "safe", "litigation reform", "27a", "21e", "undue reliance", "undertake",
        "differ materially", "aussagen", "prospecti", "declaraciones", "proyecciones",
        "dichiarazioni", "toekomstgericht",
    ),
    "fara": ("foreign agent", "foreign principal", "department of justice", "fara"),
    "non_gaap": ("gaap", "ifrs", "generally accepted accounting", "alternative performance"),
    "offer": (
        "offer", "united states", "securities act", "sale of", "offre", "angebot",
        "aufforderung", "oferta",
    ),
    "trademark": ("mark", "respective", "warenzeichen", "marque", "marca"),
    "other": (
        "regulation services", "adequacy or accuracy", "approved nor disapproved", "hyperlinks",
        "solely those of", "representation", "advice", "solicitation for investment",
        "informational purposes", "market abuse", "nachdruck", "belegexemplar",
    ),
}

WEAK_CUES: Final[dict[str, tuple[str, ...]]] = {
    "forward_looking": (
        r"risks? and uncertaint(?:y|ies)", r"actual results", r"speaks? only as of",
        r"Form (?:10-K|10-Q|20-F|40-F|8-K)", r"risk factors", r"periodic reports",
        r"(?:filed|filings) with the (?:SEC|Securities and Exchange)",
        r"SEDAR", r"cautionary", r"assumptions", r"no assurance", r"could cause",
        r"Risiken und Unsicherheiten", r"risques et incertitudes", r"riesgos e incertidumbres",
    ),
    "fara": (r"Department of Justice", r"distributed by"),
    "non_gaap": (
        r"non-?(?:GAAP|IFRS)", r"Adjusted EBITDA", r"EBITDA", r"adjusted (?:net income|EPS)",
        r"free cash flow", r"reconciliation", r"we (?:define|calculate)", r"excluded?",
    ),
    "offer": (r"Securities Act", r"registration requirements", r"Regulation S", r"offering"),
    "trademark": (r"trade ?marks?", r"®", r"\(R\)", r"™", r"copyright", r"©"),
    "other": (
        r"disclaim", r"responsibility", r"liability", r"warrant(?:y|ies)", r"accuracy",
        r"advice", r"informational", r"compensat", r"sponsored",
    ),
}

HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "forward_looking": (
        r"(?:(?:important |cautionary |special )?(?:notes?|notice|statement|language|"
        r"information)s? (?:regarding|concerning|on|about|relating to|with respect to) )?"
        r"(?:the )?forward[- ]looking (?:statements?|information)"
        r"(?: and (?:the )?(?:safe harbou?r|risk factors)(?: (?:notice|statement|provision))?)?"
        r"(?: (?:disclaimer|notice|statement|cautionary note))?",
        r"(?:disclaimer|caution) (?:for|regarding|on) forward[- ]looking"
        r" (?:statements?|information)",
        r"(?:\"?safe harbou?r\"?|private securities litigation reform act)(?: of 1995)?"
        r"(?: (?:statement|provision|notice|language|disclaimer))?",
        r"cautionary (?:notes?|statements?|language)",
        r"(?:zukunftsgerichtete|zukunftsbezogene) Aussagen",  # German
        r"(?:mise en garde|avertissement)(?: (?:concernant|relative aux|à propos des)"
        r" (?:les )?(?:déclarations|énoncés|informations) prospecti(?:ves|fs))?",  # French
        r"(?:declaraciones|información) (?:prospectivas?|a futuro|sobre el futuro)",  # Spanish
        r"dichiarazioni (?:previsionali|prospettiche)",  # Italian
    ),
    "non_gaap": (
        r"(?:(?:use|discussion|explanation|definitions?) of )?"
        r"(?:supplemental )?non-?(?:GAAP|IFRS) (?:financial )?(?:measures?|information|"
        r"metrics|results)(?: and reconciliations?)?",
        r"alternative performance measures",
        r"(?:about|regarding) non-?(?:GAAP|IFRS) (?:financial )?(?:measures?|information)",
    ),
    "offer": (
        r"no offer(?: or solicitation)?",
        r"not for (?:release, )?(?:publication,? )?(?:or )?distribution.{0,80}",
    ),
    "trademark": (r"trade ?marks?", r"trademark (?:notice|information|attribution)"),
    "other": (
        r"(?:legal |important )?disclaimers?(?: (?:and|&) disclosures?)?",
        r"(?:legal|important|investor) notices?",
        r"haftungsausschluss", r"rechtlicher hinweis",  # German
        r"avis (?:juridique|de non-responsabilité)",  # French
        r"aviso legal", r"descargo de responsabilidad", r"exención de responsabilidad",
        r"third-party content disclaimer", r"responsibility and restrictions disclaimer",
    ),
}

WIRE_NOTICES: Final[tuple[str, ...]] = (
    r"issued through the press release distribution service",
    r"first appeared on",  # WordPress reposts
    *collect("notices"),  # each wire's own, from its row in `_data.wires`
)
