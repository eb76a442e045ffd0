"""The machine-readable comparison (format "reader-comparison", version 1; see the README)."""
from __future__ import annotations

import json
import re
from json.encoder import encode_basestring as _string       # JSON text of a str, non-ASCII kept
from typing import Iterator, Optional, TextIO

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
def _link_lines():
    """A function writing a link as one line of JSON, each string encoded once."""
    encoded: dict[str, str] = {}

    def string(s: str) -> str:
        found = encoded.get(s)
        if found is None:
            found = encoded[s] = _string(s)
        return found

    def line(link: Link) -> str:
        return (f'{{"a": {string(link.a)}, "b": {string(link.b)}, "score": {float(link.score)!r}, '
                f'"kind": {string(link.kind)}}}')
    return line


def _span_text(s: Span) -> str:
    return (f'{{"sentence": {_string(s.sentence)}, "article": {_string(s.article)}, '
            f'"start": {int(s.start)}, "end": {int(s.end)}, "text": {_string(s.text)}}}')


def _difference_lines():
    """A function writing a difference as one line of JSON, each span's text and each string
    made once: the engine gives one Span object to every difference on that stretch (a figure
    differs from many sentences), so a span is keyed by the object, which the comparison keeps
    alive while written."""
    spans: dict[int, str] = {}
    encoded: dict[str, str] = {}

    def span_text(s: Span) -> str:
        found = spans.get(id(s))
        if found is None:
            found = spans[id(s)] = _span_text(s)
        return found

    def string(s: str) -> str:
        found = encoded.get(s)
        if found is None:
            found = encoded[s] = _string(s)
        return found

    def line(d: Difference) -> str:
        return (f'{{"kind": {string(d.kind)}, "a": {span_text(d.a)}, "b": {span_text(d.b)}, '
                f'"note": {string(d.note)}}}')
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


def json_pieces(c: Comparison, document=None, cut: Optional[tuple[bool, int]] = None) -> Iterator[str]:
    """The JSON text in pieces: one line per top-level field, and one per item of a top-level
    list (a link, an actor, a difference...), so a person can read and diff it. Each piece goes
    through json's C encoder (or, for links and differences, its string encoder); `indent=` would
    take the pure-Python path, many times slower on 100,000 links. Every piece encodes as UTF-8
    (a file name's undecodable bytes become U+FFFD). cut, (False, k) or (True, k), gives only the
    text before the k-th difference, or only the text from it on (write_json writes the two
    halves in two processes)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    fast = {"links": (c.links, _link_lines()), "differences": (c.differences, _difference_lines())}
    check = valid_unicode if _may_hold_surrogates(c) else (lambda text: text)
    after, at = cut if cut is not None else (False, None)
    if not after:
        yield "{\n"
    for n, (key, value) in enumerate(_fields(c, document)):
        if key in ("title", "created", "summary", "notes", "corrections"):
            check = valid_unicode            # a document's parts: what a person typed or loaded
        cut_here = at is not None and key == "differences"
        if cut_here and not after:
            items, line = c.differences[:at], fast[key][1]
        elif cut_here:
            items, line = c.differences[at:], fast[key][1]
        elif after and n < _DIFFERENCES_FIELD:
            continue                         # on the other side of the cut
        else:
            items, line = fast.get(key, (value, encode))
        head = ("" if n == 0 else ",\n") + f"{encode(key)}: "
        if isinstance(value, (str, int, dict)):
            yield check(head + encode(value))
            continue
        batch, empty = ([] if cut_here and after else [head + "["]), not (cut_here and after and at)
        for item in items:
            batch.append(("\n" if empty else ",\n") + line(item))
            empty = False
            if len(batch) >= 4096:           # a few hundred kB at a time
                yield check("".join(batch))
                batch = []
        if cut_here and not after:
            yield check("".join(batch))
            return
        batch.append("]" if empty else "\n]")
        yield check("".join(batch))
    yield "\n}\n"


_DIFFERENCES_FIELD = 5       # the place of "differences" among _fields()
# the share (percent) of the differences written by this process when a forked child writes the
# rest: this process writes the articles, links and rows as well
HERE_SHARE = 35


def to_json(c: Comparison, document=None) -> str:
    """The JSON text (see json_pieces), joined."""
    return "".join(json_pieces(c, document))


def write_json(c: Comparison, stream: TextIO, document=None) -> None:
    """Write the JSON text to a text stream piece by piece, never holding all of it: at 100
    articles it is over 100 MB. The garbage collector waits meanwhile: the pieces are many
    new objects, and the first full collection after a comparison walks all of its objects.
    A large comparison written to a UTF-8 file is written in two processes (aside.py): a
    forked child writes the later differences and what follows them to a temporary file, which
    is copied after what this process writes."""
    from reader.engine import aside
    from reader.engine.pipeline import collector_paused

    with collector_paused():
        at = len(c.differences) * HERE_SHARE // 100
        if at and aside.may_fork(len(c.sentences)):
            _write_in_two(c, stream, document, at)
            return
        for piece in json_pieces(c, document):
            stream.write(piece)


def _write_in_two(c: Comparison, stream: TextIO, document, at: int) -> None:
    """write_json's text, from the at-th difference on made by a forked child meanwhile."""
    import io
    import tempfile

    from reader.engine import aside

    try:
        rest = tempfile.TemporaryFile()
    except OSError:                          # nowhere to put the child's half: all of it here
        for piece in json_pieces(c, document):
            stream.write(piece)
        return
    with rest:
        def write_the_rest() -> bool:
            rest.seek(0)
            rest.truncate()
            for piece in json_pieces(c, document, (True, at)):
                rest.write(piece.encode("utf-8", "surrogatepass"))
            rest.flush()
            return True

        beside = aside.Aside(write_the_rest)
        try:
            for piece in json_pieces(c, document, (False, at)):
                stream.write(piece)
            beside.result()
        finally:
            beside.abandon()
        rest.seek(0)
        text = io.TextIOWrapper(rest, encoding="utf-8", errors="surrogatepass", newline="")
        while piece := text.read(1 << 20):
            stream.write(piece)
        text.detach()
