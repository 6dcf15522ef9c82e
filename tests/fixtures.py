"""Make real input files from the seed policies (resources/samples/*.txt), the way people get them:
a PDF with a text layer (reportlab, an embedded TrueType font, running header and page numbers), a
Word .docx (python-docx, Heading and List styles), a web page saved from a browser (navigation,
cookie banner, footer, scripts around the policy), the same page saved as a single file (.mhtml,
quoted-printable, charset only in its <meta>), Windows-1252 and UTF-16 text; and broken ones: a
scanned PDF (an image, no text), an encrypted PDF, a damaged PDF, a .docx that is not a zip, a .docx
zip bomb, an old .doc, a PNG, a program.

Used by tests (session-scoped, into a temporary directory) and by hand:
    .venv/bin/python tests/fixtures.py OUT_DIR      # writes every fixture of every seed there
"""

from __future__ import annotations

import html
import io
import quopri
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"

# page chrome of the saved web pages: none of it may reach the extracted text
NAV_TEXT = ("Accueil du site", "Nos produits phares", "Espace client")
BANNER_TEXT = "Ce site utilise des traceurs pour mesurer l'audience. Tout accepter ou paramétrer vos choix."
FOOTER_TEXT = "Plan du site — Mentions légales — Tous droits réservés 2024"
SCRIPT_TEXT = "window.dataLayer_marker_script"
STYLE_TEXT = "stylesheet_marker_rule"
PDF_HEADER = "Exemple SA — document de test"


@dataclass(frozen=True)
class SeedBlock:
    kind: str  # heading | paragraph | list_item
    level: int
    text: str


def seed_blocks(text: str) -> list[SeedBlock]:
    """The seed's structure as the text loader sees it (headings, paragraphs, list items)."""
    from policylens.core.structure import blocks_from_text

    out = []
    for b in blocks_from_text(text):
        out.append(SeedBlock(b.kind, b.level, " ".join(text[b.start : b.end].split())))
    return out


_BULLET_CHARS = "-–—•·▪◦●○*+ "


def _item_text(text: str) -> str:
    """A list item without its bullet character (the format draws its own)."""
    stripped = text.lstrip(_BULLET_CHARS)
    return stripped if stripped else text


# ---------------------------------------------------------------------------------------------- PDF


def _register_font() -> tuple[str, str]:
    """A TrueType font with French and Nordic letters, embedded so the PDF has a real text layer."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = Path(reportlab.__file__).parent / "fonts"
    if "PLVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PLVera", str(fonts / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("PLVeraBd", str(fonts / "VeraBd.ttf")))
    return "PLVera", "PLVeraBd"


def make_pdf(text: str, path: Path, title: str = "Politique de confidentialité") -> Path:
    """A PDF of the seed: headings in bold, bullets drawn by the layout, wrapped justified
    paragraphs, a running header and "Page N" footer on every page."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    regular, bold = _register_font()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    heads = {
        1: ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=10, spaceAfter=8),
        2: ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6),
        3: ParagraphStyle("h3", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    }

    def esc(s: str) -> str:
        return html.escape(s, quote=False)

    story: list = []
    items: list = []

    def close_list() -> None:
        if items:
            story.append(
                ListFlowable(list(items), bulletType="bullet", start="•", leftIndent=14, bulletFontName=regular)
            )
            story.append(Spacer(1, 4))
            items.clear()

    for b in seed_blocks(text):
        if b.kind == "list_item" and b.text[:1] in _BULLET_CHARS:
            items.append(ListItem(Paragraph(esc(_item_text(b.text)), body)))
            continue
        close_list()
        if b.kind == "heading":
            story.append(Paragraph(esc(b.text), heads[min(3, max(1, b.level))]))
        else:
            story.append(Paragraph(esc(b.text), body))  # "(1) ..." items keep their number
    close_list()

    def chrome(canvas, doc) -> None:  # reportlab's page callback
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, PDF_HEADER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=title, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
        topMargin=2.2 * cm, bottomMargin=2.2 * cm,
    )
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose pages are only a picture of text (what a scanner makes): no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(img)
    for y in range(60, 760, 24):  # lines of "text" as ink strokes
        draw.rectangle((50, y, 50 + (y * 37) % 480 + 20, y + 10), fill=30)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 40, 60, width=A4[0] - 80, height=A4[1] - 120)
        c.showPage()
    c.save()
    return path


