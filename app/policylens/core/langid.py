"""Language detection with langdetect, made deterministic (seeded), on the whole text and per
stretch of blocks, so that a policy mixing two languages is reported as such.

langdetect is slow on long inputs, so the whole-text guess reads an even sample of at most
``SAMPLE_CHARS`` characters, and per-block detection works on chunks of about ``CHUNK_CHARS``
characters (at most ``MAX_CHUNKS`` of them; blocks between sampled chunks take the nearest
chunk's language). Both are linear in the document's length.

A chunk is given to langdetect only when a cheap check cannot vouch for it: a chunk in Latin
script whose common function words (``STOPWORDS``) are clearly those of the document's language
takes that language without langdetect (the check is conservative: any doubt — another script,
few function words, a neighbouring language's words — sends the chunk to langdetect as before).
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from policylens.core import profilecache
from policylens.core.document import Document

SAMPLE_CHARS = 4_000
CHUNK_CHARS = 1_500
CHUNK_SAMPLE = 400  # characters of each chunk that langdetect reads
MAX_CHUNKS = 48
CHUNK_TRIALS = 3  # langdetect's random trials per chunk (7 for the whole text)
MIXED_SHARE = 0.15  # a second language above this share of the text makes the policy "mixed"

_lock = threading.Lock()

# Frequent function words per language: the cheap check that a chunk is in the document's language.
STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to in is are for that with this you your we our or by be as on not "
        "from which will may have has it an at any their they such these who can",
        "fr": "le la les des du de et est sont pour que qui dans une un vous votre vos nous nos "
        "sur par pas ou au aux ces cette avec sont peut leur leurs être",
        "de": "der die das und ist sind für mit von zu den dem des nicht wir sie ihre ihr "
        "auf ein eine einer eines oder auch wenn werden wird im bei uns unsere",
        "es": "el la los las de del y que en es son para por con una un su sus nosotros "
        "usted se lo como o al este esta puede sobre",
        "it": "il lo la gli le di del della dei delle e che è sono per con una un uno suoi "
        "sua nostro nostri non o al alla questo questa può",
        "nl": "de het een en van is zijn voor met dat die wij ons onze uw u je niet of op "
        "aan door worden wordt als bij ook deze",
        "pt": "o os a as de do da dos das e que em é são para por com uma um seu sua seus "
        "nós você não ou ao pelo pela este esta pode",
        "pl": "i w z na do że się nie jest są dla lub o od przez oraz jak może te ten ta "
        "twoje twoich nas nasze które który",
        "sv": "och att det är som för av med på till den de en ett inte eller om vi våra "
        "vår dina din du kan har får från",
        "da": "og at det er som for af med på til den de en et ikke eller om vi vores dine din du kan har får fra hvis",
        "no": "og at det er som for av med på til den de en et ikke eller om vi våre dine din du kan har får fra hvis",
        "fi": "ja on että se ei tai kun sekä voi ovat tämä jos mukaan olla meidän sinun niitä joka jotka myös kuten ne",
    }.items()
}
_WORDS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


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
        if not profilecache.install():
            init_factory()
        DetectorFactory.seed = 0
        try:
            from langdetect.detector_factory import _factory

            assert _factory is not None
            detector = _factory.create()
            detector.__class__ = _fast_detector()
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


@functools.cache
def _fast_detector() -> type:
    """langdetect's ``Detector`` with its three hot loops written for CPython speed, computing
    the very same floating-point operations in the same order (results are bit-identical): n-gram
    extraction with each character's normalisation looked up once per character kind, and the
    probability update and normalisation as list comprehensions instead of indexed loops."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    norm_cache: dict[str, str] = {}
    norm_table: dict[int, str] = {}
    word_cache: dict[str, Any] = {}

    def _word_ngrams(chars: str, known: dict[str, list[float]]) -> list[str]:
        """langdetect's n-gram loop over one word (and its following space), from a fresh window."""
        result: list[str] = []
        grams = " "
        capital = False
        for ch in chars:
            last = grams[-1]
            if last == " ":
                grams = " "
                capital = False
                if ch == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            if ch != " " and ch in known:
                result.append(ch)
            if len(grams) >= 2:
                w = grams[-2:]
                if w in known:
                    result.append(w)
                if len(grams) >= 3 and grams in known:
                    result.append(grams)
        return result

    spaces = re.compile(" {2,}")
    basic_latin = re.compile("[A-z]")  # langdetect's test: 'A' <= ch <= 'z'
    basic_latin_bytes = bytes(range(ord("A"), ord("z") + 1))
    # its other count: characters from U+0300 up, but those its unicode_block() names "Latin
    # Extended Additional" (in langdetect 1.0.9 that test compares a number with a name: none)
    from langdetect.utils.unicode_block import unicode_block

    # (written as the characters it is not: ``re`` compiles "[\u0300-\U0010ffff]" into a table of
    # the whole range, ~5 ms in every fresh process; the complement is the same set)
    if unicode_block("\u1e00") == "Latin Extended Additional":
        non_latin = re.compile("[^\x00-\u02ff\u1e00-\u1eff]")
    else:
        non_latin = re.compile("[^\x00-\u02ff]")

    class FastDetector(Detector):  # type: ignore[misc]
        def append(self, text: str) -> None:
            if self.text:
                super().append(text)
                return
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)
            # the original keeps a character unless it and the one before it are both spaces
            self.text = spaces.sub(" ", text[: self.max_text_length])

        def cleaning_text(self) -> None:
            # langdetect's character loop as two counts: the same decision, the same text
            # (most texts have no character of the second kind: the first is not counted then; it is
            # counted on the text's ASCII bytes, not as a list of matches)
            text = self.text
            others = len(non_latin.findall(text))
            if others:
                ascii_part = text.encode("ascii", "ignore")
                if (len(ascii_part) - len(ascii_part.translate(None, basic_latin_bytes))) * 2 < others:
                    self.text = basic_latin.sub("", text)

        def _extract_ngrams(self) -> list[str]:
            # The original walks the text one character at a time with a 3-character window that
            # restarts at every space; so a word's n-grams depend on the word alone (and on
            # whether a space follows it): they are computed once per word form.
            table = self.word_lang_prob_map
            known = table.index if isinstance(table, profilecache.Profiles) else table
            if word_cache.get("") is not known:  # another profile set: start afresh
                word_cache.clear()
                word_cache[""] = known
            text = self.text
            for raw in set(text).difference(norm_cache):
                norm_cache[raw] = NGram.normalize(raw)
                norm_table[ord(raw)] = norm_cache[raw]
            words = text.translate(norm_table).split(" ")
            result: list[str] = []
            extend = result.extend
            last = len(words) - 1
            for i, word in enumerate(words):
                if not word:
                    continue
                key = word if i < last else word + "\x00"  # the last word has no space after it
                grams = word_cache.get(key)
                if grams is None:
                    if len(word_cache) > 100_000:
                        word_cache.clear()
                        word_cache[""] = known
                    grams = word_cache[key] = _word_ngrams(word + (" " if i < last else ""), known)
                extend(grams)
            return result

        def _detect_block(self) -> None:
            # langdetect's own loop (detector.py) with the same random draws in the same order
            # (``choice`` over a list of the same length) and the same double operations element by
            # element — ``p * (weight + q)``, the built-in (sequential) ``sum``, ``p / sum`` —: the
            # same bits. Each trial's probabilities are a numpy array when numpy is there (it comes
            # with ctranslate2; the frozen bundle leaves it out), else a list.
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            np = _numpy()
            rnd = self.random
            rnd.seed(self.seed)
            if np is None:
                self.langprob = self._trials_lists(ngrams, rnd)
                return
            n = len(self.langlist)
            row = _profile_row(self.word_lang_prob_map)
            langprob = np.zeros(n, dtype=np.float64)
            choice = rnd.choice
            limit = self.ITERATION_LIMIT
            threshold = self.CONV_THRESHOLD
            for _ in range(self.n_trial):
                prob = np.array(self._init_probability(), dtype=np.float64)
                alpha = self.alpha + rnd.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                factors: dict[str, Any] = {}  # n-gram → weight + its row (this trial's alpha)
                i = 0
                while True:
                    gram = choice(ngrams)
                    f = factors.get(gram)
                    if f is None:
                        f = factors[gram] = weight + row(gram)
                    prob *= f
                    if i % 5 == 0:
                        values = prob.tolist()
                        total = sum(values)
                        if not total:
                            raise ZeroDivisionError("float division by zero")  # as langdetect's p / 0.0
                        prob /= total
                        # dividing by a positive number keeps the order: the largest p / total
                        # is max(p) / total, bit for bit
                        if max(0.0, max(values) / total) > threshold or i >= limit:
                            break
                    i += 1
                langprob += prob / self.n_trial
            self.langprob = langprob.tolist()

        def _trials_lists(self, ngrams: list[str], rnd: Any) -> list[float]:
            """The same loop on lists of floats (no numpy)."""
            table = self.word_lang_prob_map
            trials = self.n_trial
            langprob = [0.0] * len(self.langlist)
            choice = rnd.choice
            limit = self.ITERATION_LIMIT
            threshold = self.CONV_THRESHOLD
            for _ in range(trials):
                prob = list(self._init_probability())
                alpha = self.alpha + rnd.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                factors: dict[str, list[float]] = {}
                i = 0
                while True:
                    gram = choice(ngrams)
                    f = factors.get(gram)
                    if f is None:
                        f = factors[gram] = [weight + q for q in table[gram]]
                    prob = [p * q for p, q in zip(prob, f, strict=True)]
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(0.0, *prob) > threshold or i >= limit:
                            break
                    i += 1
                langprob = [lp + p / trials for lp, p in zip(langprob, prob, strict=True)]
            return langprob

        def _update_lang_prob(self, prob: list[float], word: str, alpha: float) -> bool:
            if word is None or word not in self.word_lang_prob_map:
                return False
            weight = alpha / self.BASE_FREQ
            prob[:] = [p * (weight + q) for p, q in zip(prob, self.word_lang_prob_map[word], strict=False)]
            return True

        def _normalize_prob(self, prob: list[float]) -> float:
            sump = sum(prob)
            prob[:] = [p / sump for p in prob]
            return max(0.0, *prob)

    return FastDetector


