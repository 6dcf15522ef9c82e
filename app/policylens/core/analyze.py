"""From a document to a :class:`~policylens.core.models.Summary`.

How a finding is made (all of it per sentence, never from the document as a bag of words):

1. the text is split into sentences (per block, per language);
2. each sentence gets *contexts* (collect, share, retain, rights, ...) from its own words, and
   inherits those of the heading it stands under and of the list lead-in ("We collect:") above it;
3. each rule of the language's pack fires on a sentence when one of its phrases occurs there,
   the contexts it requires are present, none of its ``unless`` phrases occurs, its ``also``
   phrases occur (in the sentence or, for lists, the next few), and the phrase is not negated
   (per-language cues before or after it, within its clause);
4. findings are gathered into the summary; missing information (no retention period, no contact)
   becomes a finding of its own; cards and the grade follow from the findings by fixed rules.

The engine is linear in the document's length: each rule scans the text once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from policylens import __version__
from policylens.core import errors, langid, prefilter
from policylens.core import taxonomy as tx
from policylens.core import wording as W
from policylens.core.document import Document
from policylens.core.durations import find_durations
from policylens.core.models import (
    Card,
    Collected,
    Contact,
    Evidence,
    Grade,
    Language,
    LanguagePart,
    Message,
    Period,
    RedFlag,
    Retention,
    RetentionKindFinding,
    Right,
    Sale,
    Service,
    Shared,
    Source,
    Summary,
)
from policylens.core.rules import SUPPORTED, Pack, Rule, first_match, has_pack, load_pack
from policylens.core.segment import Sentence, segment

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

MAX_EVIDENCE = 6  # pieces of evidence kept per finding
MAX_HITS_PER_SENTENCE = 8  # a rule looks at no more matches than this in one sentence
MAX_ITEMS = 12

LANGUAGE_NAMES = W.LANGUAGE_NAMES  # the English names, marked for translation (context "languages")

# which card each red flag touches
FLAG_CARD = {
    "broad_exemptions": "collected",
    "hardware_identifiers": "collected",
    "data_combination": "collected",
    "deidentified_commercial_use": "collected",
    "non_exhaustive": "collected",
    "targeted_advertising": "shared",
    "third_party_tracking": "shared",
    "sells_data": "shared",
    "international_transfer": "shared",
    "indefinite_retention": "retention",
    "vague_retention": "retention",
    "take_it_or_leave_it": "rights",
    "unilateral_changes": "rights",
    "rights_limited": "rights",
    "missing_contact": "rights",
    "consent_by_use": "rights",
}

# grade: start at 100, subtract per red flag by severity, add for good practice
PENALTY = {"high": 15, "medium": 7, "low": 3}
BONUS_NOT_SOLD = 5
BONUS_PERIODS = 5
BONUS_RIGHTS = 5  # when 6 or more rights are stated
LETTERS = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))

# ``regex``, not ``re``: these two scan the whole document, and ``re`` holds the GIL for the whole
# scan (1 s on a 5 MB policy, a frozen window when analysing in a thread); ``regex`` releases it
# while matching on a str and is ~100x faster here (the matches are the same).
_EMAIL = regex.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,12}(?![\w-])"
)
_OBFUSCATED = regex.compile(r"\[(?:email|e-mail)[\s\u00a0]*(?:&#160;)?protected\]", regex.IGNORECASE)
_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'»”)]{3,200}", re.IGNORECASE)
_PHONE_CUE = re.compile(
    r"(?i)(?:\btel\b|\btél|phone|telefon|puh|\btlf|\bcall\b|appel|ring|llam|chiam|bellen|ligue|zadzwo|\+$)"
)
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,18}\d(?!\w)")
_HARDWARE = re.compile(
    r"\b(?:IMEI|IMSI|MEID|ICCID|UDID|MAC)\b|serial|série|serie|Seriennummer|serienummer|sarjanumer|numer seryjny",
    re.IGNORECASE,
)
_HARDWARE_CASED = re.compile(r"\b(?:IMEI|IMSI|MEID|ICCID|UDID|MAC)\b")
_LEGAL_SUFFIX = re.compile(
    r"\b((?:[A-Z0-9][\w&'’.-]*\s){0,5}[A-Z0-9][\w&'’.-]*,?\s(?:Co\.,?\s?Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|"
    r"L\.L\.C\.|GmbH(?:\s&\sCo\.\sKG)?|AG|SAS|SARL|S\.A\.S?\.?|SA|SE|AB|ASA|AS|ApS|A/S|Oy|Oyj|"
    r"S\.p\.A\.|S\.r\.l\.|S\.L\.|B\.V\.|N\.V\.|Lda\.?|sp\. z o\.o\.|Corp(?:oration|\.)?|PLC|plc|e\.V\.|ry))(?!\w)"
)
_QUOTED_WE = re.compile(
    r"([A-Z][\w&'’.-]*(?:,?[\s\u00a0][A-Z0-9&][\w&'’.-]*){0,6})[\s\u00a0]*\("
    r"(?:(?:ci-après|hereinafter|nachfolgend|en adelante|di seguito|hierna|doravante)[^\"“«„‘')]{0,30})?"
    r"[\"“«„‘'][\s\u00a0]*([^\"”»“‘’')]{1,40}?)[\s\u00a0]*[\"”»“’']"
)
_WE_WORDS = {
    "nous",
    "we",
    "us",
    "our",
    "vi",
    "wir",
    "uns",
    "nosotros",
    "noi",
    "wij",
    "nós",
    "my",
    "me",
    "meillä",
    "notre",
    "nos",
    "la société",
    "société",
    "company",
    "the company",
    "la empresa",
    "l'azienda",
    "het bedrijf",
}
_SUCH_AS = regex.compile(
    r"(?:tels? que|telles? que|such as|like|including|e\.g\.|par exemple|comme|wie|z\. ?B\.|zoals|come|como|"
    r"takich jak|f\.eks\.|esim\.|kuten|bl\.a\.|t\.ex\.|np\.|såsom|slik som|så som|till exempel|zum Beispiel|"
    r"por ejemplo|per esempio|bijvoorbeeld|por exemplo|na przykład|for eksempel|esimerkiksi)\s{1,3}"
    r"((?:[A-Z][\w.&'’-]{1,30}(?:\s[A-Z][\w.&'’-]{1,30}){0,3})(?:\s{0,2}(?:,|et|and|und|och|og|e|y|en|i|ja|oraz)\s{1,3}"
    r"(?:[A-Z][\w.&'’-]{1,30}(?:\s[A-Z][\w.&'’-]{1,30}){0,3})){0,8})",
)
# well-known processors and ad networks, recognised in any language
KNOWN_RECIPIENTS = (
    "Google Analytics",
    "Google Ads",
    "Google Cloud",
    "Firebase",
    "Stripe",
    "PayPal",
    "Braintree",
    "Adyen",
    "Klarna",
    "Amazon Web Services",
    "AWS",
    "Microsoft Azure",
    "Azure",
    "Cloudflare",
    "Mailchimp",
    "SendGrid",
    "Sendinblue",
    "Brevo",
    "Zendesk",
    "Intercom",
    "Tawk.to",
    "Tawk To",
    "Hotjar",
    "Mixpanel",
    "Segment",
    "Twilio",
    "Salesforce",
    "HubSpot",
    "Sentry",
    "Datadog",
    "New Relic",
    "Matomo",
    "Meta Pixel",
    "Facebook Pixel",
    "OneSignal",
    "Mapbox",
    "Vimeo",
    "YouTube",
    "Shopify",
    "Apple Pay",
    "Google Pay",
    "Akamai",
    "Fastly",
    "OVH",
    "OVHcloud",
    "Hetzner",
    "Scaleway",
    "DigitalOcean",
    "Heroku",
    "Vercel",
    "Netlify",
    "Auth0",
    "Okta",
    "Plausible",
    "Amplitude",
    "AppsFlyer",
    "Adjust",
    "Branch",
    "Crashlytics",
    "Criteo",
    "DoubleClick",
    "AdMob",
    "Outbrain",
    "Taboola",
    "Freshdesk",
    "Typeform",
    "SurveyMonkey",
    "Calendly",
    "Zoom",
    "Slack",
    "Trello",
    "Atlassian",
    "Jira",
    "GitHub",
    "Dropbox",
    "Mollie",
    "Paddle",
    "Chargebee",
    "Recurly",
    "Square",
    "Worldline",
    "Nets",
    "Vipps",
    "Swish",
    "Trustly",
    "Bambora",
)
_KNOWN_RE = regex.compile(
    r"(?<![\w.])(" + "|".join(regex.escape(n) for n in sorted(KNOWN_RECIPIENTS, key=len, reverse=True)) + r")(?![\w])"
)
# languages that capitalise common nouns: a capitalised word there is not yet a name
NOUN_CAPITALISING = frozenset({"de"})
# what a proper name looks like beyond a capital: inner capitals (PayPal), digits, dots (Tawk.to),
# acronyms (AWS), several capitalised words (Google Analytics)
_LOOKS_LIKE_NAME = re.compile(r"\w[A-Z]|\d|\.\w|^[A-Z]{2,}\b|^[A-Z]\w+\s[A-Z]")
_NAME_STOP = {
    "Nous",
    "We",
    "Vous",
    "You",
    "Les",
    "The",
    "Our",
    "Nos",
    "Notre",
    "Ces",
    "Des",
    "Le",
    "La",
    "Il",
    "Elle",
    "Ils",
    "Cette",
    "Ce",
    "This",
    "These",
    "Wir",
    "Sie",
    "Vi",
    "Ni",
    "Du",
    "De",
    "Die",
    "Der",
    "Das",
    "El",
    "Los",
    "Las",
    "Gli",
    "Os",
    "As",
    "Het",
    "Een",
    "Ja",
    "Me",
    "Te",
    "Et",
    "And",
}


@dataclass(slots=True)
class Hit:
    rule: str
    sent: int
    start: int  # match offsets in the document
    end: int
    text: str


@dataclass(slots=True)
class _Ctx:
    doc: Document
    sentences: list[Sentence]
    packs: list[Pack]  # per sentence
    own: list[frozenset[str]]
    inherited: list[frozenset[str]]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    negated: dict[str, list[Hit]] = field(default_factory=dict)
    index: prefilter.TextIndex | None = None  # which literals the text contains
    _found: dict[tuple[int, int, int], bool] = field(default_factory=dict)

    def found(self, pattern: regex.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` matches in ``text[start:end]`` (memoised: rules share their
        also/unless groups, and many hits fall in the same sentences)."""
        key = (id(pattern), start, end)
        got = self._found.get(key)
        if got is None:
            got = self._found[key] = pattern.search(self.doc.text, start, end, timeout=1.0) is not None
        return got

    def sent_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.doc.text[s.start : s.end]

    def section(self, i: int) -> str | None:
        h = self.sentences[i].heading
        if self.sentences[i].kind == "heading":
            h = i
        if h < 0:
            return None
        text = " ".join(self.sent_text(h).split())
        return text[:160]

    def evidence(self, i: int) -> Evidence:
        s = self.sentences[i]
        return Evidence(quote=self.doc.text[s.start : s.end], start=s.start, end=s.end, section=self.section(i))


