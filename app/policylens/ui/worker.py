"""Loading and analysing off the GUI thread.

Like Anki's ``QueryOp``: the work runs on a ``QThreadPool`` thread, and its outcome comes back as a
queued signal on the GUI thread. Each job has a *generation*; starting a new job cancels the one
before (its ``cancel`` event makes :func:`~policylens.core.analyze.analyze` raise ``Cancelled`` at
its next step) and the window ignores anything a stale generation still delivers.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from policylens.core import errors


@dataclass
class Job:
    generation: int
    path: str | None = None
    text: str | None = None
    name: str = ""
    cancel: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    """Lives on the GUI thread; workers emit through it (queued across threads)."""

    loaded = Signal(int, object)  # generation, Document
    progress = Signal(int, int)  # generation, percent
    finished = Signal(int, object, object)  # generation, Document, Summary
    failed = Signal(int, object, str)  # generation, exception, traceback


def run_job(job: Job, relay: _Relay) -> None:
    """Load and analyse (on whatever thread calls it); the outcome goes out through ``relay``."""
    try:
        from policylens.core import loaders
        from policylens.core.analyze import analyze

        if job.path is not None:
            doc = loaders.load_path(job.path)
        else:
            doc = loaders.load_text(job.text or "", job.name)
        if job.cancel.is_set():
            raise errors.Cancelled()
        relay.loaded.emit(job.generation, doc)
        last = -1

        def progress(done: int, total: int) -> None:
            nonlocal last
            pct = int(done * 100 / total) if total else 0
            if pct != last:
                last = pct
                relay.progress.emit(job.generation, pct)

        summary = analyze(doc, progress=progress, cancel=job.cancel.is_set)
        if job.cancel.is_set():
            raise errors.Cancelled()
        relay.finished.emit(job.generation, doc, summary)
    except Exception as exc:  # every failure reaches the window as a message, never a crash
        relay.failed.emit(job.generation, exc, traceback.format_exc())


class _Task(QRunnable):
    def __init__(self, job: Job, relay: _Relay) -> None:
        super().__init__()
        self.job = job
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        run_job(self.job, self.relay)


class Analyzer(QObject):
    """Starts jobs, cancels the one before, and knows the current generation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.relay = _Relay(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(3)  # a cancelled job may need a moment to notice
        self.generation = 0
        self.current: Job | None = None

    def start(self, *, path: str | None = None, text: str | None = None, name: str = "", wait: bool = False) -> int:
        self.cancel()
        self.generation += 1
        job = Job(self.generation, path=path, text=text, name=name)
        self.current = job
        if wait:
            run_job(job, self.relay)
        else:
            self.pool.start(_Task(job, self.relay))
        return job.generation

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel.set()
            self.current = None

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
