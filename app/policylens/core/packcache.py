"""Compiled rule packs cached on disk, so that a fresh process does not compile them again.

Compiling a pack runs ``regex``'s parser over hundreds of phrases (0.5–1.5 s per language); a
pickled ``regex`` pattern carries its compiled code, and loading it skips the parser (tens of
milliseconds for a whole pack). The cache lives in ``$XDG_CACHE_HOME/policylens/packs/`` (by
default ``~/.cache``; the test suite points ``XDG_CACHE_HOME`` at a throw-away directory), one
file per language, and is keyed by:

* the pack's text (a SHA-256 of the TOML file),
* the code that compiles it (the policylens version and a hash of the compiling modules' source),
* the versions of Python and ``regex`` (pickles of its objects depend on them).

A file whose key does not match (stale) or that fails to load (damaged, truncated) is compiled
again and replaced. Files are written atomically (a temporary file renamed over the old one), so
two processes compiling the same pack at once each leave a whole file. ``POLICYLENS_PACK_CACHE=0``
switches the cache off. The cache never makes loading a pack fail: any error falls back to
compiling.

The files are pickles: they are trusted as much as the user's own cache directory, like any
other cache of the user's applications.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")

MAGIC = b"PLPACK1\n"
log = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policylens" / "packs"


def enabled() -> bool:
    return os.environ.get("POLICYLENS_PACK_CACHE", "1") not in ("0", "off", "no", "false")


_code_hash: dict[tuple[str, ...], str] = {}


def _code_key(modules: tuple[str, ...]) -> str:
    """A hash of the policylens version, the library versions and the compiling modules' source."""
    key = _code_hash.get(modules)
    if key is not None:
        return key
    import regex

    import policylens

    h = hashlib.sha256()
    h.update(f"{policylens.__version__}|{sys.version}|{regex.__version__}".encode())
    for name in modules:
        mod = sys.modules.get(name)
        path = getattr(mod, "__file__", None)
        if path:
            with contextlib.suppress(OSError):
                h.update(Path(path).read_bytes())
    key = h.hexdigest()
    _code_hash[modules] = key
    return key


def cached(code: str, text: str, build: Callable[[], T], modules: tuple[str, ...], *, note: bool = True) -> T:
    """The compiled pack for ``code`` from the cache, or ``build()`` (then stored in the cache).

    ``text`` is the pack's source; ``modules`` name the modules whose code shapes the compiled
    form (a change to any of them makes the cached files stale). ``note``: remember ``code`` as a
    recently used language (not for what is cached beside a pack)."""
    if not enabled():
        return build()
    try:
        key = hashlib.sha256(text.encode("utf-8") + b"\0" + _code_key(modules).encode()).hexdigest().encode()
        path = cache_dir() / f"{code}.pickle"
    except Exception as exc:  # the cache must never make loading fail
        log.warning("pack cache unusable: %s", exc)
        return build()
    value = _read(path, key)
    if value is None:
        value = build()
        _write(path, key, value)
    if note:
        _note_used(code)
    return value  # type: ignore[no-any-return]


RECENT = 3  # languages remembered as recently used (the GUI's analysis process warms them)


def recent() -> list[str]:
    """The codes of the packs loaded most recently (newest first), for warming up."""
    try:
        text = (cache_dir() / "recent.txt").read_text(encoding="ascii")
    except (OSError, ValueError):
        return []
    return [c for c in text.split() if c.isascii() and c.isalpha() and len(c) <= 3][:RECENT]


def _note_used(code: str) -> None:
    codes = [code, *(c for c in recent() if c != code)][:RECENT]
    if codes == recent():
        return
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(prefix=".recent-", suffix=".tmp", dir=cache_dir())
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(" ".join(codes) + "\n")
        Path(tmp).replace(cache_dir() / "recent.txt")


def _read(path: Path, key: bytes) -> object | None:
    try:
        with path.open("rb") as f:
            head = f.read(len(MAGIC) + len(key) + 1)
            if head != MAGIC + key + b"\n":
                return None  # stale (another key) or not ours
            return pickle.load(f)  # noqa: S301 — our own file in the user's cache directory
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged: compile again and replace it
        log.info("pack cache %s unreadable (%s): rebuilding", path.name, exc)
        return None


def write_atomically(path: Path, fill: Callable[[BinaryIO], None], what: str) -> None:
    """Write ``path`` through ``fill(file)`` all or nothing (a temporary file beside it, then a
    rename): two processes writing at once each leave a whole file. A cache that cannot be
    written is only slower: failures are logged, never raised."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            fill(f)
        Path(tmp).replace(path)
        tmp = None
    except Exception as exc:
        log.info("%s not written (%s)", what, exc)
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()


def _write(path: Path, key: bytes, value: object) -> None:
    def fill(f: BinaryIO) -> None:
        f.write(MAGIC + key + b"\n")
        f.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    write_atomically(path, fill, "pack cache")
