"""The PyInstaller bundle (packaging/policylens.spec): build it, run both executables from outside
the checkout, and check what is in it — PolicyLens' data files, the translation runtime, and none
of the torch/stanza/spaCy stack. Slow (a build is 1–3 minutes; packaging/build-bundle.sh skips it
when nothing changed), but it runs in CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import policylens
from _xvfb import gui_env, stop, wait_for_window, xvfb

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "packaging" / "dist" / "policylens"
CLI = DIST / "policylens"
GUI = DIST / "policylens-gui"
INTERNAL = DIST / "_internal"
SAMPLE = ROOT / "resources" / "samples" / "fr-creality.txt"
# nothing of these may be in the bundle, as a file or as a module inside the executables
HEAVY = ("torch", "stanza", "spacy", "thinc", "onnxruntime", "minisbd", "numpy", "caffe2")
HEAVY_RE = re.compile(r"(^|[/._-])(lib)?(" + "|".join(HEAVY) + r")([/._-]|$)", re.IGNORECASE)
# argostranslate modules that import stanza/minisbd at module level
ARGOS_HEAVY = ("argostranslate.translate", "argostranslate.sbd", "ctranslate2.specs", "ctranslate2.converters")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (ROOT / ".venv" / "bin" / "pyinstaller").exists() and not shutil.which("pyinstaller"):
        pytest.skip("PyInstaller is not installed (scripts/setup.sh --test installs it)")
    r = subprocess.run(
        [str(ROOT / "packaging" / "build-bundle.sh")],
        cwd=ROOT, capture_output=True, text=True, timeout=1500, check=False,
        env={**os.environ, "VENV": str(Path(sys.executable).parent.parent)},
    )
    assert r.returncode == 0, f"build-bundle.sh failed:\n{r.stdout}\n{r.stderr[-5000:]}"
    assert CLI.is_file() and os.access(CLI, os.X_OK)
    assert GUI.is_file() and os.access(GUI, os.X_OK)
    return DIST


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 180):
    e = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    e.pop("PYTHONPATH", None)
    return subprocess.run(args, cwd=cwd, env=e, capture_output=True, text=True, timeout=timeout, check=False)


def bundled_modules(exe: Path) -> list[str]:
    viewer = Path(sys.executable).parent / "pyi-archive_viewer"
    out = subprocess.run(
        [str(viewer), "--recursive", "--brief", str(exe)], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in out.splitlines() if line.startswith(" ")]


def test_cli_version(bundle: Path, tmp_path: Path) -> None:
    r = run([str(CLI), "--version"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"PolicyLens {policylens.__version__}"


def test_gui_version_and_screenshot(bundle: Path, tmp_path: Path) -> None:
    r = run([str(GUI), "--version"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"PolicyLens {policylens.__version__}"
    policy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, policy)
    r = run([str(GUI), policy.name, "--screenshot", "shot.png", "--size", "1200x800"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    shot = QImage(str(tmp_path / "shot.png"))
    assert (shot.width(), shot.height()) == (1200, 800)
    assert len({shot.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 800, 40)}) > 5


def test_cli_analyze_outside_the_checkout(bundle: Path, tmp_path: Path) -> None:
    policy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, policy)
    r = run([str(CLI), "analyze", "--json", policy.name], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["language"]["code"] == "fr"
    assert summary["source"]["name"] == SAMPLE.name
    # the readable summary in another UI language (Qt catalogues from the bundle)
    r = run([str(CLI), "analyze", "--ui-lang", "fr", policy.name], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()


def test_bundled_samples_are_analysable(bundle: Path, tmp_path: Path) -> None:
    samples = INTERNAL / "policylens" / "resources" / "samples"
    assert sorted(p.name for p in samples.iterdir()) == sorted(
        p.name for p in (ROOT / "resources" / "samples").iterdir() if p.is_file()
    )
    files = sorted(str(p) for p in samples.glob("*.txt"))
    r = run([str(CLI), "analyze", "--json", *files], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip().splitlines()) == len(files)


def test_data_files_are_in_the_bundle(bundle: Path) -> None:
    pkg = INTERNAL / "policylens"
    src = ROOT / "app" / "policylens"
    assert sorted(p.name for p in (pkg / "core" / "lang").glob("*.toml")) == sorted(
        p.name for p in (src / "core" / "lang").glob("*.toml")
    )
    assert (pkg / "core" / "taxonomy.json").read_bytes() == (src / "core" / "taxonomy.json").read_bytes()
    assert (pkg / "resources" / "icons" / "policylens.svg").is_file()
    for ts in (ROOT / "i18n").glob("policylens_*.ts"):
        assert (pkg / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.stem}.qm is not in the bundle"
    # no source tree next to the data: modules live in the executables' archive
    assert not list(pkg.rglob("*.py"))


def test_export_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    r = run([str(CLI), "--help"], cwd=tmp_path)
    if "export" not in r.stdout:
        pytest.skip("this build has no export sub-command")
    policy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, policy)
    r = run([str(CLI), "export", policy.name, "-o", "out.pdf"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    r = run([str(CLI), "export", policy.name, "-o", "out.png"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.png").read_bytes().startswith(b"\x89PNG")


def test_translation_runs_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    r = run([str(CLI), "--help"], cwd=tmp_path)
    if "translate" not in r.stdout:
        pytest.skip("this build has no translate sub-command")
    # a real .argosmodel with random weights, built in the development virtualenv (needs torch)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from policylens.translate.testing import build_package\n"
        "print(build_package(Path(sys.argv[1]), 'fr', 'en'))\n"
    )
    made = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert made.returncode == 0, made.stderr[-3000:]
    package = made.stdout.strip().splitlines()[-1]
    env = {"ARGOS_PACKAGES_DIR": str(tmp_path / "argos")}
    r = run([str(CLI), "packs", "install", package], cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    (tmp_path / "policy.txt").write_text(
        "Nous collectons votre adresse e-mail. Vous pouvez demander la suppression de vos données.\n",
        encoding="utf-8",
    )
    r = run([str(CLI), "translate", "policy.txt", "--from", "fr", "--to", "en", "-q"], cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()  # random weights: words, but no meaning


def test_no_heavy_stack_in_the_bundle(bundle: Path) -> None:
    files = [p.relative_to(DIST).as_posix() for p in DIST.rglob("*")]
    heavy_files = [f for f in files if HEAVY_RE.search(f)]
    assert not heavy_files, f"heavy files in the bundle: {heavy_files[:20]}"
    for exe in (CLI, GUI):
        modules = bundled_modules(exe)
        assert "policylens.cli" in modules
        heavy = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(ARGOS_HEAVY)]
        assert not heavy, f"{exe.name} bundles {heavy[:20]}"
    size = sum(p.stat().st_size for p in DIST.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 700 * 2**20, f"the bundle is {size / 2**20:.0f} MB"


@pytest.mark.skipif(
    not (ROOT / "app" / "policylens" / "gui.py").exists(), reason="policylens/gui.py is not written yet"
)
def test_bundled_gui_starts_and_shows_a_window(bundle: Path, tmp_path: Path) -> None:
    policy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, policy)
    with xvfb("1600x1000") as display:
        proc = subprocess.Popen(
            [str(GUI), str(policy)], cwd=tmp_path, env=gui_env(display),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            title, width, height = wait_for_window(display, proc)
            assert width >= 300 and height >= 200, (title, width, height)
        finally:
            stop(proc)
