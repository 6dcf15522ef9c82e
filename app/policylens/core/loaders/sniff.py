"""Which format a file is in: by its content first (magic bytes, markup), by its name second.

``sniff`` returns one of :data:`FORMATS`, or raises the error a user should see for a file that is
not a policy document at all (an image, a program, an old .doc, an archive).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

from policylens.core import errors
from policylens.core.loaders.rtf import is_rtf

FORMATS = ("txt", "md", "html", "mhtml", "pdf", "docx", "odt", "rtf", "webarchive")

# extension → format; the order is the one a file dialog shows
EXTENSION_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".webarchive": "webarchive",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(EXTENSION_FORMATS)

FORMAT_NAMES = {
    "txt": "text",
    "md": "Markdown",
    "html": "HTML",
    "mhtml": "MHTML",
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "odt": "OpenDocument text (.odt)",
    "rtf": "RTF",
    "webarchive": "Safari web archive",
}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"\x7fELF", "Linux program (ELF)"),
    (b"\xcf\xfa\xed\xfe", "macOS program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "macOS program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "Java class or macOS program"),
    (b"\x00asm", "WebAssembly module"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"%!PS", "PostScript document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio or video"),
    (b"fLaC", "FLAC audio"),
    (b"AT&TFORM", "DjVu document"),
    (b"\x1a\x45\xdf\xa3", "Matroska or WebM video"),
)
_RIFF = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_BZIP2 = re.compile(rb"^BZh[1-9]1AY&SY")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MULTIPART = re.compile(r"^content-type:\s*multipart/", re.IGNORECASE | re.MULTILINE)
_MIME_VERSION = re.compile(r"^mime-version:", re.IGNORECASE | re.MULTILINE)
_HTML_START = re.compile(
    r"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL
)
_XML_HTML = re.compile(r"^<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_INSIDE = re.compile(r"<(?:!doctype\s+html|html[\s>]|body[\s>])", re.IGNORECASE)


def suffix_of(name: str) -> str:
    """``".pdf"`` for ``"dir/Policy.PDF"``; ``""`` without an extension."""
    base = re.split(r"[/\\]", name)[-1]
    dot = base.rfind(".")
    return base[dot:].lower() if dot > 0 else ""


def binary_kind(head: bytes) -> str | None:
    """The name of a known non-document binary format from its first bytes, else None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4 or QuickTime video, or HEIC image"
    if _BZIP2.match(head):
        return "bzip2 archive"
    if head.startswith(b"MZ") and len(head) >= 0x40:
        (pe,) = struct.unpack_from("<I", head, 0x3C)
        if head[pe : pe + 4] == b"PE\x00\x00" or b"This program cannot be run in DOS mode" in head[:512]:
            return "Windows program (.exe)"
    return None


def _zip_kind(zf: zipfile.ZipFile) -> str:
    """``docx``, or the name of another zip-based format."""
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "mimetype" in names:
        try:
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError):
            mimetype = ""
        if mimetype == "application/vnd.oasis.opendocument.text":
            return "odt"
        if mimetype == "application/epub+zip":
            return "EPUB e-book"
        if mimetype.startswith("application/vnd.oasis.opendocument"):
            return "OpenDocument file"
    if any(n.startswith("xl/") for n in names):
        return "Excel workbook (.xlsx)"
    if any(n.startswith("ppt/") for n in names):
        return "PowerPoint presentation (.pptx)"
    if any(n.startswith("word/") for n in names):
        return "docx"  # a Word package missing its main part: the .docx loader says so
    return "ZIP archive"


