"""A policy written for one country's residents does not send data abroad by storing it in that country:
«Our providers store data in the United States.» in a Texas shop's policy raises no transfer flag; the same
sentence under a policy that names the GDPR, or beside a sentence about users outside the country, does."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

SHOP = (
    "Privacy Policy\n\n"
    "Sugar Supply Co. LLC, 4410 Burnet Road, Austin, Texas 78756, handles the personal data of its customers.\n\n"
    "We collect your name, email address and order history.\n\n"
    "Texas residents have rights under the Texas Data Privacy and Security Act.\n\n"
    "{storage}\n"
)


def _flags(text: str) -> set[str]:
    return {f.id for f in analyze(load_text(text, "policy.txt"), "en").red_flags}


@pytest.mark.parametrize(
    ("storage", "flagged"),
    [
        ("Our providers store data in the United States.", False),
        ("We and our service providers store your information in the United States.", False),
        # abroad after all: outside the country, other countries, a heading about users abroad
        ("We store data in the United States. If you use the shop from outside the US, it is transferred there.", True),
        ("We store information in the United States and other countries where our providers operate.", True),
        ("7. INTERNATIONAL USERS\n\nWe store data in the United States.", True),
        ("Our providers may store data outside the United States.", True),
        # a question asks where the data go, its answer tells
        (
            "Q: Is my information stored outside the United States?\n"
            "A: Our store and our service providers store information in the United States.",
            False,
        ),
    ],
)
def test_storage_in_the_home_country_is_no_transfer(storage: str, flagged: bool) -> None:
    assert ("international_transfer" in _flags(SHOP.format(storage=storage))) is flagged


def test_a_policy_that_names_another_countrys_law_is_written_for_readers_abroad() -> None:
    text = SHOP.format(storage="Our providers store data in the United States.") + (
        "\nIf you are in the EEA, you have rights under the GDPR.\n"
    )
    assert "international_transfer" in _flags(text)


def test_without_a_mark_of_the_home_country_storing_data_there_is_a_transfer() -> None:
    text = (
        "Privacy Policy\n\nWe collect your name, email address and order history.\n\n"
        "Our providers store data in the United States.\n"
    )
    assert "international_transfer" in _flags(text)
