"""Per-language rule packs: data files ``policylens/core/lang/<code>.toml``, one per language,
all of the same shape, validated on load and compiled to regular expressions.

Phrase syntax (what pack authors write; see ``core/lang/README.md``):

* words separated by spaces match across any whitespace (and a hyphen where the phrase has one);
* ``word*`` matches the stem and any word ending (``collect*`` → collect, collecte, collectons);
* ``~`` stands for a gap of up to four words (``ne ~ pas``), ``~~`` for up to twelve;
* ``'`` matches both ASCII and typographic apostrophes; ``.`` is a literal dot;
* ``(a|b)``, ``?`` and ``[...]`` keep their regex meaning;
* a phrase starting with ``re:`` is a raw regular expression.

Every phrase is matched case-insensitively at word boundaries. Unbounded wildcards (``.*``,
``.+``, ``\\S+`` without a bound) are refused at load time so that no rule can backtrack
catastrophically: patterns are linear in the text they scan.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import regex

from policylens.core import catalogue as C
from policylens.core import prefilter
from policylens.core.langid import STOPWORDS
from policylens.core.phrases import (
    FLAGS,
    PackError,
    check_bounded,
    compile_phrases,
    compile_scanners,
    phrase_to_regex,
)
from policylens.core.schema import Field, Model, ValidationError, field_validator

# how long a single regex search may run before we give up on it (seconds)
REGEX_TIMEOUT = 2.0


# rule-id prefixes and the taxonomy field their suffix must belong to
_PREFIXES: dict[str, tuple[str, ...]] = {C.RULE_PREFIX[f]: C.ids(f) for f in C.FIELDS}
# rules outside the taxonomy that the analyser uses (core/catalogue.py says what each feeds)
EXTRA_RULES = tuple(C.HELPER_RULES)
# every context a sentence may carry; rules name the ones they need
CONTEXTS = (
    "collect",
    "share",
    "retain",
    "rights",
    "use",
    "purpose",
    "cookies",
    "contact",
    "security",
    "children",
    "privacy",  # the policy's own vocabulary: personal data, GDPR, cookies ("is this a policy?")
)
# rules every pack must have: the catalogue's findings matched from text, and the helper rules
REQUIRED_RULES = C.matched_rules()


# --------------------------------------------------------------------------------------------
# pack schema (validated by policylens.core.schema)


class _Strict(Model):
    """Unknown keys are errors (:mod:`policylens.core.schema`; the types are resolved when a pack is
    first validated — compiled —, never in a process that loads its packs from the cache)."""


class RuleSpec(_Strict):
    id: str
    match: list[str] = Field(min_length=1)
    also: list[list[str]] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    # phrases that veto a match only when the match is part of them ("control personalised ads":
    # the user's choice, not the service's practice), not the whole sentence as ``unless`` does
    unless_part_of: list[str] = Field(default_factory=list)
    # phrases that veto every match under a heading holding one ("Video surveillance": the
    # recordings and images of its section are the cameras', not what you upload)
    unless_heading: list[str] = Field(default_factory=list)
    requires: list[str] = Field(default_factory=list)
    # "sentence": the context must be in the sentence itself; "section": may be inherited
    context_scope: str = "section"
    # look for ``also`` in this many following sentences too (lists after a lead-in)
    nearby: int = 0
    negatable: bool = True
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("id")
    @classmethod
    def _known_id(cls, v: str) -> str:
        if v in EXTRA_RULES:
            return v
        prefix, _, suffix = v.partition(".")
        if prefix not in _PREFIXES or suffix not in _PREFIXES[prefix]:
            raise ValueError(f"unknown rule id {v!r}")
        return v

    @field_validator("requires")
    @classmethod
    def _known_contexts(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in CONTEXTS]
        if bad:
            raise ValueError(f"unknown contexts {bad}")
        return v

    @field_validator("context_scope")
    @classmethod
    def _scope(cls, v: str) -> str:
        if v not in ("sentence", "section"):
            raise ValueError("context_scope is 'sentence' or 'section'")
        return v


class NegationSpec(_Strict):
    patterns: list[str] = Field(min_length=1)
    before_words: int = 6
    after_words: int = 4
    scope_breakers: list[str] = Field(default_factory=list)
    # words that open a relative clause ("qui", "which", "die"): a negation in ", qui ne … ," between
    # commas is the relative clause's, not the main clause's
    relative_words: list[str] = Field(default_factory=list)
    # words that open a leading conditional clause ("if", "si", "wenn"): a negation in "If you do not
    # want e-mails, you can unsubscribe" stays in that clause, before its comma
    conditionals: list[str] = Field(default_factory=list)
    # a negated verb reaches along its list of objects ("Under no circumstances do we collect data
    # revealing racial origin, political opinions, …, health or sex life") up to this many words
    # further than ``before_words``, as long as the list is a list (commas) and no new subject
    # (``list_subjects``: "we", "you") starts another clause
    list_reach: int = 0
    list_subjects: list[str] = Field(default_factory=list)
    # negations that open a "neither … nor" whose second half is a plain "or" (Swedish "varken … eller",
    # Norwegian "verken … eller"): after one, the list's conjunctions count as its commas ("tar varken
    # emot DNA-resultat eller uppgifter om hälsa, religion eller etniskt ursprung")
    correlatives: list[str] = Field(default_factory=list)
    # words that open a bracket of examples of what stands before it ("We do not process special
    # categories of data (for example health data)"): the examples share the negation of what they
    # illustrate, where another bracket ("(never the received ones)") is a clause of its own
    example_asides: list[str] = Field(default_factory=list)
    # sentences where sensitive data named in such a bracket is denied, and where it is not
    aside_examples: list[str] = Field(default_factory=list)
    aside_counter_examples: list[str] = Field(default_factory=list)
    # words that open an exception right after a denied kind of data ("We use no cookies other than
    # those strictly necessary", «keine Cookies außer den notwendigen»): what is excepted is of that
    # kind, so the kind is stated, not denied (``collected.*`` rules only); and sentences where cookies
    # are stated so
    exceptions: list[str] = Field(default_factory=list)
    exception_examples: list[str] = Field(default_factory=list)
    examples: list[str] = Field(min_length=1)  # sentences whose trigger is negated
    counter_examples: list[str] = Field(default_factory=list)


class DurationSpec(_Strict):
    units: dict[str, str]
    numbers: dict[str, float]
    not_after: list[str] = Field(default_factory=list)  # words before the number that make it not a period
    # words right after the unit that make it an interval, not a period ("15 minuutin välein": every 15
    # minutes; "tunnin jaksoissa": in hourly periods)
    not_before: list[str] = Field(default_factory=list)
    # unit words that mean one unit with no number ("przez rok", "vuoden ajan"): phrase syntax
    bare_units: dict[str, str] = Field(default_factory=dict)
    # the word "and" between the two units of one period ("three years and six months", "tre år og
    # seks måneder"): the period is their sum (single words, as written between the two)
    and_words: list[str] = Field(default_factory=list)
    examples: dict[str, float] = Field(min_length=1)  # text → days

    @field_validator("units", "bare_units")
    @classmethod
    def _units(cls, v: dict[str, str]) -> dict[str, str]:
        bad = {k: u for k, u in v.items() if u not in UNIT_DAYS}
        if bad:
            raise ValueError(f"unknown units {bad}; use one of {sorted(UNIT_DAYS)}")
        return v


class DateSpec(_Strict):
    months: dict[str, int]
    updated_cues: list[str] = Field(min_length=1)
    examples: dict[str, str] = Field(min_length=1)  # text → ISO date
    law_cues: list[str] = Field(default_factory=list)  # a date after these is a law's (core/service_hints.py)


class ServiceSpec(_Strict):
    we_cues: list[str] = Field(default_factory=list)  # « nous », "we", "vi" in a definition
    controller_cues: list[str] = Field(default_factory=list)
    # the service itself named as run by the company after them ("Tjänsten drivs av", "De app wordt aangeboden
    # door"), opening a sentence: that company is the controller, where the same verbs after another subject
    # name a processor ("Betalningen hanteras av …", "ärendesystemet drivs av …")
    operator_cues: list[str] = Field(default_factory=list)
    generic_words: list[str] = Field(default_factory=list)  # never a service's name (core/service_hints.py)


class WordsSpec(_Strict):
    """Word lists the recognizers read (contact, service, named recipients, derived flags).
    A pack's lists extend those of ``_base.toml`` (the words every language shares)."""

    phone_cues: list[str] = Field(default_factory=list)  # words before a phone number ("tel", "ring")
    hardware: list[str] = Field(default_factory=list)  # hardware identifiers ("IMEI", "serial number")
    hardware_replaced: list[str] = Field(default_factory=list)  # "the MAC address is replaced by a random one"
    other_subjects: list[str] = Field(default_factory=list)  # subjects that are not the service ("authorities")
    # "on our own servers", "no data goes to third parties": a well-known tool named in such a sentence
    # runs in the service's own hands ("Matomo, on our own servers"), and is named as no recipient
    in_house: list[str] = Field(default_factory=list)
    we_words: list[str] = Field(default_factory=list)  # what a company calls itself ("we", "la société")
    # what a company calls its own, in the rules' syntax ("our", "notre", Finnish "*mme"): "our insurer, Hiscox,"
    our_words: list[str] = Field(default_factory=list)
    definition_cues: list[str] = Field(default_factory=list)  # "hereinafter", "ci-après"
    such_as: list[str] = Field(default_factory=list)  # before examples ("such as", "zum Beispiel")
    list_conjunctions: list[str] = Field(default_factory=list)  # "and", "et", "oraz"
    # lower-case articles that may stand before a listed name, no part of it: pt "a Stripe", "e a Hive"
    name_articles: list[str] = Field(default_factory=list)
    name_stops: list[str] = Field(default_factory=list)  # capitalised words that start no name ("We", "Les")
    # of those, the ones a company's name written with its legal form may open with ("The Rocket Science Group LLC")
    name_openers: list[str] = Field(default_factory=list)
    # lower-case words inside a company's name, between capitalised ones ("Creditsafe i Sverige AB")
    name_particles: list[str] = Field(default_factory=list)
    # words that make a matched data phrase an activity, not the data's name ("how users engage",
    # "when you contact us"): such a phrase is not shown as the policy's word for the data
    item_stops: list[str] = Field(default_factory=list)
    no_answers: list[str] = Field(default_factory=list)  # a table cell that answers no ("NO", "Nein")
    # words a shown data phrase does not end on ("interactions with" → "interactions")
    item_trim: list[str] = Field(default_factory=list)
    # function words beside the language's common ones (``langid.STOPWORDS``) and the lists above: a
    # short word after one is a noun and stays in a shown phrase ("Datos de uso"), unless it is one
    # itself ("perfil con tus" ends on "perfil")
    function_words: list[str] = Field(default_factory=list)
    # words that end the data's name before a retention verb — auxiliaries and modals, relative pronouns,
    # the company's pronoun ("Invoices are kept", "Journalen skal gemmes") —; first in a sentence
    # ("Then …", "Also …") they rule its words out (recognizers.periods.named_before)
    subject_ends: list[str] = Field(default_factory=list)
    # a period that runs from the last use: "not signed in", "inactive", "ohne Anmeldung" before or right
    # after a duration (recognizers.periods: "accounts inactive for 24 months are deleted")
    inactivity: list[str] = Field(default_factory=list)
    # a period that runs from the end of an account or membership: "if you delete your account", "Austritt",
    # "Kun poistat tilisi" near a duration ("If you delete your account, we erase your data within 30 days")
    closure: list[str] = Field(default_factory=list)
    generic_title_words: list[str] = Field(default_factory=list)  # not a service's name ("privacy")
    # short words that open a family name, and so a firm's, though written in lower case elsewhere ("Van")
    surname_openers: list[str] = Field(default_factory=list)
    capitalises_nouns: bool | None = None  # German: a capitalised word is not yet a name
    legal_forms: list[str] = Field(default_factory=list)  # raw regex: "GmbH", "Co\\.,?\\s?Ltd\\.?"
    legal_forms_in_names: list[str] = Field(default_factory=list)  # raw regex: dropped from a service's name
    legal_forms_before: list[str] = Field(default_factory=list)  # raw regex, before the name: "Stichting"
    known_recipients: list[str] = Field(default_factory=list)  # processors named in any language
    recipient_companies: dict[str, list[str]] = Field(default_factory=dict)  # company → its products' names
    # a company a name names too, besides the one it is shown as: "Meta Platforms Ireland Ltd" is shown as
    # Facebook (``recipient_companies``) and names Meta as well; company → the starts of such names
    recipient_also: dict[str, list[str]] = Field(default_factory=dict)
    not_recipients: list[str] = Field(default_factory=list)  # products, not recipients ("Google Chrome")
    recipient_words: list[str] = Field(default_factory=list)  # well-known names that are also words ("Square")
    # of those, a channel the service reaches you through or a means of payment ("WhatsApp", "Visa"): listed
    # beside a well-known company it is still no recipient (another one is: "cookies fra Google og Meta")
    channel_names: list[str] = Field(default_factory=list)
    # the cue words before a channel that make it the way a message comes («via WhatsApp»), not a recipient
    channel_cues: list[str] = Field(default_factory=list)
    # a way to pay that a company offers under its name ("Apple Pay"): named (as that company) only where
    # listed beside a company that is no such way ("payment providers: Stripe, Apple Pay, PayPal"), not
    # among ways to pay ("Kreditkarte, Apple Pay und SEPA-Lastschrift")
    wallets: list[str] = Field(default_factory=list)
    ad_networks: list[str] = Field(default_factory=list)  # well-known names whose trade is advertising
    # public bodies that receive data where the law says so (a tax office, the police, a social insurer):
    # well known, but named as recipients only where a sentence speaks of sharing ("as required by HMRC"
    # names the reason for keeping records, not a recipient); spellings as ``recipient_companies``
    public_bodies: dict[str, list[str]] = Field(default_factory=dict)
    # public bodies named by a common noun and a place ("Finanzamt Bonn-Innenstadt", "Westmoor County
    # Council", "Ayuntamiento de Zaragoza"): raw regexes in which ``{place}`` stands for one to three
    # capitalised words; named as ``public_bodies`` are (in sharing sentences, among the authorities)
    local_bodies: list[str] = Field(default_factory=list)
    # where the noun of a local body is inflected in running text: its form as shown → its inflected forms
    # (Finnish "kaupunki" = ["kaupungin", "kaupungille", …]: «Kouvolan kaupungille» is shown as "Kouvolan kaupunki")
    local_body_forms: dict[str, list[str]] = Field(default_factory=dict)
    # where nouns are capitalised: lower-case words written before a noun, never before a place's name
    # ("die", "Ihre": "dem Finanzamt Daten übermitteln" names no place where the policy writes "die Daten")
    noun_articles: list[str] = Field(default_factory=list)
    recipient_cues: list[str] = Field(default_factory=list)  # before processors' names ("powered by")
    recipient_cues_after: list[str] = Field(default_factory=list)  # after a processor's name ("receives")
    recipient_labels: list[str] = Field(default_factory=list)  # "Hosting-Anbieter: X GmbH"
    # endings a well-known name takes in running text: Finnish cases ("Googlen", "Shopifyn kautta"),
    # a Scandinavian genitive ("Googles tjänster"); the name is still the name without them
    name_endings: list[str] = Field(default_factory=list)
    # the case endings a name that is no well-known one takes in running text, as raw regexes matching at
    # the end of its last word → what stands there in its base form (Finnish «Rolexin» → "Rolex",
    # «Pohjolalle» → "Pohjola", «Vahinkovakuutukselle» → "Vahinkovakuutus"); the first that matches is used
    name_case_forms: dict[str, str] = Field(default_factory=dict)
    source_cues: list[str] = Field(default_factory=list)  # "we may receive information": data comes from them
    # "anonymised", "aggregated", "no names": a sentence that says so gives a public body no personal data
    # («sender vi et medlemstal, men ingen navne» to the municipality): the body is named as no recipient there
    anonymous_cues: list[str] = Field(default_factory=list)
    # a policy written for one country's residents (``home_marks``: that country's privacy laws, "California
    # Consumer Privacy Act", or the controller's address in it, "Austin, Texas 78756"; and none of
    # ``foreign_laws``: "GDPR", "UK GDPR") that stores data in that country (``home_places``: "in the United
    # States") sends it abroad by no sentence that names only that place: "Our providers store data in the
    # United States." of a shop in Austin is no transfer to another country ("outside the United States" is)
    home_marks: list[str] = Field(default_factory=list)
    home_places: list[str] = Field(default_factory=list)
    foreign_laws: list[str] = Field(default_factory=list)
    # "outside", "other countries": a sentence with one (or beside one, or under one) is about abroad
    abroad_words: list[str] = Field(default_factory=list)
    # "jointly with", "wspólnie z": a company named right after them shares the controller's role with the
    # service ("we are joint controllers of the fan page together with Meta Platforms Ireland Ltd."); it is
    # not the controller
    joint_cues: list[str] = Field(default_factory=list)
    # "affiliated with", «filiada na», "Mitglied im": a body named right after them is one the service belongs
    # to ("… a non-profit sports club, affiliated with the national cycling federation"); it is not the controller
    affiliation_cues: list[str] = Field(default_factory=list)
    # a sentence that opens with one of these continues the one before it ("This data is kept…",
    # "Such requests…", "In addition…"): it inherits that sentence's contexts
    carry_over: list[str] = Field(default_factory=list)


