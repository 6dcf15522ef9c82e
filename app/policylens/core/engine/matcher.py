"""The rule-pack matcher: each rule of a pack fires on a sentence when one of its phrases occurs
there, the contexts it requires are present, none of its ``unless`` phrases occurs, its ``also``
phrases occur (in the sentence, its heading or, for lists, the next few sentences), and the hit
passes the shared post-filter (:func:`policylens.core.engine.negation.post_filter`).

Each rule scans the text once — or not at all when one scan for all of a pack's phrases says it
cannot match (:mod:`policylens.core.multiscan`) or a literal its phrase needs is not in the text,
or only at the words its phrase can start with when there are few of them
(:mod:`policylens.core.prefilter`): the engine is linear in the document's length."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

import regex

from policylens.core import multiscan, prefilter
from policylens.core.document import Block, Document
from policylens.core.engine.contexts import Hit, Segmented, build, is_label
from policylens.core.engine.negation import placed, post_filter
from policylens.core.rules import Pack, Rule
from policylens.core.segment import Sentence

MAX_HITS_PER_SENTENCE = 8  # a rule looks at no more matches than this in one sentence


def match_rules(seg: Segmented, step: Callable[[int, int], None] | None = None) -> tuple[list[Hit], list[Hit]]:
    """(hits, negated hits) of every rule of every pack in ``seg``; ``step(done, 100)``
    reports progress from 40 to 85."""
    text = seg.doc.text
    starts = [s.start for s in seg.sentences]
    packs = {id(p): p for p in seg.packs}
    total = sum(len(p.rules) for p in packs.values()) or 1
    done = 0
    timeout = max(5.0, len(text) / 100_000)
    index = seg.index or prefilter.TextIndex(text)
    hits: list[Hit] = []
    negated: list[Hit] = []
    # (contexts a rule requires, its scope) → per sentence: 0 not yet known, 1 no, 2 yes (see _has_contexts);
    # one more entry, "no", for offsets before the first sentence (index -1)
    where: dict[tuple[tuple[str, ...], str], bytearray] = {}
    for pack in packs.values():
        # one scan for all of the pack's phrases: those that cannot match are not tried (multiscan; this
        # call counts the document towards building the pack's gate, Segmented.gated then uses it)
        multiscan.gate(pack)
        for rule_id, rules in pack.rules.items():
            for rule in rules:
                seen: set[tuple[int, int]] = set()
                per_sentence: dict[int, int] = {}
                ok_in: bytearray | None = None
                if rule.requires and ELIGIBLE:
                    key = (rule.requires, rule.context_scope)
                    ok_in = where.get(key)
                    if ok_in is None:
                        ok_in = where[key] = bytearray(len(starts)) + b"\x01"
                for scanner in seg.gated(pack, rule.scanners):
                    if not index.may_match(scanner):
                        continue  # it cannot match this text: same findings, no scan
                    # overlapped: a match that runs past its sentence must not hide a shorter one inside it;
                    # concurrent: release the GIL while scanning, so a GUI thread stays responsive
                    at = index.starts(scanner)
                    if at is not None and ok_in is not None:
                        # tried only in the sentences where the rule's contexts are (check() would say no
                        # elsewhere; a sentence's matches count only towards that sentence's limit)
                        at = _in_context(at, starts, ok_in, seg, rule)
                    found = (
                        scanner.finditer(text, overlapped=True, concurrent=True, timeout=timeout)
                        if at is None
                        else prefilter.matches_at(scanner, text, at, timeout, overlapped=True)
                    )
                    for m in found:
                        i = bisect.bisect_right(starts, m.start()) - 1
                        if i < 0 or (i, m.start()) in seen or per_sentence.get(i, 0) >= MAX_HITS_PER_SENTENCE:
                            continue
                        sent = seg.sentences[i]
                        if m.end() > sent.end or seg.packs[i] is not pack:
                            continue
                        seen.add((i, m.start()))
                        per_sentence[i] = per_sentence.get(i, 0) + 1
                        ok = check(seg, rule, i, m.start(), m.end())
                        if ok is True:
                            hits.append(Hit(rule_id, i, m.start(), m.end(), m.group(0)))
                        elif ok is None:
                            negated.append(Hit(rule_id, i, m.start(), m.end(), m.group(0)))
            done += 1
            if step is not None:
                step(40 + int(45 * done / total), 100)
    return hits, negated


ELIGIBLE = True  # a rule with contexts is tried only in the sentences that have them (off: everywhere)


def _in_context(at: list[int], starts: list[int], ok_in: bytearray, seg: Segmented, rule: Rule) -> list[int]:
    """The offsets of ``at`` in sentences where ``rule``'s contexts are (:func:`_has_contexts`,
    worked out once per sentence and kind of rule, in ``ok_in``): check() is False for a match
    anywhere else."""
    kept = []
    requires, scope = rule.requires, rule.context_scope
    for p in at:
        i = bisect.bisect_right(starts, p) - 1
        v = ok_in[i]
        if not v:
            v = ok_in[i] = 2 if _has_contexts(seg, requires, scope, i) else 1
        if v == 2:
            kept.append(p)
    return kept


def _has_contexts(seg: Segmented, requires: tuple[str, ...], scope: str, i: int) -> bool:
    """The contexts part of :func:`check` for sentence ``i``."""
    ok = not seg.own[i].isdisjoint(requires)
    if not ok and scope == "section":
        ok = not seg.inherited[i].isdisjoint(requires)
    elif not ok and seg.table_head and seg.table_head[i] >= 0:
        # a table row reads with its header row ("| Laskut | 10 vuotta kirjanpitolain mukaan |" under
        # "| Tieto | Säilytysaika |"): the column labels belong to the row's own sentence
        ok = any(c in seg.own[seg.table_head[i]] for c in requires)
    sent = seg.sentences[i]
    if not ok and sent.kind == "list_item" and sent.heading >= 0:
        # an item finishes its lead-in's sentence ("Your data may be disclosed to: – courts and
        # the police") or stands for its heading's topic ("Who receives your data" / "– Courts"):
        # a rule that wants its context in the sentence finds it there
        lead = seg.sentences[sent.heading]
        # (not a lead-in to purposes: "… used for the following purposes: – support messages")
        lead_own = seg.own[sent.heading]
        is_lead = lead.kind == "heading" or is_label(seg.doc, lead)
        if "purpose" not in lead_own and is_lead:
            ok = any(c in lead_own for c in requires)
            up = lead.heading
            if not ok and not lead_own and up >= 0 and sent.heading == up + 1:
                # a lead-in of no topic of its own right under its heading ("Who receives your data" /
                # "Only those who must take part:") continues it: the items stand for the heading's topic
                # (not a sub-heading after the paragraphs of another: "Third parties: …" / "Enforcement:")
                ok = any(c in seg.own[up] for c in requires)
    return ok


def check(seg: Segmented, rule: Rule, i: int, ms: int, me: int) -> bool | None:
    """True: the rule fires; False: it does not; None: it would, but the phrase is negated."""
    in_headings = rule.id.startswith("contact.")
    if not placed(seg, i, in_headings=in_headings):
        return False
    sent = seg.sentences[i]
    found = seg.found
    if rule.unless is not None and found(rule.unless, sent.start, sent.end) and not _excepted(seg, rule, i, me):
        return False
    if rule.unless_part_of is not None and part_of(seg.doc.text, rule.unless_part_of, sent.start, sent.end, ms, me):
        return False
    if rule.unless_heading is not None and _under_heading(seg, i, rule.unless_heading):
        return False
    if rule.requires and not _has_contexts(seg, rule.requires, rule.context_scope, i):
        return False
    heading = seg.sentences[sent.heading] if sent.heading >= 0 else None
    for group in rule.also:
        if found(group, sent.start, sent.end):
            continue
        if heading is not None and found(group, heading.start, heading.end):
            continue
        nearby = False
        for j in range(i + 1, min(len(seg.sentences), i + 1 + rule.nearby)):
            sj = seg.sentences[j]
            if found(group, sj.start, sj.end):
                nearby = True
                break
        if not nearby:
            return False
    topics = tuple(rule.requires) or ("collect",)
    got = post_filter(seg, i, ms, me, negatable=rule.negatable, in_headings=in_headings, topics=topics)
    return True if got is None and _excepted(seg, rule, i, me) else got


def _under_heading(seg: Segmented, i: int, pattern: regex.Pattern[str]) -> bool:
    """Whether the nearest heading above sentence ``i`` (past list lead-ins) holds ``pattern``, or an
    earlier sentence of its own paragraph does: a paragraph that opens on the topic is its own small
    section («We film the shop floor with CCTV. The recordings are kept for 30 days.»)."""
    sent = seg.sentences[i]
    if sent.kind == "paragraph":
        j = i - 1
        while j >= 0 and seg.sentences[j].block == sent.block:
            prev = seg.sentences[j]
            if seg.found(pattern, prev.start, prev.end):
                return True
            j -= 1
    h = sent.heading
    while 0 <= h < i and seg.sentences[h].kind != "heading":
        i, h = h, seg.sentences[h].heading
    if not 0 <= h < i:
        return False
    head = seg.sentences[h]
    return seg.found(pattern, head.start, head.end)


def _excepted(seg: Segmented, rule: Rule, i: int, me: int) -> bool:
    """Whether the kind of data a ``collected.*`` rule matched, up to ``me`` in sentence ``i``, is
    followed by an exception (the pack's ``negation.exceptions``: "We use no cookies other than
    those strictly necessary"): what is excepted is of the kind denied, so the kind is stated —
    neither its negation nor the rule's ``unless`` ("no cookies") denies it."""
    if not rule.id.startswith("collected."):
        return False
    after = seg.packs[i].exception_after
    return after is not None and after.match(seg.doc.text, me, seg.sentences[i].end, timeout=1.0) is not None


def part_of(text: str, pattern: regex.Pattern[str], s: int, e: int, ms: int, me: int) -> bool:
    """Whether the match [ms, me) overlaps a match of ``pattern`` within sentence [s, e)."""
    if not prefilter.may_occur(pattern, text, s, e):
        return False
    return any(m.start() < me and ms < m.end() for m in pattern.finditer(text, s, e, overlapped=True, timeout=1.0))


def match_sentence(pack: Pack, sentence: str, rule_id: str, contexts: Iterable[str] = ()) -> bool:
    """Whether ``rule_id`` fires on ``sentence`` alone (used by the packs' example tests).
    ``contexts`` are added to the sentence's own, as if inherited from a heading."""
    doc = Document(
        text=sentence, blocks=[Block("paragraph", 0, len(sentence))], name="example", format="text", sha256=""
    )
    seg = build(doc, [Sentence(0, len(sentence), 0, "paragraph", -1)], [pack])
    seg.inherited[0] = seg.inherited[0] | frozenset(contexts)
    for rule in pack.rules_for(rule_id):
        for sc in rule.scanners:
            for m in sc.finditer(sentence, overlapped=True):
                if check(seg, rule, 0, m.start(), m.end()) is True:
                    return True
    return False
