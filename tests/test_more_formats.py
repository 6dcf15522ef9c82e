"""The formats people also save policies in: OpenDocument text (LibreOffice's default), RTF (macOS
TextEdit's and WordPad's default) and Safari's web archives. Each is read into the same blocks as
the formats before it (headings, paragraphs, list items, table rows) and analysed the same way;
a damaged file gets a clear error."""

from __future__ import annotations

import io
import plistlib

import pytest

from policylens.core import errors
from policylens.core.analyze import analyze
from policylens.core.loaders import load_bytes, sniff

POLICY_LINES = [
    ("h1", "Privacy Policy of Ferndale Books"),
    ("p", "Ferndale Books Ltd collects your name, your e-mail address and your order history."),
    ("h2", "Who receives your data"),
    ("p", "We share your address with our parcel carrier, DHL, to deliver your orders."),
    ("li", "You can ask for a copy of your data."),
    ("li", "You can ask us to delete your data."),
    ("p", "We keep invoices for 6 years. Contact: privacy@ferndale.example"),
]


def _odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text="Ferndale Books – privacy"))
    lst = None
    for kind, line in POLICY_LINES:
        if kind == "li":
            if lst is None:
                lst = List()
                doc.text.addElement(lst)
            item = ListItem()
            item.addElement(P(text=line))
            lst.addElement(item)
            continue
        lst = None
        if kind.startswith("h"):
            doc.text.addElement(H(outlinelevel=int(kind[1]), text=line))
        else:
            p = P()
            first, rest = line.split(" ", 1)
            p.addElement(Span(stylename=bold, text=first))
            p.addText(" " + rest)
            doc.text.addElement(p)
    table = Table(name="Retention")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for cells in (("Data", "Kept for"), ("Order history", "6 years")):
        row = TableRow()
        for c in cells:
            cell = TableCell()
            cell.addElement(P(text=c))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


