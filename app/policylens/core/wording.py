"""The words of a summary, in English, marked for translation.

The core returns facts; this module holds the English source texts that word them (the labels
of findings and cards are the catalogue's, ``core/catalogue.py``). Each is wrapped in
:func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` collects it into the ``.ts`` catalogues; the
one presenter, :mod:`policylens.render`, translates them with
``QCoreApplication.translate(context, source, None, n)`` and fills in ``{placeholders}``.
Plurals use Qt's ``%n``; in English, ``(s)`` after a word is resolved here.
"""

from __future__ import annotations

import re

from policylens.core import catalogue as C
from policylens.core.errors import QT_TRANSLATE_NOOP

CARD_TITLES = C.card_titles()  # the cards and their titles: core/catalogue.py

# a card's status: green says the policy states it clearly and the practice is mild, not that
# all is well (core/cards.py); amber is vague, broad or partly against you
STATUS_WORDS = {
    "red": QT_TRANSLATE_NOOP("status", "Warning"),
    "amber": QT_TRANSLATE_NOOP("status", "Caution"),
    "green": QT_TRANSLATE_NOOP("status", "Clearly stated"),
    "grey": QT_TRANSLATE_NOOP("status", "Not stated"),
}

SEVERITY_WORDS = {
    "high": QT_TRANSLATE_NOOP("severity", "High"),
    "medium": QT_TRANSLATE_NOOP("severity", "Medium"),
    "low": QT_TRANSLATE_NOOP("severity", "Low"),
}

SELLS_WORDS = {
    "yes": QT_TRANSLATE_NOOP("sells", "Sells your data"),
    "no": QT_TRANSLATE_NOOP("sells", "Does not sell your data"),
    "unstated": QT_TRANSLATE_NOOP("sells", "Does not say whether it sells your data"),
}

COLLECTED_LABELS = C.labels("collected")  # the labels of findings live in core/catalogue.py

RECIPIENT_LABELS = C.labels("shared_with")

RETENTION_LABELS = C.labels("retention_kinds")

RIGHT_LABELS = C.labels("rights")

FLAG_TITLES = C.labels("red_flags")

FLAG_EXPLANATIONS = C.explanations()

HEADLINES = {
    "collected.some": QT_TRANSLATE_NOOP("cards", "Collects %n kind(s) of data", None, 1),
    "collected.none": QT_TRANSLATE_NOOP("cards", "Does not say what it collects"),
    "shared.some": QT_TRANSLATE_NOOP("cards", "Shared with %n kind(s) of recipient", None, 1),
    "shared.none": QT_TRANSLATE_NOOP("cards", "Does not say who receives your data"),
    "shared.nobody": QT_TRANSLATE_NOOP("cards", "Says it shares your data with no one"),
    "shared.sold": QT_TRANSLATE_NOOP("cards", "Your data is sold"),
    "retention.period": QT_TRANSLATE_NOOP("cards", "Kept up to {longest}"),
    "retention.vague": QT_TRANSLATE_NOOP("cards", "No concrete period"),
    "retention.indefinite": QT_TRANSLATE_NOOP("cards", "Some data is kept indefinitely"),
    "retention.none": QT_TRANSLATE_NOOP("cards", "Does not say how long data is kept"),
    "rights.some": QT_TRANSLATE_NOOP("cards", "%n right(s) stated", None, 1),
    "rights.none": QT_TRANSLATE_NOOP("cards", "No rights stated"),
}

POINTS = {
    "period": QT_TRANSLATE_NOOP("cards", "{data}: {duration}"),
    "period.any": QT_TRANSLATE_NOOP("cards", "Some data: {duration}"),
    # a period that runs from the last use ("If you don't sign in for 2 years, we delete your account")
    "period.inactive": QT_TRANSLATE_NOOP("cards", "{data}: deleted after {duration} without use"),
    "period.inactive.any": QT_TRANSLATE_NOOP("cards", "Deleted after {duration} without use"),
    # a period no data phrase names that runs from the end of an account or membership
    "period.closure.any": QT_TRANSLATE_NOOP("cards", "Deleted {duration} after your account or membership ends"),
    "names": QT_TRANSLATE_NOOP("cards", "{label}: {names}"),
    # the first names of a longer list, and how many more the policy names ("… and 7 more")
    "names.more": QT_TRANSLATE_NOOP("cards", "{label}: {names} and %n more", None, 1),
    "contact.email": QT_TRANSLATE_NOOP("cards", "Contact: {emails}"),
    "contact.none": QT_TRANSLATE_NOOP("cards", "No contact given to exercise your rights"),
    "not_shared": QT_TRANSLATE_NOOP("cards", "Not shared with anyone else"),
}

