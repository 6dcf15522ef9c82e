#!/usr/bin/env python3
"""The evidence of the engine's retention kinds for one policy: evk.py FILE [kind ...]"""
import json, subprocess, sys
out = json.loads(subprocess.run(["policylens", "analyze", "--json", sys.argv[1]], capture_output=True, text=True).stdout)
want = sys.argv[2:]
for ke in out["retention"].get("kind_evidence") or []:
    if want and ke["kind"] not in want:
        continue
    for e in ke["evidence"]:
        print(f"{ke['kind']} | {e['quote'][:250]}")
print("sells_data:", out.get("sells_data"))
