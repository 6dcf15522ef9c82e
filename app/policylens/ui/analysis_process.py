"""The analysis process: loads and analyses policies for the window, in another interpreter.

Why a process and not a thread: the analysis is pure Python and regular expressions, and a single
regular-expression call over a large text keeps the GIL for as long as it runs — a thread would
freeze the window for that long. In its own process the analysis never competes with the window.

No Qt here. Protocol over a ``multiprocessing`` pipe (pickled tuples):

* window → process: ``("job", id, Request)``, ``("cancel", id)``, ``("quit",)``,
  ``("prefetch", path)`` (a file given on the command line: read and analysed at once, while the
  window is still being built; the window's job for that unchanged file takes its outcome);
* process → window: ``("loaded", id, packed Document)`` (:func:`pack_document`), ``("progress", id, percent)``,
  ``("finished", id, Summary)``, ``("failed", id, ErrorInfo)``.

Jobs run one at a time in the order they came; a cancelled job stops at the analysis' next step.
"""

from __future__ import annotations

import contextlib
import os
import queue
import socket
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAG = "--analysis-process"  # ``policylens-gui --analysis-process FD`` (frozen builds)


def analysis_mode() -> str:
    """Where the window's analyses run: "process" (default) or "thread" (``POLICYLENS_ANALYSIS``;
    Windows has no ``pass_fds``)."""
    return os.environ.get("POLICYLENS_ANALYSIS") or ("thread" if os.name == "nt" else "process")


def process_command(fd: int) -> list[str]:
    """How to start the analysis process, talking over file descriptor ``fd``."""
    if getattr(sys, "frozen", False):  # a PyInstaller build: the GUI executable serves it
        return [sys.executable, FLAG, str(fd)]
    code = "import sys; from policylens.ui.analysis_process import main; main(sys.argv[1:])"
    return [sys.executable, "-c", code, str(fd)]


