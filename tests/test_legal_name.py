"""``Words.legal_name`` is searched as two patterns (see rules.LegalName): a name that opens with a
lower-case start ("eBilet Systemy sp. z o.o.") and one that does not. Its searches must find what the
whole pattern finds, everywhere."""

from __future__ import annotations

import re

import pytest

from corpus_paths import SAMPLES, SHARED
from policylens.core import rules
from policylens.core.rules import LegalName, available_packs, load_pack

MADE = (
    "Tickets are sold by eBilet Systemy sp. z o.o. and iSpot Media Ltd; the site runs on Example AB. "
    "Stichting Kinderopvang De Speelwei, Fundacja Dobre Serce and uAB x. 6.1 Twilio Inc. is established; "
    "24 Hour Fitness Inc. and 6661 AB Elst, A Atlântico Norte – Companhia de Seguros, S.A. and xyLabs Oy, "
    "abcDef GmbH, deBank Sp. z o.o.; ÄäBolaget AB och åÖrebro Datahall AB."
)


def _texts() -> list[str]:
    texts = [MADE]
    for d in ("seeds", "dev", "commercial"):
        root = SHARED / "corpus" / d
        if root.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.txt"))]
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("code", available_packs())
def test_searches_find_what_the_whole_pattern_finds(code: str) -> None:
    name = load_pack(code).words.legal_name
    assert isinstance(name, LegalName) and name._lower is not None
    lowered = 0
    for text in TEXTS:
        got = [m.span(1) for m in name.finditer(text)]
        assert got == [m.span(1) for m in name.whole.finditer(text)]
        lowered += sum(text[s].islower() for s, _ in got)
        # from and to any place: a search from inside a name, a stretch cut short
        for pos in range(0, len(text), max(1, len(text) // 11)):
            end = min(len(text), pos + 900)
            want = name.whole.search(text, pos, end)
            m = name.search(text, pos, end)
            assert (m and m.span()) == (want and want.span())
            assert [x.span() for x in name.finditer(text, pos, end)] == [
                x.span() for x in name.whole.finditer(text, pos, end)
            ]
    assert lowered >= 3  # the made-up text's lower-case starts are found


@pytest.mark.parametrize("code", available_packs())
def test_the_gate_lets_every_name_through(code: str) -> None:
    """A stretch the gate (a search with ``re`` for a legal form) turns away holds no name: every
    line of every text (most hold none: the gate's work), and names whose form follows an odd space."""
    name = load_pack(code).words.legal_name
    assert name._gate is not None  # every pack's forms can be gated
    odd = ["Example\u00a0AB och Exempel\u2003GmbH", "Exempel\x1cAB", "Example AB²", "Stichting\u2009Exempel"]
    named = 0
    for text in TEXTS:
        for line in [*text.splitlines(), *odd]:
            want = [m.span() for m in name.whole.finditer(line)]
            assert [m.span() for m in name.finditer(line)] == want, line
            named += bool(want)
    assert named >= 20


def test_a_lower_case_name_before_a_company_searches_the_whole_pattern() -> None:
    name = LegalName(r"", r"[\p{Lu}0-9]\w*\s(?:AB)", r"(?:stiftelsen)\s\p{Lu}\w*", lower_alone=False)
    assert name._lower is None
    assert [m.group(1) for m in name.finditer("Om stiftelsen Hjärta och Exempel AB samt xYz AB.")] == [
        "stiftelsen Hjärta",
        "Exempel AB",
        "xYz AB",
    ]


def test_austrian_sole_trader_is_a_legal_name() -> None:
    """'e.U.' (eingetragenes Unternehmen, Austria) closes a company's name like 'GmbH'."""
    name = load_pack("de").words.legal_name
    text = "Den Shop betreut die Weinviertel Digital e.U. in einem Wiener Rechenzentrum."
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == ["Weinviertel Digital e.U."]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "pl",
            "Monitoring obsługuje firma Ochrona Mienia „Kruk” Sp. z o.o. na podstawie umowy.",
            "Ochrona Mienia „Kruk” Sp. z o.o.",
        ),
        (
            "de",
            "Die Reinigung übernimmt die Gebäudedienste „Blitzblank“ GmbH aus Köln.",
            "Gebäudedienste „Blitzblank“ GmbH",
        ),
        ("fr", "Le site est hébergé par Services Web « Atlas » SARL à Lyon.", "Services Web « Atlas » SARL"),
    ],
)
def test_a_quoted_word_inside_a_company_name_is_part_of_it(code: str, text: str, want: str) -> None:
    """A brand word in quotation marks after the name's first word ("Agencja Ochrony „Solid” sp. z o.o.")
    keeps the whole name; the searches still agree with the whole pattern."""
    name = load_pack(code).words.legal_name
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == [want]
    assert [m.span(1) for m in name.finditer(text)] == [m.span(1) for m in name.whole.finditer(text)]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("pl", "Darowizny przekazujemy do Fundacja „Zielony Las” co roku.", ["Fundacja „Zielony Las”"]),
        (
            "pl",
            "Księgi prowadzi Mazowieckie Biuro Rachunkowe „Bilans” Anna Nowak na podstawie umowy.",
            ["Mazowieckie Biuro Rachunkowe „Bilans” Anna Nowak"],
        ),
    ],
)
def test_a_quoted_word_after_a_legal_form_written_before_the_name_is_part_of_it(
    code: str, text: str, want: list[str]
) -> None:
    """A word in quotation marks after a form written before the name («Fundacja „Zielony Las”», «Biuro
    Rachunkowe „Bilans” Anna Nowak») keeps the whole name; the searches still agree with the whole pattern."""
    name = load_pack(code).words.legal_name
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == want
    assert [m.span(1) for m in name.finditer(text)] == [m.span(1) for m in name.whole.finditer(text)]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "pt",
            "Inscrevemos os atletas na Federação Portuguesa de Natação e Associação de Natação do Minho.",
            ["Federação Portuguesa de Natação", "Associação de Natação do Minho"],
        ),
        (
            "es",
            "Colaboramos con la Asociación de Vecinos del Barrio Norte.",
            ["Asociación de Vecinos del Barrio Norte"],
        ),
        ("es", "Le invitamos a los eventos de la Asociación de Exalumnos. Gracias.", []),
        ("fr", "Vos données sont transmises à la Fédération Française de Voile.", ["Fédération Française de Voile"]),
    ],
)
def test_a_particle_may_follow_a_legal_form_written_before_the_name(code: str, text: str, want: list[str]) -> None:
    """An association or federation's name may go on with a particle right after its form ("Associação de
    Natação do Minho") when two capitalised words follow, and another form starts another name; the searches
    still agree with the whole pattern."""
    name = load_pack(code).words.legal_name
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == want
    assert [m.span(1) for m in name.finditer(text)] == [m.span(1) for m in name.whole.finditer(text)]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "es",
            "Los envíos los hacen Rápido Norte S.A. y Envíos del Sur S.A. en todo el país.",
            ["Rápido Norte S.A.", "Envíos del Sur S.A."],
        ),
        ("es", "El seguro lo presta Mutua de Riesgos y Accidentes S.A.", ["Mutua de Riesgos y Accidentes S.A."]),
    ],
)
def test_a_particle_after_a_legal_form_ends_the_name(code: str, text: str, want: list[str]) -> None:
    """A particle ("y") joins capitalised words of one name, but not a name that already ends on its legal
    form to the next: "Rápido Norte S.A. y Envíos del Sur S.A." are two companies."""
    name = load_pack(code).words.legal_name
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == want
    assert [m.span(1) for m in name.finditer(text)] == [m.span(1) for m in name.whole.finditer(text)]


