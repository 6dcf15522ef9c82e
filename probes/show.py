"""Print an analysis's findings with their first quote: python probes/show.py probes/xx/name.txt ..."""
import json, subprocess, sys
for f in sys.argv[1:]:
    j = json.loads(subprocess.run(["policylens", "analyze", "--json", f], capture_output=True, text=True).stdout)
    print("=====", f)
    for c in j["collected"]: print(" C", c["category"], "|", c["evidence"][0]["quote"][:140])
    for c in j["shared_with"]: print(" S", c["recipient"], c.get("names"), "|", c["evidence"][0]["quote"][:120])
    print(" R", j["retention"]["kinds"], [p["days"] for p in j["retention"]["periods"]])
    for c in j["red_flags"]: print(" F", c["id"], "|", c["evidence"][0]["quote"][:120] if c["evidence"] else "")
