"""A plain-text table's header row («Opplysning | Når | Hvorfor») heads the rows of its table only. The
paragraphs after the table belong to the section above it: under «1. What we collect» they say what is
collected, even though the header row has a «Why» column that would make them purposes."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def collected(text: str) -> set[str]:
    return {c.category for c in analyze(load_text(text, "x.txt")).collected}


CASES = [
    (
        "Personvernerklæring for Fjellturer AS\n\n1. HVA VI SAMLER INN\n\n"
        "Opplysning                             | Når                              | Hvorfor\n"
        "Navn, e-post og telefonnummer          | Når du bestiller en fjelltur     "
        "| Avtalen med deg og beskjed om endringer\n"
        "Betalingsopplysninger                  | Ved betaling                     | Gjennomføre kjøpet\n"
        "IP-adresse, nettleser og sidevisninger | Når du bruker nettsiden vår      | Drift, sikkerhet og statistikk\n\n"
        "Når turen er over, sender vi deg et spørreskjema hvor du kan gi turen karakter og skrive en kommentar.\n\n"
        "2. HVEM VI DELER MED\n\nVi deler ikke opplysninger med andre.\n",
        "feedback",
    ),
    (
        "Privacy notice of Glacier Walks Ltd\n\n1. WHAT WE COLLECT\n\n"
        "Information                          | When                        | Purpose\n"
        "Name, email address and phone number | When you book a glacier walk "
        "| Our contract with you and notice of changes\n"
        "Payment details                      | When you pay                | To complete the purchase\n"
        "IP address, browser and pages viewed | When you use our website    | Operation, security and statistics\n\n"
        "When the trip is over we send you a questionnaire where you can rate the trip and write a comment.\n\n"
        "2. WHO WE SHARE WITH\n\nWe share nothing with others.\n",
        "feedback",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_paragraph_after_the_table_keeps_the_section_topic(text: str, want: str) -> None:
    assert want in collected(text)


def test_the_rows_still_inherit_the_header_row() -> None:
    assert {"contact", "financial", "device"} <= collected(CASES[0][0])
