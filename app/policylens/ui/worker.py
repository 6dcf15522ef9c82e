"""Loading and analysing off the GUI thread.

Like Anki's ``QueryOp``: the work runs in the background and its outcome comes back as a signal on
the GUI thread. The background is the analysis *process* (:mod:`policylens.ui.analysis_process`,
one per application, started on first use): a thread would share the GIL with the window, and a
long regular-expression call in the analysis would freeze it. ``mode="thread"`` (a
``QThreadPool`` thread) and ``wait=True`` (in the caller, for screenshots) use the same code.

Each job has a *generation*; starting a new job cancels the one before (``analyze`` raises
``Cancelled`` at its next step) and the window ignores anything a stale generation delivers.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal

from policylens.ui import analysis_process as ap

# "process" (default) or "thread"; Windows has no pass_fds for the process' socket
MODE = os.environ.get("POLICYLENS_ANALYSIS") or ("thread" if os.name == "nt" else "process")
_ids = itertools.count(1)


@dataclass
class Job:
    generation: int
    path: str | None = None
    text: str | None = None
    name: str = ""
    id: int = field(default_factory=lambda: next(_ids))
    cancel: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    """Lives on the GUI thread; outcomes are emitted through it (queued across threads)."""

    loaded = Signal(int, object)  # generation, Document
    progress = Signal(int, int)  # generation, percent
    finished = Signal(int, object, object)  # generation, Document | None, Summary
    failed = Signal(int, object, str)  # generation, exception, details (traceback)

    def deliver(self, generation: int, msg: tuple[Any, ...]) -> None:
        kind = msg[0]
        if kind == "loaded":
            self.loaded.emit(generation, ap.unpack_document(msg[2]))
        elif kind == "progress":
            self.progress.emit(generation, int(msg[2]))
        elif kind == "finished":
            self.finished.emit(generation, None, msg[2])
        elif kind == "failed":
            info: ap.ErrorInfo = msg[2]
            self.failed.emit(generation, info.rebuild(), info.details)


class _Task(QRunnable):
    def __init__(self, job: Job, relay: _Relay) -> None:
        super().__init__()
        self.job = job
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        with _no_cyclic_gc():
            ap.run(
                job.id, job.path, job.text, job.name, lambda m: self.relay.deliver(job.generation, m), job.cancel.is_set
            )


_gc_lock = threading.Lock()
_gc_state = {"holders": 0, "was_enabled": True}


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while an analysis runs in this process (thread mode and
    ``wait=True``; from bench/proposals/gc-thread-mode.patch): a 5 MB policy makes millions of
    objects, and a full collection of them holds the GIL for up to 0.8 s, freezing the window.
    The analysis makes no reference cycles worth collecting; reference counting frees it."""
    import gc

    with _gc_lock:
        if _gc_state["holders"] == 0:
            _gc_state["was_enabled"] = gc.isenabled()
            gc.disable()
        _gc_state["holders"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["holders"] -= 1
            if _gc_state["holders"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def process_command(fd: int) -> list[str]:
    """How to start the analysis process, talking over file descriptor ``fd``."""
    if getattr(sys, "frozen", False):  # a PyInstaller build: the GUI executable serves it
        return [sys.executable, ap.FLAG, str(fd)]
    code = "import sys; from policylens.ui.analysis_process import main; main(sys.argv[1:])"
    return [sys.executable, "-c", code, str(fd)]


class _Process:
    """The analysis process of this application, shared by its windows.

    Started with ``subprocess`` (not ``multiprocessing``, which would run the parent's main
    script again in the child); messages are pickled over a socket pair."""

    def __init__(self, ui_languages: Sequence[str] = ()) -> None:
        ours, theirs = socket.socketpair()
        fd = theirs.fileno()
        env = {**os.environ, "POLICYLENS_UI_LANG": ",".join(ui_languages)} if ui_languages else None
        self.proc = subprocess.Popen(process_command(fd), pass_fds=(fd,), stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.routes: dict[int, tuple[_Relay, int]] = {}
        self.lock = threading.Lock()
        self.alive = True
        # sending a large text blocks until the process reads it: never on the GUI thread
        self.outbox: queue.Queue[tuple[Any, ...] | None] = queue.Queue()
        self.sender = threading.Thread(target=self._send_loop, name="analysis-sender", daemon=True)
        self.sender.start()
        self.listener = threading.Thread(target=self._listen, name="analysis-listener", daemon=True)
        self.listener.start()

    def submit(self, job: Job, relay: _Relay) -> None:
        with self.lock:
            self.routes[job.id] = (relay, job.generation)
        self.outbox.put(("job", job.id, job.path, job.text, job.name))

    def cancel(self, job: Job) -> None:
        self.outbox.put(("cancel", job.id))

    def _send_loop(self) -> None:
        while True:
            msg = self.outbox.get()
            if msg is None:
                return
            try:
                self.conn.send(msg)
            except (OSError, ValueError):
                with self.lock:
                    self.alive = False
                    routes = list(self.routes.values())
                    self.routes.clear()
                for relay, generation in routes:
                    relay.failed.emit(generation, ap.RemoteError("the analysis process is not running"), "")
                return

    def _listen(self) -> None:
        while True:
            try:
                msg = self.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # an answer that cannot be unpickled: fail the open jobs
                with self.lock:
                    routes = list(self.routes.values())
                    self.routes.clear()
                for relay, generation in routes:
                    relay.failed.emit(generation, exc, "")
                continue
            job_id = msg[1]
            with self.lock:
                route = self.routes.get(job_id)
                if msg[0] in ("finished", "failed"):
                    self.routes.pop(job_id, None)
            if route is not None:
                relay, generation = route
                with contextlib.suppress(RuntimeError):  # the window was deleted meanwhile
                    relay.deliver(generation, msg)
        # the process ended: every job still open fails
        with self.lock:
            self.alive = False
            routes = list(self.routes.values())
            self.routes.clear()
        for relay, generation in routes:
            with contextlib.suppress(RuntimeError):
                relay.failed.emit(generation, ap.RemoteError("the analysis process stopped"), "")

    def running(self) -> bool:
        return self.alive and self.proc.poll() is None

    def stop(self, timeout: float = 2.0) -> None:
        with self.lock:
            self.routes.clear()  # nothing more is delivered
            self.alive = False
        self.outbox.put(("quit",))
        self.outbox.put(None)
        self.sender.join(timeout)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(2)
        with contextlib.suppress(OSError):
            self.conn.close()
        self.listener.join(timeout)


_process: _Process | None = None
_process_lock = threading.Lock()


def analysis_process(ui_languages: Sequence[str] = ()) -> _Process:
    """The shared analysis process, (re)started when needed."""
    global _process  # noqa: PLW0603 - one process per application
    with _process_lock:
        if _process is None or not _process.running():
            _process = _Process(ui_languages)
        return _process


_prefetched: set[str] = set()


def prestart(path: str | None = None, ui_languages: Sequence[str] = ()) -> None:
    """Start the analysis process now, as the window is being built (it then warms up: the
    engine, langdetect's profiles, the packs of ``ui_languages``, English and the recently used
    languages); with ``path`` (a file given on the command line) it reads and analyses that file
    at once, and the window's job for it — even a ``wait=True`` one — takes that outcome."""
    if MODE == "thread":
        return
    try:
        process = analysis_process(ui_languages)
    except (OSError, ValueError):
        return
    if path:
        full = ap.full_path(path)
        _prefetched.add(full)
        process.outbox.put(("prefetch", full))


@atexit.register
def stop_analysis_process() -> None:
    global _process
    with _process_lock:
        proc, _process = _process, None
    if proc is not None:
        proc.stop()


class Analyzer(QObject):
    """Starts jobs, cancels the one before, and knows the current generation."""

    def __init__(self, parent: QObject | None = None, mode: str | None = None) -> None:
        super().__init__(parent)
        # no parent: the analysis process may still answer a job after the window is gone, and
        # the listener thread must never emit on a deleted object (routes keep it alive)
        self.relay = _Relay()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(3)  # a cancelled job may need a moment to notice
        self.mode = mode or MODE
        self.generation = 0
        self.current: Job | None = None

    def start(self, *, path: str | None = None, text: str | None = None, name: str = "", wait: bool = False) -> int:
        self.cancel()
        self.generation += 1
        job = Job(self.generation, path=path, text=text, name=name)
        self.current = job
        prefetched = path is not None and text is None and ap.full_path(path) in _prefetched
        if prefetched:
            _prefetched.discard(ap.full_path(path or ""))
        process = _process
        if wait and prefetched and process is not None and process.running():
            # the process has (or is making) this file's outcome: wait for it here
            process.submit(job, self.relay)
            loop = QEventLoop()
            timer = QTimer()
            timer.timeout.connect(lambda: loop.quit() if self.current is not job or not process.running() else None)
            timer.start(5)  # the outcome arrives as queued signals, handled in this loop
            loop.exec()
            timer.stop()
        elif wait:
            _Task(job, self.relay).run()
        elif self.mode == "thread":
            self.pool.start(_Task(job, self.relay))
        else:
            try:
                process = analysis_process()
            except (OSError, ValueError):  # cannot start a process here: use a thread
                self.mode = "thread"
                self.pool.start(_Task(job, self.relay))
            else:
                process.submit(job, self.relay)
        return job.generation

    def cancel(self) -> None:
        job, self.current = self.current, None
        if job is not None:
            job.cancel.set()
            if self.mode != "thread" and _process is not None:
                _process.cancel(job)

    def done(self, generation: int) -> None:
        """The window has the outcome of ``generation``."""
        if self.current is not None and self.current.generation == generation:
            self.current = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        self.cancel()
        return self.pool.waitForDone(timeout_ms)
