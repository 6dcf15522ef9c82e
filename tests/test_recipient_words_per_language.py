"""A well-known name that is also a word of one language is such a word in that language's pack only:
«Bring» (the Norwegian post's parcel brand) is an English verb, so an English policy names it only after a
cue or in a list, while a Norwegian one names it wherever the brand is written («Posten/Bring og Helthjem»)."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text
from policylens.core.rules import load_pack


def names(text: str) -> set[str]:
    return {n for s in analyze(load_text(text, "x.txt")).shared_with for n in s.names}


def test_bring_is_a_word_in_english_only() -> None:
    assert "bring" in load_pack("en").words.recipient_words
    assert not any("bring" in load_pack(lang).words.recipient_words for lang in ("no", "sv", "da", "fi", "de"))


def test_a_norwegian_list_item_names_bring_after_a_slash() -> None:
    text = (
        "Personvernerklæring for Knivsmia AS\n\nVi samler inn navn, adresse og e-post når du handler.\n\n"
        "Vi bruker disse leverandørene, som behandler opplysninger på våre vegne:\n- Shopify – nettbutikken,\n"
        "- Tripletex – regnskap.\n\nDisse mottar opplysninger for å gjøre jobben sin:\n"
        "- Posten/Bring og Helthjem, som får navn og adresse for å levere pakken,\n"
        "- Klarna, når du betaler med faktura.\n"
    )
    assert "Bring" in names(text)


def test_an_english_sentence_opening_with_bring_names_no_one() -> None:
    text = (
        "Privacy notice\n\nWe collect your name and e-mail address when you book a class.\n\n"
        "Bring your receipt to the class; we share your booking with our instructors only.\n"
    )
    assert "Bring" not in names(text)
