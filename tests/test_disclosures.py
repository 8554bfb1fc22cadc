"""Table tests for `disclosure_kind`, `disclosure_heading` and `disclosure_continues`."""

from __future__ import annotations

import pytest
from _pathological import HANG_SECONDS, hang_guard

from prparse._data.legal import STRONG_CUE_ANCHORS
from prparse._disclosures import (
    _ANCHORS,
    _ANY_ANCHOR,
    _STRONG_WORDS,
    _anchored_kinds,
    _pivot_characters,
    _strong,
    _strong_cues,
    disclosure_continues,
    disclosure_heading,
    disclosure_kind,
)
from prparse._model import DisclosureKind as K

# (where it came from, paragraph, heading it stands under, expected kind)
Example = tuple[str, str, "str | None", K]

EXAMPLES_CORPUS: list[Example] = [
    ("acw-stevia-first", "Except for the historical information presented herein, matters "
     "discussed in this release contain forward-looking statements that are subject to certain "
     "risks and uncertainties that could cause actual results to differ materially", None,
     K.FORWARD_LOOKING),
    ("edgar-buckle-q3-2024", "SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION "
     "REFORM ACT OF 1995: All forward-looking statements made by the Company involve material "
     "risks and uncertainties", None, K.FORWARD_LOOKING),
    ("edgar-sears-q2-2004", "This release contains guidance on third quarter and full-year 2004 "
     "revenues, gross margins and earnings per share and our expectations regarding additional "
     "debt retirement. These statements are forward-looking statements based on assumptions",
     None, K.FORWARD_LOOKING),
    ("ein-kerman-680652398", "These materials are being distributed by the National Council of "
     "Resistance of Iran-U.S. Representative Office (NCRI-US). Additional information is on file "
     "with the Department of Justice, Washington, D.C.", None, K.FARA),
    ("edgar-oracle-q4fy22", "To supplement our financial results presented on a GAAP basis, we "
     "use the non-GAAP measures indicated in the tables, which exclude certain business "
     "combination accounting entries", None, K.NON_GAAP),
    ("pmw-biostem-q4-2025", "Our management uses financial measures that are not in accordance "
     "with generally accepted accounting principles in the United States, or GAAP, in addition "
     "to financial measures in accordance with GAAP to evaluate our operating results.", None,
     K.NON_GAAP),
    ("nf-generic-gold-placement", "The Offered Securities have not been and will not be "
     "registered under the U.S. Securities Act of 1933, as amended, and may not be offered or "
     "sold in the United States absent registration. This press release shall not constitute an "
     "offer to sell or the solicitation of an offer to buy", None, K.OFFER),
    ("nf-generic-gold-placement", "NEITHER THE CANADIAN SECURITIES EXCHANGE NOR THEIR REGULATION "
     "SERVICES PROVIDERS ACCEPT RESPONSIBILITY FOR THE ADEQUACY OR ACCURACY OF THIS RELEASE.",
     None, K.OTHER),
    ("bw-ihs-q3-call-syscon", "IHS is a registered trademark of IHS Inc. All other company and "
     "product names may be trademarks of their respective owners. © 2015 IHS Inc.", None,
     K.TRADEMARK),
    ("direct-tor-roadmap-2008", 'The "Onion Logo" and "Tor" wordmark are registered trademarks '
     "of The Tor Project, Inc.", None, K.TRADEMARK),
    ("edgar-oracle-q4fy22", "Oracle, Java, and MySQL are registered trademarks of Oracle "
     "Corporation.", None, K.TRADEMARK),
    ("bw-celgene-revlimid-alvogen", "Hyperlinks are provided as a convenience and for "
     "informational purposes only. Celgene bears no responsibility for the security or content "
     "of external websites.", None, K.OTHER),
    ("iwr-nordex-iwes", "Veröffentlichung und Nachdruck honorarfrei; ein Belegexemplar an die "
     "Nordex SE wird freundlichst erbeten.", None, K.OTHER),
    ("nmw-aha-aneurysm-embargo", "Studies published in the American Heart Association’s "
     "scientific journals are peer-reviewed. The statements and conclusions in each manuscript "
     "are solely those of the study authors", None, K.OTHER),
]

