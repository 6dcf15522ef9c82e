#!/usr/bin/env python3
"""Qt Linguist workflow for PolicyLens.

    python scripts/i18n.py update   # pyside6-lupdate: refresh i18n/policylens_<lang>.ts from the code
    python scripts/i18n.py build    # pyside6-lrelease: compile them to i18n/policylens_<lang>.qm

The .qm files are build output (git-ignored); the wheel build (setup.py) runs ``build`` too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("en", "fr", "sv", "de", "es")
SOURCES = ROOT / "app" / "policylens"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    scripts = Path(sysconfig.get_path("scripts")) / name
    if scripts.exists():
        return str(scripts)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    files = sources()
    for lang in LANGS:
        ts = I18N / f"policylens_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"), *files, "-no-obsolete",
                "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def build(out_dir: Path = I18N) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(I18N.glob("policylens_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            made.append(qm)
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "update":
        update()
    elif cmd == "build":
        for qm in build():
            print(qm.relative_to(ROOT))
    else:
        raise SystemExit(__doc__)