def make_encrypted_pdf(source: Path, path: Path, user_password: str = "secret", algorithm: str = "AES-128") -> Path:
    """``source`` encrypted. With ``user_password=""`` it opens without a password (restrictions only)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password=user_password, owner_password="owner-pw", algorithm=algorithm)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_corrupt_pdf(source: Path, path: Path) -> Path:
    """A PDF header, then the file's bytes scrambled: no object can be read."""
    data = source.read_bytes()
    scrambled = bytes((b * 73 + 41) % 256 for b in data[20:4000])
    path.write_bytes(data[:9] + scrambled)
    return path


# --------------------------------------------------------------------------------------------- DOCX


def make_docx(text: str, path: Path, title: str = "Politique de confidentialité") -> Path:
    """A Word document of the seed: Heading N styles, "List Bullet" paragraphs for bulleted items."""
    import docx

    d = docx.Document()
    d.core_properties.title = title
    for b in seed_blocks(text):
        if b.kind == "heading":
            d.add_paragraph(b.text, style=f"Heading {min(3, max(1, b.level))}")
        elif b.kind == "list_item" and b.text[:1] in _BULLET_CHARS:
            d.add_paragraph(_item_text(b.text), style="List Bullet" if b.level <= 1 else "List Bullet 2")
        elif b.kind == "list_item":
            d.add_paragraph(b.text, style="List Number" if b.text[:1].isdigit() else "List Paragraph")
        else:
            d.add_paragraph(b.text)
    d.save(str(path))
    return path


def make_docx_with_table(path: Path) -> Path:
    """A short .docx with a heading, a numbered list and a table (two columns, a header row)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Durées de conservation", style="Heading 1")
    d.add_paragraph("Nous conservons les données suivantes :")
    d.add_paragraph("Données de compte", style="List Number")
    d.add_paragraph("Journaux techniques", style="List Number")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate((("Donnée", "Durée"), ("Adresse e-mail", "3 ans"), ("Adresse IP", "12 mois"))):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    d.add_paragraph("Après ce délai, les données sont supprimées.")
    d.save(str(path))
    return path


def make_zip_bomb_docx(source: Path, path: Path, inflated_mb: int = 64) -> Path:
    """A real .docx plus one part that inflates to ``inflated_mb`` MB of zeros (a thousandfold ratio)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        chunk = b"\x00" * (1024 * 1024)
        with dst.open("word/media/image1.bin", "w") as fh:
            for _ in range(inflated_mb):
                fh.write(chunk)
    return path


# --------------------------------------------------------------------------------------------- HTML


def _policy_html(text: str, title: str) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    open_list = False
    for b in seed_blocks(text):
        if b.kind == "list_item" and b.text[:1] in _BULLET_CHARS:
            if not open_list:
                parts.append('<ul class="policy-list">')
                open_list = True
            parts.append(f"  <li>{html.escape(_item_text(b.text))}</li>")
            continue
        if open_list:
            parts.append("</ul>")
            open_list = False
        if b.kind == "heading":
            n = min(6, b.level + 1)
            parts.append(f'<h{n} id="s{len(parts)}">{html.escape(b.text)}</h{n}>')
        else:
            # inline markup and a line wrap in the source, as real pages have
            words = html.escape(b.text).split(" ")
            if len(words) > 12:
                words[3] = f"<strong>{words[3]}</strong>"
                words[8] = words[8] + "\n      "
            parts.append(f"<p>{' '.join(words)}</p>")
    if open_list:
        parts.append("</ul>")
    return "\n".join(parts)


def make_html(text: str, title: str = "Politique de confidentialité", *, semantic: bool = True,
              charset: str = "utf-8") -> str:
    """A privacy page as a browser saves it: head with styles and scripts, site navigation, a cookie
    banner, the policy, a footer. ``semantic=False`` uses only <div>s (no <main>, <nav>, <footer>)."""
    policy = _policy_html(text, title)
    nav_links = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(NAV_TEXT))
    head = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="{charset}">
<title>{html.escape(title)} | Exemple</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<style>.{STYLE_TEXT} {{ color: red; }} body {{ font-family: sans-serif; }}</style>
<script>{SCRIPT_TEXT} = [{{"event": "page_view"}}]; function gtag(){{}}</script>
<script src="https://www.googletagmanager.com/gtag/js?id=G-XXXX" async></script>
</head>"""
    if semantic:
        body = f"""<body>
