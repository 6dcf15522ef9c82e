"""ed2.py xx rule.id N key item... — append to key's list in the Nth (0-based) rule with that id"""
import json, sys
lang, rid, nth, key, items = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
p = f"app/policylens/core/lang/{lang}.toml"
lines = open(p, encoding="utf-8").read().split("\n")
starts = [i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"']
start = starts[nth]
for i in range(start + 1, len(lines)):
    s = lines[i].strip()
    if s.startswith("[[rule]]") or s.startswith("[") and not s.startswith("[\"") and "=" not in s:
        lines.insert(start + 1, f"{key} = " + json.dumps(items, ensure_ascii=False)); break
    if s.startswith(f"{key} = ["):
        body = lines[i].rstrip(); assert body.endswith("]")
        add = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
        lines[i] = body[:-1] + (", " if body[:-1].rstrip()[-1] != "[" else "") + add + "]"; break
open(p, "w", encoding="utf-8").write("\n".join(lines))
