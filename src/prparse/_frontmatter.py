"""Front matter: the `--- key: value ---` header of static-site and CMS exports.

Newsrooms built with Jekyll, Hugo or similar export releases with a YAML
front matter whose `title:` is the headline and whose `date:` is the
release date. Crawlers sometimes flatten it onto one line
(`\\--- layout: post title: ... date: '2018-05-31 13:00:27 -0400' \\---`),
so keys are found by position rather than by line.
"""

from __future__ import annotations

import datetime as _dt
import re

from ._blocks import PageMeta

_FRONT_MATTER = re.compile(
    r"\A\s*\\?-{2,3}[ \t]*\r?\n?(?P<body>.{0,6000}?)\s\\?-{2,3}(?:[ \t]*(?:\r?\n|$))", re.DOTALL
)
_KEY = re.compile(r"(?:^|\s)([a-z_]{2,30}):(?:\s+|$)", re.MULTILINE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _values(body: str) -> dict[str, str]:
    keys = list(_KEY.finditer(body))
    values: dict[str, str] = {}
    for key, following in zip(keys, [*keys[1:], None], strict=True):
        end = following.start() if following is not None else len(body)
        value = body[key.end() : end].strip().strip("\"'").strip()
        values.setdefault(key.group(1), value)
    return values


def _date(value: str | None) -> _dt.date | None:
    match = _ISO_DATE.search(value or "")
    if match is None:
        return None
    try:
        return _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def front_matter(source: str) -> PageMeta | None:
    """The front matter at the start of a text document, or None if it has none."""
    match = _FRONT_MATTER.match(source)
    if match is None:
        return None
    values = _values(match.group("body"))
    if not {"title", "layout", "date"} & values.keys():
        return None
    return PageMeta(
        title=values.get("title") or None,
        published=_date(values.get("date")),
        end=match.end(),
    )
