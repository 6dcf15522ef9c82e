"""A retention period whose clause names no known kind of data still shows the policy's words for
it: a label before its value ("Faturas: 10 anos") or the words before the retention verb
("Financial records are kept for 7 years"), cut at the pack's ``subject_ends`` (auxiliaries,
modals, relative pronouns). Before, such a period was "Some data: 7 years" on the card."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

# (heading, sentence with a verb, its data, label line, its data) — the data are words no data
# phrase of the pack names, so only the new fallback can name them
CASES = {
    "en": (
        "How long we keep data",
        "Warranty claims are kept for 3 years after the repair.",
        "Warranty claims",
        "- Quotes that were not accepted: 6 months",
        "Quotes that were not accepted",
    ),
    "de": (
        "Speicherdauer",
        "Garantiefälle werden 3 Jahre nach der Reparatur gelöscht.",
        "Garantiefälle",
        "- Kostenvoranschläge ohne Auftrag: 6 Monate",
        "Kostenvoranschläge ohne Auftrag",
    ),
    "fr": (
        "Durée de conservation",
        "Les dossiers de garantie sont conservés 3 ans après la réparation.",
        "dossiers de garantie",
        "- Devis non acceptés : 6 mois",
        "Devis non acceptés",
    ),
    "es": (
        "Plazo de conservación",
        "Los expedientes de garantía se conservan 3 años tras la reparación.",
        "expedientes de garantía",
        "- Presupuestos no aceptados: 6 meses",
        "Presupuestos no aceptados",
    ),
    "it": (
        "Conservazione",
        "Le pratiche di garanzia sono conservate per 3 anni dopo la riparazione.",
        "pratiche di garanzia",
        "- Preventivi non accettati: 6 mesi",
        "Preventivi non accettati",
    ),
    "pt": (
        "Conservação",
        "Os processos de garantia são conservados durante 3 anos após a reparação.",
        "processos de garantia",
        "- Orçamentos não aceites: 6 meses",
        "Orçamentos não aceites",
    ),
    "nl": (
        "Bewaartermijnen",
        "Garantiedossiers worden 3 jaar na de reparatie bewaard.",
        "Garantiedossiers",
        "- Offertes zonder opdracht: 6 maanden",
        "Offertes zonder opdracht",
    ),
    "da": (
        "Opbevaring",
        "Garantisager skal efter reglerne gemmes i 3 år efter reparationen.",
        "Garantisager",
        "- Tilbud uden ordre: 6 måneder",
        "Tilbud uden ordre",
    ),
    "sv": (
        "Lagringstid",
        "Garantiärenden som inte avslutats sparas i 3 år efter reparationen.",
        "Garantiärenden",
        "- Offerter utan beställning: 6 månader",
        "Offerter utan beställning",
    ),
    "no": (
        "Lagringstid",
        "Garantisaker lagres i 3 år etter reparasjonen.",
        "Garantisaker",
        "- Tilbud uten bestilling: 6 måneder",
        "Tilbud uten bestilling",
    ),
    "fi": (
        "Säilytysaika",
        "Takuuasiat säilytetään 3 vuotta korjauksen jälkeen.",
        "Takuuasiat",
        "- Hyväksymättömät tarjoukset: 6 kuukautta",
        "Hyväksymättömät tarjoukset",
    ),
    "pl": (
        "Okres przechowywania",
        "Zgłoszenia gwarancyjne są przechowywane przez 3 lata od naprawy.",
        "Zgłoszenia gwarancyjne",
        "- Niezaakceptowane oferty: 6 miesięcy",
        "Niezaakceptowane oferty",
    ),
}


def _subjects(lang: str, body: str) -> dict[int, str | None]:
    heading = CASES[lang][0]
    s = analyze(load_text(f"{heading}\n\n{body}\n", "policy.txt"), lang=lang)
    return {round(p.days): p.subject for p in s.retention.periods}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_words_before_the_retention_verb_name_the_data(lang: str) -> None:
    _, sentence, data, _, _ = CASES[lang]
    assert _subjects(lang, sentence) == {1095: data}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_label_before_its_duration_names_the_data(lang: str) -> None:
    _, _, _, line, data = CASES[lang]
    assert _subjects(lang, line) == {182: data}


@pytest.mark.parametrize(
    "body",
    [
        "We keep them for 3 years after the repair.",  # the company keeps a pronoun
        "We may keep this for 3 years after the repair.",
        "After you delete your account, we erase it within 3 years.",  # a condition opens the sentence
        "Then warranty claims are deleted after 3 years.",  # an adverb, no data
        "This is deleted after 3 years.",  # a sentence continuing the previous one
        "Retention period: 3 years after the repair.",  # the label is a retention word
        "If you close your account, warranty claims are deleted after 3 years.",  # a condition
        "Invoices must be kept for 7 years; warranty claims are deleted after 3 years.",  # not the first clause
    ],
)
def test_words_that_name_no_data_are_not_shown(body: str) -> None:
    assert _subjects("en", body).get(1095) is None


def test_the_card_shows_the_policys_words() -> None:
    from policylens.pipeline import summarize
    from policylens.render import Presenter
    from policylens.tr import make_tr

    s = summarize(load_text("Privacy notice\n\nHow long we keep data\n\nWarranty claims are kept for 3 years.\n"))
    p = Presenter(s, make_tr("en"))
    shown = [p.point(f"period:{k}") for k in range(len(s.retention.periods))]
    assert shown == ["Warranty claims: 3 years"]


def test_a_bracket_the_label_leaves_open_is_cut() -> None:
    """The label's brackets close before the colon: the shown words do not end inside them."""
    assert _subjects("pl", "- Dane serwisowe (numer ramy, historia napraw): 5 lat") == {1825: "Dane serwisowe"}


