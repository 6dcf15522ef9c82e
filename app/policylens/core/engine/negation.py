"""The shared post-filter every recognizer's hits go through: no finding in a heading (but
contact details) or a table of contents, none whose phrase is negated in its clause."""

from __future__ import annotations

import re

import regex

from policylens.core import prefilter
from policylens.core.engine.contexts import Segmented
from policylens.core.rules import Pack

_PARENS = re.compile(r"\([^()]{0,300}\)")
# a one-word aside is an optional word, read as if there were no brackets: "die niet (meer) nodig
# zijn", "nicht (mehr) benötigter Daten" keep the word that makes the pack's negation pattern except
# them ("no longer needed" is a state, not a denial); longer asides are skipped
_ONE_WORD = re.compile(r"(?<=\s)\((\w{2,15})\)(?=[\s.,;:!?]|$)")
# a short quoted word is mentioned, not used: "reply «NO MÁS»", 'text "STOP"', „NIE” deny nothing
_QUOTED = re.compile(r"[«“„\"][^«»“”„\"\n]{1,30}[»”\"]")


def _unclosed_paren(left: str) -> int:
    """Index of the last "(" in ``left`` that is still open at its end, or -1."""
    if "(" not in left:
        return -1
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


def _blank_parens(chunk: str) -> str:
    """``chunk`` with the inside of its closed parentheses blanked (same length): a ";" or ":" in
    "(such as your name; e-mail)" separates no clauses of the sentence around it."""
    return _PARENS.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", chunk)


