"""Compare policylens analyze --json with probes/<file>.expected.md.  usage: compare.py FILE..."""
import json, os, re, subprocess, sys

def parse(path):
    exp = {}
    for line in open(path):
        m = re.match(r"^(\w+):\s*(.*)$", line.strip())
        if m and m.group(1) != "notes":
            exp[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
    return exp

tot = {"found": 0, "expected": 0, "false": 0}
per = {}
for f in sys.argv[1:]:
    env = dict(os.environ, PYTHONPATH=os.getcwd() + "/app")
    out = subprocess.run(["/work/main/.venv/bin/policylens", "analyze", "--json", f], capture_output=True, text=True, env=env).stdout
    d = json.loads(out)
    got = {
        "collected": {c["category"] for c in d["collected"]},
        "shared_with": {s["recipient"] for s in d["shared_with"]},
        "sells_data": {d["sells_data"]},
        "retention_kinds": set(d["retention"]["kinds"]),
        "periods": {str(int(p["days"])) for p in d["retention"]["periods"]},
        "rights": {r["right"] for r in d["rights"]},
        "red_flags": {r["id"] for r in d["red_flags"]},
        "emails": set(d["contact"]["emails"]),
    }
    names = [n for s in d["shared_with"] for n in (s.get("names") or [])]
    exp = parse(f + ".expected.md")
    before = dict(tot)
    print(f"== {f}  service={d['service']['name']!r} (exp {exp.get('service')})")
    for k, g in got.items():
        e = exp.get(k, [])
        must = {x for x in e if not x.endswith("?")}
        opt = {x.rstrip("?") for x in e if x.endswith("?")}
        miss = must - g
        extra = g - must - opt
        if k == "sells_data" and not e:
            extra = g - {"unstated"}
        tot["expected"] += len(must); tot["found"] += len(must & g); tot["false"] += len(extra)
        if miss or extra:
            print(f"  {k}: MISSED {sorted(miss)}  FALSE {sorted(extra)}")
    en = exp.get("names", [])
    low = " | ".join(names).casefold()
    nm = [n for n in en if not n.endswith("?") and n.casefold().split()[0] not in low]
    tot["expected"] += len([n for n in en if not n.endswith("?")]); tot["found"] += len([n for n in en if not n.endswith("?")]) - len(nm)
    print(f"  names: MISSED {nm}   got {names}")
    lang = os.path.basename(f)[:2]
    agg = per.setdefault(lang, {"found": 0, "expected": 0, "false": 0})
    for k in agg:
        agg[k] += tot[k] - before[k]
print(per)
print(tot)
