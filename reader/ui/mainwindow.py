"""The main window: columns and detail panel in a splitter, sidebar docks, menus, status."""
from __future__ import annotations

import os
from html import escape
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel,
                               QMainWindow, QMessageBox, QProgressBar, QSplitter, QStyleFactory,
                               QVBoxLayout, QWidget)

import reader
from reader.ui.columns import ALIGNED, READING, ColumnsView
from reader.ui.detailpanel import DetailPanel
from reader.ui.findbar import FindBar
from reader.ui.icons import app_icon
from reader.ui.messagebar import MessageBar
from reader.ui.session import ComparisonSession
from reader.ui.settings import Settings
from reader.ui.sidebar.actors import ActorsTab
from reader.ui.sidebar.details import DetailsTab
from reader.ui.sidebar.quotes import QuotesTab
from reader.ui.sidebar.sources import SourcesTab
from reader.ui.theme import INLINE_KINDS, KIND_STYLE_WORDS, Theme, dark_palette
from reader.words import counted

OPEN_FILTER = ("Articles and saved comparisons (*.txt *.md *.html *.htm *.readercmp);;"
               "Saved comparisons (*.readercmp);;All files (*)")
ADD_FILTER = "Articles (*.txt *.md *.html *.htm);;All files (*)"
PANELS = (("actors", "&Actors", "Ctrl+Shift+A"), ("quotes", "&Quotes", "Ctrl+Shift+Q"),
          ("details", "&Details", "Ctrl+Shift+D"), ("sources", "&Sources", "Ctrl+Shift+L"))


