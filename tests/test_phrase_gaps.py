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
