"""Typed errors: every failure a user can meet has a class, a stable ``code`` and a message.

The message is an English sentence with ``{placeholders}``; ``args`` fills them. The UI translates
``message`` (context ``"errors"``) before filling it in, so errors reach users in their language.
"""

from __future__ import annotations

from typing import ClassVar


def reason_of(exc: BaseException) -> str:
    """A parser's error as the reason shown in a message: one short line, the error's type when
    it says nothing, braces made parentheses (a reason is no message template)."""
    text = (str(exc).strip() or type(exc).__name__).replace("{", "(").replace("}", ")")
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "…"


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None, n: int | None = None) -> str:
    """Marks ``text`` for translation in ``context`` (picked up by ``pyside6-lupdate``).

    A plural (``%n``) text gets a literal number as fourth argument, ``(ctx, text, None, 1)``: only
    that form makes lupdate write a numerus entry for Python sources (the value is not used)."""
    del context, disambiguation, n
    return text


class PolicyLensError(Exception):
    """Base class. ``exit_code`` is what the CLI returns (3: unreadable input)."""

    code: ClassVar[str] = "error"
    exit_code: ClassVar[int] = 3
    context: ClassVar[str] = "errors"  # the translation context ``message`` is marked in
    message: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "Something went wrong: {detail}")

    def __init__(self, message: str | None = None, /, **args: object) -> None:
        if message is not None:
            self.message = message  # type: ignore[misc]
        self.args_ = {k: str(v) for k, v in args.items()}
        super().__init__(self.render())

    def render(self, template: str | None = None) -> str:
        text = template if template is not None else self.message
        try:
            return text.format(**self.args_)
        except (KeyError, IndexError, ValueError):
            return text


class InputError(PolicyLensError):
    """The input cannot be read as a policy."""

    code = "input"


class FileMissing(InputError):
    code = "missing"
    message = QT_TRANSLATE_NOOP("errors", "The file does not exist: {path}")


class FileUnreadable(InputError):
    code = "unreadable"
    message = QT_TRANSLATE_NOOP("errors", "The file cannot be read: {reason}")


class NotAFile(InputError):
    code = "not_a_file"
    message = QT_TRANSLATE_NOOP("errors", "This is not a regular file: {path}")


class UnsupportedFormat(InputError):
    code = "unsupported"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This kind of file is not supported ({kind}). PolicyLens reads text, Markdown, HTML, MHTML, "
        "PDF, Word (.docx), OpenDocument (.odt), RTF and Safari web archive files.",
    )


class LegacyWordDocument(UnsupportedFormat):
    """An old binary Word file (.doc) or another pre-2007 Office file."""

    code = "legacy_office"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This is an old Microsoft Office file ({kind}), which PolicyLens cannot read. Open it in Word or "
        "LibreOffice and save it as .docx or PDF, then open that file.",
    )


class UnsafeArchive(InputError):
    """A .docx whose zip would unpack to far more than any document needs (a "zip bomb")."""

    code = "unsafe_archive"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This {kind} file was not opened: it would unpack to {size_mb} MB ({reason}), far more than a "
        "document needs. It may be damaged or built to harm.",
    )


class BinaryFile(InputError):
    code = "binary"
    message = QT_TRANSLATE_NOOP("errors", "This file holds binary data, not text.")


class EmptyDocument(InputError):
    code = "empty"
    message = QT_TRANSLATE_NOOP("errors", "The document contains no text.")


class TooLittleText(EmptyDocument):
    """A text of one or two words: no policy in any language."""

    code = "too_little_text"
    message = QT_TRANSLATE_NOOP("errors", "There is too little text here to be a privacy policy.")


class EmptyWebPage(EmptyDocument):
    """A saved page with no text of its own (its content is drawn by scripts at run time)."""

    code = "empty_page"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This web page contains no text of its own (it is probably filled in by scripts when it is "
        "shown). Save it from the browser as a single file (.mhtml) or print it to PDF, then open that.",
    )


class NoTextLayer(InputError):
    code = "no_text_layer"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This PDF has no text layer (it is probably a scan). Run it through OCR first, "
        "or open the web page or text version of the policy.",
    )


class EncryptedDocument(InputError):
    code = "encrypted"
    message = QT_TRANSLATE_NOOP("errors", "This document is encrypted and cannot be read.")


class CorruptDocument(InputError):
    code = "corrupt"
    message = QT_TRANSLATE_NOOP("errors", "This {kind} file is damaged and cannot be read ({reason}).")


class TooLarge(InputError):
    code = "too_large"
    message = QT_TRANSLATE_NOOP(
        "errors", "The file is too large ({size_mb} MB). PolicyLens opens files up to {limit_mb} MB."
    )


class NotAPolicy(InputError):
    code = "not_a_policy"
    message = QT_TRANSLATE_NOOP(
        "errors", "This does not look like a privacy policy: it says nothing about personal data."
    )


class Cancelled(PolicyLensError):
    code = "cancelled"
    exit_code = 130
    message = QT_TRANSLATE_NOOP("errors", "Cancelled.")
