"""Window tests: Qt offscreen, settings in the temporary XDG_CONFIG_HOME (tests/conftest.py)."""

from __future__ import annotations

import pytest

import policylens.ui  # noqa: F401  (before any Qt call: makes None immortal on Python 3.11)
from fixtures import fresh_window


@pytest.fixture
def window(qtbot):
    """A fresh main window with empty settings."""
    yield from fresh_window(qtbot, 1300, 850)
