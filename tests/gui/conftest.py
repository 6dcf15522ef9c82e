"""Window tests: Qt offscreen, settings in the temporary XDG_CONFIG_HOME (tests/conftest.py)."""

from __future__ import annotations

import pytest

import policylens.ui  # noqa: F401  (before any Qt call: makes None immortal on Python 3.11)


@pytest.fixture
def window(qtbot):
    """A fresh main window with empty settings."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from policylens.ui.mainwindow import MainWindow

    QSettings("PolicyLens", "PolicyLens").clear()
    w = MainWindow()
    w.quiet = False
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.analyzer.shutdown(10_000)
    for box in w.findChildren(QMessageBox):
        box.close()
    w.close()
    w.deleteLater()
    # closing saved the window's geometry: leave no settings behind for other tests
    QSettings("PolicyLens", "PolicyLens").clear()