# what macOS TextEdit writes (Cocoa RTF): a line ending in a backslash ends a paragraph, bullets
# are {\listtext} groups, accented letters are \'hh bytes of the ANSI code page
TEXTEDIT_RTF = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
{\*\listtable{\list\listtemplateid1\listhybrid{\listlevel\levelnfc23\levelnfcn23\leveljc0\leveljcn0\levelfollow0
\levelstartat1\levelspace360\levelindent0{\*\levelmarker \{disc\}}{\leveltext\leveltemplateid1\'01\uc0\u8226 ;}
{\levelnumbers;}\fi-360\li720\lin720 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f0\fs24 \cf0 Politique de confidentialit\'e9 de Caf\'e9 Lum\'e8re\
\
Nous collectons votre nom, votre adresse e-mail et l\'92historique de vos commandes.\
Vous pouvez :\
\pard\tx220\tx720\pardirnatural\partightenfactor0
\ls1\ilvl0\cf0 {\listtext	\uc0\u8226 	}demander une copie de vos donn\'e9es ;\
{\listtext	\uc0\u8226 	}demander l\'92effacement de vos donn\'e9es.\
\pard\tx566\pardirnatural\partightenfactor0
\cf0 \
Nous conservons vos factures pendant 10 ans. Contact : dpo@cafelumiere.example}"""

# what Word writes: a style sheet, a generator, an outline level on headings, \uN with an ANSI
# fallback, a table, a field whose instruction is hidden and whose result is shown
WORD_RTF = rb"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}
{\*\generator Microsoft Word 16.0;}{\stylesheet{\ql \li0\ri0 Normal;}{\s1\ql\outlinelevel0 heading 1;}}
{\info{\title Datenschutz}{\author Jane Doe}}
\pard\plain \s1\ql\outlinelevel0 {\b Datenschutzerkl\u228\'e4rung der Beispiel GmbH\par}
\pard\plain \ql Wir erheben Ihren Namen und Ihre E-Mail-Adresse.\par
\trowd\cellx3000\cellx6000\pard\intbl Zweck\cell Speicherdauer\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Rechnungen\cell 10 Jahre\cell\row
\pard\plain Sie haben das Recht auf Auskunft und L\u246\'f6schung. Mehr unter {\field
{\*\fldinst HYPERLINK "https://beispiel.example/datenschutz"}{\fldrslt beispiel.example/datenschutz}}.\par
{\pict\wmetafile8\picw100\pich100 0100090000035000000000002700000000000400}
}"""


def _webarchive(html: bytes, *, encoding: str | None = "UTF-8", mime: str = "text/html") -> bytes:
    main: dict[str, object] = {
        "WebResourceData": html,
        "WebResourceFrameName": "",
        "WebResourceMIMEType": mime,
        "WebResourceURL": "https://www.ferndale.example/privacy",
    }
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    archive = {
        "WebMainResource": main,
        "WebSubresources": [
            {
                "WebResourceData": b"\x89PNG\r\n\x1a\n" + bytes(64),
                "WebResourceMIMEType": "image/png",
                "WebResourceURL": "https://www.ferndale.example/logo.png",
            }
        ],
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Privacy – Ferndale Books</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><main><h1>Privacy Policy</h1>"
    "<p>Ferndale Books Ltd collects your name, your e-mail address and your order history.</p>"
    "<h2>Your rights</h2><ul><li>You can ask for a copy of your data.</li>"
    "<li>You can ask us to delete your data.</li></ul>"
    "<p>We keep invoices for 6 years. Write to privacy@ferndale.example – Ferndale Books, Bücherstraße 1.</p>"
    "</main><footer>© Ferndale</footer></body></html>"
)


def _kinds(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_an_odt_is_read_with_its_structure() -> None:
    data = _odt()
    assert sniff(data, "policy.odt") == "odt" and sniff(data, "policy") == "odt"
    doc = load_bytes(data, "policy.odt")
    kinds = _kinds(doc)
    assert ("heading", "Privacy Policy of Ferndale Books") in kinds
    assert ("heading", "Who receives your data") in kinds
    assert ("list_item", "You can ask us to delete your data.") in kinds
    assert ("paragraph", "Order history | 6 years") in kinds
    assert "Ferndale Books Ltd collects your name" in doc.text  # the bold span and its text joined
    assert doc.title == "Ferndale Books – privacy"
    s = analyze(doc)
    assert {c.category for c in s.collected} >= {"identity", "contact", "financial"}
    assert {r.right for r in s.rights} >= {"access", "erasure"}
    assert any(p.days and round(p.days) == 2190 for p in s.retention.periods)
    assert "privacy@ferndale.example" in s.contact.emails


def test_textedit_rtf() -> None:
    assert sniff(TEXTEDIT_RTF, "policy.rtf") == "rtf"
    assert sniff(TEXTEDIT_RTF, "policy.txt") == "rtf"  # by content
    doc = load_bytes(TEXTEDIT_RTF, "policy.rtf")
    assert "Helvetica" not in doc.text and "disc" not in doc.text and "cocoa" not in doc.text
    assert "Politique de confidentialité de Café Lumère" in doc.text
    assert "l’historique de vos commandes" in doc.text
    assert "• demander une copie de vos données ;" in " ".join(doc.text.split())
    s = analyze(doc)
    assert s.language.code == "fr"
    assert {r.right for r in s.rights} >= {"access", "erasure"}
    assert "dpo@cafelumiere.example" in s.contact.emails


def test_word_rtf() -> None:
    doc = load_bytes(WORD_RTF, "datenschutz.rtf")
    kinds = _kinds(doc)
    assert kinds[0] == ("heading", "Datenschutzerklärung der Beispiel GmbH")  # \u228 and its fallback \'e4: one ä
    assert ("paragraph", "Rechnungen | 10 Jahre") in kinds
    assert "Auskunft und Löschung" in doc.text
    assert "beispiel.example/datenschutz" in doc.text and "HYPERLINK" not in doc.text
    assert "Jane Doe" not in doc.text and "Microsoft Word" not in doc.text and "0100090000" not in doc.text
    s = analyze(doc)
    assert {r.right for r in s.rights} >= {"access", "erasure"}


def test_safari_web_archive() -> None:
    data = _webarchive(PAGE.encode("utf-8"))
    assert sniff(data, "Privacy.webarchive") == "webarchive" and sniff(data, "Privacy") == "webarchive"
    doc = load_bytes(data, "Privacy.webarchive")
    assert "Ferndale Books Ltd collects your name" in doc.text and "Bücherstraße" in doc.text
    assert "Shop" not in doc.text and "© Ferndale" not in doc.text  # the page's menus and footer stay out
    assert ("list_item", "You can ask us to delete your data.") in _kinds(doc)
    assert doc.title and "Ferndale" in doc.title
    s = analyze(doc)
    assert {r.right for r in s.rights} >= {"access", "erasure"}
    # the page's own charset when the archive names none; a Latin-1 page stays Latin-1
    latin = PAGE.replace("utf-8", "iso-8859-1").replace("–", "-").encode("latin-1")
    assert "Bücherstraße" in load_bytes(_webarchive(latin, encoding=None), "p.webarchive").text
    # an archive of a plain-text page
    text = b"Privacy policy\n\nWe collect your e-mail address and keep it for 2 years.\n"
    assert "keep it for 2 years" in load_bytes(_webarchive(text, mime="text/plain"), "p.webarchive").text


@pytest.mark.parametrize(
    ("data", "name", "error"),
    [
        (b"PK\x03\x04" + bytes(100), "policy.odt", errors.CorruptDocument),
        (b"just some words, not a zip", "policy.odt", errors.CorruptDocument),
        (b"{\\rtf1\\ansi " + b"{" * 5000 + b"x" + b"}" * 5000 + b"}", "deep.rtf", errors.CorruptDocument),
        (b"{\\rtf1\\ansi {\\fonttbl\\f0 Helvetica;}}", "empty.rtf", errors.EmptyDocument),
        (b"plain words in a file called rtf", "policy.rtf", errors.CorruptDocument),
        (b"bplist00" + bytes(40), "policy.webarchive", errors.CorruptDocument),
        (plistlib.dumps({"a": 1}, fmt=plistlib.FMT_BINARY), "settings.plist", errors.UnsupportedFormat),
        (_webarchive(b"\x89PNG\r\n\x1a\n" + bytes(64), mime="image/png"), "img.webarchive", errors.UnsupportedFormat),
    ],
)
def test_damaged_or_foreign_files_get_a_clear_error(data: bytes, name: str, error: type) -> None:
    with pytest.raises(error) as info:
        load_bytes(data, name)
    assert str(info.value)  # a message a person can read, no traceback


def test_a_truncated_odt_is_damaged() -> None:
    data = _odt()
    with pytest.raises(errors.CorruptDocument):
        load_bytes(data[: len(data) // 2], "policy.odt")
