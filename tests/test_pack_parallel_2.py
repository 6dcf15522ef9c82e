"""Parallel texts for the Polish, Danish, Norwegian and Finnish packs.

Mozilla's notices are official translations of one text, so the same facts should come out in
every language:

* the 2018 Mozilla privacy policy in Danish, Norwegian and Finnish must agree with each other on
  every field, and with the Swedish reference (sv.toml, tuned on real seeds) on what is collected,
  who it is shared with and whether data is sold;
* the Polish websites and subscription-services notices must agree with the English ones on the
  same, and find at least what English finds in the other fields;
* every one of these texts must also agree with a hand reading of the English original (below),
  field by field, so that a regression in one pack shows even where the reference pack errs.

Skips cleanly when the shared corpus is not there.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from corpus_paths import MOZILLA_SUBSCRIPTIONS, MOZILLA_WEBSITES, dev_corpus
from policylens.core.analyze import analyze
from policylens.core.loaders import load_path

DEV = dev_corpus()
pytestmark = pytest.mark.skipif(DEV is None, reason="shared dev corpus not available")

SET_FIELDS = ("collected", "shared_with", "retention_kinds", "rights", "red_flags")
MIN_JACCARD = 0.6

# What a careful reader finds in the English originals (the translations say the same).
MOZILLA_2018 = {
    # "information that identifies you, such as your name and email address"; crash reports, IP address;
    # the e-mail account Thunderbird sets up (as labelled in ../shared/corpus/dev-gold)
    "collected": {"identity", "contact", "account", "device"},
    "shared_with": {"service_providers", "legal", "business_transfer", "with_consent", "public"},
    "sells_data": "unstated",
    "retention_kinds": {"as_long_as_necessary", "legal_requirement", "deletion_stated"},
    "rights": set(),
    "red_flags": {"international_transfer", "vague_retention", "unilateral_changes", "missing_contact",
                  "consent_by_use"},
}
POLICY_2018 = {"da": "da/mozilla_privacy_policy_2018.txt", "no": "no/mozilla_privacy_policy_2018_nb.txt",
               "fi": "fi/mozilla_privacy_policy_2018.txt"}
POLISH = {
    "websites": ("pl/mozilla_websites_privacy_notice.txt", "en/mozilla_websites_privacy_notice.txt", MOZILLA_WEBSITES),
    "subscriptions": ("pl/mozilla_subscription_services_privacy_notice.txt",
                      "en/mozilla_subscription_services_privacy_notice.txt", MOZILLA_SUBSCRIPTIONS),
}


def jaccard(a: set[str], b: set[str]) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


_CACHE: dict[str, dict] = {}


def facts(rel: str) -> dict:
    if rel not in _CACHE:
        assert DEV is not None
        path: Path = DEV / rel
        if not path.is_file():
            pytest.skip(f"{rel} not in the dev corpus")
        s = analyze(load_path(path)).model_dump()
        _CACHE[rel] = {
            "language": s["language"]["analysed_as"],
            "collected": {c["category"] for c in s["collected"]},
            "shared_with": {x["recipient"] for x in s["shared_with"]},
            "sells_data": s["sells_data"],
            "retention_kinds": set(s["retention"]["kinds"]),
            "rights": {r["right"] for r in s["rights"]},
            "red_flags": {f["id"] for f in s["red_flags"]},
        }
    return _CACHE[rel]


def disagreements(a: dict, b: dict, fields: tuple[str, ...] = SET_FIELDS) -> list[str]:
    out = [
        f"{f}: {sorted(a[f])} vs {sorted(b[f])} (J={jaccard(a[f], b[f]):.2f})"
        for f in fields
        if jaccard(a[f], b[f]) < MIN_JACCARD
    ]
    if a["sells_data"] != b["sells_data"]:
        out.append(f"sells_data: {a['sells_data']} vs {b['sells_data']}")
    return out


@pytest.mark.parametrize("code", sorted(POLICY_2018))
def test_2018_policy_is_read_in_its_language(code: str) -> None:
    assert facts(POLICY_2018[code])["language"] == code


@pytest.mark.parametrize(("a", "b"), list(combinations(sorted(POLICY_2018), 2)))
def test_2018_policy_translations_agree(a: str, b: str) -> None:
    bad = disagreements(facts(POLICY_2018[a]), facts(POLICY_2018[b]))
    assert not bad, f"{a} vs {b}: " + "; ".join(bad)


@pytest.mark.parametrize("code", sorted(POLICY_2018))
def test_2018_policy_agrees_with_swedish(code: str) -> None:
    sv = facts("sv/mozilla_privacy_policy_2018.txt")
    bad = disagreements(facts(POLICY_2018[code]), sv, ("collected", "shared_with"))
    assert not bad, f"{code} vs sv: " + "; ".join(bad)


@pytest.mark.parametrize("code", sorted(POLICY_2018))
def test_2018_policy_agrees_with_a_reading_of_the_text(code: str) -> None:
    bad = disagreements(facts(POLICY_2018[code]), MOZILLA_2018)
    assert not bad, f"{code}: " + "; ".join(bad)


@pytest.mark.parametrize("notice", sorted(POLISH))
def test_polish_notice_agrees_with_english(notice: str) -> None:
    pl_rel, en_rel, _ = POLISH[notice]
    pl, en = facts(pl_rel), facts(en_rel)
    assert pl["language"] == "pl"
    bad = disagreements(pl, en, ("collected",))
    # what English finds in the other fields, Polish finds too (up to one finding per field)
    for f in ("shared_with", "retention_kinds", "rights", "red_flags"):
        missed = en[f] - pl[f]
        if len(missed) > 1:
            bad.append(f"{f}: English finds {sorted(missed)}, Polish does not")
    assert not bad, f"pl vs en {notice}: " + "; ".join(bad)


@pytest.mark.parametrize("notice", sorted(POLISH))
def test_polish_notice_agrees_with_a_reading_of_the_text(notice: str) -> None:
    pl_rel, _, expected = POLISH[notice]
    bad = disagreements(facts(pl_rel), expected)
    assert not bad, f"pl {notice}: " + "; ".join(bad)
