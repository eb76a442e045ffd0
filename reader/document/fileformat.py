"""The `.readercmp` comparison file: JSON with a format name and version, holding everything
needed to reopen the comparison elsewhere with the same result.

Version 2 is written. Version 1 is the machine-readable export of `reader compare --format
json` (format "reader-comparison"): it holds the articles' texts, so it opens as a comparison
without notes or corrections. Anything else gets a DocumentError with a one-line reason and
changes nothing.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.document.model import NOTE_TARGETS, Document, Note
from reader.engine.model import Article, Citation, Correction, CORRECTION_KINDS
from reader.files import FileTooLarge, read_limited, write_atomic
from reader.reading.errors import megabytes, unreadable_reason
from reader.reading.files import MAX_BYTES as ARTICLE_MAX_BYTES
from reader.safe_text import file_name, printable, repaired, valid_unicode

EXTENSION = ".readercmp"
MIME_TYPE = "application/x-reader-comparison"
FORMAT = "reader-comparison-file"
VERSION = 2


class DocumentError(Exception):
    """A comparison file that cannot be opened; str() is one line naming the file and why."""


# --- writing -----------------------------------------------------------------------------------

def _citation(c: Citation) -> dict:
    return {"article": c.article, "start": c.start, "end": c.end, "text": c.text}


def to_dict(doc: Document) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": doc.title,
        "created": doc.created,
        "summary": doc.summary,
        "articles": [{"id": a.id, "title": a.title, "outlet": a.outlet, "byline": a.byline,
                      "date": a.date, "date_source": a.date_source, "path": a.path, "url": a.url,
                      "text": a.text,
                      "title_span": list(a.title_span) if a.title_span else None,
                      "header_spans": [list(s) for s in a.header_spans]} for a in doc.articles],
        "corrections": [{"kind": c.kind, "refs": [_citation(r) for r in c.refs],
                         "names": list(c.names), "value": c.value} for c in doc.corrections],
        "notes": [{"id": n.id, "target": n.target, "subject": n.subject, "text": n.text,
                   "citations": [_citation(r) for r in n.citations], "created": n.created,
                   "modified": n.modified} for n in doc.notes],
        "view": doc.view,
    }


def to_json(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=1)


def save(doc: Document, path: Path) -> None:
    """Write atomically: a crash at any moment leaves the previous file whole. A path holding
    bytes that are not UTF-8 (a file name) is saved with U+FFFD in their place."""
    write_atomic(Path(path), valid_unicode(to_json(doc)).encode("utf-8"))


# --- reading -----------------------------------------------------------------------------------
# A comparison file may come from anyone: every field is checked, and everything that costs
# memory or time is bounded before it is built, so neither the CLI nor the window can hang.

MAX_BYTES = 64 * 1024 * 1024       # a dozen articles at the file limit, with room for notes
MAX_ARTICLE_BYTES = ARTICLE_MAX_BYTES  # an article inside gets the limit a file gets
MAX_NOTES = 10_000                 # far more than a reader writes; 300,000 took 6.7 GB to open
MAX_CORRECTIONS = 10_000
MAX_CITATIONS = 200                # per note
MAX_HEADER_SPANS = 100             # per article
MAX_ID_CHARS = 200
# JSON containers and commas bound the number of values json.loads builds (~60 bytes each);
# a real file stays far below, a file of "[],[],[]..." does not
MAX_CONTAINERS = 1_000_000
MAX_COMMAS = 5_000_000


class _Bad(Exception):
    pass


def _get(obj: Any, key: str, kind: type, default: Any = None) -> Any:
    if not isinstance(obj, dict):
        raise _Bad("an entry is not an object")
    value = obj.get(key, default)
    if value is None and default is None and kind is not type(None):
        raise _Bad(f"'{key}' is missing")
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _Bad(f"'{key}' should be {_KIND_NAMES.get(kind, kind.__name__)}")
    if kind is str:
        return repaired(value)          # a lone surrogate would crash every output, ESC a terminal
    return value


_KIND_NAMES = {str: "text", int: "a whole number", list: "a list", dict: "an object"}


def _items(obj: Any, key: str, limit: int, what: str) -> list:
    items = _get(obj, key, list, [])
    if len(items) > limit:
        raise _Bad(f"{len(items):,} {what}; reader opens at most {limit:,}")
    return items


def _offset(obj: Any, key: str) -> int:
    value = _get(obj, key, int)
    if value < 0:
        raise _Bad(f"'{key}' is negative")
    return value


def _read_citation(obj: Any) -> Citation:
    """A cited passage. Its offsets may lie outside today's text (the words may have moved or
    the source gone: exports say "no longer found"), but they are a real range."""
    citation = Citation(article=_get(obj, "article", str), start=_offset(obj, "start"),
                        end=_offset(obj, "end"), text=_get(obj, "text", str, ""))
    if citation.end < citation.start:
        raise _Bad("a citation ends before it starts")
    if len(citation.text) > MAX_ARTICLE_BYTES:
        raise _Bad("a citation is longer than an article may be")
    return citation


def _span(value: Any, text: str) -> tuple[int, int] | None:
    """A span of the article's own text: two whole numbers, in order, inside the text."""
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        raise _Bad("a span should be two numbers")
    start, end = value
    if not 0 <= start <= end <= len(text):
        raise _Bad(f"a span ({start}, {end}) lies outside its article's text")
    return (start, end)


