"""A legal form at a sentence's end ends the sentence: «… leveret af Visma e-conomic A/S. Dine
oplysninger slettes …» was one sentence, so what the second says was read with the first (a period
named after the processor, a recipient in a retention sentence). The packs listed legal forms as
abbreviations ("B.V", "S.A", "ApS"); a word in capitals now matches only an abbreviation listed in
capitals, so the Dutch "b.v." (bijvoorbeeld) still goes on while "B.V." ends."""

from __future__ import annotations

import pytest

from policylens.core.loaders import load_text
from policylens.core.rules import load_pack
from policylens.core.segment import segment


def _sentences(lang: str, text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(load_text(text), load_pack(lang).abbreviations)]


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("da", "Bogføringen sker i et program fra Visma A/S.", "Dine oplysninger slettes efter 5 år."),
        ("da", "Vi bruger Dinero ApS.", "Fakturaer gemmes i 5 år."),
        ("nl", "Betalingen verlopen via Mollie B.V.", "Uw gegevens worden 7 jaar bewaard."),
        ("fr", "Le paiement passe par Stripe S.A.", "Les journaux sont conservés un an."),
        ("pl", "Paczki dostarcza InPost sp. z o.o.", "Dane przechowujemy przez 5 lat."),
        ("es", "El alojamiento lo presta Arsys S.L.", "Los registros se borran al mes."),
        ("it", "I pagamenti sono gestiti da Nexi S.p.A.", "Le fatture restano 10 anni."),
        ("pt", "A faturação é feita pela Primavera Lda.", "Os dados são apagados após 5 anos."),
        ("de", "Mitglied ist der Verein Musterstadt e.V.", "Ihre Daten werden 3 Jahre gespeichert."),
    ],
)
def test_a_legal_form_ends_a_sentence_before_a_capital(lang: str, first: str, second: str) -> None:
    assert _sentences(lang, f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Wij gebruiken b.v. Mollie voor betalingen."),  # bijvoorbeeld
        ("nl", "Wij gebruiken bijv. Mollie voor betalingen."),
        ("es", "Los datos de la cuenta se alojan en EE.UU. (Virginia) y en Irlanda."),  # listed in capitals
        ("pl", "Płatności obsługuje PayU S.A. z siedzibą w Poznaniu."),  # the name goes on
        ("de", "Die Firma Muster GmbH & Co. KG hostet die Website."),
        ("fr", "Le paiement passe par Stripe S.A. et par PayPal."),
        ("de", "Zahlungen wickelt Adyen N.V. (Amsterdam) ab, den Rechnungskauf Klarna."),  # a bracket after the name
        ("nl", "Hosting door Microsoft Ireland Operations Ltd. (Azure) in Dublin."),
        # an abbreviation joined to a word by a hyphen ("CVR-nr.", "nr" listed)
        ("da", "Foreningen Dyrehjem, Fjordvej 2, 7400 Herning, CVR-nr. 29 84 61 05, er dataansvarlig."),
    ],
)
def test_an_abbreviation_or_a_name_going_on_does_not_end_it(lang: str, text: str) -> None:
    assert _sentences(lang, text) == [text]