def clause(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> tuple[int, int]:
    """Bounds of the clause around a match within sentence [s, e). A parenthesis the match
    stands in is its own clause; parentheses closed before or opened after it are not, and the
    separators inside them cut nothing. A leading conditional clause ("If you do not want
    e-mails, you can unsubscribe") ends at its comma."""
    left = _blank_parens(text[s:ms])
    open_at = _unclosed_paren(left)
    cut = max(left.rfind(";"), left.rfind(": "), left.rfind(":\n"), left.rfind("•"), open_at)
    cs = s + cut + 1 if cut >= 0 else s
    if pack.conditional_lead is not None:
        m = pack.conditional_lead.match(left[cs - s :])
        if m is not None:
            cs += m.end()
    if pack.scope_breakers is not None and prefilter.may_occur(pack.scope_breakers, text, cs, ms):
        # a breaker inside a closed parenthesis ("(but not your name)") ends no clause around it
        last = _last_breaker(pack.scope_breakers, left, cs - s, ms - s)
        if last is not None:
            cs = s + last.end()
    inside = open_at >= 0 and open_at + s >= cs - 1
    right = _blank_parens(text[me:e])
    stops = [right.find(";"), right.find(": ")]
    if inside:
        stops.append(right.find(")"))
    cut_r = min([p for p in stops if p >= 0], default=-1)
    ce = me + cut_r if cut_r >= 0 else e
    if pack.scope_breakers is not None and prefilter.may_occur(pack.scope_breakers, text, me, ce):
        m = _first_breaker(pack.scope_breakers, right, ce - me)
        if m is not None:
            ce = me + m.start()
    return cs, ce


def _last_breaker(breakers: regex.Pattern[str], left: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """The last of ``breakers.finditer(left, pos, endpos)`` (tried at the words a breaker can start with)."""
    last = None
    for m in prefilter.finditer_at_words(breakers, left, pos, endpos):
        last = m
    return last


def _first_breaker(breakers: regex.Pattern[str], right: str, endpos: int) -> regex.Match[str] | None:
    """``breakers.search(right, 0, endpos)`` (tried at the words a breaker can start with)."""
    return next(prefilter.finditer_at_words(breakers, right, 0, endpos), None)


def is_negated(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> bool:
    """Whether the match [ms, me) in sentence [s, e) is negated in its clause. Parenthetical
    asides around it ("(never the received ones)", "(see section C)") do not count, nor does the
    negation of an open list's marker ("including, but not limited to, your e-mail address": the
    pack's ``flags.non_exhaustive`` phrases)."""
    if not _may_hold_a_negation(text, s, e, ms, me, pack):
        return False
    aside = _example_aside(text, s, ms, pack)
    if aside >= 0:
        # "We do not process special categories of data (for example health data)": the examples are
        # as negated as what they illustrate, the words before the bracket
        ms = me = aside
    if not _is_negated(text, s, e, ms, me, pack):
        return False
    # rare: worked out only for a phrase found negated
    left = text[s:ms]
    blank = left
    for rule in pack.rules_for("flags.non_exhaustive"):
        for scanner in rule.scanners:
            blank = scanner.sub(lambda m: " " * len(m.group()), blank, timeout=1.0)
    # a condition inside the sentence ends at its comma: "delete it where we no longer need it, and
    # object to …", "… if you do not pay your bill, and with the emergency services"
    inner = _inner_conditions(pack)
    if inner is not None and "," in blank:
        blank = inner.sub(lambda m: " " * len(m.group()), blank, timeout=1.0)
    if blank == left:
        return True
    return _is_negated(blank + text[ms:e], 0, e - s, ms - s, me - s, pack)


def _example_aside(text: str, s: int, ms: int, pack: Pack) -> int:
    """Where the bracket that holds the match at ``ms`` (in the sentence from ``s``) opens, when it
    opens with words that give examples (the pack's ``negation.example_asides``: "(for example",
    "(e.g."); else -1."""
    if pack.example_aside is None or "(" not in text[s:ms]:
        return -1
    k = _unclosed_paren(_blank_parens(text[s:ms]))
    if k < 0:
        return -1
    at = s + k + 1
    while at < ms and text[at].isspace():
        at += 1
    return s + k if pack.example_aside.match(text, at, ms, timeout=1.0) is not None else -1


def _may_hold_a_negation(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> bool:
    """False only when the pack's negation cannot match in any string :func:`_is_negated` makes of
    sentence [s, e) for the match [ms, me): those are its words (cut, blanked, rejoined by spaces) and a
    neutral "X". Each run of characters without a space in such a string stands so in the sentence, so
    a negation found there has, for one of its alternatives, every required literal within the sentence
    or "x", signs included ("n't": :func:`_pieces`). A literal the pattern wants after a non-word
    character (``(?<!\\w)nie``) is one there too, or where a run may begin in the middle of a word: at
    the match's bounds (the clause's cuts end where words do, :func:`_cuts_at_word_ends`). Most
    sentences with a hit hold no negation at all: their clause is not worked out."""
    if not prefilter.ENABLED:
        return True
    pieces = _pieces(pack.negation.pattern)
    if pieces is None:
        return True
    part = text[s:e]
    folded = part.casefold()
    if not prefilter.foldable(part, folded):
        return True
    # (where folding keeps every character's place and the pack's cuts end at words: the places tell)
    placed = len(folded) == len(part) and _cuts_at_word_ends(pack)
    cuts = (ms - s, me - s)
    for alt in pieces:
        for p, _ in alt:
            if p not in folded:
                break
        else:
            if not placed or all(not first or _at_a_word_start(part, folded, p, cuts) for p, first in alt):
                return True
    return False


_WORD_CHAR = regex.compile(r"\w")  # the patterns' "\w" (a pack compiles its patterns alike)


def _at_a_word_start(part: str, folded: str, piece: str, cuts: tuple[int, int]) -> bool:
    """Whether ``piece`` is in ``folded`` (``part`` case-folded, each character at its place) where no
    word character comes before it, or at one of ``cuts`` (a run of the strings negation reads may
    begin there, in the middle of a word). A piece that opens with no word character: anywhere."""
    if not _WORD_CHAR.match(piece):
        return piece in folded
    k = folded.find(piece)
    while k >= 0:
        if k == 0 or k in cuts or not _WORD_CHAR.match(part, k - 1):
            return True
        k = folded.find(piece, k + 1)
    return False


_PIECES: dict[str, tuple[tuple[tuple[str, bool], ...], ...] | None] = {}


def _pieces(pattern: str) -> tuple[tuple[tuple[str, bool], ...], ...] | None:
    """Per alternative of the negation ``pattern``, its required literals but "x" (the neutral word
    :func:`_is_negated` puts in; see :func:`_may_hold_a_negation`), each with whether the pattern wants a
    non-word character before it; None when its alternatives cannot be told. A literal holds its signs
    and a small class is opened (:func:`prefilter.sign_alternatives`): English "n't" is required as
    such, not as "n" and "t", which nearly every sentence holds."""
    if pattern not in _PIECES:
        alts = prefilter.sign_alternatives(pattern)
        _PIECES[pattern] = (
            None
            if alts is None
            else tuple(tuple((p, first) for p, first in lits if p not in "x") for lits in alts)
        )
    return _PIECES[pattern]


_CLEAN: dict[int, tuple[Pack, bool]] = {}


def _cuts_at_word_ends(pack: Pack) -> bool:
    """Whether each place where :func:`_is_negated` cuts a sentence or blanks a stretch of it has a
    non-word character on one side: the clause's start after a conditional lead or a scope breaker, the
    relative aside blanked out (the pack's patterns: :func:`prefilter.ends_at_a_word_end`), brackets and
    quotes. Then a run of the strings it reads begins in the middle of a word only at the match's bounds.
    (The second reading, with open lists' markers and inner conditions blanked, is only done where the
    first found a negation.)"""
    got = _CLEAN.get(id(pack))
    if got is None or got[0] is not pack:
        ok = all(
            p is None or prefilter.ends_at_a_word_end(p.pattern)
            for p in (pack.conditional_lead, pack.scope_breakers, pack.relative_aside)
        )
        got = _CLEAN[id(pack)] = (pack, ok)
    return got[1]


_INNER: dict[int, regex.Pattern[str] | None] = {}


def _inner_conditions(pack: Pack) -> regex.Pattern[str] | None:
    """The pack's conditional clauses anywhere in a sentence, up to the comma that ends them
    (``conditional_lead`` without its anchor at the clause's start)."""
    key = id(pack)
    if key not in _INNER:
        lead = pack.conditional_lead
        src = lead.pattern.removeprefix(r"[\W\d]{0,12}") if lead is not None else ""
        anchored = lead is not None and src != lead.pattern
        _INNER[key] = regex.compile(r"(?<![\w])" + src, lead.flags) if anchored else None  # type: ignore[union-attr]
    return _INNER[key]


def _is_negated(text: str, s: int, e: int, ms: int, me: int, pack: Pack) -> bool:
    if "(" in text[s:e]:
        # brackets of a one-word aside become spaces (same length: offsets stay), on the sentence alone
        flat = _ONE_WORD.sub(lambda m: f" {m.group(1)} ", text[s:e])
        if flat != text[s:e]:
            text, s, e, ms, me = flat, 0, e - s, ms - s, me - s
    if pack.relative_aside is not None and "," in text[s:ms]:
        # "les statistiques, qui ne permettent aucune identification, sont gardées sans limite": the
        # relative clause before the phrase is blanked out (same length: offsets stay)
        left = pack.relative_aside.sub(lambda m: " " * len(m.group()), text[s:ms])
        if left != text[s:ms]:
            # work on the sentence alone (no copy of the whole document per hit)
            text, s, e, ms, me = left + text[ms:e], 0, e - s, ms - s, me - s
    cs, ce = clause(text, s, e, ms, me, pack)
    before = _QUOTED.sub(" ", _PARENS.sub(" ", text[cs:ms]))
    words_before = before.split()
    if len(words_before) > pack.before_words:
        # keep the last N words
        before = " ".join(words_before[-pack.before_words :]) + " "
    after_words = _QUOTED.sub(" ", _PARENS.sub(" ", text[me:ce])).split()[: pack.after_words]
    # the matched phrase stands as one neutral word: a negation inside the phrase itself
    # ("no longer needed", "ne sont plus nécessaires") is part of its meaning, not a denial of it
    after = " ".join(after_words)
    if _negation(pack, before + " X " + after):
        return True
    # a negation that spans the phrase ("ne transférons pas", the phrase being "transférons")
    if _negation(pack, before + text[ms:me] + " " + after) and not _negation(pack, text[ms:me]):
        return True
    return _negated_list(words_before, text[me:ce], pack)


def _negated_list(words_before: list[str], after: str, pack: Pack) -> bool:
    """Whether a negated verb further back than ``before_words`` reaches the phrase along a list
    of its objects: "Under no circumstances do we collect any data revealing racial origin,
    political opinions, religious beliefs, health or sex life". The list must be one (two commas
    or more from the negation to the clause's end), and the words between the negation and the
    phrase must start no new subject ("…, and we share your name") past the negated verb's own
    (the four words after the negation: "no circumstances do we collect")."""
    if pack.list_reach <= 0 or len(words_before) <= pack.before_words:
        return False
    reach = words_before[-(pack.before_words + pack.list_reach) :]
    cue = None
    for k in range(len(reach) - pack.before_words - 1, -1, -1):
        if _cue_at(pack, reach, k):
            cue = k
            break
    if cue is None:
        return False
    between = reach[cue + 1 :]
    tail = _PARENS.sub(" ", after)
    marks = sum(w.endswith(",") for w in between) + tail.count(",")
    # "varken X eller Y, Z eller W": after a correlative negation its list's conjunctions are marks too
    if reach[cue].casefold() in pack.correlatives:
        marks += sum(1 for w in [*between, *tail.split()] if pack.words.list_split.fullmatch(f" {w} "))
    # "… no right to erasure, objection nor portability" ("eikä", "ni", "noch"): a list closed by a
    # negated conjunction is one too, its last comma being that conjunction
    if marks == 1 and _negation(pack, " " + " ".join(tail.split()[:2]) + " "):
        marks += 1
    if marks < 2:
        return False
    rest = " " + " ".join(between[4:]) + " "
    if pack.list_subject is None:
        return True
    for m in pack.list_subject.finditer(rest, timeout=1.0):
        # a subject after a comma, a conjunction or a word that opens a clause starts a new clause
        # ("…, and we share your name", "when we put a pixel"); a personal subject right after a
        # noun opens a clause about that noun ("the websites you visit, DNS queries, … or your IP
        # address"): the list goes on
        prev = rest[: m.start()].split()
        word = m.group().strip().casefold()
        if (
            not prev
            or word in pack.relative_words
            or prev[-1].endswith((",", ";", ":", ".", ")"))
            or prev[-1].casefold() in pack.clause_openers
            or pack.words.list_split.fullmatch(f" {prev[-1]} ")
        ):
            return False
    return True


def _cue_at(pack: Pack, words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a negation cue, read with the words around it: a cue whose pattern
    excludes what follows it (Swedish "inte" before "längre behövs": "when no longer needed") or
    what precedes it (Norwegian "ikke" in «opplysninger vi ikke trenger», a relative clause without
    "som") is none there."""
    head = " " + words[k] + " "
    if not _negation(pack, head):
        return False
    lead = " " + " ".join(words[max(0, k - 2) : k]) if k else ""
    window = lead + head + " ".join(words[k + 1 : k + 4]) + " "
    return any(len(lead) <= m.start() < len(lead) + len(head) for m in pack.negation.finditer(window, timeout=1.0))


def _negation(pack: Pack, words: str) -> bool:
    """Whether the pack's negation pattern matches in ``words`` (not tried where it cannot)."""
    return prefilter.may_occur(pack.negation, words) and pack.negation.search(words, timeout=1.0) is not None


def placed(seg: Segmented, i: int, *, in_headings: bool = False) -> bool:
    """Whether sentence ``i`` may carry a finding at all: not a table of contents, not a table's
    header row ("| Nom du cookie | Finalité |": column labels), and not a heading unless
    ``in_headings`` (contact details may stand in one)."""
    sent = seg.sentences[i]
    if sent.kind == "heading" and not in_headings and _leads_a_list(seg, i):
        return not sent.toc  # "We use the following sub-processors:" read as the heading of its list
    return not (sent.toc or (sent.kind == "heading" and not in_headings) or i in seg.header_rows)


def _leads_a_list(seg: Segmented, i: int) -> bool:
    """A line ending with ":" that the list right under it takes as its heading: a lead-in that
    states something, not a title."""
    nxt = seg.sentences[i + 1] if i + 1 < len(seg.sentences) else None
    return (
        nxt is not None
        and nxt.kind == "list_item"
        and nxt.heading == i
        and len(seg.sent_text(i).split()) >= 4
        and seg.sent_text(i).rstrip().endswith((":", "："))
    )


def _cells(row: str) -> list[str]:
    return [c.strip(" *_") for c in row.strip().strip("|").split("|")]


def _row_answers_no(seg: Segmented, i: int, topics: tuple[str, ...] = ("collect",)) -> bool:
    """A table row that answers no in a column whose header speaks of the hit's topic (its rule's
    required contexts): "| Category | Examples | Collected |" over "| B. Biometric information |
    Fingerprints | NO |", "| Reasons we can share | Do we share? |" over "| For our affiliates'
    marketing | No |"; a "No" under "Sold" says nothing about what is collected."""
    cells = _cells(seg.sent_text(i))
    pack = seg.packs[i]
    no = pack.words.no_answers
    at = [k for k, c in enumerate(cells) if k and c and c.casefold() in no]
    if not at:
        return False
    header = _cells(seg.sent_text(seg.table_head[i]))
    scanners = [sc for t in topics for sc in pack.context_scanners.get(t, [])]
    return any(k < len(header) and any(sc.search(header[k]) for sc in scanners) for k in at)


def post_filter(
    seg: Segmented,
    i: int,
    ms: int,
    me: int,
    *,
    negatable: bool = True,
    in_headings: bool = False,
    topics: tuple[str, ...] = ("collect",),
) -> bool | None:
    """The shared post-filter of every recognizer's hits. True: the hit [ms, me) in sentence
    ``i`` stands; False: it stands where no finding may (heading, table of contents); None: its
    phrase is negated in its clause (the rule-pack recognizer keeps those: a negated "we sell"
    says the data is not sold)."""
    if not placed(seg, i, in_headings=in_headings):
        return False
    sent = seg.sentences[i]
    if negatable and i < len(seg.table_head) and seg.table_head[i] >= 0 and _row_answers_no(seg, i, topics):
        return None  # "| B. Biometric information | Fingerprints | NO |"
    if negatable and is_negated(seg.doc.text, sent.start, sent.end, ms, me, seg.packs[i]):
        return None
    return True


def negated_in(pack: Pack, sentence: str, phrase_pattern: str) -> bool:
    """Whether the first match of ``phrase_pattern`` in ``sentence`` is negated."""
    m = regex.search(phrase_pattern, sentence, regex.IGNORECASE)
    if m is None:
        raise ValueError(f"{phrase_pattern!r} not in {sentence!r}")
    return is_negated(sentence, 0, len(sentence), m.start(), m.end(), pack)