def test_the_words_before_the_duration_win_over_a_data_phrase_after_it() -> None:
    """ "Journalen … slik pasientjournalforskriften krever": the records are kept, not the regulation
    named after the duration (whose data phrase still gives the kind)."""
    s = analyze(
        load_text("Lagring\n\nJournalen lagres i minst ti år, slik pasientjournalforskriften krever.\n", "p.txt"),
        lang="no",
    )
    assert [(p.subject, round(p.days)) for p in s.retention.periods] == [("Journalen", 3650)]


@pytest.mark.parametrize(
    ("lang", "body", "days", "words"),
    [
        # an FAQ's "A:" is no label: the answer's words name the data
        ("en", "A: Warranty claims are deleted after 3 years.", 1095, "Warranty claims"),
        # a numbered section's number is no part of the name
        ("en", "7.5. Warranty claims are kept for 3 years after the repair.", 1095, "Warranty claims"),
        ("pl", "8.2. Dokumentację AML – 5 lat.", 1825, "Dokumentację AML"),
        # a label of a retention list is the policy's own name for the data, up to eight words
        (
            "fr",
            "- Copie du permis et selfie de vérification : effacés 30 jours après",
            30,
            "Copie du permis et selfie de vérification",
        ),
        (
            "en",
            "- Applications that do not lead to a tenancy: destroyed after one year",
            365,
            "Applications that do not lead to a tenancy",
        ),
    ],
)
def test_answers_numbered_lines_and_long_labels_name_the_data(lang: str, body: str, days: int, words: str) -> None:
    heading = {"pl": "Okres przechowywania"}.get(lang) or CASES[lang][0]
    s = analyze(load_text(f"{heading}\n\n{body}\n", "policy.txt"), lang=lang)
    assert {round(p.days): p.subject for p in s.retention.periods} == {days: words}


def test_a_longer_label_is_still_cut() -> None:
    """Nine words and more read as a sentence, not a name: the card says "Some data"."""
    body = "- Quotes that were asked for by phone but never became a booking: 6 months"
    assert _subjects("en", body).get(182) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "data"),
    [
        ("en", "We keep warranty claims for 3 years after the repair.", "warranty claims"),
        ("en", "We will keep a customer's repair file for 3 years.", "customer's repair file"),
        ("de", "Wir bewahren Ihre Garantiefälle für die Dauer von drei Jahren nach Reparatur auf.", "Garantiefälle"),
        ("fr", "Nous conservons votre dossier pendant trois ans après la réparation.", "dossier"),
        ("nl", "Wij bewaren garantieclaims gedurende 3 jaar na de reparatie.", "garantieclaims"),
        ("da", "Vi gemmer garantisager i 3 år efter reparationen.", "garantisager"),
    ],
)
def test_the_object_the_company_keeps_names_the_data(lang: str, sentence: str, data: str) -> None:
    """"We keep your customer file for 7 years" was "Some data: 7 years": the company opening the
    sentence named nothing. The object of its retention verb names the data, up to the next function
    word ("for", «pendant», "gedurende") — also where the verb's particle follows the duration
    («Wir bewahren … auf»)."""
    assert _subjects(lang, sentence) == {1095: data}


@pytest.mark.parametrize(
    ("lang", "line", "days", "words"),
    [
        ("en", "- Crossbow age-check records: 3 years after the sale.", 1095, "Crossbow age-check records"),
        ("en", "- Booking and payment records: 6 years.", 2190, "Booking and payment records"),
        ("de", "- Vertrags- und Abrechnungsdaten: 10 Jahre", 3650, "Vertrags- und Abrechnungsdaten"),
    ],
)
def test_a_label_that_holds_a_data_phrase_names_the_data_whole(lang: str, line: str, days: int, words: str) -> None:
    """A list's label names the data in the line's own words, where the pack's data phrase ("age",
    "payment records") is only one of them."""
    assert _subjects(lang, line) == {days: words}
