"""The four cards of a summary (one per catalogue card): colour, headline and points, as
messages in English with their translation sources. A pure function of the summary's facts."""

from __future__ import annotations

from policylens.core import wording as W
from policylens.core.models import Card, Message, RedFlag, Summary


def make_cards(s: Summary) -> list[Card]:
    by_card: dict[str, list[RedFlag]] = {}
    for f in s.red_flags:
        if f.card:
            by_card.setdefault(f.card, []).append(f)
    cards = []

    def color(card: str, stated: bool) -> str:
        fl = by_card.get(card, [])
        if any(f.severity == "high" for f in fl):
            return "red"
        if fl:
            return "amber"
        return "green" if stated else "grey"

    # collected
    pts = [W.message("collected", W.COLLECTED_LABELS[c.category]) for c in s.collected]
    refs = [f"collected:{c.category}" for c in s.collected]
    head = (
        W.message("cards", W.HEADLINES["collected.some"], n=len(s.collected))
        if s.collected
        else W.message("cards", W.HEADLINES["collected.none"])
    )
    cards.append(_card("collected", color("collected", bool(s.collected)), head, pts, refs, by_card))
    # shared
    pts, refs = [], []
    for sh in s.shared_with:
        label = W.RECIPIENT_LABELS[sh.recipient]
        if sh.names:
            pts.append(W.message("cards", W.POINTS["names"], label=W.english(label), names=", ".join(sh.names[:5])))
            pts[-1].args["label_source"] = label
        else:
            pts.append(W.message("shared", label))
        refs.append(f"shared:{sh.recipient}")
    pts.append(W.message("sells", W.SELLS_WORDS[s.sells_data]))
    refs.append("sale")
    if s.sells_data == "yes":
        head = W.message("cards", W.HEADLINES["shared.sold"])
    elif s.shared_with:
        head = W.message("cards", W.HEADLINES["shared.some"], n=len(s.shared_with))
    else:
        head = W.message("cards", W.HEADLINES["shared.none"])
    stated = bool(s.shared_with) or s.sells_data != "unstated"
    cards.append(_card("shared", color("shared", stated), head, pts, refs, by_card))
    # retention
    pts, refs = [], []
    for p in s.retention.periods:
        dur = W.duration_message(p.days)
        if p.data:
            pts.append(
                W.message("cards", W.POINTS["period"], data=W.english(W.COLLECTED_LABELS[p.data]), duration=dur.text)
            )
            pts[-1].args["data_source"] = W.COLLECTED_LABELS[p.data]
        else:
            pts.append(W.message("cards", W.POINTS["period.any"], duration=dur.text))
        pts[-1].args["duration_days"] = p.days
        refs.append(f"period:{s.retention.periods.index(p)}")
    for k in s.retention.kinds:
        if k != "fixed_period":
            pts.append(W.message("retention", W.RETENTION_LABELS[k]))
            refs.append(f"retention:{k}")
    if "indefinite" in s.retention.kinds:
        head = W.message("cards", W.HEADLINES["retention.indefinite"])
    elif s.retention.periods:
        longest = max(p.days for p in s.retention.periods)
        head = W.message("cards", W.HEADLINES["retention.period"], longest=W.duration_message(longest).text)
        head.args["longest_days"] = longest
    elif s.retention.kinds:
        head = W.message("cards", W.HEADLINES["retention.vague"])
    else:
        head = W.message("cards", W.HEADLINES["retention.none"])
    cards.append(_card("retention", color("retention", bool(s.retention.kinds)), head, pts, refs, by_card))
    # rights
    pts = [W.message("rights", W.RIGHT_LABELS[r.right]) for r in s.rights]
    refs = [f"rights:{r.right}" for r in s.rights]
    if s.contact.emails:
        pts.append(W.message("cards", W.POINTS["contact.email"], emails=", ".join(s.contact.emails[:3])))
        refs.append("contact")
    elif any(f.id == "missing_contact" for f in s.red_flags):
        pts.append(W.message("cards", W.POINTS["contact.none"]))
        refs.append("flag:missing_contact")
    head = (
        W.message("cards", W.HEADLINES["rights.some"], n=len(s.rights))
        if s.rights
        else W.message("cards", W.HEADLINES["rights.none"])
    )
    cards.append(_card("rights", color("rights", bool(s.rights)), head, pts, refs, by_card))
    return cards


def _card(
    cid: str, color: str, head: Message, pts: list[Message], refs: list[str], by_card: dict[str, list[RedFlag]]
) -> Card:
    return Card(
        id=cid,  # type: ignore[arg-type]
        color=color,  # type: ignore[arg-type]
        headline=head.text,
        points=[p.text for p in pts],
        headline_message=head,
        point_messages=pts,
        point_refs=refs,
        flags=[f.id for f in by_card.get(cid, [])],
    )


