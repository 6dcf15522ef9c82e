"""Two pure helpers for the service recognizer: who the policy is about, and which dates are not its own.

* :func:`service_candidates` proposes the service's name from what a saved page calls itself
  (``og:site_name``, the ``<title>`` pieces) and from the domains of the policy's e-mail addresses,
  never a generic word or a law's acronym ("GDPR", "EEA", "Policy", "Politique", "Site", "App").
* :func:`follows_law_cue` tells whether a date is the date of a law ("Regulation (EU) 2016/679 of
  27 April 2016", "loi n° 78-17 du 6 janvier 1978", "Bundesdatenschutzgesetz vom 30. Juni 2017"):
  such a date is not when the policy was updated.

The word lists live in ``service_hints.toml`` beside this module (every language, then one list per
language); a language pack adds its own with ``[service] generic_words`` and ``[dates] law_cues``.
Pure Python, no Qt: called from the analysis.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "NameCandidate",
    "follows_law_cue",
    "generic_words",
    "is_generic_name",
    "law_cues",
    "service_candidates",
]


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A possible name of the service; ``sources`` says where it was seen ("site_name", "title",
    "email"), ``score`` ranks candidates (higher is better)."""

    name: str
    score: float
    sources: tuple[str, ...]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("policylens.core").joinpath("service_hints.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _pack_lists(lang: str) -> dict[str, list[str]]:
    """``[service] generic_words`` and ``[dates] law_cues`` of the language pack, if it has them."""
    if not re.fullmatch(r"[a-z]{2,3}", lang or ""):
        return {}
    from policylens.core.rules import PackError, has_pack, load_pack

    if has_pack(lang):
        # the compiled pack (loaded by the analysis anyway, from its cache) holds the same lists,
        # validated: no parsing of the pack's TOML in every process
        try:
            spec = load_pack(lang).spec
        except PackError:
            pass
        else:
            return {"generic_words": list(spec.service.generic_words), "law_cues": list(spec.dates.law_cues)}
    try:
        res = resources.files("policylens.core").joinpath("lang", f"{lang}.toml")
        data = tomllib.loads(res.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, ValueError):
        return {}
    service = data.get("service") or {}
    dates = data.get("dates") or {}
    return {
        "generic_words": [w for w in service.get("generic_words", []) if isinstance(w, str)],
        "law_cues": [w for w in dates.get("law_cues", []) if isinstance(w, str)],
    }


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


@cache
def generic_words(lang: str | None = None) -> frozenset[str]:
    """Words that do not name a service (case-folded): every language's, ``lang``'s, its pack's.
    With no language, the words of every language."""
    table = _data()["generic_words"]
    langs = [lang] if lang else [k for k in table if k != "common"]
    words = set(table.get("common", []))
    for code in langs:
        words.update(table.get(code, []))
        words.update(_pack_lists(code).get("generic_words", []))
    return frozenset(_fold(w) for w in words)


@cache
def law_cues(lang: str | None = None) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words announcing a law, for ``lang`` (every language when None): (whole words, word endings)."""
    table = _data()["law_cues"]
    langs = [lang] if lang else [k for k in table if k != "common"]
    cues = set(table.get("common", []))
    for code in langs:
        cues.update(table.get(code, []))
        cues.update(_pack_lists(code).get("law_cues", []))
    whole = frozenset(_fold(c) for c in cues if not c.startswith("*"))
    endings = tuple(sorted({_fold(c[1:]) for c in cues if c.startswith("*") and len(c) > 3}))
    return whole, endings


_WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")


def is_generic_name(name: str, lang: str | None = None) -> bool:
    """True when ``name`` says nothing of the service: only generic words and law acronyms
    ("Privacy Policy", "GDPR", "Politique de confidentialité", "EEA"), or no letters at all."""
    words = [_fold(w) for w in _WORD.findall(name)]
    if not words or not any(ch.isalpha() for w in words for ch in w):
        return True
    generic = generic_words(lang)
    if _fold(name) in generic:
        return True
    return all(w in generic or w.isdigit() or len(w) < 2 for w in words)


# (and a comma before a lower-case description: "Pilou, l'ourson qui raconte des histoires" — not
# the comma inside a name: "Müller, Meier & Partner", "Acme, Inc.")
_TITLE_SEPARATORS = re.compile(r"\s+[|·•—–:»/-]+\s+|\s*[|·•»]\s*|\s+::\s+|,\s+(?=[a-zà-ÿ])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.I)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "gouv", "ac", "edu", "ltd", "plc", "or", "ne", "go"}


def _runs(piece: str, generic: frozenset[str]) -> list[str]:
    """The runs of non-generic words of a title piece ("Enterprise privacy at OpenAI" → Enterprise,
    OpenAI), spelled as in the piece."""
    out: list[str] = []
    cur: list[str] = []
    for m in _WORD.finditer(piece):
        w = m.group()
        if _fold(w) in generic or w.isdigit():
            if cur:
                out.append(" ".join(cur))
                cur = []
        else:
            cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return [r for r in out if len(r) >= 2 and len(r.split()) <= 4]


def domain_label(domain: str) -> str | None:
    """The name part of an e-mail domain ("privacy.openai.com" → "openai", "shop.example.co.uk" →
    "example"), or None for a mailbox provider, a regulator or a privacy vendor."""
    labels = [p for p in domain.lower().strip(".").split(".") if p]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    label = labels[-1]
    if label in set(_data()["mail_domains"]["ignore"]) or len(label) < 2:
        return None
    return label


def _spelled(label: str, text: str | None) -> str:
    """How ``text`` writes a domain label ("openai" → "OpenAI"), else the label capitalised. The text's
    marked letters stand for the label's letters without marks ("brzozowwielki" is "Brzozów Wielki")."""
    if text:
        head = text[:200_000]
        plain = _unmarked(head)  # the same length: a place in it is the place in ``head``
        m = re.search(rf"(?<![\w@.]){re.escape(label)}(?![\w@]|\.\w)", plain, re.IGNORECASE)
        if m and not m.group().islower():
            return head[m.start() : m.end()]
        # "autoscuolastella" is "Autoscuola Stella", "manosabiertas" "Manos Abiertas": the label's
        # letters with spaces or hyphens between words, each word capitalised
        letters = [re.escape(ch) for ch in label if ch != "-"]
        if 4 <= len(letters) <= 40:
            spaced = re.compile(r"(?<![\w@./-])" + r"[ \u00a0-]?".join(letters) + r"(?![\w@]|\.\w)", re.IGNORECASE)
            found: dict[str, int] = {}
            for m in spaced.finditer(plain):
                written = head[m.start() : m.end()]
                words = re.split(r"[ \u00a0-]", written)
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    got = " ".join(written.split())
                    found[got] = found.get(got, 0) + 1
            if found:  # the spelling written most; one in capitals only as a last resort, its long words capitalised
                best = max(found, key=lambda k: (not k.isupper(), found[k]))
                return " ".join(w.capitalize() if len(w) > 3 else w for w in best.split()) if best.isupper() else best
    return label[:1].upper() + label[1:]


# letters that Unicode does not decompose into a Latin letter and a mark, as file names and web addresses
# write them without the mark: "Szkoła" in "szkola-rodzenia.html", "Bjørn" in "bjorn.no"
_UNMARKED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def ascii_key(name: str) -> str:
    """``name`` folded to its ASCII letters and digits, as a file name or a domain spells it
    ("Szkoła Rodzenia" → "szkolarodzenia", "Bjørnstad & Søn" → "bjornstadson")."""
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKD", name.casefold().translate(_UNMARKED)))


@cache
def _unmarked_letter(ch: str) -> str:
    """``ch`` without its marks when that is one letter ("ó" → "o", "Ł" → "L"), else ``ch``."""
    low = ch.casefold()
    base = "".join(c for c in unicodedata.normalize("NFKD", low.translate(_UNMARKED)) if not unicodedata.combining(c))
    if len(base) != 1 or not base.isascii() or base == low:
        return ch
    return base.upper() if ch != low else base


def _unmarked(text: str) -> str:
    """``text`` with every marked letter written without its marks where that is one letter, each character at
    its place ("Brzozów Wielki" → "Brzozow Wielki"; "æ", two letters, stays)."""
    table = {ord(ch): _unmarked_letter(ch) for ch in set(text) if not ch.isascii()}
    return text.translate(table)


def service_candidates(
    *,
    title: str | None = None,
    site_name: str | None = None,
    emails: Iterable[str] = (),
    text: str | None = None,
    lang: str | None = None,
) -> list[NameCandidate]:
    """Possible names of the service, best first; [] when nothing names it.

    ``title`` and ``site_name`` are what a saved page calls itself (``Document.title``,
    ``Document.site_name``); ``emails`` are addresses (or domains) found in the policy; ``text`` (the
    policy) spells a domain's name ("OpenAI" for openai.com) and confirms a title's words; ``lang`` is
    the policy's language (generic words of every language when None). A name seen in several
    places scores higher: the site's own name 3, a piece of the title 2 (the piece that is nothing
    but the name 1 more), an e-mail domain 1 each (at most 2), and 2 more when the domain agrees with
    the page; 1 more when the text repeats the name."""
    generic = generic_words(lang)
    scores: dict[str, float] = {}
    names: dict[str, str] = {}
    sources: dict[str, list[str]] = {}

    def add(name: str, score: float, source: str) -> None:
        name = " ".join(name.split()).strip(" .,;:-–—|")
        if not name or is_generic_name(name, lang):
            return
        k = ascii_key(name)
        if len(k) < 2:
            return
        scores[k] = scores.get(k, 0.0) + score
        names.setdefault(k, name)
        if source not in sources.setdefault(k, []):
            sources[k].append(source)

    if site_name:
        for run in _runs(site_name, generic) if len(site_name.split()) > 4 else [site_name]:
            add(run, 3.0, "site_name")
    if title:
        pieces = [p for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
        for piece in pieces:
            runs = _runs(piece, generic)
            for run in runs:
                whole = len(runs) == 1 and ascii_key(run) == ascii_key(piece)
                add(run, 3.0 if whole else 2.0, "title")
    domains: dict[str, int] = {}
    for item in emails:
        m = _EMAIL.search(item) if "@" in item else None
        domain = m.group(1) if m else item
        label = domain_label(domain)
        if label:
            domains[label] = domains.get(label, 0) + 1
    page_keys = set(scores)
    for label, count in domains.items():
        k = ascii_key(label)
        agrees = any(k == pk or (len(k) >= 4 and (pk.startswith(k) or k.startswith(pk))) for pk in page_keys)
        if agrees:
            pk = next(pk for pk in page_keys if k == pk or pk.startswith(k) or k.startswith(pk))
            scores[pk] += min(count, 2) + 2.0
            if "email" not in sources[pk]:
                sources[pk].append("email")
        else:
            add(_spelled(label, text), float(min(count, 2)), "email")
    if text:
        head = text[:200_000]
        for k, name in names.items():
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head, re.IGNORECASE):
                scores[k] += 1.0
    ranked = sorted(scores, key=lambda k: (-scores[k], len(names[k])))
    return [NameCandidate(names[k], scores[k], tuple(sources[k])) for k in ranked]


def emails_in(text: str) -> list[str]:
    """The e-mail addresses written in ``text`` (for :func:`service_candidates`)."""
    return [m.group() for m in _EMAIL.finditer(text)]


# between a law's name and its date: its number, "(EU)", "of", "du", "vom", "n°" … (a few tokens)
_BETWEEN = re.compile(r"^[\s\w°º§./()\[\]'’,-]{0,80}$")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-Ý])|\n")
MAX_WORDS_BETWEEN = 6


