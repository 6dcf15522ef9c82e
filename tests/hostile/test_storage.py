"""Nothing lost, nothing left behind: the settings (QSettings) and the translation cache survive a
crash mid-write and garbage in their files; exports never overwrite silently and fail cleanly
(output is a folder, cannot be written, disk full); recent files and the translation cache can be
cleared from the menus, and then are gone from the disk."""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

from .helpers import GUI, POLICY_EN, run_cli

SETTINGS_WRITER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings
    s = QSettings("PolicyLens", "PolicyLens")
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
        s.setValue("recent/files", [f"/tmp/policy-{i}-{j}.txt" for j in range(10)])
        s.setValue("test/big", ("x" * 200_000) + f"END{i}")
        s.sync()
    """
)


def _config_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "PolicyLens" / "PolicyLens.conf"


def _start_app(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Start the app on a policy with the settings of ``env`` until its window is painted and saved."""
    policy = tmp_path / "policy.txt"
    policy.write_text(POLICY_EN, encoding="utf-8")
    shot = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-c", GUI, str(policy), "--screenshot", str(shot), "--size", "800x600"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, shot


def test_settings_survive_a_crash_mid_write(tmp_path: Path) -> None:
    """A process writing settings in a loop is killed at random moments: the file is always a
    whole version (QSettings writes a new file and renames it over the old one)."""
    env = _config_env(tmp_path)
    rng = random.Random(7)
    conf = _settings_file(tmp_path)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-c", SETTINGS_WRITER], env=env, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.2 + rng.random() * 0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        text = conf.read_text(encoding="utf-8")
        big = next(line for line in text.splitlines() if line.startswith("big="))
        assert big.startswith("big=" + "x" * 200_000 + "END"), big[-40:]
        assert text.count("/tmp/policy-") == 10
    # besides the lock, only the new file a killed writer had not yet renamed may be left (QSaveFile's
    # "PolicyLens.conf.cCMOTD": a process killed mid-write cannot remove it; the settings stay whole)
    leftovers = [p.name for p in conf.parent.iterdir() if p.name != conf.name]
    temp = re.compile(re.escape(conf.name) + r"\.\w{6}")
    assert all(name.endswith(".lock") or temp.fullmatch(name) for name in leftovers), leftovers
    assert len(leftovers) <= 5, leftovers  # the lock and at most one per kill


def test_a_killed_writers_half_written_copy_is_removed_at_start(tmp_path: Path) -> None:
    """What a writer killed mid-write leaves (QSaveFile's "PolicyLens.conf.cCMOTD") goes when the app
    starts, once it is an hour old; a fresh one (another window may be writing it) stays, and so do
    the settings themselves and files that are not such copies."""
    env = _config_env(tmp_path)
    conf = _settings_file(tmp_path)
    conf.parent.mkdir(parents=True)
    conf.write_text("[ui]\nlanguage=sv\n", encoding="utf-8")
    stale, fresh = conf.parent / (conf.name + ".aB3dEf"), conf.parent / (conf.name + ".Xy9ZzQ")
    other = conf.parent / (conf.name + ".backup")
    for path in (stale, fresh, other):
        path.write_text("[recent]\nfiles=/half", encoding="utf-8")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    _start_app(tmp_path, env)
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert "language=sv" in conf.read_text(encoding="utf-8")


def test_settings_are_replaced_not_rewritten_in_place(tmp_path: Path) -> None:
    env = _config_env(tmp_path)
    code = 'from PySide6.QtCore import QSettings; s = QSettings("PolicyLens", "PolicyLens"); ' \
           's.setValue("ui/language", "{}"); s.sync()'
    run = [sys.executable, "-c"]
    subprocess.run([*run, code.format("fr")], env=env, check=True, timeout=60)
    conf = _settings_file(tmp_path)
    inode = conf.stat().st_ino
    subprocess.run([*run, code.format("sv")], env=env, check=True, timeout=60)
    assert conf.stat().st_ino != inode  # a new file renamed into place: never half written
    assert "language=sv" in conf.read_text(encoding="utf-8")


