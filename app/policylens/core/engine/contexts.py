"""The segmented document: sentences, the pack of each, and each sentence's contexts.

Each sentence gets *contexts* (collect, share, retain, rights, ...) from its own words (the pack's
``[contexts]`` phrases), and inherits those of the heading it stands under and of the list lead-in
("We collect:") above it. Every recognizer reads the document through :class:`Segmented`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import regex

from policylens.core import multiscan, prefilter
from policylens.core.document import SEPARATOR_ROW, Document, is_table_row
from policylens.core.models import Evidence
from policylens.core.rules import Pack
from policylens.core.segment import Sentence, segment

MAX_EVIDENCE = 6  # pieces of evidence kept per finding

# contexts that make a heading a topic its sentences inherit
TOPICAL = ("collect", "share", "retain", "rights", "use", "purpose", "security", "children", "contact")
_TOPICAL = frozenset(TOPICAL)
# topics a short sub-heading may have from a word of its data category ("Device and usage", "Contact
# with support"): under a numbered section about what is collected, it stays a part of that section
# — and a label of whose data follows ("About the child:", "Sur les parents :"), whose word is the
# children's: under "What data we collect" it lists collected data too
WEAK_TOPICS = frozenset({"use", "contact", "children"})
# a numbered heading ("2. What we collect", "II. …", "§ 3 …", "Artikel 4 – …") opens a section
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|§\s*\d+[a-z]?\.?|(?:Art(?:ikel|icle|\.)?)\s*\d+)\s",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Hit:
    """One finding of a recognizer: ``rule`` is the finding's key ("collected.device",
    "flags.sells_data", "sale.no", ...), ``sent`` the sentence, [start, end) the match in the
    document's text."""

    rule: str
    sent: int
    start: int
    end: int
    text: str
    score: float = 1.0  # a learned recognizer's confidence; rules say 1.0


