"""Helpers of the hostile-input suite: hostile files made on the spot, the CLI in a subprocess,
a guard that records and refuses every network connection (in this process, or through a
``sitecustomize.py`` in child processes)."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
SEED = SAMPLES / "fr-genletter.txt"
CLI = "import sys; from policylens.cli import main; sys.exit(main())"
GUI = "import sys; from policylens.gui import main; sys.exit(main())"

POLICY_EN = (
    "Privacy policy\n\n"
    "We collect your name, your email address and your phone number when you create an account. "
    "We share your personal data with service providers who host our servers. "
    "We keep your data for 2 years after you close your account, then we delete it. "
    "You have the right to access, correct and delete your personal data. "
    "Contact us at privacy@example.com.\n"
)


def run_cli(args: Sequence[object], *, env: dict[str, str] | None = None, timeout: float = 120,
            code: str = CLI) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True, text=True, timeout=timeout, check=False, env=env,
        stdin=subprocess.DEVNULL,
    )


def run_many(argvs: Sequence[Sequence[object]], *, timeout: float = 180, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> list[subprocess.CompletedProcess[str]]:
    """Several CLI runs at once (each ``policylens ARGS``); their results in order."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CLI, *map(str, argv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True, env=env, cwd=cwd,
        )
        for argv in argvs
    ]
    out = []
    for argv, p in zip(argvs, procs, strict=True):
        try:
            stdout, stderr = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            raise AssertionError(f"policylens {' '.join(map(str, argv))} did not finish in {timeout} s") from None
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def fingerprint(path: Path) -> tuple[str, int, int, int]:
    """What must not change when PolicyLens reads a file: content hash, size, mtime, mode."""
    st = path.stat()
    with path.open("rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return digest, st.st_size, st.st_mtime_ns, st.st_mode


# ---------------------------------------------------------------------------------------------
# the network guard


@dataclass
class NetGuard:
    """Records every attempt to reach the network; each fails with ``OSError``."""

    attempts: list[str] = field(default_factory=list)

    def refuse(self, what: str, target: object) -> OSError:
        self.attempts.append(f"{what} {target!r}")
        return OSError(101, f"network refused by the test guard: {what} {target!r}")


def _is_local_pair(sock: socket.socket) -> bool:
    return sock.family == getattr(socket, "AF_UNIX", -1)


@contextmanager
def network_guard() -> Iterator[NetGuard]:
    """Patch ``socket`` so that any connection or name lookup is recorded and refused. Unix-domain
    sockets (the window's pipe to its analysis process, the X server) are let through."""
    guard = NetGuard()
    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo,
             socket.gethostbyname, socket.socket.sendto)

    def connect(self: socket.socket, address: object) -> None:
        if _is_local_pair(self):
            return saved[0](self, address)
        raise guard.refuse("connect", address)

    def connect_ex(self: socket.socket, address: object) -> int:
        if _is_local_pair(self):
            return saved[1](self, address)
        guard.refuse("connect_ex", address)
        return 101

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        raise guard.refuse("create_connection", address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list[object]:
        raise guard.refuse("getaddrinfo", host)

    def gethostbyname(host: object) -> str:
        raise guard.refuse("gethostbyname", host)

    def sendto(self: socket.socket, *args: object) -> int:
        if _is_local_pair(self):
            return saved[5](self, *args)  # type: ignore[arg-type]
        raise guard.refuse("sendto", args[-1])

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.create_connection = create_connection  # type: ignore[assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.gethostbyname = gethostbyname  # type: ignore[assignment]
    socket.socket.sendto = sendto  # type: ignore[method-assign]
    try:
        yield guard
    finally:
        (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo,
         socket.gethostbyname, socket.socket.sendto) = saved  # type: ignore[method-assign,assignment]


SITECUSTOMIZE = textwrap.dedent(
    '''
    """Installed by tests/hostile: every network attempt of this process (and its children) is
    written to $POLICYLENS_NET_LOG and refused."""
    import os, socket, traceback

    _log = os.environ.get("POLICYLENS_NET_LOG")
    _saved = (socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto)

    def _record(what, target):
        if _log:
            stack = "".join(traceback.format_stack(limit=8)).replace("\\n", " | ")
            with open(_log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {what} {target!r} :: {stack}\\n")
        return OSError(101, f"network refused by the test guard: {what} {target!r}")

    def _local(sock):
        return sock.family == getattr(socket, "AF_UNIX", -1)

    def connect(self, address):
        if _local(self):
            return _saved[0](self, address)
        raise _record("connect", address)

    def connect_ex(self, address):
        if _local(self):
            return _saved[1](self, address)
        _record("connect_ex", address)
        return 101

    def sendto(self, *args):
        if _local(self):
            return _saved[2](self, *args)
        raise _record("sendto", args[-1])

    def create_connection(address, *args, **kwargs):
        raise _record("create_connection", address)

    def getaddrinfo(host, *args, **kwargs):
        raise _record("getaddrinfo", host)

    def gethostbyname(host):
        raise _record("gethostbyname", host)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
    '''
)


def guarded_env(folder: Path, **extra: str) -> tuple[dict[str, str], Path]:
    """An environment whose Python processes load the network guard; and the log it writes."""
    site = folder / "netguard"
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = folder / "network-attempts.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    env["POLICYLENS_NET_LOG"] = str(log)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env, log


def attempts(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def run_traced(argv: Sequence[str], env: dict[str, str], out: Path,
               timeout: float = 300) -> tuple[subprocess.CompletedProcess[str], list[str] | None]:
    """Run ``argv``, under ``strace -f`` when it is usable; returns the result and the ``connect``
    and ``send*`` calls to Internet addresses it saw (what native code, Qt's included, would do
    behind Python's back), or None without strace."""
    import shutil

    strace = shutil.which("strace")
    trace = out / "strace.txt"
    if strace is not None:
        traced = [strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace), *argv]
        proc = subprocess.run(traced, env=env, capture_output=True, text=True, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL)
        if trace.exists() and "ptrace" not in proc.stderr.lower():
            lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
            inet = ("AF_INET", "AF_INET6")
            return proc, [ln for ln in lines if any(f in ln for f in inet)]
    proc = subprocess.run(list(argv), env=env, capture_output=True, text=True, timeout=timeout, check=False,
                          stdin=subprocess.DEVNULL)
    return proc, None


# ---------------------------------------------------------------------------------------------
# hostile files


@dataclass
class Hostile:
    """A file that must be refused: where it is, the error class, words its message must hold."""

    path: Path
    error: type[BaseException]
    words: tuple[str, ...] = ()


def with_timeout(fn: Callable[[], object], seconds: float) -> object:
    """Run ``fn`` in a thread; fail the test (instead of hanging it) if it does not return."""
    import threading

    box: list[object] = []
    errs: list[BaseException] = []

    def run() -> None:
        try:
            box.append(fn())
        except BaseException as exc:
            errs.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        raise AssertionError(f"still running after {seconds} s: it would hang the app")
    if errs:
        raise errs[0]
    return box[0] if box else None


# a short policy in Russian (no rule pack: analysed through English when a package is installed)
POLICY_RU = (
    "Политика конфиденциальности\n\n"
    "Мы собираем ваше имя, адрес электронной почты и номер телефона, когда вы создаёте учётную запись.\n\n"
    "Мы храним ваши персональные данные в течение 2 лет, затем мы их удаляем.\n\n"
    "Вы имеете право на доступ, исправление и удаление ваших персональных данных.\n"
)
