"""The clause a negation reaches: a leading conditional clause keeps its negation ("If you do not
want e-mails, you can unsubscribe"), separators inside parentheses cut no clause ("We do not share
your data (name; e-mail) with advertisers"), and English contractions negate ("don't", "won't")."""

from __future__ import annotations

import pytest

from policylens.core.engine import matcher as A
from policylens.core.engine.negation import negated_in
from policylens.core.rules import load_pack

CASES = [
    # a leading conditional clause: its negation stays before its comma
    ("If you do not want to receive marketing e-mails, you can unsubscribe at any time.", "unsubscribe", False),
    ("If you don't agree, you may object to the processing.", "object", False),
    ("When we no longer need your data, we delete it.", "delete", False),
    ("We keep it; if you do not object, we share it with advertisers.", "advertisers", False),
    # ... but a negation of the main clause still counts
    ("If you are under 13, we do not collect your name.", "name", True),
    ("When you visit our site, we never sell your data to data brokers.", "data brokers", True),
    # separators inside a closed parenthesis cut no clause
    ("We do not share your information (such as your name; e-mail address) with advertisers.", "advertisers", True),
    ("We do not sell (or rent; or trade) your personal data to data brokers.", "data brokers", True),
    # ... nor does a scope breaker inside one: "(but not your name)" leaves the rest unnegated
    ("Data on your visits (but not your name or e-mail) is used to show you ads.", "show you ads", False),
    # a negated verb reaches along a long list of its objects, past a clause about one of them
    # ("the websites you visit"), but not past a clause a conjunction or "when" opens
    (
        "We do not log your browsing activity, the websites you visit, DNS queries, the content of your "
        "traffic, your originating IP address or the VPN IP address assigned to you.",
        "IP address",
        True,
    ),
    (
        "We do not sell your contact details, your order history or your wish list, and you can see the "
        "data we share with our carrier, DHL, in your account.",
        "DHL",
        False,
    ),
    (
        "Data may be shared with partners on websites not controlled by us, for instance, when we put "
        "a pixel on a page, with Google, or with Criteo.",
        "Google",
        False,
    ),
    # a one-word aside reads as its word (see test_one_word_aside_is_read_as_its_word); a longer one is skipped
    ("We do not (currently) sell your data.", "sell", True),
    ("We do not (as of today, at least) sell your data.", "sell", True),
    # contractions
    ("We don't share your data with advertisers.", "advertisers", True),
    ("We won't sell your data.", "sell", True),
    ("Your data isn't sold to anyone.", "sold", True),
    # a negated verb reaches along its list of objects ...
    (
        "Under no circumstances do we collect any personal data revealing racial or ethnic origin, political "
        "opinions, religious or philosophical beliefs, trade union membership, health, or sex life.",
        "sex life",
        True,
    ),
    (
        "Under no circumstances do we collect any personal data revealing racial or ethnic origin, political "
        "opinions, religious or philosophical beliefs, trade union membership, health, or sex life.",
        "racial or ethnic origin",
        True,
    ),
    # ... but not past a new subject, nor where there is no list
    (
        "We do not sell your personal data to advertisers, and we share your name, email address, phone number, "
        "postal address and date of birth with partners.",
        "date of birth",
        False,
    ),
    (
        "We don't know who you are when you browse anonymously because our own cookies only ever store one random "
        "number and your language settings.",
        "language settings",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "negated"), CASES)
def test_clause_of_a_negation(sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack("en"), sentence, phrase) is negated


@pytest.mark.parametrize(
    ("sentence", "phrase", "negated"),
    [
        # a list closed by a negated conjunction ("eikä": "nor") is negated throughout, its first
        # items past the negation's own reach too
        (
            "Sinulla ei ole oikeutta tietojen poistamiseen, käsittelyn vastustamiseen eikä siirto-oikeutta.",
            "vastustamiseen",
            True,
        ),
        # ... but one comma and no such conjunction makes no list
        ("Emme säilytä tietoja pitkään, mutta sinulla on oikeus käsittelyn vastustamiseen.", "vastustamiseen", False),
    ],
)
def test_a_list_closed_by_a_negated_conjunction_is_negated(sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack("fi"), sentence, phrase) is negated


