"""The rule-pack recognizer: the language pack's ``[[rule]]`` phrases (:mod:`policylens.core.engine.matcher`)."""

from __future__ import annotations

from policylens.core.engine.contexts import Segmented
from policylens.core.engine.matcher import match_rules
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack


class RulePackRecognizer(Recognizer):
    name = "rule pack"
    fields = ("*",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        hits, negated = match_rules(seg, step)
        return Result(hits=hits, negated=negated)
