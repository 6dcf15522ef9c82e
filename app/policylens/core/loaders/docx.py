"""Word documents (.docx) with python-docx.

The zip is checked before anything is unpacked: a file that would unpack to more than
:data:`MAX_UNPACKED` bytes, or one of whose parts is compressed more than :data:`MAX_RATIO` times
(a "zip bomb"), is refused with :class:`UnsafeArchive`. ``zipfile`` never reads past a part's
declared size, so the declared sizes are what the check needs.

The body is read in order, paragraphs and tables alike (content controls are looked into):
paragraphs styled "Heading N"/"Title" (or given an outline level) are headings, paragraphs with
numbering or a "List" style are list items (nesting from the numbering level), table rows become
paragraphs of their cell texts joined by " | ".
"""

from __future__ import annotations

import io
import re
import zipfile

from policylens.core import errors
from policylens.core.loaders._builder import TextBuilder

MAX_UNPACKED = 256 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # uncompressed / compressed, for parts over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_PARTS = 10_000
KIND = "Word (.docx)"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|rubrik|título|titolo|kop|nagłówek|otsikko)\s*(\d)", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre|titel|título|titolo|rubrik|tytuł|otsikko)$", re.I)
_LIST_STYLE = re.compile(r"list|liste|lista|aufzählung|punktlista|opsomming", re.I)


def check_zip(data: bytes, *, kind: str = KIND, main_part: str = "word/document.xml") -> zipfile.ZipFile:
    """Open the zip after checking its declared sizes (see the module doc); ``kind`` names the
    format in messages, ``main_part`` is the part it cannot do without."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise errors.CorruptDocument(kind=kind, reason=f"it is not a valid zip archive ({exc})"[:200]) from exc
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise errors.UnsafeArchive(kind=kind, size_mb="?", reason=f"{len(infos)} parts")
    total = sum(max(0, i.file_size) for i in infos)
    if total > MAX_UNPACKED:
        raise errors.UnsafeArchive(
            kind=kind, size_mb=total // (1024 * 1024), reason=f"more than {MAX_UNPACKED // (1024 * 1024)} MB"
        )
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise errors.UnsafeArchive(
                kind=kind,
                size_mb=total // (1024 * 1024),
                reason=f"{info.filename} is compressed {info.file_size // max(1, info.compress_size)} times",
            )
    if main_part not in zf.namelist():
        raise errors.CorruptDocument(kind=kind, reason=f"its main part, {main_part}, is missing")
    return zf


def extract_docx(data: bytes) -> tuple[str, list, str | None, dict[str, str]]:
    """Text, blocks, title (from the document properties) and facts of a .docx."""
    check_zip(data).close()
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, TypeError,
            IndexError, OSError, NotImplementedError) as exc:
        raise errors.CorruptDocument(kind=KIND, reason=errors.reason_of(exc)) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and the like, from a damaged part
        raise errors.CorruptDocument(kind=KIND, reason=errors.reason_of(exc)) from exc
    builder = TextBuilder()
    styles = _StyleInfo(document)
    try:
        _walk_body(document.element.body, builder, styles)
    except RecursionError as exc:
        raise errors.CorruptDocument(kind=KIND, reason="its tables are nested too deeply") from exc
    title = None
    try:
        title = (document.core_properties.title or "").strip() or None
    except (ValueError, AttributeError, KeyError):
        title = None
    return builder.text, builder.blocks, title, {}



class _StyleInfo:
    """Style name → (heading level, is list, outline level) with inheritance from base styles."""

    def __init__(self, document: object) -> None:
        self._by_id: dict[str, tuple[str, str | None, int | None, bool]] = {}
        try:
            styles_el = document.styles.element  # type: ignore[attr-defined]
        except (AttributeError, KeyError, ValueError):
            return
        for st in styles_el.iterchildren(f"{_W}style"):
            sid = st.get(f"{_W}styleId") or ""
            name_el = st.find(f"{_W}name")
            name = name_el.get(f"{_W}val") if name_el is not None else sid
            based = st.find(f"{_W}basedOn")
            outline = st.find(f"{_W}pPr/{_W}outlineLvl")
            numbered = st.find(f"{_W}pPr/{_W}numPr") is not None
            lvl = _int(outline.get(f"{_W}val")) if outline is not None else None
            self._by_id[sid] = (name or sid, based.get(f"{_W}val") if based is not None else None, lvl, numbered)

    def describe(self, style_id: str | None) -> tuple[int, bool]:
        """(heading level or 0, list style?) for a paragraph style id."""
        seen = set()
        sid = style_id or "Normal"
        heading, is_list = 0, False
        while sid and sid not in seen and sid in self._by_id:
            seen.add(sid)
            name, based, outline, numbered = self._by_id[sid]
            m = _HEADING_STYLE.match(name) or _HEADING_STYLE.match(sid)
            if not heading and m:
                heading = int(m.group(1)) or 1
            elif not heading and (_TITLE_STYLE.match(name) or _TITLE_STYLE.match(sid)):
                heading = 1
            elif not heading and outline is not None and outline < 9:
                heading = outline + 1
            if _LIST_STYLE.search(name) or numbered:
                is_list = True
            sid = based or ""
        return heading, is_list


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _walk_body(body: object, builder: TextBuilder, styles: _StyleInfo) -> None:
    stack = [iter(list(body))]  # type: ignore[call-overload]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if tag == f"{_W}p":
            _paragraph(el, builder, styles)
        elif tag == f"{_W}tbl":
            _table(el, builder)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"):
            content = el.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else el
            if content is not None:
                stack.append(iter(list(content)))


def _paragraph_text(p: object) -> str:
    """Text of a paragraph: runs, hyperlinks, tabs and breaks; deleted text left out."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):  # type: ignore[attr-defined]
        if any(a.tag.endswith("}Fallback") for a in el.iterancestors() if isinstance(a.tag, str)):
            continue  # the copy of a text box kept for old readers: its text is in mc:Choice too
        tag = el.tag
        if tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        else:
            parts.append("-")
    return "".join(parts)


