"""Recover a document's structure from plain text: headings, paragraphs and list items.

Loaders of structured formats (HTML, .docx, Markdown) know their blocks; plain text and PDF text
come here. Every block is a span of the text, so offsets stay valid. Lines are the unit:

- a Markdown heading (``## Title``), a setext underline, an all-capitals line ("I. QUE
  COLLECTONS-NOUS ?"), a short numbered title ("1. Informations que nous collectons", "1.1 ...",
  "III. ..."), a short line standing alone ("Datalagring", "Les cookies :", "Vos droits ?") is a
  heading; a line that reads as a sentence (ends with ".", ";" or ",", or with "et"/"and", holds an
  e-mail address or a URL, is a "Label : value" pair) is not;
- a bullet ("•", "–", "-", "*", "▪", ...), a numbered item ("(1)", "a)", "iv)") or a numbered
  clause that reads as a sentence ("1. Des dispositions claires sont prévues … ;") is a list item;
  its nesting level comes from its indentation relative to the items around it;
- other lines are paragraphs; a line that continues the one before (which did not end a sentence,
  and this one starts in lower case) joins its paragraph or list item. In a text wrapped at a fixed
  width (most of its lines end just short of one length, as ``pdftotext``, a mail client or
  ``textwrap`` write them), a line joins too where the one before it did not end a clause and the
  line's first word would not have fitted on it: «… speichert der⏎Server Ihre IP-Adresse» (a German
  noun is capitalised), «Amazon Web⏎Services EMEA SARL».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.core.document import Block, BlockKind

# bullets and numbered items at the start of a line
_BULLET = re.compile(
    r"""^[ \t]*(?:
        [-–—•·▪◦●○*+►✓✔→➔➜➤▸\uf0b7\uf0a7](?:[ \t]+[-–—•·▪◦●○*+](?=[ \t]))?[ \t]+    # - item, • item, → item, "- • item"
      | \(?(?:\d{1,3}|[ivxlcIVXLC]{1,6}|[a-zA-Z])\)[ \t]+           # (1) item, a) item, (iv) item
    )""",
    re.VERBOSE,
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+\S")
_NUMBERED_HEADING = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?)|(?:[IVXLC]{1,6}\.)|(?:[A-Z]\.)|(?:§\s*\d+[a-z]?\.?))[ \t]+\S"
)
# "1. text", "12) text", "III. text", "2.3. text": a numbered line, title or clause
_NUMBERED_LINE = re.compile(r"^[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[IVXLC]{1,6}\.)[ \t]+\S")
# "PRIMERO. Responsable del tratamiento.", "CUARTO. Destinatarios.": a clause numbered by a word in
# capitals (the Spanish and Portuguese deed style), its title short, in mixed case and closed by a
# period; a title all in capitals ("SEGUNDO. INFORMACIÓN QUE RECOLECTAMOS") is one anyway
_WORD_NUMBERED = re.compile(
    r"^[A-ZÀ-Þ]{4,}\.[ \t]+[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,7}\.?$"
)
_SETEXT = re.compile(r"^[ \t]*(=+|-+)[ \t]*$")
_TERMINAL = re.compile(r"[.;,!]\s*$|[.;,!][\"'»”)\]]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_CONTACT = re.compile(r"[\w.+-]@[\w-]+\.\w|https?://|www\.", re.IGNORECASE)
_LABEL_VALUE = re.compile(r"^[^:]{2,60}\s?:\s+\S")  # "E-mail : x", "Dernière mise à jour : 1er juin"
_TRAILING_CONJUNCTION = re.compile(
    r"\b(?:et|ou|and|or|och|eller|und|oder|y|og|ja|tai|lub|oraz|ed|oppure)\s*$"
)
_ENDS_SENTENCE = re.compile(r"[.!?:;»”\"')\]]$")
# "Help Scout PBC (USA) – customer support e-mails": a name with an aside, a dash and what it does, in
# lower case, is an entry of a list written without bullets, not a title
_ENTRY = re.compile(r"\)[ \t]+[-–—][ \t]+(?:[A-Z]{2,}[ \t]+)?([^\W\d_])")  # ("SMS messages": an acronym first)
_ENDS_CLAUSE = re.compile(r"[.!?:;]$")
# "Call recordings – 90 days", "Faktury – 5 lat": a label, a spaced dash and a number — a row of a
# table written as text (what is kept, how long), never a title (also read by segment.heading_like)
DASH_VALUE = re.compile(r"^[ \t]*[^\W\d_][^–—\n]{0,60}?[ \t][-–—][ \t]+\d")
# "Logfiler på hjemmesiden ........ 30 dage": a label, dot leaders and a value — a row of a table set
# with dot leaders (what is kept, how long), never a title (also read by segment.heading_like)
LEADER_VALUE = re.compile(r"[^\W\d_][ \t]*(?:\.{3,}|…{2,}|·{3,})[ \t]*\S")
# "Billetweb — vente de billets en ligne": a short name, a spaced en or em dash, what it does in lower
# case; two such lines in a row are entries of a list written without bullets (or numbered one by
# one: "1. Stripe – kortbetaling", "2. Twilio – SMS" are items of a list, not numbered titles)
_DASH_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?[^\W\d_][^–—.;:!?]{0,60}?[ \t][–—][ \t]+[^\W\d_A-ZÀ-Þ]")


def is_list_line(line: str) -> bool:
    """True when ``line`` starts with a bullet or an item number ("•", "-", "(1)", "a)", "iv)")."""
    return bool(_BULLET.match(line))


def is_numbered_clause(line: str) -> bool:
    """True for a numbered line that reads as a sentence, not a title ("1. Des dispositions … ;")."""
    return bool(_NUMBERED_LINE.match(line)) and not _is_heading_line(line, True, True)


def _is_heading_line(line: str, prev_blank: bool, next_blank: bool, next_lower: bool = False) -> int:
    """Heading level (1-3) when ``line`` reads as a heading, else 0."""
    stripped = line.strip()
    if not stripped:
        return 0
    # Spanish opens a question or an exclamation with "¿"/"¡" ("¿Qué datos recogemos?"): the
    # capital that makes a title is the letter after it
    first = stripped.lstrip("¿¡ ")[:1] or stripped[0]
    if first.islower() or first in "-–—•·*+(\"'«“„[":
        return 0  # a continuation line, a bullet, a quotation: never a heading (and the common case: fast)
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1))
    if (prev_blank or next_blank) and _WORD_NUMBERED.match(stripped):
        return 2  # "SEGUNDO. Datos que tratamos y de dónde proceden.": a clause's title, its period too
    if len(stripped) > 120 or _TERMINAL.search(stripped) or _CONTACT.search(stripped):
        return 0
    if _TRAILING_CONJUNCTION.search(stripped):
        return 0  # "2. Nous avons obtenu votre consentement ; et"
    letters = _LETTER.findall(stripped)
    if len(letters) < 2:
        return 0
    words = stripped.split()
    upper = sum(1 for ch in letters if ch.isupper())
    if upper / len(letters) > 0.8 and len(letters) >= 4:
        return 1
    numbered = _NUMBERED_HEADING.match(stripped)
    if numbered and len(words) <= 14 and ";" not in stripped:
        return 2 if re.match(r"^\s*(?:\d{1,2}\.?|[IVXLC]+\.|§)\s", stripped) else 3
    if _LABEL_VALUE.match(stripped):
        return 0
    entry = _ENTRY.search(stripped)
    if entry is not None and entry.group(1).islower():
        return 0
    if DASH_VALUE.search(stripped) or LEADER_VALUE.search(stripped):
        return 0  # "Call recordings – 90 days", "Logfiler ........ 30 dage": a row of a table written as text
    # a short line that does not end a sentence: "Les cookies :", "Datalagring", "Vos droits ?"
    # (a lead-in ending with ":" heads the list below it like a heading does)
    standalone = prev_blank or next_blank or stripped.endswith(":")
    if next_lower and not stripped.endswith((":", "?")):
        return 0  # the sentence goes on on the next line: "Nous collectons votre nom" / "et votre adresse."
    if len(words) <= 12 and first.isupper() and standalone and (stripped.endswith((":", "?")) or len(words) <= 8):
        return 2
    return 0


# "7) Per quanto tempo", "G) Durante quanto tempo guardamos os dados": an item number or a capital
# letter with a parenthesis, which may number a section's title
_PAREN_NUMBER = re.compile(r"^[ \t]*(?:\d{1,2}|[A-Z])\)[ \t]+(?=\S)")


def _numbered_title(text: str, lines: list[tuple[int, int]], i: int, blank: Callable[[int], bool]) -> bool:
    """A line numbered "7)" that titles a section ("7) Per quanto tempo", "3) Newsletter") rather
    than being an item of a numbered list: it reads as a title, and neither the line before it nor
    the one after it (blank lines passed) is numbered that way too."""
    line = text[lines[i][0] : lines[i][1]]
    m = _PAREN_NUMBER.match(line)
    if m is None or not _is_heading_line(line[m.end() :], blank(i - 1), blank(i + 1)):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and blank(j):
            j += step
        if 0 <= j < len(lines) and _PAREN_NUMBER.match(text[lines[j][0] : lines[j][1]]):
            return False
    return True


def _table_row_under_row(text: str, lines: list[tuple[int, int]], i: int, blank: Callable[[int], bool]) -> bool:
    """A line of cells separated by " | " right under another such line: a table's row, never a title
    (the first row, the table's head, may title the rows below it)."""
    if i == 0 or blank(i - 1) or " | " not in text[lines[i][0] : lines[i][1]]:
        return False
    return " | " in text[lines[i - 1][0] : lines[i - 1][1]]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its newline."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        if nl < 0:
            if start < n:
                end = n
                out.append((start, end - 1 if text[end - 1] == "\r" else end))
            break
        end = nl - 1 if nl > start and text[nl - 1] == "\r" else nl
        out.append((start, end))
        start = nl + 1
    return out


def wrap_width(lengths: list[int]) -> int | None:
    """The width a text was wrapped at, from the lengths of its non-blank lines, or None when it was not:
    the smallest width (40–160) that at most 3% of the lines (or two) exceed and at which 40% or more of
    the lines of 30 characters or more end within its last fifth."""
    body = sum(1 for n in lengths if n >= 30)
    if body < 8:
        return None
    # (counted once: how many lines are at most n characters long, for n up to 160)
    upto = [0] * 162
    for n in lengths:
        upto[min(n, 161)] += 1
    for n in range(1, 162):
        upto[n] += upto[n - 1]
    for w in range(40, 161):
        if upto[w] == upto[w - 1]:
            continue  # no line of this length: a width is the length of a line
        over = len(lengths) - upto[w]
        near = upto[w] - upto[max(int(0.8 * w), 29)]  # lines of 30 or more that end within its last fifth
        if over <= max(2, 0.03 * body) and near >= max(5, 0.4 * body):
            return w
    return None


def _wrapped(line: str, nxt: str, width: int | None) -> bool:
    """Whether ``nxt`` continues ``line`` in a text wrapped at ``width``: the line ends no clause and the
    next line's first word would not have fitted on it (the wrapping had to break there)."""
    line = line.rstrip()
    words = nxt.split(None, 1)
    return width is not None and bool(line and words) and not _ENDS_CLAUSE.search(line) and (
        len(line) + 1 + len(words[0]) > width
    )


def blocks_from_text(text: str) -> list[Block]:
    """Split plain text into blocks (see the module doc). Linear in the length of the text."""
    blocks: list[Block] = []
    lines = _lines(text)
    n = len(lines)
    width = wrap_width([len(text[s:e].rstrip()) for s, e in lines if text[s:e].strip()])

    def blank(i: int) -> bool:
        return i < 0 or i >= n or not text[lines[i][0] : lines[i][1]].strip()

    cur: list[int] | None = None  # [start, end] of the open block
    cur_kind: BlockKind = "paragraph"
    cur_level = 0
    last_line = ""  # the open block's last line
    list_indents: list[int] = []  # indentation of the open list levels

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            s, e = cur[0], cur[1]
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                blocks.append(Block(cur_kind, s, e, cur_level))
        cur = None

    def _dash_entry(j: int) -> bool:
        return not blank(j) and _DASH_ENTRY.match(text[lines[j][0] : lines[j][1]]) is not None

    def list_level(indent: int) -> int:
        while list_indents and list_indents[-1] > indent:
            list_indents.pop()
        if not list_indents or list_indents[-1] < indent:
            list_indents.append(indent)
        return len(list_indents)

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if _SETEXT.match(line) and cur is not None and cur_kind == "paragraph" and not blank(i - 1):
            cur_kind, cur_level = "heading", 1 if stripped[0] == "=" else 2
            flush()
            list_indents.clear()
            continue
        indent = len(line) - len(line.lstrip())
        if _numbered_title(text, lines, i, blank):
            flush()
            cur, cur_kind, cur_level = [s, e], "heading", 2
            flush()
            list_indents.clear()
            continue
        if _BULLET.match(line) or (_dash_entry(i) and (_dash_entry(i - 1) or _dash_entry(i + 1))):
            flush()
            cur, cur_kind, cur_level = [s, e], "list_item", list_level(indent)
            last_line = line
            continue
        nxt = text[lines[i + 1][0] : lines[i + 1][1]].lstrip() if i + 1 < n else ""
        # a row of a table written with "|" under another row (its last row, above a blank line,
        # is short and stands alone like a title: "Other data | as long as necessary") is a row
        level = 0 if _table_row_under_row(text, lines, i, blank) else _is_heading_line(
            line, blank(i - 1), blank(i + 1), nxt[:1].islower() or _wrapped(line, nxt, width)
        )
        if level:
            flush()
            cur, cur_kind, cur_level = [s, e], "heading", level
            flush()
            list_indents.clear()
            continue
        if _NUMBERED_LINE.match(line):
            # a numbered clause that reads as a sentence: "1. Des dispositions … ;"
            flush()
            cur, cur_kind, cur_level = [s, e], "list_item", list_level(indent)
            last_line = line
            continue
        if cur is not None and cur_kind in ("paragraph", "list_item"):
            prev = last_line.rstrip()
            starts_lower = line.lstrip()[:1].islower()
            continues = bool(prev) and not _ENDS_SENTENCE.search(prev) and starts_lower
            continues = continues or _wrapped(prev, line, width)
            # an item's text wrapped onto a line indented under it ("- Texas residents have rights under the
            # Texas Data Privacy and Security" / "  Act. Anyone can write to …")
            continues = continues or (
                cur_kind == "list_item"
                and bool(prev)
                and bool(list_indents)
                and indent > list_indents[-1]
                and not _ENDS_SENTENCE.search(prev)
            )
            if continues or (cur_kind == "paragraph" and not _ENDS_CLAUSE.search(prev) and starts_lower):
                cur[1] = e
                last_line = line
                continue
        flush()
        if indent == 0:
            list_indents.clear()
        cur, cur_kind, cur_level = [s, e], "paragraph", 0
        last_line = line
    flush()
    return blocks
