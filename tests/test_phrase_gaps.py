"""The `~`/`~~` gaps of rule phrases (policylens.core.phrases)."""
import regex

from policylens.core.phrases import FLAGS, phrase_to_regex


def _finds(phrase: str, text: str) -> bool:
    return regex.search(phrase_to_regex(phrase), text, FLAGS) is not None


def test_gap_reaches_a_word_after_an_opening_quotation_mark():
    # Polish „…”, French « … », ASCII "…": the quoted word can end the gap
    assert _finds("cookie* ~~ ustawieni*", "Ustawienia cookies zmienisz, klikając link „Ustawienia prywatności”.")
    assert _finds("modifier ~~ paramètres", "Vous pouvez les modifier dans « Paramètres ».")
    assert _finds("change ~ settings", 'You can change them under "Settings".')


def test_gap_still_stops_at_sentence_punctuation():
    assert not _finds("cookie* ~~ ustawieni*", "Używamy cookies. Ustawienia zmienisz w aplikacji.")


def test_gap_crosses_a_word_with_a_dot_inside():
    # a service named by its web address is one word of the gap; a dot before a space is not
    assert _finds(
        "genom att (registrera dig|använda) ~~ godkänner",
        "Genom att registrera dig och använda Klubbslaget.se godkänner du denna policy.",
    )
    assert _finds("ved å bruke ~~ godtar", "Ved å bruke Fiskekortet.no godtar du vilkårene.")
    assert not _finds("cookie* ~~ ustawieni*", "Używamy cookies np. Ustawienia zmienisz w aplikacji.")


def test_gap_reaches_a_word_hyphened_to_a_name_of_several_words():
    # Finnish joins a word to a multi-word name with " -": "Apila Plus -mainoksia"
    assert _finds("näyttää ~~ mainoks*", "Voimme näyttää sinulle Apila Plus -mainoksia Facebookissa.")
    assert _finds("(käytämme|käyttää) ~ työkalu*", "Käytämme Google Analytics -työkalua.")
    # a spaced dash is still a word of the gap
    assert _finds("we ~ share", "We - of course - share it.")


def test_a_gaps_words_read_whole_match_as_before():
    """The gap's words are read whole (an atomic group, no characters given back): the same
    matches as the plain form, on texts made of words, separators, colons, quotes, apostrophes and
    sentence marks, for gaps before words, groups, a quoted word and at a phrase's end."""
    import random

    from policylens.core import phrases

    plain = r"(?:[^\s.;:!?,'’]|[:.](?=\w))+(?:[\s,\u00a0]+(?:[„“«\"]|-(?=\w))?|['’])"
    assert plain != phrases._TOKEN
    rng = random.Random(7)
    pieces = ["ab", "b", "a", "x1", " ", "  ", ",", ", ", ":", ":a", "'", "’", '"', "„", "«", ".", ";", "\u00a0"]
    pieces += ["c-d", "Ab", "a.b", ".a", " -b", "-", " - "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    tried = found = 0
    for phrase in ("ab ~ b", "a ~~ (b|x1)", "ab ~ c-d", "a ~~ b ~ ab", "x1 ~~ 'b", "ab ~"):
        src = phrase_to_regex(phrase)
        assert phrases._TOKEN in src or phrase.endswith("~")
        new = regex.compile(src, FLAGS)
        old = regex.compile(src.replace(phrases._TOKEN, plain), FLAGS)
        for text in texts:
            got = [m.span() for m in new.finditer(text, overlapped=True)]
            assert got == [m.span() for m in old.finditer(text, overlapped=True)], (phrase, text)
            tried += 1
            found += len(got)
    assert tried == 18000 and found > 500
