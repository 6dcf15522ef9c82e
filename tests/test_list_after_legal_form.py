"""A name listed after a company written with its legal form: a conjunction goes on with the list
(no address follows), a comma and an address end it."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEAD = 'Privacy policy of Examplo\n\nWe are Examplo Ltd ("we"). We share your data with our service providers.\n\n'


def names(body: str) -> set[str]:
    return names_in(HEAD + body, "examplo.txt")


def names_in(text: str, name: str) -> set[str]:
    """The names of the recipients a policy ``text`` (a file ``name``) shares with."""
    s = analyze(load_text(text, name))
    return {n for sh in s.shared_with for n in sh.names}


def test_conjunction_after_legal_form_goes_on() -> None:
    got = names("We share payment data with payment providers such as Harbourline Payments Ltd or PayPal.\n")
    assert {"Harbourline Payments Ltd", "PayPal"} <= got


def test_norwegian_conjunction_after_legal_form_goes_on() -> None:
    got = names_in(
        "Personvernerklæring\n\nHvem får opplysningene\n\n"
        "Ved skade sender vi rapport til forsikringsselskapet ditt, "
        "for eksempel Gjensidige Forsikring ASA eller If Skadeforsikring.\n",
        "hytte.txt",
    )
    assert {"Gjensidige Forsikring ASA", "If Skadeforsikring"} <= got


def test_address_after_legal_form_ends_the_list() -> None:
    got = names("Hosting-Anbieter: Nordwolke AG, Hafenstraße 1, Kiel\n")
    assert got == {"Nordwolke AG"}


def test_swedish_fetched_from_is_a_source() -> None:
    got = names_in(
        "Integritetspolicy\n\nVem vi delar uppgifterna med\n\n"
        "Uppgifter om fordonet hämtar vi via Transportstyrelsen. "
        "Vi lämnar ut uppgifter till Skatteverket när lagen kräver det.\n",
        "bilglas.txt",
    )
    assert "Skatteverket" in got and "Transportstyrelsen" not in got


def test_weak_name_with_words_after_ends_the_list() -> None:
    got = names_in(
        "Tietosuojaseloste\n\nKenelle luovutamme tietoja\n\n"
        "Tietoja käsittelevät: kuljetus: Posti Oy ja Matkahuolto Oy sekä Kassi-noudot DB Schenkerin kautta.\n",
        "kierratys.txt",
    )
    assert "Kassi" not in got


def test_a_brand_with_its_company_in_brackets_after_a_legal_form_ends_the_list() -> None:
    """After a company with its legal form and a conjunction, a brand with its company in brackets is not
    named beside that company: «Blik (Polski Standard Płatności sp. z o.o.)». A name with another aside
    goes on with the list: «Nets (Nexi Group)»."""
    got = names_in(
        "Polityka prywatności\n\nKomu przekazujemy dane\n\n"
        "Dane przekazujemy następującym odbiorcom:\n"
        "- operatorzy płatności: PayU S.A. oraz Blik (Polski Standard Płatności sp. z o.o.);\n",
        "sklep.txt",
    )
    assert "Polski Standard Płatności sp. z o.o." in got and "Blik" not in got
    got = names_in(
        "Personvernerklæring\n\nHvem får opplysningene\n\n"
        "– Betaling skjer via Vipps MobilePay AS og Nets (Nexi Group).\n",
        "fiskekort.txt",
    )
    assert "Nets" in got


def test_a_comma_before_another_company_with_its_legal_form_goes_on() -> None:
    """A comma after a company with its legal form ends the list where an address follows; where
    another company with its legal form follows, the list goes on to its last name, written without one."""
    got = names_in(
        "Personvernerklæring\n\nHvem vi deler opplysninger med\n\n"
        "Megleren som bestilte oppdraget, for eksempel Nordfjell Eiendom AS, Brygga Bolig AS eller "
        "HusMegleren, får bekreftelse på tidspunktet.\n",
        "styling.txt",
    )
    assert {"Nordfjell Eiendom AS", "Brygga Bolig AS", "HusMegleren"} <= got
    got = names("Hosting provider: Nordwolke AG, 12 Harbour Road, Kiel\n")
    assert got == {"Nordwolke AG"}
