"""A strip above the columns when they do not all fit: one chip per source, the ones in view
filled, so the reader sees which sources there are and where they are; a click scrolls there.
A bar under a chip marks a column that holds the selection, a counterpart of it or a side of
the focused difference, in view or not: where the other side of an F7 stop is."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.theme import Theme


class SourceStrip(QWidget):
    columnRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceStrip")
        self.labels: list[str] = []
        self.spans: list[tuple[float, float]] = []     # each column's share of the width, 0..1
        self.view = (0.0, 1.0)                         # the part in view, 0..1
        self.marks: dict[int, QColor] = {}             # column -> colour of its bar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(int(QFontMetricsF(self.font()).height() + 10))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Sources in view")

    def set_columns(self, labels: list[str], spans: list[tuple[float, float]],
                    view: tuple[float, float]) -> None:
        self.labels, self.spans, self.view = labels, spans, view
        self.setToolTip("Sources: " + ", ".join(labels) + " — click one to scroll to it")
        self.update()

    def set_marks(self, marks: dict[int, QColor]) -> None:
        if marks != self.marks:
            self.marks = marks
            self.update()

    def in_view(self) -> list[int]:
        """Columns at least half in view."""
        v0, v1 = self.view
        return [i for i, (a, b) in enumerate(self.spans) if min(b, v1) - max(a, v0) >= (b - a) / 2]

    def paintEvent(self, _):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, th = self.palette(), Theme.current()
        w, h = self.width(), self.height()
        fm = QFontMetricsF(self.font())
        shown = set(self.in_view())
        for i, (a, b) in enumerate(self.spans):
            rect = QRectF(a * w + 2, 3, (b - a) * w - 4, h - 6)
            if i in shown:
                p.setBrush(th.colour("selected", 0.22))
                p.setPen(th.colour("selected", 0.8))
            else:
                p.setBrush(pal.color(QPalette.ColorRole.Button))
                p.setPen(pal.color(QPalette.ColorRole.Mid))
            p.drawRoundedRect(rect, 4, 4)
            if i in self.marks:
                p.fillRect(QRectF(rect.left() + 4, rect.bottom() - 4, rect.width() - 8, 4), self.marks[i])
            p.setPen(pal.color(QPalette.ColorRole.WindowText) if i in shown else th.muted_text())
            label = fm.elidedText(self.labels[i] if i < len(self.labels) else "", Qt.TextElideMode.ElideRight,
                                  max(0.0, rect.width() - 8))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        p.end()

    def mousePressEvent(self, event):
        x = event.position().x() / max(1, self.width())
        for i, (a, b) in enumerate(self.spans):
            if a <= x <= b:
                self.columnRequested.emit(i)
                return
