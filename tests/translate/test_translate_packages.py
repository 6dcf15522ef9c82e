"""Installing, listing and removing packages; untrusted archives; the index and downloads, offline
and against a local stand-in server."""

from __future__ import annotations

import io
import json
import stat
import time
import zipfile
from pathlib import Path

import pytest

from policylens.core import errors as core_errors
from policylens.translate import errors, packages


def test_packages_dir_is_argos_translate_s(clean_packages: Path) -> None:
    from argostranslate import settings

    assert packages._packages_dir_from_settings() == Path(settings.package_data_dir)
    assert packages.packages_dir() == Path(settings.package_data_dir) == clean_packages


def test_install_through_argostranslate_is_listed(built, clean_packages: Path) -> None:
    from argostranslate import package

    package.install_from_path(built.get("ru_en"))
    [info] = packages.installed_packages()
    assert info.pair == ("ru", "en") and info.version == "1.0"
    assert [p.from_code for p in package.get_installed_packages()] == ["ru"]
    assert packages.find_package("ru", "en") == info
    assert packages.find_package("en", "ru") is None


def test_install_list_replace_remove(built, clean_packages: Path) -> None:
    info = packages.install_archive(built.get("ru_en"))
    assert info.path.parent == clean_packages and info.pair == ("ru", "en")
    assert (info.path / "model" / "model.bin").is_file()
    # a newer package for the same pair replaces the old one
    newer = packages.install_archive(built.get("ru_en_v2"))
    assert [p.version for p in packages.installed_packages()] == ["2.0"]
    assert newer.version == "2.0"
    # no staging folder is left behind
    assert sorted(p.name for p in clean_packages.iterdir()) == [newer.name]
    gone = packages.remove("ru", "en")
    assert [p.version for p in gone] == ["2.0"]
    assert packages.installed_packages() == []
    assert list(clean_packages.iterdir()) == []
    with pytest.raises(errors.NotInstalled):
        packages.remove("ru", "en")


def test_argostranslate_sees_our_install(built) -> None:
    from argostranslate import package

    packages.install_archive(built.get("en_fr"))
    [pkg] = package.get_installed_packages()
    assert (pkg.from_code, pkg.to_code) == ("en", "fr")


def test_route_direct_and_through_english(built) -> None:
    assert packages.route("ru", "fr") is None
    packages.install_archive(built.get("ru_en"))
    packages.install_archive(built.get("en_fr"))
    assert [p.pair for p in packages.route("ru", "en")] == [("ru", "en")]
    assert [p.pair for p in packages.route("ru", "fr")] == [("ru", "en"), ("en", "fr")]
    assert packages.route("fr", "ru") is None
    assert packages.route("ru", "ru") == []
    assert packages.targets_from("ru") == ["en", "fr"]


def test_broken_folder_is_reported_not_fatal(built, clean_packages: Path) -> None:
    packages.install_archive(built.get("ru_en"))
    (clean_packages / "junk").mkdir()
    (clean_packages / ".hidden").mkdir()
    found, broken = packages.scan()
    assert [p.pair for p in found] == [("ru", "en")]
    assert [p.name for p, _ in broken] == ["junk"]


# ---------------------------------------------------------------------------------------------
# untrusted archives: each is refused with a clear reason, and nothing installed changes


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _rezip(members: dict[str, bytes], target: Path, extra: list[tuple[zipfile.ZipInfo, bytes]] = ()) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for info, data in extra:
            zf.writestr(info, data)
    return target


