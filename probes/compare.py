"""Compare `policylens analyze --json` with a probe's expected labels (probes/<f>.expected.md).
Counts expected facts found, missing, and false findings (optional `key?:` lines count neither way)."""
import json, os, re, subprocess, sys

def parse(path):
    exp, opt = {}, {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\w+)(\??):\s*(.*)$", line.strip())
        if not m:
            continue
        key, q, val = m.groups()
        val = re.sub(r"\([^)]*\)", "", val)
        items = [v.strip().split()[0] for v in re.split(r"[,|]", val) if v.strip() and v.strip().split()]
        (opt if q else exp).setdefault(key, set()).update(items)
    return exp, opt

def run(f):
    env = dict(os.environ, PYTHONPATH=os.path.join(os.getcwd(), "app"))
    out = subprocess.run(["/work/main/.venv/bin/policylens", "analyze", "--json", f], capture_output=True, text=True, env=env)
    return json.loads(out.stdout)

def got(s):
    return {
        "collected": {c["category"] for c in s["collected"]},
        "shared_with": {c["recipient"] for c in s["shared_with"]},
        "sells_data": {s.get("sells_data")},
        "retention": set(s["retention"]["kinds"]),
        "periods": {str(round(p["days"])) for p in s["retention"]["periods"]},
        "rights": {r["right"] for r in s["rights"]},
        "red_flags": {r["id"] for r in s["red_flags"]},
        "emails": set((s.get("contact") or {}).get("emails") or []),
    }

tot_f = tot_m = tot_x = 0
for f in sys.argv[1:]:
    exp, opt = parse(f.replace(".txt", ".expected.md"))
    s = run(f)
    g = got(s)
    print(f"== {f}  grade {s['grade'].get('letter')} {s['grade'].get('score')}  service={s.get('service')}")
    names = sorted({n for c in s["shared_with"] for n in c.get("names", [])})
    print("   names:", names)
    for k in ["collected", "shared_with", "sells_data", "retention", "periods", "rights", "red_flags", "emails"]:
        e = exp.get(k, set()); o = opt.get(k, set())
        if k == "retention": o |= opt.get("retention", set())
        found = e & g[k]; miss = e - g[k]
        false = g[k] - e - o
        if k == "red_flags":
            false = (g[k] & exp.get("red_flags_not", set())) | (g[k] - e - o)
        if k == "periods":
            false = set()  # duplicates/other periods are shown, not counted
        tot_f += len(found); tot_m += len(miss); tot_x += len(false)
        print(f"   {k:12} found {len(found)}/{len(e)}  MISS {sorted(miss)}  FALSE {sorted(false)}" + (f"  (got {sorted(g[k])})" if k == "periods" else ""))
print(f"TOTAL found {tot_f}, missed {tot_m}, false {tot_x}")
