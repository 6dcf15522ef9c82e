"""Batched sentence translation with CTranslate2, through installed Argos Translate packages.

Argos Translate translates paragraph by paragraph and hands CTranslate2 batches of at most 32
*tokens* (one or two sentences). Here whole sentences, already split by our own segmenter, are
sorted by length and sent in batches of up to :data:`MAX_BATCH` sentences, with one CTranslate2
translator per package kept loaded. The decoding options are Argos Translate's own
(``apply_packaged_translation``: its beam size, ``length_penalty=0.2``, ``replace_unknowns``, the
package's target prefix, the package's tokenizer), so for the same sentence the output is the same
as ``argostranslate.translate``'s — plus a bound on the output's length relative to the input's
(:func:`decoding_bound`), so that a degenerate model cannot loop for 256 tokens per sentence.

When no package goes straight from one language to the other but X→English and English→Y do,
the sentences go through English (as Argos Translate does). Translations are cached on disk
(:class:`~policylens.translate.cache.TranslationCache`), so a policy opened again is instant.

Nothing here is imported by the GUI until the user translates: CTranslate2 and Argos Translate's
package module are imported when a package is first loaded.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from policylens.core import errors as core_errors
from policylens.translate import errors, packages
from policylens.translate.cache import TranslationCache

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

MAX_BATCH = 32  # sentences per CTranslate2 call
MAX_BATCH_TOKENS = 6000  # source tokens per call (bounds memory for long sentences)
MAX_DECODING = 256  # CTranslate2's default, what Argos Translate decodes at most
LENGTH_PENALTY = 0.2  # as Argos Translate's apply_packaged_translation
BUCKET = 8
ENGINE_ID = "ct2-batched/1"  # part of the cache key: change it when decoding changes
LOADED_PACKAGES = 3  # translators kept in memory (a pivot needs two)


def decoding_bound(source_tokens: int) -> int:
    """At most this many output tokens for a sentence of ``source_tokens`` tokens: twice its
    length rounded up to a multiple of 8, plus 10, and never more than Argos Translate's 256.
    Sentences of one bucket share the bound, so batching them changes nothing in the output."""
    bucket = -(-max(1, source_tokens) // BUCKET) * BUCKET
    return min(MAX_DECODING, 2 * bucket + 10)


def default_threads() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(8, cores))


def normalise(text: str) -> str:
    """What is translated (and cached) for a sentence: its words, single-spaced."""
    return " ".join(text.split())


@dataclass(slots=True)
class _Loaded:
    info: packages.PackageInfo
    cache_id: str
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # argostranslate.tokenizer.Tokenizer
    target_prefix: str


class Engine:
    """Translates lists of sentences. Safe to share between threads (one translation at a time
    per engine; CTranslate2 itself uses ``threads`` cores)."""

    def __init__(
        self,
        cache: TranslationCache | bool | None = True,
        threads: int | None = None,
        max_batch: int = MAX_BATCH,
        bound: Callable[[int], int] = decoding_bound,
    ) -> None:
        if cache is True:
            cache = TranslationCache()
        self.cache: TranslationCache | None = cache or None
        self.threads = threads or default_threads()
        self.max_batch = max(1, max_batch)
        self.bound = bound
        self._loaded: OrderedDict[str, _Loaded] = OrderedDict()
        self._lock = threading.RLock()

    # -- packages -----------------------------------------------------------------------------

    def route(self, from_code: str, to_code: str) -> list[packages.PackageInfo]:
        """The packages for a translation; raises :class:`MissingPackage` when there is none."""
        found = packages.route(from_code, to_code)
        if found is None:
            from policylens.core.analyze import LANGUAGE_NAMES

            raise errors.MissingPackage(
                source=LANGUAGE_NAMES.get(from_code, from_code),
                target=LANGUAGE_NAMES.get(to_code, to_code),
                source_code=from_code,
                target_code=to_code,
            )
        return found

    def load(self, info: packages.PackageInfo) -> _Loaded:
        """The loaded translator and tokenizer of a package (kept for the next call)."""
        key = f"{info.path}|{info.cache_id()}"
        with self._lock:
            hit = self._loaded.get(key)
            if hit is not None:
                self._loaded.move_to_end(key)
                return hit
            import ctranslate2
            from argostranslate import package as argos_package
            from argostranslate import settings

            try:
                pkg = argos_package.Package(info.path)
                tokenizer = getattr(pkg, "tokenizer", None)
                if tokenizer is None:
                    raise ValueError("no tokenizer")
                if hasattr(tokenizer, "lazy_processor"):
                    tokenizer.lazy_processor()  # a damaged tokenizer fails here, not mid-translation
                translator = ctranslate2.Translator(
                    str(info.path / "model"),
                    device=settings.device,
                    inter_threads=1,
                    intra_threads=self.threads,
                    compute_type=settings.compute_type,
                )
            except (OSError, ValueError, RuntimeError) as exc:
                raise errors.PackageBroken(name=info.name, reason=str(exc).splitlines()[0][:200]) from None
            loaded = _Loaded(info, info.cache_id(), translator, tokenizer, pkg.target_prefix or "")
            self._loaded[key] = loaded
            while len(self._loaded) > LOADED_PACKAGES:
                self._loaded.popitem(last=False)
            return loaded

    def unload(self) -> None:
        with self._lock:
            self._loaded.clear()

    # -- translation --------------------------------------------------------------------------

    def translate(
        self,
        sentences: Sequence[str],
        from_code: str,
        to_code: str,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> list[str]:
        """Translate each sentence (one output per input, in order). ``progress(done, total)``
        counts sentences; ``cancel()`` is checked between batches and raises
        :class:`~policylens.core.errors.Cancelled`."""
        hops = self.route(from_code, to_code)
        texts = list(sentences)
        total = len(texts)
        if not hops:
            return [normalise(t) for t in texts]
        for i, info in enumerate(hops):

            def hop_progress(done: int, _n: int, i: int = i) -> None:
                if progress is not None:
                    progress((i * total + done) // len(hops), total)

            texts = self.translate_with(info, texts, hop_progress, cancel)
        return texts

    def translate_with(
        self,
        info: packages.PackageInfo,
        sentences: Sequence[str],
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> list[str]:
        """Translate with one package (no pivot)."""
        norm = [normalise(s) for s in sentences]
        unique = [s for s in dict.fromkeys(norm) if s]
        total = len(norm)

        def report(done_unique: int) -> None:
            if progress is not None:
                progress(round(done_unique * total / max(1, len(unique))), total)

        if cancel is not None and cancel():
            raise core_errors.Cancelled()
        cache_key = self.cache_key(info)
        done: dict[str, str] = self.cache.get_many(cache_key, unique) if self.cache is not None else {}
        todo = [s for s in unique if s not in done]
        report(len(done))
        if todo:
            loaded = self.load(info)  # only now: a document seen before needs no model at all
            with self._lock:  # one CTranslate2 job at a time: it already uses every core
                for batch, outputs in self._run(loaded, todo, cancel):
                    pairs = list(zip(batch, outputs, strict=True))
                    done.update(pairs)
                    if self.cache is not None:
                        self.cache.put_many(cache_key, pairs)
                    report(len(done))
        return [done.get(s, "") if s else "" for s in norm]

    @staticmethod
    def cache_key(info: packages.PackageInfo) -> str:
        """The cache's key for translations by ``info``: the exact package, and how we decode."""
        from argostranslate import settings

        return f"{info.cache_id()}|{ENGINE_ID}|beam{settings.beam_size}"

    def _batches(self, tokenized: list[list[str]]) -> list[list[int]]:
        """Indices grouped into batches: sorted by length, one decoding bound per batch."""
        order = sorted(range(len(tokenized)), key=lambda i: len(tokenized[i]))
        batches: list[list[int]] = []
        current: list[int] = []
        current_bound = -1
        tokens = 0
        for i in order:
            n = len(tokenized[i])
            b = self.bound(n)
            if current and (b != current_bound or len(current) >= self.max_batch or tokens + n > MAX_BATCH_TOKENS):
                batches.append(current)
                current, tokens = [], 0
            current.append(i)
            current_bound = b
            tokens += n
        if current:
            batches.append(current)
        return batches

    def _run(self, loaded: _Loaded, texts: list[str], cancel: CancelFn | None) -> Any:
        """Yield (texts of a batch, their translations), batch by batch."""
        from argostranslate import settings

        tokenized = [loaded.tokenizer.encode(t) for t in texts]
        prefix = loaded.target_prefix
        for batch in self._batches(tokenized):
            if cancel is not None and cancel():
                raise core_errors.Cancelled()
            source = [tokenized[i] for i in batch]
            results = loaded.translator.translate_batch(
                source,
                target_prefix=[[prefix]] * len(source) if prefix else None,
                replace_unknowns=True,
                max_batch_size=len(source),
                batch_type="examples",
                beam_size=max(1, settings.beam_size),
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
                max_decoding_length=self.bound(max(len(s) for s in source)),
            )
            outputs = [self._decode(loaded, r.hypotheses[0]) for r in results]
            yield [texts[i] for i in batch], outputs

    @staticmethod
    def _decode(loaded: _Loaded, tokens: list[str]) -> str:
        # as Argos Translate's apply_packaged_translation
        value = loaded.tokenizer.decode(tokens)
        prefix = loaded.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        if value.startswith(" "):
            value = value[1:]
        return value


@functools.cache
def shared_engine() -> Engine:
    """One engine per process (its translators stay loaded between documents)."""
    return Engine()
