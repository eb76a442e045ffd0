"""What the columns highlight, as extra selections (no relayout): the selected sentence and its
counterparts, the focused difference, a quote and its versions, an actor's mentions, find hits."""
from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit


def paint_highlights(view) -> None:
    idx = view.session.index
    if idx is None:
        return
    th = view.theme
    sid = view.session.selected
    per_col: dict[str, list] = {c.article_id: [] for c in view.columns}
    cols = {c.article_id: c for c in view.columns}

    def add(aid: str, a: int, b: int, role: str, colour, bold=False, underline=False, dotted=False):
        col = cols.get(aid)
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
        elif dotted:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setProperty(QTextCharFormat.Property.UserProperty, role)
        sel.format = fmt
        per_col[aid].append(sel)

    def add_sentence(s: str, role: str, colour, dotted=False):
        col = cols.get(idx.sentence[s].article)
        if col and s in col.text.where:
            add(col.article_id, *col.text.where[s], role, colour, dotted=dotted)

    def add_span(span, role, colour, bold=False):
        col = cols.get(span.article)
        if col is None:
            return
        add(span.article, col.doc_offset(idx, span.sentence, span.start),
            col.doc_offset(idx, span.sentence, span.end), role, colour, bold)

    counterparts = idx.counterparts(sid) if sid else []
    if sid:
        add_sentence(sid, "selected", th.colour("selected", 0.30 if not th.dark else 0.40))
        for c in counterparts:
            if idx.link_kind(sid, c) == "weak":     # lighter, dotted: not counted as coverage
                add_sentence(c, "weak counterpart", th.colour("counterpart", 0.09 if not th.dark else 0.14),
                             dotted=True)
            else:
                add_sentence(c, "counterpart", th.colour("counterpart", 0.22 if not th.dark else 0.30))
    strip: dict[str, object] = {}                # article -> colour of its chip's bar
    for c in counterparts:
        strip[idx.sentence[c].article] = th.colour("counterpart")
    if sid:
        strip[idx.sentence[sid].article] = th.colour("selected")
    focus = view.session.focus
    if focus.difference is not None and 0 <= focus.difference < len(idx.stops):
        d = idx.stops[focus.difference]
        colour = th.colour(d.kind, 0.45)
        add_span(d.a, "difference", colour)
        add_span(d.b, "difference", colour)
        if sid in (d.a.sentence, d.b.sentence):     # F7: the strip shows where its two sides are
            strip = {side.article: th.colour("selected" if side.sentence == sid else d.kind)
                     for side in (d.a, d.b)}
    if focus.quote:
        for q in quote_family(idx, focus.quote):
            add_span(q, "quote", th.colour("quote", 0.35))
    if view.session.actor:
        actor = idx.comparison.actor(view.session.actor)
        if actor is not None:
            for m in actor.mentions:
                msid = m.sentence or idx.sentence_at(m.article, m.start)
                col = cols.get(m.article)
                if col and msid in col.text.where:
                    add(m.article, col.doc_offset(idx, msid, m.start), col.doc_offset(idx, msid, m.end),
                        "mention", th.colour("mention", 0.50), bold=True)
    for k, (ci, a, b) in enumerate(view.find_hits):
        if ci < len(view.columns):
            add(view.columns[ci].article_id, a, b, "find-current" if k == view.find_current else "find",
                th.colour("find", 0.9 if k == view.find_current else 0.45), underline=k == view.find_current)
    marked = ([sid] if sid else []) + counterparts
    for c in view.columns:
        c.text.setExtraSelections(per_col[c.article_id])
        c.text.ring = sid if sid in c.text.where else None
        c.overview.selected = [f for f in (view.fraction(c, s) for s in marked if s in c.text.where) if f]
        c.overview.update()
    view.strip.set_marks({i: strip[c.article_id] for i, c in enumerate(view.columns)
                          if c.article_id in strip})
    hot = {sid, *counterparts} if sid else set()
    for lm in view.linkmaps:
        lm.highlight = hot
        lm.update()

def quote_family(idx, quote_id: str):
    """The quote and the quotes in linked sentences with the same speaker: its versions."""
    from reader.engine.model import Span
    quotes = {q.id: q for q in idx.comparison.quotes}
    q = quotes.get(quote_id)
    if q is None:
        return []
    related = set(idx.counterparts(q.sentence)) | {q.sentence}
    out = []
    for other in idx.comparison.quotes:
        if other.sentence in related and (other.id == q.id or other.speaker == q.speaker):
            sid = other.sentence
            end = min(other.end, idx.sentence[sid].end)
            out.append(Span(other.article, sid, other.start, end, other.text))
    return out