_NUMPY: list[Any] = []


def defer_numpy() -> None:
    """Detect on lists of floats (the same bits) until :func:`load_numpy` is called: for a process
    whose first analysis should not wait for numpy's import (~0.1 s; the window's analysis
    process, which loads it once it is idle)."""
    _NUMPY[:] = [None]


def load_numpy() -> None:
    """Detect with numpy from now on, when it is installed (see :func:`defer_numpy`)."""
    _NUMPY.clear()
    _numpy()


def _numpy() -> Any:
    """numpy, or None when it is not installed (or ``POLICYLENS_NUMPY=0``)."""
    if not _NUMPY:
        module = None
        if os.environ.get("POLICYLENS_NUMPY", "1") not in ("0", "off", "no", "false"):
            try:
                import numpy as module
            except ImportError:
                module = None
        _NUMPY.append(module)
    return _NUMPY[0]


def _profile_row(table: Any) -> Callable[[str], Any]:
    """n-gram → its row of langdetect's profile table, as a numpy array of doubles."""
    import numpy as np

    if isinstance(table, profilecache.Profiles):
        return table.row
    return lambda gram: np.array(table[gram], dtype=np.float64)


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


def _plainly(sample: str, code: str) -> bool:
    """Whether ``sample`` is plainly in language ``code`` by its function words: Latin script,
    at least 6 function words of ``code``, and against every other language either at least 2.5
    times as many of ``code``'s function words as of that language's or — a neighbour that shares
    many of them ("de", "que", "e" in Spanish and Portuguese; "og", "det", "er" in Danish and
    Norwegian) — at least 3 of the words only ``code`` has and 3 times as many as of the words
    only the neighbour has. Anything else goes to langdetect."""
    own = STOPWORDS.get(code)
    if own is None:
        return False
    letters = sum(map(str.isalpha, sample))
    if letters < 60:
        return False
    # the characters of _LATIN are at least the ASCII letters: count those first (fast), the rest if need be
    ascii_part = sample.encode("ascii", "ignore")
    if len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS)) < 0.97 * letters and len(
        _LATIN.findall(sample)
    ) < 0.97 * letters:
        return False
    words = _WORDS.findall(sample.lower())
    counts = Counter(words)  # each function word counted once per form, not per occurrence
    present = counts.keys()
    hits = sum(counts[w] for w in own & present)
    if hits < 6 or hits < 0.15 * len(words):
        return False
    for c, ws in STOPWORDS.items():
        if c == code or hits >= 2.5 * sum(counts[w] for w in ws & present):
            continue
        mine, theirs = _ONLY[code, c]
        only_mine = sum(counts[w] for w in mine & present)
        if only_mine < 3 or only_mine < 3 * sum(counts[w] for w in theirs & present):
            return False
    return True