# ---------------------------------------------------------------------------------------------
# entry point


def analyze(
    doc: Document,
    lang: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    require_policy: bool = True,
) -> Summary:
    """Analyse ``doc``. ``lang`` forces the language (else detected). Raises
    :class:`~policylens.core.errors.NotAPolicy` when nothing in the text is about personal data
    (unless ``require_policy`` is false) and :class:`~policylens.core.errors.Cancelled` when
    ``cancel()`` turns true."""

    def step(done: int, total: int = 100) -> None:
        if cancel is not None and cancel():
            raise errors.Cancelled()
        if progress is not None:
            progress(done, total)

    step(0)
    guess = langid.detect_document(doc)
    main = lang or guess.code
    warnings: list[Message] = []
    step(10)
    source = Source(
        name=doc.name,
        format=doc.format,
        sha256=doc.sha256,
        characters=len(doc.text),
        words=(words := doc.words),
        path=doc.path,
    )
    mixed = [(c, s) for c, s in langid.mixed_parts(guess)] if lang is None else []
    language = Language(
        code=main,
        confidence=guess.confidence if lang is None else 1.0,
        analysed_as=main if has_pack(main) else None,
        name=LANGUAGE_NAMES.get(main),
        supported=has_pack(main),
        mixed=[LanguagePart(code=c, share=s) for c, s in mixed],
    )
    if mixed:
        shares = [(c, round(s * 100)) for c, s in [(main, guess.shares.get(main, 0)), *mixed]]
        parts = ", ".join(W.english(W.MIXED_PART, language=LANGUAGE_NAMES.get(c, c), percent=p) for c, p in shares)
        warnings.append(W.message("warnings", W.WARNINGS["mixed"], parts=parts))
        warnings[-1].args["shares"] = " ".join(f"{c}:{p}" for c, p in shares)  # parts again, in the UI language
    if lang is None and guess.confidence < 0.7:
        warnings.append(W.message("warnings", W.WARNINGS["low_confidence"]))
    if not has_pack(main):
        warnings.append(W.message("warnings", W.WARNINGS["unsupported"], language=LANGUAGE_NAMES.get(main, main)))
        summary = _empty_summary(source, language, warnings)
        step(100)
        return summary

    main_pack = load_pack(main)
    # per-block pack: blocks in another supported language get their own rules
    block_pack: list[Pack] = []
    for i in range(len(doc.blocks)):
        code = guess.block_langs[i] if (lang is None and i < len(guess.block_langs)) else main
        block_pack.append(load_pack(code) if (code != main and code in SUPPORTED and has_pack(code)) else main_pack)
    sentences = _segment(doc, block_pack, main_pack)
    step(25)
    packs = [block_pack[s.block] if block_pack else main_pack for s in sentences]
    ctx = _contexts(doc, sentences, packs)
    step(40)
    _match_all(ctx, step)
    step(85)
    summary = _build(ctx, source, language, warnings, main_pack)
    if require_policy and _is_empty(summary):
        raise errors.NotAPolicy()
    if words < 80:
        summary.warning_messages.append(W.message("warnings", W.WARNINGS["short"]))
        summary.warnings.append(summary.warning_messages[-1].text)
    step(100)
    return summary


