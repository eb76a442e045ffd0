"""A reader's comparison as saved: sources, corrections, notes, summary and view state."""
from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field
from typing import Optional

from reader.engine.model import Article, Citation, Comparison, Correction

# what a note can be attached to; `target` says which one, in a form that survives re-analysis
NOTE_TARGETS = ("summary", "group", "sentence", "difference", "actor", "quote")


@dataclass(frozen=True)
class Note:
    id: str
    target: str                       # one of NOTE_TARGETS
    text: str
    citations: tuple[Citation, ...] = ()   # the passages it is about, kept with their words
    subject: str = ""                 # actor name for an actor note, difference kind, …
    created: str = ""                 # ISO 8601
    modified: str = ""


@dataclass(frozen=True)
class Document:
    articles: tuple[Article, ...] = ()
    corrections: tuple[Correction, ...] = ()
    notes: tuple[Note, ...] = ()
    summary: str = ""                 # the reader's free summary of the comparison
    title: str = ""
    created: str = ""
    view: dict = field(default_factory=dict, compare=False, hash=False)   # layout, zoom, selection…

    def with_note(self, note: Note) -> "Document":
        """The document with note added, or replacing the note of the same id."""
        notes = [n for n in self.notes if n.id != note.id]
        position = next((k for k, n in enumerate(self.notes) if n.id == note.id), len(notes))
        notes.insert(position, note)
        return dataclasses.replace(self, notes=tuple(notes))

    def without_note(self, note_id: str) -> "Document":
        return dataclasses.replace(self, notes=tuple(n for n in self.notes if n.id != note_id))

    def with_correction(self, correction: Correction) -> "Document":
        """Add a correction; one that undoes an earlier one (unlink after link) replaces it."""
        opposite = {"link": "unlink", "unlink": "link"}.get(correction.kind)
        kept = tuple(c for c in self.corrections
                     if not (c.refs == correction.refs and c.names == correction.names
                             and c.kind in (correction.kind, opposite)))
        return dataclasses.replace(self, corrections=kept + (correction,))

    def next_note_id(self) -> str:
        used = {n.id for n in self.notes}
        return next(f"note:{k}" for k in itertools.count(1) if f"note:{k}" not in used)


def cite_sentence(comparison: Comparison, sentence_id: str) -> Citation:
    s = comparison.sentence(sentence_id)
    return Citation(article=s.article, start=s.start, end=s.end, text=s.text)


def resolve(citation: Citation, comparison: Comparison) -> Optional[Citation]:
    """The citation as it stands in this comparison's text (moved if the words moved), or None."""
    from reader.engine.corrections import locate

    try:
        text = comparison.article(citation.article).text
    except StopIteration:
        return None
    where = locate(citation, text)
    if where is None:
        return None
    return Citation(citation.article, where[0], where[1], citation.text)
