"""Quotes tab: grouped by speaker; each quote lists the sources that carry it and how their
wordings differ; clicking jumps to it in each column."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHeaderView, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from reader.ui.detailpanel import diff_html, ops_for
from reader.ui.session import ComparisonSession
from reader.ui.sidebar.lazy import LazyRefresh
from reader.ui.theme import Theme
from reader.words import counted

QUOTE_ROLE = Qt.ItemDataRole.UserRole


def quote_families(index) -> list[list]:
    """Quotes gathered across sources: a quote plus the quotes in its linked sentences that
    have the same speaker (the same actor, or none for both), at most one per source. An
    unattributed quote never joins an attributed one: a reader's "Nobody" must not put it,
    or the quotes it would gather, under someone else's name."""
    families, seen = [], set()
    quotes = sorted(index.comparison.quotes,
                    key=lambda q: index.position(q.sentence) if q.sentence in index.row_of else (10 ** 6, 0))
    by_sentence = {}
    for q in quotes:
        by_sentence.setdefault(q.sentence, []).append(q)
    for q in quotes:
        if q.id in seen:
            continue
        fam = [q]
        seen.add(q.id)
        for other_sid in index.counterparts(q.sentence):
            for o in by_sentence.get(other_sid, ()):
                if o.id not in seen and o.speaker == q.speaker and o.article not in {f.article for f in fam}:
                    fam.append(o)
                    seen.add(o.id)
        fam.sort(key=lambda x: index.column_of.get(x.article, 0))
        families.append(fam)
    return families


class QuotesTab(LazyRefresh, QWidget):
    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(split)
        self.tree.setObjectName("quotesTree")
        self.tree.setHeaderLabels(["Quote", "Sources"])
        self.tree.setAccessibleName("Quotes")
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view = QTextBrowser(split)
        self.view.setObjectName("quoteWordings")
        self.view.setPlaceholderText("Select a quote to compare its wordings.")
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split)
        self.setFocusProxy(self.tree)          # Alt+N lands in the list
        self.families: dict[str, list] = {}
        self.tree.itemClicked.connect(self.on_item_clicked)
        self.tree.itemActivated.connect(self.on_item_clicked)
        session.comparisonChanged.connect(self.request_refresh)

    def refresh(self) -> None:
        self.tree.clear()
        self.view.clear()
        self.families = {}
        idx = self.session.index
        if idx is None:
            return
        speakers: dict = {}
        for fam in quote_families(idx):
            speakers.setdefault(fam[0].speaker, []).append(fam)
        order = sorted(speakers, key=lambda s: (s is None, -len(speakers[s])))
        for sp in order:
            actor = idx.comparison.actor(sp) if sp else None
            name = actor.name if actor else "Unattributed"
            top = QTreeWidgetItem([f"{name}", counted(len(speakers[sp]), "quote")])
            if actor and actor.role:
                top.setToolTip(0, actor.role)
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            for fam in speakers[sp]:
                q = fam[0]
                self.families[q.id] = fam
                text = q.text if len(q.text) < 140 else q.text[:137] + "…"
                item = QTreeWidgetItem([text, ", ".join(self.session.label(x.article) for x in fam)])
                if q.kind != "direct":
                    item.setToolTip(1, "reported speech (indirect quote)")
                item.setData(0, QUOTE_ROLE, q.id)
                item.setToolTip(0, q.text)
                for x in fam:
                    child = QTreeWidgetItem([x.text, self.session.label(x.article)])
                    child.setData(0, QUOTE_ROLE, q.id)
                    child.setData(1, QUOTE_ROLE, x.id)
                    child.setToolTip(0, x.text)
                    item.addChild(child)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 160))

    def on_item_clicked(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        fam_id = item.data(0, QUOTE_ROLE)
        if not fam_id:
            return
        fam = self.families[fam_id]
        qid = item.data(1, QUOTE_ROLE) or fam_id
        q = next(x for x in fam if x.id == qid)
        self.show_wordings(fam)
        self.session.select(q.sentence, quote=q.id)

    def show_wordings(self, fam) -> None:
        idx, theme = self.session.index, Theme.current()
        first = fam[0]
        parts = []
        for x in fam:
            parts.append(f"<p><b>{escape(self.session.label(x.article))}</b> "
                         f"<i>({escape(x.kind)}{', ' + escape(x.cue) if x.cue else ''})</i><br>"
                         f"{escape(x.text)}</p>")
            if x is not first:
                ops, flip = ops_for(idx.comparison, first.sentence, x.sentence)
                if ops is None:
                    parts.append("<p style='margin-left:12px'><i>(no word-level diff for this pair)</i></p>")
                elif ops:
                    against = escape(self.session.label(first.article))
                    parts.append(f"<p style='margin-left:12px'>vs {against}: "
                                 f"{diff_html(ops, theme, flip)}</p>")
        if len(fam) == 1:
            only = escape(self.session.label(first.article))
            parts.append(f"<p><i>Only {only} carries this quote.</i></p>")
        self.view.setHtml("".join(parts))
