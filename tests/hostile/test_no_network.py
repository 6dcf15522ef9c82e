"""No network, ever, unless the user asks for the package index or a package.

A guard patches ``socket`` (connect, connect_ex, sendto, create_connection, getaddrinfo,
gethostbyname) so that every attempt fails and is recorded: in this process as a fixture, in child
processes through a ``sitecustomize.py`` on ``PYTHONPATH`` that writes attempts to a log (and, where
``strace`` is available, the GUI's system calls are checked too: Qt's own code does not go through
Python's ``socket``). Under it: analysis of every format, every export, the GUI's screenshot mode,
the window with a page full of remote resources, and offline translation with a tiny real
``.argosmodel``. Then what the reader does with remote resources (nothing: it holds plain text, and
``loadResource`` is never called) and with links (opened only on a click, after a dialog that shows
the address, in the system browser)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_path, load_text

from .helpers import (
    GUI,
    POLICY_EN,
    POLICY_RU,
    attempts,
    guarded_env,
    network_guard,
    run_cli,
    run_many,
    run_traced,
)

REMOTE_PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8"><title>Privacy policy</title>
<link rel="stylesheet" href="http://tracker.example/style.css">
<link rel="preload" href="https://fonts.example/font.woff2" as="font">
<link rel="dns-prefetch" href="//prefetch.example">
<style>@import url("http://tracker.example/import.css"); body { background: url(http://tracker.example/bg.png) }
.stylesheet_marker { color: red }</style>
<script src="http://tracker.example/analytics.js"></script>
<script>fetch("http://tracker.example/beacon?script_marker=1"); document.write("<img src=//x.example/p.gif>")</script>
<meta http-equiv="refresh" content="0; url=http://redirect.example/">
<base href="http://base.example/">
</head><body>
<img src="http://tracker.example/pixel.gif" alt="" width="1" height="1">
<img srcset="http://tracker.example/a.png 1x, http://tracker.example/b.png 2x" alt="">
<iframe src="http://frame.example/ad.html"></iframe>
<object data="http://tracker.example/movie.swf"></object>
<video src="http://tracker.example/v.mp4" poster="http://tracker.example/poster.jpg"></video>
<main>
<h1>Privacy policy</h1>
<p>We collect your name, your email address and your phone number when you create an account.</p>
<p>We keep your data for 2 years after you close your account, then we delete it.</p>
<p>You have the right to access, correct and delete your personal data. Our cookie page is at
https://www.example.com/cookies and you can write to privacy@example.com.</p>
<p style="background-image: url('http://tracker.example/inline.png')">We do not sell your personal data.</p>
<svg><image href="http://tracker.example/svg.png"/></svg>
</main>
<noscript><img src="http://tracker.example/noscript.gif"></noscript>
</body></html>
"""


@pytest.fixture
def guard():  # type: ignore[no-untyped-def]
    with network_guard() as g:
        yield g


def test_the_guard_catches_what_it_must(guard) -> None:  # type: ignore[no-untyped-def]
    """The guard works (else the tests below would prove nothing)."""
    import socket
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.com/", timeout=1)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        assert s.connect_ex(("10.0.0.1", 80)) != 0
    assert len(guard.attempts) == 3
    guard.attempts.clear()


