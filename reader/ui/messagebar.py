"""A bar above the columns for problems the reader must see (files that could not be read, an
analysis that failed): it stays until dismissed, unlike the status bar's passing messages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton

from reader.ui.theme import Theme, readable


class MessageBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(18, 18))
        lay.addWidget(icon)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        self.close_button = QToolButton(self, text="✕", toolTip="Dismiss", autoRaise=True)
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.clicked.connect(self.dismiss)
        lay.addWidget(self.close_button)
        self.messages: list[str] = []
        self.hide()

    def show_problem(self, text: str) -> None:
        """Add a problem; the bar lists every one since it was last dismissed."""
        if text in self.messages:
            return
        self.messages.append(text)
        th = Theme.current()
        back = th.colour("claim", 0.16 if not th.dark else 0.28)
        self.setStyleSheet(f"#messageBar {{ background: rgba({back.red()},{back.green()},{back.blue()},"
                           f"{back.alphaF():.2f}); border: 1px solid {th.colour('claim', 0.6).name()}; }}"
                           f"#messageBar QLabel {{ color: {readable(th.text, th.base).name()}; }}")
        self.label.setText("\n".join(self.messages))
        self.show()

    def dismiss(self) -> None:
        self.messages = []
        self.label.clear()
        self.hide()
