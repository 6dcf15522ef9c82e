"""Analysing a policy written in a language without a rule pack, through an English translation.

The original is split into sentences, each sentence is translated into English, and an English
:class:`~policylens.core.document.Document` is built whose blocks mirror the original's (same
kinds and levels, the translated sentences of a block in that block), keeping where each
translated sentence sits. ``core.analyze`` runs on it with the English pack; then every piece of
evidence is mapped back onto the original sentences it came from, so quotes and offsets are the
original text's, verbatim. The summary keeps the original language's code, says
``analysed_as = "en"`` and carries the "translated" warning.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from policylens.core.analyze import LANGUAGE_NAMES, analyze
from policylens.core.document import Block, Document
from policylens.core.models import Evidence, Language, Note, Source, Summary
from policylens.core.rules import has_pack
from policylens.core.segment import Sentence
from policylens.translate import errors, packages
from policylens.translate.document import sentences_of, translate_sentences
from policylens.translate.engine import Engine, shared_engine

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

PIVOT = "en"
SECTION_CHARS = 160  # as core.analyze's section titles


@dataclass(frozen=True, slots=True)
class EnglishText:
    """The English document and, for each translated sentence, its span there and its original."""

    doc: Document
    starts: list[int]  # English start of each span, ascending
    ends: list[int]
    originals: list[int]  # index into the original sentences


def can_analyse(code: str) -> bool:
    """Whether a policy in ``code`` can be analysed through an installed package to English
    (cheap: reads package metadata only)."""
    return code != PIVOT and not has_pack(code) and packages.find_package(code, PIVOT) is not None


def build_english(doc: Document, sentences: list[Sentence], translations: list[str]) -> EnglishText:
    """An English document mirroring ``doc``'s blocks, from one translation per sentence."""
    by_block: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_block.setdefault(s.block, []).append(i)
    parts: list[str] = []
    pos = 0
    blocks: list[Block] = []
    starts: list[int] = []
    ends: list[int] = []
    originals: list[int] = []
    for bi, block in enumerate(doc.blocks):
        idxs = by_block.get(bi)
        if not idxs:
            continue
        if blocks:
            parts.append("\n\n")
            pos += 2
        block_start = pos
        for j, si in enumerate(idxs):
            text = " ".join(translations[si].split())
            if j and text:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(text)
            pos += len(text)
            ends.append(pos)
            originals.append(si)
        blocks.append(Block(block.kind, block_start, pos, block.level))
    text = "".join(parts)
    en = Document(
        text=text, blocks=blocks, name=doc.name, format=doc.format, sha256=doc.sha256, path=doc.path,
        title=doc.title, meta=dict(doc.meta),
    )
    return EnglishText(en, starts, ends, originals)


def _section(doc: Document, sentences: list[Sentence], i: int) -> str | None:
    s = sentences[i]
    h = i if s.kind == "heading" else s.heading
    if h < 0:
        return None
    hs = sentences[h]
    return " ".join(doc.text[hs.start : hs.end].split())[:SECTION_CHARS]


def remap_evidence(summary: Summary, doc: Document, sentences: list[Sentence], en: EnglishText) -> None:
    """Point every piece of evidence of ``summary`` (offsets into the English text) at the
    original sentences it was translated from: quote, start, end and section of the original."""
    done: set[int] = set()
    for ev in summary.all_evidence():
        if id(ev) in done:
            continue  # the same object in two lists: map it once
        done.add(id(ev))
        # translated sentences that overlap [start, end); else the one containing start
        lo = bisect.bisect_right(en.ends, ev.start)
        hi = bisect.bisect_left(en.starts, max(ev.end, ev.start + 1))
        hits = [k for k in range(lo, hi) if en.ends[k] > en.starts[k]]
        if not hits:
            k = max(0, min(len(en.starts) - 1, bisect.bisect_right(en.starts, ev.start) - 1))
            hits = [k]
        first = sentences[en.originals[hits[0]]]
        last = sentences[en.originals[hits[-1]]]
        start, end = min(first.start, last.start), max(first.end, last.end)
        ev.quote = doc.text[start:end]
        ev.start, ev.end = start, end
        ev.section = _section(doc, sentences, en.originals[hits[0]])
    for evidence in _evidence_lists(summary):
        _dedupe(evidence)


def _evidence_lists(summary: Summary) -> list[list[Evidence]]:
    lists = [summary.service.evidence, summary.sale.evidence, summary.contact.evidence]
    lists += [c.evidence for c in summary.collected]
    lists += [s.evidence for s in summary.shared_with]
    lists += [p.evidence for p in summary.retention.periods]
    lists += [k.evidence for k in summary.retention.kind_evidence]
    lists += [r.evidence for r in summary.rights]
    lists += [f.evidence for f in summary.red_flags]
    return lists


def _dedupe(evidence: list[Evidence]) -> None:
    """Two English sentences of one original sentence give the same evidence twice: keep one."""
    seen: set[tuple[int, int]] = set()
    keep = []
    for ev in evidence:
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            keep.append(ev)
    evidence[:] = keep


def analyze_via_english(
    doc: Document,
    from_code: str | None = None,
    *,
    engine: Engine | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    require_policy: bool = True,
    confidence: float | None = None,
) -> Summary:
    """Summarise ``doc`` through an offline translation into English (see the module's doc).
    Raises :class:`MissingPackage` when no package carries its language to English,
    :class:`~policylens.core.errors.NotAPolicy` and :class:`~policylens.core.errors.Cancelled`
    like ``analyze``."""
    engine = engine or shared_engine()
    code = from_code
    if code is None:
        from policylens.core.langid import detect_document

        guess = detect_document(doc)
        if guess.code == "und":
            raise errors.UnknownLanguage()
        code, confidence = guess.code, guess.confidence
    engine.route(code, PIVOT)  # MissingPackage, before any work
    sentences = sentences_of(doc, code)

    def translating(done: int, total: int) -> None:
        if progress is not None:
            progress(round(80 * done / max(1, total)), 100)

    translations = translate_sentences(doc, sentences, code, PIVOT, engine, translating, cancel)
    en = build_english(doc, sentences, translations)

    def analysing(done: int, total: int) -> None:
        if progress is not None:
            progress(80 + round(20 * done / max(1, total)), 100)

    summary = analyze(en.doc, lang=PIVOT, progress=analysing, cancel=cancel, require_policy=require_policy)
    remap_evidence(summary, doc, sentences, en)
    summary.source = Source(
        name=doc.name, format=doc.format, sha256=doc.sha256, characters=len(doc.text), words=doc.words,
        path=doc.path, title=doc.title,
    )
    summary.language = Language(
        code=code,
        confidence=1.0 if confidence is None else confidence,
        analysed_as=PIVOT,
        name=LANGUAGE_NAMES.get(code),
        supported=True,
    )
    summary.notes.insert(0, Note(id="translated"))
    return summary


def analyze_if_possible(doc: Document, summary: Summary, **kwargs: object) -> Summary | None:
    """For a summary that could not be made (no rule pack for the language): the summary made
    through English when a package to English is installed, else None."""
    if summary.language.supported or not can_analyse(summary.language.code):
        return None
    return analyze_via_english(
        doc, summary.language.code, confidence=summary.language.confidence, **kwargs  # type: ignore[arg-type]
    )
