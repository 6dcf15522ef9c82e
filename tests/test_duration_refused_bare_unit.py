"""A numbered duration refused by `durations.not_after` leaves no bare unit behind."""
from __future__ import annotations

from policylens.core.durations import find_durations
from policylens.core.rules import load_pack


def test_refused_number_is_no_bare_unit() -> None:
    fi = load_pack("fi")
    # «viimeisen» refuses «kahden vuoden»; its «vuoden kuluessa» is not one year either
    assert [d.days for d in find_durations("ostot viimeisen kahden vuoden kuluessa", fi)] == []
    # a bare unit with no number before it still counts
    assert [d.days for d in find_durations("tiedot poistetaan vuoden kuluessa", fi)] == [365]
    assert [d.days for d in find_durations("tiedot poistetaan kahden vuoden kuluessa", fi)] == [730]
