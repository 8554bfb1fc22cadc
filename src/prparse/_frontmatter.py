"""Front matter: the `--- key: value ---` header of static-site and CMS exports.

Newsrooms built with Jekyll, Hugo or similar export releases with a YAML
front matter whose `title:` is the headline and whose `date:` is the
release date; both front ends read it here (the text front end skips its
lines, the HTML front end makes its title the headline block).

- As written, it is YAML between `---` lines, one key a line: a value runs
  on over indented continuation lines (`title: The Apache&reg; ...\\n  Apache
  Infrastructure`), so a colon inside a quoted title or a key the author
  spelt in camelCase does not cut the title short.
- Crawlers sometimes flatten it onto one line
  (`\\--- layout: post title: ... date: '2018-05-31 13:00:27 -0400' \\---`);
  then keys are found by position.

A block is front matter when it has a `title:`, `layout:` or `date:` key,
or (as written) when every line of it is YAML: a key, a continuation, a
`- item` or a `# comment`. Titles are HTML-unescaped (the site renders them
as HTML) with whitespace collapsed and quotes stripped.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from ._blocks import PageMeta
from ._data.feeds import (
    NEWSML_COPYRIGHT,
    NEWSML_DATELINE,
    NEWSML_TIMESTAMP,
    NEWSML_URN,
    PROVIDER_WIRES,
)
from ._dates import iso_date
from ._feed_meta import feed_date
from ._lazy import lazy_pattern

# As written: `---` on a line of its own (a crawler may escape it `\---` or
# drop a dash), then the YAML, then `---` on a line of its own.
_YAML_BLOCK = re.compile(
    r"\A\ufeff?\s*\\?-{2,3}[ \t]*\r?\n(?P<body>.*?)\r?\n\\?-{2,3}[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
# Flattened: the same with the keys anywhere, closed by dashes after whitespace.
_FLATTENED = re.compile(
    r"\A\ufeff?\s*\\?-{2,3}[ \t]*\r?\n?(?P<body>.{0,6000}?)\s\\?-{2,3}(?:[ \t]*(?:\r?\n|$))",
    re.DOTALL,
)
# A key at the start of a line, its value running on over indented lines.
_LINE_KEY = lazy_pattern(
    r"^(?P<key>[a-z_][\w-]*):(?:[ \t]*(?P<value>.+(?:\r?\n[ \t]+.+)*)|[ \t]*\r?$)", re.MULTILINE
)
# A line of YAML that is not a key: a continuation, a list item, a comment, nothing.
_YAML_OTHER = lazy_pattern(r"[ \t]|-(?:[ \t]|$)|#|\s*$")
# A key anywhere in flattened front matter.
_KEY = lazy_pattern(r"(?:^|\s)([a-z_]{2,30}):(?:\s+|$)", re.MULTILINE)
_SPACES = lazy_pattern(r"\s+")
# Keys that make a block front matter whatever else it holds.
_KNOWN_KEYS = frozenset({"title", "layout", "date"})


class _Entry(NamedTuple):
    """A key's value and where the key and its value stand in the source."""

    value: str
    start: int
    end: int


class _Found(NamedTuple):
    """A front matter's entries (first of each key) and its end in the source."""

    entries: dict[str, _Entry]
    end: int


def _by_line(match: re.Match[str]) -> _Found | None:
    """The entries of front matter as written, one key a line; None when it is not one."""
    body, base = match.group("body"), match.start("body")
    entries: dict[str, _Entry] = {}
    for key in _LINE_KEY().finditer(body):
        value = key.group("value") or ""
        end = key.end("value") if value else key.end()
        entries.setdefault(key.group("key"), _Entry(value, base + key.start(), base + end))
    if _KNOWN_KEYS & entries.keys() or (entries and _all_yaml(body)):
        return _Found(entries, match.end())
    return None


