"""The header zone: which block is the headline, where the deck ends.

The headline is the best-scored title-like block of the window of header
blocks above the dateline (page furniture between them is passed over); a
page's declared title (front matter, `og:title`) confirms it or stands in for
it. Without a dateline, the densest run of prose paragraphs marks where the
body starts and the headline is looked for above it. This module is the one
place that decides the headline and the deck, and the one place that cleans
a headline's text (`headline_text`). It reads each block's `Facts` and asks
no block a question itself.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from itertools import filterfalse

from ._blocks import Block, Hint, PageMeta
from ._cues import meta as meta_line
from ._cues import title_label_end, word_count
from ._cut import DATELINE_SEARCH
from ._data import cues
from ._data.contacts import PRESS_OFFICES
from ._facts import Facts

# How much better a headline above the wire's wrapper lines must read than those below.
_CLEARLY_BETTER = 1.0
# Hint members read for every header block, bound once: `Hint.X` is looked up through the
# enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_RULE, _HEADING, _EMPHASIS, _LIST_ITEM = Hint.RULE, Hint.HEADING, Hint.EMPHASIS, Hint.LIST_ITEM
_CONTACT_TABLE_HINTS = (Hint.TABLE_ROW, Hint.RULE)
# A headline wrapped onto two lines: its words together, and how title-cased both lines are.
_WRAPPED_WORDS = 30
_TITLE_CASE = 0.75
# How many blocks of content a header (headline, deck, meta lines) may span.
_HEADER_SPAN = 12
# Words from which a paragraph is prose however it ends (a teaser cut off with `…`).
_LONG_PARAGRAPH = 40
# Where a page title's site name is cut off: `Acme Buys Beta | Acme Newsroom`.
_SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_NON_WORD = re.compile(r"\W+")
# Headlines short enough to be found elsewhere verbatim, long enough not to match by chance.
_MIN_RESTORED, _MAX_RESTORED = 20, 300
_ACCENTED = re.compile("[\u00c0-\u024f]")
_COMBINING_MARK = re.compile("[\u0300-\u036f]+")
_PIECE_END = "<"
"""Where the source is cut into pieces for folding, besides its line breaks."""
_CORRECTION = re.compile(
    r"^(?:" + "|".join(cues.HEADLINE_NOTICES) + r")\s*(?:[-–—:]+|\s)\s*(?=\w)", re.IGNORECASE
)
_HEADLINE_LABEL = re.compile(r"\b(?:" + "|".join(cues.HEADLINE_LABELS) + r")\s+(?=[A-Z0-9])")
_ENDS_WITH_PREPOSITION = re.compile(r"\b(?:from|by|with|to|of|via|on|and|for)$", re.IGNORECASE)
_HEADLINE_WIRE = re.compile(r"\s+(?:" + "|".join(cues.HEADLINE_WIRE_NAMES) + r")\s*$")
# A title written without spaces this long is a headline's length (CJK scripts).
_MIN_UNSPACED_TITLE = 12
_REPOSTED_BY = re.compile(r"\s+\(([^()]{2,80})\)\s*$")
_FILE_NAME = re.compile(r"\.(?:s?html?|txt|pdf|xml|aspx?|php)$", re.IGNORECASE)


_PRESS_OFFICER = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)*[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|von|van|de)){1,3}"
    rf"\s*[,|–-]?\s+(?:{'|'.join(PRESS_OFFICES)})"
)
# A press officer's line: a name, an office and maybe the institution, this many words at most.
_PRESS_OFFICER_WORDS = 14


def press_officer(block: Block, fact: Facts) -> bool:
    """The line names the person and office that send the release (`Dr. Karin J. Schmitz
    Abteilung Öffentlichkeitsarbeit`), as idw and newsrooms print it under the title."""
    return fact.words <= _PRESS_OFFICER_WORDS and _PRESS_OFFICER.match(block.text) is not None


def _headerish(block: Block, fact: Facts) -> bool:
    return block.hint is _RULE or not (fact.chrome or fact.link_list)


def headline_candidate(fact: Facts) -> bool:
    """Whether a block may be the headline: title-like, and no label, footer, contact,
    quotation or date line."""
    return (
        fact.title_like
        and not fact.meta
        and not fact.wire_footer
        and not fact.contact_heading
        and not fact.quoted
        and not fact.date_line
    )


def _headline_score(block: Block, fact: Facts) -> float:
    """How much a header block looks like the headline rather than a deck line."""
    text = block.text
    score = 0.0
    if block.hint is _HEADING:
        score += 3.0 if block.level <= 1 else 2.0
    elif block.hint is _EMPHASIS:
        score += 1.0
    elif block.hint is _LIST_ITEM:
        score -= 2.0  # highlight bullets are deck lines
    score += 1.5 * fact.title_case
    if 30 <= len(text) <= 220:
        score += 1.0
    elif len(text) < 20:
        score -= 1.0
    if fact.sentence:
        score -= 1.0
    if "|" in text or fact.words > 40:
        score -= 1.5
    return score


def _under_contact_heading(block: Block, fact: Facts, lines_so_far: int) -> bool:
    """A line of a contact block: set right under it, or a short row of a contact table."""
    if not block.gap_before:
        return True
    return lines_so_far <= 8 and fact.contact_line and block.hint in _CONTACT_TABLE_HINTS


def header_contact_lines(
    blocks: Sequence[Block], facts: Sequence[Facts], start: int, end: int
) -> set[int]:
    """Header blocks that belong to a contact block (a contact heading and the lines under it,
    or a press officer's line and the institution's under it)."""
    return header_contact_blocks(blocks, facts, start, end)[0]


def header_contact_blocks(
    blocks: Sequence[Block], facts: Sequence[Facts], start: int, end: int
) -> tuple[set[int], set[int]]:
    """The header's contact blocks: their lines (`header_contact_lines`), and those of the
    header's blocks that head one (a contact heading or a press officer's line), each block
    asked once whether it is a press officer's line."""
    lines: set[int] = set()
    headings: set[int] = set()
    index = start
    while index < end:
        officer = press_officer(blocks[index], facts[index])
        if officer or facts[index].contact_heading:
            headings.add(index)
        if (facts[index].contact_heading and facts[index].words <= 12) or officer:
            lines.add(index)
            index += 1
            while index < end and _under_contact_heading(
                blocks[index], facts[index], index - start
            ):
                lines.add(index)
                if facts[index].contact_heading or press_officer(blocks[index], facts[index]):
                    headings.add(index)
                index += 1
        else:
            index += 1
    return lines, headings


