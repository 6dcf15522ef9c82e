"""Add phrases/examples to a rule of a pack (first rule with that id), or to [contexts]/[words] lists.
usage: python probes/addrule.py LANG ID[#N] KEY VALUE [KEY VALUE ...]   (KEY: match, examples, counter_examples, unless)
       python probes/addrule.py LANG contexts.collect match VALUE   (a context list)"""
import json, re, sys
from pathlib import Path
lang, rid, *kv = sys.argv[1:]
p = Path(f"app/policylens/core/lang/{lang}.toml")
t = p.read_text(encoding="utf-8")
lines = t.split("\n")
if rid.startswith("contexts.") or rid.startswith("words."):
    sect, key = rid.split(".")
    start = lines.index(f"[{sect}]")
    for i in range(start + 1, len(lines)):
        if lines[i].startswith(key + " = ["):
            for _, v in zip(kv[::2], kv[1::2]):
                lines[i] = lines[i][:-1] + (", " if not lines[i].endswith("[]") else "") + json.dumps(v, ensure_ascii=False) + "]"
            break
    else:
        sys.exit("no key")
else:
    rid, _, nth = rid.partition("#")  # "shared.legal#2": the second rule with that id
    starts = [i for i, l in enumerate(lines) if l.strip() == f'id = "{rid}"']
    if not starts or (nth and int(nth) > len(starts)):  # a new rule, appended before [words]
        w = lines.index("[words]")
        lines[w:w] = ["[[rule]]", f'id = "{rid}"', "match = []", ""]
        starts.append(w + 1)
    start = starts[int(nth) - 1 if nth else 0]
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[[rule]]") or lines[i].startswith("[words]")), len(lines))
    for k, v in zip(kv[::2], kv[1::2]):
        for i in range(start, end):
            if lines[i].startswith(k + " = ["):
                line, sep, comment = lines[i].partition("]  #")
                if sep:
                    lines[i] = line + ", " + json.dumps(v, ensure_ascii=False) + "]  #" + comment
                elif lines[i].endswith("]"):
                    lines[i] = lines[i][:-1] + (", " if not lines[i].endswith("[]") else "") + json.dumps(v, ensure_ascii=False) + "]"
                else:
                    j = next(j for j in range(i + 1, end) if lines[j].strip() == "]")
                    if not lines[j - 1].rstrip().endswith(","):
                        lines[j - 1] = lines[j - 1].rstrip() + ","
                    lines.insert(j, "    " + json.dumps(v, ensure_ascii=False) + ",")
                    end += 1
                break
        else:
            # insert a new key after the id line's block start (after match line)
            mi = next(i for i in range(start, end) if lines[i].startswith("match = ["))
            lines.insert(mi + 1, f"{k} = [{json.dumps(v, ensure_ascii=False)}]")
            end += 1
p.write_text("\n".join(lines), encoding="utf-8")
