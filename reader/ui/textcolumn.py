"""One source's column: a header (outlet, headline, date) and its read-only text.

The text is one QTextDocument. In the aligned layout each row of the DisplayIndex is one
block (empty when this source has nothing there) and the column view pads blocks so rows
line up across columns; in reading order each paragraph is a block. Sentence -> document
position maps let every other view ask where a sentence is.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextFormat)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QSizePolicy, QTextEdit, QVBoxLayout,
                               QWidget)

from reader.ui.display import DisplayIndex
from reader.ui.theme import Theme


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
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"Text of {article_id}")
        self.starts: list[int] = []          # sorted doc starts of sentences
        self.ranges: list[tuple[int, int, str]] = []
        self.where: dict[str, tuple[int, int]] = {}   # sid -> (doc start, doc end)
        self.row_blocks: list[int] = []      # aligned layout: block number of each row
        self._press: Optional[QPoint] = None
        self.building = False                # document and position maps being replaced

    # --- positions ----------------------------------------------------------------
    def set_ranges(self, ranges: list[tuple[int, int, str]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [r[0] for r in self.ranges]
        self.where = {sid: (a, b) for a, b, sid in self.ranges}

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

    def sentence_y_range(self, sid: str) -> Optional[tuple[float, float]]:
        """Top and bottom of a sentence in viewport coordinates (after scrolling)."""
        w = self.where.get(sid)
        if w is None or self.building:
            return None
        y0, y1 = self.doc_y_range(*w)
        off = self.verticalScrollBar().value()
        return y0 - off, y1 - off

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
        r = self.where.get(sid)
        if r is None:
            return
        y0, y1 = self.doc_y_range(*r)
        sb = self.verticalScrollBar()
        h = self.viewport().height()
        if y0 >= sb.value() and y1 <= sb.value() + h:
            return
        sb.setValue(int(max(0, y0 - h * margin)))

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


class SourceColumn(QWidget):
    """Header plus text plus overview strip for one source."""

    def __init__(self, article_id: str, parent=None):
        super().__init__(parent)
        self.article_id = article_id
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.header = QLabel(self)
        self.header.setObjectName("columnHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(10, 6, 10, 6)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        lay.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.text = SourceText(article_id, self)
        self.overview = OverviewStrip(self.text, self)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)
        lay.addLayout(body, 1)

    def set_header(self, outlet: str, headline: str, date: str, header_height: int = 0) -> None:
        from html import escape
        parts = [f"<div style='font-weight:600; font-size:110%'>{escape(outlet)}</div>"]
        if headline:
            parts.append(f"<div style='font-size:100%'>{escape(headline)}</div>")
        if date:
            parts.append(f"<div style='opacity:0.7; font-size:90%'>{escape(date)}</div>")
        self.header.setText("".join(parts))
        self.header.setToolTip(f"{outlet}\n{headline}\n{date}".strip())

    # --- document -----------------------------------------------------------------
    def build(self, index: DisplayIndex, aligned: bool, theme: Theme, font: QFont,
              label_of, sentence_filter: Optional[set] = None) -> None:
        """Fill the document from the index: aligned rows, or the article's own paragraphs."""
        aid = self.article_id
        doc = QTextDocument(self.text)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(14)
        doc.setUndoRedoEnabled(False)
        cur = QTextCursor(doc)
        block_fmt = QTextBlockFormat()
        block_fmt.setLineHeight(135.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_fmt.setBottomMargin(font.pointSizeF() * 0.9)
        plain = QTextCharFormat()
        tag_fmt = QTextCharFormat()
        tag_fmt.setForeground(theme.colour("only"))
        tag_fmt.setFontPointSize(max(6.0, font.pointSizeF() * 0.8))
        tag_fmt.setFontWeight(QFont.Weight.DemiBold)
        headline_fmt = QTextCharFormat()
        headline_fmt.setFontWeight(QFont.Weight.Bold)
        headline_fmt.setFontPointSize(font.pointSizeF() * 1.15)
        cov_fmt = {}
        for cov in ("all", "some", "only"):
            f = QTextCharFormat()
            f.setBackground(theme.coverage_background(cov))
            f.setToolTip(f"This sentence is {_coverage_words(index, cov)}")
            cov_fmt[cov] = f
        ranges: list[tuple[int, int, str]] = []
        row_blocks: list[int] = []
        first = True

        def new_block():
            nonlocal first
            if first:
                cur.setBlockFormat(block_fmt)
                first = False
            else:
                cur.insertBlock(block_fmt, plain)

        def put_sentence(sid: str, sep: bool):
            s = index.sentence[sid]
            if sep:
                cur.insertText(" ", plain)
            start = cur.position()
            fmt = QTextCharFormat(cov_fmt[index.coverage(sid)])
            carriers = index.carriers.get(sid, ())
            if len(carriers) > 1:
                names = ", ".join(label_of(a) for a in index.order if a in carriers)
                fmt.setToolTip(f"In {len(carriers)} of {index.n_sources} sources: {names}")
            if s.role == "headline":
                fmt.merge(headline_fmt)
            cur.insertText(s.text, fmt)
            ranges.append((start, cur.position(), sid))

        if aligned:
            for row in index.rows:
                sids = row.cells.get(aid, ())
                if sentence_filter is not None and not any(x in sentence_filter for r in row.cells.values() for x in r):
                    continue
                new_block()
                row_blocks.append(cur.block().blockNumber())
                if sids and len(row.articles()) == 1 and all(index.coverage(x) == "only" for x in sids):
                    cur.insertText(f"ONLY IN {label_of(aid).upper()}", tag_fmt)
                    cur.insertText("\u2028", plain)
                for k, sid in enumerate(sids):
                    put_sentence(sid, k > 0)
        else:
            last_para = None
            for s in index.shown[aid]:
                if sentence_filter is not None and s.id not in sentence_filter:
                    continue
                if s.paragraph != last_para or s.role == "headline":
                    new_block()
                    last_para = s.paragraph if s.role != "headline" else None
                    put_sentence(s.id, False)
                else:
                    put_sentence(s.id, True)
        self.text.building = True
        try:
            self.text.setDocument(doc)
            self.text.set_ranges(ranges)
            self.text.row_blocks = row_blocks
        finally:
            self.text.building = False
        self._mark_differences(index, theme)

    def _mark_differences(self, index: DisplayIndex, theme: Theme) -> None:
        """Inline marks, one style per kind, with the engine's note as tooltip."""
        from reader.ui.theme import INLINE_KINDS
        spans = {k: [d for d in ds if d.kind in INLINE_KINDS]
                 for k, ds in index.spans.get(self.article_id, {}).items() if k[0] in self.text.where}
        spans = {k: ds for k, ds in spans.items() if ds}
        if not spans:
            return
        doc = self.text.document()
        cur = QTextCursor(doc)
        cur.beginEditBlock()
        for (sid, start, end), diffs in spans.items():
            s = index.sentence[sid]
            a, _ = self.text.where[sid]
            a0 = a + _u16(s.text[:max(0, start - s.start)])
            a1 = a + _u16(s.text[:max(0, end - s.start)])
            if a1 <= a0:
                continue
            whole = (end - start) >= 0.9 * max(1, s.end - s.start)
            fmt = theme.kind_format(diffs[0].kind, whole)
            fmt.setToolTip("\n".join(f"{d.kind}: {d.note}" for d in diffs))
            fmt.setProperty(QTextFormat.Property.UserProperty, diffs[0].kind)
            cur.setPosition(a0)
            cur.setPosition(a1, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(fmt)
        cur.endEditBlock()

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
