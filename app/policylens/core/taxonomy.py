"""The fixed ids of a summary, read from the bundled copy of ``shared/spec/taxonomy.json``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def taxonomy() -> dict[str, Any]:
    data = resources.files("policylens.core").joinpath("taxonomy.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(data)
    return result


def ids(field: str) -> list[str]:
    """The ids of one field (``collected``, ``shared_with``, ``retention_kinds``, ``rights``,
    ``red_flags``, ``sells_data``), in the taxonomy's order."""
    return list(taxonomy()[field].keys())


def describe(field: str, ident: str) -> str:
    value = taxonomy()[field][ident]
    return value["what"] if isinstance(value, dict) else str(value)


def severity(flag: str) -> str:
    return str(taxonomy()["red_flags"][flag]["severity"])


COLLECTED = tuple(ids("collected"))
SHARED_WITH = tuple(ids("shared_with"))
RETENTION_KINDS = tuple(ids("retention_kinds"))
RIGHTS = tuple(ids("rights"))
RED_FLAGS = tuple(ids("red_flags"))
SELLS = ("yes", "no", "unstated")
CARDS = ("collected", "shared", "retention", "rights")
SEVERITIES = ("high", "medium", "low")
COLORS = ("red", "amber", "green", "grey")
