"""The detail panel: the selected sentence against each counterpart, word by word, plus the
typed differences with the engine's notes."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from reader.ui.session import ComparisonSession
from reader.ui.theme import Theme


def diff_html(ops, theme: Theme, flip: bool = False) -> str:
    """Word-level diff as HTML: removed words struck through, added words underlined."""
    out = []
    for op in ops:
        kind = -op.op if flip else op.op
        t = escape(op.text)
        if kind == 0:
            out.append(t)
        elif kind < 0:
            out.append(f"<span style='background:{theme.css_colour('claim', 0.18)};"
                       f" text-decoration:line-through'>{t}</span>")
        else:
            out.append(f"<span style='background:{theme.css_colour('date', 0.20)};"
                       f" text-decoration:underline'>{t}</span>")
    return "".join(out)


def ops_for(comparison, a: str, b: str):
    """Diff ops from a's point of view (removed = only in a) and whether they were flipped."""
    ops = comparison.word_diffs.get((a, b))
    if ops is not None:
        return ops, False
    ops = comparison.word_diffs.get((b, a))
    if ops is not None:
        return ops, True
    return None, False


class DetailPanel(QTextBrowser):
    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("detailPanel")
        self.setOpenLinks(False)
        self.setAccessibleName("Detail panel")
        self.setPlaceholderText("Select a sentence to see how each source words it.")
        session.selectionChanged.connect(self.refresh)
        session.comparisonChanged.connect(self.refresh)

    def refresh(self) -> None:
        s, idx = self.session, self.session.index
        if idx is None or not s.selected:
            self.clear()
            return
        theme = Theme.current()
        sid = s.selected
        sent = idx.sentence[sid]
        label = s.label
        parts = [f"<p><b>{escape(label(sent.article))}</b> "
                 f"<span style='color:{theme.css_colour('wording')}'>sentence {sent.index + 1}</span><br>"
                 f"{escape(sent.text)}</p>"]
        others = idx.counterparts(sid)
        if not others:
            parts.append(f"<p><i>Only in {escape(label(sent.article))}:</i> no other source carries "
                         f"this sentence.</p>")
        focus = idx.stops[s.focus.difference] if s.focus.difference is not None \
            and s.focus.difference < len(idx.stops) else None
        for other in others:
            o = idx.sentence[other]
            link = idx.link(sid, other)
            kind = f"{link.kind}, {link.score:.0%}" if link else ""
            parts.append(f"<h4 style='margin-bottom:2px'>vs {escape(label(o.article))} "
                         f"<span style='font-weight:normal; color:{theme.css_colour('wording')}'>"
                         f"({escape(kind)})</span></h4>")
            ops, flip = ops_for(idx.comparison, sid, other)
            if ops:
                parts.append(f"<p style='margin-top:2px'>{diff_html(ops, theme, flip)}</p>")
            else:
                parts.append(f"<p style='margin-top:2px'>{escape(o.text)}</p>")
            diffs = [d for d in idx.comparison.differences
                     if {d.a.sentence, d.b.sentence} == {sid, other}]
            if diffs:
                items = []
                for d in diffs:
                    mine, theirs = (d.a, d.b) if d.a.sentence == sid else (d.b, d.a)
                    mark = " ◀" if d is focus else ""
                    items.append(
                        f"<li><span style='color:{theme.css_colour(d.kind)}; font-weight:600'>"
                        f"{escape(d.kind)}</span>: “{escape(mine.text)}” vs “{escape(theirs.text)}”"
                        f" — {escape(d.note)}{mark}</li>")
                parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
        parts.append(f"<p style='color:{theme.css_colour('wording')}; font-size:small'>"
                     f"Struck through: only in {escape(label(sent.article))}; underlined: only in the "
                     f"other source.</p>")
        self.setHtml("".join(parts))

