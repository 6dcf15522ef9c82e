"""Build real Argos Translate packages with random weights, for tests and benchmarks.

A package made here is a genuine ``.argosmodel``: a zip of one folder holding ``metadata.json``, a
SentencePiece model trained on a small corpus, and a CTranslate2 Transformer written through
``ctranslate2.specs.TransformerSpec`` by a :class:`ctranslate2.converters.Converter` whose
``_load()`` fills every weight with random numbers. It translates nonsense, but it loads, tokenises,
decodes and runs exactly like a downloaded package, without any network.

Random weights never emit the end-of-sentence token, so decoding is always bounded by the input's
length (as :mod:`policylens.translate.engine` does in production too).

Only tests and ``bench/`` import this module; it pulls in ``ctranslate2.specs`` (and so torch).
"""

from __future__ import annotations

import io
import json
import random
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# words to build a training corpus from: policy vocabulary in a few scripts, so that the tokenizer
# covers Latin, accented and Cyrillic text
_WORD_TEXT = (
    "we collect your personal data name email address phone device location cookies share with "
    "service providers partners advertisers keep for years months delete access rights request "
    "nous collectons vos données personnelles adresse téléphone appareil conserver pendant ans mois "
    "supprimer droits accès demande partenaires prestataires publicité sécurité compte utilisateur "
    "vi samlar in dina personuppgifter namn adress telefon enhet plats lagrar radera rättigheter "
    "мы собираем ваши персональные данные имя адрес телефон устройство хранить лет месяцев удалить "
    "права доступ запрос партнёры реклама безопасность пользователь компания политика конфиденциальности "
    "čeština zpracováváme vaše osobní údaje jméno adresa uchováváme let měsíců právo přístup smazání"
)
_WORDS = tuple(_WORD_TEXT.split())


def corpus_lines(n: int, seed: int = 0, extra: Iterable[str] = ()) -> list[str]:
    """``n`` pseudo-sentences made of policy words, plus ``extra`` lines, for tokenizer training."""
    rng = random.Random(seed)
    lines = [line for line in extra if line.strip()]
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 18))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(1, 2030)))
        line = " ".join(words)
        lines.append(line[:1].upper() + line[1:] + rng.choice((".", ".", ".", "?", "!", ";", ",")))
    return lines


def train_sentencepiece(lines: Sequence[str], vocab_size: int) -> bytes:
    """A SentencePiece unigram model (bytes) trained on ``lines`` (unknown characters become ``<unk>``)."""
    import sentencepiece as spm

    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=out,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        byte_fallback=False,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
        input_sentence_size=0,
        shuffle_input_sentence=False,
    )
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class ModelShape:
    """The size of a Transformer. ``tiny()`` for tests, ``base()`` for benchmarks (the size of
    the Argos Translate packages people download)."""

    encoder_layers: int = 2
    decoder_layers: int = 2
    d_model: int = 32
    heads: int = 2
    ffn: int = 64
    vocab: int = 500
    quantization: str | None = None  # "int8", ... (None keeps float32)

    @classmethod
    def tiny(cls) -> ModelShape:
        return cls()

    @classmethod
    def base(cls) -> ModelShape:
        return cls(6, 6, 512, 8, 2048, 8000, "int8")


