"""Translation in the window: View ▸ Show Translation (Ctrl+T), View ▸ Translate Into, Tools ▸
Analyse Through English, Tools ▸ Language Packages….

:func:`install` adds these to a window that has ``menu(name)`` (returning the "view" and "tools"
menus), ``document`` (the open :class:`~policylens.core.document.Document` or None) and
``summary`` (its :class:`~policylens.core.models.Summary` or None). Optional: a
``summary_changed`` signal (the actions then follow the open policy) and ``show_summary(summary)``
(to show a summary made through English; else ``window.summary`` is set and
:attr:`TranslationController.summary_ready` is emitted).

The translation is shown in a dock beside the reader, paragraph by paragraph: original and
translation side by side, or the translation alone. Translating and analysing run off the GUI
thread with a progress dialog (sentences done / total) and Cancel. Nothing of the translation stack
(Argos Translate, CTranslate2, torch, stanza) is imported until the user translates or opens the
packages dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from policylens.core import errors as core_errors
from policylens.ui.analysis_process import Request, pack_document
from policylens.ui.ops import Op, Work
from policylens.ui.settings import Settings
from policylens.ui.texts import error_for_user, language_in_ui

TARGET_KEY = "translation/target"
SIDE_KEY = "translation/side_by_side"


def language_name(code: str, capital: bool = False) -> str:
    """The language's name in the UI language ("suédois" in French); ``capital`` for lists and menus."""
    return language_in_ui(code, capital)


# ---------------------------------------------------------------------------------------------
# the translation panel


