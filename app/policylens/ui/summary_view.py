"""The right-hand side: grade, service, language, red flags and the four cards.

Every point and every red flag is a button (Tab reaches it, Enter or Space activates it) that
emits :attr:`SummaryView.finding_activated` with the finding's reference ("collected:device",
"flag:vague_retention", ...). All texts come from :func:`policylens.render.texts`, so they are in
the UI language; the view is rebuilt when the language or the palette changes.

No style sheets here: the cards, badges and buttons paint themselves from :mod:`theme` colors
(style sheets made every rebuild cost a third of a second).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from policylens.render import display_name, texts
from policylens.tr import language_name
from policylens.ui import theme
from policylens.ui.texts import ui_tr

if TYPE_CHECKING:  # the summary model is imported when a summary first arrives
    from policylens.core.models import Summary

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
FLAGS_COLLAPSED = 4
TWO_COLUMNS_FROM = 640  # px of width for cards side by side


def _font(base: QFont, scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont(base)
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * scale)
    else:
        f.setPixelSize(round(f.pixelSize() * scale))
    if bold:
        f.setWeight(QFont.Weight.DemiBold)
    return f


def _ink(widget: QWidget, color: QColor) -> None:
    """Text color of ``widget`` (a palette, not a style sheet; inside a button a label draws
    with ButtonText, elsewhere with WindowText)."""
    pal = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(role, color)
    widget.setPalette(pal)


def _label(text: str, parent: QWidget, *, wrap: bool = True, rich: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(wrap)
    return lab


class Panel(QFrame):
    """A rounded, filled rectangle; with ``stripe`` a thick left edge in ``accent``."""

    def __init__(self, fill: QColor, border: QColor, accent: QColor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.fill, self.border, self.accent = fill, border, accent
        self.radius = 8.0

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(self.border, 1))
        p.setBrush(self.fill)
        p.drawRoundedRect(r, self.radius, self.radius)
        if self.accent is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.accent)
            p.setClipRect(QRectF(0, 0, 5, self.height()))
            p.drawRoundedRect(r, self.radius, self.radius)
        p.end()


class LinkButton(QAbstractButton):
    """A flat, word-wrapping button: a row of child widgets that reacts as one control.
    Space and Enter activate it; hover, focus and "active" (shown in the reader) are painted."""

    def __init__(self, colors: theme.Colors, background: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.colors = colors
        self.hover_fill = theme.mix(background, colors.text, 0.08)
        self.active_fill = theme.mix(colors.highlight, background, 0.4)
        self.active = False
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 5, 8, 5)
        self.row.setSpacing(8)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.ref = ""

    def add(self, widget: QWidget, stretch: int = 0, align: Qt.AlignmentFlag | None = None) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if align is None:
            self.row.addWidget(widget, stretch)
        else:
            self.row.addWidget(widget, stretch, align)

    def sizeHint(self) -> QSize:
        return self.row.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.row.totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.row.totalHeightForWidth(width)

    def set_active(self, active: bool) -> None:
        if self.active != active:
            self.active = active
            self.setProperty("active", active)
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event: QEvent) -> None:
        self.update()
        super().enterEvent(event)  # type: ignore[arg-type]

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        fill = self.active_fill if self.active else self.hover_fill if self.underMouse() else None
        focus = self.hasFocus()
        if fill is None and not focus:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.setPen(QPen(self.colors.focus, 2) if focus else Qt.PenStyle.NoPen)
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r, 5, 5)
        p.end()


class StatusChip(QWidget):
    """Icon and word for a status or a severity (never color alone)."""

    def __init__(self, color: str, word: str, colors: theme.Colors, parent: QWidget | None = None, *, size: int = 16):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(5)
        self.icon = QLabel(self)
        self.icon.setPixmap(theme.status_pixmap(color, colors.strong[color], size, self.devicePixelRatioF()))
        self.icon.setFixedSize(size, size)
        self.word = QLabel(word, self)
        self.word.setTextFormat(Qt.TextFormat.PlainText)
        self.word.setFont(_font(self.font(), 0.95, bold=True))
        self.word.setProperty("role", f"strong-{color}")
        _ink(self.word, colors.strong[color])
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.word, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(word)


class GradeBadge(Panel):
    """The grade; a text with no letter (no policy, too little said, a language PolicyLens cannot
    read) shows "–" and why. Clicking it, or Enter/Space on it, asks for its reasons."""

    clicked = Signal()

    def __init__(
        self, grade: dict, colors: theme.Colors, parent: QWidget | None = None
    ) -> None:
        graded = bool(grade["graded"])
        letter = str(grade["letter"])
        color = theme.GRADE_COLOR[letter] if graded else "grey"
        strong = colors.strong[color]
        super().__init__(strong, strong, None, parent)
        self.setObjectName("grade")
        self.radius = 10.0
        self.setProperty("status", color)
        ink = QColor("#ffffff") if strong.lightness() < 140 else QColor("#111111")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 6, 14, 8)
        lay.setSpacing(0)
        self.letter = QLabel(letter, self)
        self.letter.setFont(_font(self.font(), 2.6, bold=True))
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        unsupported = grade["status"] == "unsupported_language"
        self.score = QLabel(self.tr("Not graded") if unsupported else str(grade["score"]), self)
        self.score.setFont(_font(self.font(), 0.9, bold=True))
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not graded:
            self.score.setWordWrap(True)
        for lab in (self.letter, self.score):
            _ink(lab, ink)
        lay.addWidget(self.letter)
        lay.addWidget(self.score)
        width = self.score.sizeHint().width() + 28
        self.setFixedWidth(max(78, min(width, 150)))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if graded:
            name = self.tr("Grade {letter}, score {score} out of 100").format(
                letter=letter, score=str(grade["score"]).split("/")[0]
            )
        else:
            name = str(grade["verdict"] or grade["score"])
        self.setAccessibleName(name)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class CardWidget(Panel):
    """One of the four cards: status (icon + word), title, headline, clickable points."""

    def __init__(self, card: dict, refs: list[str], colors: theme.Colors, parent: QWidget | None = None) -> None:
        color = card["color"]
        strong, tint = colors.strong[color], colors.tint[color]
        super().__init__(tint, theme.mix(strong, tint, 0.55), strong, parent)
        self.setObjectName("card")
        self.setProperty("status", color)
        self.card_id = card["id"]
        self.color = color
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 10, 10)
        lay.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = _label(card["title"], self, wrap=True)
        self.title.setFont(_font(self.font(), 1.15, bold=True))
        _ink(self.title, colors.text)
        self.status = StatusChip(color, card["status"], colors, self, size=18)
        top.addWidget(self.title, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.headline = _label(card["headline"], self)
        self.headline.setFont(_font(self.font(), 1.0, bold=True))
        _ink(self.headline, strong)
        lay.addWidget(self.headline)
        lay.addSpacing(4)
        self.points: list[LinkButton] = []
        bold = _font(self.font(), 1.0, bold=True)
        for text, ref in zip(card["points"], refs, strict=False):
            b = LinkButton(colors, tint, self)
            b.ref = ref
            bullet = QLabel("›", b)
            bullet.setFont(bold)
            _ink(bullet, strong)
            b.add(bullet, 0, Qt.AlignmentFlag.AlignTop)
            lab = _label(text, b)
            _ink(lab, colors.text)
            b.add(lab, 1)
            b.row.setContentsMargins(4, 3, 6, 3)
            b.setAccessibleName(text)
            b.setAccessibleDescription(self.tr("Shows the sentences of the policy that say this"))
            b.setToolTip(self.tr("Show where the policy says this"))
            lay.addWidget(b)
            self.points.append(b)
        lay.addStretch(1)
        name = self.tr("{title}: {status}. {headline}").format(
            title=card["title"], status=card["status"], headline=card["headline"]
        )
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)


class FlagButton(LinkButton):
    def __init__(
        self, flag: dict, colors: theme.Colors, chip_width: int, background: QColor, parent: QWidget | None = None
    ) -> None:
        super().__init__(colors, background, parent)
        self.ref = f"flag:{flag['id']}"
        color = theme.SEVERITY_COLOR[flag["severity"]]
        chip = StatusChip(color, flag["severity_word"], colors, self, size=15)
        chip.setFixedWidth(chip_width)
        self.add(chip, 0, Qt.AlignmentFlag.AlignTop)
        muted = colors.muted.name()
        title, explanation = html.escape(flag["title"]), html.escape(flag["explanation"])
        text = _label(f"<b>{title}</b><br><span style='color:{muted}'>{explanation}</span>", self, rich=True)
        _ink(text, colors.text)
        self.add(text, 1)
        self.setAccessibleName(
            self.tr("Red flag, {severity}: {title}").format(severity=flag["severity_word"], title=flag["title"])
        )
        self.setAccessibleDescription(flag["explanation"])


@dataclass
class _Page:
    """The widgets of one summary, built before they are shown."""

    page: QWidget | None = None
    cards: list[CardWidget] = field(default_factory=list)
    flag_buttons: list[FlagButton] = field(default_factory=list)
    buttons: dict[str, list[LinkButton]] = field(default_factory=dict)
    grid: QGridLayout | None = None
    text: dict = field(default_factory=dict)
    grade: GradeBadge | None = None
    service: QLabel | None = None
    meta: QLabel | None = None
    warnings: list[QLabel] = field(default_factory=list)
    flags_title: QLabel | None = None
    more: QPushButton | None = None
    banner_buttons: list[QPushButton] = field(default_factory=list)
    rights: QPushButton | None = None


class SummaryView(QScrollArea):
    finding_activated = Signal(str)
    rights_requested = Signal()  # "Use your rights…" on the rights card
    grade_requested = Signal()  # the grade badge was clicked: show its reasons

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary: Summary | None = None
        self.flags_expanded = False
        self.cards: list[CardWidget] = []
        self.flag_buttons: list[FlagButton] = []
        self.buttons: dict[str, list[LinkButton]] = {}
        self._columns = 0
        self._grid: QGridLayout | None = None
        self._active = ""
        self.more: QPushButton | None = None
        self.rights_button: QPushButton | None = None
        self.text: dict = {}
        self._steps: tuple[Generator[None, None, _Page], Summary, Callable[[], None]] | None = None
        self._prepared: tuple[Summary, _Page] | None = None
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)
        self.setAccessibleName(self.tr("Summary"))
        self.zoom_steps = 0
        self._base_size = self.font().pointSizeF()
        # for a policy that was not graded: the buttons offered under its banner, as
        # (object name, text, slot); set by the translation controller
        self.language_actions: Callable[[Summary], list[tuple[str, str, Callable[[], None]]]] | None = None
        self.banner_buttons: list[QPushButton] = []

    # ------------------------------------------------------------------ building

    def set_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.rebuild()

    def rebuild(self) -> None:
        """Build and show the summary of ``self.summary`` at once."""
        if self.summary is None:
            self._install(None)
            return
        gen = self._build(self.summary)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                self._install(stop.value)
                return

    def prepare(self, summary: Summary, done: Callable[[], None]) -> None:
        """Build the summary of ``summary`` a piece per turn of the event loop (the old one stays
        shown meanwhile); then ``done()`` — call :meth:`install_prepared` to show it."""
        self.cancel_prepare()
        self._steps = (self._build(summary), summary, done)
        self._step_timer.start()

    def install_prepared(self) -> None:
        if self._prepared is not None:
            summary, page = self._prepared
            self._prepared = None
            self.summary = summary
            self._install(page)

    def _step(self) -> None:
        if self._steps is None:
            self._step_timer.stop()
            return
        gen, summary, done = self._steps
        try:
            next(gen)
        except StopIteration as stop:
            self._step_timer.stop()
            self._steps = None
            self._prepared = (summary, stop.value)
            done()

    def cancel_prepare(self) -> None:
        self._step_timer.stop()
        if self._steps is not None:
            self._steps[0].close()
            self._steps = None
        if self._prepared is not None:
            page = self._prepared[1].page
            if page is not None:
                page.deleteLater()
            self._prepared = None

    def _install(self, pg: _Page | None) -> None:
        focused = self._focused_ref()
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setAccessibleName(self.tr("Summary"))
        if pg is None:
            self.cards, self.flag_buttons, self.buttons, self._grid, self._columns = [], [], {}, None, 0
            self.banner_buttons = []
            return
        self.cards, self.flag_buttons, self.buttons = pg.cards, pg.flag_buttons, pg.buttons
        self._grid, self._columns, self.text = pg.grid, 0, pg.text
        self.grade, self.service, self.meta, self.warnings = pg.grade, pg.service, pg.meta, pg.warnings
        self.flags_title, self.more = pg.flags_title, pg.more
        self.banner_buttons = pg.banner_buttons
        self.rights_button = pg.rights
        if self.more is not None:
            self.more.clicked.connect(self.toggle_flags)
        self._place_cards(self._wanted_columns())
        assert pg.page is not None
        self.setWidget(pg.page)
        self.set_active(self._active)
        if focused:
            for b in self.buttons.get(focused, []):
                if b.isVisible():
                    b.setFocus()
                    break

    def _build(self, s: Summary) -> Generator[None, None, _Page]:
        """The widgets of the summary of ``s``, yielding between pieces."""
        pg = _Page()
        colors = theme.colors(self.palette())
        pg.text = tx = texts(s, ui_tr)
        ui: dict[str, str] = tx["ui"]  # type: ignore[assignment]
        page = pg.page = QWidget()
        page.setObjectName("summaryPage")
        page.setFont(self.font())  # (built without a parent: the zoom must reach it)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(14, 12, 14, 14)
        lay.setSpacing(10)

        # --- header: grade badge, service, language, date
        head = QHBoxLayout()
        head.setSpacing(14)
        grade: dict = tx["grade"]  # type: ignore[assignment]
        graded = s.language.supported
        pg.grade = GradeBadge(grade, colors, page)
        pg.grade.clicked.connect(self.grade_requested)
        reasons: list[str] = tx["reasons"]  # type: ignore[assignment]
        if reasons:
            tip = self.tr("Click to see why")
            pg.grade.setToolTip(f"{grade['verdict'] or ui['why']}\n{tip}")
            pg.grade.setAccessibleDescription(" ".join(reasons))
        head.addWidget(pg.grade, 0, Qt.AlignmentFlag.AlignTop)
        info = QVBoxLayout()
        info.setSpacing(3)
        name = display_name(s)
        pg.service = _label(name, page)
        pg.service.setObjectName("serviceName")
        pg.service.setFont(_font(self.font(), 1.45, bold=True))
        pg.service.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(pg.service)
        meta = []
        pair = self.tr("{label}: {value}")  # "Langue : français" in French
        lang = self._language_text(s)
        if lang:
            meta.append(pair.format(label=ui["language"], value=lang))
        if s.service.updated:
            meta.append(pair.format(label=ui["updated"], value=self._date(s.service.updated)))
        if name != s.source.name:  # the file (or "Pasted text") stays visible
            meta.append(s.source.name)
        pg.meta = _label("  ·  ".join(meta), page)
        pg.meta.setProperty("role", "muted")
        _ink(pg.meta, colors.muted)
        info.addWidget(pg.meta)
        if s.service.controller and s.service.controller != s.service.name:
            ctl = _label(pair.format(label=ui["controller"], value=s.service.controller), page)
            ctl.setProperty("role", "muted")
            _ink(ctl, colors.muted)
            info.addWidget(ctl)
        info.addStretch(1)
        head.addLayout(info, 1)
        lay.addLayout(head)

        yield
        # --- warnings (mixed or unsupported language, short text)
        pg.warnings = []
        amber, amber_tint = colors.strong["amber"], colors.tint["amber"]
        for w in tx["warnings"]:  # type: ignore[attr-defined]
            box = Panel(amber_tint, theme.mix(amber, amber_tint, 0.5), None, page)
            box.setObjectName("warning")
            box.radius = 6.0
            row = QHBoxLayout(box)
            row.setContentsMargins(10, 6, 10, 6)
            icon = QLabel(box)
            icon.setPixmap(theme.status_pixmap("amber", amber, 16, self.devicePixelRatioF()))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            lab = _label(w, box)
            _ink(lab, colors.text)
            lab.setAccessibleName(w)
            row.addWidget(lab, 1)
            lay.addWidget(box)
            pg.warnings.append(lab)

        pg.banner_buttons = []
        if not graded and self.language_actions is not None:
            row = QHBoxLayout()
            row.setSpacing(8)
            for name, text, slot in self.language_actions(s):
                button = QPushButton(text, page)
                button.setObjectName(name)
                button.setAccessibleName(text)
                button.clicked.connect(slot)
                row.addWidget(button)
                pg.banner_buttons.append(button)
            row.addStretch(1)
            lay.addLayout(row)

        # --- red flags, most severe first
        flags = sorted(tx["flags"], key=lambda f: SEVERITY_ORDER[f["severity"]])  # type: ignore[arg-type]
        if not graded:  # nothing was analysed: no "No red flags found", no "Not stated" cards
            lay.addStretch(1)
            return pg
        title = _label(self.tr("Red flags ({count})").format(count=len(flags)) if flags else ui["red_flags"], page)
        title.setFont(_font(self.font(), 1.15, bold=True))
        title.setAccessibleName(title.text())
        lay.addWidget(title)
        pg.flags_title = title
        if not flags:
            none = _label(ui["none"], page)
            none.setProperty("role", "muted")
            _ink(none, colors.muted)
            lay.addWidget(none)
        base = colors.base
        flag_box = Panel(base, theme.mix(base, colors.text, 0.18), None, page)
        flag_box.setObjectName("flags")
        fl = QVBoxLayout(flag_box)
        fl.setContentsMargins(4, 4, 4, 4)
        fl.setSpacing(0)
        chip_width = self._chip_width(tx["flags"])  # type: ignore[arg-type]
        for i, f in enumerate(flags):
            b = FlagButton(f, colors, chip_width, base, flag_box)
            b.clicked.connect(lambda _=False, ref=b.ref: self.finding_activated.emit(ref))
            b.setVisible(self.flags_expanded or i < FLAGS_COLLAPSED)
            fl.addWidget(b)
            pg.flag_buttons.append(b)
            pg.buttons.setdefault(b.ref, []).append(b)
            if i % 4 == 3:
                yield
        pg.more = QPushButton(flag_box)
        pg.more.setObjectName("moreFlags")
        pg.more.setFlat(True)
        pg.more.setCursor(Qt.CursorShape.PointingHandCursor)
        _ink(pg.more, colors.evidence if colors.dark else colors.focus)
        pal = pg.more.palette()
        pal.setColor(QPalette.ColorRole.ButtonText, colors.evidence if colors.dark else colors.focus.darker(120))
        pg.more.setPalette(pal)
        fl.addWidget(pg.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_more(pg.more, len(pg.flag_buttons))
        flag_box.setVisible(bool(flags))
        lay.addWidget(flag_box)

        yield
        # --- the four cards
        pg.grid = QGridLayout()
        pg.grid.setSpacing(10)
        for card in tx["cards"]:  # type: ignore[attr-defined]
            model = s.card(card["id"])
            w = CardWidget(card, list(model.point_refs) if model else [], colors, page)
            for b in w.points:
                b.clicked.connect(lambda _=False, ref=b.ref: self.finding_activated.emit(ref))
                pg.buttons.setdefault(b.ref, []).append(b)
            pg.cards.append(w)
            if card["id"] == "rights":
                pg.rights = QPushButton(self.tr("Use your rights…"), w)
                pg.rights.setObjectName("useRights")
                pg.rights.setToolTip(self.tr("Draft a request to the company, or a complaint to an authority (Ctrl+R)"))
                pg.rights.setAccessibleName(self.tr("Use your rights"))
                pg.rights.setAccessibleDescription(
                    self.tr("Drafts a letter to ask for your data, have it erased, or complain to an authority"))
                pg.rights.clicked.connect(self.rights_requested.emit)
                w.layout().addWidget(pg.rights, 0, Qt.AlignmentFlag.AlignLeft)
            yield
        lay.addLayout(pg.grid)
        lay.addStretch(1)
        return pg

    def _chip_width(self, flags: list[dict]) -> int:
        fm = QFontMetrics(_font(self.font(), 0.95, bold=True))
        words = {f["severity_word"] for f in flags} or {""}
        return 15 + 5 + max(fm.horizontalAdvance(w) for w in words) + 6

    def _language_text(self, s: Summary) -> str:
        """The policy's language named in the UI language ("franska" in Swedish), as in the exports."""
        return language_name(s.language.code, ui_tr) or s.language.name or s.language.code

    def _date(self, iso: str) -> str:
        d = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
        if not d.isValid():
            return iso
        # the locale's long date without the weekday: "15 janvier 2024", "January 15, 2024"
        fmt = re.sub(r"d{4}[,.]?\s*", "", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
        return QLocale().toString(d, fmt or "yyyy-MM-dd")

    def _update_more(self, more: QPushButton, n: int) -> None:
        more.setVisible(n > FLAGS_COLLAPSED)
        if self.flags_expanded:
            more.setText(self.tr("Show fewer"))
        else:
            more.setText(self.tr("Show all {count} red flags").format(count=n))
        more.setAccessibleName(more.text())

    def toggle_flags(self) -> None:
        if self.more is None:
            return
        self.flags_expanded = not self.flags_expanded
        self._show_flags()
        self._update_more(self.more, len(self.flag_buttons))

    def _show_flags(self) -> None:
        """The first red flags, or all; the one shown in the reader stays visible either way."""
        for i, b in enumerate(self.flag_buttons):
            b.setVisible(self.flags_expanded or i < FLAGS_COLLAPSED or b.ref == self._active)

    # ------------------------------------------------------------------ layout

    def _wanted_columns(self) -> int:
        return 2 if self.viewport().width() >= TWO_COLUMNS_FROM else 1

    def _place_cards(self, columns: int) -> None:
        if self._grid is None or columns == self._columns:
            return
        for w in self.cards:
            self._grid.removeWidget(w)
        for i, w in enumerate(self.cards):
            self._grid.addWidget(w, i // columns, i % columns)
        for c in range(2):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_cards(self._wanted_columns())

    def apply_palette(self) -> None:
        if self.summary is not None:
            self.rebuild()

    def set_zoom(self, steps: int) -> None:
        """View > Zoom: the cards' text grows and shrinks with the policy's (same steps)."""
        from policylens.ui.reader import ZOOM_STEP

        if steps == self.zoom_steps and steps != 0:
            return
        self.zoom_steps = steps
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, self._base_size * (ZOOM_STEP**steps)))
        self.setFont(font)
        if self.summary is not None:
            self.rebuild()

    # ------------------------------------------------------------------ state

    def set_active(self, ref: str) -> None:
        """Mark the finding shown in the reader."""
        self._active = ref
        for r, buttons in self.buttons.items():
            for b in buttons:
                b.set_active(r == ref)
        if not self.flags_expanded:
            self._show_flags()

    def _focused_ref(self) -> str:
        w = self.focusWidget()
        return w.ref if isinstance(w, LinkButton) else ""

    def first_button(self) -> LinkButton | None:
        for b in self.flag_buttons + [p for c in self.cards for p in c.points]:
            if b.isVisible():
                return b
        return None

    def card_widget(self, card_id: str) -> CardWidget | None:
        return next((c for c in self.cards if c.card_id == card_id), None)
