"""Find across all sources (Ctrl+F): a bar under the columns."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from reader.words import counted


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(QLabel("Find in all sources:", self))
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText("word or phrase")
        self.edit.setAccessibleName("Find in all sources")
        lay.addWidget(self.edit, 1)
        self.prev = QToolButton(self, text="▲", toolTip="Previous match (Shift+F3)")
        self.next = QToolButton(self, text="▼", toolTip="Next match (F3 or Enter)")
        self.count = QLabel("", self)
        self.close_button = QToolButton(self, text="✕", toolTip="Close (Esc)")
        for w in (self.prev, self.next, self.count, self.close_button):
            lay.addWidget(w)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(lambda: self.step(1))
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.find("", move=False)
        self.closed.emit()

    def search(self, text: str) -> None:
        n = self.view.find(text)
        self._show_count(n)

    def step(self, step: int) -> None:
        if self.view.find_text != self.edit.text():
            self.search(self.edit.text())
            return
        self.view.find_next(step)
        self._show_count(len(self.view.find_hits))

    def _show_count(self, n: int) -> None:
        if not self.edit.text():
            self.count.setText("")
            return
        cols = len({c for c, _, _ in self.view.find_hits})
        cur = self.view.find_current + 1
        self.count.setText(f"{cur} of {n} in {counted(cols, 'source')}" if n else "no matches")