DURATION_UNITS = {
    "year": QT_TRANSLATE_NOOP("duration", "%n year(s)", None, 1),
    "month": QT_TRANSLATE_NOOP("duration", "%n month(s)", None, 1),
    "week": QT_TRANSLATE_NOOP("duration", "%n week(s)", None, 1),
    "day": QT_TRANSLATE_NOOP("duration", "%n day(s)", None, 1),
    "hour": QT_TRANSLATE_NOOP("duration", "%n hour(s)", None, 1),
    "minute": QT_TRANSLATE_NOOP("duration", "%n minute(s)", None, 1),
}

GRADE_REASONS = {
    "flag": QT_TRANSLATE_NOOP("grade", "{title} ({severity}): −{points}"),
    "not_sold": QT_TRANSLATE_NOOP("grade", "Says it does not sell your data: +{points}"),
    "periods": QT_TRANSLATE_NOOP("grade", "States concrete retention periods: +{points}"),
    "rights": QT_TRANSLATE_NOOP("grade", "Names %n right(s) you can use: +{points}", None, 1),
    "start": QT_TRANSLATE_NOOP("grade", "Start from 100, then:"),
    "ceiling": QT_TRANSLATE_NOOP(
        "grade", "Two or more essentials are missing or vague: the score is capped at {points}"
    ),
}

# why there is no letter
GRADE_STATUS = {
    "not_a_policy": QT_TRANSLATE_NOOP("grade", "This does not look like a privacy policy."),
    "not_enough": QT_TRANSLATE_NOOP("grade", "Not enough to grade: the text says too little about your data."),
    "unsupported_language": QT_TRANSLATE_NOOP("grade", "Not graded: PolicyLens cannot read this language."),
}
# short forms for the grade badge
GRADE_STATUS_SHORT = {
    "not_a_policy": QT_TRANSLATE_NOOP("grade", "Not a privacy policy"),
    "not_enough": QT_TRANSLATE_NOOP("grade", "Not enough to grade"),
    "unsupported_language": QT_TRANSLATE_NOOP("grade", "Not graded"),
}
# what a privacy notice owes its reader (GDPR Art. 13/14), as the grade lists it
GRADE_ITEMS = {
    "controller": QT_TRANSLATE_NOOP("grade", "Who is responsible and how to reach them"),
    "data": QT_TRANSLATE_NOOP("grade", "What data is collected"),
    "purposes": QT_TRANSLATE_NOOP("grade", "What it is used for"),
    "recipients": QT_TRANSLATE_NOOP("grade", "Who receives it"),
    "retention": QT_TRANSLATE_NOOP("grade", "How long it is kept"),
    "rights": QT_TRANSLATE_NOOP("grade", "Your rights and how to use them"),
    "complaint": QT_TRANSLATE_NOOP("grade", "Your right to complain to an authority"),
}
ITEM_STATES = {
    "stated": QT_TRANSLATE_NOOP("grade", "stated"),
    "vague": QT_TRANSLATE_NOOP("grade", "vague"),
    "missing": QT_TRANSLATE_NOOP("grade", "not stated"),
}
GOOD_PRACTICES = {
    "not_sold": QT_TRANSLATE_NOOP("grade", "Says it does not sell your data"),
    "periods": QT_TRANSLATE_NOOP("grade", "States concrete retention periods"),
    "rights": QT_TRANSLATE_NOOP("grade", "Names %n right(s) you can use", None, 1),
}
GRADE_NOTES = {
    "bonus_cap": QT_TRANSLATE_NOOP("grade", "Good practice wins back at most half of what red flags cost"),
}
# the groups of the grade's reasons
GRADE_PARTS = {
    "tells": QT_TRANSLATE_NOOP("grade", "What it tells you"),
    "does": QT_TRANSLATE_NOOP("grade", "What it does: red flags"),
    "good": QT_TRANSLATE_NOOP("grade", "What it does: good practice"),
    "limit": QT_TRANSLATE_NOOP("grade", "Limits"),
}

WARNINGS = {
    "unsupported": QT_TRANSLATE_NOOP(
        "warnings",
        "This policy is in {language}, which PolicyLens cannot analyse directly. Install an offline "
        "translation package from {language} to English to analyse it.",
    ),
    "mixed": QT_TRANSLATE_NOOP("warnings", "The policy mixes languages: {parts}."),
    "low_confidence": QT_TRANSLATE_NOOP("warnings", "The language could not be detected with confidence."),
    "translated": QT_TRANSLATE_NOOP(
        "warnings", "Analysed through an offline English translation; evidence quotes the original text."
    ),
    "short": QT_TRANSLATE_NOOP("warnings", "The text is very short; the summary may be incomplete."),
}
# one language of a mixed policy in WARNINGS["mixed"]: "French 60%"
MIXED_PART = QT_TRANSLATE_NOOP("warnings", "{language} {percent}%")

