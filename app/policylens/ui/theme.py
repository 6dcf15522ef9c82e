"""Colors and status icons, chosen from the current ``QPalette`` (light or dark).

Each status color has a *strong* color (icon, accent stripe, status word) and a *tint* (card
background). Both sets keep the status word and the body text at a contrast ratio of at least
4.5:1 (WCAG AA) on the tint, in light and in dark palettes; tests/gui check it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

# (strong, tint) for light and dark palettes
_LIGHT = {
    "red": ("#b3261e", "#fbeceb"),
    "amber": ("#8a4b00", "#fdf1dc"),
    "green": ("#1e6b34", "#e7f4ea"),
    "grey": ("#55595f", "#eef0f2"),
}
_DARK = {
    "red": ("#ff8f86", "#3a2323"),
    "amber": ("#ffc266", "#372c19"),
    "green": ("#82d69a", "#1d3324"),
    "grey": ("#b9bec6", "#2b2e33"),
}
GRADE_COLOR = {"A": "green", "B": "green", "C": "amber", "D": "red", "E": "red"}
SEVERITY_COLOR = {"high": "red", "medium": "amber", "low": "grey"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Colors:
    dark: bool
    text: QColor
    muted: QColor
    base: QColor
    window: QColor
    highlight: QColor  # the evidence being looked at
    highlight_text: QColor
    evidence: QColor  # faint mark under every sentence that supports a finding
    match: QColor  # find-bar matches
    focus: QColor
    strong: dict[str, QColor]
    tint: dict[str, QColor]

    def hex(self, color: QColor) -> str:
        return color.name(QColor.NameFormat.HexRgb)


def colors(palette: QPalette) -> Colors:
    dark = is_dark(palette)
    table = _DARK if dark else _LIGHT
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    muted = mix(text, window, 0.30)
    return Colors(
        dark=dark,
        text=text,
        muted=muted,
        base=palette.color(QPalette.ColorRole.Base),
        window=window,
        highlight=QColor("#7a5c00") if dark else QColor("#ffe27a"),
        highlight_text=QColor("#ffffff") if dark else QColor("#1a1a1a"),
        evidence=QColor("#8ab4f8") if dark else QColor("#1a73e8"),
        match=QColor("#2f6f4f") if dark else QColor("#b9f0c8"),
        focus=palette.color(QPalette.ColorRole.Highlight),
        strong={k: QColor(v[0]) for k, v in table.items()},
        tint={k: QColor(v[1]) for k, v in table.items()},
    )


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def luminance(c: QColor) -> float:
    def ch(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette() -> QPalette:
    """A dark palette for ``--dark`` (and tests): the Fusion style's roles, dark."""
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#2d2f33"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9aa0a6"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2d2f33"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8f86"),
        QPalette.ColorRole.Light: QColor("#3c4043"),
        QPalette.ColorRole.Midlight: QColor("#303134"),
        QPalette.ColorRole.Mid: QColor("#2a2b2e"),
        QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#4c8bf5"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8389"))
    return p


_PIXMAPS: dict[tuple[str, int, int, float], QPixmap] = {}


def status_pixmap(color: str, strong: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """The status icon: a cross (red), a warning triangle (amber), a tick (green) or a dash
    (grey) — shapes as well as colors, so the status reads without color vision."""
    key = (color, strong.rgba(), size, ratio)
    cached = _PIXMAPS.get(key)
    if cached is None:
        cached = _PIXMAPS[key] = _draw_status(color, strong, size, ratio)
    return cached


def _draw_status(color: str, strong: QColor, size: int, ratio: float) -> QPixmap:
    px = QPixmap(round(size * ratio), round(size * ratio))
    px.setDevicePixelRatio(ratio)
    px.fill(Qt.GlobalColor.transparent)
    p = QPainter(px)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    mark = QColor("#ffffff") if strong.lightness() < 140 else QColor("#111111")
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(strong)
    if color == "amber":
        tri = QPolygonF([QPointF(s / 2, s * 0.06), QPointF(s * 0.97, s * 0.92), QPointF(s * 0.03, s * 0.92)])
        path = QPainterPath()
        path.addPolygon(tri)
        path.closeSubpath()
        p.drawPath(path)
        pen = QPen(mark, s * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.78))
    else:
        p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        pen = QPen(mark, s * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if color == "red":
            p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
            p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
        elif color == "green":
            tick = [QPointF(s * 0.29, s * 0.52), QPointF(s * 0.44, s * 0.67), QPointF(s * 0.72, s * 0.36)]
            p.drawPolyline(QPolygonF(tick))
        else:
            p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5))
    p.end()
    return px


def status_icon(color: str, strong: QColor) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(status_pixmap(color, strong, size))
    return icon


def close_icon(color: QColor) -> QIcon:
    """A thin "×" in ``color`` (the styles' own close icons vanish on dark palettes)."""
    icon = QIcon()
    for size in (16, 24, 32):
        px = QPixmap(size, size)
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(color, max(1.5, size / 10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        a, b = size * 0.28, size * 0.72
        p.drawLine(QPointF(a, a), QPointF(b, b))
        p.drawLine(QPointF(b, a), QPointF(a, b))
        p.end()
        icon.addPixmap(px)
    return icon
