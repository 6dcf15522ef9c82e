"""Turn a saved policy (file or pasted text) into a :class:`~policylens.core.document.Document`.

Public API::

    load_path(path) -> Document          a file on disk (never modified)
    load_bytes(data, name) -> Document   a file's bytes (a drop from a browser, a download)
    load_text(text, name) -> Document    text given directly (paste)
    detect_format(path) -> str           "txt" | "md" | "html" | "mhtml" | "pdf" | "docx"
    SUPPORTED_EXTENSIONS                 (".txt", ".text", ".md", ...) for file dialogs
    MAX_BYTES                            the largest file opened (64 MB)

Formats are detected by content first (``%PDF``, a zip holding ``word/document.xml``, a MIME
multipart header, ``<!doctype html``/``<html``), by extension second. Every failure is an
:class:`~policylens.core.errors.InputError` subclass with a clear message: missing file, directory,
permission denied, too large, empty, binary, unsupported kind (named), old .doc, damaged, encrypted,
scanned PDF, zip bomb.

``Document.text`` is what evidence offsets point into. For ``.txt`` it is the file's text with
newlines normalised, so quotes are verbatim; for the other formats it is the extracted text, blocks
separated by a blank line (one newline between list items). ``Document.meta`` records facts of the
extraction: ``encoding``, ``pages``, ``extractor`` (what read the text: ``trafilatura``, ``lxml (main)``,
``pypdf``, ``pypdf (word positions)``, ``python-docx``, ``text``), ``declared_format`` when the content
overrode the extension. ``Document.title`` and ``Document.site_name`` hold what a web page calls itself
(``<title>``, ``og:site_name``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from policylens.core import errors
from policylens.core.document import Block, Document, sha256_bytes
from policylens.core.loaders.sniff import (
    EXTENSION_FORMATS,
    FORMAT_NAMES,
    FORMATS,
    SUPPORTED_EXTENSIONS,
    sniff,
    suffix_of,
)
from policylens.core.loaders.text import decode_text_with_encoding, normalise_text, unframe_boxes
from policylens.core.structure import blocks_from_text

__all__ = [
    "EXTENSION_FORMATS",
    "FORMATS",
    "FORMAT_NAMES",
    "MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "detect_format",
    "dialog_patterns",
    "load_bytes",
    "load_path",
    "load_text",
]

MAX_BYTES = 64 * 1024 * 1024  # documented limit: 64 MB (see SECURITY.md)
_SNIFF_BYTES = 1 << 20  # what detect_format reads of a file (a zip's directory is read apart)
_EXTRACTORS = {"txt": "text", "md": "markdown", "docx": "python-docx", "pdf": "pypdf", "odt": "odt", "rtf": "rtf"}


def dialog_patterns() -> str:
    """``"*.txt *.text *.md ..."``: the glob list for a file dialog's "Policies (…)" filter."""
    return " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)


