"""The one-page summary, painted with QPainter onto a PDF (QPdfWriter) or an image (QImage).

The layout is computed in points (1/72 inch) and measured with the fonts of the device it paints
on, so what is measured is what is drawn. It always fits one page: the layout tries font scales
from large to small, then shortens lists ("+N more") and long lines ("…") step by step until the
content fits between the header and the footer. Statuses and severities are drawn as shapes *and*
words, so the page reads in grayscale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from policylens import __version__
from policylens.export.content import CardView, Page

FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]

# paper sizes in points (exact: A4 is 210 × 297 mm, Letter 8.5 × 11 in)
PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
PAPER_ID = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

INK = QColor("#1f2328")
MUTED = QColor("#57606a")
RULE = QColor("#d0d7de")
STATUS = {"red": QColor("#b42318"), "amber": QColor("#9a5b00"), "green": QColor("#1e7a34"), "grey": QColor("#5f6368")}
TINT = {"red": QColor("#fdf1f0"), "amber": QColor("#fff7e8"), "green": QColor("#eef8f0"), "grey": QColor("#f4f5f6")}
SEVERITY = {"high": QColor("#b42318"), "medium": QColor("#9a5b00"), "low": QColor("#4b5563")}
GRADE = {"A": "#1e7a34", "B": "#4d7c0f", "C": "#8a6d00", "D": "#b54708", "E": "#b42318"}


def paper_points(paper: str) -> tuple[float, float]:
    w, h = PAPER_MM[paper]
    return w / 25.4 * 72, h / 25.4 * 72


def paper_pixels(paper: str, dpi: int) -> tuple[int, int]:
    """The image size of a page: A4 at 150 dpi is 1240 × 1754."""
    w, h = PAPER_MM[paper]
    return round(w / 25.4 * dpi), round(h / 25.4 * dpi)


# --------------------------------------------------------------------------- drawing operations


@dataclass
class _Text:
    x: float
    baseline: float
    font: QFont
    color: QColor
    text: str


@dataclass
class _Shape:
    path: QPainterPath
    fill: QColor | None
    pen: QColor | None = None
    width: float = 0.0


@dataclass
class Fit:
    """How the content was made to fit: font scale and limits on lists and lines."""

    scale: float = 1.0
    points: int | None = None  # points shown per card
    flags: int | None = None  # red flags shown
    point_lines: int = 2
    flag_lines: int = 2
    name_lines: int = 2
    warnings: int = 2
    reasons: int | None = None  # lines of the grade's rubric shown

    @property
    def shortened(self) -> bool:
        return self.points is not None or self.flags is not None or self.flag_lines < 2 or self.reasons is not None


# levels of shortening, tried in order, each with its font scales (largest first)
def _steps(hi: float, lo: float) -> tuple[float, ...]:
    n = round((hi - lo) / 0.02)
    return tuple(round(hi - i * 0.02, 2) for i in range(n + 1))


LEVELS: list[tuple[Fit, tuple[float, ...]]] = [
    (Fit(), _steps(1.24, 0.86)),
    (Fit(flag_lines=1), _steps(0.9, 0.82)),
    (Fit(points=10, flag_lines=1), _steps(0.86, 0.82)),
    (Fit(points=8, flag_lines=1), (0.84, 0.82)),
    (Fit(points=7, flags=12, flag_lines=1), (0.82,)),
    (Fit(points=6, flags=10, flag_lines=1), (0.82,)),
    (Fit(points=5, flags=9, flag_lines=1, point_lines=1), (0.82, 0.8)),
    (Fit(points=4, flags=8, flag_lines=1, point_lines=1, warnings=1, reasons=8), (0.8,)),
    (Fit(points=4, flags=6, flag_lines=1, point_lines=1, warnings=1, reasons=6), (0.8,)),
    (Fit(points=3, flags=5, flag_lines=1, point_lines=1, warnings=1, name_lines=1, reasons=4), (0.8,)),
    (Fit(points=2, flags=4, flag_lines=1, point_lines=1, warnings=1, name_lines=1, reasons=4), (0.8,)),
    (Fit(points=1, flags=3, flag_lines=1, point_lines=1, warnings=0, name_lines=1, reasons=2), (0.8,)),
]


_WORD = re.compile(r"\S+\s*|\s+")
_SPACES = re.compile(r"[\t\r\n\f\v\u2028\u2029]+")


@dataclass
class Canvas:
    """Records drawing operations in points while measuring text with the device's fonts."""

    device: QPaintDevice
    ops: list[_Text | _Shape] = field(default_factory=list)
    _fonts: dict[tuple[float, bool, bool], tuple[QFont, QFontMetricsF]] = field(default_factory=dict)
    _widths: dict[tuple[int, str], float] = field(default_factory=dict)  # by font (cached, so alive)

    def __post_init__(self) -> None:
        self.k = self.device.logicalDpiY() / 72.0  # device units per point

    # fonts -------------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        return self._font(size, bold, italic)[0]

    def _font(self, size: float, bold: bool, italic: bool) -> tuple[QFont, QFontMetricsF]:
        key = (round(size, 2), bold, italic)
        if key not in self._fonts:
            f = QFont()
            f.setFamilies(FAMILIES)
            f.setPointSizeF(key[0])
            f.setBold(bold)
            f.setItalic(italic)
            f.setKerning(True)
            for tag in ("liga", "clig", "dlig"):  # plain letters: "fi" stays searchable as "fi"
                f.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = (f, QFontMetricsF(f, self.device))
        return self._fonts[key]

    def _fm(self, font: QFont) -> QFontMetricsF:
        return self._font(round(font.pointSizeF(), 2), font.bold(), font.italic())[1]

    def width(self, font: QFont, text: str) -> float:
        key = (id(font), text)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self._fm(font).horizontalAdvance(text) / self.k
        return w

    def ascent(self, font: QFont) -> float:
        return self._fm(font).ascent() / self.k

    def line_height(self, font: QFont) -> float:
        return self._fm(font).lineSpacing() / self.k

    def cap_height(self, font: QFont) -> float:
        return self._fm(font).capHeight() / self.k

    # recording ---------------------------------------------------------------------------
    def text(self, x: float, baseline: float, font: QFont, color: QColor, text: str) -> None:
        if text:
            self.ops.append(_Text(x, baseline, font, color, text))

    def shape(self, path: QPainterPath, fill: QColor | None, pen: QColor | None = None, width: float = 0.0) -> None:
        self.ops.append(_Shape(path, fill, pen, width))

    def rect(self, r: QRectF, fill: QColor | None, radius: float = 0.0, pen: QColor | None = None,
             width: float = 0.0) -> None:
        p = QPainterPath()
        if radius:
            p.addRoundedRect(r, radius, radius)
        else:
            p.addRect(r)
        self.shape(p, fill, pen, width)

    def hline(self, x1: float, x2: float, y: float, color: QColor, width: float = 0.6) -> None:
        self.rect(QRectF(x1, y - width / 2, x2 - x1, width), color)

    # text flow ---------------------------------------------------------------------------
    def wrap(self, runs: list[tuple[str, QFont, QColor]], width: float, max_lines: int) -> list[list[_Text]]:
        """Greedy word wrap of styled runs into at most ``max_lines`` lines (the last one ends
        with "…" when text is left out). Returns lines of pieces positioned from x = 0."""
        tokens: list[tuple[str, QFont, QColor]] = []
        for text, font, color in runs:
            for m in _WORD.finditer(_SPACES.sub(" ", text)):
                tokens.append((m.group(0), font, color))
        lines: list[list[tuple[str, QFont, QColor]]] = [[]]
        x = 0.0
        i = 0
        truncated = False
        while i < len(tokens):
            tok, font, color = tokens[i]
            w_vis = self.width(font, tok.rstrip())
            if lines[-1] and x + w_vis > width:
                if len(lines) == max_lines:
                    truncated = True
                    break
                lines.append([])
                x = 0.0
                if not tok.strip():
                    i += 1
                    continue
            if not lines[-1] and w_vis > width:  # a word longer than the line: break it
                lo, hi = 1, len(tok)  # the longest prefix that fits (binary search)
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if self.width(font, tok[:mid]) <= width:
                        lo = mid
                    else:
                        hi = mid - 1
                cut = lo
                lines[-1].append((tok[:cut], font, color))
                tokens[i] = (tok[cut:], font, color)
                x = width
                continue
            lines[-1].append((tok, font, color))
            x += self.width(font, tok)
            i += 1
        if truncated:
            last = lines[-1]
            ell_font, ell_color = last[-1][1], last[-1][2]
            while last:
                used = sum(self.width(f, t) for t, f, _ in last[:-1]) + self.width(last[-1][1], last[-1][0].rstrip())
                if used + self.width(ell_font, "…") <= width:
                    break
                t, f, c = last[-1]
                words = t.rstrip().rsplit(" ", 1)
                if len(words) == 2 and words[0]:
                    last[-1] = (words[0] + " ", f, c)
                else:
                    last.pop()
            text, f, c = last[-1] if last else ("", ell_font, ell_color)
            if last:
                last[-1] = (text.rstrip().rstrip(",;:—-").rstrip() + "…", f, c)
            else:
                last.append(("…", ell_font, ell_color))
        out: list[list[_Text]] = []
        for line in lines:
            pieces: list[_Text] = []
            x = 0.0
            for tok, font, color in line:
                if pieces and pieces[-1].font is font and pieces[-1].color is color:
                    pieces[-1].text += tok
                else:
                    pieces.append(_Text(x, 0.0, font, color, tok))
                x += self.width(font, tok)
            if pieces:
                pieces[-1].text = pieces[-1].text.rstrip()
            out.append(pieces)
        return out

    def flow(self, x: float, y: float, runs: list[tuple[str, QFont, QColor]], width: float, max_lines: int,
             leading: float = 1.0) -> float:
        """Wrap ``runs`` at (x, y) (top of the first line); returns the y below the last line."""
        for line in self.wrap(runs, width, max_lines):
            fonts = [p.font for p in line] or [runs[0][1]]
            lh = max(self.line_height(f) for f in fonts) * leading
            asc = max(self.ascent(f) for f in fonts)
            for p in line:
                self.text(x + p.x, y + asc + (lh - max(self.line_height(f) for f in fonts)) / 2, p.font, p.color,
                          p.text)
            y += lh
        return y


