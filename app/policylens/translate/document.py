"""Translating a whole document, sentence by sentence, keeping its blocks.

The document is split by our own segmenter (``policylens.core.segment``: a sentence never crosses
a block), each sentence is translated by the batched :class:`~policylens.translate.engine.Engine`,
and the translation is put back together block by block — so the reader can show original and
translation paragraph by paragraph, and every translated sentence knows its original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from policylens.core.document import Block, Document
from policylens.core.segment import Sentence, segment
from policylens.translate import errors
from policylens.translate.engine import Engine, shared_engine

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

# a list marker or clause number at the start of a sentence: kept as is, not translated
_MARKER = re.compile(
    r"^\s*(?:[-–—•·▪◦●○*+►✓✔]|\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,6}[.)]|§\s*\d+\.?)\s+"
)
# scripts written without spaces between sentences
_NO_SPACE = frozenset({"zh", "ja", "th", "zt", "lo", "km", "my"})


def split_marker(text: str) -> tuple[str, str]:
    """("1. ", "We collect …") for "1. We collect …"; ("", text) when there is no marker."""
    m = _MARKER.match(text)
    if m is None or m.end() >= len(text):
        return "", text
    return text[: m.end()], text[m.end() :]


def sentences_of(doc: Document, code: str) -> list[Sentence]:
    """Our segmentation of ``doc``, with the abbreviations of ``code``'s rule pack if any."""
    from policylens.core.rules import has_pack, load_pack

    abbreviations = load_pack(code).abbreviations if has_pack(code) else frozenset()
    return segment(doc, abbreviations)


@dataclass(slots=True)
class BlockTranslation:
    index: int  # into Document.blocks
    block: Block
    original: str
    translation: str


@dataclass(slots=True)
class DocumentTranslation:
    """A document's translation: one translated string per sentence of ``sentences``."""

    doc: Document
    from_code: str
    to_code: str
    packages: list[str]  # package folders used, in order (two for a pivot through English)
    sentences: list[Sentence]
    translations: list[str]
    _blocks: list[BlockTranslation] | None = field(default=None, repr=False)

    def blocks(self) -> list[BlockTranslation]:
        """Original and translated text of every block that has text, in order."""
        if self._blocks is not None:
            return self._blocks
        joiner = "" if self.to_code.split("-")[0] in _NO_SPACE else " "
        by_block: dict[int, list[str]] = {}
        for sent, text in zip(self.sentences, self.translations, strict=True):
            by_block.setdefault(sent.block, []).append(text)
        out = []
        for i, block in enumerate(self.doc.blocks):
            if i not in by_block:
                continue
            translated = joiner.join(t for t in by_block[i] if t)
            out.append(BlockTranslation(i, block, self.doc.block_text(block).strip(), translated))
        self._blocks = out
        return out

    def text(self) -> str:
        """The translation as plain text: one paragraph per block, list items on their own lines."""
        parts: list[str] = []
        previous: Block | None = None
        for bt in self.blocks():
            if parts:
                both_items = previous is not None and previous.kind == bt.block.kind == "list_item"
                parts.append("\n" if both_items else "\n\n")
            indent = "  " * max(0, bt.block.level - 1) if bt.block.kind == "list_item" else ""
            parts.append(indent + bt.translation)
            previous = bt.block
        return "".join(parts) + ("\n" if parts else "")


def detect_language(doc: Document) -> str:
    from policylens.core.langid import detect_document

    code = detect_document(doc).code
    if code == "und":
        raise errors.UnknownLanguage()
    return code


def translate_sentences(
    doc: Document,
    sentences: list[Sentence],
    from_code: str,
    to_code: str,
    engine: Engine,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> list[str]:
    """The translation of each sentence; list markers ("1.", "•") are kept, not translated."""
    markers: list[str] = []
    bodies: list[str] = []
    for s in sentences:
        marker, body = split_marker(doc.text[s.start : s.end])
        markers.append(marker.strip())
        bodies.append(body)
    translated = engine.translate(bodies, from_code, to_code, progress=progress, cancel=cancel)
    return [f"{m} {t}" if m and t else (t or m) for m, t in zip(markers, translated, strict=True)]


def translate_document(
    doc: Document,
    to_code: str,
    from_code: str | None = None,
    *,
    engine: Engine | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> DocumentTranslation:
    """Translate ``doc`` into ``to_code`` (its language detected unless ``from_code`` is given).
    Raises :class:`MissingPackage` naming the pair when no installed package can do it."""
    engine = engine or shared_engine()
    source = from_code or detect_language(doc)
    hops = engine.route(source, to_code)  # fails early, before segmenting, when impossible
    sentences = sentences_of(doc, source)
    texts = translate_sentences(doc, sentences, source, to_code, engine, progress, cancel)
    return DocumentTranslation(doc, source, to_code, [h.name for h in hops], sentences, texts)
