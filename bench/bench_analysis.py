"""Analysis throughput and scaling.

    .venv/bin/python bench/bench_analysis.py [--repeat N] [--policy FILE] [--quick] [--no-profile]

What it prints:

* seeds and dev corpus: time to load and analyse every file (median of N runs, after one warm-up
  run whose time is printed as "cold": it includes compiling the rule packs), MB/s, and the same
  for a *bare pass* over the same files in the same run (read the file, ``re.findall(r"\\w+")``);
  the ratio analysis / bare pass; time per stage (language detection, segmentation, contexts,
  rule matching, building the summary — from the engine's progress callback);
* scaling: one policy repeated 1x, 4x, 16x, 64x: time, MB/s and t(kx)/t(1x) — linear is k;
* a pyinstrument profile of the dev corpus pass and of the 16x document: the top functions by
  own time, with their share (full trees in bench/results/profile_*.txt).

Wall and CPU times are both given: on a shared machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import (
    Timing,
    dev_files,
    fmt_s,
    header,
    machine,
    machine_line,
    mb,
    med_timing,
    median,
    repeated_text,
    save,
    seed_files,
    timed,
)

from policylens.core import errors
from policylens.core.analyze import analyze
from policylens.core.loaders import load_path

# progress values the engine reports after each stage (analyze.py: step(10), 25, 40, 85, 100)
STAGES = ((10, "language"), (25, "segment"), (40, "contexts"), (85, "match"), (100, "build"))
_WORD = re.compile(r"\w+")


def analyse_one(path: Path) -> dict[str, float]:
    """Load and analyse ``path``; CPU seconds of this thread per stage (``load`` + the engine's
    stages): CPU time, not wall time, so that other load on the machine does not blur them."""
    marks: list[tuple[int, float]] = []
    clock = time.thread_time

    def progress(done: int, total: int) -> None:
        marks.append((int(done * 100 / total) if total else 0, clock()))

    t0 = clock()
    doc = load_path(path)
    t1 = clock()
    with contextlib.suppress(errors.NotAPolicy):
        analyze(doc, progress=progress)
    t2 = clock()
    out = {"load": t1 - t0}
    prev = t1
    for bound, name in STAGES:
        at = next((t for pct, t in marks if pct >= bound), None)
        if at is None:  # e.g. an unsupported language returns after the language stage
            at = t2 if bound == 100 else prev
        out[name] = max(0.0, at - prev)
        prev = max(prev, at)
    return out


def bare_one(path: Path) -> int:
    """The yardstick: read the file and split it into words."""
    return len(_WORD.findall(path.read_text(encoding="utf-8")))


def run_set(files: list[Path], repeat: int) -> dict[str, Any]:
    nbytes = sum(p.stat().st_size for p in files)
    cold, _ = timed(lambda: [analyse_one(p) for p in files])
    runs: list[Timing] = []
    bares: list[Timing] = []
    stage_runs: list[dict[str, float]] = []
    per_file: dict[str, list[float]] = {str(p): [] for p in files}
    for _ in range(repeat):
        stages: dict[str, float] = {}

        def one_pass(stages: dict[str, float] = stages) -> None:
            for p in files:
                t0 = time.perf_counter()
                for k, v in analyse_one(p).items():
                    stages[k] = stages.get(k, 0.0) + v
                per_file[str(p)].append(time.perf_counter() - t0)

        t, _ = timed(one_pass)
        runs.append(t)
        stage_runs.append(stages)
        b, _ = timed(lambda: [bare_one(p) for p in files])
        bares.append(b)
    t = med_timing(runs)
    b = med_timing(bares)
    stages = {k: median(s[k] for s in stage_runs) for k in stage_runs[0]}
    files_mbs = sorted(((mb(Path(f).stat().st_size) / median(ts), f) for f, ts in per_file.items()), key=lambda x: x[0])
    return {
        "files": len(files),
        "bytes": nbytes,
        "runs": repeat,
        "cold_wall_s": cold.wall,
        "wall_s": t.wall,
        "cpu_s": t.cpu,
        "all_wall_s": [r.wall for r in runs],
        "mb_per_s": mb(nbytes) / t.wall,
        "mb_per_s_cpu": mb(nbytes) / t.cpu if t.cpu else None,
        "bare_wall_s": b.wall,
        "bare_cpu_s": b.cpu,
        "bare_mb_per_s": mb(nbytes) / b.wall,
        "ratio_analysis_to_bare": t.wall / b.wall,
        "ratio_analysis_to_bare_cpu": t.cpu / b.cpu if b.cpu else None,
        "stages_s": stages,
        "slowest_files_mb_per_s": [{"file": f, "mb_per_s": round(r, 4)} for r, f in files_mbs[:5]],
    }


def print_set(name: str, r: dict[str, Any]) -> None:
    print(
        f"{name}: {r['files']} files, {mb(r['bytes']):.3f} MB; median of {r['runs']} runs "
        f"(cold first run {fmt_s(r['cold_wall_s'])})"
    )
    print(
        f"  analysis   {fmt_s(r['wall_s'])} wall, {fmt_s(r['cpu_s'])} CPU  ->  {r['mb_per_s']:.3f} MB/s "
        f"({r['mb_per_s_cpu']:.3f} MB/s of CPU)"
    )
    print(f"  bare pass  {fmt_s(r['bare_wall_s'])}  ->  {r['bare_mb_per_s']:.1f} MB/s")
    print(
        f"  RATIO analysis / bare pass = {r['ratio_analysis_to_bare']:.0f}x wall"
        + (f", {r['ratio_analysis_to_bare_cpu']:.0f}x CPU" if r["ratio_analysis_to_bare_cpu"] else "")
    )
    total = sum(r["stages_s"].values()) or 1
    print("  stages (CPU): " + ", ".join(f"{k} {fmt_s(v)} ({100 * v / total:.0f}%)" for k, v in r["stages_s"].items()))
    print(
        "  slowest files: "
        + "; ".join(
            f"{Path(x['file']).parent.name}/{Path(x['file']).name} {x['mb_per_s']:.3f} MB/s"
            for x in r["slowest_files_mb_per_s"][:3]
        )
    )


def scaling(policy: Path, factors: list[int], repeat: int, tmp: Path) -> dict[str, Any]:
    text = policy.read_text(encoding="utf-8")
    rows = []
    for k in factors:
        path = tmp / f"x{k}-{policy.name}"
        path.write_text(repeated_text(text, k), encoding="utf-8")
        nbytes = path.stat().st_size
        n = repeat if k < 64 else max(1, min(repeat, 3))
        runs: list[Timing] = []
        stage_runs = []
        bares: list[Timing] = []
        for _ in range(n):
            t, st = timed(lambda path=path: analyse_one(path))
            runs.append(t)
            stage_runs.append(st)
            b, _ = timed(lambda path=path: bare_one(path))
            bares.append(b)
        t = med_timing(runs)
        b = med_timing(bares)
        rows.append(
            {
                "factor": k,
                "bytes": nbytes,
                "runs": n,
                "wall_s": t.wall,
                "cpu_s": t.cpu,
                "mb_per_s": mb(nbytes) / t.wall,
                "bare_wall_s": b.wall,
                "bare_cpu_s": b.cpu,
                "ratio_analysis_to_bare": t.wall / b.wall,
                "ratio_analysis_to_bare_cpu": t.cpu / b.cpu if b.cpu else None,
                "stages_s": {key: median(s[key] for s in stage_runs) for key in stage_runs[0]},
            }
        )
        r = rows[-1]
        base = rows[0]
        print(
            f"  {k:>3}x {mb(nbytes):7.3f} MB  {fmt_s(r['wall_s']):>9} wall {fmt_s(r['cpu_s']):>9} CPU  "
            f"{r['mb_per_s']:.3f} MB/s  t/t(1x) = {r['wall_s'] / base['wall_s']:6.1f} (CPU "
            f"{r['cpu_s'] / base['cpu_s']:6.1f})  bare {fmt_s(r['bare_wall_s'])}  "
            f"ratio {r['ratio_analysis_to_bare']:.0f}x wall / {r['ratio_analysis_to_bare_cpu'] or 0:.0f}x CPU",
            flush=True,
        )
        stages = r["stages_s"]
        print("        stages (CPU): " + ", ".join(f"{key} {fmt_s(v)}" for key, v in stages.items()), flush=True)
    return {"policy": str(policy), "rows": rows}


# ------------------------------------------------------------------------------------ cold costs

_COLD = r"""
import json, time
c = time.process_time
t = c(); import policylens.core.analyze, policylens.core.loaders; imp = c() - t
from policylens.core import langid, rules
t = c(); langid.detect_text("We collect your e-mail address to send you the newsletter."); ld = c() - t
packs = {}
for code in rules.available_packs():
    t = c(); rules.load_pack(code); packs[code] = c() - t
