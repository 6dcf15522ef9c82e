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
