"""Argos Translate packages: where they are, which are installed, installing one from an untrusted
``.argosmodel`` file safely, removing one, and — only when the user asks — the online index and
downloads.

Packages live where Argos Translate keeps them (``ARGOS_PACKAGES_DIR``, its ``settings.json``, or
``$XDG_DATA_HOME/argos-translate/packages``). Listing and finding packages reads their
``metadata.json`` files directly, without importing Argos Translate (so the GUI can tell whether a
translation is possible without loading the translation stack).

An ``.argosmodel`` file is an untrusted zip. :func:`install_archive` checks it before anything is
written (one top folder; no absolute, ``..`` or symlink entries; bounded sizes and compression
ratio; ``metadata.json`` of a translate package; ``model/model.bin``; a tokenizer), extracts it into a
staging folder inside the packages folder, checks the extracted files, then renames it into place.
On any failure nothing changes; a package for the same pair is replaced by renames, never left half
written.

The network is touched only by :func:`fetch_index` and :func:`download`, each under a timeout of at
most :data:`NETWORK_TIMEOUT` seconds per operation, name resolution included; both turn every
failure into :class:`~policylens.translate.errors.IndexUnreachable` or
:class:`~policylens.translate.errors.DownloadFailed`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import socket
import stat
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from policylens.core import errors as core_errors
from policylens.translate import errors

NETWORK_TIMEOUT = 15.0  # seconds, for each network operation (resolve, connect, read)
MAX_TOTAL_BYTES = 3 * 1024**3  # uncompressed size of a package
MAX_ENTRIES = 20_000
MAX_METADATA_BYTES = 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for any member larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_DOWNLOAD_BYTES = 3 * 1024**3
STAGING_PREFIX = ".policylens-"
CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
SAFE_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,120}$")

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

_lock = threading.RLock()
log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# where packages are


def _argos_home() -> Path:
    if "SNAP" in os.environ and os.environ.get("SNAP_USER_DATA"):
        return Path(os.environ["SNAP_USER_DATA"])
    return Path.home()


def _argos_setting(key: str) -> str | None:
    """A setting the way Argos Translate reads it: environment first, then its settings.json."""
    value = os.environ.get(key)
    if value is not None:
        return value
    config = Path(os.getenv("XDG_CONFIG_HOME", str(_argos_home() / ".config"))) / "argos-translate"
    try:
        data = json.loads((config / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(key) if isinstance(data, dict) else None
    return str(value) if value is not None else None


def _packages_dir_from_settings() -> Path:
    configured = _argos_setting("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured)
    data = Path(os.getenv("XDG_DATA_HOME", str(_argos_home() / ".local" / "share"))) / "argos-translate"
    return data / "packages"


def packages_dir() -> Path:
    """The folder Argos Translate installs packages into (not created here)."""
    settings = sys.modules.get("argostranslate.settings")
    if settings is not None:
        return Path(settings.package_data_dir)
    return _packages_dir_from_settings()


def package_dirs() -> list[Path]:
    """Every folder Argos Translate reads packages from (the snap adds its bundled ones)."""
    settings = sys.modules.get("argostranslate.settings")
    if settings is not None:
        return [Path(p) for p in settings.package_dirs]
    dirs = [packages_dir()]
    snap = os.environ.get("SNAP")
    if snap:
        bundled = Path(snap) / "snap_custom" / "packages"
        if bundled.is_dir():
            dirs.append(bundled)
        content = Path(snap) / "snap_custom" / "content_snap_packages"
        if content.is_dir():
            dirs += [p for p in content.iterdir() if p.is_dir()]
    return dirs


# ---------------------------------------------------------------------------------------------
# installed packages


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """An installed translate package (read from its ``metadata.json``)."""

    path: Path
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def pair(self) -> tuple[str, str]:
        return self.from_code, self.to_code

    def cache_id(self) -> str:
        """Identifies this exact package (folder, version and model file) for caches."""
        try:
            st = (self.path / "model" / "model.bin").stat()
            model = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            model = "?"
        return f"{self.name}@{self.version}:{model}"

    def __str__(self) -> str:
        return f"{self.from_code} → {self.to_code} ({self.version or '?'})"


def _read_metadata(folder: Path) -> dict[str, Any]:
    path = folder / "metadata.json"
    with path.open("rb") as fh:
        raw = fh.read(MAX_METADATA_BYTES + 1)
    if len(raw) > MAX_METADATA_BYTES:
        raise ValueError("metadata.json is too large")
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("metadata.json is not an object")
    return data


def _check_metadata(meta: dict[str, Any]) -> tuple[str, str]:
    """(from_code, to_code) of a translate package's metadata, or ValueError with the reason."""
    kind = meta.get("type", "translate")
    if kind != "translate":
        raise ValueError(f"it is a {kind!r} package, not a translation package")
    codes = []
    for key in ("from_code", "to_code"):
        value = meta.get(key)
        if not isinstance(value, str) or not CODE.match(value):
            raise ValueError(f"metadata.json has no valid {key}")
        codes.append(value)
    if codes[0] == codes[1]:
        raise ValueError("it translates a language into itself")
    version = meta.get("package_version", "")
    if not isinstance(version, str | int | float):
        raise ValueError("metadata.json has an invalid package_version")
    return codes[0], codes[1]


