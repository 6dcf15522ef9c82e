"""langdetect's language profiles, cached on disk in a form that loads in milliseconds.

``langdetect.detector_factory.init_factory()`` parses 55 JSON profiles into a dict of 87,000
n-grams → 55 probabilities: about a second of CPU in every fresh process (the GUI's analysis
process, every ``--jobs`` worker). The same table is kept in ``$XDG_CACHE_HOME/policylens/`` as
one file: a header, the n-grams and languages (pickled), then the probabilities as raw doubles,
mapped into memory (only the rows a text needs are ever read). The values are the very same
doubles, so detection gives bit-identical results.

The key covers langdetect's version and its profile directory as this installation lists it (file
names in listing order — the order of the languages —, sizes and times): a changed installation
rebuilds the file. A damaged or unreadable file is rebuilt; any failure falls back to
langdetect's own loading.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
import pickle
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from policylens.core.packcache import cache_dir as _packs_dir
from policylens.core.packcache import enabled, write_atomically

MAGIC = b"PLLDPROF1\n"
log = logging.getLogger(__name__)


def cache_path() -> Path:
    return _packs_dir().parent / "langdetect-profiles.bin"


class Profiles(Mapping[str, Any]):
    """n-gram → its row of probabilities (a read-only ``memoryview`` of doubles, one per language)."""

    __slots__ = ("_array", "_data", "_index", "_keep", "_n")

    def __init__(self, index: dict[str, int], data: memoryview, n: int, keep: Any) -> None:
        self._index = index
        self._data = data
        self._n = n
        self._keep = keep  # the mapping the view lives in
        self._array: Any = None

    @property
    def index(self) -> dict[str, int]:
        """n-gram → its row number (for fast membership tests)."""
        return self._index

    def row(self, word: str) -> Any:
        """The row of ``word`` as a numpy array (a view of the mapped doubles)."""
        if self._array is None:
            import numpy as np

            self._array = np.frombuffer(self._data, dtype=np.float64).reshape(-1, self._n)
        return self._array[self._index[word]]

    def __getitem__(self, word: str) -> memoryview:
        i = self._index[word] * self._n
        return self._data[i : i + self._n]

    def __contains__(self, word: object) -> bool:
        return word in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def _key(profile_dir: str) -> bytes:
    import langdetect

    h = hashlib.sha256(f"{getattr(langdetect, '__version__', '')}|{langdetect.__file__}".encode())
    for name in os.listdir(profile_dir):  # noqa: PTH208 — langdetect's own listing order
        st = Path(profile_dir, name).stat()
        h.update(f"|{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest().encode()


def install() -> bool:
    """Make langdetect's global factory from the cache (building the cache first if needed).
    True when the factory is ready; False leaves it to ``init_factory()``."""
    import langdetect.detector_factory as df

    if df._factory is not None:
        return True
    if not enabled():
        return False
    try:
        key = _key(df.PROFILES_DIRECTORY)
        factory = _load(cache_path(), key)
        if factory is None:
            df.init_factory()
            _write(cache_path(), key, df._factory)
            return True
        df._factory = factory
        return True
    except Exception as exc:  # the cache must never stop detection: langdetect loads its own
        log.info("langdetect profile cache unusable: %s", exc)
        return False


def _load(path: Path, key: bytes) -> Any:
    from langdetect.detector_factory import DetectorFactory

    try:
        with path.open("rb") as f:
            if f.read(len(MAGIC) + len(key) + 1) != MAGIC + key + b"\n":
                return None
            (size,) = struct.unpack("<Q", f.read(8))
            langlist, words = pickle.loads(f.read(size))  # noqa: S301 — our own file in the user's cache
            offset = f.tell()
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged: rebuilt by the caller
        log.info("langdetect profile cache %s unreadable (%s): rebuilding", path.name, exc)
        return None
    n = len(langlist)
    start = offset + (-offset % 8)
    if len(mapped) != start + 8 * n * len(words):
        mapped.close()
        return None
    data = memoryview(mapped)[start:].cast("d")
    factory = DetectorFactory()
    factory.langlist = list(langlist)
    factory.word_lang_prob_map = Profiles(dict(zip(words, range(len(words)), strict=True)), data, n, mapped)
    return factory


def _write(path: Path, key: bytes, factory: Any) -> None:
    import array

    table: dict[str, list[float]] = factory.word_lang_prob_map
    langlist = list(factory.langlist)
    words = list(table)
    head = pickle.dumps((langlist, words), protocol=pickle.HIGHEST_PROTOCOL)
    values = array.array("d")
    for w in words:
        values.extend(table[w])

    def fill(f: BinaryIO) -> None:
        f.write(MAGIC + key + b"\n")
        f.write(struct.pack("<Q", len(head)))
        f.write(head)
        f.write(b"\0" * (-f.tell() % 8))
        values.tofile(f)

    write_atomically(path, fill, "langdetect profile cache")
