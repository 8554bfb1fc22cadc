"""Fixtures known to miss a field of their gold, and why (read by test_fixtures)."""

KNOWN_MISSES: dict[str, dict[str, str]] = {
    "headline": {
        "prn-salesforce-britannica-md": "the crawl ran the h1's deck into the title on one line",
    },
    "date": {
        "bw-ihs-q3-call-syscon": (
            "the SYS-CON page dates the story only in its story-time "
            "and 'Published' lines; the parser reads neither"
        ),
    },
    "subheadlines": {
        "prn-salesforce-britannica-md": "the crawl ran the h1's deck into the title on one line",
    },
    "dateline": {
        "direct-pnalm-orso-it": (
            "a town under 50,000 people alone in the dateline "
            "is not in the city table, so no country code"
        ),
        "direct-pnalm-orso-it-md": (
            "a town under 50,000 people alone in the dateline "
            "is not in the city table, so no country code"
        ),
        "gnw-brookfield-renewable-ncib": (
            "GlobeNewswire's 'News' placeholder in the dateline "
            "(BROOKFIELD, News,) is taken for a region"
        ),
        "gnw-brookfield-renewable-ncib-md": (
            "GlobeNewswire's 'News' placeholder in the dateline "
            "(BROOKFIELD, News,) is taken for a region"
        ),
    },
    "body": {
        "edgar-apple-q1fy11": (
            "the balance-sheet and cash-flow tables after "
            "the filing's page breaks are dropped as chrome"
        ),
        "edgar-apple-q1fy11-md": (
            "the balance-sheet and cash-flow tables after "
            "the filing's page breaks are dropped as chrome"
        ),
        "gnw-lyf-edibles-capital-raise": (
            "the body's last paragraph, ending 'neither an offer "
            "to sell...', is taken for an offer disclosure"
        ),
        "gnw-lyf-edibles-capital-raise-md": (
            "the body's last paragraph, ending 'neither an offer "
            "to sell...', is taken for an offer disclosure"
        ),
    },
    "quotes": {
        "ntbinfo-bisnode-konkurser-feb2019-no": (
            "the last of four dash quotations goes on in a paragraph with no dash (3 of 4 found)"
        ),
        "prn-qeprize-imaging-sensors": (
            "a quote credited to a peer ('..., Lord Browne of "
            "Madingley said:') is missed: no name is read in it"
        ),
    },
    "boilerplate": {
        "direct-psl-statuts-fr": (
            "the closing 'Université PSL' member-list block "
            "(bare name heading, no 'About') is not boilerplate"
        ),
        "direct-psl-statuts-fr-md": (
            "the closing 'Université PSL' member-list block "
            "(bare name heading, no 'About') is not boilerplate"
        ),
        "gnw-zignal-atlas-cmo": (
            "GlobeNewswire's photo note after the About is "
            "appended to it, not put in the wire footer"
        ),
        "gnw-zignal-atlas-cmo-md": (
            "GlobeNewswire's photo note after the About is "
            "appended to it, not put in the wire footer"
        ),
        "idw-gdch-hybridbatterie-de": (
            "the closing line 'Die Angewandte Chemie ist eine "
            "Publikation der GDCh.' after the address is read as body"
        ),
        "idw-gdch-hybridbatterie-de-md": (
            "the closing line 'Die Angewandte Chemie ist eine "
            "Publikation der GDCh.' after the address is read as body"
        ),
        "iwr-nordex-iwes": (
            "the press-photo link and its 'BU:' caption "
            "after the company profile are appended to it"
        ),
        "prn-aguia-de-ouro-carnival": (
            "the closing 'Technical Sheet' credits list (no 'About') is read as body"
        ),
    },
    "contacts": {
        "bw-ibkr-options-restrictions-md": (
            "the contact card above the text (NewsML's contact item, flattened, "
            "no heading) is read as a letterhead, chrome"
        ),
        "direct-bwe-genehmigungen-de-md": (
            "the association's address footer (street, general "
            "e-mail, phones) is joined to the press card"
        ),
        "direct-nasa-medals": (
            "the cards' name and office lines are read as body; "
            "only their phone and e-mail lines are contacts"
        ),
        "direct-tor-roadmap-2008": (
            "the site's links (Tor Media and Press, Newsletter, "
            "Blog) and a 'Press Contact' heading join the card"
        ),
        "gnw-aiera-cfo": (
            "a 'Visit: www.ufilm.ai ...' line of the company's "
            "websites after the About is read as a contact"
        ),
        "prn-agnc-q2-2022-results": (
            "a body sentence 'For further information, please "
            "contact Investor Relations at ...' is read as a contact"
        ),
        "prn-mhe-sra-flex-literacy-md": (
            "two contact cards are read as one block, with "
            "the page's BACK / Share / Follow links appended"
        ),
    },
    "disclosures": {
        "edgar-buckle-q3-2024": (
            "the closing 'Note: News releases ... can be accessed "
            "at www.buckle.com.' is read as a disclosure"
        ),
        "edgar-buckle-q3-2024-md": (
            "the closing 'Note: News releases ... can be accessed "
            "at www.buckle.com.' is read as a disclosure"
        ),
        "edgar-oracle-q4fy22-md": (
            "the tables' numbered footnotes ('(1) | This presentation "
            "includes non-GAAP ...') are read as disclosures"
        ),
        "gnw-lyf-edibles-capital-raise": (
            "the NOT FOR DISSEMINATION line is read as meta, and "
            "the body's last paragraph as an offer disclosure"
        ),
        "gnw-lyf-edibles-capital-raise-md": (
            "the NOT FOR DISSEMINATION line is read as meta, and "
            "the body's last paragraph as an offer disclosure"
        ),
        "prn-agnc-q2-2022-results": (
            "the USE OF NON-GAAP section is split in parts, two "
            "kinded 'other'; a table note is read as one too"
        ),
    },
    "tickers": {},
    "wire_footer": {
        "bw-boxpark-magento-paypal-syscon": (
            "SYS-CON's 'About <wire>' copyright box beside the story is dropped as page chrome"
        ),
        "bw-celgene-revlimid-alvogen": (
            "the first Dow Jones flash, glued to its timestamp "
            "('...Settled29 Mar 2019 12:02 ET'), is dropped as chrome"
        ),
        "bw-ibkr-options-restrictions-md": (
            "NewsML flattened to text: the copyright line sits in the "
            "envelope's run-on line, which is metadata as a whole"
        ),
        "bw-ihs-q3-call-syscon": (
            "SYS-CON's 'About <wire>' copyright box beside the story is dropped as page chrome"
        ),
        "ein-wiseguy-hybrid-cloud": (
            "EIN's 'Distribution channels' line is glued to "
            "'Powered by' and site links, dropped as chrome"
        ),
        "gnw-brookfield-renewable-ncib-md": (
            "the crawl ran GlobeNewswire's © line into the "
            "page's metadata line, dropped whole as chrome"
        ),
        "gnw-lyf-edibles-capital-raise-md": (
            "the crawl ran GlobeNewswire's © line into the "
            "page's metadata line, dropped whole as chrome"
        ),
        "gnw-telus-rural-networks-fr": (
            "the gold counts GlobeNewswire's CORRECTION heading "
            "and notice as footer; they're read as chrome/meta"
        ),
        "gnw-telus-rural-networks-fr-md": (
            "the © line is run into the metadata line; the "
            "CORRECTION heading and notice are read as title/meta"
        ),
        "gnw-zignal-atlas-cmo": (
            "GlobeNewswire's photo note after the About is "
            "appended to it, not put in the wire footer"
        ),
        "gnw-zignal-atlas-cmo-md": (
            "the © line is run into the metadata line and dropped; "
            "the photo note after the About is appended to it"
        ),
        "idw-gdch-hybridbatterie-de": (
            "idw's 'Merkmale dieser Pressemitteilung' facts box is dropped as page chrome"
        ),
        "idw-gdch-hybridbatterie-de-md": (
            "idw's 'Merkmale dieser Pressemitteilung' facts box is dropped as page chrome"
        ),
        "iwr-nordex-iwes": (
            "iwr's 'Herausgeber:' line above and 'Pressebilder "
            "... / Hinweis:' notes below are not read as footer"
        ),
        "jcn-eisai-fycompa-syscon": (
            "SYS-CON's 'About <wire>' copyright box beside the story is dropped as page chrome"
        ),
        "ots-polizei-steinfurt-unfallflucht-de": (
            "ots' closing 'Original-Content von ..., übermittelt "
            "durch news aktuell' line is not read as footer"
        ),
        "ots-polizei-steinfurt-unfallflucht-de-md": (
            "ots' closing 'Original-Content von ..., übermittelt "
            "durch news aktuell' line is not read as footer"
        ),
        "prn-ideanomics-debt-md": (
            "the gold leaves out the page's PR Newswire copyright "
            "line; the parser keeps it in the wire footer"
        ),
        "prn-salesforce-britannica-md": (
            "the gold leaves out the page's PR Newswire copyright "
            "line; the parser keeps it in the wire footer"
        ),
        "prn-tableau-investor-conferences-md": (
            "the gold leaves out the page's PR Newswire copyright "
            "line; the parser keeps it in the wire footer"
        ),
    },
}
