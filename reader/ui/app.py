"""Entry point of the desktop window: ``reader`` and ``reader FILE...`` land in run()."""
from __future__ import annotations

import os
import sys
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.ui.mainwindow import MainWindow


def ensure_app(argv: Optional[list[str]] = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("reader")
    app.setOrganizationName("reader")
    app.setApplicationDisplayName("reader")
    app.setDesktopFileName("io.github.reader.Reader")   # matches packaging/*.desktop
    return app


def create_window(paths: Optional[list[str]] = None, analyse: bool = True) -> MainWindow:
    """Build the main window and open the files (the bundled seeds when paths is empty)."""
    ensure_app()
    win = MainWindow()
    from reader.ui.workspace import install_workspace
    install_workspace(win)      # notes, corrections, Save/Export, autosave, recovery prompt
    theme = os.environ.get("READER_THEME") or win.settings.get("theme")
    if theme in ("light", "dark"):
        win.set_theme(theme)
    if analyse:
        if paths:
            win.open_paths([str(p) for p in paths])
        else:
            win.open_seeds()
    return win


def run(paths: list[str]) -> int:
    app = ensure_app(sys.argv[:1])
    missing = [p for p in paths if not os.path.lexists(p)]   # a link loop is the window's to name
    if missing:
        from reader.safe_text import printable
        print("reader: no such file: " + printable(", ".join(missing)), file=sys.stderr)
        return 2
    win = create_window(paths)
    win.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
