"""``policylens-gui`` from the command line: --version, --screenshot, start-up imports."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES
from policylens import __version__

pytestmark = pytest.mark.gui

HEAVY = ("argostranslate", "ctranslate2", "torch", "stanza", "spacy")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "policylens", "--version"],
        check=False,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert out.returncode == 0
    assert __version__ in out.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("size", "extra"), [((900, 640), []), ((1200, 800), ["--dark", "--ui-lang", "fr"])])
def test_screenshot_mode_writes_a_png_of_the_requested_size(tmp_path, size, extra) -> None:
    out = tmp_path / "shot.png"
    cmd = [sys.executable, "-m", "policylens", str(SAMPLES / "sv-orange-music.txt"), "--screenshot", str(out)]
    cmd += ["--size", f"{size[0]}x{size[1]}", *extra]
    result = subprocess.run(cmd, check=False, capture_output=True, text=True, env=_env(), timeout=300)
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == size


@pytest.mark.slow
def test_screenshot_mode_leaves_the_users_settings_alone(tmp_path) -> None:
    """A screenshot neither adds to the recent files nor saves the window's size."""
    env = _env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    out = tmp_path / "shot.png"
    cmd = [sys.executable, "-m", "policylens", str(SAMPLES / "fr-creality.txt"), "--screenshot", str(out)]
    result = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    conf = tmp_path / "config" / "PolicyLens" / "PolicyLens.conf"
    text = conf.read_text(encoding="utf-8") if conf.exists() else ""
    assert "fr-creality" not in text and "geometry" not in text


def test_screenshot_of_a_broken_file_fails_cleanly(tmp_path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "policylens", str(bad), "--screenshot", str(out)],
        check=False,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    assert result.returncode == 3
    assert "bad.txt" in result.stderr
    assert not out.exists()


def test_bad_size_is_a_usage_error(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "policylens", "--screenshot", str(tmp_path / "x.png"), "--size", "huge"],
        check=False,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


def test_startup_imports_no_heavy_module() -> None:
    """The main window starts without the translation stack (loaded later, lazily)."""
    code = textwrap.dedent(
        f"""
        import sys
        import policylens.ui
        from PySide6.QtWidgets import QApplication
        from policylens.ui.mainwindow import MainWindow
        app = QApplication([])
        w = MainWindow()
        w.show()
        app.processEvents()
        heavy = sorted(n for n in sys.modules if n.split(".")[0] in {HEAVY!r})
        print("HEAVY:" + ",".join(heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=_env(), timeout=120
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEAVY:"))
    assert line == "HEAVY:", line


def test_startup_through_main_imports_no_heavy_module() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from policylens import gui
        from policylens.ui import mainwindow
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        def check():
            heavy = sorted(n for n in sys.modules if n.split(".")[0] in {HEAVY!r})
            print("HEAVY:" + ",".join(heavy), flush=True)
            QApplication.instance().quit()
        show = mainwindow.MainWindow.show
        def show_then_check(self):
            show(self)
            QTimer.singleShot(300, check)
        mainwindow.MainWindow.show = show_then_check
        sys.exit(gui.main([]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=_env(), timeout=120
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEAVY:"))
    assert line == "HEAVY:", line


@pytest.mark.slow
def test_screenshot_of_a_finding_the_policy_does_not_have_is_a_usage_error(tmp_path) -> None:
    """--finding names one of the policy's findings; another one would show a bar that explains a
    silence the policy does not have, so the command says which findings there are instead."""
    out = tmp_path / "shot.png"
    cmd = [sys.executable, "-m", "policylens", str(SAMPLES / "sv-orange-music.txt"), "--screenshot", str(out)]
    result = subprocess.run(
        [*cmd, "--finding", "flag:no_such_flag"], check=False, capture_output=True, text=True, env=_env(), timeout=300
    )
    assert result.returncode == 2
    assert "flag:no_such_flag is not a finding of sv-orange-music.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    ref = result.stderr.split("its findings: ")[1].split(", ")[0].strip()
    result = subprocess.run(
        [*cmd, "--finding", ref], check=False, capture_output=True, text=True, env=_env(), timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1400, 900)
