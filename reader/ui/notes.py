"""The reader's notes: what a note on the current selection cites, and the panel that shows the
summary, the notes with their cited words, and the corrections made so far.

Notes keep their passages as Citations (words plus offsets), never sentence ids, so they still
point at the right words after a re-analysis; a passage whose words are gone is shown as such.
The panel only displays and reports clicks; the workspace controller changes the Document.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable, Optional

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from reader.document.model import Document, cite_sentence, resolve
from reader.engine.model import Citation, Comparison
from reader.document.describe import quoted

TARGET_WORDS = {"summary": "Whole comparison", "group": "Row", "sentence": "Sentence",
                "difference": "Difference", "actor": "Actor", "quote": "Quote"}
MAX_ACTOR_CITATIONS = 3


@dataclass(frozen=True)
class NoteTarget:
    """What a new note would be about: its target kind, a subject line and the passages."""

    target: str
    subject: str
    citations: tuple[Citation, ...]


def _span_citation(span) -> Citation:
    return Citation(span.article, span.start, span.end, span.text)


def selection_target(session, kind: str = "") -> Optional[NoteTarget]:
    """The note target for the session's selection: `kind` asks for one ("group", "sentence",
    …); without it the most specific thing selected (quote, difference, sentence, actor)."""
    idx, c = session.index, session.comparison
    if idx is None or c is None:
        return NoteTarget("summary", "", ()) if kind in ("", "summary") else None
    sid = session.selected
    order = (kind,) if kind else ("quote", "difference", "sentence", "actor", "summary")
    for k in order:
        if k == "quote" and session.focus.quote:
            q = next((q for q in c.quotes if q.id == session.focus.quote), None)
            if q is not None:
                speaker = c.actor(q.speaker) if q.speaker else None
                return NoteTarget("quote", speaker.name if speaker else "",
                                  (Citation(q.article, q.start, q.end, q.text),))
        elif k == "difference" and session.focus.difference is not None \
                and 0 <= session.focus.difference < len(idx.stops):
            d = idx.stops[session.focus.difference]
            return NoteTarget("difference", d.note or d.kind, (_span_citation(d.a), _span_citation(d.b)))
        elif k == "sentence" and sid:
            return NoteTarget("sentence", "", (cite_sentence(c, sid),))
        elif k == "group" and sid:
            return NoteTarget("group", "", tuple(cite_sentence(c, x) for x in idx.level_set(sid)))
        elif k == "actor" and session.actor:
            actor = c.actor(session.actor)
            if actor is None:
                continue
            cites, seen = [], set()
            for m in actor.mentions:      # one sentence per source first, then more
                sent = m.sentence or idx.sentence_at(m.article, m.start)
                if m.article not in seen and sent:
                    seen.add(m.article)
                    cites.append(cite_sentence(c, sent))
            return NoteTarget("actor", actor.name, tuple(cites[:MAX_ACTOR_CITATIONS]))
        elif k == "summary":
            return NoteTarget("summary", "", ())
    return None


def sentence_of(citation: Citation, session) -> Optional[str]:
    """The sentence id where the cited words stand now, or None when they are gone."""
    c, idx = session.comparison, session.index
    if c is None or idx is None:
        return None
    where = resolve(citation, c)
    if where is None:
        return None
    sid = idx.sentence_at(where.article, where.start)
    return sid or next((s.id for s in c.sentences if s.article == where.article
                        and s.start <= where.start < s.end), None)


def _words(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class NoteDialog(QDialog):
    """Write or edit a note's text, with the passages it cites shown above."""

    def __init__(self, title: str, context: str, text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        if context:
            about = QLabel(context, self)
            about.setWordWrap(True)
            about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(about)
        self.edit = QPlainTextEdit(text, self)
        self.edit.setPlaceholderText("Your note…")
        lay.addWidget(self.edit, 1)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(460, 300)


def ask_note_text(parent, title: str, context: str, text: str = "") -> Optional[str]:
    dlg = NoteDialog(title, context, text, parent)
    return dlg.edit.toPlainText() if dlg.exec() == QDialog.DialogCode.Accepted else None


class NotesPanel(QWidget):
    """Summary box, notes (with their cited passages) and corrections, in one dock."""

    summaryEdited = Signal(str)
    citationClicked = Signal(object)      # Citation
    editRequested = Signal(str)           # note id
    deleteRequested = Signal(str)         # note id
    undoRequested = Signal(int)           # index into Document.corrections
    addRequested = Signal()

    def __init__(self, label: Callable[[str], str], describe: Callable, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.label, self.describe = label, describe
        self._citations: list[Citation] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Vertical, self)

        top = QWidget(split)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel("<b>Summary</b>", top))
        self.summary = QPlainTextEdit(top)
        self.summary.setObjectName("summaryEdit")
        self.summary.setPlaceholderText("Your summary of how the sources compare…")
        self.summary.textChanged.connect(lambda: self.summaryEdited.emit(self.summary.toPlainText()))
        tl.addWidget(self.summary)

        mid = QWidget(split)
        ml = QVBoxLayout(mid)
        ml.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.notes_title = QLabel("<b>Notes</b>", mid)
        head.addWidget(self.notes_title, 1)
        self.add_button = QPushButton("Add Note", mid)
        self.add_button.setToolTip("Add a note on the selection (Ctrl+Alt+N)")
        self.add_button.clicked.connect(self.addRequested)
        head.addWidget(self.add_button)
        ml.addLayout(head)
        self.notes = QTextBrowser(mid)
        self.notes.setObjectName("notesView")
        self.notes.setOpenLinks(False)
        self.notes.anchorClicked.connect(self._on_anchor)
        ml.addWidget(self.notes, 1)

        bottom = QWidget(split)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.corrections_title = QLabel("<b>Corrections</b>", bottom)
        bl.addWidget(self.corrections_title)
        self.corrections = QTextBrowser(bottom)
        self.corrections.setObjectName("correctionsView")
        self.corrections.setOpenLinks(False)
        self.corrections.anchorClicked.connect(self._on_anchor)
        bl.addWidget(self.corrections, 1)

        split.addWidget(top)
        split.addWidget(mid)
        split.addWidget(bottom)
        split.setSizes([140, 380, 140])
        lay.addWidget(split)

    # --- showing --------------------------------------------------------------------------
    def set_summary(self, text: str) -> None:
        if text != self.summary.toPlainText():
            self.summary.blockSignals(True)
            self.summary.setPlainText(text)
            self.summary.blockSignals(False)

    def show_document(self, doc: Document, comparison: Optional[Comparison]) -> None:
        from reader.ui.theme import Theme
        th = Theme.current()
        muted, link, lost = th.css_text("muted"), th.css_text("link"), th.css_text("claim")
        self.set_summary(doc.summary)
        self._citations = []
        parts = []
        for note in doc.notes:
            what = TARGET_WORDS.get(note.target, note.target)
            about = f" — {escape(note.subject)}" if note.subject else ""
            body = escape(note.text).replace("\n", "<br>") or "<i>(empty)</i>"
            cites = []
            for cit in note.citations:
                found = comparison is not None and resolve(cit, comparison) is not None
                k = len(self._citations)
                self._citations.append(cit)
                words = escape(quoted(_words(cit.text)))
                if found:
                    words = f"<a href='cite:{k}' style='text-decoration:none; color:{link}'>{words}</a>"
                else:
                    words += f" <span style='color:{lost}'>(no longer found)</span>"
                cites.append(f"<div style='margin-left:10px'><b>{escape(self.label(cit.article))}</b>: "
                             f"{words}</div>")
            nid = escape(note.id, quote=True)
            parts.append(f"<div style='margin-bottom:8px'><small style='color:{muted}'>{what}{about}</small>"
                         f"<div>{body}</div>{''.join(cites)}"
                         f"<small><a href='edit:{nid}' style='color:{link}'>edit</a>"
                         f"<span style='color:{muted}'> · </span>"
                         f"<a href='delete:{nid}' style='color:{link}'>delete</a></small>"
                         f"</div><hr>")
        if not parts:
            parts.append(f"<p style='color:{muted}'>No notes yet. Select a sentence, a difference, an actor "
                         "or a quote and press Ctrl+Alt+N to note something about it.</p>")
        self.notes.setHtml("".join(parts))
        self.notes_title.setText(f"<b>Notes</b> ({len(doc.notes)})" if doc.notes else "<b>Notes</b>")

        rows = [f"<div style='margin-bottom:4px'>{escape(self.describe(c))} "
                f"<small><a href='undo:{k}' style='color:{link}'>undo</a></small></div>"
                for k, c in enumerate(doc.corrections)]
        self.corrections.setHtml("".join(rows) or f"<p style='color:{muted}'>No corrections. "
                                 "Use the Edit menu to "
                                 "link or unlink sentences, dismiss a difference, or fix actors and "
                                 "speakers.</p>")
        self.corrections_title.setText(f"<b>Corrections</b> ({len(doc.corrections)})" if doc.corrections
                                       else "<b>Corrections</b>")

    # --- clicks ---------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        kind, _, arg = url.toString().partition(":")
        if kind == "cite" and arg.isdigit() and int(arg) < len(self._citations):
            self.citationClicked.emit(self._citations[int(arg)])
        elif kind == "edit":
            self.editRequested.emit(arg)
        elif kind == "delete":
            self.deleteRequested.emit(arg)
        elif kind == "undo" and arg.isdigit():
            self.undoRequested.emit(int(arg))