def load_text(text: str, name: str = "pasted text") -> Document:
    """A document from text given directly (paste, drop of selected text)."""
    # a lone surrogate (half of a broken character) becomes U+FFFD, as in a file read as UTF-8
    text = unframe_boxes(normalise_text(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")))
    if not text.strip():
        raise errors.EmptyDocument()
    return Document(
        text=text,
        blocks=blocks_from_text(text),
        name=name,
        format="text",
        sha256=sha256_bytes(text.encode("utf-8")),
    )


def _open_checked(p: Path) -> int:
    """The size of the regular file ``p``; raises the error a user should see otherwise."""
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        raise errors.FileMissing(path=str(p)) from exc
    except NotADirectoryError as exc:  # "a/file.txt/b"
        raise errors.FileMissing(path=str(p)) from exc
    except PermissionError as exc:
        raise errors.FileUnreadable(reason=exc.strerror or str(exc)) from exc
    except (OSError, ValueError) as exc:
        raise errors.FileUnreadable(reason=getattr(exc, "strerror", None) or str(exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise errors.NotAFile(path=str(p))
    if not stat.S_ISREG(st.st_mode):
        raise errors.NotAFile(path=str(p))
    if st.st_size > MAX_BYTES:
        raise errors.TooLarge(size_mb=_mb(st.st_size), limit_mb=MAX_BYTES // (1024 * 1024))
    return st.st_size


def _mb(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f}" if mb >= 100 else f"{mb:.1f}"


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _read(p: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file ``p``. Opened without blocking and checked
    again once open: a file swapped for a named pipe or a device after ``_open_checked`` looked
    at it is refused instead of waited on, and a file that never ends (``/proc/kmsg``) is not
    waited on either."""
    try:
        fd = os.open(p, _OPEN_FLAGS)
    except IsADirectoryError as exc:
        raise errors.NotAFile(path=str(p)) from exc
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise errors.FileMissing(path=str(p)) from exc
    except OSError as exc:
        raise errors.FileUnreadable(reason=exc.strerror or str(exc)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise errors.NotAFile(path=str(p))
        parts: list[bytes] = []
        size = 0
        with os.fdopen(fd, "rb", buffering=0, closefd=False) as fh:
            while size < limit:
                chunk = fh.read(limit - size)
                if chunk is None:  # a regular file in name only, with nothing to read yet
                    raise errors.FileUnreadable(reason=os.strerror(errno.EAGAIN))
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)
    except OSError as exc:
        raise errors.FileUnreadable(reason=exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)


def detect_format(path: str | Path) -> str:
    """The format ``load_path`` would read ``path`` as (one of :data:`FORMATS`), without loading it.
    Raises the same errors as ``load_path`` for missing, unreadable, too large, empty and unsupported
    files (not for damage found only when the file is parsed)."""
    p = Path(path)
    size = _open_checked(p)
    if size == 0:
        raise errors.EmptyDocument()
    head = _read(p, _SNIFF_BYTES)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")) and size > len(head):
        head = _read(p, MAX_BYTES)  # a zip's directory is at its end
    if not head.strip():
        raise errors.EmptyDocument()
    return sniff(head, p.name)


def load_path(path: str | Path) -> Document:
    """Load a saved policy from disk. The file is only read."""
    p = Path(path)
    _open_checked(p)
    data = _read(p, MAX_BYTES + 1)
    if len(data) > MAX_BYTES:  # it grew since it was looked at
        raise errors.TooLarge(size_mb=_mb(len(data)), limit_mb=MAX_BYTES // (1024 * 1024))
    return load_bytes(data, p.name, path=str(p))


def load_bytes(data: bytes, name: str, *, path: str | None = None) -> Document:
    """Load a policy from a file's bytes; ``name`` (with its extension) helps tell plain text from
    Markdown when the content does not say."""
    if len(data) > MAX_BYTES:
        raise errors.TooLarge(size_mb=_mb(len(data)), limit_mb=MAX_BYTES // (1024 * 1024))
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise errors.EmptyDocument()
    fmt = sniff(data, name)
    meta: dict[str, str] = {}
    declared = EXTENSION_FORMATS.get(suffix_of(name))
    if declared and declared != fmt and {declared, fmt} != {"txt", "md"}:
        meta["declared_format"] = declared
    title: str | None = None
    site: str | None = None
    blocks: list[Block] | None = None
    try:
        if fmt in ("txt", "md"):
            text, encoding = decode_text_with_encoding(data)
            text = normalise_text(text)
            meta["encoding"] = encoding
            if fmt == "txt":
                text = unframe_boxes(text)
            if fmt == "md":
                from policylens.core.loaders.markdown import extract_markdown

                text, blocks, title = extract_markdown(text)
        elif fmt == "html":
            from policylens.core.loaders.html import decode_html, extract_html

            html, encoding = decode_html(data)
            meta["encoding"] = encoding
            page = extract_html(normalise_text(html))
            text, blocks, title, site = page.text, page.blocks, page.title, page.site_name
            meta.update(page.meta)
        elif fmt == "mhtml":
            from policylens.core.loaders.html import extract_html
            from policylens.core.loaders.mhtml import html_of_mhtml

            html, encoding = html_of_mhtml(data)
            meta["encoding"] = encoding
            page = extract_html(normalise_text(html))
            text, blocks, title, site = page.text, page.blocks, page.title, page.site_name
            meta.update(page.meta)
        elif fmt == "pdf":
            from policylens.core.loaders.pdf import extract_pdf_text

            text, pdf_meta = extract_pdf_text(data)
            meta.update(pdf_meta)
        elif fmt == "docx":
            from policylens.core.loaders.docx import extract_docx

            text, blocks, title, docx_meta = extract_docx(data)
            meta.update(docx_meta)
        elif fmt == "odt":
            from policylens.core.loaders.odt import extract_odt

            text, blocks, title = extract_odt(data)
        elif fmt == "rtf":
            from policylens.core.loaders.rtf import extract_rtf

            text, blocks = extract_rtf(data)
        elif fmt == "webarchive":
            from policylens.core.loaders.html import decode_html, extract_html
            from policylens.core.loaders.webarchive import main_resource

            page_data, mime, charset = main_resource(data)
            if "html" in mime:
                html, encoding = decode_html(page_data, charset)
                meta["encoding"] = encoding
                page = extract_html(normalise_text(html))
                text, blocks, title, site = page.text, page.blocks, page.title, page.site_name
                meta.update(page.meta)
            elif mime.startswith("text/"):
                text, encoding = decode_text_with_encoding(page_data)
                text = normalise_text(text)
                meta["encoding"] = encoding
            else:
                raise errors.UnsupportedFormat(kind=f"{FORMAT_NAMES[fmt]}, {mime}")
        else:  # pragma: no cover - sniff returns one of FORMATS
            raise errors.UnsupportedFormat(kind=fmt)
    except errors.PolicyLensError:
        raise
    except RecursionError as exc:
        raise errors.CorruptDocument(kind=FORMAT_NAMES[fmt], reason="its structure is nested too deeply") from exc
    except MemoryError:
        raise
    except Exception as exc:  # a parser's unforeseen failure on a damaged file is still a damaged file
        reason = errors.reason_of(exc)
        raise errors.CorruptDocument(kind=FORMAT_NAMES[fmt], reason=reason) from exc
    if not text.strip():
        raise errors.EmptyDocument()
    meta.setdefault("extractor", _EXTRACTORS.get(fmt, fmt))
    if blocks is None:
        blocks = blocks_from_text(text)
    return Document(
        text=text,
        blocks=blocks,
        name=Path(name).name or name,
        format=fmt,
        sha256=sha256_bytes(data),
        path=path,
        title=title,
        site_name=site,
        meta=meta,
    )
