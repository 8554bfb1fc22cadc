"""The web hosts of the newswires, as data: a release fetched from a wire's site was sent by it.

Schema: `WIRE_HOSTS` maps a registered domain (the host and every subdomain
of it) to the wire's usual name, spelled as in `wires.WIRES` (a test checks
it). When `wires.WIRES` grows one row per wire, this table becomes a `hosts`
column of those rows.

Sources: the addresses at which each wire publishes its releases.
"""

from __future__ import annotations

from typing import Final

WIRE_HOSTS: Final[dict[str, str]] = {
    "prnewswire.com": "PR Newswire",
    "prnewswire.co.uk": "PR Newswire",
    "prnasia.com": "PR Newswire",  # PR Newswire Asia
    "prweb.com": "PRWeb",
    "businesswire.com": "Business Wire",
    "globenewswire.com": "GlobeNewswire",
    "einpresswire.com": "EIN Presswire",
    "accesswire.com": "ACCESSWIRE",
    "accessnewswire.com": "ACCESSWIRE",  # its name since 2025
    "newsfilecorp.com": "Newsfile",
    "marketwired.com": "Marketwired",
    "newswire.ca": "CNW",
    "jcnnewswire.com": "JCN Newswire",
    "acnnewswire.com": "ACN Newswire",
    "media-outreach.com": "Media OutReach Newswire",
    "24-7pressrelease.com": "24-7 Press Release",
    "newmediawire.com": "NewMediaWire",
    "newsdirect.com": "News Direct",
    "iwrpressedienst.de": "IWR-Pressedienst",
    "ots.at": "APA-OTS",
    "presseportal.de": "ots",  # news aktuell's portal
    "newsworthy.ai": "Newsworthy.ai",
    "send2press.com": "Send2Press",
    "prlog.org": "PRLog",
    "issuewire.com": "IssueWire",
}
