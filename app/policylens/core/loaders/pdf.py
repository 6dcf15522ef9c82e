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
An encrypted file is opened with the empty password when it has one (many PDFs are encrypted only to
restrict printing); a file with no text layer (a scan) raises :class:`NoTextLayer`.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from policylens.core import errors
from policylens.core.loaders.text import normalise_text

MIN_TEXT_CHARS = 20  # fewer letters than this in the whole file: no text layer
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
        raise errors.CorruptDocument(kind="PDF", reason=_reason(exc)) from exc
    meta["pages"] = str(count)
    if count == 0:
        raise errors.CorruptDocument(kind="PDF", reason="it has no pages")
    page_lines: list[list[str]] = []
    failed = 0
    for page in pages:
        try:
            raw = page.extract_text() or ""
        except FileNotDecryptedError as exc:
            raise errors.EncryptedDocument() from exc
        except Exception:  # one damaged page (bad font, bad stream) must not lose the others
            failed += 1
            raw = ""
        page_lines.append([ln.strip() for ln in normalise_text(raw).split("\n")])
    if failed == count:
        raise errors.CorruptDocument(kind="PDF", reason="no page could be read")
    if failed:
        meta["unreadable_pages"] = str(failed)
    letters = sum(1 for lines in page_lines for ln in lines for ch in ln if ch.isalpha())
    if letters < MIN_TEXT_CHARS:
        raise errors.NoTextLayer()
    empty_pages = sum(1 for lines in page_lines if not any(lines))
    if empty_pages:
        meta["pages_without_text"] = str(empty_pages)
    return rebuild_paragraphs(page_lines), meta


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


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
