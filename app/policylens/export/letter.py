"""A drafted letter written to a file: plain text, an unsent e-mail (.eml) or a PDF.

Files are written through a temporary file and renamed, and never replace an existing file unless
``force`` is given (the CLI's ``--force``; the GUI asks first).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from policylens.core.letters import Letter, to_eml

FORMATS = {".txt": "txt", ".text": "txt", ".eml": "eml", ".pdf": "pdf"}


class LetterExists(FileExistsError):
    pass


def letter_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def _atomic_write(path: Path, data: bytes, force: bool) -> None:
    if path.exists() and not force:
        raise LetterExists(str(path))
    fd, tmp = tempfile.mkstemp(prefix=".policylens-", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def pdf_bytes(text: str, title: str = "") -> bytes:
    """The letter as an A4 PDF (Qt's PDF writer; plain text in a serif font; 2.5 cm margins: 5 mm
    of the page plus the 2 cm that ``QTextDocument.print`` adds)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from policylens.export.qtapp import ensure_gui_app

    ensure_gui_app()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("PolicyLens")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setPlainText(text)
    doc.print_(writer)
    buf.close()
    return bytes(data.data())


def save_letter(letter: Letter, path: Path, *, text: str | None = None, subject: str | None = None,
                force: bool = False) -> str:
    """Write ``letter`` (or its edited ``text``) to ``path``; the format comes from the extension
    (.txt, .eml, .pdf; anything else is plain text). Returns the format written."""
    body = text if text is not None else letter.text
    fmt = letter_format(path) or "txt"
    if fmt == "eml":
        data = to_eml(letter, body, subject)
    elif fmt == "pdf":
        data = pdf_bytes(body, subject or letter.subject)
    else:
        data = body.encode("utf-8")
    _atomic_write(path, data, force)
    return fmt