# ------------------------------------------------------------------------------------ icons


def status_icon(c: Canvas, kind: str, cx: float, cy: float, r: float, color: QColor, on: QColor) -> None:
    """The shape of a status: ✖ (warning), ▲ (caution), ✔ (clear), ○ (not stated)."""
    if kind == "red":  # a filled disc with a cross
        disc = QPainterPath()
        disc.addEllipse(QPointF(cx, cy), r, r)
        c.shape(disc, on)
        d = r * 0.45
        x = QPainterPath()
        x.moveTo(cx - d, cy - d)
        x.lineTo(cx + d, cy + d)
        x.moveTo(cx + d, cy - d)
        x.lineTo(cx - d, cy + d)
        c.shape(x, None, color, r * 0.32)
    elif kind == "amber":  # a filled triangle with "!"
        t = QPainterPath()
        t.addPolygon(QPolygonF([QPointF(cx, cy - r * 1.05), QPointF(cx + r * 1.12, cy + r * 0.9),
                                QPointF(cx - r * 1.12, cy + r * 0.9)]))
        t.closeSubpath()
        c.shape(t, on)
        bar = QPainterPath()
        bar.moveTo(cx, cy - r * 0.35)
        bar.lineTo(cx, cy + r * 0.25)
        c.shape(bar, None, color, r * 0.26)
        dot = QPainterPath()
        dot.addEllipse(QPointF(cx, cy + r * 0.6), r * 0.14, r * 0.14)
        c.shape(dot, color)
    elif kind == "green":  # a filled disc with a check mark
        disc = QPainterPath()
        disc.addEllipse(QPointF(cx, cy), r, r)
        c.shape(disc, on)
        v = QPainterPath()
        v.moveTo(cx - r * 0.5, cy + r * 0.02)
        v.lineTo(cx - r * 0.12, cy + r * 0.42)
        v.lineTo(cx + r * 0.52, cy - r * 0.38)
        c.shape(v, None, color, r * 0.3)
    else:  # a ring
        ring = QPainterPath()
        ring.addEllipse(QPointF(cx, cy), r * 0.82, r * 0.82)
        c.shape(ring, None, on, r * 0.3)


