"""A wheel built from the project, installed in a clean virtualenv outside the checkout, finds its
data — rule packs, taxonomy, samples, icons, compiled translations — in the installed package.

Slow (a build with isolation and a virtualenv with PySide6: 1–3 minutes), but it runs in CI. The
virtualenv gets the wheel and the light runtime dependencies from pyproject.toml, all but
argostranslate (whose sentence splitter pulls in torch): what `policylens analyze` needs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import policylens

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HEAVY_DEPS = {"argostranslate"}

pytestmark = pytest.mark.slow

PROBE = r"""
import json, sys
from importlib import resources
import policylens
core = resources.files("policylens.core")
res = resources.files("policylens.resources")
i18n = resources.files("policylens.i18n")
print(json.dumps({
    "module": policylens.__file__,
    "lang": str(core.joinpath("lang")),
    "packs": sorted(p.name for p in core.joinpath("lang").iterdir() if p.name.endswith(".toml")),
    "taxonomy": str(core.joinpath("taxonomy.json")),
    "resources": str(res),
    "samples": sorted(p.name for p in res.joinpath("samples").iterdir()),
    "icon": res.joinpath("icons", "policylens.svg").is_file(),
    "i18n": str(i18n),
    "qm": sorted(p.name for p in i18n.iterdir() if p.name.endswith(".qm")),
    "sys_path": sys.path,
}))
"""


def light_requirements() -> list[str]:
    reqs = []
    for req in PYPROJECT["project"]["dependencies"]:
        name = re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0].lower()
        if name not in HEAVY_DEPS:
            reqs.append(req)
    return reqs


def copy_project(dest: Path) -> Path:
    """The files a clean clone has (tracked, or new and not ignored): no build output, no .venv."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode()
    for rel in filter(None, out.split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def sh(args: list[str], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=timeout, check=False)
    assert r.returncode == 0, f"{' '.join(args)} failed:\n{r.stdout[-3000:]}\n{r.stderr[-5000:]}"
    return r


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv (outside the checkout) with the wheel and its light dependencies."""
    base = tmp_path_factory.mktemp("wheel")
    src = copy_project(base / "src")
    sh([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "dist"), str(src)], cwd=base)
    wheels = list((base / "dist").glob("policylens-*.whl"))
    assert len(wheels) == 1, wheels
    venv = base / "venv"
    sh([sys.executable, "-m", "venv", str(venv)], cwd=base)
    py = venv / "bin" / "python"
    sh([str(py), "-m", "pip", "install", "-q", *light_requirements()], cwd=base)
    sh([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheels[0])], cwd=base)
    return venv


def test_wheel_contents(installed: Path) -> None:
    wheel = next((installed.parent / "dist").glob("*.whl"))
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    src = ROOT / "app" / "policylens"
    for toml in (src / "core" / "lang").glob("*.toml"):
        assert f"policylens/core/lang/{toml.name}" in names
    assert "policylens/core/taxonomy.json" in names
    assert "policylens/py.typed" in names
    for sample in (ROOT / "resources" / "samples").iterdir():
        assert f"policylens/resources/samples/{sample.name}" in names
    for ts in (ROOT / "i18n").glob("policylens_*.ts"):
        assert f"policylens/i18n/{ts.stem}.qm" in names, f"setup.py did not compile {ts.name}"
    # nothing from outside the package
    assert not [n for n in names if not n.startswith(("policylens/", "policylens-"))]


def test_installed_package_finds_its_data(installed: Path, tmp_path: Path) -> None:
    r = sh([str(installed / "bin" / "python"), "-c", PROBE], cwd=tmp_path)
    found = json.loads(r.stdout)
    site = installed.resolve()
    for key in ("module", "lang", "taxonomy", "resources", "i18n"):
        path = Path(found[key]).resolve()
        assert path.is_relative_to(site), f"{key} comes from {path}, not the virtualenv"
        assert not path.is_relative_to(ROOT), f"{key} comes from the checkout: {path}"
    assert not any(p and Path(p).resolve().is_relative_to(ROOT) for p in found["sys_path"])
    assert found["packs"] == sorted(p.name for p in (ROOT / "app/policylens/core/lang").glob("*.toml"))
    assert found["samples"] == sorted(p.name for p in (ROOT / "resources/samples").iterdir() if p.is_file())
    assert found["icon"]
    assert found["qm"] == sorted(f"{ts.stem}.qm" for ts in (ROOT / "i18n").glob("policylens_*.ts"))


def test_installed_cli_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    cli = installed / "bin" / "policylens"
    r = sh([str(cli), "--version"], cwd=tmp_path)
    assert r.stdout.strip() == f"PolicyLens {policylens.__version__}"
    site = Path(
        sh([str(installed / "bin" / "python"), "-c", "import policylens; print(policylens.__file__)"], cwd=tmp_path)
        .stdout.strip()
    ).parent
    samples = sorted((site / "resources" / "samples").glob("*.txt"))
    assert samples
    r = sh([str(cli), "analyze", "--json", *map(str, samples)], cwd=tmp_path)
    summaries = [json.loads(line) for line in r.stdout.splitlines()]
    assert [s["source"]["name"] for s in summaries] == [p.name for p in samples]
    assert {s["language"]["code"] for s in summaries} <= {"fr", "sv", "en"}
    # a readable summary in each UI language (Qt catalogues from the installed package)
    for lang in ("en", "fr", "sv"):
        r = sh([str(cli), "analyze", "--ui-lang", lang, str(samples[0])], cwd=tmp_path)
        assert r.stdout.strip()


def test_installed_gui_script(installed: Path, tmp_path: Path) -> None:
    gui = installed / "bin" / "policylens-gui"
    assert gui.is_file()
    if not (ROOT / "app" / "policylens" / "gui.py").exists():
        pytest.skip("policylens/gui.py is not written yet")
    r = sh([str(gui), "--version"], cwd=tmp_path)
    assert r.stdout.strip() == f"PolicyLens {policylens.__version__}"
