"""Helpers the window tests share: what is highlighted, and clicking a sentence."""
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
