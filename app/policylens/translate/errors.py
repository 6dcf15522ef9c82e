"""Errors of the translation layer. Each is a :class:`~policylens.core.errors.PolicyLensError`,
so the CLI prints its message and exits with its code (3), and the GUI shows it translated."""

from __future__ import annotations

from policylens.core.errors import QT_TRANSLATE_NOOP, PolicyLensError

INDEX_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The package index cannot be reached (offline?). Install a package from a file: "
    "policylens packs install FILE.argosmodel",
)


class TranslationError(PolicyLensError):
    code = "translation"


class IndexUnreachable(TranslationError):
    code = "index_unreachable"
    message = INDEX_UNREACHABLE


class DownloadFailed(TranslationError):
    code = "download_failed"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The package could not be downloaded ({reason}). Install a package from a file: "
        "policylens packs install FILE.argosmodel",
    )


class NotInIndex(TranslationError):
    code = "not_in_index"
    message = QT_TRANSLATE_NOOP("errors", "The package index has no package from {source} to {target}.")


class BadPackage(TranslationError):
    """An ``.argosmodel`` file that is not a usable, safe translation package."""

    code = "bad_package"
    message = QT_TRANSLATE_NOOP("errors", "{name} is not a usable translation package: {reason}")


class WrongPair(BadPackage):
    code = "wrong_pair"
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} translates from {got_source} to {got_target}, not from {source} to {target}."
    )


class MissingPackage(TranslationError):
    code = "missing_package"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "No translation package from {source} to {target} is installed. Install one from a file "
        "(policylens packs install FILE.argosmodel) or, online, download it "
        "(policylens packs download {source_code} {target_code}).",
    )


class NotInstalled(TranslationError):
    code = "not_installed"
    message = QT_TRANSLATE_NOOP("errors", "No package from {source} to {target} is installed.")


class UnknownLanguage(TranslationError):
    code = "unknown_language"
    message = QT_TRANSLATE_NOOP(
        "errors", "The policy's language could not be detected; name it with --from CODE."
    )


class PackageBroken(TranslationError):
    """An installed package that cannot be loaded (damaged after installation)."""

    code = "package_broken"
    message = QT_TRANSLATE_NOOP(
        "errors", "The installed package {name} cannot be loaded ({reason}). Remove it and install it again."
    )
