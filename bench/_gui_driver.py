"""Child process for the GUI benchmarks (not a benchmark itself): starts a window, measures, and
prints one JSON line on stdout. Run by bench_startup.py, bench_responsiveness.py and
bench_memory.py with ``QT_QPA_PLATFORM=offscreen``.

    _gui_driver.py startup bare              an empty QMainWindow, nothing else
    _gui_driver.py startup gui [FILE]         policylens.gui.main([FILE]) as the user starts it
    _gui_driver.py stall HOW FILE [options]   event-loop lateness while FILE is analysed
    _gui_driver.py translate FILE PKGDIR      event-loop lateness while FILE is translated

Times are seconds since ``PLBENCH_T0`` (the parent's ``time.time()`` just before it launched us).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

T0 = float(os.environ.get("PLBENCH_T0", time.time()))
HEAVY_MODULES = ("argostranslate", "ctranslate2", "torch", "stanza", "spacy")
marks: dict[str, float] = {"python_started": time.time() - T0}


def mark(name: str) -> None:
    marks.setdefault(name, time.time() - T0)


def heavy_loaded() -> list[str]:
    return sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in HEAVY_MODULES})


def peak_rss_mb() -> float:
    """Peak RSS of this process in MB (10^6 bytes). VmHWM where there is /proc: ru_maxrss also counts
    the parent's pages at fork/exec (KiB on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def rss_mb() -> float:
    """Current RSS (from /proc, so that measuring imports nothing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return float("nan")


def emit(data: dict[str, Any]) -> None:
    sys.stdout.write("PLBENCH " + json.dumps(data, default=str) + "\n")
    sys.stdout.flush()


# ------------------------------------------------------------------------------------ startup


def _watch(window: Any, app: Any, file: str | None) -> Any:
    """Record when ``window`` is shown and painted, and when its cards are shown; then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            t = event.type()
            if t == QEvent.Type.Show and obj is window:
                mark("window_show_event")
                QTimer.singleShot(0, lambda: mark("window_shown"))
                if file is None:
                    QTimer.singleShot(0, finish)
            elif t == QEvent.Type.Paint and "window_show_event" in marks:
                mark("first_paint")
                if "summary_changed" in marks:
                    mark("cards_painted")
            return False

    def finish() -> None:
        mark("done")
        emit(
            {
                "marks": marks,
                "heavy_modules": heavy_loaded(),
                "peak_rss_mb": peak_rss_mb(),
                "rss_mb": rss_mb(),
                "window_size": [window.width(), window.height()],
            }
        )
        if hasattr(window, "quiet"):
            window.quiet = True
        window.close()
        app.quit()

    watcher = Watcher(app)
    app.installEventFilter(watcher)
    if file is not None and hasattr(window, "summary_changed"):

        def on_summary() -> None:
            mark("summary_changed")
            QTimer.singleShot(0, lambda: (mark("cards_shown"), QTimer.singleShot(0, finish)))

        window.summary_changed.connect(on_summary)
    return watcher


def startup_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("qt_imported")
    app = QApplication([sys.argv[0]])
    mark("app_created")
    window = QMainWindow()
    window.resize(1400, 900)
    _keep = _watch(window, app, None)
    window.show()
    return app.exec()


def startup_gui(file: str | None) -> int:
    import policylens.gui as gui

    mark("gui_imported")
    keep: list[Any] = []

    def patch(mainwindow: Any) -> None:
        mark("mainwindow_imported")
        original = mainwindow.MainWindow.__init__

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            from PySide6.QtWidgets import QApplication

            mark("window_init_start")
            original(self, *args, **kwargs)
            mark("window_created")
            if not keep:
                keep.append(_watch(self, QApplication.instance(), file))

        mainwindow.MainWindow.__init__ = init

    # the window class is patched as soon as gui.main imports it, not imported here beforehand:
    # gui.main does what it does before that import (start the analysis process) as in real use
    _after_import("policylens.ui.mainwindow", patch)
    return gui.main([file] if file else [])


def _after_import(name: str, then: Any) -> None:
    """Call ``then(module)`` right after module ``name`` is first imported."""
    import importlib.abc

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            finders = [f for f in sys.meta_path if hasattr(f, "find_spec")]
            spec = next((s for s in (f.find_spec(fullname, path, target) for f in finders) if s), None)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            exec_module = loader.exec_module

            def run(module: Any) -> None:
                exec_module(module)
                then(module)

            loader.exec_module = run  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


# ------------------------------------------------------------------------------------ stalls


