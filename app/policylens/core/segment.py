"""Sentence segmentation per language, over a document's blocks.

A sentence never crosses a block. Numbered clauses ("(1)", "III.", "2.1"), bullets ("•", "–")
and the pack's abbreviations ("etc.", "z. B.", "bl.a.") do not end sentences. Very long runs
without punctuation are cut at clause marks so that every sentence stays bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policylens.core.document import Block, Document, is_table_row
from policylens.core.structure import DASH_VALUE, LEADER_VALUE

MAX_SENTENCE = 1200  # characters; longer stretches are cut at ; , or spaces

_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s+|$)|(?<=[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
_LEAD_NUMBER = re.compile(
    r"^\s*(?:[-–—•·▪◦●*]\s*)*(?:\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\(?[ivxlcIVXLC]{1,6}[.)]|[a-zA-Z][.)])\s*$"
)
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|\s{3,})\s*\d{1,4}\s*$")
_WORD_BEFORE = re.compile(r"([\w.'’/-]{0,20})$")  # ("A/S.": the word is "A/S", not "S")
_NEXT_START = re.compile(r"\s*[\"'«“(\[]?\s*([\w$€£§•–-])")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks
    kind: str  # block kind: heading | paragraph | list_item
    heading: int  # index of the nearest heading sentence above, -1 if none
    toc: bool = False


def _capitals(word: str) -> bool:
    """Two letters or more, all capitals ("B.V", "A/S", "EE.UU")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _split_block(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    seg_start = start
    chunk = text[start:end]
    for m in _BOUNDARY.finditer(chunk):
        cut = start + m.end()
        if cut >= end:
            break
        # (the word is within the last 21 characters: searched there, not from the sentence's start)
        before = text[max(seg_start, start + m.start() - 24) : start + m.start()]
        word = _WORD_BEFORE.search(before)
        raw = (word.group(1) if word else "").strip("'’")
        token = raw.casefold()
        punct = m.group(0)
        # "Journal ........ 10 år", "Bookinger ... 1 år": dot leaders join a row's cells, no sentence ends
        if punct.startswith("...") and (punct.startswith("....") or text.endswith(" ", 0, start + m.start())):
            continue
        if punct.startswith("."):
            # abbreviations, initials, numbering at the start of the sentence, decimals — a word in
            # capitals only as listed in capitals: "Mollie B.V. Uw gegevens …" ends after the legal
            # form, "bijv./b.v. de naam" goes on; "EE.UU." is listed so
            if _capitals(raw):
                token = raw
            if token.rstrip(".") in abbreviations or token in abbreviations:
                continue
            if "-" in token and token.rsplit("-", 1)[1].rstrip(".") in abbreviations:
                continue  # "CVR-nr. 29 84 61 05": an abbreviation joined to a word
            if len(token.rstrip(".")) == 1 and token[:1].isalpha():
                continue  # "J. Smith", "a."
            if _LEAD_NUMBER.match(text[seg_start:cut]):
                continue  # "1." "III." "2.1." at the start: numbering, not an end
            nxt = _NEXT_START.match(text, cut)
            if nxt is None:
                continue
            if raw[:1].isupper() and text[cut:end].lstrip()[:1] in ("(", "["):
                continue  # "Microsoft Ireland Operations Ltd. (Azure)", "Stripe S.A. (Luxembourg)": the name goes on
            ch = nxt.group(1)
            if ch.islower() and not (token.isdigit() and len(token) == 4):
                continue  # "etc. et" "p. ex. le": the sentence goes on
        spans.append((seg_start, cut))
        seg_start = cut
    spans.append((seg_start, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        out.extend(_bound(text, s, e))
    return out


def _bound(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut an over-long span at clause marks (then spaces, then anywhere)."""
    out = []
    while e - s > MAX_SENTENCE:
        window = text[s : s + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(": "))
        if cut < MAX_SENTENCE // 3:
            cut = window.rfind(" ")
        if cut < MAX_SENTENCE // 3:
            cut = MAX_SENTENCE - 1
        out.append((s, s + cut + 1))
        s = s + cut + 1
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append((s, e))
    return out


_TERMINAL = re.compile(r"[.!?;:,…]\s*[\"'»”’)\]]*\s*$")


def heading_like(doc: Document, bi: int) -> bool:
    """A one-line paragraph that reads as a heading: short, unpunctuated, capitalised, and
    followed by more text ("Datalagring", "Information vi samlar in"). Plain-text and PDF policies
    often set their headings this way, without blank lines around them."""
    block = doc.blocks[bi]
    if block.kind != "paragraph" or bi + 1 >= len(doc.blocks):
        return False
    chunk = doc.text[block.start : block.end]
    if "\n" in chunk or len(chunk) > 90 or _TERMINAL.search(chunk):
        return False
    if DASH_VALUE.search(chunk) or LEADER_VALUE.search(chunk):
        return False  # a row of a table written as text
    words = chunk.split()
    if not 1 <= len(words) <= 10:
        return False
    if chunk.lstrip()[:1] in "_*(" and not chunk.lstrip().startswith(("**", "#")):
        return False  # an emphasised note or a parenthesis, not a heading
    if bi > 0 and is_table_row(chunk) and is_table_row(doc.block_text(doc.blocks[bi - 1])):
        return False  # a later row of a table ("Betalingsopplysninger | Ved betaling | Gjennomføre kjøpet")
    first = chunk.lstrip("#*_ \t")[:1]
    return first.isupper() or first.isdigit()


def lead_in_items(doc: Document) -> frozenset[int]:
    """Blocks that are items of an unbulleted list: a run of one-line paragraphs right under a
    line ending with ":", with no blank line between them, and a blank line (or the end of the
    text) after the run ("The following is collected automatically:\nIP address\nType of
    browser\n\n"). Plain-text policies set their lists this way; the run's last line, a blank
    line after it, may have been read as a heading. A run that goes on into the text without a
    blank line is no list (web pages saved as text put headings and paragraphs on single lines)."""
    text, blocks = doc.text, doc.blocks
    items: set[int] = set()
    i = 0
    while i < len(blocks) - 1:
        if not text[blocks[i].start : blocks[i].end].rstrip().endswith((":", "：")):
            i += 1
            continue
        if text.count("\n", blocks[i].end, blocks[i + 1].start) == 2:
            spaced = _spaced_items(doc, i)
            items.update(spaced)
            i = max(spaced, default=i) + 1
            continue
        j = i + 1
        while j < len(blocks) and j - i <= 40:
            block = blocks[j]
            chunk = text[block.start : block.end]
            gap = text[blocks[j - 1].end : block.start]
            if "\n" in chunk or len(chunk) > 200 or gap.count("\n") != 1 or gap.strip():
                break
            closes = j + 1 >= len(blocks) or text.count("\n", block.end, blocks[j + 1].start) > 1
            if block.kind != "paragraph" and not (block.kind == "heading" and closes):
                break
            j += 1
            if closes:
                items.update(range(i + 1, j))
                break
        i = max(j, i + 1)
    return frozenset(items)


_SHORT_ITEM_WORDS = 8


def _spaced_items(doc: Document, lead: int) -> range:
    """The items of an unbulleted list set one per paragraph under a lead-in ("Personally
    identifiable information may include:\n\nEmail address\n\nFirst name and last name\n\n
    Phone number\n\nUsage Data\n\nUsage Data is collected automatically ..."): a run of at least
    three short one-line blocks, one blank line apart, before the next longer paragraph; the run's
    last line heads that paragraph, the others are the items."""
    text, blocks = doc.text, doc.blocks
    j = lead + 1
    while j < len(blocks) and j - lead <= 40:
        block = blocks[j]
        chunk = text[block.start : block.end].strip()
        gap = text[blocks[j - 1].end : block.start]
        if (
            block.kind not in ("paragraph", "heading")
            or "\n" in chunk
            or gap.count("\n") != 2
            or gap.strip()
            or len(chunk.split()) > _SHORT_ITEM_WORDS
            or chunk.endswith((".", ":", "：", "!", "?"))
        ):
            break
        j += 1
    if j >= len(blocks) or j - lead - 1 < 3:
        return range(0)
    return range(lead + 1, j - 1)


def segment(doc: Document, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of ``doc`` in order. Headings (and heading-like lines) are one sentence each."""
    text = doc.text
    sentences: list[Sentence] = []
    heading = -1
    items = lead_in_items(doc)
    for bi, block in enumerate(doc.blocks):
        if bi in items:
            # "We collect the following:\nName\nE-mail address\n\n": a line of the lead-in's list
            sentences.append(Sentence(block.start, block.end, bi, "list_item", heading))
            continue
        if block.kind == "heading":
            spans = _lead_in_after_sentence(text, block.start, block.end, abbreviations)
            if spans:
                # "We do not sell personal data. We share it only with:": a line taken for a heading for
                # its lead-in, with a whole sentence before it — that sentence states something
                for s, e in spans[:-1]:
                    sentences.append(Sentence(s, e, bi, "paragraph", heading))
                spans = spans[-1:]
            else:
                spans = _bound(text, block.start, block.end)
            for s, e in spans:
                sentences.append(Sentence(s, e, bi, "heading", heading))
            heading = len(sentences) - 1
            continue
        if heading_like(doc, bi):
            # it heads what follows, but may itself state something ("Radera dina uppgifter")
            sentences.append(Sentence(block.start, block.end, bi, "paragraph", heading))
            heading = len(sentences) - 1
            continue
        toc = _is_toc(doc, block)
        for s, e in _split_block(text, block.start, block.end, abbreviations):
            sentences.append(Sentence(s, e, bi, block.kind, heading, toc))
    return sentences


def _lead_in_after_sentence(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """The sentences of a heading line that ends with a lead-in (":") after a whole sentence of at
    least four words ending with a full stop, or nothing when it is not such a line."""
    if end - start > 2 * MAX_SENTENCE // 3 or not text[start:end].rstrip().endswith(":") or ". " not in text[start:end]:
        return []  # (a heading line longer than that is no such line: its spans might be cut at clause marks)
    spans = _split_block(text, start, end, abbreviations)
    if len(spans) < 2:
        return []
    s, e = spans[-2]
    first = text[s:e].rstrip()
    if not first.endswith(".") or len(first.split()) < 4:
        return []
    return spans


def _is_toc(doc: Document, block: Block) -> bool:
    """A table-of-contents line: dotted leaders or a trailing page number after a gap."""
    chunk = doc.text[block.start : block.end]
    # a match ends with a digit and white space only (``\d{1,4}\s*$``): no search where the line does not
    tail = chunk.rstrip()
    return bool(tail) and tail[-1].isdecimal() and bool(_TOC_LINE.search(chunk))
