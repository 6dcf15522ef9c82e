"""Exports: one-page PDF and PNG, self-contained HTML, Markdown, full report; CLI and dialog."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from policylens.core import taxonomy as tx
from policylens.core.analyze import analyze
from policylens.core.cards import make_cards
from policylens.core.loaders import load_path
from policylens.core.models import (
    Collected,
    Contact,
    Evidence,
    Grade,
    Language,
    LanguagePart,
    Note,
    Period,
    RedFlag,
    Retention,
    RetentionKindFinding,
    Right,
    Sale,
    Service,
    Shared,
    Source,
    Summary,
)
from policylens.core.wording import CARD_TITLES

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

SEEDS = sorted(SAMPLES.glob("*.txt"))
FORMATS = ("pdf", "html", "md", "png")
TITLES = list(CARD_TITLES.values())
PNG_SIZES = {"a4": (1240, 1754), "letter": (1275, 1650)}


@pytest.fixture(scope="module")
def summaries() -> dict[str, Summary]:
    return {p.name: analyze(load_path(p)) for p in SEEDS}


def pdf_text(data: bytes) -> tuple[int, str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def pdf_fonts_embedded(data: bytes) -> bool:
    """Every font of every page has its program embedded (/FontFile, /FontFile2 or /FontFile3)."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for d in descendants:
                desc = d["/FontDescriptor"].get_object()
                if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    return False
                seen += 1
    return seen > 0


def check_html(html: str) -> None:
    low = html.lower()
    assert "<script" not in low
    assert "<link" not in low
    assert "@import" not in low
    assert "http://" not in low and "https://" not in low
    assert "//" not in html
    for m in re.finditer(r"\b(?:src|href|action|poster|data)\s*=\s*[\"']?([^\"' >]*)", low):
        assert m.group(1).startswith(("data:", "#")), m.group(0)
    for m in re.finditer(r"url\(\s*[\"']?([^\"')]*)", low):
        assert m.group(1).startswith("data:"), m.group(0)


def png_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    img = Image.open(io.BytesIO(data))
    img.verify()
    img = Image.open(io.BytesIO(data))
    assert img.format == "PNG"
    return img.size


# ------------------------------------------------------------------------------ every seed


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_every_seed_every_format(seed: str, fmt: str, summaries: dict[str, Summary], tmp_path: Path) -> None:
    from policylens.export import export

    summary = summaries[seed]
    out = export(summary, tmp_path / f"out.{fmt}", paper="a4")
    data = out.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{fmt}"]  # no temporary file left
    if fmt == "pdf":
        pages, text = pdf_text(data)
        assert pages == 1
        assert f" {summary.grade.letter} " in f" {text} "
        for title in TITLES:
            assert title in text
        assert summary.source.sha256[:12] in text
        assert pdf_fonts_embedded(data)
        if shutil.which("pdfinfo"):
            info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
            assert re.search(r"^Pages:\s+1$", info, re.M), info
            assert "A4" in info
    elif fmt == "html":
        html = data.decode("utf-8")
        check_html(html)
        for title in TITLES:
            assert title.replace("'", "&#x27;") in html
        assert f">{summary.grade.letter}<" in html
    elif fmt == "md":
        md = data.decode("utf-8")
        for title in TITLES:
            assert title in md
        assert f"**Grade: {summary.grade.letter}**" in md
    else:
        assert png_size(data) == PNG_SIZES["a4"]
        from PySide6.QtGui import QImage

        img = QImage()
        assert img.loadFromData(data, "PNG")
        assert (img.width(), img.height()) == PNG_SIZES["a4"]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_paper_sizes(paper: str, summaries: dict[str, Summary]) -> None:
    import pypdf

    from policylens.export import render

    s = summaries["fr-creality.txt"]
    pdf = render(s, "pdf", paper=paper)
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    expected = (595.3, 841.9) if paper == "a4" else (612.0, 792.0)
    assert abs(float(box.width) - expected[0]) < 1.5 and abs(float(box.height) - expected[1]) < 1.5
    assert png_size(render(s, "png", paper=paper)) == PNG_SIZES[paper]


