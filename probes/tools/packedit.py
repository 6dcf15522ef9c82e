#!/usr/bin/env python3
"""Append items to one-line TOML arrays of a pack's rule: add(lang, rule_id, nth, field, items).
A rule block runs from its [[rule]] to the next; the field must be a one-line array."""
import json, re
from pathlib import Path
LANG = Path(__file__).resolve().parents[2] / "app/policylens/core/lang"

def _blocks(text):
    starts = [m.start() for m in re.finditer(r"^\[\[rule\]\]\s*$", text, re.M)]
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends))

def add(lang, rule_id, nth, field, items):
    p = LANG / f"{lang}.toml"
    text = p.read_text(encoding="utf-8")
    hits = [(s, e) for s, e in _blocks(text) if re.search(rf'^id = "{re.escape(rule_id)}"\s*$', text[s:e], re.M)]
    s, e = hits[nth]
    block = text[s:e]
    m = re.search(rf"^{field} = (\[.*\])\s*$", block, re.M)
    enc = ", ".join(json.dumps(i, ensure_ascii=False) for i in items)
    if m is None:  # a new field: after the match line
        mm = re.search(r"^match = .*$", block, re.M)
        block = block[: mm.end()] + f"\n{field} = [{enc}]" + block[mm.end():]
    else:
        arr = m.group(1)
        new = arr[:-1] + (", " if arr != "[]" else "") + enc + "]"
        block = block[: m.start(1)] + new + block[m.end(1):]
    p.write_text(text[:s] + block + text[e:], encoding="utf-8")

def add_rule(lang, rule_id, toml_text):
    """Insert a whole [[rule]] block after the last rule with id rule_id (the first stays the first)."""
    p = LANG / f"{lang}.toml"
    text = p.read_text(encoding="utf-8")
    s, e = [(s, e) for s, e in _blocks(text) if re.search(rf'^id = "{re.escape(rule_id)}"\s*$', text[s:e], re.M)][-1]
    block = text[s:e]
    w = text.find("\n[words]", s, e)  # the last rule of the file runs into [words]
    cut = w + 1 if w >= 0 else e
    p.write_text(text[:cut] + toml_text.strip() + "\n\n" + text[cut:], encoding="utf-8")

def words(lang, key, items):
    """Append to a one-line [words] list (key = [...])."""
    p = LANG / f"{lang}.toml"
    text = p.read_text(encoding="utf-8")
    m = re.search(rf"^{key} = (\[.*\])(.*)$", text[text.index("\n[words]"):], re.M)
    off = text.index("\n[words]")
    arr = m.group(1)
    enc = ", ".join(json.dumps(i, ensure_ascii=False) for i in items)
    new = arr[:-1] + (", " if arr != "[]" else "") + enc + "]"
    p.write_text(text[: off + m.start(1)] + new + text[off + m.end(1):], encoding="utf-8")

def append(lang, raw):
    p = LANG / f"{lang}.toml"
    p.write_text(p.read_text(encoding="utf-8").rstrip("\n") + "\n" + raw, encoding="utf-8")
