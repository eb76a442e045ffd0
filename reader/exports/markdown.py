"""Comparison notes as Markdown: what a reader would write down after comparing the sources.

    from reader.exports.markdown import to_markdown
    text = to_markdown(comparison)

Plain text in, plain text out; no Qt. Article text is escaped so it cannot open emphasis,
links or HTML, and table cells are kept on one line with ``|`` escaped.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import PurePath
from typing import Iterable, Optional

from reader.engine.model import Article, Comparison, Difference, Quote, Sentence, Span

# kinds of difference in the order a reader checks them, with their section headings
DIFFERENCE_KINDS: tuple[tuple[str, str], ...] = (
    ("number", "Numbers"),
    ("name", "Names and spellings"),
    ("date", "Dates and times"),
    ("attribution", "Attribution"),
    ("quote", "Quote wording"),
    ("wording", "Wording"),
    ("claim", "Claims"),
)

_SPACE = re.compile(r"\s+")
_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_OPEN_QUOTES = "\"\u201c\u201e\u2018\u201a'\u00ab"
_CLOSE_QUOTES = "\"\u201d\u2019'\u00bb"


# --- text helpers ----------------------------------------------------------------------------
def outlet_label(article: Article) -> str:
    """How a source is named in the notes: its outlet, or its id when the outlet is unknown."""
    return article.outlet.strip() or article.id


def _flat(text: str) -> str:
    """One line: runs of whitespace, newlines included, become one space."""
    return _SPACE.sub(" ", text).strip()


def _inline(text: str) -> str:
    """Article text made safe to place inside a Markdown line."""
    return _SPECIAL.sub(r"\\\1", _flat(text))


def _cell(text: str) -> str:
    """Article text made safe for a table cell: one line, pipes escaped."""
    return _inline(text).replace("|", r"\|")


def _quoted(text: str) -> str:
    """A short stretch of text (a differing detail, a quote) in typographic quotes; quotation
    marks the text already carries at its ends are replaced, never doubled or left unpaired."""
    text = _flat(text)
    if text[:1] and text[0] in _OPEN_QUOTES:
        text = text[1:]
    if text[-1:] and text[-1] in _CLOSE_QUOTES:
        text = text[:-1].rstrip(",")             # “..., ” she said -> “...”
    text = _inline(text)
    return f"\u201c{text}\u201d" if text else "(nothing)"


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


# --- look-ups over the comparison ------------------------------------------------------------
class _View:
    """Indexes a Comparison once so every section is a cheap look-up."""

    def __init__(self, c: Comparison):
        self.c = c
        self.order = [a.id for a in c.articles]
        self.articles = {a.id: a for a in c.articles}
        self.labels = self._unique_labels(c.articles)
        self.sentences = {s.id: s for s in c.sentences}
        self.linked: set[str] = set()
        for link in c.links:
            self.linked.update((link.a, link.b))
        self.rows = self._rows()

    @staticmethod
    def _unique_labels(articles: Iterable[Article]) -> dict[str, str]:
        articles = list(articles)
        counts = Counter(outlet_label(a) for a in articles)
        return {a.id: outlet_label(a) if counts[outlet_label(a)] == 1 or outlet_label(a) == a.id
                else f"{outlet_label(a)} ({a.id})" for a in articles}

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
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for link in self.c.links:
            parent[find(link.a)] = find(link.b)
        components: dict[str, list[str]] = defaultdict(list)
        for sid in parent:
            if sid in self.sentences:
                components[find(sid)].append(sid)
        position = {s.id: n for n, s in enumerate(self.c.sentences)}
        rows = [tuple(sorted(ids, key=position.__getitem__)) for ids in components.values()]
        return sorted(rows, key=lambda r: position[r[0]])

    def row_articles(self, row: tuple[str, ...]) -> list[str]:
        present = {self.sentences[sid].article for sid in row}
        return [a for a in self.order if a in present]

    def unique_sentences(self, article_id: str) -> list[Sentence]:
        """Content sentences of one source that no other source carries."""
        return [s for s in self.c.sentences if s.article == article_id
                and s.role != "byline" and s.id not in self.linked and _flat(self.text(s.id))]


# --- sections --------------------------------------------------------------------------------
def _sources(v: _View) -> list[str]:
    with_byline = any(a.byline for a in v.c.articles)
    header = ["Source", "Headline"] + (["Byline"] if with_byline else []) + ["Date", "File"]
    rows = []
    for a in v.c.articles:
        headline = a.title or next((v.text(s.id) for s in v.c.sentences
                                    if s.article == a.id and s.role == "headline"), "")
        file = PurePath(a.path).name if a.path else "(pasted text)"
        row = [_cell(v.label(a.id)), _cell(headline) or "\u2014"]
        if with_byline:
            row.append(_cell(a.byline) or "\u2014")
        row += [_cell(a.date) or "\u2014", _cell(file)]
        rows.append(row)
    return ["## Sources", ""] + _table(header, rows)


def _summary(v: _View) -> list[str]:
    n = len(v.order)
    spans = [len(v.row_articles(row)) for row in v.rows]
    by_all = sum(1 for k in spans if k == n and n > 1)
    by_some = sum(1 for k in spans if 1 < k < n)
    lines = ["## Summary", "",
             f"- {n} source{'s' if n != 1 else ''}, {len(v.c.sentences)} sentences, "
             f"{len(v.c.links)} links between sentences, {len(v.c.differences)} differing "
             f"detail{'s' if len(v.c.differences) != 1 else ''}."]
    if n > 1:
        lines.append(f"- Reported by all {n} sources: {by_all} "
                     f"passage{'s' if by_all != 1 else ''}.")
    if n > 2:
        some = "2" if n == 3 else f"2 to {n - 1}"
        lines.append(f"- Reported by some sources ({some} of {n}): {by_some} "
                     f"passage{'s' if by_some != 1 else ''}.")
    unique = ", ".join(f"{v.label(a)} {len(v.unique_sentences(a))}" for a in v.order)
    lines.append(f"- Sentences found in one source only: {unique}." if unique
                 else "- No sources.")
    return lines


def _common(v: _View) -> list[str]:
    lines = ["## What all sources report", ""]
    n = len(v.order)
    found = False
    if n > 1:
        for row in v.rows:
            present = v.row_articles(row)
            if len(present) != n:
                continue
            shortest = min(row, key=lambda sid: len(_flat(v.text(sid))))
            outlets = ", ".join(v.label(a) for a in present)
            lines.append(f"- {_inline(v.text(shortest))} ({_inline(outlets)})")
            found = True
    if not found:
        lines.append("_No passage is reported by every source._" if n > 1
                     else "_Only one source: nothing to compare._")
    return lines


def _only_in(v: _View) -> list[str]:
    lines: list[str] = []
    for article_id in v.order:
        lines += ["", f"## Only in {_inline(v.label(article_id))}", ""]
        unique = v.unique_sentences(article_id)
        if not unique:
            lines.append("_Every sentence is matched in another source._")
        for s in unique:
            lines.append(f"- {_inline(v.text(s.id))}")
    return lines[1:]


def _side(v: _View, span: Span) -> str:
    """One side of a difference: the outlet, then its sentence with the differing words in
    bold (or the differing text alone, when it cannot be placed in the sentence)."""
    label = _inline(v.label(span.article))
    s = v.sentences.get(span.sentence)
    article = v.articles.get(span.article)
    detail = _flat(span.text)
    if s is not None and article is not None and detail \
            and s.start <= span.start < span.end <= s.end \
            and _flat(article.text[span.start:span.end]) == detail:
        before = article.text[s.start:span.start]
        after = article.text[span.end:s.end]
        # emphasis must hug the words: keep edge spaces outside the ** markers
        lead = " " if before[-1:].isspace() or article.text[span.start].isspace() else ""
        trail = " " if after[:1].isspace() or article.text[span.end - 1].isspace() else ""
        return (f"**{label}**: {_inline(before)}{lead}**{_inline(detail)}**{trail}"
                f"{_inline(after)}").rstrip()
    sentence = _flat(v.text(span.sentence))
    text = _quoted(detail) if detail else "(absent)"
    if sentence and detail != sentence:
        return f"**{label}**: {text} in: {_inline(sentence)}"
    return f"**{label}**: {text}"


def _differences(v: _View) -> list[str]:
    lines = ["## Differing details"]
    by_kind: dict[str, list[Difference]] = defaultdict(list)
    for d in v.c.differences:
        by_kind[d.kind].append(d)
    known = [k for k, _ in DIFFERENCE_KINDS]
    headings = list(DIFFERENCE_KINDS) + [(k, k.capitalize() or "Other")
                                         for k in by_kind if k not in known]
    for kind, heading in headings:
        if not by_kind.get(kind):
            continue
        lines += ["", f"### {heading} ({len(by_kind[kind])})", ""]
        for d in by_kind[kind]:
            lines.append(f"- {_inline(d.note) or kind}")
            lines.append(f"  - {_side(v, d.a)}")
            lines.append(f"  - {_side(v, d.b)}")
    if not v.c.differences:
        lines += ["", "_No differing details found._"]
    return lines


def _actors(v: _View) -> list[str]:
    lines = ["## Actors", ""]
    if not v.c.actors:
        return lines + ["_No actors found._"]

    def per_source(actor) -> dict[str, list[str]]:
        forms: dict[str, list[str]] = defaultdict(list)
        for m in actor.mentions:
            forms[m.article].append(_flat(m.text))
        return forms

    actors = sorted(v.c.actors, key=lambda a: (-len(a.mentions),
                                               -len({m.article for m in a.mentions}),
                                               a.name.lower()))
    header = ["Actor", "Kind", "Role"] + [_cell(v.label(a)) for a in v.order]
    rows = []
    for actor in actors:
        forms = per_source(actor)
        row = [_cell(actor.name), _cell(actor.kind), _cell(actor.role) or "\u2014"]
        for article_id in v.order:
            used = forms.get(article_id, [])
            if not used:
                row.append("\u2014")
                continue
            distinct = list(dict.fromkeys(used))          # first-use order
            row.append(f"{len(used)} ({_cell(', '.join(distinct))})")
        rows.append(row)
    lines += _table(header, rows)
    lines += ["", "_Each source column: number of mentions (the forms that source uses)._"]
    return lines


def _quotes(v: _View) -> list[str]:
    lines = ["## Quotes by speaker"]
    if not v.c.quotes:
        return lines + ["", "_No quotes found._"]
    by_speaker: dict[Optional[str], list[Quote]] = defaultdict(list)
    for q in v.c.quotes:
        by_speaker[q.speaker].append(q)

    def name(speaker: Optional[str]) -> str:
        if speaker is None:
            return "unattributed"
        actor = v.c.actor(speaker)
        return actor.name if actor else speaker

    speakers = sorted((s for s in by_speaker if s is not None),
                      key=lambda s: (-len(by_speaker[s]), name(s).lower()))
    if None in by_speaker:
        speakers.append(None)
    position = {a: n for n, a in enumerate(v.order)}
    for speaker in speakers:
        lines += ["", f"### {_inline(name(speaker))}", ""]
        quotes = sorted(by_speaker[speaker], key=lambda q: (position.get(q.article, 0), q.start))
        for q in quotes:
            text = _quoted(q.text) if q.kind == "direct" else f"(indirect) {_inline(q.text)}"
            source = _inline(v.label(q.article))
            cue = f" ({_inline(q.cue)})" if _flat(q.cue) else ""
            lines.append(f"- {text} \u2014 {source}{cue}")
    return lines


# --- entry point -----------------------------------------------------------------------------
def to_markdown(c: Comparison, title: Optional[str] = None) -> str:
    """Readable comparison notes for ``c``: sources, summary, what all report, what only one
    reports, differing details by kind, actors per source and quotes by speaker."""
    v = _View(c)
    if title is None:
        first = next((a.title for a in c.articles if a.title), "")
        title = f"Comparison notes: {first}" if first else "Comparison notes"
    sections = [[f"# {_inline(title)}"], _sources(v), _summary(v), _common(v), _only_in(v),
                _differences(v), _actors(v), _quotes(v)]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"


__all__ = ["DIFFERENCE_KINDS", "outlet_label", "to_markdown"]
