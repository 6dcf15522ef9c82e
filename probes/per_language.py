#!/usr/bin/env python3
"""Per-language found / expected and false findings from a `score.py --show` output.

Usage: python probes/per_language.py probes/first-run.txt [probes-gold]
Expected = the gold's set-field labels plus one for sells_data; found = expected - missed;
false = extras (plus a wrong sells_data).
"""
import ast
import json
import re
import sys
from pathlib import Path

FIELDS = ["collected", "shared_with", "retention_kinds", "rights", "red_flags",
          "retention_days", "named_recipients", "contact_emails"]
run = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
gold_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "probes-gold")
golds = {g["file"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json"))}
stats = {}
doc = None
missed = {}
extra = {}
for line in run:
    m = re.match(r"^FAIL (\S+\.txt):", line)
    if m:
        missed[m.group(1)] = 10**6  # a failed run finds nothing: capped at the expected count below
        extra[m.group(1)] = 0
        continue
    m = re.match(r"^(\S+\.txt):", line)
    if m:
        doc = m.group(1)
        missed[doc] = 0
        extra[doc] = 0
        continue
    m = re.match(r"^\s+(\w+): missed (\[.*?\]) extra (\[.*?\])$", line)
    if m and doc:
        missed[doc] += len(ast.literal_eval(m.group(2)))
        extra[doc] += len(ast.literal_eval(m.group(3)))
        continue
    m = re.match(r"^\s+sells_data: got", line)
    if m and doc:
        missed[doc] += 1
        extra[doc] += 1
for f, g in golds.items():
    lang = g["language"]
    expected = sum(len(set(g.get(k) or [])) for k in FIELDS) + 1
    s = stats.setdefault(lang, {"found": 0, "expected": 0, "false": 0})
    s["expected"] += expected
    s["found"] += expected - min(expected, missed.get(f, 0))
    s["false"] += extra.get(f, 0)
total = {k: sum(s[k] for s in stats.values()) for k in ("found", "expected", "false")}
for lang in sorted(stats):
    s = stats[lang]
    print(f"{lang}: found {s['found']}/{s['expected']}, false {s['false']}")
print(f"all: found {total['found']}/{total['expected']}, false {total['false']}")
