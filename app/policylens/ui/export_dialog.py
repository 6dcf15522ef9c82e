"""File > Export Summary: choose a format, a paper size and a file; write it atomically.

``run_export_dialog(parent, summary, document)`` is all the main window calls. The flow:

1. a small options dialog: format (PDF, HTML, Markdown, PNG), paper size (A4 / US Letter, the
   default from the system locale), "Full report with the evidence";
2. the save dialog (filters per format, a default name from the service), which asks before
   replacing a file; when the format's extension had to be added to the name and that file
   exists, a message box asks instead;
3. the export (rendered in memory, then written through a temporary file and renamed); then a
   message with "Open folder", or an error message.

Every string goes through ``QCoreApplication.translate("export", ...)``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from policylens import APP_NAME
from policylens.core.errors import QT_TRANSLATE_NOOP, PolicyLensError
from policylens.core.models import Summary

S = {
    "title": QT_TRANSLATE_NOOP("export", "Export Summary"),
    "intro": QT_TRANSLATE_NOOP("export", "Save the summary as a one-page PDF or image, a web page or Markdown."),
    "format": QT_TRANSLATE_NOOP("export", "Format:"),
    "paper": QT_TRANSLATE_NOOP("export", "Paper size:"),
    "a4": QT_TRANSLATE_NOOP("export", "A4"),
    "letter": QT_TRANSLATE_NOOP("export", "US Letter"),
    "full": QT_TRANSLATE_NOOP("export", "Full report with the evidence (several pages)"),
    "choose": QT_TRANSLATE_NOOP("export", "Choose File…"),
    "f_pdf": QT_TRANSLATE_NOOP("export", "PDF document (*.pdf)"),
    "f_html": QT_TRANSLATE_NOOP("export", "Web page (*.html *.htm)"),
    "f_md": QT_TRANSLATE_NOOP("export", "Markdown (*.md)"),
    "f_png": QT_TRANSLATE_NOOP("export", "PNG image (*.png)"),
    "n_pdf": QT_TRANSLATE_NOOP("export", "PDF"),
    "n_html": QT_TRANSLATE_NOOP("export", "HTML (web page)"),
    "n_md": QT_TRANSLATE_NOOP("export", "Markdown"),
    "n_png": QT_TRANSLATE_NOOP("export", "PNG image"),
    "save": QT_TRANSLATE_NOOP("export", "Save Summary As"),
    "default_name": QT_TRANSLATE_NOOP("export", "{name} - privacy summary"),
    "default_full": QT_TRANSLATE_NOOP("export", "{name} - privacy report"),
    "replace_title": QT_TRANSLATE_NOOP("export", "Replace File?"),
    "replace": QT_TRANSLATE_NOOP("export", "“{file}” already exists. Do you want to replace it?"),
    "done_title": QT_TRANSLATE_NOOP("export", "Summary Exported"),
    "done": QT_TRANSLATE_NOOP("export", "The summary was saved as “{file}”."),
    "open_folder": QT_TRANSLATE_NOOP("export", "Open Folder"),
    "no_file_manager_title": QT_TRANSLATE_NOOP("export", "No File Manager"),
    "no_file_manager": QT_TRANSLATE_NOOP(
        "export", "No file manager is available to open the folder. The summary is saved here:"
    ),
    "copy_path": QT_TRANSLATE_NOOP("export", "Copy Path"),
    "failed_title": QT_TRANSLATE_NOOP("export", "Export Failed"),
    "failed": QT_TRANSLATE_NOOP("export", "The summary could not be saved as “{file}”."),
    "png_no_full": QT_TRANSLATE_NOOP("export", "A PNG image holds the one-page summary only."),
}

FORMATS = ("pdf", "html", "md", "png")
EXT = {"pdf": ".pdf", "html": ".html", "md": ".md", "png": ".png"}
SETTINGS_DIR = "export/last_dir"
SETTINGS_FORMAT = "export/format"
SETTINGS_PAPER = "export/paper"


def _t(key: str, **args: object) -> str:
    text = QCoreApplication.translate("export", S[key])
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def ui_language() -> str:
    """The UI language the application runs in (``tr.install`` sets the default locale)."""
    from policylens.tr import UI_LANGUAGES

    code = QLocale().name().split("_")[0]
    return code if code in UI_LANGUAGES else "en"


def safe_file_name(name: str) -> str:
    """A file name (without extension) from a service name: no path separators or characters
    that Windows refuses, no leading dots, at most 80 characters."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    return name[:80].rstrip(" .") or "policy"


def format_from(path: str, selected_filter: str, fallback: str) -> str:
    """The format of ``path``: its extension, else the selected filter, else ``fallback``."""
    ext = Path(path).suffix.lower()
    for fmt, e in EXT.items():
        if ext == e or (fmt == "html" and ext == ".htm") or (fmt == "md" and ext == ".markdown"):
            return fmt
    for fmt in FORMATS:
        if selected_filter and selected_filter == _t(f"f_{fmt}"):
            return fmt
    return fallback


