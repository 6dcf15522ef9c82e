"""Packaging checks that run in seconds: pyproject's package list and package data, the desktop
entry and AppStream metainfo (with the freedesktop validators), the app icon.

The slow ones build things: tests/test_wheel.py (a wheel in a clean virtualenv) and
tests/test_bundle.py (the PyInstaller bundle)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import policylens

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
PACKAGING = ROOT / "packaging"
APP_ID = policylens.APP_ID
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# what the loaders read (README: text, web page .html/.mhtml, PDF, Word .docx)
MIME_TYPES = {
    "text/plain",
    "text/html",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "multipart/related",
    "message/rfc822",
    "application/x-mimearchive",
    "application/vnd.oasis.opendocument.text",
    "application/rtf",
    "text/rtf",
    "application/x-webarchive",
}
UI_LANGS = ("fr", "sv", "de", "es")


# ------------------------------------------------------------------------------------- helpers
def package_dir(name: str) -> Path:
    """Where setuptools takes package ``name`` from, following pyproject's package-dir."""
    mapping: dict[str, str] = SETUPTOOLS["package-dir"]
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in mapping:
            return ROOT / mapping[prefix] / Path(*parts[i:])
    return ROOT / mapping.get("", "") / Path(*parts)


def project_files() -> list[Path]:
    """The files a build sees: tracked or new (not ignored), plus the compiled translations."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout.decode()
        files = [ROOT / f for f in out.split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        files = [p for p in ROOT.rglob("*") if ".git" not in p.parts and ".venv" not in p.parts]
    files += sorted((ROOT / "i18n").glob("*.qm"))
    return sorted({p for p in files if p.is_file()})


def is_code(p: Path) -> bool:
    return p.suffix in (".py", ".pyc") or "__pycache__" in p.parts


# ------------------------------------------------------------------------------------- pyproject
def test_every_python_package_is_listed_in_pyproject() -> None:
    listed = set(SETUPTOOLS["packages"])
    found: set[str] = set()
    for base, prefix in ((ROOT / "app" / "policylens", "policylens"),):
        for d in [base, *sorted(p for p in base.rglob("*") if p.is_dir())]:
            if "__pycache__" in d.parts or d.name.endswith(".egg-info"):
                continue
            name = ".".join([prefix, *d.relative_to(base).parts])
            has_code = any(d.glob("*.py"))
            if has_code:
                assert (d / "__init__.py").is_file(), f"{d.relative_to(ROOT)} has modules but no __init__.py"
            if (d / "__init__.py").is_file():
                found.add(name)
    for top, name in (("resources", "policylens.resources"), ("i18n", "policylens.i18n")):
        assert (ROOT / top / "__init__.py").is_file()
        found.add(name)
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    stale = sorted(n for n in listed if not (package_dir(n) / "__init__.py").is_file())
    assert not stale, f"listed in pyproject.toml but no such package: {stale}"


def test_package_data_globs_cover_every_data_file() -> None:
    packages: list[str] = SETUPTOOLS["packages"]
    globs: dict[str, list[str]] = SETUPTOOLS.get("package-data", {})
    dirs = {name: package_dir(name).resolve() for name in packages}
    shipped: set[Path] = set()
    for name, patterns in globs.items():
        assert name in dirs, f"package-data for unknown package {name}"
        for pattern in patterns:
            shipped |= {p.resolve() for p in dirs[name].glob(pattern) if p.is_file() and not is_code(p)}
    uncovered = []
    for f in project_files():
        if is_code(f):
            continue
        owners = [n for n, d in dirs.items() if f.resolve().is_relative_to(d)]
        if not owners:
            continue  # not inside a package (tests, scripts, packaging…)
        if f.resolve() not in shipped:
            uncovered.append(f"{f.relative_to(ROOT)} (package {max(owners, key=len)})")
    assert not uncovered, f"data files that no package-data glob in pyproject.toml ships: {uncovered}"


def test_package_data_the_app_reads_is_there() -> None:
    from importlib import resources

    core = resources.files("policylens.core")
    assert core.joinpath("taxonomy.json").is_file()
    packs = [p.name for p in core.joinpath("lang").iterdir() if p.name.endswith(".toml")]
    assert {"en.toml", "fr.toml", "sv.toml"} <= set(packs)
    samples = [p.name for p in resources.files("policylens.resources").joinpath("samples").iterdir()]
    assert any(n.endswith(".txt") for n in samples)
    assert resources.files("policylens.resources").joinpath("icons", "policylens.svg").is_file()


def test_entry_points_match_the_desktop_entry_and_metainfo() -> None:
    project = PYPROJECT["project"]
    assert project["scripts"]["policylens"] == "policylens.cli:main"
    assert project["gui-scripts"]["policylens-gui"] == "policylens.gui:main"


# ------------------------------------------------------------------------------------- .desktop
def read_desktop() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    cp.read_string(DESKTOP.read_text(encoding="utf-8"))
    return cp["Desktop Entry"]


def test_desktop_entry_content() -> None:
    d = read_desktop()
    assert d["Type"] == "Application"
    assert d["Exec"] == "policylens-gui %F"
    assert d["Icon"] == APP_ID
    assert d["Name"] == policylens.APP_NAME
    assert d["Terminal"] == "false"
    assert {"Office", "Utility", "Viewer"} <= set(filter(None, d["Categories"].split(";")))
    assert set(filter(None, d["MimeType"].split(";"))) == MIME_TYPES
    assert d["Keywords"].strip(";")
    for lang in UI_LANGS:
        for key in ("Name", "Comment", "Keywords"):
            assert d.get(f"{key}[{lang}]"), f"{DESKTOP.name}: no {key}[{lang}]"
        assert d[f"Comment[{lang}]"] != d["Comment"]


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if not tool:
        pytest.skip("desktop-file-validate is not installed (scripts/setup.sh --test installs it)")
    r = subprocess.run([tool, str(DESKTOP)], check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "error:" not in r.stdout + r.stderr


# ------------------------------------------------------------------------------------- metainfo
def test_metainfo_content() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == policylens.APP_NAME
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    binaries = {b.text for b in root.iterfind("provides/binary")}
    project = PYPROJECT["project"]
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    assert {m.text for m in root.iterfind("provides/mediatype")} == MIME_TYPES
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == policylens.__version__, (
        f"{METAINFO.name}: add a <release> for version {policylens.__version__} (newest first)"
    )
    assert root.find("content_rating") is not None
    assert root.find("developer") is not None
    assert root.find("url[@type='homepage']") is not None
    for image in root.iterfind("screenshots/screenshot/image"):
        shot = ROOT / "docs" / "screenshots" / (image.text or "").rsplit("/", 1)[-1]
        assert shot.is_file(), f"{METAINFO.name}: {image.text} is not in docs/screenshots/"
        from PySide6.QtGui import QImage

        img = QImage(str(shot))
        assert (str(img.width()), str(img.height())) == (image.get("width"), image.get("height")), shot.name
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {s.get(lang) for s in root.iterfind("summary") if s.get(lang)} >= set(UI_LANGS)


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if not tool:
        pytest.skip("appstreamcli is not installed (scripts/setup.sh --test installs it)")
    r = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


# ------------------------------------------------------------------------------------- icon
def test_icon_svg_and_png_sizes() -> None:
    svg = ROOT / "resources" / "icons" / "policylens.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"missing {png.relative_to(ROOT)}: run packaging/make-icons.py"
        img = QImage(str(png))
        assert (img.width(), img.height()) == (size, size)
        assert img.hasAlphaChannel()


def test_icon_pngs_are_rendered_from_the_svg() -> None:
    r = subprocess.run(
        [sys.executable, str(PACKAGING / "make-icons.py"), "--check"], check=False, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr


# ------------------------------------------------------------------------------------- bundle spec
def test_bundle_spec_excludes_the_heavy_stack() -> None:
    spec = (PACKAGING / "policylens.spec").read_text(encoding="utf-8")
    for name in ("torch", "stanza", "spacy", "thinc", "onnxruntime"):
        assert f'"{name}"' in spec, f"policylens.spec does not exclude {name}"
    assert "policylens.gui" in (PACKAGING / "launch.py").read_text(encoding="utf-8")
    assert "policylens.cli" in (PACKAGING / "launch_cli.py").read_text(encoding="utf-8")
