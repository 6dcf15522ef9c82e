"""What a recognizer is (the model is presidio-analyzer's ``EntityRecognizer`` and
``RecognizerRegistry``).

A recognizer reads the segmented document (:class:`~policylens.core.engine.contexts.Segmented`:
sentences with their contexts, blocks, headings, the pack of each sentence) and the document's
main language pack, and returns a :class:`Result`: hits with their evidence (keyed by finding, as
the catalogue's ``key``: ``rights.erasure``) and, for extractors, facts (``contact``, ``service``,
``retention.periods``). Recognizers run in the registry's order and each sees what those before it
found (``seg.hits``): the contact recognizer leaves out the supervisory authority the rule pack
found, the named-recipient recognizer reads the recipients it found.

Hits go through the shared post-filter (:func:`policylens.core.engine.negation.post_filter`:
no finding in a heading or a table of contents, none whose phrase is negated) — a recognizer
calls it on its own candidates (:meth:`Recognizer.keep`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from policylens.core.engine.contexts import Hit, Segmented
from policylens.core.engine.negation import post_filter
from policylens.core.rules import Pack

Step = Callable[[int, int], None]


@dataclass(slots=True)
class Result:
    hits: list[Hit] = field(default_factory=list)
    negated: list[Hit] = field(default_factory=list)  # hits whose phrase is negated (sale: "we do not sell")
    facts: dict[str, Any] = field(default_factory=dict)


class Recognizer:
    """One way of finding things in a policy. Subclasses set ``name``, ``fields`` (the finding
    keys or fact names it produces; ``"*"`` for every key a pack has rules for) and ``languages``
    (None: every language), and implement :meth:`analyze`."""

    name: ClassVar[str] = "recognizer"
    fields: ClassVar[tuple[str, ...]] = ()
    languages: ClassVar[frozenset[str] | None] = None

    def supports(self, language: str) -> bool:
        return self.languages is None or language in self.languages

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        raise NotImplementedError

    @staticmethod
    def keep(seg: Segmented, candidates: Iterable[Hit], *, negatable: bool = True) -> Result:
        """``candidates`` through the shared post-filter: (kept, negated)."""
        out = Result()
        for h in candidates:
            verdict = post_filter(seg, h.sent, h.start, h.end, negatable=negatable)
            if verdict is True:
                out.hits.append(h)
            elif verdict is None:
                out.negated.append(h)
        return out


class Registry:
    """Recognizers by field and language, in the order they run."""

    def __init__(self) -> None:
        self._recognizers: list[Recognizer] = []

    def register(self, recognizer: Recognizer) -> Recognizer:
        self._recognizers.append(recognizer)
        return recognizer

    def for_language(self, language: str) -> list[Recognizer]:
        return [r for r in self._recognizers if r.supports(language)]

    def for_field(self, field_key: str, language: str) -> list[Recognizer]:
        return [r for r in self.for_language(language) if field_key in r.fields or "*" in r.fields]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._recognizers)
