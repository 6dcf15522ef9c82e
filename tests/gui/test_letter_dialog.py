"""The "Use your rights…" dialog: drafting, sources beside the draft, copy, save, mail link."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES, open_and_wait

pytestmark = pytest.mark.gui


def _dialog(qtbot, window, sample: str):
    from policylens.ui.letter_dialog import LetterDialog

    open_and_wait(qtbot, window, SAMPLES / sample)
    button = window.summary_view.rights_button
    assert button is not None and button.isVisibleTo(window) and button.accessibleName()
    button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "letter_dialog", None), LetterDialog)
                    and window.letter_dialog.isVisible())
    return window.letter_dialog


def test_rights_button_opens_the_draft_with_its_sources(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPlainTextEdit

    dlg = _dialog(qtbot, window, "fr-creality.txt")
    text = dlg.editor.toPlainText()
    assert "cs@creality.com" in text and "Shenzhen Creality 3D Technology Co., Ltd" in text
    assert "article 15 du RGPD" in text
    evidence = [q.text() for q in dlg.sources.findChildren(QLabel, "letterEvidence")]
    assert any("cs@creality.com" in q for q in evidence)
    assert dlg.mail_button.isEnabled() and not dlg.notice.isVisible()
    # every control has a name a screen reader can say
    for w in dlg.findChildren(QAbstractButton) + dlg.findChildren(QComboBox) + dlg.findChildren(QPlainTextEdit):
        if w.isVisibleTo(dlg):
            assert w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()), w.objectName()
    # another request, another language (the UI's is English here)
    dlg.select_request("erasure")
    assert "article 17 du RGPD" in dlg.editor.toPlainText()
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    assert "Article 17 GDPR" in dlg.editor.toPlainText()
    dlg.close()


def test_complaint_country_is_remembered_and_germany_has_states(qtbot, window) -> None:
    dlg = _dialog(qtbot, window, "fr-creality.txt")
    dlg.select_request("complaint")
    assert dlg.country.isVisibleTo(dlg)
    dlg.country.setCurrentIndex(dlg.country.findData("se"))
    assert "Integritetsskyddsmyndigheten" in dlg.editor.toPlainText()
    assert window.settings.letter_country() == "se"
    dlg.country.setCurrentIndex(dlg.country.findData("de"))
    assert dlg.state.isVisibleTo(dlg) and "Bundesbeauftragte" in dlg.editor.toPlainText()
    dlg.state.setCurrentIndex(dlg.state.findData("BY"))
    assert "Bayerisches Landesamt für Datenschutzaufsicht" in dlg.editor.toPlainText()
    assert window.settings.letter_state() == "BY"
    dlg.close()
    dlg2 = _dialog(qtbot, window, "fr-creality.txt")
    assert dlg2.country.currentData() == "de" and dlg2.state.currentData() == "BY"
    dlg2.close()


def test_no_email_says_so_and_offers_the_postal_letter(qtbot, window) -> None:
    dlg = _dialog(qtbot, window, "sv-orange-music.txt")
    assert dlg.notice.isVisibleTo(dlg) and "e-mail" in dlg.notice.text()
    assert not dlg.mail_button.isEnabled()
    assert "[företagets postadress – hittades inte i policyn]" in dlg.editor.toPlainText()
    dlg.close()


def test_copy_save_and_mail(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    from policylens.ui import letter_dialog as mod

    dlg = _dialog(qtbot, window, "fr-creality.txt")
    cursor = dlg.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    dlg.editor.setTextCursor(cursor)
    dlg.editor.insertPlainText("Jeanne Dupont\n")
    dlg.copy()
    assert QGuiApplication.clipboard().text().startswith("Jeanne Dupont\n")

    out = tmp_path / "lettre.eml"
    monkeypatch.setattr(mod, "ask_save_path", lambda *a: (str(out), ""))
    dlg.save()
    msg = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "cs@creality.com" and "article 15" in msg["Subject"]
    assert msg.get_body().get_content().replace("\r\n", "\n").startswith("Jeanne Dupont\n")
    # an existing file, the extension added by PolicyLens: asked first, kept when the user says no
    out2 = tmp_path / "lettre.pdf"
    out2.write_bytes(b"keep")
    monkeypatch.setattr(mod, "ask_save_path", lambda *a: (str(tmp_path / "lettre"), mod.FILTERS["pdf"]))
    asked = []
    monkeypatch.setattr(mod, "ask_replace", lambda parent, path: asked.append(path) or False)
    dlg.save()
    assert asked == [out2] and out2.read_bytes() == b"keep"

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    dlg.open_mail()
    assert len(opened) == 1 and opened[0].startswith("mailto:cs@creality.com?subject=")
    dlg.close()


def test_shortcut_opens_the_dialog(qtbot, window) -> None:
    from policylens.ui.letter_dialog import LetterDialog

    open_and_wait(qtbot, window, SAMPLES / "fr-creality.txt")
    assert window.act_rights.isEnabled() and window.act_rights.shortcut().toString() == "Ctrl+R"
    window.act_rights.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "letter_dialog", None), LetterDialog))
    window.letter_dialog.close()


def test_a_complaint_follows_the_authority_language_unless_chosen(qtbot, window) -> None:
    dlg = _dialog(qtbot, window, "fr-creality.txt")
    dlg.select_request("complaint")
    dlg.country.setCurrentIndex(dlg.country.findData("se"))
    assert dlg.language.currentData() == "sv" and "Klagomål mot" in dlg.editor.toPlainText()
    dlg.select_request("access")
    assert dlg.language.currentData() == "fr"
    # once the user picks a language, it stays
    dlg.language.setCurrentIndex(dlg.language.findData("de"))
    dlg.language.activated.emit(dlg.language.currentIndex())
    dlg.select_request("complaint")
    assert dlg.language.currentData() == "de" and "Beschwerde gegen" in dlg.editor.toPlainText()
    dlg.close()


def test_edits_are_not_lost_without_asking(qtbot, window, monkeypatch) -> None:
    dlg = _dialog(qtbot, window, "fr-creality.txt")
    dlg.editor.appendPlainText("P.S. Mon numéro de client est 1234.")
    edited = dlg.editor.toPlainText()
    answers = [False]
    monkeypatch.setattr(dlg, "_discard_edits", lambda: answers.pop(0))
    dlg.select_request("erasure")  # the user keeps the edits: nothing changes, the choice goes back
    assert dlg.editor.toPlainText() == edited
    assert dlg.request.currentData()[1] == "access"
    answers.append(True)
    dlg.select_request("erasure")  # the user agrees: a new draft
    assert "article 17 du RGPD" in dlg.editor.toPlainText() and "1234" not in dlg.editor.toPlainText()
    dlg.close()
