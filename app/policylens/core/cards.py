"""The cards of a summary, one per catalogue card: its colour and the findings it shows.
A pure function of the summary's facts; the presenter (:mod:`policylens.render`) words them.

Green means *clearly stated and mild*, never just "stated": a card is green only when the policy
says plainly what it does on the topic (concrete periods, three rights or more and a way to reach
someone) and what it does is mild (no location or sensitive data, not a long list of kinds of data,
no advertisers among the recipients). Stated but vague or broad is amber, as a red flag that is not
high is."""

from __future__ import annotations

from collections.abc import Callable

from policylens.core import catalogue as C
from policylens.core.models import Card, RedFlag, Summary

# kinds of data whose collection is never mild, and how many kinds make a broad collection
INTRUSIVE_DATA = frozenset({"location", "sensitive"})
MANY_KINDS = 8
# recipients that make sharing more than mild
INTRUSIVE_RECIPIENTS = frozenset({"advertisers"})
# rights a policy must name (besides complaining) for the rights card to be clearly stated
CLEAR_RIGHTS = 3


def _collected(s: Summary) -> tuple[str, list[str]]:
    refs = [f"collected:{c.category}" for c in s.collected]
    if not s.collected:
        return "none", refs
    kinds = {c.category for c in s.collected}
    return ("clear" if not kinds & INTRUSIVE_DATA and len(kinds) < MANY_KINDS else "stated"), refs


def _shared(s: Summary) -> tuple[str, list[str]]:
    refs = [f"shared:{sh.recipient}" for sh in s.shared_with] + ["sale"]
    if s.not_shared and not s.shared_with:
        return ("stated" if s.sale.value == "yes" else "clear"), ["not_shared", *refs]
    if not s.shared_with and s.sale.value == "unstated":
        return "none", refs
    broad = s.sale.value == "yes" or any(sh.recipient in INTRUSIVE_RECIPIENTS for sh in s.shared_with)
    return ("stated" if broad else "clear"), refs


def _retention(s: Summary) -> tuple[str, list[str]]:
    r = s.retention
    refs = [f"period:{i}" for i in range(len(r.periods))]
    refs += [f"retention:{k}" for k in r.kinds if k != "fixed_period"]
    if not r.kinds and not r.periods:
        return "none", refs
    return ("clear" if r.periods and "indefinite" not in r.kinds else "stated"), refs


def _rights(s: Summary) -> tuple[str, list[str]]:
    refs = [f"rights:{r.right}" for r in s.rights]
    if s.contact.emails:
        refs.append("contact")
    elif any(f.id == "missing_contact" for f in s.red_flags):
        refs.append("flag:missing_contact")
    if not s.rights:
        return "none", refs
    c = s.contact
    # an e-mail hidden by the saved page ("[email protected]") is one the policy gives
    reachable = bool(c.emails or c.postal_address or c.phones or c.urls or c.contact_channel or c.obfuscated_email)
    named = sum(1 for r in s.rights if r.right != "complaint")
    return ("clear" if reachable and named >= CLEAR_RIGHTS else "stated"), refs


# each card: how the policy states its topic ("clear": plainly, and the practice is mild;
# "stated": vague or broad; "none": not at all), and the findings it shows
POINTS: dict[str, Callable[[Summary], tuple[str, list[str]]]] = {
    "collected": _collected,
    "shared": _shared,
    "retention": _retention,
    "rights": _rights,
}


def color(flags: list[RedFlag], stated: str) -> str:
    """Red when a high red flag touches the card, amber for another; else green when the policy
    says plainly what it does on the topic and it is mild ("clear"), amber when it
    says something vague or broad ("stated"), grey when it says nothing."""
    if any(f.severity == "high" for f in flags):
        return "red"
    if flags:
        return "amber"
    if stated == "clear":
        return "green"
    return "amber" if stated == "stated" else "grey"


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