@pytest.mark.parametrize(
    ("code", "sentence", "phrase", "negated"),
    [
        # "varken … eller" / "verken … eller": the list's "eller" are its commas, so the negation
        # reaches its last items too
        (
            "sv",
            "Föreningen tar varken emot dina DNA-resultat eller uppgifter om hälsa, religion eller etniskt ursprung.",
            "etniskt ursprung",
            True,
        ),
        (
            "no",
            "Vi lagrer verken kortnummeret ditt eller opplysninger om helse, religion eller politisk syn.",
            "helse",
            True,
        ),
        # ... a plain list of two with one comma after a negation further back is no list
        ("sv", "Vi säljer inte uppgifter, men vi behandlar uppgifter om din hälsa och allergier.", "hälsa", False),
    ],
)
def test_a_correlative_negation_reaches_along_its_list(code: str, sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack(code), sentence, phrase) is negated


@pytest.mark.parametrize(
    ("code", "sentence", "phrase"),
    [
        ("nl", "De medewerker kan verzoeken om verwijdering van gegevens die niet (meer) nodig zijn.", "verwijdering"),
        ("de", "Sie können die Löschung nicht (mehr) benötigter Daten verlangen.", "Löschung"),
    ],
)
def test_one_word_aside_is_read_as_its_word(code: str, sentence: str, phrase: str) -> None:
    assert negated_in(load_pack(code), sentence, phrase) is False


def test_conditional_clause_does_not_hide_a_right() -> None:
    pack = load_pack("en")
    sentence = "If you do not want to receive our newsletter, you can unsubscribe at any time."
    assert A.match_sentence(pack, sentence, "rights.opt_out_marketing")


def test_contraction_negates_a_recipient() -> None:
    pack = load_pack("en")
    assert not A.match_sentence(pack, "We don't share your data with advertisers or ad networks.", "shared.advertisers")
    assert A.match_sentence(pack, "We share your data with advertisers and ad networks.", "shared.advertisers")


# a sentence that opens by continuing the previous one ("This…", "In addition…") inherits its contexts
POLICY = (
    "Privacy policy of Example Ltd. We collect your name and e-mail address when you register.\n\n"
    "We retain the personal data you give us when you register. {second}\n\n"
    "You can contact us at privacy@example.com."
)


def _kinds(second: str) -> set[str]:
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    summary = analyze(load_text(POLICY.format(second=second)), "en")
    return set(summary.retention.kinds)


def test_a_continuing_sentence_inherits_the_previous_ones_contexts() -> None:
    assert "as_long_as_necessary" in _kinds("This lasts only as long as necessary to provide the service.")
    # an unrelated sentence does not
    assert "as_long_as_necessary" not in _kinds("Our team lasts only as long as necessary to provide the service.")


def _rights(text: str) -> set[str]:
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    return {r.right for r in analyze(load_text(text), "en").rights}


def test_imperative_pair_of_right_verbs_is_a_right() -> None:
    head = "Privacy policy of Example Ltd. We collect your name and e-mail address. Contact: privacy@example.com.\n\n"
    assert "access" in _rights(head + "Access and clear some of your data through the privacy dashboard.\n")
    # an infinitive in a list of what the service does is no right of yours
    assert "access" not in _rights(
        head + "We use cookies to:\n\n- Access your information when you sign in, so that we can show it.\n"
    )


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("en", "We may ask you for some information, including but not limited to your email address and "
               "approximate location.", {"contact", "location"}),
        ("de", "Wir erheben personenbezogene Daten, einschließlich, aber nicht beschränkt auf Ihre E-Mail-Adresse "
               "und Ihren Standort, wenn Sie die App nutzen.", {"contact", "location"}),
    ],
)
def test_an_open_lists_marker_is_no_negation(lang: str, text: str, kinds: set[str]) -> None:
    """"including but not limited to": the "not" of an open list's marker denies nothing."""
    from policylens.core.analyze import analyze
    from policylens.core.loaders import load_text

    head = {"en": "Privacy policy\n\n", "de": "Datenschutzerklärung\n\n"}[lang]
    got = {c.category for c in analyze(load_text(head + text + "\n"), lang).collected}
    assert kinds <= got
    # a real denial with an open list after it stays one
    if lang == "en":
        denied = analyze(load_text(head + "We do not collect your location, including but not limited to GPS data.\n"),
                         "en", require_policy=False)
        assert "location" not in {c.category for c in denied.collected}


