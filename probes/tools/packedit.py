"""Append items to one-line arrays of a rule (first block with that id) in a pack: used for this round's edits."""
import json, re, sys
from pathlib import Path

def add(lang, rule_id, key, items, nth=1):
    p = Path(f"app/policylens/core/lang/{lang}.toml")
    lines = p.read_text(encoding="utf-8").split("\n")
    hits = [i for i, l in enumerate(lines) if l.strip() == f'id = "{rule_id}"']
    start = hits[nth - 1]
    end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("[[rule]]") or lines[j].startswith("[words]") or lines[j].startswith("# ----")), len(lines))
    enc = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
    for j in range(start, end):
        if lines[j].startswith(f"{key} = ["):
            assert lines[j].rstrip().endswith("]"), (lang, rule_id, key)
            lines[j] = lines[j].rstrip()[:-1] + ", " + enc + "]"
            break
    else:
        mline = next(j for j in range(start, end) if lines[j].startswith("match = ["))
        lines.insert(mline + 1, f"{key} = [{enc}]")
    p.write_text("\n".join(lines), encoding="utf-8")

def ctx(lang, key, items):
    p = Path(f"app/policylens/core/lang/{lang}.toml")
    lines = p.read_text(encoding="utf-8").split("\n")
    j = next(i for i, l in enumerate(lines) if l.startswith(f"{key} = ["))
    enc = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
    lines[j] = lines[j].rstrip()[:-1] + ", " + enc + "]"
    p.write_text("\n".join(lines), encoding="utf-8")


def add_key(lang, section, key, items):
    """Append items to the one-line array `key = [...]` of a table (`[contexts]`, `[words]`, `[durations]`, `[negation]`)."""
    p = Path(f"app/policylens/core/lang/{lang}.toml")
    lines = p.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"[{section}]")
    enc = ", ".join(json.dumps(x, ensure_ascii=False) for x in items)
    for j in range(start + 1, len(lines)):
        if lines[j].startswith("[") and not lines[j].startswith("[["):
            break
        if lines[j].startswith(f"{key} = ["):
            assert lines[j].rstrip().endswith("]"), (lang, section, key)
            lines[j] = lines[j].rstrip()[:-1] + ", " + enc + "]"
            p.write_text("\n".join(lines), encoding="utf-8")
            return
    raise KeyError((lang, section, key))
