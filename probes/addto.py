"""Append strings to a one-line array field of a rule in a pack: addto.py FILE RULE_ID[#n] FIELD VALUE..."""
import json, sys
path, rid, field, *vals = sys.argv[1:]
n = 1
if "#" in rid:
    rid, n = rid.split("#"); n = int(n)
lines = open(path, encoding="utf-8").read().split("\n")
seen = 0
for i, l in enumerate(lines):
    if l.strip() == f'id = "{rid}"':
        seen += 1
        if seen == n:
            break
else:
    sys.exit("rule not found")
j = i + 1
while not lines[j].startswith("[[rule]]") and j < len(lines):
    if lines[j].startswith(f"{field} = ["):
        assert lines[j].rstrip().endswith("]"), "multi-line array"
        body = lines[j].rstrip()[:-1]
        sep = "" if body.endswith("[") else ", "
        lines[j] = body + sep + ", ".join(json.dumps(v, ensure_ascii=False) for v in vals) + "]"
        break
    j += 1
else:
    # field absent: add after match line
    k = next(x for x in range(i, len(lines)) if lines[x].startswith("match = ["))
    lines.insert(k + 1, f"{field} = [" + ", ".join(json.dumps(v, ensure_ascii=False) for v in vals) + "]")
open(path, "w", encoding="utf-8").write("\n".join(lines))
