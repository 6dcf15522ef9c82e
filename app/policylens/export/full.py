"""The full report: every finding of each card with the sentences that support it."""

from __future__ import annotations

from policylens.core.models import Evidence, Summary
from policylens.export.content import clean_quote

Findings = list[tuple[str, list[tuple[str, list[tuple[str, str | None]]]]]]


def evidence_for(summary: Summary, ref: str) -> list[Evidence]:
    """The evidence behind a card point (``point_refs`` of a card: "collected:device", "sale",
    "period:0", "retention:indefinite", "rights:erasure", "contact", "flag:missing_contact")."""
    kind, _, key = ref.partition(":")
    if kind == "collected":
        return next((c.evidence for c in summary.collected if c.category == key), [])
    if kind == "shared":
        return next((s.evidence for s in summary.shared_with if s.recipient == key), [])
    if kind == "sale":
        return summary.sale.evidence
    if kind == "period":
        try:
            return summary.retention.periods[int(key)].evidence
        except (ValueError, IndexError):
            return []
    if kind == "retention":
        return next((k.evidence for k in summary.retention.kind_evidence if k.kind == key), [])
    if kind == "rights":
        return next((r.evidence for r in summary.rights if r.right == key), [])
    if kind == "contact":
        return summary.contact.evidence
    return []


def findings(summary: Summary, cards: list[dict[str, object]], max_quotes: int = 3) -> Findings:
    """[(card title, [(point, [(quote, section)])])] for the cards of ``render.texts``."""
    out: Findings = []
    for c, model in zip(cards, summary.cards, strict=True):
        items = []
        points: list[str] = c["points"]  # type: ignore[assignment]
        for i, point in enumerate(points):
            ref = model.point_refs[i] if i < len(model.point_refs) else ""
            ev = evidence_for(summary, ref)[:max_quotes]
            items.append((point, [(clean_quote(e.quote), e.section) for e in ev]))
        out.append((str(c["title"]), items))
    return out
