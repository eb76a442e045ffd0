"""The detail panel: the selected sentence against its counterpart in each other source, word by
word, with the typed differences and the engine's notes; the focused difference is marked and
scrolled into view. Everything comes from the display index's look-ups, so a click costs the
same with three sources or twelve."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from reader.document.describe import quoted
from reader.ui.session import ComparisonSession
from reader.ui.theme import Theme
from reader.words import counted

FOCUS_ANCHOR = "focused-difference"
MORE_PER_SOURCE = 3          # further linked sentences of one source listed under its best one


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
        muted = theme.css_text("muted")
        sid = s.selected
        sent = idx.sentence[sid]
        label = s.label
        parts = [f"<p><b>{escape(label(sent.article))}</b> "
                 f"<span style='color:{muted}'>sentence {sent.index + 1}</span><br>"
                 f"{escape(sent.text)}</p>"]
        others = idx.counterparts(sid)
        if not others:
            parts.append(f"<p><i>Only in {escape(label(sent.article))}:</i> no other source carries "
                         f"this sentence.</p>")
        focus = idx.stops[s.focus.difference] if s.focus.difference is not None \
            and 0 <= s.focus.difference < len(idx.stops) else None
        # one section per source: its strongest counterpart (or the focused difference's) in
        # full, its other linked sentences in a line each
        by_source: dict[str, list[str]] = {}
        for other in others:
            by_source.setdefault(idx.sentence[other].article, []).append(other)
        for article, sids in by_source.items():
            sids.sort(key=lambda o: (not (focus is not None and o in (focus.a.sentence, focus.b.sentence)),
                                     -getattr(idx.link(sid, o), "score", 0.0)))
            parts.append(self._section(sid, sids[0], focus, theme))
            for o in sids[1:1 + MORE_PER_SOURCE]:
                kind = idx.link_kind(sid, o)
                parts.append(f"<p style='margin-top:0; color:{muted}'>also {escape(label(article))} "
                             f"({escape(kind + ' link' if kind == 'weak' else kind)}): "
                             f"{escape(idx.sentence[o].text)}</p>")
            if len(sids) > 1 + MORE_PER_SOURCE:
                more = counted(len(sids) - 1 - MORE_PER_SOURCE, "more linked sentence")
                parts.append(f"<p style='margin-top:0; color:{muted}'>and {more} in "
                             f"{escape(label(article))}</p>")
        parts.append(f"<p style='color:{muted}; font-size:small'>"
                     f"Struck through: only in {escape(label(sent.article))}; underlined: only in the "
                     f"other source.</p>")
        self.setHtml("".join(parts))
        if focus is not None:
            self.scrollToAnchor(FOCUS_ANCHOR)

    def _section(self, sid: str, other: str, focus, theme: Theme) -> str:
        idx, label = self.session.index, self.session.label
        o = idx.sentence[other]
        link = idx.link(sid, other)
        kind = idx.link_kind(sid, other)
        if link and kind == "weak":
            kind = f"weak link, {link.score:.0%}: not counted as coverage"
        elif link:
            kind = f"{link.kind}, {link.score:.0%}"
        parts = [f"<h4 style='margin-bottom:2px'>vs {escape(label(o.article))} "
                 f"<span style='font-weight:normal; color:{theme.css_text('muted')}'>"
                 f"({escape(kind)})</span></h4>"]
        ops, flip = ops_for(idx.comparison, sid, other)
        text = diff_html(ops, theme, flip) if ops else escape(o.text)
        parts.append(f"<p style='margin-top:2px'>{text}</p>")
        diffs = idx.differences_between(sid, other)
        if diffs:
            items = []
            for d in diffs:
                mine, theirs = (d.a, d.b) if d.a.sentence == sid else (d.b, d.a)
                here = d is focus
                anchor = f"<a name='{FOCUS_ANCHOR}'></a>" if here else ""
                weight = "font-weight:600;" if here else ""
                items.append(
                    f"<li style='{weight}'>{anchor}"
                    f"<span style='color:{theme.css_text(d.kind)}; font-weight:600'>"
                    f"{escape(d.kind)}</span>: {escape(quoted(mine.text))} vs {escape(quoted(theirs.text))}"
                    f" — {escape(d.note)}{' ◀' if here else ''}</li>")
            parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
        return "".join(parts)
