"""Where the test data lives (importable from any test: ``pythonpath`` in pyproject has tests/)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
GOLD = ROOT / "tests" / "data" / "gold"
SHARED = ROOT.parent / "shared"


def dev_corpus() -> Path | None:
    """The shared development corpus (``../shared/corpus/dev``), or None where it is absent."""
    p = SHARED / "corpus" / "dev"
    return p if p.is_dir() else None