print(json.dumps({"import_s": imp, "langdetect_profiles_s": ld, "packs_s": packs}))
"""


def cold_costs() -> dict[str, Any]:
    """One-time costs in a fresh process (CPU seconds): importing the engine, loading langdetect's
    profiles, compiling each rule pack (paid by the first analysis in each language, in every
    process: the GUI's analysis process, each ``--jobs`` worker)."""
    import json
    import subprocess

    from _common import PYTHON, child_env

    def fresh(cache: str, enabled: bool) -> dict[str, Any]:
        env = {**child_env(), "XDG_CACHE_HOME": cache, "POLICYLENS_PACK_CACHE": "1" if enabled else "0"}
        proc = subprocess.run([PYTHON, "-c", _COLD], capture_output=True, text=True, env=env, check=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    with tempfile.TemporaryDirectory(prefix="plbench-cache-") as cache:
        out = fresh(cache, enabled=False)  # compiled from the TOML (no cache): the first start ever
        fresh(cache, enabled=True)  # writes the caches
        cached = fresh(cache, enabled=True)  # a later start: packs and profiles from the cache
    out["cached_packs_s"] = cached["packs_s"]
    out["cached_langdetect_profiles_s"] = cached["langdetect_profiles_s"]
    out["cached_import_s"] = cached["import_s"]
    return out


def ten_k_words(files: list[Path], repeat: int) -> dict[str, Any]:
    """Warm analysis of the longest policy, in ms per 10,000 words (target: 50 ms)."""
    from policylens.core.loaders import load_path

    path = max(files, key=lambda p: p.stat().st_size)
    doc = load_path(path)
    analyze(doc)  # warm: its pack compiled or loaded
    times = []
    for _ in range(repeat):
        t = time.thread_time()
        analyze(doc)
        times.append(time.thread_time() - t)
    cpu = median(times)
    return {"file": path.name, "words": doc.words, "cpu_s": cpu, "ms_per_10k_words": cpu * 1000 * 10_000 / doc.words}


# ------------------------------------------------------------------------------------ profile


def profile(fn: Any, label: str, top: int = 15) -> dict[str, Any]:
    from pyinstrument import Profiler

    prof = Profiler(interval=0.001)
    prof.start()
    fn()
    prof.stop()
    session = prof.last_session
    assert session is not None
    root = session.root_frame()
    total = root.time if root is not None else 0.0
    own: dict[str, float] = {}
    incl: dict[str, float] = {}

    def walk(frame: Any, stack: frozenset[str]) -> None:
        if frame.is_synthetic:  # "[self]", "[await]": already counted in the parent's own time
            return
        key = f"{frame.function} ({_short(frame.file_path)}:{frame.line_no})"
        own[key] = own.get(key, 0.0) + frame.total_self_time
        if key not in stack:  # count recursion once
            incl[key] = incl.get(key, 0.0) + frame.time
        for c in frame.children:
            walk(c, stack | {key})

    if root is not None:
        walk(root, frozenset())
    out_txt = prof.output_text(unicode=True, color=False, show_all=False)
    from _common import RESULTS

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"profile_{label}.txt").write_text(out_txt, encoding="utf-8")
    rows = sorted(own.items(), key=lambda kv: -kv[1])[:top]
    print(f"  profile '{label}': {total:.2f} s sampled; top functions by own time:")
    for k, v in rows:
        print(f"    {100 * v / total:5.1f}%  {v:7.3f} s  {k}")
    engine = [
        (k, v)
        for k, v in incl.items()
        if any(
            f"{name} " in k
            for name in (
                "detect_document",
                "_segment",
                "_contexts",
                "_match_all",
                "_build",
                "load_path",
                "_check",
                "is_negated",
                "_periods",
                "_named_recipients",
            )
        )
    ]
    engine.sort(key=lambda kv: -kv[1])
    print(
        "    engine functions, inclusive: " + "; ".join(f"{k.split(' (')[0]} {100 * v / total:.0f}%" for k, v in engine)
    )
    return {
        "sampled_s": total,
        "top_own": [{"function": k, "s": round(v, 4), "pct": round(100 * v / total, 1)} for k, v in rows],
        "engine_inclusive": [{"function": k, "pct": round(100 * v / total, 1)} for k, v in engine],
    }


def _short(path: str | None) -> str:
    if not path:
        return "?"
    for marker in ("site-packages/", "/app/", "/lib/python"):
        if marker in path:
            return path.split(marker, 1)[1]
    return Path(path).name


# ------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement (median); default 5")
    ap.add_argument("--policy", type=Path, help="the policy to repeat for scaling (default: the largest seed)")
    ap.add_argument("--factors", default="1,4,16,64")
    ap.add_argument("--quick", action="store_true", help="3 runs, factors 1,4,16")
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.repeat = 3
        args.factors = "1,4,16"
    info = machine()
    print("machine:", machine_line(info), flush=True)
    results: dict[str, Any] = {}

    header("Throughput: seeds")
    seeds = seed_files()
    results["seeds"] = run_set(seeds, args.repeat)
    print_set("seeds", results["seeds"])

    dev = dev_files()
    if dev:
        header("Throughput: dev corpus")
        results["dev"] = run_set(dev, max(1, min(args.repeat, 3)))
        print_set("dev corpus", results["dev"])
    else:
        print("(no dev corpus found: set POLICYLENS_CORPUS)")

    if dev:
        header("One long policy, warm")
        tk = ten_k_words(dev, args.repeat)
        results["ten_k"] = tk
        print(
            f"  {tk['file']} ({tk['words']} words): {fmt_s(tk['cpu_s'])} CPU -> "
            f"TARGET {tk['ms_per_10k_words']:.0f} ms per 10k words (target <= 50 ms)"
        )

    header("One-time costs in a fresh process (CPU)")
    cold = cold_costs()
    results["cold"] = cold
    for label, imp, ld, packs in (
        ("no cache (first start)", cold["import_s"], cold["langdetect_profiles_s"], cold["packs_s"]),
        (
            "cached (later starts)",
            cold["cached_import_s"],
            cold["cached_langdetect_profiles_s"],
            cold["cached_packs_s"],
        ),
    ):
        print(
            f"  {label}: import engine {fmt_s(imp)}, langdetect profiles {fmt_s(ld)}, "
            f"rule packs {fmt_s(sum(packs.values()))} for {len(packs)} "
            f"(median {fmt_s(median(packs.values()))}, max {max(packs, key=lambda k: packs[k])} "
            f"{fmt_s(max(packs.values()))})"
        )
    cp = cold["cached_packs_s"]
    print(f"  TARGET fresh process per pack (cached): median {median(cp.values()) * 1000:.0f} ms (target <= 50 ms)")

    policy = args.policy or max(seeds, key=lambda p: p.stat().st_size)
    factors = [int(x) for x in args.factors.split(",")]
    header(f"Scaling: {policy.name} repeated {', '.join(f'{k}x' for k in factors)}")
    with tempfile.TemporaryDirectory(prefix="plbench-") as tmp:
        sc = scaling(policy, factors, max(1, min(args.repeat, 3)), Path(tmp))
        results["scaling"] = sc
        rows = sc["rows"]
        last = rows[-1]
        k = last["factor"]
        print(
            f"  SCALING t({k}x)/t(1x) = {last['wall_s'] / rows[0]['wall_s']:.1f} wall, "
            f"{last['cpu_s'] / rows[0]['cpu_s']:.1f} CPU (linear = {k})"
        )
        if len(rows) >= 2:
            a, b = rows[-2], rows[-1]
            print(
                f"  marginal: t({b['factor']}x)/t({a['factor']}x) = {b['cpu_s'] / a['cpu_s']:.2f} CPU "
                f"(linear = {b['factor'] / a['factor']:.0f})"
            )
        if not args.no_profile:
            header("Profile (pyinstrument)")
            if dev:
                results["profile_dev"] = profile(lambda: [analyse_one(p) for p in dev], "dev")
            big = Path(tmp) / f"x16-{policy.name}"
            if not big.exists():
                big.write_text(repeated_text(policy.read_text(encoding="utf-8"), 16), encoding="utf-8")
            results["profile_x16"] = profile(lambda: analyse_one(big), "x16")
    save("analysis", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
