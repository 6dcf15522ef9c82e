"""Instructions per warm analysis pass, counted by Valgrind (cachegrind): a yardstick that the load
on a shared machine does not move.

    .venv/bin/python bench/bench_instructions.py [--tree DIR ...] [--every K] [--passes N]

On this 2-core VM the times of two runs of the same code differ by up to ±30% when other work
runs (bench/README.md); a speed change of a few per cent cannot be told from that noise. The
number of instructions the CPU executes for the same work is the same to ~0.01% from run to run,
whatever the load. This script counts them, with ``valgrind --tool=cachegrind --cache-sim=no``
(about 40 times slower than a plain run: a subset of the documents is used):

* for each tree (default: this checkout; ``--tree`` may be given several times, e.g. a worktree
  of the code before a change), a child process loads every K-th seed and dev document, analyses
  them twice (the warm-up: imports, packs compiled or loaded from a cache of its own, and what a
  process builds once a pack has read two documents: core/multiscan.py's gates) and then N more
  times; run once with 0 and once with N passes, the difference divided by N is the
  instructions of one warm pass;
* the same for the *bare pass* of bench_analysis.py (read each file, ``re.findall(r"\\w+")``):
  the ratio warm pass / bare pass is issue 16's first target (≤ 25x), in instructions.

It prints the figures and writes bench/results/instructions.json. Needs ``valgrind`` on PATH
(Debian/Ubuntu: ``apt install valgrind``); without it, it says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import PYTHON, ROOT, dev_files, header, machine, machine_line, save, seed_files

_CHILD = r"""
import contextlib, re, sys
from pathlib import Path
files = [Path(p) for p in sys.argv[3:]]
passes = int(sys.argv[2])
if sys.argv[1] == "bare":
    word = re.compile(r"\w+")
    def one():
        for p in files:
            word.findall(p.read_text(encoding="utf-8"))
else:
    from policylens.core import errors
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_path
    def one():
        for p in files:
            with contextlib.suppress(errors.NotAPolicy):
                analyze(load_path(p))
one()
one()  # a second warm-up pass: what a process builds from a pack's second document on is built (multiscan)
for _ in range(passes):
    one()
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def count(tree: Path, what: str, passes: int, files: list[Path], cache: Path, *, valgrind: bool = True) -> int:
    """Instructions of one child run (``what``: "analysis" or "bare") of ``passes`` extra passes
    (0 without ``valgrind``: a plain run, that writes the caches and the bytecode)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(PYTHONPATH=str(tree / "app"), PYTHONHASHSEED="0", XDG_CACHE_HOME=str(cache))
    tool = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"] if valgrind else []
    cmd = [*tool, PYTHON, "-c", _CHILD, what, str(passes), *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    m = _REFS.search(proc.stderr)
    if proc.returncode != 0 or (valgrind and m is None):
        raise RuntimeError(f"{what} in {tree} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(m.group(1).replace(",", "")) if m else 0


def per_pass(tree: Path, what: str, passes: int, files: list[Path], cache: Path) -> dict[str, int]:
    # the packs compiled into the cache first: both counted runs then load them from it
    count(tree, what, 0, files, cache, valgrind=False)
    base = count(tree, what, 0, files, cache)
    more = count(tree, what, passes, files, cache)
    return {"zero_passes": base, f"{passes}_passes": more, "per_pass": (more - base) // passes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--tree", action="append", type=Path, help="a checkout to measure (repeatable; default: this one)")
    ap.add_argument("--every", type=int, default=4, help="every K-th seed and dev document (default 4)")
    ap.add_argument("--passes", type=int, default=2, help="warm passes counted (default 2)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    for t in trees:
        if not (t / "app" / "policylens").is_dir():
            print(f"bench_instructions: {t} is no PolicyLens checkout (no app/policylens)", file=sys.stderr)
            return 2
    files = (seed_files() + dev_files())[:: max(1, args.every)]
    info = machine()
    header(f"Instructions per warm pass (cachegrind), {len(files)} documents, {args.passes} passes")
    print(machine_line(info))
    results: dict[str, Any] = {"machine": info, "files": [f.name for f in files], "trees": {}}
    with tempfile.TemporaryDirectory(prefix="plbench-ir-") as tmp:
        bare = per_pass(trees[0], "bare", args.passes, files, Path(tmp) / "bare")
        results["bare"] = bare
        print(f"  bare pass (read + findall)            {bare['per_pass']:>15,} instructions", flush=True)
        first: int | None = None
        for k, tree in enumerate(trees):
            got = per_pass(tree, "analysis", args.passes, files, Path(tmp) / f"cache{k}")
            results["trees"][str(tree)] = got
            n = got["per_pass"]
            first = n if first is None else first
            rel = f"   {100 * (n - first) / first:+.2f}% vs the first tree" if k else ""
            print(f"  {str(tree)[-36:]:36s}  {n:>15,} instructions = {n / bare['per_pass']:.0f}x bare{rel}", flush=True)
    save("instructions", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
