"""Cue vocabularies for classifying blocks, per language and per wire.

Sources: the headings and footer lines of the dev corpus
(`shared/corpus/dev`) and of the bulk releases (`shared/bulk`), and the
wires' published release formats (PR Newswire, Business Wire,
GlobeNewswire, EIN Presswire, ACCESSWIRE, Newsfile, JCN Newswire, Media
OutReach, PRISM MediaWire, Medianet/AAP, IWR). A wire's own lines and
names live in its row of `_data.wires`; the tables here that name wires
are built from those rows. Each table is a tuple of
regular-expression alternatives; `_cues` compiles them into one pattern each (`_full_match`, `_prefix_match`).
Patterns are matched case-insensitively against a block's cleaned text.
"""

from __future__ import annotations

import re

from .wires import WIRES, collect, copyright_names, host_labels

# "About X" headings that open a boilerplate section (matched at the start
# of a short block). The heading is the whole block, or ends with ":".
ABOUT_HEADINGS: tuple[str, ...] = (
    r"(?:\d{1,2}\.\s*)?about\b",  # English, also numbered "1. About Fycompa"
    r"über\b",  # German
    r"uber\b",
    r"à propos (?:de|d['’]|du|des)",  # French
    r"a propos (?:de|d['’]|du|des)",
    r"acerca de\b",  # Spanish
    r"sobre (?:el|la|los|las)?\b",  # Spanish / Portuguese
    r"sobre a\b",
    r"informazioni su\b",  # Italian
    r"chi è\b",
    r"over\b",  # Dutch
    r"om\b",  # Scandinavian
    r"o (?:firmie|společnosti|spoločnosti)\b",  # Polish, Czech, Slovak
    r"company (?:profile|description|overview)\b",
    r"corporate profile\b",
    r"(?:unternehmens|firmen)profil\b",
    r".{2,60} im profil$",  # German "<Name> im Profil": "Die Nordex Group im Profil"
    r"notes? to (?:the )?editors?\b",
    r"editor['’]?s notes?\b",
    r"hinweis für (?:die )?redaktion",
    r"note aux rédactions",
)

# Headings that open boilerplate only once the trailer has begun: mid-body,
# "Background" titles a section of the narrative.
# Words that open the first sentence of an About paragraph whose heading a crawl ran into it
# (`About Acme The company makes ...`, `About XUMO An advanced ...`, `ABOUT ACME Based in ...`).
ABOUT_SENTENCE_OPENERS: frozenset[str] = frozenset(
    ["the", "a", "an", "our", "we", "since", "founded", "located", "based", "headquartered", "established", "with", "as", "at", "for", "in", "from", "today", "through", "over", "specializing", "launched", "recognized", "created", "der", "die", "das", "wir", "seit", "mit", "le", "la", "les", "nous", "depuis", "fondée", "fondé", "el", "la", "los", "nuestra", "desde"]
)
# A corporate suffix ends a company's name: what follows it opens the About paragraph.
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    ["inc", "inc.", "llc", "llc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "gmbh", "ag", "s.a.", "n.v.", "limited"]
)

# Legal-form words around a company's name (`Acme Inc.`, `株式会社LAplust`, `Acme GmbH`) and a
# reading in brackets after it (`(ラプラス)`): a profile's heading names the company so, its
# paragraph as `Acme` / `LAplust`.
LEGAL_FORM = (
    r"株式会社|有限会社|合同会社|[(（]株[)）]|股份有限公司|有限公司|"
    r"\b(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|plc|GmbH|AG|SE|S\.A|S\.p\.A|B\.V|N\.V)\b\.?"
)
NAME_READING = r"[(（][^)）]{1,30}[)）]"

WEAK_ABOUT_HEADINGS: tuple[str, ...] = (
    r"background\b",
    r"hintergrund\b",
    r"contexte\b",
    r"antecedentes\b",
)

# End-of-release marks.
SEPARATORS: tuple[str, ...] = (
    r"#\s*#\s*#",
    r"-\s*30\s*-",
    r"-?\s*(?:ends?|end of (?:press )?release|fin|ende)\s*-?",
    r"\*{3,}",
    r"-0-",
)

# Lines the wire writes around a release (the whole block must match): the
# lines several distributors share, then each wire's own from `_data.wires`.
_SHARED_FOOTER_LINES: tuple[str, ...] = (
    r"source:?\s+\S.{0,120}",  # PR Newswire "SOURCE Acme", JCN "Source: Acme"
    r"(?:industry )?keywords?:.*",
    r"pub: \d.*",
    r"(?:co|st|in|su|sector|subject|topic|language|distribution channels?):\s.*",  # wire codes
    r"the post .{5,300} (?:first appeared|appeared first) on .{3,80}",  # WordPress reposts
    r"\([A-Z.]{1,6}\)",
    r"originally published at\b.*",
    r"issuer of this news release is solely responsible.*",
)
_COPYRIGHT_LINES: tuple[str, ...] = (
    rf"copyright\b.{{0,80}}\b(?:{copyright_names()})\b.*",
    rf"(?:©|\(c\))\s*(?:\d{{4}}[-–]?)+\s*.{{0,60}}(?:{copyright_names()}).*",
)
WIRE_FOOTER_LINES: tuple[str, ...] = (
    *_SHARED_FOOTER_LINES,
    *_COPYRIGHT_LINES,
    rf"https?://(?:www\.)?(?:{host_labels()})\.\S+",  # a link to the wire's copy
    *collect("footer_lines"),
)

