"""Contact details in a block's text: email addresses, phone numbers and web addresses.

Each is kept as written. Converters glue a block's lines together
(`ir@aieraco.comTel:`, `412-799-0350Riccelli@x.com`), so each finder cuts
a detail where the next line's text runs into it; dates, ZIP+4 codes,
year ranges and table figures are not phone numbers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from prparse._data.contacts import (
    GLUED_LINK_LABELS,
    NOT_CONTACT_URLS,
    NOT_NAME_WORDS,
    ROLE_MAILBOXES,
)
from prparse._data.hosts import WIRE_HOSTS

__all__ = [
    "VANITY_SHAPE",
    "contact_url",
    "digit_count",
    "find_emails",
    "find_links",
    "find_phones",
    "find_urls",
    "may_hold_details",
    "unique",
    "url_key",
]

_TLDS = r"com|org|net|gov|edu|io|ai|co|info|biz|de|it|fr|es|uk|eu|ca|au|jp|cn|in|ch|at|nl|be|br"
"""Top-level domains a bare web address (`heart.org`) may end with."""
_EMAIL = re.compile(
    r"""
    (?<![\w.+-])
    [A-Za-z0-9][\w.+-]{0,63}                 # local part
    (?:@|\s?[\[(]at[\])]\s?)                 # `@`, or `[at]` / `(at)` spelled out
    [A-Za-z0-9-]{1,63}                       # domain labels ...
    (?:(?:\.|\s?[\[(]dot[\])]\s?)[A-Za-z0-9-]{1,63}){1,5}
    """,
    re.VERBOSE,
)


@functools.cache
def _phone_re() -> re.Pattern[str]:
    """A phone number as written (compiled on first use: most text holds no phone shape)."""
    return re.compile(
        r"""
    (?=[\d(+])                                     # what every number starts with, tested
                                                    #   first: most positions fail at once
    (?:(?<![\w+/.-])
      | (?<=[A-Za-z.])(?=\()                        # glued before a bracket: `Inc.(646) 823-8656`
      | (?<=[A-Za-z]{2})(?=\d{3}[ .-]{1,2}\d{3}[ .-]\d{4}(?!\d))   # or a word: `LLC212- 671-1020`
    )
    (?:
        (?:1[ .-])?8\d\d[ .-][A-Z0-9]{3}[ .-]?[A-Z0-9]{4}       # vanity: 1-800-AHA-USA1
        (?:[ ]\(\d{3}[ .-]\d{4}\))?                             #   with its digits after
      |
        (?:(?:\+|00)?\d{1,3}[ .\-–]?)?                          # country code: +49, +1-
        (?:\(\+?\d{1,5}\)[ .\-–]?)?                             # in brackets: (0)40, (+34)
        \d{1,5}(?:(?:[ .\-–]?/[ .\-–]?|[ .\-–]{1,2})\d{1,10}){1,6}  # groups: 11 30469575, 0911 / 12
      |
        (?:\+|00)\d{1,3}[ .\-–]?(?:\(0\)[ .\-–]?)?\d{6,12}       # unbroken: +44(0)7838219129
      |
        \d{10,13}                                               # unbroken, after a label
    )
    (?![\w.-]?\d)
    """,
        re.VERBOSE,
    )


_PHONE_LABEL = re.compile(
    r"(?:\b(?:tel|phone|telephone|telefon|telefono|teléfono|téléphone|tél|telf|tlf|tfn|telefax|"
    r"fax|mobile|mobil|mob|handy|cell|cel|celular|cellulare|móvil|movil|ph|direct|office|"
    r"hotline|call|t|m|p|f)\b\.?\s*:?\s*$)",
    re.IGNORECASE,
)
_NANP_GLUED = re.compile(r"^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?=\d)")
"""A North American number runs into the next line's digits: `(484) 270-1453280 King`."""
_FOOTNOTE_MARK = re.compile(r"^\([1-9]\)")
"""`(1) 575 398`: a table row's footnote mark before its figures, not an area code."""
_DATE_LIKE = re.compile(
    r"^(?:\d{4}[-./–]\d{1,2}[-./–]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{4}\s?[-–/]\s?\d{2,4})$"
)
_ZIP_PLUS_FOUR = re.compile(r"^\d{5}-\d{4}$")
"""A US ZIP+4 code (`68848-1480`) in an address, not a phone."""
_DECIMAL = re.compile(r"(?:^|\s)0\.\d|\d\.\d{1,2}(?:\s|$)")
"""Table figures, not phone groups: `216.5 298.0`, `0.7353 0.7109`."""


@functools.cache
def _web_address_re() -> re.Pattern[str]:
    """A web address as written: a link, a `www.` address or a bare domain (compiled on first
    use: only text with an address's shape is scanned)."""
    return re.compile(
        rf"""
    https?://(?:(?!https?://)[^\s<>"'\])|])+    # a link, cut where the next one is glued on
    | (?<![\w@./-])(?:                            # not inside a word or an address:
        www\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>"'\])|]*)?   # www.acme.com/x
      | [a-z0-9][a-z0-9-]{{1,62}}+\.(?:{_TLDS})(?![\w@-])  # bare: heart.org
    )
    """,
        re.VERBOSE,
    )


_WWW_OR_DOT_TLD = re.compile(rf"\.(?:(?<=www\.)|(?:{_TLDS})(?![\w@-]))")
"""The dot of `www.` or of a dot and a top-level domain (one scan, at the text's dots)."""


def _may_hold_link(text: str) -> bool:
    """What every `_web_address_re` match holds (`://`, `www.`, a dot and a top-level domain):
    text without it is not scanned for addresses."""
    return (":" in text and "://" in text) or _WWW_OR_DOT_TLD.search(text) is not None


_PHONE_DIGITS = re.compile(r"\d(?:[ .\-–/()+]{0,3}\d){6}")
"""Seven digits, each two apart by at most three of a number's separators: every phone number
`find_phones` keeps has them (7 to 15 digits, a `_phone_re` match's separators), bar a
vanity number."""
VANITY_SHAPE = re.compile(r"8\d\d[ .-][A-Z0-9]{3}")
"""Where a vanity number (`1-800-AHA-USA1`), the only phone number with letters, may stand."""


def _may_hold_phone(text: str) -> bool:
    """Whether `find_phones` may find a number in the text (most prose has no such shape:
    a figure like `$4.2 million` or `2024` is too short for one)."""
    digits = digit_count(text)
    if digits < _PHONE_DIGIT_COUNT:
        # (a vanity number's `8\d\d` needs three digits; no phone number can stand)
        return digits >= _VANITY_DIGITS and VANITY_SHAPE.search(text) is not None
    return _PHONE_DIGITS.search(text) is not None or VANITY_SHAPE.search(text) is not None


def digit_count(text: str) -> int:
    r"""How many digits (`\d`) the text holds, counted at once in its UTF-8 bytes, where a
    multi-byte character's bytes are none of `0-9`; the other digits (`١`, `３`) are looked
    for among its few characters that are not ASCII (a regex scans a text that holds any
    such character slower than an ASCII one)."""
    data = text.encode("utf-8", "surrogatepass")
    ascii_digits = len(data) - len(data.translate(None, _ASCII_DIGITS))
    if text.isascii():
        return ascii_digits
    others = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return ascii_digits + len(_ANY_DIGIT.findall(others))


_ASCII_DIGITS = b"0123456789"
_ASCII_BYTES = bytes(range(128))
_ANY_DIGIT = re.compile(r"\d")
_PHONE_DIGIT_COUNT = 7
"""How many digits `_PHONE_DIGITS` needs."""
_VANITY_DIGITS = 3
"""How many digits `VANITY_SHAPE` needs (`800`)."""


def _trim_glued_tld(address: str) -> str:
    """`ir@x.comTel`, `pr@x.comwww.x.com`, `sr@x.com202-779` -> the address alone.

    From the second label of the host on, the first label that runs into a
    capital, a digit or a glued `www`/`http` is cut there, with all after it.
    """
    at = max(address.find("@"), address.lower().find("[at]"), address.find("//") + 2, 0)
    if address[at:].lower().startswith("www."):
        at += 4
    labels = _LABEL_DOT.split(address[at:])
    for index in range(2, len(labels), 2):
        glue = _GLUED_LABEL.match(labels[index])
        if glue and glue.end() < len(labels[index]):
            return address[:at] + "".join(labels[:index]) + glue.group(0)
    return address


_LABEL_DOT = re.compile(r"(\.|\[dot\])")
_CAPITALS_INSIDE = re.compile(r"(?<=[a-z])[A-Z]{2,}(?=[a-z])")
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")
_FORMATTED = re.compile(r"\d[.\-–/(]")
_SCHEME_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")
_GLUED_LABEL = re.compile(
    rf"""
    [a-z]{{2,}}?(?=[A-Z])                       # `comTel`: a capital starts the next line
    | (?:{_TLDS})(?=\d|www|https?)             # `com310`, `comwww`: a top-level domain, then glue
    """,
    re.VERBOSE,
)


def _trim_glued_local(email: str) -> str:
    """`RelationsIR@x.com`, `Ltd.mwg@x.com`, `CEOjane@x.com` -> the address without glued words."""
    local, _, domain = email.partition("@")
    if not domain:
        return email
    glued = _GLUED_LOCAL_START.match(local) or _GLUED_PHONE_RUN.search(local)
    if glued and glued.end() < len(local) - 1:
        return local[glued.end() :] + "@" + domain
    company = domain.split(".")[0].replace("-", "").lower()
    rest = local[len(company) :]
    if local.lower().startswith(company) and local[0].isupper() and rest[:1].islower():
        return local[len(company) :] + "@" + domain
    lowered = local.lower()
    if local[0].isupper():
        word = _longest_not_name_prefix(lowered, len(local) - 2)
        if word:
            return local[word:] + "@" + domain
        cut = _glued_word(local, company)
        if cut:
            return local[cut:] + "@" + domain
    caps = _CAPITALS_INSIDE.search(local.partition(".")[0])
    return local[caps.end() :] + "@" + domain if caps else email


def _longest_not_name_prefix(lowered: str, longest: int) -> int:
    """Length of the longest word of `NOT_NAME_WORDS` (three letters or more, at most
    `longest`) that `lowered` opens with; 0 if none."""
    for end in range(min(len(lowered), longest), 2, -1):
        if lowered[:end] in NOT_NAME_WORDS:
            return end
    return 0


def _glued_word(local: str, company: str) -> int:
    """Length of a capitalised word from the line above glued onto an address; 0 if none.

    The word is the end of the company's name (`PCG Advisoryjramson@pcgadvisory.com`),
    the person's surname again (`Greenmgreen@`, `Tolertex.toler@`), or stands before a
    role mailbox (`Starmanmedia@`).
    """
    lowered = local.lower()
    for end in range(len(local) - _MIN_REST, _MIN_GLUED_WORD - 1, -1):
        word, rest = lowered[:end], local[end:]
        if not (local[1:end].islower() and rest[:1].islower()):
            continue
        if company.endswith(word) or word in rest or rest in ROLE_MAILBOXES:
            return end
    return 0


_MIN_GLUED_WORD = 4
_MIN_REST = 3
_GLUED_PHONE_RUN = re.compile(r"(?:\d[().+\-–\s]?){7,}(?=[A-Za-z][^\d]*$)")
"""A phone number run into the address, after any other glued text: `Texas512.354.7000Editor`."""


_GLUED_LOCAL_START = re.compile(
    r"""
    [A-Za-z]{0,12}[\d().+\-–\s]{7,}(?=[A-Za-z])   # a phone run into it: `412-799-0350Riccelli`
    | (?:Inc|Corp|Ltd|LLC|Co|GmbH|AG|SE)\.   # a company suffix: `Ltd.mwg`
    | \d{4,5}(?=[a-z])                        # a postal code: `Radnor, PA 19087info@`
    """,
    re.VERBOSE,
)


def _may_hold_email(text: str) -> bool:
    """Every address has an `@` between its local part and its domain (not a handle's,
    `@Acme`), or `at` in brackets (`[at]`, `(at)`)."""
    if _address_at(text) >= 0:
        return True
    # (each bracket looked for alone first: one character is found faster than three)
    bracketed = ("]" in text and "at]" in text) or (")" in text and "at)" in text)
    return bracketed and _BRACKETED_AT.search(text) is not None


def _address_at(text: str) -> int:
    """Where the first `@` stands that may join an address's parts: a character of a local
    part (`[\\w.+-]`) before it, of a domain (`[A-Za-z0-9-]`) after it; -1 if none."""
    at = text.find("@")
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + 1 : at + 2]
        if (
            before
            and (before.isalnum() or before in "_.+-")
            and after
            and after.isascii()
            and (after.isalnum() or after == "-")
        ):
            return at
        at = text.find("@", at + 1)
    return -1


_BRACKETED_AT = re.compile(r"[\[(]at[\])]")


def may_hold_details(text: str) -> bool:
    """False only when the text holds no email, phone number or web address: none of the
    shapes each of them has (`find_emails`, `find_phones` and `find_links` find none)."""
    return _may_hold_email(text) or _may_hold_link(text) or _may_hold_phone(text)


def find_emails(text: str) -> list[str]:
    """Email addresses as written (also `name[at]domain[dot]com`), glued text cut off."""
    if not _may_hold_email(text):
        return []
    found = []
    for match in _EMAIL.finditer(text, _first_address_start(text)):
        raw = match.group(0)
        if "@" not in raw and "[at]" not in raw.lower() and "(at)" not in raw.lower():
            continue
        found.append(_trim_glued_local(_trim_glued_tld(raw.rstrip(".-"))))
    return found


def _first_address_start(text: str) -> int:
    """Where the first email address may start: a local part's length (64) before the first
    `@` that may join an address's parts, unless an `[at]` or `(at)` may stand in the text
    (then its start)."""
    if "at]" in text or "at)" in text:
        return 0
    return max(0, _address_at(text) - _LONGEST_LOCAL)


_LONGEST_LOCAL = 64
"""The longest local part `_EMAIL` reads (`[A-Za-z0-9][\\w.+-]{0,63}`)."""


def _plausible_phone(candidate: str, before: str) -> bool:
    """Whether a digit run is a phone number, not a date, year range or amount."""
    digits = sum(c.isdigit() for c in candidate)
    if not 7 <= digits <= 15 and not _THREE_CAPITALS.search(candidate):
        return False
    bare = candidate.strip()
    if _DATE_LIKE.match(bare) or _ZIP_PLUS_FOUR.match(bare) or _DECIMAL.search(candidate):
        return False
    if _FOOTNOTE_MARK.match(bare) or ". " in bare:  # `2016. 134(1)`: a citation's year, volume
        return False
    formatted = candidate.startswith(("+", "(", "00")) or _FORMATTED.search(candidate)
    return bool(formatted or _PHONE_LABEL.search(before[-20:]))


def _split_run(candidate: str) -> list[str]:
    """`1.650.607.0349 1.212.508.7935` -> two numbers: a run too long for one is split."""
    if sum(c.isdigit() for c in candidate) <= 15:
        return [candidate]
    parts = candidate.split(" ")
    for cut in range(1, len(parts)):
        left, right = " ".join(parts[:cut]), " ".join(parts[cut:])
        if all(7 <= sum(c.isdigit() for c in p) <= 15 for p in (left, right)):
            return [left, right]
    return []


def find_phones(text: str) -> list[str]:
    """Phone numbers as written: `+1 202-747-7847`, `(301) 968-9300`, `+49 (0)40 30030-1000`."""
    if not _may_hold_phone(text):
        return []
    found = []
    for match in _phone_re().finditer(text):
        run = match.group(0).strip(" .-–/")
        glued = _NANP_GLUED.match(run)
        for phone in _split_run(glued.group(0) if glued else run):
            if _plausible_phone(phone, text[: match.start()]):
                found.append(phone)
    return found


def _trim_url(url: str) -> str:
    """A URL without trailing punctuation or a glued next word (`www.x.comE-Mail`)."""
    url = url.rstrip(".,;:!?'\"")
    host_end = url.find("/", url.find("//") + 2 if "//" in url else 0)
    host = url if host_end < 0 else url[:host_end]
    trimmed = _trim_glued_tld(host)
    return trimmed if trimmed != host else url


@functools.cache
def _not_contact_url_re() -> re.Pattern[str]:
    """Addresses that are no contact's (compiled on first use)."""
    return re.compile("|".join(NOT_CONTACT_URLS), re.IGNORECASE)


_GLUED_LINK_LABEL = re.compile(rf"(?<=[A-Za-z0-9_-])(?:{'|'.join(GLUED_LINK_LABELS)})$")
_HOST = re.compile(r"^(?:https?://)?([^/?#:]+)", re.IGNORECASE)


def _wire_site(url: str) -> bool:
    """Whether the address is on a newswire's own site: the wire's, not the issuer's."""
    match = _HOST.match(url)
    labels = match.group(1).lower().split(".")[-_WIRE_HOST_LABELS:] if match else []
    return any(".".join(labels[i:]) in WIRE_HOSTS for i in range(len(labels) - 1))


_WIRE_HOST_LABELS = max(host.count(".") + 1 for host in WIRE_HOSTS)


@functools.lru_cache(maxsize=4096)  # a block's addresses are asked again, a site's in each release
def contact_url(url: str) -> bool:
    """Whether a web address may be a contact's: not an image or page asset, a share
    button, a tracking or redirect link, or a page of the wire that sent the release."""
    return _not_contact_url_re().search(url) is None and not _wire_site(url)


def find_links(text: str) -> list[str]:
    """Every `_web_address_re` match in the text, as matched (no trimming)."""
    if not _may_hold_link(text):
        return []
    # No address holds a space, nor looks past the one before or after it (a space passes
    # its lookarounds as a word's edge does): the words that may hold one are scanned alone,
    # in one scan of them joined by spaces (the pattern has no group: `findall` gives each
    # match whole).
    words = [word for word in text.split() if "." in word or "://" in word]
    return _web_address_re().findall(" ".join(words))


def find_urls(text: str, targets: Iterable[str]) -> list[str]:
    """Contact web addresses written in the text, then the http(s) link targets."""
    found = [_GLUED_LINK_LABEL.sub("", _trim_url(link)) for link in find_links(text)]
    found += [t for t in targets if t.lower().startswith(("http://", "https://"))]
    return unique([url for url in found if contact_url(url)], key=url_key)


def url_key(url: str) -> str:
    """A URL without scheme, `www.` or closing slash, to tell repeats."""
    return _SCHEME_WWW.sub("", url.lower()).rstrip("/")


def unique(items: Iterable[str], key: Callable[[str], str] = str) -> list[str]:
    """The items in order, each once (compared by `key`)."""
    seen: set[str] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out
