"""The batched engine: same output as Argos Translate's own path, pivot through English, progress,
cancel, the on-disk cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policylens.core import errors as core_errors
from policylens.translate import engine as E
from policylens.translate import errors, packages
from policylens.translate.cache import TranslationCache


@pytest.fixture
def ru_en_pkg(built):
    return packages.install_archive(built.get("ru_en"))


def _argos_translation(from_code: str, to_code: str, bound=None, own_splitter: bool = False):
    """argostranslate's own translation object. Fed one sentence at a time, its sentence splitter
    gets nothing to split and is replaced by one that keeps the text whole; ``own_splitter`` keeps
    the package's own (the spaCy pipeline the test packages carry, no download)."""
    from argostranslate import translate

    translate.get_installed_languages.cache_clear()
    translate.installed_translates.clear()
    translation = translate.get_translation_from_codes(from_code, to_code)

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    def fix(t) -> None:  # type: ignore[no-untyped-def]
        if hasattr(t, "underlying"):
            fix(t.underlying)
        elif hasattr(t, "t1"):
            fix(t.t1)
            fix(t.t2)
        elif hasattr(t, "sentencizer"):
            if not own_splitter:
                t.sentencizer = OneSentence()
            if bound is not None:
                t.hypotheses("warm up")  # creates its CTranslate2 translator
                t.translator = _Bounded(t.translator, bound)

    fix(translation)
    return translation