def follows_law_cue(text: str, pos: int, lang: str | None = None) -> bool:
    """True when the date starting at ``text[pos]`` follows a law's name in the same sentence
    ("French law n° 78-17 of 6 January 1978", "Regulation (EU) 2016/679 of 27 April 2016",
    "Datenschutzgesetz vom 25. Mai 2018"), with at most a few words (its number, "of", "du") in
    between: that is the law's date, not the policy's."""
    start = max(0, pos - 120)
    window = text[start:pos]
    cut = None
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    if cut is not None:
        window = window[cut:]
    words = list(_WORD.finditer(window))
    if not words:
        return False
    whole, endings = law_cues(lang)
    # the last cue before the date, looked for among the last few words
    for i in range(len(words) - 1, max(-1, len(words) - 2 - MAX_WORDS_BETWEEN), -1):
        w = _fold(words[i].group())
        if w in whole or (endings and w.endswith(endings)):
            between = re.sub(r"\d+:\d+", "0", window[words[i].end() :])  # "lagen (2018:218)": a law's number
            return bool(_BETWEEN.match(between)) and len(_WORD.findall(between)) <= MAX_WORDS_BETWEEN
    return False


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
# a sentence or a line opening right before a name, perhaps with a short article ("O ", "la ")
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:\w{1,3}\s+)?$")
MAX_NAME_WORDS = 6


