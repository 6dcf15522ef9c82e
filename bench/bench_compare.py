"""Comparing two versions of a policy (``policylens.core.compare``): time and scaling.

    .venv/bin/python bench/bench_compare.py [--repeat N] [--quick]

The old version is the largest dev policy (85 kB); the new one is a copy with 10% of its sentences
edited the way policies change (a word replaced, a sentence removed, a sentence added), seeded so
every run edits the same sentences. What it prints, medians of N runs after one warm-up:

* ``compare()`` (segmentation of both versions, the sentence alignment, word diffs, facts) on the
  pair, and the same sentences aligned by ``difflib.SequenceMatcher`` in the same run — the
  baseline the issue names (quadratic on long inputs) — and their ratio;
* scaling: the dev corpus concatenated (distinct text, 12 languages) cut at 1x, 2x, 4x, 8x the
  85 kB, each edited the same way: t(kx)/t(1x) for ``compare()`` and for difflib (linear is k).

The analyses of the two versions are not timed (bench_analysis.py measures them).
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys

from _common import dev_files, fmt_s, header, largest_dev_file, med_timing, save, timed
from patiencediff import PatienceSequenceMatcher

from policylens.core.analyze import analyze
from policylens.core.compare import compare, units
from policylens.core.loaders import load_text

_REPLACEMENTS = ("updated", "additional", "certain", "relevant", "geänderte", "nouvelles", "nya")


def edited(text: str, share: float = 0.10, seed: int = 17) -> str:
    """``text`` with ``share`` of its sentences edited: a word replaced (half of them), the sentence
    removed (a quarter) or a new sentence added after it (a quarter)."""
    rng = random.Random(seed)
    doc = load_text(text, "old.txt")
    us = units(doc)
    picked = sorted(rng.sample(range(len(us)), max(1, int(len(us) * share))))
    out: list[str] = []
    pos = 0
    for i in picked:
        u = us[i]
        out.append(text[pos : u.start])
        sentence = text[u.start : u.end]
        r = rng.random()
        if r < 0.5:
            words = sentence.split(" ")
            k = rng.randrange(len(words))
            words[k] = rng.choice(_REPLACEMENTS)
            out.append(" ".join(words))
        elif r < 0.75:
            pass  # removed
        else:
            out.append(sentence + f" We may also share this with partner number {i}.")
        pos = u.end
    out.append(text[pos:])
    return "".join(out)


def _median_cpu(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up
    return med_timing([timed(fn)[0] for _ in range(repeat)]).cpu


def measure(old_text: str, repeat: int) -> dict[str, float]:
    new_text = edited(old_text)
    old_doc, new_doc = load_text(old_text, "old.txt"), load_text(new_text, "new.txt")
    old_sum, new_sum = analyze(old_doc), analyze(new_doc)
    a = [u.key for u in units(old_doc)]
    b = [u.key for u in units(new_doc)]
    wa, wb = old_text.split(), new_text.split()
    out = {
        "kb": len(old_text.encode("utf-8")) / 1000,
        "sentences": len(a),
        "compare_s": _median_cpu(lambda: compare(old_sum, new_sum, old_doc, new_doc), repeat),
        "segment_s": _median_cpu(lambda: (units(old_doc), units(new_doc)), repeat),
        "patience_s": _median_cpu(lambda: PatienceSequenceMatcher(None, a, b).get_opcodes(), repeat),
        "difflib_sentences_s": _median_cpu(lambda: difflib.SequenceMatcher(None, a, b).get_opcodes(), repeat),
        "difflib_words_s": _median_cpu(lambda: difflib.SequenceMatcher(None, wa, wb).get_opcodes(), repeat),
    }
    cmp = compare(old_sum, new_sum, old_doc, new_doc)
    out |= {f"text_{k}": v for k, v in cmp.counts.items()}
    out["facts"] = len(cmp.changes)
    out["ratio_words"] = out["compare_s"] / out["difflib_words_s"]
    out["ratio_align"] = out["patience_s"] / out["difflib_sentences_s"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="2 runs, scaling up to 4x")
    args = ap.parse_args(argv)
    repeat = 2 if args.quick else args.repeat
    policy = largest_dev_file()
    header(f"compare: {policy.name} ({policy.stat().st_size / 1000:.0f} kB) against a 10%-edited copy")
    single = measure(policy.read_text(encoding="utf-8"), repeat)
    print(f"sentences {single['sentences']}, found: {single['text_changed']} changed, {single['text_added']} "
          f"added, {single['text_removed']} removed, {single['facts']} fact changes")
    print(f"compare() {fmt_s(single['compare_s'])} CPU (of which segmenting both {fmt_s(single['segment_s'])}); "
          f"difflib.SequenceMatcher on the words of both texts {fmt_s(single['difflib_words_s'])}: "
          f"ratio {single['ratio_words']:.2f}")
    print(f"sentence alignment: patiencediff {fmt_s(single['patience_s'])}, difflib on the same sentences "
          f"{fmt_s(single['difflib_sentences_s'])}: ratio {single['ratio_align']:.2f}")

    header("scaling: the dev corpus concatenated, cut at k × 85 kB, each edited 10%")
    corpus = "\n\n".join(p.read_text(encoding="utf-8").strip("\n") for p in dev_files())
    unit = len(policy.read_text(encoding="utf-8"))
    rows = []
    for k in (1, 2, 4) if args.quick else (1, 2, 4, 8):
        if k * unit > len(corpus):
            break
        cut = corpus.rfind("\n\n", 0, k * unit)
        row = {"k": k, **measure(corpus[: cut if cut > 0 else k * unit], repeat)}
        rows.append(row)
        first = rows[0]
        print(f"{k}x ({row['kb']:.0f} kB, {row['sentences']} sentences): compare() {fmt_s(row['compare_s'])} "
              f"(t/t1 {row['compare_s'] / first['compare_s']:.2f}); difflib on words "
              f"{fmt_s(row['difflib_words_s'])} (t/t1 {row['difflib_words_s'] / first['difflib_words_s']:.2f}), "
              f"ratio {row['ratio_words']:.2f}; patiencediff {fmt_s(row['patience_s'])} "
              f"(t/t1 {row['patience_s'] / first['patience_s']:.2f}), difflib on sentences "
              f"{fmt_s(row['difflib_sentences_s'])} "
              f"(t/t1 {row['difflib_sentences_s'] / first['difflib_sentences_s']:.2f})")
    save("compare", {"single": single, "scaling": rows, "policy": policy.name})
    return 0


if __name__ == "__main__":
    sys.exit(main())
