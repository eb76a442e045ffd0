"""What the window asks the engine for, without Qt: the sources as the reader gave them, the
request and its result, and the one function that reads and analyses them (run on the worker
thread, or in a forked process at start-up: see prefetch.py)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass(frozen=True)
class SourceSpec:
    """One source as the user gave it: a file, or pasted text. key doubles as article id."""

    key: str
    path: str = ""
    text: str = ""


@dataclass
class Request:
    sources: list[SourceSpec]
    cache: dict = field(default_factory=dict)      # key -> Article already read
    corrections: tuple = ()                        # the reader's corrections, replayed


@dataclass
class Result:
    comparison: object                             # Comparison, or None with fewer than 2 sources
    articles: dict                                 # key -> Article
    errors: list[str]
    index: object = None                           # DisplayIndex for the requested order
    order: tuple = ()
    warnings: list[str] = field(default_factory=list)   # text read with replaced bytes


def unique_key(stem: str, taken) -> str:
    """A source key (also the article id) from a file name stem, unique among taken."""
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-") or "source"
    key, n = stem, 2
    while key in taken:
        key, n = f"{stem}-{n}", n + 1
    return key


def file_specs(paths, taken=()) -> list[SourceSpec]:
    """Specs for files, keyed by their names (made unique)."""
    keys, out = set(taken), []
    for p in paths:
        key = unique_key(os.path.splitext(os.path.basename(str(p)))[0], keys)
        keys.add(key)
        out.append(SourceSpec(key, path=str(p)))
    return out


def read_source(spec: SourceSpec):
    from reader.reading import article_from_text, read_article
    if spec.path:
        return read_article(spec.path, article_id=spec.key)
    return article_from_text(spec.text, spec.key)


def compare_articles(articles, progress=None, cancelled=None, corrections=()):
    from reader.engine import compare
    if corrections:
        return compare(articles, progress=progress, cancelled=cancelled, corrections=corrections)
    return compare(articles, progress=progress, cancelled=cancelled)


def replacement_warnings(request: Request, articles: dict) -> list[str]:
    """One line for each file read afresh whose text holds U+FFFD (stray bytes, damaged
    characters) or whose encoding was guessed: the reader is told which file it is. Pasted text and
    articles from the cache (a saved comparison warns when it is opened) are not files read now."""
    from reader.reading.errors import reading_warnings
    from reader.safe_text import file_name
    found = []
    for spec in request.sources:
        art = articles.get(spec.key)
        if spec.path and art is not None and spec.key not in request.cache:
            found.extend(reading_warnings(file_name(spec.path), art))      # also a guessed encoding
    return [w for w in found if w]


def read_all(request: Request, read: Callable = read_source,
             cancelled: Callable[[], bool] = lambda: False,
             progress: Optional[Callable[[str, float], None]] = None) -> tuple[dict, list[str]]:
    """The request's articles (from the cache when read before) and a message per failure."""
    from reader.reading import ArticleError
    articles, errors = {}, []
    for i, spec in enumerate(request.sources):
        if cancelled():
            break
        art = request.cache.get(spec.key)
        if art is None:
            if progress is not None:
                progress("reading", i / max(1, len(request.sources)))
            try:
                art = read(spec)
            except ArticleError as exc:   # already "name: reason"
                errors.append(str(exc))
                continue
            except Exception as exc:   # a bad file must not sink the others
                errors.append(f"{spec.path or spec.key}: {exc}")
                continue
        articles[spec.key] = art
    return articles, errors