# Footer lines a scraper runs onto the text before them (cut there, at the line's opening).
RUN_ON_FOOTER_LINES: tuple[str, ...] = collect("run_on")

# Wire lines that may also stand above or inside the release (they do not end it).
WIRE_NOTES_ANYWHERE: tuple[str, ...] = collect("notes")

# Footer lines that only come once the release is over: what follows them is
# the wire's or the site's, not the issuer's (a subset of the lines above).
RELEASE_END_LINES: tuple[str, ...] = (
    rf"(?:copyright\b|©|\(c\)).{{0,80}}\b(?:{copyright_names()})\b.*",  # `© 2020 GlobeNewswire`
    r"the post .{5,300} (?:first appeared|appeared first) on .{3,80}",
    *collect("end_lines"),
)

# A page's own copyright line (`© 2020 Ente Parco ...`, `Copyright 2019 Acme Corp.`): on a
# site's page it opens the footer, over the organisation's postal address and switchboard.
SITE_COPYRIGHT: str = r"(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*)+\S"

# Links to the wire's copies of a release's media; they stand anywhere in it.
MEDIA_LINK_LINES: tuple[str, ...] = (
    r"(?:logo|photo|photos|video|image|infographic|multimedia)\s*[-:–]\s*(?:https?://|www\.)\S+",
)

# One to four capitalised words: a name, an outlet.
_CAPITALISED_WORDS = r"(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+)){0,3}"

# Header lines that describe the release rather than tell it.
META_LINES: tuple[str, ...] = (
    r"for immediate release\b.{0,80}",
    r"(?:press|news|media) release\b.{0,40}",
    r"pressemitteilung\b.{0,40}",
    r"pressemeldung\b.{0,40}",
    r"communiqué de presse\b.{0,40}",
    r"comunicado de prensa\b.{0,40}",
    r"comunicato stampa\b.{0,40}",
    r"embargo(?:ed)?\b.{0,120}",
    r"exhibit 99(?:\.\d)?",
    r"by:\s+.{1,100}",  # a portal's byline: `By: Business Wire Aug. 28, 2015 08:00 AM`
    r"news(?: release)?",
    r"page \d+(?: of \d+)?",
    # A distribution restriction set above Canadian and other securities releases.
    r"not for (?:distribution|dissemination|release|publication)\b.{0,200}",
    # An SEC exhibit's cover line: `Text of press release issued by Acme Inc. on May 2, 2011`.
    r"text of (?:the )?(?:press|news) release\b.{0,120}",
    # A portal's byline and time stamp: `By Jane Doe`, `Published Thu Feb 07 00:00:00 EST 2013`;
    # a byline may add a second author or the outlet (`By Jane Doe and John Roe`,
    # `By Jane Doe, Benzinga`, `By Jane Doe | Reuters`).
    rf"by\s+{_CAPITALISED_WORDS}(?:\s*(?:,|\||&|\band\b)\s*{_CAPITALISED_WORDS}){{0,2}}",
    r"(?:published|posted|updated|last updated)(?: on)?:?\s+.{0,40}\d{4}.{0,20}",
    # A portal's byline naming the wire, with its widgets run in (`By Business Wire Rating: ...`).
    r"by:?\s+(?:"
    + "|".join(re.escape(name) for wire in WIRES for name in (wire.name, *wire.aliases))
    + r")\b.{0,200}",
    # A time stamp with the portal's counters: `April 8, 2014 05:00 AM EDT Reads: 348`.
    r"(?:\w+\.? )?\d{1,2},? \d{4},? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?\b.{0,40}",
)

# A correction notice over a corrected release (`The following replaces ... The corrected
# release follows:`), as GlobeNewswire and PR Newswire send them, in the wires' languages.
CORRECTION_NOTICES: tuple[str, ...] = (
    r"corrected (?:version|release)s? (?:follows|is below)",
    r"replaces the (?:release|news release|press release)",
    r"version complète et corrigée suit|corrige et remplace",
    r"ersetzt die (?:pressemitteilung|meldung)|sustituye (?:al|el) comunicado",
)

