"""Property-based tests of the core: any input either yields a valid summary (evidence quotes
verbatim, offsets in range) or a typed error — never another exception."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens.core import errors
from policylens.core.analyze import analyze
from policylens.core.document import Document
from policylens.core.durations import find_durations
from policylens.core.loaders import load_text
from policylens.core.models import Summary
from policylens.core.rules import available_packs, load_pack
from policylens.core.segment import segment
from policylens.core.structure import blocks_from_text

WORDS = [
    "nous",
    "collectons",
    "votre",
    "adresse",
    "e-mail",
    "ne",
    "vendons",
    "pas",
    "données",
    "conservées",
    "2",
    "ans",
    "We",
    "collect",
    "your",
    "IP",
    "address",
    "do",
    "not",
    "sell",
    "kept",
    "for",
    "24",
    "hours",
    "Vi",
    "säljer",
    "inte",
    "dina",
    "uppgifter",
    "behålls",
    "i",
    "år",
    "droit",
    "d'accès",
    "right",
    "to",
    "erasure",
    "cookies",
    "etc.",
    "(1)",
    "III.",
    "•",
    "–",
    "-",
    ":",
    ";",
    ".",
    "\n",
    "\n\n",
    "#",
    "tiers",
    "third",
    "parties",
    "sans",
    "votre",
    "consentement",
    "sécurité",
    "nationale",
    "indefinitely",
    "indéfiniment",
    "@",
    "x@y.fr",
    "[email protected]",
]
policyish = st.lists(st.sampled_from(WORDS), min_size=0, max_size=300).map(" ".join)
any_text = st.text(min_size=0, max_size=2000)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_summary(summary: Summary, text: str) -> None:
    Summary.model_validate_json(summary.to_json())
    for ev in summary.all_evidence():
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.quote
    assert {c.id for c in summary.cards} == {"collected", "shared", "retention", "rights"}
    if summary.grade.graded:
        assert summary.grade.score is not None and 0 <= summary.grade.score <= 100
    else:
        assert summary.grade.letter is None and summary.grade.score is None


def analyze_or_typed_error(text: str, lang: str | None = None) -> None:
    try:
        doc = load_text(text)
        summary = analyze(doc, lang=lang)
    except errors.PolicyLensError:
        return
    check_summary(summary, doc.text)


@SETTINGS
@given(policyish)
def test_analyzer_on_policy_like_text(text: str) -> None:
    analyze_or_typed_error(text)


@SETTINGS
@given(any_text)
def test_analyzer_on_any_text(text: str) -> None:
    analyze_or_typed_error(text, lang="en")


@SETTINGS
@given(any_text, st.sampled_from(available_packs()))
def test_analyzer_with_every_pack(text: str, lang: str) -> None:
    analyze_or_typed_error(text, lang=lang)


@SETTINGS
@given(any_text)
def test_structure_blocks_are_spans(text: str) -> None:
    blocks = blocks_from_text(text)
    last = 0
    for b in blocks:
        assert last <= b.start < b.end <= len(text)
        assert text[b.start : b.end].strip()
        last = b.end


@SETTINGS
@given(any_text)
def test_segmenter_sentences_in_blocks(text: str) -> None:
    doc = Document(text=text, blocks=blocks_from_text(text), name="t", format="text", sha256="")
    sents = segment(doc, load_pack("fr").abbreviations)
    for s in sents:
        b = doc.blocks[s.block]
        assert b.start <= s.start < s.end <= b.end
        assert s.end - s.start <= 1200 + 1


@SETTINGS
@given(st.text(max_size=300), st.sampled_from(["en", "fr", "sv"]))
def test_duration_parser_never_fails(text: str, lang: str) -> None:
    for d in find_durations(text, load_pack(lang)):
        assert d.days >= 0
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        ("nous collectons " * 20 + "\n") * 5_000,
        "(" * 50_000 + "collect" + ")" * 50_000,
        "- item, " * 100_000,
        "e-mail " * 200_000,
        "ne " * 100_000 + "vendons pas",
    ],
    ids=["million-a", "long-lines", "parens", "100k-list", "repeated-trigger", "long-negation"],
)
def test_pathological_text_finishes_in_bounded_time(text: str) -> None:
    started = time.perf_counter()
    analyze_or_typed_error(text, lang="fr")
    # generous bound (CI machines are slow and shared); the benchmark measures precisely
    assert time.perf_counter() - started < 120