def spawn(prefetch: str | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """Start an analysis process (given ``prefetch``, a full path to read and analyse at once):
    the process and the file descriptor of this side of its socket pair."""
    ours, theirs = socket.socketpair()
    fd = theirs.fileno()
    env = {**os.environ, PREFETCH_ENV: prefetch} if prefetch else None
    try:
        proc = subprocess.Popen(process_command(fd), pass_fds=(fd,), stdin=subprocess.DEVNULL, env=env)
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    return proc, ours.detach()


_early: list[tuple[str, subprocess.Popen[bytes], int]] = []  # started by start_early, not yet taken


def start_early(path: str) -> None:
    """Start the analysis process for a file given on the command line as the very first thing,
    before Qt is imported (``policylens.gui``): it reads and analyses the file while the window
    imports Qt and is built, on the other core. ``ops.prestart`` then takes it (:func:`take_early`)."""
    if analysis_mode() == "thread" or _early:
        return
    full = full_path(path)
    try:
        proc, fd = spawn(full)
    except (OSError, ValueError):
        return
    _early.append((full, proc, fd))


def take_early(full: str | None) -> tuple[subprocess.Popen[bytes], int] | None:
    """The process :func:`start_early` started for ``full`` (a full path), taken once; a process
    started for another file is stopped."""
    if not _early:
        return None
    path, proc, fd = _early.pop()
    if path == full:
        return proc, fd
    _stop(proc, fd)  # it holds nothing but its prefetch of another file
    return None


def drop_early() -> None:
    """Stop a process :func:`start_early` started that nobody will take (an analysis process was
    running already: it is given the file instead)."""
    while _early:
        _, proc, fd = _early.pop()
        _stop(proc, fd)


def _stop(proc: subprocess.Popen[bytes], fd: int) -> None:
    from multiprocessing.connection import Connection

    with contextlib.suppress(OSError):
        Connection(fd).close()
    proc.terminate()
    try:
        proc.wait(2)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(2)


@dataclass
class ErrorInfo:
    """An exception, in a form that survives pickling (PolicyLens errors keep their template and
    arguments, so the window translates them)."""

    module: str
    name: str
    text: str
    details: str
    args: dict[str, str] = field(default_factory=dict)
    message: str | None = None  # the template, when the instance overrides its class's

    @classmethod
    def of(cls, exc: BaseException) -> ErrorInfo:
        from policylens.core import errors

        info = cls(type(exc).__module__, type(exc).__qualname__, str(exc), traceback.format_exc())
        if isinstance(exc, errors.PolicyLensError):
            info.args = dict(exc.args_)
            if "message" in exc.__dict__:
                info.message = exc.message
        return info

    def rebuild(self) -> BaseException:
        """The exception again (a :class:`RemoteError` for a type this side cannot rebuild)."""
        import importlib

        from policylens.core import errors

        try:
            kind = getattr(importlib.import_module(self.module), self.name)
        except (ImportError, AttributeError):
            kind = None
        if isinstance(kind, type) and issubclass(kind, errors.PolicyLensError):
            exc = kind.__new__(kind)
            Exception.__init__(exc, self.text)
            exc.args_ = dict(self.args)
            if self.message is not None:
                exc.message = self.message  # type: ignore[misc]
            return exc
        if kind is MemoryError:
            return MemoryError(self.text)
        return RemoteError(f"{self.name}: {self.text}" if self.text else self.name)


@dataclass(frozen=True)
class Request:
    """A policy to analyse: a file (``path``), a text (``text`` named ``name``) or a document the
    window already has (``document``, packed by :func:`pack_document`). ``through_english``:
    analyse it through an offline English translation (``None``: when its language has no rules
    and a package to English is installed, as ``policylens analyze`` does)."""

    path: str | None = None
    text: str | None = None
    name: str = ""
    document: tuple[Any, ...] | None = None
    through_english: bool | None = None
    lang: str | None = None  # the policy's language, when known


class RemoteError(Exception):
    """An unexpected exception raised in the analysis process."""


_KINDS = ("heading", "paragraph", "list_item")


def pack_document(doc: Any) -> tuple[Any, ...]:
    """A :class:`Document` as plain data that unpickles in one short step: the blocks as one
    integer array (thousands of pickled objects would hold the window's GIL for a long time)."""
    from array import array

    flat = array("q")
    for b in doc.blocks:
        flat.extend((_KINDS.index(b.kind), b.start, b.end, b.level))
    return (doc.text, flat, doc.name, doc.format, doc.sha256, doc.path, doc.title, dict(doc.meta), doc.site_name)


def unpack_document(packed: tuple[Any, ...]) -> Any:
    from policylens.core.document import Block, Document

    text, flat, name, fmt, sha256, path, title, meta, site_name = packed
    kinds = _KINDS
    blocks = [Block(kinds[flat[i]], flat[i + 1], flat[i + 2], flat[i + 3]) for i in range(0, len(flat), 4)]  # type: ignore[arg-type]
    return Document(
        text=text, blocks=blocks, name=name, format=fmt, sha256=sha256, path=path, title=title, meta=meta,
        site_name=site_name,
    )


def run(job_id: int, request: Request, send: Any, cancelled: Any) -> None:
    """Load and analyse one policy, reporting through ``send(tuple)``."""
    try:
        from policylens.core import errors, loaders

        if cancelled():
            raise errors.Cancelled()
        if request.document is not None:
            doc = unpack_document(request.document)
        elif request.path is not None:
            doc = loaders.load_path(request.path)
        else:
            doc = loaders.load_text(request.text or "", request.name)
        if cancelled():
            raise errors.Cancelled()
        if request.document is None:
            send(("loaded", job_id, pack_document(doc)))
        last = -1

        def progress(done: int, total: int) -> None:
            nonlocal last
            pct = int(done * 100 / total) if total else 0
            if pct != last:
                last = pct
                send(("progress", job_id, pct))

        summary = _summarize(
            doc, lang=request.lang, through_english=request.through_english, progress=progress, cancel=cancelled
        )
        send(("finished", job_id, summary))
    except Exception as exc:  # every failure goes back as a message
        send(("failed", job_id, ErrorInfo.of(exc)))


def _summarize(doc: Any, *, lang: str | None, through_english: bool | None, progress: Any, cancel: Any) -> Any:
    """The one pipeline (:func:`policylens.pipeline.summarize`): a policy in a language without a
    pack goes through English here, in this process, when a package to English is installed."""
    from policylens.pipeline import summarize

    return summarize(doc, lang=lang, through_english=through_english, progress=progress, cancel=cancel)


def serve(conn: Any) -> None:
    """The process' main loop (the target of ``multiprocessing.Process``)."""
    jobs: queue.Queue[tuple[int, Request] | None] = queue.Queue()
    cancels: dict[int, threading.Event] = {}
    lock = threading.Lock()

    def send(msg: tuple[Any, ...]) -> None:
        with lock, contextlib.suppress(OSError, EOFError):  # the window may be gone
            conn.send(msg)

    # a prefetched file: its path, its size and time then, and the messages its analysis sent
    prefetched: list[tuple[str, tuple[int, int] | None, list[tuple[Any, ...]]]] = []

    def worker() -> None:
        # a prefetch first (a file given on the command line): its analysis loads what it needs and
        # no more (langdetect on lists: numpy's import waits); the rest warms up once the window
        # has taken its outcome and nothing waits
        warmed = False
        served = 0  # jobs of the window run (a prefetch is not one)
        if first:
            from policylens.core import langid

            langid.defer_numpy()
        while True:
            item: tuple[int, Request] | None
            if not warmed and (not first or served):
                try:  # after a prefetch, a moment first: the window is showing its outcome
                    item = jobs.get(timeout=WARM_DELAY) if first else jobs.get_nowait()
                except queue.Empty:
                    warmed = True
                    _warm(jobs.empty)
                    item = jobs.get()
            else:
                item = jobs.get()
            if item is None:
                return
            job_id, request = item
            if job_id == PREFETCH:
                assert request.path is not None
                prefetched.clear()
                stamp = _stamp(request.path)
                msgs: list[tuple[Any, ...]] = []
                run(PREFETCH, request, msgs.append, lambda: False)
                prefetched.append((request.path, stamp, msgs))
                continue
            event = cancels.setdefault(job_id, threading.Event())
            try:
                ready = _take(prefetched, request)
                if ready is None:
                    run(job_id, request, send, event.is_set)
                else:  # the same file, unchanged since it was analysed: that outcome
                    for msg in ready:
                        if event.is_set():
                            send(("failed", job_id, ErrorInfo.of(_cancelled())))
                            break
                        send((msg[0], job_id, *msg[2:]))
            finally:
                cancels.pop(job_id, None)
                served += 1

    first = os.environ.pop(PREFETCH_ENV, "")
    if first:  # a file given on the command line: before warming up (its analysis warms what it needs)
        jobs.put((PREFETCH, Request(path=full_path(first), name=Path(first).name)))
    thread = threading.Thread(target=worker, name="analysis", daemon=True)
    thread.start()
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            break
        kind = msg[0]
        if kind == "job":
            _, job_id, request = msg
            cancels[job_id] = threading.Event()
            jobs.put((job_id, request))
        elif kind == "prefetch":
            jobs.put((PREFETCH, Request(path=full_path(msg[1]), name=Path(msg[1]).name)))
        elif kind == "cancel":
            event = cancels.get(msg[1])
            if event is not None:
                event.set()
        elif kind == "quit":
            break
    for event in list(cancels.values()):
        event.set()
    jobs.put(None)
    thread.join(timeout=2)


PREFETCH = -1  # the job id of a prefetch in the worker's queue
WARM_DELAY = 1.0  # seconds between the window taking a prefetched outcome and warming up
PREFETCH_ENV = "POLICYLENS_PREFETCH"  # a file to prefetch, given to the process as it starts


def full_path(path: str) -> str:
    """``path`` made absolute, links resolved: how a prefetch and a job are matched."""
    return str(Path(path).resolve())


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _cancelled() -> BaseException:
    from policylens.core import errors

    return errors.Cancelled()


def _take(
    prefetched: list[tuple[str, tuple[int, int] | None, list[tuple[Any, ...]]]], request: Request
) -> list[tuple[Any, ...]] | None:
    """The messages of the prefetch that answers ``request`` (the same file, unchanged, analysed
    the default way), taken out; or None."""
    if not prefetched or request.path is None or request.text is not None or request.document is not None:
        return None
    if request.through_english is not None or request.lang is not None:
        return None
    path, stamp, msgs = prefetched[0]
    if full_path(request.path) != path:
        return None
    prefetched.clear()  # used once: a later open of the same file analyses it afresh
    return msgs if stamp is not None and stamp == _stamp(path) else None


def _warm(idle: Callable[[], bool] = lambda: True) -> None:
    """Get ready for the first job while the user picks a file: import the analysis modules,
    load langdetect's profiles, compile the rule packs most likely needed (the interface
    language's and English), then work out their one-scan gates' plans (cached on disk: the gate
    built at a pack's second policy only compiles them). Each step only starts while no job is
    waiting."""
    try:
        import policylens.core.analyze
        import policylens.core.loaders  # noqa: F401
        from policylens.core import langid, multiscan
        from policylens.core.rules import has_pack, load_pack
        from policylens.tr import system_ui_language

        steps: list[Callable[[], object]] = [
            lambda: langid.detect_text("warm up the language profiles"),
            langid.load_numpy,
        ]
        codes = [code for code in dict.fromkeys((system_ui_language(), "en")) if has_pack(code)]
        steps += [lambda code=code: load_pack(code) for code in codes]
        steps += [lambda code=code: multiscan.prepare(load_pack(code)) for code in codes]
        for warm_step in steps:
            if not idle():
                return
            warm_step()
    except Exception:  # reported by the first job instead
        return


def main(argv: Sequence[str]) -> None:
    """Entry point: ``main([fd])`` serves the window connected to file descriptor ``fd``."""
    from multiprocessing.connection import Connection

    conn = Connection(int(argv[0]))
    try:
        serve(conn)
    finally:
        with contextlib.suppress(OSError):
            conn.close()
    sys.stdout.flush()
