"""A file given on the command line is read and analysed by the analysis process while the window
is being built (ops.prestart); the window's first analysis of it takes that outcome — the same
summary as analysing it then —, and a file changed meanwhile is analysed afresh."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _plain(summary: object) -> str:
    return re.sub(r'"analysed_at":"[^"]*"', "", summary.to_json())  # type: ignore[attr-defined]


def test_prefetched_file_gives_the_same_summary(qtbot, window, tmp_path: Path) -> None:
    from policylens.core.loaders import load_path
    from policylens.pipeline import summarize
    from policylens.ui import ops

    if ops.MODE != "process":
        pytest.skip("analysis runs in a thread here (POLICYLENS_ANALYSIS=thread)")
    path = tmp_path / "policy.txt"
    shutil.copy(SAMPLES / "fr-creality.txt", path)
    ops.stop_analysis_process()
    ops.prestart(str(path))
    assert str(path.resolve()) in ops._prefetched
    window.open_path(path, wait=True)  # run_now: waits for the process' outcome
    assert str(path.resolve()) not in ops._prefetched
    assert window.summary is not None
    assert _plain(window.summary) == _plain(summarize(load_path(path)))

    # prefetched, then changed before the window asks: analysed afresh, not the old outcome
    ops.prestart(str(path))
    path.write_text((SAMPLES / "fr-genletter.txt").read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    window.open_path(path, wait=True)
    assert window.summary is not None
    assert _plain(window.summary) == _plain(summarize(load_path(path)))


def test_take_matches_path_and_stamp(tmp_path: Path) -> None:
    from policylens.ui import analysis_process as ap

    path = tmp_path / "p.txt"
    path.write_text("x", encoding="utf-8")
    full = ap.full_path(str(path))
    msgs = [("finished", ap.PREFETCH, "summary")]
    assert ap._take([(full, ap._stamp(full), msgs)], ap.Request(path=str(path))) == msgs
    assert ap._take([(full, ap._stamp(full), msgs)], ap.Request(path=str(path), lang="fr")) is None
    assert ap._take([(full, ap._stamp(full), msgs)], ap.Request(path=str(tmp_path / "q.txt"))) is None
    stale = [(full, (0, 0), msgs)]
    assert ap._take(stale, ap.Request(path=str(path))) is None
    assert stale == []  # used once either way


def test_process_started_before_qt_is_taken_by_prestart(qtbot, window, tmp_path: Path) -> None:
    """policylens-gui FILE starts the analysis process before importing Qt (start_early); the
    window's process is that one, and its prefetch gives the file's summary."""
    from policylens.core.loaders import load_path
    from policylens.pipeline import summarize
    from policylens.ui import analysis_process as ap
    from policylens.ui import ops

    if ops.MODE != "process":
        pytest.skip("analysis runs in a thread here (POLICYLENS_ANALYSIS=thread)")
    path = tmp_path / "policy.txt"
    shutil.copy(SAMPLES / "fr-creality.txt", path)
    ops.stop_analysis_process()
    ap.start_early(str(path))
    early = ap._early[0][1]
    ops.prestart(str(path))
    assert ap._early == []
    assert ops._process is not None and ops._process.proc is early
    window.open_path(path, wait=True)
    assert window.summary is not None
    assert _plain(window.summary) == _plain(summarize(load_path(path)))

    # started for another file than the one prestart is given: that process is stopped
    ops.stop_analysis_process()
    ap.start_early(str(SAMPLES / "fr-genletter.txt"))
    other = ap._early[0][1]
    ops.prestart(str(path))
    assert ap._early == [] and other.poll() is not None
    assert ops._process is not None and ops._process.proc is not other


def test_window_starts_without_the_summary_model_or_the_engine(tmp_path: Path) -> None:
    """The empty window is shown without importing the summary model or the analysis engine (regex,
    rules): they are imported when needed (the model in a thread a moment after the window is up:
    gui.preload). pydantic is no dependency any more (core/schema.py): never imported."""
    import subprocess
    import sys

    code = (
        "import sys, policylens.gui as g\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def first_turn():\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'regex', 'numpy', 'langdetect')"
        " or m.startswith(('policylens.core.models', 'policylens.core.rules', 'policylens.core.engine',"
        " 'policylens.core.recognizers', 'policylens.pipeline'))))\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(0, first_turn)\n"
        "g.main([])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    cmd = [sys.executable, "-c", code]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


def test_preload_imports_the_summary_model() -> None:
    import subprocess
    import sys

    code = (
        "import sys, policylens.gui as g; g.preload(); "
        "print('policylens.core.models' in sys.modules, 'pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.split() == ["True", "False"], done.stderr[-2000:]