class SegmentSpec(_Strict):
    abbreviations: list[str] = Field(default_factory=list)


class PackSpec(_Strict):
    code: str
    name: str
    english_name: str
    segment: SegmentSpec = Field(default_factory=SegmentSpec)
    negation: NegationSpec
    durations: DurationSpec
    dates: DateSpec
    service: ServiceSpec = Field(default_factory=ServiceSpec)
    contexts: dict[str, list[str]]
    rule: list[RuleSpec]
    words: WordsSpec = Field(default_factory=WordsSpec)

    @field_validator("contexts")
    @classmethod
    def _contexts(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [c for c in CONTEXTS if c not in v]
        extra = [c for c in v if c not in CONTEXTS]
        if missing or extra:
            raise ValueError(f"contexts: missing {missing}, unknown {extra}")
        return v


UNIT_DAYS: dict[str, float] = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365 / 12,
    "quarter": 365 / 4,
    "year": 365.0,
}


# --------------------------------------------------------------------------------------------
# compiled pack


@dataclass(slots=True)
class Rule:
    id: str
    scanners: list[regex.Pattern[str]]  # one pattern per (expanded) phrase
    also: list[regex.Pattern[str]]
    unless: regex.Pattern[str] | None
    unless_part_of: regex.Pattern[str] | None
    unless_heading: regex.Pattern[str] | None
    requires: tuple[str, ...]
    context_scope: str
    nearby: int
    negatable: bool
    spec: RuleSpec


