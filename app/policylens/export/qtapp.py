"""A Qt GUI application for painting, created headless (offscreen) when there is none."""

from __future__ import annotations

import os
import sys


def ensure_gui_app() -> object:
    """Return the running QGuiApplication, creating one (a QApplication) when needed.

    QPainter needs a QGuiApplication (fonts, text layout). ``policylens export`` runs without a
    display: when no platform is chosen (``QT_QPA_PLATFORM``) and there is no display, the
    offscreen platform is used. A plain QCoreApplication (made by :func:`policylens.tr.install`)
    cannot paint and is replaced: call :func:`policylens.tr.make_tr` after this function.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        # tr.install() created a plain core application (no painting): replace it. Its only state
        # is the translators, removed here; callers translate through tr.make_tr() afterwards.
        from policylens import tr

        tr.install("en")
        app.shutdown()  # type: ignore[attr-defined]
        del app
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:  # a QApplication, so that widgets made later in the same process work too
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover - QtWidgets ships with PySide6-Essentials
        return QGuiApplication(sys.argv[:1] or ["policylens"])
    return QApplication(sys.argv[:1] or ["policylens"])
