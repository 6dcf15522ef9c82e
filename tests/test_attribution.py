"""Attribution: a hardware identifier the policy says is replaced by a random one raises no flag
(the packs' ``[words] hardware_replaced``)."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def flags(text: str) -> set[str]:
    return {f.id for f in analyze(load_text(text, "policy.txt")).red_flags}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Privacy policy\n\nWe collect the IMEI and the MAC address of your device.\n", True),
        (
            (
                "Privacy policy\n\nWe collect the MAC address of your device. The MAC address is "
                "replaced by a random one before it is stored.\n"
            ),
            False,
        ),
        (
            (
                "Politique de confidentialité\n\nNous collectons l'adresse MAC de votre "
                "appareil, remplacée par une adresse aléatoire.\n"
            ),
            False,
        ),
    ],
)
def test_replaced_hardware_identifier(text: str, flagged: bool) -> None:
    assert ("hardware_identifiers" in flags(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            (
                "Privacy policy\n\nWe collect your e-mail address. We may combine information "
                "we collect with data from other sources.\n"
            ),
            True,
        ),
        (
            (
                "Privacy policy\n\nWe collect your e-mail address. Abroad, the authorities of a third country may "
                "combine information we collect with data from other sources.\n"
            ),
            False,
        ),
    ],
)
def test_someone_else_combining_data(text: str, flagged: bool) -> None:
    assert ("data_combination" in flags(text)) is flagged
