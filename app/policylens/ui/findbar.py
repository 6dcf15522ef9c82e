"""The find bar under the reader (Ctrl+F): next/previous, match count, Esc closes."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from policylens.ui import theme
from policylens.ui.reader import MAX_MATCHES, Reader


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000+") + 12)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.apply_palette()
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.prev_button)
        lay.addWidget(self.next_button)
        lay.addWidget(self.count)
        lay.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(self._timer.start)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_bar)
        self.retranslate_ui()

    def apply_palette(self) -> None:
        self.close_button.setIcon(theme.close_icon(self.palette().color(QPalette.ColorRole.WindowText)))

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in the policy"))
        self.edit.setAccessibleName(self.tr("Find in the policy"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.count.setAccessibleName(self.tr("Matches"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_bar(self) -> None:
        self.show()
        selected = self.reader.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._timer.stop()
        self.matches, self.current = [], -1
        self.reader.set_matches([])
        self.hide()
        self.reader.setFocus()
        self.closed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key: QKeyEvent = event  # type: ignore[assignment]
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._timer.stop()
                    self.search()
                if key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(obj, event)

    def search(self) -> None:
        self._timer.stop()
        query = self.edit.text()
        self.matches = self.reader.find_all(query)
        self.current = -1
        if self.matches:
            # the first match at or after the caret
            starts = [m[0] for m in self.matches]
            i = bisect.bisect_left(starts, self.reader.caret_offset())
            self.current = i if i < len(self.matches) else 0
        self.reader.set_matches(self.matches, self.current)
        self._show_count()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.matches:
            self.search()
            return
        self.current = (self.current + delta) % len(self.matches)
        self.reader.set_matches(self.matches, self.current)
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            more = "+" if len(self.matches) >= MAX_MATCHES else ""
            self.count.setText(
                self.tr("{current} of {total}").format(current=self.current + 1, total=f"{len(self.matches)}{more}")
            )
        self.prev_button.setEnabled(bool(self.matches))
        self.next_button.setEnabled(bool(self.matches))
