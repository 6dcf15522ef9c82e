"""The extracted text of a policy, with its structure (headings, paragraphs, list items)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

_WORDS_SLICE = 1 << 18
_SPACE = re.compile(r"\s")

BlockKind = Literal["heading", "paragraph", "list_item"]

# a table's separator row ("| --- | :---: |"): column rules, no cells
SEPARATOR_ROW = re.compile(r"^[\s|:\-–—=+]+$")


def is_table_row(chunk: str) -> bool:
    """A table row as the loaders write it: cells joined by " | " (markdown rows start with "|"),
    a separator row ("| --- | --- |") included."""
    return " | " in chunk or (chunk.lstrip().startswith("|") and chunk.count("|") >= 2)


def is_row(chunk: str) -> bool:
    """A table row that holds cells, not a separator row."""
    return is_table_row(chunk) and SEPARATOR_ROW.match(chunk) is None


def cells(row: str) -> list[str]:
    """The cells of a table row as the loaders write it ("| _ga | Google | 2 years |"), stripped."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def is_separator_row(chunk: str) -> bool:
    """A table's separator row ("| --- | --- |")."""
    return is_table_row(chunk) and SEPARATOR_ROW.match(chunk) is not None


@dataclass(frozen=True, slots=True)
class Block:
    """A structural block: ``text[start:end]`` of the document."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level (1 = top) or list nesting depth


@dataclass(slots=True)
class Document:
    """Extracted text plus structure. ``text`` is what evidence offsets point into."""

    text: str
    blocks: list[Block]
    name: str
    format: str
    sha256: str
    path: str | None = None
    title: str | None = None  # e.g. the HTML <title>
    site_name: str | None = None  # the name a web page gives its site (og:site_name)
    meta: dict[str, str] = field(default_factory=dict)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    @property
    def words(self) -> int:
        """Whitespace-separated words, counted in slices of about 256 kB cut at whitespace: one
        ``split()`` of a 5 MB text holds the GIL for ~0.3 s (a frozen window), a slice ~15 ms."""
        text = self.text
        n = 0
        i = 0
        while i < len(text):
            j = i + _WORDS_SLICE
            if j < len(text):
                m = _SPACE.search(text, j)
                j = m.start() if m else len(text)
            n += len(text[i:j].split())
            i = j
        return n


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
