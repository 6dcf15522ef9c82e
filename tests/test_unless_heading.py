"""``unless_heading``: phrases that veto a rule under a heading holding them. Each pack's
``collected.user_content`` rule does not read the recordings and images of a video-surveillance
section as content you upload; the same sentence under a heading about the data collected still
states it (so the test fails if the veto never fires, and if it fires everywhere)."""

from __future__ import annotations

from importlib import resources

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text
from policylens.core.phrases import PackError
from policylens.core.rules import compile_pack, parse_pack
from test_local_bodies import HEADS

HEADS = dict(HEADS, fi="Tietosuojaseloste, Examplo Oy\n\nRekisterinpitäjä on Examplo Oy.\n\n")

# language: (a video-surveillance heading, a heading about the data collected, a sentence under it)
CASES = {
    "en": ("5. CCTV at our sites", "What we collect", "Recordings and images are kept for 30 days and then deleted."),
    "de": (
        "Gibt es Videoüberwachung?",
        "Welche Daten wir erheben",
        "Die Aufnahmen und Bilder werden nach 7 Tagen automatisch gelöscht.",
    ),
    "da": (
        "2. Adgangskontrol og videoovervågning",
        "Hvilke oplysninger vi indsamler",
        "Optagelserne og billederne gemmes i 30 dage og slettes derefter.",
    ),
    "sv": ("Kamerabevakning", "Vilka uppgifter vi samlar in", "Inspelningarna och bilderna sparas i högst 14 dagar."),
    "no": (
        "Kameraovervåking i butikken",
        "Hvilke opplysninger vi samler inn",
        "Opptakene og bildene lagres i 30 dager og slettes deretter.",
    ),
    "fi": ("Tallentava kameravalvonta", "Mitä tietoja keräämme", "Tallenteet ja kuvat säilytetään 30 päivää."),
    "nl": ("Cameratoezicht", "Welke gegevens wij verzamelen", "De opnames en beelden bewaren we 28 dagen."),
    "fr": (
        "Vidéosurveillance",
        "Les données que nous collectons",
        "Les images et enregistrements sont conservés 30 jours.",
    ),
    "it": (
        "Videosorveglianza",
        "Quali dati raccogliamo",
        "Le immagini e le registrazioni sono conservate per 7 giorni.",
    ),
    "es": ("Videovigilancia", "Qué datos recogemos", "Las imágenes y grabaciones se conservan un máximo de un mes."),
    "pt": (
        "Videovigilância nas instalações",
        "Que dados recolhemos",
        "As imagens e gravações são conservadas durante 30 dias.",
    ),
    "pl": ("Monitoring wizyjny", "Jakie dane zbieramy", "Nagrania i zdjęcia przechowujemy przez 30 dni."),
}


def user_content(lang: str, heading: str, sentence: str, items: bool = False) -> bool:
    lead = (
        "\n\n" if not items else "\n\nAt the entrance and in the car park, we keep the following data for 30 days:\n- "
    )
    s = analyze(load_text(HEADS[lang] + heading + lead + sentence + "\n", "examplo.txt"))
    return "user_content" in {c.category for c in s.collected}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_surveillance_recordings_are_no_user_content(lang: str) -> None:
    cctv, neutral, sentence = CASES[lang]
    assert not user_content(lang, cctv, sentence)
    assert user_content(lang, neutral, sentence)


def test_photos_the_guides_take_are_no_user_content() -> None:
    # fi: a section where the company's guides photograph (its heading, or an earlier sentence of the
    # paragraph): the photos sold or published are theirs; the same sentence under a data heading is content
    photos = "Kuvat, joissa olet mukana, säilytetään 90 päivää."
    assert not user_content("fi", "Otatteko retkellä kuvia?", photos)
    assert not user_content("fi", "Valokuvat", "Oppaamme kuvaavat retkiä. " + photos)
    assert user_content("fi", "Valokuvat", photos)
    assert user_content("fi", "Mitä tietoja keräämme", photos)


def test_the_heading_above_a_list_lead_in_counts() -> None:
    # an item's own heading is its lead-in: the veto looks past it to the section's heading
    assert not user_content("en", "Video surveillance", "recordings and images", items=True)
    assert user_content("en", "What we collect", "recordings and images", items=True)


def test_a_phrase_of_unless_heading_is_validated() -> None:
    text = resources.files("policylens.core.lang").joinpath("en.toml").read_text(encoding="utf-8")
    bad = text.replace('unless_heading = ["CCTV"', 'unless_heading = ["re:CCTV.*"', 1)
    assert bad != text
    with pytest.raises(PackError):
        compile_pack(parse_pack(bad, "en"))


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        ("en", "Do you have cameras in the workshop?", "Recordings and images are kept for 14 days and then deleted."),
        ("sv", "Har ni kameror i verkstaden?", "Inspelningarna och bilderna sparas i högst 14 dagar."),
    ],
)
def test_a_heading_about_cameras_is_one_about_surveillance(lang: str, heading: str, sentence: str) -> None:
    # the plural: the cameras on the premises (a heading about "the camera" may be the app's permission)
    assert not user_content(lang, heading, sentence)
    assert user_content(lang, CASES[lang][1], sentence)


# language: a sentence that opens a paragraph on video surveillance (no heading of its own)
OPENERS = {
    "en": "Our shop floor is monitored by CCTV.",
    "de": "Unsere Verkaufsräume sind videoüberwacht.",
    "da": "Butikken er tv-overvåget af hensyn til tyveri.",
    "sv": "Entrén är kamerabevakad.",
    "no": "Butikken er kameraovervåket.",
    "fi": "Myymälässä on tallentava kameravalvonta.",
    "nl": "Wij maken in de winkel gebruik van cameratoezicht.",
    "fr": "Le magasin est placé sous vidéosurveillance.",
    "it": "Il negozio è videosorvegliato.",
    "es": "La tienda está videovigilada.",
    "pt": "A loja é videovigiada.",
    "pl": "Sklep jest objęty monitoringiem wizyjnym.",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_paragraph_opened_on_surveillance_is_its_own_section(lang: str) -> None:
    # «… under video surveillance. The recordings are kept for 30 days.» in a paragraph under a neutral
    # heading: the opening sentence vetoes what follows it in the paragraph, not what stands before it
    _, neutral, sentence = CASES[lang]
    assert not user_content(lang, neutral, OPENERS[lang] + " " + sentence)
    assert user_content(lang, neutral, sentence + " " + OPENERS[lang])
