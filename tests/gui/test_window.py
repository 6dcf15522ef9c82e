"""The window itself: resize, keyboard, accessibility, zoom, find, language, palette, settings."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES, open_and_wait, wait_idle
from policylens.ui.findings import evidence_for

pytestmark = pytest.mark.gui


def test_resize_reflows_the_cards(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-qazar-cloud.txt")
    view = window.summary_view

    def laid_out() -> None:
        cards = view.cards
        assert all(c.isVisible() for c in cards)
        # nothing overlaps: the cards' rectangles are disjoint
        rects = [c.geometry() for c in cards]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b)
        # text is not clipped: each label gets at least its height for its width
        for c in cards:
            for p in c.points:
                assert p.height() >= p.heightForWidth(p.width()) - 1

    for w, h in ((1600, 1000), (700, 500), (1300, 850), (480, 360)):
        window.resize(w, h)
        qtbot.waitUntil(laid_out)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: view._columns == 2)
    window.splitter.setSizes([1200, 380])
    qtbot.waitUntil(lambda: view._columns == 1)


def test_keyboard_reaches_flags_and_points(qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    view = window.summary_view
    window.activateWindow()
    view.grade.setFocus()
    seen = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if getattr(w, "ref", ""):
            seen.append(w.ref)
    visible_flags = [b.ref for b in view.flag_buttons if b.isVisible()]
    assert seen[: len(visible_flags)] == visible_flags
    points = [p.ref for c in view.cards for p in c.points]
    assert all(p in seen for p in points[:5])
    # Enter activates the focused point
    target = view.cards[0].points[0]
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Enter)
    ev = evidence_for(window.summary, target.ref)
    assert window.reader.current_range is not None
    assert window.reader.current_range[0] == min(e.start for e in ev)


def test_every_control_has_an_accessible_name(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QProgressBar, QTextEdit

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    window.find_bar.open_bar()
    window.show_finding(window.summary_view.flag_buttons[0].ref)
    missing = []
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit) + window.findChildren(
        QProgressBar
    ) + window.findChildren(QTextEdit):
        if not w.isVisibleTo(window):
            continue
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
            missing.append(f"{type(w).__name__} {w.objectName()} {w.toolTip()}")
    assert not missing
    for card in window.summary_view.cards:
        assert card.accessibleName().startswith(card.title.text())
        for p in card.points:
            assert p.accessibleDescription()


def test_zoom(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    reader = window.reader
    size = reader.font().pointSizeF()
    window.activateWindow()
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert reader.font().pointSizeF() > size
    assert reader.document().defaultFont().pointSizeF() > size
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert reader.font().pointSizeF() < size
    qtbot.keyClick(reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.font().pointSizeF() == pytest.approx(size)
    window.act_zoom_in.trigger()
    assert window.settings.zoom() == 1


def test_find_bar(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    text = window.document.text
    expected = text.lower().count("données")
    assert expected > 3
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "DONNÉES")
    bar.search()
    assert len(bar.matches) == expected
    assert bar.count.text() == bar.tr("{current} of {total}").format(current=bar.current + 1, total=expected)
    start = bar.current
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.current == (start + 1) % expected
    sel = window.reader.textCursor().selectedText()
    assert sel.lower() == "données"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == start
    bar.edit.setText("zzqqxx")
    bar.search()
    assert bar.count.text() == bar.tr("No matches")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_language_menu_retranslates_and_keeps_the_document(qtbot, window) -> None:
    """View > Language installs the catalogue and retranslates at once; the policy stays."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from policylens import tr

    class Fake(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"&File": "&Fichier", "What's collected": "Ce qui est collecté"}.get(source, "")

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    summary, doc, text = window.summary, window.document, window.reader.toPlainText()
    fake = Fake()
    installed = []

    def fake_install(code: str) -> bool:
        installed.append(code)
        QCoreApplication.installTranslator(fake)
        return True

    orig = tr.install
    tr.install = fake_install
    try:
        window.lang_actions["fr"].trigger()
        assert installed == ["fr"]
        assert window.menu("file").title() == "&Fichier"
        assert window.summary_view.cards[0].title.text() == "Ce qui est collecté"
        assert window.lang_actions["fr"].isChecked()
        assert window.settings.value("ui/language") == "fr"
        assert window.summary is summary and window.document is doc
        assert window.reader.toPlainText() == text
    finally:
        tr.install = orig
        QCoreApplication.removeTranslator(fake)
    qtbot.waitUntil(lambda: window.menu("file").title() == window.tr("&File"))


