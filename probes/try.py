"""Analyse a snippet: python probes/try.py nl 'text ...' — prints findings with first quotes."""
import sys, tempfile
from policylens.core.loaders import load_path
from policylens.core.analyze import analyze
lang, text = sys.argv[1], sys.argv[2]
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write(text)
j = analyze(load_path(f.name), lang, require_policy=False).model_dump()
for c in j["collected"]: print(" C", c["category"], "|", c["evidence"][0]["quote"][:110])
for c in j["shared_with"]: print(" S", c["recipient"], c.get("names"), "|", c["evidence"][0]["quote"][:110])
print(" R", j["retention"]["kinds"], [p["days"] for p in j["retention"]["periods"]])
for c in j["rights"]: print(" G", c["right"], "|", c["evidence"][0]["quote"][:110])
for c in j["red_flags"]: print(" F", c["id"], "|", c["evidence"][0]["quote"][:110] if c["evidence"] else "")
print(" sells", j["sells_data"])
