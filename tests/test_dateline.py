"""Table tests for `prparse._dateline`: real datelines, named by where they came from.

Each positive row gives the paragraph's opening (dateline plus a few words of
body), the expected raw dateline, and the expected parts
(city, region, country, country_code, date, wire).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _pathological import HANG_SECONDS, hang_guard

from prparse._dateline import find_dateline

D = dt.date
Parts = tuple[str | None, str | None, str | None, str | None, dt.date | None, str | None]

EXAMPLES_CORPUS: list[tuple[str, str, str, Parts]] = [
    (
        "247pr-moste-giving",
        "LOS ANGELES, CA, December 10, 2024 /24-7PressRelease/ -- MOSTe has",
        "LOS ANGELES, CA, December 10, 2024 /24-7PressRelease/ --",
        ("Los Angeles", "CA", None, "US", D(2024, 12, 10), "24-7 Press Release"),
    ),
    (
        "acw-stevia-first",
        "WHITEFISH, MT / ACCESSWIRE / July 13, 2015 / The global market",
        "WHITEFISH, MT / ACCESSWIRE / July 13, 2015 /",
        ("Whitefish", "MT", None, "US", D(2015, 7, 13), "ACCESSWIRE"),
    ),
    (
        "bw-celgene-revlimid-alvogen",
        "SUMMIT, N.J.--(BUSINESS WIRE)--March 29, 2019-- Celgene",
        "SUMMIT, N.J.--(BUSINESS WIRE)--March 29, 2019--",
        ("Summit", "N.J.", None, "US", D(2019, 3, 29), "Business Wire"),
    ),
    (
        "bw-nissan-sentra-cup",
        "LAKEVILLE, Conn.--(BUSINESS WIRE)--Aug 29, 2024--",
        "LAKEVILLE, Conn.--(BUSINESS WIRE)--Aug 29, 2024--",
        ("Lakeville", "Conn.", None, "US", D(2024, 8, 29), "Business Wire"),
    ),
    (
        "direct-asf-oath-2018",
        "Wakefield, MA —31 May 2018— The Apache Software Foundation",
        "Wakefield, MA —31 May 2018—",
        ("Wakefield", "MA", None, "US", D(2018, 5, 31), None),
    ),
    (
        "direct-pagopa-edistribuzione-it",
        "Roma, 4 aprile 2023 - E-Distribuzione è il primo",
        "Roma, 4 aprile 2023 -",
        ("Roma", None, None, "IT", D(2023, 4, 4), None),
    ),
    (
        "direct-tor-roadmap-2008",
        "DEDHAM, MA - The Tor Project has published its",
        "DEDHAM, MA -",
        ("Dedham", "MA", None, "US", None, None),
    ),
    (
        "direct-utexas-desalination",
        "AUSTIN, Texas — Producing clean water at a lower cost",
        "AUSTIN, Texas —",
        ("Austin", "Texas", None, "US", None, None),
    ),
    (
        "edgar-apple-next-1996",
        "CUPERTINO, Calif.--Dec. 20, 1996--Apple Computer, Inc. today",
        "CUPERTINO, Calif.--Dec. 20, 1996--",
        ("Cupertino", "Calif.", None, "US", D(1996, 12, 20), None),
    ),
    (
        "edgar-buckle-q3-2024",
        "KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc. (NYSE: BKE)",
        "KEARNEY, NE -- (BUSINESS WIRE) --",
        ("Kearney", "NE", None, "US", None, "Business Wire"),
    ),
    (
        "edgar-oracle-q4fy22",
        "AUSTIN, Texas, June 13, 2022 -- Oracle Corporation (NYSE: ORCL)",
        "AUSTIN, Texas, June 13, 2022 --",
        ("Austin", "Texas", None, "US", D(2022, 6, 13), None),
    ),
    (
        "edgar-rockofages-amc-2000",
        "CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES CORPORATION",
        "CONCORD, NEW HAMPSHIRE, September 26, 2000...",
        ("Concord", "New Hampshire", None, "US", D(2000, 9, 26), None),
    ),
    (
        "edgar-sears-q2-2004",
        "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears",
        "HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ --",
        ("Hoffman Estates", "Ill.", None, "US", None, "PR Newswire"),
    ),
    (
        "ein-kerman-680652398",
        "WASHINGTON, DC, UNITED STATES, January 11, 2024 /EINPresswire.com/ -- Following the",
        "WASHINGTON, DC, UNITED STATES, January 11, 2024 /EINPresswire.com/ --",
        ("Washington", "DC", "United States", "US", D(2024, 1, 11), "EIN Presswire"),
    ),
    (
        "gnw-aiera-cfo",
        "MOUNT KISCO, N.Y., April 07, 2026 (GLOBE NEWSWIRE) – PRISM MediaWire (Press Release "
        "Service – Press Release Distribution) – AI Era Corp. (OTC: AERA), a leading",
        "MOUNT KISCO, N.Y., April 07, 2026 (GLOBE NEWSWIRE) – PRISM MediaWire (Press Release "
        "Service – Press Release Distribution) –",
        ("Mount Kisco", "N.Y.", None, "US", D(2026, 4, 7), "GlobeNewswire"),
    ),
    (
        "gnw-intelagen-google-cloud",
        "Saint Petersburg, FL, July 25, 2024 (GLOBE NEWSWIRE) -- Intelagen, Google Cloud partner",
        "Saint Petersburg, FL, July 25, 2024 (GLOBE NEWSWIRE) --",
        ("Saint Petersburg", "FL", None, "US", D(2024, 7, 25), "GlobeNewswire"),
    ),
    (
        "iwr-nordex-iwes",
        "Hamburg (iwr-pressedienst) - Die vermehrte Stromerzeugung",
        "Hamburg (iwr-pressedienst) -",
        ("Hamburg", None, None, "DE", None, "IWR-Pressedienst"),
    ),
    (
        "jcn-eisai-fycompa-syscon",
        "TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd.",
        "TOKYO, June 22, 2015 - (JCN Newswire) -",
        ("Tokyo", None, None, "JP", D(2015, 6, 22), "JCN Newswire"),
    ),
    (
        "jcn-fujitsu-tornado",
        "Kawasaki and Yokohama, JAPAN, Feb 12, 2025 - (JCN Newswire) - Fujitsu Limited and",
        "Kawasaki and Yokohama, JAPAN, Feb 12, 2025 - (JCN Newswire) -",
        ("Kawasaki", None, "Japan", "JP", D(2025, 2, 12), "JCN Newswire"),
    ),
    (
        "mo-bora-macrogenics",
        "TAIPEI, TAIWAN - Media OutReach Newswire - 2 July 2026 - Bora Pharmaceuticals Co.",
        "TAIPEI, TAIWAN - Media OutReach Newswire - 2 July 2026 -",
        ("Taipei", None, "Taiwan", "TW", D(2026, 7, 2), "Media OutReach Newswire"),
    ),
    (
        "mor-hk-central-asia",
        "HONG KONG SAR - Media OutReach Newswire - 23 June 2026 - Led by Chief Executive",
        "HONG KONG SAR - Media OutReach Newswire - 23 June 2026 -",
        ("Hong Kong SAR", None, None, "HK", D(2026, 6, 23), "Media OutReach Newswire"),
    ),
    (
        "nd-kevin-nfc-iphone-de",
        "--News Direct--",
        "--News Direct--",
        (None, None, None, None, None, "News Direct"),
    ),
    (
        "nf-generic-gold-placement",
        "Toronto, Ontario--(Newsfile Corp. - July 27, 2020) - Generic Gold Corp. (CSE: GGC)",
        "Toronto, Ontario--(Newsfile Corp. - July 27, 2020) -",
        ("Toronto", "Ontario", None, "CA", D(2020, 7, 27), "Newsfile"),
    ),
    (
        "nmw-aha-aneurysm-embargo",
        "(NewMediaWire) - August 26, 2024 - DALLAS — Among people who had aneurysms",
        "(NewMediaWire) - August 26, 2024 - DALLAS —",
        ("Dallas", None, None, "US", D(2024, 8, 26), "NewMediaWire"),
    ),
    (
        "pmw-biostem-q4-2025",
        "POMPANO BEACH, FL, March 24, 2026 – PRISM MediaWire (Press Release Service – Press "
        "Release Distribution) – BioStem Technologies, Inc.",
        "POMPANO BEACH, FL, March 24, 2026 – PRISM MediaWire (Press Release Service – Press "
        "Release Distribution) –",
        ("Pompano Beach", "FL", None, "US", D(2026, 3, 24), "PRISM MediaWire"),
    ),
    (
        "prn-agnc-dividend-aug2022",
        "BETHESDA, Md. ,  Aug. 11, 2022  /PRNewswire/ — AGNC Investment Corp. ( Nasdaq: AGNC )",
        "BETHESDA, Md. ,  Aug. 11, 2022  /PRNewswire/ —",
        ("Bethesda", "Md.", None, "US", D(2022, 8, 11), "PR Newswire"),
    ),
    (
        "prn-aguia-de-ouro-carnival",
        "SAO PAULO, Feb. 1, 2017 /PRNewswire-AsiaNet/ --",
        "SAO PAULO, Feb. 1, 2017 /PRNewswire-AsiaNet/ --",
        ("Sao Paulo", None, None, "BR", D(2017, 2, 1), "PR Newswire"),
    ),
    (
        "prn-essence-jovy-gill",
        "SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --",
        "SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --",
        ("Singapore", None, None, "SG", D(2017, 2, 2), "PR Newswire"),
    ),
    (
        "prn-indigrid-q1-fy19",
        "MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/",
        "MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/",
        ("Mumbai", None, "India", "IN", D(2018, 7, 25), "PR Newswire"),
    ),
    (
        "prn-ideanomics-debt",
        "NEW YORK, June 11, 2020 /PRNewswire/ -- Ideanomics (NASDAQ: IDEX)",
        "NEW YORK, June 11, 2020 /PRNewswire/ --",
        ("New York", None, None, "US", D(2020, 6, 11), "PR Newswire"),
    ),
    (
        "prn-visible-assets-clarke",
        "STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ -- Visible Assets",
        "STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ --",
        ("Stratham", "N.H.", None, "US", D(2020, 2, 27), "PR Newswire"),
    ),
    (
        "trendkraft-windream-6",
        "Bochum, 11. März 2015. – Die windream GmbH, Hersteller",
        "Bochum, 11. März 2015. –",
        ("Bochum", None, None, "DE", D(2015, 3, 11), None),
    ),
]

EXAMPLES_NEW: list[tuple[str, str, str, Parts]] = [
    (
        "brief: CNW",
        "TORONTO, Jan. 5, 2024 /CNW/ - Acme Corp. today",
        "TORONTO, Jan. 5, 2024 /CNW/ -",
        ("Toronto", None, None, "CA", D(2024, 1, 5), "CNW"),
    ),
    (
        "brief: CNW French",
        "MONTRÉAL, le 16 octobre 2025 /CNW/ - Acme annonce",
        "MONTRÉAL, le 16 octobre 2025 /CNW/ -",
        ("Montréal", None, None, "CA", D(2025, 10, 16), "CNW"),
    ),
    (
        "brief: ACCESS Newswire",
        "VANCOUVER, BC / ACCESS Newswire / January 5, 2025 / Acme",
        "VANCOUVER, BC / ACCESS Newswire / January 5, 2025 /",
        ("Vancouver", "BC", None, "CA", D(2025, 1, 5), "ACCESSWIRE"),
    ),
    (
        "brief: PRWeb via PRN",
        "SAN FRANCISCO, Jan. 5, 2024 /PRNewswire-PRWeb/ -- Acme today",
        "SAN FRANCISCO, Jan. 5, 2024 /PRNewswire-PRWeb/ --",
        ("San Francisco", None, None, "US", D(2024, 1, 5), "PRWeb"),
    ),
    (
        "brief: PRWeb",
        "CHICAGO (PRWEB) January 05, 2024 Acme today announced",
        "CHICAGO (PRWEB) January 05, 2024",
        ("Chicago", None, None, "US", D(2024, 1, 5), "PRWeb"),
    ),
    (
        "brief: Marketwired",
        "TORONTO, ONTARIO--(Marketwired - Jan. 5, 2016) - Acme today",
        "TORONTO, ONTARIO--(Marketwired - Jan. 5, 2016) -",
        ("Toronto", "Ontario", None, "CA", D(2016, 1, 5), "Marketwired"),
    ),
    (
        "brief: Kyodo JBN",
        "TOKYO, Jan 5, 2024 /Kyodo JBN/ -- Acme today",
        "TOKYO, Jan 5, 2024 /Kyodo JBN/ --",
        ("Tokyo", None, None, "JP", D(2024, 1, 5), "Kyodo JBN"),
    ),
    (
        "brief: Spanish PRN",
        "MADRID, 13 de agosto de 2026 /PRNewswire/ -- Acme anuncia",
        "MADRID, 13 de agosto de 2026 /PRNewswire/ --",
        ("Madrid", None, None, "ES", D(2026, 8, 13), "PR Newswire"),
    ),
    (
        "brief: German, no wire",
        "München, 5. Januar 2024 – Die Acme GmbH",
        "München, 5. Januar 2024 –",
        ("München", None, None, "DE", D(2024, 1, 5), None),
    ),
    (
        "brief: date in parentheses",
        "BOSTON, Mass. (Jan. 5, 2024) – Acme today",
        "BOSTON, Mass. (Jan. 5, 2024) –",
        ("Boston", "Mass.", None, "US", D(2024, 1, 5), None),
    ),
    (
        "brief: several places",
        "REDMOND, Wash. and SANTA CLARA, Calif. — Jan. 5, 2024 — Acme",
        "REDMOND, Wash. and SANTA CLARA, Calif. — Jan. 5, 2024 —",
        ("Redmond", "Wash.", None, "US", D(2024, 1, 5), None),
    ),
    (
        "brief: ANI",
        "NEW DELHI, Jan. 5, 2024 (ANI/PRNewswire): Acme",
        "NEW DELHI, Jan. 5, 2024 (ANI/PRNewswire):",
        ("New Delhi", None, None, "IN", D(2024, 1, 5), "PR Newswire"),
    ),
    (
        "brief: APA-OTS",
        "Wien (OTS) - Die Acme",
        "Wien (OTS) -",
        ("Wien", None, None, "AT", None, "APA-OTS"),
    ),
    (
        "noticiasnewswire-2025-0507-before-during-and-after",
        "NEW YORK, NY — May 07, 2025 — (NOTICIAS NEWSWIRE) — In response to the growing threat",
        "NEW YORK, NY — May 07, 2025 — (NOTICIAS NEWSWIRE) —",
        ("New York", "NY", None, "US", D(2025, 5, 7), "Noticias Newswire"),
    ),
    (
        "newsworthy-2023-1122-nuclearcentral-com-unveiled",
        "Scottsdale, AZ (Newsworthy.ai) Wednesday Nov 22, 2023 @ 10:22 AM America/Dawson_Creek — "
        "As the world",
        "Scottsdale, AZ (Newsworthy.ai) Wednesday Nov 22, 2023 @ 10:22 AM America/Dawson_Creek —",
        ("Scottsdale", "AZ", None, "US", D(2023, 11, 22), "Newsworthy.ai"),
    ),
    (
        "pressservices-2024-1201-your-hotel-s-online-presen",
        "Wellingborough, United Kingdom - December 1, 2024 / Bee Social Digital Marketing /",
        "Wellingborough, United Kingdom - December 1, 2024 / Bee Social Digital Marketing /",
        ("Wellingborough", None, "United Kingdom", "GB", D(2024, 12, 1), None),
    ),
    (
        "prkarma-2024-0312-new-optek-paint-protection-films",
        "SAN DIEGO, CA / PR Karma / March 12, 2024 15:19",
        "SAN DIEGO, CA / PR Karma / March 12, 2024 15:19",
        ("San Diego", "CA", None, "US", D(2024, 3, 12), "PR Karma"),
    ),
    (
        "newmediawire bulk: wire after date",
        "DETROIT, MICHIGAN - October 14, 2025 (NEWMEDIAWIRE) - X",
        "DETROIT, MICHIGAN - October 14, 2025 (NEWMEDIAWIRE) -",
        ("Detroit", "Michigan", None, "US", D(2025, 10, 14), "NewMediaWire"),
    ),
    (
        "citybiz bulk: Business Wire with en dashes",
        "NEW YORK–(BUSINESS WIRE)–Surgimate, a leading",
        "NEW YORK–(BUSINESS WIRE)–",
        ("New York", None, None, "US", None, "Business Wire"),
    ),
    (
        "evertiseaipr-2024-1108: bracketed date",
        "Dallas, TX – [November 7, 2024] – Evertise AI PR",
        "Dallas, TX – [November 7, 2024] –",
        ("Dallas", "TX", None, "US", D(2024, 11, 7), None),
    ),
    (
        "reportable-2024-1107: colon",
        "SILICON VALLEY, Calif., November 7, 2024: The Inaugural",
        "SILICON VALLEY, Calif., November 7, 2024:",
        ("Silicon Valley", "Calif.", None, "US", D(2024, 11, 7), None),
    ),
    (
        "reportable-2025-0208: day first",
        "LAS VEGAS, 7 February 2025 – Expanse Studios, part of",
        "LAS VEGAS, 7 February 2025 –",
        ("Las Vegas", None, None, "US", D(2025, 2, 7), None),
    ),
    (
        "keycrew-2026-0426: place only",
        "STAMFORD, CT – OneWall Communities, a vertically",
        "STAMFORD, CT –",
        ("Stamford", "CT", None, "US", None, None),
    ),
    (
        "newsusa-2026-0519: wire only",
        "(NewsUSA) - In many communities, the conversations",
        "(NewsUSA) -",
        (None, None, None, None, None, "NewsUSA"),
    ),
    (
        "247PressRelease-2025-0509: places joined by slashes",
        "Dubai, UAE / New York, USA / Istanbul, Türkiye, May 09, 2025 /24-7PressRelease/ -- X",
        "Dubai, UAE / New York, USA / Istanbul, Türkiye, May 09, 2025 /24-7PressRelease/ --",
        ("Dubai", None, "UAE", "AE", D(2025, 5, 9), "24-7 Press Release"),
    ),
    (
        "mediaoutreach bulk: several places",
        "HONG KONG / PARIS, FRANCE - Media OutReach Newswire - 22 June 2026 - Hong Kong Science",
        "HONG KONG / PARIS, FRANCE - Media OutReach Newswire - 22 June 2026 -",
        ("Hong Kong", None, None, "HK", D(2026, 6, 22), "Media OutReach Newswire"),
    ),
    (
        "prkarma-2024-0505-lower-mainland-teen-golfer: bracketed dateline",
        "[ North Vancouver, BC - May 1, 2024 ] - Sixteen-year-old Anthony Whiting",
        "[ North Vancouver, BC - May 1, 2024 ] -",
        ("North Vancouver", "BC", None, "CA", D(2024, 5, 1), None),
    ),
    (
        "reportable-2026-0302: dateline alone in its paragraph",
        "DALLAS, TX -- March 2, 2026",
        "DALLAS, TX -- March 2, 2026",
        ("Dallas", "TX", None, "US", D(2026, 3, 2), None),
    ),
    (
        "reportable-2025-1209: weekday, alone in its paragraph",
        "Charlotte, NC, Tuesday Dec 9, 2025",
        "Charlotte, NC, Tuesday Dec 9, 2025",
        ("Charlotte", "NC", None, "US", D(2025, 12, 9), None),
    ),
    (
        "newsdirect-2024-0711: News Direct between slashes",
        "NEW YORK, NY / NewsDirect / July 11th, 2024 / Best Growth Stocks, a leading",
        "NEW YORK, NY / NewsDirect / July 11th, 2024 /",
        ("New York", "NY", None, "US", D(2024, 7, 11), "News Direct"),
    ),
    (
        "247PressRelease-2024-1029: unknown country kept as written",
        "DAR ES SALAAM, TARZANIA, October 29, 2024 /24-7PressRelease/ -- Burhani Engineers",
        "DAR ES SALAAM, TARZANIA, October 29, 2024 /24-7PressRelease/ --",
        ("Dar Es Salaam", "Tarzania", None, None, D(2024, 10, 29), "24-7 Press Release"),
    ),
    (
        "pressservices-2025-0212: a country alone",
        "United Kingdom - February 11, 2025 / Alex Buckland Photography /",
        "United Kingdom - February 11, 2025 / Alex Buckland Photography /",
        (None, None, "United Kingdom", "GB", D(2025, 2, 11), None),
    ),
    (
        "newsdirect-2025-0423: date before place",
        "April 23, 2025 - Geneva, Switzerland - TRON DAO today announced",
        "April 23, 2025 - Geneva, Switzerland -",
        ("Geneva", None, "Switzerland", "CH", D(2025, 4, 23), None),
    ),
    (
        "iwr-nordex-iwes-md: German closing date line",
        "Hamburg, den 02. Dezember 2022",
        "Hamburg, den 02. Dezember 2022",
        ("Hamburg", None, None, "DE", D(2022, 12, 2), None),
    ),
    (
        "newsworthy-2025-0328: region without a comma",
        "Washington DC (Newsworthy.ai) Friday Mar 28, 2025 @ 7:00 AM Central — With over",
        "Washington DC (Newsworthy.ai) Friday Mar 28, 2025 @ 7:00 AM Central —",
        ("Washington", "DC", None, "US", D(2025, 3, 28), "Newsworthy.ai"),
    ),
    (
        "markdown bold lead",
        "**DEDHAM, MA** - The Tor Project",
        "DEDHAM, MA** -",
        ("Dedham", "MA", None, "US", None, None),
    ),
]


# The conventions of how releases write datelines (issue text; examples made up).
EXAMPLES_CONVENTIONS: list[tuple[str, str, str, Parts]] = [
    (
        "an agency in parentheses after the city",
        "BERLIN (dpa) - Die Bundesregierung hat",
        "BERLIN (dpa) -",
        ("Berlin", None, None, "DE", None, "dpa"),
    ),
    (
        "an agency no row names, after a known city",
        "FRANKFURT (Reuters) - Shares rose",
        "FRANKFURT (Reuters) -",
        ("Frankfurt", None, None, "DE", None, "Reuters"),
    ),
    (
        "news aktuell ots",
        "Hamburg (ots) - Die Firma hat",
        "Hamburg (ots) -",
        ("Hamburg", None, None, "DE", None, "ots"),
    ),
    (
        "idw, after a city the curated table does not list (GeoNames gives its country)",
        "Jena (idw) - Forscher haben",
        "Jena (idw) -",
        ("Jena", None, None, "DE", None, "idw"),
    ),
    (
        "French dateline with narrow no-break spaces",
        "PARIS, le\u202f3\u202fmars\u202f2021\u202f– La société annonce",
        "PARIS, le\u202f3\u202fmars\u202f2021\u202f–",
        ("Paris", None, None, "FR", D(2021, 3, 3), None),
    ),
    (
        "a place-and-date line on its own",
        "Hamburg, 2. November 2021",
        "Hamburg, 2. November 2021",
        ("Hamburg", None, None, "DE", D(2021, 11, 2), None),
    ),
    (
        "a place-and-date line on its own, place in no table",
        "Pescasseroli, 14 gennaio 2020",
        "Pescasseroli, 14 gennaio 2020",
        ("Pescasseroli", None, None, None, D(2020, 1, 14), None),
    ),
    (
        "a dateline set in brackets",
        "( Castel di Sangro, 14 gennaio 2020 )",
        "( Castel di Sangro, 14 gennaio 2020 )",
        ("Castel di Sangro", None, None, None, D(2020, 1, 14), None),
    ),
    (
        "several cities: the parts describe the first",
        "REDMOND, Wash. and SANTA CLARA, Calif. — Microsoft and Intel",
        "REDMOND, Wash. and SANTA CLARA, Calif. —",
        ("Redmond", "Wash.", None, "US", None, None),
    ),
    (
        "several cities: the second city is not a region",
        "NEW YORK, LONDON and TOKYO, Jan. 5, 2024 /PRNewswire/ -- Acme",
        "NEW YORK, LONDON and TOKYO, Jan. 5, 2024 /PRNewswire/ --",
        ("New York", None, None, "US", D(2024, 1, 5), "PR Newswire"),
    ),
    (
        "247PressRelease bulk: several cities joined by AND in capitals",
        "JUPITER AND SUNRISE, FL, April 07, 2025 /24-7PressRelease/ -- Concrete",
        "JUPITER AND SUNRISE, FL, April 07, 2025 /24-7PressRelease/ --",
        ("Jupiter", "FL", None, "US", D(2025, 4, 7), "24-7 Press Release"),
    ),
    (
        "a country whose name holds `and` is one place",
        "PORT OF SPAIN, TRINIDAD AND TOBAGO, April 7, 2025 /PRNewswire/ -- Acme",
        "PORT OF SPAIN, TRINIDAD AND TOBAGO, April 7, 2025 /PRNewswire/ --",
        ("Port of Spain", None, "Trinidad and Tobago", "TT", D(2025, 4, 7), "PR Newswire"),
    ),
    (
        "particles stay small, a possessive too",
        "ST. JOHN'S, Newfoundland and Labrador, April 7, 2025 /CNW/ - Acme",
        "ST. JOHN'S, Newfoundland and Labrador, April 7, 2025 /CNW/ -",
        ("St. John's", "Newfoundland and Labrador", None, "CA", D(2025, 4, 7), "CNW"),
    ),
    (
        "a Spanish-language PR Newswire dateline",
        "CIUDAD DE MÉXICO, 3 de marzo de 2021 /PRNewswire/ -- La empresa",
        "CIUDAD DE MÉXICO, 3 de marzo de 2021 /PRNewswire/ --",
        ("Ciudad de México", None, None, "MX", D(2021, 3, 3), "PR Newswire"),
    ),
    (
        "newsworthy bulk: a region and its country with no comma",
        "Pleasanton, CA USA (Newsworthy.ai) Monday Sep 22, 2025 @ 7:00 AM US/Pacific — Acme",
        "Pleasanton, CA USA (Newsworthy.ai) Monday Sep 22, 2025 @ 7:00 AM US/Pacific —",
        ("Pleasanton", "CA", "USA", "US", D(2025, 9, 22), "Newsworthy.ai"),
    ),
    (
        "a city and state, no date, no wire",
        "AUSTIN, Texas -- The university",
        "AUSTIN, Texas --",
        ("Austin", "Texas", None, "US", None, None),
    ),
    (
        "a combined marker: the first part is the wire",
        "TOKYO, Feb. 2, 2017 /Kyodo JBN-AsiaNet/ -- Acme",
        "TOKYO, Feb. 2, 2017 /Kyodo JBN-AsiaNet/ --",
        ("Tokyo", None, None, "JP", D(2017, 2, 2), "Kyodo JBN"),
    ),
    (
        "two wires stacked",
        "TORONTO, Jan. 5, 2024 /CNW/ - /Business Wire/ - Acme",
        "TORONTO, Jan. 5, 2024 /CNW/ - /Business Wire/ -",
        ("Toronto", None, None, "CA", D(2024, 1, 5), "CNW"),
    ),
    (
        "a partner agency stacked after the wire",
        "NEW DELHI, Jan. 5, 2024 /PRNewswire/ /ANI/ -- Acme",
        "NEW DELHI, Jan. 5, 2024 /PRNewswire/ /ANI/ --",
        ("New Delhi", None, None, "IN", D(2024, 1, 5), "PR Newswire"),
    ),
    (
        "Japanese edition",
        "東京, 2021年3月3日 /PRNewswire/ -- 株式会社",
        "東京, 2021年3月3日 /PRNewswire/ --",
        ("東京", None, None, "JP", D(2021, 3, 3), "PR Newswire"),
    ),
    (
        "Chinese edition names the wire in Chinese",
        "北京2021年3月3日 /美通社/ -- 公司",
        "北京2021年3月3日 /美通社/ --",
        ("北京", None, None, "CN", D(2021, 3, 3), "PR Newswire"),
    ),
    (
        "Polish: genitive month and year mark",
        "WARSZAWA, 3 marca 2021 r. – Spółka",
        "WARSZAWA, 3 marca 2021 r. –",
        ("Warszawa", None, None, "PL", D(2021, 3, 3), None),
    ),
    (
        "Finnish: read by dateparser",
        "HELSINKI, 3. maaliskuuta 2021 – Yhtiö",
        "HELSINKI, 3. maaliskuuta 2021 –",
        ("Helsinki", None, None, "FI", D(2021, 3, 3), None),
    ),
]


def _parts(text: str) -> tuple[str, Parts] | None:
    found = find_dateline(text)
    if found is None:
        return None
    d = found.dateline
    assert text[found.start : found.end] == d.raw
    assert 0 < found.score <= 1
    return d.raw, (d.city, d.region, d.country, d.country_code, d.date, d.wire)


@pytest.mark.parametrize(
    ("source", "text", "raw", "parts"), EXAMPLES_CORPUS + EXAMPLES_NEW + EXAMPLES_CONVENTIONS
)
def test_find_dateline(source: str, text: str, raw: str, parts: Parts) -> None:
    assert _parts(text) == (raw, parts), source


def test_dateline_only_paragraph_ends_at_text_end() -> None:
    text = "SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --  "
    found = find_dateline(text)
    assert found is not None
    assert found.end == len(text.rstrip())


def test_year_less_date_gives_month_day() -> None:
    found = find_dateline("HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears")
    assert found is not None
    assert found.dateline.date is None
    assert found.month_day == (7, 22)


EXAMPLES_ANYWHERE = [
    (
        "prn-agnc-dividend-aug2022",
        "Press Releases AGNC Investment Corp. Declares Monthly Common Stock Dividend of $0.12 per "
        "Common Share for August 2022 PR Newswire BETHESDA, Md. ,  Aug. 11, 2022  /PRNewswire/ — "
        "AGNC Investment Corp. ( Nasdaq: AGNC )",
        "BETHESDA, Md. ,  Aug. 11, 2022  /PRNewswire/ —",
    ),
    (
        "newmediawire-2024-0825-martial-arts-history-museum",
        "Children and adults find fun at the new museum (NewMediaWire) - August 25, 2024 - "
        "Glendale, CA -- The Martial Arts History Museum",
        "(NewMediaWire) - August 25, 2024 - Glendale, CA --",
    ),
]


@pytest.mark.parametrize(("source", "text", "raw"), EXAMPLES_ANYWHERE)
def test_find_dateline_anywhere(source: str, text: str, raw: str) -> None:
    assert find_dateline(text) is None, source
    found = find_dateline(text, anywhere=True)
    assert found is not None, source
    assert found.dateline.raw == raw == text[found.start : found.end]


EXAMPLES_NOT_DATELINES = [
    ("bw-nissan-sentra-cup headline", "Nissan Sentra Cup Makes Historic Debut at Iconic Lime Rock"),
    ("headline with dash", "Acme Corp Reports Q3 Results – Revenue Up 10%"),
    ("all-caps headline", "ACME REPORTS RECORD RESULTS — REVENUE UP 10%"),
    ("sentence with place and date", "The company was founded in Austin, Texas, on June 13, 2022."),
    ("sentence starting with a date", "On January 5, 2024 - the company announced"),
    ("ibn-2024-0614 body", "McEwen Mining (NYSE: MUX) (TSX: MUX) is an asset rich producer"),
    ("newsdirect-2024-0326 body", "Consumer Edge (CE), the leading provider of global data"),
    ("city in a sentence", "Boston - a great city for startups"),
    ("label", "UPDATE - Acme Corp"),
    ("header", "FOR IMMEDIATE RELEASE"),
    ("contact", "Media Contact: Jane Doe - jane@acme.com"),
    ("heading", "Key Highlights - Revenue grew"),
    ("names", "Apple, Google and Microsoft - the big three"),
    ("effective date", "Effective January 5, 2024 – the new policy applies"),
    ("citybiz-2025: event and date range", "Honor Wall and Veterans Day Ceremony November 1–8"),
    ("prn wire name in a sentence", "Acme distributes its news through PR Newswire - and more"),
    ("prism-2026-0220: embedded post", "— PRISM MediaWire (@prism_mediawire) February 17, 2026"),
    ("prism-2026-0220: wire name alone", "PRISM MediaWire"),
    ("reportable-2026-0615: header with date", "FOR IMMEDIATE RELEASE - JUNE 15, 2026"),
    ("newsdirect-2024-0326 heading", "CE Vision EUR datasets allow users to:"),
    ("a byline, not a place", "Jane Doe, March 5, 2024"),
    ("a company and a date", "Acme Corp, March 5, 2024"),
    ("a place-and-date opening a sentence", "Pescasseroli, 14 gennaio 2020, il parco ha"),
    ("a ticker in parentheses", "ACME CORP (NASDAQ) - Acme today announced"),
    ("a label in parentheses", "ACME REPORTS RECORD RESULTS (UPDATED) - Revenue up"),
    ("an abbreviation after a name", "Consumer Edge (CE) - the leading provider"),
    ("an unclosed bracket", "[ North Vancouver, BC - May 1, 2024 - Sixteen-year-old"),
    ("empty", ""),
]


@pytest.mark.parametrize(("source", "text"), EXAMPLES_NOT_DATELINES)
def test_not_a_dateline(source: str, text: str) -> None:
    assert find_dateline(text) is None, source
    assert find_dateline(text, anywhere=True) is None, source


@pytest.mark.parametrize(
    "text",
    [
        "A, B " * 20000,
        "NEW YORK, " * 10000,
        ("/PRNewswire/ " + "ACME, " * 50) * 200,
        "-" * 100000,
        "(" * 50000 + ")" * 50000,
    ],
)
def test_pathological_input_does_not_hang(text: str) -> None:
    with hang_guard(HANG_SECONDS):
        find_dateline(text)
        find_dateline(text, anywhere=True)
