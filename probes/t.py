"""python probes/t.py LANG 'text' — what the engine finds in a short text (one finding per line)."""
import json, subprocess, sys, tempfile
lang, text = sys.argv[1], sys.argv[2].replace("\\n", "\n")
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write(text)
r = subprocess.run(["policylens", "analyze", "--json", "--lang", lang, f.name], capture_output=True, text=True)
if not r.stdout: sys.exit(r.stderr[-500:])
d = json.loads(r.stdout)
print("C", [c["category"] for c in d["collected"]])
print("S", [(s["recipient"], s.get("names")) for s in d["shared_with"]], "sells", d["sells_data"])
print("K", d["retention"]["kinds"], [p["days"] for p in d["retention"]["periods"]])
print("R", [r["right"] for r in d["rights"]])
print("F", [r["id"] for r in d["red_flags"] if r["id"] not in ("missing_contact", "vague_retention")])
