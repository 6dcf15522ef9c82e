"""Property-based tests of the loaders (Hypothesis): any bytes under any supported name, generated
HTML, Markdown and MHTML, and damaged copies of real PDF/Word/web files either load into a
consistent document (blocks inside the text, in order) or raise a typed ``InputError`` — never
another exception, never a hang. ``bench/fuzz_long.py`` runs the same properties with many more
examples (``POLICYLENS_FUZZ_EXAMPLES``)."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policylens.core import errors
from policylens.core.document import Document
from policylens.core.loaders import SUPPORTED_EXTENSIONS, load_bytes, load_path

EXAMPLES = int(os.environ.get("POLICYLENS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("POLICYLENS_FUZZ_EXAMPLES") is None,  # CI: the same examples every run
)
NAMES = [f"policy{ext}" for ext in SUPPORTED_EXTENSIONS] + ["policy", "policy.doc", "policy.rtf", "POLICY.PDF"]


def check(data: bytes, name: str) -> Document | None:
    """Load ``data``: a consistent document, or None after a typed error."""
    try:
        doc = load_bytes(data, name)
    except errors.InputError as exc:
        message = str(exc)
        assert message and "{" not in message, message
        return None
    assert doc.text.strip()
    last = 0
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text), b
        assert b.start >= last, "blocks overlap or go backwards"
        last = b.end
    assert doc.format in ("txt", "md", "html", "mhtml", "pdf", "docx")
    return doc


# ---------------------------------------------------------------------------------------------
# bytes


MAGIC = [b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<!doctype html>",
         b"<html>", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n",
         b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"# Title\n", b"---\ntitle: x\n---\n", b""]


@FUZZ
@given(head=st.sampled_from(MAGIC), body=st.binary(max_size=4096), name=st.sampled_from(NAMES))
@example(head=b"", body=b"\x00" * 100, name="policy.txt")
@example(head=b"PK\x03\x04", body=b"\x00" * 100, name="policy.docx")
@example(head=b"%PDF-1.7\n", body=b"trailer<</Root 1 0 R>>", name="policy.pdf")
def test_any_bytes_under_any_name(head: bytes, body: bytes, name: str) -> None:
    check(head + body, name)


@FUZZ
@given(text=st.text(max_size=3000), name=st.sampled_from(NAMES),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]))
def test_any_text_in_any_encoding(text: str, name: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    check(data, name)


# ---------------------------------------------------------------------------------------------
# generated HTML and Markdown

TAGS = ["div", "p", "span", "ul", "ol", "li", "h1", "h2", "h3", "table", "tr", "td", "th", "main", "article",
        "section", "nav", "header", "footer", "script", "style", "noscript", "iframe", "img", "br", "a", "b",
        "pre", "form", "svg", "template", "dl", "dt", "dd", "blockquote", "aside", "button", "title"]
ATTRS = ['class="cookie-banner"', 'id="main"', "hidden", 'style="display:none"', 'role="navigation"',
         'role="main"', 'aria-hidden="true"', 'src="http://tracker.example/x.gif"', 'href="javascript:alert(1)"',
         'onload="alert(1)"', 'class="footer"', 'lang="fr"']
WORDS = st.sampled_from(["We", "collect", "your", "email", "address", "and", "keep", "it", "2", "years", "&amp;",
                         "&lt;script&gt;", "&#x1F600;", "&bogus;", "é", "données", "\u200b", "\u00ad", "<!--", "-->",
                         "]]>", "<", ">", "\u2028", "\x00", "SECRET_SCRIPT_TEXT"])


@st.composite
def html_trees(draw, depth: int = 0) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 1))):
        if depth < 6 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attrs = " ".join(draw(st.lists(st.sampled_from(ATTRS), max_size=2)))
            inner = draw(html_trees(depth=depth + 1))
            if tag == "script":
                inner = "var SECRET_SCRIPT_TEXT = 1;"
            closing = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # sometimes left open
            parts.append(f"<{tag} {attrs}>{inner}{closing}")
        else:
            parts.append(" ".join(draw(st.lists(WORDS, min_size=1, max_size=12))))
    return "".join(parts)


@FUZZ
@given(body=html_trees(), doctype=st.booleans(),
       charset=st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="windows-1252">',
                                '<meta charset="bogus-42">', '<meta http-equiv="Content-Type" content="text/html; '
                                'charset=iso-8859-1">']))
def test_generated_html(body: str, doctype: bool, charset: str) -> None:
    head = f"<html><head>{charset}<title>t</title></head>"
    page = ("<!doctype html>" if doctype else "") + f"{head}<body>{body}</body></html>"
    doc = check(page.encode("utf-8", errors="surrogatepass"), "page.html")
    if doc is not None:
        assert "SECRET_SCRIPT_TEXT = 1" not in doc.text  # scripts are never text


MD_LINE = st.one_of(
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 7), st.text(max_size=40)),
    st.builds(lambda i, m, t: " " * i + m + " " + t, st.integers(0, 12),
              st.sampled_from(["-", "*", "+", "1.", "2)", "•"]), st.text(max_size=60)),
    st.sampled_from(["```", "~~~", "---", "===", "> quote", "| a | b |", "|---|---|", "[x]: http://a", "<!--", "-->",
                     "***bold italic***", "[link](http://example.com 'title')", "![img](http://tracker/x.png)",
                     "<div>html</div>", "\\*escaped\\*", "`code`", "---\ntitle: \"x\"\n---", ""]),
    st.text(max_size=80),
)


@FUZZ
@given(lines=st.lists(MD_LINE, max_size=40))
def test_generated_markdown(lines: list[str]) -> None:
    check("\n".join(lines).encode("utf-8", errors="surrogatepass"), "policy.md")


@st.composite
def mhtml_files(draw) -> bytes:  # type: ignore[no-untyped-def]
    boundary = draw(st.sampled_from(["----b", "x", "", "=_Part_1"]))
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        ctype = draw(st.sampled_from(["text/html", "text/css", "image/png", "text/html; charset=bogus", "text/plain"]))
        enc = draw(st.sampled_from(["quoted-printable", "base64", "7bit", "x-unknown"]))
        body = draw(st.sampled_from(["<p>We collect your email.</p>", "=3D=3D=\r\n", "not base64 !!", "=ZZ", ""]))
        parts.append(f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {enc}\r\n\r\n{body}\r\n")
    head = (f"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; "
            f'type="text/html"; boundary="{boundary}"\r\n\r\n')
    tail = f"--{boundary}--\r\n" if draw(st.booleans()) else ""
    return (head + "".join(parts) + tail).encode()


@FUZZ
@given(data=mhtml_files())
def test_generated_mhtml(data: bytes) -> None:
    check(data, "page.mhtml")


# ---------------------------------------------------------------------------------------------
# damaged copies of real files


@pytest.fixture(scope="module")
def real_bytes(good_files: dict[str, Path]) -> dict[str, bytes]:
    return {fmt: p.read_bytes() for fmt, p in good_files.items()}


def _damage(data: bytes, rng: random.Random, how: str) -> bytes:
    b = bytearray(data)
    if how == "truncate":
        return bytes(b[: rng.randrange(1, len(b))])
    if how == "flip":
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return bytes(b)
    if how == "zero":
        i = rng.randrange(len(b))
        b[i : i + rng.randint(1, 4096)] = bytes(min(len(b) - i, 4096))
        return bytes(b[: len(data)])
    if how == "splice":
        i, j = sorted(rng.randrange(len(b)) for _ in range(2))
        return bytes(b[:i] + b[j:] + b[i:j])
    raise AssertionError(how)


@FUZZ
@given(fmt=st.sampled_from(["pdf", "docx", "mhtml", "html", "md"]), seed=st.integers(0, 2**32 - 1),
       how=st.sampled_from(["truncate", "flip", "zero", "splice"]))
def test_damaged_real_files(real_bytes: dict[str, bytes], fmt: str, seed: int, how: str) -> None:
    check(_damage(real_bytes[fmt], random.Random(seed), how), f"policy.{fmt}")


def test_through_the_file_system_too(tmp_path: Path) -> None:
    """``load_path`` adds its own checks to ``load_bytes``; a few random files through it."""
    rng = random.Random(5)
    for i in range(20):
        name = rng.choice(NAMES)
        p = tmp_path / f"{i}-{name}"
        p.write_bytes(rng.choice(MAGIC) + rng.randbytes(rng.randrange(0, 3000)))
        try:
            doc = load_path(p)
        except errors.InputError as exc:
            assert re.fullmatch(r"[^\n{}]+", str(exc)), str(exc)
        else:
            assert doc.path == str(p)