def severity_icon(c: Canvas, severity: str, cx: float, cy: float, r: float, color: QColor) -> None:
    """◆ high, ▲ medium, ○ low."""
    p = QPainterPath()
    if severity == "high":
        p.addPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]))
        p.closeSubpath()
        c.shape(p, color)
    elif severity == "medium":
        p.addPolygon(QPolygonF([QPointF(cx, cy - r * 0.95), QPointF(cx + r, cy + r * 0.8),
                                QPointF(cx - r, cy + r * 0.8)]))
        p.closeSubpath()
        c.shape(p, color)
    else:
        p.addEllipse(QPointF(cx, cy), r * 0.75, r * 0.75)
        c.shape(p, None, color, r * 0.3)


def _lighter(color: QColor, amount: float) -> QColor:
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


# ----------------------------------------------------------------------------------- layout


@dataclass
class Layout:
    canvas: Canvas
    height: float  # of the content, header to contact (not the footer)
    fit: Fit


def layout(page: Page, device: QPaintDevice, size: tuple[float, float], fit: Fit, spare: float = 0.0,
           shared: Canvas | None = None) -> Layout:
    """Lay out ``page`` on a page of ``size`` points; ``Layout.height`` tells whether it fits.
    ``spare`` is free height to spread (taller cards, wider gaps) so a short summary still
    fills the page in balance."""
    c = Canvas(device)
    if shared is not None:
        c._fonts, c._widths = shared._fonts, shared._widths
    pw = size[0]
    s = fit.scale
    m = 36.0
    left, right = m, pw - m
    cw = right - left
    y = m - 2

    # header: name, meta, grade badge ---------------------------------------------------
    badge = 64.0 * min(s, 1.05)
    text_w = cw - badge - 16
    kicker_f = c.font(7.5 * s, bold=True)
    y0 = y
    y = c.flow(left, y, [(page.kicker.upper(), kicker_f, MUTED)], text_w, 1)
    y += 1
    y = c.flow(left, y, [(page.name, c.font(20 * s, bold=True), INK)], text_w, fit.name_lines, leading=0.98)
    y += 2
    y = c.flow(left, y, [(" · ".join(page.meta), c.font(8.8 * s), MUTED)], text_w, 2)
    gcolor = QColor(GRADE.get(page.grade_letter, "#5f6368"))
    bx = right - badge
    c.rect(QRectF(bx, y0, badge, badge), gcolor, radius=8 * s)
    lab_f = c.font(max(6.0, 6.6 * min(s, 1.05)), bold=True)
    c.text(bx + (badge - c.width(lab_f, page.grade_word.upper())) / 2, y0 + 6 * s + c.ascent(lab_f),
           lab_f, QColor("white"), page.grade_word.upper())
    letter_f = c.font(30 * min(s, 1.05), bold=True)
    c.text(bx + (badge - c.width(letter_f, page.grade_letter)) / 2, y0 + badge * 0.69, letter_f, QColor("white"),
           page.grade_letter)
    score_f = c.font(7.8 * min(s, 1.05), bold=True)
    while c.width(score_f, page.score_text) > badge - 6 * s and score_f.pointSizeF() > 4.5:
        score_f = c.font(score_f.pointSizeF() - 0.3, bold=True)  # "Nicht bewertet" fits the badge
    c.text(bx + (badge - c.width(score_f, page.score_text)) / 2, y0 + badge - 6 * s, score_f, QColor("white"),
           page.score_text)
    y = max(y, y0 + badge) + 8 * s
    c.hline(left, right, y, RULE, 0.8)
    y += 9 * s

    # warnings --------------------------------------------------------------------------
    warn_f = c.font(8 * s, italic=True)
    for w in page.warnings[: fit.warnings]:
        r = 4.2 * s
        status_icon(c, "amber", left + r + 1, y + c.line_height(warn_f) / 2, r, QColor("white"), STATUS["amber"])
        y = c.flow(left + 2 * r + 6, y, [(w, warn_f, STATUS["amber"])], cw - 2 * r - 6, 2)
        y += 3 * s
    if page.warnings[: fit.warnings]:
        y += 4 * s

    # the cards, two by two (as many rows as the catalogue's cards need) ---------------------------
    rows = (len(page.cards) + 1) // 2
    row_extra = min(spare * 0.55 / max(rows, 1), 80.0)
    gap_extra = min((spare - row_extra * rows) / 3, 16.0) if spare > 0 else 0.0
    y += gap_extra
    gap = 10.0 * s
    card_w = (cw - gap) / 2
    for row in (page.cards[k : k + 2] for k in range(0, len(page.cards), 2)):
        heights = []
        sub: list[Canvas] = []
        for card in row:
            cc = Canvas(device)
            cc._fonts, cc._widths = c._fonts, c._widths  # share measured fonts
            heights.append(_card(cc, card, card_w, fit, page))
            sub.append(cc)
        h = max(heights) + row_extra
        for i, (card, cc) in enumerate(zip(row, sub, strict=True)):
            x = left + i * (card_w + gap)
            col = STATUS.get(card.color, STATUS["grey"])
            c.rect(QRectF(x, y, card_w, h), TINT.get(card.color, TINT["grey"]), radius=6 * s,
                   pen=_lighter(col, 0.55), width=0.8)
            for op in cc.ops:
                _move(op, x, y)
                c.ops.append(op)
        y += h + gap

    # red flags -------------------------------------------------------------------------
    y += 2 * s + gap_extra
    head_f = c.font(11.5 * s, bold=True)
    y = c.flow(left, y, [(page.flags_title, head_f, INK)], cw, 1)
    c.hline(left, right, y + 1.5 * s, RULE, 0.8)
    y += 6 * s
    flag_f = c.font(8.6 * s)
    flag_b = c.font(8.6 * s, bold=True)
    sev_f = c.font(7.2 * s, bold=True)
    flags = page.flags if fit.flags is None else page.flags[: fit.flags]
    chip_w = max((c.width(sev_f, f.severity_word) for f in page.flags), default=0) + 8 * s
    if not page.flags:
        r = 4.8 * s
        lh = c.line_height(flag_f)
        status_icon(c, "green", left + r, y + lh / 2, r, QColor("white"), STATUS["green"])
        y = c.flow(left + 2 * r + 6, y, [(page.no_flags, flag_f, INK)], cw - 2 * r - 6, 2)
    previous = None
    for f in flags:
        if previous is not None and f.severity != previous:
            y += 2.5 * s  # a little air between severities
        previous = f.severity
        col = SEVERITY.get(f.severity, MUTED)
        lh = c.line_height(flag_f)
        r = 3.6 * s
        severity_icon(c, f.severity, left + r + 0.5, y + lh / 2, r, col)
        c.text(left + 2 * r + 4, y + c.ascent(flag_f), sev_f, col,
               f.severity_word)
        tx = left + chip_w + 2 * r
        y = c.flow(tx, y, [(f.title + " — ", flag_b, INK), (f.explanation, flag_f, MUTED)], right - tx,
                   fit.flag_lines)
        y += 2.6 * s
    hidden = len(page.flags) - len(flags)
    if hidden > 0:
        y = c.flow(left + chip_w + 7.2 * s, y, [(page.more_flags(hidden), c.font(8.2 * s, italic=True), MUTED)],
                   cw - chip_w, 1)
        y += 2 * s

    # why this grade: the rubric's lines that move the score, two columns --------------------
    reasons = page.key_reasons if fit.reasons is None else page.key_reasons[: fit.reasons]
    if reasons:
        y += 8 * s + gap_extra
        y = c.flow(left, y, [(page.why_title, head_f, INK)], cw, 1)
        c.hline(left, right, y + 1.5 * s, RULE, 0.8)
        y += 6 * s
        why_f = c.font(8.4 * s)
        pts_f = c.font(8.4 * s, bold=True)
        pts_w = max(c.width(pts_f, pts) for pts, _ in reasons) + 6 * s
        col_w = (cw - gap) / 2
        half = (len(reasons) + 1) // 2  # read down the left column, then the right one
        for k in range(half):
            bottoms = []
            for j, (pts, text) in ((j, reasons[k + j * half]) for j in (0, 1) if k + j * half < len(reasons)):
                x = left + j * (col_w + gap)
                color = STATUS["red"] if pts.startswith("−") else STATUS["green"] if pts.startswith("+") else MUTED
                if pts:
                    c.text(x + pts_w - 6 * s - c.width(pts_f, pts), y + c.ascent(why_f), pts_f, color, pts)
                bottoms.append(c.flow(x + pts_w, y, [(text, why_f, INK)], col_w - pts_w, fit.point_lines))
            y = max(bottoms) + 2 * s

    # contact ---------------------------------------------------------------------------
    y += 6 * s + gap_extra
    con_f = c.font(9 * s)
    con_b = c.font(9 * s, bold=True)
    pad = 7 * s
    color = STATUS["red"] if page.contact_missing else INK
    ct = Canvas(device)
    ct._fonts, ct._widths = c._fonts, c._widths
    icon_r = 4.6 * s
    ix = left + pad
    inner_x = ix + 2 * icon_r + 6
    yy = ct.flow(inner_x, y + pad, [(page.contact_title + "  ", con_b, INK),
                                    ("  ·  ".join(page.contact_lines), con_f, color)], right - pad - inner_x, 3)
    box_h = yy - y + pad
    c.rect(QRectF(left, y, cw, box_h), QColor("#f6f8fa"), radius=5 * s, pen=RULE, width=0.8)
    lh = c.line_height(con_b)
    if page.contact_missing:
        status_icon(c, "red", ix + icon_r, y + pad + lh / 2, icon_r, QColor("white"), STATUS["red"])
    else:
        _envelope(c, ix + icon_r, y + pad + lh / 2, icon_r, INK)
    c.ops += ct.ops
    y += box_h
    if fit.shortened:
        y += 5 * s
        y = c.flow(left, y, [(page.truncated_note, c.font(8 * s, italic=True), MUTED)], cw, 2)
    return Layout(c, y, fit)