<a class="skip-link" href="#content">Aller au contenu</a>
<header class="site-header"><div class="logo">Exemple</div>
<nav aria-label="Menu principal"><ul>{nav_links}</ul></nav></header>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>{BANNER_TEXT}</p><button>Tout accepter</button><button>Refuser</button>
</div>
<main id="content">
<article class="legal">
{policy}
</article>
</main>
<footer class="site-footer"><p>{FOOTER_TEXT}</p><ul><li><a href="/plan">Plan</a></li></ul></footer>
<script>document.getElementById("cookie-banner").hidden = false; var {SCRIPT_TEXT}_2 = 1;</script>
</body></html>"""
    else:
        body = f"""<body>
<div class="top-bar"><div class="menu"><ul>{nav_links}</ul></div></div>
<div class="cc-window cc-banner"><span>{BANNER_TEXT}</span><a class="cc-btn">OK</a></div>
<div class="container"><div class="row"><div class="col-md-9 page-content">
{policy}
</div></div></div>
<div class="footer"><p>{FOOTER_TEXT}</p></div>
<script>var {SCRIPT_TEXT}_3 = 1;</script>
</body></html>"""
    return head + "\n" + body


def make_mhtml(page_html: str, path: Path, charset: str = "windows-1252") -> Path:
    """A page saved by Chrome as a single file: multipart/related, the HTML quoted-printable in
    ``charset`` declared only in its <meta> (not in the part header), a stylesheet and an image."""
    boundary = "----MultipartBoundary--Xq1bK8vE3nM2pL0sT7wR4yU9----"
    body = page_html.encode(charset)
    qp = quopri.encodestring(body).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    import base64

    lines = [
        b"From: <Saved by Blink>",
        b"Snapshot-Content-Location: https://www.example.com/fr/confidentialite",
        b"Subject: =?utf-8?Q?Politique_de_confidentialit=C3=A9?=",
        b"Date: Mon, 3 Jun 2024 10:12:44 +0200",
        b"MIME-Version: 1.0",
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="' + boundary.encode() + b'"',
        b"",
        b"",
        b"--" + boundary.encode(),
        b"Content-Type: text/html",
        b"Content-ID: <frame-1A2B3C@mhtml.blink>",
        b"Content-Transfer-Encoding: quoted-printable",
        b"Content-Location: https://www.example.com/fr/confidentialite",
        b"",
        qp,
        b"--" + boundary.encode(),
        b"Content-Type: text/css",
        b"Content-Transfer-Encoding: quoted-printable",
        b"Content-Location: cid:css-1@mhtml.blink",
        b"",
        b"body { margin: 0; } .stylesheet_marker_rule { color: blue; }",
        b"--" + boundary.encode(),
        b"Content-Type: image/png",
        b"Content-Transfer-Encoding: base64",
        b"Content-Location: https://www.example.com/logo.png",
        b"",
        base64.encodebytes(png).replace(b"\n", b"\r\n"),
        b"--" + boundary.encode() + b"--",
        b"",
    ]
    path.write_bytes(b"\r\n".join(lines))
    return path


def make_mhtml_without_html(path: Path) -> Path:
    """A multipart/related file holding only a stylesheet and an image."""
    boundary = b"----MultipartBoundary--none----"
    path.write_bytes(
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";"
        b'\r\n\tboundary="' + boundary + b'"\r\n\r\n--' + boundary + b"\r\nContent-Type: text/css\r\n\r\n"
        b"body { margin: 0 }\r\n--" + boundary + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64"
        b"\r\n\r\niVBORw0KGgo=\r\n--" + boundary + b"--\r\n"
    )
    return path


# ------------------------------------------------------------------------------------------ all of it

FORMATS = ("pdf", "docx", "html", "mhtml", "html-divs", "cp1252.txt", "utf16.txt", "utf16le.txt", "md")


def make_markdown(text: str) -> str:
    """The seed as Markdown: ``##`` headings, ``-`` bullets, a bold word and a link per paragraph."""
    out = []
    for b in seed_blocks(text):
        if b.kind == "heading":
            out.append("#" * min(6, b.level + 1) + " " + b.text)
        elif b.kind == "list_item" and b.text[:1] in _BULLET_CHARS:
            out.append("- " + _item_text(b.text))
            continue
        elif b.kind == "list_item":
            out.append(b.text)  # "(1) ...": a paragraph that reads as an item
        else:
            words = b.text.split(" ")
            if len(words) > 12:
                words[2] = f"**{words[2]}**"
                words[6] = f"[{words[6]}](https://www.example.com/p)"
            out.append(" ".join(words))
        out.append("")
    # a list ends with a blank line (without one, the next line would continue the last item)
    text = "\n".join(out)
    return re.sub(r"(?m)^((?:- .*\n)+)(?=[^-\n])", r"\1\n", re.sub(r"(?m)^(?!- )(.+)\n(?=- )", r"\1\n\n", text)) + "\n"


