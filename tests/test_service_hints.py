"""core/service_hints: service names from what a page calls itself, and dates that are a law's."""

from __future__ import annotations

import re

import pytest

from policylens.core.service_hints import (
    domain_label,
    emails_in,
    follows_law_cue,
    generic_words,
    is_generic_name,
    service_candidates,
)


def best(**kw: object) -> str | None:
    found = service_candidates(**kw)  # type: ignore[arg-type]
    return found[0].name if found else None


@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"title": "Enterprise privacy at OpenAI | OpenAI", "site_name": "OpenAI", "lang": "en"}, "OpenAI"),
        ({"title": "Privacy Policy | Mistral AI", "lang": "en"}, "Mistral AI"),
        ({"title": "Microsoft Privacy Statement – Microsoft privacy", "lang": "en"}, "Microsoft"),
        ({"title": "Fruitz - Privacy Policies", "lang": "en", "emails": ["dpo@fruitz.io"]}, "Fruitz"),
        ({"title": "Politique de confidentialité - Doctolib", "lang": "fr"}, "Doctolib"),
        ({"title": "Datenschutzerklärung | Zalando", "lang": "de"}, "Zalando"),
        ({"title": "Política de privacidad", "lang": "es", "emails": ["privacidad@glovoapp.com"],
          "text": "Glovoapp23 S.L. ..."}, "Glovoapp"),
        ({"emails": ["dpo@openai.com", "privacy@openai.com", "contact@cnil.fr"], "text": "OpenAI runs ChatGPT"},
         "OpenAI"),
    ],
)
def test_service_candidates(kw: dict[str, object], name: str) -> None:
    assert best(**kw) == name


@pytest.mark.parametrize(
    "title",
    ["GDPR", "EEA", "Policy", "Politique", "Service", "Site", "App", "Supports", "Privacy Policy",
     "Politique de confidentialité", "DSGVO", "RGPD", "Datenschutzerklärung"],
)
def test_generic_words_never_name_the_service(title: str) -> None:
    assert service_candidates(title=title) == []
    assert is_generic_name(title)


def test_the_domain_agreeing_with_the_page_wins() -> None:
    found = service_candidates(title="Privacy | Bumble", emails=["privacy@bumble.com", "dpo@gmail.com"], lang="en")
    assert found[0].name == "Bumble" and set(found[0].sources) == {"title", "email"}
    assert all(c.name.lower() != "gmail" for c in found)


def test_domain_labels() -> None:
    assert domain_label("privacy.openai.com") == "openai"
    assert domain_label("shop.example.co.uk") is None  # example: ignored
    assert domain_label("mail.acme.co.uk") == "acme"
    assert domain_label("cnil.fr") is None and domain_label("gmail.com") is None
    assert emails_in("Write to dpo@acme.fr or privacy@acme.com.") == ["dpo@acme.fr", "privacy@acme.com"]


def test_word_lists_come_from_the_data_file_per_language() -> None:
    assert "politique" in generic_words("fr") and "politique" not in generic_words("en")
    assert "gdpr" in generic_words("sv")  # every language's acronyms
    assert "politique" in generic_words()  # every language when none is given


_DATE = re.compile(r"\d{1,2}\.?\s(?:de\s)?[A-Za-zéû]+\s(?:de\s)?\d{4}")


@pytest.mark.parametrize(
    ("text", "lang", "law"),
    [
        ("in particular European Union Regulation 2016/679 of 27 April 2016 (hereinafter GDPR)", "en", True),
        ("and French law n° 78-17 of 6 January 1978 known as the Loi informatique", "en", True),
        ("conformément à la loi n° 78-17 du 6 janvier 1978 modifiée", "fr", True),
        ("le règlement (UE) 2016/679 du 27 avril 2016", "fr", True),
        ("nach dem Bundesdatenschutzgesetz vom 30. Juni 2017", "de", True),
        ("la Ley Orgánica 3/2018, de 5 de diciembre de 2018", "es", True),
        ("enligt lagen (2018:218) den 19 april 2018", "sv", True),
        ("Last updated: 6 January 2024", "en", False),
        ("This law applies to you. Updated 6 January 2024", "en", False),
        ("Dernière mise à jour : 6 janvier 2024", "fr", False),
        ("The Act gives you rights, and we describe them in this policy which we changed on 6 January 2024",
         "en", False),
    ],
)
def test_a_date_after_a_law_is_the_laws(text: str, lang: str, law: bool) -> None:
    m = _DATE.search(text)
    assert m is not None
    assert follows_law_cue(text, m.start(), lang) is law


def test_an_email_domain_spelled_as_the_text_writes_its_words() -> None:
    """"autoscuolastella.it" names "Autoscuola Stella" where the text writes the words apart; in
    capitals only, its words are capitalised; a domain the text never spells is capitalised as is."""
    text = "L'Autoscuola Stella tratta i tuoi dati. Scrivi a info@autoscuolastella.it per ogni domanda."
    assert service_candidates(emails=["info@autoscuolastella.it"], text=text)[0].name == "Autoscuola Stella"
    caps = "ANDALE VIAJES, S.A. trata tus datos. Escríbenos a privacidad@andaleviajes.mx."
    assert service_candidates(emails=["privacidad@andaleviajes.mx"], text=caps)[0].name == "Andale Viajes"
    assert service_candidates(emails=["hola@andaleviajes.mx"], text="Escríbenos.")[0].name == "Andaleviajes"


def test_an_email_domain_spelled_as_the_text_writes_it_with_marks() -> None:
    """A domain writes a name without its marks: "brzozowwielki.pl" is the text's "Brzozów Wielki",
    "kaffebrenneriet-ostre.no" its "Kaffebrenneriet Østre", "cafemaree.fr" its "Café Marée" (each marked
    letter one letter without its mark; the text's own spelling is shown)."""
    cases = [
        ("sekretariat@brzozowwielki.pl", "Urząd Gminy Brzozów Wielki, ul. Rynek 1, Brzozów Wielki.", "Brzozów Wielki"),
        ("post@kaffebrenneriet-ostre.no", "Kaffebrenneriet Østre AS er ansvarlig.", "Kaffebrenneriet Østre"),
        ("contact@cafemaree.fr", "Le Café Marée traite vos données.", "Café Marée"),
        ("kontakt@lodz.pl", "Urząd Miasta Łodzi i Łódź.", "Łódź"),
    ]
    for email, text, name in cases:
        assert service_candidates(emails=[email], text=text)[0].name == name, email