@dataclass(slots=True)
class Segmented:
    """A document as the recognizers see it. ``hits``/``negated`` gather what the recognizers
    found so far (by key), ``facts`` what they extracted beyond hits (contact, service, periods)."""

    doc: Document
    sentences: list[Sentence]
    packs: list[Pack]  # per sentence
    own: list[frozenset[str]]
    inherited: list[frozenset[str]]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    negated: dict[str, list[Hit]] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    index: prefilter.TextIndex | None = None  # which literals the text contains
    # per sentence: the first sentence of its table's header row when it stands in a later row, else -1
    table_head: list[int] = field(default_factory=list)
    # sentences of header rows marked as such (a markdown "| --- |" row follows): column labels, no findings
    header_rows: frozenset[int] = frozenset()
    _found: dict[tuple[int, int, int], bool] = field(default_factory=dict)
    _holding: dict[int, list[bool] | None] = field(default_factory=dict)
    _sections: dict[int, str] = field(default_factory=dict)
    _gated: dict[int, list[regex.Pattern[str]]] = field(default_factory=dict)

    def may_match_in(self, pattern: regex.Pattern[str], i: int) -> bool:
        """False only when ``pattern`` cannot match within sentence ``i`` (searched on the sentence
        cut out, or with its bounds as ``pos``/``endpos``): it holds none of the literals every
        match holds (:meth:`policylens.core.prefilter.TextIndex.holding`, worked out for all the
        sentences at once)."""
        key = id(pattern)
        marks = self._holding.get(key, False)
        if marks is False:
            index = self.index
            if index is None:
                index = self.index = prefilter.TextIndex(self.doc.text)
            marks = self._holding[key] = index.holding(
                pattern, [s.start for s in self.sentences], [s.end for s in self.sentences]
            )
        return marks is None or marks[i]  # type: ignore[index]

    def found(self, pattern: regex.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` matches in ``text[start:end]`` (memoised: rules share their
        also/unless groups, and many hits fall in the same sentences)."""
        key = (id(pattern), start, end)
        got = self._found.get(key)
        if got is None:
            text = self.doc.text
            # its alternatives that hold literals searched only where those are, the others apart
            # (prefilter.split_by_literals): the same answer
            got = self._found[key] = any(
                part is not None
                and prefilter.may_occur(part, text, start, end)
                and part.search(text, start, end, timeout=1.0) is not None
                for part in prefilter.split_by_literals(pattern)
            )
        return got

    def cue_in(self, pattern: regex.Pattern[str], i: int, *, cut: bool = True) -> bool:
        """Whether ``pattern`` matches in sentence ``i``: searched on the sentence cut out
        (``cut``), else with its bounds as ``pos``/``endpos``. Its alternatives that hold literals
        are searched only where those are (:meth:`may_match_in`), the others apart
        (:func:`policylens.core.prefilter.split_by_literals`): the same answer."""
        s = self.sentences[i]
        text = self.doc.text
        chunk = text[s.start : s.end] if cut else None
        for part in prefilter.split_by_literals(pattern):
            if part is None or not self.may_match_in(part, i):
                continue
            found = (
                part.search(chunk, timeout=1.0) if chunk is not None else part.search(text, s.start, s.end, timeout=1.0)
            )
            if found is not None:
                return True
        return False

    def gated(self, pack: Pack, scanners: list[regex.Pattern[str]]) -> list[regex.Pattern[str]]:
        """Those of ``pack``'s ``scanners`` (a rule's) that the pack's one scan for all its phrases does
        not rule out in the document (:mod:`policylens.core.multiscan`; all of them when the pack has no
        gate yet). Searched only on stretches of the document's text, they find what all would."""
        got = self._gated.get(id(scanners))
        if got is None:
            gate = multiscan.gate(pack, count=False)
            got = self._gated[id(scanners)] = scanners if gate is None else gate.kept(self.doc.text, scanners)
        return got

    def sent_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.doc.text[s.start : s.end]

    def sent_of(self, pos: int) -> int:
        """The sentence a text offset falls in (the first one before the first sentence)."""
        if not self._starts:
            self._starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def section(self, i: int) -> str | None:
        h = self.sentences[i].heading
        if self.sentences[i].kind == "heading":
            h = i
        if h < 0:
            return None
        got = self._sections.get(h)
        if got is None:  # the sections of a document's findings are few: each heading tidied once
            got = self._sections[h] = " ".join(self.sent_text(h).split())[:160]
        return got

    def evidence(self, i: int) -> Evidence:
        s = self.sentences[i]
        return Evidence(quote=self.doc.text[s.start : s.end], start=s.start, end=s.end, section=self.section(i))

    def evidence_list(self, sents: Any) -> list[Evidence]:
        seen: list[int] = []
        for i in sents:
            if i not in seen:
                seen.append(i)
        return [self.evidence(i) for i in seen[:MAX_EVIDENCE]]

    def has_context(self, i: int, name: str) -> bool:
        return name in self.own[i] or name in self.inherited[i]

    def hits_under(self, prefix: str) -> dict[str, list[Hit]]:
        """The hits whose key starts with ``prefix.``, by the rest of the key, in text order."""
        out: dict[str, list[Hit]] = {}
        for rule_id, hits in self.hits.items():
            if rule_id.startswith(prefix + "."):
                out[rule_id.split(".", 1)[1]] = sorted(hits, key=lambda h: h.start)
        return out

    def add(self, hits: list[Hit], negated: list[Hit] = ()) -> None:  # type: ignore[assignment]
        for h in hits:
            self.hits.setdefault(h.rule, []).append(h)
        for h in negated:
            self.negated.setdefault(h.rule, []).append(h)


def segment_document(doc: Document, block_pack: list[Pack], main: Pack) -> list[Sentence]:
    """Sentences of ``doc``, with the abbreviations of every pack in play."""
    abbreviations = (
        frozenset().union(*(p.abbreviations for p in {id(p): p for p in block_pack}.values()))
        if block_pack
        else main.abbreviations
    )
    return segment(doc, abbreviations)


def ctx_level(doc: Document, s: Sentence) -> int:
    return doc.blocks[s.block].level if s.block < len(doc.blocks) else 0


# items of a list flattened to one level that inherit the item ending with ":" above them
FLAT_ITEMS = 12
# a cell's text may run over lines of its own in a saved or converted table: a row up to this many
# blocks after the last one still belongs to the table
TABLE_GAP = 4


def table_heads(doc: Document, sentences: list[Sentence]) -> list[int]:
    """Per sentence, the first sentence of the header row of the table it is a later row of
    ("| Partenaire | Traitement | Pays |" above "| Dolist | Envoi de mails | UE |"), else -1. A table
    is a run of row blocks (at most :data:`TABLE_GAP` apart); its first row that is no separator
    ("| --- |") is the header. A heading between rows followed by a row of another width starts a
    new table ("Cookie | Provider | Purpose" above, "Data | Kept for" under the next heading), and so
    does a numbered heading followed by a row of any width."""
    text = doc.text
    out: list[int] = []
    head, head_block, last_row = -1, -1, -2
    head_width, heading_since, numbered_since = 0, False, False
    row_of: dict[int, bool] = {}
    chunk_of: dict[int, str] = {}
    for i, s in enumerate(sentences):
        b = s.block
        if b not in row_of:
            blk = doc.blocks[b] if b < len(doc.blocks) else None
            chunk = text[blk.start : blk.end] if blk is not None else text[s.start : s.end]
            chunk_of[b] = chunk
            row_of[b] = is_table_row(chunk) and SEPARATOR_ROW.match(chunk) is None
            if row_of[b] is False and blk is not None and SEPARATOR_ROW.match(chunk) and "|" in chunk:
                row_of[b] = None  # type: ignore[assignment]  # a separator: inside the table, no row
        kind = row_of[b]
        if kind is None:
            last_row = b
            out.append(-1)
            continue
        if not kind:
            if b > last_row + TABLE_GAP:
                head, head_block = -1, -1
            elif head >= 0 and b < len(doc.blocks) and doc.blocks[b].kind == "heading":
                heading_since = True
                # a numbered heading opens a section of its own: the rows under it are another table,
                # of whatever width ("2. FINALITÀ" above "Finalità | Base giuridica | Conservazione")
                numbered_since = numbered_since or _NUMBERED.match(chunk_of[b]) is not None
            out.append(-1)
            continue
        width = _row_width(chunk_of[b])
        if (
            head < 0
            or b > last_row + TABLE_GAP
            or (heading_since and b != head_block and (width != head_width or numbered_since))
        ):
            # the header is the sentence of the block that holds the cells: a lead-in paragraph ending
            # in its columns ("The table sets out … Each row reads: purpose | data | how long we keep it.")
            head, head_block, head_width = _cells_sentence(text, sentences, i), b, width
        heading_since = numbered_since = False
        last_row = b
        out.append(head if b != head_block else -1)
    return out


def _cells_sentence(text: str, sentences: list[Sentence], i: int) -> int:
    """The first sentence from ``i`` on, in the same block, that holds a cell separator ("|"), else ``i``."""
    j = i
    while j < len(sentences) and sentences[j].block == sentences[i].block:
        if "|" in text[sentences[j].start : sentences[j].end]:
            return j
        j += 1
    return i


def _row_width(chunk: str) -> int:
    """The number of cells of the first row of a row block ("a | b | c" and "| a | b | c |": 3)."""
    first = chunk.strip().split("\n", 1)[0].strip()
    return len(first.strip("|").split("|"))


def header_rows(doc: Document, sentences: list[Sentence], heads: list[int]) -> frozenset[int]:
    """The sentences of the header rows that a markdown separator row ("| --- | --- |") follows."""
    text = doc.text
    out: set[int] = set()
    for h in set(heads) - {-1}:
        b = sentences[h].block
        nxt = doc.blocks[b + 1] if b + 1 < len(doc.blocks) else None
        if nxt is not None and "|" in (row := text[nxt.start : nxt.end]) and SEPARATOR_ROW.match(row):
            i = h
            while i < len(sentences) and sentences[i].block == b:
                out.add(i)
                i += 1
    return frozenset(out)


# the number of a numbered heading, by style: "1.8 …" → ("d", 2), "IV. …" → ("r", 1), "§ 3 …" → ("§", 1)
_NUMBER_KIND = re.compile(
    r"^\s*(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([IVXLC]{1,6})\.|(§)\s*\d+[a-z]?\.?|(Art)(?:ikel|icle|\.)?\s*\d+)\s",
    re.IGNORECASE,
)


def _number_of(title: str) -> tuple[str, int] | None:
    m = _NUMBER_KIND.match(title)
    if m is None:
        return None
    if m.group(1):
        return "d", m.group(1).count(".") + 1
    return ("r" if m.group(2) else "§" if m.group(3) else "a"), 1


def _up_from(text: str, sentences: list[Sentence], h: int, memo: dict[int, int]) -> int:
    """The heading a topicless heading ``h`` stands under. For a numbered heading, not the heading
    before it when that one is a sibling or stands in a sibling's section ("1.7 Customer service"
    above "1.8 Website and app", "9. Children" or its sub-heading above "10. Changes"): their
    topics are theirs, not its own section's. The walk skips them to the parent ("1. What we
    collect") or, with none, to the heading above the first of the numbered sections."""
    if h in memo:
        return memo[h]
    out = sentences[h].heading
    num = _number_of(text[sentences[h].start : sentences[h].end])
    if num is not None:
        kind, depth = num
        p, first, parent, hops = out, -1, -1, 0
        while p >= 0 and hops < 400:
            other = _number_of(text[sentences[p].start : sentences[p].end])
            if other is not None and other[0] == kind:
                if other[1] < depth:
                    parent = p
                    break
                first = p  # a sibling, or a sibling's sub-section
            p = sentences[p].heading
            hops += 1
        if parent >= 0 and first >= 0:
            out = parent
        elif first >= 0:
            out = sentences[first].heading  # no parent: what stands above the first numbered section
        # with no sibling before it, the heading above it is its parent, as for any heading
    memo[h] = out
    return out


def _section_topics(text: str, sentences: list[Sentence], own: list[frozenset[str]], h: int) -> frozenset[str]:
    """The topics of the numbered section an unnumbered, short heading ``h`` stands in ("2. What we
    collect" above "Device and usage"), else nothing: the headings between must be unnumbered too."""
    title = text[sentences[h].start : sentences[h].end]
    if _NUMBERED.match(title) or len(title.split()) > 5:
        return frozenset()
    p = sentences[h].heading
    hops = 0
    while p >= 0 and hops < 8:
        if _NUMBERED.match(text[sentences[p].start : sentences[p].end]):
            return own[p]
        p = sentences[p].heading
        hops += 1
    return frozenset()


def _parent(doc: Document, sentences: list[Sentence], h: int) -> int:
    """The heading whose section heading ``h`` is a part of: the nearest heading above at a
    shallower level; for a heading ending with ":" ("When you use the app:", a label of what
    follows), also one at its own level that is no such label. -1 when none is near."""
    level = ctx_level(doc, sentences[h])
    label = is_label(doc, sentences[h])
    p = sentences[h].heading
    hops = 0
    while p >= 0 and hops < 12:
        lp = ctx_level(doc, sentences[p])
        if lp < level or (label and lp == level and not is_label(doc, sentences[p])):
            return p
        p = sentences[p].heading
        hops += 1
    return -1


def _above_siblings(doc: Document, sentences: list[Sentence], own: list[frozenset[str]], h: int) -> int:
    """The heading above a paragraph that stands as a sub-heading and the run of such siblings before
    it, none with a topic other than a weak one: "Når du bruker appen" after "Når du bestiller" and
    "Når du betaler" under "Hvilke opplysninger samler vi inn?". -1 when another paragraph or a
    sibling with a strong topic comes between."""
    level = ctx_level(doc, sentences[h])
    p, hops = sentences[h].heading, 0
    while p >= 0 and hops < 8 and sentences[p].kind != "heading":
        if ctx_level(doc, sentences[p]) != level or not own[p] & _TOPICAL <= WEAK_TOPICS:
            return -1
        p, hops = sentences[p].heading, hops + 1
    return p if p >= 0 and sentences[p].kind == "heading" else -1


def _parent_collects(doc: Document, sentences: list[Sentence], own: list[frozenset[str]], h: int) -> set[str]:
    """{"collect"} when heading ``h`` (a weak topic only: "When you contact us") is a subsection
    (:func:`_parent`) of a heading about the data collected and nothing else: "2.6 When you contact
    us" under "2. What data we process" lists data too; one about purposes, storage or sharing as
    well passes nothing on ("About the child:" under "What we collect" does)."""
    p = _parent(doc, sentences, h)
    if p < 0 and sentences[h].kind != "heading":
        p = _above_siblings(doc, sentences, own, h)
    if p >= 0 and "collect" in own[p] and own[p] & _TOPICAL <= {"collect", "use"}:
        return {"collect"}
    return set()


def _parent_shares(doc: Document, sentences: list[Sentence], own: list[frozenset[str]], h: int) -> set[str]:
    """{"share"} when the label heading ``h`` (a weak topic only: "We also use:") stands in a section
    about who receives the data ("4. Who receives your data"), :func:`_parent`."""
    p = _parent(doc, sentences, h)
    return {"share"} if p >= 0 and "share" in own[p] else set()


def _collect_closes(text: str, s: Sentence, pack: Pack, own: frozenset[str]) -> bool:
    """Whether a lead-in (a sentence ending with ":") that has both "collect" and "purpose" words
    ends on the collect ones: its last collect phrase comes after its last purpose phrase."""
    if "collect" not in own or "purpose" not in own or not text[s.start : s.end].rstrip().endswith((":", "：")):
        return False

    def last(name: str) -> int:
        ends = [m.end() for sc in pack.context_scanners.get(name, ()) for m in sc.finditer(text, s.start, s.end)]
        return max(ends, default=-1)

    return last("collect") > last("purpose")


def is_label(doc: Document, s: Sentence) -> bool:
    """A heading ending with ":" (a label of what follows, not a section's title)."""
    return doc.text[s.start : s.end].rstrip().endswith((":", "："))


def build(doc: Document, sentences: list[Sentence], packs: list[Pack]) -> Segmented:
    """Each sentence's own contexts and those it inherits from headings and list lead-ins."""
    text = doc.text
    # each context's phrases scan the whole text once; a match marks the sentence it falls in
    starts = [s.start for s in sentences]
    marks: list[set[str]] = [set() for _ in sentences]
    timeout = max(5.0, len(text) / 100_000)
    index = prefilter.TextIndex(text)
    for pack in {id(p): p for p in packs}.values():
        # one scan for all of the pack's phrases: those that cannot match are not tried (multiscan)
        gate = multiscan.gate(pack, count=False)
        for name, scanners in pack.context_scanners.items():
            for scanner in scanners if gate is None else gate.kept(text, scanners):
                if not index.may_match(scanner):
                    continue  # it cannot match this text
                at = index.starts(scanner)
                found = (
                    scanner.finditer(text, concurrent=True, timeout=timeout)
                    if at is None
                    else prefilter.matches_at(scanner, text, at, timeout, overlapped=False)
                )
                for m in found:
                    i = bisect.bisect_right(starts, m.start()) - 1
                    if i < 0:
                        continue
                    if m.end() <= sentences[i].end:
                        if packs[i] is pack:
                            marks[i].add(name)
                        continue
                    # a match that runs over its sentence's end ("Komu przekazujemy dane" / "Twoje dane
                    # mogą otrzymać:", a gap crossing the line) counts for neither sentence, and the
                    # scan goes on after it: look again inside each sentence it ran into
                    j = i + 1
                    while j < len(sentences) and sentences[j].start < m.end():
                        sj = sentences[j]
                        if packs[j] is pack and scanner.search(text, sj.start, sj.end, timeout=timeout):
                            marks[j].add(name)
                        j += 1
    own: list[frozenset[str]] = [frozenset(m) for m in marks]
    for i in range(1, len(sentences)):
        # the lead-in of a heading line with a sentence before it ("We only disclose your data where it is
        # necessary. That means:", see ``segment``) heads the list below with the topics of the whole line
        s, p = sentences[i], sentences[i - 1]
        if s.kind == "heading" and p.kind == "paragraph" and p.block == s.block:
            own[i] = own[i] | own[i - 1]
    # what a heading or list lead-in passes on: its own contexts, except that a lead-in whose
    # purpose words only open it and whose collect words close it ("Para las finalidades señaladas
    # en este aviso, recabamos los siguientes datos personales:") lists data, not purposes
    passed: list[frozenset[str]] = [
        o - {"purpose"} if _collect_closes(text, sentences[i], packs[i], o) else o for i, o in enumerate(own)
    ]
    heads = table_heads(doc, sentences)
    header_of = {h for h in heads if h >= 0}  # the header rows of the tables
    inherited: list[frozenset[str]] = []
    lead_in: frozenset[str] = frozenset()
    lead_block = -1
    sub_lead: frozenset[str] = frozenset()
    sub_level = sub_at = 0
    up_memo: dict[int, int] = {}
    for i, s in enumerate(sentences):
        # headings: walk up until a heading that has a topic
        inh: set[str] = set()
        h = s.heading if s.kind != "heading" else -1
        hops = 0
        while h >= 0 and hops < 6:
            if h in header_of and i != h:
                # a table's header row is no section heading: its rows take its columns' topics (below, from
                # ``heads``) and, as the paragraphs after the table do, the topic of the section above
                # («1. HVA VI SAMLER INN», «Opplysning | Når | Hvorfor» and its rows, then «Etter turen sender vi
                # et spørreskjema …»: collected, not a purpose; «5. Hur länge sparas uppgifterna?» above
                # «Uppgift | Tid»: the rows are about keeping data)
                h = _up_from(text, sentences, h, up_memo)
                hops += 1
                continue
            topics = own[h] & _TOPICAL
            if "cookies" in own[h] and sentences[h].heading >= 0:
                # a section on cookies ("Cookies", «Informasjonskapsler og sporing») passes them on, and
                # the walk goes on for the topic above ("4. Types of Data Collected" / "Cookies and
                # Usage Data"); a document's title ("Privacy and cookie notice") is no such section
                inh.add("cookies")
            if topics:
                inh |= passed[h]
                if topics <= WEAK_TOPICS:
                    if "collect" in _section_topics(text, sentences, own, h):
                        inh.add("collect")
                    else:
                        inh |= _parent_collects(doc, sentences, own, h)
                    # "Who receives your data" / "We also use:": a label of what the section's
                    # sharing goes to
                    if is_label(doc, sentences[h]):
                        inh |= _parent_shares(doc, sentences, own, h)
                elif "collect" not in topics and is_label(doc, sentences[h]):
                    # a label of whose data follows, with a word of another topic ("Of the tenant who
                    # requests the guarantee:" under "1. What data we collect"): it lists data too
                    inh |= _parent_collects(doc, sentences, own, h)
                break
            h = _up_from(text, sentences, h, up_memo)
            hops += 1
        # list items inherit their lead-in ("Nous collectons les informations suivantes :"),
        # and items under an item that itself ends with ":" inherit that item's contexts too
        if s.kind == "list_item" and lead_in and s.block - lead_block <= 40:
            inh |= lead_in
        if s.kind == "list_item":
            item_level = ctx_level(doc, s)
            # under an item ending with ":", the items below it; in a list flattened to one level
            # (text and PDF files: "- We may process these data:" then "- Location, …"), the next
            # few items at its own level too
            if sub_lead and (item_level > sub_level or (item_level == sub_level and i - sub_at <= FLAT_ITEMS)):
                inh |= sub_lead
            elif item_level <= sub_level:
                sub_lead = frozenset()
            if text[s.start : s.end].rstrip().endswith((":", "：")):
                sub_lead, sub_level, sub_at = passed[i] | frozenset(inh), item_level, i
        else:
            sub_lead = frozenset()
        if s.kind != "list_item":
            chunk = text[s.start : s.end].rstrip()
            if chunk.endswith((":", "：")):
                lead_in = passed[i] | frozenset(inh)
                # "We may ask you to provide us with certain information. It may include, but is not
                # limited to:": the lead-in's paragraph says what the list is about
                if i > 0 and sentences[i - 1].block == s.block and sentences[i - 1].kind == s.kind:
                    lead_in |= own[i - 1] - {"privacy"}
                lead_block = s.block
            elif s.kind == "heading" or not re.match(r"^[^.:]{1,60}:", chunk):
                # a heading, or a plain paragraph that is not itself a "Label: ..." line, ends a list
                lead_in = frozenset()
        # "We keep your order data for ten years. This is required by tax law.": a sentence that opens
        # by continuing the previous one (the pack's ``carry_over`` words), in the same block, inherits
        # that sentence's own contexts
        if (
            i > 0
            and s.kind != "heading"
            and sentences[i - 1].block == s.block
            and sentences[i - 1].kind == s.kind
            and packs[i].words.carry_over.match(text, s.start, s.end) is not None
        ):
            inh |= own[i - 1] - {"privacy"}
        # a heading about purposes lists uses, not data: do not inherit "collect" from it
        if "purpose" in inh and "collect" in inh and "collect" not in own[i]:
            inh.discard("collect")
        # a table's later rows inherit its header row ("| Type de données | Durée de conservation |"),
        # even under a heading about purposes: a header row naming a data column ("| Tietoryhmä |
        # Esimerkkejä | Mihin käytämme |") makes its rows name data, and a "Why" column in it does
        # not make the rows under "What data we have" purposes only
        if heads[i] >= 0:
            inh |= own[heads[i]] - {"privacy"}
        inherited.append(frozenset(inh))
    return Segmented(
        doc, sentences, packs, own, inherited, index=index, table_head=heads,
        header_rows=header_rows(doc, sentences, heads),
    )
