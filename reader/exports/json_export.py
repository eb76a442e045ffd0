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
    return {key: list(value) if not isinstance(value, (str, int)) else value
            for key, value in _fields(c, document)}


def _fields(c: Comparison, document=None):
    """(key, value) of each top-level field; the long lists are generators, so to_json can encode
    item by item without holding every dict at once."""
    by_article: dict[str, list] = {a.id: [] for a in c.articles}
    for s in c.sentences:
        by_article.setdefault(s.article, []).append(s)
    yield "format", FORMAT
    yield "version", VERSION
    yield "articles", (
        {"id": a.id, "title": a.title, "outlet": a.outlet, "byline": a.byline, "date": a.date,
         "path": a.path, "url": a.url, "text": a.text,
         "sentences": [{"id": s.id, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                        "role": s.role} for s in by_article[a.id]]}
        for a in c.articles)
    yield "links", ({"a": link.a, "b": link.b, "score": link.score, "kind": link.kind}
                    for link in c.links)
    yield "groups", ({"id": g.id, "sentences": list(g.sentences)} for g in c.groups)
    yield "differences", ({"kind": d.kind, "a": _span(d.a), "b": _span(d.b), "note": d.note}
                          for d in c.differences)
    yield "actors", (
        {"id": a.id, "name": a.name, "kind": a.kind, "role": a.role, "aliases": list(a.aliases),
         "mentions": [{"article": m.article, "sentence": m.sentence, "start": m.start,
                       "end": m.end, "text": m.text} for m in a.mentions]}
        for a in c.actors)
    yield "quotes", ({"id": q.id, "article": q.article, "sentence": q.sentence, "start": q.start,
                      "end": q.end, "text": q.text, "kind": q.kind, "speaker": q.speaker,
                      "cue": q.cue} for q in c.quotes)
    if document is not None:
        yield from _document_parts(c, document).items()


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
    """The JSON text: one line per top-level field, and one per item of a top-level list (a link,
    an actor, a difference...), so a person can read and diff it. Each piece goes through json's
    C encoder, item by item; `indent=` would take the pure-Python path, many times slower on
    100,000 links, and need every dict built first. The text encodes as UTF-8 (a file name's
    undecodable bytes become U+FFFD)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    pieces = ["{\n"]                 # joined once at the end, so the text is built only once
    for key, value in _fields(c, document):
        if len(pieces) > 1:
            pieces.append(",\n")
        pieces.append(f"{encode(key)}: ")
        if isinstance(value, (str, int, dict)):
            pieces.append(encode(value))
            continue
        pieces.append("[")
        for n, item in enumerate(value):
            pieces.append("\n" if n == 0 else ",\n")
            pieces.append(encode(item))
        pieces.append("\n]" if len(pieces) and pieces[-1] != "[" else "]")
    pieces.append("\n}\n")
    return valid_unicode("".join(pieces))
