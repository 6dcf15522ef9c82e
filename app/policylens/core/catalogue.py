"""The finding catalogue: one entry per finding id, the single place that defines a finding.

Each entry says which summary field the id belongs to, which card shows it, how severe it is
(red flags: high/medium/low; facts: ``info``), its English label (and, for a red flag, its
explanation) marked for translation, and how it is produced:

* ``matched``  — a recognizer finds it in the text (the rule-pack matcher, under rule id ``key``,
  or any recognizer registered for that key in :mod:`policylens.core.recognizers`);
* ``derived``  — a named function of :mod:`policylens.core.flags` (or the retention periods)
  makes it from other findings (``also_matched``: packs may match it directly too);
* ``absence``  — a named function raises it when something is missing from the policy.

``taxonomy.json`` (the ids of the summary contract) is checked against this catalogue by
``tests/test_catalogue.py``; the rule packs' required rules, the cards, the exports and the window
iterate it. Adding a red flag matched from text = one entry here + one rule in each pack + its
translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from policylens.core.errors import QT_TRANSLATE_NOOP

# the summary's fields (taxonomy.json's sections) and the rule-id prefix of each
FIELDS = ("collected", "shared_with", "retention_kinds", "rights", "red_flags")
RULE_PREFIX = {
    "collected": "collected",
    "shared_with": "shared",
    "retention_kinds": "retention",
    "rights": "rights",
    "red_flags": "flags",
}
# the Qt translation context of each field's labels
LABEL_CONTEXT = {
    "collected": "collected",
    "shared_with": "shared",
    "retention_kinds": "retention",
    "rights": "rights",
    "red_flags": "flags",
}
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Producer:
    kind: str  # "matched" | "derived" | "absence"
    function: str | None = None  # derived/absence: the name of the function in core.flags (or core.analyze)
    # a derived finding that packs may also match directly (a rule for it, evidence first)
    also_matched: bool = False


MATCHED = Producer("matched")


def derived(function: str, *, also_matched: bool = False) -> Producer:
    return Producer("derived", function, also_matched)


def absence(function: str) -> Producer:
    return Producer("absence", function)


@dataclass(frozen=True, slots=True)
class CardSpec:
    id: str
    title: str  # English, context "cards"


@dataclass(frozen=True, slots=True)
class Finding:
    field: str
    id: str
    card: str
    severity: str  # high/medium/low for red flags, "info" for facts
    label: str  # English source text, context LABEL_CONTEXT[field]
    producer: Producer = MATCHED
    explanation: str = ""  # red flags: English source text, context "flags"
    # collected: the label without examples, before the words the policy itself used
    # ("Identity: name, date of birth"); English source text, context "collected"
    short: str = ""

    @property
    def key(self) -> str:
        """The rule id a pack gives it (``collected.device``, ``flags.sells_data``)."""
        return f"{RULE_PREFIX[self.field]}.{self.id}"

    @property
    def context(self) -> str:
        return LABEL_CONTEXT[self.field]


# the cards, in the order they are shown (a new card is a new entry; no layout counts them)
CARDS: tuple[CardSpec, ...] = (
    CardSpec("collected", QT_TRANSLATE_NOOP("cards", "What's collected")),
    CardSpec("shared", QT_TRANSLATE_NOOP("cards", "Who it's shared with")),
    CardSpec("retention", QT_TRANSLATE_NOOP("cards", "How long it's kept")),
    CardSpec("rights", QT_TRANSLATE_NOOP("cards", "Your rights")),
)


def _c(i: str, label: str, short: str = "") -> Finding:
    return Finding("collected", i, "collected", "info", label, short=short or label)


def _s(i: str, label: str) -> Finding:
    return Finding("shared_with", i, "shared", "info", label)


def _k(i: str, label: str, producer: Producer = MATCHED) -> Finding:
    return Finding("retention_kinds", i, "retention", "info", label, producer)


def _r(i: str, label: str) -> Finding:
    return Finding("rights", i, "rights", "info", label)


def _f(i: str, card: str, severity: str, title: str, explanation: str, producer: Producer = MATCHED) -> Finding:
    return Finding("red_flags", i, card, severity, title, producer, explanation)


CATALOGUE: tuple[Finding, ...] = (
    # what's collected
    _c(
        "identity",
        QT_TRANSLATE_NOOP("collected", "Identity (name, birth date, ID)"),
        QT_TRANSLATE_NOOP("collected", "Identity"),
    ),
    _c(
        "contact",
        QT_TRANSLATE_NOOP("collected", "Contact details (e-mail, phone, address)"),
        QT_TRANSLATE_NOOP("collected", "Contact details"),
    ),
    _c("account", QT_TRANSLATE_NOOP("collected", "Account and login")),
    _c("financial", QT_TRANSLATE_NOOP("collected", "Payment and purchases")),
    _c(
        "device",
        QT_TRANSLATE_NOOP("collected", "Device and network (IP address, identifiers)"),
        QT_TRANSLATE_NOOP("collected", "Device and network"),
    ),
    _c(
        "usage",
        QT_TRANSLATE_NOOP("collected", "What you do (pages, clicks, logs)"),
        QT_TRANSLATE_NOOP("collected", "What you do"),
    ),
    _c("location", QT_TRANSLATE_NOOP("collected", "Location")),
    _c("communications", QT_TRANSLATE_NOOP("collected", "Messages you send")),
    _c("user_content", QT_TRANSLATE_NOOP("collected", "Files and content you upload")),
    _c("profile", QT_TRANSLATE_NOOP("collected", "Profile and preferences")),
    _c("cookies", QT_TRANSLATE_NOOP("collected", "Cookies and trackers")),
    _c("feedback", QT_TRANSLATE_NOOP("collected", "Feedback and survey answers")),
    _c(
        "sensitive",
        QT_TRANSLATE_NOOP("collected", "Sensitive data (health, biometrics, beliefs)"),
        QT_TRANSLATE_NOOP("collected", "Sensitive data"),
    ),
    _c("social", QT_TRANSLATE_NOOP("collected", "Social networks and contacts")),
    # who it's shared with
    _s("service_providers", QT_TRANSLATE_NOOP("shared", "Service providers working for it")),
    _s("affiliates", QT_TRANSLATE_NOOP("shared", "Companies of the same group")),
    _s("advertisers", QT_TRANSLATE_NOOP("shared", "Advertisers and marketing partners")),
    _s("legal", QT_TRANSLATE_NOOP("shared", "Authorities and courts, when the law requires")),
    _s("business_transfer", QT_TRANSLATE_NOOP("shared", "A buyer, if the company is sold")),
    _s("with_consent", QT_TRANSLATE_NOOP("shared", "Others, only with your consent")),
    _s("public", QT_TRANSLATE_NOOP("shared", "Other users or the public")),
    # how long it's kept
    _k("fixed_period", QT_TRANSLATE_NOOP("retention", "A concrete period is stated"), derived("periods")),
    _k("as_long_as_necessary", QT_TRANSLATE_NOOP("retention", "As long as necessary (no period given)")),
    _k("account_lifetime", QT_TRANSLATE_NOOP("retention", "While your account is active")),
    _k("legal_requirement", QT_TRANSLATE_NOOP("retention", "Longer when the law requires")),
    _k("indefinite", QT_TRANSLATE_NOOP("retention", "Indefinitely")),
    _k("deletion_stated", QT_TRANSLATE_NOOP("retention", "Deleted or anonymised when no longer needed")),
    # your rights
    _r("access", QT_TRANSLATE_NOOP("rights", "See your data")),
    _r("rectification", QT_TRANSLATE_NOOP("rights", "Correct your data")),
    _r("erasure", QT_TRANSLATE_NOOP("rights", "Delete your data")),
    _r("portability", QT_TRANSLATE_NOOP("rights", "Take your data elsewhere")),
    _r("restriction", QT_TRANSLATE_NOOP("rights", "Limit processing")),
    _r("objection", QT_TRANSLATE_NOOP("rights", "Object to processing")),
    _r("withdraw_consent", QT_TRANSLATE_NOOP("rights", "Withdraw consent")),
    _r("complaint", QT_TRANSLATE_NOOP("rights", "Complain to a data-protection authority")),
    _r("opt_out_marketing", QT_TRANSLATE_NOOP("rights", "Opt out of marketing")),
    _r("opt_out_sale", QT_TRANSLATE_NOOP("rights", "Opt out of the sale of your data")),
    _r("non_discrimination", QT_TRANSLATE_NOOP("rights", "No penalty for using your rights")),
    _r("cookie_control", QT_TRANSLATE_NOOP("rights", "Refuse or manage cookies")),
    # red flags
    _f(
        "broad_exemptions",
        "collected",
        "high",
        QT_TRANSLATE_NOOP("flags", "Broad exceptions to your consent"),
        QT_TRANSLATE_NOOP(
            "flags", "Your data may be collected or disclosed without your consent in wide, loosely defined cases."
        ),
    ),
    _f(
        "sells_data",
        "shared",
        "high",
        QT_TRANSLATE_NOOP("flags", "Sells your data"),
        QT_TRANSLATE_NOOP("flags", "Your personal data can be sold, rented or traded to others."),
        derived("sold"),
    ),
    _f(
        "take_it_or_leave_it",
        "rights",
        "high",
        QT_TRANSLATE_NOOP("flags", "Take it or leave it"),
        QT_TRANSLATE_NOOP(
            "flags", "If you refuse the policy you lose the product or core functions of what you bought."
        ),
    ),
    _f(
        "indefinite_retention",
        "retention",
        "high",
        QT_TRANSLATE_NOOP("flags", "Kept forever"),
        QT_TRANSLATE_NOOP("flags", "Some data is kept with no end date, so it never goes away."),
        derived("kept_indefinitely"),
    ),
    _f(
        "targeted_advertising",
        "shared",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Targeted advertising"),
        QT_TRANSLATE_NOOP("flags", "What they learn about you is used to choose the ads and offers you see."),
    ),
    _f(
        "third_party_tracking",
        "shared",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Third-party tracking"),
        QT_TRANSLATE_NOOP(
            "flags", "Other companies track you through this service, often outside this policy's protection."
        ),
    ),
    _f(
        "data_combination",
        "collected",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Data combined across services"),
        QT_TRANSLATE_NOOP(
            "flags", "Data from one service is combined with other services or sources into a fuller profile."
        ),
    ),
    _f(
        "deidentified_commercial_use",
        "collected",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Commercial use of 'anonymised' data"),
        QT_TRANSLATE_NOOP(
            "flags", "'Anonymised' or aggregated data about you may be used commercially without limits."
        ),
    ),
    _f(
        "hardware_identifiers",
        "collected",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Hardware identifiers collected"),
        QT_TRANSLATE_NOOP(
            "flags", "Permanent device numbers (IMEI, MAC address) let you be recognised for the device's lifetime."
        ),
        derived("hardware_identifiers"),
    ),
    _f(
        "international_transfer",
        "shared",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Sent to other countries"),
        QT_TRANSLATE_NOOP("flags", "Your data may be stored in countries where the law may protect it less."),
    ),
    _f(
        "vague_retention",
        "retention",
        "medium",
        QT_TRANSLATE_NOOP("flags", "No clear retention period"),
        QT_TRANSLATE_NOOP("flags", "No concrete period is given, so you cannot know when your data is deleted."),
        absence("no_period"),
    ),
    _f(
        "unilateral_changes",
        "rights",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Can change without telling you"),
        QT_TRANSLATE_NOOP("flags", "The policy can change at any time and it is up to you to notice."),
        # the packs' flags.unilateral_changes rules catch the explicit cases ("we may change it without
        # notice"); the usual one comes from changes.clause/burden/notify (a promise of notice lifts both)
        derived("unilateral_changes", also_matched=True),
    ),
    _f(
        "rights_limited",
        "rights",
        "medium",
        QT_TRANSLATE_NOOP("flags", "Your rights come with exceptions"),
        QT_TRANSLATE_NOOP("flags", "Your rights are subject to unspecified exceptions, so they may be refused."),
    ),
    _f(
        "missing_contact",
        "rights",
        "medium",
        QT_TRANSLATE_NOOP("flags", "No way to contact them"),
        QT_TRANSLATE_NOOP("flags", "No e-mail, address or form is given to ask questions or exercise your rights."),
        absence("no_contact"),
    ),
    _f(
        "consent_by_use",
        "rights",
        "low",
        QT_TRANSLATE_NOOP("flags", "Using it counts as consent"),
        QT_TRANSLATE_NOOP("flags", "Merely using the service counts as agreeing to the policy."),
    ),
    _f(
        "non_exhaustive",
        "collected",
        "low",
        QT_TRANSLATE_NOOP("flags", "Open-ended lists"),
        QT_TRANSLATE_NOOP("flags", "Lists end with 'etc.' or 'not limited to', so the real scope is open."),
    ),
)

# rules a pack has besides the catalogue's matched findings: the facts they feed
HELPER_RULES = {
    "sale.yes": "the policy sells data (the sells_data flag and sale = yes)",
    "sale.no": "the policy says it does not sell data (sale = no; a negated sale.yes counts too)",
    "sharing.none": "the policy says it shares personal data with no one (not_shared, when no recipient is found)",
    "contact.form": "a contact form or page (contact)",
    "contact.address": "a postal address (contact)",
    "changes.clause": "the policy may change (unilateral_changes)",
    "changes.burden": "it is up to the reader to check for changes (unilateral_changes)",
    "changes.notify": "changes are notified directly (no unilateral_changes)",
}


@cache
def _index() -> dict[tuple[str, str], Finding]:
    return {(f.field, f.id): f for f in CATALOGUE}


def get(field: str, ident: str) -> Finding:
    return _index()[(field, ident)]


def flag(ident: str) -> Finding:
    return _index()[("red_flags", ident)]


def entries(field: str) -> tuple[Finding, ...]:
    return tuple(f for f in CATALOGUE if f.field == field)


def ids(field: str) -> tuple[str, ...]:
    return tuple(f.id for f in entries(field))


def labels(field: str) -> dict[str, str]:
    """id → English label (a translation source in context ``LABEL_CONTEXT[field]``)."""
    return {f.id: f.label for f in entries(field)}


def explanations() -> dict[str, str]:
    return {f.id: f.explanation for f in entries("red_flags")}


def card_titles() -> dict[str, str]:
    return {c.id: c.title for c in CARDS}


def card_ids() -> tuple[str, ...]:
    return tuple(c.id for c in CARDS)


def matched_rules() -> tuple[str, ...]:
    """The rule ids every pack must have: the matched findings, then the helper rules."""
    matched = tuple(f.key for f in CATALOGUE if f.producer.kind == "matched" or f.producer.also_matched)
    return matched + tuple(HELPER_RULES)
