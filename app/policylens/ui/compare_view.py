"""File › Compare With…: what changed between the open policy and another version of it.

A window of its own: the grade before and after in the header, the changes in what the policy says
grouped by card (worst first: new red flags, lost rights, more data shared), each one showing the
sentence before and the sentence after side by side, and the text diff (changed words marked,
moved sections said to be moved) with previous/next change (F7/F8). The other version is loaded
and analysed in the background like any policy (an :class:`policylens.ui.ops.Op`), and the
comparison runs on a pool thread; a file that cannot be opened gets the same message as File ›
Open.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policylens.core import errors
from policylens.core.compare import Change, Comparison, TextOp, compare, impact
from policylens.core.document import Document
from policylens.core.models import Evidence, Summary
from policylens.diff_render import (
    UI,
    UNCHANGED,
    change_text,
    group_title,
    grouped,
    side_line,
    text_summary,
    warnings_text,
)
from policylens.render import texts as texts_of
from policylens.ui import theme
from policylens.ui.analysis_process import Request
from policylens.ui.dialogs import error_text, message_box
from policylens.ui.ops import Op
from policylens.ui.summary_view import GradeBadge
from policylens.ui.texts import ui_tr

if TYPE_CHECKING:
    from policylens.ui.mainwindow import MainWindow

ROLE_CHANGE = Qt.ItemDataRole.UserRole + 1


def _d(source: str, n: int | None = None) -> str:
    """A text of the "diff" context in the UI language."""
    return ui_tr("diff", source, n)


def _esc(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=False)


def _marked(text: str, start: int, end: int, marks: list[tuple[int, int]], style: str) -> str:
    """``text[start:end]`` as HTML with the spans ``marks`` (document offsets) styled."""
    out: list[str] = []
    pos = start
    for s, e in marks:
        s, e = max(s, start), min(e, end)
        if e <= s:
            continue
        out.append(_esc_keep(text[pos:s]))
        out.append(f'<span style="{style}">{_esc_keep(text[s:e])}</span>')
        pos = e
    out.append(_esc_keep(text[pos:end]))
    return "".join(out)


def _esc_keep(text: str) -> str:
    """Escaped, whitespace runs made one space (keeps the spaces at the edges of a piece)."""
    import re

    return html.escape(re.sub(r"\s+", " ", text), quote=False)


def _word_marks(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the words that differ between two quotes (offsets in each)."""
    import re

    wa = [(m.start(), m.end(), m.group().casefold()) for m in re.finditer(r"\w+|[^\w\s]", a)]
    wb = [(m.start(), m.end(), m.group().casefold()) for m in re.finditer(r"\w+|[^\w\s]", b)]
    sm = SequenceMatcher(None, [w[2] for w in wa], [w[2] for w in wb], autojunk=False)
    ma: list[tuple[int, int]] = []
    mb: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            ma.append((wa[i1][0], wa[i2 - 1][1]))
        if j2 > j1:
            mb.append((wb[j1][0], wb[j2 - 1][1]))
    return ma, mb


