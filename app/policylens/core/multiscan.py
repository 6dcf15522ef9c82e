"""One scan of the text for all of a rule pack's phrases (issue 16), in front of the per-phrase matcher.

Each phrase of a pack is compiled for ``regex`` (a scanner); the matcher tries each scanner that may
match the text (:meth:`policylens.core.prefilter.TextIndex.may_match`: its literals are all there) at
the words it can start with. Most of those tries fail: on the labelled documents, five scanners in six
whose literals are all in the text match nowhere. RE2 sets (``google-re2``: one automaton for many
patterns, linear in the text) scan the text once and tell which phrases may match at all; the others
are not tried.

The gate never changes a finding: each phrase is handed to RE2 as patterns that all match wherever the
phrase matches (a superset), and only a phrase one of whose patterns matches nowhere is skipped; the
exact matching stays with ``regex``. The superset is built so:

* the text is read as one byte per character (:class:`Alphabet`, RE2's Latin-1 mode): ASCII as it
  is, every white space as a space, each non-ASCII letter or sign a phrase names as a byte of its own
  (every letter ``regex`` lets stand for it in another case the same byte: «İ» is «i»), any other
  character as "another letter", "another digit" or "another sign";
* the alphabet is made from all of a pack's phrases before any is rewritten, so that a ``\\w`` holds
  every letter a phrase names, whichever phrase names it;
* look-arounds, ``\\b`` and anchors are dropped, atomic groups and possessive quantifiers become
  plain ones, a bounded repeat ``{m,n}`` becomes ``{m,}``, and the character classes are rewritten
  over the bytes above;
* a phrase with a words-between gap ("collect … data") becomes its parts before and after the gap,
  each looked for on its own (:func:`_split`);
* whatever cannot be rewritten so (:class:`Unsupported`) is never gated: it is tried as before;
* a part found in more than :data:`COMMON` of the pack's example sentences is left out (a phrase is
  gated by its other parts): it holds in nearly every policy and only slows the automaton down.

An RE2 set does not lose a match: once it compiles, its automaton flushes and rebuilds its cache when
the memory given to it is full, and never gives up on a text (RE2's ``dfa.cc``: a set "cannot fall
back"). The tests compare the scanners that match with the ones the gate lets through, on every
example of every pack and on the labelled documents.

Cost (bench/README.md): a pack's parts go into sets of :data:`CHUNK` (an automaton for all 3,000
of a pack at once needs half a gigabyte of cache to run fast; four of 800 run as fast with 32 MB
each, and the English pack's four used 36 MB together over 150 policies). Working out a pack's
parts takes 0.5–2 s (the common ones are found by scanning the examples); they are cached on disk
beside the pack (:class:`Plan`), and building the sets from them takes 40–100 ms, more than the gate
saves on one policy (an RE2 set cannot be saved). So a process builds a pack's gate when it reads that
pack's second document (a batch, the window's second policy, a benchmark's warm passes); a one-off
analysis never pays for it. ``POLICYLENS_MULTISCAN=0``
switches the gate off; without ``google-re2`` it is off.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from policylens.core.prefilter import _class_end, _group_end

log = logging.getLogger(__name__)

OTHER_DIGIT, OTHER_WORD, OTHER = 0xFC, 0xFD, 0xFE  # bytes of the characters no phrase names
_SPACES = bytes.maketrans(b"\t\n\x0b\x0c\r", b"     ")  # RE2's \s has no vertical tab: all are spaces
_SPACE, _WORD, _DIGIT = regex.compile(r"\s"), regex.compile(r"\w"), regex.compile(r"\d")


class Unsupported(ValueError):
    """A pattern this module does not rewrite: it is never gated."""


ENABLED = os.environ.get("POLICYLENS_MULTISCAN", "1") not in ("0", "off", "no", "false")
BUILD_AT = 2  # a pack's gate is built when the pack reads its second document in this process
CHUNK = 800  # parts of phrases per RE2 set: a bigger set's automaton needs a bigger cache to run fast
MAX_MEM = 32 << 20  # bytes RE2 may use for one set: its program and its automaton's cache


def _re2() -> Any:
    try:
        import re2
    except ImportError:
        return None
    return re2


def enabled() -> bool:
    return ENABLED and _re2() is not None and _cases() is not None


def _cases() -> Any:
    try:
        from regex._regex import get_all_cases  # the cases ``regex`` matches a character in
    except ImportError:
        return None
    return get_all_cases


@functools.lru_cache(maxsize=4096)
def _fold(c: str) -> str:
    """One character for all that ``regex``'s IGNORECASE lets stand for ``c``, directly or through
    another («İ» and «ı» for «i», «K» for «k», «ẞ» for «ß»): the smallest of them, ASCII in lower case."""
    cases, flags = _cases(), regex.IGNORECASE | regex.UNICODE | regex.V0
    seen, todo = {ord(c)}, [ord(c)]
    while todo:
        for x in cases(flags, todo.pop()):
            if x not in seen:
                seen.add(x)
                todo.append(x)
    low = chr(min(seen))
    return low.lower() if low.isascii() else low


@dataclass
class Alphabet:
    """The byte each character becomes: ASCII itself, the non-ASCII characters a pack's phrases name
    one byte each (from 0x80), everything else one of three bytes by kind."""

    byte: dict[str, int] = field(default_factory=dict)  # folded non-ASCII character → byte
    word: set[int] = field(default_factory=set)  # the bytes of ``byte`` that are letters or digits
    digit: set[int] = field(default_factory=set)  # the bytes of ``byte`` that are digits
    table: dict[int, str] = field(default_factory=dict, repr=False)  # str.translate table, grown per text

    def add(self, c: str) -> int:
        """The byte of the phrase character ``c`` (given one if new)."""
        f = _fold(c)
        if ord(f) < 128:
            return ord(f)
        b = self.byte.get(f)
        if b is None:
            b = 0x80 + len(self.byte)
            if b >= OTHER_DIGIT:
                raise Unsupported("more than 124 characters outside ASCII")
            self.byte[f] = b
            if _WORD.match(f):
                self.word.add(b)
            if _DIGIT.match(f):
                self.digit.add(b)
        return b

    def text_byte(self, c: str) -> int:
        """The byte the text character ``c`` becomes."""
        if ord(c) < 128:
            return ord(c)  # (its white spaces become spaces in encode)
        if _SPACE.match(c):
            return 32
        f = _fold(c)
        if ord(f) < 128:
            return ord(f)
        b = self.byte.get(f)
        if b is not None:
            return b
        if _DIGIT.match(c):
            return OTHER_DIGIT
        return OTHER_WORD if _WORD.match(c) else OTHER

    def encode(self, text: str) -> bytes:
        """``text`` as the gate reads it: one byte per character, every white space a space."""
        if not text.isascii():
            table = self.table
            for ch in set(text):
                o = ord(ch)
                if o >= 128 and o not in table:
                    table[o] = chr(self.text_byte(ch))
            text = text.translate(table)
        return text.encode("latin-1").translate(_SPACES)

    def word_class(self) -> str:
        return r"\w" + _bytes(self.word | {OTHER_WORD, OTHER_DIGIT})

    def nonword_class(self) -> str:
        return r"\W" + _bytes(set(range(0x80, 0x100)) - self.word - {OTHER_WORD, OTHER_DIGIT})


def _bytes(bs: Iterable[int]) -> str:
    return "".join(f"\\x{b:02x}" for b in sorted(bs))


_CONTROL = {"n": 10, "t": 9, "r": 13, "f": 12, "v": 11}
_OPENERS = ("(?:", "(?-i:", "(?i:", "(?-i)", "(?i)")


def _char(c: str, alpha: Alphabet, negated: bool) -> str:
    """A literal character of a phrase (or a member of a class), rewritten."""
    o = ord(c)
    if _SPACE.match(c):
        # every white space is a space in the text; a negated class that names one excludes no more
        return "" if negated else (r"\s" if o != 32 else " ")
    if o < 128:
        return c if c.isalnum() or c == "_" else f"\\x{o:02x}"
    return f"\\x{alpha.add(c):02x}"


def _escape(s: str, j: int, alpha: Alphabet, in_class: bool, negated: bool) -> tuple[str, int]:
    """(rewritten text, offset after) of the escape at ``s[j]``."""
    e = s[j + 1]
    box = (lambda t: t) if in_class else (lambda t: f"[{t}]")
    if e in "uUx":
        if e == "x" and s.startswith("{", j + 2):
            end = s.index("}", j)
            cp, nj = int(s[j + 3 : end], 16), end + 1
        else:
            width = {"u": 4, "U": 8, "x": 2}[e]
            cp, nj = int(s[j + 2 : j + 2 + width], 16), j + 2 + width
        return _char(chr(cp), alpha, negated), nj
    if e in _CONTROL:
        return _char(chr(_CONTROL[e]), alpha, negated), j + 2
    if e == "w":
        return box(alpha.word_class()), j + 2
    if e == "W":
        return box(alpha.nonword_class()), j + 2
    if e == "d":
        return box(r"\d" + _bytes(alpha.digit | {OTHER_DIGIT})), j + 2
    if e == "s":
        return r"\s", j + 2
    if e in "DS" and not in_class:
        return (rf"[^\d\x{OTHER_DIGIT:02x}]" if e == "D" else r"\S"), j + 2
    if e in "pP" and not negated:
        end = s.index("}", j) + 1 if s.startswith("{", j + 2) else j + 3
        if e == "p" and s[j + 2 : j + 4] in ("{L", "L"):
            return box(r"a-zA-Z" + _bytes(alpha.word | {OTHER_WORD})), end  # any letter (a superset)
        return box(r"\x00-\xff"), end  # another property: any character
    if e in "bBAZzmM" and not in_class:
        return "", j + 2  # a zero-width assertion: dropped
    if e.isalnum():
        raise Unsupported(f"escape \\{e}")
    return _char(e, alpha, negated), j + 2


def _class(s: str, j: int, alpha: Alphabet) -> tuple[str, int]:
    k, n = j + 1, len(s)
    negated = s.startswith("^", k)
    if negated:
        k += 1
    parts: list[str] = []
    first = True
    while k < n:
        ch = s[k]
        if ch == "]" and not first:
            body = "".join(parts)
            if not body:
                raise Unsupported("empty class")
            return ("[^" if negated else "[") + body + "]", k + 1
        first = False
        if ch == "[":
            raise Unsupported("nested class")
        if ch == "-" and parts and k + 1 < n and s[k + 1] != "]":
            lo, hi = s[k - 1], s[k + 1]
            if not (lo.isascii() and lo.isalnum() and hi.isascii() and hi.isalnum()):
                raise Unsupported("range")
            parts.append("-")
            k += 1
            continue
        if ch == "\\":
            got, k = _escape(s, k, alpha, True, negated)
            parts.append(got)
            continue
        parts.append(_char(ch, alpha, negated))
        k += 1
    raise Unsupported("unclosed class")


def _rewrite(s: str, alpha: Alphabet, gap: str) -> str:
    out: list[str] = []
    j, n = 0, len(s)
    while j < n:
        c = s[j]
        if c == "\\":
            got, j = _escape(s, j, alpha, False, False)
            out.append(got)
        elif c == "[":
            got, j = _class(s, j, alpha)
            out.append(got)
        elif c == "\x00":
            out.append(gap)
            j += 1
        elif c == "(":
            if s.startswith(("(?=", "(?!", "(?<=", "(?<!"), j):
                j = _group_end(s, j)
                if j < n and s[j] in "?*+{":
                    raise Unsupported("a quantified look-around")
                continue
            if s.startswith("(?>", j):
                out.append("(?:")
                j += 3
            elif s.startswith("(?P<", j):
                out.append("(?:")
                j = s.index(">", j) + 1
            else:
                opener = next((o for o in _OPENERS if s.startswith(o, j)), None)
                if opener is None and s.startswith("(?", j):
                    raise Unsupported(f"group {s[j : j + 4]}")
                opener = opener or "("
                out.append(opener)
                j += len(opener)
        elif c == "{":
            m = re.match(r"\{(\d+)(?:,(\d*))?\}", s[j:])
            if m is None:
                raise Unsupported("brace")
            lo = min(int(m.group(1)), 8)
            if m.group(2) is None and int(m.group(1)) <= 8:
                out.append(m.group(0))
            else:
                out.append("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
            j += m.end()
            if s.startswith("+", j):
                j += 1  # possessive
        elif c in "+*?":
            out.append(c)
            j += 2 if s.startswith("+", j + 1) else 1  # a possessive quantifier: a plain one
        elif c in "^$":
            j += 1
        elif c in ".|)":
            out.append(c)
            j += 1
        else:
            out.append(_char(c, alpha, False))
            j += 1
    return "".join(out)


# the packs' words-between gap (policylens.core.phrases: up to N words, no sentence end between them)
_GAP = re.compile(
    re.escape(r"(?:(?>(?:[^\s.;:!?,'’]++|[:.](?=\w))+)(?:[\s,\u00a0]+(?:[„“«\"]|-(?=\w))?|['’])){0,") + r"\d+\}\??"
)


def rewrite(pattern: str, alpha: Alphabet) -> list[str]:
    """RE2 patterns (over ``alpha``'s bytes) that all match wherever ``pattern`` matches: the parts of
    the phrase between its words-between gaps, each on its own (:func:`_split`)."""
    if "\x00" in pattern:
        raise Unsupported("a NUL in the pattern")
    return _split(_rewrite(_GAP.sub("\x00", pattern), alpha, "\x00"))


_FLAG_SETTERS = ("(?i)", "(?-i)")


def _split(r: str) -> list[str]:
    """The parts of ``r`` between its gaps (NULs), each a pattern that matches wherever ``r`` does.

    A phrase with a gap ("collect … data") becomes the parts before and after it, looked for anywhere
    in the text: an automaton for "collect, then anything but a sentence's end, then data" would keep
    a state for every phrase begun in the sentence and grow with their combinations. The groups around
    a gap are dropped (they only join its parts); a gap inside a choice ("a … b|c") or a repeated group
    is not split: the phrase is not gated."""
    if "\x00" not in r:
        return [r]
    groups: list[list[int]] = []  # per group: [opener start, opener end, closer, choice, repeated, around a gap]
    stack: list[int] = []
    root_choice = False
    j, n = 0, len(r)
    while j < n:
        c = r[j]
        if c == "\\":
            j += 2
        elif c == "[":
            j = _class_end(r, j)
        elif c == "(":
            setter = next((f for f in _FLAG_SETTERS if r.startswith(f, j)), None)
            if setter is not None:
                j += len(setter)
                continue
            opener = next((o for o in _OPENERS if r.startswith(o, j)), "(")
            stack.append(len(groups))
            groups.append([j, j + len(opener), -1, 0, 0, 0])
            j += len(opener)
        elif c == ")":
            g = groups[stack.pop()]
            g[2] = j
            g[4] = int(j + 1 < n and r[j + 1] in "?*+{")
            j += 1
        elif c == "|":
            if stack:
                groups[stack[-1]][3] = 1
            else:
                root_choice = True
            j += 1
        elif c == "\x00":
            if root_choice or any(groups[k][3] or groups[k][4] for k in stack):
                raise Unsupported("a gap inside a choice")
            for k in stack:
                groups[k][5] = 1
            j += 1
        else:
            j += 1
    if stack:
        raise Unsupported("unbalanced group")
    if root_choice or any(g[5] and (g[3] or g[4]) for g in groups):
        raise Unsupported("a gap inside a choice")
    drop = [False] * n
    for g in groups:
        if g[5]:
            for k in (*range(g[0], g[1]), g[2]):
                drop[k] = True
    kept = "".join(ch for ch, d in zip(r, drop, strict=True) if not d)
    return [part for part in kept.split("\x00") if part]


@dataclass
class Gate:
    """A pack's phrases compiled together: :meth:`possible` tells which of them may match a text."""

    ids: dict[str, tuple[int, ...]]  # scanner pattern → its parts' indices (the phrases never gated: absent)
    alpha: Alphabet
    sets: list[Any]  # RE2 sets of CHUNK parts each: part i is the (i % CHUNK)-th of sets[i // CHUNK]
    _last: tuple[str, set[int]] | None = field(default=None, repr=False)  # the contexts' text, then the rules'
    # id of a list of scanners → the list (held: its id stays its own) and each scanner with its parts
    # (None: never gated), told once per gate, not per document (see :meth:`kept`)
    _lists: dict[int, tuple[list[Any], list[tuple[Any, frozenset[int] | None]]]] = field(
        default_factory=dict, repr=False
    )

    def possible(self, text: str) -> set[int]:
        """The indices of the parts that may match ``text`` (the others surely do not)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = self._scan(text)
        self._last = (text, found)
        return found

    def _scan(self, text: str) -> set[int]:
        data = self.alpha.encode(text)
        found: set[int] = set()
        for k, rset in enumerate(self.sets):
            base = k * CHUNK
            found.update(base + i for i in rset.Match(data) or ())
        return found

    def skips(self, possible: set[int], pattern: str) -> bool:
        """Whether the scanner ``pattern`` cannot match the text ``possible`` was worked out for."""
        parts = self.ids.get(pattern)
        return parts is not None and not possible.issuperset(parts)

    def kept(self, text: str, scanners: list[Any]) -> list[Any]:
        """Those of ``scanners`` (compiled) that may match ``text``: the others surely do not."""
        possible = self.possible(text)
        got = self._lists.get(id(scanners))
        if got is None or got[0] is not scanners:
            ids = self.ids
            got = self._lists[id(scanners)] = (
                scanners,
                [(sc, None if (parts := ids.get(sc.pattern)) is None else frozenset(parts)) for sc in scanners],
            )
        return [sc for sc, parts in got[1] if parts is None or parts <= possible]


@dataclass
class Plan:
    """What a gate is built from, worked out in Python (most of the cost of building one) and cached on
    disk beside the pack (:func:`policylens.core.packcache.cached`)."""

    alpha: Alphabet
    parts: list[str]  # the RE2 patterns, each once
    ids: dict[str, tuple[int, ...]]  # scanner pattern → the indices in ``parts`` of its parts


# a part found in more than this share of the pack's example sentences (and in more than 5) is left out
# of the gate: it holds in nearly every policy (on 120 English ones, the parts above 3% of the English
# examples were found in 90% of the policies), so it rules out nearly nothing, while the automaton keeps
# states for it and takes longer to warm
COMMON = 0.03


def plan(patterns: Iterable[str], samples: Iterable[str] = ()) -> Plan:
    """The plan of the gate of ``patterns`` (the scanners' regular expressions), without the parts
    common in ``samples`` (the pack's example sentences: :data:`COMMON`)."""
    made = _plan(patterns)
    samples = list(samples)
    return _without_common(made, samples) if samples else made


def _without_common(made: Plan, samples: list[str]) -> Plan:
    """``made`` without its parts found in more than :data:`COMMON` of ``samples``: a phrase is gated by its
    other parts (not at all when it has none left). The gate stays a superset: it only rules out less."""
    parts = made.parts
    probe = build(Plan(made.alpha, parts, {part: (k,) for k, part in enumerate(parts)}))
    found: dict[int, int] = {}
    for sample in samples:
        for i in probe.possible(sample):
            found[i] = found.get(i, 0) + 1
    limit = max(5, COMMON * len(samples))
    common = {k for k, part in enumerate(parts) if part in probe.ids and found.get(probe.ids[part][0], 0) > limit}
    if not common:
        return made
    kept = {k: n for n, k in enumerate(k for k in range(len(parts)) if k not in common)}
    ids = {}
    for pattern, ks in made.ids.items():
        left = tuple(kept[k] for k in ks if k in kept)
        if left:
            ids[pattern] = left
    return Plan(made.alpha, [part for k, part in enumerate(parts) if k in kept], ids)


def _plan(patterns: Iterable[str]) -> Plan:
    patterns = list(dict.fromkeys(patterns))
    alpha = Alphabet()
    for p in patterns:  # first the alphabet, from all of them: a class rewritten later holds every letter
        with contextlib.suppress(Unsupported, ValueError, IndexError):
            rewrite(p, alpha)
    ids: dict[str, tuple[int, ...]] = {}
    index: dict[str, int] = {}  # a part → its index (phrases share many)
    for p in patterns:
        try:
            parts = rewrite(p, alpha)
        except (Unsupported, ValueError, IndexError) as exc:  # tried as before
            log.debug("multiscan: %r not gated (%s)", p, exc)
            continue
        ids[p] = tuple(index.setdefault(part, len(index)) for part in parts)
    return Plan(alpha, list(index), ids)


def build(patterns: Iterable[str] | Plan) -> Gate:
    """The gate of ``patterns`` (the scanners' regular expressions, or their plan)."""
    re2 = _re2()
    made = patterns if isinstance(patterns, Plan) else plan(patterns)
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.case_sensitive = False
    options.never_capture = True
    options.log_errors = False
    options.max_mem = MAX_MEM
    sets: list[Any] = []
    at: list[int] = []  # part → its index in the sets taken together (-1: RE2 refused it)
    n = 0
    for part in made.parts:
        if not sets or n == CHUNK:
            sets.append(re2.Set.SearchSet(options))
            n = 0
        try:
            sets[-1].Add(part.encode("latin-1"))
        except re2.error:  # a phrase with this part is tried as before
            at.append(-1)
            continue
        at.append((len(sets) - 1) * CHUNK + n)
        n += 1
    for rset in sets:
        rset.Compile()
    ids = {p: tuple(at[k] for k in ks) for p, ks in made.ids.items() if all(at[k] >= 0 for k in ks)}
    return Gate(ids, made.alpha, sets)


def prepare(pack: Any) -> None:
    """Work out ``pack``'s plan and cache it on disk, if the gate is on and it is not there yet: an idle
    window does so (``ui.analysis_process``), so that the gate built at the pack's second document only
    compiles its sets."""
    if enabled():
        _plan_of(pack)


def _plan_of(pack: Any) -> Plan:
    """The plan of ``pack``'s gate, from the cache on disk when it is there."""
    from policylens.core import packcache

    patterns = _patterns(pack)
    samples = _samples(pack)
    return packcache.cached(
        f"{pack.code}-multiscan",
        "\0".join(patterns) + "\1" + "\0".join(samples),
        lambda: plan(patterns, samples),
        (__name__,),
        note=False,
    )


def _samples(pack: Any) -> list[str]:
    """The example and counter-example sentences of ``pack``'s rules."""
    specs = [rule.spec for rules in pack.rules.values() for rule in rules]
    return [e for spec in specs for e in (*spec.examples, *spec.counter_examples)]


def _patterns(pack: Any) -> list[str]:
    """The patterns of ``pack``'s rule phrases and context phrases."""
    rules = [s.pattern for rules in pack.rules.values() for rule in rules for s in rule.scanners]
    return rules + [s.pattern for scanners in pack.context_scanners.values() for s in scanners]


class _Slot:
    def __init__(self) -> None:
        self.uses = 0
        self.gate: Gate | None = None
        self.failed = False
        self.lock = threading.Lock()


_slots: dict[int, tuple[Any, _Slot]] = {}  # id(pack) → (the pack, kept so that its id is not reused; its slot)
_lock = threading.Lock()


def gate(pack: Any, *, now: bool = False, count: bool = True) -> Gate | None:
    """``pack``'s gate for the document about to be read: None for the pack's first documents in this
    process (``now``: built at once), when the gate is off, or when it could not be built. ``count``:
    this call is the one per document that counts towards :data:`BUILD_AT` (the matcher's; the
    contexts, read before, take the gate as it is)."""
    if not enabled():
        return None
    with _lock:
        entry = _slots.get(id(pack))
        if entry is None or entry[0] is not pack:
            entry = _slots[id(pack)] = (pack, _Slot())
    slot = entry[1]
    if slot.gate is not None or slot.failed or not (count or now):
        return slot.gate
    with slot.lock:
        slot.uses += 1
        if slot.gate is None and not slot.failed and (now or slot.uses >= BUILD_AT):
            try:
                slot.gate = build(_plan_of(pack))
            except Exception as exc:  # the gate is only faster: without it every phrase is tried
                log.warning("multiscan: no gate for %s (%s)", pack.code, exc)
                slot.failed = True
    return slot.gate


def forget() -> None:
    """Drop every gate (tests; a pack edited in memory gets a new one)."""
    with _lock:
        _slots.clear()
