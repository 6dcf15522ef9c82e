"""addto.py PACK RULE_ID NTH KEY JSON_LIST — append items to a one-line list KEY of the NTH (0-based) [[rule]] with id RULE_ID."""
import json, re, sys
path, rid, nth, key, items = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], json.loads(sys.argv[5])
lines = open(path, encoding="utf-8").read().split("\n")
idx = [i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"'][nth]
j = idx + 1
while j < len(lines) and not lines[j].startswith("[[rule]]") and not lines[j].startswith("[words"):
    if re.match(rf"^{key}\s*=\s*\[", lines[j]):
        assert lines[j].rstrip().endswith("]"), lines[j][:80]
        add = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
        body = lines[j].rstrip()[:-1].rstrip()
        lines[j] = body + (", " if not body.endswith("[") else "") + add + "]"
        break
    j += 1
else:
    # insert new key after id line
    lines.insert(idx + 1, f"{key} = [" + ", ".join(json.dumps(x, ensure_ascii=False) for x in items) + "]")
open(path, "w", encoding="utf-8").write("\n".join(lines))
print("ok", rid, nth, key, len(items))
