"""Translating in the window: the core's messages through the installed Qt catalogues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from policylens.core.errors import PolicyLensError
from policylens.core.wording import english
from policylens.tr import UI_LANGUAGES, error_message


def ui_tr(context: str, source: str, n: int | None = None) -> str:
    """``policylens.tr.Tr`` over the currently installed translators (English when none)."""
    out = QCoreApplication.translate(context, source, None, -1 if n is None else n)
    untranslated = source if n is None else source.replace("%n", str(n))
    if out in (source, untranslated):
        return english(source, n)
    return out.replace("%n", str(n)) if n is not None else out


def error_in_ui(exc: PolicyLensError) -> str:
    """A core or translation error in the UI language (see ``policylens.tr.error_message``)."""
    return error_message(exc, ui_tr, QLocale().name().split("_")[0])


def plural(text: str, n: int) -> str:
    """English ``word(s)`` forms left by an untranslated ``%n`` string, resolved for ``n``."""
    return english(text, n) if "(s)" in text else text


def native_name(loc: QLocale) -> str:
    """The language's own name, without the country Qt adds for some ("español de España",
    "American English", "norsk bokmål" stays)."""
    if loc.language() == QLocale.Language.English:
        return QLocale.languageToString(QLocale.Language.English)
    name = loc.nativeLanguageName()
    country = loc.nativeTerritoryName()
    if country and name.endswith(country) and name != country:
        name = name[: -len(country)].rstrip(" (")
        for joint in (" de", " do", " da", " di", " van", " von"):  # "español de España"
            if name.endswith(joint):
                name = name[: -len(joint)]
                break
    return name.strip()


def language_name(code: str) -> str:
    """A language's own name ("Français", "Svenska", "Español"), for the View > Language menu."""
    name = native_name(QLocale(code))
    return name[:1].upper() + name[1:] if name else code


def ui_languages() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in UI_LANGUAGES]


def policy_language_name(code: str | None) -> str:
    """The policy's language as it calls itself ("français"), or the code."""
    if not code or code == "und":
        return ""
    loc = QLocale(code)
    if loc.language() == QLocale.Language.C:
        return code
    return native_name(loc) or code


def language_in_ui(code: str, capital: bool = False) -> str:
    """A language's name in the UI language ("suédois" in French); ``capital`` for lists and menus."""
    from policylens.tr import language_name as named

    name = named(code, ui_tr)
    return name[:1].upper() + name[1:] if capital else name


def error_for_user(exc: BaseException) -> str:
    """An error in the user's language (the core's messages are Qt translation sources)."""
    if isinstance(exc, PolicyLensError):
        return error_in_ui(exc)
    return str(exc) or type(exc).__name__
