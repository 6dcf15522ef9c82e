"""The desktop window (PySide6). Importing this package makes Qt safe to use from Python 3.11
(see :mod:`policylens.qtsafe`): every module of the GUI imports this package first (any
``policylens.ui.*`` import runs it; ``policylens.gui`` imports it before PySide6).
"""

from __future__ import annotations

from policylens.qtsafe import guard_none

__all__ = ["guard_none"]