def _header_window(blocks: Sequence[Block], facts: Sequence[Facts], end: int) -> int:
    """The first block of the window before block `end` that may hold the header.

    Page furniture (share buttons, "News provided by", a timestamp) often
    stands between the headline and the dateline, so chrome is passed over,
    but only `_HEADER_SPAN` blocks of content are taken.
    """
    start, content = end, 0
    while start > 0 and content < _HEADER_SPAN:
        start -= 1
        if blocks[start].hint is not _RULE and not (
            facts[start].chrome or facts[start].link_list
        ):
            content += 1
    return start


def headline_before(
    blocks: Sequence[Block], facts: Sequence[Facts], end: int, first: int = 0
) -> tuple[int, int | None]:
    """(release start, headline index) for a header that ends before block `end`; blocks
    before `first` (a front matter) are not the release's."""
    start = max(first, _header_window(blocks, facts, end))
    # The wire's wrapper lines (`Press Release: ...`, `Source: X`) stand just above the headline.
    # A byline or time stamp under the headline is a meta line too: a candidate above the
    # last one that reads far more like a headline than any below it wins.
    wrapper = [i for i in range(start, end) if facts[i].wire_footer or facts[i].meta]
    contacts = header_contact_lines(blocks, facts, start, end)
    candidates = [
        i
        for i in range(start, end)
        if i not in contacts  # a press officer's line among them
        and _headerish(blocks[i], facts[i])
        and headline_candidate(facts[i])
    ]
    if candidates:
        run = _header_run(blocks, facts, end)  # the same for every candidate: read once
        ranks = {i: _headline_rank(blocks, facts, i, end, run) for i in candidates}
        best = max(candidates, key=ranks.__getitem__)
        below = [i for i in candidates if wrapper and i > wrapper[-1]]
        if below:
            nearest = max(below, key=ranks.__getitem__)
            margin = _headline_score(blocks[best], facts[best]) - _headline_score(
                blocks[nearest], facts[nearest]
            )
            best = best if margin >= _CLEARLY_BETTER else nearest
        return start, best
    labelled = [i for i in wrapper if facts[i].labelled_title]
    return (start, labelled[-1]) if labelled else (end, None)


