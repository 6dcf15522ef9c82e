"""Clicking a finding scrolls the reader to its sentences and highlights them."""

from __future__ import annotations

import pytest

from gui.gui_helpers import SAMPLES, open_and_wait
from policylens.core import catalogue as C
from policylens.ui.findings import EvidenceIndex, absence_reason, evidence_for, sentences_first, sorted_evidence
from policylens.ui.texts import ui_tr

pytestmark = pytest.mark.gui


def _visible(reader, start: int) -> bool:
    rect = reader.cursorRect(reader._cursor(start, start))
    return 0 <= rect.top() < reader.viewport().height()


def test_click_red_flag_highlights_its_evidence(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    view = window.summary_view
    flags = [b for b in view.flag_buttons if evidence_for(window.summary, b.ref)]
    assert flags
    for button in flags:
        if not button.isVisible():
            view.toggle_flags()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        evidence = sorted_evidence(evidence_for(window.summary, button.ref))
        first = evidence[0]
        assert window.reader.highlighted_text() == window.reader.text_between(first.start, first.end)
        assert window.reader.current_range == (first.start, first.end)
        assert _visible(window.reader, first.start)
        assert button.property("active") is True
        assert window.evidence_bar.isVisible()
        assert window.evidence_bar.position.text() == window.evidence_bar.tr("{current} of {total}").format(
            current=1, total=len(evidence)
        )


def test_highlight_equals_the_quote(qtbot, window) -> None:
    """The highlighted text is the evidence quote (the quote as it reads in the reader)."""
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    button = window.summary_view.flag_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ev = sorted_evidence(evidence_for(window.summary, button.ref))[0]
    assert window.reader.highlighted_text() == ev.quote


def test_next_and_previous_evidence(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    s = window.summary
    ref = next(f"flag:{f.id}" for f in s.red_flags if len(sorted_evidence(f.evidence)) >= 2)
    ev = sorted_evidence(evidence_for(s, ref))
    window.show_finding(ref)
    bar = window.evidence_bar
    assert bar.next_button.isVisible() and bar.prev_button.isVisible()
    bar.next_button.click()
    assert window.reader.current_range == (ev[1].start, ev[1].end)
    assert window.reader.highlighted_text() == window.reader.text_between(ev[1].start, ev[1].end)
    assert bar.position.text() == bar.tr("{current} of {total}").format(current=2, total=len(ev))
    assert _visible(window.reader, ev[1].start)
    bar.prev_button.click()
    bar.prev_button.click()  # wraps round to the last
    assert window.reader.current_range == (ev[-1].start, ev[-1].end)
    # every sentence of the finding is highlighted, not only the current one
    assert len(window.reader._active) == len(ev)
    bar.close_button.click()
    assert not bar.isVisible()
    assert window.reader.highlighted_text() == ""


def test_every_card_point_leads_to_evidence_or_says_why(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, SAMPLES / "sv-orange-music.txt")
    for card in window.summary_view.cards:
        for point in card.points:
            point.setFocus()
            qtbot.keyClick(point, Qt.Key.Key_Return)  # Enter activates a point
            ev = sentences_first(sorted_evidence(evidence_for(window.summary, point.ref)), window.document)
            if ev:
                # the first sentence that says it (a heading over a list is not one)
                assert window.reader.current_range == (ev[0].start, ev[0].end), point.ref
                assert window.reader.highlighted_text().strip()
                assert not window.evidence_bar.reason.isVisible()
            else:
                assert window.reader.highlighted_text() == ""
                assert window.evidence_bar.reason.isVisible()
                assert window.evidence_bar.reason.text() == ui_tr("findings", absence_reason(point.ref))


def test_absence_finding_says_why(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "sv-orange-music.txt")
    s = window.summary
    absent = [f for f in s.red_flags if f.from_absence and not f.evidence]
    assert absent, "the Swedish sample has no contact: missing_contact comes from absence"
    ref = f"flag:{absent[0].id}"
    button = window.summary_view.buttons[ref][0]
    button.click()
    bar = window.evidence_bar
    assert bar.isVisible()
    assert bar.reason.text() == ui_tr("findings", absence_reason(ref))
    assert not bar.position.isVisible()
    assert window.reader.highlighted_text() == ""


def test_tooltip_lists_the_findings_of_a_sentence(qtbot, window) -> None:
    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    s = window.summary
    flag = next(f for f in s.red_flags if f.evidence)
    ev = flag.evidence[0]
    index = EvidenceIndex(s)
    mid = (ev.start + ev.end) // 2
    assert f"flag:{flag.id}" in index.refs_at(mid)
    window.reader.scroll_to(ev.start, ev.end)
    point = window.reader.point_for_offset(mid)
    refs = window.reader.refs_at_point(point)
    assert f"flag:{flag.id}" in refs
    labels = [window.reader.label_for(r) for r in refs]
    title = C.flag(flag.id).label  # the catalogue's (English: the window's language in the tests)
    assert window.tr("Red flag: {title}").format(title=title) in labels
    # the real tooltip event shows them
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    vp = window.reader.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, vp.mapToGlobal(point))
    QApplication.sendEvent(vp, event)
    assert QToolTip.isVisible()
    assert window.tr("Red flag: {title}").format(title=title) in QToolTip.text()
    QToolTip.hideText()
    # in the margin, outside any text, there is nothing to say
    assert window.reader.refs_at_point(QPoint(2, 2)) == []


def test_offsets_map_both_ways(qtbot, window) -> None:
    """Document offsets ↔ reader positions, including astral characters and list markers."""
    text = (
        "Privacy Policy\n\nWe collect your name 😀 and e-mail address.\n\n- We share 𝔡𝔞𝔱𝔞 with providers.\n"
        "- We keep data 2 years.\n\nContact: privacy@example.com. You may ask to delete your data.\n"
    ) * 3
    from policylens.core.loaders import load_text

    doc = load_text(text)
    reader = window.reader
    reader.set_document(doc)
    for b in reader.blocks:
        for off in range(b.start, b.end + 1):
            pos = reader.to_pos(off)
            assert reader.to_offset(pos) == off
        assert reader.text_between(b.start, b.end) == doc.text[b.start : b.end]
    word = doc.text.index("𝔡𝔞𝔱𝔞")
    assert reader.text_between(word, word + 4) == "𝔡𝔞𝔱𝔞"
    assert len(reader.block_positions) == len(reader.blocks)
    # list markers are drawn as bullets, not as text
    assert "- We share" not in reader.toPlainText()


def test_a_table_row_keeps_its_text_with_faint_bars_and_bold_labels(qtbot, window) -> None:
    """A pipe table ("| Purpose | Data |") is shown as rows whose bars are drawn faint, the column
    labels bold and the "|---|---|" row small; every offset still maps to its character."""
    from PySide6.QtGui import QFont, QTextCursor

    from policylens.core.loaders import load_text

    text = (
        "Privacy Policy\n\nWe collect your name and e-mail address 😀.\n\n"
        "| Purpose | Data | Legal basis |\n|---|---|---|\n| Newsletter 𝔡 | e-mail address | consent |\n\n"
        "We keep data 2 years.\n"
    )
    doc = load_text(text)
    reader = window.reader
    reader.set_document(doc)
    for b in reader.blocks:
        for off in range(b.start, b.end + 1):
            assert reader.to_offset(reader.to_pos(off)) == off
        assert reader.text_between(b.start, b.end) == doc.text[b.start : b.end]

    def char_format(offset: int):
        cur = QTextCursor(reader.document())
        cur.setPosition(reader.to_pos(offset) + 1)  # the format of the character before the cursor
        return cur.charFormat()

    bar = doc.text.index("| Newsletter")
    word = doc.text.index("Newsletter")
    label = doc.text.index("Purpose")
    plain = doc.text.index("We keep")
    assert char_format(bar).foreground().color() != char_format(word).foreground().color()
    assert char_format(label).fontWeight() > QFont.Weight.Normal.value >= char_format(word).fontWeight()
    assert char_format(plain).foreground().color() == char_format(word).foreground().color()


def test_list_items_without_a_written_marker_get_a_bullet() -> None:
    """A Word, OpenDocument or web-page list item has no "- " in its text: the reader draws a bullet
    for it; an item that numbers itself keeps its number and gets none."""
    from policylens.core.loaders import load_bytes
    from policylens.ui.reader import reader_blocks

    page = (
        b"<html><body><main><h1>Privacy</h1><p>We collect your e-mail address to send you receipts.</p>"
        b"<ul><li>You can ask for a copy of your data.</li><li>You can ask us to delete it.</li></ul>"
        b"<p>Steps:</p><ul><li>1. Write to us.</li><li>(b) Wait a month.</li></ul></main></body></html>"
    )
    doc = load_bytes(page, "p.html")
    shown = {doc.text[b.start : b.end]: bullet for b, bullet in zip(*reader_blocks(doc), strict=True)}
    assert shown["You can ask for a copy of your data."] is True
    assert shown["1. Write to us."] is False and shown["(b) Wait a month."] is False
