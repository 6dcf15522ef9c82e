"""Card titles stay on one line beside their status at the window's minimum width, in every UI
language, whatever the status beside them (the real summary view, rendered offscreen)."""

from __future__ import annotations

import pytest

from fixtures import fresh_window
from gui.gui_helpers import SAMPLES, open_and_wait
from policylens.core import wording as W

pytestmark = pytest.mark.gui

UI_LANGS = ("en", "fr", "de", "es", "sv")


@pytest.fixture
def small_window(qtbot):
    from policylens.ui.mainwindow import MIN_HEIGHT, MIN_WIDTH

    yield from fresh_window(qtbot, MIN_WIDTH, MIN_HEIGHT)


def test_no_card_title_wraps_at_the_minimum_width(qtbot, small_window) -> None:
    from PySide6.QtCore import QCoreApplication

    from policylens import tr
    from policylens.ui.mainwindow import MIN_WIDTH

    window = small_window
    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    assert window.width() == MIN_WIDTH
    try:
        for lang in UI_LANGS:
            window.set_ui_language(lang)
            want = [QCoreApplication.translate("cards", W.CARD_TITLES[c.card_id]) for c in window.summary_view.cards]
            if lang != "en":  # the catalogue is really installed: no English title left
                assert all(t != W.CARD_TITLES[c.card_id] for t, c in zip(want, window.summary_view.cards, strict=True))
            qtbot.waitUntil(lambda want=want: [c.title.text() for c in window.summary_view.cards] == want)
            qtbot.wait(20)  # one layout pass at this width
            statuses = [QCoreApplication.translate("status", w) for w in W.STATUS_WORDS.values()]
            for card in window.summary_view.cards:
                title, chip = card.title, card.status
                assert title.isVisible(), (lang, title.text())
                fm = title.fontMetrics()
                # rendered on one line: the label is one line high for its width
                assert title.heightForWidth(title.width()) < 2 * fm.lineSpacing(), (lang, title.text())
                # and it would stay so beside the widest status word of this language
                word_fm = chip.word.fontMetrics()
                widest = max(word_fm.horizontalAdvance(s) for s in statuses)
                room = title.contentsRect().width() - (widest - word_fm.horizontalAdvance(chip.word.text()))
                needed = fm.horizontalAdvance(title.text())
                assert needed <= room, f"{lang}: {title.text()!r} needs {needed}px, {room}px beside the widest status"
    finally:
        window.set_ui_language("en")
        tr.install("en")


@pytest.mark.parametrize("lang", UI_LANGS)
def test_quotation_marks_by_language(lang: str) -> None:
    from policylens.tr import quoted

    want = {"en": "“x”", "fr": "«\u00a0x\u00a0»", "de": "„x“", "es": "«x»", "sv": "”x”"}[lang]
    assert quoted("x", lang) == want
    assert quoted("x", None) == quoted("x", "pt") == "“x”"
