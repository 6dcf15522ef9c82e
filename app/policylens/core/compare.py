"""Two versions of a policy: what changed in what it says, and in its text.

``compare(old_summary, new_summary, old_doc, new_doc)`` gives a :class:`Comparison`:

* **facts** (:class:`Change`): per field of the summary — collected data, recipients (and the
  names given for them), selling, retention kinds and periods, rights, contact, red flags, the
  service and its controller, the grade — ``added``, ``removed`` or ``changed``, each with its
  evidence in the old and the new text. A fact that appears or goes away also gets the sentence
  that stands in its place in the other version (from the text alignment), so both can be read
  side by side.
* **text** (:class:`TextOp`): a sentence-level diff that ignores whitespace, case, formatting
  marks (``**``, ``_``), list numbering and bullets, typographic quotes and dashes, and a sentence
  cut in two or joined by a change of layout. A section moved elsewhere is ``moved``, not removed
  and added; inside a changed sentence the changed words are marked.

Two versions in different languages are compared by their facts only (``text_compared`` is
False). The sentence alignment is a patience diff (``patiencediff``: unique sentences anchor the
alignment through a longest increasing subsequence, n·log n, then the gaps are aligned the same
way), so it stays fast on long policies; word diffs run inside one changed sentence at a time,
which is bounded (:data:`policylens.core.segment.MAX_SENTENCE`), so the whole stays linear in the
length of the text. Nothing here is shown to people as is: ids only, the words come from the
render layer (:mod:`policylens.diff_render`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal

from patiencediff import PatienceSequenceMatcher

from policylens.core.document import Document
from policylens.core.models import Evidence, Summary
from policylens.core.segment import Sentence, segment

SCHEMA = "policylens.diff/1"

ChangeKind = Literal["added", "removed", "changed"]
OpKind = Literal["equal", "added", "removed", "changed", "moved"]

# the card a field belongs to (None: shown above the cards: service, grade, red flags by their card)
FIELD_CARD = {
    "collected": "collected",
    "shared_with": "shared",
    "sells_data": "shared",
    "retention": "retention",
    "retention_period": "retention",
    "rights": "rights",
    "contact": "rights",
    "red_flags": None,
    "service": None,
    "grade": None,
}

# warnings about the pair (ids; the words are in the render layer)
DIFFERENT_SERVICES = "different_services"
DIFFERENT_LANGUAGES = "different_languages"
SAME_TEXT = "same_text"
SAME_FILE = "same_file"

_SEVERITY_WEIGHT = {"high": 90, "medium": 70, "low": 40}
# a few abbreviations common to the supported languages: the same on both sides is what matters
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "z.b", "z. b", "bzw", "ggf", "p. ex", "cf", "vs", "inc", "ltd", "nr"})


@dataclass
class Change:
    """One change in what the policy says."""

    field: str
    change: ChangeKind
    id: str
    before: Any = None
    after: Any = None
    evidence_before: list[Evidence] = field(default_factory=list)
    evidence_after: list[Evidence] = field(default_factory=list)
    severity: str | None = None  # of a red flag
    weight: int = 0  # how much it matters to the reader: larger first

    @property
    def card(self) -> str | None:
        if self.field == "red_flags":
            return self.card_of_flag
        return FIELD_CARD.get(self.field)

    card_of_flag: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "change": self.change,
            "id": self.id,
            "before": self.before,
            "after": self.after,
            "evidence_before": [e.model_dump() for e in self.evidence_before],
            "evidence_after": [e.model_dump() for e in self.evidence_after],
        }


@dataclass
class TextOp:
    """One step of the text diff: sentences ``old[o0:o1]`` against ``new[n0:n1]`` (indices into
    :attr:`Comparison.old_units` / ``new_units``). ``old_words``/``new_words``: for a changed
    sentence, the character spans (document offsets) of the changed words."""

    kind: OpKind
    o0: int
    o1: int
    n0: int
    n1: int
    old_words: list[tuple[int, int]] = field(default_factory=list)
    new_words: list[tuple[int, int]] = field(default_factory=list)
    at: Literal["old", "new"] | None = None  # a moved sentence: shown where it was, or where it is


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence of one version: ``text[start:end]`` of its document, its comparison key and its
    section (the heading above it)."""

    start: int
    end: int
    key: str
    section: str | None


