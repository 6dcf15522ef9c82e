"""A chunk of a Norwegian policy that langdetect reads as Danish on a short sample stays Norwegian
unless it has Danish-only function words; a chunk in a language with its own words (English in a
Norwegian policy) still switches."""

from __future__ import annotations

from policylens.core.langid import _neighbour_evidence

NO_CHUNK = (
    "Du kan når som helst be om innsyn eller sletting ved å skrive til oss. Daglig leder er ansvarlig "
    "for behandlingen av personopplysninger. Når du bestiller, registrerer vi navn, leveringsadresse, "
    "e-post og mobilnummer."
)


def test_a_norwegian_chunk_has_no_danish_evidence() -> None:
    assert _neighbour_evidence(NO_CHUNK, "no", "da") is False


def test_a_danish_chunk_has_danish_evidence() -> None:
    da = "Vi behandler dine oplysninger, hvad du har købt, og nogle af dine valg, når du bruger appen."
    assert _neighbour_evidence(da, "no", "da") is True


def test_an_english_chunk_switches() -> None:
    en = "We collect your name and the e-mail address you give us when you sign up for the newsletter."
    assert _neighbour_evidence(en, "no", "en") is True