@pytest.mark.parametrize(("locale_name", "paper"), [("en_US.UTF-8", "letter"), ("fr_CA.UTF-8", "letter"),
                                                    ("es_MX.UTF-8", "letter"), ("de_DE.UTF-8", "a4"),
                                                    ("sv_SE.UTF-8", "a4"), ("C", "a4")])
def test_default_paper_follows_the_system_locale(locale_name: str, paper: str) -> None:
    env = {**os.environ, "LC_ALL": locale_name, "LANG": locale_name}
    out = subprocess.run([sys.executable, "-c", "from policylens.export import default_paper; print(default_paper())"],
                         capture_output=True, text=True, env=env, check=True).stdout.strip()
    assert out == paper


# ------------------------------------------------------------------------ the worst case


def _ev(i: int = 0) -> Evidence:
    quote = ("Nous pouvons conserver, partager et combiner vos données personnelles aussi longtemps que "
             "nécessaire avec nos partenaires du monde entier, y compris sans s'y limiter... ") * 6
    return Evidence(quote=quote, start=i, end=i + len(quote), section="Section très longue " * 5)


def worst_case() -> Summary:
    """Every finding at once, with long names and many periods: the cards' points are the
    presenter's words for these facts (as in a real summary)."""
    long_item = "Identifiants matériels, adresses MAC, IMEI, données de géolocalisation précise et historique complet"
    flags = [
        RedFlag(id=fid, severity=("high", "medium", "low")[i % 3], evidence=[_ev(i)])
        for i, fid in enumerate(tx.RED_FLAGS)
    ]
    s = Summary(
        source=Source(name="politique-de-confidentialité-" + "très-longue-" * 12 + ".txt", format="txt",
                      sha256="ab" * 32, characters=10**6, words=10**5),
        language=Language(code="fr", confidence=0.99, analysed_as="fr", name="French"),
        service=Service(name="Société Générale des Données Personnelles Ålesund Øresund Łódź Straße " * 4,
                        updated="2024-06-01"),
        collected=[Collected(category=c, items=[f"item {i}" for i in range(40)], evidence=[_ev()])
                   for c in tx.COLLECTED],
        shared_with=[Shared(recipient=r, names=[f"{long_item} n°{i} {'ß ł ø å ö é ' * (i % 4)}" for i in range(5)],
                            evidence=[_ev()]) for r in tx.SHARED_WITH],
        sale=Sale(value="yes", evidence=[_ev()]),
        retention=Retention(kinds=list(tx.RETENTION_KINDS),
                            periods=[Period(days=30 + i, text=f"{30 + i} jours", data=tx.COLLECTED[i % 14],
                                            evidence=[_ev()]) for i in range(40)],
                            kind_evidence=[RetentionKindFinding(kind=k, evidence=[_ev()]) for k in tx.RETENTION_KINDS]),
        rights=[Right(right=r, evidence=[_ev()]) for r in tx.RIGHTS],
        contact=Contact(emails=[f"dpo{i}@example-très-long-domaine.fr" for i in range(12)],
                        phones=["+33 1 23 45 67 89"], urls=["https://example.org/privacy"], postal_address=True),
        red_flags=flags,
        grade=Grade(letter="E", score=0),
        notes=[Note(id="mixed", parts=[LanguagePart(code="fr", share=0.6), LanguagePart(code="en", share=0.3),
                                       LanguagePart(code="de", share=0.1)]),
               Note(id="low_confidence"), Note(id="translated"), Note(id="short")],
    )
    s.cards = make_cards(s)
    s.cards[2].color = "grey"
    return s


def test_worst_case_still_one_page() -> None:
    from policylens.export import render

    s = worst_case()
    assert len(s.red_flags) == len(tx.RED_FLAGS)
    for paper in ("a4", "letter"):
        pages, text = pdf_text(render(s, "pdf", paper=paper, pointer="Full report: policylens analyze x.txt"))
        assert pages == 1
        for title in TITLES:
            assert title in text
        assert "more" in text  # "+N more" for the cut lists
        assert "Full report: policylens analyze x.txt" in text
        assert png_size(render(s, "png", paper=paper)) == PNG_SIZES[paper]


