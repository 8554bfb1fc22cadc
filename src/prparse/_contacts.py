"""Contact blocks: spotting them and reading the details they hold.

A contact block is a heading (`Media Contact:`, `Pressekontakt`, ...) and
a few short lines: names, titles, companies, addresses, phone numbers,
emails, web addresses. Releases from feeds and converters often glue
those lines together (`Paul FoisyAI Era Corp.Email: ir@aieraco.comTel:
...`), so the readers here cut at the seams a converter leaves: a
lowercase letter run straight into a capital, a link run straight into
the next one.

Three functions: `contact_heading` (does this line open a contact
block?), `contact_score` (how much does this block look like contact
details rather than prose?) and `parse_contact` (the `Contact` for a
block's lines).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from prparse._contact_details import (
    VANITY_SHAPE,
    find_emails,
    find_links,
    find_phones,
    find_urls,
    may_hold_details,
    unique,
    url_key,
)
from prparse._data.cities import CITIES
from prparse._data.contacts import (
    CAMEL_WORDS,
    CONNECTORS,
    DETAIL_LABELS,
    HEADINGS,
    HONORIFICS,
    LABEL_WORDS,
    NAME_PREFIXES,
    NOT_NAME_WORDS,
    NOT_PERSON_FIELDS,
    ORG_WORDS,
    PARTICLES,
    PRESS_DEPARTMENTS,
    PROSE_WORDS,
    TITLE_WORDS,
)
from prparse._data.places import REGIONS
from prparse._literals import (
    Gated,
    first_characters,
    folds_onto_ascii,
    may_contain,
)
from prparse._model import Contact

__all__ = ["contact_heading", "contact_score", "names_person", "parse_contact"]

_HEADING = re.compile(
    rf"""
    ^[\s/\[(*#_>]*                       # `/CONTACT:` (old PRN), `[Press Contact:]`, Markdown
    (?:{"|".join(HEADINGS)})
    (?:
        [\s\])*_]*$                      # the heading alone on its line
      | [\s\])*_]*[:：]                   # or a colon and the block's first line
      | [\s\])*_]*[-–—]\s+(?=\S)         # or a dash: `CONTACT: Investor Relations – (301) ...`
      | (?<=contact\ details)(?-i:(?=[A-Z]))   # or glued: `Contact DetailsNettResults`
      | (?<=s)(?-i:(?=[A-Z]))                  # `Media ContactsJane`, `Press Inquiries:X`
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_HEADING_THEN_WORD = re.compile(
    rf"^[\s/\[(*#_>]*(?:{'|'.join(HEADINGS[:2])})\s+(?-i:(?=[A-Z]))", re.IGNORECASE | re.VERBOSE
)
"""A heading run on into the block's first line by a space: `Press Contacts Fujitsu`."""

_HONORIFICS = re.compile(rf"^(?:(?:{'|'.join(HONORIFICS)})\.?\s+)+")

