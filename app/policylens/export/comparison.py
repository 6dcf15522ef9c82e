"""A comparison of two versions of a policy (:mod:`policylens.core.compare`) as one page: PDF,
self-contained HTML or Markdown — what changed, grouped by card (worst first), each change with
the sentence before and after, the dates of both versions and both files' SHA-256.

    render_comparison(cmp, fmt, paper=None, ui_lang=None) -> bytes
    export_comparison(cmp, path, fmt=None, paper=None, ui_lang=None, force=False) -> Path

Writing goes through :func:`policylens.export.atomic_write`: never a half-written file, and an
existing one is replaced only with ``force``. The PDF is the HTML laid out by Qt and scaled down,
if it must, to fit one page; long lists are shortened first ("+N more").
"""

from __future__ import annotations

import os
from pathlib import Path

from policylens import __version__
from policylens.core.compare import Comparison
from policylens.core.errors import QT_TRANSLATE_NOOP
from policylens.diff_render import (
    UI,
    change_text,
    grade_change,
    group_title,
    grouped,
    render_diff_markdown,
    say,
    side_line,
    text_summary,
    warnings_text,
)
from policylens.export import PAPERS, ExportError, OutputExists, UnknownFormat, atomic_write, default_paper
from policylens.export.html import esc

FORMATS = ("pdf", "html", "md")
MORE = QT_TRANSLATE_NOOP("diff", "+%n more", None, 1)
MAX_CHANGES = 24  # on the page; the rest is counted
QUOTE = 220  # characters of a quoted sentence

CSS = """
body{margin:0;background:#eef0f2;color:#1f2328;font-family:system-ui,"DejaVu Sans","Noto Sans",Arial,sans-serif;
font-size:14px;line-height:1.4}
main{max-width:52rem;margin:1.2rem auto;background:#fff;padding:1.6rem 2rem;border-radius:10px}
h1{font-size:1.6rem;margin:0 0 .4rem}
h2{font-size:1.05rem;margin:1rem 0 .3rem;border-bottom:1px solid #d0d7de}
.meta{color:#57606a;font-size:.85rem;margin:.1rem 0}
.sha{font-family:monospace;font-size:.72rem;color:#57606a}
.grade{font-size:1.2rem;font-weight:700;margin:.5rem 0}
.warn{color:#9a5b00;font-style:italic;margin:.3rem 0}
ul{margin:.2rem 0;padding-left:1.2rem}
li{margin:.25rem 0}
.q{color:#57606a;font-size:.85rem}
.b{color:#b42318}.a{color:#1e7a34}
footer{margin-top:1rem;color:#57606a;font-size:.75rem;border-top:1px solid #d0d7de;padding-top:.3rem}
"""


def _quote(text: str) -> str:
    q = " ".join(text.split())
    return q if len(q) <= QUOTE else q[: QUOTE - 1] + "…"


def comparison_html(
    cmp: Comparison, ui_lang: str | None = None, *, limit: int = MAX_CHANGES, full_css: bool = True
) -> str:
    from policylens.tr import make_tr

    tr = make_tr(ui_lang)
    title = say(tr, UI["title"])
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(ui_lang or "en")}"><head><meta charset="utf-8">',
        '<meta name="referrer" content="no-referrer">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{esc(title)}</title><style>{CSS if full_css else ''}</style></head><body><main>",
        f"<h1>{esc(title)}</h1>",
    ]
    for key, side in (("old", cmp.old), ("new", cmp.new)):
        parts.append(f'<p class="meta"><b>{esc(say(tr, UI[key]))}</b>: {esc(side_line(side, tr, ui_lang))}<br>'
                     f'<span class="sha">SHA-256 {esc(side.source.sha256)}</span></p>')
    parts.append(f'<p class="grade">{esc(grade_change(cmp, tr))}</p>')
    parts += [f'<p class="warn">{esc(w)}</p>' for w in warnings_text(cmp, tr)]
    if not cmp.changes:
        parts.append(f"<p>{esc(say(tr, UI['no_change']))}</p>")
    shown = 0
    for group, changes in grouped(cmp):
        if shown >= limit:
            break
        parts.append(f"<h2>{esc(group_title(group, tr))}</h2><ul>")
        for c in changes:
            if shown >= limit:
                break
            shown += 1
            parts.append(f"<li>{esc(change_text(c, tr))}")
            # line breaks, not blocks: Qt's layout of the PDF spaces blocks inside a list item unevenly
            if c.evidence_before:
                parts.append(f'<br><span class="q"><span class="b">−</span> {esc(_quote(c.evidence_before[0].quote))}'
                             '</span>')
            if c.evidence_after:
                parts.append(f'<br><span class="q"><span class="a">+</span> {esc(_quote(c.evidence_after[0].quote))}'
                             '</span>')
            parts.append("</li>")
        parts.append("</ul>")
    total = sum(len(changes) for _group, changes in grouped(cmp))
    if shown < total:
        parts.append(f"<p class=\"meta\">{esc(say(tr, MORE, total - shown))}</p>")
    parts.append(f"<h2>{esc(say(tr, UI['text']))}</h2><p>{esc(text_summary(cmp, tr))}</p>")
    parts.append(f"<footer>PolicyLens {esc(__version__)}</footer></main></body></html>")
    return "\n".join(parts)


