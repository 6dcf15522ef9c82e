"""Batch: ``policylens analyze --json`` over a folder of 1,000 policies, ``--jobs 1`` against
``--jobs 2``: documents per second and peak memory.

    .venv/bin/python bench/bench_batch.py [--n 1000] [--jobs 1,2] [--runs 1]

The 1,000 files are made in a temporary folder from the seeds and the dev corpus (all 12
languages, so some are in languages without a rule pack yet): copy *i* of a source gets a
"Revision i" line after its first line and, for odd *i*, two neighbouring paragraphs swapped, so
that no two files are identical. The command is the installed ``policylens`` entry point with
every file on its command line, as a user would run it; its output goes to a file.

Memory is the resident set of the whole process tree (the CLI and its worker processes), summed,
sampled every 50 ms with psutil; "peak" is the largest sum seen. CPU is user + system time of the
tree (from ``getrusage(RUSAGE_CHILDREN)``).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import (
    PYTHON,
    child_env,
    dev_files,
    header,
    machine,
    machine_line,
    median,
    run_sampled,
    save,
    seed_files,
)


def make_corpus(folder: Path, n: int) -> tuple[list[Path], int]:
    sources = seed_files() + dev_files()
    texts = [p.read_text(encoding="utf-8") for p in sources]
    files: list[Path] = []
    total = 0
    for i in range(n):
        k = i % len(sources)
        text = texts[k]
        first, _, rest = text.partition("\n")
        body = f"{first}\nRevision {i}.\n{rest}"
        if i % 2:
            paras = body.split("\n\n")
            if len(paras) > 4:
                j = random.Random(i).randrange(1, len(paras) - 2)
                paras[j], paras[j + 1] = paras[j + 1], paras[j]
            body = "\n\n".join(paras)
        src = sources[k]
        path = folder / f"{i:04d}-{src.parent.name}-{src.name}"
        path.write_text(body, encoding="utf-8")
        total += path.stat().st_size
        files.append(path)
    return files, total


def cli() -> list[str]:
    entry = Path(PYTHON).parent / "policylens"
    if entry.exists():
        return [str(entry)]
    return [PYTHON, "-m", "policylens.cli"]


def run_batch(files: list[Path], jobs: int, out: Path) -> dict[str, Any]:
    cmd = [*cli(), "analyze", "--json", "--jobs", str(jobs), *map(str, files)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with out.open("wb") as fh:
        code, wall, sampler = run_sampled(cmd, env=child_env(), stdout=fh, interval=0.05)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = out.read_bytes().splitlines()
    errors = sum(1 for ln in lines if ln.startswith(b'{"source"') and b'"error"' in ln[:300])
    return {
        "jobs": jobs,
        "exit": code,
        "wall_s": wall,
        "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "docs": len(files),
        "summaries": len(lines) - errors,
        "errors": errors,
        "docs_per_s": len(files) / wall,
        "peak_rss_mb": sampler.peak / 1e6,
        "peak_single_rss_mb": sampler.peak_single / 1e6,
        "processes": sampler.peak_processes,
        "output_mb": out.stat().st_size / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1000, help="number of policies (default 1000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to compare")
    ap.add_argument("--runs", type=int, default=1, help="runs per setting (median); default 1")
    args = ap.parse_args(argv)
    print("machine:", machine_line(machine()), flush=True)
    jobs_list = [int(j) for j in args.jobs.split(",")]
    results: dict[str, Any] = {"runs": {}}
    with tempfile.TemporaryDirectory(prefix="plbench-batch-") as tmp:
        folder = Path(tmp) / "policies"
        folder.mkdir()
        files, total = make_corpus(folder, args.n)
        results.update({"docs": len(files), "bytes": total})
        header(f"Batch: policylens analyze --json over {len(files)} policies ({total / 1e6:.1f} MB)")
        # warm-up: bytecode and the OS file cache (a few files)
        run_batch(files[:3], 1, Path(tmp) / "warm.jsonl")
        per: dict[int, list[dict[str, Any]]] = {j: [] for j in jobs_list}
        for _ in range(max(1, args.runs)):
            for j in jobs_list:
                r = run_batch(files, j, Path(tmp) / f"out-{j}.jsonl")
                per[j].append(r)
                print(
                    f"  --jobs {j}: {r['wall_s']:.1f} s, {r['docs_per_s']:.2f} docs/s "
                    f"({total / 1e6 / r['wall_s']:.3f} MB/s), CPU {r['cpu_s']:.1f} s, "
                    f"peak RSS {r['peak_rss_mb']:.0f} MB "
                    f"over {r['processes']} processes (largest one {r['peak_single_rss_mb']:.0f} MB), "
                    f"{r['summaries']} summaries, {r['errors']} errors, exit {r['exit']}",
                    flush=True,
                )
        summary = {}
        for j, rs in per.items():
            summary[j] = {
                "wall_s": median(r["wall_s"] for r in rs),
                "docs_per_s": median(r["docs_per_s"] for r in rs),
                "cpu_s": median(r["cpu_s"] for r in rs),
                "peak_rss_mb": max(r["peak_rss_mb"] for r in rs),
                "peak_single_rss_mb": max(r["peak_single_rss_mb"] for r in rs),
                "summaries": rs[-1]["summaries"],
                "errors": rs[-1]["errors"],
                "output_mb": rs[-1]["output_mb"],
            }
        results["runs"] = {str(j): per[j] for j in per}
        results["summary"] = {str(j): v for j, v in summary.items()}
        if len(jobs_list) >= 2:
            a, b = jobs_list[0], jobs_list[-1]
            speedup = summary[b]["docs_per_s"] / summary[a]["docs_per_s"]
            results["speedup"] = speedup
            print(
                f"  SPEED-UP --jobs {b} / --jobs {a} = {speedup:.2f}x "
                f"(ideal {b / a:.0f}x on {machine()['cores']} cores)"
            )
            print(
                f"  peak memory: --jobs {a} {summary[a]['peak_rss_mb']:.0f} MB, "
                f"--jobs {b} {summary[b]['peak_rss_mb']:.0f} MB"
            )
    save("batch", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
