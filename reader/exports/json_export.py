"""The machine-readable comparison (format "reader-comparison", version 1; see the README)."""
from __future__ import annotations

import json
import re
from itertools import islice
from json.encoder import encode_basestring as _string       # JSON text of a str, non-ASCII kept
from typing import Iterator, TextIO

from reader.engine.model import Comparison, Difference, Link, Span
from reader.safe_text import valid_unicode

FORMAT = "reader-comparison"
VERSION = 1
_SURROGATE = re.compile("[\ud800-\udfff]")


def _span(s: Span) -> dict:
    return {"sentence": s.sentence, "article": s.article, "start": s.start, "end": s.end,
            "text": s.text}


def _link(link: Link) -> dict:
    return {"a": link.a, "b": link.b, "score": link.score, "kind": link.kind}


def _difference(d: Difference) -> dict:
    return {"kind": d.kind, "a": _span(d.a), "b": _span(d.b), "note": d.note}


# The two long lists (hundreds of thousands of items in a news cycle) are written straight from
# the objects: the same text json gives for _link() and _difference() (a test holds them equal),
# without building a dict per item and calling the encoder on each. A news cycle repeats its
# strings (sentence ids, kinds, notes) and spans many times over, so each is encoded once.
class _Encoded(dict):
    """encode(value) of each value looked up, made on the first look-up: a hit is the dict's own
    look-up, with no Python call per item."""
    __slots__ = ("encode",)

    def __init__(self, encode):
        super().__init__()
        self.encode = encode

    def __missing__(self, value):
        made = self[value] = self.encode(value)
        return made


def _link_lines():
    """A function writing a link as one line of JSON, each string encoded once."""
    string = _Encoded(_string)

    def line(link: Link) -> str:
        return (f'{{"a": {string[link.a]}, "b": {string[link.b]}, "score": {float(link.score)!r}, '
                f'"kind": {string[link.kind]}}}')
    return line


def _span_text(s: Span) -> str:
    return (f'{{"sentence": {_string(s.sentence)}, "article": {_string(s.article)}, '
            f'"start": {int(s.start)}, "end": {int(s.end)}, "text": {_string(s.text)}}}')


def _difference_lines():
    """A function writing a difference as one line of JSON, each span's text and each string
    made once: the engine gives one Span object to every difference on that stretch (a figure
    differs from many sentences), so a span is keyed by the object's id (the comparison keeps
    it alive while written)."""
    spans: dict[int, str] = {}
    string = _Encoded(_string)

    def span_text(s: Span) -> str:
        made = spans[id(s)] = _span_text(s)
        return made

    def line(d: Difference) -> str:
        a, b = d.a, d.b
        return (f'{{"kind": {string[d.kind]}, "a": {spans.get(id(a)) or span_text(a)}, '
                f'"b": {spans.get(id(b)) or span_text(b)}, "note": {string[d.note]}}}')
    return line


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
    yield "links", map(_link, c.links)
    yield "groups", ({"id": g.id, "sentences": list(g.sentences)} for g in c.groups)
    yield "differences", map(_difference, c.differences)
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


def _may_hold_surrogates(c: Comparison) -> bool:
    """Whether any text of the comparison can hold a lone surrogate (a file name's undecodable
    bytes): every string the engine writes is cut from, or built on, the articles' own fields."""
    return any(_SURROGATE.search(value)
               for a in c.articles for value in (a.id, a.title, a.outlet, a.byline, a.date, a.path,
                                                 a.url, a.text) if value and not value.isascii())


def json_pieces(c: Comparison, document=None) -> Iterator[str]:
    """The JSON text in pieces: one line per top-level field, and one per item of a top-level
    list (a link, an actor, a difference...), so a person can read and diff it. Each piece goes
    through json's C encoder (or, for links and differences, its string encoder); `indent=` would
    take the pure-Python path, many times slower on 100,000 links. Every piece encodes as UTF-8
    (a file name's undecodable bytes become U+FFFD)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    fast = {"links": (c.links, _link_lines()), "differences": (c.differences, _difference_lines())}
    check = valid_unicode if _may_hold_surrogates(c) else (lambda text: text)
    yield "{\n"
    for n, (key, value) in enumerate(_fields(c, document)):
        if key in ("title", "created", "summary", "notes", "corrections"):
            check = valid_unicode            # a document's parts: what a person typed or loaded
        head = ("" if n == 0 else ",\n") + f"{encode(key)}: "
        if isinstance(value, (str, int, dict)):
            yield check(head + encode(value))
            continue
        items, line = fast.get(key, (value, encode))
        items, piece, empty = iter(items), head + "[", True
        while chunk := list(map(line, islice(items, 4096))):     # a few hundred kB at a time
            yield check(piece + ("\n" if empty else ",\n") + ",\n".join(chunk))
            piece, empty = "", False
        yield check(piece + ("]" if empty else "\n]"))
    yield "\n}\n"


def to_json(c: Comparison, document=None) -> str:
    """The JSON text (see json_pieces), joined."""
    return "".join(json_pieces(c, document))


def write_json(c: Comparison, stream: TextIO, document=None) -> None:
    """Write the JSON text to a text stream piece by piece, never holding all of it: at 100
    articles it is over 100 MB. The garbage collector waits meanwhile: the pieces are many
    new objects, and the first full collection after a comparison walks all of its objects."""
    from reader.engine.pipeline import collector_paused

    with collector_paused():
        for piece in json_pieces(c, document):
            stream.write(piece)
