"""Anything that goes wrong ends in a clear dialog; the window and the previous policy stay."""

from __future__ import annotations

import sys

import pytest

from gui.gui_helpers import SAMPLES, drop_file, open_and_wait, wait_idle
from policylens.core import errors
from policylens.ui.dialogs import error_text

pytestmark = pytest.mark.gui


def _open_first(qtbot, window):
    open_and_wait(qtbot, window, SAMPLES / "fr-genletter.txt")
    return window.summary, window.reader.toPlainText()


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("binary.txt", bytes(range(256)) * 64, (errors.BinaryFile, errors.UnsupportedFormat, errors.InputError)),
        ("empty.txt", b"   \n\n ", (errors.EmptyDocument,)),
        ("recipe.txt", b"Mix the flour with two eggs and bake for twenty minutes.\n" * 20, (errors.NotAPolicy,)),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200), (errors.InputError,)),
    ],
)
def test_broken_file_shows_error_and_keeps_previous(qtbot, window, tmp_path, name, content, error) -> None:
    before, text = _open_first(qtbot, window)
    path = tmp_path / name
    path.write_bytes(content)
    drop_file(window, path)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    box = window.error_box
    assert isinstance(window.last_error, error), window.last_error
    assert box.text() == error_text(window.last_error)
    assert name in box.windowTitle()
    assert box.informativeText() == window.tr("The policy shown before is still open.")
    # the previous document is still shown
    assert window.summary is before
    assert window.reader.toPlainText() == text
    assert window.document.name == "fr-genletter.txt"
    box.close()


def test_missing_file(qtbot, window, tmp_path) -> None:
    window.open_path(tmp_path / "nowhere.pdf")
    wait_idle(qtbot, window)
    assert isinstance(window.last_error, errors.FileMissing)
    assert window.error_box is not None and window.error_box.isVisible()
    assert str(tmp_path / "nowhere.pdf") in window.error_box.text()
    assert window.summary is None
    assert window.stack.currentWidget() is window.welcome


def test_error_message_is_translated(qtbot, window, tmp_path) -> None:
    """The error's message template goes through the "errors" catalogue before it is filled."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Fake(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "errors" and source == errors.FileMissing.message:
                return "Le fichier n'existe pas : {path}"
            return ""

    fake = Fake()
    QCoreApplication.installTranslator(fake)
    try:
        window.open_path(tmp_path / "absent.txt")
        wait_idle(qtbot, window)
        assert window.error_box.text() == f"Le fichier n'existe pas : {tmp_path / 'absent.txt'}"
    finally:
        QCoreApplication.removeTranslator(fake)


def test_unexpected_exception_in_analysis_is_a_dialog(qtbot, window, monkeypatch) -> None:
    import policylens.core.analyze as analyze_module

    def boom(*args, **kwargs):
        raise ZeroDivisionError("rule went wrong")

    import policylens.pipeline as pipeline_module

    monkeypatch.setattr(analyze_module, "analyze", boom)
    monkeypatch.setattr(pipeline_module, "analyze", boom)  # the pipeline holds its own reference
    window.analysis_mode = "thread"  # (the analysis process would not see the monkeypatch)
    window.open_path(SAMPLES / "fr-genletter.txt")
    wait_idle(qtbot, window)
    box = window.error_box
    assert box is not None and box.isVisible()
    assert "ZeroDivisionError" in box.text()
    assert "rule went wrong" in box.detailedText()


def test_excepthook_shows_a_dialog(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from policylens.ui import dialogs

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    dialogs.install_excepthook(lambda: window)
    try:
        raise RuntimeError("a slot failed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert "a slot failed" in boxes[0].detailedText()
    # a second failure while the first dialog is open does not stack dialogs
    try:
        raise RuntimeError("again")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len([w for w in window.findChildren(QMessageBox) if w.isVisible()]) == 1
    boxes[0].close()
    qtbot.waitUntil(lambda: not dialogs._hook["busy"])


def test_errors_cross_the_process_boundary() -> None:
    """PolicyLens errors come back from the analysis process with their template and arguments
    (so they are translated); other exceptions as a RemoteError naming the type."""
    import pickle

    from policylens.ui.analysis_process import ErrorInfo, RemoteError

    try:
        raise errors.FileMissing(path="/nowhere.txt")
    except errors.FileMissing as exc:
        info = pickle.loads(pickle.dumps(ErrorInfo.of(exc)))
    back = info.rebuild()
    assert type(back) is errors.FileMissing
    assert back.args_ == {"path": "/nowhere.txt"}
    assert back.render() == "The file does not exist: /nowhere.txt"
    try:
        raise KeyError("boom")
    except KeyError as exc:
        info = pickle.loads(pickle.dumps(ErrorInfo.of(exc)))
    back = info.rebuild()
    assert isinstance(back, RemoteError)
    assert "KeyError" in str(back) and "boom" in str(back)
    assert "Traceback" in info.details


def test_analysis_process_that_dies_is_an_error_then_restarts(qtbot, window) -> None:
    from policylens.ui import ops

    if ops.MODE != "process":
        pytest.skip("analysis runs in a thread here (POLICYLENS_ANALYSIS=thread)")

    base = (SAMPLES / "fr-creality.txt").read_text(encoding="utf-8")
    window.open_text(base * 40, "long.txt")
    proc = ops.analysis_process()
    qtbot.waitUntil(lambda: window._pending is not None and window._pending.builder is not None, timeout=60_000)
    proc.proc.kill()
    wait_idle(qtbot, window)
    assert window.error_box is not None and window.error_box.isVisible()
    assert "analysis process" in window.error_box.text()
    window.error_box.close()
    # the next policy starts a new process
    window.open_path(SAMPLES / "fr-genletter.txt")
    wait_idle(qtbot, window)
    assert window.document is not None and window.document.name == "fr-genletter.txt"
    assert ops.analysis_process() is not proc
