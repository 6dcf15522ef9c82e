"""OpenDocument text (.odt): what LibreOffice and OpenOffice save by default.

The zip is checked as a .docx's is (sizes, compression ratio: :func:`docx.check_zip`), then
``content.xml`` is read with the standard library's parser (expat refuses entity expansion
attacks). The body is walked in order: ``text:h`` are headings (``text:outline-level``), ``text:p``
paragraphs (a paragraph style named like a heading or a title is a heading too), ``text:list``
items list items with their nesting, table rows paragraphs of their cells joined by " | ";
spaces (``text:s``), tabs and line breaks as written. The title comes from ``meta.xml``.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _parse

from policylens.core import errors
from policylens.core.loaders._builder import TextBuilder
from policylens.core.loaders.docx import MAX_PARTS, check_zip

KIND = "OpenDocument text (.odt)"
MAX_DEPTH = 200

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|rubrik|título|titolo|kop|nagłówek|otsikko)[ _]*(\d)", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre|titel|título|titolo|rubrik|tytuł|otsikko)$", re.I)
# what a paragraph's text holds besides its characters; notes and annotations are left out
_NOT_BODY = {f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}bookmark-ref", f"{_TEXT}tracked-changes"}


def extract_odt(data: bytes) -> tuple[str, list, str | None]:  # type: ignore[type-arg]
    """Text, blocks and title of an .odt."""
    zf = check_zip(data, kind=KIND, main_part="content.xml")
    try:
        with zf:
            content = zf.read("content.xml")
            meta = zf.read("meta.xml") if "meta.xml" in zf.namelist() else b""
            styles_xml = zf.read("styles.xml") if "styles.xml" in zf.namelist() else b""
    except Exception as exc:  # a damaged part: bad CRC, truncated data
        raise errors.CorruptDocument(kind=KIND, reason=errors.reason_of(exc)) from exc
    try:
        root = _parse(content)
    except DefusedXmlException as exc:
        raise errors.CorruptDocument(kind=KIND, reason="its content.xml declares entities or a DTD") from exc
    except ET.ParseError as exc:
        reason = f"its content.xml is not well-formed ({errors.reason_of(exc)})"
        raise errors.CorruptDocument(kind=KIND, reason=reason) from exc
    headings = _heading_styles(root)
    if styles_xml:
        with contextlib.suppress(ET.ParseError, DefusedXmlException):
            headings.update(_heading_styles(_parse(styles_xml)))
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise errors.CorruptDocument(kind=KIND, reason="it has no text body (is it a spreadsheet or a drawing?)")
    builder = TextBuilder()
    _walk(body, builder, headings, 0, 0)
    title = None
    if meta:
        try:
            el = _parse(meta).find(f"{_OFFICE}meta/{_DC}title")
            title = (el.text or "").strip() or None if el is not None else None
        except (ET.ParseError, DefusedXmlException):
            title = None
    return builder.text, builder.blocks, title


def _heading_styles(root: ET.Element) -> dict[str, int]:
    """Paragraph style name → heading level, for styles named (or based on one named) like a heading."""
    parents: dict[str, str] = {}
    display: dict[str, str] = {}
    for st in root.iter(f"{_STYLE}style"):
        name = st.get(f"{_STYLE}name") or ""
        parents[name] = st.get(f"{_STYLE}parent-style-name") or ""
        display[name] = st.get(f"{_STYLE}display-name") or name
    out: dict[str, int] = {}
    for name in parents:
        seen, cur = set(), name
        while cur and cur not in seen:
            seen.add(cur)
            label = display.get(cur, cur)
            m = _HEADING_STYLE.match(label) or _HEADING_STYLE.match(cur)
            if m:
                out[name] = int(m.group(1)) or 1
                break
            if _TITLE_STYLE.match(label) or _TITLE_STYLE.match(cur):
                out[name] = 1
                break
            cur = parents.get(cur, "")
    return out


def _text_of(el: ET.Element, depth: int = 0) -> str:
    """The characters of a paragraph or heading, with its spaces, tabs and line breaks."""
    if depth > MAX_DEPTH:
        raise errors.CorruptDocument(kind=KIND, reason="its text is nested too deeply")
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * min(100, int(child.get(f"{_TEXT}c") or 1)))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag not in _NOT_BODY:
            parts.append(_text_of(child, depth + 1))
        parts.append(child.tail or "")
    return "".join(parts)


def _walk(el: ET.Element, builder: TextBuilder, headings: dict[str, int], list_level: int, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise errors.CorruptDocument(kind=KIND, reason="its structure is nested too deeply")
    for child in el:
        tag = child.tag
        if tag == f"{_TEXT}h":
            level = child.get(f"{_TEXT}outline-level")
            lvl = int(level) if level and level.isdigit() else 1
            builder.add("heading", _text_of(child), max(1, min(lvl, 6)))
        elif tag == f"{_TEXT}p":
            text = _text_of(child)
            if list_level:
                builder.add("list_item", text, list_level)
            elif child.get(f"{_TEXT}style-name") in headings:
                builder.add("heading", text, headings[child.get(f"{_TEXT}style-name") or ""])
            else:
                builder.add("paragraph", text)
        elif tag == f"{_TEXT}list":
            _walk(child, builder, headings, list_level + 1, depth + 1)
        elif tag in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
            _walk(child, builder, headings, max(1, list_level), depth + 1)
        elif tag == f"{_TABLE}table-row":
            cells = []
            for cell in child:
                if cell.tag == f"{_TABLE}table-cell":
                    cells.append(" ".join(_text_of(p).strip() for p in cell if p.tag in (f"{_TEXT}p", f"{_TEXT}h")))
            if any(c.strip() for c in cells):
                builder.add("paragraph", " | ".join(c.strip() for c in cells))
        elif tag in _NOT_BODY:
            continue
        else:  # sections, tables, table headers, change regions: their content in order
            _walk(child, builder, headings, list_level, depth + 1)



__all__ = ["KIND", "MAX_PARTS", "extract_odt"]
