import json, subprocess, sys
f = sys.argv[1]; keys = sys.argv[2:]
d = json.loads(subprocess.run(["policylens", "analyze", "--json", f], capture_output=True, text=True).stdout)
for c in d["collected"]:
    if c["category"] in keys: print("C", c["category"], c.get("items"), [e["quote"][:160] for e in c["evidence"]])
for s in d["shared_with"]:
    if s["recipient"] in keys: print("S", s["recipient"], s.get("names"), [e["quote"][:160] for e in s["evidence"]])
for r in d["rights"]:
    if r["right"] in keys: print("R", r["right"], [e["quote"][:160] for e in r["evidence"]])
for r in d["red_flags"]:
    if r["id"] in keys: print("F", r["id"], [e["quote"][:160] for e in r["evidence"]])
for p in d["retention"]["periods"]:
    if "days" in keys: print("P", p["days"], p["text"], p["evidence"][0]["quote"][:120])
print("kinds", d["retention"]["kinds"], d["sells_data"])