def test_worst_case_layout_stays_on_the_page() -> None:
    """Every drawn piece lies inside the page margins, and no text is smaller than 5.5 pt."""
    from PySide6.QtGui import QImage

    from policylens.export import page as pg
    from policylens.export.content import build_page
    from policylens.export.qtapp import ensure_gui_app

    ensure_gui_app()
    page = build_page(worst_case(), "en")
    img = QImage(10, 10, QImage.Format.Format_RGB32)
    img.setDotsPerMeterX(round(150 / 0.0254))
    img.setDotsPerMeterY(round(150 / 0.0254))
    for paper in ("a4", "letter"):
        w, h = pg.paper_points(paper)
        lay, foot = pg.fit_layout(page, img, (w, h))
        assert lay.fit.shortened
        for op in lay.canvas.ops + foot.ops:
            if isinstance(op, pg._Text):
                assert op.font.pointSizeF() >= 5.5
                assert op.x >= 20 and op.x + lay.canvas.width(op.font, op.text) <= w - 20 + 0.5, op.text
                assert 20 <= op.baseline <= h - 20
            else:
                r = op.path.boundingRect()
                assert r.left() >= 20 and r.right() <= w - 20 and r.top() >= 20 and r.bottom() <= h - 20


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """Tests that render in another language leave English installed for those that follow."""
    yield
    from policylens.tr import install

    install("en")


@pytest.mark.parametrize("ui_lang", ["en", "fr", "sv", "de", "es"])
@pytest.mark.usefixtures("english_afterwards")
def test_card_titles_are_never_cut(ui_lang: str, summaries: dict[str, Summary]) -> None:
    """Long titles beside long status words ("Plazo de conservación" / "PRECAUCIÓN")
    are drawn whole: the status word moves to a second row of the band instead."""
    from PySide6.QtGui import QImage

    from policylens.export import page as pg
    from policylens.export.content import build_page
    from policylens.export.qtapp import ensure_gui_app

    ensure_gui_app()
    img = QImage(10, 10, QImage.Format.Format_RGB32)
    for summary in (worst_case(), summaries["fr-creality.txt"], unsupported_language()):
        page = build_page(summary, ui_lang)
        lay, _ = pg.fit_layout(page, img, pg.paper_points("a4"))
        drawn = {op.text for op in lay.canvas.ops if isinstance(op, pg._Text)}
        for card in page.cards:
            assert card.title in drawn, (ui_lang, card.title)
            assert card.status.upper() in drawn


QUOTES = {"en": ("“", "”"), "fr": ("«\u00a0", "\u00a0»"), "de": ("„", "“"), "es": ("«", "»"), "sv": ("”", "”")}


@pytest.mark.parametrize("ui_lang", list(QUOTES))
@pytest.mark.usefixtures("english_afterwards")
def test_policy_quotes_take_the_ui_languages_quotation_marks(ui_lang: str, summaries: dict[str, Summary]) -> None:
    """A sentence quoted from the policy is between „…“ in German, « … » (no-break spaces) in
    French, «…» in Spanish, ”…” in Swedish, “…” in English: in the terminal, in Markdown and in
    every export."""
    from policylens.export import render as export
    from policylens.export.content import clean_quote
    from policylens.render import render_markdown, render_terminal

    s = summaries["fr-creality.txt"]
    opening, closing = QUOTES[ui_lang]
    words = " ".join(clean_quote(s.red_flags[0].evidence[0].quote).split()[:6])

    def check(text: str, where: str) -> None:
        before = re.findall(r"(.{0,2})" + re.escape(words), text)
        assert before and all(b.endswith(opening) for b in before), (where, before)

    check(render_terminal(s, ui_lang), "terminal")
    check(render_markdown(s, ui_lang), "markdown")
    md = export(s, "md", ui_lang=ui_lang, full=True).decode()
    check(md, "md export")
    assert re.search(re.escape(closing) + r"( \(|$)", md, re.MULTILINE), "md export: closing mark"
    check(export(s, "html", ui_lang=ui_lang, full=True).decode(), "html export")
    _, text = pdf_text(export(s, "pdf", paper="a4", ui_lang=ui_lang, full=True))
    # (the PDF's text comes back with its spaces normalised)
    assert re.search(re.escape(opening.strip()) + r"\s?" + re.escape(words), text), "pdf export"


