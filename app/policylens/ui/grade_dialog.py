"""Why this grade: the rubric of the open policy, line by line, each with its points and the
sentence behind it (README, "The grade"). Not modal: choosing a line shows its sentence in the
reader while the dialog stays open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policylens.core import wording as W
from policylens.render import texts
from policylens.ui.texts import ui_tr

if TYPE_CHECKING:  # the summary model is imported when a summary first arrives
    from policylens.core.models import Summary

REF = Qt.ItemDataRole.UserRole


class GradeDialog(QDialog):
    finding_requested = Signal(str)

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradeDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Why This Grade"))
        self.resize(960, 560)
        lay = QVBoxLayout(self)
        tx = texts(summary, ui_tr)
        grade: dict = tx["grade"]  # type: ignore[assignment]
        if grade["graded"]:
            head = self.tr("Grade {letter}, {score}").format(letter=grade["letter"], score=grade["score"])
        else:
            head = str(grade["verdict"])
        self.heading = QLabel(f"<b>{head}</b>", self)
        self.heading.setAccessibleName(head)
        lay.addWidget(self.heading)
        self.rule = QLabel(
            self.tr(
                "Start from 100. Each item a privacy notice owes you costs points when it is vague or not "
                "stated; each red flag costs 15 (high), 7 (medium) or 3 (low); good practice wins back at most "
                "half of what the red flags cost. With two or more essentials missing or vague the grade is at "
                "most C. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E."
            ),
            self,
        )
        self.rule.setWordWrap(True)
        lay.addWidget(self.rule)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("gradeLines")
        self.tree.setAccessibleName(self.tr("Reasons for the grade"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Points"), self.tr("Item"), self.tr("Sentence in the policy")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 400)
        groups = {part: ui_tr("grade", source) for part, source in W.GRADE_PARTS.items()}
        parents: dict[str, QTreeWidgetItem] = {}
        not_stated = self.tr("(not stated)")
        self.rows: list[QTreeWidgetItem] = []
        for row in tx["rows"]:  # type: ignore[attr-defined]
            part = str(row["part"])
            if part not in parents:
                top = QTreeWidgetItem(self.tree, ["", groups[part], ""])
                font = top.font(1)
                font.setBold(True)
                top.setFont(1, font)
                top.setFirstColumnSpanned(False)
                top.setExpanded(True)
                parents[part] = top
            quote = str(row["quote"])
            if not quote and row["state"] == "missing":
                quote = not_stated
            item = QTreeWidgetItem(parents[part], [str(row["points_text"]), str(row["text"]), quote[:240]])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row["quote"]:
                item.setToolTip(2, str(row["quote"]))
                item.setData(0, REF, row["ref"])
            self.rows.append(item)
        self.tree.expandAll()
        self.tree.itemActivated.connect(self._activated)
        lay.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Double-click a line, or press Enter on it, to see its sentence in the policy."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.reject)
        self.tree.setFocus()
        first = next((r for r in self.rows), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, REF)
        if ref:
            self.finding_requested.emit(str(ref))