EXAMPLES_BULK: list[Example] = [
    ("newmediawire (TSXV notice)", "Neither TSX Venture Exchange nor its Regulation Services "
     "Provider (as that term is defined in policies of the TSX Venture Exchange) accepts "
     "responsibility for the adequacy or accuracy of this release.", None, K.OTHER),
    ("newsdirect-2024-0905-goodway", "Facebook® is a registered trademark of Meta Inc.", None,
     K.TRADEMARK),
    ("newmediawire-2025-0516-quicklogic", "QuickLogic and logo are registered trademarks of "
     "QuickLogic. All other trademarks are the property of their respective holders and should "
     "be treated as such.", None, K.TRADEMARK),
    ("bulk (Gartner)", "GARTNER is a registered trademark and service mark of Gartner, Inc. "
     "and/or its affiliates in the U.S. and internationally.", None, K.TRADEMARK),
    ("newmediawire-2025-1023-zenatech", "This press release does not constitute an offer to sell "
     "or the solicitation of an offer to buy any securities, nor shall there be any sale of "
     "these securities in any state", None, K.OFFER),
    ("blockchainwire-2024-0418", "Disclaimer: The information provided in this press release is "
     "not a solicitation for investment, nor is it intended as investment advice, financial "
     "advice, or trading advice.", None, K.OTHER),
    ("ibn-2024-1205-d-wave (under its heading)", "Certain statements in this press release are "
     "forward-looking, as defined in the Private Securities Litigation Reform Act of 1995.",
     "Forward-Looking Statements", K.FORWARD_LOOKING),
    ("newmediawire-2025-0729-geovax (continuation, under heading)", "Further information on our "
     "risk factors is contained in our periodic reports on Form 10-Q and Form 10-K that we have "
     "filed and will file with the SEC.", "Forward-Looking Statements", K.FORWARD_LOOKING),
    ("prism-2026-0324 (under heading)", "Adjusted EBITDA is calculated as net income less "
     "interest, taxes, depreciation and amortization.", "Non-GAAP Financial Measures:",
     K.NON_GAAP),
]

EXAMPLES_LANGUAGES: list[Example] = [
    ("German safe harbor", "Diese Mitteilung enthält zukunftsgerichtete Aussagen, die auf den "
     "derzeitigen Einschätzungen des Managements beruhen.", None, K.FORWARD_LOOKING),
    ("French safe harbor", "Ce communiqué contient des déclarations prospectives qui reposent "
     "sur des hypothèses.", None, K.FORWARD_LOOKING),
    ("Spanish safe harbor", "Este comunicado contiene declaraciones prospectivas sujetas a "
     "riesgos e incertidumbres.", None, K.FORWARD_LOOKING),
    ("French offer legend", "Le présent communiqué ne constitue pas une offre de vente de titres.",
     None, K.OFFER),
    ("run-in heading", "Safe Harbor Statement: Statements in this release that are not "
     "historical are made under the Act.", None, K.FORWARD_LOOKING),
]

NEGATIVES = [
    ("edgar-oracle-q4fy22 body", "Q4 GAAP operating income was $4.5 billion, down 1% in USD and "
     "up 6% in constant currency. Non-GAAP operating income was $5.6 billion, up 3% in USD."),
    ("edgar-sears-q2-2004 body", "The company anticipates third quarter earnings per share to be "
     "between $0.00 and $0.10. The outlook assumes third quarter domestic comparable store "
     "sales to be down in the mid-single digits."),
    ("edgar-oracle-q4fy22 table title", "RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP "
     "MEASURES (1)"),
    ("edgar-oracle-q4fy22 table footnote", "(1) This presentation includes non-GAAP measures. "
     "Our non-GAAP measures are not meant to be considered in isolation or as a substitute for "
     "comparable GAAP measures."),
    ("brief: an ordinary forecast", "We expect revenue to grow by 20% next year as we expand "
     "into Europe."),
    ("mo-bora-macrogenics wire footer", "The issuer is solely responsible for the content of this "
     "announcement."),
    ("iwr-nordex-iwes wire footer", "Hinweis: Für den Inhalt der Pressemitteilung ist der "
     "Emittent / Herausgeber der Meldung »Nordex SE« verantwortlich."),
    ("news about the Department of Justice", "The company was awarded a contract extension "
     "within the Department of Justice, which uses its video platform."),
    ("247PressRelease-2025-1105 (passing trademark mention in a long paragraph)",
     "BUSAN, SOUTH KOREA -- Where in the World is Heather Viking? Today, she's in Busan, "
     "leading Day 10 of the Viking Asia Executive Retreat aboard the Viking Yi Dun. " * 6
     + "Viking® is a registered trademark of Viking and/or its affiliates."),
    ("USPTO news", "The U.S. Patent and Trademark Office granted the company a Notice of "
     "Allowance for its Smart Release System."),
]

