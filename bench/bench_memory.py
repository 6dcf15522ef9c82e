"""Peak memory (RSS) of analysing the largest dev policy from the CLI, and of the GUI with it open.

    .venv/bin/python bench/bench_memory.py [--repeat 3] [--file FILE] [--big-mb 5]

* CLI: ``policylens analyze --json FILE``; peak RSS of the process (``ru_maxrss``) and of its tree
  (psutil, sampled every 10 ms);
* GUI: ``policylens-gui FILE`` offscreen (bench/_gui_driver.py), until the cards are shown: peak
  RSS of the GUI process and of its tree (the GUI analyses in a child process), against an empty
  PolicyLens window and a bare ``QMainWindow``;
* the same for a ~5 MB policy (the largest English dev policy repeated), for the slope.

Medians of N runs (the 5 MB policy: one run).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import (
    BENCH,
    PYTHON,
    child_env,
    header,
    largest_dev_file,
    machine,
    machine_line,
    median,
    policy_of_size,
    qt_env,
    run_sampled,
    save,
)

DRIVER = str(BENCH / "_gui_driver.py")


def cli() -> list[str]:
    entry = Path(PYTHON).parent / "policylens"
    return [str(entry)] if entry.exists() else [PYTHON, "-m", "policylens.cli"]


def _maxrss_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e6


def measure_cli(file: Path) -> dict[str, Any]:
    with tempfile.TemporaryFile() as out:
        code, wall, sampler = run_sampled(
            [*cli(), "analyze", "--json", str(file)], env=child_env(), stdout=out, interval=0.01
        )
    return {"exit": code, "wall_s": wall, "tree_peak_mb": sampler.peak / 1e6, "samples": sampler.samples}


def measure_gui(args: list[str], home: Path) -> dict[str, Any]:
    env = qt_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PLBENCH_T0=repr(time.time()),
    )
    with tempfile.TemporaryFile() as out:
        code, wall, sampler = run_sampled([PYTHON, DRIVER, *args], env=env, stdout=out, interval=0.01)
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
    line = next((ln for ln in text.splitlines() if ln.startswith("PLBENCH ")), None)
    if line is None:
        raise RuntimeError(f"GUI run failed ({code}): {text[-1000:]}")
    data = json.loads(line[len("PLBENCH ") :])
    return {
        "exit": code,
        "wall_s": wall,
        "gui_peak_mb": data["peak_rss_mb"],
        "tree_peak_mb": sampler.peak / 1e6,
        "processes": sampler.peak_processes,
        "cards_shown_s": data["marks"].get("cards_shown"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--file", type=Path, default=None, help="default: the largest dev policy")
    ap.add_argument("--big-mb", type=float, default=5.0, help="size of the large policy (0: skip)")
    args = ap.parse_args(argv)
    file = args.file or largest_dev_file()
    print("machine:", machine_line(machine()), flush=True)
    results: dict[str, Any] = {"file": str(file), "bytes": file.stat().st_size}
    with tempfile.TemporaryDirectory(prefix="plbench-mem-") as tmp:
        home = Path(tmp)
        inputs = [("largest", file)]
        if args.big_mb:
            big = home / "policy-5mb.txt"
            big.write_text(policy_of_size(int(args.big_mb * 1e6)), encoding="utf-8")
            inputs.append(("5mb", big))
        measure_cli(file)  # warm-up (bytecode, file cache)

        header(f"Peak RSS, CLI: policylens analyze --json (median of {args.repeat})")
        for label, path in inputs:
            before = _maxrss_children_mb()
            runs = [measure_cli(path) for _ in range(args.repeat if label == "largest" else 1)]
            after = _maxrss_children_mb()
            r = {
                "bytes": path.stat().st_size,
                "tree_peak_mb": median(x["tree_peak_mb"] for x in runs),
                "wall_s": median(x["wall_s"] for x in runs),
                # ru_maxrss of children is the max over all children so far: meaningful when it grew
                "maxrss_children_mb": after if after > before else None,
            }
            results[f"cli_{label}"] = r
            extra = f", ru_maxrss {r['maxrss_children_mb']:.0f} MB" if r["maxrss_children_mb"] else ""
            print(
                f"  {path.name} ({path.stat().st_size / 1e6:.2f} MB): peak RSS {r['tree_peak_mb']:.0f} MB"
                f"{extra}  ({r['wall_s']:.1f} s)",
                flush=True,
            )

        header(f"Peak RSS, GUI offscreen until the cards are shown (median of {args.repeat})")
        gui_runs: dict[str, list[dict[str, Any]]] = {}
        plan = [("bare QMainWindow", ["startup", "bare"]), ("PolicyLens, empty", ["startup", "gui"])]
        plan += [(f"PolicyLens + {p.name}", ["startup", "gui", str(p)]) for _, p in inputs]
        for i, (label, cmd) in enumerate(plan):
            try:
                n = 1 if "5mb" in cmd[-1] else args.repeat
                gui_runs[label] = [measure_gui(cmd, home / f"h{i}-{k}") for k in range(n)]
            except RuntimeError as exc:
                print(f"  {label}: FAILED {exc}")
                continue
            rs = gui_runs[label]
            r = {
                "gui_peak_mb": median(x["gui_peak_mb"] for x in rs),
                "tree_peak_mb": median(x["tree_peak_mb"] for x in rs),
                "processes": max(x["processes"] for x in rs),
            }
            results[f"gui {label}"] = r
            print(
                f"  {label:<40} GUI process peak {r['gui_peak_mb']:6.0f} MB, "
                f"whole tree {r['tree_peak_mb']:6.0f} MB ({r['processes']} processes)",
                flush=True,
            )
    save("memory", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
