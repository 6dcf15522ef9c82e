"""The right-hand side: grade, service, language, red flags and the four cards.

Every point and every red flag is a button (Tab reaches it, Enter or Space activates it) that
emits :attr:`SummaryView.finding_activated` with the finding's reference ("collected:device",
"flag:vague_retention", ...). All texts come from :func:`policylens.render.texts`, so they are in
the UI language; the view is rebuilt when the language or the palette changes.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
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

from policylens.core.models import Summary
from policylens.render import texts
from policylens.ui import theme
from policylens.ui.texts import policy_language_name, ui_tr

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


def _label(text: str, parent: QWidget, *, wrap: bool = True, rich: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(wrap)
    return lab


class LinkButton(QPushButton):
    """A flat, word-wrapping button: a row of child widgets that reacts as one control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(True)  # Enter activates it, as Space does
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
        if bool(self.property("active")) != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)


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
        self.word.setStyleSheet(f"color: {colors.strong[color].name()};")
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.word, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(word)


class GradeBadge(QFrame):
    def __init__(self, letter: str, score: int, colors: theme.Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grade")
        strong = colors.strong[theme.GRADE_COLOR[letter]]
        ink = "#ffffff" if strong.lightness() < 140 else "#111111"
        self.setStyleSheet(
            f"QFrame#grade {{ background: {strong.name()}; border-radius: 10px; }}"
            f"QFrame#grade QLabel {{ color: {ink}; background: transparent; }}"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 6, 14, 8)
        lay.setSpacing(0)
        self.letter = QLabel(letter, self)
        self.letter.setFont(_font(self.font(), 2.6, bold=True))
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score = QLabel(self.tr("{score}/100").format(score=score), self)
        self.score.setFont(_font(self.font(), 0.9, bold=True))
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.letter)
        lay.addWidget(self.score)
        self.setFixedWidth(max(78, self.score.sizeHint().width() + 28))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Grade {letter}, score {score} out of 100").format(letter=letter, score=score))


