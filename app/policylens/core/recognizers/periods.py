"""Retention periods: durations (the pack's ``[durations]``) in retention sentences, with the
kind of data they are about (the first ``collected.*`` rule phrase of the sentence)."""

from __future__ import annotations

from policylens.core import catalogue as C
from policylens.core.durations import find_durations
from policylens.core.engine.contexts import Segmented
from policylens.core.models import Period
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack, first_match


class PeriodsRecognizer(Recognizer):
    name = "retention periods"
    fields = ("retention.periods",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"periods": periods(seg)})


def periods(seg: Segmented) -> list[Period]:
    out: list[Period] = []
    seen: set[tuple[float, str | None]] = set()
    text = seg.doc.text
    for i, s in enumerate(seg.sentences):
        if s.kind == "heading" or s.toc:
            continue
        own = seg.own[i]
        chunk = text[s.start : s.end]
        short = len(chunk.split()) <= 18 or s.kind == "list_item"
        if "retain" not in own and not ("retain" in seg.inherited[i] and short):
            continue
        if "children" in own and "retain" not in own:
            continue
        pack = seg.packs[i]
        for d in find_durations(chunk, pack):
            if "children" in own and d.unit == "year" and d.amount < 22:
                continue  # "enfants de moins de 16 ans"
            # no negation check: "we do not keep it longer than 2 years" still states 2 years
            data = data_category(seg, i, chunk)
            key = (d.days, data)
            if key in seen:
                continue
            seen.add(key)
            out.append(Period(days=d.days, text=d.text, data=data, evidence=[seg.evidence(i)]))
    return out


def data_category(seg: Segmented, i: int, chunk: str) -> str | None:
    pack = seg.packs[i]
    best: tuple[int, str] | None = None
    for cat in C.ids("collected"):
        for rule in pack.rules_for(f"collected.{cat}"):
            m = first_match(rule.scanners, chunk)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), cat)
    return best[1] if best else None