def title_name(
    titles: Iterable[str], body: str, lang: str | None = None, endings: Iterable[str] = ()
) -> str | None:
    """The service's name as the policy's title writes it and its text repeats it: "Vaultline
    Privacy Policy" → "Vaultline", "Privacyverklaring Rijschool Van Dijk" → "Rijschool Van Dijk",
    "Mozillas privatlivspolitik" → "Mozilla" (``endings``: the language's case endings of names).
    ``titles``: the page's title and the heading the policy opens with; ``body``: the text after.

    Each title piece (cut at " – ", " | ", ": " …) loses its generic words at both ends
    ("Privacy", "Policy", "für", "de": :func:`generic_words`); what is left — at most six words,
    the first capitalised — is the name if ``body`` writes it, capitalised, at least twice (a
    single word: twice where no sentence starts, or never in lower case — "Patient Privacy Notice"
    names no "Patient").
    Of several pieces, the one written most often. None when no piece qualifies."""
    generic = generic_words(lang)
    head = body[:200_000]
    best: tuple[int, int, str] | None = None
    for title in titles:
        pieces = _TITLE_SEPARATORS.split(title)
        # "Personvernerklæring – Fotklinikken på Nesttun": every other piece is generic words only,
        # so the one left is the name, even where the text writes it once
        named = [p for p in pieces if any(_fold(w.group()) not in generic for w in _WORD.finditer(p))]
        for piece in pieces:
            words = list(_WORD.finditer(piece))
            lead = len(words)
            while words and (_fold(words[0].group()) in generic or words[0].group().isdigit()):
                words.pop(0)
            lead -= len(words)  # the generic words the piece opens with ("Privatlivspolitik for")
            while words and (_fold(words[-1].group()) in generic or words[-1].group().isdigit()):
                words.pop()
            if not words or len(words) > MAX_NAME_WORDS or not words[0].group()[:1].isupper():
                continue
            cand = piece[words[0].start() : words[-1].end()]
            # "Integritetspolicy för Dammfri-appen", "Siivousapu-palvelun asiakasrekisteri": a generic
            # word joined to the name by a hyphen is no part of it
            stem, dash, tail = cand.rpartition("-")
            if dash and stem[-1:].isalpha() and _fold(tail) in generic:
                cand = stem
            single = len(words) == 1
            count, spelled, opens = _occurrences(cand, head, single=single)
            # (a name of two words or more after the title's generic words, "Privatlivspolitik for Dyreinternatet
            # Vestjylland", or the one piece of a title that is not generic, counts where the text writes it once)
            # — or a title of three words or more that the text opens a sentence with ("CLUBE DE BTT TRILHOS DO
            # ALVÃO" over "O Clube de BTT Trilhos do Alvão é uma associação …")
            once = (len(pieces) > 1 and named == [piece]) or lead > 0 or (len(words) >= 3 and opens)
            if count < (1 if once and not single else 2):
                continue
            # (a title in capitals, its legal form aside: "PERSONDATAPOLITIK FOR FYNSK EL & LADESTANDER ApS")
            letters = [ch for ch in cand if ch.isalpha()]
            shouted = sum(ch.isupper() for ch in letters) > 0.8 * len(letters)
            name = spelled if shouted and not spelled.isupper() else cand
            if single:
                # "Mozillas privatlivspolitik", "Mozillan tietosuojakäytäntö": the stem, when the
                # text writes it alone too
                name = next((st for st in _stems(name, endings) if _occurrences(st, head, single=False)[0]), name)
            if best is None or (count, len(words)) > best[:2]:
                best = (count, len(words), name)
    return best[2] if best is not None else None


