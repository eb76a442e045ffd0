"""Curved bands between two neighbouring columns joining linked sentences (Meld's link map).

Confident links (same or partial: they count as coverage) are filled bands, a "same" one
darker; a weak link (less than even odds, never counted) is a faint band with a dashed edge,
and its tooltip says so.

The widget is given its pairs and two sides, each telling where its sentences are in document
coordinates and how far it is scrolled, so it never reaches into the columns and can be tested
on fakes. Pairs are kept sorted by height, so a repaint looks at the visible ones only.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional, Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from reader.ui.theme import Theme

MAX_BANDS = 16               # bands drawn besides the selection's
FILL = {"same": 0.24, "partial": 0.12, "weak": 0.05}      # band opacity by kind, nothing selected
KIND_TIPS = {
    "same": "Same statement in both sources",
    "partial": "Partly the same statement (a confident link: counted as coverage)",
    "weak": "Weak link: possibly the same statement, less likely than not; not counted as coverage",
}
MAP_TIP = "Links between sentences of the neighbouring sources"


class Side(Protocol):
    """One column as the link map sees it."""

    building: bool
    geometry_version: int

    def sentence_ys(self) -> dict[str, tuple[float, float]]: ...     # document coordinates

    def scroll_offset(self) -> float: ...


def band_path(width: float, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
    """A closed Bezier band from a left y-range to a right y-range, control points mid-width."""
    mid = width / 2
    p = QPainterPath(QPointF(-0.5, left[0]))
    p.cubicTo(QPointF(mid, left[0]), QPointF(mid, right[0]), QPointF(width + 0.5, right[0]))
    p.lineTo(QPointF(width + 0.5, right[1]))
    p.cubicTo(QPointF(mid, right[1]), QPointF(mid, left[1]), QPointF(-0.5, left[1]))
    p.closeSubpath()
    return p


class _Sorted:
    """Pairs with both ends placed, sorted by the top of one end, for range look-ups."""

    def __init__(self, items: list, end: int):
        self.items = sorted(items, key=lambda x: x[end][0])
        self.tops = [x[end][0] for x in self.items]
        self.tallest = max((x[end][1] - x[end][0] for x in self.items), default=0.0)
        self.end = end

    def between(self, lo: float, hi: float) -> list:
        """Items whose end overlaps the document range lo..hi."""
        i = bisect_left(self.tops, lo - self.tallest)
        j = bisect_right(self.tops, hi)
        return [x for x in self.items[i:j] if x[self.end][1] >= lo]


class LinkMap(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(32)
        self.pairs: list[tuple[str, str, str]] = []     # (left sid, right sid, kind)
        self.left: Optional[Side] = None
        self.right: Optional[Side] = None
        self.y_offset = 0.0          # where the text viewports start, in this widget
        self.highlight: set[str] = set()
        self.theme = Theme.current()
        self._cache_key = None
        self._by_left = self._by_right = _Sorted([], 0)
        self.ready = True
        self.setToolTip(MAP_TIP)

    def configure(self, pairs, left: Side, right: Side, theme: Theme) -> None:
        self.pairs, self.left, self.right, self.theme = pairs, left, right, theme
        self._cache_key = None
        self.update()

    def detach(self) -> None:
        """Forget the columns on either side (they may be deleted), until configured again."""
        self.pairs, self.left, self.right = [], None, None
        self._cache_key = None
        self.update()

    def set_ready(self, ready: bool) -> None:
        """While the columns are rebuilt, positions mean nothing yet: draw no bands."""
        self.ready = ready
        self.update()

    def _sorted(self) -> None:
        key = (id(self.pairs), self.left.geometry_version, self.right.geometry_version)
        if key == self._cache_key:
            return
        lys, rys = self.left.sentence_ys(), self.right.sentence_ys()
        items = [(lys[a], rys[b], a, b, kind) for a, b, kind in self.pairs if a in lys and b in rys]
        self._by_left, self._by_right = _Sorted(items, 0), _Sorted(items, 1)
        self._cache_key = key

    def visible_bands(self) -> list[tuple[str, str, str, tuple, tuple]]:
        """(left sid, right sid, kind, left y-range, right y-range) in this widget's
        coordinates, for every band with an end in view; bands whose both ends are off screen
        are culled for clarity."""
        if not self.ready or self.left is None or self.right is None or self.left.building \
                or self.right.building:
            return []
        self._sorted()
        h = self.height()
        lo_left = self.left.scroll_offset() - self.y_offset
        lo_right = self.right.scroll_offset() - self.y_offset
        seen, out = set(), []
        ends = self._by_left.between(lo_left, lo_left + h) + self._by_right.between(lo_right, lo_right + h)
        for item in ends:
            ly, ry, a, b, kind = item
            if (a, b) in seen:
                continue
            seen.add((a, b))
            out.append((a, b, kind, (ly[0] - lo_left, ly[1] - lo_left), (ry[0] - lo_right, ry[1] - lo_right)))
        return out

    def drawn_bands(self) -> list:
        """The visible bands worth drawing: the selection's, then the strongest others up to
        MAX_BANDS (beyond that a map is a blur, and painting it would slow every scroll);
        selected bands last, so they lie on top."""
        bands = self.visible_bands()
        hot = [b for b in bands if b[0] in self.highlight or b[1] in self.highlight]
        rest = [b for b in bands if not (b[0] in self.highlight or b[1] in self.highlight)]
        if len(rest) > MAX_BANDS:
            rest.sort(key=lambda b: ("same", "partial", "weak").index(b[2]) if b[2] in FILL else 3)
            rest = rest[:MAX_BANDS]
        return rest + hot

    def band_at(self, pos: QPointF):
        """The drawn band under a point (the topmost: selected bands lie on top), or None."""
        for a, b, kind, ly, ry in reversed(self.drawn_bands()):
            if self._path(self._stub(ly), self._stub(ry)).contains(pos):
                return a, b, kind
        return None

    def tip_at(self, pos: QPointF) -> str:
        band = self.band_at(pos)
        return KIND_TIPS.get(band[2], MAP_TIP) if band else MAP_TIP

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), self.tip_at(QPointF(event.pos())), self)
            return True
        return super().event(event)

    def _stub(self, y: tuple[float, float]) -> tuple[float, float]:
        # an end far off screen is drawn just past the edge (Meld's stub): the band keeps
        # its direction and the painter never fills a path thousands of pixels tall
        top, bottom = self.y_offset - 40, self.height() + 40
        if y[1] < top:
            return top - 10, top
        if y[0] > bottom:
            return bottom, bottom + 10
        return max(y[0], top - 10), min(y[1], bottom + 10)

    def _path(self, ly: tuple[float, float], ry: tuple[float, float]) -> QPainterPath:
        w = self.width()
        if abs(ly[0] - ry[0]) < 1 and abs(ly[1] - ry[1]) < 1:
            p = QPainterPath()
            p.addRect(QRectF(0, ly[0], w, ly[1] - ly[0]))      # a level band (aligned rows)
            return p
        return band_path(w, ly, ry)

    def paintEvent(self, _):
        p = QPainter(self)
        p.setClipRect(0, int(self.y_offset), self.width(), self.height())
        quiet = 0.5 if self.highlight else 1.0      # recede while a selection is shown
        # no antialiasing: a smooth curve costs five times a plain one, and a dozen maps
        # repaint on every scroll and every selection
        for a, b, kind, ly, ry in self.drawn_bands():
            hot = a in self.highlight or b in self.highlight
            weak = kind == "weak"
            colour = self.theme.colour("selected" if hot else "link",
                                       (0.16 if weak else 0.55) if hot else FILL.get(kind, 0.12) * quiet)
            p.setBrush(colour)
            if weak:            # a dashed edge: told apart from a confident band without colour
                pen = QPen(self.theme.colour("selected" if hot else "link", 0.45 if hot else 0.35 * quiet))
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
            else:
                p.setPen(Qt.PenStyle.NoPen)
            ly, ry = self._stub(ly), self._stub(ry)
            if abs(ly[0] - ry[0]) < 1 and abs(ly[1] - ry[1]) < 1:
                p.drawRect(QRectF(0, ly[0], self.width(), ly[1] - ly[0]))     # level rows
            else:
                p.drawPath(band_path(self.width(), ly, ry))
        p.end()
