"""Skip the patterns that cannot match a document, before scanning it with them.

Most of a pack's ~600 phrase scanners never match a given policy, yet each one scans the whole
text. A pattern's *required literals* — runs of letters and digits that every match must contain
(``collect* personal data`` needs "collect", "personal" and "data") — are read off its regular
expression once; a document whose case-folded text lacks one of them cannot be matched by the pattern,
and the scan is skipped. Skipping a pattern that cannot match
changes nothing: the findings stay identical, offsets included.

The reading is conservative: only literals outside any alternation, optional part or character
class count; a pattern with a top-level ``|`` or nothing certain requires nothing and is always
scanned. Containment is checked on ``str.casefold()`` of both sides: letters that the patterns'
case-insensitive matching treats as equal fold to the same string, so a pattern that can match
is never skipped (the test suite compares every labelled document's findings with and without).
"""

from __future__ import annotations

import os
from typing import Any

ENABLED = os.environ.get("POLICYLENS_PREFILTER", "1") not in ("0", "off", "no", "false")
MIN_LITERAL = 3  # shorter literals are in almost every text: not worth checking
MAX_LITERALS = 3  # the longest ones (the most telling)

_memo: dict[str, tuple[str, ...]] = {}


def _group_end(src: str, i: int) -> int:
    """Index just past the group opened at ``src[i] == "("``."""
    depth = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(src, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced group")


def _class_end(src: str, i: int) -> int:
    """Index just past the character class opened at ``src[i] == "["`` (nested sets included)."""
    depth = 0
    n = len(src)
    j = i
    while j < n:
        ch = src[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            depth += 1
            if src[j + 1 : j + 2] == "^":
                j += 1
            if src[j + 1 : j + 2] == "]":  # "[]...]": a literal "]" first
                j += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError("unclosed class")


def _escape_end(src: str, i: int) -> int:
    """Index just past the escape starting at ``src[i] == "\\"``."""
    nxt = src[i + 1 : i + 2]
    if nxt in ("x", "u", "U", "N", "p", "P", "g") and src[i + 2 : i + 3] == "{":
        end = src.find("}", i + 3)
        return len(src) if end < 0 else end + 1
    if nxt == "x":
        return i + 4
    if nxt == "u":
        return i + 6
    if nxt == "U":
        return i + 10
    if nxt.isdigit():
        j = i + 1
        while j < len(src) and src[j].isdigit():
            j += 1
        return j
    return i + 2


def _quantified(src: str, i: int) -> bool:
    """Whether a quantifier starts at ``src[i]`` (the item before it is optional or repeated)."""
    ch = src[i : i + 1]
    return ch in ("?", "*", "+") or (ch == "{" and _is_braces(src, i))


def _skip_quantifier(src: str, i: int) -> int:
    """Index just past the quantifier at ``src[i]`` (with a lazy or possessive mark)."""
    i = src.find("}", i) + 1 if src[i] == "{" else i + 1
    if src[i : i + 1] in ("?", "+"):
        i += 1
    return i


def _is_braces(src: str, i: int) -> bool:
    end = src.find("}", i)
    if end < 0:
        return False
    body = src[i + 1 : end]
    return bool(body) and all(c.isdigit() or c == "," for c in body)


def _literals(src: str, out: list[str]) -> None:
    """Add the literals every match of ``src`` (a sequence, no top-level ``|``) contains."""
    if _top_level_bar(src):
        return
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("".join(run))
            run.clear()

    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isalnum():
            j = i + 1
            if _quantified(src, j):  # "colou?r": this character is not certain ("colo", "r" are)
                flush()
                i = _skip_quantifier(src, j)
                continue
            run.append(ch)
            i = j
            continue
        flush()
        if ch == "\\":
            j = _escape_end(src, i)
        elif ch == "[":
            j = _class_end(src, i)
        elif ch == "(":
            j = _group_end(src, i)
            inner = src[i + 1 : j - 1]
            if not _quantified(src, j) or src[j : j + 1] == "+":
                if inner.startswith("?:"):
                    _literals(inner[2:], out)
                elif not inner.startswith("?"):  # a capturing group
                    _literals(inner, out)
                elif inner[:2] in ("?i", "?m", "?s", "?x", "?u", "?f", "?V", "?w", "?b", "?e", "?r", "?a", "?L"):
                    colon = inner.find(":")
                    if colon > 0 and inner[1:colon].replace("-", "").isalpha():
                        _literals(inner[colon + 1 :], out)
                # lookarounds, named groups, conditionals…: nothing certain
        else:
            j = i + 1
        i = _skip_quantifier(src, j) if _quantified(src, j) else j
    flush()


def _top_level_bar(src: str) -> bool:
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i = _escape_end(src, i)
            continue
        if ch == "[":
            i = _class_end(src, i)
            continue
        if ch == "(":
            i = _group_end(src, i)
            continue
        if ch == "|":
            return True
        i += 1
    return False


def required(pattern: str) -> tuple[str, ...]:
    """The (case-folded) literals every match of regular expression ``pattern`` contains: up to
    ``MAX_LITERALS`` of the longest, at least ``MIN_LITERAL`` characters each."""
    got = _memo.get(pattern)
    if got is not None:
        return got
    out: list[str] = []
    try:
        _literals(pattern, out)
    except (ValueError, IndexError):
        out = []
    lits = sorted({w.casefold() for w in out if len(w) >= MIN_LITERAL}, key=len, reverse=True)
    got = tuple(lits[:MAX_LITERALS])
    _memo[pattern] = got
    return got


class TextIndex:
    """A document's case-folded text, and which literals it contains (memoised)."""

    __slots__ = ("_has", "folded")

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()
        self._has: dict[str, bool] = {}

    def has(self, literal: str) -> bool:
        got = self._has.get(literal)
        if got is None:
            got = self._has[literal] = literal in self.folded
        return got

    def may_match(self, pattern: Any) -> bool:
        """False only when ``pattern`` (a compiled pattern) cannot match the text."""
        if not ENABLED:
            return True
        return all(self.has(lit) for lit in required(pattern.pattern))
