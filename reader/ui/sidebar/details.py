"""Details tab: every typed difference, filterable by kind; click one to jump to it.

A table model over the display index's ordered differences, so twelve sources with tens of
thousands of differences cost nothing until rows are scrolled into view.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTreeView, QVBoxLayout, QWidget

from reader.ui.session import ComparisonSession
from reader.ui.sidebar.lazy import LazyRefresh
from reader.ui.theme import INLINE_KINDS, Theme

STOP_ROLE = Qt.ItemDataRole.UserRole
HEADERS = ["Kind", "Note", "Here", "There"]


class DifferencesModel(QAbstractTableModel):
    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.stops = []
        self.theme = Theme.current()

    def reset(self) -> None:
        self.beginResetModel()
        idx = self.session.index
        self.stops = idx.stops if idx is not None else []
        self.theme = Theme.current()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.stops)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        d = self.stops[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            label = self.session.label
            if col == 0:
                return d.kind
            if col == 1:
                return d.note
            if col == 2:
                return f"{label(d.a.article)}: {d.a.text}"
            return f"{label(d.b.article)}: {d.b.text}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return self.theme.text_colour(d.kind)
        if role == STOP_ROLE:
            return index.row()
        return None


class DetailsTab(LazyRefresh, QWidget):
    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName("Filter differences by kind")
        self.kind.currentIndexChanged.connect(self.apply_filter)
        lay.addWidget(self.kind)
        self.model = DifferencesModel(session, self)
        # the proxy is only put between model and view while a kind filter is on: mapping
        # tens of thousands of rows for nothing would cost a visible pause
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setDynamicSortFilter(False)
        self.tree = QTreeView(self)
        self.tree.setObjectName("detailsTree")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAccessibleName("Differences")
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 80)
        self.tree.header().resizeSection(1, 200)
        self.tree.header().resizeSection(2, 160)
        lay.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)          # Alt+N lands in the list
        self.tree.clicked.connect(self.on_clicked)
        self.tree.activated.connect(self.on_clicked)
        session.comparisonChanged.connect(self.request_refresh)
        session.selectionChanged.connect(self.on_selection_changed)

    def refresh(self) -> None:
        idx = self.session.index
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.model.reset()
        if idx is not None:
            counts = Counter(d.kind for d in idx.stops)
            self.kind.addItem(f"All kinds ({len(idx.stops)})", None)
            for k in INLINE_KINDS:
                if counts.get(k):
                    self.kind.addItem(f"{k} ({counts[k]})", k)
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.apply_filter()

    def set_kind(self, kind) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def apply_filter(self) -> None:
        kind = self.kind.currentData()
        if kind:
            self.proxy.setSourceModel(self.model)
            self.proxy.setFilterRegularExpression(f"^{kind}$")
            self.tree.setModel(self.proxy)
        else:
            self.tree.setModel(self.model)
            self.proxy.setSourceModel(None)

    @property
    def view_model(self):
        return self.tree.model()

    def _to_source(self, index):
        return self.proxy.mapToSource(index) if self.tree.model() is self.proxy else index

    def _from_source(self, index):
        return self.proxy.mapFromSource(index) if self.tree.model() is self.proxy else index

    def visible_rows(self) -> list[int]:
        """Indexes into the display index's differences that the filter lets through."""
        m = self.tree.model()
        return [self._to_source(m.index(r, 0)).row() for r in range(m.rowCount())]

    def row_text(self, stop: int, column: int) -> str:
        return self.model.data(self.model.index(stop, column))

    def select_stop(self, stop: int) -> None:
        self.on_clicked(self._from_source(self.model.index(stop, 0)))

    def view_rect(self, stop: int):
        return self.tree.visualRect(self._from_source(self.model.index(stop, 0)))

    def on_clicked(self, index) -> None:
        if not index.isValid():
            return
        i = self._to_source(index).row()
        d = self.session.index.stops[i]
        self.session.select(d.a.sentence, difference=i)

    def on_selection_changed(self) -> None:
        i = self.session.focus.difference
        if self._dirty or i is None or i >= self.model.rowCount():
            return
        pi = self._from_source(self.model.index(i, 0))
        if pi.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(pi)
            self.tree.selectionModel().blockSignals(False)
            self.tree.scrollTo(pi)
