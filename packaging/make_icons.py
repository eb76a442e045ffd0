"""Render the application icon's PNG sizes from its SVG source.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/app/io.github.reader.Reader-<N>.png for N in SIZES, each from
io.github.reader.Reader-<N>.svg where there is one (simplified drawings on the pixel grid for 16
and 24) and from the full io.github.reader.Reader.svg otherwise. Uses QtSvg
from PySide6, which the app depends on anyway, so no extra tool is needed. Run it again after
editing either SVG and commit the PNGs it writes.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "io.github.reader.Reader"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"make_icons: cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage/QPainter need one
    for size in SIZES:
        svg = ICON_DIR / f"{APP_ID}-{size}.svg"
        if not svg.exists():
            svg = ICON_DIR / f"{APP_ID}.svg"
        out = ICON_DIR / f"{APP_ID}-{size}.png"
        render(svg, size, out)
        print(f"{out.relative_to(ICON_DIR.parent.parent.parent)}  {size}x{size}")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