@pytest.mark.usefixtures("english_afterwards")
def test_export_errors_are_translated_in_their_own_context() -> None:
    from policylens.export import NoFullPng, OutputExists, UnknownFormat
    from policylens.tr import error_text

    for exc in (NoFullPng(), UnknownFormat(path="x.doc"), OutputExists(path="a.pdf")):
        assert error_text(exc, "fr") != str(exc), exc.code


def unsupported_language() -> Summary:
    text = (
        "Zásady ochrany osobních údajů. Správcem vašich osobních údajů je naše společnost. Zpracováváme "
        "vaše osobní údaje, jako je jméno, příjmení a e-mailová adresa, abychom mohli poskytovat naše "
        "služby. Máte právo na přístup ke svým údajům a právo na jejich výmaz. Údaje uchováváme dva roky."
    )
    from policylens.core.loaders import load_text

    return analyze(load_text(text, name="zasady.txt"))


@pytest.mark.usefixtures("english_afterwards")
def test_a_language_without_rules_gets_no_grade() -> None:
    """A policy PolicyLens cannot analyse shows "not graded", not the neutral score behind it."""
    from policylens.export import render
    from policylens.render import render_markdown, render_terminal

    s = unsupported_language()
    assert not s.language.supported
    _, text = pdf_text(render(s, "pdf", paper="a4"))
    assert "not graded" in text and "50/100" not in text
    assert "not graded" in render_terminal(s).splitlines()[0]
    assert "not graded" in render_markdown(s) and "50/100" not in render_markdown(s)
    _, text = pdf_text(render(s, "pdf", paper="a4", ui_lang="sv"))
    assert "ej betygsatt" in text


def test_glyphs_of_european_languages_are_real_text() -> None:
    from policylens.export import render

    s = worst_case()
    s.service.name = "Åre Öland Straße Łódź Ørsted Café"
    _, text = pdf_text(render(s, "pdf", paper="a4"))
    assert "Åre Öland Straße Łódź Ørsted Café" in text


def test_short_summary_no_flags_no_contact(summaries: dict[str, Summary]) -> None:
    from policylens.export import render

    s = summaries["sv-orange-music.txt"].model_copy(deep=True)
    s.red_flags = []
    s.contact = Contact()
    pages, text = pdf_text(render(s, "pdf", paper="letter"))
    assert pages == 1
    assert "No red flags found." in text
    assert "No contact given" in text


# -------------------------------------------------------------------------- full report


def test_full_report(summaries: dict[str, Summary], tmp_path: Path) -> None:
    from policylens.export import NoFullPng, render

    s = summaries["fr-creality.txt"]
    pages, text = pdf_text(render(s, "pdf", paper="a4", full=True))
    assert pages > 1
    from policylens.export.content import clean_quote

    quote = clean_quote(s.red_flags[0].evidence[0].quote)
    assert quote[:40] in text
    html = render(s, "html", full=True).decode()
    check_html(html)
    assert "<span class=\"quote\">" in html
    md = render(s, "md", full=True).decode()
    assert all(t in md for t in TITLES) and "> “" in md
    with pytest.raises(NoFullPng):
        render(s, "png", full=True)


def test_worst_case_full_report() -> None:
    from policylens.export import render

    pages, _ = pdf_text(render(worst_case(), "pdf", paper="letter", full=True))
    assert pages >= 1


# ------------------------------------------------------------------------- atomic writes