class TranslationView(QWidget):
    """Original and translation, paragraph by paragraph (or the translation alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationView")
        self.side = QCheckBox(self.tr("Side by side with the original"), self)
        self.side.setChecked(Settings().value(SIDE_KEY, True, type=bool))
        self.side.toggled.connect(self._side_toggled)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Translation"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.side)
        lay.addWidget(self.browser, 1)
        self.result: Any = None  # DocumentTranslation
        self.note = ""

    def _side_toggled(self, on: bool) -> None:
        Settings().setValue(SIDE_KEY, on)
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # View > Language
            self.side.setText(self.tr("Side by side with the original"))
            self.browser.setAccessibleName(self.tr("Translation"))
            if self.result is not None:
                self.render()

    def show_translation(self, result: Any) -> None:
        self.result, self.note = result, ""
        self.render()

    def show_note(self, text: str) -> None:
        self.result, self.note = None, text
        self.render()

    def render(self) -> None:
        if self.result is None:
            self.browser.setHtml(f"<p>{html.escape(self.note)}</p>")
            return
        side = self.side.isChecked()
        rows = []
        for bt in self.result.blocks():
            tag = "b" if bt.block.kind == "heading" else "span"
            original = html.escape(bt.original)
            translated = html.escape(bt.translation)
            if side:
                rows.append(
                    f'<tr><td width="50%" valign="top"><{tag}>{original}</{tag}></td>'
                    f'<td width="50%" valign="top"><{tag}>{translated}</{tag}></td></tr>'
                )
            else:
                rows.append(f"<p><{tag}>{translated}</{tag}></p>")
        head = html.escape(
            self.tr("{source} → {target}").format(
                source=language_name(self.result.from_code), target=language_name(self.result.to_code)
            )
        )
        body = (
            f'<table width="100%" cellspacing="0" cellpadding="6">{"".join(rows)}</table>' if side else "".join(rows)
        )
        self.browser.setHtml(f"<p><i>{head}</i></p>{body}")

    def paragraphs(self) -> list[tuple[str, str]]:
        """(original, translation) of each paragraph shown (for tests and copying)."""
        if self.result is None:
            return []
        return [(bt.original, bt.translation) for bt in self.result.blocks()]


# ---------------------------------------------------------------------------------------------
# the controller


class TranslationController(QObject):
    """Owns the translation actions, the panel and the background jobs of one window."""

    summary_ready = Signal(object)  # a Summary made through English
    translation_ready = Signal(object)  # a DocumentTranslation

    def __init__(self, window: Any) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.op: Op | None = None
        self.result: Any = None  # the DocumentTranslation shown
        self.last_error: BaseException | None = None
        self.last_message = ""
        self.quiet = False  # no message boxes (tests, screenshots)
        self.packages_dialog: Any = None

        parent = window if isinstance(window, QWidget) else None
        self.act_show = QAction(self.tr("Show &Translation"), parent)
        self.act_show.setObjectName("act_show_translation")
        self.act_show.setCheckable(True)
        self.act_show.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.act_show.toggled.connect(self.set_visible)
        self.target_menu = QMenu(self.tr("Translate I&nto"), parent)
        self.target_menu.setObjectName("menu_translate_into")
        self.target_group = QActionGroup(self.target_menu)
        self.target_group.setExclusive(True)
        self.target_menu.aboutToShow.connect(self._fill_targets)
        self.act_analyse = QAction(self.tr("Analyse Through &English"), parent)
        self.act_analyse.setObjectName("act_analyse_english")
        self.act_analyse.triggered.connect(self.analyse_through_english)
        self.act_packages = QAction(self.tr("&Language Packages…"), parent)
        self.act_packages.setObjectName("act_language_packages")
        self.act_packages.triggered.connect(self.open_packages)
        self.act_clear_cache = QAction(self.tr("Clear Translation &Cache"), parent)
        self.act_clear_cache.setObjectName("act_clear_translation_cache")
        self.act_clear_cache.triggered.connect(self.clear_cache)

        view = window.menu("view")
        view.addSeparator()
        view.addAction(self.act_show)
        view.addMenu(self.target_menu)
        tools = window.menu("tools")
        tools.addAction(self.act_analyse)
        tools.addAction(self.act_packages)
        tools.addAction(self.act_clear_cache)
        tools.aboutToShow.connect(self.update_actions)
        view.aboutToShow.connect(self.update_actions)

        self.view = TranslationView()
        self.dock = QDockWidget(self.tr("Translation"), parent)
        self.dock.setObjectName("translationDock")
        self.dock.setWidget(self.view)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        if isinstance(window, QMainWindow):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.installEventFilter(self)  # its LanguageChange retranslates the actions too
        changed = getattr(window, "summary_changed", None)
        if changed is not None:
            changed.connect(self.on_policy_changed)
        view = getattr(window, "summary_view", None)
        if view is not None and hasattr(view, "language_actions"):
            view.language_actions = self.banner_actions
            if getattr(view, "summary", None) is not None:
                view.rebuild()
        for menu in (window.menu("view"), window.menu("tools")):
            menu.setToolTipsVisible(True)
        # the languages to translate into: filled again whenever the menu opens; the first time a
        # moment after the window is shown (reading the installed packages is not worth holding
        # the window up for)
        QTimer.singleShot(0, self._fill_targets)
        self.update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The actions and the panel's title in the current UI language (View > Language)."""
        self.act_show.setText(self.tr("Show &Translation"))
        self.target_menu.setTitle(self.tr("Translate I&nto"))
        self.act_analyse.setText(self.tr("Analyse Through &English"))
        self.act_packages.setText(self.tr("&Language Packages…"))
        self.act_clear_cache.setText(self.tr("Clear Translation &Cache"))
        self.dock.setWindowTitle(self.tr("Translation"))
        self._fill_targets()

    # -- state --------------------------------------------------------------------------------

    def target(self) -> str:
        """The language to translate into: the user's choice, else the UI language."""
        settings = Settings()
        code = str(settings.value(TARGET_KEY, "") or "")
        return code or settings.language()

    def set_target(self, code: str) -> None:
        if code == self.target():
            return
        Settings().setValue(TARGET_KEY, code)
        if self.dock.isVisible():
            self.translate()

    def source_language(self) -> str | None:
        summary = getattr(self.window, "summary", None)
        return summary.language.code if summary is not None else None

    def can_analyse_through_english(self) -> bool:
        """Whether "Analyse Through English" applies to the open policy (cheap)."""
        summary = getattr(self.window, "summary", None)
        if summary is None or getattr(self.window, "document", None) is None:
            return False
        if summary.language.supported or summary.language.analysed_as is not None:
            return False
        from policylens.translate.analysis import can_analyse

        return can_analyse(summary.language.code)

    def update_actions(self) -> None:
        has_doc = getattr(self.window, "document", None) is not None
        self.act_show.setEnabled(has_doc)
        _explain(self.act_show, "" if has_doc else self.tr("Open a policy first: there is nothing to translate."))
        summary = getattr(self.window, "summary", None)
        unsupported = summary is not None and not summary.language.supported
        self.act_analyse.setVisible(unsupported)
        can = self.can_analyse_through_english()
        self.act_analyse.setEnabled(can)
        _explain(self.act_analyse, "" if can else self.why_not_analyse())

    def why_not_analyse(self) -> str:
        """Why Tools › Analyse Through English is greyed out, in the window's words."""
        summary = getattr(self.window, "summary", None)
        if summary is None or getattr(self.window, "document", None) is None:
            return self.tr("Open a policy first.")
        code = summary.language.code
        if summary.language.supported or summary.language.analysed_as is not None:
            return self.tr("PolicyLens already has rules for this policy's language.")
        if code in ("und", "", None):
            return self.tr("The policy's language could not be recognised.")
        from policylens.ui.packages_dialog import pair_name

        return self.tr("Needs the “{pair}” translation package, from {where}").format(
            pair=pair_name(code, "en"), where=self.packages_path()
        )

    def packages_path(self) -> str:
        """How to reach the packages dialog, as the menus say it ("Tools › Language Packages…")."""
        from policylens.ui.packages_dialog import plain

        tools = self.act_packages.associatedObjects()
        menu = next((m for m in tools if isinstance(m, QMenu)), None)
        title = plain(menu.title()) if menu is not None else ""
        item = plain(self.act_packages.text())
        return f"{title} › {item}" if title else item

    def banner_actions(self, summary: Any) -> list[tuple[str, str, Callable[[], None]]]:
        """The buttons under the "Not graded" banner of a policy in a language without rules:
        get the package it needs, or, once installed, analyse it through English."""
        code = summary.language.code
        if summary.language.supported or not code or code in ("und", "en"):
            return []
        from policylens.translate.analysis import can_analyse
        from policylens.ui.packages_dialog import pair_name

        if can_analyse(code):
            return [("analyseThroughEnglish", self.tr("Analyse through English"), self.analyse_through_english)]
        text = self.tr("Get the {pair} package…").format(pair=pair_name(code, "en"))
        return [("getPackage", text, lambda: self.open_packages((code, "en")))]

    def on_policy_changed(self) -> None:
        doc = getattr(self.window, "document", None)
        if self.result is not None and self.result.doc is not doc:
            self.result = None
            self.view.show_note("")
            if self.dock.isVisible() and doc is not None:
                self.translate()
        self.update_actions()
        if self.act_analyse.isEnabled() and isinstance(self.window, QMainWindow):
            summary = self.window.summary
            self.window.statusBar().showMessage(
                self.tr("No rules for {language}: Tools › Analyse Through English reads it through a translation.")
                .format(language=language_name(summary.language.code)),
                15000,
            )

    def _fill_targets(self) -> None:
        from policylens import tr as tr_mod
        from policylens.translate import packages

        codes = set(tr_mod.UI_LANGUAGES) | {p.to_code for p in packages.installed_packages()}
        current = self.target()
        codes.add(current)
        self.target_menu.clear()
        for code in sorted(codes, key=language_name):
            act = QAction(f"{language_name(code, capital=True)} ({code})", self.target_group)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_target(c))
            self.target_menu.addAction(act)

    # -- showing ------------------------------------------------------------------------------

    def set_visible(self, on: bool) -> None:
        if on:
            self.dock.show()
            doc = getattr(self.window, "document", None)
            if doc is None:
                self.view.show_note(self.tr("Open a policy to translate it."))
            elif self.result is None or self.result.doc is not doc or self.result.to_code != self.target():
                self.translate()
        else:
            self.dock.hide()

    def _dock_visibility(self, visible: bool) -> None:
        if not visible and self.dock.isHidden() and self.act_show.isChecked():  # closed, not minimised
            self.act_show.blockSignals(True)
            self.act_show.setChecked(False)
            self.act_show.blockSignals(False)

    def translate(self) -> None:
        doc = getattr(self.window, "document", None)
        if doc is None:
            return
        target = self.target()
        source = self.source_language()
        if source == target:
            note = self.tr("The policy is already in {language}.").format(language=language_name(target))
            self.view.show_note(note)
            return

        def work(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
            from policylens.translate.document import translate_document

            return translate_document(doc, target, source, progress=progress, cancel=cancel)

        self.view.show_note(self.tr("Translating…"))
        self._run(work, self.tr("Translating the policy…"), self._translated, sentences=True)

    def _translated(self, result: Any) -> None:
        self.result = result
        self.view.show_translation(result)
        self.translation_ready.emit(result)

    # -- analysing through English ------------------------------------------------------------

    def analyse_through_english(self) -> None:
        doc = getattr(self.window, "document", None)
        summary = getattr(self.window, "summary", None)
        if doc is None or summary is None:
            return
        request = Request(
            name=doc.name, document=pack_document(doc), through_english=True, lang=summary.language.code
        )
        self._run(request, self.tr("Analysing through an English translation…"), self._analysed)

    def _analysed(self, summary: Any) -> None:
        show = getattr(self.window, "show_summary", None)
        if callable(show):
            show(summary)
        else:
            self.window.summary = summary
        self.summary_ready.emit(summary)
        self.update_actions()

    # -- jobs ---------------------------------------------------------------------------------

    def _run(
        self, work: Work | Request, label: str, on_done: Callable[[Any], None], sentences: bool = False
    ) -> None:
        """Run ``work`` (a translation on a thread, an analysis request in the analysis process)
        with a progress dialog and Cancel; it replaces the one running."""
        if self.op is not None:
            self.op.cancel()

        def done(result: object) -> None:
            if self.op is op:
                self.op = None
                on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            if self.op is not op:
                return  # replaced by a newer one: its outcome no longer matters
            self.op = None
            if isinstance(exc, core_errors.Cancelled):
                self.view.show_note(self.tr("Cancelled."))
                return
            self.last_error = exc
            text = self.explain(exc)
            self.view.show_note(text)
            self._message(self.tr("Translation"), text, details)

        op = self.op = Op(self, work, done).failure(failed).with_progress(label, sentences=sentences)
        op.run_in_background(self.pool)

    def explain(self, exc: BaseException) -> str:
        """An error in the window's words (a missing package: where to get it, with the menus
        and buttons to click, never a command)."""
        if isinstance(exc, core_errors.PolicyLensError) and exc.code == "missing_package":
            from policylens.ui.packages_dialog import missing_package_text

            args = exc.args_
            return missing_package_text(args.get("source_code", ""), args.get("target_code", ""), self.packages_path())
        return error_for_user(exc)

    def clear_cache(self) -> None:
        """Tools > Clear Translation Cache: every translation kept on disk is erased."""
        from policylens.translate.cache import TranslationCache

        cache = TranslationCache()
        try:
            cache.clear()
        finally:
            cache.close()
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("The translation cache is cleared."), 5000)

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Wait for the running work (tests, shutdown)."""
        op = self.op
        return self.pool.waitForDone(timeout_ms) and (op is None or op.wait(timeout_ms))

    def _message(self, title: str, text: str, details: str = "") -> None:
        self.last_message = text
        if self.quiet:
            return
        parent = self.window if isinstance(self.window, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        if isinstance(self.last_error, core_errors.PolicyLensError) and self.last_error.code == "missing_package":
            args = self.last_error.args_
            pair = (args.get("source_code", ""), args.get("target_code", ""))
            more = box.addButton(self.tr("Language Packages…"), QMessageBox.ButtonRole.ActionRole)
            more.clicked.connect(lambda: self.open_packages(pair))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self._box = box

    # -- packages -----------------------------------------------------------------------------

    def open_packages(self, pair: tuple[str, str] | None = None) -> None:
        """Tools › Language Packages…; ``pair``: the package the open policy needs."""
        from policylens.ui.packages_dialog import PackagesDialog

        if self.packages_dialog is None:
            parent = self.window if isinstance(self.window, QWidget) else None
            self.packages_dialog = PackagesDialog(parent)
            self.packages_dialog.changed.connect(self._packages_changed)
        self.packages_dialog.refresh()
        self.packages_dialog.want(pair if isinstance(pair, tuple) else None)
        self.packages_dialog.show()
        self.packages_dialog.raise_()

    def _packages_changed(self) -> None:
        self._fill_targets()
        self.update_actions()
        view = getattr(self.window, "summary_view", None)
        if view is not None and getattr(view, "summary", None) is not None:
            view.rebuild()  # the banner's button follows: "Get the … package" or "Analyse through English"


def _explain(action: QAction, why: str) -> None:
    """A disabled action says why (tooltip, and the status bar when hovered); an enabled one
    says what it does (its text)."""
    from policylens.ui.packages_dialog import plain

    text = why or plain(action.text())
    action.setToolTip(text)
    action.setStatusTip(why)


def install(window: Any) -> TranslationController:
    """Add translation to ``window`` (see the module's doc). Keep the returned controller."""
    controller = TranslationController(window)
    window.translation = controller
    return controller
