"""The side-by-side reading area: one column per source, link maps between neighbours.

Observes the session: rebuilds documents when the Comparison, layout, zoom or actor filter
change; paints highlights (selection, counterparts, differences, quotes, mentions, find hits)
as extra selections, which costs no relayout; keeps columns scrolled level.
"""
from __future__ import annotations

import functools
import time
from typing import Optional

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from reader.ui.linkmap import LinkMap
from reader.ui.session import ComparisonSession
from reader.ui.textcolumn import SourceColumn
from reader.ui.theme import Theme

ALIGNED, READING = "aligned", "reading"


def scroll_lock(method):
    """Drop calls made while a synchronised scroll is already in progress (Meld's guard)."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if self._scrolling:
            return None
        self._scrolling = True
        try:
            return method(self, *args, **kwargs)
        finally:
            self._scrolling = False
    return wrapper


class ColumnsView(QWidget):
    layoutChanged = Signal(str)

    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.mode = ALIGNED
        self.base_font = QFont(self.font())
        self.base_font.setPointSizeF(max(10.5, self.font().pointSizeF() + 1.5))
        self.zoom = 0                     # steps of 1 pt
        self.theme = Theme.current()
        self.columns: list[SourceColumn] = []
        self.linkmaps: list[LinkMap] = []
        self.find_text = ""
        self.find_hits: list[tuple[int, int, int]] = []    # (column, start, end)
        self.find_current = -1
        self._scrolling = False
        self._built_filter = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel("Open two or more articles (File ▸ Open, drag and drop, or "
                                  "Ctrl+Shift+V to paste one) to compare them.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        outer.addWidget(self.placeholder)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget()
        self.row = QHBoxLayout(self.container)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.scroll.setWidget(self.container)
        outer.addWidget(self.scroll, 1)
        self.scroll.hide()

        self._equalize_timer = QTimer(self, singleShot=True, interval=40)
        self._equalize_timer.timeout.connect(self.relayout)

        session.comparisonChanged.connect(self.rebuild)
        session.selectionChanged.connect(self.on_selection_changed)
        session.actorChanged.connect(self.on_actor_changed)

    # --- building -----------------------------------------------------------------
    def text_font(self) -> QFont:
        f = QFont(self.base_font)
        f.setPointSizeF(max(6.0, self.base_font.pointSizeF() + self.zoom))
        return f

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.rebuild()
            self.layoutChanged.emit(mode)

    def set_zoom(self, zoom: int) -> None:
        zoom = max(-6, min(16, zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self.rebuild(keep_scroll=True)

    def column(self, article_id: str) -> Optional[SourceColumn]:
        return next((c for c in self.columns if c.article_id == article_id), None)

    def sentence_filter(self) -> Optional[set]:
        idx, actor = self.session.index, self.session.actor
        if idx is None or not actor:
            return None
        return {sid for sid, ms in idx.mentions_by_sentence.items() if any(a == actor for a, _ in ms)}

    # above this many shown sentences a rebuild is spread over several event-loop turns, so
    # the window keeps answering (no stall over 100 ms) while twelve long columns are filled
    CHUNKED_ABOVE = 400

    def rebuild(self, keep_scroll: bool = False) -> None:
        idx = self.session.index
        anchor = self._top_sentence() if keep_scroll else None
        self._generation = getattr(self, "_generation", 0) + 1
        self.theme = Theme.current()
        order = idx.order if idx else []
        if [c.article_id for c in self.columns] != order:
            self._make_columns(order)
        if idx is None:
            self.scroll.hide()
            self.placeholder.show()
            return
        self.placeholder.hide()
        self.scroll.show()
        font = self.text_font()
        flt = self.sentence_filter()
        self._built_filter = flt
        aligned = self.mode == ALIGNED
        steps = []
        for c in self.columns:
            art = self.session.comparison.article(c.article_id)
            c.set_header(self.session.label(c.article_id), art.title, art.date)
            steps.append(lambda c=c: c.build(idx, aligned, self.theme, font, self.session.label, flt))

        def prepare():
            for lm in self.linkmaps:
                lm.setVisible(self.mode == READING)
            self._configure_linkmaps()
            self._layout_headers()
            for c in self.columns:
                c.text.fit_measure()

        def finish():
            self._place_linkmaps()
            self.update_overviews()
            self._sync_all(0)
            self.find(self.find_text, move=False)
            self.on_selection_changed()
            if anchor:
                self.scroll_to(anchor)
        chunked = len(idx.sentence) > self.CHUNKED_ABOVE
        steps += [prepare, lambda: self._equalize_rows(defer=chunked) if self.mode == ALIGNED else None,
                  finish]
        if not chunked:
            for step in steps:
                step()
            return
        gen = self._generation

        def run(k: int) -> None:
            if gen != self._generation:
                return                       # a newer rebuild took over
            t = time.perf_counter()
            while k < len(steps) and (time.perf_counter() - t) < 0.02:
                more = steps[k]()
                k += 1
                if isinstance(more, list):      # a step split into smaller ones
                    steps[k:k] = more
            if k < len(steps):
                QTimer.singleShot(0, lambda: run(k))
        run(0)

    def _make_columns(self, order: list[str]) -> None:
        for w in self.columns + self.linkmaps:
            w.setParent(None)
            w.deleteLater()
        self.columns, self.linkmaps = [], []
        while self.row.count():
            self.row.takeAt(0)
        for i, aid in enumerate(order):
            if i:
                lm = LinkMap(self.container)
                self.linkmaps.append(lm)
                self.row.addWidget(lm)
            col = SourceColumn(aid, self.container)
            col.text.sentenceClicked.connect(self.on_sentence_clicked)
            col.text.verticalScrollBar().valueChanged.connect(
                functools.partial(self.on_column_scrolled, i))
            col.text.viewport().installEventFilter(self)
            self.columns.append(col)
            self.row.addWidget(col, 1)

    def _configure_linkmaps(self) -> None:
        idx = self.session.index
        for i, lm in enumerate(self.linkmaps):
            left, right = self.columns[i], self.columns[i + 1]
            pairs = idx.pair_links.get((left.article_id, right.article_id), []) if idx else []
            lm.configure(pairs, left.text.sentence_y_range, right.text.sentence_y_range, self.theme)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._equalize_timer.start()
        return False

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if self.columns and Theme.current().dark != self.theme.dark:
                QTimer.singleShot(0, lambda: self.rebuild(keep_scroll=True))
        super().changeEvent(event)

    # --- layout: headers and aligned rows ------------------------------------------------
    def relayout(self) -> None:
        """Give headers one height and pad rows so linked sentences sit level."""
        if not self.columns:
            return
        self._layout_headers()
        for c in self.columns:
            c.text.fit_measure()
        if self.mode == ALIGNED:
            self._equalize_rows()
        self._place_linkmaps()
        self.update_overviews()
        self._sync_all(0)

    def _layout_headers(self) -> None:
        heights = [c.header.heightForWidth(max(100, c.header.width())) for c in self.columns]
        top = max(heights) if heights else 0
        for c in self.columns:
            c.header.setFixedHeight(top)

    def _place_linkmaps(self) -> None:
        for lm in self.linkmaps:
            vp = self.columns[0].text.viewport()
            lm.y_offset = vp.mapTo(self.container, QPoint(0, 0)).y() - lm.y()
            lm.update()

    def _equalize_rows(self, defer: bool = False):
        """Pad each row's block so that every column's row has the tallest cell's height.

        With defer, measure now and return one step per column that applies the padding."""
        texts = [c.text for c in self.columns]
        n = min((len(t.row_blocks) for t in texts), default=0)
        if n == 0:
            return [] if defer else None
        gap = self.text_font().pointSizeF() * 0.9
        naturals = []
        for t in texts:
            doc = t.document()
            lay = doc.documentLayout()
            hs = []
            for bn in t.row_blocks[:n]:
                b = doc.findBlockByNumber(bn)
                hs.append(lay.blockBoundingRect(b).height())   # margins lie outside the rect
            naturals.append(hs)
        targets = [max(col[r] for col in naturals) for r in range(n)]

        def apply(t, hs):
            doc = t.document()
            cur = QTextCursor(doc)
            editing = False
            for r, bn in enumerate(t.row_blocks[:n]):
                b = doc.findBlockByNumber(bn)
                want = gap + targets[r] - hs[r]
                fmt = b.blockFormat()
                if abs(fmt.bottomMargin() - want) < 0.25:
                    continue
                if not editing:
                    cur.beginEditBlock()
                    editing = True
                fmt.setBottomMargin(want)
                cur.setPosition(b.position())
                cur.setBlockFormat(fmt)
            if editing:
                cur.endEditBlock()

        steps = [lambda t=t, hs=hs: apply(t, hs) for t, hs in zip(texts, naturals)]
        if defer:
            return steps
        for step in steps:
            step()
        return None

    # --- scrolling ----------------------------------------------------------------------
    def on_column_scrolled(self, i: int, _value: int) -> None:
        self._sync_all(i)
        for lm in self.linkmaps:
            lm.update()

    @scroll_lock
    def _sync_all(self, i: int) -> None:
        if not self.columns or i >= len(self.columns):
            return
        src = self.columns[i].text
        if self.mode == ALIGNED:
            v = src.verticalScrollBar().value()
            for c in self.columns:
                if c.text is not src:
                    c.text.verticalScrollBar().setValue(v)
            return
        idx = self.session.index
        if idx is None:
            return
        if src.building:
            return
        anchor = self._top_sentence(i)
        if anchor is None:
            return
        for j, c in enumerate(self.columns):
            if j == i:
                continue
            target = self._counterpart_near(anchor, c.article_id, i)
            if target is None:
                continue
            _, via = target
            vy = src.sentence_y_range(via)
            ty = c.text.sentence_y_range(target[0])
            if vy is None or ty is None:
                continue
            sb = c.text.verticalScrollBar()
            sb.setValue(int(sb.value() + ty[0] - vy[0]))

    def _counterpart_near(self, anchor: str, article_id: str, col: int):
        """The first sentence from anchor on (in column col) that has a counterpart in article."""
        idx = self.session.index
        text = self.columns[col].text
        seq = [sid for _, _, sid in text.ranges]
        try:
            k = seq.index(anchor)
        except ValueError:
            return None
        for sid in seq[k:k + 40]:
            for c in idx.counterparts(sid):
                if idx.sentence[c].article == article_id and c in self.column(article_id).text.where:
                    return c, sid
        return None

    def _top_sentence(self, i: int = 0) -> Optional[str]:
        if not self.columns or i >= len(self.columns):
            return None
        t = self.columns[i].text
        c = t.cursorForPosition(QPoint(20, 8))
        return t.sentence_at_position(c.position()) or (t.ranges[0][2] if t.ranges else None)

    def scroll_to(self, sid: str) -> None:
        idx = self.session.index
        if idx is None or sid not in idx.sentence:
            return
        col = self.column(idx.sentence[sid].article)
        if col is None:
            return
        col.text.scroll_to_sentence(sid)
        i = self.columns.index(col)
        self._sync_all(i)
        self.scroll.ensureWidgetVisible(col, 10, 0)

    # --- selection and highlights ---------------------------------------------------------
    def on_sentence_clicked(self, sid: str) -> None:
        self.session.select(sid)

    def on_actor_changed(self) -> None:
        if self.sentence_filter() != self._built_filter:
            self.rebuild()
        else:
            self.paint_highlights()

    def on_selection_changed(self) -> None:
        self.paint_highlights()
        sid = self.session.selected
        idx = self.session.index
        if not sid or idx is None or not self.columns:
            return
        col = self.column(idx.sentence[sid].article)
        if col is None or sid not in col.text.where:
            return
        col.text.scroll_to_sentence(sid)
        if self.mode == ALIGNED:
            self._sync_all(self.columns.index(col))
        else:
            sel_y = col.text.sentence_y_range(sid)
            best: dict[str, tuple[float, str]] = {}       # per column: the strongest link
            for other in idx.counterparts(sid):
                link = idx.link(sid, other)
                art = idx.sentence[other].article
                score = link.score if link else 0.0
                if art not in best or score > best[art][0]:
                    best[art] = (score, other)
            for _, other in best.values():
                oc = self.column(idx.sentence[other].article)
                if oc is None or other not in oc.text.where:
                    continue
                oy = oc.text.sentence_y_range(other)
                sb = oc.text.verticalScrollBar()
                if oy is not None and sel_y is not None:
                    with_lock(self, lambda: sb.setValue(int(sb.value() + oy[0] - sel_y[0])))
        if not self.scroll.viewport().rect().contains(
                col.mapTo(self.scroll.viewport(), QPoint(col.width() // 2, 0))):
            self.scroll.ensureWidgetVisible(col, 10, 0)

    def highlighted(self) -> dict[str, list[tuple[str, int, int]]]:
        """What each column highlights now: article id -> [(role, doc start, doc end)]."""
        out = {}
        for c in self.columns:
            out[c.article_id] = [(sel.format.property(QTextCharFormat.Property.UserProperty) or "",
                                  sel.cursor.selectionStart(), sel.cursor.selectionEnd())
                                 for sel in c.text.extraSelections()]
        return out

    def paint_highlights(self) -> None:
        idx = self.session.index
        if idx is None:
            return
        th = self.theme
        sid = self.session.selected
        per_col: dict[str, list] = {c.article_id: [] for c in self.columns}

        def add(aid: str, a: int, b: int, role: str, colour, bold=False, underline=False):
            col = self.column(aid)
            if col is None or a is None or b is None or b <= a:
                return
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(col.text.document())
            cur.setPosition(a)
            cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if underline:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setProperty(QTextCharFormat.Property.UserProperty, role)
            sel.format = fmt
            per_col[aid].append(sel)

        def add_sentence(s: str, role: str, colour):
            aid = idx.sentence[s].article
            col = self.column(aid)
            if col and s in col.text.where:
                add(aid, *col.text.where[s], role, colour)

        def add_span(span, role, colour, bold=False):
            col = self.column(span.article)
            if col is None:
                return
            add(span.article, col.doc_offset(idx, span.sentence, span.start),
                col.doc_offset(idx, span.sentence, span.end), role, colour, bold)

        if sid:
            add_sentence(sid, "selected", th.colour("selected", 0.30 if not th.dark else 0.40))
            for c in idx.counterparts(sid):
                add_sentence(c, "counterpart", th.colour("counterpart", 0.20 if not th.dark else 0.30))
        if self.session.focus.difference is not None and 0 <= self.session.focus.difference < len(idx.stops):
            d = idx.stops[self.session.focus.difference]
            colour = th.colour(d.kind if d.kind != "wording" else "selected", 0.45)
            add_span(d.a, "difference", colour)
            add_span(d.b, "difference", colour)
        if self.session.focus.quote:
            for q in self._quote_family(self.session.focus.quote):
                add_span(q, "quote", th.colour("quote", 0.35))
        if self.session.actor:
            actor = idx.comparison.actor(self.session.actor)
            if actor is not None:
                for m in actor.mentions:
                    msid = m.sentence or idx.sentence_at(m.article, m.start)
                    col = self.column(m.article)
                    if col and msid in col.text.where:
                        add(m.article, col.doc_offset(idx, msid, m.start), col.doc_offset(idx, msid, m.end),
                            "mention", th.colour("mention", 0.50), bold=True)
        for k, (ci, a, b) in enumerate(self.find_hits):
            if ci < len(self.columns):
                add(self.columns[ci].article_id, a, b, "find-current" if k == self.find_current else "find",
                    th.colour("find", 0.9 if k == self.find_current else 0.45), underline=k == self.find_current)
        for c in self.columns:
            c.text.setExtraSelections(per_col[c.article_id])
            marks = []
            for s in (([sid] if sid else []) + (idx.counterparts(sid) if sid else [])):
                if s in c.text.where:
                    marks.append(self._fraction(c, s))
            c.overview.selected = [m for m in marks if m]
            c.overview.update()
        for i, lm in enumerate(self.linkmaps):
            lm.highlight = {sid} | set(idx.counterparts(sid)) if sid else set()
            lm.update()

    def _quote_family(self, quote_id: str):
        """The quote and the quotes in linked sentences with the same speaker: its versions."""
        from reader.engine.model import Span
        idx = self.session.index
        quotes = {q.id: q for q in idx.comparison.quotes}
        q = quotes.get(quote_id)
        if q is None:
            return []
        related = set(idx.counterparts(q.sentence)) | {q.sentence}
        out = []
        for other in idx.comparison.quotes:
            if other.sentence in related and (other.id == q.id or other.speaker == q.speaker):
                sid = other.sentence
                out.append(Span(other.article, sid, other.start, min(other.end, idx.sentence[sid].end), other.text))
        return out

    def _fraction(self, col: SourceColumn, sid: str):
        doc_h = col.text.document().size().height()
        if doc_h <= 0:
            return None
        y0, y1 = col.text.doc_y_range(*col.text.where[sid])
        return y0 / doc_h, y1 / doc_h

    def update_overviews(self) -> None:
        idx = self.session.index
        if idx is None:
            return
        for c in self.columns:
            marks = []
            for a, b, sid in c.text.ranges:
                f = self._fraction(c, sid)
                if f:
                    marks.append((f[0], f[1], idx.coverage(sid)))
            c.overview.set_marks(marks, self.theme)

    # --- find ---------------------------------------------------------------------------
    def find(self, text: str, move: bool = True) -> int:
        """Highlight every occurrence in every column; returns the number of hits."""
        self.find_text = text
        self.find_hits = []
        self.find_current = -1
        if text:
            for ci, c in enumerate(self.columns):
                doc = c.text.document()
                cur = QTextCursor(doc)
                while True:
                    cur = doc.find(text, cur, QTextDocument.FindFlag(0))
                    if cur.isNull():
                        break
                    self.find_hits.append((ci, cur.selectionStart(), cur.selectionEnd()))
        if move and self.find_hits:
            self.find_next()
        else:
            self.paint_highlights()
        return len(self.find_hits)

    def find_next(self, step: int = 1) -> Optional[tuple[int, int, int]]:
        if not self.find_hits:
            return None
        self.find_current = (self.find_current + step) % len(self.find_hits)
        ci, a, b = self.find_hits[self.find_current]
        col = self.columns[ci]
        sid = col.text.sentence_at_position(a)
        self.paint_highlights()
        if sid:
            col.text.scroll_to_sentence(sid)
            self._sync_all(ci)
        self.scroll.ensureWidgetVisible(col, 10, 0)
        return self.find_hits[self.find_current]


def with_lock(view: ColumnsView, fn) -> None:
    view._scrolling = True
    try:
        fn()
    finally:
        view._scrolling = False
