"""The compiled-pack cache on disk (core/packcache.py): used by a fresh process, rebuilt when
stale or damaged, never a reason for loading a pack to fail."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.core import packcache, rules

APP = Path(__file__).resolve().parents[1] / "app"


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = rules.compile_pack

    def counting(spec: rules.PackSpec) -> rules.Pack:
        calls.append(spec.code)
        return real(spec)

    monkeypatch.setattr(rules, "compile_pack", counting)
    rules.load_pack.cache_clear()
    return calls


def _same(a: rules.Pack, b: rules.Pack) -> None:
    assert a.code == b.code and a.spec == b.spec
    assert a.rules.keys() == b.rules.keys()
    for rid in a.rules:
        for ra, rb in zip(a.rules[rid], b.rules[rid], strict=True):
            assert [p.pattern for p in ra.scanners] == [p.pattern for p in rb.scanners]
    text = "We collect your e-mail address and share it with advertising partners for 3 years."
    for rid in a.rules:
        for ra, rb in zip(a.rules[rid], b.rules[rid], strict=True):
            for pa, pb in zip(ra.scanners, rb.scanners, strict=True):
                assert [m.span() for m in pa.finditer(text)] == [m.span() for m in pb.finditer(text)]


def test_cache_is_written_then_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = _compiles(monkeypatch)
    first = rules.load_pack("sv")
    assert calls == ["sv"]
    path = tmp_path / "policylens" / "packs" / "sv.pickle"
    assert path.is_file()
    rules.load_pack.cache_clear()
    second = rules.load_pack("sv")
    assert calls == ["sv"], "the second load came from the cache"
    _same(first, second)
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]


def test_stale_and_damaged_files_are_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = _compiles(monkeypatch)
    rules.load_pack("da")
    path = tmp_path / "policylens" / "packs" / "da.pickle"
    good = path.read_bytes()
    # damaged: right header, truncated pickle
    path.write_bytes(good[: len(good) // 2])
    rules.load_pack.cache_clear()
    rules.load_pack("da")
    assert calls == ["da", "da"]
    rebuilt = path.read_bytes()
    assert rebuilt[:72] == good[:72] and len(rebuilt) > len(good) // 2  # a whole file again, same key
    rules.load_pack.cache_clear()
    rules.load_pack("da")
    assert calls == ["da", "da"], "the rebuilt file is used"
    # stale: another key (as after an edit of the pack or of the compiler)
    path.write_bytes(packcache.MAGIC + b"0" * 64 + b"\n" + pickle.dumps("not a pack"))
    rules.load_pack.cache_clear()
    assert rules.load_pack("da").code == "da"
    assert calls == ["da", "da", "da"]
    # garbage
    path.write_bytes(os.urandom(300))
    rules.load_pack.cache_clear()
    assert rules.load_pack("da").code == "da"
    assert len(calls) == 4


def test_key_follows_pack_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built: list[str] = []
    mods = (rules.__name__,)
    assert packcache.cached("xx", "a = 1", lambda: built.append("a") or "A", mods) == "A"
    assert packcache.cached("xx", "a = 1", lambda: built.append("a") or "A2", mods) == "A"
    assert packcache.cached("xx", "a = 2", lambda: built.append("b") or "B", mods) == "B"
    assert built == ["a", "b"]


def test_unwritable_cache_and_switch_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert packcache.cached("xx", "t", lambda: "built", ()) == "built"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("POLICYLENS_PACK_CACHE", "0")
    assert packcache.cached("xx", "t", lambda: "built", ()) == "built"
    assert not (tmp_path / "policylens").exists()


def test_fresh_process_loads_from_cache(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(APP)}
    code = (
        "from policylens.core import rules\n"
        "calls = []\n"
        "real = rules.compile_pack\n"
        "rules.compile_pack = lambda s: calls.append(s.code) or real(s)\n"
        "rules.load_pack('fi')\n"
        "print(calls)\n"
    )
    out1 = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    out2 = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out1.stdout.strip() == "['fi']"
    assert out2.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------------
# langdetect's profiles (core/profilecache.py)

_TEXTS = (
    "Nous collectons vos données personnelles pour améliorer nos services et les partager.",
    "Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies erforderlich ist.",
    "We collect your e-mail address and share it with advertising partners.",
    "Vi behandler dine personoplysninger i overensstemmelse med gældende lovgivning.",
)


def _probabilities(texts: tuple[str, ...] = _TEXTS) -> list[list[tuple[str, float]]]:
    import langdetect.detector_factory as df

    from policylens.core import langid

    out = []
    for t in texts:
        with langid._lock:
            assert df._factory is not None
            df.DetectorFactory.seed = 0
            d = df._factory.create()
            d.__class__ = langid._fast_detector()
            d.append(t)
            out.append([(p.lang, p.prob) for p in d.get_probabilities()])
    return out


def test_langdetect_profiles_from_the_cache_give_identical_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import langdetect.detector_factory as df

    from policylens.core import langid, profilecache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(df, "_factory", None)
    df.init_factory()  # langdetect's own loading
    own = _probabilities()
    assert isinstance(df._factory.word_lang_prob_map, dict)
    monkeypatch.setattr(df, "_factory", None)
    assert profilecache.install()  # builds the file
    path = profilecache.cache_path()
    assert path.is_file()
    monkeypatch.setattr(df, "_factory", None)
    assert profilecache.install()  # maps the file
    assert isinstance(df._factory.word_lang_prob_map, profilecache.Profiles)
    assert _probabilities() == own, "bit-identical probabilities"
    assert langid.detect_text(_TEXTS[0])[0] == "fr"
    # damaged: rebuilt, and still right
    path.write_bytes(path.read_bytes()[:5000])
    monkeypatch.setattr(df, "_factory", None)
    assert profilecache.install()
    assert isinstance(df._factory.word_lang_prob_map, dict)  # built afresh by langdetect
    assert path.stat().st_size > 1_000_000
    monkeypatch.setattr(df, "_factory", None)
    assert profilecache.install()
    assert _probabilities() == own
