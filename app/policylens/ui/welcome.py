"""The first screen: "Drop a privacy policy here", Open…, and the bundled sample policies."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from policylens.ui import theme


def sample_files() -> list[Path]:
    """The sample policies shipped in ``policylens.resources/samples``."""
    try:
        folder = resources.files("policylens.resources").joinpath("samples")
        return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".txt", ".md", ".html")))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return []


def sample_title(path: Path) -> str:
    """``fr-qazar-cloud.txt`` → "Qazar Cloud (français)"."""
    code, _, rest = path.stem.partition("-")
    name = " ".join(w[:1].upper() + w[1:] for w in rest.replace("_", "-").split("-") if w) or path.stem
    lang = QLocale(code).nativeLanguageName() if len(code) == 2 else ""
    return f"{name} ({lang})" if lang else name


class WelcomePage(QWidget):
    open_requested = Signal()
    sample_requested = Signal(str)

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)
        self.drop = QFrame(self)
        self.drop.setObjectName("dropZone")
        box = QVBoxLayout(self.drop)
        box.setContentsMargins(48, 36, 48, 36)
        box.setSpacing(12)
        self.icon = QLabel(self.drop)
        self.icon.setPixmap(icon.pixmap(96, 96))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.icon)
        self.title = QLabel(self.drop)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.9)
        f.setWeight(f.Weight.DemiBold)
        self.title.setFont(f)
        box.addWidget(self.title)
        self.subtitle = QLabel(self.drop)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        box.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.open_button = QPushButton(self.drop)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton(self.drop)
        self.samples_menu = QMenu(self.sample_button)
        self.sample_button.setMenu(self.samples_menu)
        for path in sample_files():
            act = self.samples_menu.addAction(sample_title(path))
            act.triggered.connect(lambda _=False, p=str(path): self.sample_requested.emit(p))
        self.sample_button.setEnabled(not self.samples_menu.isEmpty())
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        box.addSpacing(6)
        box.addLayout(buttons)
        self.privacy = QLabel(self.drop)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy.setWordWrap(True)
        box.addSpacing(6)
        box.addWidget(self.privacy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.drop, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setAcceptDrops(False)
        self.retranslate_ui()
        self.apply_palette()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drop a privacy policy here"))
        self.subtitle.setText(
            self.tr(
                "A saved web page (.html, .mhtml, .webarchive), a PDF, a document (.docx, .odt, .rtf) or a "
                "text file — or paste the text with Ctrl+V."
            )
        )
        self.open_button.setText(self.tr("Open a Policy…"))
        self.open_button.setAccessibleName(self.tr("Open a policy file"))
        self.sample_button.setText(self.tr("Try a Sample"))
        self.sample_button.setAccessibleName(self.tr("Open one of the sample policies"))
        self.privacy.setText(self.tr("Everything stays on this computer: nothing you open is sent anywhere."))
        self.drop.setAccessibleName(self.tr("Drop a privacy policy here"))

    def apply_palette(self) -> None:
        c = theme.colors(self.palette())
        border = theme.mix(c.window, c.text, 0.35)
        sheet = (
            f"QFrame#dropZone {{ border: 2px dashed {border.name()}; border-radius: 16px;"
            f" background: {theme.mix(c.window, c.base, 0.6).name()}; }}"
            f"QFrame#dropZone QLabel {{ background: transparent; border: none; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.privacy.setStyleSheet(f"color: {c.muted.name()};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
