"""A name's word never ends on an apostrophe: a word in single quotes («via 'Cookievoorkeuren' onderaan elke
pagina») is read without its closing quote, so a pack's name stop applies to it, and an apostrophe inside a
name (O'Brien) is kept."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def names(text: str) -> set[str]:
    return {n for s in analyze(load_text(text, "x.txt")).shared_with for n in s.names}


def test_a_quoted_word_is_read_without_its_closing_quote() -> None:
    text = (
        "Privacyverklaring\n\nWij verwerken je naam en e-mailadres.\n\n"
        "Wij delen gegevens met onze leveranciers. Je keuze voor cookies kun je altijd wijzigen via "
        "'Cookievoorkeuren' onderaan elke pagina, en Mollie verwerkt je betalingen.\n"
    )
    got = names(text)
    assert not any(n.startswith("Cookievoorkeuren") for n in got)
    assert "Mollie" in got


def test_an_apostrophe_inside_a_name_is_kept() -> None:
    text = (
        "Privacy notice\n\nWe collect your name and address.\n\n"
        "We share your address with O'Brien Logistics Ltd, who deliver our parcels.\n"
    )
    assert any(n.startswith("O'Brien Logistics") for n in names(text))
