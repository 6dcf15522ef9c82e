"""Start-up: launch to window shown, and to cards shown for a seed, against a bare PySide6 window.

    .venv/bin/python bench/bench_startup.py [--repeat N] [--seed FILE]

Each launch is a fresh process (``QT_QPA_PLATFORM=offscreen``, a throw-away HOME so no settings or
caches carry over) started by bench/_gui_driver.py:

* bare:  ``QApplication`` + an empty ``QMainWindow`` (1400x900) shown — the floor for any PySide6 app;
* gui:   ``policylens.gui.main([])`` exactly as ``policylens-gui`` runs it: window shown;
* seed:  ``policylens.gui.main([SEED])``: window shown, then the cards shown (``summary_changed``
  plus one event-loop turn, in which the cards are painted).

"Shown" is the first event-loop turn after the window's Show event (its first paint is done by
then). Times are from just before the process is launched; medians of N launches, interleaved.
The CPU time of each child (user + sys) is given too: on a busy machine it is the steadier figure.

Then ``python -X importtime`` of the GUI start (window shown): the imports that cost most, and a
check that none of argostranslate, ctranslate2, torch, stanza or spacy is imported — neither at
start nor by the time the seed's cards are shown (``sys.modules`` of the seed launches).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BENCH, HEAVY_MODULES, PYTHON, fmt_s, header, machine, machine_line, median, qt_env, save, seed_files

DRIVER = str(BENCH / "_gui_driver.py")


def gui_available() -> str | None:
    """None when policylens.gui and its MainWindow import; else why not."""
    probe = subprocess.run(
        [PYTHON, "-c", "import policylens.gui, policylens.ui.mainwindow as m; m.MainWindow"],
        capture_output=True,
        text=True,
        env=qt_env(),
        check=False,
    )
    if probe.returncode == 0:
        return None
    return (probe.stderr.strip().splitlines() or ["import failed"])[-1]


def launch(
    args: list[str], home: Path, *, importtime: bool = False, timeout: float = 300, cache: Path | None = None
) -> dict[str, Any]:
    env = qt_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(cache or home / ".cache"),
    )
    cmd = [PYTHON, *(["-X", "importtime"] if importtime else []), DRIVER, *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env["PLBENCH_T0"] = repr(time.time())
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("PLBENCH ")), None)
    if line is None:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    out = json.loads(line[len("PLBENCH ") :])
    out["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    out["exit"] = proc.returncode
    if importtime:
        out["importtime"] = proc.stderr
    return out


_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def parse_importtime(stderr: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) per line of ``-X importtime``."""
    rows = []
    for line in stderr.splitlines():
        m = _IMPORT_LINE.match(line)
        if m:
            rows.append((m.group(4), int(m.group(1)), int(m.group(2)), (len(m.group(3)) - 1) // 2))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=Path, default=None, help="the policy to open (default: the largest seed)")
    args = ap.parse_args(argv)
    seed = args.seed or max(seed_files(), key=lambda p: p.stat().st_size)
    print("machine:", machine_line(machine()), flush=True)
    why = gui_available()
    if why is not None:
        print(f"GUI not available yet ({why}): only the bare window is measured.")
    results: dict[str, Any] = {"seed": str(seed), "gui_available": why is None}

    header(f"Start-up, median of {args.repeat} launches (offscreen)")
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "gui": [], "seed": []}
    with tempfile.TemporaryDirectory(prefix="plbench-home-") as tmp:
        home = Path(tmp)
        launch(["startup", "bare"], home)  # warm the OS file cache once
        # the app's caches (compiled packs, langdetect's profiles) as after its first start: every
        # start but the very first finds them; the first start is measured once, on its own
        cache = home / "shared-cache"
        if why is None:
            launch(["startup", "gui"], home)
            first = launch(["startup", "gui", str(seed)], home / "first")
            results["seed_first_cards_shown_s"] = first["marks"].get("cards_shown")
            launch(["startup", "gui", str(seed)], home / "warm", cache=cache)
        for i in range(args.repeat):
            runs["bare"].append(launch(["startup", "bare"], home / f"b{i}"))
            if why is None:
                runs["gui"].append(launch(["startup", "gui"], home / f"g{i}"))
                runs["seed"].append(launch(["startup", "gui", str(seed)], home / f"s{i}", cache=cache))
            print(".", end="", flush=True)
        print()

        def med(kind: str, key: str) -> float:
            return median(r["marks"][key] for r in runs[kind] if key in r["marks"])

        bare = med("bare", "window_shown")
        rows = {"bare_window_shown_s": bare, "bare_cpu_s": median(r["cpu_s"] for r in runs["bare"])}
        print(f"  bare QMainWindow shown          {fmt_s(bare):>9}   (child CPU {fmt_s(rows['bare_cpu_s'])})")
        if why is None:
            gui = med("gui", "window_shown")
            seed_win = med("seed", "window_shown")
            cards = med("seed", "cards_shown")
            rows.update(
                {
                    "gui_window_shown_s": gui,
                    "gui_cpu_s": median(r["cpu_s"] for r in runs["gui"]),
                    "seed_window_shown_s": seed_win,
                    "seed_cards_shown_s": cards,
                    "seed_cpu_s": median(r["cpu_s"] for r in runs["seed"]),
                    "ratio_window": gui / bare,
                    "ratio_cards": cards / bare,
                    "gui_marks": {k: med("gui", k) for k in runs["gui"][0]["marks"]},
                    "seed_marks": {k: med("seed", k) for k in runs["seed"][0]["marks"]},
                    "heavy_modules_at_cards": sorted({m for r in runs["seed"] for m in r["heavy_modules"]}),
                    "gui_peak_rss_mb": median(r["peak_rss_mb"] for r in runs["gui"]),
                    "seed_peak_rss_mb": median(r["peak_rss_mb"] for r in runs["seed"]),
                    "bare_peak_rss_mb": median(r["peak_rss_mb"] for r in runs["bare"]),
                }
            )
            print(f"  PolicyLens window shown         {fmt_s(gui):>9}   (child CPU {fmt_s(rows['gui_cpu_s'])})")
            print(f"  with {seed.name}: window shown {fmt_s(seed_win):>9}")
            print(
                f"  with {seed.name}: cards shown  {fmt_s(cards):>9}   "
                f"(child CPU until exit {fmt_s(rows['seed_cpu_s'])})"
            )
            print(f"  RATIO window shown / bare window = {rows['ratio_window']:.1f}x")
            print(f"  RATIO cards shown / bare window  = {rows['ratio_cards']:.1f}x (caches from an earlier start)")
            first_cards = results.get("seed_first_cards_shown_s")
            if first_cards:
                print(f"  first start ever (no caches): cards {fmt_s(first_cards)} ({first_cards / bare:.1f}x)")
            gm = rows["seed_marks"]
            steps = [
                ("interpreter up", "python_started"),
                ("import policylens.gui", "gui_imported"),
                ("import ui.mainwindow (Qt, widgets)", "mainwindow_imported"),
                ("MainWindow() built", "window_created"),
                ("window shown", "window_shown"),
                ("cards shown", "cards_shown"),
            ]
            prev = 0.0
            print("  where the time goes (seed launch, medians):")
            for label, key in steps:
                if key in gm:
                    print(f"    {label:<38} at {fmt_s(gm[key]):>9}  (+{fmt_s(gm[key] - prev)})")
                    prev = gm[key]
            print(
                f"  peak RSS: bare {rows['bare_peak_rss_mb']:.0f} MB, PolicyLens empty "
                f"{rows['gui_peak_rss_mb']:.0f} MB, with the seed {rows['seed_peak_rss_mb']:.0f} MB"
            )
        results["startup"] = rows

        if why is None:
            header("python -X importtime of the GUI start (policylens-gui, window shown)")
            it = launch(["startup", "gui"], home / "importtime", importtime=True)
            imports = parse_importtime(it["importtime"])
            total_us = sum(s for _, s, _, _ in imports)
            top_level = sorted((r for r in imports if r[3] == 0), key=lambda r: -r[2])[:15]
            by_self = sorted(imports, key=lambda r: -r[1])[:10]
            print(f"  {len(imports)} modules imported, {total_us / 1e6:.2f} s of import time in all")
            print("  top-level imports by cumulative time:")
            for name, _s, cum, _d in top_level:
                print(f"    {cum / 1000:8.1f} ms  {name}")
            print("  modules by own time:")
            for name, own, _c, _d in by_self:
                print(f"    {own / 1000:8.1f} ms  {name}")
            heavy = sorted({n.split(".")[0] for n, *_ in imports if n.split(".")[0] in HEAVY_MODULES})
            # also what a start with a policy analysed had loaded (sys.modules at cards shown)
            heavy_rt = sorted(set(heavy) | set(it["heavy_modules"]) | set(rows.get("heavy_modules_at_cards", [])))
            ok = not heavy_rt
            print(
                "  CHECK heavy modules imported at start (argostranslate, ctranslate2, torch, stanza, spacy): "
                + ("none - OK" if ok else f"FAIL: {', '.join(heavy_rt)}")
            )
            results["importtime"] = {
                "modules": len(imports),
                "total_s": total_us / 1e6,
                "top_cumulative": [{"module": n, "ms": c / 1000} for n, _s, c, _d in top_level],
                "top_self": [{"module": n, "ms": s / 1000} for n, s, _c, _d in by_self],
                "heavy_modules": heavy_rt,
                "ok": ok,
            }
            assert ok, f"heavy modules imported at GUI start: {heavy_rt}"
    save("startup", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
