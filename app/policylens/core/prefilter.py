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

import bisect
import collections
import functools
import itertools
import os
import re
import time
from collections.abc import Iterable, Iterator
from typing import Any

import regex

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


_LEAD = "(?<![\\w])(?:"  # how phrase_to_regex starts a phrase that starts with a word
_leading_memo: dict[str, str | None] = {}


def leading(pattern: str) -> str | None:
    """The literal every match of ``pattern`` starts with (case aside), at the start of a word
    — "collect" for ``collect* data`` —, or None when the pattern
    is not of that shape (a raw ``re:`` pattern, a leading group, a top-level ``|``)."""
    got = _leading_memo.get(pattern, "")
    if got != "":
        return got
    got = None
    try:
        if pattern.startswith(_LEAD) and not _top_level_bar(pattern):
            end = _group_end(pattern, len(_LEAD) - 3)
            inner = pattern[len(_LEAD) : end - 1]
            if not _top_level_bar(inner) and not _quantified(pattern, end):
                run = []
                for k, ch in enumerate(inner):
                    if not ch.isalnum():
                        break
                    if _quantified(inner, k + 1):  # "colou?r": the "u" is not certain
                        break
                    run.append(ch)
                if run:
                    got = "".join(run)
    except (ValueError, IndexError):
        got = None
    _leading_memo[pattern] = got
    return got


MATCH_COST = 256  # one match() at a word costs about as much as scanning this many characters
PLACE_COST = 64  # a literal's place, checked by matching the rest of a pattern there (mostly failing at once)


def _fold1(c: str) -> str | None:
    """``c`` case-folded to one character, or None. "ß" and "ẞ" (which case-insensitive matching
    pairs) both give "ß"; a letter whose folding is longer ("İ" → "i̇", while "İ" matches "i")
    gives None."""
    if c in "ßẞ":
        return "ß"
    f = c.casefold()
    return f if len(f) == 1 else None


@functools.cache
def _folded_lead(lead: str) -> str:
    """``lead`` (a pattern's leading literal) folded letter for letter (:func:`_fold1`), without the
    letters that fold to more than one character (then shorter than ``lead``): once per literal."""
    return "".join(f for f in map(_fold1, lead) if f is not None)


def _split_top_level(src: str) -> list[str]:
    """``src`` cut at its top-level ``|``."""
    parts: list[str] = []
    i = last = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i = _escape_end(src, i)
        elif ch == "[":
            i = _class_end(src, i)
        elif ch == "(":
            i = _group_end(src, i)
        elif ch == "|":
            parts.append(src[last:i])
            i = last = i + 1
        else:
            i += 1
    parts.append(src[last:])
    return parts


MAX_EXPANSIONS = 16  # sequences an alternative may open into (see _expansions)


def _expansions(seq: str, limit: int = MAX_EXPANSIONS) -> list[str]:
    """``seq`` (a sequence: no top-level ``|``) as the sequences whose union it matches: each group
    of alternatives every match goes through (not optional) opened up, left to right — ``n(?:e\\s|')
    ~ (?:pas|jamais)`` as ``n(?:e\\s) ~ (?:pas)``, ``n(?:e\\s) ~ (?:jamais)``, … Each holds the
    literals of the alternative it took, which the group as a whole did not. ``[seq]`` when it would
    open into more than ``limit``."""
    i, n = 0, len(seq)
    while i < n:
        ch = seq[i]
        if ch == "\\":
            i = _escape_end(seq, i)
            continue
        if ch == "[":
            i = _class_end(seq, i)
            continue
        if ch != "(":
            i += 1
            continue
        j = _group_end(seq, i)
        inner = seq[i + 1 : j - 1]
        body = inner[2:] if inner.startswith("?:") else (None if inner.startswith("?") else inner)
        if body is not None and (not _quantified(seq, j) or seq[j : j + 1] == "+"):  # one pass at least
            heads = [h for part in _split_top_level(body) for h in _expansions(part, limit)]
            if heads != [body]:
                end = _skip_quantifier(seq, j) if _quantified(seq, j) else j
                tails = _expansions(seq[end:], limit)
                if len(heads) * len(tails) > limit:
                    return [seq]
                return [f"{seq[:i]}(?:{h}){tail}" for h in heads for tail in tails]
        i = j
    return [seq]


_alternatives_memo: dict[str, tuple[tuple[str, ...], ...] | None] = {}


