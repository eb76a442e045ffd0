"""The reader's work around the window: the open Document (notes, summary, corrections, view),
its file (save, open, export), crash recovery and the unsaved-changes prompts.

It plugs into an existing MainWindow through its public parts only (session, menus, docks,
status bar), so the window itself knows nothing of documents: `install_workspace(window)`.
Every dialog goes through `Prompts`, which tests replace with plain functions.
"""
from __future__ import annotations

import dataclasses
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMenu

from reader.document import EXTENSION, Document, DocumentError, Note, load, save
from reader.document import autosave
from reader.engine.model import Citation, Correction
from reader.document.describe import describe
from reader.safe_text import file_name
from reader.ui import corrections_ui
from reader.ui.exporting import EXPORTS, export_file
from reader.ui.history import History
from reader.ui.notes import NotesPanel, TARGET_WORDS, selection_target, sentence_of
from reader.ui.prompts import Prompts
from reader.ui.sourceedits import SourceEdits
from reader.ui.workspacemenus import WorkspaceMenus
from reader.words import counted

AUTOSAVE_MS = 30_000          # while dirty, at most this long between recovery copies
DEBOUNCE_MS = 2_000           # after an edit, once typing pauses


def default_recovery_folder() -> Path:
    """READER_RECOVERY_DIR, else beside a test's READER_SETTINGS_DIR, else AppData/recovery."""
    if os.environ.get("READER_RECOVERY_DIR"):
        return Path(os.environ["READER_RECOVERY_DIR"])
    if os.environ.get("READER_SETTINGS_DIR"):
        return Path(os.environ["READER_SETTINGS_DIR"]) / "recovery"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".reader") / "recovery"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _cit_dict(c: Citation) -> dict:
    return {"article": c.article, "start": c.start, "end": c.end, "text": c.text}


def _cit_from(d) -> Optional[Citation]:
    try:
        return Citation(str(d["article"]), int(d["start"]), int(d["end"]), str(d["text"]))
    except (KeyError, TypeError, ValueError):
        return None


# --- the controller --------------------------------------------------------------------------

