#!/usr/bin/env python3
"""ev.py FILE CATEGORY...: print the evidence quotes of collected/shared/rights/flags findings with those ids"""
import json, subprocess, sys
d = json.loads(subprocess.run(["policylens", "analyze", "--json", sys.argv[1]], capture_output=True, text=True).stdout)
want = set(sys.argv[2:])
def walk(o):
    if isinstance(o, dict):
        key = o.get("category") or o.get("id") or o.get("kind") or o.get("right") or o.get("flag")
        if key in want or not want and key:
            for e in o.get("evidence", [])[:3]:
                print(key, "|", e.get("quote", "")[:220])
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(d)
