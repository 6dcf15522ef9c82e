"""A negation cue read along a list ("Vi samlar aldrig in X, Y eller Z") is read with the words around it.
After it: Swedish "inte" before "längre behövs" ("when no longer needed") is no cue, so the rights listed
after "att få uppgifterna raderade när de inte längre behövs, …" stay stated. Before it: Norwegian
«opplysninger vi ikke trenger» is a relative clause without "som" (the pack's negation pattern excludes
"ikke" after "opplysninger vi"), so the rights listed after «be oss slette opplysninger vi ikke trenger, …»
stay stated too."""

from __future__ import annotations

import pytest

from policylens.core.engine.negation import negated_in
from policylens.core.rules import load_pack

RIGHTS = {
    "sv": (
        "Du har rätt att få veta vilka uppgifter vi har om dig, att få uppgifterna raderade när de inte "
        "längre behövs, att begränsa behandlingen, att flytta uppgifterna till en annan tjänst och att "
        "motsätta dig behandling som grundar sig på berättigat intresse."
    ),
    "no": (
        "Du kan be oss slette opplysninger vi ikke lenger trenger, be om at behandlingen begrenses, og "
        "protestere mot behandling som bygger på vår berettigede interesse."
    ),
}


@pytest.mark.parametrize(
    ("code", "phrase"),
    [("sv", "flytta uppgifterna"), ("sv", "motsätta dig"), ("no", "behandlingen begrenses"), ("no", "protestere")],
)
def test_a_cue_that_is_none_there_negates_no_later_right(code: str, phrase: str) -> None:
    assert negated_in(load_pack(code), RIGHTS[code], phrase) is False


@pytest.mark.parametrize(
    ("code", "sentence", "phrase"),
    [
        (
            "sv",
            "Vi samlar aldrig in uppgifter om din hälsa, din religion, dina politiska åsikter eller din "
            "sexuella läggning.",
            "sexuella läggning",
        ),
        (
            "no",
            "Vi behandler ikke opplysninger om helse, religion, politisk oppfatning eller seksuell orientering.",
            "seksuell orientering",
        ),
    ],
)
def test_a_negated_verb_still_reaches_along_its_list(code: str, sentence: str, phrase: str) -> None:
    assert negated_in(load_pack(code), sentence, phrase) is True