# the policy's language, in sentences ("Written in {language}") and menus
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "fr": QT_TRANSLATE_NOOP("languages", "French"),
    "sv": QT_TRANSLATE_NOOP("languages", "Swedish"),
    "de": QT_TRANSLATE_NOOP("languages", "German"),
    "es": QT_TRANSLATE_NOOP("languages", "Spanish"),
    "it": QT_TRANSLATE_NOOP("languages", "Italian"),
    "nl": QT_TRANSLATE_NOOP("languages", "Dutch"),
    "pt": QT_TRANSLATE_NOOP("languages", "Portuguese"),
    "pl": QT_TRANSLATE_NOOP("languages", "Polish"),
    "da": QT_TRANSLATE_NOOP("languages", "Danish"),
    "no": QT_TRANSLATE_NOOP("languages", "Norwegian"),
    "fi": QT_TRANSLATE_NOOP("languages", "Finnish"),
    "ru": QT_TRANSLATE_NOOP("languages", "Russian"),
    "zh": QT_TRANSLATE_NOOP("languages", "Chinese"),
    "ja": QT_TRANSLATE_NOOP("languages", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("languages", "Korean"),
    "ar": QT_TRANSLATE_NOOP("languages", "Arabic"),
    "tr": QT_TRANSLATE_NOOP("languages", "Turkish"),
    "cs": QT_TRANSLATE_NOOP("languages", "Czech"),
    "sk": QT_TRANSLATE_NOOP("languages", "Slovak"),
    "hu": QT_TRANSLATE_NOOP("languages", "Hungarian"),
    "ro": QT_TRANSLATE_NOOP("languages", "Romanian"),
    "el": QT_TRANSLATE_NOOP("languages", "Greek"),
    "bg": QT_TRANSLATE_NOOP("languages", "Bulgarian"),
    "uk": QT_TRANSLATE_NOOP("languages", "Ukrainian"),
    "hr": QT_TRANSLATE_NOOP("languages", "Croatian"),
    "sl": QT_TRANSLATE_NOOP("languages", "Slovenian"),
    "et": QT_TRANSLATE_NOOP("languages", "Estonian"),
    "lv": QT_TRANSLATE_NOOP("languages", "Latvian"),
    "lt": QT_TRANSLATE_NOOP("languages", "Lithuanian"),
    "he": QT_TRANSLATE_NOOP("languages", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("languages", "Hindi"),
    "id": QT_TRANSLATE_NOOP("languages", "Indonesian"),
    "vi": QT_TRANSLATE_NOOP("languages", "Vietnamese"),
    "th": QT_TRANSLATE_NOOP("languages", "Thai"),
    "ca": QT_TRANSLATE_NOOP("languages", "Catalan"),
    "fa": QT_TRANSLATE_NOOP("languages", "Persian"),
    "und": QT_TRANSLATE_NOOP("languages", "an unknown language"),
}

_PLURAL = re.compile(r"(\w+)\(s\)")


def english(source: str, n: int | None = None, **args: object) -> str:
    """Render an English source string: resolve ``%n`` and ``word(s)``, fill ``{placeholders}``."""
    text = source
    if n is not None:
        text = text.replace("%n", str(n))
        text = _PLURAL.sub(lambda m: m.group(1) + ("" if n == 1 else "s"), text)
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def duration_words(days: float, stated: str = "") -> tuple[str, int]:
    """The unit and count that read best for ``days`` (730 → year, 2). ``stated``, the policy's own
    words for the span: a whole number of days it writes as that number ("30 days", "90 jours")
    stays in days — 1 month is 30 days too, so the days alone cannot tell."""
    if days >= 1 and days == int(days) and re.search(rf"(?<![\d.,]){int(days)}(?![\d.,]?\d)", stated):
        return "day", int(days)
    if days >= 365 and days % 365 < 5:
        return "year", round(days / 365)
    if days >= 28 and (days % (365 / 12) < 2 or days % (365 / 12) > (365 / 12) - 2):
        return "month", round(days / (365 / 12))
    if days >= 7 and days % 7 == 0:
        return "week", int(days // 7)
    if days >= 1:
        return "day", int(days)
    # spans under a day are kept to 1/100 of a day (about 15 minutes): 30 minutes is 0.02 days
    hours = days * 24
    if hours >= 0.9:
        return "hour", max(1, round(hours))
    minutes = days * 24 * 60
    return "minute", max(1, 5 * round(minutes / 5) if minutes >= 10 else round(minutes))
