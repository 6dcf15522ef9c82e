"""Recognizers behind one interface: the registry says which run for a field and a language, and a
new recognizer (a learned classifier, say) is one class and one registry entry whose hits go through
the shared post-filter into the summary."""

from __future__ import annotations

import re

from policylens.core.analyze import analyze
from policylens.core.engine.contexts import Hit, Segmented
from policylens.core.loaders import load_text
from policylens.core.recognizers import REGISTRY, Recognizer, Result
from policylens.core.recognizers.contact import ContactRecognizer
from policylens.core.recognizers.rulepack import RulePackRecognizer
from policylens.core.rules import Pack


def test_registry_by_field_and_language() -> None:
    assert any(isinstance(r, ContactRecognizer) for r in REGISTRY.for_field("contact", "fi"))
    assert any(isinstance(r, RulePackRecognizer) for r in REGISTRY.for_field("rights.erasure", "sv"))
    assert not any(isinstance(r, ContactRecognizer) for r in REGISTRY.for_field("rights.erasure", "sv"))


class WipeClassifier(Recognizer):
    """Stands for a learned classifier of one field: a sentence "scores" as the erasure right
    when it speaks of wiping (a model file would hold what a regex does here)."""

    name = "wipe classifier"
    fields = ("rights.erasure",)
    languages = frozenset({"en"})

    def analyze(self, seg: Segmented, pack: Pack, step=None) -> Result:  # type: ignore[no-untyped-def]
        found = []
        for i in range(len(seg.sentences)):
            text = seg.sent_text(i)
            m = re.search(r"\bwip\w*", text)
            if m is not None:
                s = seg.sentences[i].start
                found.append(Hit("rights.erasure", i, s + m.start(), s + m.end(), m.group(0), score=0.9))
        return self.keep(seg, found)


POLICY = (
    "Privacy policy\n\nWe collect your e-mail address and your IP address when you use the app. "
    "We share it with our hosting provider. Write to privacy@example.com with any question.\n\n"
    "Your rights\n\nYou may ask us to wipe everything we hold about you. "
    "We never wipe the backups of the service."
)


def test_a_new_recognizer_is_one_class_and_one_registry_entry() -> None:
    assert analyze(load_text(POLICY, "p.txt"), lang="en").rights == []  # the packs do not know "wipe"
    rec = REGISTRY.register(WipeClassifier())
    try:
        # it runs for its languages only
        assert rec in REGISTRY.for_language("en") and rec not in REGISTRY.for_language("fr")
        s = analyze(load_text(POLICY, "p.txt"), lang="en")
    finally:
        REGISTRY._recognizers.remove(rec)
    erasure = [r for r in s.rights if r.right == "erasure"]
    assert erasure, "the classifier's hit did not reach the summary"
    quotes = [e.quote for e in erasure[0].evidence]
    # the shared post-filter applies to it: the negated sentence is no evidence
    assert quotes == ["You may ask us to wipe everything we hold about you."]


def test_a_contact_channel_without_its_address_is_no_url() -> None:
    """"Contact us through the form on our website" (the saved text kept no link): a way to reach
    them, not a web address — `urls` holds addresses only."""
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    text = (
        "Privacy Policy\n\nWe collect your name and e-mail address to run your account. "
        "You have the right to access and delete your data. To exercise your rights, contact us "
        "using the contact form on our website.\n"
    )
    s = analyze(load_text(text, "p.txt"))
    assert s.contact.contact_channel and s.contact.urls == []
    assert "missing_contact" not in {f.id for f in s.red_flags}
    linked = analyze(load_text(text.replace("on our website", "at https://example.org/contact"), "p.txt"))
    assert linked.contact.urls == ["https://example.org/contact"] and not linked.contact.contact_channel


def test_an_address_before_the_authority_in_its_sentence_is_the_controllers() -> None:
    """"Write to privacy@… and complain to the CNIL": the address comes before the authority and is
    the controller's; the authority's own address, after it, is still no contact of the service."""
    text = (
        "Politique de confidentialité\n\nNous collectons votre adresse e-mail pour gérer votre compte.\n\n"
        "Vos droits\n\nVous pouvez exercer vos droits d'accès et de rectification en écrivant à "
        "privacy@lumen-ia.fr, et saisir la CNIL (plaintes@cnil.fr) si vous estimez que vos droits ne "
        "sont pas respectés."
    )
    s = analyze(load_text(text, "p.txt"), lang="fr")
    assert s.contact.emails == ["privacy@lumen-ia.fr"]
    # the authority's address that names it ("plaintes@cnil.fr" alone in its line) stays out too
    alone = text.replace(" (plaintes@cnil.fr)", "") + "\n\nCNIL, 3 place de Fontenoy\n\nE-mail : plaintes@cnil.fr"
    assert analyze(load_text(alone, "p.txt"), lang="fr").contact.emails == ["privacy@lumen-ia.fr"]
    assert "missing_contact" not in {f.id for f in s.red_flags}


def test_an_address_bearing_the_companys_name_under_a_complaints_heading_is_the_controllers() -> None:
    """Australian policies put the privacy officer under "Complaints", beside the regulator:
    "If you have a privacy complaint, contact our Privacy Officer at privacy@wattlepay.com.au" is
    the controller's address (its domain bears the company's name); the regulator's stays out."""
    text = (
        "Privacy Policy\n\nWattlepay Pty Ltd (\"Wattlepay\", \"we\") lends money to shoppers.\n\n"
        "What we collect\n\nWe collect your name, e-mail address and repayment history.\n\n"
        "Complaints\n\nIf you have a privacy complaint, contact our Privacy Officer at "
        "privacy@wattlepay.com.au. If you are not satisfied, you can complain to the Office of the "
        "Australian Information Commissioner at enquiries@oaic.gov.au.\n"
    )
    s = analyze(load_text(text, "p.txt"), lang="en")
    assert s.contact.emails == ["privacy@wattlepay.com.au"]
    # an address of no company name in the same place is still taken for the authority's
    other = text.replace("privacy@wattlepay.com.au", "help@complaints-desk.org")
    assert analyze(load_text(other, "p.txt"), lang="en").contact.emails == []
