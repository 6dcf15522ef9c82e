#!/usr/bin/env python3
"""Print the evidence the engine gives for some fields of one policy: ev.py FILE [field[:id] ...]"""
import json, subprocess, sys
out = json.loads(subprocess.run(["policylens", "analyze", "--json", sys.argv[1]], capture_output=True, text=True).stdout)
want = sys.argv[2:]
def show(field, ident, evs):
    if want and field not in want and f"{field}:{ident}" not in want:
        return
    for e in evs:
        print(f"{field}:{ident} | {e['quote'][:300]}")
for c in out["collected"]: show("collected", c["category"], c["evidence"])
for c in out["shared_with"]: show("shared_with", c["recipient"] + " " + str(c.get("names")), c["evidence"])
for c in out["rights"]: show("rights", c["right"], c["evidence"])
for c in out["red_flags"]: show("red_flags", c["id"], c["evidence"])
for p in out["retention"]["periods"]: show("retention_days", str(p["days"]), p["evidence"])
if not want or "retention_kinds" in want: print("retention kinds:", out["retention"]["kinds"])
