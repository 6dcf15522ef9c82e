"""A line taken for a heading because it ends with a lead-in (":") may hold a whole sentence before
it: «We do not sell personal data. We share it only with:». That sentence states something (it is
read as a paragraph), and the lead-in still heads what follows with the topics of the whole line."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text
from policylens.core.segment import segment

SHOP_EN = """Privacy notice of Examplo Blinds Ltd

4. WHO WE SHARE YOUR DATA WITH

We do not sell personal data. We share it only with:

- Royal Mail, to deliver samples and orders;
- Stripe, to take payment.
"""

SHOP_FI = """Tietosuojaseloste, Examplo Oy

6. Tietojen luovutukset

Tietoja ei myydä eikä vuokrata kolmansille osapuolille. Tietoja luovutetaan seuraavasti:

Maksut käsittelee Paytrail Oyj. Rakennustyön tiedot ilmoitetaan Verohallinnolle lain mukaisesti.
"""

DISCLOSE = """Privacy notice of Examplo Driving School

Who do you give my data to?

We only disclose your data where it is necessary. That means:
- the Singapore Police Force, to register you for tests;
- Income Insurance Limited, if there is an accident during a lesson.
"""


def test_the_sentence_before_the_lead_in_is_read() -> None:
    assert analyze(load_text(SHOP_EN, "examplo.txt")).sells_data == "no"
    assert analyze(load_text(SHOP_FI, "examplo.txt")).sells_data == "no"


def test_it_is_a_paragraph_and_the_lead_in_stays_a_heading() -> None:
    doc = load_text(SHOP_EN, "examplo.txt")
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in segment(doc)]
    i = kinds.index(("paragraph", "We do not sell personal data."))
    assert kinds[i + 1] == ("heading", "We share it only with:")


def test_the_lead_in_heads_the_list_with_the_topics_of_the_whole_line() -> None:
    # "That means:" alone names no sharing; "We only disclose your data" before it does
    names = {n for s in analyze(load_text(DISCLOSE, "examplo.txt")).shared_with for n in s.names}
    assert {"Singapore Police Force", "Income Insurance Limited"} <= names


def test_a_short_first_part_is_no_sentence() -> None:
    # "Step 1. Contact:" is a title, not a sentence and a lead-in
    doc = load_text("Examplo\n\nStep one. Our contact details:\n\nExamplo Ltd, 1 High Street.\n", "examplo.txt")
    assert [s.kind for s in segment(doc) if "Step" in doc.text[s.start : s.end]] == ["heading"]
