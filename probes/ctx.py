"""Append items to a [contexts] (or [words]) list of a pack: ctx.py xx table key item [item ...]"""
import json, sys, tomllib
lang, table, key, items = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
p = f"app/policylens/core/lang/{lang}.toml"
lines = open(p, encoding="utf-8").read().split("\n")
start = lines.index(f"[{table}]")
for i in range(start + 1, len(lines)):
    if lines[i].startswith("["):
        raise SystemExit("key not found")
    if lines[i].startswith(f"{key} = ["):
        body = lines[i].rstrip()
        assert body.endswith("]")
        lines[i] = body[:-1] + ", " + ", ".join(json.dumps(x, ensure_ascii=False) for x in items) + "]"
        break
open(p, "w", encoding="utf-8").write("\n".join(lines))
tomllib.load(open(p, "rb"))
print("ok", lang, table, key, len(items))