def make_all(seed: Path, out: Path) -> dict[str, Path]:
    """Every format of one seed, into ``out``; returns format → path."""
    out.mkdir(parents=True, exist_ok=True)
    text = seed.read_text(encoding="utf-8")
    stem = seed.stem
    files: dict[str, Path] = {"txt": seed}
    files["pdf"] = make_pdf(text, out / f"{stem}.pdf")
    files["docx"] = make_docx(text, out / f"{stem}.docx")
    page = make_html(text)
    files["html"] = out / f"{stem}.html"
    files["html"].write_text(page, encoding="utf-8")
    files["html-divs"] = out / f"{stem}.divs.html"
    files["html-divs"].write_text(make_html(text, semantic=False), encoding="utf-8")
    files["mhtml"] = make_mhtml(make_html(text, charset="windows-1252"), out / f"{stem}.mhtml")
    files["cp1252.txt"] = out / f"{stem}.cp1252.txt"
    files["cp1252.txt"].write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    files["utf16.txt"] = out / f"{stem}.utf16.txt"
    files["utf16.txt"].write_bytes(text.encode("utf-16"))  # with a BOM
    files["utf16le.txt"] = out / f"{stem}.utf16le.txt"
    files["utf16le.txt"].write_bytes(text.encode("utf-16-le"))  # without one
    files["md"] = out / f"{stem}.md"
    files["md"].write_text(make_markdown(text), encoding="utf-8")
    return files


def make_broken(out: Path, good_pdf: Path, good_docx: Path) -> dict[str, Path]:
    """Files every loader must refuse with a typed error."""
    out.mkdir(parents=True, exist_ok=True)
    f: dict[str, Path] = {}
    f["scanned.pdf"] = make_scanned_pdf(out / "scanned.pdf")
    f["encrypted.pdf"] = make_encrypted_pdf(good_pdf, out / "encrypted.pdf")
    f["encrypted-rc4.pdf"] = make_encrypted_pdf(good_pdf, out / "encrypted-rc4.pdf", algorithm="RC4-128")
    f["restricted.pdf"] = make_encrypted_pdf(good_pdf, out / "restricted.pdf", user_password="")
    f["corrupt.pdf"] = make_corrupt_pdf(good_pdf, out / "corrupt.pdf")
    f["truncated.pdf"] = out / "truncated.pdf"
    f["truncated.pdf"].write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog")
    f["not-a-zip.docx"] = out / "not-a-zip.docx"
    f["not-a-zip.docx"].write_bytes(b"Ceci n'est pas un document Word.\n" * 20)
    f["zip-bomb.docx"] = make_zip_bomb_docx(good_docx, out / "zip-bomb.docx")
    f["no-document.docx"] = out / "no-document.docx"
    with zipfile.ZipFile(f["no-document.docx"], "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<styles/>")
    f["old.doc"] = out / "old.doc"
    f["old.doc"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Word.Document.8" + b"\x00" * 1000)
    f["image.png"] = out / "image.png"
    from PIL import Image

    Image.new("RGB", (8, 8), (200, 10, 10)).save(f["image.png"])
    f["image-named.txt"] = out / "image-named.txt"
    f["image-named.txt"].write_bytes(f["image.png"].read_bytes())
    f["program.exe"] = out / "program.exe"
    f["program.exe"].write_bytes(
        b"MZ\x90\x00" + b"\x00" * 56 + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 400
    )
    f["random.txt"] = out / "random.txt"
    f["random.txt"].write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    f["random.bin"] = out / "random.bin"
    f["random.bin"].write_bytes(bytes((i * 104729 + 7) % 256 for i in range(5000)))
    f["empty.txt"] = out / "empty.txt"
    f["empty.txt"].write_bytes(b"")
    f["blank.txt"] = out / "blank.txt"
    f["blank.txt"].write_bytes(b" \n\r\n\t  \n")
    f["empty.html"] = out / "empty.html"
    f["empty.html"].write_text(
        "<!doctype html><html><head><title>App</title><script>render()</script></head>"
        '<body><div id="root"></div><noscript>Activez JavaScript.</noscript></body></html>',
        encoding="utf-8",
    )
    f["no-html.mhtml"] = make_mhtml_without_html(out / "no-html.mhtml")
    f["deep.html"] = out / "deep.html"
    f["deep.html"].write_text(
        "<html><body><main><p>Avant.</p>" + "<div>" * 50_000 + "<p>Très profond.</p>" + "</div>" * 50_000
        + "</main></body></html>",
        encoding="utf-8",
    )
    return f


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "fixtures-out")
    made: dict[str, Path] = {}
    for seed_file in sorted(SAMPLES.glob("*.txt")):
        made.update({f"{seed_file.stem}.{k}": v for k, v in make_all(seed_file, target).items()})
    first = sorted(SAMPLES.glob("*.txt"))[0].stem
    made.update(make_broken(target / "broken", target / f"{first}.pdf", target / f"{first}.docx"))
    for name, p in sorted(made.items()):
        print(f"{name:40} {p}")


