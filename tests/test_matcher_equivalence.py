"""The fast matching path gives the very same findings as the plain one, on every labelled
document (seeds, dev and commercial corpora under ../shared/corpus): while both paths exist, this
compares them, summary for summary (evidence offsets included).

Fast path: patterns that cannot match a document are skipped (core/prefilter.py)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from policylens.core import errors, prefilter
from policylens.core.analyze import analyze
from policylens.core.loaders import load_path

CORPUS = Path(os.environ.get("POLICYLENS_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")) / "corpus"
FILES = sorted(p for d in ("seeds", "dev", "commercial") for p in (CORPUS / d).rglob("*.txt"))


def _summary(path: Path) -> str:
    try:
        out = analyze(load_path(path)).to_json()
    except errors.PolicyLensError as exc:
        return f"error {type(exc).__name__}"
    return re.sub(r'"analysed_at":"[^"]*"', "", out)  # the one field that is the clock


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_prefilter_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(FILES) >= 40
    skipped = 0
    for path in FILES:
        monkeypatch.setattr(prefilter, "ENABLED", True)
        fast = _summary(path)
        monkeypatch.setattr(prefilter, "ENABLED", False)
        plain = _summary(path)
        assert fast == plain, f"{path}: findings differ with the prefilter"
        skipped += 1
    assert skipped == len(FILES)


def test_required_literals() -> None:
    req = prefilter.required
    assert set(req(r"(?<![\w])(?:collect\w*[\s\u00a0]+personal[\s\u00a0]+data)(?![\w])")) == {
        "collect",
        "personal",
        "data",
    }
    assert req(r"abc|def") == ()  # an alternation at the top: nothing is certain
    assert req(r"(?:a|b)cde") == ("cde",)
    assert set(req(r"colou?r\s+scheme")) == {"colo", "scheme"}
    assert req(r"x{2,3}yyy") == ("yyy",)
    assert req(r"(?:foo)?barbaz") == ("barbaz",)
    assert req(r"[abc]{2}hello") == ("hello",)
    assert set(req(r"\u00a0hello\x41world")) == {"hello", "world"}
    assert req(r"(?=look)ahead") == ("ahead",)
    assert req(r"ÄRGER") == ("ärger",)


def test_case_folding_never_skips_a_possible_match() -> None:
    import regex

    from policylens.core.rules import FLAGS

    # letters that case-insensitive matching treats as equal fold to the same string
    for pattern, text in (("straße", "STRASSE straẞe"), ("données", "DONNÉES"), ("kelvin", "\u212aelvin")):
        compiled = regex.compile(pattern, FLAGS)
        if compiled.search(text):
            assert prefilter.TextIndex(text).may_match(compiled), (pattern, text)