def _envelope(c: Canvas, cx: float, cy: float, r: float, color: QColor) -> None:
    p = QPainterPath()
    p.addRect(QRectF(cx - r, cy - r * 0.7, 2 * r, 1.4 * r))
    p.moveTo(cx - r, cy - r * 0.7)
    p.lineTo(cx, cy + r * 0.1)
    p.lineTo(cx + r, cy - r * 0.7)
    c.shape(p, None, color, 0.9)


def _move(op: _Text | _Shape, dx: float, dy: float) -> None:
    if isinstance(op, _Text):
        op.x += dx
        op.baseline += dy
    else:
        op.path.translate(dx, dy)


def _card(c: Canvas, card: CardView, width: float, fit: Fit, page: Page) -> float:
    """Lay out one card at (0, 0); returns its height."""
    s = fit.scale
    col = STATUS.get(card.color, STATUS["grey"])
    pad = 9 * s
    band_f = c.font(10.5 * s, bold=True)
    status_f = c.font(7.4 * s, bold=True)
    r = 5.0 * s
    status_w = c.width(status_f, card.status.upper())
    title_x = pad + 2 * r + 6 * s
    title_w = width - title_x - status_w - pad - 6 * s
    # a title that does not fit beside its status word ("Wie lange es gespeichert wird" and
    # "NICHT ANGEGEBEN") gets the status word on a second row instead of an ellipsis
    # (all four cards alike, so their bands line up)
    two_rows = any(
        c.width(band_f, k.title) > width - title_x - c.width(status_f, k.status.upper()) - pad - 6 * s
        for k in page.cards
    )
    row_h = c.line_height(band_f) + 9 * s
    band_h = row_h + (c.line_height(status_f) + 1 * s if two_rows else 0)
    band = QPainterPath()
    rad = 6 * s
    band.addRoundedRect(QRectF(0, 0, width, band_h), rad, rad)
    square = QPainterPath()
    square.addRect(QRectF(0, band_h - rad, width, rad))
    c.shape(band.united(square), col)
    status_icon(c, card.color, pad + r, row_h / 2, r, col, QColor("white"))
    if two_rows:
        room = width - title_x - pad
        title_f = band_f
        size = 10.5 * s
        while c.width(title_f, card.title) > room * 0.97 and size > 7.0:  # a little smaller rather than cut
            size = max(7.0, size - 0.25)
            title_f = c.font(size, bold=True)
        c.flow(title_x, (row_h - c.line_height(title_f)) / 2, [(card.title, title_f, QColor("white"))], room, 1)
        c.text(title_x, row_h - 2 * s + c.cap_height(status_f), status_f, QColor("white"), card.status.upper())
    else:
        c.flow(title_x, (row_h - c.line_height(band_f)) / 2, [(card.title, band_f, QColor("white"))], title_w, 1)
        c.text(width - pad - status_w, row_h / 2 + c.cap_height(status_f) / 2, status_f, QColor("white"),
               card.status.upper())
    y = band_h + 6 * s
    head_f = c.font(9.6 * s, bold=True)
    y = c.flow(pad, y, [(card.headline, head_f, INK)], width - 2 * pad, 2)
    y += 3 * s
    pt_f = c.font(8.6 * s)
    points = card.points if fit.points is None else card.points[: fit.points]
    bullet_r = 1.5 * s
    for p in points:
        lh = c.line_height(pt_f)
        dot = QPainterPath()
        dot.addEllipse(QPointF(pad + bullet_r, y + lh / 2), bullet_r, bullet_r)
        c.shape(dot, col)
        y = c.flow(pad + 9 * s, y, [(p, pt_f, INK)], width - 2 * pad - 9 * s, fit.point_lines, leading=1.02)
        y += 1.2 * s
    hidden = len(card.points) - len(points)
    if hidden > 0:
        y = c.flow(pad + 9 * s, y, [(page.more(hidden), c.font(8.2 * s, italic=True), MUTED)],
                   width - 2 * pad, 1)
    return y + pad - 1.2 * s