def alternatives(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """For each top-level alternative of ``pattern``, the (case-folded) literals it requires (up to
    ``MAX_LITERALS`` of the longest, of any length); None when one alternative requires none."""
    if pattern in _alternatives_memo:
        return _alternatives_memo[pattern]
    got: tuple[tuple[str, ...], ...] | None
    try:
        sets = []
        for alt in _split_top_level(pattern):
            for seq in _expansions(alt):
                out: list[str] = []
                _literals(seq, out)
                lits = sorted({w.casefold() for w in out if w}, key=len, reverse=True)[:MAX_LITERALS]
                if not lits:
                    raise ValueError("an alternative with no literal")
                sets.append(tuple(lits))
        # the longest literals first: the rarest, and a pattern can be told out sooner
        got = tuple(sorted(set(sets), key=lambda ls: -len(ls[0])))
    except (ValueError, IndexError):
        got = None
    _alternatives_memo[pattern] = got
    return got


MAX_CLASS = 6  # characters of a class that sign_alternatives opens into alternatives
_META = frozenset("\\[](){}|.^$*+?#")  # characters with a meaning of their own in a pattern (outside a class)
_BEHIND_NON_WORD = ("?<!\\w", "?<![\\w]")  # look-behinds: the character before is no word character
_SPACES = ("\\s", "[\\s\\u00a0]", "[\\s\\xa0]", " ")  # items that match one white space


def _sign_literals(src: str) -> list[tuple[str, bool]]:
    """The literals every match of ``src`` (a sequence, no top-level ``|``) holds, with the signs written
    in them ("n't", "e-mail"), each with whether the pattern puts a white space or a non-word character
    (or the text's start) right before it: after ``(?<!\\w)``, ``\\b`` or a white space. A group of one
    sequence that is not repeated is read in line ("n(?:')t" holds "n't")."""
    out: list[tuple[str, bool]] = []
    if _top_level_bar(src):
        return out
    run: list[str] = []
    run_bound = bound = False  # bound: the next character has a space or a non-word character before it

    def flush() -> None:
        if run:
            out.append(("".join(run), run_bound))
            run.clear()

    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        lit: str | None = None
        space = False
        if ch == "(":
            j = _group_end(src, i)
            inner = src[i + 1 : j - 1]
            body = inner[2:] if inner.startswith("?:") else (None if inner.startswith("?") else inner)
            repeated = _quantified(src, j)
            if body is not None and not repeated and not _top_level_bar(body):
                src = src[:i] + body + src[j:]
                n = len(src)
                continue
            flush()
            if inner in _BEHIND_NON_WORD and not repeated:
                bound = True
            elif not inner.startswith(("?=", "?!")):  # (a look-ahead leaves what comes before as it was)
                if body is not None and (not repeated or src[j : j + 1] == "+"):
                    out.extend(_sign_literals(body))
                bound = False
            i = _skip_quantifier(src, j) if repeated else j
            continue
        if ch == "\\":
            j = _escape_end(src, i)
            esc = src[i + 1 : j]
            if esc == "b" and not _quantified(src, j):
                flush()
                bound = src[j : j + 1].isalnum()  # "\\bno": the character before "n" is no word character
                i = j
                continue
            if esc and not esc.isalnum() and not esc.isspace():
                lit = esc
            space = src[i:j] in _SPACES
        elif ch == "[":
            j = _class_end(src, i)
            space = src[i:j] in _SPACES
        else:
            j = i + 1
            if ch.isspace():
                space = True
            elif ch not in _META:
                lit = ch
        repeated = _quantified(src, j)
        if lit is not None and not repeated:
            if not run:
                run_bound = bound
            run.append(lit)
            bound = False
            i = j
            continue
        flush()
        bound = space and (not repeated or _quant_bounds(src, j)[0] >= 1)
        i = _skip_quantifier(src, j) if repeated else j
    flush()
    return out


def _open_classes(seq: str) -> str:
    """``seq`` with each small class of plain characters that is not quantified written as a group of
    them (``n['’]t`` as ``n(?:'|’)t``): :func:`_expansions` then opens it like any group."""
    out: list[str] = []
    i, n = 0, len(seq)
    while i < n:
        ch = seq[i]
        j = _item_end(seq, i)
        if ch == "[":
            body = seq[i + 1 : j - 1]
            if (
                0 < len(body) <= MAX_CLASS
                and not _quantified(seq, j)
                and not any(c in _META or c in "-&~:" or c.isspace() for c in body)
            ):
                out.append("(?:" + "|".join(dict.fromkeys(body)) + ")")
                i = j
                continue
        elif ch == "(":
            # a group's inside as well (not a lookaround's or a conditional's: left as it is)
            inner = seq[i + 1 : j - 1]
            head = "?:" if inner.startswith("?:") else ("" if not inner.startswith("?") else None)
            if head is not None:
                out.append("(" + head + _open_classes(inner[len(head) :]) + ")")
                i = j
                continue
        out.append(seq[i:j])
        i = j
    return "".join(out)


MAX_SIGN_EXPANSIONS = 64  # the opened classes multiply an alternative's sequences

_sign_memo: dict[str, tuple[tuple[tuple[str, bool], ...], ...] | None] = {}


def sign_alternatives(pattern: str) -> tuple[tuple[tuple[str, bool], ...], ...] | None:
    """For each alternative of ``pattern``, the (case-folded) literals it requires, as :func:`alternatives`
    but with the signs a literal holds kept in it and each small class of plain characters opened into
    its characters: ``\\w*n['’]t`` requires "n't" or "n’t", not "n" and "t". Each literal comes with
    whether the pattern wants a white space or a non-word character (or the start) right before it
    (:func:`_sign_literals`). For tests on texts whose runs of characters without a space stand as they
    are in the document (the strings negation.py makes of a sentence): such a literal lies in one run."""
    if pattern in _sign_memo:
        return _sign_memo[pattern]
    got: tuple[tuple[tuple[str, bool], ...], ...] | None
    try:
        sets = []
        for alt in _split_top_level(pattern):
            for seq in _expansions(_open_classes(alt), MAX_SIGN_EXPANSIONS):
                lits: dict[str, bool] = {}
                for lit, bound in _sign_literals(seq):
                    lits[lit.casefold()] = lits.get(lit.casefold(), False) or bound
                if not lits:
                    raise ValueError("an alternative with no literal")
                sets.append(tuple(sorted(lits.items(), key=lambda kv: (-len(kv[0]), kv[0]))[:MAX_LITERALS]))
        got = tuple(sorted(set(sets), key=lambda ls: (-len(ls[0][0]), ls)))  # (the same order in every process)
    except (ValueError, IndexError):
        got = None
    _sign_memo[pattern] = got
    return got


def ends_at_a_word_end(pattern: str) -> bool:
    """Whether every match of ``pattern`` surely ends where a word does: each of its alternatives ends
    with ``(?!\\w)``, with a sign (",", ``\\)``), with a white space right after a sign other than "(" (",\\s"),
    or with a greedy ``\\w*`` or ``\\w+`` (which takes the rest of a word). False when it cannot be told."""
    try:
        return all(_alternative_ends_at_a_word_end(alt) for alt in _split_top_level(pattern))
    except (ValueError, IndexError):
        return False


def _item_end(src: str, i: int) -> int:
    """Index just past the item of ``src`` at ``i`` (an escape, a class, a group or one character),
    before its quantifier."""
    ch = src[i]
    if ch == "\\":
        return _escape_end(src, i)
    if ch == "[":
        return _class_end(src, i)
    if ch == "(":
        return _group_end(src, i)
    return i + 1


def _alternative_ends_at_a_word_end(alt: str) -> bool:
    items: list[tuple[str, str]] = []  # (kind, source) of the alternative's items, its last ones matter
    i, n = 0, len(alt)
    while i < n:
        j = _item_end(alt, i)
        end = _skip_quantifier(alt, j) if _quantified(alt, j) else j
        items.append(("quantified" if end != j else "once", alt[i:end]))
        i = end
    while items and items[-1][0] == "once" and items[-1][1].startswith(("(?=", "(?!", "(?<=", "(?<!")):
        look = items.pop()[1]
        if look in ("(?![\\w])", "(?!\\w)") or look.startswith(("(?=\\s", "(?=[\\s\\u00a0]")):
            return True  # no word character after it: (?!\\w); a white space after it: (?=\\s+…)
        # (another look-around ends nothing: the match ends where the item before it does)
    if not items:
        return False
    kind, last = items[-1]
    if last in ("\\w*", "\\w+", "\\w*+", "\\w++"):
        return True
    if kind == "once" and last.startswith("(") and not last.startswith("(?"):
        return ends_at_a_word_end(last[1:-1])
    if kind == "once" and last.startswith("(?:"):
        return ends_at_a_word_end(last[3:-1])
    if kind == "once" and _sign(last):
        return True
    if kind == "once" and last in _SPACES and len(items) > 1:
        before_kind, before = items[-2]
        return before_kind == "once" and _sign(before) and before not in ("(", "\\(")
    return False


def _sign(item: str) -> bool:
    """Whether ``item`` (one item of a pattern) is a sign written as itself: a character no word holds."""
    ch = item[1:] if item.startswith("\\") and len(item) == 2 else item
    return len(ch) == 1 and not ch.isalnum() and ch != "_" and not ch.isspace() and (ch not in _META or item != ch)


def foldable(text: str, folded: str) -> bool:
    """Whether ``folded`` (``text.casefold()``) can stand for ``text`` in literal tests: no letter
    of ``text`` folds to more than one character, but "ß" and "ẞ" (whose folds are equal)."""
    return len(folded) == len(text) or all(_fold1(c) is not None for c in set(text))


_NON_WORD = re.compile(r"(\W+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

Words = tuple[list[str], dict[str, list[int]]]


def _word_runs(text: str, aligned: str) -> Words | None:
    """The runs of word characters of ``aligned`` (``text`` folded letter for letter), sorted, and
    the offsets of each: the words a leading literal can be the beginning of. None when ``re``'s
    word characters are not "a letter, a decimal digit or _" in ``text`` (a numeric character such
    as "²"), or when folding makes a word character of one that is not or the reverse (the other
    characters are ASCII: they are)."""
    for c in set(_NON_ASCII.findall(text)):
        word = c.isalpha() or c.isdecimal()
        if c.isalnum() != word:
            return None
        f = _fold1(c)
        if f is not None and (f.isalnum() or f == "_") != word:
            return None
    parts = _NON_WORD.split(aligned)  # word, non-word, word, ..., word (the first and last may be "")
    ends = list(itertools.accumulate(map(len, parts)))
    where: dict[str, list[int]] = collections.defaultdict(list)  # (no empty list made per word)
    for w, p in zip(parts[0::2], [0, *ends[1::2]], strict=True):
        where[w].append(p)
    return sorted(where), dict(where)


class Window:
    """A stretch of text, case-folded once, to tell the patterns that cannot match in it."""

    __slots__ = ("folded", "ok")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        part = text[start:end] if (start or end is not None) else text
        self.folded = part.casefold()
        self.ok = ENABLED and foldable(part, self.folded)

    def may_match(self, pattern: Any) -> bool:
        """False only when ``pattern`` (compiled) cannot match here: no alternative of it has all
        its literals in the stretch. A pattern that can match runs as before (same result)."""
        if not self.ok:
            return True
        alts = alternatives(pattern.pattern)
        if alts is None:
            return True
        folded = self.folded
        for lits in alts:
            for lit in lits:
                if lit not in folded:
                    break
            else:
                return True
        return False


def may_occur(pattern: Any, text: str, start: int = 0, end: int | None = None) -> bool:
    """False only when ``pattern`` (compiled) cannot match in ``text[start:end]``."""
    if not ENABLED or alternatives(pattern.pattern) is None:
        return True
    return Window(text, start, end).may_match(pattern)


def _word_starts(text: str, folded: str, key: str, limit: int) -> list[int] | None:
    """Where ``folded`` holds ``key`` at a word start (after no letter, decimal digit or "_" of
    ``text``), in order; None: more than ``limit`` places."""
    found: list[int] = []
    find = folded.find
    p = find(key)
    while p >= 0:
        before = text[p - 1] if p else " "
        if not (before.isalpha() or before.isdecimal() or before == "_"):  # surely no \w before
            found.append(p)
            if len(found) > limit:
                return None
        p = find(key, p + 1)
    return found


class TextIndex:
    """A document's case-folded text, and which literals it contains (memoised); and where the
    words that start with a given literal are (:meth:`starts`), so that a pattern that starts
    with a literal at the start of a word is tried there only."""

    __slots__ = (
        "_aligned",
        "_alt_starts",
        "_has",
        "_positions",
        "_safe",
        "_starts",
        "_vocab",
        "_words",
        "folded",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.casefold()
        self._has: dict[str, bool] = {}
        self._safe: bool | None = None  # whether literal tests on ``folded`` hold (see foldable)
        self._aligned: str | None = None  # the text folded letter for letter ("" when it cannot be)
        self._starts: dict[str, list[int] | None] = {}
        self._alt_starts: dict[str, tuple[list[int], Any] | None] = {}  # see starts_of
        self._positions: dict[str, list[int] | None] = {}
        self._vocab: str | None = None
        self._words: Words | bool | None = False  # see _word_runs (False: not yet)

    def _contains(self, literal: str) -> bool:
        """Whether ``literal`` is in the folded text. A literal of letters and digits only lies
        within one run of non-space characters: it is looked for in the text's distinct such runs
        (about 40% of the text), once each."""
        if not literal.isalnum():
            return literal in self.folded
        vocab = self._vocab
        if vocab is None:
            vocab = self._vocab = "\n".join(set(self.folded.split()))
        return literal in vocab

    def _fold_aligned(self) -> str:
        """The text case-folded character for character (same offsets), or "" if some letter's
        folding is not one character."""
        if len(self.folded) == len(self.text):
            return self.folded  # no letter grew: each folded to one character
        table: dict[int, str] = {}
        for c in set(self.text):
            f = _fold1(c)
            if f is None:
                return ""
            if f != c:
                table[ord(c)] = f
        return self.text.translate(table)

    def starts(self, pattern: Any) -> list[int] | None:
        """The offsets, in order, where a match of ``pattern`` (a compiled phrase) may start — the
        words that begin with its leading literal —, or None: scan the whole text (no leading
        literal, a text that cannot be folded letter for letter, or so many such words that one
        scan is cheaper). A match starts at a word's start (after no letter, digit or "_") with
        letters that fold as the literal's do."""
        if not ENABLED:
            return None
        lead = leading(pattern.pattern)
        if lead is None:
            return self.anchored(pattern)
        got = self._starts.get(lead, False)
        if got is not False:
            return got if got is not None else self.anchored(pattern)  # type: ignore[return-value]
        if self._aligned is None:
            self._aligned = self._fold_aligned()
        folded, text = self._aligned, self.text
        key = _folded_lead(lead)
        if not folded or len(key) != len(lead):
            self._starts[lead] = None
            return None
        found = self.at_words(key, len(text) // MATCH_COST)
        self._starts[lead] = found
        return found if found is not None else self.anchored(pattern)

    def starts_of(self, pattern: Any) -> tuple[list[int], Any] | None:
        """For a pattern made of phrases joined by ``|``: the word starts, in order, where one of its
        alternatives' leading literals stands (:func:`starts_in` over the whole text, told from its
        sorted words), and a pattern of the alternatives with no such literal (None if there are
        none), for the caller to look for in its own stretch; None when that cannot be told (a
        literal that need not start a word or holds more than letters and digits). Memoised."""
        got = self._alt_starts.get(pattern.pattern, False)
        if got is not False:
            return got
        plan = _leads(pattern.pattern) if ENABLED else None
        result: tuple[list[int], Any] | None = None
        if plan is not None and all(word and lit.isalnum() for lit, word in plan[0]):
            found: set[int] = set()
            for lit, _ in plan[0]:
                places = self.at_words(lit, len(self.text) + 1)
                if places is None:
                    break
                found.update(places)
            else:
                result = (sorted(found), _others(pattern, plan[1]) if plan[1] else None)
        self._alt_starts[pattern.pattern] = result
        return result

    def at_words(self, key: str, limit: int) -> list[int] | None:
        """The word starts (after no letter, decimal digit or "_") where the text, folded letter
        for letter, holds ``key``, in order (read-only); None: more than ``limit`` of them. Told
        from the text's words, sorted once (:func:`_word_runs`): those that begin with ``key``
        are a range of them. Else (see there) by looking for ``key`` all over the text."""
        folded, text = self._aligned, self.text
        if folded is None:
            folded = self._aligned = self._fold_aligned()
        if not folded:
            return None  # some letter's folding is longer: not told
        words = self._words
        if words is False:
            words = self._words = _word_runs(text, folded)
        if words is None or not key.isalnum():
            return _word_starts(text, folded, key, limit)
        sorted_words, where = words  # type: ignore[misc]
        i = bisect.bisect_left(sorted_words, key)
        j = bisect.bisect_left(sorted_words, key + "\U0010ffff", i)
        if j - i == 1:
            found = where[sorted_words[i]]
        else:
            found = []
            for w in sorted_words[i:j]:
                found += where[w]
            found.sort()
        return found if len(found) <= limit else None

    def at_any_words(self, keys: tuple[str, ...]) -> list[int] | None:
        """The word starts where the text, folded letter for letter, holds one of ``keys`` (sorted,
        distinct), each once, in no order: :meth:`at_words` for each key, with no limit (read-only;
        None where it gives None). The keys' words are a range of the sorted words each, found from
        where the last key's began."""
        if self._aligned is None:
            self._aligned = self._fold_aligned()
        if not self._aligned:
            return None
        if self._words is False:
            self._words = _word_runs(self.text, self._aligned)
        words = self._words
        if words is None or not all(key.isalnum() for key in keys):
            found: set[int] = set()
            for key in keys:
                got = self.at_words(key, len(self.text) + 1)
                if got is None:
                    return None
                found.update(got)
            return list(found)
        sorted_words, where = words  # type: ignore[misc]
        out: list[int] = []
        n = len(sorted_words)
        lo = last = 0  # (a word that begins with two keys, "goog" and "google", is taken once)
        for key in keys:
            i = lo = bisect.bisect_left(sorted_words, key, lo)
            while i < n and sorted_words[i].startswith(key):
                if i >= last:
                    out += where[sorted_words[i]]
                    last = i + 1
                i += 1
        return out

    def _where(self, key: str, limit: int) -> list[int] | None:
        """Where the text, folded letter for letter, holds ``key`` (memoised); None: more than
        ``limit`` places."""
        got = self._positions.get(key, False)
        if got is not False:
            return got  # type: ignore[return-value]
        if "ß" not in key and not self.has(key):  # see _contains: no ß, so the folds agree
            self._positions[key] = []
            return []
        out: list[int] | None = []
        find = self._aligned.find  # type: ignore[union-attr]
        p = find(key)
        while p >= 0:
            out.append(p)  # type: ignore[union-attr]
            if len(out) > limit:  # type: ignore[arg-type]
                out = None
                break
            p = find(key, p + 1)
        self._positions[key] = out
        return out

    def holding(self, pattern: Any, starts: list[int], ends: list[int]) -> list[bool] | None:
        """For each stretch ``[starts[i], ends[i])`` (in order, not overlapping): False when no
        match of ``pattern`` can lie within it — searched with ``pos``/``endpos`` or on the stretch
        cut out —, as it holds none of the literals of :func:`held`; True when one may. None when that cannot be
        told."""
        if not ENABLED:
            return None
        keys = held(pattern.pattern)
        if keys is None:
            return None
        if self._aligned is None:
            self._aligned = self._fold_aligned()
        if not self._aligned:
            return None
        marks = [False] * len(starts)
        limit = len(self.text) // 8
        for key in keys:
            places = self._where(key, limit)
            if places is None:
                return None
            n = len(key)
            for q in places:
                i = bisect.bisect_right(starts, q) - 1
                if i >= 0 and q + n <= ends[i]:
                    marks[i] = True
        return marks

    def anchored(self, pattern: Any) -> list[int] | None:
        """The offsets, in order, where a match of ``pattern`` may start, told by its anchors
        (:func:`anchors`): in the windows before the places that hold an anchor's literal and
        where the pattern from that literal on matches; at word starts only when the pattern
        opens so. None: scan the whole text (no anchors, a text that cannot be folded letter for
        letter, or so many places that one scan is cheaper)."""
        src = pattern.pattern
        if src in _opening_anchor:
            return None
        if src not in _anchors_memo and _opens_with_its_anchor(src):
            _opening_anchor.add(src)
            return None
        anc = anchors(src)
        if anc is None:
            return None
        if self._aligned is None:
            self._aligned = self._fold_aligned()
        if not self._aligned:
            return None
        text = self.text
        limit = len(text) // MATCH_COST
        look = len(text) // PLACE_COST
        found: set[int] = set()
        deadline = time.monotonic() + 5.0
        tries = 0
        for keys, lo, hi, rest, word in anc:
            # at the start of the pattern (hi == 0), matching the rest at a place is a whole try
            cap = limit if hi == 0 else look
            places: list[int] = []
            for key in keys:
                got = self._where(key, cap)
                if got is None:
                    return None
                places += got
            if len(places) > cap:
                return None
            match = _rest(rest, pattern.flags).match
            for q in places:
                tries += 1
                if not tries % 64 and time.monotonic() > deadline:
                    raise TimeoutError("regex timed out")
                if match(text, q) is None:
                    continue
                for p in range(max(0, q - hi), q - lo + 1):
                    if word and p:
                        before = text[p - 1]
                        if before.isalpha() or before.isdecimal() or before == "_":
                            continue  # surely a word character before: no match starts here
                    found.add(p)
            if len(found) > limit:
                return None
        return sorted(found)

    def has(self, literal: str) -> bool:
        got = self._has.get(literal)
        if got is None:
            got = self._has[literal] = self._contains(literal)
        return got

    def may_match(self, pattern: Any) -> bool:
        """False only when ``pattern`` (a compiled pattern) cannot match the text."""
        if not ENABLED:
            return True
        if self._safe is None:
            self._safe = foldable(self.text, self.folded)
        if not self._safe:
            return True
        has = self._has
        for lit in required(pattern.pattern):
            got = has.get(lit)
            if got is None:
                got = has[lit] = self._contains(lit)
            if not got:
                return False
        return True


def matches_at(pattern: Any, text: str, starts: list[int], timeout: float, *, overlapped: bool) -> Iterator[Any]:
    """The matches ``pattern.finditer(text, overlapped=overlapped)`` yields, when every match
    starts at one of ``starts`` (ascending): a search finds the first offset at which the pattern
    matches, and what it matches there is what ``match`` at that offset gives (the text before
    the offset stays visible to look-behinds)."""
    after = -1
    match = pattern.match
    # one deadline for all the tries, as for one scan (a per-call timeout costs more than a try)
    deadline = time.monotonic() + timeout
    for k, p in enumerate(starts):
        if p < after:
            continue  # inside the last match: finditer goes on from its end
        if not k % 64 and k and time.monotonic() > deadline:
            raise TimeoutError("regex timed out")
        m = match(text, p)
        if m is not None:
            yield m
            if not overlapped:
                after = m.end()


Digest = dict[str, tuple[tuple[str, ...], str | None, tuple[tuple[str, ...], ...] | None]]


def digest(patterns: Iterable[str]) -> Digest:
    """What this module reads off each of ``patterns`` (required literals, leading literal,
    literals per alternative): computed when a pack is compiled, kept in its cache."""
    return {p: (required(p), leading(p), alternatives(p)) for p in patterns}


def remember(got: Digest | None) -> None:
    """Take what :func:`digest` worked out (a pack loaded from its cache): no parsing again."""
    for p, (req, lead, alts) in (got or {}).items():
        _memo.setdefault(p, req)
        _leading_memo.setdefault(p, lead)
        _alternatives_memo.setdefault(p, alts)


def _opening(src: str) -> list[str] | None:
    r"""The literals (as written) one of which every match of the sequence ``src`` starts with: the
    plain characters (letters, digits, ",", escaped punctuation) that open it — "," for
    ``,[\s]+es sei denn``, ")" for ``\)`` —, or those of each alternative of a group it opens
    with ("our", "their" for ``(our|their)[\s]+providers``); None when one has none."""
    if src.startswith("(") and (src.startswith("(?:") or not src.startswith("(?")):
        end = _group_end(src, 0)
        rest: str | None = None  # what a match opens with where it leaves out the group
        if _quantified(src, end):
            # "(the[\s]+)?(provider|host)": a group that may be left out ("?", "*") opens a match, or what
            # follows it does; one that comes at least once ("+") opens it
            if src[end] == "{":
                return None
            after = _skip_quantifier(src, end)
            if src[end] != "+":
                rest = src[after:]
                if not rest:
                    return None
        out: list[str] = []
        for alt in _split_top_level(src[(3 if src.startswith("(?:") else 1) : end - 1]):
            got = _opening(alt)
            if got is None:
                return None
            out.extend(got)
        if rest is not None:
            got = _opening(rest)
            if got is None:
                return None
            out.extend(got)
        return out
    run: list[str] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isalnum() or ch == ",":
            j, lit = i + 1, ch
        elif ch == "\\" and i + 1 < len(src) and not src[i + 1].isalnum() and src[i + 1].isascii():
            j, lit = i + 2, src[i + 1]
        else:
            break
        if _quantified(src, j):
            break
        run.append(lit)
        i = j
    return ["".join(run)] if run else None


def _alternative_lead(alt: str) -> list[tuple[str, bool]] | None:
    r"""(literal, at a word start) pairs, one of which every match of ``alt`` starts with: a
    phrase's :func:`leading` word; or the literals it opens with (:func:`_opening`), at a word
    start when a guard (``(?<!\w)``, or ``\b`` before a letter) says so."""
    lead = leading(alt)
    if lead is not None:
        return [(lead, True)]
    guard = ""
    for g in ("(?<!\\w)", "(?<![\\w])", "\\b"):
        if alt.startswith(g):  # a pack's own "re:" phrase that starts a word: "(?<!\w)e(?=\s+não)"
            alt, guard = alt[len(g) :], g
            break
    got = _opening(alt)
    if got is None:
        return None
    # "\b" is a word start only before a word's character ("\b," is the end of a word)
    return [(lit, bool(guard) and (guard != "\\b" or lit[0].isalnum())) for lit in got]


_leads_memo: dict[str, tuple[tuple[tuple[str, bool], ...], tuple[str, ...]] | None] = {}
_others_memo: dict[tuple[str, int], Any] = {}


def _leads(pattern: str) -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...]] | None:
    """For a pattern made of alternatives joined by ``|``: the folded leading literals of those
    that have them (:func:`_alternative_lead`), and the others; None when no alternative has a
    lead or one cannot be folded letter for letter."""
    if pattern in _leads_memo:
        return _leads_memo[pattern]
    got: tuple[tuple[tuple[str, bool], ...], tuple[str, ...]] | None
    try:
        keys: set[tuple[str, bool]] = set()
        rest: list[str] = []
        for alt in _split_top_level(pattern):
            found = _alternative_lead(alt)
            if found is None:
                rest.append(alt)
                continue
            for lead, word in found:
                key = "".join(f for f in map(_fold1, lead) if f is not None)
                if len(key) != len(lead):
                    raise ValueError("a leading literal that cannot be folded letter for letter")
                keys.add((key, word))
        got = (tuple(sorted(keys)), tuple(rest)) if keys else None
    except (ValueError, IndexError):
        got = None
    _leads_memo[pattern] = got
    return got


def _others(pattern: Any, alts: tuple[str, ...]) -> Any:
    """The alternatives ``alts`` of ``pattern`` with no leading literal, as a pattern of their own."""
    key = (pattern.pattern, pattern.flags)
    if key not in _others_memo:
        _others_memo[key] = regex.compile("|".join(alts), pattern.flags)
    return _others_memo[key]


def alternative_leads(pattern: str) -> tuple[tuple[str, bool], ...] | None:
    """For a pattern made of phrases joined by ``|`` (a pack's scope breakers): the literal each
    alternative's matches start with (folded), and whether it stands at a word start; None when
    one alternative has no such literal."""
    got = _leads(pattern)
    return got[0] if got is not None and not got[1] else None


def starts_in(pattern: Any, string: str, pos: int, endpos: int, timeout: float = 1.0) -> list[int] | None:
    """The offsets in ``string[pos:endpos]``, in order, where a match of ``pattern`` (phrases
    joined by ``|``) may start — where the text folds as one alternative's leading literal does,
    at a word start (after no letter, digit or "_") if that alternative's literal must be, or
    where one of the alternatives with no leading literal matches —, or None when that cannot be
    told (see :func:`_leads`; a stretch that cannot be folded letter for letter)."""
    if not ENABLED:
        return None
    plan = _leads(pattern.pattern)
    if plan is None:
        return None
    keys, others = plan
    part = string[pos:endpos]
    folded = part.casefold()
    if len(folded) != len(part):
        table: dict[int, str] = {}
        for c in set(part):
            f = _fold1(c)
            if f is None:
                return None
            if f != c:
                table[ord(c)] = f
        folded = part.translate(table)
    found: list[int] = []
    find = folded.find
    for key, word in keys:
        p = find(key)
        while p >= 0:
            q = pos + p
            if word:
                before = string[q - 1] if q else " "
                if not (before.isalpha() or before.isdecimal() or before == "_"):
                    found.append(q)
            else:
                found.append(q)
            p = find(key, p + 1)
    if others:
        # every place where one of the others matches (overlapped: each place a match starts at)
        rest = _others(pattern, others)
        found.extend(m.start() for m in rest.finditer(string, pos, endpos, overlapped=True, timeout=timeout))
    return sorted(set(found)) if len(keys) > 1 or others else found


def finditer_at_words(
    pattern: Any,
    string: str,
    pos: int = 0,
    endpos: int | None = None,
    timeout: float = 1.0,
    starts: list[int] | None = None,
) -> Iterator[Any]:
    """The matches of ``pattern.finditer(string, pos, endpos)`` (non-overlapped), found by trying
    ``match`` only where :func:`starts_in` says one may start (or at ``starts``, in order, a superset
    of those the caller has): each is the first match from where the last one ended, as a scan finds
    it (every match is at least a leading literal long)."""
    end = len(string) if endpos is None else endpos
    at = starts if starts is not None else starts_in(pattern, string, pos, end, timeout)
    if at is None:
        yield from pattern.finditer(string, pos, end, timeout=timeout)
        return
    after = -1
    match = pattern.match
    for q in at:
        if q < after:
            continue  # inside the last match: a scan goes on from its end
        m = match(string, q, end, timeout=timeout)
        if m is not None:
            yield m
            after = m.end()


# --- Anchors: a literal every match holds at a bounded distance from its start ----------------------
#
# A pattern with no leading literal (``\b[A-ZÄÖÜ][\w.-]{1,40}(?:straße|weg|…)\s{0,2}\d``, a street
# address) is scanned whole. Yet every match holds one of a few literals ("straße", "weg", …) at
# 2 to 41 characters from its start: the matches start only in those windows before the places where
# the text holds such a literal *and* the rest of the pattern (from the literal on) matches there.
# Trying ``match()`` at the word starts of those windows gives the very matches of a scan.

_ZERO_ESCAPES = frozenset("bBAZzG")
_CASE_GROUP = regex.compile(r"\?-?i:")  # "(?i:…)", "(?-i:…)": sized as a group, its literals looked for folded
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
Item = tuple[str, str, int, "int | None", tuple[str, ...]]  # kind, source, min width, max width, keys


def _quant_bounds(src: str, i: int) -> tuple[int, int | None]:
    ch = src[i]
    if ch == "?":
        return 0, 1
    if ch == "*":
        return 0, None
    if ch == "+":
        return 1, None
    body = src[i + 1 : src.find("}", i)]
    lo, sep, hi = body.partition(",")
    if not sep:
        return int(lo), int(lo)
    return int(lo or 0), (int(hi) if hi else None)


def _times(w: int | None, k: int | None) -> int | None:
    if w is None or k is None:
        return None if (w != 0 and k != 0) else 0
    return w * k


def _lead_keys(items: list[Item]) -> tuple[str, ...] | None:
    """The literals a sequence's matches start with (its first consuming item's)."""
    for kind, _src, _lo, _hi, keys in items:
        if kind == "zero":
            continue
        return keys if kind in ("lit", "alt") and keys else None
    return None


def _sequence(src: str) -> list[Item]:
    """The items of ``src`` (no top-level ``|``) in order: literal runs ("lit", their folded text
    as the key), groups of alternatives that each start with a literal ("alt"), zero-width
    assertions ("zero") and the rest ("other"), each with its width. Plain groups that are not
    repeated are opened up. Raises ValueError for what it cannot size (back-references, flags…)."""
    return list(_items(src))


def _items(src: str) -> Iterator[Item]:
    """:func:`_sequence`, one item at a time (a caller may stop early)."""
    run: Item | None = None  # the literal run being read
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        kind, lit, lo, hi = "other", "", 1, 1
        keys: tuple[str, ...] = ()
        if ch == "\\":
            j = _escape_end(src, i)
            esc = src[i + 1 : i + 2]
            if not esc:
                raise ValueError("a lone backslash")
            if esc in _ZERO_ESCAPES:
                kind, lo, hi = "zero", 0, 0
            elif esc.isdigit() or esc in ("g", "X", "K", "L", "m", "M"):
                raise ValueError("an escape that cannot be sized")
            elif esc in _CHAR_ESCAPES:
                kind, lit = "lit", _CHAR_ESCAPES[esc]
            elif not esc.isalnum() and esc.isascii():
                kind, lit = "lit", esc
        elif ch == "[":
            j = _class_end(src, i)
        elif ch == ".":
            j = i + 1
        elif ch in "^$":
            j, kind, lo, hi = i + 1, "zero", 0, 0
        elif ch == "(":
            j = _group_end(src, i)
            inner = src[i + 1 : j - 1]
            if inner.startswith(("?=", "?!", "?<=", "?<!")):
                kind, lo, hi = "zero", 0, 0
            elif inner.startswith(("?:", "?>")) or not inner.startswith("?") or _CASE_GROUP.match(inner):
                # an atomic group "(?>…)" is sized as a group (what it matches, it could match without
                # being atomic), never opened up
                if inner.startswith("?>"):
                    body = inner[2:]
                else:
                    body = inner[inner.index(":") + 1 :] if inner.startswith("?") else inner
                plain = not inner.startswith("?") or inner.startswith("?:")  # not a case group
                parts = _split_top_level(body)
                if len(parts) == 1 and not _quantified(src, j) and plain:
                    if run is not None:
                        yield run
                        run = None
                    yield from _items(body)  # a plain group: its items in line
                    i = j
                    continue
                seqs = [_sequence(p) for p in parts]
                lo = min(sum(it[2] for it in s) for s in seqs)
                his = [sum(it[3] for it in s) if all(it[3] is not None for it in s) else None for s in seqs]
                hi = None if None in his else max(his)  # type: ignore[type-var]
                leads = [_lead_keys(s) for s in seqs]
                if len(seqs) > 1 and all(leads):
                    kind, keys = "alt", tuple(k for ks in leads for k in ks)  # type: ignore[union-attr]
            else:
                raise ValueError("a group that cannot be sized")  # flags, atomic, named, conditional…
        elif ch in ")|*+?{":
            raise ValueError("unexpected")
        else:
            j, kind, lit = i + 1, "lit", ch
        if _quantified(src, j):
            qlo, qhi = _quant_bounds(src, j)
            end = _skip_quantifier(src, j)
            if run is not None:
                yield run
                run = None
            yield ("zero" if kind == "zero" else "other"), src[i:end], lo * qlo, _times(hi, qhi), ()
            i = end
            continue
        if kind == "lit":
            key = _fold1(lit)
            if run is not None and run[4] and key is not None:
                _, s0, l0, _, ks = run
                run = ("lit", s0 + src[i:j], l0 + 1, l0 + 1, (ks[0] + key,))
            else:
                if run is not None:
                    yield run
                run = ("lit", src[i:j], 1, 1, (key,) if key is not None else ())
        else:
            if run is not None:
                yield run
                run = None
            yield kind, src[i:j], lo, hi, keys
        i = j
    if run is not None:
        yield run


def _opens_with_its_anchor(pattern: str) -> bool:
    """Whether ``pattern`` (a phrase with a leading literal) has no better anchor than that
    literal: none further on before the first unbounded item, or only shorter ones. Such a
    pattern is tried at its words (:meth:`TextIndex.starts`) or scanned whole; anchors add nothing.
    Read lazily: most phrases stop at the gap after their first word."""
    if leading(pattern) is None:
        return False
    try:
        (part,) = _split_top_level(pattern)
        best = 0
        lo = hi = 0
        for kind, _src, wlo, whi, keys in _items(part):
            if kind in ("lit", "alt") and keys:
                shortest = min(len(k) for k in keys)
                if (lo, hi) == (0, 0):
                    best = max(best, shortest)
                elif shortest > best:
                    return False
            lo += wlo
            if whi is None:
                return True
            hi += whi
        return True
    except (ValueError, IndexError):
        return False


def _word_first(items: list[Item]) -> bool:
    r"""Whether a match must start where the character before is not a word character: the
    pattern opens with ``(?<![\w…])`` or ``(?<!\w)``, or with ``\b`` before letters."""
    if not items:
        return False
    kind, src, *_ = items[0]
    if kind == "zero" and src.startswith("(?<!"):
        body = src[4:-1]
        return body == r"\w" or (body.startswith("[") and body.endswith("]") and r"\w" in body and "^" not in body)
    if kind == "zero" and src == r"\b" and len(items) > 1:
        nkind, nsrc, nlo, *_ = items[1]
        if nlo < 1:
            return False
        if nkind == "lit":
            return nsrc[:1].isalpha()
        body = nsrc[1 : nsrc.index("]") + 1] if nsrc.startswith("[") and not nsrc.startswith("[^") else ""
        return bool(body) and body.endswith("]") and all(c.isalpha() or c == "-" for c in body[:-1])
    return False


_anchors_memo: dict[str, tuple[tuple[tuple[str, ...], int, int, str, bool], ...] | None] = {}


def anchors(pattern: str) -> tuple[tuple[tuple[str, ...], int, int, str, bool], ...] | None:
    """For each top-level alternative of ``pattern``: (keys, lo, hi, rest, word) — every match
    holds one of the folded literals ``keys`` at ``lo`` to ``hi`` characters from its start, where
    ``rest`` (the pattern from that literal on) matches; ``word``: a match starts after no word
    character. None when one alternative has no such literal."""
    if pattern in _anchors_memo:
        return _anchors_memo[pattern]
    got: tuple[tuple[tuple[str, ...], int, int, str, bool], ...] | None
    try:
        out = []
        for part in _split_top_level(pattern):
            items = _sequence(part)
            best: tuple[tuple[str, ...], int, int, str, bool] | None = None
            best_rank: tuple[int, int, int] | None = None
            lo, hi = 0, 0
            for k, (kind, _src, wlo, whi, keys) in enumerate(items):
                if kind in ("lit", "alt") and keys:
                    # a key that starts with another key adds nothing: keep the shorter one
                    kept = sorted({x for x in keys if not any(y != x and x.startswith(y) for y in keys)})
                    rank = (min(len(x) for x in kept), -(hi - lo), -len(kept))
                    if best_rank is None or rank > best_rank:
                        best_rank = rank
                        best = (tuple(kept), lo, hi, "".join(it[1] for it in items[k:]), _word_first(items))
                lo += wlo
                if whi is None:
                    break
                hi += whi
            if best is None:
                raise ValueError("no anchor")
            out.append(best)
        got = tuple(out)
    except (ValueError, IndexError):
        got = None
    _anchors_memo[pattern] = got
    return got


_rest_memo: dict[tuple[str, int], Any] = {}


def _rest(src: str, flags: int) -> Any:
    """``src`` (the part of a pattern from an anchor on) compiled with the pattern's flags."""
    got = _rest_memo.get((src, flags))
    if got is None:
        got = _rest_memo[(src, flags)] = regex.compile(src, flags)
    return got


_held_memo: dict[str, frozenset[str] | None] = {}


def held(pattern: str) -> frozenset[str] | None:
    """Literals (folded letter for letter, as :meth:`TextIndex.starts` looks for them) one of which
    every match of ``pattern`` holds: the longest literal each top-level alternative requires, or
    the literals it has at one place (:func:`anchors`); None when an alternative has neither."""
    if pattern in _held_memo:
        return _held_memo[pattern]
    got: frozenset[str] | None
    try:
        keys = set()
        for alt in _split_top_level(pattern):
            out: list[str] = []
            _literals(alt, out)
            folded = ["".join(f for f in map(_fold1, w) if f is not None) for w in out]
            usable = [f for f, w in zip(folded, out, strict=True) if f and len(f) == len(w)]
            if usable:
                keys.add(max(usable, key=len))
                continue
            anc = anchors(alt)  # no literal required, but one of a few: "(we|us|our)\)"
            if anc is None:
                raise ValueError("an alternative with no literal")
            keys.update(anc[0][0])
        got = frozenset(keys)
    except (ValueError, IndexError):
        got = None
    _held_memo[pattern] = got
    return got


_split_memo: dict[tuple[str, int], tuple[Any, Any]] = {}
_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z-]+\)")


