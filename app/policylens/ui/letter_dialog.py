""""Use your rights…": draft a request to the company, or a complaint to an authority.

The dialog drafts with :func:`policylens.core.letters.draft` and shows, beside the editable draft,
where each address was found (the sentence of the policy) and what is missing. Copy, Save (.txt,
.eml, .pdf; never replacing a file without asking) and "Open in Mail App" (a ``mailto:`` link,
opened only when the user clicks; PolicyLens sends nothing). The country of the authority comes
from the settings, else the locale, and is remembered; for Germany the user picks the state.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from policylens.core import letters as L
from policylens.core import wording as W
from policylens.core.errors import QT_TRANSLATE_NOOP, PolicyLensError
from policylens.core.models import Summary
from policylens.ui import theme
from policylens.ui.export_dialog import ask_replace, ask_save_path, safe_file_name

FILTERS = {
    "txt": QT_TRANSLATE_NOOP("LetterDialog", "Text (*.txt)"),
    "eml": QT_TRANSLATE_NOOP("LetterDialog", "E-mail to finish in your mail app (*.eml)"),
    "pdf": QT_TRANSLATE_NOOP("LetterDialog", "PDF to print (*.pdf)"),
}


_MARKER = re.compile(r"\[[^\[\]\n]+\]")


def _lt(text: str) -> str:
    """A text of the core's "letters" context in the UI language."""
    return QCoreApplication.translate("letters", text)


def _language_label(code: str) -> str:
    source = W.LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("languages", source) if source else code


class FieldHighlighter(QSyntaxHighlighter):
    """The [bracketed] fields still to fill in, marked in the draft (amber background, bold)."""

    def __init__(self, document: QTextDocument, background: QColor, foreground: QColor) -> None:
        super().__init__(document)
        self.fmt = QTextCharFormat()
        self.fmt.setBackground(background)
        self.fmt.setForeground(foreground)
        self.fmt.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:
        for m in _MARKER.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self.fmt)


