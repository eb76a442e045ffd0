"""The small widgets around a column's text: its header and its overview strip."""
from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.theme import Theme


class OverviewStrip(QWidget):
    """A thin map of the whole column: where shared and unique passages lie, and the view."""

    def __init__(self, text, parent=None):       # text: the column's SourceText
        super().__init__(parent)
        self.text = text
        self.setFixedWidth(12)
        self.marks: list[tuple[float, float, str]] = []     # (top, bottom) as fractions, coverage
        self.selected: list[tuple[float, float]] = []
        self.theme = Theme.current()
        self.setToolTip("Overview: where this source's shared and unique passages are")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        text.verticalScrollBar().valueChanged.connect(self.update)
        text.verticalScrollBar().rangeChanged.connect(lambda *_: self.update())

    def set_marks(self, marks, theme: Theme) -> None:
        self.marks, self.theme = marks, theme
        self.update()

    def paintEvent(self, _):
        p = QPainter(self)
        h = self.height()
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        for top, bottom, cov in self.marks:
            y0, y1 = int(top * h), max(int(top * h) + 2, int(bottom * h))
            p.fillRect(QRect(2, y0, self.width() - 4, y1 - y0),
                       self.theme.colour(cov, 0.30 if cov == "all" else 0.85))
        for top, bottom in self.selected:
            y0, y1 = int(top * h), max(int(top * h) + 3, int(bottom * h))
            p.fillRect(QRect(0, y0, self.width(), y1 - y0), self.theme.colour("selected"))
        sb = self.text.verticalScrollBar()
        total = sb.maximum() + sb.pageStep()
        if total > 0 and sb.maximum() > 0:
            pen = QColor(self.theme.text)
            pen.setAlphaF(0.5)
            p.setPen(pen)
            p.drawRect(QRectF(0.5, sb.value() / total * h, self.width() - 1,
                              sb.pageStep() / total * h - 1))
        p.end()

    def mousePressEvent(self, event):
        self._jump(event.position().y())

    def mouseMoveEvent(self, event):
        self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        sb = self.text.verticalScrollBar()
        total = sb.maximum() + sb.pageStep()
        sb.setValue(int(y / max(1, self.height()) * total - sb.pageStep() / 2))


class ColumnHeader(QWidget):
    """Outlet and date on one line, the headline elided on the next: two lines whatever the
    width, so every column's header has the same height without measuring any."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("columnHeader")
        self.outlet = self.headline = self.date = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._fit()

    def _fit(self) -> None:
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        lines = QFontMetricsF(bold).lineSpacing() + QFontMetricsF(self.font()).lineSpacing()
        self.setFixedHeight(int(lines + 12))

    def set_text(self, outlet: str, headline: str, date: str) -> None:
        self.outlet, self.headline, self.date = outlet, headline, date
        self.setToolTip("\n".join(x for x in (outlet, headline, date) if x))
        self.setAccessibleName(f"{outlet} {date}".strip())
        self.setAccessibleDescription(headline)
        self.update()

    def text(self) -> str:
        return " ".join(x for x in (self.outlet, self.headline, self.date) if x)

    def changeEvent(self, event):
        if event.type() == event.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def paintEvent(self, _):
        p = QPainter(self)
        pal = self.palette()
        w = self.width() - 20
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        fb, fn = QFontMetricsF(bold), QFontMetricsF(self.font())
        y = 6 + fb.ascent()
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        outlet = fb.elidedText(self.outlet, Qt.TextElideMode.ElideRight, w * 0.7)
        p.drawText(QRectF(10, 6, w, fb.height()), Qt.AlignmentFlag.AlignLeft, outlet)
        if self.date:
            p.setFont(self.font())
            p.setPen(Theme.current().muted_text())
            x = 10 + fb.horizontalAdvance(outlet) + 10
            p.drawText(QRectF(x, 6 + fb.ascent() - fn.ascent(), max(0.0, 10 + w - x), fn.height()),
                       Qt.AlignmentFlag.AlignLeft,
                       fn.elidedText(self.date, Qt.TextElideMode.ElideRight, max(0.0, 10 + w - x)))
        p.setFont(self.font())
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(10, y + fb.descent() + 1, w, fn.height()), Qt.AlignmentFlag.AlignLeft,
                   fn.elidedText(self.headline, Qt.TextElideMode.ElideRight, w))
        p.end()