_CAMEL_SEAM = re.compile(
    r"(?=[A-Z])"  # the capital every seam stands before, tested first: most positions fail
    r"(?:(?<=[a-zà-ÿ0-9.)])(?=[A-Z][a-zà-ÿ])|(?<=[a-z])(?=[A-Z]{2,})"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-zà-ÿ]{2}))"  # `LLPJonathan`: capitals, then a capitalised word
)
_CAMEL_WORD = re.compile("|".join(CAMEL_WORDS))
_SEGMENT_BREAK = re.compile(
    r"(?=[\s,;|:/()])"  # what every break starts with, tested first: most positions fail
    rf"(?:\s*(?:[,;|:/]|\s[-–—]\s|\s{{3,}}|\(|\))\s*|\s(?:{'|'.join(CONNECTORS)})\s"
    rf"|\s(?=(?:{'|'.join(PRESS_DEPARTMENTS)})))"  # `Dr. Karin J. Schmitz Abteilung ...`
)
_FIELD_FIRST = first_characters(NOT_PERSON_FIELDS)
_NOT_PERSON_FIELD = re.compile(
    (rf"(?=(?i:[{re.escape(_FIELD_FIRST)}]))" if _FIELD_FIRST else "")  # most positions fail
    + rf"""
    \b(?i:{"|".join(NOT_PERSON_FIELDS)})\s*[:：]   # the field's label
    [^:：\n]*?                                      # its value
    (?=[|,]?\s*[A-Z][\w/\ -]{{0,20}}[:：]|$)         # up to the next label or the line's end
    """,
    re.MULTILINE | re.VERBOSE,
)
"""A card's field that never holds a person, up to the next field: `Location: House Of ...`."""
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[-'’][A-ZÀ-Þ]?[a-zà-ÿ]+)*"
    r"|(?:Mc|Mac|O'|O’|De|Di|La|Le)[A-Z][a-zà-ÿ]+|[A-Z]\.)$"
)
_LABEL_WORD = re.compile(
    r"\b(?:tel|phone|fax|e-?mail|mobile|cell|telefon|telefax|web\s?(?:site)?|internet|x)\Z",
    re.IGNORECASE,
)
"""A detail's label (`Tel.:`, `E-Mail:`), searched for where one ends before a colon (up to
there)."""
_SOCIAL_WORDS = ("twitter", "linkedin", "facebook", "instagram", "youtube", "tiktok")
_SOCIAL_NAME = Gated(
    lambda: re.compile(
        r"\b(?:twitter|linkedin|facebook|instagram|youtube|tiktok)\b"
        r"(?!\.com/(?:watch|shorts|embed)\b)",
        re.IGNORECASE,
    ),
    _SOCIAL_WORDS,
)
"""A social network's name standing bare, not a video's link (`youtube.com/watch?v=`);
compiled on first use: few blocks name one."""
_LABEL_ENDS = ("tel", "phone", "x", "mail", "mobile", "cell", "telefon", "web", "site", "internet")
"""How a detail's label ends before its colon (`Telefax` in `x`, `E-Mail` in `mail`, `Web site`
in `site`): the eight characters before a colon (a dot and spaces aside) end so."""
_LABEL_SPAN = 8
_DIAL_IN = Gated(re.compile(
    r"toll[- ]free|\btoll\b|dial[- ]in|conference id|passcode|access code|"
    r"webcast|replay|meeting id",
    re.IGNORECASE,
), ("toll", "dial", "conference id", "passcode", "access code", "webcast", "replay", "meeting id"))
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
"""`_WORD` in ASCII text, where its letters are `A-Z` and `a-z` (a set `re` tests faster)."""


def _words(text: str) -> list[str]:
    """The text's words (`_WORD`)."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def contact_heading(text: str) -> bool:
    """Whether the line opens a contact block (`Media Contact:`, `Pressekontakt`, `Contatti`)."""
    stripped = text.strip()
    line_end = stripped.find("\n")  # the first line, cut to 300 characters, without the rest
    end = line_end if 0 <= line_end < _HEADING_LINE_CHARS else _HEADING_LINE_CHARS
    line = stripped[:end]
    return _may_open_heading(line) and _HEADING.match(line) is not None


_HEADING_LINE_CHARS = 300
"""How much of a block's first line is read for a heading."""


def _may_open_heading(line: str) -> bool:
    """False only when `_HEADING` cannot match the line: past the characters it may open
    with (`_HEADING_LEAD`), the line does not start as any heading does (`_HEADING_STARTS`),
    and it holds no letter of the one heading that may follow other words (`Ihr Kontakt -
    für Fragen`). Most lines fail at their first characters: a set lookup, where the
    pattern tries its alternatives one by one. Lowering a line compares its letters as
    `re.IGNORECASE` does, bar those that fold onto ASCII ones (the pattern runs there)."""
    start = line.lstrip(_HEADING_LEAD)
    if start[:_HEADING_START_CHARS].lower() in _HEADING_STARTS:
        return True
    return not line.isascii() and (
        start[:1].isspace()  # a space `\s` matches beyond ASCII: not stripped here
        or folds_onto_ascii(line)
        or any(map(line.__contains__, _HEADING_ANYWHERE_LETTERS))
    )


