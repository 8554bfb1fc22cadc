"""Vocabulary of contact blocks: headings per language, and the words of names.

Schema: `HEADINGS` is a tuple of regular-expression alternatives (spaces
escaped, for `re.VERBOSE`), each a way of writing a heading that opens a
contact block; `_contacts` compiles them case-insensitively. The word sets
are lower-case words, written as space-separated blocks.

Sources: the gold `contacts` of the dev corpus, the contact blocks of the
releases in `shared/bulk/` (PR Newswire, Business Wire, GlobeNewswire,
IWR, Newsfile, ACCESSWIRE, EIN Presswire, JCN Newswire, Newsdirect,
NewMediaWire), and the usual wording of wire services in German, French,
Spanish, Italian, Portuguese and Dutch.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    """A vocabulary written as a block of words separated by spaces."""
    return frozenset(text.split())


# Words that are never part of a person's name in a contact block, in three sets:
# organisation and address words (a segment holding one names no person), title
# words (may follow or precede a name: `CEO Tim Pierce`), and heading and label
# words (may precede a name: `Media Contact Kevin Raftery`); `NOT_NAME_WORDS` adds
# months, points of the compass, social networks, communication departments and a
# site's menu words (`Share This Article`, `Client Login`) to all three.
ORG_WORDS: Final = _words(
    """
    inc corp corporation co company ltd limited llc llp lp plc gmbh ag se sa sas spa bv
    nv kg group holdings holding international global university universität college
    school institute center centre department division office foundation association
    society agency council bureau ministry committee authority commission board network
    securities capital software systems technologies technology solutions services labs
    headquarters project street st avenue ave road rd boulevard blvd suite floor drive
    lane way plaza square straße strasse chaussee platz weg allee broadway
    museum league federation club forum desk team exchange token coin wallet protocol
    innovations ventures partners advisors consulting agency studio studios clinic
    hospital orthodontics dental plumbing roofing realty restaurant hotel coffee
    bundesverband verband verein polizei stiftung gesellschaft institut ministerium amt
    stadt gemeinde hochschule klinikum abteilung landkreis kreis
    société groupe fondation ville mairie université ministère direction service
    sociedad asociación fundación grupo universidad ayuntamiento ministerio empresa
    società associazione fondazione gruppo università comune ministero ufficio ente parco
    regione
    konsern stiftelse forening kommune universitet departement politi direktorat
    """
)
TITLE_WORDS: Final = _words(
    """
    ceo cfo coo cto cmo svp evp vp chief officer president vice director manager head
    lead senior executive chairman chair founder cofounder co-founder partner principal
    spokesperson spokesman spokeswoman specialist coordinator associate assistant
    analyst editor counsel secretary treasurer pressesprecher pressesprecherin sprecher
    sprecherin leiter leiterin geschäftsführer geschäftsführerin vorstand vorsitzender
    referent referentin pressereferent pressereferentin
    directeur directrice responsable chargé chargée attaché attachée président présidente
    portavoz directora jefe jefa gerente responsabile direttore direttrice addetto
    addetta portavoce presidente
    leder daglig pressesjef kommunikasjonssjef informasjonssjef rådgiver kredittøkonom
    økonom sjef business development sales operations partnerships strategy finance
    product engineering growth
    """
)
LABEL_WORDS: Final = _words(
    """
    media press news relations communications communication marketing public corporate
    investor investors contact contacts inquiries enquiries information info website web
    internet email e-mail mail phone tel telephone fax mobile cell telefon telefax
    kontakt kontakte pressekontakt achtung redaktion redaktionen ihre für fragen
    rückfragen presse facebook twitter linkedin instagram youtube tiktok follow visit us
    our the for and of at or by to related links link details name person
    """
)
NOT_NAME_WORDS: Final = ORG_WORDS | TITLE_WORDS | LABEL_WORDS | _words(
    """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday north south east
    west new united states america
    telegram discord reddit github whatsapp wechat weibo pinterest social channel channels
    öffentlichkeitsarbeit kommunikation unternehmenskommunikation pressestelle
    stampa prensa comunicación comunicazione presseinformasjon kontaktperson
    share article articles products login logout bureaus offices worldwide blog
    newsletter subscribe menu search sitemap privacy cookies careers
    """
)
# The press office that sends a release, as science and newsroom wires print it under the
# title (idw: `Dr. Karin J. Schmitz Abteilung Öffentlichkeitsarbeit`, then the institution):
# a person's name, then the office's name. Not a headline.
PRESS_DEPARTMENTS: Final = (
    r"Abteilung\b", r"Referat\b", r"Stabsstelle\b", r"Pressestelle\b",
    r"(?:Presse- und )?Öffentlichkeitsarbeit\b", r"Press Office\b", r"Service de presse\b",
    r"Ufficio stampa\b",
)
"""Offices that never end a company's name: a name run into one ends before it."""
PRESS_OFFICES: Final = (
    *PRESS_DEPARTMENTS,
    r"(?:Hochschul|Unternehmens)?[Kk]ommunikation\b",
    r"(?:Corporate |University )?Communications\b", r"Media Relations\b", r"Public Relations\b",
)

