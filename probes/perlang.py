"""Per-language found / expected / false findings from a `score.py --show` output file.

Usage: python probes/perlang.py probes/first-run.txt   (run from the worktree root)
"""
import ast
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

FIELDS = ["collected", "shared_with", "retention_kinds", "rights", "red_flags",
          "retention_days", "named_recipients", "contact_emails"]
golds = {json.loads(p.read_text())["file"]: json.loads(p.read_text()) for p in Path("probes-gold").glob("*.json")}
stats = defaultdict(lambda: {"found": 0, "expected": 0, "false": 0})
missed = defaultdict(int)
doc = None
for line in Path(sys.argv[1]).read_text().splitlines():
    m = re.match(r"^(\w\w/[\w.-]+\.txt):", line)
    if m:
        doc = m.group(1)
        continue
    m = re.match(r"^  (\w+): missed (\[.*?\]) extra (\[.*?\])$", line)
    if m and doc:
        missed[doc] += len(ast.literal_eval(m.group(2)))
        stats[golds[doc]["language"]]["false"] += len(ast.literal_eval(m.group(3)))
    m = re.match(r"^  sells_data: got", line)
    if m and doc:  # a wrong scalar: one missed, one false
        missed[doc] += 1
        stats[golds[doc]["language"]]["false"] += 1
for f, g in golds.items():
    n = sum(len(set(g.get(k) or [])) for k in FIELDS) + 1  # + sells_data
    s = stats[g["language"]]
    s["expected"] += n
    s["found"] += n - missed[f]
total = {k: sum(s[k] for s in stats.values()) for k in ("found", "expected", "false")}
for lang in sorted(stats):
    print(lang, dict(stats[lang]))
print("all", total)
