"""The service recognizer with core/service_hints: generic names and laws' dates are refused."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text
from policylens.core.recognizers.service import parse_date
from policylens.core.rules import load_pack


def test_a_law_acronym_is_no_service_name() -> None:
    text = (
        "Datenschutzerklärung\n\nVerantwortlich ist die Beispielwerk GmbH, Hauptstraße 1, 10115 Berlin.\n\n"
        "Wir verarbeiten Ihre Daten nach dem Bundesdatenschutzgesetz („BDSG“). Wir speichern Ihre E-Mail-Adresse.\n"
    )
    s = analyze(load_text(text, "datenschutz.txt"))
    assert s.service.name != "BDSG"


def test_a_law_date_is_not_the_policy_date() -> None:
    en, fr = load_pack("en"), load_pack("fr")
    assert (
        parse_date(("Updated under the Data Protection Act of 23 May 2018; last updated 1 March 2024"), en)
        == "2024-03-01"
    )
    assert parse_date("Mise à jour le 3 mars 2023", fr) == "2023-03-03"
    assert parse_date("conformément à la loi n° 78-17 du 6 janvier 1978", fr) is None


def test_an_alias_quoted_with_its_comma_inside() -> None:
    """American punctuation puts the list's comma inside the quotes: ("Pinewood," "we," "us")."""
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    text = (
        'Privacy Policy\n\nPinewood Labs, Inc. ("Pinewood," "we," "us") makes the Trailmate app. We collect your '
        "name and e-mail address when you sign up, and you may ask us to delete them at any time.\n"
    )
    assert analyze(load_text(text, "p.txt")).service.name == "Pinewood"


def test_a_dutch_postcode_is_no_company() -> None:
    # "6661 AB" is a postcode, not an aktiebolag ("AB" is a legal form in Swedish)
    text = (
        "Privacyverklaring\n\nStichting Voorbeeldzorg, Dijkstraat 55, 6661 AB Elst, "
        "is de verwerkingsverantwoordelijke.\n\n"
        "Wij bewaren uw naam en e-mailadres zolang u klant bent.\n"
    )
    s = analyze(load_text(text, "privacy.txt"))
    assert s.service.controller != "6661 AB"
    assert s.service.name != "6661"
    assert load_pack("sv").words.legal_name.search("Exempel AB, 6661 AB Elst").group(1) == "Exempel AB"


def test_a_company_name_may_start_with_an_accented_capital() -> None:
    # "Énergie", "Østlandet", "Łódź": a capital letter outside A-Z still starts a name's word
    assert load_pack("fr").words.legal_name.search("Volténa Énergie SA, fournisseur").group(1) == "Volténa Énergie SA"
    found = load_pack("no").words.legal_name.search("Tjenesten drives av Østlandet Kraft AS.")
    assert found.group(1) == "Østlandet Kraft AS"
    assert load_pack("fr").words.legal_name.search("nous, la société SA") is None


def test_a_defined_term_is_no_service_name() -> None:
    """'your device Internet Protocol ("IP") address' defines a term, not the company."""
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    text = (
        "Privacy Policy\n\nThis Log Data may include your device Internet Protocol (\"IP\") address and the time of "
        "your visit. We collect your e-mail address when you write to us, and you may ask us to delete it.\n"
    )
    assert analyze(load_text(text, "tides.txt")).service.name != "IP"


def test_an_article_opening_the_sentence_is_not_part_of_the_name() -> None:
    """An article opening the sentence ("Die Nordlicht Technologies GmbH, …") starts no name. (Not «Beispiel …»:
    the de pack's ``name_stops`` hold «Beispiel», as «zum Beispiel Sonova Austria GmbH» names Sonova.)"""
    text = (
        "Datenschutzhinweise\n\nWer ist für meine Daten zuständig?\n\nDie Nordlicht Technologies GmbH, Hauptstraße 1, "
        "10115 Berlin (im Folgenden „wir“).\n\nWir speichern Ihre E-Mail-Adresse, solange Ihr Konto besteht.\n"
    )
    s = analyze(load_text(text, "app.txt"))
    assert s.service.controller == "Nordlicht Technologies GmbH"
    assert s.service.name == "Nordlicht Technologies"


def test_dutch_and_german_partnership_forms_name_the_controller() -> None:
    """A V.O.F. and a GmbH & Co. KG are companies: the shop is not named after its web host."""
    text = (
        "Privacyverklaring\n\nDeze webwinkel is van Zeepzolder V.O.F., Brink 7, 7411 BR Deventer. "
        "Wij verwerken je naam en adres. Onze webwinkel wordt gehost bij Antagonist B.V. in Nederland.\n"
    )
    assert analyze(load_text(text, "privacy.txt")).service.name == "Zeepzolder"
    text = (
        "Datenschutz\n\nVerantwortlich ist die Ostsee Medienhaus GmbH & Co. KG, Ring 29, 17033 Neubrandenburg. Wir "
        "speichern Ihre E-Mail-Adresse.\n"
    )
    assert analyze(load_text(text, "datenschutz.txt")).service.name == "Ostsee Medienhaus"


def test_company_names_with_accented_capitals_and_linking_words() -> None:
    """A legal name starts with any capital ("Śmigaj") and keeps its small linking words
    ("Companhia de Seguros"), without the Portuguese article before it."""
    pl, pt = load_pack("pl"), load_pack("pt")
    m = pl.words.legal_name.search("Administratorem jest Śmigaj Mobility sp. z o.o. z siedzibą w Poznaniu.")
    assert m is not None and m.group(1) == "Śmigaj Mobility sp. z o.o."
    m = pt.words.legal_name.search("A Atlântico Norte – Companhia de Seguros, S.A., com sede no Porto.")
    assert m is not None and m.group(1) == "Atlântico Norte – Companhia de Seguros, S.A."
    m = pt.words.legal_name.search("Os dados vão para a empresa de seguros Fidelidade, S.A.")
    assert m is not None and m.group(1) == "Fidelidade, S.A."
    # "e" joins the words of a Portuguese company's name ("Ótica e Audiologia", "Bilhética e Eventos")
    m = pt.words.legal_name.search("Explorados pela Miradouro Ótica e Audiologia, Lda., pessoa coletiva n.º 509")
    assert m is not None and m.group(1) == "Miradouro Ótica e Audiologia, Lda."