class CompareWindow(QDialog):
    """The comparison of ``old`` (the open policy) with the file at ``new_path``."""

    compared = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        old_doc: Document,
        old_summary: Summary,
        new_path: str,
        *,
        wait: bool = False,
        quiet: bool = False,
        new: tuple[Document, Summary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.old_doc, self.old_summary = old_doc, old_summary
        self.new_path = new_path
        self.new_name = Path(new_path).name
        self.new_doc: Document | None = None
        self.comparison: Comparison | None = None
        self.last_error: BaseException | None = None
        self.error_box: QMessageBox | None = None
        self.quiet = quiet
        self._wait = wait
        self._nav: list[int] = []  # indices into comparison.ops of the text changes, in order
        self._nav_index = -1
        self._unit_to_nav: tuple[dict[int, int], dict[int, int]] = ({}, {})
        self.resize(1280, 820)

        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(12, 10, 12, 10)
        self.busy_row = QWidget(self)
        row = QHBoxLayout(self.busy_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel(self.busy_row)
        self.progress = QProgressBar(self.busy_row)
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(200)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.busy_row)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.busy_label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        self._lay.addWidget(self.busy_row)
        self.content: QWidget | None = None
        self.busy_label.setText(self.tr("Comparing with “{name}”…").format(name=self.new_name))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setWindowTitle(self.tr("Compare — {old} → {new}").format(old=old_doc.name, new=self.new_name))
        QShortcut(QKeySequence("F7"), self, activated=lambda: self.step(-1))
        QShortcut(QKeySequence("F8"), self, activated=lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)

        self.op: Op | None = None  # the analysis of the new version, then the comparison
        if new is not None:  # analysed already (the policy now open, compared with the one before)
            self.new_doc = new[0]
            self._compare(new[1])
            return
        op = self.op = Op(self, Request(path=new_path, name=self.new_name), self._on_finished)
        op.on_partial(self._on_loaded).on_progress(self._on_progress).failure(self._on_failed)
        if wait:
            op.run_now()
        else:
            op.run_in_background()

    # ------------------------------------------------------------------ the work

    @property
    def busy(self) -> bool:
        return self.comparison is None and self.last_error is None

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
        self.close()

    def _on_loaded(self, doc: Document) -> None:
        self.new_doc = doc

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_finished(self, summary: Summary) -> None:
        if self.new_doc is None:
            self._fail(RuntimeError("no document"), "")
            return
        self._compare(summary)

    def _compare(self, summary: Summary) -> None:
        new_doc = self.new_doc
        assert new_doc is not None
        self.progress.setRange(0, 0)

        def work(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Comparison:
            return compare(self.old_summary, summary, self.old_doc, new_doc)

        op = self.op = Op(self, work, self._on_compared).failure(self._on_failed)
        if self._wait:
            op.run_now()
        else:
            op.run_in_background()

    def _on_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, errors.Cancelled):
            self.close()
            return
        self._fail(exc, details)

    def _fail(self, exc: BaseException, details: str) -> None:
        """The same message as File › Open for a file that cannot be opened."""
        self.last_error = exc
        expected = isinstance(exc, errors.PolicyLensError | MemoryError)
        title = self.tr("Cannot open “{name}”").format(name=self.new_name)
        parent = self.parentWidget()
        self.hide()
        if not self.quiet:
            self.error_box = message_box(
                parent, QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical, title, error_text(exc),
                "", "" if expected else details,
            )
        self.compared.emit()
        self.close()

    def _on_compared(self, result: Comparison) -> None:
        self.comparison = result
        self.busy_row.hide()
        self._build()
        self.compared.emit()

    # ------------------------------------------------------------------ the view

    def _build(self) -> None:
        cmp = self.comparison
        assert cmp is not None
        if self.content is not None:
            self.content.deleteLater()
        colors = theme.colors(self.palette())
        self.colors = colors
        content = QWidget(self)
        self.content = content
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)

        # header: title, both versions, grade before → after, warnings
        head = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = QLabel(_d(UI["title"]), content)
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setWeight(QFont.Weight.DemiBold)
        title.setFont(f)
        texts.addWidget(title)
        for key, side in (("old", cmp.old), ("new", cmp.new)):
            lab = QLabel(f"<b>{html.escape(_d(UI[key]))}</b>: {html.escape(side_line(side, ui_tr, self._lang()))}",
                         content)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setWordWrap(True)
            texts.addWidget(lab)
        self.warning_labels = []
        for w in warnings_text(cmp, ui_tr):
            lab = QLabel("⚠ " + w, content)
            lab.setWordWrap(True)
            pal = lab.palette()
            pal.setColor(lab.foregroundRole(), colors.strong["amber"])
            lab.setPalette(pal)
            texts.addWidget(lab)
            self.warning_labels.append(lab)
        summary_line = _d(UI["no_change"]) if not cmp.changes else ""
        self.no_change_label = QLabel(summary_line, content)
        self.no_change_label.setVisible(bool(summary_line))
        f2 = QFont(self.no_change_label.font())
        f2.setWeight(QFont.Weight.DemiBold)
        self.no_change_label.setFont(f2)
        texts.addWidget(self.no_change_label)
        head.addLayout(texts, 1)
        self.grade_old = GradeBadge(texts_of(cmp.old, ui_tr)["grade"], colors, content)
        arrow = QLabel("→", content)
        fa = QFont(arrow.font())
        fa.setPointSizeF(fa.pointSizeF() * 2.2)
        arrow.setFont(fa)
        self.grade_new = GradeBadge(texts_of(cmp.new, ui_tr)["grade"], colors, content)
        self.grade_old.setAccessibleName(_d(UI["old"]) + ": " + self.grade_old.accessibleName())
        self.grade_new.setAccessibleName(_d(UI["new"]) + ": " + self.grade_new.accessibleName())
        head.addWidget(self.grade_old, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.grade_new, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)

        # body: the changes | (before / after, the text diff)
        split = QSplitter(Qt.Orientation.Horizontal, content)
        split.setChildrenCollapsible(False)
        self.tree = QTreeWidget(split)
        self.tree.setObjectName("changes")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Changes in what the policy says"))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self._fill_tree()
        self.tree.currentItemChanged.connect(lambda cur, _prev: self.show_change(cur))
        self.tree.itemActivated.connect(lambda item, _col: self.show_change(item))

        right = QSplitter(Qt.Orientation.Vertical, split)
        right.setChildrenCollapsible(False)
        pair = QWidget(right)
        pl = QHBoxLayout(pair)
        pl.setContentsMargins(0, 0, 0, 0)
        self.before_view = self._side(pair, pl, _d(UI["before"]))
        self.after_view = self._side(pair, pl, _d(UI["after"]))
        textw = QWidget(right)
        tl = QVBoxLayout(textw)
        tl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.text_label = QLabel(f"<b>{html.escape(_d(UI['text']))}</b>: {html.escape(text_summary(cmp, ui_tr))}",
                                 textw)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("◀ Previous change"), textw)
        self.next_button = QPushButton(self.tr("Next change ▶"), textw)
        self.prev_button.setToolTip(self.tr("Previous change (F7)"))
        self.next_button.setToolTip(self.tr("Next change (F8)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position_label = QLabel(textw)
        bar.addWidget(self.text_label, 1)
        bar.addWidget(self.position_label)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        tl.addLayout(bar)
        self.text_view = QTextBrowser(textw)
        self.text_view.setObjectName("textDiff")
        self.text_view.setAccessibleName(self.tr("Text changes"))
        self.text_view.setOpenLinks(False)
        tl.addWidget(self.text_view, 1)
        self.text_view.setHtml(self._text_html())
        self._update_nav()
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 760])
        lay.addWidget(split, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export Comparison…"), content)
        self.export_button.setToolTip(self.tr("Save this comparison as a one-page PDF, HTML or Markdown file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"), content)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)
        self._lay.addWidget(content, 1)
        content.show()  # added to a shown window: Qt would show it only at the next event loop turn
        first = self._first_change_item()
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self._show_pair(None)
        self.tree.setFocus()

    def _lang(self) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name().split("_")[0]

    def _side(self, parent: QWidget, lay: QHBoxLayout, caption: str) -> QTextBrowser:
        col = QVBoxLayout()
        lab = QLabel(f"<b>{html.escape(caption)}</b>", parent)
        col.addWidget(lab)
        view = QTextBrowser(parent)
        view.setAccessibleName(caption)
        view.setOpenLinks(False)
        col.addWidget(view, 1)
        lay.addLayout(col, 1)
        return view

    def _fill_tree(self) -> None:
        cmp = self.comparison
        assert cmp is not None
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        marks = {"worse": ("▲", self.colors.strong["red"]), "better": ("▼", self.colors.strong["green"]),
                 "neutral": ("●", self.colors.muted)}
        for group, changes in grouped(cmp):
            top = QTreeWidgetItem([f"{group_title(group, ui_tr)} ({len(changes)})"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for c in changes:
                mark, color = marks[impact(c)]
                item = QTreeWidgetItem([f"{mark} {change_text(c, ui_tr)}"])
                item.setForeground(0, color)
                item.setData(0, ROLE_CHANGE, cmp.changes.index(c))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, change_text(c, ui_tr))
                item.setToolTip(0, change_text(c, ui_tr))
                top.addChild(item)
            top.setExpanded(True)

    def _first_change_item(self) -> QTreeWidgetItem | None:
        if self.tree.topLevelItemCount() and self.tree.topLevelItem(0).childCount():
            return self.tree.topLevelItem(0).child(0)
        return None

    def change_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def show_change(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.comparison is None:
            return
        index = item.data(0, ROLE_CHANGE)
        if index is None:
            return
        change = self.comparison.changes[int(index)]
        self._show_pair(change)
        nav = self._nav_for(change)
        if nav is not None:
            self.go_to(nav)

    def _show_pair(self, change: Change | None) -> None:
        """The sentence before and the sentence after, changed words marked."""
        none = f'<p style="color:{self.colors.hex(self.colors.muted)}"><i>{html.escape(_d(UI["not_there"]))}</i></p>'
        if change is None:
            self.before_view.setHtml(none)
            self.after_view.setHtml(none)
            return
        before = change.evidence_before[0] if change.evidence_before else None
        after = change.evidence_after[0] if change.evidence_after else None
        marks_b: list[tuple[int, int]] = []
        marks_a: list[tuple[int, int]] = []
        if before is not None and after is not None:
            marks_b, marks_a = _word_marks(before.quote, after.quote)
        self.before_view.setHtml(self._quote_html(change, before, marks_b, "red") if before else none)
        self.after_view.setHtml(self._quote_html(change, after, marks_a, "green") if after else none)

    def _quote_html(self, change: Change, ev: Evidence, marks: list[tuple[int, int]], color: str) -> str:
        c = self.colors
        style = f"background-color:{c.hex(c.tint[color])};color:{c.hex(c.strong[color])};font-weight:600"
        section = f'<p style="color:{c.hex(c.muted)}">§ {html.escape(ev.section)}</p>' if ev.section else ""
        return (f"<p><b>{html.escape(change_text(change, ui_tr))}</b></p>{section}"
                f"<p>{_marked(ev.quote, 0, len(ev.quote), marks, style)}</p>")

    # ------------------------------------------------------------------ the text diff

    def _text_html(self) -> str:
        cmp = self.comparison
        assert cmp is not None
        c = self.colors
        if not cmp.text_compared:
            return f"<p><i>{html.escape(_d(UI['no_text']))}</i></p>"
        old_t = self.old_doc.text
        assert self.new_doc is not None
        new_t = self.new_doc.text
        red, green = c.hex(c.tint["red"]), c.hex(c.tint["green"])
        red_s, green_s = c.hex(c.strong["red"]), c.hex(c.strong["green"])
        blue = c.hex(theme.mix(c.evidence, c.base, 0.8))
        muted = c.hex(c.muted)
        del_style = f"background-color:{red};color:{red_s};text-decoration:line-through"
        ins_style = f"background-color:{green};color:{green_s};font-weight:600"
        kinds = {k: html.escape(_d(v)) for k, v in _kinds().items()}
        out: list[str] = []
        self._nav = []
        old_nav: dict[int, int] = {}
        new_nav: dict[int, int] = {}
        for i, op in enumerate(cmp.ops):
            if op.kind == "equal":
                n = op.n1 - op.n0
                shown = range(op.n0, op.n1) if n <= 3 else [op.n0, None, op.n1 - 1]
                for j in shown:
                    if j is None:
                        text = _d(UNCHANGED, n - 2)
                        out.append(f'<p align="center" style="color:{muted}">⋯ {html.escape(text)} ⋯</p>')
                        continue
                    u = cmp.new_units[j]
                    out.append(f'<p style="color:{muted}">{_esc(new_t[u.start:u.end])}</p>')
                continue
            if op.kind == "moved" and op.at == "old":
                u = cmp.old_units[op.o0]
                snippet = " ".join(old_t[u.start:u.end].split())[:80]
                out.append(f'<p style="color:{muted}"><i>↷ {kinds["moved"]} — {html.escape(snippet)}…</i></p>')
                continue
            k = len(self._nav)
            self._nav.append(i)
            for j in range(op.n0, op.n1):
                new_nav[j] = k
            for j in range(op.o0, op.o1):
                old_nav[j] = k
            anchor = f'<a name="ch{k}"></a>'
            if op.kind == "removed":
                body = "<br>".join(_esc(old_t[u.start:u.end]) for u in cmp.old_units[op.o0:op.o1])
                out.append(f'<p style="background-color:{red}">{anchor}<b style="color:{red_s}">− {kinds["removed"]}'
                           f'</b><br><span style="{del_style}">{body}</span></p>')
            elif op.kind == "added":
                body = "<br>".join(_esc(new_t[u.start:u.end]) for u in cmp.new_units[op.n0:op.n1])
                out.append(f'<p style="background-color:{green}">{anchor}<b style="color:{green_s}">+ '
                           f'{kinds["added"]}</b><br>{body}</p>')
            elif op.kind == "moved":
                body = "<br>".join(_esc(new_t[u.start:u.end]) for u in cmp.new_units[op.n0:op.n1])
                out.append(f'<p style="background-color:{blue}">{anchor}<b>↷ {kinds["moved"]}</b><br>{body}</p>')
            else:  # changed
                ou, nu = cmp.old_units[op.o0], cmp.new_units[op.n0]
                out.append(
                    f'<p>{anchor}<b>✎ {kinds["changed"]}</b><br>'
                    f'<span style="color:{red_s}">−</span> {_marked(old_t, ou.start, ou.end, op.old_words, del_style)}'
                    f'<br><span style="color:{green_s}">+</span> '
                    f'{_marked(new_t, nu.start, nu.end, op.new_words, ins_style)}</p>'
                )
        self._unit_to_nav = (old_nav, new_nav)
        return "\n".join(out)

    def _nav_for(self, change: Change) -> int | None:
        cmp = self.comparison
        if cmp is None or not cmp.text_compared:
            return None
        old_nav, new_nav = self._unit_to_nav
        for ev, units, nav in ((change.evidence_after, cmp.new_units, new_nav),
                               (change.evidence_before, cmp.old_units, old_nav)):
            starts = [u.start for u in units]
            for e in ev:
                i = bisect.bisect_right(starts, e.start) - 1
                if i >= 0 and i in nav:
                    return nav[i]
        return None

    def step(self, delta: int) -> None:
        if not self._nav:
            return
        self.go_to(max(0, min(len(self._nav) - 1, self._nav_index + delta)))

    def go_to(self, k: int) -> None:
        self._nav_index = k
        self.text_view.scrollToAnchor(f"ch{k}")
        self._update_nav()

    def _update_nav(self) -> None:
        n = len(self._nav)
        self.prev_button.setEnabled(n > 0 and self._nav_index > 0)
        self.next_button.setEnabled(n > 0 and self._nav_index < n - 1)
        if n:
            self.position_label.setText(self.tr("{index} of {total}").format(
                index=max(1, self._nav_index + 1), total=n))
        else:
            self.position_label.setText("")

    def current_op(self) -> TextOp | None:
        if self.comparison is None or not (0 <= self._nav_index < len(self._nav)):
            return None
        return self.comparison.ops[self._nav[self._nav_index]]

    # ------------------------------------------------------------------ export

    def export(self) -> None:
        if self.comparison is None:
            return
        run_comparison_export(self, self.comparison)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange) and self.comparison is not None:
            self._build()
        super().changeEvent(event)


def _kinds() -> dict[str, str]:
    from policylens.diff_render import TEXT_KINDS

    return TEXT_KINDS


def _w(source: str) -> str:
    """A text of the window's own context (functions outside the class)."""
    return QCoreApplication.translate("CompareWindow", source)


def run_comparison_export(parent: QWidget, cmp: Comparison) -> Path | None:
    """Ask where (PDF, HTML or Markdown), write the one-page comparison, say how it went."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from policylens import APP_NAME
    from policylens.core.errors import PolicyLensError
    from policylens.export import default_paper
    from policylens.export.comparison import export_comparison
    from policylens.ui import export_dialog as ed

    settings = QSettings(APP_NAME, APP_NAME)
    folder = str(settings.value(ed.SETTINGS_DIR, "") or "")
    if not folder or not Path(folder).is_dir():
        src = cmp.new.source.path
        folder = str(Path(src).parent) if src and Path(src).parent.is_dir() else str(Path.home())
    name = ed.safe_file_name(_w("Changes in {name}").format(
        name=cmp.new.service.name or Path(cmp.new.source.name).stem))
    start = str(Path(folder) / (name + ".pdf"))
    formats = ("pdf", "html", "md")
    filters = ";;".join(ed._t(f"f_{f}") for f in formats)
    chosen, selected = ed.ask_save_path(parent, _w("Export Comparison"), start, filters, ed._t("f_pdf"))
    if not chosen:
        return None
    fmt = ed.format_from(chosen, selected, "pdf")
    if fmt not in formats:
        fmt = "pdf"
    path = Path(chosen)
    if path.suffix.lower() not in (ed.EXT[fmt], ".htm", ".markdown"):
        path = path.with_name(path.name + ed.EXT[fmt])
        if path.exists() and not ed.ask_replace(parent, path):
            return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # the save dialog has asked before replacing: replacing is what the user chose
        export_comparison(cmp, path, fmt=fmt, paper=default_paper(), ui_lang=ed.ui_language(), force=True)
    except (PolicyLensError, OSError, RuntimeError) as exc:
        QGuiApplication.restoreOverrideCursor()
        ed.show_error(parent, path, ed._error_text(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    settings.setValue(ed.SETTINGS_DIR, str(path.parent))
    ed.show_done(parent, path)
    return path


# ------------------------------------------------------------------ the main window's side


def compare_with(
    window: MainWindow,
    path: str,
    *,
    wait: bool = False,
    old: tuple[Document, Summary] | None = None,
) -> CompareWindow | None:
    """Open the comparison of the window's policy with ``path``; with ``old``, of that earlier
    policy with the one open now (``path``)."""
    if window.document is None or window.summary is None:
        return None
    if old is not None:
        view = CompareWindow(window, old[0], old[1], path, wait=True, quiet=window.quiet,
                             new=(window.document, window.summary))
    else:
        view = CompareWindow(window, window.document, window.summary, path, wait=wait, quiet=window.quiet)
    window.compare_window = view
    if view.last_error is None:
        view.show()
    return view

