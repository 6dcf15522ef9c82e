"""From a document to a :class:`~policylens.core.models.Summary`.

How a finding is made (all of it per sentence, never from the document as a bag of words):

1. the text is split into sentences (per block, per language) and each sentence gets *contexts*
   (:mod:`policylens.core.engine.contexts`);
2. the recognizers of the registry (:mod:`policylens.core.recognizers`) run in order on the
   segmented document: the rule-pack matcher (:mod:`policylens.core.engine.matcher`), retention
   periods, named recipients, contact, service; every hit goes through one post-filter
   (headings, tables of contents, negation);
3. the hits and facts are gathered into the summary's fields, in the catalogue's order
   (:mod:`policylens.core.catalogue`); red flags are matched, derived or raised from absence
   (:mod:`policylens.core.flags`); cards (:mod:`policylens.core.cards`) and the grade
   (:mod:`policylens.core.grade`) follow from the findings by fixed rules.

The engine is linear in the document's length: each rule scans the text once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import regex

from policylens import __version__
from policylens.core import catalogue as C
from policylens.core import errors, langid
from policylens.core import wording as W
from policylens.core.cards import make_cards
from policylens.core.document import Document
from policylens.core.engine.contexts import Segmented, build, segment_document
from policylens.core.engine.matcher import match_sentence
from policylens.core.engine.negation import is_negated, negated_in
from policylens.core.flags import Facts, red_flags
from policylens.core.grade import Signals, make_grade, not_graded
from policylens.core.models import (
    Collected,
    Language,
    LanguagePart,
    Note,
    Retention,
    RetentionKindFinding,
    Right,
    Sale,
    Shared,
    Source,
    Summary,
)
from policylens.core.recognizers import REGISTRY
from policylens.core.recognizers.recipients import attach
from policylens.core.recognizers.service import parse_date
from policylens.core.rules import SUPPORTED, Pack, has_pack, load_pack
from policylens.core.tidy import shown_words

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

MIN_WORDS = 3  # fewer words than this (of two letters or more) is no policy in any language
_WORD = regex.compile(r"\w\w+")
MAX_ITEMS = 12
MAX_EVIDENCE = 6

LANGUAGE_NAMES = W.LANGUAGE_NAMES  # the English names, marked for translation (context "languages")

__all__ = [
    "LANGUAGE_NAMES",
    "analyze",
    "is_negated",
    "make_cards",
    "make_grade",
    "match_sentence",
    "negated_in",
    "parse_date",
]


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
    if len(list(itertools.islice(_WORD.finditer(doc.text), MIN_WORDS))) < MIN_WORDS:  # (not every word counted)
        raise errors.TooLittleText()
    guess = langid.detect_document(doc)
    main = lang or guess.code
    notes: list[Note] = []
    step(10)
    source = Source(
        name=doc.name,
        format=doc.format,
        sha256=doc.sha256,
        characters=len(doc.text),
        words=(words := doc.words),
        path=doc.path,
        title=doc.title,
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
        parts = [(main, guess.shares.get(main, 0)), *mixed]
        notes.append(Note(id="mixed", parts=[LanguagePart(code=c, share=s) for c, s in parts]))
    if lang is None and guess.confidence < 0.7:
        notes.append(Note(id="low_confidence"))
    if not has_pack(main):
        notes.append(Note(id="unsupported", language=main))
        summary = _empty_summary(source, language, notes)
        step(100)
        return summary

    main_pack = load_pack(main)
    # per-block pack: blocks in another supported language get their own rules
    block_pack: list[Pack] = []
    for i in range(len(doc.blocks)):
        code = guess.block_langs[i] if (lang is None and i < len(guess.block_langs)) else main
        block_pack.append(load_pack(code) if (code != main and code in SUPPORTED and has_pack(code)) else main_pack)
    sentences = segment_document(doc, block_pack, main_pack)
    step(25)
    packs = [block_pack[s.block] if block_pack else main_pack for s in sentences]
    seg = build(doc, sentences, packs)
    step(40)
    for recognizer in REGISTRY.for_language(main):
        result = recognizer.analyze(seg, main_pack, step)
        seg.add(result.hits, result.negated)
        seg.facts.update(result.facts)
    step(85)
    _drop_own_name_hits(seg)
    summary = _build(seg, source, language, notes)
    if require_policy and _is_empty(summary):
        raise errors.NotAPolicy()
    if words < 80:
        summary.notes.append(Note(id="short"))
    step(100)
    return summary


def _drop_own_name_hits(seg: Segmented) -> None:
    """A data phrase inside the service's or the controller's own name is no data collected: "Pixel"
    in "Galáxia Pixel Jogos Ltda." is no tracking pixel, "Health" in "Nordic Health Apps AB" no health data."""
    svc = seg.facts.get("service")
    # (a name of two words or more, as written: an app called "Health" leaves "health" to the text)
    names = {n for n in (getattr(svc, "controller", None), getattr(svc, "name", None)) if n and len(n.split()) >= 2}
    # and the shorter names a company gives itself from the start of its full one: "Galáxia Pixel Jogos
    # Ltda. ("Galáxia Pixel", "nós")" — where the title names the product ("Reino dos Cristais")
    controller = (getattr(svc, "controller", None) or "").split()
    names |= {" ".join(controller[:k]) for k in range(2, len(controller))}
    if not names:
        return
    text = seg.doc.text
    spans: list[tuple[int, int]] = []
    for n in names:
        at = text.find(n)
        while at >= 0:
            spans.append((at, at + len(n)))
            at = text.find(n, at + 1)
    if not spans:
        return
    for rule in [r for r in seg.hits if r.startswith("collected.")]:
        kept = [h for h in seg.hits[rule] if not any(s <= h.start and h.end <= e for s, e in spans)]
        if kept:
            seg.hits[rule] = kept
        else:
            del seg.hits[rule]


# ---------------------------------------------------------------------------------------------
# the summary's fields from the hits and facts


def _item_key(item: str) -> str:
    """What makes two shown items one: case and a plural 's' aside ("Face templates", "face template")."""
    return _PLURAL_S.sub("", item.casefold())


_PLURAL_S = regex.compile(r"(?<=\w\w)s\b")


def _same_item(a: str, b: str) -> bool:
    """Whether two shown items are one: the same key, or one word with two endings — the word and the
    word with one or two more letters («kvitto», «kvitton»; "Bild", "Bilder"), or two one-letter
    endings of a stem of five letters or more («kvitton», «kvittot») — not a short word's ("sex",
    "sexe") nor two words that share a stem ("Telefon", "Telefax")."""
    return _same_key(_item_key(a), _item_key(b))


def _same_key(ka: str, kb: str) -> bool:
    """:func:`_same_item` on the two items' keys (:func:`_item_key`)."""
    if ka == kb:
        return True
    if " " in ka or " " in kb:
        return False
    common = next((k for k, (x, y) in enumerate(zip(ka, kb, strict=False)) if x != y), min(len(ka), len(kb)))
    ends = sorted((len(ka) - common, len(kb) - common))
    if not (ka[common:] + kb[common:]).isalpha():
        return False
    if ends[0] == 0:
        return common >= 4 and ends[1] <= 2
    return common >= 5 and ends[1] <= 1


