"""Data phrases as matched, tidied for display (no regular expressions, no engine: the window
imports this at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policylens.core.rules import Words

SUBJECT_WORDS = 6  # the longest data phrase shown as the policy's words ("Chat transcripts")
# the longest label of a retention list shown as its data's name: the policy's own heading for it
# ("Copie du permis et selfie de vérification : effacés 30 jours après …")
LABEL_WORDS = 8


def tidy_words(
    words: str,
    stops: frozenset[str] = frozenset(),
    trim: frozenset[str] = frozenset(),
    function_words: frozenset[str] = frozenset(),
) -> str:
    """A data phrase as matched, for display: whitespace collapsed, without the punctuation, the
    short lower-case words, the pack's ``name_stops`` ("Ihrem", "Les") or the casefolded ``trim``
    words ("with") a pack's phrase may end on to tell it apart ("Einträge in Ihrem", "données de",
    "interactions with"). Given the language's casefolded ``function_words``, a short word after one
    of them that is none itself is the noun it governs and stays ("Datos de uso", "Uppgifter om köp",
    "file di log")."""
    parts = " ".join(words.split()).strip(" ,;:()").split(" ")
    while len(parts) > 1 and (
        (
            len(parts[-1]) <= 3
            and parts[-1].islower()
            and not (
                function_words
                and parts[-1] not in function_words
                and parts[-2].casefold() in function_words
            )
        )
        or parts[-1] in stops
        or parts[-1][:1].upper() + parts[-1][1:] in stops
        or parts[-1].casefold() in trim
    ):
        parts.pop()
    return " ".join(parts).strip(" ,;:()")


def shown_words(words: str, pack_words: Words, limit: int = SUBJECT_WORDS) -> str:
    """A matched data phrase as the card shows it ("Chat transcripts"), or "" when it reads as an
    activity rather than the data's name: it has one of the pack's ``item_stops`` ("how users
    engage with", "when you contact us") or more than ``limit`` words."""
    shown = tidy_words(words, pack_words.name_stops, pack_words.item_trim, pack_words.function_words)
    parts = shown.split(" ")
    while len(parts) > 1 and parts[0].casefold() in pack_words.item_trim:  # "dit navn" → "navn"
        parts.pop(0)
    shown = " ".join(parts)
    if len(parts) > limit or any(p.casefold().strip(",.;:()") in pack_words.item_stops for p in parts):
        return ""
    return shown
