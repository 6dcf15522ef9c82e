"""Line-based edits of a rule pack (one-line TOML arrays): add(path, where, field, items).

where = a rule id ("collected.identity"; nth=1 for its second [[rule]]), or a table name
("contexts", "words", "negation") whose `field = [...]` line gets the items."""
import json


def _block(lines, where, nth=0):
    if "." in where:
        hits = [i for i, l in enumerate(lines) if l.strip() == f'id = "{where}"']
        start = hits[nth]
        end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("[[rule]]") or lines[j].startswith("[words]")), len(lines))
        return start, end
    start = next(i for i, l in enumerate(lines) if l.strip() == f"[{where}]")
    end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("[")), len(lines))
    return start, end


def add(path, where, field, items, nth=0):
    lines = open(path, encoding="utf-8").read().split("\n")
    a, b = _block(lines, where, nth)
    for i in range(a, b):
        if lines[i].startswith(f"{field} = ["):
            line = lines[i].rstrip()
            assert line.endswith("]"), line[-40:]
            body = line[: -1].rstrip()
            sep = "" if body.endswith("[") else ", "
            lines[i] = body + sep + ", ".join(json.dumps(x, ensure_ascii=False) for x in items) + "]"
            break
    else:  # new field: after the match line
        k = next(i for i in range(a, b) if lines[i].startswith("match = ["))
        lines.insert(k + 1, f"{field} = [" + ", ".join(json.dumps(x, ensure_ascii=False) for x in items) + "]")
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def sub(path, old, new):
    s = open(path, encoding="utf-8").read()
    assert s.count(old) == 1, (s.count(old), old[:80])
    open(path, "w", encoding="utf-8").write(s.replace(old, new))
