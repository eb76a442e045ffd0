"""Read one article from disk (or from pasted text) into an ``Article``.

Plain text and Markdown files are kept verbatim apart from line-end and trailing-whitespace
normalisation, so every offset the engine computes points into what the user saved. Saved web
pages go through trafilatura (offline: it is only ever handed the page we read) and become
``headline + blank line + paragraphs``. The short lines right under the headline (date, byline,
"Source: ...") and a closing "(Source: VOA News)" line are recognised and reported as
``header_spans`` so segmentation can keep them out of the body.

Every failure a user can cause (missing file, folder, binary, empty, too large, unreadable)
raises ``ArticleError`` whose message is one line naming the file and the reason.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, NamedTuple, Optional, Union

from reader.engine.model import Article

MAX_BYTES = 5 * 1024 * 1024          # larger files are refused before they are read

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

PathLike = Union[str, "os.PathLike[str]"]


class ArticleError(Exception):
    """A file (or pasted text) that cannot become an article; str() is one line for the user.

    Built as ``ArticleError(name, reason)`` -> "name: reason"; a single argument is taken as the
    whole message so callers elsewhere can raise it with their own wording.
    """

    def __init__(self, name: str, reason: Optional[str] = None):
        name = _one_line(str(name))
        message = name if reason is None else f"{name}: {_one_line(reason)}"
        super().__init__(message)
        self.name = name
        self.reason = reason or ""


def _one_line(text: str) -> str:
    """Keep messages on one line even if a file name contains a line break."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


# --- bytes -> text ------------------------------------------------------------------------

# longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# control characters a real text does not contain (tab, line feed, CR and form feed are fine);
# U+FFFD counts too, as it is what undecodable bytes became
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_SHARE = 0.02


def decode(data: bytes) -> str:
    """Turn file bytes into text the way a user expects, or raise ValueError for binary data.

    A BOM decides the encoding; otherwise UTF-8 is tried, then Windows-1252 (what old Windows
    editors and many "ANSI" saves produce), then Latin-1, which never fails. The BOM is dropped
    and line ends become ``\\n`` so offsets are the same whatever editor saved the file.
    """
    text = _decode_bytes(data)
    _reject_binary(text)
    return _normalise_line_ends(text)