_HEADING_LEAD = "".join(char for char in map(chr, range(128)) if char.isspace()) + "/[(*#_>"
"""The ASCII characters `_HEADING` allows before a heading (`[\\s/\\[(*#_>]`)."""
_HEADING_START_CHARS = 3
_HEADING_STARTS = frozenset((
    "age", "ana", "ans", "ass", "bus", "com", "con", "cor", "cus", "edi", "enq", "fol", "for",
    "för", "für", "gen", "get", "ihr", "inf", "inq", "inv", "ir ", "jou", "kon", "med", "new",
    "par", "per", "pou", "pr ", "pre", "pub", "rea", "red", "rel", "rüc", "sal", "soc", "to ",
    "uff", "voo", "wei",
))
"""The first three characters, lowercased, of every heading of `HEADINGS` (one aside, which
holds `_HEADING_ANYWHERE_LETTERS`): a test reads them from the patterns."""
_HEADING_ANYWHERE_LETTERS = ("ü", "Ü")
"""One of which the heading that may follow other words (`[\\w\\ ]{0,30}\\ -\\ für`) holds."""


# --- names ------------------------------------------------------------------------


def _unglue(line: str) -> str:
    """Mark the seams a converter left between glued lines (`FoisyAI`, `IntelagenTom`)."""
    out, last = [], 0
    whole: list[tuple[int, int]] | None = None  # the spans of `CAMEL_WORDS`, read at a seam
    for match in _CAMEL_SEAM.finditer(line):
        word_start = max(line.rfind(" ", 0, match.start()), line.rfind("|", 0, match.start())) + 1
        if line[word_start : match.start()] in NAME_PREFIXES:
            continue
        if whole is None:
            whole = [m.span() for m in _CAMEL_WORD.finditer(line)]
        if any(start < match.start() < end for start, end in whole):  # `LinkedIn`: one word
            continue
        out.append(line[last : match.start()] + "|")
        last = match.start()
    out.append(line[last:])
    return "".join(out)


def _is_name_word(word: str) -> bool:
    """A capitalised word that may belong to a person's name (not a possessive: `Montgomery's`)."""
    return (
        _NAME_WORD.match(word) is not None
        and word.lower().rstrip(".") not in NOT_NAME_WORDS
        and not word.endswith(("'s", "’s"))
    )


def _names_in_segment(segment: str, *, pairs: bool = False) -> list[str]:
    """The name a segment holds (`CEO Tim Pierce` -> `Tim Pierce`), as one or two names.

    The name is a run of two to four capitalised words (initials and
    particles allowed) with only heading or title words before it and
    only title words after it; a segment with an organisation word, or
    any other word, names no person. With `pairs` (the block has two
    people's details side by side) four plain words are two names.
    """
    words = _HONORIFICS.sub("", segment.strip()).split()
    folded = [w.lower().strip(".,&+") for w in words]
    if any(f in ORG_WORDS for f in folded):
        return []
    start = 0
    while start < len(words) and not _is_name_word(words[start]):
        if folded[start] not in LABEL_WORDS and folded[start] not in TITLE_WORDS:
            return []
        start += 1
    end = start
    while end < len(words) and (_is_name_word(words[end]) or words[end] in PARTICLES):
        end += 1
    if any(f not in TITLE_WORDS and f not in DETAIL_LABELS for f in folded[end:]):
        return []
    run = words[start:end]
    while run and (run[-1] in PARTICLES or (len(run[-1]) == 2 and run[-1].endswith("."))):
        run.pop()
    full = [w for w in run if len(w) > 2 or not w.endswith(".")]
    # Two cards set side by side (a table's two columns, flattened: EDGAR filings' `Ken Bond
    # Deborah Hellinger` over two phones and two emails) put both names on one line.
    if pairs and len(full) == 4 and len(run) == 4:
        return [" ".join(run[:2]), " ".join(run[2:])]
    if 2 <= len(full) <= 4:
        return [" ".join(run)]
    return []