FORMS = ["AB", "GmbH", "Ltd", "S.A.", "Sp. z o.o.", "B.V.", "ApS", "Oy", "AS", "S.r.l.", "Lda.", "SAS", "Inc."]


def _form(code: str) -> str:
    """A legal form of ``code``'s pack."""
    name = load_pack(code).words.legal_name
    return next(f for f in FORMS if name.whole.fullmatch(f"Example {f}"))


def _longest_name(code: str) -> str:
    """A name with about the most white space a name before its form holds: six words, each with a space
    before its closing quote, joined by the pack's particle with the most spaces (a word after a particle
    opens with no quote, and the first word with none: a quote is no word start)."""
    particles = ["&", *load_pack(code).spec.words.name_particles]
    join = max(particles, key=lambda p: (sum(c.isspace() for c in p), len(p)))
    return f" {join} ".join(f"Ab{k}cd ”" for k in range(6)) + " " + _form(code)


@pytest.mark.parametrize("code", available_packs())
def test_a_long_stretch_is_searched_near_its_forms_alone(code: str) -> None:
    """Over a long stretch only the words near a legal form are tried (LegalName._near_forms): the names
    found are those of the whole pattern's search, from any place to any place — a name as long as one can
    be, a name after signs no name holds, after a comma before its form, across a line, with a lower-case
    start, after a form written before it, and one inside a word."""
    name = load_pack(code).words.legal_name
    assert name._breaker is not None and name._reach is not None
    form = _form(code)
    longest = _longest_name(code)
    assert name.whole.fullmatch(longest) is not None, longest
    spaces = sum(c.isspace() for c in longest[: -len(form) - 1])
    assert name._reach - 6 <= spaces <= name._reach  # the reach holds it, and a few more (six opening quotes)
    pieces = [
        longest,
        f"(Exempel Data {form})",
        f"Nord-Ost Service, {form}",
        f"we work with\nExample Cloud {form}",
        f"eXample {form}",
        f"«Exemplo» {form}",
        f"xx{form}",
        "Stiftelsen Exempel and Fundacja Przykład",
        f"casavi {form}",
        f"(rami.io {form})",
        f"the Au-pair {form}",
        f"zur e-conomic\n{form} Nord",
    ]
    filler = "; " + "the service is provided; " * 12
    text = filler.join([*pieces, *pieces[::-1], ""]) + ", ".join(pieces)
    assert len(text) > rules.LONG_STRETCH
    whole = [m.span() for m in name.whole.finditer(text)]
    assert [m.span() for m in name.finditer(text)] == whole
    at = text.find(longest)
    assert (at, at + len(longest)) in whole
    for pos in range(0, len(text), 97):
        end = min(len(text), pos + rules.LONG_STRETCH + 400)
        want = [m.span() for m in name.whole.finditer(text, pos, end)]
        assert [m.span() for m in name.finditer(text, pos, end)] == want, (pos, end)


