"""Actors tab: who appears, the forms each source uses, and a matrix of mentions per source."""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from reader.ui.icons import kind_icon
from reader.ui.session import ComparisonSession
from reader.ui.sidebar.lazy import LazyRefresh
from reader.ui.steps import Steps
from reader.words import counted

ACTORS_PER_STEP = 20
COUNT_PADDING = 18           # pixels around a count column's heading (sort arrow, margins)

ACTOR_ROLE = Qt.ItemDataRole.UserRole


SHORT_HEADING = 7            # characters of a source's name over its count column
NAME_MIN_WIDTH = 110         # pixels the actor's name keeps when the counts need the room


def _short(label: str) -> str:
    return label if len(label) <= SHORT_HEADING else label[:SHORT_HEADING - 1].rstrip() + "…"


class ActorsTab(LazyRefresh, QWidget):
    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.steps = Steps(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.hint = QLabel("Click an actor to highlight every mention and show only the "
                           "sentences that name it.", self)
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("actorsTree")
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName("Actors")
        lay.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)          # Alt+N lands in the list
        self.clear_button = QPushButton("Show all sentences", self)
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(lambda: session.set_actor(None))
        lay.addWidget(self.clear_button)
        self.tree.itemClicked.connect(self.on_item_clicked)
        self.tree.itemActivated.connect(self.on_item_clicked)
        session.comparisonChanged.connect(self.request_refresh)
        session.sourcesChanged.connect(self.request_refresh)
        session.actorChanged.connect(self.on_actor_changed)

    def refresh(self) -> None:
        self.tree.clear()
        idx = self.session.index
        if idx is None:
            self.steps.cancel()
            return
        labels = [self.session.label(a) for a in idx.order]
        n = len(labels)
        # matrix first (one narrow column per source), the forms last where there is room
        self.tree.setColumnCount(2 + n)
        self.tree.setHeaderLabels(["Actor"] + [_short(label) for label in labels] + ["Forms"])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # count columns as wide as their heading (or three digits), measured once: sized to
        # their contents, every batch of items added would have the header visit them all
        fm = header.fontMetrics()
        for k in range(1, 1 + n):
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.Interactive)
            heading = _short(labels[k - 1])
            self.tree.setColumnWidth(k, max(fm.horizontalAdvance(heading), fm.horizontalAdvance("000"))
                                     + COUNT_PADDING)
            self.tree.headerItem().setToolTip(k, f"Mentions in {labels[k - 1]}")
        header.setStretchLastSection(True)
        actors = sorted(idx.comparison.actors, key=lambda a: (-len(a.mentions), a.name))
        # a hundred actors in twelve sources are a thousand items: added a few dozen at a time
        steps = [lambda part=actors[k:k + ACTORS_PER_STEP]: self.tree.addTopLevelItems(
                     [self._item(a, idx, labels) for a in part])
                 for k in range(0, len(actors), ACTORS_PER_STEP)]
        steps.append(self._finish)
        self.steps.start(steps, at_once=len(actors) <= ACTORS_PER_STEP)

    def _finish(self) -> None:
        # the widest name, measured here: resizeColumnToContents would visit a thousand items
        idx = self.session.index
        fm = QFontMetrics(self.tree.font())
        widest = max((fm.horizontalAdvance(a.name) for a in idx.comparison.actors), default=60) if idx else 60
        # room for the icon and the branch; narrower (names elide) when that lets every count
        # column show, full when the counts scroll sideways anyway (many sources)
        counts = sum(self.tree.columnWidth(k) for k in range(1, self.tree.columnCount() - 1))
        room = self.tree.viewport().width() - counts
        name = min(widest + 48, 190)
        self.tree.setColumnWidth(0, max(NAME_MIN_WIDTH, min(name, room)) if room >= NAME_MIN_WIDTH else name)
        self.on_actor_changed()

    def _item(self, actor, idx, labels: list[str]) -> QTreeWidgetItem:
        n = len(labels)
        per_source = defaultdict(list)
        for m in actor.mentions:
            per_source[m.article].append(m.text)
        forms = sorted({m.text for m in actor.mentions} | {actor.name}, key=str.lower)
        item = QTreeWidgetItem([actor.name] + [str(len(per_source.get(a, []))) for a in idx.order]
                               + [", ".join(forms)])
        item.setIcon(0, kind_icon(actor.kind))
        item.setData(0, ACTOR_ROLE, actor.id)
        item.setToolTip(0, f"{actor.name} ({actor.kind})" + (f"\n{actor.role}" if actor.role else ""))
        for k, a in enumerate(idx.order):
            count = len(per_source.get(a, []))
            item.setTextAlignment(1 + k, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(1 + k, f"{counted(count, 'mention')} in {labels[k]}")
            if count == 0:
                item.setText(1 + k, "–")
                item.setForeground(1 + k, self.palette().placeholderText())
        for k, a in enumerate(idx.order):
            if per_source.get(a):
                child = QTreeWidgetItem([labels[k]] + [""] * n
                                        + [", ".join(sorted(set(per_source[a]), key=str.lower))])
                child.setData(0, ACTOR_ROLE, actor.id)
                item.addChild(child)
        return item

    def item_for(self, actor_id: str):
        for i in range(self.tree.topLevelItemCount()):
            it = self.tree.topLevelItem(i)
            if it.data(0, ACTOR_ROLE) == actor_id:
                return it
        return None

    def on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        actor_id = item.data(0, ACTOR_ROLE)
        self.session.set_actor(None if actor_id == self.session.actor else actor_id)

    def on_actor_changed(self) -> None:
        actor = self.session.actor
        self.clear_button.setEnabled(bool(actor))
        it = self.item_for(actor) if actor else None
        self.tree.blockSignals(True)
        if it is not None:
            self.tree.setCurrentItem(it)
        else:
            self.tree.clearSelection()
        self.tree.blockSignals(False)
