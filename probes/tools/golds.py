#!/usr/bin/env python3
"""Build every probes-gold/<slug>.json and probes/<lang>/<slug>.expected.md from probes/labels/*.lab via mkgold.py."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import mkgold
for p in sorted((Path(__file__).resolve().parents[1] / "labels").glob("*.lab")):
    mkgold.build(p)
    print("built", p.stem)
