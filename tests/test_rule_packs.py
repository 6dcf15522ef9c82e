"""Every rule pack validates, has the same shape, and its examples behave as stated.

Like qutebrowser's test over every entry of a shipped data file: each example sentence of each
rule is run through the real matcher, and each counter-example must not fire.
"""

from __future__ import annotations

import pytest

from policylens.core import analyze as A
from policylens.core.durations import find_durations
from policylens.core.rules import (
    REQUIRED_RULES,
    SUPPORTED,
    PackError,
    available_packs,
    compile_pack,
    load_pack,
    parse_pack,
    phrase_to_regex,
)

PACKS = available_packs()


def test_every_supported_language_has_a_pack() -> None:
    assert sorted(SUPPORTED) == sorted(PACKS)


@pytest.mark.parametrize("code", PACKS)
def test_pack_loads_and_has_every_rule(code: str) -> None:
    pack = load_pack(code)
    assert pack.code == code
    for rid in REQUIRED_RULES:
        assert pack.rules_for(rid), f"{code}: no rule {rid}"


def _cases(kind: str) -> list[tuple[str, str, str]]:
    out = []
    for code in PACKS:
        pack = load_pack(code)
        for rules in pack.rules.values():
            for rule in rules:
                for ex in getattr(rule.spec, kind):
                    out.append((code, rule.id, ex))
    return out


@pytest.mark.parametrize(("code", "rule_id", "sentence"), _cases("examples"))
def test_rule_example_matches(code: str, rule_id: str, sentence: str) -> None:
    pack = load_pack(code)
    rule = pack.rules_for(rule_id)[0]
    # examples stand alone: give them the contexts their rule requires, as a heading would
    assert A.match_sentence(pack, sentence, rule_id, rule.requires), f"{code} {rule_id}: {sentence!r}"


@pytest.mark.parametrize(("code", "rule_id", "sentence"), _cases("counter_examples"))
def test_rule_counter_example_does_not_match(code: str, rule_id: str, sentence: str) -> None:
    pack = load_pack(code)
    # with the contexts the rule requires (as its examples get them): a counter-example must not
    # pass only because it stands alone, without the heading that would give it those contexts
    contexts = {c for rule in pack.rules_for(rule_id) for c in rule.requires}
    assert not A.match_sentence(pack, sentence, rule_id, contexts), f"{code} {rule_id} fired on {sentence!r}"


@pytest.mark.parametrize("code", PACKS)
def test_negation_examples(code: str) -> None:
    pack = load_pack(code)
    spec = pack.spec.negation
    for sentence in spec.examples:
        # the sale trigger in each example is negated: sale.yes must not fire, and is recorded as negated
        assert not A.match_sentence(pack, sentence, "sale.yes", ("share",)), f"{code}: {sentence!r} read as a sale"
    for sentence in spec.counter_examples:
        hits = [
            rid
            for rid in ("sale.yes", "shared.service_providers", "shared.advertisers")
            if A.match_sentence(pack, sentence, rid, ("share", "cookies"))
        ]
        assert hits, f"{code}: counter-example {sentence!r} should still state something"


