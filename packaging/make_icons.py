#!/usr/bin/env python3
"""Render the application icon (resources/icons/attache.svg) to the icon set the bundles
and desktops need: PNGs from 16 to 512 pixels (freedesktop hicolor sizes) and a Windows
.ico holding 16–256. Run after changing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "attache.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(path: Path, pngs: list[Path]) -> None:
    """A Windows .ico holding every size, each as PNG data (Windows Vista and later); Qt's
    own ICO writer stores a single image."""
    images = [png.read_bytes() for png in pngs]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for png, data in zip(pngs, images, strict=True):
        size = int(png.stem.rsplit("-", 1)[1])
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(OUT / f"attache-{size}.png"))
    write_ico(OUT / "attache.ico", [OUT / f"attache-{size}.png" for size in SIZES if size <= 256])
    print(f"{len(SIZES)} PNGs and attache.ico written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