class _Bounded:
    """Argos Translate's translator with our decoding bound (Argos itself decodes up to 256)."""

    def __init__(self, translator, bound) -> None:  # type: ignore[no-untyped-def]
        self.translator, self.bound = translator, bound

    def translate_batch(self, tokens, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["max_decoding_length"] = self.bound(max(len(t) for t in tokens))
        self.results = self.translator.translate_batch(tokens, **kwargs)
        return self.results


def test_same_output_as_argostranslate(ru_en_pkg, engine, sentences) -> None:
    """Argos Translate unchanged (its default decoding limit, 256 tokens) against our path with the
    same limit: identical output, sentence by sentence. (One sentence per batch here: over 256
    steps of a random model, the last float bits that padding changes in a batch can tip a
    near-tie; with the production bound, batches match exactly — next test.)"""
    reference = _argos_translation("ru", "en")
    expected = [reference.translate(s) for s in sentences]
    ours = E.Engine(cache=False, bound=lambda n: E.MAX_DECODING, max_batch=1)
    assert ours.translate(sentences, "ru", "en") == expected
    assert all(expected)


def test_same_output_as_argostranslate_with_the_length_bound(ru_en_pkg, engine, sentences) -> None:
    """With our production bound (given to Argos Translate's translator too), batching many
    sentences of different lengths still gives exactly Argos Translate's one-by-one output."""
    reference = _argos_translation("ru", "en", bound=E.decoding_bound)
    many = sentences * 3 + [s.upper() for s in sentences]
    expected = [reference.translate(s) for s in many]
    assert engine.translate(many, "ru", "en") == expected


def test_argostranslate_splits_with_the_packaged_splitter(ru_en_pkg, engine, sentences) -> None:
    """The test package carries a sentence splitter that needs no download (a spaCy pipeline):
    Argos Translate splits a whole paragraph with it, and translating our own sentences batched
    gives the same text."""
    from argostranslate import sbd

    bound = lambda n: 24  # noqa: E731  (one bound for every batch, whatever either side puts in it)
    reference = _argos_translation("ru", "en", bound=bound, own_splitter=True)
    inner = reference
    while hasattr(inner, "underlying"):
        inner = inner.underlying
    splitter = inner.sentencizer
    assert isinstance(splitter, sbd.SpacySentencizerSmall)
    assert "spacy" in str(splitter.pkg.packaged_sbd_path)
    ends = [s for s in sentences if s.endswith(".")]
    paragraph = " ".join(ends)
    assert splitter.split_sentences(paragraph) == ends
    assert reference.translate(paragraph)
    # Argos joins the sentences' output tokens before decoding them; decoded one by one, they are ours
    argos = [inner.pkg.tokenizer.decode(r.hypotheses[0]).strip() for r in inner.translator.results]
    assert argos == E.Engine(cache=False, bound=bound).translate(ends, "ru", "en")


def test_pivot_through_english_matches_argostranslate(built, engine, sentences) -> None:
    packages.install_archive(built.get("ru_en"))
    packages.install_archive(built.get("en_fr"))
    reference = _argos_translation("ru", "fr", bound=E.decoding_bound)
    expected = [reference.translate(s) for s in sentences]
    assert engine.translate(sentences, "ru", "fr") == expected
    # and it is ru→en then en→fr
    english = engine.translate(sentences, "ru", "en")
    assert engine.translate(english, "en", "fr") == expected


def test_missing_package_names_the_pair(engine) -> None:
    with pytest.raises(errors.MissingPackage) as caught:
        engine.translate(["Привет."], "ru", "de")
    text = str(caught.value)
    assert "from Russian to German" in text
    assert "policylens packs install FILE.argosmodel" in text and "policylens packs download ru de" in text
    assert caught.value.exit_code == 3


@pytest.mark.parametrize("part", ["model/model.bin", "sentencepiece.model"])
def test_package_damaged_after_install(ru_en_pkg, engine, part) -> None:
    (ru_en_pkg.path / part).write_bytes(b"damaged" * 50)
    with pytest.raises(errors.PackageBroken, match="cannot be loaded"):
        engine.translate(["Мы собираем ваши данные."], "ru", "en")


def test_batch_size_changes_nothing(ru_en_pkg, tmp_path: Path, sentences) -> None:
    one = E.Engine(cache=False, max_batch=1).translate(sentences * 2, "ru", "en")
    many = E.Engine(cache=False, max_batch=64).translate(sentences * 2, "ru", "en")
    assert one == many
    assert one[: len(sentences)] == one[len(sentences) :]


def test_output_is_bounded_by_the_input(ru_en_pkg, engine) -> None:
    """Random weights never end a sentence: the bound is what stops them."""
    [out] = engine.translate(["Мы"], "ru", "en")
    loaded = engine.load(ru_en_pkg)
    assert len(loaded.tokenizer.encode(out)) <= E.decoding_bound(len(loaded.tokenizer.encode("Мы"))) + 2


def test_decoding_bound() -> None:
    assert E.decoding_bound(1) == E.decoding_bound(8) == 26
    assert E.decoding_bound(9) == 42
    assert E.decoding_bound(10_000) == E.MAX_DECODING
    assert all(E.decoding_bound(n) >= 2 * n for n in range(1, 120))


def test_progress_counts_sentences(ru_en_pkg, sentences) -> None:
    seen: list[tuple[int, int]] = []
    E.Engine(cache=False, max_batch=2).translate(sentences, "ru", "en", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(sentences), len(sentences))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 2


def test_cancel_between_batches(ru_en_pkg, tmp_path: Path, sentences) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    seen: list[int] = []
    eng = E.Engine(cache=cache, max_batch=1)
    with pytest.raises(core_errors.Cancelled):
        eng.translate(sentences, "ru", "en", progress=lambda d, t: seen.append(d), cancel=lambda: len(seen) >= 3)
    assert 0 < cache.count() < len(set(sentences))  # the batches done are kept
    assert eng.translate(sentences, "ru", "en")  # and the next run completes


def test_empty_and_blank_sentences(ru_en_pkg, engine) -> None:
    assert engine.translate([], "ru", "en") == []
    out = engine.translate(["", "  ", "Мы собираем ваши персональные данные."], "ru", "en")
    assert out[:2] == ["", ""] and out[2]


def test_same_language_is_identity(engine) -> None:
    assert engine.translate(["  Hello   world. "], "en", "en") == ["Hello world."]


# ---------------------------------------------------------------------------------------------
# the cache


def test_cache_makes_the_second_run_free(ru_en_pkg, engine, sentences, monkeypatch) -> None:
    first = engine.translate(sentences, "ru", "en")
    fresh = E.Engine(cache=engine.cache)

    def no_model(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the model was loaded although every sentence is cached")

    monkeypatch.setattr(fresh, "load", no_model)
    assert fresh.translate(sentences, "ru", "en") == first


def test_cache_is_keyed_by_package_version(built, engine, sentences) -> None:
    packages.install_archive(built.get("ru_en"))
    v1 = engine.translate(sentences, "ru", "en")
    packages.install_archive(built.get("ru_en_v2"))
    v2 = engine.translate(sentences, "ru", "en")
    assert v1 != v2  # another model (another seed): the cache did not answer for it
    assert engine.cache.count() == 2 * len(set(sentences))


def test_default_cache_location(tmp_path: Path) -> None:
    import os

    assert TranslationCache().path == Path(os.environ["XDG_CACHE_HOME"]) / "policylens" / "translations.sqlite"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong_schema", "empty_file"])
def test_damaged_cache_is_rebuilt(ru_en_pkg, tmp_path: Path, sentences, damage) -> None:
    path = tmp_path / "c.sqlite"
    cache = TranslationCache(path)
    first = E.Engine(cache=cache).translate(sentences, "ru", "en")
    cache.close()
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] + b"\x00" * 7)
    elif damage == "wrong_schema":
        path.unlink()
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE translations (x INTEGER)")
    else:
        path.write_bytes(b"")
    again = TranslationCache(path)
    assert E.Engine(cache=again).translate(sentences, "ru", "en") == first
    assert again.enabled
    assert again.count() == len(set(sentences))


def test_unusable_cache_never_fails_a_translation(ru_en_pkg, tmp_path: Path, sentences) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = TranslationCache(blocker / "sub" / "c.sqlite")  # its folder cannot be made
    assert E.Engine(cache=cache).translate(sentences, "ru", "en")
    assert not cache.enabled


def test_cache_writes_whole_batches(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    cache.put_many("p", [("a", "A"), ("b", "B")])
    assert cache.get_many("p", ["a", "b", "c"]) == {"a": "A", "b": "B"}
    assert cache.get_many("other", ["a"]) == {}
    cache.clear()
    assert cache.count() == 0
