"""The one scan for all of a pack's phrases (core/multiscan.py) lets through every phrase that
matches: on every example and counter-example of every pack, on words whose case ``regex`` matches
in another letter, and on characters the phrases never name. (On the labelled documents:
tests/test_matcher_equivalence.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from policylens.core import multiscan
from policylens.core.rules import SUPPORTED, load_pack

pytestmark = pytest.mark.skipif(not multiscan.enabled(), reason="google-re2 is not installed")


@pytest.fixture(autouse=True)
def _fresh_gates():  # type: ignore[no-untyped-def]
    multiscan.forget()
    yield
    multiscan.forget()


def _passes(gate: multiscan.Gate, scanners, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The patterns of ``scanners`` that match ``text`` but that the gate would skip."""
    possible = gate.possible(text)
    return [sc.pattern for sc in scanners if gate.skips(possible, sc.pattern) and sc.search(text)]


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_example_of_a_pack_passes_its_gate(code: str) -> None:
    pack = load_pack(code)
    # the plan the product uses: without the parts common in the pack's examples
    made = multiscan.plan(multiscan._patterns(pack), multiscan._samples(pack))
    assert len(made.parts) < len(multiscan.plan(multiscan._patterns(pack)).parts)
    gate = multiscan.build(made)
    scanners = [sc for rules in pack.rules.values() for rule in rules for sc in rule.scanners]
    scanners += [sc for group in pack.context_scanners.values() for sc in group]
    assert len(gate.ids) >= 0.9 * len({sc.pattern for sc in scanners})  # nearly every phrase is gated
    texts = []
    for rules in pack.rules.values():
        for rule in rules:
            for text in (*rule.spec.examples, *rule.spec.counter_examples):
                texts.append(text)
                assert not _passes(gate, rule.scanners, text), (rule.id, text)
    whole = "\n".join(texts)  # and every phrase and context phrase of the pack on all of them at once
    assert not _passes(gate, scanners, whole)
    # the gate does skip: on one example, most phrases of the pack cannot match
    possible = gate.possible(texts[0])
    assert sum(gate.skips(possible, p) for p in gate.ids) > 0.8 * len(gate.ids)


def test_parts_common_in_the_examples_are_left_out() -> None:
    patterns = [r"personal\s+data", r"sell\w*\s+(?:your\s+)?data", r"collect\w*\x00personal\s+data", "biometric"]
    samples = [f"We process personal data of customer {k}." for k in range(20)] + ["We never sell your data."] * 2
    full, made = multiscan.plan(patterns), multiscan.plan(patterns, samples)
    assert len(made.parts) == len(full.parts) - 1  # "personal data": in 20 samples of 22
    assert patterns[0] not in made.ids  # no part left: never skipped
    assert len(made.ids[patterns[2]]) == 1  # "collect…" is gated by its other part
    gate = multiscan.build(made)
    possible = gate.possible("We keep your biometric templates.")
    assert [p for p in patterns if gate.skips(possible, p)] == patterns[1:3]
    # rare in the samples (2 of 22, fewer than 5): kept
    assert patterns[1] in made.ids and len(made.ids[patterns[1]]) == len(full.ids[patterns[1]])


def test_the_alphabet_is_made_before_any_class_is_rewritten() -> None:
    # «ą» is named only by the second phrase; the first one's \w must hold it all the same
    gate = multiscan.build([r"Ordynacj\w*\s+podatkow\w*", "rozporządzeni"])
    assert not gate.skips(gate.possible("zgodnie z Ordynacją podatkową;"), r"Ordynacj\w*\s+podatkow\w*")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("information", "İNFORMATION"),  # «İ» is matched by «i»
        ("ISTANBUL", "ıstanbul"),  # «ı» by «I»
        ("kelvin", "\u212aelvin"),  # the Kelvin sign by «k»
        ("straße", "STRAẞE"),
        ("gemäß", "GEMÄSS gemäß"),
        (r"café\s+au\s+lait", "CAFÉ\u00a0au\tlait"),  # white space of any kind
        (r"e-mail\s+\d+", "e-mail ٣"),  # an Arabic-Indic digit is a digit
        (r"\w+ing", "ŋing"),  # a letter no phrase names is a letter
        (r"[^\s.]+ é", "€ É"),  # and a sign no phrase names is none of them
        (r"\p{Lu}\w+ GmbH", "Émile GmbH"),
        (r"(?<![\w])(?:data)(?![\w])", "the DATA\x0bweb"),
    ],
)
def test_cases_and_characters_the_phrases_never_name(pattern: str, text: str) -> None:
    import regex

    from policylens.core.phrases import FLAGS

    scanner = regex.compile(pattern, FLAGS)
    assert scanner.search(text), "the example itself must match"
    gate = multiscan.build([pattern, "ændring", "ørn"])
    assert pattern in gate.ids
    assert not gate.skips(gate.possible(text), pattern)


def test_a_phrase_that_cannot_match_is_skipped() -> None:
    gate = multiscan.build([r"personal\s+data", r"sell\w*\s+(?:your\s+)?data", "données"])
    possible = gate.possible("We never SELL your data.")
    assert gate.skips(possible, r"personal\s+data")
    assert not gate.skips(possible, r"sell\w*\s+(?:your\s+)?data")
    assert gate.skips(possible, "données")
    assert not gate.skips(possible, "a pattern the gate was not built with")  # tried as before
    # kept: the scanners of a list the gate does not skip, for each text (the list's parts are told once)
    scanners = [regex.compile(p) for p in (r"personal\s+data", r"sell\w*\s+(?:your\s+)?data", "données", "other")]
    for text in ("We never SELL your data.", "Vos données personnelles", "We never SELL your data."):
        possible = gate.possible(text)
        assert gate.kept(text, scanners) == [sc for sc in scanners if not gate.skips(possible, sc.pattern)]
    assert [sc.pattern for sc in gate.kept("Vos données", scanners)] == ["données", "other"]


def test_a_gate_is_built_at_a_packs_second_document(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = load_pack("en")
    assert multiscan.gate(pack) is None  # a one-off analysis does not pay for building it
    second = multiscan.gate(pack)
    assert second is not None
    assert multiscan.gate(pack) is second
    # the second process that builds it reads its plan from the cache beside the pack
    multiscan.forget()
    again = multiscan.gate(pack, now=True)
    assert again is not None and again.ids == second.ids
    multiscan.forget()
    assert multiscan.gate(pack, now=True) is not None
    multiscan.forget()
    monkeypatch.setattr(multiscan, "ENABLED", False)
    assert multiscan.gate(pack, now=True) is None


def test_an_idle_window_prepares_the_plans_of_its_likely_packs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from policylens.core import packcache
    from policylens.ui import analysis_process

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = packcache.cache_dir() / "en-multiscan.pickle"
    assert not cached.exists()
    monkeypatch.setattr("policylens.tr.system_ui_language", lambda: "de")
    analysis_process._warm()
    assert cached.exists() and (packcache.cache_dir() / "de-multiscan.pickle").exists()

    def no_plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("worked out again")

    monkeypatch.setattr(multiscan, "plan", no_plan)
    assert multiscan.gate(load_pack("en"), now=True) is not None  # from the cache: only compiled
    # a busy process does not warm up
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "busy"))
    analysis_process._warm(lambda: False)
    assert not (packcache.cache_dir() / "en-multiscan.pickle").exists()


def test_a_pattern_the_gate_cannot_read_is_tried_as_before() -> None:
    gate = multiscan.build([r"(a)\1", "plain"])
    assert r"(a)\1" not in gate.ids  # a back-reference: not gated
    assert "plain" in gate.ids
