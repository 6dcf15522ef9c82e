"""Exports of a summary: a one-page PDF or PNG, a self-contained HTML file, Markdown; and a
full report (PDF, HTML, Markdown) with every finding and its evidence.

Public API::

    export(summary, path, fmt=None, paper=None, ui_lang=None, force=False, full=False, pointer=None)
    render(summary, fmt, paper=None, ui_lang=None, full=False, pointer=None) -> bytes
    default_paper() -> "a4" | "letter"        # from the system locale
    format_for(path, fmt=None) -> "pdf" | "html" | "md" | "png"
    atomic_write(path, data, force=False)
    ExportError, OutputExists, UnknownFormat

Nothing here touches the network; PDF and PNG paint with QtGui (a headless QGuiApplication is
created when needed), HTML and Markdown need only QtCore (dates, translations).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import policylens.qtsafe  # noqa: F401  (first: makes None immortal on Python 3.11)
from policylens.core.errors import QT_TRANSLATE_NOOP, PolicyLensError
from policylens.core.models import Summary

FORMATS = ("pdf", "html", "md", "png")
PAPERS = ("a4", "letter")
EXTENSIONS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".png": "png"}
PNG_DPI = 150

# territories that use US Letter (ISO 3166 codes)
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "PR", "SV", "NI",
                                "BZ", "BO"})


class ExportError(PolicyLensError):
    """An export cannot be written (usage: exit code 2)."""

    code = "export"
    exit_code = 2
    context = "export"
    message = QT_TRANSLATE_NOOP("export", "Cannot export: {reason}")


class OutputExists(ExportError):
    code = "exists"
    message = QT_TRANSLATE_NOOP("export", "{path} already exists (use --force to replace it)")


class UnknownFormat(ExportError):
    code = "format"
    message = QT_TRANSLATE_NOOP(
        "export", "Cannot tell the format of {path}: use a .pdf, .html, .md or .png name, or --format"
    )


class NoFullPng(ExportError):
    code = "full_png"
    message = QT_TRANSLATE_NOOP("export", "The full report is not available as PNG: use PDF, HTML or Markdown")


class WriteFailed(ExportError):
    code = "write"
    exit_code = 1
    message = QT_TRANSLATE_NOOP("export", "Cannot write {path}: {reason}")


def default_paper() -> str:
    """"letter" where the system locale uses US Letter (US, Canada, Mexico, the Philippines...),
    else "a4"."""
    from PySide6.QtCore import QLocale

    loc = QLocale.system()
    if loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    name = loc.name()  # "en_US"
    territory = name.split("_")[1] if "_" in name else ""
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    if fmt:
        fmt = fmt.lower().lstrip(".")
        fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise UnknownFormat(path=str(path))
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in EXTENSIONS:
        raise UnknownFormat(path=str(path))
    return EXTENSIONS[ext]


def render(
    summary: Summary,
    fmt: str,
    paper: str | None = None,
    ui_lang: str | None = None,
    full: bool = False,
    pointer: str | None = None,
) -> bytes:
    """The export of ``summary`` as bytes, in the UI language ``ui_lang`` (English when None).
    ``pointer`` says where the full report is, shown when the page had to be shortened."""
    if fmt not in FORMATS:
        raise UnknownFormat(path=fmt)
    if full and fmt == "png":
        raise NoFullPng()
    paper = (paper or default_paper()).lower()
    if paper not in PAPERS:
        raise ExportError(reason=f"unknown paper size {paper!r} (a4 or letter)")
    if fmt in ("pdf", "png"):
        from policylens.export.qtapp import ensure_gui_app

        ensure_gui_app()
    from policylens.export.content import build_page
    from policylens.tr import make_tr

    tr = make_tr(ui_lang)
    page = build_page(summary, ui_lang, pointer=pointer, tr=tr)
    if full:
        from policylens.export.content import label
        from policylens.export.full import findings
        from policylens.render import texts

        found = findings(summary, texts(summary, tr)["cards"])  # type: ignore[arg-type]
        labels = {k: label(tr, k) for k in ("full_title", "in_section", "evidence", "no_evidence")}
        page.kicker = labels["full_title"]
        if fmt == "md":
            from policylens.export.markdown import full_markdown

            return full_markdown(page, found).encode("utf-8")
        if fmt == "html":
            from policylens.export.html import full_html

            return full_html(page, found, labels).encode("utf-8")
        from policylens.export.report import report_pdf

        return report_pdf(page, found, labels, paper)
    if fmt == "md":
        from policylens.export.markdown import summary_markdown

        return summary_markdown(page).encode("utf-8")
    if fmt == "html":
        from policylens.export.html import summary_html

        return summary_html(page).encode("utf-8")
    from policylens.export import page as pagemod

    if fmt == "pdf":
        return pagemod.pdf_bytes(page, paper)
    return pagemod.png_bytes(page, paper, PNG_DPI)


def atomic_write(path: str | os.PathLike[str], data: bytes, force: bool = False) -> Path:
    """Write ``data`` to ``path`` all at once: a temporary file in the same directory, flushed to
    disk, then renamed over the target. A failure leaves no file behind (and the old one intact).
    Without ``force`` an existing file is never replaced (:class:`OutputExists`)."""
    target = Path(path)
    if target.exists() and not force:
        raise OutputExists(path=str(target))
    if target.exists() and not target.is_file():
        raise WriteFailed(path=str(target), reason="not a regular file")
    directory = target.parent if str(target.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise WriteFailed(path=str(target), reason=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).chmod(0o666 & ~_umask())
        if not force and target.exists():  # appeared meanwhile
            raise OutputExists(path=str(target))
        Path(tmp).replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        if isinstance(exc, OSError):
            raise WriteFailed(path=str(target), reason=exc.strerror or str(exc)) from exc
        raise
    with contextlib.suppress(OSError):  # make the rename durable
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export(
    summary: Summary,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    paper: str | None = None,
    ui_lang: str | None = None,
    force: bool = False,
    full: bool = False,
    pointer: str | None = None,
) -> Path:
    """Render ``summary`` and write it atomically to ``path`` (format from the extension unless
    ``fmt`` is given). Rendering happens before anything is written."""
    fmt = format_for(path, fmt)
    if Path(path).exists() and not force:
        raise OutputExists(path=str(path))
    data = render(summary, fmt, paper=paper, ui_lang=ui_lang, full=full, pointer=pointer)
    return atomic_write(path, data, force=force)
