""".argosmodel files are untrusted zips. What tests/translate/test_translate_packages.py does not
cover already: duplicate names (exact and after normalisation), metadata.json with wrong types,
a package that claims an installed pair or an installed package's folder, nested zip bombs,
entries whose names hide a path (backslashes, drive letters), special files — each refused,
the installed packages untouched (every file's size and mtime compared)."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from policylens.translate import errors, packages

pytestmark = pytest.mark.slow  # builds real packages (torch, sentencepiece) once per session


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))}


def _members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def _write(target: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return target


def _with_meta(src: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    out: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    for info, data in _members(src):
        if info.filename.endswith("/metadata.json"):
            meta = json.loads(data)
            change(meta)
            data = json.dumps(meta).encode()
        out.append((info.filename, data))
    return _write(target, out)


def _top(src: Path) -> str:
    return _members(src)[0][0].filename.split("/")[0]


WRONG_TYPES = {
    "from_code_number": lambda m: m.update(from_code=7),
    "to_code_list": lambda m: m.update(to_code=["en"]),
    "codes_null": lambda m: m.update(from_code=None),
    "code_with_path": lambda m: m.update(from_code="../../ru"),
    "code_too_long": lambda m: m.update(to_code="e" * 500),
    "version_object": lambda m: m.update(package_version={"major": 1}),
    "type_number": lambda m: m.update(type=1),
    "metadata_is_a_list": None,  # handled below
}


@pytest.mark.parametrize("case", sorted(WRONG_TYPES))
def test_metadata_of_the_wrong_types(case: str, argos_models: dict[str, Path], clean_packages: Path,
                                     tmp_path: Path) -> None:
    packages.install_archive(argos_models["en_fr"])
    before = _snapshot(clean_packages)
    src = argos_models["ru_en"]
    bad = tmp_path / f"{case}.argosmodel"
    if case == "metadata_is_a_list":
        _write(bad, [(i.filename, b'["ru", "en"]' if i.filename.endswith("metadata.json") else d)
                     for i, d in _members(src)])
    else:
        _with_meta(src, bad, WRONG_TYPES[case])
    with pytest.raises(errors.BadPackage) as caught:
        packages.install_archive(bad)
    assert "metadata.json" in str(caught.value) or "translation package" in str(caught.value)
    assert _snapshot(clean_packages) == before


def _duplicate(src: Path, target: Path, second_name: str) -> Path:
    members = [(i.filename, d) for i, d in _members(src)]
    meta = next(d for n, d in members if n.endswith("metadata.json"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        return _write(target, [*members, (second_name, meta.replace(b'"ru"', b'"de"'))])


@pytest.mark.parametrize("variant", ["exact", "dot_segment", "double_slash"])
def test_duplicate_entries(variant: str, argos_models: dict[str, Path], clean_packages: Path,
                           tmp_path: Path) -> None:
    """A second metadata.json later in the zip (which one would be read?) is refused."""
    src = argos_models["ru_en"]
    top = _top(src)
    name = {"exact": f"{top}/metadata.json", "dot_segment": f"{top}/./metadata.json",
            "double_slash": f"{top}//metadata.json"}[variant]
    if variant == "exact":
        bad = _duplicate(src, tmp_path / "dup.argosmodel", name)
    else:
        members = [(i.filename, d) for i, d in _members(src)]
        bad = _write(tmp_path / "dup.argosmodel", [*members, (name, b'{"from_code": "de", "to_code": "en"}')])
    with pytest.raises(errors.BadPackage, match=r"duplicate|leaves|bad entry"):
        packages.install_archive(bad)
    assert list(clean_packages.iterdir()) == []


@pytest.mark.parametrize(
    "name",
    ["{top}\\..\\..\\evil.txt", "C:/evil.txt", "../{top}/x", "/{top}/x", "{top}/../../x"],
    ids=["backslashes", "drive-letter", "dotdot-first", "absolute", "dotdot"],
)
def test_names_that_hide_a_path(name: str, argos_models: dict[str, Path], clean_packages: Path, tmp_path: Path) -> None:
    src = argos_models["ru_en"]
    members = [(i.filename, d) for i, d in _members(src)]
    info = zipfile.ZipInfo(name.format(top=_top(src)))
    bad = _write(tmp_path / "path.argosmodel", [*members, (info, b"pwned")])
    with pytest.raises(errors.BadPackage):
        packages.install_archive(bad)
    assert list(clean_packages.iterdir()) == []
    assert not list(clean_packages.parent.rglob("evil*")) and not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("kind", [stat.S_IFLNK, stat.S_IFIFO, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFSOCK])
def test_special_entries(kind: int, argos_models: dict[str, Path], clean_packages: Path, tmp_path: Path) -> None:
    src = argos_models["ru_en"]
    members = [(i.filename, d) for i, d in _members(src)]
    info = zipfile.ZipInfo(f"{_top(src)}/model/special")
    info.external_attr = (kind | 0o644) << 16
    bad = _write(tmp_path / "special.argosmodel", [*members, (info, b"/etc/shadow")])
    with pytest.raises(errors.BadPackage, match=r"symbolic link|special file"):
        packages.install_archive(bad)
    assert list(clean_packages.iterdir()) == []


def test_symlinked_model_replacing_a_real_file(argos_models: dict[str, Path], clean_packages: Path,
                                               tmp_path: Path) -> None:
    """model.bin itself as a symbolic link to a file outside."""
    src = argos_models["ru_en"]
    out = []
    for info, data in _members(src):
        if info.filename.endswith("model/model.bin"):
            link = zipfile.ZipInfo(info.filename)
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.append((link, b"/etc/passwd"))
        else:
            out.append((info.filename, data))
    with pytest.raises(errors.BadPackage, match="symbolic link"):
        packages.install_archive(_write(tmp_path / "link.argosmodel", out))
    assert list(clean_packages.iterdir()) == []


def test_zip_bomb_spread_over_many_members(argos_models: dict[str, Path], clean_packages: Path,
                                           tmp_path: Path) -> None:
    """Many members each just under the ratio check's floor, adding up past the total limit, are
    refused from the central directory alone (nothing is unpacked)."""
    src = argos_models["ru_en"]
    top = _top(src)
    members: list[tuple[zipfile.ZipInfo | str, bytes]] = [(i.filename, d) for i, d in _members(src)]
    with zipfile.ZipFile(tmp_path / "bomb.argosmodel", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
        for i in range((packages.MAX_TOTAL_BYTES // packages.RATIO_FLOOR) + 2):
            zf.writestr(f"{top}/pad/{i}.bin", b"\0")
        for info in zf.filelist:  # each declares 1 MB (just at the ratio check's floor) in the directory
            if "/pad/" in info.filename:
                info.file_size = packages.RATIO_FLOOR
    with pytest.raises(errors.BadPackage, match="3 GB"):
        packages.install_archive(tmp_path / "bomb.argosmodel")
    assert list(clean_packages.iterdir()) == []


def test_a_package_claiming_an_installed_pair_replaces_it_whole(argos_models: dict[str, Path], clean_packages: Path,
                                                                tmp_path: Path) -> None:
    """A valid package for an installed pair replaces it (that is how an update works) — but a
    damaged one claiming that pair leaves the installed one exactly as it was."""
    packages.install_archive(argos_models["ru_en"])
    before = _snapshot(clean_packages)
    src = argos_models["ru_en"]
    broken = [(i.filename, b"garbage" * 50 if i.filename.endswith("sentencepiece.model") else d)
              for i, d in _members(src)]
    with pytest.raises(errors.BadPackage):
        packages.install_archive(_write(tmp_path / "ru_en_broken.argosmodel", broken))
    assert _snapshot(clean_packages) == before
    assert [p.pair for p in packages.installed_packages()] == [("ru", "en")]


def test_a_package_in_another_pairs_folder_does_not_remove_it(argos_models: dict[str, Path], clean_packages: Path,
                                                              tmp_path: Path) -> None:
    """An en→fr package whose top folder has the name of the installed ru→en package must not
    silently uninstall ru→en."""
    packages.install_archive(argos_models["ru_en"])
    before = _snapshot(clean_packages)
    ru_top, en_fr = _top(argos_models["ru_en"]), argos_models["en_fr"]
    fr_top = _top(en_fr)
    renamed = [(i.filename.replace(fr_top, ru_top, 1), d) for i, d in _members(en_fr)]
    impostor = _write(tmp_path / "impostor.argosmodel", renamed)
    with pytest.raises(errors.BadPackage, match="already"):
        packages.install_archive(impostor)
    assert _snapshot(clean_packages) == before
    assert [p.pair for p in packages.installed_packages()] == [("ru", "en")]
