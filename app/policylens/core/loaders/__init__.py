"""Turn a saved policy (file or pasted text) into a :class:`~policylens.core.document.Document`.

Formats are detected by content first, extension second. Each loader raises a
:class:`~policylens.core.errors.InputError` subclass with a clear message on bad input.
"""

from __future__ import annotations

from pathlib import Path

from policylens.core import errors
from policylens.core.document import Document, sha256_bytes
from policylens.core.loaders.text import decode_text, normalise_text
from policylens.core.structure import blocks_from_text

MAX_BYTES = 64 * 1024 * 1024  # documented limit: 64 MB (see SECURITY.md)


def load_text(text: str, name: str = "pasted text") -> Document:
    """A document from text given directly (paste, drop of selected text)."""
    text = normalise_text(text)
    if not text.strip():
        raise errors.EmptyDocument()
    return Document(
        text=text,
        blocks=blocks_from_text(text),
        name=name,
        format="text",
        sha256=sha256_bytes(text.encode("utf-8")),
    )


def load_path(path: str | Path) -> Document:
    p = Path(path)
    try:
        if not p.exists():
            raise errors.FileMissing(path=str(p))
        if not p.is_file():
            raise errors.NotAFile(path=str(p))
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise errors.TooLarge(size_mb=round(size / 1048576), limit_mb=MAX_BYTES // 1048576)
        data = p.read_bytes()
    except OSError as exc:
        raise errors.FileUnreadable(reason=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise errors.EmptyDocument()
    text = normalise_text(decode_text(data))
    if not text.strip():
        raise errors.EmptyDocument()
    fmt = "md" if p.suffix.lower() in (".md", ".markdown") else "txt"
    return Document(
        text=text,
        blocks=blocks_from_text(text),
        name=p.name,
        format=fmt,
        sha256=sha256_bytes(data),
        path=str(p),
    )
