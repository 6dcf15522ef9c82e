"""``policylens-gui`` (and ``python -m policylens``): the desktop window.

    policylens-gui [FILE]
    policylens-gui FILE --screenshot OUT.png [--size WxH] [--dark] [--ui-lang CODE]
    policylens-gui --version

``--screenshot`` analyses FILE synchronously, renders the window to a PNG of the given size and
exits; it works with ``QT_QPA_PLATFORM=offscreen``. Qt's own options (``-platform``, ``-style``)
are passed on to Qt.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from policylens import APP_ID, APP_NAME, __version__

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1400x900, not {text!r}")
    return int(m.group(1)), int(m.group(2))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policylens-gui",
        description="Read a privacy policy in a minute: offline, any language, any saved file.",
    )
    p.add_argument(
        "file", nargs="?", help="a saved policy to open (txt, md, html, mhtml, webarchive, pdf, docx, odt, rtf)"
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window with FILE analysed to a PNG and exit")
    p.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH", help="window size (default 1400x900)")
    p.add_argument("--dark", action="store_true", help="use a dark palette")
    p.add_argument("--ui-lang", metavar="CODE", help="user-interface language (en, fr, sv, de, es)")
    p.add_argument(
        "--finding",
        metavar="REF",
        help="with --screenshot: show the evidence of a finding, e.g. flag:targeted_advertising",
    )
    p.add_argument(
        "--compare",
        metavar="NEW",
        help="compare FILE with another version NEW (File > Compare With…); with --screenshot, picture the comparison",
    )
    p.add_argument(
        "--grade-reasons",
        action="store_true",
        help="with --screenshot: picture the grade's reasons (View › Why This Grade) instead of the window",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--analysis-process"]:  # the window's analysis process (frozen builds)
        from policylens.ui.analysis_process import main as serve

        serve(args_in[1:])
        return EXIT_OK
    args, qt_args = parser().parse_known_args(args_in)
    unknown = [a for a in qt_args if a.startswith("--")]
    if unknown:
        parser().error(f"unrecognized arguments: {' '.join(unknown)}")

    # a file given here: the analysis process starts first, before Qt is imported, and reads and
    # analyses it while the window is being built (without one, it starts with the first policy
    # opened, as it did)
    if args.file:
        from policylens.ui import analysis_process

        analysis_process.start_early(args.file)
    import policylens.ui  # noqa: F401  (first: see policylens/ui/__init__.py)
    from policylens.ui import ops

    if args.file:
        ops.prestart(args.file)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from policylens import tr
    from policylens.ui import theme
    from policylens.ui.mainwindow import MainWindow, app_icon

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontCreateNativeWidgetSiblings)
        app = QApplication([sys.argv[0] if sys.argv else "policylens-gui", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(theme.dark_palette())

    from policylens.ui.settings import Settings

    settings = Settings()
    settings.remove_stale_temp_files()
    lang = args.ui_lang if args.ui_lang in tr.UI_LANGUAGES else settings.language()
    tr.install(lang)

    window = MainWindow()
    install_optional(window)
    import gc

    gc.freeze()  # what start-up made lives on: later collections need not walk it (shorter pauses)
    if args.screenshot:
        return screenshot(
            window, args.file, args.screenshot, args.size, args.finding, args.compare, args.grade_reasons
        )

    from policylens.ui.dialogs import install_excepthook

    install_excepthook(lambda: window)
    window.show()
    if args.file:
        window.open_path(args.file)
        if args.compare:
            new = args.compare
            window.summary_changed.connect(lambda: window.compare_window is None and window.compare_with(new))
    from PySide6.QtCore import QTimer

    if args.file:  # its summary is on the way: the window has nothing else to do meanwhile
        QTimer.singleShot(0, preload)
    else:  # once the window is up, before a policy is opened, without holding the window up
        import threading

        QTimer.singleShot(250, threading.Thread(target=preload, name="preload", daemon=True).start)
    code = app.exec()
    return int(code)


def preload() -> None:
    """Import what showing a summary needs and the window's start leaves out — the summary model
    and its taxonomy — while the window waits for the analysis process, not after."""
    import policylens.core.models  # noqa: F401


OPTIONAL_PARTS = (("policylens.ui.translation", "install"),)


def install_optional(window: object) -> None:
    """Add the optional parts that are present (translation) to the window; one that fails to
    load is reported on stderr and left out, never stopping the app."""
    import importlib

    for module_name, function in OPTIONAL_PARTS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            print(f"policylens-gui: {module_name} is not available: {exc}", file=sys.stderr)
            continue
        except Exception as exc:
            print(f"policylens-gui: {module_name} is not available: {exc}", file=sys.stderr)
            continue
        try:
            getattr(module, function)(window)
        except Exception as exc:
            print(f"policylens-gui: {module_name}.{function} failed: {exc}", file=sys.stderr)


def screenshot(
    window: object,
    path: str | None,
    out: str,
    size: tuple[int, int],
    finding: str | None = None,
    compare: str | None = None,
    grade_reasons: bool = False,
) -> int:
    """Analyse ``path`` synchronously, render ``window`` at ``size`` to ``out`` (PNG)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QApplication

    from policylens.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    w, h = size
    window.quiet = True
    window.setMinimumSize(1, 1)
    window.resize(w, h)
    window.show()
    QApplication.processEvents()
    if path:
        preload()
        window.open_path(path, wait=True)
        if window.last_error is not None:
            from policylens.ui.dialogs import error_text

            print(f"policylens-gui: {path}: {error_text(window.last_error)}", file=sys.stderr)
            return EXIT_INPUT
    window.reader.clearFocus()  # no text caret in the picture
    window.setFocus()
    for _ in range(5):
        QApplication.processEvents()
    window.resize(w, h)
    QApplication.processEvents()
    if finding and window.summary is not None:
        from policylens.ui.findings import all_refs

        refs = all_refs(window.summary)
        if finding not in refs:  # the bar would explain a silence the policy does not have
            print(
                f"policylens-gui: {finding} is not a finding of {Path(path or '').name}; "
                f"its findings: {', '.join(refs) or 'none'}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        window.show_finding(finding)
        for _ in range(3):
            QApplication.processEvents()
    target = window
    if compare and window.summary is not None:
        view = window.compare_with(compare, wait=True)
        error = getattr(view, "last_error", None) if view is not None else None
        if view is None or error is not None:
            from policylens.ui.dialogs import error_text

            print(f"policylens-gui: {compare}: {error_text(error) if error else 'cannot compare'}", file=sys.stderr)
            return EXIT_INPUT
        view.resize(w, h)
        for _ in range(5):
            QApplication.processEvents()
        target = view
    image = target.grab().toImage()
    if grade_reasons and window.summary is not None:
        window.show_grade_reasons()
        dialog = window._grade_dialog
        assert dialog is not None
        for _ in range(5):
            QApplication.processEvents()
        image = dialog.grab().toImage()
        w, h = image.width(), image.height()
    if image.size() != QSize(w, h):
        image = image.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    ok = image.save(out, "PNG")
    window.close()
    if not ok:
        print(f"policylens-gui: cannot write {out}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