def _decode_bytes(data: bytes) -> str:
    """Pick the encoding; NUL bytes without a UTF-16/32 BOM mean the file is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if b"\x00" in data:
        raise ValueError("binary content (NUL bytes)")
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _reject_binary(text: str) -> None:
    """Raise ValueError when too many characters are controls: an image or a zip, not prose."""
    if not text:
        return
    controls = len(_CONTROL_RE.findall(text))
    if "\x00" in text or controls / len(text) > _MAX_CONTROL_SHARE:
        raise ValueError("binary content (control characters)")


def _normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- files -> articles --------------------------------------------------------------------

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
        return _article_from_html(text, article_id, str(path), name)
    return article_from_text(text, article_id, path=str(path))


def _read_bytes(path: PathLike, name: str) -> bytes:
    """Read the whole file after checking (via stat) that it exists, is a file and is small."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):                    # a pipe or device would block or
        raise ArticleError(name, "not a regular file")    # never end
    if info.st_size > MAX_BYTES:
        raise ArticleError(name, f"too large ({_megabytes(info.st_size)}; "
                                 f"the limit is {_megabytes(MAX_BYTES)})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if len(data) > MAX_BYTES:                             # it grew since stat()
        raise ArticleError(name, f"too large (over {_megabytes(MAX_BYTES)})")
    return data


def _megabytes(size: int) -> str:
    """"52.3 MB", "5 MB": one decimal only when it says something."""
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"


def _unreadable(name: str, exc: OSError) -> ArticleError:
    """The one-line error for a file the system would not let us read."""
    if isinstance(exc, FileNotFoundError):
        return ArticleError(name, "no such file")
    if isinstance(exc, IsADirectoryError):
        return ArticleError(name, "is a folder, not a file")
    if isinstance(exc, PermissionError):
        return ArticleError(name, "cannot read (permission denied)")
    return ArticleError(name, f"cannot read ({(exc.strerror or exc.__class__.__name__).lower()})")


def _decode_or_fail(data: bytes, name: str, html: bool) -> str:
    """decode(), honouring a web page's declared charset, with errors turned into ArticleError."""
    try:
        return _decode_html(data) if html else decode(data)
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

def article_from_text(text: str, article_id: str, path: str = "", title: str = "",
                      outlet: str = "", date: str = "", url: str = "",
                      byline: str = "") -> Article:
    """Make an Article from plain text (a .txt/.md file or the clipboard).

    The first non-empty line is the headline; the short lines under it are checked for a date,
    a byline and a source, and the last line for a closing "(Source: ...)". Values passed in
    (from a web page's metadata) win over what the text says; the spans are recorded either way.
    """
    text = normalise_text(text)
    if not text.strip():
        label = Path(path).name if path else article_id
        raise ArticleError(label, "the file is empty" if path else "the text is empty")
    lines = _content_lines(text)
    headline = _find_headline(text, lines, title)
    body_from = 1 if headline is not None else 0
    found = _read_header(lines[body_from:])
    _read_trailer(lines[body_from:], found)
    return Article(
        id=article_id, text=text,
        title=title or (text[headline[0]:headline[1]] if headline else ""),
        outlet=outlet or found.outlet, byline=byline or found.byline, date=date or found.date,
        path=path, url=url, title_span=headline, header_spans=tuple(sorted(found.spans)),
    )


def normalise_text(text: str) -> str:
    """Unify line ends, strip trailing whitespace per line and blank lines at both ends.

    Nothing else changes, so what the user sees is what every offset indexes.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line.rstrip() for line in _normalise_line_ends(text).split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


class _Line(NamedTuple):
    """A non-blank line: its offsets in the text (surrounding whitespace excluded)."""

    start: int
    end: int
    text: str


def _content_lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


_MD_HEADING_RE = re.compile(r"#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(?P<inner>.+)\1")


def _find_headline(text: str, lines: list[_Line], title: str) -> Optional[tuple[int, int]]:
    """Span of the headline: the first line, without Markdown heading or emphasis markers.

    When a title is given (a web page's), the first line is the headline only if it says the
    same; otherwise the text has no headline line and None is returned.
    """
    if not lines:
        return None
    start, end = _strip_markdown(lines[0])
    if title and _squash(text[start:end]) != _squash(title):
        return None
    return (start, end)


def _strip_markdown(line: _Line) -> tuple[int, int]:
    """Offsets of a line's words inside "# Title" or "**Title**" (only the title field loses
    the markers: the text keeps them)."""
    start, end = line.start, line.end
    heading = _MD_HEADING_RE.match(line.text)
    if heading:
        start += heading.end()
        trailing = re.search(r"\s+#+$", line.text)        # "# Title #" closing hashes
        if trailing and trailing.start() > heading.end():
            end = line.start + trailing.start()
    inner = line.text[start - line.start:end - line.start]
    emphasis = _MD_EMPHASIS_RE.fullmatch(inner)
    if emphasis and emphasis.group("inner").strip():
        start += emphasis.start("inner")
        end = start + len(emphasis.group("inner"))
    return (start, end)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _plain(text: str) -> str:
    """A line without Markdown decoration ("## ", "> ", "*...*"), for recognising it only."""
    text = re.sub(r"^(?:#{1,6}|>)\s*", "", text).strip()
    emphasis = _MD_EMPHASIS_RE.fullmatch(text)
    return emphasis.group("inner").strip() if emphasis else text


# --- header recognition -------------------------------------------------------------------

_HEADER_LOOKAHEAD = 6         # non-blank lines after the headline that may still be header
_SHORT_LINE = 100             # header lines are shorter than this

_MONTH = (r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai"
          r"|jun[ei]?|jul[yi]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
          r"|de[cz](?:ember)?)\b\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_RE = re.compile("|".join((
    rf"\b{_MONTH}\s*{_DAY},?\s+\d{{4}}\b",                  # Jan 17, 2024
    rf"\b{_DAY}\.?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b",     # 17 January 2024
    r"\b\d{4}-\d{2}-\d{2}\b",                               # 2024-01-17
    r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b",                     # 17.01.2024, 01/17/2024
)), re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?",
                         re.IGNORECASE)
_MAX_DATE_LINE_WORDS = 4      # "Last updated on ... EST": words besides the date and time

_SOURCE_RE = re.compile(
    r"\(?\s*(?:source|sources|quelle)(?:\s+site)?\s*(?:[:\-–—]\s*(?P<name>[^()]{1,80}?))?"
    r"\s*\)?\.?", re.IGNORECASE)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[^.]{2,60}?)\.?"
    r"(?:\s*all rights reserved\.?)?", re.IGNORECASE)
_BY_RE = re.compile(r"(?i:by|von|written by|reported by|words by)\s+(?P<rest>.+)")
_BYLINE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NAME_LIST_SPLIT_RE = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s+und\s+")
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "den", "da", "di",
                   "du", "la", "le", "del", "dos", "ter"}
# capitalised words that show a short line is a heading or section label, not a person
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "as", "is",
    "are", "was", "over", "after", "from", "by", "says", "said", "news", "live", "update",
    "updates", "updated", "breaking", "world", "home", "politics", "business", "opinion",
    "analysis", "video", "videos", "photos", "editorial", "staff", "reporter", "correspondent",
    "press", "agency", "report", "exclusive", "latest", "sports", "source", "published",
    "more", "share", "read", "listen", "watch", "advertisement", "related", "topics",
}


@dataclass
class _Header:
    """What the header and trailer lines said; the first value of each kind wins."""

    date: str = ""
    byline: str = ""
    outlet: str = ""
    spans: list = field(default_factory=list)

    def add(self, line: _Line, values: dict[str, str]) -> None:
        self.spans.append((line.start, line.end))
        for key, value in values.items():
            if value and not getattr(self, key):
                setattr(self, key, value)


def _read_header(lines: list[_Line]) -> _Header:
    """Recognise date, byline and source lines under the headline, until the body starts.

    The body starts at the first long or sentence-like line; after that nothing counts as
    header, so a short subheading inside the body is never taken for a byline.
    """
    found = _Header()
    for line in lines[:_HEADER_LOOKAHEAD]:
        values = _header_values(_plain(line.text), want_byline=not found.byline)
        if values:
            found.add(line, values)
        elif _is_prose(line.text):
            break
    return found


def _read_trailer(lines: list[_Line], found: _Header) -> None:
    """A closing "(Source: VOA News)", "source site" or copyright line names the outlet."""
    if len(lines) < 2 or (lines[-1].start, lines[-1].end) in found.spans:
        return
    last = lines[-1]
    outlet = _outlet_in_line(_plain(last.text), trailer=True)
    if outlet is not None:
        found.add(last, {"outlet": outlet})


def _header_values(plain: str, want_byline: bool) -> dict[str, str]:
    """{"date": ..., "byline": ..., "outlet": ...} for a header line; empty if it is none."""
    if len(plain) >= _SHORT_LINE:
        return {}
    outlet = _outlet_in_line(plain, trailer=False)
    if outlet is not None:
        return {"outlet": outlet}
    date = _date_in_line(plain)
    if date:
        return {"date": date}
    by = _by_line(plain)
    if by:
        return by
    if want_byline and _looks_like_name(plain):
        return {"byline": plain}
    return {}


def _is_prose(text: str) -> bool:
    """A body line: long, or a sentence of several words ending in a full stop."""
    if len(text) >= _SHORT_LINE:
        return True
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text)) and len(text.split()) >= 6


def _outlet_in_line(plain: str, trailer: bool) -> Optional[str]:
    """The outlet a "Source: X" line names ("" for a bare "source site"), else None."""
    match = _SOURCE_RE.fullmatch(plain)
    if match:
        return (match.group("name") or "").strip()
    if trailer:
        match = _COPYRIGHT_RE.fullmatch(plain)
        if match:
            return match.group("name").strip()
    return None


def _date_in_line(plain: str) -> str:
    """The date as written, if the line is essentially a date ("As of: January 17, 2024 3:35
    p.m", "Published Wednesday, Jan 17, 2024"); "" for a sentence that merely holds a date."""
    match = _DATE_RE.search(plain)
    if not match:
        return ""
    rest = plain[:match.start()] + " " + plain[match.end():]
    rest = _WEEKDAY_RE.sub(" ", _TIME_RE.sub(" ", rest))
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return match.group(0) if len(words) <= _MAX_DATE_LINE_WORDS else ""


def _by_line(plain: str) -> dict[str, str]:
    """"By Ayaz Gul" -> byline; "By Ayaz Gul | VOA News" also gives the outlet."""
    match = _BY_RE.fullmatch(plain)
    if not match:
        return {}
    parts = _BYLINE_SEPARATOR_RE.split(match.group("rest"), maxsplit=1)
    names = parts[0].strip().rstrip(".,")
    outlet = parts[1].strip() if len(parts) > 1 else ""
    if not _are_names(names):
        names, _, outlet = names.rpartition(",")          # "By Ayaz Gul, VOA News"
        names, outlet = names.strip(), outlet.strip()
        if not names or not _are_names(names):
            return {}
    return {"byline": names, "outlet": outlet} if outlet else {"byline": names}


def _are_names(text: str) -> bool:
    """"Jane Roe", "Jane Roe and John Smith", "AFP": what may follow "By"."""
    people = [p for p in _NAME_LIST_SPLIT_RE.split(text) if p]
    return bool(people) and all(_looks_like_name(p, min_words=1, max_words=5, acronyms=True)
                                for p in people)


def _looks_like_name(text: str, min_words: int = 2, max_words: int = 4,
                     acronyms: bool = False) -> bool:
    """2-4 capitalised words ("Ayaz Gul", "Mumtaz Zahra Baloch"), not a section label.

    Words in capitals ("VOA News") only pass after an explicit "By" ("By AFP", "BY AYAZ GUL").
    """
    words = text.split()
    if not min_words <= len(words) <= max_words or any(c.isdigit() for c in text):
        return False
    if not (words[0][:1].isupper() and words[-1].split("-")[-1][:1].isupper()):
        return False
    return all(_is_name_word(word, acronyms) for word in words)


def _is_name_word(word: str, acronyms: bool) -> bool:
    bare = word.rstrip(".")
    prefix, hyphen, rest = bare.partition("-")
    if bare.lower() in _NAME_PARTICLES or (hyphen and prefix.lower() in _NAME_PARTICLES
                                           and (not rest or rest[:1].isupper())):
        return True                                       # "bin", "van", "al-Hassan"
    if bare.casefold() in _NOT_NAME_WORDS or not bare[:1].isupper():
        return False
    if not acronyms and len(bare) > 1 and bare.isupper() and "." not in word:
        return False                                      # "VOA", "AFP": an acronym
    return all(c.isalpha() or c in "-'’." for c in word)


# --- web pages ----------------------------------------------------------------------------

@dataclass
class _Page:
    """What a web page offers: the article's paragraphs and its metadata."""

    body: list[str]
    title: str = ""
    outlet: str = ""
    byline: str = ""
    date: str = ""
    url: str = ""


_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                              re.IGNORECASE)
_MIN_PROSE_WORDS = 5           # a page whose longest paragraph is shorter has no article
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _decode_html(data: bytes) -> str:
    """Decode a page by its BOM, else by its <meta charset>, else as any text file.

    A declared Latin-1 is read as Windows-1252, as browsers do.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decode(data)
    codec = _declared_charset(data)
    if codec:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            return decode(data)
        _reject_binary(text)
        return _normalise_line_ends(text)
    return decode(data)


def _declared_charset(data: bytes) -> str:
    match = _META_CHARSET_RE.search(data[:4096])
    if not match:
        return ""
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ""
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _article_from_html(html: str, article_id: str, path: str, name: str) -> Article:
    """Headline, blank line, then the article's paragraphs each separated by a blank line."""
    page = _extract_page(html)
    if page is None:
        raise ArticleError(name, "no article text found in the page")
    title = " ".join(page.title.split())
    text = "\n\n".join(([title] if title else []) + _without_title(page))
    return article_from_text(text, article_id, path=path, title=title, outlet=page.outlet,
                             date=page.date, url=page.url, byline=page.byline)


def _extract_page(html: str) -> Optional[_Page]:
    """trafilatura's reading of the page, else the plain <p> texts; None if neither has prose."""
    for extract in (_extract_with_trafilatura, _extract_with_parser):
        page = extract(html)
        if page is not None and _has_prose(_without_title(page)):
            return page
    return None


def _without_title(page: _Page) -> list[str]:
    """The body paragraphs, minus a first one that repeats the title (the <h1>)."""
    if page.body and page.title and _squash(page.body[0]) == _squash(page.title):
        return page.body[1:]
    return page.body


def _has_prose(paragraphs: list[str]) -> bool:
    """Whether any paragraph reads like text: extractors return a lone "Home" link rather than
    nothing when a page has no article."""
    return any(len(p.split()) >= _MIN_PROSE_WORDS for p in paragraphs)


def _extract_with_trafilatura(html: str) -> Optional[_Page]:
    """Main text and metadata by trafilatura; None when it finds no text (or fails).

    Dates are taken only from the page's markup (no guessing from a copyright year), and
    nothing is fetched: trafilatura only sees the string we give it.
    """
    try:
        import trafilatura
        doc = trafilatura.bare_extraction(
            _XML_DECL_RE.sub("", html), with_metadata=True, include_comments=False,
            include_images=False, include_links=False, include_formatting=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:                                     # a page it cannot parse: fall back
        return None
    if doc is None:
        return None
    text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    body = _paragraphs(text or "")
    if not body:
        return None
    return _Page(body=body, title=_field(doc, "title"),
                 outlet=_field(doc, "sitename") or _field(doc, "hostname"),
                 byline=_field(doc, "author"), date=_field(doc, "date"), url=_field(doc, "url"))


def _field(doc, name: str) -> str:
    """A metadata value from trafilatura's Document (or dict, in other versions), as text."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return " ".join(str(value).split()) if value else ""


def _paragraphs(text: str) -> list[str]:
    """trafilatura puts one paragraph per line; squeeze the spaces inside each."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _extract_with_parser(html: str) -> Optional[_Page]:
    """Last resort: the <p> elements outside navigation, header, footer and asides."""
    parser = _ParagraphParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return None
    body = [p for p in parser.paragraphs if p]
    if not body:
        return None
    return _Page(body=body, title=parser.heading or parser.title, outlet=parser.site_name)


class _ParagraphParser(HTMLParser):
    """Collects paragraph texts, the <title>, the first <h1> and og:site_name."""

    SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
               "template", "svg", "button", "select", "iframe"}
    BLOCKS = {"p", "div", "article", "section", "main", "body", "li", "blockquote", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = self.heading = self.site_name = ""
        self._skip_depth = 0
        self._in = ""                                     # "p", "title" or "h1" being read
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self._skip_depth += 1
        elif tag == "meta":
            attributes = dict(attrs)
            if attributes.get("property") == "og:site_name":
                self.site_name = " ".join((attributes.get("content") or "").split())
        elif tag in ("p", "title", "h1") and not self._skip_depth:
            self._flush()
            self._in = tag
        elif tag == "br" and self._in:
            self._buffer.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == self._in or (tag in self.BLOCKS and self._in == "p"):
            self._flush()

    def handle_data(self, data):
        if self._in and not self._skip_depth:
            self._buffer.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        if self._in == "p" and text:
            self.paragraphs.append(text)
        elif self._in == "title" and not self.title:
            self.title = text
        elif self._in == "h1" and not self.heading:
            self.heading = text
        self._in, self._buffer = "", []