def test_a_form_with_a_letter_of_a_case_is_gated() -> None:
    """``re`` lacks ``\\p{Lu}``: the gate reads it as ``\\w`` (every letter is one), and still finds the form."""
    gate = rules._legal_gate("AB", [r"(?:\p{Lu}\p{Ll}+ische )?(?:Kreis|Stadt)?[Ss]parkasse"])
    assert gate
    assert re.search(gate, "bei der Ostsächsische Sparkasse Dresden") is not None
    name = LegalName("", r"[\p{Lu}0-9]\w*\s(?:AB)", r"(?:\p{Lu}\p{Ll}+ische\s)?Sparkasse\s\p{Lu}\w*", gate=gate)
    text = "Zahlungen über die Ostsächsische Sparkasse Dresden und die Exempel AB."
    assert [m.group(1) for m in name.finditer(text)] == ["Ostsächsische Sparkasse Dresden", "Exempel AB"]
    # (not a form's own \w: in ``regex`` it also takes a combining mark, which ``re``'s does not)
    assert rules._legal_gate(r"A\wB", []) == ""
    assert re.search(r"A\wB", "A\u0301B") is None and rules.regex.search(r"A\wB", "A\u0301B") is not None


@pytest.mark.parametrize("code", ["de", "en", "nl"])
def test_the_austrian_co_kg_without_its_dot_is_one_name(code: str) -> None:
    """«GmbH & Co KG» (Austria writes no dot after «Co») closes one name, as «GmbH & Co. KG» does."""
    name = load_pack(code).words.legal_name
    for form in ("GmbH & Co KG", "GmbH & Co. KG", "SE & Co KG"):
        text = f"Die Busreisen führt die Beispiel Linien {form} durch."
        assert [m.group(1) for m in name.finditer(text)] == [f"Beispiel Linien {form}"], form