def first_match(
    scanners: list[regex.Pattern[str]],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    window: prefilter.Window | None = None,
) -> regex.Match[str] | None:
    """The earliest (then longest) match of any scanner in ``text[pos:endpos]``; ``window``: that
    stretch's :class:`~policylens.core.prefilter.Window`, when the caller has it already."""
    best = None
    end = len(text) if endpos is None else endpos
    if window is None:
        window = prefilter.Window(text, pos, end)
    for sc in scanners:
        if not window.may_match(sc):
            continue  # it cannot match here
        m = sc.search(text, pos, end, timeout=1.0)
        if m is not None and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best


@dataclass(slots=True)
class Words:
    """The pack's word lists (with those of ``_base.toml``), compiled for the recognizers."""

    phone_cue: regex.Pattern[str]
    hardware: regex.Pattern[str]
    hardware_replaced: regex.Pattern[str]
    other_subjects: regex.Pattern[str]
    in_house: regex.Pattern[str]
    we_words: frozenset[str]
    our_words: regex.Pattern[str]  # a possessive of the service's own ("our", "notre")
    such_as: regex.Pattern[str]  # group "names": the names listed after it (a cue's own groups come first)
    list_split: regex.Pattern[str]  # splits that list at commas and conjunctions
    name_article: regex.Pattern[str]  # matches an article (and the blanks around it) before a listed name
    name_particle: regex.Pattern[str]  # a particle between two capitalised words of a name (" du " in "Banque du Nord")
    name_stops: frozenset[str]
    name_openers: frozenset[str]
    item_stops: frozenset[str]  # casefolded
    no_answers: frozenset[str]  # casefolded
    item_trim: frozenset[str]  # casefolded
    subject_ends: frozenset[str]  # casefolded
    # casefolded function words (the language's common ones, the pack's trims, conjunctions, articles,
    # subject ends): a short word after one is the noun it governs ("Datos de uso", "Uppgifter om köp"),
    # a short word that is one ends no shown phrase (tidy.tidy_words)
    function_words: frozenset[str]
    inactivity: regex.Pattern[str]  # a period that runs from the last use ("not signed in for 2 years")
    closure: regex.Pattern[str]  # a period that runs from the account's or membership's end ("delete your account")
    generic_title_words: frozenset[str]
    surname_openers: frozenset[str]  # casefolded
    capitalises_nouns: bool
    legal_name: LegalName  # group 1: a company name with its legal form
    legal_form_at_end: regex.Pattern[str]
    quoted_we: regex.Pattern[str]  # group 1 the company, group 2 what it is called after
    known_recipients: regex.Pattern[str]  # group 1: the name (or one of ``not_recipients``)
    # the first words of those names: a text none of whose words is one cannot match (None: no test)
    known_first_words: frozenset[str] | None
    name_endings: tuple[str, ...]  # longest first: "ssa" before "a"
    name_case_forms: tuple[tuple[regex.Pattern[str], str], ...]  # (an ending at a name's end, its base form)
    company_of: dict[str, str]  # casefolded product or company name → the company
    also_named: dict[str, str]  # casefolded start of a name → a company it names too ("meta platforms" → Meta)
    known_names: dict[str, str]  # casefolded well-known name → as spelled in the list
    not_recipients: frozenset[str]  # casefolded
    recipient_words: frozenset[str]  # casefolded
    channel_names: frozenset[str]  # casefolded
    channel_cues: frozenset[str]  # casefolded
    wallets: frozenset[str]  # casefolded
    ad_networks: frozenset[str]  # casefolded
    public_bodies: frozenset[str]  # casefolded, every spelling
    local_body: regex.Pattern[str]  # group 1: a public body named by a noun and a place; group "place": the place
    local_body_forms: dict[str, str]  # casefolded inflected noun of a local body → its form as shown
    noun_articles: frozenset[str]  # casefolded
    recipient_cue: regex.Pattern[str]  # before processors' names ("powered by X and Y")
    recipient_cue_after: regex.Pattern[str]  # matches right after a processor's name ("X receives")
    recipient_label: regex.Pattern[str]  # a label whose value names a processor ("Hosting-Anbieter")
    source_cue: regex.Pattern[str]  # the service receives data (from the parties named), it does not give it
    anonymous_cue: regex.Pattern[str]  # the data a sentence gives are anonymised or figures only
    home_mark: regex.Pattern[str]  # a privacy law or an address of the one country a policy may be written for
    home_place: regex.Pattern[str]  # that country, as a transfer sentence names it
    foreign_law: regex.Pattern[str]  # a privacy law of any other country
    abroad: regex.Pattern[str]  # words that send data beyond the home country ("outside", "other countries")
    joint_cue: regex.Pattern[str]  # right before a company that is a joint controller or a body the service belongs to
    carry_over: regex.Pattern[str]  # matches at the start of a sentence that continues the previous one
    known_list: tuple[str, ...] = ()  # the names of ``known_recipients``, in its order


_NEVER = regex.compile("(?!)")

# a place's name in a public body's (``local_bodies``): one to three capitalised words, a hyphen joining
# parts ("Bonn-Innenstadt", "Oost-Brabant"), an apostrophe inside ("Valle d'Aosta" is two words)
_PLACE_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*"
# a place of two names joined by "&" is one place ("Brighton & Hove City Council")
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:(?:[ \u00a0]&)?[ \u00a0]{_PLACE_WORD}){{0,2}})"

# a word of a company's name with its legal form; after the name's first word (where the match starts at a
# word boundary) it may stand in quotation marks, as Polish, German and French names write a brand word:
# "Agencja Ochrony „Solid” sp. z o.o."
_QUOTED_WORD = r"(?:(?<=\s)[„“«‚]\s?(?=[\p{Lu}0-9]))?[\p{Lu}0-9][\w&'’.-]*(?:\s?[”“»‘](?=\s))?"

# a word of a name written after a legal form before it, which may stand in quotes of its own
# ("Biuro Rachunkowe „Saldo” Ewa Kowal"): the quotes only around one word, closed before a space
_QUOTED_AFTER_FORM = r"(?:(?<=\s)[„“«‚](?=[\p{Lu}0-9]))?[\p{Lu}0-9][\w&'’-]*(?:[”“»‘](?=\s))?"

# a company's name may open with one or two lower-case letters before a capital ("eBilet Systemy sp. z o.o.")
_LOWER_START = r"(?:\p{Ll}{1,2}(?=\p{Lu}))?"


