"""A "Label: value" line whose label names processors lists recipients, also when the label is a
whole clause («Käytämme henkilötietojen käsittelyssä seuraavia käsittelijöitä:», 63 characters) and
when it is inflected (the Finnish partitive plural «käsittelijöitä», «kumppaneita»)."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def names(text: str) -> set[str]:
    return {n for s in analyze(load_text(text, "x.txt")).shared_with for n in s.names}

CASES = [
    (
        "Tietosuojaseloste\n\nKeräämme nimesi.\n\n",
        "Käytämme henkilötietojen käsittelyssä seuraavia käsittelijöitä: Procountor (kirjanpito), Lemonsoft "
        "(toiminnanohjaus), Telia (puhelinvaihde) sekä Mailchimp (uutiskirjeet).",
        {"Lemonsoft", "Telia"},
    ),
    (
        "Tietosuojaseloste\n\nKeräämme nimesi.\n\n",
        "Tietoja voidaan luovuttaa seuraaville yhteistyökumppaneille: Lemonsoft (asiakasrekisteri).",
        {"Lemonsoft"},
    ),
    (
        "Privacy notice\n\nWe collect your name.\n\n",
        "In running the shop and its customer records we rely on the following processors: Lemonsoft (customer "
        "records) and Telia (telephone exchange).",
        {"Lemonsoft", "Telia"},
    ),
]


@pytest.mark.parametrize(("head", "line", "want"), CASES)
def test_a_long_or_inflected_label_lists_recipients(head: str, line: str, want: set[str]) -> None:
    assert want <= names(head + line + "\n")


def test_a_partner_word_of_a_firm_name_is_no_name_of_its_own() -> None:
    text = (
        "Polityka prywatności\n\nZbieramy Twoje imię.\n\n"
        "Korzystamy z usług podmiotów przetwarzających dane w naszym imieniu: Twilio (wysyłka SMS) oraz biura "
        "rachunkowego Kancelaria Podatkowa Nowak i Wspólnicy sp.k.\n"
    )
    got = names(text)
    assert "Wspólnicy" not in got and "Twilio" in got


LIST_HEAD = {
    "pl": "Polityka prywatności\n\nZbieramy Twoje imię i adres.\n\nTwoje dane przekazujemy:\n",
    "en": "Privacy notice\n\nWe collect your name and address.\n\nWe share your data with:\n",
}


@pytest.mark.parametrize(
    ("lang", "item", "want"),
    [
        (
            "pl",
            "- InPost, DPD Polska oraz Raben Logistics Polska – dostawa przesyłek;",
            {"DPD Polska", "Raben Logistics Polska"},
        ),
        (
            "en",
            "- Royal Mail, Parcelforce Worldwide and Yodel Direct – to deliver your order;",
            {"Parcelforce Worldwide", "Yodel Direct"},
        ),
    ],
)
def test_a_list_item_names_every_company_of_its_run(lang: str, item: str, want: set[str]) -> None:
    assert want <= names(LIST_HEAD[lang] + item + "\n")


def test_a_run_joined_by_commas_alone_names_no_second_company() -> None:
    # "- Twilio, SMS Gateway – …": no conjunction joins the last, so it is what Twilio does
    item = "- Twilio, SMS Gateway, to send your codes;"
    assert "SMS Gateway" not in names(LIST_HEAD["en"] + item + "\n")
