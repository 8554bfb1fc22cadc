"""Literal prefilters: a cheap `in` test that rules a case-insensitive pattern out.

Python's `re` tries a case-insensitive alternation at every position of a
text, and most blocks of a release hold none of its words. When every match
of a pattern must contain one of a few lowercase literals, looking for those
in the lowered text first answers most blocks at the speed of `str.find`, and
the pattern runs only where it may match, so the answer is the pattern's own.

The test is exact for any text without the four letters `re.IGNORECASE` folds
onto ASCII ones (`ſ` onto `s`, `K` onto `k`, `İ` and `ı` onto `i`; lowering a
text maps `ſ` and `ı` to no ASCII letter, and `İ` to two characters): where one
of them stands, the pattern always runs. Every other character an ASCII
literal matches, ignoring case, is that letter in either case, so the
lowered text holds the literal wherever the pattern's match does; curly
quotes and accents elsewhere in the text change nothing.

`prefix_tree` writes a long list of names (every month in every language)
as one pattern factored by shared prefixes, which `re` tries in a few steps
where it would try the names one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = [
    "Gated", "first_characters", "folds_onto_ascii", "gated_any", "literal_head",
    "longest_first_tree", "may_contain", "prefix_tree", "required_words",
]


FOLDED_ONTO = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The ASCII letters `re.IGNORECASE` matches a letter past ASCII with, and those letters:
`İ`, `ı`, `K`, `ſ` (a test holds this to every character)."""
_FOLDS_ONTO_ASCII = "".join(FOLDED_ONTO.values())


def folds_onto_ascii(text: str) -> bool:
    """Whether the text holds a letter `re.IGNORECASE` matches with an ASCII one (looked for
    one by one: four searches for a character cost less than a regex's scan of a text that
    is not ASCII)."""
    return not text.isascii() and any(map(text.__contains__, _FOLDS_ONTO_ASCII))


def may_contain(text: str, literals: tuple[str, ...]) -> bool:
    """False only when the text holds none of the lowercase `literals`, ignoring case (and
    none of the letters that fold onto ASCII ones)."""
    if folds_onto_ascii(text):
        return True
    lowered = text.lower()
    return any(map(lowered.__contains__, literals))  # map: no Python frame per literal


class Gated:
    """A pattern behind the literals every one of its matches contains.

    Given as a function that compiles it, the pattern is compiled on first use: where no
    text of a release passes the literals, never.
    """

    __slots__ = ("_build", "_pattern", "literals")

    def __init__(
        self,
        pattern: re.Pattern[str] | Callable[[], re.Pattern[str]],
        literals: tuple[str, ...],
    ) -> None:
        self._pattern = pattern if isinstance(pattern, re.Pattern) else None
        self._build = None if isinstance(pattern, re.Pattern) else pattern
        self.literals = literals

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was given as a function)."""
        if self._pattern is None:
            assert self._build is not None
            self._pattern = self._build()
        return self._pattern

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, without running it where it cannot match."""
        return self.pattern.search(text) if may_contain(text, self.literals) else None

    def findall(self, text: str) -> list[str]:
        """`pattern.findall(text)`, without running it where it cannot match."""
        return self.pattern.findall(text) if may_contain(text, self.literals) else []


def gated_any(
    fragments: tuple[str, ...], pattern: re.Pattern[str] | Callable[[], re.Pattern[str]]
) -> Gated:
    """`pattern` (compiled, or a function compiling it, from these regex fragments joined as
    alternatives) behind the words the fragments require; behind no prefilter when one of
    them requires no word."""
    words = required_words(fragments)
    return Gated(pattern, words if words is not None else ("",))


def required_words(fragments: tuple[str, ...]) -> tuple[str, ...] | None:
    """Lowercase ASCII words one of which each match of the fragments holds, or None when
    an alternative holds no such word for sure.

    Per alternative: its longest plain word, else the words of its first group whose every
    alternative holds one (`(?:photo|video)s? by` -> `photo`, `video`).
    """
    words: list[str] = []
    for fragment in fragments:
        if "(?x" in fragment:
            return None  # verbose: spaces and `#` are not literal
        for branch in _branches(fragment):
            found = _branch_words(branch)
            if found is None:
                return None
            words += found
    return tuple(dict.fromkeys(words))


def _branches(fragment: str) -> list[str]:
    """The fragment's top-level alternatives (`|` outside groups and classes)."""
    branches, start = [], 0
    for index, char, depth in _syntax(fragment):
        if char == "|" and depth == 0:
            branches.append(fragment[start:index])
            start = index + 1
    return [*branches, fragment[start:]]