def _pdf(cmp: Comparison, paper: str, ui_lang: str | None) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    from policylens.export.page import FAMILIES, PAPER_ID, paper_points

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER_ID[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setCreator(f"PolicyLens {__version__}")
    w_pt, h_pt = paper_points(paper)
    margin = 36.0
    k = writer.resolution() / 72.0
    limit = MAX_CHANGES
    doc = QTextDocument()
    while True:
        html = comparison_html(cmp, ui_lang, limit=limit, full_css=False)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = doc.defaultFont()
        font.setFamilies(FAMILIES)
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet("h1{font-size:17pt} h2{font-size:11.5pt} .meta,.q,footer{color:#57606a}"
                                 ".sha{font-family:monospace;font-size:7pt} .warn{color:#9a5b00}"
                                 ".b{color:#b42318} .a{color:#1e7a34} .grade{font-size:13pt;font-weight:bold}")
        doc.setHtml(html)
        doc.setTextWidth(w_pt - 2 * margin)
        height = doc.size().height()
        # shorten the list while the page would have to be shrunk below 70%
        if height <= (h_pt - 2 * margin) / 0.7 or limit <= 6:
            break
        limit -= 3
    scale = min(1.0, (h_pt - 2 * margin) / max(1.0, height))
    if scale < 1.0:  # lay out wider so that, scaled down, it still spans the page's width
        doc.setTextWidth((w_pt - 2 * margin) / scale)
        scale = min(scale, (h_pt - 2 * margin) / max(1.0, doc.size().height()))
    painter = QPainter(writer)
    try:
        painter.scale(k * scale, k * scale)
        painter.translate(margin / scale, margin / scale)
        doc.drawContents(painter, QRectF(0, 0, doc.textWidth(), doc.size().height()))
    finally:
        painter.end()
    buf.close()
    return bytes(data.data())


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    if fmt:
        fmt = {"markdown": "md", "htm": "html"}.get(fmt.lower().lstrip("."), fmt.lower().lstrip("."))
    else:
        fmt = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}.get(
            Path(path).suffix.lower(), "")
    if fmt not in FORMATS:
        raise UnknownFormat(path=str(path))
    return fmt


def render_comparison(cmp: Comparison, fmt: str, paper: str | None = None, ui_lang: str | None = None) -> bytes:
    if fmt not in FORMATS:
        raise UnknownFormat(path=fmt)
    if fmt == "md":
        return render_diff_markdown(cmp, ui_lang).encode("utf-8")
    if fmt == "html":
        return comparison_html(cmp, ui_lang).encode("utf-8")
    from policylens.export.qtapp import ensure_gui_app

    ensure_gui_app()
    paper = (paper or default_paper()).lower()
    if paper not in PAPERS:
        raise ExportError(reason=f"unknown paper size {paper!r} (a4 or letter)")
    return _pdf(cmp, paper, ui_lang)


def export_comparison(
    cmp: Comparison,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    paper: str | None = None,
    ui_lang: str | None = None,
    force: bool = False,
) -> Path:
    """Render the comparison and write it atomically (never over an existing file without ``force``)."""
    fmt = format_for(path, fmt)
    if Path(path).exists() and not force:
        raise OutputExists(path=str(path))
    return atomic_write(path, render_comparison(cmp, fmt, paper=paper, ui_lang=ui_lang), force=force)
