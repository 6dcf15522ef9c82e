"""The rule-pack recognizer: the language pack's ``[[rule]]`` phrases (:mod:`policylens.core.engine.matcher`).

Findings that say what the service itself does (:data:`SERVICE_ACTS`) are dropped when the clause
before the phrase has another subject (the pack's ``[words] other_subjects``: "authorities of a
third country may combine the data" is not the service combining data) and no "we"."""

from __future__ import annotations

import re

from policylens.core.engine.contexts import Hit, Segmented
from policylens.core.engine.matcher import match_rules
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack

# findings about what the service does with data (not where it sends it)
SERVICE_ACTS = frozenset({"flags.data_combination", "flags.deidentified_commercial_use"})
_CLAUSE_BREAK = re.compile(r"[;:]\s|\.\s")
_WORD = re.compile(r"\w+")


class RulePackRecognizer(Recognizer):
    name = "rule pack"
    fields = ("*",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        hits, negated = match_rules(seg, step)
        return Result(hits=[h for h in hits if not other_subject(seg, h)], negated=negated)


def other_subject(seg: Segmented, h: Hit) -> bool:
    """Whether a hit of :data:`SERVICE_ACTS` stands in a clause whose subject is someone else."""
    if h.rule not in SERVICE_ACTS:
        return False
    s = seg.sentences[h.sent]
    before = seg.doc.text[s.start : h.start]
    cuts = list(_CLAUSE_BREAK.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    words = seg.packs[h.sent].words
    if not words.other_subjects.search(before):
        return False
    return not any(w.casefold() in words.we_words for w in _WORD.findall(before))
