"""Words that don't overstate (issue 15, item 4): a card is green only when the policy states its
topic clearly *and* the practice is mild, and says "Clearly stated", not "Clear"; a retention
period names the data its sentence names ("Chat transcripts: 2 weeks"), in every pack language;
a kind of data lists the words the policy used, not fixed examples."""

from __future__ import annotations

import pytest

from corpus_paths import SAMPLES
from policylens.core import wording as W
from policylens.core.loaders import load_path, load_text
from policylens.core.models import Summary
from policylens.pipeline import summarize
from policylens.render import Presenter, named_items, texts
from policylens.tr import make_tr

MILD = """Privacy Policy

We collect your name, your e-mail address, your IP address and the pages you visit, to provide the service.
We share your personal data with service providers that host our website. We do not sell your personal data.
Chat transcripts are kept for 2 weeks, and server logs for 30 days.
You have the right to access, correct and delete your personal data, and to complain to a supervisory authority.
Contact us at privacy@example.com.
"""


def _cards(s: Summary) -> dict[str, tuple[str, list[str]]]:
    p = Presenter(s, make_tr("en"))
    return {c.id: (c.color, [p.point(r) for r in c.point_refs]) for c in s.cards}


def test_clear_and_mild_is_green_and_says_clearly_stated() -> None:
    s = summarize(load_text(MILD))
    cards = _cards(s)
    assert {c: color for c, (color, _) in cards.items()} == {
        "collected": "green", "shared": "green", "retention": "green", "rights": "green"
    }
    words = {c["id"]: c["status"] for c in texts(s, make_tr("en"))["cards"]}  # type: ignore[union-attr]
    assert set(words.values()) == {"Clearly stated"}
    assert W.STATUS_WORDS["green"] == "Clearly stated"


def test_location_or_advertisers_are_not_green_even_when_clearly_stated() -> None:
    text = MILD.replace("the pages you visit", "the pages you visit and your precise location").replace(
        "that host our website.", "that host our website and with our advertising partners."
    )
    s = summarize(load_text(text))
    assert not any(f.card in ("collected", "shared") for f in s.red_flags), s.red_flags
    cards = _cards(s)
    assert cards["collected"][0] == "amber" and cards["shared"][0] == "amber"
    assert cards["retention"][0] == "green"


def test_a_broad_collection_is_not_green() -> None:
    """Ten kinds of data including location (a sample that raises no flag on that card)."""
    s = summarize(load_path(SAMPLES / "sv-orange-music.txt"))
    assert len(s.collected) >= 8 and "location" in {c.category for c in s.collected}
    assert _cards(s)["collected"][0] != "green"


def test_vague_rights_or_no_way_to_use_them_are_not_green() -> None:
    s = summarize(load_text(MILD.replace("access, correct and delete", "access")))
    assert _cards(s)["rights"][0] == "amber"


def test_periods_name_the_data_of_their_clause() -> None:
    s = summarize(load_text(MILD))
    points = _cards(s)["retention"][1]
    assert "Chat transcripts: 2 weeks" in points
    assert "Server logs: 30 days" in points  # as the policy says it, not "1 month"
    assert not any(p.startswith("Some data") for p in points)


@pytest.mark.parametrize(
    ("days", "stated", "shown"),
    [
        (30, "30 days", ("day", 30)),
        (30, "1 month", ("month", 1)),
        (30, "ein Monat", ("month", 1)),
        (90, "90 jours", ("day", 90)),
        (91, "3 months", ("month", 3)),
        (14, "two weeks", ("week", 2)),
        (14, "14 días", ("day", 14)),
        (365, "12 mois", ("year", 1)),
        (730, "24 månader", ("year", 2)),
        (1, "24 hours", ("day", 1)),
        (3, "1–3 days", ("day", 3)),
        (182, "6 months", ("month", 6)),
        (30, "", ("month", 1)),
    ],
)
def test_a_span_reads_in_the_unit_the_policy_used(days: int, stated: str, shown: tuple[str, int]) -> None:
    assert W.duration_words(days, stated) == shown