def _variant(built, tmp_path: Path, name: str) -> Path:
    base = _members(built.get("en_fr"))
    top = next(iter(base)).split("/")[0]
    target = tmp_path / f"{name}.argosmodel"
    if name == "text":
        target.write_text("not a zip at all")
        return target
    if name == "corrupt":
        data = bytearray(built.get("en_fr").read_bytes())
        middle = len(data) // 2
        data[middle : middle + 64] = bytes(64)
        target.write_bytes(bytes(data))
        return target
    if name == "truncated":
        target.write_bytes(built.get("en_fr").read_bytes()[:-200])
        return target
    if name == "not_argos":
        return _rezip({"photos/cat.jpg": b"\xff\xd8" * 100, "photos/notes.txt": b"hello"}, target)
    if name == "escaping":
        return _rezip(base, target, [(zipfile.ZipInfo(f"{top}/../../evil.txt"), b"pwned")])
    if name == "absolute":
        return _rezip(base, target, [(zipfile.ZipInfo("/tmp/evil.txt"), b"pwned")])
    if name == "symlink":
        link = zipfile.ZipInfo(f"{top}/model/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        return _rezip(base, target, [(link, b"/etc/passwd")])
    if name == "two_tops":
        return _rezip({**base, "other/readme.txt": b"x"}, target)
    if name == "no_model":
        return _rezip({k: v for k, v in base.items() if not k.endswith("model.bin")}, target)
    if name == "no_tokenizer":
        return _rezip({k: v for k, v in base.items() if not k.endswith("sentencepiece.model")}, target)
    if name == "bad_tokenizer":
        return _rezip({**base, f"{top}/sentencepiece.model": b"garbage" * 100}, target)
    if name == "no_metadata":
        return _rezip({k: v for k, v in base.items() if not k.endswith("metadata.json")}, target)
    meta = json.loads(base[f"{top}/metadata.json"])
    if name == "bad_json":
        return _rezip({**base, f"{top}/metadata.json": b"{not json"}, target)
    if name == "sbd_type":
        meta["type"] = "sbd"
    elif name == "no_from_code":
        del meta["from_code"]
    elif name == "same_codes":
        meta["to_code"] = meta["from_code"]
    elif name == "bomb":
        return _rezip({**base, f"{top}/padding.bin": bytes(20 * 1024 * 1024)}, target)
    else:
        raise AssertionError(name)
    return _rezip({**base, f"{top}/metadata.json": json.dumps(meta).encode()}, target)


BAD = {
    "text": "not a zip archive",
    "corrupt": "damaged",
    "truncated": "",
    "not_argos": "metadata.json is missing",
    "escaping": "leaves the package folder",
    "absolute": "absolute path",
    "symlink": "symbolic link",
    "two_tops": "exactly one top folder",
    "no_model": "model/model.bin is missing",
    "no_tokenizer": "tokenizer",
    "bad_tokenizer": "sentencepiece.model cannot be loaded",
    "no_metadata": "metadata.json is missing",
    "bad_json": "not valid JSON",
    "sbd_type": "not a translation package",
    "no_from_code": "from_code",
    "same_codes": "into itself",
    "bomb": "zip bomb",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_archive_is_refused_and_changes_nothing(
    name, built, tmp_path: Path, clean_packages: Path, snapshot
) -> None:
    packages.install_archive(built.get("ru_en"))
    before = snapshot(clean_packages)
    bad = _variant(built, tmp_path, name)
    with pytest.raises(errors.BadPackage) as caught:
        packages.install_archive(bad)
    message = str(caught.value)
    assert bad.name in message and "is not a usable translation package" in message
    assert BAD[name] in message
    assert snapshot(clean_packages) == before
    assert not (clean_packages.parent / "evil.txt").exists()
    assert not (clean_packages.parent.parent / "evil.txt").exists()
    assert [p.pair for p in packages.installed_packages()] == [("ru", "en")]


def test_wrong_pair_is_refused(built, clean_packages: Path, snapshot) -> None:
    before = snapshot(clean_packages)
    with pytest.raises(errors.WrongPair, match="translates from en to fr, not from ru to en"):
        packages.install_archive(built.get("en_fr"), expect=("ru", "en"))
    assert snapshot(clean_packages) == before


def test_failure_while_moving_into_place_rolls_back(built, clean_packages: Path, monkeypatch, snapshot) -> None:
    packages.install_archive(built.get("ru_en"))
    before = snapshot(clean_packages)
    real_rename = Path.rename

    def rename(self: Path, target):  # type: ignore[no-untyped-def]
        if self.name == "translate-ru_en-2_0":
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(errors.BadPackage, match="cannot be installed"):
        packages.install_archive(built.get("ru_en_v2"))
    monkeypatch.undo()
    assert snapshot(clean_packages) == before
    assert [p.version for p in packages.installed_packages()] == ["1.0"]


def test_member_larger_than_declared_is_refused(built, tmp_path: Path, clean_packages: Path) -> None:
    """A central directory that understates a member's size (zip-bomb trick) stops the unpacking."""
    src = built.get("en_fr")
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("README.md"))
    # patch the uncompressed size in the central directory entry (and the local header)
    name = info.filename.encode()
    idx = 0
    while True:
        idx = data.find(name, idx + 1)
        if idx < 0:
            break
        if data[idx - 46 : idx - 42] == b"PK\x01\x02":
            data[idx - 46 + 24 : idx - 46 + 28] = (5).to_bytes(4, "little")
        if data[idx - 30 : idx - 26] == b"PK\x03\x04":
            data[idx - 30 + 22 : idx - 30 + 26] = (5).to_bytes(4, "little")
    bad = tmp_path / "understated.argosmodel"
    bad.write_bytes(bytes(data))
    with pytest.raises(errors.BadPackage):
        packages.install_archive(bad)
    assert packages.installed_packages() == []
    assert list(clean_packages.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# the index and downloads


def test_offline_index_gives_one_clear_message(argos_settings, closed_url: str, monkeypatch) -> None:
    monkeypatch.setattr(argos_settings, "remote_package_index", closed_url + "index.json")
    with pytest.raises(errors.IndexUnreachable) as caught:
        packages.fetch_index()
    assert str(caught.value) == (
        "The package index cannot be reached (offline?). Install a package from a file: "
        "policylens packs install FILE.argosmodel"
    )
    assert not Path(argos_settings.local_package_index).exists()


def test_unknown_host_is_unreachable_too(argos_settings, monkeypatch) -> None:
    monkeypatch.setattr(argos_settings, "remote_package_index", "https://index.example.invalid/index.json")
    with pytest.raises(errors.IndexUnreachable):
        packages.fetch_index()


def test_stale_index_does_not_pass_for_a_fresh_one(argos_settings, closed_url: str, monkeypatch) -> None:
    Path(argos_settings.local_package_index).write_text("[]")
    monkeypatch.setattr(argos_settings, "remote_package_index", closed_url + "index.json")
    with pytest.raises(errors.IndexUnreachable):
        packages.fetch_index()


def test_hanging_index_times_out(argos_settings, index_server, monkeypatch) -> None:
    index_server.hang = True
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    start = time.monotonic()
    with pytest.raises(errors.IndexUnreachable):
        packages.fetch_index(timeout=1.0)
    assert time.monotonic() - start < 5


def _serve_index(index_server, built, pairs=(("ru", "en"),)) -> None:
    entries = []
    for f, t in pairs:
        name = f"{f}_{t}"
        index_server.routes[f"/{name}.argosmodel"] = built.get(name).read_bytes()
        entries.append({
            "package_version": "1.0", "argos_version": "1.0", "from_code": f, "to_code": t,
            "from_name": f.upper(), "to_name": t.upper(), "type": "translate",
            "links": [f"{index_server.url}/{name}.argosmodel"],
        })
    entries.append({"type": "sbd", "from_code": "xx", "links": []})
    index_server.routes["/index.json"] = json.dumps(entries).encode()


def test_index_and_download_with_progress(argos_settings, index_server, built, monkeypatch) -> None:
    _serve_index(index_server, built, [("ru", "en"), ("en", "fr")])
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    entries = packages.fetch_index()
    assert sorted(e.pair for e in entries) == [("en", "fr"), ("ru", "en")]
    seen: list[tuple[int, int]] = []
    info = packages.download_and_install("ru", "en", progress=lambda d, t: seen.append((d, t)), index=entries)
    assert info.pair == ("ru", "en")
    size = built.get("ru_en").stat().st_size
    assert seen[-1] == (size, size) and seen[0] == (0, size)
    assert [p.pair for p in packages.installed_packages()] == [("ru", "en")]
    assert list(Path(argos_settings.downloads_dir).iterdir()) == []  # the download is not kept
    with pytest.raises(errors.NotInIndex):
        packages.download_and_install("de", "en", index=entries)


def test_download_can_be_cancelled(argos_settings, index_server, built, monkeypatch, clean_packages: Path) -> None:
    _serve_index(index_server, built)
    index_server.drip = 0.01
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    entries = packages.fetch_index()
    seen: list[int] = []
    with pytest.raises(core_errors.Cancelled):
        packages.download_and_install(
            "ru", "en", progress=lambda d, t: seen.append(d), cancel=lambda: len(seen) > 3, index=entries
        )
    assert packages.installed_packages() == []
    assert list(Path(argos_settings.downloads_dir).iterdir()) == []


def test_download_of_a_wrong_package_is_refused(argos_settings, index_server, built, monkeypatch) -> None:
    _serve_index(index_server, built)
    # the index says ru→en but serves the en→fr package
    index_server.routes["/ru_en.argosmodel"] = built.get("en_fr").read_bytes()
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    with pytest.raises(errors.WrongPair):
        packages.download_and_install("ru", "en")
    assert packages.installed_packages() == []


def test_download_failure_is_one_clear_error(argos_settings, index_server, built, monkeypatch) -> None:
    _serve_index(index_server, built)
    del index_server.routes["/ru_en.argosmodel"]
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    with pytest.raises(errors.DownloadFailed, match="could not be downloaded"):
        packages.download_and_install("ru", "en")


def test_damaged_index_is_unreachable(argos_settings, index_server, monkeypatch) -> None:
    index_server.routes["/index.json"] = b"<html>captive portal</html>"
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    with pytest.raises(errors.IndexUnreachable):
        packages.fetch_index()
    assert not Path(argos_settings.local_package_index).exists()


def test_zip_checks_read_nothing_outside(tmp_path: Path) -> None:
    """A zip whose entries are only directories and a metadata file: refused, never extracted."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("pkg/metadata.json", "{}")
    p = tmp_path / "empty.argosmodel"
    p.write_bytes(buf.getvalue())
    with pytest.raises(errors.BadPackage, match=r"model/model\.bin is missing"):
        packages.check_archive(p)
