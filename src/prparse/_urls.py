"""What a release's address says about it: the wire whose site it was fetched from."""

from __future__ import annotations

from urllib.parse import urlsplit

from ._data.hosts import WIRE_HOSTS


def wire_of_url(url: str) -> str | None:
    """The wire whose site `url` is on (`https://www.businesswire.com/news/...`), else None."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:  # a malformed address names no wire
        return None
    labels = host.split(".")
    for start in range(len(labels) - 1):
        wire = WIRE_HOSTS.get(".".join(labels[start:]))
        if wire is not None:
            return wire
    return None
