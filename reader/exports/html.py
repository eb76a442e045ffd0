"""Comparison notes as one self-contained HTML file: styles inline, no scripts, no external
resources, and every piece of article text escaped, so nothing in an article can add markup.

The same HTML is what the PDF export lays out with Qt's rich-text engine, so it keeps to tags
and table attributes that engine understands."""
from __future__ import annotations

import re
from html import escape
from typing import Optional

from reader.engine.model import Comparison, Span
from reader.exports.report import Report, flat
from reader.safe_text import file_name, valid_unicode

KIND_COLOURS = {"number": "#fde2a7", "name": "#cfe3ff", "date": "#d9f2d0", "attribution": "#f4d4f4",
                "quote": "#ffd6cc", "claim": "#ffc9c9"}

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10.5pt; color: #1d1d1f;
       max-width: 70em; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #cccccc; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 11.5pt; margin-bottom: 0.3em; }
p.meta { color: #666666; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border: 1px solid #c8c8c8; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background-color: #f0f0f0; }
td.absent { color: #999999; }
mark { padding: 0 1px; }
blockquote { margin: 0.3em 0 0.3em 1em; padding-left: 0.6em; border-left: 3px solid #bbbbbb; }
.note { background-color: #fffbe6; border: 1px solid #eedc82; padding: 6px 8px; margin: 0.5em 0; }
.muted { color: #888888; }
""" + "".join(f"mark.{k} {{ background-color: {c}; }}\n" for k, c in KIND_COLOURS.items())


def _e(text: str) -> str:
    return escape(flat(text), quote=True)


def _e_keep(text: str) -> str:
    """Escaped, whitespace runs made one space but kept at the ends (text beside a mark)."""
    return escape(re.sub(r"\s+", " ", text), quote=True)


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(cell if cell.startswith("<td") else f"<td>{cell}</td>"
                                     for cell in row) + "</tr>" for row in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<tr>{head}</tr>{body}</table>")


def _marked_sentence(v: Report, span: Span, kind: str) -> str:
    """The sentence of one side of a difference with the differing words marked."""
    kind = _e(kind)
    s = v.sentences.get(span.sentence)
    article = v.articles.get(span.article)
    if s is None or article is None or not (s.start <= span.start <= span.end <= s.end):
        return f'<mark class="{kind}">{_e(span.text)}</mark>'
    t = article.text
    return (f"{_e_keep(t[s.start:span.start])}<mark class=\"{kind}\">{_e(t[span.start:span.end])}</mark>"
            f"{_e_keep(t[span.end:s.end])}")


def _sources(v: Report) -> str:
    rows = []
    for a in v.c.articles:
        origin = a.url or (file_name(a.path) if a.path else "pasted text")
        rows.append([f"<b>{_e(v.label(a.id))}</b>", _e(a.title) or "—", _e(a.byline) or "—",
                     _e(a.date) or "—", _e(origin)])
    return "<h2>Sources</h2>" + _table(["Source", "Headline", "Byline", "Date", "File or URL"], rows)


def _summary(v: Report) -> str:
    n = len(v.order)
    by_all, by_some = v.counts()
    unique = ", ".join(f"{_e(v.label(a))}: {len(v.unique_sentences(a))}" for a in v.order)
    items = [f"{n} sources, {len(v.c.sentences)} sentences, {len(v.c.links)} links, "
             f"{len(v.c.differences)} differing details",
             f"passages carried by all sources: {by_all}",
             f"passages carried by some sources: {by_some}",
             f"sentences unique to one source: {unique}"]
    return "<h2>Summary</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _readers_notes(v: Report) -> str:
    doc = v.document
    if doc is None or not (doc.summary.strip() or doc.notes or doc.corrections):
        return ""
    out = ["<h2>The reader's notes</h2>"]
    for para in doc.summary.strip().split("\n"):
        if para.strip():
            out.append(f"<p>{_e(para)}</p>")
    for note, cited in v.notes():
        about = f" — {_e(note.subject)}" if note.subject else ""
        quotes = "".join(
            f"<blockquote><b>{_e(label)}</b>: “{_e(text)}”"
            f"{'' if found else ' <span class=muted>(no longer found in the article)</span>'}</blockquote>"
            for label, text, found in cited)
        out.append(f'<div class="note"><b>{_e(note.target.capitalize())}{about}</b>: '
                   f"{_e(note.text)}{quotes}</div>")
    corrections = v.corrections()
    if corrections:
        out.append("<h3>Corrections to the automatic comparison</h3><ul>"
                   + "".join(f"<li>{_e(c)}</li>" for c in corrections) + "</ul>")
    return "".join(out)


def _differences(v: Report) -> str:
    out = ["<h2>Differing details</h2>"]
    groups = v.differences_by_kind()
    if not groups:
        return out[0] + "<p class=muted>No differing details found.</p>"
    for kind, heading, diffs in groups:
        out.append(f"<h3>{_e(heading)} ({len(diffs)})</h3>")
        rows = [[_e(d.note), f"<b>{_e(v.label(d.a.article))}</b>: {_marked_sentence(v, d.a, kind)}",
                 f"<b>{_e(v.label(d.b.article))}</b>: {_marked_sentence(v, d.b, kind)}"] for d in diffs]
        out.append(_table(["What differs", "One source", "The other"], rows))
    return "".join(out)


def _aligned(v: Report) -> str:
    rows = []
    for row in v.rows:
        cells = []
        for article_id in v.order:
            texts = [v.text(sid) for sid in row if v.sentences[sid].article == article_id]
            cells.append("<br>".join(_e(t) for t in texts) if texts else '<td class="absent">—</td>')
        rows.append(cells)
    if not rows:
        return "<h2>Aligned passages</h2><p class=muted>No passage is shared by two sources.</p>"
    return "<h2>Aligned passages</h2>" + _table([_e(v.label(a)) for a in v.order], rows)


def _actors(v: Report) -> str:
    rows = []
    for actor in v.actors_by_weight():
        forms = v.forms_by_source(actor)
        row = [f"<b>{_e(actor.name)}</b>", _e(actor.kind), _e(actor.role) or "—"]
        for article_id in v.order:
            used = forms.get(article_id, [])
            row.append(f"{len(used)} ({_e(', '.join(dict.fromkeys(used)))})" if used
                       else '<td class="absent">—</td>')
        rows.append(row)
    if not rows:
        return "<h2>Actors</h2><p class=muted>No actors found.</p>"
    return ("<h2>Actors</h2>" + _table(["Actor", "Kind", "Role"] + [_e(v.label(a)) for a in v.order], rows)
            + "<p class=muted>Each source column: mentions (the forms that source uses).</p>")


def _quotes(v: Report) -> str:
    out = ["<h2>Quotes by speaker</h2>"]
    for speaker, quotes in v.quotes_by_speaker():
        out.append(f"<h3>{_e(v.speaker_name(speaker))}</h3>")
        rows = [[f"<b>{_e(v.label(q.article))}</b>", _e(q.text) if q.kind == "direct"
                 else f"<i>(indirect)</i> {_e(q.text)}", _e(q.cue) or "—"] for q in quotes]
        out.append(_table(["Source", "Wording", "Cue"], rows))
    if len(out) == 1:
        out.append("<p class=muted>No quotes found.</p>")
    return "".join(out)


def to_html(c: Comparison, document=None, title: Optional[str] = None) -> str:
    v = Report(c, document)
    title = title or v.title()
    body = "".join([f"<h1>{_e(title)}</h1><p class=meta>Compared on {_e(v.date())} · "
                    f"{len(v.order)} sources</p>", _sources(v), _summary(v), _readers_notes(v),
                    _differences(v), _aligned(v), _actors(v), _quotes(v)])
    return valid_unicode(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n")
