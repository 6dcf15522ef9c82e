"""A fuzzing pass much longer than CI's, and the large-input cases too slow for CI.

    .venv/bin/python bench/fuzz_long.py                      # all three parts, defaults below
    .venv/bin/python bench/fuzz_long.py --hypothesis 3000    # property tests, N examples each
    .venv/bin/python bench/fuzz_long.py --atheris 600        # coverage-guided, for N seconds
    .venv/bin/python bench/fuzz_long.py --large 10,60        # analyse 10 and 60 MB texts

1. **Hypothesis**: ``tests/hostile/test_loader_properties.py`` (any bytes under any name, generated
   HTML/Markdown/MHTML, damaged real PDF/Word/web files) with ``--hypothesis`` examples per property
   instead of CI's 60, not derandomised: every run explores new inputs.
2. **atheris** (libFuzzer, coverage-guided; ``pip install atheris``, skipped when missing): feeds
   ``load_bytes`` mutated inputs under every supported name, starting from a corpus of real files,
   for ``--atheris`` seconds. Any exception other than ``InputError`` is a finding; the input is
   kept under ``bench/results/fuzz-crashes/``.
3. **Large inputs**: a text policy of each ``--large`` size (MB) analysed in a fresh process:
   wall and CPU time, peak memory (``ru_maxrss``), progress steps; and a 64 MB HTML page of tiny
   list items (the worst case of the HTML loader's memory).

Results go to ``bench/results/fuzz_long.json``; findings and fixes are recorded in
``bench/FUZZING.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CRASHES = RESULTS / "fuzz-crashes"
PYTHON = sys.executable


def run_hypothesis(examples: int) -> dict[str, object]:
    env = dict(os.environ, POLICYLENS_FUZZ_EXAMPLES=str(examples), QT_QPA_PLATFORM="offscreen", POLICYLENS_TEST="1")
    start = time.perf_counter()
    proc = subprocess.run(
        [PYTHON, "-m", "pytest", "-q", "-p", "no:randomly", "tests/hostile/test_loader_properties.py",
         "--hypothesis-show-statistics"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    print(proc.stdout[-4000:], proc.stderr[-2000:], sep="\n")
    return {"examples_per_property": examples, "seconds": round(time.perf_counter() - start, 1),
            "result": tail, "exit_code": proc.returncode}


ATHERIS_HARNESS = textwrap.dedent(
    r'''
    import sys, atheris
    with atheris.instrument_imports(include=["policylens"]):
        from policylens.core import errors
        from policylens.core.loaders import SUPPORTED_EXTENSIONS, load_bytes
    NAMES = [f"p{e}" for e in SUPPORTED_EXTENSIONS] + ["p", "p.doc"]

    def one(data: bytes) -> None:
        if not data:
            return
        name = NAMES[data[0] % len(NAMES)]
        try:
            load_bytes(data[1:], name)
        except errors.InputError:
            pass

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()
    '''
)


def _seed_corpus(folder: Path) -> None:
    """Real files of every format (tests/fixtures.py), prefixed with the byte that names them."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "app"))
    import fixtures as fx
    from policylens.core.loaders import SUPPORTED_EXTENSIONS

    names = [f"p{e}" for e in SUPPORTED_EXTENSIONS]
    with tempfile.TemporaryDirectory() as tmp:
        made = fx.make_all(ROOT / "resources" / "samples" / "fr-genletter.txt", Path(tmp))
        for fmt, path in made.items():
            ext = path.suffix.lower()
            index = names.index(f"p{ext}") if f"p{ext}" in names else 0
            data = path.read_bytes()
            if len(data) > 200_000:
                continue
            (folder / f"seed-{fmt}").write_bytes(bytes([index]) + data)