HONORIFICS: Final = (
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Sir", "Dame", "Herr", "Frau",
    "Mme", "Mlle", "Sr", "Sra", "Srta", "Dra", "Dott", "Dott\\.ssa", "Sig\\.ra", "Ing",
    # only with their full stop: `Sig Hansen` and `Mag Ruffman` are names
    "Sig\\.", "Lic\\.", "Mag\\.", "Drs\\.", "Ir\\.", "med\\.", "rer\\. nat\\.", "Dipl\\.-Ing\\.",
    "Dipl\\.-Kfm\\.",
)
"""Dropped before a name, one or more (`Prof. Dr. med.`): the gold keeps `Michael Duhme` for
`Dr. Michael Duhme`. Regular-expression alternatives."""
PARTICLES: Final = _words(
    "van von de der den da di del della du la le bin al dos das ter zu y e af av"
)
"""Lower-case words inside a name: `Ludwig van Beethoven`."""
NAME_PREFIXES: Final = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz", "O")
CAMEL_WORDS: Final = (
    "LinkedIn", "YouTube", "TikTok", "GitHub", "WhatsApp", "WeChat", "PayPal", "iPhone",
    "iPad", "eBay", "HubSpot", "SoundCloud", "OnlyFans", "DeFi", "NFTs", "PhD", "McKinsey",
)
"""Words written with a capital inside that are one word, not two lines glued together."""
DETAIL_LABELS: Final = _words(
    "tel phone telephone fax mobile mob cell email e-mail mail web website telefon telefax"
    " handy tlf tél téléphone teléfono telefono"
)
"""Labels of a detail, which a converter glues after the name on the line above it."""
CONNECTORS: Final = ("at", "i", "bei", "chez", "hos", "presso", "c/o")
"""Words between a person and the organisation they speak for: `Per Einar Ruud i Bisnode`."""
NOT_PERSON_FIELDS: Final = (
    "company", "company name", "organi[sz]ation", "location", "address", "city", "country",
    "city/country", "headquarters", "firma", "unternehmen", "anschrift", "adresse",
    "société", "entreprise", "empresa", "dirección", "direccion", "azienda", "società",
    "indirizzo", "selskap", "website", "web", "url", "source",
)
"""Labels of a contact card's fields that never hold a person (`Location: Ile Du Port`)."""

# Headings that open a contact block (`Media Contact:`, `Pressekontakt`, `Contatti`).
AUDIENCE: Final = (
    r"(?:news\ |social\ )?media|press|presse|investors?|investor\ relations|ir|pr|analysts?"
    r"|public\ relations|media\ relations|company|corporate|editorial|editors|journalists?"
    r"|business|sales|agency|general|customer|reader|redaktions?|medien|investoren"
)
HEADINGS: Final[tuple[str, ...]] = (
    rf"(?:(?:{AUDIENCE})(?:\ (?:and|&|/|or)\ (?:{AUDIENCE}))?\ )?"  # Media and Investor
    r"(?:contacts?|inquiries|enquiries|information\ contacts?|relations\ contacts?)"
    r"(?:\ \([^)\n]{1,30}\)(?=\s*[:：]))?",  # Media contact (UK):
    rf"(?:(?:{AUDIENCE})\ )?contact\ (?:us|information|info|details|person|persons)",
    r"contact(?:\ [A-Z][\w&.-]*){1,3}(?=\s*:)",  # Contact BioStem:
    rf"(?:{AUDIENCE})\ (?:contacts?|inquiries|enquiries)\ for\ [^:\n]{{1,40}}(?=\s*[:：])",
    r"(?:media|press|presse|investors?|analysts?)(?=\s*[:：])",  # sub-labels: Media: / Investors:
    r"investor\ relations|media\ relations|(?:press|media)\ office",
    r"for\ (?:more|further|additional|media|press|investor)?\ ?"
    r"(?:information|inquiries|enquiries|details|questions|interviews|interview\ requests)"
    r"(?:,?\ (?:please\ )?(?:contact|reach\ out\ to|email|call)(?:\ us)?)?",
    r"(?:to\ )?(?:reach|contact)\ us|get\ in\ touch",
    r"follow\ [^:]{1,40}(?=:)",  # Follow Digital Turbine: (social links)
    r"(?:press|media)\ information\ contact",
    # German
    r"(?:ihre?\ )?(?:presse|medien|redaktions|investor(?:en)?)?kontakte?(?:\ (?:für\ )?"
    r"(?:investoren|presse|medien|journalisten))?",
    r"(?:ihre?\ )?ansprechpartner(?:in(?:nen)?)?"
    r"(?:\ für\ (?:die\ )?(?:presse|medien|redaktionen|presse-?\ ?(?:und\ medien)?(?:anfragen|fragen)))?",
    r"pressestelle|pressekontakt|medienkontakt|rückfragen(?:\ bitte)?(?:\ an)?|weitere\ informationen",
    r"(?:presse|medien)anfragen|für\ (?:weitere|mehr)\ informationen",
    r"(?:[\w\ ]{0,30}\ -\ )?für\ (?:rück)?fragen[\w\ ]{0,50}",
    # French, Spanish, Italian, Portuguese, Dutch
    r"contacts?\ (?:presse|médias|investisseurs)|relations\ (?:presse|investisseurs)",
    r"informations?\ (?:presse|médias)",
    r"pour\ (?:plus|de\ plus\ amples)\ (?:d'|d’)?informations?",
    r"pour\ en\ savoir\ plus,?\ (?:veuillez\ )?(?:communiquer\ avec|contacter|joindre)",
    r"contactos?(?:\ (?:de\ prensa|para\ (?:los\ )?medios|de\ medios|con\ inversionistas))?",
    r"para\ (?:más|mayor)\ información(?:,?\ (?:contactar|contacte|comunicarse)(?:\ (?:a|con))?)?"
    r"|relación\ con\ (?:inversionistas|inversores)",
    r"contatt[io](?:\ (?:per\ la\ )?stampa)?|ufficio\ stampa"
    r"|per\ (?:ulteriori\ |maggiori\ )?informazioni",
    r"contatos?(?:\ (?:de|para)\ imprensa)?|assessoria\ de\ imprensa|informações\ para\ imprensa",
    r"perscontact|persinformatie|voor\ meer\ informatie",
    # Norwegian, Swedish, Danish
    r"kontakt(?:informasjon|information|person(?:er)?)|press(?:e)?kontakt(?:er)?",
    r"for\ (?:mer|ytterligere|yderligere|mere)\ informasjon(?:,?\ kontakt)?"
    r"|för\ (?:mer|ytterligare)\ information(?:,?\ kontakta)?"
    r"|for\ (?:yderligere|mere)\ information(?:,?\ kontakt)?",
)