def _header_run(blocks: Sequence[Block], facts: Sequence[Facts], end: int) -> int:
    """Where the run of header blocks right above block `end` starts: the headline, the deck
    and the wire's lines stand together, page chrome (menus, share buttons) apart from them."""
    first = end
    while first > 0 and _headerish(blocks[first - 1], facts[first - 1]):
        first -= 1
    return first


def _headline_rank(
    blocks: Sequence[Block], facts: Sequence[Facts], index: int, end: int, run: int
) -> tuple[float, int]:
    """A candidate's headline score, less a little for each block of content below it
    (`run`: where the run of header blocks right above block `end` starts, `_header_run`)."""
    below = sum(1 for j in range(index + 1, end) if blocks[j].hint is not _RULE)
    score = _headline_score(blocks[index], facts[index])
    if index >= run:
        return score, -index  # the header's own run: the first of lines set alike
    return score - 0.1 * below, -index


def _one_headline(first: Block, second: Block, facts: tuple[Facts, Facts]) -> bool:
    """Two lines that read as one headline: short lines set alike (`**Acme Buys**` /
    `**Beta**`), or a title-case headline wrapped onto the next line with no blank line
    between (`Acme Unveils Picker That Learns` / `New Items in Minutes`)."""
    if facts[0].sentence or not headline_candidate(facts[1]):
        return False
    short = facts[0].words <= 6 and facts[1].words <= 8
    alike = (
        first.hint is second.hint
        and first.hint in (Hint.EMPHASIS, Hint.HEADING)
        and first.level == second.level
    )
    return (short and alike) or _wrapped(first, second, facts)


def _wrapped(first: Block, second: Block, facts: tuple[Facts, Facts]) -> bool:
    """A title-case line run on, with no blank line, by another title-case line."""
    return (
        not second.gap_before
        and first.hint is second.hint is Hint.PARAGRAPH
        and facts[0].words + facts[1].words <= _WRAPPED_WORDS
        and min(facts[0].title_case, facts[1].title_case) >= _TITLE_CASE
        and not first.text.rstrip().endswith((":", ",", ";"))
        and second.text[:1].isupper()
    )


def headline_span(
    blocks: Sequence[Block], facts: Sequence[Facts], headline: int, end: int
) -> tuple[int, int]:
    """The headline's first block and how many blocks it spans (1 or 2)."""
    above = headline - 1
    if (
        above >= 0
        and headline_candidate(facts[above])
        and _one_headline(blocks[above], blocks[headline], (facts[above], facts[headline]))
    ):
        return above, 2
    below = headline + 1
    if below < end and _one_headline(
        blocks[headline], blocks[below], (facts[headline], facts[below])
    ):
        return headline, 2
    return headline, 1


def deck_end(blocks: Sequence[Block], facts: Sequence[Facts], headline: int, end: int) -> int:
    """Where the deck under a headline stops: at the first chrome, contact or footer line.

    A byline or time stamp between the headline and its deck (`By Jane Doe`, `Published
    Thu Feb 07 2013`) is passed over: it is a meta line, and the deck goes on under it.
    """
    index = headline + 1
    while index < end:
        fact = facts[index]
        if blocks[index].hint is not _RULE and (
            not _headerish(blocks[index], fact) or fact.contact_heading or fact.wire_footer
        ):
            break
        index += 1
    return index


def _prose_weight(block: Block, fact: Facts) -> float:
    """How much a block speaks for being part of a release's narrative."""
    words = fact.words
    if fact.chrome or fact.link_list:
        return -8.0
    reads_on = fact.sentence or words >= _LONG_PARAGRAPH  # `... and…`
    if words >= 15 and reads_on and block.link_chars < 0.3 * len(block.text):
        return float(words)
    return -3.0 if words < 8 else 0.0


