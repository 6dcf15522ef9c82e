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

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from policylens.core import taxonomy as tx

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.V0
# how long a single regex search may run before we give up on it (seconds)
REGEX_TIMEOUT = 2.0

SUPPORTED = ("en", "fr", "sv", "de", "es", "it", "nl", "pt", "pl", "da", "no", "fi")

# rule-id prefixes and the taxonomy field their suffix must belong to
_PREFIXES: dict[str, tuple[str, ...]] = {
    "collected": tx.COLLECTED,
    "shared": tx.SHARED_WITH,
    "retention": tx.RETENTION_KINDS,
    "rights": tx.RIGHTS,
    "flags": tx.RED_FLAGS,
}
# rules outside the taxonomy that the analyser uses
EXTRA_RULES = (
    "sale.yes",
    "sale.no",
    "contact.form",
    "contact.address",
    "changes.clause",
    "changes.burden",
    "changes.notify",
)
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
)
# rules every pack must have (taxonomy ids the analyser finds by matching text)
REQUIRED_RULES = (
    tuple(f"collected.{c}" for c in tx.COLLECTED)
    + tuple(f"shared.{r}" for r in tx.SHARED_WITH)
    + tuple(f"retention.{k}" for k in tx.RETENTION_KINDS if k != "fixed_period")
    + tuple(f"rights.{r}" for r in tx.RIGHTS)
    + tuple(
        f"flags.{f}"
        for f in tx.RED_FLAGS
        if f
        not in (
            "sells_data",
            "vague_retention",
            "missing_contact",
            "unilateral_changes",
            "indefinite_retention",
            "hardware_identifiers",
        )
    )
    + EXTRA_RULES
)


class PackError(ValueError):
    """A rule pack does not validate."""


# --------------------------------------------------------------------------------------------
# phrase → regex


_TOKEN = r"(?:[^\s.;:!?,'’]|:(?=\w))+(?:[\s,\u00a0]+|['’])"
_GAP = {"~": r"(?:" + _TOKEN + r"){0,4}?", "~~": r"(?:" + _TOKEN + r"){0,16}?"}
_SPACE = r"[\s\u00a0]+"


