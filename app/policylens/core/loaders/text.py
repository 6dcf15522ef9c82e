"""Plain text: decoding bytes of any common encoding, and normalising newlines.

The order matters, because a detector guessing from statistics misreads short texts:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. bytes that are valid UTF-8 are UTF-8 (legacy 8-bit text almost never is);
3. UTF-16 without a BOM shows as NUL bytes in every other position for Latin text;
4. Windows-1252 (a superset of Latin-1 for printable text) when the result reads as Western text:
   few accented letters among plain ones, and no symbols stuck inside words;
5. charset-normalizer, limited to the codecs policies are really written in (Central European,
   Cyrillic, Greek, Turkish, Baltic, Hebrew, Arabic, Chinese, Japanese, Korean);
6. Windows-1252 with replacement characters, as a last resort.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from policylens.core import errors

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# what charset-normalizer may pick from (step 5): Unicode and the legacy codecs real policies use
PLAUSIBLE_CODECS = (
    "utf_8", "utf_16_le", "utf_16_be",
    "cp1250", "iso8859_2",  # Central European
    "cp1251", "koi8_r", "koi8_u", "iso8859_5",  # Cyrillic
    "cp1253", "iso8859_7",  # Greek
    "cp1254", "iso8859_9",  # Turkish
    "cp1257", "iso8859_13",  # Baltic
    "cp1255", "iso8859_8",  # Hebrew
    "cp1256",  # Arabic
    "cp874",  # Thai
    "gb18030", "big5", "shift_jis", "euc_jp", "iso2022_jp", "euc_kr", "cp949",
)

# non-letters a Western text uses (anything else non-ASCII inside a word is a wrong guess)
_WESTERN_SYMBOLS = set("«»‹›“”„‘’‚–—…•·°§©®™€£¥¢¶†‡‰¡¿ªº±×÷¼½¾²³¹µ\u00a0\u00ad")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """Decode text bytes (see the module doc for the order). Raises :class:`BinaryFile` when the
    bytes are not text in any encoding."""
    text, _ = decode_text_with_encoding(data)
    return text


def decode_text_with_encoding(data: bytes) -> tuple[str, str]:
    """Like :func:`decode_text`, also returning the codec used."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            _check_textual(text)
            return text, enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            _check_textual(text)
            return text, "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        _check_textual(text)
        return text, utf16
    if b"\x00" in data:
        raise errors.BinaryFile()
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass  # bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D do not occur in Windows-1252 text
    else:
        if looks_western(text):
            _check_textual(text)
            return text, "cp1252"
    guess = _charset_normalizer_guess(data)
    if guess:
        text = data.decode(guess, errors="replace")
        _check_textual(text)
        return text, guess
    text = data.decode("cp1252", errors="replace")
    _check_textual(text)
    return text, "cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit in every other byte (Latin text in UTF-16)."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        enc = "utf-16-le"
    elif even_nul > 0.3 * half and odd_nul < 0.05 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        sample.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


def looks_western(text: str) -> bool:
    """True when ``text`` (decoded as Windows-1252) reads as a Western European language: accented
    letters are a minority of the letters and no symbol sits inside a word ("wiêcej", "u¿ytkownik"
    are Polish read with the wrong code page; "Ïðèâåò" is Russian)."""
    sample = text[:200_000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return True
    accented = len(_ACCENTED.findall(sample))
    if letters >= 20 and accented / letters > 0.45:
        return False  # Cyrillic or Greek read as Latin: almost every letter accented
    suspicious = len(_INSIDE_WORD.findall(sample)) + len(_ODD.findall(sample))
    return suspicious <= accented // 100


_LETTER = re.compile(r"[^\W\d_]")
_ACCENTED = re.compile(r"[^\W\d_\x00-\x7f]")
# a non-ASCII symbol between two letters (a misdecoded letter); typographic apostrophes aside
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f’·\u00ad](?=[^\W\d_])")
# Windows-1252 characters no Western text uses
_ODD = re.compile(
    "["
    + "".join(
        re.escape(ch)
        for ch in bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
        if not ch.isalpha() and ch not in _WESTERN_SYMBOLS and unicodedata.category(ch)[0] not in "LZP"
    )
    + "]"
)


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    try:
        matches = from_bytes(data[: 1 << 20], cp_isolation=list(PLAUSIBLE_CODECS))
    except (LookupError, ValueError):
        return None
    best = matches.best()
    if best is None:
        return None
    return str(best.encoding)


def _check_textual(text: str) -> None:
    """Raise :class:`BinaryFile` when decoded text is mostly control characters."""
    sample = text[:65536]
    if not sample:
        return
    if "\x00" in sample:
        raise errors.BinaryFile()
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise errors.BinaryFile()


def normalise_text(text: str) -> str:
    """Newlines to ``\\n`` (CRLF, CR, form feed, Unicode line/paragraph separators), BOMs and NULs out."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in ("\ufeff", "\x00"):
        if ch in text:
            text = text.replace(ch, "")
    for ch in ("\x0c", "\x0b", "\u2028", "\u2029", "\x85"):
        if ch in text:
            text = text.replace(ch, "\n")
    return text


def collapse_spaces(text: str) -> str:
    """Runs of horizontal whitespace to one space (no-break spaces kept as they are meaningful in
    French typography: "données :")."""
    return _HSPACE.sub(" ", text)


_HSPACE = re.compile(r"[ \t\u2000-\u200a\u3000]+")


_BORDER = re.compile(r"[ \t]*\+[-=+]{3,}\+[ \t]*")
_FRAMED = re.compile(r"[ \t]*\|([^|\n]*)\|[ \t]*")


def unframe_boxes(text: str) -> str:
    """A box drawn in ASCII around a summary ("+-----+" above and below, every line between "| … |") as
    the lines inside it, so that its heading and list items read as in the rest of the text; a line
    that goes on, indented, from the one above it ("| - Texas residents have rights under the Texas Data
    Privacy and Security  |" / "|   Act.  |") is joined to it. Only a box of one column: a grid table
    ("| Data | Purpose |") has pipes inside its lines and stays a table."""
    if "+--" not in text and "+==" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BORDER.fullmatch(lines[i]):
            k = i + 1
            while k < len(lines) and _FRAMED.fullmatch(lines[k]):
                k += 1
            if k > i + 1 and k < len(lines) and _BORDER.fullmatch(lines[k]):
                out.append("")
                for j in range(i + 1, k):
                    m = _FRAMED.fullmatch(lines[j])
                    assert m is not None
                    inner = m.group(1).rstrip()
                    inner = inner[1:] if inner.startswith(" ") else inner
                    if inner[:1].isspace() and out and out[-1].strip():
                        out[-1] += " " + inner.strip()
                    else:
                        out.append(inner)
                out.append("")
                i = k + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