@dataclass
class Comparison:
    old: Summary
    new: Summary
    changes: list[Change]
    ops: list[TextOp]
    old_units: list[Unit]
    new_units: list[Unit]
    text_compared: bool
    warnings: list[str]

    @property
    def counts(self) -> dict[str, int]:
        """Sentences added, removed, changed (counted once per pair) and moved."""
        out = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
        for op in self.ops:
            if op.kind == "added":
                out["added"] += op.n1 - op.n0
            elif op.kind == "removed":
                out["removed"] += op.o1 - op.o0
            elif op.kind == "changed":
                out["changed"] += 1
            elif op.kind == "moved" and op.at == "new":  # counted once, at its new place
                out["moved"] += op.n1 - op.n0
        return out

    @property
    def same_text(self) -> bool:
        return SAME_TEXT in self.warnings or SAME_FILE in self.warnings

    def changed_ops(self) -> list[TextOp]:
        """The text changes, in the order of the new version (removed text where it was)."""
        return [op for op in self.ops if op.kind != "equal" and op.at != "old"]

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts
        return {
            "schema": SCHEMA,
            "old": _side(self.old),
            "new": _side(self.new),
            "warnings": list(self.warnings),
            "changes": [c.to_dict() for c in self.changes],
            "text": {**counts, "compared": self.text_compared},
        }


def _side(s: Summary) -> dict[str, Any]:
    return {
        "source": s.source.model_dump(),
        "language": s.language.code,
        "service": s.service.name,
        "controller": s.service.controller,
        "updated": s.service.updated,
        "grade": {"letter": s.grade.letter, "score": s.grade.score} if s.grade.graded else None,
    }


# --------------------------------------------------------------------------- sentences and keys

_SPACE = re.compile(r"\s+")
_MARKS = re.compile(r"[*_`#>|~]+")
# list numbering and bullets at the start of a sentence: "1.", "2.1", "(a)", "iv)", "§ 3", "•"
_LEAD = re.compile(
    r"^(?:[-–—•·▪◦●*]+\s*|"
    r"(?:§\s*)?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?\s+|\d{1,3}(?:\.\d{1,3}){0,4}[.)]\s*|"
    r"\(\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\s*\)\s*|"
    r"(?:[ivxlc]{1,6}|[a-z])[.)]\s+)+",
    re.IGNORECASE,
)
_TRANSLATE = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
        "‹": "'", "›": "'", "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "\u00ad": None,
        "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)


def sentence_key(text: str) -> str:
    """What a sentence says, without its layout: the comparison key."""
    t = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    t = _MARKS.sub(" ", t)
    t = _SPACE.sub(" ", t).strip()
    t = _LEAD.sub("", t)
    t = re.sub(r'\s+(?=[.,;:!?)"])|(?<=[(])\s+', "", t)  # spaces before punctuation (PDF, fr typography)
    return t.casefold().strip(" .;:")


def units(doc: Document) -> list[Unit]:
    """The sentences of ``doc`` that say something (numbering alone and empty marks are dropped)."""
    sentences: list[Sentence] = segment(doc, _ABBREVIATIONS)
    text = doc.text
    out: list[Unit] = []
    for s in sentences:
        key = sentence_key(text[s.start : s.end])
        if not any(ch.isalnum() for ch in key):
            continue
        section = None
        if s.heading >= 0:
            h = sentences[s.heading]
            section = _SPACE.sub(" ", text[h.start : h.end]).strip()[:200] or None
        out.append(Unit(s.start, s.end, key, section))
    return out


def _dense(key: str) -> str:
    return key.replace(" ", "")


# --------------------------------------------------------------------------- the text diff

_WORD = re.compile(r"\w+|[^\w\s]")


def _similarity(a: str, b: str) -> float:
    wa, wb = Counter(_WORD.findall(a)), Counter(_WORD.findall(b))
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 0.0