def test_failure_while_painting_leaves_no_file(summaries: dict[str, Summary], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.export import export
    from policylens.export import page as pg

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("painter exploded")

    monkeypatch.setattr(pg, "paint", boom)
    for fmt in ("pdf", "png"):
        with pytest.raises(RuntimeError, match="exploded"):
            export(summaries["fr-creality.txt"], tmp_path / f"out.{fmt}")
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_leaves_no_file_and_keeps_the_old(summaries: dict[str, Summary], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.export import WriteFailed, export

    old = tmp_path / "out.html"
    old.write_text("old", encoding="utf-8")

    def no_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_disk)
    with pytest.raises(WriteFailed, match="No space left"):
        export(summaries["fr-creality.txt"], old, force=True)
    assert old.read_text(encoding="utf-8") == "old"
    with pytest.raises(WriteFailed):
        export(summaries["fr-creality.txt"], tmp_path / "new.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]


def test_no_overwrite_without_force(summaries: dict[str, Summary], tmp_path: Path) -> None:
    from policylens.export import OutputExists, export

    out = tmp_path / "out.md"
    out.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExists):
        export(summaries["fr-creality.txt"], out)
    assert out.read_text(encoding="utf-8") == "mine"
    export(summaries["fr-creality.txt"], out, force=True)
    assert "# " in out.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------------- CLI


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    code = "import sys; from policylens.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=cwd, check=False, env=env)


def test_cli_exports_headless(tmp_path: Path) -> None:
    seed = str(SAMPLES / "fr-creality.txt")
    for name in ("a.pdf", "a.html", "a.md", "a.png"):
        r = run_cli("export", seed, "-o", str(tmp_path / name), "--paper", "letter")
        assert r.returncode == 0, r.stderr
        assert r.stderr == ""
    assert png_size((tmp_path / "a.png").read_bytes()) == PNG_SIZES["letter"]
    # --format beats the extension
    r = run_cli("export", seed, "-o", str(tmp_path / "summary.txt"), "--format", "md")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "summary.txt").read_text(encoding="utf-8").startswith("# ")


