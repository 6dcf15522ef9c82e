#!/usr/bin/env python3
"""try.py LANG 'heading' 'sentence' ...: the summary's findings (ids, names) of a small text"""
import sys, tempfile, os
from policylens.pipeline import summarize
lang, *lines = sys.argv[1:]
body = "Integritetspolicy\n\n" + "\n\n".join(lines) + "\n\nKontakt: info@example.com\n"
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write(body)
s = summarize(f.name, lang=lang, require_policy=False)
os.unlink(f.name)
print("collected", [c.category for c in s.collected])
print("shared", [(x.recipient, x.names) for x in s.shared_with])
print("flags", [r.id for r in s.red_flags], "rights", [r.right for r in s.rights])