def densest_run(
    blocks: Sequence[Block], facts: Sequence[Facts], first: int, end: int
) -> int | None:
    """Where the densest run of prose paragraphs in `blocks[first:end]` starts (a release
    without a dateline); None when no paragraph there reads as prose."""
    best_sum, best_start = 0.0, None
    running, running_start = 0.0, first
    for index in range(first, end):
        weight = _prose_weight(blocks[index], facts[index])
        if running <= 0:
            running, running_start = 0.0, index
        running += weight
        if running > best_sum:
            best_sum, best_start = running, running_start
    return best_start


def headline_without_dateline(
    blocks: Sequence[Block], facts: Sequence[Facts], first: int
) -> int | None:
    """With no dateline: the first top-level heading, else the first title-like block."""
    window = range(first, min(len(blocks), DATELINE_SEARCH))
    for index in window:
        block = blocks[index]
        if block.hint is _HEADING and block.level == 1 and headline_candidate(facts[index]):
            return index
    for index in window:
        fact = facts[index]
        if _headerish(blocks[index], fact) and headline_candidate(fact) and fact.words >= 3:
            return index
    return None


def _normal(text: str) -> str:
    return _normal_folded(text.casefold())


def _normal_folded(folded: str) -> str:
    return _NON_WORD.sub(" ", folded).strip()


def _opens_with(folded: str, words: tuple[str, ...]) -> bool:
    """Whether the text opens with one of `words` past its leading non-word characters (as
    its normal form opens)."""
    lead = _NON_WORD.match(folded)
    return folded.startswith(words, lead.end() if lead is not None else 0)


def _long_enough(title: str) -> bool:
    """Four words or more; a title in a script written without spaces (Chinese, Japanese)
    by its length."""
    if " " not in title.strip():
        return len(title) >= _MIN_UNSPACED_TITLE
    return word_count(title) >= 4


def declared_titles(meta: PageMeta) -> list[str]:
    """The page's declared headline and title, each also without a site name.

    Titles that cannot be a headline (`Document`, `orcl-ex991_6.htm`, an exhibit's
    cover line `Text of press release issued by ...`) are left out.
    """
    titles: list[str] = []
    for title in (meta.headline, meta.title):
        if title and _long_enough(title) and not _FILE_NAME.search(title) and not _meta(title):
            titles.append(title)
            titles.extend(part for part in _SITE_NAME_SEPARATOR.split(title) if len(part) >= 20)
    return titles


def _meta(title: str) -> bool:
    return meta_line(Block(text=title, start=0, end=0))


def block_with_title(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    titles: Sequence[str],
    end: int,
    *,
    nearest: bool = False,
) -> int | None:
    """A block before `end` that may be a headline and reads as a declared title: the
    first, or with `nearest` the one nearest `end` (above a dateline the headline is the
    copy right over the release; a page's title block stands further up)."""
    wanted = {_normal(t) for t in titles} - {""}
    if not wanted:
        return None
    # A text's normal form is never longer than the text casefolded, and opens with the text's
    # first word: other blocks are not read whole.
    shortest = min(map(len, wanted), default=0)
    heads = tuple({title.split(" ", 1)[0] for title in wanted})
    found = [
        index
        for index, block in enumerate(blocks[:end])
        if len(folded := block.text.casefold()) >= shortest
        and _opens_with(folded, heads)
        and _normal_folded(folded) in wanted
        and headline_candidate(facts[index])
    ]
    if not found:
        return None
    return found[-1] if nearest else found[0]


@functools.cache
def _accented_forms() -> dict[str, str]:
    """Each ASCII letter with the Latin letters that fold to it (`u` -> `uúùûüū…`)."""
    forms: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            forms[base] = forms.get(base, base) + char
    return forms


