"""A retention period that runs from the last use — an account deleted after two years without a
login — is told apart from one that runs from collection: the pack's ``inactivity`` words close to the
duration mark it ``inactive`` and the card says "Deleted after 2 years without use" instead of
"Some data: 2 years" (which read as if everything were kept two years)."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

# (heading, sentences whose period runs from the last use): worded as shops, apps and clubs write it,
# before and after the duration
INACTIVE = {
    "en": (
        "How long we keep data",
        [
            "If you have not signed in for 2 years, we close your account.",
            "Accounts that stay inactive for 2 years are deleted.",
            "If you don't log in for 2 years, we delete your profile.",
        ],
    ),
    "de": (
        "Speicherdauer",
        [
            "Haben Sie sich 2 Jahre lang nicht angemeldet, löschen wir Ihr Konto.",
            "Nach 2 Jahren ohne Login wird das Konto gelöscht.",
        ],
    ),
    "fr": (
        "Durée de conservation",
        [
            "Si vous ne vous êtes pas connecté pendant 2 ans, nous fermons votre compte.",
            "Un compte inactif depuis 2 ans est supprimé.",
        ],
    ),
    "es": (
        "Plazo de conservación",
        [
            "Si no inicias sesión durante 2 años, cerramos tu cuenta.",
            "Las cuentas sin actividad durante 2 años se eliminan.",
        ],
    ),
    "it": (
        "Conservazione",
        ["Se non accedi per 2 anni, chiudiamo il tuo account.", "Gli account inattivi da 2 anni vengono cancellati."],
    ),
    "pt": (
        "Conservação",
        [
            "Se não usar a aplicação durante 2 anos, eliminamos a sua conta.",
            "As contas sem atividade durante 2 anos são apagadas.",
        ],
    ),
    "nl": (
        "Bewaartermijnen",
        [
            "Heb je 2 jaar niet ingelogd, dan sluiten we je account.",
            "Accounts zonder activiteit gedurende 2 jaar worden verwijderd.",
        ],
    ),
    "da": (
        "Opbevaring",
        ["Hvis du ikke har logget ind i 2 år, lukker vi din konto.", "Konti uden aktivitet i 2 år bliver slettet."],
    ),
    "sv": (
        "Lagringstid",
        ["Om du inte har loggat in på 2 år stänger vi ditt konto.", "Konton utan aktivitet i 2 år raderas."],
    ),
    "no": (
        "Lagringstid",
        ["Har du ikke logget inn på 2 år, stenger vi kontoen din.", "Kontoer uten aktivitet i 2 år slettes."],
    ),
    "fi": (
        "Säilytysaika",
        [
            "Jos et ole kirjautunut palveluun 2 vuoteen, suljemme tilisi.",
            "Tili poistetaan 2 vuoden jälkeen ilman kirjautumista.",
        ],
    ),
    "pl": (
        "Okres przechowywania",
        ["Jeśli nie zalogujesz się przez 2 lata, zamkniemy Twoje konto.", "Konta nieaktywne przez 2 lata są usuwane."],
    ),
}

# periods that run from something else, with words an inactivity rule could take for it
NOT_INACTIVE = [
    ("en", "Your data is not used for advertising and is kept for 2 years."),
    ("en", "Clinical records are kept for 2 years after your last visit."),
    ("en", "Accounts not used for 2 years are deleted."),  # (this one is: "for 2 years" is its time)
    ("de", "Ihre Daten werden nicht für Werbung verwendet und nach 2 Jahren gelöscht."),
    ("de", "Anfragen, die zu keiner Anmeldung führen, löschen wir nach 2 Jahren."),
    ("fr", "Vos données ne sont pas utilisées à des fins commerciales et sont conservées 2 ans."),
    ("sv", "Offerter utan köp raderas efter 2 år."),
    ("da", "Dine oplysninger bliver ikke brugt til markedsføring og slettes efter 2 år."),
    ("nl", "Je gegevens worden niet gebruikt voor reclame en na 2 jaar verwijderd."),
    ("it", "Non utilizziamo i tuoi dati per pubblicità e li conserviamo per 2 anni."),
    ("es", "La aplicación no utiliza tus datos para publicidad y los conserva 2 años."),
]


def _periods(lang: str, heading: str, body: str) -> list[tuple[int, bool]]:
    s = analyze(load_text(f"{heading}\n\n{body}\n", "policy.txt"), lang=lang)
    return [(round(p.days), p.inactive) for p in s.retention.periods]


@pytest.mark.parametrize("lang", sorted(INACTIVE))
def test_a_time_without_use_is_marked(lang: str) -> None:
    heading, sentences = INACTIVE[lang]
    for sentence in sentences:
        assert _periods(lang, heading, sentence) == [(730, True)], sentence


@pytest.mark.parametrize(("lang", "body"), NOT_INACTIVE)
def test_other_periods_are_not(lang: str, body: str) -> None:
    heading = INACTIVE[lang][0]
    want = body.startswith("Accounts not used for")
    assert _periods(lang, heading, body) == [(730, want)]


def test_its_data_is_what_the_clause_names_before_it() -> None:
    """Not a data phrase after the duration ("we will email you"), nor the inactivity's own words."""
    s = analyze(
        load_text(
            "How long we keep data\n\nIf you have not used the app for 2 years, we will email you before "
            "we delete your account.\nSaved recipes are deleted after 3 years without a login.\n",
            "p.txt",
        ),
        lang="en",
    )
    got = [(round(p.days), p.data, p.subject, p.inactive) for p in s.retention.periods]
    assert got == [(730, None, None, True), (1095, None, "Saved recipes", True)]


