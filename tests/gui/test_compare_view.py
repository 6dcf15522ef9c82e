"""File › Compare With…, and a file dropped on an open policy: the comparison window."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.gui_helpers import SAMPLES, drop_file, open_and_wait, wait_idle
from policylens.core import errors
from policylens.ui.dialogs import error_text

pytestmark = pytest.mark.gui

GENLETTER = SAMPLES / "fr-genletter.txt"


def _new_version(tmp_path: Path) -> Path:
    """fr-genletter as its next version: a recipient named, a right dropped, a section moved."""
    text = GENLETTER.read_text(encoding="utf-8")
    for old, new in (
        ("tels que Stripe et Tawk To.", "tels que Stripe, Tawk To et Mailchimp."),
        ("l'accès, la rectification, la suppression ou la portabilité de vos",
         "l'accès, la rectification ou la suppression de vos"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    i, j = text.index("Les cookies :\n"), text.index("Les lois applicables :\n")
    section, text = text[i:j], text[:i] + text[j:]
    k = text.index("Les tiers :\n")
    path = tmp_path / "fr-genletter-2025.txt"
    path.write_text(text[:k] + section + text[k:], encoding="utf-8")
    return path


def _compared(qtbot, view):
    qtbot.waitUntil(lambda: view.comparison is not None or view.last_error is not None, timeout=60_000)
    assert view.last_error is None, view.last_error
    return view.comparison


def test_compare_with_lists_changes_side_by_side_and_steps_through_text(qtbot, window, tmp_path) -> None:
    open_and_wait(qtbot, window, GENLETTER)
    assert window.act_compare.isEnabled()
    view = window.compare_with(_new_version(tmp_path))  # in the background, like opening
    cmp = _compared(qtbot, view)
    labels = [item.toolTip(0) for item in view.change_items()]
    # the worst first: a lost right before a newly named provider
    assert labels == ["Right no longer stated: Take your data elsewhere",
                      "Service providers working for it: named Stripe, Tawk To → Stripe, Tawk To, Mailchimp"]
    # clicking a change shows the sentence before and after, and the text diff goes there
    item = view.change_items()[0]
    view.tree.setCurrentItem(item)
    assert "portabilité" in view.before_view.toPlainText()
    assert "portabilité" not in view.after_view.toPlainText() and "suppression" in view.after_view.toPlainText()
    op = view.current_op()
    assert op is not None and op.kind == "changed"
    # previous / next change through the text (F7 / F8)
    kinds = []
    view.go_to(0)
    for _ in range(len(view._nav)):
        kinds.append(view.current_op().kind)
        view.step(1)
    assert sorted(set(kinds)) == ["changed", "moved"]
    assert not view.next_button.isEnabled() and view.prev_button.isEnabled()
    assert cmp.counts["moved"] == 3 and cmp.counts["added"] == cmp.counts["removed"] == 0
    assert "Moved" in view.text_view.toPlainText()
    # the grade in the header
    assert view.grade_old.letter.text() == cmp.old.grade.letter
    assert view.grade_new.accessibleName().startswith("New version")


def test_same_file_says_no_change(qtbot, window) -> None:
    from policylens.tr import install

    install("en")  # the words checked below are English, whatever an earlier test left installed
    open_and_wait(qtbot, window, GENLETTER)
    view = window.compare_with(GENLETTER)
    _compared(qtbot, view)
    assert view.no_change_label.isVisible() and "No change" in view.no_change_label.text()
    assert any("identical" in lab.text() for lab in view.warning_labels)
    assert view.change_items() == []


def test_dropped_file_is_opened_and_offered_for_comparison(qtbot, window, tmp_path) -> None:
    open_and_wait(qtbot, window, GENLETTER)
    new = _new_version(tmp_path)
    drop_file(window, new)
    wait_idle(qtbot, window)
    assert window.document.name == new.name
    qtbot.waitUntil(window.compare_offer_button.isVisible)
    assert GENLETTER.name in window.compare_offer_button.text()
    window.compare_offer_button.click()
    view = window.compare_window
    cmp = _compared(qtbot, view)
    assert cmp.old.source.name == GENLETTER.name and cmp.new.source.name == new.name
    assert len(view.change_items()) == 2


def test_not_a_policy_gets_the_message_of_opening_it(qtbot, window, tmp_path) -> None:
    open_and_wait(qtbot, window, GENLETTER)
    recipe = tmp_path / "recipe.txt"
    recipe.write_bytes(b"Mix the flour with two eggs and bake for twenty minutes.\n" * 20)
    view = window.compare_with(recipe)
    qtbot.waitUntil(lambda: view.last_error is not None, timeout=60_000)
    assert isinstance(view.last_error, errors.NotAPolicy)
    qtbot.waitUntil(lambda: view.error_box is not None and view.error_box.isVisible())
    assert view.error_box.text() == error_text(view.last_error)
    assert "recipe.txt" in view.error_box.windowTitle()
    assert window.document.name == GENLETTER.name  # the open policy stays


def test_export_comparison_writes_one_file_and_never_overwrites_silently(qtbot, window, tmp_path, monkeypatch) -> None:
    from policylens.ui import compare_view
    from policylens.ui import export_dialog as ed

    open_and_wait(qtbot, window, GENLETTER)
    view = window.compare_with(_new_version(tmp_path))
    cmp = _compared(qtbot, view)
    out = tmp_path / "changes.html"
    monkeypatch.setattr(ed, "ask_save_path", lambda *a: (str(out), ed._t("f_html")))
    monkeypatch.setattr(ed, "show_done", lambda *a: None)
    assert compare_view.run_comparison_export(view, cmp) == out
    page = out.read_text(encoding="utf-8")
    assert cmp.old.source.sha256 in page and cmp.new.source.sha256 in page and "Mailchimp" in page
    # without the extension the save dialog did not ask about: asked here, and "no" keeps the file
    monkeypatch.setattr(ed, "ask_save_path", lambda *a: (str(tmp_path / "changes"), ed._t("f_html")))
    asked = []
    monkeypatch.setattr(ed, "ask_replace", lambda parent, path: asked.append(path) or False)
    out.write_text("keep me", encoding="utf-8")
    assert compare_view.run_comparison_export(view, cmp) is None
    assert asked == [out] and out.read_text(encoding="utf-8") == "keep me"