# the same two periods in four pack languages: each names its own data, in the policy's words
PERIODS = {
    "fr": ("Vos données de localisation sont conservées pendant 6 mois, et votre historique d'achats pendant 3 ans.",
           {182: "Données de localisation", 1095: "Historique d'achats"}),
    "de": ("Ihre Standortdaten werden 6 Monate gespeichert, Ihre Bestellhistorie 3 Jahre.",
           {182: "Standortdaten", 1095: "Bestellhistorie"}),
    "es": ("Sus datos de ubicación se conservan durante 6 meses y su historial de compras durante 3 años.",
           {182: "Datos de ubicación", 1095: "Historial de compras"}),
    "sv": ("Dina platsuppgifter sparas i 6 månader och din köphistorik i 3 år.",
           {182: "Platsuppgifter", 1095: "Köphistorik"}),
}
INTRO = {
    "fr": "Politique de confidentialité\n\nNous collectons votre nom et votre adresse e-mail.\n{p}\n"
          "Vous avez le droit d'accéder à vos données personnelles. Contact : privacy@example.fr.\n",
    "de": "Datenschutzerklärung\n\nWir erheben Ihren Namen und Ihre E-Mail-Adresse.\n{p}\n"
          "Sie haben das Recht auf Auskunft über Ihre personenbezogenen Daten. Kontakt: privacy@example.de.\n",
    "es": "Política de privacidad\n\nRecopilamos su nombre y su dirección de correo electrónico.\n{p}\n"
          "Usted tiene derecho a acceder a sus datos personales. Contacto: privacy@example.es.\n",
    "sv": "Integritetspolicy\n\nVi samlar in ditt namn och din e-postadress.\n{p}\n"
          "Du har rätt att få tillgång till dina personuppgifter. Kontakt: privacy@example.se.\n",
}


@pytest.mark.parametrize("lang", sorted(PERIODS))
def test_periods_name_their_data_in_every_language(lang: str) -> None:
    sentence, want = PERIODS[lang]
    s = summarize(load_text(INTRO[lang].format(p=sentence)))
    assert s.language.code == lang
    got = {round(p.days): p.subject for p in s.retention.periods}
    assert {d: (w or "")[:1].upper() + (w or "")[1:] for d, w in got.items()} == want
    points = _cards(s)["retention"][1]
    assert any(p.startswith(want[182] + ": ") for p in points), points


def test_a_table_row_names_its_data_by_its_first_cell() -> None:
    text = (
        "Privacy Policy\n\nWe collect your name and e-mail address.\n\nHow long we keep your data\n\n"
        "| Data | Retention period |\n| --- | --- |\n| Support tickets | 6 months |\n| Invoices | 10 years |\n\n"
        "You have the right to access your personal data. Contact: privacy@example.com.\n"
    )
    s = summarize(load_text(text))
    assert {p.subject for p in s.retention.periods} >= {"Support tickets", "Invoices"}


def test_kinds_of_data_list_what_the_policy_named(qapp) -> None:
    """(``qapp``: the French catalogue is installed on a QApplication, as the window's tests expect.)"""
    from policylens.tr import install

    s = summarize(load_text(MILD))
    points = _cards(s)["collected"][1]
    assert "Identity: name" in points  # not "Identity (name, birth date, ID)"
    assert not any("birth date" in p for p in points)
    try:
        fr = Presenter(s, make_tr("fr"))
        assert fr.point("collected:identity") == "Identité\u00a0: name"
    finally:
        install("en")


def test_named_items_are_short_and_not_repeated() -> None:
    assert named_items(["adresse e-mail", "e-mail", "téléphone", "numéro de téléphone"]) == [
        "adresse e-mail", "numéro de téléphone"
    ]
    assert named_items(["Coordonnées", "messages, demandes", "demandes d'assistance"], label="coordonnées") == [
        "messages", "demandes d'assistance"
    ]
    assert named_items(["a", "b", "c", "d", "e"]) == ["a", "b", "c", "…"]


def test_whole_words_found_as_the_pattern_would() -> None:
    """render._has_words (a plain search) says what ``(?<!\\w)words(?!\\w)`` says, on random strings
    of word characters, spaces, marks and punctuation from several scripts."""
    import random
    import re

    from policylens.render import _has_words

    rnd = random.Random(16)
    alphabet = "ab é_1٣-' .\u0301ßøЖ中\u00a0"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 14)))
        words = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 4)))
        expected = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None
        assert _has_words(text, words) is expected, (text, words)
    assert _has_words("prénom", "nom") is False
    assert _has_words("nom, prénom", "nom") is True


def test_the_policys_words_lose_what_a_pack_phrase_ends_on() -> None:
    from policylens.core.rules import load_pack
    from policylens.core.tidy import tidy_words

    stops = load_pack("de").words.name_stops
    assert tidy_words("Einträge in Ihrem", stops) == "Einträge"
    assert tidy_words("données de") == "données"
    assert tidy_words(" IP address, ") == "IP address"
    assert tidy_words("Nom") == "Nom"


