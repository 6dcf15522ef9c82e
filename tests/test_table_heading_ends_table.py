"""A heading between two text-row tables of different widths ends the first: the second table has its
own header row ("Uppgift | Lagringstid" under its heading is no row of the cookie table above, whose
"Leverantör" column names recipients), so its cells are not read as recipients. A short line read as
a heading inside one table (rows of the same width on both sides) does not split it."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.engine.contexts import segment_document, table_heads
from policylens.core.loaders import load_text
from policylens.core.rules import load_pack

SV_TWO_TABLES = (
    "Integritetspolicy\n\n"
    "Kakor\n"
    "Vi använder kakor på webbplatsen.\n\n"
    "Kaka | Leverantör | Ändamål\n"
    "_ga | Google Analytics | besöksstatistik\n\n"
    "Hur länge vi sparar uppgifterna\n\n"
    "Uppgift | Lagringstid\n\n"
    "Kundkonto | tills du stänger kontot\n\n"
    "Kundtjänstärenden | 2 år\n"
)


def head_row(text: str, lang: str, row_start: str) -> str:
    """The text of the header row that the row starting with ``row_start`` stands under ("" for none)."""
    doc = load_text(text, "policy.txt")
    pack = load_pack(lang)
    sents = segment_document(doc, [pack] * len(doc.blocks), pack)
    heads = table_heads(doc, sents)
    row = next(i for i, s in enumerate(sents) if doc.text[s.start : s.end].startswith(row_start))
    return doc.text[sents[heads[row]].start : sents[heads[row]].end] if heads[row] >= 0 else ""


def test_a_heading_starts_a_new_table() -> None:
    assert head_row(SV_TWO_TABLES, "sv", "Kundkonto").startswith("Uppgift")


def test_the_second_tables_cells_are_no_recipients() -> None:
    s = analyze(load_text(SV_TWO_TABLES, "policy.txt"))
    names = {n for sh in s.shared_with for n in sh.names}
    assert "Google" in names
    assert not any("kontot" in n or n == "Lagringstid" for n in names)


def test_a_heading_line_inside_a_table_of_one_width_keeps_it() -> None:
    text = (
        "Politique de confidentialité\n\n"
        "| Type de données | Durée de conservation |\n| --- | --- |\n"
        "| Données de compte | 2 ans |\n\n"
        "Suppression possible à la demande\n\n"
        "| Données du support | 1 mois |\n"
    )
    assert head_row(text, "fr", "| Données du support").startswith("| Type")


IT_TWO_TABLES_OF_ONE_WIDTH = (
    "Informativa privacy\n\n"
    "1. DATI RACCOLTI\n\n"
    "Categoria | Esempi | Da dove arrivano\n"
    "Dati di contatto | nome, e-mail | da te\n"
    "Comunicazioni | messaggi in chat | da te\n\n"
    "Le foto che carichi servono solo a ricavare le misure.\n\n"
    "2. FINALITÀ E BASI GIURIDICHE\n\n"
    "Finalità | Base giuridica | Conservazione\n"
    "Gestione dell'ordine | esecuzione del contratto | 10 anni dalla consegna per i documenti contabili\n"
    "Promemoria del carrello | legittimo interesse | 30 giorni\n"
)


def test_a_numbered_heading_starts_a_new_table_of_the_same_width() -> None:
    assert head_row(IT_TWO_TABLES_OF_ONE_WIDTH, "it", "Gestione").startswith("Finalità")
    # the header's «Conservazione» makes its rows retention rows: the ten years are found
    days = {
        round(p.days)
        for p in analyze(load_text(IT_TWO_TABLES_OF_ONE_WIDTH, "policy.txt")).retention.periods
        if p.days is not None
    }
    assert 3650 in days


EN_HEADER_AFTER_A_LEAD_IN = (
    "Privacy notice\n\n"
    "What we keep\n\n"
    "The rows below set out our processing. Each row reads: purpose | data | how long we keep it.\n\n"
    "Orders | name, address | 6 years from the end of the financial year, as tax law requires\n\n"
    "Support | your e-mails | 2 years from the last message\n"
)


def test_the_header_of_a_table_is_the_sentence_holding_its_cells() -> None:
    # a lead-in paragraph that ends in the columns: its rows stand under that sentence, not the first
    assert head_row(EN_HEADER_AFTER_A_LEAD_IN, "en", "Support").startswith("Each row reads")
    s = analyze(load_text(EN_HEADER_AFTER_A_LEAD_IN, "policy.txt"), require_policy=False)
    assert "legal_requirement" in s.retention.kinds
    assert 730 in {p.days for p in s.retention.periods}