class ExportOptions(QDialog):
    """Format, paper size and full report."""

    def __init__(self, parent: QWidget | None, fmt: str, paper: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("title"))
        self.setObjectName("exportOptions")
        self.setMinimumWidth(380)
        lay = QVBoxLayout(self)
        intro = QLabel(_t("intro"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for f in FORMATS:
            self.format.addItem(_t(f"n_{f}"), f)
        self.format.setCurrentIndex(max(0, FORMATS.index(fmt) if fmt in FORMATS else 0))
        form.addRow(_t("format"), self.format)
        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        self.paper.addItem(_t("a4"), "a4")
        self.paper.addItem(_t("letter"), "letter")
        self.paper.setCurrentIndex(1 if paper == "letter" else 0)
        form.addRow(_t("paper"), self.paper)
        lay.addLayout(form)
        self.full = QCheckBox(_t("full"))
        self.full.setObjectName("exportFull")
        lay.addWidget(self.full)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = buttons.addButton(_t("choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.full.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        fmt = self.fmt()
        self.full.setEnabled(fmt != "png")
        self.full.setToolTip(_t("png_no_full") if fmt == "png" else "")
        if fmt == "png":
            self.full.setChecked(False)
        self.paper.setEnabled(fmt in ("pdf", "png"))

    def fmt(self) -> str:
        return str(self.format.currentData())

    def values(self) -> tuple[str, str, bool]:
        return self.fmt(), str(self.paper.currentData()), self.full.isChecked() and self.fmt() != "png"


# seams the tests replace (modal dialogs)
def ask_options(parent: QWidget | None, fmt: str, paper: str) -> tuple[str, str, bool] | None:
    dlg = ExportOptions(parent, fmt, paper)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.values()


def ask_save_path(parent: QWidget | None, caption: str, start: str, filters: str, selected: str) -> tuple[str, str]:
    return QFileDialog.getSaveFileName(parent, caption, start, filters, selected)


def ask_replace(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, _t("replace_title"), _t("replace", file=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_done(parent: QWidget | None, path: Path) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_t("done_title"))
    box.setText(_t("done", file=path.name))
    box.setInformativeText(str(path.parent))
    open_btn = box.addButton(_t("open_folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is open_btn:
        open_folder(parent, path)


def can_open_folders() -> bool:
    """Whether something will show a folder: on Linux and the BSDs ``xdg-open`` needs a program
    for ``inode/directory`` (a bare window manager has none, and ``xdg-open`` then fails after
    Qt has already reported success); elsewhere the system always has one."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    if shutil.which("xdg-open") is None:
        return False
    query = shutil.which("xdg-mime")
    if query is None:
        return True  # cannot ask: trust xdg-open
    try:
        out = subprocess.run(
            [query, "query", "default", "inode/directory"], capture_output=True, text=True, timeout=3, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(out.stdout.strip())


def open_folder(parent: QWidget | None, path: Path) -> bool:
    """Show the folder of ``path`` in the file manager; when there is none, say so and show the
    path (selectable, with a button that copies it). True when a file manager was asked."""
    if can_open_folders() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        return True
    box = QMessageBox(parent)
    box.setObjectName("noFileManager")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_t("no_file_manager_title"))
    box.setText(_t("no_file_manager"))
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(_t("copy_path"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # (copying must not close the box)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    global last_box  # noqa: PLW0603 - for tests
    last_box = box
    return False


last_box: QMessageBox | None = None


def show_error(parent: QWidget | None, path: Path, detail: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_t("failed_title"))
    box.setText(_t("failed", file=path.name))
    box.setInformativeText(detail)
    box.exec()


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, PolicyLensError):
        from policylens.ui.texts import error_in_ui

        return error_in_ui(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def run_export_dialog(parent: QWidget | None, summary: Summary, document: Any = None,
                      ui_lang: str | None = None) -> None:
    """Ask how and where, export ``summary``, tell the outcome. ``document`` (the loaded
    :class:`~policylens.core.document.Document`) gives the default folder."""
    from policylens.export import default_paper, export

    settings = QSettings(APP_NAME, APP_NAME)  # the app's settings file (see ui/settings.py)
    fmt0 = str(settings.value(SETTINGS_FORMAT, "pdf"))
    paper0 = str(settings.value(SETTINGS_PAPER, "") or default_paper())
    options = ask_options(parent, fmt0 if fmt0 in FORMATS else "pdf", paper0)
    if options is None:
        return
    fmt, paper, full = options

    folder = str(settings.value(SETTINGS_DIR, "") or "")
    doc_path = getattr(document, "path", None) or summary.source.path
    if not folder or not Path(folder).is_dir():
        folder = str(Path(doc_path).parent) if doc_path and Path(doc_path).parent.is_dir() else str(Path.home())
    shown = summary.service.name or summary.source.title or Path(summary.source.name).stem
    name = safe_file_name(" ".join(shown.split()))
    base = _t("default_full" if full else "default_name", name=name)
    start = str(Path(folder) / (safe_file_name(base) + EXT[fmt]))
    allowed = [f for f in FORMATS if not (full and f == "png")]
    filters = ";;".join(_t(f"f_{f}") for f in allowed)
    chosen, selected = ask_save_path(parent, _t("save"), start, filters, _t(f"f_{fmt}"))
    if not chosen:
        return
    fmt = format_from(chosen, selected, fmt)
    if full and fmt == "png":
        fmt = "pdf"
    path = Path(chosen)
    if path.suffix.lower() not in (EXT[fmt], ".htm", ".markdown"):
        path = path.with_name(path.name + EXT[fmt])
        if path.exists() and not ask_replace(parent, path):
            return
    # the save dialog has asked before replacing: replacing is what the user chose
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export(summary, path, fmt=fmt, paper=paper, ui_lang=ui_lang or ui_language(), force=True, full=full)
    except (PolicyLensError, OSError, RuntimeError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, path, _error_text(exc))
        return
    QGuiApplication.restoreOverrideCursor()
    settings.setValue(SETTINGS_DIR, str(path.parent))
    settings.setValue(SETTINGS_FORMAT, fmt)
    settings.setValue(SETTINGS_PAPER, paper)
    show_done(parent, path)
