"""One undo stack for the reader's edits: corrections, notes, and removing, renaming and
reordering sources. Each command is a pair of functions (do, undo), so the workspace keeps
the knowledge of what an edit means and the stack only keeps the order."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack


class Command(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]):
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:              # QUndoStack.push() runs it the first time too
        self._do()

    def undo(self) -> None:
        self._undo()


class History(QUndoStack):
    def record(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        """Do an edit now and keep it for Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z)."""
        self.push(Command(text, do, undo))
