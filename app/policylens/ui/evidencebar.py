"""The bar above the reader that names the finding being shown: "2 of 5", previous, next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from policylens.ui import theme


class EvidenceBar(QFrame):
    previous_requested = Signal()
    next_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBar")
        self._color = "grey"
        self.index = 0
        self.total = 0
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 6, 6, 6)
        outer.setSpacing(8)
        self.icon = QLabel(self)
        self.icon.setFixedSize(18, 18)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setWeight(f.Weight.DemiBold)
        self.title.setFont(f)
        self.reason = QLabel(self)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        texts.addWidget(self.title)
        texts.addWidget(self.reason)
        outer.addLayout(texts, 1)
        self.position = QLabel(self)
        outer.addWidget(self.position, 0, Qt.AlignmentFlag.AlignVCenter)
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        for b in (self.prev_button, self.next_button, self.close_button):
            outer.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate_ui()
        self._restyle()

    def retranslate_ui(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous sentence (F7)"))
        self.prev_button.setAccessibleName(self.tr("Previous sentence"))
        self.next_button.setToolTip(self.tr("Next sentence (F8)"))
        self.next_button.setAccessibleName(self.tr("Next sentence"))
        self.close_button.setToolTip(self.tr("Stop showing this finding"))
        self.close_button.setAccessibleName(self.tr("Stop showing this finding"))
        self._show_position()

    def show_finding(self, title: str, color: str, total: int, reason: str = "") -> None:
        self._color = color
        self.total = total
        self.index = 0
        self.title.setText(title)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self._restyle()
        self._show_position()
        self.setAccessibleName(title)
        self.setAccessibleDescription(reason or self.position.text())
        self.show()

    def set_index(self, index: int) -> None:
        self.index = index
        self._show_position()

    def _show_position(self) -> None:
        many = self.total > 1
        self.position.setText(
            self.tr("{current} of {total}").format(current=self.index + 1, total=self.total) if self.total else ""
        )
        self.position.setAccessibleName(self.position.text())
        self.position.setVisible(self.total > 0)
        self.prev_button.setVisible(many)
        self.next_button.setVisible(many)

    def apply_palette(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        c = theme.colors(self.palette())
        strong, tint = c.strong[self._color], c.tint[self._color]
        sheet = (
            f"QFrame#evidenceBar {{ background: {tint.name()}; border-bottom: 1px solid"
            f" {theme.mix(strong, tint, 0.5).name()}; }}"
            f"QFrame#evidenceBar QLabel {{ background: transparent; color: {c.text.name()}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.icon.setPixmap(theme.status_pixmap(self._color, strong, 18, self.devicePixelRatioF()))
        self.close_button.setIcon(theme.close_icon(c.text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
