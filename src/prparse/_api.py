"""The front door: `parse()`, the `Parser` and its `Policy`.

decode -> blocks (text or HTML front end) -> zones -> classify -> assemble;
decoding and the input checks are here, the stages in `_pipeline`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from typing import Any

from ._decode import Decoded, charset_of, codec_name, decode
from ._errors import DefectError, OptionError, SourceTypeError
from ._model import Defect, DefectKind, Release
from ._urls import wire_of_url

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
    from ._feed_sniff import looks_like_xml_feed  # loaded with the pipeline on the first parse

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

    def parse(
        self,
        source: str | bytes | os.PathLike[str],
        *,
        encoding: str | None = None,
        content_type: str | None = None,
        url: str | None = None,
    ) -> Release:
        """Parse one release given as text or HTML (`str` or `bytes`), or the path of a file.

        `encoding` (an encoding the caller knows) or the charset of an HTTP
        `content_type` header is a hint for bytes; `url`, where the release
        was fetched from, is kept on the release and names its wire when the
        release names none (a wire's own host).
        """
        _check_hints(encoding, content_type, url)
        data = _source_data(source)
        decoded = decode(data, encoding or charset_of(content_type))
        defects = _decoding_defects(decoded)
        text = decoded.text
        if len(text) > self.policy.max_chars:
            defects.append(
                Defect(
                    kind=DefectKind.INPUT_TRUNCATED,
                    message=f"input cut at {self.policy.max_chars} characters",
                )
            )
            text = text[: self.policy.max_chars]
        if decoded.binary:  # nothing to read: no headline, body or section is made up
            release = Release(defects=tuple(defects))
        else:
            release = self._release(text, defects)
        release = _with_url(release, url)
        if self.policy.strict and release.defects:
            raise DefectError(release.defects[0])
        return release

    def _release(self, text: str, defects: list[Defect]) -> Release:
        from . import _pipeline  # the stages load on the first parse, not at import

        return _pipeline.run(text, looks_like_html(text), defects)


def _check_hints(encoding: object, content_type: object, url: object) -> None:
    for name, value in (("encoding", encoding), ("content_type", content_type), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise OptionError(f"{name} must be a str or None, not {type(value).__name__}")
    if isinstance(encoding, str) and codec_name(encoding) is None:
        raise OptionError(f"unknown encoding {encoding!r}")


def _source_data(source: object) -> str | bytes:
    if isinstance(source, os.PathLike):
        return Path(source).read_bytes()
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, (str, bytes)):
        return source
    kind = type(source).__name__
    raise SourceTypeError(f"parse() takes str, bytes or a pathlib.Path, not {kind}")


def _decoding_defects(decoded: Decoded) -> list[Defect]:
    defects: list[Defect] = []
    if decoded.binary:
        defects.append(Defect(kind=DefectKind.NOT_TEXT, message="the input is binary, not text"))
    if decoded.guessed:
        defects.append(
            Defect(
                kind=DefectKind.ENCODING_GUESSED,
                message=f"encoding guessed as {decoded.encoding}",
            )
        )
    if decoded.replaced:
        defects.append(
            Defect(
                kind=DefectKind.ENCODING_ERROR,
                message=f"bytes invalid in {decoded.encoding} were replaced",
            )
        )
    return defects


def _with_url(release: Release, url: str | None) -> Release:
    """The release with its url kept, the url's wire where the dateline names none."""
    if url is None:
        return release
    dateline = release.dateline
    wire = wire_of_url(url)
    if dateline is not None and dateline.wire is None and wire is not None:
        dateline = dataclasses.replace(dateline, wire=wire)
        return dataclasses.replace(release, url=url, dateline=dateline)
    return dataclasses.replace(release, url=url)


_DEFAULT_PARSER = Parser()


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    encoding: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
    policy: Policy | None = None,
) -> Release:
    """Parse a press release into a `Release`.

    `source` is the release's text or HTML, best as `bytes` as fetched
    (`response.content`), or a `pathlib.Path` to read; a `str` is always the
    text itself, never a path. `encoding` or an HTTP `content_type` header
    (`text/html; charset=Shift_JIS`) tells bytes' encoding where known;
    `url` is kept as `Release.url` and names the wire of a release fetched
    from a wire's site that does not name its wire itself.
    """
    parser = _DEFAULT_PARSER if policy is None else Parser(policy)
    return parser.parse(source, encoding=encoding, content_type=content_type, url=url)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    url: str | None = None,
    policy: Policy | None = None,
) -> Release:
    """Read the file at `path` (a `str` or a path) and parse it as a release."""
    if not isinstance(path, (str, os.PathLike)):
        raise SourceTypeError(f"parse_file() takes a path, not {type(path).__name__}")
    return parse(Path(path), encoding=encoding, url=url, policy=policy)