def fresh_window(qtbot: Any, width: int = 1300, height: int = 850) -> Iterator[Any]:
    """A shown main window with empty settings (analysis in its own process, as in the app);
    afterwards its analysis process stopped, dialogs closed and no settings left behind."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from policylens.ui.mainwindow import MainWindow

    QSettings("PolicyLens", "PolicyLens").clear()
    w = MainWindow()
    w.quiet = False
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown(10_000)
    for box in w.findChildren(QMessageBox):
        box.close()
    w.close()
    w.deleteLater()
    # closing saved the window's geometry: leave no settings behind for other tests
    QSettings("PolicyLens", "PolicyLens").clear()


def make_word_by_word_pdf(
    paragraphs: list[str], path: Path, *, header: str | None = "Fruitz — Privacy Policy"
) -> Path:
    """A PDF drawn the way Google Docs draws one: every word placed on its own (pypdf's plain reading
    gives one word per line), justified lines, accents of decomposed (NFD) letters drawn as pieces of
    their own, ligature glyphs, a two-column table, a running header and a page number."""
    import unicodedata

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas

    if "PLDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PLDejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    font, size, leading = "PLDejaVu", 10.0, 13.0
    left, right, top, bottom = 60.0, A4[0] - 60.0, A4[1] - 70.0, 70.0
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    page = 1
    y = top

    def chrome() -> None:
        if header:
            c.setFont(font, 8)
            c.drawString(left, A4[1] - 40, header)
        c.setFont(font, 8)
        c.drawString(A4[0] / 2, 40, str(page))

    def new_page() -> None:
        nonlocal page, y
        c.showPage()
        page += 1
        y = top
        chrome()

    def draw_word(word: str, x: float, y: float) -> None:
        # a decomposed accent is drawn on its own, over the letter before it (as Skia does)
        nfd = unicodedata.normalize("NFD", word)
        pieces = re.split(r"([\u0300-\u036f])", nfd) if nfd != word else [word]
        for piece in pieces:
            if not piece:
                continue
            c.setFont(font, size)
            if unicodedata.combining(piece[0]):
                c.drawString(x - pdfmetrics.stringWidth("a", font, size) * 0.7, y, piece)
            else:
                c.drawString(x, y, piece)
                x += pdfmetrics.stringWidth(piece, font, size)

    chrome()
    width = right - left
    space = pdfmetrics.stringWidth(" ", font, size)
    for para in paragraphs:
        if para.startswith("TABLE:"):
            # cell after cell (as Google Docs draws a table); a long cell wraps inside its column
            col_width = width / 2 - 12
            for row in para[len("TABLE:"):].split(";"):
                if y < bottom + 4 * leading:
                    new_page()
                height = 1
                for col, cell in enumerate(row.split("|")):
                    cy = y
                    x0 = x = left + col * width / 2
                    for w in cell.split():
                        wide = pdfmetrics.stringWidth(w, font, size)
                        if x > x0 and x + wide > x0 + col_width:
                            x, cy = x0, cy - leading
                        draw_word(w, x, cy)
                        x += wide + space
                    height = max(height, round((y - cy) / leading) + 1)
                y -= leading * height + 4
            y -= leading
            continue
        words = para.split()
        line: list[str] = []
        lines: list[list[str]] = []
        for w in words:
            trial = " ".join([*line, w])
            if line and pdfmetrics.stringWidth(trial, font, size) > width:
                lines.append(line)
                line = [w]
            else:
                line.append(w)
        if line:
            lines.append(line)
        for n, ln in enumerate(lines):
            if y < bottom:
                new_page()
            natural = sum(pdfmetrics.stringWidth(w, font, size) for w in ln)
            last = n == len(lines) - 1
            gap = space if last or len(ln) == 1 else (width - natural) / (len(ln) - 1)
            x = left
            for w in ln:
                draw_word(w, x, y)
                x += pdfmetrics.stringWidth(w, font, size) + gap
            y -= leading
        y -= leading * 0.8  # space between paragraphs
    c.save()
    return path
