"""The finding catalogue is the one definition of a finding: the taxonomy (the bundled copy and
the shared spec) has exactly its ids, every entry is complete, and what it says a finding is made
by exists (a pack rule, a named derivation)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.core import catalogue as C
from policylens.core import flags as F
from policylens.core import taxonomy as T
from policylens.core.rules import REQUIRED_RULES, available_packs, load_pack

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "app" / "policylens" / "core" / "taxonomy.json"
SPEC = ROOT.parent / "shared" / "spec" / "taxonomy.json"


def _check_taxonomy(tax: dict) -> None:
    for field in C.FIELDS:
        assert list(tax[field]) == list(C.ids(field)), f"{field}: the taxonomy and the catalogue differ"
    for f in C.entries("red_flags"):
        assert tax["red_flags"][f.id]["severity"] == f.severity, f"{f.id}: severity"
    assert [k for k in tax["cards"] if k != "colors"] == list(C.card_ids())
    for card in C.CARDS:
        assert tax["cards"][card.id] == card.title, f"card {card.id}: title"


def test_bundled_taxonomy_matches_the_catalogue() -> None:
    _check_taxonomy(json.loads(BUNDLED.read_text(encoding="utf-8")))


@pytest.mark.skipif(not SPEC.is_file(), reason="../shared/spec is not checked out beside the project")
def test_shared_spec_taxonomy_matches_the_catalogue_and_the_bundled_copy() -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    _check_taxonomy(spec)
    assert spec == json.loads(BUNDLED.read_text(encoding="utf-8")), "core/taxonomy.json is not the spec's copy"


def test_every_entry_is_complete() -> None:
    seen = set()
    for f in C.CATALOGUE:
        assert (f.field, f.id) not in seen, f"{f.key} twice"
        seen.add((f.field, f.id))
        assert f.field in C.FIELDS
        assert f.label.strip(), f"{f.key}: no label"
        assert f.card in C.card_ids(), f"{f.key}: card {f.card!r}"
        assert f.producer.kind in ("matched", "derived", "absence"), f"{f.key}: producer"
        if f.field == "red_flags":
            assert f.severity in C.SEVERITIES, f"{f.key}: severity {f.severity!r}"
            assert f.explanation.strip(), f"{f.key}: no explanation"
        else:
            assert f.severity == "info", f"{f.key}: a fact's severity is 'info'"
    # and the module-level views agree with the entries
    assert tuple(T.RED_FLAGS) == C.ids("red_flags")


def test_every_producer_exists() -> None:
    for f in C.CATALOGUE:
        if f.producer.kind == "matched":
            assert f.key in REQUIRED_RULES, f"{f.key}: matched, but packs need no rule for it"
        elif f.field == "red_flags":
            assert f.producer.function in F.DERIVED, f"{f.key}: no function {f.producer.function!r} in core.flags"
        else:
            assert f.key == "retention.fixed_period" and f.producer.function == "periods"
    # every derivation is used by exactly one entry
    used = [f.producer.function for f in C.entries("red_flags") if f.producer.kind != "matched"]
    assert sorted(used) == sorted(F.DERIVED)


@pytest.mark.parametrize("code", available_packs())
def test_packs_have_no_rule_for_a_derived_finding(code: str) -> None:
    """A derived finding has no rule (a rule for it would silently win over its derivation),
    unless the catalogue says it is matched too."""
    pack = load_pack(code)
    for f in C.CATALOGUE:
        if f.producer.kind != "matched" and not f.producer.also_matched:
            assert not pack.rules_for(f.key), f"{code}: a rule for the derived {f.key}"


def test_labels_come_from_the_catalogue() -> None:
    from policylens.core import wording as W

    assert C.labels("red_flags") == W.FLAG_TITLES
    assert C.labels("collected") == W.COLLECTED_LABELS
    assert list(W.CARD_TITLES) == list(C.card_ids())