_CARD_COMPANY = re.compile(r"^\s*Contact Details(?=[A-Z]).*", re.IGNORECASE)
"""A contact card's first line, `Contact DetailsAcme Public Relations`, names the company."""
_FOLLOW = re.compile(r"\s*(?:follow|visit|like|find)\b", re.IGNORECASE)
"""`Follow Digital Turbine`: a social-links label names the company, not a person."""
_NOT_A_PERSON_AFTER = re.compile(
    r"""
    ^(?:Inc|Corp|Co|Ltd|LLC|LLP|plc|GmbH|AG|SE|S\.?A|N\.?V|B\.?V)\b   # `Visible Assets, Inc`
    | ^[A-Z]{2}\ \d{5}                                           # `San Diego, CA 92127`
    | ^\d{4,5}\b                                                 # `Hamburg, 22419`
    | ^[\w.'’ -]{1,40}\ \d{1,5}[a-z]?$                            # `Elbroich | Am Falder 4`
    """,
    re.VERBOSE,
)
_LINK_LABEL = re.compile(r"[^:\n|]{1,60}:\s*(?=https?://|www\.)")


def _names(
    lines: Sequence[str], details: Sequence[str], urls: Sequence[str], *, pairs: bool = False
) -> list[str]:
    """People's names in the block: not companies, titles, headings or link labels."""
    return unique(_each_name(lines, details, urls, pairs=pairs))


def _each_name(
    lines: Sequence[str], details: Sequence[str], urls: Sequence[str], *, pairs: bool
) -> Iterator[str]:
    """The names `_names` keeps, in order and with repeats, read one at a time."""
    domains = {_NOT_ALNUM.sub("", d.split("@")[-1].split(".")[0].lower()) for d in details}
    domains |= {_SCHEME_WWW.sub("", u.lower()).split(".")[0] for u in urls}
    domains.discard("")
    for line in lines:
        line = _CARD_COMPANY.sub("", _without_fields(line))
        if "://" in line or "www." in line:  # what `_LINK_LABEL` looks ahead to
            line = _LINK_LABEL.sub("|", line)
        for detail in [*details, *urls]:
            line = line.replace(detail, "|")
        segments = [s for s in _SEGMENT_BREAK.split(_unglue(line).replace("|", ",")) if s]
        for index, segment in enumerate(segments):
            # Few segments hold a name: the tests of what stands around one come after.
            names = _names_in_segment(segment, pairs=pairs)
            if not names:
                continue
            previous = segments[index - 1].split() if index else []
            if previous and previous[-1].lower() in TITLE_WORDS:
                continue
            following = segments[index + 1] if index + 1 < len(segments) else ""
            if _NOT_A_PERSON_AFTER.match(following.strip()):
                continue
            if contact_heading(segment) or _FOLLOW.match(segment):
                continue
            for name in names:
                name = _without_company(name, domains)
                if not _names_a_place(name) and not _names_a_domain(name, domains):
                    yield name


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SCHEME_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")


def _without_fields(line: str) -> str:
    """The line with each `_NOT_PERSON_FIELD` blanked (each has a colon after its label)."""
    if ":" in line or "：" in line:
        return _NOT_PERSON_FIELD.sub("|", line)
    return line


def _without_company(name: str, domains: set[str]) -> str:
    """`Philipp Wolf Custify` (`custify.com`) -> `Philipp Wolf`: the company after the name."""
    words = name.split()
    last = _NOT_ALNUM.sub("", words[-1].lower())
    return " ".join(words[:-1]) if len(words) >= 3 and last in domains else name