@pytest.mark.parametrize(
    ("lang", "phrase", "shown"),
    [
        ("en", "how users engage with", ""),
        ("en", "interactions with", "interactions"),
        ("en", "when you contact us", ""),
        ("en", "IP address", "IP address"),
        ("en", "information about your visits", "information about your visits"),
        ("de", "wie Benutzer mit unseren Websites interagieren", ""),
        ("de", "uns Benutzer-Feedback oder Anfragen senden", ""),
        ("de", "Angaben zu Ihrer Region", "Angaben zu Ihrer Region"),
        ("fr", "nous soumettez votre avis ou une demande", ""),
        ("fr", "adresse IP", "adresse IP"),
        ("es", "nos envía opiniones o solicitudes", ""),
        ("nl", "contact met ons opneemt", ""),
        ("pl", "prześlą nam swoje opinie", ""),
        ("sv", "information om din enhet", "information om din enhet"),
        ("it", "inviare e inoltrare le chiamate e gli SMS, Firefox Relay elabora il numero", ""),
    ],
)
def test_a_phrase_that_reads_as_an_activity_is_not_shown_as_the_datas_name(lang: str, phrase: str, shown: str) -> None:
    """A pack phrase may need a verb or a pronoun to tell data apart ("when you contact us"): the
    card shows the words that name the data, never a clause."""
    from policylens.core.rules import load_pack
    from policylens.core.tidy import shown_words

    assert shown_words(phrase, load_pack(lang).words) == shown


@pytest.mark.parametrize(
    ("lang", "phrase", "shown"),
    [
        ("es", "Datos de uso", "Datos de uso"),
        ("sv", "Uppgifter om köp", "Uppgifter om köp"),
        ("it", "file di log", "file di log"),
        ("pt", "gravações de voz", "gravações de voz"),
        ("da", "oplysninger om dine køb", "oplysninger om dine køb"),
        ("en", "data about your use of", "data about your use"),
        ("en", "Date and time of", "Date and time"),
        ("es", "información sobre el uso", "información sobre el uso"),
        # a short function word still ends no phrase, after another one or not
        ("fr", "données de la", "données"),
        ("es", "elaboramos un perfil con tus", "elaboramos un perfil"),
        ("no", "Opplysningar om dei", "Opplysningar"),
        ("de", "Einträge im", "Einträge"),
        ("nl", "Berichten die u", "Berichten"),
        ("sv", "betalkortets typ", "betalkortets"),  # (no function word before it: not told from one)
    ],
)
def test_a_short_noun_after_a_preposition_stays_in_the_shown_phrase(lang: str, phrase: str, shown: str) -> None:
    """«Uppgifter om köp» was shown as «Uppgifter», "Datos de uso" as "Datos": a short lower-case
    word at a phrase's end was dropped as if it were a preposition or an article. After one of the
    language's function words it is the noun that word governs, unless it is one itself."""
    from policylens.core.rules import load_pack
    from policylens.core.tidy import shown_words

    assert shown_words(phrase, load_pack(lang).words) == shown


def test_every_pack_says_which_words_make_a_phrase_an_activity() -> None:
    from policylens.core.rules import SUPPORTED, load_pack

    for code in SUPPORTED:
        words = load_pack(code).words
        assert words.item_stops, code
        assert all(w == w.casefold() and " " not in w for w in words.item_stops | words.item_trim), code


NO_SHARING = """Privacy Policy of Example Shop

We collect your name and e-mail address when you place an order, to deliver it.
Your personal data is only used by us. We will never share your personal data with anyone.
We keep your order data for 2 years. You can ask us to access, correct or delete your data,
and you may complain to a supervisory authority. Contact: privacy@example.com
"""


def test_a_policy_that_shares_with_no_one_says_so_and_is_not_marked_down_for_it() -> None:
    """"We will never share your personal data with anyone" is a clear answer to "who gets it":
    the shared card says it (green), its point opens that sentence, and the grade's rubric counts
    the recipients as stated, not as missing."""
    s = summarize(load_text(NO_SHARING))
    assert s.shared_with == [] and [e.quote for e in s.not_shared] == [
        "We will never share your personal data with anyone."
    ]
    card = s.card("shared")
    assert card is not None and card.color == "green" and card.point_refs[0] == "not_shared"
    p = Presenter(s, make_tr("en"))
    assert p.headline("shared") == "Says it shares your data with no one"
    assert p.point("not_shared") == "Not shared with anyone else"
    assert s.evidence_for("not_shared") == s.not_shared
    item = next(r for r in s.grade.reasons if r.kind == "item" and r.item == "recipients")
    assert item.state == "stated" and item.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not share your personal data with third parties except as described below.",
        "We do not share your information with third parties for their own marketing purposes.",
        "We will not share your data with third parties without your consent.",
    ],
)
def test_a_denial_with_exceptions_is_no_statement_that_no_one_gets_the_data(sentence: str) -> None:
    s = summarize(load_text(NO_SHARING.replace("We will never share your personal data with anyone.", sentence)))
    assert s.not_shared == []


