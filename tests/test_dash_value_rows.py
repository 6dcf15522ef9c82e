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


LEADER_POLICY = """Privatlivspolitik for Kostklinikken ApS

Skriv til persondata@example.dk, hvis du har spørgsmål.

Hvor længe gemmer vi dine oplysninger?

Oplysning ....................... Slettes
Journal ......................... 10 år efter sidste notat
Billeder i kostdagbogen ........ 3 måneder efter forløbets afslutning
Bookinger, der bliver aflyst ... 1 år
Logfiler på hjemmesiden ........ 30 dage

Dine rettigheder

Du kan bede om en kopi af dine oplysninger.
"""


def test_rows_set_with_dot_leaders_give_their_periods_with_their_labels() -> None:
    """A retention table set with dot leaders ("Logfiler ........ 30 dage"): its last row before a blank
    line is no heading, and the leaders end no sentence, so each period is quoted with its row's label."""
    summary = analyze(load_text(LEADER_POLICY), "da")
    quotes = {round(p.days): p.evidence[0].quote for p in summary.retention.periods if p.days is not None}
    assert {3650, 91, 365, 30} <= set(quotes), quotes
    assert quotes[30].startswith("Logfiler på hjemmesiden"), quotes
    assert quotes[365].startswith("Bookinger, der bliver aflyst"), quotes
    text = "Opbevaring\n\nLogfiler ........ 30 dage\n\nNæste afsnit.\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in blocks_from_text(text)]
    assert ("paragraph", "Logfiler ........ 30 dage") in kinds