def _build(seg: Segmented, source: Source, language: Language, notes: list[Note]) -> Summary:
    # what's collected
    collected: list[Collected] = []
    coll_hits = seg.hits_under("collected")
    for cat in C.ids("collected"):
        hits = coll_hits.get(cat)
        if not hits:
            continue
        items: list[str] = []
        keys: list[str] = []  # the items' keys, worked out once each
        for h in hits:
            # a phrase inside a longer one of the same kind is not another item ("postadress" in
            # "e-postadress", "logs" in "server logs")
            if any(o is not h and o.sent == h.sent and o.start <= h.start and h.end <= o.end
                   and o.end - o.start > h.end - h.start for o in hits):
                continue
            item = shown_words(h.text, seg.packs[h.sent].words)
            key = _item_key(item) if item else ""
            if item and not any(_same_key(key, k) for k in keys):
                items.append(item)
                keys.append(key)
        collected.append(
            Collected(category=cat, items=items[:MAX_ITEMS], evidence=seg.evidence_list(h.sent for h in hits))  # type: ignore[arg-type]
        )

    # who it's shared with
    shared: list[Shared] = []
    share_hits = seg.hits_under("shared")
    for rec in C.ids("shared_with"):
        hits = share_hits.get(rec)
        if hits:
            shared.append(Shared(recipient=rec, names=[], evidence=seg.evidence_list(h.sent for h in hits)))  # type: ignore[arg-type]
    attach(shared, seg.facts.get("recipient_names", []), seg)

    # sale: "we do not sell" (sale.no, or a negated sale.yes) wins over "we sell"
    sale_no = seg.hits.get("sale.no", []) + seg.negated.get("sale.yes", [])
    sale_yes = seg.hits.get("sale.yes", [])
    if sale_no:
        sale = Sale(value="no", evidence=seg.evidence_list(h.sent for h in sorted(sale_no, key=lambda h: h.start)))
    elif sale_yes:
        sale = Sale(value="yes", evidence=seg.evidence_list(h.sent for h in sale_yes))
    else:
        sale = Sale()
    # "we never share your data with anyone": only when the policy names no recipient at all
    # and when no other sentence names a recipient, even in the negative ("We do not sell or transfer
    # your data to outside parties. This does not include trusted third parties who…": the denial
    # is not the whole story)
    nobody = seg.hits.get("sharing.none", []) if not shared else []
    if nobody:
        denials = {h.sent for h in nobody}
        if any(h.sent not in denials for rid, hs in seg.negated.items() if rid.startswith("shared.") for h in hs):
            nobody = []
    not_shared = seg.evidence_list(h.sent for h in nobody)

    # retention
    kind_hits = seg.hits_under("retention")
    periods = seg.facts.get("periods", [])
    kinds: list[str] = []
    kind_evidence: list[RetentionKindFinding] = []
    for kind in C.ids("retention_kinds"):
        if kind == "fixed_period":  # derived from the periods
            if periods:
                kinds.append(kind)
                kind_evidence.append(
                    RetentionKindFinding(kind=kind, evidence=[e for p in periods for e in p.evidence][:MAX_EVIDENCE])
                )
            continue
        hits = kind_hits.get(kind)
        if hits:
            kinds.append(kind)
            kind_evidence.append(RetentionKindFinding(kind=kind, evidence=seg.evidence_list(h.sent for h in hits)))  # type: ignore[arg-type]
    retention = Retention(kinds=kinds, periods=periods, kind_evidence=kind_evidence)  # type: ignore[arg-type]

    # rights
    rights: list[Right] = []
    right_hits = seg.hits_under("rights")
    for r in C.ids("rights"):
        hits = right_hits.get(r)
        if hits:
            rights.append(Right(right=r, evidence=seg.evidence_list(h.sent for h in hits)))  # type: ignore[arg-type]

    contact = seg.facts["contact"]
    flags = red_flags(seg, Facts(sale=sale, kinds=kinds, periods=periods, contact=contact))
    summary = Summary(
        source=source,
        language=language,
        service=seg.facts["service"],
        collected=collected,
        shared_with=shared,
        sale=sale,
        not_shared=not_shared,
        retention=retention,
        rights=rights,
        contact=contact,
        red_flags=flags,
        cards=[],
        grade=not_graded("not_enough"),  # until graded below
        notes=notes,
        analysed_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        engine=f"policylens {__version__}",
    )
    summary.cards = make_cards(summary)
    summary.grade = make_grade(summary, signals(seg))
    if summary.grade.status == "not_a_policy":
        # what the text says is shown, in grey: nothing here is judged, and a text that is no policy
        # owes nobody a contact (a vague or missing retention period is still worth saying)
        summary.red_flags = [f for f in summary.red_flags if f.id != "missing_contact"]
        summary.cards = make_cards(summary)
        for card in summary.cards:
            card.color = "grey"
    return summary


