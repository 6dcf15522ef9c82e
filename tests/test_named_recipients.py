"""The named-recipient recognizer on short policies: names found, normalised, and the service,
common nouns, browsers and the authority left out."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEAD = 'Privacy policy of Examplo\n\nWe are Examplo Ltd ("we"). We share your data with our service providers.\n\n'


def names(body: str) -> set[str]:
    s = analyze(load_text(HEAD + body, "examplo.txt"))
    return {n for sh in s.shared_with for n in sh.names}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Hosting-Anbieter: Nordwolke AG, Kiel\n", {"Nordwolke AG"}),
        ("Sign-in is offered through Apple and Google.\n", {"Apple", "Google"}),
        (
            ("We use Braze, Salesforce and Campaign Monitor to email receipts.\n"),
            {"Braze", "Salesforce", "Campaign Monitor"},
        ),
        (
            ("We measure visits with Google Analytics and send e-mail through Amazon SES.\n"),
            {"Google", "Amazon Web Services"},
        ),
        (
            ("We share information with these companies:\n\n- Greenhouse. Greenhouse receives your application.\n"),
            {"Greenhouse"},
        ),
        ("Supabase Inc. | Database hosting | USA\n", {"Supabase"}),
        # a legal form's dots end no clause, and the name keeps its last dot
        (
            "We use Helpwise Contact Centre Sp. z o.o. in Poland to answer your e-mails.\n",
            {"Helpwise Contact Centre Sp. z o.o."},
        ),
        ("We use Deskline Inc. in Canada to answer your e-mails.\n", {"Deskline Inc."}),
        # a brand with an inner capital written without it is the same brand, spelled as the list does
        ("We chat with customers through Whatsapp and keep leads in Hubspot.\n", {"WhatsApp", "HubSpot"}),
    ],
)
def test_found_and_normalised(body: str, want: set[str]) -> None:
    assert want <= names(body)


@pytest.mark.parametrize(
    "body",
    [
        "Through Settings you can change your choices. You can change settings at any time.\n",
        "To refuse cookies in Google Chrome, open the browser's settings.\n",
        "Examplo Analytics receives your usage data.\n",  # the service itself
        "We send codes via Bluetooth and SMS.\n",
        # a source, not a recipient: the service receives data from the platforms it names
        "If you follow us on platforms such as Facebook and LinkedIn, we may receive information about you.\n",
    ],
)
def test_not_recipients(body: str) -> None:
    assert not names(body)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Datenschutzerklärung der Examplo GmbH\n\nWir geben Ihre Daten an Dienstleister weiter.\n\n"
               "Wenn Sie uns auf Plattformen wie Facebook folgen, erhalten wir evtl. Informationen über Sie.\n"),
        ("fr", "Politique de confidentialité d'Examplo\n\nNous partageons vos données avec nos prestataires.\n\n"
               "Si vous nous suivez sur des plateformes comme Facebook, nous sommes susceptibles de recevoir des "
               "informations vous concernant.\n"),
    ],
)
def test_sources_are_not_recipients_in_other_languages(lang: str, text: str) -> None:
    s = analyze(load_text(text, f"examplo-{lang}.txt"))
    assert s.language.code == lang
    assert not {n for sh in s.shared_with for n in sh.names}


def test_a_section_number_is_no_part_of_a_name() -> None:
    """A numbered paragraph that opens with a company ("6.1 Quillmark Inc. is established in the
    United States") names the company, not "6.1 Quillmark Inc."."""
    body = (
        "Article 6 - Transfers to processors\n\n"
        "6.1 Quillmark Inc. and Tarnwell Ltd. are established in the United States.\n"
    )
    got = names(body)
    assert {"Quillmark Inc.", "Tarnwell Ltd."} <= got
    assert not any(n[0].isdigit() for n in got)
    # a name that starts with a number keeps it
    assert any(n.startswith("24 Hour Gyms") for n in names("Our partner 24 Hour Gyms Inc. receives your data.\n"))


@pytest.mark.parametrize(
    "body",
    [
        "A few of our pages hold small images that talk to DoubleClick, so that we can tell how our campaigns do.\n",
        "Wenn Sie die App über eine Anzeige installieren, erhält AppsFlyer Ihre Geräte-ID.\n",
    ],
)
def test_an_ad_network_named_is_an_advertiser(body: str) -> None:
    """Data an ad network receives goes to advertisers, even where the sentence names no recipient
    kind ("talk to DoubleClick")."""
    s = analyze(load_text(HEAD + body, "examplo.txt"))
    ads = next((sh for sh in s.shared_with if sh.recipient == "advertisers"), None)
    assert ads is not None and ads.names


def test_a_processor_named_beside_an_ad_network_stays_a_service_provider() -> None:
    s = analyze(load_text(HEAD + "We send our newsletters with Mailchimp and measure our ads with Criteo.\n", "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert "Criteo" in by.get("advertisers", set()) and "Criteo" not in by.get("service_providers", set())


def test_processors_listed_in_a_sentence_about_ads_stay_service_providers() -> None:
    """One sentence lists every vendor, the ad network last: the payment and e-mail processors are
    no advertisers for being named beside it."""
    text = (
        "Informativa privacy di Esempio\n\nEsempio S.r.l. è titolare del trattamento dei tuoi dati.\n\n"
        "Ci avvaliamo inoltre di: PayPal per i pagamenti; Salesforce per le e-mail; "
        "Criteo per la pubblicità personalizzata, tramite cookie presenti sul sito.\n"
    )
    s = analyze(load_text(text, "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert {"PayPal", "Salesforce"} <= by.get("service_providers", set())
    assert "Criteo" in by.get("advertisers", set())
    assert not {"PayPal", "Salesforce"} & by.get("advertisers", set())


def test_a_list_of_sub_processors_under_a_lead_in() -> None:
    """"We use the following sub-processors:" stands alone on its line (read as the heading of its
    list): it still says data goes to service providers, and each line names one, by the company we
    know ("Adyen N.V." is Adyen, "Amazon Web Services EMEA SARL" is Amazon Web Services)."""
    body = (
        "We use the following sub-processors:\n"
        "Amazon Web Services EMEA SARL – hosting – Ireland\n"
        "Adyen N.V. – payments – Netherlands\n"
        "Quillmark Oy – e-mail delivery – Finland\n\n"
        "Transfers outside the EU rely on standard contractual clauses.\n"
    )
    s = analyze(load_text("Privacy policy of Examplo\n\nWe collect your name and e-mail address.\n\n" + body, "x.txt"))
    sp = next(sh for sh in s.shared_with if sh.recipient == "service_providers")
    assert {"Amazon Web Services", "Adyen", "Quillmark Oy"} <= set(sp.names)
    assert "Amazon" not in sp.names and "Adyen N.V" not in sp.names


def test_a_company_with_an_ad_network_named_beside_it_serves_ads() -> None:
    body = (
        "The use of DART cookies by Google lets it show visitors adverts based on their visits. "
        "We send mail with Mailchimp and count visits with Criteo.\n"
    )
    s = analyze(load_text(HEAD + body, "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert "Google" in by.get("advertisers", set())
    assert "Mailchimp" not in by.get("advertisers", set())


def test_a_processor_after_we_use_is_a_service_provider() -> None:
    """"We use Firebase Analytics and Crashlytics to …": the tools a policy says it uses receive data
    as its service providers, even where the sentence names no recipient kind."""
    s = analyze(load_text("Privacy policy of Examplo\n\nWe collect your device model.\n\n"
                          "We use Firebase Analytics and Crashlytics to understand how the game is played.\n", "x.txt"))
    sp = next((sh for sh in s.shared_with if sh.recipient == "service_providers"), None)
    assert sp is not None and "Google" in sp.names


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fi", "Tietosuojaseloste\n\nVerkkokauppamme toimii Shopifyn alustalla, ja uutiskirjeet lähetetään "
               "Mailchimpin kautta. Luovutamme tietoja kuljetusyhtiölle, esimerkiksi Postille tai Matkahuollolle.\n",
         {"Shopify", "Mailchimp", "Posti"}),
        ("sv", "Integritetspolicy\n\nVi delar uppgifter med våra leverantörer. Statistiken tas fram med "
               "Googles analysverktyg.\n", {"Google"}),
    ],
)
def test_a_known_name_with_a_case_ending_is_that_name(lang: str, text: str, want: set[str]) -> None:
    """Finnish inflects names ("Shopifyn", "Postille"), Swedish writes a genitive ("Googles"): the name
    is still recognised, and shown without the ending."""
    s = analyze(load_text(text, f"examplo-{lang}.txt"))
    assert s.language.code == lang
    names = {n for sh in s.shared_with for n in sh.names}
    assert want <= names, names
    assert not {n for n in names if n.endswith(("n", "lle", "s")) and n[:-1] in want}


def test_a_sister_company_of_the_controller_is_an_affiliate() -> None:
    """"…shared with Corvane Inc. in Boston" in the notice of Corvane Systems GmbH: the same name with
    a legal form of its own is a company of the same group, not the controller and not a stranger."""
    text = (
        "Privacy notice\n\nCorvane Systems GmbH is responsible for the processing of your data. We collect your "
        "name and CV when you apply.\n\nFor roles in our US office, your application is shared with Corvane Inc. "
        "in Boston. Our recruiting software is provided by Quillmark Oy, which processes the data on our behalf.\n"
    )
    s = analyze(load_text(text, "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert by.get("affiliates") == {"Corvane Inc."}
    assert "Corvane Systems GmbH" not in set().union(*by.values())


def test_companies_named_beside_the_authorities_are_no_authority() -> None:
    body = (
        "We share your card details with payment schemes such as Visa and Mastercard, and with the tax office "
        "where the law requires.\n"
    )
    s = analyze(load_text(HEAD + body, "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert {"Visa", "Mastercard"} <= by.get("service_providers", set())
    assert not by.get("legal")

    # nor is a company with its legal form, known or not
    body = (
        "We share your meter readings with the grid operator of your area (for example Nordgrid Networks Ltd.) "
        "and with the energy regulator where the law requires.\n"
    )
    s = analyze(load_text(HEAD + body, "x.txt"))
    by = {sh.recipient: set(sh.names) for sh in s.shared_with}
    assert any(n.startswith("Nordgrid Networks Ltd") for n in by.get("service_providers", set()))
    assert not by.get("legal")


def test_a_processor_named_before_the_policy_says_it_uses_service_providers() -> None:
    """Which sentence comes first does not matter: "stored on Microsoft Azure servers" names a
    service provider once the policy says, further on, that it uses service providers."""
    text = (
        "Privacy policy\n\nWe collect your name and school e-mail address.\n\n"
        "Your data is stored on Microsoft Azure servers in the EU.\n\n"
        "We also use service providers such as Sentry to find errors.\n"
    )
    s = analyze(load_text(text, "x.txt"))
    sp = next(sh for sh in s.shared_with if sh.recipient == "service_providers")
    assert {"Microsoft", "Sentry"} <= set(sp.names)


@pytest.mark.parametrize(
    ("lang_text", "want", "not_want"),
    [
        (
            "Datenschutz\n\nWir sind die Beispiel GmbH (\"wir\"). Bei offenen Forderungen geben wir Daten an das "
            "Inkassounternehmen Creditreform Musterstadt KG weiter.\n",
            "Creditreform Musterstadt KG",
            "Inkassounternehmen Creditreform Musterstadt KG",
        ),
        (
            "Privatlivspolitik\n\nEksempel A/S er dataansvarlig. Vi deler dine oplysninger med "
            "IT-leverandøren Netcompany A/S, som drifter systemet.\n",
            "Netcompany A/S",
            "IT-leverandøren Netcompany A/S",
        ),
    ],
)
def test_a_role_noun_before_a_company_is_no_part_of_its_name(lang_text: str, want: str, not_want: str) -> None:
    s = analyze(load_text(lang_text, "policy.txt"))
    got = {n for sh in s.shared_with for n in sh.names}
    assert want in got and not_want not in got


def test_a_legal_form_with_dots_names_one_company() -> None:
    text = (
        "Privacyverklaring\n\nVoorbeeld B.V. is verwerkingsverantwoordelijke voor uw persoonsgegevens. Wij verzamelen "
        "uw naam en adres.\n\nMet wie delen we je gegevens?\n\nDe bezorger ziet je adres. Koeriers werken via "
        "Fietsflits Logistiek B.V. of als zzp'er.\n"
    )
    got = {n for sh in analyze(load_text(text, "p.txt")).shared_with for n in sh.names}
    assert "Fietsflits Logistiek B" not in got
    assert any(n.startswith("Fietsflits Logistiek B.V") for n in got)


def test_a_company_under_a_who_receives_heading_is_a_service_provider() -> None:
    text = (
        "Privacyverklaring\n\nWindkracht B.V. levert stroom. Wij verwerken uw naam en adres.\n\n"
        "Wie krijgen uw gegevens?\n\nDrukkerij De Vries Print B.V. voor het versturen van brieven.\n\n"
        "Wij verkopen uw gegevens niet.\n"
    )
    s = analyze(load_text(text, "privacy.txt"))
    sp = [sh for sh in s.shared_with if sh.recipient == "service_providers"]
    assert sp and any("De Vries Print" in n for n in sp[0].names)


def test_an_ampersand_joins_the_names_of_one_firm() -> None:
    text = (
        "Privatlivspolitik\n\nEksempel ApS er dataansvarlig for dine personoplysninger. Vi deler dine oplysninger med "
        "vores revisor, Holm & Vestergaard I/S, som behandler dem på vores vegne.\n"
    )
    got = {n for sh in analyze(load_text(text, "p.txt")).shared_with for n in sh.names}
    assert "Vestergaard I/S" not in got and any(n.startswith("Holm & Vestergaard") for n in got)


def test_a_short_aside_after_a_listed_name_does_not_end_the_list() -> None:
    got = names(
        "We share your data with providers such as Nordwolke (hosting), Lumio (SMS verification) "
        "and Chattera (messaging), which process it on our behalf.\n"
    )
    assert {"Nordwolke", "Lumio", "Chattera"} <= got


def test_names_after_a_such_as_cue_with_a_group_of_its_own() -> None:
    # pt's such_as has "como (o|a|os|as)": the cue's own group is not the list of names
    text = (
        "Política de Privacidade da Morada Certa\n\n"
        "Seus dados podem ser compartilhados com instituições financeiras parceiras, como Caixa Econômica "
        "Federal e Banco Inter, quando você solicita uma simulação de crédito.\n"
    )
    s = analyze(load_text(text, "morada.txt"))
    got = {n for sh in s.shared_with for n in sh.names}
    assert {"Caixa Econômica Federal", "Banco Inter"} <= got


def test_names_each_with_what_it_does() -> None:
    """"We use Onfido for identity checks, Chainalysis for blockchain analysis and Fireblocks for key
    custody": a name followed by what it does still lists the next name; a whole clause after a name
    ends the list."""
    body = (
        "We use Onfido for identity checks, Chainalysis for the analysis of transactions, Fireblocks "
        "for key custody and Zendesk for customer support.\n"
    )
    assert {"Onfido", "Chainalysis", "Fireblocks", "Zendesk"} <= names(body)
    long = (
        "We use Quillmark to send the receipts that you asked for when you placed your order in "
        "the shop, Tarnwell sees none of it.\n"
    )
    assert "Tarnwell" not in names(long)


def test_a_list_item_that_starts_with_a_shaped_name_under_a_sharing_lead_in() -> None:
    """"- NationBuilder, outil de gestion des adhérents": under a lead-in about who receives data, an
    item that opens with a name of a name's shape (inner capitals, a domain) names a processor; a
    plain capitalised word there does not."""
    body = (
        "We share your data with these processors:\n\n"
        "- NationBuilder, our membership database (hosted in the EU);\n"
        "- HelloAsso (online payment of fees);\n"
        "- Routing, for the letters we post.\n"
    )
    got = names(body)
    assert {"NationBuilder", "HelloAsso"} <= got
    assert "Routing" not in got


def test_a_group_company_that_begins_like_the_service_is_named() -> None:
    """"Brisa Technologies LLC" beside the service "Brisa Viajes" (no controller named): a company
    of its own, not the service itself; "Brisa Viajes" itself is never a recipient."""
    text = (
        "Brisa Viajes Privacy Policy\n\nBrisa Viajes is a ride app for Monterrey. This policy explains what "
        "Brisa Viajes does with your data.\n\nWe collect your name, phone number and trip history. We share "
        "them with Brisa Technologies LLC, our parent company, which runs the platform, and with Brisa Viajes "
        "drivers.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.name == "Brisa Viajes"
    got = {n for sh in s.shared_with for n in sh.names}
    assert "Brisa Technologies LLC" in got
    assert not any(n.startswith("Brisa Viajes") for n in got)
