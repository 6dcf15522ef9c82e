"""The core is pure Python: it imports no Qt GUI module and nothing from the UI layers.

The same rule is an import-linter contract in pyproject.toml (run by scripts/run-tests.sh);
this test checks it at run time too, and shows that the check fails when the rule is broken.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    root = sys.argv[1]
    pkg = importlib.import_module(root)
    for m in pkgutil.walk_packages(pkg.__path__, root + "."):
        importlib.import_module(m.name)
    bad = sorted(n for n in sys.modules
                 if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
                 or n.startswith(("policylens.ui", "policylens.export", "policylens.translate", "policylens.gui"))
                 or n.split(".")[0] in ("argostranslate", "ctranslate2", "torch", "stanza", "spacy"))
    print("\\n".join(bad))
    sys.exit(1 if bad else 0)
    """
)


def run_check(package: str, path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env_path = [str(path)] if path else []
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0]={env_path!r}\n" + CHECK, package],
        capture_output=True,
        text=True,
        check=False,
    )


def test_core_imports_no_qt_and_no_ui() -> None:
    result = run_check("policylens.core")
    assert result.returncode == 0, f"policylens.core pulled in: {result.stdout}{result.stderr}"


def test_check_fails_when_core_imports_qt(tmp_path: Path) -> None:
    # a copy of the rule on a fake package whose core imports Qt widgets: the check must fail
    core = tmp_path / "fakepl" / "core"
    core.mkdir(parents=True)
    (tmp_path / "fakepl" / "__init__.py").write_text("")
    (core / "__init__.py").write_text("")
    (core / "bad.py").write_text("from PySide6 import QtWidgets\n")
    result = run_check("fakepl.core", tmp_path)
    assert result.returncode == 1
    assert "PySide6.QtWidgets" in result.stdout


def test_import_linter_contract_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert "[tool.importlinter]" in text
    assert 'source_modules = ["policylens.core"]' in text
