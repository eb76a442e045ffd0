"""Entry point of the desktop window: ``reader`` and ``reader FILE...`` land in run().

Qt and the window's modules are imported inside the functions, not at the top: run() first
starts analysing the files in a forked process (prefetch.py), so the analysis and the building
of the window use both cores.
"""
from __future__ import annotations

import os
import sys
from typing import Optional


def ensure_app(argv: Optional[list[str]] = None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

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


def create_window(paths: Optional[list[str]] = None, analyse: bool = True):
    """Build the main window and open the files (the bundled seeds when paths is empty)."""
    ensure_app()
    from reader.ui.mainwindow import MainWindow
    from reader.ui.workspace import install_workspace
    win = MainWindow()
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


def start(paths: list[str]):
    """The application and its shown window, the files (or the seeds) already being analysed."""
    from reader.ui import prefetch
    if paths:
        prefetch.start(paths)
    else:
        from reader.paths import seed_paths
        prefetch.start(seed_paths())
    app = ensure_app(sys.argv[:1])
    win = create_window(paths)
    win.show()
    return app, win


def run(paths: list[str]) -> int:
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        print("reader: no such file: " + ", ".join(missing), file=sys.stderr)
        return 2
    app, _win = start(paths)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
