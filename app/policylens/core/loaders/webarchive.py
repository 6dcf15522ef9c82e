"""Safari web archives (.webarchive): what Safari saves with File › Save As › Web Archive.

A web archive is a property list (binary, sometimes XML) whose ``WebMainResource`` holds the page
as its server sent it (``WebResourceData``), with its MIME type and text encoding; the frames and
subresources beside it (images, scripts, style sheets) are not read. The page then goes through
the HTML reader, as a saved .html does.
"""

from __future__ import annotations

import codecs
import plistlib

from policylens.core import errors

KIND = "Safari web archive (.webarchive)"
MAGIC = (b"bplist00", b"<?xml")


def is_webarchive(head: bytes) -> bool:
    if head.startswith(b"bplist00"):
        return b"WebMainResource" in head[-4096:] or b"WebMainResource" in head[:65536]
    return head.startswith(b"<?xml") and b"WebMainResource" in head[:4096] and b"<plist" in head[:1024]


def main_resource(data: bytes) -> tuple[bytes, str, str | None]:
    """The main resource's bytes, MIME type and declared text encoding (None when not given)."""
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # InvalidFileException, a truncated binary plist's struct errors, …
        raise errors.CorruptDocument(kind=KIND, reason=errors.reason_of(exc)) from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise errors.CorruptDocument(kind=KIND, reason="it holds no main page (WebMainResource)")
    mime = str(main.get("WebResourceMIMEType") or "text/html").lower()
    encoding = main.get("WebResourceTextEncodingName")
    if isinstance(encoding, str):
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            encoding = None
    else:
        encoding = None
    return main["WebResourceData"], mime, encoding

