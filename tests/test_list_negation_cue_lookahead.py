"""A negation cue read along a list ("Vi samlar aldrig in X, Y eller Z") is read with the words after
it: Swedish "inte" before "längre behövs" ("when no longer needed") is no cue, so the rights listed
after "att få uppgifterna raderade när de inte längre behövs, …" stay stated."""

from __future__ import annotations

import pytest

from policylens.core.engine.negation import negated_in
from policylens.core.rules import load_pack

RIGHTS = (
    "Du har rätt att få veta vilka uppgifter vi har om dig, att få uppgifterna raderade när de inte "
    "längre behövs, att begränsa behandlingen, att flytta uppgifterna till en annan tjänst och att "
    "motsätta dig behandling som grundar sig på berättigat intresse."
)


@pytest.mark.parametrize("phrase", ["flytta uppgifterna", "motsätta dig"])
def test_no_longer_needed_negates_no_later_right(phrase: str) -> None:
    assert negated_in(load_pack("sv"), RIGHTS, phrase) is False


def test_a_negated_verb_still_reaches_along_its_list() -> None:
    s = "Vi samlar aldrig in uppgifter om din hälsa, din religion, dina politiska åsikter eller din sexuella läggning."
    assert negated_in(load_pack("sv"), s, "sexuella läggning") is True