def test_a_condition_inside_the_sentence_ends_at_its_comma() -> None:
    """"…delete it where we no longer need it, and object to …": the negation of a condition
    inside the sentence does not reach past its comma; the main clause's own still does."""
    head = "Privacy policy of Example Ltd. We collect your name and e-mail address. Contact: privacy@example.com.\n\n"
    got = _rights(head + "You can request a copy of your information, ask us to delete it where we no longer need "
                  "it, and object to the use of your information for marketing.\n")
    assert {"access", "erasure", "objection"} <= got
    assert "objection" not in _rights(head + "Where the law allows it, you cannot object to this processing.\n")


def test_a_quoted_word_is_mentioned_not_used() -> None:
    """'Reply «NO MÁS»', 'text "STOP"': a short quoted keyword denies nothing around it; a leading
    Spanish condition ("Si no querés esto, …") keeps its negation before its comma."""
    es = load_pack("es")
    sentence = "Para dejar de recibir ofertas, escribe «NO MÁS» o usa el enlace de cancelación."
    assert not negated_in(es, sentence, "enlace de cancelación")
    assert negated_in(es, "No usamos el enlace de cancelación «Baja» para nada.", "enlace de cancelación")
    sentence = "Si no querés esto, rechazá las cookies publicitarias en el banner."
    assert not negated_in(es, sentence, "rechazá las cookies")
    en = load_pack("en")
    assert not negated_in(en, 'To stop the texts, reply "NO" and we will unsubscribe you.', "unsubscribe")


def _sentences_of(code: str) -> list[str]:
    """The pack's own sentences (negation examples and counter-examples, rule examples) and, where
    the shared corpus is beside the checkout, its labelled quotes in that language."""
    import json

    from corpus_paths import SHARED

    spec = load_pack(code).spec
    out = [*spec.negation.examples, *spec.negation.counter_examples]
    for r in spec.rule:
        out += [*r.examples, *r.counter_examples]
    quotes = SHARED / "corpus" / "labelled-quotes.jsonl"
    if quotes.is_file():
        for line in quotes.read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            if q["language"] == code:
                out.append(q["quote"])
    return [s if isinstance(s, str) else s.text for s in out]


