"""Removing, renaming and reordering sources as undoable edits of the workspace (a mixin of
WorkspaceController: it uses the controller's session, document, history and prompts)."""
from __future__ import annotations

import dataclasses
from reader.words import counted


class SourceEdits:
    def _refers_to(self, key: str) -> tuple[tuple, tuple]:
        """The notes and corrections that cite a source."""
        d = self.document
        notes = tuple(n for n in d.notes if any(c.article == key for c in n.citations))
        corrections = tuple(c for c in d.corrections if any(r.article == key for r in c.refs))
        return notes, corrections

    def remove_source(self, key: str) -> bool:
        """Remove a source after saying what goes with it; undoable. True when removed."""
        s = self.session
        position = next((k for k, spec in enumerate(s.sources) if spec.key == key), None)
        if position is None:
            return False
        spec, label, article = s.sources[position], s.labels.get(key, ""), s.articles.get(key)
        notes, corrections = self._refers_to(key)
        name = s.label(key)
        goes = [counted(len(notes), "note") if notes else "",
                counted(len(corrections), "correction") if corrections else ""]
        goes = " and ".join(x for x in goes if x)
        refer = "refers" if len(notes) + len(corrections) == 1 else "refer"
        message = (f"Remove “{name}” from the comparison?" +
                   (f" {goes.capitalize()} that {refer} to it will go with it." if goes else
                    " No note or correction refers to it.") + " Edit ▸ Undo brings it back.")
        if not self.prompts.confirm("Remove Source", message, "Remove"):
            return False
        before = (self.document.notes, self.document.corrections)
        after = (tuple(n for n in before[0] if n not in notes),
                 tuple(c for c in before[1] if c not in corrections))

        def do() -> None:
            self._changed(dataclasses.replace(self.document, notes=after[0], corrections=after[1]))
            s.corrections = after[1]
            s.remove_source(key)

        def undo() -> None:
            self._changed(dataclasses.replace(self.document, notes=before[0], corrections=before[1]))
            s.corrections = before[1]
            s.restore_source(spec, position, label, article)
        self.history.record(f"Remove {name}", do, undo)
        self._status(f"Removed {name}. Edit ▸ Undo brings it back.")
        return True

    def rename_source(self, key: str, label: str) -> None:
        s = self.session
        old, new = s.labels.get(key, ""), label.strip()
        if new == s.label(key) or (not new and not old):
            return
        self.history.record(f"Rename {s.label(key)}", lambda: s.rename_source(key, new),
                            lambda: s.rename_source(key, old))

    def move_source(self, key: str, step: int) -> None:
        s = self.session
        i = next((k for k, spec in enumerate(s.sources) if spec.key == key), None)
        if i is None or not 0 <= i + step < len(s.sources):
            return
        self.history.record(f"Move {s.label(key)}", lambda: s.move_source(key, step),
                            lambda: s.move_source(key, -step))
