"""Comparison notes as Markdown: what a reader would write down after comparing the sources.

    from reader.exports.markdown import to_markdown
    text = to_markdown(comparison)

Plain text in, plain text out; no Qt. Every piece of text from a source, a file or a note
(article text, outlet labels, file names, dates, notes) is escaped so it cannot open emphasis,
links or HTML, and table cells are kept on one line with ``|`` escaped.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from reader.engine.model import Comparison, Span
from reader.exports.report import DIFFERENCE_KINDS, Report, flat as _flat, outlet_label
from reader.safe_text import file_name, valid_unicode
from reader.words import counted

_SPACE = re.compile(r"\s+")
_SPECIAL = re.compile(r"([\\`*_\[\]<>&])")
_BLOCK_START = re.compile(r"[#+=-]|\d+[.)]")
_OPEN_QUOTES = "\"\u201c\u201e\u2018\u201a'\u00ab"
_CLOSE_QUOTES = "\"\u201d\u2019'\u00bb"


# --- text helpers ----------------------------------------------------------------------------
def _inline(text: str) -> str:
    """Article text made safe to place inside a Markdown line."""
    return _SPECIAL.sub(r"\\\1", _flat(text))


def _paragraph(text: str) -> str:
    """A line of the reader's own text as a paragraph: inline-safe, and a leading "#", "-",
    "+", "=" or "1." cannot turn it into a heading, a list or a rule."""
    text = _inline(text)
    return "\\" + text if _BLOCK_START.match(text) else text


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


# --- sections --------------------------------------------------------------------------------
def _sources(v: Report) -> list[str]:
    with_byline = any(a.byline for a in v.c.articles)
    header = ["Source", "Headline"] + (["Byline"] if with_byline else []) + ["Date", "File"]
    rows = []
    for a in v.c.articles:
        headline = a.title or next((v.text(s.id) for s in v.c.sentences
                                    if s.article == a.id and s.role == "headline"), "")
        file = file_name(a.path) if a.path else "(pasted text)"
        row = [_cell(v.label(a.id)), _cell(headline) or "\u2014"]
        if with_byline:
            row.append(_cell(a.byline) or "\u2014")
        row += [_cell(a.date) or "\u2014", _cell(file)]
        rows.append(row)
    return ["## Sources", ""] + _table(header, rows)


def _summary(v: Report) -> list[str]:
    n = len(v.order)
    by_all, by_some = v.counts()
    lines = ["## Summary", "",
             f"- {counted(n, 'source')}, {counted(len(v.c.sentences), 'sentence')}, "
             f"{counted(len(v.c.links), 'link')} between sentences, "
             f"{counted(len(v.c.differences), 'differing detail')}."]
    if n > 1:
        lines.append(f"- Reported by all {n} sources: {counted(by_all, 'passage')}.")
    if n > 2:
        some = "2" if n == 3 else f"2 to {n - 1}"
        lines.append(f"- Reported by some sources ({some} of {n}): {counted(by_some, 'passage')}.")
    unique = ", ".join(f"{_inline(v.label(a))} {len(v.unique_sentences(a))}" for a in v.order)
    lines.append(f"- Sentences found in one source only: {unique}." if unique
                 else "- No sources.")
    return lines


def _common(v: Report) -> list[str]:
    lines = ["## What all sources report", ""]
    n = len(v.order)
    found = False
    if n > 1:
        for row in v.rows:
            carried = v.reported_by_all(row)
            if not carried:
                continue
            shortest = min(carried, key=lambda sid: len(_flat(v.text(sid))))
            outlets = ", ".join(v.label(a) for a in v.order)
            lines.append(f"- {_inline(v.text(shortest))} ({_inline(outlets)})")
            found = True
    if not found:
        lines.append("_No passage is reported by every source._" if n > 1
                     else "_Only one source: nothing to compare._")
    return lines


def _only_in(v: Report) -> list[str]:
    lines: list[str] = []
    for article_id in v.order:
        lines += ["", f"## Only in {_inline(v.label(article_id))}", ""]
        unique = v.unique_sentences(article_id)
        if not unique:
            lines.append("_Every sentence is matched in another source._")
        for s in unique:
            lines.append(f"- {_inline(v.text(s.id))}")
    return lines[1:]


def _side(v: Report, span: Span) -> str:
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


def _differences(v: Report) -> list[str]:
    lines = ["## Differing details"]
    for kind, heading, diffs in v.differences_by_kind():
        lines += ["", f"### {_inline(heading)} ({len(diffs)})", ""]
        for d in diffs:
            lines.append(f"- {_inline(d.note) or _inline(kind)}")
            lines.append(f"  - {_side(v, d.a)}")
            lines.append(f"  - {_side(v, d.b)}")
    if not v.c.differences:
        lines += ["", "_No differing details found._"]
    return lines


def _actors(v: Report) -> list[str]:
    lines = ["## Actors", ""]
    if not v.c.actors:
        return lines + ["_No actors found._"]

    actors = v.actors_by_weight()
    header = ["Actor", "Kind", "Role"] + [_cell(v.label(a)) for a in v.order]
    rows = []
    for actor in actors:
        forms = v.forms_by_source(actor)
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


def _quotes(v: Report) -> list[str]:
    lines = ["## Quotes by speaker"]
    if not v.c.quotes:
        return lines + ["", "_No quotes found._"]
    for speaker, quotes in v.quotes_by_speaker():
        lines += ["", f"### {_inline(v.speaker_name(speaker))}", ""]
        for q in quotes:
            text = _quoted(q.text) if q.kind == "direct" else f"(indirect) {_inline(q.text)}"
            source = _inline(v.label(q.article))
            cue = f" ({_inline(q.cue)})" if _flat(q.cue) else ""
            lines.append(f"- {text} \u2014 {source}{cue}")
    return lines


# --- entry point -----------------------------------------------------------------------------
def _readers_notes(v: Report) -> list[str]:
    """The reader's own summary and notes, each with the passages it cites."""
    if v.document is None or not (v.document.summary.strip() or v.document.notes
                                   or v.document.corrections):
        return []
    lines = ["## The reader's notes"]
    if v.document.summary.strip():
        lines += ["", *(_paragraph(p) for p in v.document.summary.strip().split("\n") if p.strip())]
    for note, cited in v.notes():
        about = f" ({_inline(note.subject)})" if note.subject else ""
        lines += ["", f"- **{_inline(note.target.capitalize())}{about}**: {_inline(note.text)}"]
        for label, text, found in cited:
            missing = "" if found else " _(no longer found in the article)_"
            lines.append(f"  - {_inline(label)}: {_quoted(text)}{missing}")
    corrections = v.corrections()
    if corrections:
        lines += ["", "### Corrections to the automatic comparison", ""]
        lines += [f"- {_inline(c)}" for c in corrections]
    return lines


def to_markdown(c: Comparison, title: Optional[str] = None, document=None) -> str:
    """Readable comparison notes for ``c``: sources, summary, the reader's notes (from
    ``document``, a reader.document.Document, when given), what all report, what only one
    reports, differing details by kind, actors per source and quotes by speaker."""
    v = Report(c, document)
    title = title or v.title()
    sections = [[f"# {_inline(title)}", "", f"_Compared on {_inline(v.date())}_"], _sources(v),
                _summary(v), _readers_notes(v), _common(v), _only_in(v), _differences(v),
                _actors(v), _quotes(v)]
    text = "\n\n".join("\n".join(section) for section in sections if section) + "\n"
    return valid_unicode(text)


__all__ = ["DIFFERENCE_KINDS", "outlet_label", "to_markdown"]