def split_by_literals(pattern: Any) -> tuple[Any, Any]:
    """``pattern`` (compiled) as two patterns: its top-level alternatives that hold literals
    (:func:`held`) and the others (each joined by ``|``, compiled with the same flags; None for
    none). A match of ``pattern`` exists in a stretch when one of the two has one there: searched
    apart, a few literal-free alternatives (a date alone on its line, ``^…$``) no longer slow the
    search of the others, and the first can be skipped where its literals are not.
    ``(pattern, None)`` when the pattern cannot be cut (global inline flags)."""
    key = (pattern.pattern, pattern.flags)
    got = _split_memo.get(key)
    if got is not None:
        return got
    src = pattern.pattern
    try:
        alts = _split_top_level(src)
    except (ValueError, IndexError):
        alts = [src]
    with_lits = [a for a in alts if held(a) is not None]
    without = [a for a in alts if held(a) is None]
    if len(alts) < 2 or not with_lits or not without or _GLOBAL_FLAGS.search(src):
        got = (pattern, None)
    else:
        got = (regex.compile("|".join(with_lits), pattern.flags), regex.compile("|".join(without), pattern.flags))
    _split_memo[key] = got
    return got


_opening_anchor: set[str] = set()  # phrases whose one useful anchor is their leading literal


def anchor_digest(scanners: Iterable[Any], cues: Iterable[Any]) -> dict[str, Any]:
    """What :meth:`TextIndex.anchored` and :meth:`TextIndex.holding` read off a pack's scanners
    and cue patterns (compiled), worked out when the pack is compiled and cached with it: a fresh
    process neither parses them again nor compiles the rests of their anchors."""
    opening: list[str] = []
    found: dict[str, Any] = {}
    rests: dict[tuple[str, int], Any] = {}
    for sc in scanners:
        if sc.pattern in found or sc.pattern in opening:
            continue
        if _opens_with_its_anchor(sc.pattern):
            opening.append(sc.pattern)
            continue
        anc = found[sc.pattern] = anchors(sc.pattern)
        for _keys, _lo, _hi, rest, _word in anc or ():
            rests[(rest, sc.flags)] = _rest(rest, sc.flags)
    splits = {}
    for cue in cues:
        with_lits, without = split_by_literals(cue)
        splits[(cue.pattern, cue.flags)] = (with_lits, without)
        held(with_lits.pattern)
    return {
        "opening": opening,
        "anchors": found,
        "rests": rests,
        "splits": splits,
        "held": {p: _held_memo[p] for p in {w.pattern for w, _ in splits.values()}},
    }


def remember_anchors(got: dict[str, Any] | None) -> None:
    """Take what :func:`anchor_digest` worked out (a pack loaded from its cache)."""
    if not got:
        return
    _opening_anchor.update(got["opening"])
    for p, anc in got["anchors"].items():
        _anchors_memo.setdefault(p, anc)
    for key, compiled in got["rests"].items():
        _rest_memo.setdefault(key, compiled)
    for key, parts in got["splits"].items():
        _split_memo.setdefault(key, parts)
    for p, keys in got["held"].items():
        _held_memo.setdefault(p, keys)
