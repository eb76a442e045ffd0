"""The machine-readable comparison (format "reader-comparison", version 1; see the README)."""
from __future__ import annotations

import json

from reader.engine.model import Comparison, Span

FORMAT = "reader-comparison"
VERSION = 1


def _span(s: Span) -> dict:
    return {"sentence": s.sentence, "article": s.article, "start": s.start, "end": s.end,
            "text": s.text}


def to_dict(c: Comparison) -> dict:
    return {
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


def to_json(c: Comparison) -> str:
    return json.dumps(to_dict(c), ensure_ascii=False, indent=1)
