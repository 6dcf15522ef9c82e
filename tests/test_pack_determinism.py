"""A pack compiles to the same patterns and spellings whatever the strings' hashes: the cached pack of
one process is what any other process would have compiled (a set's order of equal-length names once
made a processor "LINK Mobility" in one run and "Link Mobility" in the next)."""

from __future__ import annotations

import os
import subprocess
import sys

from corpus_paths import ROOT

_DIGEST = r"""
import hashlib, sys
from policylens.core.rules import compile_pack, parse_pack
from importlib import resources
h = hashlib.sha256()
for code in sys.argv[1:]:
    text = resources.files("policylens.core.lang").joinpath(code + ".toml").read_text(encoding="utf-8")
    pack = compile_pack(parse_pack(text, code))
    w = pack.words
    for name in sorted(vars(w) if hasattr(w, "__dict__") else w.__dataclass_fields__):
        v = getattr(w, name)
        v = sorted(v, key=repr) if isinstance(v, (set, frozenset)) else getattr(v, "pattern", v)
        h.update(name.encode() + repr(v).encode())
    for rule_id in sorted(pack.rules):
        for rule in pack.rules[rule_id]:
            h.update(repr([s.pattern for s in rule.scanners]).encode())
print(h.hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "POLICYLENS_PACK_CACHE": "0", "PYTHONPATH": str(ROOT / "app")}
    out = subprocess.run(
        [sys.executable, "-c", _DIGEST, "no", "fr"], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_packs_compile_alike_whatever_the_hash_seed() -> None:
    assert _digest("1") == _digest("2")
