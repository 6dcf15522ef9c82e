"""Which sentences support which finding (no Qt here).

A card point names its finding with a reference (``card.point_refs``): ``"collected:device"``,
``"shared:legal"``, ``"rights:erasure"``, ``"retention:legal_requirement"``, ``"period:0"``,
``"sale"``, ``"contact"`` or ``"flag:missing_contact"``; a red flag is ``"flag:<id>"``. This module
turns a reference into its evidence, tells whether a finding comes from the policy's silence, and
indexes every evidence span so the reader can say which findings a sentence supports.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policylens.core.document import Document
from policylens.core.errors import QT_TRANSLATE_NOOP

# why there is no sentence to show, for findings that come from what the policy does not say
ABSENCE_REASONS = {
    "flag:missing_contact": QT_TRANSLATE_NOOP(
        "findings",
        "The policy gives no e-mail address, postal address or contact form, so there is no sentence "
        "to show: this finding comes from what is missing.",
    ),
    "flag:vague_retention": QT_TRANSLATE_NOOP(
        "findings",
        "The policy states no concrete retention period anywhere, so there is no sentence to show: "
        "this finding comes from what is missing.",
    ),
    "sale": QT_TRANSLATE_NOOP(
        "findings",
        "The policy does not say whether it sells your data, so there is no sentence to show.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "findings", "The contact details were found in the policy's text, but not in one sentence."
    ),
}
ABSENCE_GENERIC = QT_TRANSLATE_NOOP(
    "findings",
    "This finding comes from something the policy does not say, so there is no sentence to show.",
)

if TYPE_CHECKING:  # the summary model is imported when a summary first arrives
    from policylens.core.models import Evidence, Summary


def evidence_for(summary: Summary, ref: str) -> list[Evidence]:
    """The evidence behind the finding ``ref`` (empty for findings from absence)."""
    return summary.evidence_for(ref)


def absence_reason(ref: str) -> str:
    """English source text (context ``"findings"``) explaining a finding without evidence."""
    return ABSENCE_REASONS.get(ref, ABSENCE_GENERIC)


def all_refs(summary: Summary) -> list[str]:
    """Every finding reference shown in the window: card points first, then red flags."""
    refs: list[str] = []
    seen: set[str] = set()
    for card in summary.cards:
        for ref in card.point_refs:
            if ref not in seen:
                seen.add(ref)
                refs.append(ref)
    for flag in summary.red_flags:
        ref = f"flag:{flag.id}"
        if ref not in seen:
            seen.add(ref)
            refs.append(ref)
    return refs


def sorted_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence in reading order, each span once."""
    out: dict[tuple[int, int], Evidence] = {}
    for ev in evidence:
        out.setdefault((ev.start, ev.end), ev)
    return [out[k] for k in sorted(out)]


_SENTENCE_END = re.compile(r"[.!?;,:…。]\s*$")
HEADING_WORDS = 6


def is_bare_heading(ev: Evidence, doc: Document | None) -> bool:
    """Whether ``ev`` is a title rather than a sentence: a heading block, or a whole short line
    that ends no sentence and introduces a list ("Kommunikationsdata" over its bullets)."""
    if doc is None:
        return False
    i = bisect.bisect_right([b.start for b in doc.blocks], ev.start) - 1
    if i < 0:
        return False
    block = doc.blocks[i]
    if ev.end > block.end:
        return False
    if block.kind == "heading":
        return True
    text = doc.text[block.start : block.end].strip()
    whole = doc.text[ev.start : ev.end].strip() == text
    following = doc.blocks[i + 1].kind if i + 1 < len(doc.blocks) else ""
    return (
        block.kind == "paragraph"
        and whole
        and len(text.split()) <= HEADING_WORDS
        and not _SENTENCE_END.search(text)
        and following == "list_item"
    )


def sentences_first(evidence: list[Evidence], doc: Document | None) -> list[Evidence]:
    """The evidence to highlight: never a bare heading when a sentence says it too."""
    sentences = [ev for ev in evidence if not is_bare_heading(ev, doc)]
    return sentences or evidence


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    ref: str


class EvidenceIndex:
    """Every evidence span of a summary, to answer "which findings does offset X support?"."""

    def __init__(self, summary: Summary | None) -> None:
        spans: list[Span] = []
        if summary is not None:
            for ref in all_refs(summary):
                for ev in sorted_evidence(evidence_for(summary, ref)):
                    if ev.end > ev.start:
                        spans.append(Span(ev.start, ev.end, ref))
        spans.sort(key=lambda s: (s.start, s.end))
        self.spans = spans
        self._starts = [s.start for s in spans]
        self._longest = max((s.end - s.start for s in spans), default=0)

    def refs_at(self, offset: int) -> list[str]:
        """References of the findings whose evidence covers ``offset`` (each once, in order)."""
        hi = bisect.bisect_right(self._starts, offset)
        lo = bisect.bisect_left(self._starts, offset - self._longest)
        refs: list[str] = []
        for span in self.spans[lo:hi]:
            if span.start <= offset < span.end and span.ref not in refs:
                refs.append(span.ref)
        return refs

    def merged(self) -> list[tuple[int, int]]:
        """The covered ranges, overlapping spans merged (for the reader's faint underline)."""
        out: list[tuple[int, int]] = []
        for span in self.spans:
            if out and span.start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], span.end))
            else:
                out.append((span.start, span.end))
        return out
