#!/usr/bin/env python3
"""packedit.py LANG RULE_ID KEY JSON_LIST: append items to one list key (match, examples, counter_examples, unless) of one [[rule]] of a pack, in place"""
import json, re, sys
from pathlib import Path
lang, rid, key, items = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
import os
p = Path(os.environ.get("PACKDIR") or (Path(__file__).resolve().parents[2] / "app/policylens/core/lang")) / f"{lang}.toml"
lines = p.read_text(encoding="utf-8").split("\n")
start = next(i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"')
end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[[rule]]") or lines[i].startswith("[words")), len(lines))
add = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
for i in range(start, end):
    if lines[i].startswith(f"{key} = ["):
        assert lines[i].rstrip().endswith("]"), lines[i][-80:]
        lines[i] = lines[i].rstrip()[:-1] + ", " + add + "]"
        break
else:
    lines.insert(start + 1, f"{key} = [{add}]")
p.write_text("\n".join(lines), encoding="utf-8")
print("ok", lang, rid, key)
