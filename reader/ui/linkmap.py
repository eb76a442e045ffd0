"""Curved bands between two neighbouring columns joining linked sentences (Meld's link map).

The widget is given its pairs and two callables mapping a sentence id to its (top, bottom)
in viewport coordinates, so it never reaches into the columns and can be tested on fakes.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from reader.ui.theme import Theme

YRange = Callable[[str], Optional[tuple[float, float]]]


def band_path(width: float, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
    """A closed Bezier band from a left y-range to a right y-range, control points mid-width."""
    mid = width / 2
    p = QPainterPath(QPointF(-0.5, left[0]))
    p.cubicTo(QPointF(mid, left[0]), QPointF(mid, right[0]), QPointF(width + 0.5, right[0]))
    p.lineTo(QPointF(width + 0.5, right[1]))
    p.cubicTo(QPointF(mid, right[1]), QPointF(mid, left[1]), QPointF(-0.5, left[1]))
    p.closeSubpath()
    return p


class LinkMap(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(44)
        self.pairs: list[tuple[str, str, str]] = []     # (left sid, right sid, kind)
        self.left_y: YRange = lambda sid: None
        self.right_y: YRange = lambda sid: None
        self.y_offset = 0.0          # where the text viewports start, in this widget
        self.highlight: set[str] = set()
        self.theme = Theme.current()
        self.setToolTip("Links between sentences of the neighbouring sources")

    def configure(self, pairs, left_y: YRange, right_y: YRange, theme: Theme) -> None:
        self.pairs, self.left_y, self.right_y, self.theme = pairs, left_y, right_y, theme
        self.update()

    def visible_bands(self) -> list[tuple[str, str, str, tuple, tuple]]:
        h = self.height()
        out = []
        for a, b, kind in self.pairs:
            ly, ry = self.left_y(a), self.right_y(b)
            if ly is None or ry is None:
                continue
            ly = (ly[0] + self.y_offset, ly[1] + self.y_offset)
            ry = (ry[0] + self.y_offset, ry[1] + self.y_offset)
            # cull for clarity: skip bands whose both ends are off screen
            if (ly[1] < 0 and ry[1] < 0) or (ly[0] > h and ry[0] > h):
                continue
            out.append((a, b, kind, ly, ry))
        return out

    def paintEvent(self, _):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setClipRect(0, int(self.y_offset), self.width(), self.height())
        w = self.width()
        bands = self.visible_bands()
        # selected bands last, so they lie on top
        bands.sort(key=lambda x: x[0] in self.highlight or x[1] in self.highlight)
        for a, b, kind, ly, ry in bands:
            hot = a in self.highlight or b in self.highlight
            role = "selected" if hot else "link"
            quiet = 0.5 if self.highlight else 1.0      # recede while a selection is shown
            fill: QColor = self.theme.colour(role, 0.55 if hot else (0.22 if kind == "same" else 0.10) * quiet)
            edge: QColor = self.theme.colour(role, 0.9 if hot else 0.40 * quiet)
            p.setBrush(fill)
            p.setPen(QPen(edge, 1.0, Qt.PenStyle.SolidLine if kind == "same" else Qt.PenStyle.DashLine))
            p.drawPath(band_path(w, ly, ry))
        p.end()
