"""Help ▸ PolicyLens Guide (F1) and Help ▸ Keyboard Shortcuts.

The guide says what the cards and their colors mean, how the grade is computed and what each red
flag means; with a policy open, each red flag it raises is illustrated by the policy's own
sentences. Everything is in the UI language: the guide's sentences here, the names of cards,
colors and red flags from the core's label tables (:mod:`policylens.core.wording`). The shortcuts
list is read from the window's actions, so it is always the keys that work.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from policylens.core import taxonomy
from policylens.core import wording as W
from policylens.core.models import Summary
from policylens.ui import theme
from policylens.ui.texts import ui_tr

EXAMPLES_PER_FLAG = 2
QUOTE_CHARS = 240


def grade_rules() -> dict[str, Any]:
    """The grade's points (from the core, wherever the engine keeps them)."""
    import importlib

    for name in ("policylens.core.grade", "policylens.core.analyze"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "PENALTY") and hasattr(module, "LETTERS"):
            return {
                "penalty": dict(module.PENALTY),
                "bonus": getattr(module, "BONUS_NOT_SOLD", 5),
                "letters": tuple(module.LETTERS),
            }
    raise ImportError("the grade's rules are not where the guide looks for them")


def _plain(text: str) -> str:
    """An action's text without its mnemonic ("&Open…" → "Open…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Page(QDialog):
    """A resizable window with one text browser, rebuilt when the UI language changes."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setObjectName(f"{name}Text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class GuideDialog(_Page):
    """Help ▸ PolicyLens Guide."""

    def __init__(self, parent: QWidget | None = None, summary: Summary | None = None) -> None:
        super().__init__(parent, "guide")
        self.summary = summary
        self.refresh()

    def set_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.refresh()

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("PolicyLens Guide"))
        self.browser.setAccessibleName(self.tr("PolicyLens Guide"))
        self.browser.setHtml(self.html())

    def html(self) -> str:
        e = html.escape
        colors = theme.colors(self.palette())
        s = self.summary
        heading = self.tr("How to read a summary")
        out = [f"<h2>{e(heading)}</h2>"]
        out.append(
            "<p>"
            + e(
                self.tr(
                    "PolicyLens reads the policy on your computer and sums it up on the right: a grade, "
                    "the red flags, and four cards. Click a line of a card or a red flag to see the "
                    "sentences of the policy that say it; F7 and F8 go to the previous and next one."
                )
            )
            + "</p>"
        )
        heading = self.tr("The cards")
        out.append(f"<h3>{e(heading)}</h3><ul>")
        what = {
            "collected": self.tr("what the service collects or receives about you;"),
            "shared": self.tr("who it passes your data on to;"),
            "retention": self.tr("how long it keeps your data;"),
            "rights": self.tr("what you can ask of it (a copy, a correction, deletion…) and how to reach it."),
        }
        term = self.tr("{term}: {meaning}")  # "{term} : {meaning}" in French
        for card in taxonomy.CARDS:
            title = f"<b>{e(ui_tr('cards', W.CARD_TITLES[card]))}</b>"
            out.append("<li>" + term.format(term=title, meaning=e(what[card])) + "</li>")
        out.append("</ul>")

        heading = self.tr("The colors")
        out.append(f"<h3>{e(heading)}</h3><ul>")
        meaning = {
            "red": self.tr("something that weighs against you;"),
            "amber": self.tr(
                "worth a closer look: vague, broad (location or sensitive data, many kinds of data, "
                "advertisers among the recipients) or partly against you;"
            ),
            "green": self.tr(
                "stated clearly, and what it does is mild: this says the policy is clear on the topic, "
                "not that all is well;"
            ),
            "grey": self.tr("the policy does not say."),
        }
        for color in taxonomy.COLORS:
            swatch = colors.strong[color].name()
            word = ui_tr("status", W.STATUS_WORDS[color])
            mark = f"<span style='color:{swatch}'>■</span> <b>{e(word)}</b>"
            out.append("<li>" + term.format(term=mark, meaning=e(meaning[color])) + "</li>")
        out.append("</ul><p>" + e(self.tr("A color always comes with its word, never alone.")) + "</p>")

        rules = grade_rules()
        p = rules["penalty"]
        letters = rules["letters"]
        heading = self.tr("The grade")
        out.append(f"<h3>{e(heading)}</h3><p>")
        out.append(
            e(
                self.tr(
                    "Every policy starts at 100 points. Each red flag takes points off: {high} for a high "
                    "one, {medium} for a medium one, {low} for a low one. Saying that it does not sell your "
                    "data, giving concrete retention periods and naming six or more of your rights each win "
                    "{bonus} points back, at most half of what the red flags cost."
                ).format(high=p["high"], medium=p["medium"], low=p["low"], bonus=rules["bonus"])
            )
        )
        out.append(
            " "
            + e(
                self.tr(
                    "It also checks what the policy tells you: who is responsible and how to reach them, what "
                    "data, what for, who receives it, how long it is kept, your rights and your right to "
                    "complain. Each of these that is missing or vague costs points, and with two or more "
                    "essentials missing or vague the grade is at most C. A text that does not look like a "
                    "privacy policy, or says too little, gets no grade. Click the grade (Ctrl+I) to see every line."
                )
            )
        )
        bands = ", ".join(f"{letter} ≥ {threshold}" for threshold, letter in letters if threshold > 0)
        last = letters[-1][1]
        out.append(
            " "
            + e(self.tr("Letters: {bands}; {last} below.").format(bands=bands, last=last))
            + " "
            + e(
                self.tr(
                    "A policy in a language PolicyLens has no rules for is not graded, unless it is "
                    "analysed through an English translation."
                )
            )
            + "</p>"
        )

        heading = self.tr("The red flags")
        out.append(f"<h3>{e(heading)}</h3>")
        if s is not None:
            out.append(
                "<p>"
                + e(self.tr("Examples come from the policy you have open: {name}.").format(name=_name(s)))
                + "</p>"
            )
        raised = {f.id: f for f in s.red_flags} if s is not None else {}
        for flag in taxonomy.RED_FLAGS:
            sev = taxonomy.severity(flag)
            sev_color = colors.strong[theme.SEVERITY_COLOR[sev]].name()
            title = ui_tr("flags", W.FLAG_TITLES[flag])
            out.append(
                f"<p><b>{e(title)}</b> <span style='color:{sev_color}'>"
                f"({e(ui_tr('severity', W.SEVERITY_WORDS[sev]))})</span><br>"
                f"{e(ui_tr('flags', W.FLAG_EXPLANATIONS[flag]))}"
            )
            found = raised.get(flag)
            if found is not None:
                quotes = [" ".join(ev.quote.split()) for ev in found.evidence if ev.quote.strip()]
                if quotes:
                    out.append("<br><i>" + e(self.tr("In this policy:")) + "</i>")
                    quoted = self.tr("“{quote}”")
                    for q in quotes[:EXAMPLES_PER_FLAG]:
                        q = q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"
                        out.append("<br>&nbsp;&nbsp;" + e(quoted.format(quote=q)))
                else:
                    out.append("<br><i>" + e(self.tr("Raised for this policy by what it does not say.")) + "</i>")
            elif s is not None and s.language.supported:
                out.append("<br><i>" + e(self.tr("Not found in this policy.")) + "</i>")
            out.append("</p>")
        return "".join(out)


