"""No rule pack copies a labelled policy's sentence into its examples, counter-examples or phrases.

A copied sentence makes the evaluation flatter the rules; ``scripts/pack_overlap.py`` lists such
strings (9 or more consecutive words shared with a labelled text of ``../shared/corpus``).
"""

from __future__ import annotations

import importlib.util

import pytest

from corpus_paths import ROOT, SHARED

CORPUS = SHARED / "corpus"
LANG_DIR = ROOT / "app" / "policylens" / "core" / "lang"
PACKS = sorted(p for p in LANG_DIR.glob("*.toml") if not p.name.startswith("_"))


def _script():
    spec = importlib.util.spec_from_file_location("pack_overlap", ROOT / "scripts" / "pack_overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def overlap():
    if not CORPUS.is_dir():
        pytest.skip("no shared corpus")
    module = _script()
    return module, module.build_index(CORPUS, 9)


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.stem)
def test_pack_copies_no_labelled_sentence(overlap, pack) -> None:
    module, index = overlap
    found = module.find_overlaps(pack, index, 9)
    assert not found, "\n".join(f"{pack.name}:{f[1]} {f[2]} {f[3]}: {f[4]!r} (from {f[6][0]})" for f in found)


def test_the_check_finds_a_copy() -> None:
    module = _script()
    index = {}
    for i, gram in enumerate(["a b c d e f g h i", "b c d e f g h i j"]):
        index[tuple(gram.split())] = [f"src{i}"]
    assert module.overlap(module.words("A, b c-d E f g h i j k"), index, 9)[0] == 10
    assert module.overlap(module.words("a b c d e f g h x"), index, 9)[0] == 0