# Image and video captions and credits (matched at the start of a short block,
# except the credit forms marked "anywhere").
CAPTION_STARTS: tuple[str, ...] = (
    # A label, not a sentence's first word: `Photo: ...`, `Image courtesy of`, `Video - ...`
    # (`Video games are ...` and `Credit unions ...` open prose).
    r"\(?(?:photo|image|video|picture|foto|bild)s?(?: credit)?\s*(?:[:\-–—|(]|courtesy\b|credit\b|by\b)",
    r"\(?(?:caption|photo credit|credit|bildunterschrift)s?\s*[:\-–—]",
    r"\(?pictured\b",
    r"(?:from )?(?:left to right|l-r|l to r)\b",
    r"von links(?: nach rechts)?\b",  # German
    r"bu:",  # German "Bildunterschrift"
    r"de gauche à droite\b",  # French
    r"de izquierda a derecha\b",  # Spanish
    r"da sinistra a destra\b",  # Italian
    r"©\s*\S",
)
CAPTION_ANYWHERE: tuple[str, ...] = (
    r"\b(?:photo|image|picture|video)s?\s+(?:by|courtesy|credit)\b",
    r"\bphoto courtesy\b",
    r"\bcourtesy of\b[^.]{0,80}\.?\)?$",
    r"\(official .{0,40}photo\b",
    r"^(?=.{0,120}$).{0,60}\blogo\b",  # a logo's alt text: `Acme logo www.acme.com`
)

# Section labels portals run into a headline (`From the Wires <headline>`),
# and the wire's name they put after it (`<headline> PR Newswire`). Matched
# case-sensitively: as labels they are written in title case.
HEADLINE_LABELS: tuple[str, ...] = (
    r"From the Wires",
    r"Press Releases?",
    r"News Releases?",
    r"Latest News",
    r"Pressemitteilung",
    r"Communiqué de presse",
    r"Comunicado de prensa",
)
# A label a portal or feed sets before a release's title, with a colon: `Text: Acme ...`,
# `Press release: Acme ...`, `Medienmitteilung der Stadt X: ...` (case-insensitive).
HEADLINE_LABEL_PREFIXES: tuple[str, ...] = (
    r"text",
    r"(?:press|news) release",
    r"(?:presse|medien)mitteilung(?: de[rs] [^:]{1,60})?",
    r"communiqué(?: de presse)?",
    r"comunicado(?: de prensa)?",
    r"comunicato(?: stampa)?",
    r"persbericht",
    r"pressemelding",
)

# A wire's notice before a corrected or updated release's title, in the wires' languages.
HEADLINE_NOTICES: tuple[str, ...] = (
    r"(?:correction|rectificatif)(?:\s+et\s+mise\s+à\s+jour)?|mise\s+à\s+jour",
    r"(?:correcting and replacing|correction|corrected|update|updated|repeat|replay)"
    r"(?:\s+(?:and|&)\s+(?:update|replacement|replacing))?",
    r"korrektur|berichtigung|aktualisierung|wiederholung",
    r"corrección|actualización|correzione|aggiornamento|correção|atualização",
)
HEADLINE_WIRE_NAMES: tuple[str, ...] = tuple(
    re.escape(name) for wire in WIRES for name in (wire.name, *wire.aliases)
)

# Navigation and page furniture a crawler leaves in text.
CHROME_LINES: tuple[str, ...] = (
    r"(?:share|tweet|print|email|e-mail|save|follow us|share this article|share this)(?: (?:on|to) ?\w+)?",
    r"news provided by",
    r"\d+ (?:leser|readers|views)",
    r"back to (?:top|news|press releases)",
    r"(?:previous|next)(?: (?:article|post|release))?",
    r"(?:read|see|learn) (?:more|also)(?: here)?\s*(?:>>?|»|›|→|\.\.\.|…)?",
    r"related (?:news|articles|stories|links)",
    r"skip to (?:main )?content",
    r"(?:all )?rights reserved\.?",
    r"(?:privacy policy|terms of (?:use|service)|cookie policy|sitemap|contact us)(?:\s*[|·]\s*\S.*)?",
    r"advertisement|anzeige",
    r"<page>|-?\s*\d{1,3}\s*-?|page \d{1,3}(?: of \d{1,3})?",  # page furniture of filings
    # NewsML flattened to text: the paths of elements the crawler could not render.
    r"\./(?:contentitem|newscomponent|newsitem|newsmanagement)/\S*(?:\s.*)?",
    r"mehr »",
    r"related|×|close",  # a lone `Related` label, a dialog's close button
    # Share and bookmark widgets: `Blog This`, `Add This`, `Email this story`.
    r"(?:blog|email|e-mail|print|share|add|save|tweet|like|pin|bookmark) this(?: (?:article|story|page|post|release))?",
)

# Headings and phrases that open a contact block are in `_data/contact_vocab`
# (owned by the contact extractor); legal headings in `_data/legal`.