def run_atheris(seconds: int) -> dict[str, object]:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed (pip install atheris): skipped")
        return {"skipped": "atheris not installed"}
    CRASHES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="policylens-fuzz-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        _seed_corpus(corpus)
        harness = Path(tmp) / "harness.py"
        harness.write_text(ATHERIS_HARNESS, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "app"))
        start = time.perf_counter()
        proc = subprocess.run(
            [PYTHON, str(harness), str(corpus), f"-max_total_time={seconds}", "-max_len=65536", "-timeout=60",
             "-rss_limit_mb=4096", f"-artifact_prefix={CRASHES}/", "-print_final_stats=1"],
            env=env, capture_output=True, text=True, check=False,
        )
        log = proc.stderr
        stats = [ln for ln in log.splitlines() if ln.startswith(("stat::", "#", "==", "INFO: "))][-12:]
        print(log[-3000:])
        return {"seconds": round(time.perf_counter() - start, 1), "exit_code": proc.returncode,
                "crashes": sorted(p.name for p in CRASHES.iterdir()), "stats": stats}


LARGE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_path
    path = Path(sys.argv[1])
    def peak_mb():  # this process's own high-water mark: ru_maxrss also counts the parent's pages at exec
        status = Path("/proc/self/status")
        for line in status.read_text().splitlines() if status.exists() else ():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    t0, c0 = time.perf_counter(), time.process_time()
    doc = load_path(path)
    loaded = time.perf_counter() - t0
    steps = []
    summary = analyze(doc, progress=lambda d, t: steps.append(d)) if sys.argv[2] == "analyze" else None
    print(json.dumps({"load_s": round(loaded, 1), "wall_s": round(time.perf_counter() - t0, 1),
                      "cpu_s": round(time.process_time() - c0, 1), "chars": len(doc.text), "blocks": len(doc.blocks),
                      "progress_steps": len(steps),
                      "peak_rss_mb": peak_mb()}))
    """
)


def run_large(sizes_mb: list[int]) -> dict[str, object]:
    out: dict[str, object] = {}
    seed = (ROOT / "resources" / "samples" / "fr-genletter.txt").read_text(encoding="utf-8") + "\n\n"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "app"))
    with tempfile.TemporaryDirectory(prefix="policylens-large-") as tmp:
        cases = []
        for mb in sizes_mb:
            p = Path(tmp) / f"text-{mb}mb.txt"
            p.write_text(seed * (mb * 2**20 // len(seed.encode()) + 1), encoding="utf-8")
            cases.append((f"text {mb} MB", p, "analyze"))
        html = Path(tmp) / "list-64mb.html"
        with html.open("wb") as fh:
            fh.write(b"<!doctype html><html><body><ul>")
            item = b"<li>a</li>"
            fh.write(item * ((64 * 2**20 - 100) // len(item)))
            fh.write(b"</ul></body></html>")
        cases.append(("html 64 MB of <li>a</li>", html, "load"))
        for label, path, mode in cases:
            print(f"{label}...", flush=True)
            proc = subprocess.run([PYTHON, "-c", LARGE, str(path), mode], env=env, capture_output=True, text=True,
                                  check=False)
            if proc.returncode == 0:
                out[label] = json.loads(proc.stdout)
            else:
                out[label] = {"exit_code": proc.returncode, "stderr": proc.stderr[-800:]}
            print(label, out[label], flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hypothesis", type=int, metavar="N", help="examples per property (default 2000)")
    ap.add_argument("--atheris", type=int, metavar="SECONDS", help="atheris run time (default 300)")
    ap.add_argument("--large", metavar="MB,MB", help="text sizes to analyse (default 10,60)")
    args = ap.parse_args()
    everything = args.hypothesis is None and args.atheris is None and args.large is None
    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "python": sys.version.split()[0]}
    if everything or args.hypothesis:
        report["hypothesis"] = run_hypothesis(args.hypothesis or 2000)
    if everything or args.atheris:
        report["atheris"] = run_atheris(args.atheris or 300)
    if everything or args.large:
        report["large"] = run_large([int(x) for x in (args.large or "10,60").split(",") if x])
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / "fuzz_long.json"
    previous = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    previous.update(report)
    target.write_text(json.dumps(previous, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    failed = any(isinstance(v, dict) and v.get("exit_code") not in (None, 0) for v in report.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
