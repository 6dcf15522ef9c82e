"""Makes Qt safe to use from Python 3.11 (imported before PySide6 by the window and the exports).

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` on every call of a C++ method that
returns ``void`` (``setObjectName``, ``QTextCursor.insertText``, ...), and one to ``True`` or
``False`` whenever a bool goes through a signal emitted from Python. Python 3.12 made these
objects immortal, which hides the bug there; on 3.11 a busy window deallocates ``None`` after a
few thousand calls and the interpreter aborts ("none_dealloc: deallocating None").
:func:`guard_none` gives those singletons a practically endless reference count — what 3.12 does
by design — before any Qt call is made. A leaf module (it imports nothing of PolicyLens), so every
layer that uses Qt can import it first: ``policylens.ui`` (any ``policylens.ui.*`` import runs it),
``policylens.gui`` (through ``policylens.ui``) and ``policylens.export``.
"""

from __future__ import annotations

import ctypes
import sys

_GUARD = 1 << 40


def guard_none() -> None:
    """Make ``None``, ``True``, ``False`` (and the other singletons) effectively immortal on
    CPython < 3.12. Idempotent."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False, Ellipsis, NotImplemented, ()):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of PyObject
        if refcnt.value < _GUARD // 2:
            refcnt.value += _GUARD


guard_none()