def _matching_paren(phrase: str, i: int) -> int:
    depth = 0
    for k in range(i, len(phrase)):
        if phrase[k] == "(":
            depth += 1
        elif phrase[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    raise PackError(f"unbalanced ( in phrase {phrase!r}")


def phrase_to_regex(phrase: str) -> str:
    """Translate the phrase syntax above into a regex source string."""
    if phrase.startswith("re:"):
        return phrase[3:]
    body = _convert(phrase)
    first = phrase.lstrip("(")[:1]
    last = phrase.rstrip(")?*")[-1:] if phrase.rstrip(")?*") else ""
    lead = r"(?<![\w])" if (first.isalnum() or first in "'’*") else ""
    trail = r"(?![\w])" if (last.isalnum() and not phrase.endswith("*")) else ""
    return f"{lead}(?:{body}){trail}"


def _convert(phrase: str) -> str:
    out: list[str] = []
    i = 0
    n = len(phrase)
    while i < n:
        ch = phrase[i]
        if ch == "~":
            gap = "~~" if phrase[i : i + 2] == "~~" else "~"
            # "a ~ b": the gap takes the place of the spaces around it (and of commas)
            if out and out[-1] == _SPACE:
                out[-1] = r"[\s,\u00a0]+"
            out.append(_GAP[gap])
            i += len(gap)
            while i < n and phrase[i] == " ":
                i += 1
            continue
        if ch == " ":
            while i < n and phrase[i] == " ":
                i += 1
            if i < n and phrase[i] == "?":
                out.append(r"[\s\u00a0]*")  # "time ?zone": an optional space
                i += 1
                continue
            if i < n and phrase[i] == "(":
                k = _matching_paren(phrase, i)
                if phrase[k + 1 : k + 2] == "?" and phrase[k + 2 : k + 3] in ("", " "):
                    # "word (optional group)?": the space is optional with the group
                    out.append("(?:" + _SPACE + "(?:" + _convert(phrase[i + 1 : k]) + "))?")
                    i = k + 2
                    continue
            out.append(_SPACE)
            continue
        if ch == "[":
            j = phrase.find("]", i + 1)
            if j < 0:
                raise PackError(f"unclosed [ in phrase {phrase!r}")
            out.append(phrase[i : j + 1])
            i = j + 1
            continue
        if ch == "-":
            out.append(r"[-\u2010\u2011\s]?")
        elif ch == "*":
            out.append(r"\w*")
        elif ch in "'’":
            out.append(r"['’`´]")
        elif ch == ".":
            out.append(r"\.")
        elif ch == "\\" and i + 1 < n:
            out.append(phrase[i : i + 2])
            i += 2
            continue
        elif ch in "()|?":
            out.append(ch)
        elif ch in "+{}^$]":
            out.append("\\" + ch)
        else:
            out.append(regex.escape(ch) if not ch.isalnum() else ch)
        i += 1
    return "".join(out)


# ".*" / ".+" anywhere, or a group repeated without bound that itself ends in a repeat: "(a+)+"
_UNBOUNDED = regex.compile(r"(?<!\\)\.[*+]|[*+]\)[*+]")


def check_bounded(pattern: str) -> None:
    """Refuse raw patterns with unbounded wildcards (catastrophic backtracking risk)."""
    if _UNBOUNDED.search(pattern):
        raise PackError(f"unbounded wildcard in pattern {pattern!r}: use a bounded repeat like {{0,40}}")


def _split_top(group: str) -> list[str]:
    """Split a group's content at its top-level ``|``."""
    parts, depth, cur = [], 0, []
    for ch in group:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def expand_leading(phrase: str, depth: int = 2) -> list[str]:
    """Expand a phrase's leading group into one phrase per alternative, so that each starts
    with a literal: the regex engine finds literal prefixes fast, alternations slowly.
    ``(a|b) c`` → ``a c``, ``b c``; ``(a )?b`` → ``a b``, ``b``."""
    if depth == 0 or not phrase.startswith("(") or phrase.startswith("re:"):
        return [phrase]
    try:
        k = _matching_paren(phrase, 0)
    except PackError:
        return [phrase]
    alts = _split_top(phrase[1:k])
    rest = phrase[k + 1 :]
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    if any(not a for a in alts) or (rest[:1] == "*"):
        return [phrase]
    out = [a + rest for a in alts]
    if optional:
        out.append(rest.lstrip(" "))
    if not all(out) or len(out) > 16:
        return [phrase]
    expanded: list[str] = []
    for o in out:
        expanded.extend(expand_leading(o, depth - 1))
    return expanded if len(expanded) <= 24 else out


def compile_scanners(phrases: list[str], where: str) -> list[regex.Pattern[str]]:
    """One pattern per (expanded) phrase, for scanning a whole document fast."""
    out = []
    seen: set[str] = set()
    for p in phrases:
        for e in expand_leading(p):
            src = phrase_to_regex(e)
            if src in seen:
                continue
            seen.add(src)
            try:
                out.append(regex.compile(src, FLAGS))
            except regex.error as exc:
                raise PackError(f"{where}: bad phrase {p!r}: {exc}") from exc
    return out


def compile_phrases(phrases: list[str], where: str) -> regex.Pattern[str] | None:
    if not phrases:
        return None
    sources = []
    for p in phrases:
        src = phrase_to_regex(p)
        if p.startswith("re:"):
            check_bounded(src)
        try:
            regex.compile(src, FLAGS)
        except regex.error as exc:
            raise PackError(f"{where}: bad phrase {p!r}: {exc}") from exc
        sources.append(src)
    # longest alternatives first so that the longest phrase wins at a position
    sources.sort(key=len, reverse=True)
    return regex.compile("|".join(sources), FLAGS)


# --------------------------------------------------------------------------------------------
# pack schema (validated with pydantic)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RuleSpec(_Strict):
    id: str
    match: list[str] = Field(min_length=1)
    also: list[list[str]] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
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
    examples: list[str] = Field(min_length=1)  # sentences whose trigger is negated
    counter_examples: list[str] = Field(default_factory=list)


class DurationSpec(_Strict):
    units: dict[str, str]
    numbers: dict[str, float]
    not_after: list[str] = Field(default_factory=list)  # words before the number that make it not a period
    # unit words that mean one unit with no number ("przez rok", "vuoden ajan"): phrase syntax
    bare_units: dict[str, str] = Field(default_factory=dict)
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


class ServiceSpec(_Strict):
    we_cues: list[str] = Field(default_factory=list)  # « nous », "we", "vi" in a definition
    controller_cues: list[str] = Field(default_factory=list)


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
    requires: tuple[str, ...]
    context_scope: str
    nearby: int
    negatable: bool
    spec: RuleSpec


def first_match(
    scanners: list[regex.Pattern[str]], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """The earliest (then longest) match of any scanner in ``text[pos:endpos]``."""
    best = None
    end = len(text) if endpos is None else endpos
    for sc in scanners:
        m = sc.search(text, pos, end, timeout=1.0)
        if m is not None and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best


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
    before_words: int
    after_words: int
    abbreviations: frozenset[str]
    number_words: dict[str, float]
    unit_words: dict[str, str]
    duration_re: regex.Pattern[str]
    bare_units: list[tuple[regex.Pattern[str], str]]
    not_after_end: regex.Pattern[str] | None  # matches when a not_after phrase ends the string
    month_words: dict[str, int]
    date_re: regex.Pattern[str]
    updated_cues: regex.Pattern[str]
    we_cues: regex.Pattern[str] | None
    controller_cues: regex.Pattern[str] | None
    extra: dict[str, Any] = field(default_factory=dict)

    def rules_for(self, rule_id: str) -> list[Rule]:
        return self.rules.get(rule_id, [])


def _alternation(words: list[str]) -> str:
    words = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in words)


def _ending(pat: regex.Pattern[str] | None) -> regex.Pattern[str] | None:
    return regex.compile(rf"(?:{pat.pattern})[\s\u00a0]*$", FLAGS) if pat is not None else None


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
    d = spec.durations
    numbers = {k.casefold(): v for k, v in d.numbers.items()}
    units = {k.casefold(): v for k, v in d.units.items()}
    num_alt = r"\d{1,4}(?:[.,]\d{1,2})?"
    if numbers:
        num_alt += "|" + _alternation(list(numbers))
    duration_re = regex.compile(
        rf"(?<![\w.,])(?P<num>{num_alt})(?:[\s\u00a0-]{{1,3}}|(?<=\d))(?P<unit>{_alternation(list(units))})(?!\w)",
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
    return Pack(
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
        before_words=spec.negation.before_words,
        after_words=spec.negation.after_words,
        abbreviations=frozenset(a.casefold().rstrip(".") for a in spec.segment.abbreviations),
        number_words=numbers,
        unit_words=units,
        duration_re=duration_re,
        bare_units=[(regex.compile(phrase_to_regex(k), FLAGS), v) for k, v in d.bare_units.items()],
        not_after_end=_ending(compile_phrases(d.not_after, f"{where} durations.not_after")),
        month_words=months,
        date_re=date_re,
        updated_cues=compile_phrases(spec.dates.updated_cues, f"{where} dates") or regex.compile("(?!)"),
        we_cues=compile_phrases(spec.service.we_cues, f"{where} service"),
        controller_cues=compile_phrases(spec.service.controller_cues, f"{where} service"),
    )


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
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


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

    from policylens.core import packcache

    return packcache.cached(code, text, build, (__name__, tx.__name__))


def has_pack(code: str) -> bool:
    return code in available_packs()