def footer(page: Page, device: QPaintDevice, size: tuple[float, float]) -> tuple[Canvas, float]:
    """The footer at the bottom of the page; returns it and the y of its top."""
    c = Canvas(device)
    pw, ph = size
    m = 36.0
    f = c.font(7.0)
    fi = c.font(6.8, italic=True)
    lines = [
        [("  ·  ".join(page.footer), f, MUTED)],
        [(page.disclaimer, fi, MUTED)],
    ]
    h = sum(len(c.wrap(r, pw - 2 * m, 2)) * c.line_height(r[0][1]) for r in lines) + 7
    top = ph - m + 8 - h
    c.hline(m, pw - m, top, RULE, 0.8)
    y = top + 5
    for r in lines:
        y = c.flow(m, y, r, pw - 2 * m, 2)
    return c, top


def fit_layout(page: Page, device: QPaintDevice, size: tuple[float, float]) -> tuple[Layout, Canvas]:
    """The largest, least shortened layout that fits above the footer (the last candidate if
    none does, which by construction is small enough)."""
    foot, top = footer(page, device, size)
    limit = top - 10
    shared = Canvas(device)  # fonts and measures shared by every attempt

    def attempt(fit: Fit, scale: float) -> Layout:
        return layout(page, device, size, replace(fit, scale=scale), shared=shared)

    best: Layout | None = None
    for fit, scales in LEVELS:
        # the smallest scale of the level first: when even it does not fit, shorten more
        low = attempt(fit, scales[-1])
        best = low
        if low.height > limit:
            continue
        lo, hi = len(scales) - 1, 0  # scales[lo] fits; find the largest that does (binary search)
        while lo - hi > 1:
            mid = (lo + hi) // 2
            trial = attempt(fit, scales[mid])
            if trial.height <= limit:
                lo, best = mid, trial
            else:
                hi = mid
        if lo == 1 or len(scales) == 1:
            first = attempt(fit, scales[0]) if len(scales) > 1 else best
            if first.height <= limit:
                best = first
        break
    assert best is not None
    spare = limit - best.height
    if spare > 6 and not best.fit.shortened:
        stretched = layout(page, device, size, best.fit, spare - 2, shared=shared)
        if stretched.height <= limit:
            best = stretched
    return best, foot