@pytest.mark.parametrize("code", available_packs())
def test_a_name_in_lower_case_right_before_its_form(code: str) -> None:
    """A brand written in lower case ("casavi GmbH", "rami.io GmbH", "e-conomic A/S") is a name with its form;
    a function word of the pack before a form is none ("eine GmbH", "la SAS"), nor is the end of a joined word
    ("Au-pair e.V."); searched as the whole pattern searches, from any place."""
    pack = load_pack(code)
    name = pack.words.legal_name
    form = _form(code)
    articles = ("the", "eine", "la", "een", "en", "ett", "et", "ja", "uma", "una", "i")
    function_word = next(w for w in articles if w in pack.words.function_words)
    text = (
        f"We send it to casavi {form} and (rami.io {form}); to e-conomic {form}, not to {function_word} {form},"
        f" nor to pair {form} of the Au-pair {form}."
    )
    got = [m.group(1) for m in name.finditer(text)]
    assert got == [m.group(1) for m in name.whole.finditer(text)]
    lower = [f"rami.io {form}", f"e-conomic {form}"]
    if pack.words.capitalises_nouns:  # (elsewhere a name's later words are often in lower case: see below)
        lower = [f"casavi {form}", *lower, f"pair {form}"]
    assert [g for g in got if g[:1].islower()] == lower
    assert f"{function_word} {form}" not in got and f"Au-pair {form}" in got
    for pos in range(len(text)):
        want = name.whole.search(text, pos)
        assert (name.search(text, pos) and name.search(text, pos).span()) == (want and want.span())


def test_a_name_in_lower_case_where_nouns_are_not_capitalised() -> None:
    """Where nouns are not capitalised, a word in lower case before a form is a name's only where it holds a
    digit, a dot or a dash («one.com»): else it may end a longer name («Midtfjord brann og redning IKS»,
    «Kustbygdens folkhögskola sr»). A capitalised word after the form makes the form one written before a
    name (Swedish «moderbolaget AB Volvo»); in German a noun may follow a name («der sipgate GmbH Ihre
    Rufnummer»)."""
    no = load_pack("no").words.legal_name
    assert [m.group(1) for m in no.finditer("Midtfjord brann og redning IKS eier tjenesten.")] == []
    assert [m.group(1) for m in no.finditer("Nettsiden driftes av one.com AS i Danmark.")] == ["one.com AS"]
    sv = load_pack("sv").words.legal_name
    assert [m.group(1) for m in sv.finditer("Vi delar dem med moder-bolaget AB Volvo.")] == []
    assert [m.group(1) for m in sv.finditer("Stiftelsen för Kustbygdens folkhögskola sr")] == []
    de = load_pack("de").words.legal_name
    assert [m.group(1) for m in de.finditer("Wir übermitteln der sipgate GmbH Ihre Rufnummer.")] == ["sipgate GmbH"]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "pl",
            "W razie szkody dane otrzymuje Towarzystwo Ubezpieczeń i Reasekuracji WARTA S.A., nasz ubezpieczyciel.",
            ["Towarzystwo Ubezpieczeń i Reasekuracji WARTA S.A."],
        ),
        (
            "pl",
            "Księgi prowadzi Kancelaria Rachunkowa „Rewizor-Lublin” Jan Mazur na podstawie umowy.",
            ["Kancelaria Rachunkowa „Rewizor-Lublin” Jan Mazur"],
        ),
    ],
)
def test_a_name_after_a_legal_form_written_before_it_may_end_in_a_form_written_after_it(
    code: str, text: str, want: list[str]
) -> None:
    """A name opened by a form written before it may close with the form written after it as well
    («Towarzystwo Ubezpieczeń i Reasekuracji WARTA S.A.»): the «S» of «S.A.» is no last word of it."""
    name = load_pack(code).words.legal_name
    assert [text[m.start(1) : m.end(1)] for m in name.finditer(text)] == want
    assert [m.span(1) for m in name.finditer(text)] == [m.span(1) for m in name.whole.finditer(text)]
