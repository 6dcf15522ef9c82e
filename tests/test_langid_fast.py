"""The fast language detector (core/langid.py: n-grams per word form, the probability loop on
numpy arrays — or lists without numpy —, the character counts as two regex counts) gives
langdetect's very probabilities, bit for bit: compared with langdetect's own ``Detector`` on
samples of every labelled document (as the engine takes them) and on texts that exercise its
corners (non-Latin scripts, Latin words amid them, URLs, capitals, a single character)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("POLICYLENS_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")) / "corpus"
FILES = sorted(p for d in ("seeds", "dev", "commercial") for p in (CORPUS / d).rglob("*.txt"))

_CORNERS = (
    "Политика конфиденциальности: мы собираем ваш e-mail и IP-адрес (Google Analytics).",
    "個人情報の取り扱いについて Privacy Policy 当社は Cookie を使用します。",
    "ΠΟΛΙΤΙΚΗ ΑΠΟΡΡΗΤΟΥ Συλλέγουμε τα προσωπικά σας δεδομένα. See https://example.com/privacy",
    "WE COLLECT YOUR DATA. Nous Collectons Vos Données. Tiếng Việt có dấu ở đây.",
    "x",
    "Datenschutzerklärung   der   Ärzte-GmbH — kontakt@example.de — Straße 1",
)


def _langprob(text: str, trials: int, fast: bool) -> list[float]:
    import langdetect.detector_factory as df
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    from policylens.core import langid, profilecache

    with langid._lock:
        if not profilecache.install():
            df.init_factory()
        assert df._factory is not None
        df.DetectorFactory.seed = 0
        d = df._factory.create()
        d.__class__ = langid._fast_detector() if fast else Detector
        d.n_trial = trials
        d.append(text)
        try:
            d.get_probabilities()
        except LangDetectException as exc:
            return [float(len(str(exc)))]
        return list(d.langprob)


def _samples() -> list[tuple[str, int]]:
    from policylens.core import langid
    from policylens.core.loaders import load_path

    out: list[tuple[str, int]] = [(t, 7) for t in _CORNERS]
    for path in FILES[::2]:
        text = load_path(path).text
        mid = len(text) // 2
        out.append((langid._sample(text, langid.SAMPLE_CHARS), 7))
        out.append((text[mid : mid + langid.CHUNK_SAMPLE], langid.CHUNK_TRIALS))
    return out


@pytest.mark.parametrize("arrays", [True, False], ids=["numpy", "lists"])
def test_fast_detector_gives_langdetects_bits(arrays: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.core import langid

    if arrays:
        pytest.importorskip("numpy")
        monkeypatch.setattr(langid, "_NUMPY", [])
    else:  # as in the frozen bundle, which leaves numpy out
        monkeypatch.setattr(langid, "_NUMPY", [None])
    samples = _samples()
    for text, trials in samples:
        assert _langprob(text, trials, fast=True) == _langprob(text, trials, fast=False), text[:80]
    assert len(samples) >= len(_CORNERS) + (40 if FILES else 0)
    assert (langid._numpy() is not None) == arrays


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_corpus_is_here() -> None:
    assert len(FILES) >= 40


def _chunk_samples(text: str) -> list[str]:
    """Samples as detect_document takes them from chunks of about CHUNK_CHARS characters."""
    from policylens.core import langid

    out = []
    for a in range(0, max(1, len(text) - 200), langid.CHUNK_CHARS):
        chunk = text[a : a + langid.CHUNK_CHARS]
        mid = len(chunk) // 2
        out.append(chunk[mid - langid.CHUNK_SAMPLE // 2 : mid + langid.CHUNK_SAMPLE // 2])
    return out


@pytest.mark.skipif(not FILES, reason="the shared corpus is not here")
def test_function_words_vouch_for_a_chunk_only_where_langdetect_agrees() -> None:
    """langid._plainly spares langdetect the chunks whose function words plainly say their
    language; it must never vouch for a language langdetect would not give the chunk (a
    Portuguese passage in a Spanish policy, a Danish one in a Norwegian policy). Every chunk of
    every labelled document, and of documents made of two neighbour languages' policies, is
    tried against every language: where the check vouches, langdetect's answer (as
    detect_document takes it) is that language."""
    from policylens.core import langid
    from policylens.core.loaders import load_path

    by_lang: dict[str, list[str]] = {}
    for path in FILES:
        by_lang.setdefault(path.parent.name, []).append(load_path(path).text)
    texts = [t for ts in by_lang.values() for t in ts]
    for a, b in (("es", "pt"), ("da", "no"), ("sv", "no"), ("da", "sv"), ("fr", "it"), ("de", "nl"), ("fi", "sv")):
        for x, y in zip(by_lang.get(a, [])[:3], by_lang.get(b, [])[:3], strict=False):
            texts.append(x[: len(x) // 2] + "\n\n" + y[len(y) // 2 :])
    vouched = checked = 0
    for text in texts:
        for sample in _chunk_samples(text):
            for code in langid.STOPWORDS:
                checked += 1
                if not langid._plainly(sample, code):
                    continue
                vouched += 1
                lang, prob = langid._detect(sample, trials=langid.CHUNK_TRIALS)
                taken = lang if (lang != "und" and prob >= 0.6 and len(sample.strip()) >= 80) else code
                assert taken == code, (code, lang, prob, sample)
    assert vouched > 300 and checked > 10 * vouched


def test_the_non_latin_count_is_langdetects_range() -> None:
    """FastDetector counts the characters langdetect counts (U+0300 and up, but Latin Extended
    Additional) with their complement's class (quicker to compile): the same set, code point for
    code point."""
    import re

    text = "".join(chr(i) for i in range(0x110000))
    for ours, theirs in (
        ("[^\x00-\u02ff\u1e00-\u1eff]", "[\u0300-\u1dff\u1f00-\U0010ffff]"),
        ("[^\x00-\u02ff]", "[\u0300-\U0010ffff]"),
    ):
        assert re.findall(ours, text) == re.findall(theirs, text)