GARBAGE_SETTINGS = {
    "binary": bytes(random.Random(3).randbytes(4096)),
    "wrong types": b"[recent]\nfiles=@Rect(1 2 3 4)\n[ui]\nlanguage=@Size(3 4)\nlast_dir=@Point(1 2)\n"
    b"[reader]\nzoom=@ByteArray(zz)\n[window]\ngeometry=@Rect(0 0 10 10)\nsplitter=abc\n"
    b"[translation]\nside_by_side=@Rect(1 1 1 1)\ntarget=@Point(1 1)\n",
    "truncated": b"[recent]\nfiles=/a.txt, /b",
    "huge line": b"[ui]\nlanguage=" + b"x" * 5_000_000 + b"\n",
}


@pytest.mark.parametrize("kind", sorted(GARBAGE_SETTINGS))
def test_app_starts_with_garbage_settings(kind: str, tmp_path: Path) -> None:
    env = _config_env(tmp_path)
    conf = _settings_file(tmp_path)
    conf.parent.mkdir(parents=True)
    conf.write_bytes(GARBAGE_SETTINGS[kind])
    proc, shot = _start_app(tmp_path, env)
    assert "Traceback" not in proc.stderr and shot.stat().st_size > 1000


@pytest.mark.gui
def test_window_with_garbage_typed_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The same wrong types in this process' settings: the window is made and works."""
    from PySide6.QtCore import QPoint, QRect, QSettings

    from policylens.ui.mainwindow import MainWindow
    from policylens.ui.settings import Settings

    s = QSettings("PolicyLens", "PolicyLens")
    s.clear()
    s.setValue("recent/files", QRect(1, 2, 3, 4))
    s.setValue("ui/last_dir", QPoint(1, 2))
    s.setValue("reader/zoom", "many")
    s.setValue("window/geometry", "not a geometry")
    s.sync()
    assert Settings().recent() == []
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_text(POLICY_EN, "p.txt", wait=True)
    assert w.summary is not None
    s.clear()


# ---------------------------------------------------------------------------------------------
# the translation cache


CACHE_WRITER = textwrap.dedent(
    """
    import sys
    from policylens.translate.cache import TranslationCache
    cache = TranslationCache(sys.argv[1])
    i = 0
    print("ready", flush=True)
    while True:
        cache.put_many("pkg", [(f"sentence {i}-{j}", "t" * 500) for j in range(100)])
        i += 1
    """
)


def test_translation_cache_survives_a_crash_mid_write(tmp_path: Path) -> None:
    from policylens.translate.cache import TranslationCache

    path = tmp_path / "translations.sqlite"
    rng = random.Random(11)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", CACHE_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.3 + rng.random() * 0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cache = TranslationCache(path)
        assert cache.count() % 100 == 0  # whole batches only
        assert not cache.rebuilt
        cache.close()


@pytest.mark.parametrize("garbage", [b"", b"SQLite format 3\x00" + bytes(3000), b"not a database" * 500],
                         ids=["empty", "header-only", "text"])