def _name(summary: Summary) -> str:
    from policylens.render import display_name

    return display_name(summary)


class ShortcutsDialog(_Page):
    """Help ▸ Keyboard Shortcuts: every action of the window that has a key, with its keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "shortcuts")
        self.window_ = window
        self.resize(560, 560)
        self.refresh()

    def rows(self) -> list[tuple[str, str]]:
        seen: set[int] = set()
        rows: list[tuple[str, str]] = []
        for act in self.window_.findChildren(QAction):
            keys = [k for k in act.shortcuts() if not k.isEmpty()]
            if not keys or id(act) in seen or not _plain(act.text()).strip():
                continue
            seen.add(id(act))
            shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((_plain(act.text()), shown))
        rows.append((self.tr("Go to the next or previous finding"), self.tr("Tab, Shift+Tab")))
        rows.append((self.tr("Show the sentences of a finding"), self.tr("Enter or Space")))
        return rows

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.browser.setAccessibleName(self.tr("Keyboard Shortcuts"))
        e = html.escape
        body = "".join(
            f"<tr><td style='padding:3px 16px 3px 0'>{e(what)}</td><td><b>{e(keys)}</b></td></tr>"
            for what, keys in self.rows()
        )
        title = self.tr("Keyboard Shortcuts")
        page = f"<h3>{e(title)}</h3><table>{body}</table>"
        self.browser.setHtml(page)


def open_guide(window: Any) -> GuideDialog:
    dialog = getattr(window, "_guide", None)
    if dialog is None:
        dialog = window._guide = GuideDialog(window, window.summary)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    else:
        dialog.set_summary(window.summary)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_shortcuts(window: Any) -> ShortcutsDialog:
    dialog = getattr(window, "_shortcuts", None)
    if dialog is None:
        dialog = window._shortcuts = ShortcutsDialog(window)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    return dialog
