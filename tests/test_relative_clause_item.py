"""A list item that opens with a capitalised word and a relative clause («- Golden Charter, who administer
our funeral plans») names a company only where the list is about sharing. Under a heading about what is
collected the item is a kind of data, whatever its clause says («- Tuotearviot, jotka kirjoitat tilauksen
jälkeen.», «- Product reviews, which you write after ordering.»)."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def names(text: str) -> set[str]:
    return {n.casefold() for s in analyze(load_text(text, "x.txt")).shared_with for n in s.names}


COLLECTED = [
    (
        "Tietosuojaseloste\n\nMitä tietoja minusta kerätään?\n\n- Tilaajan nimi, toimitusosoite ja puhelinnumero.\n"
        "- Tilatut tuotteet ja maksutapa.\n- Tuotearviot, jotka kirjoitat tilauksen jälkeen.\n\n"
        "Kenelle tietoja luovutetaan?\n\nKäytämme Postia pakettien toimitukseen.\n",
        "tuotearviot",
    ),
    (
        "Privacy notice\n\nWhat do we collect?\n\n- Your name, delivery address and phone number.\n"
        "- The products you order and how you pay.\n- Product reviews, which you write after ordering.\n\n"
        "Who do we share it with?\n\nWe share your address with Royal Mail to deliver your parcel.\n",
        "product reviews",
    ),
]


@pytest.mark.parametrize(("text", "item"), COLLECTED)
def test_an_item_under_a_collect_heading_is_no_company(text: str, item: str) -> None:
    assert item not in names(text)


def test_an_item_under_a_sharing_heading_still_names_the_company() -> None:
    text = (
        "Privacy notice\n\nWe collect your name and address.\n\nWho do we share your data with?\n\n"
        "- Golden Charter, who administer our funeral plans.\n- Royal Mail, who deliver our letters.\n"
    )
    assert "golden charter" in names(text)