def signals(seg: Segmented) -> Signals:
    """What the grade needs from the reading itself: how many sentences use the policy's privacy
    vocabulary, how many speak of purposes (named as such, or "we use your data to ...": use and
    collect in one sentence)."""
    privacy = sum(1 for own in seg.own if "privacy" in own)
    purposes = sum(
        1
        for i, s in enumerate(seg.sentences)
        if not s.toc
        and (
            "purpose" in seg.own[i]
            or (s.kind != "heading" and "purpose" in seg.inherited[i])
            or {"use", "collect"} <= seg.own[i]
        )
    )
    return Signals(privacy_sentences=privacy, purpose_sentences=purposes)


def _is_empty(s: Summary) -> bool:
    """Nothing about personal data at all: no finding, and no red flag the text states."""
    stated_flags = any(not f.from_absence for f in s.red_flags)
    return not (
        s.collected or s.shared_with or s.rights or s.retention.kinds or s.sale.value != "unstated" or stated_flags
    )


def _empty_summary(source: Source, language: Language, notes: list[Note]) -> Summary:
    """A policy in a language without a pack: no findings, and no grade."""
    summary = Summary(
        source=source,
        language=language,
        grade=not_graded("unsupported_language"),
        notes=notes,
        analysed_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        engine=f"policylens {__version__}",
    )
    summary.cards = make_cards(summary)
    return summary