def _stems(word: str, endings: Iterable[str]) -> list[str]:
    """``word`` without a possessive or case ending ("Mozillas", "Mozillan", "Example's")."""
    out = []
    for e in ("'s", "’s", *sorted(endings, key=len, reverse=True)):
        if e and word.endswith(e) and len(word) - len(e) >= 3:
            out.append(word[: -len(e)])
    return out


def _occurrences(name: str, text: str, *, single: bool) -> tuple[int, str, bool]:
    """How often ``text`` writes ``name`` capitalised (whole words; any case after the first
    letter, any spaces between words), its most frequent spelling there, and whether it opens a
    sentence or a line with it, a short article allowed before it («O Clube de BTT Trilhos do Alvão é …»).
    A single word counts only where no sentence starts, unless the text never writes it in lower case."""
    pattern = r"(?<![\w@./])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w@]|\.\w)"
    count = opening = lower = 0
    opens = False
    spellings: dict[str, int] = {}
    for m in re.finditer(pattern, text, re.IGNORECASE):
        got = m.group()
        if not got[:1].isupper():
            lower += 1
            continue
        opens = opens or _OPENS.search(text, max(0, m.start() - 6), m.start()) is not None
        if single and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            opening += 1
            continue
        count += 1
        spelled = " ".join(got.split())
        spellings[spelled] = spellings.get(spelled, 0) + 1
    if single and not lower:
        count += opening  # never written in lower case ("Servicefacket är …"): a name wherever it stands
    spelled = max(spellings, key=lambda k: spellings[k]) if spellings else name
    return count, spelled, opens