class LegalName:
    """The pattern of a company name with its legal form (``Words.legal_name``), searched as two.

    The optional lower-case start (:data:`_LOWER_START`) lets the pattern start at every word, which
    made ``regex`` try it at every lower-case letter: searching took twice as long. A match that
    starts at a lower-case letter must take that start, and one that starts anywhere else cannot: so
    a search is the earlier of a search of the pattern without the lower-case start and one of the
    pattern that must open with it (the same matches: at any one place only one of them can match,
    as no name written before a company, ``legal_forms_before``, starts lower-case; where one does,
    the whole pattern is searched). ``match``/``fullmatch`` use the whole pattern."""

    __slots__ = ("_breaker", "_capital", "_gate", "_lower", "_lower_words", "_reach", "pattern", "whole")

    def __init__(
        self,
        head: str,
        name: str,
        before: str,
        lower_alone: bool = True,
        gate: str = "",
        reach: tuple[str, int] | None = None,
        lower_words: str = "",
    ) -> None:
        """The pattern ``\\b(`` ``head`` (look-aheads) :data:`_LOWER_START` ``name`` ``|`` ``before``
        ``)(?!\\w)``; ``before`` (a name after a legal form written before it) may be ""; ``lower_alone``:
        whether no match of ``before`` starts with a lower-case letter. ``gate``: a pattern (for
        ``re``, three times faster at it than ``regex``) of which every match of the whole one holds
        a match — the legal form after a space —: a stretch without one holds no name, and is not
        searched for one (most sentences). ``reach``: what a match of ``name`` holds before the gate's
        match that ends it (:func:`_name_reach`): the characters other than word characters and white
        space it may hold (a class's inside, for ``regex``) and the most white-space characters; with it
        a long stretch is searched only near the gate's matches (:meth:`_near_forms`). ``lower_words``: a
        name of one word in lower case right before its form after a space ("casavi GmbH"), the last
        alternative; with a gate, it is tried only at the words before the gate's matches (:meth:`_lower_starts`)."""
        either = "|" + before if before else ""
        if lower_words:
            either += "|" + head + lower_words
        self._gate = re.compile(gate) if gate else None
        self._breaker = self._reach = None
        if reach is not None and gate:
            # (read backwards: the last character before a form that no name holds)
            self._breaker = regex.compile(r"[^\w\s" + reach[0] + "]", regex.REVERSE)
            self._reach = reach[1]
        self.pattern = r"\b(" + head + _LOWER_START + name + either + r")(?!\w)"
        self.whole = regex.compile(self.pattern)
        self._lower_words = (
            regex.compile(r"\b(" + head + lower_words + r")(?!\w)") if lower_words and gate else None
        )
        if lower_alone:
            # (the names in lower case apart, where finditer tries them only before the gate's matches)
            rest = ("|" + before if before else "") if self._lower_words is not None else either
            self._capital = regex.compile(r"\b(" + head + name + rest + r")(?!\w)")
            # (the lower-case start first: the look-aheads of ``head`` are not tried at every word)
            low = r"\p{Ll}{1,2}(?=\p{Lu})"
            self._lower = regex.compile(r"\b((?=" + low + ")" + head + low + name + r")(?!\w)")
        else:
            self._capital = self._lower = None

    def match(self, *args: Any, **kw: Any) -> Any:
        return self.whole.match(*args, **kw)

    def fullmatch(self, *args: Any, **kw: Any) -> Any:
        return self.whole.fullmatch(*args, **kw)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        first = None
        if self._gate is not None and (first := self._gate.search(text, pos, end)) is None:
            return  # (most sentences name no company: the gate's search is the cheaper one)
        if self._breaker is not None and end - pos > LONG_STRETCH:
            yield from self._near_forms(text, pos, end)
            return
        if self._capital is None or self._lower is None:
            yield from self.whole.finditer(text, pos, end)
            return
        cap, low, words = self._capital, self._lower, self._lower_words
        # (the names in lower case: tried only at the words right before the gate's matches, in order)
        places = self._lower_starts(text, pos, end, first) if words is not None else []
        k = 0

        def next_lower(at: int) -> Any:
            nonlocal k
            while k < len(places):
                p = places[k]
                k += 1
                if p >= at and (m := words.match(text, p, end)) is not None:
                    return m
            return None

        a, b, c = cap.search(text, pos, end), low.search(text, pos, end), next_lower(pos)
        while a is not None or b is not None or c is not None:
            # (the earliest; at one place the lower-case start's, then the capital's, then the lower-case words')
            m = min((x for x in (b, a, c) if x is not None), key=lambda x: x.start())
            yield m
            pos = m.end()
            if a is not None and a.start() < pos:
                a = cap.search(text, pos, end)
            if b is not None and b.start() < pos:
                b = low.search(text, pos, end)
            if c is not None and c.start() < pos:
                c = next_lower(pos)

    def _lower_starts(self, text: str, pos: int, end: int, first: Any = None) -> list[int]:
        """The places in ``text[pos:end]``, in order, where a name in lower case (``lower_words``) may start:
        it ends at one of the gate's matches (the white space before the form) and is one word, so it starts
        at a lower-case letter after no word character or sign of a word (:data:`_LOWER_WORD_START`) in the
        run without white space before that match. ``first``: the gate's first match there, if searched
        already."""
        gate = self._gate
        assert gate is not None
        found: set[int] = set()
        g = gate.search(text, pos, end) if first is None else first
        while g is not None:
            _lower_before(text, pos, g.start(), found)
            g = gate.search(text, g.start() + 1, end)
        return sorted(found)

    def _near_forms(self, text: str, pos: int, end: int) -> Any:
        """The matches of :meth:`finditer` in ``text[pos:end]``, tried only at the words where one may start.

        A match holds one of the gate's: a form written before the name opens it, or a form after a space
        ends the name (with the comma before the form). The name before that space holds only word
        characters, white space and the characters of ``reach``, and at most its number of white-space
        characters; it starts at a word (:data:`_WORD_START`). So each match starts at one of
        the gate's matches or at a word start after the last character no name holds before one, and no
        more white-space characters before it than a name holds, or it is a name in lower case, which starts
        in the run without white space before one (:meth:`_lower_starts`). Those places are tried in order,
        as a search would (a search over a whole policy tries the pattern at every word: twenty times slower)."""
        gate, breaker, reach = self._gate, self._breaker, self._reach
        assert gate is not None and breaker is not None and reach is not None
        starts: set[int] = set()
        g = gate.search(text, pos, end)
        while g is not None:  # every place where one of the gate's matches starts
            q = g.start()
            starts.add(q)
            cut = breaker.search(text, pos, q - 1 if q > pos and text[q - 1] == "," else q)
            lo = pos if cut is None else cut.end()
            spaces = [m.start() for m in _SPACE.finditer(text, lo, q)]
            if len(spaces) > reach:
                lo = spaces[-reach - 1] + 1
            starts.update(m.start() for m in _WORD_START.finditer(text, lo, q))
            if self._lower_words is not None:
                _lower_before(text, pos, q, starts)
            g = gate.search(text, q + 1, end)
        cap, low, whole, words = self._capital, self._lower, self.whole, self._lower_words
        for p in sorted(starts):
            if p < pos:
                continue  # (inside the last match)
            if cap is None or low is None:
                m = whole.match(text, p, end)
            else:  # (where both match at one place, finditer takes the lower-case start's)
                m = low.match(text, p, end) or cap.match(text, p, end) or (words and words.match(text, p, end))
            if m is not None:
                yield m
                pos = m.end()


LONG_STRETCH = 2000  # characters from which LegalName.finditer searches only near the legal forms
_SPACE = regex.compile(r"\s")
_SPACE_BACK = regex.compile(r"\s", regex.REVERSE)  # (the last white-space character of a stretch)
# where a word of a name in lower case may start (:func:`_lower_words`)
_LOWER_WORD_START = regex.compile(r"(?<![\w&'’.-])\p{Ll}")


def _lower_before(text: str, pos: int, q: int, found: set[int]) -> None:
    """Adds to ``found`` where in ``text[pos:q]`` a name in lower case ending at the gate's match at ``q``
    may start (:meth:`LegalName._lower_starts`)."""
    if text[q].isspace():  # (the form after a space; a form written before a name opens its match)
        last = _SPACE_BACK.search(text, pos, q)
        found.update(m.start() for m in _LOWER_WORD_START.finditer(text, pos if last is None else last.end(), q))


