"""Per-language found / expected / false from `score.py --show` output and the gold files.
usage: python probes/tools/tally.py probes/first-run.txt"""
import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = ["collected", "shared_with", "retention_kinds", "retention_days", "rights", "red_flags",
        "named_recipients", "contact_emails"]
golds = {json.loads(p.read_text(encoding="utf-8"))["file"]: json.loads(p.read_text(encoding="utf-8"))
         for p in (ROOT / "probes-gold").glob("*.json")}
per = {}
doc = None
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    m = re.match(r"^(\S+\.txt):", line)
    if m:
        doc = m.group(1)
        g = golds[doc]
        lang = g["language"]
        t = per.setdefault(lang, {"found": 0, "expected": 0, "false": 0})
        n = sum(len(g.get(f) or []) for f in SETS) + 1
        t["expected"] += n
        t["found"] += n
        continue
    m = re.match(r"^\s+(\w+): missed (\[.*?\]) extra (\[.*\])$", line)
    if m and doc:
        t["found"] -= len(ast.literal_eval(m.group(2)))
        t["false"] += len(ast.literal_eval(m.group(3)))
        continue
    m = re.match(r"^\s+sells_data: got (.*) want (.*)$", line)
    if m and doc:
        t["found"] -= 1
        t["false"] += ast.literal_eval(m.group(1)) != "unstated"
total = {k: sum(v[k] for v in per.values()) for k in ("found", "expected", "false")}
for lang in sorted(per):
    print(lang, per[lang])
print("all", total)
