"""Loaders on real files of every format, made from the seed policies (tests/fixtures.py), and on
every kind of bad input. The CLI end to end: the same findings whatever the format."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import fixtures as fx
from policylens.core import errors
from policylens.core.document import Document
from policylens.core.loaders import (
    MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    detect_format,
    dialog_patterns,
    load_bytes,
    load_path,
    load_text,
)
from policylens.core.loaders.text import decode_text, looks_western

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "resources" / "samples").glob("*.txt"))
SEED_IDS = [s.stem for s in SEEDS]
POLICYLENS = Path(sys.executable).parent / "policylens"


def norm(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def loaded(path: Path) -> Document:
    """``load_path``, once per file and session (the tests only read the documents)."""
    return load_path(path)


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """seed stem → format → file, every format of every seed."""
    out = tmp_path_factory.mktemp("fixtures")
    return {seed.stem: fx.make_all(seed, out) for seed in SEEDS}


@pytest.fixture(scope="session")
def broken(tmp_path_factory: pytest.TempPathFactory, made: dict[str, dict[str, Path]]) -> dict[str, Path]:
    first = made[SEED_IDS[0]]
    return fx.make_broken(tmp_path_factory.mktemp("broken"), first["pdf"], first["docx"])


def key_sentences(seed: Path) -> list[str]:
    """Sentences of the seed that every format must keep verbatim: the first sentence of each block."""
    out = []
    for b in fx.seed_blocks(seed.read_text(encoding="utf-8")):
        text = fx._item_text(b.text)
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        if len(first) > 25:
            out.append(first)
    return out


# ------------------------------------------------------------------------------------ each format


FORMATS = ["pdf", "docx", "html", "html-divs", "mhtml", "md", "cp1252.txt", "utf16.txt", "utf16le.txt"]
EXPECTED_FORMAT = {"html-divs": "html", "cp1252.txt": "txt", "utf16.txt": "txt", "utf16le.txt": "txt"}


@pytest.mark.parametrize("seed", SEED_IDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_keeps_the_policy_verbatim(made: dict[str, dict[str, Path]], seed: str, fmt: str) -> None:
    path = made[seed][fmt]
    doc = loaded(path)
    assert doc.format == EXPECTED_FORMAT.get(fmt, fmt)
    assert detect_format(path) == doc.format
    text = norm(doc.text)
    missing = [s for s in key_sentences(made[seed]["txt"]) if norm(s) not in text]
    assert not missing, f"{len(missing)} sentences lost, first: {missing[0]!r}"
    # blocks are spans of the text, in order, without overlap, trimmed
    prev_end = 0
    for b in doc.blocks:
        assert prev_end <= b.start < b.end <= len(doc.text)
        span = doc.text[b.start : b.end]
        assert span == span.strip()
        prev_end = b.end
    assert not re.search(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]", doc.text)


@pytest.mark.parametrize("seed", SEED_IDS)
@pytest.mark.parametrize("fmt", ["docx", "html", "html-divs", "mhtml", "md"])
def test_structured_formats_keep_headings_and_items(made: dict[str, dict[str, Path]], seed: str, fmt: str) -> None:
    seed_text = made[seed]["txt"].read_text(encoding="utf-8")
    doc = loaded(made[seed][fmt])
    got = {(b.kind, norm(doc.block_text(b)).lstrip("-–—•·▪◦●○*+ ")) for b in doc.blocks}
    for b in fx.seed_blocks(seed_text):
        if b.kind in ("heading", "list_item"):
            assert (b.kind, norm(fx._item_text(b.text))) in got, f"{b.kind} lost: {b.text!r}"


@pytest.mark.parametrize("seed", SEED_IDS)
def test_pdf_headings_numbered_or_capitalised_are_headings(made: dict[str, dict[str, Path]], seed: str) -> None:
    doc = loaded(made[seed]["pdf"])
    headings = {norm(doc.block_text(b)) for b in doc.blocks if b.kind == "heading"}
    for b in fx.seed_blocks(made[seed]["txt"].read_text(encoding="utf-8")):
        if b.kind == "heading" and (re.match(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s", b.text) or b.text.isupper()):
            assert b.text in headings


@pytest.mark.parametrize("seed", SEED_IDS)
def test_pdf_drops_running_header_and_page_numbers(made: dict[str, dict[str, Path]], seed: str) -> None:
    doc = loaded(made[seed]["pdf"])
    assert int(doc.meta["pages"]) >= 2
    assert fx.PDF_HEADER not in doc.text
    assert not re.search(r"(?m)^Page \d+$", doc.text)
    assert "-\n" not in doc.text


@pytest.mark.parametrize("seed", SEED_IDS)
@pytest.mark.parametrize("fmt", ["html", "html-divs", "mhtml"])
def test_web_pages_lose_their_chrome(made: dict[str, dict[str, Path]], seed: str, fmt: str) -> None:
    doc = loaded(made[seed][fmt])
    for chrome in (*fx.NAV_TEXT, fx.BANNER_TEXT[:40], fx.FOOTER_TEXT[:30], fx.SCRIPT_TEXT, fx.STYLE_TEXT,
                   "Aller au contenu", "Tout accepter", "Refuser"):
        assert chrome not in doc.text
    assert doc.title == "Politique de confidentialité | Exemple"
    assert doc.blocks[0].kind == "heading" and doc.block_text(doc.blocks[0]) == "Politique de confidentialité"


def test_text_stays_the_files_text(made: dict[str, dict[str, Path]]) -> None:
    for seed in SEED_IDS:
        original = made[seed]["txt"].read_text(encoding="utf-8")
        for fmt in ("txt", "cp1252.txt", "utf16.txt", "utf16le.txt"):
            assert load_path(made[seed][fmt]).text == original


def test_encodings_are_recorded(made: dict[str, dict[str, Path]]) -> None:
    files = made[SEED_IDS[0]]
    assert load_path(files["txt"]).meta["encoding"] == "utf-8"
    assert load_path(files["cp1252.txt"]).meta["encoding"] == "cp1252"
    assert load_path(files["utf16.txt"]).meta["encoding"] == "utf-16-le"
    assert load_path(files["mhtml"]).meta["encoding"] == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Données collectées : nom, prénom, adresse électronique. Durée : 3 ans.",
        "Vi sparar dina uppgifter i två år. Åtkomst, rättelse och radering.",
        "Wir löschen Ihre Daten nach Ablauf der gesetzlichen Frist; Größe: 5 €.",
        "Café",  # very short: a statistical detector misreads these
        "œuvre — « déjà » – Noël",
    ],
)
def test_cp1252_and_latin1_decode_right(text: str) -> None:
    for codec in ("cp1252", "latin-1"):
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        assert decode_text(data) == text


def test_other_legacy_codepages_are_not_read_as_western() -> None:
    polish = "Zbieramy dane osobowe użytkowników: imię, nazwisko, adres e-mail. Przechowujemy je przez dwa lata."
    russian = "Мы собираем ваши персональные данные: имя, адрес электронной почты и номер телефона."
    assert not looks_western(polish.encode("cp1250").decode("cp1252", "replace"))
    assert not looks_western(russian.encode("cp1251").decode("cp1252", "replace"))
    assert decode_text(russian.encode("cp1251")) == russian
    assert decode_text(polish.encode("cp1250")) == polish


def test_markdown_markup_is_stripped() -> None:
    md = (
        "---\ntitle: Politique\n---\n# Politique de *confidentialité*\n\nNous collectons votre **nom** et "
        "votre [adresse](https://x.example/a_(b)) <span>e-mail</span>.\nSuite du paragraphe &amp; fin.\n\n"
        "## 1. Données\n\n- Nom\n  - Prénom\n- Adresse IP\n\n1. Premier point\n2) Second point\n\n"
        "| Donnée | Durée |\n|---|---|\n| E-mail | 3 ans |\n\n> Citation `code`\n\n***\n\n[ref]: https://x\n"
        "Setext\n======\n\n![logo](logo.png)\n"
    )
    doc = load_bytes(md.encode(), "p.md")
    assert doc.format == "md" and doc.title == "Politique"
    assert "Nous collectons votre nom et votre adresse e-mail. Suite du paragraphe & fin." in doc.text
    for markup in ("**", "](", "<span", "##", "---", "![", "[ref]", "&amp;", "`"):
        assert markup not in doc.text
    kinds = [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]
    assert ("heading", 1, "Politique de confidentialité") in kinds
    assert ("heading", 2, "1. Données") in kinds
    assert ("list_item", 1, "Nom") in kinds and ("list_item", 2, "Prénom") in kinds
    assert ("list_item", 1, "1. Premier point") in kinds and ("list_item", 1, "2) Second point") in kinds
    assert ("paragraph", 0, "E-mail | 3 ans") in kinds
    assert ("heading", 1, "Setext") in kinds
    assert ("paragraph", 0, "Citation code") in kinds


def test_html_structure_and_tables(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title> Vie privée </title></head><body><main>"
        "<h2>Qui reçoit vos données ?</h2><p>Nous partageons vos données avec nos prestataires de paiement "
        "et d'hébergement, <br>dans l'Union européenne.</p><ol><li>Stripe<ul><li>paiements</li></ul></li>"
        "<li><p>OVH</p></li></ol><table><tr><th>Donnée</th><th>Durée</th></tr><tr><td>E-mail</td>"
        "<td><p>3 ans</p></td></tr></table><div>Texte libre dans un div suffisamment long pour compter.</div>"
        "<p hidden>caché</p><p style='display: none'>invisible</p></main></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = load_path(path)
    blocks = [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]
    assert doc.title == "Vie privée"
    assert ("heading", 2, "Qui reçoit vos données ?") in blocks
    assert any(k == "paragraph" and t.endswith("d'hébergement,\ndans l'Union européenne.") for k, _, t in blocks)
    assert ("list_item", 1, "Stripe") in blocks and ("list_item", 2, "paiements") in blocks
    assert ("list_item", 1, "OVH") in blocks
    assert ("paragraph", 0, "Donnée | Durée") in blocks and ("paragraph", 0, "E-mail | 3 ans") in blocks
    assert "caché" not in doc.text and "invisible" not in doc.text


def test_cookie_policy_container_is_kept(tmp_path: Path) -> None:
    """A banner is removed by its class name only when small: a cookie *policy* stays."""
    body = " ".join(["Nous utilisons des cookies de mesure d'audience que vous pouvez refuser."] * 30)
    page = f'<html><body><div class="cookie-policy"><p>{body}</p></div></body></html>'
    doc = load_bytes(page.encode(), "cookies.html")
    assert "cookies de mesure d'audience" in doc.text


def test_html_charset_from_meta_and_never_fetches(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script>'
        '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"></head><body><main><p>Données conservées '
        "trois ans après la clôture du compte, puis supprimées définitivement.</p>"
        '<iframe src="http://127.0.0.1:9/frame"></iframe><img src="http://127.0.0.1:9/i.png"></main></body></html>'
    )
    start = time.monotonic()
    doc = load_bytes(page.encode("cp1252"), "p.html")
    assert time.monotonic() - start < 5
    assert "Données conservées trois ans après la clôture du compte" in doc.text


# ------------------------------------------------------------------------------------ docx


def test_docx_tables_and_numbering(tmp_path: Path) -> None:
    doc = load_path(fx.make_docx_with_table(tmp_path / "t.docx"))
    blocks = [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]
    assert blocks[0] == ("heading", 1, "Durées de conservation")
    assert ("list_item", 1, "Données de compte") in blocks
    assert ("paragraph", 0, "Adresse e-mail | 3 ans") in blocks
    assert blocks[-1] == ("paragraph", 0, "Après ce délai, les données sont supprimées.")


def test_docx_title_from_properties(made: dict[str, dict[str, Path]]) -> None:
    assert load_path(made[SEED_IDS[0]]["docx"]).title == "Politique de confidentialité"


# ------------------------------------------------------------------------------------ bad input


BROKEN = {
    "scanned.pdf": errors.NoTextLayer,
    "encrypted.pdf": errors.EncryptedDocument,
    "encrypted-rc4.pdf": errors.EncryptedDocument,
    "corrupt.pdf": errors.CorruptDocument,
    "truncated.pdf": errors.CorruptDocument,
    "not-a-zip.docx": errors.CorruptDocument,
    "no-document.docx": errors.CorruptDocument,
    "zip-bomb.docx": errors.UnsafeArchive,
    "old.doc": errors.LegacyWordDocument,
    "image.png": errors.UnsupportedFormat,
    "image-named.txt": errors.UnsupportedFormat,
    "program.exe": errors.UnsupportedFormat,
    "random.txt": errors.BinaryFile,
    "random.bin": errors.UnsupportedFormat,
    "empty.txt": errors.EmptyDocument,
    "blank.txt": errors.EmptyDocument,
    "empty.html": errors.EmptyWebPage,
    "no-html.mhtml": errors.CorruptDocument,
    "deep.html": errors.CorruptDocument,
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_bad_input_gives_its_typed_error(broken: dict[str, Path], name: str) -> None:
    path = broken[name]
    before = path.read_bytes()
    with pytest.raises(BROKEN[name]) as info:
        load_path(path)
    assert type(info.value) is BROKEN[name]
    message = str(info.value)
    assert message and "{" not in message and "\n" not in message
    assert path.read_bytes() == before  # never modified


def test_error_messages_name_what_went_wrong(broken: dict[str, Path]) -> None:
    def msg(name: str) -> str:
        with pytest.raises(errors.InputError) as info:
            load_path(broken[name])
        return str(info.value)

    assert "PNG image" in msg("image.png") and "PNG image" in msg("image-named.txt")
    assert "Windows program" in msg("program.exe")
    assert ".docx" in msg("old.doc")
    assert "64 MB" in msg("zip-bomb.docx")
    assert "no text/html part" in msg("no-html.mhtml")
    assert "nested too deeply" in msg("deep.html")


def test_pdf_with_only_an_owner_password_opens(broken: dict[str, Path], made: dict[str, dict[str, Path]]) -> None:
    doc = load_path(broken["restricted.pdf"])
    assert doc.meta["encrypted"] == "yes"
    assert norm(doc.text) == norm(loaded(made[SEED_IDS[0]]["pdf"]).text)


def test_missing_directory_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(errors.FileMissing):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(errors.FileMissing):
        detect_format(tmp_path / "nope.pdf")
    with pytest.raises(errors.NotAFile):
        load_path(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: no 64 MB written
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(errors.TooLarge) as info:
        load_path(big)
    assert "64 MB" in str(info.value)
    with pytest.raises(errors.TooLarge):
        detect_format(big)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.txt"
    os.mkfifo(fifo)
    with pytest.raises(errors.NotAFile):
        load_path(fifo)  # and no hang waiting for a writer


def test_unreadable_file(tmp_path: Path) -> None:
    """Permission denied. Root reads everything, so as root the loader runs as "nobody"."""
    d = tmp_path / "pub"
    d.mkdir()
    f = d / "secret.txt"
    f.write_text("Nous collectons votre nom.", encoding="utf-8")
    f.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(errors.FileUnreadable):
            load_path(f)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot lose the right to read")
    for p in (tmp_path, *tmp_path.parents):
        if p.stat().st_mode & 0o001 == 0:
            p.chmod(p.stat().st_mode | 0o001)  # let "nobody" reach the directory
    code = (
        "import sys\nfrom policylens.core import errors\nfrom policylens.core.loaders import load_path\n"
        "try:\n    load_path(sys.argv[1])\nexcept errors.FileUnreadable as e:\n    print('unreadable:', e)\n"
    )
    out = subprocess.run(
        [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code, str(f)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    if "Permission denied" in out.stderr and "unreadable" not in out.stdout and "policylens" in out.stderr:
        pytest.skip("the package is not readable by an unprivileged user here")
    assert out.stdout.startswith("unreadable: The file cannot be read"), out.stderr[-500:]


def test_load_text_and_bytes() -> None:
    doc = load_text("Titre\r\n\r\nNous collectons votre nom.\r", name="collé")
    assert doc.text == "Titre\n\nNous collectons votre nom.\n" and doc.format == "text"
    with pytest.raises(errors.EmptyDocument):
        load_text(" \n\t")
    with pytest.raises(errors.EmptyDocument):
        load_bytes(b"", "x.txt")
    html = load_bytes(b"<!DOCTYPE html><html><body><p>" + b"Nous collectons votre nom. " * 20 + b"</p></body></html>",
                      "page.txt")
    assert html.format == "html" and html.meta["declared_format"] == "txt"


def test_content_wins_over_the_extension(made: dict[str, dict[str, Path]], tmp_path: Path) -> None:
    files = made[SEED_IDS[0]]
    for fmt, wrong in (("pdf", "policy.txt"), ("docx", "policy.pdf"), ("html", "policy.docx"), ("mhtml", "p.html")):
        target = tmp_path / wrong
        target.write_bytes(files[fmt].read_bytes())
        assert detect_format(target) == fmt
        assert load_path(target).format == fmt


def test_supported_extensions_for_dialogs() -> None:
    assert {".txt", ".md", ".html", ".htm", ".mhtml", ".mht", ".pdf", ".docx"} <= set(SUPPORTED_EXTENSIONS)
    assert dialog_patterns().split()[0] == "*.txt" and "*.docx" in dialog_patterns()


@pytest.mark.serial
def test_big_text_loads_fast(tmp_path: Path) -> None:
    seed = SEEDS[0].read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(seed * (5_000_000 // len(seed) + 1), encoding="cp1252")
    start = time.perf_counter()
    doc = load_path(big)
    elapsed = time.perf_counter() - start
    assert len(doc.text) > 5_000_000 and len(doc.blocks) > 1000
    assert elapsed < 2.5, f"{elapsed:.2f} s for 5 MB"


@pytest.mark.serial
def test_one_huge_paragraph_is_linear(tmp_path: Path) -> None:
    """Thousands of wrapped lines in one paragraph (a text file with hard wraps and no blank line)."""
    lines = "\n".join(["nous collectons des données de navigation et les conservons deux ans"] * 30_000)
    start = time.perf_counter()
    doc = load_bytes(("Politique\n\n" + lines).encode(), "wrapped.txt")
    assert time.perf_counter() - start < 2.0
    assert len(doc.blocks) == 2


# ------------------------------------------------------------------------------------ the CLI


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEED_IDS)
def test_cli_same_findings_in_every_format(made: dict[str, dict[str, Path]], seed: str) -> None:
    files = [made[seed][f] for f in ("txt", "pdf", "docx", "html", "mhtml")]
    out = subprocess.run(
        [str(POLICYLENS), "analyze", "--json", *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    summaries = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert [s["source"]["format"] for s in summaries] == ["txt", "pdf", "docx", "html", "mhtml"]

    def ids(s: dict) -> tuple[list[str], list[str]]:
        return sorted(c["category"] for c in s["collected"]), sorted(r["right"] for r in s["rights"])

    reference = ids(summaries[0])
    assert reference[0] and reference[1]
    for s in summaries[1:]:
        assert ids(s) == reference, s["source"]["format"]


def test_cli_exit_3_with_one_line(broken: dict[str, Path]) -> None:
    """One file: exit code 3 and one line ``policylens: FILE: message``."""
    out = subprocess.run(
        [str(POLICYLENS), "analyze", str(broken["scanned.pdf"])], capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert out.returncode == 3, out.stderr[-2000:]
    assert out.stderr.strip() == f"policylens: {broken['scanned.pdf']}: {errors.NoTextLayer()}"
    assert not out.stdout


def test_cli_every_bad_file_one_line_each(broken: dict[str, Path], tmp_path: Path) -> None:
    """Many bad files at once: one line each, no traceback, exit code 3 as none could be read."""
    files = [broken[name] for name in sorted(BROKEN) if name != "deep.html"] + [tmp_path]
    out = subprocess.run(
        [str(POLICYLENS), "analyze", *map(str, files)], capture_output=True, text=True, timeout=300, check=False
    )
    assert out.returncode == 3, out.stderr[-2000:]
    lines = out.stderr.strip().splitlines()
    assert len(lines) == len(files), out.stderr
    for path, line in zip(files, lines, strict=True):
        assert line.startswith(f"policylens: {path}: ")
    assert "Traceback" not in out.stderr and not out.stdout.strip()


def test_cli_missing_file(tmp_path: Path) -> None:
    out = subprocess.run(
        [str(POLICYLENS), "analyze", str(tmp_path / "nope.pdf")], capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert out.returncode == 3 and "does not exist" in out.stderr and len(out.stderr.strip().splitlines()) == 1


# ----------------------------------------------------------------- real-shaped pages and PDFs (issue 20)


def test_trafilatura_imports() -> None:
    """trafilatura needs lxml_html_clean with lxml >= 5.2; without it every page is read whole."""
    from policylens.core.loaders.html import trafilatura_module

    assert trafilatura_module() is not None, "trafilatura cannot be imported: is lxml_html_clean installed?"


_PARAGRAPH = (
    "We collect the e-mail address you give us when you create an account, and we use it to send you "
    "messages about your account and, if you agree, news about the service. "
)


def test_trafilatura_is_used_on_a_page_without_main(tmp_path: Path) -> None:
    menu = "".join(f'<div class="item"><a href="/p{i}">Product {i}</a></div>' for i in range(20))
    body = "".join(f"<p>{_PARAGRAPH * 2} Paragraph {i}.</p>" for i in range(8))
    page = (
        f"<html><head><title>Privacy | Acme</title></head><body><div class='top'>{menu}</div>"
        f"<div class='x1'><div class='x2'><h1>Privacy policy</h1>{body}</div></div>"
        f"<div class='bottom'>{menu}<p>© Acme 2024. All rights reserved worldwide by Acme.</p></div></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "trafilatura" in doc.meta["extractor"]
    assert "Paragraph 7." in doc.text and "Product 3" not in doc.text


def test_word_by_word_pdf_is_rebuilt(tmp_path: Path) -> None:
    """A PDF drawn word by word (Google Docs): lines rebuilt from word positions, sentences whole,
    decomposed accents joined (NFC), ligatures spelled out, table rows in reading order, running
    header and page number out."""
    paras = [
        "PRIVACY POLICY",
        "We collect your e-mail address and the photos you upload to verify your pro\ufb01le. " * 3,
        "Die Datenschutzerkla\u0308rung gilt fu\u0308r alle Nutzer der Anwendung und wird "
        "regelma\u0308ßig aktualisiert. " * 2,
        "TABLE:Data|Retention;E-mail address|3 years;Photos|1 year;"
        "The photos you upload to verify your profile and the checks we run on each of them|"
        "We keep them until you close your account and then for one more year",
        "We keep your data for as long as your account is open, and delete it within 30 days after you close it. " * 3,
    ] * 8
    path = fx.make_word_by_word_pdf(paras, tmp_path / "gdocs.pdf")
    from pypdf import PdfReader

    plain = PdfReader(str(path)).pages[0].extract_text()
    assert "We\ncollect\nyour" in plain  # the fixture is what the loader must repair
    doc = load_path(path)
    assert doc.meta["extractor"] == "pypdf (word positions)" and int(doc.meta["pages"]) >= 3
    lines = doc.text.splitlines()
    first = "We collect your e-mail address and the photos you upload to verify your profile."
    assert any(ln.startswith(f"{first} {first}") for ln in lines)  # the paragraph is one line
    assert "Die Datenschutzerklärung gilt für alle Nutzer der Anwendung und wird regelmäßig aktualisiert." in doc.text
    assert "\u0308" not in doc.text and "\ufb01" not in doc.text
    assert "E-mail address | 3 years" in lines and "Photos | 1 year" in lines
    # cells of several lines side by side are read cell after cell, never line across line
    assert "The photos you upload to verify your profile and the checks we run on each of them" in lines
    assert "We keep them until you close your account and then for one more year" in lines
    assert "Fruitz — Privacy Policy" not in doc.text
    assert not any(ln.strip().isdigit() for ln in lines)
    assert "within 30 days after you close it." in doc.text


def test_pdf_glyph_fixes() -> None:
    from policylens.core.loaders.pdf import fix_glyphs, looks_word_per_line

    assert fix_glyphs("Datenschutzerkla \u0308 rung") == "Datenschutzerklärung"
    assert fix_glyphs("Datenschutzerkla\u0308rung") == "Datenschutzerklärung"
    assert fix_glyphs("\ufb01chiers \ufb02ux e\ufb00et") == "fichiers flux effet"
    words = ["We", "collect", "your", "data", "to", "run", "the", "service", "and", "to", "send", "you", "news"]
    assert looks_word_per_line(words)
    assert not looks_word_per_line(["We collect your data to run the service."] * 20)


def test_consent_dialogs_and_popups_go_by_markup() -> None:
    policy = "".join(f"<h2>Section {i}</h2><p>{_PARAGRAPH * 3}</p>" for i in range(6))
    banners = (
        '<div id="onetrust-banner-sdk"><p>We use cookies to personalise content and ads, to provide social media '
        "features and to analyse our traffic, with our partners.</p></div>"
        '<div class="cky-consent-container"><p>We value your privacy: we and our 812 partners store and access '
        "information on your device.</p></div>"
        '<div role="dialog" aria-label="Newsletter"><p>Subscribe to our newsletter and get ten percent off '
        "your next order today.</p></div>"
        '<div aria-modal="true"><p>Choose how your personal data is used by our advertising partners.</p></div>'
        '<div id="tarteaucitronRoot"><p>This site uses cookies and gives you control over what you want '
        "to activate.</p></div>"
    )
    page = f"<html><body>{banners}<main><h1>Privacy policy</h1>{policy}</main></body></html>"
    doc = load_bytes(page.encode(), "page.html")
    for gone in ("personalise content", "812 partners", "newsletter", "advertising partners", "control over"):
        assert gone not in doc.text
    assert "Section 5" in doc.text


def test_a_dialog_holding_the_policy_stays() -> None:
    policy = "".join(f"<h2>Section {i}</h2><p>{_PARAGRAPH * 3}</p>" for i in range(6))
    page = f"<html><body><div role='dialog' aria-modal='true'><main><h1>Privacy</h1>{policy}</main></div></body></html>"
    doc = load_bytes(page.encode(), "page.html")
    assert "Section 5" in doc.text


def test_hyphenated_section_ids_are_not_boilerplate() -> None:
    """Class and id names match whole tokens: "information-sharing" is not "sharing"."""
    sections = "".join(
        f'<section id="{name}" class="{name}-block"><h2>{name}</h2><p>{_PARAGRAPH}</p></section>'
        for name in ("information-sharing", "how-we-share-data", "navigation-block", "your-cookies", "cmp-text")
    )
    page = (
        f'<html><body><div class="site-header"><a href="/">Home</a> <a href="/a">About us and more</a></div>'
        f'<div class="container">{sections}</div><div class="footer"><a href="/t">Terms</a></div></body></html>'
    )
    doc = load_bytes(page.encode(), "page.html")
    for name in ("information-sharing", "how-we-share-data", "navigation-block", "your-cookies", "cmp-text"):
        assert name in doc.text
    assert "About us and more" not in doc.text


def test_furniture_names_inside_the_main_region_keep_text_but_not_menus() -> None:
    text = _PARAGRAPH * 3
    page = (
        "<html><body><main><h1>Privacy</h1>"
        f'<div class="sharing"><h3>Sharing</h3><p>{text}</p></div>'
        '<div class="related"><a href="/1">Terms of service</a> <a href="/2">Cookie settings page</a></div>'
        f"<p>{text}</p></main></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "Sharing" in doc.text and "Cookie settings page" not in doc.text


def test_glued_inline_elements_get_a_space() -> None:
    page = (
        "<html><body><main><h1>Privacy</h1>"
        "<p>Nous sommes une <a href='/a'>entreprise</a><span>Dans ce cadre, nous traitons vos données.</span></p>"
        "<p><a href='/p'>Privacy Policy</a><a href='/i'>Personal Information</a> is described below.</p>"
        "<p>Data described in section<strong>I. How We Collect</strong> stays in Europe.</p>"
        "<p>Les donn<b>ées</b> de <i>l</i>'utilisateur et l'e-<em>mail</em> restent entières.</p>"
        f"<p>{_PARAGRAPH * 3}</p></main></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "entreprise Dans ce cadre" in doc.text
    assert "Privacy Policy Personal Information" in doc.text
    assert "section I. How We Collect" in doc.text
    assert "Les données de l'utilisateur et l'e-mail" in doc.text


def test_accordion_answers_and_questions_stay() -> None:
    page = (
        "<html><body><main><h1>FAQ</h1>"
        '<button aria-expanded="false" aria-controls="a1"><h3>Do you train on my data?</h3></button>'
        '<div id="a1" aria-hidden="true"><p>By default, we do not use your business data for training.</p></div>'
        '<p><a href="/x">Help<span class="sr-only">(opens in a new window)</span></a></p>'
        f"<p>{_PARAGRAPH * 3}</p></main></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "Do you train on my data?" in doc.text
    assert "we do not use your business data" in doc.text
    assert "opens in a new window" not in doc.text


def test_title_and_site_name_are_on_the_document() -> None:
    page = (
        '<html><head><title>Privacy Policy | Acme</title><meta property="og:site_name" content="Acme Cloud">'
        f"</head><body><main><p>{_PARAGRAPH * 3}</p></main></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert doc.title == "Privacy Policy | Acme" and doc.site_name == "Acme Cloud"


def _same_objects(a: object, b: object) -> bool:
    """Equal values of the same types, all the way down (pypdf's objects compare as their values)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same_objects(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_objects(a[k], b[k]) for k in a)  # type: ignore[index]
    return a == b


def test_pdf_content_streams_read_fast_are_read_as_pypdf_reads_them() -> None:
    """The fast reading of a page's content stream gives pypdf's very operations, or leaves the
    stream to pypdf."""
    import io

    from pypdf import PdfReader
    from pypdf.generic import ContentStream, DecodedStreamObject

    import policylens.core.loaders.pdf as pdf_loader
    from policylens.core.loaders._pdfops import parse_operations

    def pypdf_operations(data: bytes) -> list:
        stream = DecodedStreamObject()
        stream.set_data(data)
        return ContentStream(stream, None, "bytes").operations

    plain = [
        b"BT /F1 12 Tf 1 0 0 1 72.5 720 Tm <0036004800440055> Tj ET",
        b"BT\n/F2 9.96 Tf\n0 g\n.5 -3. +2 Td\n[<0036>-3.5<48 65 6>]TJ T* (Hello world) ' 0 0 (x) \" ET"
        b"\r\nq 0.2 0 0 RG Q",
        b"/Span<</ActualText <FEFF00A0> /MCID 3 /K [1 /N]>>BDC [ [1 2] /N ] 0 d EMC 1 0 0 1 0 0 cm",
        b"/P <</MCID 0>> BDC BT /TT0 1 Tf 12 0 0 12 72 700 Tm (A)Tj ET EMC\n",
        b"[(\xe9t\xe9 \\(sic\\) a\\\\b)-250(c\\nd\\t\\r\\b\\f)] TJ (a\\)b) Tj",
        b"",
        b"  \n",
    ]
    for data in plain:
        ours = parse_operations(data)
        assert ours is not None, data
        assert _same_objects(ours, pypdf_operations(data)), data
    left_to_pypdf = [
        b"% a comment\n0 g", b"(a\\101b) Tj", b"(a\\\nb) Tj", b"(a\\qb) Tj", b"/\xe9 gs", b"(a(b)c) Tj",
        b"BI /W 1 ID x EI", b"1 0 R", b"1,5 w", b"/A#20B gs",
        b"[1 true] TJ", b"1 2", b"[1 2", b"<</A 1 /A 2>> BDC", b"<</A>> BDC", b"<<1 2>> BDC", b"1 2 ] TJ", b"{ }",
        b"12345678901234567890 w", b"1\x00 w", b"/S <<>> stream",
    ]
    for data in left_to_pypdf:
        assert parse_operations(data) is None, data
    # real PDFs (Google Docs, Word), where they are: every page read fast, the same operations and text
    for pdf in [ROOT.parent / "shared" / "corpus" / "saved-pages" / "files" / f"pdf_{n}.pdf"
                for n in ("fruitz", "allergyinsider")]:
        if not pdf.exists():
            continue
        reader = PdfReader(io.BytesIO(pdf.read_bytes()))
        for page in reader.pages:
            data = ContentStream(page["/Contents"].get_object(), reader, "bytes").get_data()
            ours = parse_operations(data)
            assert ours is not None and _same_objects(ours, pypdf_operations(data))
        fast = pdf_loader.extract_pdf_text(pdf.read_bytes())
        real = pdf_loader.preparse_page
        try:
            pdf_loader.preparse_page = lambda page, reader: False  # type: ignore[assignment]
            slow = pdf_loader.extract_pdf_text(pdf.read_bytes())
        finally:
            pdf_loader.preparse_page = real
        assert fast == slow


def test_a_page_converted_from_a_pdf_reads_as_its_lines() -> None:
    """pdf2htmlEX draws a line as a <div> of text runs and empty spacer <span>s, thousands of them:
    unwrapped once the page is cleaned, the text reads the same."""
    lines = []
    for i in range(60):
        words = f"This Privacy Policy concerns the processing of personal data number {i} while you use it".split()
        runs = "".join(f'<span class="_ _0"></span>{w} <span class="_ _2"></span>' for w in words)
        lines.append(f'<div class="t m0 x4 h4 y{i} ff2 fs0"><span class="ff3">{runs}</span></div>')
    menu = "".join(f'<div class="item"><a href="/p{i}">Product {i}</a></div>' for i in range(20))
    page = (
        f"<html><body><div class='site-footer'>{menu}</div><div id='page-container'><div class='pf'>"
        f"{''.join(lines)}</div></div></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "This Privacy Policy concerns the processing of personal data number 7 while you use it" in doc.text
    assert "Product 3" not in doc.text


def test_a_collapsed_answer_stays_whatever_the_order_of_its_button() -> None:
    page = (
        "<html><body><main><h1>FAQ</h1>"
        '<div id="a9" hidden><p>We delete your messages 30 days after you close your account.</p></div>'
        '<div role="button" aria-controls="a9"><h3>When do you delete my messages?</h3></div>'
        '<div hidden><p>A panel nothing shows.</p></div>'
        f"<p>{_PARAGRAPH * 3}</p></main></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html")
    assert "We delete your messages 30 days" in doc.text
    assert "A panel nothing shows" not in doc.text


def test_an_ascii_box_around_a_summary_is_read_as_its_lines() -> None:
    """ "+----+" above and below, "| … |" around each line: the heading and items inside, a wrapped line
    joined to the one it goes on from; a grid table (pipes inside its lines) stays as it is."""
    from policylens.core.loaders import load_text

    text = (
        "Privacy Policy\n\n"
        "+--------------------------------------------------+\n"
        "| AT A GLANCE                                      |\n"
        "| - We do not sell your personal data.             |\n"
        "| - Texas residents have rights under the Texas    |\n"
        "|   Data Privacy and Security Act.                 |\n"
        "+--------------------------------------------------+\n\n"
        "+------+---------+\n| Data | Purpose |\n+------+---------+\n| name | orders  |\n+------+---------+\n"
    )
    doc = load_text(text)
    assert "|" not in doc.text.split("+------+")[0]
    assert "- Texas residents have rights under the Texas Data Privacy and Security Act." in doc.text
    assert "| Data | Purpose |" in doc.text
    kinds = {doc.text[b.start : b.end].strip(): b.kind for b in doc.blocks}
    assert kinds.get("AT A GLANCE") == "heading"
    assert kinds.get("- We do not sell your personal data.") == "list_item"
