"""Finnish registered foundations («säätiö rekisteröity», sr) and cooperatives (osuuskunta, osk) are
legal forms in _base.toml: «Kaarna-säätiö sr» is a company's name, so the controller named under
«Rekisterinpitäjä» is found, and a processor named later is not taken for it."""

from __future__ import annotations

from policylens.core.rules import load_pack


def test_foundation_and_cooperative_forms_end_a_name() -> None:
    name = load_pack("fi").words.legal_name
    text = "Rekisterinpitäjä: Kaarna-säätiö sr. Vesi toimittaa Järvikylän Vesihuolto osk."
    got = [text[slice(*m.span(1))] for m in name.finditer(text)]
    assert any(g.endswith("Kaarna-säätiö sr") for g in got), got
    assert any(g.endswith("Vesihuolto osk") for g in got), got


def test_lower_case_sr_alone_is_no_name() -> None:
    name = load_pack("fi").words.legal_name
    assert [m.span(1) for m in name.finditer("lyhenne sr tarkoittaa säätiötä")] == []