HEADINGS = [
    ("Forward-Looking Statements", K.FORWARD_LOOKING),
    ("**Cautionary Note Regarding Forward-Looking Statements**", K.FORWARD_LOOKING),
    ("FORWARD-LOOKING STATEMENTS:", K.FORWARD_LOOKING),
    ("Forward-Looking Statements and Safe Harbor Notice :", K.FORWARD_LOOKING),
    ("Safe Harbor Statement", K.FORWARD_LOOKING),
    ("CAUTIONARY NOTES REGARDING FORWARD-LOOKING INFORMATION", K.FORWARD_LOOKING),
    ("Zukunftsgerichtete Aussagen", K.FORWARD_LOOKING),
    ("Mise en garde concernant les déclarations prospectives", K.FORWARD_LOOKING),
    ("Non-GAAP Financial Measures:", K.NON_GAAP),
    ("Use of Non-GAAP Financial Information", K.NON_GAAP),
    ("No Offer or Solicitation", K.OFFER),
    ("Trademarks", K.TRADEMARK),
    ("DISCLAIMER", K.OTHER),
    ("Haftungsausschluss", K.OTHER),
    ("Looking Forward", None),
    ("Important dates for Medios in the 2025 financial year", None),
    ("About Forward Industries, Inc.", None),
    ("Reconciliation of GAAP to Non-GAAP Results", None),
]


@pytest.mark.parametrize(("source", "text", "heading", "expected"),
                         EXAMPLES_CORPUS + EXAMPLES_BULK + EXAMPLES_LANGUAGES)
def test_disclosure_kind(source: str, text: str, heading: str | None, expected: K) -> None:
    assert disclosure_kind(text, heading) is expected


@pytest.mark.parametrize(("source", "text"), NEGATIVES)
def test_not_a_disclosure(source: str, text: str) -> None:
    assert disclosure_kind(text) is None


@pytest.mark.parametrize(("heading", "expected"), HEADINGS)
def test_disclosure_heading(heading: str, expected: K | None) -> None:
    assert disclosure_heading(heading) is expected


def test_continuation_of_a_non_gaap_explanation() -> None:
    # edgar-oracle-q4fy22: the later paragraphs of the non-GAAP explanation have no heading.
    text = ("Stock-based compensation expenses: We have excluded the effect of stock-based "
            "compensation expenses from our non-GAAP operating expenses.")
    assert disclosure_continues(text, K.NON_GAAP)
    assert not disclosure_continues("Oracle, Java, and MySQL are registered trademarks of Oracle "
                                    "Corporation.", K.NON_GAAP)


def test_body_text_does_not_continue_a_disclosure() -> None:
    assert not disclosure_continues("The new store opens in May in Chicago.", K.FORWARD_LOOKING)


@pytest.mark.parametrize("text", ["non-GAAP measures " * 60_000, "forward-looking " * 60_000,
                                  "a" * 1_000_000, "(" * 100_000, " " * 1_000_000])
def test_large_input_does_not_hang(text: str) -> None:
    with hang_guard(HANG_SECONDS):
        disclosure_kind(text, "Forward-Looking Statements")
        disclosure_heading(text)
        disclosure_continues(text, K.NON_GAAP)