class StallMeter:
    """A QTimer ticking every ``interval_ms`` on the GUI thread; each tick's lateness (gap to the
    previous tick minus the interval) is how long the event loop could not run."""

    def __init__(self, interval_ms: int = 10, diagnose: str | None = None, threshold_ms: float = 50.0) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.gaps: list[tuple[float, float]] = []  # (time since start, gap)
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.start_t = 0.0
        self.last = 0.0
        self.phase = "start"
        self.phases: list[tuple[float, str]] = []
        self.diagnose = diagnose
        self.threshold = threshold_ms / 1000
        self._diag_file: Any = None

    def start(self) -> None:
        self.start_t = self.last = time.perf_counter()
        if self.diagnose:
            # a C watchdog thread dumps every thread's stack when the GUI thread has not ticked
            # for longer than the threshold: it shows what held the GIL (or the loop) then
            self._diag_file = Path(self.diagnose).open("w", encoding="utf-8")  # noqa: SIM115
            faulthandler.dump_traceback_later(self.threshold + self.interval, repeat=False, file=self._diag_file)
        self.timer.start()

    def set_phase(self, name: str) -> None:
        self.phase = name
        self.phases.append((time.perf_counter() - self.start_t, name))

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.start_t, now - self.last))
        self.last = now
        if self._diag_file is not None:
            faulthandler.dump_traceback_later(self.threshold + self.interval, repeat=False, file=self._diag_file)

    def stop(self) -> dict[str, Any]:
        self.timer.stop()
        if self._diag_file is not None:
            faulthandler.cancel_dump_traceback_later()
            self._diag_file.close()
        late = sorted(((g - self.interval) * 1000, t) for t, g in self.gaps)
        lateness = [x for x, _ in late]
        worst = late[-5:][::-1]

        def phase_at(t: float) -> str:
            name = "start"
            for at, n in self.phases:
                if at <= t:
                    name = n
            return name

        n = len(lateness)
        return {
            "ticks": n,
            "duration_s": time.perf_counter() - self.start_t,
            "max_stall_ms": max(lateness) if lateness else None,
            "p99_ms": lateness[min(n - 1, int(n * 0.99))] if n else None,
            "p50_ms": lateness[n // 2] if n else None,
            "over_50ms": sum(1 for x in lateness if x > 50),
            "over_100ms": sum(1 for x in lateness if x > 100),
            "worst": [
                {"stall_ms": round(x, 1), "at_s": round(t, 3), "phase": phase_at(t - x / 1000)} for x, t in worst
            ],
        }


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    import policylens.ui  # noqa: F401

    return QApplication.instance() or QApplication([sys.argv[0]])


def _run_until(app: Any, done: threading.Event | Any, timeout: float) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    deadline = time.monotonic() + timeout

    def check() -> None:
        if done.is_set() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return bool(done.is_set())


class GCPauses:
    """Records how long each cyclic garbage collection takes (it holds the GIL throughout)."""

    def __init__(self) -> None:
        import gc

        self.start: float = 0.0
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.start = time.perf_counter()
        else:
            self.pauses[info["generation"]].append((time.perf_counter() - self.start) * 1000)

    def report(self) -> dict[str, Any]:
        return {
            f"gen{g}": {"count": len(p), "max_ms": round(max(p), 1) if p else 0.0, "total_ms": round(sum(p), 1)}
            for g, p in self.pauses.items()
        }


def stall(how: str, file: str, args: argparse.Namespace) -> int:
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    if args.gc == "off":
        import gc

        gc.disable()
    elif args.gc == "high":
        import gc

        gc.set_threshold(50_000, 50, 1000)
    pauses = GCPauses()
    app = _app()
    from PySide6.QtCore import QProcess, QRunnable, QThreadPool

    meter = StallMeter(diagnose=args.diagnose)
    done = threading.Event()
    info: dict[str, Any] = {"how": how, "file": file, "switch_interval": sys.getswitchinterval()}
    keep: list[Any] = []

    if how == "idle":
        meter.start()
        time.sleep(0)
        end = threading.Timer(args.seconds, done.set)
        end.start()
    elif how == "busy":  # control: a pure-Python loop in a thread (GIL hand-over + machine load only)
        seconds = args.seconds

        class Busy(QRunnable):
            def run(self) -> None:
                end = time.perf_counter() + seconds
                x = 0
                while time.perf_counter() < end:
                    for i in range(1000):
                        x += i
                done.set()

        meter.start()
        QThreadPool.globalInstance().start(Busy())
    elif how == "worker":  # the GUI's own background worker, without the window
        from policylens.ui.analysis_process import Request
        from policylens.ui.ops import Op

        def on_failure(exc: BaseException, tb: str) -> None:
            info.setdefault("error", tb or str(exc))
            done.set()

        op = Op(None, Request(path=file), lambda _s: (meter.set_phase("finished"), done.set()))
        keep.append(op)
        op.on_progress(lambda pct, _total: meter.set_phase(f"{pct}%"))
        op.on_partial(lambda _doc: meter.set_phase("loaded"))
        op.failure(on_failure)
        meter.start()
        op.run_in_background()
    elif how == "thread":  # a bare QThreadPool runnable calling analyze
        from policylens.core.analyze import analyze
        from policylens.core.loaders import load_path

        class Task(QRunnable):
            def run(self) -> None:
                try:
                    analyze(load_path(file), progress=lambda d, t: meter.set_phase(f"{d}%"))
                finally:
                    done.set()

        meter.start()
        QThreadPool.globalInstance().start(Task())
    elif how == "window":  # the whole window: worker, reader building, cards
        from policylens.ui.mainwindow import MainWindow

        window = MainWindow()
        window.quiet = True
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        keep.append(window)
        window.summary_changed.connect(lambda: (meter.set_phase("shown"), done.set()))
        meter.start()
        window.open_path(file)
        op = window._pending.op  # the window's own callbacks stay; these only watch the phases
        relay = op.relay
        relay.progress.connect(lambda pct, _total: meter.set_phase(f"{pct}%"))
        relay.partial.connect(lambda *_: meter.set_phase("loaded"))
        relay.succeeded.connect(lambda *_: meter.set_phase("analysed"))
        relay.failed.connect(lambda exc, tb: (info.setdefault("error", tb or str(exc)), done.set()))
    elif how == "process":  # analysis in a child process (QProcess); the summary parsed here
        from policylens.core.models import Summary

        proc = QProcess()
        keep.append(proc)
        proc.setProgram(sys.executable)
        proc.setArguments(["-m", "policylens.cli", "analyze", "--json", file])

        def finished(*_: Any) -> None:
            meter.set_phase("parse")
            out = bytes(proc.readAllStandardOutput().data()).decode("utf-8")
            t = time.perf_counter()
            Summary.model_validate_json(out.strip().splitlines()[0])
            info["parse_ms"] = (time.perf_counter() - t) * 1000
            done.set()

        proc.finished.connect(finished)
        meter.start()
        meter.set_phase("child")
        proc.start()
    else:
        raise SystemExit(f"unknown HOW {how!r}")

    t0 = time.perf_counter()
    ok = _run_until(app, done, args.timeout)
    info["wall_s"] = time.perf_counter() - t0
    info["completed"] = ok
    info.update(meter.stop())
    info["peak_rss_mb"] = peak_rss_mb()
    info["rss_mb"] = rss_mb()
    info["heavy_modules"] = heavy_loaded()
    info["gc"] = pauses.report()
    info["gc_mode"] = args.gc
    for obj in keep:
        if hasattr(obj, "close"):
            obj.close()
        if hasattr(obj, "shutdown"):
            obj.shutdown(5000)
    emit(info)
    return 0


def translate(file: str, args: argparse.Namespace) -> int:
    """Translate FILE in a QThreadPool thread with the translation engine, while the meter ticks."""
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    pauses = GCPauses()
    app = _app()
    from PySide6.QtCore import QRunnable, QThreadPool

    from policylens.core.loaders import load_path
    from policylens.translate import document as tdoc
    from policylens.translate.engine import Engine

    doc = load_path(file)
    engine = Engine(cache=False, threads=args.threads or None)
    info: dict[str, Any] = {"how": "translate", "file": file, "from": args.source, "to": args.target}
    info["threads"] = engine.threads
    done = threading.Event()
    meter = StallMeter(diagnose=args.diagnose)
    limit = args.sentences

    class Task(QRunnable):
        def run(self) -> None:
            try:
                sentences = tdoc.sentences_of(doc, args.source)
                if limit:
                    sentences = sentences[:limit]
                info["sentences"] = len(sentences)
                t = time.perf_counter()
                out = tdoc.translate_sentences(
                    doc,
                    sentences,
                    args.source,
                    args.target,
                    engine,
                    progress=lambda d, n: meter.set_phase(f"{d}/{n} sentences"),
                )
                info["translate_s"] = time.perf_counter() - t
                info["translated"] = len(out)
            except Exception as exc:
                info["error"] = repr(exc)
            finally:
                done.set()

    meter.start()
    QThreadPool.globalInstance().start(Task())
    t0 = time.perf_counter()
    info["completed"] = _run_until(app, done, args.timeout) and "error" not in info
    info["wall_s"] = time.perf_counter() - t0
    info.update(meter.stop())
    info["peak_rss_mb"] = peak_rss_mb()
    info["gc"] = pauses.report()
    emit(info)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("startup")
    s.add_argument("what", choices=("bare", "gui"))
    s.add_argument("file", nargs="?")
    st = sub.add_parser("stall")
    st.add_argument("how", choices=("idle", "busy", "worker", "thread", "window", "process"))
    st.add_argument("file", nargs="?", default="")
    tr = sub.add_parser("translate")
    tr.add_argument("file")
    tr.add_argument("--source", default="fr")
    tr.add_argument("--target", default="en")
    tr.add_argument("--sentences", type=int, default=0, help="translate only the first N sentences")
    tr.add_argument("--threads", type=int, default=0, help="CTranslate2 threads (default: the engine's)")
    for p in (st, tr):
        p.add_argument("--switch-interval", type=float, default=0.0)
        p.add_argument("--gc", choices=("default", "off", "high"), default="default", help="cyclic GC setting")
        p.add_argument("--seconds", type=float, default=3.0, help="idle, busy: how long to tick")
        p.add_argument("--timeout", type=float, default=600.0)
        p.add_argument("--diagnose", metavar="FILE", help="dump all stacks to FILE at the first stall > 50 ms")
    args = ap.parse_args()
    if args.cmd == "startup":
        return startup_bare() if args.what == "bare" else startup_gui(args.file)
    if args.cmd == "stall":
        return stall(args.how, str(Path(args.file).resolve()) if args.file else "", args)
    return translate(args.file, args)


if __name__ == "__main__":
    sys.exit(main())