def _word_marks(
    old_text: str, old_unit: Unit, new_text: str, new_unit: Unit
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the words that differ between two versions of one sentence (bounded length)."""
    ow = [(m.start() + old_unit.start, m.end() + old_unit.start, m.group().casefold())
          for m in _WORD.finditer(old_text[old_unit.start : old_unit.end])]
    nw = [(m.start() + new_unit.start, m.end() + new_unit.start, m.group().casefold())
          for m in _WORD.finditer(new_text[new_unit.start : new_unit.end])]
    sm = SequenceMatcher(None, [w[2] for w in ow], [w[2] for w in nw], autojunk=False)
    old_marks: list[tuple[int, int]] = []
    new_marks: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            old_marks.append((ow[i1][0], ow[i2 - 1][1]))
        if j2 > j1:
            new_marks.append((nw[j1][0], nw[j2 - 1][1]))
    return old_marks, new_marks


def _pair_block(a: list[Unit], b: list[Unit]) -> list[tuple[str, int, int, int, int]]:
    """Align a replaced block (old ``a`` against new ``b``): pairs of similar sentences, in order,
    each looked for among the next few sentences only (linear), the rest added or removed.
    Returns (kind, i0, i1, j0, j1) relative to the block."""
    # a change of layout only: the same words cut into other sentences
    if "".join(_dense(u.key) for u in a) == "".join(_dense(u.key) for u in b):
        return [("equal", 0, len(a), 0, len(b))]
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    window = 4
    while i < len(a) and j < len(b):
        best, best_k, best_l = 0.0, -1, -1
        for di in range(min(window, len(a) - i)):
            for dj in range(min(window, len(b) - j)):
                sim = _similarity(a[i + di].key, b[j + dj].key)
                if sim > best + 1e-9 and sim >= 0.5:
                    best, best_k, best_l = sim, i + di, j + dj
        if best_k < 0:
            out.append(("removed", i, i + 1, j, j))
            i += 1
            continue
        if best_k > i:
            out.append(("removed", i, best_k, j, j))
        if best_l > j:
            out.append(("added", best_k, best_k, j, best_l))
        out.append(("changed", best_k, best_k + 1, best_l, best_l + 1))
        i, j = best_k + 1, best_l + 1
    if i < len(a):
        out.append(("removed", i, len(a), len(b), len(b)))
    if j < len(b):
        out.append(("added", len(a), len(a), j, len(b)))
    return out


def text_diff(old_doc: Document, new_doc: Document, old_units: list[Unit], new_units: list[Unit]) -> list[TextOp]:
    """The sentence-level diff of two versions (see the module's doc)."""
    a = [u.key for u in old_units]
    b = [u.key for u in new_units]
    ops: list[TextOp] = []
    for tag, i1, i2, j1, j2 in PatienceSequenceMatcher(None, a, b).get_opcodes():
        if tag == "equal":
            ops.append(TextOp("equal", i1, i2, j1, j2))
        elif tag == "delete":
            ops.append(TextOp("removed", i1, i2, j1, j1))
        elif tag == "insert":
            ops.append(TextOp("added", i1, i1, j1, j2))
        else:
            for kind, x0, x1, y0, y1 in _pair_block(old_units[i1:i2], new_units[j1:j2]):
                ops.append(TextOp(kind, i1 + x0, i1 + x1, j1 + y0, j1 + y1))  # type: ignore[arg-type]
    ops = _find_moves(ops, old_units, new_units)
    ops = _pair_far(ops, old_units, new_units)
    for op in ops:
        if op.kind == "changed":
            op.old_words, op.new_words = _word_marks(old_doc.text, old_units[op.o0], new_doc.text, new_units[op.n0])
    return _merge(ops)


def _find_moves(ops: list[TextOp], old_units: list[Unit], new_units: list[Unit]) -> list[TextOp]:
    """Sentences removed in one place and added, the same, in another are moved: each gives a
    ``moved`` op where it was (``at == "old"``) and one where it is now (``at == "new"``), both
    with its old and new indices."""
    removed: dict[str, list[int]] = defaultdict(list)
    for op in ops:
        if op.kind == "removed":
            for i in range(op.o0, op.o1):
                removed[old_units[i].key].append(i)
    if not removed:
        return ops
    moved_old: dict[int, int] = {}  # old index -> new index
    for op in ops:
        if op.kind != "added":
            continue
        for j in range(op.n0, op.n1):
            pool = removed.get(new_units[j].key)
            if pool:
                moved_old[pool.pop(0)] = j
    if not moved_old:
        return ops
    moved_new = {j: i for i, j in moved_old.items()}
    out: list[TextOp] = []
    for op in ops:
        if op.kind == "removed":
            for i in range(op.o0, op.o1):
                if i in moved_old:
                    out.append(TextOp("moved", i, i + 1, moved_old[i], moved_old[i] + 1, at="old"))
                else:
                    out.append(TextOp("removed", i, i + 1, op.n0, op.n0))
        elif op.kind == "added":
            for j in range(op.n0, op.n1):
                if j in moved_new:
                    out.append(TextOp("moved", moved_new[j], moved_new[j] + 1, j, j + 1, at="new"))
                else:
                    out.append(TextOp("added", op.o0, op.o0, j, j + 1))
        else:
            out.append(op)
    return out


MAX_FAR_PAIRS = 10_000  # removed × added sentences compared for moved-and-edited ones (bounded work)


def _pair_far(ops: list[TextOp], old_units: list[Unit], new_units: list[Unit]) -> list[TextOp]:
    """A sentence removed in one place and added, edited, in another (a moved section with an edit
    in it) is ``changed``, at its new place. Left-over removed and added sentences are few; their
    pairs are compared only up to :data:`MAX_FAR_PAIRS`."""
    removed = [(k, i) for k, op in enumerate(ops) if op.kind == "removed" for i in range(op.o0, op.o1)]
    added = [(k, j) for k, op in enumerate(ops) if op.kind == "added" for j in range(op.n0, op.n1)]
    if not removed or not added or len(removed) * len(added) > MAX_FAR_PAIRS:
        return ops
    # near pairs are found by the block pairing already; what is left here moved
    pairs: dict[int, int] = {}  # new index -> old index
    taken: set[int] = set()
    for _k, i in removed:
        best, best_j = 0.6, -1
        for _l, j in added:
            if j in pairs:
                continue
            sim = _similarity(old_units[i].key, new_units[j].key)
            if sim > best:
                best, best_j = sim, j
        if best_j >= 0:
            pairs[best_j] = i
            taken.add(i)
    if not pairs:
        return ops
    out: list[TextOp] = []
    for op in ops:
        if op.kind == "removed":
            out += [TextOp("removed", i, i + 1, op.n0, op.n0) for i in range(op.o0, op.o1) if i not in taken]
        elif op.kind == "added":
            for j in range(op.n0, op.n1):
                if j in pairs:
                    out.append(TextOp("changed", pairs[j], pairs[j] + 1, j, j + 1))
                else:
                    out.append(TextOp("added", op.o0, op.o0, j, j + 1))
        else:
            out.append(op)
    return out


def _merge(ops: list[TextOp]) -> list[TextOp]:
    """Runs of added, removed or moved sentences (one after the other on both sides) as one op."""
    out: list[TextOp] = []
    for op in ops:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == op.kind and op.kind != "changed" and prev.at == op.at:
            if op.kind == "moved":
                joins = prev.o1 == op.o0 and prev.n1 == op.n0
            elif op.kind == "added":
                joins = prev.o0 == op.o0 and prev.n1 == op.n0
            elif op.kind == "removed":
                joins = prev.o1 == op.o0 and prev.n0 == op.n0
            else:
                joins = prev.o1 == op.o0 and prev.n1 == op.n0
            if joins:
                out[-1] = TextOp(op.kind, prev.o0, op.o1, prev.n0, op.n1, at=op.at)
                continue
        out.append(op)
    return out


# --------------------------------------------------------------------------- facts


@dataclass
class _Align:
    """Where each sentence of one version stands in the other (for side-by-side evidence)."""

    old_doc: Document
    new_doc: Document
    old_units: list[Unit]
    new_units: list[Unit]
    old_to_new: dict[int, int]
    new_to_old: dict[int, int]

    _cache: dict[bool, list[int]] = field(default_factory=dict)

    def _starts(self, old: bool) -> list[int]:
        if old not in self._cache:
            self._cache[old] = [u.start for u in (self.old_units if old else self.new_units)]
        return self._cache[old]

    def counterpart(self, ev: Evidence, from_old: bool) -> Evidence | None:
        other_units = self.new_units if from_old else self.old_units
        mapping = self.old_to_new if from_old else self.new_to_old
        other_doc = self.new_doc if from_old else self.old_doc
        starts = self._starts(from_old)
        i = bisect.bisect_right(starts, ev.start) - 1
        if i < 0 or i not in mapping:
            return None
        u = other_units[mapping[i]]
        return Evidence(quote=other_doc.text[u.start : u.end], start=u.start, end=u.end, section=u.section)


def _alignment(ops: list[TextOp]) -> tuple[dict[int, int], dict[int, int]]:
    o2n: dict[int, int] = {}
    for op in ops:
        if op.kind in ("equal", "changed") or (op.kind == "moved" and op.at == "old"):
            for k in range(op.o1 - op.o0):
                o2n[op.o0 + k] = op.n0 + k
    return o2n, {v: k for k, v in o2n.items()}


def _ids(items: list[Any], attr: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for it in items:
        out.setdefault(getattr(it, attr), it)
    return out


def _norm_name(s: str | None) -> str:
    return re.sub(r"[^\w]+", " ", (s or "").casefold()).strip()


def _same_name(a: str, b: str) -> bool:
    """The same name, give or take words around it ("Introduction QAZAR CLOUD" for "QAZAR CLOUD":
    a heading or a sentence's start taken in by the extraction of one of the versions)."""
    wa, wb = set(_norm_name(a).split()), set(_norm_name(b).split())
    return wa <= wb or wb <= wa


def _set_changes(
    field_: str,
    old: dict[str, Any],
    new: dict[str, Any],
    weights: tuple[int, int],
    align: _Align | None,
) -> list[Change]:
    """Ids present in one version only: added (weight ``weights[0]``) or removed (``weights[1]``)."""
    out: list[Change] = []
    for key in old.keys() - new.keys():
        ev = list(old[key].evidence)
        out.append(Change(field_, "removed", key, before=key, after=None, evidence_before=ev,
                          evidence_after=_counterparts(ev, align, True), weight=weights[1]))
    for key in new.keys() - old.keys():
        ev = list(new[key].evidence)
        out.append(Change(field_, "added", key, before=None, after=key, evidence_before=_counterparts(ev, align, False),
                          evidence_after=ev, weight=weights[0]))
    return out


def _counterparts(evidence: list[Evidence], align: _Align | None, from_old: bool) -> list[Evidence]:
    if align is None:
        return []
    out: list[Evidence] = []
    seen: set[int] = set()
    for ev in evidence:
        c = align.counterpart(ev, from_old)
        if c is not None and c.start not in seen:
            seen.add(c.start)
            out.append(c)
    return out


def fact_changes(old: Summary, new: Summary, align: _Align | None) -> list[Change]:
    out: list[Change] = []
    # service and controller: a name found in one version only is not reported (it may come from
    # the file's name or title rather than from what the policy says)
    for attr in ("name", "controller"):
        a, b = getattr(old.service, attr), getattr(new.service, attr)
        if a and b and not _same_name(a, b):
            kind: ChangeKind = "changed"
            out.append(Change("service", kind, attr, before=a, after=b, evidence_before=list(old.service.evidence[:1]),
                              evidence_after=list(new.service.evidence[:1]), weight=20))
    # grade
    graded = old.grade.graded and new.grade.graded
    if graded and (old.grade.letter, old.grade.score) != (new.grade.letter, new.grade.score):
        worse = (new.grade.score or 0) < (old.grade.score or 0)
        out.append(Change("grade", "changed", "grade", before={"letter": old.grade.letter, "score": old.grade.score},
                          after={"letter": new.grade.letter, "score": new.grade.score}, weight=100 if worse else 15))
    # red flags
    of, nf = _ids(old.red_flags, "id"), _ids(new.red_flags, "id")
    for key in of.keys() - nf.keys():
        f = of[key]
        out.append(Change("red_flags", "removed", key, before={"severity": f.severity}, after=None,
                          evidence_before=list(f.evidence), evidence_after=_counterparts(f.evidence, align, True),
                          severity=f.severity, weight=10, card_of_flag=f.card))
    for key in nf.keys() - of.keys():
        f = nf[key]
        out.append(Change("red_flags", "added", key, before=None, after={"severity": f.severity},
                          evidence_before=_counterparts(f.evidence, align, False), evidence_after=list(f.evidence),
                          severity=f.severity, weight=_SEVERITY_WEIGHT[f.severity], card_of_flag=f.card))
    for key in of.keys() & nf.keys():
        a, b = of[key], nf[key]
        if a.severity != b.severity:
            out.append(Change("red_flags", "changed", key, before={"severity": a.severity},
                              after={"severity": b.severity}, evidence_before=list(a.evidence),
                              evidence_after=list(b.evidence), severity=b.severity, weight=50, card_of_flag=b.card))
    # selling
    if old.sells_data != new.sells_data:
        out.append(Change("sells_data", "changed", "sells_data", before=old.sells_data, after=new.sells_data,
                          evidence_before=list(old.sale.evidence), evidence_after=list(new.sale.evidence),
                          weight=95 if new.sells_data == "yes" else 30))
    # recipients, and the names given for them
    os_, ns = _ids(old.shared_with, "recipient"), _ids(new.shared_with, "recipient")
    out += _set_changes("shared_with", os_, ns, (80, 12), align)
    for key in os_.keys() & ns.keys():
        a_names, b_names = os_[key].names, ns[key].names
        if {_norm_name(n) for n in a_names} != {_norm_name(n) for n in b_names}:
            added = [n for n in b_names if _norm_name(n) not in {_norm_name(x) for x in a_names}]
            out.append(Change("shared_with", "changed", key, before={"names": list(a_names)},
                              after={"names": list(b_names)}, evidence_before=list(os_[key].evidence),
                              evidence_after=list(ns[key].evidence), weight=60 if added else 12))
    # collected data
    out += _set_changes("collected", _ids(old.collected, "category"), _ids(new.collected, "category"), (65, 12), align)
    # retention kinds and periods
    ok = {k.kind: k for k in old.retention.kind_evidence}
    nk = {k.kind: k for k in new.retention.kind_evidence}
    for kind in old.retention.kinds:
        ok.setdefault(kind, _NoEvidence())  # type: ignore[arg-type]
    for kind in new.retention.kinds:
        nk.setdefault(kind, _NoEvidence())  # type: ignore[arg-type]
    for c in _set_changes("retention", ok, nk, (45, 20), align):
        if c.id == "indefinite" and c.change == "added":
            c.weight = 85
        if c.id == "fixed_period" and c.change == "removed":
            c.weight = 60
        out.append(c)
    out += _period_changes(old, new, align)
    # rights
    out += _set_changes("rights", _ids(old.rights, "right"), _ids(new.rights, "right"), (25, 75), align)
    # contact
    for attr in ("emails", "phones", "urls"):
        a_list, b_list = getattr(old.contact, attr), getattr(new.contact, attr)
        if attr == "urls":  # addresses only: the engine also keeps phrases ("contact us through")
            a_list, b_list = [u for u in a_list if _ADDRESS.match(u)], [u for u in b_list if _ADDRESS.match(u)]
        if {x.casefold() for x in a_list} != {x.casefold() for x in b_list}:
            kind = "added" if not a_list else "removed" if not b_list else "changed"
            out.append(Change("contact", kind, attr, before=list(a_list), after=list(b_list),
                              evidence_before=list(old.contact.evidence), evidence_after=list(new.contact.evidence),
                              weight=55 if kind == "removed" else 18))
    if old.contact.postal_address != new.contact.postal_address:
        out.append(Change("contact", "added" if new.contact.postal_address else "removed", "postal_address",
                          before=old.contact.postal_address, after=new.contact.postal_address,
                          evidence_before=list(old.contact.evidence), evidence_after=list(new.contact.evidence),
                          weight=18 if new.contact.postal_address else 40))
    return out


_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.IGNORECASE)


@dataclass
class _NoEvidence:
    evidence: list[Evidence] = field(default_factory=list)


def _period_key(p: Any) -> str:
    return (p.data or "").casefold() or "any"


def _period_changes(old: Summary, new: Summary, align: _Align | None) -> list[Change]:
    """Periods by the data they are for: one that got longer or shorter is ``changed``."""
    out: list[Change] = []
    olds: dict[str, list[Any]] = defaultdict(list)
    news: dict[str, list[Any]] = defaultdict(list)
    for p in old.retention.periods:
        olds[_period_key(p)].append(p)
    for p in new.retention.periods:
        news[_period_key(p)].append(p)
    for key in sorted(olds.keys() | news.keys()):
        a = sorted(olds.get(key, []), key=lambda p: p.days)
        b = sorted(news.get(key, []), key=lambda p: p.days)
        # the same durations on both sides are unchanged; what is left is paired in order
        a_days = Counter(p.days for p in a)
        b_days = Counter(p.days for p in b)
        common = a_days & b_days
        keep_a, keep_b = Counter(common), Counter(common)
        rest_a = [p for p in a if not _take(keep_a, p.days)]
        rest_b = [p for p in b if not _take(keep_b, p.days)]
        for pa, pb in zip(rest_a, rest_b, strict=False):
            out.append(Change("retention_period", "changed", key, before=_period(pa), after=_period(pb),
                              evidence_before=list(pa.evidence), evidence_after=list(pb.evidence),
                              weight=58 if pb.days > pa.days else 22))
        for pa in rest_a[len(rest_b):]:
            out.append(Change("retention_period", "removed", key, before=_period(pa), after=None,
                              evidence_before=list(pa.evidence), evidence_after=_counterparts(pa.evidence, align, True),
                              weight=35))
        for pb in rest_b[len(rest_a):]:
            out.append(Change("retention_period", "added", key, before=None, after=_period(pb),
                              evidence_before=_counterparts(pb.evidence, align, False),
                              evidence_after=list(pb.evidence), weight=30))
    return out


def _take(counter: Counter[float], days: float) -> bool:
    if counter[days] > 0:
        counter[days] -= 1
        return True
    return False


def _period(p: Any) -> dict[str, Any]:
    return {"days": p.days, "text": p.text, "data": p.data}


def impact(c: Change) -> Literal["worse", "better", "neutral"]:
    """Whether a change is bad or good news for the reader."""
    f, k = c.field, c.change
    if f == "grade":
        return "worse" if c.after["score"] < c.before["score"] else "better"
    if f == "red_flags":
        if k == "changed":
            order = ("low", "medium", "high")
            return "worse" if order.index(c.after["severity"]) > order.index(c.before["severity"]) else "better"
        return "worse" if k == "added" else "better"
    if f in ("collected", "shared_with"):
        if k == "changed":
            return "worse" if len(c.after.get("names", [])) > len(c.before.get("names", [])) else "neutral"
        return "worse" if k == "added" else "better"
    if f == "sells_data":
        return "worse" if c.after == "yes" else "better" if c.after == "no" else "neutral"
    if f == "retention":
        bad = c.id in ("indefinite", "as_long_as_necessary")
        return ("worse" if bad else "better") if k == "added" else ("better" if bad else "worse")
    if f == "retention_period":
        if k == "changed":
            return "worse" if c.after["days"] > c.before["days"] else "better"
        return "neutral"
    if f in ("rights", "contact"):
        return "better" if k == "added" else "worse" if k == "removed" else "neutral"
    return "neutral"


# --------------------------------------------------------------------------- the comparison


def _different_services(old: Summary, new: Summary, shared: float | None) -> bool:
    """Two policies of different services: their names (or controllers) differ and their texts
    have little in common, or their texts have almost nothing in common."""
    names = [(_norm_name(old.service.name), _norm_name(new.service.name)),
             (_norm_name(old.service.controller), _norm_name(new.service.controller))]
    known = [(a, b) for a, b in names if a and b]
    differ = bool(known) and all(not _same_name(a, b) for a, b in known)
    if shared is None:  # other languages: the names are all there is
        return differ
    return (differ and shared < 0.5) or shared < 0.08


def compare(old_summary: Summary, new_summary: Summary, old_doc: Document, new_doc: Document) -> Comparison:
    """Compare two versions of a policy (see the module's doc)."""
    warnings: list[str] = []
    same_language = (old_summary.language.analysed_as or old_summary.language.code) == (
        new_summary.language.analysed_as or new_summary.language.code
    ) and old_summary.language.code == new_summary.language.code
    old_units: list[Unit] = []
    new_units: list[Unit] = []
    ops: list[TextOp] = []
    align: _Align | None = None
    shared: float | None = None
    if old_doc.sha256 == new_doc.sha256:
        warnings.append(SAME_FILE)
    if same_language:
        old_units, new_units = units(old_doc), units(new_doc)
        ops = text_diff(old_doc, new_doc, old_units, new_units)
        o2n, n2o = _alignment(ops)
        align = _Align(old_doc, new_doc, old_units, new_units, o2n, n2o)
        same = sum(op.o1 - op.o0 for op in ops if op.kind == "equal")
        shared = same / max(1, min(len(old_units), len(new_units)))
        if SAME_FILE not in warnings and all(op.kind == "equal" for op in ops):
            warnings.append(SAME_TEXT)
    else:
        warnings.append(DIFFERENT_LANGUAGES)
    if _different_services(old_summary, new_summary, shared):
        warnings.append(DIFFERENT_SERVICES)
    changes = fact_changes(old_summary, new_summary, align)
    order = {f: i for i, f in enumerate(FIELD_CARD)}
    changes.sort(key=lambda c: (-c.weight, order.get(c.field, 99), c.id))
    return Comparison(old_summary, new_summary, changes, ops, old_units, new_units, same_language, warnings)