def _info(folder: Path, meta: dict[str, Any]) -> PackageInfo:
    from_code, to_code = _check_metadata(meta)
    return PackageInfo(
        path=folder,
        from_code=from_code,
        to_code=to_code,
        from_name=str(meta.get("from_name") or from_code),
        to_name=str(meta.get("to_name") or to_code),
        version=str(meta.get("package_version", "")),
    )


def scan() -> tuple[list[PackageInfo], list[tuple[Path, str]]]:
    """Installed translate packages, and folders that are not usable packages (with why)."""
    found: list[PackageInfo] = []
    broken: list[tuple[Path, str]] = []
    for directory in package_dirs():
        try:
            children = sorted(directory.iterdir())
        except OSError:
            continue
        for child in children:
            if child.name.startswith(".") or not child.is_dir():
                continue
            try:
                meta = _read_metadata(child)
                if meta.get("type", "translate") != "translate":
                    continue  # sentence-splitting packages and the like: not ours to list
                found.append(_info(child, meta))
            except (OSError, ValueError) as exc:
                broken.append((child, str(exc) or type(exc).__name__))
    return found, broken


def installed_packages() -> list[PackageInfo]:
    return scan()[0]


def find_package(from_code: str, to_code: str) -> PackageInfo | None:
    return next((p for p in installed_packages() if p.pair == (from_code, to_code)), None)


def route(from_code: str, to_code: str, pivot: str = "en") -> list[PackageInfo] | None:
    """The packages that carry ``from_code`` to ``to_code``: a direct one, else two through
    ``pivot`` (English), as Argos Translate does; None when there is no way."""
    if from_code == to_code:
        return []
    packages = {p.pair: p for p in reversed(installed_packages())}  # first installed wins
    direct = packages.get((from_code, to_code))
    if direct is not None:
        return [direct]
    first, second = packages.get((from_code, pivot)), packages.get((pivot, to_code))
    if first is not None and second is not None:
        return [first, second]
    return None


def targets_from(from_code: str, pivot: str = "en") -> list[str]:
    """Languages that ``from_code`` can be translated into with the installed packages."""
    pairs = {p.pair for p in installed_packages()}
    out = {t for f, t in pairs if f == from_code}
    if (from_code, pivot) in pairs:
        out |= {t for f, t in pairs if f == pivot}
    out.discard(from_code)
    return sorted(out)


# ---------------------------------------------------------------------------------------------
# checking and installing an .argosmodel file


@dataclass(frozen=True, slots=True)
class ArchiveInfo:
    folder: str
    from_code: str
    to_code: str
    version: str
    files: int
    size: int  # uncompressed bytes


def _bad(path: Path, reason: str) -> errors.BadPackage:
    return errors.BadPackage(name=path.name, reason=reason)


def _member_parts(info: zipfile.ZipInfo) -> tuple[str, ...]:
    name = info.filename
    if "\\" in name or "\x00" in name:
        raise ValueError(f"bad entry name {name!r}")
    pure = PurePosixPath(name)
    if pure.is_absolute() or name.startswith("/"):
        raise ValueError(f"absolute path {name!r}")
    parts = tuple(p for p in pure.parts if p not in ("", "."))
    if not parts or any(p == ".." for p in parts) or re.match(r"^[A-Za-z]:", parts[0]):
        raise ValueError(f"path leaves the package folder: {name!r}")
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise ValueError(f"symbolic link {name!r}")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ValueError(f"special file {name!r}")
    return parts


