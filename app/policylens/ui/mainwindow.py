"""The main window.

API for the other parts of the app (so they need not edit this file):

* ``window.open_path(path)``, ``window.open_text(text, name)`` — open a policy (``wait=True``
  analyses synchronously, for scripts and screenshots);
* ``window.summary`` / ``window.document`` — what is shown (``None`` before the first policy);
* ``window.menu(name)`` — the ``QMenu`` "file", "edit", "view", "tools" or "help"; adding actions to
  "tools" makes that menu appear;
* ``window.reader`` — the text view; ``window.reader.block_positions[i]`` is where
  ``window.document.blocks[i]`` starts in ``window.reader.document()``, and
  ``reader.to_pos(offset)`` / ``reader.to_offset(pos)`` map offsets both ways;
* File > Export Summary… (Ctrl+E) calls ``policylens.ui.export_dialog.run_export_dialog(parent=,
  summary=, document=)`` when that module exists;
* ``window.summary_changed`` is emitted after a new summary is shown; ``window.show_summary(s)``
  shows another summary of the open document (e.g. one made through a translation).

``policylens-gui`` installs the optional parts that exist (``policylens.ui.translation.install``).
"""

from __future__ import annotations

import importlib
import os
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from policylens import APP_NAME, tr
from policylens.core import errors
from policylens.core import wording as W
from policylens.core.document import Document
from policylens.render import display_name, texts
from policylens.ui import theme
from policylens.ui.analysis_process import Request
from policylens.ui.dialogs import AboutDialog, error_text, message_box
from policylens.ui.evidencebar import EvidenceBar
from policylens.ui.findbar import FindBar
from policylens.ui.findings import EvidenceIndex, absence_reason, evidence_for, sentences_first, sorted_evidence
from policylens.ui.grade_dialog import GradeDialog
from policylens.ui.ops import Op
from policylens.ui.reader import Reader, ReaderBuilder
from policylens.ui.settings import Settings
from policylens.ui.summary_view import SummaryView
from policylens.ui.texts import ui_languages, ui_tr
from policylens.ui.welcome import WelcomePage, sample_files, sample_title

if TYPE_CHECKING:  # the summary model is imported when a summary first arrives
    from policylens.core.models import Summary

MAX_RECENT = 10
MIN_WIDTH, MIN_HEIGHT = 640, 440
FALLBACK_EXTENSIONS = (
    ".txt", ".md", ".html", ".htm", ".mhtml", ".mht", ".pdf", ".docx", ".odt", ".rtf", ".webarchive"
)
EXPORT_MODULE = "policylens.ui.export_dialog"


def supported_extensions() -> tuple[str, ...]:
    """What File > Open offers: the loaders' list when they publish one."""
    try:
        from policylens.core import loaders

        exts = getattr(loaders, "SUPPORTED_EXTENSIONS", None)
        if exts:
            return tuple(exts)
    except ImportError:
        pass
    return FALLBACK_EXTENSIONS


def app_icon() -> QIcon:
    """``resources/icons/policylens.svg`` when present, else a standard icon."""
    try:
        res = resources.files("policylens.resources").joinpath("icons", "policylens.svg")
        if res.is_file():
            icon = QIcon(str(res))
            if not icon.isNull():
                return icon
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)


def unique_keys(shortcuts: list[QKeySequence | str]) -> list[QKeySequence]:
    """The key sequences, each once and none empty: a standard key is often the same as the
    explicit one given beside it (Quit is Ctrl+Q on X11), and one key bound twice to the same
    action is an "ambiguous shortcut" that Qt refuses to trigger."""
    out: list[QKeySequence] = []
    for s in shortcuts:
        key = QKeySequence(s) if isinstance(s, str) else s
        if not key.isEmpty() and all(key != k for k in out):
            out.append(key)
    return out


@dataclass
class _Pending:
    """A policy being opened: shown only once loaded, built and analysed."""

    generation: int
    name: str
    path: str | None
    op: Op | None = None
    builder: ReaderBuilder | None = None
    summary: Summary | None = None
    shown: bool = False  # everything is ready but the summary's widgets, being built
    installed: bool = False  # the summary is shown


@dataclass
class _Finding:
    ref: str
    ranges: list[tuple[int, int]]
    index: int = 0


