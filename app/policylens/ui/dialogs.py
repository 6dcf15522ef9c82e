"""Dialogs: errors (typed PolicyLens errors in the user's language), unexpected exceptions
(``sys.excepthook``), and Help > About with the licenses."""

from __future__ import annotations

import html
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from policylens import APP_NAME, __version__
from policylens.core import errors

# (component, SPDX license) — shown in Help > About
COMPONENTS = (
    ("Qt", "LGPL-3.0-only"),
    ("PySide6", "LGPL-3.0-only"),
    ("langdetect", "Apache-2.0"),
    ("pypdf", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("trafilatura", "Apache-2.0"),
    ("argostranslate", "MIT"),
    ("charset-normalizer", "MIT"),
)
LICENSE = "GPL-3.0-or-later"


def error_text(exc: BaseException) -> str:
    """The user-facing sentence for ``exc``, translated (context "errors") when possible."""
    if isinstance(exc, errors.PolicyLensError):
        from policylens.ui.texts import error_in_ui

        return error_in_ui(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("errors", "There is not enough memory to analyse this document.")
    generic = QCoreApplication.translate("errors", "Something went wrong: {detail}")
    from policylens.ui.analysis_process import RemoteError

    detail = str(exc) if isinstance(exc, RemoteError) else f"{type(exc).__name__}: {exc}"
    return generic.format(detail=detail)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    """A window-modal message box shown with ``open()`` (no nested event loop)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.open()
    return box


class CrashDialog(QObject):
    """Holder for the translatable strings of this module (context "Dialogs")."""

    def unexpected_title(self) -> str:
        return self.tr("Unexpected error")

    def unexpected_text(self) -> str:
        return self.tr(
            "Something unexpected went wrong. PolicyLens keeps running; the details below can help "
            "to report the problem."
        )


_hook = {"busy": False}


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show uncaught exceptions (in slots and event handlers too) in a dialog, never crash."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        if issubclass(kind, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if _hook["busy"] or QApplication.instance() is None:
            return
        _hook["busy"] = True
        try:
            s = CrashDialog()
            icon = QMessageBox.Icon.Critical
            box = message_box(parent(), icon, s.unexpected_title(), s.unexpected_text(), details=details)
            box.finished.connect(_release)
        except Exception:  # the hook itself must never raise
            _release()

    sys.excepthook = hook


def _release(*_: object) -> None:
    _hook["busy"] = False


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About PolicyLens"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 14)
        lay.setSpacing(10)
        if parent is not None and not parent.windowIcon().isNull():
            icon = QLabel(self)
            icon.setPixmap(parent.windowIcon().pixmap(64, 64))
            lay.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        esc = html.escape
        version = self.tr("Version {version}").format(version=__version__)
        about = self.tr(
            "Read a privacy policy in a minute. Everything happens on this computer: "
            "PolicyLens never connects to the network."
        )
        license_line = self.tr("PolicyLens is free software under the {license} license.").format(license=LICENSE)
        built = self.tr("Built with Qt {qt} and PySide6 {pyside}.").format(qt=qVersion(), pyside=PYSIDE_VERSION)
        components = self.tr("Components and their licenses")
        rows = "".join(f"<tr><td>{esc(name)}</td><td>&nbsp;&nbsp;{esc(lic)}</td></tr>" for name, lic in COMPONENTS)
        text = (
            f"<h2>{esc(APP_NAME)}</h2><p>{esc(version)}</p><p>{esc(about)}</p><p>{esc(license_line)}</p>"
            f"<p>{esc(built)}</p><p><b>{esc(components)}</b></p><table>{rows}</table>"
        )
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("About PolicyLens"))
        lay.addWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)