def test_analysis_and_every_export_offline(guard, good_files: dict[str, Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from policylens.export import export

    summaries = {fmt: analyze(load_path(path)) for fmt, path in good_files.items()}
    for fmt, summary in summaries.items():
        export(summary, tmp_path / f"{fmt}.html")
    summary = summaries["pdf"]
    for out_fmt in ("pdf", "png", "md"):
        export(summary, tmp_path / f"summary.{out_fmt}")
    for out_fmt in ("pdf", "html", "md"):
        export(summary, tmp_path / f"full.{out_fmt}", full=True)
    page = tmp_path / "remote.html"
    page.write_text(REMOTE_PAGE, encoding="utf-8")
    doc = load_path(page)
    assert "script_marker" not in doc.text and "stylesheet_marker" not in doc.text
    export(analyze(doc), tmp_path / "remote-summary.html")
    assert guard.attempts == []
    # the exported HTML loads nothing either: no remote URL in any src/href/url()
    html = (tmp_path / "remote-summary.html").read_text(encoding="utf-8")
    for marker in ("src=\"http", "src='http", "url(http", "url('http", "<link ", "<script", "<iframe", "@import"):
        assert marker not in html, marker


def test_cli_offline(tmp_path: Path, good_files: dict[str, Path]) -> None:
    """The CLI, every format analysed and exported, under the guard in the child process."""
    env, log = guarded_env(tmp_path)
    files = list(good_files.values())
    runs = [["analyze", "--json", *files]]
    runs += [["export", good_files["html"], "-o", tmp_path / f"summary.{fmt}"] for fmt in ("pdf", "png", "html", "md")]
    runs += [["export", "--full", good_files["docx"], "-o", tmp_path / "full.pdf"]]
    for result in run_many(runs, env=env, timeout=300):
        assert result.returncode == 0, result.stderr[-2000:]
    assert len((tmp_path / "summary.png").read_bytes()) > 1000
    assert attempts(log) == []


@pytest.mark.slow
def test_gui_screenshot_mode_offline(tmp_path: Path, good_files: dict[str, Path]) -> None:
    """``policylens-gui FILE --screenshot OUT.png`` with a page full of remote resources: no
    connection from Python (guard) nor from native code (strace, when available); QtNetwork is never
    even loaded."""
    env, log = guarded_env(tmp_path)
    page = tmp_path / "remote.html"
    page.write_text(REMOTE_PAGE, encoding="utf-8")
    out = tmp_path / "shot.png"
    report = "rc = main(); print('QTNETWORK', 'PySide6.QtNetwork' in sys.modules); sys.exit(rc)"
    code = GUI.replace("sys.exit(main())", report)
    argv = [sys.executable, "-c", code, str(page), "--screenshot", str(out), "--size", "900x600"]
    proc, native = run_traced(argv, env, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "QTNETWORK False" in proc.stdout
    assert native is None or native == [], native
    assert out.is_file() and out.stat().st_size > 1000
    assert attempts(log) == []


# ---------------------------------------------------------------------------------------------
# the window: remote resources are never loaded, links open only on request


@pytest.fixture
def recorded_resources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every ``loadResource`` call of the reader (set before the window is made)."""
    from policylens.ui.reader import Reader

    calls: list[str] = []

    def record(self, kind, url):  # type: ignore[no-untyped-def]
        calls.append(url.toString())

    monkeypatch.setattr(Reader, "loadResource", record, raising=False)
    return calls


def test_recording_loadresource_works(recorded_resources: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    """Positive control: rich text with an image would make the reader ask for it."""
    from policylens.ui.reader import Reader

    r = Reader()
    qtbot.addWidget(r)
    r.setHtml('<p>x<img src="http://tracker.example/pixel.gif"></p>')
    r.show()
    qtbot.waitExposed(r)
    assert "http://tracker.example/pixel.gif" in recorded_resources


@pytest.mark.gui
@pytest.mark.parametrize("kind", ["html", "mhtml"])
def test_window_with_remote_resources_loads_none(kind, recorded_resources, window, qtbot, tmp_path, guard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    import fixtures as fx

    page = tmp_path / f"remote.{kind}"
    if kind == "html":
        page.write_text(REMOTE_PAGE, encoding="utf-8")
    else:
        fx.make_mhtml(REMOTE_PAGE, page, charset="utf-8")
    window.analysis_mode = "thread"  # in this process, under the guard
    window.open_path(page)
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    assert window.last_error is None and window.document is not None
    text = window.reader.toPlainText()
    assert "right to access" in text
    for marker in ("script_marker", "stylesheet_marker", "document.write", "@import", "tracker.example"):
        assert marker not in text, marker
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    window.reader.viewport().repaint()
    QApplication.processEvents()  # whatever the painting queued
    assert recorded_resources == []
    images = 0
    block = window.reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                images += 1
            it += 1
        block = block.next()
    assert images == 0
    assert guard.attempts == []


@dataclass
class _BT:
    block: Any
    original: str
    translation: str


@dataclass
class _Result:
    rows: list[_BT]
    from_code: str = "ru"
    to_code: str = "en"

    def blocks(self) -> list[_BT]:
        return self.rows


@pytest.mark.gui
def test_translation_view_shows_markup_as_text(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The translation panel (a QTextBrowser fed HTML) escapes the policy's text: markup in a
    policy or a translation stays text, nothing is requested."""
    from PySide6.QtWidgets import QTextBrowser

    from policylens.core.document import Block
    from policylens.ui import translation

    calls: list[str] = []

    class Recording(QTextBrowser):
        def loadResource(self, kind, url):  # type: ignore[no-untyped-def]
            calls.append(url.toString())

    monkeypatch.setattr(translation, "QTextBrowser", Recording)
    view = translation.TranslationView()
    qtbot.addWidget(view)
    hostile = '<img src="http://tracker.example/t.gif"><link rel=stylesheet href="http://t.example/s.css">'
    rows = [_BT(Block("heading", 0, 5, 1), "Title " + hostile, "Titre " + hostile),
            _BT(Block("paragraph", 6, 9, 0), "<script>alert(1)</script>", "<iframe src='http://f.example'>")]
    for side in (True, False):
        view.side.setChecked(side)
        view.show_translation(_Result(rows))
        view.show()
        qtbot.waitExposed(view)
        shown = view.browser.toPlainText()
        assert "Titre <img src=" in shown and "<iframe src=" in shown
        assert ("<script>" in shown) is side  # the original, beside its translation
    assert calls == []


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would have been opened in the system browser."""
    from policylens.ui import reader

    urls: list[str] = []

    class Desktop:
        @staticmethod
        def openUrl(url) -> bool:  # type: ignore[no-untyped-def]
            urls.append(url.toString())
            return True

    monkeypatch.setattr(reader, "QDesktopServices", Desktop)
    return urls


def _click(qtbot, reader, offset: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.point_for_offset(offset))


LINKS = (
    "Privacy policy\n\nOur cookie page is https://www.example.com/cookies (read it). "
    "Opt out at www.exаmple.org/optout, where the second letter a is Cyrillic. "
    "Not links: javascript:alert(1), file:///etc/passwd, data:text/html,<b>x</b>, ftp://files.example/x.\n\n"
    + POLICY_EN
)


@pytest.mark.gui
def test_links_open_only_after_confirmation(qtbot, opened: list[str], guard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from policylens.ui.reader import Reader

    r = Reader()
    qtbot.addWidget(r)
    r.resize(900, 600)
    r.show()
    qtbot.waitExposed(r)
    doc = load_text(LINKS)
    r.set_document(doc)
    assert [a for _, _, a in r.links()] == ["https://www.example.com/cookies", "www.exаmple.org/optout"]
    start = doc.text.index("https://www.example.com/cookies")
    # hovering shows a hand, nothing opens
    qtbot.mouseMove(r.viewport(), r.point_for_offset(start + 5))
    assert opened == [] and r.link_box is None
    # a click asks first, showing the address; Cancel opens nothing
    _click(qtbot, r, start + 5)
    box = r.link_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "https://www.example.com/cookies" in box.text()
    assert opened == []
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == []
    # confirmed: opened in the system browser, exactly that address
    _click(qtbot, r, start + 5)
    box = r.link_box
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    assert opened == ["https://www.example.com/cookies"]
    # a look-alike host is shown in its ASCII (punycode) form before anything opens
    _click(qtbot, r, doc.text.index("www.exаmple.org") + 6)
    assert r.link_box is not None and "xn--" in r.link_box.text() and "exаmple" not in r.link_box.text()
    r.link_box.button(QMessageBox.StandardButton.Cancel).click()
    # other schemes are plain text: a click there opens nothing and asks nothing
    before = r.link_box
    for word in ("javascript:alert", "file:///etc", "data:text", "ftp://files"):
        _click(qtbot, r, doc.text.index(word) + 3)
        assert r.link_box is before
    assert opened == ["https://www.example.com/cookies"]
    assert guard.attempts == []


@pytest.mark.gui
def test_selecting_across_a_link_does_not_open_it(qtbot, opened: list[str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from policylens.ui.reader import Reader

    r = Reader()
    qtbot.addWidget(r)
    r.resize(900, 600)
    r.show()
    qtbot.waitExposed(r)
    doc = load_text(LINKS)
    r.set_document(doc)
    start = doc.text.index("https://www.example.com/cookies")
    a, b = r.point_for_offset(start + 2), r.point_for_offset(start + 25)
    qtbot.mousePress(r.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(r.viewport(), b)
    qtbot.mouseRelease(r.viewport(), Qt.MouseButton.LeftButton, pos=b)
    assert r.link_box is None and opened == []


# ---------------------------------------------------------------------------------------------
# translation, with a tiny real package


@pytest.mark.slow
def test_translation_offline(guard, argos_models: dict[str, Path], clean_packages: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from policylens.translate import packages
    from policylens.translate.cache import TranslationCache
    from policylens.translate.document import translate_document
    from policylens.translate.engine import Engine

    packages.install_archive(argos_models["ru_en"])  # from a local file: no network
    packages.install_archive(argos_models["en_fr"])
    doc = load_text(POLICY_RU, name="ru.txt")
    engine = Engine(cache=TranslationCache(tmp_path / "cache.sqlite"))
    result = translate_document(doc, "en", "ru", engine=engine)
    assert len(list(result.blocks())) >= 4
    pivot = translate_document(doc, "fr", "ru", engine=engine)  # through English
    assert pivot.to_code == "fr"
    assert guard.attempts == []


@pytest.mark.slow
def test_translation_cli_offline(argos_models: dict[str, Path], clean_packages: Path, tmp_path: Path) -> None:
    env, log = guarded_env(tmp_path)
    r = run_cli(["packs", "install", argos_models["ru_en"]], env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    policy = tmp_path / "ru.txt"
    policy.write_text(POLICY_RU, encoding="utf-8")
    r = run_cli(["translate", policy, "--to", "en", "-q"], env=env, timeout=300)
    assert r.returncode == 0 and r.stdout.strip(), r.stderr[-2000:]
    # analysed through English (random weights translate into nonsense: "not a policy" is fine)
    r = run_cli(["analyze", "--json", policy], env=env, timeout=300)
    assert r.returncode in (0, 3) and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert attempts(log) == []


def test_only_an_explicit_request_reaches_the_network(guard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fetching the package index (the user's explicit request) is the one thing that tries: it
    goes through the guard and fails cleanly as "unreachable"."""
    from argostranslate import settings

    from policylens.translate import errors, packages

    monkeypatch.setattr(settings, "local_package_index", tmp_path / "index.json")
    monkeypatch.setattr(settings, "remote_package_index", "https://index.example/index.json")
    with pytest.raises(errors.IndexUnreachable):
        packages.fetch_index(timeout=2)
    assert guard.attempts and all("index.example" in a for a in guard.attempts)
