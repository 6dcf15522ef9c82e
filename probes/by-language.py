"""Per-language found/expected and false findings from a score.py --show output (set fields only;
sells_data mismatches counted apart). Usage: python probes/by-language.py probes/first-run.txt"""
import ast
import json
import re
import sys
from pathlib import Path

FIELDS = ["collected", "shared_with", "retention_kinds", "rights", "red_flags", "retention_days",
          "named_recipients", "contact_emails"]
text = Path(sys.argv[1]).read_text()
gold = {}
for g in Path("probes-gold").glob("*.json"):
    d = json.loads(g.read_text())
    gold[d["file"]] = d
stats = {}
cur = None
for line in text.splitlines():
    m = re.match(r"^(\w\w/[\w-]+\.txt):", line)
    if m:
        cur = m.group(1)
        lang = cur[:2]
        s = stats.setdefault(lang, {"expected": 0, "missed": 0, "false": 0, "sells_wrong": 0})
        s["expected"] += sum(len(set(map(str, gold[cur].get(f, [])))) for f in FIELDS)
        continue
    m = re.match(r"^  (\w+): missed (\[.*?\]) extra (\[.*?\])$", line)
    if m and cur:
        stats[cur[:2]]["missed"] += len(ast.literal_eval(m.group(2)))
        stats[cur[:2]]["false"] += len(ast.literal_eval(m.group(3)))
    if line.startswith("  sells_data:") and cur:
        stats[cur[:2]]["sells_wrong"] += 1
tot = {"expected": 0, "missed": 0, "false": 0, "sells_wrong": 0}
for lang in sorted(stats):
    s = stats[lang]
    for k in tot:
        tot[k] += s[k]
    found = s["expected"] - s["missed"]
    print(f"{lang}: found {found}/{s['expected']}, false {s['false']}, sells_data wrong {s['sells_wrong']}")
found = tot["expected"] - tot["missed"]
print(f"all: found {found}/{tot['expected']}, false {tot['false']}, sells_data wrong {tot['sells_wrong']}")
