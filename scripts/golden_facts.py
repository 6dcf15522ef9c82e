"""Golden outputs for refactoring the engine: the summaries of every labelled document, to diff.

    python scripts/golden_facts.py write OUT_DIR [SETS]   # SETS: seeds,dev,commercial,opp115,gdpr200
    python scripts/golden_facts.py diff OLD_DIR NEW_DIR [IGNORED_KEYS]

Write the old code's outputs first, change the code, write again and diff: a refactoring must show
no difference (``analysed_at`` is left out). Reads the corpora in ../shared/corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

C = (Path(__file__).resolve().parent.parent.parent / "shared" / "corpus").resolve()
SETS = {
    "seeds": (C / "gold", C),
    "dev": (C / "dev-gold", C / "dev"),
    "commercial": (C / "commercial-gold", C / "commercial"),
    "opp115": (C / "public-en" / "gold-opp115", C / "public-en"),
    "gdpr200": (C / "public-en" / "gold-gdpr200", C / "public-en"),
}


def write(out: Path, only: set[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    corpus_of = {name: corpus for name, (_gold, corpus) in SETS.items()}
    for name, (gold, corpus) in SETS.items():
        if name in only:
            for g in sorted(gold.glob("*.json")):
                files.append((name, corpus / json.loads(g.read_text(encoding="utf-8"))["file"]))
    cmd = [sys.executable, "-m", "policylens.cli", "analyze", "--json", "-j", "2", *(str(p) for _, p in files)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if len(lines) != len(files):
        print(done.stderr[-2000:], file=sys.stderr)
        return 1
    for (name, p), line in zip(files, lines, strict=True):
        d = json.loads(line)
        d.pop("analysed_at", None)
        # the gold file names its document relative to the corpus ("de/x.txt"): the same file name
        # recurs across languages, so the language folder is part of the output's name
        rel = "__".join(p.relative_to(corpus_of[name]).parts) if name in corpus_of else p.name
        (out / f"{name}__{rel}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True))
    print(f"{len(lines)} summaries written to {out}")
    return 0


def diff(old: Path, new: Path, ignore: set[str]) -> int:
    def strip(d: object) -> object:
        if isinstance(d, dict):
            return {k: strip(v) for k, v in d.items() if k not in ignore}
        if isinstance(d, list):
            return [strip(x) for x in d]
        return d

    def walk(path: str, u: object, v: object) -> None:
        if type(u) is not type(v):
            print(f"  {path}: {str(u)[:150]} -> {str(v)[:150]}")
        elif isinstance(u, dict) and isinstance(v, dict):
            for k in sorted(set(u) | set(v)):
                walk(f"{path}.{k}", u.get(k), v.get(k))
        elif isinstance(u, list) and isinstance(v, list) and len(u) == len(v):
            for i, (s, t) in enumerate(zip(u, v, strict=True)):
                walk(f"{path}[{i}]", s, t)
        elif u != v:
            print(f"  {path}: {str(u)[:200]} -> {str(v)[:200]}")

    n = 0
    for f in sorted(old.glob("*.json")):
        x, y = strip(json.loads(f.read_text())), strip(json.loads((new / f.name).read_text()))
        if x != y:
            n += 1
            print(f.name)
            walk("", x, y)
    print("differing:", n)
    return 1 if n else 0


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "write":
        return write(Path(sys.argv[2]), set(sys.argv[3].split(",")) if len(sys.argv) > 3 else set(SETS))
    if len(sys.argv) >= 4 and sys.argv[1] == "diff":
        return diff(Path(sys.argv[2]), Path(sys.argv[3]), set(sys.argv[4].split(",")) if len(sys.argv) > 4 else set())
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
