"""The window keeps responding while a large policy is analysed."""

from __future__ import annotations

import time

import pytest
from gui_helpers import ANALYSIS_TIMEOUT_MS, SAMPLES

pytestmark = [pytest.mark.gui, pytest.mark.slow]

MAX_GAP_MS = 250  # generous: the benchmarks measure precisely


def test_no_freeze_while_analysing_2_mb(qtbot, window) -> None:
    from PySide6.QtCore import QTimer

    base = (SAMPLES / "fr-creality.txt").read_text(encoding="utf-8")
    text = (base + "\n\n") * (2_000_000 // len(base) + 1)
    assert len(text) >= 2_000_000
    window.open_path(SAMPLES / "fr-genletter.txt")
    qtbot.waitUntil(lambda: not window.busy, timeout=ANALYSIS_TIMEOUT_MS)
    previous = window.summary

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    last[0] = time.perf_counter()
    window.open_text(text, "big.txt")
    # the window answers at once: it is busy, shows progress, and the old summary is still there
    assert window.busy and window.progress.isVisible()
    assert window.summary is previous
    qtbot.waitUntil(lambda: not window.busy, timeout=10 * ANALYSIS_TIMEOUT_MS)
    qtbot.wait(300)  # the reader's layout continues in the background: keep measuring
    timer.stop()
    assert window.error_box is None, window.last_error
    assert window.document is not None and window.document.name == "big.txt"
    assert len(gaps) > 50
    worst = max(gaps) * 1000
    assert worst < MAX_GAP_MS, f"the event loop stalled for {worst:.0f} ms"
