"""Turning the core's messages into the user's language.

The core gives English source strings with their Qt translation context (:class:`Message`).
Here they go through Qt's translation catalogues (``policylens.i18n/policylens_<lang>.qm``),
loaded into a ``QTranslator`` on a ``QCoreApplication`` — QtCore only, so the CLI and the exports
use the same translations as the GUI without a display.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from importlib import resources

from policylens.core.models import Message
from policylens.core.wording import english

UI_LANGUAGES = ("en", "fr", "sv", "de", "es")

Tr = Callable[[str, str, int | None], str]

_installed: dict[str, object] = {}


def system_ui_language() -> str:
    """The UI language the system asks for (first of LANGUAGE / LC_ALL / LC_MESSAGES / LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in UI_LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break
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
        QCoreApplication.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    if lang == "en" or lang not in UI_LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return lang == "en"
    loaded = False
    path = qm_path(lang)
    if path:
        t = QTranslator(app)
        if t.load(path):
            QCoreApplication.installTranslator(t)
            _installed["app"] = t
            loaded = True
    qt = QTranslator(app)
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


def render(msg: Message, tr: Tr) -> str:
    """A message in the language of ``tr``; arguments that are themselves source strings
    (``*_source``) are translated too."""
    args = dict(msg.args)
    for key in list(args):
        if key.endswith("_source") and isinstance(args[key], str):
            ctx = "collected" if key.startswith("data") else "shared"
            args[key.removesuffix("_source")] = tr(ctx, str(args[key]), None)
    text = tr(msg.context, msg.source, msg.n)
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text
