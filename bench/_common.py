"""Helpers shared by the benchmark scripts (not a benchmark itself).

Everything here is plain Python: no Qt, no PolicyLens import at module level, so that a script can
measure its own imports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
SEEDS = ROOT / "resources" / "samples"
# the dev corpus lives in shared/, beside the checkout; POLICYLENS_CORPUS overrides
CORPUS = Path(os.environ.get("POLICYLENS_CORPUS", ROOT.parent / "shared" / "corpus" / "dev"))
PYTHON = sys.executable

# imports the GUI must never pull in at start (the translation stack is loaded on demand)
HEAVY_MODULES = ("argostranslate", "ctranslate2", "torch", "stanza", "spacy")

if str(ROOT / "app") not in sys.path:
    sys.path.insert(0, str(ROOT / "app"))


# ------------------------------------------------------------------------------------ inputs


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def dev_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(CORPUS.glob("*/*.txt"))


def largest_dev_file() -> Path:
    files = dev_files() or seed_files()
    return max(files, key=lambda p: p.stat().st_size)


def repeated_text(text: str, times: int) -> str:
    """``text`` ``times`` times, separated by blank lines (each copy keeps its own structure)."""
    return "\n\n".join([text.strip("\n")] * times) + "\n"


def policy_of_size(target_bytes: int, source: Path | None = None) -> str:
    """A policy of about ``target_bytes`` UTF-8 bytes: ``source`` (default the largest English dev
    policy, else the largest seed) repeated."""
    if source is None:
        en = [p for p in dev_files() if p.parent.name == "en"]
        source = max(en or seed_files(), key=lambda p: p.stat().st_size)
    text = source.read_text(encoding="utf-8").strip("\n")
    n = max(1, round(target_bytes / len(text.encode("utf-8"))))
    return repeated_text(text, n)


# ------------------------------------------------------------------------------------ timing


@dataclass
class Timing:
    wall: float
    cpu: float  # process CPU time (all threads)


def timed(fn: Callable[[], Any]) -> tuple[Timing, Any]:
    c0 = time.process_time()
    t0 = time.perf_counter()
    out = fn()
    t1 = time.perf_counter()
    c1 = time.process_time()
    return Timing(t1 - t0, c1 - c0), out


def median(xs: Iterable[float]) -> float:
    xs = list(xs)
    return statistics.median(xs) if xs else float("nan")


def med_timing(ts: Sequence[Timing]) -> Timing:
    return Timing(median(t.wall for t in ts), median(t.cpu for t in ts))


def fmt_s(x: float) -> str:
    if x != x:  # nan
        return "n/a"
    if x < 0.01:
        return f"{x * 1000:.2f} ms"
    if x < 1:
        return f"{x * 1000:.0f} ms"
    return f"{x:.2f} s"


def mb(nbytes: float) -> float:
    return nbytes / 1_000_000


# ------------------------------------------------------------------------------------ memory


@dataclass
class RSSSampler:
    """Samples the resident memory of a process and all its descendants every ``interval``
    seconds in a background thread; ``peak`` is the largest sum seen (bytes)."""

    pid: int
    interval: float = 0.02
    peak: int = 0
    peak_single: int = 0
    peak_processes: int = 0
    samples: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> int:
        import psutil

        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        n = 0
        for p in procs:
            try:
                rss = p.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            n += 1
            self.peak_single = max(self.peak_single, rss)
        self.peak = max(self.peak, total)
        self.peak_processes = max(self.peak_processes, n)
        self.samples += 1
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def start(self) -> RSSSampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> RSSSampler:
        self.sample()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        return self


def run_sampled(
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    stdout: Any = subprocess.DEVNULL,
    interval: float = 0.02,
    timeout: float | None = None,
) -> tuple[int, float, RSSSampler]:
    """Run ``cmd``, sampling its process tree's memory. Returns (exit code, wall seconds, sampler)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT)
    sampler = RSSSampler(proc.pid, interval).start()
    try:
        _, err = proc.communicate(timeout=timeout)
    finally:
        sampler.stop()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
    return proc.returncode, wall, sampler


# ------------------------------------------------------------------------------------ the machine


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": cores,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    with contextlib.suppress(ValueError, OSError, AttributeError):
        info["memory_gib"] = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    with contextlib.suppress(OSError):
        info["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    from importlib import metadata

    for dist in ("PySide6-Essentials", "PySide6", "regex", "langdetect"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            info[dist] = metadata.version(dist)
    try:
        qt = subprocess.run(
            [PYTHON, "-c", "from PySide6.QtCore import qVersion; print(qVersion())"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if qt.returncode == 0:
            info["qt"] = qt.stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    return info


def machine_line(info: dict[str, Any]) -> str:
    pyside = info.get("PySide6-Essentials") or info.get("PySide6", "?")
    load = info.get("loadavg")
    return (
        f"{info['cpu']}, {info['cores']} cores, {info.get('memory_gib', '?')} GiB; Python {info['python']}; "
        f"PySide6 {pyside} / Qt {info.get('qt', '?')}; regex {info.get('regex', '?')}; {info['date']}"
        + (f"; load average {load[0]}" if load else "")
    )


def loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


# ------------------------------------------------------------------------------------ output


def header(title: str) -> None:
    print(f"\n=== {title} ===", flush=True)


def save(name: str, data: dict[str, Any]) -> Path:
    """Write ``bench/results/<name>.json`` (git-ignored) and return its path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"machine": machine(), **data}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"\n(results written to {path.relative_to(ROOT)})", flush=True)
    return path


def child_env() -> dict[str, str]:
    """The environment for a PolicyLens child process: this checkout's code first on the path (the
    virtualenv's ``policylens`` may be installed from another tree). Python may write bytecode
    caches (an installed app has them: without, every start compiles the sources, holding the GIL)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "app"), env.get("PYTHONPATH", "")) if p)
    return env


def qt_env(**extra: str) -> dict[str, str]:
    """The environment for a Qt child process: offscreen, PolicyLens importable, no user config."""
    env = child_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env