def _names_a_place(name: str) -> bool:
    """`Los Angeles, CA`: a city or region in a card's address, not a person."""
    return name.upper() in CITIES or name.upper() in REGIONS


def _names_a_domain(name: str, domains: set[str]) -> bool:
    """Whether the words are the company of the block's addresses, not a person.

    A company's name is its domain (`Forvia Hella`, `forvia.com`;
    `RocketCup Coffee`, `rocketcupcoffee.com`): the name whole, its first
    word, or two of its words in a row run together inside a domain. A
    two-word name that opens a domain is a person with a business of their
    own name (`Alex Buckland`, `alexbucklandphotography.co.uk`).
    """
    words = [_NOT_ALNUM.sub("", w.lower()) for w in name.split()]
    if "".join(words) in domains or words[0] in domains:
        return True
    pairs = ["".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(
        len(pair) >= _DOMAIN_PAIR_CHARS
        and pair in domain
        and not (len(words) == 2 and domain.startswith(pair))
        for pair in pairs
        for domain in domains
    )


_DOMAIN_PAIR_CHARS = 8
"""Two words run together this long inside a domain are the company's name, not chance."""


# --- the block ----------------------------------------------------------------------


def parse_contact(lines: Sequence[str], urls: Sequence[str] = ()) -> Contact:
    """The contact block made of `lines` (heading included), with its details.

    `urls` are the link targets found in the block; http(s) ones are kept
    after the addresses written in the text (mailto links are not URLs).
    Emails, phones and URLs are kept as written; `names` are the people
    named, without honorifics (`Dr. Michael Duhme` -> `Michael Duhme`).
    """
    kept = [line.strip() for line in lines if line.strip()]
    text = "\n".join(kept)
    emails = unique(e for line in kept for e in find_emails(line))
    without_emails = [_blank(line, emails) for line in kept]
    phones = unique(p for line in without_emails for p in find_phones(line))
    written_urls = unique(u for line in without_emails for u in find_urls(line, ()))
    all_urls = find_urls("\n".join(written_urls), [*written_urls, *urls])
    pairs = len(emails) >= 2 or len(phones) >= 2
    names = _names(without_emails, [*emails, *phones], written_urls, pairs=pairs)
    return Contact(
        text=text,
        names=tuple(names),
        emails=tuple(emails),
        phones=tuple(phones),
        urls=tuple(all_urls),
    )


def names_person(lines: Sequence[str]) -> bool:
    """Whether `parse_contact(lines)` finds a person's name or an email (read no further)."""
    kept = [line.strip() for line in lines if line.strip()]
    if any(find_emails(line) for line in kept):
        return True
    phones = unique(p for line in kept for p in find_phones(line))
    written_urls = unique(u for line in kept for u in find_urls(line, ()))
    found = _each_name(kept, phones, written_urls, pairs=len(phones) >= 2)
    return next(found, None) is not None


def _blank(line: str, found: Sequence[str]) -> str:
    """The line with each found detail replaced by a segment break."""
    for detail in found:
        line = line.replace(detail, " | ")
    return line


def _is_prose(words: list[str]) -> bool:
    """Whether the words read as a sentence or more of narrative, not as a list of details.

    Ten words or more, most of them lowercase or function words;
    contact labels (`Email`, `Facebook`, `media`) count for neither side.
    """
    if len(words) < 10:
        return False
    # Prose is told as soon as its lowercase words are the share of all words (weighed
    # or not): fewer words weighed only raise the share.
    enough = _enough_lower(len(words))
    # Most prose is told by its all-lowercase words alone, counted without a loop here: each
    # counts below unless it is a neutral word (which, in `_NEUTRAL_WORDS`, is lowercase).
    if sum(map(str.islower, words)) - sum(map(_NEUTRAL_WORDS.__contains__, words)) >= enough:
        return True
    weighed = lower = 0
    for word in words:
        folded = word.lower()
        if folded in _NEUTRAL_WORDS:
            continue
        weighed += 1
        if word.islower() or folded in PROSE_WORDS:
            lower += 1
            if lower == enough:
                return True
    return bool(weighed) and lower / weighed >= _PROSE_SHARE


def _enough_lower(count: int) -> int:
    """The fewest lowercase words whose share of `count` words reads as prose."""
    enough = max(1, math.ceil(_PROSE_SHARE * count))
    while enough > 1 and (enough - 1) / count >= _PROSE_SHARE:
        enough -= 1
    while enough / count < _PROSE_SHARE:
        enough += 1
    return enough


_NEUTRAL_WORDS = LABEL_WORDS - PROSE_WORDS
_PROSE_SHARE = 0.55
"""Share of lowercase and function words from which ten words or more read as prose."""


def contact_score(text: str, *, heading: bool | None = None) -> float:
    """How much a block looks like contact details (0 to 1); 0 for narrative prose.

    Emails, phone numbers, `Tel:`/`E-Mail:` labels, a contact heading and
    few other words raise the score. A block that reads as prose (ten
    words or more, most of them lowercase or function words) scores
    0 even when a sentence mentions an email or a phone: `For further
    information, please contact Investor Relations at (301) 968-9300 or
    IR@AGNC.com.` is a body paragraph, as the corpus gold has it, while a
    short `Contact MOSTe at info@moste.org.` is a contact.

    `heading` is `contact_heading(text)` when the caller has it.
    """
    sample = text[:_SAMPLE_CHARS]
    if heading is None or len(text) > _SAMPLE_CHARS:
        heading = contact_heading(sample)
    details = may_hold_details(sample)
    # Most blocks of a release hold no email, phone number, web address, label or heading:
    # nothing to score, told by the cheapest tests.
    if not heading and not details and _holds_no_label_nor_heading(sample):
        return 0.0
    heading = heading or (
        _may_open_heading(sample)
        and may_contain(sample, _RUN_ON_WORDS)
        and _HEADING_THEN_WORD.match(sample) is not None
    )
    # The literal gates of the rest look in the text lowered once (None: a letter folds onto
    # ASCII, where each gate passes), as `may_contain` does.
    lowered = None if folds_onto_ascii(sample) else sample.lower()
    labels = None if heading or details else _label_count(sample, _names_any(lowered))
    if labels == 0:
        return 0.0
    emails = find_emails(sample)
    rest = _blank(sample, emails)
    links = find_links(rest)
    words: list[str] | None = None
    if not links and not VANITY_SHAPE.search(sample):
        # Prose under no contact heading, with no web address, scores 0 whatever phone
        # numbers it holds, found or not: blanking a phone number that has no letters
        # (digits and separators) removes no word and joins none, so its words are read
        # from the text without its emails, once (blanking an email makes no vanity shape).
        words = _words(rest)
        prose = _is_prose(words)
        if prose and not heading:
            return 0.0
    phones = find_phones(rest)
    if words is None:
        words = _words(_blank(_blank(rest, phones), links))
        prose = _is_prose(words)
    if prose and not (heading and (emails or phones)):
        return 0.0  # a heading with its details run in (`Pour en savoir plus : X, x@y.com`)
    if labels is None:
        labels = _label_count(sample, _names_any(lowered))
    links = unique(links, key=url_key)
    score = 0.45 * min(len(emails), 2) + 0.45 * min(len(phones), 2) + 0.2 * min(len(links), 3)
    score += 0.2 * min(labels, 3)
    if heading:
        score += 0.6
    if (emails or phones or labels) and len(words) <= 12:
        score += 0.2
    # A conference call's dial-in numbers are body text (nothing to take from a score of 0).
    if score > 0 and _holds_any(lowered, _DIAL_IN.literals) and _DIAL_IN.pattern.search(sample):
        score -= 0.5
    return max(0.0, min(score, 1.0))


_SAMPLE_CHARS = 5000
"""How much of a block is read for its score."""


def _holds_no_label_nor_heading(text: str) -> bool:
    """Whether the text holds no detail's label (`_label_count` is 0) and no contact heading
    run into its first word (`_HEADING_THEN_WORD`): tests no stricter than those, in one
    pass with fewer calls, the words either needs (a social network's name, one of
    `_RUN_ON_WORDS`) looked for in the text lowered once, as `may_contain` does."""
    if folds_onto_ascii(text):
        return False
    lowered = text.lower()
    if any(map(lowered.__contains__, _SOCIAL_WORDS)):
        return False
    if _runs_on_from_heading(text, lowered):
        return False
    return ":" not in text or not _may_close_label(text)


_RUN_ON_WORDS = ("contact", "nquiries")
"""Words one of which every `_HEADING_THEN_WORD` match holds: each of its headings ends in
`contact(s)` or `inquiries`/`enquiries` (a test reads the patterns to check it)."""


def _runs_on_from_heading(text: str, lowered: str) -> bool:
    """Whether `_HEADING_THEN_WORD` matches the text (`lowered`): not run where it holds none
    of `_RUN_ON_WORDS` or starts as no heading does (`_may_open_heading`: the pattern's
    lead and headings are `_HEADING`'s)."""
    return (
        _may_open_heading(text)
        and any(map(lowered.__contains__, _RUN_ON_WORDS))
        and _HEADING_THEN_WORD.match(text) is not None
    )


def _label_count(text: str, named: bool | None = None) -> int:
    """How many labels the text holds: the detail labels each closed by a colon, read before
    the colons only, and the social networks' names (their own scan, where one of them may
    stand: `named`, looked for if None). A detail's label holds no colon and no social
    network's name, nor does a name hold a label, so the two counts add up to one pattern's
    matches of either (the tests hold them to it)."""
    if named is None:
        named = may_contain(text, _SOCIAL_WORDS)
    return _closed_labels(text) + (len(_SOCIAL_NAME.pattern.findall(text)) if named else 0)


def _names_any(lowered: str | None) -> bool:
    """Whether a social network's name may stand in the text `lowered` (see `_holds_any`)."""
    return _holds_any(lowered, _SOCIAL_WORDS)


def _holds_any(lowered: str | None, literals: tuple[str, ...]) -> bool:
    """`may_contain` for a text lowered once: None stands for a text with a letter that folds
    onto ASCII, which may hold any literal."""
    return lowered is None or any(map(lowered.__contains__, literals))


def _closed_labels(text: str) -> int:
    """How many colons of the text close a detail's label (`Tel.:`, `E-Mail :`)."""
    count = 0
    colon = text.find(":")
    while colon >= 0:
        span = _label_span(text, colon)
        if span is not None and _LABEL_WORD.search(text, *span):
            count += 1
        colon = text.find(":", colon + 1)
    return count


def _label_span(text: str, colon: int) -> tuple[int, int] | None:
    """Before the colon, the span where a detail's label it closes may stand (up to
    `_LABEL_SPAN` characters, past a dot and spaces), if its word ends as a label does or is
    not ASCII (whose letters may fold onto a label's under `re.IGNORECASE`); else None."""
    end = _label_end(text, colon)
    start = max(0, end - _LABEL_SPAN)
    word = text[start:end]
    return (start, end) if not word.isascii() or word.lower().endswith(_LABEL_ENDS) else None


def _label_end(text: str, colon: int) -> int:
    """Where a label closed by the colon ends: before the spaces and the one dot the colon
    may follow (`Tel. :`)."""
    end = colon
    while end and text[end - 1].isspace():
        end -= 1
    if end and text[end - 1] == ".":
        end -= 1
    return end


def _may_close_label(text: str) -> bool:
    """Whether a colon of the text may close a detail's label (`_label_span`)."""
    colon = text.find(":")
    while colon >= 0:
        if _label_span(text, colon) is not None:
            return True
        colon = text.find(":", colon + 1)
    return False
