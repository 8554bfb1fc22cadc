"""Table tests for `find_tickers`: real listings, named by the release they came from."""

from __future__ import annotations

import re
import time

import pytest

from prparse._tickers import _EXCHANGE, _exchange_names, find_tickers

# (where it came from, text, expected tickers in order)
EXAMPLES_CORPUS = [
    ("acw-stevia-first", "like Coca-Cola Company (NYSE:KO) and PepsiCo Inc. (NYSE:PEP), and",
     ["NYSE:KO", "NYSE:PEP"]),
    ("acw-stevia-first", "Tate & Lyle plc (OTC:TATYY) partnered with BioVittoria", ["OTC:TATYY"]),
    ("acw-stevia-first", "Monster Beverage Corp. (NASDAQ:MNST), Dr. Pepper Snapple (NYSE:DPS)",
     ["NASDAQ:MNST", "NYSE:DPS"]),
    ("acw-stevia-first", "including Stevia First and Evolva (SWX:EVE).", ["SWX:EVE"]),
    ("prn-agnc-dividend-aug2022",
     "AGNC Investment Corp. ( Nasdaq: AGNC ) (“AGNC” or the “Company”)",
     ["NASDAQ:AGNC"]),
    ("gnw-aiera-cfo", "AI Era Corp. (OTC: AERA), a leading intellectual", ["OTC:AERA"]),
    ("gnw-aiera-cfo",
     "Chief Financial Officer of MICROPOLIS AI ROBOTICS (NYSE American: MCRP), where",
     ["NYSEAMERICAN:MCRP"]),
    ("gnw-aiera-cfo", "as we prepare for our NYSE American uplisting. We look", []),
    ("edgar-rockofages-amc-2000", "ROCK OF AGES CORPORATION (NASDAQ/NMS:ROAC) announced today",
     ["NASDAQ:ROAC"]),
    ("jcn-eisai-fycompa-syscon", "Eisai Co., Ltd. (TSE: 4523; ADR: ESALY) is a research-based",
     ["TSE:4523"]),
    ("mo-bora-macrogenics", 'Ltd. ("Bora" or "Bora Group"; TWSE: 6472; OTCQX: BORAY) today',
     ["TWSE:6472", "OTCQX:BORAY"]),
    ("mo-bora-macrogenics", '("Bora" or "the Company", 6472.TW and BORAY.OTCQX) is a leading', []),
    ("prn-indigrid-q1-fy19", "IndiGrid [BSE: 540565 | NSE: INDIGRID] is the first", [
        "BSE:540565", "NSE:INDIGRID"]),
    ("nf-generic-gold-placement", "Generic Gold Corp. (CSE: GGC) (FSE: 1WD) (\"Generic Gold\")",
     ["CSE:GGC", "FSE:1WD"]),
    ("edgar-sears-q2-2004", "Sears, Roebuck and Co. (NYSE: S) today reported net income",
     ["NYSE:S"]),
    ("bw-ihs-q3-call-syscon", "IHS Inc. (NYSE: IHS), the leading ... IHS Inc. (NYSE: IHS) is",
     ["NYSE:IHS"]),
]

EXAMPLES_BULK = [
    ("newmediawire-2025-1020-charbone", "CHARBONE CORPORATION (TSXV: CH; OTCQB: CHHYF; FSE: K47)",
     ["TSXV:CH", "OTCQB:CHHYF", "FSE:K47"]),
    ("ibn-2025-0721-silvercorp", "# Silvercorp Metals Inc. (NYSE-A/TSX: SVM) Targets Copper",
     ["NYSEAMERICAN:SVM", "TSX:SVM"]),
    ("noticiasnewswire-2025-0227-verizon", "Verizon Communications Inc. (NYSE, Nasdaq: VZ) powers",
     ["NYSE:VZ", "NASDAQ:VZ"]),
    ("ibn-2025-1029-nextplat", "NextPlat Corp (NASDAQ: NXPL, NXPLW) Granted 180-Day",
     ["NASDAQ:NXPL", "NASDAQ:NXPLW"]),
    ("newsdirect-2024-1209-headline", "Roth CH Acquisition V. Co. (Nasdaq: ROCL; ROCLU and ROCLW)",
     ["NASDAQ:ROCL", "NASDAQ:ROCLU", "NASDAQ:ROCLW"]),
    ("newmediawire-2025-0924-peapack", "Corporation (NASDAQ Global Select Market: PGC) and",
     ["NASDAQ:PGC"]),
    ("newsdirect-2024-0422-adriatic", "Adriatic Metals PLC (LSE:ADT1, ASX:ADT, OTCQX:ADMLF) chief",
     ["LSE:ADT1", "ASX:ADT", "OTCQX:ADMLF"]),
    ("newmediawire-2025-0617-innovative", "Innovative Designs, Inc. (OTC Pink: IVDN) has filed",
     ["OTC:IVDN"]),
    ("ibn-2025-0805-sekur", "Sekur Private Data Ltd. (CSE: SKUR) (OTCQX: SWISF) (FRA: GDT0) to",
     ["CSE:SKUR", "OTCQX:SWISF", "FSE:GDT0"]),
    ("newmediawire-2025-0225-giant-mining", "Giant Mining Corp. (CSE: BFG | OTC: BFGFF | FWB: YW5)",
     ["CSE:BFG", "OTC:BFGFF", "FSE:YW5"]),
    ("ibn-2025-1024-fairchild-gold", "# Fairchild Gold (TSX.V: FAIR) Announces Major",
     ["TSXV:FAIR"]),
    ("ibn-2025-0422-berkshire", "Berkshire Hathaway Inc. (NYSE: BRK.A) (NYSE: BRK.B) Reaffirms",
     ["NYSE:BRK.A", "NYSE:BRK.B"]),
    ("ibn-2025-0717-420-with-cnw", "Trulieve Cannabis Corp. (CNX: TRUL) (OTCQX: TCNNF), hope",
     ["CSE:TRUL", "OTCQX:TCNNF"]),
    ("reportable-2026-0512", "Updates Coverage on MarketWise (NASDAQGM: MKTW) 1Q26",
     ["NASDAQ:MKTW"]),
    ("newmediawire-2026-0512", "InfraCap MLP ETF (NYSE Arca: AMZA), and", ["NYSEARCA:AMZA"]),
]

