"""The window keeps the user inside the app (issue 19): shortcuts, help, names, small breakages."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES, open_and_wait, wait_idle

pytestmark = pytest.mark.gui


def _all_actions(window):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    return [a for a in window.findChildren(QAction) if a.isVisible() or a.shortcuts()]


def test_no_key_is_bound_twice(qtbot, window) -> None:
    """Every shortcut of the window (its own actions and the translation's) is bound once: a key
    on two actions, or twice on one, is an "ambiguous shortcut" Qt never triggers."""
    from PySide6.QtGui import QKeySequence

    from policylens.ui.translation import install

    install(window).quiet = True
    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    seen: dict[str, str] = {}
    for act in _all_actions(window):
        keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in act.shortcuts() if not k.isEmpty()]
        assert len(keys) == len(set(keys)), (act.text(), keys)
        for key in keys:
            assert key not in seen, f"{key} is bound to {seen[key]!r} and {act.text()!r}"
            seen[key] = act.text()
    assert "Ctrl+Q" in seen and "F1" in seen


def test_ctrl_q_quits_with_a_policy_open(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.reader, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_disabled_export_says_why(window) -> None:
    assert not window.act_export.isEnabled()
    assert "Open a policy first" in window.act_export.toolTip()
    assert window.act_export.statusTip() == window.act_export.toolTip()


def test_name_shown_is_the_page_title_when_the_text_names_no_service(qtbot, window, tmp_path: Path) -> None:
    from policylens.export.content import display_name

    page = tmp_path / "privacy-policy.html"
    body = (SAMPLES / "fr-genletter.txt").read_text(encoding="utf-8").replace("Genletter", "le service")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    page.write_text(
        f"<html><head><title>Acme Notes – Politique de confidentialité</title></head><body>{paragraphs}</body></html>",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, page)
    s = window.summary
    title = "Acme Notes – Politique de confidentialité"
    assert s.source.title == title
    # the service recognizer takes the service's name from the page title ("Acme Notes"); the
    # window, its title and the exports show it
    assert s.service.name == "Acme Notes"
    assert window.summary_view.service.text() == "Acme Notes"
    assert window.windowTitle().startswith("Acme Notes")
    assert display_name(s) == "Acme Notes"  # exports say the same
    assert "privacy-policy.html" in window.summary_view.meta.text()  # the file stays visible


def test_pasted_text_shows_the_service_it_names(qtbot, window) -> None:
    """Pasted text is not called "Pasted text" when the text names its service."""
    text = (SAMPLES / "fr-genletter.txt").read_text(encoding="utf-8").replace("Genletter", "le service")
    window.open_text("Acme Notes SAS (« nous ») publie cette politique.\n\n" + text)
    wait_idle(qtbot, window)
    assert window.summary.source.name == "Pasted text"
    assert window.summary.service.name
    assert window.summary_view.service.text() == window.summary.service.name
    assert window.windowTitle().startswith(window.summary.service.name)
    assert "Pasted text" in window.summary_view.meta.text()


def test_show_fewer_keeps_the_selected_flag_visible(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    view = window.summary_view
    assert len(view.flag_buttons) > 6
    view.more.click()
    last = view.flag_buttons[-1]
    qtbot.waitUntil(last.isVisible)
    last.click()
    assert window.evidence_bar.isVisible()
    view.more.click()  # Show fewer
    assert not view.flags_expanded
    assert last.isVisible() and last.active
    assert not view.flag_buttons[-2].isVisible()
    window.clear_finding()
    assert not last.isVisible()


def test_highlight_stays_in_view_after_a_resize(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    ref = next(f"flag:{f.id}" for f in reversed(window.summary.red_flags) if f.evidence)
    window.show_finding(ref)
    reader = window.reader

    def in_view() -> None:
        start, _end = reader.current_range
        top = reader.point_for_offset(start).y()
        assert 0 <= top <= reader.viewport().height()

    qtbot.waitUntil(in_view)
    for w, h in ((700, 500), (1500, 900), (660, 460)):
        window.resize(w, h)
        qtbot.waitUntil(in_view)


def test_main_highlight_is_a_sentence_not_its_heading(qtbot, window) -> None:
    """"Messages you send" in the Swedish sample: "Kommunikationsdata" only heads the list."""
    open_and_wait(qtbot, window, SAMPLES / "sv-orange-music.txt")
    window.show_finding("collected:communications")
    shown = window.reader.highlighted_text()
    assert shown and shown.strip() != "Kommunikationsdata"
    assert "Supportförfrågningar" in shown
    assert all(window.document.text[a:b].strip() != "Kommunikationsdata" for a, b in window._finding.ranges)


def test_open_folder_without_a_file_manager_says_so(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from policylens.ui import export_dialog

    monkeypatch.setattr(export_dialog, "can_open_folders", lambda: False)
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"%PDF")
    assert export_dialog.open_folder(window, out) is False
    box = export_dialog.last_box
    assert box is not None and box.isVisible()
    assert "No file manager" in box.text() and str(out) == box.informativeText()
    copy = next(b for b in box.buttons() if b.text() == "Copy Path")
    copy.click()
    assert QApplication.clipboard().text() == str(out)
    assert box.isVisible()  # copying does not close it
    box.close()


def test_guide_explains_with_the_policy_own_sentences(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    from policylens.core import taxonomy
    from policylens.core import wording as W
    from policylens.ui.texts import ui_tr

    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "_guide", None) is not None and window._guide.isVisible())
    text = window._guide.browser.toPlainText()
    for card in taxonomy.CARDS:
        assert W.CARD_TITLES[card] in text
    for flag in taxonomy.RED_FLAGS:
        assert W.FLAG_TITLES[flag] in text
    assert "starts at 100 points" in text
    quote = " ".join(window.summary.red_flags[0].evidence[0].quote.split())[:60]
    assert quote in " ".join(text.split())
    assert "Genletter" in text  # "Examples come from the policy you have open: Genletter."
    try:
        window.set_ui_language("fr")
        french = ui_tr("cards", W.CARD_TITLES["collected"])
        assert french != W.CARD_TITLES["collected"]
        qtbot.waitUntil(lambda: french in window._guide.browser.toPlainText())
        assert window._guide.windowTitle() == "Guide de PolicyLens"
        assert "100 points" in window._guide.browser.toPlainText()
    finally:
        window.set_ui_language("en")


def test_keyboard_shortcuts_lists_the_keys_that_work(qtbot, window) -> None:
    from policylens.ui.help import ShortcutsDialog

    window.act_shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["PolicyLens Guide"] == "F1"
    assert "Ctrl+E" in rows["Export Summary…"]


def test_language_menu_names_are_plain(window) -> None:
    names = {code: act.text() for code, act in window.lang_actions.items()}
    assert names == {"en": "English", "fr": "Français", "sv": "Svenska", "de": "Deutsch", "es": "Español"}


def test_zoom_enlarges_the_cards_too(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    card = window.summary_view.cards[0]
    before = card.title.font().pointSizeF(), window.reader.font().pointSizeF()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    card = window.summary_view.cards[0]
    assert card.title.font().pointSizeF() > before[0] * 1.2
    assert window.reader.font().pointSizeF() > before[1] * 1.2
    window.act_zoom_reset.trigger()
    assert window.summary_view.cards[0].title.font().pointSizeF() == pytest.approx(before[0])
