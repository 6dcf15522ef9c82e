#!/usr/bin/env python3
"""addrule.py LANG FILE: insert the [[rule]] blocks of FILE into the pack, just before its [words] table"""
import sys
from pathlib import Path
lang, src = sys.argv[1], Path(sys.argv[2]).read_text(encoding="utf-8").strip() + "\n\n"
p = Path(__file__).resolve().parents[2] / "app/policylens/core/lang" / f"{lang}.toml"
t = p.read_text(encoding="utf-8")
i = t.index("\n[words]") + 1
p.write_text(t[:i] + src + t[i:], encoding="utf-8")
print("ok", lang)
