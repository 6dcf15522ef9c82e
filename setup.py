"""Build hook: compile the Qt translation catalogues (i18n/*.ts → *.qm) into the wheel.

All metadata lives in pyproject.toml; this file only adds that build step.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        root = Path(__file__).resolve().parent
        subprocess.run([sys.executable, str(root / "scripts" / "i18n.py"), "build"], check=True, cwd=root)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
