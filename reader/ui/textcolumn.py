"""One source's column: a header (outlet, date, headline) and its read-only text.

The text is one QTextDocument. In the aligned layout each sentence the source has in a row
of the DisplayIndex is one block, and the column view sets block margins so counterparts in
a row start at the same height in every column (other cells follow on in their column); in
reading order each paragraph is a block. Sentence ->
document position maps let every other view ask where a sentence is, and the sentences'
heights are cached until the document is laid out again.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from reader.ui.columnparts import ColumnHeader, OverviewStrip
from reader.ui.display import DisplayIndex
from reader.ui.docbuilder import CELLS_PER_STEP, MARKS_PER_STEP, ROWS_PER_STEP, DocumentBuilder, u16
from reader.ui.theme import INLINE_KINDS, Theme

GAP_CAPTION = "nothing here in this source"
GAP_CAPTION_FILTERED = "no mention of this actor here"     # under the actor filter
GAP_MIN_LINES = 2.5          # blanks shorter than this many lines stay plain
GAP_CAPTION_EVERY = 400      # pixels between two captions down a long band


class SourceText(QTextEdit):
    """The text of one source; click a sentence to select it."""

    sentenceClicked = Signal(str)

    def __init__(self, article_id: str, parent=None):
        super().__init__(parent)
        self.article_id = article_id
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"Text of {article_id}")
        self.starts: list[int] = []          # sorted doc starts of sentences
        self.ranges: list[tuple[int, int, str]] = []
        self.where: dict[str, tuple[int, int]] = {}   # sid -> (doc start, doc end)
        self.row_blocks: list[int] = []      # aligned layout: block number of each row, -1 if empty
        self.ring: Optional[str] = None      # the selected sentence: ringed while this has focus
        self.ring_colour = QColor()
        self.gaps: list[tuple[float, float]] = []   # aligned layout: document y spans left blank
        self.gap_colour = QColor()
        self.gap_caption = GAP_CAPTION
        self._press: Optional[QPoint] = None
        self._ys: Optional[dict[str, tuple[float, float]]] = None
        self.geometry_version = 0            # bumped whenever the layout may have moved text
        self.building = False                # document and position maps being replaced

    # --- positions ----------------------------------------------------------------
    def set_document(self, doc: QTextDocument, ranges: list[tuple[int, int, str]],
                     row_blocks: list[int]) -> None:
        self.building = True
        try:
            old = self.document()
            self.setDocument(doc)
            if shiboken6.isValid(old) and old.parent() is self:
                old.deleteLater()            # an earlier build's document: nobody else owns it
            self.ranges = sorted(ranges)
            self.starts = [r[0] for r in self.ranges]
            self.where = {sid: (a, b) for a, b, sid in self.ranges}
            self.row_blocks = row_blocks
            self.gaps = []
            doc.documentLayout().update.connect(self.geometry_changed)
        finally:
            self.building = False
        self.geometry_changed()

    def geometry_changed(self, *_args) -> None:
        self._ys = None
        self.geometry_version += 1

    def sentence_at_position(self, pos: int) -> Optional[str]:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0:
            a, b, sid = self.ranges[i]
            if a <= pos <= b:
                return sid
        return None

    def doc_y_range(self, a: int, b: int) -> tuple[float, float]:
        """Top and bottom, in document coordinates, of the text between positions a and b."""
        doc = self.document()
        lay = doc.documentLayout()

        def line_y(pos: int, bottom: bool) -> float:
            block = doc.findBlock(pos)
            if not block.isValid():
                return 0.0
            rect = lay.blockBoundingRect(block)
            bl = block.layout()
            line = bl.lineForTextPosition(max(0, pos - block.position())) if bl is not None else None
            if line is None or not line.isValid():
                return rect.bottom() if bottom else rect.top()
            y = rect.top() + line.y()
            return y + line.height() if bottom else y

        return line_y(a, False), line_y(max(a, b - 1), True)

    def sentence_ys(self) -> dict[str, tuple[float, float]]:
        """Every shown sentence's top and bottom in document coordinates (cached)."""
        if self._ys is None:
            self._ys = {sid: self.doc_y_range(a, b) for a, b, sid in self.ranges}
        return self._ys

    def scroll_offset(self) -> float:
        return float(self.verticalScrollBar().value())

    def sentence_y_range(self, sid: str) -> Optional[tuple[float, float]]:
        """Top and bottom of a sentence in viewport coordinates (after scrolling)."""
        if self.building:
            return None
        y = self.sentence_ys().get(sid)
        if y is None:
            return None
        off = self.verticalScrollBar().value()
        return y[0] - off, y[1] - off

    def fit_measure(self, max_chars: int = 80) -> bool:
        """Centre the text in a measure of about max_chars characters in wide columns, so
        lines stay comfortable to read at any window width. True when margins changed."""
        doc = self.document()
        fm = QFontMetricsF(doc.defaultFont())
        measure = fm.averageCharWidth() * max_chars
        extra = max(0.0, (self.viewport().width() - measure) / 2) + doc.documentMargin()
        root = doc.rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - extra) < 1:
            return False
        fmt.setLeftMargin(extra)
        fmt.setRightMargin(extra)
        root.setFrameFormat(fmt)
        return True

    def sentence_rect(self, sid: str) -> QRect:
        """Viewport rectangle around the start of a sentence (for clicks in tests and benches)."""
        a, _ = self.where[sid]
        c = QTextCursor(self.document())
        c.setPosition(a + 1)
        return self.cursorRect(c)

    def scroll_to_sentence(self, sid: str, margin: float = 0.25) -> None:
        y = self.sentence_ys().get(sid)
        if y is None:
            return
        sb = self.verticalScrollBar()
        h = self.viewport().height()
        if y[0] >= sb.value() and y[1] <= sb.value() + h:
            return
        sb.setValue(int(max(0, y[0] - h * margin)))

    # --- painting -------------------------------------------------------------------
    def paintEvent(self, event):
        super().paintEvent(event)
        if self.gaps and not self.building:
            self._paint_gaps()
        if self.ring and self.hasFocus() and not self.building:
            y = self.sentence_ys().get(self.ring)
            if y is None:
                return
            root = self.document().rootFrame().frameFormat()
            off = self.verticalScrollBar().value()
            rect = QRectF(root.leftMargin() - 5, y[0] - off - 3,
                          self.viewport().width() - root.leftMargin() - root.rightMargin() + 10,
                          y[1] - y[0] + 6)
            p = QPainter(self.viewport())
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(self.ring_colour, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 4, 4)
            p.end()

    def _paint_gaps(self) -> None:
        """A thin captioned rule, "—— nothing here in this source ——", at the top of a blank
        where this source has nothing while the others go on, and again every
        GAP_CAPTION_EVERY pixels down a long one (KDiff3 greys such lines out, Meld draws a
        thin line): a bare blank made readers wonder what was missing. Rules and words only:
        a hatched or framed band cost every repaint of a dozen columns several milliseconds.
        They sit at fixed places in the document, as Qt scrolls by blitting (a caption kept at
        the viewport's top would smear)."""
        off = self.verticalScrollBar().value()
        height = self.viewport().height()
        root = self.document().rootFrame().frameFormat()
        left, width = root.leftMargin(), self.viewport().width() - root.leftMargin() - root.rightMargin()
        shown = [(y0 - off, y1 - off) for y0, y1 in self.gaps if y1 - off >= 0 and y0 - off <= height]
        if not shown:
            return
        p = QPainter(self.viewport())
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setItalic(True)
        p.setFont(font)
        fm = QFontMetricsF(font)
        caption = fm.elidedText(self.gap_caption, Qt.TextElideMode.ElideRight, width - 8)
        words = fm.horizontalAdvance(caption) + 16
        rule = QColor(self.gap_colour)
        rule.setAlphaF(0.45)
        for top, bottom in shown:
            y, room = top, 2 * fm.height()
            while bottom - y >= room and y <= height:
                if y + room >= 0:
                    mid = y + fm.height()
                    box = QRectF(left + (width - words) / 2, mid - fm.height() / 2, words, fm.height())
                    p.setPen(rule)
                    p.drawLine(QPointF(left, mid), QPointF(box.left(), mid))
                    p.drawLine(QPointF(box.right(), mid), QPointF(left + width, mid))
                    p.setPen(self.gap_colour)
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, caption)
                y, room = y + GAP_CAPTION_EVERY, GAP_CAPTION_EVERY / 2    # no repeat just above text
        p.end()

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.viewport().update()

    # --- clicks -------------------------------------------------------------------
    def mousePressEvent(self, event):
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        p = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None \
                and (p - self._press).manhattanLength() < 6:
            c = self.cursorForPosition(p)
            sid = self.sentence_at_position(c.position())
            if sid:
                self.sentenceClicked.emit(sid)
        self._press = None


