"""Tables as policies write them (markdown rows "| a | b |", or cells joined by " | " from a web
page or a Word file): a later row inherits the contexts of the table's header row, a header row
marked by a "| --- |" separator is column labels (no finding), and the first column of a table
headed by a processor's label names recipients."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.engine.contexts import build, segment_document, table_heads
from policylens.core.loaders import load_text
from policylens.core.models import Summary
from policylens.core.rules import load_pack
from policylens.render import named_items


def summary(text: str) -> Summary:
    return analyze(load_text(text, "policy.txt"))


def collected(s: Summary) -> dict[str, list[str]]:
    return {c.category: c.items for c in s.collected}


def names(s: Summary) -> set[str]:
    return {n for sh in s.shared_with for n in sh.names}


FR_DATA_TABLE = (
    "Politique de confidentialité\n\n"
    "Durée de conservation de vos données\n\n"
    "| Type de données | Durée de conservation |\n| --- | --- |\n"
    "| Adresse e-mail et numéro de téléphone | 2 ans |\n"
    "| Adresse IP | 6 mois |\n"
)


def test_a_row_inherits_its_header_rows_contexts() -> None:
    """"Type de données" says the rows are data: they are collected, without a verb of their own."""
    got = collected(summary(FR_DATA_TABLE))
    assert "contact" in got and "device" in got


def test_rows_of_a_table_without_such_a_header_inherit_nothing() -> None:
    text = FR_DATA_TABLE.replace("| Type de données | Durée de conservation |", "| Ligne | Délai |").replace(
        "Durée de conservation de vos données", "Informations pratiques"
    )
    got = collected(summary(text + "\nNous collectons les cookies de session.\n"))
    assert "device" not in got


def test_a_data_column_header_holds_under_a_heading_about_purposes() -> None:
    """"Käsiteltävät tiedot ja käyttötarkoitukset" is a heading about purposes, which passes on no
    "collect"; the header row's data column ("Tietoryhmä") still makes its rows name data."""
    text = (
        "Tietosuojaseloste\n\nKäsiteltävät tiedot ja käyttötarkoitukset\n\n"
        "| Tietoryhmä | Esimerkkejä | Mihin käytämme |\n|---|---|---|\n"
        "| Yhteyshenkilön perustiedot | nimi, työsähköposti, puhelinnumero | asiakassuhteen hoito |\n"
        "| Käytön tiedot | klikkaukset, selain ja IP-osoite | tuotekehitys |\n"
    )
    got = collected(summary(text))
    assert {"identity", "contact", "device"} <= set(got)


def test_a_marked_header_row_is_column_labels() -> None:
    """"| Nom du cookie | Finalité |": "Nom" labels a column, it is no name collected."""
    text = (
        "Politique de confidentialité\n\nNous utilisons des cookies sur notre site.\n\n"
        "| Nom du cookie | Finalité | Durée |\n| --- | --- | --- |\n| _session | Connexion | 1 jour |\n"
    )
    assert "identity" not in collected(summary(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Privacy Policy\n\nWe collect your e-mail address to run your account.\n\n"
            "Our sub-processors\n\n| Processor | Purpose | Location |\n| --- | --- | --- |\n"
            "| Quillmark | Sending e-mail | EU |\n| Nordhaven Cloud | Hosting | Sweden |\n",
            {"Quillmark", "Nordhaven Cloud"},
        ),
        (
            "Politique de confidentialité\n\nNous collectons votre adresse e-mail pour gérer votre compte.\n\n"
            "Partenaire | Traitement réalisé | Pays\nTrivello | Envoi des lettres d'information | UE\n"
            "Zamporo | Hébergement | France\n",
            {"Trivello", "Zamporo"},
        ),
    ],
)
def test_the_first_column_under_a_processors_label_names_recipients(text: str, expected: set[str]) -> None:
    s = summary(text)
    assert expected <= names(s)
    assert "service_providers" in {sh.recipient for sh in s.shared_with}


def test_a_table_of_other_things_names_no_recipient() -> None:
    text = (
        "Privacy Policy\n\nWe collect your e-mail address to run your account.\n\n"
        "| Plan | Price |\n| --- | --- |\n| Quillmark | 5 EUR |\n"
    )
    assert "Quillmark" not in names(summary(text))


