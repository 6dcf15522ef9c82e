#!/usr/bin/env python3
"""List the rule-pack strings that copy a labelled policy's words.

The packs' ``examples``/``counter_examples`` (and ``match`` phrases) must be written for the pack,
never copied from a labelled text: a copied sentence makes the evaluation flatter the rules. This
script lists every such string of a pack that shares at least ``--min-words`` consecutive words
(case- and punctuation-insensitive) with any labelled text, with the source file(s).

    python scripts/pack_overlap.py [--lang en] [--min-words 9] [--corpus ../shared/corpus]

Exit status 1 when something was found, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG_DIR = ROOT / "app" / "policylens" / "core" / "lang"
# the labelled texts (globs relative to the corpus directory)
LABELLED_GLOBS = (
    "public-en/en-opp115/*.txt",
    "public-en/en-gdpr200/*.txt",
    "public-en/tosdr_quotes_dev.jsonl",
    "dev/*/*.txt",
    "commercial*/*/*.txt",
    "seeds/*",
    "labelled-quotes.jsonl",
)
PACK_KEYS = ("examples", "counter_examples", "match")
_WORD = re.compile(r"\w+")
MAX_SOURCES = 3


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def labelled_texts(corpus: Path) -> Iterator[tuple[str, str]]:
    """(source label, text) for every labelled text."""
    for pattern in LABELLED_GLOBS:
        for path in sorted(corpus.glob(pattern)):
            if not path.is_file():
                continue
            rel = path.relative_to(corpus).as_posix()
            content = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".jsonl":
                for n, line in enumerate(content.splitlines(), 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    label = f"{rel}:{n}"
                    if isinstance(record, dict) and record.get("id") is not None:
                        label += f" (id {record['id']})"
                    for text in _json_strings(record):
                        yield label, text
            else:
                yield rel, content


def build_index(corpus: Path, n: int) -> dict[tuple[str, ...], list[str]]:
    index: dict[tuple[str, ...], list[str]] = {}
    for label, text in labelled_texts(corpus):
        ws = words(text)
        for i in range(len(ws) - n + 1):
            sources = index.setdefault(tuple(ws[i : i + n]), [])
            if label not in sources and len(sources) < MAX_SOURCES:
                sources.append(label)
    return index


def pack_strings(data: object, where: str = "") -> Iterator[tuple[str, str, str]]:
    """(location, key, string) for every example / counter-example / match string of a pack."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "rule" and isinstance(value, list):
                for rule in value:
                    yield from pack_strings(rule, f"rule {rule.get('id', '?')}")
            elif key in PACK_KEYS and isinstance(value, (list, dict)):
                # lists of sentences, or {sentence: expected value} tables (durations, dates)
                for item in value:
                    if isinstance(item, str):
                        yield where or "[top]", key, item
            elif isinstance(value, dict):
                yield from pack_strings(value, f"[{key}]" if not where else f"{where}.{key}")


def overlap(ws: list[str], index: dict[tuple[str, ...], list[str]], n: int) -> tuple[int, str, list[str]]:
    """Longest run of consecutive words shared with the labelled texts (0 if under ``n``)."""
    hits = [tuple(ws[i : i + n]) in index for i in range(len(ws) - n + 1)]
    best, best_start, run, start = 0, 0, 0, 0
    for i, hit in enumerate(hits):
        if hit:
            if run == 0:
                start = i
            run += 1
            if run > best:
                best, best_start = run, start
        else:
            run = 0
    if not best:
        return 0, "", []
    length = best + n - 1
    sources: list[str] = []
    for i in range(best_start, best_start + best):
        for s in index[tuple(ws[i : i + n])]:
            if s not in sources:
                sources.append(s)
    return length, " ".join(ws[best_start : best_start + length]), sources[:MAX_SOURCES]


def line_of(text: str, string: str) -> int:
    # as written in the TOML file: raw, JSON-like escapes, or \uXXXX escapes of the non-ASCII letters
    for probe in (json.dumps(string, ensure_ascii=False)[1:-1], string, json.dumps(string)[1:-1]):
        pos = text.find(probe)
        if pos >= 0:
            return text.count("\n", 0, pos) + 1
    return 0


def find_overlaps(pack: Path, index: dict[tuple[str, ...], list[str]], n: int) -> list[tuple]:
    """(length, line, location, key, string, shared words, sources) for every copying string of ``pack``."""
    text = pack.read_text(encoding="utf-8")
    found = []
    for where, key, string in pack_strings(tomllib.loads(text)):
        length, shared, sources = overlap(words(string), index, n)
        if length:
            found.append((length, line_of(text, string), where, key, string, shared, sources))
    return sorted(found, key=lambda f: (-f[0], f[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", action="append", help="pack code (repeatable); default: every pack")
    ap.add_argument("--min-words", type=int, default=9)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--counts", action="store_true", help="only print the number of hits per pack")
    args = ap.parse_args(argv)
    n = args.min_words
    if not args.corpus.is_dir():
        print(f"error: no corpus directory at {args.corpus}", file=sys.stderr)
        return 2
    packs = sorted(p for p in LANG_DIR.glob("*.toml") if not p.name.startswith("_"))
    if args.lang:
        packs = [LANG_DIR / f"{code}.toml" for code in args.lang]
        missing = [p.name for p in packs if not p.is_file()]
        if missing:
            print(f"error: no such pack: {', '.join(missing)}", file=sys.stderr)
            return 2
    index = build_index(args.corpus, n)
    total = 0
    for pack in packs:
        found = find_overlaps(pack, index, n)
        total += len(found)
        print(f"{pack.stem}: {len(found)} string(s) sharing >= {n} consecutive words with a labelled text")
        if args.counts:
            continue
        for length, line, where, key, string, shared, sources in found:
            print(f"  {pack.name}:{line} {where} {key} [{length} words] {string!r}")
            print(f"      shared: {shared!r}")
            print(f"      in: {'; '.join(sources)}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