class MainWindow(QMainWindow):
    summary_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = Settings()
        self.summary: Summary | None = None
        self.document: Document | None = None
        self.error_box: QMessageBox | None = None
        self.last_error: BaseException | None = None
        self._pending: _Pending | None = None
        self.compare_window: QWidget | None = None  # the last File > Compare With… window
        # a file dropped on an open policy: (its path, the policy before), offered for comparison
        self._compare_offer: tuple[str, tuple[Document, Summary]] | None = None
        self._finding: _Finding | None = None
        self._sync = False
        self._half_shown: _Pending | None = None  # reader shown, summary in the next turn
        self.quiet = False
        self._labels: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._palette_queued = False
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)  # smaller, text and cards no longer fit

        self.generation = 0  # of the last policy opened
        self.analysis_mode: str | None = None  # "thread": not in the analysis process (ops.MODE)
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_step)

        self._make_widgets()
        self._make_actions()
        self._make_menus()
        self.retranslate_ui()
        self._restore_settings()

    # ------------------------------------------------------------------ construction

    def _make_widgets(self) -> None:
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.windowIcon(), self.stack)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.sample_requested.connect(self.open_path)
        self.stack.addWidget(self.welcome)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left.setObjectName("readerPane")
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.evidence_bar = EvidenceBar(left)
        self.evidence_bar.hide()
        self.evidence_bar.previous_requested.connect(lambda: self.step_evidence(-1))
        self.evidence_bar.next_requested.connect(lambda: self.step_evidence(1))
        self.evidence_bar.close_requested.connect(self.clear_finding)
        self.reader = Reader(left)
        self.reader.label_for = lambda ref: self._labels.get(ref, ref)
        self.reader.supports_title = lambda: self.tr("This sentence supports:")
        self.find_bar = FindBar(self.reader, left)
        self.find_bar.hide()
        col.addWidget(self.evidence_bar)
        col.addWidget(self.reader, 1)
        col.addWidget(self.find_bar)
        self.summary_view = SummaryView(self.splitter)
        self.summary_view.finding_activated.connect(self.show_finding)
        self.summary_view.rights_requested.connect(self.use_rights)
        self.summary_view.grade_requested.connect(self.show_grade_reasons)
        self._grade_dialog: GradeDialog | None = None
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.summary_view)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        bar = self.statusBar()
        self.status_label = QLabel(bar)
        self.progress = QProgressBar(bar)
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(bar)
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.compare_offer_button = QPushButton(bar)
        self.compare_offer_button.setObjectName("compareOffer")
        self.compare_offer_button.clicked.connect(self.accept_compare_offer)
        self.compare_offer_button.hide()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.compare_offer_button)  # not hidden by the status messages
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _action(self, slot: object, shortcuts: list[QKeySequence | str] | None = None) -> QAction:
        act = QAction(self)
        if shortcuts:
            act.setShortcuts(unique_keys(shortcuts))
        act.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_open = self._action(self.open_dialog, [QKeySequence(std.Open)])
        self.act_open.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.act_clear_recent = self._action(self.clear_recent)
        self.act_export = self._action(self.export_summary, [QKeySequence("Ctrl+E")])
        self.act_export.setEnabled(False)
        self.act_compare = self._action(self.compare_dialog, [QKeySequence("Ctrl+D")])
        self.act_compare.setEnabled(False)
        self.act_rights = self._action(self.use_rights, [QKeySequence("Ctrl+R")])
        self.act_rights.setEnabled(False)
        self.act_quit = self._action(self.close, [QKeySequence(std.Quit), QKeySequence("Ctrl+Q")])
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_copy = self._action(self.copy_selection, [QKeySequence(std.Copy)])
        self.act_paste = self._action(self.paste, [QKeySequence(std.Paste)])
        self.act_find = self._action(self.find_bar_open, [QKeySequence(std.Find)])
        self.act_find_next = self._action(self.find_bar.find_next, [QKeySequence(std.FindNext)])
        self.act_find_prev = self._action(self.find_bar.find_previous, [QKeySequence(std.FindPrevious)])
        self.act_prev_ev = self._action(lambda: self.step_evidence(-1), [QKeySequence("F7")])
        self.act_next_ev = self._action(lambda: self.step_evidence(1), [QKeySequence("F8")])
        self.act_zoom_in = self._action(lambda: self.zoom(1), [QKeySequence(std.ZoomIn), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(lambda: self.zoom(-1), [QKeySequence(std.ZoomOut)])
        self.act_zoom_reset = self._action(lambda: self.zoom(0), [QKeySequence("Ctrl+0")])
        self.act_guide = self._action(self.show_guide, [QKeySequence(std.HelpContents), QKeySequence("F1")])
        self.act_shortcuts = self._action(self.show_shortcuts)
        self.act_about = self._action(self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_grade = self._action(self.show_grade_reasons, [QKeySequence("Ctrl+I")])
        self.act_grade.setEnabled(False)
        self.lang_group = QActionGroup(self)
        self.lang_group.setExclusive(True)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in ui_languages():
            act = QAction(name, self.lang_group)
            act.setCheckable(True)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_ui_language(c))
            self.lang_actions[code] = act

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self._menus: dict[str, QMenu] = {}
        for key in ("file", "edit", "view", "tools", "help"):
            m = QMenu(bar)
            m.setObjectName(f"menu_{key}")
            self._menus[key] = m
            bar.addMenu(m)
        f = self._menus["file"]
        f.addAction(self.act_open)
        self.recent_menu = QMenu(f)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addMenu(self.recent_menu)
        self.samples_menu = QMenu(f)
        self.samples_menu.setObjectName("menu_samples")
        for path in sample_files():
            act = self.samples_menu.addAction(sample_title(path))
            act.triggered.connect(lambda _=False, p=str(path): self.open_path(p))
        f.addMenu(self.samples_menu)
        f.addSeparator()
        f.addAction(self.act_compare)
        f.addAction(self.act_export)
        f.addAction(self.act_rights)
        f.addSeparator()
        f.addAction(self.act_quit)
        f.setToolTipsVisible(True)
        e = self._menus["edit"]
        e.addAction(self.act_copy)
        e.addAction(self.act_paste)
        e.addSeparator()
        e.addAction(self.act_find)
        e.addAction(self.act_find_next)
        e.addAction(self.act_find_prev)
        e.addSeparator()
        e.addAction(self.act_prev_ev)
        e.addAction(self.act_next_ev)
        v = self._menus["view"]
        v.addAction(self.act_grade)
        v.addSeparator()
        v.addAction(self.act_zoom_in)
        v.addAction(self.act_zoom_out)
        v.addAction(self.act_zoom_reset)
        v.addSeparator()
        self.lang_menu = QMenu(v)
        self.lang_menu.setObjectName("menu_language")
        for act in self.lang_actions.values():
            self.lang_menu.addAction(act)
        v.addMenu(self.lang_menu)
        self._menus["tools"].menuAction().setVisible(False)  # shown once something is added
        h = self._menus["help"]
        h.addAction(self.act_guide)
        h.addAction(self.act_shortcuts)
        h.addSeparator()
        h.addAction(self.act_about)
        self._fill_recent()

    def _explain_disabled(self) -> None:
        """A greyed-out action says why, in its tooltip and in the status bar when hovered."""
        ready = self.summary is not None
        self.act_export.setEnabled(ready)
        self.act_rights.setEnabled(ready)
        why = "" if ready else self.tr("Open a policy first: the letters are written from its summary.")
        self.act_rights.setToolTip(why or self.act_rights.text().replace("&", ""))
        self.act_rights.setStatusTip(why)
        why = "" if ready else self.tr("Open a policy first: there is no summary to export yet.")
        self.act_export.setToolTip(why or self.act_export.text().replace("&", ""))
        self.act_export.setStatusTip(why)

    def menu(self, name: str) -> QMenu:
        """The menu "file", "edit", "view", "tools" or "help", for other parts to add actions."""
        m = self._menus[name]
        m.menuAction().setVisible(True)
        return m

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            self._menus[key].setTitle(title)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.samples_menu.setTitle(self.tr("Open &Sample Policy"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_open.setToolTip(self.tr("Open a saved privacy policy"))
        self.act_clear_recent.setText(self.tr("&Clear Recent Files"))
        self.act_export.setText(self.tr("&Export Summary…"))
        self.act_compare.setText(self.tr("Co&mpare With…"))
        self.act_compare.setToolTip(self.tr("Compare the open policy with another version of it"))
        self.act_rights.setText(self.tr("&Use Your Rights…"))
        self._explain_disabled()
        self.act_quit.setText(self.tr("&Quit"))
        self.act_copy.setText(self.tr("&Copy"))
        self.act_paste.setText(self.tr("&Paste Policy Text"))
        self.act_find.setText(self.tr("&Find…"))
        self.act_find_next.setText(self.tr("Find &Next"))
        self.act_find_prev.setText(self.tr("Find Pre&vious"))
        self.act_prev_ev.setText(self.tr("Previous Evidence Sentence"))
        self.act_next_ev.setText(self.tr("Next Evidence Sentence"))
        self.act_zoom_in.setText(self.tr("Zoom &In"))
        self.act_zoom_out.setText(self.tr("Zoom &Out"))
        self.act_zoom_reset.setText(self.tr("&Reset Zoom"))
        self.act_guide.setText(self.tr("PolicyLens &Guide"))
        self.act_shortcuts.setText(self.tr("&Keyboard Shortcuts"))
        self.act_about.setText(self.tr("&About PolicyLens"))
        self.act_grade.setText(self.tr("Why This &Grade…"))
        self.act_grade.setStatusTip(self.tr("How the grade was computed, line by line, with the sentences behind it"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the analysis"))
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.reader.setAccessibleName(self.tr("Policy text"))
        self.reader.setAccessibleDescription(
            self.tr("The policy. Sentences that support a finding are underlined; hover one to see which.")
        )
        self.summary_view.setAccessibleName(self.tr("Summary"))
        self.evidence_bar.setAccessibleName(self.tr("Evidence"))
        self.splitter.setAccessibleName(self.tr("Policy and summary"))
        self._fill_recent()
        self._update_title()
        if self._pending is not None:
            self._show_busy(self._pending.name)
        self._make_labels()
        self.summary_view.rebuild()
        pending = self._pending
        if pending is not None and pending.shown and pending.summary is not None:  # being built: again
            self.summary_view.prepare(pending.summary, lambda: self._show_prepared(pending))
        if self._finding is not None:
            self._show_finding_bar()
        for code, act in self.lang_actions.items():
            act.setChecked(code == self.current_language())

    def _make_labels(self) -> None:
        """Names of findings (tooltips, evidence bar) in the UI language."""
        self._labels, self._colors = {}, {}
        if self.summary is None:
            return
        tx = texts(self.summary, ui_tr)
        for card, model in zip(tx["cards"], self.summary.cards, strict=False):  # type: ignore[call-overload]
            for point, ref in zip(card["points"], model.point_refs, strict=False):
                self._labels.setdefault(ref, self.tr("{card}: {point}").format(card=card["title"], point=point))
                self._colors.setdefault(ref, model.color)
        for flag in tx["flags"]:  # type: ignore[attr-defined]
            ref = f"flag:{flag['id']}"
            self._labels[ref] = self.tr("Red flag: {title}").format(title=flag["title"])
            self._colors[ref] = theme.SEVERITY_COLOR[flag["severity"]]

    def _update_title(self) -> None:
        if self.summary is not None:
            name = display_name(self.summary)
            self.setWindowTitle(self.tr("{name} — {app}").format(name=name, app=APP_NAME))
        else:
            self.setWindowTitle(APP_NAME)

    def current_language(self) -> str:
        return self.settings.language()

    def set_ui_language(self, code: str) -> None:
        """View > Language: install the catalogue and retranslate, keeping the open policy."""
        self.settings.set_language(code)
        tr.install(code)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and not self._palette_queued:
            self._palette_queued = True
            QTimer.singleShot(0, self.apply_palette)
        super().changeEvent(event)

    def apply_palette(self) -> None:
        """Re-derive every color from the (new) palette: light/dark follows the system."""
        self._palette_queued = False
        self.welcome.apply_palette()
        self.evidence_bar.apply_palette()
        self.find_bar.apply_palette()
        self.reader.apply_palette()
        self.summary_view.apply_palette()

    # ------------------------------------------------------------------ opening

    def open_dialog(self) -> None:
        exts = supported_extensions()
        pattern = " ".join(f"*{e}" for e in exts)
        web = " ".join(f"*{e}" for e in exts if e in (".html", ".htm", ".xhtml", ".mhtml", ".mht", ".webarchive"))
        filters = [
            self.tr("Privacy policies ({patterns})").format(patterns=pattern),
            self.tr("Web pages ({patterns})").format(patterns=web),
            self.tr("PDF documents ({patterns})").format(patterns="*.pdf"),
            self.tr("Documents ({patterns})").format(
                patterns=" ".join(f"*{e}" for e in exts if e in (".docx", ".odt", ".rtf"))
            ),
            self.tr("Text files ({patterns})").format(
                patterns=" ".join(f"*{e}" for e in exts if e in (".txt", ".text", ".md", ".markdown"))
            ),
            self.tr("All files ({patterns})").format(patterns="*"),
        ]
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Privacy Policy"), self.settings.last_dir(), ";;".join(filters)
        )
        if path:
            self.settings.set_last_dir(str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str | os.PathLike[str], wait: bool = False) -> None:
        """Open a saved policy. The current one stays until the new one is ready."""
        p = str(path)
        self._start(name=Path(p).name, path=p, wait=wait)

    def open_text(self, text: str, name: str | None = None, wait: bool = False) -> None:
        """Open policy text given directly (paste, dropped selection)."""
        self._start(name=name or self.tr("Pasted text"), text=text, wait=wait)

    def open_mime(self, mime: QMimeData, name: str | None = None) -> bool:
        """Open what a drop or the clipboard holds: a local file, else text, else HTML as text."""
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if urls:
            self.open_path(urls[0].toLocalFile())
            if len(urls) > 1:
                self.statusBar().showMessage(self.tr("Only the first file is opened."), 6000)
            return True
        text = mime.text() if mime.hasText() else ""
        if mime.hasUrls() and all(not u.isLocalFile() for u in mime.urls()) and text.strip() in (
            u.toString() for u in mime.urls()
        ):
            self._show_message(
                QMessageBox.Icon.Information,
                self.tr("PolicyLens does not download pages"),
                self.tr(
                    "PolicyLens does not fetch pages from the web. Save the page in your browser (Ctrl+S) and drop "
                    "the saved file here, or select the policy's text and drop or paste it."
                ),
            )
            return False
        if not text.strip() and mime.hasHtml():
            text = QTextDocumentFragment.fromHtml(mime.html()).toPlainText()
        if text.strip():
            self.open_text(text, name)
            return True
        self._show_message(
            QMessageBox.Icon.Information,
            self.tr("Nothing to open"),
            self.tr("There is no file or text to open here."),
        )
        return False

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None:
            self.open_mime(mime, self.tr("Pasted text"))

    def _start(self, *, name: str, path: str | None = None, text: str | None = None, wait: bool = False) -> None:
        self.compare_offer_button.hide()
        if self._compare_offer is not None and self._compare_offer[0] != path:
            self._compare_offer = None
        if self._half_shown is not None:  # its reader is shown: show its summary too, now
            self._show_summary(self._half_shown)
        self._build_timer.stop()
        self.summary_view.cancel_prepare()
        self._sync = wait
        old = self._pending
        self.generation += 1
        pending = self._pending = _Pending(generation=self.generation, name=name, path=path)
        if old is not None and old.op is not None:
            old.op.cancel()  # its outcome is no longer current: ignored
        self._show_busy(name)
        op = Op(self, Request(path=path, text=text, name=name), lambda summary: self._on_finished(pending, summary))
        op.on_partial(lambda doc: self._on_loaded(pending, doc))
        op.on_progress(lambda done, total: self._on_progress(pending, done, total))
        op.failure(lambda exc, details: self._on_failed(pending, exc, details))
        pending.op = op
        if wait:
            op.run_now()
        else:
            op.run_in_background(mode=self.analysis_mode)
        if wait:
            QApplication.processEvents()

    def cancel_analysis(self) -> None:
        pending = self._pending
        if pending is None:
            return
        self._pending = None
        if pending.op is not None:
            pending.op.cancel()
        self._build_timer.stop()
        self.summary_view.cancel_prepare()
        self._show_idle()
        self.statusBar().showMessage(self.tr("Cancelled."), 5000)

    def _current(self, pending: _Pending) -> bool:
        return self._pending is pending

    def _on_loaded(self, pending: _Pending, doc: Document) -> None:
        if not self._current(pending):
            return
        pending.builder = self.reader.builder(doc)
        if self._sync:
            pending.builder.finish()
        else:
            self._build_timer.start()

    def _build_step(self) -> None:
        pending = self._pending
        if pending is None or pending.builder is None:
            self._build_timer.stop()
            return
        if pending.builder.step(0.015):
            self._build_timer.stop()
            self._try_finish()

    def _on_progress(self, pending: _Pending, done: int, total: int) -> None:
        if self._current(pending):
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)

    def _on_finished(self, pending: _Pending, summary: Summary) -> None:
        if not self._current(pending):
            return
        pending.summary = summary
        if pending.builder is None:  # "loaded" always comes first; never wait for nothing
            self._on_failed(pending, RuntimeError("no document"), "")
            return
        if self._sync:
            pending.builder.finish()
        self._try_finish()

    def _try_finish(self) -> None:
        pending = self._pending
        if pending is None or pending.summary is None or pending.builder is None:
            return
        if not pending.builder.done:
            if not self._build_timer.isActive():
                self._build_timer.start()
            return
        if pending.shown:
            return
        pending.shown = True
        if self._sync:
            self.summary_view.summary = pending.summary
            self.summary_view.rebuild()
            self._show_all(pending)
        else:  # the summary's widgets a piece per turn of the event loop, then all is shown at once
            self.summary_view.prepare(pending.summary, lambda: self._show_prepared(pending))

    def _show_prepared(self, pending: _Pending) -> None:
        if self._pending is not pending:  # cancelled or replaced meanwhile
            return
        # two short steps rather than one long: the reader now, the summary in the next turn
        self._show_reader(pending)
        self._half_shown = pending
        QTimer.singleShot(1, lambda: self._show_summary(pending))

    def _on_failed(self, pending: _Pending, exc: BaseException, details: str) -> None:
        if not self._current(pending):
            return
        self._pending = None
        self._build_timer.stop()
        self._show_idle()
        if isinstance(exc, errors.Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled."), 5000)
            return
        self.last_error = exc
        expected = isinstance(exc, errors.PolicyLensError | MemoryError)
        title = self.tr("Cannot open “{name}”").format(name=pending.name)
        keep = self.tr("The policy shown before is still open.") if self.summary is not None else ""
        self._show_message(
            QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
            title,
            error_text(exc),
            keep,
            "" if expected else details,
        )
        self.statusBar().showMessage(title, 8000)

    def _show_message(
        self, icon: QMessageBox.Icon, title: str, text: str, informative: str = "", details: str = ""
    ) -> None:
        if self.quiet:  # screenshot mode: no dialogs, the caller reports last_error
            return
        self.error_box = message_box(self, icon, title, text, informative, details)

    def _show_all(self, pending: _Pending) -> None:
        """Show the new policy: the reader and the summary (already built)."""
        self._show_reader(pending)
        self._show_summary(pending)

    def _show_reader(self, pending: _Pending) -> None:
        builder, summary = pending.builder, pending.summary
        assert builder is not None and summary is not None
        self.clear_finding()
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        self.reader.set_content(builder, EvidenceIndex(summary))
        self.document = builder.doc
        self.summary = summary
        self._make_labels()
        self.stack.setCurrentWidget(self.splitter)

    def _show_summary(self, pending: _Pending) -> None:
        if pending.installed:  # shown already (see _start)
            return
        pending.installed = True
        if self._half_shown is pending:
            self._half_shown = None
        summary = pending.summary
        assert summary is not None
        if self._pending is pending:
            self._pending = None
            self._show_idle()
        if not self._sync:
            self.summary_view.install_prepared()
        self.summary_view.verticalScrollBar().setValue(0)
        self._explain_disabled()
        self.act_compare.setEnabled(True)
        offer = self._compare_offer
        if offer is not None and offer[0] == pending.path:
            self.compare_offer_button.setText(
                self.tr("Compare with “{name}”").format(name=offer[1][0].name)
            )
            self.compare_offer_button.setToolTip(self.tr("See what changed from the policy open before"))
            self.compare_offer_button.show()
        self.act_grade.setEnabled(True)
        if pending.path and not self.quiet:  # a screenshot leaves the user's recent files alone
            self.settings.add_recent(pending.path, MAX_RECENT)
            self._fill_recent()
        self._update_title()
        if summary.grade.graded:
            message = self.tr("Grade {letter} ({score}/100) — {name}").format(
                letter=summary.grade.letter, score=summary.grade.score, name=display_name(summary)
            )
        else:
            verdict = ui_tr("grade", W.GRADE_STATUS_SHORT[summary.grade.status])
            message = self.tr("{verdict} — {name}").format(verdict=verdict, name=display_name(summary))
        self.statusBar().showMessage(message, 10000)
        self.summary_changed.emit()

    def _show_busy(self, name: str) -> None:
        self.status_label.setText(self.tr("Analysing “{name}”…").format(name=name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()

    def _show_idle(self) -> None:
        self.status_label.setText("")
        self.progress.hide()
        self.cancel_button.hide()

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def show_summary(self, summary: Summary) -> None:
        """Show another summary of the open document (e.g. one made through an English
        translation: its evidence still points into ``self.document``)."""
        if self.document is None:
            return
        self.clear_finding()
        self.summary = summary
        self.reader.set_index(EvidenceIndex(summary))
        self._make_labels()
        self.summary_view.set_summary(summary)
        self._explain_disabled()
        self.act_compare.setEnabled(True)
        self.act_grade.setEnabled(True)
        self._update_title()
        self.summary_changed.emit()

    # ------------------------------------------------------------------ findings

    def show_grade_reasons(self) -> None:
        """The grade's rubric for the open policy, in a dialog that stays open beside the text."""
        if self.summary is None:
            return
        if self._grade_dialog is not None:
            self._grade_dialog.close()
            self._grade_dialog.deleteLater()
        self._grade_dialog = GradeDialog(self.summary, self)
        self._grade_dialog.finding_requested.connect(self.show_finding)
        self._grade_dialog.show()
        self._grade_dialog.raise_()
        self._grade_dialog.activateWindow()

    def show_finding(self, ref: str) -> None:
        """Scroll the reader to the evidence of ``ref`` and highlight all of it."""
        if self.summary is None or self.summary_view.summary is not self.summary:
            return
        evidence = sentences_first(sorted_evidence(evidence_for(self.summary, ref)), self.document)
        ranges = [(e.start, e.end) for e in evidence]
        self._finding = _Finding(ref, ranges, 0)
        self._show_finding_bar()
        self.reader.set_active(ranges, 0)
        self.summary_view.set_active(ref)

    def _show_finding_bar(self) -> None:
        f = self._finding
        if f is None:
            return
        reason = "" if f.ranges else ui_tr("findings", absence_reason(f.ref))
        title, color = self._labels.get(f.ref, f.ref), self._colors.get(f.ref, "grey")
        self.evidence_bar.show_finding(title, color, len(f.ranges), reason)
        self.evidence_bar.set_index(f.index)

    def step_evidence(self, delta: int) -> None:
        f = self._finding
        if f is None or not f.ranges:
            return
        f.index = (f.index + delta) % len(f.ranges)
        self.reader.set_active(f.ranges, f.index)
        self.evidence_bar.set_index(f.index)

    def clear_finding(self) -> None:
        self._finding = None
        self.evidence_bar.hide()
        self.reader.clear_active()
        self.summary_view.set_active("")

    # ------------------------------------------------------------------ other actions

    def find_bar_open(self) -> None:
        if self.document is not None:
            self.find_bar.open_bar()

    def copy_selection(self) -> None:
        w = QApplication.focusWidget()
        copy = getattr(w, "copy", None)
        if callable(copy):
            copy()
        elif self.reader.textCursor().hasSelection():
            self.reader.copy()

    def zoom(self, steps: int) -> None:
        """View > Zoom: the policy's text and the summary's cards together."""
        self.reader.zoom(steps)
        self.summary_view.set_zoom(self.reader.zoom_steps)
        self.settings.set_zoom(self.reader.zoom_steps)

    def export_summary(self) -> None:
        if self.summary is None:
            return
        try:
            module = importlib.import_module(EXPORT_MODULE)
        except ModuleNotFoundError as exc:
            if exc.name != EXPORT_MODULE:
                raise
            self._show_message(
                QMessageBox.Icon.Information,
                self.tr("Export Summary"),
                self.tr("Exporting is not available in this version of PolicyLens."),
            )
            return
        module.run_export_dialog(parent=self, summary=self.summary, document=self.document)

    def accept_compare_offer(self) -> QWidget | None:
        """The policy open before a drop, compared with the dropped one (now open)."""
        offer, self._compare_offer = self._compare_offer, None
        self.compare_offer_button.hide()
        if offer is None or self.document is None:
            return None
        from policylens.ui import compare_view

        return compare_view.compare_with(self, offer[0], old=offer[1])

    def compare_dialog(self) -> None:
        """File › Compare With…: another version of the open policy, compared with it."""
        if self.document is None or self.summary is None:
            return
        exts = supported_extensions()
        filters = [
            self.tr("Privacy policies ({patterns})").format(patterns=" ".join(f"*{e}" for e in exts)),
            self.tr("All files ({patterns})").format(patterns="*"),
        ]
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Compare With Another Version"), self.settings.last_dir(), ";;".join(filters)
        )
        if path:
            self.settings.set_last_dir(str(Path(path).parent))
            self.compare_with(path)

    def compare_with(self, path: str | os.PathLike[str], wait: bool = False) -> QWidget | None:
        """Compare the open policy with the file at ``path``, in a window of its own."""
        from policylens.ui import compare_view

        return compare_view.compare_with(self, str(path), wait=wait)
    def use_rights(self, request: str | None = None) -> None:
        """The "Use your rights…" dialog for the policy shown: a request letter or a complaint."""
        if self.summary is None:
            return
        from policylens.ui.letter_dialog import run_letter_dialog

        text = self.document.text if self.document is not None else None
        self.letter_dialog = run_letter_dialog(self, self.summary, text, settings=self.settings,
                                               ui_lang=self.settings.language(),
                                               request=request if isinstance(request, str) else None)

    def show_guide(self) -> None:
        """Help > PolicyLens Guide (F1), with the open policy's sentences as examples."""
        from policylens.ui.help import open_guide

        open_guide(self)

    def show_shortcuts(self) -> None:
        from policylens.ui.help import open_shortcuts

        open_shortcuts(self)

    def about(self) -> None:
        dlg = AboutDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    # ------------------------------------------------------------------ recent files

    def _fill_recent(self) -> None:
        m = self.recent_menu
        m.clear()
        files = self.settings.recent()
        for i, path in enumerate(files, 1):
            p = Path(path)
            label = f"&{i} {p.name}" if i < 10 else p.name
            act = m.addAction(label)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            m.addSeparator()
        m.addAction(self.act_clear_recent)
        self.act_clear_recent.setEnabled(bool(files))
        m.setToolTipsVisible(True)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent()

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QEvent) -> None:
        event.acceptProposedAction()  # type: ignore[attr-defined]

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        previous = (self.document, self.summary) if self.document is not None and self.summary is not None else None
        if self.open_mime(mime, self.tr("Dropped text")):
            if len(urls) == 1 and previous is not None:  # once it is open, offer to compare it with the one before
                self._compare_offer = (urls[0].toLocalFile(), previous)
            event.acceptProposedAction()
        else:
            event.ignore()

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([5000, 6000])
        self.reader.set_zoom(self.settings.zoom())
        self.summary_view.set_zoom(self.reader.zoom_steps)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quiet:
            self.save_settings()
        self.shutdown(3000)
        super().closeEvent(event)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel the policy being opened and wait until its work has stopped."""
        self._build_timer.stop()
        pending, self._pending = self._pending, None
        if pending is None or pending.op is None:
            return True
        pending.op.cancel()
        return pending.op.wait(timeout_ms)

    # ------------------------------------------------------------------ helpers for tests/scripts

    def wait_idle(self, timeout_ms: int = 60000) -> bool:
        """Process events until no policy is being opened (scripts; tests use qtbot)."""
        end = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.005)
        return not self.busy

