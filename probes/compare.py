"""Compare `policylens analyze --json` with the JSON block of probes/<file>.expected.md.

Usage: PYTHONPATH=app python probes/compare.py probes/fr-vtc.txt [...]
Prints misses (-), false findings (+) per field; optional facts are not counted.
"""
import json, re, subprocess, sys
from pathlib import Path

OPT = {"collected": "collected_opt", "shared_with": "shared_opt", "retention_kinds": "kinds_opt",
       "rights": "rights_opt", "red_flags": "flags_opt", "named_recipients": "names_opt"}


def norm(n):
    return re.sub(r"[^0-9a-z]", "", n.casefold())


def snap(got, want):
    out = set()
    for g in got:
        near = [w for w in want if abs(g - w) <= max(1, 0.05 * w)]
        out.add(min(near, key=lambda w: abs(g - w)) if near else g)
    return out


tot_tp = tot_fp = tot_fn = 0
for f in sys.argv[1:]:
    exp = json.loads(re.search(r"```json\n(.*?)```", Path(f[:-4] + ".expected.md").read_text(), re.S).group(1))
    s = json.loads(subprocess.run(["/work/main/.venv/bin/policylens", "analyze", "--json", f],
                                  capture_output=True, text=True, check=True).stdout)
    shared = s.get("shared_with") or []
    got = {
        "collected": {c["category"] for c in s.get("collected") or []},
        "shared_with": {x["recipient"] for x in shared},
        "retention_kinds": set((s.get("retention") or {}).get("kinds") or []),
        "retention_days": {round(float(p["days"])) for p in (s.get("retention") or {}).get("periods") or [] if p.get("days") is not None},
        "rights": {r["right"] for r in s.get("rights") or []},
        "red_flags": {x["id"] for x in s.get("red_flags") or []},
        "named_recipients": {norm(n) for x in shared for n in x.get("names") or []},
        "contact_emails": {e.casefold() for e in (s.get("contact") or {}).get("emails") or []},
    }
    tp = fp = fn = 0
    lines = []
    for field, g in got.items():
        want = set(exp.get(field) or [])
        opt = set(exp.get(OPT.get(field, ""), []) or [])
        if field == "named_recipients":
            want, opt = {norm(n) for n in want}, {norm(n) for n in opt}
        if field == "retention_days":
            g = snap(g, want)
        miss, extra = want - g, g - want - opt
        tp += len(want & g); fn += len(miss); fp += len(extra)
        if miss or extra:
            lines.append(f"  {field}: " + " ".join([f"-{m}" for m in sorted(map(str, miss))] + [f"+{e}" for e in sorted(map(str, extra))]))
    sale_ok = s.get("sells_data") == exp.get("sells_data")
    svc = (s.get("service") or {}).get("name")
    print(f"{Path(f).name}: found {tp}/{tp+fn}, false {fp}, sale {s.get('sells_data')}{'' if sale_ok else ' (want ' + exp['sells_data'] + ')'}, service {svc!r}, grade {s['grade'].get('letter')}")
    print("\n".join(lines))
    tot_tp += tp; tot_fp += fp; tot_fn += fn
print(f"TOTAL found {tot_tp}/{tot_tp+tot_fn}, false {tot_fp}")