def _is_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``head`` has a UTF-16 BOM or NULs in every other byte."""
    if head.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if head.startswith(b"\xfe\xff"):
        return "utf-16-be"
    sample = head[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _text_head(data: bytes) -> str:
    """The start of ``data`` as text, decoded leniently (only to look at markup)."""
    head = data[:65536]
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("utf-8", errors="replace")
    enc = _is_utf16(head)
    if enc:
        bom = 2 if head.startswith((b"\xff\xfe", b"\xfe\xff")) else 0
        return head[bom : bom + (len(head) - bom) // 2 * 2].decode(enc, errors="replace")
    return head.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    """Control characters (NULs aside from UTF-16's) in more than 1% of the start of the file."""
    head = data[:65536]
    text = _text_head(data)
    if "\x00" in text:
        return True
    if _is_utf16(head):
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\x0c")
        return controls > max(8, len(text) // 100)
    controls = len(_CONTROL.findall(head))
    return controls > max(8, len(head) // 100)


def is_mhtml_text(text: str) -> bool:
    """A MIME message whose top-level content is multipart (what browsers save as .mhtml)."""
    text = text.lstrip()
    if not _HEADER_LINE.match(text):
        return False
    end = re.search(r"\r?\n\r?\n", text)
    header = text[: end.start() if end else 8192]
    return bool(_MULTIPART.search(header)) or (
        bool(_MIME_VERSION.search(header)) and "text/html" in text[:65536].lower()
    )


def is_html_text(text: str) -> bool:
    text = text.lstrip("\ufeff \t\r\n")
    return bool(_HTML_START.match(text) or _XML_HTML.match(text))


def sniff(data: bytes, name: str = "") -> str:
    """The format of ``data`` (one of :data:`FORMATS`); ``name`` is used when the content is plain
    text. Raises :class:`UnsupportedFormat`, :class:`LegacyWordDocument`, :class:`BinaryFile` or
    :class:`CorruptDocument` for files that are not a readable policy document."""
    suffix = suffix_of(name)
    declared = EXTENSION_FORMATS.get(suffix)
    head = data[:65536]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                kind = _zip_kind(zf)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise errors.CorruptDocument(
                kind=FORMAT_NAMES["docx"] if declared == "docx" else "ZIP", reason=errors.reason_of(exc)
            ) from exc
        if kind in ("docx", "odt"):
            return kind
        raise errors.UnsupportedFormat(kind=kind)
    if head.startswith(_OLE2):
        kind = {
            ".doc": "Word 97-2003 document, .doc",
            ".xls": "Excel 97-2003 workbook, .xls",
            ".ppt": "PowerPoint 97-2003 presentation, .ppt",
            ".msg": "Outlook message, .msg",
        }.get(suffix, "Word 97-2003 document or other Office file")
        raise errors.LegacyWordDocument(kind=kind)
    if is_rtf(head):
        return "rtf"
    if head.startswith(b"bplist00") or (head.startswith(b"<?xml") and b"<plist" in head[:1024]):
        if b"WebMainResource" in data:
            return "webarchive"
        if declared == "webarchive":
            raise errors.CorruptDocument(kind=FORMAT_NAMES[declared], reason="it holds no web page")
        if head.startswith(b"bplist00"):
            raise errors.UnsupportedFormat(kind="Apple property list")
    kind = binary_kind(head)
    if kind:
        raise errors.UnsupportedFormat(kind=kind)
    text = _text_head(data)
    if is_mhtml_text(text):
        return "mhtml"
    if is_html_text(text):
        return "html"
    if _looks_binary(data):
        if declared == "pdf":
            raise errors.CorruptDocument(kind="PDF", reason="it does not start with a PDF header")
        if declared in ("docx", "odt"):
            raise errors.CorruptDocument(kind=FORMAT_NAMES[declared], reason="it is not a zip archive")
        if declared == "webarchive":
            raise errors.CorruptDocument(kind=FORMAT_NAMES[declared], reason="it is not a property list")
        if declared is not None or suffix in ("", ".doc", ".rtf"):
            raise errors.BinaryFile()
        raise errors.UnsupportedFormat(kind=f"binary data, {suffix}")
    # text content
    if declared == "pdf":
        raise errors.CorruptDocument(kind="PDF", reason="it does not start with a PDF header")
    if declared in ("docx", "odt"):
        raise errors.CorruptDocument(kind=FORMAT_NAMES[declared], reason="it is not a zip archive")
    if declared == "rtf":
        raise errors.CorruptDocument(kind=FORMAT_NAMES[declared], reason="it does not start as an RTF document does")
    if declared == "mhtml":
        return "html" if _HTML_INSIDE.search(text[:8192]) else "mhtml"
    if declared in ("md", "html"):
        return declared
    return "txt"

