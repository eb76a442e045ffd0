"""Icons from resources/icons, tinted for the current palette and drawn at the screen's DPI."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader.paths import resource

KIND_COLOURS = {"person": "#3d7fc4", "organization": "#9a6a2f", "place": "#3f9a5a"}


@lru_cache(maxsize=64)
def _icon(name: str, colour: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("#COLOR", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    icon = QIcon()
    for size in (16, 24, 32):
        for ratio in (1.0, 2.0):
            pm = QPixmap(int(size * ratio), int(size * ratio))
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            renderer.render(p, QRectF(0, 0, size * ratio, size * ratio))
            p.end()
            pm.setDevicePixelRatio(ratio)
            icon.addPixmap(pm)
    return icon


def icon(name: str, colour: str | None = None) -> QIcon:
    """A shipped icon; '#COLOR' in the SVG is replaced by colour (default: the text colour)."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    return _icon(name, colour)


def kind_icon(kind: str) -> QIcon:
    return icon(kind if kind in KIND_COLOURS else "person", KIND_COLOURS.get(kind, "#888888"))


APP_ID = "io.github.reader.Reader"


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The application icon: the desktop theme's, else the shipped PNGs and SVG."""
    fallback = QIcon()
    folder = resource("icons", "app")
    for n in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"{APP_ID}-{n}.png"
        if png.exists():
            fallback.addFile(str(png))
    svg = folder / f"{APP_ID}.svg"
    if svg.exists():
        fallback.addFile(str(svg))
    return QIcon.fromTheme(APP_ID, fallback)