def test_cli_exit_codes(tmp_path: Path) -> None:
    seed = str(SAMPLES / "sv-orange-music.txt")
    out = tmp_path / "x.pdf"
    out.write_bytes(b"keep me")
    r = run_cli("export", seed, "-o", str(out))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "--force" in r.stderr
    assert out.read_bytes() == b"keep me"
    r = run_cli("export", seed, "-o", str(out), "--force")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")

    missing = str(tmp_path / "nope.txt")
    r = run_cli("export", missing, "-o", str(tmp_path / "y.pdf"))
    assert r.returncode == 3
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.startswith(f"policylens: {missing}: ")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    r = run_cli("export", str(empty), "-o", str(tmp_path / "y.pdf"))
    assert r.returncode == 3 and r.stderr.startswith(f"policylens: {empty}: ")

    r = run_cli("export", seed, "-o", str(tmp_path / "y.docx"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("export", seed, "-o", str(tmp_path / "y.png"), "--full")
    assert r.returncode == 2
    r = run_cli("export", seed, "-o", str(tmp_path / "y.pdf"), "--paper", "a3")
    assert r.returncode == 2
    r = run_cli("export", seed)
    assert r.returncode == 2
    assert not (tmp_path / "y.pdf").exists() and not (tmp_path / "y.png").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "x.pdf"]


def test_cli_full_and_ui_lang(tmp_path: Path) -> None:
    seed = str(SAMPLES / "fr-melogen-ai.txt")
    r = run_cli("export", seed, "-o", str(tmp_path / "r.pdf"), "--full", "--ui-lang", "fr", "--paper", "a4")
    assert r.returncode == 0, r.stderr
    pages, _ = pdf_text((tmp_path / "r.pdf").read_bytes())
    assert pages >= 1
    r = run_cli("export", seed, "-o", str(tmp_path / "s.png"), "--ui-lang", "sv")
    assert r.returncode == 0, r.stderr


def test_ui_language_after_a_core_application(summaries: dict[str, Summary]) -> None:
    """tr.install() may have made a plain QCoreApplication: painting still works."""
    code = (
        "from policylens.tr import make_tr; make_tr('fr')\n"
        "from policylens.core.analyze import analyze; from policylens.core.loaders import load_path\n"
        "from policylens.export import render\n"
        f"s = analyze(load_path({str(SAMPLES / 'fr-genletter.txt')!r}))\n"
        "print(len(render(s, 'png', paper='a4', ui_lang='fr')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) > 1000


# -------------------------------------------------------------------------------- dialog


@pytest.mark.gui
def test_export_dialog_writes_the_file(qtbot, summaries: dict[str, Summary], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.ui import export_dialog as ed

    s = summaries["fr-melogen-ai.txt"]
    seen: dict[str, object] = {}
    monkeypatch.setattr(ed, "ask_options", lambda parent, fmt, paper: ("pdf", "letter", False))

    def save(parent, caption, start, filters, selected):
        seen["start"] = start
        seen["filters"] = filters
        return str(tmp_path / "melogen"), selected  # no extension typed

    monkeypatch.setattr(ed, "ask_save_path", save)
    monkeypatch.setattr(ed, "show_done", lambda parent, path: seen.setdefault("done", path))
    monkeypatch.setattr(ed, "show_error", lambda parent, path, detail: seen.setdefault("error", detail))
    ed.run_export_dialog(None, s, None)
    assert "error" not in seen, seen.get("error")
    out = tmp_path / "melogen.pdf"
    assert seen["done"] == out and out.is_file()
    assert Path(str(seen["start"])).name == "Melogen AI - privacy summary.pdf"
    assert "*.html" in str(seen["filters"]) and "*.png" in str(seen["filters"])
    assert pdf_text(out.read_bytes())[0] == 1

    # the name without extension now exists: the dialog asks; "no" leaves it alone
    out.write_bytes(b"old")
    monkeypatch.setattr(ed, "ask_replace", lambda parent, path: False)
    seen.clear()
    ed.run_export_dialog(None, s, None)
    assert out.read_bytes() == b"old" and "done" not in seen

    # a failure shows an error dialog and leaves nothing behind
    from policylens.export import page as pg

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("no painter")

    monkeypatch.setattr(pg, "paint", boom)
    monkeypatch.setattr(ed, "ask_save_path", lambda *a: (str(tmp_path / "other.png"), ""))
    monkeypatch.setattr(ed, "ask_options", lambda parent, fmt, paper: ("png", "a4", False))
    seen.clear()
    ed.run_export_dialog(None, s, None)
    assert "no painter" in str(seen["error"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["melogen.pdf"]


@pytest.mark.gui
def test_export_options_dialog(qtbot) -> None:
    from policylens.ui.export_dialog import ExportOptions, format_from, safe_file_name

    dlg = ExportOptions(None, "html", "letter")
    qtbot.addWidget(dlg)
    assert dlg.values() == ("html", "letter", False)
    dlg.format.setCurrentIndex(3)  # PNG: no full report, paper enabled
    assert not dlg.full.isEnabled() and dlg.paper.isEnabled()
    dlg.format.setCurrentIndex(0)
    dlg.full.setChecked(True)
    assert dlg.values() == ("pdf", "letter", True)
    assert safe_file_name('a/b:c*?"<>| .') == "a b c"
    assert safe_file_name("...") == "policy"
    assert format_from("x.HTM", "", "pdf") == "html"
    assert format_from("x", "PNG image (*.png)", "pdf") == "png"


def test_hostile_text_stays_text() -> None:
    from policylens.export import render

    s = worst_case()
    s.service.name = '<script>alert(1)</script><img src="https://evil.example/x.png"> //evil.example'
    s.contact.urls = ["https://evil.example/privacy", "http://a.b/c"]
    s.red_flags[0].evidence[0].quote = 'see <a href="https://evil.example">here</a> or //cdn.example/x.js'
    for full in (False, True):
        html = render(s, "html", full=full).decode()
        check_html(html)
        assert "&lt;script&gt;" in html
    md = render(s, "md").decode()
    assert "<script>" not in md and "\\<script\\>" in md


@pytest.mark.usefixtures("english_afterwards")
def test_one_page_pdf_shows_the_rubric_lines_that_move_the_score(summaries: dict[str, Summary]) -> None:
    """The one-page PDF carries the grade's rubric as the full report does, shortened to the lines
    that move the score: what is missing or vague, the red flags' total, good practice, the cap."""
    from policylens.export import render
    from policylens.export.content import build_page

    s = summaries["fr-genletter.txt"]
    page = build_page(s, "en")
    lines = {text: points for points, text in page.key_reasons}
    assert lines["How long it is kept: vague"] == "−6"
    assert lines["What it does: red flags"] == "−10"  # targeted advertising and open-ended lists
    assert lines["Names 7 rights you can use"] == "+5"
    assert any(points == "≤74" for points, _ in page.key_reasons)
    assert not any(text.endswith(": stated") for text in lines)  # the stated items are left out
    for paper in ("a4", "letter"):
        pages, text = pdf_text(render(s, "pdf", paper=paper))
        assert pages == 1
        assert "Why this grade" in text and "How long it is kept: vague" in text and "−6" in text
    pages, text = pdf_text(render(s, "pdf", ui_lang="fr"))
    assert pages == 1 and "Pourquoi cette note" in text and "Durée de conservation" in text
