"""Keeping the columns level: in aligned rows they scroll as one; in reading order each
column follows the counterparts of the sentence at the top of the one scrolled, and a
selection (or F7's difference) brings its counterparts level with it."""
from __future__ import annotations

import functools
from typing import Optional

from PySide6.QtCore import QPoint

from reader.ui.textcolumn import SourceColumn

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


def with_lock(view: "LevelScrolling", fn) -> None:
    view._scrolling = True
    try:
        fn()
    finally:
        view._scrolling = False


class LevelScrolling:
    """The scrolling half of ColumnsView (a mixin: it uses the view's columns, scroll area,
    session and mode)."""

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
        if idx is None or src.building:
            return
        if src.verticalScrollBar().value() == 0:
            for c in self.columns:            # at the top, every article starts at its headline
                c.text.verticalScrollBar().setValue(0)
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
        where = self.column(article_id).text.where
        for sid in seq[k:k + 40]:
            for c in idx.counterparts(sid):
                if idx.sentence[c].article == article_id and c in where:
                    return c, sid
        return None

    def _top_sentence(self, i: int = 0) -> Optional[str]:
        if not self.columns or i >= len(self.columns):
            return None
        t = self.columns[i].text
        if t.building or not t.ranges:
            return None
        c = t.cursorForPosition(QPoint(20, 8))
        return t.sentence_at_position(c.position()) or t.ranges[0][2]

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

    def _level_selection(self, col: SourceColumn, sid: str) -> None:
        """Scroll the selected sentence into view and its counterparts level with it; after F7
        the other side of the difference comes level first (in aligned rows: in view)."""
        idx = self.session.index
        col.text.scroll_to_sentence(sid)
        if self.mode == ALIGNED:
            self._frame_difference(col, sid)
            self._sync_all(self.columns.index(col))
            self._bring_other_side_level(col, sid)
            return
        sel_y = col.text.sentence_y_range(sid)
        best: dict[str, tuple[float, str]] = {}       # per column: the strongest link
        for other in idx.counterparts(sid):
            link = idx.link(sid, other)
            art = idx.sentence[other].article
            score = link.score if link else 0.0
            if art not in best or score > best[art][0]:
                best[art] = (score, other)
        d = self._focused_difference()
        if d is not None and sid in (d.a.sentence, d.b.sentence):
            other = d.b if d.a.sentence == sid else d.a
            best[other.article] = (float("inf"), other.sentence)
        for _, other in best.values():
            oc = self.column(idx.sentence[other].article)
            if oc is None or other not in oc.text.where:
                continue
            oy = oc.text.sentence_y_range(other)
            sb = oc.text.verticalScrollBar()
            if oy is not None and sel_y is not None:
                with_lock(self, lambda: sb.setValue(int(sb.value() + oy[0] - sel_y[0])))

    def _other_side(self, col: SourceColumn, sid: str):
        """(column, sentence) of the other side of the focused difference when sid is one side
        and the other is shown in another column; else None."""
        d = self._focused_difference()
        if d is None or sid not in (d.a.sentence, d.b.sentence):
            return None
        other = d.b if d.a.sentence == sid else d.a
        oc = self.column(other.article)
        if oc is None or oc is col or other.sentence not in oc.text.where:
            return None
        return oc, other.sentence

    def _frame_difference(self, col: SourceColumn, sid: str) -> None:
        """Aligned rows scroll as one, and a difference's two sides may sit rows apart: scroll
        so that both show when they fit on the screen together."""
        side = self._other_side(col, sid)
        if side is None:
            return
        ys = col.text.sentence_y_range(sid), side[0].text.sentence_y_range(side[1])
        if None in ys:
            return
        top, bottom = min(y[0] for y in ys), max(y[1] for y in ys)
        h = col.text.viewport().height()
        if bottom - top <= h and (top < 0 or bottom > h):
            sb = col.text.verticalScrollBar()
            sb.setValue(int(sb.value() + top - (h - (bottom - top)) / 2))

    def _bring_other_side_level(self, col: SourceColumn, sid: str) -> None:
        """When a difference's two sides are too far apart to frame together, scroll the other
        side's column on its own until that side is level with the selected one (its link band
        then runs level too); the next scroll of any column lines the rows up again."""
        side = self._other_side(col, sid)
        if side is None:
            return
        oc, other = side
        sel, oy = col.text.sentence_y_range(sid), oc.text.sentence_y_range(other)
        if sel is None or oy is None or (oy[0] >= 0 and oy[1] <= oc.text.viewport().height()):
            return
        sb = oc.text.verticalScrollBar()
        with_lock(self, lambda: sb.setValue(int(sb.value() + oy[0] - sel[0])))

    def _focused_difference(self):
        idx, i = self.session.index, self.session.focus.difference
        return idx.stops[i] if idx is not None and i is not None and 0 <= i < len(idx.stops) else None

    def _show_columns(self, col: SourceColumn) -> None:
        """Bring the selection's column into view sideways, and the other side of a focused
        difference too when both fit."""
        d = self._focused_difference()
        other = None
        if d is not None and self.session.selected in (d.a.sentence, d.b.sentence):
            other = self.column((d.b if d.a.sentence == self.session.selected else d.a).article)
        for c in (other, col):
            if c is not None and not self._fully_in_view(c):
                self.scroll.ensureWidgetVisible(c, 10, 0)

    def _fully_in_view(self, col: SourceColumn) -> bool:
        left = col.mapTo(self.scroll.viewport(), QPoint(0, 0)).x()
        return left >= 0 and left + col.width() <= self.scroll.viewport().width()

    def keep_selection_in_view(self) -> None:
        """Scroll the selected sentence back into view (after the columns got shorter)."""
        sid, idx = self.session.selected, self.session.index
        known = sid and idx is not None and sid in idx.sentence
        col = self.column(idx.sentence[sid].article) if known else None
        if col is not None and sid in col.text.where and not col.text.building:
            self._level_selection(col, sid)
