"""Shared fixtures. Every test runs with its own HOME and XDG directories, so nothing touches the
user's settings, caches or Argos Translate packages."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from corpus_paths import SHARED

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
GOLD = ROOT / "tests" / "data" / "gold"

# isolate before anything (argostranslate reads these at import time)
_home = Path(tempfile.mkdtemp(prefix="policylens-test-home-"))
for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.environ[var] = str(_home / sub)
    (_home / sub).mkdir(parents=True, exist_ok=True)
os.environ["ARGOS_PACKAGES_DIR"] = str(_home / "data" / "argos-translate" / "packages")
atexit.register(shutil.rmtree, _home, ignore_errors=True)  # xdist's workers skip atexit: see below
# the rule packs compiled once for the whole run (scripts/run-tests.sh warms them before pytest
# starts its workers): each test process starts from a copy, as a user's second launch does
# (tests/test_pack_cache.py checks compiling, staleness and damage in directories of its own)
if os.environ.get("POLICYLENS_TEST_PACKS") and Path(os.environ["POLICYLENS_TEST_PACKS"]).is_dir():
    _packs = _home / "cache" / "policylens" / "packs"
    _packs.mkdir(parents=True, exist_ok=True)
    for _pickle in Path(os.environ["POLICYLENS_TEST_PACKS"]).glob("*.pickle"):
        shutil.copyfile(_pickle, _packs / _pickle.name)
# Argos Translate's own sentence splitting (the reference in tests/translate) uses the spaCy pipeline
# packaged in the test packages: its default, MiniSBD, would download a model
os.environ["ARGOS_CHUNK_TYPE"] = "SPACY"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["POLICYLENS_TEST"] = "1"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def pytest_unconfigure(config: pytest.Config) -> None:
    """The throw-away home goes at the end of the session (in every xdist worker too)."""
    shutil.rmtree(_home, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Says so where the shared corpus is missing: the tests that need it skip themselves (a clone or a
    worktree that is not beside ``../shared``), and a skip is easy to miss among thousands of passes."""
    if not (SHARED / "corpus").is_dir():
        terminalreporter.write_line(
            f"note: no shared corpus at {SHARED}: the tests that need it were skipped"
            " (POLICYLENS_SHARED may name its folder)",
            yellow=True,
        )