def test_table_heads_follow_row_runs() -> None:
    text = (
        "Title line here for the test\n\n| A | B |\n| --- | --- |\n| a1 | b1 |\n| a2 | b2 |\n\n"
        "A paragraph between tables that is long enough.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n"
        "| C | D |\n| c1 | d1 |\n"
    )
    doc = load_text(text, "t.txt")
    pack = load_pack("en")
    sents = segment_document(doc, [pack] * len(doc.blocks), pack)
    heads = table_heads(doc, sents)
    by_text = {doc.text[s.start : s.end].strip(): heads[i] for i, s in enumerate(sents)}
    head_ab = next(i for i, s in enumerate(sents) if doc.text[s.start : s.end].strip() == "| A | B |")
    head_cd = next(i for i, s in enumerate(sents) if doc.text[s.start : s.end].strip() == "| C | D |")
    assert by_text["| a1 | b1 |"] == by_text["| a2 | b2 |"] == head_ab
    assert by_text["| c1 | d1 |"] == head_cd  # a new table after more than a few other blocks
    assert by_text["| A | B |"] == -1 and by_text["A paragraph between tables that is long enough."] == -1
    seg = build(doc, sents, [pack] * len(sents))
    assert head_ab in seg.header_rows and head_cd not in seg.header_rows  # only "| --- |" marks one


def test_an_item_inside_another_only_as_whole_words() -> None:
    assert named_items(["nom", "prénom", "civilité"]) == ["nom", "prénom", "civilité"]
    assert named_items(["e-mail", "adresse e-mail"]) == ["adresse e-mail"]


def test_a_lead_in_takes_the_topic_of_its_paragraph() -> None:
    """"…provide us with information. It may include:" — the list is what is collected."""
    text = (
        "Privacy Policy\n\nPersonal Data\n\n"
        "When you sign up, we ask you to provide us with a few details about yourself. "
        "These details may include, among others:\n\n- Email address\n- First name and last name\n"
    )
    got = collected(summary(text))
    assert "contact" in got and "identity" in got


def test_items_after_a_lead_in_item_of_a_flattened_list() -> None:
    """A list read from a text or PDF file loses its levels: "- We may process these data:" and
    the items after it stand side by side; the next few take its topic."""
    text = (
        "Polityka prywatności\n\n"
        "- Administrator może przetwarzać następujące dane osobowe:\n"
        "- Lokalizacja urządzenia w chwili instalacji aplikacji,\n"
        "- Adres e-mail podany przy rejestracji.\n"
    )
    got = collected(summary(text))
    assert "location" in got and "contact" in got


def test_an_unbulleted_list_one_item_per_paragraph() -> None:
    """A generated app policy sets its list as short paragraphs under the lead-in; the last short
    line before the next paragraph is that paragraph's heading."""
    text = (
        "Privacy Policy\n\nTypes of Data Collected\n\n"
        "While you use the app, we may ask you to give us some details that identify you. "
        "These details may include:\n\n"
        "Email address\n\nFirst name and last name\n\nPhone number\n\nCrash Reports\n\n"
        "Crash reports are sent when the app stops unexpectedly; they hold the app version.\n"
    )
    doc = load_text(text, "t.txt")
    pack = load_pack("en")
    sents = segment_document(doc, [pack] * len(doc.blocks), pack)
    kinds = {doc.text[s.start : s.end]: s.kind for s in sents}
    assert kinds["Email address"] == kinds["First name and last name"] == kinds["Phone number"] == "list_item"
    assert kinds["Crash Reports"] != "list_item"
    got = collected(summary(text))
    assert "contact" in got and "identity" in got


def test_two_short_lines_after_a_colon_are_no_list() -> None:
    text = "Privacy Policy\n\nContact us:\n\nSupport Team\n\nOur office\n\nWe answer within a week.\n"
    doc = load_text(text, "t.txt")
    pack = load_pack("en")
    sents = segment_document(doc, [pack] * len(doc.blocks), pack)
    assert not any(s.kind == "list_item" for s in sents)