def _id(obj: Any, key: str = "id") -> str:
    value = _get(obj, key, str)
    if not value.strip() or len(value) > MAX_ID_CHARS or printable(value) != value or "\ufffd" in value:
        raise _Bad(f"'{key}' should be a short name without control characters")
    return value


def _article_text(obj: Any, article_id: str) -> str:
    text = _get(obj, "text", str)
    size = len(text) if len(text) > MAX_ARTICLE_BYTES else len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise _Bad(f"article {article_id}: too long ({megabytes(size)}; the limit is "
                   f"{megabytes(MAX_ARTICLE_BYTES)}, as for a file)")
    if not text.strip():
        raise _Bad(f"article {article_id}: the text is empty")
    return text


def _read_article(obj: Any) -> Article:
    article_id = _id(obj)
    text = _article_text(obj, article_id)
    spans = _items(obj, "header_spans", MAX_HEADER_SPANS, "header lines in one article")
    return Article(id=article_id, text=text,
                   title=_get(obj, "title", str, ""), outlet=_get(obj, "outlet", str, ""),
                   byline=_get(obj, "byline", str, ""), date=_get(obj, "date", str, ""),
                   date_source=_get(obj, "date_source", str, ""),
                   path=_get(obj, "path", str, ""), url=_get(obj, "url", str, ""),
                   title_span=_span(obj.get("title_span"), text),
                   header_spans=tuple(_span(s, text) for s in spans))


def _read_correction(obj: Any) -> Correction:
    kind = _get(obj, "kind", str)
    if kind not in CORRECTION_KINDS:
        raise _Bad(f"unknown correction '{printable(kind)[:40]}'")
    refs = _items(obj, "refs", 2, "passages in one correction")
    names = _items(obj, "names", 2, "names in one correction")
    if not all(isinstance(n, str) for n in names):
        raise _Bad("a correction's names should be text")
    return Correction(kind=kind, refs=tuple(_read_citation(r) for r in refs),
                      names=tuple(repaired(n) for n in names), value=_get(obj, "value", str, ""))


def _read_note(obj: Any) -> Note:
    target = _get(obj, "target", str)
    if target not in NOTE_TARGETS:
        raise _Bad(f"unknown note target '{printable(target)[:40]}'")
    citations = _items(obj, "citations", MAX_CITATIONS, "citations in one note")
    return Note(id=_id(obj), target=target, text=_get(obj, "text", str, ""),
                citations=tuple(_read_citation(r) for r in citations),
                subject=_get(obj, "subject", str, ""), created=_get(obj, "created", str, ""),
                modified=_get(obj, "modified", str, ""))


