"""A retention table written as text, one "what – how long" row a line ("Web chat and email –
18 months"), is rows of the section, not a run of headings: the periods on them are found, on the
last row before a blank line too. A title with a dash and words after it keeps its reading."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text
from policylens.core.structure import blocks_from_text

POLICY = """Privacy notice of Example Pharmacy Ltd

Write to privacy@example.com with any question about your data.

4. How long we keep your data
Record – how long
Online order and invoice records – 6 years
Health questionnaire answers – 2 years
Web chat and email – 18 months
Call recordings – 90 days

5. Your rights

You may ask for a copy of your data.
"""


def test_dash_value_rows_give_their_periods() -> None:
    summary = analyze(load_text(POLICY), "en")
    days = {round(p.days) for p in summary.retention.periods if p.days is not None}
    assert {2190, 730, 547, 90} <= days


def test_a_dash_value_row_before_a_blank_line_is_no_heading() -> None:
    text = "Retention\n\nCCTV footage – 31 days\n\nNext paragraph.\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in blocks_from_text(text)]
    assert ("paragraph", "CCTV footage – 31 days") in kinds
    text = "Privacy\n\nPart 2 – Retention\n\nNext paragraph.\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in blocks_from_text(text)]
    assert ("heading", "Part 2 – Retention") in kinds
