"""A retention period stated in a relative clause is about the clause's antecedent: "We delete your
account data when you close your account, except purchase records, which we keep for 7 years" keeps
the purchase records seven years, not the account data (which the card used to show: "Account data:
7 years", the opposite of what the sentence says). The antecedent's words name the period where no
data phrase of the pack does ("Tilbud, der ikke bliver til en ordre, sletter vi efter 6 måneder")."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEADING = {
    "en": "How long we keep data",
    "de": "Speicherdauer",
    "da": "Opbevaring",
    "sv": "Hur länge vi sparar uppgifter",
    "fr": "Durée de conservation",
}

# (language, sentence, the days, the words the card shows for the data)
NAMED = [
    (
        "en",
        "We delete your account data when you close your account, except purchase records, which we keep for "
        "7 years under tax law.",
        2555,
        "purchase records",
    ),
    ("en", "CCTV footage, which is only viewed after an incident, is overwritten after 30 days.", 30, "CCTV footage"),
    ("de", "Anfragen, die zu keinem Vertrag führen, löschen wir nach sechs Monaten.", 182, "Anfragen"),
    ("da", "Tilbud, der ikke bliver til en ordre, sletter vi efter 6 måneder.", 182, "Tilbud"),
    (
        "sv",
        "Vi raderar ditt konto när du avslutar det, utom kvitton, som vi sparar i sju år enligt bokföringslagen.",
        2555,
        "kvitton",
    ),
    (
        "fr",
        "Nous supprimons votre compte à sa clôture, sauf les factures, que nous conservons dix ans.",
        3650,
        "factures",
    ),
]

# the antecedent is not the period's subject: a relative clause closed before another clause with its own
# subject, and the last item of a bracket
NOT_NAMED = [
    (
        "de",
        "Ein Dienstleister erhält auch den Inhalt von Nachrichten, die Sie senden, und wir speichern die Protokolle "
        "30 Tage.",
        30,
        "den Inhalt von Nachrichten",
    ),
    (
        "en",
        "We set strictly necessary cookies (session, basket, language), which last at most one year.",
        365,
        "language",
    ),
]


def _subjects(lang: str, sentence: str) -> list[tuple[int, str | None]]:
    s = analyze(load_text(f"{HEADING[lang]}\n\n{sentence}\n", "policy.txt"), lang=lang)
    return [(round(p.days), p.subject) for p in s.retention.periods]


@pytest.mark.parametrize(("lang", "sentence", "days", "words"), NAMED)
def test_the_antecedent_names_the_data(lang: str, sentence: str, days: int, words: str) -> None:
    got = _subjects(lang, sentence)
    assert [d for d, _ in got] == [days], got
    assert (got[0][1] or "").casefold() == words.casefold(), got


@pytest.mark.parametrize(("lang", "sentence", "days", "words"), NOT_NAMED)
def test_not_where_the_clause_is_not_about_it(lang: str, sentence: str, days: int, words: str) -> None:
    got = _subjects(lang, sentence)
    assert [d for d, _ in got] == [days], got
    assert (got[0][1] or "").casefold() != words.casefold(), got
