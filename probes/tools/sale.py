#!/usr/bin/env python3
"""sale.py LANG 'sentence' ...: sells_data of a small text"""
import sys, tempfile, os
from policylens.pipeline import summarize
lang, *lines = sys.argv[1:]
body = "Integritetspolicy\n\n" + "\n\n".join(lines) + "\n\nKontakt: info@example.com\n"
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write(body)
s = summarize(f.name, lang=lang, require_policy=False)
os.unlink(f.name)
print("sells", s.sells_data, [r.id for r in s.red_flags])