def _random_spec(shape: ModelShape, vocabulary: list[str], seed: int) -> Any:
    import numpy as np
    from ctranslate2.specs import model_spec, transformer_spec

    rng = np.random.default_rng(seed)
    d, v = shape.d_model, len(vocabulary)
    spec = transformer_spec.TransformerSpec.from_config(
        (shape.encoder_layers, shape.decoder_layers), shape.heads
    )

    def normal(rows: int, cols: int, gain: float = 1.0) -> Any:
        return (rng.standard_normal((rows, cols)) * (gain / np.sqrt(cols))).astype(np.float32)

    def fill_linear(lin: Any, rows: int, cols: int, gain: float = 1.0) -> None:
        lin.weight = normal(rows, cols, gain)
        lin.bias = (rng.standard_normal(rows) * 0.02).astype(np.float32)

    def fill_norm(norm: Any) -> None:
        norm.gamma = np.ones(d, dtype=np.float32)
        norm.beta = np.zeros(d, dtype=np.float32)

    def fill_layer(layer: Any, decoder: bool) -> None:
        att = layer.self_attention
        fill_norm(att.layer_norm)
        fill_linear(att.linear[0], 3 * d, d)
        fill_linear(att.linear[1], d, d)
        if decoder:
            cross = layer.attention
            fill_norm(cross.layer_norm)
            fill_linear(cross.linear[0], d, d)
            fill_linear(cross.linear[1], 2 * d, d)
            fill_linear(cross.linear[2], d, d)
        fill_norm(layer.ffn.layer_norm)
        fill_linear(layer.ffn.linear_0, shape.ffn, d)
        fill_linear(layer.ffn.linear_1, d, shape.ffn)

    for emb in spec.encoder.embeddings:
        emb.weight = normal(v, d)
    spec.decoder.embeddings.weight = normal(v, d)
    fill_norm(spec.encoder.layer_norm)
    fill_norm(spec.decoder.layer_norm)
    for layer in spec.encoder.layer:
        fill_layer(layer, decoder=False)
    for layer in spec.decoder.layer:
        fill_layer(layer, decoder=True)
    # a sharp output layer: clear winners at every step, so that batched and one-by-one decoding
    # (which may differ in the last float bits) pick the same tokens
    fill_linear(spec.decoder.projection, v, d, gain=8.0)

    # anything the spec still wants (there should be nothing): fail loudly rather than guess
    missing: list[str] = []

    def _check(_spec: Any, name: str, value: Any) -> None:
        if value is None:
            missing.append(name)

    model_spec.visit_spec(spec, _check)
    if missing:
        raise RuntimeError(f"random model: unset weights {missing}")
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def write_model(model_dir: Path, shape: ModelShape, vocabulary: list[str], seed: int = 0) -> Path:
    """A CTranslate2 model with random weights in ``model_dir`` (created)."""
    from ctranslate2.converters import Converter

    class RandomConverter(Converter):
        def _load(self) -> Any:
            return _random_spec(shape, vocabulary, seed)

    RandomConverter().convert(str(model_dir), quantization=shape.quantization, force=True)
    return model_dir


def build_package(
    out_dir: Path,
    from_code: str,
    to_code: str,
    *,
    shape: ModelShape | None = None,
    version: str = "1.0",
    seed: int = 0,
    corpus: Iterable[str] = (),
    corpus_size: int = 400,
    folder: str | None = None,
    metadata: dict[str, Any] | None = None,
    splitter: bool = True,
) -> Path:
    """Build ``translate-<from>_<to>-<version>.argosmodel`` in ``out_dir`` and return its path.

    ``corpus`` adds lines to the tokenizer's training text (e.g. the sentences a test translates);
    ``metadata`` overrides fields of ``metadata.json``. ``splitter`` packages a sentence splitter
    that needs no download: a blank spaCy pipeline in ``spacy/``, to which Argos Translate adds
    spaCy's rule-based sentencizer when ``ARGOS_CHUNK_TYPE=SPACY`` (its default splitter, MiniSBD,
    would fetch a model from the internet unless a ``minisbd/`` ONNX model is packaged).
    """
    import sentencepiece as spm

    shape = shape or ModelShape.tiny()
    out_dir.mkdir(parents=True, exist_ok=True)
    name = folder or f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory(prefix="policylens-pkg-") as tmp:
        root = Path(tmp) / name
        root.mkdir()
        sp_bytes = train_sentencepiece(corpus_lines(corpus_size, seed, corpus), shape.vocab)
        (root / "sentencepiece.model").write_bytes(sp_bytes)
        sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
        vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
        write_model(root / "model", shape, vocabulary, seed)
        meta: dict[str, Any] = {
            "package_version": version,
            "argos_version": "1.0",
            "from_code": from_code,
            "from_name": from_code.upper(),
            "to_code": to_code,
            "to_name": to_code.upper(),
            "type": "translate",
            "links": [],
        }
        meta.update(metadata or {})
        (root / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        (root / "README.md").write_text("A package with random weights, for tests.\n", encoding="utf-8")
        if splitter:
            write_sentence_splitter(root / "spacy")
        target = out_dir / f"{name}.argosmodel"
        zip_folder(root, target)
    return target


def write_sentence_splitter(target: Path) -> Path:
    """A blank multi-language spaCy pipeline (tokenizer only) saved to ``target``."""
    import spacy

    spacy.blank("xx").to_disk(target)
    return target


def zip_folder(root: Path, target: Path) -> Path:
    """Zip ``root`` as one top folder (the layout of an ``.argosmodel``)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            arc = path.relative_to(root.parent).as_posix()
            if path.is_dir():
                zf.write(path, arc + "/")
            else:
                zf.write(path, arc)
    return target