def _read_v2(data: dict) -> Document:
    articles = tuple(_read_article(a) for a in _get(data, "articles", list))
    corrections = tuple(_read_correction(c)
                        for c in _items(data, "corrections", MAX_CORRECTIONS, "corrections"))
    notes = tuple(_read_note(n) for n in _items(data, "notes", MAX_NOTES, "notes"))
    if len({n.id for n in notes}) != len(notes):
        raise _Bad("two notes share an id")
    return Document(articles=articles, corrections=corrections, notes=notes,
                    summary=_get(data, "summary", str, ""), title=_get(data, "title", str, ""),
                    created=_get(data, "created", str, ""), view=_get(data, "view", dict, {}))


def _read_v1(data: dict) -> Document:
    """A `reader compare --format json` export: its articles, headers re-read from the text."""
    from reader.reading import ArticleError, article_from_text

    articles = []
    for a in _get(data, "articles", list):
        article_id = _id(a)
        text = _article_text(a, article_id)
        try:
            articles.append(article_from_text(text, article_id, path=_get(a, "path", str, ""),
                                              outlet=_get(a, "outlet", str, "")))
        except ArticleError as e:
            raise _Bad(str(e)) from None
    return Document(articles=tuple(articles), title=_get(data, "title", str, ""))


def _parse(raw: str, name: str) -> Any:
    """json.loads, once the text is known not to build more values than a real file holds."""
    if raw.count("{") + raw.count("[") > MAX_CONTAINERS or raw.count(",") > MAX_COMMAS:
        raise DocumentError(f"{name}: damaged comparison file (far more entries than reader "
                            "writes)")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise DocumentError(f"{name}: not a comparison file (it is not JSON)") from None


def from_json(raw: str, name: str = "comparison") -> Document:
    name = printable(name)
    data = _parse(raw, name)
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, "reader-comparison"):
        raise DocumentError(f"{name}: not a comparison file (no reader format marker)")
    version = data.get("version")
    try:
        if data["format"] == "reader-comparison" and version == 1:
            doc = _read_v1(data)
        elif data["format"] == FORMAT and version == VERSION:
            doc = _read_v2(data)
        elif isinstance(version, int) and version > VERSION:
            raise DocumentError(f"{name}: made by a newer reader (format version {version}); "
                                f"this one reads up to {VERSION}")
        else:
            raise DocumentError(f"{name}: unknown format version {printable(repr(version))[:40]}")
    except _Bad as e:
        raise DocumentError(f"{name}: damaged comparison file ({e})") from None
    if not doc.articles:
        raise DocumentError(f"{name}: damaged comparison file (it holds no articles)")
    ids = [a.id for a in doc.articles]
    if len(set(ids)) != len(ids):
        raise DocumentError(f"{name}: damaged comparison file (two articles share an id)")
    return doc


def load(path: Path) -> Document:
    """The comparison saved at path; DocumentError (one line: the file and why) for anything
    that is not one: a pipe or a device, an oversized or damaged file, a file of another kind."""
    name = file_name(path)
    try:
        raw = read_limited(path, MAX_BYTES).decode("utf-8-sig")    # a BOM from Notepad is fine
    except FileTooLarge as e:
        size = f"over {megabytes(e.limit)}" if e.grew else \
            f"{megabytes(e.size)}; the limit is {megabytes(e.limit)}"
        raise DocumentError(f"{name}: too large to be a comparison file ({size})") from None
    except OSError as e:
        raise DocumentError(f"{name}: {unreadable_reason(e)}") from None
    except UnicodeDecodeError:
        raise DocumentError(f"{name}: not a comparison file (not UTF-8 text)") from None
    return from_json(raw, name)


def warnings(doc: Document, name: str) -> list[str]:
    """One line for each part of a loaded comparison holding characters that could not be read
    (a damaged file's lone surrogates become U+FFFD): shown, not silently wrong."""
    from reader.reading import replacement_warning

    found = [replacement_warning(f"{name}, article {a.id}", a.text) for a in doc.articles]
    notes = " ".join([doc.summary, doc.title] + [n.text for n in doc.notes])
    found.append(replacement_warning(f"{name}, notes", notes))
    return [w for w in found if w]
