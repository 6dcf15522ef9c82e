"""Rich Text Format (.rtf): what macOS TextEdit and WordPad save by default.

A small reader of the RTF 1.9 syntax, enough for text: groups, control words and symbols,
``\\'hh`` bytes in the document's code page (``\\ansicpg``), ``\\uN`` characters with their ``\\ucN``
fallbacks skipped, destinations that hold no body text (font and colour tables, style sheets,
document info, pictures, objects, headers, footers, field instructions, every ``{\\* …}`` group)
skipped. Paragraphs (``\\par``) become blocks; table cells (``\\cell``) are joined by " | " and a row
(``\\row``) ends its paragraph, as the .docx reader does; a paragraph with an outline level
(``\\outlinelevelN``, what Word writes for its heading styles) is a heading. Nothing is executed
or fetched; the nesting depth and the number of tokens are bounded.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from policylens.core import errors
from policylens.core.loaders._builder import TextBuilder

KIND = "RTF"
MAX_DEPTH = 400

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, with its parameter and delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\(.)"  # control symbol (\\, \{, \}, \~, \-, \_, \*, \<newline> …)
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"
    rb"|[\r\n]+",
    re.DOTALL,
)

# destinations whose text is not the document's body
_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer footerl footerr "
    b"footerf listtable listoverridetable rsidtbl generator xmlnstbl themedata colorschememapping datastore "
    b"latentstyles fldinst filetbl revtbl pgdsctbl mmathPr footnote annotation atnid atnauthor comment "
    b"bkmkstart bkmkend private nonshppict shppict blipuid objdata objclass docvar userprops "
    b"xe tc txe".split()
)
_BREAKS = {b"par": "\n\n", b"sect": "\n\n", b"page": "\n\n", b"line": "\n", b"row": "\n\n"}
_CHARS = {
    b"tab": "\t", b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘", b"rquote": "’",
    b"ldblquote": "“", b"rdblquote": "”", b"emspace": " ", b"enspace": " ", b"qmspace": " ",
}
_SYMBOLS = {b"~": "\u00a0", b"_": "\u2011", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n\n", b"\r": "\n\n"}


def is_rtf(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def extract_rtf(data: bytes) -> tuple[str, list | None]:  # type: ignore[type-arg]
    """Text and blocks of an RTF document (None: the blocks are found in the text, as a .txt's are)."""
    if not is_rtf(data[:64]):
        raise errors.CorruptDocument(kind=KIND, reason="it does not start as an RTF document does")
    codepage = "cp1252"
    m = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    if m:
        with contextlib.suppress(LookupError):
            codepage = codecs.lookup(f"cp{int(m.group(1))}").name
    paragraphs: list[tuple[str, int]] = []  # (text, heading level or 0)
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (a double-byte code page needs both)
    # per group: (skipping, characters to skip after \uN, outline level)
    stack: list[list[int]] = []
    skip, uc, level = 0, 1, 0
    to_skip = 0  # fallback characters still to skip after a \uN

    def flush_bytes() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    def end_paragraph(sep: str) -> None:
        flush_bytes()
        text = "".join(out)
        out.clear()
        if sep == "\n":
            out.append(text + "\n")
            return
        paragraphs.append((text, level))

    for tok in _TOKEN.finditer(data):
        word, param, hexbyte, symbol, brace, text = tok.groups()
        if brace is not None:
            if brace == b"{":
                if len(stack) >= MAX_DEPTH:
                    raise errors.CorruptDocument(kind=KIND, reason="its groups are nested too deeply")
                stack.append([skip, uc, level])
            else:
                if stack:
                    skip, uc, level = stack.pop()
                to_skip = 0
            continue
        if word is not None:
            if word in _SKIP:
                skip = 1
                continue
            if skip:
                continue
            if word == b"u" and param is not None:
                flush_bytes()
                n = int(param)
                out.append(chr(n + 65536 if n < 0 else n) if -65536 < n < 0x110000 else "\ufffd")
                to_skip = uc
                continue
            if word == b"uc" and param is not None:
                uc = max(0, min(int(param), 8))
                continue
            if word in _BREAKS:
                end_paragraph(_BREAKS[word])
                continue
            if word in (b"cell", b"nestcell"):
                flush_bytes()
                out.append(" | ")
                continue
            if word == b"pard":
                level = 0
                continue
            if word == b"outlinelevel" and param is not None:
                level = int(param) + 1 if 0 <= int(param) < 9 else 0
                continue
            if word in _CHARS:
                flush_bytes()
                out.append(_CHARS[word])
            continue
        if symbol is not None:
            if symbol == b"*":
                skip = 1  # {\* …}: an optional destination this reader does not know
                continue
            if skip:
                continue
            if to_skip:
                to_skip -= 1
                continue
            if symbol in (b"\n", b"\r"):
                end_paragraph("\n\n")
                continue
            flush_bytes()
            out.append(_SYMBOLS.get(symbol, ""))
            continue
        if skip:
            continue
        if hexbyte is not None:
            if to_skip:
                to_skip -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        if text is not None:
            flush_bytes()
            if to_skip:
                n = min(to_skip, len(text))
                text = text[n:]
                to_skip -= n
            out.append(text.decode(codepage, errors="replace"))
    end_paragraph("\n\n")
    builder = TextBuilder()
    if not any(lvl for _, lvl in paragraphs):
        # no outline levels (TextEdit writes none): the text's own shape says what a heading is,
        # as for a .txt file
        return "\n\n".join(" ".join(p.split()) for p, _ in paragraphs if p.strip(" |")), None
    for para, lvl in paragraphs:
        para = para.strip(" |")
        if " | " in para:
            para = " | ".join(c.strip() for c in para.split(" | "))
        builder.add("heading" if lvl and len(para) < 200 else "paragraph", para, lvl)
    return builder.text, builder.blocks
