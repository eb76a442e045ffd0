"""The side-by-side reading area: one column per source, link maps between neighbours.

Observes the session: rebuilds documents when the Comparison, layout, zoom or actor filter
change; paints highlights (selection, counterparts, differences, quotes, mentions, find hits)
as extra selections, which costs no relayout; keeps columns scrolled level. Building and
lining up twelve long columns is split into small steps run over several event-loop turns
(``Steps``), so the window keeps answering while it happens.
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reader.ui.columnscroll import ALIGNED, READING, LevelScrolling
from reader.ui.highlights import paint_highlights
from reader.ui.linkmap import LinkMap
from reader.ui.session import ComparisonSession
from reader.ui.sourcestrip import SourceStrip
from reader.ui.steps import Steps
from reader.ui.textcolumn import GAP_CAPTION, GAP_CAPTION_FILTERED, SourceColumn
from reader.ui.theme import Theme

MIN_COLUMN_CHARS = 30         # a column never gets narrower than this many average characters
NO_DATE = "date unknown"      # the header of a source whose date was not found


class ColumnsView(LevelScrolling, QWidget):
    layoutChanged = Signal(str)
    displayed = Signal()          # a rebuild or relayout finished: rows level, maps and marks drawn

    # up to this many shown sentences a rebuild runs at once; above, in event-loop turns
    CHUNKED_ABOVE = 400

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
        self._widths: dict[str, int] = {}
        self.steps = Steps(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.placeholder = QLabel("Open two or more articles (File ▸ Open, drag and drop, or "
                                  "Ctrl+Shift+V to paste one) to compare them.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        outer.addWidget(self.placeholder)
        self.strip = SourceStrip(self)
        self.strip.hide()
        self.strip.columnRequested.connect(self.show_column)
        outer.addWidget(self.strip)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # the columns take the keys, not their frame
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget()
        self.row = QHBoxLayout(self.container)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.scroll.setWidget(self.container)
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda *_: self.update_strip())
        self.scroll.horizontalScrollBar().rangeChanged.connect(lambda *_: self.update_strip())
        outer.addWidget(self.scroll, 1)
        self.scroll.hide()

        self._relayout_timer = QTimer(self, singleShot=True, interval=40)
        self._relayout_timer.timeout.connect(self.relayout)
        self._keep_timer = QTimer(self, singleShot=True, interval=40)
        self._keep_timer.timeout.connect(lambda: self._keep_again and self.keep_selection_in_view())
        self._keep_again = False
        self._early = Steps(self)         # empty columns while the first analysis runs
        # the first text column costs Qt's text classes their start-up (20 ms or so): paid here,
        # with the window, rather than as a pause when the first sources are opened
        self._spare: Optional[SourceColumn] = SourceColumn("", self.container)
        self._spare.hide()
        self._made: dict[str, SourceColumn] = {}     # made for the next layout, not yet placed

        session.comparisonChanged.connect(self.rebuild)
        session.sourcesChanged.connect(self.on_sources_changed)
        session.selectionChanged.connect(self.on_selection_changed)
        session.actorChanged.connect(self.on_actor_changed)

    # --- building -----------------------------------------------------------------
    def text_font(self) -> QFont:
        f = QFont(self.base_font)
        f.setPointSizeF(max(6.0, self.base_font.pointSizeF() + self.zoom))
        return f

    def settled(self) -> bool:
        """True when no rebuild, relayout or re-levelling is pending or under way."""
        return not (self.steps.running or self._relayout_timer.isActive() or self._keep_timer.isActive())

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.rebuild(keep_scroll=True)
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

    def _large(self) -> bool:
        idx = self.session.index
        return idx is not None and len(idx.sentence) > self.CHUNKED_ABOVE

    def rebuild(self, keep_scroll: bool = False) -> None:
        idx = self.session.index
        anchor = self._top_sentence() if keep_scroll else None
        self.theme = Theme.current()
        order = idx.order if idx else []
        self._early.cancel()
        if idx is None:
            if self.columns:
                self._arrange([])
            self.steps.cancel()
            self.scroll.hide()
            self.strip.hide()
            self.placeholder.show()
            return
        font = self.text_font()
        flt = self.sentence_filter()
        self._built_filter = flt
        aligned = self.mode == ALIGNED
        labels = {a: self.session.label(a) for a in order}

        def start() -> list:
            # new columns are made, then laid out, in turns of their own; then filled
            if [c.article_id for c in self.columns] == order and not any(c.isHidden() for c in self.columns):
                return [prepare]
            # (columns made while the analysis ran may still wait, hidden, for their turn to be
            # shown, which this rebuild cancelled: they are placed and shown here)
            # a column a step: making a dozen at once held the window for 20-30 ms
            return [lambda k=k: self._make_missing(order[:k + 1]) for k in range(len(order))] \
                + [lambda: self._place(order), prepare]

        def prepare() -> list:
            self.placeholder.hide()
            self.scroll.show()
            self._prepare_columns(font)
            for lm in self.linkmaps:
                lm.set_ready(False)              # nothing to draw until the rows are laid out
            steps: list[Callable] = []
            for c in self.columns:
                art = self.session.comparison.article(c.article_id)
                # a source whose date was not found says so, as the Sources panel does: a bare
                # outlet name beside the others' dates read as a date that failed to show
                c.set_header(labels[c.article_id], art.title, art.date or NO_DATE)
                steps.append(lambda c=c: c.build_steps(idx, aligned, self.theme, font, labels.get, flt))
            return steps + self._layout_steps() + [scroll_back, self.displayed.emit]

        def scroll_back():
            if anchor:
                self.scroll_to(anchor)
            elif not keep_scroll:
                for c in self.columns:
                    c.text.verticalScrollBar().setValue(0)
            self.find(self.find_text, move=False)
            self.on_selection_changed()
        self.steps.start([start], at_once=not self._large())

    def _prepare_columns(self, font: QFont) -> None:
        """Widths, scroll bars and link maps for the current mode, before any text is built."""
        minimum = int(QFontMetricsF(font).averageCharWidth() * MIN_COLUMN_CHARS) + 28 + 12 + 16
        last = len(self.columns) - 1
        for i, c in enumerate(self.columns):
            c.setMinimumWidth(minimum)
            # aligned columns scroll together: one scroll bar, on the last column, is enough
            c.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if self.mode == READING
                                              or i == last else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            c.text.ring_colour = self.theme.colour("selected")
            c.text.gap_colour = self.theme.muted_text()
            c.text.gap_caption = GAP_CAPTION if self._built_filter is None else GAP_CAPTION_FILTERED
        self.container.setMinimumWidth(minimum * len(self.columns) + sum(lm.width() for lm in self.linkmaps))
        self._configure_linkmaps()

    def _layout_steps(self) -> list[Callable]:
        """Fit the measure, lay every column out, line the rows up, then draw maps and marks."""
        cols = list(self.columns)
        steps: list[Callable] = [lambda: self._fit(cols)]
        if self.mode == ALIGNED:
            steps += [lambda c=c: (c.lay_out(), c.measure_rows()) and None for c in cols]
            steps.append(lambda: self._line_up_steps(cols))
        else:
            steps += [lambda c=c: c.lay_out() for c in cols]
        steps += [lambda c=c: self._update_overview(c) for c in cols]
        steps.append(self._after_layout)
        return steps

    def _fit(self, cols: list[SourceColumn]) -> None:
        self._widths = {c.article_id: c.text.viewport().width() for c in cols}
        for c in cols:
            c.text.fit_measure()

    def _line_up_steps(self, cols: list[SourceColumn]) -> list[Callable]:
        """Row tops per column, one step per column applies them. Cells that are counterparts
        of one another (DisplayIndex.level_articles) start level, below whatever each of their
        columns already shows; every other cell follows straight on from the cell above it in
        its column. Giving those their own band of height across all columns left most of the
        screen blank wherever sources tell things in another order."""
        n = min((len(c.naturals) for c in cols), default=0)
        rows, idx = self._shown_rows(), self.session.index
        gap = self.text_font().pointSizeF() * 0.9
        start = cols[0].text.document().documentMargin() if cols else 0.0
        # plain lists first: attributes of Qt objects cost a microsecond a look-up, rows x columns
        ids = [c.article_id for c in cols]
        blocks = [c.text.row_blocks for c in cols]
        naturals = [c.naturals for c in cols]
        levels = idx.row_levels if rows is idx.rows else [idx.level_articles(row) for row in rows]
        bottom = [start] * len(cols)                 # where each column's next cell may start
        tops = [[start] * n for _ in cols]
        for r in range(min(n, len(rows))):
            level = levels[r]
            here = [k for k, b in enumerate(blocks) if b[r] >= 0]
            level_top = max((bottom[k] for k in here if ids[k] in level), default=0.0)
            for k in here:
                top = level_top if ids[k] in level else bottom[k]
                tops[k][r] = top
                bottom[k] = top + naturals[k][r] + gap
        total = max(bottom, default=start)
        return [lambda c=c, t=t: c.row_steps(t, total) for c, t in zip(cols, tops)]

    def _shown_rows(self) -> list:
        """The rows the columns were built from (all, or the actor filter's)."""
        idx = self.session.index
        if idx is None:
            return []
        return idx.rows if self._built_filter is None else idx.filtered_rows(self._built_filter)

    def _after_layout(self) -> None:
        for lm in self.linkmaps:
            lm.set_ready(True)
        self._place_linkmaps()
        self._sync_all(0)
        self.update_strip()

    def _arrange(self, order: list[str]) -> None:
        """Columns in this order (kept ones reused, new ones made), link maps between them."""
        self._make_missing(order)
        self._place(order)

    def _make_missing(self, order: list[str]) -> None:
        """Make, hidden, the columns and link maps this order lacks (see _place)."""
        have = {c.article_id for c in self.columns} | set(self._made)
        for aid in order:
            if aid not in have:
                col = self._make_column(aid)
                col.hide()
                self._made[aid] = col
        while len(self.linkmaps) < len(order) - 1:
            self.linkmaps.append(LinkMap(self.container))
            self.linkmaps[-1].hide()

    def _place(self, order: list[str]) -> None:
        """Lay the columns out in this order; columns of other sources go."""
        self._make_missing(order)
        pool = {c.article_id: c for c in self.columns}
        pool.update(self._made)
        self._made = {}
        for aid, c in pool.items():
            if aid not in order:
                c.setParent(None)
                c.deleteLater()
        while self.row.count():
            self.row.takeAt(0)
        self.columns = [pool[aid] for aid in order]
        while len(self.linkmaps) > max(0, len(order) - 1):
            lm = self.linkmaps.pop()
            lm.setParent(None)
            lm.deleteLater()
        for i, col in enumerate(self.columns):
            if i:
                self.row.addWidget(self.linkmaps[i - 1])
            self.row.addWidget(col, 1)
            bar = col.text.verticalScrollBar()
            if getattr(col, "scroll_slot", None) is not None:
                bar.valueChanged.disconnect(col.scroll_slot)
            col.scroll_slot = functools.partial(self.on_column_scrolled, i)
            bar.valueChanged.connect(col.scroll_slot)
            col.show()
        for lm in self.linkmaps:
            lm.detach()           # its columns may be gone: nothing to draw until configured
            lm.show()
        # Tab goes through the columns left to right: the focus chain followed the order the
        # columns were made in (a reused or pooled column came last, after the side panels)
        for left, right in zip(self.columns, self.columns[1:]):
            QWidget.setTabOrder(left.text, right.text)

    def _make_column(self, aid: str) -> SourceColumn:
        col, self._spare = self._spare, None
        if col is None:
            col = SourceColumn(aid, self.container)
        else:
            col.set_article(aid)
        col.text.sentenceClicked.connect(self.on_sentence_clicked)
        col.text.viewport().installEventFilter(self)
        return col

    def on_sources_changed(self) -> None:
        """Before the first analysis lands: a column per source, headed by its name, so the
        reader sees what is coming (and the columns are ready when it comes). Made hidden,
        three to an event-loop turn, then laid out and shown together (_make_missing and
        _place, as a rebuild does)."""
        if self.session.index is not None:
            return
        keys = [s.key for s in self.session.sources]
        if len(keys) < 2:
            return
        self.placeholder.hide()
        self.scroll.show()

        def make(upto: int) -> None:
            if self.session.index is None:
                new = [k for k in keys[:upto] if k not in self._made and self.column(k) is None]
                self._make_missing(keys[:upto])
                for key in new:
                    self._made[key].set_header(self.session.label(key), "analysing…", "")

        def show_all() -> None:
            if self.session.index is None:
                self._place(keys)
        self._early.start([lambda k=k: make(k) for k in range(3, len(keys) + 3, 3)] + [show_all])

    def _configure_linkmaps(self) -> None:
        idx = self.session.index
        for i, lm in enumerate(self.linkmaps):
            left, right = self.columns[i], self.columns[i + 1]
            pairs = idx.pair_links.get((left.article_id, right.article_id), []) if idx else []
            lm.configure(pairs, left.text, right.text, self.theme)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self._relayout_timer.start()          # words re-wrap: rows must line up again
        return False

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.update_strip()
        if event.size().height() < event.oldSize().height():     # e.g. the detail panel opened
            # at once, then once more when a drag's steps stop coming, not at every step
            if not self._keep_timer.isActive():
                self.keep_selection_in_view()
                self._keep_again = False
            else:
                self._keep_again = True
            self._keep_timer.start()

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if self.columns and Theme.current().dark != self.theme.dark:
                QTimer.singleShot(0, lambda: self.rebuild(keep_scroll=True))
        super().changeEvent(event)

    # --- layout: aligned rows, link maps, the source strip --------------------------------
    def relayout(self) -> None:
        """After a width change: fit the measure again and line the rows up again."""
        if not self.columns or self.session.index is None:
            return
        if self.steps.running:
            self._relayout_timer.start()      # a rebuild is under way: look again after it
            return
        if all(self._widths.get(c.article_id) == c.text.viewport().width() for c in self.columns) \
                and not self.steps.running:
            return
        self.steps.start(self._layout_steps() + [self.displayed.emit], at_once=not self._large())

    def _place_linkmaps(self) -> None:
        if not self.columns:
            return
        vp = self.columns[0].text.viewport()
        for lm in self.linkmaps:
            lm.y_offset = vp.mapTo(self.container, QPoint(0, 0)).y() - lm.y()
            lm.update()

    def update_strip(self) -> None:
        """Show the source strip while the columns are wider than the window."""
        cw = self.container.width()
        if not self.columns or self.session.index is None or cw <= self.scroll.viewport().width() + 1:
            self.strip.hide()
            return
        spans = [(c.x() / cw, (c.x() + c.width()) / cw) for c in self.columns]
        x = self.scroll.horizontalScrollBar().value()
        view = (x / cw, (x + self.scroll.viewport().width()) / cw)
        self.strip.set_columns([self.session.label(c.article_id) for c in self.columns], spans, view)
        self.strip.show()

    def show_column(self, i: int) -> None:
        if 0 <= i < len(self.columns):
            self.scroll.ensureWidgetVisible(self.columns[i], 10, 0)

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
        if col is None or sid not in col.text.where or col.text.building:
            return
        if any(c.text.hasFocus() for c in self.columns) and not col.text.hasFocus():
            col.text.setFocus(Qt.FocusReason.OtherFocusReason)     # the focus ring follows F7
        self._level_selection(col, sid)
        self._show_columns(col)

    def highlighted(self) -> dict[str, list[tuple[str, int, int]]]:
        """What each column highlights now: article id -> [(role, doc start, doc end)]."""
        out = {}
        for c in self.columns:
            out[c.article_id] = [(sel.format.property(QTextCharFormat.Property.UserProperty) or "",
                                  sel.cursor.selectionStart(), sel.cursor.selectionEnd())
                                 for sel in c.text.extraSelections()]
        return out

    def paint_highlights(self) -> None:
        """Selection, counterparts, the focused difference, quote, actor mentions and find hits
        as extra selections in every column (see highlights.py); the rings, overview marks and
        link-map bands that go with them."""
        paint_highlights(self)

    def fraction(self, col: SourceColumn, sid: str):
        if col.text.building:
            return None
        doc_h = col.text.document().size().height()
        y = col.text.sentence_ys().get(sid)
        if doc_h <= 0 or y is None:
            return None
        return y[0] / doc_h, y[1] / doc_h

    def _update_overview(self, col: SourceColumn) -> None:
        idx = self.session.index
        if idx is None:
            return
        marks = []
        for _a, _b, sid in col.text.ranges:
            f = self.fraction(col, sid)
            if f:
                marks.append((f[0], f[1], idx.coverage(sid)))
        col.overview.set_marks(marks, self.theme)

    def update_overviews(self) -> None:
        for c in self.columns:
            self._update_overview(c)

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
