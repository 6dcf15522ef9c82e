"""Plain text → blocks (structure.py), and loaders that must never fail with anything but a typed error."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens.core import errors
from policylens.core.document import Block
from policylens.core.loaders import load_bytes
from policylens.core.loaders.pdf import rebuild_paragraphs
from policylens.core.structure import blocks_from_text, is_list_line, is_numbered_clause

SHARED_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def kinds(text: str) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, text[b.start : b.end]) for b in blocks_from_text(text)]


def test_creality_style_clauses_and_headings() -> None:
    text = (
        "I. QUE COLLECTONS-NOUS ?\n"
        "Les informations que vous nous communiquez sont conservées aussi longtemps que nécessaire, sauf si :\n"
        "1. Des dispositions claires sont prévues par les lois et les règlements ;\n"
        "2. Nous avons obtenu votre autorisation et votre consentement ; et\n"
        "(1) les informations de journal ;\n"
        "a) les cookies.\n"
        "III. MODALITÉS DE CONSERVATION\n"
    )
    got = kinds(text)
    assert got[0] == ("heading", 1, "I. QUE COLLECTONS-NOUS ?")
    assert got[1][0] == "paragraph"
    assert [k for k, _, _ in got[2:6]] == ["list_item"] * 4
    assert got[6] == ("heading", 1, "III. MODALITÉS DE CONSERVATION")


def test_numbered_titles_bullets_and_labels() -> None:
    text = (
        "1. Informations que Nous Collectons\n\n1.1 Informations Fournies\n\n"
        "  • Nom et prénom\n    – initiales\n  • Adresse e-mail\n\n"
        "E-mail : support@example.com\n\nDernière mise à jour : 1er juin 2024\n\nLes cookies :\n\n"
        "Vos droits ?\n\nDatalagring\n\nTitre souligné\n==============\n\n## Markdown\n"
    )
    got = kinds(text)
    assert ("heading", 2, "1. Informations que Nous Collectons") in got
    assert ("heading", 3, "1.1 Informations Fournies") in got
    assert ("list_item", 1, "• Nom et prénom") in got and ("list_item", 2, "– initiales") in got
    assert ("list_item", 1, "• Adresse e-mail") in got  # indentation relative to its list
    assert ("paragraph", 0, "E-mail : support@example.com") in got
    assert ("paragraph", 0, "Dernière mise à jour : 1er juin 2024") in got
    for heading in ("Les cookies :", "Vos droits ?", "Datalagring", "Markdown"):
        assert any(k == "heading" and t.endswith(heading) for k, _, t in got), heading
    assert any(k == "heading" and t.startswith("Titre souligné") for k, _, t in got)


def test_name_dash_task_lines_are_a_list_without_bullets() -> None:
    # "Name — what it does" on consecutive lines: entries of a list written without bullets, not a
    # heading followed by paragraphs; one such line alone keeps its reading
    text = (
        "Nos prestataires :\n\n"
        "Weezevent — billetterie en ligne\n"
        "Lydia Pro – encaissement des paiements\n"
        "Sendinblue — envoi des courriels\n\n"
        "Partie 2 — données collectées\n\n"
        "Texte suivant.\n"
    )
    got = kinds(text)
    assert ("list_item", 1, "Weezevent — billetterie en ligne") in got
    assert ("list_item", 1, "Lydia Pro – encaissement des paiements") in got
    assert ("list_item", 1, "Sendinblue — envoi des courriels") in got
    assert not any(k == "list_item" and t.startswith("Partie 2") for k, _, t in got)


def test_numbered_name_dash_task_lines_are_a_list_not_titles() -> None:
    # the same entries numbered one by one ("1. Stripe – kortbetaling"): items of a numbered list,
    # whose names are recipients, not a run of numbered section titles; a numbered title alone,
    # or numbered titles with a capital after the dash, keep their reading
    text = (
        "Vi bruker disse leverandørene:\n"
        "1. Kartverket Data – kart og adressesøk\n"
        "2. Stripe – kortbetaling\n"
        "3. Twilio – maskerte telefonnumre og SMS\n\n"
        "4. Lagring – Hvor lenge\n\n"
        "Texte suivant.\n"
    )
    got = kinds(text)
    assert ("list_item", 1, "2. Stripe – kortbetaling") in got
    assert ("list_item", 1, "3. Twilio – maskerte telefonnumre og SMS") in got
    assert any(k == "heading" and t.startswith("4. Lagring") for k, _, t in got)


def test_paragraph_sign_titles_are_headings() -> None:
    """Polish and German shop policies number their sections "§ 2. Jakie dane przetwarzamy", "§ 3 Speicherdauer"."""
    text = "§ 2. Jakie dane przetwarzamy\n\nZbieramy Twoje imię.\n\n§ 3 Speicherdauer\n\n§ 4a. Cookies\n"
    got = kinds(text)
    for title in ("§ 2. Jakie dane przetwarzamy", "§ 3 Speicherdauer", "§ 4a. Cookies"):
        assert ("heading", 2, title) in got, title
    assert ("paragraph", 0, "Zbieramy Twoje imię.") in got


def test_clauses_numbered_by_a_word_in_capitals_are_headings() -> None:
    """Spanish and Portuguese deed-style policies number their clauses by a word: «SEGUNDO. Datos que
    tratamos.», its title closed by a period. A sentence after such a word is no title."""
    text = (
        "PRIMERO. Responsable del tratamiento.\n\nLa Asociación trata sus datos.\n\n"
        "SEGUNDO. Datos que tratamos y de dónde proceden.\n\nTratamos su nombre y su correo.\n\n"
        "NOTA. Los datos de los socios se conservan mientras dure su condición de socio y, después, cinco años.\n"
    )
    got = kinds(text)
    assert ("heading", 2, "PRIMERO. Responsable del tratamiento.") in got
    assert ("heading", 2, "SEGUNDO. Datos que tratamos y de dónde proceden.") in got
    assert ("paragraph", 0, "Tratamos su nombre y su correo.") in got
    assert got[-1][0] == "paragraph"


def test_wrapped_lines_join_their_paragraph_or_item() -> None:
    text = "Nous collectons votre nom\net votre adresse.\n- un élément\n  qui continue\nFin."
    got = kinds(text)
    assert got[0] == ("paragraph", 0, "Nous collectons votre nom\net votre adresse.")
    assert got[1] == ("list_item", 1, "- un élément\n  qui continue")


def test_a_text_wrapped_at_a_width_joins_lines_that_start_with_a_capital() -> None:
    """A text wrapped at 60 characters: «der⏎Server» is one sentence (German nouns are capitalised), as the
    wrapping had to break there; a short line (the next word would have fitted) ends its paragraph, and a
    line that ends a clause ends it too. A text not wrapped at a width keeps such lines apart."""
    import itertools
    import textwrap

    para = (
        "Beim Aufruf unserer Website speichert der Server Ihre IP-Adresse, den Browsertyp und das "
        "Betriebssystem sowie Datum und Uhrzeit des Zugriffs. Diese Daten werden nach sieben Tagen "
        "gelöscht, es sei denn, ein Angriff auf die Website muss aufgeklärt werden. Ihre Bewertung "
        "erscheint mit Ihrem Vornamen öffentlich auf Trustpilot, wenn Sie dort eine Bewertung abgeben."
    )
    lines = textwrap.wrap(para + " " + para, 60, break_on_hyphens=False)
    assert any(ln.split()[0][0].isupper() and not prev.endswith(".") for prev, ln in itertools.pairwise(lines))
    text = "\n".join(lines) + "\n\nListe der Daten\nName und Anschrift der Kundin oder des Kunden\nTelefon\n"
    got = kinds(text)
    assert ("paragraph", 0, "\n".join(lines)) in got
    assert ("paragraph", 0, "Name und Anschrift der Kundin oder des Kunden") in got
    # the same lines in a text of long unwrapped paragraphs stay apart
    long = "\n\n".join([para] * 8)
    got = kinds(long + "\n\nWir speichern die Daten bei der\nSpedition Hermes.\n")
    assert ("paragraph", 0, "Spedition Hermes.") in got


def test_helpers() -> None:
    assert is_list_line("(1) texte") and is_list_line("• texte") and is_list_line("a) texte")
    assert is_list_line("→ Faturas: 10 anos, por imposição legal.")
    assert is_list_line("➤ Newsletter : jusqu'à la désinscription")
    assert not is_list_line("→") and not is_list_line("A → B")
    assert not is_list_line("1. Informations")
    assert is_numbered_clause("1. Des dispositions claires sont prévues ;")
    assert not is_numbered_clause("1. Informations que nous collectons")


def test_crlf_offsets_are_spans() -> None:
    text = "Titre\r\n\r\nNous collectons votre nom.\r\n"
    for b in blocks_from_text(text):
        assert text[b.start : b.end] == text[b.start : b.end].strip()
        assert "\r" not in text[b.start : b.end]


@given(st.text(alphabet=st.sampled_from(list("ab C.:;•-(1)\n\t é")), max_size=300))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_blocks_are_ordered_trimmed_spans(text: str) -> None:
    prev = 0
    for b in blocks_from_text(text):
        assert isinstance(b, Block)
        assert prev <= b.start < b.end <= len(text)
        assert text[b.start : b.end].strip() == text[b.start : b.end]
        prev = b.end


def test_pdf_paragraph_rebuild() -> None:
    pages = [
        ["Exemple SA", "1. Données", "Nous collectons vos informa-", "tions de compte et votre e-", "mail quand",
         "vous créez un compte chez nous.", "•", "Nom", "Page 1"],
        ["Exemple SA", "Le e-mail est conservé trois ans après la clôture du compte client de", "l'utilisateur.",
         "2. Droits", "Page 2"],
        ["Exemple SA", "Vous pouvez demander l'accès à vos données.", "Page 3"],
    ]
    text = rebuild_paragraphs(pages)
    assert "Exemple SA" not in text and "Page" not in text
    assert "Nous collectons vos informations de compte et votre e-mail quand vous créez un compte chez nous." in text
    assert "• Nom" in text
    assert "1. Données\n" in text and "\n2. Droits\n" in text


@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.md", "x.html", "x.mhtml", "x.pdf", "x.docx", "x"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_give_a_document_or_a_typed_error(data: bytes, name: str) -> None:
    try:
        doc = load_bytes(data, name)
    except errors.InputError:
        return
    assert doc.text.strip()


@pytest.mark.parametrize(
    "prefix", [b"%PDF-1.4\n", b"PK\x03\x04", b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n",
               b"<!doctype html><html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]
)
@given(tail=st.binary(max_size=600))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_damaged_files_of_each_kind(prefix: bytes, tail: bytes) -> None:
    with contextlib.suppress(errors.InputError):  # a document, or a typed error: nothing else
        load_bytes(prefix + tail, "damaged")


@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="shared/corpus/dev is not beside the checkout")
def test_dev_corpus_as_text_and_as_web_pages() -> None:
    """Every real policy of the dev corpus loads, as its text file and wrapped in a web page."""
    import html

    for path in sorted(SHARED_DEV.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        start = time.perf_counter()
        doc = load_bytes(path.read_bytes(), path.name)
        assert doc.text == text.replace("\r\n", "\n") and doc.blocks
        page = "<!doctype html><html><head><title>P</title></head><body><nav>Menu</nav><main>" + "".join(
            f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
        ) + "</main><footer>Pied</footer></body></html>"
        web = load_bytes(page.encode(), path.stem + ".html")
        assert " ".join(web.text.split()) == " ".join(" ".join(ln.split()) for ln in text.splitlines() if ln.strip())
        assert time.perf_counter() - start < 10


def test_spanish_question_titles_are_headings() -> None:
    """A Spanish FAQ opens its questions with "¿": "¿Qué datos nos das cuando comprás?" titles its answer."""
    text = "¿Qué datos nos das cuando comprás?\n\nNecesitamos tu nombre y tu e-mail.\n\n¡Hola!\n\n¿a quién?\n"
    got = kinds(text)
    assert ("heading", 2, "¿Qué datos nos das cuando comprás?") in got
    assert ("paragraph", 0, "Necesitamos tu nombre y tu e-mail.") in got
    assert not any(k == "heading" and t == "¿a quién?" for k, _, t in got)


def test_a_name_with_an_aside_a_dash_and_its_task_is_no_title() -> None:
    """An unbulleted list of processors ("Help Scout PBC (USA) – customer support e-mails") is no heading;
    a title with a dash and a capital after it still is."""
    text = (
        "Our processors\n\nNordwolke GmbH (Germany) – hosting\n\nLumio Labs Inc. (USA) – SMS messages\n\n"
        "Section 4 (Cookies) – Your Choices\n"
    )
    got = kinds(text)
    assert ("paragraph", 0, "Nordwolke GmbH (Germany) – hosting") in got
    assert ("paragraph", 0, "Lumio Labs Inc. (USA) – SMS messages") in got
    assert any(k == "heading" and t == "Section 4 (Cookies) – Your Choices" for k, _, t in got)


def test_titles_numbered_with_a_parenthesis_are_headings() -> None:
    """"7) Per quanto tempo" titles a section when no numbered line of the same kind is next to it;
    "1) nome" beside "2) cognome" (blank lines or not) stays an item of a numbered list."""
    text = (
        "1) Titolare del trattamento\n\nCinema Esempio S.r.l., Via Roma 1, Padova.\n\n"
        "2) Per quanto tempo\n\n- Biglietti: 10 anni.\n\n"
        "Raccogliamo:\n1) Nome e cognome\n2) Indirizzo e-mail\n\n"
        "Inoltre:\n\n1) Data di nascita\n\n2) Città\n"
    )
    got = kinds(text)
    assert ("heading", 2, "1) Titolare del trattamento") in got
    assert ("heading", 2, "2) Per quanto tempo") in got
    assert ("list_item", 1, "- Biglietti: 10 anni.") in got
    for item in ("1) Nome e cognome", "2) Indirizzo e-mail", "1) Data di nascita", "2) Città"):
        assert any(k == "list_item" and t == item for k, _, t in got), item


def test_titles_lettered_with_a_parenthesis_are_headings() -> None:
    """"G) Durante quanto tempo" titles a section as "7)" does; "A) nome" beside "B) morada" stays an item."""
    text = (
        "F) Cookies\n\nUsamos cookies de estatística.\n\n"
        "G) Durante quanto tempo guardamos os dados\n\n- Faturas: 10 anos.\n\n"
        "Recolhemos:\nA) Nome\nB) Morada\n"
    )
    got = kinds(text)
    assert ("heading", 2, "F) Cookies") in got
    assert ("heading", 2, "G) Durante quanto tempo guardamos os dados") in got
    assert ("list_item", 1, "- Faturas: 10 anos.") in got
    for item in ("A) Nome", "B) Morada"):
        assert any(k == "list_item" and t == item for k, _, t in got), item


def test_last_row_of_a_pipe_table_is_no_heading() -> None:
    # the last row stands above a blank line and is short: it read as a title, and the rules,
    # which never fire on a heading, missed "as long as necessary" in it
    text = (
        "5. Retention\n\n"
        "Data | Kept for\n"
        "Invoices | 5 years\n"
        "Camera images | 30 days\n"
        "Other data | as long as necessary\n\n"
        "6. Your rights\n"
    )
    got = kinds(text)
    assert ("heading", 2, "5. Retention") in got and ("heading", 2, "6. Your rights") in got
    rows = [k for k, _, t in got if "|" in t and t != "Data | Kept for"]
    assert rows and all(k == "paragraph" for k in rows), got


def test_an_item_wrapped_onto_an_indented_line_is_one_item() -> None:
    """ "- … Texas Data Privacy and Security" / "  Act. Anyone can write to us.": the indented line goes on
    with the item above it (it starts with a capital, so only its indent tells); a line at the item's own
    indent after a full stop is a new block."""
    from policylens.core.structure import blocks_from_text

    text = (
        "Privacy\n\n- Texas residents have rights under the Texas Data Privacy and Security\n"
        "  Act. Anyone can write to us.\n- We sell nothing.\n\nNext paragraph.\n"
    )
    got = [(b.kind, text[b.start : b.end]) for b in blocks_from_text(text)]
    assert (
        "list_item",
        "- Texas residents have rights under the Texas Data Privacy and Security\n  Act. Anyone can write to us.",
    ) in got
    assert ("list_item", "- We sell nothing.") in got
