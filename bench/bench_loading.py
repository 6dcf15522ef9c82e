"""Loading real saved pages and PDFs: seconds per page, against the budget and a bare parse.

    .venv/bin/python bench/bench_loading.py [--repeat 3] [--set DIR] [--cpu]

* web pages: ``load_path`` of every saved page of the set (``../shared/corpus/saved-pages/files``),
  and of a 1 MB page made from the largest one (its ``<body>`` repeated), against a bare
  ``lxml.html.document_fromstring`` of the same bytes. Budget: 0.5 s for a 1 MB page.
* PDFs: ``load_path`` per page, against pypdf's bare ``extract_text()`` of every page. Budget: 0.2 s
  a page.

Medians of N runs, in this process (imports and pypdf's font caches warmed by a first run).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from _common import ROOT, header, machine, machine_line, save

sys.path.insert(0, str(ROOT / "app"))

SAVED = ROOT.parent / "shared" / "corpus" / "saved-pages"
HTML_BUDGET_S_PER_MB = 0.5
PDF_BUDGET_S_PER_PAGE = 0.2


# --cpu: time.process_time, this process's CPU time: a loaded machine's waits are left out, so
# figures taken beside other work compare with an idle machine's
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def _median_time(fn, repeat: int, clock: str = "wall") -> float:  # type: ignore[no-untyped-def]
    now = CLOCKS[clock]
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t = now()
        fn()
        times.append(now() - t)
    return statistics.median(times)


def _one_mb_page(source: Path) -> bytes:
    html = source.read_text(encoding="utf-8", errors="replace")
    m = re.search(r"(?is)<body[^>]*>(.*)</body>", html)
    body = m.group(1) if m else html
    head, tail = html[: m.start(1)] if m else "", html[m.end(1) :] if m else ""
    parts = [head]
    size = len(head.encode())
    while size < 1_000_000:
        parts.append(body)
        size += len(body.encode())
    parts.append(tail)
    return "".join(parts).encode("utf-8")[: max(1_000_000, size)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--set", default=str(SAVED))
    ap.add_argument("--cpu", action="store_true", help="CPU time of this process instead of wall-clock time")
    args = ap.parse_args(argv)
    clock = "cpu" if args.cpu else "wall"
    import lxml.html
    from pypdf import PdfReader

    from policylens.core.loaders import load_bytes, load_path

    files = sorted((Path(args.set) / "files").iterdir())
    info = machine()
    print(machine_line(info))
    results: dict[str, Any] = {"machine": info, "clock": "cpu" if args.cpu else "wall", "html": [], "pdf": []}
    header("web pages")
    pages = [f for f in files if f.suffix.lower() in (".html", ".htm", ".mhtml", ".mht")]
    for f in pages:
        data = f.read_bytes()
        t = _median_time(lambda f=f: load_path(f), args.repeat, clock)
        bare = _median_time(lambda data=data: lxml.html.document_fromstring(data), args.repeat, clock)
        mb = len(data) / 1e6
        row = {"file": f.name, "mb": round(mb, 3), "s": round(t, 4), "s_per_mb": round(t / mb, 4),
               "ratio_to_parse": round(t / bare, 1), "extractor": load_path(f).meta.get("extractor")}
        results["html"].append(row)
        print(f"{f.name:36} {mb:5.2f} MB  {t:6.3f} s  {t / mb:6.3f} s/MB  x{t / bare:5.1f} of a bare parse")
    if pages:
        # a 1 MB page made from the largest page, and from the largest with no marked main region
        # (read with trafilatura, the slower path)
        by_size = sorted(pages, key=lambda p: p.stat().st_size, reverse=True)
        sources = [by_size[0]]
        unmarked = [r["file"] for r in results["html"] if "trafilatura" in (r["extractor"] or "")]
        sources += [p for p in by_size if p.name in unmarked][:1]
        results["html_1mb"] = []
        for big in dict.fromkeys(sources):
            data = _one_mb_page(big)
            t = _median_time(lambda data=data: load_bytes(data, "big.html"), args.repeat, clock)
            bare = _median_time(lambda data=data: lxml.html.document_fromstring(data), args.repeat, clock)
            mb = len(data) / 1e6
            ratio = t / (HTML_BUDGET_S_PER_MB * mb)
            results["html_1mb"].append({"from": big.name, "mb": round(mb, 3), "s": round(t, 4),
                                        "budget_ratio": round(ratio, 2), "ratio_to_parse": round(t / bare, 1),
                                        "extractor": load_bytes(data, "big.html").meta.get("extractor")})
            print(f"1 MB page ({big.name} repeated, {mb:.2f} MB): {t:.3f} s = {ratio:.2f}x the budget "
                  f"({HTML_BUDGET_S_PER_MB} s/MB), x{t / bare:.1f} of a bare parse")
    header("PDFs")
    for f in [f for f in files if f.suffix.lower() == ".pdf"]:
        n = len(PdfReader(str(f)).pages)
        t = _median_time(lambda f=f: load_path(f), args.repeat, clock)
        bare = _median_time(lambda f=f: [p.extract_text() for p in PdfReader(str(f)).pages], args.repeat, clock)
        row = {"file": f.name, "pages": n, "s": round(t, 4), "s_per_page": round(t / n, 4),
               "budget_ratio": round(t / n / PDF_BUDGET_S_PER_PAGE, 2), "ratio_to_plain_pypdf": round(t / bare, 2),
               "extractor": load_path(f).meta.get("extractor")}
        results["pdf"].append(row)
        print(f"{f.name:36} {n:3} pages  {t:6.3f} s  {t / n:6.3f} s/page = {t / n / PDF_BUDGET_S_PER_PAGE:.2f}x the "
              f"budget  x{t / bare:.2f} of pypdf's plain extract_text  ({row['extractor']})")
    print(f"\nwritten to {save('loading', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
