"""The named-recipient recognizer on short policies: names found, normalised, and the service,
common nouns, browsers and the authority left out."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEAD = 'Privacy policy of Examplo\n\nWe are Examplo Ltd ("we"). We share your data with our service providers.\n\n'


def names(body: str) -> set[str]:
    s = analyze(load_text(HEAD + body, "examplo.txt"))
    return {n for sh in s.shared_with for n in sh.names}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Hosting-Anbieter: Nordwolke AG, Kiel\n", {"Nordwolke AG"}),
        ("Sign-in is offered through Apple and Google.\n", {"Apple", "Google"}),
        (
            ("We use Braze, Salesforce and Campaign Monitor to email receipts.\n"),
            {"Braze", "Salesforce", "Campaign Monitor"},
        ),
        (
            ("We measure visits with Google Analytics and send e-mail through Amazon SES.\n"),
            {"Google", "Amazon Web Services"},
        ),
        (
            ("We share information with these companies:\n\n- Greenhouse. Greenhouse receives your application.\n"),
            {"Greenhouse"},
        ),
        ("Supabase Inc. | Database hosting | USA\n", {"Supabase"}),
        # a brand with an inner capital written without it is the same brand, spelled as the list does
        ("We chat with customers through Whatsapp and keep leads in Hubspot.\n", {"WhatsApp", "HubSpot"}),
    ],
)
def test_found_and_normalised(body: str, want: set[str]) -> None:
    assert want <= names(body)


@pytest.mark.parametrize(
    "body",
    [
        "Through Settings you can change your choices. You can change settings at any time.\n",
        "To refuse cookies in Google Chrome, open the browser's settings.\n",
        "Examplo Analytics receives your usage data.\n",  # the service itself
        "We send codes via Bluetooth and SMS.\n",
    ],
)
def test_not_recipients(body: str) -> None:
    assert not names(body)