def test_a_denial_beside_a_recipient_is_not_the_whole_story() -> None:
    """A recipient named elsewhere (even in a sentence read as negated: "This does not include
    the payment provider that…") means the denial is not "no one"."""
    text = NO_SHARING.replace(
        "Your personal data is only used by us.",
        "We share your payment details with our payment provider, which processes your card.",
    )
    s = summarize(load_text(text))
    assert s.shared_with and s.not_shared == []
    text = NO_SHARING.replace(
        "We will never share your personal data with anyone.",
        "We will never share your personal data with anyone. This does not include the hosting "
        "providers who help us run the shop, as long as they keep your data confidential.",
    )
    assert summarize(load_text(text)).not_shared == []


def test_no_sharing_is_read_in_other_languages() -> None:
    nl = (
        "Privacyverklaring van Voorbeeld B.V.\n\nWij verwerken je naam en e-mailadres om je bestelling te leveren. "
        "We zullen je persoonsgegevens nooit met anderen delen. We bewaren je gegevens 2 jaar. "
        "Je hebt het recht om je gegevens in te zien en te laten verwijderen. Mail ons: privacy@voorbeeld.nl\n"
    )
    s = summarize(load_text(nl))
    assert s.language.code == "nl" and s.not_shared and s.card("shared").color == "green"  # type: ignore[union-attr]


def test_items_written_in_capitals_are_shown_in_lower_case() -> None:
    """A heading's "COOKIES" reads as a word on the card; acronyms stay."""
    assert named_items(["COOKIES", "GPS", "IMEI", "ICCID"]) == ["cookies", "GPS", "IMEI", "…"]
    assert named_items(["ADRESSE E-MAIL", "Nom"]) == ["adresse e-mail", "Nom"]


def test_the_first_part_of_a_compound_beside_it_is_left_out() -> None:
    assert named_items(["Helseopplysninger", "Fagforeningsmedlemskap", "Helse"]) == [
        "Helseopplysninger",
        "Fagforeningsmedlemskap",
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("kvitto", "kvitton", True),  # sv plural
        ("kvitto", "kvittot", True),  # sv definite
        ("kvitton", "kvittot", True),  # two endings of one stem
        ("Telefon", "Telefax", False),  # two words that share a stem
        ("Datum", "Daten", False),
        ("Name", "Namen", True),
        ("IP-adresse", "IP-adressen", True),
        ("puhelinnumero", "puhelinnumerosi", True),  # fi "your"
        ("Face templates", "face template", True),
        ("sex", "sexe", False),  # a short word: too little to tell
        ("IP", "IPv6", False),
        ("e-post", "e-postadressen", False),  # another word
        ("date", "date of birth", False),
    ],
)
def test_one_word_with_its_endings_is_one_item(a: str, b: str, same: bool) -> None:
    """«kvitton, kvitto, kvittot» was three items on one card: a word and its plural or definite form
    are one item (the first form the policy uses is shown)."""
    from policylens.core.analyze import _same_item

    assert _same_item(a, b) is same
    assert _same_item(b, a) is same


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", " and 2 more"),
        ("fr", " et 2 autres"),
        ("de", " und 2 weitere"),
        ("sv", " och 2 till"),
        ("es", " y 2 más"),
    ],
)
def test_a_long_list_of_names_says_how_many_more_the_policy_names(lang: str, tail: str) -> None:
    """A card line shows the first five names of a recipient and how many more there are: the
    others are not silently dropped."""
    names = ["Shopify", "Stripe", "PayPal", "Klarna", "Royal Mail", "Mailchimp", "Trustpilot"]
    text = MILD.replace("that host our website.", f"that host our website: {', '.join(names)}.")
    s = summarize(load_text(text))
    assert next(sh for sh in s.shared_with if sh.recipient == "service_providers").names == names
    p = Presenter(s, make_tr(lang))
    line = p.point("shared:service_providers")
    assert line.endswith("Shopify, Stripe, PayPal, Klarna, Royal Mail" + tail), line
    assert "Mailchimp" not in line
    # five names or fewer: no tail
    few = summarize(load_text(MILD.replace("that host our website.", "that host our website: Shopify, Stripe.")))
    assert Presenter(few, make_tr(lang)).point("shared:service_providers").endswith("Shopify, Stripe")
