"""Build a document's text block by block, so every block is a span of the final text."""

from __future__ import annotations

import re

from policylens.core.document import Block, BlockKind
from policylens.core.structure import is_list_line, is_numbered_clause

# runs of spaces to collapse: a lone " " is left alone (same result, far fewer replacements)
_SPACES = re.compile(r"[ \t\r\f\v\u2000-\u200a\u3000]{2,}|[\t\r\f\v\u2000-\u200a\u3000]")
_AROUND_NEWLINE = re.compile(r" *\n *")
_NEWLINES = re.compile(r"\n{2,}")


def clean_inline(text: str) -> str:
    """Collapse whitespace inside a block (line breaks kept as single newlines)."""
    text = text.replace("\u200b", "").replace("\u00ad", "")
    text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _AROUND_NEWLINE.sub("\n", text)
        text = _NEWLINES.sub("\n", text)
    return text.strip()


class TextBuilder:
    """Appends blocks: blank line between blocks, one newline between consecutive list items."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []

    def add(self, kind: BlockKind, text: str, level: int = 0, *, clean: bool = True) -> None:
        if clean:
            text = clean_inline(text)
        if not text:
            return
        if kind == "paragraph" and (is_list_line(text) or is_numbered_clause(text)):
            kind, level = "list_item", 1  # "(1) ...", "a) ...", "• ...", "2. ... ;" written as a paragraph
        if self.blocks:
            sep = "\n" if kind == "list_item" and self.blocks[-1].kind == "list_item" else "\n\n"
            self._parts.append(sep)
            self._len += len(sep)
        start = self._len
        self._parts.append(text)
        self._len += len(text)
        self.blocks.append(Block(kind, start, self._len, level))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len
