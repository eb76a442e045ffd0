"""Saved web pages: the article's paragraphs and metadata, by trafilatura or a plain parser.

Offline: trafilatura only ever sees the page we read; nothing is fetched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

from lxml.html import HtmlElement

from reader.engine.model import Article
from reader.reading.errors import ArticleError
from reader.reading.outlets import choose_outlet, host_of, site_label
from reader.reading.pagebody import clean_body
from reader.reading.pagedates import choose_date
from reader.reading.pagemeta import PageFacts, read_facts
from reader.reading.plaintext import article_from_text
from reader.reading.titles import choose_title, without_repeated_headline


@dataclass
class _Page:
    """What a web page offers: the article's paragraphs and its metadata."""

    body: list[str]
    title: str = ""
    outlet: str = ""
    byline: str = ""
    date: str = ""
    date_source: str = ""
    url: str = ""


@dataclass
class _Extraction:
    """An extractor's reading: paragraphs and what it guessed of the metadata."""

    body: list[str]
    title: str = ""
    byline: str = ""
    date: str = ""
    url: str = ""


_MIN_PROSE_WORDS = 5           # a page whose longest paragraph is shorter has no article
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# scripts written without spaces between words: a word is about two of their characters
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f"
                          r"\u1000-\u109f\u1780-\u17ff]")
_CHARS_PER_UNSPACED_WORD = 2


def article_from_html(html: str, article_id: str, path: str, name: str) -> Article:
    """Headline, blank line, then the article's paragraphs each separated by a blank line."""
    page = read_page(html)
    if page is None:
        raise ArticleError(name, "no article text found in the page")
    text = "\n\n".join(([page.title] if page.title else []) + page.body)
    return article_from_text(text, article_id, path=path, title=page.title, outlet=page.outlet,
                             date=page.date, date_source=page.date_source, url=page.url,
                             byline=page.byline)


def read_page(html: str) -> Optional[_Page]:
    """The article of a saved page and its metadata; None when the page has no prose.

    NUL and other control characters are markup noise (a page with a few is still a page), so
    they are dropped before parsing.
    """
    html = _XML_DECL_RE.sub("", _CONTROL_RE.sub("", html))
    tree = _parse(html)
    facts = read_facts(tree, html) if tree is not None else PageFacts()
    extraction = _extract(html, tree)
    if extraction is None:
        return None
    facts.url = facts.url or extraction.url
    label = site_label(host_of(facts.url))
    outlet = choose_outlet(facts, title=extraction.title)
    title = choose_title(facts, extraction.title, outlet, label)
    repeats = [title, extraction.title, facts.first_meta("og:title"), *facts.headings[:1]]
    body = without_repeated_headline(extraction.body, repeats)
    date, date_source = "", ""
    if tree is not None:
        body = clean_body(body, tree, facts)
        date, date_source = choose_date(facts, tree, title, extraction.date)
    if not has_prose(body):
        return None
    return _Page(body=body, title=title, outlet=outlet, byline=extraction.byline, date=date,
                 date_source=date_source, url=facts.url)


def has_prose(paragraphs: list[str]) -> bool:
    """Whether any paragraph reads like text: extractors return a lone "Home" link rather than
    nothing when a page has no article. Words are counted as the script writes them: Chinese
    or Japanese prose has no spaces."""
    return any(word_count(p) >= _MIN_PROSE_WORDS for p in paragraphs)


def word_count(text: str) -> int:
    """Words in spaced scripts plus runs of characters in unspaced ones; punctuation is none."""
    unspaced = len(_UNSPACED_RE.findall(text))
    spaced = [w for w in _UNSPACED_RE.sub(" ", text).split() if any(c.isalnum() for c in w)]
    return len(spaced) + unspaced // _CHARS_PER_UNSPACED_WORD


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _parse(html: str) -> Optional[HtmlElement]:
    try:
        from trafilatura.utils import load_html
        return load_html(html)
    except Exception:                                     # unparseable: the plain parser reads it
        return None


def _extract(html: str, tree: Optional[HtmlElement]) -> Optional[_Extraction]:
    """trafilatura's reading of the page, else the plain <p> texts; None if neither has prose."""
    extraction = _extract_with_trafilatura(tree if tree is not None else html)
    if extraction is None or not has_prose(extraction.body):
        extraction = _extract_with_parser(html)
    return extraction if extraction is not None and has_prose(extraction.body) else None


def _extract_with_trafilatura(page) -> Optional[_Extraction]:
    """Main text and metadata by trafilatura; None when it finds no text (or fails).

    Dates are taken only from the page's markup (no guessing from a copyright year), and
    nothing is fetched: trafilatura only sees the page we give it.
    """
    try:
        import trafilatura
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False,
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
    return _Extraction(body=body, title=_field(doc, "title"), byline=_field(doc, "author"),
                       date=_field(doc, "date"), url=_field(doc, "url"))


def _field(doc, name: str) -> str:
    """A metadata value from trafilatura's Document (or dict, in other versions), as text."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return " ".join(str(value).split()) if value else ""


def _paragraphs(text: str) -> list[str]:
    """trafilatura puts one paragraph per line; squeeze the spaces inside each. Table rows
    ("| a | b |") of a page laid out with tables become their cells' paragraphs."""
    paragraphs = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if _TABLE_ROW_RE.fullmatch(line):
            paragraphs += _layout_cells(line)
        elif line:
            paragraphs.append(line)
    return paragraphs


_TABLE_ROW_RE = re.compile(r"\|.*\|")
_RULE_CELL_RE = re.compile(r":?-{3,}:?")
_LAYOUT_CELL_CHARS = 100       # a cell this long is a text laid out in a table, not data


def _layout_cells(row: str) -> list[str]:
    """The cells of a table row as paragraphs when the table lays out text (one filled cell,
    or a long one); a data row stays one line; the "|---|" rule goes."""
    cells = [c.strip() for c in row.strip("| ").split("|")]
    filled = [c for c in cells if c and not _RULE_CELL_RE.fullmatch(c)]
    if not filled:
        return []
    if len(filled) == 1 or any(len(c) >= _LAYOUT_CELL_CHARS for c in filled):
        return filled
    return [row]


def _extract_with_parser(html: str) -> Optional[_Extraction]:
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
    return _Extraction(body=body, title=parser.heading or parser.title)


class _ParagraphParser(HTMLParser):
    """Collects paragraph texts, the <title> and the first <h1>."""

    SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
               "template", "svg", "button", "select", "iframe"}
    BLOCKS = {"p", "div", "article", "section", "main", "body", "li", "blockquote", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = self.heading = ""
        self._skip_depth = 0
        self._in = ""                                     # "p", "title" or "h1" being read
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self._skip_depth += 1
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
