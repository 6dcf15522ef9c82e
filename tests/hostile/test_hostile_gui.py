"""The window with hostile files: an error dialog in the user's words, the policy shown before
kept, nothing hangs; and no file PolicyLens opens is ever modified (hash, size, mtime and mode,
through the window and the CLI, for every format)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policylens.core import errors, loaders
from policylens.ui.dialogs import error_text

from .helpers import POLICY_EN, Hostile, fingerprint, run_many

pytestmark = pytest.mark.gui
TIMEOUT_MS = 120_000


def _wait(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy, timeout=TIMEOUT_MS)


def _open_good(qtbot, window, path: Path):  # type: ignore[no-untyped-def]
    window.open_path(path)
    _wait(qtbot, window)
    assert window.last_error is None and window.summary is not None
    return window.summary, window.reader.toPlainText()


def test_every_hostile_file_gives_a_dialog_and_keeps_the_policy(
    qtbot, window, hostile: dict[str, Hostile], good_files: dict[str, Path]  # type: ignore[no-untyped-def]
) -> None:
    before, text = _open_good(qtbot, window, good_files["txt"])
    for name, h in hostile.items():
        window.last_error = None
        window.open_path(h.path)
        _wait(qtbot, window)
        assert isinstance(window.last_error, h.error), (name, window.last_error)
        box = window.error_box
        assert box is not None and box.isVisible(), name
        assert box.text() == error_text(window.last_error)
        for word in h.words:
            assert word in box.text(), (name, word, box.text())
        assert h.path.name in box.windowTitle()
        assert box.informativeText() == window.tr("The policy shown before is still open.")
        assert window.summary is before and window.reader.toPlainText() == text, name
        box.close()
    assert window.document is not None and window.document.name == good_files["txt"].name
    assert window.settings.recent() == [str(good_files["txt"].resolve())]  # no hostile file in the list


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_file_swapped_for_a_pipe_while_opening(qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               good_files: dict[str, Path]) -> None:
    before, _ = _open_good(qtbot, window, good_files["md"])
    p = tmp_path / "policy.txt"
    p.write_text(POLICY_EN, encoding="utf-8")
    real = loaders._open_checked

    def swap(path: Path) -> int:
        size = real(path)
        path.unlink()
        os.mkfifo(path)
        return size

    monkeypatch.setattr(loaders, "_open_checked", swap)
    window.analysis_mode = "thread"  # the patch is in this process
    window.open_path(p)
    _wait(qtbot, window)
    assert isinstance(window.last_error, errors.NotAFile)
    assert window.error_box is not None and window.error_box.isVisible()
    assert window.summary is before


def test_odd_names_open_in_the_window(qtbot, window, odd_names: dict[str, Path]) -> None:
    for key, path in odd_names.items():
        window.open_path(path)
        _wait(qtbot, window)
        assert window.last_error is None, (key, window.last_error)
        assert window.document is not None and window.document.name == path.name
    assert len(window.settings.recent()) == len(odd_names)


# ---------------------------------------------------------------------------------------------
# nothing PolicyLens opens is ever modified


def test_the_window_never_modifies_what_it_opens(qtbot, window, good_files: dict[str, Path]) -> None:
    before = {fmt: fingerprint(p) for fmt, p in good_files.items()}
    folder = next(iter(good_files.values())).parent
    listing = sorted(p.name for p in folder.iterdir())
    for path in good_files.values():
        window.open_path(path)
        _wait(qtbot, window)
        assert window.last_error is None, (path, window.last_error)
        window.find_bar_open()
        window.zoom(1)
    window.close()
    assert {fmt: fingerprint(p) for fmt, p in good_files.items()} == before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no lock, backup or cache file beside them


def test_the_cli_never_modifies_what_it_reads(good_files: dict[str, Path], tmp_path: Path) -> None:
    before = {fmt: fingerprint(p) for fmt, p in good_files.items()}
    files = list(good_files.values())
    runs: list[list[object]] = [["analyze", *files]]
    runs += [["export", good_files[fmt], "-o", tmp_path / f"{fmt}.md"] for fmt in ("pdf", "docx", "mhtml")]
    for result in run_many(runs, timeout=300):
        assert result.returncode == 0, result.stderr[-2000:]
    assert {fmt: fingerprint(p) for fmt, p in good_files.items()} == before


def test_hostile_files_are_not_modified_either(hostile: dict[str, Hostile]) -> None:
    """A refused file is left exactly as it was (hostile files are read by every test above)."""
    for name, h in hostile.items():
        if h.path.is_file() and not h.path.is_symlink():
            fp = fingerprint(h.path)
            with pytest.raises(errors.InputError):
                loaders.load_path(h.path)
            assert fingerprint(h.path) == fp, name