class LetterDialog(QDialog):
    def __init__(self, summary: Summary, text: str | None, parent: QWidget | None = None,
                 settings: object | None = None, ui_lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.summary = summary
        self.policy_text = text
        self.settings = settings
        self.letter: L.Letter | None = None
        self._drafted = ""
        self.setWindowTitle(self.tr("Use Your Rights"))
        self.setAccessibleName(self.tr("Use your rights: draft a request or a complaint"))
        self.resize(1100, 720)
        colors = theme.colors(self.palette())

        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("PolicyLens drafts the letter; you check it, fill in the fields in [brackets] and "
                               "send it yourself. Nothing is sent from here."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        form = QFormLayout()
        self.request = QComboBox()
        self.request.setObjectName("letterRequest")
        self.laws = L.laws_for(text)
        for law in self.laws:
            names = L.CCPA_NAMES if law == "ccpa" else L.REQUEST_NAMES
            for r in L.requests_for(law):
                self.request.addItem(_lt(names[r]), (law, r))
        self.request.setAccessibleName(self.tr("Request"))
        lab = QLabel(self.tr("&Request:"))
        lab.setBuddy(self.request)
        form.addRow(lab, self.request)

        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        policy_lang = summary.language.code if summary.language.code in L.GDPR_LANGUAGES else "en"
        first = [policy_lang] + ([ui_lang] if ui_lang != policy_lang and ui_lang in L.GDPR_LANGUAGES else [])
        for code in first:
            which = self.tr("the policy's") if code == policy_lang else self.tr("yours")
            self.language.addItem(self.tr("{language} ({which})").format(language=_language_label(code),
                                                                          which=which), code)
        self.language.insertSeparator(self.language.count())
        for code in L.GDPR_LANGUAGES:
            if code not in first:
                self.language.addItem(_language_label(code), code)
        self.language.setAccessibleName(self.tr("Language of the letter"))
        lab = QLabel(self.tr("&Language:"))
        lab.setBuddy(self.language)
        form.addRow(lab, self.language)

        self.country = QComboBox()
        self.country.setObjectName("letterCountry")
        for cc in L.known_countries():
            # the country's own name ("Sverige", "Deutschland"), the same in every UI language
            territory = QLocale.codeToTerritory(cc.upper())
            name = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() or cc.upper()
            self.country.addItem(f"{name} ({cc.upper()})", cc)
        self.country.setAccessibleName(self.tr("Country of the supervisory authority"))
        self.country_label = QLabel(self.tr("&Country:"))
        self.country_label.setBuddy(self.country)
        form.addRow(self.country_label, self.country)
        self.state = QComboBox()
        self.state.setObjectName("letterState")
        self.state.addItem(self.tr("Federal authority (BfDI)"), "")
        for code, name in sorted(L.GERMAN_STATES.items(), key=lambda kv: kv[1]):
            self.state.addItem(name, code)
        self.state.setAccessibleName(self.tr("German state"))
        self.state_label = QLabel(self.tr("S&tate:"))
        self.state_label.setBuddy(self.state)
        form.addRow(self.state_label, self.state)
        outer.addLayout(form)

        self.notice = QLabel()
        self.notice.setObjectName("letterWarnings")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        amber = colors.strong["amber"]
        self.notice.setStyleSheet(
            f"QLabel#letterWarnings {{ background: {colors.tint['amber'].name()}; color: {colors.text.name()};"
            f" border: 1px solid {amber.name()}; border-radius: 4px; padding: 6px; }}"
        )
        outer.addWidget(self.notice)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterText")
        self.editor.setAccessibleName(self.tr("Letter (editable)"))
        mono = QFont(self.editor.font())
        mono.setPointSizeF(mono.pointSizeF() * 1.05)
        self.editor.setFont(mono)
        self.highlighter = FieldHighlighter(self.editor.document(), colors.tint["amber"], colors.text)
        split.addWidget(self.editor)
        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        self.sources = QWidget()
        self.sources.setObjectName("letterSources")
        self.sources_lay = QVBoxLayout(self.sources)
        self.sources_lay.setContentsMargins(8, 0, 4, 0)
        side.setWidget(self.sources)
        side.setAccessibleName(self.tr("Where the addresses come from"))
        split.addWidget(side)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(260)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 400])
        outer.addWidget(split, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Co&py Letter"))
        self.copy_button.setObjectName("letterCopy")
        self.copy_button.setToolTip(self.tr("Copy the letter to the clipboard (Ctrl+Shift+C)"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setObjectName("letterSave")
        self.save_button.setToolTip(self.tr("Save as text, e-mail (.eml) or PDF (Ctrl+S)"))
        self.mail_button = QPushButton(self.tr("Open in &Mail App"))
        self.mail_button.setObjectName("letterMail")
        self.mail_button.setToolTip(self.tr("Opens a new message in your mail app (Ctrl+M); you send it yourself"))
        for b in (self.copy_button, self.save_button, self.mail_button):
            b.setAutoDefault(False)
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.mail_button.clicked.connect(self.open_mail)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence("Ctrl+M"), self, self.open_mail)

        self._load_country()
        self._language_chosen = False  # by the user: then a complaint keeps it too
        self.language.activated.connect(self._choose_language)
        self.request.currentIndexChanged.connect(self._context_changed)
        self.language.currentIndexChanged.connect(lambda _i: self.redraft())
        self.country.currentIndexChanged.connect(self._country_changed)
        self.state.currentIndexChanged.connect(self._country_changed)
        self.redraft()
        self.editor.setFocus()

    # ------------------------------------------------------------------ country

    def _load_country(self) -> None:
        cc = None
        if self.settings is not None:
            cc = self.settings.letter_country()  # type: ignore[attr-defined]
        if not cc:
            territory = QLocale.territoryToCode(QLocale.system().territory()).lower()
            cc = L.country_from_locale(fallback=territory if territory in L.known_countries() else None)
        i = self.country.findData(cc or "")
        self.country.setCurrentIndex(i if i >= 0 else 0)
        state = self.settings.letter_state() if self.settings is not None else ""  # type: ignore[attr-defined]
        j = self.state.findData(state or "")
        self.state.setCurrentIndex(j if j >= 0 else 0)

    def _country_changed(self) -> None:
        self._context_changed()
        if self.settings is not None:  # remembered (as shown: the user may have kept the old draft)
            self.settings.set_letter_country(str(self.country.currentData()))  # type: ignore[attr-defined]
            self.settings.set_letter_state(str(self.state.currentData() or ""))  # type: ignore[attr-defined]



    # ------------------------------------------------------------------ drafting

    def _choose_language(self) -> None:
        self._language_chosen = True

    def _follow_authority_language(self, complaint: bool) -> None:
        """A complaint is written in the authority's language (when there are letters in it),
        unless the user chose a language; other letters in the policy's."""
        if self._language_chosen:
            return
        code = self.language.itemData(0)
        if complaint:
            try:
                a = L.authority_for(str(self.country.currentData()), str(self.state.currentData() or "") or None)
            except PolicyLensError:
                a = None
            if a is not None and a.complaint_language in L.GDPR_LANGUAGES:
                code = a.complaint_language
        i = self.language.findData(code)
        if i >= 0 and i != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(i)
            self.language.blockSignals(False)

    def select_request(self, request: str) -> None:
        for i in range(self.request.count()):
            if self.request.itemData(i)[1] == request:
                self.request.setCurrentIndex(i)
                return

    def _controls(self) -> tuple[int, int, int, int]:
        return (self.request.currentIndex(), self.language.currentIndex(), self.country.currentIndex(),
                self.state.currentIndex())

    def _restore_controls(self) -> None:
        """Back to the choices of the draft shown (the user kept their edits)."""
        for combo, index in zip((self.request, self.language, self.country, self.state), self._shown, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _context_changed(self) -> None:
        """Another request or authority: the language may follow it, then a new draft."""
        if not self._may_replace():
            return
        self._follow_authority_language(self.request.currentData()[1] == "complaint")
        self.redraft(asked=True)

    def _may_replace(self) -> bool:
        """Whether the draft may be replaced: not edited, or the user agrees to lose the edits (else
        the controls go back to what the shown draft was made with)."""
        if self.letter is None or self.editor.toPlainText() == self._drafted or self._discard_edits():
            return True
        self._restore_controls()
        return False

    def redraft(self, asked: bool = False) -> None:
        if not asked and not self._may_replace():
            return
        law, request = self.request.currentData()
        complaint = request == "complaint"
        german = complaint and self.country.currentData() == "de"
        for w in (self.country, self.country_label):
            w.setVisible(complaint)
        for w in (self.state, self.state_label):
            w.setVisible(german)
        self.language.setEnabled(law != "ccpa")
        try:
            self.letter = L.draft(
                self.summary, request, lang=str(self.language.currentData()), text=self.policy_text,
                country=str(self.country.currentData()) if complaint else None,
                state=str(self.state.currentData() or "") or None if german else None, law=law,
            )
        except PolicyLensError as exc:
            self.letter = None
            self.notice.setText(_lt(exc.message).format(**exc.args_) if exc.args_ else _lt(exc.message))
            self.notice.show()
            return
        self._drafted = self.letter.text
        self._shown = self._controls()
        self.editor.setPlainText(self.letter.text)
        self._show_sources(self.letter)
        notes = [_lt(L.WARNINGS[w]) for w in self.letter.warnings]
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self.mail_button.setEnabled(bool(self.letter.to_email))

    def _discard_edits(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard Your Changes?"),
            self.tr("You have edited the letter. Draft a new one and lose your changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _show_sources(self, letter: L.Letter) -> None:
        while self.sources_lay.count():
            item = self.sources_lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        colors = theme.colors(self.palette())
        heading = QLabel(self.tr("Addressed with"))
        heading.setFont(QFont(heading.font().family(), -1, QFont.Weight.Bold))
        self.sources_lay.addWidget(heading)
        names = {
            "controller": self.tr("Company"),
            "email": self.tr("E-mail for requests"),
            "address": self.tr("Postal address"),
            "authority": self.tr("Supervisory authority"),
        }
        for part in letter.parts:
            if part.what == "authority" and letter.authority is not None:
                a = letter.authority
                value = "\n".join(x for x in (a.name, a.address, a.email or "", a.webform or a.web or "") if x)
                where = self.tr("From PolicyLens's list of authorities (source: {source})").format(
                    source=a.sources[0] if a.sources else "Datenanfragen.de")
            elif part.value:
                value = part.value
                where = ""
            else:
                value = self.tr("Not found in the policy.")
                where = ""
            title = QLabel(names[part.what])
            title.setFont(QFont(title.font().family(), -1, QFont.Weight.DemiBold))
            self.sources_lay.addWidget(title)
            val = QLabel(value)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setAccessibleName(f"{names[part.what]}: {value}")
            self.sources_lay.addWidget(val)
            if part.evidence is not None:
                quote = " ".join(part.evidence.quote.split())
                q = QLabel(self.tr("The policy says: “{quote}”").format(quote=quote))
                q.setWordWrap(True)
                q.setObjectName("letterEvidence")
                q.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                q.setStyleSheet(f"color: {colors.muted.name()}; font-style: italic;")
                q.setAccessibleName(q.text())
                self.sources_lay.addWidget(q)
            elif where:
                q = QLabel(where)
                q.setWordWrap(True)
                q.setStyleSheet(f"color: {colors.muted.name()};")
                self.sources_lay.addWidget(q)
        self.sources_lay.addStretch(1)

    # ------------------------------------------------------------------ actions

    def text(self) -> str:
        return self.editor.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def open_mail(self) -> None:
        if self.letter is None or not self.letter.to_email:
            return
        QDesktopServices.openUrl(QUrl(L.mailto(self.letter, self.text()), QUrl.ParsingMode.TolerantMode))

    def save(self) -> None:
        if self.letter is None:
            return
        from policylens.export.letter import LetterExists, save_letter

        name = safe_file_name(f"{self.letter.to_name or self.summary.service.name or 'letter'} - {self.letter.request}")
        folder = Path(self.summary.source.path).parent if self.summary.source.path else Path.home()
        if not folder.is_dir():
            folder = Path.home()
        fmt0 = "eml" if self.letter.to_email else "pdf"
        filters = {k: QCoreApplication.translate("LetterDialog", v) for k, v in FILTERS.items()}
        chosen, selected = ask_save_path(self, self.tr("Save Letter As"), str(folder / f"{name}.{fmt0}"),
                                         ";;".join(filters.values()), filters[fmt0])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".txt", ".eml", ".pdf"):
            fmt = next((k for k, v in filters.items() if v == selected), fmt0)
            path = path.with_name(f"{path.name}.{fmt}")
            if path.exists() and not ask_replace(self, path):
                return
        try:
            # the save dialog asked before replacing an existing file: replacing is what the user chose
            save_letter(self.letter, path, text=self.text(), force=True)
        except (OSError, RuntimeError, LetterExists) as exc:
            QMessageBox.critical(self, self.tr("Letter Not Saved"),
                                 self.tr("The letter could not be saved as “{file}”: {reason}").format(
                                     file=path.name, reason=getattr(exc, "strerror", None) or str(exc)))
            return
        self.saved_path = path


def run_letter_dialog(parent: QWidget | None, summary: Summary, text: str | None, settings: object | None = None,
                      ui_lang: str = "en", request: str | None = None) -> LetterDialog:
    dlg = LetterDialog(summary, text, parent, settings=settings, ui_lang=ui_lang)
    if request:
        dlg.select_request(request)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
