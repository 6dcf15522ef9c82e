"""The policy as readable text, with its evidence sentences marked and findable.

The reader's ``QTextDocument`` is built from ``Document.blocks`` (one text block per structural
block: headings bold and larger, paragraphs, list items with bullets) by one ``QTextCursor`` pass
that :class:`ReaderBuilder` runs in time-boxed steps, so even a 5 MB policy never blocks the
window. Each character of a block keeps its place: ``block_positions[i]`` is where the text of
block ``i`` starts in the ``QTextDocument`` (after a list item's "- " marker, which the list's
bullet replaces; ``Reader.blocks[i].start`` says where that is in ``Document.text``), and
:meth:`Reader.to_pos` / :meth:`Reader.to_offset` map between ``Document.text`` offsets (code
points) and document positions (UTF-16 units).

Web addresses in the text are links, but nothing is ever fetched: the document is plain text with
anchor formats (no HTML, so no image, style sheet or frame to load), and a link opens only when it
is clicked, after a dialog shows its full address, in the system's browser (``QDesktopServices``).
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QTextEdit, QToolTip, QWidget

from policylens.core.document import Block, Document, is_separator_row, is_table_row
from policylens.ui import theme
from policylens.ui.findings import EvidenceIndex

# characters QTextDocument gives a meaning of its own; replaced one for one so offsets stay put
_CLEAN = str.maketrans(
    {"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028", "\ufffc": " ", "\ufdd0": " ", "\ufdd1": " ", "\x00": " "}
)
_BACK = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)
# a web address in the text (what the reader makes clickable); trailing punctuation is not part of it
_LINK = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"'«»“”‘’\u2028]{2,2000}", re.IGNORECASE)
_LINK_TAIL = ".,;:!?)]}'\"»”’*"
MAX_LINKS = 2000
MAX_MATCHES = 5000
MAX_MARKED_MATCHES = 2000
ZOOM_STEP = 1.12
ZOOM_LIMIT = 8


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def find_links(text: str, start: int = 0, end: int | None = None, limit: int = MAX_LINKS) -> list[tuple[int, int, str]]:
    """Web addresses in ``text[start:end]``: (start, end) offsets in ``text`` and the address."""
    out = []
    for m in _LINK.finditer(text, start, len(text) if end is None else end):
        address = m.group().rstrip(_LINK_TAIL)
        if address.count("(") > address.count(")") and m.group()[len(address) : len(address) + 1] == ")":
            address += ")"  # https://en.wikipedia.org/wiki/Cookie_(disambiguation)
        if len(address) > 4:
            out.append((m.start(), m.start() + len(address), address))
        if len(out) >= limit:
            break
    return out


# an unordered list marker ("- ", "• ", "* "): drawn by the list's bullet instead of kept as text
_MARKER = re.compile(r"[ \t]*[-–—•·▪◦●○*+►✓✔\uf0b7\uf0a7](?:[ \t]+[-–—•·▪◦●○*+](?=[ \t]))?[ \t]+")


# an item that numbers itself ("1.", "(a)", "iv)", "§ 3"): drawn as written, without a bullet
_ENUMERATED = re.compile(r"[ \t]*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.):]|§)")
def reader_blocks(doc: Document) -> tuple[list[Block], list[bool]]:
    """The blocks as the reader shows them, and whether each is a bulleted list item.

    A list item's leading "- " or "• " is left out (the list draws a bullet instead), so its
    block starts after the marker; numbered items ("1.", "(a)") keep their numbers, unbulleted."""
    blocks = list(doc.blocks) or ([Block("paragraph", 0, len(doc.text))] if doc.text else [])
    out: list[Block] = []
    bullets: list[bool] = []
    for b in blocks:
        if b.kind == "list_item":
            m = _MARKER.match(doc.text, b.start, b.end)
            if m is not None and m.end() < b.end:
                out.append(Block(b.kind, m.end(), b.end, b.level))
                bullets.append(True)
                continue
            if m is None and not _ENUMERATED.match(doc.text, b.start, b.end):
                # an item of a Word, OpenDocument or web page list: its marker was no text
                out.append(b)
                bullets.append(True)
                continue
        out.append(b)
        bullets.append(False)
    return out, bullets


class ReaderBuilder:
    """Builds the reader's ``QTextDocument`` for ``doc`` in steps (:meth:`step`)."""

    def __init__(
        self,
        doc: Document,
        font: QFont,
        link_color: QColor | None = None,
        rule_color: QColor | None = None,
        row_color: QColor | None = None,
    ) -> None:
        self.doc = doc
        # a table row ("| Purpose | Data | Legal basis |") keeps its text, as every offset into the
        # policy must: its bars are drawn faint, its separator row ("|---|---|") small and faint
        self._bar_fmt = QTextCharFormat()
        self._rule_fmt = QTextCharFormat()
        self._rule_fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -2)
        if rule_color is not None:
            self._bar_fmt.setForeground(rule_color)
            self._rule_fmt.setForeground(rule_color)
        self._row_color = row_color
        self._head_fmt = QTextCharFormat()
        self._head_fmt.setFontWeight(QFont.Weight.DemiBold)
        # web addresses become anchors while the blocks are added, a block at a time (one pass
        # over a 5 MB text on the GUI thread would stall it)
        self._link_fmt = QTextCharFormat()
        self._link_fmt.setAnchor(True)
        if link_color is not None:
            self._link_fmt.setForeground(link_color)
        self.links = 0
        self.blocks, self.bulleted = reader_blocks(doc)
        self.qdoc = QTextDocument()
        self.qdoc.setUndoRedoEnabled(False)
        self.qdoc.setDefaultFont(font)
        self.qdoc.setDocumentMargin(18)
        self.positions: list[int] = []
        self.bmp: list[bool] = []
        self._cursor = QTextCursor(self.qdoc)
        self._i = 0
        self._lists: dict[int, object] = {}
        self._plain = QTextCharFormat()
        self._heading: dict[int, QTextCharFormat] = {}
        self._formats: dict[tuple[str, int, bool], QTextBlockFormat] = {}

    @property
    def done(self) -> bool:
        return self._i >= len(self.blocks)

    @property
    def progress(self) -> float:
        return self._i / len(self.blocks) if self.blocks else 1.0

    def _char_format(self, block: Block) -> QTextCharFormat:
        if block.kind != "heading":
            return self._plain
        level = max(1, min(block.level or 1, 4))
        fmt = self._heading.get(level)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            # relative to the default font, so zoom scales headings too (as HTML <h1>..<h4> do)
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, {1: 2, 2: 1, 3: 1, 4: 0}[level])
            self._heading[level] = fmt
        return fmt

    def _block_format(
        self, block: Block, first: bool, bulleted: bool, row: bool = False, last_row: bool = False
    ) -> QTextBlockFormat:
        numbered = block.kind == "list_item" and not bulleted
        kind = ("last row" if last_row else "row") if row else block.kind
        key = (kind, block.level if block.kind == "heading" or numbered else 0, first)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextBlockFormat()
            if row:
                fmt.setBottomMargin(12 if last_row else 2)
                fmt.setTopMargin(0 if first else 2)
                if self._row_color is not None:
                    fmt.setBackground(self._row_color)
            elif block.kind == "heading":
                fmt.setTopMargin(0 if first else 14)
                fmt.setBottomMargin(6)
            elif block.kind == "list_item":
                fmt.setBottomMargin(3)
                fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                if numbered:
                    fmt.setIndent(max(1, block.level or 1))
            else:
                fmt.setBottomMargin(9)
                fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            self._formats[key] = fmt
        return fmt

    def step(self, budget: float = 0.02) -> bool:
        """Add blocks for about ``budget`` seconds; returns whether the document is complete."""
        deadline = time.perf_counter() + budget
        c = self._cursor
        text = self.doc.text
        blocks = self.blocks
        n = len(blocks)
        while self._i < n:
            i = self._i
            b = blocks[i]
            cf = self._char_format(b)
            bulleted = self.bulleted[i]
            chunk = text[b.start : b.end]
            row = b.kind != "heading" and is_table_row(chunk)
            last_row = False
            if row:
                nxt = text[blocks[i + 1].start : blocks[i + 1].end] if i + 1 < n else ""
                last_row = not is_table_row(nxt)
                if is_separator_row(nxt):
                    cf = self._head_fmt  # the column labels above "|---|---|"
            if i == 0:
                c.setBlockFormat(self._block_format(b, True, bulleted, row, last_row))
                c.setBlockCharFormat(cf)
            else:
                c.insertBlock(self._block_format(b, False, bulleted, row, last_row), cf)
            self.positions.append(c.position())
            self.bmp.append(chunk.isascii() or not chunk or max(chunk) < "\U00010000")
            if chunk:
                at = c.position()
                if row and is_separator_row(chunk):
                    c.insertText(chunk, self._rule_fmt)
                else:
                    c.insertText(chunk.translate(_CLEAN), cf)
                    if row:
                        self._bars(chunk, at)
                if self.links < MAX_LINKS and ("://" in chunk or "www." in chunk):
                    self._anchor(chunk, at)
            if bulleted:
                level = max(1, b.level or 1)
                lst = self._lists.get(level)
                if lst is None:
                    fmt = QTextListFormat()
                    fmt.setStyle(_BULLETS[(level - 1) % 3])
                    fmt.setIndent(level)
                    self._lists[level] = c.createList(fmt)
                    for deeper in [k for k in self._lists if k > level]:
                        del self._lists[deeper]
                else:
                    lst.add(c.block())  # type: ignore[attr-defined]
                    for deeper in [k for k in self._lists if k > level]:
                        del self._lists[deeper]
            else:
                self._lists.clear()
            self._i += 1
            if self._i % 8 == 0 and time.perf_counter() > deadline:
                break
        return self.done

    def _bars(self, chunk: str, at: int) -> None:
        """Draw the bars of a table row faint."""
        bmp = self.bmp[-1]
        cur = QTextCursor(self.qdoc)
        k = chunk.find("|")
        while k >= 0:
            a = at + (k if bmp else _u16(chunk[:k]))
            cur.setPosition(a)
            cur.setPosition(a + 1, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(self._bar_fmt)
            k = chunk.find("|", k + 1)

    def _anchor(self, chunk: str, at: int) -> None:
        bmp = self.bmp[-1]
        for start, end, address in find_links(chunk, limit=MAX_LINKS - self.links):
            a = at + (start if bmp else _u16(chunk[:start]))
            z = at + (end if bmp else _u16(chunk[:end]))
            cur = QTextCursor(self.qdoc)
            cur.setPosition(a)
            cur.setPosition(z, QTextCursor.MoveMode.KeepAnchor)
            self._link_fmt.setAnchorHref(address)
            cur.mergeCharFormat(self._link_fmt)
            self.links += 1

    def finish(self) -> None:
        while not self.step(1.0):
            pass


class Reader(QTextEdit):
    """Read-only view of the policy. ``label_for(ref)`` names a finding for tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.viewport().setMouseTracking(True)
        self.setTabChangesFocus(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.document_: Document | None = None
        self.blocks: list[Block] = []  # as shown: list items start after their marker
        self.block_positions: list[int] = []
        self._bmp: list[bool] = []
        self._blocks: list[Block] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.index = EvidenceIndex(None)
        self.label_for: Callable[[str], str] = lambda ref: ref
        self.supports_title: Callable[[], str] = lambda: ""
        self._marked: list[tuple[int, int]] = []
        self._active: list[QTextEdit.ExtraSelection] = []
        self._matches: list[QTextEdit.ExtraSelection] = []
        self._active_ranges: list[tuple[int, int]] = []
        self._current = -1
        self._owned: QTextDocument | None = None
        self._press: QPoint | None = None
        self.link_box: QMessageBox | None = None  # the confirmation of the last link clicked
        self.zoom_steps = 0
        self._base_size = self.font().pointSizeF() * 1.1
        self._apply_font()
        self._colors = theme.colors(self.palette())
        self._keep_timer = QTimer(self)  # a resize comes in many steps: act once they stop
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(60)
        self._keep_timer.timeout.connect(self._bring_back)

    # ------------------------------------------------------------------ content

    def builder(self, doc: Document) -> ReaderBuilder:
        pal = self.palette()
        fg, bg = pal.text().color(), pal.base().color()
        faint = QColor(
            (fg.red() + 2 * bg.red()) // 3, (fg.green() + 2 * bg.green()) // 3, (fg.blue() + 2 * bg.blue()) // 3
        )
        return ReaderBuilder(doc, self.font(), pal.link().color(), faint, pal.alternateBase().color())

    def set_content(self, builder: ReaderBuilder, index: EvidenceIndex | None = None) -> None:
        """Show a completely built document; ``index`` marks the evidence sentences (done before
        the document is shown, when it costs nothing)."""
        builder.finish()
        self.document_ = builder.doc
        self._blocks = self.blocks = builder.blocks
        self.block_positions = builder.positions
        self._bmp = builder.bmp
        self._starts = [b.start for b in self._blocks]
        self._ends = [b.end for b in self._blocks]
        self._marked = []
        self.index = index or EvidenceIndex(None)
        self._mark(builder.qdoc)
        old = self._owned
        self.setDocument(builder.qdoc)
        builder.qdoc.setParent(self)
        self._owned = builder.qdoc
        if old is not None and old is not builder.qdoc:
            old.deleteLater()
        if self.document().defaultFont() != self.font():
            self._apply_font()
        self._active, self._matches, self._active_ranges = [], [], []
        self._current = -1
        self._refresh()
        self.verticalScrollBar().setValue(0)

    def set_document(self, doc: Document) -> None:
        """Build and show ``doc`` at once (small documents, tests)."""
        self.set_content(self.builder(doc))

    # ------------------------------------------------------------------ offsets

    def to_pos(self, offset: int, *, end: bool = False) -> int:
        """``Document.text`` offset → position in the reader's document. Offsets between blocks
        snap to the end of the block before (``end``) or the start of the block after."""
        if not self._blocks:
            return 0
        i = (bisect.bisect_left(self._starts, offset) if end else bisect.bisect_right(self._starts, offset)) - 1
        if i < 0:
            return self.block_positions[0]
        b = self._blocks[i]
        if offset > b.end:
            if end or i + 1 >= len(self._blocks):
                offset = b.end
            else:
                return self.block_positions[i + 1]
        k = offset - b.start
        if not self._bmp[i] and k:
            k = _u16(self.document_.text[b.start : offset])  # type: ignore[union-attr]
        return self.block_positions[i] + k

    def to_offset(self, pos: int) -> int:
        """Position in the reader's document → ``Document.text`` offset."""
        if not self._blocks:
            return 0
        i = max(0, bisect.bisect_right(self.block_positions, pos) - 1)
        b = self._blocks[i]
        k = max(0, pos - self.block_positions[i])
        if self._bmp[i]:
            return min(b.start + k, b.end)
        chunk = self.document_.text[b.start : b.end]  # type: ignore[union-attr]
        units = 0
        for j, ch in enumerate(chunk):
            if units >= k:
                return b.start + j
            units += 2 if ch >= "\U00010000" else 1
        return b.end

    @contextmanager
    def _batch(self, doc: QTextDocument | None = None) -> Iterator[None]:
        """Create many cursors cheaply: inside an edit block a cursor does not ask for the layout
        of the text before it (which, on a large document not laid out yet, costs a second)."""
        doc = doc or self.document()
        guard = QTextCursor(doc)
        modified = doc.isModified()
        guard.beginEditBlock()
        try:
            yield
        finally:
            guard.endEditBlock()
            doc.setModified(modified)

    def _cursor(self, start: int, end: int, doc: QTextDocument | None = None) -> QTextCursor:
        doc = doc or self.document()
        c = QTextCursor(doc)
        limit = max(0, doc.characterCount() - 1)
        a = min(self.to_pos(start), limit)
        z = min(max(a, self.to_pos(end, end=True)), limit)
        c.setPosition(a)
        c.setPosition(z, QTextCursor.MoveMode.KeepAnchor)
        return c

    def text_between(self, start: int, end: int) -> str:
        """The reader's text for ``Document.text[start:end]`` (line breaks as ``\\n``)."""
        return self._cursor(start, end).selectedText().translate(_BACK)

    # ------------------------------------------------------------------ evidence

    def set_index(self, index: EvidenceIndex) -> None:
        """Mark every sentence that supports a finding (a faint dotted underline)."""
        self.index = index
        self._mark(self.document())

    def _mark(self, doc: QTextDocument) -> None:
        """Underline the evidence of ``self.index`` in ``doc`` (character formats of the document
        itself: thousands of extra selections would make every repaint and scroll slow)."""
        clear = QTextCharFormat()
        clear.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(theme.mix(self._colors.evidence, self._colors.base, 0.3))
        with self._batch(doc):
            for start, end in self._marked:
                self._cursor(start, end, doc).mergeCharFormat(clear)
            self._marked = self.index.merged()
            for start, end in self._marked:
                self._cursor(start, end, doc).mergeCharFormat(fmt)

    def set_active(self, ranges: list[tuple[int, int]], current: int = 0) -> None:
        """Highlight the evidence of one finding; ``current`` is scrolled to and stands out."""
        self._active_ranges = list(ranges)
        self._current = current if ranges else -1
        self._paint_active()
        if ranges:
            self.scroll_to(ranges[current][0], ranges[current][1])

    def clear_active(self) -> None:
        self.set_active([])

    def _paint_active(self) -> None:
        c = self._colors
        soft = QTextCharFormat()
        soft.setBackground(theme.mix(c.highlight, c.base, 0.55))
        strong = QTextCharFormat()
        strong.setBackground(c.highlight)
        strong.setForeground(c.highlight_text)
        out = []
        with self._batch():
            for i, (start, end) in enumerate(self._active_ranges):
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor(start, end)  # type: ignore[misc]
                sel.format = strong if i == self._current else soft  # type: ignore[misc]
                out.append(sel)
        self._active = out
        self._refresh()

    def highlighted_text(self) -> str:
        """The text of the evidence currently shown (empty when none)."""
        if self._current < 0 or self._current >= len(self._active):
            return ""
        return self._active[self._current].cursor.selectedText().translate(_BACK)

    @property
    def current_range(self) -> tuple[int, int] | None:
        if 0 <= self._current < len(self._active_ranges):
            return self._active_ranges[self._current]
        return None

    def scroll_to(self, start: int, end: int) -> None:
        """Bring ``Document.text[start:end]`` into view, a third of the way down."""
        c = self._cursor(start, end)
        head = QTextCursor(c)
        head.setPosition(c.selectionStart())
        rect = self.cursorRect(head)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        # keep the keyboard caret with it, so Shift+arrows select from the evidence
        keep = QTextCursor(self.document())
        keep.setPosition(c.selectionStart())
        self.blockSignals(True)
        self.setTextCursor(keep)
        self.blockSignals(False)

    # ------------------------------------------------------------------ find

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every case-insensitive occurrence of ``query`` as ``Document.text`` ranges."""
        if not query or self.document_ is None:
            return []
        out: list[tuple[int, int]] = []
        for m in re.finditer(re.escape(query), self.document_.text, re.IGNORECASE):
            out.append((m.start(), m.end()))
            if len(out) >= MAX_MATCHES:
                break
        return out

    def set_matches(self, ranges: list[tuple[int, int]], current: int = -1) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(self._colors.match)
        out = []
        with self._batch():
            for start, end in ranges[:MAX_MARKED_MATCHES]:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor(start, end)  # type: ignore[misc]
                sel.format = fmt  # type: ignore[misc]
                out.append(sel)
        self._matches = out
        self._refresh()
        if 0 <= current < len(ranges):
            start, end = ranges[current]
            self.scroll_to(start, end)
            self.setTextCursor(self._cursor(start, end))

    def caret_offset(self) -> int:
        return self.to_offset(self.textCursor().selectionStart())

    def _refresh(self) -> None:
        self.setExtraSelections(self._matches + self._active)

    # ------------------------------------------------------------------ links

    def links(self) -> list[tuple[int, int, str]]:
        """The web addresses of the text: (start, end) in ``Document.text`` and the address."""
        return find_links(self.document_.text) if self.document_ is not None else []

    @staticmethod
    def link_url(href: str) -> QUrl | None:
        """The URL a link opens: http(s) only, with a host; None for anything else."""
        url = QUrl(href if "://" in href else f"https://{href}", QUrl.ParsingMode.TolerantMode)
        if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
            return None
        return url

    def open_link(self, href: str) -> QMessageBox | None:
        """Ask before opening ``href`` in the system's browser, showing the full address (the host
        in its ASCII form, so that look-alike letters cannot pass for another site)."""
        url = self.link_url(href)
        if url is None:
            return None
        address = bytes(url.toEncoded().data()).decode("ascii", "replace")
        box = QMessageBox(self.window())
        box.setObjectName("linkConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open Link"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Open this address in your web browser?") + "\n\n" + address)
        box.setInformativeText(self.tr("PolicyLens itself never connects to the network."))
        open_button = box.addButton(self.tr("Open in Browser"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def clicked(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(url)

        box.buttonClicked.connect(clicked)
        box.open()
        self.link_box = box
        return box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() >= QApplication.startDragDistance():
            return  # a selection, not a click
        href = self.anchorAt(pos)
        if href:
            self.open_link(href)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        on_link = bool(self.anchorAt(event.position().toPoint()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if on_link else Qt.CursorShape.IBeamCursor)

    # ------------------------------------------------------------------ zoom

    def _apply_font(self) -> None:
        font = QFont(self.font())
        # no optional shaping (where a script does not need it): halves the layout time of a
        # large policy, which Qt lays out in the background in steps of 200,000 characters
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        font.setPointSizeF(max(4.0, self._base_size * (ZOOM_STEP**self.zoom_steps)))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def zoom(self, steps: int) -> None:
        """Relative zoom: +1 larger, -1 smaller, 0 back to normal."""
        self.zoom_steps = 0 if steps == 0 else max(-ZOOM_LIMIT, min(ZOOM_LIMIT, self.zoom_steps + steps))
        self._apply_font()
        self._keep_in_view()

    def _keep_in_view(self) -> None:
        """After the text was laid out anew (resize, zoom): the highlighted sentence, if any, is
        scrolled back into view once the layout has settled."""
        if self.current_range is not None:
            self._keep_timer.start()

    def _bring_back(self) -> None:
        current = self.current_range
        if current is None:
            return
        c = self._cursor(*current)
        head, tail = QTextCursor(c), QTextCursor(c)
        head.setPosition(c.selectionStart())
        tail.setPosition(c.selectionEnd())
        top, bottom = self.cursorRect(head).top(), self.cursorRect(tail).bottom()
        if top < 0 or bottom > self.viewport().height():
            self.scroll_to(*current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() or event.size().height() < event.oldSize().height():
            self._keep_in_view()

    def set_zoom(self, steps: int) -> None:
        self.zoom_steps = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, steps))
        self._apply_font()

    # ------------------------------------------------------------------ events

    def apply_palette(self) -> None:
        self._colors = theme.colors(self.palette())
        self.set_index(self.index)
        self._paint_active()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            refs = self.refs_at_point(event.pos())  # type: ignore[attr-defined]
            if refs:
                lines = [self.supports_title()] + ["• " + self.label_for(r) for r in refs]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def refs_at_point(self, point: QPoint) -> list[str]:
        """The findings supported by the sentence under ``point`` (viewport coordinates)."""
        if self.document_ is None or not self.index.spans:
            return []
        content = QPoint(point.x() + self.horizontalScrollBar().value(), point.y() + self.verticalScrollBar().value())
        pos = self.document().documentLayout().hitTest(content, Qt.HitTestAccuracy.ExactHit)
        if pos < 0:
            return []
        return self.index.refs_at(self.to_offset(pos))

    def point_for_offset(self, offset: int) -> QPoint:
        """Viewport coordinates of ``Document.text`` offset (for tests and tooltips)."""
        c = QTextCursor(self.document())
        c.setPosition(self.to_pos(offset))
        return self.cursorRect(c).center()
