"""PDF: the text layer, page by page (pypdf), rebuilt into paragraphs.

A PDF knows lines, not paragraphs. The text is rebuilt so that a sentence is one run of text:

- running headers and footers (the same line at the top or bottom of most pages, digits aside) and
  page numbers ("3", "Page 3 of 12", "- 3 -") are dropped;
- a line wrapped inside a paragraph is joined to the next with a space; a word hyphenated at the
  line end is joined back ("infor-" + "mation"), keeping the hyphen when the document writes the
  word with one elsewhere ("peut-être", "e-mail");
- a paragraph ends at a blank line, before a bullet or a numbered item, after a short line that
  ends a sentence, and around a short line that reads as a heading.

Then :func:`policylens.core.structure.blocks_from_text` finds headings, paragraphs and list items.

Some makers (Google Docs, Skia) draw every word on its own: pypdf's plain extraction then gives one
word per line. Such a page (most of its lines a single word) is rebuilt from the positions of the
words pypdf reports while reading it (one pass): words drawn one after the other on the same
baseline form a line (in the order drawn, which for these makers is the reading order: the cells of
a table one after the other, never line across line; top to bottom when the order drawn is not),
a space where the gap between two words says so (" | " for a gap as wide as a table's columns), a
blank line where the gap between lines is larger than the page's usual line spacing. The text is
then normalised to NFC (an accent drawn apart, after a space, joins its letter), and ligatures (ﬁ,
ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) are spelled out.

An encrypted file is opened with the empty password when it has one (many PDFs are encrypted only to
restrict printing); a file with no text layer (a scan) raises :class:`NoTextLayer`.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from policylens.core import errors
from policylens.core.loaders._pdfops import preparse_page
from policylens.core.loaders.text import collapse_spaces, normalise_text

MIN_TEXT_CHARS = 20  # fewer letters than this in the whole file: no text layer
COLUMN_GAP = 2.5  # font sizes: a wider gap between two words on one line separates table cells
PARAGRAPH_SEPARATOR = "\n"  # one paragraph a line: short lines then read as in a text file without blank lines

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|seite|página|pagina|pag\.|sida|side|sivu|strona|str\.|p\.|s\.|blz\.)\s*)?"
    r"\d{1,4}(?:\s*(?:/|of|sur|de|von|av|di|van|z|af|из|из)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)
_BULLET_START = re.compile(
    r"^(?:[-–—•·▪◦●○*+►✓✔\uf0b7\uf0a7\uf076\uf0d8]\s|\(?(?:\d{1,3}|[ivxlcIVXLC]{1,6}|[a-zA-Z])\)\s|\d{1,3}\.\s)"
)
_LETTERS = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_HEADING_START = re.compile(r"^(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|§\s*\d+)\s+\S")
_LONE_BULLET = re.compile(r"^[-–—•·▪◦●○*+►✓✔\uf0b7\uf0a7\uf076\uf0d8]$")
_TERMINAL = re.compile(r"[.!?:;…»”\"')\]]$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def extract_pdf_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The rebuilt text of a PDF, and facts about it (``pages``, ``encrypted``)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about sloppy files are noise here
    meta: dict[str, str] = {}
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            meta["encrypted"] = "yes"
            try:
                ok = reader.decrypt("")
            except DependencyError as exc:
                raise errors.EncryptedDocument() from exc
            if not ok:
                raise errors.EncryptedDocument()
        pages = reader.pages
        count = len(pages)
    except errors.PolicyLensError:
        raise
    except FileNotDecryptedError as exc:
        raise errors.EncryptedDocument() from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError,
            OSError, RecursionError, ZeroDivisionError, NotImplementedError) as exc:
        raise errors.CorruptDocument(kind="PDF", reason=errors.reason_of(exc)) from exc
    meta["pages"] = str(count)
    if count == 0:
        raise errors.CorruptDocument(kind="PDF", reason="it has no pages")
    page_lines: list[list[str]] = []
    failed = 0
    rebuilt = 0
    for page in pages:
        chunks: list[_Chunk] = []
        try:
            preparse_page(page, reader)  # the content stream read faster, into the same operations
            raw = page.extract_text(visitor_text=_collector(chunks)) or ""
        except FileNotDecryptedError as exc:
            raise errors.EncryptedDocument() from exc
        except Exception:  # one damaged page (bad font, bad stream) must not lose the others
            failed += 1
            raw = ""
        lines = [ln.strip() for ln in normalise_text(raw).split("\n")]
        if looks_word_per_line(lines):
            positioned = lines_from_chunks(chunks)
            if positioned:
                lines = positioned
                rebuilt += 1
        page_lines.append([fix_glyphs(ln) for ln in lines])
    if failed == count:
        raise errors.CorruptDocument(kind="PDF", reason="no page could be read")
    if failed:
        meta["unreadable_pages"] = str(failed)
    meta["extractor"] = "pypdf"
    if rebuilt:
        meta["pages_rebuilt_from_positions"] = str(rebuilt)
        meta["extractor"] = "pypdf (word positions)"
    letters = sum(1 for lines in page_lines for ln in lines for ch in ln if ch.isalpha())
    if letters < MIN_TEXT_CHARS:
        raise errors.NoTextLayer()
    empty_pages = sum(1 for lines in page_lines if not any(lines))
    if empty_pages:
        meta["pages_without_text"] = str(empty_pages)
    return rebuild_paragraphs(page_lines), meta


# ------------------------------------------------------------------ pages drawn word by word


@dataclass(slots=True)
class _Chunk:
    text: str
    x: float
    y: float
    size: float  # the font size on the page (text and user space scaling applied)


def _collector(chunks: list[_Chunk]):  # type: ignore[no-untyped-def]
    """A pypdf ``visitor_text`` that records every piece of text with its place on the page (pieces
    with no text too: pypdf reports one after each word drawn, where the pen stopped)."""

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        try:
            a, b, c, d, e, f = (float(v) for v in cm)
            tx, ty = float(tm[4]), float(tm[5])
            scale = abs(float(tm[3]) * d) or abs(float(tm[0]) * a) or 1.0
            chunks.append(_Chunk(text, tx * a + ty * c + e, tx * b + ty * d + f, abs(float(size) * scale)))
        except (TypeError, ValueError, IndexError):
            pass

    return visit


def looks_word_per_line(lines: list[str]) -> bool:
    """True when a page came out one word per line (words drawn one by one)."""
    content = [ln for ln in lines if ln]
    if len(content) < 12:
        return False
    single = sum(1 for ln in content if " " not in ln)
    words = sum(len(ln.split()) for ln in content)
    # or pieces of two or three words where the page had whole lines
    return single >= 0.6 * len(content) or (len(content) >= 30 and words <= 1.8 * len(content))


def lines_from_chunks(chunks: list[_Chunk]) -> list[str]:
    """The page's lines, rebuilt from where its words were drawn; [] when the positions are unusable."""
    words: list[tuple[float, float, float | None, float, str]] = []  # y, x, end x (None: unknown), size, text
    for i, ch in enumerate(chunks):
        text = ch.text.replace("\n", " ").strip()
        if not text:
            continue
        end = None
        if i + 1 < len(chunks):
            nxt = chunks[i + 1]
            if not nxt.text.strip() and abs(nxt.y - ch.y) <= 0.2 * max(ch.size, 1.0) and nxt.x > ch.x:
                end = nxt.x  # where the pen stopped after this word
        words.append((ch.y, ch.x, end, max(ch.size, 1.0), text))
    if len(words) < 12:
        return []
    # group into lines: words drawn one after the other on one baseline (closer than half a font
    # size) are one line. The order they were drawn in is the reading order for the makers that draw
    # word by word (a table's cell after cell, so the lines of two cells side by side are not mixed);
    # when it is not (most lines start above the one before), the page is read top to bottom
    rows = _rows(words)
    ups = sum(1 for a, b in itertools.pairwise(rows) if b[0][0] > a[0][0] + 0.5 * b[0][3])
    if ups > 0.25 * max(1, len(rows) - 1):
        rows = _rows(sorted(words, key=lambda w: (-w[0], w[1])))
    out_rows: list[tuple[float, float, str]] = []  # y, size, text
    for row in rows:
        row.sort(key=lambda w: w[1])
        parts: list[str] = []
        prev_end: float | None = None
        measured = False
        for _y, x, end, size, text in row:
            if parts:
                gap = x - prev_end if prev_end is not None else 0.0
                if gap > COLUMN_GAP * size and _ALNUM.search(text) and len(_LETTERS.findall(parts[-1])) >= 2:
                    parts.append(" | ")  # a wide gap between words that are not a bullet or a number: table cells
                elif gap > 0.12 * size or not measured:
                    parts.append(" ")
            parts.append(text)
            measured = end is not None and end > x
            # unknown: about half a font size a letter (only wide gaps are told from it)
            prev_end = end if measured else x + 0.55 * size * len(text)
        out_rows.append((row[0][0], max(w[3] for w in row), collapse_spaces("".join(parts)).strip()))
    steps = sorted(out_rows[i][0] - out_rows[i + 1][0] for i in range(len(out_rows) - 1))
    steps = [s for s in steps if s > 0]
    usual = steps[len(steps) // 4] if steps else 0.0  # the tighter spacing: lines inside a paragraph
    lines: list[str] = []
    for i, (y, size, text) in enumerate(out_rows):
        if i:
            step = out_rows[i - 1][0] - y
            if step < -0.5 * size or (usual and step > 1.35 * max(usual, 0.9 * size)):
                lines.append("")  # a wider gap, or back up the page (the next cell of a table row): a new paragraph
        lines.append(text)
    return lines


_Word = tuple[float, float, float | None, float, str]  # y, x, end x (None: unknown), size, text


def _rows(words: list[_Word]) -> list[list[_Word]]:
    rows: list[list[_Word]] = []
    for w in words:
        if rows and abs(rows[-1][0][0] - w[0]) <= 0.5 * w[3] and w[1] >= rows[-1][-1][1] - 0.5 * w[3]:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_SPACE_BEFORE_MARK = re.compile(r"(?<=[^\W\d_])[ \t]+(?=[\u0300-\u036f])")
_APART_MARK = re.compile(r"([^\W\d_])([\u0300-\u036f]+)[ \t]+(?=[^\W\d_])")


def fix_glyphs(line: str) -> str:
    """NFC, accents drawn apart joined to their letter, ligatures spelled out."""
    if not line:
        return line
    if _LIGATURE.search(line):
        line = _LIGATURE.sub(lambda m: _LIGATURES[m.group()], line)
    if any("\u0300" <= ch <= "\u036f" for ch in line):
        line = _SPACE_BEFORE_MARK.sub("", line)
        # "erkla\u0308 rung": the accent was drawn as a piece of its own, the word goes on after it
        line = _APART_MARK.sub(lambda m: m.group(1) + m.group(2), line)
    if line.isascii():
        return line
    return unicodedata.normalize("NFC", line)



def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def drop_running_lines(page_lines: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and headers/footers repeated on most pages."""
    n = len(page_lines)
    edge = 3  # lines looked at, at the top and the bottom of a page
    counts: Counter[str] = Counter()
    for lines in page_lines:
        content = [ln for ln in lines if ln]
        counts.update({_norm(ln) for ln in content[:edge] + content[-edge:]})
    # a running header has words: a lone bullet or dash at the foot of many pages is content
    counts = Counter({k: c for k, c in counts.items() if len(_LETTERS.findall(k)) >= 3})
    repeated = {k for k, c in counts.items() if c >= max(3, 0.5 * n)} if n >= 3 else set()
    if n == 2:
        repeated = {k for k, c in counts.items() if c == 2 and len(k) < 80}
    out = []
    for lines in page_lines:
        idx = [i for i, ln in enumerate(lines) if ln]
        edges = set(idx[:edge] + idx[-edge:])
        kept = []
        for i, ln in enumerate(lines):
            if i in edges and ln and (_PAGE_NUMBER.match(ln) or _norm(ln) in repeated):
                continue
            kept.append(ln)
        out.append(kept)
    return out


def rebuild_paragraphs(page_lines: list[list[str]]) -> str:
    """Join wrapped lines into paragraphs (see the module doc)."""
    kept = drop_running_lines(page_lines)
    if not any(ln for lines in kept for ln in lines):
        # every line repeats on most pages (numbers aside): it is the content, not a running header
        kept = [[ln for ln in lines if not _PAGE_NUMBER.match(ln)] for lines in page_lines]
    page_lines = kept
    lines: list[str] = []
    for lines_of_page in page_lines:
        for line in lines_of_page:
            if lines and _LONE_BULLET.match(lines[-1]) and line:
                lines[-1] = f"{lines[-1].strip()} {line}"  # a bullet drawn apart from its text
            else:
                lines.append(line)
    lengths = sorted(len(ln) for ln in lines if len(ln) >= 20)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 80
    vocabulary = Counter(w.lower() for ln in lines for w in _WORD.findall(ln))

    paragraphs: list[str] = []
    cur: list[str] = []  # pieces of the current paragraph

    def flush() -> None:
        if cur:
            paragraphs.append("".join(cur).strip())
            cur.clear()

    for i, line in enumerate(lines):
        if not line:
            flush()
            continue
        if cur and _BULLET_START.match(line):
            flush()
        if cur:
            prev = cur[-1]
            m = _HYPHEN_END.search(prev)
            nxt = _WORD.match(line)
            if m and nxt and line[0].islower():
                joined = (m.group(1) + nxt.group(0)).lower()
                hyphenated = (m.group(1) + "-" + nxt.group(0)).lower()
                if vocabulary[hyphenated] > 0 and vocabulary[joined] == 0:
                    cur.append(line)  # "e-" + "mail": the hyphen is part of the word
                else:
                    cur[-1] = prev[:-1]
                    cur.append(line)
            else:
                cur.append(" " + line)
        else:
            cur.append(line)
        nxt_line = lines[i + 1] if i + 1 < len(lines) else ""
        if _ends_paragraph(line, nxt_line, width):
            flush()
    flush()
    out: list[str] = []
    for j, p in enumerate(paragraphs):
        if j:
            both_items = _BULLET_START.match(p) and _BULLET_START.match(paragraphs[j - 1])
            out.append("\n" if both_items else PARAGRAPH_SEPARATOR)
        out.append(p)
    return "".join(out)


def _is_shouting(line: str) -> bool:
    letters = _LETTERS.findall(line)
    return len(letters) >= 4 and sum(1 for ch in letters if ch.isupper()) > 0.8 * len(letters)


def _ends_paragraph(line: str, nxt: str, width: int) -> bool:
    if not nxt:
        return True
    if _TERMINAL.search(line) and (_HEADING_START.match(nxt) or _is_shouting(nxt)):
        return True  # a numbered or capitalised heading follows a finished sentence
    if _is_shouting(line) and not _TERMINAL.search(line):
        # a heading in capitals ends where the capitals end; it may wrap onto a second line
        return not _is_shouting(nxt) or bool(_HEADING_START.match(nxt))
    short = len(line) < 0.8 * width
    if _TERMINAL.search(line) and short:
        return True
    starts_upper = nxt[:1].isupper() or nxt[:1].isdigit()
    if not _TERMINAL.search(line) and len(line) < 0.75 * width and starts_upper and not line.endswith((",", "-")):
        return True  # a heading, or a line that stands alone
    return line.endswith(":") and starts_upper
