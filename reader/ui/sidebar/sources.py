"""Sources tab: outlet, headline, date, sentence count and the share other sources carry;
remove, reorder and rename sources here."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QStyle, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QToolTip,
                               QVBoxLayout, QWidget)

from reader.engine.dates import parse_reference
from reader.ui.session import ComparisonSession
from reader.ui.sidebar.lazy import LazyRefresh

KEY_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ["Outlet", "Headline", "Date", "Sentences", "Shared"]
HEADLINE = 1                 # a hidden column: the headline is painted on each row's second line
PAD = 4
NO_DATE = "unknown"          # in words: a dash read as a value that failed to show


def short_date(written: str) -> str:
    """The date as 2024-01-17 (narrow, and the same form for every source), else as written."""
    day = parse_reference(written)
    return day.isoformat() if day else written


class TwoLineDelegate(QStyledItemDelegate):
    """Every row is two lines: the figures on top, the headline under them across the whole row.

    Each cell paints its own slice of the headline (clipped to the cell), so a repaint of one
    cell never wipes the part of the headline that runs through it."""

    def __init__(self, table: QTableWidget):
        super().__init__(table)
        self.table = table

    def line_height(self) -> int:
        return QFontMetrics(self.table.font()).lineSpacing() + PAD

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        hint.setHeight(2 * self.line_height() + PAD)
        return hint

    def top_line(self, rect: QRect) -> QRect:
        return QRect(rect.left(), rect.top() + PAD // 2, rect.width(), self.line_height())

    def headline_rect(self, rect: QRect) -> QRect:
        """The second line of a row, from the first visible column to the viewport's right edge."""
        left = self.table.columnViewportPosition(0)
        right = self.table.viewport().width()
        top = rect.top() + PAD // 2 + self.line_height()
        return QRect(left + PAD, top, max(0, right - left - 2 * PAD), rect.bottom() - top)

    def paint(self, painter, option, index):
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        top = type(option)(option)
        top.rect = self.top_line(option.rect)
        super().paint(painter, top, index)
        headline = index.siblingAtColumn(HEADLINE).data() or ""
        line = self.headline_rect(option.rect)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(self.table.font())
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())
        shown = painter.fontMetrics().elidedText(headline, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()

    def updateEditorGeometry(self, editor, option, index):
        editor.setGeometry(self.top_line(option.rect))

    def helpEvent(self, event, view, option, index):
        """On the headline line the tooltip is the whole headline (and where it came from)."""
        if index.isValid() and event.pos().y() >= self.headline_rect(option.rect).top():
            tip = index.siblingAtColumn(HEADLINE).data(Qt.ItemDataRole.ToolTipRole)
            QToolTip.showText(event.globalPos(), tip, view)
            return True
        return super().helpEvent(event, view, option, index)


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
        self.delegate = TwoLineDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setColumnHidden(HEADLINE, True)
        self.table.setShowGrid(False)           # a vertical grid line would cut through the headline
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 0
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
                      (short_date(art.date) or NO_DATE) if art else "",
                      str(len([x for x in shown if x.role == 'body'])) if shown else "",
                      f"{idx.shared_fraction(spec.key):.0%}" if idx and spec.key in idx.column_of else ""]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(KEY_ROLE, spec.key)
                if c != 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    bold = QFont(self.table.font())
                    bold.setWeight(QFont.Weight.DemiBold)
                    item.setFont(bold)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, values[1])
                origin = spec.path or "pasted text"
                if c == 1:
                    origin = f"{values[1]}\n{origin}"
                elif c == 2 and art is not None and art.date:
                    written = f"Date from {art.date_source}" if art.date_source else "Date"
                    origin = f"{written}: {art.date}\n{origin}"
                elif c == 2 and art is not None:
                    origin = f"No date found in the article\n{origin}"
                    item.setForeground(self.palette().placeholderText())
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
