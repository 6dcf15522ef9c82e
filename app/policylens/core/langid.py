"""Language detection with langdetect, made deterministic (seeded), on the whole text and per
stretch of blocks, so that a policy mixing two languages is reported as such.

langdetect is slow on long inputs, so the whole-text guess reads an even sample of at most
``SAMPLE_CHARS`` characters, and per-block detection works on chunks of about ``CHUNK_CHARS``
characters (at most ``MAX_CHUNKS`` of them; blocks between sampled chunks take the nearest
chunk's language). Both are linear in the document's length.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from policylens.core.document import Document

SAMPLE_CHARS = 4_000
CHUNK_CHARS = 1_500
CHUNK_SAMPLE = 400  # characters of each chunk that langdetect reads
MAX_CHUNKS = 48
CHUNK_TRIALS = 3  # langdetect's random trials per chunk (7 for the whole text)
MIXED_SHARE = 0.15  # a second language above this share of the text makes the policy "mixed"

_lock = threading.Lock()


@dataclass(slots=True)
class LanguageGuess:
    code: str
    confidence: float
    block_langs: list[str] = field(default_factory=list)  # one code per document block
    shares: dict[str, float] = field(default_factory=dict)  # code → share of characters


def _detect(text: str, trials: int = 7) -> tuple[str, float]:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # langdetect's factory is global state
        init_factory()
        DetectorFactory.seed = 0
        try:
            from langdetect.detector_factory import _factory

            assert _factory is not None
            detector = _factory.create()
            detector.n_trial = trials
            detector.append(text)
            langs = detector.get_probabilities()
        except LangDetectException:
            return "und", 0.0
    if not langs:
        return "und", 0.0
    best = langs[0]
    code = {"nb": "no", "nn": "no"}.get(best.lang, best.lang)
    return code.split("-")[0], round(float(best.prob), 3)


def _sample(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    parts = 10
    step = len(text) // parts
    size = limit // parts
    return "\n".join(text[i * step + step // 2 - size // 2 : i * step + step // 2 + size // 2] for i in range(parts))


def detect_text(text: str) -> tuple[str, float]:
    """The language of ``text`` (an ISO 639-1 code, or "und") and the detector's confidence."""
    return _detect(_sample(text, SAMPLE_CHARS))


def detect_document(doc: Document) -> LanguageGuess:
    code, conf = detect_text(doc.text)
    blocks = doc.blocks
    if not blocks:
        return LanguageGuess(code, conf)
    # chunks of consecutive blocks
    chunks: list[tuple[int, int]] = []  # (first block, last block) inclusive
    first = 0
    size = 0
    for i, b in enumerate(blocks):
        size += b.end - b.start
        if size >= CHUNK_CHARS:
            chunks.append((first, i))
            first, size = i + 1, 0
    if first < len(blocks):
        if chunks and size < CHUNK_CHARS // 3:
            chunks[-1] = (chunks[-1][0], len(blocks) - 1)
        else:
            chunks.append((first, len(blocks) - 1))
    stride = max(1, -(-len(chunks) // MAX_CHUNKS))
    chunk_lang: list[str | None] = [None] * len(chunks)
    for ci in range(0, len(chunks), stride):
        a, b = chunks[ci]
        sample = doc.text[blocks[a].start : blocks[b].end]
        if len(sample) > CHUNK_SAMPLE:
            mid = len(sample) // 2
            sample = sample[mid - CHUNK_SAMPLE // 2 : mid + CHUNK_SAMPLE // 2]
        lang, prob = _detect(sample, trials=CHUNK_TRIALS)
        chunk_lang[ci] = lang if (lang != "und" and prob >= 0.6 and len(sample.strip()) >= 80) else code
    last = code
    filled: list[str] = []
    for lang in chunk_lang:
        last = lang if lang is not None else last
        filled.append(last)
    block_langs = [code] * len(blocks)
    chars: dict[str, int] = {}
    for (a, b), lang in zip(chunks, filled, strict=True):
        for i in range(a, b + 1):
            block_langs[i] = lang
            chars[lang] = chars.get(lang, 0) + blocks[i].end - blocks[i].start
    total = sum(chars.values()) or 1
    shares = {k: round(v / total, 3) for k, v in sorted(chars.items(), key=lambda kv: -kv[1])}
    # the main language is the one with most characters when chunks disagree with the sample
    main = max(shares, key=lambda k: shares[k]) if shares else code
    if main != code and shares.get(main, 0) > 0.5:
        code = main
    return LanguageGuess(code, conf, block_langs, shares)


def mixed_parts(guess: LanguageGuess) -> list[tuple[str, float]]:
    """Languages other than the main one that hold a real share of the text."""
    return [(k, v) for k, v in guess.shares.items() if k != guess.code and v >= MIXED_SHARE]
