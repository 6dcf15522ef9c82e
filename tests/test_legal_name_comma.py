"""A comma before a legal form never follows another legal form: "SJ AB, AB Transitio" names SJ AB,
not a company "SJ AB, AB"; "Acme, Inc." keeps its comma."""
from policylens.core.rules import load_pack


def _names(code: str, text: str) -> list[str]:
    return [m.group(1) for m in load_pack(code).words.legal_name.finditer(text)]


def test_comma_after_a_legal_form_ends_the_name() -> None:
    assert _names("sv", "exempelvis SJ AB, AB Transitio eller Norrtåg AB.")[0] == "SJ AB"


def test_comma_before_the_form_is_kept() -> None:
    assert _names("en", "We use Acme, Inc. for hosting.") == ["Acme, Inc."]