# A cue's character class reads its space as any whitespace, and nothing more.
EXAMPLES_CUE_CLASSES = [
    ("Forward-Looking Statements", K.FORWARD_LOOKING),
    ("Forward Looking Statements", K.FORWARD_LOOKING),
    ("Forward\nLooking Statements", K.FORWARD_LOOKING),
    ("Forward+Looking Statements", None),
]


@pytest.mark.parametrize(("heading", "kind"), EXAMPLES_CUE_CLASSES)
def test_a_cue_class_space_is_whitespace(heading: str, kind: K | None) -> None:
    assert disclosure_heading(heading) is kind


# The cues whose words a paragraph holds find the matches all of a kind's cues do.
@pytest.mark.parametrize(("source", "text", "heading", "expected"),
                         EXAMPLES_CORPUS + EXAMPLES_BULK + EXAMPLES_LANGUAGES)
def test_cues_of_the_words_held_count_as_all_cues(
    source: str, text: str, heading: str | None, expected: K
) -> None:
    lowered = text.lower()
    for kind in K:
        words = _STRONG_WORDS[kind]
        held = tuple(word for word in words if word in lowered)
        some = _strong_cues(kind, held)
        found = len(_strong(kind).findall(text))
        assert (len(some.findall(text)) if some is not None else 0) == found, (source, kind)


def test_pivot_characters_leave_each_anchor_one() -> None:
    kept = _pivot_characters(_ANCHORS)
    assert all(any(c in kept for c in anchor) for anchor in _ANCHORS)
    assert "e" not in kept and " " not in kept  # the commonest characters are let go


# (what it shows, lowered text)
EXAMPLES_ANCHORED = [
    ("one anchor", "acme markets widgets"),
    ("anchors of several kinds", "a safe harbor; this is not an offer; gaap figures"),
    ("anchors overlapping", "solicitation for investment advice"),
    ("an anchor at the text's start", "forward-looking"),
    ("the same pivot twice in a row", "offer offre oferta"),
    ("an anchor inside a longer one's letters", "market abuse and trademarks"),
]


@pytest.mark.parametrize(("what", "lowered"), EXAMPLES_ANCHORED)
def test_anchored_kinds_are_those_of_every_anchor_held(what: str, lowered: str) -> None:
    table = STRONG_CUE_ANCHORS.items()
    expected = {K(kind) for kind, anchors in table if any(a in lowered for a in anchors)}
    # Every kind with an anchor held; a few others only where an anchor of theirs may stand
    # unmatched inside a matched one (`gaap` read to its `p`, which may open `prospecti`).
    assert expected <= _anchored_kinds(_ANY_ANCHOR.findall(lowered)), what


def test_anchored_kinds_of_one_plain_anchor_are_its_own() -> None:
    assert _anchored_kinds(_ANY_ANCHOR.findall("acme markets widgets")) == {K.TRADEMARK}
    assert _anchored_kinds(_ANY_ANCHOR.findall("looking forward to it")) == {K.FORWARD_LOOKING}
    assert _anchored_kinds(_ANY_ANCHOR.findall("no cue at all here")) == set()


def test_anchored_kinds_find_every_anchor_after_another() -> None:
    for kind, anchors in STRONG_CUE_ANCHORS.items():
        for anchor in anchors:
            lowered = f"the offer of {anchor}"
            assert K(kind) in _anchored_kinds(_ANY_ANCHOR.findall(lowered)), anchor


def test_anchored_kinds_find_every_anchor_run_into_another() -> None:
    # Two anchors glued or overlapping, each at every place where its letters agree with
    # the other's: the second is not matched itself where it starts inside the first's match.
    anchors = [(K(kind), anchor) for kind, held in STRONG_CUE_ANCHORS.items() for anchor in held]
    for first_kind, first in anchors:
        for second_kind, second in anchors:
            for overlap in range(min(len(first), len(second)) + 1):
                if overlap and first[-overlap:] != second[:overlap]:
                    continue
                lowered = first + second[overlap:]
                kinds = _anchored_kinds(_ANY_ANCHOR.findall(lowered))
                assert {first_kind, second_kind} <= kinds, (first, second, overlap)
