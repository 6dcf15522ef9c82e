"""The grade's reasons in view: clicking the grade (mouse or keyboard) opens them, each line with
its points and its sentence; choosing a line shows the sentence in the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from corpus_paths import ROOT
from gui.gui_helpers import SAMPLES, drop_file, wait_idle

pytestmark = pytest.mark.gui

NOT_POLICIES = ROOT / "tests" / "data" / "not-policies"


def _open(qtbot, window, path: Path) -> None:
    drop_file(window, path)
    wait_idle(qtbot, window)
    assert window.error_box is None, window.last_error


def test_click_on_the_grade_opens_its_reasons(qtbot, window) -> None:
    _open(qtbot, window, SAMPLES / "fr-genletter.txt")
    badge = window.summary_view.grade
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: window._grade_dialog is not None and window._grade_dialog.isVisible())
    dlg = window._grade_dialog
    texts = [r.text(1) for r in dlg.rows]
    # every item of what a notice owes its reader is listed, stated or not
    assert any("How long it is kept" in t for t in texts)
    assert any("Who is responsible" in t for t in texts)
    # the points add up to the score shown
    points = [int(r.text(0).replace("−", "-")) for r in dlg.rows if r.text(0) not in ("", "0")]
    assert 100 + sum(points) >= window.summary.grade.score
    # a line with a sentence takes the reader to it
    with_quote = next(r for r in dlg.rows if r.data(0, Qt.ItemDataRole.UserRole))
    dlg.tree.setCurrentItem(with_quote)
    dlg.tree.itemActivated.emit(with_quote, 0)
    qtbot.waitUntil(lambda: window._finding is not None and bool(window._finding.ranges))
    assert window.evidence_bar.isVisible()
    dlg.close()


def test_keyboard_opens_the_reasons(qtbot, window) -> None:
    _open(qtbot, window, SAMPLES / "sv-orange-music.txt")
    badge = window.summary_view.grade
    badge.setFocus()
    qtbot.keyClick(badge, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._grade_dialog is not None and window._grade_dialog.isVisible())
    assert window._grade_dialog.tree.topLevelItemCount() >= 2
    window._grade_dialog.close()
    window.act_grade.trigger()  # View › Why This Grade… (Ctrl+I)
    qtbot.waitUntil(lambda: window._grade_dialog is not None and window._grade_dialog.isVisible())
    assert window.act_grade.shortcut().toString() == "Ctrl+I"
    window._grade_dialog.close()


def test_a_recipe_shows_no_grade(qtbot, window) -> None:
    _open(qtbot, window, NOT_POLICIES / "en-recipe-apple-pie.txt")
    s = window.summary
    assert s.grade.status == "not_a_policy" and s.grade.letter is None
    view = window.summary_view
    assert view.grade.letter.text() == "–"
    assert "privacy policy" in view.grade.accessibleName()
    # the window says so plainly, first
    assert view.warnings and "does not look like a privacy policy" in view.warnings[0].text()
    assert all(c.color == "grey" for c in s.cards)
    assert "Not a privacy policy" in window.statusBar().currentMessage()
