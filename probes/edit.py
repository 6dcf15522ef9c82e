"""Append phrases to a rule's list in a pack: edit.add(lang, rule_id, key, [items], nth=0).
Works on the TOML text (keeps layout): the key's one-line list gets the items appended; a missing key is added
after the rule's `match` line."""
import json, re
from pathlib import Path
ROOT = Path("/work/wt/probe24b/app/policylens/core/lang")

def _q(x):
    return json.dumps(x, ensure_ascii=False)

def add(lang, rule_id, key, items, nth=0, section=None):
    p = ROOT / f"{lang}.toml"
    s = p.read_text(encoding="utf-8")
    if section:
        start = s.index(f"[{section}]\n")
        end = s.find("\n[", start + 1)
        end = len(s) if end < 0 else end
    else:
        starts = [m.start() for m in re.finditer(r'^id = "' + re.escape(rule_id) + '"$', s, re.M)]
        start = starts[nth]
        end = s.find("\n[[rule]]", start)
        end = len(s) if end < 0 else end
        w = s.find("\n[words]", start)
        if 0 <= w < end:
            end = w
    block = s[start:end]
    m = re.search(r'^' + re.escape(key) + r' = \[(.*)\]$', block, re.M)
    if m:
        inner = m.group(1).rstrip()
        new = inner + (", " if inner else "") + ", ".join(_q(i) for i in items)
        block = block[:m.start(1)] + new + block[m.end(1):]
    else:
        mm = re.search(r'^match = .*$', block, re.M)
        line = f"{key} = [" + ", ".join(_q(i) for i in items) + "]"
        block = block[:mm.end()] + "\n" + line + block[mm.end():]
    p.write_text(s[:start] + block + s[end:], encoding="utf-8")