def test_language_default_comes_from_the_system(qtbot, window, monkeypatch) -> None:
    from policylens import tr

    monkeypatch.setattr(tr, "system_ui_language", lambda: "sv")
    assert window.settings.language() == "sv"
    window.settings.set_language("de")
    assert window.settings.language() == "de"


def test_dark_palette_keeps_contrast(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from policylens.ui import theme

    app = QApplication.instance()
    old = app.palette()
    try:
        for palette in (old, theme.dark_palette()):
            app.setPalette(palette)
            qtbot.waitUntil(lambda palette=palette: theme.colors(window.palette()).dark == (palette is not old))
            c = theme.colors(window.palette())
            for color in ("red", "amber", "green", "grey"):
                assert theme.contrast(c.strong[color], c.tint[color]) >= 4.5, color
                assert theme.contrast(c.text, c.tint[color]) >= 4.5, color
            assert theme.contrast(c.highlight_text, c.highlight) >= 4.5
            assert theme.contrast(c.muted, c.base) >= 4.5
        open_and_wait(qtbot, window, SAMPLES / "sv-orange-music.txt")
        card = window.summary_view.cards[0]
        dark = theme.colors(theme.dark_palette())
        assert card.fill == dark.tint[window.summary.cards[0].color]
        image = card.grab().toImage()
        assert image.pixelColor(card.width() // 2, card.height() - 4) == dark.tint[window.summary.cards[0].color]
    finally:
        app.setPalette(old)


def test_window_geometry_and_splitter_are_remembered(qtbot, window) -> None:
    from policylens.ui.mainwindow import MainWindow

    window.resize(700, 520)
    window.stack.setCurrentWidget(window.splitter)
    window.splitter.setSizes([300, 800])
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0)
    sizes = window.splitter.sizes()
    window.close()
    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert other.size().width() == 700 and other.size().height() == 520
    other.stack.setCurrentWidget(other.splitter)
    qtbot.waitUntil(lambda: other.splitter.sizes()[0] == pytest.approx(sizes[0], abs=3))
    other.quiet = True  # (closing it must not save its geometry again)


def test_settings_live_in_xdg_config_home(window) -> None:
    path = Path(window.settings.fileName())
    assert os.environ["POLICYLENS_TEST"] == "1"
    assert path.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))
    assert path.name == "PolicyLens.conf"


def test_export_hook(qtbot, window, monkeypatch) -> None:
    calls = []
    fake = types.ModuleType("policylens.ui.export_dialog")
    fake.run_export_dialog = lambda **kw: calls.append(kw)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "policylens.ui.export_dialog", fake)
    assert not window.act_export.isEnabled()
    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    assert window.act_export.isEnabled()
    assert window.act_export.shortcut().toString() == "Ctrl+E"
    window.act_export.trigger()
    assert calls == [{"parent": window, "summary": window.summary, "document": window.document}]


def test_menus_for_other_parts(window) -> None:
    tools = window.menu("tools")
    assert tools.menuAction().isVisible()
    act = tools.addAction("x")
    assert act in window.menu("tools").actions()
    assert window.menu("view").actions()
    assert window.menu("help").actions()
    assert [a.data() for a in window.lang_actions.values()] == ["en", "fr", "sv", "de", "es"]


