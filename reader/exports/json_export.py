"""The machine-readable comparison (format "reader-comparison", version 1; see the README)."""
from __future__ import annotations

import json

from reader.engine.model import Comparison, Span
from reader.safe_text import valid_unicode

FORMAT = "reader-comparison"
VERSION = 1


def _span(s: Span) -> dict:
    return {"sentence": s.sentence, "article": s.article, "start": s.start, "end": s.end,
            "text": s.text}


def to_dict(c: Comparison, document=None) -> dict:
    """The contract's JSON; with a reader.document.Document, its title, summary, notes (each
    citation resolved in this comparison) and corrections are added."""
    out = {
        "format": FORMAT,
        "version": VERSION,
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "byline": a.byline, "date": a.date,
             "path": a.path, "url": a.url, "text": a.text,
             "sentences": [{"id": s.id, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                            "role": s.role} for s in c.sentences_of(a.id)]}
            for a in c.articles],
        "links": [{"a": l.a, "b": l.b, "score": l.score, "kind": l.kind} for l in c.links],
        "groups": [{"id": g.id, "sentences": list(g.sentences)} for g in c.groups],
        "differences": [{"kind": d.kind, "a": _span(d.a), "b": _span(d.b), "note": d.note}
                        for d in c.differences],
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "role": a.role, "aliases": list(a.aliases),
             "mentions": [{"article": m.article, "sentence": m.sentence, "start": m.start,
                           "end": m.end, "text": m.text} for m in a.mentions]}
            for a in c.actors],
        "quotes": [{"id": q.id, "article": q.article, "sentence": q.sentence, "start": q.start,
                    "end": q.end, "text": q.text, "kind": q.kind, "speaker": q.speaker,
                    "cue": q.cue} for q in c.quotes],
    }
    if document is not None:
        out.update(_document_parts(c, document))
    return out


def _document_parts(c: Comparison, document) -> dict:
    from reader.document import fileformat
    from reader.document.model import resolve

    saved = fileformat.to_dict(document)
    for note, raw in zip(document.notes, saved["notes"]):
        for ref, cited in zip(note.citations, raw["citations"]):
            now = resolve(ref, c)
            cited["found"] = now is not None
            if now is not None:
                cited.update(start=now.start, end=now.end)
    return {"title": saved["title"], "created": saved["created"], "summary": saved["summary"],
            "notes": saved["notes"], "corrections": saved["corrections"]}


def to_json(c: Comparison, document=None) -> str:
    """The JSON as text that encodes as UTF-8 (a file name's undecodable bytes become U+FFFD)."""
    return valid_unicode(json.dumps(to_dict(c, document), ensure_ascii=False, indent=1))