def _segment(doc: Document, block_pack: list[Pack], main: Pack) -> list[Sentence]:
    abbreviations = (
        frozenset().union(*(p.abbreviations for p in {id(p): p for p in block_pack}.values()))
        if block_pack
        else main.abbreviations
    )
    return segment(doc, abbreviations)


# ---------------------------------------------------------------------------------------------
# contexts


_TOPICAL = ("collect", "share", "retain", "rights", "use", "purpose", "security", "children", "contact")


def ctx_level(doc: Document, s: Sentence) -> int:
    return doc.blocks[s.block].level if s.block < len(doc.blocks) else 0


def _contexts(doc: Document, sentences: list[Sentence], packs: list[Pack]) -> _Ctx:
    text = doc.text
    # each context's phrases scan the whole text once; a match marks the sentence it falls in
    starts = [s.start for s in sentences]
    marks: list[set[str]] = [set() for _ in sentences]
    timeout = max(5.0, len(text) / 100_000)
    index = prefilter.TextIndex(text)
    for pack in {id(p): p for p in packs}.values():
        for name, scanners in pack.context_scanners.items():
            for scanner in scanners:
                if not index.may_match(scanner):
                    continue  # it cannot match this text
                for m in scanner.finditer(text, concurrent=True, timeout=timeout):
                    i = bisect.bisect_right(starts, m.start()) - 1
                    if i >= 0 and m.end() <= sentences[i].end and packs[i] is pack:
                        marks[i].add(name)
    own: list[frozenset[str]] = [frozenset(m) for m in marks]
    inherited: list[frozenset[str]] = []
    lead_in: frozenset[str] = frozenset()
    lead_block = -1
    sub_lead: frozenset[str] = frozenset()
    sub_level = 0
    for i, s in enumerate(sentences):
        # headings: walk up until a heading that has a topic
        inh: set[str] = set()
        h = s.heading if s.kind != "heading" else -1
        hops = 0
        while h >= 0 and hops < 6:
            topics = own[h] & set(_TOPICAL)
            if topics:
                inh |= own[h]
                break
            h = sentences[h].heading
            hops += 1
        # list items inherit their lead-in ("Nous collectons les informations suivantes :"),
        # and items under an item that itself ends with ":" inherit that item's contexts too
        if s.kind == "list_item" and lead_in and s.block - lead_block <= 40:
            inh |= lead_in
        if s.kind == "list_item":
            item_level = ctx_level(doc, s)
            if sub_lead and item_level > sub_level:
                inh |= sub_lead
            elif item_level <= sub_level:
                sub_lead = frozenset()
            if text[s.start : s.end].rstrip().endswith((":", "：")):
                sub_lead, sub_level = own[i] | frozenset(inh), item_level
        else:
            sub_lead = frozenset()
        if s.kind != "list_item":
            chunk = text[s.start : s.end].rstrip()
            if chunk.endswith((":", "：")):
                lead_in = own[i] | frozenset(inh)
                lead_block = s.block
            elif s.kind == "heading" or not re.match(r"^[^.:]{1,60}:", chunk):
                # a heading, or a plain paragraph that is not itself a "Label: ..." line, ends a list
                lead_in = frozenset()
        # a heading about purposes lists uses, not data: do not inherit "collect" from it
        if "purpose" in inh and "collect" in inh and "collect" not in own[i]:
            inh.discard("collect")
        inherited.append(frozenset(inh))
    return _Ctx(doc, sentences, packs, own, inherited, index=index)


# ---------------------------------------------------------------------------------------------
# matching


_PARENS = re.compile(r"\([^()]{0,300}\)")


