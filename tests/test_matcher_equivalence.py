"""The fast matching path gives the very same findings as the plain one, on every labelled
document (seeds, dev and commercial corpora under ../shared/corpus): while both paths exist, this
compares them, summary for summary (evidence offsets included).

Fast path (core/prefilter.py): patterns that cannot match a document are skipped; a phrase is tried
only at the words that start with its leading literal when they are few; per-sentence searches
(also/unless, negation, scope breakers) are skipped where no alternative has its literals."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from policylens.core import errors, prefilter
from policylens.core.analyze import analyze
from policylens.core.loaders import load_path
from policylens.core.rules import Pack

CORPUS = Path(os.environ.get("POLICYLENS_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")) / "corpus"
FILES = sorted(p for d in ("seeds", "dev", "commercial") for p in (CORPUS / d).rglob("*.txt"))


def _summary(path: Path) -> str:
    try:
        out = analyze(load_path(path)).to_json()
    except errors.PolicyLensError as exc:
        return f"error {type(exc).__name__}"
    return re.sub(r'"analysed_at":"[^"]*"', "", out)  # the one field that is the clock


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_prefilter_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(FILES) >= 40
    skipped = 0
    for path in FILES:
        monkeypatch.setattr(prefilter, "ENABLED", True)
        fast = _summary(path)
        monkeypatch.setattr(prefilter, "ENABLED", False)
        plain = _summary(path)
        assert fast == plain, f"{path}: findings differ with the prefilter"
        skipped += 1
    assert skipped == len(FILES)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_rules_tried_only_in_their_contexts_find_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """matcher.match_rules tries a rule that requires contexts only in the sentences that have
    them (matcher._in_context): hits and negated hits equal those of tries everywhere, on every
    labelled document."""
    from policylens.core.engine import matcher

    fewer = 0
    for path in FILES:
        seg = _segmented(path)
        if seg is None:
            continue
        monkeypatch.setattr(matcher, "ELIGIBLE", True)
        fast = matcher.match_rules(seg)
        monkeypatch.setattr(matcher, "ELIGIBLE", False)
        plain = matcher.match_rules(seg)
        assert fast == plain, path
        fewer += bool(fast[0])
    assert fewer > 40


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_one_scan_for_all_phrases_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """core/multiscan.py: with each pack's gate built at once, every labelled document's summary is the
    one without the gate, and no phrase or context phrase the gate skips matches the document."""
    from policylens.core import multiscan

    if not multiscan.enabled():
        pytest.skip("google-re2 is not installed")
    monkeypatch.setattr(multiscan, "BUILD_AT", 1)
    multiscan.forget()
    skipped = 0
    for k, path in enumerate(FILES):
        monkeypatch.setattr(multiscan, "ENABLED", True)
        fast = _summary(path)
        monkeypatch.setattr(multiscan, "ENABLED", False)
        plain = _summary(path)
        assert fast == plain, f"{path}: findings differ with the gate"
        if k % 2:
            continue
        monkeypatch.setattr(multiscan, "ENABLED", True)
        seg = _segmented(path)
        if seg is None:
            continue
        text = seg.doc.text
        for pack in {id(p): p for p in seg.packs}.values():
            gate = multiscan.gate(pack)
            assert gate is not None
            possible = gate.possible(text)
            scanners = [sc for rules in pack.rules.values() for rule in rules for sc in rule.scanners]
            scanners += [sc for group in pack.context_scanners.values() for sc in group]
            for sc in scanners:
                if gate.skips(possible, sc.pattern):
                    skipped += 1
                    assert sc.search(text) is None, (path.name, sc.pattern)
    multiscan.forget()
    assert skipped > 10_000


def _segmented(path: Path):  # type: ignore[no-untyped-def]
    """The document as the rules see it (contexts built), or None for a text without a pack."""
    from policylens.core import langid
    from policylens.core.engine.contexts import build, segment_document
    from policylens.core.rules import has_pack, load_pack

    doc = load_path(path)
    code = langid.detect_document(doc).code
    if not has_pack(code):
        return None
    pack = load_pack(code)
    sentences = segment_document(doc, [pack] * len(doc.blocks), pack)
    return build(doc, sentences, [pack] * len(sentences))


def test_required_literals() -> None:
    req = prefilter.required
    assert set(req(r"(?<![\w])(?:collect\w*[\s\u00a0]+personal[\s\u00a0]+data)(?![\w])")) == {
        "collect",
        "personal",
        "data",
    }
    assert req(r"abc|def") == ()  # an alternation at the top: nothing is certain
    assert req(r"(?:a|b)cde") == ("cde",)
    assert set(req(r"colou?r\s+scheme")) == {"colo", "scheme"}
    assert req(r"x{2,3}yyy") == ("yyy",)
    assert req(r"(?:foo)?barbaz") == ("barbaz",)
    assert req(r"[abc]{2}hello") == ("hello",)
    assert set(req(r"\u00a0hello\x41world")) == {"hello", "world"}
    assert req(r"(?=look)ahead") == ("ahead",)
    assert req(r"ÄRGER") == ("ärger",)


def test_case_folding_never_skips_a_possible_match() -> None:
    import regex

    from policylens.core.rules import FLAGS

    # letters that case-insensitive matching treats as equal fold to the same string
    for pattern, text in (("straße", "STRASSE straẞe"), ("données", "DONNÉES"), ("kelvin", "\u212aelvin")):
        compiled = regex.compile(pattern, FLAGS)
        if compiled.search(text):
            assert prefilter.TextIndex(text).may_match(compiled), (pattern, text)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_tries_at_word_starts_find_what_a_scan_finds() -> None:
    """Every phrase scanner of every pack, on every labelled document: the matches tried at the
    words its leading literal starts (prefilter.matches_at) are the matches of a whole scan, overlapped
    (the rules) and not (the contexts)."""
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    tried = 0
    for path in FILES[::3]:
        text = load_path(path).text
        index = prefilter.TextIndex(text)
        for pack in packs:
            scanners = [sc for rs in pack.rules.values() for r in rs for sc in r.scanners]
            scanners += [sc for scs in pack.context_scanners.values() for sc in scs]
            for sc in scanners:
                at = index.starts(sc)
                if at is None:
                    continue
                for overlapped in (True, False):
                    whole = [m.span() for m in sc.finditer(text, overlapped=overlapped)]
                    tries = [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=overlapped)]
                    assert tries == whole, (path.name, sc.pattern)
                tried += 1
    assert tried > 1000


def test_word_starts_and_case(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    monkeypatch.setattr(prefilter, "MATCH_COST", 1)  # a short text: try at the words all the same
    from policylens.core.rules import FLAGS

    text = "Wir erheben Daten. STRAẞE und Straße; ſeal; \u212aelvin; meta-data; MetaData, data_x"
    index = prefilter.TextIndex(text)
    for phrase in ("straße", "seal", "kelvin", "data", "daten", "erheb\\w*"):
        sc = regex.compile(rf"(?<![\w])(?:{phrase})(?![\w])", FLAGS)
        at = index.starts(sc)
        assert at is not None
        assert [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=True)] == [
            m.span() for m in sc.finditer(text, overlapped=True)
        ], phrase
    # "İ" matches "i" but folds to two characters: such a text is scanned whole, never skipped
    turkish = "İnformation we collect"
    sc = regex.compile(r"(?<![\w])(?:information)(?![\w])", FLAGS)
    assert sc.search(turkish)
    index = prefilter.TextIndex(turkish)
    assert index.starts(sc) is None
    assert index.may_match(sc)
    assert prefilter.may_occur(sc, turkish)


def test_alternatives_literals() -> None:
    alts = prefilter.alternatives
    assert alts(r"(?<![\w])(?:other[\s\u00a0]+than)(?![\w])|(?<![\w])(?:but)(?![\w])") == (
        ("other", "than"),
        ("but",),
    )
    assert alts(r"abc|\w+") is None  # an alternative that needs no literal: always tried
    assert {frozenset(ls) for ls in alts(r"(?:a|b)c") or ()} == {frozenset("ac"), frozenset("bc")}  # opened
    import regex

    neg = regex.compile(r"(?<![\w])(?:not)(?![\w])|(?<![\w])(?:never)(?![\w])", regex.IGNORECASE)
    assert not prefilter.may_occur(neg, "we share it")
    assert prefilter.may_occur(neg, "we do NOT share it")
    assert prefilter.may_occur(neg, "we do NOT share it", 0, 9)
    assert not prefilter.may_occur(neg, "we do NOT share it", 9)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_searches_at_words_find_what_a_scan_finds() -> None:
    """The per-sentence searches tried only where a match can start — the scope breakers
    (prefilter.finditer_at_words, from and to any offset), the cues before processors' names and
    the well-known names (recipients._known_in) — find what a scan of the sentence finds, for every
    pack, on every sentence of the labelled documents."""
    from policylens.core.engine.contexts import segment_document
    from policylens.core.recognizers.recipients import _known_in
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    for pack in packs:
        assert pack.scope_breakers is not None
        assert prefilter.alternative_leads(pack.scope_breakers.pattern) is not None, pack.code
    tried = 0
    for path in FILES[::2]:
        doc = load_path(path)
        text = doc.text
        for s in segment_document(doc, [], packs[0]):
            chunk = text[s.start : s.end]
            for pack in packs:
                sb, cue = pack.scope_breakers, pack.words.recipient_cue
                assert sb is not None
                for pos, end in ((0, len(chunk)), (len(chunk) // 3, len(chunk)), (0, len(chunk) // 2)):
                    whole = [m.span() for m in sb.finditer(chunk, pos, end)]
                    assert [m.span() for m in prefilter.finditer_at_words(sb, chunk, pos, end)] == whole, (
                        pack.code,
                        chunk,
                    )
                assert [m.span() for m in prefilter.finditer_at_words(cue, chunk)] == [
                    m.span() for m in cue.finditer(chunk)
                ]
                known = pack.words.known_recipients
                assert [m.span() for m in _known_in(chunk, pack.words)] == [m.span() for m in known.finditer(chunk)]
                tried += 1
    assert tried > 10000


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_well_known_names_from_the_documents_words() -> None:
    """recipients._known_starts: the places where a well-known name's first word may begin, told
    once per document from its sorted words; the names found at those places in each sentence
    equal a scan of the sentence, for every pack, on every sentence of the labelled documents
    (and on texts with a sentence that begins inside a word, case endings, "ß", "İ", "²")."""
    from types import SimpleNamespace

    from policylens.core.document import Block, Document
    from policylens.core.engine.contexts import segment_document
    from policylens.core.recognizers.recipients import _known_in, _known_starts
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    extra = [
        "Wir nutzen Googles Dienste und Shopifyn kautta, Mailchimpin sowie Stripe.Zendesk und HubSpot.",
        "Straße: Google² Analytics, İstanbul Stripe und MailChimp; xGoogle Google_Analytics Googleplex.",
        # names that open with another name's first word, with and without a case ending
        "Google Analyticsin, Google Adsin ja Googlen kautta; Meta Platforms Ireland Ltd:n ja Metan; Googles Ads.",
    ]
    docs = [load_path(p) for p in FILES] + [
        Document(text=t, blocks=[Block("paragraph", 0, len(t), 0)], name="x.txt", format="txt", sha256="")
        for t in extra
    ]
    tried = found = 0
    for doc in docs:
        text = doc.text
        sentences = list(segment_document(doc, [], packs[0]))
        # a sentence that begins inside a word (the segmenter does not cut so; the index must not miss it)
        sentences += [SimpleNamespace(start=s.start + 1, end=s.end) for s in sentences[:3] if s.end - s.start > 2]
        seg = SimpleNamespace(doc=doc, sentences=sentences, index=None)
        for pack in packs:
            starts = _known_starts(seg, pack.words)  # type: ignore[arg-type]
            known = pack.words.known_recipients
            for s in sentences:
                chunk = text[s.start : s.end]
                # (the name, group 1, too: each place tries only the names its word may open, in the same order)
                got = [(m.span(), m.span(1)) for m in _known_in(chunk, pack.words, starts, s.start)]
                assert got == [(m.span(), m.span(1)) for m in known.finditer(chunk)], (pack.code, chunk)
                tried += 1
                found += len(got)
    assert tried > 50000 and found > 500


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_cues_from_the_documents_words() -> None:
    """recipients._matches_in: the cues before processors' names, tried at the word starts the
    document's index has for them (prefilter.TextIndex.starts_of, told once per document), equal a
    scan of each sentence cut out, for every pack, on every sentence of the labelled documents (and on
    texts with a sentence that begins inside a word, "ß", "İ", "²")."""
    from types import SimpleNamespace

    from policylens.core.document import Block, Document
    from policylens.core.engine.contexts import segment_document
    from policylens.core.recognizers.recipients import _matches_in
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    extra = [
        "Straße: wir arbeiten zusammen mit² Stripe; İstanbul powered by HubSpot, shared with Google.",
        "Xpowered by Stripe. Wir nutzen Dienste von Mailchimp;via Zendesk, hosted by Hetzner.",
    ]
    docs = [load_path(p) for p in FILES[::5]] + [
        Document(text=t, blocks=[Block("paragraph", 0, len(t), 0)], name="x.txt", format="txt", sha256="")
        for t in extra
    ]
    told = tried = found = 0
    for doc in docs:
        text = doc.text
        sentences = list(segment_document(doc, [], packs[0]))
        # a sentence that begins inside a word (cut out, it begins one)
        sentences += [SimpleNamespace(start=s.start + 1, end=s.end) for s in sentences[:3] if s.end - s.start > 2]
        for pack in packs:
            seg = SimpleNamespace(doc=doc, sentences=sentences, index=None, packs=[pack] * len(sentences))
            for pattern in (pack.words.recipient_cue, pack.words.source_cue):
                told += seg.index is not None and seg.index.starts_of(pattern) is not None
                for i, s in enumerate(sentences):
                    chunk = text[s.start : s.end]
                    got = [m.span() for m in _matches_in(seg, i, pattern)]  # type: ignore[arg-type]
                    assert got == [m.span() for m in pattern.finditer(chunk)], (pack.code, chunk)
                    tried += 1
                    found += len(got)
    assert tried > 20000 and found > 100 and told > 50


def test_leads_of_alternatives() -> None:
    import regex

    from policylens.core.rules import FLAGS

    pat = r"(?:,[\s\u00a0]+es[\s\u00a0]+sei)(?![\w])|(?<![\w])(?:Außer)(?![\w])|\)|(?<![\w])(?:but)(?![\w])"
    assert prefilter.alternative_leads(pat) == ((")", False), (",", False), ("außer", True), ("but", True))
    assert prefilter.alternative_leads(r"(?<![\w])(?:\w*n't)(?![\w])|(?<![\w])(?:not)") is None
    sc = regex.compile(pat, FLAGS)
    text = "AUSSER dem, es sei denn (but) AUßER; xbut, ſeal BUT"
    assert prefilter.starts_in(sc, text, 0, len(text)) == [10, 25, 28, 30, 41, 48]
    assert [m.span() for m in prefilter.finditer_at_words(sc, text)] == [m.span() for m in sc.finditer(text)]
    # "İ" folds to two characters: such a stretch is scanned whole
    assert prefilter.starts_in(sc, "İ but", 0, 5) is None
    # a pack's own "re:" phrase guarded at a word start: its literal, at a word start
    own = r"(?<!\w)e(?=\s+(?:não|nunca)\s)|(?<![\w])(?:mas)(?![\w])"
    assert prefilter.alternative_leads(own) == (("e", True), ("mas", True))
    own_sc = regex.compile(own, FLAGS)
    pt = "Os dados e não são vendidos, mas se e nunca de e não"
    assert [m.span() for m in prefilter.finditer_at_words(own_sc, pt)] == [m.span() for m in own_sc.finditer(pt)]
    assert [m.span() for m in prefilter.finditer_at_words(sc, "İ but")] == [(2, 5)]
    # an alternative that opens with a group of words: each of them is a lead ("\\b" before a
    # letter guards a word start, before "," it does not); one with no lead at all ("\\w*partner")
    # is looked for on its own, and the pattern is tried where it matches
    cue = (
        r"(?<![\w])(?:(our|the)[\s]+(?:\w+\s+){0,2}?(providers?|hosts?),)|\b(?:nos|ses)\s+outils"
        r"|\b,\s+via|(?<![\w])(?:(assurée?s?|gérée?s?)[\s]+par)(?![\w])|(?<![\w])(?:\w*partner)(?![\w])"
    )
    assert prefilter.alternative_leads(cue) is None  # not every alternative has a lead
    keys, others = prefilter._leads(cue)  # type: ignore[misc]
    assert keys == (
        (",", False),
        ("assuré", True),
        ("géré", True),
        ("nos", True),
        ("our", True),
        ("ses", True),
        ("the", True),
    )
    assert others == (r"(?<![\w])(?:\w*partner)(?![\w])",)
    cue_sc = regex.compile(cue, FLAGS)
    mixed = (
        "Our hosting providers, THE mail host, and detour providers, nos outils; Assurées par X, gérée "
        "par Y; datapartner, Partner, partnership and xpartner; sous-nos outils, via us"
    )
    at = prefilter.starts_in(cue_sc, mixed, 0, len(mixed))
    assert at is not None and 0 in at and 45 not in at  # "detour" holds "our", not at a word start
    assert [m.span() for m in prefilter.finditer_at_words(cue_sc, mixed)] == [m.span() for m in cue_sc.finditer(mixed)]
    assert len(list(cue_sc.finditer(mixed))) >= 7
    # a group that may be left out ("?", "*") opens a match, or what follows it does; one that comes at
    # least once ("+") opens it; one repeated by braces, or with nothing after it, gives no lead
    optional = r"(?<![\w])(?:(the[\s]+)?(provider|host)[\s]+of)|(?<![\w])(?:(?:very[\s]+)*(?:powered|run)[\s]+by)"
    assert prefilter.alternative_leads(optional) == (
        ("host", True),
        ("powered", True),
        ("provider", True),
        ("run", True),
        ("the", True),
        ("very", True),
    )
    assert prefilter.alternative_leads(r"(?<![\w])(?:(our[\s]+)+hosts)") == (("our", True),)
    assert prefilter.alternative_leads(r"(?<![\w])(?:(our[\s]+){0,2}hosts)") is None
    assert prefilter.alternative_leads(r"(?<![\w])(?:hosts[\s]+(our)?)|(?<![\w])(our)?") is None
    opt_sc = regex.compile(optional, FLAGS)
    texts = "The provider of, the host of; xhost of, thehost of, very very powered by, run by, veryrun by, THE  HOST OF"
    assert [m.span() for m in prefilter.finditer_at_words(opt_sc, texts)] == [m.span() for m in opt_sc.finditer(texts)]
    assert len(list(opt_sc.finditer(texts))) == 5


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_tries_at_anchors_find_what_a_scan_finds() -> None:
    """Every scanner of every pack that has anchors (those with no leading literal, or too many
    words that start with it, are scanned whole without them), on every labelled document: the
    matches tried where its anchors say a match may start (prefilter.TextIndex.anchored) are the
    matches of a whole scan, overlapped (the rules) and not (the contexts)."""
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    tried = hits = 0
    for path in FILES:
        text = load_path(path).text
        index = prefilter.TextIndex(text)
        for pack in packs:
            scanners = [sc for rs in pack.rules.values() for r in rs for sc in r.scanners]
            scanners += [sc for scs in pack.context_scanners.values() for sc in scs]
            for sc in scanners:
                if not index.may_match(sc) or prefilter.anchors(sc.pattern) is None:
                    continue
                at = index.anchored(sc)
                if at is None:
                    continue
                for overlapped in (True, False):
                    whole = [m.span() for m in sc.finditer(text, overlapped=overlapped)]
                    tries = [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=overlapped)]
                    assert tries == whole, (path.name, sc.pattern)
                    hits += len(whole)
                tried += 1
    print(tried, hits)
    assert tried > 500 and hits > 50, (tried, hits)


def test_anchors_read_off_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    from policylens.core.rules import FLAGS

    street = r"\b[A-ZÄÖÜ][\wäöüß.-]{1,40}(?:straße|str\.|weg)\s{0,2}\d{1,4}\s?[a-zA-Z]?\b"
    ((keys, lo, hi, rest, word),) = prefilter.anchors(street)  # type: ignore[misc]
    assert (keys, lo, hi, word) == (("str.", "straße", "weg"), 2, 41, True)
    assert rest.startswith("(?:straße|")
    mail = r"(?<![\w])(?:E[-\u2010\u2011\s]?Mails?,[\s\u00a0]+die)(?![\w])"
    assert prefilter.anchors(mail) == ((("mail",), 1, 2, r"Mails?,[\s\u00a0]+die(?![\w])", True),)
    posts = r"(?:post|posts|posted)\s+it"
    assert prefilter.anchors(posts) == ((("post",), 0, 0, posts, False),)
    assert prefilter.anchors(r"\w+data") is None  # unbounded before the only literal
    assert prefilter.anchors(r"(\w)\1abc") is None  # a back-reference: not sized
    assert prefilter.anchors(r"abc|\d+") is None  # an alternative with no literal
    monkeypatch.setattr(prefilter, "MATCH_COST", 1)  # a short text: try at the anchors all the same
    monkeypatch.setattr(prefilter, "PLACE_COST", 1)
    text = "Wir sitzen in der Hauptstraße 5, 10115 Berlin; HAUPTSTRAẞE 7; Wegen Weg; Feldweg 12a. ſtr. 3"
    sc = regex.compile(street, FLAGS)
    at = prefilter.TextIndex(text).anchored(sc)
    assert at is not None
    whole = [m.span() for m in sc.finditer(text, overlapped=True)]
    assert len(whole) >= 3
    for overlapped in (True, False):
        assert [m.span() for m in prefilter.matches_at(sc, text, at, 5.0, overlapped=overlapped)] == [
            m.span() for m in sc.finditer(text, overlapped=overlapped)
        ]
    assert prefilter.TextIndex("İ Hauptstraße 5").anchored(sc) is None  # cannot be folded letter for letter


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_cues_found_by_parts_as_by_a_search() -> None:
    """The service's cues (updated, controller, "we") and the named recipients' (source, processor
    cues before and after a name), as Segmented.cue_in finds them — the
    alternatives that hold literals searched only in the sentences that hold one, the others
    apart —, match in the very sentences a search of the whole pattern matches in (on the
    sentence cut out, and with its bounds), for every pack, on every sentence of half the
    labelled documents."""
    from policylens.core.engine.contexts import build, segment_document
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    assert any(prefilter.split_by_literals(p.updated_cues)[1] is not None for p in packs)  # the "^date$" ones
    checked = found = 0
    for path in FILES[::2]:
        doc = load_path(path)
        text = doc.text
        sentences = segment_document(doc, [], packs[0])
        for pack in packs:
            seg = build(doc, sentences, [pack] * len(sentences))
            w = pack.words
            for pattern in (
                pack.updated_cues,
                pack.controller_cues,
                pack.we_cues,
                w.source_cue,
                w.recipient_cue,
                w.recipient_cue_after,
            ):
                if pattern is None:
                    continue
                for i, s in enumerate(sentences):
                    cut = pattern.search(text[s.start : s.end]) is not None
                    assert seg.cue_in(pattern, i) == cut, (path.name, pack.code, pattern.pattern[:60], i)
                    bounded = pattern.search(text, s.start, s.end) is not None
                    assert seg.cue_in(pattern, i, cut=False) == bounded, (path.name, pack.code, i)
                    checked += 1
                    found += cut
    assert checked > 100_000 and found > 100, (checked, found)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_quoted_we_tried_before_definitions_finds_what_a_search_finds() -> None:
    """The service's "Example Ltd (“Example”, “we”)", tried only before the parentheses a
    definition follows (service.quoted_we), is the first match a search finds, for every pack,
    on the head of every labelled document (and of each of its paragraphs)."""
    from policylens.core.recognizers.service import quoted_we
    from policylens.core.rules import SUPPORTED, load_pack

    packs = [load_pack(c) for c in SUPPORTED]
    found = 0
    for path in FILES:
        text = load_path(path).text
        heads = [text[:20_000], *[text[k : k + 2_000] for k in range(2_000, len(text), 2_000)]]
        for pack in packs:
            pattern = pack.words.quoted_we
            for head in heads:
                m = pattern.search(head)
                got = quoted_we(pattern, head)
                assert (got and (got.span(), got.groups())) == (m and (m.span(), m.groups())), (path.name, pack.code)
                found += m is not None
    assert found > 50, found


def test_toc_lines_told_as_by_a_search() -> None:
    """A block is a table-of-contents line (segment._is_toc, which skips the search unless the
    block ends with a digit and white space) exactly when the search finds one; random lines of
    dots, ellipses, digits of several scripts and all kinds of white space."""
    import random

    from policylens.core.document import Block, Document
    from policylens.core.segment import _TOC_LINE, _is_toc

    alphabet = [" ", "\n", "\t", ".", "…", "1", "٣", "²", "a", "\u00a0", "\u2003", "\r", "\x1c", "\x85", "7"]
    rnd = random.Random(1)
    for _ in range(50_000):
        line = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        doc = Document(text=line, blocks=[Block("paragraph", 0, len(line))], name="x", format="text", sha256="")
        assert _is_toc(doc, doc.blocks[0]) == bool(_TOC_LINE.search(line)), repr(line)


def test_word_before_a_boundary_from_the_last_characters() -> None:
    """segment._split_block looks for the word before a full stop in the last 24 characters only:
    what ``_WORD_BEFORE`` (at most 20 characters, then the end or a final newline) finds there is
    what it finds in the whole stretch; random stretches of word characters, dots, apostrophes,
    dashes, spaces and newlines."""
    import random

    from policylens.core.segment import _WORD_BEFORE

    word = ["a", "Z", "é", "1", "_", ".", "'", "’", "-", "ß"]  # long runs of these (21 characters before a
    other = [" ", "\n", "\t", ","]  # final newline: the last 20 characters would not do)
    rnd = random.Random(2)
    for _ in range(50_000):
        n = rnd.randint(0, 40)
        before = "".join(rnd.choice(word) if rnd.random() < 0.93 else rnd.choice(other) for _ in range(n))
        whole, tail = _WORD_BEFORE.search(before), _WORD_BEFORE.search(before[-24:])
        assert (whole and whole.group(1)) == (tail and tail.group(1)), repr(before)


def _pack_leads(packs: list[Pack]) -> set[str]:
    """The leading literals, folded, of every scanner of ``packs``."""
    leads: set[str] = set()
    for pack in packs:
        scanners = [sc for rs in pack.rules.values() for r in rs for sc in r.scanners]
        scanners += [sc for scs in pack.context_scanners.values() for sc in scs]
        for sc in scanners:
            lead = prefilter.leading(sc.pattern)
            if lead is not None:
                leads.add("".join(f for f in map(prefilter._fold1, lead) if f is not None))
    return leads


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_word_starts_from_the_sorted_words_equal_the_find_loop() -> None:
    """Every leading literal of every pack, on every labelled document: the word starts told from
    the text's sorted words (TextIndex.at_words) are those of a `str.find` loop over the folded
    text (the way before), limits included."""
    from policylens.core.rules import SUPPORTED, load_pack

    leads = _pack_leads([load_pack(c) for c in SUPPORTED])
    assert len(leads) > 1000
    told = placed = 0
    for path in FILES:
        text = load_path(path).text
        index = prefilter.TextIndex(text)
        aligned = index._fold_aligned()
        if not aligned:
            continue
        limit = len(text) // prefilter.MATCH_COST
        for key in leads:
            for cap in (limit, 3):
                got = index.at_words(key, cap)
                assert got == prefilter._word_starts(text, aligned, key, cap), (path.name, key, cap)
                placed += len(got or ())
        told += index._words is not None
    assert told > len(FILES) // 2, told
    assert placed > 10_000, placed


def test_word_starts_of_many_keys_at_once() -> None:
    """TextIndex.at_any_words: the word starts of every key at once (a well-known name's first words,
    keys that begin with other keys among them), as the union of at_words for each, also where the
    text's words are odd ("²") and where a key is not letters and digits only."""
    texts = [
        "Google Googles goog Goog-le; Stripe stripes STRIPE xstripe; Meta metadata MetaMask ß-Meta",
        "data² Google½ Ⅳgoogle google_x; Straße strasse STRAẞE",
        "İnformation Google",
        "",
    ]
    keysets = [("goog", "google", "googles", "meta", "stripe"), ("g", "go", "goo"), ("google_x", "meta"), ("zzz",)]
    for text in texts:
        index = prefilter.TextIndex(text)
        for keys in keysets:
            each = [index.at_words(k, len(text) + 1) for k in keys]
            got = index.at_any_words(keys)
            if any(e is None for e in each):
                assert got is None, (text, keys)
                continue
            assert got is not None and len(got) == len(set(got)), (text, keys)
            assert set(got) == {q for e in each for q in e or ()}, (text, keys)