def check_archive(path: str | Path, expect: tuple[str, str] | None = None) -> ArchiveInfo:
    """Check an ``.argosmodel`` file without extracting it; raise :class:`BadPackage` (or
    :class:`WrongPair` when ``expect`` is given and the package is for another pair)."""
    p = Path(path)
    if not p.is_file():
        raise _bad(p, "the file does not exist")
    if not zipfile.is_zipfile(p):
        raise _bad(p, "it is not a zip archive")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            if not infos:
                raise _bad(p, "the archive is empty")
            if len(infos) > MAX_ENTRIES:
                raise _bad(p, f"too many files ({len(infos)})")
            tops: set[str] = set()
            members: dict[tuple[str, ...], zipfile.ZipInfo] = {}
            total = 0
            files: set[tuple[str, ...]] = set()
            for info in infos:
                try:
                    parts = _member_parts(info)
                except ValueError as exc:
                    raise _bad(p, str(exc)) from None
                tops.add(parts[0])
                if parts in members:
                    raise _bad(p, f"duplicate entry {info.filename!r}")
                members[parts] = info
                if info.is_dir():
                    continue
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
                    raise _bad(p, f"{info.filename!r} is compressed suspiciously well (zip bomb?)")
                total += info.file_size
                if total > MAX_TOTAL_BYTES:
                    raise _bad(p, "it would take more than 3 GB once unpacked")
                files.add(parts)
            if len(tops) != 1:
                raise _bad(p, "it must hold exactly one top folder")
            (folder,) = tops
            if not SAFE_FOLDER.match(folder) or (folder,) in files:
                raise _bad(p, f"bad top folder name {folder!r}")
            for needed in (("metadata.json",), ("model", "model.bin")):
                if (folder, *needed) not in files:
                    raise _bad(p, f"{'/'.join(needed)} is missing")
            if (folder, "sentencepiece.model") not in files and (folder, "bpe.model") not in files:
                raise _bad(p, "the tokenizer (sentencepiece.model or bpe.model) is missing")
            meta_info = members[(folder, "metadata.json")]
            if meta_info.file_size > MAX_METADATA_BYTES:
                raise _bad(p, "metadata.json is too large")
            try:
                meta = json.loads(zf.read(meta_info).decode("utf-8"))
            except ValueError:
                raise _bad(p, "metadata.json is not valid JSON") from None
            if not isinstance(meta, dict):
                raise _bad(p, "metadata.json is not an object")
            try:
                from_code, to_code = _check_metadata(meta)
            except ValueError as exc:
                raise _bad(p, str(exc)) from None
            bad_crc = zf.testzip()
            if bad_crc is not None:
                raise _bad(p, f"it is damaged ({bad_crc} fails its checksum)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError) as exc:
        raise _bad(p, f"it is damaged ({exc})") from None
    if expect is not None and (from_code, to_code) != tuple(expect):
        raise errors.WrongPair(
            name=p.name, got_source=from_code, got_target=to_code, source=expect[0], target=expect[1]
        )
    return ArchiveInfo(folder, from_code, to_code, str(meta.get("package_version", "")), len(files), total)


def _extract(zf: zipfile.ZipFile, dest: Path, cancel: CancelFn | None) -> None:
    """Extract every member under ``dest`` (already checked by :func:`check_archive`), refusing
    members that write more than they declare."""
    for info in zf.infolist():
        if cancel is not None and cancel():
            raise core_errors.Cancelled()
        parts = _member_parts(info)
        target = dest.joinpath(*parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(info) as src, target.open("xb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                if written > info.file_size:
                    raise ValueError(f"{info.filename!r} is larger than it declares")
                out.write(chunk)
        target.chmod(0o644)


def _check_extracted(folder: Path) -> None:
    """Checks of the unpacked files: the tokenizer loads, the model file is there."""
    if not (folder / "model" / "model.bin").is_file() or (folder / "model" / "model.bin").stat().st_size == 0:
        raise ValueError("model/model.bin is empty")
    sp_model = folder / "sentencepiece.model"
    if sp_model.exists():
        import sentencepiece as spm

        try:
            spm.SentencePieceProcessor(model_file=str(sp_model))
        except (RuntimeError, OSError) as exc:
            raise ValueError(f"sentencepiece.model cannot be loaded ({exc})") from None


@contextlib.contextmanager
def _argos_lock() -> Iterator[None]:
    """Argos Translate's own install lock, so that its listing in this process never sees a
    folder half moved; plus ours."""
    with _lock:
        package = sys.modules.get("argostranslate.package")
        if package is None:
            yield
            return
        with package.package_lock:
            yield


def _forget_argos_caches() -> None:
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()


def _clean_staging(root: Path, older_than: float = 3600.0) -> None:
    """Remove staging folders left behind by an interrupted install (older than an hour)."""
    try:
        children = list(root.iterdir())
    except OSError:
        return
    now = time.time()
    for child in children:
        if child.name.startswith(STAGING_PREFIX):
            with contextlib.suppress(OSError):
                if now - child.stat().st_mtime > older_than:
                    shutil.rmtree(child, ignore_errors=True)


def install_archive(
    path: str | Path, expect: tuple[str, str] | None = None, cancel: CancelFn | None = None
) -> PackageInfo:
    """Install an ``.argosmodel`` file, all or nothing, replacing an installed package for the
    same pair. Raises :class:`BadPackage` / :class:`WrongPair` with the reason; on any failure the
    installed packages are unchanged."""
    p = Path(path)
    checked = check_archive(p, expect)
    root = packages_dir()
    root.mkdir(parents=True, exist_ok=True)
    _clean_staging(root)
    staging = root / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        try:
            with zipfile.ZipFile(p) as zf:
                _extract(zf, staging, cancel)
            new = staging / checked.folder
            _check_extracted(new)
            info = _info(new, _read_metadata(new))
        except (ValueError, zipfile.BadZipFile, EOFError) as exc:
            raise _bad(p, str(exc)) from None
        except OSError as exc:
            raise _bad(p, f"it cannot be unpacked ({exc})") from None
        if info.pair != (checked.from_code, checked.to_code):
            raise _bad(p, "its metadata changed while it was unpacked")
        with _argos_lock():
            final = root / checked.folder
            installed = installed_packages()
            old = [q.path for q in installed if q.pair == info.pair and q.path.parent == root]
            if final.exists() and final not in old:
                other = next((q for q in installed if q.path == final), None)
                if other is not None:  # never uninstall another pair's package behind the user's back
                    raise _bad(p, f"its folder {checked.folder!r} is already the installed package {other}")
                old.append(final)  # a damaged leftover of the same name: replaced
            moved: list[tuple[Path, Path]] = []
            try:
                for i, o in enumerate(old):
                    aside = staging / f"old-{i}"
                    o.rename(aside)
                    moved.append((aside, o))
                new.rename(final)
            except OSError as exc:
                for aside, o in reversed(moved):
                    with contextlib.suppress(OSError):
                        aside.rename(o)
                raise errors.BadPackage(name=p.name, reason=f"it cannot be installed ({exc})") from None
            _forget_argos_caches()
        return PackageInfo(final, info.from_code, info.to_code, info.from_name, info.to_name, info.version)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove(from_code: str, to_code: str) -> list[PackageInfo]:
    """Uninstall the package(s) for a pair; raises :class:`NotInstalled` when there is none."""
    gone = [p for p in installed_packages() if p.pair == (from_code, to_code)]
    if not gone:
        raise errors.NotInstalled(source=from_code, target=to_code)
    with _argos_lock():
        for pkg in gone:
            trash = pkg.path.parent / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
            pkg.path.rename(trash)  # atomic: from here the package is gone for every reader
            shutil.rmtree(trash, ignore_errors=True)
        _forget_argos_caches()
    return gone


# ---------------------------------------------------------------------------------------------
# the online index and downloads (only on the user's request)


@dataclass(frozen=True, slots=True)
class IndexEntry:
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    links: tuple[str, ...]

    @property
    def pair(self) -> tuple[str, str]:
        return self.from_code, self.to_code


_net_lock = threading.Lock()


def _resolve(url: str, timeout: float) -> None:
    """Resolve the host of ``url`` within ``timeout`` (name lookups ignore socket timeouts)."""
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        raise OSError(f"no host in {url!r}")
    result: list[BaseException | None] = []

    def lookup() -> None:
        try:
            socket.getaddrinfo(host, None)
            result.append(None)
        except OSError as exc:
            result.append(exc)

    worker = threading.Thread(target=lookup, name="policylens-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not result:
        raise TimeoutError(f"looking up {host} took more than {timeout:.0f} s")
    if result[0] is not None:
        raise result[0]


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _guarded(timeout: float) -> Iterator[_Capture]:
    """A default socket timeout for Argos Translate's own network calls, and its error log
    captured (it logs and swallows failures) instead of printed."""
    capture = _Capture()
    logger = logging.getLogger("argostranslate.utils")
    with _net_lock:
        previous = socket.getdefaulttimeout()
        socket.setdefaulttimeout(timeout)
        logger.addHandler(capture)
        propagate = logger.propagate
        logger.propagate = False
        try:
            yield capture
        finally:
            logger.propagate = propagate
            logger.removeHandler(capture)
            socket.setdefaulttimeout(previous)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def fetch_index(timeout: float = NETWORK_TIMEOUT) -> list[IndexEntry]:
    """Download the package index (Argos Translate's ``update_package_index``) and list its
    translate packages. Raises :class:`IndexUnreachable` when it cannot be fetched or read."""
    from argostranslate import package, settings

    timeout = min(timeout, NETWORK_TIMEOUT)
    index = Path(settings.local_package_index)
    before = _stamp(index)
    try:
        _resolve(str(settings.remote_package_index), timeout)
        with _guarded(timeout) as capture:
            package.update_package_index()
    except OSError as exc:
        log.info("package index: %s", exc)
        raise errors.IndexUnreachable() from None
    after = _stamp(index)
    if after is None or after == before:
        log.info("package index not fetched: %s", "; ".join(capture.messages))
        raise errors.IndexUnreachable()
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise ValueError("not a list")
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            index.unlink()  # a damaged download: fetch it anew next time
        raise errors.IndexUnreachable() from None
    # the file is there and valid: Argos Translate's reader cannot loop on a missing index
    out: list[IndexEntry] = []
    for pkg in package.get_available_packages():
        if getattr(pkg, "type", "translate") != "translate" or not pkg.from_code or not pkg.to_code:
            continue
        links = tuple(str(u) for u in (pkg.links or []) if str(u).startswith(("https://", "http://")))
        out.append(
            IndexEntry(
                pkg.from_code, pkg.to_code, pkg.from_name or pkg.from_code, pkg.to_name or pkg.to_code,
                str(pkg.package_version), links,
            )
        )
    return out


def download(
    entry: IndexEntry,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    timeout: float = NETWORK_TIMEOUT,
) -> Path:
    """Download a package into Argos Translate's downloads folder, in chunks (``progress(bytes,
    total)``; total 0 when unknown), checking ``cancel()`` between chunks. Returns the file."""
    from argostranslate import package, settings

    timeout = min(timeout, NETWORK_TIMEOUT)
    if not entry.links:
        raise errors.DownloadFailed(reason="the index gives no address for it")
    meta = {"from_code": entry.from_code, "to_code": entry.to_code, "type": "translate"}
    name = package.argospm_package_name(package.AvailablePackage(meta)) + ".argosmodel"
    downloads = Path(settings.downloads_dir)
    downloads.mkdir(parents=True, exist_ok=True)
    target = downloads / name
    part = downloads / f"{name}.part"
    reasons: list[str] = []
    for url in entry.links:
        try:
            _resolve(url, timeout)
            request = urllib.request.Request(url, headers={"User-Agent": "PolicyLens"})
            with urllib.request.urlopen(request, timeout=timeout) as response, part.open("wb") as out:
                total = int(response.headers.get("Content-Length") or 0)
                if total > MAX_DOWNLOAD_BYTES:
                    raise OSError("the package is too large")
                done = 0
                if progress is not None:
                    progress(0, total)
                while True:
                    if cancel is not None and cancel():
                        raise core_errors.Cancelled()
                    chunk = response.read1(64 * 1024)  # what has arrived: progress and cancel stay live
                    if not chunk:
                        break
                    done += len(chunk)
                    if done > MAX_DOWNLOAD_BYTES:
                        raise OSError("the package is too large")
                    out.write(chunk)
                    if progress is not None:
                        progress(done, total)
                if total and done != total:
                    raise OSError(f"the download stopped at {done} of {total} bytes")
            part.replace(target)
            return target
        except core_errors.Cancelled:
            part.unlink(missing_ok=True)
            raise
        except (OSError, ValueError) as exc:  # URLError, timeouts, HTTP errors are OSErrors
            part.unlink(missing_ok=True)
            reasons.append(str(getattr(exc, "reason", None) or exc))
    raise errors.DownloadFailed(reason="; ".join(reasons) or "no address worked")


def download_and_install(
    from_code: str,
    to_code: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    timeout: float = NETWORK_TIMEOUT,
    index: list[IndexEntry] | None = None,
) -> PackageInfo:
    """Fetch the index (unless given), download the package for the pair, check and install it."""
    entries = index if index is not None else fetch_index(timeout)
    entry = next((e for e in entries if e.pair == (from_code, to_code)), None)
    if entry is None:
        raise errors.NotInIndex(source=from_code, target=to_code)
    path = download(entry, progress, cancel, timeout)
    try:
        return install_archive(path, expect=(from_code, to_code), cancel=cancel)
    finally:
        path.unlink(missing_ok=True)