@pytest.mark.parametrize("code", sorted(__import__("policylens.core.rules", fromlist=["SUPPORTED"]).SUPPORTED))
def test_sentences_without_a_negation_are_told_without_their_clause(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """is_negated says no at once for a sentence where no alternative of the pack's negation has its
    literals (negation._may_hold_a_negation): every word of every sentence of the pack's examples
    and the labelled quotes gets the same answer as with the whole clause worked out, and the
    shortcut is taken for most of them."""
    import re

    from policylens.core import prefilter
    from policylens.core.engine import negation

    pack = load_pack(code)
    sentences = _sentences_of(code)
    spans = [(s, m.start(), m.end()) for s in sentences for m in re.finditer(r"\w+(?:\s+\w+)?", s)]
    # and matches that begin or end inside a word, where a run of the strings negation reads begins
    spans += [(s, m.start() + 1, m.end() - 1) for s in sentences[::3] for m in re.finditer(r"\w{4,}", s)]
    fast = [negation.is_negated(s, 0, len(s), a, b, pack) for s, a, b in spans]
    told = sum(not negation._may_hold_a_negation(s, 0, len(s), 0, 0, pack) for s in sentences)
    monkeypatch.setattr(negation, "_may_hold_a_negation", lambda *a: True)
    slow = [negation.is_negated(s, 0, len(s), a, b, pack) for s, a, b in spans]
    assert fast == slow
    assert any(slow)
    # (a pack whose negation has an alternative of one- or two-character literals only, fr «n'», may
    # find it in nearly every sentence)
    alternatives = prefilter.sign_alternatives(pack.negation.pattern) or ((),)
    if all(lits and len(lits[0]) >= 3 for lits in alternatives):
        assert told > len(sentences) // 4, (told, len(sentences))


@pytest.mark.parametrize("apostrophe", ["'", "’", "`", "´"])
def test_english_nt_is_looked_for_as_written(apostrophe: str) -> None:
    """English "n't" is one literal of the negation, whichever apostrophe it is written with: a
    sentence with an "n" and a "t" but no "n't" holds no negation (before, "n" and "t" were required
    apart, and nearly every English sentence had its clause worked out), one with it still does."""
    from policylens.core.engine import negation

    pack = load_pack("en")
    plain = "We share your contact details with the courier that delivers the parcel."
    assert not negation._may_hold_a_negation(plain, 0, len(plain), 10, 30, pack)
    denied = f"We don{apostrophe}t share your contact details with the courier."
    assert negation._may_hold_a_negation(denied, 0, len(denied), 10, 30, pack)
    assert negated_in(pack, denied, "contact details")
    # cut out of its sentence by a clause's end, the word is still found as one run
    cut = f"For deliveries: we won{apostrophe}t (ever) pass on your contact details."
    assert negated_in(pack, cut, "contact details")


def test_a_negation_word_is_looked_for_at_a_word_start() -> None:
    """A negation the pattern wants after a non-word character («(?<!\\w)nie») is looked for there: Polish
    «również», «osobowe dane» hold no «nie» as a word, and their clause is not worked out; at the bounds
    of the match, where the strings negation reads may cut a word, it is looked for too."""
    from policylens.core.engine import negation

    pack = load_pack("pl")
    assert negation._cuts_at_word_ends(pack)
    plain = "Przekazujemy również dane kurierowi, który dostarcza przesyłkę."
    assert "nie" in plain.casefold()
    assert not negation._may_hold_a_negation(plain, 0, len(plain), 13, 24, pack)
    assert negation._may_hold_a_negation(plain, 0, len(plain), 0, 16, pack)  # «nie» right after a cut
    denied = "Nie przekazujemy danych kurierowi."
    assert negation._may_hold_a_negation(denied, 0, len(denied), 17, 23, pack)
    assert negated_in(pack, denied, "przekazujemy danych")


@pytest.mark.parametrize(
    ("pattern", "ends"),
    [
        (r"(?<![\w])(?:but)(?![\w])", True),
        (r"[\W\d]{0,12}(?:if|when)[^,;:()]{1,200},\s", True),
        (r",\s*(?:which|who)[^,;:]{1,200},", True),
        (r"som(?!\w)(?<!\wsom)(?<!inte\ssom)", True),
        (r"och(?=\s+(?:inget|ingen)\s)", True),
        (r",(?=\s{1,3}eikä\b)", True),
        (r"(?:,[\s\u00a0]+welche\w*)", True),
        (r"\)", True),
        (r"(?:non[\s\u00a0]+esaustiv[oa])", False),  # «esaustivamente»: it may end inside a word
        (r"(?<![\w])(?:but)", False),
        (r"w\s+szczególności\s+(?-i:[A-Z])", False),
        (r"\(\s", False),  # a space after "(" may be one the clause blanked inside brackets
        (r"but(?![\w])|and", False),
        (r"\w*?", False),
    ],
)
def test_patterns_that_end_at_a_word_end(pattern: str, ends: bool) -> None:
    from policylens.core import prefilter

    assert prefilter.ends_at_a_word_end(pattern) is ends


@pytest.mark.parametrize("code", sorted(__import__("policylens.core.rules", fromlist=["SUPPORTED"]).SUPPORTED))
def test_the_clause_cuts_of_a_pack_end_at_words(code: str) -> None:
    """Where negation._cuts_at_word_ends says so, every match of the pack's conditional leads, scope
    breakers and relative asides in its example sentences ends with a non-word character on one side."""
    import regex

    from policylens.core.engine import negation

    pack = load_pack(code)
    assert negation._cuts_at_word_ends(pack)  # every pack's are so today: the shortcut is taken in all
    word = regex.compile(r"\w")
    ends = 0
    for pattern in (pack.conditional_lead, pack.scope_breakers, pack.relative_aside):
        if pattern is None:
            continue
        for s in _sentences_of(code):
            for m in pattern.finditer(s, overlapped=True):
                e = m.end()
                inside = 0 < e < len(s) and word.match(s, e - 1) and word.match(s, e)
                assert not inside, (pattern.pattern[:80], s, m.group())
                ends += 1
    assert ends > 10


@pytest.mark.parametrize("code", sorted(__import__("policylens.core.rules", fromlist=["SUPPORTED"]).SUPPORTED))
def test_sign_literals_are_in_every_match(code: str) -> None:
    """prefilter.sign_alternatives reads, for every pattern of the pack (negation, phrases, cues), literals
    that every match holds: wherever the pattern matches one of the pack's example sentences, all the
    literals of one of its alternatives are in the match (case-folded)."""
    from policylens.core import prefilter

    pack = load_pack(code)
    patterns = [pack.negation, *(sc for rules in pack.rules.values() for r in rules for sc in r.scanners)]
    sentences = _sentences_of(code)
    checked = 0
    for pattern in patterns:
        alts = prefilter.sign_alternatives(pattern.pattern)
        if alts is None:
            continue
        for s in sentences:
            for m in pattern.finditer(s, overlapped=True):
                got = m.group().casefold()
                before = s[m.start() - 1 : m.start()]
                assert any(
                    all(
                        lit in got
                        and (not first or not _at_word_char(lit) or _after_non_word(s, m.start(), got, lit, before))
                        for lit, first in alt
                    )
                    for alt in alts
                ), (pattern.pattern, m.group(), alts)
                checked += 1
    assert checked > 100

_LIMIT = "få behandlingen begränsad"


@pytest.mark.parametrize(
    ("sentence", "phrase", "negated"),
    [
        # "no longer needed" denies a need, not what follows it in the sentence
        ("– få dem raderade när de inte längre behövs, eller få behandlingen begränsad,", _LIMIT, False),
        ("Uppgifter som inte längre behövs raderas, och du kan begära att få behandlingen begränsad.", _LIMIT, False),
        # ... while a plain negation still reaches it
        ("Du kan inte få behandlingen begränsad.", _LIMIT, True),
        ("Vi sparar inte längre uppgifterna i kundregistret.", "kundregistret", True),
    ],
)
def test_sv_no_longer_needed_is_no_denial(sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack("sv"), sentence, phrase) is negated


@pytest.mark.parametrize(
    ("sentence", "phrase", "negated"),
    [
        # Finnish fronts the object before the negation verb ("Mainosevästeitä emme käytä", "Videoita ei tallenneta")
        ("Mainosevästeitä emme käytä.", "Mainosevästeitä", True),
        ("Videoita ei tallenneta.", "Videoita", True),
        # ... but a negation further on, in another clause, does not reach back
        ("Tallennamme videot, mutta emme jaa niitä.", "videot", False),
        ("Keräämme sijaintitietoja vain, jos annat luvan.", "sijaintitietoja", False),
    ],
)
def test_fi_negation_after_a_fronted_object(sentence: str, phrase: str, negated: bool) -> None:
    assert negated_in(load_pack("fi"), sentence, phrase) is negated


def _at_word_char(lit: str) -> bool:
    import regex

    return regex.match(r"\w", lit) is not None


def _after_non_word(s: str, start: int, got: str, lit: str, before: str) -> bool:
    """Whether ``lit`` stands in the match ``got`` (from ``start`` in ``s``) after a non-word character,
    or at the match's start with none before it in ``s``."""
    import regex

    k = got.find(lit)
    while k >= 0:
        prev = got[k - 1] if k else before
        if not prev or not regex.match(r"\w", prev):
            return True
        k = got.find(lit, k + 1)
    return False
