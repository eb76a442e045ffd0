"""The window's state as one small Qt model: sources, the current Comparison, the selection.

Views observe its signals and never talk to each other; actions change the session.
"""
from __future__ import annotations

import os
from pathlib import Path
from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QObject, Signal

from reader.labels import outlet_label, short_label, told_apart
from reader.ui.display import DisplayIndex
from reader.ui.analysis import file_specs, unique_key
from reader.ui.runner import AnalysisRunner, Request, Result, SourceSpec


@dataclass
class Focus:
    """What is highlighted besides the selected sentence."""

    difference: Optional[int] = None     # index into DisplayIndex.stops
    quote: Optional[str] = None          # quote id


BIG = 400          # sentences above which display indexes are built on the worker


class ComparisonSession(QObject):
    sourcesChanged = Signal()            # list, order or labels changed
    comparisonChanged = Signal()         # a new Comparison (or display order) to show
    selectionChanged = Signal()          # selected sentence / difference / quote
    actorChanged = Signal()              # actor filter on or off
    busyChanged = Signal(bool)
    progress = Signal(str, float)
    message = Signal(str)                # for the status bar: passing news and hints
    problem = Signal(str)                # a file or analysis problem the reader must see

    def __init__(self, runner: Optional[AnalysisRunner] = None, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.runner = runner or AnalysisRunner(self)
        self.runner.setParent(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.indexed.connect(self._on_index_built)
        self.sources: list[SourceSpec] = []
        self.labels: dict[str, str] = {}
        self.articles: dict = {}             # key -> Article (cache, survives re-analysis)
        self.comparison = None
        self.index: Optional[DisplayIndex] = None
        self.selected: Optional[str] = None
        self.focus = Focus()
        self.actor: Optional[str] = None
        self.busy = False
        self._pasted = 0
        self.corrections: tuple = ()         # from an opened .readercmp file

    # --- sources ------------------------------------------------------------------
    def _unique_key(self, stem: str) -> str:
        return unique_key(stem, {s.key for s in self.sources})

    def open_document(self, path: str) -> bool:
        """Open saved work (.readercmp): its articles, as saved, and its link corrections."""
        from reader.document import DocumentError, load
        try:
            doc = load(Path(path))
        except (DocumentError, OSError) as e:
            self.problem.emit(f"Could not open {path}: {e}")
            return False
        from reader.safe_text import file_name
        self.show_document(doc, file_name(path))
        return True

    def show_document(self, doc, name: str) -> None:
        """Show a loaded Document's articles and analyse them with its corrections; text the
        file held damaged (shown as U+FFFD) is named in the message bar."""
        from reader.document.fileformat import warnings
        self.sources, self.labels, self.articles = [], {}, {}
        for a in doc.articles:
            self.sources.append(SourceSpec(a.id, path=a.path, text=a.text))
            self.articles[a.id] = a
        self.corrections = tuple(doc.corrections)
        for warning in warnings(doc, name):
            self.problem.emit(warning)
        self._changed()

    def set_sources(self, paths: list[str]) -> None:
        """Replace every source with these files and analyse them (read afresh from disk)."""
        self.sources = []
        self.labels = {}
        self.articles = {}
        self.corrections = ()
        self.sources = file_specs(paths)
        self._changed()

    def add_paths(self, paths: list[str]) -> None:
        known = {os.path.abspath(s.path) for s in self.sources if s.path}
        self.sources += file_specs([p for p in paths if os.path.abspath(p) not in known],
                                   {s.key for s in self.sources})
        self._changed()

    def add_text(self, text: str, label: str = "") -> Optional[str]:
        text = text.strip()
        if not text:
            self.message.emit("The clipboard holds no text to paste as a source.")
            return None
        self._pasted += 1
        key = self._unique_key(f"pasted-{self._pasted}")
        self.sources.append(SourceSpec(key, text=text))
        self.labels[key] = label or f"Pasted {self._pasted}"
        self._changed()
        return key

    def clear(self) -> None:
        """No sources at all: an empty comparison (File ▸ New, File ▸ Close)."""
        self.runner.cancel()
        self.sources, self.labels, self.articles, self.corrections = [], {}, {}, ()
        self._set_busy(False)
        self.sourcesChanged.emit()
        self.set_comparison(None)

    def restore_source(self, spec: SourceSpec, position: int, label: str = "", article=None) -> None:
        """Put a removed source back where it was (undo)."""
        self.sources.insert(min(position, len(self.sources)), spec)
        if label:
            self.labels[spec.key] = label
        if article is not None:
            self.articles[spec.key] = article
        self._changed()

    def remove_source(self, key: str) -> None:
        self.sources = [s for s in self.sources if s.key != key]
        self.labels.pop(key, None)
        self.articles.pop(key, None)     # a later source may reuse the key
        self._changed()

    def move_source(self, key: str, step: int) -> None:
        """Reorder columns; a display change only, no re-analysis."""
        i = next((k for k, s in enumerate(self.sources) if s.key == key), None)
        if i is None or not 0 <= i + step < len(self.sources):
            return
        self.sources.insert(i + step, self.sources.pop(i))
        self.sourcesChanged.emit()
        big = self.comparison is not None and len(self.comparison.sentences) > BIG
        if big and not self.runner.synchronous:
            # new rows for a big comparison take a while: on the worker, the old order shown meanwhile
            self.runner.build_index(self.comparison, [s.key for s in self.sources])
        else:
            self._reindex()

    def _on_index_built(self, comparison, index: DisplayIndex) -> None:
        wanted = [s.key for s in self.sources if s.key in index.column_of]
        if comparison is self.comparison and index.order == wanted:
            selected = self.selected
            self._reindex(index)
            if selected and selected in index.sentence:
                self.select(selected)

    def rename_source(self, key: str, label: str) -> None:
        label = label.strip()
        if label:
            self.labels[key] = label
        else:
            self.labels.pop(key, None)
        self.sourcesChanged.emit()
        self.comparisonChanged.emit()

    def label(self, key: str) -> str:
        """The outlet label a column and every list show for a source: the reader's name for
        it, else the one rule of reader/labels.py (two alike told apart, as in the exports)."""
        stamp = (tuple(x.key for x in self.sources), tuple(self.labels.items()), id(self.comparison),
                 len(self.articles))
        if getattr(self, "_label_stamp", None) != stamp:
            self._label_stamp, self._label_cache = stamp, self._compute_labels()
        cached = self._label_cache.get(key)
        if cached is None:
            art = self._article(key)
            cached = self._label_cache[key] = outlet_label(art) if art is not None else short_label(key)
        return cached

    def _article(self, key: str):
        """The article shown for a source: the comparison's, else the one read for it."""
        if self.comparison is not None:
            art = next((a for a in self.comparison.articles if a.id == key), None)
            if art is not None:
                return art
        return self.articles.get(key)

    def _compute_labels(self) -> dict[str, str]:
        found = {}
        for spec in self.sources:
            art = self._article(spec.key)
            found[spec.key] = self.labels.get(spec.key) or (
                outlet_label(art) if art is not None else short_label(spec.key))
        return {**told_apart(found), **{k: v for k, v in self.labels.items() if k in found}}

    def paths(self) -> list[str]:
        return [s.path for s in self.sources if s.path]

    # --- analysis -----------------------------------------------------------------
    def _changed(self) -> None:
        self.sourcesChanged.emit()
        self.analyse()

    def analyse(self) -> None:
        keys = {s.key for s in self.sources}
        cache = {k: a for k, a in self.articles.items() if k in keys}
        self._set_busy(True)
        self.runner.submit(Request(list(self.sources), cache, self.corrections))

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _on_runner_progress(self, gen: int, stage: str, fraction: float) -> None:
        if self.runner.is_current(gen):
            self.progress.emit(stage, fraction)

    def _on_runner_failed(self, gen: int, message: str) -> None:
        if not self.runner.is_current(gen):
            return
        self._set_busy(False)
        self.problem.emit("Analysis failed: " + message.splitlines()[0])

    def _on_runner_finished(self, gen: int, result: Result) -> None:
        if not self.runner.is_current(gen):
            return                              # stale: newer input is being analysed
        self.articles.update(result.articles)
        problems = ["Could not read " + e for e in result.errors]
        bad = {s.key for s in self.sources} - set(result.articles)
        if bad:
            self.sources = [s for s in self.sources if s.key not in bad]
            self.sourcesChanged.emit()
        self._set_busy(False)
        if problems:    # one message, so a later one does not hide an earlier one
            self.problem.emit(" · ".join(problems))
        for warning in result.warnings:
            self.problem.emit(warning)
        from reader.ui.runner import collector_paused
        with collector_paused():        # the views build thousands of objects for a new result
            self.set_comparison(result.comparison, result.index
                                if result.order == tuple(s.key for s in self.sources) else None)
        if result.comparison is None and len(self.sources) < 2:
            self.message.emit("Open at least two articles to compare them.")

    def set_comparison(self, comparison, index: Optional[DisplayIndex] = None) -> None:
        """Show a finished Comparison (tests call this directly with a hand-made one)."""
        self.comparison = comparison
        if comparison is not None:
            known = {s.key for s in self.sources}
            for a in comparison.articles:
                self.articles[a.id] = a          # what is shown is what is saved
                if a.id not in known:
                    self.sources.append(SourceSpec(a.id, path=a.path))
                    self.sourcesChanged.emit()
        self.selected = None
        self.focus = Focus()
        self.actor = None
        self._reindex(index)

    def _reindex(self, index: Optional[DisplayIndex] = None) -> None:
        if self.comparison is None:
            self.index = None
        elif index is not None and index.comparison is self.comparison:
            self.index = index
        else:
            self.index = DisplayIndex(self.comparison, [s.key for s in self.sources])
        self.focus.difference = None
        self.comparisonChanged.emit()
        self.selectionChanged.emit()
        self.actorChanged.emit()

    # --- selection ----------------------------------------------------------------
    def select(self, sid: Optional[str], difference: Optional[int] = None,
               quote: Optional[str] = None) -> None:
        if self.index is None or (sid is not None and sid not in self.index.sentence):
            return
        self.selected = sid
        self.focus = Focus(difference, quote)
        self.selectionChanged.emit()

    def set_actor(self, actor_id: Optional[str]) -> None:
        self.actor = actor_id
        self.actorChanged.emit()

    def next_difference(self, step: int = 1) -> bool:
        if self.index is None:
            return False
        i = self.index.next_difference(self.selected, self.focus.difference, step)
        if i is None:
            self.message.emit("No further difference" if step > 0 else "No earlier difference")
            return False
        d = self.index.stops[i]
        self.select(d.a.sentence, difference=i)
        return True

    def difference_text(self, i: int) -> str:
        """"Difference 3 of 41 · number · ANI vs VOA": where F7 has brought the reader."""
        d = self.index.stops[i]
        return (f"Difference {i + 1} of {len(self.index.stops)} · {d.kind} · "
                f"{self.label(d.a.article)} vs {self.label(d.b.article)}")

    def next_unique(self, step: int = 1) -> bool:
        if self.index is None:
            return False
        sid = self.index.next_unique(self.selected, step)
        if sid is None:
            self.message.emit("No further sentence unique to this source")
            return False
        self.select(sid)
        return True

    def step(self, step: int = 1, across: bool = False) -> bool:
        """Move the selection to the next sentence (or, across, to the neighbouring column)."""
        if self.index is None:
            return False
        sid = (self.index.step_column if across else self.index.step_sentence)(self.selected, step)
        if sid is None:
            return False
        self.select(sid)
        return True
