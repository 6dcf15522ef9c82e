"""Fixtures of the hostile-input suite: the hostile files (made once per session, by the tests), a
good file of every format, a window with empty settings."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

import fixtures as fx
import policylens.ui  # noqa: F401  (before any Qt call: makes None immortal on Python 3.11)
from policylens.core import errors
from policylens.core.loaders import MAX_BYTES

from .helpers import POLICY_EN, SEED, Hostile


@pytest.fixture(scope="session")
def good_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One good policy in every format: txt, md, html, mhtml, pdf, docx."""
    out = tmp_path_factory.mktemp("good")
    made = fx.make_all(SEED, out)
    files = {fmt: made[fmt] for fmt in ("pdf", "docx", "html", "mhtml", "md")}
    txt = out / "policy.txt"
    txt.write_bytes(SEED.read_bytes())  # a copy: the tests must never touch resources/
    files["txt"] = txt
    return files


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, good_files: dict[str, Path]) -> dict[str, Hostile]:
    """Every hostile input the loaders must refuse, each with its error and message words."""
    d = tmp_path_factory.mktemp("hostile")
    rng = random.Random(20240607)
    h: dict[str, Hostile] = {}

    garbage = d / "garbage.txt"
    garbage.write_bytes(rng.randbytes(256 * 1024))
    h["garbage.txt"] = Hostile(garbage, errors.BinaryFile, ("binary",))

    empty = d / "empty.txt"
    empty.write_bytes(b"")
    h["empty.txt"] = Hostile(empty, errors.EmptyDocument, ("no text",))

    huge = d / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 200 MB that take no room and no time
        fh.truncate(200 * 1024 * 1024)
    h["huge.txt"] = Hostile(huge, errors.TooLarge, ("200 MB", f"{MAX_BYTES // 2**20} MB"))

    h["encrypted.pdf"] = Hostile(
        fx.make_encrypted_pdf(good_files["pdf"], d / "encrypted.pdf"), errors.EncryptedDocument, ("encrypted",)
    )
    h["corrupt.pdf"] = Hostile(fx.make_corrupt_pdf(good_files["pdf"], d / "corrupt.pdf"), errors.CorruptDocument,
                               ("PDF", "damaged"))
    h["scanned.pdf"] = Hostile(fx.make_scanned_pdf(d / "scanned.pdf"), errors.NoTextLayer, ("no text layer",))
    h["bomb.docx"] = Hostile(fx.make_zip_bomb_docx(good_files["docx"], d / "bomb.docx"),
                             errors.UnsafeArchive, ("unpack", "MB"))
    not_zip = d / "not-a-zip.docx"
    not_zip.write_bytes(b"This is not a Word document at all.\n" * 40)
    h["not-a-zip.docx"] = Hostile(not_zip, errors.CorruptDocument, ("Word", "not a zip"))

    deep = d / "deep.html"
    with deep.open("w", encoding="utf-8") as fh:
        fh.write("<!doctype html><html><body><p>We collect your name.</p>")
        fh.write("<div>" * 100_000 + "<p>Deep inside.</p>" + "</div>" * 100_000)
        fh.write("</body></html>")
    h["deep.html"] = Hostile(deep, errors.CorruptDocument, ("HTML", "nested too deeply"))

    h["no-html.mhtml"] = Hostile(fx.make_mhtml_without_html(d / "no-html.mhtml"), errors.CorruptDocument,
                                 ("MHTML", "text/html"))

    if hasattr(os, "mkfifo"):
        fifo = d / "pipe.txt"
        os.mkfifo(fifo)  # nobody ever writes to it: opening it for reading would block forever
        h["pipe.txt"] = Hostile(fifo, errors.NotAFile, ("not a regular file",))

    loop = d / "loop.txt"
    os.symlink(d / "loop-b.txt", loop)
    os.symlink(loop, d / "loop-b.txt")
    h["loop.txt"] = Hostile(loop, errors.FileUnreadable, ("symbolic links",))

    folder = d / "a folder.txt"
    folder.mkdir()
    h["folder"] = Hostile(folder, errors.NotAFile, ("not a regular file",))

    for dev in ("/dev/zero", "/dev/urandom"):
        if Path(dev).exists():
            h[dev] = Hostile(Path(dev), errors.NotAFile, ("not a regular file",))

    h["missing.pdf"] = Hostile(d / "missing.pdf", errors.FileMissing, ("does not exist",))
    return h


@pytest.fixture(scope="session")
def odd_names(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same small policy under file names people (and attackers) make."""
    d = tmp_path_factory.mktemp("odd names")  # a space in the folder too
    names = {
        "spaces": "my privacy policy (copy 2).txt",
        "unicode": "política de privacidad — 個人情報 ñ é.txt",
        "newline": "line one\nline two.txt",
        "leading dash": "-rf --help.txt",
        "escape codes": "\x1b]0;pwned\x07\x1b[2Jpolicy.txt",
        "quote and dollar": "it's $HOME `x`.md",
    }
    out = {}
    for key, name in names.items():
        p = d / name
        p.write_text(POLICY_EN, encoding="utf-8")
        out[key] = p
    return out


@pytest.fixture
def window(qtbot):
    """A fresh main window with empty settings (analysis in its own process, as in the app)."""
    yield from fx.fresh_window(qtbot, 1200, 800)


@pytest.fixture(scope="session")
def argos_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny real .argosmodel files (random weights), built once: ru→en and en→fr."""
    from policylens.translate.testing import build_package

    from .helpers import POLICY_EN, POLICY_RU

    folder = tmp_path_factory.mktemp("argosmodels")
    corpus = [*POLICY_RU.splitlines(), *POLICY_EN.splitlines()]
    return {
        "ru_en": build_package(folder, "ru", "en", corpus=corpus, seed=1),
        "en_fr": build_package(folder, "en", "fr", corpus=corpus, seed=2),
    }


@pytest.fixture
def clean_packages() -> Iterator[Path]:
    """No Argos package installed, before and after (the root conftest points ARGOS_PACKAGES_DIR
    at a temporary home)."""
    import shutil

    from policylens.translate import packages

    root = packages.packages_dir()

    def wipe() -> None:
        root.mkdir(parents=True, exist_ok=True)
        for child in root.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()

    wipe()
    yield root
    wipe()
