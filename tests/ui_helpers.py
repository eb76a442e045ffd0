"""Helpers the window tests share: scripted answers to dialogs, what is highlighted, and
clicking a sentence."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor


def hl(win, role):
    """article id -> list of highlighted texts with this role."""
    out = {}
    for col in win.columns.columns:
        doc = col.text.document()
        for r, a, b in win.columns.highlighted()[col.article_id]:
            if r == role:
                c = QTextCursor(doc)
                c.setPosition(a)
                c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                out.setdefault(col.article_id, []).append(c.selectedText())
    return out


def click_sentence(qtbot, win, sid):
    col = win.columns.column(sid.split(":")[0])
    rect = col.text.sentence_rect(sid)
    qtbot.mouseClick(col.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(2, 0))


class Answers:
    """Scripted replies to the workspace's dialogs, and a record of what was asked. A dialog
    nobody scripted gets the cautious answer (None, cancel, no), never a real modal dialog."""

    def __init__(self):
        self.texts, self.choices, self.paths, self.errors = [], [], [], []
        self.close_answer, self.restore_answer, self.confirm_answer = "cancel", "restore", True
        self.asked = []

    def prompts(self):
        from reader.ui.prompts import Prompts

        def note_text(title, context, text):
            self.asked.append((title, context))
            return self.texts.pop(0) if self.texts else None

        def choose(title, prompt, items):
            self.asked.append((title, prompt, items))
            return self.choices.pop(0) if self.choices else None

        def save_path(title, suggested, flt):
            self.asked.append((title, suggested))
            return self.paths.pop(0) if self.paths else None

        def close():
            self.asked.append("close")
            return self.close_answer

        def restore(rec):
            self.asked.append(("restore", rec))
            return self.restore_answer

        def confirm(title, message, action):
            self.asked.append(("confirm", title, message))
            return self.confirm_answer

        return Prompts(note_text=note_text, choose=choose, save_path=save_path, close=close,
                       restore=restore, error=lambda t, m: self.errors.append(m), confirm=confirm)