class Legend(QLabel):
    """What the quiet colours and inline marks mean."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(8, 3, 8, 3)
        self.setWordWrap(True)
        self.refresh()

    def refresh(self) -> None:
        th = Theme.current()
        chips = []
        for cov, words in (("all", "in every source"), ("some", "in some"), ("only", "only in this one")):
            bg = th.coverage_background(cov)
            bg.setAlphaF(min(1.0, bg.alphaF() * 2.2))
            rgba = f"rgba({bg.red()},{bg.green()},{bg.blue()},{bg.alphaF():.2f})"
            chips.append(f"<span style='background:{rgba}'>"
                         f"&nbsp;{words}&nbsp;</span>")
        kinds = " ".join(f"<span style='color:{th.css_text(k)}' title='{KIND_STYLE_WORDS[k]}'>"
                         f"<u>{k}</u></span>" for k in INLINE_KINDS)
        self.setText(f"<small>Sentence is: {' '.join(chips)} &nbsp;·&nbsp; Marked details: {kinds}</small>")
        self.setToolTip("\n".join(f"{k}: {KIND_STYLE_WORDS[k]}" for k in INLINE_KINDS))


class MainWindow(QMainWindow):
    def __init__(self, session: ComparisonSession | None = None, settings: Settings | None = None):
        super().__init__()
        self.setWindowTitle("reader")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.session = session or ComparisonSession()
        self.session.setParent(self)
        self.settings = settings or Settings()

        self.columns = ColumnsView(self.session, self)
        self._recent_pending: Optional[list[str]] = None
        self.columns.displayed.connect(self._remember_recent)
        self.detail = DetailPanel(self.session, self)
        self.legend = Legend(self)
        self.findbar = FindBar(self.columns, self)
        self.findbar.hide()
        self.message_bar = MessageBar(self)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(0)
        tl.addWidget(self.message_bar)
        tl.addWidget(self.legend)
        tl.addWidget(self.columns, 1)
        tl.addWidget(self.findbar)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 170])
        self.splitter.setChildrenCollapsible(False)
        self.detail.hide()                  # takes no room until a sentence is selected
        self.setCentralWidget(self.splitter)

        self.actors_tab = ActorsTab(self.session, self)
        self.quotes_tab = QuotesTab(self.session, self)
        self.details_tab = DetailsTab(self.session, self)
        self.sources_tab = SourcesTab(self.session, self)
        self.sources_tab.renameRequested.connect(self.rename_source)
        self.sources_tab.moveRequested.connect(self.move_source)
        self.sources_tab.removeRequested.connect(self.remove_source)
        self.docks: dict[str, QDockWidget] = {}
        tabs = {"actors": self.actors_tab, "quotes": self.quotes_tab, "details": self.details_tab,
                "sources": self.sources_tab}
        for name, title, _key in PANELS:
            widget = tabs[name]
            dock = QDockWidget(title.replace("&", ""), self)
            dock.setObjectName(f"dock_{name}")
            dock.setWidget(widget)
            dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.visibilityChanged.connect(widget.set_on_screen)
            widget.wait_for(self.columns.steps)
            self.docks[name] = dock
        first = self.docks["actors"]
        for name in ("quotes", "details", "sources"):
            self.tabifyDockWidget(first, self.docks[name])
        first.raise_()

        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(220)   # its text changes per stage: no relayout of the bar
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.counts = QLabel(self)
        self.where_label = QLabel(self)          # "Difference 3 of 41 · number · ANI vs VOA"
        self.where_label.setObjectName("whereLabel")
        self.statusBar().addPermanentWidget(self.where_label)
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(self.progress)

        self._make_actions()
        self.session.busyChanged.connect(self.on_busy_changed)
        self.session.progress.connect(self.on_progress)
        self.session.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.session.problem.connect(self.message_bar.show_problem)
        self.session.selectionChanged.connect(self.on_selection_changed)
        self.session.comparisonChanged.connect(self.on_comparison_changed)
        self.session.sourcesChanged.connect(self.on_sources_changed)
        self.columns.layoutChanged.connect(self._sync_layout_actions)
        self.restore_state()

    # --- actions ----------------------------------------------------------------------
    def _action(self, text, slot, shortcuts=(), tip="", checkable=False, menu=None) -> QAction:
        a = QAction(text, self)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) if not isinstance(s, QKeySequence) else s for s in shortcuts])
        a.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        a.setShortcutVisibleInContextMenu(True)
        self.addAction(a)                   # shortcuts work even when menus are hidden
        if menu is not None:
            menu.addAction(a)
        return a

    def _make_actions(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        self.act_new = self._action("&New Comparison", self.new_comparison, [QKeySequence.StandardKey.New],
                                    "Start an empty comparison", menu=m)
        self.act_open = self._action("&Open…", self.open_dialog, [QKeySequence.StandardKey.Open],
                                     "Open articles or a saved comparison as a new comparison", menu=m)
        self.act_add = self._action("&Add Sources…", self.add_dialog, ["Ctrl+Shift+O"],
                                    "Add articles to this comparison", menu=m)
        self.act_paste = self._action("&Paste as New Source", self.paste_source, ["Ctrl+Shift+V"],
                                      "Turn the clipboard's text into a new source", menu=m)
        self.act_seeds = self._action("Open Sa&mple Articles", self.open_seeds, [], menu=m)
        self.recent_menu = m.addMenu("&Recent Comparisons")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        self.act_remove = self._action("Re&move Source…", self.remove_current_source, [],
                                       "Remove the source of the selected sentence", menu=m)
        m.addSeparator()
        self.act_close = self._action("&Close Comparison", self.close_comparison, ["Ctrl+W"],
                                      "Close this comparison; the window stays open", menu=m)
        self.act_quit = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit], menu=m)

        m = mb.addMenu("&View")
        group = QActionGroup(self)
        self.act_aligned = self._action("&Aligned Rows", lambda: self.set_layout(ALIGNED), ["Ctrl+1"],
                                        "Linked sentences sit level in rows", checkable=True, menu=m)
        self.act_reading = self._action("&Reading Order", lambda: self.set_layout(READING), ["Ctrl+2"],
                                        "Each article in its own order, bands join linked sentences",
                                        checkable=True, menu=m)
        group.addAction(self.act_aligned)
        group.addAction(self.act_reading)
        self.act_aligned.setChecked(True)
        m.addSeparator()
        self.act_zoom_in = self._action("Zoom &In", lambda: self.zoom(1),
                                        [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], menu=m)
        self.act_zoom_out = self._action("Zoom &Out", lambda: self.zoom(-1),
                                         [QKeySequence.StandardKey.ZoomOut], menu=m)
        self.act_zoom_reset = self._action("&Normal Size", lambda: self.zoom(None), ["Ctrl+0"], menu=m)
        m.addSeparator()
        theme_menu = m.addMenu("&Theme")
        tgroup = QActionGroup(self)
        self.theme_actions = {}
        for key, text in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            a = self._action(text, lambda _=False, k=key: self.set_theme(k), [], checkable=True,
                             menu=theme_menu)
            tgroup.addAction(a)
            self.theme_actions[key] = a
        m.addSeparator()
        panels = m.addMenu("&Panels")
        for k, (name, _title, key) in enumerate(PANELS):
            a = self.docks[name].toggleViewAction()
            a.setShortcut(QKeySequence(key))
            panels.addAction(a)
            self.addAction(a)
            show = self._action(f"Show {name.title()}", lambda _=False, n=name: self.show_dock(n),
                                [f"Alt+{k + 1}"], f"Show the {name} panel and move the focus into it",
                                menu=None)
            panels.addAction(show)

        m = mb.addMenu("&Go")
        self.act_next_diff = self._action("&Next Difference", lambda: self.session.next_difference(1),
                                          ["F7", "Alt+Down"], menu=m)
        self.act_prev_diff = self._action("&Previous Difference", lambda: self.session.next_difference(-1),
                                          ["Shift+F7", "Alt+Up"], menu=m)
        self.act_next_unique = self._action("Next Sentence &Unique to This Source",
                                            lambda: self.session.next_unique(1), ["F8", "Alt+PgDown"], menu=m)
        self.act_prev_unique = self._action("Previous Sentence Uni&que to This Source",
                                            lambda: self.session.next_unique(-1), ["Shift+F8", "Alt+PgUp"],
                                            menu=m)
        m.addSeparator()
        self.act_next_sentence = self._action("Next &Sentence", lambda: self.session.step(1),
                                              ["Ctrl+Down"], menu=m)
        self.act_prev_sentence = self._action("Previous S&entence", lambda: self.session.step(-1),
                                              ["Ctrl+Up"], menu=m)
        self.act_right = self._action("Counterpart in Next &Column", lambda: self.session.step(1, True),
                                      ["Ctrl+Right"], menu=m)
        self.act_left = self._action("Counterpart in Previous C&olumn", lambda: self.session.step(-1, True),
                                     ["Ctrl+Left"], menu=m)
        m.addSeparator()
        self.act_find = self._action("&Find in All Sources…", self.findbar.open_bar,
                                     [QKeySequence.StandardKey.Find], menu=m)
        self.act_find_next = self._action("Find Ne&xt", lambda: self.findbar.step(1),
                                          [QKeySequence.StandardKey.FindNext], menu=m)
        self.act_find_prev = self._action("Find Pre&vious", lambda: self.findbar.step(-1),
                                          [QKeySequence.StandardKey.FindPrevious], menu=m)
        self.act_clear = self._action("&Clear Selection and Filter", self.clear_focus, ["Esc"], menu=m)

        m = mb.addMenu("&Help")
        self.act_about = self._action("&About reader", self.about, [], menu=m)

        tb = self.addToolBar("Main")
        tb.setObjectName("mainToolbar")
        for a in (self.act_open, self.act_add, self.act_paste, None, self.act_aligned, self.act_reading, None,
                  self.act_prev_diff, self.act_next_diff, self.act_next_unique, None, self.act_find):
            if a is None:
                tb.addSeparator()
            else:
                tb.addAction(a)
        # short words on the toolbar (the menus keep the full names)
        for a, words in ((self.act_prev_diff, "◀ Difference"), (self.act_next_diff, "Difference ▶"),
                         (self.act_next_unique, "Unique ▶"), (self.act_find, "Find"),
                         (self.act_paste, "Paste"), (self.act_add, "Add")):
            a.setIconText(words)
        for a in tb.actions():
            if a.shortcut() and not a.isSeparator():
                keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                a.setToolTip(f"{a.text().replace('&', '').replace('…', '')} ({keys})")

    # --- files ------------------------------------------------------------------------
    def open_paths(self, paths: list[str], replace: bool = True) -> None:
        """Open files: a saved comparison, or articles as a new comparison (replace) or as
        further sources of this one."""
        paths = [str(p) for p in paths]
        saved = [p for p in paths if p.endswith(".readercmp")]
        workspace = getattr(self, "workspace", None)     # notes, corrections, saving
        if saved:                       # saved work replaces what is open, notes and all
            if workspace is not None:
                workspace.open_file(saved[0])
            else:
                self.session.open_document(saved[0])
            return
        if replace and workspace is not None and not workspace.start_new():
            return                      # the reader kept unsaved work open
        if replace:
            self.session.set_sources(paths)
        else:
            self.session.add_paths(paths)

    def open_seeds(self) -> None:
        from reader.paths import seed_paths
        self.open_paths([str(p) for p in seed_paths()])

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open as a new comparison", "", OPEN_FILTER)
        if paths:
            self.open_paths(paths, replace=True)

    def add_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add sources to this comparison", "", ADD_FILTER)
        if paths:
            self.open_paths(paths, replace=False)

    def new_comparison(self) -> bool:
        """An empty comparison, after asking about unsaved work. False when cancelled."""
        workspace = getattr(self, "workspace", None)
        if workspace is not None and not workspace.start_new():
            return False
        self.session.clear()
        self.message_bar.dismiss()
        return True

    def close_comparison(self) -> bool:
        return self.new_comparison()

    def paste_source(self) -> None:
        text = QGuiApplication.clipboard().text()
        self.session.add_text(text)

    def remove_current_source(self) -> None:
        idx, sid = self.session.index, self.session.selected
        key = idx.sentence[sid].article if idx and sid else self.sources_tab.current_key()
        if not key:
            self.statusBar().showMessage("Select a sentence or a row in Sources first.", 5000)
        else:
            self.remove_source(key)

    def remove_source(self, key: str) -> None:
        if getattr(self, "workspace", None) is not None:
            self.workspace.remove_source(key)
        else:
            self.session.remove_source(key)

    def rename_source(self, key: str, label: str) -> None:
        if getattr(self, "workspace", None) is not None:
            self.workspace.rename_source(key, label)
        else:
            self.session.rename_source(key, label)

    def move_source(self, key: str, step: int) -> None:
        if getattr(self, "workspace", None) is not None:
            self.workspace.move_source(key, step)
        else:
            self.session.move_source(key, step)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent()
        for k, paths in enumerate(recent):
            names = ", ".join(os.path.basename(p) for p in paths)
            if len(paths) == 1 and paths[0].endswith(".readercmp"):
                names = f"{names} (saved comparison)"
            a = self.recent_menu.addAction(f"&{k + 1} {names if len(names) < 90 else names[:87] + '…'}")
            a.setToolTip("\n".join(paths))
            a.triggered.connect(lambda _=False, p=paths: self.open_paths(p))
        if not recent:
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        elif event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):
        md = event.mimeData()
        paths = [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []
        if paths:
            self.open_paths(paths, replace=False)
        elif md.hasText():
            self.session.add_text(md.text())
        event.acceptProposedAction()

    # --- reactions ----------------------------------------------------------------------
    def on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress.setFormat("reading…")
        else:
            self.statusBar().clearMessage()

    def on_progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{stage}… %p%")

    def on_selection_changed(self) -> None:
        s = self.session
        show = bool(s.selected) and s.index is not None
        self.detail.setVisible(show)        # the columns get shorter: they keep the selection in view
        i = s.focus.difference
        self.where_label.setText(s.difference_text(i) if s.index is not None and i is not None
                                 and 0 <= i < len(s.index.stops) else "")

    def on_sources_changed(self) -> None:
        n = len(self.session.sources)
        self.setWindowTitle(f"reader — {counted(n, 'source')}" if n else "reader")

    def on_comparison_changed(self) -> None:
        idx = self.session.index
        if idx is None:
            self.counts.setText("")
            return
        c = idx.comparison
        shared = idx.shared_rows()
        self.counts.setText(f"{counted(len(c.articles), 'source')} · {counted(len(idx.rows), 'row')} "
                            f"({shared} shared) · {counted(len(idx.stops), 'difference')} · "
                            f"{counted(len(c.actors), 'actor')} · {counted(len(c.quotes), 'quote')}")
        paths = self.session.paths()
        saved = getattr(getattr(self, "workspace", None), "path", None)
        if saved is None and len(paths) == len(self.session.sources) and len(paths) >= 2:
            # (a saved comparison is remembered by its file); written once the columns are
            # displayed: the settings file is synced to disk, 10-30 ms on a busy machine
            self._recent_pending = paths

    def _remember_recent(self) -> None:
        paths, self._recent_pending = self._recent_pending, None
        if paths:
            self.settings.add_recent(paths)

    def set_layout(self, mode: str) -> None:
        self.columns.set_mode(mode)
        self._sync_layout_actions(mode)

    def _sync_layout_actions(self, mode: str) -> None:
        self.act_aligned.setChecked(mode == ALIGNED)
        self.act_reading.setChecked(mode == READING)

    def zoom(self, step) -> None:
        self.columns.set_zoom(0 if step is None else self.columns.zoom + step)
        self.statusBar().showMessage(f"Text size {self.columns.text_font().pointSizeF():g} pt", 2000)

    def show_dock(self, name: str) -> None:
        """Show a panel and move the keyboard focus into it (its list, via the focus proxy)."""
        d = self.docks[name]
        d.show()
        d.raise_()
        d.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_focus(self) -> None:
        if self.findbar.isVisible():
            self.findbar.close_bar()
        self.session.set_actor(None)
        self.session.select(None)

    def set_theme(self, key: str) -> None:
        apply_theme(key)
        for k, a in self.theme_actions.items():
            a.setChecked(k == key)
        self.settings.set("theme", key)
        self.legend.refresh()
        self.columns.rebuild(keep_scroll=True)
        self.detail.refresh()
        self.details_tab.refresh()
        if getattr(self, "workspace", None) is not None:
            self.workspace.refresh()            # the notes' colours follow the theme

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About reader")
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<h3>reader {escape(reader.__version__)}</h3>"
                    "<p>Compare how different outlets report the same event: aligned sentences, "
                    "differing details, actors and quotes.</p>")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setModal(True)
        box.open()
        self.about_box = box

    def changeEvent(self, event):
        # the system switched between light and dark: re-colour what caches colours
        from PySide6.QtCore import QEvent
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.legend.refresh()
            self.detail.refresh()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.settings
        geo = s.blob("geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            screen = QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            w, h = (min(1500, avail.width() - 40), min(950, avail.height() - 40)) if avail else (1400, 900)
            self.resize(max(800, w), max(600, h))
        st = s.blob("windowState")
        if st is not None:
            self.restoreState(st)
        else:       # the sidebar takes a quarter of the window: its five tabs read, three columns fit
            self.resizeDocks([self.docks["actors"]], [max(330, min(420, self.width() // 4))],
                             Qt.Orientation.Horizontal)
        sp = s.blob("splitter")
        if sp is not None:
            self.splitter.restoreState(sp)
        self.columns.zoom = s.get("zoom")
        mode = s.get("layout")
        self.columns.mode = mode if mode in (ALIGNED, READING) else ALIGNED
        self._sync_layout_actions(self.columns.mode)
        theme = s.get("theme")
        self.theme_actions.get(theme, self.theme_actions["system"]).setChecked(True)

    def save_state(self) -> None:
        self._remember_recent()      # files analysed but not yet displayed are remembered too
        s = self.settings
        s.set_blob("geometry", self.saveGeometry())
        s.set_blob("windowState", self.saveState())
        s.set_blob("splitter", self.splitter.saveState())
        s.set("zoom", self.columns.zoom)
        s.set("layout", self.columns.mode)
        s.sync()

    def closeEvent(self, event):
        self.save_state()
        self.session.runner.shutdown(3000)
        super().closeEvent(event)


_SYSTEM_PALETTE = None


def apply_theme(key: str) -> None:
    """Follow the system palette, or force light or dark (Fusion style for the forced ones)."""
    global _SYSTEM_PALETTE
    app = QApplication.instance()
    if app is None:
        return
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = app.palette()
    if key == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif key == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_SYSTEM_PALETTE)
    # Qt passes a new palette on to existing widgets only once its event loop runs; the theme
    # is also chosen before that (at start-up, in tests), so tell every widget now
    from PySide6.QtCore import QEvent
    for widget in app.allWidgets():
        QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationPaletteChange))