class SourceColumn(QWidget):
    """Header plus text plus overview strip for one source."""

    def __init__(self, article_id: str, parent=None):
        super().__init__(parent)
        self.article_id = article_id
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.header = ColumnHeader(self)
        lay.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.text = SourceText(article_id, self)
        self.overview = OverviewStrip(self.text, self)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)
        lay.addLayout(body, 1)
        self.naturals: list[float] = []      # aligned layout: natural height of each row's cell

    def set_header(self, outlet: str, headline: str, date: str) -> None:
        self.header.set_text(outlet, headline, date)

    def set_article(self, article_id: str) -> None:
        """Give a column made in advance (see ColumnsView) its source."""
        self.article_id = self.text.article_id = article_id
        self.text.setAccessibleName(f"Text of {article_id}")

    # --- document -----------------------------------------------------------------
    def build(self, index: DisplayIndex, aligned: bool, theme: Theme, font: QFont,
              label_of, sentence_filter: Optional[set] = None) -> None:
        """Fill the document from the index at once (see build_steps)."""
        for step in self.build_steps(index, aligned, theme, font, label_of, sentence_filter):
            step()

    def build_steps(self, index: DisplayIndex, aligned: bool, theme: Theme, font: QFont,
                    label_of, sentence_filter: Optional[set] = None) -> list:
        """Steps that fill a new document from the index, off screen, a few dozen rows at a
        time, mark the differences in it, then show it: aligned rows, or the article's own
        paragraphs."""
        doc = DocumentBuilder(self.article_id, index, theme, font, label_of, self.text)
        steps = []
        if aligned:
            rows = index.rows if sentence_filter is None else index.filtered_rows(sentence_filter)
            for k in range(0, len(rows), ROWS_PER_STEP):
                steps.append(lambda part=rows[k:k + ROWS_PER_STEP]: doc.add_rows(part))
            steps.append(doc.end_rows)
        else:
            shown = [s for s in index.shown[self.article_id]
                     if sentence_filter is None or s.id in sentence_filter]
            for k in range(0, len(shown), ROWS_PER_STEP):
                steps.append(lambda part=shown[k:k + ROWS_PER_STEP]: doc.add_paragraphs(part))
        spans = self._inline_spans(index, doc.where)
        for k in range(0, len(spans), MARKS_PER_STEP):
            steps.append(lambda part=spans[k:k + MARKS_PER_STEP]: doc.mark(part))

        def show() -> None:
            self.naturals = []
            self.text.set_document(doc.doc, doc.ranges, doc.row_blocks)
        steps.append(show)
        return steps

    def _inline_spans(self, index: DisplayIndex, where: dict) -> list:
        """(sentence, start, end, differences) of every inline mark this column will show."""
        out = []
        for (sid, start, end), ds in index.spans.get(self.article_id, {}).items():
            kinds = [d for d in ds if d.kind in INLINE_KINDS]
            if kinds:
                out.append((sid, start, end, kinds))
        return out

    # --- aligned rows ---------------------------------------------------------------
    def lay_out(self) -> None:
        """Lay the whole document out now (Qt would do it lazily, a piece at a time)."""
        doc = self.text.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())

    def measure_rows(self) -> list[float]:
        """Natural height of each row's cell (0 for an empty one): how far it moves the next
        block down, margins excluded (a block's bounding rect leaves out its last line's
        leading, so the next block's top is measured instead)."""
        doc = self.text.document()
        lay = doc.documentLayout()
        out = []
        for bn in self.text.row_blocks:
            if bn < 0:
                out.append(0.0)
                continue
            block = doc.findBlockByNumber(bn)
            after = block.next()
            out.append(lay.blockBoundingRect(after).top() - lay.blockBoundingRect(block).top()
                       - block.blockFormat().bottomMargin() - after.blockFormat().topMargin())
        self.naturals = out
        return out

    def apply_rows(self, tops: list[float], total: float) -> None:
        """Margins that put each row's cell at its row's top (see row_steps), at once."""
        for step in self.row_steps(tops, total):
            step()

    def row_steps(self, tops: list[float], total: float) -> list:
        """Steps that set the margins putting each row's cell at its row's top (tops: document
        y of each row; total: where the last row ends), so rows line up across columns and
        every column is as tall; a few dozen blocks a step."""
        doc = self.text.document()
        cells = [(tops[r], bn, self.naturals[r]) for r, bn in enumerate(self.text.row_blocks) if bn >= 0]
        wanted = []
        for k, (top, bn, natural) in enumerate(cells):
            end = cells[k + 1][0] if k + 1 < len(cells) else total
            wanted.append((bn, 0.0, max(0.0, end - top - natural)))
        wanted.append((doc.blockCount() - 1, 0.0, 0.0))
        first = cells[0][0] if cells else total
        self.text.gaps = self._blanks(cells, total)

        def lower_the_first() -> None:
            # Qt lays the first block at the root frame's top margin whatever its own top margin
            # (a column whose first cell sits rows down stayed at the top, every row of it too high)
            root = doc.rootFrame()
            fmt = root.frameFormat()
            if abs(fmt.topMargin() - first) >= 0.25:
                fmt.setTopMargin(first)
                root.setFrameFormat(fmt)

        def apply(part) -> None:
            cur = QTextCursor(doc)
            editing = False
            for bn, want_top, want_bottom in part:
                block = doc.findBlockByNumber(bn)
                fmt = block.blockFormat()
                if abs(fmt.topMargin() - want_top) < 0.25 and abs(fmt.bottomMargin() - want_bottom) < 0.25:
                    continue
                if not editing:
                    cur.beginEditBlock()
                    editing = True
                fmt.setTopMargin(want_top)
                fmt.setBottomMargin(want_bottom)
                cur.setPosition(block.position())
                cur.setBlockFormat(fmt)
            if editing:
                cur.endEditBlock()
        return [lower_the_first] + [lambda part=wanted[k:k + CELLS_PER_STEP]: apply(part)
                                    for k in range(0, len(wanted), CELLS_PER_STEP)]

    def _blanks(self, cells: list[tuple[float, int, float]], total: float) -> list[tuple[float, float]]:
        """Document y spans, at least GAP_MIN_LINES tall, where this column shows nothing
        while its rows go on: above its first cell, between cells, after its last."""
        doc = self.text.document()
        line = QFontMetricsF(doc.defaultFont()).lineSpacing()
        spacing = doc.defaultFont().pointSizeF() * 0.9            # ColumnsView's gap between cells
        ends = [(doc.documentMargin(), cells[0][0] if cells else total)]
        ends += [(top + natural, cells[k + 1][0] - spacing if k + 1 < len(cells) else total)
                 for k, (top, _, natural) in enumerate(cells)]
        return [(a, b) for a, b in ends if b - a >= GAP_MIN_LINES * line]

    def doc_offset(self, index: DisplayIndex, sid: str, article_offset: int) -> Optional[int]:
        """Document position of an article offset inside a shown sentence."""
        w = self.text.where.get(sid)
        if w is None:
            return None
        s = index.sentence[sid]
        return w[0] + u16(s.text[:max(0, min(len(s.text), article_offset - s.start))])
