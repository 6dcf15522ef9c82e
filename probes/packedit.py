"""Append phrases/examples to a rule pack line by line.  usage (python): add(lang, rule_id, key, [values], nth=0)
rule_id 'ctx:share' targets [contexts].share; 'words:name' targets [words].name."""
import json, re, sys, tomllib

PACKS = "app/policylens/core/lang/%s.toml"

def _fmt(vals):
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in vals)

def add(lang, rid, key, vals, nth=0):
    path = PACKS % lang
    lines = open(path, encoding="utf-8").read().split("\n")
    if rid.startswith("ctx:") or rid.startswith("words:"):
        sect = "[contexts]" if rid.startswith("ctx:") else "[words]"
        name = rid.split(":", 1)[1]
        start = lines.index(sect)
        for i in range(start + 1, len(lines)):
            if lines[i].startswith("[") and not lines[i].startswith("[["):
                if lines[i] != sect:
                    break
            if re.match(rf"^{re.escape(name)}\s*=\s*\[", lines[i]):
                assert lines[i].rstrip().endswith("]"), lines[i][-50:]
                lines[i] = lines[i].rstrip()[:-1] + ", " + _fmt(vals) + "]"
                break
        else:
            raise SystemExit(f"no {rid} in {lang}")
    else:
        idx = [i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"']
        assert len(idx) > nth, (lang, rid, idx)
        i0 = idx[nth]
        end = i0 + 1
        while end < len(lines) and lines[end].strip() and not lines[end].startswith("[[rule]]") and not lines[end].startswith("#"):
            end += 1
        for i in range(i0, end):
            if re.match(rf"^{re.escape(key)}\s*=\s*\[", lines[i]):
                assert lines[i].rstrip().endswith("]"), lines[i][-50:]
                body = lines[i].rstrip()[:-1].rstrip()
                sep = "" if body.endswith("[") else ", "
                lines[i] = body + sep + _fmt(vals) + "]"
                break
        else:
            lines.insert(end, f"{key} = [{_fmt(vals)}]")
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    tomllib.load(open(path, "rb"))