# (code, other) → (the function words only ``code`` has, those only ``other`` has)
_ONLY: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {
    (a, b): (STOPWORDS[a] - STOPWORDS[b], STOPWORDS[b] - STOPWORDS[a]) for a in STOPWORDS for b in STOPWORDS if a != b
}


def _neighbour_evidence(sample: str, code: str, other: str) -> bool:
    """Whether a chunk langdetect reads as ``other`` shows it by the function words only ``other``
    has (against those only ``code`` has): a short Norwegian chunk read as Danish ("Når du bestiller,
    registrerer vi navn …" has no Danish-only word) stays Norwegian, while an English chunk in a
    Norwegian policy has English-only words enough. Languages without function-word lists: yes."""
    if (code, other) not in _ONLY:
        return True
    mine, theirs = _ONLY[code, other]
    counts = Counter(_WORDS.findall(sample.lower()))
    present = counts.keys()
    return sum(counts[w] for w in theirs & present) > sum(counts[w] for w in mine & present)


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
        if _plainly(sample, code):
            chunk_lang[ci] = code
            continue
        lang, prob = _detect(sample, trials=CHUNK_TRIALS)
        chunk_lang[ci] = lang if (lang != "und" and prob >= 0.6 and len(sample.strip()) >= 80) else code
        if chunk_lang[ci] != code and not _neighbour_evidence(sample, code, chunk_lang[ci]):  # type: ignore[arg-type]
            chunk_lang[ci] = code
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
