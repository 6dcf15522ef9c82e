"""Append items to a key's list in one rule of a pack: edit.py xx rule.id key item [item ...]"""
import json, sys, tomllib
lang, rid, key, items = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
p = f"app/policylens/core/lang/{lang}.toml"
lines = open(p, encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"')
for i in range(start + 1, len(lines)):
    s = lines[i].strip()
    if s.startswith("[[rule]]") or s.startswith("id = "):
        # key missing: add it after id
        lines.insert(start + 1, f"{key} = " + json.dumps(items, ensure_ascii=False))
        break
    if s.startswith(f"{key} = ["):
        assert s.endswith("]"), s[-50:]
        cur = json.loads(s[len(key) + 3:]) if False else None
        body = lines[i].rstrip()
        add = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
        lines[i] = body[:-1] + (", " if body[:-1].rstrip()[-1] != "[" else "") + add + "]"
        break
open(p, "w", encoding="utf-8").write("\n".join(lines))
tomllib.load(open(p, "rb"))
print("ok", lang, rid, key, len(items))
