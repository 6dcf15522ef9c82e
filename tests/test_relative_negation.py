"""A negation inside a relative clause between commas is that clause's, not the main clause's
(the packs' ``[negation] relative_words``)."""

from __future__ import annotations

import pytest

from policylens.core.engine.negation import negated_in
from policylens.core.rules import load_pack

CASES = [
    (
        "fr",
        ("Les statistiques, qui ne permettent aucune identification, sont gardées sans limitation de durée."),
        "sans limitation de durée",
        False,
    ),
    ("fr", "Les statistiques ne sont pas gardées sans limitation de durée.", "sans limitation de durée", True),
    ("en", "Aggregate statistics, which do not identify you, are kept indefinitely.", "indefinitely", False),
    ("en", "We do not keep your data indefinitely.", "indefinitely", True),
    ("de", "Statistiken, die keine Identifizierung erlauben, werden unbegrenzt gespeichert.", "unbegrenzt", False),
    ("de", "Wir speichern Ihre Daten nicht unbegrenzt.", "unbegrenzt", True),
    ("sv", "Statistik, som inte kan kopplas till dig, sparas utan tidsgräns.", "utan tidsgräns", False),
]


@pytest.mark.parametrize(("code", "sentence", "phrase", "negated"), CASES)
def test_relative_clause_negation(code: str, sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack(code), sentence, phrase) is negated