class WorkspaceController(WorkspaceMenus, SourceEdits, QObject):
    documentChanged = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, window, recovery_folder: Optional[Path] = None, prompts: Optional[Prompts] = None):
        super().__init__(window)
        self.window, self.session = window, window.session
        self.prompts = prompts or Prompts()
        self.prompts.parent = window
        self.recovery_folder = Path(recovery_folder) if recovery_folder else default_recovery_folder()
        self.key = uuid.uuid4().hex          # this window's recovery file
        self.document = Document(created=_now())
        self.path: Optional[Path] = None
        self.dirty = False
        self._loading = False
        self._pending_view: Optional[dict] = None
        self._reselect: Optional[Citation] = None
        self._link_from: Optional[str] = None
        self._sources_seen = self._sources_state()
        self.popup = lambda menu, pos: menu.exec(pos)       # tests look instead of clicking

        self.panel = NotesPanel(self.session.label, lambda c: describe(c, self.session.label),
                                window)
        self.dock = QDockWidget("Notes", window)
        self.dock.setObjectName("dock_notes")
        self.dock.setWidget(self.panel)
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.debounce = QTimer(self, interval=DEBOUNCE_MS, singleShot=True)
        self.debounce.timeout.connect(self.autosave)
        self.history = History(self)

    # --- installing -----------------------------------------------------------------------
    def install(self) -> None:
        w, s = self.window, self.session
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        first = getattr(w, "docks", {}).get("actors")
        if first is not None:
            w.tabifyDockWidget(first, self.dock)
            first.raise_()                # the sidebar opens as before; notes one tab away
        state = w.settings.blob("windowState") if hasattr(w, "settings") else None
        if state is not None:
            w.restoreState(state)         # the window restored before the notes dock existed
        self._make_actions()
        self.panel.summaryEdited.connect(self.set_summary)
        self.panel.addRequested.connect(lambda: self.add_note())
        self.panel.editRequested.connect(self.edit_note)
        self.panel.deleteRequested.connect(self.delete_note)
        self.panel.undoRequested.connect(self.undo_correction)
        self.panel.citationClicked.connect(self.go_to)
        self.panel.setFocusProxy(self.panel.notes)
        s.comparisonChanged.connect(self._on_comparison_changed)
        s.sourcesChanged.connect(self._on_sources_changed)
        s.selectionChanged.connect(self._on_selection_changed)
        s.comparisonChanged.connect(lambda: QTimer.singleShot(0, self, self._hook_columns))
        if hasattr(w.columns, "layoutChanged"):
            w.columns.layoutChanged.connect(lambda *_: QTimer.singleShot(0, self, self._hook_columns))
        w.installEventFilter(self)
        self.autosave_timer.start()
        self.refresh()
        self._update_title()

    # --- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.panel.show_document(self.document, self.session.comparison)
        has = self.session.comparison is not None
        for k in ("note", "note_row", "link", "unlink", "dismiss", "merge", "split", "speaker", "save",
                  "save_as", *(f"export_{x}" for x in EXPORTS)):
            self.actions[k].setEnabled(has)

    def show_panel(self, focus: bool = False) -> None:
        self.dock.show()
        self.dock.raise_()
        if focus:
            self.panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _update_title(self) -> None:
        n = len(self.session.sources)
        name = self.path.name if self.path else "Untitled"
        count = f" — {counted(n, 'source')}" if n else ""
        self.window.setWindowTitle(f"{name}[*]{count} — reader")
        self.window.setWindowModified(self.dirty)

    def set_dirty(self, dirty: bool = True) -> None:
        if dirty:
            self.debounce.start()
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)
        self._update_title()

    def _changed(self, doc: Document) -> None:
        self.document = doc
        self.set_dirty(True)
        self.refresh()
        self.documentChanged.emit()

    # --- session events -------------------------------------------------------------------
    def _sources_state(self):
        return tuple(s.key for s in self.session.sources), tuple(sorted(self.session.labels.items()))

    def _has_work(self) -> bool:
        """Whether closing would lose something: notes, corrections, a summary, renamed or
        pasted sources (a pasted text lives only in the comparison), or a saved file's state."""
        d, s = self.document, self.session
        return bool(self.path or d.notes or d.corrections or d.summary.strip() or s.labels
                    or any(not spec.path for spec in s.sources))

    def _on_sources_changed(self) -> None:
        state = self._sources_state()
        if state != self._sources_seen and not self._loading and self._has_work():
            self.set_dirty(True)          # a source added, removed, moved, renamed or pasted
        self._sources_seen = state
        self._update_title()

    def _on_comparison_changed(self) -> None:
        c = self.session.comparison
        fresh = c is not None and {a.id for a in c.articles} == {x.key for x in self.session.sources}
        if fresh and self._pending_view is not None:
            view, self._pending_view = self._pending_view, None
            self._apply_view(view)
        elif c is not None and self._reselect is not None:
            sid = sentence_of(self._reselect, self.session)
            self._reselect = None
            if sid:
                self.session.select(sid)
        self.refresh()

    def _on_selection_changed(self) -> None:
        first, sid = self._link_from, self.session.selected
        if first is None or sid == first:
            return
        idx = self.session.index
        if sid is None or idx is None or first not in idx.sentence:
            self._link_from = None
            self._status("Linking cancelled.")
            return
        if idx.sentence[sid].article == idx.sentence[first].article:
            self._status("Pick the sentence to link with in another source (Esc cancels).")
            return
        self._link_from = None
        self._apply(corrections_ui.link(self.session, first, sid))

    # --- notes ----------------------------------------------------------------------------
    def _context(self, citations) -> str:
        return "\n".join(f"{self.session.label(c.article)}: “{' '.join(c.text.split())[:200]}”"
                         for c in citations)

    def add_note(self, kind: str = "") -> Optional[Note]:
        target = selection_target(self.session, kind)
        if target is None:
            self._status("Select a sentence first (or choose a note on the whole comparison).")
            return None
        what = TARGET_WORDS[target.target].lower()
        text = self.prompts.note_text(f"Note on {what}", self._context(target.citations), "")
        if text is None or not text.strip():
            return None
        now = _now()
        note = Note(id=self.document.next_note_id(), target=target.target, text=text.strip(),
                    citations=target.citations, subject=target.subject, created=now, modified=now)
        self._edit("Add Note", notes=self.document.with_note(note).notes)
        self.show_panel()
        self._status(f"Note added on the {what}.")
        return note

    def edit_note(self, note_id: str) -> None:
        note = next((n for n in self.document.notes if n.id == note_id), None)
        if note is None:
            return
        text = self.prompts.note_text("Edit note", self._context(note.citations), note.text)
        if text is not None and text.strip() != note.text:
            edited = dataclasses.replace(note, text=text.strip(), modified=_now())
            self._edit("Edit Note", notes=self.document.with_note(edited).notes)

    def delete_note(self, note_id: str) -> None:
        if any(n.id == note_id for n in self.document.notes):
            self._edit("Delete Note", notes=self.document.without_note(note_id).notes)

    def _edit(self, text: str, reanalyse: bool = False, **after) -> None:
        """Change fields of the document (notes, corrections) as one undoable edit."""
        before = {k: getattr(self.document, k) for k in after}

        def put(values: dict) -> None:
            self._changed(dataclasses.replace(self.document, **values))
            if reanalyse:
                self.reanalyse()
        self.history.record(text, lambda: put(after), lambda: put(before))

    def set_summary(self, text: str) -> None:
        if text != self.document.summary:
            self.document = dataclasses.replace(self.document, summary=text)
            self.set_dirty(True)
            self.documentChanged.emit()

    def go_to(self, citation: Citation) -> None:
        """Select the sentence that holds a cited passage."""
        sid = sentence_of(citation, self.session)
        if sid:
            self.session.select(sid)
        else:
            self._status("That passage is no longer found in the article.")

    # --- corrections ----------------------------------------------------------------------
    def start_link(self) -> None:
        sid = self.session.selected
        if not sid:
            self._status("Select a sentence, choose Link Sentence With…, then select its counterpart.")
            return
        self._link_from = sid
        self._status("Now select the sentence in another source that reports the same.")

    def _correct(self, build) -> None:
        self._apply(build(self.session, self.prompts.choose))

    def _apply(self, outcome) -> None:
        if isinstance(outcome, str):
            self._status(outcome)
        elif isinstance(outcome, Correction):
            self.add_correction(outcome)

    def add_correction(self, correction: Correction) -> None:
        words = describe(correction, self.session.label)
        self._edit(words, reanalyse=True, corrections=self.document.with_correction(correction).corrections)
        self._status(words + " — analysing again…")

    def undo_correction(self, k: int) -> None:
        cs = self.document.corrections
        if 0 <= k < len(cs):
            self._edit("Undo Correction", reanalyse=True, corrections=cs[:k] + cs[k + 1:])

    def reanalyse(self) -> None:
        """Run the analysis again with the document's corrections, keeping the selection."""
        s = self.session
        if s.selected and s.comparison is not None and s.index is not None and s.selected in s.index.sentence:
            from reader.document.model import cite_sentence
            self._reselect = cite_sentence(s.comparison, s.selected)
        s.corrections = tuple(self.document.corrections)
        s.analyse()

    # --- the document and its file -------------------------------------------------------
    def snapshot(self) -> Document:
        """The Document as it stands: the session's articles (with renamed labels) and view."""
        s, w = self.session, self.window
        articles = []
        for spec in s.sources:
            art = s.articles.get(spec.key)
            if art is not None:
                label = s.labels.get(spec.key)
                articles.append(dataclasses.replace(art, outlet=label) if label else art)
        view = {"layout": getattr(w.columns, "mode", ""), "zoom": getattr(w.columns, "zoom", 0)}
        if s.selected and s.comparison is not None and s.index is not None and s.selected in s.index.sentence:
            from reader.document.model import cite_sentence
            view["selected"] = _cit_dict(cite_sentence(s.comparison, s.selected))
        return dataclasses.replace(self.document, articles=tuple(articles), view=view)

    def _apply_view(self, view: dict) -> None:
        w = self.window
        if view.get("layout") in ("aligned", "reading") and hasattr(w, "set_layout"):
            w.set_layout(view["layout"])
        if isinstance(view.get("zoom"), int) and hasattr(w.columns, "set_zoom"):
            w.columns.set_zoom(view["zoom"])
        cit = _cit_from(view.get("selected")) if isinstance(view.get("selected"), dict) else None
        sid = sentence_of(cit, self.session) if cit else None
        if sid:
            self.session.select(sid)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        if self.session.comparison is None and not self.session.sources:
            self._status("Nothing to save yet: open two or more articles first.")
            return False
        suggested = str(self.path or Path.home() / f"{self._title_stem()}{EXTENSION}")
        chosen = self.prompts.save_path("Save comparison", suggested, f"Saved comparisons (*{EXTENSION})")
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        return self._write(path)

    def _title_stem(self) -> str:
        arts = [self.session.articles.get(s.key) for s in self.session.sources]
        title = next((a.title for a in arts if a is not None and a.title), "") or "comparison"
        return "".join(ch if ch.isalnum() or ch in " -_" else "" for ch in title).strip()[:60] or "comparison"

    def _write(self, path: Path) -> bool:
        doc = self.snapshot()
        if not doc.articles:
            self._status("Nothing to save yet: the articles are still being read.")
            return False
        doc = dataclasses.replace(doc, title=doc.title or path.stem, created=doc.created or _now())
        try:
            save(doc, path)
        except OSError as e:
            self.prompts.error("Could not save", f"{path.name}: {e.strerror or e}")
            return False
        self.document = dataclasses.replace(self.document, title=doc.title, created=doc.created)
        self.path = path
        autosave.discard(self.recovery_folder, self.key)
        self.set_dirty(False)
        self.debounce.stop()
        self._remember(path)
        self._status(f"Saved {path.name}")
        return True

    def start_new(self) -> bool:
        """Before other articles replace the open ones: ask about unsaved work, then start an
        untitled document. False when the reader cancelled."""
        if not self.maybe_save():
            return False
        self.new_document()
        return True

    def new_document(self) -> None:
        autosave.discard(self.recovery_folder, self.key)
        self.history.clear()
        self.document, self.path, self._link_from = Document(created=_now()), None, None
        self.set_dirty(False)
        self.debounce.stop()
        self.refresh()

    def open_file(self, path) -> bool:
        if not self.maybe_save():
            return False
        try:
            doc = load(Path(path))
        except DocumentError as e:
            self.prompts.error("Could not open", str(e))
            return False
        self._load(doc, file_name(path), Path(path))
        self.set_dirty(False)
        self._remember(Path(path))
        return True

    def _remember(self, path: Path) -> None:
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            settings.add_recent([str(path)])

    def _load(self, doc: Document, name: str, path: Optional[Path]) -> None:
        """Show a loaded Document (read once, here): its sources analysed with its corrections,
        its notes, its view. name is the file's, for messages."""
        autosave.discard(self.recovery_folder, self.key)
        self.history.clear()
        self.document = dataclasses.replace(doc, articles=(), view={})
        self.path = path
        self._link_from = None
        self._pending_view = {k: v for k, v in doc.view.items() if k != "path"}
        self._loading = True
        try:
            self.session.show_document(doc, name)
        finally:
            self._loading = False
            self._sources_seen = self._sources_state()
        self.refresh()
        if doc.notes or doc.summary:
            self.show_panel()

    def maybe_save(self) -> bool:
        """Before unsaved work is replaced or closed: Save / Discard / Cancel. True to go on."""
        if not self.dirty:
            return True
        answer = self.prompts.close()
        if answer == "save":
            return self.save()
        if answer == "discard":
            autosave.discard(self.recovery_folder, self.key)
            self.set_dirty(False)
            return True
        return False

    # --- export ---------------------------------------------------------------------------
    def export(self, fmt: str, path=None) -> bool:
        c = self.session.comparison
        if c is None:
            self._status("Nothing to export yet: open two or more articles first.")
            return False
        _, ext, flt = EXPORTS[fmt]
        if path is None:
            base = self.path.with_suffix(ext) if self.path else Path.home() / f"{self._title_stem()}{ext}"
            path = self.prompts.save_path(f"Export as {fmt.upper()}", str(base), flt)
            if not path:
                return False
        path = Path(path)
        try:
            export_file(fmt, c, self.snapshot(), path)
        except OSError as e:
            self.prompts.error("Could not export", f"{path.name}: {e.strerror or e}")
            return False
        except Exception as e:            # an exporter bug must not lose the reader's work
            self.prompts.error("Could not export", f"{path.name}: {e.__class__.__name__}: {e}")
            return False
        self._status(f"Exported {path.name}")
        return True

    # --- recovery and closing -------------------------------------------------------------
    def autosave(self) -> Optional[Path]:
        """Write a recovery copy while there are unsaved changes."""
        if not self.dirty:
            return None
        doc = self.snapshot()
        if not doc.articles:
            return None
        if self.path is not None:
            doc = dataclasses.replace(doc, view={**doc.view, "path": str(self.path)})
        try:
            return autosave.write_recovery(doc, self.recovery_folder, self.key)
        except OSError as e:
            self._status(f"Could not write a recovery copy: {e.strerror or e}")
            return None

    def offer_recovery(self) -> bool:
        """If an earlier session left unsaved work, offer it. True when it was restored."""
        rec = autosave.newest(self.recovery_folder)
        if rec is None or rec.path == autosave.recovery_path(self.recovery_folder, self.key):
            return False
        answer = self.prompts.restore(rec)
        if answer == "discard":
            self._remove_recovery(rec.path)
            return False
        if answer != "restore" or not self.maybe_save():
            return False
        original = rec.document.view.get("path")
        self._load(rec.document, file_name(original) if original else "recovered work",
                   Path(original) if original else None)
        self.set_dirty(True)
        self._remove_recovery(rec.path)     # this window's own recovery copy takes over
        self._status("Restored unsaved work.")
        return True

    def _remove_recovery(self, path: Path) -> None:
        """Remove an earlier session's recovery copy; one that cannot go (a read-only folder)
        is said so in the message bar, and is offered again at the next start."""
        try:
            path.unlink(missing_ok=True)
        except OSError as e:
            reason = (e.strerror or e.__class__.__name__).lower()
            self.session.problem.emit(f"Could not remove the recovery copy {file_name(path)} ({reason}): "
                                      f"it will be offered again at the next start.")

    # --- context menus on the columns ----------------------------------------------------
    def _hook_columns(self) -> None:
        """Right-click in a column's text: its usual menu plus notes and corrections."""
        for col in getattr(self.window.columns, "columns", ()):
            text = getattr(col, "text", None)
            if text is not None and hasattr(text, "sentence_at_position"):
                text.viewport().installEventFilter(self)

    def context_menu(self, text, pos) -> QMenu:
        """The menu for a right-click at pos in a column's text; it selects the sentence there."""
        sid = text.sentence_at_position(text.cursorForPosition(pos).position())
        if sid and sid != self.session.selected:
            self.session.select(sid)
        menu = text.createStandardContextMenu(pos)
        menu.addSeparator()
        for key in ("note", "note_row", None, "link", "unlink", "dismiss", "speaker"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
        return menu

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save():
                event.ignore()
                return True             # the window stays open
            autosave.discard(self.recovery_folder, self.key)
        elif event.type() == QEvent.Type.ContextMenu and self.session.index is not None:
            text = obj.parent()
            if hasattr(text, "sentence_at_position"):
                menu = self.context_menu(text, event.pos())
                self.popup(menu, event.globalPos())
                menu.deleteLater()
                return True
        return False


def install_workspace(window, recovery_folder=None, prompts: Optional[Prompts] = None,
                      offer_recovery: bool = True) -> WorkspaceController:
    """Give a MainWindow notes, corrections, Save/Open/Export, autosave and recovery; when
    offer_recovery, unsaved work of an earlier session is offered once the event loop runs.
    Installing twice returns the first controller (with the new folder and prompts)."""
    ctl = getattr(window, "workspace", None)
    if isinstance(ctl, WorkspaceController):      # already installed: only take the new options
        if recovery_folder is not None:
            ctl.recovery_folder = Path(recovery_folder)
        if prompts is not None:
            prompts.parent, ctl.prompts = window, prompts
        if offer_recovery:
            QTimer.singleShot(0, ctl, ctl.offer_recovery)
        return ctl
    ctl = WorkspaceController(window, recovery_folder, prompts)
    ctl.install()
    window.workspace = ctl
    if offer_recovery:
        QTimer.singleShot(0, ctl, ctl.offer_recovery)
    return ctl
