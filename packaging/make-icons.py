#!/usr/bin/env python3
"""Render the app icon's PNG sizes from resources/icons/policylens.svg with Qt's SVG renderer.

    .venv/bin/python packaging/make-icons.py           # (re)write resources/icons/hicolor/*
    .venv/bin/python packaging/make-icons.py --check   # exit 1 if a PNG differs from the SVG

The PNGs are committed: they are sources for packagers (hicolor theme, .desktop, AppStream).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "policylens.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
APP_ID = "org.policylens.PolicyLens"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter)
    painter.end()
    return image


def same_picture(old, new) -> bool:  # (QImage, QImage)
    """Equal but for anti-aliasing noise (another Qt version may round edges differently)."""
    if old.isNull() or old.size() != new.size():
        return False
    a = bytes(old.convertToFormat(new.format()).constBits())
    b = bytes(new.constBits())
    off = sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 24)
    return off <= len(a) // 200


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    stale = []
    for size in SIZES:
        image = render(size)
        out = png_path(size)
        if args.check:
            if not same_picture(QImage(str(out)), image):
                stale.append(out)
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG", 9):
            raise SystemExit(f"could not write {out}")
        print(out.relative_to(ROOT))
    if stale:
        for out in stale:
            print(f"out of date: {out.relative_to(ROOT)}", file=sys.stderr)
        print("run: .venv/bin/python packaging/make-icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