# ---------------------------------------------------------------------------------- painting


def paint(painter: QPainter, ops: list[_Text | _Shape], k: float, clip: QRectF | None = None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if clip is not None:
        painter.setClipRect(QRectF(clip.x() * k, clip.y() * k, clip.width() * k, clip.height() * k))
    for op in ops:
        if isinstance(op, _Text):
            painter.setFont(op.font)
            painter.setPen(op.color)
            painter.drawText(QPointF(op.x * k, op.baseline * k), op.text)
        else:
            painter.save()
            painter.scale(k, k)
            painter.setBrush(QBrush(op.fill) if op.fill is not None else Qt.BrushStyle.NoBrush)
            if op.pen is not None:
                pen = QPen(op.pen, op.width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPath(op.path)
            painter.restore()


def paint_page(painter: QPainter, page: Page, device: QPaintDevice, paper: str) -> Fit:
    size = paper_points(paper)
    lay, foot = fit_layout(page, device, size)
    k = device.logicalDpiY() / 72.0
    clip = QRectF(0, 0, size[0], size[1])
    paint(painter, lay.canvas.ops, k, clip)
    paint(painter, foot.ops, k, clip)
    return lay.fit


PainterFactory = Callable[[QPaintDevice], QPainter]


def _painter(device: QPaintDevice) -> QPainter:
    p = QPainter()
    if not p.begin(device):
        raise RuntimeError("cannot paint on the output device")
    return p


# a seam for tests (simulate a failure while painting)
make_painter: PainterFactory = _painter


def pdf_bytes(page: Page, paper: str, title: str | None = None) -> bytes:
    """The one-page PDF (real text, embedded font subsets)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(1200)
    writer.setPageLayout(
        QPageLayout(QPageSize(PAPER_ID[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(title or page.name)
    writer.setCreator(f"PolicyLens {__version__}")
    painter = make_painter(writer)
    try:
        paint_page(painter, page, writer, paper)
    finally:
        painter.end()
    buf.close()
    return bytes(data.data())


def png_image(page: Page, paper: str, dpi: int = 150) -> QImage:
    w, h = paper_pixels(paper, dpi)
    img = QImage(w, h, QImage.Format.Format_RGB32)
    dpm = round(dpi / 0.0254)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(QColor("white"))
    painter = make_painter(img)
    try:
        paint_page(painter, page, img, paper)
    finally:
        painter.end()
    return img


def png_bytes(page: Page, paper: str, dpi: int = 150) -> bytes:
    img = png_image(page, paper, dpi)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("cannot encode the PNG image")
    buf.close()
    return bytes(data.data())
