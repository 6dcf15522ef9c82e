"""Context phrases scan the whole text once: a match that runs over a sentence's end must not hide
the match inside the next sentence."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def test_a_match_across_a_heading_does_not_hide_the_next_sentences_context() -> None:
    """"reveal ~ data" first matches from the heading "What we reveal" over the line into "We reveal
    data"; the lead-in's own "reveal data" still gives it the sharing context, and its list item
    names the courts as recipients."""
    text = (
        "Privacy policy\n\nWe collect your name and e-mail address when you sign up.\n\n"
        "What we reveal\n\nWe reveal data only in these cases:\n\n- to the courts, when the law requires it.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    assert "legal" in {r.recipient for r in s.shared_with}
