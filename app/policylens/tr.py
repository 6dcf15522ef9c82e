"""The user's language: Qt's translation catalogues for the presenter (:mod:`policylens.render`).

English source strings with their Qt translation context go through Qt's translation
catalogues (``policylens.i18n/policylens_<lang>.qm``), loaded into a ``QTranslator`` on a
``QCoreApplication`` — QtCore only, so the CLI and the exports use the same translations as the
GUI without a display.
"""

from __future__ import annotations

import contextlib
import locale
import os
import re
from collections.abc import Callable
from importlib import resources

from policylens.core import wording as W
from policylens.core.errors import PolicyLensError
from policylens.core.wording import english

UI_LANGUAGES = ("en", "fr", "sv", "de", "es")

Tr = Callable[[str, str, int | None], str]

_installed: dict[str, object] = {}


def system_ui_language() -> str:
    """The UI language the system asks for: the first of LANGUAGE (a list, "pt:sv"), LC_ALL,
    LC_MESSAGES and LANG that PolicyLens speaks; English when none does."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            code = part.split("_")[0].split(".")[0].split("@")[0].lower()
            if code in UI_LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in UI_LANGUAGES else "en"


def qm_path(lang: str) -> str | None:
    res = resources.files("policylens.i18n").joinpath(f"policylens_{lang}.qm")
    return str(res) if res.is_file() else None


def install(lang: str) -> bool:
    """Install the catalogue for ``lang`` (and Qt's own ``qtbase_<lang>``) on the running
    QCoreApplication, creating one if there is none. Returns whether a catalogue was loaded."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance() or QCoreApplication([])
    for old in list(_installed.values()):
        # RuntimeError: gone with the application that owned it (export.qtapp replaces one)
        with contextlib.suppress(RuntimeError):
            QCoreApplication.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    if lang not in UI_LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return False
    loaded = False
    path = qm_path(lang)
    if path:  # English too: its catalogue holds the singular and plural forms of the "%n" texts
        t = QTranslator(app)
        if t.load(path):
            QCoreApplication.installTranslator(t)
            _installed["app"] = t
            loaded = True
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    qt = QTranslator(app)  # Qt's own words: dialog buttons, file dialogs, context menus
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed["qt"] = qt
    QLocale.setDefault(QLocale(lang))
    return loaded


def make_tr(lang: str | None) -> Tr:
    """A function (context, source, n) → text in ``lang``; English needs no Qt at all."""
    if not lang or lang == "en":
        return lambda context, source, n=None: english(source, n)
    install(lang)
    from PySide6.QtCore import QCoreApplication

    def tr(context: str, source: str, n: int | None = None) -> str:
        out = QCoreApplication.translate(context, source, None, -1 if n is None else n)
        # no translation: Qt hands back the source (with %n already filled in)
        if out in (source, source.replace("%n", str(n))):
            return english(source, n)
        return out.replace("%n", str(n)) if n is not None else out

    return tr


def language_name(code: str | None, say: Tr) -> str:
    """The name of the language ``code`` in the language of ``say`` ("franska" in Swedish)."""
    if not code:
        return ""
    source = W.LANGUAGE_NAMES.get(code)
    return say("languages", source, None) if source else code


def error_message(exc: PolicyLensError, say: Tr, lang: str | None = None) -> str:
    """An error in the language of ``say``: its message through the catalogue (in the error's
    own context), languages named in that language, decimal numbers ("12.5" MB) written the way
    ``lang`` writes them."""
    template = say(exc.context, exc.message, None)
    args = dict(exc.args_)
    for key, value in exc.args_.items():
        base = key.removesuffix("_code")
        if key.endswith("_code") and base in args:
            args[base] = language_name(value, say)
        elif lang and lang != "en" and re.fullmatch(r"\d+\.\d+", value):
            from PySide6.QtCore import QLocale

            args[key] = QLocale(lang).toString(float(value), "f", len(value.partition(".")[2]))
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


def error_text(exc: PolicyLensError, lang: str | None) -> str:
    """``error_message`` for the command line's ``--ui-lang`` (English without Qt)."""
    if not lang or lang == "en" or lang not in UI_LANGUAGES:
        return str(exc)
    return error_message(exc, make_tr(lang), lang)


def local_date(value: str | None, lang: str | None) -> str:
    """An ISO date as the long date of ``lang`` without the weekday ("1 juni 2024"); English and
    anything that is not an ISO date stay as they are."""
    if not value or not lang or lang == "en" or lang not in UI_LANGUAGES:
        return value or ""
    from PySide6.QtCore import QDate, QLocale, Qt

    d = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    if not d.isValid():
        return value
    loc = QLocale(lang)
    fmt = re.sub(r"d{4}[,.]?\s*", "", loc.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return loc.toString(d, fmt or "yyyy-MM-dd")


# quotation marks around a sentence quoted from a policy, as each UI language writes them
# (French with no-break spaces inside the guillemets)
QUOTE_MARKS = {
    "en": ("\u201c", "\u201d"),  # “…”
    "fr": ("\u00ab\u00a0", "\u00a0\u00bb"),  # « … »
    "de": ("\u201e", "\u201c"),  # „…“
    "es": ("\u00ab", "\u00bb"),  # «…»
    "sv": ("\u201d", "\u201d"),  # ”…”
}


def quoted(text: str, lang: str | None) -> str:
    """``text`` between the quotation marks of the UI language ``lang`` (English ones for any
    other): „…“ in German, « … » in French, «…» in Spanish, ”…” in Swedish, “…” in English."""
    opening, closing = QUOTE_MARKS.get(lang or "en", QUOTE_MARKS["en"])
    return f"{opening}{text}{closing}"


def _fill(text: str, **args: object) -> str:
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text
