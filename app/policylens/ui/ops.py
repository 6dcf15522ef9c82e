"""The one way the window runs work in the background (after Anki's ``QueryOp``).

    op = Op(parent, work, success=on_result)
    op.failure(on_error).on_progress(show).with_progress(label).run_in_background()

* ``work`` runs off the GUI thread. It is either a callable ``work(progress, cancel)`` — run on a
  pool thread; ``progress(done, total)`` reports, ``cancel()`` says whether to stop — or an
  :class:`~policylens.ui.analysis_process.Request`: a policy to load and analyse, sent to the
  application's *analysis process* (a thread would share the GIL with the window, and one long
  regular-expression call would freeze it).
* ``success(result)``, ``failure(exc, details)``, ``on_progress(done, total)`` and
  ``on_partial(value)`` (the analysis' loaded document, before its summary) are called on the GUI
  thread, exactly once for the outcome. Without a failure callback an error is shown in a message
  box over ``parent``.
* :meth:`Op.cancel` ends the operation at once, from the caller's point of view: ``failure`` gets
  :class:`~policylens.core.errors.Cancelled` right away, nothing the work still delivers is passed
  on, and the work stops at its next step.
* ``parent`` (a widget or other ``QObject``) owns the operation: once it is deleted, nothing is
  delivered. :meth:`with_progress` shows a window-modal progress dialog with Cancel over it.
* :meth:`run_now` does the same in the caller (scripts and screenshots that need the result now).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import queue
import subprocess
import threading
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from policylens import APP_NAME
from policylens.core import errors
from policylens.ui import analysis_process as ap

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
Work = Callable[[Progress, CancelFlag], Any]

# where an analysis Request runs: "process" (default) or "thread" (Windows has no pass_fds)
MODE = ap.analysis_mode()
_ids = itertools.count(1)


class _Relay(QObject):
    """Carries what the work reports to the GUI thread. It has no parent and is kept alive by the
    work itself, so a late report never reaches a deleted object: once the :class:`Op` is gone,
    its connections are, too."""

    progress = Signal(int, int)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, details (a traceback)

    def deliver(self, msg: tuple[Any, ...]) -> None:
        """One message of the analysis process (see :mod:`policylens.ui.analysis_process`)."""
        kind = msg[0]
        if kind == "loaded":
            self.partial.emit(ap.unpack_document(msg[2]))
        elif kind == "progress":
            self.progress.emit(int(msg[2]), 100)
        elif kind == "finished":
            self.succeeded.emit(msg[2])
        elif kind == "failed":
            info: ap.ErrorInfo = msg[2]
            self.failed.emit(info.rebuild(), info.details)


class Op(QObject):
    """One background operation; see the module's doc."""

    def __init__(self, parent: QObject | None, work: Work | ap.Request, success: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.work = work
        self._success = success
        self._failure: Callable[[BaseException, str], None] | None = None
        self._progress: list[Progress] = []
        self._partial: Callable[[Any], None] | None = None
        self._label: str | None = None
        self._sentences = False
        self.dialog: QProgressDialog | None = None
        self.id = next(_ids)
        self._cancel = threading.Event()
        self.ended = threading.Event()  # the work returned (or the process answered)
        self.started = False
        self.finished = False  # success or failure was called
        self.relay = _Relay()
        self.relay.progress.connect(self._on_progress)
        self.relay.partial.connect(self._on_partial)
        self.relay.succeeded.connect(self._on_success)
        self.relay.failed.connect(self._on_failure)
        self._process: _Process | None = None

    # -- set-up (each returns the op, to chain) --------------------------------------------

    def failure(self, fn: Callable[[BaseException, str], None]) -> Op:
        self._failure = fn
        return self

    def on_progress(self, fn: Progress) -> Op:
        self._progress.append(fn)
        return self

    def on_partial(self, fn: Callable[[Any], None]) -> Op:
        self._partial = fn
        return self

    def with_progress(self, label: str, *, sentences: bool = False) -> Op:
        """A progress dialog over the parent (shown after 0.4 s) with Cancel; ``sentences``
        adds "N of M sentences" under ``label``."""
        self._label, self._sentences = label, sentences
        return self

    # -- running ---------------------------------------------------------------------------

    def run_in_background(self, pool: QThreadPool | None = None, mode: str | None = None) -> Op:
        """Start; an analysis request runs in the analysis process unless ``mode`` (default
        :data:`MODE`) is "thread"."""
        self._begin()
        if isinstance(self.work, ap.Request) and (mode or MODE) != "thread":
            try:
                process = analysis_process()
            except (OSError, ValueError):  # cannot start a process here: use a thread
                pass
            else:
                self._process = process
                process.submit(self.id, self.work, self.relay, self.ended)
                return self
        task = _Task(self.work, self.relay, self._cancel, self.ended, self.id)
        (pool or QThreadPool.globalInstance()).start(task)
        return self

    def run_now(self) -> Op:
        """Run the work in the caller; the callbacks are called before this returns. A file
        the analysis process was given at start (:func:`prestart`) is waited for there instead."""
        process = _process
        if (
            isinstance(self.work, ap.Request)
            and self.work.path is not None
            and ap.full_path(self.work.path) in _prefetched
            and process is not None
            and process.running()
        ):
            _prefetched.discard(ap.full_path(self.work.path))
            self.run_in_background()
            from PySide6.QtCore import QCoreApplication, QEventLoop

            while not self.finished and process.running():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
            if not self.finished:  # the process died: its failure is queued for the event loop
                QCoreApplication.processEvents()
            return self
        self._begin()
        _Task(self.work, self.relay, self._cancel, self.ended, self.id).run()
        return self

    def _begin(self) -> None:
        if self.started:
            raise RuntimeError("an operation runs once")
        self.started = True
        if self._label is not None:
            parent = self.parent()
            dialog = QProgressDialog(
                self._label, self.tr("Cancel"), 0, 0, parent if isinstance(parent, QWidget) else None
            )
            dialog.setObjectName("opProgress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    def cancel(self) -> None:
        """Stop: ``failure`` gets ``Cancelled`` now; nothing more is delivered."""
        if self.finished:
            return
        self._cancel.set()
        if self._process is not None:
            self._process.cancel(self.id)
        self._on_failure(errors.Cancelled(), "")

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self.started and not self.finished

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the work itself has returned (tests, shutdown); callbacks need the event loop."""
        return not self.started or self.ended.wait(timeout_ms / 1000)

    # -- outcomes (GUI thread) -------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        if self.finished:
            return
        dialog = self.dialog
        if dialog is not None:
            if self._sentences and total:
                dialog.setLabelText(
                    self.tr("{label}\n{done} of {total} sentences").format(label=self._label, done=done, total=total)
                )
            dialog.setMaximum(max(1, total))
            dialog.setValue(min(done, total))  # a modal dialog processes events here: may end the op
        if self.finished:
            return
        for fn in self._progress:
            fn(done, total)

    def _on_partial(self, value: object) -> None:
        if not self.finished and self._partial is not None:
            self._partial(value)

    def _end(self) -> bool:
        if self.finished:
            return False
        self.finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        return True

    def _on_success(self, result: object) -> None:
        if self.cancelled:  # finished before it noticed the cancel: still cancelled
            return
        if self._end():
            self._success(result)
            self.deleteLater()

    def _on_failure(self, exc: object, details: str) -> None:
        if not self._end():
            return
        if not isinstance(exc, BaseException):
            exc = RuntimeError(str(exc))
        if self._failure is not None:
            self._failure(exc, details)
        elif not isinstance(exc, errors.Cancelled):
            from policylens.ui.dialogs import error_text, message_box

            parent = self.parent()
            message_box(
                parent if isinstance(parent, QWidget) else None,
                QMessageBox.Icon.Warning, APP_NAME, error_text(exc), "", details,
            )
        self.deleteLater()


# ---------------------------------------------------------------------------------------------
# on a thread


class _Task(QRunnable):
    def __init__(
        self, work: Work | ap.Request, relay: _Relay, cancel: threading.Event, ended: threading.Event, op_id: int
    ) -> None:
        super().__init__()
        self.work, self.relay, self.cancel, self.ended, self.op_id = work, relay, cancel, ended, op_id
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if isinstance(self.work, ap.Request):
                with _no_cyclic_gc():
                    ap.run(self.op_id, self.work, self.relay.deliver, self.cancel.is_set)
                return
            try:
                result = self.work(self.relay.progress.emit, self.cancel.is_set)
                if self.cancel.is_set():
                    raise errors.Cancelled()
                self.relay.succeeded.emit(result)
            except Exception as exc:  # every failure becomes a message, never a crash
                self.relay.failed.emit(exc, traceback.format_exc())
        finally:
            self.ended.set()


_gc_lock = threading.Lock()
_gc_state = {"holders": 0, "was_enabled": True}


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while an analysis runs in this process (thread mode and
    ``run_now``; from bench/proposals/gc-thread-mode.patch): a 5 MB policy makes millions of
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


# ---------------------------------------------------------------------------------------------
# in the analysis process


process_command = ap.process_command


class _Process:
    """The analysis process of this application, shared by its windows.

    Started with ``subprocess`` (not ``multiprocessing``, which would run the parent's main
    script again in the child); messages are pickled over a socket pair."""

    def __init__(self, prefetch: str | None = None) -> None:
        started = ap.take_early(prefetch) if prefetch else None
        self.proc, fd = started or ap.spawn(prefetch)
        self.conn = Connection(fd)
        self.routes: dict[int, tuple[_Relay, threading.Event]] = {}
        self.lock = threading.Lock()
        self.alive = True
        # sending a large text blocks until the process reads it: never on the GUI thread
        self.outbox: queue.Queue[tuple[Any, ...] | None] = queue.Queue()
        self.sender = threading.Thread(target=self._send_loop, name="analysis-sender", daemon=True)
        self.sender.start()
        self.listener = threading.Thread(target=self._listen, name="analysis-listener", daemon=True)
        self.listener.start()

    def submit(self, job_id: int, request: ap.Request, relay: _Relay, ended: threading.Event) -> None:
        with self.lock:
            self.routes[job_id] = (relay, ended)
        self.outbox.put(("job", job_id, request))

    def cancel(self, job_id: int) -> None:
        self.outbox.put(("cancel", job_id))

    def _fail_all(self, exc: BaseException) -> None:
        with self.lock:
            routes = list(self.routes.values())
            self.routes.clear()
        for relay, ended in routes:
            with contextlib.suppress(RuntimeError):  # the window was deleted meanwhile
                relay.failed.emit(exc, "")
            ended.set()

    def _send_loop(self) -> None:
        while True:
            msg = self.outbox.get()
            if msg is None:
                return
            try:
                self.conn.send(msg)
            except (OSError, ValueError):
                self.alive = False
                self._fail_all(ap.RemoteError("the analysis process is not running"))
                return

    def _listen(self) -> None:
        while True:
            try:
                msg = self.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # an answer that cannot be unpickled: fail the open jobs
                self._fail_all(exc)
                continue
            job_id = msg[1]
            final = msg[0] in ("finished", "failed")
            with self.lock:
                route = self.routes.pop(job_id, None) if final else self.routes.get(job_id)
            if route is not None:
                relay, ended = route
                with contextlib.suppress(RuntimeError):
                    relay.deliver(msg)
                if final:
                    ended.set()
        self.alive = False  # the process ended: every job still open fails
        self._fail_all(ap.RemoteError("the analysis process stopped"))

    def running(self) -> bool:
        return self.alive and self.proc.poll() is None

    def stop(self, timeout: float = 2.0) -> None:
        with self.lock:
            routes = list(self.routes.values())
            self.routes.clear()  # nothing more is delivered
            self.alive = False
        for _, ended in routes:
            ended.set()
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


def analysis_process(prefetch: str | None = None) -> _Process:
    """The shared analysis process, (re)started when needed (a new one given ``prefetch``, a file to
    read and analyse at once)."""
    global _process  # noqa: PLW0603 - one process per application
    with _process_lock:
        if _process is None or not _process.running():
            if _process is not None:
                _process.stop(1.0)  # reap the one that ended (no zombie, no "still running" at exit)
            _process = _Process(prefetch)
        elif prefetch:
            ap.drop_early()  # started before Qt for this file: the running process reads it instead
            _process.outbox.put(("prefetch", prefetch))
        return _process


_prefetched: set[str] = set()  # files given to the analysis process at start (full paths)


def prestart(path: str | None = None) -> None:
    """Start the analysis process now, while the window is being built (it warms up meanwhile);
    with ``path`` (a file given on the command line) it reads and analyses that file at once, and
    the window's first analysis of it — even :meth:`Op.run_now` — takes that outcome."""
    if MODE == "thread":
        return
    full = ap.full_path(path) if path else None
    try:
        analysis_process(full)
    except (OSError, ValueError):
        return
    if full:
        _prefetched.add(full)


@atexit.register
def stop_analysis_process() -> None:
    global _process
    with _process_lock:
        proc, _process = _process, None
    if proc is not None:
        proc.stop()
