"""The front door: `parse()`, the `Parser` and its `Policy`.

decode -> blocks (text or HTML front end) -> zones -> classify -> assemble;
decoding and the input checks are here, the stages in `_pipeline`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ._decode import decode
from ._errors import DefectError, OptionError, SourceTypeError
from ._model import Defect, DefectKind, Release

# A document that opens with one of these (after whitespace) is HTML or XML.
_HTML_START = re.compile(
    r"\s*(?:<!doctype\s+html|<html|<\?xml|<head|<body|<document>|<sec-document>|<(?:div|p|table|meta|title)\b)",
    re.IGNORECASE,
)
_NON_SPACE = re.compile(r"\S")
# Block-level tags; `<br>` alone is common in Markdown and does not make a page.
_HTML_TAGS = re.compile(
    r"</?(?:p|div|span|td|tr|table|font|li|ul|h[1-6])\b[^>]{0,300}>", re.IGNORECASE
)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """Options for parsing; immutable, changed with `clone()`."""

    strict: bool = False
    """Raise `DefectError` for the first defect instead of recording it."""
    max_chars: int = 20_000_000
    """Longer input is cut here (and an `input_truncated` defect recorded)."""

    def __post_init__(self) -> None:
        if not isinstance(self.strict, bool):
            raise OptionError(f"strict must be a bool, not {type(self.strict).__name__}")
        limit = self.max_chars
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise OptionError(f"max_chars must be a positive int, got {self.max_chars!r}")

    def clone(self, **changes: Any) -> Policy:
        """A copy of this policy with some options changed."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise OptionError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)


DEFAULT_POLICY = Policy()


def looks_like_html(text: str) -> bool:
    """Whether a decoded document is HTML (or XML carrying HTML) rather than text.

    Leading whitespace, however long (templates pad pages with kilobytes of it),
    is passed over before the document's opening is read.
    """
    first = _NON_SPACE.search(text)
    start = first.start() if first is not None else len(text)
    if _HTML_START.match(text, start, start + 2000):
        return True
    from ._feed import looks_like_xml_feed  # loaded with the pipeline on the first parse

    if looks_like_xml_feed(text):
        return True
    return len(_HTML_TAGS.findall(text, start, start + 20_000)) >= 8


class Parser:
    """Parses releases under one `Policy`; `parse()` uses a default one."""

    __slots__ = ("policy",)

    def __init__(self, policy: Policy = DEFAULT_POLICY) -> None:
        if not isinstance(policy, Policy):
            raise OptionError(f"policy must be a prparse.Policy, not {type(policy).__name__}")
        self.policy = policy

    def parse(self, source: str | bytes) -> Release:
        """Parse one release given as text or HTML, `str` or `bytes`."""
        if not isinstance(source, (str, bytes, bytearray, memoryview)):
            raise SourceTypeError(f"parse() takes str or bytes, not {type(source).__name__}")
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        decoded = decode(source)
        text = decoded.text
        defects: list[Defect] = []
        if decoded.guessed:
            defects.append(
                Defect(
                    kind=DefectKind.ENCODING_GUESSED,
                    message=f"encoding guessed as {decoded.encoding}",
                )
            )
        if len(text) > self.policy.max_chars:
            defects.append(
                Defect(
                    kind=DefectKind.INPUT_TRUNCATED,
                    message=f"input cut at {self.policy.max_chars} characters",
                )
            )
            text = text[: self.policy.max_chars]
        from . import _pipeline  # the stages load on the first parse, not at import

        release = _pipeline.run(text, looks_like_html(text), defects)
        if self.policy.strict and release.defects:
            raise DefectError(release.defects[0])
        return release


_DEFAULT_PARSER = Parser()


def parse(source: str | bytes, *, policy: Policy | None = None) -> Release:
    """Parse a press release (text or HTML, `str` or `bytes`) into a `Release`."""
    parser = _DEFAULT_PARSER if policy is None else Parser(policy)
    return parser.parse(source)