def _paragraph(p: object, builder: TextBuilder, styles: _StyleInfo) -> None:
    text = _paragraph_text(p)
    if not text.strip():
        return
    ppr = p.find(f"{_W}pPr")  # type: ignore[attr-defined]
    style_id = None
    ilvl = None
    numbered = False
    outline = None
    if ppr is not None:
        st = ppr.find(f"{_W}pStyle")
        style_id = st.get(f"{_W}val") if st is not None else None
        num = ppr.find(f"{_W}numPr")
        if num is not None:
            num_id = num.find(f"{_W}numId")
            numbered = num_id is None or num_id.get(f"{_W}val") != "0"
            lvl = num.find(f"{_W}ilvl")
            ilvl = _int(lvl.get(f"{_W}val")) if lvl is not None else None
        ol = ppr.find(f"{_W}outlineLvl")
        outline = _int(ol.get(f"{_W}val")) if ol is not None else None
    heading, list_style = styles.describe(style_id)
    if not heading and outline is not None and outline < 9:
        heading = outline + 1
    if heading:
        builder.add("heading", text, min(heading, 6))
    elif numbered or list_style:
        builder.add("list_item", text, 1 + (ilvl or 0))
    else:
        builder.add("paragraph", text)


def _table(tbl: object, builder: TextBuilder) -> None:
    for tr in tbl.iterchildren(f"{_W}tr"):  # type: ignore[attr-defined]
        cells: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            paras = [_paragraph_text(p).strip() for p in tc.iter(f"{_W}p")]
            text = " ".join(t for t in paras if t)
            if text and (not cells or cells[-1] != text):  # a merged cell repeats its text
                cells.append(text)
        if cells:
            builder.add("paragraph", " | ".join(cells))