def test_a_label_on_the_line_above_is_no_part_of_the_controllers_name() -> None:
    """Finnish register notices put the label alone on its line: "Rekisterinpitäjä" then the company."""
    text = (
        "Kanta-asiakasrekisterin tietosuojaseloste\n\nRekisterinpitäjä\nLähikaupat Suomi Oy (Y-tunnus 2456789-0), "
        "Kauppakatu 9, 40100 Jyväskylä.\n\nKeräämme nimesi ja sähköpostiosoitteesi, kun liityt kanta-asiakkaaksi.\n"
    )
    s = analyze(load_text(text, "seloste.txt"))
    assert s.service.controller == "Lähikaupat Suomi Oy"
    assert s.service.name == "Lähikaupat Suomi"


def test_a_lower_case_particle_inside_a_company_name() -> None:
    """Swedish names often hold "i" ("Lugna Bokföringen i Sverige AB"): the controller is the whole
    name, not "Sverige AB"; recipients are read whole too."""
    text = (
        "Integritetspolicy\n\nLugna Bokföringen i Sverige AB, org.nr 559301-2288, Kvarngatan 3, 118 47 Stockholm "
        "(”vi”) gör ett bokföringsprogram. Vi sparar din e-postadress.\n\n"
        "Vi delar ditt namn och din adress med vår installationspartner Solbyggarna i Mälardalen AB när du "
        "beställer solceller.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.controller == "Lugna Bokföringen i Sverige AB"
    names = {n for sh in s.shared_with for n in sh.names}
    assert "Solbyggarna i Mälardalen AB" in names and "Mälardalen AB" not in names


def test_a_company_name_may_start_with_a_non_ascii_capital() -> None:
    text = (
        "Tietosuojaseloste\n\nÄänikirjamo Oy (Y-tunnus 3012345-6), Puistokatu 4, 20100 Turku, on rekisterinpitäjä. "
        "Tallennamme sähköpostiosoitteesi.\n"
    )
    assert analyze(load_text(text, "seloste.txt")).service.controller == "Äänikirjamo Oy"


def test_the_update_date_is_the_one_after_its_cue() -> None:
    """"Laadittu 3.3.2025, viimeksi päivitetty 20.10.2025": drawn up, then updated — the update counts."""
    text = (
        "Rekisteri- ja tietosuojaseloste\n\nLaadittu 3.3.2025, viimeksi päivitetty 20.10.2025\n\n"
        "Rekisterinpitäjä on Kiertotori Oy. Tallennamme nimesi ja sähköpostiosoitteesi.\n"
    )
    assert analyze(load_text(text, "seloste.txt")).service.updated == "2025-10-20"


def test_an_alias_defined_after_the_companys_address() -> None:
    """'Quillmate Labs GmbH, Torstraße 140, 10119 Berlin, Germany ("Quillmate", "us")': the alias names
    the service; a quoted term after an address without a company names nothing."""
    text = (
        "Privacy Notice\n\nQuillmate Labs GmbH, Torstraße 140, 10119 Berlin, Germany (\"Quillmate\", \"us\") "
        "provides an AI writing assistant. We collect your e-mail address and your prompts.\n"
    )
    s = analyze(load_text(text, "notice.txt"))
    assert (s.service.name, s.service.controller) == ("Quillmate", "Quillmate Labs GmbH")
    text = (
        "Privacy Notice\n\nOur office is at Torstraße 140, 10119 Berlin, Germany (\"Headquarters\", \"we\"). "
        "We collect your e-mail address.\n"
    )
    assert analyze(load_text(text, "notice.txt")).service.name != "Headquarters"


def test_a_registration_number_in_digit_groups_before_we_is_no_name() -> None:
    """'… udbydes af Pote Care A/S, Åboulevarden 22, 8000 Aarhus C, CVR 43 55 66 77 ("vi")': the
    text before "vi" is an address and a CVR number written in pairs, not the service's name."""
    text = (
        "Privatlivspolitik\n\nAppen udbydes af Pote Care A/S, Åboulevarden 22, 8000 Aarhus C, "
        'CVR 43 55 66 77 ("vi"). Vi indsamler dit navn og din e-mail.\n'
    )
    s = analyze(load_text(text, "politik.txt"))
    assert s.service.name == "Pote Care"


def test_the_controller_named_in_the_sentence_before_we_are_the_controller() -> None:
    text = (
        "Privacy Notice\n\nCoinvale Europe UAB (company code 305123456, Vilnius) operates the Coinvale app, "
        "where you can buy, sell and store crypto-assets. We are the controller of your personal data.\n\n"
        "We collect your name and your e-mail address.\n\nWho receives it\n\n"
        "- The Financial Crime Investigation Service and other competent authorities.\n"
        "- Our group companies in the United Kingdom.\n"
    )
    s = analyze(load_text(text, "notice.txt"))
    assert s.service.controller == "Coinvale Europe UAB"
    got = {sh.recipient for sh in s.shared_with}
    assert {"legal", "affiliates"} <= got and "business_transfer" not in got
    assert not any("Coinvale" in n for sh in s.shared_with for n in sh.names)


def test_a_legal_form_before_the_name_names_the_controller() -> None:
    # "Stichting X", "Fundacja X": the form opens the name
    text = (
        "Privacyverklaring\n\nStichting Buurthuis De Linde, Dorpsstraat 4, 1234 AB Ergens, is verantwoordelijk "
        "voor de verwerking van uw persoonsgegevens. Wij verwerken uw naam en e-mailadres.\n"
    )
    s = analyze(load_text(text, "privacy.txt"))
    assert s.service.controller == "Stichting Buurthuis De Linde"
    pl = (
        "Polityka prywatności\n\nAdministratorem danych jest Fundacja Dobre Serce z siedzibą w Krakowie. "
        "Przetwarzamy Twoje imię i adres e-mail.\n"
    )
    assert analyze(load_text(pl, "polityka.txt")).service.controller == "Fundacja Dobre Serce"


def _name(text: str, file: str = "policy.txt") -> str | None:
    return analyze(load_text(text, file)).service.name


def _controller(text: str, file: str = "policy.txt") -> str | None:
    return analyze(load_text(text, file)).service.controller


def test_the_title_names_the_product_not_the_company() -> None:
    """"Vaultline Privacy Policy" over the company that makes it: the title names the service, the
    text repeats it; the company stays the controller."""
    text = (
        "Vaultline Privacy Policy\n\nLast updated: 2 March 2026\n\n"
        'Vaultline is a password manager made by Keyward Labs, Inc. ("Keyward", "we"). This policy explains '
        "what we collect when you use Vaultline.\n\nWe collect your e-mail address and your encrypted vault. "
        "Your vault is encrypted before it leaves your device, so not even Vaultline staff can read it.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.name == "Vaultline"
    assert s.service.controller == "Keyward Labs, Inc."


def test_the_title_name_without_its_generic_words_and_case_ending() -> None:
    nl = (
        "Privacyverklaring Rijschool Van Dijk\n\nRijschool Van Dijk (Verkeersweg 3, Enschede) leert jou autorijden. "
        "Daarvoor verwerken we je naam, e-mailadres en telefoonnummer. Bij Rijschool Van Dijk bewaren we je "
        "gegevens zolang je lessen volgt.\n"
    )
    assert _name(nl) == "Rijschool Van Dijk"
    da = (
        "Mozillas privatlivspolitik\n\nHos Mozilla tager vi dit privatliv alvorligt. Denne politik forklarer, "
        "hvordan Mozillas produkter behandler dine personoplysninger. Vi indsamler din e-mailadresse, når du "
        "opretter en konto hos Mozilla, og Mozillas servere gemmer den, så længe kontoen findes.\n"
    )
    assert _name(da) == "Mozilla"


def test_an_upper_case_title_takes_the_texts_spelling() -> None:
    text = (
        "PRIVACY POLICY – NORDWIND\n\nAt Nordwind we keep your data safe. This policy explains how Nordwind "
        "uses your e-mail address and your order history, and how long Nordwind keeps them.\n"
    )
    assert _name(text) == "Nordwind"


def test_a_title_word_the_text_uses_as_a_common_word_names_nothing() -> None:
    """"Patient Privacy Notice": "Patient" opens sentences and is written in lower case too; a name
    the text writes once is no confirmation either."""
    text = (
        "Patient Privacy Notice\n\nPatient records are kept by the practice. We collect the patient's name, "
        "date of birth and medical history. Patient data is kept for 8 years after the last visit.\n"
    )
    assert _name(text) != "Patient"
    once = (
        "Brightwater Privacy Policy\n\nWe collect your e-mail address when you sign up for our newsletter, "
        "and we keep it until you unsubscribe. Brightwater never sells your data.\n"
    )
    assert _name(once, "policy.txt") != "Brightwater"


def test_a_company_in_a_capitals_title_is_named_as_the_text_writes_it() -> None:
    text = (
        "PERSONVERNERKLÆRING FOR ANSATTE I NORDSTRAND BYGG AS\n\n"
        "Nordstrand Bygg AS bygger boliger i Trøndelag. Denne erklæringen gjelder alle ansatte. Vi behandler navn, "
        "adresse, kontonummer og lønnsopplysninger. Opplysningene lagres så lenge arbeidsforholdet varer.\n"
    )
    s = analyze(load_text(text, "ansatte.txt"))
    assert s.service.controller == "Nordstrand Bygg AS"
    assert s.service.name == "Nordstrand Bygg"


def test_polish_and_finnish_legal_forms_are_no_part_of_the_services_name() -> None:
    from policylens.core.rules import load_pack

    assert load_pack("pl").words.legal_form_at_end.sub("", "Płacownik sp. z o.o.") == "Płacownik"
    assert load_pack("pl").words.legal_form_at_end.sub("", "Kurierix Sp. z o.o") == "Kurierix"
    assert load_pack("fi").words.legal_form_at_end.sub("", "Hautaustoimisto Rauhala Ky") == "Hautaustoimisto Rauhala"
    assert load_pack("fi").words.legal_name.search("Palvelun tarjoaa Lumo Oyj.").group(1) == "Lumo Oyj"


def test_a_title_naming_the_product_before_a_comma_and_its_description() -> None:
    """"Pilou, l'ourson qui raconte des histoires": the product the title names before a lower-case
    description is the service, though the text says the company that makes it."""
    text = (
        "Pilou, l'ourson qui raconte des histoires\n\nLudiq SAS, 27 rue de la Part-Dieu, 69003 Lyon, conçoit "
        "l'ourson Pilou. Ludiq est responsable du traitement. Pilou enregistre la voix de l'enfant quand il "
        "appuie sur la patte de Pilou. Nous collectons votre adresse e-mail.\n"
    )
    s = analyze(load_text(text, "notice.txt"))
    assert s.service.name == "Pilou"
    assert s.service.controller == "Ludiq SAS"


def test_a_company_defined_by_a_common_noun_is_the_service_without_its_legal_form() -> None:
    """'Nacer Mediterráneo Reproducción Asistida, S.L. (en adelante, "la Clínica")': what the company
    is called is no name, so the service is the company, without its legal form (the controller keeps it)."""
    text = (
        "Información sobre protección de datos\n\nResponsable: Nacer Mediterráneo Reproducción Asistida, S.L. "
        '(en adelante, "la Clínica"), con domicilio en Valencia. Recopilamos su nombre, su correo '
        "electrónico y su fecha de nacimiento para gestionar las citas, y los conservamos durante cinco años.\n"
    )
    s = analyze(load_text(text, "politica.txt"))
    assert s.service.name == "Nacer Mediterráneo Reproducción Asistida"
    assert s.service.controller == "Nacer Mediterráneo Reproducción Asistida, S.L."


def test_a_first_line_not_read_as_a_heading_still_titles_the_service() -> None:
    """"Ótica Lumiar — Política de Privacidade e Proteção de Dados Pessoais" opens the text but is
    read as a paragraph: as a short line with no end of sentence it is still the title, and the shop
    it names is the service, not the end of the company's name ("Lumiar Ótica e Audiologia, Lda.")."""
    text = (
        "Ótica Lumiar — Política de Privacidade e Proteção de Dados Pessoais\n\n"
        "Versão 2, em vigor desde 1 de março de 2026\n\n"
        "Artigo 1.º — Responsável\n\n"
        "1. Esta Política aplica-se às lojas Ótica Lumiar, exploradas pela Lumiar Ótica e Audiologia, Lda., "
        "com sede na Rua Direita, 10, 1000-100 Lisboa (doravante «Ótica Lumiar» ou «nós»).\n"
        "2. Recolhemos o seu nome, o seu e-mail e a sua graduação para produzir os seus óculos.\n"
        "3. Conservamos a ficha durante 5 anos. Pode pedir o acesso aos seus dados e a sua eliminação.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.name == "Ótica Lumiar"
    # a line that is a sentence is no title
    plain = (
        "We at Examplo keep your personal data safe and tell you how\n\n"
        "Examplo Ltd (\"we\") collects your e-mail address and other personal data. Examplo keeps your "
        "personal data while your account is open, and you can ask us to delete it.\n"
    )
    assert analyze(load_text(plain, "policy.txt")).service.name.startswith("Examplo")


def test_a_generic_word_hyphenated_to_the_title_name_is_cut() -> None:
    """"Integritetspolicy för Dammfri-appen": the product is "Dammfri", not the company the text names."""
    text = (
        "Integritetspolicy för Dammfri-appen\n\nDammfri är appen som styr robotdammsugare från Nordklin. "
        'Den här policyn beskriver hur Nordklin Robotics AB ("Nordklin", "vi") behandlar personuppgifter när du '
        "använder Dammfri. Vi sparar din e-postadress så länge du har ett konto.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.name == "Dammfri"
    assert s.service.controller == "Nordklin Robotics AB"


def test_a_subtitle_names_the_service_when_the_title_does_not() -> None:
    """"Personvernerklæring for blodgivere" over "Blodbanken i Vestfold": an organisation with a
    prefix and no legal form, named by the heading under the title and repeated by the text."""
    text = (
        "Personvernerklæring for blodgivere\n\nBlodbanken i Vestfold\n\nBlodbanken i Vestfold er en del av "
        "Sykehuset i Vestfold HF. Her forklarer vi hvordan Blodbanken i Vestfold behandler navnet og "
        "telefonnummeret ditt.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert s.service.name == "Blodbanken i Vestfold"
    assert s.service.controller == "Sykehuset i Vestfold HF"


def test_a_subtitle_over_the_first_numbered_section_names_the_service() -> None:
    """"INFORMATION OM BEHANDLING AV PERSONUPPGIFTER" over "Studieförbundet Ekvägen Uppland" over
    "1. Inledning": the subtitle names the service though a heading follows it, for that heading opens the
    first numbered section; so the national body "Ekvägen Sverige" is another organisation, not the
    service's own name written longer. A row of headings with no number still names nothing."""
    text = (
        "INFORMATION OM BEHANDLING AV PERSONUPPGIFTER\n\nStudieförbundet Ekvägen Uppland\n\n1. Inledning\n\n"
        "Studieförbundet Ekvägen Uppland är en ideell förening som anordnar kurser. Föreningen är "
        "personuppgiftsansvarig. Skriv till info@ekvagen.se.\n\n2. Vem får uppgifterna?\n\n"
        "Vårt riksförbund, Ekvägen Sverige, har tillgång till deltagarregistret. Studieförbundet Ekvägen Uppland "
        "lämnar inte ut uppgifterna till andra.\n"
    )
    s = analyze(load_text(text, "policy.txt"), lang="sv")
    assert s.service.name == "Studieförbundet Ekvägen Uppland"
    rows = (
        "Privacy Policy\n\nAustralia\n\nEurope\n\nWe process your e-mail address. Australia and Europe have "
        "their own laws; in Australia and in Europe we follow them.\n"
    )
    assert analyze(load_text(rows, "policy.txt"), lang="en").service.name != "Australia"


def test_the_controller_named_by_its_name_alone_is_the_company_named_before_with_its_form() -> None:
    """«Lumicraft SAS, au capital de … . Lumicraft est responsable des traitements»: the controller's sentence
    writes the company named before by its name alone, so it is the controller; not a lender named later
    «en tant que responsable de traitement distinct», who is then a recipient."""
    text = (
        "Politique de confidentialité\n\nLumicraft SAS, au capital de 20 000 euros, immatriculée au RCS de Lille, "
        "fabrique des enseignes. Elle vend ses créations sur le site lumicraft.fr. Lumicraft est responsable des "
        "traitements décrits ci-dessous.\n\nÀ qui transmettons-nous vos données ?\n\nLe paiement par carte est "
        "traité par Stripe. Si vous payez en trois fois, vous êtes redirigé vers Alma SAS, qui agit en tant que "
        "responsable de traitement distinct.\n"
    )
    s = analyze(load_text(text, "policy.txt"), lang="fr")
    assert s.service.controller == "Lumicraft SAS"
    assert "Alma" in {n for sh in s.shared_with for n in sh.names}


def test_a_joint_controller_named_beside_the_service_is_not_the_controller() -> None:
    """A fan page's co-controller ("jointly with Meta Platforms Ireland Ltd.", "wspólnie z …") named in a
    sentence about controllers is not the policy's controller, and it stays a recipient's name (Meta's
    companies are named Facebook)."""
    pl = (
        "Polityka prywatności\n\nAdministratorem danych jest Miejska Biblioteka Publiczna w Opolu, ul. Minorytów 4. "
        "Przetwarzamy Twoje imię i adres e-mail. Dane powierzamy dostawcy usług hostingowych.\n\n"
        "Prowadząc profil Biblioteki na Facebooku, jesteśmy "
        "współadministratorem danych osób odwiedzających profil wspólnie z Meta Platforms Ireland Ltd. "
        "Dane mogą być przekazywane do Stanów Zjednoczonych.\n"
    )
    s = analyze(load_text(pl, "polityka.txt"))
    assert s.service.controller != "Meta Platforms Ireland Ltd."
    assert "Facebook" in {n for sh in s.shared_with for n in sh.names}
    en = (
        "Privacy notice\n\nThe controller of your data is the Riverside Community Library, 4 Mill Lane, Exeter. "
        "We keep your name and e-mail address.\n\nFor our Facebook page we are the controller jointly with "
        "Meta Platforms Ireland Ltd., which shares page statistics with us.\n"
    )
    assert analyze(load_text(en, "notice.txt")).service.controller != "Meta Platforms Ireland Ltd."


def test_a_body_the_service_belongs_to_is_not_the_controller() -> None:
    """A club "affiliated with" a federation, or a member of it (the packs' ``affiliation_cues``: «filiada
    na», «membre de»), names the federation beside itself: the federation is no controller, nor is a body
    listed right after it, and it stays a recipient where the policy shares data with it."""
    pt = (
        "Política de Privacidade\n\nO Clube Columbófilo de Santo Tirso é uma associação sem fins lucrativos "
        "filiada na Associação Columbófila do Distrito do Porto e na Federação Portuguesa de Columbofilia. "
        "Enquanto responsável pelo tratamento, trata os dados pessoais dos sócios.\n\n"
        "Recolhemos o seu nome e o seu endereço de e-mail. Comunicamos o nome dos atletas à Federação "
        "Portuguesa de Columbofilia, para a licença desportiva.\n"
    )
    s = analyze(load_text(pt, "politica.txt"))
    bodies = {"Associação Columbófila do Distrito do Porto", "Federação Portuguesa de Columbofilia"}
    assert s.service.controller not in bodies
    assert "Federação Portuguesa de Columbofilia" in {n for sh in s.shared_with for n in sh.names}
    en = (
        "Privacy notice\n\nRiverside Rowing Club is a volunteer-run club affiliated with British Rowing Ltd. "
        "We are the controller of your data.\n\nWe collect your name and e-mail address.\n"
    )
    assert analyze(load_text(en, "notice.txt")).service.controller != "British Rowing Ltd."


def test_a_title_the_text_opens_a_sentence_with_names_the_service() -> None:
    """A title of three words or more that the text writes once, opening a sentence with it ("CLUBE DE BTT
    TRILHOS DO ALVÃO" over «O Clube de BTT Trilhos do Alvão é uma associação …»), names the service; a
    title the text writes only inside a longer sentence does not."""
    text = (
        "CLUBE DE BTT TRILHOS DO ALVÃO\n\nPolítica de Privacidade dos Sócios e Atletas\n\n"
        "O Clube de BTT Trilhos do Alvão é uma associação desportiva sem fins lucrativos, com sede em Vila Real. "
        "Recolhemos o nome, a data de nascimento e o endereço de e-mail dos sócios.\n"
    )
    assert analyze(load_text(text, "clube-btt-ciclismo.txt")).service.name == "Clube de BTT Trilhos do Alvão"
    inside = text.replace("O Clube de BTT Trilhos do Alvão é", "Somos, desde 1998, o Clube de BTT Trilhos do Alvão,")
    assert analyze(load_text(inside, "clube-btt-ciclismo.txt")).service.name != "Clube de BTT Trilhos do Alvão"


def test_a_company_after_a_recipient_cue_is_no_controller() -> None:
    """With no company named as the controller, the first company near the top is taken; one named
    after a recipient cue ("Payments are handled by …", "Płatności obsługuje …") is a processor."""
    en = (
        "Privacy notice\n\nThe controller of your data is the Riverside Community Library, 4 Mill Lane, Exeter.\n\n"
        "Tickets\n\nPayments are handled by Northpay Ltd. We keep your name and e-mail address.\n"
    )
    assert analyze(load_text(en, "notice.txt")).service.controller != "Northpay Ltd"
    pl = (
        "Polityka prywatności\n\nAdministratorem danych jest Miejska Biblioteka Publiczna w Opolu.\n\n"
        "Bilety\n\nPłatności obsługuje Szybkopłat S.A. z siedzibą w Poznaniu. Przetwarzamy Twoje imię i adres e-mail.\n"
    )
    assert analyze(load_text(pl, "polityka.txt")).service.controller != "Szybkopłat S.A."


def test_a_data_word_inside_the_controllers_own_name_is_no_data_collected() -> None:
    # "Pixel" in "Pixel Forge Games Ltd." is no tracking pixel
    text = (
        "Privacy Policy\n\nThis policy is published by Pixel Forge Games Ltd. (\"we\"), London, the maker of the game "
        "Starfall, and explains what data Pixel Forge Games Ltd. collects.\n\n"
        "We collect your e-mail address and your game progress. Contact: privacy@pixelforge.example\n"
    )
    s = analyze(load_text(text, "starfall.txt"))
    assert "cookies" not in {c.category for c in s.collected}
    assert "contact" in {c.category for c in s.collected}


def test_a_polish_legal_form_written_out_names_the_controller() -> None:
    """"X spółka z ograniczoną odpowiedzialnością z siedzibą w …" is a company: the controller, not a
    bank named as a recipient in a later sentence that speaks of its own "administrator" role."""
    pl = (
        "Polityka prywatności\n\n1. Administratorem danych jest Kwadrat Doradztwo spółka z ograniczoną "
        "odpowiedzialnością z siedzibą w Łodzi, ul. Piotrkowska 1.\n\n"
        "2. Za Pani/Pana zgodą przekazujemy dane do banków, w szczególności do: Alior Bank S.A. oraz "
        "Credit Agricole Bank Polska S.A. Każdy bank staje się odrębnym administratorem danych.\n"
    )
    s = analyze(load_text(pl, "polityka.txt"))
    assert s.service.controller == "Kwadrat Doradztwo spółka z ograniczoną odpowiedzialnością"
    assert s.service.name == "Kwadrat Doradztwo"
    names = {n for r in s.shared_with for n in r.names}
    assert {"Alior Bank S.A.", "Credit Agricole Bank Polska S.A."} <= names


def test_a_processor_further_on_is_no_controller_when_the_controller_has_no_legal_form() -> None:
    """A public body or a person has no legal form: a company named later without a cue ("payments
    are made through Przelewy24 (PayPro S.A.)") is its processor, not the controller. The sentence
    that introduces the company ("The controller is:") and a controller sentence naming no one keep it."""
    pl = (
        "Polityka prywatności\n\nAdministratorem danych osobowych jest Muzeum Regionalne w Sieradzu, "
        "ul. Wojewódzka 3.\n\nKupując bilet online, podajesz imię i adres e-mail. Wpłaty obsługuje "
        "Przelewy24 (PayPro S.A.).\n"
    )
    assert _controller(pl, "polityka.txt") != "PayPro S.A."
    de = (
        "Datenschutzerklärung\n\nWer für die Datenverarbeitung verantwortlich ist\n\nVerantwortlich für die "
        "Verarbeitung Ihrer Daten ist:\n\nFeldmann Heizöl Nord GmbH, Ringstraße 4, 24114 Kiel\n\n"
        "Wir speichern Ihren Namen und Ihre Anschrift.\n"
    )
    assert _controller(de, "datenschutz.txt") == "Feldmann Heizöl Nord GmbH"
    en = (
        "Privacy notice\n\nWe are the controller of the personal data described here.\n\nWe collect your "
        "name and e-mail address when you order. Orbisfield Ltd, 4 Mill Lane, Leeds, runs this shop.\n"
    )
    assert _controller(en, "privacy.txt") == "Orbisfield Ltd"


def test_a_controller_sentence_opening_with_its_name_keeps_a_later_processor_out() -> None:
    """An association named without a legal form at the head of its controller sentence ("Fjellstien
    Turlag (org.nr. …) er behandlingsansvarlig"): a company listed further on ("Vipps MobilePay AS") is
    its processor, not the controller; where nouns are capitalised the opening words are no name."""
    no = (
        "Personvernerklæring\n\nFjellstien Turlag (org.nr. 912 345 678), Storgata 1, 5700 Voss, er "
        "behandlingsansvarlig for opplysningene om medlemmene.\n\nVi registrerer navn og e-postadresse.\n\n"
        "Leverandører:\n– Vipps MobilePay AS (betaling)\n"
    )
    assert _controller(no, "personvern.txt") is None
    de = (
        "Datenschutzerklärung\n\nDer Verantwortliche für die Verarbeitung ist unten genannt.\n\n"
        "Wir speichern Ihren Namen.\n\nFeldmann Heizöl Nord GmbH, Ringstraße 4, 24114 Kiel.\n"
    )
    assert _controller(de, "datenschutz.txt") == "Feldmann Heizöl Nord GmbH"


def test_swedish_trading_partnership_and_finnish_independent_controller() -> None:
    """"HB" (handelsbolag) is a legal form: the shop is the controller. A Finnish payment partner that
    acts "itsenäisenä rekisterinpitäjänä" (as its own controller) is not the service's controller."""
    sv = (
        "Integritetspolicy\n\nSolrosen Blommor HB (org.nr 969700-1234), Storgatan 3, 411 01 Göteborg, driver "
        "webbutiken.\n\nVi sparar ditt namn och din adress.\n"
    )
    assert _controller(sv, "integritet.txt") == "Solrosen Blommor HB"
    fi = (
        "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nKoivula Kauppa Oy\n\n2. Tiedot\n\nKeräämme nimesi ja "
        "osoitteesi. Maksut käsittelee Esimerkkimaksu Oyj. Laskulla maksettaessa Lainapankki AB toimii "
        "itsenäisenä rekisterinpitäjänä.\n"
    )
    assert _controller(fi, "tietosuoja.txt") == "Koivula Kauppa Oy"


def test_mexican_legal_forms_name_the_controller_whole() -> None:
    """"… S.A. de C.V." is one legal form (not "S.A." and a stray "de C.V."); a civil association
    ("A.C.", a school, a charity) is a company too: the controller, and the service's name without it."""
    mx = (
        "Aviso de privacidad\n\nAlmacenes Ejemplo del Bajío, S.A. de C.V., con domicilio en León, Guanajuato, "
        "es responsable del tratamiento de sus datos personales.\n\nRecabamos su nombre y su correo electrónico.\n"
    )
    assert _controller(mx, "aviso.txt") == "Almacenes Ejemplo del Bajío, S.A. de C.V."
    ac = (
        "Aviso de privacidad\n\nInstituto Cultural Ejemplo, A.C. (en adelante, «el Instituto»), con domicilio "
        "en Puebla, es responsable del uso de sus datos personales.\n\nRecabamos su nombre y su teléfono.\n"
    )
    s = analyze(load_text(ac, "aviso.txt"))
    assert s.service.controller == "Instituto Cultural Ejemplo, A.C."
    assert s.service.name == "Instituto Cultural Ejemplo"


def test_partnerships_and_non_profit_companies_name_the_controller() -> None:
    """An LLP (UK, US, India), a UK community interest company and a South African non-profit
    company (NPC) are companies: without the form the notice had no name and the header showed the
    file name."""
    cases = [
        ("Fenwick & Oduya LLP, 60 Ludgate Hill, London (the \"Firm\") monitors Firm laptops. "
         "We record the applications you use.", "Fenwick & Oduya"),
        ("Riverside Repair Café CIC (\"we\") runs repair evenings in Leeds. We keep your name and "
         "e-mail address.", "Riverside Repair Café"),
        ("The Karoo Birding Club NPC (\"the Club\") keeps in touch with its members. We process your "
         "name and e-mail address.", "Karoo Birding Club"),
    ]
    for body, name in cases:
        s = analyze(load_text(f"Privacy notice\n\n{body}\n", "notice.txt"), lang="en")
        assert s.service.name == name, body
        assert s.service.controller is not None and s.service.controller.startswith(name)


def test_a_title_of_generic_words_and_one_name_names_the_service_written_once() -> None:
    """"Personvernerklæring – Fotklinikken på Nesttun": the piece after the dash is the only one that
    is not generic words, so it names the service though the text writes it only once (a name in a
    title of its own needs the text to repeat it twice)."""
    text = (
        "Personvernerklæring – Fotklinikken på Nesttun\n\nOm oss\n\n"
        "Fotklinikken på Nesttun er et enkeltpersonforetak. Vi lagrer navn og telefonnummer.\n"
    )
    assert analyze(load_text(text, "personvern.txt")).service.name == "Fotklinikken på Nesttun"
    # a single word written once is still not enough ("Privacy notice – Patients")
    once = "Privacy notice – Harbourside\n\nAbout us\n\nHarbourside is a clinic. We keep your name.\n"
    assert analyze(load_text(once, "notice.txt")).service.name != "Harbourside"
    # a name of two words after the title's generic words, the text writing it once: the association, not
    # the company named further on (a partner vet) nor the e-mail domain
    after = (
        "Privatlivspolitik for Dyrehjemmet Vestkysten\n\nHvem er dataansvarlig?\n\nForeningen Dyrehjemmet "
        "Vestkysten, Strandvej 3, 6700 Esbjerg, er dataansvarlig. Skriv til data@dyrehjem-vest.dk.\n\n"
        "Vi behandler dit navn og din adresse, når du adopterer et dyr.\n"
    )
    assert analyze(load_text(after, "politik.txt")).service.name == "Dyrehjemmet Vestkysten"
    # a title in capitals, its legal form aside, is shown as the text writes the name
    shout = (
        "PERSONDATAPOLITIK FOR HAVBLIK EL & VVS ApS\n\nDataansvarlig er Havblik El & VVS ApS, Havnen 2, Esbjerg.\n\n"
        "Vi behandler dit navn og din adresse, når du bestiller en montør.\n"
    )
    assert analyze(load_text(shout, "politik.txt")).service.name == "Havblik El & VVS"


def test_the_short_name_a_company_gives_itself_is_no_data_where_the_title_names_the_product() -> None:
    """"Galáxia Pixel Jogos Ltda. ("Galáxia Pixel")" makes a game titled "Reino dos Cristais": the
    service is the game, and "Pixel" in the company's short name is still no tracking pixel."""
    text = (
        "Política de Privacidade – Reino dos Cristais\n\n"
        "O jogo Reino dos Cristais é desenvolvido pela Galáxia Pixel Jogos Ltda., com sede em São Paulo "
        '("Galáxia Pixel", "nós"). Reino dos Cristais coleta o seu apelido e o progresso no jogo.\n'
    )
    s = analyze(load_text(text, "privacidade.txt"), lang="pt")
    assert s.service.name == "Reino dos Cristais"
    assert "cookies" not in {c.category for c in s.collected}


def test_a_name_from_the_file_name_keeps_its_joining_word() -> None:
    """The file name "fire-and-rescue-service.txt" and the text's "Westmoor Fire and Rescue Service":
    the name is the capitalised words with the "and" between them, not the half after it."""
    from policylens.core.recognizers.service import name_from_source

    text = (
        "Westmoor Fire and Rescue Service processes your data. Westmoor Fire and Rescue Service keeps "
        "call recordings for three years."
    )
    assert name_from_source(text, "fire-and-rescue-service.txt") == "Fire and Rescue Service"
    # a lower-case word starts no name
    assert name_from_source("Visit Tea and Cake Shop. Tea and Cake Shop again.", "and-cake-shop.txt") == "Cake Shop"


def test_a_name_from_the_file_name_is_spelled_without_its_marks() -> None:
    """A saved file's name writes a name without its marks, as web addresses do: "szkola-rodzenia.txt" for
    "Szkoła Rodzenia", "sonnesyn-bygg.html" for "Sønnesyn Bygg". Each letter the text marks is the file
    name's letter, so the whole name is found, not only the words the marks left alike ("Rodzenia")."""
    from policylens.core.recognizers.service import name_from_source
    from policylens.core.service_hints import ascii_key

    assert ascii_key("Szkoła Rodzenia") == "szkolarodzenia"
    assert ascii_key("Bjørnstad & Sønn") == "bjornstadsonn"
    assert ascii_key("Æbleø Straße") == "aebleostrasse"
    assert ascii_key("Café Über") == "cafeuber"
    text = "Szkoła Rodzenia prowadzi kursy. Szkoła Rodzenia przetwarza dane uczestniczek zajęć."
    assert name_from_source(text, "szkola-rodzenia.txt") == "Szkoła Rodzenia"
    text = "Sønnesyn Bygg driver verkstedet i Os. Kontakt Sønnesyn Bygg om personvern."
    assert name_from_source(text, "sonnesyn-bygg.html") == "Sønnesyn Bygg"


def test_a_company_opening_the_first_sentence_is_the_controller_even_with_a_word_of_sharing() -> None:
    """«Grachtsloep B.V. (KvK …) organiseert rondvaarten en verhuurt sloepen»: «verhuurt» (rents out) is
    a word of sharing in the nl pack («verhuren» of data), but a company that opens the sentence tells what
    it does; it is the controller, not Google LLC named further on, and no sister company."""
    text = (
        "Privacyverklaring\n\nGrachtsloep B.V. (KvK 70123456), Prinsengracht 1, Amsterdam, organiseert rondvaarten "
        "door de grachten en verhuurt sloepen met schipper voor groepen.\n\n"
        "Wij verwerken je naam, e-mailadres en betaalgegevens als je een ticket koopt.\n\n"
        "We gebruiken Google Analytics zonder advertentiefuncties. Toch kunnen gegevens terechtkomen bij Google LLC "
        "in de Verenigde Staten.\n"
    )
    s = analyze(load_text(text, "p.txt"))
    assert s.service.controller == "Grachtsloep B.V."
    assert not any(sh.recipient == "affiliates" for sh in s.shared_with)


def test_a_site_run_by_the_company_of_its_own_name_is_that_companys() -> None:
    """«Fjordfisk.dk drives af Fjordfisk ApS»: «drives af» (run by) is a cue for processors («Betalingen
    håndteres af …»), but a sentence that opens with the company's own name is about the service it runs.
    «Al kommunikation foregår i Skoleportal, som leveres af Skoleportal A/S» names a processor still."""
    text = (
        "Privatlivspolitik for Fjordfisk.dk\n\nFjordfisk.dk drives af Fjordfisk ApS, CVR-nr. 41 00 00 00, Havnen 2, "
        "9900 Frederikshavn.\n\nVi behandler dit navn, din adresse og din e-mail, når du køber fisk hos os.\n"
    )
    assert _controller(text) == "Fjordfisk ApS"
    other = (
        "Privatlivspolitik for Havbo Efterskole\n\nAl kommunikation foregår i Skoleportal, som leveres af "
        "Skoleportal A/S.\n\nVi behandler elevernes navne og adresser.\n"
    )
    assert _controller(other) != "Skoleportal A/S"


def test_a_one_line_address_under_the_title_names_the_controller() -> None:
    """«Bouwhof Smit B.V. | Ceintuurbaan 12 | 8000 AA Zwolle | KvK 05000000» under the title is the company's
    address written on one line, no table of processors (a table has more than one row)."""
    text = (
        "Privacystatement Bouwhof Smit\n\nBouwhof Smit B.V. | Ceintuurbaan 12 | 8000 AA Zwolle | KvK 05000000\n\n"
        "Bij Bouwhof Smit kun je online gereedschap bestellen. Wij verwerken je naam, adres en e-mailadres.\n"
    )
    assert _controller(text) == "Bouwhof Smit B.V."
    table = (
        "Privacystatement Bouwhof Smit\n\nWij verwerken je naam, adres en e-mailadres.\n\n"
        "Verwerker | Taak\nPakketdienst Noord B.V. | bezorging\nBoekhoud Online B.V. | boekhouding\n"
    )
    assert _controller(table) is None


def test_a_company_after_an_article_opening_the_sentence_is_the_controller() -> None:
    """«A Rosmaninho & Mel, Lda. (NIPC …) … produz sabonetes e vende-os na loja online»: the sentence opens with
    the company after its article; «vende» (sells) is a word of sharing, but the company tells what it does."""
    text = (
        "Política de Privacidade — Rosmaninho & Mel\n\nA Rosmaninho & Mel, Lda. (NIPC 500 000 000), com sede em "
        "Braga, produz sabonetes naturais e vende-os na loja online rosmaninhoemel.pt.\n\n"
        "Tratamos o seu nome, morada e e-mail quando faz uma encomenda.\n"
    )
    assert _controller(text) == "Rosmaninho & Mel, Lda."


@pytest.mark.parametrize(
    ("title", "run_by", "company", "body"),
    [
        (
            "Privacy policy",
            "The app is operated by",
            "Tidewell Labs Ltd",
            "We process your name and e-mail address.",
        ),
        (
            "Datenschutzerklärung",
            "Die App wird betrieben von",
            "Tidewell Labs GmbH",
            "Wir verarbeiten Ihren Namen und Ihre E-Mail-Adresse.",
        ),
        (
            "Privacyverklaring",
            "De app wordt aangeboden door",
            "Tidewell Labs B.V.",
            "Wij verwerken je naam en e-mailadres.",
        ),
        (
            "Privatlivspolitik",
            "Appen drives af",
            "Tidewell Labs ApS",
            "Vi behandler dit navn og din e-mailadresse.",
        ),
        (
            "Integritetspolicy",
            "Tjänsten drivs av",
            "Tidewell Labs AB",
            "Vi behandlar ditt namn och din e-postadress.",
        ),
        (
            "Personvernerklæring",
            "Tjenesten drives av",
            "Tidewell Labs AS",
            "Vi behandler navnet ditt og e-postadressen din.",
        ),
        (
            "Politique de confidentialité",
            "Le site est édité par",
            "Tidewell Labs SAS",
            "Nous traitons vos nom et adresse e-mail.",
        ),
        (
            "Informativa privacy",
            "Il sito è gestito da",
            "Tidewell Labs S.r.l.",
            "Trattiamo il tuo nome e il tuo indirizzo e-mail.",
        ),
        (
            "Política de privacidad",
            "La aplicación está operada por",
            "Tidewell Labs, S.L.",
            "Tratamos tu nombre y tu dirección de correo electrónico.",
        ),
        (
            "Política de Privacidade",
            "A loja online é gerida pela",
            "Tidewell Labs, Lda.",
            "Tratamos o seu nome e o seu endereço de e-mail.",
        ),
        (
            "Polityka prywatności",
            "Sklep internetowy jest prowadzony przez",
            "Tidewell Labs sp. z o.o.",
            "Przetwarzamy Twoje imię i adres e-mail.",
        ),
    ],
)
def test_the_service_run_by_a_company_names_the_controller(title: str, run_by: str, company: str, body: str) -> None:
    """«Tjänsten drivs av Racketlabbet Sverige AB»: the service itself run by a company (the pack's
    ``operator_cues``, opening the sentence) names the controller."""
    text = f"{title}\n\n{run_by} {company}, Harbour Road 4, 1000 Portbury.\n\n{body}\n"
    assert _controller(text) == company


def test_a_part_of_the_service_run_by_a_company_names_a_processor() -> None:
    """«drivs av» (run by) after another subject than the service names a processor: «Beställningscentralen
    drivs av Samres AB», «… och e-tjänsten drivs av Abou AB» (the cue does not open the sentence)."""
    for line in (
        "Beställningscentralen drivs av Samres AB på regionens uppdrag.",
        "Vi anlitar personuppgiftsbiträden: ärendesystemet levereras av Sokigo AB och e-tjänsten drivs av Abou AB.",
    ):
        assert _controller(f"Integritetspolicy för färdtjänst\n\n{line}\n\nVi behandlar ditt namn.\n") is None
