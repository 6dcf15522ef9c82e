"""The desktop window (PySide6). Importing this package makes Qt safe to use from Python 3.11.

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` on every call of a C++ method that
returns ``void`` (``setObjectName``, ``QTextCursor.insertText``, ...). Python 3.12 made ``None``
immortal, which hides the bug there; on 3.11 a busy window deallocates ``None`` after a few
thousand calls and the interpreter aborts ("none_dealloc: deallocating None"). :func:`guard_none`
gives ``None`` a practically endless reference count — what 3.12 does by design — before any Qt
call is made. Every module of the GUI imports this package first.
"""

from __future__ import annotations

import ctypes
import sys

_GUARD = 1 << 40


def guard_none() -> None:
    """Make ``None`` effectively immortal on CPython < 3.12 (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of PyObject
    if refcnt.value < _GUARD // 2:
        refcnt.value += _GUARD


guard_none()
