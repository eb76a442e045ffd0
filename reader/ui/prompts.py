"""Every question the workspace asks the reader, as replaceable functions: Qt dialogs by
default, plain functions in tests."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reader.document import autosave
from reader.ui.notes import ask_note_text
from reader.words import counted


@dataclass
class Prompts:
    """Every question the workspace asks; defaults are Qt dialogs, tests set functions."""

    note_text: Callable = None        # (title, context, text) -> str | None
    choose: Callable = None           # (title, prompt, items) -> index | None
    save_path: Callable = None        # (title, suggested, filter) -> path | None
    close: Callable = None            # () -> "save" | "discard" | "cancel"
    restore: Callable = None          # (Recovery) -> "restore" | "discard" | "later"
    error: Callable = None            # (title, message) -> None
    confirm: Callable = None          # (title, message, action) -> bool
    parent: object = field(default=None, repr=False)

    def __post_init__(self):
        p = lambda: self.parent    # noqa: E731  (the window, set after construction)
        self.note_text = self.note_text or (lambda t, ctx, text: ask_note_text(p(), t, ctx, text))
        self.choose = self.choose or (lambda t, prompt, items: _choose(p(), t, prompt, items))
        self.save_path = self.save_path or (
            lambda t, sug, flt: QFileDialog.getSaveFileName(p(), t, sug, flt)[0] or None)
        self.close = self.close or (lambda: _ask_close(p()))
        self.restore = self.restore or (lambda rec: _ask_restore(p(), rec))
        self.error = self.error or (lambda t, m: QMessageBox.warning(p(), t, m))
        self.confirm = self.confirm or (lambda t, m, action: _confirm(p(), t, m, action))


def _choose(parent, title: str, prompt: str, items: list) -> Optional[int]:
    item, ok = QInputDialog.getItem(parent, title, prompt, items, 0, False)
    return items.index(item) if ok and item in items else None


def _confirm(parent, title: str, message: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def _ask_close(parent) -> str:
    B = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, "Unsaved changes",
                                  "This comparison has unsaved work (notes, corrections, renamed or "
                                  "pasted sources). Save it?",
                                  B.Save | B.Discard | B.Cancel, B.Save)
    return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")


def restore_question(rec: autosave.Recovery) -> str:
    """"reader found unsaved work from 5 min ago: 3 sources, 1 note. Restore it?"."""
    doc = rec.document
    parts = [counted(len(doc.articles), "source")] + [counted(len(xs), word) for xs, word in (
        (doc.notes, "note"), (doc.corrections, "correction")) if xs]
    return f"reader found unsaved work from {autosave.age_text(rec)}: {', '.join(parts)}. Restore it?"


def _ask_restore(parent, rec: autosave.Recovery) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work", restore_question(rec),
                      parent=parent)
    restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Not Now", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "restore" if box.clickedButton() is restore else "discard" if box.clickedButton() is discard \
        else "later"
