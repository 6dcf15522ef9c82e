"""The Qt binding must not leak or drop references to None (PySide6 6.12.0 on CPython 3.11 drops
one per void call and the interpreter aborts): run many void calls in a subprocess."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject
o = QObject()
before = sys.getrefcount(None)
for _ in range(20000):
    o.setObjectName("x")
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