CCPA = (
    "Privacy Policy\n\nWe have collected the following categories of personal information in the last "
    "twelve months:\n\n| Category | Examples | Collected | Sold |\n| --- | --- | --- | --- |\n"
    "| Identifiers | Real name, postal address, e-mail address | YES | NO |\n"
    "| Biometric information | Fingerprints and voiceprints | NO | NO |\n"
    "| Geolocation data | Physical location or movements | NO | NO |\n"
)


def test_a_row_answering_no_under_collected_states_nothing_collected() -> None:
    """The common American table: a row whose "Collected" cell says NO is no collection (it was
    reported as biometric and location data); a NO under "Sold" leaves the row's collection."""
    got = collected(summary(CCPA))
    assert "contact" in got and "identity" in got
    assert "sensitive" not in got and "location" not in got


def test_a_no_answer_in_the_teams_language() -> None:
    text = (
        "Datenschutzerklärung\n\nWir verarbeiten folgende Kategorien personenbezogener Daten:\n\n"
        "| Kategorie | Beispiele | Erhoben |\n| --- | --- | --- |\n"
        "| Kontaktdaten | Name, E-Mail-Adresse | Ja |\n| Standortdaten | Genauer Standort | Nein |\n"
    )
    got = collected(summary(text))
    assert "contact" in got and "location" not in got


def test_a_why_column_keeps_the_rows_under_a_what_we_collect_heading_collected() -> None:
    """"| Category | Examples | Why |" under "Which data do we hold about you?": a purpose column in the
    header row does not turn the rows into purposes only."""
    text = (
        "Privatlivspolitik\n\nHvilke oplysninger har vi om dig?\n\n"
        "| Kategori | Eksempler | Hvorfor |\n|---|---|---|\n"
        "| Stamoplysninger | navn, adresse, telefon, e-mail | levering og kundeservice |\n"
        "| Betaling | kortoplysninger, betalingshistorik | opkrævning |\n\n"
        "Vi opbevarer oplysningerne, så længe du er kunde.\n"
    )
    got = collected(summary(text))
    assert "contact" in got and "financial" in got


def test_a_row_reads_with_its_column_labels_for_rules_that_need_their_context_in_the_sentence() -> None:
    """"10 vuotta kirjanpitolain mukaan" in a row under "| Tieto | Säilytysaika |" is a legal retention:
    the header's "Säilytysaika" (retention) belongs to the row's sentence, as a label of its cell."""
    text = (
        "Tietosuojaseloste\n\nKeräämme nimesi ja osoitteesi.\n\nTaulukko\n\n"
        "| Tieto | Säilytysaika |\n|---|---|\n| Sopimustiedot | 3 vuotta |\n"
        "| Laskut ja kirjanpitoaineisto | 10 vuotta kirjanpitolain mukaan |\n"
    )
    s = summary(text)
    assert "legal_requirement" in s.retention.kinds


def test_a_row_answering_no_under_a_sharing_column_shares_nothing() -> None:
    """The American financial notice's table: "No" under "Does X share?" is no sharing for that
    row; "Yes" keeps it, whatever the column about limiting says."""

    def shared(answer: str) -> set[str]:
        text = (
            "Privacy notice\n\nWe collect your income and your account balances.\n\n"
            "| Reasons we can share your personal information | Does Northfield share? "
            "| Can you limit this sharing? |\n"
            "|---|---|---|\n"
            f"| For our affiliates' everyday business purposes | {answer} | No |\n"
        )
        return {sh.recipient for sh in summary(text).shared_with}

    assert "affiliates" in shared("Yes")
    assert "affiliates" not in shared("No")


def test_a_kind_of_company_in_a_recipients_column_names_none() -> None:
    text = (
        "Política de privacidade da Examplo, Lda.\n\n"
        "3. A QUEM TRANSMITIMOS OS DADOS\n\n"
        "Destinatário | Para quê | Onde\n"
        "Easypay | pagamentos por Multibanco e cartão | Portugal\n"
        "CTT Expresso | entregas em Portugal | Portugal\n"
        "Gabinete de contabilidade | contabilidade | Funchal\n"
    )
    names = {n for sh in analyze(load_text(text, "policy.txt")).shared_with for n in sh.names}
    assert {"Easypay", "CTT Expresso"} <= names
    assert not any(n.startswith("Gabinete") for n in names)
