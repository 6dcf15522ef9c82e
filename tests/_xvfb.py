"""A private X server for tests that start the real GUI (QT_QPA_PLATFORM=xcb), and ways to see
what it shows: the top-level windows (xwininfo) and a screenshot (Qt grabbing the root window)."""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def xvfb(size: str = "1280x800") -> Iterator[str]:
    """Start ``Xvfb`` on a free display; yields the DISPLAY value."""
    exe = shutil.which("Xvfb")
    if not exe:
        pytest.skip("Xvfb is not installed (scripts/setup.sh --test installs it)")
    if not shutil.which("xwininfo"):
        pytest.skip("xwininfo is not installed (scripts/setup.sh --test installs x11-utils)")
    r, w = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(w), "-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(w,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(w)
    try:
        ready, _, _ = select.select([r], [], [], 30)
        number = os.read(r, 64).decode().strip() if ready else ""
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(r)
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def gui_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def windows(display: str) -> list[tuple[str, int, int]]:
    """(title, width, height) of the mapped top-level windows with a title."""
    out = subprocess.run(
        ["xwininfo", "-root", "-children", "-display", display],
        capture_output=True, text=True, check=False,
    ).stdout
    found = []
    for wid in re.findall(r"^\s+(0x[0-9a-f]+) ", out, re.MULTILINE):
        info = subprocess.run(
            ["xwininfo", "-id", wid, "-display", display], capture_output=True, text=True, check=False
        ).stdout
        title = re.search(r'xwininfo: Window id: 0x[0-9a-f]+ "(.*)"', info)
        if not title or "IsViewable" not in info:
            continue
        width = re.search(r"Width: (\d+)", info)
        height = re.search(r"Height: (\d+)", info)
        found.append((title.group(1), int(width.group(1)) if width else 0, int(height.group(1)) if height else 0))
    return found


def wait_for_window(
    display: str, proc: subprocess.Popen[bytes], title: str = "PolicyLens", timeout: float = 60
) -> tuple[str, int, int]:
    """Wait until ``proc`` shows a viewable window whose title contains ``title``."""
    deadline = time.monotonic() + timeout
    seen: list[tuple[str, int, int]] = []
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = stop(proc)
            raise AssertionError(f"the GUI exited with {proc.returncode} before showing a window:\n{out}")
        seen = windows(display)
        for w in seen:
            if title.lower() in w[0].lower():
                return w
        time.sleep(0.5)
    raise AssertionError(f"no window titled {title!r} after {timeout}s; windows: {seen}")


def screenshot(display: str, out: Path) -> Path:
    """Save the whole screen of ``display`` as a PNG (Qt grabs the root window)."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
        "sys.exit(0 if ok else 1)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(out)], env=gui_env(display), check=True, timeout=60)
    return out


def stop(proc: subprocess.Popen[bytes]) -> str:
    """End ``proc`` (if it still runs) and return what it printed."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    out = ""
    if proc.stdout:
        out = proc.stdout.read().decode(errors="replace")
        proc.stdout.close()
    return out
