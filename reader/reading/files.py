"""Files to articles: checks (exists, a regular file, not too large) before anything is read."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Optional, Union

from reader.engine.model import Article
from reader.reading.decoding import decode, decode_html
from reader.reading.errors import ArticleError, megabytes, unreadable
from reader.reading.plaintext import article_from_text
from reader.reading.webpage import article_from_html

MAX_BYTES = 5 * 1024 * 1024          # larger files are refused before they are read

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

PathLike = Union[str, "os.PathLike[str]"]


def read_article(path: PathLike, article_id: Optional[str] = None) -> Article:
    """Read a .txt/.md (or any text) file or a saved .html page into an Article.

    The id defaults to the file stem; the path is stored as given. Raises ArticleError.
    """
    name = Path(path).name or str(path)
    data = _read_bytes(path, name)
    text = _decode_or_fail(data, name, html=_is_html_name(path))
    if not text.strip():
        raise ArticleError(name, "the file is empty")
    article_id = article_id or Path(path).stem or name
    if _is_html_name(path) or _looks_like_html(text):
        return article_from_html(text, article_id, str(path), name)
    return article_from_text(text, article_id, path=str(path))


def _read_bytes(path: PathLike, name: str) -> bytes:
    """Read the whole file after checking (via stat) that it exists, is a file and is small."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise unreadable(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):                    # a pipe or device would block or
        raise ArticleError(name, "not a regular file")    # never end
    if info.st_size > MAX_BYTES:
        raise ArticleError(name, f"too large ({megabytes(info.st_size)}; "
                                 f"the limit is {megabytes(MAX_BYTES)})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise unreadable(name, exc) from None
    if len(data) > MAX_BYTES:                             # it grew since stat()
        raise ArticleError(name, f"too large (over {megabytes(MAX_BYTES)})")
    return data


def _decode_or_fail(data: bytes, name: str, html: bool) -> str:
    """decode(), honouring a web page's declared charset, with errors turned into ArticleError."""
    try:
        return decode_html(data) if html else decode(data)
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
    """
    taken: set[str] = set()
    ids = []
    for path in paths:
        stem = Path(path).stem or "article"
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate.casefold())
        ids.append(candidate)
    return ids


# --- text -> article ----------------------------------------------------------------------
