"""A negation cue read along a list is read with the words before it too: Norwegian «opplysninger vi
ikke trenger» is a relative clause without "som" (the pack's negation pattern excludes "ikke" after
"opplysninger vi"), so the rights listed after it in «be oss slette opplysninger vi ikke trenger, be
om at behandlingen begrenses, og protestere mot …» stay stated."""

from __future__ import annotations

import pytest

from policylens.core.engine.negation import negated_in
from policylens.core.rules import load_pack

RIGHTS = (
    "Du kan be oss slette opplysninger vi ikke lenger trenger, be om at behandlingen begrenses, og "
    "protestere mot behandling som bygger på vår berettigede interesse."
)


@pytest.mark.parametrize("phrase", ["behandlingen begrenses", "protestere"])
def test_a_relative_clause_without_som_negates_no_later_right(phrase: str) -> None:
    assert negated_in(load_pack("no"), RIGHTS, phrase) is False


def test_a_negated_verb_still_reaches_along_its_list() -> None:
    s = "Vi behandler ikke opplysninger om helse, religion, politisk oppfatning eller seksuell orientering."
    assert negated_in(load_pack("no"), s, "seksuell orientering") is True
