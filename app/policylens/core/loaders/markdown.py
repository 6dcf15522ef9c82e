"""Markdown: the text a reader sees, without the markup, with its headings and list items as blocks.

Handled: ATX (``## Title``) and setext headings, bullet and numbered lists with their nesting,
task boxes, block quotes, fenced code, tables (a row becomes ``cell | cell``), horizontal rules,
emphasis, inline code, links and images, autolinks, reference links and their definitions, HTML
tags, comments and entities, backslash escapes, YAML front matter (its ``title`` is the title).
Lines of one paragraph are joined with a space. Offsets point into this cleaned text.
"""

from __future__ import annotations

import html
import re

from policylens.core.document import Block
from policylens.core.loaders._builder import TextBuilder

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"^([ \t]*)([-*+•]|\d{1,9}[.)])(?:[ \t]+|$)(.*)$")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])+)\]\((?:[^()\s]|\([^()]*\))*(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?\)")
_REF_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])+)\][ ]?\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+|[^@<>\s]+@[^@<>\s]+\.[A-Za-z]{2,})>")
_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def inline(text: str) -> str:
    """Markdown inline markup → plain text."""
    text = _BR.sub("\n", text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _TAG.sub("", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDER.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def extract_markdown(source: str) -> tuple[str, list[Block], str | None]:
    """Clean text, blocks and title of a Markdown document."""
    title: str | None = None
    fm = _FRONT_MATTER.match(source)
    if fm and re.search(r"^\w[\w-]*:", fm.group(1), re.MULTILINE):
        m = re.search(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", fm.group(1), re.MULTILINE)
        title = m.group(1).strip() or None if m else None
        source = source[fm.end() :]
    source = _COMMENT.sub("", source)
    lines = source.split("\n")
    b = TextBuilder()
    cur: list[str] = []
    cur_kind = "paragraph"
    cur_level = 0
    list_indents: list[int] = []
    fence: str | None = None
    n = len(lines)

    def flush() -> None:
        nonlocal cur
        if cur:
            if cur_kind == "code":
                b.add("paragraph", "\n".join(cur))
            else:
                b.add(cur_kind, inline(" ".join(s.strip() for s in cur)), cur_level)  # type: ignore[arg-type]
        cur = []

    i = 0
    while i < n:
        raw = lines[i]
        i += 1
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
                flush()
            else:
                cur.append(raw)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            flush()
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence, cur_kind, cur_level = m.group(1)[:3], "code", 0
            continue
        m = _ATX.match(line)
        if m:
            flush()
            list_indents.clear()
            b.add("heading", inline(m.group(2) or ""), len(m.group(1)))
            if title is None and len(m.group(1)) == 1:
                title = inline(m.group(2) or "").strip() or None
            continue
        if cur and cur_kind == "paragraph" and _SETEXT.match(line):
            cur_kind, cur_level = "heading", 1 if line.strip()[0] == "=" else 2
            if title is None and cur_level == 1:
                title = inline(" ".join(cur)).strip() or None
            flush()
            continue
        if _HR.match(line):
            flush()
            continue
        if _REF_DEF.match(line) and not cur:
            continue
        if "|" in line and i < n and _TABLE_SEP.match(lines[i]):
            flush()
            b.add("paragraph", " | ".join(inline(c) for c in _cells(line) if c))
            i += 1
            while i < n and "|" in lines[i] and lines[i].strip():
                b.add("paragraph", " | ".join(inline(c) for c in _cells(lines[i]) if c))
                i += 1
            continue
        m = _LIST.match(line)
        if m and (m.group(3).strip() or not cur):
            flush()
            indent = len(m.group(1).expandtabs(4))
            while list_indents and list_indents[-1] > indent:
                list_indents.pop()
            if not list_indents or list_indents[-1] < indent:
                list_indents.append(indent)
            marker = m.group(2)
            content = _TASK.sub("", m.group(3))
            if marker[0].isdigit():
                content = f"{marker} {content}" if marker.endswith(".") else f"{marker[:-1]}) {content}"
            cur, cur_kind, cur_level = [content], "list_item", len(list_indents)
            continue
        if cur:
            cur.append(line)  # a wrapped line of the paragraph or list item
            continue
        if list_indents and raw[:1] in (" ", "\t"):
            cur, cur_kind = [line], "list_item"  # a second paragraph inside a list item
            continue
        list_indents.clear()
        cur, cur_kind, cur_level = [line], "paragraph", 0
    flush()
    return b.text, b.blocks, title
