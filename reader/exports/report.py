"""What every export reports, worked out once from a Comparison: outlet labels, aligned rows,
sentences unique to a source, differences by kind, quotes by speaker. The Markdown, HTML and PDF
exports only format it."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from reader.engine import coverage
from reader.engine.disjoint import DisjointSets
from reader.engine.model import Comparison, Difference, Quote, Sentence
from reader.labels import distinct_labels, outlet_label  # noqa: F401  (outlet_label re-exported)

# kinds of difference in the order a reader checks them, with their section headings
DIFFERENCE_KINDS: tuple[tuple[str, str], ...] = (
    ("number", "Numbers"),
    ("name", "Names and spellings"),
    ("date", "Dates and times"),
    ("attribution", "Attribution"),
    ("quote", "Quote wording"),
    ("claim", "Claims"),
)

_SPACE = re.compile(r"\s+")




def flat(text: str) -> str:
    """One line: runs of whitespace, newlines included, become one space."""
    return _SPACE.sub(" ", text).strip()


class Report:
    """Indexes a Comparison once so every section is a cheap look-up."""

    def __init__(self, c: Comparison, document=None):
        self.c = c
        self.document = document      # reader.document.Document with notes, or None
        self.order = [a.id for a in c.articles]
        self.articles = {a.id: a for a in c.articles}
        self.labels = distinct_labels(c.articles)
        self.sentences = {s.id: s for s in c.sentences}
        # which sources carry each sentence: only confident links count (engine/coverage.py)
        self.carried = coverage.carriers(c.sentences, c.links)
        self.rows = self._rows()

    def label(self, article_id: str) -> str:
        return self.labels.get(article_id, article_id)

    def text(self, sentence_id: str) -> str:
        s = self.sentences.get(sentence_id)
        if s is None:
            return ""
        if s.text:
            return s.text
        article = self.articles.get(s.article)
        return article.text[s.start:s.end] if article else ""

    def _rows(self) -> list[tuple[str, ...]]:
        """Sentence ids of each aligned row: the engine's groups, or, if it gave none, the
        connected components of the links."""
        if self.c.groups:
            return [tuple(sid for sid in g.sentences if sid in self.sentences)
                    for g in self.c.groups]
        linked = DisjointSets()
        for link in self.c.links:
            linked.union(link.a, link.b)
        components = [[sid for sid in m if sid in self.sentences] for m in linked.sets()]
        position = {s.id: n for n, s in enumerate(self.c.sentences)}
        rows = [tuple(sorted(ids, key=position.__getitem__)) for ids in components if ids]
        return sorted(rows, key=lambda r: position[r[0]])

    def row_articles(self, row: tuple[str, ...]) -> list[str]:
        present = {self.sentences[sid].article for sid in row}
        return [a for a in self.order if a in present]

    def unique_sentences(self, article_id: str) -> list[Sentence]:
        """Content sentences of one source that no other source carries."""
        return [s for s in self.c.sentences if s.article == article_id and s.role != "byline"
                and len(self.carried.get(s.id, ())) <= 1 and flat(self.text(s.id))]

    def reported_by_all(self, row: tuple[str, ...]) -> list[str]:
        """The sentences of a row that every source carries (through confident links)."""
        return coverage.carried_by_all(row, self.carried, self.order)

    def counts(self) -> tuple[int, int]:
        """(rows carried by every source, rows carried by some but not all)."""
        n = len(self.order)
        spans = [coverage.row_reach(row, self.carried) for row in self.rows]
        return (sum(1 for k in spans if k >= n and n > 1), sum(1 for k in spans if 1 < k < n))

    def differences_by_kind(self) -> list[tuple[str, str, list[Difference]]]:
        """(kind, heading, differences) in reading order, kinds without differences left out."""
        by_kind: dict[str, list[Difference]] = defaultdict(list)
        for d in self.c.differences:
            by_kind[d.kind].append(d)
        known = [k for k, _ in DIFFERENCE_KINDS]
        headings = list(DIFFERENCE_KINDS) + [(k, k.capitalize() or "Other")
                                             for k in by_kind if k not in known]
        return [(k, h, by_kind[k]) for k, h in headings if by_kind.get(k)]

    def speaker_name(self, speaker: Optional[str]) -> str:
        if speaker is None:
            return "unattributed"
        actor = self.c.actor(speaker)
        return actor.name if actor else speaker

    def quotes_by_speaker(self) -> list[tuple[Optional[str], list[Quote]]]:
        """Speakers with most quotes first, unattributed last; quotes in source order."""
        by_speaker: dict[Optional[str], list[Quote]] = defaultdict(list)
        for q in self.c.quotes:
            by_speaker[q.speaker].append(q)
        speakers = sorted((s for s in by_speaker if s is not None),
                          key=lambda s: (-len(by_speaker[s]), self.speaker_name(s).lower()))
        if None in by_speaker:
            speakers.append(None)
        position = {a: n for n, a in enumerate(self.order)}
        return [(s, sorted(by_speaker[s], key=lambda q: (position.get(q.article, 0), q.start)))
                for s in speakers]

    def actors_by_weight(self):
        return sorted(self.c.actors, key=lambda a: (-len(a.mentions),
                                                    -len({m.article for m in a.mentions}),
                                                    a.name.lower()))

    def forms_by_source(self, actor) -> dict[str, list[str]]:
        forms: dict[str, list[str]] = defaultdict(list)
        for m in actor.mentions:
            forms[m.article].append(flat(m.text))
        return forms

    def notes(self):
        """Each note with its citations resolved in this comparison: (note, [(source label,
        cited words, still found?)])."""
        from reader.document.model import resolve

        out = []
        for note in self.document.notes if self.document is not None else ():
            cited = [(self.label(ref.article), ref.text, resolve(ref, self.c) is not None)
                     for ref in note.citations]
            out.append((note, cited))
        return out

    def corrections(self) -> list[str]:
        """The reader's corrections in words ("Unlinked VOA News “…” from ANI “…”")."""
        from reader.document.describe import describe

        if self.document is None:
            return []
        return [describe(c, self.label) for c in self.document.corrections]

    def title(self) -> str:
        if self.document is not None and self.document.title:
            return self.document.title
        first = next((a.title for a in self.c.articles if a.title), "")
        return f"Comparison notes: {first}" if first else "Comparison notes"

    def date(self) -> str:
        """When the comparison was made: the document's creation day, else today."""
        import datetime

        if self.document is not None and self.document.created:
            return self.document.created[:10]
        return datetime.date.today().isoformat()
