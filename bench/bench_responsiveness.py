"""Responsiveness: the longest stall of the Qt event loop while a 5 MB policy is analysed, and while
a policy is translated. Target: every stall under 50 ms.

    .venv/bin/python bench/bench_analysis.py ... (see the README)
    .venv/bin/python bench/bench_responsiveness.py [--size-mb 5] [--only idle,worker,...] [--diagnose]

A ``QTimer`` ticks every 10 ms (``Qt.PreciseTimer``) on the GUI thread; each tick's lateness (gap to
the previous tick minus 10 ms) is a stall. Each variant runs in a fresh offscreen process
(bench/_gui_driver.py):

* idle        nothing else happens: the control (the machine's own scheduling noise)
* busy        a pure-Python loop in a QThreadPool thread for 10 s: the second control, the floor
              for any Python work in a thread (GIL hand-over every 5 ms + the machine's load)
* worker      the GUI's background worker (an ``policylens.ui.ops.Op`` of an analysis ``Request``) as the app runs it
              (its default mode: the analysis process), no window
* worker-thread      the same in ``POLICYLENS_ANALYSIS=thread`` mode (a QThreadPool thread running
              load_path + analyze in the GUI process: it shares the GIL with the window)
* worker-thread-1ms  the same with ``sys.setswitchinterval(0.001)`` (default 5 ms)
* window      the whole window: ``MainWindow.open_path`` (worker + reader built in steps + cards);
              window-thread: the same in thread mode
* process     analysis in a plain child process (``QProcess``: ``policylens analyze --json``), the
              JSON summary parsed on the GUI thread: the floor for any out-of-process design
* translate   ``policylens.translate``: sentences translated by the translation engine in a
              QThreadPool thread, with a package of random weights built by
              ``policylens.translate.testing`` (the size of a real Argos package: ``--shape base``)

``--diagnose`` reruns ``worker`` with a faulthandler watchdog that dumps every thread's stack
whenever the GUI thread has not ticked for 60 ms, and prints which code was running in the worker
at those moments (what held the GIL). The dump reads other threads' frames without the GIL; in rare
cases it crashes the child, which only loses that diagnostic run.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BENCH, PYTHON, header, machine, machine_line, mb, policy_of_size, qt_env, save, seed_files

DRIVER = str(BENCH / "_gui_driver.py")
VARIANTS = ("idle", "worker", "worker-thread", "worker-thread-1ms", "window", "window-thread", "process", "translate")
DEFAULT = ("idle", "busy", "worker", "worker-thread", "window", "translate")
LIMIT_MS = 50.0


def run_driver(args: list[str], home: Path, timeout: float = 900, **extra: str) -> dict[str, Any]:
    env = qt_env(
        **extra,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        ARGOS_PACKAGES_DIR=str(home / "argos-packages"),
        PLBENCH_T0=repr(time.time()),
    )
    proc = subprocess.run(
        [PYTHON, DRIVER, *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("PLBENCH ")), None)
    if line is None:
        return {"error": f"exit {proc.returncode}: {proc.stderr.strip()[-1500:]}"}
    return json.loads(line[len("PLBENCH ") :])


def show(name: str, r: dict[str, Any]) -> None:
    if "error" in r and r.get("max_stall_ms") is None:
        print(f"  {name:<11} FAILED: {r['error'][-600:]}")
        return
    verdict = "OK" if (r["max_stall_ms"] or 0) < LIMIT_MS else "OVER 50 ms"
    worst = ", ".join(f"{w['stall_ms']:.0f} ms @{w['at_s']:.1f}s ({w['phase']})" for w in r["worst"][:3])
    print(
        f"  {name:<11} max stall {r['max_stall_ms']:7.1f} ms  p99 {r['p99_ms']:5.1f} ms  "
        f">50ms: {r['over_50ms']:3d}  >100ms: {r['over_100ms']:3d}  ({r['ticks']} ticks, {r['wall_s']:.1f} s)  "
        f"{verdict}",
        flush=True,
    )
    if worst:
        print(f"              worst: {worst}")
    gc = r.get("gc")
    if gc:
        print(
            "              GC pauses in this process (they hold the GIL): "
            + ", ".join(f"{g} {v['count']}x max {v['max_ms']:.0f} ms" for g, v in gc.items())
        )
    if r.get("error"):
        print(f"              error: {str(r['error']).strip().splitlines()[-1][:300]}")


# ------------------------------------------------------------------------------------ translation


def translation_ready() -> str | None:
    probe = subprocess.run(
        [
            PYTHON,
            "-c",
            "import policylens.translate.document, policylens.translate.engine, "
            "policylens.translate.testing, policylens.translate.packages",
        ],
        capture_output=True,
        text=True,
        env=qt_env(),
        check=False,
    )
    if probe.returncode != 0:
        return (probe.stderr.strip().splitlines() or ["import failed"])[-1]
    return None


def install_random_package(home: Path, shape: str, source: str, target: str, corpus: Path) -> float:
    """Build and install a random-weights ``source``→``target`` package into ``home``'s Argos
    folder (in a child process, so that this one stays free of ctranslate2). Seconds taken."""
    code = f"""
