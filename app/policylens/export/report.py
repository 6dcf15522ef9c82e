"""The full report as a multi-page PDF: every finding of each card with the sentences of the
policy that support it, then every red flag with its quote. Same look as the one-page summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPaintDevice, QPdfWriter

from policylens import __version__
from policylens.export import page as pg
from policylens.export.content import Page
from policylens.export.full import Findings

M = 42.0


class _Flow:
    """Blocks placed top to bottom, starting a new page when the next one does not fit."""

    def __init__(self, device: QPaintDevice, size: tuple[float, float]) -> None:
        self.device = device
        self.size = size
        self.pages: list[pg.Canvas] = [self._canvas()]
        self.top = M
        self.bottom = size[1] - M - 24
        self.y = self.top

    def _canvas(self) -> pg.Canvas:
        c = pg.Canvas(self.device)
        if getattr(self, "pages", None):
            c._fonts, c._widths = self.pages[0]._fonts, self.pages[0]._widths
        return c

    @property
    def c(self) -> pg.Canvas:
        return self.pages[-1]

    def measure(self, draw: Callable[[pg.Canvas, float], float]) -> float:
        return draw(self._canvas(), 0.0)

    def block(self, draw: Callable[[pg.Canvas, float], float], keep: float = 0.0) -> None:
        """``draw(canvas, y) -> y_end`` draws from y; moved to a new page when it (plus ``keep``,
        room wanted after it) does not fit."""
        tmp = self._canvas()
        h = draw(tmp, 0.0)
        if self.y + h + keep > self.bottom and self.y > self.top:
            self.pages.append(self._canvas())
            self.y = self.top
        for op in tmp.ops:
            pg._move(op, 0.0, self.y)
            self.c.ops.append(op)
        self.y += h


def report_pdf(page: Page, found: Findings, labels: dict[str, str], paper: str) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(1200)
    writer.setPageLayout(
        QPageLayout(QPageSize(pg.PAPER_ID[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(f"{page.name} — {labels['full_title']}")
    writer.setCreator(f"PolicyLens {__version__}")
    size = pg.paper_points(paper)
    flow = _Flow(writer, size)
    left, right = M, size[0] - M
    cw = right - left
    white = QColor("white")

    def header(c: pg.Canvas, y: float) -> float:
        badge = 60.0
        y0 = y
        y = c.flow(left, y, [(labels["full_title"].upper(), c.font(7.5, bold=True), pg.MUTED)], cw - badge - 16, 1)
        y = c.flow(left, y + 1, [(page.name, c.font(20, bold=True), pg.INK)], cw - badge - 16, 3)
        y = c.flow(left, y + 2, [(" · ".join(page.meta), c.font(8.8), pg.MUTED)], cw - badge - 16, 2)
        col = QColor(pg.GRADE.get(page.grade_letter, "#5f6368"))
        bx = right - badge
        c.rect(QRectF(bx, y0, badge, badge), col, radius=8)
        lf = c.font(28, bold=True)
        c.text(bx + (badge - c.width(lf, page.grade_letter)) / 2, y0 + badge * 0.64, lf, white, page.grade_letter)
        sf = c.font(7.6, bold=True)
        c.text(bx + (badge - c.width(sf, page.score_text)) / 2, y0 + badge - 7, sf, white, page.score_text)
        y = max(y, y0 + badge) + 8
        c.hline(left, right, y, pg.RULE, 0.8)
        y += 8
        for w in page.warnings:
            y = c.flow(left, y, [("▲ " + w, c.font(8.4, italic=True), pg.STATUS["amber"])], cw, 4) + 2
        return y + 6

    flow.block(header)
    body = flow.c.font(9.2)
    bold = flow.c.font(9.2, bold=True)
    quote_f = flow.c.font(8.6, italic=True)
    small = flow.c.font(7.6)

    for (title, items), card in zip(found, page.cards, strict=False):
        col = pg.STATUS.get(card.color, pg.STATUS["grey"])

        def band(c: pg.Canvas, y: float, title: str = title, card=card, col=col) -> float:
            bf = c.font(11, bold=True)
            h = c.line_height(bf) + 9
            c.rect(QRectF(left, y + 6, cw, h), col, radius=5)
            r = 5.0
            pg.status_icon(c, card.color, left + 9 + r, y + 6 + h / 2, r, col, white)
            sf = c.font(7.6, bold=True)
            sw = c.width(sf, card.status.upper())
            c.flow(left + 9 + 2 * r + 6, y + 6 + (h - c.line_height(bf)) / 2, [(title, bf, white)], cw - sw - 50, 1)
            c.text(right - 9 - sw, y + 6 + h / 2 + c.cap_height(sf) / 2, sf, white, card.status.upper())
            y += 6 + h + 6
            return c.flow(left, y, [(card.headline, c.font(10, bold=True), pg.INK)], cw, 3) + 4

        for n, (point, quotes) in enumerate(items):

            def item(c: pg.Canvas, y: float, point: str = point, quotes=quotes, col=col) -> float:
                lh = c.line_height(bold)
                c.rect(QRectF(left + 2, y + lh / 2 - 1.6, 3.2, 3.2), col, radius=1.6)
                y = c.flow(left + 12, y, [(point, bold, pg.INK)], cw - 12, 4) + 1
                if not quotes:
                    y = c.flow(left + 12, y, [(labels["no_evidence"], small, pg.MUTED)], cw - 12, 2)
                for q, section in quotes:
                    y0 = y
                    y = c.flow(left + 20, y, [(page.quote(q), quote_f, pg.INK)], cw - 20, 14)
                    if section:
                        where = labels["in_section"].replace("{section}", section)
                        y = c.flow(left + 20, y, [(where, small, pg.MUTED)], cw - 20, 2)
                    c.rect(QRectF(left + 13, y0 + 1, 1.6, y - y0 - 2), pg.RULE)
                    y += 2
                return y + 4

            if n == 0:  # the card's band stays with its first finding
                flow.block(band, keep=min(flow.measure(item), 160.0))
            flow.block(item)
        if not items:
            flow.block(band)
        flow.y += 6

    def flags_head(c: pg.Canvas, y: float) -> float:
        y = c.flow(left, y + 6, [(page.flags_title, c.font(12, bold=True), pg.INK)], cw, 1)
        c.hline(left, right, y + 2, pg.RULE, 0.8)
        return y + 8

    flow.block(flags_head, keep=40)
    if not page.flags:
        flow.block(lambda c, y: c.flow(left, y, [(page.no_flags, body, pg.INK)], cw, 2))
    for f in page.flags:

        def flag(c: pg.Canvas, y: float, f=f) -> float:
            scol = pg.SEVERITY.get(f.severity, pg.MUTED)
            lh = c.line_height(body)
            pg.severity_icon(c, f.severity, left + 4, y + lh / 2, 3.8, scol)
            sev = c.font(7.8, bold=True)
            c.text(left + 12, y + c.ascent(body), sev, scol, f.severity_word)
            x = left + 62
            y = c.flow(x, y, [(f.title + " — ", bold, pg.INK), (f.explanation, body, pg.MUTED)], right - x, 4)
            if f.quote:
                y0 = y + 1
                y = c.flow(x + 8, y0, [(page.quote(f.quote), quote_f, pg.INK)], right - x - 8, 14)
                c.rect(QRectF(x + 1, y0 + 1, 1.6, y - y0 - 2), pg.RULE)
            return y + 6

        flow.block(flag)

    def contact(c: pg.Canvas, y: float) -> float:
        y += 8
        color = pg.STATUS["red"] if page.contact_missing else pg.INK
        return c.flow(left, y, [(page.contact_title + ":  ", bold, pg.INK),
                                ("  ·  ".join(page.contact_lines), body, color)], cw, 6) + 4

    flow.block(contact)

    if page.reasons:

        def why_head(c: pg.Canvas, y: float) -> float:
            y = c.flow(left, y + 10, [(page.why_title, c.font(12, bold=True), pg.INK)], cw, 1)
            c.hline(left, right, y + 2, pg.RULE, 0.8)
            return y + 8

        flow.block(why_head, keep=40)
        for points, text, quote in page.reasons:

            def reason(c: pg.Canvas, y: float, points=points, text=text, quote=quote) -> float:
                c.text(left + 30 - c.width(bold, points), y + c.ascent(body), bold, pg.INK, points)
                y = c.flow(left + 40, y, [(text, body, pg.INK)], cw - 40, 3)
                if quote:
                    y = c.flow(left + 48, y + 1, [(page.quote(quote), quote_f, pg.MUTED)], cw - 48, 6)
                return y + 3

            flow.block(reason)

    painter = pg.make_painter(writer)
    try:
        k = writer.logicalDpiY() / 72.0
        n = len(flow.pages)
        for i, canvas in enumerate(flow.pages):
            if i:
                writer.newPage()
            foot = pg.Canvas(writer)
            ff = foot.font(7.0)
            fy = size[1] - M + 4
            foot.hline(left, right, fy - 10, pg.RULE, 0.6)
            foot.text(left, fy, ff, pg.MUTED, "  ·  ".join(page.footer))
            num = f"{i + 1} / {n}"
            foot.text(right - foot.width(ff, num), fy, ff, pg.MUTED, num)
            pg.paint(painter, canvas.ops + foot.ops, k)
    finally:
        painter.end()
    buf.close()
    return bytes(data.data())