@pytest.mark.parametrize("code", PACKS)
def test_example_asides_share_the_negation(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sensitive data named in a bracket of examples is as denied as what the bracket illustrates."""
    pack = load_pack(code)
    spec = pack.spec.negation
    assert bool(spec.example_asides) == bool(spec.aside_examples), f"{code}: example_asides need aside_examples"
    for sentence in spec.aside_examples:
        assert not A.match_sentence(pack, sentence, "collected.sensitive", ("collect",)), f"{code}: {sentence!r}"
        # read without the asides, the bracket is a clause of its own and its example is stated: the
        # example is one the rule knows, and the aside is what denies it
        monkeypatch.setattr(pack, "example_aside", None)
        assert A.match_sentence(pack, sentence, "collected.sensitive", ("collect",)), f"{code}: {sentence!r}"
        monkeypatch.undo()
    for sentence in spec.aside_counter_examples:
        assert A.match_sentence(pack, sentence, "collected.sensitive", ("collect",)), f"{code}: {sentence!r}"


@pytest.mark.parametrize("code", PACKS)
def test_an_exception_after_a_denied_kind_states_it(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """"We use no cookies other than those strictly necessary": cookies are stated. Every pack has
    exception words and sentences; each sentence gives cookies with them and none without them (the
    exception is what states the kind)."""
    pack = load_pack(code)
    spec = pack.spec.negation
    assert spec.exceptions and spec.exception_examples, f"{code}: negation.exceptions and exception_examples"
    for sentence in spec.exception_examples:
        assert A.match_sentence(pack, sentence, "collected.cookies", ("collect",)), f"{code}: {sentence!r}"
        monkeypatch.setattr(pack, "exception_after", None)
        assert not A.match_sentence(pack, sentence, "collected.cookies", ("collect",)), f"{code}: {sentence!r}"
        monkeypatch.undo()


def test_an_exception_in_another_clause_states_nothing() -> None:
    """The exception must follow the denied kind within a few words of the same clause."""
    pack = load_pack("en")
    for sentence in (
        "We use no cookies; other than that, the site stores nothing.",
        "We use no cookies on this site, and nothing other than your e-mail address is kept.",
    ):
        assert not A.match_sentence(pack, sentence, "collected.cookies", ("collect",)), sentence


@pytest.mark.parametrize("code", PACKS)
def test_duration_examples(code: str) -> None:
    pack = load_pack(code)
    for text, days in pack.spec.durations.examples.items():
        found = find_durations(text, pack)
        assert found, f"{code}: no duration in {text!r}"
        assert found[0].days == days, f"{code}: {text!r} gave {found[0].days}, want {days}"


@pytest.mark.parametrize("code", PACKS)
def test_date_examples(code: str) -> None:
    pack = load_pack(code)
    for text, iso in pack.spec.dates.examples.items():
        assert A.parse_date(text, pack) == iso, f"{code}: {text!r}"


def test_phrase_syntax() -> None:
    import regex

    def m(phrase: str, text: str) -> bool:
        return regex.search(phrase_to_regex(phrase), text, regex.IGNORECASE) is not None

    assert m("collect*", "nous collectons")
    assert not m("collect", "recollection")
    assert m("ne ~ pas", "nous ne vendons pas")
    assert m("nom d'utilisateur", "votre nom d’utilisateur")
    assert m("e-mail", "email") and m("e-mail", "e-mail")
    assert m("etc.", "nom, etc.")
    assert not m("etc.", "etcetera")


def test_a_plus_in_a_phrase_is_refused() -> None:
    """"fulfil+" read as the letters "fulfil+" and never matched "fulfill": a phrase has no "+"
    repeat, so writing one is an error (an escaped "\\+" is a plus sign)."""
    import regex

    with pytest.raises(PackError, match="no repeat"):
        phrase_to_regex("(honour|fulfil+) your request")
    assert regex.search(phrase_to_regex("C\\+\\+ code"), "C++ code")


def test_invalid_pack_is_refused() -> None:
    with pytest.raises(PackError):
        parse_pack("code = 'xx'\nname = 'X'\n", "bad.toml")
    spec = parse_pack(
        (__import__("importlib.resources").resources.files("policylens.core") / "lang" / "fr.toml").read_text("utf-8"),
        "fr.toml",
    )
    broken = spec.model_copy(deep=True)
    broken.rule = [r for r in broken.rule if r.id != "rights.access"]
    with pytest.raises(PackError, match=r"rights\.access"):
        compile_pack(broken)
    raw = spec.model_copy(deep=True)
    raw.rule[0].match = ["re:(a.*)+b"]
    with pytest.raises(PackError, match="unbounded"):
        compile_pack(raw)


@pytest.mark.parametrize(
    ("field", "entry"),
    [
        ("local_bodies", "County Council"),  # a local body without its place
        ("name_openers", "Acme"),  # a name opener that is no name stop
    ],
)
def test_a_word_list_entry_against_its_rule_is_refused_on_load(field: str, entry: str) -> None:
    from importlib import resources

    text = resources.files("policylens.core").joinpath("lang", "en.toml").read_text(encoding="utf-8")
    spec = parse_pack(text, "en.toml")
    getattr(spec.words, field).append(entry)
    with pytest.raises(PackError, match=field):
        compile_pack(spec)


def test_unknown_language_code_is_refused() -> None:
    with pytest.raises(PackError):
        load_pack("xx")
    with pytest.raises(PackError):
        load_pack("../etc")
