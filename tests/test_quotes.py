"""Table tests for the quote extractor (`prparse._quotes`).

Each example is named by where it came from: `dev/<id>` is a release of
`shared/corpus/dev` (text as in its gold `body`), `bulk/<file>` one of
`shared/bulk`, `constructed` a shape of release seen in the wild but not in
the corpora (other languages). Expected quotes are `(text, speaker, title)`.
"""

from __future__ import annotations

import time

import pytest

from prparse._model import Quote
from prparse._quotes import QuoteSource, extract_quotes, parse_attribution

Expected = list[tuple[str, str, "str | None"]]


def _run(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes = extract_quotes([QuoteSource(p) for p in paragraphs])
    return [(q.text, q.speaker, q.speaker_title) for q in quotes]


EXAMPLES_CORPUS: list[tuple[str, tuple[str, ...], Expected]] = [
    (
        "dev/direct-asf-oath-2018: split quote, said Name, Title",
        (
            '"ASF Sponsors such as Oath help us run our day-to-day operations," said Phil '
            'Steitz, ASF Chairman. "Targeted Sponsorships allows us the ability to provide '
            'support in additional areas of need."',
        ),
        [
            (
                "ASF Sponsors such as Oath help us run our day-to-day operations,",
                "Phil Steitz",
                "ASF Chairman",
            ),
            (
                "Targeted Sponsorships allows us the ability to provide support in additional "
                "areas of need.",
                "Phil Steitz",
                "ASF Chairman",
            ),
        ],
    ),
    (
        "dev/edgar-oracle-q4fy22: said Title, Name",
        (
            "“We continued to improve our top line results again this quarter with total "
            "revenue growing 10% in constant currency,” said Oracle CEO, Safra Catz.",
        ),
        [
            (
                "We continued to improve our top line results again this quarter with total "
                "revenue growing 10% in constant currency,",
                "Safra Catz",
                "Oracle CEO",
            ),
        ],
    ),
    (
        "dev/edgar-sears-q2-2004: said Title Name, then Surname said",
        (
            '"Like much of the industry, we experienced weak demand in June," said Chairman '
            "and CEO Alan J. Lacy.",
            '"We were encouraged by the performance of several businesses during the '
            'quarter," Lacy said.',
        ),
        [
            (
                "Like much of the industry, we experienced weak demand in June,",
                "Alan J. Lacy",
                "Chairman and CEO",
            ),
            (
                "We were encouraged by the performance of several businesses during the quarter,",
                "Alan J. Lacy",
                "Chairman and CEO",
            ),
        ],
    ),
    (
        "dev/gnw-aiera-cfo: Name, Title, said: “...”",
        ("Ahmad, CEO of AI Era Corp, said: “I am very pleased to welcome Dzmitry to our team.”",),
        [("I am very pleased to welcome Dzmitry to our team.", "Ahmad", "CEO of AI Era Corp")],
    ),
    (
        "dev/iwr-nordex-iwes: German, Name, Title: „...“ with honorifics",
        (
            "Prof. Dr.-Ing. Andreas Reuter, Leiter des Fraunhofer IWES: „Durch seine "
            "Flexibilität und Funktionalität ist der Prüfstand bestens gerüstet.“",
        ),
        [
            (
                "Durch seine Flexibilität und Funktionalität ist der Prüfstand bestens gerüstet.",
                "Andreas Reuter",
                "Leiter des Fraunhofer IWES",
            ),
        ],
    ),
    (
        "dev/nd-kevin-nfc-iphone-de: German, surname and predicate before a colon",
        (
            "Pavel Sokolovas, Mitbegründer von kevin., drückt die Tragweite dieses Moments aus: "
            "„Der Durchbruch der letzten Barrieren stellt einen wahren Wendepunkt dar.“",
            "Sokolovas umriss die technische Reise: „Wir haben rigoros innerhalb von Apples "
            "Architekturrahmen entwickelt.“",
        ),
        [
            (
                "Der Durchbruch der letzten Barrieren stellt einen wahren Wendepunkt dar.",
                "Pavel Sokolovas",
                "Mitbegründer von kevin",
            ),
            (
                "Wir haben rigoros innerhalb von Apples Architekturrahmen entwickelt.",
                "Pavel Sokolovas",
                "Mitbegründer von kevin",
            ),
        ],
    ),
    (
        "dev/direct-pagopa-edistribuzione-it: Italian, verb between two spans",
        (
            "“La presenza di E-Distribuzione sull’app IO testimonia la nostra attenzione”, "
            "dichiara Vincenzo Ranieri, AD di E-Distribuzione, “La sostenibilità e "
            "l’innovazione sono i pilastri del nostro modello di business”.",
        ),
        [
            (
                "La presenza di E-Distribuzione sull’app IO testimonia la nostra attenzione",
                "Vincenzo Ranieri",
                "AD di E-Distribuzione",
            ),
            (
                "La sostenibilità e l’innovazione sono i pilastri del nostro modello di business",
                "Vincenzo Ranieri",
                "AD di E-Distribuzione",
            ),
        ],
    ),
    (
        "dev/edgar-rockofages-amc-2000: he said, to the person named before",
        (
            "Kurt Swenson, chairman and chief executive officer, said that this acquisition "
            'establishes a viable cluster. "This is a small but important acquisition that '
            'creates the critical mass we need," he said.',
        ),
        [
            (
                "This is a small but important acquisition that creates the critical mass we need,",
                "Kurt Swenson",
                "chairman and chief executive officer",
            ),
        ],
    ),
    (
        "dev/mor-hk-central-asia: Mr Surname, title of first mention, continued quote",
        (
            "Led by Chief Executive of the Hong Kong Special Administrative Region (HKSAR), "
            "John Lee, a high-level delegation visit to Kazakhstan is already paying dividends.",
            '"There are broad prospects for further co-operation," Mr Lee said, adding that a '
            "lot of projects are also being pursued.",
            '"For example, Uzbekistan sits in the heart of the corridor of Asia and Europe."',
        ),
        [
            (
                "There are broad prospects for further co-operation,",
                "John Lee",
                "Chief Executive of the Hong Kong Special Administrative Region (HKSAR)",
            ),
            (
                "For example, Uzbekistan sits in the heart of the corridor of Asia and Europe.",
                "John Lee",
                "Chief Executive of the Hong Kong Special Administrative Region (HKSAR)",
            ),
        ],
    ),
    (
        "dev/jcn-fujitsu-tornado: lead-in paragraph, quote without marks",
        (
            "Professor Hironori Fudeyasu, Director, TRC, Yokohama National University, comments:",
            "The supercomputer Fugaku and high-resolution modeling enabled high-precision "
            "simulations across scales.",
        ),
        [
            (
                "The supercomputer Fugaku and high-resolution modeling enabled high-precision "
                "simulations across scales.",
                "Hironori Fudeyasu",
                "Director, TRC, Yokohama National University",
            ),
        ],
    ),
    (
        "dev/nmw-aha-aneurysm-embargo: ” as an opener; degrees dropped from the title",
        (
            "“As a neurosurgeon, I often see people who do not undergo surgery,” said study "
            "co-author Na-Rae Yang, M.D., Ph.D., an assistant professor of neurosurgery at "
            "Ewha Womans University.",
            "”This study did not specifically target brain aneurysms that were small,” Yang said.",
        ),
        [
            (
                "As a neurosurgeon, I often see people who do not undergo surgery,",
                "Na-Rae Yang",
                "study co-author, an assistant professor of neurosurgery at Ewha Womans University",
            ),
            (
                "This study did not specifically target brain aneurysms that were small,",
                "Na-Rae Yang",
                "study co-author, an assistant professor of neurosurgery at Ewha Womans University",
            ),
        ],
    ),
    (
        "dev/podnews-crime-writers-2025: a quoted show name inside the title",
        (
            "“The past year offered many variations on the themes within true crime,” said "
            "“Crime Writers On” host Rebecca Lavoie.",
            "“True crime gets ridiculed as being lurid or sensational,” said Lavoie.",
        ),
        [
            (
                "The past year offered many variations on the themes within true crime,",
                "Rebecca Lavoie",
                "“Crime Writers On” host",
            ),
            (
                "True crime gets ridiculed as being lurid or sensational,",
                "Rebecca Lavoie",
                "“Crime Writers On” host",
            ),
        ],
    ),
    (
        "dev/edgar-apple-next-1996: second span of a paragraph, title from first mention",
        (
            "As part of the agreement, Steve Jobs, Chairman and CEO of NeXT Software, will "
            "return to Apple.",
            '"The acquisition of NeXT is the start of a new chapter in Apple\'s history," said '
            'Dr. Gilbert F. Amelio, Chairman and CEO, Apple Computer Inc. "Today Apple welcomed '
            'back its most talented visionary" Steve Jobs, someone who can inspire.',
            '"Much of the industry has lived off the Macintosh for over ten years now," said '
            "Steven P. Jobs.",
        ),
        [
            (
                "The acquisition of NeXT is the start of a new chapter in Apple's history,",
                "Gilbert F. Amelio",
                "Chairman and CEO, Apple Computer Inc.",
            ),
            (
                "Today Apple welcomed back its most talented visionary",
                "Gilbert F. Amelio",
                "Chairman and CEO, Apple Computer Inc.",
            ),
            (
                "Much of the industry has lived off the Macintosh for over ten years now,",
                "Steven P. Jobs",
                "Chairman and CEO of NeXT Software",
            ),
        ],
    ),
    (
        "dev/pmw-biostem-q4-2025: closing mark after a space",
        (
            "“BioStem delivered a solid finish to 2025, with fourth quarter revenue reflecting "
            "continued penetration, ” said Jason Matuszewski, CEO and Chairman of the Board of "
            "BioStem.",
        ),
        [
            (
                "BioStem delivered a solid finish to 2025, with fourth quarter revenue reflecting "
                "continued penetration,",
                "Jason Matuszewski",
                "CEO and Chairman of the Board of BioStem",
            ),
        ],
    ),
    (
        "dev/direct-nasa-medals: said Surname upon..., full name and title from first mention",
        (
            "President Joe Biden will present Dr. Ellen Ochoa, former center director and "
            "astronaut at the agency’s Johnson Space Center in Houston, and Dr. Jane Rigby, "
            "senior project scientist for NASA’s James Webb Space Telescope, each with the "
            "Presidential Medal of Freedom.",
            "“Wow, what an unexpected and amazing honor! I’m so grateful for all my amazing "
            "NASA colleagues,” said Ochoa upon hearing the news of her award.",
        ),
        [
            (
                "Wow, what an unexpected and amazing honor! I’m so grateful for all my amazing "
                "NASA colleagues,",
                "Ellen Ochoa",
                "former center director and astronaut at the agency’s Johnson Space Center in "
                "Houston",
            ),
        ],
    ),
    (
        "dev/prn-digital-turbine-axiata: Title, Name says, “...”",
        (
            'Chief Executive Officer of Axiata Digital, Mohd Khairil Abdullah says, "We are '
            'excited to partner with Digital Turbine and to further monetize our platform."',
        ),
        [
            (
                "We are excited to partner with Digital Turbine and to further monetize our "
                "platform.",
                "Mohd Khairil Abdullah",
                "Chief Executive Officer of Axiata Digital",
            ),
        ],
    ),
    (
        "dev/prn-indigrid-q1-fy19: an opening clause before the speaker",
        (
            "Commenting on the quarterly results and developments, Mr. Pratik Agarwal, Chief "
            'Executive Officer, IndiGrid, said, "IndiGrid delivered another strong quarterly '
            'performance and is on track."',
        ),
        [
            (
                "IndiGrid delivered another strong quarterly performance and is on track.",
                "Pratik Agarwal",
                "Chief Executive Officer, IndiGrid",
            ),
        ],
    ),
    (
        "dev/prn-aguia-de-ouro-carnival: first name resolved from a later full mention",
        (
            '"These statistics are just for the special groups, but feathers are always '
            'present," as carnavalesco Amarildo explains.',
            '"Animal rights have made it to samba," exclaims the school\'s carnavalesco, '
            "Amarildo de Mello.",
        ),
        [
            (
                "These statistics are just for the special groups, but feathers are always "
                "present,",
                "Amarildo de Mello",
                "carnavalesco",
            ),
            ("Animal rights have made it to samba,", "Amarildo de Mello", "carnavalesco"),
        ],
    ),
    (
        "bulk newmediawire (AHA): a surname that is also an article, then a run of degrees",
        (
            "“This interesting paper is really two studies in one,” said Sandeep R. "
            "Das, M.D., M.P.H., MBA, FAHA, co-chair of the registry committee in Dallas.",
        ),
        [
            (
                "This interesting paper is really two studies in one,",
                "Sandeep R. Das",
                "co-chair of the registry committee in Dallas",
            )
        ],
    ),
    (
        "bulk 247pr: a one-syllable surname that is also a particle",
        (
            "“Socks are also inexpensive, making them affordable for most people to "
            "purchase and donate,” says CPMA President Phong Le, DPM, a board-certified "
            "podiatric foot and ankle specialist.",
        ),
        [
            (
                "Socks are also inexpensive, making them affordable for most people to purchase "
                "and donate,",
                "Phong Le",
                "CPMA President, a board-certified podiatric foot and ankle specialist",
            )
        ],
    ),
]

EXAMPLES_LANGUAGES: list[tuple[str, tuple[str, ...], Expected]] = [
    (
        "constructed: French guillemets with inner spaces",
        (
            "« Nous sommes très fiers de ce partenariat stratégique », a déclaré Jean Dupont, "
            "président de Acme.",
        ),
        [
            (
                "Nous sommes très fiers de ce partenariat stratégique",
                "Jean Dupont",
                "président de Acme",
            )
        ],
    ),
    (
        "constructed: Spanish guillemets, afirmó",
        (
            "«La empresa ha crecido mucho este año y seguirá creciendo», afirmó María García, "
            "directora general de Acme.",
        ),
        [
            (
                "La empresa ha crecido mucho este año y seguirá creciendo",
                "María García",
                "directora general de Acme",
            )
        ],
    ),
    (
        "constructed: German, so Name",
        (
            "„Wir freuen uns sehr über diese Partnerschaft mit Acme“, so Max Mustermann, "
            "Geschäftsführer der Beispiel GmbH.",
        ),
        [
            (
                "Wir freuen uns sehr über diese Partnerschaft mit Acme",
                "Max Mustermann",
                "Geschäftsführer der Beispiel GmbH",
            )
        ],
    ),
    (
        "constructed: according to Name",
        (
            '"Demand for the product has never been stronger than it is today," according to '
            "Jane Doe, chief executive of Acme.",
        ),
        [
            (
                "Demand for the product has never been stronger than it is today,",
                "Jane Doe",
                "chief executive of Acme",
            )
        ],
    ),
    (
        "constructed: British single quotes when a paragraph has no double marks",
        ("‘We have never seen demand like this in our history,’ said Jane Doe.",),
        [("We have never seen demand like this in our history,", "Jane Doe", None)],
    ),
]

NEGATIVES: list[tuple[str, tuple[str, ...]]] = [
    (
        "dev/prn-visible-assets-clarke: scare quotes",
        (
            'During the Bush administration as the nation\'s "Cyber-Czar," Clarke developed the '
            "country's first National Strategy.",
        ),
    ),
    (
        "dev/jcn-eisai-fycompa-syscon: titles of cited works",
        (
            '(2) "The Epilepsies and Seizures: Hope Through Research. What are the epilepsies?" '
            "National Institute of Neurological Disorders and Stroke",
        ),
    ),
    (
        "dev/nf-generic-gold-placement: defined terms",
        (
            'Generic Gold Corp. ("Generic Gold" or the "Company") is pleased to announce the '
            'upsize of its fully subscribed "best efforts" private placement offering.',
        ),
    ),
    (
        "bulk/247PressRelease: a reviewer, not a person",
        (
            'One Amazon reviewer said, "By Any Means is a fast paced, intriguing read that '
            'thrusts you into the story."',
        ),
    ),
    (
        "bulk/247PressRelease: an unnamed representative",
        (
            '"Homeowners and business owners deserve honest assessments and reliable roofing '
            'solutions," said a representative for Top Most Roofing.',
        ),
    ),
    (
        "constructed: long quotation with nobody to credit",
        (
            'The campaign is themed "A legacy of opportunity for the young women of our city" and '
            "runs until December.",
        ),
    ),
    (
        "constructed: apostrophes are not quotation marks",
        ("It’s the company’s best year, and we’re proud of our team’s work on the product.",),
    ),
    (
        "constructed: inch marks",
        ('The 12" display and the 15" display are sold with a stand and a cover at launch.',),
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [pytest.param(p, e, id=name) for name, p, e in EXAMPLES_CORPUS + EXAMPLES_LANGUAGES],
)
def test_extract_quotes(paragraphs: tuple[str, ...], expected: Expected) -> None:
    assert _run(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [pytest.param(p, id=name) for name, p in NEGATIVES])
def test_no_quotes(paragraphs: tuple[str, ...]) -> None:
    assert _run(*paragraphs) == []


def test_next_sentence_is_not_an_attribution() -> None:
    """bulk/247PressRelease (TheSoulOf.AI): a quote that ends a sentence keeps its speaker."""
    got = _run(
        '"TheSoulOf.AI is not simply another AI startup in this market," said Alicia Kali, '
        'founder of TheSoulOf.AI. "Being named a finalist validates that the world is ready." '
        "Gold, Silver, and Bronze Stevie Award winners will be announced later this year."
    )
    assert [speaker for _, speaker, _ in got] == ["Alicia Kali", "Alicia Kali"]


PULL_QUOTES: list[tuple[str, QuoteSource, Quote | None]] = [
    (
        "dev/ein-kerman-680652398: emphasis-wrapped credit, stray closing mark",
        QuoteSource(
            "As Iranians and their Resistance Units work to change the oppressive terrorist "
            "regime, the international community should recognize their right.”",
            pull=True,
            credit=parse_attribution(
                "*Alireza Jafarzadeh, Deputy\nDirector of NCRI's Washington\nOffice*"
            ),
        ),
        Quote(
            text="As Iranians and their Resistance Units work to change the oppressive "
            "terrorist regime, the international community should recognize their right.",
            speaker="Alireza Jafarzadeh",
            speaker_title="Deputy Director of NCRI's Washington Office",
            pull=True,
        ),
    ),
    (
        "constructed: credit after a dash in the same block",
        QuoteSource(
            "“This is the most important launch in our company’s history.” — Jane Doe, CEO",
            pull=True,
        ),
        Quote(
            text="This is the most important launch in our company’s history.",
            speaker="Jane Doe",
            speaker_title="CEO",
            pull=True,
        ),
    ),
    (
        "constructed: pull quote with nobody to credit is dropped",
        QuoteSource("“This is the most important launch in our company’s history.”", pull=True),
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [pytest.param(s, e, id=name) for name, s, e in PULL_QUOTES]
)
def test_pull_quotes(source: QuoteSource, expected: Quote | None) -> None:
    assert extract_quotes([source]) == ((expected,) if expected else ())


ATTRIBUTIONS: list[tuple[str, str, tuple[str, str | None] | None]] = [
    (
        "dev/ein-kerman-680652398",
        "*Alireza Jafarzadeh, Deputy\nDirector of NCRI's Washington\nOffice*",
        ("Alireza Jafarzadeh", "Deputy Director of NCRI's Washington Office"),
    ),
    ("em dash", "— Jane Doe, CEO of Acme", ("Jane Doe", "CEO of Acme")),
    ("double hyphen", "-- John Smith", ("John Smith", None)),
    ("honorific dropped", "— Dr. Jane Doe, Chief Scientist", ("Jane Doe", "Chief Scientist")),
    (
        "bold",
        "**Maria Rossi, Amministratore Delegato**",
        ("Maria Rossi", "Amministratore Delegato"),
    ),
    ("no mark", "Jane Doe, CEO of Acme", None),
    ("a sentence", "— said Jane Doe, CEO of Acme", None),
    ("a bullet", "- Launched a new product line in March", None),
    ("a heading", "**Forward-Looking Statements**", None),
    ("a contact heading", "*Media Contact*", None),
]


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, e, id=name) for name, line, e in ATTRIBUTIONS]
)
def test_parse_attribution(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_attribution(line) == expected


PATHOLOGICAL: list[tuple[str, str]] = [
    ("100,000 straight marks", '"' * 100_000),
    ("100,000 spaced marks", '" ' * 100_000),
    ("1 MB of prose", "The quick brown fox jumps over the lazy dog. " * 23_000),
    ("1 MB word", "A" * 1_000_000),
    ("1 MB unclosed quote", '"' + "word " * 200_000),
    ("1 MB of appositives", "Jane Doe, CEO of Acme, " * 45_000),
    ("1 MB of capitalised words", "Aa " * 330_000),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for name, t in PATHOLOGICAL])
