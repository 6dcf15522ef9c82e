"""The full report: every finding of each card with the sentences that support it."""

from __future__ import annotations

from policylens.core.models import Summary
from policylens.export.content import clean_quote

Findings = list[tuple[str, list[tuple[str, list[tuple[str, str | None]]]]]]


def findings(summary: Summary, cards: list[dict[str, object]], max_quotes: int = 3) -> Findings:
    """[(card title, [(point, [(quote, section)])])] for the cards of ``render.texts``."""
    out: Findings = []
    for c, model in zip(cards, summary.cards, strict=True):
        items = []
        points: list[str] = c["points"]  # type: ignore[assignment]
        for i, point in enumerate(points):
            ref = model.point_refs[i] if i < len(model.point_refs) else ""
            ev = summary.evidence_for(ref)[:max_quotes]
            items.append((point, [(clean_quote(e.quote), e.section) for e in ev]))
        out.append((str(c["title"]), items))
    return out
