"""One pipeline from a saved policy to its summary, used by ``policylens analyze``,
``policylens export`` and the window's analysis process alike.

    summarize(source, *, lang=None, through_english=None, progress=None, cancel=None,
              require_policy=True) -> Summary

``source`` is a path or a loaded :class:`~policylens.core.document.Document`. A policy in a
language with a rule pack is analysed directly (:func:`policylens.core.analyze.analyze`). One in
another language is analysed through an offline English translation
(:mod:`policylens.translate.analysis`) when ``through_english`` is None (automatic) and an Argos
package from its language to English is installed; ``through_english=True`` asks for it whatever
the language, ``False`` never. Without a package the summary says so and carries no grade
(``grade.status == "unsupported_language"``). ``progress(done, total)`` only goes forward;
``cancel()`` turning true raises :class:`~policylens.core.errors.Cancelled`.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from policylens.core.analyze import analyze
from policylens.core.document import Document
from policylens.core.models import Summary

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

FIRST_PASS = 10  # the share of the progress bar of the direct pass when it ends up translating


def summarize(
    source: str | os.PathLike[str] | Document,
    *,
    lang: str | None = None,
    through_english: bool | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    require_policy: bool = True,
) -> Summary:
    """The summary of ``source`` (see the module's docstring)."""
    from policylens.core.loaders import load_path

    doc = source if isinstance(source, Document) else load_path(os.fspath(source))
    last = 0

    def forward(done: int, total: int = 100) -> None:
        nonlocal last
        pct = round(100 * done / total) if total else 0
        if progress is not None and pct > last:
            last = pct
            progress(pct, 100)

    if through_english:  # the language detected there when not given
        return _read_by(doc, _via_english(doc, lang, None, forward, cancel, require_policy))

    def first_pass(done: int, total: int) -> None:
        if done < total:  # the end waits: a policy without a pack goes on through English
            forward(min(done * 100 // max(total, 1), FIRST_PASS), 100)

    summary = analyze(doc, lang=lang, progress=first_pass, cancel=cancel, require_policy=require_policy)
    if through_english is None and not summary.language.supported and _can_translate(summary.language.code):
        code, confidence = summary.language.code, summary.language.confidence
        summary = _via_english(doc, code, confidence, forward, cancel, require_policy)
    forward(100)
    return _read_by(doc, summary)


def _read_by(doc: Document, summary: Summary) -> Summary:
    """The summary with what read the text out of the file (``Document.meta["extractor"]``)."""
    if summary.source.extractor is None:
        summary.source.extractor = doc.meta.get("extractor")
    return summary


def _can_translate(code: str) -> bool:
    try:
        from policylens.translate.analysis import can_analyse
    except ModuleNotFoundError as exc:  # a build without the translation layer
        if exc.name and "policylens.translate".startswith(exc.name):
            return False
        raise
    return can_analyse(code)


def _via_english(
    doc: Document,
    code: str | None,
    confidence: float | None,
    forward: ProgressFn,
    cancel: CancelFn | None,
    require_policy: bool,
) -> Summary:
    from policylens.translate.analysis import analyze_via_english

    return analyze_via_english(
        doc, code, progress=forward, cancel=cancel, require_policy=require_policy, confidence=confidence
    )