def test_pathological_text_does_not_hang(text: str) -> None:
    """A hang guard, not a speed measure (benchmarks/bench.py measures speed): a scan that
    backtracks or goes quadratic over 1 MB takes hours, a linear one well under a second,
    so the generous bound holds on a loaded machine and still catches a hang."""
    start = time.perf_counter()
    extract_quotes([QuoteSource(text)])
    parse_attribution(text)
    assert time.perf_counter() - start < 30


KNOWN_FAILURES: list[tuple[str, tuple[str, ...], Expected]] = [
    (
        "dev/prn-essence-jovy-gill: title given as `promotion of Name to Title`",
        (
            "Essence today announced the promotion of Sydney-based Jovy Gill to Managing "
            "Director of Australia.",
            '"APAC presents huge opportunities for Essence as we have a strong foundation," '
            "says Gill.",
        ),
        [
            (
                "APAC presents huge opportunities for Essence as we have a strong foundation,",
                "Jovy Gill",
                "Managing Director of Australia",
            ),
        ],
    ),
    (
        "dev/prn-aguia-de-ouro-carnival: a title that runs on into a description",
        (
            '"We are continuing in the effort to prove that animals deserve our respect," '
            "concludes Luisa Mell, ambassador of the school and one of Brazil's leading "
            "activists in this cause.",
        ),
        [
            (
                "We are continuing in the effort to prove that animals deserve our respect,",
                "Luisa Mell",
                "ambassador of the school",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(p, e, id=name, marks=pytest.mark.xfail(strict=True))
        for name, p, e in KNOWN_FAILURES
    ],
)
def test_known_failures(paragraphs: tuple[str, ...], expected: Expected) -> None:
    assert _run(*paragraphs) == expected


# Quotation shapes seen on releases the rules were not tuned on (issue 9): (name, paragraph,
# [(quote opening, speaker, title)]).
EXAMPLES_QUOTE_SHAPES = [
    (
        "dev pnalm: the attribution interrupts the quotation between dashes",
        "\"L'importanza delle femmine riproduttive emerge con chiarezza anche da uno studio - "
        "dichiara il Presidente Cannata - L'orso marsicano potrà uscire dal rischio reale di "
        'estinzione".',
        [
            ("L'importanza delle", "Cannata", "Presidente"),
            ("L'orso marsicano", "Cannata", "Presidente"),
        ],
    ),
    (
        "bulk: opened with a straight mark, closed with a curly one",
        '"The institutional market is looking at new ways to maximize their Bitcoin investment,” '
        "said Rich Rines, Initial Contributor to Core.",
        [("The institutional", "Rich Rines", "Initial Contributor to Core")],
    ),
    (
        "dev asf-es: a quotation nested in the other kind of marks",
        '"La graduación es el testimonio del crecimiento desde un “germen de producto” hasta un '
        'producto establecido", ha dicho Ross Gardler, Vicepresidente de la ASF.',
        [("La graduación", "Ross Gardler", "Vicepresidente de la ASF")],
    ),
    (
        "dev ntbinfo: Norwegian direct speech opened with a dash, its verb after the comma",
        "Det er en nedgang på 17 prosent. – Noen bransjer sliter veldig med lave marginer, "
        "sier kredittøkonom Per Einar Ruud i Bisnode.",
        [("Noen bransjer", "Per Einar Ruud", "kredittøkonom i Bisnode")],
    ),
    (
        "an English dash in mid-sentence opens no speech",
        "The tool shortens training — a process that takes months of dedicated work, said "
        "Andy Yang, manager of the AI department.",
        [],
    ),
    (
        "a dash inside the quotation is no attribution",
        '"We bring this product to our customers - all of them - across the region," '
        "said Jane Doe.",
        [("We bring", "Jane Doe", None)],
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "expected"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_QUOTE_SHAPES]
)
def test_quote_shapes(paragraph: str, expected: list[tuple[str, str, str | None]]) -> None:
    quotes = extract_quotes([QuoteSource(paragraph)])
    got = [(" ".join(q.text.split()[:2]), q.speaker, q.speaker_title) for q in quotes]
    assert got == expected


def test_ascii_text_opens_quotations_with_the_straight_mark_only() -> None:
    """`_has_opening_mark` looks for `"` alone in ASCII text: no other opening mark is ASCII."""
    from prparse._quotes import _OPENING_MARKS

    assert {m for m in _OPENING_MARKS if m.isascii()} == {'"'}
    assert all(not d.isascii() for d in "–—")  # nor is a dash that opens speech
