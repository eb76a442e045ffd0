"""Curved bands between two neighbouring columns joining linked sentences (Meld's link map).

The widget is given its pairs and two sides, each telling where its sentences are in document
coordinates and how far it is scrolled, so it never reaches into the columns and can be tested
on fakes. Pairs are kept sorted by height, so a repaint looks at the visible ones only.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QWidget

from reader.ui.theme import Theme

MAX_BANDS = 16               # bands drawn besides the selection's


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
        self.setToolTip("Links between sentences of the neighbouring sources")

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
            rest.sort(key=lambda b: b[2] != "same")
            rest = rest[:MAX_BANDS]
        return rest + hot

    def paintEvent(self, _):
        p = QPainter(self)
        p.setClipRect(0, int(self.y_offset), self.width(), self.height())
        p.setPen(Qt.PenStyle.NoPen)
        w, h = self.width(), self.height()
        quiet = 0.5 if self.highlight else 1.0      # recede while a selection is shown

        def stub(y: tuple[float, float]) -> tuple[float, float]:
            # an end far off screen is drawn just past the edge (Meld's stub): the band keeps
            # its direction and the painter never fills a path thousands of pixels tall
            top, bottom = self.y_offset - 40, h + 40
            if y[1] < top:
                return top - 10, top
            if y[0] > bottom:
                return bottom, bottom + 10
            return max(y[0], top - 10), min(y[1], bottom + 10)
        for a, b, kind, ly, ry in self.drawn_bands():
            ly, ry = stub(ly), stub(ry)
            hot = a in self.highlight or b in self.highlight
            p.setBrush(self.theme.colour("selected" if hot else "link",
                                         0.55 if hot else (0.24 if kind == "same" else 0.12) * quiet))
            if abs(ly[0] - ry[0]) < 1 and abs(ly[1] - ry[1]) < 1:
                p.drawRect(QRectF(0, ly[0], w, ly[1] - ly[0]))      # a level band (aligned rows)
            else:
                # no antialiasing: a smooth curve costs five times a plain one, and a dozen
                # maps repaint on every scroll and every selection
                p.drawPath(band_path(w, ly, ry))
        p.end()
