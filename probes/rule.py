"""Print a rule of a pack: python probes/rule.py nl rights.opt_out_marketing [grep]"""
import sys, tomllib, re
d = tomllib.load(open(f"app/policylens/core/lang/{sys.argv[1]}.toml", "rb"))
for i, r in enumerate(d["rule"]):
    if r["id"] == sys.argv[2]:
        print("== #", i)
        for k, v in r.items():
            if isinstance(v, list) and len(sys.argv) > 3:
                v = [x for x in v if re.search(sys.argv[3], str(x), re.I)]
            print(k, "=", v)
