"""A policy that promises direct notice of changes raises no "can change without telling you" flag, even
where a pack's rule matched the flag itself ("es gilt die jeweils veröffentlichte Fassung"): the notice
is what the flag says is missing. Without the promise the same sentence still raises it."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEAD = (
    "Datenschutzerklärung der Examplo GmbH\n\n"
    "Wir sind die Examplo GmbH. Wir erheben Ihren Namen und Ihre E-Mail-Adresse, um Bestellungen abzuwickeln.\n\n"
    "Änderungen\n\n"
    "Wir können diese Erklärung jederzeit ändern; es gilt die jeweils auf der Website veröffentlichte Fassung.\n"
)
NOTICE = "Über wesentliche Änderungen informieren wir Sie vorab per E-Mail.\n"


def flags(text: str) -> set[str]:
    return {f.id for f in analyze(load_text(text, "examplo.txt")).red_flags}


def test_the_matched_flag_stands_without_a_promise_of_notice() -> None:
    assert "unilateral_changes" in flags(HEAD)


def test_a_promise_of_notice_lifts_the_matched_flag() -> None:
    assert "unilateral_changes" not in flags(HEAD + NOTICE)


def test_the_matched_sentence_itself_is_no_promise_of_notice() -> None:
    # "sans préavis" holds the notice words the rule for notice knows; read alone, the flag stands
    assert "unilateral_changes" in flags("Politique de confidentialité\n\nSujet à modification sans préavis.\n")


SALE = (
    "Tietosuojaseloste\n\n"
    "Käsittelemme nimeäsi ja sähköpostiosoitettasi tilausten toimittamiseksi.\n\n"
    "Jos liiketoimintamme myydään, asiakasrekisteri voi siirtyä ostajalle. "
    "Ilmoitamme siitä asiakkaillemme etukäteen sähköpostilla.\n\n"
    "Muutokset\n\n"
    "Voimme päivittää tätä selostetta. Voimassa oleva versio on aina verkkosivuillamme.\n"
)


def test_a_notice_of_a_sale_of_the_business_is_no_notice_of_changes() -> None:
    # the e-mail told beforehand is about the sale in the sentence before it, not about the policy
    assert "unilateral_changes" in flags(SALE)