def test_damaged_default_cache_is_rebuilt(garbage: bytes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from policylens.translate.cache import TranslationCache, default_path

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = default_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(garbage)
    cache = TranslationCache()
    assert cache.get_many("pkg", ["a"]) == {}
    cache.put_many("pkg", [("a", "b")])
    assert cache.get_many("pkg", ["a"]) == {"a": "b"} and cache.enabled
    cache.close()


@pytest.mark.slow
def test_cli_translation_with_a_garbage_cache(argos_models: dict[str, Path], clean_packages: Path,
                                              tmp_path: Path) -> None:
    """Through the app: the cache file is garbage, the translation works and the cache is rebuilt."""
    from .helpers import POLICY_RU

    env = _config_env(tmp_path)
    cache = tmp_path / "cache" / "policylens" / "translations.sqlite"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(os.urandom(20_000))
    assert run_cli(["packs", "install", argos_models["ru_en"]], env=env).returncode == 0
    policy = tmp_path / "ru.txt"
    policy.write_text(POLICY_RU, encoding="utf-8")
    result = run_cli(["translate", policy, "--to", "en", "-q"], env=env, timeout=300)
    assert result.returncode == 0 and result.stdout.strip(), result.stderr[-2000:]
    with contextlib.closing(sqlite3.connect(cache)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0] > 0


# ---------------------------------------------------------------------------------------------
# exports


@pytest.fixture(scope="module")
def summary():  # type: ignore[no-untyped-def]
    return analyze(load_text(POLICY_EN, "policy.txt"))


def test_export_to_a_folder_is_refused(summary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from policylens.export import ExportError, export

    folder = tmp_path / "out.md"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    for force in (False, True):
        with pytest.raises(ExportError):
            export(summary, folder, force=force)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    policy = tmp_path / "policy.txt"
    policy.write_text(POLICY_EN, encoding="utf-8")
    result = run_cli(["export", policy, "-o", folder, "--force"])
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_export_cannot_write_leaves_nothing(summary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A read-only folder (simulated: root may write anywhere) gives a clear error, no file."""
    import tempfile

    from policylens.export import WriteFailed, export

    def denied(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(WriteFailed, match="Permission denied"):
        export(summary, tmp_path / "summary.html")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_into_a_read_only_folder(summary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from policylens.export import WriteFailed, export

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteFailed):
            export(summary, folder / "summary.md")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("fmt", ["pdf", "html", "md", "png"])
def test_disk_full_keeps_the_old_file_and_leaves_no_part(fmt: str, summary, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.export import WriteFailed, export

    target = tmp_path / f"summary.{fmt}"
    target.write_bytes(b"the previous export")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh) -> None:  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
            self.fh.close()

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.fh, name)

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: Full(real_fdopen(fd, mode, *a, **k)))
    with pytest.raises(WriteFailed, match="No space left"):
        export(summary, target, force=True)
    monkeypatch.undo()
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no .part file left


def test_export_never_overwrites_silently(summary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from policylens.export import OutputExists, export

    target = tmp_path / "summary.md"
    target.write_text("mine")
    with pytest.raises(OutputExists):
        export(summary, target)
    assert target.read_text() == "mine"


# ---------------------------------------------------------------------------------------------
# clearing what is stored


@pytest.mark.gui
def test_clear_recent_files_from_the_menu(window, qtbot, good_files: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    for fmt in ("txt", "md"):
        window.open_path(good_files[fmt])
        qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    window.save_settings()
    conf = Path(QSettings("PolicyLens", "PolicyLens").fileName())
    assert good_files["md"].name in conf.read_text(encoding="utf-8")
    window.recent_menu.aboutToShow.emit()
    clear = window.act_clear_recent
    assert clear in window.recent_menu.actions() and clear.isEnabled()
    assert clear.text().replace("&", "") == window.tr("&Clear Recent Files").replace("&", "")
    clear.trigger()
    window.settings.sync()
    assert window.settings.recent() == []
    window.recent_menu.aboutToShow.emit()
    assert [a for a in window.recent_menu.actions() if not a.isSeparator()] == [clear] and not clear.isEnabled()
    text = conf.read_text(encoding="utf-8")
    assert good_files["md"].name not in text and good_files["txt"].name not in text


@pytest.mark.gui
def test_clear_translation_cache_from_the_menu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from policylens.translate.cache import TranslationCache, default_path
    from policylens.ui import translation

    controller = translation.install(window)
    assert controller.act_clear_cache in window.menu("tools").actions()
    cache = TranslationCache()
    secret = "Our secret sentence about your health data"
    cache.put_many("pkg", [(secret, "Notre phrase secrète")] + [(f"s{i}", "t" * 200) for i in range(500)])
    cache.close()
    damaged = Path(f"{default_path()}.damaged")
    damaged.write_bytes(secret.encode())
    controller.act_clear_cache.trigger()
    assert TranslationCache().count() == 0
    assert secret.encode() not in default_path().read_bytes()  # not left in the file's free pages
    assert not damaged.exists()
