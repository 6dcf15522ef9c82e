"""Insert a TOML block (stdin) before [words] of a pack: python probes/ins.py LANG"""
import sys
from pathlib import Path
p = Path(f"app/policylens/core/lang/{sys.argv[1]}.toml")
t = p.read_text(encoding="utf-8")
block = sys.stdin.read().strip("\n") + "\n\n"
i = t.index("\n[words]\n") + 1
p.write_text(t[:i] + block + t[i:], encoding="utf-8")
