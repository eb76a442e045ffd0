"""Saved web pages: the article's paragraphs and metadata, by trafilatura or a plain parser.

Offline: trafilatura only ever sees the page we read; nothing is fetched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

from reader.engine.model import Article
from reader.reading.errors import ArticleError
from reader.reading.header import squash
from reader.reading.plaintext import article_from_text


@dataclass
class _Page:
    """What a web page offers: the article's paragraphs and its metadata."""

    body: list[str]
    title: str = ""
    outlet: str = ""
    byline: str = ""
    date: str = ""
    url: str = ""


_MIN_PROSE_WORDS = 5           # a page whose longest paragraph is shorter has no article
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def article_from_html(html: str, article_id: str, path: str, name: str) -> Article:
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
    if page.body and page.title and squash(page.body[0]) == squash(page.title):
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