import sys
from pathlib import Path
from policylens.translate import packages, testing
shape = testing.ModelShape.{shape}()
text = Path({str(corpus)!r}).read_text(encoding="utf-8").splitlines()
pkg = testing.build_package(Path({str(home / "build")!r}), {source!r}, {target!r}, shape=shape, corpus=text)
packages.install_archive(pkg)
print("installed", pkg)
"""
    env = qt_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        ARGOS_PACKAGES_DIR=str(home / "argos-packages"),
    )
    t = time.perf_counter()
    proc = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=env, check=False, timeout=1200)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return time.perf_counter() - t


# ------------------------------------------------------------------------------------ diagnosis


_FRAME = re.compile(r'File "([^"]+)", line (\d+) in (\S+)')


def summarise_dump(path: Path, top: int = 12) -> list[tuple[int, str]]:
    """Which code the threads were running when the GUI thread stalled, most frequent first (the
    GUI thread's own frames are marked, unless it was just waiting in the event loop)."""
    if not path.exists():
        return []
    counts: collections.Counter[str] = collections.Counter()
    for dump in path.read_text(encoding="utf-8", errors="replace").split("Timeout (")[1:]:
        for thread in dump.split("\nThread ")[1:]:
            frames = _FRAME.findall(thread)
            if not frames:
                continue
            gui = any("_gui_driver.py" in f and fn == "<module>" for f, _, fn in frames)
            if gui and "_gui_driver.py" in frames[0][0] and frames[0][2] == "_run_until":
                continue  # the GUI thread waiting in its event loop: not what stalls
            ours = [(f, ln, fn) for f, ln, fn in frames if "/policylens/" in f]
            inner = frames[0]
            where = ("[GUI thread] " if gui else "") + f"{_short(inner[0])}:{inner[1]} {inner[2]}"
            if ours and ours[0] != inner:
                where += f"  <- {_short(ours[0][0])}:{ours[0][1]} {ours[0][2]}"
            counts[where] += 1
    return [(n, w) for w, n in counts.most_common(top)]


def _short(path: str) -> str:
    for marker in ("/app/", "site-packages/", "/lib/python3.11/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return Path(path).name


# ------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--size-mb", type=float, default=5.0)
    ap.add_argument(
        "--only", default=",".join(DEFAULT), help=f"comma-separated, of: {', '.join(VARIANTS)}; default: %(default)s"
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs per variant (the max stall is the max over runs)")
    ap.add_argument("--shape", default="base", choices=("tiny", "base"), help="translation model size")
    ap.add_argument("--sentences", type=int, default=120, help="sentences to translate (0: all)")
    ap.add_argument("--threads", type=int, default=0, help="CTranslate2 threads for the translation (0: the engine's)")
    ap.add_argument("--diagnose", action="store_true", help="also find what runs during the worker's stalls")
    args = ap.parse_args(argv)
    only = [v.strip() for v in args.only.split(",") if v.strip()]
    print("machine:", machine_line(machine()), flush=True)
    results: dict[str, Any] = {"limit_ms": LIMIT_MS, "variants": {}}
    translate_cmd: list[str] | None = None

    with tempfile.TemporaryDirectory(prefix="plbench-resp-") as tmp:
        home = Path(tmp)
        big = home / "policy-5mb.txt"
        big.write_text(policy_of_size(int(args.size_mb * 1_000_000)), encoding="utf-8")
        results["policy_bytes"] = big.stat().st_size
        run_driver(["stall", "idle", "--seconds", "0.5"], home)  # warm caches, write bytecode

        header(f"Event-loop stalls while a {mb(big.stat().st_size):.1f} MB policy is analysed (10 ms timer)")
        thread = {"POLICYLENS_ANALYSIS": "thread"}
        plan: dict[str, tuple[list[str], dict[str, str]]] = {
            "idle": (["stall", "idle", "--seconds", "5"], {}),
            "busy": (["stall", "busy", "--seconds", "10"], {}),
            "worker": (["stall", "worker", str(big)], {}),
            "worker-thread": (["stall", "worker", str(big)], thread),
            "worker-thread-1ms": (["stall", "worker", str(big), "--switch-interval", "0.001"], thread),
            "window": (["stall", "window", str(big)], {}),
            "window-thread": (["stall", "window", str(big)], thread),
            "process": (["stall", "process", str(big)], {}),
        }
        for name, (cmd, extra) in plan.items():
            if name not in only:
                continue
            runs = [run_driver(cmd, home, **extra) for _ in range(max(1, args.repeat))]
            ok = [r for r in runs if r.get("max_stall_ms") is not None]
            r = max(ok, key=lambda r: r["max_stall_ms"]) if ok else runs[0]
            results["variants"][name] = r
            show(name, r)
            if name == "process" and "parse_ms" in r:
                print(f"              summary JSON parsed on the GUI thread in {r['parse_ms']:.1f} ms")

        if "translate" in only:
            header("Event-loop stalls while a policy is translated")
            why = translation_ready()
            if why is not None:
                print(f"  GAP: policylens.translate is not usable yet ({why}); translation not measured.")
                results["variants"]["translate"] = {"gap": why}
            else:
                seed = next((p for p in seed_files() if p.name.startswith("fr-")), seed_files()[0])
                src = seed.name.split("-")[0]
                try:
                    took = install_random_package(home, args.shape, src, "en", seed)
                    print(f"  random-weights {src}->en package ({args.shape}) built and installed in {took:.0f} s")
                    cmd = ["translate", str(seed), "--source", src, "--target", "en"]
                    if args.sentences:
                        cmd += ["--sentences", str(args.sentences)]
                    if args.threads:
                        cmd += ["--threads", str(args.threads)]
                    translate_cmd = cmd
                    r = run_driver(cmd, home)
                    r["shape"] = args.shape
                    results["variants"]["translate"] = r
                    show("translate", r)
                    if "translate_s" in r:
                        print(
                            f"              {r.get('sentences')} sentences of {seed.name} in {r['translate_s']:.1f} s "
                            f"({r.get('threads')} CTranslate2 threads)"
                        )
                except (RuntimeError, subprocess.TimeoutExpired) as exc:
                    print(f"  GAP: could not build a translation package: {str(exc).strip()[-500:]}")
                    results["variants"]["translate"] = {"gap": str(exc)[-2000:]}

        if args.diagnose:
            results["diagnosis"] = {}
            todo: list[tuple[str, list[str], dict[str, str]]] = [
                ("worker-thread", ["stall", "worker", str(big)], thread),
                ("window", ["stall", "window", str(big)], {}),
            ]
            if translate_cmd is not None:
                todo.append(("translate", translate_cmd, {}))
            chosen = [t for t in todo if t[0] in only]
            todo = chosen or todo  # diagnose the variants asked for, else all three
            for name, cmd, extra in todo:
                header(f"What the other threads run during the {name} stalls (faulthandler dumps, >60 ms)")
                dump = home / f"stalls-{name}.txt"
                r = run_driver([*cmd, "--diagnose", str(dump)], home, **extra)
                rows = summarise_dump(dump)
                results["diagnosis"][name] = [{"dumps": n, "where": w} for n, w in rows]
                for n, w in rows:
                    print(f"  {n:4d}  {w}")
                if "error" in r:
                    print("  (the diagnostic child did not finish cleanly; the dumps above are still valid)")

    stalls = {k: v.get("max_stall_ms") for k, v in results["variants"].items() if v.get("max_stall_ms") is not None}
    if stalls:
        print(
            "\nMAX STALL (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in stalls.items()) + f"  (target < {LIMIT_MS:.0f})"
        )
    # a partial run (--only) does not overwrite the full run's results
    save("responsiveness" if set(only) >= set(DEFAULT) else "responsiveness-" + "-".join(only), results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
