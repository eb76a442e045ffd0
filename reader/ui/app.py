"""Entry point of the desktop window: ``reader`` and ``reader FILE...`` land in run().

Qt and the window's modules are imported inside the functions, not at the top: run() first
starts analysing the files in a forked process (prefetch.py), so the analysis and the building
of the window use both cores.
"""
from __future__ import annotations

import locale
import os
import sys
from typing import Optional

SELF_TEST_TIMEOUT_MS = 120_000


def use_utf8_locale(environ=os.environ) -> None:
    """Give the process a UTF-8 character locale when the environment names none (a session
    without LANG, `env -i`): Qt needs one and otherwise warns on stderr while it switches by
    itself. Python's own interpreter does this too (PEP 538), the bundle's embedded one does not.
    A locale the user pins with LC_ALL is left alone."""
    if environ.get("LC_ALL"):
        return
    try:
        locale.setlocale(locale.LC_CTYPE, "")
        if locale.nl_langinfo(locale.CODESET).replace("-", "").lower() == "utf8":
            return
    except locale.Error:        # the environment names a locale this system lacks
        pass
    for name in ("C.UTF-8", "C.utf8"):
        try:
            locale.setlocale(locale.LC_CTYPE, name)
        except locale.Error:
            continue
        environ["LC_CTYPE"] = name      # for Qt, which reads the environment again
        return


def ensure_app(argv: Optional[list[str]] = None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        use_utf8_locale()
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
    from reader.ui.mainwindow import MainWindow, apply_theme
    from reader.ui.settings import Settings
    from reader.ui.workspace import install_workspace
    settings = Settings()
    theme = os.environ.get("READER_THEME") or settings.get("theme")
    if theme in ("light", "dark"):
        apply_theme(theme)      # before any widget exists, so each is made with its style
    win = MainWindow(settings=settings)
    install_workspace(win)      # notes, corrections, Save/Export, autosave, recovery prompt
    if theme in ("light", "dark"):
        win.set_theme(theme)
    if analyse:
        if paths:
            win.open_paths([str(p) for p in paths])
        else:
            win.open_seeds()
    return win


def warn_if_no_recovery(win) -> Optional[str]:
    """Say so at start-up (terminal and status bar) when crash-recovery copies cannot be kept,
    e.g. because a file sits where the data folder should be. The app works on without them."""
    from reader.document import autosave
    problem = autosave.folder_problem(win.workspace.recovery_folder)
    if problem is None:
        return None
    message = f"Unsaved work cannot be kept for crash recovery: {problem}."
    print(f"reader: {message}", file=sys.stderr)
    win.statusBar().showMessage(message)
    return message


def report_when_analysed(app, win) -> None:
    """`reader --self-test`: once the window shows the analysed articles, print what it found
    and quit (status 0); status 1 when the analysis fails or takes too long. It checks that an
    installed copy works on this machine."""
    from PySide6.QtCore import QTimer
    session = win.session

    def finish(code: int, message: str) -> None:
        print(f"reader: self-test {message}", file=sys.stdout if code == 0 else sys.stderr, flush=True)
        win.close()                  # quit the way a user does: the window's state is saved
        app.exit(code)

    def check() -> None:
        c = session.comparison
        if session.busy:
            return
        if c is None or not win.isVisible():
            finish(1, "failed: the window shows no comparison")
        else:
            from reader.words import counted
            found = ", ".join(counted(len(xs), word) for xs, word in (
                (c.sentences, "sentence"), (c.links, "link"), (c.differences, "difference"),
                (c.actors, "actor"), (c.quotes, "quote")))
            finish(0, f"passed: the window shows {counted(len(c.articles), 'article')} analysed ({found})")

    session.busyChanged.connect(lambda busy: None if busy else QTimer.singleShot(0, check))
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, lambda: finish(1, "failed: no analysis within "
                                                              f"{SELF_TEST_TIMEOUT_MS // 1000} s"))


def start(paths: list[str], self_test: bool = False):
    """The application and its shown window, the files (or the seeds) already being analysed."""
    from reader.ui import prefetch
    if paths:
        prefetch.start(paths)
    else:
        from reader.paths import seed_paths
        prefetch.start(seed_paths())
    from reader.ui.runner import collector_paused
    with collector_paused():        # Qt's and the window's thousands of objects: no collections
        app = ensure_app(sys.argv[:1])
        win = create_window(paths)
        warn_if_no_recovery(win)
        if self_test:
            report_when_analysed(app, win)
        win.show()
    warm_up_after_first_display(win)
    return app, win


WARM_UP_DELAY_MS = 1500


def warm_up_after_first_display(win) -> None:
    """The analysis that start-up forks arrives without the engine's stages loaded (see
    prefetch.py); the next analysis (a source added, a correction) needs them. Load the
    heaviest, the difference finder, on the worker a moment after the first comparison is
    shown, so that analysis does not start with the wait."""
    from PySide6.QtCore import QTimer
    done = []

    def load() -> None:
        import importlib
        importlib.import_module("reader.engine.differences")

    def once() -> None:
        if not done:
            done.append(True)
            QTimer.singleShot(WARM_UP_DELAY_MS, win, lambda: win.session.runner.pool.start(load))
    win.columns.displayed.connect(once)


def run(paths: list[str], self_test: bool = False) -> int:
    missing = [p for p in paths if not os.path.lexists(p)]   # a link loop is the window's to name
    if missing:
        from reader.safe_text import printable
        print("reader: no such file: " + printable(", ".join(missing)), file=sys.stderr)
        return 2
    app, _win = start(paths, self_test)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