# Function words: many of them make a block read as prose, not as contact details.
PROSE_WORDS: Final = _words(
    """
    the a an is are was were will be been has have had to of in on with that this which
    who please at or and by from about its their our we you it as more for visit learn
    der die das und ist sind wird mit von le la les et est sont el los las y es
    """
)



# Web addresses in a contact block that are never a contact's: the page's images and
# assets, share buttons, and the wires' tracking and redirect links. Regular-expression
# alternatives, searched case-insensitively in the address as written. Sources: the
# link targets of the contact blocks in `shared/bulk/` (press-release sites' image
# buckets, GlobeNewswire's `Tracker`, PR Newswire's `c212.net` redirects, EIN
# Presswire's `contact_author` form) and the share URLs of the common networks.
NOT_CONTACT_URLS: Final[tuple[str, ...]] = (
    # an image, logo, style sheet, script, font or video file
    r"\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|ico|css|js|woff2?|mp4|mov)(?:[?#&]|$)",
    # a site's asset folders: /images/, /img/, /logos/, /wp-content/uploads/
    r"/(?:images?|img|logos?|uploads|assets|static|thumbnails?|thumbs)/",
    # an asset host: cdn.acme.com, static.acme.com, img1.acme.com
    r"^(?:https?://)?(?:[\w-]+\.)*?(?:cdn|static|img|assets)\d*[.-]",
    # cloud buckets and the networks' own asset hosts
    r"\.amazonaws\.com|storage\.googleapis\.com|googleusercontent\.com|cloudfront\.net"
    r"|akamaihd\.net|twimg\.com|fbcdn\.net|gstatic\.com",
    # share and intent buttons: twitter.com/intent/tweet, facebook.com/sharer.php
    r"/intent/(?:tweet|post)|/share(?:r|article)?(?:\.php)?(?:[/?]|$)|/sharing/"
    r"|pinterest\.\w+/pin/create|reddit\.com/submit|wa\.me/\?|whatsapp\.com/send",
    # tracking pixels and redirects: globenewswire.com/Tracker?data=, c212.net/c/link/?
    r"/tracker\?|/c/link/\?|/track(?:ing)?[/?]|/pixel\b|/click\?|/contact_author/",
)

ROLE_MAILBOXES: Final = _words(
    "media press info sales hello news investors contact support marketing office team"
    " presse kontakt prensa stampa"
)
"""Mailboxes of a role, not a person (`media@`), onto which converters glue the line above."""

# Social and contact labels that converters glue onto the end of a link written before
# them (`https://t.me/CoinBlast_newsYouTube`); case as written.
GLUED_LINK_LABELS: Final[tuple[str, ...]] = (
    "YouTube", "Telegram", "Discord", "Twitter", "Facebook", "LinkedIn", "Linkedin",
    "Instagram", "TikTok", "Reddit", "GitHub", "Website", "Email", "E-Mail", "E-mail",
)