EXAMPLES_SHAPES = [
    ("brief: two exchanges, one symbol", "listed on the NYSE and NASDAQ: XYZ since", [
        "NYSE:XYZ", "NASDAQ:XYZ"]),
    ("brief: two listings in one parenthesis", "Acme (NYSE: ACME, TSX: ACM) said", [
        "NYSE:ACME", "TSX:ACM"]),
    ("brief: Tokyo code, bare", "Eisai (TOKYO:4523) and TOKYO:4523", ["TSE:4523"]),
    ("brief: Frankfurt in brackets", "Widget AG (Frankfurt: 1WD)", ["FSE:1WD"]),
    ("brief: TSX Venture spelled out", "Gold Co. (TSX Venture: ABC)", ["TSXV:ABC"]),
    ("headline in capitals", "ACME CORP (NYSE AMERICAN: ACU) ANNOUNCES", ["NYSEAMERICAN:ACU"]),
    ("a name's space as a tab", "Acme (NYSE\tAmerican: ACU) said", ["NYSEAMERICAN:ACU"]),
    ("a long name's spaces doubled, the colon spaced", "Acme (Nasdaq  Global  Select  Market"
     "    : ACME) said", ["NASDAQ:ACME"]),
    ("a listing after other colons", "Time: 10:30 a.m. Contact: Acme (TSX: ACM)", ["TSX:ACM"]),
]

NEGATIVES = [
    ("note heading", "NOTE: The conference call will be held at 10:30 a.m. ET."),
    ("quarter label", "Q3: Revenue rose 12% to $4.2 million."),
    ("exchange then a word", "NYSE: The exchange said trading resumed."),
    ("jcn-eisai-fycompa-syscon",
     'Eisai Co., Ltd. (Headquarters: Tokyo, CEO: Haruo Naito, "Eisai")'),
    ("pmw-biostem-q4-2025", "Nasdaq Uplisting Update: the Company pursues a Nasdaq uplisting."),
    ("newmediawire-2026-0107 (ISIN and ticker are no exchanges)",
     "Scout24 is a European stock corporation (ISIN: DE000A12DM80, Ticker: G24) and"),
    ("newsdirect-2024-0531-direxion", "Gold Miners Index Bear 2X Shares (Ticker: JDST) (the Fund)"),
    ("place name, not in brackets", "Trade fair in Frankfurt: ACME shows its new line."),
    ("lowercase exchange word", "the nasdaq: abc"),
    ("a link, not a listing", "See https://www.tipranks.com/stocks/NYSE:ABC for more."),
]


@pytest.mark.parametrize(("source", "text", "expected"),
                         EXAMPLES_CORPUS + EXAMPLES_BULK + EXAMPLES_SHAPES)
def test_find_tickers(source: str, text: str, expected: list[str]) -> None:
    assert [str(t) for t in find_tickers(text)] == expected


@pytest.mark.parametrize(("source", "text"), NEGATIVES)
def test_no_false_tickers(source: str, text: str) -> None:
    assert find_tickers(text) == []


@pytest.mark.parametrize("text", ["NYSE: " * 100_000, "(" * 100_000, "1" * 100_000,
                                  "ab " * 350_000])
def test_large_input_is_fast(text: str) -> None:
    started = time.perf_counter()
    find_tickers(text)
    assert time.perf_counter() - started < 5


# (what it shows, a listing's exchanges as matched, the aliases read from them)
EXAMPLES_EXCHANGE_NAMES = [
    ("two exchanges, a slash between", "NYSE-A/TSX", ["NYSE-A", "TSX"]),
    ("a slash inside an alias", "NASDAQ/NMS", ["NASDAQ/NMS"]),
    ("the longest alias, spaces as written", "TSX  Venture Exchange, Nasdaq",
     ["TSX  Venture Exchange", "Nasdaq"]),
    ("`and` between two", "NYSE and NASDAQ", ["NYSE", "NASDAQ"]),
    ("an ampersand inside an alias", "BM&FBOVESPA", ["BM&FBOVESPA"]),
]


@pytest.mark.parametrize(("what", "exchanges", "expected"), EXAMPLES_EXCHANGE_NAMES)
def test_exchange_names_match_a_search_for_any_alias(
    what: str, exchanges: str, expected: list[str]
) -> None:
    assert list(_exchange_names(exchanges)) == expected, what
    assert [m.group(0) for m in re.finditer(_EXCHANGE, exchanges)] == expected