class CardWidget(QFrame):
    """One of the four cards: status (icon + word), title, headline, clickable points."""

    def __init__(self, card: dict, refs: list[str], colors: theme.Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.card_id = card["id"]
        color = card["color"]
        strong, tint = colors.strong[color], colors.tint[color]
        border = theme.mix(strong, tint, 0.55)
        hover = theme.mix(tint, colors.text, 0.08)
        self.setStyleSheet(
            f"QFrame#card {{ background: {tint.name()}; border: 1px solid {border.name()};"
            f" border-left: 5px solid {strong.name()}; border-radius: 8px; }}"
            f"QFrame#card QLabel {{ background: transparent; color: {colors.text.name()}; }}"
            f"QPushButton#link {{ background: transparent; border: 1px solid transparent; border-radius: 5px;"
            f" text-align: left; padding: 0; }}"
            f"QPushButton#link:hover {{ background: {hover.name()}; }}"
            f"QPushButton#link:focus {{ border: 2px solid {colors.focus.name()}; }}"
            f'QPushButton#link[active="true"] {{ background: {theme.mix(colors.highlight, tint, 0.35).name()}; }}'
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 10, 10)
        lay.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = _label(card["title"], self, wrap=True)
        self.title.setFont(_font(self.font(), 1.15, bold=True))
        self.status = StatusChip(color, card["status"], colors, self, size=18)
        top.addWidget(self.title, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.headline = _label(card["headline"], self)
        self.headline.setFont(_font(self.font(), 1.0, bold=True))
        self.headline.setStyleSheet(f"color: {strong.name()};")
        lay.addWidget(self.headline)
        lay.addSpacing(4)
        self.points: list[LinkButton] = []
        for text, ref in zip(card["points"], refs, strict=False):
            b = LinkButton(self)
            b.ref = ref
            bullet = QLabel("›", b)
            bullet.setStyleSheet(f"color: {strong.name()}; font-weight: bold;")
            b.add(bullet, 0, Qt.AlignmentFlag.AlignTop)
            b.add(_label(text, b), 1)
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
    def __init__(self, flag: dict, colors: theme.Colors, chip_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = f"flag:{flag['id']}"
        color = theme.SEVERITY_COLOR[flag["severity"]]
        chip = StatusChip(color, flag["severity_word"], colors, self, size=15)
        chip.setFixedWidth(chip_width)
        self.add(chip, 0, Qt.AlignmentFlag.AlignTop)
        muted = colors.muted.name()
        title, explanation = html.escape(flag["title"]), html.escape(flag["explanation"])
        text = _label(f"<b>{title}</b><br><span style='color:{muted}'>{explanation}</span>", self, rich=True)
        self.add(text, 1)
        self.setAccessibleName(
            self.tr("Red flag, {severity}: {title}").format(severity=flag["severity_word"], title=flag["title"])
        )
        self.setAccessibleDescription(flag["explanation"])


class SummaryView(QScrollArea):
    finding_activated = Signal(str)

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
        self.text: dict = {}
        self.setAccessibleName(self.tr("Summary"))

    # ------------------------------------------------------------------ building

    def set_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.rebuild()

    def rebuild(self) -> None:
        focused = self._focused_ref()
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.cards, self.flag_buttons, self.buttons, self._grid, self._columns = [], [], {}, None, 0
        self.setAccessibleName(self.tr("Summary"))
        if self.summary is None:
            return
        s = self.summary
        colors = theme.colors(self.palette())
        self.text = tx = texts(s, ui_tr)
        ui: dict[str, str] = tx["ui"]  # type: ignore[assignment]
        page = QWidget(self)
        page.setObjectName("summaryPage")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(14, 12, 14, 14)
        lay.setSpacing(10)

        # --- header: grade badge, service, language, date
        head = QHBoxLayout()
        head.setSpacing(14)
        self.grade = GradeBadge(s.grade.letter, s.grade.score, colors, page)
        reasons: list[str] = tx["reasons"]  # type: ignore[assignment]
        if reasons:
            self.grade.setToolTip(ui["why"] + "\n" + "\n".join(reasons))
            self.grade.setAccessibleDescription(" ".join(reasons))
        head.addWidget(self.grade, 0, Qt.AlignmentFlag.AlignTop)
        info = QVBoxLayout()
        info.setSpacing(3)
        name = s.service.name or s.source.name
        self.service = _label(name, page)
        self.service.setObjectName("serviceName")
        self.service.setFont(_font(self.font(), 1.45, bold=True))
        self.service.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(self.service)
        meta = []
        lang = self._language_text(s)
        if lang:
            meta.append(f"{ui['language']}: {lang}")
        if s.service.updated:
            meta.append(f"{ui['updated']}: {self._date(s.service.updated)}")
        if s.service.name and s.service.name != s.source.name:
            meta.append(s.source.name)
        self.meta = _label("  ·  ".join(meta), page)
        self.meta.setStyleSheet(f"color: {colors.muted.name()};")
        info.addWidget(self.meta)
        if s.service.controller and s.service.controller != s.service.name:
            ctl = _label(f"{ui['controller']}: {s.service.controller}", page)
            ctl.setStyleSheet(f"color: {colors.muted.name()};")
            info.addWidget(ctl)
        info.addStretch(1)
        head.addLayout(info, 1)
        lay.addLayout(head)

        # --- warnings (mixed or unsupported language, short text)
        self.warnings: list[QLabel] = []
        for w in tx["warnings"]:  # type: ignore[attr-defined]
            box = QFrame(page)
            box.setObjectName("warning")
            box.setStyleSheet(
                f"QFrame#warning {{ background: {colors.tint['amber'].name()};"
                f" border: 1px solid {theme.mix(colors.strong['amber'], colors.tint['amber'], 0.5).name()};"
                f" border-radius: 6px; }}"
                f" QFrame#warning QLabel {{ background: transparent; color: {colors.text.name()}; }}"
            )
            row = QHBoxLayout(box)
            row.setContentsMargins(10, 6, 10, 6)
            icon = QLabel(box)
            icon.setPixmap(theme.status_pixmap("amber", colors.strong["amber"], 16, self.devicePixelRatioF()))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            lab = _label(w, box)
            lab.setAccessibleName(w)
            row.addWidget(lab, 1)
            lay.addWidget(box)
            self.warnings.append(lab)

        # --- red flags, most severe first
        flags = sorted(tx["flags"], key=lambda f: SEVERITY_ORDER[f["severity"]])  # type: ignore[arg-type]
        title = _label(self.tr("Red flags ({count})").format(count=len(flags)) if flags else ui["red_flags"], page)
        title.setFont(_font(self.font(), 1.15, bold=True))
        title.setAccessibleName(title.text())
        lay.addWidget(title)
        self.flags_title = title
        if not flags:
            none = _label(ui["none"], page)
            none.setStyleSheet(f"color: {colors.muted.name()};")
            lay.addWidget(none)
        flag_box = QFrame(page)
        flag_box.setObjectName("flags")
        hover = theme.mix(colors.base, colors.text, 0.07)
        active = theme.mix(colors.highlight, colors.base, 0.45)
        flag_box.setStyleSheet(
            f"QFrame#flags {{ background: {colors.base.name()}; border: 1px solid"
            f" {theme.mix(colors.base, colors.text, 0.18).name()}; border-radius: 8px; }}"
            f"QFrame#flags QLabel {{ background: transparent; color: {colors.text.name()}; }}"
            f"QPushButton#link {{ background: transparent; border: 1px solid transparent; border-radius: 5px;"
            f" padding: 0; }}"
            f"QPushButton#link:hover {{ background: {hover.name()}; }}"
            f"QPushButton#link:focus {{ border: 2px solid {colors.focus.name()}; }}"
            f'QPushButton#link[active="true"] {{ background: {active.name()}; }}'
        )
        fl = QVBoxLayout(flag_box)
        fl.setContentsMargins(4, 4, 4, 4)
        fl.setSpacing(0)
        chip_width = self._chip_width(tx["flags"])  # type: ignore[arg-type]
        for i, f in enumerate(flags):
            b = FlagButton(f, colors, chip_width, flag_box)
            b.clicked.connect(lambda _=False, ref=b.ref: self.finding_activated.emit(ref))
            b.setVisible(self.flags_expanded or i < FLAGS_COLLAPSED)
            fl.addWidget(b)
            self.flag_buttons.append(b)
            self.buttons.setdefault(b.ref, []).append(b)
        self.more = QPushButton(flag_box)
        self.more.setObjectName("moreFlags")
        self.more.setFlat(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(self.toggle_flags)
        fl.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_more()
        flag_box.setVisible(bool(flags))
        lay.addWidget(flag_box)

        # --- the four cards
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        for card in tx["cards"]:  # type: ignore[attr-defined]
            model = s.card(card["id"])
            w = CardWidget(card, list(model.point_refs) if model else [], colors, page)
            for b in w.points:
                b.clicked.connect(lambda _=False, ref=b.ref: self.finding_activated.emit(ref))
                self.buttons.setdefault(b.ref, []).append(b)
            self.cards.append(w)
        self._place_cards(self._wanted_columns())
        lay.addLayout(self._grid)
        lay.addStretch(1)
        self.setWidget(page)
        self.set_active(self._active)
        if focused:
            for b in self.buttons.get(focused, []):
                if b.isVisible():
                    b.setFocus()
                    break

    def _chip_width(self, flags: list[dict]) -> int:
        fm = QFontMetrics(_font(self.font(), 0.95, bold=True))
        words = {f["severity_word"] for f in flags} or {""}
        return 15 + 5 + max(fm.horizontalAdvance(w) for w in words) + 6

    def _language_text(self, s: Summary) -> str:
        code = s.language.code
        if QLocale().language() == QLocale.Language.English and s.language.name and code != "und":
            return s.language.name
        return policy_language_name(code) or (s.language.name or code)

    def _date(self, iso: str) -> str:
        d = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
        if not d.isValid():
            return iso
        # the locale's long date without the weekday: "15 janvier 2024", "January 15, 2024"
        fmt = re.sub(r"d{4}[,.]?\s*", "", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
        return QLocale().toString(d, fmt or "yyyy-MM-dd")

    def _update_more(self) -> None:
        n = len(self.flag_buttons)
        self.more.setVisible(n > FLAGS_COLLAPSED)
        if self.flags_expanded:
            self.more.setText(self.tr("Show fewer"))
        else:
            self.more.setText(self.tr("Show all {count} red flags").format(count=n))
        self.more.setAccessibleName(self.more.text())

    def toggle_flags(self) -> None:
        self.flags_expanded = not self.flags_expanded
        for i, b in enumerate(self.flag_buttons):
            b.setVisible(self.flags_expanded or i < FLAGS_COLLAPSED)
        self._update_more()

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

    # ------------------------------------------------------------------ state

    def set_active(self, ref: str) -> None:
        """Mark the finding shown in the reader."""
        self._active = ref
        for r, buttons in self.buttons.items():
            for b in buttons:
                b.set_active(r == ref)
        if ref.startswith("flag:") and not self.flags_expanded:
            hidden = [b for b in self.buttons.get(ref, []) if not b.isVisibleTo(self)]
            if hidden:
                self.toggle_flags()

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

