"""The translation actions, panel and packages dialog (pytest-qt, offscreen), on a minimal window
that offers what the main window offers: menu(name), document, summary, summary_changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import policylens.ui  # noqa: F401  (before any Qt call: makes None immortal on Python 3.11)

pytestmark = pytest.mark.gui


@pytest.fixture
def fake_window(qtbot):
    from PySide6.QtCore import QSettings, Signal
    from PySide6.QtWidgets import QMainWindow, QMenu, QTextEdit

    QSettings("PolicyLens", "PolicyLens").clear()

    class Window(QMainWindow):
        summary_changed = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.menus = {}
            for key in ("view", "tools"):
                self.menus[key] = QMenu(key, self)
                self.menuBar().addMenu(self.menus[key])
            self.reader = QTextEdit(self)
            self.setCentralWidget(self.reader)
            self.document = None
            self.summary = None
            self.shown = []

        def menu(self, name: str) -> QMenu:
            return self.menus[name]

        def open_doc(self, doc, summary) -> None:  # type: ignore[no-untyped-def]
            self.document, self.summary = doc, summary
            self.summary_changed.emit()

        def show_summary(self, summary) -> None:  # type: ignore[no-untyped-def]
            self.summary = summary
            self.shown.append(summary)

    w = Window()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def ru_doc(ru_policy: str):
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    doc = load_text(ru_policy, name="ru.txt")
    return doc, analyze(doc)


def _controller(window, target: str = "en"):  # type: ignore[no-untyped-def]
    from policylens.ui.settings import Settings
    from policylens.ui.translation import install

    Settings().setValue("translation/target", target)
    c = install(window)
    c.quiet = True
    return c


def _wait(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: controller.op is None, timeout=60_000)


def test_actions_are_added(fake_window) -> None:
    from PySide6.QtGui import QKeySequence

    c = _controller(fake_window)
    view = fake_window.menu("view").actions()
    tools = fake_window.menu("tools").actions()
    assert c.act_show in view and c.target_menu.menuAction() in view
    assert c.act_show.shortcut() == QKeySequence("Ctrl+T") and c.act_show.isCheckable()
    assert c.act_packages in tools and c.act_analyse in tools
    assert not c.act_show.isEnabled()  # no document yet
    assert fake_window.translation is c


def test_target_defaults_to_the_ui_language(fake_window) -> None:
    from policylens.ui.settings import Settings
    from policylens.ui.translation import install

    Settings().setValue("ui/language", "sv")
    c = install(fake_window)
    assert c.target() == "sv"
    c._fill_targets()
    codes = [a.data() for a in c.target_menu.actions()]
    assert {"en", "fr", "sv", "de", "es"} <= set(codes)
    checked = [a.data() for a in c.target_menu.actions() if a.isChecked()]
    assert checked == ["sv"]
    c.set_target("fr")
    assert c.target() == "fr"


def test_show_translation_paragraph_by_paragraph(fake_window, ru_doc, built, qtbot) -> None:
    from policylens.translate import packages

    packages.install_archive(built.get("ru_en"))
    c = _controller(fake_window)
    fake_window.open_doc(*ru_doc)
    assert c.act_show.isEnabled()
    c.act_show.trigger()
    _wait(qtbot, c)
    assert c.dock.isVisible()
    pairs = c.view.paragraphs()
    assert len(pairs) == len(ru_doc[0].blocks)
    assert pairs[0][0] == "Политика конфиденциальности" and pairs[0][1]
    assert "<table" in c.view.browser.toHtml() or c.view.side.isChecked()
    c.view.side.setChecked(False)
    assert pairs[0][1].split()[0] in c.view.browser.toPlainText()
    c.act_show.trigger()
    assert not c.dock.isVisible()


def test_missing_package_is_a_clear_message(fake_window, ru_doc, qtbot) -> None:
    c = _controller(fake_window, target="de")
    fake_window.open_doc(*ru_doc)
    c.act_show.trigger()
    _wait(qtbot, c)
    # in the window's words: the package by name, the menus and buttons to click, where packages
    # come from (the index's address, or a file from another computer); never a command
    msg = c.last_message
    assert "No “Russian → German” translation package is installed" in msg
    assert "tools › Language Packages…" in msg and "“Get the Package List”" in msg
    assert "“Install From File…”" in msg and ".argosmodel" in msg
    assert "https://github.com/argosopentech/argospm-index" in msg
    assert "policylens packs" not in msg
    assert c.view.note == c.last_message
    assert c.result is None


def test_cancel(fake_window, ru_doc, built, qtbot) -> None:
    from policylens.translate import packages

    packages.install_archive(built.get("ru_en"))
    c = _controller(fake_window)
    fake_window.open_doc(*ru_doc)
    c.translate()
    c.op.dialog.canceled.emit()  # what the Cancel button does
    _wait(qtbot, c)
    assert c.result is None
    assert c.view.note == "Cancelled."


def test_analyse_through_english(fake_window, ru_doc, built, ru_en, qtbot) -> None:
    from policylens.translate import packages
    from policylens.translate.engine import normalise, shared_engine

    c = _controller(fake_window)
    fake_window.open_doc(*ru_doc)
    c.update_actions()
    assert c.act_analyse.isVisible() and not c.act_analyse.isEnabled()  # no package yet
    info = packages.install_archive(built.get("ru_en"))
    engine = shared_engine()
    engine.cache.put_many(engine.cache_key(info), [(normalise(k), v) for k, v in ru_en.items()])
    fake_window.summary_changed.emit()
    assert c.act_analyse.isEnabled()
    assert "Analyse Through English" in fake_window.statusBar().currentMessage()
    with qtbot.waitSignal(c.summary_ready, timeout=60_000) as blocker:
        c.act_analyse.trigger()
    summary = blocker.args[0]
    assert fake_window.shown == [summary] and fake_window.summary is summary
    assert summary.language.code == "ru" and summary.language.analysed_as == "en"
    doc = ru_doc[0]
    assert all(doc.text[e.start : e.end] == e.quote for e in summary.all_evidence())
    c.update_actions()
    assert not c.act_analyse.isVisible()


def test_packages_dialog_install_remove_and_errors(built, tmp_path: Path, qtbot) -> None:
    from policylens.ui.packages_dialog import PackagesDialog

    d = PackagesDialog()
    qtbot.addWidget(d)
    assert d.table.rowCount() == 0
    with qtbot.waitSignal(d.changed, timeout=30_000):
        d.install_file(str(built.get("ru_en")))
    assert d.table.rowCount() == 1 and "Installed Russian → English" in d.status.text()
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("nope")
    d.install_file(str(bad))
    qtbot.waitUntil(lambda: d.op is None, timeout=30_000)
    assert "bad.argosmodel is not a usable translation package" in d.status.text()
    assert d.table.rowCount() == 1
    d.table.selectRow(0)
    with qtbot.waitSignal(d.changed, timeout=30_000):
        d.remove_selected()
    assert d.table.rowCount() == 0


def test_packages_dialog_offline(argos_settings, closed_url: str, monkeypatch, qtbot) -> None:
    from policylens.ui.packages_dialog import PackagesDialog

    monkeypatch.setattr(argos_settings, "remote_package_index", closed_url + "index.json")
    d = PackagesDialog()
    qtbot.addWidget(d)
    d.fetch_index()
    qtbot.waitUntil(lambda: d.op is None, timeout=30_000)
    status = d.status.text()
    assert status.startswith("The package index cannot be reached: this computer seems to be offline.")
    assert "“Install From File…”" in status and "https://github.com/argosopentech/argospm-index" in status
    assert "policylens packs" not in status
    assert not d.download_button.isEnabled()


def test_packages_dialog_says_how_to_get_a_first_package(built, qtbot) -> None:
    from policylens.ui.packages_dialog import PackagesDialog

    d = PackagesDialog()
    qtbot.addWidget(d)
    d.show()
    assert d.stack.currentWidget() is d.empty and d.empty.isVisible()
    text = d.empty.text()
    assert text.startswith("No language packages installed yet.")
    assert "“Get the Package List”" in text and "“Install From File…”" in text
    assert "https://github.com/argosopentech/argospm-index" in text
    with qtbot.waitSignal(d.changed, timeout=30_000):
        d.install_file(str(built.get("ru_en")))
    assert d.stack.currentWidget() is d.table and d.table.rowCount() == 1


def test_packages_dialog_download_with_progress(argos_settings, index_server, built, monkeypatch, qtbot) -> None:
    from policylens.ui.packages_dialog import PackagesDialog

    index_server.routes["/ru_en.argosmodel"] = built.get("ru_en").read_bytes()
    index_server.routes["/index.json"] = json.dumps([{
        "package_version": "1.0", "from_code": "ru", "to_code": "en", "from_name": "Russian", "to_name": "English",
        "links": [f"{index_server.url}/ru_en.argosmodel"],
    }]).encode()
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    d = PackagesDialog()
    qtbot.addWidget(d)
    d.fetch_index()
    qtbot.waitUntil(lambda: d.op is None, timeout=30_000)
    assert d.available.count() == 1 and d.download_button.isEnabled()
    values: list[int] = []
    d.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(d.changed, timeout=30_000):
        d.download_selected()
    assert d.table.rowCount() == 1
    assert values and max(values) == 1000


def test_packages_dialog_cancel_download(argos_settings, index_server, built, monkeypatch, qtbot) -> None:
    from policylens.translate import packages
    from policylens.ui.packages_dialog import PackagesDialog

    index_server.routes["/ru_en.argosmodel"] = built.get("ru_en").read_bytes()
    index_server.routes["/index.json"] = json.dumps([{
        "from_code": "ru", "to_code": "en", "links": [f"{index_server.url}/ru_en.argosmodel"],
    }]).encode()
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    d = PackagesDialog()
    qtbot.addWidget(d)
    d.fetch_index()
    qtbot.waitUntil(lambda: d.op is None, timeout=30_000)
    index_server.drip = 0.05
    d.download_selected()
    assert not d.cancel_button.isHidden()
    d.cancel_button.click()
    assert d.status.text() == "Cancelled." and d.op is None
    assert d.wait(30_000)
    assert packages.installed_packages() == []


def test_banner_offers_the_package_then_the_analysis(qtbot, built, ru_en, ru_policy, tmp_path) -> None:
    """A policy in a language without rules: the "Not graded" banner offers the package it needs
    (opening the packages dialog on that pair), then, once installed, the analysis through English
    — which runs in the analysis process, not on a thread of the window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QPushButton

    from policylens.translate import packages
    from policylens.translate.engine import normalise, shared_engine
    from policylens.ui import ops
    from policylens.ui.mainwindow import MainWindow
    from policylens.ui.translation import install

    QSettings("PolicyLens", "PolicyLens").clear()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    c = install(w)
    c.quiet = True
    policy = tmp_path / "politika.txt"
    policy.write_text(ru_policy, encoding="utf-8")
    w.open_path(policy)
    qtbot.waitUntil(lambda: not w.busy and w.summary is not None, timeout=120_000)
    assert not w.summary.language.supported
    view = w.summary_view
    get = view.findChild(QPushButton, "getPackage")
    assert get is not None and get.text() == "Get the Russian → English package…"
    assert not c.act_analyse.isEnabled()
    why = "Needs the “Russian → English” translation package, from Tools › Language Packages…"
    assert c.act_analyse.toolTip() == why
    assert c.act_analyse.statusTip() == c.act_analyse.toolTip()
    get.click()
    d = c.packages_dialog
    assert d is not None and d.isVisible() and d.wanted == ("ru", "en")
    assert "“Russian → English”" in d.needed.text() and d.needed.isVisible()
    info = packages.install_archive(built.get("ru_en"))
    engine = shared_engine()
    engine.cache.put_many(engine.cache_key(info), [(normalise(k), v) for k, v in ru_en.items()])
    d.refresh()
    d.changed.emit()
    assert not d.needed.isVisible()
    go = view.findChild(QPushButton, "analyseThroughEnglish")
    assert go is not None and go.text() == "Analyse through English"
    assert c.act_analyse.isEnabled()
    d.close()
    with qtbot.waitSignal(c.summary_ready, timeout=120_000):
        go.click()
        assert isinstance(c.op.work, ops.ap.Request) and c.op.work.through_english
    assert w.summary.language.analysed_as == "en" and w.summary.language.code == "ru"
    assert w.summary_view.grade.letter.text() != "–"
    w.shutdown(10_000)


