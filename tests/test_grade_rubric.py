"""A grade a consumer can trust: a text that is no privacy policy gets no grade, silence is not a
virtue, and the rubric is the one the README documents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_paths import ROOT, SAMPLES, SHARED
from policylens.core import errors
from policylens.core.loaders import load_path, load_text
from policylens.pipeline import summarize

NOT_POLICIES = sorted(p for p in (ROOT / "tests" / "data" / "not-policies").iterdir() if p.name != "SOURCES.md")
CORPUS = SHARED / "corpus"
LABELLED = [
    (CORPUS / "gold", CORPUS),
    (CORPUS / "dev-gold", CORPUS / "dev"),
    (CORPUS / "commercial-gold", CORPUS / "commercial"),
    (CORPUS / "public-en" / "gold-opp115", CORPUS / "public-en"),
    (CORPUS / "public-en" / "gold-gdpr200", CORPUS / "public-en"),
]


def _labelled() -> list[Path]:
    out = []
    for gold, corpus in LABELLED:
        if gold.is_dir():
            out += [corpus / json.loads(g.read_text(encoding="utf-8"))["file"] for g in sorted(gold.glob("*.json"))]
    return out


@pytest.mark.parametrize("path", NOT_POLICIES, ids=[p.name for p in NOT_POLICIES])
def test_no_grade_for_a_text_that_is_no_policy(path: Path) -> None:
    """Recipes, news, manuals, licences, READMEs, terms of sale, a cookie banner alone, in eleven
    languages: either refused (nothing about personal data at all) or not graded."""
    try:
        s = summarize(load_path(path))
    except errors.NotAPolicy:
        return
    assert s.grade.status == "not_a_policy", (path.name, s.grade)
    assert s.grade.letter is None and s.grade.score is None
    assert s.grade.policy_confidence is not None and s.grade.policy_confidence < 0.45
    data = json.loads(s.to_json())
    assert data["grade"]["letter"] is None and data["grade"]["status"] == "not_a_policy"


def test_too_little_text_is_refused() -> None:
    for text in ("a", "\ufeff\ud800", "Hi", "  ok  "):
        with pytest.raises(errors.EmptyDocument):
            summarize(load_text(text))


def test_the_cli_refuses_a_lone_surrogate(tmp_path: Path) -> None:
    bad = tmp_path / "odd.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 byte-order mark and a lone surrogate
    run = subprocess.run(
        [sys.executable, "-c", "from policylens.cli import main; raise SystemExit(main())", "analyze", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 3, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_silence_is_not_a_virtue() -> None:
    """A one-line reassurance says nothing: no grade; a thin policy is 'not enough'."""
    thin = "Privacy. We respect your privacy and protect your personal data. We never sell your personal data."
    try:
        s = summarize(load_text(thin))
    except errors.NotAPolicy:
        return
    assert s.grade.status in ("not_a_policy", "not_enough"), s.grade


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared is not beside this checkout")
def test_labelled_policies_are_policies_and_missing_both_essentials_gets_no_a_or_b() -> None:
    letters = []
    for path in _labelled():
        s = summarize(load_path(path))
        assert s.grade.status != "not_a_policy", path
        if s.grade.status != "graded":
            continue
        letters.append(s.grade.letter)
        no_period = not s.retention.periods
        c = s.contact
        no_contact = not (c.emails or c.postal_address or c.phones or c.urls or c.contact_channel)
        if no_period and no_contact:
            assert s.grade.letter not in ("A", "B"), (path, s.grade.letter, s.grade.score)
    # the grades spread over the scale
    assert {"A", "B", "C", "D", "E"} <= set(letters)


def test_rubric_lines_add_up() -> None:
    s = summarize(load_path(SAMPLES / "fr-genletter.txt"))
    g = s.grade
    assert g.status == "graded"
    tells = [ln for ln in g.reasons if ln.kind == "item"]
    assert [ln.item for ln in tells] == [
        "controller",
        "data",
        "purposes",
        "recipients",
        "retention",
        "rights",
        "complaint",
    ]
    assert all(ln.state in ("stated", "vague", "missing") for ln in tells)
    costs = -sum(ln.points for ln in g.reasons if ln.points < 0)
    gains = sum(ln.points for ln in g.reasons if ln.points > 0)
    penalties = -sum(ln.points for ln in g.reasons if ln.kind == "flag")
    expected = 100 - costs + min(gains, penalties // 2)
    if g.ceiling is not None:
        expected = min(expected, g.ceiling)
    assert g.score == max(0, min(100, expected))
    # the absence flags are items of what it tells, not counted twice
    assert not any(ln.kind == "flag" and ln.flag in ("missing_contact", "vague_retention") for ln in g.reasons)


# Mozilla's notices in the dev corpus are official translations of one text: one grade letter each
MOZILLA_NOTICES = {
    "websites": "mozilla_websites_privacy_notice.txt",
    "subscription services": "mozilla_subscription_services_privacy_notice.txt",
    "privacy policy 2018": "mozilla_privacy_policy_2018*.txt",
}


@pytest.mark.skipif(not (CORPUS / "dev").is_dir(), reason="../shared is not beside this checkout")
@pytest.mark.parametrize("notice", sorted(MOZILLA_NOTICES))
def test_the_same_policy_gets_the_same_letter_in_every_language(notice: str) -> None:
    """The same notice in several languages says the same thing, so it gets the same letter (the
    websites notice's "you can control personalised ads from DoubleClick in Google's ad settings"
    is no targeted advertising in any of them)."""
    paths = sorted((CORPUS / "dev").glob(f"*/{MOZILLA_NOTICES[notice]}"))
    assert len(paths) >= 4, paths
    grades = {}
    for path in paths:
        s = summarize(load_path(path))
        assert s.grade.status == "graded", (path, s.grade.status)
        grades[path.parent.name] = (s.grade.letter, s.grade.score, sorted(f.id for f in s.red_flags))
    assert len({letter for letter, _, _ in grades.values()}) == 1, grades