def test_about_dialog(qtbot, window) -> None:
    from policylens import __version__
    from policylens.ui.dialogs import AboutDialog

    window.act_about.trigger()
    dlg = window.findChild(AboutDialog)
    assert dlg is not None and dlg.isVisible()
    text = dlg.label.text()
    for needle in (__version__, "GPL-3.0-or-later", "LGPL", "langdetect", "Apache-2.0", "pypdf",
                   "python-docx", "trafilatura", "argostranslate", "charset-normalizer"):
        assert needle in text
    dlg.close()


def test_palette_change_recolors_the_open_policy(qtbot, window) -> None:
    """Switching the desktop between light and dark recolors cards, bars and reader at once."""
    from PySide6.QtWidgets import QApplication

    from policylens.ui import theme

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    window.show_finding(window.summary_view.flag_buttons[0].ref)
    app = QApplication.instance()
    old = app.palette()
    light = theme.colors(old)
    assert window.summary_view.cards[0].fill == light.tint[window.summary.cards[0].color]
    try:
        app.setPalette(theme.dark_palette())
        dark = theme.colors(theme.dark_palette())
        qtbot.waitUntil(lambda: window.summary_view.cards[0].fill == dark.tint[window.summary.cards[0].color])
        assert window.reader._colors.dark
        assert window.evidence_bar.isVisible()  # the finding shown stays shown
        assert window.reader.highlighted_text()
    finally:
        app.setPalette(old)
    qtbot.waitUntil(lambda: window.summary_view.cards[0].fill == light.tint[window.summary.cards[0].color])


def test_main_opens_the_file_given_on_the_command_line(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from policylens import gui
    from policylens.ui import mainwindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # a local event loop instead of QApplication.exec() (which, run inside a test, leaves Qt's
    # posted-event list in a state where later tests' queued signals wait forever)
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda *_: loop.exec())
    seen: dict[str, object] = {}
    show = mainwindow.MainWindow.show

    def show_and_watch(self) -> None:
        show(self)
        seen["window"] = self

        def check() -> None:
            if self.busy:
                QTimer.singleShot(50, check)
                return
            seen["document"] = self.document.name if self.document else None
            seen["tools"] = [a.text() for a in self.menu("tools").actions()]
            self.close()
            loop.quit()

        QTimer.singleShot(50, check)

    monkeypatch.setattr(mainwindow.MainWindow, "show", show_and_watch)
    assert gui.main([str(SAMPLES / "fr-genletter.txt")]) == 0
    assert seen["document"] == "fr-genletter.txt"
    seen["window"].deleteLater()
    QSettings("PolicyLens", "PolicyLens").clear()


def test_show_summary_replaces_the_summary_of_the_open_document(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    doc, text = window.document, window.reader.toPlainText()
    other = window.summary.model_copy(deep=True)
    other.grade.letter = "D" if other.grade.letter != "D" else "B"
    with qtbot.waitSignal(window.summary_changed, timeout=2000):
        window.show_summary(other)
    assert window.summary is other
    assert window.summary_view.grade.letter.text() == other.grade.letter
    assert window.document is doc and window.reader.toPlainText() == text
    window.show_finding(window.summary_view.flag_buttons[0].ref if window.summary_view.flag_buttons else "sale")
    assert window.evidence_bar.isVisible()


def test_a_language_without_rules_is_not_graded(qtbot, window) -> None:
    text = (
        "Политика конфиденциальности\n\nМы собираем ваше имя, адрес электронной почты и номер телефона, когда вы "
        "регистрируетесь в нашем сервисе. Мы можем передавать ваши данные нашим партнёрам и поставщикам услуг.\n\n"
        "Мы храним ваши данные в течение двух лет. Вы имеете право на доступ к своим данным и их удаление.\n"
    ) * 3
    window.open_text(text, "ru.txt")
    wait_idle(qtbot, window)
    assert window.summary is not None and not window.summary.language.supported
    view = window.summary_view
    assert view.grade.score.text() == view.grade.tr("Not graded")
    assert view.cards == [] and view.flag_buttons == []
    assert view.warnings and "Russian" in view.warnings[0].text()
