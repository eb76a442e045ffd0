"""The publication date of a saved page's article, and where it was found.

The page's own statement about the article comes first (JSON-LD datePublished, then the
publication <meta> tags, then microdata), before anything guessed: an address with a date in
it, a <time> element in the article, and last trafilatura's estimate (htmldate). Modification
dates are never used: a reader compares when stories were published.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from typing import Iterator
from lxml.html import HtmlElement

from reader.reading.outlets import SEPARATOR_RE
from reader.reading.pagemeta import PageFacts, first_article, in_link, is_away, ld_text
from reader.reading.writtendates import written_day

# <meta> names that state the publication; then names that state a date of unsure kind
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "article.published",
                   "article:published", "datepublished", "published_time", "publish-date",
                   "publish_date", "publishdate", "pubdate", "og:pubdate", "sailthru.date",
                   "parsely-pub-date", "dc.date.issued", "dcterms.issued", "originalpublicationdate",
                   "article_date_original", "cxenseparse:recs:publishtime", "publication_date",
                   "release_date", "dcterms.created", "dc.date.created")
_GENERIC_META = ("date", "dc.date", "dcterms.date")
_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$")
_DOTTED_RE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)")
_EARLIEST_YEAR = 1990
_HEADLINE_BLOCK_LEVELS = 2     # how far up from the <h1> its block reaches
_DATE_LINE_CHARS = 80          # an element with more text is no date line
_STORY_STARTED = 200           # a paragraph this long: the story began, its dates are no dateline
_UPDATED_RE = re.compile(r"updat|modif|aktualisiert|geändert|actualiz|mis à jour|aggiornat", re.I)


def choose_date(facts: PageFacts, tree: HtmlElement, headline: str,
                estimated: str) -> tuple[str, str]:
    """(ISO date, where it came from); ("", "") when the page gives none.

    estimated is trafilatura's date (htmldate, original date wanted), the last resort.
    """
    for value, source in _stated_dates(facts, headline):
        day = parse_day(value)
        if day:
            return day, source
    day = _near_headline_day(tree)
    if day:
        return day, "the date shown with the headline"
    day = _time_element_day(tree)
    if day:
        return day, "a <time> element in the article"
    day = parse_day(estimated)
    return (day, "htmldate's estimate from the page") if day else ("", "")


def _stated_dates(facts: PageFacts, headline: str) -> Iterator[tuple[str, str]]:
    """What the page states, most trusted first: the publication in structured data and
    <meta> tags, the creation, a date in the address, then <meta> dates of unsure kind."""
    article = first_article(facts, headline)
    if article is not None:
        yield ld_text(article.get("datePublished")), "datePublished in the page's structured data"
    for name in _PUBLISHED_META:
        for value in facts.meta.get(name, ()):
            yield value, f"the page's <meta> {name}"
    for prop in ("datePublished", "dateCreated"):
        if prop == "dateCreated" and article is not None:
            yield ld_text(article.get(prop)), f"{prop} in the page's structured data"
        for value in facts.microdata.get(prop, ()):
            yield value, f"{prop} in the page's markup"
    yield _url_day(facts.url), "the page's address"
    yield _title_day(facts), "the page's title"
    for name in _GENERIC_META:
        for value in facts.meta.get(name, ()):
            yield value, f"the page's <meta> {name}"


def parse_day(value: str) -> str:
    """The calendar day a date value states, as YYYY-MM-DD, in the value's own time zone."""
    value = (value or "").strip()
    if not value:
        return ""
    for pattern, order in ((_ISO_RE, (1, 2, 3)), (_COMPACT_RE, (1, 2, 3)), (_DOTTED_RE, (3, 2, 1))):
        match = pattern.search(value)
        if match:
            return _valid(*(int(match.group(i)) for i in order))
    try:
        parsed = parsedate_to_datetime(value)            # "Sun, 19 Jan 2020 10:00:00 GMT"
    except (TypeError, ValueError, IndexError):
        return ""
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else ""


def _valid(year: int, month: int, day: int) -> str:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return ""
    return date.isoformat() if date.year >= _EARLIEST_YEAR else ""


def _url_day(url: str) -> str:
    match = _URL_DATE_RE.search(url or "")
    return _valid(*(int(g) for g in match.groups())) if match else ""


def _near_headline_day(tree: HtmlElement) -> str:
    """A date shown in the headline's own block (its parent or grandparent), before the story
    begins: a <time> or a short text that is a date. A teaser list's or the masthead's date is
    not in that block."""
    h1 = next((h for h in tree.iter("h1") if not is_away(h)), None)
    if h1 is None:
        return ""
    container = h1
    for _ in range(_HEADLINE_BLOCK_LEVELS):
        container = container.getparent()
        if container is None or container.tag in ("body", "html"):
            return ""
        for element in container.iter():
            if element is h1 or not isinstance(element.tag, str) or element.tag in ("script", "style"):
                continue
            text = " ".join(element.text_content().split())
            if element.tag == "p" and len(text) > _STORY_STARTED:
                break                                     # past the header: the story began
            if (len(text) > _DATE_LINE_CHARS or _UPDATED_RE.search(text + _preceding_text(element))
                    or is_away(element) or in_link(element)):
                continue
            stated = parse_day(element.get("datetime", "")) if element.tag == "time" else ""
            day = stated or written_day(text)
            if day:
                return day
    return ""


def _title_day(facts: PageFacts) -> str:
    """A date the title ends with: "Headline | DW | 19.01.2020"."""
    for title in (facts.first_meta("og:title"), facts.title_tag):
        parts = SEPARATOR_RE.split(title)
        day = written_day(parts[-1]) if len(parts) > 1 else ""
        if day:
            return day
    return ""


def _time_element_day(tree: HtmlElement) -> str:
    """The article's own <time datetime>: one marked as the publication first, else the first
    that is not marked as an update; none from an aside, a teaser list or a link."""
    plain = ""
    for element in tree.iter("time"):
        value = element.get("datetime") or ""
        if not value or is_away(element) or in_link(element):
            continue
        marks = " ".join(element.get(a, "") for a in ("class", "itemprop", "id")).lower()
        if "pubdate" in element.attrib or "publi" in marks:
            day = parse_day(value)
            if day:
                return day
        elif not plain and not _UPDATED_RE.search(marks + " " + _preceding_text(element)):
            plain = parse_day(value)
    return plain


def _preceding_text(element: HtmlElement) -> str:
    """The words just before a <time> ("Updated", "Aktualisiert am")."""
    parent = element.getparent()
    return (parent.text or "").lower() if parent is not None else ""