def test_opening_goes_through_english_when_a_package_is_installed(qtbot, built, ru_en, ru_policy, tmp_path) -> None:
    """The window's analysis process runs the one pipeline: as ``policylens analyze`` does, a
    policy without rules is analysed through English at once when the package is there."""
    from PySide6.QtCore import QSettings

    from policylens.translate import packages
    from policylens.translate.engine import normalise, shared_engine
    from policylens.ui.mainwindow import MainWindow

    QSettings("PolicyLens", "PolicyLens").clear()
    info = packages.install_archive(built.get("ru_en"))
    engine = shared_engine()
    engine.cache.put_many(engine.cache_key(info), [(normalise(k), v) for k, v in ru_en.items()])
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    policy = tmp_path / "politika.txt"
    policy.write_text(ru_policy, encoding="utf-8")
    w.open_path(policy)
    qtbot.waitUntil(lambda: not w.busy and w.summary is not None, timeout=120_000)
    assert w.summary.language.code == "ru" and w.summary.language.analysed_as == "en"
    assert all(w.document.text[e.start : e.end] == e.quote for e in w.summary.all_evidence())
    w.shutdown(10_000)


def test_real_main_window(qtbot, ru_doc) -> None:
    """The controller installs on the application's own window too."""
    mainwindow = pytest.importorskip("policylens.ui.mainwindow")
    from PySide6.QtCore import QSettings

    from policylens.ui.translation import install

    QSettings("PolicyLens", "PolicyLens").clear()
    w = mainwindow.MainWindow()
    qtbot.addWidget(w)
    c = install(w)
    assert c.act_show in w.menu("view").actions()
    assert c.act_packages in w.menu("tools").actions()


def test_gui_does_not_load_the_translation_stack() -> None:
    """Installing the actions imports no Argos Translate, CTranslate2, torch or stanza."""
    code = """
import sys
import policylens.ui
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
app = QApplication([])
class W(QMainWindow):
    def __init__(self):
        super().__init__()
        self.m = {k: self.menuBar().addMenu(k) for k in ("view", "tools")}
        self.document = self.summary = None
    def menu(self, name):
        return self.m[name]
w = W()
from policylens.ui.translation import install
c = install(w)
c.update_actions(); c._fill_targets()
stack = ("argostranslate", "ctranslate2", "torch", "stanza", "spacy")
heavy = sorted(m for m in sys.modules if m.split(".")[0] in stack)
print(heavy)
sys.exit(1 if heavy else 0)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
