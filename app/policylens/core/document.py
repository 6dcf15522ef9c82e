"""The extracted text of a policy, with its structure (headings, paragraphs, list items)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item"]


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
    meta: dict[str, str] = field(default_factory=dict)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    @property
    def words(self) -> int:
        return len(self.text.split())


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