def _unclosed_paren(left: str) -> int:
    """Index of the last "(" in ``left`` that is still open at its end, or -1."""
    depth = 0
    for k in range(len(left) - 1, -1, -1):
        ch = left[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return k
            depth -= 1
    return -1


def _clause(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> tuple[int, int]:
    """Bounds of the clause around a match within sentence [s, e). A parenthesis the match
    stands in is its own clause; parentheses closed before or opened after it are not."""
    left = text[s:ms]
    cut = max(left.rfind(";"), left.rfind(": "), left.rfind(":\n"), left.rfind("•"), _unclosed_paren(left))
    cs = s + cut + 1 if cut >= 0 else s
    if pack.scope_breakers is not None:
        last = None
        for m in pack.scope_breakers.finditer(text, cs, ms, timeout=1.0):
            last = m
        if last is not None:
            cs = last.end()
    inside = _unclosed_paren(left) >= 0 and _unclosed_paren(left) + s >= cs - 1
    right = text[me:e]
    stops = [right.find(";"), right.find(": ")]
    if inside:
        stops.append(right.find(")"))
    cut_r = min([p for p in stops if p >= 0], default=-1)
    ce = me + cut_r if cut_r >= 0 else e
    if pack.scope_breakers is not None:
        m = pack.scope_breakers.search(text, me, ce, timeout=1.0)
        if m is not None:
            ce = m.start()
    return cs, ce


def is_negated(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> bool:
    """Whether the match [ms, me) in sentence [s, e) is negated in its clause. Parenthetical
    asides around it ("(never the received ones)", "(see section C)") do not count."""
    cs, ce = _clause(text, s, e, ms, me, pack)
    before = _PARENS.sub(" ", text[cs:ms])
    words_before = before.split()
    if len(words_before) > pack.before_words:
        # keep the last N words
        before = " ".join(words_before[-pack.before_words :]) + " "
    after_words = _PARENS.sub(" ", text[me:ce]).split()[: pack.after_words]
    # the matched phrase stands as one neutral word: a negation inside the phrase itself
    # ("no longer needed", "ne sont plus nécessaires") is part of its meaning, not a denial of it
    after = " ".join(after_words)
    if pack.negation.search(before + " X " + after, timeout=1.0) is not None:
        return True
    # a negation that spans the phrase ("ne transférons pas", the phrase being "transférons")
    return (
        pack.negation.search(before + text[ms:me] + " " + after, timeout=1.0) is not None
        and pack.negation.search(text[ms:me], timeout=1.0) is None
    )


def _match_all(ctx: _Ctx, step: Callable[[int, int], None]) -> None:
    text = ctx.doc.text
    starts = [s.start for s in ctx.sentences]
    packs = {id(p): p for p in ctx.packs}
    total = sum(len(p.rules) for p in packs.values()) or 1
    done = 0
    timeout = max(5.0, len(text) / 100_000)
    index = ctx.index or prefilter.TextIndex(text)
    for pack in packs.values():
        for rule_id, rules in pack.rules.items():
            for rule in rules:
                seen: set[tuple[int, int]] = set()
                per_sentence: dict[int, int] = {}
                for scanner in rule.scanners:
                    if not index.may_match(scanner):
                        continue  # it cannot match this text: same findings, no scan
                    # overlapped: a match that runs past its sentence must not hide a shorter one inside it;
                    # concurrent: release the GIL while scanning, so a GUI thread stays responsive
                    for m in scanner.finditer(text, overlapped=True, concurrent=True, timeout=timeout):
                        i = bisect.bisect_right(starts, m.start()) - 1
                        if i < 0 or (i, m.start()) in seen or per_sentence.get(i, 0) >= MAX_HITS_PER_SENTENCE:
                            continue
                        sent = ctx.sentences[i]
                        if m.end() > sent.end or ctx.packs[i] is not pack:
                            continue
                        seen.add((i, m.start()))
                        per_sentence[i] = per_sentence.get(i, 0) + 1
                        hit = _check(ctx, rule, i, m.start(), m.end())
                        if hit is True:
                            ctx.hits.setdefault(rule_id, []).append(Hit(rule_id, i, m.start(), m.end(), m.group(0)))
                        elif hit is None:
                            ctx.negated.setdefault(rule_id, []).append(Hit(rule_id, i, m.start(), m.end(), m.group(0)))
            done += 1
            step(40 + int(45 * done / total), 100)


def _check(ctx: _Ctx, rule: Rule, i: int, ms: int, me: int) -> bool | None:
    """True: the rule fires; False: it does not; None: it would, but the phrase is negated."""
    sent = ctx.sentences[i]
    if sent.toc or (sent.kind == "heading" and not rule.id.startswith("contact.")):
        return False
    text = ctx.doc.text
    found = ctx.found
    if rule.unless is not None and found(rule.unless, sent.start, sent.end):
        return False
    if rule.requires:
        ok = any(c in ctx.own[i] for c in rule.requires)
        if not ok and rule.context_scope == "section":
            ok = any(c in ctx.inherited[i] for c in rule.requires)
        if not ok:
            return False
    heading = ctx.sentences[sent.heading] if sent.heading >= 0 else None
    for group in rule.also:
        if found(group, sent.start, sent.end):
            continue
        if heading is not None and found(group, heading.start, heading.end):
            continue
        nearby = False
        for j in range(i + 1, min(len(ctx.sentences), i + 1 + rule.nearby)):
            sj = ctx.sentences[j]
            if found(group, sj.start, sj.end):
                nearby = True
                break
        if not nearby:
            return False
    if rule.negatable and is_negated(text, sent.start, sent.end, ms, me, ctx.packs[i]):
        return None
    return True


def match_sentence(pack: Pack, sentence: str, rule_id: str, contexts: Iterable[str] = ()) -> bool:
    """Whether ``rule_id`` fires on ``sentence`` alone (used by the packs' example tests).
    ``contexts`` are added to the sentence's own, as if inherited from a heading."""
    from policylens.core.document import Block

    doc = Document(
        text=sentence, blocks=[Block("paragraph", 0, len(sentence))], name="example", format="text", sha256=""
    )
    sentences = [Sentence(0, len(sentence), 0, "paragraph", -1)]
    ctx = _contexts(doc, sentences, [pack])
    ctx.inherited[0] = ctx.inherited[0] | frozenset(contexts)
    for rule in pack.rules_for(rule_id):
        for sc in rule.scanners:
            for m in sc.finditer(sentence, overlapped=True):
                if _check(ctx, rule, 0, m.start(), m.end()) is True:
                    return True
    return False


def negated_in(pack: Pack, sentence: str, phrase_pattern: str) -> bool:
    """Whether the first match of ``phrase_pattern`` in ``sentence`` is negated."""
    m = regex.search(phrase_pattern, sentence, regex.IGNORECASE)
    if m is None:
        raise ValueError(f"{phrase_pattern!r} not in {sentence!r}")
    return is_negated(sentence, 0, len(sentence), m.start(), m.end(), pack)


# ---------------------------------------------------------------------------------------------
# building the summary


def _evidence_list(ctx: _Ctx, sents: Iterable[int]) -> list[Evidence]:
    seen: list[int] = []
    for i in sents:
        if i not in seen:
            seen.append(i)
    return [ctx.evidence(i) for i in seen[:MAX_EVIDENCE]]


def _hits(ctx: _Ctx, prefix: str) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    for rule_id, hits in ctx.hits.items():
        if rule_id.startswith(prefix + "."):
            out[rule_id.split(".", 1)[1]] = sorted(hits, key=lambda h: h.start)
    return out


def _clean_item(s: str) -> str:
    return " ".join(s.split()).strip(" ,;:()")


def _build(ctx: _Ctx, source: Source, language: Language, warnings: list[Message], pack: Pack) -> Summary:
    text = ctx.doc.text
    # what's collected
    collected: list[Collected] = []
    coll_hits = _hits(ctx, "collected")
    for cat in tx.COLLECTED:
        hits = coll_hits.get(cat)
        if not hits:
            continue
        items: list[str] = []
        for h in hits:
            item = _clean_item(h.text)
            if item and item.casefold() not in {x.casefold() for x in items}:
                items.append(item)
        collected.append(
            Collected(category=cat, items=items[:MAX_ITEMS], evidence=_evidence_list(ctx, (h.sent for h in hits)))
        )

    # who it's shared with
    shared: list[Shared] = []
    share_hits = _hits(ctx, "shared")
    names_for: dict[str, list[str]] = {}
    for rec in tx.SHARED_WITH:
        hits = share_hits.get(rec)
        if not hits:
            continue
        shared.append(Shared(recipient=rec, names=[], evidence=_evidence_list(ctx, (h.sent for h in hits))))
    _named_recipients(ctx, shared, names_for)

    # sale
    sale_no = ctx.hits.get("sale.no", []) + ctx.negated.get("sale.yes", [])
    sale_yes = ctx.hits.get("sale.yes", [])
    if sale_no:
        sale = Sale(value="no", evidence=_evidence_list(ctx, (h.sent for h in sorted(sale_no, key=lambda h: h.start))))
    elif sale_yes:
        sale = Sale(value="yes", evidence=_evidence_list(ctx, (h.sent for h in sale_yes)))
    else:
        sale = Sale()

    # retention
    kind_hits = _hits(ctx, "retention")
    periods = _periods(ctx)
    kinds: list[str] = []
    kind_evidence: list[RetentionKindFinding] = []
    for kind in tx.RETENTION_KINDS:
        if kind == "fixed_period":
            if periods:
                kinds.append(kind)
                kind_evidence.append(
                    RetentionKindFinding(kind=kind, evidence=[e for p in periods for e in p.evidence][:MAX_EVIDENCE])
                )
            continue
        hits = kind_hits.get(kind)
        if hits:
            kinds.append(kind)
            kind_evidence.append(RetentionKindFinding(kind=kind, evidence=_evidence_list(ctx, (h.sent for h in hits))))
    retention = Retention(kinds=kinds, periods=periods, kind_evidence=kind_evidence)  # type: ignore[arg-type]

    # rights
    rights: list[Right] = []
    right_hits = _hits(ctx, "rights")
    for r in tx.RIGHTS:
        hits = right_hits.get(r)
        if hits:
            rights.append(Right(right=r, evidence=_evidence_list(ctx, (h.sent for h in hits))))

    contact = _contact(ctx)
    service = _service(ctx, pack)

    # red flags
    flags: dict[str, RedFlag] = {}

    def flag(fid: str, sents: Iterable[int] = (), absence: bool = False) -> None:
        ev = _evidence_list(ctx, sents)
        if not ev and not absence:
            return
        if fid in flags:
            return
        sev = tx.severity(fid)
        flags[fid] = RedFlag(
            id=fid,  # type: ignore[arg-type]
            severity=sev,  # type: ignore[arg-type]
            title=W.FLAG_TITLES[fid],
            explanation=W.FLAG_EXPLANATIONS[fid],
            evidence=ev,
            from_absence=absence and not ev,
            card=FLAG_CARD.get(fid),  # type: ignore[arg-type]
        )

    for fid, hits in _hits(ctx, "flags").items():
        flag(fid, (h.sent for h in hits))
    if sale.value == "yes":
        flag("sells_data", (e for e in (h.sent for h in sale_yes)))
    device = coll_hits.get("device", [])
    hw = [h.sent for h in device if _HARDWARE_CASED.search(h.text) or _HARDWARE.search(h.text)]
    if hw:
        flag("hardware_identifiers", hw)
    if "indefinite" in kinds:
        flag("indefinite_retention", (h.sent for h in kind_hits["indefinite"]))
    if not periods:
        vague = kind_hits.get("as_long_as_necessary", [])
        flag("vague_retention", (h.sent for h in vague), absence=True)
    if not (contact.emails or contact.obfuscated_email or contact.postal_address or contact.phones or contact.urls):
        flag("missing_contact", absence=True)
    clause = ctx.hits.get("changes.clause", [])
    burden = ctx.hits.get("changes.burden", [])
    notify = ctx.hits.get("changes.notify", [])
    if clause and burden and not notify:
        flag("unilateral_changes", [h.sent for h in clause][:3] + [h.sent for h in burden][:3])
    order = {f: i for i, f in enumerate(tx.RED_FLAGS)}
    sev_rank = {"high": 0, "medium": 1, "low": 2}
    red_flags = sorted(flags.values(), key=lambda f: (sev_rank[f.severity], order[f.id]))

    summary = Summary(
        source=source,
        language=language,
        service=service,
        collected=collected,
        shared_with=shared,
        sells_data=sale.value,
        sale=sale,
        retention=retention,
        rights=rights,
        contact=contact,
        red_flags=red_flags,
        cards=[],
        grade=Grade(letter="C", score=50),
        warnings=[m.text for m in warnings],
        warning_messages=warnings,
        analysed_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        engine=f"policylens {__version__}",
    )
    summary.cards = make_cards(summary)
    summary.grade = make_grade(summary)
    _ = text
    return summary


def _periods(ctx: _Ctx) -> list[Period]:
    out: list[Period] = []
    seen: set[tuple[float, str | None]] = set()
    text = ctx.doc.text
    for i, s in enumerate(ctx.sentences):
        if s.kind == "heading" or s.toc:
            continue
        own = ctx.own[i]
        chunk = text[s.start : s.end]
        short = len(chunk.split()) <= 18 or s.kind == "list_item"
        if "retain" not in own and not ("retain" in ctx.inherited[i] and short):
            continue
        if "children" in own and "retain" not in own:
            continue
        pack = ctx.packs[i]
        for d in find_durations(chunk, pack):
            if "children" in own and d.unit == "year" and d.amount < 22:
                continue  # "enfants de moins de 16 ans"
            # no negation check: "we do not keep it longer than 2 years" still states 2 years
            data = _data_category(ctx, i, chunk)
            key = (d.days, data)
            if key in seen:
                continue
            seen.add(key)
            out.append(Period(days=d.days, text=d.text, data=data, evidence=[ctx.evidence(i)]))
    return out


def _data_category(ctx: _Ctx, i: int, chunk: str) -> str | None:
    pack = ctx.packs[i]
    best: tuple[int, str] | None = None
    for cat in tx.COLLECTED:
        for rule in pack.rules_for(f"collected.{cat}"):
            m = first_match(rule.scanners, chunk)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), cat)
    return best[1] if best else None


def _named_recipients(ctx: _Ctx, shared: list[Shared], names_for: dict[str, list[str]]) -> None:
    """Names of recipients: well-known processors, and "such as X and Y" in sharing sentences."""
    text = ctx.doc.text
    by_rec = {s.recipient: s for s in shared}
    recs_of: dict[int, list[str]] = {}
    for r, hits in _hits(ctx, "shared").items():
        for h in hits:
            recs_of.setdefault(h.sent, []).append(r)
    for i, s in enumerate(ctx.sentences):
        if "share" not in ctx.own[i] and "share" not in ctx.inherited[i]:
            continue
        if s.kind == "heading":
            continue
        chunk = text[s.start : s.end]
        known: list[str] = [m.group(1) for m in _KNOWN_RE.finditer(chunk, timeout=1.0)]
        found = list(known)
        for m in _SUCH_AS.finditer(chunk, timeout=1.0):
            for part in regex.split(
                r"\s*(?:,|\bet\b|\band\b|\bund\b|\boch\b|\bog\b|\be\b|\by\b|\ben\b|\bi\b|\bja\b|\boraz\b)\s*",
                m.group(1),
            ):
                part = part.strip(" .")
                if ctx.packs[i].code in NOUN_CAPITALISING and not _LOOKS_LIKE_NAME.search(part):
                    continue  # "wie Benutzer": in German every noun is capitalised
                if part and part.split()[0] not in _NAME_STOP and len(part) >= 3:
                    found.append(part)
        if not found:
            continue
        # which recipient does this sentence speak of?
        recs = recs_of.get(i, [])
        if recs:
            rec = recs[0]
        elif known or "service_providers" in by_rec or not by_rec:
            rec = "service_providers"  # a well-known processor named in a sharing sentence is one
        else:
            continue
        if rec not in by_rec:
            by_rec[rec] = Shared(recipient=rec, names=[], evidence=[ctx.evidence(i)])  # type: ignore[arg-type]
            shared.append(by_rec[rec])
        for name in found:
            if name.casefold() not in {n.casefold() for n in by_rec[rec].names}:
                by_rec[rec].names.append(name)
    shared.sort(key=lambda s: tx.SHARED_WITH.index(s.recipient))


def _contact(ctx: _Ctx) -> Contact:
    text = ctx.doc.text
    emails: list[str] = []
    sents: list[int] = []
    starts = [s.start for s in ctx.sentences]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    # the supervisory authority's address (where to complain) is not the controller's contact
    authority = {h.sent for h in ctx.hits.get("rights.complaint", [])}
    authority |= {i for i, s in enumerate(ctx.sentences) if s.heading in authority}
    for m in _EMAIL.finditer(text):
        e = m.group(0).rstrip(".")
        i = sent_of(m.start())
        if i in authority or e.lower().endswith((".png", ".jpg", ".gif")):
            continue
        if e.casefold() not in {x.casefold() for x in emails}:
            emails.append(e)
            sents.append(i)
    obfuscated = False
    for m in _OBFUSCATED.finditer(text):
        obfuscated = True
        sents.append(sent_of(m.start()))
    postal = False
    for h in ctx.hits.get("contact.address", []):
        postal = True
        sents.append(h.sent)
    urls: list[str] = []
    phones: list[str] = []
    for h in ctx.hits.get("contact.form", []):
        sents.append(h.sent)
        chunk = ctx.sent_text(h.sent)
        for u in _URL.findall(chunk):
            if u not in urls:
                urls.append(u.rstrip(".,;"))
        if not urls:
            urls.append(_clean_item(h.text))
    for i, s in enumerate(ctx.sentences):
        if "contact" in ctx.own[i] and s.kind != "heading":
            chunk = text[s.start : s.end]
            for u in _URL.findall(chunk):
                u = u.rstrip(".,;")
                if u not in urls:
                    urls.append(u)
                    sents.append(i)
            for pm in _PHONE.finditer(chunk):
                p = pm.group(0)
                if not _PHONE_CUE.search(chunk[max(0, pm.start() - 40) : pm.start()]):
                    continue  # registry numbers (SIRET, KRS, CVR) are not phone numbers
                digits = re.sub(r"\D", "", p)
                if 8 <= len(digits) <= 15 and not re.fullmatch(r"(?:19|20)\d\d\d*", digits) and p not in phones:
                    phones.append(p.strip())
                    sents.append(i)
    return Contact(
        emails=emails,
        postal_address=postal,
        phones=phones,
        urls=urls,
        obfuscated_email=obfuscated,
        evidence=_evidence_list(ctx, sents),
    )


def _service(ctx: _Ctx, pack: Pack) -> Service:
    text = ctx.doc.text
    head = text[:20_000]
    name: str | None = None
    controller: str | None = None
    ev: list[int] = []
    starts = [s.start for s in ctx.sentences]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    m = _LEGAL_SUFFIX.search(head)
    if m:
        controller = " ".join(m.group(1).split())
        ev.append(sent_of(m.start()))
    m2 = _QUOTED_WE.search(head)
    if m2:
        company = " ".join(m2.group(1).split())
        alias = " ".join(m2.group(2).split())
        plausible = len(alias.split()) <= 4 and not re.search(r"\d{4}", alias)
        if company.split()[0] not in _NAME_STOP and plausible and not re.search(r"\d{4}", company):
            # "Shenzhen Creality 3D Technology Co., Ltd (« Creality 3D », « nous »)": the alias
            # names the service; "QAZAR CLOUD ("nous")": the company does
            name = alias if alias.casefold() not in _WE_WORDS and alias[:1].isupper() else company
            if controller is None and _LEGAL_SUFFIX.fullmatch(company):
                controller = company
            ev.append(sent_of(m2.start()))
    if name is None and controller is not None:
        name = re.sub(
            r",?\s(?:Co\.,?\s?Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|SAS|SARL|S\.A\.?|SA|AB|AS|ApS|A/S|Oy|B\.V\.|Corp\.?)$",
            "",
            controller,
        )
    if name is None:
        name = _name_from_source(text[:50_000], f"{ctx.doc.name} {ctx.doc.title or ''}")
    updated = None
    for i, s in enumerate(ctx.sentences[:400]):
        chunk = text[s.start : s.end]
        p = ctx.packs[i]
        if not p.updated_cues.search(chunk, timeout=1.0):
            continue
        d = parse_date(chunk, p)
        if d:
            updated = d
            ev.append(i)
            break
    if updated is None:
        # a date standing alone on a line near the top ("25 maj, 2018") dates the policy
        for i, s in enumerate(ctx.sentences[:12]):
            chunk = text[s.start : s.end].strip()
            if len(chunk.split()) <= 5:
                d = parse_date(chunk, ctx.packs[i])
                if d:
                    updated = d
                    ev.append(i)
                    break
    if updated is None:
        # the end of the document often says "updated on ..."
        for i in range(max(0, len(ctx.sentences) - 40), len(ctx.sentences)):
            chunk = ctx.sent_text(i)
            p = ctx.packs[i]
            if p.updated_cues.search(chunk, timeout=1.0):
                d = parse_date(chunk, p)
                if d:
                    updated = d
                    ev.append(i)
                    break
    return Service(name=name, controller=controller, updated=updated, evidence=_evidence_list(ctx, ev))


_CAPITALISED = re.compile(r"(?<![\w@/])([A-Z][\w]*(?:[- \u00a0.][A-Z][\w]*){0,3})(?![\w@])")
_GENERIC = {
    "privacy",
    "policy",
    "politique",
    "confidentialite",
    "integritetspolicy",
    "datenschutz",
    "privacidad",
    "informativa",
    "notice",
    "statement",
    "terms",
    "cookies",
    "mozillas",
}


def _name_from_source(text: str, source: str) -> str | None:
    """The service's name as the file name or page title spells it and the text repeats it
    ("fr-genletter.txt" and "Genletter collecte ..."). None rather than a guess."""

    def norm(s: str) -> str:
        return re.sub(r"[^0-9a-z]", "", s.casefold())

    src = norm(source)
    counts: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        words = m.group(1).strip(" .-").split()
        # "På Orange Music": the name may start at any of the capitalised words
        for k in range(len(words)):
            cand = " ".join(words[k:])
            key = norm(cand)
            if len(key) >= 4 and key in src and key not in _GENERIC:
                counts[cand] = counts.get(cand, 0) + 1
                break
    if not counts:
        return None
    best = max(counts, key=lambda k: (len(norm(k)), counts[k]))
    return best if counts[best] >= 2 else None


def parse_date(text: str, pack: Pack) -> str | None:
    """The first date in ``text`` as an ISO string, using the pack's month names."""
    for m in pack.date_re.finditer(text, timeout=1.0):
        g = m.groupdict()
        try:
            if g["iso"]:
                y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
            elif g["dmy"]:
                y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
            elif g["dmony"]:
                y, mo, d = int(g["y3"]), pack.month_words[" ".join(g["mon3"].casefold().split())], int(g["d3"])
            elif g["mondy"]:
                y, mo, d = int(g["y4"]), pack.month_words[" ".join(g["mon4"].casefold().split())], int(g["d4"])
            else:
                y, mo, d = int(g["y5"]), pack.month_words[" ".join(g["mon5"].casefold().split())], 1
            return dt.date(y, mo, d).isoformat()
        except (KeyError, ValueError, TypeError):
            continue
    return None


def _is_empty(s: Summary) -> bool:
    return not (s.collected or s.shared_with or s.rights or s.retention.kinds or s.sells_data != "unstated")


def _empty_summary(source: Source, language: Language, warnings: list[Message]) -> Summary:
    summary = Summary(
        source=source,
        language=language,
        grade=Grade(letter="C", score=50),
        warnings=[m.text for m in warnings],
        warning_messages=warnings,
        analysed_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        engine=f"policylens {__version__}",
    )
    summary.cards = make_cards(summary)
    summary.grade = make_grade(summary, unsupported=True)
    return summary


# ---------------------------------------------------------------------------------------------
# cards and grade (pure functions of the summary; the UI may call them again after edits)


def make_cards(s: Summary) -> list[Card]:
    by_card: dict[str, list[RedFlag]] = {}
    for f in s.red_flags:
        if f.card:
            by_card.setdefault(f.card, []).append(f)
    cards = []

    def color(card: str, stated: bool) -> str:
        fl = by_card.get(card, [])
        if any(f.severity == "high" for f in fl):
            return "red"
        if fl:
            return "amber"
        return "green" if stated else "grey"

    # collected
    pts = [W.message("collected", W.COLLECTED_LABELS[c.category]) for c in s.collected]
    refs = [f"collected:{c.category}" for c in s.collected]
    head = (
        W.message("cards", W.HEADLINES["collected.some"], n=len(s.collected))
        if s.collected
        else W.message("cards", W.HEADLINES["collected.none"])
    )
    cards.append(_card("collected", color("collected", bool(s.collected)), head, pts, refs, by_card))
    # shared
    pts, refs = [], []
    for sh in s.shared_with:
        label = W.RECIPIENT_LABELS[sh.recipient]
        if sh.names:
            pts.append(W.message("cards", W.POINTS["names"], label=W.english(label), names=", ".join(sh.names[:5])))
            pts[-1].args["label_source"] = label
        else:
            pts.append(W.message("shared", label))
        refs.append(f"shared:{sh.recipient}")
    pts.append(W.message("sells", W.SELLS_WORDS[s.sells_data]))
    refs.append("sale")
    if s.sells_data == "yes":
        head = W.message("cards", W.HEADLINES["shared.sold"])
    elif s.shared_with:
        head = W.message("cards", W.HEADLINES["shared.some"], n=len(s.shared_with))
    else:
        head = W.message("cards", W.HEADLINES["shared.none"])
    stated = bool(s.shared_with) or s.sells_data != "unstated"
    cards.append(_card("shared", color("shared", stated), head, pts, refs, by_card))
    # retention
    pts, refs = [], []
    for p in s.retention.periods:
        dur = W.duration_message(p.days)
        if p.data:
            pts.append(
                W.message("cards", W.POINTS["period"], data=W.english(W.COLLECTED_LABELS[p.data]), duration=dur.text)
            )
            pts[-1].args["data_source"] = W.COLLECTED_LABELS[p.data]
        else:
            pts.append(W.message("cards", W.POINTS["period.any"], duration=dur.text))
        pts[-1].args["duration_days"] = p.days
        refs.append(f"period:{s.retention.periods.index(p)}")
    for k in s.retention.kinds:
        if k != "fixed_period":
            pts.append(W.message("retention", W.RETENTION_LABELS[k]))
            refs.append(f"retention:{k}")
    if "indefinite" in s.retention.kinds:
        head = W.message("cards", W.HEADLINES["retention.indefinite"])
    elif s.retention.periods:
        longest = max(p.days for p in s.retention.periods)
        head = W.message("cards", W.HEADLINES["retention.period"], longest=W.duration_message(longest).text)
        head.args["longest_days"] = longest
    elif s.retention.kinds:
        head = W.message("cards", W.HEADLINES["retention.vague"])
    else:
        head = W.message("cards", W.HEADLINES["retention.none"])
    cards.append(_card("retention", color("retention", bool(s.retention.kinds)), head, pts, refs, by_card))
    # rights
    pts = [W.message("rights", W.RIGHT_LABELS[r.right]) for r in s.rights]
    refs = [f"rights:{r.right}" for r in s.rights]
    if s.contact.emails:
        pts.append(W.message("cards", W.POINTS["contact.email"], emails=", ".join(s.contact.emails[:3])))
        refs.append("contact")
    elif any(f.id == "missing_contact" for f in s.red_flags):
        pts.append(W.message("cards", W.POINTS["contact.none"]))
        refs.append("flag:missing_contact")
    head = (
        W.message("cards", W.HEADLINES["rights.some"], n=len(s.rights))
        if s.rights
        else W.message("cards", W.HEADLINES["rights.none"])
    )
    cards.append(_card("rights", color("rights", bool(s.rights)), head, pts, refs, by_card))
    return cards


def _card(
    cid: str, color: str, head: Message, pts: list[Message], refs: list[str], by_card: dict[str, list[RedFlag]]
) -> Card:
    return Card(
        id=cid,  # type: ignore[arg-type]
        color=color,  # type: ignore[arg-type]
        headline=head.text,
        points=[p.text for p in pts],
        headline_message=head,
        point_messages=pts,
        point_refs=refs,
        flags=[f.id for f in by_card.get(cid, [])],
    )


def make_grade(s: Summary, unsupported: bool = False) -> Grade:
    """Score = 100 − 15 per high, 7 per medium, 3 per low red flag, + 5 for saying data is not
    sold, + 5 for concrete retention periods, + 5 for six or more rights; the bonuses win back at
    most half of what the red flags cost (a policy with red flags never scores 100); 0 at least.
    A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E."""
    reasons = [W.message("grade", W.GRADE_REASONS["start"])]
    score = 100
    if unsupported:
        return Grade(letter="C", score=50, reasons=[], reason_messages=[])
    for f in s.red_flags:
        pts = PENALTY[f.severity]
        score -= pts
        reasons.append(
            W.message(
                "grade",
                W.GRADE_REASONS["flag"],
                title=f.title,
                severity=W.english(W.SEVERITY_WORDS[f.severity]),
                points=pts,
            )
        )
        reasons[-1].args["flag"] = f.id
    if s.sells_data == "no":
        score += BONUS_NOT_SOLD
        reasons.append(W.message("grade", W.GRADE_REASONS["not_sold"], points=BONUS_NOT_SOLD))
    if s.retention.periods:
        score += BONUS_PERIODS
        reasons.append(W.message("grade", W.GRADE_REASONS["periods"], points=BONUS_PERIODS))
    if len(s.rights) >= 6:
        score += BONUS_RIGHTS
        reasons.append(W.message("grade", W.GRADE_REASONS["rights"], n=len(s.rights), points=BONUS_RIGHTS))
    # good practice wins back at most half of what the red flags cost
    penalties = sum(PENALTY[f.severity] for f in s.red_flags)
    score = max(0, min(100 - penalties // 2, score))
    letter = next(letter for threshold, letter in LETTERS if score >= threshold)
    return Grade(letter=letter, score=score, reasons=[r.text for r in reasons], reason_messages=reasons)  # type: ignore[arg-type]
