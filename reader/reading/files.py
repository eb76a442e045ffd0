"""Files to articles: checks (exists, a regular file, not too large) before anything is read."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Iterable, Optional, Union

from reader.engine.model import Article
from reader.files import read_limited
from reader.reading.decoding import Decoded, decoded, decoded_html
from reader.reading.errors import ArticleError, unreadable
from reader.reading.plaintext import article_from_text
from reader.safe_text import file_name, printable

MAX_BYTES = 5 * 1024 * 1024          # larger files are refused before they are read

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

PathLike = Union[str, "os.PathLike[str]"]


def read_article(path: PathLike, article_id: Optional[str] = None) -> Article:
    """Read a .txt/.md (or any text) file or a saved .html page into an Article.

    The id defaults to the file stem; the path is stored as given; ``encoding`` names the
    legacy encoding guessed for a file that is not UTF-8. Raises ArticleError.
    """
    name = file_name(path)
    data = _read_bytes(path, name)
    text, guessed = _decode_or_fail(data, name, html=_is_html_name(path))
    if not text.strip():
        raise ArticleError(name, "the file is empty")
    article_id = article_id or unique_ids([path])[0]
    if _is_html_name(path) or _looks_like_html(text):
        from reader.reading.webpage import article_from_html   # lxml and the page parsers: only for pages
        article = article_from_html(text, article_id, str(path), name)
    else:
        article = article_from_text(text, article_id, path=str(path))
    return dataclasses.replace(article, encoding=guessed) if guessed else article


def _read_bytes(path: PathLike, name: str) -> bytes:
    """The whole file, once it is known to be a regular file (not a pipe or a device, which would
    block or never end) and small enough."""
    try:
        return read_limited(path, MAX_BYTES)
    except OSError as exc:
        raise unreadable(name, exc) from None


def _decode_or_fail(data: bytes, name: str, html: bool) -> Decoded:
    """decoded(), honouring a web page's declared charset, with errors turned into ArticleError."""
    try:
        return decoded_html(data) if html else decoded(data)
    except ValueError:
        raise ArticleError(name, "not a text file (binary content)") from None


def _is_html_name(path: PathLike) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


def _looks_like_html(text: str) -> bool:
    """A page saved with a .txt (or no) extension still starts like a page."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:2000].lower()


def unique_ids(paths: Iterable[PathLike]) -> list[str]:
    """File stems as article ids, made unique ("voa", "voa-2") so they can key a comparison.

    Compared without regard to case, as ids may end up as file names on case-insensitive disks.
    Printable: a file name's undecodable bytes and control characters do not reach the output.
    """
    taken: set[str] = set()
    ids = []
    for path in paths:
        stem = printable(Path(os.fsdecode(path)).stem) or "article"
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate.casefold())
        ids.append(candidate)
    return ids

