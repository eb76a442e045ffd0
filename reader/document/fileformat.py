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
from reader.files import write_atomic

EXTENSION = ".readercmp"
MIME_TYPE = "application/x-reader-comparison"
FORMAT = "reader-comparison-file"
VERSION = 2
MAX_BYTES = 200 * 1024 * 1024


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
    """Write atomically: a crash at any moment leaves the previous file whole."""
    write_atomic(Path(path), to_json(doc).encode("utf-8"))


# --- reading -----------------------------------------------------------------------------------

class _Bad(Exception):
    pass


def _get(obj: Any, key: str, kind: type, default: Any = None) -> Any:
    if not isinstance(obj, dict):
        raise _Bad("an entry is not an object")
    value = obj.get(key, default)
    if value is None and default is None and kind is not type(None):
        raise _Bad(f"'{key}' is missing")
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _Bad(f"'{key}' should be {kind.__name__}")
    return value


def _read_citation(obj: Any) -> Citation:
    return Citation(article=_get(obj, "article", str), start=_get(obj, "start", int),
                    end=_get(obj, "end", int), text=_get(obj, "text", str, ""))


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise _Bad("a span should be two numbers")
    return (value[0], value[1])


def _read_article(obj: Any) -> Article:
    return Article(id=_get(obj, "id", str), text=_get(obj, "text", str),
                   title=_get(obj, "title", str, ""), outlet=_get(obj, "outlet", str, ""),
                   byline=_get(obj, "byline", str, ""), date=_get(obj, "date", str, ""),
                   date_source=_get(obj, "date_source", str, ""),
                   path=_get(obj, "path", str, ""), url=_get(obj, "url", str, ""),
                   title_span=_span(obj.get("title_span")),
                   header_spans=tuple(_span(s) for s in _get(obj, "header_spans", list, [])))


def _read_v2(data: dict) -> Document:
    corrections = []
    for c in _get(data, "corrections", list, []):
        kind = _get(c, "kind", str)
        if kind not in CORRECTION_KINDS:
            raise _Bad(f"unknown correction '{kind}'")
        corrections.append(Correction(kind=kind, refs=tuple(_read_citation(r) for r in _get(c, "refs", list, [])),
                                      names=tuple(str(n) for n in _get(c, "names", list, [])),
                                      value=_get(c, "value", str, "")))
    notes = []
    for n in _get(data, "notes", list, []):
        target = _get(n, "target", str)
        if target not in NOTE_TARGETS:
            raise _Bad(f"unknown note target '{target}'")
        notes.append(Note(id=_get(n, "id", str), target=target, text=_get(n, "text", str, ""),
                          citations=tuple(_read_citation(r) for r in _get(n, "citations", list, [])),
                          subject=_get(n, "subject", str, ""), created=_get(n, "created", str, ""),
                          modified=_get(n, "modified", str, "")))
    return Document(articles=tuple(_read_article(a) for a in _get(data, "articles", list)),
                    corrections=tuple(corrections), notes=tuple(notes),
                    summary=_get(data, "summary", str, ""), title=_get(data, "title", str, ""),
                    created=_get(data, "created", str, ""), view=_get(data, "view", dict, {}))


def _read_v1(data: dict) -> Document:
    """A `reader compare --format json` export: its articles, headers re-read from the text."""
    from reader.reading import article_from_text

    from reader.reading import ArticleError

    articles = []
    for a in _get(data, "articles", list):
        try:
            art = article_from_text(_get(a, "text", str), _get(a, "id", str),
                                    path=_get(a, "path", str, ""), outlet=_get(a, "outlet", str, ""))
        except ArticleError as e:
            raise _Bad(str(e)) from None
        articles.append(art)
    return Document(articles=tuple(articles), title=str(data.get("title", "")))


def from_json(raw: str, name: str = "comparison") -> Document:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise DocumentError(f"{name}: not a comparison file (it is not JSON)") from None
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
            raise DocumentError(f"{name}: unknown format version {version!r}")
    except _Bad as e:
        raise DocumentError(f"{name}: damaged comparison file ({e})") from None
    if not doc.articles:
        raise DocumentError(f"{name}: damaged comparison file (it holds no articles)")
    ids = [a.id for a in doc.articles]
    if len(set(ids)) != len(ids):
        raise DocumentError(f"{name}: damaged comparison file (two articles share an id)")
    return doc


def load(path: Path) -> Document:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError(f"{path.name}: too large to be a comparison file")
        raw = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DocumentError(f"{path.name}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path.name}: is a folder, not a file") from None
    except PermissionError:
        raise DocumentError(f"{path.name}: cannot read (permission denied)") from None
    except UnicodeDecodeError:
        raise DocumentError(f"{path.name}: not a comparison file (not UTF-8 text)") from None
    except OSError as e:
        raise DocumentError(f"{path.name}: cannot read ({e.strerror or e})") from None
    return from_json(raw, path.name)
