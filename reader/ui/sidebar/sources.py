"""Sources tab: outlet, headline, date, sentence count and the share other sources carry;
remove, reorder and rename sources here."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from reader.ui.session import ComparisonSession
from reader.ui.sidebar.lazy import LazyRefresh

KEY_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ["Outlet", "Headline", "Date", "Sentences", "Shared"]


class SourcesTab(LazyRefresh, QWidget):
    """Lists the sources; edits go out as requests, so the window can make them undoable."""

    renameRequested = Signal(str, str)       # key, new label
    moveRequested = Signal(str, int)         # key, step
    removeRequested = Signal(str)            # key

    def __init__(self, session: ComparisonSession, parent=None):
        super().__init__(parent)
        self.session = session
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("sourcesTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName("Sources")
        self.table.horizontalHeaderItem(0).setToolTip("Double-click (or F2) to rename the outlet label")
        self.table.horizontalHeaderItem(4).setToolTip(
            "Share of this source's sentences that other sources also carry")
        lay.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        buttons = QHBoxLayout()
        self.up = QPushButton("Move &up", self)
        self.down = QPushButton("Move &down", self)
        self.remove = QPushButton("&Remove", self)
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.table.itemChanged.connect(self.on_item_changed)
        session.sourcesChanged.connect(self.request_refresh)
        session.comparisonChanged.connect(self.request_refresh)
        self._filling = False

    def refresh(self) -> None:
        self._filling = True
        current = self.current_key()
        s, idx = self.session, self.session.index
        self.table.setRowCount(len(s.sources))
        for r, spec in enumerate(s.sources):
            art = s.articles.get(spec.key)
            shown = idx.shown.get(spec.key) if idx else None
            values = [s.label(spec.key), art.title if art else "(analysing…)",
                      art.date if art else "",
                      str(len([x for x in shown if x.role == 'body'])) if shown else "",
                      f"{idx.shared_fraction(spec.key):.0%}" if idx and spec.key in idx.column_of else ""]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(KEY_ROLE, spec.key)
                if c != 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                origin = spec.path or "pasted text"
                if c == 1:
                    origin = f"{values[1]}\n{origin}"
                elif c == 2 and art is not None and art.date_source:
                    origin = f"Date from {art.date_source}\n{origin}"
                item.setToolTip(origin)
                self.table.setItem(r, c, item)
        self._filling = False
        if current:
            self.select_key(current)

    def current_key(self):
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(KEY_ROLE) if item else None

    def select_key(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(KEY_ROLE) == key:
                self.table.selectRow(r)

    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 0:
            self.renameRequested.emit(item.data(KEY_ROLE), item.text())

    def _move(self, step: int) -> None:
        key = self.current_key()
        if key:
            self.moveRequested.emit(key, step)
            self.select_key(key)

    def _remove(self) -> None:
        key = self.current_key()
        if key:
            self.removeRequested.emit(key)
