"""Recover a document's structure from plain text: headings, paragraphs and list items.

Loaders of structured formats (HTML, .docx) know their blocks; plain text and PDF text come here.
Every block is a span of the text, so offsets stay valid.
"""

from __future__ import annotations

import re

from policylens.core.document import Block, BlockKind

# bullets and numbered items at the start of a line
_BULLET = re.compile(
    r"""^[ \t]*(?:
        [-–—•·▪◦●○*+►✓✔](?:[ \t]+[-–—•·▪◦●○*+](?=[ \t]))?[ \t]+    # - item, • item, "- • item"
      | \(?(?:\d{1,3}|[ivxlcIVXLC]{1,6}|[a-zA-Z])\)[ \t]+           # (1) item, a) item, (iv) item
    )""",
    re.VERBOSE,
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+\S")
_NUMBERED_HEADING = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?)|(?:[IVXLC]{1,6}\.)|(?:[A-Z]\.)|(?:§\s*\d+))[ \t]+\S"
)
_SETEXT = re.compile(r"^[ \t]*(=+|-+)[ \t]*$")
_TERMINAL = re.compile(r"[.;,!]\s*$|[.;,!][\"'»”)\]]\s*$")
_LETTER = re.compile(r"[^\W\d_]")


def _is_heading_line(line: str, prev_blank: bool, next_blank: bool) -> int:
    """Heading level (1-3) when ``line`` reads as a heading, else 0."""
    stripped = line.strip()
    if not stripped:
        return 0
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1))
    if len(stripped) > 120 or _TERMINAL.search(stripped):
        return 0
    letters = _LETTER.findall(stripped)
    if len(letters) < 2:
        return 0
    words = stripped.split()
    upper = sum(1 for ch in letters if ch.isupper())
    if upper / len(letters) > 0.8 and len(letters) >= 4:
        return 1
    if _NUMBERED_HEADING.match(stripped) and len(words) <= 14:
        return 2 if re.match(r"^\s*(?:\d{1,2}\.?|[IVXLC]+\.|§)\s", stripped) else 3
    if len(words) <= 12 and stripped[0].isupper() and (prev_blank or next_blank or stripped.endswith(":")):
        # a short line that does not end a sentence: "Les cookies :", "Datalagring"
        if stripped.endswith((":", "?")) or len(words) <= 8:
            return 2
    return 0


def blocks_from_text(text: str) -> list[Block]:
    """Split plain text into blocks. Lines are the unit; consecutive prose lines that wrap
    (no blank line between, previous line not ending a sentence) form one paragraph."""
    blocks: list[Block] = []
    lines: list[tuple[int, int]] = []  # (start, end) of each line, without the newline
    pos = 0
    for m in re.finditer(r"[^\n]*(?:\n|$)", text):
        seg = m.group(0)
        if not seg:
            break
        end = m.start() + len(seg.rstrip("\n").rstrip("\r"))
        lines.append((m.start(), end))
        pos = m.end()
        if pos >= len(text):
            break
    n = len(lines)

    def blank(i: int) -> bool:
        return i < 0 or i >= n or not text[lines[i][0] : lines[i][1]].strip()

    cur: list[int] | None = None  # [start, end, kind_index]
    cur_kind: BlockKind = "paragraph"
    cur_level = 0

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            s, e = cur[0], cur[1]
            # trim whitespace inside the span
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                blocks.append(Block(cur_kind, s, e, cur_level))
        cur = None

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line) and cur is not None and cur_kind == "paragraph" and not blank(i - 1):
            # the previous line was a setext heading
            cur_kind, cur_level = "heading", 1 if line.strip()[0] == "=" else 2
            flush()
            continue
        level = _is_heading_line(line, blank(i - 1), blank(i + 1))
        if _BULLET.match(line):
            flush()
            indent = len(line) - len(line.lstrip())
            cur, cur_kind, cur_level = [s, e], "list_item", 1 + indent // 2
            continue
        if level:
            flush()
            cur, cur_kind, cur_level = [s, e], "heading", level
            flush()
            continue
        if cur is not None and cur_kind in ("paragraph", "list_item"):
            prev = text[cur[0] : cur[1]].rstrip()
            continues = bool(prev) and not re.search(r"[.!?:;»”\"')\]]$", prev) and line[:1].islower()
            if continues or (cur_kind == "paragraph" and not re.search(r"[.!?:;]$", prev) and line[:1].islower()):
                cur[1] = e
                continue
        flush()
        cur, cur_kind, cur_level = [s, e], "paragraph", 0
    flush()
    return blocks
