"""python probes/rule.py LANG ID [key...] — a rule's fields from the pack"""
import sys, tomllib
lang, rid = sys.argv[1], sys.argv[2]
keys = sys.argv[3:] or ["match", "requires", "unless"]
d = tomllib.load(open(f"/work/wt/probe24b/app/policylens/core/lang/{lang}.toml", "rb"))
for r in d["rule"]:
    if r["id"] == rid:
        for k in keys: print(k, "=", r.get(k))
