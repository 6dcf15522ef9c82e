"""Compact view of an analysis: python probes/show.py FILE [field ...] — category/recipient/kind -> items and quotes."""
import json, subprocess, sys
d = json.loads(subprocess.run(["policylens", "analyze", "--json", sys.argv[1]], capture_output=True, text=True).stdout)
fields = sys.argv[2:] or ["collected", "shared_with", "retention", "rights", "red_flags"]
for f in fields:
    v = d.get(f)
    if isinstance(v, dict):
        v = [dict(x, _k=k) for k, xs in v.items() if isinstance(xs, list) for x in xs if isinstance(x, dict)] or [v]
    for x in v or []:
        key = x.get("category") or x.get("recipient") or x.get("kind") or x.get("right") or x.get("flag") or x.get("id") or x.get("_k")
        items = x.get("items") or x.get("names") or x.get("days") or ""
        print(f"{f}: {key} {items}")
        for e in x.get("evidence", [])[:3]:
            print("     «" + e["quote"][:230] + "»")