def _lower_words(function_words: frozenset[str], legal: str, capitalises_nouns: bool) -> str:
    """A company's name of one word written in lower case right before its legal form after a space
    ("casavi GmbH", "rami.io GmbH", "e-conomic A/S"): lower-case letters, digits and the signs of a word but
    quotes inside, after no word character or such sign ("Au-pair e.V." is no "pair e.V.", «Società
    d'assicurazioni SA» no «d'assicurazioni SA»), no word of the pack's ``function_words`` ("la SAS", "eine
    GmbH"), before a form that opens with a capital («Kustbygdens folkhögskola sr» ends a name). (One word:
    the word before it is as often a preposition no list holds, «zur wallee AG».)

    Where nouns are not capitalised, a name's words after the first often are not («Midtfjord brann og
    redning IKS», «Bærum frivilligsentral SA»): there the word holds a digit, a dot or a dash, as a brand
    in lower case does («one.com», «e-conomic»), and no capitalised word follows the form («moderbolaget AB
    Volvo» names Volvo's company with its form before it)."""
    sign = r"[\p{Ll}\d&.-]"
    longest_first = sorted(function_words, key=lambda w: (-len(w), w))  # (the same pattern whatever the hashes)
    listed = _either([regex.escape(w) for w in longest_first])
    no_word = r"(?!(?:" + listed + r")(?!" + sign + r"))" if longest_first else ""
    inside = sign + r"*" if capitalises_nouns else sign + r"*[\d.-]" + sign + r"*"
    word = r"(?<![\w&'’.-])" + no_word + r"\p{Ll}" + inside + r"(?<=[\p{Ll}\d])"
    return word + r"\s(?=\p{Lu})(?:" + legal + r")" + ("" if capitalises_nouns else r"(?![ \u00a0]\p{Lu})")


# where a name may start: a word opening with a capital or a digit, or with one or two lower-case letters
# before a capital (:data:`_QUOTED_WORD`, :data:`_LOWER_START`; an opening quote follows a space: no ``\b``)
_WORD_START = regex.compile(r"(?<!\w)(?=[\p{Lu}0-9]|\p{Ll}{1,2}\p{Lu})")


def _name_reach(particles: list[str]) -> tuple[str, int]:
    """What a name before its legal form (``name`` in :func:`compile_words`) may hold besides word characters
    and white space — the signs of :data:`_QUOTED_WORD` and those of the ``particles`` (a comma only right
    before the form: :meth:`LegalName._near_forms`) — as a class's inside, and the most white-space characters
    it holds: six words, each with one inside each of its quotes, and five joins, each a space, a particle
    with its own spaces and the space after it."""
    signs = {*"&'’.-„“«‚”»‘"} | {c for p in particles for c in p if not regex.match(r"[\w\s]", c)}
    spaces = max((sum(c.isspace() for c in p) + 1 for p in particles), default=0)
    return "".join(regex.escape(c) for c in sorted(signs)), 6 * 2 + 5 * (1 + spaces)


EXCEPTION_REACH = 3  # words between a denied kind of data and the exception that follows it


def _exception_after(alt: regex.Pattern[str] | None) -> regex.Pattern[str] | None:
    """The pattern matching at the end of a denied phrase when one of the exceptions ``alt`` matches
    opens within :data:`EXCEPTION_REACH` words after it ("cookies | other than", "data | of any kind
    except"), with no clause mark (".", ";", ":") between."""
    if alt is None:
        return None
    return regex.compile(
        rf"(?:[^\S\n]*[^\s.;:!?]+){{0,{EXCEPTION_REACH}}}?[\s,\u00a0]*(?:{alt.pattern})", alt.flags
    )


def _legal_gate(legal: str, before: list[str]) -> str:
    """The pattern that every company name with its legal form (``Words.legal_name``) holds a match
    of, for ``re``: the form after a white-space character (``name`` ends so), or a form written
    before the name and a white-space character after it. "" (no gate) when a form uses an escape
    other than ``\\s``, ``\\.``, escaped brackets (South Africa's "(Pty) Ltd") and a letter of a case
    (``\\p{Lu}``, read as ``\\w``: :func:`_for_re`): those mean in ``re`` what they mean in ``regex``, or more
    (``re``'s ``\\s`` also takes U+001C–U+001F, its ``\\w`` every letter; not ``\\w`` itself, which in ``regex``
    also takes the combining marks), so that ``re`` finds a match wherever ``regex`` could; other constructs
    of the forms (classes of letters, groups, ``?``) are read alike."""
    # (a look-around only narrows a form, «bv(?!\.\s+\p{Ll})»: without it the gate finds more, never less;
    # a letter of a case, «(?:\p{Lu}\p{Ll}+ische )?Sparkasse», is a word character for ``re``: every letter is)
    legal, before = _without_lookarounds(legal), [_without_lookarounds(b) for b in before]
    forms = [legal, *before]
    if any(
        e not in (r"\s", r"\.", r"\(", r"\)")
        for f in forms
        for e in re.findall(r"\\.", _LETTER_OF_A_CASE.sub("", f))
    ):
        return ""
    legal, before = _for_re(legal), [_for_re(b) for b in before]
    gate = r"\s(?:" + legal + ")" + ("|(?:" + _either(before) + r")\s" if before else "")
    try:
        re.compile(gate)
    except re.error:
        return ""
    return gate


_LETTER_OF_A_CASE = re.compile(r"\\p\{(?:L[ult]?|Lowercase_Letter|Uppercase_Letter)\}")


def _for_re(form: str) -> str:
    """A legal form without look-arounds as the gate reads it with ``re``: ``\\w`` for a letter of a case
    (``\\p{Lu}``, ``\\p{Ll}``, ``\\p{L}``), which ``re`` lacks; it matches wherever ``form`` does."""
    return _LETTER_OF_A_CASE.sub(lambda _: r"\w", form)


