"""Plain-text sub-headings one after another under a heading about the data collected ("When you
order", "When you pay", "When you use the app and website" under "What information do we collect?")
each stand for a part of that section: the one with a weak topic of its own ("use") still lists
collected data, though its walk up passes its siblings rather than a shallower heading. A heading
of another topic after them opens its own section."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

POLICY = """Privacy notice of Example Meals Ltd

Who is responsible?
Example Meals Ltd, 1 High Street, Leeds, is the controller. Write to privacy@example.com.

What information do we collect?
When you order
Your name, delivery address, mobile number and e-mail address.
When you pay
We receive a confirmation from the payment provider, but not your full card number.
When you use the app and website
IP address, device type, app version and the pages you look at.

How do we use the information?
We use the app version to fix errors.
"""


def _categories(text: str) -> dict[str, list[str]]:
    summary = analyze(load_text(text), "en")
    return {c.category: [e.quote for e in c.evidence] for c in summary.collected}


def test_a_weak_sub_heading_after_its_siblings_keeps_the_collect_section() -> None:
    cats = _categories(POLICY)
    assert any(q.startswith("IP address, device type") for q in cats.get("device", []))


def test_a_heading_of_another_topic_after_them_does_not_inherit_collect() -> None:
    cats = _categories(POLICY)
    assert not any(q.startswith("We use the app version") for qs in cats.values() for q in qs)
