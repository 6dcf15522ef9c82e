"""python probes/addex.py LANG RULE_ID examples|counter_examples 'sentence' [nth] — prepend a sentence to a rule's list (nth block with that id, 1-based)."""
import sys, re, json
lang, rid, key, text = sys.argv[1:5]; nth = int(sys.argv[5]) if len(sys.argv) > 5 else 1
p = f"app/policylens/core/lang/{lang}.toml"; s = open(p, encoding="utf-8").read()
starts = [m.start() for m in re.finditer(r'^id = "' + re.escape(rid) + '"$', s, re.M)]
i = starts[nth - 1]; nxt = s.find("[[rule]]", i); nxt = len(s) if nxt < 0 else nxt
m = re.compile(r"^" + key + r" = \[", re.M).search(s, i, nxt)
if not m:
    sys.exit("no list " + key)
s = s[:m.end()] + json.dumps(text, ensure_ascii=False) + ", " + s[m.end():]
open(p, "w", encoding="utf-8").write(s)