def _without_lookarounds(pattern: str) -> str:
    """``pattern`` without its look-aheads and look-behinds (outside classes): it matches wherever
    ``pattern`` does."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        j = prefilter._item_end(pattern, i)
        if not (ch == "(" and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)):
            out.append(pattern[i:j])
        i = j
    return "".join(out)


def _either(parts: list[str]) -> str:
    return "|".join(parts) if parts else "(?!)"


_WORD_RUN = regex.compile(r"\w+")


def _first_spellings(known: list[str], forms: dict[str, str]) -> dict[str, str]:
    """Casefolded name → its spelling, the first in ``known`` where two fold alike."""
    out: dict[str, str] = {}
    for n in known:
        out.setdefault(n.casefold(), forms[n])
    return out


def known_pattern(names: list[str] | tuple[str, ...], endings: tuple[str, ...]) -> regex.Pattern[str]:
    """The pattern of the well-known ``names`` (group 1; tried in the order given), each with one of the
    case ``endings`` or none (:attr:`Words.known_recipients`)."""
    return regex.compile(
        r"(?<![\w.])(" + _either([regex.escape(n) for n in names]) + r")"
        + (r"(?::?(?:" + _either([regex.escape(e) for e in endings]) + r"))?" if endings else "")
        + r"(?![\w])"
    )


def _first_words(names: list[str]) -> frozenset[str] | None:
    r"""The first words (runs of ``\w``) of ``names``, as written; None if a name starts otherwise."""
    out = set()
    for n in names:
        m = _WORD_RUN.match(n)
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


def compile_words(spec: WordsSpec, base: WordsSpec, where: str, code: str = "") -> Words:
    def both(name: str) -> list[str]:
        return [*getattr(base, name), *getattr(spec, name)]

    for raw in both("legal_forms") + both("legal_forms_in_names") + both("legal_forms_before"):
        check_bounded(raw)
    for raw in both("local_bodies"):
        if raw.count("{place}") != 1:
            raise PackError(f"{where}: words.local_bodies: {raw!r} must hold {{place}} once")
        check_bounded(raw.replace("{place}", "P"))
    if stray := sorted(set(both("name_openers")) - set(both("name_stops"))):
        raise PackError(f"{where}: words.name_openers must be name_stops too: {stray}")
    phrase_alt = [phrase_to_regex(p) for p in both("such_as")]
    conj = [regex.escape(c) for c in both("list_conjunctions")]
    # (a name may open with one or two lower-case letters before a capital: "iSpot.tv", "hCaptcha")
    name = r"(?:(?:[a-z]{1,2}(?=[A-Z]))?[A-Z][\w.&'’-]{1,30}(?:\s[A-Z][\w.&'’-]{1,30}){0,3})"
    # (an elided article runs into a listed name: «tel que l'Afdas ou l'OPCO Atlas», «come l'Inarcassa»)
    elided = [regex.escape(a) for a in both("name_articles") if a.endswith(("'", "’")) and " " not in a]
    if elided:
        name = rf"(?:(?:{_either(elided)})?{name})"
    such_as = (
        rf"(?:{_either(phrase_alt)})\s{{1,3}}"
        rf"(?P<names>{name}(?:\s{{0,2}}(?:,|{_either(conj)})\s{{1,3}}{name}){{0,8}})"
    )
    legal = _either(both("legal_forms"))
    definition = _either([regex.escape(c) for c in both("definition_cues")])
    # a particle stands between two capitalised words of a name: "Creditsafe i Sverige AB"
    particles = both("name_particles")
    # (never after a legal form: "Servientrega S.A. y Coordinadora Mercantil S.A." are two companies)
    after_form = r"(?<!(?<![\w.])(?:" + legal + r")\s)"
    particle = (
        r"(?:" + after_form + r"(?:" + _either([regex.escape(p) for p in particles]) + r")\s(?=[\p{Lu}0-9]))?"
        if particles
        else ""
    )
    companies: dict[str, list[str]] = {**base.recipient_companies}
    for company, names in spec.recipient_companies.items():
        companies[company] = [*companies.get(company, []), *names]
    bodies: dict[str, list[str]] = {}
    for source in (base.public_bodies, spec.public_bodies):
        for body, names in source.items():
            bodies[body] = [*bodies.get(body, []), *names]
    for body, names in bodies.items():
        companies[body] = [*companies.get(body, []), body, *names]
    company_of = {n.casefold(): company for company, names in companies.items() for n in [company, *names]}
    # (in the order listed, longest first: the same pattern and spellings in every process, where a set's
    # order of names of one length changed with the strings' hashes: "LINK Mobility" or "Link Mobility")
    known = sorted(
        dict.fromkeys(
            [
                *both("known_recipients"),
                *both("ad_networks"),
                *(n for names in companies.values() for n in names),
                *both("not_recipients"),
            ]
        ),
        key=len,
        reverse=True,
    )
    # "Whatsapp", "Hubspot", "Paypal": a brand written with an inner capital is often written without it
    known_forms = {n: n for n in known}
    for n in known:
        plain = " ".join(w[:1] + w[1:].lower() for w in n.split())
        inner_capital = any(c.isupper() for w in n.split() for c in w[1:])
        if plain != n and plain[:1].isupper() and inner_capital and not n.isupper():
            known_forms.setdefault(plain, n)
    known = sorted(known_forms, key=len, reverse=True)
    after_alt = [phrase_to_regex(p) for p in both("recipient_cues_after")]
    endings = tuple(sorted({e for e in both("name_endings") if e}, key=len, reverse=True))
    capitalises = bool(base.capitalises_nouns if spec.capitalises_nouns is None else spec.capitalises_nouns)
    function_words = frozenset(
        w.casefold()
        for w in (
            *STOPWORDS.get(code, ()),
            *both("item_trim"),
            *both("list_conjunctions"),
            *both("name_articles"),
            *both("subject_ends"),
            *both("we_words"),
            *both("function_words"),
        )
        if w.isalpha()
    )
    try:
        return Words(
            phone_cue=compile_phrases(both("phone_cues"), f"{where} words.phone_cues") or _NEVER,
            hardware=compile_phrases(both("hardware"), f"{where} words.hardware") or _NEVER,
            hardware_replaced=compile_phrases(both("hardware_replaced"), f"{where} words.hardware_replaced") or _NEVER,
            other_subjects=compile_phrases(both("other_subjects"), f"{where} words.other_subjects") or _NEVER,
            in_house=compile_phrases(both("in_house"), f"{where} words.in_house") or _NEVER,
            we_words=frozenset(w.casefold() for w in both("we_words")),
            our_words=compile_phrases(both("our_words"), f"{where} words.our_words") or _NEVER,
            such_as=regex.compile(such_as),
            list_split=regex.compile(r"\s*(?:,|" + _either([rf"\b{c}\b" for c in conj]) + r")\s*"),
            name_article=(
                # (an elided article, "all'", "à l'", runs into the name: "all'Inarcassa")
                regex.compile(r"[\s\u00a0]*(?:" + _either(articles) + r")(?:(?<=['’])|[\s\u00a0]+)(?=[\p{Lu}\d])")
                if (articles := [regex.escape(a) for a in both("name_articles")])
                else _NEVER
            ),
            # (words and "&" only: a dash between two capitalised words, "Mailrelay – Envío de boletines",
            # is a name and what it does)
            name_particle=(
                regex.compile(
                    r"[ \u00a0](?:" + _either([regex.escape(p) for p in word_particles]) + r")[ \u00a0](?=\p{Lu})"
                )
                if (word_particles := [p for p in particles if p == "&" or p.isalpha()])
                else _NEVER
            ),
            name_stops=frozenset(both("name_stops")),
            name_openers=frozenset(both("name_openers")),
            item_stops=frozenset(w.casefold() for w in both("item_stops")),
            no_answers=frozenset(w.casefold() for w in both("no_answers")),
            item_trim=frozenset(w.casefold() for w in both("item_trim")),
            subject_ends=frozenset(w.casefold() for w in both("subject_ends")),
            function_words=function_words,
            inactivity=compile_phrases(both("inactivity"), f"{where} words.inactivity") or _NEVER,
            closure=compile_phrases(both("closure"), f"{where} words.closure") or _NEVER,
            generic_title_words=frozenset(w.casefold() for w in both("generic_title_words")),
            surname_openers=frozenset(w.casefold() for w in both("surname_openers")),
            capitalises_nouns=capitalises,
            legal_name=LegalName(
                # a postcode is no company ("6661 AB Elst": a Dutch postcode, not an aktiebolag)
                # names start with any capital letter ("Örebro Datahall AB", "Äänikirjamo Oy"), not with
                # the Portuguese article before them ("A Atlântico Norte – Companhia de Seguros, S.A."),
                # nor with the number of the paragraph they open ("6.1 Twilio Inc. is established in …")
                # (nor right after a "+" that joins two letters of one name: "R+V Allgemeine Versicherung AG"
                # is no "V Allgemeine Versicherung AG")
                r"(?<!\+)(?!\p{Lu}\.\s)(?!(?:A|O|Os|As)\s\p{Lu})(?![\d.-]+,?\s(?:" + legal + r")(?!\w))"
                # (a number where a line starts, or after its section's "6.": "24 Hour Fitness Inc." keeps it)
                r"(?!(?:(?<=(?:^|\n)[ \t]*)|(?<=\d\.))\d+(?:\.\d+)*\.?\s)",
                # (its first word may open with one or two lower-case letters before a capital: "eBilet
                # Systemy sp. z o.o.", "iSpot Media Ltd": see LegalName)
                # (a word after the first may be quoted: "Agencja Ochrony „Solid” sp. z o.o.", «Kruk»)
                # (the comma before the form never follows a form: "SJ AB, AB Transitio" is two names)
                r"(?:" + _QUOTED_WORD + r"\s" + particle + r"){0,5}" + _QUOTED_WORD
                # (the comma is matched first: the look behind is tried only where a comma stands)
                + r"(?:,(?<!(?:^|\s)(?:" + legal + r"),))?\s(?:" + legal + r")",
                # a legal form before the name: "Stichting Kinderopvang De Speelwei", "Fundacja Dobre Serce"
                (
                    r"(?:" + _either(both("legal_forms_before")) + r")\s"
                    # (a particle may follow the form when two capitalised words come after it: "Associação de
                    # Natação do Minho", not "eventos de la Asociación de Exalumnos")
                    + (
                        r"(?:" + particle[:-1] + r"(?=(?:[\p{Lu}0-9][\w&'’-]*\s" + particle + r"){1,3}[\p{Lu}0-9]))?"
                        if particle
                        else ""
                    )
                    # (a word may be quoted: "Biuro Rachunkowe „Saldo” Ewa Kowal", «Fundacja „Dobre Serce”»)
                    + r"(?:(?!\p{Lu}\.)" + _QUOTED_AFTER_FORM + r"\s" + particle
                    # (another form starts another name: "Federação X e Associação Y")
                    + r"(?!(?:" + _either(both("legal_forms_before")) + r")\s)"
                    # (its last word may end in a capitalised domain: "Associação DNS.PT")
                    + r"){0,3}(?!\p{Lu}\.)" + _QUOTED_AFTER_FORM + r"(?:\.\p{Lu}{2,4}(?![\w.]))?"
                    # (and it may end in a legal form written after it too, which its words do not
                    # take in as an initial: «Towarzystwo Ubezpieczeń i Reasekuracji WARTA S.A.» is no
                    # «… WARTA S»)
                    + r"(?:,?\s(?:" + legal + r")(?!\w))?"
                    if both("legal_forms_before")
                    else ""
                ),
                lower_alone=not any(f[:1].islower() for f in both("legal_forms_before")),
                gate=_legal_gate(legal, both("legal_forms_before")),
                reach=_name_reach(particles),
                lower_words=_lower_words(function_words, legal, capitalises),
            ),
            legal_form_at_end=regex.compile(r",?\s(?:" + _either(both("legal_forms_in_names")) + r")$"),
            quoted_we=regex.compile(
                r"([A-Z][\w&'’.-]*(?:,?[\s\u00a0][A-Z0-9&][\w&'’.-]*){0,6})[\s\u00a0]*\("
                rf"(?:(?:{definition})[^\"“«„‘')]{{0,30}})?"
                r"[\"“«„‘'][\s\u00a0]*([^\"”»“‘’')]{1,40}?)[\s\u00a0]*[\"”»“’']"
            ),
            known_recipients=known_pattern(known, endings),
            known_first_words=_first_words(known),
            known_list=tuple(known),
            name_endings=endings,
            name_case_forms=tuple(
                (regex.compile(f"(?:{raw})$"), shown)
                for source in (base.name_case_forms, spec.name_case_forms)
                for raw, shown in source.items()
            ),
            company_of=company_of,
            also_named={
                n.casefold(): company
                for source in (base.recipient_also, spec.recipient_also)
                for company, names in source.items()
                for n in names
            },
            # (a name listed in two spellings is shown as first listed)
            known_names=_first_spellings(known, known_forms),
            not_recipients=frozenset(n.casefold() for n in both("not_recipients")),
            recipient_words=frozenset(n.casefold() for n in both("recipient_words")),
            channel_names=frozenset(n.casefold() for n in both("channel_names")),
            channel_cues=frozenset(n.casefold() for n in both("channel_cues")),
            wallets=frozenset(n.casefold() for n in both("wallets")),
            ad_networks=frozenset(n.casefold() for n in both("ad_networks")),
            public_bodies=frozenset(n.casefold() for body, names in bodies.items() for n in [body, *names]),
            local_body=(
                regex.compile(
                    r"(?<![\w-])("
                    + _either([f"(?:{raw})".replace("{place}", _PLACE) for raw in both("local_bodies")])
                    + r")(?![\w-])"
                )
                if both("local_bodies")
                else _NEVER
            ),
            local_body_forms={
                n.casefold(): shown
                for source in (base.local_body_forms, spec.local_body_forms)
                for shown, forms in source.items()
                for n in forms
            },
            noun_articles=frozenset(w.casefold() for w in both("noun_articles")),
            recipient_cue=compile_phrases(both("recipient_cues"), f"{where} words.recipient_cues") or _NEVER,
            # "X receives", and a cue in apposition after a comma: "Speechmatics, il nostro fornitore di …"
            # (a cue that opens with a colon or a hyphen is written onto the name: Finnish "GatewayAPI:n
            # kautta", «Kide.app-palvelussa»; named_recipients takes no web address before a hyphen's cue:
            # "Finna.fi-palvelun kautta" is where one signs in)
            recipient_cue_after=regex.compile(rf"(?:,?[\s\u00a0]{{1,3}}|(?=[:-]))(?i:{_either(after_alt)})(?!\w)"),
            recipient_label=compile_phrases(both("recipient_labels"), f"{where} words.recipient_labels") or _NEVER,
            joint_cue=(
                regex.compile(rf"(?i:{_either(joint_alt)})[\s\u00a0,]*$")
                if (joint_alt := [phrase_to_regex(p) for p in both("joint_cues") + both("affiliation_cues")])
                else _NEVER
            ),
            carry_over=(
                regex.compile(
                    r"[\W\d]{0,6}(?:" + _either([phrase_to_regex(p) for p in both("carry_over")]) + r")(?!\w)", FLAGS
                )
                if both("carry_over")
                else _NEVER
            ),
            source_cue=compile_phrases(both("source_cues"), f"{where} words.source_cues") or _NEVER,
            anonymous_cue=compile_phrases(both("anonymous_cues"), f"{where} words.anonymous_cues") or _NEVER,
            home_mark=compile_phrases(both("home_marks"), f"{where} words.home_marks") or _NEVER,
            home_place=compile_phrases(both("home_places"), f"{where} words.home_places") or _NEVER,
            foreign_law=compile_phrases(both("foreign_laws"), f"{where} words.foreign_laws") or _NEVER,
            abroad=compile_phrases(both("abroad_words"), f"{where} words.abroad_words") or _NEVER,
        )
    except regex.error as exc:
        raise PackError(f"{where}: bad word list: {exc}") from exc


@cache
def base_words() -> WordsSpec:
    """The word lists every pack extends (``lang/_base.toml``)."""
    res = resources.files("policylens.core").joinpath("lang", "_base.toml")
    try:
        data = tomllib.loads(res.read_text(encoding="utf-8"))
        return WordsSpec.model_validate(data.get("words", {}))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise PackError(f"_base.toml: {exc}") from exc


@dataclass(slots=True)
class Pack:
    code: str
    name: str
    english_name: str
    spec: PackSpec
    rules: dict[str, list[Rule]]
    context_scanners: dict[str, list[regex.Pattern[str]]]
    negation: regex.Pattern[str]
    scope_breakers: regex.Pattern[str] | None
    relative_aside: regex.Pattern[str] | None  # ", qui ne permettent aucune identification,"
    conditional_lead: regex.Pattern[str] | None  # "If you do not want e-mails, " at a clause's start
    list_reach: int
    list_subject: regex.Pattern[str] | None  # a word that starts a new clause inside a list
    correlatives: frozenset[str]  # casefolded: "varken", "verken"
    example_aside: regex.Pattern[str] | None  # matches where a bracket of examples opens ("for example")
    # matches right after a denied kind of data, up to a few words on, where an exception of that kind opens
    exception_after: regex.Pattern[str] | None
    exceptions: regex.Pattern[str] | None  # the exceptions themselves: "except", "with the exception of"
    # single words that open a clause ("if", "when", "but", "which"): a subject right after one
    # starts a new clause; after a noun it opens a clause about that noun ("the websites you visit")
    clause_openers: frozenset[str]
    relative_words: frozenset[str]
    before_words: int
    after_words: int
    abbreviations: frozenset[str]
    number_words: dict[str, float]
    duration_and: frozenset[str]  # durations.and_words, case-folded
    unit_words: dict[str, str]
    duration_re: regex.Pattern[str]
    bare_units: list[tuple[regex.Pattern[str], str]]
    not_after_end: regex.Pattern[str] | None  # matches when a not_after phrase ends the string
    not_before_start: regex.Pattern[str] | None  # matches (at a position) when a not_before phrase starts there
    month_words: dict[str, int]
    date_re: regex.Pattern[str]
    updated_cues: regex.Pattern[str]
    we_cues: regex.Pattern[str] | None
    controller_cues: regex.Pattern[str] | None
    operator_cues: regex.Pattern[str] | None
    words: Words
    extra: dict[str, Any] = field(default_factory=dict)

    def rules_for(self, rule_id: str) -> list[Rule]:
        return self.rules.get(rule_id, [])


def _alternation(words: list[str]) -> str:
    words = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in words)


def _ending(pat: regex.Pattern[str] | None) -> regex.Pattern[str] | None:
    return regex.compile(rf"(?:{pat.pattern})[\s\u00a0]*$", FLAGS) if pat is not None else None


def _starting(pat: regex.Pattern[str] | None) -> regex.Pattern[str] | None:
    """``pat`` after optional spaces, for ``.match(text, pos)`` at the end of a duration."""
    return regex.compile(rf"[\s\u00a0]*(?:{pat.pattern})", FLAGS) if pat is not None else None


def compile_pack(spec: PackSpec) -> Pack:
    where = f"pack {spec.code}"
    rules: dict[str, list[Rule]] = {}
    for r in spec.rule:
        for p in r.match:
            if p.startswith("re:"):
                check_bounded(p[3:])
        rules.setdefault(r.id, []).append(
            Rule(
                id=r.id,
                scanners=compile_scanners(r.match, f"{where} rule {r.id}"),
                also=[p for p in (compile_phrases(g, f"{where} rule {r.id}") for g in r.also) if p],
                unless=compile_phrases(r.unless, f"{where} rule {r.id}"),
                unless_part_of=compile_phrases(r.unless_part_of, f"{where} rule {r.id}"),
                unless_heading=compile_phrases(r.unless_heading, f"{where} rule {r.id}"),
                requires=tuple(r.requires),
                context_scope=r.context_scope,
                nearby=r.nearby,
                negatable=r.negatable,
                spec=r,
            )
        )
    missing = [rid for rid in REQUIRED_RULES if rid not in rules]
    if missing:
        raise PackError(f"{where}: no rule for {missing}")
    for name, phrases in spec.contexts.items():
        if not phrases:
            raise PackError(f"{where}: context {name} has no phrases")
    negation = compile_phrases(spec.negation.patterns, f"{where} negation")
    assert negation is not None
    exceptions = compile_phrases(spec.negation.exceptions, f"{where} negation.exceptions")
    d = spec.durations
    numbers = {k.casefold(): v for k, v in d.numbers.items()}
    units = {k.casefold(): v for k, v in d.units.items()}
    num_alt = r"\d{1,4}(?:[.,]\d{1,2})?"
    if numbers:
        num_alt += "|" + _alternation(list(numbers))
    # a figure may be spelled out again in brackets before its unit, as contracts write it:
    # "6 (seis) meses", "30 (thirty) days", or the other way round, the word first: "diez (10) años"
    spelled = ""
    if numbers:
        words = rf"(?:{_alternation(list(numbers))})(?:[\s\u00a0-][^\W\d_]+){{0,3}}"
        spelled = rf"(?:[\s\u00a0]{{0,2}}\((?:{words}|\d{{1,4}})\))?"
    duration_re = regex.compile(
        rf"(?<![\w.,])(?P<num>{num_alt}){spelled}(?:[\s\u00a0-]{{1,3}}|(?<=\d))(?P<unit>{_alternation(list(units))})(?!\w)",
        FLAGS,
    )
    months = {k.casefold(): v for k, v in spec.dates.months.items()}
    month_alt = _alternation(list(months))
    date_re = regex.compile(
        r"(?P<iso>(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]?\d)-(?P<d1>[0-3]?\d))"
        r"|(?P<dmy>(?P<d2>[0-3]?\d)(?P<sep>[./-])(?P<m2>[01]?\d)(?P=sep)(?P<y2>(?:19|20)\d\d))"
        rf"|(?P<dmony>(?P<d3>[0-3]?\d)(?:er|st|nd|rd|th|e|\.|:e|:a)?(?:\s+de)?[\s\u00a0]+(?P<mon3>{month_alt})\.?(?:\s+de)?,?[\s\u00a0]+(?P<y3>(?:19|20)\d\d))"
        rf"|(?P<mondy>(?P<mon4>{month_alt})\.?[\s\u00a0]+(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?,?[\s\u00a0]+(?P<y4>(?:19|20)\d\d))"
        rf"|(?P<mony>(?P<mon5>{month_alt})\.?[\s\u00a0]+(?:de[\s\u00a0]+)?(?P<y5>(?:19|20)\d\d))",
        FLAGS,
    )
    pack = Pack(
        code=spec.code,
        name=spec.name,
        english_name=spec.english_name,
        spec=spec,
        rules=rules,
        context_scanners={
            name: compile_scanners(phrases, f"{where} context {name}") for name, phrases in spec.contexts.items()
        },
        negation=negation,
        scope_breakers=compile_phrases(spec.negation.scope_breakers, f"{where} scope_breakers"),
        relative_aside=(
            regex.compile(
                r",\s*(?i:" + "|".join(phrase_to_regex(w) for w in spec.negation.relative_words) + r")[^,;:]{1,200},"
            )
            if spec.negation.relative_words
            else None
        ),
        conditional_lead=(
            regex.compile(
                r"[\W\d]{0,12}(?:"
                + "|".join(phrase_to_regex(w) for w in spec.negation.conditionals)
                + r")[^,;:()]{1,200},\s",
                FLAGS,
            )
            if spec.negation.conditionals
            else None
        ),
        list_reach=spec.negation.list_reach,
        list_subject=compile_phrases(spec.negation.list_subjects, f"{where} negation.list_subjects"),
        correlatives=frozenset(w.casefold() for w in spec.negation.correlatives),
        example_aside=compile_phrases(spec.negation.example_asides, f"{where} negation.example_asides"),
        exception_after=_exception_after(exceptions),
        exceptions=exceptions,
        clause_openers=frozenset(
            w.casefold()
            for w in [*spec.negation.conditionals, *spec.negation.relative_words, *spec.negation.scope_breakers]
            if w.isalpha()
        ),
        relative_words=frozenset(w.casefold() for w in spec.negation.relative_words if w.isalpha()),
        before_words=spec.negation.before_words,
        after_words=spec.negation.after_words,
        # (casefolded; one written in capitals also as written: segment matches a word in capitals so)
        abbreviations=frozenset(
            form.rstrip(".")
            for a in spec.segment.abbreviations
            for form in {a.casefold(), a if a.isupper() else ""}
            if form
        ),
        number_words=numbers,
        duration_and=frozenset(w.casefold() for w in d.and_words),
        unit_words=units,
        duration_re=duration_re,
        bare_units=[(regex.compile(phrase_to_regex(k), FLAGS), v) for k, v in d.bare_units.items()],
        not_after_end=_ending(compile_phrases(d.not_after, f"{where} durations.not_after")),
        not_before_start=_starting(compile_phrases(d.not_before, f"{where} durations.not_before")),
        month_words=months,
        date_re=date_re,
        updated_cues=compile_phrases(spec.dates.updated_cues, f"{where} dates") or regex.compile("(?!)"),
        we_cues=compile_phrases(spec.service.we_cues, f"{where} service"),
        controller_cues=compile_phrases(spec.service.controller_cues, f"{where} service"),
        operator_cues=compile_phrases(spec.service.operator_cues, f"{where} service.operator_cues"),
        words=compile_words(spec.words, base_words(), where, spec.code),
    )
    # what the prefilter reads off the patterns, worked out once with the compiled pack (and cached with it)
    patterns = [
        p
        for rs in pack.rules.values()
        for r in rs
        for p in (*r.scanners, *r.also, r.unless, r.unless_part_of, r.unless_heading)
        if p
    ]
    patterns += [p for scs in pack.context_scanners.values() for p in scs]
    patterns += [p for p in (pack.negation, pack.scope_breakers) if p is not None]
    pack.extra["prefilter"] = prefilter.digest(p.pattern for p in patterns)
    scanners = [sc for rs in pack.rules.values() for r in rs for sc in r.scanners]
    scanners += [sc for scs in pack.context_scanners.values() for sc in scs]
    w = pack.words
    cues = [pack.updated_cues, pack.controller_cues, pack.we_cues, w.source_cue, w.recipient_cue, w.recipient_cue_after]
    pack.extra["anchors"] = prefilter.anchor_digest(scanners, [c for c in cues if c is not None])
    return pack


def parse_pack(text: str, origin: str) -> PackSpec:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{origin}: not valid TOML: {exc}") from exc
    try:
        return PackSpec.model_validate(data)
    except ValidationError as exc:
        raise PackError(f"{origin}: {exc}") from exc


def available_packs() -> list[str]:
    root = resources.files("policylens.core").joinpath("lang")
    # "_base.toml" is no language: the word lists every pack extends
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml") and not p.name.startswith("_"))


@cache
def load_pack(code: str) -> Pack:
    """The compiled pack for ``code`` (cached). Raises :class:`PackError` if it is invalid."""
    if not regex.fullmatch(r"[a-z]{2,3}", code):
        raise PackError(f"not a language code: {code!r}")
    res = resources.files("policylens.core").joinpath("lang", f"{code}.toml")
    if not res.is_file():
        raise PackError(f"no rule pack for language {code!r}")
    text = res.read_text(encoding="utf-8")

    def build() -> Pack:
        spec = parse_pack(text, f"{code}.toml")
        if spec.code != code:
            raise PackError(f"{code}.toml declares code {spec.code!r}")
        return compile_pack(spec)

    from policylens.core import packcache, phrases, schema

    # the compiled form depends on the pack, the word lists every pack extends and the compiler
    base = resources.files("policylens.core").joinpath("lang", "_base.toml").read_text(encoding="utf-8")
    pack = packcache.cached(
        code, text + "\0" + base, build, (__name__, C.__name__, phrases.__name__, prefilter.__name__, schema.__name__)
    )
    prefilter.remember(pack.extra.get("prefilter"))
    prefilter.remember_anchors(pack.extra.get("anchors"))
    return pack


def has_pack(code: str) -> bool:
    return code in available_packs()


# the languages PolicyLens analyses: the packs present (adding a language is adding a pack file)
SUPPORTED = tuple(available_packs())