def _accent_blind(text: str) -> re.Pattern[str]:
    """`text` as a pattern whose letters match their accented forms too."""
    forms = _accented_forms()
    parts = (f"[{forms[ch]}]" if ch in forms else re.escape(ch) for ch in text)
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def _folding_adds_copies(headline: str, source: str) -> bool:
    """Whether the source with its accents folded away (`verfügbar` -> `verfugbar`) holds
    more copies of the ASCII `headline` than the source itself.

    Folding drops the marks decomposition splits off and keeps every ASCII character:
    with all that is not ASCII dropped instead, each copy in the folded source is still
    one (and those apart stay apart), so where the source so stripped holds no more
    copies than the source, the folded source holds none more either, told without
    folding it."""
    decomposed = unicodedata.normalize("NFD", source)
    copies = source.count(headline)
    if decomposed.encode("ascii", "ignore").count(headline.encode("ascii")) <= copies:
        return False
    return _COMBINING_MARK.sub("", decomposed).count(headline) > copies


def _folding_scope(headline: str, source: str) -> str:
    """The pieces of the source whose folding may add copies of the ASCII `headline`, one
    under the other (`restore_accents` tells why its answer is the whole source's)."""
    if "\n" in headline:
        return source
    lines = filterfalse(str.isascii, source.split("\n"))
    if _PIECE_END in headline:
        return "\n".join(lines)
    return "\n".join(filterfalse(str.isascii, _PIECE_END.join(lines).split(_PIECE_END)))


def restore_accents(headline: str, source: str) -> str:
    """The headline as the document writes it elsewhere, when a converter folded its accents.

    Crawlers that mishandle character references in a heading turn
    `verf&uuml;gbar` into `verfugbar` while the page's share links and
    metadata keep `verfügbar`: an ASCII headline with an accented copy in the
    same document is that copy.

    Only the source's pieces with a non-ASCII character are searched and folded (an
    accented character is one of them): its lines, cut at each `<` too (a page's tags
    open so) when the headline holds none. A line break or a `<` is an ASCII starter,
    which decomposition keeps as it is and never reorders across, so the folded source
    is its pieces folded one by one; a headline with neither is found within one piece,
    folded or not, so each count of it is the sum of the pieces' counts, and an ASCII
    piece folds to itself and adds as many copies to both.
    """
    if (
        not headline.isascii()
        or not _MIN_RESTORED <= len(headline) <= _MAX_RESTORED
        or source.isascii()
    ):
        return headline
    scope = _folding_scope(headline, source)
    if not _folding_adds_copies(headline, scope) or _ACCENTED.search(scope) is None:
        return headline  # no accented copy: the cheap tests spare compiling the pattern
    for match in _accent_blind(headline).finditer(source):
        if not match.group().isascii():
            return match.group()
    return headline


def headline_text(
    blocks: Sequence[Block], first: int, span: int, wire: str | None, source: str
) -> str:
    """The headline's text, cleaned once: its blocks joined, a portal's label and the
    wire's credit cut off, folded accents restored."""
    text = clean_headline(" ".join(b.text for b in blocks[first : first + span]), wire)
    return restore_accents(text, source) if text else text


def clean_headline(text: str, wire: str | None = None) -> str:
    """A headline without a portal's section label before it or the wire's credit after it.

    A label counts where it opens the line, or ends a run of page menu words before the
    headline; "Acme Issues Press Release on ..." keeps its words. A wire's correction
    notice before the title (`CORRECTION - Acme ...`, `CORRECTION ET MISE À JOUR - ...`)
    is the wire's, not the headline's.
    """
    text = text[title_label_end(text) :]
    notice = _CORRECTION.match(text)
    if notice and word_count(text[notice.end() :]) >= 4:
        text = text[notice.end() :]
    labels = list(_HEADLINE_LABEL.finditer(text))
    if labels:
        label = labels[-1]
        leads = label.start() == 0 or word_count(text[: label.start()]) >= 8
        if leads and word_count(text[label.end() :]) >= 4:
            text = text[label.end() :]
    reposted = _REPOSTED_BY.search(text) if text.rstrip().endswith(")") else None
    if reposted and reposted.group(1).split()[-1].casefold() in cues.CORPORATE_SUFFIXES:
        text = text[: reposted.start()]  # a reposting site's `(Acme Corp.)` after the title
    credit = _HEADLINE_WIRE.search(text) if wire else None
    if credit and wire and credit.group().strip().casefold() == wire.casefold():
        before = text[: credit.start()]
        if word_count(before) >= 4 and not _ENDS_WITH_PREPOSITION.search(before):
            text = before
    return text.strip()