def _all_yaml(body: str) -> bool:
    """Whether every line of `body` is a line of YAML: a key, a continuation, an item, a comment."""
    return all(_LINE_KEY().match(line) or _YAML_OTHER().match(line) for line in body.split("\n"))


def _by_position(match: re.Match[str]) -> _Found | None:
    """The entries of flattened front matter, each value running to the next key."""
    body, base = match.group("body"), match.start("body")
    keys = list(_KEY().finditer(body))
    entries: dict[str, _Entry] = {}
    stops = [following.start() for following in keys[1:]] + [len(body)]
    for key, stop in zip(keys, stops, strict=False):  # no keys: no stops either
        value = body[key.end() : stop].rstrip()
        entries.setdefault(
            key.group(1), _Entry(value, base + key.start(1), base + key.end() + len(value))
        )
    if not _KNOWN_KEYS & entries.keys():
        return None
    return _Found(entries, match.end())


def _find(source: str) -> _Found | None:
    """The front matter at the start of `source`: as written, else flattened."""
    match = _YAML_BLOCK.match(source)
    found = _by_line(match) if match is not None else None
    if found is None:
        flat = _FLATTENED.match(source)
        found = _by_position(flat) if flat is not None else None
    return found


def _title(value: str) -> str | None:
    """A title's value unescaped, whitespace collapsed, quotes stripped."""
    return _SPACES().sub(" ", html.unescape(value)).strip().strip("\"'").strip() or None


def front_matter(source: str) -> PageMeta | None:
    """The front matter at the start of `source` (`title`, `published`, and `end`: the offset
    just past its closing dashes), or a flattened NewsML envelope's (`newsml_line`), or None
    if it has none."""
    found = _find(source)
    if found is None:
        return newsml_line(source)
    title = found.entries.get("title")
    date = found.entries.get("date")
    return PageMeta(
        title=_title(title.value) if title is not None else None,
        published=iso_date(date.value, anywhere=True) if date is not None else None,
        end=found.end,
    )


_NEWSML_URN = re.compile(NEWSML_URN)
_NEWSML_TIMESTAMP = lazy_pattern(NEWSML_TIMESTAMP)
_NEWSML_COPYRIGHT = lazy_pattern(NEWSML_COPYRIGHT)
_NEWSML_DATELINE = lazy_pattern(NEWSML_DATELINE)
# How far into a document a flattened NewsML envelope's line may end.
_NEWSML_LINE = 4000


def newsml_line(source: str) -> PageMeta | None:
    """What a NewsML item flattened to text says in its envelope's run-on first line:
    the date (its first timestamp), the dateline (before the slug), the copyright
    line, the provider's wire, and `end` past the line; None for any other document.

    A crawler that renders a NewsML 1 item as Markdown puts the envelope's and the
    NewsLines' values on one line (`20210131T024100+0000 businesswire.com ...
    urn:newsml:businesswire.com:... Copyright Business Wire 2021 ... GREENWICH,
    Conn. CT-INTERACTIVE-BROKERS ...`); the release's text follows.
    """
    line_end = source.find("\n", 0, _NEWSML_LINE)
    line = source[: line_end if line_end >= 0 else min(len(source), _NEWSML_LINE)]
    urn = _NEWSML_URN.search(line)
    if urn is None:
        return None
    stamp = _NEWSML_TIMESTAMP().search(line)
    dateline = _NEWSML_DATELINE().search(line, urn.end())
    notice = _NEWSML_COPYRIGHT().search(line)
    return PageMeta(
        published=feed_date(stamp.group()) if stamp is not None else None,
        dateline=dateline.group("dateline").strip() if dateline is not None else None,
        copyright=notice.group() if notice is not None else None,
        wire=PROVIDER_WIRES.get(urn.group("provider").casefold()),
        end=len(line),
    )


def title_span(source: str) -> tuple[int, int] | None:
    """Where the front matter's `title:` entry (key and value) stands in `source`, if it has one."""
    found = _find(source)
    title = found.entries.get("title") if found is not None else None
    return (title.start, title.end) if title is not None else None