def test_word_starts_where_words_are_odd() -> None:
    """Texts where `re`'s word characters are not "letter, decimal digit or _" ("²", "½", "Ⅳ"),
    letters that fold to other letters or to two characters: the same word starts as the loop."""
    texts = [
        "data² data½data Ⅳdata _data x_data 2data ２data données DONNÉES",
        "STRAẞE und Straße; ſeal; \u212aelvin; ǅemal ǆemal; ΣΊΣΥΦΟΣ σίσυφος ς",
        "İnformation information",
        "data-data data/data (data) «data» 'data' data\u00addata data\u200bdata",
        "ﬁle ﬁle file ǰe",
    ]
    keys = ["data", "straße", "seal", "kelvin", "ǆemal", "σίσυφος", "information", "file", "ﬁle", "2data", "_data"]
    for text in texts:
        index = prefilter.TextIndex(text)
        aligned = index._fold_aligned()
        for key in keys:
            got = index.at_words(key, 100)
            if not aligned:
                assert got is None
                continue
            assert got == prefilter._word_starts(text, aligned, key, 100), (text, key)


def test_groups_of_alternatives_opened_for_their_literals() -> None:
    """prefilter._expansions opens each group of alternatives every match goes through, so that
    each alternative brings its literals ("aucun|jamais" inside a group required nothing before);
    optional groups stay shut, and a sequence that would open into too many stays whole. Every
    text a pattern matches is matched by one of its expansions."""
    import regex

    ex = prefilter._expansions
    assert ex(r"(?:(?:our|their)\s+providers)") == [r"(?:(?:our)\s+providers)", r"(?:(?:their)\s+providers)"]
    assert ex(r"x(?:ab|c)+y(?:a|b)?") == [r"x(?:ab)y(?:a|b)?", r"x(?:c)y(?:a|b)?"]
    assert ex(r"a(?=b|c)d") == [r"a(?=b|c)d"]  # a look-ahead is no part of the match
    assert len(ex("(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)")) == 1  # 32 > MAX_EXPANSIONS
    assert set(prefilter.alternatives(r"(?<!\w)(?:aucun|jamais)(?!\w)") or ()) == {("aucun",), ("jamais",)}
    pattern = r"(?<!\w)n(?:e\s|['’]\s*)(?:\w+\s+){0,2}?(?:pas|jamais)(?!\w)"
    opened = [regex.compile(s) for s in ex(pattern)]
    assert len(opened) == 4
    for text in ("ne vendons pas", "n'avons jamais", "n’ai pas", "ne le vendons jamais"):
        assert regex.search(pattern, text) and any(o.search(text) for o in opened), text