def _syntax(fragment: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of the fragment from `start` outside escapes and character classes,
    with its index and the group depth once it is read."""
    depth, index = 0, start
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(fragment, index) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield index, char, depth
        index += 1


def _class_end(fragment: str, start: int) -> int:
    """Index of the `]` that closes the character class opened at `start`."""
    index = start + 1
    if fragment[index : index + 1] == "^":
        index += 1
    if fragment[index : index + 1] == "]":
        index += 1  # a `]` first in a class is a literal
    while index < len(fragment) and fragment[index] != "]":
        index += 2 if fragment[index] == "\\" else 1
    return index


_MIN_WORD = 3


def _branch_words(branch: str) -> tuple[str, ...] | None:
    """The longest plain ASCII word written at the top level of one alternative, never
    under a quantifier; else the words of its first group that requires some; else None."""
    runs: list[str] = []
    run: list[str] = []
    groups: list[tuple[str, ...]] = []
    depth, index, opened = 0, 0, 0
    while index < len(branch):
        char = branch[index]
        if char in "?*{":
            if run:
                run.pop()  # the atom before a quantifier may be missing
            if char == "{":
                index = branch.find("}", index)
                if index < 0:
                    return None
        elif depth == 0 and char not in "\\[]().^$|+":
            run.append(char)
            index += 1
            continue
        runs.append("".join(run))
        run = []
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(branch, index)
        elif char == "(":
            depth += 1
            opened = index if depth == 1 else opened
        elif char == ")":
            depth -= 1
            if depth == 0 and branch[index + 1 : index + 2] not in ("?", "*", "{"):
                groups += _group_words(branch[opened + 1 : index])
        index += 1
    runs.append("".join(run))
    words = [w for r in runs for w in r.split() if len(w) >= _MIN_WORD and w.isascii()]
    if words:
        return (max(words, key=len).lower(),)
    return groups[0] if groups else None


def _group_words(content: str) -> list[tuple[str, ...]]:
    """The words a group's content requires, as a one-item list (empty if none or unsure)."""
    if content.startswith("?:"):
        content = content[2:]
    elif content.startswith("?"):
        return []  # a lookaround, a flag group or a named group: not read
    words = required_words((content,))
    return [words] if words else []


_REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("*+?{")


def literal_head(pattern: str) -> str:
    """The text every match of a pattern (with no alternation at its top) starts with: its
    characters up to the first of regex syntax, less one a quantifier makes optional; ""
    when the pattern holds a `|` anywhere."""
    if "|" in pattern:
        return ""
    size = 0
    while size < len(pattern) and pattern[size] not in _REGEX_SYNTAX:
        size += 1
    if size < len(pattern) and pattern[size] in _QUANTIFIERS:
        size -= 1
    return pattern[: max(size, 0)]


def first_characters(fragments: tuple[str, ...]) -> str | None:
    """The characters one of which every match of the fragments (joined as alternatives)
    starts with, or None when an alternative's first character is not plain for sure.

    `re` tries a case-insensitive alternation branch by branch at every position of a
    text; a lookahead of these characters first (`(?=[iatp])`) rules most positions out at
    once, and as it is a class tried with the same flags, the matches stay the same.
    """
    found: set[str] = set()
    for fragment in fragments:
        for branch in _branches(fragment):
            first = _branch_first(branch)
            if first is None:
                return None
            found |= first
    return "".join(sorted(found))


def openers(patterns: Sequence[str]) -> frozenset[str]:
    """The characters a case-insensitive match of the patterns (joined as alternatives) at a
    text's start can open with: `first_characters` in both cases, and those that fold onto
    them. A text that opens with none of them need not be matched."""
    first = first_characters(tuple(patterns))
    if first is None:
        raise ValueError("an alternative opens with no plain character")
    found: set[str] = set()
    for char in first:
        lower = char.lower()
        found |= {char, lower, lower.upper(), *FOLDED_ONTO.get(lower, "")}
    return frozenset(found)


def _branch_first(branch: str) -> set[str] | None:
    """The characters one alternative can start with: its first literal character (an
    escaped space or punctuation mark counts) or those of the non-capturing group it opens
    with, and those of what follows when that atom is optional; None for anything else (a
    class, a character escape, a lookaround, a bounded repeat)."""
    if branch.startswith("(?:"):
        end = _group_end(branch, 0)
        inner = first_characters((branch[3:end],)) if end is not None else None
        if end is None or inner is None:
            return None
        first, size = set(inner), end + 1
    elif branch[:1] == "\\" and branch[1:2] and not branch[1].isalnum():
        first, size = {branch[1]}, 2  # `\ `, `\(`: the character itself
    elif branch[:1] and branch[0] not in "\\[]().^$|*+?{} ":
        first, size = {branch[0]}, 1
    else:
        return None
    quantifier = branch[size : size + 1]
    if quantifier == "{":
        return None  # a bounded repeat may be {0,n}
    if quantifier not in ("?", "*"):
        return first
    if branch[size + 1 : size + 2] == "?":
        return None  # a lazy mark: not read
    rest = _branch_first(branch[size + 1 :])  # the atom may be missing: what follows starts
    return first | rest if rest is not None else None


def _group_end(fragment: str, start: int) -> int | None:
    """Index of the `)` that closes the group opened at `start`, or None."""
    for index, char, depth in _syntax(fragment, start):
        if char == ")" and depth == 0:
            return index
    return None


def prefix_tree(names: Iterable[str]) -> str:
    """A regex alternation of the names, factored by their shared prefixes (`jan(?:uary)?`).

    It matches the same strings as the names joined by `|`. At each step the longer name
    is tried first, but names that differ only in case are separate branches, so use it
    where only whether one matches counts (a lookahead), not which.
    """
    return _tree_pattern(_trie(names))


_Node = dict[str, "_Node"]


def _trie(names: Iterable[str]) -> _Node:
    """The names as a tree of their characters; `""` marks where a name ends."""
    root: _Node = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _tree_pattern(node: _Node) -> str:
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def longest_first_tree(names: Iterable[str], space: str) -> str:
    """A regex of the names factored by shared prefixes (`NYSE(?:[ \\t]+American)?`), a space
    in a name matching `space`, that tries them in the order an alternation of them sorted
    longest first does: every name that matches at a position is a prefix of the longest
    one that does, and a node's branches start with characters no one text character
    matches two of, so the longer name is tried first, the shorter on backtracking.

    That holds for names matched with their case, and for lowercase names under
    `IGNORECASE` without two letters that fold together (`s` and `ſ`); `space` must match
    no name's character. The factored pattern is shorter, and quicker to compile.
    """
    return _longest_first_pattern(_trie(names), space)


def _longest_first_pattern(node: _Node, space: str) -> str:
    """The pattern of one node of a `longest_first_tree`: optional where a name ends."""
    branches = [
        (space if char == " " else re.escape(char)) + _longest_first_pattern(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
