"""One source's column: a header (outlet, date, headline) and its read-only text.

The text is one QTextDocument. In the aligned layout each sentence the source has in a row
of the DisplayIndex is one block, and the column view sets block margins so every row starts
at the same height in every column; in reading order each paragraph is a block. Sentence ->
document position maps let every other view ask where a sentence is, and the sentences'
heights are cached until the document is laid out again.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import shiboken6
from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextBlockFormat,
                           QTextCharFormat, QTextCursor, QTextDocument, QTextFormat)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from reader.ui.display import DisplayIndex
from reader.ui.theme import INLINE_KINDS, Theme


def _u16(text: str) -> int:
    """Length in UTF-16 code units, which is how QTextDocument counts positions."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


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


class OverviewStrip(QWidget):
    """A thin map of the whole column: where shared and unique passages lie, and the view."""

    def __init__(self, text: SourceText, parent=None):
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


ROWS_PER_STEP = 40           # rows (or sentences) a build step adds: a few milliseconds
MARKS_PER_STEP = 60          # inline marks a step applies
CELLS_PER_STEP = 80          # aligned cells a step moves into place


class _Builder:
    """A column's new document, filled piece by piece before it is shown."""

    def __init__(self, article_id: str, index: DisplayIndex, theme: Theme, font: QFont, label_of, parent):
        self.article_id, self.index, self.label_of = article_id, index, label_of
        self.doc = doc = QTextDocument(parent)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(14)
        doc.setUndoRedoEnabled(False)
        self.cur = QTextCursor(doc)
        self.block_fmt = QTextBlockFormat()
        self.block_fmt.setLineHeight(135.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.block_fmt.setBottomMargin(font.pointSizeF() * 0.9)
        self.plain = QTextCharFormat()
        self.tag_fmt = QTextCharFormat()
        self.tag_fmt.setForeground(theme.text_colour("only_text"))
        self.tag_fmt.setFontPointSize(max(6.0, font.pointSizeF() * 0.75))
        self.tag_fmt.setFontWeight(QFont.Weight.DemiBold)
        self.headline_fmt = QTextCharFormat()
        self.headline_fmt.setFontWeight(QFont.Weight.Bold)
        self.headline_fmt.setFontPointSize(font.pointSizeF() * 1.15)
        self.cov_fmt = {}
        for cov in ("all", "some", "only"):
            f = QTextCharFormat()
            f.setBackground(theme.coverage_background(cov))
            f.setToolTip(f"This sentence is {_coverage_words(index, cov)}")
            self.cov_fmt[cov] = f
        self.theme = theme
        self.only_tag = f"ONLY IN {label_of(article_id).upper()}  "
        self.ranges: list[tuple[int, int, str]] = []
        self.where: dict[str, tuple[int, int]] = {}
        self.row_blocks: list[int] = []
        self.first = True
        self.last_para = None

    def new_block(self) -> None:
        if self.first:
            self.cur.setBlockFormat(self.block_fmt)
            self.first = False
        else:
            self.cur.insertBlock(self.block_fmt, self.plain)

    def put_sentence(self, sid: str, sep: bool) -> None:
        index, cur = self.index, self.cur
        s = index.sentence[sid]
        if sep:
            cur.insertText(" ", self.plain)
        start = cur.position()
        fmt = self.cov_fmt[index.coverage(sid)]
        carriers = index.carriers.get(sid, ())
        if len(carriers) > 1 or s.role == "headline":
            fmt = QTextCharFormat(fmt)
            if len(carriers) > 1:
                names = ", ".join(self.label_of(a) for a in index.order if a in carriers)
                fmt.setToolTip(f"In {len(carriers)} of {index.n_sources} sources: {names}")
            if s.role == "headline":
                fmt.merge(self.headline_fmt)
        cur.insertText(s.text, fmt)
        self.ranges.append((start, cur.position(), sid))
        self.where[sid] = (start, cur.position())

    def add_rows(self, rows) -> None:
        """Aligned layout: a block for each row this source has a sentence in."""
        aid, index = self.article_id, self.index
        for row in rows:
            sids = row.cells.get(aid, ())
            if not sids:
                self.row_blocks.append(-1)
                continue
            self.new_block()
            self.row_blocks.append(self.cur.block().blockNumber())
            if index.coverage(sids[0]) == "only" and index.n_sources > 1:
                self.cur.insertText(self.only_tag, self.tag_fmt)
            for k, sid in enumerate(sids):
                self.put_sentence(sid, k > 0)

    def end_rows(self) -> None:
        self.new_block()         # an empty last block: Qt drops the last block's bottom margin

    def add_paragraphs(self, sentences) -> None:
        """Reading order: a block per paragraph (the headline a block of its own)."""
        for s in sentences:
            if s.paragraph != self.last_para or s.role == "headline":
                self.new_block()
                self.last_para = s.paragraph if s.role != "headline" else None
                self.put_sentence(s.id, False)
            else:
                self.put_sentence(s.id, True)

    def mark(self, spans) -> None:
        """Inline marks, one style per kind, with the engine's note as tooltip."""
        index, cur = self.index, QTextCursor(self.doc)
        for sid, start, end, diffs in spans:
            w = self.where.get(sid)
            if w is None:
                continue
            s = index.sentence[sid]
            a0 = w[0] + _u16(s.text[:max(0, start - s.start)])
            a1 = w[0] + _u16(s.text[:max(0, end - s.start)])
            if a1 <= a0:
                continue
            whole = (end - start) >= 0.9 * max(1, s.end - s.start)
            fmt = self.theme.kind_format(diffs[0].kind, whole)
            fmt.setToolTip("\n".join(f"{d.kind}: {d.note}" for d in diffs))
            fmt.setProperty(QTextFormat.Property.UserProperty, diffs[0].kind)
            cur.setPosition(a0)
            cur.setPosition(a1, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(fmt)


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
        doc = _Builder(self.article_id, index, theme, font, label_of, self.text)
        steps = []
        if aligned:
            rows = [row for row in index.rows if sentence_filter is None
                    or any(x in sentence_filter for r in row.cells.values() for x in r)]
            for k in range(0, len(rows), ROWS_PER_STEP):
                steps.append(lambda part=rows[k:k + ROWS_PER_STEP]: doc.add_rows(part))
            steps.append(doc.end_rows)
        else:
            shown = [s for s in index.shown[self.article_id] if sentence_filter is None or s.id in sentence_filter]
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
        margin = doc.documentMargin()
        wanted = []
        for k, (top, bn, natural) in enumerate(cells):
            end = cells[k + 1][0] if k + 1 < len(cells) else total
            wanted.append((bn, top - margin if k == 0 else 0.0, max(0.0, end - top - natural)))
        wanted.append((doc.blockCount() - 1, 0.0 if cells else max(0.0, total - margin), 0.0))

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
        return [lambda part=wanted[k:k + CELLS_PER_STEP]: apply(part)
                for k in range(0, len(wanted), CELLS_PER_STEP)]

    def doc_offset(self, index: DisplayIndex, sid: str, article_offset: int) -> Optional[int]:
        """Document position of an article offset inside a shown sentence."""
        w = self.text.where.get(sid)
        if w is None:
            return None
        s = index.sentence[sid]
        return w[0] + _u16(s.text[:max(0, min(len(s.text), article_offset - s.start))])


def _coverage_words(index: DisplayIndex, cov: str) -> str:
    if cov == "all":
        return f"in all {index.n_sources} sources"
    if cov == "some":
        return "in some of the sources"
    return "only in this source"

