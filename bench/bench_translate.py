"""Translation benchmark: our batched CTranslate2 path against ``argostranslate.translate``.

Builds a package of the size people download (6+6 layers, d_model 512, 8 heads, FFN 2048,
vocabulary 8000, int8; random weights, so decoding always runs to the length bound), takes 200
sentences of the bundled sample policies (our segmenter), and translates them with both paths:
the same package, the same decoding options and bound, the same number of threads. Prints
sentences per second (median of the runs) and the ratio; ``--markdown`` prints the README table.

    .venv/bin/python bench/bench_translate.py [--runs 3] [--sentences 200] [--markdown]

Everything happens in a temporary folder (its own XDG and Argos Translate directories); nothing
touches the network.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate() -> Path:
    home = Path(tempfile.mkdtemp(prefix="policylens-bench-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        (home / var).mkdir()
        os.environ[var] = str(home / var)
    os.environ["ARGOS_PACKAGES_DIR"] = str(home / "packages")
    return home


def _sentences(n: int) -> list[str]:
    from policylens.core.loaders import load_path
    from policylens.translate.document import sentences_of
    from policylens.translate.engine import normalise

    out: list[str] = []
    for path in sorted((ROOT / "resources" / "samples").glob("fr-*.txt")):
        doc = load_path(path)
        for s in sentences_of(doc, "fr"):
            text = normalise(doc.text[s.start : s.end])
            if len(text.split()) >= 3 and text not in out:
                out.append(text)
    if len(out) < n:
        raise SystemExit(f"only {len(out)} sentences in the samples")
    # an even spread over the documents, not just the first one
    step = len(out) / n
    return [out[int(i * step)] for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--compute-type", default=None, help="CTranslate2 compute type for both paths (default: auto)")
    args = ap.parse_args()
    if args.compute_type:
        os.environ["ARGOS_COMPUTE_TYPE"] = args.compute_type

    home = _isolate()
    from policylens.translate.engine import default_threads

    threads = default_threads()
    os.environ["ARGOS_INTRA_THREADS"] = str(threads)  # Argos Translate reads it at import

    from policylens.translate import engine as E
    from policylens.translate import packages
    from policylens.translate.testing import ModelShape, build_package, corpus_lines

    sentences = _sentences(args.sentences)
    shape = ModelShape.base()
    t0 = time.perf_counter()
    # tokenizer text: the samples and, when it is there, the dev corpus (12 languages: enough
    # distinct text for a vocabulary of 8000)
    dev = Path(os.environ.get("POLICYLENS_CORPUS", ROOT.parent / "shared" / "corpus" / "dev"))
    texts = sorted((ROOT / "resources" / "samples").glob("*.txt")) + sorted(dev.glob("*/*.txt"))
    corpus = sentences + [line for p in texts for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    archive = build_package(home / "build", "fr", "en", shape=shape, corpus=corpus + corpus_lines(5000))
    packages.install_archive(archive)
    build_s = time.perf_counter() - t0
    info = packages.find_package("fr", "en")
    assert info is not None

    ours = E.Engine(cache=False, threads=threads)
    loaded = ours.load(info)
    tokens = [len(loaded.tokenizer.encode(s)) for s in sentences]
    vocab = loaded.tokenizer.lazy_processor().get_piece_size()

    from argostranslate import translate

    reference = translate.get_translation_from_codes("fr", "en")
    package_translation = reference.underlying

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    class Bounded:
        def __init__(self, translator):  # type: ignore[no-untyped-def]
            self.translator = translator

        def translate_batch(self, batch, **kwargs):  # type: ignore[no-untyped-def]
            kwargs["max_decoding_length"] = E.decoding_bound(max(len(t) for t in batch))
            return self.translator.translate_batch(batch, **kwargs)

    package_translation.sentencizer = OneSentence()
    package_translation.hypotheses("Bonjour.")  # loads its translator
    package_translation.translator = Bounded(package_translation.translator)

    def run_ours() -> list[str]:
        return ours.translate(sentences, "fr", "en")

    def run_argos() -> list[str]:
        reference.cache = {}
        return [reference.translate(s) for s in sentences]

    ours.translate(sentences[:8], "fr", "en")  # warm-up (allocations); each path has loaded its model
    times: dict[str, list[float]] = {"ours": [], "argos": []}
    cpu_times: dict[str, list[float]] = {"ours": [], "argos": []}
    outputs: dict[str, list[str]] = {}
    for i in range(args.runs):
        for name, fn in (("ours", run_ours), ("argos", run_argos)):
            t, c = time.perf_counter(), time.process_time()
            outputs[name] = fn()
            times[name].append(time.perf_counter() - t)
            cpu_times[name].append(time.process_time() - c)
            print(f"run {i + 1} {name}: {times[name][-1]:.1f} s wall, {cpu_times[name][-1]:.1f} s CPU",
                  file=sys.stderr, flush=True)
    same = sum(a == b for a, b in zip(outputs["ours"], outputs["argos"], strict=True))
    rate = {k: len(sentences) / statistics.median(v) for k, v in times.items()}
    cpu_rate = {k: len(sentences) / statistics.median(v) for k, v in cpu_times.items()}
    ratio = rate["ours"] / rate["argos"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    cpu = platform.processor() or platform.machine()
    rows = [
        ("machine", f"{os.cpu_count()} cores ({cpu}), CTranslate2 intra_threads={threads} for both"),
        (
            "package",
            f"{shape.encoder_layers}+{shape.decoder_layers} layers, d_model {shape.d_model}, "
            f"{shape.heads} heads, FFN {shape.ffn}, vocabulary {vocab}, {shape.quantization}, random weights",
        ),
        (
            "sentences",
            f"{len(sentences)} from resources/samples (fr), {statistics.mean(tokens):.1f} tokens on average, "
            f"decoding bound 2·⌈n/8⌉·8+10",
        ),
        ("decoding", "beam 4, length_penalty 0.2, replace_unknowns (Argos Translate's options)"),
        ("compute type", args.compute_type or "auto (int8 for this package)"),
        ("argostranslate.translate", f"{rate['argos']:.2f} sentences/s wall, {cpu_rate['argos']:.2f} per CPU-second "
                                     f"(median of {args.runs})"),
        ("policylens batched", f"{rate['ours']:.2f} sentences/s wall, {cpu_rate['ours']:.2f} per CPU-second "
                               f"(median of {args.runs})"),
        ("speed-up", f"{ratio:.1f}× wall clock, {cpu_rate['ours'] / cpu_rate['argos']:.1f}× CPU time"),
        ("load average during the run", f"{load:.1f}"),
        ("identical outputs", f"{same}/{len(sentences)}"),
        ("package build", f"{build_s:.0f} s"),
    ]
    if args.markdown:
        print("| | |\n|---|---|")
        for k, v in rows:
            print(f"| {k} | {v} |")
    else:
        for k, v in rows:
            print(f"{k:>26}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
