"""Data phrases as matched, tidied for display (no regular expressions, no engine: the window
imports this at start)."""

from __future__ import annotations


def tidy_words(words: str, stops: frozenset[str] = frozenset()) -> str:
    """A data phrase as matched, for display: whitespace collapsed, without the punctuation, the
    short lower-case words or the pack's ``name_stops`` ("Ihrem", "Les") a pack's phrase may end
    on to tell it apart ("Einträge in Ihrem", "données de")."""
    parts = " ".join(words.split()).strip(" ,;:()").split(" ")
    while len(parts) > 1 and (
        (len(parts[-1]) <= 3 and parts[-1].islower())
        or parts[-1] in stops
        or parts[-1][:1].upper() + parts[-1][1:] in stops
    ):
        parts.pop()
    return " ".join(parts).strip(" ,;:()")
