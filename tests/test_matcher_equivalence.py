"""The fast matching path gives the very same findings as the plain one, on every labelled
document (seeds, dev and commercial corpora under ../shared/corpus): while both paths exist, this
compares them, summary for summary (evidence offsets included).

Fast path (core/prefilter.py): patterns that cannot match a document are skipped; a phrase is tried
only at the words that start with its leading literal when they are few; per-sentence searches
(also/unless, negation, scope breakers) are skipped where no alternative has its literals."""

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


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_tries_at_word_starts_find_what_a_scan_finds() -> None:
    """Every phrase scanner of every pack, on every labelled document: the matches tried at the
    words its leading literal starts (prefilter.matches_at) are the matches of a whole scan, overlapped
    (the rules) and not (the contexts)."""
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    tried = 0
    for path in FILES[::3]:
        text = load_path(path).text
        index = prefilter.TextIndex(text)
        for pack in packs:
            scanners = [sc for rs in pack.rules.values() for r in rs for sc in r.scanners]
            scanners += [sc for scs in pack.context_scanners.values() for sc in scs]
            for sc in scanners:
                at = index.starts(sc)
                if at is None:
                    continue
                for overlapped in (True, False):
                    whole = [m.span() for m in sc.finditer(text, overlapped=overlapped)]
                    tries = [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=overlapped)]
                    assert tries == whole, (path.name, sc.pattern)
                tried += 1
    assert tried > 1000


def test_word_starts_and_case(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    monkeypatch.setattr(prefilter, "MATCH_COST", 1)  # a short text: try at the words all the same
    from policylens.core.rules import FLAGS

    text = "Wir erheben Daten. STRAẞE und Straße; ſeal; \u212aelvin; meta-data; MetaData, data_x"
    index = prefilter.TextIndex(text)
    for phrase in ("straße", "seal", "kelvin", "data", "daten", "erheb\\w*"):
        sc = regex.compile(rf"(?<![\w])(?:{phrase})(?![\w])", FLAGS)
        at = index.starts(sc)
        assert at is not None
        assert [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=True)] == [
            m.span() for m in sc.finditer(text, overlapped=True)
        ], phrase
    # "İ" matches "i" but folds to two characters: such a text is scanned whole, never skipped
    turkish = "İnformation we collect"
    sc = regex.compile(r"(?<![\w])(?:information)(?![\w])", FLAGS)
    assert sc.search(turkish)
    index = prefilter.TextIndex(turkish)
    assert index.starts(sc) is None
    assert index.may_match(sc)
    assert prefilter.may_occur(sc, turkish)


def test_alternatives_literals() -> None:
    alts = prefilter.alternatives
    assert alts(r"(?<![\w])(?:other[\s\u00a0]+than)(?![\w])|(?<![\w])(?:but)(?![\w])") == (
        ("other", "than"),
        ("but",),
    )
    assert alts(r"abc|\w+") is None  # an alternative that needs no literal: always tried
    assert alts(r"(?:a|b)c") == (("c",),)
    import regex

    neg = regex.compile(r"(?<![\w])(?:not)(?![\w])|(?<![\w])(?:never)(?![\w])", regex.IGNORECASE)
    assert not prefilter.may_occur(neg, "we share it")
    assert prefilter.may_occur(neg, "we do NOT share it")
    assert prefilter.may_occur(neg, "we do NOT share it", 0, 9)
    assert not prefilter.may_occur(neg, "we do NOT share it", 9)
