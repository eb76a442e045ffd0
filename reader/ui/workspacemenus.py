"""The workspace's menu entries in the window: Save, Export, Undo and Redo, notes, corrections,
the notes panel (a mixin of WorkspaceController, which provides the slots)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui import corrections_ui
from reader.ui.exporting import EXPORTS


class WorkspaceMenus:
    def _menu(self, title: str):
        for a in self.window.menuBar().actions():
            if a.menu() is not None and a.text().replace("&", "") == title:
                return a.menu()
        return None

    def _action(self, text: str, slot, shortcut=None, menu=None, tip: str = "") -> QAction:
        a = QAction(text, self.window)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        a.setShortcutVisibleInContextMenu(True)
        a.triggered.connect(lambda _=False: slot())
        self.window.addAction(a)
        if menu is not None:
            menu.addAction(a)
        return a

    def _make_actions(self) -> None:
        w, mb = self.window, self.window.menuBar()
        self.actions: dict[str, QAction] = {}
        file_menu = self._menu("File")
        before = getattr(w, "act_remove", None)
        group = [self._action("&Save", self.save, QKeySequence.StandardKey.Save,
                              tip="Save the comparison with its notes and corrections"),
                 self._action("Save &As…", self.save_as, "Ctrl+Shift+S")]
        export = self._export_menu()
        if before is None:
            file_menu.addSeparator()
            before = file_menu.addSeparator()
        for a in group:
            file_menu.insertAction(before, a)
        file_menu.insertSeparator(group[0])
        file_menu.insertMenu(before, export)
        file_menu.insertSeparator(before)
        self.actions["save"], self.actions["save_as"] = group

        edit = self.edit_menu = w.menuBar().addMenu("&Edit")
        view = self._menu("View")
        if view is not None:
            mb.insertMenu(view.menuAction(), edit)
        add = self._action
        undo = self.history.createUndoAction(w, "&Undo")
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.history.createRedoAction(w, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (undo, redo):
            a.setShortcutVisibleInContextMenu(True)
            w.addAction(a)
            edit.addAction(a)
        self.actions.update(undo=undo, redo=redo)
        edit.addSeparator()
        self.actions.update(
            note=add("Add &Note…", lambda: self.add_note(), "Ctrl+Alt+N", edit,
                     "Note something about the selected sentence, difference, quote or actor"),
            note_row=add("Add Note on &Row…", lambda: self.add_note("group"), "Ctrl+Alt+R", edit,
                         "A note on the selected sentence's aligned row, citing every sentence in it"),
            note_all=add("Add Note on &Whole Comparison…", lambda: self.add_note("summary"), None, edit),
        )
        edit.addSeparator()
        self.actions.update(
            link=add("&Link Sentence With…", self.start_link, "Ctrl+Alt+L", edit,
                     "Then select the sentence in another source it reports the same as"),
            unlink=add("&Unlink Sentence…", lambda: self._correct(corrections_ui.unlink), "Ctrl+Alt+U", edit,
                       "The selected sentence does not report the same as its counterpart"),
            dismiss=add("&Dismiss Difference", lambda: self._correct(corrections_ui.dismiss), "Ctrl+Alt+D",
                        edit,
                        "The selected difference is no real difference"),
        )
        edit.addSeparator()
        self.actions.update(
            merge=add("&Merge Actors…", lambda: self._correct(corrections_ui.merge_actors), None, edit),
            split=add("&Split Name Off Actor…", lambda: self._correct(corrections_ui.split_actor), None,
                      edit),
            speaker=add("Change Quote's S&peaker…", lambda: self._correct(corrections_ui.set_speaker), None,
                        edit),
        )
        panels = next((a.menu() for a in (view.actions() if view else []) if a.menu() is not None
                       and a.text().replace("&", "") == "Panels"), None)
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
        w.addAction(toggle)
        show = self._action("Show Notes", lambda: self.show_panel(focus=True), "Alt+5")
        if panels is not None:
            panels.addAction(toggle)
            panels.addAction(show)

    def _export_menu(self):
        m = QMenu("&Export", self.window)
        for key, (text, _, _) in EXPORTS.items():
            self.actions[f"export_{key}"] = self._action(text, lambda k=key: self.export(k), None, m,
                                                         f"Export the comparison and your notes as "
                                                         f"{key.upper()}")
        return m
