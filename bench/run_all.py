"""Run every benchmark, one after the other, each in its own process (``make bench``).

    .venv/bin/python bench/run_all.py [--quick] [--only analysis,batch,...]

Each script prints its own figures and writes bench/results/<name>.json (git-ignored); this one
ends with the headline figures of all of them (also written to bench/results/SUMMARY.md, to copy
into bench/README.md). ``--quick`` runs fewer repetitions and a 100-policy batch: for checking
that the scripts work, not for recording figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import BENCH, PYTHON, RESULTS, child_env, machine, machine_line

# (name, script, arguments, arguments with --quick)
SCRIPTS: list[tuple[str, str, list[str], list[str]]] = [
    ("analysis", "bench_analysis.py", [], ["--quick"]),
    ("compare", "bench_compare.py", [], ["--quick"]),
    ("batch", "bench_batch.py", [], ["--n", "100"]),
    ("startup", "bench_startup.py", [], ["--repeat", "2"]),
    ("responsiveness", "bench_responsiveness.py", [], ["--size-mb", "1", "--shape", "tiny"]),
    ("memory", "bench_memory.py", [], ["--repeat", "1", "--big-mb", "1"]),
    ("loading", "bench_loading.py", [], ["--repeat", "1"]),
    # one run of the 200 sentences (~7 min on 2 idle cores); bench/README's figures are --runs 3
    ("translate", "bench_translate.py", ["--runs", "1"], ["--runs", "1", "--sentences", "40"]),
]


def load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None


def summary_lines(since: float) -> list[str]:
    """Headline figures from the results written by this run."""
    out: list[str] = []

    def fresh(name: str) -> dict[str, Any] | None:
        path = RESULTS / f"{name}.json"
        return load(name) if path.exists() and path.stat().st_mtime >= since else None

    a = fresh("analysis")
    if a:
        for key, label in (("seeds", "seeds"), ("dev", "dev corpus")):
            r = a.get(key)
            if r:
                out.append(
                    f"- analysis, {label}: {r['mb_per_s']:.3f} MB/s wall ({r['mb_per_s_cpu']:.3f} MB/s of CPU); "
                    f"analysis / bare pass = {r['ratio_analysis_to_bare']:.0f}x wall, "
                    f"{r['ratio_analysis_to_bare_cpu']:.0f}x CPU"
                )
        rows = a.get("scaling", {}).get("rows", [])
        if len(rows) >= 2:
            k = rows[-1]["factor"]
            out.append(
                f"- scaling: t({k}x)/t(1x) = {rows[-1]['wall_s'] / rows[0]['wall_s']:.1f} wall, "
                f"{rows[-1]['cpu_s'] / rows[0]['cpu_s']:.1f} CPU (linear = {k})"
            )
    b = fresh("batch")
    if b:
        parts = [
            f"--jobs {j}: {v['docs_per_s']:.2f} docs/s, peak {v['peak_rss_mb']:.0f} MB"
            for j, v in b.get("summary", {}).items()
        ]
        out.append(f"- batch of {b['docs']}: " + "; ".join(parts) + f"; speed-up {b.get('speedup', 0):.2f}x")
    s = fresh("startup")
    if s:
        st = s.get("startup", {})
        if "gui_window_shown_s" in st:
            out.append(
                f"- start-up: window {st['gui_window_shown_s']:.2f} s, cards {st['seed_cards_shown_s']:.2f} s, "
                f"bare window {st['bare_window_shown_s']:.2f} s (ratios {st['ratio_window']:.1f}x, "
                f"{st['ratio_cards']:.1f}x); heavy imports: {s.get('importtime', {}).get('heavy_modules') or 'none'}"
            )
        else:
            out.append(f"- start-up: bare window {st.get('bare_window_shown_s', float('nan')):.2f} s (GUI not there)")
    out.extend(target_lines(a, b, s))
    r = fresh("responsiveness")
    if r:
        parts = []
        for k, v in r.get("variants", {}).items():
            if v.get("max_stall_ms") is not None:
                parts.append(f"{k} {v['max_stall_ms']:.0f} ms")
            elif v.get("gap"):
                parts.append(f"{k}: not measured")
        out.append("- max event-loop stall: " + ", ".join(parts))
    m = fresh("memory")
    if m:
        parts = []
        if "cli_largest" in m:
            parts.append(f"CLI largest dev policy {m['cli_largest']['tree_peak_mb']:.0f} MB")
        if "cli_5mb" in m:
            parts.append(f"CLI 5 MB {m['cli_5mb']['tree_peak_mb']:.0f} MB")
        for k, v in m.items():
            if k.startswith("gui PolicyLens +"):
                parts.append(f"{k[4:]}: GUI {v['gui_peak_mb']:.0f} MB, tree {v['tree_peak_mb']:.0f} MB")
        out.append("- peak RSS: " + "; ".join(parts))
    return out


def _target(label: str, value: float | None, target: float, unit: str, *, at_least: bool = False) -> str:
    if value is None:
        return f"- TARGET {label}: not measured in this run (target {'>=' if at_least else '<='} {target:g}{unit})"
    ok = value >= target if at_least else value <= target
    return (
        f"- TARGET {label}: {value:.3g}{unit} (target {'>=' if at_least else '<='} {target:g}{unit}): "
        f"{'reached' if ok else 'NOT reached'}"
    )


def target_lines(a: dict[str, Any] | None, b: dict[str, Any] | None, s: dict[str, Any] | None) -> list[str]:
    """Issue 16's targets, each with its figure from this run (ratios measured side by side)."""
    out: list[str] = []
    dev = (a or {}).get("dev") or {}
    out.append(_target("warm analysis / bare pass, dev corpus (CPU)", dev.get("ratio_analysis_to_bare_cpu"), 25, "x"))
    tk = (a or {}).get("ten_k") or {}
    out.append(_target("warm analysis per 10k words", tk.get("ms_per_10k_words"), 50, " ms"))
    rows = (a or {}).get("scaling", {}).get("rows", [])
    k = rows[-1]["factor"] if rows else 64
    lin = rows[-1]["cpu_s"] / rows[0]["cpu_s"] if len(rows) >= 2 else None
    out.append(_target(f"scaling t({k}x)/t(1x) (CPU)", lin, 70 * k / 64, ""))
    cold = (a or {}).get("cold") or {}
    cp = cold.get("cached_packs_s")
    per_pack = sorted(cp.values())[len(cp) // 2] * 1000 if cp else None
    out.append(_target("fresh process, per pack (cached)", per_pack, 50, " ms"))
    st = (s or {}).get("startup") or {}
    out.append(_target("launch -> cards / bare window", st.get("ratio_cards"), 2.5, "x"))
    summary = (b or {}).get("summary") or {}
    docs = (b or {}).get("docs")
    per_core = [docs / v["cpu_s"] for v in summary.values() if docs and v.get("cpu_s")]
    out.append(_target("batch policies per CPU-second", max(per_core) if per_core else None, 60, "", at_least=True))
    jobs = sorted(int(j) for j in summary)
    if len(jobs) >= 2:
        n = jobs[-1] / jobs[0]
        ratio = (b or {}).get("speedup", 0) / n
        out.append(_target(f"--jobs scaling / ideal ({jobs[-1]} vs {jobs[0]})", ratio, 0.9, "", at_least=True))
    else:
        out.append(_target("--jobs scaling / ideal", None, 0.9, "", at_least=True))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions (to check the scripts)")
    ap.add_argument("--only", default="", help="comma-separated names: " + ", ".join(s[0] for s in SCRIPTS))
    args = ap.parse_args(argv)
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    info = machine()
    print("machine:", machine_line(info), flush=True)
    since = time.time()
    status: dict[str, str] = {}
    for name, script, normal, quick in SCRIPTS:
        if only and name not in only:
            continue
        path = BENCH / script
        if not path.exists():
            status[name] = "not present"
            continue
        print(f"\n##### {script}", flush=True)
        t = time.perf_counter()
        proc = subprocess.run([PYTHON, str(path), *(quick if args.quick else normal)], env=child_env(), check=False)
        took = time.perf_counter() - t
        status[name] = f"exit {proc.returncode} in {took:.0f} s"
    print("\n##### summary")
    for name, st in status.items():
        print(f"  {name:<15} {st}")
    lines = summary_lines(since)
    text = f"Machine: {machine_line(info)}\n\n" + "\n".join(lines) + "\n"
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    Path(RESULTS / "SUMMARY.md").write_text(text, encoding="utf-8")
    failed = [n for n, st in status.items() if st.startswith("exit") and not st.startswith("exit 0")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
