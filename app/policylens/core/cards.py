"""The cards of a summary, one per catalogue card: its colour and the findings it shows.
A pure function of the summary's facts; the presenter (:mod:`policylens.render`) words them."""

from __future__ import annotations

from collections.abc import Callable

from policylens.core import catalogue as C
from policylens.core.models import Card, RedFlag, Summary


def _collected(s: Summary) -> tuple[bool, list[str]]:
    return bool(s.collected), [f"collected:{c.category}" for c in s.collected]


def _shared(s: Summary) -> tuple[bool, list[str]]:
    refs = [f"shared:{sh.recipient}" for sh in s.shared_with] + ["sale"]
    return bool(s.shared_with) or s.sale.value != "unstated", refs


def _retention(s: Summary) -> tuple[bool, list[str]]:
    refs = [f"period:{i}" for i in range(len(s.retention.periods))]
    refs += [f"retention:{k}" for k in s.retention.kinds if k != "fixed_period"]
    return bool(s.retention.kinds), refs


def _rights(s: Summary) -> tuple[bool, list[str]]:
    refs = [f"rights:{r.right}" for r in s.rights]
    if s.contact.emails:
        refs.append("contact")
    elif any(f.id == "missing_contact" for f in s.red_flags):
        refs.append("flag:missing_contact")
    return bool(s.rights), refs


# each card: (whether the policy states something on its topic, the findings it shows)
POINTS: dict[str, Callable[[Summary], tuple[bool, list[str]]]] = {
    "collected": _collected,
    "shared": _shared,
    "retention": _retention,
    "rights": _rights,
}


def color(flags: list[RedFlag], stated: bool) -> str:
    """Red when a high red flag touches the card, amber for another, else green when the policy
    says something on the topic and grey when it says nothing."""
    if any(f.severity == "high" for f in flags):
        return "red"
    if flags:
        return "amber"
    return "green" if stated else "grey"


def make_cards(s: Summary) -> list[Card]:
    by_card: dict[str, list[RedFlag]] = {}
    for f in s.red_flags:
        if f.card:
            by_card.setdefault(f.card, []).append(f)
    cards = []
    for spec in C.CARDS:
        stated, refs = POINTS[spec.id](s)
        flags = by_card.get(spec.id, [])
        cards.append(
            Card(id=spec.id, color=color(flags, stated), point_refs=refs, flags=[f.id for f in flags])  # type: ignore[arg-type]
        )
    return cards
