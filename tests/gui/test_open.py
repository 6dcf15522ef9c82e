"""Opening policies: drop of files and of selected text, paste, File > Open Recent."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES, drop_file, drop_mime, expected_summary, wait_idle
from policylens.core import wording as W
from policylens.render import texts
from policylens.ui.texts import ui_tr

pytestmark = pytest.mark.gui

SEEDS = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_drop_each_seed_shows_the_summary(qtbot, window, seed: Path) -> None:
    drop = drop_file(window, seed)
    assert drop.isAccepted()
    assert window.busy
    wait_idle(qtbot, window)
    assert window.error_box is None, window.last_error
    want = expected_summary(str(seed))
    got = window.summary
    assert got is not None and window.document is not None
    assert window.document.name == seed.name
    assert got.grade == want.grade
    assert [c.model_dump() for c in got.cards] == [c.model_dump() for c in want.cards]
    # what the cards show: title, status word, headline, points, in the UI language
    tx = texts(want, ui_tr)
    view = window.summary_view
    assert [w.card_id for w in view.cards] == [c.id for c in want.cards]
    for widget, card, model in zip(view.cards, tx["cards"], want.cards, strict=True):
        assert widget.title.text() == card["title"]
        assert widget.status.word.text() == ui_tr("status", W.STATUS_WORDS[model.color])
        assert widget.headline.text() == card["headline"]
        assert [b.accessibleName() for b in widget.points] == card["points"]
        assert [b.ref for b in widget.points] == model.point_refs
        # the card's colors come from its status
        assert widget.property("status") == model.color
    # red flags, most severe first, each with its severity word
    order = {"high": 0, "medium": 1, "low": 2}
    want_flags = sorted(want.red_flags, key=lambda f: order[f.severity])
    assert [b.ref for b in view.flag_buttons] == [f"flag:{f.id}" for f in want_flags]
    grade_text = view.grade.letter.text()
    assert grade_text == want.grade.letter
    # the reader shows the document's text
    assert window.stack.currentWidget() is window.splitter
    first = window.reader.blocks[0]
    assert window.reader.toPlainText().startswith(window.document.text[first.start : first.end].split("\n")[0])
    assert seed.name in window.windowTitle() or (got.service.name or "") in window.windowTitle()


def test_card_status_colors(qtbot, window) -> None:
    from policylens.ui import theme

    seed = SAMPLES / "sv-orange-music.txt"
    drop_file(window, seed)
    wait_idle(qtbot, window)
    colors = theme.colors(window.summary_view.palette())
    for widget, model in zip(window.summary_view.cards, window.summary.cards, strict=True):
        assert widget.fill == colors.tint[model.color]
        assert widget.accent == colors.strong[model.color]
        word = widget.status.word
        assert word.palette().color(word.foregroundRole()) == colors.strong[model.color]
        assert widget.status.word.text() == window.tr(widget.status.word.text())
        # the card is painted in its colors
        image = widget.grab().toImage()
        assert image.pixelColor(widget.width() // 2, widget.height() - 4) == colors.tint[model.color]
        assert image.pixelColor(2, widget.height() // 2) == colors.strong[model.color]
    # severity words too (inside a button a label draws with ButtonText: the color must hold there)
    for button in window.summary_view.flag_buttons:
        flag = next(f for f in window.summary.red_flags if f"flag:{f.id}" == button.ref)
        chip = button.findChild(type(window.summary_view.cards[0].status))
        word = chip.word
        assert word.palette().color(word.foregroundRole()) == colors.strong[theme.SEVERITY_COLOR[flag.severity]]


def test_drop_selected_text_from_a_browser(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData

    text = (SAMPLES / "fr-genletter.txt").read_text(encoding="utf-8")
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml("<p>ignored when plain text is there</p>")
    drop_mime(window, mime)
    wait_idle(qtbot, window)
    assert window.summary is not None
    assert window.document.format == "text"
    assert window.document.name == window.tr("Dropped text")


def test_drop_html_only(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData

    text = (SAMPLES / "fr-genletter.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    mime = QMimeData()
    mime.setHtml(f"<html><body>{paragraphs}</body></html>")
    drop_mime(window, mime)
    wait_idle(qtbot, window)
    assert window.summary is not None
    assert "Genletter" in window.document.text or "genletter" in window.document.text.lower()


def test_drop_of_a_web_link_downloads_nothing(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/privacy")])
    mime.setText("https://example.com/privacy")
    drop_mime(window, mime)
    assert not window.busy
    assert window.error_box is not None
    assert "does not fetch pages from the web" in window.error_box.text()


def test_paste_text_with_ctrl_v(qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    text = (SAMPLES / "sv-orange-music.txt").read_text(encoding="utf-8")
    QApplication.clipboard().setText(text)
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.busy
    wait_idle(qtbot, window)
    assert window.summary is not None
    assert window.summary.language.code == "sv"
    assert window.document.name == window.tr("Pasted text")


def test_paste_a_copied_file(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES / "fr-qazar-cloud.txt"))])
    QApplication.clipboard().setMimeData(mime)
    try:
        window.act_paste.trigger()
        wait_idle(qtbot, window)
        assert window.document.name == "fr-qazar-cloud.txt"
    finally:
        # the clipboard owns the mime data: free it while Python runs (not in Qt's exit handlers)
        QApplication.clipboard().clear()


def test_recent_files_are_remembered_and_cleared(qtbot, window) -> None:
    from policylens.ui.mainwindow import MainWindow

    seed = SAMPLES / "fr-genletter.txt"
    window.open_path(seed)
    wait_idle(qtbot, window)
    assert window.settings.recent()[0] == str(seed.resolve())
    # a new window (next start) lists it in File > Open Recent
    other = MainWindow()
    other.quiet = True  # (closing it must not save its geometry into the shared test settings)
    qtbot.addWidget(other)
    other.recent_menu.aboutToShow.emit()
    names = [a.text() for a in other.recent_menu.actions() if a.text()]
    assert any("fr-genletter.txt" in n for n in names)
    recent = next(a for a in other.recent_menu.actions() if "fr-genletter.txt" in a.text())
    recent.trigger()
    wait_idle(qtbot, other)
    assert other.document is not None and other.document.name == "fr-genletter.txt"
    other.act_clear_recent.trigger()
    assert other.settings.recent() == []
    assert not other.act_clear_recent.isEnabled()


def test_command_line_file_and_sample_menu(qtbot, window) -> None:
    acts = [a for a in window.samples_menu.actions() if a.text()]
    assert len(acts) == len(SEEDS)
    acts[0].trigger()
    wait_idle(qtbot, window)
    assert window.document is not None
    assert window.document.name == SEEDS[0].name


def test_welcome_screen_first(qtbot, window) -> None:
    assert window.summary is None
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.title.text() == window.welcome.tr("Drop a privacy policy here")
    assert not window.act_export.isEnabled()
    assert window.welcome.sample_button.isEnabled()


def test_second_drop_replaces_the_first(qtbot, window) -> None:
    """A file dropped while another is analysed cancels it; the stale result never shows."""
    from PySide6.QtWidgets import QApplication

    first, second = SAMPLES / "fr-creality.txt", SAMPLES / "fr-genletter.txt"
    drop_file(window, first)
    first_op = window._pending.op
    gen_first = window.generation
    drop_file(window, second)
    assert window.generation == gen_first + 1
    assert first_op.cancelled and first_op.finished
    wait_idle(qtbot, window)
    assert window.document.name == "fr-genletter.txt"
    qtbot.waitUntil(first_op.ended.is_set, timeout=60_000)  # a late result of the first, if any...
    QApplication.processEvents()  # ...is delivered now, and ignored
    assert window.document.name == "fr-genletter.txt"


def test_cancel_keeps_the_previous_document(qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.open_path(SAMPLES / "fr-genletter.txt")
    wait_idle(qtbot, window)
    before = window.summary
    window.open_path(SAMPLES / "fr-creality.txt")
    op = window._pending.op
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.busy
    assert not window.cancel_button.isVisible()
    qtbot.waitUntil(op.ended.is_set, timeout=60_000)
    QApplication.processEvents()
    assert window.summary is before
    assert window.document.name == "fr-genletter.txt"


def test_opening_while_the_previous_is_being_shown_stays_consistent(qtbot, window) -> None:
    """A new policy opened between the reader's and the summary's update: both show the same."""
    window.open_path(SAMPLES / "fr-genletter.txt")
    qtbot.waitUntil(lambda: window._half_shown is not None or not window.busy, timeout=120_000)
    window.open_path(SAMPLES / "sv-orange-music.txt")
    assert window.summary_view.summary is window.summary
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.document.name == "sv-orange-music.txt")
    assert window.document.name == "sv-orange-music.txt"
    assert window.summary_view.summary is window.summary
    assert window.summary.source.name == "sv-orange-music.txt"