def _card_points(text: str, ui: str) -> list[str]:
    """The retention card's period points of ``text`` in the UI language ``ui``; English installed again
    after it (a catalogue left installed makes the window's tests that follow in this process speak it)."""
    from policylens.pipeline import summarize
    from policylens.render import Presenter
    from policylens.tr import install, make_tr

    s = summarize(load_text(text))
    try:
        p = Presenter(s, make_tr(ui))
        return [p.point(f"period:{k}") for k in range(len(s.retention.periods))]
    finally:
        install("en")


@pytest.mark.parametrize(
    ("ui", "want"),
    [
        ("en", ["Deleted after 2 years without use", "Saved recipes: deleted after 3 years without use"]),
        ("de", ["Gelöscht, wenn 2 Jahre lang ungenutzt", "Saved recipes: gelöscht, wenn 3 Jahre lang ungenutzt"]),
    ],
)
def test_the_card_says_so(qapp, ui: str, want: list[str]) -> None:
    """(``qapp``: the German catalogue is installed on a QApplication, as the window's tests expect.)"""
    text = (
        "Privacy notice\n\nHow long we keep data\n\nIf you have not signed in for 2 years, we delete your "
        "account.\nSaved recipes are deleted after 3 years without a login.\n"
    )
    assert _card_points(text, ui) == want


# a period that runs from the end of the account or membership: the pack's ``closure`` phrases
CLOSED = {
    "en": "If you close your account, we erase your details within 2 years.",
    "de": "Nach Löschung Ihres Kontos entfernen wir die Angaben innerhalb von 2 Jahren.",
    "fr": "Après la fermeture de votre compte, nous supprimons ces éléments dans un délai de 2 ans.",
    "es": "Tras tu baja, borramos estos registros en un plazo de 2 años.",
    "it": "Dopo la chiusura del tuo account, cancelliamo questi elementi entro 2 anni.",
    "pt": "Após o encerramento da sua conta, apagamos estes elementos no prazo de 2 anos.",
    "nl": "Na opzegging van je lidmaatschap wissen we deze gegevens binnen 2 jaar.",
    "da": "Når du melder dig ud, sletter vi oplysningerne efter 2 år.",
    "sv": "När du har avslutat medlemskapet raderar vi uppgifterna inom 2 år.",
    "no": "Når du melder deg ut, sletter vi opplysningene innen 2 år.",
    "fi": "Kun poistat tilisi, poistamme tiedot 2 vuoden kuluessa.",
    "pl": "Po usunięciu konta kasujemy te informacje w ciągu 2 lat.",
}


@pytest.mark.parametrize("lang", sorted(CLOSED))
def test_a_time_after_the_account_ends_is_marked(lang: str) -> None:
    s = analyze(load_text(f"{INACTIVE[lang][0]}\n\n{CLOSED[lang]}\n", "policy.txt"), lang=lang)
    assert [(round(p.days), p.after_closure, p.inactive) for p in s.retention.periods] == [(730, True, False)]


def test_the_card_says_when_the_period_starts(qapp) -> None:
    """Only where no data is named: "Invoices: 10 years" stays as it is."""
    text = (
        "Privacy notice\n\nHow long we keep data\n\nIf you close your account, we erase your details within "
        "30 days.\nAfter your account is closed, invoices are kept for 10 years.\n"
    )
    s = analyze(load_text(text), lang="en")
    periods = [(round(p.days), p.after_closure) for p in s.retention.periods]
    assert periods == [(30, True), (3650, True)]
    assert _card_points(text, "en") == ["Deleted 30 days after your account or membership ends", "Invoices: 10 years"]
    assert _card_points(text, "sv") == [
        "Raderas 30 dagar efter att kontot eller medlemskapet avslutats",
        "Invoices: 10 år",
    ]
