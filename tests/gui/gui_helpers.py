"""Helpers for the window tests."""

from __future__ import annotations

import functools
from pathlib import Path

import policylens.ui  # noqa: F401  (before any Qt call: makes None immortal on Python 3.11)
from policylens.core.analyze import analyze
from policylens.core.loaders import load_path
from policylens.core.models import Summary

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
ANALYSIS_TIMEOUT_MS = 120_000


@functools.cache
def expected_summary(path: str) -> Summary:
    """What ``analyze`` says about a file (the window must show the same)."""
    return analyze(load_path(path))


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=ANALYSIS_TIMEOUT_MS)


def drop_file(window, path: Path):
    """A real QDropEvent with file URLs, as a file manager sends it."""
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return drop_mime(window, mime)


def drop_mime(window, mime):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    pos = QPoint(window.width() // 2, window.height() // 2)
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes a QPointF (the QPoint form is deprecated); 6.11 only a QPoint
        enter = QDragEnterEvent(QPointF(pos), copy, mime, left, none)
    except TypeError:
        enter = QDragEnterEvent(pos, copy, mime, left, none)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), copy, mime, left, none)
    QApplication.sendEvent(window, drop)
    return drop


def open_and_wait(qtbot, window, path: Path) -> None:
    window.open_path(path)
    wait_idle(qtbot, window)
